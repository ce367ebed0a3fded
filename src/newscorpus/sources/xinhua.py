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
    same header on three lines (``Source: Xinhua``, ``Editor: …``, the time), as english.news.cn prints it;
    5, the English header with the editor first (``Editor: … | Source: Xinhua`` over the time), the footer's
    years with spaces around the dash, and the Chinese site's header (the ``新华网`` logo line, the
    ``来源：新华社`` stamp line with seconds, the ``当前位置：首页 > … > 正文`` crumb).
    """

    name: ClassVar[str] = "xinhua"
    title: ClassVar[str] = "Xinhua"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("xinhua")
    time_zone = BEIJING
    version: ClassVar[str] = "5"
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
        # the header with the editor first, then the time
        mark(
            r"^Editor: ?[^\n|]{2,40}\| ?Source: ?Xinhua\s*\n\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\s*$",
            1.0,
            "Source: Xinhua",
        ),
        # the English site's footer
        mark(r"^Copyright © \d{4} ?- ?\d{4} XINHUANET\.com\b", 0.5, "XINHUANET.com"),
        # the Chinese site
        mark(r"^【纠错】 ?【责任编辑[:：]", 0.6, "【纠错】"),
        mark(r"^新华网版权所有", 0.4, "新华网版权所有"),
        mark(r"^制作单位[:：]新华网股份有限公司", 0.4, "新华网股份有限公司"),
        mark(r"^新华网 ?> ?正文\s*$", 0.3, "正文"),
        # the Chinese site's header: its logo line, its stamp line (the source, then the time with seconds; a
        # paper reprinting a Xinhua story prints the credit too, but not this line under the site's logo), the
        # crumb ending on 正文 (the text)
        mark(r"^新华网\s*$", 0.3, "新华网"),
        mark(r"^来源[:：] ?新华(?:社|网) \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\s*$", 0.3, "来源"),
        mark(r"^当前位置[:：] ?首页 ?>[^\n]{1,30}> ?正文\s*$", 0.2, "正文"),
        mark(r"^Video PlayerClose\s*$", 0.4, "Video PlayerClose"),
        mark(r"^Xinhua Headlines:", 0.4, "Xinhua Headlines:"),
    )
