"""Test inputs for the corpus tools: pages, HTML, JSON lines and WARC files built on the fly."""

from __future__ import annotations

import io
import json
import pathlib
import random

from tests.conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def seed_pages() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEED_FILES]


HTML_PAGE = b"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Site | A title</title><script>var x = 1;</script></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<h1>Ministers meet to discuss regional trade and climate plans</h1>
<p>By Jane Doe</p>
<p>Published: 11:24, January 2, 2021</p>
<p>BEIJING - Ministers from ten countries met on Friday to discuss trade, and the talks went on late.</p>
<p>They agreed to meet again next year, officials said after the meeting in the capital ended.</p>
</body></html>
"""


def write_jsonl(path: pathlib.Path, rows: list[object]) -> pathlib.Path:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write((row if isinstance(row, str) else json.dumps(row)) + "\n")
    return path


def write_warc(path: pathlib.Path) -> pathlib.Path:
    """A gzipped WARC: warcinfo, a request, an HTML response, an image response and a 404."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newscorpus tests"}))
        url = "http://example.com/news/ministers.html"
        request = StatusAndHeaders(
            "GET /news/ministers.html HTTP/1.1", [("Host", "example.com")], is_http_request=True
        )
        writer.write_record(
            writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=request)
        )
        html_headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(HTML_PAGE), http_headers=html_headers
            )
        )
        png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "http://example.com/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n...."),
                http_headers=png,
            )
        )
        missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "http://example.com/gone.html",
                "response",
                payload=io.BytesIO(b"<html><body>Not found</body></html>"),
                http_headers=missing,
            )
        )
    return path


# ---------------------------------------------------------------- a mini site, for site profiles

MENU = "Home | World | Business | Opinion | Sport"
PROMO = "Our journalism is funded by readers like you, and every contribution helps us keep reporting."
FOOTER = "About us | Contact | Privacy | Terms of use"
WORDS = [
    *("amber", "birch", "cedar", "delta", "ember", "fjord", "garnet", "harbor", "indigo", "juniper"),
    *("kestrel", "lagoon", "meadow", "nectar", "orchid", "pebble", "quartz", "raven", "saffron"),
    *("tundra", "willow", "yarrow", "zephyr", "basalt", "copper", "dune"),
]


def article(i: int) -> tuple[str, list[str]]:
    """Page ``i`` of the site and its article paragraphs (they differ in words, not only in digits:
    the profile folds digits)."""
    rng = random.Random(i)
    a, b, c, d = rng.sample(WORDS, 4)
    paragraphs = [
        f"The {a} council met on a {b} morning to discuss the {c} proposal, officials said later that day.",
        f"Residents near the {c} river told reporters that the {a} plan split the {d} district for weeks.",
    ]
    lines = [MENU, f"{a.title()} and {b} plans stir debate in {d}", "By Kim Lee", ""]
    lines += [paragraphs[0], "", PROMO, "", paragraphs[1], "", FOOTER]
    return "\n".join(lines) + "\n", paragraphs
