"""Lines built to make regexes backtrack: each page must parse in well under a second (a 30 s bound
here only catches exponential blow-ups, not ordinary slowness; speed is measured in benchmarks/)."""

from __future__ import annotations

import time

import pytest

import newscorpus

ADVERSARIAL = [
    "2014 2015 2016 2017 2018 2019 2020 2021 2022 2023 total",
    "2024 " * 30 + "x",
    "0912345678 0987654321 0911111111 hotline",
    "(" * 5000 + "x",
    "| " * 5000 + "x",
    "By " * 3000 + "x",
    "12:34:" * 3000,
    "-" * 100000,
    " " * 100000 + "x",
    "Photo: " + "a/" * 5000,
    "[Photo/" * 3000,
    "1. " * 5000,
    "Published: " * 2000 + "2020",
    "A" * 200000,
    "Source: Xinhua| " * 2000,
]


@pytest.mark.parametrize("line", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_adversarial_line_parses_quickly(line: str) -> None:
    page = f"Headline of the page\n\n{line}\n\nSome body text that is long enough to be a paragraph here."
    started = time.perf_counter()
    art = newscorpus.parse(page)
    assert time.perf_counter() - started < 30
    assert len(art.segments) == 3
