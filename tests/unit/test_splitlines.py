"""The C loop (newscorpus._splitlines) against the pure loop it replaces, lines._split_on_newlines_pure().

The kernel must give the same list of Line tuples, field by field and type by type. It builds a line
itself when the line (stripped) is at most 4,000 characters long, printable (str.isprintable()) and free
of double spaces, ASCII or not, and calls _other_line() for exactly the other non-blank lines, with the
arguments the pure loop gives it (which hands over every non-ASCII line too). Skipped where the kernel is
not built.
"""

from __future__ import annotations

import gc
import os
import pathlib
import subprocess
import sys
import time
import tracemalloc
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


def _built_in_c(line: str) -> bool:
    """The kernel builds the (stripped, non-empty) line itself, instead of calling other_line()."""
    return len(line) <= 4000 and line.isprintable() and "  " not in line


def _built_in_pure_loop(line: str) -> bool:
    """The pure loop builds the line itself, instead of calling _other_line(): the ASCII ones of those."""
    return _built_in_c(line) and line.isascii()


def _same(text: str) -> list[Line]:
    """Kernel and pure loop agree on ``text``: the lines, their field types; and the kernel calls
    other_line() for exactly the lines it does not build itself, with the pure loop's arguments."""
    kernel_calls: list[Call] = []
    got: list[Line] = kernel.split_on_newlines(text, Line, _recorder(kernel_calls))
    want = lines._split_on_newlines_pure(text)
    assert got == want
    assert all(type(ln) is Line for ln in got)
    assert [[type(v) for v in ln] for ln in got] == [[type(v) for v in ln] for ln in want]
    for ln in got:
        assert type(ln.norm) is str and type(ln.ends_sentence) is bool and type(ln.digits) is int
    # other_line() receives a line stripped, as start:end bound it in the text.
    every_call = [(ln.position, ln.number, ln.start, text[ln.start : ln.end], ln.blank_before) for ln in want]
    assert kernel_calls == [call for call in every_call if not _built_in_c(call[3])]
    if not newscorpus.compiled:  # a compiled module calls its own _other_line: the calls cannot be watched
        pure_calls: list[Call] = []
        with mock.patch.object(lines, "_other_line", _recorder(pure_calls)):
            lines._split_on_newlines_pure(text)
        assert pure_calls == [call for call in every_call if not _built_in_pure_loop(call[3])]
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
@pytest.mark.parametrize(("filler", "digit"), [("ab ", "5"), ("ab ", "٣"), ("éb ", "5"), ("中b ", "５")])
def test_digit_window(length: int, position: int, filler: str, digit: str) -> None:
    line = (filler * 1400)[:length]
    text = line[:position] + digit + line[position + 1 :]
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
        ("Done！", True),
        ("Done？", True),
        ("（好。）", True),
        ("【好！】", True),
        ("Done.»", True),
        ("Done?’”", True),
        ("…", True),
        ("“Done”", False),
        ("「好。」", False),  # 」 closes nothing here
        ("”’»）】", False),
        ("Done.«", False),
        ("Done .", True),
    ],
)
def test_ends_sentence(line: str, ends: bool) -> None:
    (got,) = _same(line)
    assert got.ends_sentence is ends
    assert _built_in_c(line)


@pytest.mark.parametrize("length", [3999, 4000, 4001, 4002])
def test_long_lines(length: int) -> None:
    for filler in ("word, ", "w | 9 ", "ab  ", "é a ", "“é” — ", "中文，", "١ ", "a\u00a0"):
        _same((filler * 1200)[:length] + "\n" + (filler * 1200)[: length - 1])


# --- lines with non-ASCII characters --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "words", "digits", "cjk", "ends"),
    [
        ("“Hello,” she said.", 3, 0, 0, True),
        ("— | —", 0, 0, 0, False),
        ("Cafè — 12 €", 2, 1, 0, False),
        ("٣ apples", 2, 1, 0, False),  # an Arabic-Indic digit: \d
        ("１２３", 1, 1, 0, False),  # fullwidth digits too
        ("²", 1, 0, 0, False),  # a digit to str.isdigit(), not to \d; a word character all the same
        ("Ⅻ", 1, 0, 0, False),  # numeric: a word character
        ("中文新闻。", 1, 0, 5, True),  # 。 is in U+2E80..U+9FFF
        ("「好。」", 1, 0, 4, False),
        ("x \u0301 y", 2, 0, 0, False),  # a combining mark alone is no word
        ("Nguye\u0302\u0303n Va\u0306n A", 3, 0, 0, False),
        ("_ —", 1, 0, 0, False),
        ("😀 ok", 1, 0, 0, False),
        ("ﬁne …", 1, 0, 0, True),
        ("١٢ — ²", 2, 1, 0, False),
        ("\ue000 x", 1, 0, 0, False),  # private use: not printable (other_line), no word character
        ("ñ" * 400, 1, 0, 0, False),
    ],
)
def test_non_ascii_line_features(line: str, words: int, digits: int, cjk: int, ends: bool) -> None:
    (got,) = _same(line)
    assert (got.words, got.digits, got.cjk, got.ends_sentence) == (words, digits, cjk, ends)


@pytest.mark.parametrize(
    ("line", "built"),
    [
        ("“Done.”", True),
        ("Café au lait", True),
        ("中文。", True),
        ("١٢ ٣", True),
        ("x — y …」", True),
        ("ａｂｃ！", True),
        ("😀", True),
        ("\u0301", True),
        ("é" * 4000, True),
        ("é" * 4001, False),
        ("a\u00a0b", False),  # NBSP
        ("a\u3000b", False),
        ("a\tb", False),
        ("a\u200bb", False),  # zero-width
        ("a\u00adb", False),  # soft hyphen
        ("é\x1fb", False),
        ("é\x7f", False),
        ("é\x85b", False),
        ("\ud800", False),  # a lone surrogate
        ("a\ud800b", False),
        ("“a  b”", False),
        ("é  b", False),
        ("a  é", False),
        ("a é  b", False),
        ("a\u2029b", False),
        ("\ue000", False),  # private use
    ],
)
def test_which_lines_go_to_other_line(line: str, built: bool) -> None:
    """The kernel keeps printable, singly spaced lines of up to 4,000 characters, whatever their alphabet."""
    calls: list[Call] = []
    (got,) = kernel.split_on_newlines(line, Line, _recorder(calls))
    assert calls == ([] if built else [(0, 1, 0, line, 0)])
    assert got == lines._split_on_newlines_pure(line)[0]
    _same(line)


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("x " * 39 + "—", 39),  # 40 tokens: the punctuation rule holds
        ("x " * 40 + "—", 41),  # 41 tokens: it does not
        ("é" * 396 + " — y", 2),  # 400 characters
        ("é" * 397 + " — y", 3),  # 401 characters
        ("— " * 20 + "é", 1),
        ("— " * 200 + "é", 201),
    ],
)
def test_non_ascii_words(line: str, words: int) -> None:
    (got,) = _same(line)
    assert got.words == words


@pytest.mark.parametrize("length", [405, 3999, 4000, 4001])
@pytest.mark.parametrize("position", [398, 399, 400, 401])
def test_cjk_window(length: int, position: int) -> None:
    """In a line over 400 characters, CJK characters count when one is among the first 400."""
    chars = list(("ab é " * 1000)[:length])
    chars[position] = "中"
    chars[-3:] = "文。x"
    text = "".join(chars)
    (got,) = _same(text)
    assert len(text) == length and got.end == length
    assert got.cjk == (3 if position < 400 else 0)
    assert _built_in_c(text) is (length <= 4000)


# --- identical on every page -------------------------------------------------------------------------


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_pages(path: pathlib.Path) -> None:
    text = path.read_text(encoding="utf-8")
    _same(lines._plain_breaks(text))
    _same(text)  # the raw text too, other line breaks and all


# --- properties ----------------------------------------------------------------------------------------

PIECES = [
    *"abcxyzABZ_",
    *"“”‘’—–«»「」『』，、：；ａＺ＿",
    "Nguyễn",
    "Việt",
    "e\u0301",
    "\u0303",
    "١٢",
    "²",
    "Ⅻ",
    "ﬁ",
    "\ue000",
    "\u0627\u0644",
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
# Lines the kernel builds itself, mostly: printable pieces of every alphabet above, singly spaced.
PRINTABLE_PIECES = [p for p in PIECES if p.isprintable() and p != " "]
printable_lines = st.lists(
    st.lists(st.sampled_from(PRINTABLE_PIECES), min_size=1, max_size=8).map("".join), max_size=60
).map(" ".join)
printable_long_lines = st.builds(
    _long_line,
    st.sampled_from(["é ", "“a” — ", "中文，", "١٢ x ", "Việt ", "ａ ", "— "]),
    st.one_of(st.integers(380, 420), st.integers(3980, 4020)),
    st.lists(st.sampled_from(PRINTABLE_PIECES), max_size=4).map("".join),
    st.integers(0, 4100),
)
printable_texts = st.lists(st.one_of(printable_lines, printable_long_lines, pieces), max_size=6).map(
    "\n".join
)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_kernel_matches_pure_loop(text: str) -> None:
    _same(text)


@settings(max_examples=400, deadline=None)
@given(printable_texts)
def test_kernel_matches_pure_loop_on_mixed_alphabets(text: str) -> None:
    _same(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_kernel_matches_pure_loop_on_any_text(text: str) -> None:
    _same(text)


# What str.isprintable() accepts: no control, format, surrogate, private-use or unassigned character, no
# separator but " ".
PRINTABLE = st.characters(
    exclude_categories=["Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"], include_characters=" "
)


@settings(max_examples=300, deadline=None)
@given(st.text(PRINTABLE, max_size=200), st.text(max_size=3))
def test_kernel_matches_pure_loop_on_printable_text(text: str, other: str) -> None:
    # A line of printable characters singly spaced, the same with its double spaces, and with other ones.
    single = " ".join(filter(None, text.split(" ")))
    assert _built_in_c(single) or not single
    _same(f"{single}\n{text}\n{text[:50]}{other}{text[50:]}")


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

    text = Text("a b.\n\tc\td \n中 é。")
    got = kernel.split_on_newlines(text, tuple, lambda *args: args)
    assert got == [
        (0, 1, 0, 4, "a b.", 0, 2, 0, 0, True),
        (1, 2, 6, "c\td", 0),
        (2, 3, 11, 15, "中 é。", 0, 2, 0, 2, True),
    ]
    assert type(got[0]) is tuple and type(got[0][4]) is str and type(got[2][4]) is str


def test_other_line_result_is_appended_as_is() -> None:
    marker = object()
    assert kernel.split_on_newlines("é\u200b\n\nx\ty", Line, lambda *args: marker) == [marker, marker]
    got = kernel.split_on_newlines("“é”\n\nx\ty", Line, lambda *args: marker)
    assert got == [Line(0, 1, 0, 3, "“é”", 0, 1, 0, 0, False), marker]


def test_errors_propagate_and_release_references() -> None:
    class Stop(Exception):
        pass

    def other_line(*args: Any) -> Line:
        if args[0] == 3:
            raise Stop
        return lines._other_line(*args)

    text = "a\n“é”\nb\nc\td\n中文。"
    gc.collect()
    before = (sys.getrefcount(Line), sys.getrefcount(other_line), sys.getrefcount(text))
    for _ in range(100):
        with pytest.raises(Stop):
            kernel.split_on_newlines(text, Line, other_line)
        assert len(kernel.split_on_newlines(text, Line, lines._other_line)) == 5
    gc.collect()
    assert (sys.getrefcount(Line), sys.getrefcount(other_line), sys.getrefcount(text)) == before


def test_built_lines_are_not_leaked() -> None:
    """Nothing the kernel makes for a line it builds (the text, the fields, the tuple) outlives the list."""
    text = "\n".join(
        ["“Quoted,” he said — 12 中文。", "Ünïcödé ١٢", "Plain ASCII.", "a\u00a0b", "é" * 500] * 20
    )
    for _ in range(3):
        kernel.split_on_newlines(text, Line, lines._other_line)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(200):
            kernel.split_on_newlines(text, Line, lines._other_line)
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 20_000  # a leak would keep some 100 lines a round: megabytes
