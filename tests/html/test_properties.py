"""Hypothesis properties of parse_html(): never raising, and the lossless partition of the rendered text."""

from __future__ import annotations

import bs4
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import Article
from newscorpus.html import parse_html, render_html
from tests.properties.test_partition import SEED_LINES, assert_partition

# Parsing HTML costs more than parsing text: at most 300 examples a property, fewer in the dev profile.
EXPENSIVE = settings(max_examples=min(300, settings.default.max_examples))
DEEP = settings(max_examples=min(100, settings.default.max_examples))

TAGS = [
    "p", "div", "span", "b", "i", "a", "br", "hr", "li", "ul", "ol", "table", "tr", "td", "th", "tbody",
    "h1", "h2", "nav", "section", "article", "pre", "script", "style", "template", "noscript", "head",
    "title", "meta", "img", "details", "summary", "svg", "textarea", "select", "option", "x-widget",
    "html", "body", "frameset", "plaintext", "xmp", "time", "font", "center",
]  # fmt: skip
ATTRS = [
    "", " hidden", ' aria-hidden="true"', ' style="display:none"', " style='visibility: hidden'", " open",
    ' class="byline"', ' itemprop="author"', ' itemprop="headline"', ' datetime="2020-01-01"',
    ' property="og:title" content="Title"', ' name="author" content="Xinhua"', ' charset="koi8-r"',
    ' type="application/ld+json"', " x=\"unterminated", " =bad", ' style="display:none',
]  # fmt: skip
JUNK = [
    "<", ">", "</", "<!--", "-->", "<![CDATA[", "]]>", "<?php x ?>", "&", "&amp;", "&#0;", "&#xD800;",
    "&#x110000;", "&nosuch;", "\x00", "\ufeff", "\r\n", "\u2028", '{"@type": "NewsArticle", "headline": "H"}',
    "<!DOCTYPE html>", "<html", "\t", "  ", "\n\n",
]  # fmt: skip


@st.composite
def open_tag(draw: st.DrawFn) -> str:
    return "<" + draw(st.sampled_from(TAGS)) + draw(st.sampled_from(ATTRS)) + ">"


@st.composite
def close_tag(draw: st.DrawFn) -> str:
    return "</" + draw(st.sampled_from(TAGS)) + ">"


TOKENS = st.one_of(
    open_tag(),
    close_tag(),
    st.sampled_from(JUNK),
    st.sampled_from(SEED_LINES),
    st.text(max_size=20),
)
TAG_SOUP = st.lists(TOKENS, max_size=60).map("".join)
UNCLOSED = st.lists(
    st.one_of(open_tag(), st.sampled_from(SEED_LINES), st.text(max_size=10)), max_size=80
).map("".join)


def check(art: Article) -> None:
    assert_partition(art.text, art)
    assert not [w for w in art.warnings if w.code == "internal-error"], art.warnings


@EXPENSIVE
@given(TAG_SOUP)
def test_tag_soup_never_raises_and_partition_holds(markup: str) -> None:
    art = parse_html(markup)
    check(art)
    assert art.text == render_html(markup)


@EXPENSIVE
@given(UNCLOSED)
def test_unclosed_tags(markup: str) -> None:
    check(parse_html(markup))


@EXPENSIVE
@given(st.text(max_size=200))
def test_any_text_with_nul_and_controls(text: str) -> None:
    check(parse_html(text))
    check(parse_html("<p>" + text.replace("a", "\x00") + "</p>\x00"))


@EXPENSIVE
@given(
    st.binary(max_size=400),
    st.sampled_from([None, "utf-8", "ascii", "utf-16", "shift_jis", "bogus", "cp1252"]),
)
def test_random_bytes_with_wrong_encodings(data: bytes, encoding: str | None) -> None:
    art = parse_html(data, encoding=encoding)
    check(art)
    assert any(w.code == "bytes-decoded" for w in art.warnings)
    declared = b'<meta charset="' + (encoding or "x-nonsense").encode() + b'">'
    check(parse_html(declared + data))


@EXPENSIVE
@given(TAG_SOUP)
def test_tag_soup_as_bytes_and_as_beautifulsoup(markup: str) -> None:
    check(parse_html(markup.encode("utf-8", "surrogatepass")))
    check(parse_html(bs4.BeautifulSoup(markup, "html.parser")))


@DEEP
@given(
    st.integers(min_value=1, max_value=10_000),
    st.sampled_from(["div", "b", "p", "li", "table", "span", "td", "blockquote", "a"]),
    st.booleans(),
)
def test_deep_nesting(depth: int, tag: str, closed: bool) -> None:
    markup = f"<{tag}>" * depth + "deep text here" + (f"</{tag}>" * depth if closed else "") + "<p>after</p>"
    art = parse_html(markup)
    check(art)
    assert "deep text here" in art.text and "after" in art.text


def test_ten_thousand_levels_of_mixed_nesting() -> None:
    tags = ["div", "span", "section", "b", "ul", "li"]
    markup = "".join(f"<{tags[i % len(tags)]}>" for i in range(10_000)) + "bottom"
    art = parse_html(markup)
    check(art)
    assert art.text == "bottom"
