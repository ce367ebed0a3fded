"""C kernels of newscorpus, built only in the compiled wheel (``NEWSCORPUS_COMPILE=1``, docs/speed.md)."""

from collections.abc import Iterable

def trigram_overlaps(
    data: bytes, pool: Iterable[int], threshold: float, max_tokens: int, max_postings: int, /
) -> tuple[list[int], dict[int, tuple[int, dict[int, int]]]]:
    """newscorpus.kinds.pullquotes._trigram_overlaps() in C: the same answers."""
