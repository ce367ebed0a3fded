"""The ``newscorpus`` command line: ``parse``, ``learn``, ``profile show`` and ``sources``."""

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

from .. import __version__, compiled, speedups
from ..model import Article
from ..site import SiteProfile, SiteProfiles, key_for
from .docs import Doc, ParseError
from .learn import _merge_into as merge_into
from .learn import learn_batches
from .profiles import Profile, load_profile
from .readers import FORMATS, ReadOptions, read_inputs
from .runner import Task, alarm_clock, cpu_count, parse_html_function, run
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
  newscorpus learn crawl/ -o site.profile      learn each site's repeated lines (furniture)
  newscorpus parse crawl/ --profile site.profile -o out.jsonl
  newscorpus parse crawl/ --learn -o out.jsonl learn, then parse with what was learned

inputs: .txt/.text files (text), .html/.htm/.xhtml files (HTML; other files
that start like HTML too), directories (their text and HTML files, recursively),
.jsonl/.ndjson[.gz] (one page a line), .warc[.gz]/.arc[.gz] (HTML responses;
needs newscorpus[warc]) and - for standard input.

exit status: 0 every document parsed, 1 some gave an error row, 2 usage error.
"""

_LEARN_EXAMPLES = """\
examples:
  newscorpus learn crawl/ -o site.profile                learn, on all cores
  newscorpus learn dump.jsonl --url-field link -o site.profile --show 10
  newscorpus parse crawl/ --profile site.profile -o articles.jsonl
  newscorpus profile show site.profile --site example.com

Each page is keyed by its URL's host (the JSON lines URL field, the WARC
target URI, an HTML page's canonical link), else by the source parser that
recognises its text, else "generic": give URLs when you can. HTML pages are
learned from their rendered text, the text parse_html parses.

exit status: 0 every document learned, 1 some could not be read (left out), 2 usage error.
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

    def __init__(self, stream: IO[str], enabled: bool, label: str = "") -> None:
        self.stream = stream
        self.label = label
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0
        self.docs = 0
        self.errors = 0
        self.bytes = 0
        self.codes: collections.Counter[str] = collections.Counter()

    def add(self, doc: Doc, ok: bool, code: str | None) -> None:
        self.add_many(1, doc.size, [] if ok else [code or "error"])

    def add_many(self, docs: int, size: int, codes: Sequence[str]) -> None:
        self.docs += docs
        self.bytes += size
        self.errors += len(codes)
        self.codes.update(codes)
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
        took = f"{elapsed:,.{2 if elapsed < 10 else 1}f} s"
        line = f"newscorpus: {self.label}{self._line(time.monotonic())} in {took}"
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
    if isinstance(payload, tuple):  # (summary text, code)
        return str(payload[1])
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


def _summary_with_code(doc: Doc, result: Article | ParseError) -> tuple[bool, tuple[str, str | None]]:
    """summary_payload() and the error code (for the closing summary), in the worker."""
    ok, text = summary_payload(doc, result)
    return ok, (text, result.code if isinstance(result, ParseError) else None)


class _TextSink:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, payload: tuple[str, str | None]) -> None:
        self.stream.write(payload[0] + "\n")
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

    options = _read_options(args)
    inputs = args.inputs or ["-"]
    profile: Profile | str | None = None
    if args.profile is not None:
        _load_or_exit(args.profile)  # a bad file is a usage error now, not an error row per document
        profile = args.profile  # the workers read it once each (see profiles.load_profile)
    elif args.learn:
        if "-" in inputs:
            raise _UsageError(
                "--learn reads the inputs twice (to learn, then to parse), and standard input can only "
                "be read once: save it to a file, or run 'newscorpus learn FILE -o X.profile' and "
                "'newscorpus parse --profile X.profile'"
            )
        profile = _learn(inputs, options, args, stderr, label="learning: ")
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
        convert = _summary_with_code

    if args.progress is None:
        to_file = out not in (None, "-")
        progress_on = stderr.isatty() and (to_file or not stdout.isatty())
    else:
        progress_on = args.progress
    progress = _Progress(stderr, progress_on)
    task = Task(
        convert,
        timeout=args.timeout or None,
        max_bytes=args.max_bytes or None,
        profile=profile,
        date_order=args.date_order,
    )
    try:
        with alarm_clock():  # (this process runs nothing else: one SIGALRM handler for the whole run)
            for doc, (ok, payload) in run(docs, task, jobs=args.jobs, chunksize=args.chunksize):
                sink.write(payload)
                progress.add(doc, ok, _ok_code(payload, ok))
    finally:
        sink.close()
        progress.close(skipped, args.quiet)
    return 1 if progress.errors else 0


def _read_options(args: argparse.Namespace) -> ReadOptions:
    return ReadOptions(
        format=args.format,
        text_field=args.text_field,
        html_field=args.html_field,
        url_field=args.url_field,
        id_field=args.id_field,
        encoding=args.encoding,
        max_bytes=args.max_bytes or None,
        skip_non_html=args.skip_non_html,
    )


# ---------------------------------------------------------------- learn and profile show


def _load_or_exit(path: str) -> Profile:
    try:
        return load_profile(path)
    except OSError as exc:
        raise _UsageError(f"cannot read the site profile {path}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise _UsageError(f"{path}: {exc}") from None


def _learn(
    inputs: list[str], options: ReadOptions, args: argparse.Namespace, stderr: IO[str], label: str = ""
) -> SiteProfiles:
    """Learn the inputs' site profiles, with a progress counter; closing lines unless quiet."""
    progress_on = stderr.isatty() if args.progress is None else args.progress
    progress = _Progress(stderr, progress_on, label)
    profiles = SiteProfiles()
    docs = _warn_html(read_inputs(inputs, options), stderr)
    batches = learn_batches(
        docs,
        jobs=args.jobs,
        timeout=args.timeout or None,
        max_bytes=args.max_bytes or None,
        chunksize=args.learn_chunksize,
    )
    pages = 0
    try:
        for batch, learned in batches:
            merge_into(profiles, learned.profiles, copy=False)  # in input order: see learn.py
            pages += learned.pages
            progress.add_many(len(batch.docs), batch.size, [error.code for error in learned.errors])
    finally:
        progress.close(0, args.quiet)
    args.learn_errors = progress.errors
    if not args.quiet:
        stderr.write(f"newscorpus: learned {_n(pages, 'page')} of {_n(len(profiles), 'site')}\n")
        stderr.flush()
    return profiles


def _repeated(profile: SiteProfile, n: int, min_pages: int = 2) -> list[Any]:
    return [row for row in profile.top(n) if row.pages >= min_pages]


def _short(text: str, width: int = 100) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _site_lines(key: str, profile: SiteProfile, n: int, *, indent: str = "") -> list[str]:
    exact = (
        "exact counts" if profile.table_error == 0 else f"counts may be up to {profile.table_error:,} high"
    )
    lines = [
        f"{indent}{key}: {_n(profile.pages, 'page')}, {_n(profile.table_size, 'line')} in the table ({exact})"
    ]
    for row in _repeated(profile, n):
        lines.append(f"{indent}  {row.share:5.0%} {row.pages:6,d}  {_short(row.text)}")
    return lines


def _by_pages(profiles: SiteProfiles) -> list[tuple[str, SiteProfile]]:
    return sorted(profiles.items(), key=lambda item: (-item[1].pages, item[0]))


_SHOW_SITES = 10


def _cmd_learn(args: argparse.Namespace) -> int:
    stderr = sys.stderr
    inputs = args.inputs or ["-"]
    if "-" in inputs and sys.stdin.isatty():
        stderr.write("newscorpus: reading a page from the terminal; end it with Ctrl-D\n")
    out = pathlib.Path(args.output)
    if out.is_dir():
        raise _UsageError(f"-o {args.output} is a directory: name the profile file to write")
    if not out.parent.is_dir():
        raise _UsageError(f"cannot write {args.output}: no directory {out.parent}")
    profiles = _learn(inputs, _read_options(args), args, stderr)
    data = profiles.to_bytes()
    partial = out.with_name(out.name + ".partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, out)
    except OSError as exc:
        raise _UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    if not args.quiet:
        stderr.write(f"newscorpus: wrote {args.output} ({len(data) / 1000:,.1f} kB)\n")
        if args.show > 0:
            sites = _by_pages(profiles)
            for key, profile in sites[:_SHOW_SITES]:
                stderr.write("\n".join(_site_lines(key, profile, args.show, indent="  ")) + "\n")
            if len(sites) > _SHOW_SITES:
                stderr.write(
                    f"  ... and {_n(len(sites) - _SHOW_SITES, 'more site')}: "
                    f"newscorpus profile show {args.output}\n"
                )
        stderr.flush()
    return 1 if args.learn_errors else 0


def _cmd_profile_show(args: argparse.Namespace) -> int:
    loaded = _load_or_exit(args.file)
    if isinstance(loaded, SiteProfile):
        profiles = SiteProfiles(width=loaded.width, depth=loaded.depth, capacity=loaded.capacity)
        profiles["(profile)"] = loaded
    else:
        profiles = loaded
    sites = _by_pages(profiles)
    if args.site is not None:
        key = args.site if args.site in profiles else key_for(args.site)
        if key not in profiles:
            known = ", ".join(k for k, _ in sites[:10]) + (", ..." if len(sites) > 10 else "")
            raise _UsageError(f"no site {args.site!r} in {args.file} (it has: {known or 'none'})")
        sites = [(key, profiles[key])]
    n = args.lines
    if args.json:
        for key, profile in sites:
            row = {
                "site": key,
                "pages": profile.pages,
                "table_error": profile.table_error,
                "lines": [
                    {"text": r.text, "pages": r.pages, "share": round(r.share, 4)}
                    for r in _repeated(profile, n, args.min_pages)
                ],
            }
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    total = sum(profile.pages for profile in profiles.values())
    sys.stdout.write(f"{args.file}: {_n(len(profiles), 'site')}, {_n(total, 'page')}\n")
    for key, profile in sites:
        exact = (
            "exact counts"
            if profile.table_error == 0
            else f"counts may be up to {profile.table_error:,} high"
        )
        sys.stdout.write(
            f"\n{key}: {_n(profile.pages, 'page')}, {_n(profile.table_size, 'line')} in the table ({exact})\n"
        )
        rows = _repeated(profile, n, args.min_pages)
        if not rows:
            sys.stdout.write("  (no line on more than one page)\n" if args.min_pages <= 2 else "  (none)\n")
        for r in rows:
            sys.stdout.write(f"  {r.share:5.0%} {r.pages:6,d}  {_short(r.text, 160)}\n")
    return 0


# ---------------------------------------------------------------- sources


def _cmd_sources(args: argparse.Namespace) -> int:
    from ..sources import all_parsers

    rows = []
    for parser in all_parsers():
        tz = getattr(parser, "time_zone", None)
        order = getattr(parser, "date_order", None)
        rows.append(
            {
                "name": parser.name,
                "title": getattr(parser, "title", ""),
                "domains": list(getattr(parser, "domains", ())),
                "time_zone": str(tz) if tz is not None else None,
                "date_order": str(order) if order is not None else None,
                "version": str(getattr(parser, "version", "")),
            }
        )
    if args.json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    name_w = max([len("name"), *(len(r["name"]) for r in rows)])  # type: ignore[arg-type]
    title_w = max([len("title"), *(len(str(r["title"])) for r in rows)])
    header = f"{'name':<{name_w}}  {'title':<{title_w}}  {'version':<7}"
    sys.stdout.write(f"{header}  {'time zone':<11}  {'date order':<10}  domains\n")
    for r in rows:
        domains = ", ".join(r["domains"])  # type: ignore[arg-type]
        tz, order = r["time_zone"] or "-", r["date_order"] or "-"
        left = f"{r['name']:<{name_w}}  {r['title']!s:<{title_w}}  {r['version']!s:<7}"
        sys.stdout.write(f"{left}  {tz!s:<11}  {order!s:<10}  {domains}\n")
    return 0


# ---------------------------------------------------------------- argument parser


def _add_input_arguments(p: argparse.ArgumentParser) -> None:
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


def _add_processing_arguments(p: argparse.ArgumentParser, *, learn: bool = False) -> None:
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
    if learn:
        g.add_argument(
            "--chunksize",
            dest="learn_chunksize",
            type=int,
            default=None,
            metavar="N",
            help="documents a worker learns at once, then merged in input order (default: 256)",
        )
    else:
        g.add_argument(
            "--chunksize",
            type=int,
            default=None,
            metavar="N",
            help="documents sent to a worker at once (default: 64)",
        )
        g.add_argument(
            "--date-order",
            choices=("DMY", "MDY"),
            default=None,
            help="read numeric dates such as 03/04/2021 day first (DMY) or month first (MDY) on every "
            "page (default: the source's convention, else the page's own dates, else day first)",
        )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    ap = argparse.ArgumentParser(
        prog="newscorpus",
        description="Turn raw scraped news pages into structured articles: headline, byline, "
        "dates, body and labelled boilerplate.",
        epilog="Run 'newscorpus parse --help' for inputs, outputs and limits.",
    )
    build = ("compiled with mypyc" if compiled else "pure Python") + (", C kernels" if speedups else "")
    ap.add_argument("--version", action="version", version=f"newscorpus {__version__} ({build})")
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

    _add_input_arguments(p)
    _add_processing_arguments(p)
    g = p.add_argument_group("site profiles (docs/site.md)")
    x = g.add_mutually_exclusive_group()
    x.add_argument(
        "--profile",
        metavar="FILE",
        help="relabel the lines that recur across a site as furniture, using FILE (from newscorpus learn)",
    )
    x.add_argument(
        "--learn",
        action="store_true",
        help="read the inputs twice: learn their site profiles first, then parse them with those "
        "(not with - : standard input can only be read once)",
    )
    p.set_defaults(func=_cmd_parse, learn_chunksize=None)

    lp = sub.add_parser(
        "learn",
        help="learn each site's furniture (lines its pages share) into a profile file",
        description=(
            "Learn a site profile per site from the inputs (the same inputs as 'newscorpus parse'):\n"
            "how many pages each line is on, in bounded memory. Use it with\n"
            "'newscorpus parse --profile FILE', or in Python: parse(..., profile=SiteProfiles.load(FILE))."
        ),
        epilog=_LEARN_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    lp.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="files, directories or - for stdin (default: -)"
    )
    g = lp.add_argument_group("output")
    g.add_argument("-o", "--output", required=True, metavar="FILE", help="the profile file to write")
    g.add_argument(
        "--show",
        type=int,
        default=5,
        metavar="N",
        help="in the closing summary, the N most repeated lines of each site (default: 5; 0: none)",
    )
    g.add_argument("-q", "--quiet", action="store_true", help="no closing summary on stderr")
    g.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress counter on stderr (default: when stderr is a terminal)",
    )
    _add_input_arguments(lp)
    _add_processing_arguments(lp, learn=True)
    lp.set_defaults(func=_cmd_learn)

    pp = sub.add_parser(
        "profile",
        help="inspect a site profile file",
        description="Inspect a site profile file written by 'newscorpus learn'.",
    )
    psub = pp.add_subparsers(dest="action", required=True, metavar="ACTION")
    show = psub.add_parser(
        "show",
        help="the most repeated lines of each site, with their share of the pages",
        description="The most repeated lines of each site (most pages first), with the share of the "
        "site's pages they are on.",
    )
    show.add_argument("file", metavar="FILE", help="a profile file (from newscorpus learn)")
    show.add_argument("--site", metavar="KEY", help="only this site: its key (a host) or a URL on it")
    show.add_argument("-n", "--lines", type=int, default=20, metavar="N", help="lines per site (default: 20)")
    show.add_argument(
        "--min-pages",
        type=int,
        default=2,
        metavar="N",
        help="only lines on at least N pages (default: 2)",
    )
    show.add_argument("--json", action="store_true", help="one JSON object per site")
    show.set_defaults(func=_cmd_profile_show)

    s = sub.add_parser(
        "sources",
        help="list the source parsers (outlet-specific refinements)",
        description=(
            "List the registered source parsers: name, outlet, version, time zone, date order and domains."
        ),
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
