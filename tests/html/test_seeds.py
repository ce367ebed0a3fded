"""Each seed wrapped in simple HTML gives what ``parse()`` gives on the seed's text."""

from __future__ import annotations

import pytest

import newscorpus
from newscorpus.html import parse_html
from tests.html.pages import seed_pages
from tests.properties.test_partition import assert_partition

FIELDS = ("headline", "authors", "credit", "published", "updated", "dateline", "summary", "byline", "editors")
PAGES = seed_pages()


@pytest.mark.parametrize(("name", "text", "html"), PAGES, ids=[p[0][:3] for p in PAGES])
def test_seed_as_html_gives_the_same_article(name: str, text: str, html: str) -> None:
    want = newscorpus.parse(text)
    got = parse_html(html)
    for field in FIELDS:
        assert getattr(got, field) == getattr(want, field), field
    assert got.paragraphs == want.paragraphs
    assert got.source == want.source
    assert not [w for w in got.warnings if w.code in ("evidence-conflict", "internal-error")]
    assert_partition(got.text, got)


@pytest.mark.parametrize(("name", "text", "html"), PAGES, ids=[p[0][:3] for p in PAGES])
def test_seed_as_utf8_bytes_gives_the_same_article(name: str, text: str, html: str) -> None:
    got = parse_html(html.encode("utf-8"))
    want = parse_html(html)
    assert got.to_dict() | {"warnings": []} == want.to_dict() | {"warnings": []}


@pytest.mark.parametrize(("name", "text", "html"), PAGES, ids=[p[0][:3] for p in PAGES])
def test_seed_lines_all_rendered(name: str, text: str, html: str) -> None:
    rendered = parse_html(html).text.splitlines()
    assert [" ".join(ln.split()) for ln in rendered if ln.strip()] == [
        " ".join(ln.split()) for ln in text.splitlines() if ln.strip()
    ]
