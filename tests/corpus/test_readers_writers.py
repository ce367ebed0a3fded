"""Readers (files, directories, JSON lines, WARC) and writers (JSON lines, resume, Parquet)."""

from __future__ import annotations

import gzip
import json
import pathlib

import pytest

from newscorpus.corpus import Doc, ParseError
from newscorpus.corpus.readers import ReadOptions, looks_like_html, read_inputs
from newscorpus.corpus.writers import JsonlWriter, ParquetWriter, done_ids, json_payload, summary_text
from tests.corpus.helpers import HTML_PAGE, write_warc


def test_html_sniffing() -> None:
    assert looks_like_html(HTML_PAGE)
    assert looks_like_html(b"\xef\xbb\xbf  <!doctype HTML><p>x")
    assert looks_like_html(b"<!-- saved --><html><body>x</body></html>")
    assert not looks_like_html(b"Headline <html> in text\n\nBody.")
    assert looks_like_html(b"<div class='story'><p>One.</p><p>Two.</p></div>")  # a fragment
    assert not looks_like_html(b"<Breaking> Floods hit the north\n\nBody.")


def test_directory_walk_reads_pages_only(tmp_path: pathlib.Path) -> None:
    for name in ("b.txt", "a.HTML", "c.text", "gold.json", "x.jsonl", "notes.md", ".h.txt"):
        (tmp_path / name).write_bytes(b"<html>page</html>" if name.lower().endswith("html") else b"page")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.txt").write_bytes(b"page")
    (tmp_path / "sniffed.txt").write_bytes(HTML_PAGE)
    docs = list(read_inputs([str(tmp_path)], ReadOptions()))
    assert [pathlib.Path(d.id).name for d in docs] == ["a.HTML", "b.txt", "c.text", "sniffed.txt"]
    assert [d.html is not None for d in docs] == [True, False, False, True]
    assert docs[1].encoding == "utf-8"  # strict by default


def test_jsonl_gz_and_fields(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "x.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": 7, "html": "<html>x</html>", "url": "http://a"}) + "\n")
        fh.write(json.dumps({"text": "t", "html": "<p>h</p>"}) + "\n")
        fh.write(json.dumps({"id": "", "text": 5}) + "\n")
    docs = list(read_inputs([str(path)], ReadOptions()))
    assert docs == [
        Doc(id="7", html="<html>x</html>", url="http://a"),
        Doc(id=f"{path}:2", text="t"),  # text wins over HTML
        Doc(id=f"{path}:3", error="no string field 'text' or 'html'", code="no-text"),
    ]
    html_only = list(read_inputs([str(path)], ReadOptions(text_field="")))
    assert html_only[1] == Doc(id=f"{path}:2", html="<p>h</p>")


def test_truncated_gzip_gives_an_error_row(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "x.jsonl.gz"
    data = gzip.compress(b"".join(json.dumps({"text": "t" * 50}).encode() + b"\n" for _ in range(200)))
    path.write_bytes(data[: len(data) // 2])
    docs = list(read_inputs([str(path)], ReadOptions()))
    assert docs[-1].code == "unreadable"
    assert all(d.error is None for d in docs[:-1])


def test_warc_records(tmp_path: pathlib.Path) -> None:
    pytest.importorskip("warcio")
    warc = write_warc(tmp_path / "c.warc.gz")
    docs = list(read_inputs([str(warc)], ReadOptions()))
    assert [d.code for d in docs] == [None, "not-html", "not-html"]
    assert docs[0].html == HTML_PAGE and docs[0].encoding == "utf-8"
    assert docs[0].url == "http://example.com/news/ministers.html"
    limited = list(read_inputs([str(warc)], ReadOptions(max_bytes=100, skip_non_html=True)))
    assert [d.code for d in limited] == ["too-large"]


def test_done_ids_cuts_a_partial_line(tmp_path: pathlib.Path) -> None:
    out = tmp_path / "o.jsonl"
    writer = JsonlWriter(out)
    for i in range(3):
        writer.write(json_payload(Doc(id=f"r{i}"), ParseError(f"r{i}", "x"))[1])
    writer.close()
    whole = out.read_bytes()
    out.write_bytes(whole + b'{"id": "r3", "url": nu')
    assert done_ids(out) == {"r0", "r1", "r2"}
    assert out.read_bytes() == whole
    out.write_bytes(whole + b'{"url": null, "id": 5}\n')  # rows of another writer: read with json
    assert done_ids(out) == {"r0", "r1", "r2", "5"}
    assert done_ids(tmp_path / "missing.jsonl") == set()


def test_lone_surrogates_survive_as_escapes(tmp_path: pathlib.Path) -> None:
    ok, line = json_payload(Doc(id="s\ud800"), ParseError("s\ud800", "bad \udfff"))
    assert not ok
    line.decode("utf-8")  # valid UTF-8
    assert json.loads(line)["id"] == "s\ud800"


def test_parquet_writer(tmp_path: pathlib.Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "o.parquet"
    writer = ParquetWriter(out, batch=2)
    for i in range(5):
        writer.write({"id": f"e{i}", "url": None, "error": "bad \ud800", "error_code": "x"})
    writer.close()
    rows = pq.read_table(out).to_pylist()
    assert [r["id"] for r in rows] == [f"e{i}" for i in range(5)]
    assert rows[0]["error"] == "bad \ufffd" and rows[0]["body"] is None


def test_summary_of_an_error() -> None:
    assert summary_text("x.txt", ParseError("x.txt", "cannot read: gone", "unreadable")) == (
        "== x.txt\n  error:     cannot read: gone [unreadable]"
    )
