"""Accuracy gate (run by .ci/run): the figures of benchmarks/accuracy.py must not fall below their floors.

    python benchmarks/gate.py                  # check; exit 1 when a figure is below its floor
    python benchmarks/gate.py --update         # raise floors to the current figures (never lowers)
    python benchmarks/gate.py --update --allow-lower --reason "why"   # lower floors on purpose;
                                               # the reason is added to CHANGELOG.md under Unreleased

Floors live in benchmarks/baseline.json: the seeds must stay perfect (every
floor 1.0); the development set's overall figures are pinned. A folder that is
not present (../shared/dev outside the project's own CI) is skipped with a note.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import accuracy  # noqa: E402

BASELINE = HERE / "baseline.json"
CHANGELOG = HERE.parent / "CHANGELOG.md"
METRICS = ("fields", "lines", "body_ends", "body_f1")
SLACK = 1e-9


def current() -> dict[str, dict[str, float]]:
    figures = accuracy.measure()
    return {folder: {m: round(data["overall"][m], 6) for m in METRICS} for folder, data in figures.items()}


def check(figures: dict[str, dict[str, float]], floors: dict[str, dict[str, float]]) -> list[str]:
    """Failures: one line per figure below its floor (folders without figures are skipped)."""
    out = []
    for folder, wanted in floors.items():
        got = figures.get(folder)
        if got is None:
            continue
        for metric, floor in wanted.items():
            value = got.get(metric, 0.0)
            if value + SLACK < floor:
                out.append(f"{folder}.{metric}: {value:.4f} is below its floor {floor:.4f}")
    return out


def update(
    figures: dict[str, dict[str, float]], floors: dict[str, dict[str, float]], *, allow_lower: bool
) -> tuple[dict[str, dict[str, float]], list[str]]:
    """New floors and the list of floors that went down (only with allow_lower)."""
    new = {folder: dict(values) for folder, values in floors.items()}
    lowered = []
    for folder, values in figures.items():
        for metric, value in values.items():
            old = new.setdefault(folder, {}).get(metric)
            if old is None or value > old:
                new[folder][metric] = value
            elif value + SLACK < old and allow_lower:
                new[folder][metric] = value
                lowered.append(f"{folder}.{metric} {old:.4f} -> {value:.4f}")
    return new, lowered


def note_in_changelog(reason: str, lowered: list[str]) -> None:
    text = CHANGELOG.read_text(encoding="utf-8")
    entry = f"- Accuracy floors lowered ({', '.join(lowered)}): {reason}\n"
    marker = "## [Unreleased]\n"
    if marker not in text:
        raise SystemExit("CHANGELOG.md has no '## [Unreleased]' section")
    head, tail = text.split(marker, 1)
    CHANGELOG.write_text(head + marker + "\n### Changed\n\n" + entry + tail, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--baseline", type=pathlib.Path, default=BASELINE)
    ap.add_argument("--update", action="store_true", help="raise floors to the current figures")
    ap.add_argument("--allow-lower", action="store_true", help="with --update: lower floors too")
    ap.add_argument("--reason", default="", help="with --allow-lower: why (goes into CHANGELOG.md)")
    args = ap.parse_args(argv)
    floors = json.loads(args.baseline.read_text(encoding="utf-8")) if args.baseline.exists() else {}
    figures = current()
    for folder in floors:
        if folder not in figures:
            print(f"gate: {folder} not present here, skipped")
    if args.update:
        if args.allow_lower and not args.reason.strip():
            print("gate: --allow-lower needs --reason")
            return 2
        new, lowered = update(figures, floors, allow_lower=args.allow_lower)
        args.baseline.write_text(json.dumps(new, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        if lowered:
            note_in_changelog(args.reason.strip(), lowered)
        print(f"gate: floors written to {args.baseline}" + (f"; lowered: {lowered}" if lowered else ""))
        return 0
    failures = check(figures, floors)
    for folder, values in figures.items():
        print(f"gate: {folder}: " + ", ".join(f"{m} {v:.4f}" for m, v in values.items()))
    if failures:
        print("gate: FAILED\n  " + "\n  ".join(failures))
        return 1
    print("gate: every figure at or above its floor")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
