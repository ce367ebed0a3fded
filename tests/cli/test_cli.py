"""End to end: the real ``newscorpus`` command, run as a subprocess (``python -m newscorpus``)."""

from __future__ import annotations

import json
import os
import pathlib
import signal
import subprocess
import sys
import time

import pytest

import newscorpus
from tests.conftest import ROOT, SEEDS
from tests.corpus.helpers import HTML_PAGE, SEED_FILES, seed_pages, write_jsonl, write_warc


def cli(*args: object, stdin: bytes | None = None, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newscorpus", *map(str, args)],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
        check=False,
    )


def rows(out: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


def read_rows(path: pathlib.Path) -> list[dict[str, object]]:
    return rows(path.read_bytes())


# ---------------------------------------------------------------- the seeds


def test_readme_command_prints_a_summary_of_each_seed() -> None:
    proc = cli("parse", "seeds/")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    blocks = [b for b in out.split("== ") if b.strip()]
    assert len(blocks) == 5  # gold.json is not a page
    for block, path in zip(blocks, SEED_FILES, strict=True):
        assert block.startswith(f"seeds/{path.name}")
        for label in ("headline:", "authors:", "published:", "body:"):
            assert label in block
    assert "China hopes next US govt will restore normalcy to bilateral ties" in out
    assert b"5 documents, 0 errors" in proc.stderr


def test_seeds_as_json_lines_match_parse() -> None:
    proc = cli("parse", "seeds", "--json")
    assert proc.returncode == 0, proc.stderr
    got = rows(proc.stdout)
    assert [r["id"] for r in got] == [f"seeds/{p.name}" for p in SEED_FILES]
    for row, page in zip(got, seed_pages(), strict=True):
        expected = newscorpus.parse(page).to_dict()
        assert {k: v for k, v in row.items() if k not in ("id", "url")} == expected


def test_segments_carry_spans(tmp_path: pathlib.Path) -> None:
    page = SEED_FILES[1]
    proc = cli("parse", page, "--segments")
    assert proc.returncode == 0, proc.stderr
    (row,) = rows(proc.stdout)
    text = page.read_text(encoding="utf-8")
    segs = row["segments"]
    assert isinstance(segs, list) and segs
    assert [(s["start"], s["end"], s["kind"]) for s in segs] == [
        (s.start, s.end, s.kind.value) for s in newscorpus.parse(text).segments
    ]


# ---------------------------------------------------------------- bad input never stops the run


def test_directory_with_an_undecodable_file(tmp_path: pathlib.Path) -> None:
    pages = seed_pages()
    (tmp_path / "a.txt").write_text(pages[0], encoding="utf-8")
    (tmp_path / "b-broken.txt").write_bytes(
        b"Headline here\n\nBody \x80\x81\xfe text \xc3\x28 that is broken.\n"
    )
    (tmp_path / "notes.md").write_text("not a page", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("not a page either", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_bytes(HTML_PAGE)
    (tmp_path / "sub" / "d.txt").write_text(pages[3], encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = cli("parse", tmp_path, "-o", out)
    assert proc.returncode == 1
    got = read_rows(out)
    names = [pathlib.Path(str(r["id"])).name for r in got]
    assert names == ["a.txt", "b-broken.txt", "c.html", "d.txt"]
    broken = got[1]
    assert broken["error_code"] == "undecodable" and "offset" in str(broken["error"])
    assert all("error" not in r for i, r in enumerate(got) if i != 1)
    assert got[2]["headline"] == "Ministers meet to discuss regional trade and climate plans"
    assert b"1 error" in proc.stderr and b"undecodable" in proc.stderr
    # --encoding auto lets parse() guess, so the same file parses (with a warning)
    again = cli("parse", tmp_path / "b-broken.txt", "--json", "--encoding", "auto")
    assert again.returncode == 0
    assert [w["code"] for w in rows(again.stdout)[0]["warnings"]] == ["bytes-fallback"]  # type: ignore[union-attr]


def test_jsonl_with_bad_lines_and_custom_fields(tmp_path: pathlib.Path) -> None:
    pages = seed_pages()
    src = write_jsonl(
        tmp_path / "dump.jsonl",
        [
            {"key": "k1", "body": pages[0], "link": "https://www.globaltimes.cn/x.html"},
            '{"key": "k2", "body": "unterminated',
            {"key": "k3", "title": "no body field"},
            "[1, 2, 3]",
            "",
            {"body": pages[2]},
        ],
    )
    proc = cli(
        "parse", src, "--json", "--text-field", "body", "--id-field", "key", "--url-field", "link", "-j", "2"
    )
    assert proc.returncode == 1
    got = rows(proc.stdout)
    assert [r["id"] for r in got] == ["k1", f"{src}:2", "k3", f"{src}:4", f"{src}:6"]
    assert [r.get("error_code") for r in got] == [None, "bad-json", "no-text", "bad-json", None]
    assert got[0]["url"] == "https://www.globaltimes.cn/x.html"
    assert got[0]["source"] == "global_times"  # the URL reached the parser
    assert got[4]["headline"] == newscorpus.parse(pages[2]).headline


def test_warc_html_and_other_records(tmp_path: pathlib.Path) -> None:
    pytest.importorskip("warcio")
    warc = write_warc(tmp_path / "crawl.warc.gz")
    proc = cli("parse", warc, "--json")
    assert proc.returncode == 1, proc.stderr
    got = rows(proc.stdout)
    assert len(got) == 3  # warcinfo and request records are not documents
    page, image, missing = got
    assert page["headline"] == "Ministers meet to discuss regional trade and climate plans"
    assert page["url"] == "http://example.com/news/ministers.html"
    assert str(page["id"]).startswith("<urn:uuid:")
    assert image["error_code"] == "not-html" and "image/png" in str(image["error"])
    assert missing["error_code"] == "not-html" and "404" in str(missing["error"])
    quiet = cli("parse", warc, "--json", "--skip-non-html")
    assert quiet.returncode == 0
    assert len(rows(quiet.stdout)) == 1


def test_missing_file_and_size_limit(tmp_path: pathlib.Path) -> None:
    proc = cli("parse", tmp_path / "nope.txt", SEED_FILES[0], SEED_FILES[3], "--json", "--max-bytes", "6kB")
    assert proc.returncode == 1
    got = rows(proc.stdout)
    assert [r.get("error_code") for r in got] == ["unreadable", "too-large", None]


def test_timeout_gives_an_error_row_and_the_run_goes_on(tmp_path: pathlib.Path) -> None:
    pages = seed_pages()
    slow = "\n\n".join(pages * 1000)  # about 50 MB: 0.5 s of work or more (compiled), over the 0.2 s limit
    src = write_jsonl(
        tmp_path / "t.jsonl",
        [{"id": "a", "text": pages[0]}, {"id": "slow", "text": slow}, {"id": "b", "text": pages[1]}],
    )
    for jobs in ("1", "2"):
        started = time.monotonic()
        proc = cli(
            "parse", src, "--json", "--timeout", "0.2", "--max-bytes", "0", "-j", jobs, "--chunksize", "1"
        )
        assert time.monotonic() - started < 20
        assert proc.returncode == 1, proc.stderr
        got = rows(proc.stdout)
        assert [r["id"] for r in got] == ["a", "slow", "b"]
        assert [r.get("error_code") for r in got] == [None, "timeout", None]


def test_stdin_page_and_stdin_jsonl() -> None:
    page = seed_pages()[1].encode("utf-8")
    proc = cli("parse", "-", "--json", stdin=page)
    assert proc.returncode == 0
    (row,) = rows(proc.stdout)
    assert row["id"] == "<stdin>" and row["headline"]
    html = cli("parse", "--json", stdin=HTML_PAGE)  # no INPUT: stdin
    assert rows(html.stdout)[0]["headline"] == "Ministers meet to discuss regional trade and climate plans"
    lines = b"\n".join(json.dumps({"id": i, "text": t}).encode() for i, t in enumerate(seed_pages()[:3]))
    proc = cli("parse", "-", "--format", "jsonl", "--json", stdin=lines + b"\n{oops\n")
    assert proc.returncode == 1
    assert [r["id"] for r in rows(proc.stdout)] == ["0", "1", "2", "<stdin>:4"]


# ---------------------------------------------------------------- processes, order, resume


def test_many_documents_on_two_cores_keep_input_order(tmp_path: pathlib.Path) -> None:
    pages = seed_pages()
    src = write_jsonl(tmp_path / "many.jsonl", [{"id": f"d{i}", "text": pages[i % 5]} for i in range(120)])
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert cli("parse", src, "-o", one, "-j", "1").returncode == 0
    assert cli("parse", src, "-o", two, "-j", "2", "--chunksize", "7").returncode == 0
    assert one.read_bytes() == two.read_bytes()
    assert [r["id"] for r in read_rows(two)] == [f"d{i}" for i in range(120)]


def test_killed_run_resumes_with_every_document_once(tmp_path: pathlib.Path) -> None:
    pages = seed_pages()
    total = 1000
    src = write_jsonl(tmp_path / "crawl.jsonl", [{"id": f"d{i}", "text": pages[i % 5]} for i in range(total)])
    out = tmp_path / "out.jsonl"
    args = [
        sys.executable,
        "-m",
        "newscorpus",
        "parse",
        str(src),
        "-o",
        str(out),
        "-j",
        "2",
        "--chunksize",
        "4",
    ]
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if out.exists() and out.read_bytes().count(b"\n") >= 60:
                break
            time.sleep(0.005)
        children = pathlib.Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        workers = [int(pid) for pid in children.read_text().split()] if children.exists() else []
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(10)
    deadline = time.monotonic() + 10
    while workers and time.monotonic() < deadline:  # orphaned workers notice and exit
        workers = [pid for pid in workers if pathlib.Path(f"/proc/{pid}").exists() and not _zombie(pid)]
        time.sleep(0.02)
    assert not workers
    written = out.read_bytes().count(b"\n")
    assert 60 <= written < total, "the run must be killed halfway"
    resumed = cli("parse", src, "-o", out, "-j", "2", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert b"skipped" in resumed.stderr
    ids = [r["id"] for r in read_rows(out)]
    assert len(ids) == total
    assert sorted(ids) == sorted(f"d{i}" for i in range(total))


def _zombie(pid: int) -> bool:
    try:
        return pathlib.Path(f"/proc/{pid}/stat").read_text().split(") ")[1].startswith("Z")
    except (OSError, IndexError):
        return True


def test_resume_cuts_a_partial_last_line(tmp_path: pathlib.Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": f"p{i}", "text": t} for i, t in enumerate(seed_pages())])
    out = tmp_path / "out.jsonl"
    full = cli("parse", src, "-o", out)
    assert full.returncode == 0
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:2]) + lines[2][: len(lines[2]) // 2])  # killed while writing row 3
    again = cli("parse", src, "-o", out, "--resume")
    assert again.returncode == 0
    assert out.read_bytes() == b"".join(lines)  # the cut row is parsed again, in input order
    assert b"2 skipped" in again.stderr


# ---------------------------------------------------------------- other outputs and commands


def test_parquet_output(tmp_path: pathlib.Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "x", "text": seed_pages()[0]}, "{bad"])
    out = tmp_path / "out.parquet"
    proc = cli("parse", src, SEEDS, "-o", out, "--segments")
    assert proc.returncode == 1, proc.stderr
    table = pq.read_table(out).to_pylist()
    assert [r["id"] for r in table] == ["x", f"{src}:2", *(f"{SEEDS}/{p.name}" for p in SEED_FILES)]
    assert table[1]["error_code"] == "bad-json" and table[1]["headline"] is None
    assert table[0]["headline"] == newscorpus.parse(seed_pages()[0]).headline
    assert table[0]["segments"][0]["kind"]
    assert not (tmp_path / "out.parquet.partial").exists()


def test_usage_errors_exit_2(tmp_path: pathlib.Path) -> None:
    assert cli("parse", "seeds", "--resume").returncode == 2
    assert cli("parse", "seeds", "-o", tmp_path / "x.parquet", "--resume").returncode == 2
    assert cli("parse", "seeds", "--jobs", "many").returncode == 2
    assert cli("parse", "seeds", "--max-bytes", "lots").returncode == 2
    assert cli("frobnicate").returncode == 2
    assert cli().returncode == 2


def test_help_reads_well() -> None:
    top = cli("--help")
    assert top.returncode == 0
    assert b"parse" in top.stdout and b"sources" in top.stdout
    sub = cli("parse", "--help")
    assert sub.returncode == 0
    for needle in (
        b"--jobs",
        b"--resume",
        b"--timeout",
        b"--max-bytes",
        b"--text-field",
        b"exit status",
        b"WARC",
    ):
        assert needle in sub.stdout


def test_sources_lists_the_registered_parsers() -> None:
    table = cli("sources")
    assert table.returncode == 0
    text = table.stdout.decode("utf-8")
    for name in ("global_times", "xinhua", "china_daily"):
        assert name in text
    listed = rows(cli("sources", "--json").stdout)
    by_name = {r["name"]: r for r in listed}
    assert "globaltimes.cn" in by_name["global_times"]["domains"]  # type: ignore[operator]
    assert by_name["global_times"]["time_zone"] == "UTC+08:00"
    assert (by_name["global_times"]["date_order"], by_name["tgvn"]["date_order"]) == (None, "DMY")
    assert all(set(r) == {"name", "title", "domains", "time_zone", "date_order", "version"} for r in listed)


def test_summary_mode_names_each_error_code(tmp_path: pathlib.Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("A title here\n\nSome text of the story, long enough to be prose.\n")
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8 broken \x80\x81" * 3)
    (folder / "empty.txt").write_text("   \n")
    proc = cli("parse", folder, "--max-bytes", "20")
    assert proc.returncode == 1
    out = proc.stdout.decode("utf-8")
    assert "[too-large]" in out  # the summary block of a failed document shows its code
    err = proc.stderr.decode("utf-8")
    assert "errors: " in err and "too-large" in err and " error\n" not in err and "1 error," not in err


def test_date_order_option(tmp_path: pathlib.Path) -> None:
    page = tmp_path / "us.txt"
    page.write_text(
        "Senate passes budget\n\nPublished: 03/04/2021 10:15\n\n"
        "The Senate passed the budget on Thursday after a long debate, members said.\n"
    )
    [default] = rows(cli("parse", page, "--json").stdout)
    [month_first] = rows(cli("parse", page, "--json", "--date-order", "MDY").stdout)
    assert (default["published"], month_first["published"]) == ("2021-04-03T10:15:00", "2021-03-04T10:15:00")
    assert cli("parse", page, "--date-order", "YMD").returncode == 2
