"""The ``newscorpus`` command line: ``newscorpus parse`` and ``newscorpus sources``."""

from __future__ import annotations

import argparse
import collections
import functools
import json
import os
import pathlib
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from .. import __version__
from .docs import Doc
from .readers import FORMATS, ReadOptions, read_inputs
from .runner import Task, cpu_count, parse_html_function, run
from .writers import JsonlWriter, ParquetWriter, done_ids, json_payload, row_payload, summary_payload

__all__ = ["main"]

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_BYTES = 20_000_000

_EXAMPLES = """\
examples:
  newscorpus parse seeds/                      a readable summary of each page
  newscorpus parse pages/ -o articles.jsonl    one JSON object a line, all cores, progress on stderr
  newscorpus parse crawl.warc.gz -o out.parquet
  newscorpus parse dump.jsonl --text-field body --id-field doc_id -o out.jsonl --resume
  cat page.html | newscorpus parse - --json

inputs: .txt/.text files (text), .html/.htm/.xhtml files (HTML; other files
that start like HTML too), directories (their text and HTML files, recursively),
.jsonl/.ndjson[.gz] (one page a line), .warc[.gz]/.arc[.gz] (HTML responses;
needs newscorpus[warc]) and - for standard input.

exit status: 0 every document parsed, 1 some gave an error row, 2 usage error.
"""


class _UsageError(Exception):
    pass


def _size(value: str) -> int:
    """``20000000``, ``20MB``, ``512k``, ``1.5G`` (powers of 1,000; ``KiB``, ``MiB`` of 1,024)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?)b?\s*", value.lower())
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (try 20000000 or 20MB)")
    number, unit, binary = m.groups()
    base = 1024 if binary else 1000
    return int(float(number) * base ** " kmgt".index(unit or " "))


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return number


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    return cpu_count() if number <= 0 else number


# ---------------------------------------------------------------- progress and closing summary


def _n(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


class _Progress:
    """A counter on stderr (documents, errors, rate), redrawn at most five times a second."""

    def __init__(self, stream: IO[str], enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0
        self.docs = 0
        self.errors = 0
        self.bytes = 0
        self.codes: collections.Counter[str] = collections.Counter()

    def add(self, doc: Doc, ok: bool, code: str | None) -> None:
        self.docs += 1
        self.bytes += doc.size
        if not ok:
            self.errors += 1
            self.codes[code or "error"] += 1
        if self.enabled:
            now = time.monotonic()
            if now - self.last >= 0.2:
                self.last = now
                self.stream.write(f"\r\x1b[K{self._line(now)}")
                self.stream.flush()

    def _line(self, now: float) -> str:
        elapsed = max(now - self.start, 1e-9)
        return (
            f"{_n(self.docs, 'document')}, {_n(self.errors, 'error')}, "
            f"{self.docs / elapsed:,.0f} documents/s, {self.bytes / elapsed / 1e6:,.1f} MB/s"
        )

    def close(self, skipped: int, quiet: bool) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
        if quiet:
            return
        elapsed = time.monotonic() - self.start
        line = f"newscorpus: {self._line(time.monotonic())} in {elapsed:,.{2 if elapsed < 10 else 1}f} s"
        if skipped:
            line += f" ({skipped:,} skipped: already in the output)"
        self.stream.write(line + "\n")
        if self.codes:
            codes = ", ".join(f"{n:,} {code}" for code, n in self.codes.most_common())
            self.stream.write(f"newscorpus: errors: {codes}\n")
        self.stream.flush()


# ---------------------------------------------------------------- parse


def _ok_code(payload: Any, ok: bool) -> str | None:
    if ok:
        return None
    if isinstance(payload, dict):
        return str(payload.get("error_code"))
    if isinstance(payload, bytes):
        try:
            return str(json.loads(payload).get("error_code"))
        except ValueError:
            return None
    return None


def _warn_html(docs: Iterator[Doc], stderr: IO[str]) -> Iterator[Doc]:
    warned = False
    for doc in docs:
        if not warned and doc.html is not None:
            warned = True
            if parse_html_function() is None:
                stderr.write(
                    "newscorpus: warning: this version has no newscorpus.parse_html; "
                    "HTML pages are reduced to their text and parsed as text\n"
                )
        yield doc


class _TextSink:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        pass


def _cmd_parse(args: argparse.Namespace) -> int:
    stdout, stderr = sys.stdout, sys.stderr
    out = args.output
    parquet = out is not None and out != "-" and pathlib.Path(out).suffix.lower() == ".parquet"
    json_lines = args.json or args.segments or out is not None
    if args.resume and (out is None or out == "-"):
        raise _UsageError("--resume needs -o OUT (a JSON lines file)")
    if args.resume and parquet:
        raise _UsageError("--resume works with JSON lines output, not Parquet")

    options = ReadOptions(
        format=args.format,
        text_field=args.text_field,
        html_field=args.html_field,
        url_field=args.url_field,
        id_field=args.id_field,
        encoding=args.encoding,
        max_bytes=args.max_bytes or None,
        skip_non_html=args.skip_non_html,
    )
    inputs = args.inputs or ["-"]
    if "-" in inputs and sys.stdin.isatty():
        stderr.write("newscorpus: reading a page from the terminal; end it with Ctrl-D\n")
    docs: Iterator[Doc] = _warn_html(read_inputs(inputs, options), stderr)
    skipped = 0
    if args.resume:
        done = done_ids(out)

        def not_done(stream: Iterator[Doc]) -> Iterator[Doc]:
            nonlocal skipped
            for doc in stream:
                if doc.id in done:
                    skipped += 1
                else:
                    yield doc

        docs = not_done(docs)

    convert: Callable[..., tuple[bool, Any]]
    sink: Any
    if parquet:
        try:
            sink = ParquetWriter(out, segments=args.segments)
        except ImportError as exc:
            raise _UsageError(str(exc)) from None
        convert = functools.partial(row_payload, segments=args.segments)
    elif json_lines:
        to_stdout = out in (None, "-")
        if to_stdout:
            stdout.flush()
        sink = JsonlWriter(sys.stdout.buffer if to_stdout else out, append=args.resume)
        convert = functools.partial(json_payload, segments=args.segments)
    else:
        sink = _TextSink(stdout)
        convert = summary_payload

    if args.progress is None:
        to_file = out not in (None, "-")
        progress_on = stderr.isatty() and (to_file or not stdout.isatty())
    else:
        progress_on = args.progress
    progress = _Progress(stderr, progress_on)
    task = Task(convert, timeout=args.timeout or None, max_bytes=args.max_bytes or None)
    try:
        for doc, (ok, payload) in run(docs, task, jobs=args.jobs, chunksize=args.chunksize):
            sink.write(payload)
            progress.add(doc, ok, _ok_code(payload, ok))
    finally:
        sink.close()
        progress.close(skipped, args.quiet)
    return 1 if progress.errors else 0


# ---------------------------------------------------------------- sources


def _cmd_sources(args: argparse.Namespace) -> int:
    from ..sources import all_parsers

    rows = []
    for parser in all_parsers():
        tz = getattr(parser, "time_zone", None)
        rows.append(
            {
                "name": parser.name,
                "title": getattr(parser, "title", ""),
                "domains": list(getattr(parser, "domains", ())),
                "time_zone": str(tz) if tz is not None else None,
                "version": str(getattr(parser, "version", "")),
            }
        )
    if args.json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    name_w = max([len("name"), *(len(r["name"]) for r in rows)])  # type: ignore[arg-type]
    title_w = max([len("title"), *(len(str(r["title"])) for r in rows)])
    header = f"{'name':<{name_w}}  {'title':<{title_w}}  {'version':<7}  {'time zone':<11}  domains"
    sys.stdout.write(header + "\n")
    for r in rows:
        domains = ", ".join(r["domains"])  # type: ignore[arg-type]
        tz = r["time_zone"] or "-"
        sys.stdout.write(
            f"{r['name']:<{name_w}}  {r['title']!s:<{title_w}}  {r['version']!s:<7}  {tz!s:<11}  {domains}\n"
        )
    return 0


# ---------------------------------------------------------------- argument parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    ap = argparse.ArgumentParser(
        prog="newscorpus",
        description="Turn raw scraped news pages into structured articles: headline, byline, "
        "dates, body and labelled boilerplate.",
        epilog="Run 'newscorpus parse --help' for inputs, outputs and limits.",
    )
    ap.add_argument("--version", action="version", version=f"newscorpus {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "parse",
        help="parse pages: text, HTML, directories, JSON lines, WARC or stdin",
        description=(
            "Parse pages into articles. Without --json or -o, print a readable summary of each;\n"
            "with them, write one JSON object a line (or Parquet). A document that cannot be parsed\n"
            'gives an error row ({"id": ..., "error": ...}) and the run goes on.'
        ),
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="files, directories or - for stdin (default: -)"
    )

    g = p.add_argument_group("output")
    g.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write to OUT: JSON lines, or Parquet when OUT ends in .parquet (needs newscorpus[parquet]); "
        "- for stdout",
    )
    g.add_argument("--json", action="store_true", help="JSON lines on stdout instead of the summary")
    g.add_argument("--segments", action="store_true", help="add each row's labelled segments with spans")
    g.add_argument(
        "--resume",
        action="store_true",
        help="append to OUT, skipping documents whose id is already there (after a crash or kill)",
    )
    g.add_argument("-q", "--quiet", action="store_true", help="no closing summary on stderr")
    g.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress counter on stderr (default: when stderr is a terminal and rows go elsewhere)",
    )

    g = p.add_argument_group("input")
    g.add_argument(
        "--format",
        choices=FORMATS,
        default="auto",
        help="how to read files and stdin (default: by extension; stdin is one page)",
    )
    for flag, default, what in (
        ("--text-field", "text", "the page's text"),
        ("--html-field", "html", "the page's HTML, used when there is no text"),
        ("--url-field", "url", "the page's URL"),
        ("--id-field", "id", "the row's id; without one, PATH:LINE"),
    ):
        g.add_argument(flag, default=default, metavar="NAME", help=f"JSON lines: {what} (default: {default})")
    g.add_argument(
        "--encoding",
        metavar="ENC",
        help="encoding of text files (default: UTF-8, strictly: invalid bytes give an error row; "
        "'auto' guesses); HTML pages default to their declared charset",
    )
    g.add_argument(
        "--skip-non-html",
        action="store_true",
        help="WARC: leave out responses that are not HTML pages (default: an error row for each)",
    )

    g = p.add_argument_group("processing")
    g.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help=f"worker processes (default: all cores, here {cpu_count()})",
    )
    g.add_argument(
        "--timeout",
        type=_positive_float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"time limit per document; 0 for none (default: {DEFAULT_TIMEOUT:g})",
    )
    g.add_argument(
        "--max-bytes",
        type=_size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help="size limit per document, e.g. 5MB; 0 for none (default: 20MB)",
    )
    g.add_argument(
        "--chunksize",
        type=int,
        default=None,
        metavar="N",
        help="documents sent to a worker at once (default: 64)",
    )
    p.set_defaults(func=_cmd_parse)

    s = sub.add_parser(
        "sources",
        help="list the source parsers (outlet-specific refinements)",
        description="List the registered source parsers: name, outlet, version, time zone and domains.",
    )
    s.add_argument("--json", action="store_true", help="one JSON object per parser")
    s.set_defaults(func=_cmd_sources)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newscorpus`` command; returns the exit status."""
    ap = build_parser()
    args = ap.parse_args(argv)
    if getattr(args, "jobs", 0) is None:
        args.jobs = cpu_count()
    try:
        code: int = args.func(args)
    except _UsageError as exc:
        ap.exit(2, f"newscorpus: error: {exc}\n")
    except KeyboardInterrupt:
        sys.stderr.write("newscorpus: interrupted\n")
        return 130
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, without a second error at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return code
