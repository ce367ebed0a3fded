"""People's Daily Online (en.people.cn): ``By X (People's Daily Online) 08:46, August 06, 2020``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import ClassVar, Final

import attrs

from ..fields.byline import cjk_name_line
from ..fields.dateline import find_dateline
from ..lines import Line
from ..model import Article, SegmentKind
from .base import BEIJING, SourceParser, mark
from .registry import builtin_domains

K = SegmentKind
# What may stand between the stamp line and the author's name: the font-size control, share buttons.
_TOOL_KINDS: Final = (K.OTHER, K.SHARE, K.JUNK)
_MAX_TOOLS: Final = 3

__all__ = ["PeoplesDaily"]


class PeoplesDaily(SourceParser):
    """People's Daily Online, all templates since 2013.

    V1 (2013-2019): ``Latest News:`` ticker, ``English>>Section`` breadcrumb, a
    bare ``10:36, July 06, 2013`` stamp and ``Email|Print|Comments(Editor:…)``.
    V2 (2020-): ``(Credit) HH:MM, Month DD, YYYY`` under the headline, sometimes
    with its opening parenthesis lost, and ``(Web editor: …)`` at the end.
    Both print times before dates, in Beijing time.

    The Chinese site (people.com.cn): a ``人民网>>Section`` breadcrumb, the stamp and source line
    ``2024年03月03日09:14 | 来源：人民网－人民日报``, ``(责任编辑：…)`` and ``人民网版权所有`` in the
    footer. A story it republishes keeps its source (``来源：新华社``): the marks are the site's template.

    Refinement: on the Chinese site an opinion piece prints its author's name alone on a line under the stamp
    and source line (past the font-size control), right above the text: that line is a byline line, the one
    naming the author, so it gives the ``byline`` field and the authors. The e-paper (paper.people.com.cn)
    shows no web stamp, only the print reference after the text
    (``《 人民日报 》（ 2025年04月16日 第 10 版）``): on a page without a stamp that line is the date line,
    and its date (the day the story ran) is ``published``.

    Versions: 5, the e-paper's print reference as the date.
    """

    name: ClassVar[str] = "peoples_daily"
    title: ClassVar[str] = "People's Daily Online"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("peoples_daily")
    time_zone = BEIJING
    version: ClassVar[str] = "5"
    marks = (
        mark(
            r"\(People's Daily(?: Online)?\)\s+\d{1,2}:\d{2}, [A-Z][a-z]+ \d{1,2}, \d{4}",
            0.9,
            "(People's Daily",
        ),
        mark(r"^\(?[\w.' ]{2,40}\)\s+\d{1,2}:\d{2}, [A-Z][a-z]+ \d{2}, \d{4}\s*$", 0.6, ", "),
        mark(r"^\(Web editor: [^)]{2,80}\)\s*$", 0.6, "(Web editor: "),
        mark(r"Email\|Print\|Comments\(Editor:", 0.8, "Email|Print|Comments(Editor:"),
        mark(r"^English>>", 0.5, "English>>"),
        mark(r"^Latest News:\s*$", 0.3, "Latest News:"),
        mark(r"^\d{2}:\d{2}, [A-Z][a-z]+ \d{2}, \d{4}\s*$", 0.4, ", "),
        mark(r"Please follow People's Daily on", 0.6, "Please follow People's Daily"),
        mark(r"^Home>>\s*$", 0.4, "Home>>"),
        # the Chinese site
        mark(r"^人民网>>", 0.5, "人民网>>"),
        mark(r"^人民网版权所有", 0.4, "人民网版权所有"),
        mark(r"^\d{4}年\d{2}月\d{2}日\d{2}:\d{2} ?\| ?来源[:：]", 0.4, "来源"),
        mark(r"^\(责任编辑[:：][^)]{2,40}\)\s*$", 0.2, "(责任编辑"),
        # the e-paper (paper.people.com.cn): the print reference after the text
        mark(r"^《\s?人民日报(?:海外版)?\s?》\s?[（(]\s?\d{4}年", 0.6, "人民日报"),
    )

    def refine(self, article: Article, lines: Sequence[Line]) -> Article:
        if article.published is None and article.updated is None and article.headline is not None:
            article = _print_reference_date(article)
        if article.authors or article.headline is None:
            return article
        segs = list(article.segments)
        stamp = next(
            (i for i, seg in enumerate(segs) if seg.kind in (K.BYLINE, K.DATE) and "年" in seg.text), None
        )
        if stamp is None:
            return article
        k = stamp + 1
        while k < len(segs) and k - stamp <= _MAX_TOOLS and segs[k].kind in _TOOL_KINDS:
            k += 1
        if k + 1 >= len(segs) or segs[k].kind not in (K.PARAGRAPH, K.SUBHEADING):
            return article
        if segs[k + 1].kind is not K.PARAGRAPH:
            return article  # the text goes on right under the name
        names = cjk_name_line(segs[k].text)
        if not names:
            return article
        first_body = next((seg for seg in segs if seg.kind in (K.PARAGRAPH, K.SUBHEADING)), None)
        segs[k] = attrs.evolve(segs[k], kind=K.BYLINE, reason="pd-author-line")
        dateline = article.dateline
        if first_body is article.segments[k]:
            dateline = find_dateline(" ".join(segs[k + 1].text.split()))
        return attrs.evolve(
            article,
            segments=tuple(segs),
            byline=" ".join(segs[k].text.split()),
            authors=names,
            dateline=dateline,
        )


# The print reference closing an e-paper story: '《 人民日报 》（ 2025年04月16日 第 10 版）' (the paper, the
# day, the page), or the overseas edition's ('人民日报海外版').
_PRINT_REFERENCE: Final = re.compile(
    r"《\s?人民日报(?:海外版)?\s?》\s?[（(]\s?(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
)


def _print_reference_date(article: Article) -> Article:
    """The print reference as the date line, its day as ``published`` (see the class); else the article."""
    segs = list(article.segments)
    for k, seg in enumerate(segs):
        if seg.kind is not K.OTHER or "《" not in seg.text[:3]:
            continue
        m = _PRINT_REFERENCE.match(" ".join(seg.text.split()))
        if m is None:
            continue
        try:
            day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return article
        segs[k] = attrs.evolve(seg, kind=K.DATE, reason="print-reference-date")
        return attrs.evolve(article, segments=tuple(segs), published=day)
    return article
