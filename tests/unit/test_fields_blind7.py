"""Byline, date, dateline and outlet rules added for the blind7 pages (synthetic strings)."""

from __future__ import annotations

import datetime as dt

import pytest

from newscorpus.fields.byline import match_byline, match_credit_line, match_editor_line, match_end_byline
from newscorpus.fields.dateline import dateline_reporters, find_dateline
from newscorpus.fields.dates import date_line_stamps, find_dates
from newscorpus.fields.lexicon import canonical_outlet, institutional_credit, is_outlet


def _fields(line: str) -> tuple[object, ...] | None:
    m = match_byline(line)
    return None if m is None else (m.byline, m.authors, m.credit, m.reason)


def _stamps(text: str) -> list[tuple[str, str | None]]:
    return [(m.value.isoformat(), m.label) for m in find_dates(text)]


# --------------------------------------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # the byline in brackets closing the text: the field without the brackets
        (
            "(By Lin Weiting and Mark Osei)",
            ("By Lin Weiting and Mark Osei", ("Lin Weiting", "Mark Osei"), None, "by-prefix"),
        ),
        # 'By The X': an institution, never a person
        ("By The Irrawaddy", ("By The Irrawaddy", (), "The Irrawaddy", "by-credit")),
        # the outlet's staff after the slash: the credit, no role
        (
            "By Kenji Arakawa / Yomiuri Shimbun Staff Writer",
            (
                "By Kenji Arakawa / Yomiuri Shimbun Staff Writer",
                ("Kenji Arakawa",),
                "Yomiuri Shimbun",
                "by-prefix",
            ),
        ),
        # an outlet's possessive and its reporters, each with a city, without 'By'
        (
            "CGTN's Zhou Min in Kunming and Dara Sok in Phnom Penh",
            (
                "CGTN's Zhou Min in Kunming and Dara Sok in Phnom Penh",
                ("Zhou Min", "Dara Sok"),
                "CGTN",
                "outlet-possessive",
            ),
        ),
        # a Vietnamese credit block: the writer's label, then photo and design credits
        ("Nội dung: Lan Anh | Ảnh: Quốc Huy", ("Nội dung: Lan Anh", ("Lan Anh",), None, "by-prefix")),
        ("Bài: Hoàng Yến", ("Bài: Hoàng Yến", ("Hoàng Yến",), None, "by-prefix")),
        # a reporter and an intern: both wrote it
        (
            "澎湃新闻记者 王磊 实习生 赵静",
            ("澎湃新闻记者 王磊 实习生 赵静", ("王磊", "赵静"), "澎湃新闻", "reporter-label"),
        ),
        # a source label naming an outlet and the agencies
        (
            "Source: TRT World and Agencies",
            ("Source: TRT World and Agencies", (), "TRT World and Agencies", "source-label"),
        ),
        ("2025年05月02日 08:15　来源：中国新闻网", ("来源：中国新闻网", (), "中国新闻网", "source-label")),
    ],
)
def test_byline_lines(line: str, want: tuple[object, ...]) -> None:
    assert _fields(line) == want


@pytest.mark.parametrize(
    "line",
    [
        "(By the way, nobody asked)",
        "CGTN's reporters found the market closed on Sunday morning",
        "China's economy grew faster than expected in the first quarter",
        "Bài học từ mùa khô năm trước",  # 'the lesson from last dry season': no label colon
    ],
)
def test_not_byline_lines(line: str) -> None:
    assert match_byline(line) is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Redazione ANSA", "ANSA"),  # the newsroom of ANSA, in Italian
        ("Redacción EFE", "EFE"),
        ("Star Online Report", "Star Online"),  # the longest head that is an outlet
        ("The Yomiuri Shimbun", "The Yomiuri Shimbun"),
        ("Báo Thế giới & Việt Nam", "Báo Thế giới & Việt Nam"),  # 'báo': newspaper
    ],
)
def test_bare_credit_lines(line: str, credit: str) -> None:
    m = match_credit_line(line)
    assert m is not None
    assert (m.credit, m.authors, m.reason) == (credit, (), "credit-only")


def test_institutional_credit_heads() -> None:
    assert institutional_credit("Redazione Sport") is None  # 'Sport' is no outlet
    assert institutional_credit("Global Times staff reporters") == "Global Times"
    assert institutional_credit("Reuters") is None


def test_outlets_after_newspaper_word() -> None:
    assert canonical_outlet("Báo Thanh Niên") == "Thanh Nien"
    assert canonical_outlet("Báo cáo") is None
    assert is_outlet("Baoding") is False


def test_editor_labels_of_several_kinds() -> None:
    assert match_editor_line("责任编辑：周明\u3000图片编辑：吴蕾") == ("周明", "吴蕾")
    assert match_editor_line("责任编辑：周明 美术编辑：陈果") == ("周明", "陈果")


@pytest.mark.parametrize(
    ("name", "role", "authors", "roles"),
    [
        ("Phạm Minh - Trúc Linh", None, ("Phạm Minh", "Trúc Linh"), ()),  # co-authors after the text
        ("Gareth Pryce", "Wales correspondent @garethp", ("Gareth Pryce",), ("Wales correspondent",)),
    ],
)
def test_end_bylines(name: str, role: str | None, authors: tuple[str, ...], roles: tuple[str, ...]) -> None:
    m = match_end_byline(name, role)
    assert m is not None
    assert (m.authors, m.roles) == (authors, roles)


def test_a_dash_between_two_words_is_no_name_list() -> None:
    assert match_end_byline("Home - Sport", None) is None


# --------------------------------------------------------------------------------------------- dates


def test_last_update_label_on_the_stamp_line() -> None:
    line = "Wed Mar 5, 2025 08:10 AM Last update on: Wed Mar 5, 2025 11:02 AM"
    found = date_line_stamps(line)
    assert found is not None
    assert [(m.value.isoformat(), m.label) for m in found] == [
        ("2025-03-05T08:10:00", None),
        ("2025-03-05T11:02:00", "updated"),
    ]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Saturday 12 July 2025 09:05, UK", "2025-07-12T09:05:00+01:00"),  # summer: BST
        ("Monday 3 February 2025 18:40, UK", "2025-02-03T18:40:00+00:00"),  # winter: GMT
        ("Sunday 30 March 2025 00:30, UK", "2025-03-30T00:30:00+00:00"),  # before the 01:00 switch
    ],
)
def test_uk_time_after_a_comma(line: str, value: str) -> None:
    found = date_line_stamps(line)
    assert found is not None
    assert [m.value.isoformat() for m in found] == [value]


def test_italian_months_and_spanish_weekdays() -> None:
    assert _stamps("3 maggio 2025, 09:40") == [("2025-05-03T09:40:00", None)]
    assert _stamps("17 settembre 2024") == [("2024-09-17", None)]
    assert _stamps("Actualizado Miércoles, 2 abril 2025 - 10:15") == [("2025-04-02T10:15:00", "updated")]
    assert _stamps("Sábado, 5 julio 2025 - 21:00") == [("2025-07-05T21:00:00", None)]


def test_uk_is_no_zone_without_a_comma_or_a_time() -> None:
    assert find_dates("March 3, 2025 UK") == [find_dates("March 3, 2025")[0]]
    assert find_dates("12:00 UK, March 3, 2025")[0].value == dt.date(2025, 3, 3)


# --------------------------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kaohsiung, Feb. 4 (CNA) The city government said on Tuesday ...", "Kaohsiung"),  # no dash
        ("(ANSA) - MILANO, 3 MAG - La Regione ha deciso ...", "MILANO"),  # the agency first
    ],
)
def test_datelines(text: str, place: str) -> None:
    assert find_dateline(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Kaohsiung (CNA) The city government said ...",  # no date: the strict form needs one
        "Kaohsiung, Feb. 4 (Rotary Club) The club said ...",  # not an agency
        "(Rotary) - MILANO, 3 MAG - La Regione ...",
    ],
)
def test_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


def test_reporters_in_brackets_after_a_space() -> None:
    assert dateline_reporters("中新网上海5月2日电 (记者 孙悦 刘畅)记者2日获悉……") == ("孙悦", "刘畅")
