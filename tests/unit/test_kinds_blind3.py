"""Line rules for furniture first met in the blind3 fixture set: each with its positive lines and a near miss
(the lines are our own, written in the shape outlets print)."""

from __future__ import annotations

import pytest

import newscorpus
from newscorpus.kinds.furniture import caption_reason, junk_reason, navigation_reason
from newscorpus.kinds.phrases import is_list_heading, phrase_kind
from newscorpus.model import SegmentKind as K


@pytest.mark.parametrize(
    ("line", "kind", "reason"),
    [
        # exact phrases: page tools, badges, list headings, a feedback form
        ("Font size", K.OTHER, "phrase-other"),
        ("【字号：小 中 大】", K.OTHER, "phrase-other"),
        ("【字体：大 中 小】", K.OTHER, "phrase-other"),
        ("Read Later", K.SHARE, "phrase-share"),
        ("Premium", K.NAVIGATION, "phrase-navigation"),
        ("Related Posts", K.RELATED, "phrase-related"),
        ("RELATED ARTICLE", K.RELATED, "phrase-related"),
        ("In this section", K.RELATED, "phrase-related"),
        ("Tin liên quan", K.RELATED, "phrase-related"),
        ("Top News Today", K.NAVIGATION, "phrase-navigation"),
        ("24小时排行", K.NAVIGATION, "phrase-navigation"),
        ("Feedback", K.COMMENTS, "comments-form"),
        ("Full name", K.COMMENTS, "comments-form"),
        # a section's list
        ("More in Foreign Affairs", K.RELATED, "related-label"),
        ("Other Sports Stories", K.RELATED, "related-label"),
        # a wire's version note
        ("(ATTN: UPDATES with police statement in paras 3-5)", K.OTHER, "other-phrase"),
        # a row of page tools in Chinese (print, close, bookmark)
        ("【打印】 【收藏】 【关闭】", K.SHARE, "tool-row"),
        # promo
        ("Sign up for breaking news alerts on your phone", K.PROMO, "promo-phrase"),
        ("Join The Harbour Courier on Telegram for the day's main stories", K.PROMO, "promo-phrase"),
        ("Follow The Harbour Courier on Google News", K.PROMO, "promo-phrase"),
        (
            "Subscribe to COURIER GOLD to get unlimited access to every edition and the archive.",
            K.PROMO,
            "promo-phrase",
        ),
        (
            "COURIERNEWS provides fast and reliable news and information carried on COURIERNEWS Wires; "
            "www.couriernews.example; COURIERNEWS TV on channel 404 and COURIERNEWS Radio on FM88.8 in the "
            "capital and FM90.1 in the north.",
            K.PROMO,
            "promo-self-description",
        ),
        # the comment section's rules and disclaimer, long sentences included
        (
            "Comments are moderated before they appear. Please stay on topic and be civil to other readers "
            "or your comment will be removed.",
            K.COMMENTS,
            "comments-notice",
        ),
        (
            "Disclaimer: Comments do not represent the views of The Harbour Courier. We may remove any "
            "comment that breaks our rules.",
            K.COMMENTS,
            "comments-notice",
        ),
        ("Comments must be in English and on the subject of the story.", K.COMMENTS, "comments-notice"),
        # imprint lines
        ("(责编：林晓、周立)", K.CREDIT, "credit-phrase"),
        ("地址：上海市黄浦区示例路18号 邮编：200001", K.CREDIT, "imprint-line"),
        ("沪ICP备12345678号 沪公网安备31010102000001号", K.CREDIT, "imprint-line"),
        ("Giấy phép xuất bản báo điện tử số 123/GP-BTTTT", K.CREDIT, "imprint-line"),
        ("THE HARBOUR COURIER - Official organ of the Port Workers' Union", K.CREDIT, "imprint-line"),
        ("Mekong Online - Agency of the Ministry of Transport", K.CREDIT, "imprint-line"),
        ("CourierPlus - Harbour News Agency", K.CREDIT, "imprint-line"),
        ("Courier Media, 14 Sejong-daero 3-gil, Jung-gu, Seoul, Republic of Korea", K.CREDIT, "imprint-line"),
        ("Courier House, 12 Quay Street, Dunmore, County Clare, Ireland", K.CREDIT, "imprint-line"),
        # photo credits of their own
        ("==Jiji", K.CAPTION, "photo-credit"),
        ("Copyright  Reuters Photo/Ana Lima", K.CAPTION, "photo-credit"),
        ("© 2024 AFP/Ana Lima", K.CAPTION, "photo-credit"),
    ],
)
def test_blind3_furniture_phrases(line: str, kind: K, reason: str) -> None:
    assert phrase_kind(line) == (kind, reason)


@pytest.mark.parametrize(
    "line",
    [
        "In this section of the river the water runs fast.",
        "Other officials said the talks would continue.",
        "More in common than they think",
        "Join the crowds on the seafront this weekend",
        "Follow the river north for two days",
        "Comments made by the minister on Tuesday drew criticism from unions.",
        "Comments are being reviewed by the planning office until the end of May",
        "Comments must be in writing and reach the council by Friday",
        "Comments do not reflect a change in policy, the spokesman said",
        "Register for flood alerts on the city's website",
        "Subscribe to the idea that small is beautiful, and you will like this town.",
        "Attn: all staff",
        "Madrid - Spain's capital of culture",
        "Police said the van was stopped in Mong Kok, 3 streets away, and in Yau Ma Tei, later.",
        "Tin nhắn của bạn",
        "Premium beef prices rise",
    ],
)
def test_blind3_phrases_leave_text_alone(line: str) -> None:
    assert phrase_kind(line) is None


def test_a_site_copyright_with_a_slash_stays_a_credit() -> None:
    # (no "Photo" and no agency in capitals before the "/": the site's own copyright line)
    assert phrase_kind("Copyright © 2024 The Harbour Courier/Courier Group") == (K.CREDIT, "credit-phrase")
    assert phrase_kind("© Courier Media. All rights reserved.") == (K.CREDIT, "credit-phrase")


def test_section_lists_head_their_items() -> None:
    assert is_list_heading("More in Social Affairs")
    assert is_list_heading("More from Region")
    assert is_list_heading("Other Business News")
    assert is_list_heading("In this section")
    assert is_list_heading("Related Article")
    assert is_list_heading("Top News Today")
    # (no section named, but "Other News" is itself a related list's heading: blind5 KPL)
    assert is_list_heading("Other news")
    assert not is_list_heading("More in this section")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("#harbour works #Dunmore port #county council", "tag-row"),
        ("#Việt Nam - Nhật Bản  #giao thông  #hạ tầng", "tag-row"),
        (
            "Facebook : @harbourcourier, Twitter : @harbour_courier, @CourierTV, "
            "Instagram : @harbourcourier, TikTok : @harbourcourier",
            "social-row",
        ),
        (
            "Thời sự | Kinh tế | Văn hóa - Xã hội | Người Việt Nam ở nước ngoài | Thể thao | Media",
            "breadcrumb",
        ),
    ],
)
def test_blind3_navigation_shapes(line: str, reason: str) -> None:
    assert navigation_reason(line, len(line.split())) == reason


@pytest.mark.parametrize(
    "line",
    [
        "#1 in the charts",
        "Email me at @harbour or call Facebook, Twitter and Instagram staff today to ask what they think",
        "News | Sport | The day the harbour froze over in the winter of that year | Weather | Video | Travel",
    ],
)
def test_blind3_navigation_near_misses(line: str) -> None:
    assert navigation_reason(line, len(line.split())) is None


@pytest.mark.parametrize(
    "line",
    [
        "Dockers unload timber at the new quay on Monday. [KIM HYE-JIN]",
        "A model of the planned ferry terminal in Dunmore. [DUNMORE COUNTY COUNCIL]",
        "The mayor speaks to reporters at the port on March 4, 2024, in this photo provided by the council. "
        "(PHOTO NOT FOR SALE) (Yonhap)",
        "Fishermen mend their nets at the harbour on Sunday. | Photo Credit: K. Ramesh",
        "Workers load rice onto a barge at the river port today. --fotoCOURIER (2024) COPYRIGHT RESERVED",
    ],
)
def test_blind3_caption_credits(line: str) -> None:
    assert caption_reason(line, len(line.split())) in ("caption-credit", "caption-agency")


@pytest.mark.parametrize(
    "line",
    [
        "The council will decide on the plan next month. [END]",
        "The council will decide on the plan next month. [UPDATED]",
        "Ships were delayed by fog [Updated]",
        "Traders said prices would rise in the coming weeks (REUTERS STAFF) (Reuters)",
        "He showed reporters his fotoalbum of the old port today",
    ],
)
def test_blind3_caption_near_misses(line: str) -> None:
    assert caption_reason(line, len(line.split())) is None


def test_a_player_counter_is_junk() -> None:
    assert junk_reason("00:00 / 01:48", 3) == "counter"
    assert junk_reason("01:05:12 / 02:10:00", 3) == "counter"
    assert junk_reason("1 / 2 / 3 / 4 / 5 / 6", 11) is None


def test_related_article_box_inside_the_body() -> None:
    page = (
        "Harbour board approves new ferry terminal\n\n"
        "By Jane Roe\n\n"
        "The harbour board approved plans on Tuesday for a new ferry terminal on the east quay, ending a "
        "debate that has run for almost a decade.\n\n"
        "Related Article\n"
        "Old warehouses on the quay become studios and cafes\n\n"
        "The terminal will cost about 40 million euros and is due to open in 2027, the board said in a "
        "statement after its monthly meeting.\n\n"
        "Board members said the design would keep the old stone sea wall, one of the last parts of the "
        "nineteenth-century harbour still standing.\n"
    )
    art = newscorpus.parse(page)
    kinds = {s.text: s.kind for s in art.segments}
    assert kinds["Related Article"] is K.RELATED
    assert kinds["Old warehouses on the quay become studios and cafes"] is K.RELATED
    assert art.body[-1].text.startswith("Board members said")


def test_comment_notice_and_a_section_list_after_the_text() -> None:
    page = (
        "Harbour board approves new ferry terminal\n\n"
        "By Jane Roe\n\n"
        "The harbour board approved plans on Tuesday for a new ferry terminal on the east quay, ending a "
        "debate that has run for almost a decade.\n\n"
        "The terminal will cost about 40 million euros and is due to open in 2027, the board said in a "
        "statement after its monthly meeting.\n\n"
        "Comments will be moderated. Keep comments relevant to the article. Remarks containing abuse will "
        "be removed and the user banned.\n\n"
        "Other Dunmore News\n"
        "County council backs new cycle lane on coast road\n"
        "Lifeboat crew rescue two kayakers off headland\n"
    )
    art = newscorpus.parse(page)
    kinds = [(s.kind, s.text[:20]) for s in art.segments]
    assert kinds[-4:] == [
        (K.COMMENTS, "Comments will be mod"),
        (K.RELATED, "Other Dunmore News"),
        (K.RELATED, "County council backs"),
        (K.RELATED, "Lifeboat crew rescue"),
    ]
    assert art.body[-1].text.startswith("The terminal will cost")
