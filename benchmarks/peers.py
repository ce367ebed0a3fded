"""newscorpus side by side with its peers: the same pages, the same scorer, the same run.

    python benchmarks/peers.py                          # all tools, all gold folders, Markdown to stdout
    python benchmarks/peers.py --write                  # also regenerate docs/benchmarks.md
    python benchmarks/peers.py --tools newscorpus,trafilatura --folders seeds --passes 1
    python benchmarks/peers.py --json                   # machine-readable figures

The peers are trafilatura, newspaper4k, goose3, jusText and boilerpy3
(``pip install 'newscorpus[bench]'``); one that is not installed, or does not
import, is reported as "not installed" and the run goes on.

Pages: the gold folders seeds/, ../shared/dev/ (when present) and
tests/fixtures/{pages,edge,blind,blind2,...,blind8}/ (``gold.json``; the body is the lines labelled
paragraph or subheading).  Two sections:

- Given the text: every peer gets a minimal HTML page with one ``<p>`` per
  non-blank line of the text (HTML-escaped, no ``<title>``); newscorpus gets
  the text itself through ``parse()``, and the same minimal HTML through
  ``parse_html()`` as a row of its own.
- Given HTML (synthetic): we have no real HTML of these pages, so every tool
  gets the same page built from the text *and its gold*: the lines above the
  headline in ``<nav>``, the headline in ``<h1>`` and ``<title>``, the byline
  line in ``<p class="byline">``, the other lines in ``<p>``, and a JSON-LD
  block with the gold headline, dates and authors.  Markup-reading tools get
  the answers handed to them there; read it as "how well does the tool use
  good markup", not as accuracy on real pages.

Every tool is scored with the same functions: headline (exact, whitespace
collapsed), authors (exact list, case and spacing ignored; author precision =
share of returned authors that are in the gold), published (same date, and the
same time when both sides have one), body token F1 against the gold body
(``accuracy.token_f1``), body first / last paragraph.  A field a tool does not
extract at all is "n/a", not scored as empty.

No network: sockets are blocked in this process (``socket.socket.connect``,
``connect_ex``, ``socket.create_connection``, ``socket.getaddrinfo`` raise) and
every blocked attempt is counted against the tool that made it.

Speed: documents per second on the same inputs, one process, one core: the
first pass (which also gives the results that are scored) is the warm-up, then
the median of ``--passes`` timed passes over all pages.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import dataclasses
import datetime as dt
import html
import importlib.metadata
import importlib.util
import json
import logging
import os
import pathlib
import platform
import re
import shlex
import socket
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import Any

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
# The newscorpus the running interpreter has installed (an editable install: this checkout; another venv's
# compiled wheel: that build), else this checkout's src/.
if importlib.util.find_spec("newscorpus") is None:
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

import accuracy  # noqa: E402

import newscorpus  # noqa: E402

FOLDERS = {
    "seeds": ROOT / "seeds",
    "dev": ROOT.parent / "shared" / "dev",
    "fixtures": ROOT / "tests" / "fixtures" / "pages",
    "edge": ROOT / "tests" / "fixtures" / "edge",
    "blind": ROOT / "tests" / "fixtures" / "blind",
    "blind2": ROOT / "tests" / "fixtures" / "blind2",
    "blind3": ROOT / "tests" / "fixtures" / "blind3",
    "blind4": ROOT / "tests" / "fixtures" / "blind4",
    "blind5": ROOT / "tests" / "fixtures" / "blind5",
    "blind6": ROOT / "tests" / "fixtures" / "blind6",
    "blind7": ROOT / "tests" / "fixtures" / "blind7",
    "blind8": ROOT / "tests" / "fixtures" / "blind8",
}
BODY = accuracy.BODY
DOC = ROOT / "docs" / "benchmarks.md"
METADATA = ("headline", "authors", "published")


# --------------------------------------------------------------------------- pages


@dataclasses.dataclass(frozen=True)
class Page:
    folder: str
    file: str
    text: str
    gold: dict[str, Any]


def load_pages(folders: Sequence[str]) -> list[Page]:
    """The pages of the named gold folders that exist, in gold order."""
    pages = []
    for name in folders:
        folder = FOLDERS[name]
        if not (folder / "gold.json").exists():
            continue
        for g in json.loads((folder / "gold.json").read_text(encoding="utf-8")):
            text = (folder / g["file"]).read_text(encoding="utf-8")
            pages.append(Page(name, g["file"], text, g))
    return pages


def norm(text: object) -> str:
    return " ".join(str(text or "").split())


def gold_body(text: str, gold: dict[str, Any]) -> list[str]:
    """The gold body (lines labelled paragraph or subheading) in order, as accuracy.py reads it."""
    raw = text.split("\n")
    numbers = sorted(int(n) for n, kind in gold["lines"].items() if kind in BODY)
    return [norm(raw[n - 1]) for n in numbers]


def minimal_html(text: str) -> str:
    """A minimal HTML page: one ``<p>`` per non-blank line, HTML-escaped, no ``<title>``."""
    paras = [f"<p>{html.escape(ln.strip())}</p>" for ln in text.splitlines() if ln.strip()]
    return (
        "<!DOCTYPE html>\n<html><head><meta charset='utf-8'></head><body>\n"
        + "\n".join(paras)
        + "\n</body></html>\n"
    )


def synthetic_html(text: str, gold: dict[str, Any]) -> str:
    """HTML built from a text page and its gold (the generic seed wrapper of tests/html/pages.py).

    The lines above the headline go in ``<nav>``, the headline in ``<h1>``, the byline line in
    ``<p class="byline">``, every other non-blank line in its own ``<p>``; the head has a ``<title>``
    and a JSON-LD block with the gold headline, dates and authors.
    """
    lines = text.splitlines()
    headline = str(gold.get("headline") or "")
    byline = gold.get("byline")
    h = next((i for i, ln in enumerate(lines) if headline and norm(ln) == headline), None)
    article: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    if headline:
        article["headline"] = headline
    for key, field in (("datePublished", "published"), ("dateModified", "updated")):
        if gold.get(field):
            article[key] = gold[field]
    authors = gold.get("authors") or []
    if authors:
        article["author"] = [{"@type": "Person", "name": a} for a in authors]
    out = [
        "<!DOCTYPE html>\n<html><head><meta charset='utf-8'>",
        f"<title>{html.escape(headline)}</title>",
        '<script type="application/ld+json">' + json.dumps(article) + "</script>",
        "<style>nav { display: flex }</style></head>\n<body>",
    ]
    start = 0
    if h is not None:
        nav = [ln for ln in lines[:h] if ln.strip()]
        if nav:
            out.append("<nav>" + "".join(f"<div>{html.escape(ln)}</div>" for ln in nav) + "</nav>")
        out.append(f"<h1>{html.escape(lines[h])}</h1>")
        start = h + 1
    out.append("<article>")
    byline_done = False
    for ln in lines[start:]:
        if not ln.strip():
            continue
        if not byline_done and isinstance(byline, str) and byline in norm(ln):
            out.append(f'<p class="byline">{html.escape(ln)}</p>')
            byline_done = True
        else:
            out.append(f"<p>{html.escape(ln)}</p>")
    out.append("</article><script>window.x = '<p>not text</p>';</script></body></html>\n")
    return "\n".join(out)


# --------------------------------------------------------------------------- scoring


@dataclasses.dataclass
class Output:
    """What one tool returned for one page, in common terms."""

    headline: str | None = None
    authors: list[str] = dataclasses.field(default_factory=list)
    published: object = None
    paragraphs: list[str] = dataclasses.field(default_factory=list)


def split_paragraphs(text: str | None, sep: str = "\n") -> list[str]:
    """Non-empty paragraphs of a tool's text output, whitespace collapsed."""
    return [p for p in (norm(part) for part in (text or "").split(sep)) if p]


_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")


def normalise_date(value: object) -> tuple[str, str | None] | None:
    """``(ISO date, ISO datetime or None)`` for a date, datetime or date string; None for nothing.

    A date without a time (a ``date``, a ``YYYY-MM-DD`` string, a naive datetime at midnight, as tools
    return for a date-only stamp) has no datetime part.  A string nothing can parse gives
    ``("unparsed:<value>", None)``, which matches no gold date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        d = value
    elif isinstance(value, dt.date):
        return value.isoformat(), None
    else:
        s = str(value).strip()
        if not s:
            return None
        if _DATE_ONLY.fullmatch(s):
            return s, None
        try:
            d = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
        except ValueError:
            from dateutil import parser as date_parser

            try:
                d = date_parser.parse(s)
            except (ValueError, OverflowError, TypeError):
                return f"unparsed:{s}", None
    if d.tzinfo is None and d.time() == dt.time(0):
        return d.date().isoformat(), None
    return d.date().isoformat(), d.isoformat()


def dates_match(got: object, want: object) -> bool:
    """Same date; when both sides have a time, the same time too (as instants when both are zoned,
    else wall-clock)."""
    g, w = normalise_date(got), normalise_date(want)
    if g is None or w is None:
        return g is None and w is None
    if g[0] != w[0]:
        return False
    if g[1] is None or w[1] is None:
        return True
    gd, wd = dt.datetime.fromisoformat(g[1]), dt.datetime.fromisoformat(w[1])
    if (gd.tzinfo is None) != (wd.tzinfo is None):
        gd, wd = gd.replace(tzinfo=None), wd.replace(tzinfo=None)
    return gd == wd


def _name(a: str) -> str:
    return norm(a).casefold()


def authors_match(got: Sequence[str], want: Sequence[str] | None) -> bool:
    """The same authors in the same order (case and spacing ignored)."""
    return [_name(a) for a in got if norm(a)] == [_name(a) for a in (want or []) if norm(a)]


def authors_in_gold(got: Sequence[str], want: Sequence[str] | None) -> tuple[int, int]:
    """(returned authors that are in the gold, returned authors)."""
    gold = {_name(a) for a in (want or [])}
    names = [_name(a) for a in got if norm(a)]
    return sum(n in gold for n in names), len(names)


def score_page(out: Output, page: Page) -> dict[str, Any]:
    g = page.gold
    want = gold_body(page.text, g)
    paras = [norm(p) for p in out.paragraphs if norm(p)]
    ok_authors, n_authors = authors_in_gold(out.authors, g.get("authors"))
    return {
        "headline": norm(out.headline) == norm(g.get("headline")),
        "authors": authors_match(out.authors, g.get("authors")),
        "authors_ok": ok_authors,
        "authors_returned": n_authors,
        "published": dates_match(out.published, g.get("published")),
        "body_f1": accuracy.token_f1(" ".join(paras), " ".join(want)),
        "body_first": (paras[0] if paras else "") == norm(g.get("body_first")),
        "body_last": (paras[-1] if paras else "") == norm(g.get("body_last")),
    }


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows)

    def share(key: str) -> float | None:
        return sum(r[key] for r in rows) / n if n else None

    returned = sum(r["authors_returned"] for r in rows)
    return {
        "pages": n,
        "headline": share("headline"),
        "authors": share("authors"),
        "authors_returned": returned,
        "author_precision": sum(r["authors_ok"] for r in rows) / returned if returned else None,
        "published": share("published"),
        "body_f1": share("body_f1"),
        "body_first": share("body_first"),
        "body_last": share("body_last"),
    }


# --------------------------------------------------------------------------- no network


class NetworkBlock:
    """Blocks sockets for the life of the context and counts the attempts per ``current`` tool."""

    def __init__(self) -> None:
        self.current = "-"
        self.attempts: collections.Counter[str] = collections.Counter()
        self._saved: list[tuple[object, str, object]] = []

    def _blocked(self, *args: object, **kwargs: object) -> Any:
        self.attempts[self.current] += 1
        raise OSError(f"network access blocked by benchmarks/peers.py ({self.current})")

    def __enter__(self) -> NetworkBlock:
        for owner, attr in (
            (socket.socket, "connect"),
            (socket.socket, "connect_ex"),
            (socket, "create_connection"),
            (socket, "getaddrinfo"),
        ):
            self._saved.append((owner, attr, getattr(owner, attr)))
            setattr(owner, attr, self._blocked)
        return self

    def __exit__(self, *exc: object) -> None:
        for owner, attr, value in reversed(self._saved):
            setattr(owner, attr, value)
        self._saved.clear()

    @contextlib.contextmanager
    def blame(self, tool: str) -> Iterator[None]:
        before, self.current = self.current, tool
        try:
            yield
        finally:
            self.current = before


# --------------------------------------------------------------------------- tools

Extractor = Callable[[str], Output]


def _newscorpus_text() -> Extractor:
    def run(text: str) -> Output:
        art = newscorpus.parse(text)
        return Output(art.headline, list(art.authors), art.published, list(art.paragraphs))

    return run


def _newscorpus_html() -> Extractor:
    def run(page: str) -> Output:
        art = newscorpus.parse_html(page)
        return Output(art.headline, list(art.authors), art.published, list(art.paragraphs))

    return run


def _trafilatura() -> Extractor:
    import trafilatura

    def run(page: str) -> Output:
        doc = trafilatura.bare_extraction(page, with_metadata=True)
        if doc is None:
            return Output()
        get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
        authors = [a.strip() for a in re.split(r";", get("author") or "") if a.strip()]
        return Output(get("title"), authors, get("date"), split_paragraphs(get("text")))

    return run


def _newspaper4k() -> Extractor:
    import newspaper

    def run(page: str) -> Output:
        a = newspaper.Article(url="")
        a.download(input_html=page)
        a.parse()
        return Output(a.title, list(a.authors or []), a.publish_date, split_paragraphs(a.text, "\n\n"))

    return run


def _goose3() -> Extractor:
    from goose3 import Goose

    goose = Goose()

    def run(page: str) -> Output:
        x = goose.extract(raw_html=page)
        return Output(
            x.title, list(x.authors or []), x.publish_date, split_paragraphs(x.cleaned_text, "\n\n")
        )

    return run


def _justext() -> Extractor:
    import justext

    stoplist = justext.get_stoplist("English")

    def run(page: str) -> Output:
        paras = justext.justext(page, stoplist)
        return Output(paragraphs=[p.text for p in paras if not p.is_boilerplate])

    return run


def _boilerpy3() -> Extractor:
    from boilerpy3 import extractors

    extractor = extractors.ArticleExtractor()

    def run(page: str) -> Output:
        return Output(paragraphs=split_paragraphs(extractor.get_content(page)))

    return run


@dataclasses.dataclass(frozen=True)
class Tool:
    name: str  # the --tools name
    label: str  # the row label
    dist: str  # the distribution whose version is reported
    make: Callable[[], Extractor]
    provides: tuple[str, ...] = METADATA
    text_input: bool = False  # True: given the plain text, not HTML


TOOLS = (
    Tool("newscorpus", "newscorpus.parse", "newscorpus", _newscorpus_text, text_input=True),
    Tool("newscorpus", "newscorpus.parse_html", "newscorpus", _newscorpus_html),
    Tool("trafilatura", "trafilatura.bare_extraction", "trafilatura", _trafilatura),
    Tool("newspaper4k", "newspaper4k Article.parse", "newspaper4k", _newspaper4k),
    Tool("goose3", "goose3 Goose.extract", "goose3", _goose3),
    Tool("justext", "jusText", "jusText", _justext, provides=()),
    Tool("boilerpy3", "boilerpy3 ArticleExtractor", "boilerpy3", _boilerpy3, provides=()),
)
TOOL_NAMES = tuple(dict.fromkeys(t.name for t in TOOLS))


def version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


# --------------------------------------------------------------------------- running


@dataclasses.dataclass
class Result:
    tool: Tool
    installed: bool
    note: str = ""
    rows: list[dict[str, Any]] = dataclasses.field(default_factory=list)  # one per page, with "folder"
    errors: int = 0
    seconds: float | None = None  # median seconds for one pass over all pages
    blocked: int = 0


def run_tool(tool: Tool, pages: list[Page], inputs: list[str], passes: int, net: NetworkBlock) -> Result:
    """Warm-up pass (scored), then ``passes`` timed passes; errors become empty outputs.

    Blocked network attempts during the run, import included, are counted against the tool."""
    key = tool.label
    before = net.attempts[key]
    with net.blame(key):
        try:
            run = tool.make()
        except Exception as exc:  # ImportError, or a peer that breaks on import
            note = f"not installed ({type(exc).__name__}: {exc})"
            return Result(tool, False, note[:160])
        result = Result(tool, True)
        for page, doc in zip(pages, inputs, strict=True):
            try:
                out = run(doc)
            except Exception:
                result.errors += 1
                out = Output()
            row = score_page(out, page)
            row["folder"] = page.folder
            row["file"] = page.file
            result.rows.append(row)
        samples = []
        for _ in range(passes):
            t0 = time.perf_counter()
            for doc in inputs:
                with contextlib.suppress(Exception):
                    run(doc)
            samples.append(time.perf_counter() - t0)
        result.seconds = statistics.median(samples) if samples else None
    result.blocked = net.attempts[key] - before
    return result


BASELINE = Tool("baseline", "*empty output (baseline)*", "", lambda: lambda doc: Output())


def empty_baseline(pages: list[Page]) -> Result:
    """What a tool that returns nothing scores: right wherever the gold field is empty."""
    result = Result(BASELINE, True)
    for page in pages:
        row = score_page(Output(), page)
        row["folder"] = page.folder
        row["file"] = page.file
        result.rows.append(row)
    return result


def run_section(
    section: str, pages: list[Page], tools: Sequence[Tool], passes: int, net: NetworkBlock
) -> list[Result]:
    texts = [p.text for p in pages]
    if section == "text":
        html_inputs = [minimal_html(p.text) for p in pages]
    else:
        html_inputs = [synthetic_html(p.text, p.gold) for p in pages]
    results = [empty_baseline(pages)]
    for tool in tools:
        if section == "html" and tool.text_input:
            continue
        results.append(run_tool(tool, pages, texts if tool.text_input else html_inputs, passes, net))
    return results


# --------------------------------------------------------------------------- report


def pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}%"


def _cells(res: Result, rows: list[dict[str, Any]]) -> list[str]:
    s = summarise(rows)
    meta = []
    for field in METADATA:
        meta.append(pct(s[field]) if field in res.tool.provides else "n/a")
    if "authors" in res.tool.provides:
        prec = s["author_precision"]
        precision = f"{pct(prec)} of {s['authors_returned']}" if prec is not None else "none returned"
    else:
        precision = "n/a"
    return [
        str(s["pages"]),
        meta[0],
        meta[1],
        precision,
        meta[2],
        f"{s['body_f1']:.3f}" if s["body_f1"] is not None else "–",
        pct(s["body_first"]),
        pct(s["body_last"]),
    ]


def _input_label(tool: Tool, section: str) -> str:
    if tool is BASELINE:
        return "–"
    if tool.text_input:
        return "text"
    return "minimal HTML" if section == "text" else "synthetic HTML"


def accuracy_table(results: list[Result], section: str, folder: str | None) -> list[str]:
    head = [
        "| tool | input | pages | headline | authors | author precision | published | body F1 "
        "| body first | body last |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    out = []
    for res in results:
        label = f"{res.tool.label}"
        if not res.installed:
            out.append(f"| {label} | – | – | not installed | | | | | | |")
            continue
        rows = [r for r in res.rows if folder is None or r["folder"] == folder]
        if not rows:
            continue
        out.append(f"| {label} | {_input_label(res.tool, section)} | " + " | ".join(_cells(res, rows)) + " |")
    return head + out


def speed_table(results: list[Result], section: str, n_pages: int, passes: int) -> list[str]:
    ref = next((r for r in results if r.installed and r.tool.name == "newscorpus" and r.seconds), None)
    out = [
        f"{n_pages} pages a pass, one process: the first pass (the scored one) is the warm-up, then the "
        f"median of {passes} timed passes. ÷ newscorpus: the tool's docs/s divided by the first newscorpus "
        "row's (below 1× is slower than newscorpus).",
        "",
        "| tool | input | docs/s | ms a doc | ÷ newscorpus | errors | blocked fetches |",
        "|---|---|---|---|---|---|---|",
    ]
    for res in results:
        if res.tool is BASELINE:
            continue
        if not res.installed:
            out.append(f"| {res.tool.label} | – | not installed | | | | |")
            continue
        if not res.seconds:
            out.append(
                f"| {res.tool.label} | {_input_label(res.tool, section)} | – | – | – | "
                f"{res.errors} | {res.blocked} |"
            )
            continue
        rate = n_pages / res.seconds
        ratio = f"{ref.seconds / res.seconds:.2f}×" if ref and ref.seconds else "–"
        out.append(
            f"| {res.tool.label} | {_input_label(res.tool, section)} | {rate:,.0f} | "
            f"{1000 * res.seconds / n_pages:.2f} | {ratio} | {res.errors} | {res.blocked} |"
        )
    return out


SECTION_TITLES = {
    "text": "Given the text",
    "html": "Given HTML (synthetic, built from the gold)",
}
SECTION_NOTES = {
    "text": (
        "newscorpus.parse gets the page's text; every other row gets a minimal HTML page with one `<p>` per "
        "non-blank line (HTML-escaped, no `<title>`), newscorpus.parse_html included. This is the task "
        "newscorpus is built for (text as a scraper kept it); HTML extractors lose the markup they rely on."
    ),
    "html": (
        "**Synthetic HTML, built from the gold.** We have no real HTML of these pages. Each page is wrapped "
        "in HTML made from its text and its gold annotation: lines above the headline in `<nav>`, the "
        'headline in `<h1>` and `<title>`, the byline line in `<p class="byline">`, other lines in '
        "`<p>`, and a JSON-LD block with the gold headline, dates and authors. A tool that reads "
        '`<title>` or JSON-LD is handed the answer: read these figures as "does the tool use good '
        'markup", not as accuracy on real pages.'
    ),
}


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{platform.platform()}, {cpu}, {os.cpu_count()} CPUs"


def report(
    sections: dict[str, list[Result]],
    pages: list[Page],
    folders: Sequence[str],
    tools: Sequence[str],
    passes: int,
    command: str,
    with_accuracy: bool,
) -> str:
    present = [f for f in folders if any(p.folder == f for p in pages)]
    versions = []
    for name in tools:
        tool = next(t for t in TOOLS if t.name == name)
        versions.append(f"{tool.dist} {version(tool.dist) or 'not installed'}")
    out = [
        "# Benchmarks: newscorpus and its peers",
        "",
        "<!-- Generated by benchmarks/peers.py --write; do not edit by hand. -->",
        "",
        f"- Date: {dt.date.today().isoformat()}",
        f"- Command: `{command}`",
        f"- Machine: {machine()}",
        f"- Python: {platform.python_implementation()} {platform.python_version()}",
        f"- Versions: {', '.join(versions)}",
        f"- Pages: {', '.join(f'{f} ({sum(p.folder == f for p in pages)})' for f in present)}, "
        f"{len(pages)} in all",
        "",
        "How the figures are made (all tools, the same functions):",
        "",
        "- **headline**: exact match, whitespace collapsed; empty equals empty.",
        "- **authors**: the same names in the same order (case and spacing ignored); "
        "**author precision**: share of all returned authors that are in the gold (invented authors, "
        "agencies, outlets count against it), with the number returned.",
        "- **published**: the same date; when the tool and the gold both have a time, the same time too.",
        "- **body F1**: token F1 of the tool's body text against the gold body (the lines labelled "
        "paragraph or subheading; `accuracy.token_f1`), averaged over pages.",
        "- **body first / last**: the tool's first / last paragraph equals the gold's (whitespace "
        "collapsed). Paragraphs are the tool's own: its paragraph list, or its text split at line breaks "
        "(trafilatura, boilerpy3) or blank lines (newspaper4k, goose3).",
        "- **n/a**: the tool does not extract that field (jusText, boilerpy3: body only).",
        "- *empty output (baseline)*: what a tool that returns nothing scores; the gold leaves a field "
        "empty where the page does not show it (index pages have no headline, many pages no date), and "
        "empty equals empty.",
        "- **blocked fetches**: attempts to open a network connection, refused (no network at run time).",
        "",
    ]
    for section, results in sections.items():
        out += [f"## {SECTION_TITLES[section]}", "", SECTION_NOTES[section], ""]
        out += ["### All pages", "", *accuracy_table(results, section, None), ""]
        for folder in present:
            n = sum(p.folder == folder for p in pages)
            out += [f"### {folder} ({n} pages)", "", *accuracy_table(results, section, folder), ""]
        out += ["### Speed", "", *speed_table(results, section, len(pages), passes), ""]
        notes = [f"- {r.tool.label}: {r.note}" for r in results if r.note]
        if notes:
            out += [*notes, ""]
    if with_accuracy:
        figures = {k: v for k, v in accuracy.measure().items() if k in folders}
        title, _, tables = accuracy.markdown(
            figures, "newscorpus per source (benchmarks/accuracy.py)"
        ).partition("\n")
        out += [
            title,
            "",
            "The project's own scorer (`accuracy.markdown(accuracy.measure(), ...)`) on the same folders: "
            "all ten fields, every labelled line, per source.",
            tables,
        ]
    return "\n".join(out).rstrip() + "\n"


def _list(value: str, allowed: Sequence[str], what: str) -> list[str]:
    items = [v.strip() for v in value.split(",") if v.strip()]
    bad = [v for v in items if v not in allowed]
    if bad:
        raise argparse.ArgumentTypeError(
            f"unknown {what}: {', '.join(bad)} (choose from {', '.join(allowed)})"
        )
    return items


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--tools",
        type=lambda v: _list(v, TOOL_NAMES, "tool"),
        default=list(TOOL_NAMES),
        help=f"comma-separated, from {','.join(TOOL_NAMES)} (default: all)",
    )
    ap.add_argument(
        "--folders",
        type=lambda v: _list(v, tuple(FOLDERS), "folder"),
        default=list(FOLDERS),
        help=f"comma-separated gold folders, from {','.join(FOLDERS)} (default: all present)",
    )
    ap.add_argument(
        "--sections",
        type=lambda v: _list(v, tuple(SECTION_TITLES), "section"),
        default=list(SECTION_TITLES),
        help="text, html or both (default: both)",
    )
    ap.add_argument("--passes", type=int, default=5, help="timed passes after the warm-up (median reported)")
    ap.add_argument("--no-accuracy", action="store_true", help="leave out the benchmarks/accuracy.py section")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON instead of Markdown")
    ap.add_argument("--write", action="store_true", help=f"also write the report to {DOC.relative_to(ROOT)}")
    args = ap.parse_args(argv)
    command = shlex.join(["python", "benchmarks/peers.py", *(sys.argv[1:] if argv is None else argv)])

    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)
    pages = load_pages(args.folders)
    if not pages:
        print("no gold folder found", file=sys.stderr)
        return 1
    tools = [t for t in TOOLS if t.name in args.tools]
    with NetworkBlock() as net:
        sections = {s: run_section(s, pages, tools, args.passes, net) for s in args.sections}
    if args.json:
        data = {
            s: [
                {
                    "tool": r.tool.label,
                    "installed": r.installed,
                    "overall": summarise(r.rows) if r.installed else None,
                    "folders": {f: summarise([x for x in r.rows if x["folder"] == f]) for f in args.folders}
                    if r.installed
                    else None,
                    "docs_per_second": len(pages) / r.seconds if r.seconds else None,
                    "errors": r.errors,
                    "blocked_fetches": r.blocked,
                }
                for r in results
            ]
            for s, results in sections.items()
        }
        print(json.dumps(data, indent=1))
        return 0
    text = report(
        sections,
        pages,
        args.folders,
        args.tools,
        args.passes,
        command,
        with_accuracy=not args.no_accuracy and "newscorpus" in args.tools,
    )
    print(text, end="")
    if args.write:
        DOC.write_text(text, encoding="utf-8")
        print(f"wrote {DOC.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
