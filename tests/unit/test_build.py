"""The pure-Python and the mypyc-compiled build (docs/speed.md, "The compiled build")."""

from __future__ import annotations

import contextlib
import importlib
import importlib.machinery
import io
import os

import pytest

import newscorpus
import newscorpus.pipeline
from newscorpus.corpus.cli import main


def test_compiled_says_which_build_is_loaded() -> None:
    extension = newscorpus.pipeline.__file__.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
    assert newscorpus.compiled is extension


def test_the_expected_build_is_under_test() -> None:
    """``NEWSCORPUS_EXPECT_COMPILED=1`` (CI, on the compiled wheel) fails when the pure code is loaded,
    the C kernel included (unless ``NEWSCORPUS_PURE=1`` asked for it to be left out)."""
    expected = os.environ.get("NEWSCORPUS_EXPECT_COMPILED")
    if expected is None:
        pytest.skip("NEWSCORPUS_EXPECT_COMPILED is not set")
    assert newscorpus.compiled is (expected == "1"), newscorpus.pipeline.__file__
    if expected == "1":
        kernel = importlib.import_module("newscorpus._speedups")  # ImportError when it was not built
        importlib.import_module("newscorpus._splitlines")
        pure = os.environ.get("NEWSCORPUS_PURE", "").strip().lower() in {"1", "true", "yes", "on"}
        assert newscorpus.speedups is not pure, kernel.__file__


def test_version_names_the_build() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        main(["--version"])
    build = "compiled with mypyc" if newscorpus.compiled else "pure Python"
    build += ", C kernels" if newscorpus.speedups else ""
    assert out.getvalue().strip() == f"newscorpus {newscorpus.__version__} ({build})"
