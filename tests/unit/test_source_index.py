"""The mark index (sources/index.py) gives every parser the score its score() gives, and the same choice."""

from __future__ import annotations

import pathlib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newscorpus
from newscorpus.lines import split_lines
from newscorpus.pipeline import _score_window
from newscorpus.sources import SourceParser, all_parsers, choose_parser, register_parser, unregister_parser
from newscorpus.sources.base import mark, score_window
from newscorpus.sources.index import MarkIndex
from newscorpus.sources.registry import SCORE_THRESHOLD
from tests.conftest import ROOT, SEEDS

PAGES = sorted(
    [
        *SEEDS.glob("*.txt"),
        *(ROOT / "tests/fixtures/pages").glob("*.txt"),
        *(ROOT / "tests/fixtures/edge").glob("*.txt"),
        *(ROOT / "tests/fixtures/blind").glob("*.txt"),
    ]
)


def scores_by_index(parsers: list[SourceParser], window: str) -> list[float | None]:
    page = MarkIndex(parsers).page(window)
    return [page.value(e, float("-inf"), None) for e in range(len(parsers))]


def choice_by_scores(parsers: list[SourceParser], window: str) -> SourceParser | None:
    best: tuple[float, SourceParser] | None = None
    for parser in parsers:
        value = parser.score(window)
        value = value if 0.0 <= value <= 1.0 else 0.0
        if value >= SCORE_THRESHOLD and (best is None or value > best[0]):
            best = (value, parser)
    return best[1] if best else None


def choice_by_index(parsers: list[SourceParser], window: str) -> SourceParser | None:
    page = MarkIndex(parsers).page(window)
    best: tuple[float, SourceParser] | None = None
    for e, parser in enumerate(parsers):
        value = page.value(e, SCORE_THRESHOLD, best[0] if best else None)
        if value is not None:
            value = value if 0.0 <= value <= 1.0 else 0.0
            if value >= SCORE_THRESHOLD and (best is None or value > best[0]):
                best = (value, parser)
    return best[1] if best else None


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_builtin_scores_and_choice_match_score(path: pathlib.Path) -> None:
    text = path.read_text(encoding="utf-8")
    parsers = list(all_parsers())
    for window in (_score_window(split_lines(text)), score_window(text), text[:700], text[-500:]):
        assert scores_by_index(parsers, window) == [p.score(window) for p in parsers]
        assert choice_by_index(parsers, window) is choice_by_scores(parsers, window)


# Line patterns of every shape the index treats apart: alternation under "^", look-behind across the
# line break, \A, \Z, matches that run over line breaks, case-insensitive bodies, long repeats.
PATTERNS = [
    r"^a",
    r"^ab\s*$",
    r"^a|^b",
    r"^a|b",
    r"(?:^a)|(?:^b)",
    r"^(?<=\n)a",
    r"^(?<!\n)a",
    r"^a\Z",
    r"^\Aa",
    r"^$",
    r"^",
    r"^\s*b",
    r"^a\s+b",
    r"(?i)^A",
    r"(?s)^a.b",
    r"(?i)^ab|^B",
    r"^b\n^a",
    r"^(a)",
    r"a$",
    r"^[\w ]{0,12}\)",
    r"^a{0,15}b",
    r"^[ab\n]{1,11}c",
    r"^(?:\n|a){0,12}b",
    r"^\(?[\w.' ]{2,10}\)\s+b",
    # openings of every kind, which the combined line regex must try as each mark's own regex does: digits
    # of any script, ranges, groups, optional openings, case-blind and negated sets
    r"^\d+a",
    r"(?a)^\d+a",
    r"^[A-Ba]\s",
    r"^(?:b|\d)a",
    r"^(?:ab)?\)",
    r"^(?i:B)a",
    r"^[^a]b",
    r"^\wa",
]


@st.composite
def parsers_and_text(draw: st.DrawFn) -> tuple[list[SourceParser], str]:
    parsers: list[SourceParser] = []
    for n in range(draw(st.integers(1, 4))):
        marks = tuple(
            mark(
                draw(st.sampled_from(PATTERNS)),
                draw(st.sampled_from([0.1, 0.3, 0.4, 0.5, 0.6, 1.0, 2.0, 0.0, -0.3])),
                draw(st.sampled_from([None, "a", "b", "ab", "\n", ")", "x"])),
            )
            for _ in range(draw(st.integers(1, 5)))
        )
        parsers.append(type(f"Drawn{n}", (SourceParser,), {"name": f"drawn{n}", "marks": marks})())
    text = draw(st.text(alphabet="ab \n)\u00e91\u0661AB", max_size=60))
    return parsers, text


@given(parsers_and_text())
def test_drawn_marks_score_and_choose_as_score_does(drawn: tuple[list[SourceParser], str]) -> None:
    parsers, text = drawn
    assert scores_by_index(parsers, text) == [p.score(text) for p in parsers]
    assert choice_by_index(parsers, text) is choice_by_scores(parsers, text)


@pytest.mark.parametrize(
    "text",
    [
        "x\n1a",
        "x\n\u0661\u0662a",
        "\u0661a",
        "x\nB a",
        "x\nba",
        "x\n)",
        "x\nab)",
        "x\nKa",
        "x\n\u212aa",
        "x\n\u017fa",
    ],
)
def test_line_marks_are_tried_on_every_line_they_can_open(text: str) -> None:
    marks = tuple(
        mark(p, 0.3)
        for p in (r"^\d+a", r"^[A-Ba]\s", r"^(?:b|\d)a", r"^(?:ab)?\)", r"(?i)^ka", r"(?i)^sa", r"^[^a]a")
    )
    parsers = [type("Openings", (SourceParser,), {"name": "openings", "marks": marks})()]
    assert scores_by_index(parsers, text) == [p.score(text) for p in parsers]
    assert parsers[0].score(text) > 0


class Shouting(SourceParser):
    """Scores with its own score(): the index must ask it."""

    name = "shouting"

    def score(self, text: str, url: str | None = None) -> float:
        return 1.0 if "SHOUTING DAILY" in text else 0.0


class Quiet(SourceParser):
    name = "quiet"
    marks = (mark(r"^QUIET PRESS\s*$", 1.0, "QUIET"),)


PAGE = "QUIET PRESS\nSHOUTING DAILY\n\nA headline here\n\nThe text of the story, long enough to be prose."


def test_parsers_registered_later_and_own_scores_are_used() -> None:
    assert newscorpus.parse(PAGE).source == "generic"
    register_parser(Shouting)
    try:
        assert newscorpus.parse(PAGE).source == "shouting"  # registered first: wins the tie
        register_parser(Quiet)
        assert newscorpus.parse(PAGE).source == "shouting"
        unregister_parser("shouting")
        assert newscorpus.parse(PAGE).source == "quiet"
    finally:
        unregister_parser("shouting")
        unregister_parser("quiet")
    assert newscorpus.parse(PAGE).source == "generic"


def test_marks_changed_after_loading_are_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    register_parser(Quiet)
    try:
        assert choose_parser(PAGE, None, None)[0] is not None
        monkeypatch.setattr(Quiet, "marks", (mark(r"^LOUD PRESS$", 1.0),))
        assert choose_parser(PAGE, None, None)[0] is None
        monkeypatch.setattr(Quiet, "score", lambda self, text, url=None: 1.0)
        assert choose_parser("Nothing of note here.", None, None)[0] is not None
    finally:
        unregister_parser("quiet")


def test_line_patterns_are_recognised_only_when_every_match_starts_a_line() -> None:
    index = MarkIndex(
        [
            type(
                "P",
                (SourceParser,),
                {"name": "p", "marks": tuple((re.compile(p, re.M), 1.0) for p in PATTERNS)},
            )()
        ]
    )
    on_scan = {index.patterns[pid].pattern for group in index.line_groups for pid in group.pattern_ids}
    from_literal = {index.patterns[pid].pattern for pid in index.anchors}
    assert r"^a|b" not in on_scan | from_literal
    assert r"a$" not in on_scan | from_literal
    assert r"^(a)" not in on_scan  # a capturing group: searched as it is
    assert {r"^a|^b", r"(?i)^ab|^B", r"^(?<=\n)a"} <= on_scan
    assert {r"^[\w ]{0,12}\)", r"^\(?[\w.' ]{2,10}\)\s+b"} <= from_literal
