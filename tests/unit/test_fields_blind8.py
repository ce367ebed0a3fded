"""Byline, date, dateline and outlet rules added for the blind8 pages (synthetic strings)."""

from __future__ import annotations

import datetime as dt

import pytest

from newscorpus.fields.byline import (
    match_byline,
    match_contributor_line,
    match_credit_line,
    match_editor_line,
    match_end_byline,
)
from newscorpus.fields.dateline import find_dateline
from newscorpus.fields.dates import date_line_stamps
from newscorpus.fields.lexicon import home_zone_hours, is_outlet

EST = dt.timezone(dt.timedelta(hours=-5))
LEDE = (
    "the port authority said on Monday it would add two new berths and a rail link to the container terminal."
)


def _fields(m: object) -> tuple[object, ...] | None:
    if m is None:
        return None
    return (m.byline, m.authors, m.credit, m.reason)  # type: ignore[attr-defined]


def _stamps(text: str) -> list[tuple[str, str | None]] | None:
    found = date_line_stamps(text)
    return None if found is None else [(m.value.isoformat(), m.label) for m in found]


# --------------------------------------------------------------------------------------------- stamps


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a weekday between the time with its zone and the date: one stamp, the zone read
        ("Updated 9:40 PM EST, Wed March 4, 2026", [("2026-03-04T21:40:00-05:00", "updated")]),
        ("Published 10:05 GMT+8, Friday, May 8, 2026", [("2026-05-08T10:05:00+08:00", "published")]),
        # Portuguese: a dotted abbreviated month, 'às', a time with 'h', 'Atualizado:'
        ("3.mar.2026 às 09h15", [("2026-03-03T09:15:00", None)]),
        ("Atualizado: 3.out.2026 às 21h50", [("2026-10-03T21:50:00", "updated")]),
        ("Publicado em 12 de setembro de 2025", [("2025-09-12", "published")]),
    ],
)
def test_stamps(line: str, want: list[tuple[str, str | None]]) -> None:
    assert _stamps(line) == want


# --------------------------------------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # the agency whose copy the story draws on, after the text
        ("(With input from Reuters)", ("(With input from Reuters)", (), "Reuters", "credit-only")),
        ("With inputs from AFP", ("With inputs from AFP", (), "AFP", "credit-only")),
        # a stamp, then the outlet, with its app link run on
        ("2026-02-03 08:15 ECNS App Download", ("ECNS", (), "ECNS", "credit-only")),
        ("2026-02-03 08:15 Xinhua", ("Xinhua", (), "Xinhua", "credit-only")),
    ],
)
def test_credit_lines(line: str, want: tuple[object, ...] | None) -> None:
    assert _fields(match_credit_line(line)) == want


def test_a_stamp_then_an_outlet_keeps_the_stamp_offset() -> None:
    m = match_credit_line("2026-02-03 08:15 ECNS App Download")
    assert m is not None and m.date_start == 0
    assert match_credit_line("2026-02-03 08:15 Harbour Notes") is None  # no outlet after the stamp


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a web address alone after the source label: the credit as shown
        ("Source: HarbourDaily.com", ("Source: HarbourDaily.com", (), "HarbourDaily.com", "source-label")),
        # a Chinese source line with 央视网 (CCTV's site)
        ("来源：央视网 | 2026年02月03日 08:15", ("来源：央视网", (), "央视网", "source-label")),
        # reporters of the Station in full-width brackets: the byline without them, no credit
        ("（总台记者 赵明 孙婷）", ("总台记者 赵明 孙婷", ("赵明", "孙婷"), None, "reporter-label")),
        ("（本台记者 周刚）", ("本台记者 周刚", ("周刚",), None, "reporter-label")),
    ],
)
def test_byline_lines(line: str, want: tuple[object, ...] | None) -> None:
    assert _fields(match_byline(line)) == want


def test_a_web_address_after_a_source_label_and_nothing_else() -> None:
    m = match_byline("Source: HarbourDaily.com")
    assert m is not None and m.credit == "HarbourDaily.com"
    assert match_byline("Source: Harbour Notes") is None  # no outlet, no web address
    assert match_byline("Source: HarbourDaily.com | Harbour Notes") is None  # more than the address


def test_an_outlet_s_reporter_contributing_after_the_text() -> None:
    m = match_contributor_line("CNN's Tomas Lindqvist contributed to this report.")
    assert m is not None and (m.authors, m.credit) == (("Tomas Lindqvist",), None)
    assert match_contributor_line("CNN's coverage contributed to the debate.") is None


def test_editor_then_responsible_editor_on_one_line() -> None:
    assert match_editor_line("编辑：赵明 责任编辑：孙婷") == ("赵明", "孙婷")
    assert match_editor_line("责任编辑：赵明 图片编辑：孙婷") == ("赵明", "孙婷")


def test_academic_titles_before_an_end_name() -> None:
    m = match_end_byline("PGS.TS. Lê Văn Khánh", "Viện Kinh tế, Học viện Chính trị")
    assert m is not None
    assert (m.byline, m.authors, m.roles) == (
        "PGS.TS. Lê Văn Khánh",
        ("Lê Văn Khánh",),
        ("Viện Kinh tế, Học viện Chính trị",),
    )
    alone = match_end_byline("Dr. Amina Osei", None)
    assert alone is not None and (alone.byline, alone.authors) == ("Dr. Amina Osei", ("Amina Osei",))
    assert match_end_byline("Xyz.Abc. Lê Văn Khánh", None) is None  # not title words


# --------------------------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Atlanta CNN — The " + LEDE, "Atlanta"),
        ("Hong Kong CNN — The " + LEDE, "Hong Kong"),
        ("Mumbai: The " + LEDE, "Mumbai"),
        ("Abu Dhabi: The " + LEDE, "Abu Dhabi"),
        ("Surabaya. The " + LEDE, "Surabaya"),
    ],
)
def test_datelines(text: str, want: str | None) -> None:
    assert find_dateline(text) == want


def test_the_new_dateline_forms_need_an_outlet_or_a_known_city_and_a_lede() -> None:
    assert find_dateline("Atlanta CNN — The " + LEDE) == "Atlanta"
    assert find_dateline("Harbour Notes — The " + LEDE) is None  # no outlet before the dash
    assert find_dateline("Mumbai: The " + LEDE) == "Mumbai"
    assert find_dateline("Background: The " + LEDE) is None  # a label, no known city
    assert find_dateline("Mumbai: We will " + LEDE) is None  # a speaker's turn
    assert find_dateline("Mumbai: The port is open.") is None  # too short for a lede


# --------------------------------------------------------------------------------------------- outlets


def test_home_zones_and_new_outlet_names() -> None:
    assert (home_zone_hours("ECNS"), home_zone_hours("Viet Nam News"), home_zone_hours("CNN")) == (8, 7, None)
    assert is_outlet("央视网") and is_outlet("CCTV.com")
