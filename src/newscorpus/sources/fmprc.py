"""China's Ministry of Foreign Affairs (fmprc.gov.cn, mfa.gov.cn) and its embassy and mission sites."""

from __future__ import annotations

from typing import ClassVar

from .base import BEIJING, SourceParser, mark
from .registry import builtin_domains

__all__ = ["ForeignMinistry"]


class ForeignMinistry(SourceParser):
    """The MFA's English pages and the embassy sites run on its platform (one Beijing system).

    Marks: the language switcher, the bare ``YYYY-MM-DD HH:MM`` stamp under
    the headline, ``Suggest to a friend`` at the end, the ``Home > …`` crumb.
    """

    name: ClassVar[str] = "fmprc"
    title: ClassVar[str] = "Ministry of Foreign Affairs of the People's Republic of China"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("fmprc")
    time_zone = BEIJING
    version: ClassVar[str] = "2"
    marks = (
        mark(r"^عربي Español Русский Français 简体中文\s*$", 0.9, "عربي"),
        mark(r"^中文 العربي", 0.6, "العربي"),
        mark(r"(?i)^Suggest to a friend:?\s*$", 0.6, "uggest"),
        mark(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}\s*$", 0.2, ":"),
        mark(r"^\s*Home > ", 0.2, "Home > "),
        mark(r"^Ministry of Foreign Affairs\s*$", 0.5, "Ministry of Foreign Affairs"),
        mark(r"^The People[’']s Republic of China\s*$", 0.4, "Republic of China"),
        mark(r"\(PHOTO / FMPRC\.GOV\.CN\)", 0.2, "FMPRC.GOV.CN"),
        mark(r"^Foreign Ministry Spokesperson", 0.3, "Foreign Ministry Spokesperson"),
    )
