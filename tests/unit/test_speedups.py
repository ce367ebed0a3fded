"""The C kernel of the pull-quote comparison (``newscorpus._speedups``) against the pure code it replaces.

The kernel is built only in the compiled wheel (docs/speed.md, "The compiled build"): without it these
tests are skipped, but for the one on the fallback.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newscorpus
from newscorpus.kinds import pullquotes
from newscorpus.kinds.pullquotes import _blob, _trigram_overlaps, highlights

try:
    from newscorpus._speedups import trigram_overlaps
except ImportError:
    trigram_overlaps = None

ROOT = pathlib.Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    p for p in (ROOT / "tests" / "fixtures").glob("*/*.txt") if p.name != "SCORE.txt"
)

needs_kernel = pytest.mark.skipif(trigram_overlaps is None, reason="newscorpus._speedups is not built")


def test_speedups_says_whether_the_kernel_is_used() -> None:
    assert newscorpus.speedups is pullquotes.KERNEL
    pure = os.environ.get("NEWSCORPUS_PURE", "").strip().lower() in {"1", "true", "yes", "on"}
    assert newscorpus.speedups is (trigram_overlaps is not None and not pure)


def test_pure_fallback_under_newscorpus_pure() -> None:
    """``NEWSCORPUS_PURE=1`` keeps the comparison in Python, kernel built or not, with the same answers."""
    code = (
        "import newscorpus\n"
        "from newscorpus.kinds.pullquotes import highlights\n"
        "body = ['Exports rose by a fifth over the year, according to the customs office.',\n"
        "        'Exports rose by a fifth over the year, according to the customs office']\n"
        "print(newscorpus.speedups, sorted(highlights(body)))\n"
    )
    env = {**os.environ, "NEWSCORPUS_PURE": "1"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "[1]"]


# ---------------------------------------------------------------- the same counts as the pure code

WORDS = st.sampled_from([b"a", b"b", b"c", b"dd", b"\xc3\xa9t\xc3\xa9", b"a\x00b"])  # few: trigrams repeat
SPACE = st.sampled_from([b" ", b"  ", b"\t", b"\r", b"\x0b", b"\x0c", b" \x0c\r "])
LINE = st.lists(st.tuples(WORDS, SPACE), max_size=14).map(lambda ws: b"".join(w + s for w, s in ws))
LINES = st.lists(LINE | st.just(b""), min_size=1, max_size=14)


@needs_kernel
@given(
    lines=LINES,
    pool=st.lists(st.integers(-3, 17)),
    threshold=st.sampled_from([0.0, 0.3, 0.5, 0.75, 0.8, 1.0, 1.5]),
    max_tokens=st.integers(0, 12),
    max_postings=st.integers(0, 4),
)
def test_kernel_counts_as_the_pure_code(
    lines: list[bytes], pool: list[int], threshold: float, max_tokens: int, max_postings: int
) -> None:
    data = b"\n".join(lines)
    expected = _trigram_overlaps(data, pool, threshold, max_tokens, max_postings)
    assert trigram_overlaps(data, pool, threshold, max_tokens, max_postings) == expected


@needs_kernel
@given(lines=st.lists(LINE, min_size=1, max_size=30), max_postings=st.integers(0, 20))
def test_kernel_counts_as_the_pure_code_with_every_line_a_candidate(
    lines: list[bytes], max_postings: int
) -> None:
    data = b"\n".join(lines)
    pool = range(len(lines))
    assert trigram_overlaps(data, pool, 0.75, 400, max_postings) == _trigram_overlaps(
        data, pool, 0.75, 400, max_postings
    )


@needs_kernel
def test_kernel_examples() -> None:
    data = b"a b c d e\nx a b c d e\nfoo\n\na b c d\tq"
    # line 0's trigrams abc bcd cde: all in line 1, two in line 4; line 1 has xab too; line 4 has bcq no
    assert trigram_overlaps(data, [0, 1, 5, -1, 1], 0.5, 400, 16) == (
        [5, 6, 1, 0, 5],
        {0: (3, {1: 3, 4: 2}), 1: (4, {0: 3, 4: 2})},
    )
    # line 4 (abc bcd dq... ) holds 2 of 3 trigrams elsewhere: kept at 0.5, not at 0.75
    assert trigram_overlaps(data, [4], 0.5, 400, 16)[1] == {4: (3, {0: 2, 1: 2})}
    assert trigram_overlaps(data, [4], 0.75, 400, 16)[1] == {}
    # the posting cap: only the first two lines holding a trigram count, the candidate itself among them
    same = b"\n".join([b"one two three four"] * 5)
    assert trigram_overlaps(same, [3], 0.75, 400, 2) == ([4] * 5, {3: (2, {0: 2, 1: 2})})
    assert trigram_overlaps(same, [0], 0.75, 400, 2) == ([4] * 5, {0: (2, {1: 2})})
    # tokens past max_tokens are not read; fewer than 4 tokens: not a candidate
    assert trigram_overlaps(b"a b c d e f\na b c d x y", [0, 1], 1.0, 4, 16) == (
        [4, 4],
        {0: (2, {1: 2}), 1: (2, {0: 2})},
    )
    assert trigram_overlaps(b"a b c\na b c", [0, 1], 0.0, 400, 16) == ([3, 3], {})
    # repeated words: a set of trigrams, counted once a line
    assert trigram_overlaps(b"a a a a a\na a a", [0], 0.75, 400, 16) == ([5, 3], {0: (1, {1: 1})})
    # bytes compared, not hashes: words differing in one byte never match
    assert trigram_overlaps(b"ab cd ef gh\nab cd eg gh", [0], 0.0, 400, 16) == ([4, 4], {0: (2, {})})
    assert trigram_overlaps(b"", [0], 0.75, 400, 16) == ([0], {})
    # bounds past Py_ssize_t are no bounds, as in a slice
    huge = 2**70
    assert trigram_overlaps(same, [0], 0.75, huge, huge) == _trigram_overlaps(same, [0], 0.75, huge, huge)


@needs_kernel
def test_kernel_stays_linear_on_a_repeated_phrase() -> None:
    data = b"\n".join([b"the same words again and again and again"] * 20000)
    lengths, found = trigram_overlaps(data, range(20000), 0.75, 400, 16)
    assert lengths == [8] * 20000
    assert len(found) == 20000
    # 5 distinct trigrams ("again and again" twice); only the first 16 lines hold them
    assert found[19999] == (5, dict.fromkeys(range(16), 5))
    assert found[0] == (5, dict.fromkeys(range(1, 16), 5))
    assert (lengths, found) == _trigram_overlaps(data, range(20000), 0.75, 400, 16)


@needs_kernel
@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("a b c d", [0], 0.75, 400, 16), TypeError),  # str, not bytes
        ((bytearray(b"a b c d"), [0], 0.75, 400, 16), TypeError),
        ((b"a b c d", 0, 0.75, 400, 16), TypeError),  # pool not iterable
        ((b"a b c d", [0.0], 0.75, 400, 16), TypeError),
        ((b"a b c d", ["0"], 0.75, 400, 16), TypeError),
        ((b"a b c d", [None], 0.75, 400, 16), TypeError),
        ((b"a b c d", [0], "0.75", 400, 16), TypeError),
        ((b"a b c d", [0], 0.75, 400.0, 16), TypeError),
        ((b"a b c d", [0], 0.75, 400, None), TypeError),
        ((b"a b c d", [0], 0.75, 400), TypeError),
        ((b"a b c d", [0], 0.75, 400, 16, 1), TypeError),
        ((b"a b c d", [0], 0.75, -1, 16), ValueError),
        ((b"a b c d", [0], 0.75, 400, -1), ValueError),
    ],
)
def test_kernel_rejects_wrong_arguments(args: tuple[Any, ...], error: type[Exception]) -> None:
    with pytest.raises(error):
        trigram_overlaps(*args)


@needs_kernel
def test_kernel_reads_any_iterable_pool_and_ignores_indexes_out_of_range() -> None:
    data = b"a b c d\na b c d"
    expected = ([4, 4], {0: (2, {1: 2}), 1: (2, {0: 2})})
    assert trigram_overlaps(data, iter([1, 0, 2**80, -(2**80), True]), 0.75, 400, 16) == expected

    def failing() -> Any:
        yield 0
        raise RuntimeError("pool")

    with pytest.raises(RuntimeError, match="pool"):
        trigram_overlaps(data, failing(), 0.75, 400, 16)


# ---------------------------------------------------------------- the same answers on real pages


def _page_texts(path: pathlib.Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@needs_kernel
@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_kernel_counts_as_the_pure_code_on_real_pages(path: pathlib.Path) -> None:
    """Every line of the page a candidate (more than the pipeline asks): the same counts."""
    texts = _page_texts(path)
    data = _blob(texts)
    for pool in (range(len(texts)), range(0, len(texts), 3)):
        assert trigram_overlaps(data, pool, 0.75, 400, 16) == _trigram_overlaps(data, pool, 0.75, 400, 16)


def _parse_all() -> str:
    return (
        "import json, pathlib, sys, newscorpus\n"
        "out = {}\n"
        "for name in sys.argv[1:]:\n"
        "    art = newscorpus.parse(pathlib.Path(name).read_text(encoding='utf-8'))\n"
        "    out[name] = art.to_dict(segments=True)\n"
        "print(json.dumps({'speedups': newscorpus.speedups, 'articles': out}, default=str, sort_keys=True))\n"
    )


@needs_kernel
def test_parse_gives_the_same_articles_with_and_without_the_kernel() -> None:
    """parse() of every seed and fixture page, under the kernel and under ``NEWSCORPUS_PURE=1``."""
    names = [str(p) for p in PAGES]
    runs = {}
    for pure in ("0", "1"):
        env = {**os.environ, "NEWSCORPUS_PURE": pure}
        done = subprocess.run(
            [sys.executable, "-c", _parse_all(), *names], env=env, capture_output=True, text=True, check=True
        )
        runs[pure] = json.loads(done.stdout)
    assert runs["0"]["speedups"] is True
    assert runs["1"]["speedups"] is False
    assert runs["0"]["articles"] == runs["1"]["articles"]


@pytest.mark.parametrize("path", PAGES[:5], ids=lambda p: p.name)
def test_highlights_of_the_seeds_as_the_pure_code(path: pathlib.Path) -> None:
    """highlights() (kernel or not, as built) against the pure code on each seed's lines."""
    texts = _page_texts(path)
    lengths = [len(tok) for tok in pullquotes._token_lists(texts)]
    _, found = _trigram_overlaps(_blob(texts), range(len(texts)), 0.75, 400, 16)
    expected = {
        i for i, (size, c) in found.items() if pullquotes._is_highlight(texts, lengths, i, size, c, 0.75)
    }
    assert highlights(texts) == expected


class _Index:
    """An index type that is not an int (numpy's integers are such)."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value

    def __le__(self, other: int) -> bool:
        return self.value <= other

    def __ge__(self, other: int) -> bool:
        return self.value >= other

    def __lt__(self, other: int) -> bool:
        return self.value < other

    def __gt__(self, other: int) -> bool:
        return self.value > other

    def __hash__(self) -> int:
        return hash(self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Index) and other.value == self.value


def test_highlights_takes_any_index_type_in_only() -> None:
    texts = [
        "We will win this fight together, he said in a speech on Friday.",
        "We will win this fight together",
    ]
    assert highlights(texts, only=[_Index(1)]) == {1}
