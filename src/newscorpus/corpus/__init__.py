"""Corpus tools around :func:`newscorpus.parse`: readers, writers, the parallel runner and the CLI.

- :mod:`.readers`: files, directories, JSON lines, WARC and stdin as a lazy stream of :class:`Doc`.
- :mod:`.runner`: :func:`parse_many` (processes, time and size limits, input order) and
  :func:`parse_partition` (one partition, for Dask and Spark).
- :mod:`.writers`: rows, JSON lines (crash-safe, resumable), Parquet, summaries.
- :mod:`.cli`: the ``newscorpus`` command.

None of them reaches inside the parser: they call ``parse()`` (or ``parse_html()``) and nothing else.
"""

from __future__ import annotations

from .docs import Doc, ParseError
from .runner import parse_many, parse_partition

__all__ = ["Doc", "ParseError", "parse_many", "parse_partition"]
