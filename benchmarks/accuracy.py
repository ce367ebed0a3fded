"""Accuracy of newscorpus.parse() against gold folders (seeds, ../shared/dev, tests/fixtures/*).

    python benchmarks/accuracy.py                       # seeds + dev, Markdown tables
    python benchmarks/accuracy.py --generic             # source parsers switched off
    python benchmarks/accuracy.py --json                # machine-readable figures
    python benchmarks/accuracy.py --write docs/accuracy.md

Scores, per source and overall:
- fields: headline, summary, byline, authors, credit, author_roles, editors,
  published, updated, dateline (exact match, empty equals empty);
- lines: each gold-labelled line's segment kind ("ambiguous" accepts
  subheading or related);
- body ends: first and last body segment against body_first / body_last;
- body F1: token F1 of the body text against the gold body (from the gold
  line labels), macro-averaged over pages.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import importlib.util
import json
import pathlib
import re
import sys
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
# The newscorpus the running interpreter has installed (an editable install: this checkout; another venv's
# compiled wheel: that build), else this checkout's src/.
if importlib.util.find_spec("newscorpus") is None:
    sys.path.insert(0, str(ROOT / "src"))

import newscorpus  # noqa: E402
from newscorpus.model import FIELD_NAMES  # noqa: E402

FIELDS = FIELD_NAMES
ALSO_OK = {"ambiguous": {"subheading", "related"}}
BODY = {"paragraph", "subheading"}
_TOKEN = re.compile(r"\w+")


def plain(value: object) -> object:
    if value in (None, (), [], ""):
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def token_f1(got: str, want: str) -> float:
    g = collections.Counter(_TOKEN.findall(got.lower()))
    w = collections.Counter(_TOKEN.findall(want.lower()))
    if not g and not w:
        return 1.0
    common = sum((g & w).values())
    if not common:
        return 0.0
    p, r = common / sum(g.values()), common / sum(w.values())
    return 2 * p * r / (p + r)


def score_folder(folder: pathlib.Path, *, generic: bool) -> list[dict[str, Any]]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    rows = []
    for g in gold:
        text = (folder / g["file"]).read_text(encoding="utf-8")
        art = newscorpus.parse(text, source="generic" if generic else None)
        fields = {f: plain(getattr(art, f)) == plain(g.get(f)) for f in FIELDS}
        raw = text.split("\n")
        offsets, pos = [], 0
        for line in raw:
            offsets.append(pos + len(line) - len(line.lstrip()))
            pos += len(line) + 1
        lines_ok = lines_all = 0
        gold_body = []
        for number, kind in g["lines"].items():
            off = offsets[int(number) - 1]
            got = next((s.kind.value for s in art.segments if s.start <= off < s.end), None)
            lines_all += 1
            lines_ok += got == kind or got in ALSO_OK.get(kind, set())
            if kind in BODY:
                gold_body.append((int(number), " ".join(raw[int(number) - 1].split())))
        body = list(art.paragraphs)
        want_body = " ".join(t for _, t in sorted(gold_body))
        ends = []
        if "body_first" in g:
            norm = lambda s: " ".join((s or "").split())  # noqa: E731
            ends = [
                norm(body[0] if body else None) == norm(g.get("body_first")),
                norm(body[-1] if body else None) == norm(g.get("body_last")),
            ]
        rows.append(
            {
                "file": g["file"],
                "source": g.get("source") or "unknown",
                "fields": fields,
                "lines_ok": lines_ok,
                "lines_all": lines_all,
                "ends": ends,
                "body_f1": token_f1(" ".join(body), want_body),
                "recognised": art.source,
            }
        )
    return rows


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    f_ok = sum(sum(r["fields"].values()) for r in rows)
    f_all = sum(len(r["fields"]) for r in rows)
    per_field = {f: sum(r["fields"][f] for r in rows) / len(rows) for f in FIELDS} if rows else {}
    l_ok = sum(r["lines_ok"] for r in rows)
    l_all = sum(r["lines_all"] for r in rows)
    e_ok = sum(sum(r["ends"]) for r in rows)
    e_all = sum(len(r["ends"]) for r in rows)
    return {
        "pages": len(rows),
        "fields": f_ok / f_all if f_all else 1.0,
        "lines": l_ok / l_all if l_all else 1.0,
        "body_ends": e_ok / e_all if e_all else 1.0,
        "body_f1": sum(r["body_f1"] for r in rows) / len(rows) if rows else 1.0,
        "per_field": per_field,
    }


def measure(*, generic: bool = False) -> dict[str, Any]:
    """All figures: {folder: {"overall": ..., "sources": {source: ...}}}."""
    out: dict[str, Any] = {}
    folders = (
        ("seeds", ROOT / "seeds"),
        ("dev", ROOT.parent / "shared" / "dev"),
        ("fixtures", ROOT / "tests" / "fixtures" / "pages"),
        ("edge", ROOT / "tests" / "fixtures" / "edge"),
        ("blind", ROOT / "tests" / "fixtures" / "blind"),
        ("blind2", ROOT / "tests" / "fixtures" / "blind2"),
        ("blind3", ROOT / "tests" / "fixtures" / "blind3"),
        ("blind4", ROOT / "tests" / "fixtures" / "blind4"),
        ("blind5", ROOT / "tests" / "fixtures" / "blind5"),
        ("blind6", ROOT / "tests" / "fixtures" / "blind6"),
        ("blind7", ROOT / "tests" / "fixtures" / "blind7"),
        ("blind8", ROOT / "tests" / "fixtures" / "blind8"),
    )
    for name, folder in folders:
        if not (folder / "gold.json").exists():
            continue
        rows = score_folder(folder, generic=generic)
        by_source: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
        for r in rows:
            by_source[r["source"]].append(r)
        out[name] = {
            "overall": summarise(rows),
            "sources": {s: summarise(rs) for s, rs in sorted(by_source.items())},
        }
    return out


def pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def markdown(figures: dict[str, Any], title: str) -> str:
    out = [f"## {title}", ""]
    for name, data in figures.items():
        out += [
            f"### {name}",
            "",
            "| source | pages | fields | lines | body ends | body token F1 |",
            "|---|---|---|---|---|---|",
        ]
        for source, s in [*data["sources"].items(), ("**overall**", data["overall"])]:
            out.append(
                f"| {source} | {s['pages']} | {pct(s['fields'])} | {pct(s['lines'])} | "
                f"{pct(s['body_ends'])} | {s['body_f1']:.3f} |"
            )
        out += [
            "",
            "Per field (share of pages right): "
            + ", ".join(f"{f} {pct(v)}" for f, v in data["overall"]["per_field"].items()),
            "",
        ]
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--generic", action="store_true", help="switch source parsers off")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--write", type=pathlib.Path, help="write the Markdown report to this file")
    args = ap.parse_args()
    figures = measure(generic=args.generic)
    if args.json:
        print(json.dumps(figures, indent=1))
        return 0
    report = markdown(figures, "generic pipeline only" if args.generic else "with source parsers")
    print(report)
    if args.write:
        args.write.write_text(report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
