"""Near-duplicate lines in linear time: pull quotes, highlights and repeated titles.

Lines are compared by their word trigrams (lower case, punctuation ignored).
Only the candidate lines' trigrams are looked for in the others, one C-level
set intersection a line; posting lists are capped, so a page of 20,000 lines
that repeats one phrase everywhere stays linear. The compiled build makes the
lines' lower-case bytes and does the comparison in C (newscorpus._speedups, the
same bytes and counts); ``NEWSCORPUS_PURE=1`` in the environment when this
module is imported keeps it in Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from operator import index
from typing import Final, SupportsIndex

from .._native import load_kernel

__all__ = ["KERNEL", "highlights", "same_title", "shingles", "title_key"]

_TOKEN: Final = re.compile(r"[^\W_]+", re.UNICODE)
_MAX_POSTINGS: Final = 16
_NOT_ALNUM_ASCII: Final = bytes(c for c in range(128) if not chr(c).isalnum())
_MAX_TOKENS: Final = 400


def shingles(text: str) -> frozenset[int]:
    """Hashed word trigrams of ``text`` (lower case, punctuation ignored), as highlights() compares them."""
    return frozenset(map(hash, _trigrams(_token_lists([text])[0])))


def title_key(text: str) -> str:
    """Letters and digits only, lower case: 'Viet Nam' and 'Vietnam' give the same key.

    >>> title_key("Ready to support Viet Nam") == title_key("Ready to support Vietnam")
    True
    """
    head = text[:600].lower()
    if head.isascii():  # ASCII letters and digits are all its word characters but "_": drop the rest
        return head.encode().translate(None, _NOT_ALNUM_ASCII).decode()
    return "".join(_TOKEN.findall(head))


def same_title(a: str, b: str) -> bool:
    """Two lines that print the same title (case, spacing and punctuation aside)."""
    ka, kb = title_key(a), title_key(b)
    return bool(ka) and ka == kb


def _ends_closed(text: str) -> bool:
    stripped = text.rstrip("\"'”’)] ")
    return stripped.endswith((".", "!", "?", "…"))


# The fast tokeniser works on UTF-8 bytes: ASCII punctuation and the ASCII separators str.split() knows
# but bytes.split() does not become spaces in one bytes.translate; the few non-ASCII punctuation marks
# and spaces are replaced first, only when the text has any non-ASCII character.
_ASCII_PUNCT: Final = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_BYTE_TABLE: Final = bytes.maketrans(
    (_ASCII_PUNCT + "\x1c\x1d\x1e\x1f").encode(), b" " * (len(_ASCII_PUNCT) + 4)
)
_WIDE_PUNCT: Final = re.compile(
    "[“”‘’–—…«»·•【】（）：，。、；！？\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)


def _token_lists(texts: Sequence[str]) -> list[list[bytes]]:
    """The lower-case words of each text, punctuation ignored (as UTF-8 bytes), in a few C-level passes."""
    return [line.split()[:_MAX_TOKENS] for line in _blob(texts).split(b"\n")]


def _blob(texts: Sequence[str]) -> bytes:
    """The texts lower-cased, punctuation as spaces, as UTF-8, one a line: ``_token_lists()`` splits it.

    Lines are lower-cased one by one: str.lower() of an ASCII line is a fast C loop, while a page with a
    single curly quote would otherwise go through the slow Unicode path as a whole (and so through the
    regex of wide punctuation marks). The reference of the C kernel ``newscorpus._speedups.blob()``, which
    does the ASCII texts itself and has the others lower-cased by ``_line_lower()`` first.
    """
    wide = _WIDE_PUNCT.sub
    parts = []
    for text in texts:
        low = text[:4000].lower()
        parts.append(low if low.isascii() else wide(" ", low))
    blob = "\n".join(parts)
    if blob.count("\n") != len(texts) - 1:  # a text holds a line break: as a space, it splits the same
        blob = "\n".join([part.replace("\n", " ") for part in parts])
    return blob.encode("utf-8", "surrogatepass").translate(_BYTE_TABLE)


def _line_lower(text: str) -> str:
    """What the C kernel ``blob()`` asks of a text that is not ASCII: its first 4,000 characters lower-cased
    (``str.lower()``'s full Unicode case mapping); the kernel writes the rest as ``_blob()`` does."""
    return text[:4000].lower()


_Trigram = tuple[bytes, ...]


def _trigrams(tokens: list[bytes]) -> set[_Trigram]:
    if len(tokens) < 3:
        return {tuple(tokens)} if tokens else set()
    return set(zip(tokens, tokens[1:], tokens[2:], strict=False))


def highlights(
    texts: Sequence[str], *, threshold: float = 0.75, only: Iterable[SupportsIndex] | None = None
) -> set[int]:
    """Indexes of lines that repeat (most of) another line: the highlight of each pair.

    A line repeats another when at least ``threshold`` of its word trigrams
    (lower case, punctuation ignored) occur in that one line. The highlight is
    the one without closing punctuation when the two are about as long and
    only one has it; otherwise the shorter one. Two identical lines both stay.
    ``only`` limits the answer to those indexes (every line still counts as
    the other line of a pair): the caller knows which lines could be pull
    quotes at all, and when none can, nothing is read.

    >>> highlights(["We will win this fight together, he said in a speech on Friday.",
    ...             "We will win this fight together"])
    {1}
    """
    n = len(texts)
    # (operator.index: an index type such as numpy's becomes the int both paths take)
    pool = range(n) if only is None else sorted({k for k in map(index, only) if 0 <= k < n})
    if not pool:
        return set()
    if _KERNEL is not None:
        data = _blob(texts) if _BLOB_KERNEL is None else _BLOB_KERNEL(texts, _line_lower)
        lengths, found = _KERNEL(data, pool, threshold, _MAX_TOKENS, _MAX_POSTINGS)
    else:
        # With many candidates every line is split anyway: split them all once.
        tokens = _token_lists(texts) if 4 * len(pool) >= n else None
        own = [tokens[i] for i in pool] if tokens is not None else _token_lists([texts[i] for i in pool])
        mine = {i: _trigrams(tok) for i, tok in zip(pool, own, strict=True) if len(tok) >= 4}
        if not mine:
            return set()
        if tokens is None:
            tokens = _token_lists(texts)
        lengths = [len(tok) for tok in tokens]
        found = _overlaps(tokens, mine, threshold, _MAX_POSTINGS)
    return {
        i for i, (size, counts) in found.items() if _is_highlight(texts, lengths, i, size, counts, threshold)
    }


# For each candidate line that repeats most of another: its number of distinct trigrams, and the trigrams
# it shares with each other line (through the capped posting lists).
_Overlaps = dict[int, tuple[int, dict[int, int]]]


def _overlaps(
    tokens: list[list[bytes]], mine: dict[int, set[_Trigram]], threshold: float, max_postings: int
) -> _Overlaps:
    """The trigrams the candidates (``mine``: their trigrams by line) share with the other lines."""
    if not mine:
        return {}
    wanted: set[_Trigram] = set().union(*mine.values())
    # One pass over every line: which of the candidates' trigrams it holds.
    held: list[tuple[int, set[_Trigram]]] = []
    once: set[_Trigram] = set()  # trigrams held by a line so far
    twice: set[_Trigram] = set()  # ... and by two lines or more
    for j, tok in enumerate(tokens):
        # (candidates have 4 tokens or more: a shorter line's one-tuple never matches, zip gives it none)
        found = wanted.intersection(zip(tok, tok[1:], tok[2:], strict=False))
        if found:
            held.append((j, found))
            twice |= once & found
            once |= found
    # A candidate can only repeat another line if most of its trigrams are held by a second line.
    mine = {i: sh for i, sh in mine.items() if len(sh & twice) >= threshold * len(sh)}
    if not mine:
        return {}
    wanted = set().union(*mine.values())
    # Posting lists of those trigrams (capped, so a phrase repeated on thousands of lines stays cheap).
    postings: dict[_Trigram, list[int]] = {}
    for j, found in held:
        for g in found & wanted:
            bucket = postings.setdefault(g, [])
            if len(bucket) < max_postings:
                bucket.append(j)
    out: _Overlaps = {}
    for i, sh in mine.items():
        counts: dict[int, int] = {}
        for g in sh:
            for j in postings.get(g, ()):
                if j != i:
                    counts[j] = counts.get(j, 0) + 1
        out[i] = (len(sh), counts)
    return out


def _trigram_overlaps(
    data: bytes, pool: Iterable[int], threshold: float, max_tokens: int, max_postings: int
) -> tuple[list[int], _Overlaps]:
    """What the C kernel ``newscorpus._speedups.trigram_overlaps()`` answers, in Python: the reference.

    ``data``: ``_blob()`` of the lines; the candidates: the lines of ``pool`` (out of range ones ignored);
    the answer: every line's token count and ``_overlaps()`` of the candidates.
    """
    tokens = [line.split()[:max_tokens] for line in data.split(b"\n")]
    n = len(tokens)
    mine = {i: _trigrams(tokens[i]) for i in sorted({i for i in pool if 0 <= i < n}) if len(tokens[i]) >= 4}
    return [len(tok) for tok in tokens], _overlaps(tokens, mine, threshold, max_postings)


# _trigram_overlaps() in C (newscorpus/_speedups.c), or None: the pure code then runs.
_KERNEL: Final[Callable[[bytes, Iterable[int], float, int, int], tuple[list[int], _Overlaps]] | None] = (
    load_kernel("_speedups", "trigram_overlaps")
)
# _blob() in C, or None: ASCII texts are done there, the others lower-cased by _line_lower() first.
_BLOB_KERNEL: Final[Callable[[Sequence[str], Callable[[str], str]], bytes] | None] = load_kernel(
    "_speedups", "blob"
)
KERNEL: Final[bool] = _KERNEL is not None and _BLOB_KERNEL is not None
"""True when the C kernels (``newscorpus._speedups``) make the lines' bytes and compare their trigrams:
``newscorpus.speedups``."""


def _is_highlight(
    texts: Sequence[str], lengths: list[int], i: int, size: int, counts: dict[int, int], threshold: float
) -> bool:
    """Line i is the highlight of one of its three closest lines (``counts``: shared trigrams by line)."""
    li = lengths[i]
    closed_i: bool | None = None  # read once, when a line about as long asks
    # (the most shared trigrams first, then the first line: (-common, j) pairs sort so, with no key function)
    for minus_common, j in sorted([(-common, j) for j, common in counts.items()])[:3]:
        if -minus_common / size < threshold:
            return False
        lj = lengths[j]
        if abs(li - lj) <= 0.1 * max(li, lj):
            if closed_i is None:
                closed_i = _ends_closed(texts[i])
            closed_j = _ends_closed(texts[j])
            if closed_i != closed_j:
                if closed_j:
                    return True
                continue
        if li < lj:
            return True
    return False
