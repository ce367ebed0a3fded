"""Speed of newscorpus.parse() on plain text: is it linear, and how many pages a second?

    python benchmarks/speed.py            # prints a Markdown table
    python benchmarks/speed.py --write    # also writes docs/speed.md
    python benchmarks/speed.py --python .venv-compiled/bin/python   # also the pages a second of the
                                          # build that interpreter has installed (the compiled wheel)

Inputs are built from the bundled seeds (concatenated to 1, 2, 4, 8 MB; cut
into 1k, 10k and 100k lines) plus one 10 MB single line. Each figure is the
median of several runs after a warm-up run, in one process on one core.
The build measured is the one the running interpreter has installed (this
checkout's src/ when it has none); ``--python`` runs the pages-a-second
measurement again under another interpreter, in a process of its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import pathlib
import platform
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
# The newscorpus the running interpreter has installed (an editable install: this checkout; another venv's
# compiled wheel: that build), else this checkout's src/.
if importlib.util.find_spec("newscorpus") is None:
    sys.path.insert(0, str(ROOT / "src"))

import newscorpus  # noqa: E402

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
ROUNDS = 40  # rounds over the five seeds for the pages-a-second figure

# Instructions per seed page, pure and compiled (docs/speed.md, "The compiled build"): measured with
# callgrind, `PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null python SCRIPT N`
# where SCRIPT parses the five seeds once, then N more times; a page is (I(10) - I(0)) / 50. "compiled" is
# the compiled wheel run with NEWSCORPUS_PURE=1 (its C kernels left out), "kernel" the same wheel as it
# comes. Unlike wall-clock time, the counts hardly depend on what else the machine is doing (two runs
# differ by some 0.3%): rerun by hand after changing the compiled modules or the C kernels.
CALLGRIND = {
    "measured": "2026-11-24 (session 10), x86_64, Python 3.11.7, mypy 2.4.1",
    "pure": 8_904_195,
    "compiled": 6_055_105,
    "kernel": 3_142_216,
}
# Pages a second over the five seeds under the same three builds, for scale: throughput.py's parse() loop
# (4,000 seed pages, best of three runs after a warm-up), on the same shared two-vCPU machine.
WALL_CLOCK = {"pure": 828, "compiled": 1_210, "kernel": 2_052}


def build_name() -> str:
    """The build of the newscorpus loaded here, as the tables name it (throughput.py uses it too)."""
    if getattr(newscorpus, "compiled", False):
        return (
            "compiled (mypyc and C kernels)" if getattr(newscorpus, "speedups", False) else "compiled (mypyc)"
        )
    return "pure Python"


def page_seconds(pages: list[str], rounds: int = ROUNDS) -> float:
    """Seconds a page, parsing the seeds one at a time ``rounds`` times after a warm-up round."""
    for p in pages:
        newscorpus.parse(p)
    t0 = time.perf_counter()
    for _ in range(rounds):
        for p in pages:
            newscorpus.parse(p)
    return (time.perf_counter() - t0) / (rounds * len(pages))


def rate_under(python: str) -> tuple[str, str, float]:
    """The pages-a-second measurement run under another interpreter: (build, interpreter, seconds a page)."""
    done = subprocess.run(
        [python, str(pathlib.Path(__file__).resolve()), "--rate-only"],
        check=True,
        capture_output=True,
        text=True,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return str(found["build"]), f"`{found['python']}`", float(found["seconds"])


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


def compiled_section() -> list[str]:
    """The section on the optional compiled build (its figures: ``CALLGRIND`` and ``WALL_CLOCK``)."""
    pure, comp, kernel = CALLGRIND["pure"], CALLGRIND["compiled"], CALLGRIND["kernel"]
    assert isinstance(pure, int) and isinstance(comp, int) and isinstance(kernel, int)
    return [
        "## The compiled build",
        "",
        "`pip install newscorpus`, `pip install .` and `pip install -e .` give the pure-Python package.",
        "An optional wheel compiles the modules every page goes through (`pipeline`, `lines`,",
        "`kinds`, `fields` and `sources.index`) with [mypyc](https://mypyc.readthedocs.io/), as",
        "black's wheels are built, and adds two hand-written C extensions: `newscorpus._speedups`,",
        "with the pull-quote comparison of word trigrams and the lower-cased bytes of the lines it",
        "reads (`kinds.pullquotes`), which mypyc cannot speed up, being C-level set and string",
        "operations already, the builder of an article's segments (`model.build_segments`: the",
        "pipeline's, and each article's that the parent of a parallel run unpickles) and their packer",
        "for pickling (`Article.__reduce__`, in the worker), and `newscorpus._splitlines`, the loop that",
        "splits the text into lines and computes their features (`lines.split_lines`). The wheel",
        "still ships every `.py` file, and the pure code stays the fallback and the reference: tests",
        "compare each kernel with it on random inputs (hypothesis) and on every seed and fixture",
        "page. The results are the same:",
        "CI runs the whole test suite against the installed compiled wheel, and",
        "`benchmarks/snapshot.py check` run under it finds no page changed from a snapshot saved",
        "under the pure build. `newscorpus.compiled` and `newscorpus.speedups` (and `newscorpus",
        "--version`) tell which build is loaded; `NEWSCORPUS_PURE=1` in the environment leaves the",
        "C kernels out.",
        "",
        "```bash",
        "NEWSCORPUS_COMPILE=1 pip wheel . --no-deps -w dist   # needs a C compiler; 1 to 2 minutes",
        "pip install dist/newscorpus-*-cp3*.whl",
        'python -c "import newscorpus; print(newscorpus.compiled, newscorpus.speedups)"   # True True',
        "python benchmarks/speed.py --python /path/to/venv/bin/python   # pages a second of both builds",
        "```",
        "",
        "Instructions per seed page, counted by callgrind (`valgrind --tool=callgrind`: the five seeds",
        "parsed ten more times after a first round, the difference over 50 pages, `PYTHONHASHSEED=0`;",
        f"{CALLGRIND['measured']}). On a shared machine wall-clock times vary more than the",
        "difference between the builds; two callgrind runs differ by some 0.3%. For scale, pages a",
        "second over the seeds (the best of five timings of 100 pages, same machine):",
        "",
        "| build | instructions a page | | pages a second |",
        "|---|---|---|---|",
        f"| pure Python | {pure / 1e6:.2f} M | | {WALL_CLOCK['pure']:,} |",
        f"| compiled, `NEWSCORPUS_PURE=1` (mypyc only) | {comp / 1e6:.2f} M | {pure / comp:.2f} times fewer"
        f" | {WALL_CLOCK['compiled']:,} |",
        f"| compiled (mypyc and the C kernels) | {kernel / 1e6:.2f} M | {pure / kernel:.2f} times fewer"
        f" | {WALL_CLOCK['kernel']:,} |",
        "",
        "Most of what is left is C in both builds: regular expressions, `str` and `bytes` methods,",
        "set and dict operations. The pull-quote trigram pass was some 40% of the instructions of",
        "the build compiled with mypyc alone; with the C kernels, `highlights()` takes some 0.3 M",
        "instructions a page: 0.2 M comparing the trigrams (each candidate line tokenised once, words",
        "hashed as they are read), the rest making the lower-case bytes they read (in C for the lines",
        "of Latin-1 letters and wide punctuation; `str.lower()` is asked only for the others). A fifth",
        "kernel, `any_token_in`, tells the menu rules whether a line holds a language or social-network",
        "name as a token without making a `str` of every token (0.13 M fewer a page). The compiled",
        "pipeline reads segment kinds off a plain object, not the `SegmentKind` class: a member read",
        "off an `Enum` class goes through `EnumType.__getattr__` (0.2 M fewer); it asks a line's",
        "features through functions (`lines.line_is_prose()`...), not the `Line` properties (a property",
        "read from compiled code is an attribute lookup and a call through Python: 0.05 M fewer).",
        "The line-splitting kernel builds",
        "every printable, singly spaced line itself, whatever its alphabet (0.28 M instructions a page",
        "instead of 0.97 M pure; the Python path, some 0.06 M, is left the lines with a tab, a no-break",
        "or zero-width space, a double space, or over 4,000 characters).",
        "The segment builder makes a page's 40-odd segments in some 12 µs instead of 54 µs, and",
        "leaves them (and their spans) off the cyclic garbage collector, as CPython does with a tuple",
        "of strings: they can be in no cycle, and a program that keeps many articles, or the parent",
        "of a parallel run, no longer has the collector walk them (0.23 M fewer instructions a page).",
        "A segment whose line's normalised text is its very slice takes that string (compared in",
        "place, 256 characters at a time, without a branch a character) instead of a new copy.",
        "The compiled modules' constants are `Final`, which mypyc reads from C",
        "variables instead of the module's dictionary (2.5% fewer instructions compiled, none saved or",
        "lost pure). Left interpreted: the source parsers and their base class (plugins",
        "subclass it, and Python code cannot subclass a mypyc class), `model` (not tried: its attrs",
        "classes are pickled, and their segments built by the kernel), `sources.registry` and `decode`",
        "(compiled, they saved nothing measurable), the corpus tools, `html`, `site` and `dask`.",
        "",
        "What differs: a compiled function checks the types of its arguments at the call. Called",
        "with a type its annotations exclude (`split_lines(42)`, `parse(text, url=42)`), it raises",
        "`TypeError` at once, where the pure code may go on or fail further in. `parse()` itself",
        "takes any `text` and `date_order` and answers a wrong one as the pure build does (the",
        "`TypeError` for what is not `str` or `bytes`, the `ValueError` for a `date_order` that is",
        "not one). Replacing a function of a compiled module at run time (`newscorpus.pipeline.X =",
        "...`) does not change what the compiled code calls.",
        "",
    ]


def corpus_text() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--write", action="store_true", help="write docs/speed.md")
    ap.add_argument(
        "--python",
        action="append",
        default=[],
        metavar="PATH",
        help="also measure pages a second under this interpreter, with the newscorpus it has installed "
        "(say a venv with the compiled wheel); may be repeated",
    )
    ap.add_argument("--rate-only", action="store_true", help=argparse.SUPPRESS)  # what --python runs
    args = ap.parse_args()
    compiled = bool(getattr(newscorpus, "compiled", False))
    pages = [p.read_text(encoding="utf-8") for p in SEEDS]
    if args.rate_only:
        found = {"python": sys.executable, "build": build_name(), "seconds": page_seconds(pages)}
        print(json.dumps(found))
        return 0
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
    rounds = ROUNDS
    per_page = page_seconds(pages, rounds)
    avg_kb = sum(len(p) for p in pages) / len(pages) / 1000
    out += [
        f"{1 / per_page:,.0f} pages/s (average page {avg_kb:.1f} kB, {per_page * 1000:.2f} ms a page)"
        + (f", {build_name()}" if compiled or args.python else ""),
        "",
    ]
    others = [rate_under(python) for python in args.python]
    if others:
        out += ["| build | interpreter | pages/s | ms a page |", "|---|---|---|---|"]
        for name, python, seconds in [(build_name(), "this one", per_page), *others]:
            out.append(f"| {name} | {python} | {1 / seconds:,.0f} | {seconds * 1000:.2f} |")
        out.append("")
    out += ["## Where the time goes (µs a seed page, by step of `parse()`)", ""]
    if compiled:
        # The compiled pipeline calls its steps directly, not through the module attributes wrapped here.
        out += ["Not measured: this is the compiled build; run under the pure one to time the steps.", ""]
    else:
        out += ["| step | µs a page | share |", "|---|---|---|"]
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
    out += ["", *compiled_section()]
    out += [
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
        "a dozen small Python functions, each well under a microsecond (the compiled build, above,",
        "takes out the interpreter's share of that). Tried and not kept, because they gained",
        "nothing measurable or cost more than they saved:",
        "",
        "- garbage-collector thresholds, `gc.freeze()` in workers (on pages of normal size; a text",
        "  of 500,000 characters or more is parsed with the collector paused, `newscorpus.gcpause`,",
        "  which halves the time of a dump of short lines);",
        "- cheap pre-tests before the pull-quote trigram pass: the candidates' longest words",
        "  looked for in the other lines (they are nearly always there: news repeats its",
        "  vocabulary), and substring search of trigrams in a normalised copy of the page",
        "  (making that copy costs as much as splitting the page into words);",
        "- a fast path for long body paragraphs (the rules it skipped were already cheap);",
        "- an exact pre-test for pages with few pull-quote candidates: a candidate whose words",
        "  the other lines lack cannot be repeated, found by one substring search a word instead of",
        "  splitting the page (the searches cost as much as the split: 1 to 2 µs a word);",
        "- Python 3.12 and 3.13 instead of 3.11 (the same speed, within the noise).",
        "",
        "Pull quotes remain the largest step of the pure build: on a page with many candidate lines",
        "(the China Daily seed: 30 candidates, 9 real pull quotes) every line's trigrams must be",
        "compared. The compiled build does that comparison, and the splitting into lines, in C",
        "kernels (above), with this code as the fallback. What the compiled build has left is",
        "spread over every step: choosing the source (regular expressions over the page's edges,",
        "some 10%), building the Article (some 10%, in the interpreted `model`), the furniture and",
        "field rules. Going further means more per-line rules in C, or fewer rules run a line.",
    ]
    report = "\n".join(out) + "\n"
    print(report)
    if args.write:
        (ROOT / "docs" / "speed.md").write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
