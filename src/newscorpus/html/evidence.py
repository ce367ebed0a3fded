"""What the markup says about the article: titles, authors and dates, as raw clues with their origin.

Read from ``<title>``, ``<h1>``, ``<meta>`` (``og:title``, ``og:site_name``,
``og:url``, ``author``, ``article:author``, ``article:published_time``,
``article:modified_time``), ``<link rel="canonical">``, JSON-LD objects of
the article types (``NewsArticle``, ``Article``, ``ReportageNewsArticle`` and
their kin: ``headline``, ``author`` as a string, an object or a list,
``datePublished``, ``dateModified``, ``publisher``), ``<time datetime>`` and
microdata ``itemprop`` (``headline``, ``author``, ``datePublished``,
``dateModified``).

Nothing here decides anything: :mod:`newscorpus.html.reconcile` weighs the
clues against what the page's text shows.

>>> from newscorpus.html.render import to_tree
>>> page = '<title>T</title><meta property="og:site_name" content="Site"><h1> A  b </h1>'
>>> ev = extract_evidence(to_tree(page))
>>> ev.title, ev.h1, ev.site_names
('T', ('A b',), ('Site',))
"""

from __future__ import annotations

import collections
import json
import re
from collections.abc import Iterable
from typing import Final

import attrs
from lxml import etree

from ..model import ParseWarning
from .render import local_name

__all__ = ["ARTICLE_TYPES", "Clue", "Evidence", "extract_evidence"]

#: JSON-LD ``@type`` values read as the article.
ARTICLE_TYPES: Final = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "AskPublicNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Report",
    }
)
_ORG_TYPES: Final = frozenset(
    {"Organization", "NewsMediaOrganization", "Corporation", "GovernmentOrganization"}
)
# A string, not a compiled etree.XPath: compiled XPath objects must not be shared between threads.
_FIND: Final = (
    "//*[@itemprop or local-name()='title' or local-name()='h1' or local-name()='meta'"
    " or local-name()='script' or local-name()='time' or local-name()='link']"
)
_SPACES: Final = re.compile(r"\s+")
_MAX_JSON_NODES: Final = 20_000
_MAX_CLUE_CHARS: Final = 2_000
_JSON_WRAPPERS: Final = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")


@attrs.frozen
class Clue:
    """One value the markup states, and where it was read (``json-ld headline``, ``meta author`` ...)."""

    value: str
    origin: str
    organisation: bool = False
    """For authors: the markup itself types it as an organisation (JSON-LD ``Organization``)."""


@attrs.frozen
class Evidence:
    """Every clue of one page, in document order within each field."""

    title: str | None = None
    h1: tuple[str, ...] = ()
    og_title: str | None = None
    site_names: tuple[str, ...] = ()
    headlines: tuple[Clue, ...] = ()
    """JSON-LD and microdata headlines (``og:title``, ``<title>`` and ``<h1>`` are kept apart)."""
    authors: tuple[Clue, ...] = ()
    published: tuple[Clue, ...] = ()
    modified: tuple[Clue, ...] = ()
    times: tuple[Clue, ...] = ()
    """``<time datetime>`` values without an ``itemprop``; ``origin`` holds the element's text."""
    url: str | None = None
    warnings: tuple[ParseWarning, ...] = ()


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text[:_MAX_CLUE_CHARS]).strip()


def _text_of(el: etree._Element) -> str:
    return _collapse("".join(t for t in el.itertext() if isinstance(t, str)))


def _str_of(value: object) -> str | None:
    """A JSON-LD value as one string (the first of a list), or None."""
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, str):
        text = _collapse(value)
        return text or None
    return None


def _types(obj: dict[str, object]) -> set[str]:
    raw = obj.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return {n.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for n in names if isinstance(n, str)}


class _Builder:
    def __init__(self) -> None:
        self.title: str | None = None
        self.h1: list[str] = []
        self.og_title: str | None = None
        self.site_names: list[str] = []
        self.headlines: list[Clue] = []
        self.authors: list[Clue] = []
        self.published: list[Clue] = []
        self.modified: list[Clue] = []
        self.times: list[Clue] = []
        self.url: str | None = None
        self.warnings: list[ParseWarning] = []
        self.json_ld_seen = False

    def site(self, name: str | None) -> None:
        if name and name not in self.site_names:
            self.site_names.append(name)

    def author(self, value: object, origin: str) -> None:
        """A JSON-LD ``author``: a string, an object with a ``name``, or a list of those."""
        items = value if isinstance(value, list) else [value]
        for item in items[:50]:
            if isinstance(item, str):
                name = _collapse(item)
                if name:
                    self.authors.append(Clue(name, origin))
            elif isinstance(item, dict):
                name_value = _str_of(item.get("name"))
                if name_value:
                    self.authors.append(
                        Clue(name_value, origin, organisation=bool(_types(item) & _ORG_TYPES))
                    )

    def article(self, obj: dict[str, object]) -> None:
        headline = _str_of(obj.get("headline"))
        if headline:
            self.headlines.append(Clue(headline, "json-ld headline"))
        if "author" in obj:
            self.author(obj["author"], "json-ld author")
        for key, into in (("datePublished", self.published), ("dateModified", self.modified)):
            stamp = _str_of(obj.get(key))
            if stamp:
                into.append(Clue(stamp, f"json-ld {key}"))
        publisher = obj.get("publisher")
        if isinstance(publisher, dict):
            self.site(_str_of(publisher.get("name")))
        else:
            self.site(_str_of(publisher))

    def json_ld(self, text: str) -> None:
        source = _JSON_WRAPPERS.sub("", text).strip().rstrip(";")
        if not source:
            return
        try:
            data = json.loads(source)
        except (ValueError, RecursionError) as exc:
            self.warnings.append(ParseWarning("json-ld-invalid", f"a JSON-LD block could not be read: {exc}"))
            return
        queue: collections.deque[object] = collections.deque([data])
        seen = 0
        while queue and seen < _MAX_JSON_NODES:
            node = queue.popleft()
            seen += 1
            if isinstance(node, list):
                queue.extend(node)
            elif isinstance(node, dict):
                if _types(node) & ARTICLE_TYPES:
                    if not self.json_ld_seen:
                        self.article(node)
                        self.json_ld_seen = True
                    continue  # an article's parts are its own, not further articles
                queue.extend(v for v in node.values() if isinstance(v, (dict, list)))

    def meta(self, el: etree._Element) -> None:
        key = (el.get("property") or el.get("name") or "").strip().lower()
        content = _collapse(el.get("content") or "")
        if not key or not content:
            return
        if key == "og:title":
            self.og_title = self.og_title or content
        elif key in ("og:site_name", "application-name"):
            self.site(content)
        elif key == "og:url":
            self.url = self.url or content
        elif key in ("author", "article:author", "dc.creator", "sailthru.author"):
            if "://" not in content and not content.startswith("www."):
                self.authors.append(Clue(content, f"meta {key}"))
        elif key == "article:published_time":
            self.published.append(Clue(content, f"meta {key}"))
        elif key in ("article:modified_time", "og:updated_time"):
            self.modified.append(Clue(content, f"meta {key}"))

    def itemprop(self, el: etree._Element, name: str, props: Iterable[str]) -> None:
        for prop in props:
            if prop not in ("headline", "author", "datePublished", "dateModified"):
                continue
            if name == "meta":
                value = _collapse(el.get("content") or "")
            elif name == "time" and prop.startswith("date"):
                value = _collapse(el.get("datetime") or "") or _text_of(el)
            elif prop == "author" and el.get("itemscope") is not None:
                names = [n for n in el.iter() if "name" in (n.get("itemprop") or "").split()]
                value = _text_of(names[0]) if names else ""
                if names and local_name(str(names[0].tag)) == "meta":
                    value = _collapse(names[0].get("content") or "")
            else:
                value = _text_of(el)
            if not value:
                continue
            clue = Clue(value, f"itemprop {prop}")
            {
                "headline": self.headlines,
                "author": self.authors,
                "datePublished": self.published,
                "dateModified": self.modified,
            }[prop].append(clue)

    def build(self) -> Evidence:
        return Evidence(
            title=self.title,
            h1=tuple(self.h1),
            og_title=self.og_title,
            site_names=tuple(self.site_names),
            headlines=tuple(self.headlines),
            authors=tuple(self.authors),
            published=tuple(self.published),
            modified=tuple(self.modified),
            times=tuple(self.times),
            url=self.url,
            warnings=tuple(self.warnings),
        )


def extract_evidence(root: etree._Element | None) -> Evidence:
    """Collect the clues of the page rooted at ``root`` (an lxml element); never raises on content.

    >>> import lxml.html
    >>> page = lxml.html.fromstring('<meta name="author" content="Jane Doe"><h1>Talks resume</h1><p>x</p>')
    >>> clues = extract_evidence(page)
    >>> [(clue.value, clue.origin) for clue in clues.authors], clues.h1
    ([('Jane Doe', 'meta author')], ('Talks resume',))
    """
    if root is None:
        return Evidence()
    b = _Builder()
    found = root.xpath(_FIND)
    for el in found if isinstance(found, list) else ():
        if not isinstance(el, etree._Element) or not isinstance(el.tag, str):
            continue
        name = local_name(el.tag)
        props = el.get("itemprop")
        if props:
            b.itemprop(el, name, props.split())
        if name == "title":
            if b.title is None:
                b.title = _text_of(el) or None
        elif name == "h1":
            text = _text_of(el)
            if text:
                b.h1.append(text)
        elif name == "meta":
            b.meta(el)
        elif name == "script":
            if (el.get("type") or "").strip().lower() == "application/ld+json" and el.text:
                b.json_ld(el.text)
        elif name == "time":
            stamp = _collapse(el.get("datetime") or "")
            if stamp and not props:
                b.times.append(Clue(stamp, _text_of(el)))
        elif name == "link":
            rel = (el.get("rel") or "").lower().split()
            if "canonical" in rel and b.url is None:
                b.url = _collapse(el.get("href") or "") or None
    return b.build()
