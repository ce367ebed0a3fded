"""HTML input: render the visible text like ``innerText``, read the markup's clues, reconcile.

- :func:`parse_html`: HTML in, :class:`~newscorpus.Article` out, through the text pipeline.
- :func:`render_html`: the rendered text alone (what ``Article.text`` holds).
- :func:`extract_evidence`: the markup's clues (JSON-LD, meta, ``<h1>``, ``<time>``, microdata).
"""

from __future__ import annotations

from .api import parse_html, render_html
from .evidence import Clue, Evidence, extract_evidence

__all__ = ["Clue", "Evidence", "extract_evidence", "parse_html", "render_html"]
