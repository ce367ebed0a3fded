"""Literal tests put before slow regexes must never change the answer: each is checked against its regex.

The case-blind regexes tried at every position cost most; a literal test (a character, or a lower-case
fragment) rules most lines out first. The drawn texts mix the fragments the regexes look for, their
capitals, and the characters a case-blind regex also folds ("ſ", "ı", "K" Kelvin).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newscorpus
from newscorpus.fields import dateline
from newscorpus.model import _collapsed
from newscorpus.pipeline import _FOOTER_CREDIT, _is_footer_credit

FRAGMENTS = [
    "Copyright",
    "COPYRIGHT ",
    "copyright",
    "(c)",
    "(C) 2024",
    "©",
    "2024",
    "All Rights Reserved",
    "all rights reserved",
    "aLL rIGHTS reSERVED",
    "Press Licence No ",
    "press license no",
    "PRESS LICENSE NO.",
    "Governing body:",
    "Hotline :",
    "Head office",
    "Registration No.:",
    "editor-in-chief",
    "reſerved",
    "lıcense",
    "\u212a",
    " ",
    "\n",
    ":",
    "(",
    ")",
    "The Daily",
    "centre",
]

lines = st.lists(st.sampled_from(FRAGMENTS), max_size=8).map("".join)


@given(lines)
def test_footer_credit_precheck_agrees_with_the_regex(text: str) -> None:
    assert _is_footer_credit(text) == (_FOOTER_CREDIT.search(text) is not None)


def test_footer_credit_precheck_examples() -> None:
    assert _is_footer_credit("Copyright 2025 The Daily Post. ALL RIGHTS RESERVED")
    assert _is_footer_credit("Press licence no 12/GP-BTTTT")
    assert _is_footer_credit("(C) 2025 The Daily Post")
    assert not _is_footer_credit("The minister said the centre would open next year")
    assert not _is_footer_credit("Read more stories from our correspondents")


DATELINE_FRAGMENTS = [
    "Hanoi",
    "BEIJING",
    "New York",
    ", Oct. 16",
    ", 16 October",
    ", 2024",
    " (VNA)",
    " (Xinhua)",
    " (",
    ")",
    " - ",
    " -- ",
    " — ",
    "The",
    " said",
    " ",
]

ledes = st.lists(st.sampled_from(DATELINE_FRAGMENTS), max_size=8).map("".join)


@given(ledes)
def test_mixed_dateline_needs_a_bracket(text: str) -> None:
    # find_dateline tries _MIXED only on a head holding "(": every match of it holds one
    head = text[:120]
    if dateline._MIXED.match(head) is not None:
        assert "(" in head


def test_mixed_dateline_still_found() -> None:
    assert dateline.find_dateline("Hanoi (VNA) - Vietnam will open the new line next year.") == "Hanoi"
    assert dateline.find_dateline("Hanoi - Vietnam will open the new line next year.") is None


SPACES = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u3000", "\u2028", "\x1c", "\u200b", "\u00ad", "\x85"]


@given(st.lists(st.one_of(st.sampled_from(SPACES), st.text(max_size=6)), max_size=12).map("".join))
def test_paragraph_fast_path_collapses_as_split_and_join(text: str) -> None:
    """A paragraph returned as it is (printable, no double or edge space) is what split-and-join gives."""
    assert _collapsed(text) == " ".join(text.split())


def test_paragraphs_collapse_whitespace_and_keep_clean_text_as_it_is() -> None:
    art = newscorpus.parse(
        "A headline here\n\nThe story\u00a0 starts  here today.\n\nIt goes on, as stories do.\n"
    )
    assert art.paragraphs == ("The story starts here today.", "It goes on, as stories do.")
    assert art.paragraphs[1] is art.segments[-1].text
