"""Corpus throughput: documents and MB per second, on one core and on all, in Python, the CLI and Dask.

    python benchmarks/throughput.py              # prints a Markdown table
    python benchmarks/throughput.py --write      # also writes it into docs/corpus.md
    python benchmarks/throughput.py --python .venv-compiled/bin/python   # + the text rows under the build
                                                 # that interpreter has installed (the compiled wheel)

Inputs are the five bundled seed pages (about 10 KB of text each), repeated
to ``--docs`` documents (2.5 times as many for the command line, whose
start-up would weigh on a short run); HTML inputs are the same pages as simple HTML
(a head, a menu, one ``<p>`` a line). Each figure is the best of
``--repeat`` runs (default 3) after a warm-up: other work on the machine only
slows a run down. ``parse()`` in a loop is the ceiling for one core; the rest adds
the runner (chunks, processes, order), the CLI (reading JSON lines, writing
rows) or Dask (a ``LocalCluster`` of single-threaded worker processes).
The build measured is the one the running interpreter has installed (this
checkout's src/ when it has none); ``--python`` measures the ``parse()``,
``parse_many()`` and command-line rows again under another interpreter, in a
process of its own. Under the table, what all cores give over one, row by row.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import html
import importlib.util
import json
import pathlib
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable

ROOT = pathlib.Path(__file__).resolve().parent.parent
# The newscorpus the running interpreter has installed (an editable install: this checkout; another venv's
# compiled wheel: that build), else this checkout's src/.
if importlib.util.find_spec("newscorpus") is None:
    sys.path.insert(0, str(ROOT / "src"))

from speed import build_name  # noqa: E402  (benchmarks/ is the script's own folder, first on sys.path)

import newscorpus  # noqa: E402
from newscorpus.corpus.runner import cpu_count, parse_html_function  # noqa: E402

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
DOC = ROOT / "docs" / "corpus.md"
START, END = "<!-- throughput:start -->", "<!-- throughput:end -->"


def as_html(text: str) -> str:
    lines = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Page</title>"
        "<script>var a = 1;</script><style>p {margin: 0}</style></head>"
        f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><main>{lines}</main></body></html>"
    )


REPEAT = 3


def timed(fn: Callable[[], object]) -> float:
    """The best of ``REPEAT`` runs (other work on the machine only ever slows a run down)."""
    best = float("inf")
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def drain(results: Iterable[object]) -> None:
    """Consume ``results``, keeping none."""
    collections.deque(results, maxlen=0)


def row(label: str, cores: str, docs: int, megabytes: float, seconds: float) -> str:
    return f"| {label} | {cores} | {docs / seconds:,.0f} | {megabytes / seconds:,.2f} | {seconds:,.2f} |"


def run_cli(path: pathlib.Path, jobs: int) -> float:
    out = path.with_suffix(f".out{jobs}.jsonl")
    cmd = [sys.executable, "-m", "newscorpus", "parse", str(path), "-o", str(out), "-j", str(jobs), "-q"]
    return timed(lambda: subprocess.run(cmd, check=True))


def dask_rows(items: list[dict[str, object]], workers: list[int]) -> list[tuple[int, float]]:
    import dask.bag as db
    from distributed import Client, LocalCluster

    from newscorpus.dask import parse_bag

    out = []
    for n in workers:
        with (
            LocalCluster(
                n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster),
        ):
            parse_bag(db.from_sequence(items[: 4 * n], npartitions=n)).compute()  # warm-up: imports
            bag = db.from_sequence(items, npartitions=8 * n)
            out.append((n, timed(lambda bag=bag: parse_bag(bag).compute())))
    return out


def text_rows(texts: list[str], cores: int) -> list[tuple[str, int, float]]:
    """(what, cores, seconds) of ``parse()`` in a loop and ``parse_many()`` on one core and on all."""
    for t in texts[:20]:
        newscorpus.parse(t)
    # Each result is dropped once made, as a run that writes its rows out does (a list of them all would
    # time the garbage collector walking a heap that grows with the run).
    out = [("text: `parse()` in a loop (the ceiling)", 1, timed(lambda: drain(map(newscorpus.parse, texts))))]
    for jobs in sorted({1, cores}):
        seconds = timed(lambda jobs=jobs: drain(newscorpus.parse_many(texts, jobs=jobs)))
        out.append(("text: `parse_many()`", jobs, seconds))
    return out


#: The command line reads CLI_FACTOR times the pages of the other rows: its start-up (imports, starting
#: the workers) would weigh too much on a run of a second or two.
CLI_FACTOR = 2.5


def cli_rows(texts: list[str], cores: int) -> list[tuple[str, int, float]]:
    """(what, cores, seconds) of the command line over a JSON-lines file of ``texts`` repeated to
    :data:`CLI_FACTOR` times as many: one core and all."""
    out = []
    pages = [texts[i % len(texts)] for i in range(round(len(texts) * CLI_FACTOR))]
    what = f"text: `newscorpus parse x.jsonl -o y.jsonl` ({len(pages):,} pages, with start-up)"
    with tempfile.TemporaryDirectory() as tmp:
        src = pathlib.Path(tmp, "pages.jsonl")
        with src.open("w", encoding="utf-8") as fh:
            for i, t in enumerate(pages):
                fh.write(json.dumps({"id": f"d{i}", "text": t}) + "\n")
        for jobs in sorted({1, cores}):
            out.append((what, jobs, run_cli(src, jobs)))
    return out


def scaling(rows: list[tuple[str, int, float]], cores: int) -> list[str]:
    """What ``cores`` workers give over one, for each row measured on both."""
    one = {what: seconds for what, jobs, seconds in rows if jobs == 1}
    return [
        f"{what}: {one[what] / seconds:.2f} times one core on {cores}"
        for what, jobs, seconds in rows
        if jobs == cores > 1 and what in one
    ]


def text_rows_under(python: str, docs: int) -> tuple[str, list[tuple[str, int, float]]]:
    """:func:`text_rows` and :func:`cli_rows` run by another interpreter, with its own newscorpus:
    (its build's name, rows)."""
    cmd = [python, str(pathlib.Path(__file__).resolve()), "--text-only", "--docs", str(docs)]
    done = subprocess.run([*cmd, "--repeat", str(REPEAT)], check=True, capture_output=True, text=True)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return str(found["build"]), [(str(w), int(c), float(s)) for w, c, s in found["rows"]]


def main() -> int:
    global REPEAT
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=4000, help="documents per run (default: 4000)")
    ap.add_argument("--write", action="store_true", help="write the table into docs/corpus.md")
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure, the best kept (default: 3)")
    ap.add_argument("--no-dask", action="store_true", help="leave out the Dask runs")
    ap.add_argument(
        "--python",
        action="append",
        default=[],
        metavar="PATH",
        help="also measure the parse(), parse_many() and command-line rows under this interpreter, with the "
        "newscorpus it has installed (say a venv with the compiled wheel); may be repeated",
    )
    ap.add_argument("--text-only", action="store_true", help=argparse.SUPPRESS)  # what --python runs
    args = ap.parse_args()
    REPEAT = max(1, args.repeat)
    n = args.docs
    cores = cpu_count()
    pages = [p.read_text(encoding="utf-8") for p in SEEDS]
    texts = [pages[i % len(pages)] for i in range(n)]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    compiled = bool(getattr(newscorpus, "compiled", False))
    if args.text_only:
        print(json.dumps({"build": build_name(), "rows": text_rows(texts, cores) + cli_rows(texts, cores)}))
        return 0
    # With another build to compare, each row says which build it measured.
    suffix = f", {build_name()}" if compiled or args.python else ""
    lines = [
        f"Measured {dt.date.today().isoformat()} with `python benchmarks/throughput.py --write` on "
        f"{platform.machine()}, {cores} cores, Python {platform.python_version()}"
        f"{' (the compiled build)' if compiled else ''}: "
        f"{n:,} seed pages ({mb / n * 1000:,.1f} KB of text each on average), "
        f"best of {REPEAT} runs after a warm-up.",
        "",
        "| what | cores | documents/s | MB/s | seconds |",
        "|---|---|---|---|---|",
    ]

    measured = [(what + suffix, jobs, seconds) for what, jobs, seconds in text_rows(texts, cores)]
    measured += [(what + suffix, jobs, seconds) for what, jobs, seconds in cli_rows(texts, cores)]
    for python in args.python:
        other, rows = text_rows_under(python, n)
        measured += [(f"{what}, {other} (`{python}`)", jobs, seconds) for what, jobs, seconds in rows]
    for what, jobs, seconds in measured:
        scale = CLI_FACTOR if "newscorpus parse" in what else 1.0  # (the command line reads more pages)
        lines.append(row(what, str(jobs), round(n * scale), mb * scale, seconds))

    html_note = ""
    if parse_html_function() is None:
        try:
            from newscorpus.html import parse_html
        except ImportError:
            parse_html = None  # type: ignore[assignment]
        if parse_html is not None:
            # Not exported yet: let the runner find it (worker processes fork from here and inherit it).
            newscorpus.parse_html = parse_html  # type: ignore[attr-defined]
            parse_html_function.cache_clear()
            html_note = " (`newscorpus.html.parse_html`)"
    if parse_html_function() is not None:
        pages_html = [as_html(p) for p in pages]
        items = [{"id": str(i), "html": pages_html[i % len(pages)]} for i in range(n)]
        html_mb = sum(len(str(it["html"]).encode("utf-8")) for it in items) / 1e6
        list(newscorpus.parse_many(items[:10]))
        for jobs in sorted({1, cores}):
            seconds = timed(lambda jobs=jobs: drain(newscorpus.parse_many(items, jobs=jobs)))
            lines.append(row(f"HTML: `parse_many()`{html_note}", str(jobs), n, html_mb, seconds))
    else:
        lines.append("| HTML: skipped, no `parse_html` in this version | | | | |")

    if not args.no_dask:
        try:
            items_text: list[dict[str, object]] = [{"id": str(i), "text": t} for i, t in enumerate(texts)]
            for workers, seconds in dask_rows(items_text, sorted({1, min(2, cores)})):
                lines.append(
                    row(
                        "text: Dask `parse_bag()` on a LocalCluster",
                        f"{workers} worker{'s' if workers > 1 else ''}",
                        n,
                        mb,
                        seconds,
                    )
                )
        except ImportError:
            lines.append("| Dask: skipped, `newscorpus[dask]` not installed | | | | |")

    ratios = scaling(measured, cores)
    if ratios:
        lines += ["", "Scaling (the same rows, all cores over one):", ""]
        lines += [f"- {ratio}" for ratio in ratios]
    table = "\n".join(lines)
    print(table)
    if args.write:
        doc = DOC.read_text(encoding="utf-8")
        if START not in doc or END not in doc:
            print(f"{DOC} has no {START} ... {END} section", file=sys.stderr)
            return 1
        head, rest = doc.split(START, 1)
        _, tail = rest.split(END, 1)
        DOC.write_text(f"{head}{START}\n{table}\n{END}{tail}", encoding="utf-8")
        print(f"wrote {DOC.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
