"""Pipeline decisions on layouts from the fifth blind set (tests/fixtures/blind3)."""

from __future__ import annotations

import newscorpus
from newscorpus import SegmentKind as K

BODY = (
    "Water utilities on the coast have begun rationing supplies to households, with some districts "
    "receiving piped water only two days a week after work on a new plant stopped last month.\n\n"
    "The plant was due to produce 100,000 cubic metres of water a day by the end of this year, but "
    "officials now say it will not open before 2026 because of a dispute over unpaid invoices.\n"
)


def segment_at(article: newscorpus.Article, text: str, line: str) -> newscorpus.Segment:
    """The segment of the first line that starts with ``line``."""
    start = 0 if text.startswith(line) else text.index("\n" + line) + 1
    return next(s for s in article.segments if s.span.start == start)


def test_menu_with_wide_gaps_is_navigation_not_the_headline() -> None:
    menu = "Home  National  Politics  Business  Opinion  World  Sport"
    text = f"Daily Courier\n{menu}\n\nCoastal towns ration water as plant stalls\n\n3 March 2024\n\n" + BODY
    article = newscorpus.parse(text)
    assert article.headline == "Coastal towns ration water as plant stalls"
    seg = segment_at(article, text, menu)
    assert (seg.kind, seg.reason) == (K.NAVIGATION, "spaced-menu")


def test_no_break_gaps_and_tabs_count_too() -> None:
    for menu in (
        "My\xa0Europe\xa0\xa0World\xa0\xa0Business\xa0\xa0Sport\xa0\xa0Video",
        "News\tSport\tLife\tTravel\tVideo",
    ):
        text = f"{menu}\n\nCoastal towns ration water as plant stalls\n\n" + BODY
        article = newscorpus.parse(text)
        assert article.headline == "Coastal towns ration water as plant stalls"
        assert segment_at(article, text, menu).kind is K.NAVIGATION


def test_a_stamp_with_wide_gaps_is_not_a_menu() -> None:
    stamp = "Karawang, West Java   ●   Tue, August 27, 2024"
    text = f"Coastal towns ration water as plant stalls\n\n{stamp}\n\n" + BODY
    article = newscorpus.parse(text)
    assert segment_at(article, text, stamp).reason != "spaced-menu"


def test_name_and_role_lines_above_the_stamp_are_the_byline() -> None:
    text = (
        "Coastal towns ration water as desalination plant stalls\n\n"
        "Síle Ní Bhriain\nWater Correspondent\nTue Mar 5 2024 - 06:10\n\n" + BODY
    )
    article = newscorpus.parse(text)
    assert article.headline == "Coastal towns ration water as desalination plant stalls"
    assert article.authors == ("Síle Ní Bhriain",)
    assert article.author_roles == ("Water Correspondent",)
    assert segment_at(article, text, "Water Correspondent").kind is K.BYLINE
    assert article.body_text.startswith("Water utilities")


def test_bare_times_heading_live_entries_are_subheadings() -> None:
    entries = (
        "11:42 AM\nThe authority said 14 road sections remained impassable to light vehicles on Thursday.\n\n"
        "10:58 AM\nThe government suspended work in its offices from 1 p.m., leaving firms to decide.\n"
    )
    text = "LIVE UPDATES: Monsoon rains flood parts of the capital\n\n" + BODY + "\n" + entries
    article = newscorpus.parse(text)
    for stamp in ("11:42 AM", "10:58 AM"):
        seg = segment_at(article, text, stamp)
        assert (seg.kind, seg.reason) == (K.SUBHEADING, "entry-stamp")


def test_one_bare_time_in_the_text_stays_text() -> None:
    text = "Coastal towns ration water as plant stalls\n\n" + BODY + "\n11:42 AM\n\nMore text follows here.\n"
    article = newscorpus.parse(text)
    assert segment_at(article, text, "11:42 AM").reason != "entry-stamp"


def test_a_chinese_question_in_the_text_is_a_paragraph() -> None:
    question = "问：中方对下一阶段合作有何期待？"
    text = (
        "外交部发言人就合作答记者问\n\n2024-03-23 16:40\n\n"
        "答：八年来，在各国领导人的战略引领下，合作从无到有、由浅入深，已经成为次区域最具活力的合作机制之一。\n\n"
        f"{question}\n\n"
        "答：中方愿同各国一道，推动合作与全球发展倡议深入对接，在水资源合作、绿色发展、公共卫生等领域打造更多亮点。\n"
    )
    article = newscorpus.parse(text)
    assert segment_at(article, text, question).kind is K.PARAGRAPH


def test_a_long_dated_caption_over_its_photo_credit_is_a_caption() -> None:
    caption = (
        "A farmer pours brine into a drying pan on the terraces in a small township of the county, "
        "in the southwest of the country, on March 9, 2024."
    )
    text = f"Salt terraces come alive\n\nBy Li Hao | March 12, 2024\n\n{caption}\nPhoto: Li Hao\n\n" + BODY
    article = newscorpus.parse(text)
    assert segment_at(article, text, caption).kind is K.CAPTION
    assert article.body_text.startswith("Water utilities")


def test_a_share_row_with_wide_gaps_stays_share() -> None:
    row = "Share  Facebook  X  KakaoTalk  Copy URL"
    text = f"Coastal towns ration water as plant stalls\n\n3 March 2024\n{row}\n\n" + BODY
    article = newscorpus.parse(text)
    assert segment_at(article, text, row).kind is K.SHARE


def test_an_author_name_after_the_text_with_tags_under_it_is_the_byline() -> None:
    text = (
        "Coastal towns ration water as plant stalls\n\n3 March 2024\n\n" + BODY + "\nMinh Quân\n\n"
        "#water  #coast  #infrastructure\n\nAbout us | Contact | Advertise\n"
    )
    article = newscorpus.parse(text)
    assert article.authors == ("Minh Quân",)
    assert segment_at(article, text, "Minh Quân").kind is K.BYLINE


def test_a_note_in_brackets_in_the_text_is_no_subheading() -> None:
    for note in (
        "（作者为华东师范大学城市发展研究院研究员）",
        "(The author is a researcher at a city institute)",
    ):
        text = (
            "Coastal towns ration water as plant stalls\n\n3 March 2024\n\n" + BODY + f"\n{note}\n\n" + BODY
        )
        article = newscorpus.parse(text)
        assert segment_at(article, text, note).kind is K.PARAGRAPH


def test_the_page_title_above_the_headline_is_a_copy() -> None:
    for title in (
        "老街区更新，既要“颜值”也要“烟火气”--观点--人民网",
        "Coastal towns ration water as plant stalls | Daily Courier",
    ):
        headline = title.split("--")[0].split(" | ")[0]
        text = f"{title}\nHome | News | World | Opinion\n\n{headline}\n\n3 March 2024\n\n" + BODY
        article = newscorpus.parse(text)
        assert article.headline == headline
        seg = segment_at(article, text, title)
        assert (seg.kind, seg.reason) == (K.OTHER, "headline-copy")


def test_a_few_quoted_words_heading_a_section_are_a_subheading() -> None:
    heading = '"Slow down, and say it again"'
    text = (
        "Village night school teaches elders to use phones\n\n3 March 2024\n\n" + BODY + f"\n{heading}\n\n"
        "Teaching materials are printed in large type, and each lesson covers only one task at a time.\n\n"
        '"The young people at home are always in a hurry. Here I can ask them to slow down and say it '
        'again," said one learner, who is 68 and has learned to book appointments on her phone.\n'
    )
    article = newscorpus.parse(text)
    assert segment_at(article, text, heading).kind is K.SUBHEADING


def test_a_title_and_name_under_a_pull_quote_is_its_attribution() -> None:
    quote = '"Our two peoples share a warm memory of each other. That is the best foundation for new ties"'
    said = (
        '"Our two peoples share a warm memory of each other. That is the best foundation for new ties," '
        "the ambassador said at the start of the interview in Hanoi this week.\n\n"
    )
    text = (
        "Ambassador looks to 70 years of ties\n\n3 March 2024\n\n"
        + said
        + f"{quote}\nAmbassador Dorj Bat\n\n"
        + BODY
    )
    article = newscorpus.parse(text)
    assert segment_at(article, text, quote).kind is K.PULL_QUOTE
    seg = segment_at(article, text, "Ambassador Dorj Bat")
    assert (seg.kind, seg.reason) == (K.PULL_QUOTE, "pull-quote-attribution")


def test_a_marked_credit_under_a_caption_is_the_photo_credit() -> None:
    caption = "A pharmacist checks medicine at a clinic in a mountain town on Jan. 15, 2025. (Kyodo)"
    for mark in ("— AP", "--Reuters"):
        text = f"Rural clinics to share pharmacists\n\n{caption}\n{mark}\n\n" + BODY
        article = newscorpus.parse(text)
        seg = segment_at(article, text, mark)
        assert (seg.kind, seg.reason) == (K.CAPTION, "credit-under-caption")
        assert article.credit is None


def test_a_published_stamp_after_the_text_gives_published_when_the_header_has_none() -> None:
    text = (
        "Coastal towns ration water as plant stalls\n\nUpdated - March 5, 2024 09:14 pm IST\n\n"
        + BODY
        + "\nPublished - March 3, 2024 08:40 pm IST\n"
    )
    article = newscorpus.parse(text)
    assert str(article.published) == "2024-03-03 20:40:00+05:30"
    assert str(article.updated) == "2024-03-05 21:14:00+05:30"


def test_a_teaser_stamp_after_a_list_is_not_the_articles() -> None:
    text = (
        "Coastal towns ration water as plant stalls\n\n" + BODY + "\nRelated Stories\n"
        "Dry season deepens across the north\nPublished: March 1, 2024 10:00\n"
    )
    assert newscorpus.parse(text).published is None


def test_a_relative_age_by_the_byline_is_a_stamp_without_a_date() -> None:
    text = "Coastal towns ration water as plant stalls\n\nBy Chhay Dara\n3 hours ago\n\n" + BODY
    article = newscorpus.parse(text)
    seg = segment_at(article, text, "3 hours ago")
    assert (seg.kind, seg.reason) == (K.DATE, "relative-age")
    assert article.published is None
    assert article.body_text.startswith("Water utilities")


def test_a_place_and_a_weekday_date_among_menus_is_the_articles_stamp() -> None:
    stamp = "Karawang, West Java ● Tue, August 27, 2024"
    text = (
        "Coastal communities replant mangroves\n\nNews | Business | Opinion\n"
        f"{stamp}\nShare | Tweet | Email\n\n" + BODY
    )
    article = newscorpus.parse(text)
    assert str(article.published) == "2024-08-27"
    assert segment_at(article, text, stamp).kind is K.DATE


def test_a_caption_over_its_credit_under_the_headline_is_no_summary() -> None:
    caption = "The first passenger train leaves the new tunnel near the village, 29 October 2024"
    text = (
        "Alpine rail tunnel opens after 12 years of works\n\nBy Ana Novak\n29/10/2024 - 14:12 GMT+1\n\n"
        f"{caption}\nCopyright  AP Photo/Janez Pirc\n\n" + BODY
    )
    article = newscorpus.parse(text)
    assert article.summary is None
    assert segment_at(article, text, caption).kind is K.CAPTION


def test_an_agencys_long_self_description_with_its_site_is_promo() -> None:
    promo = (
        "DAILY WIRE provides up-to-date authentic and comprehensive news and information which are "
        "disseminated via DAILY WIRE Wires; www.dailywire.example; DAILY WIRE TV on channel 502 and "
        "DAILY WIRE Radio on FM93.9 (Capital) and FM107.5 (Coast) frequencies."
    )
    text = "Coastal towns ration water as plant stalls\n\n3 March 2024\n\n" + BODY + f"\n{promo}\n"
    article = newscorpus.parse(text)
    assert segment_at(article, text, promo).kind is K.PROMO
    assert article.body_text.endswith("unpaid invoices.")


def test_a_name_and_outlet_with_a_slash_is_a_byline_not_a_crumb_trail() -> None:
    text = "Rice exporters eye new markets\n\nChhay Dara / Khmer Times\n3 hours ago\n\n" + BODY
    article = newscorpus.parse(text)
    assert article.authors == ("Chhay Dara",)
    assert article.credit == "Khmer Times"


def test_a_crumb_trail_stays_navigation() -> None:
    trail = "Home / World / Asia Pacific"
    text = f"{trail}\n\nRice exporters eye new markets\n\n3 March 2024\n\n" + BODY
    article = newscorpus.parse(text)
    assert segment_at(article, text, trail).kind is K.NAVIGATION
    assert article.authors == ()


def test_a_dated_caption_set_apart_over_its_credit_is_a_caption() -> None:
    caption = "Freshly harvested salt is packed into bags in the township on March 10, 2024."
    text = (
        "Salt terraces come alive\n\nBy Li Hao | March 12, 2024\n\n"
        + BODY
        + f"\n{caption}\n\nPhoto: Li Hao\n\n"
        + BODY
    )
    article = newscorpus.parse(text)
    assert segment_at(article, text, caption).kind is K.CAPTION
