"""The one place that orders the steps: text -> lines -> candidates -> choice -> Article."""

from __future__ import annotations

import datetime as dt

from .decode import as_text
from .lines import split_lines
from .model import Article, ParseWarning, Segment, SegmentKind, Span

__all__ = ["parse"]


def parse(
    text: str | bytes,
    *,
    url: str | None = None,
    source: str | None = None,
    now: dt.datetime | None = None,
) -> Article:
    """Parse the raw text of one scraped page into an :class:`Article`. Never raises on content."""
    data, warnings = as_text(text)
    lines = split_lines(data)
    segs = [
        Segment(SegmentKind.PARAGRAPH, Span(ln.start, ln.end), data[ln.start : ln.end], "prose")
        for ln in lines
    ]
    return Article(text=data, segments=segs, warnings=warnings)
