"""Listing pages: a section kicker printed over each teaser ("NEWS > General") belongs to the item."""

from __future__ import annotations

import newscorpus
from newscorpus import SegmentKind as K

TEASERS = [
    ("Waterworks seek tariff review as dry season deepens", "3 Mar 2024 at 14:02"),
    ("Factories on the coast warned of water rationing", "1 Mar 2024 at 09:15"),
    ("Water pricing needs honesty, say consumer groups", "27 Feb 2024 at 04:00"),
    ("City defends flat-rate charge for canal communities", "22 Feb 2024 at 18:40"),
]
HEAD = 'Daily Courier\nNews | Business | Opinion | Life | Travel\n\nSearch results for "water"\n\n'


def listing(kickers: list[str]) -> str:
    items = []
    for (title, stamp), kicker in zip(TEASERS, kickers, strict=True):
        teaser = "A one-sentence teaser of the story listed here."
        items.append(f"{kicker}\n{title}\n{teaser}\nPUBLISHED : {stamp}")
    return HEAD + "\n\n".join(items) + "\n\nAbout Us | Contact Us | Advertise\n"


def kinds_of(text: str, lines: list[str]) -> list[tuple[K, str]]:
    article = newscorpus.parse(text)
    out = []
    for line in lines:
        start = text.index("\n" + line + "\n") + 1
        seg = next(s for s in article.segments if s.span.start == start)
        out.append((seg.kind, seg.reason))
    return out


def test_kickers_of_the_same_shape_over_the_teasers_are_related() -> None:
    kickers = ["NEWS > General", "BUSINESS > Economics", "OPINION > Editorial", "NEWS > Bangkok"]
    text = listing(kickers)
    assert kinds_of(text, kickers) == [(K.RELATED, "teaser-kicker")] * 4
    assert newscorpus.parse(text).headline is None


def test_kickers_of_mixed_shapes_stay_navigation() -> None:
    # a stray breadcrumb over one or two teasers is still a menu: three of one shape are needed
    kickers = ["NEWS > General", "Home / Business", "OPINION >> Editorial", "World › Asia"]
    text = listing(kickers)
    assert all(kind is K.NAVIGATION for kind, _ in kinds_of(text, kickers))
