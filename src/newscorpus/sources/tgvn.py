"""The World & Vietnam Report (baoquocte.vn, TGVN): ``TGVN.`` or ``WVR -`` sapos, author after the body."""

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

__all__ = ["WorldAndVietnamReport"]

K = SegmentKind
# What stands above the sapo in the article header: the stamp or a byline line.
_HEADER_KINDS: Final = (K.DATE, K.BYLINE)
# What may stand between the sapo and the text: the Vietnamese counterpart's link, a picture.
_BETWEEN_KINDS: Final = (K.SUBHEADING, K.CAPTION, K.RELATED, K.SHARE, K.OTHER, K.JUNK)
_SAPO_MIN_WORDS: Final = 10
_SAPO_MAX_WORDS: Final = 80
_TEXT_AFTER_SAPO: Final = 2  # paragraphs of text that must follow the sapo


_VIETNAMESE_LETTERS: Final = frozenset("ăâđêôơưĂÂĐÊÔƠƯ")


def _vietnamese(text: str) -> bool:
    """Whether ``text`` is written in Vietnamese: it has a letter only Vietnamese uses (ơ, ư, đ, ạ, ế ...)."""
    return any(ch in _VIETNAMESE_LETTERS or "\u1ea0" <= ch <= "\u1ef9" for ch in text)


class WorldAndVietnamReport(SourceParser):
    """The World & Vietnam Report (Thế giới & Việt Nam), the foreign ministry's paper.

    Hanoi time; numeric dates day first (``Thứ Sáu, 03/03/2023 09:14 (GMT+7)``).

    Refinement: every TGVN article opens with a sapo (bold on the page), tagged ``TGVN.`` or ``WVR -`` or
    not tagged at all. When the generic pipeline found no summary, the paragraph right under the stamp is
    the sapo, unless it opens with a dateline; a title line in Vietnamese between it and the text is the
    link to the story's Vietnamese counterpart (related).

    The author's name alone after the text is the byline, when the generic pipeline did not read it so.

    Versions: 1, the tagged sapo and the author after the body; 2, the untagged sapo (refinement above),
    the outlet's mark ``TGVN.`` alone after the text and the ``baoquocte.vn`` logo line as marks; 3, the
    author's name after the text when a tag row (no role) follows it; 4, the name with academic titles and an
    affiliation line under it, and the footnote on the author's views after them.
    """

    name: ClassVar[str] = "tgvn"
    title: ClassVar[str] = "The World & Vietnam Report"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("tgvn")
    time_zone = HANOI
    date_order = "DMY"
    version: ClassVar[str] = "4"
    marks = (
        mark(r"^TGVN\. ", 1.0, "TGVN. "),
        mark(r"^WVR - ", 1.0, "WVR - "),
        mark(r"\(Photo: WVR\)", 0.5, "(Photo: WVR)"),
        mark(r"(?i)World (?:and|&) Vietnam Report", 0.3, "Vietnam Report"),
        # the outlet's mark alone after the text, and the site's address as its logo line
        mark(r"^TGVN\.\s*$", 0.5, "TGVN."),
        mark(r"^(?:www\.)?baoquocte\.vn\s*$", 0.3, "baoquocte.vn"),
    )

    def refine(self, article: Article, lines: Sequence[Line]) -> Article:
        return _end_author(_sapo(article))


def _sapo(article: Article) -> Article:
    """The untagged sapo under the stamp (see :class:`WorldAndVietnamReport`)."""
    if article.summary is not None or article.headline is None:
        return article
    segs = list(article.segments)
    first = next((i for i, seg in enumerate(segs) if seg.kind in (K.PARAGRAPH, K.SUBHEADING)), None)
    if first is None or first == 0 or segs[first].kind is not K.PARAGRAPH:
        return article
    if segs[first - 1].kind not in _HEADER_KINDS:
        return article
    sapo = segs[first]
    text = " ".join(sapo.text.split())
    if not _SAPO_MIN_WORDS <= len(text.split()) <= _SAPO_MAX_WORDS or find_dateline(text):
        return article
    k = first + 1
    while k < len(segs) and segs[k].kind in _BETWEEN_KINDS:
        k += 1
    between = range(first + 1, k)
    following = segs[k : k + _TEXT_AFTER_SAPO]
    if len(following) < _TEXT_AFTER_SAPO or any(seg.kind is not K.PARAGRAPH for seg in following):
        return article
    segs[first] = attrs.evolve(sapo, kind=K.SUMMARY, reason="tgvn-sapo")
    for j in between:
        if segs[j].kind is K.SUBHEADING and _vietnamese(segs[j].text):
            segs[j] = attrs.evolve(segs[j], kind=K.RELATED, reason="tgvn-counterpart-link")
    summary, _ = strip_outlet_tag(text)
    return attrs.evolve(article, segments=tuple(segs), summary=summary)


_END_AUTHOR_MAX_WORDS: Final = 4
_TEXT_BEFORE_AUTHOR: Final = 2  # paragraphs of text above the author's name


def _end_author(article: Article) -> Article:
    """The author's name alone after the text, where TGVN prints it ('Minh Quân'), when nothing else was
    read as its byline: the generic pipeline may take a short name under the last paragraph for the text
    going on (the line after it, a tag row, is no role to pair it with). A commentary's author may carry
    academic titles and an affiliation line under the name ('PGS.TS. Trần Minh Hòa' / 'Viện Nghiên cứu …'),
    and a footnote on the views expressed may follow ('(*) Bài viết thể hiện quan điểm riêng của tác giả.':
    page furniture, other)."""
    if article.authors:
        return article
    segs = list(article.segments)
    body = [i for i, seg in enumerate(segs) if seg.kind in (K.PARAGRAPH, K.SUBHEADING)]
    note = None
    if body and segs[body[-1]].kind is K.PARAGRAPH and segs[body[-1]].text.lstrip().startswith(_NOTE_MARKS):
        note = body.pop()
    if len(body) <= _TEXT_BEFORE_AUTHOR:
        return article
    texts = [" ".join(segs[i].text.split()) for i in body[-2:]]
    paired = None
    if len(body) > _TEXT_BEFORE_AUTHOR + 1 and len(texts[0].split()) <= _END_AUTHOR_MAX_WORDS + 2:
        paired = match_end_byline(texts[0], texts[1])
        if paired is not None and (not paired.roles or len(paired.authors) != 1):
            paired = None
    named = body[-2:] if paired is not None else body[-1:]
    if any(segs[i].kind is not K.PARAGRAPH for i in body[-len(named) - _TEXT_BEFORE_AUTHOR : -len(named)]):
        return article
    found = paired
    if found is None:
        name = texts[-1]
        if len(name.split()) > _END_AUTHOR_MAX_WORDS:
            return article
        found = match_end_byline(name, None)
        if found is None or found.roles:
            return article
    for i in named:
        segs[i] = attrs.evolve(segs[i], kind=K.BYLINE, reason="tgvn-end-author")
    if note is not None:
        segs[note] = attrs.evolve(segs[note], kind=K.OTHER, reason="tgvn-author-note")
    return attrs.evolve(
        article,
        segments=tuple(segs),
        byline=found.byline,
        authors=found.authors,
        author_roles=(*found.roles, *(r for r in article.author_roles if r not in found.roles)),
    )


# How a footnote after a commentary opens: '(*) The article reflects the author's own views.'
_NOTE_MARKS: Final = ("(*)", "*)", "(*")
