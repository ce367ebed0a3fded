"""Byline, date, dateline and summary rules added for the blind6 pages (synthetic strings)."""

from __future__ import annotations

import pytest

from newscorpus.fields.byline import bracket_reporters, match_byline, match_editor_line
from newscorpus.fields.dateline import find_dateline
from newscorpus.fields.dates import date_line_stamps, find_dates
from newscorpus.fields.lexicon import is_outlet
from newscorpus.fields.summary import strip_outlet_tag


def _stamps(text: str) -> list[tuple[str, str | None]]:
    return [(m.value.isoformat(), m.label) for m in find_dates(text)]


def _fields(line: str) -> tuple[object, ...] | None:
    m = match_byline(line)
    return None if m is None else (m.byline, m.authors, m.credit, m.reason)


# --------------------------------------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a writer label with its colon, in capitals or not
        ("WRITER: Pim Saetang", ("WRITER: Pim Saetang", ("Pim Saetang",), None, "by-prefix")),
        (
            "Reporter: Budi Hartono, Sari Wulandari",
            ("Reporter: Budi Hartono, Sari Wulandari", ("Budi Hartono", "Sari Wulandari"), None, "by-prefix"),
        ),
        ("Author: Ines Moreau", ("Author: Ines Moreau", ("Ines Moreau",), None, "by-prefix")),
        # 'By' in French, German and Spanish, names joined by 'et', 'und', 'y'
        (
            "Par Camille Roux et Luc Bernard",
            ("Par Camille Roux et Luc Bernard", ("Camille Roux", "Luc Bernard"), None, "by-prefix"),
        ),
        (
            "Von Anna Vogt und Lars Brenner",
            ("Von Anna Vogt und Lars Brenner", ("Anna Vogt", "Lars Brenner"), None, "by-prefix"),
        ),
        ("Por Lucía Ferrer", ("Por Lucía Ferrer", ("Lucía Ferrer",), None, "by-prefix")),
    ],
)
def test_writer_labels_and_by_in_other_languages(line: str, want: tuple[object, ...]) -> None:
    assert _fields(line) == want


@pytest.mark.parametrize(
    "line",
    [
        "Reporter: What did the minister say about the budget?",  # an interviewer's turn
        "Von der Leyen arrives in Kyiv",
        "Par for the course",
        "Staff Reporter",  # alone, maybe the role line under a name
    ],
)
def test_lines_that_only_look_like_those_bylines(line: str) -> None:
    assert match_byline(line) is None


@pytest.mark.parametrize(
    "line",
    ["Our correspondent", "BY OUR CORRESPONDENT", "By our staff reporter", "From Our Special Correspondent"],
)
def test_staff_bylines_name_no_one(line: str) -> None:
    assert _fields(line) == (line, (), None, "staff-byline")


def test_names_outlet_and_stamp_on_one_line() -> None:
    m = match_byline("Arjun Mehta & Kavya Iyer / PTI / Updated: Mar 3, 2025, 18:40 IST")
    assert m is not None
    assert (m.byline, m.authors, m.credit, m.reason) == (
        "Arjun Mehta & Kavya Iyer / PTI",
        ("Arjun Mehta", "Kavya Iyer"),
        "PTI",
        "names-outlet",
    )
    assert m.date_start == len("Arjun Mehta & Kavya Iyer / PTI / ")
    # a title and a stamp are no byline
    assert match_byline("Rain and wind / Weather / Updated: Mar 3, 2025, 18:40 IST") is None


def test_name_and_outlet_joined_by_a_slash_without_spaces() -> None:
    assert _fields("Minh Trang/VOV.VN") == ("Minh Trang/VOV.VN", ("Minh Trang",), "VOV.VN", "names-outlet")
    assert match_byline("Photo/Xinhua") is None


def test_names_and_the_agencies_they_compiled_from() -> None:
    assert _fields("Thu Hà (theo AFP, Reuters)") == (
        "Thu Hà (theo AFP, Reuters)",
        ("Thu Hà",),
        "AFP, Reuters",
        "names-credit",
    )


def test_source_of_the_english_text() -> None:
    assert _fields("英文来源：新华社") == ("英文来源：新华社", (), "新华社", "source-label")


def test_translation_and_editing_label_names_an_editor() -> None:
    assert match_editor_line("翻译&编辑：王思远") == ("王思远",)


def test_reporters_in_the_bracket_opening_a_lede() -> None:
    assert bracket_reporters("【本报驻法国特约记者 林晓 本报特约记者 赵磊 孙悦】法国政府近日宣布……") == (
        "林晓",
        "赵磊",
        "孙悦",
    )
    assert bracket_reporters("【重点词汇】") == ()
    assert bracket_reporters("据报道，法国政府近日宣布……") == ()


def test_a_compound_credit_closing_a_bracket_is_an_outlet() -> None:
    assert is_outlet("(TTXVN/Vietnam+)")


# ----------------------------------------------------------------------------------------------- dates


def test_french_stamps() -> None:
    line = "Publié le 3\u00a0mars 2025 à\u00a009h40, mis à jour le 3\u00a0mars 2025 à\u00a011h02"
    assert _stamps(line) == [("2025-03-03T09:40:00", "published"), ("2025-03-03T11:02:00", "updated")]
    assert date_line_stamps(line) is not None
    assert _stamps("Mis à jour le 12 février 2024") == [("2024-02-12", "updated")]


def test_german_stamps() -> None:
    assert _stamps("14.02.2025, 07.15 Uhr") == [("2025-02-14T07:15:00", None)]
    assert date_line_stamps("14.02.2025, 07.15 Uhr") is not None
    assert _stamps("Aktualisiert am 9. Dezember 2024, 21.30 Uhr") == [("2024-12-09T21:30:00", "updated")]
    # a dotted number without 'Uhr' is no clock time
    assert _stamps("14.02.2025, 07.15") == [("2025-02-14", None)]


# ---------------------------------------------------------------------------------- datelines, summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ENQUÊTE - Les maires des petites communes peinent à recruter des secrétaires.", None),
        ("ANALYSE - Le gouvernement mise sur la croissance pour tenir son budget.", None),
        ("VOV.VN - Từ tháng sau, các trường học sẽ mở cửa sớm hơn.", None),
        ("LYON - La ville a inauguré lundi une nouvelle ligne de bus.", "LYON"),
    ],
)
def test_genre_labels_and_site_tags_are_no_datelines(text: str, want: str | None) -> None:
    assert find_dateline(text) == want


def test_site_tag_of_a_sapo() -> None:
    assert strip_outlet_tag("VOV.VN - Từ tháng sau, các trường học sẽ mở cửa sớm hơn.") == (
        "Từ tháng sau, các trường học sẽ mở cửa sớm hơn.",
        True,
    )
