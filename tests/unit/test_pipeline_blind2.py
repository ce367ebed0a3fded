"""Header decisions of the pipeline on layouts from the fourth blind set (tests/fixtures/blind2)."""

from __future__ import annotations

import newscorpus
from newscorpus import SegmentKind as K
from newscorpus.fields.byline import match_contributor_line

BODY = (
    "Water utilities on the coast have begun rationing supplies to households, with some districts "
    "receiving piped water only two days a week after work on a new plant stopped last month.\n\n"
    "The plant was due to produce 100,000 cubic metres of water a day by the end of this year, but "
    "officials now say it will not open before 2026 because of a dispute over unpaid invoices.\n"
)


def kind_of(article: newscorpus.Article, text: str, line: str) -> K:
    """The kind of the first line that starts with ``line``."""
    start = 0 if text.startswith(line) else text.index("\n" + line) + 1
    return next(s.kind for s in article.segments if s.span.start == start)


def test_site_name_under_an_unknown_skip_link_is_navigation() -> None:
    text = (
        "Jump links\nWorld Herald Tribune\nNews | World | Business | Sport\n\n"
        "Coastal towns ration water as desalination plant stalls\n\n3 March 2024\n\n" + BODY
    )
    text = text.replace("World Herald Tribune", "Al Jazeera")
    article = newscorpus.parse(text)
    assert article.headline == "Coastal towns ration water as desalination plant stalls"
    assert article.credit is None
    assert kind_of(article, text, "Al Jazeera") is K.NAVIGATION


def test_outlet_name_under_a_headline_stays_a_credit() -> None:
    text = "Coastal towns ration water as desalination plant stalls\n\nCGTN\n\n3 March 2024\n\n" + BODY
    article = newscorpus.parse(text)
    assert article.headline == "Coastal towns ration water as desalination plant stalls"
    assert article.credit == "CGTN"


def test_author_name_above_a_follow_button_and_the_stamp() -> None:
    text = (
        "Hong Kong minibus operators seek fare rise as drivers age out of trade\n\n"
        "Lam Ka-wing\n+ FOLLOW\n\nPublished: 8:30pm, 3 Mar 2024\n\n" + BODY
    )
    article = newscorpus.parse(text)
    assert article.headline == "Hong Kong minibus operators seek fare rise as drivers age out of trade"
    assert article.authors == ("Lam Ka-wing",)
    assert kind_of(article, text, "Lam Ka-wing") is K.BYLINE


def test_unpunctuated_deck_under_a_sentence_case_headline() -> None:
    headline = "Japan's mid-tier parts makers pool funds for new EV battery recycling lines"
    deck = "Suppliers team up as automakers demand recovered lithium and nickel for next-generation packs"
    text = (
        f"Business\nAutomobiles\n\n{headline}\n\n{deck}\n\n"
        + "Nikkei staff writers\n\nMarch 3, 2024 14:02 JST\n\n"
        + BODY
    )
    article = newscorpus.parse(text)
    assert article.headline == headline
    assert article.summary == deck


def test_short_line_above_a_title_is_not_read_as_its_headline() -> None:
    # the deck rule wants a title of six words or more and a deck of ten or more
    text = "Do you still enjoy it?\n\nBelt and Road Initiative for global benefit\n\nBy Aiko Tanaka\n\n"
    text += "March 3, 2024\n\n" + BODY
    article = newscorpus.parse(text)
    assert article.headline == "Belt and Road Initiative for global benefit"


def test_index_page_site_list_and_section_title_are_navigation() -> None:
    teasers = "".join(
        f"{title}\n{lede}\nBy {name} (People's Daily Online) | 1{k}:25, March 0{k}, 2024\n\n"
        for k, (title, lede, name) in enumerate(
            [
                (
                    "Small repair shops keep waste down",
                    "A city that makes repair easy wastes less.",
                    "Tian Yu",
                ),
                (
                    "Two sessions offer a window on democracy",
                    "Proposals began months ago in villages.",
                    "Lu Xi",
                ),
                (
                    "Young volunteers bring energy to libraries",
                    "Students run reading rooms in villages.",
                    "Xu M",
                ),
            ],
            1,
        )
    )
    text = (
        "Home | China | World | Opinions\n\nOpinions\nCommentary | Op-Ed | Columnists | Editorial\n\n"
        + teasers
        + "Most Read\n1. Spring plowing begins on vast farmland\n2. Trains add extra services after holiday\n"
    )
    article = newscorpus.parse(text)
    assert [w.code for w in article.warnings] == ["listing-page"]
    assert kind_of(article, text, "Opinions\nCommentary") is K.NAVIGATION
    assert kind_of(article, text, "Small repair shops keep waste down") is K.RELATED
    assert kind_of(article, text, "1. Spring plowing") is K.NAVIGATION
    assert kind_of(article, text, "2. Trains add extra") is K.NAVIGATION


def test_contributor_note_after_the_text_adds_authors() -> None:
    note = (
        "Associated Press writers Lena Ortiz in Chicago and Sam Whitaker in Detroit "
        "contributed to this report."
    )
    text = (
        "EPA gives cities an extra year to map lead water pipes\n\nBy MARY CLARKSON\n\nMarch 3, 2024\n\n"
        + BODY
        + "\n"
        + note
        + "\n"
    )
    article = newscorpus.parse(text)
    assert article.authors == ("MARY CLARKSON", "Lena Ortiz", "Sam Whitaker")
    assert article.byline == "By MARY CLARKSON"
    assert kind_of(article, text, "Associated Press writers") is K.BYLINE
    assert article.paragraphs[-1].startswith("The plant was due")


def test_contributed_in_a_sentence_of_the_text_is_text() -> None:
    text = (
        "Costs rise at the plant\n\nBy Jane Doe\n\nMarch 3, 2024\n\n"
        + BODY
        + "\nHeavy rain and rising costs contributed to the delay, officials said.\n"
    )
    article = newscorpus.parse(text)
    assert article.authors == ("Jane Doe",)
    assert match_contributor_line("Rising costs contributed to the delay.") is None
    assert match_contributor_line("Reuters staff writer Ann Lee contributed reporting.") is not None
    assert article.paragraphs[-1].startswith("Heavy rain")


def test_row_of_social_networks_is_share_but_the_dated_top_bar_is_navigation() -> None:
    top = "Apple News Facebook Twitter Instagram YouTube Wednesday, Mar 15, 2023"
    text = (
        top
        + "\n\nCosts rise at the plant\n\nBy Jane Doe\n\n"
        + BODY
        + "\nFacebook Twitter LinkedIn Weibo WeChat\n"
    )
    article = newscorpus.parse(text)
    assert kind_of(article, text, "Facebook Twitter LinkedIn") is K.SHARE
    assert kind_of(article, text, "Apple News") is K.NAVIGATION
