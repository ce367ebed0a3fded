"""China Daily (chinadaily.com.cn): ``By X | China Daily | Updated: 2018-05-28 03:58``."""

from __future__ import annotations

from typing import ClassVar

from .base import BEIJING, SourceParser, mark
from .registry import builtin_domains

__all__ = ["ChinaDaily"]


class ChinaDaily(SourceParser):
    """China Daily, its print edition (cndy) and its regional sites.

    V1 (-2017): ``Updated: YYYY-MM-DD HH:MM`` on its own line and
    ``By Name(chinadaily.com.cn)``. V2 (2018-): the pipe byline
    ``By X | Credit | Updated: …`` and ``Share - WeChat``. V3 (2021-): the
    ``Published: HH:MM, Month D, YYYY | Updated: …`` line. Beijing time.

    Version 4: the Chinese-language site (cn.chinadaily.com.cn): its ``中国日报网`` logo line and crumb,
    and the ``中国日报网版权说明`` copyright notice in the footer.

    Version 5: the 2012-2015 template's stamp and byline on one line (``Updated: 2014-11-07 09:12  By A in
    Nairobi (China Daily Africa)``) and the print-edition line ``(China Daily Africa 11/07/2014 page15)``.
    """

    name: ClassVar[str] = "china_daily"
    title: ClassVar[str] = "China Daily"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("china_daily")
    time_zone = BEIJING
    version: ClassVar[str] = "5"
    marks = (
        mark(
            r"\| (?:China Daily|chinadaily\.com\.cn)[^|]{0,20}\| Updated: \d{4}-\d{2}-\d{2}",
            1.0,
            "| Updated: ",
        ),
        mark(r"^Updated: \d{4}-\d{2}-\d{2} \d{2}:\d{2}\s*$", 0.5, "Updated: "),
        # the old template's stamp and byline on one line: 'Updated: 2014-11-07 09:12  By A in Nairobi (...)'
        mark(r"^Updated: ?\d{4}-\d{2}-\d{2} ?\d{2}:\d{2} +By ", 0.5, "Updated: "),
        # the print-edition line closing a story: '(China Daily Africa 11/07/2014 page15)'
        mark(
            r"^\(China Daily(?: [A-Z][a-z]+){0,2} \d{2}/\d{2}/\d{4} page ?\d{1,2}\)\s*$", 0.6, "China Daily"
        ),
        mark(r"\(chinadaily\.com\.cn\)", 0.5, "(chinadaily.com.cn)"),
        mark(r"^Share - WeChat\s*$", 0.6, "Share - WeChat"),
        mark(r"^Published: \d{1,2}:\d{2}, [A-Z][a-z]+ \d{1,2}, \d{4} \| Updated: ", 0.8, "| Updated: "),
        mark(r"\[Photo/[^\]]{1,40}\]", 0.3, "[Photo/"),
        mark(r"(?i)China Daily Information Co", 0.6, "Information Co"),
        mark(r"^(?:Xinhua|Agencies|Reuters) - China Daily\s*$", 0.6, " - China Daily"),
        mark(r"^Global EditionASIA", 0.6, "Global EditionASIA"),
        # the Chinese-language site
        mark(r"^中国日报网版权说明", 0.6, "中国日报网版权说明"),
        mark(r"^中国日报网\s*$", 0.3, "中国日报网"),
        mark(r"^中国日报网 ?> ", 0.3, "中国日报网"),
    )
