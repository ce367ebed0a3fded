"""Line rules for furniture first met in the blind4 fixture set: each with its positive lines and a near miss
(the lines are our own, written in the shape outlets print)."""

from __future__ import annotations

import pytest

import newscorpus
from newscorpus.kinds.furniture import caption_reason, navigation_reason
from newscorpus.kinds.phrases import is_list_heading, long_line_may_match, phrase_kind
from newscorpus.model import SegmentKind as K


@pytest.mark.parametrize(
    ("line", "kind", "reason"),
    [
        # exact phrases: a short-link tool, a subscription button, language links, list headings
        ("Short URL", K.SHARE, "phrase-share"),
        ("Short link:", K.SHARE, "phrase-share"),
        ("Subscribe", K.PROMO, "phrase-promo"),
        ("Korean version", K.NAVIGATION, "phrase-navigation"),
        ("English edition", K.NAVIGATION, "phrase-navigation"),
        ("Nation", K.NAVIGATION, "phrase-navigation"),
        ("Report it to us.", K.OTHER, "phrase-other"),
        ("TOP NEWS STORIES", K.NAVIGATION, "phrase-navigation"),
        ("Xem nhiều nhất", K.NAVIGATION, "phrase-navigation"),
        ("Read also", K.RELATED, "phrase-related"),
        ("Read more on this subject", K.RELATED, "phrase-related"),
        # a site-wide list's heading naming a section
        ("Trending in Sport", K.NAVIGATION, "phrase-navigation"),
        ("Most Popular on The Harbour Courier", K.NAVIGATION, "phrase-navigation"),
        # rows of page tools and share buttons
        ("Follow on X   Email", K.SHARE, "tool-row"),
        ("【Suggest to a friend】 【Print】 【Close】", K.SHARE, "tool-row"),
        ("Chia sẻ  Facebook  Zalo  In bài", K.SHARE, "tool-row"),
        ("Chia sẻ: Zalo  Facebook  Sao chép link", K.SHARE, "share-phrase"),
        ("https://harbour.news/k3x9p", K.SHARE, "permalink"),
        # a text-size control
        ("【Large】【Medium】【Small】", K.OTHER, "text-size"),
        ("Small  Medium  Large", K.OTHER, "text-size"),
        # tags with a two-word label
        ("Tags / Keywords:", K.NAVIGATION, "tags-line"),
        ("Keywords: harbour, ferries, port", K.NAVIGATION, "tags-line"),
        # notes about the copy: a reading time, an error-report prompt, an edited transcript
        ("4 min", K.OTHER, "other-phrase"),
        ("12 mins", K.OTHER, "other-phrase"),
        ("Spotted an error in this story?", K.OTHER, "other-phrase"),
        ("This conversation has been lightly edited for clarity and length.", K.OTHER, "other-phrase"),
        # a funder's note under the story
        ("Public interest journalism funded through the Harbour Media Fund", K.OTHER, "funding-note"),
        ("This story was co-funded by the Coastal Reporting Trust.", K.OTHER, "funding-note"),
        # newsletter sign-ups and a wire's note to subscribers
        (
            "Courier Morning Mail Magazine: Sign up to receive our best stories of the day for free.",
            K.PROMO,
            "promo-newsletter",
        ),
        (
            "Harbour News Agency website carries only a part of the news stories offered to subscribers "
            "through its wire service, and in shortened form. Please contact us for subscription options.",
            K.PROMO,
            "promo-subscribers",
        ),
        # a market-data ticker in the site header
        ("USD 1.08  EUR 0.93  JPY 151.20  NIKKEI 225 38,120.55", K.OTHER, "market-ticker"),
        # photo credits alone on their line
        ("The COURIER / Jane Roe", K.CAPTION, "photo-credit"),
        ("AFP / Ana Lima", K.CAPTION, "photo-credit"),
        # imprints
        ("Harbour Courier Newspaper - Dunmore Port Workers' Union", K.CREDIT, "imprint-line"),
        ("Cơ quan ngôn luận của Đảng bộ tỉnh Mộc Châu", K.CREDIT, "imprint-line"),
        ("港湾日报版权声明：本网所有内容未经授权不得转载。", K.CREDIT, "credit-phrase"),
        ("版权保护：本网登载的内容版权属本网所有，未经协议授权，禁止转载使用。", K.CREDIT, "credit-phrase"),
    ],
)
def test_blind4_furniture_phrases(line: str, kind: K, reason: str) -> None:
    assert phrase_kind(line) == (kind, reason)


@pytest.mark.parametrize(
    "line",
    [
        "The nation mourns",
        "Trending topics",
        "Follow the river north for two days",
        "Print on demand",
        "Large crowds gathered in the small square",
        "4 minutes later the ferry left",
        "Found a wallet on the quay? Take it to the harbour office, the police said.",
        "Local journalism unit, funded by the council, closes after ten years",
        "The project is funded by the World Bank.",
        "Our journalism is funded by readers like you.",
        "Readers can register for our annual harbour run on the website.",
        "Residents can sign up to receive flood warnings by text message.",
        "NEWS / Middle East",
        "https://harbour.gov/about",
        "Cơ quan của Liên hợp quốc cho biết sẽ hỗ trợ người dân vùng lũ.",
    ],
)
def test_blind4_phrases_leave_text_alone(line: str) -> None:
    assert phrase_kind(line) is None


def test_long_lines_a_rule_may_still_label() -> None:
    # (the pipeline looks up a long line that opens like no prefix rule only when this holds)
    assert long_line_may_match("Harbour News Agency website holds only a part of what it offers subscribers")
    assert long_line_may_match("港湾日报版权说明：凡注明来源为港湾日报的内容，未经允许禁止转载。")
    assert not long_line_may_match("The harbour board approved plans on Tuesday for a new ferry terminal.")


def test_site_lists_naming_a_section_head_their_items() -> None:
    assert is_list_heading("Trending in News")
    assert is_list_heading("Top News Stories")
    assert is_list_heading("Đọc nhiều")
    assert is_list_heading("Read also")
    assert not is_list_heading("Trending topics")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Page 2 of 14  1  2  3  ...  14  Next »", "pagination"),
        ("Page 2 of 14", "pagination"),
        (
            "About | Contact | Accessibility | Terms of Use | Privacy Policy | Cookie Settings "
            "| Do Not Sell or Share My Personal Information",
            "breadcrumb",
        ),
    ],
)
def test_blind4_navigation_shapes(line: str, reason: str) -> None:
    assert navigation_reason(line, len(line.split())) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Page 2 of the report says the port will close",
        # (a long item that is a sentence, not a link in title case)
        "About | Contact | Accessibility | Terms of Use | Privacy Policy | Cookies | we will never sell or "
        "share your personal data",
    ],
)
def test_blind4_navigation_near_misses(line: str) -> None:
    assert navigation_reason(line, len(line.split())) is None


@pytest.mark.parametrize(
    "line",
    [
        "Volunteers repaint the lighthouse before the summer season. (Supplied)",
        "Dockers unload timber at the new quay, March 4, 2025. (HN Photo)",
        "Fishermen mend their nets in Dunmore on Feb. 3, 2025. ( Jane Roe - Harbour News Agency )",
        "Ferries wait at the east quay after the storm passed earlier this week. — JANE ROE/The Courier",
        "新建的客运码头候船大厅。（图片由港务局提供）",
        "码头工人正在装卸货物。（图片来源：港湾日报）",
    ],
)
def test_blind4_caption_credits(line: str) -> None:
    assert caption_reason(line, len(line.split())) == "caption-credit"


@pytest.mark.parametrize(
    "line",
    [
        "In photos: Dunmore's harbour festival lights up the old quay",
        "The council will vote on the plan next month (Reuters - reporting)",
        "He said the harbour was busier than ever. (File)",
        "新建的客运码头将于明年投入使用。（记者 王明）",
    ],
)
def test_blind4_caption_near_misses(line: str) -> None:
    assert caption_reason(line, len(line.split())) is None


def test_an_error_prompt_and_a_funding_note_end_the_body() -> None:
    page = (
        "Harbour board approves new ferry terminal\n\n"
        "By Jane Roe\n\n"
        "The harbour board approved plans on Tuesday for a new ferry terminal on the east quay, ending a "
        "debate that has run for almost a decade.\n\n"
        "The terminal will cost about 40 million euros and is due to open in 2027, the board said in a "
        "statement after its monthly meeting.\n\n"
        "Harbour reporting is co-funded by the Coastal Media Trust.\n\n"
        "Found a mistake in this article?\n"
        "Report it to us.\n"
    )
    art = newscorpus.parse(page)
    kinds = [(s.kind, s.text[:20]) for s in art.segments]
    assert kinds[-3:] == [
        (K.OTHER, "Harbour reporting is"),
        (K.OTHER, "Found a mistake in t"),
        (K.OTHER, "Report it to us."),
    ]
    assert art.body[-1].text.startswith("The terminal will cost")
