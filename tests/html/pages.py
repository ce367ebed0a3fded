"""HTML pages built from the plain-text seeds, generically from their lines (tests and benchmarks)."""

from __future__ import annotations

import html
import json

from tests.conftest import load_gold, seed_text


def _norm(text: str) -> str:
    return " ".join(text.split())


def wrap_text(text: str, gold: dict[str, object]) -> str:
    """Simple HTML for a plain-text page: lines above the headline in ``<nav>``, the headline in ``<h1>``,
    the byline line in ``<p class="byline">``, every other non-blank line in its own ``<p>``, and a JSON-LD
    block with the gold headline, dates and authors."""
    lines = text.splitlines()
    headline = str(gold.get("headline") or "")
    byline = gold.get("byline")
    h = next((i for i, ln in enumerate(lines) if headline and _norm(ln) == headline), None)
    article: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    if headline:
        article["headline"] = headline
    for key, field in (("datePublished", "published"), ("dateModified", "updated")):
        if gold.get(field):
            article[key] = gold[field]
    authors = gold.get("authors") or []
    assert isinstance(authors, list)
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
        if not byline_done and isinstance(byline, str) and byline in _norm(ln):
            out.append(f'<p class="byline">{html.escape(ln)}</p>')
            byline_done = True
        else:
            out.append(f"<p>{html.escape(ln)}</p>")
    out.append("</article><script>window.x = '<p>not text</p>';</script></body></html>\n")
    return "\n".join(out)


def seed_pages() -> list[tuple[str, str, str]]:
    """(file name, seed text, wrapped HTML) for every seed."""
    out = []
    for g in load_gold():
        name = str(g["file"])
        text = seed_text(name)
        out.append((name, text, wrap_text(text, g)))
    return out
