"""The examples in docs/site.md run as written, each on its own."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT

DOC = (ROOT / "docs" / "site.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", DOC, flags=re.DOTALL)


def test_docs_have_examples() -> None:
    assert len(BLOCKS) >= 4
    assert "<!-- profile-memory:start -->" in DOC and "<!-- profile-memory:end -->" in DOC


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block-{i}" for i in range(len(BLOCKS))])
def test_docs_example_runs(code: str) -> None:
    exec(compile(code, "docs/site.md", "exec"), {})
