"""The World & Vietnam Report (baoquocte.vn, TGVN): ``TGVN.`` or ``WVR -`` sapos, author after the body."""

from __future__ import annotations

from typing import ClassVar

from .base import HANOI, SourceParser, mark
from .registry import builtin_domains

__all__ = ["WorldAndVietnamReport"]


class WorldAndVietnamReport(SourceParser):
    """The World & Vietnam Report (Thế giới & Việt Nam), the foreign ministry's paper.

    Hanoi time; numeric dates day first (``Thứ Sáu, 03/03/2023 09:14 (GMT+7)``).
    """

    name: ClassVar[str] = "tgvn"
    title: ClassVar[str] = "The World & Vietnam Report"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("tgvn")
    time_zone = HANOI
    date_order = "DMY"
    version: ClassVar[str] = "1"
    marks = (
        mark(r"^TGVN\. ", 1.0, "TGVN. "),
        mark(r"^WVR - ", 1.0, "WVR - "),
        mark(r"\(Photo: WVR\)", 0.5, "(Photo: WVR)"),
        mark(r"(?i)World (?:and|&) Vietnam Report", 0.3, "Vietnam Report"),
    )
