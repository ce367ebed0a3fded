"""Field recognisers added for the byline, credit and stamp formats of the blind3 fixture set.

Each rule has a positive case with the exact values and a near miss the rule must leave alone. The strings
are made up for the tests, in the outlets' formats.
"""

from __future__ import annotations

import datetime as dt

from newscorpus.fields.byline import (
    cjk_name_line,
    match_byline,
    match_credit_line,
    match_editor_line,
)
from newscorpus.fields.dateline import find_dateline
from newscorpus.fields.dates import find_dates, is_date_line
from newscorpus.fields.lexicon import institutional_credit, is_outlet
from newscorpus.fields.summary import strip_outlet_tag

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

# ----------------------------------------------------------------------------- dates


def test_a_section_label_run_into_a_stamp_with_its_time_is_a_date_line() -> None:
    line = "Economy 09:05 March 3, 2024"
    assert is_date_line(line)
    assert [(m.value, m.label) for m in find_dates(line)] == [(dt.datetime(2024, 3, 3, 9, 5), None)]
    # the label needs a time with the stamp, and is never a byline word or an outlet
    assert not is_date_line("Economy March 3, 2024")  # a date alone after a word: a phrase, maybe a caption
    assert not is_date_line("By 09:05 March 3, 2024")
    assert not is_date_line("Reuters 09:05 March 3, 2024")
    assert not is_date_line("Economy news 09:05 March 3, 2024")


def test_a_place_and_a_bullet_before_the_stamp() -> None:
    line = "Bandung, West Java  ●  Mon, March 4, 2024"
    assert is_date_line(line)
    assert [m.value for m in find_dates(line)] == [dt.date(2024, 3, 4)]
    assert not is_date_line("Xinhua ● Mon, March 4, 2024")  # an outlet: a credit with its stamp
    assert not is_date_line("Bandung, West Java - Mon, March 4, 2024")  # (only a bullet sets a place apart)


def test_a_place_in_capitals_after_the_stamp() -> None:
    line = "Updated - March 4, 2024 10:15\u00a0am\u00a0IST - MUMBAI"
    assert is_date_line(line)
    assert [(m.value, m.label) for m in find_dates(line)] == [
        (dt.datetime(2024, 3, 4, 10, 15, tzinfo=IST), "updated")
    ]
    assert not is_date_line("March 4, 2024 10:15 - AFP")  # an agency, not a place
    assert not is_date_line("March 4, 2024 10:15 - Mumbai")  # (the place is printed in capitals)


def test_the_print_page_run_on_after_the_date() -> None:
    line = "Mon, Mar 04, 2024 page3"
    assert is_date_line(line)
    assert [m.value for m in find_dates(line)] == [dt.date(2024, 3, 4)]
    assert not is_date_line("Mon, Mar 04, 2024 pages")


def test_a_time_a_bar_and_the_date() -> None:
    assert [m.value for m in find_dates("10:15 | 04/03/2024", order="DMY")] == [
        dt.datetime(2024, 3, 4, 10, 15)
    ]
    assert is_date_line("10:15 | 04/03/2024")
    # a bar after the date still leaves the time to the date before it
    assert [m.value for m in find_dates("04/03/2024 10:15 | 05/03/2024", order="DMY")] == [
        dt.datetime(2024, 3, 4, 10, 15),
        dt.date(2024, 3, 5),
    ]


# ----------------------------------------------------------------------------- bylines


def test_a_handle_after_the_name_is_no_name() -> None:
    m = match_byline("By: Lorna Estrada - @dailytribune")
    assert m is not None
    assert (m.byline, m.authors, m.credit, m.roles) == (
        "By: Lorna Estrada - @dailytribune",
        ("Lorna Estrada",),
        None,
        (),
    )


def test_an_email_address_after_the_name_is_no_name() -> None:
    m = match_byline("BY PARK MIN-JI [park.minji@example.co.kr]")
    assert m is not None
    assert (m.byline, m.authors, m.credit) == (
        "BY PARK MIN-JI [park.minji@example.co.kr]",
        ("PARK MIN-JI",),
        None,
    )
    m = match_byline("By Jane Okafor (jane.okafor@example.com)")
    assert m is not None and (m.authors, m.credit) == (("Jane Okafor",), None)
    assert match_byline("By the way, write to desk@example.com") is None


def test_with_an_agency_after_the_names_credits_it() -> None:
    m = match_byline("By Marta Novak with AFP")
    assert m is not None
    assert (m.byline, m.authors, m.credit) == ("By Marta Novak with AFP", ("Marta Novak",), "AFP")
    assert match_byline("By Marta Novak with friends") is None


def test_staff_wording_after_a_slash_is_no_role_and_no_credit() -> None:
    m = match_byline("By Lin Pei-yu / Staff reporter")
    assert m is not None
    assert (m.byline, m.authors, m.roles, m.credit) == (
        "By Lin Pei-yu / Staff reporter",
        ("Lin Pei-yu",),
        (),
        None,
    )
    # (after a comma, one person's 'Staff Reporter' stays the role printed with the name)
    m = match_byline("By Lin Pei-yu, Staff Reporter")
    assert m is not None and m.roles == ("Staff Reporter",)


def test_names_and_their_outlet_in_brackets_without_by() -> None:
    m = match_byline("Dewi Lestari, Budi Santoso and Sutrisno (The Jakarta Post)")
    assert m is not None
    assert (m.byline, m.authors, m.credit) == (
        "Dewi Lestari, Budi Santoso and Sutrisno (The Jakarta Post)",
        ("Dewi Lestari", "Budi Santoso", "Sutrisno"),
        "The Jakarta Post",
    )
    assert match_byline("Sutrisno (The Jakarta Post)") is None  # a single word alone is no sure name
    assert match_byline("Home and Away (Reuters)") is None
    assert match_byline("Dewi Lestari and Budi Santoso (file photo)") is None


def test_names_a_slash_and_their_outlet_without_by() -> None:
    m = match_byline("Sok Chea / Khmer Times")
    assert m is not None
    assert (m.byline, m.authors, m.credit) == ("Sok Chea / Khmer Times", ("Sok Chea",), "Khmer Times")
    assert match_byline("Home / Khmer Times") is None
    assert match_byline("Sok Chea / Phnom Penh") is None


def test_a_credit_and_stamp_line_with_the_sections_after_a_bar() -> None:
    m = match_byline("KYODO NEWS - Mar 4, 2024 - 10:15 | All, World")
    assert m is not None
    assert (m.byline, m.credit, m.authors, m.date_start) == ("KYODO NEWS", "KYODO NEWS", (), 13)
    # one name after the bar is no section list: the line names someone it cannot read
    assert match_byline("KYODO NEWS - Mar 4, 2024 - 10:15 | Sam Porter") is None


def test_a_credit_and_stamp_line_of_a_web_address() -> None:
    m = match_byline("INQUIRER.net / 10:15 AM March 04, 2024")
    assert m is not None
    assert (m.byline, m.credit, m.date_start) == ("INQUIRER.net", "INQUIRER.net", 15)


def test_an_agency_signing_off_with_dashes() -> None:
    m = match_credit_line("-- BERNAMA")
    assert m is not None and (m.byline, m.credit) == ("-- BERNAMA", "BERNAMA")
    assert match_credit_line("-- the end") is None


def test_additional_sources_name_the_agencies() -> None:
    m = match_credit_line("Additional sources • AFP")
    assert m is not None and (m.byline, m.credit, m.authors) == ("Additional sources • AFP", "AFP", ())
    m = match_credit_line("Sources: AFP, Reuters")
    assert m is not None and m.credit == "AFP, Reuters"
    assert match_credit_line("Additional sources • our reporters") is None


def test_a_bureau_is_the_outlet_s_institutional_byline() -> None:
    assert institutional_credit("The Hindu Bureau") == "The Hindu"
    m = match_credit_line("The Hindu Bureau")
    assert m is not None and (m.byline, m.credit, m.authors) == ("The Hindu Bureau", "The Hindu", ())
    assert institutional_credit("Weather Bureau") is None


def test_new_outlets() -> None:
    for name in ("Khmer Times", "INQUIRER.net", "Philippine Daily Inquirer", "The Irish Times", "VOVWORLD"):
        assert is_outlet(name), name


def test_the_short_chinese_editor_label() -> None:
    assert match_editor_line("(责编：韩思彤、李卓然)") == ("韩思彤", "李卓然")


def test_a_bare_chinese_name_line() -> None:
    assert cjk_name_line("韩思彤") == ("韩思彤",)
    assert cjk_name_line("韩思彤 李卓然") == ("韩思彤", "李卓然")
    assert cjk_name_line("本报记者") == ()
    assert cjk_name_line("评论") == ()
    assert cjk_name_line("城市更新要留住烟火气") == ()
    assert cjk_name_line("Han Sitong") == ()


# ----------------------------------------------------------------------------- datelines and sapo tags


def test_a_city_in_capitals_and_its_country() -> None:
    assert (
        find_dateline("CEBU CITY, Philippines — Floods closed schools on Monday.") == "CEBU CITY, Philippines"
    )
    assert find_dateline("SEOUL, Monday — Floods closed schools.") is None
    assert find_dateline("LONDON, Reuters — Floods closed schools.") is None


def test_outlet_tags_of_vietnamese_sapos() -> None:
    assert strip_outlet_tag("(VOVWORLD) - Rice exports rose in March.") == (
        "Rice exports rose in March.",
        True,
    )
    assert strip_outlet_tag("NDO – The Assembly met on Monday.") == ("The Assembly met on Monday.", True)
    assert find_dateline("NDO – The Assembly met on Monday.") is None
    assert strip_outlet_tag("(Reuters) - Rice exports rose.") == ("(Reuters) - Rice exports rose.", False)
