"""split_lines() and normalise() against a plain reference: the regex version the fast paths replace."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.lines import Line, normalise, split_lines

_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NO_WORD = re.compile(r"(?<!\S)[^\w\s]+(?!\S)")
_CJK = re.compile("[\u2e80-\u9fff]")


def _reference_normalise(text: str) -> str:
    return re.sub(r"\s+", " ", _INVISIBLE.sub("", text)).strip()


def _reference_ends_sentence(norm: str) -> bool:
    i = len(norm) - 1
    while i >= 0 and norm[i] in "\"'”’»)]）】":
        i -= 1
    return i >= 0 and norm[i] in ".!?。！？…"


def _reference(text: str) -> list[tuple[object, ...]]:
    """The features as first specified: every line through the regexes."""
    out: list[tuple[object, ...]] = []
    pos, blank = 0, 0
    for number, m in enumerate([*_BREAK.finditer(text), None], start=1):
        line_end = m.start() if m else len(text)
        raw = text[pos:line_end]
        left = raw.lstrip()
        if left:
            start = pos + len(raw) - len(left)
            end = start + len(left.rstrip())
            norm = _reference_normalise(text[start:end])
            head = norm[:400]
            if len(norm) <= 400:
                words = len(head.split())
                if words <= 40:
                    words -= len(_NO_WORD.findall(head))
            else:
                words = norm.count(" ", 0, 4000) + 1
            digits = 1 if re.search(r"\d", head) else 0
            cjk = len(_CJK.findall(norm, 0, 4000)) if _CJK.search(head) else 0
            ends = _reference_ends_sentence(norm)
            out.append((len(out), number, start, end, norm, blank, words, digits, cjk, ends))
            blank = 0
        else:
            blank += 1
        if m is not None:
            pos = m.end()
    return out


def _same(text: str) -> None:
    lines = split_lines(text)
    assert all(type(ln) is Line for ln in lines)
    assert [tuple(ln) for ln in lines] == _reference(text)
    for ln in lines:  # the types too: 0/1 ints, not bools, and a bool for ends_sentence
        assert type(ln.digits) is int and type(ln.words) is int and type(ln.ends_sentence) is bool


PROSE = "The ministers agreed on Tuesday to expand cooperation in trade and energy, officials said."

CASES = [
    "",
    "\n\n \n",
    "a",
    "|",
    "Home | World | China",
    "By Jane Doe - Xinhua",
    "— | • »",
    "a\r\nb\r\n\r\nc",
    "a\rb\r\rc\n\r",
    "a\u2028b\x85c\x0bd\x0ce\x1cf\x1dg\x1eh\u2029",
    "\rstart\n\r\nend\r",
    "  indented line  \n\ttabbed\tline\t\n",
    "double  space here",
    "nbsp\u00a0inside\u00a0\u00a0and\u3000ideographic",
    "zero\u200bwidth\u200d join\ufeff",
    "\u200b",
    "\u200b\u00ad\u200e",
    "x\x00y \x07 z",
    "中文新闻 北京 2024年",
    "数字 ٣ and １ and ۳",
    "“Quoted.”",
    "(Bracketed!)",
    "Ends with closers only ”’",
    "Title with no stop",
    "Ends with ellipsis…",
    "snake_case and _ alone",
    "lone surrogate \ud800 here",
    PROSE,
    " ".join([PROSE] * 5),
    "x " * 199 + "7",
    "x " * 201 + "7",
    "- " * 30 + "word",
    "a" * 398 + " 1",
    ("word, " * 700)[:3999],
    ("word, " * 700)[:4001],
    ("w | 9 " * 700)[:4000] + "\n" + ("w — 9 " * 700)[:4005],
    "ü" * 399 + "1",
    "é " * 250 + "5",
]


@pytest.mark.parametrize("text", CASES)
def test_split_lines_matches_reference(text: str) -> None:
    _same(text)


@pytest.mark.parametrize("position", [*range(380, 420, 3)])
@pytest.mark.parametrize("filler", ["ab, ", "a — ", "é. ", "x "])
def test_digit_near_the_400th_character(position: int, filler: str) -> None:
    base = (filler * 300)[:600].strip()
    for digit in ("7", "٣"):
        _same(base[:position] + digit + base[position:])


ALPHABET = st.sampled_from([*"ab Z09_.,!?|-—•»”’)】。！…\"'(\t\n\r\x0c\u00a0\u200b\u2028\u3000中٣é", "  "])


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_split_lines_matches_reference_on_any_text(text: str) -> None:
    _same(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_split_lines_matches_reference_on_unicode(text: str) -> None:
    _same(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_normalise_matches_reference(text: str) -> None:
    assert normalise(text) == _reference_normalise(text)


@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=600))
@settings(max_examples=300)
def test_letter_ratio_counts_the_letters_of_the_first_400_characters(text: str) -> None:
    for ln in split_lines(text):
        head = ln.norm[:400]
        assert ln.letter_ratio == pytest.approx(sum(ch.isalpha() for ch in head) / max(1, len(head)))


def test_letter_ratio_examples() -> None:
    assert split_lines("Ab, 12!")[0].letter_ratio == pytest.approx(2 / 7)
    assert split_lines("Ünï 12")[0].letter_ratio == pytest.approx(3 / 6)
