"""Split the input into lines with exact offsets, and compute each line's features once.

Nothing here copies or shifts the input: a :class:`Line` knows where its
non-space characters start and end in the original string, and carries a
normalised view (``norm``: Unicode spaces made plain, zero-width characters
dropped, runs of whitespace collapsed) that every later rule matches against.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, NamedTuple
from zlib import adler32

from ._native import load_kernel

__all__ = ["MAX_RULE_CHARS", "Line", "normalise", "split_lines"]

#: Field rules look at no more than this many characters of a line.
MAX_RULE_CHARS: Final = 600

# Characters that render as nothing: zero-width, soft hyphen, BOM, direction marks and isolates.
INVISIBLE: Final = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_INVISIBLE: Final = INVISIBLE
# What ends a sentence, and what may close it after that (quotes, brackets).
_TERMINAL: Final = tuple(".!?。！？…")
_TERMINAL_SET: Final = frozenset(_TERMINAL)
_CLOSER_CHARS: Final = "\"'”’»)]）】"
_CLOSER_SET: Final = frozenset(_CLOSER_CHARS)
# Space-separated tokens without a letter or digit ("|", "-", "•"): not words.
_NO_WORD: Final = re.compile(r"(?<!\S)[^\w\s]+(?!\S)")
_DIGIT: Final = re.compile(r"\d")
_CJK: Final = re.compile("[\u2e80-\u9fff]")
_DIGIT_OR_CJK: Final = re.compile("[\\d\u2e80-\u9fff]")
_WORD: Final = re.compile(r"\w")
_SENTENCE_END: Final = re.compile(r"[.!?。！？][\"'”’)]?(?:\s|$)")
# Line breaks other than "\n", as str.splitlines() knows them.
_RARE_BREAKS: Final = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def normalise(text: str) -> str:
    """Plain-space, zero-width-free, whitespace-collapsed form of ``text``.

    >>> normalise("\\u00a0Hello\\u200b   world\\u3000")
    'Hello world'
    """
    # Printable text (no tab, NBSP, zero-width or other format characters) without double spaces
    # is already normal: the common case costs two C-level scans.
    if text.isprintable() and "  " not in text:
        return text.strip()
    if not text.isascii() and _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    # str.split() cuts at runs of the characters regex \s matches (str.isspace) and drops the ends.
    return " ".join(text.split())


def _ends_sentence(norm: str) -> bool:
    """Ends with a full stop (or ! ? 。 ！ ？ …), maybe followed by closing quotes and brackets."""
    last = norm[-1:]
    return last in _TERMINAL_SET or (last in _CLOSER_SET and norm.rstrip(_CLOSER_CHARS).endswith(_TERMINAL))


class Line(NamedTuple):
    """One non-blank line of the input and its features.

    ``position`` is its index among the non-blank lines; ``start``/``end``
    bound its non-space characters in the input; ``number`` is its 1-based
    line number; ``blank_before`` counts the blank lines just above it.
    """

    position: int
    number: int
    start: int
    end: int
    norm: str
    blank_before: int
    words: int
    digits: int  # 1 when the first 400 characters hold a digit, else 0
    cjk: int
    ends_sentence: bool

    @property
    def short(self) -> str:
        """The normalised text, cut to the length field rules look at."""
        return self.norm[:MAX_RULE_CHARS]

    @property
    def is_prose(self) -> bool:
        """Reads like running text: enough words, closing punctuation (or long)."""
        return line_is_prose(self)

    @property
    def is_titleish(self) -> bool:
        """Shaped like a title: a few words, no closing full stop."""
        return line_is_titleish(self)

    @property
    def sentences(self) -> int:
        """How many sentence ends the line shows (in its first 1,500 characters; computed on demand)."""
        return line_sentences(self)

    @property
    def letter_ratio(self) -> float:
        """Share of letters among the line's first 400 characters (computed on demand)."""
        return line_letter_ratio(self)


# The properties above as functions: the pipeline calls these (in the compiled build a property read off
# a line goes through Python's attribute lookup and a call; a function is called directly).


def line_is_prose(ln: Line) -> bool:
    """:attr:`Line.is_prose`."""
    # The same as (words >= 10 and ends) or words >= 30 or (cjk >= 40 and ends), in fewer steps.
    words = ln.words
    if words >= 30:
        return True
    return ln.ends_sentence and (words >= 10 or ln.cjk >= 40)


def line_is_titleish(ln: Line) -> bool:
    """:attr:`Line.is_titleish`."""
    return 2 <= ln.words <= 30 and ln.norm[-1:] != "."


def line_sentences(ln: Line) -> int:
    """:attr:`Line.sentences`."""
    return len(_SENTENCE_END.findall(ln.norm, 0, 1500))


def line_letter_ratio(ln: Line) -> float:
    """:attr:`Line.letter_ratio`."""
    head = ln.norm[:400]
    if head.isascii():  # the letters are the bytes one deletion of A-Z and a-z takes out (in C)
        return (len(head) - len(head.encode().translate(None, _ASCII_LETTERS))) / max(1, len(head))
    return sum(map(str.isalpha, head)) / max(1, len(head))


_ASCII_LETTERS: Final = bytes(range(65, 91)) + bytes(range(97, 123))


# The fast path reads a line's UTF-8 form with C-level bytes methods instead of regexes. translate()
# with _MASK maps a space to 1, an ASCII digit to 2, an ASCII control character (the line then needs
# normalising) to 3 and any other byte to 0, keeping offsets; with _NOT_WORD it also drops the bytes of
# ASCII characters that are neither word characters nor space, and of every non-ASCII character. A
# space-separated token without an ASCII letter, digit or "_" then vanishes and leaves two adjacent
# spaces, a space at an edge, or nothing behind; every _NO_WORD token is such a token.
_MASK: Final = bytes(
    1 if c == 32 else 2 if 48 <= c <= 57 else 3 if c < 32 or c == 127 else 0 for c in range(256)
)
_NOT_WORD: Final = bytes(
    c for c in range(256) if c >= 128 or (32 < c < 127 and not (chr(c).isalnum() or c == 95))
)
# The same for ASCII text: translate() costs a step per byte to drop, so the short list is faster.
_NOT_WORD_ASCII: Final = bytes(c for c in _NOT_WORD if c < 128)
# Dropping every ASCII byte leaves the UTF-8 form of the line's non-ASCII characters, in order.
_ASCII_BYTES: Final = bytes(range(128))
# Line(...) goes through NamedTuple's __new__, a Python function; this builds the same tuple in C.
_new_line: Final = tuple.__new__


# _split_on_newlines_pure() in C (newscorpus/_splitlines.c), or None: the pure loop then runs. It builds
# the printable, singly spaced lines of up to 4,000 characters itself, ASCII or not (see _clean_line).
_KERNEL: Final[Callable[[str, type[Line], Callable[[int, int, int, str, int], Line]], list[Line]] | None] = (
    load_kernel("_splitlines", "split_on_newlines")
)


def _mask_total(mask: bytes) -> int:
    """1 + the sum of the bytes of a _MASK ``mask`` without control characters: 1 + spaces + 2 * digits.

    The low half of an Adler-32 checksum is that sum modulo 65,521, which it never reaches here (lines
    of at most 4,000 characters). zlib computes it without a branch per byte, which makes it about four
    times faster than bytes.count(b" ") on text, where spaces come too often and too irregularly for
    the processor to predict that test.
    """
    return adler32(mask) & 0xFFFF


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` with their offsets and features.

    A line is blank when it holds only whitespace (``str.isspace``). A line of
    only zero-width characters is not blank: it is kept, so nothing is lost.

    >>> [(ln.number, ln.norm) for ln in split_lines("a\\r\\n\\n  b c ")]
    [(1, 'a'), (3, 'b c')]
    """
    if (
        "\r" in text
        or "\x0b" in text
        or "\x0c" in text
        or "\x1c" in text
        or "\x1d" in text
        or "\x1e" in text
        or "\x85" in text
        or "\u2028" in text
        or "\u2029" in text
    ):
        text = _plain_breaks(text)
    return _split_on_newlines(text)


def _plain_breaks(text: str) -> str:
    """``text`` with every line break made one "\\n", all offsets kept.

    "\\r\\n" becomes " \\n" (the space is trailing whitespace of its line); any other break becomes "\\n".
    """
    text = text.replace("\r\n", " \n")
    for ch in _RARE_BREAKS:
        if ch in text:
            text = text.replace(ch, "\n")
    return text


def _split_on_newlines(text: str) -> list[Line]:
    """split_lines() for a text whose only line break is "\\n": the C loop when it is there (see _KERNEL).

    It returns what _split_on_newlines_pure() returns. It builds more lines itself: it hands to
    _other_line() (with the same arguments) only the lines that, stripped, are longer than 4,000
    characters, not printable (``str.isprintable``) or hold a double space; the pure loop hands over the
    non-ASCII ones too.
    """
    if _KERNEL is not None:
        return _KERNEL(text, Line, _other_line)
    return _split_on_newlines_pure(text)


def _split_on_newlines_pure(text: str) -> list[Line]:
    """split_lines() for a text whose only line break is "\\n", in Python: the reference of the C loop.

    Most lines are ASCII, printable and singly spaced, so that their normal form is the line itself;
    the loop checks that and computes their features with a few C-level passes over the line's bytes
    (see _MASK): spaces plus one make the words, and a 2 is a digit. Other lines go to _other_line().
    """
    out: list[Line] = []
    append = out.append
    new_line = _new_line
    mask_table = _MASK
    not_word = _NOT_WORD_ASCII
    checksum = adler32
    terminal = _TERMINAL_SET
    closers = _CLOSER_SET
    pos = 0
    blank = 0
    for number, raw in enumerate(text.split("\n"), 1):
        if not raw:
            blank += 1
            pos += 1
            continue
        line = raw.strip()
        if not line:
            blank += 1
            pos += len(raw) + 1
            continue
        # strip() gives back the string itself when there is nothing to strip.
        start = pos if line is raw else pos + len(raw) - len(raw.lstrip())
        pos += len(raw) + 1
        n = len(line)
        if n <= 4000 and line.isascii():
            if n <= 400:
                mask = line.encode().translate(mask_table, not_word)
                # Two spaces meet, or a token without a word character vanished (see _MASK).
                gap = not mask or mask.find(b"\x01\x01") >= 0 or mask[0] == 1 or mask[-1] == 1
            else:
                mask = line.encode().translate(mask_table)
                gap = True  # only double spaces to look for: the rule on such tokens is for short lines
            # A control character or a double space: the line is not its own normal form.
            if 3 not in mask and not (gap and "  " in line):
                # The low half of the Adler-32 checksum: 1 + spaces + 2 * digits (see _mask_total).
                words = checksum(mask) & 0xFFFF
                first = mask.find(2)
                if first >= 0:
                    words -= 2 * mask.count(2, first)
                if gap and n <= 400 and words <= 40:
                    # Stand-alone punctuation is no word: count the tokens that did not vanish.
                    parts = mask.split(b"\x01")
                    words = len(parts) - parts.count(b"")
                last = line[-1]
                ends = last in terminal or (
                    last in closers and line.rstrip(_CLOSER_CHARS).endswith(_TERMINAL)
                )
                digits = 1 if 0 <= first < 400 else 0
                append(
                    new_line(Line, (len(out), number, start, start + n, line, blank, words, digits, 0, ends))
                )
                blank = 0
                continue
        append(_other_line(len(out), number, start, line, blank))
        blank = 0
    return out


def _other_line(index: int, number: int, start: int, line: str, blank_before: int) -> Line:
    """The lines the fast loop leaves: non-ASCII, longer than 4,000 characters, or not normal.

    The C loop hands it fewer: only lines longer than 4,000 characters, not printable or with a double
    space (see _split_on_newlines).
    """
    end = start + len(line)
    if len(line) > 4000:
        # The features look at no more than the first 4,000 characters: the general path is bounded.
        return _make_line(index, number, start, end, normalise(line), blank_before)
    high = line
    if "  " not in line:
        utf8, high = _utf8_and_high(line)
        if high.isprintable():
            found = _clean_line(index, number, start, end, line, blank_before, utf8, high)
            if found is not None:
                return found
    # Not its own normal form: normalise() does this then (invisible characters are all non-ASCII).
    if not line.isascii() and _INVISIBLE.search(high):
        line = _INVISIBLE.sub("", line)
    # str.split() cuts at runs of what regex \s matches (str.isspace), and drops the ends.
    norm = " ".join(line.split())
    if norm:
        utf8, high = _utf8_and_high(norm)
        if high.isprintable():
            found = _clean_line(index, number, start, end, norm, blank_before, utf8, high)
            if found is not None:
                return found
    return _make_line(index, number, start, end, norm, blank_before)


def _utf8_and_high(text: str) -> tuple[bytes, str]:
    """The UTF-8 form of ``text`` (lone surrogates passed through) and its non-ASCII characters."""
    utf8 = text.encode("utf-8", "surrogatepass")
    if len(utf8) == len(text):
        return utf8, ""
    return utf8, utf8.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def _clean_line(
    index: int, number: int, start: int, end: int, norm: str, blank_before: int, utf8: bytes, high: str
) -> Line | None:
    """The line whose normal form is ``norm``, or None when ``norm`` holds an ASCII control character.

    ``norm`` is stripped, not empty, at most 4,000 characters long and without double spaces;
    ``utf8`` and ``high`` are from _utf8_and_high(), and the characters in ``high`` are printable.
    The C loop (newscorpus/_splitlines.c) computes the same features for such a line when it is all
    printable: keep the two in step.
    """
    n = len(norm)
    mask = utf8.translate(_MASK, b"" if n > 400 else _NOT_WORD if high else _NOT_WORD_ASCII)
    if 3 in mask:
        return None
    # The low half of the Adler-32 checksum: 1 + spaces + 2 * digits (see _mask_total).
    words = _mask_total(mask)
    first = mask.find(2)
    if first >= 0:
        words -= 2 * mask.count(2, first)
    # Digits and CJK characters among the non-ASCII ones are rare: one search rules both out.
    rare = bool(high) and _DIGIT_OR_CJK.search(high) is not None
    if n <= 400:
        if words <= 40 and (not mask or mask.find(b"\x01\x01") >= 0 or mask[0] == 1 or mask[-1] == 1):
            # A token vanished: take the stand-alone punctuation ones off.
            if high and _WORD.search(high):
                words -= len(_NO_WORD.findall(norm))
            else:
                # Without a non-ASCII word character, the tokens left are exactly the words.
                parts = mask.split(b"\x01")
                words = len(parts) - parts.count(b"")
        digits = 1 if first >= 0 or (rare and _DIGIT.search(high)) else 0
    elif 0 <= first < 400:
        digits = 1
    # ``first`` is a byte offset: the character offset is at most that, and at least that less the
    # bytes that non-ASCII characters add.
    elif (first < 0 or first - len(utf8) + n >= 400) and not (rare and _DIGIT.search(high)):
        digits = 0
    else:
        digits = 1 if _DIGIT.search(norm, 0, 400) else 0
    if not rare or not _CJK.search(high):
        cjk = 0
    elif n <= 400:
        cjk = len(_CJK.findall(high))
    else:
        cjk = len(_CJK.findall(norm, 0, 4000)) if _CJK.search(norm, 0, 400) else 0
    ends = _ends_sentence(norm)
    return _new_line(Line, (index, number, start, end, norm, blank_before, words, digits, cjk, ends))


def _make_line(index: int, number: int, start: int, end: int, norm: str, blank_before: int) -> Line:
    """The general path: for lines over 4,000 characters, and a ``norm`` that is empty or not printable."""
    head = norm[:400]
    if len(norm) <= 400:
        words = len(head.split())
        if words <= 40 and not head.isalnum():
            words -= len(_NO_WORD.findall(head))
    else:
        words = norm.count(" ", 0, 4000) + 1
    return Line(
        index,
        number,
        start,
        end,
        norm,
        blank_before,
        words,
        1 if _DIGIT.search(head) else 0,
        0 if head.isascii() or not _CJK.search(head) else len(_CJK.findall(norm, 0, 4000)),
        _ends_sentence(norm),
    )
