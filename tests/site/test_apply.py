"""apply(): repeated furniture the parser took for body becomes boilerplate; article lines stay."""

from __future__ import annotations

import json
import random

import attrs
import pytest

import newscorpus
from newscorpus.model import Article, Segment, SegmentKind, Span
from newscorpus.site import SiteProfile, apply
from tests.conftest import SEEDS
from tests.site import synthetic

HEADER = {SegmentKind.HEADLINE, SegmentKind.BYLINE, SegmentKind.DATE}
FURNITURE = {
    synthetic.PROMO,
    synthetic.DISCLAIMER,
    synthetic.TAGLINE,
    *synthetic.TEASERS,
    *synthetic.seed_furniture(),
}


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, list[str]]]:
    return synthetic.site(80)


@pytest.fixture(scope="module")
def profile(corpus: list[tuple[str, list[str]]]) -> SiteProfile:
    # Learned on the first 60 pages; pages 60-79 are held out.
    return SiteProfile().learn_many(text for text, _ in corpus[:60])


def spans(article: Article) -> list[tuple[int, int, str]]:
    return [(seg.start, seg.end, seg.text) for seg in article.segments]


@pytest.mark.parametrize("held_out", [False, True], ids=["learned", "held-out"])
def test_repeated_furniture_becomes_boilerplate(
    corpus: list[tuple[str, list[str]]], profile: SiteProfile, held_out: bool
) -> None:
    pages = corpus[60:] if held_out else corpus[:60]
    relabelled = 0
    for index, (text, paragraphs) in enumerate(pages, start=60 if held_out else 0):
        before = newscorpus.parse(text)
        after = apply(before, profile)
        # Nothing lost: the same spans, every non-blank line in exactly one segment.
        assert spans(after) == spans(before)
        covered = [seg.text for seg in after.segments]
        assert covered == [line.strip() for line in text.splitlines() if line.strip()]
        for old, new in zip(before.segments, after.segments, strict=True):
            line = flat(new.text)
            if old.kind in HEADER:
                assert new == old  # the page's own headline, byline and dates are never touched
            if line in FURNITURE and old.kind in {SegmentKind.PARAGRAPH, SegmentKind.SUBHEADING}:
                assert new.kind.is_boilerplate, line
                assert new.reason == "site-repeated"
                relabelled += 1
            elif new.reason == "site-repeated":
                assert line in FURNITURE and old.kind is SegmentKind.SUMMARY
                assert new.kind is SegmentKind.OTHER
                relabelled += 1
            else:
                assert new == old
        # Article paragraphs unique to the page stay paragraphs, in order.
        assert after.paragraphs == tuple(paragraphs)
        assert before.headline == after.headline and before.byline == after.byline
        assert before.updated == after.updated and before.authors == after.authors
        if index % 2 == 0:  # the site's tagline was read as the standfirst
            assert before.summary == synthetic.TAGLINE
            assert after.summary is None
        else:  # the page's own standfirst stays
            assert after.summary == before.summary == synthetic.standfirst(index)
    assert relabelled >= 3 * len(pages)  # lines the parser alone reads as body


def test_without_profile_the_article_is_unchanged(corpus: list[tuple[str, list[str]]]) -> None:
    article = newscorpus.parse(corpus[0][0])
    assert apply(article, None) is article
    few = SiteProfile().learn_many(text for text, _ in corpus[:4])
    assert apply(article, few) is article  # fewer than min_pages pages
    assert apply(article, few, min_pages=4) is not article
    other_site = SiteProfile().learn_many(["Menu\nSomething else entirely."] * 10)
    assert apply(article, other_site) is article  # nothing in common


def test_a_line_seen_on_one_page_is_never_touched(corpus: list[tuple[str, list[str]]]) -> None:
    profile = SiteProfile().learn_many(text for text, _ in corpus[:10])
    text, paragraphs = corpus[3]
    after = apply(newscorpus.parse(text), profile, min_share=0.0, min_pages=1)
    assert after.paragraphs == tuple(paragraphs)
    assert all(not profile.is_repeated(p, min_share=0.0, min_pages=1) for p in paragraphs)


def test_min_share_is_respected(corpus: list[tuple[str, list[str]]], profile: SiteProfile) -> None:
    # The two teasers each show on about half the pages: not repeated at a 0.7 threshold.
    for teaser in synthetic.TEASERS:
        assert 0.3 <= profile.share(teaser) < 0.7
    after = apply(newscorpus.parse(corpus[0][0]), profile, min_share=0.7)
    teasers = [seg for seg in after.segments if flat(seg.text) in synthetic.TEASERS]
    assert teasers and all(seg.reason != "site-repeated" for seg in teasers)
    assert any(seg.reason == "site-repeated" for seg in after.segments)  # the promo, on every page


def _article(rows: list[tuple[str, str]]) -> Article:
    """An article from (kind, line) rows, one line each."""
    text = "\n".join(line for _, line in rows)
    segments, pos = [], 0
    for kind, line in rows:
        segments.append(Segment(SegmentKind(kind), Span(pos, pos + len(line)), line, "test"))
        pos += len(line) + 1
    return Article(text=text, segments=segments)


def _profile_of(lines: list[str], pages: int = 6) -> SiteProfile:
    rng = random.Random(5)
    return SiteProfile().learn_many("\n".join([*lines, f"Unique line {rng.random()}"]) for _ in range(pages))


def test_the_new_kind_is_the_nearest_furniture_neighbour() -> None:
    rows = [
        ("navigation", "Home | News"),
        ("headline", "A headline"),
        ("byline", "By Jane Doe"),
        ("paragraph", "Repeated promo right below the byline, on every page of the site."),  # 3
        ("paragraph", "A paragraph of the article itself, unique to this page."),
        ("paragraph", "Repeated teaser in the body, shown on most pages of the site."),  # 5
        ("caption", "Photo: Agency"),
        ("paragraph", "Another unique paragraph of the article."),
        ("paragraph", "Repeated footer sentence, the first of two on every page."),  # 8
        ("paragraph", "Repeated footer sentence, the second of two on every page."),  # 9
        ("paragraph", "The last unique paragraph."),
        ("credit", "Copyright 2024 The Site"),
    ]
    repeated = [rows[i][1] for i in (3, 5, 8, 9)] + ["Home | News", "Photo: Agency"]
    after = apply(_article(rows), _profile_of(repeated))
    kinds = [seg.kind.value for seg in after.segments]
    assert kinds[3] == "caption"  # previous non-body is the byline (not furniture): next one wins
    assert kinds[5] == "caption"  # the caption just after
    assert kinds[8] == "caption"  # previous caption (2 away) before the credit (3 away)
    assert kinds[9] == "credit"  # the credit (2 away) before the caption (3 away)
    assert [kinds[i] for i in (4, 7, 10)] == ["paragraph"] * 3
    assert [after.segments[i].reason for i in (3, 5, 8, 9)] == ["site-repeated"] * 4


def test_other_when_no_furniture_neighbour() -> None:
    rows = [
        ("headline", "A headline"),
        ("summary", "The site's slogan, printed under every headline."),
        ("byline", "By Jane Doe"),
        ("subheading", "Sponsored content"),
        ("paragraph", "The article's only paragraph, unique to this page."),
    ]
    article = attrs.evolve(_article(rows), summary=rows[1][1])
    after = apply(article, _profile_of([rows[1][1], rows[3][1]]))
    assert [seg.kind.value for seg in after.segments] == ["headline", "other", "byline", "other", "paragraph"]
    assert after.summary is None
    assert after.paragraphs == ("The article's only paragraph, unique to this page.",)


def test_a_relabelled_first_paragraph_drops_the_dateline() -> None:
    template = (
        "Home | World\n\nA headline for page {n}\n\nBy Jane Doe\n\n"
        "BEIJING - The agency's standard opening sentence, printed on every page it sends out.\n\n"
        "The story of page {n} goes on here, with details nobody else has reported yet {w}.\n"
    )
    pages = [template.format(n=synthetic.word(i), w=synthetic.word(i * 7)) for i in range(6)]
    profile = SiteProfile().learn_many(pages)
    before = newscorpus.parse(pages[0])
    assert before.dateline == "BEIJING"
    after = apply(before, profile)
    assert after.dateline is None
    assert after.paragraphs == before.paragraphs[1:]


def _seed_site(entry: dict[str, object], pages: int) -> list[str]:
    """Pages built on a seed's layout: its furniture lines kept, its article lines replaced."""
    lines = (SEEDS / str(entry["file"])).read_text(encoding="utf-8").splitlines()
    kinds: dict[str, str] = entry["lines"]  # type: ignore[assignment]
    rng = random.Random(3)
    out = []
    for n in range(pages):
        page = []
        for number, line in enumerate(lines, start=1):
            kind = kinds.get(str(number))
            if kind in {"paragraph", "subheading", "headline", "byline", "date", "summary"}:
                page.append(
                    synthetic.paragraph(rng, n, number) if kind == "paragraph" else f"{kind} {rng.random()}"
                )
            else:
                page.append(line)
        out.append("\n".join(page))
    return out


@pytest.mark.parametrize("index", range(5))
def test_the_seeds_keep_their_article(index: int) -> None:
    entry = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))[index]
    text = (SEEDS / entry["file"]).read_text(encoding="utf-8")
    profile = SiteProfile().learn_many(_seed_site(entry, 20)).learn(text)
    before = newscorpus.parse(text, source=entry["source"])
    after = apply(before, profile)
    assert spans(after) == spans(before)
    lines = text.splitlines()
    body_gold = {
        flat(lines[int(n) - 1]) for n, kind in entry["lines"].items() if kind in {"paragraph", "subheading"}
    }
    # Gold body lines the parser got right are still body; anything changed is site furniture.
    assert {p for p in before.paragraphs if p in body_gold} <= set(after.paragraphs)
    for old, new in zip(before.segments, after.segments, strict=True):
        if new != old:
            assert new.reason == "site-repeated" and flat(new.text) not in body_gold
