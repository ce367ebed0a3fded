"""newscorpus: turn raw scraped news pages into clean, structured articles.

>>> import newscorpus
>>> page = "Big news today\\n\\nBy Jane Doe\\n\\nThe story starts here, and it goes on for a while."
>>> art = newscorpus.parse(page)
>>> art.headline, art.authors
('Big news today', ('Jane Doe',))
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES as _EXTENSION_SUFFIXES

from . import lines as _lines
from . import model as _model
from . import pipeline as _pipeline
from .corpus.runner import parse_many
from .html import parse_html
from .kinds.pullquotes import KERNEL as _KERNEL
from .model import Article, ParseWarning, Segment, SegmentKind, Span
from .pipeline import parse
from .site import SiteProfile

__all__ = [
    "Article",
    "ParseWarning",
    "Segment",
    "SegmentKind",
    "SiteProfile",
    "Span",
    "__version__",
    "compiled",
    "parse",
    "parse_html",
    "parse_many",
    "speedups",
]

__version__ = "0.1.0.dev0"

compiled: bool = (getattr(_pipeline, "__file__", None) or "").endswith(tuple(_EXTENSION_SUFFIXES))
"""True when the mypyc-compiled build is loaded (a wheel built with ``NEWSCORPUS_COMPILE=1``,
docs/speed.md), False for the pure-Python one. Both give the same results."""

speedups: bool = _KERNEL and _lines._KERNEL is not None and _model._SEGMENTS_KERNEL is not None
"""True when the C kernels run: ``newscorpus._speedups`` compares the lines' word trigrams for pull quotes
and builds an article's segments, ``newscorpus._splitlines`` splits the text into lines (built in the
compiled wheel, unless ``NEWSCORPUS_PURE=1`` was set at import); False when Python does. Both give the
same results."""
