"""Per-kind classifier tests on furniture lines of our own (not taken from the seeds)."""

from __future__ import annotations

import pytest

from newscorpus.kinds.furniture import caption_reason, ends_with_date, junk_reason, navigation_reason
from newscorpus.kinds.phrases import is_list_heading, key_of, phrase_kind
from newscorpus.kinds.pullquotes import highlights, same_title, shingles
from newscorpus.model import SegmentKind as K

PHRASES = [
    ("Most Popular", K.NAVIGATION),
    ("  Editors' Picks  ", K.NAVIGATION),
    ("Back to top", K.NAVIGATION),
    ("Share this article", K.SHARE),
    ("Share on Facebook", K.SHARE),
    ("Follow us on Twitter", K.SHARE),
    ("Suggest to a Friend", K.SHARE),
    ("Print", K.SHARE),
    ("Leave a comment", K.COMMENTS),
    ("Reader comments (3)", K.COMMENTS),
    ("Log in to comment", K.COMMENTS),
    ("blog comments powered by Disqus", K.COMMENTS),
    ("Advertisement", K.OTHER),
    ("4 min read", K.OTHER),
    ("Reading time: 5 minutes", K.OTHER),
    ("(Corrects headline to fix spelling of minister's name)", K.OTHER),
    ("Copyright © 2024 Example Media Ltd.", K.CREDIT),
    ("All rights reserved.", K.CREDIT),
    ("(Web editor: Wu Chengliang, Bianji)", K.CREDIT),
    ("Editor: Li Yan", K.CREDIT),
    ("READ MORE: Ports reopen after the storm", K.RELATED),
    ("Also read: Rice exports rise in May", K.RELATED),
    ("Related Articles", K.RELATED),
    ("(For more news, please follow China Daily on WeChat)", K.PROMO),
    ("Subscribe to our newsletter for the latest updates", K.PROMO),
    ("Download the app", K.OTHER),
]


@pytest.mark.parametrize(("line", "kind"), PHRASES)
def test_fixed_phrases(line: str, kind: K) -> None:
    found = phrase_kind(line)
    assert found is not None
    assert found[0] is kind


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the country would share its experience with neighbours.",
        "Comments from officials suggest a deal is near, analysts said.",
        "Print media revenues fell for the fifth year in a row.",
        "Most readers will remember the 2008 crisis.",
        "By the end of the year the project will be complete.",
        "For more than 30 years, fishermen in the delta have followed the tides.",
        "Copyright infringement cases rose 20 percent last year, the court said.",
        "Advertisement spending in China rose 8 percent in the first quarter.",
        "Support for the measure – first proposed in March – has grown since.",
        "Editing by machine is increasingly common in newsrooms.",
        "Sign up for the new health insurance scheme has been slow, officials said.",
    ],
)
def test_prose_is_not_a_phrase(line: str) -> None:
    assert phrase_kind(line) is None


def test_key_of_folds_case_punctuation_and_numbering() -> None:
    assert key_of("  MOST READ: ") == "most read"
    assert key_of("3. Name") == "name"
    assert is_list_heading("Most Viewed") and not is_list_heading("English>>")


CAPTIONS = [
    "Farmers harvest rice in a field in Can Tho on Oct 3, 2023. [Photo/Xinhua]",
    "Delegates pose for a group photo at the summit. (Photo: VNA)",
    "The new bridge opens to traffic on Monday. (Xinhua/Li Ming)",
    "Visitors tour the exhibition in Shanghai, March 2, 2022. (WANG GANG / CHINA DAILY)",
    "Passengers board a train at the station. Photo: Reuters",
    "A woman walks past the closed shop. Photograph: Anna Lee/AFP/Getty Images",
    "Credit: Reuters/Tyrone Siu",
    "Photo by Zhang Wei",
    "Photo taken on May 3, 2021 shows the harbour at dusk.",
    "In this file photo, a worker checks solar panels.",
    "Fireworks light up the sky over the river on New Year's Eve. /CFP",
    "![hero image](https://example.com/a.jpg)",
    "| ![]() |",
]


@pytest.mark.parametrize("line", CAPTIONS)
def test_captions(line: str) -> None:
    assert caption_reason(line, len(line.split())) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The two sides agreed to expand trade and investment (including in 5G).",
        "Growth was 4.8 percent in the third quarter, up from 4.7 percent.",
        "He said the plan would cost 2/3 of the budget.",
        "Officials met in Hanoi to discuss the East Sea and/or maritime issues",
    ],
)
def test_body_sentences_are_not_captions(line: str) -> None:
    assert caption_reason(line, len(line.split())) is None


def test_caption_ending_with_a_date() -> None:
    assert ends_with_date("The prime minister receives the delegation in Hanoi, September 19, 2017")
    assert not ends_with_date("The talks will continue next week.")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Home > News > Politics", "breadcrumb"),
        ("NEWS >> Asia", "breadcrumb"),
        ("Home | World | Business | Sport", "breadcrumb"),
        ("English 中文 Français Español", "language-switcher"),
        ("Facebook Twitter LinkedIn WhatsApp", "social-row"),
        ("« Previous 1 2 3 4 5 Next »", "pagination"),
        ("[1] [2] [3]", "pagination"),
    ],
)
def test_navigation_shapes(line: str, reason: str) -> None:
    assert navigation_reason(line, len(line.split())) == reason


@pytest.mark.parametrize(
    "line",
    [
        "China / US trade talks resume",  # a headline with a slash has more words per part
        "Prices rose 3.2 percent / year on year in May, the bureau said.",
        "Vietnam and Laos sign three agreements",
    ],
)
def test_not_navigation(line: str) -> None:
    assert navigation_reason(line, len(line.split())) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("| | |", "table-debris"),
        ("2048", "counter"),
        ("•••", "no-letters"),
        ("1024 luot xem 12", "garbled-counter"),
    ],
)
def test_junk(line: str, reason: str) -> None:
    assert junk_reason(line, len(line.split())) == reason


def test_junk_leaves_text_alone() -> None:
    assert junk_reason("G20 leaders meet in 2024", 5) is None


def test_highlight_is_the_shorter_or_unpunctuated_copy() -> None:
    body = [
        '"We will open our markets further and welcome investors," the minister told reporters on Friday.',
        "We will open our markets further and welcome investors",
        "Unrelated paragraph about the weather in the capital, which was mild.",
        "Exports rose by a fifth over the year, according to the customs office.",
        "Exports rose by a fifth over the year, according to the customs office",
    ]
    assert highlights(body) == {1, 4}


def test_highlights_only_answers_for_the_lines_asked_and_reads_line_breaks_as_spaces() -> None:
    body = [
        '"We will open our markets further and welcome investors," the minister told reporters on Friday.',
        "We will open our\nmarkets further and welcome investors",
        "Exports rose by a fifth over the year, according to the customs office.",
        "Exports rose by a fifth over the year, according to the customs office",
    ]
    assert highlights(body) == {1, 3}
    assert highlights(body, only=[1]) == {1}
    assert highlights(body, only=[0, 2]) == set()
    assert shingles("We will open our\nmarkets") == shingles("we WILL open, our markets!")


def test_identical_paragraphs_both_stay() -> None:
    line = "The agreement covers trade, investment and tourism over the next five years."
    assert highlights([line, line]) == set()


def test_highlights_stay_linear_on_repetitive_pages() -> None:
    lines = ["the same words again and again and again"] * 20000
    assert highlights(lines) == set()


def test_same_title_ignores_case_spacing_and_punctuation() -> None:
    assert same_title("Viet Nam, Laos sign deal", "Vietnam Laos Sign Deal")
    assert not same_title("Vietnam, Laos sign deal", "Vietnam, Cambodia sign deal")


# Rules added for the blind set's layouts: each with the kind and the rule's reason it gives.
NEW_PHRASES = [
    # tool rows and page tools
    ("Save", K.SHARE, "phrase-share"),
    ("Gift this article", K.SHARE, "phrase-share"),
    ("facebook twitter kakaostory link", K.SHARE, "tool-row"),
    ("Share: Facebook | X | Zalo", K.SHARE, "share-phrase"),
    ("Share | AA | + Text Size", K.SHARE, "share-phrase"),
    ("Follow The Courier: Facebook | X | Instagram", K.SHARE, "share-phrase"),
    ("分享到：", K.SHARE, "phrase-share"),
    ("分享让更多人看到", K.SHARE, "phrase-share"),
    ("A- A+", K.OTHER, "phrase-other"),
    ("A A A", K.OTHER, "phrase-other"),
    ("字体：小 中 大", K.OTHER, "phrase-other"),
    ("小字号", K.OTHER, "phrase-other"),
    ("Listen to article", K.OTHER, "phrase-other"),
    ("end of article", K.OTHER, "phrase-other"),
    ("Purchase Licensing Rights", K.OTHER, "phrase-other"),
    ("Advertisement · Scroll to continue", K.OTHER, "other-phrase"),
    ("【纠错】", K.OTHER, "phrase-other"),
    ("《 人民日报 》（ 2024年03月03日 07 版）", K.OTHER, "other-phrase"),
    # consent dialogs
    ("We value your privacy", K.OTHER, "phrase-other"),
    (
        "We and our 214 partners store and/or access information on a device, such as cookies.",
        K.OTHER,
        "other-phrase",
    ),
    ("We and our partners process data to provide:", K.OTHER, "other-phrase"),
    ("With your permission we and our partners may use precise geolocation data.", K.OTHER, "other-phrase"),
    (
        "Please note that some processing of your personal data may not require your consent.",
        K.OTHER,
        "other-phrase",
    ),
    ("Use precise geolocation data", K.OTHER, "phrase-other"),
    ("List of Partners (vendors)", K.OTHER, "phrase-other"),
    ("MORE OPTIONS", K.OTHER, "phrase-other"),
    ("MORE OPTIONS", K.OTHER, "phrase-other"),
    # list headings
    ("MORE ON THIS TOPIC", K.RELATED, "phrase-related"),
    ("Xem thêm", K.RELATED, "phrase-related"),
    ("相关新闻", K.RELATED, "phrase-related"),
    ("热点推荐", K.NAVIGATION, "phrase-navigation"),
    ("KEYWORDS", K.NAVIGATION, "phrase-navigation"),
    ("Most Read from Bloomberg", K.NAVIGATION, "phrase-navigation"),
    # self-promotion
    (
        "Join ST's Telegram channel and get the latest breaking news delivered to you.",
        K.PROMO,
        "promo-phrase",
    ),
    (
        "In a time of both misinformation and too much information, quality journalism is more crucial "
        "than ever.",
        K.PROMO,
        "promo-phrase",
    ),
    ("By subscribing, you can help us get the story right.", K.PROMO, "promo-phrase"),
    ("Download The Times of India News App for Latest City News.", K.PROMO, "promo-phrase"),
    ("Daily newsletter", K.PROMO, "phrase-promo"),
    ("Receive essential international news every morning", K.PROMO, "promo-phrase"),
    ("Have a view on this? Write to us at letters@example.com.", K.PROMO, "promo-phrase"),
    (
        "The Daily Briefing newsletter provides all the news you need to start your day. Sign up here.",
        K.PROMO,
        "promo-call",
    ),
    ("Before it's here, it's on the Terminal. LEARN MORE", K.PROMO, "promo-call"),
    # comments
    ("Start a Conversation", K.COMMENTS, "comments-prompt"),
    ("Chia sẻ ý kiến của bạn", K.COMMENTS, "comments-prompt"),
    ("Ý kiến (0)", K.COMMENTS, "comments-phrase"),
    # editor, copyright and imprint lines
    (
        "Edited by Sigrid Aalto. This interview has been condensed and edited for clarity.",
        K.CREDIT,
        "credit-phrase",
    ),
    ("【纠错】 【责任编辑:邝明月】", K.CREDIT, "credit-phrase"),
    (
        "Registration No.: Seoul A 00001 | Publisher & Editor-in-chief: Park Dong-hwan",
        K.CREDIT,
        "credit-phrase",
    ),
    ("Publisher & Editor-in-chief: Park Dong-hwan", K.CREDIT, "imprint-line"),
    (
        "The Korea Herald by Herald Corporation. Copyright Herald Corporation. All Rights Reserved.",
        K.CREDIT,
        "credit-phrase",
    ),
    ("VietnamPlus, online newspaper of the Vietnam News Agency (VNA)", K.CREDIT, "imprint-line"),
    ("Thuộc Bộ Khoa học và Công nghệ", K.CREDIT, "imprint-line"),
    (
        "Số giấy phép: 548/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 24/08/2021",
        K.CREDIT,
        "imprint-line",
    ),
    ("Tổng biên tập: Lê Quang Vũ", K.CREDIT, "imprint-line"),
    ("人民网版权所有，未经书面授权禁止使用", K.CREDIT, "credit-phrase"),
    ("新华网版权所有", K.CREDIT, "credit-phrase"),
    ("制作单位：新华网股份有限公司", K.CREDIT, "imprint-line"),
]


@pytest.mark.parametrize(("line", "kind", "reason"), NEW_PHRASES)
def test_new_phrases(line: str, kind: K, reason: str) -> None:
    assert phrase_kind(line) == (kind, reason)


@pytest.mark.parametrize(
    "line",
    [
        "Save the date: the festival returns on May 3, organisers said.",
        "Share prices rose 3 percent in early trading on Monday.",
        "Join the queue early if you want a seat, residents advise.",
        "By subscribing to the new plan, customers save 20 percent, the company said.",
        "In a time of crisis, quality journalism is more important than ever, the editor told the meeting.",
        "Download the new tax form from the ministry's website before May.",
        "We and our partners will rebuild the school before the rains, the minister said.",
        "We and our partners may announce more aid next week, he said.",
        "Have a look at the figures and you will see the trend, she said.",
        "Residents receive news of road closures every morning by text message.",
        "He urged residents to visit the library to learn more.",
        "Tuoi Tre, an online newspaper of the city's youth union, reported the fire.",
        "Thuộc Bộ Quốc phòng, đơn vị này có 300 cán bộ.",
        "Publishers said sales of printed books fell for a third year.",
        "Edited by a committee of ten, the report runs to 300 pages.",
        "Most readers will remember the floods of 2008.",
        "他表示，版权所有人的合法权益应当得到保护。",
        "Agreements were signed on trade and tourism.",
    ],
)
def test_prose_is_not_a_new_phrase(line: str) -> None:
    assert phrase_kind(line) is None


def test_new_list_headings() -> None:
    for heading in ("MORE ON THIS TOPIC", "Xem thêm", "相关新闻", "热点推荐", "Most Read from Bloomberg"):
        assert is_list_heading(heading), heading
    assert not is_list_heading("Most read from the start, the novel became a classic.")


NEW_CAPTIONS = [
    "Workers walk past a data centre in Wuhu, China, January 11, 2024. REUTERS/Peng Xiaolu/File Photo "
    "Purchase Licensing Rights, opens new tab",
    "A farmer walks along a flooded field near Saint-Omer on January 8, 2024 © Sylvain Roubaud / AFP/File",
    "Delegates arrive for the opening session of the summit in Paris © 2024 AFP",
    "A renovated former school building now houses offices for remote workers. | KYODO",
    "Nickel ore at a processing plant in Morowali, Central Sulawesi. Photographer: Rizal Pratama/Bloomberg",
    "A late-night bus waits for passengers near Gangnam Station in southern Seoul. (Yonhap)",
    "Image source, Getty Images",
    "Image caption, The roof of a library has been covered with tarpaulin since last autumn",
    "Video: A reporter rides the first passenger train on the new line on its opening day.",
    "Xe buýt điện chạy thử trên đường Võ Nguyên Giáp, quận Sơn Trà, sáng 3/3. Ảnh: Nguyễn Đông",
    "图为读者在县图书馆夜间自习区阅读。本报记者 陈思远摄",
    "3月1日，在上海崇明东滩附近水域拍摄的长江江豚。新华社记者 韩立松 摄",
    "游客在公园赏花（记者 王明 摄）",
]


@pytest.mark.parametrize("line", NEW_CAPTIONS)
def test_new_caption_credits(line: str) -> None:
    assert caption_reason(line, len(line.split())) in (
        "caption-credit",
        "caption-agency",
        "caption-phrase",
        "photo-credit",
    )


@pytest.mark.parametrize(
    "line",
    [
        '"We will add routes where people need them," the official said. (Yonhap)',
        "The city added nine routes, officials said. (Yonhap)",
        "Trade between the two countries rose 5 percent, according to US/China",
        "About us | Contact us | Careers © 2024 The Evening Ledger",
        "Ông nói hình ảnh: xe buýt mới chạy rất êm",
        "记者从现场获悉，有关部门正在组织拍摄。",
        "Imagery from the satellite shows the damage to the port.",
        "Videos of the flood were shared widely on social media, police said.",
    ],
)
def test_body_sentences_are_not_new_captions(line: str) -> None:
    assert caption_reason(line, len(line.split())) is None


def test_long_menus_are_navigation() -> None:
    menu = " | ".join(["News", "Business", "Opinion", "Life & Style", "Sport", "Travel"] * 3)  # 18 items
    assert navigation_reason(menu, len(menu.split())) == "breadcrumb"
    zh = " | ".join(
        ("人民网首页", "时政", "国际", "财经", "台湾", "军事", "观点", "领导", "人事", "理论", "法治", "社会")
    )
    zh += " | 产经 | 教育 | 科普 | 健康 | 文化 | 文旅"  # 18 items
    assert navigation_reason(zh, len(zh.split())) == "breadcrumb"
    vi = " | ".join(
        ["Mới nhất", "Thời sự", "Góc nhìn", "Thế giới", "Kinh doanh", "Bất động sản", "Khoa học"] * 3
    )
    assert len(vi.split()) > 30 and navigation_reason(vi, len(vi.split())) == "breadcrumb"
    prose = " ".join(["The council said the plan would be reviewed after a year of operation."] * 4)
    assert navigation_reason(prose, len(prose.split())) is None
    items = " | ".join(f"Item {n}" for n in range(20))  # digits: numbered items, not a menu
    assert navigation_reason(items, len(items.split())) is None


def test_new_social_names_make_a_social_row() -> None:
    assert navigation_reason("Facebook Zalo Kakaostory X", 4) == "social-row"
