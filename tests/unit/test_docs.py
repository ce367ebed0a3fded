"""The docs can't rot: every example runs, the generated parts match the code, every page is in the site.

How the examples of a page are run (every ``docs/**/*.md`` page and README.md):

- Its fenced blocks run in document order, in a fresh temporary directory that
  holds a copy of ``seeds/`` (so ``seeds/`` means what it means at the
  repository root), sharing one namespace: a block may use what an earlier
  block of the same page defined.
- ```` ```python ```` blocks are executed.
- ```` ```bash ```` (``sh``, ``shell``, ``console``) blocks: each command that
  runs ``newscorpus`` (also after ``&&``, ``;`` or ``|``, or as
  ``.venv/bin/newscorpus`` or ``python -m newscorpus``) must be accepted by the
  command's argument parser; it is then really run when all its inputs exist
  (the seeds, or files an earlier block made) and it does not read stdin, and
  it must exit with status 0.
- ```` ```json ```` blocks must be valid JSON, ```` ```toml ```` blocks valid TOML.
- ``<!-- skip-example: REASON -->`` on the line right before a block skips
  running it (a Python block is still compiled). For examples that need a
  network, a cluster or an extra that is not in the ``test`` extra; use sparingly.
- Source parsers an example registers are unregistered after the page.
"""

from __future__ import annotations

import contextlib
import fnmatch
import io
import json
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from newscorpus.corpus.cli import build_parser
from newscorpus.sources import registry
from tests.conftest import ROOT, SEEDS

DOCS = ROOT / "docs"
README = ROOT / "README.md"
PAGES = [*sorted(DOCS.rglob("*.md")), README]
SHELLS = {"bash", "sh", "shell", "console"}
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`\n]*)$")
SKIP = re.compile(r"^\s*<!--\s*skip-example:\s*(?P<reason>.*?)\s*-->\s*$")
OPERATORS = {"|", "||", "&&", ";", "&"}


@dataclass(frozen=True)
class Block:
    """One fenced code block of a page."""

    page: Path
    lang: str
    code: str
    line: int  # line number of the first line of code (1-based)
    skip: str | None  # the reason of a skip-example marker right before the fence

    @property
    def where(self) -> str:
        page = self.page.relative_to(ROOT) if self.page.is_relative_to(ROOT) else self.page
        return f"{page}:{self.line}"


def fenced_blocks(page: Path) -> list[Block]:
    """The fenced code blocks of a Markdown page, in order (nested fences are part of their block)."""
    lines = page.read_text(encoding="utf-8").split("\n")
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if match is None:
            i += 1
            continue
        indent, fence = match.group("indent"), match.group("fence")
        lang = match.group("info").split()[0].lower() if match.group("info").strip() else ""
        skip = SKIP.match(lines[i - 1]) if i > 0 else None
        body: list[str] = []
        j = i + 1
        while j < len(lines):
            close = FENCE.match(lines[j])
            if (
                close is not None
                and close.group("fence")[0] == fence[0]
                and len(close.group("fence")) >= len(fence)
                and not close.group("info").strip()
            ):
                break
            body.append(lines[j][len(indent) :] if lines[j].startswith(indent) else lines[j].lstrip())
            j += 1
        blocks.append(
            Block(page, lang, "\n".join(body) + "\n", i + 2, skip.group("reason") if skip else None)
        )
        i = j + 1
    return blocks


def runnable(block: Block) -> bool:
    return block.lang in {"python", "py", "json", "toml"} or (
        block.lang in SHELLS and bool(cli_commands(block))
    )


def page_id(page: Path) -> str:
    return str(page.relative_to(ROOT))


# ------------------------------------------------------------------------- shell commands


def logical_lines(code: str) -> list[str]:
    """Shell lines with ``\\``-continuations joined and a ``$ `` prompt removed."""
    out: list[str] = []
    pending = ""
    for raw in code.splitlines():
        line = pending + raw
        if line.rstrip().endswith("\\"):
            pending = line.rstrip()[:-1] + " "
            continue
        pending = ""
        out.append(line[2:] if line.startswith("$ ") else line)
    return out


def cli_commands(block: Block) -> list[tuple[list[str], bool]]:
    """``(argv, piped)`` for each ``newscorpus`` command of a shell block; ``piped`` when stdin is a pipe."""
    found: list[tuple[list[str], bool]] = []
    for line in logical_lines(block.code):
        lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
        lexer.whitespace_split = True
        lexer.commenters = "#"
        words: list[str] = []
        piped = False
        for token in [*lexer, ";"]:
            if token not in OPERATORS:
                words.append(token)
                continue
            argv = _newscorpus_argv(words)
            if argv is not None:
                found.append((argv, piped))
            piped = token == "|"
            words = []
    return found


def _newscorpus_argv(words: list[str]) -> list[str] | None:
    if words and Path(words[0]).name == "newscorpus":
        return words[1:]
    if len(words) >= 3 and Path(words[0]).name.startswith("python") and words[1:3] == ["-m", "newscorpus"]:
        return words[3:]
    return None


def check_cli(argv: list[str], piped: bool, cwd: Path, where: str) -> None:
    """The parser accepts ``argv``; run it when its inputs are there and it does not read a pipe."""
    sink = io.StringIO()
    status: object = None
    try:
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            args = build_parser().parse_args(argv)
    except SystemExit as exc:
        status = exc.code
    command = f"`newscorpus {shlex.join(argv)}`"
    assert status in (None, 0), f"{where}: {command} is not a valid command:\n{sink.getvalue()}"
    if status is not None:
        return  # --help, --version
    inputs = getattr(args, "inputs", [])
    if args.command == "parse" and (piped or not inputs or "-" in inputs):
        return
    if not all((cwd / name).exists() for name in inputs):
        return
    done = subprocess.run(
        [sys.executable, "-m", "newscorpus", *argv],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"{where}: {command} exited {done.returncode}:\n{done.stderr}"


# ------------------------------------------------------------------------- running a page

EXAMPLE_PAGES = [p for p in PAGES if any(runnable(b) for b in fenced_blocks(p))]


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temporary working directory with a copy of the seeds; parsers registered in it are dropped after."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    before = set(registry._runtime)
    yield tmp_path
    for name in set(registry._runtime) - before:
        registry.unregister_parser(name)


def run_page(page: Path, cwd: Path) -> None:
    namespace: dict[str, object] = {"__name__": "__main__"}
    for block in fenced_blocks(page):
        if block.lang in {"python", "py"}:
            code = compile("\n" * (block.line - 1) + block.code, str(page), "exec")
            if block.skip is None:
                exec(code, namespace)
        elif block.lang == "json":
            for part in _json_documents(block.code):
                json.loads(part)
        elif block.lang == "toml" and sys.version_info >= (3, 11):
            import tomllib

            tomllib.loads(block.code)
        elif block.lang in SHELLS:
            for argv, piped in cli_commands(block):
                if block.skip is None:
                    check_cli(argv, piped, cwd, block.where)
                else:
                    check_cli(argv, True, cwd, block.where)  # parse the arguments, run nothing


def _json_documents(code: str) -> list[str]:
    """A JSON block holds one document, or one document a line (JSON lines)."""
    try:
        json.loads(code)
    except json.JSONDecodeError:
        return [line for line in code.splitlines() if line.strip()]
    return [code]


@pytest.mark.parametrize("page", EXAMPLE_PAGES, ids=page_id)
def test_examples_run(page: Path, sandbox: Path) -> None:
    run_page(page, sandbox)


def test_the_main_pages_have_examples() -> None:
    for name in ["README.md", "docs/index.md", "docs/quickstart.md", "docs/fields.md", "docs/sources.md"]:
        page = ROOT / name
        assert any(b.lang == "python" and b.skip is None for b in fenced_blocks(page)), name
    assert {ROOT / "README.md", DOCS / "quickstart.md", DOCS / "cli.md"} <= set(EXAMPLE_PAGES)


def test_skipped_examples_say_why() -> None:
    skipped = [b for page in PAGES for b in fenced_blocks(page) if b.skip is not None]
    for block in skipped:
        assert len(block.skip or "") >= 10, f"{block.where}: give the reason after skip-example:"
    assert len(skipped) <= 6, "skip-example is for the few examples that cannot run here: " + ", ".join(
        b.where for b in skipped
    )


def test_block_reader(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_text(
        "# x\n\n<!-- skip-example: needs a cluster -->\n```python\nx = 1\n```\n\n"
        "````md\n```python\nnot = run\n```\n````\n",
        encoding="utf-8",
    )
    blocks = fenced_blocks(path)
    assert [(b.lang, b.code, b.line, b.skip) for b in blocks] == [
        ("python", "x = 1\n", 5, "needs a cluster"),
        ("md", "```python\nnot = run\n```\n", 9, None),
    ]
    code = "cat a.html | newscorpus parse - --json  # stdin\n.venv/bin/newscorpus \\\n  sources\n"
    shell = Block(path, "bash", code, 1, None)
    assert cli_commands(shell) == [(["parse", "-", "--json"], True), (["sources"], False)]


# ------------------------------------------------------------------------- generated parts


def _generate():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(DOCS))
    try:
        import generate
    finally:
        sys.path.remove(str(DOCS))
    return generate


def test_sources_table_matches_the_registry() -> None:
    generate = _generate()
    table = generate.sources_table()
    assert (DOCS / "sources-table.md").read_text(encoding="utf-8") == table
    assert table.strip() in (DOCS / "sources.md").read_text(encoding="utf-8")


def _normal_help(text: str) -> str:
    """Help compared across Python versions: whitespace collapsed, ``-o OUT, --output OUT`` as 3.13 has it."""
    text = re.sub(r"(?<![\w-])(-\w) [A-Z][A-Z_]*, (--[\w-]+ [A-Z][A-Z_]*)", r"\1, \2", text)
    return " ".join(text.split())


def test_cli_page_shows_the_current_help() -> None:
    generate = _generate()
    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    blocks = {m.group("args"): m.group("body") for m in generate.CLI_BLOCK.finditer(page)}
    assert set(blocks) == {"--help", "parse --help", "sources --help"}
    for args, body in blocks.items():
        live = generate.cli_help(args.split())
        assert "usage: newscorpus" in live
        assert _normal_help(body) == _normal_help(f"```text\n{live.rstrip()}\n```\n"), (
            f"docs/cli.md is out of date for `newscorpus {args}`: run python docs/generate.py"
        )


# ------------------------------------------------------------------------- the site


def test_every_page_is_in_the_site() -> None:
    yaml = pytest.importorskip("yaml", reason="PyYAML comes with the docs extra (mkdocs)")
    if not (ROOT / "mkdocs.yml").exists():
        pytest.skip("no mkdocs.yml (an sdist)")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    excluded = [p.strip() for p in config.get("exclude_docs", "").splitlines() if p.strip()]

    def entries(node: object) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, list):
            return [e for item in node for e in entries(item)]
        if isinstance(node, dict):
            return [e for value in node.values() for e in entries(value)]
        return []

    nav = entries(config["nav"])
    assert len(nav) == len(set(nav)), "a page is in the nav twice"
    for entry in nav:
        assert (DOCS / entry).is_file(), f"mkdocs.yml nav names {entry}, which is not in docs/"
    for page in sorted(DOCS.rglob("*.md")):
        name = page.relative_to(DOCS).as_posix()
        if not any(fnmatch.fnmatch(name, pattern) for pattern in excluded):
            assert name in nav, f"docs/{name} is neither in mkdocs.yml's nav nor in exclude_docs"


def test_changelog_page_includes_the_changelog() -> None:
    page = (DOCS / "changelog.md").read_text(encoding="utf-8")
    assert '--8<-- "CHANGELOG.md"' in page
    assert (ROOT / "CHANGELOG.md").read_text(encoding="utf-8").startswith("# Changelog")


def _warning_codes() -> set[str]:
    """Every code passed to ``ParseWarning(...)`` in the source."""
    import ast

    codes: set[str] = set()
    for path in (ROOT / "src" / "newscorpus").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", None)) == "ParseWarning"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                codes.add(node.args[0].value)
    return codes


def test_every_warning_code_is_documented() -> None:
    codes = _warning_codes()
    assert {"bytes-decoded", "date-unparsed", "evidence-conflict"} <= codes
    page = (DOCS / "warnings.md").read_text(encoding="utf-8")
    missing = sorted(code for code in codes if f"| `{code}` |" not in page)
    assert not missing, f"docs/warnings.md does not list these warning codes: {missing}"


def test_api_reference_renders_docstrings_as_markdown() -> None:
    pytest.importorskip("griffe", reason="griffe comes with the docs extra (mkdocstrings)")
    sys.path.insert(0, str(DOCS))
    try:
        from griffe_docstrings import to_markdown
    finally:
        sys.path.remove(str(DOCS))
    text = (
        "See :func:`~newscorpus.parse` and :class:`Article`.\n\n"
        ">>> 1 + 1  # doctest: +ELLIPSIS\n2\n\n"
        "Codes::\n\n"
        "==========  =====\n``a``       one\n``bb``      two\n==========  =====\n"
    )
    assert to_markdown(text).split("\n") == [
        "See `parse` and `Article`.",
        "",
        "```pycon",
        ">>> 1 + 1",
        "2",
        "```",
        "",
        "Codes:",
        "",
        "|  |  |",
        "|---|---|",
        "| ``a`` | one |",
        "| ``bb`` | two |",
        "",
    ]
