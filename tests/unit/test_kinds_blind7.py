"""blind7 furniture rules: phrases in Italian, Spanish, Chinese and English, word pagers, captions closing on
a credit in words, a photographer's name or a bare organisation, Chinese notices (synthetic lines)."""

from __future__ import annotations

import pytest

import newscorpus
from newscorpus.kinds.furniture import caption_reason, honorific_start, junk_reason, navigation_reason
from newscorpus.kinds.phrases import is_list_heading, phrase_kind
from newscorpus.model import SegmentKind as K


@pytest.mark.parametrize(
    ("line", "kind", "reason"),
    [
        # English
        ("Go Ad-Free", K.PROMO, "phrase-promo"),
        ("Tap here", K.PROMO, "phrase-promo"),
        ("Image:", K.CAPTION, "phrase-caption"),
        ("Added to bookmarks", K.JUNK, "phrase-junk"),
        ("Bookmark popover", K.JUNK, "phrase-junk"),
        ("Select a date:", K.NAVIGATION, "phrase-navigation"),
        ("LOCAL", K.NAVIGATION, "phrase-navigation"),
        ("More about", K.NAVIGATION, "phrase-navigation"),
        ("Related Tags", K.NAVIGATION, "phrase-navigation"),
        ("You might also enjoy these articles:", K.RELATED, "phrase-related"),
        ("Read more from Example Radio:", K.RELATED, "related-label"),
        ("Enditem/JK", K.OTHER, "phrase-other"),
        ("Harbour Press Co Ltd", K.CREDIT, "imprint-line"),
        (
            "The Harbour Building, Level 9, Riverside Boulevard, Old Quay Village, North Ward, "
            "East District, Port City, Example Province",
            K.CREDIT,
            "imprint-line",
        ),
        ("Get The Example Post's newsletter in your inbox", K.PROMO, "promo-phrase"),
        (
            "Stay up to date with all the news from the coast by following Example Radio",
            K.PROMO,
            "promo-phrase",
        ),
        ("Join our commenting forum", K.COMMENTS, "comments-phrase"),
        (
            "Join lively conversations, follow other readers and see their replies",
            K.COMMENTS,
            "comments-phrase",
        ),
        ("View all 14 comments", K.COMMENTS, "comments-phrase"),
        # Italian, Spanish
        ("Potrebbe interessarti anche", K.RELATED, "phrase-related"),
        ("Ultima ora", K.NAVIGATION, "phrase-navigation"),
        ("Condividi", K.SHARE, "phrase-share"),
        ("Enviar por correo", K.SHARE, "phrase-share"),
        ("Ver 5 comentarios", K.COMMENTS, "comments-phrase"),
        ("The Trust Project", K.PROMO, "phrase-promo"),
        # Chinese
        ("收藏", K.SHARE, "phrase-share"),
        ("举报", K.OTHER, "phrase-other"),
        ("字号", K.OTHER, "phrase-other"),
        ("查看更多", K.NAVIGATION, "phrase-navigation"),
        ("热新闻", K.NAVIGATION, "phrase-navigation"),
        ("体育新闻精选：", K.NAVIGATION, "phrase-navigation"),
        ("日期：2024年03月02日 选择日期", K.NAVIGATION, "date-picker"),
        ("最新评论（7）", K.COMMENTS, "comments-phrase"),
        ("发表你的评论", K.COMMENTS, "comments-phrase"),
        ("大 中 小 打印 关闭", K.OTHER, "text-size"),
        ("示例晚报，未经授权不得转载", K.CREDIT, "credit-phrase"),
        ("未经许可禁止转载、摘编，违者必究。", K.CREDIT, "credit-phrase"),
        ("本网站所载文章仅代表作者本人，不代表本网观点。", K.CREDIT, "credit-phrase"),
        ("示例新闻报料：010-1234567", K.PROMO, "promo-phrase"),
        ("[国际] 港口城市开通第二条渡轮航线　3-02 09:41", K.RELATED, "index-item"),
        # Vietnamese
        ("Báo Ví Dụ - Diễn đàn của Hội Nhà báo Ví Dụ", K.CREDIT, "imprint-line"),
    ],
)
def test_phrase_kinds(line: str, kind: K, reason: str) -> None:
    assert phrase_kind(" ".join(line.split())) == (kind, reason)


@pytest.mark.parametrize(
    "line",
    [
        # words that only open like a phrase
        "Team leaders met on Tuesday",
        "Government sources said the plan would be published next week",
        "Local elections will be held in May, the commission said.",
        # a sentence about joining talks, a company named in the text
        "He said Harbour Press Co Ltd had been sold to a rival last year.",
        "Join the conversation on the future of the harbour, he told the meeting.",
        # a body sentence about copying or views is no notice
        "他说，该网站未经授权禁止转载的规定并不明确，需要进一步说明其适用范围和处罚标准。",
        "[国际] 港口城市开通第二条渡轮航线",
        # places listed in a sentence are no address
        "The ferries call at Old Quay, North Ward, East District, Riverside, Port City and the Harbour "
        "Building on Level Street every hour.",
    ],
)
def test_not_furniture(line: str) -> None:
    assert phrase_kind(line) is None


def test_list_headings() -> None:
    assert is_list_heading("You may like these stories too:")
    assert is_list_heading("Read more")
    assert is_list_heading("Read more from Example Radio:")
    assert is_list_heading("Related Tags")
    assert is_list_heading("体育新闻精选：")
    assert not is_list_heading("You may like it or not")


@pytest.mark.parametrize(
    "line",
    [
        "Fishermen unload the catch at the harbour on Monday. Pic: AP",
        "The ferry leaves the quay at dawn. File pic: Reuters",
        "The mayor speaks to reporters at the town hall March 3, 2025. — Picture by Jane Roe",
        "Commuters queue for the ferry during a strike March 2, 2025. — Example pic",
        "The harbour master speaks at a briefing in Keelung Monday. XNA photo March 3, 2025",
        "Boats moored in the old harbour. XNA file photo for illustrative purposes only",
        "Stalls line the road to the old fort on March 1. Supplied",
        "Workers repair the old quay north of the fort on March 2. Dara Sok",
        "Un ferry en el puerto de Vigo, este lunes. MARÍA PÉREZ LÓPEZ",
        "Ferries wait at the quay in Dover on Monday morning (PA)",
        "Crews pump water from a flooded street in Hull (Humberside Fire and Rescue Service)",
        "Il traghetto lascia il porto di Genova - RIPRODUZIONE RISERVATA",
        "[Illustration by Jane Roe/Example Daily]",
        "cartoon",
        "Hành khách chờ lên phà buổi sáng ẢNH: NGUYỄN AN",
        "3月2日，渡轮驶离码头。示例新闻记者 王明 图",
    ],
)
def test_captions(line: str) -> None:
    assert caption_reason(line, len(line.split())) is not None


@pytest.mark.parametrize(
    "line",
    [
        # a sentence, then a title's words: no photographer
        "The talks ended without a deal. Read More",
        "Xi Jinping meets U.S. President Donald Trump",
        "The ferry will run every hour, the port authority said on Monday (AP).",
        "Cartoon",
    ],
)
def test_not_captions(line: str) -> None:
    assert caption_reason(line, len(line.split())) is None


def test_word_pagers() -> None:
    assert navigation_reason("< Previous Day  Next Day >", 6) == "pagination"
    assert navigation_reason("上一页 1 2 3 … 9 下一页", 7) == "pagination"
    assert navigation_reason("« Older posts  Newer posts »", 6) == "pagination"
    assert navigation_reason("Next day the ferries ran again", 6) is None


def test_like_counter_is_junk() -> None:
    assert junk_reason("+1", 1) == "counter"
    assert junk_reason("+12", 1) == "counter"


def test_vietnamese_titles_are_honorifics() -> None:
    assert honorific_start("Đại sứ Nguyễn Văn An")
    assert honorific_start("Thứ trưởng Lê Văn Bình")
    assert not honorific_start("Đại sứ quán Việt Nam tại Nhật Bản")


def test_read_more_box_in_the_text() -> None:
    text = (
        "Harbour town opens its second ferry terminal\n\n"
        "The new terminal, which cost 40 million dollars, will double the number of daily crossings to the "
        "islands, the port authority said on Monday.\n\n"
        "Passenger numbers have doubled in five years, and queues at the old terminal often stretch for "
        "hours in the summer months, officials said.\n\n"
        "READ MORE\n"
        "Ferry fares to rise by a tenth from June\n\n"
        "Ferry operators said they would add three boats on the busiest route before the summer season.\n\n"
        "The port authority said work on a third terminal could begin within five years if demand grew.\n"
    )
    art = newscorpus.parse(text)
    by_text = {s.text: s for s in art.segments}
    assert by_text["READ MORE"].kind is K.RELATED
    assert by_text["Ferry fares to rise by a tenth from June"].kind is K.RELATED
    assert by_text["Ferry fares to rise by a tenth from June"].reason == "list-in-text"


def test_related_tags_heading_after_the_text() -> None:
    text = (
        "Harbour town opens its second ferry terminal\n\n"
        "The new terminal, which cost 40 million dollars, will double the number of daily crossings to the "
        "islands, the port authority said on Monday.\n\n"
        "Ferry operators said they would add three boats on the busiest route before the summer season.\n\n"
        "Related Tags\n"
        "Harbour  Ferries  Tourism\n"
    )
    art = newscorpus.parse(text)
    by_text = {s.text: s for s in art.segments}
    assert by_text["Related Tags"].kind is K.NAVIGATION
    assert by_text["Harbour  Ferries  Tourism"].kind is K.NAVIGATION
    assert not art.authors
