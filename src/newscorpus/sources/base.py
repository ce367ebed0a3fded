"""The source-parser protocol: how an outlet-specific parser plugs into the pipeline.

A source parser says which pages it fits (``domains`` for URLs, ``score`` for
text alone), which time zone its outlet publishes in and in which order it
prints numeric dates, and may refine the generic result. It never replaces the
generic pipeline: ``refine`` gets the generic :class:`~newscorpus.model.Article`
and the page's lines and returns a changed copy (``attrs.evolve``), never a
mutated one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import ClassVar

from ..fields.dates import DateOrder
from ..lines import INVISIBLE, Line
from ..model import Article

__all__ = ["BEIJING", "HANOI", "SourceParser", "mark", "score_window"]

# Spaces other than line breaks (NBSP, ideographic space...) and invisible characters, for matching marks.
_HSPACE = re.compile(r"[^\S\n\r]+")
_INVISIBLE = INVISIBLE

#: UTC+8, the zone of the Beijing outlets.
BEIJING = dt.timezone(dt.timedelta(hours=8), "UTC+08:00")
#: UTC+7, the zone of the Vietnamese outlets.
HANOI = dt.timezone(dt.timedelta(hours=7), "UTC+07:00")


class SourceParser:
    """Base class for outlet-specific parsers (subclass it, or duck-type the same attributes).

    Class attributes:

    - ``name``: stable identifier, also ``Article.source``.
    - ``title``: the outlet's name for people.
    - ``domains``: host names it owns (subdomains match too).
    - ``time_zone``: the zone the outlet's unlabelled stamps are in, or None.
    - ``date_order``: how the outlet prints numeric dates that are not year
      first, ``"DMY"`` (day first: ``03/04/2021`` is 3 April) or ``"MDY"``
      (month first: March 4), or None when not known. Then a date on the page
      that only one order makes valid (``12/25/2020``) decides, else they are
      read day first, with a ``date-order-assumed`` warning when that gives
      ``published`` or ``updated`` (docs/fields.md).
    - ``version``: bumped when the parser's behaviour changes.
    - ``marks``: ``(pattern, weight)`` pairs of what the outlet prints on every
      page; :meth:`score` adds the weights of those found (capped at 1).

    Register an instance with :func:`newscorpus.sources.register_parser`, or
    ship it in a package under the ``newscorpus.parsers`` entry point
    (docs/sources.md).

    >>> import datetime as dt
    >>> class Ledger(SourceParser):
    ...     name = "ledger"
    ...     domains = ("ledger.example",)
    ...     time_zone = dt.timezone(dt.timedelta(hours=1))
    ...     marks = (mark(r"^By .+ [|] The Ledger", 0.6), mark(r"^© The Ledger", 0.4))
    >>> Ledger().score("Title\\nBy Sam Okafor | The Ledger\\n\\nText.\\n© The Ledger 2024")
    1.0
    >>> Ledger().score("Title\\nBy Sam Okafor\\n\\nText.")
    0.0
    """

    name: ClassVar[str] = "base"
    title: ClassVar[str] = ""
    domains: ClassVar[tuple[str, ...]] = ()
    time_zone: ClassVar[dt.tzinfo | None] = None
    date_order: ClassVar[DateOrder | None] = None
    version: ClassVar[str] = "1"
    marks: ClassVar[
        tuple[tuple[re.Pattern[str], float] | tuple[re.Pattern[str], float, str | None], ...]
    ] = ()

    def score(self, text: str, url: str | None = None) -> float:
        """How well the page's text fits this outlet, from 0 to 1.

        The registry passes the page's score window (its first and last
        lines, spaces normalised: see :func:`score_window`); marks are searched
        in whatever text is given.
        """
        window = text
        total = 0.0
        for m in self.marks:
            pattern, weight = m[0], m[1]
            needle = m[2] if len(m) > 2 else None
            if (needle is None or needle in window) and pattern.search(window):
                total += weight
        return min(1.0, total)

    def refine(self, article: Article, lines: Sequence[Line]) -> Article:
        """Adjust the generic result using the outlet's regularities (default: unchanged)."""
        return article


def score_window(text: str) -> str:
    """What scorers look at: the first 3,000 and last 2,000 characters, spaces and invisibles normalised.

    Outlets print their marks in the header (bylines, stamps, menus) and the
    footer (editor lines, share rows), so the middle of a long page is skipped.

    >>> score_window("By\\u00a0Jane\\u200b Doe"), len(score_window("x" * 6000))
    ('By Jane Doe', 5001)
    """
    window = text if len(text) <= 5000 else text[:3000] + "\n" + text[-2000:]
    return _INVISIBLE.sub("", _HSPACE.sub(" ", window))


def mark(
    pattern: str, weight: float, needle: str | None = None, flags: int = re.MULTILINE
) -> tuple[re.Pattern[str], float, str | None]:
    """One scoring mark: a compiled pattern, its weight, and a literal it needs (a cheap pre-check).

    >>> pattern, weight, needle = mark(r"^By .+ Source:Global Times", 0.6, "Source:Global Times")
    >>> bool(pattern.search("Title\\nBy Chen Qingqing Source:Global Times")), weight, needle
    (True, 0.6, 'Source:Global Times')
    """
    return re.compile(pattern, flags), weight, needle
