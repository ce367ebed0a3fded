"""The docs can't rot: their Python examples run and the generated tables match the code."""

from __future__ import annotations

import re
import sys

import pytest

from tests.conftest import ROOT

DOCS = ROOT / "docs"
BLOCK = re.compile(r"```python\n(.*?)```", re.S)
PAGES = ["sources.md", "index.md", "../README.md"]


def blocks(page: str) -> list[str]:
    return BLOCK.findall((DOCS / page).read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", PAGES)
def test_python_examples_run(page: str) -> None:
    found = blocks(page)
    assert found, f"{page} has Python examples"
    namespace: dict[str, object] = {
        "raw_text": "A title\n\nBy Jane Doe\n\nSome text of the story, long enough."
    }
    for code in found:
        exec(compile(code, f"{page}:example", "exec"), namespace)


def test_sources_table_matches_the_registry() -> None:
    sys.path.insert(0, str(DOCS))
    try:
        import generate
    finally:
        sys.path.remove(str(DOCS))
    table = generate.sources_table()
    assert (DOCS / "sources-table.md").read_text(encoding="utf-8") == table
    assert table.strip() in (DOCS / "sources.md").read_text(encoding="utf-8")
