"""Byline, date, dateline and source rules added for the blind5 pages (synthetic strings)."""

from __future__ import annotations

import datetime as dt

import pytest

import newscorpus
from newscorpus.fields.byline import match_byline
from newscorpus.fields.dateline import find_dateline
from newscorpus.fields.dates import find_dates, is_date_line
from newscorpus.sources.registry import guess_parser


def _stamps(text: str) -> list[tuple[str, str | None]]:
    return [(m.value.isoformat(), m.label) for m in find_dates(text)]


# ------------------------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("KOBE--The port authority said on Monday that cargo volumes rose.", "KOBE"),
        ("TRA VINH, Vietnam (AP) — Farmers in the delta are planting earlier.", "TRA VINH, Vietnam"),
        ("LIUZHOU, Guangxi, June 2 (Xinhua) -- The city opened a new bridge.", "LIUZHOU, Guangxi"),
        ("TRA VINH, Vietnam (Acme Widgets) — a name and a company", None),
        ("Since--as it turned out--nobody came.", None),
    ],
)
def test_datelines(text: str, want: str | None) -> None:
    assert find_dateline(text) == want


# ----------------------------------------------------------------------------------------------- dates


def test_us_eastern_time_follows_daylight_saving() -> None:
    assert _stamps("May 9, 2024 6:30 AM ET") == [("2024-05-09T06:30:00-04:00", None)]
    assert _stamps("Updated January 9, 2024 at 6:30 PM ET") == [("2024-01-09T18:30:00-05:00", "updated")]
    # the switch days: second Sunday of March, first Sunday of November (02:00 local)
    assert _stamps("March 10, 2024 1:30 AM ET") == [("2024-03-10T01:30:00-05:00", None)]
    assert _stamps("March 10, 2024 3:30 AM ET") == [("2024-03-10T03:30:00-04:00", None)]


def test_city_zone_in_brackets_and_shared_by_the_line() -> None:
    line = "Published on October 2, 2024, at 7:40 pm (Paris), updated on November 4, 2024, at 8:00 am"
    assert _stamps(line) == [
        ("2024-10-02T19:40:00+02:00", "published"),
        ("2024-11-04T08:00:00+01:00", "updated"),
    ]
    assert is_date_line(line)
    assert _stamps("July 1, 2024 at 9:00 Berlin time") == [("2024-07-01T09:00:00+02:00", None)]
    assert _stamps("July 1, 2024 at 9:00 Paris") == [("2024-07-01T09:00:00", None)]  # no bracket, no 'time'


def test_spanish_labels_months_and_lead_places() -> None:
    assert _stamps("Actualizado: 14 ene 2025 - 09:05 CET") == [("2025-01-14T09:05:00+01:00", "updated")]
    assert _stamps("Publicado el 2 de agosto de 2023") == [("2023-08-02", "published")]
    assert is_date_line("Sevilla / Málaga - 14 ene 2025 - 09:05 CET")
    assert not is_date_line("Ana Gil - 14 ene 2025")  # a name before a stamp is no place


def test_publish_label_with_colon() -> None:
    assert _stamps("Publish : 02 Mar 2025, 11:05 AM") == [("2025-03-02T11:05:00", "published")]


# --------------------------------------------------------------------------------------------- bylines


def test_stamp_then_by_on_one_line() -> None:
    m = match_byline(
        "Updated: 2013-02-01 10:20\u00a0 \u00a0By ANNA LEE and WANG FEI in Lagos (China Daily Africa)"
    )
    assert m is not None
    assert m.byline == "By ANNA LEE and WANG FEI in Lagos (China Daily Africa)"
    assert (m.authors, m.credit, m.date_start) == (("ANNA LEE", "WANG FEI"), "China Daily Africa", 0)


def test_print_edition_line_is_no_byline() -> None:
    assert match_byline("(China Daily Africa 02/01/2013 page12)") is None


def test_name_space_comma_date() -> None:
    m = match_byline("Omar Fathy , Sunday 4 May 2025")
    assert m is not None
    assert (m.byline, m.authors, m.date_start) == ("Omar Fathy", ("Omar Fathy",), 13)
    assert match_byline("Chủ Nhật, 04/05/2025") is None
    assert match_byline("Sunday, 4 May 2025") is None


def test_place_and_role_in_brackets() -> None:
    m = match_byline("By Paul Arnaud (Nairobi, correspondent)")
    assert m is not None
    assert (m.authors, m.roles) == (("Paul Arnaud",), ("correspondent",))


def test_wire_credit_in_brackets() -> None:
    m = match_byline("(Reporting by Ana Ruiz in Lima; Additional reporting by Bo Chen; Editing by Tom Hale)")
    assert m is not None
    assert m.byline == "Reporting by Ana Ruiz in Lima"
    assert (m.authors, m.editors) == (("Ana Ruiz", "Bo Chen"), ("Tom Hale",))


def test_chinese_reporters_and_correspondents() -> None:
    m = match_byline("记者 王晓明 李华 通讯员 张伟")
    assert m is not None
    assert m.authors == ("王晓明", "李华", "张伟")
    m = match_byline("2023年06月01日09:30 | 来源：湖南日报")
    assert m is not None
    assert (m.byline, m.credit, m.date_start) == ("来源：湖南日报", "湖南日报", 0)


# ------------------------------------------------------------------------------------- source parsers


def test_global_times_v2_byline_with_both_stamps_picks_the_parser() -> None:
    text = "Title\n\nBy Ma Jun in Xi'an | Published: Mar 03, 2024 09:15 PM | Updated: Mar 04, 2024 12:10 AM\n"
    parser = guess_parser(text)
    assert parser is not None
    assert parser.name == "global_times"


def test_china_daily_print_edition_line_picks_the_parser() -> None:
    text = "Title\n\nUpdated: 2013-02-01 10:20  By ANNA LEE in Lagos (China Daily Africa)\n\nText.\n\n"
    text += "(China Daily Africa 02/01/2013 page12)\n"
    parser = guess_parser(text)
    assert parser is not None
    assert parser.name == "china_daily"


_PROSE = "The committee met on Monday to discuss the plan, and members agreed to publish a report soon."


def test_cgtn_sign_off_is_the_byline() -> None:
    text = f"CGTN\n\nA title for the video story\n\nUpdated 10:00, 01-Jul-2024\n\n{_PROSE}\n\n{_PROSE}\n\n"
    text += "ZHANG WEI, CGTN, Lhasa, Xizang Autonomous Region.\n\nRELATED STORIES\n"
    art = newscorpus.parse(text, source="cgtn")
    assert (art.byline, art.authors, art.credit) == (
        "ZHANG WEI, CGTN, Lhasa, Xizang Autonomous Region.",
        ("ZHANG WEI",),
        "CGTN",
    )
    assert art.updated == dt.datetime(2024, 7, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def test_nhandan_capital_names_after_the_text() -> None:
    text = f"NHAN DAN\n\nA title for the story\n\nJuly 1, 2024 | 10:36\n\n{_PROSE}\n\n{_PROSE}\n\n"
    text += "NGOC AN - BAO CHAU\nPhotos: VIET HA\n\nRelated News\n"
    art = newscorpus.parse(text, source="nhandan")
    assert (art.byline, art.authors) == ("NGOC AN - BAO CHAU", ("NGOC AN", "BAO CHAU"))


def test_embassy_signature_after_a_notice() -> None:
    text = "中华人民共和国驻肯尼亚大使馆\n\n驻肯尼亚使馆提醒在肯中国公民注意雨季安全\n\n2024-04-02 09:00\n\n"
    text += "近期肯尼亚多地进入雨季，部分地区出现洪涝灾害，驻肯尼亚使馆提醒在肯中国公民密切关注天气变化。\n\n"
    text += "如遇紧急情况，请及时拨打当地报警电话，并与使馆联系寻求协助。\n\n驻肯尼亚使馆\n2024年4月2日\n"
    art = newscorpus.parse(text, source="fmprc")
    assert (art.byline, art.credit, art.authors) == ("驻肯尼亚使馆", "驻肯尼亚使馆", ())
