"""Pause Python's cyclic garbage collector while one long text is parsed.

A text of a million short lines makes two million small objects (a line
record and a segment per line), none of them garbage and none in a cycle;
the collector still walks them over and over as they pile up, which more
than doubled the time such a text takes. :func:`paused_gc` switches the
collector off for the duration of a parse of a long text and back on after
it, unless somebody else had switched it off. It is thread-safe: the
collector comes back on when the last parse that paused it ends. Reference
counting frees what the parse drops either way; nothing leaks.

The switch is process-wide (that is how Python's collector works): while a
long text is parsed, other threads run without cyclic collection too, and a
program that itself switches the collector off while such a parse runs in
another thread finds it on again when that parse ends. Programs that manage
the collector themselves should switch it off before parsing: then this
module leaves it alone.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["PAUSE_AT_CHARS", "paused_gc"]

#: Texts at least this long (in characters) are parsed with the collector paused; typical pages
#: (tens of kilobytes) make too few objects for it to matter.
PAUSE_AT_CHARS = 500_000

_lock = threading.Lock()
_holders = 0  # parses running with the collector paused by this module


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the block with the cyclic garbage collector off, if it was on (see the module docstring)."""
    global _holders
    with _lock:
        if _holders == 0 and not gc.isenabled():
            took = False  # off already, by the program: leave it alone
        else:
            took = True
            _holders += 1
            gc.disable()
    try:
        yield
    finally:
        if took:
            with _lock:
                _holders -= 1
                if _holders == 0:
                    gc.enable()
