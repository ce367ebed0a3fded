"""Global Times (globaltimes.cn): ``By X Source:Global Times Published: 2020/3/27 16:14:48``."""

from __future__ import annotations

from typing import ClassVar

from .base import BEIJING, SourceParser, mark
from .registry import builtin_domains

__all__ = ["GlobalTimes"]


class GlobalTimes(SourceParser):
    """Global Times.

    V1 (-2020): ``By X Source:Global Times Published: YYYY/M/D HH:MM:SS`` and a
    Disqus comment box. V2 (2021-): ``By: Global Times | Published: Mon DD,
    YYYY HH:MM AM``, or the ``Published:`` stamp alone under a ``SECTION /
    TOPIC`` crumb. Beijing time. Version 3: the V2 byline line with both stamps (``By X in City |
    Published: … | Updated: …``). Version 4: the Chinese-language site huanqiu.com (its
    ``来源：环球时报`` source line).
    """

    name: ClassVar[str] = "global_times"
    title: ClassVar[str] = "Global Times"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("global_times")
    time_zone = BEIJING
    version: ClassVar[str] = "4"
    marks = (
        mark(r"Source: ?Global Times(?: \|)? ?(?:Published: )?\d{4}/\d{1,2}/\d{1,2}", 1.0, "Global Times"),
        mark(r"^By: Global Times \| Published: ", 1.0, "By: Global Times"),
        mark(r"^Published: [A-Z][a-z]{2} \d{2}, \d{4} \d{1,2}:\d{2} [AP]M\s*$", 0.6, "Published: "),
        mark(r"Source: ?Global Times", 0.4, "Global Times"),
        mark(
            r"^By [^|\n]{3,80} \| Published: [A-Z][a-z]{2} \d{2}, \d{4} \d{1,2}:\d{2} [AP]M"
            r"(?: \| Updated: [A-Z][a-z]{2} \d{2}, \d{4} \d{1,2}:\d{2} [AP]M)?\s*$",
            0.6,
            "| Published: ",
        ),
        mark(r"^[A-Z]{3,} / [A-Z]{3,}\s*$", 0.3, " / "),
        mark(r"^blog comments powered by Disqus", 0.3, "Disqus"),
        mark(r"^[A-Z]+ >> [A-Z][a-z]+", 0.3, " >> "),
        # the Chinese-language site (huanqiu.com): the '来源：环球时报' source line
        mark(r"^来源：环球时报\s*$", 0.5, "来源：环球时报"),
    )
