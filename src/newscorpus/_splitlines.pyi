"""The optional C loop of newscorpus.lines._split_on_newlines() (built from _splitlines.c)."""

from collections.abc import Callable
from typing import TypeVar

_LineT = TypeVar("_LineT", bound=tuple[object, ...])

def split_on_newlines(
    text: str, line_type: type[_LineT], other_line: Callable[[int, int, int, str, int], _LineT], /
) -> list[_LineT]:
    """The non-blank lines of ``text``, as newscorpus.lines._split_on_newlines_pure() gives them."""
