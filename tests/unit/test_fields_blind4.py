"""Field recognisers added for the byline, credit, stamp and dateline formats of the blind4 fixture set.

Each rule has a positive case with the exact values and a near miss the rule must leave alone. The strings
are made up for the tests, in the outlets' formats.
"""

from __future__ import annotations

import datetime as dt

from newscorpus.fields.byline import match_byline, match_credit_line, match_end_byline
from newscorpus.fields.dateline import find_dateline
from newscorpus.fields.dates import find_dates, is_date_line, is_yearless_stamp
from newscorpus.fields.lexicon import canonical_outlet, is_outlet

# ----------------------------------------------------------------------------- outlets


def test_with_joins_an_outlet_and_its_agency() -> None:
    assert is_outlet("DAILY SABAH WITH AFP")
    assert is_outlet("Daily Sabah with Agencies")
    assert not is_outlet("Daily Sabah with friends")
    m = match_credit_line("DAILY SABAH WITH AA")
    assert m is not None
    assert (m.byline, m.authors, m.credit) == ("DAILY SABAH WITH AA", (), "DAILY SABAH WITH AA")


def test_a_closing_plus_reads_plus() -> None:
    assert canonical_outlet("Vietnam+") == "VietnamPlus"
    assert is_outlet("TTXVN/Vietnam+")
    assert not is_outlet("Vietnam")  # (the plus is no punctuation to drop)
    assert canonical_outlet("CCTV+") == "CCTV+"


# ----------------------------------------------------------------------------- dates


def test_a_malaysian_stamp_with_its_zone_name() -> None:
    line = "Tuesday, 4 Mar 2025 9:05 AM MYT"
    assert is_date_line(line)
    assert [m.value for m in find_dates(line)] == [
        dt.datetime(2025, 3, 4, 9, 5, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    ]
    nzdt = find_dates("10 Feb 2025 4:30 pm NZDT")[0].value
    assert isinstance(nzdt, dt.datetime) and nzdt.utcoffset() == dt.timedelta(hours=13)


def test_a_vietnamese_weekday_and_ngay_before_the_date_open_the_stamp() -> None:
    [m] = find_dates("Thứ Năm, ngày 3/4/2025", order="DMY")
    assert (m.value, m.start, m.has_time) == (dt.date(2025, 4, 3), 0, False)


def test_a_stamp_without_a_year_shows_a_stamp_but_gives_no_date() -> None:
    assert is_yearless_stamp("7 APR, 09:15")
    assert is_yearless_stamp("April 7, 9:15 PM")
    assert is_yearless_stamp("09:15, 7 April")
    assert find_dates("7 APR, 09:15") == []
    assert not is_yearless_stamp("7 April")  # a day and a month alone: maybe a phrase
    assert not is_yearless_stamp("7 April 2025, 09:15")  # a year: a real stamp
    assert not is_yearless_stamp("Meeting on 7 April, 09:15")


# ----------------------------------------------------------------------------- bylines


def test_text_by_is_a_by_label() -> None:
    m = match_byline("Text by: Margaux Delacroix")
    assert m is not None
    assert (m.byline, m.authors) == ("Text by: Margaux Delacroix", ("Margaux Delacroix",))
    assert match_byline("Text by the committee was adopted") is None


def test_names_a_bar_and_dotted_dates() -> None:
    line = "Farida Osman  |07.03.2025 - Update : 08.03.2025"
    m = match_byline(line)
    assert m is not None
    assert (m.byline, m.authors, m.credit, m.reason) == (
        "Farida Osman",
        ("Farida Osman",),
        None,
        "names-dated",
    )
    assert m.date_start == line.index("07")
    assert match_byline("World News |07.03.2025") is None  # no person's name before the bar
    assert match_byline("Farida Osman 07.03.2025") is None  # (the bar sets the names apart)


def test_a_stamp_then_the_outlet_in_brackets() -> None:
    m = match_byline("March 4, 2025 (Mainichi Japan)")
    assert m is not None
    assert (m.byline, m.authors, m.credit, m.date_start) == ("(Mainichi Japan)", (), "Mainichi Japan", 0)
    assert match_byline("Talks resumed on March 4, 2025 (Mainichi Japan)") is None  # text, not a stamp


def test_the_reporter_of_the_original_in_brackets() -> None:
    line = "(Japanese original by Kenta Morioka, Osaka Bureau)"
    m = match_byline(line)
    assert m is not None
    assert (m.byline, m.authors, m.roles, m.credit) == (line, ("Kenta Morioka",), (), None)
    assert match_byline("(Japanese original by the ministry)") is None


def test_the_translator_after_the_author_is_no_author() -> None:
    m = match_byline("By Minh Chau – Translated by Ha Anh")
    assert m is not None
    assert (m.byline, m.authors, m.editors) == ("By Minh Chau – Translated by Ha Anh", ("Minh Chau",), ())


def test_source_author_and_stamp_on_one_chinese_line() -> None:
    line = "来源：中国日报网\u3000\u3000作者：中国日报记者 王晓、李青\u3000\u30002025-03-01 09:30"
    m = match_byline(line)
    assert m is not None
    assert (m.byline, m.authors, m.credit) == (
        "作者：中国日报记者 王晓、李青",
        ("王晓", "李青"),
        "中国日报网",
    )
    assert m.date_start == line.index("2025")
    m = match_byline("作者：王晓 来源：人民网")  # the other order, no stamp
    assert m is not None and (m.byline, m.authors, m.credit) == ("作者：王晓", ("王晓",), "人民网")
    assert match_byline("来源：中国日报网 作者：中国日报记者 王晓 阅读量：300") is None


def test_editors_then_the_source() -> None:
    m = match_byline("Editor: Liu Mei | Source: Xinhua")
    assert m is not None
    assert (m.byline, m.authors, m.credit, m.editors) == ("Source: Xinhua", (), "Xinhua", ("Liu Mei",))
    assert match_byline("Editor: Liu Mei | Source: the ministry") is None


def test_names_a_dash_and_the_outlet() -> None:
    m = match_byline("Jose Miguel Santos\u00a0- The Philippine Star")
    assert m is not None
    assert (m.byline, m.authors, m.credit) == (
        "Jose Miguel Santos - The Philippine Star",
        ("Jose Miguel Santos",),
        "The Philippine Star",
    )
    assert match_byline("Growing pains - The Philippine Star") is None


def test_names_joined_by_a_dash_before_the_outlet() -> None:
    m = match_byline("Thanh Ha - Quoc Viet / Tuoi Tre News")
    assert m is not None
    assert (m.authors, m.credit) == (("Thanh Ha", "Quoc Viet"), "Tuoi Tre News")


def test_a_dash_and_with_names_a_contributor() -> None:
    m = match_byline("— With Maria Luisa Reyes")
    assert m is not None
    assert (m.byline, m.authors, m.reason) == (
        "— With Maria Luisa Reyes",
        ("Maria Luisa Reyes",),
        "with-contributor",
    )
    assert match_byline("— With the rains late again") is None


def test_a_footnote_mark_before_a_closing_credit() -> None:
    m = match_byline("*Writing by Deniz Aydin")
    assert m is not None and m.authors == ("Deniz Aydin",)


def test_names_and_their_outlet_credit_from_vietnamplus() -> None:
    m = match_byline("Thu Trang (TTXVN/Vietnam+)")
    assert m is not None
    assert (m.byline, m.authors, m.credit) == ("Thu Trang (TTXVN/Vietnam+)", ("Thu Trang",), "TTXVN/Vietnam+")


def test_a_name_a_comma_and_the_reporters_job() -> None:
    m = match_end_byline("Hemi Walker, Local Democracy Reporter", None)
    assert m is not None
    assert (m.authors, m.roles) == (("Hemi Walker",), ("Local Democracy Reporter",))
    assert match_end_byline("Hemi Walker, Prime Minister", None) is None  # (a journalist's job only)


def test_several_bare_names_on_one_line() -> None:
    m = match_end_byline("Wang Lei, Chen Xiaoyu, Zhao Ming", None)
    assert m is not None and m.authors == ("Wang Lei", "Chen Xiaoyu", "Zhao Ming")
    assert match_end_byline("CLEAN AIR, WARM HOMES", None) is None  # capitals: a slogan or tags
    assert match_end_byline("Wang Lei, the minister", None) is None


def test_an_ambassadors_full_title_is_a_role_line() -> None:
    role = (
        "Ambassador Extraordinary and Plenipotentiary of the People's Republic of China to the United "
        "Republic of Tanzania"
    )
    m = match_end_byline("Li Wenhua", role)
    assert m is not None and m.roles == (role,)


# ----------------------------------------------------------------------------- datelines


def test_the_tass_dateline_with_the_agency_between_slashes() -> None:
    assert (
        find_dateline("NOVOSIBIRSK, April 2. /TASS/. The regional government said on Tuesday ...")
        == "NOVOSIBIRSK"
    )
    assert find_dateline("NOVOSIBIRSK, April 2. /SOMEONE/. The regional government said ...") is None


def test_a_place_line_in_capitals_with_its_country() -> None:
    assert find_dateline("LAHORE, Pakistan") == "LAHORE, Pakistan"
    assert find_dateline("Lahore, Pakistan") is None
    assert find_dateline("LAHORE") is None
