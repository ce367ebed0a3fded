"""Pipeline and source-parser decisions on layouts from the tenth blind set (tests/fixtures/blind8)."""

from __future__ import annotations

import datetime as dt

import newscorpus

UTC7 = dt.timezone(dt.timedelta(hours=7))
UTC8 = dt.timezone(dt.timedelta(hours=8))

TEXT = (
    "The harbour board said on Monday that the new crane would double the number of containers the port can "
    "handle in a day, and that work would start before the rainy season.\n\n"
    "Dock workers welcomed the plan but asked for training on the new equipment before it goes into use, "
    "saying the old cranes had been in service for more than thirty years.\n\n"
    "The board expects the first ships to be unloaded with the new crane early next year, a spokesman said, "
    "adding that the total cost would be met from the port's own reserves.\n"
)


def _kinds(article: newscorpus.Article) -> dict[str, tuple[str, str]]:
    return {" ".join(seg.text.split()): (seg.kind.value, seg.reason) for seg in article.segments}


# ------------------------------------------------------------------------------------------ time zones


def test_the_site_name_of_a_beijing_or_vietnamese_outlet_gives_its_zone() -> None:
    head = "Home  News  Business  Sports  Culture  Photos\n\nNew crane doubles harbour capacity\n\n"
    for site, zone in (("ECNS", UTC8), ("Viet Nam News", UTC7)):
        article = newscorpus.parse(f"{site}\n{head}2026-02-03 08:15\n\n" + TEXT)
        assert article.published == dt.datetime(2026, 2, 3, 8, 15, tzinfo=zone)
    other = newscorpus.parse("Harbour Notes\n" + head + "2026-02-03 08:15\n\n" + TEXT)
    assert other.published == dt.datetime(2026, 2, 3, 8, 15)  # no known outlet: naive


# ------------------------------------------------------------------------------------------ bylines


def test_authors_each_over_their_place_above_the_stamp() -> None:
    text = (
        "Mercado\n\nPorto de Santos amplia terminal de contêineres em 2027\n\n"
        "Obra deve dobrar a capacidade do cais; governo descarta novos pedágios na região\n\n"
        "Carla Menezes\nSantos\nBruno Araújo\nRio de Janeiro\n\n"
        "3.mar.2026 às 09h15\nAtualizado: 3.mar.2026 às 11h40\n\n" + TEXT
    )
    article = newscorpus.parse(text)
    kinds = _kinds(article)
    assert article.headline == "Porto de Santos amplia terminal de contêineres em 2027"
    assert (
        article.summary == "Obra deve dobrar a capacidade do cais; governo descarta novos pedágios na região"
    )
    assert (article.byline, article.authors) == ("Carla Menezes", ("Carla Menezes", "Bruno Araújo"))
    assert kinds["Santos"] == kinds["Rio de Janeiro"] == ("byline", "place-in-byline-block")
    assert (article.published, article.updated) == (
        dt.datetime(2026, 3, 3, 9, 15),
        dt.datetime(2026, 3, 3, 11, 40),
    )


def test_a_bare_name_under_the_standfirst() -> None:
    text = (
        "Nation\n\nThe harbour gets a new crane after thirty years of waiting\n\n"
        "Dock workers hope the new equipment will end the long queues of ships outside the port\n\n"
        "Sunita Karki\n\nA new crane at the harbour last week. Photo: SUNITA KARKI\n\n" + TEXT
    )
    article = newscorpus.parse(text)
    assert (article.byline, article.authors) == ("Sunita Karki", ("Sunita Karki",))
    assert _kinds(article)["Sunita Karki"] == ("byline", "name-under-title")


def test_closing_contributor_and_input_lines() -> None:
    text = (
        "New crane doubles harbour capacity\n\nBy Ana Ruiz, CNN\n\n" + TEXT + "\n"
        "CNN's Tomas Lindqvist contributed to this report.\n\n(With input from Reuters)\n"
    )
    article = newscorpus.parse(text)
    kinds = _kinds(article)
    assert article.authors == ("Ana Ruiz", "Tomas Lindqvist")
    assert kinds["(With input from Reuters)"] == ("byline", "credit-only")
    assert article.body[-1].text.startswith("The board expects")


# ------------------------------------------------------------------------------------------ summary and body


def test_an_abstract_over_the_datelined_lede_past_an_unlabelled_caption() -> None:
    text = (
        "New crane doubles harbour capacity\n\nMarch 3, 2026 - 08:15\n\n"
        "The new crane is part of a plan to make the port the busiest in the region by the end of the "
        "decade.\n\n"
        "A crane is lifted into place at the port on Sunday. VNA/VNS Photo Minh Đức\n\n"
        "HẢI PHÒNG — " + TEXT
    )
    article = newscorpus.parse(text)
    assert article.summary is not None and article.summary.startswith("The new crane is part of a plan")
    assert article.dateline == "HẢI PHÒNG"  # (the caption-like line is passed over)


def test_a_caption_closing_on_its_credit_is_no_standfirst() -> None:
    text = (
        "New crane doubles harbour capacity\n\nMarch 3, 2026\n\nBy Ana Ruiz\n\n"
        "A new crane at the harbour in Kaliningrad. Ivan Petrov / TASS\n\n" + TEXT
    )
    article = newscorpus.parse(text)
    assert article.summary is None
    assert _kinds(article)["A new crane at the harbour in Kaliningrad. Ivan Petrov / TASS"][0] == "caption"


def test_a_row_of_buttons_is_no_standfirst() -> None:
    text = (
        "New crane doubles harbour capacity\n\nBy Ana Ruiz | Harbour Notes | March 3, 2026\n\n"
        "Print  E-mail  Bookmark and Share\n\n" + TEXT
    )
    assert newscorpus.parse(text).summary is None


def test_one_word_in_capitals_between_paragraphs_is_a_heading() -> None:
    first, rest = TEXT.split("\n\n", 1)
    text = "New crane doubles harbour capacity\n\nMarch 3, 2026\n\n" + first + "\n\nBACKGROUND\n\n" + rest
    assert _kinds(newscorpus.parse(text))["BACKGROUND"] == ("subheading", "caps-word-heading")


# ------------------------------------------------------------------------------------------ source parsers


def test_a_speech_title_block_on_the_ministry_s_site() -> None:
    text = (
        "Ministry of Foreign Affairs\nThe People’s Republic of China\n\n"
        "Remarks by Assistant Minister Zhou Wen at the Harbour Forum\n\nUpdated: March 3, 2026 18:30\n\n"
        "Keeping Our Harbours Open to the World\n—Remarks at the Harbour Forum\nZhou Wen\n"
        "Assistant Minister of Foreign Affairs\nQingdao, 2 March 2026\n\nDistinguished guests,\n\n" + TEXT
    )
    article = newscorpus.parse(text, source="fmprc")
    kinds = _kinds(article)
    assert (article.summary, article.byline, article.authors) == (None, "Zhou Wen", ("Zhou Wen",))
    assert article.author_roles == ("Assistant Minister of Foreign Affairs",)
    assert kinds["Keeping Our Harbours Open to the World"] == ("subheading", "fmprc-speech-title")
    assert kinds["Qingdao, 2 March 2026"] == ("date", "fmprc-speech-place-day")
    assert (article.published, article.updated) == (None, dt.datetime(2026, 3, 3, 18, 30, tzinfo=UTC8))


def test_a_tgvn_commentary_author_with_titles_an_affiliation_and_a_footnote() -> None:
    text = (
        "Góc nhìn\nCảng biển và bài toán kết nối khu vực\nThứ Ba, 03/03/2026 08:20\n"
        "TGVN. Việc nâng cấp cảng biển là điều kiện để khu vực tận dụng cơ hội từ chuỗi cung ứng mới trong "
        "những năm tới.\n"
        "Các cảng lớn trong khu vực đang mở rộng năng lực tiếp nhận tàu container cỡ lớn, đồng thời đầu tư "
        "vào hệ thống số hóa.\n"
        "Tuy nhiên, kết nối giữa cảng và mạng lưới đường sắt vẫn còn hạn chế, làm tăng chi phí logistics "
        "cho doanh nghiệp.\n"
        "Vì vậy, cần có cơ chế phối hợp giữa các địa phương để đầu tư đồng bộ hạ tầng kết nối.\n"
        "TS. Lê Văn Khánh\nViện Kinh tế, Học viện Chính trị\n"
        "(*) Bài viết thể hiện quan điểm riêng của tác giả.\n"
    )
    article = newscorpus.parse(text, source="tgvn")
    kinds = _kinds(article)
    assert (article.byline, article.authors) == ("TS. Lê Văn Khánh", ("Lê Văn Khánh",))
    assert article.author_roles == ("Viện Kinh tế, Học viện Chính trị",)
    assert kinds["(*) Bài viết thể hiện quan điểm riêng của tác giả."][0] == "other"
    assert article.body[-1].text.startswith("Vì vậy")


def test_the_china_daily_usa_print_line_names_the_source() -> None:
    text = (
        "Harbour cranes arrive in Oakland\n\nBy ANA RUIZ in San Francisco (China Daily USA)\n\n"
        + TEXT
        + "\n(China Daily USA 03/03/2016 page2)\n"
    )
    assert newscorpus.parse(text).source == "china_daily"


# ---------------------------------------------------------------- furniture blocks the pipeline closes


def test_a_donation_box_under_its_heading_is_promo_down_to_its_last_promo_line() -> None:
    text = (
        "Harbour cranes arrive in the port\n\nBy Jane Doe\n\n" + TEXT + "\nA Message from The Harbour Post:\n"
        "Dear readers,\n"
        "We are facing hard times, and our reporters depend on the support of readers like you every month.\n"
        "Once  Monthly  Annual\n"
        "Continue\n"
        "Not ready to support today?\n"
        "Remind me later.\n"
    )
    article = newscorpus.parse(text)
    kinds = _kinds(article)
    for line in ("Dear readers,", "Continue"):
        assert kinds[line] == ("promo", "promo-box")
    appeal = (
        "We are facing hard times, and our reporters depend on the support of readers like you every month."
    )
    assert kinds[appeal][0] == "promo"
    assert article.body[-1].text.startswith("The board expects")
    # a heading alone over text, with no promo line closing a box, leaves the text alone
    alone = newscorpus.parse(
        "Harbour cranes arrive in the port\n\nBy Jane Doe\n\n" + TEXT + "\nA Message from The Harbour Post:\n"
        "Dear readers, thank you for reading our reporting on the port this year.\n"
    )
    assert (
        _kinds(alone)["Dear readers, thank you for reading our reporting on the port this year."][1]
        != "promo-box"
    )


def test_video_durations_on_a_listing_page_are_its_teasers() -> None:
    cards = "".join(
        f"Harbour story number {n} on the quay and the cranes\n0{n}:1{n}\nNov {n}, 2026\n\n"
        for n in range(1, 7)
    )
    article = newscorpus.parse("Videos\n\nHome  News  Videos  Sport  Business\n\n" + cards)
    kinds = _kinds(article)
    assert [kinds[f"0{n}:1{n}"] for n in range(1, 7)] == [("related", "listing-page")] * 6


def test_a_long_spaced_menu_may_have_one_four_word_item() -> None:
    from newscorpus.pipeline import _is_spaced_menu

    assert _is_spaced_menu("Home  World  Business  People far from home  Sport  Culture  Travel  Video")
    assert not _is_spaced_menu("Home  World  People far from home  Sport  Culture")  # a short menu: no
    assert not _is_spaced_menu(
        "Home  People far from home  Sport  Culture  The people far away  Travel  Video  More"
    )  # two of them: no


def test_an_ai_summary_box_takes_its_unbulleted_items_and_a_file_tagged_caption_is_no_standfirst() -> None:
    text = (
        "Court Asks For Noise Rules At Night\n"
        "Written by Jane Doe | India News | Updated: November 20, 2026 10:42 pm IST\n"
        "Quick Reads\n"
        "Summary is AI-generated, newsroom-reviewed.\n"
        "The court asked for noise rules within three months.\n"
        "Residents had complained of late-night bands.\n"
        "The case will be heard again in February.\n"
        "The bench said the right to celebrate does not override the right to sleep. (File)\n"
        "New Delhi: The Supreme Court on Friday asked the government to frame rules on noise at night "
        "within three months, after residents of several cities complained.\n" + TEXT
    )
    article = newscorpus.parse(text)
    kinds = _kinds(article)
    for item in (
        "The court asked for noise rules within three months.",
        "Residents had complained of late-night bands.",
        "The case will be heard again in February.",
    ):
        assert kinds[item] == ("other", "summary-widget")
    assert (
        kinds["The bench said the right to celebrate does not override the right to sleep. (File)"][0]
        == "caption"
    )
    assert article.summary is None
    assert article.dateline == "New Delhi"
    assert article.body[0].text.startswith("New Delhi: The Supreme Court")
