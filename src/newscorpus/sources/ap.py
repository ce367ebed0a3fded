"""The Associated Press (apnews.com): ``AP NEWS`` at the top, ``WASHINGTON (AP) —`` ledes.

A US outlet: numeric dates are month first (``03/04/2023`` is March 4).
"""

from __future__ import annotations

from typing import ClassVar

from .base import SourceParser, mark
from .registry import builtin_domains

__all__ = ["AssociatedPress"]


class AssociatedPress(SourceParser):
    """AP News. Its stamps name their zone (``3:14 PM EST``) when they have a time: no default zone.

    The ``(AP)`` tag of a dateline and AP's copyright line are not enough to pick this parser:
    other sites republish AP stories with both, under their own layout and date style. The
    ``AP NEWS`` site name (or the apnews.com URL) is.
    """

    name: ClassVar[str] = "ap"
    title: ClassVar[str] = "The Associated Press (AP News)"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("ap")
    date_order = "MDY"
    version: ClassVar[str] = "1"
    marks = (
        mark(r"^AP NEWS\s*$", 0.5, "AP NEWS"),
        mark(r"^[A-Z][A-Z .,'’-]{1,40} \(AP\) [—–-]", 0.3, "(AP)"),
        # (sites that republish AP stories print its dateline tag and its copyright line too)
        mark(r"^Copyright \d{4} The Associated Press\. All [Rr]ights", 0.15, "The Associated Press"),
    )
