"""The C loop (newscorpus._splitlines) against the pure loop it replaces, lines._split_on_newlines_pure().

The kernel must give the same list of Line tuples, field by field and type by type, and call
_other_line() with the same arguments for the same lines. Skipped where the kernel is not built.
"""

from __future__ import annotations

import gc
import os
import pathlib
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newscorpus
from newscorpus import lines
from newscorpus.lines import Line

kernel = pytest.importorskip("newscorpus._splitlines")

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED_DEV = pathlib.Path("/work/shared/dev")
PAGES = sorted(
    [
        *ROOT.glob("seeds/*.txt"),
        *ROOT.glob("tests/fixtures/*/*.txt"),
        *(SHARED_DEV.glob("*.txt") if SHARED_DEV.is_dir() else []),
    ]
)

Call = tuple[object, ...]
OTHER_LINE = lines._other_line  # the function itself: _same() patches the module's name


def _recorder(calls: list[Call]) -> Callable[..., Any]:
    def other_line(*args: Any) -> Line:
        calls.append(args)
        return OTHER_LINE(*args)

    return other_line


def _same(text: str) -> list[Line]:
    """Kernel and pure loop agree on ``text``: the lines, their field types, the _other_line() calls."""
    kernel_calls: list[Call] = []
    got: list[Line] = kernel.split_on_newlines(text, Line, _recorder(kernel_calls))
    if newscorpus.compiled:  # a compiled module calls its own _other_line: the calls cannot be watched
        want = lines._split_on_newlines_pure(text)
        pure_calls = kernel_calls
    else:
        pure_calls = []
        with mock.patch.object(lines, "_other_line", _recorder(pure_calls)):
            want = lines._split_on_newlines_pure(text)
    assert got == want
    assert kernel_calls == pure_calls
    assert all(type(ln) is Line for ln in got)
    assert [[type(v) for v in ln] for ln in got] == [[type(v) for v in ln] for ln in want]
    for ln in got:
        assert type(ln.norm) is str and type(ln.ends_sentence) is bool and type(ln.digits) is int
    return got


def test_split_on_newlines_uses_the_kernel() -> None:
    if os.environ.get("NEWSCORPUS_PURE", "").strip() == "1":
        assert lines._KERNEL is None
    else:
        assert lines._KERNEL is kernel.split_on_newlines


@pytest.mark.parametrize(("value", "kernel_used"), [("1", False), (" 1 ", False), ("0", True), ("", True)])
def test_newscorpus_pure_selects_the_pure_loop(value: str, kernel_used: bool) -> None:
    env = {**os.environ, "NEWSCORPUS_PURE": value}
    code = "from newscorpus import lines; print(lines._KERNEL is not None)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(kernel_used)


# --- exact examples ---------------------------------------------------------------------------------


def test_examples() -> None:
    text = '  Hello world.  \n\n \t \nBy Jane Doe | Xinhua\n(Done!)"\n- 7 -\n|\nx\ty\n'
    got = _same(text)
    assert [tuple(ln) for ln in got] == [
        (0, 1, 2, 14, "Hello world.", 0, 2, 0, 0, True),
        (1, 4, 22, 42, "By Jane Doe | Xinhua", 2, 4, 0, 0, False),
        (2, 5, 43, 51, '(Done!)"', 0, 1, 0, 0, True),
        (3, 6, 52, 57, "- 7 -", 0, 1, 1, 0, False),
        (4, 7, 58, 59, "|", 0, 0, 0, 0, False),
        (5, 8, 60, 63, "x y", 0, 2, 0, 0, False),  # the tab: through _other_line()
    ]


def test_offsets_count_code_points() -> None:
    # A non-ASCII line before an ASCII one, in each string kind; lone surrogates; NBSP and U+3000 strip.
    for wide in ("é", "中", "😀", "\ud800"):
        text = f"\u00a0{wide} x\u3000\n\u3000\u00a0 Plain line 42.\u2003\n"
        got = _same(text)
        assert [(ln.start, ln.end, ln.norm) for ln in got] == [
            (1, 4, f"{wide} x"),
            (9, 23, "Plain line 42."),
        ]
        assert got[1].words == 3 and got[1].digits == 1 and got[1].ends_sentence is True


def test_zero_width_line_is_kept() -> None:
    got = _same("a\n\u200b\n\ufeff\u200b\n")
    assert [ln.norm for ln in got] == ["a", "", ""]


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("a - b", 2),
        ("- a b -", 2),
        ("|", 0),
        ("| |", 0),
        ("a_b _ 9", 3),
        ("x " * 39 + "|", 39),  # 40 tokens: the punctuation rule holds
        ("x " * 40 + "|", 41),  # 41 tokens: it does not
        ("x" * 396 + " | y", 2),  # 400 characters
        ("x" * 397 + " | y", 3),  # 401 characters
    ],
)
def test_words(line: str, words: int) -> None:
    (got,) = _same(line)
    assert got.words == words


@pytest.mark.parametrize("length", [300, 3999, 4000, 4001])
@pytest.mark.parametrize("position", [*range(395, 405), 2999])
def test_digit_window(length: int, position: int) -> None:
    line = ("ab " * 1400)[:length]
    text = line[:position] + "5" + line[position + 1 :]
    (got,) = _same(text)
    assert got.digits == (1 if min(position, length) < 400 else 0)


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("Done.", True),
        ("Done?", True),
        ("Done!", True),
        ("“Done.”", True),
        ('"Done."', True),
        ("(Done.)'\"]", True),
        ("Done)", False),
        (")", False),
        ('"")', False),
        ("Done…", True),
        ("Done。", True),
        ("Done.)”", True),
        ("Done", False),
    ],
)
def test_ends_sentence(line: str, ends: bool) -> None:
    (got,) = _same(line)
    assert got.ends_sentence is ends


@pytest.mark.parametrize("length", [3999, 4000, 4001, 4002])
def test_long_lines(length: int) -> None:
    for filler in ("word, ", "w | 9 ", "ab  ", "é a "):
        _same((filler * 1200)[:length] + "\n" + (filler * 1200)[: length - 1])


# --- identical on every page -------------------------------------------------------------------------


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_pages(path: pathlib.Path) -> None:
    text = path.read_text(encoding="utf-8")
    _same(lines._plain_breaks(text))
    _same(text)  # the raw text too, other line breaks and all


# --- properties ----------------------------------------------------------------------------------------

PIECES = [
    *"abcxyzABZ_",
    "word",
    "News",
    *"0123456789",
    " ",
    " ",
    " ",
    "  ",
    "\t",
    *"\x00\x07\x1b\x1f\x7f",
    *".,;:!?|-/*&#@~",
    "--",
    "...",
    *"\"')]",
    *"”’»）】。！？…",
    *"éüßøłçñ",
    "ٳ",
    "٣",
    "１",
    "\u00a0",
    "\u3000",
    "\u2003",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u00ad",
    "\u200e",
    "中文",
    "北京",
    "ひら",
    "\ud800",
    "\udfff",
    "😀",
    "\n",
    "\n",
    "\n\n",
    " \n ",
    "\t\n",
    "\u3000\n",
    "\x85",
    "\x1c",
    "\r",
    "\u2028",
]
ASCII_PIECES = [p for p in PIECES if p.isascii()]


def _long_line(filler: str, length: int, insert: str, at: int) -> str:
    base = (filler * (length // max(1, len(filler)) + 2))[:length]
    at = min(at, length)
    return base[:at] + insert + base[at:]


pieces = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)
ascii_heavy = st.lists(st.sampled_from(ASCII_PIECES * 4 + PIECES), max_size=120).map("".join)
long_lines = st.builds(
    _long_line,
    st.sampled_from(["ab ", "word, ", "x | ", "w — 9 ", "a\tb ", "é ", "中 ", "The end. "]),
    st.one_of(st.integers(380, 420), st.integers(3980, 4020)),
    st.lists(st.sampled_from(PIECES), max_size=4).map("".join),
    st.integers(0, 4100),
)
texts = st.lists(st.one_of(pieces, ascii_heavy, long_lines), max_size=6).map("\n".join)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_kernel_matches_pure_loop(text: str) -> None:
    _same(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_kernel_matches_pure_loop_on_any_text(text: str) -> None:
    _same(text)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_split_lines_with_breaks_made_plain(text: str) -> None:
    _same(lines._plain_breaks(text))


# --- arguments and errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("a",),
        ("a", Line),
        ("a", Line, lines._other_line, None),
        (None, Line, lines._other_line),
        (b"a", Line, lines._other_line),
        (1, Line, lines._other_line),
        ("a", None, lines._other_line),
        ("a", "Line", lines._other_line),
        ("a", list, lines._other_line),
        ("a", int, lines._other_line),
        ("a", Line(0, 0, 0, 0, "", 0, 0, 0, 0, False), lines._other_line),
        ("a", time.struct_time, lines._other_line),  # tuple.__new__() refuses it: not safe
        ("a", os.stat_result, lines._other_line),
        ("a", Line, None),
        ("a", Line, 1),
    ],
)
def test_wrong_arguments_raise_type_error(args: tuple[object, ...]) -> None:
    with pytest.raises(TypeError):
        kernel.split_on_newlines(*args)


def test_keyword_arguments_raise_type_error() -> None:
    with pytest.raises(TypeError):
        kernel.split_on_newlines("a", Line, other_line=lines._other_line)


def test_str_subclass_and_plain_tuple() -> None:
    class Text(str):
        pass

    text = Text("a b.\n\tc\td ")
    got = kernel.split_on_newlines(text, tuple, lambda *args: args)
    assert got == [(0, 1, 0, 4, "a b.", 0, 2, 0, 0, True), (1, 2, 6, "c\td", 0)]
    assert type(got[0]) is tuple and type(got[0][4]) is str


def test_other_line_result_is_appended_as_is() -> None:
    marker = object()
    assert kernel.split_on_newlines("é\n\nx\ty", Line, lambda *args: marker) == [marker, marker]


def test_errors_propagate_and_release_references() -> None:
    class Stop(Exception):
        pass

    def other_line(*args: Any) -> Line:
        if args[0] == 3:
            raise Stop
        return lines._other_line(*args)

    text = "a\né\nb\nc\td\ne"
    gc.collect()
    before = (sys.getrefcount(Line), sys.getrefcount(other_line), sys.getrefcount(text))
    for _ in range(100):
        with pytest.raises(Stop):
            kernel.split_on_newlines(text, Line, other_line)
        assert len(kernel.split_on_newlines(text, Line, lines._other_line)) == 5
    gc.collect()
    assert (sys.getrefcount(Line), sys.getrefcount(other_line), sys.getrefcount(text)) == before
