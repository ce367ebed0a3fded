"""Source parsers: outlet-specific refinement of the generic result, and their registry."""

from __future__ import annotations

from .base import BEIJING, HANOI, SourceParser
from .registry import (
    GENERIC,
    all_parsers,
    choose_parser,
    get_parser,
    guess_parser,
    parser_for_url,
    register_parser,
    unregister_parser,
)

__all__ = [
    "BEIJING",
    "GENERIC",
    "HANOI",
    "SourceParser",
    "all_parsers",
    "choose_parser",
    "get_parser",
    "guess_parser",
    "parser_for_url",
    "register_parser",
    "unregister_parser",
]
