"""China's Ministry of Foreign Affairs (fmprc.gov.cn, mfa.gov.cn) and its embassy and mission sites."""

from __future__ import annotations

from typing import ClassVar

from .base import BEIJING, SourceParser, mark
from .registry import builtin_domains

__all__ = ["ForeignMinistry"]


class ForeignMinistry(SourceParser):
    """The MFA's English pages and the embassy sites run on its platform (one Beijing system).

    Marks: the language switcher, the bare ``YYYY-MM-DD HH:MM`` stamp under
    the headline, ``Suggest to a friend`` at the end, the ``Home > …`` crumb; on the Chinese-language
    sites (www.mfa.gov.cn), the ``中华人民共和国外交部`` logo line, the ``当前位置：首页 > 外交部…`` crumb,
    the ministry's address and ``…版权所有`` in the footer.

    Versions: 3, the Chinese-language sites' marks; 4, the embassy sites' logo line (``Embassy of the
    People's Republic of China in …``) and the bracketed ``【Suggest To A Friend】`` button.
    """

    name: ClassVar[str] = "fmprc"
    title: ClassVar[str] = "Ministry of Foreign Affairs of the People's Republic of China"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("fmprc")
    time_zone = BEIJING
    version: ClassVar[str] = "4"
    marks = (
        mark(r"^عربي Español Русский Français 简体中文\s*$", 0.9, "عربي"),
        mark(r"^中文 العربي", 0.6, "العربي"),
        mark(r"(?i)^Suggest to a friend:?\s*$", 0.6, "uggest"),
        mark(r"(?i)^【Suggest to a friend】", 0.6, "uggest"),
        mark(
            r"^(?:Embassy|Consulate[- ]General) of the People[’']s Republic of China (?:in|to) [^\n]{3,60}$",
            0.4,
            "Republic of China",
        ),
        mark(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}\s*$", 0.2, ":"),
        mark(r"^\s*Home > ", 0.2, "Home > "),
        mark(r"^Ministry of Foreign Affairs\s*$", 0.5, "Ministry of Foreign Affairs"),
        mark(r"^The People[’']s Republic of China\s*$", 0.4, "Republic of China"),
        mark(r"\(PHOTO / FMPRC\.GOV\.CN\)", 0.2, "FMPRC.GOV.CN"),
        mark(r"^Foreign Ministry Spokesperson", 0.3, "Foreign Ministry Spokesperson"),
        # the Chinese-language sites: the logo line, the footer, the 'you are here' crumb, the address
        mark(r"^中华人民共和国外交部\s*$", 0.5, "中华人民共和国外交部"),
        mark(r"^中华人民共和国外交部版权所有", 0.6, "外交部版权所有"),
        mark(r"^中华人民共和国驻[^\n]{1,20}(?:大使馆|总领事馆|领事馆|代表团)\s*$", 0.6, "中华人民共和国驻"),
        mark(r"^当前位置[:：][^\n]{0,30}外交部", 0.4, "当前位置"),
        mark(r"朝阳门南大街2号", 0.4, "朝阳门南大街"),
    )
