"""Parse a crawl on a Dask cluster: a ``dask.bag`` of pages, or a text column of a ``dask.dataframe``.

:func:`learn_bag` and :func:`learn_frame` learn the crawl's site profiles
(docs/site.md) first: one :class:`~newscorpus.site.SiteProfiles` per
partition (:func:`newscorpus.corpus.learn_partition`), merged in a tree;
``parse_bag(..., profile=...)`` and ``parse_frame(..., profile=...)`` then
relabel each site's repeated lines.

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

import functools
import importlib
from collections.abc import Hashable
from typing import Any

from .corpus.learn import learn_partition, merge_profiles
from .corpus.profiles import ProfileArg
from .corpus.runner import parse_partition
from .fields.dates import DateOrder, check_date_order
from .model import FIELD_NAMES
from .site import SiteProfile, SiteProfiles

__all__ = ["learn_bag", "learn_frame", "parse_bag", "parse_frame", "row_columns"]

#: Partial results merged at once in the tree (as ``split_every`` in Dask reductions).
SPLIT_EVERY = 8


def _require(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(f"newscorpus.dask needs {module}: pip install 'newscorpus[dask]' ({exc})") from None


def row_columns(*, segments: bool = False) -> list[str]:
    """The columns of :func:`parse_frame`'s result, in order (the keys of a JSON row).

    >>> row_columns()[:3], row_columns()[-2:], "segments" in row_columns(segments=True)
    (['id', 'url', 'headline'], ['error', 'error_code'], True)
    """
    columns = [
        "id",
        "url",
        *FIELD_NAMES,
        "source",
        "body",
        "warnings",
    ]
    if segments:
        columns.append("segments")
    return [*columns, "error", "error_code"]


def _shared(profile: ProfileArg) -> Any:
    """A profile object as one Dask key (sent to each worker once, not with every task); a path as
    it is (each worker process reads the file once)."""
    if isinstance(profile, (SiteProfile, SiteProfiles)):
        dask = _require("dask")
        return dask.delayed(profile, pure=True, traverse=False)
    return profile


def parse_bag(
    bag: Any,
    *,
    segments: bool = False,
    timeout: float | None = None,
    max_bytes: int | None = None,
    profile: ProfileArg = None,
    date_order: DateOrder | None = None,
) -> Any:
    """A bag of rows (dicts) from a bag of pages.

    Items are what :func:`newscorpus.parse_many` takes: ``str`` or ``bytes``
    pages, or dicts with ``text`` or ``html`` and ``id``, ``url``. Give each
    item an ``id``: a position restarts at 0 in every partition. A row is
    ``{"id", "url", **Article.to_dict()}`` or ``{"id", "url", "error", "error_code"}``.

    ``profile`` (a :class:`~newscorpus.site.SiteProfiles` from :func:`learn_bag`,
    or the path of a saved one on storage every worker reads) relabels each
    site's repeated lines; an object is sent to each worker once.
    ``date_order`` (``"DMY"``, ``"MDY"``) is how numeric dates are read, as for
    :func:`newscorpus.parse`.

    >>> import dask.bag as db
    >>> text = "Story {} of the day\\n\\nBy Jane Doe\\n\\nThe story."
    >>> pages = [{"id": f"p{n}", "text": text.format(n)} for n in range(4)]
    >>> rows = parse_bag(db.from_sequence(pages, npartitions=2)).compute(scheduler="sync")
    >>> [(row["id"], row["headline"], row["authors"]) for row in rows][:2]
    [('p0', 'Story 0 of the day', ['Jane Doe']), ('p1', 'Story 1 of the day', ['Jane Doe'])]
    """
    _require("dask.bag")
    check_date_order(date_order)
    return bag.map_partitions(
        parse_partition,
        segments=segments,
        timeout=timeout,
        max_bytes=max_bytes,
        profile=_shared(profile),
        date_order=date_order,
    )


def learn_bag(
    bag: Any,
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
    split_every: int | None = None,
    compute: bool = True,
) -> Any:
    """Learn a bag of pages' site profiles: one collection per partition
    (:func:`newscorpus.corpus.learn_partition`), merged in a tree of ``split_every``
    (default 8) in partition order.

    Returns the :class:`~newscorpus.site.SiteProfiles` (computed on the current
    scheduler), or with ``compute=False`` a lazy Dask ``Item`` of it. Items are
    what :func:`parse_bag` takes; give them a ``url`` so pages are keyed by site.
    While the profiles' tables fit (``capacity`` lines per site), the result
    equals learning every page in one process.

    >>> import dask, dask.bag as db
    >>> pages = [{"url": f"https://example.com/{c}", "text": f"Menu\\nStory {c}."} for c in "abcdef"]
    >>> with dask.config.set(scheduler="sync"):
    ...     profiles = learn_bag(db.from_sequence(pages, npartitions=3))
    >>> profiles["example.com"].pages, profiles["example.com"].share("menu")
    (6, 1.0)
    """
    _require("dask.bag")
    result = bag.reduction(
        functools.partial(learn_partition, timeout=timeout, max_bytes=max_bytes),
        merge_profiles,
        split_every=split_every or SPLIT_EVERY,
        name="newscorpus-learn",
    )
    return result.compute() if compute else result


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
    profile: ProfileArg = None,
    date_order: DateOrder | None = None,
) -> Any:
    """A dataframe of rows (the columns of :func:`row_columns`) from a text or HTML column.

    ``frame`` is a ``dask.dataframe.DataFrame`` (``column`` names the pages;
    ``html=True`` when they are HTML) or a ``Series`` of pages. The id of a
    row is ``id_column``'s value, else the frame's index; the result keeps the
    frame's index and partitions. Lists (``authors``, ``body``, ``warnings``)
    are Python objects; dates are ISO 8601 strings, as in the JSON rows.
    ``profile`` is as for :func:`parse_bag` (learn it with :func:`learn_frame`), and ``date_order``.

    >>> import dask.dataframe as dd, pandas as pd
    >>> text = "Big news today\\n\\nBy Jane Doe\\n\\nThe story."
    >>> pages = dd.from_pandas(pd.DataFrame({"doc": ["a", "b"], "text": [text, None]}), npartitions=1)
    >>> rows = parse_frame(pages, "text", id_column="doc").compute(scheduler="sync")
    >>> rows[["id", "headline", "error_code"]].values.tolist()
    [['a', 'Big news today', None], ['b', None, 'no-text']]
    """
    pd = _require("pandas")
    _require("dask.dataframe")
    check_date_order(date_order)
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
        profile=_shared(profile),
        date_order=date_order,
        meta=meta,
    )


def learn_frame(
    frame: Any,
    column: str = "text",
    *,
    html: bool = False,
    url_column: str | None = None,
    timeout: float | None = None,
    max_bytes: int | None = None,
    split_every: int | None = None,
    compute: bool = True,
) -> Any:
    """Learn the site profiles of a text or HTML column (as :func:`parse_frame` reads it): one
    collection per partition, merged in a tree in partition order.

    Returns the :class:`~newscorpus.site.SiteProfiles`, or with ``compute=False``
    a ``Delayed`` of it. Give ``url_column`` so pages are keyed by site.
    """
    dask = _require("dask")
    _require("dask.dataframe")
    learn = dask.delayed(_learn_pandas, pure=True)
    parts = [
        learn(part, column=column, html=html, url_column=url_column, timeout=timeout, max_bytes=max_bytes)
        for part in frame.to_delayed()
    ]
    merge = dask.delayed(merge_profiles, pure=True)
    every = max(2, split_every or SPLIT_EVERY)
    while len(parts) > 1:
        parts = [merge(parts[i : i + every]) for i in range(0, len(parts), every)]
    result = parts[0] if parts else dask.delayed(SiteProfiles)()
    return result.compute() if compute else result


def _value(value: Any) -> Any:
    return value if isinstance(value, (str, bytes)) else None


def _items(part: Any, column: str, html: bool, id_column: str | None, url_column: str | None) -> list[Any]:
    pd = importlib.import_module("pandas")
    series = part if isinstance(part, pd.Series) else part[column]
    ids: list[Hashable] = list(part[id_column] if id_column is not None else part.index)
    urls = list(part[url_column]) if url_column is not None else [None] * len(part)
    key = "html" if html else "text"
    return [
        {"id": str(i), key: _value(v), "url": u if isinstance(u, str) else None}
        for i, v, u in zip(ids, series, urls, strict=True)
    ]


def _learn_pandas(
    part: Any,
    *,
    column: str,
    html: bool,
    url_column: str | None,
    timeout: float | None,
    max_bytes: int | None,
) -> SiteProfiles:
    """One pandas partition's site profiles."""
    return learn_partition(_items(part, column, html, None, url_column), timeout=timeout, max_bytes=max_bytes)


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
    profile: ProfileArg = None,
    date_order: DateOrder | None = None,
) -> Any:
    """One pandas partition: build the items, run :func:`parse_partition`, and frame the rows."""
    pd = importlib.import_module("pandas")
    items = _items(part, column, html, id_column, url_column)
    rows = parse_partition(
        items, segments=segments, timeout=timeout, max_bytes=max_bytes, profile=profile, date_order=date_order
    )
    names = row_columns(segments=segments)
    data = {
        name: pd.Series([row.get(name) for row in rows], index=part.index, dtype=object) for name in names
    }
    return pd.DataFrame(data, index=part.index)
