"""Metamorphic properties on the seeds: page changes that must not change the article."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newscorpus
from newscorpus import Article
from tests.conftest import ROOT, load_gold, seed_text

FILES = [str(g["file"]) for g in load_gold()]

NAV_ABOVE = "Home | World | China | Business\nSearch\nSign in\n\n"
FOOTER_BELOW = "\n\nMost Read\nContact Us\nCopyright 2024 Example News Group. All rights reserved.\n"


def view(art: Article) -> tuple[object, ...]:
    return (art.headline, art.authors, art.published, art.updated, art.body_text)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def nbsp(text: str) -> str:
    return text.replace(" ", "\u00a0")


def no_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def blank_between(text: str) -> str:
    """Every line set apart, as a page with one <p> a line renders."""
    return "\n\n".join(line for line in text.split("\n") if line.strip())


def nav_above(text: str) -> str:
    return NAV_ABOVE + text


def footer_below(text: str) -> str:
    return text + FOOTER_BELOW


CHANGES: dict[str, Callable[[str], str]] = {
    "crlf": crlf,
    "nbsp": nbsp,
    "no-blank-lines": no_blank_lines,
    "blank-between": blank_between,
    "nav-above": nav_above,
    "footer-below": footer_below,
}


@pytest.mark.parametrize("change", sorted(CHANGES))
@pytest.mark.parametrize("name", FILES)
def test_change_keeps_the_article(name: str, change: str) -> None:
    text = seed_text(name)
    before = newscorpus.parse(text)
    after = newscorpus.parse(CHANGES[change](text))
    assert view(after) == view(before)
    assert before.headline  # the property must compare something real


DEV = ROOT.parent / "shared" / "dev"
DEV_FILES = sorted(p.name for p in DEV.glob("*.txt")) if DEV.is_dir() else []


# A page cut by the scraper right after a subheading: once a footer follows, that last short line reads
# as a picture's caption under the last paragraph (which is what it usually is on a complete page).
KNOWN = {
    ("dev_cgtn_vaccines_public_good_2021.txt", "footer-below"): "cut page ending on a subheading",
    # teaser-only index pages are told from articles by their teasers standing back to back
    ("dev_cd_index_cndy_opinion_page_2019.txt", "blank-between"): "index page without header, spaced out",
    ("dev_vn_index_vietnamplus_region_china.txt", "blank-between"): "index page without header, spaced out",
}
DEV_CASES = [
    pytest.param(name, change, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[name, change])])
    if (name, change) in KNOWN
    else pytest.param(name, change)
    for name in DEV_FILES
    for change in sorted(CHANGES)
]


@pytest.mark.skipif(not DEV_FILES, reason="../shared/dev is not beside the checkout")
@pytest.mark.parametrize(("name", "change"), DEV_CASES)
def test_change_keeps_the_dev_article(name: str, change: str) -> None:
    assert_change_keeps_the_article((DEV / name).read_text(encoding="utf-8"), change)


def assert_change_keeps_the_article(text: str, change: str) -> None:
    before = newscorpus.parse(text)
    after = newscorpus.parse(CHANGES[change](text))
    assert view(after) == view(before)
    assert before.segments


FIXTURES = ROOT / "tests" / "fixtures"
FIXTURE_FILES = sorted(f"{p.parent.name}/{p.name}" for p in FIXTURES.glob("*/*.txt") if p.name != "SCORE.txt")


@pytest.mark.parametrize("change", sorted(CHANGES))
@pytest.mark.parametrize("name", FIXTURE_FILES)
def test_change_keeps_the_fixture_article(name: str, change: str) -> None:
    assert_change_keeps_the_article((FIXTURES / name).read_text(encoding="utf-8"), change)
