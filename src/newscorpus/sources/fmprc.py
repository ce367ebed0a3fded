"""China's Ministry of Foreign Affairs (fmprc.gov.cn, mfa.gov.cn) and its embassy and mission sites."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar, Final

import attrs

from ..fields.byline import match_end_byline
from ..fields.dates import is_date_line
from ..lines import Line
from ..model import Article, SegmentKind
from .base import BEIJING, SourceParser, mark
from .registry import builtin_domains

__all__ = ["ForeignMinistry"]

K = SegmentKind
# What stands between the headline and a speech's title block: the stamp, buttons.
_HEADER_KINDS: Final = frozenset({K.DATE, K.SHARE, K.OTHER, K.JUNK})
_MAX_TITLE_LINES: Final = 2  # the speech's title and its subtitle
_MAX_TITLE_WORDS: Final = 20
_MAX_PLACE_WORDS: Final = 4

# The issuing office signing a notice at its end, above the notice's date: '驻匈牙利使馆' (the Embassy in
# Hungary), '中华人民共和国驻X大使馆', '驻X总领馆'.
_SIGNATURE_RE: Final = re.compile(
    r"(?:中华人民共和国)?驻[\u4e00-\u9fff]{1,12}?(?:大使馆|使馆|总领事馆|总领馆|领事馆|代表团)"
)
_SIGNATURE_REACH: Final = 4  # segments between the last paragraph and the signature, at most


class ForeignMinistry(SourceParser):
    """The MFA's English pages and the embassy sites run on its platform (one Beijing system).

    Marks: the language switcher, the bare ``YYYY-MM-DD HH:MM`` stamp under
    the headline, ``Suggest to a friend`` at the end, the ``Home > …`` crumb; on the Chinese-language
    sites (www.mfa.gov.cn), the ``中华人民共和国外交部`` logo line, the ``当前位置：首页 > 外交部…`` crumb,
    the ministry's address and ``…版权所有`` in the footer.

    Versions: 3, the Chinese-language sites' marks; 4, the embassy sites' logo line (``Embassy of the
    People's Republic of China in …``) and the bracketed ``【Suggest To A Friend】`` button; 5, the issuing
    office's signature above the date at the end of a notice (``驻匈牙利使馆``) is its byline; 6, a speech's
    title block (title, speaker's name and role, place and day) under the page header.
    """

    name: ClassVar[str] = "fmprc"
    title: ClassVar[str] = "Ministry of Foreign Affairs of the People's Republic of China"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("fmprc")
    time_zone = BEIJING
    version: ClassVar[str] = "6"
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

    def refine(self, article: Article, lines: Sequence[Line]) -> Article:
        """A notice signed at its end by the issuing office, the signature above the notice's date: the
        signature is an institutional byline (credit the office), and the lines between the text and the
        signature (phone numbers, a list) are still the notice's text.

        A speech's title block at the head of its text: the speech's own title (and its '—Remarks at …'
        subtitle), then the speaker's name, role, and the place and day it was given ('Kunming, 15 April
        2025'): the titles are subheadings, the name and role the byline, the place-and-day line a date line
        that gives no field (the page's stamp is the publication's)."""
        if article.byline is not None:
            return article
        speech = _speech_title_block(article)
        if speech is not article:
            return speech
        segs = list(article.segments)
        last = max((i for i, seg in enumerate(segs) if seg.kind is SegmentKind.PARAGRAPH), default=None)
        if last is None:
            return article
        for k in range(last + 1, min(len(segs) - 1, last + 1 + _SIGNATURE_REACH)):
            text = segs[k].text.strip()
            if segs[k + 1].kind is not SegmentKind.DATE or _SIGNATURE_RE.fullmatch(text) is None:
                continue
            if any(segs[j].kind is not SegmentKind.NAVIGATION for j in range(last + 1, k)):
                return article
            for j in range(last + 1, k):
                segs[j] = attrs.evolve(segs[j], kind=SegmentKind.PARAGRAPH, reason="fmprc-notice-text")
            segs[k] = attrs.evolve(segs[k], kind=SegmentKind.BYLINE, reason="fmprc-signature")
            return attrs.evolve(article, segments=tuple(segs), byline=text, credit=article.credit or text)
        return article


def _place_and_day(text: str) -> bool:
    """'Kunming, 15 April 2025': a place (capitalised words), a comma, and a date alone."""
    place, comma, day = text.partition(", ")
    words = place.split()
    if not comma or not 1 <= len(words) <= _MAX_PLACE_WORDS:
        return False
    if not all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words):
        return False
    return is_date_line(day)


def _speech_title_block(article: Article) -> Article:
    """The title block of a speech under the page header (see ForeignMinistry.refine), or the article
    unchanged."""
    segs = list(article.segments)
    head = next((i for i, seg in enumerate(segs) if seg.kind is K.HEADLINE), None)
    if head is None:
        return article
    start = head + 1
    while start < len(segs) and segs[start].kind in _HEADER_KINDS:
        start += 1
    for name in range(start, min(len(segs) - 3, start + _MAX_TITLE_LINES + 1)):
        role, day = name + 1, name + 2
        texts = [" ".join(segs[k].text.split()) for k in (name, role, day)]
        if segs[day + 1].kind is not K.PARAGRAPH or not _place_and_day(texts[2]):
            continue
        found = match_end_byline(texts[0], texts[1])
        if found is None or not found.roles or len(found.authors) != 1:
            continue
        titles = range(start, name)
        if any(
            len(segs[k].text.split()) > _MAX_TITLE_WORDS or segs[k].text.rstrip().endswith(".")
            for k in titles
        ):
            return article
        summary = article.summary
        for k in titles:
            if segs[k].kind is K.SUMMARY:
                summary = None
            segs[k] = attrs.evolve(segs[k], kind=K.SUBHEADING, reason="fmprc-speech-title")
        segs[name] = attrs.evolve(segs[name], kind=K.BYLINE, reason="fmprc-speaker")
        segs[role] = attrs.evolve(segs[role], kind=K.BYLINE, reason="fmprc-speaker")
        segs[day] = attrs.evolve(segs[day], kind=K.DATE, reason="fmprc-speech-place-day")
        authors = (*found.authors, *(a for a in article.authors if a not in found.authors))
        roles = (*found.roles, *(r for r in article.author_roles if r not in found.roles))
        return attrs.evolve(
            article,
            segments=tuple(segs),
            summary=summary,
            byline=texts[0],
            authors=authors,
            author_roles=roles,
        )
    return article
