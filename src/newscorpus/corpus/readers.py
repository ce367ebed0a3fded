"""Turn what the user names on the command line into a lazy stream of :class:`Doc`.

=====================================  =============================================================
input                                  documents
=====================================  =============================================================
``page.txt`` (any other extension)     one text page (an HTML page when it starts like one)
``page.html``, ``.htm``, ``.xhtml``    one HTML page
``dir/``                               every ``.txt``, ``.text``, ``.html``, ``.htm``, ``.xhtml``
                                       file below it, in path order (other files and hidden ones
                                       are left alone: name JSONL and WARC files explicitly)
``pages.jsonl``, ``.ndjson`` (``.gz``)  one page a line: ``text`` or ``html``, ``url``, ``id``
``crawl.warc``, ``.warc.gz``, ``.arc``   every HTTP response (through ``warcio``)
``-``                                  standard input: one page, or JSON lines / WARC with
                                       ``--format``
=====================================  =============================================================

Readers never raise on content: a file that cannot be read, a line that is not
JSON, a WARC record that is not HTML... each becomes a :class:`Doc` carrying an
``error``, which the runner turns into an error row.
"""

from __future__ import annotations

import gzip
import importlib
import json
import os
import pathlib
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

import attrs

from ..decode import looks_like_html as looks_like_markup
from .docs import Doc

__all__ = ["FORMATS", "HTML_SUFFIXES", "TEXT_SUFFIXES", "ReadOptions", "read_inputs"]

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
WARC_SUFFIXES = frozenset({".warc", ".arc"})
FORMATS = ("auto", "text", "html", "jsonl", "warc")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_SKIPPED_RECORDS = frozenset({"warcinfo", "request", "metadata", "revisit", "conversion", "continuation"})


@attrs.frozen
class ReadOptions:
    """How inputs are read (the command line's ``--format``, ``--*-field``, ``--encoding``...).

    >>> options = ReadOptions(text_field="body", id_field="doc_id", max_bytes=5_000_000)
    >>> options.format, options.text_encoding, options.html_encoding
    ('auto', 'utf-8', None)
    """

    format: str = "auto"
    text_field: str = "text"
    html_field: str = "html"
    url_field: str = "url"
    id_field: str = "id"
    #: Encoding of text files: None is strict UTF-8 (BOMs honoured); "auto" lets parse() guess.
    encoding: str | None = None
    max_bytes: int | None = None
    #: WARC: leave out responses that are not HTML pages instead of writing an error row for each.
    skip_non_html: bool = False

    @property
    def text_encoding(self) -> str | None:
        if self.encoding is None:
            return "utf-8"
        return None if self.encoding == "auto" else self.encoding

    @property
    def html_encoding(self) -> str | None:
        return None if self.encoding in (None, "auto") else self.encoding


def _suffix(path: pathlib.Path) -> tuple[str, bool]:
    """The format suffix, and whether the file is gzipped (``x.warc.gz`` gives ``(".warc", True)``)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return (suffixes[-2] if len(suffixes) >= 2 else ""), True
    return (suffixes[-1] if suffixes else ""), False


def _format_of(path: pathlib.Path) -> str:
    suffix, _ = _suffix(path)
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in WARC_SUFFIXES:
        return "warc"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "auto"


def looks_like_html(data: bytes) -> bool:
    """Does the start of the file look like an HTML page (``<!doctype``, ``<html``, a fragment of tags)?"""
    head = data[:1024]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return looks_like_markup(head.decode("latin-1"))


def read_inputs(inputs: Sequence[str], options: ReadOptions, stdin: IO[bytes] | None = None) -> Iterator[Doc]:
    """Every document of every input, in order (directories in path order).

    Inputs are what ``newscorpus parse`` takes: files, directories, JSON lines,
    WARC archives, and ``-`` for ``stdin``. Documents come lazily, as
    :class:`Doc` values for :func:`newscorpus.parse_many`.

    >>> import pathlib, tempfile
    >>> tmp = tempfile.TemporaryDirectory()
    >>> folder = pathlib.Path(tmp.name)
    >>> _ = (folder / "a.txt").write_text("Big news today\\n\\nBy Jane Doe\\n\\nThe story.", encoding="utf-8")
    >>> _ = (folder / "b.html").write_text("<h1>Talks resume</h1><p>The talks resume.</p>", encoding="utf-8")
    >>> _ = (folder / "dump.jsonl").write_text('{"id": "j1", "body": "Rain today"}\\n', encoding="utf-8")
    >>> docs = list(read_inputs([tmp.name, str(folder / "dump.jsonl")], ReadOptions(text_field="body")))
    >>> [(pathlib.Path(doc.id).name, "html" if doc.html is not None else "text") for doc in docs]
    [('a.txt', 'text'), ('b.html', 'html'), ('j1', 'text')]
    >>> tmp.cleanup()
    """
    for item in inputs:
        if item == "-":
            yield from _read_stream(stdin if stdin is not None else sys.stdin.buffer, "<stdin>", options)
            continue
        path = pathlib.Path(item)
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file, options, in_dir=True)
        else:
            yield from _read_file(path, options, in_dir=False)


def _walk(root: pathlib.Path) -> Iterator[pathlib.Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=None):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith("."):
                continue
            suffix = os.path.splitext(name)[1].lower()
            if suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES:
                found.append(pathlib.Path(dirpath, name))
    yield from sorted(found)


def _read_file(path: pathlib.Path, options: ReadOptions, *, in_dir: bool) -> Iterator[Doc]:
    name = str(path)
    fmt = options.format if options.format != "auto" else _format_of(path)
    if fmt in ("jsonl", "warc"):
        _, gzipped = _suffix(path)
        try:
            raw: IO[bytes] = open(path, "rb")  # noqa: SIM115
        except OSError as exc:
            yield _unreadable(name, exc)
            return
        with raw:
            if fmt == "warc":  # warcio reads gzipped WARCs itself
                yield from _read_warc(raw, name, options)
            elif gzipped:
                with gzip.open(raw) as unzipped:
                    yield from _read_jsonl(unzipped, name, options)
            else:
                yield from _read_jsonl(raw, name, options)
        return
    try:
        size = path.stat().st_size
        if options.max_bytes and size > options.max_bytes:
            yield _too_large(name, size, options.max_bytes)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield _unreadable(name, exc)
        return
    yield _page(name, data, fmt, options)


def _page(name: str, data: bytes, fmt: str, options: ReadOptions) -> Doc:
    if fmt == "html" or (fmt == "auto" and looks_like_html(data)):
        return Doc(id=name, html=data, encoding=options.html_encoding)
    return Doc(id=name, text=data, encoding=options.text_encoding)


def _read_stream(fh: IO[bytes], name: str, options: ReadOptions) -> Iterator[Doc]:
    if options.format == "jsonl":
        yield from _read_jsonl(fh, name, options)
    elif options.format == "warc":
        yield from _read_warc(fh, name, options)
    else:
        limit = options.max_bytes
        try:
            data = fh.read(limit + 1) if limit else fh.read()
        except OSError as exc:
            yield _unreadable(name, exc)
            return
        if limit and len(data) > limit:
            yield _too_large(name, len(data), limit, at_least=True)
            return
        yield _page(name, data, options.format, options)


def _unreadable(name: str, exc: OSError) -> Doc:
    return Doc(id=name, error=f"cannot read: {exc.strerror or exc}", code="unreadable")


def _too_large(name: str, size: int, limit: int, *, at_least: bool = False) -> Doc:
    what = "over the limit" if at_least else f"{size:,} bytes, over the limit"
    return Doc(id=name, error=f"document is {what} of {limit:,} bytes", code="too-large")


# ---------------------------------------------------------------- JSON lines


def _read_jsonl(fh: Iterable[bytes], name: str, options: ReadOptions) -> Iterator[Doc]:
    number = 0
    try:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            yield _json_doc(line, f"{name}:{number}", options)
    except (OSError, EOFError, ValueError) as exc:  # a truncated or corrupt .gz
        yield Doc(id=f"{name}:{number + 1}", error=f"cannot read on: {exc}", code="unreadable")


def _json_doc(line: bytes, default_id: str, options: ReadOptions) -> Doc:
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return Doc(id=default_id, error=f"bad JSON: {exc}", code="bad-json")
    if not isinstance(obj, dict):
        return Doc(id=default_id, error=f"a JSON {type(obj).__name__}, not an object", code="bad-json")
    raw_id = obj.get(options.id_field) if options.id_field else None
    doc_id = default_id if raw_id is None or raw_id == "" else str(raw_id)
    raw_url = obj.get(options.url_field) if options.url_field else None
    url = raw_url if isinstance(raw_url, str) and raw_url else None
    text = obj.get(options.text_field) if options.text_field else None
    if isinstance(text, str):
        return Doc(id=doc_id, text=text, url=url)
    html = obj.get(options.html_field) if options.html_field else None
    if isinstance(html, str):
        return Doc(id=doc_id, html=html, url=url)
    fields = " or ".join(repr(f) for f in (options.text_field, options.html_field) if f)
    return Doc(id=doc_id, url=url, error=f"no string field {fields}", code="no-text")


# ---------------------------------------------------------------- WARC


def _warcio() -> Any:
    try:
        return importlib.import_module("warcio.archiveiterator")
    except ImportError:
        return None


def _content_type(value: str | None) -> tuple[str, str | None]:
    if not value:
        return "", None
    parts = [p.strip() for p in value.split(";")]
    charset = None
    for p in parts[1:]:
        key, _, val = p.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return parts[0].lower(), charset


def _read_warc(fh: IO[bytes], name: str, options: ReadOptions) -> Iterator[Doc]:
    module = _warcio()
    if module is None:
        yield Doc(
            id=name,
            error="reading WARC files needs warcio: pip install 'newscorpus[warc]'",
            code="missing-dependency",
        )
        return
    records = module.ArchiveIterator(fh, arc2warc=True)
    count = 0
    try:
        for record in records:
            count += 1
            doc = _warc_doc(record, f"{name}#{count}", options)
            if doc is not None:
                yield doc
    except Exception as exc:  # warcio raises its own and zlib's errors on a damaged file
        where = f"{name}#{count + 1}"
        yield Doc(id=where, error=f"cannot read the WARC on from record {count + 1}: {exc}", code="bad-warc")


def _warc_doc(record: Any, fallback_id: str, options: ReadOptions) -> Doc | None:
    """The document in one record; ``fallback_id`` (``FILE#N``, the N-th record) when it has no record id."""
    rec_type = record.rec_type
    if rec_type in _SKIPPED_RECORDS:
        return None
    headers = record.rec_headers
    doc_id = headers.get_header("WARC-Record-ID") or fallback_id
    url = headers.get_header("WARC-Target-URI") or None
    if rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if status and not status.startswith("2"):
            if options.skip_non_html:
                return None
            return Doc(id=doc_id, url=url, error=f"HTTP status {status}, not a page", code="not-html")
        mime, charset = _content_type(record.http_headers.get_header("Content-Type"))
    else:
        mime, charset = _content_type(headers.get_header("Content-Type"))
    limit = options.max_bytes
    stream = record.content_stream()
    payload = stream.read(limit + 1) if limit else stream.read()
    sniffed = mime in ("", "application/octet-stream") and looks_like_html(payload)
    if mime not in _HTML_TYPES and not sniffed:
        if options.skip_non_html:
            return None
        what = mime or (f"a {rec_type} record" if rec_type != "response" else "no content type")
        return Doc(id=doc_id, url=url, error=f"not HTML ({what})", code="not-html")
    if limit and len(payload) > limit:
        return _too_large(doc_id, len(payload), limit, at_least=True)
    return Doc(id=doc_id, html=payload, url=url, encoding=options.html_encoding or charset)
