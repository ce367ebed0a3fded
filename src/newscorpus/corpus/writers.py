"""Rows and where they go: JSON lines (crash-safe, resumable), Parquet, and a summary for people.

A row is ``{"id", "url", **Article.to_dict()}`` for an article and
``{"id", "url", "error", "error_code"}`` for a :class:`ParseError`; ``id`` is
always the first key. The ``*_payload`` functions turn a parse result into
what a writer takes; they run in the worker processes, so the parent only
writes.
"""

from __future__ import annotations

import importlib
import json
import os
import pathlib
import re
from typing import IO, Any

from ..model import Article
from .docs import Doc, ParseError

__all__ = [
    "JsonlWriter",
    "ParquetWriter",
    "done_ids",
    "json_payload",
    "row_payload",
    "summary_payload",
    "summary_text",
    "to_row",
]


def to_row(doc: Doc, result: Article | ParseError, *, segments: bool = False) -> dict[str, object]:
    """The JSON-ready row for one document (``segments=True`` adds the labelled segments with spans)."""
    if isinstance(result, ParseError):
        return {"id": doc.id, "url": doc.url, "error": result.error, "error_code": result.code}
    return {"id": doc.id, "url": doc.url, **result.to_dict(segments=segments)}


def _encode(row: dict[str, object]) -> bytes:
    # Lone surrogates (possible in str input) cannot be UTF-8: written as JSON \\u escapes instead.
    return (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")


def json_payload(doc: Doc, result: Article | ParseError, *, segments: bool = False) -> tuple[bool, bytes]:
    """``(ok, one JSON line as bytes)``."""
    return not isinstance(result, ParseError), _encode(to_row(doc, result, segments=segments))


def row_payload(
    doc: Doc, result: Article | ParseError, *, segments: bool = False
) -> tuple[bool, dict[str, object]]:
    """``(ok, row)``."""
    return not isinstance(result, ParseError), to_row(doc, result, segments=segments)


def summary_text(name: str, result: Article | ParseError) -> str:
    """A few readable lines: headline, authors and credit, dates, and the start of the body."""
    if isinstance(result, ParseError):
        return f"== {name}\n  error:     {result.error} [{result.code}]"
    art = result
    body = art.body_text.replace("\n\n", " ¶ ")
    preview = body[:160] + ("…" if len(body) > 160 else "")
    lines = [
        f"== {name}",
        f"  headline:  {art.headline}",
        f"  authors:   {', '.join(art.authors) or '-'}   credit: {art.credit or '-'}",
        f"  published: {art.published.isoformat() if art.published else '-'}"
        f"   updated: {art.updated.isoformat() if art.updated else '-'}",
        f"  body:      {len(art.body)} paragraphs: {preview}",
    ]
    return "\n".join(lines)


def summary_payload(doc: Doc, result: Article | ParseError) -> tuple[bool, str]:
    """``(ok, summary text)``."""
    return not isinstance(result, ParseError), summary_text(doc.id, result)


# ---------------------------------------------------------------- JSON lines


def done_ids(path: str | os.PathLike[str]) -> set[str]:
    """The ids of the rows already in a JSON lines file, for ``--resume``.

    A last line without its newline (the run was killed while writing it) is
    cut off the file, so the document is parsed again and written once.
    """
    p = pathlib.Path(path)
    if not p.exists():
        return set()
    ids: set[str] = set()
    decoder = json.JSONDecoder()
    with p.open("r+b") as fh:
        good = 0
        for line in fh:
            if not line.endswith(b"\n"):
                break
            good += len(line)
            doc_id = _row_id(line, decoder)
            if doc_id is not None:
                ids.add(doc_id)
        fh.truncate(good)
    return ids


def _row_id(line: bytes, decoder: json.JSONDecoder) -> str | None:
    text = line.decode("utf-8", "replace")
    prefix = '{"id": '
    try:
        if text.startswith(prefix):  # our own rows: read the id without decoding the article
            value, _ = decoder.raw_decode(text, len(prefix))
        else:
            value = json.loads(text).get("id")
    except (ValueError, AttributeError):
        return None
    return None if value is None else str(value)


class JsonlWriter:
    """One JSON line per row, each written with one ``write`` and flushed at once.

    Killed at any moment (``kill -9``), the file holds whole rows and at most
    one cut-off last line, which :func:`done_ids` removes on resume.
    """

    def __init__(self, target: str | os.PathLike[str] | IO[bytes], *, append: bool = False) -> None:
        if isinstance(target, (str, os.PathLike)):
            self._fh: IO[bytes] = open(target, "ab" if append else "wb", buffering=0)  # noqa: SIM115
            self._own = True
        else:
            self._fh = target
            self._own = False

    def write(self, line: bytes) -> None:
        self._fh.write(line)
        self._fh.flush()

    def close(self) -> None:
        if self._own:
            self._fh.close()


# ---------------------------------------------------------------- Parquet


def _arrow() -> Any:
    try:
        return importlib.import_module("pyarrow"), importlib.import_module("pyarrow.parquet")
    except ImportError:
        raise ImportError("writing Parquet needs pyarrow: pip install 'newscorpus[parquet]'") from None


def parquet_schema(*, segments: bool = False) -> Any:
    """The Arrow schema of the Parquet output (dates as ISO 8601 strings, as in the JSON rows)."""
    pa, _ = _arrow()
    s = pa.string()
    fields = [
        ("id", s),
        ("url", s),
        ("headline", s),
        ("summary", s),
        ("byline", s),
        ("authors", pa.list_(s)),
        ("credit", s),
        ("author_roles", pa.list_(s)),
        ("editors", pa.list_(s)),
        ("published", s),
        ("updated", s),
        ("dateline", s),
        ("source", s),
        ("body", pa.list_(s)),
        (
            "warnings",
            pa.list_(pa.struct([("code", s), ("message", s), ("span", pa.list_(pa.int64()))])),
        ),
    ]
    if segments:
        seg = pa.struct([("kind", s), ("start", pa.int64()), ("end", pa.int64()), ("reason", s)])
        fields.append(("segments", pa.list_(seg)))
    fields += [("error", s), ("error_code", s)]
    return pa.schema(fields)


class ParquetWriter:
    """Rows into a Parquet file, in row groups of ``batch`` rows.

    Written to ``OUT.partial`` and renamed to ``OUT`` when closed, so a
    killed run never leaves a truncated ``OUT`` behind (Parquet cannot be
    resumed: rerun it).
    """

    def __init__(self, path: str | os.PathLike[str], *, segments: bool = False, batch: int = 2000) -> None:
        pa, pq = _arrow()
        self._pa = pa
        self._path = pathlib.Path(path)
        self._partial = self._path.with_name(self._path.name + ".partial")
        self._schema = parquet_schema(segments=segments)
        self._writer = pq.ParquetWriter(str(self._partial), self._schema)
        self._rows: list[dict[str, object]] = []
        self._batch = batch

    def write(self, row: dict[str, object]) -> None:
        self._rows.append(row)
        if len(self._rows) >= self._batch:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            try:
                table = self._pa.Table.from_pylist(self._rows, schema=self._schema)
            except UnicodeEncodeError:  # lone surrogates (possible in str input) cannot be Arrow strings
                table = self._pa.Table.from_pylist([_scrub(r) for r in self._rows], schema=self._schema)
            self._writer.write_table(table)
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
        os.replace(self._partial, self._path)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _scrub(value: Any) -> Any:
    """``value`` with lone surrogates in its strings replaced by U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {k: _scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value
