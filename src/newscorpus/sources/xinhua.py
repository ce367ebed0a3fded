"""Xinhua (xinhuanet.com, news.cn): ``Source: Xinhua| 2019-08-18 20:14:23|Editor: huaxia``.

The Chinese site (www.news.cn, xinhuanet.com): ``2024-03-03 10:15:33 来源：新华社`` under the headline,
``【纠错】 【责任编辑:…】`` after the text and ``新华网版权所有`` in the footer.
"""

from __future__ import annotations

from typing import ClassVar

from .base import BEIJING, SourceParser, mark
from .registry import builtin_domains

__all__ = ["Xinhua"]


class Xinhua(SourceParser):
    """Xinhua's English and Chinese sites. Beijing time.

    A wire story of Xinhua republished elsewhere prints ``来源：新华社`` or ``Source: Xinhua`` too: the
    marks are the site's own template (its stamp line with the editor, its correction button and editor
    line, its footer), never the credit alone.

    Versions: 2, the Chinese site's marks; 3, the English stamp line with the editor before the time
    (``Source: Xinhua | Editor: huaxia | 2024-03-03 16:02:11``) and the ``XINHUANET.com`` footer; 4, the
    same header on three lines (``Source: Xinhua``, ``Editor: …``, the time), as english.news.cn prints it.
    """

    name: ClassVar[str] = "xinhua"
    title: ClassVar[str] = "Xinhua"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("xinhua")
    time_zone = BEIJING
    version: ClassVar[str] = "4"
    marks = (
        mark(r"^Source: Xinhua ?\| ?\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} ?\| ?Editor:", 1.0, "Source: Xinhua"),
        # the same stamp line with the editor before the time
        mark(
            r"^Source: Xinhua ?\| ?Editor: ?\w+ ?\| ?\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\s*$",
            1.0,
            "Source: Xinhua",
        ),
        # the english.news.cn header on three lines: source, editor, time
        mark(
            r"^Source: ?Xinhua\s*\nEditor: ?[^\n|]{2,40}\n\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\s*$",
            1.0,
            "Source: Xinhua",
        ),
        # the English site's footer
        mark(r"^Copyright © \d{4}-\d{4} XINHUANET\.com\b", 0.5, "XINHUANET.com"),
        # the Chinese site
        mark(r"^【纠错】 ?【责任编辑[:：]", 0.6, "【纠错】"),
        mark(r"^新华网版权所有", 0.4, "新华网版权所有"),
        mark(r"^制作单位[:：]新华网股份有限公司", 0.4, "新华网股份有限公司"),
        mark(r"^新华网 ?> ?正文\s*$", 0.3, "正文"),
        mark(r"^Video PlayerClose\s*$", 0.4, "Video PlayerClose"),
        mark(r"^Xinhua Headlines:", 0.4, "Xinhua Headlines:"),
    )
