"""The markup settles day first or month first for a numeric stamp the text read day first by default."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import Article, parse
from newscorpus.html import extract_evidence, parse_html
from newscorpus.html.reconcile import reconcile
from newscorpus.html.render import render_text, to_tree
from tests.html.test_evidence import CST, codes, ld, page

FEW = settings(max_examples=min(100, settings.default.max_examples))
STAMP = "<p>Published: 03/04/2021 10:15</p>"  # 3 April day first, March 4 month first
BOTH = "<p>Published: 03/04/2021 10:15 | Updated: 05/06/2021 09:00</p>"
DAY_FIRST_NOTE = (
    "numeric date read day first as 2021-04-03 (month first: 2021-03-04); neither the source nor the page "
    "shows which comes first: 'Published: 03/04/2021 10:15'"
)


def assumed(art: Article) -> list[str]:
    return [w.message for w in art.warnings if w.code == "date-order-assumed"]


def same_segments(art: Article, markup: str) -> bool:
    """The segments are those of the same page without its markup clues."""
    return art.segments == parse_html(markup).segments


# ---------------------------------------------------------------- the markup gives the month-first reading


def test_json_ld_month_first_swaps_published_and_drops_the_warning() -> None:
    art = parse_html(page(head=ld(datePublished="2021-03-04T10:15:00+08:00"), header=STAMP))
    assert art.published == dt.datetime(2021, 3, 4, 10, 15, tzinfo=CST)  # with the zone the markup states
    assert codes(art) == []
    assert same_segments(art, page(header=STAMP))


def test_meta_month_first_swaps_published() -> None:
    head = '<meta property="article:published_time" content="2021-03-04T10:15:00+08:00">'
    art = parse_html(page(head=head, header=STAMP))
    assert art.published == dt.datetime(2021, 3, 4, 10, 15, tzinfo=CST)
    assert codes(art) == []


def test_date_only_stamp_stays_a_date() -> None:
    header = "<p>Published: 03/04/2021</p>"
    for stamp in ("2021-03-04", "2021-03-04T10:15:00+08:00"):
        art = parse_html(page(head=ld(datePublished=stamp), header=header))
        assert art.published == dt.date(2021, 3, 4)
        assert codes(art) == []


def test_markup_in_another_zone_settles_a_naive_stamp_without_giving_its_zone() -> None:
    # 07:00 on the page is 23:00 UTC the day before: the same instant, as reconcile compares stamps
    art = parse_html(
        page(head=ld(datePublished="2021-03-03T23:00:00Z"), header="<p>Published: 03/04/2021 07:00</p>")
    )
    assert art.published == dt.datetime(2021, 3, 4, 7, 0)
    assert codes(art) == []


def test_updated_alone_swapped() -> None:
    art = parse_html(page(head=ld(dateModified="2021-05-06T09:00:00+08:00"), header=BOTH))
    assert art.published == dt.datetime(2021, 4, 3, 10, 15)  # no markup for it: still day first, warned
    assert art.updated == dt.datetime(2021, 5, 6, 9, 0, tzinfo=CST)
    assert [m[:67] for m in assumed(art)] == [
        "numeric date read day first as 2021-04-03 (month first: 2021-03-04)"
    ]
    assert codes(art) == ["date-order-assumed"]


def test_published_and_updated_both_swapped() -> None:
    head = ld(datePublished="2021-03-04T10:15:00+08:00", dateModified="2021-05-06T09:00:00+08:00")
    art = parse_html(page(head=head, header=BOTH))
    assert (art.published, art.updated) == (
        dt.datetime(2021, 3, 4, 10, 15, tzinfo=CST),
        dt.datetime(2021, 5, 6, 9, 0, tzinfo=CST),
    )
    assert codes(art) == []
    assert same_segments(art, page(header=BOTH))


def test_time_element_printing_the_stamp_settles_it() -> None:
    header = '<p>Published: <time datetime="2021-03-04T10:15:00+08:00">03/04/2021 10:15</time></p>'
    art = parse_html(page(header=header))
    assert art.published == dt.datetime(2021, 3, 4, 10, 15, tzinfo=CST)
    assert codes(art) == []


def test_time_element_for_another_stamp_settles_nothing() -> None:
    header = STAMP + '<p>Related: <time datetime="2021-03-04T10:15:00+08:00">Yesterday</time></p>'
    art = parse_html(page(header=header))
    assert art.published == dt.datetime(2021, 4, 3, 10, 15)
    assert assumed(art) == [DAY_FIRST_NOTE]


# ---------------------------------------------------------------- the markup gives the day-first reading


def test_json_ld_day_first_confirms_and_drops_the_warning() -> None:
    art = parse_html(page(head=ld(datePublished="2021-04-03T10:15:00+08:00"), header=STAMP))
    assert art.published == dt.datetime(2021, 4, 3, 10, 15, tzinfo=CST)
    assert codes(art) == []


def test_updated_day_first_confirmed() -> None:
    art = parse_html(page(head=ld(dateModified="2021-06-05"), header=BOTH))
    assert art.updated == dt.datetime(2021, 6, 5, 9, 0)
    assert [m[:67] for m in assumed(art)] == [
        "numeric date read day first as 2021-04-03 (month first: 2021-03-04)"
    ]


# ---------------------------------------------------------------- the markup does not settle it


def test_no_markup_keeps_the_warning() -> None:
    art = parse_html(page(header=STAMP))
    assert art.published == dt.datetime(2021, 4, 3, 10, 15)
    assert codes(art) == ["date-order-assumed"]
    assert assumed(art) == [DAY_FIRST_NOTE]


def test_markup_giving_neither_reading_is_a_conflict_as_before() -> None:
    art = parse_html(page(head=ld(datePublished="2021-05-06T10:15:00+08:00"), header=STAMP))
    assert art.published == dt.datetime(2021, 4, 3, 10, 15)
    assert codes(art) == ["date-order-assumed", "evidence-conflict"]
    assert art.warnings[1].message == (
        "json-ld datePublished gives 2021-05-06T10:15:00+08:00, the page shows published "
        "2021-04-03T10:15:00; kept the page's"
    )


def test_month_first_day_at_another_time_is_a_conflict() -> None:
    art = parse_html(page(head=ld(datePublished="2021-03-04T10:20:00+08:00"), header=STAMP))
    assert art.published == dt.datetime(2021, 4, 3, 10, 15)
    assert codes(art) == ["date-order-assumed", "evidence-conflict"]


def test_month_first_day_only_near_a_date_only_stamp_is_a_conflict() -> None:
    # a zoned clue a day off confirms a shown date, but settles no order: that takes the very day
    art = parse_html(
        page(head=ld(datePublished="2021-03-05T01:00:00+08:00"), header="<p>Published: 03/04/2021</p>")
    )
    assert art.published == dt.date(2021, 4, 3)
    assert codes(art) == ["date-order-assumed", "evidence-conflict"]


def test_markup_giving_both_readings_settles_nothing() -> None:
    head = ld(datePublished="2021-04-03T10:15:00+08:00") + (
        '<meta property="article:published_time" content="2021-03-04T10:15:00+08:00">'
    )
    art = parse_html(page(head=head, header=STAMP))
    assert art.published == dt.datetime(2021, 4, 3, 10, 15, tzinfo=CST)  # the confirming clue's zone
    assert codes(art) == ["date-order-assumed", "evidence-conflict"]
    assert "meta article:published_time gives 2021-03-04T10:15:00+08:00" in art.warnings[1].message


def test_markup_of_unknown_order_itself_settles_nothing() -> None:
    art = parse_html(page(head=ld(datePublished="03/04/2021 10:15"), header=STAMP))
    assert art.published == dt.datetime(2021, 4, 3, 10, 15)
    assert codes(art) == ["date-order-assumed"]


def test_order_the_source_states_is_not_overridden() -> None:
    # tgvn prints day first: no warning, so a month-first clue contradicts the page as any other date would
    art = parse_html(page(head=ld(datePublished="2021-03-04T10:15:00+08:00"), header=STAMP), source="tgvn")
    assert art.published == dt.datetime(2021, 4, 3, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert codes(art) == ["evidence-conflict"]


def test_reconcile_leaves_segments_alone() -> None:
    markup = page(head=ld(datePublished="2021-03-04T10:15:00+08:00"), header=BOTH)
    root = to_tree(markup)
    article = parse(render_text(root))
    assert codes(article) == ["date-order-assumed", "date-order-assumed"]
    got = reconcile(article, extract_evidence(root))
    assert got.segments == article.segments
    assert got.published == dt.datetime(2021, 3, 4, 10, 15, tzinfo=CST)
    assert got.updated == dt.datetime(2021, 6, 5, 9, 0)
    assert got.warnings == article.warnings[1:]  # the updated stamp's warning stays


# ---------------------------------------------------------------- property


@FEW
@given(
    day=st.integers(1, 12),
    month=st.integers(1, 12),
    year=st.integers(1995, 2035),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    markup=st.sampled_from(["day first", "month first", "neither", "none"]),
)
def test_markup_settles_the_order(
    day: int, month: int, year: int, hour: int, minute: int, markup: str
) -> None:
    if day == month:
        return  # never in doubt
    header = f"<p>Published: {day:02}/{month:02}/{year} {hour:02}:{minute:02}</p>"
    day_first = dt.datetime(year, month, day, hour, minute)
    month_first = dt.datetime(year, day, month, hour, minute)
    elsewhere = day_first + dt.timedelta(days=2)  # neither reading: they are 30 days apart at least
    clue = {"day first": day_first, "month first": month_first, "neither": elsewhere, "none": None}[markup]
    head = ld(datePublished=clue.replace(tzinfo=CST).isoformat()) if clue is not None else ""
    art = parse_html(page(head=head, header=header))
    assert same_segments(art, page(header=header))
    if markup in ("day first", "month first"):
        assert clue is not None
        assert art.published == clue.replace(tzinfo=CST)
        assert codes(art) == []
    elif markup == "neither":
        assert art.published == day_first
        assert codes(art) == ["date-order-assumed", "evidence-conflict"]
    else:
        assert art.published == day_first
        assert codes(art) == ["date-order-assumed"]


def test_parse_html_takes_date_order() -> None:
    html = (
        "<html><body><h1>Senate passes budget</h1><p>Published: 03/04/2021 10:15</p>"
        "<p>The Senate passed the budget on Thursday after a long debate, members said.</p></body></html>"
    )
    assert parse_html(html).published == dt.datetime(2021, 4, 3, 10, 15)
    assert parse_html(html, date_order="MDY").published == dt.datetime(2021, 3, 4, 10, 15)
    with pytest.raises(ValueError, match="date_order"):
        parse_html(html, date_order="x")  # type: ignore[arg-type]


def test_markup_numeric_stamps_follow_the_page_order() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="03/04/2021 10:00"></head><body>'
        "<h1>Senate passes budget</h1><p>Published 03/04/2021 10:00</p>"
        "<p>The Senate passed the budget on Thursday after a long debate, members said.</p></body></html>"
    )
    for options in ({"date_order": "MDY"}, {"url": "https://apnews.com/article/senate-budget"}):
        art = parse_html(html, **options)  # type: ignore[arg-type]
        assert art.published == dt.datetime(2021, 3, 4, 10, 0)
        assert [w.code for w in art.warnings] == []  # no conflict with the markup read the same way
    plain = parse_html(html)
    assert plain.published == dt.datetime(2021, 4, 3, 10, 0)
    assert [w.code for w in plain.warnings] == ["date-order-assumed"]
