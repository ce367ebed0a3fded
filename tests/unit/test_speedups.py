"""The C kernels of the pull quotes (``newscorpus._speedups``) against the pure code they replace.

``trigram_overlaps`` compares the lines' word trigrams, ``blob`` makes the lower-case bytes it reads. The
kernels are built only in the compiled wheel (docs/speed.md, "The compiled build"): without them these
tests are skipped, but for the ones on the fallback and on the pure code.
"""

from __future__ import annotations

import gc
import json
import os
import pathlib
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newscorpus
from newscorpus import lines
from newscorpus.kinds import pullquotes
from newscorpus.kinds.pullquotes import _WIDE_PUNCT, _blob, _line_lower, _trigram_overlaps, highlights

try:
    from newscorpus._speedups import trigram_overlaps
except ImportError:
    trigram_overlaps = None
try:
    from newscorpus._speedups import blob
except ImportError:
    blob = None

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED_DEV = pathlib.Path("/work/shared/dev")
PAGES = (
    sorted((ROOT / "seeds").glob("*.txt"))
    + sorted(p for p in (ROOT / "tests" / "fixtures").glob("*/*.txt") if p.name != "SCORE.txt")
    + sorted(SHARED_DEV.glob("*.txt") if SHARED_DEV.is_dir() else [])
)

needs_kernel = pytest.mark.skipif(trigram_overlaps is None, reason="newscorpus._speedups is not built")
PURE = os.environ.get("NEWSCORPUS_PURE", "").strip().lower() in {"1", "true", "yes", "on"}


def test_speedups_says_whether_the_kernel_is_used() -> None:
    assert newscorpus.speedups is pullquotes.KERNEL
    assert newscorpus.speedups is (trigram_overlaps is not None and blob is not None and not PURE)


@needs_kernel
def test_the_bytes_are_made_by_the_kernel_too() -> None:
    """The build that has the trigram kernel has the one making the bytes it reads, and highlights() uses
    both (but under ``NEWSCORPUS_PURE=1``)."""
    assert blob is not None
    assert pullquotes._BLOB_KERNEL is (None if PURE else blob)
    assert pullquotes._KERNEL is (None if PURE else trigram_overlaps)


def test_pure_fallback_under_newscorpus_pure() -> None:
    """``NEWSCORPUS_PURE=1`` keeps the comparison in Python, kernel built or not, with the same answers."""
    code = (
        "import newscorpus\n"
        "from newscorpus.kinds.pullquotes import highlights\n"
        "body = ['Exports rose by a fifth over the year, according to the customs office.',\n"
        "        'Exports rose by a fifth over the year, according to the customs office']\n"
        "from newscorpus.kinds import pullquotes\n"
        "print(newscorpus.speedups, sorted(highlights(body)), pullquotes._BLOB_KERNEL)\n"
    )
    env = {**os.environ, "NEWSCORPUS_PURE": "1"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "[1]", "None"]


# ---------------------------------------------------------------- the same counts as the pure code

# few: trigrams repeat; b"\0" is a word's byte (the kernel stops on it only at the end of data)
WORDS = st.sampled_from([b"a", b"b", b"c", b"dd", b"\xc3\xa9t\xc3\xa9", b"a\x00b", b"\x00", b"c\x00"])
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
@pytest.mark.parametrize(
    "data",
    [
        b"a b c d\x00",
        b"a b c d \x00",
        b"\x00 a b c d",
        b"a b c d\na b c d\x00",
        b"a b c \x00\na b c \x00 d",
        b"a\x00 b c d\na\x00 b c d\n\x00",
        b"\x00\x00 \x00 \x00\x00\n\x00\x00 \x00 \x00\x00 \x00",
        b"a b c d\n",
        b"\n\na b c d\n\n a b c d \n",
        b"a b c d e f g h i j\nb c d e f g h i j k",
        b" \t\x0b\x0c\r\n\r a \t b\x0bc\x0cd\re",
    ],
)
def test_kernel_reads_the_last_line_and_nul_bytes_as_the_pure_code(data: bytes) -> None:
    """The kernel finds the end of the data by the b"\\0" every bytes object has after it: a b"\\0" of the
    data is a word's byte all the same, at the end of a line or of the data too."""
    n = data.count(b"\n") + 1
    for pool in (range(n), range(0, n, 2), [n - 1], []):
        for max_tokens in (400, 4, 3, 0):
            expected = _trigram_overlaps(data, pool, 0.5, max_tokens, 16)
            assert trigram_overlaps(data, pool, 0.5, max_tokens, 16) == expected
            assert trigram_overlaps(_Bytes(data), pool, 0.5, max_tokens, 16) == expected


class _Bytes(bytes):
    """A bytes subclass: the kernel takes it as bytes."""


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


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_highlights_of_the_pages_as_the_pure_code(path: pathlib.Path) -> None:
    """highlights() (kernels or not, as built) against the pure code on each page's lines."""
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


def _is_highlight_as_written_first(
    texts: list[str], lengths: list[int], i: int, size: int, counts: dict[int, int], threshold: float
) -> bool:
    """pullquotes._is_highlight() as it was first written (a key function, both ends read every time)."""
    for j, common in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
        if common / size < threshold:
            return False
        li, lj = lengths[i], lengths[j]
        closed_i, closed_j = pullquotes._ends_closed(texts[i]), pullquotes._ends_closed(texts[j])
        if abs(li - lj) <= 0.1 * max(li, lj) and closed_i != closed_j:
            if closed_j:
                return True
            continue
        if li < lj:
            return True
    return False


@given(
    ends=st.lists(st.sampled_from(["a", "a.", "a!”", "a)", "a…", "a?' "]), min_size=2, max_size=8),
    lengths=st.lists(st.integers(0, 40), min_size=8, max_size=8),
    counts=st.dictionaries(st.integers(1, 7), st.integers(1, 12), max_size=7),
    size=st.integers(1, 12),
    threshold=st.sampled_from([0.0, 0.5, 0.75, 1.0]),
)
def test_is_highlight_as_first_written(
    ends: list[str], lengths: list[int], counts: dict[int, int], size: int, threshold: float
) -> None:
    texts = (ends * 8)[:8]
    expected = _is_highlight_as_written_first(texts, lengths, 0, size, counts, threshold)
    assert pullquotes._is_highlight(texts, lengths, 0, size, counts, threshold) is expected


# ---------------------------------------------------------------- the bytes: blob() and _blob()

needs_blob = pytest.mark.skipif(blob is None, reason="newscorpus._speedups is not built")

# ASCII pieces (letters of both cases, every punctuation mark, the control characters, b"\n" inside a
# text) and others: wide punctuation, the spaces str.split() knows but bytes.split() does not, characters
# whose lower case is ASCII (the Kelvin sign) or longer (İ), the final sigma, surrogates, astral ones.
PIECES = [
    *"aZ09 _~",
    "Word",
    "NEWS",
    "".join(map(chr, range(128))),
    *"\n\r\t\x0b\x0c\x1c\x1f\x00\x7f",
    *"“”‘’–—…«»·•【】（）：，。、；！？",
    *"\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000",
    "\u212a",
    "\u0130",
    "ΣΑΣ",
    "ß",
    "É",
    "中文",
    "😀",
    "\ud800",
    "\udfff",
    "e\u0301",
]
ASCII_PIECES = [piece for piece in PIECES if piece.isascii()]


def _long(filler: str, length: int, insert: str, at: int) -> str:
    base = (filler * (length // len(filler) + 1))[:length]
    return base[:at] + insert + base[at:]


TEXT = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
    st.lists(st.sampled_from(ASCII_PIECES), max_size=12).map("".join),
    st.builds(
        _long,
        st.sampled_from(["Ab, ", "x", "é. ", "中"]),
        st.integers(3990, 4010),
        st.sampled_from(["", "\n", "É", "\u212a", ",", "A"]),
        st.integers(3990, 4010),
    ),
    st.text(max_size=30),
)
TEXTS = st.lists(TEXT, max_size=8)


@given(texts=TEXTS)
def test_blob_is_the_bytes_of_each_text_one_a_line(texts: list[str]) -> None:
    """_blob() of the texts is _blob() of each, one a line: the kernel writes each text's bytes on its own."""
    assert b"\n".join([_blob([text]) for text in texts]) == _blob(texts)


def _recording(calls: list[str]) -> Callable[[str], str]:
    def lower(text: str) -> str:
        calls.append(text)
        return _line_lower(text)

    return lower


def _no_call(text: str) -> str:
    raise AssertionError(f"lower() called for a text the kernel writes itself: {text!r}")


def _written_here(text: str) -> bool:
    """Whether blob() writes a text without lower(): its first 4000 characters Latin-1 or wide punctuation."""
    return all(ord(c) < 0x100 or _WIDE_PUNCT.fullmatch(c) for c in text[:4000])


@needs_blob
@given(texts=TEXTS)
def test_blob_kernel_makes_the_bytes_of_the_pure_code(texts: list[str]) -> None:
    calls: list[str] = []
    assert blob(texts, _recording(calls)) == _blob(texts)
    # lower() is called once for each text beyond Latin-1 and wide punctuation, in order, with the text itself
    others = [text for text in texts if not _written_here(text)]
    assert len(calls) == len(others) and all(a is b for a, b in zip(calls, others, strict=True))


@needs_blob
def test_blob_kernel_maps_every_ascii_character_as_the_pure_code() -> None:
    texts = [chr(c) * 3 for c in range(128)] + ["".join(map(chr, range(128))) * 2, "", "A\nB", "\n"]
    assert blob(texts, _no_call) == _blob(texts)
    assert blob(["A-Z, Yes!", "x\ny", "\x1c\x1d\x1e\x1f\x1b", ""], _no_call) == b"a z  yes \nx y\n    \x1b\n"


@needs_blob
@pytest.mark.parametrize("length", [0, 1, 3999, 4000, 4001, 12345])
def test_blob_kernel_reads_the_first_4000_characters(length: int) -> None:
    ascii_text = ("Ab, " * 4000)[:length]
    assert blob([ascii_text, ascii_text], _no_call) == _blob([ascii_text, ascii_text])
    assert len(blob([ascii_text], _no_call)) == min(length, 4000)
    wide = ascii_text + "Ā"  # beyond Latin-1: lower()'s, if it is among the first 4000 characters
    calls: list[str] = []
    assert blob([wide, ascii_text], _recording(calls)) == _blob([wide, ascii_text])
    assert calls == ([wide] if length < 4000 else [])
    latin = ascii_text + "É"  # Latin-1: written here
    assert blob([latin, ascii_text], _no_call) == _blob([latin, ascii_text])


@needs_blob
def test_blob_kernel_takes_str_subclasses_any_iterable_and_an_empty_page() -> None:
    class Shouting(str):
        def lower(self) -> str:  # never called: _blob() lower-cases a slice, a plain str
            return "NOT THIS"

    texts = [Shouting("Some TEXT."), Shouting("Un ÉTÉ"), "plain"]
    assert blob(texts, _line_lower) == _blob(texts) == b"some text \nun \xc3\xa9t\xc3\xa9\nplain"
    assert blob(iter(["A", "é"]), _line_lower) == _blob(["A", "é"])
    assert blob(("A", "B"), _no_call) == b"a\nb"
    assert blob([], _no_call) == _blob([]) == b""
    assert blob([""], _no_call) == _blob([""]) == b""


@needs_blob
def test_blob_kernel_reads_its_own_copy_of_the_texts() -> None:
    """lower() may change the list it was given: the kernel's answer stays that of the list as it was."""
    texts = ["Alpha", "ĀTĀ", "Beta", "Ātā"]
    expected = _blob(list(texts))

    def lower(text: str) -> str:
        texts.clear()
        texts.extend(["changed"] * 10)
        return _line_lower(text)

    assert blob(texts, lower) == expected


@needs_blob
@pytest.mark.parametrize(
    "args",
    [
        (),
        (["a"],),
        (["a"], _line_lower, 1),
        (None, _line_lower),  # not iterable
        (3, _line_lower),
        (["a", b"b"], _line_lower),  # bytes, not str
        (["a", None], _line_lower),
        ([1], _line_lower),
        (["a"], None),  # not callable, even when it is not called
        (["ā"], "_line_lower"),
        (["ā"], lambda text: _blob([text])),  # lower must return str, not bytes
        (["ā"], lambda text: None),
        (["ā"], lambda text: b"x"),
        (["ā"], lambda: "x"),  # called with one argument
    ],
)
def test_blob_kernel_rejects_wrong_arguments(args: tuple[Any, ...]) -> None:
    with pytest.raises(TypeError):
        blob(*args)


@needs_blob
def test_blob_kernel_takes_no_keywords() -> None:
    with pytest.raises(TypeError):
        blob(["a"], lower=_line_lower)  # type: ignore[call-arg]


@needs_blob
def test_blob_kernel_leaks_nothing_when_it_succeeds_or_fails() -> None:
    text = "".join(["Un ētē", " unique"])  # objects of their own: their counts are this test's
    made = "".join(["un ētē", " unique"])
    wrong = b"".join([b"not", b" str"])

    def lower(t: str) -> str:
        return made

    def failing(t: str) -> str:
        if t.startswith("Zz"):
            raise RuntimeError("lower")
        return made

    def returning_bytes(t: str) -> Any:
        return wrong

    gc.collect()
    before = (sys.getrefcount(text), sys.getrefcount(made), sys.getrefcount(wrong))
    for _ in range(100):
        written = made.encode()
        assert blob(["A", text, "B", text], lower) == b"a\n" + written + b"\nb\n" + written
        with pytest.raises(RuntimeError, match="lower"):
            blob([text, "x", text, "Zzā", text], failing)  # two answers of lower() made by then
        with pytest.raises(TypeError):
            blob([text, "x", text], returning_bytes)
        with pytest.raises(TypeError):
            blob([text, "x", text, 7], lower)
    gc.collect()
    assert (sys.getrefcount(text), sys.getrefcount(made), sys.getrefcount(wrong)) == before


@needs_blob
def test_blob_kernel_stays_linear_on_long_pages_and_lines() -> None:
    texts = ["The SAME words, again and again!"] * 20000 + ["Été, " * 2000] * 200
    texts += ["x" * 1_000_000, "É" * 1_000_000, "\n" * 1_000_000]
    assert blob(texts, _line_lower) == _blob(texts)


@needs_blob
@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_blob_kernel_makes_the_bytes_of_the_pure_code_on_real_pages(path: pathlib.Path) -> None:
    raw = path.read_text(encoding="utf-8")
    for texts in (_page_texts(path), raw.split("\n"), [raw], [line.norm for line in lines.split_lines(raw)]):
        assert blob(texts, _line_lower) == _blob(texts)


@needs_blob
def test_blob_kernel_writes_every_code_point_as_the_pure_code() -> None:
    """Every character (wide punctuation marks, lone surrogates, every plane) is written as _blob() does."""
    chars = [chr(c) for c in range(0x80, 0x110000)]
    for start in range(0, len(chars), 4096):
        texts = ["".join(chars[k : k + 512]) for k in range(start, min(start + 4096, len(chars)), 512)]
        assert blob(texts, _line_lower) == _blob(texts)
    assert blob(["a\u201cb\u3000c\u2000\u200ad\u2009"], _line_lower) == b"a b c  d "


@needs_blob
def test_blob_kernel_writes_latin_1_and_wide_punctuation_itself() -> None:
    """Latin-1 letters (lower-cased here: A-Z and U+00C0 to U+00DE but U+00D7) and wide punctuation need
    no lower(); one character beyond them, among the first 4000, sends the whole text to lower()."""
    wide_punct = [chr(c) for c in range(0x80, 0x3010) if _WIDE_PUNCT.fullmatch(chr(c))] + ["\uff0c"]
    texts = [chr(c) * 3 for c in range(0x80, 0x100)] + wide_punct + ["".join(map(chr, range(0x80, 0x100)))]
    texts += ["Été à PARÍS, «ÇA VA» — “ÜBER” ÆØÅ ×÷ ß ÿ µ", "\u00a0\u2019\u3000", "\n".join(wide_punct)]
    assert blob(texts, _no_call) == _blob(texts)
    assert blob(["ÀÉÎÕÜ Þ × ß"], _no_call) == "àéîõü þ × ß".encode()
    calls: list[str] = []
    mixed = ["Été", "Ātā été", "Été ā"]
    assert blob(mixed, _recording(calls)) == _blob(mixed)
    assert calls == mixed[1:]


def test_line_lower_lowers_the_first_4000_characters() -> None:
    """_line_lower() is _blob()'s lower-casing of a text that is not ASCII (the kernel writes the rest).

    (Compiled by mypyc, ``str.lower()`` maps a final capital sigma to "σ" where CPython's gives "ς": both
    _blob() and _line_lower() are compiled, so kernel and twin still agree; the pure build differs there.)
    """
    assert _line_lower("ÉTÉ, Ünïcode " * 400) == ("été, ünïcode " * 400)[:4000]
    assert _line_lower("İstanbul") == "İstanbul".lower() == "i\u0307stanbul"
