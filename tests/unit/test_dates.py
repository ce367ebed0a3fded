"""Tests for newscorpus.fields.dates: date stamps in one header line."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.fields.dates import (
    DateMatch,
    DateOrder,
    date_coverage,
    date_line_stamps,
    find_dates,
    is_date_line,
    page_date_order,
)

TZ8 = dt.timezone(dt.timedelta(hours=8))
TZ7 = dt.timezone(dt.timedelta(hours=7))


def summary(text: str, tz: dt.tzinfo | None = TZ8) -> list[tuple[str, str | None]]:
    return [(m.value.isoformat(), m.label) for m in find_dates(text, tz=tz)]


# (text, tz, [(value.isoformat(), label), ...])
POSITIVE: list[tuple[str, dt.tzinfo | None, list[tuple[str, str | None]]]] = [
    # People's Daily: time first, comma, then the date
    ("08:46, August 06, 2020", TZ8, [("2020-08-06T08:46:00+08:00", None)]),
    (
        "By Zheng Guichu (People's Daily Online)    08:46, August 06, 2020",
        TZ8,
        [("2020-08-06T08:46:00+08:00", None)],
    ),
    ("10:36, July 06, 2013", TZ8, [("2013-07-06T10:36:00+08:00", None)]),
    (
        "Published: 11:24, January 2, 2021 | Updated: 06:26, June 5, 2023",
        TZ8,
        [("2021-01-02T11:24:00+08:00", "published"), ("2023-06-05T06:26:00+08:00", "updated")],
    ),
    ("Published: 11:24, January 2, 2021 (GMT+8)", None, [("2021-01-02T11:24:00+08:00", "published")]),
    # Global Times
    ("2020/3/27 16:14:48", TZ8, [("2020-03-27T16:14:48+08:00", None)]),
    (
        "Source:Global Times Published: 2020/3/27 16:14:48",
        TZ8,
        [("2020-03-27T16:14:48+08:00", "published")],
    ),
    ("2019/8/23 20:03:40", TZ8, [("2019-08-23T20:03:40+08:00", None)]),
    ("Source: Global Times | 2019/8/21", TZ8, [("2019-08-21", None)]),
    # China Daily
    ("Updated: 2015-11-12 23:42", TZ8, [("2015-11-12T23:42:00+08:00", "updated")]),
    (
        "By PAN MENGQI | China Daily/Xinhua | Updated: 2018-05-28 03:58",
        TZ8,
        [("2018-05-28T03:58:00+08:00", "updated")],
    ),
    ("Last updated: 2020-01-01 10:00", None, [("2020-01-01T10:00:00", "updated")]),
    ("First published: 2020-01-01", TZ8, [("2020-01-01", "published")]),
    ("Published on: 2019-12-31 23:59:59", None, [("2019-12-31T23:59:59", "published")]),
    # 12-hour clock
    ("May 21, 2021 08:20 PM", TZ8, [("2021-05-21T20:20:00+08:00", None)]),
    ("Published: Sep 08, 2025 10:27 PM", TZ8, [("2025-09-08T22:27:00+08:00", "published")]),
    ("Published: Jul 13, 2021 12:49 AM", TZ8, [("2021-07-13T00:49:00+08:00", "published")]),
    ("May 21, 2021 8:20 p.m.", None, [("2021-05-21T20:20:00", None)]),
    ("12:00 PM, Jan 5, 2021", None, [("2021-01-05T12:00:00", None)]),
    ("Jan 5, 2021 12:30 a.m.", None, [("2021-01-05T00:30:00", None)]),
    ("Jan 5, 2021 7:05 am", None, [("2021-01-05T07:05:00", None)]),
    # CGTN
    ("Updated 10:34, 16-Dec-2022", TZ8, [("2022-12-16T10:34:00+08:00", "updated")]),
    ("Updated 17:32, 10-Mar-2021", TZ8, [("2021-03-10T17:32:00+08:00", "updated")]),
    ("2023.01.19 00:06 GMT+8", None, [("2023-01-19T00:06:00+08:00", None)]),
    ("Updated 2023.06.16 18:37 GMT+8", None, [("2023-06-16T18:37:00+08:00", "updated")]),
    ("2023-04-28 19:13", TZ8, [("2023-04-28T19:13:00+08:00", None)]),
    ("2023-12-19 19:28", None, [("2023-12-19T19:28:00", None)]),
    # month name forms
    ("Updated: October 24, 2024 23:55", TZ8, [("2024-10-24T23:55:00+08:00", "updated")]),
    ("Updated: July 16, 2020 08:42", TZ8, [("2020-07-16T08:42:00+08:00", "updated")]),
    ("Wednesday, Mar 15, 2023", TZ8, [("2023-03-15", None)]),
    ("Updated: Wednesday, Mar 15, 2023", TZ8, [("2023-03-15", "updated")]),
    ("Jan 2, 2021", TZ8, [("2021-01-02", None)]),
    ("2 January 2021", TZ8, [("2021-01-02", None)]),
    ("2 Jan 2021 11:24", TZ8, [("2021-01-02T11:24:00+08:00", None)]),
    ("Feb. 10, 2023", TZ8, [("2023-02-10", None)]),
    ("Sept 4, 2024", TZ8, [("2024-09-04", None)]),
    ("May 17th, 2020", TZ8, [("2020-05-17", None)]),
    ("2nd January 2021", TZ8, [("2021-01-02", None)]),
    ("MAY 5, 2020", TZ8, [("2020-05-05", None)]),
    ("Feb 29, 2020", TZ8, [("2020-02-29", None)]),
    ("Posted on Monday, 6 July 2020 at 10:30", None, [("2020-07-06T10:30:00", "published")]),
    (
        "Apple News Facebook Twitter 新浪微博 Instagram YouTube Wednesday, Mar 15, 2023",
        TZ8,
        [("2023-03-15", None)],
    ),
    ("The meeting was held on May 5, 2020.", TZ8, [("2020-05-05", None)]),
    # stated zones (win over tz)
    ("Sunday, May 17, 2020, 16:36 GMT+7", TZ8, [("2020-05-17T16:36:00+07:00", None)]),
    ("September 20, 2017 9:06 AM GMT+7", TZ8, [("2017-09-20T09:06:00+07:00", None)]),
    ("2021-03-10T17:32:00+08:00", None, [("2021-03-10T17:32:00+08:00", None)]),
    ("2021-03-10T09:32:00Z", TZ8, [("2021-03-10T09:32:00+00:00", None)]),
    ("2020-01-01 10:30:45.123456Z", None, [("2020-01-01T10:30:45.123456+00:00", None)]),
    ("2021-03-10 09:32 GMT+0800", None, [("2021-03-10T09:32:00+08:00", None)]),
    ("2021-03-10 09:32 UTC+7", None, [("2021-03-10T09:32:00+07:00", None)]),
    ("2021-03-10 09:32 Beijing time", None, [("2021-03-10T09:32:00+08:00", None)]),
    ("2020-01-01 10:00 +0800", None, [("2020-01-01T10:00:00+08:00", None)]),
    ("Mon, 06 Jul 2020 10:00:00 GMT", TZ8, [("2020-07-06T10:00:00+00:00", None)]),
    ("Thu, 10 Mar 2021 17:32:00 +0800", None, [("2021-03-10T17:32:00+08:00", None)]),
    ("Published 2020-05-01 09:00 ICT", None, [("2020-05-01T09:00:00+07:00", "published")]),
    ("Updated 2020-05-01 9:00 pm EDT", TZ8, [("2020-05-01T21:00:00-04:00", "updated")]),
    # ET: US Eastern time, standard or daylight by the date (docs/timezones.md), a printed zone that wins
    ("Updated: 2020-01-01 10:00 AM ET", TZ8, [("2020-01-01T10:00:00-05:00", "updated")]),
    # IST: India Standard Time (docs/timezones.md), a printed zone that wins over tz
    ("Updated: Mar 3, 2024, 10:15 IST", TZ8, [("2024-03-03T10:15:00+05:30", "updated")]),
    ("TNN / Updated: Mar 3, 2024, 10:15 IST", None, [("2024-03-03T10:15:00+05:30", "updated")]),
    ("Mar 3, 2024, 10:15 ist", None, [("2024-03-03T10:15:00", None)]),  # a zone abbreviation is upper case
    # "October 13, 2014 / 2:45 AM / 3 years ago" (Reuters) stays naive without tz
    ("October 13, 2014 / 2:45 AM / 3 years ago", None, [("2014-10-13T02:45:00", None)]),
    # Chinese
    ("2020年08月06日 08:46", TZ8, [("2020-08-06T08:46:00+08:00", None)]),
    ("2020年8月6日", TZ8, [("2020-08-06", None)]),
    ("2020年08月06日08:46  来源：人民网", None, [("2020-08-06T08:46:00", None)]),
    ("发布时间：2020-08-06 08:46:12", TZ8, [("2020-08-06T08:46:12+08:00", "published")]),
    ("北京时间 2020-08-06 08:46 星期四", None, [("2020-08-06T08:46:00", None)]),
    # Vietnamese (day first)
    ("06/08/2020 08:46", TZ8, [("2020-08-06T08:46:00+08:00", None)]),
    ("Thứ Hai, 06/08/2020", TZ7, [("2020-08-06", None)]),
    ("06/08/2020 - 08:46", TZ7, [("2020-08-06T08:46:00+07:00", None)]),
    ("Thứ Sáu, 07/08/2020 - 14:30 (GMT+07:00)", None, [("2020-08-07T14:30:00+07:00", None)]),
    ("Thứ bảy, 8/8/2020, 09:15 (GMT+7)", None, [("2020-08-08T09:15:00+07:00", None)]),
    ("Chủ Nhật, 09/08/2020 10:00", None, [("2020-08-09T10:00:00", None)]),
    ("Cập nhật: 08h46 06/08/2020", None, [("2020-08-06T08:46:00", "updated")]),
    ("Cập nhật lúc 14:30, 07/08/2020", TZ7, [("2020-08-07T14:30:00+07:00", "updated")]),
    ("Date: 6.8.2020", None, [("2020-08-06", None)]),
    # France 24: "Issued on:" is the publication label, "Modified:" the update's
    (
        "Issued on: 04/03/2024 - 10:15 Modified: 04/03/2024 - 12:40",
        None,
        [("2024-03-04T10:15:00", "published"), ("2024-03-04T12:40:00", "updated")],
    ),
    ("Issued: 2024-03-03", None, [("2024-03-03", "published")]),
    # 'issued on' without a colon is prose, no label
    ("Press licence No. 427/GP-BTTTT issued on 11 August 2021 by the Ministry", None, [("2021-08-11", None)]),
    # month first only when day first is impossible
    ("08/25/2020", None, [("2020-08-25", None)]),
    # several stamps
    ("2020-01-01 / Updated: 2020-02-02", None, [("2020-01-01", None), ("2020-02-02", "updated")]),
    (
        "2020-01-01 10:00 2020-01-02 11:00",
        None,
        [("2020-01-01T10:00:00", None), ("2020-01-02T11:00:00", None)],
    ),
    ("2100-12-31", None, [("2100-12-31", None)]),
    ("1900-01-01 00:00", None, [("1900-01-01T00:00:00", None)]),
]


@pytest.mark.parametrize(("text", "tz", "expected"), POSITIVE, ids=[c[0][:40] for c in POSITIVE])
def test_find_dates_values(text: str, tz: dt.tzinfo | None, expected: list[tuple[str, str | None]]) -> None:
    assert summary(text, tz) == expected


NEGATIVE = [
    "Updated: 3:54 am",  # a time without a date
    "May 5",
    "5 May",
    "June 2020",
    "May 5, 20",
    "on Friday",
    "COVID-19",
    "G20",
    "in 2020",
    "US$50 million",
    "1,300",
    "14th Five-Year Plan",
    "3212 tyi xuyng 5",
    "Feb 30, 2021",
    "Feb 29, 2021",
    "31/04/2020",
    "00/01/2020",
    "2020-00-10",
    "2021-13-01",
    "2020-01-01 25:00",  # hour 25: no stamp at all
    "2020-01-01 10:61",
    "2020-01-01T10:00:00+15:00",  # an impossible printed zone
    "0108263",
    "130349",
    "Tel: 0108263 130349",
    "1899-12-31",
    "2101-01-01",
    "version 2020.1.2",
    "1.2.3.2020",
    "",
    "No digits here at all, Monday May",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_find_dates_negative(text: str) -> None:
    assert find_dates(text, tz=TZ8) == []


# (text, [exact text of each stamp span])
SPANS = [
    (
        "Published: 11:24, January 2, 2021 | Updated: 06:26, June 5, 2023",
        ["Published: 11:24, January 2, 2021", "Updated: 06:26, June 5, 2023"],
    ),
    ("By Zheng Guichu (People's Daily Online)    08:46, August 06, 2020", ["08:46, August 06, 2020"]),
    ("Source:Global Times Published: 2020/3/27 16:14:48", ["Published: 2020/3/27 16:14:48"]),
    ("Source: Xinhua| 2017-08-03 16:12:45|Editor: An", ["2017-08-03 16:12:45"]),
    ("Updated 2023.06.16 18:37 GMT+8", ["Updated 2023.06.16 18:37 GMT+8"]),
    ("Sunday, May 17, 2020, 16:36 GMT+7 | Xinhua", ["Sunday, May 17, 2020, 16:36 GMT+7"]),
    ("October 13, 2014 / 2:45 AM / 3 years ago", ["October 13, 2014 / 2:45 AM"]),
    ("Thứ Sáu, 07/08/2020 - 14:30 (GMT+07:00) Đọc", ["Thứ Sáu, 07/08/2020 - 14:30 (GMT+07:00)"]),
]


@pytest.mark.parametrize(("text", "spans"), SPANS)
def test_find_dates_spans(text: str, spans: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_dates(text)] == spans


def test_span_offsets_exact() -> None:
    text = "Published: 11:24, January 2, 2021 | Updated: 06:26, June 5, 2023"
    assert [(m.start, m.end) for m in find_dates(text)] == [(0, 33), (36, 64)]


def test_match_fields_date_only() -> None:
    assert find_dates("Wednesday, Mar 15, 2023", tz=TZ8) == [
        DateMatch(dt.date(2023, 3, 15), None, 0, 23, has_time=False, zone_stated=False)
    ]


def test_match_fields_stated_zone() -> None:
    (m,) = find_dates("2023.01.19 00:06 GMT+8")
    assert m.value == dt.datetime(2023, 1, 19, 0, 6, tzinfo=TZ8)
    assert (m.has_time, m.zone_stated, m.label) == (True, True, None)


def test_outlet_zone_is_not_a_stated_zone() -> None:
    (m,) = find_dates("2023-04-28 19:13", tz=TZ8)
    assert m.value == dt.datetime(2023, 4, 28, 19, 13, tzinfo=TZ8)
    assert (m.has_time, m.zone_stated) == (True, False)


def test_naive_without_tz() -> None:
    (m,) = find_dates("2023-04-28 19:13")
    assert isinstance(m.value, dt.datetime)
    assert m.value.tzinfo is None


def test_date_only_stays_date_even_with_tz() -> None:
    (m,) = find_dates("2 January 2021", tz=TZ8)
    assert type(m.value) is dt.date


def test_now_drops_future_stamps() -> None:
    text = "Published: 2020-01-01 | Updated: 2030-01-01"
    assert [m.value for m in find_dates(text, now=dt.date(2025, 1, 1))] == [dt.date(2020, 1, 1)]


def test_now_aware_datetimes_compared_exactly() -> None:
    text = "2021-03-10T17:32:00+08:00"
    assert find_dates(text, now=dt.datetime(2021, 3, 10, 9, 31, tzinfo=dt.timezone.utc)) == []
    kept = find_dates(text, now=dt.datetime(2021, 3, 10, 9, 32, tzinfo=dt.timezone.utc))
    assert [m.value for m in kept] == [dt.datetime(2021, 3, 10, 17, 32, tzinfo=TZ8)]


def test_now_date_against_datetime_stamp() -> None:
    assert find_dates("2021-03-10 17:32", now=dt.date(2021, 3, 9)) == []
    assert len(find_dates("2021-03-10 17:32", now=dt.date(2021, 3, 10))) == 1


def test_now_naive_stamp_against_aware_now_allows_zone_slack() -> None:
    now = dt.datetime(2021, 3, 10, 0, 0, tzinfo=dt.timezone.utc)
    assert len(find_dates("2021-03-10 20:00", now=now)) == 1  # could be the same instant somewhere
    assert find_dates("2021-03-12 20:00", now=now) == []


def test_only_first_400_characters_are_read() -> None:
    assert find_dates(" " * 400 + "2020-01-01") == []
    assert [m.start for m in find_dates(" " * 389 + "2020-01-01")] == [389]


def test_time_between_two_dates_goes_to_the_following_date() -> None:
    text = "January 2, 2021 11:24, June 5, 2023"
    assert summary(text, None) == [("2021-01-02", None), ("2023-06-05T11:24:00", None)]


# ----------------------------------------------------------------------------------------- numeric date order

# (text, order, [(value.isoformat(), order_assumed), ...])
ORDERED: list[tuple[str, DateOrder | None, list[tuple[str, bool]]]] = [
    # day and month could swap: the order decides; without one, day first and marked as assumed
    ("03/04/2021", None, [("2021-04-03", True)]),
    ("03/04/2021", "DMY", [("2021-04-03", False)]),
    ("03/04/2021", "MDY", [("2021-03-04", False)]),
    ("3.4.2021", "MDY", [("2021-03-04", False)]),
    ("03-04-2021", "MDY", [("2021-03-04", False)]),
    ("12/01/2021", None, [("2021-01-12", True)]),
    ("12/01/2021", "MDY", [("2021-12-01", False)]),
    ("Published: 03/04/2021 10:15", "MDY", [("2021-03-04T10:15:00", False)]),
    ("Thứ Sáu, 03/04/2021 - 14:30 (GMT+07:00)", "DMY", [("2021-04-03T14:30:00+07:00", False)]),
    # the same day either way: nothing to assume
    ("03/03/2021", None, [("2021-03-03", False)]),
    ("03/03/2021", "MDY", [("2021-03-03", False)]),
    # only one order makes a date: that one, whatever the order says
    ("25/08/2020", "MDY", [("2020-08-25", False)]),
    ("08/25/2020", "DMY", [("2020-08-25", False)]),
    ("25/08/2020", None, [("2020-08-25", False)]),
    ("08/25/2020", None, [("2020-08-25", False)]),
    # year first and month names: never swapped
    ("2021-03-04", "MDY", [("2021-03-04", False)]),
    ("2021/3/4", "DMY", [("2021-03-04", False)]),
    ("2021.03.04", None, [("2021-03-04", False)]),
    ("3 April 2021", "MDY", [("2021-04-03", False)]),
    ("April 3, 2021", "DMY", [("2021-04-03", False)]),
    ("2021年3月4日", "MDY", [("2021-03-04", False)]),
    # each date on its own
    (
        "03/04/2021 | 25/12/2020 | 2020-12-24",
        None,
        [("2021-04-03", True), ("2020-12-25", False), ("2020-12-24", False)],
    ),
]


@pytest.mark.parametrize(("text", "order", "expected"), ORDERED)
def test_numeric_date_order(text: str, order: DateOrder | None, expected: list[tuple[str, bool]]) -> None:
    assert [(m.value.isoformat(), m.order_assumed) for m in find_dates(text, order=order)] == expected


def test_order_never_moves_a_stamp() -> None:
    text = "Published: 03/04/2021 10:15 | Updated: 05/06/2021"
    spans = [(m.start, m.end, m.label) for m in find_dates(text)]
    assert spans == [(0, 27, "published"), (30, 49, "updated")]
    for order in ("DMY", "MDY"):
        assert [(m.start, m.end, m.label) for m in find_dates(text, order=order)] == spans


def test_date_line_stamps_take_the_order() -> None:
    found = date_line_stamps("Updated: 03/04/2021 10:15", tz=TZ7, order="MDY")
    assert found is not None
    assert [m.value for m in found] == [dt.datetime(2021, 3, 4, 10, 15, tzinfo=TZ7)]
    assert date_line_stamps("By Anna Tran 03/04/2021", order="MDY") is None  # still not a date line


def test_now_compares_the_date_read_in_the_order() -> None:
    now = dt.datetime(2021, 3, 10)
    assert [m.value for m in find_dates("03/04/2021", now=now, order="MDY")] == [dt.date(2021, 3, 4)]
    assert find_dates("03/04/2021", now=now, order="DMY") == []  # 3 April is after now


def test_order_function_is_called_only_for_a_date_that_could_swap() -> None:
    calls: list[str] = []

    def order() -> DateOrder | None:
        calls.append("asked")
        return "MDY"

    assert [m.value for m in find_dates("2021-03-04 | 25/08/2020 | 05/05/2020", order=order)] == [
        dt.date(2021, 3, 4),
        dt.date(2020, 8, 25),
        dt.date(2020, 5, 5),
    ]
    assert calls == []
    found = find_dates("Published: 03/04/2021 | Updated: 05/06/2021", order=order)
    assert [(m.value, m.order_assumed) for m in found] == [
        (dt.date(2021, 3, 4), False),
        (dt.date(2021, 5, 6), False),
    ]
    assert calls == ["asked"]  # once for the text, not once a date


def test_order_function_may_not_know() -> None:
    (m,) = find_dates("03/04/2021", order=lambda: None)
    assert (m.value, m.order_assumed) == (dt.date(2021, 4, 3), True)


# (page text, convention, expected order)
PAGE_ORDERS: list[tuple[str, str | None, DateOrder | None]] = [
    ("Posted 03/04/2021\nThe fund was set up on 12/25/2020 by both sides.", None, "MDY"),
    ("Posted 03/04/2021\nThe fund was set up on 25/12/2020 by both sides.", None, "DMY"),
    ("Posted 03/04/2021\nThe fund was set up on 25.12.2020 by both sides.", None, "DMY"),
    ("03/04/2021", None, None),  # nothing on the page tells
    ("25/12/2020, then 12/26/2020", None, None),  # the page contradicts itself
    ("2020-12-25 and December 26, 2020 and 26 December 2020", None, None),  # not numeric D/M/Y
    ("31/02/2020 and 13/13/2020", None, None),  # no date in either order
    ("Tel: 13/12/2020123, ref 1.13.2020.4", None, None),  # not dates
    ("", None, None),
    ("12/25/2020", "DMY", "DMY"),  # the source's convention wins over the page
    ("25/12/2020", "MDY", "MDY"),
    ("12/25/2020", "YMD", "MDY"),  # not a convention: the page decides
]


@pytest.mark.parametrize(("text", "convention", "expected"), PAGE_ORDERS)
def test_page_date_order(text: str, convention: str | None, expected: DateOrder | None) -> None:
    assert page_date_order(text, convention) == expected


def test_page_evidence_reads_the_ambiguous_date() -> None:
    page = "Posted 03/04/2021\nThe fund was set up on 12/25/2020 by both sides."
    stamp = page.splitlines()[0]
    assert [m.value for m in find_dates(stamp, order=page_date_order(page))] == [dt.date(2021, 3, 4)]


# ----------------------------------------------------------------------------------------- is_date_line

DATE_LINES = [
    ("Published: 11:24, January 2, 2021 | Updated: 06:26, June 5, 2023", True),
    ("Updated 17:32, 10-Mar-2021", True),
    ("October 13, 2014 / 2:45 AM / 3 years ago", True),
    ("2023.01.19 00:06 GMT+8", True),
    ("Sunday, May 17, 2020, 16:36 GMT+7", True),
    ("Thứ Hai, 06/08/2020", True),
    ("Thứ Sáu, 07/08/2020 - 14:30 (GMT+7)", True),
    ("2020年08月06日 08:46", True),
    ("北京时间 2020-08-06 08:46 星期四", True),
    ("发布时间：2020-08-06 08:46", True),
    ("Wednesday, Mar 15, 2023", True),
    ("Posted on Monday, 6 July 2020 at 10:30", True),
    ("Date: 6.8.2020", True),
    ("Updated: 2020-01-01 10:00 AM ET", True),
    ("(2020-08-06)", True),
    ("Issued on: 04/03/2024 - 10:15 Modified: 04/03/2024 - 12:40", True),
    ("Updated: Mar 3, 2024, 10:15 IST", True),  # the zone keeps it a date line
    ("Mar 3, 2024, 10:15 IST", True),
    ("Updated 2 hours ago | 2020-08-06 08:46", True),
    ("By Xinhua 2020-01-01", False),
    ("The meeting was held on May 5, 2020.", False),
    ("Updated: 3:54 am", False),
    ("Published: 3 years ago", False),
    ("Source: Global Times | 2019/8/21", False),
    ("By Zheng Guichu (People's Daily Online)    08:46, August 06, 2020", False),
    ("Source: Xinhua| 2017-08-03 16:12:45|Editor: An", False),
    ("Apple News Facebook Twitter 新浪微博 Instagram YouTube Wednesday, Mar 15, 2023", False),
    ("2020年08月06日 08:46  来源：人民网", False),
    ("TNN / Updated: Mar 3, 2024, 10:15 IST", False),  # a credit: a byline line (fields.byline)
    ("Press licence No. 427/GP-BTTTT issued on 11 August 2021", False),
    ("COVID-19", False),
    ("", False),
    ("2020-01-01 " + "x" * 500, False),
]


@pytest.mark.parametrize(("text", "expected"), DATE_LINES)
def test_is_date_line(text: str, expected: bool) -> None:
    assert is_date_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Updated 17:32, 10-Mar-2021", 1.0),
        ("By Xinhua 2020-01-01", 10 / 18),
        ("Source: Global Times | 2019/8/21", 11 / 28),  # stamp 9 + ":" + "|"; the words are substance
        ("Updated: 3:54 am", 0.0),  # no stamp, no coverage
        ("", 0.0),
        ("   ", 0.0),
    ],
)
def test_date_coverage(text: str, expected: float) -> None:
    assert date_coverage(text) == pytest.approx(expected)


# ----------------------------------------------------------------------------------------- properties

FRAGMENTS = [
    "2020-01-01",
    "2023.06.16",
    "06/08/2020",
    "10:34",
    "16:14:48",
    " PM",
    " a.m.",
    "Jan",
    "January",
    "Sept.",
    " 5",
    "2,",
    " 2021",
    "1899",
    "2100",
    "年",
    "月",
    "日",
    "GMT+8",
    "(GMT+07:00)",
    "+0800",
    "Z",
    "T",
    "Updated:",
    "Published",
    "Thứ Hai,",
    "Monday",
    " | ",
    " / ",
    ", ",
    "-",
    "3 years ago",
    "25:00",
    "Feb 30",
]
datey_text = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=3), max_size=25).map("".join)
any_text = st.text() | datey_text


def check_invariants(text: str, found: list[DateMatch]) -> None:
    previous_end = 0
    for m in found:
        assert 0 <= previous_end <= m.start < m.end <= min(len(text), 400)
        assert str(m.value.year) in text
        assert m.label in (None, "published", "updated")
        assert m.has_time == isinstance(m.value, dt.datetime)
        assert not m.zone_stated or (isinstance(m.value, dt.datetime) and m.value.tzinfo is not None)
        previous_end = m.end


@given(st.text())
def test_never_raises_on_arbitrary_text(text: str) -> None:
    found = find_dates(text, tz=TZ8, now=dt.datetime(2030, 1, 1))
    check_invariants(text, found)


@settings(max_examples=300)
@given(datey_text)
def test_invariants_on_date_like_text(text: str) -> None:
    found = find_dates(text)
    check_invariants(text, found)
    assert 0.0 <= date_coverage(text) <= 1.0
    assert is_date_line(text) == (date_coverage(text) >= 0.95)


@given(any_text | st.text(alphabet="0123456789/.-| ", max_size=40))
def test_orders_never_raise_and_only_change_values(text: str) -> None:
    found = {order: find_dates(text, order=order) for order in (None, "DMY", "MDY")}
    for order, matches in found.items():
        check_invariants(text, matches)
        assert [(m.start, m.end) for m in matches] == [(m.start, m.end) for m in found[None]]
        for m in matches:
            day = m.value.date() if isinstance(m.value, dt.datetime) else m.value
            assert not m.order_assumed or (order is None and day.day <= 12 and day.month <= 12)
            assert not m.order_assumed or day.day != day.month
    assert page_date_order(text) in (None, "DMY", "MDY")


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.sampled_from(["/", "-", "."]),
)
def test_numeric_dates_round_trip_in_their_order(day: dt.date, sep: str) -> None:
    dmy = f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"
    mdy = f"{day.month}{sep}{day.day}{sep}{day.year}"
    assert [m.value for m in find_dates(dmy, order="DMY")] == [day]
    assert [m.value for m in find_dates(mdy, order="MDY")] == [day]
    # page evidence: a date printed the same way but that only that order reads, elsewhere on the page
    assert [m.value for m in find_dates(mdy, order=page_date_order(f"{mdy}\n12{sep}25{sep}2020"))] == [day]


@given(any_text)
def test_deterministic(text: str) -> None:
    assert find_dates(text, tz=TZ8) == find_dates(text, tz=TZ8)
    assert date_coverage(text) == date_coverage(text)


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.sampled_from(
        [
            "{d:%Y-%m-%d}",
            "{d:%Y/%m/%d}",
            "{d:%Y.%m.%d}",
            "{d:%d/%m/%Y}",
            "{d:%B} {d.day}, {d.year}",
            "{d:%b}. {d.day}, {d.year}",
            "{d.day} {d:%B} {d.year}",
            "{d.day:02d}-{d:%b}-{d.year}",
            "{d.year}年{d.month}月{d.day}日",
        ]
    ),
)
def test_formatted_dates_round_trip(day: dt.date, pattern: str) -> None:
    text = "Published: " + pattern.format(d=day)
    assert [(m.value, m.label) for m in find_dates(text)] == [(day, "published")]


@given(st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 12, 31, 23, 59, 59)))
def test_formatted_datetimes_round_trip(moment: dt.datetime) -> None:
    moment = moment.replace(microsecond=0)
    assert [m.value for m in find_dates(f"{moment:%Y-%m-%d %H:%M:%S}")] == [moment]
    assert [m.value for m in find_dates(f"{moment:%H:%M:%S}, {moment:%B %d, %Y} GMT+7")] == [
        moment.replace(tzinfo=TZ7)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # scraped text runs a stamp's parts together: the year and the time, the zone and the next word
        (
            "March 3, 20239:14 AM GMT+7Updated 2 hours ago",
            dt.datetime(2023, 3, 3, 9, 14, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        ),
        ("3 March 202316:05", dt.datetime(2023, 3, 3, 16, 5)),
        (
            "2023-03-03 10:00 GMT+8Share",
            dt.datetime(2023, 3, 3, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))),
        ),
    ],
)
def test_run_together_stamps(text: str, expected: dt.datetime) -> None:
    [found] = find_dates(text)
    assert found.value == expected and found.has_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2023 12:30 people came", []),  # a year alone is no date
        ("call 2023-1234:56", []),
        ("Version 20231:2", []),
        ("June 3, 2021 10:00 GMTX", [dt.datetime(2021, 6, 3, 10, 0)]),  # no zone glued to a bare GMT
    ],
)
def test_no_glued_time_where_there_is_none(text: str, expected: list[dt.datetime]) -> None:
    assert [m.value for m in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected", "label"),
    [
        (
            "10:00 GMT+8, June 3, 2021",
            dt.datetime(2021, 6, 3, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))),
            None,
        ),
        (
            "13:45 (GMT+7), 03/06/2021",
            dt.datetime(2021, 6, 3, 13, 45, tzinfo=dt.timezone(dt.timedelta(hours=7))),
            None,
        ),
        (
            "Updated 10:00 GMT+8 on June 3, 2021",
            dt.datetime(2021, 6, 3, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))),
            "updated",
        ),
    ],
)
def test_time_and_zone_before_the_date(text: str, expected: dt.datetime, label: str | None) -> None:
    [found] = find_dates(text)
    assert (found.value, found.label, found.start, found.end) == (expected, label, 0, len(text))
    assert found.has_time and found.zone_stated


@pytest.mark.parametrize(
    "text",
    ["10:00 GMT+15, June 3, 2021", "Score 2-1 at 90:00 GMT+8, June 3, 2021", "25:00 GMT+8, June 3, 2021"],
)
def test_an_impossible_time_or_zone_before_the_date_leaves_the_date(text: str) -> None:
    [found] = find_dates(text)
    assert (found.value, found.has_time, text[found.start : found.end]) == (
        dt.date(2021, 6, 3),
        False,
        "June 3, 2021",
    )
