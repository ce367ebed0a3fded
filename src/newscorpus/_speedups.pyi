"""C kernels of newscorpus, built only in the compiled wheel (``NEWSCORPUS_COMPILE=1``, docs/speed.md)."""

from collections.abc import Callable, Iterable, Sequence
from typing import Any

def trigram_overlaps(
    data: bytes, pool: Iterable[int], threshold: float, max_tokens: int, max_postings: int, /
) -> tuple[list[int], dict[int, tuple[int, dict[int, int]]]]:
    """newscorpus.kinds.pullquotes._trigram_overlaps() in C: the same answers."""

def blob(texts: Iterable[str], lower: Callable[[str], str], /) -> bytes:
    """newscorpus.kinds.pullquotes._blob() in C: the same bytes (lower: pullquotes._line_lower)."""

def segments(
    segment_type: type[Any],
    span_type: type[Any],
    text: str,
    kinds: Sequence[Any],
    offsets: Sequence[int],
    reasons: Sequence[Any],
    shared: Sequence[str | None] | None = None,
    /,
) -> tuple[Any, ...]:
    """newscorpus.model._build_segments_pure() in C: the same segments (a ``shared`` str with the very
    characters of a segment's slice is used as its text)."""

def pack_segments(
    segment_type: type[Any],
    span_type: type[Any],
    text: str,
    segments: tuple[Any, ...],
    value_of: dict[Any, str],
    /,
) -> tuple[tuple[str, ...], tuple[int, ...], tuple[Any, ...]] | None:
    """newscorpus.model._pack_segments_pure() in C: the same answer."""

def any_token_in(text: str, words: frozenset[str] | set[str], sieve: bytes, /) -> bool:
    """newscorpus.kinds.furniture._any_token_in() in C: the same answer."""
