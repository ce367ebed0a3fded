"""Parse a crawl on a Dask cluster: a ``dask.bag`` of pages, or a text column of a ``dask.dataframe``.

Needs the ``dask`` extra (``pip install 'newscorpus[dask]'``). Both functions
are lazy: they return a new collection, and nothing runs until you
``.compute()``, ``.to_parquet()``... Every partition is parsed by
:func:`newscorpus.corpus.parse_partition`, the same function a Spark job hands
to ``mapPartitions``, so a cluster gives the rows ``newscorpus parse --json``
and :func:`newscorpus.parse_many` give.

Example (see docs/corpus.md for more)::

    import dask.bag as db
    from newscorpus.dask import parse_bag

    rows = parse_bag(db.from_sequence(pages, npartitions=8)).compute()
"""

from __future__ import annotations

import importlib
from collections.abc import Hashable
from typing import Any

from .corpus.runner import parse_partition

__all__ = ["parse_bag", "parse_frame", "row_columns"]


def _require(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(f"newscorpus.dask needs {module}: pip install 'newscorpus[dask]' ({exc})") from None


def row_columns(*, segments: bool = False) -> list[str]:
    """The columns of :func:`parse_frame`'s result, in order (the keys of a JSON row)."""
    columns = [
        "id",
        "url",
        "headline",
        "summary",
        "byline",
        "authors",
        "credit",
        "author_roles",
        "editors",
        "published",
        "updated",
        "dateline",
        "source",
        "body",
        "warnings",
    ]
    if segments:
        columns.append("segments")
    return [*columns, "error", "error_code"]


def parse_bag(
    bag: Any, *, segments: bool = False, timeout: float | None = None, max_bytes: int | None = None
) -> Any:
    """A bag of rows (dicts) from a bag of pages.

    Items are what :func:`newscorpus.parse_many` takes: ``str`` or ``bytes``
    pages, or dicts with ``text`` or ``html`` and ``id``, ``url``. Give each
    item an ``id``: a position restarts at 0 in every partition. A row is
    ``{"id", "url", **Article.to_dict()}`` or ``{"id", "url", "error", "error_code"}``.
    """
    _require("dask.bag")
    return bag.map_partitions(parse_partition, segments=segments, timeout=timeout, max_bytes=max_bytes)


def parse_frame(
    frame: Any,
    column: str = "text",
    *,
    html: bool = False,
    id_column: str | None = None,
    url_column: str | None = None,
    segments: bool = False,
    timeout: float | None = None,
    max_bytes: int | None = None,
) -> Any:
    """A dataframe of rows (the columns of :func:`row_columns`) from a text or HTML column.

    ``frame`` is a ``dask.dataframe.DataFrame`` (``column`` names the pages;
    ``html=True`` when they are HTML) or a ``Series`` of pages. The id of a
    row is ``id_column``'s value, else the frame's index; the result keeps the
    frame's index and partitions. Lists (``authors``, ``body``, ``warnings``)
    are Python objects; dates are ISO 8601 strings, as in the JSON rows.
    """
    pd = _require("pandas")
    _require("dask.dataframe")
    meta = pd.DataFrame({name: pd.Series([], dtype=object) for name in row_columns(segments=segments)})
    return frame.map_partitions(
        _parse_pandas,
        column=column,
        html=html,
        id_column=id_column,
        url_column=url_column,
        segments=segments,
        timeout=timeout,
        max_bytes=max_bytes,
        meta=meta,
    )


def _value(value: Any) -> Any:
    return value if isinstance(value, (str, bytes)) else None


def _parse_pandas(
    part: Any,
    *,
    column: str,
    html: bool,
    id_column: str | None,
    url_column: str | None,
    segments: bool,
    timeout: float | None,
    max_bytes: int | None,
) -> Any:
    """One pandas partition: build the items, run :func:`parse_partition`, and frame the rows."""
    pd = importlib.import_module("pandas")
    series = part if isinstance(part, pd.Series) else part[column]
    ids: list[Hashable] = list(part[id_column] if id_column is not None else part.index)
    urls = list(part[url_column]) if url_column is not None else [None] * len(part)
    key = "html" if html else "text"
    items = [
        {"id": str(i), key: _value(v), "url": u if isinstance(u, str) else None}
        for i, v, u in zip(ids, series, urls, strict=True)
    ]
    rows = parse_partition(items, segments=segments, timeout=timeout, max_bytes=max_bytes)
    names = row_columns(segments=segments)
    data = {
        name: pd.Series([row.get(name) for row in rows], index=part.index, dtype=object) for name in names
    }
    return pd.DataFrame(data, index=part.index)
