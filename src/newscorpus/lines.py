"""Split the input into lines with exact offsets, and compute each line's features once.

Nothing here copies or shifts the input: a :class:`Line` knows where its
non-space characters start and end in the original string, and carries a
normalised view (``norm``: Unicode spaces made plain, zero-width characters
dropped, runs of whitespace collapsed) that every later rule matches against.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["MAX_RULE_CHARS", "Line", "normalise", "split_lines"]

#: Field rules look at no more than this many characters of a line.
MAX_RULE_CHARS = 600

# Line breaks as str.splitlines() knows them, CRLF first so it counts once.
_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Characters that render as nothing.
# Characters that render as nothing: zero-width, soft hyphen, BOM, direction marks and isolates.
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_INVISIBLE = INVISIBLE
_SPACES = re.compile(r"\s+")
_TERMINAL = frozenset(".!?。！？…")
_CLOSERS = frozenset("\"'”’»)]）】")
# Space-separated tokens without a letter or digit ("|", "-", "•"): not words.
_NO_WORD = re.compile(r"(?<!\S)[^\w\s]+(?!\S)")
_DIGIT = re.compile(r"\d")
_CJK = re.compile("[\u2e80-\u9fff]")
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’)]?(?:\s|$)")


def normalise(text: str) -> str:
    """Plain-space, zero-width-free, whitespace-collapsed form of ``text``.

    >>> normalise("\\u00a0Hello\\u200b   world\\u3000")
    'Hello world'
    """
    # Printable text (no tab, NBSP, zero-width or other format characters) without double spaces
    # is already normal: the common case costs two C-level scans.
    if text.isprintable() and "  " not in text:
        return text.strip()
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def _ends_sentence(norm: str) -> bool:
    i = len(norm) - 1
    while i >= 0 and norm[i] in _CLOSERS:
        i -= 1
    return i >= 0 and norm[i] in _TERMINAL


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
        return (
            (self.words >= 10 and self.ends_sentence)
            or self.words >= 30
            or (self.cjk >= 40 and self.ends_sentence)
        )

    @property
    def is_titleish(self) -> bool:
        """Shaped like a title: a few words, no closing full stop."""
        return 2 <= self.words <= 30 and not self.norm.endswith(".")

    @property
    def sentences(self) -> int:
        """How many sentence ends the line shows (in its first 1,500 characters; computed on demand)."""
        return len(_SENTENCE_END.findall(self.norm, 0, 1500))

    @property
    def letter_ratio(self) -> float:
        """Share of letters among the line's first 400 characters (computed on demand)."""
        head = self.norm[:400]
        return sum(map(str.isalpha, head)) / max(1, len(head))


def _make_line(index: int, number: int, start: int, end: int, norm: str, blank_before: int) -> Line:
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


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` with their offsets and features.

    A line is blank when it holds only whitespace (``str.isspace``). A line of
    only zero-width characters is not blank: it is kept, so nothing is lost.

    >>> [(ln.number, ln.norm) for ln in split_lines("a\\r\\n\\n  b c ")]
    [(1, 'a'), (3, 'b c')]
    """
    if not any(ch in text for ch in _RARE_BREAKS):
        return _split_on_newlines(text)
    out: list[Line] = []
    pos = 0
    number = 0
    blank = 0
    length = len(text)
    breaks = _BREAK.finditer(text)
    while pos <= length:
        m = next(breaks, None)
        line_end = m.start() if m else length
        number += 1
        raw = text[pos:line_end]
        stripped_left = raw.lstrip()
        if stripped_left:
            start = pos + (len(raw) - len(stripped_left))
            end = start + len(stripped_left.rstrip())
            norm = normalise(text[start:end])
            out.append(_make_line(len(out), number, start, end, norm, blank))
            blank = 0
        else:
            blank += 1
        if m is None:
            break
        pos = m.end()
    return out


# Line breaks other than "\n": when a text has none (the usual case), str.split does the work.
_RARE_BREAKS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def _split_on_newlines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    blank = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped_left = raw.lstrip()
        if stripped_left:
            start = pos + (len(raw) - len(stripped_left))
            end = start + len(stripped_left.rstrip())
            out.append(_make_line(len(out), number, start, end, normalise(text[start:end]), blank))
            blank = 0
        else:
            blank += 1
        pos += len(raw) + 1
    return out
