"""HTML pages built from the plain-text seeds, generically from their lines (tests and benchmarks)."""

from __future__ import annotations

import sys

from tests.conftest import ROOT, load_gold, seed_text

sys.path.insert(0, str(ROOT / "benchmarks"))
import peers


def wrap_text(text: str, gold: dict[str, object]) -> str:
    """Simple HTML for a plain-text page: the benchmark's generic wrapper (benchmarks/peers.py), one place."""
    return peers.synthetic_html(text, gold)


def seed_pages() -> list[tuple[str, str, str]]:
    """(file name, seed text, wrapped HTML) for every seed."""
    out = []
    for g in load_gold():
        name = str(g["file"])
        text = seed_text(name)
        out.append((name, text, wrap_text(text, g)))
    return out
