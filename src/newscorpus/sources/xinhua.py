"""Xinhua (xinhuanet.com, news.cn): ``Source: Xinhua| 2019-08-18 20:14:23|Editor: huaxia``."""

from __future__ import annotations

from typing import ClassVar

from .base import BEIJING, SourceParser, mark
from .registry import builtin_domains

__all__ = ["Xinhua"]


class Xinhua(SourceParser):
    """Xinhua's English site. Beijing time."""

    name: ClassVar[str] = "xinhua"
    title: ClassVar[str] = "Xinhua"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("xinhua")
    time_zone = BEIJING
    version: ClassVar[str] = "1"
    marks = (
        mark(r"^Source: Xinhua\| ?\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\|Editor:", 1.0, "Source: Xinhua|"),
        mark(r"^Video PlayerClose\s*$", 0.4, "Video PlayerClose"),
        mark(r"^Xinhua Headlines:", 0.4, "Xinhua Headlines:"),
    )
