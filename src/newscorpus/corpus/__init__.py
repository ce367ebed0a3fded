"""Corpus tools around :func:`newscorpus.parse`: readers, writers, the parallel runner and the CLI.

- :mod:`.readers`: files, directories, JSON lines, WARC and stdin as a lazy stream of :class:`Doc`.
- :mod:`.runner`: :func:`parse_many` (processes, time and size limits, input order) and
  :func:`parse_partition` (one partition, for Dask and Spark).
- :mod:`.learn`: site profiles learned from the corpus itself (docs/site.md): :func:`learn_many`,
  :func:`learn_partition` (for Dask and Spark) and :func:`merge_profiles`; :mod:`.profiles`
  loads a saved one (:func:`load_profile`) once per process.
- :mod:`.writers`: rows, JSON lines (crash-safe, resumable), Parquet, summaries.
- :mod:`.cli`: the ``newscorpus`` command.

None of them reaches inside the parser: they call ``parse()`` (or ``parse_html()``) and nothing else.
(:mod:`.learn` reads a page as those do, the same decoding, HTML rendering and source parser
choice, so that what it learns is keyed and split into lines as ``parse`` will look it up.)
"""

from __future__ import annotations

from .docs import Doc, ParseError
from .learn import learn_many, learn_partition, merge_profiles
from .profiles import load_profile
from .runner import parse_many, parse_partition

__all__ = [
    "Doc",
    "ParseError",
    "learn_many",
    "learn_partition",
    "load_profile",
    "merge_profiles",
    "parse_many",
    "parse_partition",
]
