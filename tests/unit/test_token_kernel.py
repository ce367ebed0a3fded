"""The token-membership kernel (``_speedups.any_token_in``) against its pure twin, furniture._any_token_in.

The kernel makes a str only of the tokens the sieve lets through: the answer must be the twin's for any
text (every kind of Unicode whitespace, any script, words longer than the sieve's rows) and any set.
"""

from __future__ import annotations

import gc
import os
import pathlib
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus.kinds import furniture
from newscorpus.kinds.furniture import _NAV_SIEVE, _NAV_WORDS, _any_token_in, token_sieve

try:
    from newscorpus._speedups import any_token_in
except ImportError:
    any_token_in = None  # type: ignore[assignment]

needs_kernel = pytest.mark.skipif(any_token_in is None, reason="newscorpus._speedups is not built")
ROOT = pathlib.Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    p for p in (ROOT / "tests" / "fixtures").glob("*/*.txt") if p.name != "SCORE.txt"
)

# Every character str.split() splits on, and some that look like spaces but are not whitespace to it.
SPACES = [" ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0", "\u1680"]
SPACES += ["\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u200b", "\ufeff"]
PIECES = ["x", "news", "line", "facebook", "x.com", "新浪微博", "微博", "việt", "tiếng", "α" * 40, "ā", "Ā"]
PIECES += ["y" * 31, "y" * 32, "y" * 33, "\u0178", "\u0178x", "\u0100", "\U0001f600", "", "\u0178" * 31]
WORD = st.sampled_from([p for p in PIECES if p] + ["x" + "y" * 30, "y" * 32])


@needs_kernel
@given(
    st.lists(st.sampled_from(PIECES + SPACES), max_size=12).map("".join),
    st.frozensets(WORD, max_size=6),
)
def test_kernel_answers_as_the_twin(text: str, words: frozenset[str]) -> None:
    assert any_token_in is not None
    sieve = token_sieve(words)
    assert any_token_in(text, words, sieve) is _any_token_in(text, words, sieve)
    assert any_token_in(text, set(words), sieve) is _any_token_in(text, set(words), sieve)


@needs_kernel
@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_kernel_answers_as_the_twin_on_every_line_of_the_pages(path: pathlib.Path) -> None:
    assert any_token_in is not None
    for line in path.read_text(encoding="utf-8").splitlines():
        low = line.lower()
        assert any_token_in(low, _NAV_WORDS, _NAV_SIEVE) is _any_token_in(low, _NAV_WORDS, _NAV_SIEVE)


@needs_kernel
def test_kernel_examples() -> None:
    assert any_token_in is not None
    assert any_token_in("share on facebook", _NAV_WORDS, _NAV_SIEVE) is True
    assert any_token_in("facebooks and lines", _NAV_WORDS, _NAV_SIEVE) is False
    assert any_token_in("english\u3000中文", _NAV_WORDS, _NAV_SIEVE) is True
    assert any_token_in("x\u200bx", _NAV_WORDS, _NAV_SIEVE) is False  # a zero-width space splits nothing
    assert any_token_in("", _NAV_WORDS, _NAV_SIEVE) is False
    long_word = "w" * 45
    assert any_token_in(f"a {long_word} b", frozenset([long_word]), token_sieve([long_word])) is True
    # the sieve decides which tokens are looked up: an empty one lets none through
    assert any_token_in("x", frozenset(["x"]), bytes(1024)) is False


@needs_kernel
@pytest.mark.parametrize(
    "args",
    [
        (),
        ("x", _NAV_WORDS),
        ("x", _NAV_WORDS, _NAV_SIEVE, 1),
        (b"x", _NAV_WORDS, _NAV_SIEVE),
        (None, _NAV_WORDS, _NAV_SIEVE),
        ("x", ["x"], _NAV_SIEVE),  # a list is no set
        ("x", {"x": 1}, _NAV_SIEVE),
        ("x", _NAV_WORDS, _NAV_SIEVE[:-1]),
        ("x", _NAV_WORDS, bytearray(_NAV_SIEVE)),
    ],
)
def test_kernel_rejects_wrong_arguments(args: tuple[Any, ...]) -> None:
    assert any_token_in is not None
    with pytest.raises(TypeError):
        any_token_in(*args)


@needs_kernel
def test_kernel_leaks_nothing_and_raises_what_hashing_raises() -> None:
    assert any_token_in is not None

    class Angry(str):
        """Hashes as its text, but cannot be compared."""

        def __hash__(self) -> int:
            return hash(str(self))

        def __eq__(self, other: object) -> bool:
            raise RuntimeError("no compare")

    text = "".join(["share on ", "facebook now"])
    gc.collect()
    before = sys.getrefcount(text)
    for _ in range(100):
        assert any_token_in(text, _NAV_WORDS, _NAV_SIEVE) is True
        assert any_token_in(text, frozenset(["zzz"]), token_sieve(["zzz"])) is False
    gc.collect()
    assert sys.getrefcount(text) == before
    words: set[str] = {Angry("x")}  # the token "x" is compared with Angry("x"): the error comes out
    with pytest.raises(RuntimeError, match="no compare"):
        any_token_in("a x b", words, token_sieve(words))


def test_navigation_uses_the_kernel_when_built() -> None:
    """The compiled build reads its lines through the kernel; the pure one splits them."""
    pure = os.environ.get("NEWSCORPUS_PURE", "").strip().lower() in {"1", "true", "yes", "on"}
    assert (furniture._ANY_TOKEN_IN is not None) == (any_token_in is not None and not pure)
    assert furniture._navigation_reason("english  français  中文", "english  français  中文", 3) == (
        "language-switcher"
    )
    assert furniture._navigation_reason("Facebook Twitter WhatsApp", "facebook twitter whatsapp", 3) == (
        "social-row"
    )
    assert furniture._navigation_reason("The news on the line", "the news on the line", 5) is None
