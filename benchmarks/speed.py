"""Speed of newscorpus.parse() on plain text: is it linear, and how many pages a second?

    python benchmarks/speed.py            # prints a Markdown table
    python benchmarks/speed.py --write    # also writes docs/speed.md

Inputs are built from the bundled seeds (concatenated to 1, 2, 4, 8 MB; cut
into 1k, 10k and 100k lines) plus one 10 MB single line. Each figure is the
median of several runs after a warm-up run, in one process on one core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import platform
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import newscorpus  # noqa: E402

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def timed(text: str, runs: int) -> float:
    newscorpus.parse(text)
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        newscorpus.parse(text)
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


# The steps of parse(), as the pipeline module names them: (label, module attribute), in order.
STAGES = (
    ("split into lines", "split_lines"),
    ("choose the source parser", "choose_parser"),
    ("furniture (menus, captions, share rows...)", "_mark_furniture"),
    ("field lines (bylines, dates, editors)", "_mark_field_lines"),
    ("listing-page test", "_is_listing"),
    ("headline", "_choose_headline"),
    ("header zone (standfirst...)", "_header_zone"),
    ("pull quotes (`kinds.pullquotes.highlights`)", "highlights"),
    ("body and tail, without pull quotes", "_body_and_tail"),
    ("build the Article", "_build"),
)


def stage_costs(pages: list[str], rounds: int) -> list[tuple[str, float]]:
    """Microseconds a page in each step of parse(), timed by wrapping the pipeline's step functions.

    The wrappers add a fraction of a microsecond a call: the steps add up to a little more than a
    plain parse(). A name the pipeline no longer has is left out.
    """
    from newscorpus import pipeline

    spent: dict[str, float] = {}
    saved = {}
    for _, name in STAGES:
        func = getattr(pipeline, name, None)
        if func is None:
            continue
        saved[name] = func

        def timed_step(*args: object, _func=func, _name=name, **kwargs: object) -> object:  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            try:
                return _func(*args, **kwargs)
            finally:
                spent[_name] = spent.get(_name, 0.0) + time.perf_counter() - t0

        setattr(pipeline, name, timed_step)
    try:
        for p in pages:
            newscorpus.parse(p)
        spent.clear()
        for _ in range(rounds):
            for p in pages:
                newscorpus.parse(p)
    finally:
        for name, func in saved.items():
            setattr(pipeline, name, func)
    per_page = 1e6 / (rounds * len(pages))
    if "highlights" in spent and "_body_and_tail" in spent:
        spent["_body_and_tail"] -= spent["highlights"]  # highlights() runs inside the body step
    return [(label, spent[name] * per_page) for label, name in STAGES if name in spent]


def corpus_text() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--write", action="store_true", help="write docs/speed.md")
    args = ap.parse_args()
    base = corpus_text()
    out = [
        "# Speed",
        "",
        f"Measured {dt.date.today().isoformat()} with `python benchmarks/speed.py --write` on "
        f"{platform.machine()} / Python {platform.python_version()} "
        f"(one process, median of {args.runs} runs).",
        "",
        "## Pages per second (the five seeds, one at a time)",
        "",
    ]
    pages = [p.read_text(encoding="utf-8") for p in SEEDS]
    for p in pages:
        newscorpus.parse(p)
    rounds = 40
    t0 = time.perf_counter()
    for _ in range(rounds):
        for p in pages:
            newscorpus.parse(p)
    per_page = (time.perf_counter() - t0) / (rounds * len(pages))
    avg_kb = sum(len(p) for p in pages) / len(pages) / 1000
    out += [
        f"{1 / per_page:,.0f} pages/s (average page {avg_kb:.1f} kB, {per_page * 1000:.2f} ms a page)",
        "",
    ]
    out += [
        "## Where the time goes (µs a seed page, by step of `parse()`)",
        "",
        "| step | µs a page | share |",
        "|---|---|---|",
    ]
    costs = stage_costs(pages, rounds // 2)
    total = sum(cost for _, cost in costs)
    out += [f"| {label} | {cost:,.0f} | {cost / total:.0%} |" for label, cost in costs]
    out += [f"| all steps | {total:,.0f} | |", ""]
    out += ["## Input size (ms per MB should stay flat)", "", "| input | ms | ms per MB |", "|---|---|---|"]
    for mb in (1, 2, 4, 8):
        text = (base * (mb * 1_000_000 // len(base) + 1))[: mb * 1_000_000]
        sec = timed(text, args.runs)
        out.append(f"| {mb} MB of pages | {sec * 1000:,.0f} | {sec * 1000 / mb:,.0f} |")
    line = ("The quick brown fox jumps over the lazy dog. " * 230000)[:10_000_000]
    sec = timed(line, args.runs)
    out.append(f"| 10 MB single line | {sec * 1000:,.0f} | {sec * 100:,.0f} |")
    # The hardest shape: a dump of short lines (past 10,000 lines, only split and kept as paragraphs).
    stamps = "\n".join(f"March {1 + k % 28}, 2023 10:{k % 60:02d}" for k in range(600_000))[:10_000_000]
    sec = timed(stamps, args.runs)
    out.append(f"| 10 MB of short lines (a stamp a line) | {sec * 1000:,.0f} | {sec * 100:,.0f} |")
    out += [
        "",
        "## Lines (ms per 1,000 lines should stay flat)",
        "",
        "| lines | ms | ms per 1,000 lines |",
        "|---|---|---|",
    ]
    base_lines = [ln for ln in base.split("\n") if ln.strip()]
    for count in (1_000, 10_000, 100_000):
        text = "\n".join((base_lines * (count // len(base_lines) + 1))[:count])
        sec = timed(text, args.runs)
        out.append(f"| {count:,} | {sec * 1000:,.0f} | {sec * 1000 / (count / 1000):,.1f} |")
    goal = 2000
    rate = 1 / per_page
    out += [
        "",
        "## Making it faster without changing what it finds",
        "",
        f"The corpus tools aim at {goal:,} seed-size pages a second per core ([corpus.md](corpus.md)); "
        + ("this run meets it." if rate >= goal else f"this run reaches {rate / goal:.0%} of that."),
        "Speed work is checked with `python benchmarks/snapshot.py save` before and",
        "`python benchmarks/snapshot.py check` after the change: every field, segment kind,",
        "span, reason and warning on the seeds, the dev set, the three fixture sets, their CRLF,",
        "no-blank-line and NBSP variants and 3,000 generated mixes must stay the same.",
        "",
        "What is left is spread over every step (table above): each line of a page goes through",
        "a dozen small Python functions, each well under a microsecond. Tried and not kept,",
        "because they gained nothing measurable or cost more than they saved:",
        "",
        "- mypyc on the pipeline, kinds and fields (1.09 times as fast once the source parsers,",
        "  which subclass a base class mypyc would compile, stay interpreted);",
        "- garbage-collector thresholds, `gc.freeze()` in workers (on pages of normal size; a text",
        "  of 500,000 characters or more is parsed with the collector paused, `newscorpus.gcpause`,",
        "  which halves the time of a dump of short lines);",
        "- cheap pre-tests before the pull-quote trigram pass: the candidates' longest words",
        "  looked for in the other lines (they are nearly always there: news repeats its",
        "  vocabulary), and substring search of trigrams in a normalised copy of the page",
        "  (making that copy costs as much as splitting the page into words);",
        "- a fast path for long body paragraphs (the rules it skipped were already cheap).",
        "",
        "Pull quotes remain the largest step: on a page with many candidate lines (the China",
        "Daily seed: 30 candidates, 9 real pull quotes) every line's trigrams must be compared.",
        "Going much faster than this needs the per-line work in compiled code (a C or Rust",
        "extension for line features and trigrams, with this code as the fallback), which is",
        "a packaging decision (platform wheels) more than a coding one.",
    ]
    report = "\n".join(out) + "\n"
    print(report)
    if args.write:
        (ROOT / "docs" / "speed.md").write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
