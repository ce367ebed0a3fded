"""Every decision of parse() on every page we have, as one JSON file: the safety net of speed work.

    python benchmarks/snapshot.py save  [FILE]   # record (default: .snapshot.json, not committed)
    python benchmarks/snapshot.py check [FILE]   # exit 1 and show the first differences if any output changed

A change meant to make the parser faster must not change what it finds.
The snapshot holds, for each page, every field and each segment's kind,
span and reason. Pages: the seeds, the dev set (when ``../shared/dev`` is
there), the two hand-labelled fixture sets, each of those with CRLF line
ends, without blank lines and with all text on a few long lines, and a few
thousand generated texts (fixed seed) mixing lines of the real pages.
"""

from __future__ import annotations

import importlib.util
import json
import pathlib
import random
import sys
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
# The newscorpus the running interpreter has installed (an editable install: this checkout; another venv's
# compiled wheel: that build), else this checkout's src/.
if importlib.util.find_spec("newscorpus") is None:
    sys.path.insert(0, str(ROOT / "src"))

import newscorpus  # noqa: E402

FOLDERS = [
    ROOT / "seeds",
    ROOT.parent / "shared" / "dev",
    ROOT / "tests/fixtures/pages",
    ROOT / "tests/fixtures/edge",
    ROOT / "tests/fixtures/blind",
    ROOT / "tests/fixtures/blind2",
    ROOT / "tests/fixtures/blind3",
    ROOT / "tests/fixtures/blind4",
    ROOT / "tests/fixtures/blind5",
    ROOT / "tests/fixtures/blind6",
    ROOT / "tests/fixtures/blind7",
    ROOT / "tests/fixtures/blind8",
]


def pages() -> dict[str, str]:
    out: dict[str, str] = {}
    for folder in FOLDERS:
        for path in sorted(p for p in folder.glob("*.txt") if p.name != "SCORE.txt"):
            text = path.read_text(encoding="utf-8")
            key = f"{folder.name}/{path.name}"
            out[key] = text
            out[key + "#crlf"] = text.replace("\n", "\r\n")
            out[key + "#noblank"] = "\n".join(ln for ln in text.splitlines() if ln.strip())
            out[key + "#nbsp"] = text.replace(" ", "\u00a0", 40)
    lines = sorted({ln for text in list(out.values()) for ln in text.splitlines() if ln.strip()})
    rng = random.Random(20261123)
    for n in range(3000):
        k = rng.choice((3, 8, 20, 40, 80))
        picked = [rng.choice(lines) for _ in range(k)]
        sep = rng.choice(("\n", "\n\n", "\n \n"))
        out[f"mix/{n}"] = sep.join(picked)
    return out


def describe(article: newscorpus.Article) -> dict[str, Any]:
    fields = {name: repr(getattr(article, name)) for name in newscorpus.model.FIELD_NAMES}
    fields["source"] = article.source
    fields["segments"] = [[s.kind.value, s.span.start, s.span.end, s.reason] for s in article.segments]
    fields["warnings"] = [[w.code, w.message] for w in article.warnings]
    return fields


def snapshot() -> dict[str, Any]:
    return {key: describe(newscorpus.parse(text)) for key, text in pages().items()}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("save", "check"):
        print(__doc__)
        return 2
    path = pathlib.Path(argv[1]) if len(argv) > 1 else ROOT / ".snapshot.json"
    now = snapshot()
    if argv[0] == "save":
        path.write_text(json.dumps(now, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"saved {len(now)} pages to {path}")
        return 0
    before = json.loads(path.read_text(encoding="utf-8"))
    changed = [key for key in before if before[key] != now.get(key)]
    for key in changed[:10]:
        old, new = before[key], now.get(key, {})
        for name in old:
            if old[name] != new.get(name):
                if name == "segments":
                    diffs = [(a, b) for a, b in zip(old[name], new[name], strict=False) if a != b][:3]
                    print(f"{key}: segments {diffs}")
                else:
                    print(f"{key}: {name} {old[name]!r} -> {new.get(name)!r}")
    print(f"{len(changed)} of {len(before)} pages changed")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
