"""Rendering HTML to visible text like ``innerText``: every markup case the renderer handles."""

from __future__ import annotations

import bs4
import lxml.html
import pytest
from lxml import etree

from newscorpus.html import parse_html, render_html

CASES = {
    "block-elements": ("<div>one</div><div>two</div><section>three</section>", "one\ntwo\nthree"),
    "paragraphs-blank-line": ("<p>one</p><p>two</p>", "one\n\ntwo"),
    "br": ("<p>one<br>two<br/>three</p>", "one\ntwo\nthree"),
    "double-br-blank-line": ("one<br><br>two", "one\n\ntwo"),
    "trailing-br-in-block": ("<div>one<br></div><div>two</div>", "one\ntwo"),
    "list-items": ("<ul><li>Home</li><li>World</li><li>China</li></ul>", "Home\nWorld\nChina"),
    "unclosed-list-items": ("<ol><li>a<li>b<li>c</ol>after", "a\nb\nc\nafter"),
    "table-cells-tab-rows-lines": (
        "<table><tr><th>Name</th><th>Age</th></tr><tr><td> Ann </td><td>7</td></tr></table>",
        "Name\tAge\nAnn\t7",
    ),
    "nested-table": (
        "<table><tr><td>a</td><td><table><tr><td>b</td><td>c</td></tr></table></td></tr></table>",
        "a\t\nb\tc",
    ),
    "script-style-template-noscript": (
        "<p>a<script>var x = '<p>no</p>';</script>b<style>p { color: red }</style>c"
        "<template><p>no</p></template><noscript>no</noscript>d</p>",
        "abcd",
    ),
    "head-and-title-not-rendered": (
        "<html><head><title>Page title</title><meta name='x' content='y'></head><body>Body</body></html>",
        "Body",
    ),
    "hidden-attribute": ("<p>a<span hidden>no</span>b</p>", "ab"),
    "aria-hidden": ("<p>a<span aria-hidden='true'>no</span><span aria-hidden='false'>b</span></p>", "ab"),
    "display-none": ("<p>a<span style='color:red; DISPLAY : none'>no</span>b</p>", "ab"),
    "visibility-hidden": ("<p>a<span style='visibility:hidden'>no</span>b</p>", "ab"),
    "hidden-tail-kept": ("<div><span hidden>no</span> tail text</div>", "tail text"),
    "closed-details": ("<details><summary>More</summary><p>hidden</p></details>next", "More\nnext"),
    "open-details": ("<details open><summary>More</summary><p>shown</p></details>", "More\n\nshown"),
    "images-and-controls": ("<p>a<img alt='alt text'>b<input value='v'><textarea>t</textarea>c</p>", "abc"),
    "svg-not-text": ("<p>Share<svg><title>icon</title><text>x</text></svg></p>", "Share"),
    "whitespace-collapsed": ("<p>  one \n\t two   <b> three </b>  four </p>", "one two three four"),
    "inline-space-across-tags": ("<p>one<b> </b>two <i>three</i></p>", "one two three"),
    "nbsp-kept": ("<p>a&nbsp;&nbsp;b</p>", "a\u00a0\u00a0b"),
    "entities": ("<p>&lt;b&gt; &amp; &quot;q&quot; &#8212; &eacute;</p>", '<b> & "q" — é'),
    "pre-keeps-whitespace": ("<pre>line 1\n   line 2</pre>after", "line 1\n   line 2\nafter"),
    "comments-dropped": ("<p>a<!-- comment -->b</p>", "ab"),
    "headings": ("<h1>Title</h1><h2>Sub</h2>text", "Title\nSub\ntext"),
    "empty": ("", ""),
    "only-whitespace": ("  \n\t ", ""),
    "only-tags": ("<div><p></p><br></div>", ""),
    "nul-bytes": ("<p>a\x00b</p>\x00", "ab"),
    "unclosed-tags": ("<div><p>one<p>two<b>three<i>four", "one\n\ntwothreefour"),
    "stray-end-tags": ("</p></div>text</span>", "text"),
    "text-only": ("just text", "just text"),
    "text-after-html-end-tag": ("<html><body><p>a</p></body></html>\n<p>b</p></HTML >c", "a\n\nb\n\nc"),
    "concatenated-documents": (
        "<!DOCTYPE html><html><p>a</p></html><!DOCTYPE html><html><p>b</p></html>",
        "a\n\nb",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_render_case(name: str) -> None:
    markup, want = CASES[name]
    assert render_html(markup) == want


def test_article_text_is_the_rendered_text() -> None:
    markup = "<nav><a>Home</a></nav><h1>A title here</h1><p>Body text that goes on for a while here.</p>"
    art = parse_html(markup)
    assert art.text == render_html(markup) == "Home\nA title here\n\nBody text that goes on for a while here."
    assert all(art.text[s.start : s.end] == s.text for s in art.segments)


def test_ten_thousand_levels_of_nesting() -> None:
    markup = "<p>before</p>" + "<div>" * 10_000 + "deep text" + "</div>" * 10_000 + "<p>after</p>"
    art = parse_html(markup)
    assert art.text == "before\n\ndeep text\n\nafter"
    assert not [w for w in art.warnings if w.code == "internal-error"]


def test_ten_thousand_unclosed_inline_tags() -> None:
    assert render_html("<b>" * 10_000 + "x") == "x"


@pytest.mark.parametrize("builder", ["html.parser", "lxml"])
def test_beautifulsoup_input(builder: str) -> None:
    markup = "<h1>Title</h1><div>one<br>two</div><script>no()</script><span hidden>no</span><!-- c -->"
    soup = bs4.BeautifulSoup(markup, builder)
    assert render_html(soup) == render_html(markup) == "Title\none\ntwo"
    assert parse_html(soup).text == "Title\none\ntwo"


def test_beautifulsoup_deep_and_odd_names() -> None:
    soup = bs4.BeautifulSoup("<div>" * 3000 + "deep" + "<weird:tag 1bad=x ok=y>z</weird:tag>", "html.parser")
    assert render_html(soup) == "deepz"


def test_beautifulsoup_tag_subtree() -> None:
    soup = bs4.BeautifulSoup("<div id=a><p>in</p></div><p>out</p>", "html.parser")
    tag = soup.find(id="a")
    assert render_html(tag) == "in"


def test_lxml_inputs() -> None:
    markup = "<html><body><h1>Title</h1><div>one</div><!-- c --><p>two</p></body></html>"
    want = "Title\none\n\ntwo"
    assert render_html(lxml.html.fromstring(markup)) == want
    assert render_html(lxml.html.document_fromstring(markup).getroottree()) == want
    assert render_html(etree.fromstring(markup, etree.HTMLParser())) == want


def test_lxml_tree_with_comments_keeps_tails() -> None:
    root = lxml.html.fromstring("<div>a<!-- c -->b<?pi x?>c</div>")
    assert render_html(root) == "abc"


def test_lxml_subtree_tail_is_outside() -> None:
    root = lxml.html.fromstring("<div><p>in</p>tail outside</div>")
    assert render_html(root[0]) == "in"


def test_xhtml_namespaced_tree() -> None:
    xml = (
        b'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head>'
        b"<body><P>one</P><SCRIPT>no</SCRIPT><div>two</div></body></html>"
    )
    assert render_html(etree.fromstring(xml)) == "one\n\ntwo"


@pytest.mark.parametrize("bad", [None, 42, ["<p>a</p>"], {"html": "x"}])
def test_other_types_are_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="parse_html"):
        parse_html(bad)
