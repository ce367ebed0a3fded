"""The generic pipeline on small pages of our own: each decision, with exact expected values."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import newscorpus
import newscorpus.pipeline
import newscorpus.sources
from newscorpus import SegmentKind as K
from newscorpus.fields.dateline import find_dateline
from newscorpus.fields.dates import DateOrder
from newscorpus.fields.summary import strip_outlet_tag
from newscorpus.lines import split_lines

PARA = "The ministers agreed on Tuesday to expand cooperation in trade, energy and education, officials said."
PARA2 = "Both sides also pledged to speed up talks on a new investment treaty before the end of the year."


def kinds(text: str, **kw: object) -> list[tuple[str, str]]:
    art = newscorpus.parse(text, **kw)  # type: ignore[call-overload]
    return [(seg.kind.value, seg.text) for seg in art.segments]


def test_headline_next_to_byline_not_the_site_name() -> None:
    page = (
        f"Example Times\nWorld | Asia | Business\n\n"
        f"Leaders agree to boost regional trade\n\nBy Anna Tran and Minh Le\n\n"
        f"{PARA}\n\n{PARA2}\n"
    )
    art = newscorpus.parse(page)
    assert art.headline == "Leaders agree to boost regional trade"
    assert art.authors == ("Anna Tran", "Minh Le")
    assert art.byline == "By Anna Tran and Minh Le"
    assert kinds(page)[0] == ("navigation", "Example Times")
    assert art.paragraphs == (PARA, PARA2)


def test_title_repeated_under_the_image_is_a_caption() -> None:
    page = (
        f"Leaders agree to boost regional trade\nBy Anna Tran\n\n{PARA}\n\n"
        f"Leaders agree to boost regional trade\nThe ministers shake hands in Hanoi. (Photo: VNA)\n\n"
        f"{PARA2}\n"
    )
    got = kinds(page)
    assert got[3] == ("caption", "Leaders agree to boost regional trade")
    assert got[4][0] == "caption"
    assert newscorpus.parse(page).paragraphs == (PARA, PARA2)


def test_tagged_sapo_is_the_summary_without_its_tag() -> None:
    page = (
        f"Vietnam and Laos deepen ties\n\n"
        f"WVR - The two countries signed five agreements on Monday.\n\n"
        f"{PARA}\n\n{PARA2}"
    )
    art = newscorpus.parse(page)
    assert art.summary == "The two countries signed five agreements on Monday."
    assert art.dateline is None
    assert art.paragraphs == (PARA, PARA2)


def test_deck_without_full_stop_is_the_summary() -> None:
    page = (
        f"Ports reopen after the storm\n\n"
        f"By Li Hua | Example Daily | Updated: 2024-07-02 10:15\n\n"
        f"Shipping resumes as winds ease along the coast\n\n{PARA}\n\n{PARA2}"
    )
    art = newscorpus.parse(page)
    assert art.summary == "Shipping resumes as winds ease along the coast"
    assert art.authors == ("Li Hua",)
    assert art.updated == dt.datetime(2024, 7, 2, 10, 15)
    assert art.published is None


def test_abstract_above_a_datelined_lede_is_the_summary() -> None:
    lede = (
        "HANOI, May 3 (Xinhua) -- Vietnam's exports rose 10 percent in April from a year earlier, data say."
    )
    abstract = "Exports are recovering as demand returns in the main markets, officials say."
    page = (
        f"Vietnam's exports rebound\n\n"
        f"Source: Xinhua| 2024-05-03 18:20:11|Editor: Ma Lu\n\n{abstract}\n\n"
        f"{lede}\n\n{PARA}"
    )
    art = newscorpus.parse(page)
    assert art.summary == abstract
    assert art.dateline == "HANOI"
    assert art.credit == "Xinhua"
    assert art.editors == ("Ma Lu",)
    assert art.paragraphs[0] == lede


def test_pull_quote_and_its_attribution() -> None:
    quote = "Cooperation is the only right choice for our two countries"
    page = (
        f"Minister calls for closer ties\nBy Anna Tran\n\n{PARA}\n\n{quote}\n\n"
        f"Nguyen Van A, Foreign Minister\n\n"
        f'"{quote}," the minister told reporters after the talks in Hanoi on Tuesday.\n\n{PARA2}'
    )
    got = {text: kind for kind, text in kinds(page)}
    assert got[quote] == "pull_quote"
    assert got["Nguyen Van A, Foreign Minister"] == "pull_quote"
    assert len(newscorpus.parse(page).paragraphs) == 3


def test_byline_printed_after_the_body() -> None:
    page = (
        f"A shared future for the region\n\n{PARA}\n\n{PARA2}\n\n"
        f"Tran Van Binh\nAmbassador of Vietnam to Japan"
    )
    art = newscorpus.parse(page)
    assert art.authors == ("Tran Van Binh",)
    assert art.author_roles == ("Ambassador of Vietnam to Japan",)
    assert kinds(page)[-2:] == [("byline", "Tran Van Binh"), ("byline", "Ambassador of Vietnam to Japan")]


def test_subheadings_between_paragraphs() -> None:
    page = f"Trade grows\nBy Anna Tran\n\n{PARA}\n\nNew markets ahead\n\n{PARA2}"
    assert ("subheading", "New markets ahead") in kinds(page)
    assert newscorpus.parse(page).body_text == f"{PARA}\n\nNew markets ahead\n\n{PARA2}"


def test_tail_widgets_after_the_body() -> None:
    page = (
        f"Trade grows\nBy Anna Tran\n\n{PARA}\n\n{PARA2}\n\n(Web editor: Zhao Lei, Bianji)\n\nMost Read\n"
        "Floods hit the north\nNew airport opens\n\nShare\nCopyright 2024 Example Co. All rights reserved."
    )
    got = kinds(page)
    assert [k for k, _ in got[4:]] == ["credit", "navigation", "navigation", "navigation", "share", "credit"]
    assert newscorpus.parse(page).editors == ("Zhao Lei",)


def test_listing_page_has_no_fields() -> None:
    teasers = "\n\n".join(
        f"Story title number {i}\n\nA teaser sentence for story {i} that runs on for a while.\n"
        f"Source: Example Times | 2024/5/{i} 10:00:00"
        for i in range(1, 5)
    )
    art = newscorpus.parse("OPINION >> Editorial\n\n" + teasers)
    assert art.headline is None and art.published is None and art.body == ()
    assert {s.kind for s in art.segments[1:]} == {K.RELATED}
    assert [w.code for w in art.warnings] == ["listing-page"]


_LEDES = (
    "Singapore and Malaysia signed a deal on June 1 to build a second rail link across the strait by 2030.",
    "A further 80 nationals freed from a casino abroad have arrived home, the ministry said on Monday.",
    "The ministry of agriculture says its neighbour has approved 47 more growing areas for durian exports.",
    "Floods in the northern provinces have cut power to 20,000 homes, the national utility said on Friday.",
    "The naval training ship Qi Jiguang is paying a three-day visit to Da Nang under a cooperation deal.",
)


def test_teaser_ledes_back_to_back_are_a_listing_page() -> None:
    art = newscorpus.parse("\n".join(_LEDES))
    assert art.body == () and [w.code for w in art.warnings] == ["listing-page"]


@pytest.mark.parametrize(
    "continuation",
    [
        '"We have waited a long time for this," said a bakery owner near the terminus of the new line.',
        "But officials said the plan would cost about 12 million dollars over three years to carry out.",
        "He added that the council would hold public meetings next month before the routes are final.",
        "However, residents of the districts say the only way into the centre is still the main bridge.",
    ],
)
def test_article_text_without_header_or_blank_lines_is_not_a_listing(continuation: str) -> None:
    # Text copied out of an article (another extractor's output, a dump with one paragraph a line): one
    # paragraph that carries on the one above is enough to tell it from a list of standalone ledes.
    text = "\n".join([*_LEDES[:3], continuation, *_LEDES[3:]])
    art = newscorpus.parse(text)
    assert not art.warnings
    assert art.headline is None
    assert [p.text for p in art.body] == text.split("\n")


def test_datelined_lede_without_header_or_blank_lines_is_not_a_listing() -> None:
    text = "\n".join(["BEIJING, March 3 (Xinhua) -- " + _LEDES[0], *_LEDES[1:]])
    art = newscorpus.parse(text)
    assert not art.warnings and art.dateline == "BEIJING" and len(art.body) == len(_LEDES)


def test_headline_and_deck_on_a_page_with_every_line_spaced_out() -> None:
    # One block a line (HTML with a <p> a line): the blank line between title and deck says nothing.
    page = "\n\n".join(
        [
            "Supply Chain",
            "Parts makers add second factories in the north",
            "Electronics suppliers split output between provinces to hedge against summer power cuts",
            "By Anna Tran",
            "March 3, 2023 09:14",
            PARA,
            PARA2,
        ]
    )
    art = newscorpus.parse(page)
    assert art.headline == "Parts makers add second factories in the north"
    assert art.summary is not None and art.summary.startswith("Electronics suppliers")


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        (
            "Cities should stop treating shade as a luxury",
            "As summers grow hotter, trees and awnings belong in the transport budget, not the beauty fund",
        ),
        (
            "Indonesia Weighs Export Levy on Nickel Matte",
            "Proposal would add a charge of as much as 5% on metal",
        ),
    ],
)
def test_headline_and_deck_a_blank_line_apart(title: str, deck: str) -> None:
    page = f"Opinion\n\n{title}\n\n{deck}\n\nBy Anna Tran\nMarch 3, 2024\n\n{PARA}\n\n{PARA2}"
    art = newscorpus.parse(page)
    assert (art.headline, art.summary) == (title, deck)


def test_kicker_a_blank_line_above_the_headline_is_not_its_title() -> None:
    page = f"Supply Chain\n\nParts makers add factories in the north\n\nBy Anna Tran\nMarch 3, 2024\n\n{PARA}"
    assert newscorpus.parse(page).headline == "Parts makers add factories in the north"


def test_author_name_and_role_under_the_stamp_past_share_buttons() -> None:
    page = (
        "Councils warn of library closures\n\n3 March 2024\nShare\n\n"
        f"Harriet Ollerton\nPolitical correspondent\n\n{PARA}\n\n{PARA2}"
    )
    art = newscorpus.parse(page)
    assert (art.byline, art.authors, art.author_roles) == (
        "Harriet Ollerton",
        ("Harriet Ollerton",),
        ("Political correspondent",),
    )
    assert [k for k, _ in kinds(page)][:5] == ["headline", "date", "share", "byline", "byline"]


def test_footer_imprint_and_copyright_under_a_list_heading_are_credit() -> None:
    page = (
        f"Trade grows\nBy Anna Tran\n\n{PARA}\n\n{PARA2}\n\nMost Popular\nFloods hit the north\n"
        "New airport opens\nRegistration No.: Seoul A 00001 | Publisher: Kim Min-ho\n"
        "The Daily Herald by Herald Corporation. Copyright Herald Corporation. All Rights Reserved.\n"
    )
    assert [k for k, _ in kinds(page)][-5:] == ["navigation", "navigation", "navigation", "credit", "credit"]


def test_author_email_after_the_text_signs_off_and_an_address_line_is_no_subheading() -> None:
    contact = "Contact the writer at anna@example.com"
    page = f"Trade grows\nBy Anna Tran\n\n{PARA}\n\n{contact}\n\n{PARA2}\nanna@example.com\n"
    art = newscorpus.parse(page)
    assert [k for k, _ in kinds(page)][2:] == ["paragraph", "paragraph", "paragraph", "byline"]
    assert art.body_text.split("\n\n")[-1] == PARA2 and art.authors == ("Anna Tran",)


def test_wire_credit_then_stamp_after_a_slash() -> None:
    page = f"Water ATMs for resettlement colonies\nTNN / Updated: Mar 3, 2024, 10:15 IST\n\n{PARA}\n\n{PARA2}"
    art = newscorpus.parse(page)
    assert (art.byline, art.credit, art.summary) == ("TNN", "TNN", None)
    assert art.updated == dt.datetime(
        2024, 3, 3, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))
    )


def test_chinese_headline_stamp_and_wire_reporters() -> None:
    page = (
        "首页 | 国内 | 国际 | 财经\n\n长江口禁渔第四年 江豚出现频次明显增加\n\n"
        "2024-03-03 10:15:33 来源：新华社\n\n"
        "新华社上海3月3日电（记者 邵雨桐、韩立松）记者从上海市有关部门获悉，长江口水域实施禁渔进入第四年，"
        "监测人员观测到江豚的次数明显增加。\n\n"
        "研究人员说，江豚是长江生态的“晴雨表”，它们回来了，说明禁渔的效果正在显现。\n"
    )
    art = newscorpus.parse(page)
    assert art.headline == "长江口禁渔第四年 江豚出现频次明显增加"
    assert (art.byline, art.credit, art.dateline) == ("来源：新华社", "新华社", "上海")
    assert art.authors == ("邵雨桐", "韩立松")
    # (a wire line alone claims no source parser; a page in Chinese is on UTC+8: docs/timezones.md)
    assert art.published == dt.datetime(2024, 3, 3, 10, 15, 33, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def test_impossible_date_gives_empty_field_and_warning() -> None:
    art = newscorpus.parse(f"Trade grows\nPublished: Feb 30, 2021 10:00\n\n{PARA}")
    assert art.published is None
    assert [w.code for w in art.warnings] == ["date-unparsed"]
    assert art.warnings[0].span is not None


def test_odd_byline_gives_no_author_and_a_warning() -> None:
    art = newscorpus.parse(f"Trade grows\nBy: 12345 %%\n\n{PARA}")
    assert art.authors == ()
    assert [w.code for w in art.warnings] == ["byline-unparsed"]


def test_dates_after_now_are_dropped_with_a_warning() -> None:
    page = f"Trade grows\nPublished: 11:24, January 2, 2031\n\n{PARA}"
    art = newscorpus.parse(page, now=dt.datetime(2026, 1, 1))
    assert art.published is None
    assert [w.code for w in art.warnings] == ["date-after-now"]
    assert newscorpus.parse(page).published == dt.datetime(2031, 1, 2, 11, 24)


def test_chrome_date_is_not_the_publication_date() -> None:
    page = f"Facebook Twitter YouTube Instagram Monday, Jan 6, 2025\n\nTrade grows\n\nBy Anna Tran\n\n{PARA}"
    art = newscorpus.parse(page)
    assert art.published is None
    assert kinds(page)[0][0] == "navigation"


def test_relabel_recomputes_the_body() -> None:
    art = newscorpus.parse(f"Trade grows\nBy Anna Tran\n\n{PARA}\n\n{PARA2}")
    index = [s.text for s in art.segments].index(PARA2)
    fixed = art.relabel({index: "related"})
    assert fixed.paragraphs == (PARA,)
    assert fixed.segments[index].reason == "user-relabelled"
    assert art.relabel({art.segments[index].span: K.CAPTION}).segments[index].kind is K.CAPTION
    assert art.relabel({art.segments[index]: K.CAPTION}).segments[index].kind is K.CAPTION
    with pytest.raises(KeyError):
        art.relabel({art.segments[index].start: "other"})  # a bare offset is not a key
    with pytest.raises(KeyError):
        art.relabel({10_000: "other"})
    with pytest.raises(ValueError, match="not_a_kind"):
        art.relabel({0: "not_a_kind"})


def test_to_dict_is_json_ready() -> None:
    art = newscorpus.parse(f"Trade grows\nPublished: 11:24, January 2, 2021\n\n{PARA}", source="fmprc")
    d = art.to_dict(segments=True)
    assert d["published"] == "2021-01-02T11:24:00+08:00"
    assert d["source"] == "fmprc"
    assert d["segments"][0] == {"kind": "headline", "start": 0, "end": 11, "reason": "headline-near-header"}  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("BEIJING - China said on Friday it would ...", "BEIJING"),
        ("BEIJING, Oct. 16 (Xinhua) -- China said ...", "BEIJING"),
        ("HÀ NỘI — Việt Nam will host the summit ...", "HÀ NỘI"),
        ("Hanoi (VNA) - Vietnam will host the summit ...", "Hanoi"),
        ("NEW YORK (Reuters) - Stocks rose ...", "NEW YORK"),
        ("HO CHI MINH CITY, Jan 5 (Reuters) - Prices ...", "HO CHI MINH CITY"),
        ("UNITED NATIONS, Sept. 20 (Xinhua) -- The UN ...", "UNITED NATIONS"),
        ("SINGAPORE, September 4 (Reuters) - Shares ...", "SINGAPORE"),
        ("KUALA LUMPUR, 4 March (Bernama) -- Malaysia ...", "KUALA LUMPUR"),
        ("HONG KONG/BEIJING (Reuters) - China ...", "HONG KONG/BEIJING"),
    ],
)
def test_datelines(text: str, place: str) -> None:
    assert find_dateline(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "WVR - Republic of Korea Ambassador talked at length",
        "CCTV: Egypt's election results were announced",
        "The president said - in a speech - that ...",
        "Mr. Li - the ambassador - arrived on Monday.",
        "COVID-19 - a year on",
        "Mr Nguyen (right) - pictured at the launch - said ...",
        "The World Health Organization (WHO) - the UN health agency - said ...",
    ],
)
def test_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


def test_outlet_tags() -> None:
    assert strip_outlet_tag("TGVN. China firmly supports ASEAN.") == ("China firmly supports ASEAN.", True)
    assert strip_outlet_tag("VGP - Liu Yunshan was received.") == ("Liu Yunshan was received.", True)
    assert strip_outlet_tag("• Key point of the story") == ("Key point of the story", True)
    assert strip_outlet_tag("No tag here.") == ("No tag here.", False)


def test_teaser_bylines_and_dates_under_a_list_heading_are_not_this_articles() -> None:
    page = (
        "Rail links to speed up\nBy ZHANG YI | Example Daily | Updated: 2024-03-04 07:12\n\n"
        f"{PARA}\n\n{PARA2}\n\nRelated Stories\nFreight trains double in first quarter\n"
        "By LI MIN | 2024-03-01 10:20\nBorder trade booms as new port opens\nBy CHEN JIA | 2024-02-27 09:15\n"
    )
    art = newscorpus.parse(page)
    assert art.authors == ("ZHANG YI",)
    assert art.updated == dt.datetime(2024, 3, 4, 7, 12)
    assert not [w for w in art.warnings if w.code == "listing-page"]
    assert [k for k, _ in kinds(page)][-4:] == ["related"] * 4


def test_footer_stamp_is_not_the_publication_date() -> None:
    page = f"Trade grows again\n\n{PARA}\n\n{PARA2}\n\nAbout us\nLast updated: 2024-03-04 10:00\n"
    art = newscorpus.parse(page)
    assert art.headline == "Trade grows again"
    assert art.updated is None and art.published is None
    assert art.paragraphs == (PARA, PARA2)


def test_long_menu_above_the_headline_keeps_the_byline_in_the_header() -> None:
    menu = "\n".join(f"Section number {k}" for k in range(50))
    art = newscorpus.parse(
        f"{menu}\n\nLeaders agree to boost regional trade\nBy Anna Tran\n\n{PARA}\n\n{PARA2}"
    )
    assert art.headline == "Leaders agree to boost regional trade"
    assert art.authors == ("Anna Tran",)
    assert art.paragraphs == (PARA, PARA2)


def test_two_word_name_and_role_after_the_text() -> None:
    art = newscorpus.parse(
        f"Ties look forward\n\n{PARA}\n\n{PARA2}\n\nXiong Bo\nAmbassador of China to Vietnam\n"
    )
    assert art.authors == ("Xiong Bo",)
    assert art.author_roles == ("Ambassador of China to Vietnam",)
    assert art.paragraphs == (PARA, PARA2)


def test_short_title_case_headline_next_to_the_stamp_is_not_an_author() -> None:
    art = newscorpus.parse(f"Typhoon Yagi Hits Hanoi\nPublished: 2024-09-07 10:00\n\n{PARA}\n\n{PARA2}")
    assert art.headline == "Typhoon Yagi Hits Hanoi"
    assert art.authors == ()


def test_headline_naming_social_networks_is_not_a_share_row() -> None:
    art = newscorpus.parse(f"Vietnam tightens rules on fake news on X and TikTok\nBy Anna Tran\n\n{PARA}")
    assert art.headline == "Vietnam tightens rules on fake news on X and TikTok"


def test_an_answer_said_twice_is_not_a_pull_quote() -> None:
    short = "Mao Ning: I have no information to offer at the moment."
    longer = f"{short} We will keep following the situation closely, as always."
    art = newscorpus.parse(
        f"Regular press conference\n2024-03-04 19:00\n\n{short}\n\n{PARA}\n\n{longer}\n\n{PARA2}"
    )
    assert short in art.paragraphs
    assert not art.segments_of("pull_quote")


def test_a_related_box_inside_the_article_does_not_end_it() -> None:
    more = (
        "Residents of the coastal province said the new ferry terminal cut waiting times by half, they said."
    )
    page = (
        f"Trade grows\nBy Anna Tran\n\n{PARA}\n\nRelated\nCarmaker opens its first plant in the north\n\n"
        f"{PARA2}\n\n{more}\n"
    )
    art = newscorpus.parse(page)
    assert art.paragraphs == (PARA, PARA2, more)
    assert [k for k, t in kinds(page) if t.startswith(("Related", "Carmaker"))] == ["related", "related"]


def test_pickled_article_keeps_every_value_and_hand_built_segments() -> None:
    import copy
    import pickle

    from newscorpus.model import Segment, Span

    page = "Big news today\n\nBy Jane Doe | Xinhua\n\nBEIJING - The story starts here, and goes on."
    art = newscorpus.parse(page)
    again = pickle.loads(pickle.dumps(art))
    assert again == art and again.authors == ("Jane Doe",) and again.dateline == "BEIJING"
    assert again.segments[0].kind is newscorpus.SegmentKind.HEADLINE
    assert copy.deepcopy(art) == art
    # a segment whose text is not the slice of the article's text (built by hand) is kept as it is
    odd = newscorpus.Article(text="abc", segments=[Segment("paragraph", Span(0, 3), "xyz", "mine")])
    back = pickle.loads(pickle.dumps(odd))
    assert back == odd and back.segments[0].text == "xyz"
    # the compact form is smaller than pickling each segment object
    assert len(pickle.dumps(art)) < len(pickle.dumps(art.segments)) + len(art.text)


def test_chinese_editor_line_names_the_editor() -> None:
    page = (
        "Spokesperson answers questions\n\nPublished: 2024-05-03 10:15\n\n"
        "The spokesperson answered questions at the regular press conference today, and said more.\n\n"
        "（责任编辑：王洁）"
    )
    art = newscorpus.parse(page)
    assert art.editors == ("王洁",)
    assert art.segments[-1].kind is K.CREDIT and art.segments[-1].reason == "editor-line"


# ---------------------------------------------------------------- numeric dates: day or month first

US_PARA = "The fund was set up on 12/25/2020 with money from both governments, officials said on Friday."


class MonthFirstOutlet(newscorpus.sources.SourceParser):
    name = "month_first_outlet"
    date_order = "MDY"


def test_an_unambiguous_date_elsewhere_on_the_page_sets_the_order() -> None:
    art = newscorpus.parse(f"Trade grows\nPublished: 03/04/2021\n\n{PARA}\n\n{US_PARA}\n")
    assert art.published == dt.date(2021, 3, 4)  # 12/25/2020 can only be month first: so is 03/04/2021
    assert art.warnings == ()
    day_first = newscorpus.parse(
        f"Trade grows\nPublished: 03/04/2021\n\n{PARA}\n\n{US_PARA.replace('12/25', '25/12')}"
    )
    assert day_first.published == dt.date(2021, 4, 3)
    assert day_first.warnings == ()


def test_an_ambiguous_date_with_no_order_known_is_read_day_first_and_warned() -> None:
    page = f"Trade grows\nPublished: 03/04/2021 10:15\n\n{PARA}\n"
    art = newscorpus.parse(page)
    assert art.published == dt.datetime(2021, 4, 3, 10, 15)
    [warning] = art.warnings
    assert warning.code == "date-order-assumed"
    assert warning.message == (
        "numeric date read day first as 2021-04-03 (month first: 2021-03-04); "
        "neither the source nor the page shows which comes first: 'Published: 03/04/2021 10:15'"
    )
    assert warning.span is not None
    assert page[warning.span.start : warning.span.end] == "Published: 03/04/2021 10:15"


def test_a_source_convention_decides_without_a_warning() -> None:
    page = f"Trade grows\nBy Anna Tran | 03/04/2021 10:15\n\n{PARA}\n"
    newscorpus.sources.register_parser(MonthFirstOutlet)
    try:
        art = newscorpus.parse(page, source="month_first_outlet")
    finally:
        newscorpus.sources.unregister_parser("month_first_outlet")
    assert (art.source, art.published, art.warnings) == (
        "month_first_outlet",
        dt.datetime(2021, 3, 4, 10, 15),
        (),
    )
    tgvn = newscorpus.parse(page, source="tgvn")  # Vietnamese outlets print day first
    assert (tgvn.published, tgvn.warnings) == (
        dt.datetime(2021, 4, 3, 10, 15, tzinfo=newscorpus.sources.HANOI),
        (),
    )
    generic = newscorpus.parse(page)
    assert generic.published == dt.datetime(2021, 4, 3, 10, 15)
    assert [w.code for w in generic.warnings] == ["date-order-assumed"]


def test_the_source_convention_wins_over_the_page() -> None:
    page = f"Trade grows\nPublished: 03/04/2021\n\n{PARA}\n\n{US_PARA}\n"
    assert newscorpus.parse(page, source="tgvn").published == dt.date(2021, 4, 3)
    assert newscorpus.pipeline.parse_lines(
        page, split_lines(page), tz=None, date_order="DMY"
    ).published == dt.date(2021, 4, 3)
    assert newscorpus.pipeline.parse_lines(page, split_lines(page), tz=None).published == dt.date(2021, 3, 4)


@pytest.mark.parametrize(
    "stamp",
    [
        "Published: 03/03/2021",  # the same day either way
        "Published: 2021-03-04",  # year first
        "Published: 25/04/2021",  # only one order is a date
        "Published: 4 March 2021",  # a month name
    ],
)
def test_no_warning_when_the_order_does_not_matter(stamp: str) -> None:
    art = newscorpus.parse(f"Trade grows\n{stamp}\n\n{PARA}\n")
    assert art.published is not None
    assert art.warnings == ()


def test_no_warning_for_an_ambiguous_stamp_that_gives_no_field() -> None:
    # the page's own stamp comes first; the ambiguous one under a teaser in the tail is not this article's
    page = (
        f"Trade grows\nPublished: 2021-03-05 10:00\n\n{PARA}\n\n{PARA2}\n\n"
        "Related Stories\nFreight trains double in first quarter\nBy LI MIN | 03/04/2021\n"
    )
    art = newscorpus.parse(page)
    assert art.published == dt.datetime(2021, 3, 5, 10, 0)
    assert art.warnings == ()


@pytest.mark.skipif(
    newscorpus.compiled,
    reason="counts calls by replacing newscorpus.pipeline.page_date_order; the compiled pipeline calls "
    "the compiled function directly, not through the module attribute",
)
def test_the_page_is_searched_for_an_order_only_when_a_date_needs_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    real = newscorpus.pipeline.page_date_order

    def counting(text: str, convention: str | None = None) -> DateOrder | None:
        calls.append(text)
        return real(text, convention)

    monkeypatch.setattr(newscorpus.pipeline, "page_date_order", counting)
    newscorpus.parse(f"Trade grows\nPublished: 2021-03-04 10:00\n\n{PARA}\n\n{US_PARA}\n")
    assert calls == []  # no date whose day and month could swap: the page is not searched
    newscorpus.parse(f"Trade grows\nPublished: 03/04/2021\nUpdated: 05/06/2021\n\n{PARA}\n\n{US_PARA}\n")
    assert len(calls) == 1  # once a page, however many such dates


def test_a_date_order_that_is_no_order_is_reported_and_left_to_the_page() -> None:
    class Odd(newscorpus.sources.SourceParser):
        name = "odd_order_outlet"
        date_order = 42  # type: ignore[assignment]

    newscorpus.sources.register_parser(Odd)
    try:
        art = newscorpus.parse(f"Trade grows\nPublished: 03/04/2021\n\n{PARA}\n", source="odd_order_outlet")
    finally:
        newscorpus.sources.unregister_parser("odd_order_outlet")
    assert art.published == dt.date(2021, 4, 3)  # day first, as with no order at all
    assert [w.code for w in art.warnings] == ["plugin-failed", "date-order-assumed"]
    assert "'odd_order_outlet'" in art.warnings[0].message and "42" in art.warnings[0].message


def test_date_order_argument_overrules_source_and_page() -> None:
    page = (
        "Senate passes budget\n\nPublished: 03/04/2021 10:15\n\n"
        "The Senate passed the budget on Thursday after a long debate, members said."
    )
    assert newscorpus.parse(page).published == dt.datetime(2021, 4, 3, 10, 15)
    art = newscorpus.parse(page, date_order="MDY")
    assert art.published == dt.datetime(2021, 3, 4, 10, 15)
    assert not [w for w in art.warnings if w.code == "date-order-assumed"]
    # over a day-first source (tgvn) too
    tgvn = newscorpus.parse(page, url="https://baoquocte.vn/a.html", date_order="MDY")
    assert tgvn.published is not None and (tgvn.published.month, tgvn.published.day) == (3, 4)
    assert newscorpus.parse(page, date_order="DMY").published == dt.datetime(2021, 4, 3, 10, 15)
    with pytest.raises(ValueError, match="date_order"):
        newscorpus.parse(page, date_order="YMD")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="date_order"):  # not a str: the same error, compiled or not
        newscorpus.parse(page, date_order=42)  # type: ignore[call-overload]


def test_publisher_imprint_after_the_site_name_is_credit() -> None:
    page = (
        "Classes open for children abroad\n\nThứ Sáu, 03/03/2023 09:14 (GMT+7)\n\n"
        "The classes, held every Saturday morning at a community centre, are taught by volunteers.\n\n"
        "Parents said their children speak the local language at school and with their friends.\n\n"
        "About us | Contact | Advertise | RSS\n"
        "The Daily Report - Governing body: Ministry of Foreign Affairs\n"
        "Editor-in-chief: Jane Roe\n"
    )
    art = newscorpus.parse(page)
    imprint = [seg for seg in art.segments if seg.text.startswith("The Daily Report")]
    assert [(seg.kind, seg.reason) for seg in imprint] == [(K.CREDIT, "imprint-in-footer")]
    assert art.editors == ()  # the site's editor-in-chief edits no article


@attrs.frozen
class _TaggedArticle(newscorpus.Article):
    topic: str = "none"


def test_article_subclasses_keep_their_fields_through_pickle_and_refine() -> None:
    import copy
    import pickle

    from newscorpus.sources import SourceParser, register_parser, unregister_parser

    tagged = _TaggedArticle(text="abc", topic="politics")
    for again in (pickle.loads(pickle.dumps(tagged)), copy.copy(tagged), copy.deepcopy(tagged)):
        assert type(again) is _TaggedArticle and again == tagged and again.topic == "politics"

    class Tagger(SourceParser):
        name = "tagger_test"
        domains = ("tagger.example",)

        def refine(self, article: newscorpus.Article, lines: object) -> newscorpus.Article:
            fields = {f.name: getattr(article, f.name) for f in attrs.fields(newscorpus.Article)}
            return _TaggedArticle(**fields, topic="politics")

    register_parser(Tagger)
    try:
        art = newscorpus.parse(
            "Title\n\nSome text of the story, long enough.", url="https://tagger.example/a"
        )
    finally:
        unregister_parser("tagger_test")
    assert type(art) is _TaggedArticle and art.topic == "politics" and art.source == "tagger_test"
    assert art == art and "topic='politics'" in repr(art)


# ---------------------------------------------------------------- review of the blind-set rules


def test_wire_story_closing_on_its_agency_tag_keeps_that_paragraph() -> None:
    close = "The ministry plans to announce detailed guidelines for the program next month. (Yonhap)"
    caption = "A late-night bus waits for passengers near Gangnam Station in southern Seoul. (Yonhap)"
    art = newscorpus.parse(
        f"Seoul adds night buses\nBy Kim Da-eun\n\n{caption}\n\n{PARA}\n\n{PARA2}\n\n{close}\n"
    )
    assert [p.text for p in art.body] == [PARA, PARA2, close]
    assert art.segments[2].kind is K.CAPTION


def test_section_label_above_a_sentence_case_headline_is_no_title() -> None:
    title = "Senate passes sweeping climate bill after marathon overnight session"
    page = f"Climate crisis\n\n{title}\n\n{PARA}\n{PARA2}\n"
    art = newscorpus.parse(page)
    assert art.headline == "Senate passes sweeping climate bill after marathon overnight session"


@pytest.mark.parametrize(
    "page",
    [
        "Fireworks Light Up the Sky Over Sydney Harbour\n\nRevellers watch the midnight fireworks display\n\n"
        "Photo: Reuters\n",
        "Markets Close Lower on Rate Fears\n\nStocks fell for a third day\n",
    ],
)
def test_short_page_without_a_sentence_keeps_its_headline(page: str) -> None:
    assert newscorpus.parse(page).headline == page.split("\n")[0]


def test_english_headline_with_a_few_chinese_characters() -> None:
    title = "China Opens Its 'Two Sessions' (两会) in Beijing"
    assert newscorpus.parse(f"{title}\nBy Anna Tran\nMarch 3, 2024\n\n{PARA}\n\n{PARA2}").headline == title


def test_buttons_above_the_stamp_do_not_make_the_title_an_author() -> None:
    page = f"World News\n\nBiden Visits Ohio\n\nShare\nSave\n\nMarch 3, 2024\n\n{PARA}\n\n{PARA2}"
    art = newscorpus.parse(page)
    assert (art.headline, art.authors) == ("Biden Visits Ohio", ())


def test_first_sentence_under_the_name_by_the_stamp_is_no_role() -> None:
    first = "The health minister resigned on Friday."
    page = f"Health Minister Quits\n\nMarch 3, 2024\n\nJane Doe\n\n{first}\n\n{PARA}"
    art = newscorpus.parse(page)
    assert art.author_roles == ()
    assert art.body[0].text == "The health minister resigned on Friday."


def test_body_sentence_opening_with_edited_by_is_text() -> None:
    line = (
        "Edited by Chinelo Okparanta, the anthology brings together 30 stories from writers across the "
        "continent, many of them translated into English for the first time."
    )
    art = newscorpus.parse(f"Trade grows\nBy Anna Tran\n\n{PARA}\n\n{line}\n\n{PARA2}")
    assert [p.text for p in art.body] == [PARA, line, PARA2] and art.editors == ()


@pytest.mark.parametrize(
    "lede",
    [
        "PRESIDENT BIDEN: Thank you all very much for being here today, it is an honour to be with you.",
        "MR. BIDEN: Well, the thing is that we need to do a lot more for the people of this country now.",
        "FACT CHECK: The claim that the bridge was built in ten days is false, according to the records.",
    ],
)
def test_speaker_turns_and_labels_are_no_colon_datelines(lede: str) -> None:
    assert find_dateline(lede) is None


def test_footer_owner_with_a_copyright_sign_is_credit_not_caption() -> None:
    footer = "Daily Star Media Group Limited © 2024 Daily Star Media"
    page = f"Trade grows\nBy Anna Tran\n\n{PARA}\n\n{PARA2}\n\nMost Read\nFloods hit the north\n{footer}\n"
    assert kinds(page)[-1] == ("credit", footer)
