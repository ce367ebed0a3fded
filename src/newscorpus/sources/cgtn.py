"""CGTN (cgtn.com): ``Updated 17:32, 10-Mar-2021`` and a bare credit line under it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar, Final

import attrs

from ..fields.byline import match_credit_line
from ..lines import Line
from ..model import Article, SegmentKind
from .base import BEIJING, SourceParser, mark
from .registry import builtin_domains

__all__ = ["CGTN"]

# A reporter's stand-up sign-off closing a video transcript: 'LIU YANG, CGTN, Xishuangbanna, Yunnan Province.'
_SIGN_OFF_RE: Final = re.compile(
    r"(?P<name>[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){1,3}), CGTN,"
    r" [A-Z][^,.]{1,40}(?:, [A-Z][^,.]{1,40}){0,2}\.?"
)


class CGTN(SourceParser):
    """CGTN's news site and its share/AMP pages (``2023.06.16 15:58 GMT+8``). Beijing time.

    Refinement: the short line right under the stamp is the credit slot
    (``CGTN``, ``Xinhua``, ``Global Stringer``): a byline line.
    """

    name: ClassVar[str] = "cgtn"
    title: ClassVar[str] = "CGTN"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("cgtn")
    time_zone = BEIJING
    version: ClassVar[str] = "2"
    marks = (
        mark(r"^Updated \d{2}:\d{2}, \d{2}-[A-Z][a-z]{2}-\d{4}\s*$", 1.0, "Updated "),
        mark(r"^(?:Updated )?\d{4}\.\d{2}\.\d{2} \d{2}:\d{2} GMT\+8\s*$", 1.0, "GMT+8"),
        mark(r"^CGTN\s*$", 0.4, "CGTN"),
    )

    def refine(self, article: Article, lines: Sequence[Line]) -> Article:
        """The reporter's sign-off after a transcript ('NAME, CGTN, Place.') is the byline; else a bare
        credit (a few words, 'CGTN') right under the stamp is one."""
        if article.byline is not None:
            return article
        segs = list(article.segments)
        body = [i for i, seg in enumerate(segs) if seg.kind.is_body]
        if len(body) >= 2 and segs[body[-1]].kind is SegmentKind.PARAGRAPH:
            last = segs[body[-1]]
            text = " ".join(last.text.split())
            sign_off = _SIGN_OFF_RE.fullmatch(text)
            if sign_off is not None:  # the reporter's sign-off after the transcript: a byline at the end
                segs[body[-1]] = attrs.evolve(last, kind=SegmentKind.BYLINE, reason="cgtn-sign-off")
                authors = (sign_off["name"], *(a for a in article.authors if a != sign_off["name"]))
                return attrs.evolve(
                    article,
                    segments=tuple(segs),
                    byline=text,
                    authors=authors,
                    credit=article.credit or "CGTN",
                )
        for i, seg in enumerate(segs[:-1]):
            if seg.kind is not SegmentKind.DATE:
                continue
            nxt = segs[i + 1]
            words = nxt.text.split()
            if (
                nxt.kind in (SegmentKind.PARAGRAPH, SegmentKind.SUBHEADING, SegmentKind.SUMMARY)
                and len(words) <= 3
            ):
                text = " ".join(words)
                match = match_credit_line(text)
                credit = match.credit if match else None
                if credit is None:
                    return article
                segs[i + 1] = attrs.evolve(nxt, kind=SegmentKind.BYLINE, reason="cgtn-credit-slot")
                return attrs.evolve(article, segments=tuple(segs), byline=text, credit=credit)
        return article
