"""Field recognisers and source marks added for the formats of the blind2 fixture set.

Each rule has a positive case with the exact values and a near miss the rule must leave alone.
"""

from __future__ import annotations

import datetime as dt

import newscorpus
from newscorpus.fields.byline import match_byline, match_credit_line, match_end_byline
from newscorpus.fields.dates import find_dates, is_date_line
from newscorpus.fields.lexicon import canonical_outlet, is_outlet
from newscorpus.sources import guess_parser
from newscorpus.sources.base import score_window

# ----------------------------------------------------------------------------- dates


def test_a_date_run_into_its_own_copy_is_one_stamp() -> None:
    # a screen-reader label and the visible date scraped as one ('20243'): the first date, the line a stamp
    line = "Published On 3 Mar 20243 Mar 2024"
    found = find_dates(line)
    assert [(m.value, m.label, m.start, m.end) for m in found] == [
        (dt.date(2024, 3, 3), "published", 0, len(line))
    ]
    assert is_date_line(line)


def test_a_year_run_into_another_date_is_no_stamp() -> None:
    # only a copy of the same day and month is taken: digits run into another date say nothing sure
    assert find_dates("Published On 3 Mar 20244 Mar 2024") == []
    assert find_dates("3 Mar 20243 Apr 2024") == []


def test_about_hours_ago_is_filler_of_a_date_line() -> None:
    line = "Published March 3, 2024 Updated about 3 hours ago"
    assert [(m.value, m.label) for m in find_dates(line)] == [(dt.date(2024, 3, 3), "published")]
    assert is_date_line(line)


def test_about_without_an_age_is_no_filler() -> None:
    assert not is_date_line("March 3, 2024 about 3 reasons ago")
    assert not is_date_line("Published March 3, 2024 about the plan")


# ----------------------------------------------------------------------------- bylines


def test_name_and_role_on_one_line() -> None:
    m = match_end_byline("Tobias Wrenfield Transport correspondent", None)
    assert m is not None
    assert (m.byline, m.authors, m.roles, m.credit) == (
        "Tobias Wrenfield Transport correspondent",
        ("Tobias Wrenfield",),
        ("Transport correspondent",),
        None,
    )
    m = match_end_byline("Tom Smith Staff Writer", None)
    assert m is not None
    assert (m.authors, m.roles) == (("Tom Smith",), ("Staff Writer",))
    m = match_end_byline("Mary Jane Smith Political editor", None)
    assert m is not None
    assert (m.authors, m.roles) == (("Mary Jane Smith",), ("Political editor",))


def test_name_and_role_near_misses() -> None:
    # a plural job (staff wording), a minister (no journalist's job), a question, a role line given apart
    assert match_end_byline("Tobias Wrenfield Transport correspondents", None) is None
    assert match_end_byline("Hong Kong Trade Minister", None) is None
    assert match_end_byline("Who is the new editor", None) is None
    assert match_end_byline("Dear Abby columnist", None) is None
    assert match_end_byline("Tobias Wrenfield Transport correspondent", "Leeds") is None


def test_role_before_the_names_of_a_by_line() -> None:
    m = match_byline("By environment reporter Ellie Granger and Tom Bawden")
    assert m is not None
    assert (m.byline, m.authors, m.roles, m.credit) == (
        "By environment reporter Ellie Granger and Tom Bawden",
        ("Ellie Granger", "Tom Bawden"),
        ("environment reporter",),
        None,
    )
    m = match_byline("By senior business correspondent Jane Doe")
    assert m is not None
    assert (m.authors, m.roles) == (("Jane Doe",), ("senior business correspondent",))


def test_role_before_the_names_near_misses() -> None:
    assert match_byline("By our reporter John Smith") is None  # 'our' describes no job
    assert match_byline("By environment standards Ellie Granger") is None  # no job word
    m = match_byline("By staff reporter Jane Doe")  # (as before: the title words)
    assert m is not None
    assert (m.authors, m.roles) == (("Jane Doe",), ("staff reporter",))


def test_reporters_base_after_the_names() -> None:
    m = match_byline("By Anuradha Menon, New Delhi")
    assert m is not None
    assert (m.byline, m.authors, m.credit, m.roles) == (
        "By Anuradha Menon, New Delhi",
        ("Anuradha Menon",),
        None,
        (),
    )
    m = match_byline("By Jane Doe, Beijing")
    assert m is not None
    assert m.authors == ("Jane Doe",)


def test_reporters_base_near_misses() -> None:
    # a lower-case tail is no place; a place alone names nobody; a role stays a role
    assert match_byline("By Anuradha Menon, new delhi") is None
    assert match_byline("By Monday, New Delhi") is None
    m = match_byline("By Jane Doe, Staff Writer")
    assert m is not None
    assert (m.authors, m.roles) == (("Jane Doe",), ("Staff Writer",))


def test_source_label_with_desk_initials() -> None:
    m = match_byline("Source: CNA/ns(mi)")
    assert m is not None
    assert (m.byline, m.authors, m.credit, m.editors, m.reason) == (
        "Source: CNA/ns(mi)",
        (),
        "CNA",
        (),
        "source-label",
    )


def test_source_label_desk_initials_near_misses() -> None:
    m = match_byline("Source: AFP/dpa")  # two agencies: kept whole
    assert m is not None
    assert m.credit == "AFP/dpa"
    assert match_byline("Source: CNA/NS(MI)") is None  # capitals: not desk initials
    assert match_byline("Source: the ministry/ns") is None  # no outlet before them


def test_source_label_with_news_agencies() -> None:
    m = match_byline("Source: Al Jazeera and news agencies")
    assert m is not None
    assert (m.byline, m.credit) == ("Source: Al Jazeera and news agencies", "Al Jazeera and news agencies")
    assert canonical_outlet("news agencies") == "Agencies"
    assert not is_outlet("news agency reports")


def test_initials_sign_off_with_agencies() -> None:
    m = match_credit_line("mkg/wmr (AFP, Reuters)")
    assert m is not None
    assert (m.byline, m.authors, m.credit, m.reason) == (
        "mkg/wmr (AFP, Reuters)",
        (),
        "AFP, Reuters",
        "credit-only",
    )


def test_initials_sign_off_near_misses() -> None:
    assert match_credit_line("via (Reuters)") is None  # a word, no initials
    assert match_credit_line("dh (AFP)") is None  # one set of initials: too little to tell
    assert match_credit_line("mkg/wmr (photo)") is None  # no agency in the brackets
    assert match_credit_line("MKG/WMR (AFP)") is None


def test_credit_line_drops_the_marks_full_stop() -> None:
    m = match_credit_line("TGVN.")
    assert m is not None
    assert (m.byline, m.credit) == ("TGVN.", "TGVN")
    m = match_credit_line("TGVN")
    assert m is not None
    assert (m.byline, m.credit) == ("TGVN", "TGVN")
    m = match_credit_line("chinadaily.com.cn")  # a web address keeps its dots
    assert m is not None
    assert m.credit == "chinadaily.com.cn"


def test_chinese_source_and_author_lines() -> None:
    m = match_byline("来源：光明日报")
    assert m is not None
    assert (m.byline, m.credit, m.authors) == ("来源：光明日报", "光明日报", ())
    m = match_byline("作者：本报记者 韩思彤 李卓然")
    assert m is not None
    assert (m.byline, m.authors, m.credit, m.reason) == (
        "作者：本报记者 韩思彤 李卓然",
        ("韩思彤", "李卓然"),
        None,
        "author-label",
    )
    m = match_byline("作者：韩思彤、李卓然")
    assert m is not None
    assert m.authors == ("韩思彤", "李卓然")


def test_chinese_author_label_near_misses() -> None:
    assert match_byline("作者：本报记者 韩思彤摄") is None  # a photo credit
    assert match_byline("作者：") is None
    assert match_byline("作者：Jane Doe and 李卓然") is None
    assert match_byline("作者介绍：韩思彤是一位记者") is None


# ----------------------------------------------------------------------------- sources


XINHUA_PAGE = (
    "Xinhuanet\n\nShrub belt along desert railway shields tracks\n\n"
    "Source: Xinhua | Editor: huaxia | 2024-03-03 16:02:11\n\n"
    "HOTAN, March 3 (Xinhua) -- Workers in northwest China have started this year's spring planting.\n"
)


def test_xinhua_stamp_line_with_the_editor_before_the_time() -> None:
    parser = guess_parser(score_window(XINHUA_PAGE))
    assert parser is not None
    assert parser.name == "xinhua"
    art = newscorpus.parse(XINHUA_PAGE)
    assert art.published == dt.datetime(2024, 3, 3, 16, 2, 11, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def test_xinhua_footer_and_near_misses() -> None:
    footer = "Title here\n\nText of it.\n\nCopyright © 2000-2024 XINHUANET.com All rights reserved."
    parser = guess_parser(score_window(footer))
    assert parser is not None
    assert parser.name == "xinhua"
    # a republished wire story: the credit alone is no mark of the site
    assert guess_parser(score_window("Title here\n\nSource: Xinhua\n\nText of it.")) is None
    assert guess_parser(score_window("Title\n\nSource: Xinhua | Editor: huaxia\n\nText.")) is None


def test_tgvn_end_mark_and_address_line() -> None:
    page = "baoquocte.vn\nThe World & Vietnam Report\n\nA title of the story\n\nText of it.\n\nTGVN.\n"
    parser = guess_parser(score_window(page))
    assert parser is not None
    assert parser.name == "tgvn"
    assert guess_parser(score_window("A title\n\nText of it, as TGVN. said.\n")) is None
    assert guess_parser(score_window("baoquocte.vn\n\nA title\n\nText of it.\n")) is None  # 0.3 alone


TGVN_PAGE = """The World & Vietnam Report

Vietnamese community in Busan opens first weekend school for children

Monday, 04/03/2024 | 08:47

More than 60 children of Vietnamese families in Busan attended the first class of a weekend school on Sunday.

Cộng đồng người Việt tại Busan mở lớp tiếng Việt cho trẻ em

The school is run by the Association of Vietnamese in Busan with support from the Consulate General.

Most of the pupils were born in Korea to Vietnamese mothers or to couples who moved there for work.

There are about 30,000 Vietnamese living in Busan and the surrounding province, the association said.

TGVN.
"""


def test_tgvn_sapo_under_the_stamp_is_the_summary() -> None:
    art = newscorpus.parse(TGVN_PAGE)
    assert art.source == "tgvn"
    assert art.summary == (
        "More than 60 children of Vietnamese families in Busan attended the first class of a weekend "
        "school on Sunday."
    )
    assert art.published == dt.datetime(2024, 3, 4, 8, 47, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert (art.byline, art.credit) == ("TGVN.", "TGVN")
    kinds = {seg.text: (seg.kind.value, seg.reason) for seg in art.segments}
    assert kinds["Cộng đồng người Việt tại Busan mở lớp tiếng Việt cho trẻ em"] == (
        "related",
        "tgvn-counterpart-link",
    )
    assert art.body[0].text.startswith("The school is run by")


def test_tgvn_datelined_lede_is_no_sapo() -> None:
    page = TGVN_PAGE.replace("More than 60 children", "Busan (VNA) - More than 60 children")
    art = newscorpus.parse(page, source="tgvn")
    assert art.summary is None
    assert art.dateline == "Busan"
