"""Vietnamese outlets beyond TGVN: VietnamPlus (VNA), Tuoi Tre News, the Government portal (VGP), VOV World
(the Voice of Vietnam's foreign service) and Nhan Dan (the Party's paper)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Final

import attrs

from ..fields.byline import match_end_byline
from ..fields.dateline import find_dateline
from ..fields.summary import strip_outlet_tag
from ..lines import Line
from ..model import Article, SegmentKind
from .base import HANOI, SourceParser, mark
from .registry import builtin_domains

__all__ = ["GovernmentPortal", "NhanDan", "TuoiTreNews", "VietnamPlus", "VnExpress", "Vov", "VovWorld"]


class _VietnameseOutlet(SourceParser):
    """What the outlets here share: Hanoi time, numeric dates day first (as in Vietnamese)."""

    time_zone = HANOI
    date_order = "DMY"


class VietnamPlus(_VietnameseOutlet):
    """VietnamPlus, the Vietnam News Agency's English site: ``Hanoi (VNA) –`` ledes, ``VNA`` sign-off.

    Stamps day first: ``Published: 15/03/2023 14:32``. The Vietnamese-language site (version 2): the
    stamp under the headline, then the sapo and the lead picture; the reporter signs off ``Name
    (TTXVN/Vietnam+)``, the footer says ``© Bản quyền thuộc về VietnamPlus``.

    Refinement: the paragraph between the stamp and the lead picture, without a dateline, is the sapo.
    """

    name: ClassVar[str] = "vietnamplus"
    title: ClassVar[str] = "VietnamPlus (Vietnam News Agency)"
    version: ClassVar[str] = "2"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("vietnamplus")
    marks = (
        mark(r"^[A-Z][\w .'-]{1,30} \(VNA\) [–-] ", 0.6, "(VNA)"),
        mark(r"^VNA\s*$", 0.3, "VNA"),
        mark(r"(?i)^Related news\s*$", 0.2, "elated news"),
        mark(r"^Published: \d{2}/\d{2}/\d{4} \d{2}:\d{2}\s*$", 0.3, "Published: "),
        # the Vietnamese-language site
        mark(r"\((?:TTXVN|VNA)/Vietnam\+\)\s*$", 0.6, "/Vietnam+)"),
        mark(r"^© Bản quyền thuộc về VietnamPlus", 0.6, "VietnamPlus"),
    )

    def refine(self, article: Article, lines: Sequence[Line]) -> Article:
        return _sapo_over_picture(article, _STAMP, "vietnamplus-sapo")


def _sapo_over_picture(article: Article, fields: frozenset[SegmentKind], reason: str) -> Article:
    """The paragraph right under the header (a segment of ``fields`` among its lines: the stamp, the byline)
    and over the lead picture, when more text follows the picture and no dateline opens it: the sapo (the
    summary); else the article unchanged."""
    if article.summary is not None or article.headline is None:
        return article
    segs = list(article.segments)
    head = next((i for i, seg in enumerate(segs) if seg.kind is SegmentKind.HEADLINE), None)
    if head is None:
        return article
    # the header under the headline: the stamp (and maybe a byline or buttons), then the first paragraph
    k = head + 1
    while k < len(segs) and segs[k].kind in _HEADER_KINDS:
        k += 1
    if k == head + 1 or k >= len(segs) or segs[k].kind is not SegmentKind.PARAGRAPH:
        return article
    if not any(segs[j].kind in fields for j in range(head + 1, k)):
        return article
    sapo = k
    # set apart from the text by the lead picture: captions, then more text
    k += 1
    if k >= len(segs) or segs[k].kind is not SegmentKind.CAPTION:
        return article
    while k < len(segs) and segs[k].kind is SegmentKind.CAPTION:
        k += 1
    if k >= len(segs) or segs[k].kind is not SegmentKind.PARAGRAPH:
        return article
    text = " ".join(segs[sapo].text.split())
    if len(text.split()) > _MAX_SAPO_WORDS or find_dateline(text) is not None:
        return article  # ('Hanoi (VNA) – ...' opens the text of the English site: body)
    segs[sapo] = attrs.evolve(segs[sapo], kind=SegmentKind.SUMMARY, reason=reason)
    summary, _ = strip_outlet_tag(text)
    return attrs.evolve(
        article,
        segments=tuple(segs),
        summary=summary,
        dateline=find_dateline(" ".join(segs[k].text.split())),
    )


# What stands between a headline and the sapo under the stamp.
_HEADER_KINDS: Final = frozenset(
    {SegmentKind.DATE, SegmentKind.BYLINE, SegmentKind.SHARE, SegmentKind.OTHER, SegmentKind.JUNK}
)
_STAMP: Final = frozenset({SegmentKind.DATE})
_STAMP_OR_BYLINE: Final = frozenset({SegmentKind.DATE, SegmentKind.BYLINE})
_MAX_SAPO_WORDS: Final = 80


class VnExpress(_VietnameseOutlet):
    """VnExpress International (e.vnexpress.net): ``By Name   October 7, 2025 | 05:30 pm GMT+7`` (the byline
    and the stamp on one line) or the stamp alone over the headline, captions ending ``Photo by
    VnExpress/Name``, the author's name after the text.

    Refinement: the lead paragraph between the byline (or the stamp) and the lead picture is the sapo.
    """

    name: ClassVar[str] = "vnexpress"
    title: ClassVar[str] = "VnExpress International"
    version: ClassVar[str] = "1"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("vnexpress")
    marks = (mark(r"\. Photo by VnExpress/", 0.6, "Photo by VnExpress/"),)

    def refine(self, article: Article, lines: Sequence[Line]) -> Article:
        return _sapo_over_picture(article, _STAMP_OR_BYLINE, "vnexpress-sapo")


class TuoiTreNews(_VietnameseOutlet):
    """Tuoi Tre News: ``Sunday, May 17, 2020, 16:36 GMT+7`` stamps, ``Name / Tuoi Tre News`` at the end.

    Numeric dates day first, as in Vietnamese.
    """

    name: ClassVar[str] = "tuoitre_news"
    title: ClassVar[str] = "Tuoi Tre News"
    version: ClassVar[str] = "1"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("tuoitre_news")
    marks = (
        mark(r"/ Tuoi Tre News\s*$", 0.8, "Tuoi Tre News"),
        mark(r"^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}, \d{1,2}:\d{2} GMT\+7\s*$", 0.5, "GMT+7"),
        mark(r"to get the latest news about Vietnam", 0.4, "latest news about Vietnam"),
    )


class GovernmentPortal(_VietnameseOutlet):
    """The Vietnamese Government's news portal (VGP): sapo tagged ``VGP -``, ``… AM GMT+7`` stamps.

    Numeric dates day first, as in Vietnamese.
    """

    name: ClassVar[str] = "baochinhphu"
    title: ClassVar[str] = "Vietnam Government Portal (VGP News)"
    version: ClassVar[str] = "1"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("baochinhphu")
    marks = (
        mark(r"^VGP - ", 1.0, "VGP - "),
        mark(r"- Photo: VGP", 0.4, "Photo: VGP"),
    )


class VovWorld(_VietnameseOutlet):
    """VOV World, the Voice of Vietnam's foreign-language service: sapo tagged ``(VOVWORLD) -``, stamps
    ``Friday, 14:25, 15/03/2024`` (weekday, time, day-first date), a ``VOVWORLD`` logo line.

    Hanoi time; numeric dates day first, as in Vietnamese.
    """

    name: ClassVar[str] = "vov_world"
    title: ClassVar[str] = "VOV World (Voice of Vietnam)"
    version: ClassVar[str] = "1"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("vov_world")
    marks = (
        mark(r"^\(VOVWORLD\) ?[-–—] ", 0.9, "(VOVWORLD)"),
        mark(r"^VOVWORLD\s*$", 0.4, "VOVWORLD"),
        mark(r"VOV World - Voice of Vietnam", 0.4, "VOV World"),
    )


class Vov(_VietnameseOutlet):
    """VOV.VN, the Voice of Vietnam's Vietnamese-language news site: sapo tagged ``VOV.VN -``, stamps
    ``Thứ Ba, 08:30, 18/06/2024`` (weekday, time, day-first date), ``Name/VOV.VN`` after the text, a
    ``VOV.VN`` logo line and the ``Báo Điện tử VOV`` masthead.

    Hanoi time; numeric dates day first, as in Vietnamese.
    """

    name: ClassVar[str] = "vov"
    title: ClassVar[str] = "VOV.VN (Voice of Vietnam)"
    version: ClassVar[str] = "1"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("vov")
    # (one mark: each costs a scan of the page on every page that no parser before it takes)
    marks = (mark(r"^VOV\.VN ?[-–—] |/VOV\.VN\s*$", 0.6, "VOV.VN"),)


class NhanDan(_VietnameseOutlet):
    """Nhan Dan (The People), the Party's paper, and its foreign-language site: sapo tagged ``NDO –`` (Nhan
    Dan Online), stamps ``Tuesday, March 12, 2024 - 16:02``, the author's name in capitals after the text.
    The Vietnamese-language site (version 2) prints the author's name in capitals right under the sapo
    (``MINH HÀ``), and signs its footer ``© Bản quyền thuộc về Báo Nhân Dân``.

    Hanoi time; numeric dates day first, as in Vietnamese.

    Refinement: a name in capitals right under the first paragraph below the headline is the byline, and that
    paragraph the sapo (the summary).
    """

    name: ClassVar[str] = "nhandan"
    title: ClassVar[str] = "Nhan Dan"
    version: ClassVar[str] = "3"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("nhandan")
    marks = (
        mark(r"^NDO [-–—] ", 0.8, "NDO "),
        mark(r"^NHAN DAN - Central organ of the Communist Party of Vietnam", 0.6, "Central organ"),
        mark(r"^NHAN DAN\s*$", 0.3, "NHAN DAN"),
        mark(r"^© Copyright Nhan Dan\b", 0.3, "Copyright Nhan Dan"),
        # the Vietnamese-language site
        mark(r"^© Bản quyền thuộc về Báo Nhân Dân", 0.6, "Nhân Dân"),
        mark(r"^Báo Nhân Dân\s*$", 0.3, "Nhân Dân"),
        mark(r"^Cơ quan của Trung ương Đảng Cộng sản Việt Nam", 0.3, "Cơ quan của Trung ương"),
    )

    def refine(self, article: Article, lines: Sequence[Line]) -> Article:
        if article.byline is None:
            article = _nhandan_end_names(article)
        if article.byline is not None or article.summary is not None or article.headline is None:
            return article
        segs = list(article.segments)
        head = next((i for i, seg in enumerate(segs) if seg.kind is SegmentKind.HEADLINE), None)
        if head is None:
            return article
        # the first body paragraph under the headline, then (past captions) the name line, then more text
        body = [i for i in range(head + 1, len(segs)) if segs[i].kind.is_body]
        if len(body) < 3 or segs[body[0]].kind is not SegmentKind.PARAGRAPH:
            return article
        sapo, name = body[0], body[1]
        if any(segs[k].kind is not SegmentKind.CAPTION for k in range(sapo + 1, name)):
            return article
        text = " ".join(segs[name].text.split())
        if not text.isupper():
            return article
        match = match_end_byline(text, None)
        if match is None or len(match.authors) != 1:
            return article
        segs[sapo] = attrs.evolve(segs[sapo], kind=SegmentKind.SUMMARY, reason="nhandan-sapo")
        segs[name] = attrs.evolve(segs[name], kind=SegmentKind.BYLINE, reason="nhandan-author-under-sapo")
        summary, _ = strip_outlet_tag(" ".join(segs[sapo].text.split()))
        return attrs.evolve(
            article,
            segments=tuple(segs),
            summary=summary,
            byline=text,
            authors=(*match.authors, *(a for a in article.authors if a not in match.authors)),
            dateline=find_dateline(" ".join(segs[body[2]].text.split())),
        )


_END_NAMES_REACH: Final = 2  # segments after the last paragraph where the names line may stand


def _nhandan_end_names(article: Article) -> Article:
    """The English site's authors in capitals after the text, joined by dashes ('MAI LAN - HOANG ANH'):
    the byline, authors in the order shown; else the article unchanged."""
    segs = list(article.segments)
    last = max((i for i, seg in enumerate(segs) if seg.kind is SegmentKind.PARAGRAPH), default=None)
    if last is None:
        return article
    for k in range(last + 1, min(len(segs), last + 1 + _END_NAMES_REACH)):
        text = " ".join(segs[k].text.split())
        if " - " not in text or not text.isupper() or segs[k].kind not in _END_NAME_KINDS:
            continue
        parts = text.split(" - ")
        found = [match_end_byline(part, None) for part in parts]
        if len(parts) > 4 or any(
            m is None or m.authors != (part,) for m, part in zip(found, parts, strict=True)
        ):
            continue
        segs[k] = attrs.evolve(segs[k], kind=SegmentKind.BYLINE, reason="nhandan-end-names")
        authors = (*parts, *(a for a in article.authors if a not in parts))
        return attrs.evolve(article, segments=tuple(segs), byline=text, authors=authors)
    return article


_END_NAME_KINDS: Final = frozenset({SegmentKind.PARAGRAPH, SegmentKind.SUBHEADING, SegmentKind.CAPTION})
