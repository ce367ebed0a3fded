"""benchmarks/peers.py: its scoring and normalisation helpers, the minimal HTML, and an end-to-end run."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import socket
import subprocess
import sys

import pytest

from tests.conftest import ROOT, load_gold, seed_text

sys.path.insert(0, str(ROOT / "benchmarks"))
import peers


def test_minimal_html_has_one_escaped_p_per_non_blank_line_and_no_title() -> None:
    text = 'A & B <say> "hi"\n\n   \nBy Jane O\'Doe\r\n  indented line  \n'
    page = peers.minimal_html(text)
    paras = re.findall(r"<p>(.*?)</p>", page)
    assert paras == ["A &amp; B &lt;say&gt; &quot;hi&quot;", "By Jane O&#x27;Doe", "indented line"]
    assert page.count("<p>") == 3
    assert "<title" not in page
    assert "<say>" not in page


def test_minimal_html_of_an_empty_page_has_no_paragraph() -> None:
    assert "<p>" not in peers.minimal_html("\n \n")


def test_synthetic_html_carries_headline_byline_and_json_ld() -> None:
    g = load_gold()[0]
    page = peers.synthetic_html(seed_text(str(g["file"])), g)
    assert f"<h1>{html.escape(str(g['headline']))}</h1>" in page
    assert '<p class="byline">' in page
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1))
    assert ld["headline"] == g["headline"]
    assert ld["datePublished"] == g["published"]
    assert [a["name"] for a in ld["author"]] == g["authors"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("2021-01-02", ("2021-01-02", None)),
        (dt.date(2021, 1, 2), ("2021-01-02", None)),
        (dt.datetime(2021, 1, 2), ("2021-01-02", None)),  # naive midnight: a date-only stamp
        ("2021-01-02T11:24:00+08:00", ("2021-01-02", "2021-01-02T11:24:00+08:00")),
        ("2021-01-02T03:24:00Z", ("2021-01-02", "2021-01-02T03:24:00+00:00")),
        ("January 2, 2021 11:24", ("2021-01-02", "2021-01-02T11:24:00")),
        ("not a date at all", ("unparsed:not a date at all", None)),
    ],
)
def test_normalise_date(value: object, expected: object) -> None:
    assert peers.normalise_date(value) == expected


@pytest.mark.parametrize(
    ("got", "want", "ok"),
    [
        (None, None, True),
        ("2021-01-02", None, False),
        (None, "2021-01-02T11:24:00+08:00", False),
        ("2021-01-02", "2021-01-02T11:24:00+08:00", True),  # only the date to compare
        (dt.datetime(2021, 1, 2, 11, 24), "2021-01-02T11:24:00+08:00", True),  # wall clock
        ("2021-01-02T11:25:00+08:00", "2021-01-02T11:24:00+08:00", False),
        ("2021-01-02T04:24:00+01:00", "2021-01-02T11:24:00+08:00", True),  # the same instant
        ("2021-01-03", "2021-01-02T11:24:00+08:00", False),
        ("2021-01-02", "2021-01-02", True),
    ],
)
def test_dates_match(got: object, want: object, ok: bool) -> None:
    assert peers.dates_match(got, want) is ok


def test_authors_match_is_exact_list_ignoring_case_and_spacing() -> None:
    assert peers.authors_match(["Chen  Qingqing", "liu caiyu"], ["Chen Qingqing", "Liu Caiyu"])
    assert not peers.authors_match(["Liu Caiyu", "Chen Qingqing"], ["Chen Qingqing", "Liu Caiyu"])
    assert not peers.authors_match(["Chen Qingqing"], ["Chen Qingqing", "Liu Caiyu"])
    assert peers.authors_match([], None)
    assert not peers.authors_match(["Xinhua"], [])


def test_author_precision_counts_invented_authors() -> None:
    assert peers.authors_in_gold(["Chen Qingqing", "Xinhua", "Global Times"], ["Chen Qingqing"]) == (1, 3)
    assert peers.authors_in_gold([], ["Chen Qingqing"]) == (0, 0)
    s = peers.summarise(
        [
            {**_row(), "authors_ok": 1, "authors_returned": 3},
            {**_row(), "authors_ok": 0, "authors_returned": 0},
        ]
    )
    assert s["author_precision"] == pytest.approx(1 / 3)
    assert s["authors_returned"] == 3


def _row() -> dict[str, object]:
    keys = ("headline", "authors", "published", "body_first", "body_last")
    return {**dict.fromkeys(keys, True), "body_f1": 1.0, "authors_ok": 0, "authors_returned": 0}


def _seed_page() -> peers.Page:
    pages = peers.load_pages(["seeds"])
    assert len(pages) == 5
    return pages[0]


def test_gold_output_scores_full_marks_and_empty_output_scores_the_empty_fields() -> None:
    page = _seed_page()
    g = page.gold
    body = peers.gold_body(page.text, g)
    assert body[0] == g["body_first"]
    assert body[-1] == g["body_last"]
    assert len(body) == g["body_paragraphs"]
    perfect = peers.Output(g["headline"], list(g["authors"]), g["published"], body)
    row = peers.score_page(perfect, page)
    assert row["body_f1"] == 1.0
    assert all(row[k] for k in ("headline", "authors", "published", "body_first", "body_last"))
    empty = peers.score_page(peers.Output(), page)
    assert empty["body_f1"] == 0.0
    assert not (empty["headline"] or empty["authors"] or empty["published"] or empty["body_first"])


def test_body_f1_is_accuracy_token_f1() -> None:
    page = _seed_page()
    half = peers.gold_body(page.text, page.gold)[::2]
    row = peers.score_page(peers.Output(paragraphs=half), page)
    import accuracy

    want = " ".join(peers.gold_body(page.text, page.gold))
    assert row["body_f1"] == accuracy.token_f1(" ".join(half), want)
    assert 0 < row["body_f1"] < 1


def test_split_paragraphs() -> None:
    assert peers.split_paragraphs("a  b\n\n c \n", "\n") == ["a b", "c"]
    assert peers.split_paragraphs("one\ntwo\n\nthree", "\n\n") == ["one two", "three"]
    assert peers.split_paragraphs(None) == []


def _fetching_tool() -> peers.Extractor:
    def run(page: str) -> peers.Output:
        socket.create_connection(("example.com", 80), timeout=1)
        return peers.Output()

    return run


def _missing_tool() -> peers.Extractor:
    raise ImportError("No module named 'nothing_here'")


def test_network_is_blocked_counted_per_tool_and_restored() -> None:
    connect, create = socket.socket.connect, socket.create_connection
    pages = [_seed_page()]
    fetcher = peers.Tool("fetcher", "fetcher", "fetcher", _fetching_tool)
    missing = peers.Tool("missing", "missing", "missing", _missing_tool)
    with peers.NetworkBlock() as net:
        res = peers.run_tool(fetcher, pages, [peers.minimal_html(pages[0].text)], 2, net)
        gone = peers.run_tool(missing, pages, ["x"], 2, net)
    assert socket.socket.connect is connect
    assert socket.create_connection is create
    assert res.installed
    assert res.errors == 1
    assert res.blocked == 3  # the scored warm-up pass and two timed passes
    assert res.seconds is not None
    assert not gone.installed
    assert gone.note.startswith("not installed")


def test_end_to_end_newscorpus_only() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "peers.py"),
            "--tools",
            "newscorpus",
            "--folders",
            "seeds",
            "--passes",
            "1",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "| tool | input | pages | headline | authors |" in out
    assert "| newscorpus.parse | text | 5 | 100.0% | 100.0% |" in out
    assert "| newscorpus.parse_html | synthetic HTML | 5 |" in out
    assert "docs/s" in out
    assert "--tools newscorpus --folders seeds --passes 1" in out
    assert "## newscorpus per source (benchmarks/accuracy.py)" in out
    assert "trafilatura" not in out.split("## Given the text")[1].split("## newscorpus per source")[0]


def test_unknown_tool_is_refused() -> None:
    with pytest.raises(SystemExit):
        peers.main(["--tools", "nosuchtool"])
