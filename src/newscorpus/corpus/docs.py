"""What the corpus tools pass around: one input document (:class:`Doc`) and one failure (:class:`ParseError`).

Both are small attrs frozen values that pickle cheaply, so they cross process
boundaries (worker pools, Dask, Spark) unchanged.
"""

from __future__ import annotations

import copyreg
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["Doc", "ParseError", "to_doc"]


@attrs.frozen
class ParseError:
    """A document that gave no article, and why.

    ``code`` is short and stable, for grouping failures:

    ======================  ==========================================================
    ``unreadable``          the file could not be read (missing, permissions...)
    ``undecodable``         the bytes are not valid in the expected encoding
    ``bad-json``            a JSON line that is not a JSON object
    ``no-text``             a JSON line or item without a text or HTML field
    ``not-html``            a WARC response whose content type is not HTML
    ``bad-warc``            a WARC file that cannot be read on from this point
    ``missing-dependency``  an optional extra is not installed (``warcio``)
    ``too-large``           over the size limit (``max_bytes``)
    ``timeout``             took longer than the time limit
    ``worker-died``         the worker process died while parsing it
    ``parse-failed``        the parser raised (a bug: please report it)
    ======================  ==========================================================

    >>> import newscorpus
    >>> [error] = newscorpus.parse_many([{"id": "page-7", "text": 42}])
    >>> error.id, error.code, error.to_dict()["error_code"]
    ('page-7', 'no-text', 'no-text')
    """

    id: str
    error: str
    code: str = "parse-failed"

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready row written for it: ``{"id": ..., "error": ..., "error_code": ...}``."""
        return {"id": self.id, "error": self.error, "error_code": self.code}


@attrs.frozen
class Doc:
    """One input document: plain text or HTML (``str`` or ``bytes``), with an id and an optional URL.

    ``encoding`` says how ``bytes`` are decoded: ``None`` leaves it to
    :func:`newscorpus.parse` (UTF-8, then cp1252/latin-1, never failing) or to
    ``parse_html`` (which reads the page's charset); a name (``"utf-8"``)
    decodes strictly, so undecodable input becomes a :class:`ParseError`.
    A reader that already knows the document is bad sets ``error`` (and
    ``code``) instead of content.

    >>> import newscorpus
    >>> doc = Doc(id="p1", html="<h1>Big news today</h1><p>The story starts here.</p>", url="https://example.com/1")
    >>> [article] = newscorpus.parse_many([doc])
    >>> article.headline, doc.size
    ('Big news today', 52)
    """

    id: str
    text: str | bytes | None = None
    html: str | bytes | None = None
    url: str | None = None
    encoding: str | None = None
    error: str | None = None
    code: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as the constructor's arguments: the parent of a parallel run pickles every document it
        sends a worker, and the worker unpickles it; attrs' own state methods take twice as long."""
        if type(self) is not Doc:  # a subclass may have fields of its own: attrs knows them
            return copyreg.__newobj__, (type(self),), self.__getstate__()  # type: ignore[attr-defined]
        return Doc, (self.id, self.text, self.html, self.url, self.encoding, self.error, self.code)

    @property
    def size(self) -> int:
        """Length of the content (bytes, or characters for ``str``), 0 for an error."""
        content = self.html if self.html is not None else self.text
        return len(content) if content is not None else 0


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def to_doc(item: object, index: int) -> Doc:
    """Turn one item of :func:`newscorpus.parse_many`'s input into a :class:`Doc`.

    - ``str`` or ``bytes``: the page's text; its id is its position (``"0"``, ``"1"``...).
    - a mapping with ``text`` or ``html`` and optionally ``id``, ``url``, ``encoding``.
    - a tuple ``(id, text)`` or ``(id, text, url)``.
    - a :class:`Doc`, as it is.

    Anything else becomes a :class:`ParseError` row when parsed, never an exception.
    """
    if isinstance(item, Doc):
        return item
    if isinstance(item, (str, bytes)):
        return Doc(id=str(index), text=item)
    if isinstance(item, (bytearray, memoryview)):
        return Doc(id=str(index), text=bytes(item))
    if isinstance(item, Mapping):
        return _from_mapping(item, index)
    if isinstance(item, tuple) and len(item) in (2, 3):
        url = _opt_str(item[2]) if len(item) == 3 else None
        text = item[1]
        if isinstance(text, (str, bytes)):
            return Doc(id=str(item[0]), text=text, url=url)
        return Doc(id=str(item[0]), url=url, error="text is not str or bytes", code="no-text")
    return Doc(
        id=str(index),
        error=f"cannot parse a {type(item).__name__}: give str, bytes, a dict or an (id, text) tuple",
        code="no-text",
    )


def _from_mapping(item: Mapping[Any, Any], index: int) -> Doc:
    raw_id = item.get("id")
    doc_id = str(index) if raw_id is None else str(raw_id)
    url = _opt_str(item.get("url"))
    encoding = _opt_str(item.get("encoding"))
    html = item.get("html")
    text = item.get("text")
    if isinstance(html, (str, bytes)):
        return Doc(id=doc_id, html=html, url=url, encoding=encoding)
    if isinstance(text, (str, bytes)):
        return Doc(id=doc_id, text=text, url=url, encoding=encoding)
    return Doc(id=doc_id, url=url, error="no 'text' or 'html' string in the item", code="no-text")
