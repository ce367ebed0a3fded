"""End to end: ``newscorpus learn``, ``parse --profile``, ``parse --learn`` and ``profile show``
on a generated mini site (the real command, as a subprocess)."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

import newscorpus
from newscorpus.site import SiteProfiles
from tests.conftest import ROOT
from tests.corpus.helpers import FOOTER, MENU, PROMO, article


def cli(*args: object, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newscorpus", *map(str, args)],
        input=stdin,
        capture_output=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )


def rows(out: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """A directory of 20 text pages, and ``site.profile`` learned from it by the command."""
    root = tmp_path_factory.mktemp("mini")
    pages = root / "pages"
    pages.mkdir()
    for i in range(20):
        (pages / f"p{i:02d}.txt").write_text(article(i)[0], encoding="utf-8")
    proc = cli("learn", pages, "-o", root / "site.profile", "--show", "4")
    assert proc.returncode == 0, proc.stderr
    (root / "learn.stderr").write_bytes(proc.stderr)
    return root


def test_learn_writes_a_profile_of_the_site(site: pathlib.Path) -> None:
    profiles = SiteProfiles.load(site / "site.profile")
    assert list(profiles) == ["generic"]  # no URLs, no source parser recognises the pages
    profile = profiles["generic"]
    assert profile.pages == 20 and profile.table_error == 0
    assert profile.share(PROMO) == profile.share(MENU) == profile.share(FOOTER) == 1.0
    assert profile.count(article(3)[1][0]) == 1
    summary = (site / "learn.stderr").read_text(encoding="utf-8")
    assert "20 documents, 0 errors" in summary and "learned 20 pages of 1 site" in summary
    assert "generic: 20 pages" in summary and PROMO in summary
    assert summary.count(" 100% ") == 4  # --show 4: menu, byline, promo, footer (ties alphabetical)


def test_parse_with_the_profile_relabels_the_promo(site: pathlib.Path) -> None:
    page = site / "pages" / "p05.txt"
    plain = rows(cli("parse", page, "--segments").stdout)[0]
    proc = cli("parse", page, "--segments", "--profile", site / "site.profile")
    assert proc.returncode == 0, proc.stderr
    (row,) = rows(proc.stdout)
    text = page.read_text(encoding="utf-8")
    kinds = {text[s["start"] : s["end"]]: (s["kind"], s["reason"]) for s in row["segments"]}  # type: ignore[union-attr]
    before = {text[s["start"] : s["end"]]: (s["kind"], s["reason"]) for s in plain["segments"]}  # type: ignore[union-attr]
    assert before[PROMO][0] == "paragraph"  # alone, the page cannot tell
    kind, reason = kinds[PROMO]
    assert reason == "site-repeated" and kind != "paragraph"
    for paragraph in article(5)[1]:
        assert kinds[paragraph] == before[paragraph] and kinds[paragraph][0] == "paragraph"
    assert row["body"] == article(5)[1]
    assert row["headline"] == plain["headline"]


def test_parse_learn_is_learn_then_parse(site: pathlib.Path) -> None:
    pages = site / "pages"
    two_pass = cli("parse", pages, "--learn", "--json", "-j", "2", "--chunksize", "4")
    assert two_pass.returncode == 0, two_pass.stderr
    with_file = cli("parse", pages, "--json", "--profile", site / "site.profile")
    assert with_file.returncode == 0, with_file.stderr
    assert two_pass.stdout == with_file.stdout
    got = rows(two_pass.stdout)
    assert len(got) == 20 and all(PROMO not in row["body"] for row in got)  # type: ignore[operator]
    assert b"learning: 20 documents" in two_pass.stderr and b"learned 20 pages of 1 site" in two_pass.stderr


def test_without_a_profile_nothing_changes(site: pathlib.Path) -> None:
    proc = cli("parse", site / "pages", "--json")
    assert proc.returncode == 0
    for i, row in enumerate(rows(proc.stdout)):
        expected = newscorpus.parse(article(i)[0]).to_dict()
        assert {k: v for k, v in row.items() if k not in ("id", "url")} == expected
        assert PROMO in row["body"]  # type: ignore[operator]


def test_profile_show_lists_the_promo(site: pathlib.Path) -> None:
    proc = cli("profile", "show", site / "site.profile", "-n", "5")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    assert "1 site, 20 pages" in out and "generic: 20 pages" in out
    promo = next(line for line in out.splitlines() if PROMO in line)
    assert promo.split()[:2] == ["100%", "20"]
    proc = cli("profile", "show", site / "site.profile", "--site", "generic", "--json", "-n", "4")
    (shown,) = rows(proc.stdout)
    assert shown["site"] == "generic" and shown["pages"] == 20
    assert {"text": PROMO, "pages": 20, "share": 1.0} in shown["lines"]  # type: ignore[operator]
    missing = cli("profile", "show", site / "site.profile", "--site", "example.org")
    assert missing.returncode == 2 and b"no site 'example.org'" in missing.stderr


def _two_sites(tmp_path: pathlib.Path) -> pathlib.Path:
    """JSON lines: 20 pages of harbour.example (with URLs), 6 HTML pages of other.example (found by
    their canonical link) and a page without a URL."""
    lines = []
    for i in range(20):
        lines.append({"id": f"h{i}", "url": f"https://www.harbour.example/{i}", "text": article(i)[0]})
    for i in range(6):
        text, _ = article(100 + i)
        body = "".join(f"<p>{line}</p>" for line in text.splitlines() if line)
        html = f'<html><head><link rel="canonical" href="https://other.example/{i}"></head><body>{body}</body></html>'
        lines.append({"id": f"o{i}", "html": html})
    lines.append({"id": "lost", "text": article(200)[0]})
    lines.append({"id": "broken"})
    src = tmp_path / "crawl.jsonl"
    src.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return src


def test_learn_on_two_processes_equals_one(tmp_path: pathlib.Path) -> None:
    src = _two_sites(tmp_path)
    one, two = tmp_path / "one.profile", tmp_path / "two.profile"
    first = cli("learn", src, "-o", one, "-j", "1")
    assert first.returncode == 1  # the item without text is left out, and reported
    assert b"1 error" in first.stderr and b"no-text" in first.stderr
    assert b"learned 27 pages of 3 sites" in first.stderr
    second = cli("learn", src, "-o", two, "-j", "2", "--chunksize", "3", "-q")
    assert second.returncode == 1 and second.stderr == b""
    assert one.read_bytes() == two.read_bytes()
    profiles = SiteProfiles.load(one)
    assert list(profiles) == ["harbour.example", "other.example", "generic"]
    assert [p.pages for p in profiles.values()] == [20, 6, 1]
    assert profiles["other.example"].share(PROMO) == 1.0  # learned from the rendered HTML
    # parse --profile looks each page up by the key it was learned under
    proc = cli("parse", src, "--json", "--profile", one, "-j", "2", "--chunksize", "5")
    got = {row["id"]: row for row in rows(proc.stdout)}
    for key in ("h3", "o2"):
        assert PROMO not in got[key]["body"]  # type: ignore[operator]
        assert len(got[key]["body"]) == 2  # type: ignore[arg-type]
    assert PROMO in got["lost"]["body"]  # type: ignore[operator]  # its site has one page: too few


def test_stdin(tmp_path: pathlib.Path) -> None:
    data = _two_sites(tmp_path).read_bytes()
    out = tmp_path / "stdin.profile"
    proc = cli("learn", "-", "--format", "jsonl", "-o", out, stdin=data)
    assert proc.returncode == 1, proc.stderr
    assert SiteProfiles.load(out)["harbour.example"].pages == 20
    twice = cli("parse", "-", "--learn", "--format", "jsonl", stdin=data)
    assert twice.returncode == 2 and b"standard input can only be read once" in twice.stderr
    assert cli("parse", "--learn", stdin=data).returncode == 2  # no INPUT is stdin too


def test_bad_profile_files_are_usage_errors(tmp_path: pathlib.Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(article(1)[0], encoding="utf-8")
    missing = cli("parse", page, "--profile", tmp_path / "nope.profile")
    assert missing.returncode == 2 and b"cannot read the site profile" in missing.stderr
    bogus = cli("parse", page, "--profile", page)
    assert bogus.returncode == 2 and b"not a newscorpus site profile" in bogus.stderr
    both = cli("parse", page, "--profile", page, "--learn")
    assert both.returncode == 2 and b"not allowed with" in both.stderr
    assert cli("profile", "show", page).returncode == 2
    assert cli("learn", page).returncode == 2  # -o is required
