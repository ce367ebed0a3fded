"""HTML pages per second: newscorpus.parse_html() against trafilatura.extract() on the same pages.

    python benchmarks/html_speed.py            # prints a Markdown table
    python benchmarks/html_speed.py --write    # also writes it into docs/html.md (between the markers)

The pages are the five seeds wrapped in simple HTML (tests/html/pages.py) and
synthetic pages built from them with the markup of a real news site around the
text (navigation lists, hidden menus, inline scripts and styles, JSON-LD, a
share bar, a related-stories table, nested wrappers).  One process, one core:
a warm-up pass, then the median of several timed passes over the whole set
repeated.  trafilatura is an optional extra (``pip install 'newscorpus[bench]'``);
without it the script says "not installed".
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import importlib.util
import json
import pathlib
import platform
import statistics
import sys
import time
from collections.abc import Callable

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.html.pages import seed_pages  # noqa: E402

from newscorpus.html import parse_html  # noqa: E402

START, END = "<!-- html-speed:start -->", "<!-- html-speed:end -->"


def synthetic(text: str, title: str) -> str:
    """A page shaped like a real news site's around the text of one seed."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    nav = "".join(f'<li class="menu-item"><a href="/s/{i}">Section {i}</a></li>' for i in range(40))
    hidden = "".join(f'<li><a href="/m/{i}">Mobile {i}</a></li>' for i in range(40))
    body = "".join(
        f'<div class="row"><div class="col"><p class="para" data-i="{i}">{html.escape(ln)}</p></div></div>'
        for i, ln in enumerate(lines)
    )
    related = "".join(
        f"<tr><td><a href='/r/{i}'>Related story number {i} about the news</a></td>"
        f"<td>2020-03-{i + 1:02d}</td></tr>"
        for i in range(15)
    )
    ld = json.dumps(
        {"@type": "NewsArticle", "headline": title, "author": {"@type": "Person", "name": "Jane Doe"}}
    )
    script = "var tracking = {" + ",".join(f'"k{i}": "{"x" * 40}"' for i in range(200)) + "};"
    style = ".a{color:red}" * 400
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)} - Site</title>"
        f"<meta property='og:title' content='{html.escape(title, quote=True)}'>"
        f"<meta property='og:site_name' content='Site'><style>{style}</style>"
        f"<script type='application/ld+json'>{ld}</script><script>{script}</script></head><body>"
        f"<header><nav><ul>{nav}</ul></nav><ul class='mobile' style='display:none'>{hidden}</ul></header>"
        f"<main><div class='wrap'><div class='inner'><article>{body}</article></div></div>"
        "<div class='share' aria-hidden='true'><a>Facebook</a><a>Twitter</a></div>"
        f"<aside><h3>Related</h3><table>{related}</table></aside></main>"
        f"<footer><p>Copyright 2020 Site. All rights reserved.</p></footer><script>{script}</script>"
        "</body></html>"
    )


def pages() -> list[str]:
    out = []
    for _name, text, page in seed_pages():
        out.append(page)
        first = next(ln for ln in text.splitlines() if ln.strip())
        out.append(synthetic(text, first.strip()))
    return out


def timed(fn: Callable[[str], object], docs: list[str], repeat: int, passes: int) -> float:
    """Median seconds a page over ``passes`` passes of ``repeat`` rounds, after a warm-up pass."""
    for doc in docs:
        fn(doc)
    samples = []
    for _ in range(passes):
        t0 = time.perf_counter()
        for _ in range(repeat):
            for doc in docs:
                fn(doc)
        samples.append((time.perf_counter() - t0) / (repeat * len(docs)))
    return statistics.median(samples)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5, help="rounds over the page set in one pass")
    ap.add_argument("--passes", type=int, default=5, help="timed passes (the median is reported)")
    ap.add_argument("--write", action="store_true", help="write the table into docs/html.md")
    args = ap.parse_args()
    docs = pages()
    avg_kb = sum(len(d.encode()) for d in docs) / len(docs) / 1000
    ours = timed(lambda d: parse_html(d), docs, args.repeat, args.passes)
    rows = [("newscorpus.parse_html", ours)]
    if importlib.util.find_spec("trafilatura") is not None:
        import trafilatura

        version = getattr(trafilatura, "__version__", "?")
        rows.append(
            (f"trafilatura {version} extract()", timed(trafilatura.extract, docs, args.repeat, args.passes))
        )
        rows.append(
            (
                f"trafilatura {version} extract(with_metadata=True)",
                timed(lambda d: trafilatura.extract(d, with_metadata=True), docs, args.repeat, args.passes),
            )
        )
        note = ""
    else:
        note = "trafilatura: not installed (pip install 'newscorpus[bench]')"
    out = [
        f"Measured {dt.date.today().isoformat()} with `python benchmarks/html_speed.py --write` on "
        f"{platform.machine()} / Python {platform.python_version()}: {len(docs)} pages "
        f"(average {avg_kb:.1f} kB), one process, warm-up pass, median of {args.passes} passes "
        f"of {args.repeat} rounds.",
        "",
        "| extractor | pages/s | ms a page | parse_html pages/s ÷ this |",
        "|---|---|---|---|",
    ]
    for label, sec in rows:
        out.append(f"| {label} | {1 / sec:,.0f} | {sec * 1000:.2f} | {sec / ours:.2f}× |")
    if note:
        out += ["", note]
    report = "\n".join(out)
    print(report)
    if args.write:
        path = ROOT / "docs" / "html.md"
        doc = path.read_text(encoding="utf-8")
        if START in doc and END in doc:
            head, rest = doc.split(START, 1)
            _, tail = rest.split(END, 1)
            path.write_text(f"{head}{START}\n{report}\n{END}{tail}", encoding="utf-8")
        else:
            print(f"docs/html.md has no {START} ... {END} block; not written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
