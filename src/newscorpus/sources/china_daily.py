"""China Daily (chinadaily.com.cn): ``By X | China Daily | Updated: 2018-05-28 03:58``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar, Final

import attrs

from ..lines import Line
from ..model import Article, SegmentKind
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

    Version 6: the bilingual channel (language.chinadaily.com.cn) closes its paired English and Chinese
    paragraphs with a glossary under a bracketed heading (``【重点词汇】`` / ``night economy 夜间经济``).

    Version 7: the US edition's print-edition line (``(China Daily USA 11/10/2016 page1)``) is a mark too.

    Refinement: the glossary's entries are the text's last paragraphs (the generic pipeline reads them as a
    list after the text).
    """

    name: ClassVar[str] = "china_daily"
    title: ClassVar[str] = "China Daily"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("china_daily")
    time_zone = BEIJING
    version: ClassVar[str] = "7"
    marks = (
        mark(
            r"\| (?:China Daily|chinadaily\.com\.cn)[^|]{0,20}\| Updated: \d{4}-\d{2}-\d{2}",
            1.0,
            "| Updated: ",
        ),
        mark(r"^Updated: \d{4}-\d{2}-\d{2} \d{2}:\d{2}\s*$", 0.5, "Updated: "),
        # the old template's stamp and byline on one line: 'Updated: 2014-11-07 09:12  By A in Nairobi (...)'
        mark(r"^Updated: ?\d{4}-\d{2}-\d{2} ?\d{2}:\d{2} +By ", 0.5, "Updated: "),
        # the print-edition line closing a story: '(China Daily Africa 11/07/2014 page15)', '(China Daily USA
        # 11/10/2016 page1)'
        mark(
            r"^\(China Daily(?: [A-Z][A-Za-z]+){0,2} \d{2}/\d{2}/\d{4} page ?\d{1,2}\)\s*$",
            0.6,
            "China Daily",
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

    def refine(self, article: Article, lines: Sequence[Line]) -> Article:
        segs = article.segments
        heading = next((k for k in range(len(segs) - 1, -1, -1) if segs[k].kind in _BODY_KINDS), None)
        if heading is None or segs[heading].kind is not SegmentKind.SUBHEADING:
            return article
        title = segs[heading].text.strip()
        if not (title.startswith("【") and title.endswith("】")):
            return article
        out = list(segs)
        k = heading + 1
        while k < len(out) and _GLOSSARY_ENTRY.fullmatch(" ".join(out[k].text.split())):
            out[k] = attrs.evolve(out[k], kind=SegmentKind.PARAGRAPH, reason="glossary-entry")
            k += 1
        if k == heading + 1:
            return article
        return attrs.evolve(article, segments=tuple(out))


_BODY_KINDS: Final = frozenset({SegmentKind.PARAGRAPH, SegmentKind.SUBHEADING})
# A glossary entry of the bilingual channel: the English term, then its Chinese one.
_GLOSSARY_ENTRY: Final = re.compile(
    r"[A-Za-z][A-Za-z'\-]*(?: [A-Za-z][A-Za-z'\-]*){0,5} [\u4e00-\u9fff]{2,12}"
)
