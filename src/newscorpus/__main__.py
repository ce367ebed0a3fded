"""``python -m newscorpus``: the command line."""

from __future__ import annotations

from .corpus.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
