"""``parse_html()``: render the page's visible text, run the text pipeline on it, weigh the markup's clues."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import TYPE_CHECKING

import attrs
from lxml import etree

from ..fields.dates import DateOrder, check_date_order, page_date_order
from ..model import Article, ParseWarning
from ..pipeline import apply_profile, parse
from ..sources.registry import get_parser
from .encoding import decode_html
from .evidence import Evidence, extract_evidence
from .reconcile import reconcile
from .render import HtmlInput, TreeInput, render_text, to_tree_with_warnings

if TYPE_CHECKING:
    from ..site import SiteProfile, SiteProfiles

__all__ = ["parse_html", "render_html"]


def _accepts(markup: object) -> bool:
    if isinstance(markup, (str, bytes, bytearray, memoryview, etree._Element, etree._ElementTree)):
        return True
    from bs4.element import Tag  # a BeautifulSoup is a Tag

    return isinstance(markup, Tag)


def _source_text(markup: HtmlInput, encoding: str | None) -> tuple[TreeInput, list[ParseWarning]]:
    if isinstance(markup, (bytes, bytearray, memoryview)):
        return decode_html(bytes(markup), encoding)
    return markup, []


def render_html(markup: HtmlInput, *, encoding: str | None = None) -> str:
    """The visible text of ``markup`` as :func:`parse_html` renders it (``Article.text``).

    >>> render_html("<h1>Title</h1><p>One<br>two</p><script>x()</script>")
    'Title\\n\\nOne\\ntwo'
    """
    if not _accepts(markup):
        raise TypeError(f"newscorpus.render_html() cannot read {type(markup).__name__}")
    source, _ = _source_text(markup, encoding)
    root, _ = to_tree_with_warnings(source)
    return render_text(root)


def parse_html(
    html: HtmlInput,
    *,
    url: str | None = None,
    encoding: str | None = None,
    source: str | None = None,
    now: dt.datetime | None = None,
    profile: SiteProfile | SiteProfiles | None = None,
    date_order: DateOrder | None = None,
) -> Article:
    """Parse one HTML page into an :class:`Article`, through the same text pipeline as :func:`parse`.

    ``html`` is a ``str``, ``bytes`` (decoded from a byte-order mark, then
    ``encoding``, then the page's ``<meta charset>``, then detection), a
    ``BeautifulSoup`` (or any bs4 tag) or an lxml element or tree.  The page is
    rendered to its visible text the way a browser's ``innerText`` does; that
    text is ``Article.text`` and every span indexes it.  The markup's own
    clues (JSON-LD, ``og:`` and ``article:`` meta, ``<h1>``, ``<title>``,
    ``<time>``, microdata) then confirm, fill or contest the text's fields:
    see :mod:`newscorpus.html.reconcile`.  When ``url`` is None the page's
    canonical URL (``<link rel="canonical">``, ``og:url``) chooses the source
    parser. ``date_order`` is as for :func:`parse`.

    Never raises on content; any other type is a :class:`TypeError`.

    >>> art = parse_html('''<h1>Big news today</h1><p class="byline">By Jane Doe</p>
    ... <p>The story starts here, and it goes on for a while.</p>''')
    >>> art.headline, art.authors
    ('Big news today', ('Jane Doe',))
    >>> art.text.splitlines()
    ['Big news today', '', 'By Jane Doe', '', 'The story starts here, and it goes on for a while.']
    """
    check_date_order(date_order)
    if not _accepts(html):
        raise TypeError(
            "newscorpus.parse_html() takes str, bytes, a BeautifulSoup or an lxml element or tree, "
            f"not {type(html).__name__}"
        )
    warnings: list[ParseWarning] = []
    markup: TreeInput = ""
    try:
        markup, found = _source_text(html, encoding)
        warnings.extend(found)
        root, found = to_tree_with_warnings(markup)
        warnings.extend(found)
        text = render_text(root)
        evidence = extract_evidence(root)
    except Exception as exc:  # a bug of ours must not cost the user the document
        if isinstance(html, (bytes, bytearray, memoryview)) and markup == "":
            markup = bytes(html).decode("utf-8", errors="replace")  # decoding itself failed
        return _last_resort(markup, warnings, exc, url=url, source=source, now=now, date_order=date_order)
    article = parse(text, url=url or _url(evidence), source=source, now=now, date_order=date_order)
    try:
        article = reconcile(article, evidence, now=now, order=_date_order(article, date_order))
    except Exception as exc:
        warnings.append(ParseWarning("internal-error", f"markup evidence not applied: {exc!r}"))
    warnings.extend(evidence.warnings)
    if warnings:
        article = attrs.evolve(article, warnings=(*warnings, *article.warnings))
    return apply_profile(article, profile, url=url or _url(evidence))


def _date_order(article: Article, given: DateOrder | None) -> DateOrder | None:
    """How the text read numeric dates: the caller's order, else the source parser's, else the page's."""
    if given is not None:
        return given
    convention = None
    if article.source != "generic":
        with contextlib.suppress(KeyError):
            convention = getattr(get_parser(article.source), "date_order", None)
    return page_date_order(article.text, convention)  # (it ignores a convention it does not know)


def _url(evidence: Evidence) -> str | None:
    url = evidence.url
    return url if url and url.startswith(("http://", "https://", "//")) else None


def _last_resort(
    markup: TreeInput,
    warnings: list[ParseWarning],
    exc: Exception,
    *,
    url: str | None,
    source: str | None,
    now: dt.datetime | None,
    date_order: DateOrder | None = None,
) -> Article:
    try:
        if isinstance(markup, str):
            raw = markup
        elif isinstance(markup, etree._ElementTree):
            raw = etree.tostring(markup, encoding="unicode", method="text")
        elif isinstance(markup, etree._Element):
            raw = etree.tostring(markup, encoding="unicode", method="text", with_tail=False)
        else:
            raw = markup.get_text("\n")
    except Exception:
        raw = ""
    article = parse(raw, url=url, source=source, now=now, date_order=date_order)
    warn = ParseWarning("internal-error", f"HTML rendering failed, parsed the raw markup as text: {exc!r}")
    return attrs.evolve(article, warnings=(*warnings, warn, *article.warnings))
