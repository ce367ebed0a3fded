"""Pipeline and source-parser decisions on layouts from the ninth blind set (tests/fixtures/blind7)."""

from __future__ import annotations

import datetime as dt

import newscorpus

UTC8 = dt.timezone(dt.timedelta(hours=8))

TEXT = (
    "The harbour board said on Monday that the new crane would double the number of containers the port can "
    "handle in a day, and that work would start before the rainy season.\n\n"
    "Dock workers welcomed the plan but asked for training on the new equipment before it goes into use, "
    "saying the old cranes had been in service for more than thirty years.\n\n"
    "The board expects the first ships to be unloaded with the new crane early next year, a spokesman said, "
    "adding that the total cost would be met from the port's own reserves.\n"
)
ZH_TEXT = (
    "\u3000\u3000记者近日从市港务局获悉，新建的集装箱码头将于年底前投入使用，届时港口的年吞吐能力将提高三成以上。\n"
    "\u3000\u3000港务局负责人介绍，新码头配备了自动化岸桥和智能调度系统，装卸效率比老码头明显提高。\n"
    "\u3000\u3000不少货主表示，新码头投用后，货物在港停留时间将进一步缩短，物流成本也会随之下降。\n"
)


def _kinds(article: newscorpus.Article) -> dict[str, tuple[str, str]]:
    return {" ".join(seg.text.split()): (seg.kind.value, seg.reason) for seg in article.segments}


# ------------------------------------------------------------------------------------------ bylines


def test_an_outlet_s_reporters_without_by_under_the_stamp() -> None:
    text = (
        "Port Watch\n\nNew crane doubles harbour capacity\n\nUpdated 09:12, 02-May-2025\n"
        "CGTN's Zhou Min in Kunming and Dara Sok in Phnom Penh\n\n" + TEXT
    )
    article = newscorpus.parse(text)
    assert (article.authors, article.credit, article.summary) == (("Zhou Min", "Dara Sok"), "CGTN", None)


def test_three_names_on_one_line_over_the_stamp() -> None:
    text = (
        "Port Watch\n\nNew crane doubles harbour capacity\n\n"
        "Rhian Morgan, Tomasz Nowak and Priya Desai\n\nFriday 2 May 2025 09:12 GMT\n\n" + TEXT
    )
    article = newscorpus.parse(text)
    assert article.byline == "Rhian Morgan, Tomasz Nowak and Priya Desai"
    assert article.authors == ("Rhian Morgan", "Tomasz Nowak", "Priya Desai")


def test_a_name_and_its_place_stacked_over_the_stamp() -> None:
    text = (
        "PUERTOS\n\nLa nueva grúa duplicará la capacidad del puerto este año\n\n"
        "MARTA SOLER\nValencia\nActualizado Viernes, 2 mayo 2025 - 09:12\n\n" + TEXT
    )
    article = newscorpus.parse(text)
    kinds = _kinds(article)
    assert (article.byline, article.authors) == ("MARTA SOLER", ("MARTA SOLER",))
    assert kinds["Valencia"] == ("byline", "place-in-byline-block")
    assert article.updated == dt.datetime(2025, 5, 2, 9, 12)
    assert article.body[0].text.startswith("The harbour board")


def test_a_bare_credit_under_a_caption_is_the_photo_s_under_the_headline_the_article_s() -> None:
    text = (
        "Port Watch\nHome | Ports | Shipping | Opinion\nby The Japan News\n\n"
        "New crane doubles harbour capacity at Kobe\n\n"
        "The Yomiuri Shimbun\n09:12 JST, May 2, 2025\n\n"
        "Workers test the new crane at the port in Kobe on Thursday.\nThe Yomiuri Shimbun\n\n" + TEXT
    )
    article = newscorpus.parse(text)
    kinds = _kinds(article)
    assert kinds["by The Japan News"] == ("navigation", "site-name")
    assert kinds["Workers test the new crane at the port in Kobe on Thursday."][0] == "caption"
    assert [seg.reason for seg in article.segments if seg.text == "The Yomiuri Shimbun"] == [
        "credit-only",
        "photo-credit",
    ]
    assert (article.credit, article.summary) == ("The Yomiuri Shimbun", None)


def test_a_row_of_tags_after_the_text_is_no_byline() -> None:
    text = (
        "Port Watch\n\nNew crane doubles harbour capacity\n\nBy Aiko Tanaka\n\nMay 2, 2025\n\n"
        + TEXT
        + "\nRelated Tags\nKobe  Ports  Cranes\n\nMOST READ\n1  Rail fares to rise in June\n"
    )
    article = newscorpus.parse(text)
    assert article.authors == ("Aiko Tanaka",)
    assert article.body[-1].text.startswith("The board expects")


def test_the_byline_in_brackets_after_the_text() -> None:
    text = (
        "Port Watch\n\nNew crane doubles harbour capacity\n\nMay 2, 2025\n\n" + TEXT + "\n(By Lin Weiting)\n"
    )
    article = newscorpus.parse(text)
    assert (article.byline, article.authors) == ("By Lin Weiting", ("Lin Weiting",))


def test_the_publisher_and_its_address_over_the_copyright() -> None:
    text = (
        "Port Watch\n\nNew crane doubles harbour capacity\n\nMay 2, 2025\n\n"
        + TEXT
        + "\nHarbour Media Co Ltd\n12 Quay Street, Level 3, Sihanoukville\n"
        "Copyright © 2025 Harbour Media Co Ltd. All rights reserved.\n"
    )
    kinds = _kinds(newscorpus.parse(text))
    # (the company name alone is an imprint line for the furniture rules already: the kind is what counts)
    assert kinds["Harbour Media Co Ltd"][0] == "credit"
    assert kinds["12 Quay Street, Level 3, Sihanoukville"] == ("credit", "imprint-above-copyright")


# ------------------------------------------------------------------------------------------ headline, summary


def test_a_deck_with_a_sentence_inside_is_under_the_headline() -> None:
    text = (
        "Cronaca\n\nGenova, la nuova gru del porto raddoppia la capacità del terminal container\n\n"
        'Il presidente: "Pronti entro l\'estate". Lavori anche nel porto di Savona\n\n'
        "Redazione ANSA\nGENOVA\n3 maggio 2025, 09:40\n\n" + TEXT
    )
    article = newscorpus.parse(text)
    assert article.headline == "Genova, la nuova gru del porto raddoppia la capacità del terminal container"
    assert article.summary == 'Il presidente: "Pronti entro l\'estate". Lavori anche nel porto di Savona'
    assert (article.byline, article.credit) == ("Redazione ANSA", "ANSA")
    assert article.published == dt.datetime(2025, 5, 3, 9, 40)


def test_a_chinese_subtitle_under_the_title_is_the_summary() -> None:
    text = "港口新闻\n\n一座码头带动一座城\n——某市推进港口转型升级调查\n\n本报记者 王磊 赵静\n\n" + ZH_TEXT
    article = newscorpus.parse(text)
    assert (article.headline, article.summary) == ("一座码头带动一座城", "——某市推进港口转型升级调查")


def test_a_chinese_page_of_no_known_source_is_on_china_s_time() -> None:
    text = "港口新闻\n\n新码头年底投用\u3000吞吐能力提高三成\n\n2025-05-02 08:15 来源：光明日报\n\n" + ZH_TEXT
    article = newscorpus.parse(text)
    assert article.source == "generic"
    assert article.published == dt.datetime(2025, 5, 2, 8, 15, tzinfo=UTC8)
    assert article.headline == "新码头年底投用\u3000吞吐能力提高三成"  # the ideographic space as shown


def test_a_japanese_page_keeps_its_stamp_naive() -> None:
    text = (
        "港ニュース\n\n新しいクレーンで港の能力が倍に\n\n2025年05月02日 08:15\n\n"
        "港湾局は２日、新しいクレーンの運用を始めると発表した。作業の効率は大きく上がる見込みだという。\n"
    )
    article = newscorpus.parse(text)
    assert article.published == dt.datetime(2025, 5, 2, 8, 15)


def test_the_e_paper_s_print_reference_is_its_date() -> None:
    text = (
        "人民日报\n人民网 | 客户端 | 往期回顾\n2025年05月02日\u3000星期五\n第10版：经济\n\n"
        "一座码头带动一座城\n\n本报记者 王磊 赵静\n\n"
        + ZH_TEXT
        + "\n《 人民日报 》（ 2025年05月02日\u3000 第 10 版）\n\n"
        "本版新闻\n一座码头带动一座城\n多地推进港口升级\n"
    )
    article = newscorpus.parse(text)
    kinds = _kinds(article)
    assert article.source == "peoples_daily"
    assert article.published == dt.date(2025, 5, 2)
    assert kinds["《 人民日报 》（ 2025年05月02日 第 10 版）"] == ("date", "print-reference-date")
    assert [seg.reason for seg in article.segments if seg.text == "一座码头带动一座城"] == [
        "headline-near-header",
        "headline-copy-in-list",
    ]


def test_a_vietnamese_sapo_over_the_lead_picture() -> None:
    text = (
        "Thời sự\n\nCảng mới tăng gấp đôi công suất bốc dỡ\n\nMinh Châu\n02/05/2025 09:12 GMT+7\n\n"
        "Cảng mới đưa vào hoạt động cần cẩu tự động, giúp tăng gấp đôi công suất bốc dỡ container "
        "mỗi ngày.\n\n"
        "Cần cẩu mới tại cảng. Ảnh: Minh Châu\n\n"
        "Ngày 1.5, ban quản lý cảng cho biết cần cẩu mới đã vận hành thử thành công, đạt công suất như thiết "
        "kế ban đầu.\n\n"
        "Theo ông Trần Văn Bình, giám đốc cảng, cần cẩu mới sẽ giúp giảm thời gian chờ của tàu xuống còn một "
        "nửa so với trước.\n"
    )
    article = newscorpus.parse(text)
    assert article.summary is not None and article.summary.startswith("Cảng mới đưa vào hoạt động")
    assert article.body[0].text.startswith("Ngày 1.5")


# ------------------------------------------------------------------------------------------ body and tail


def test_a_story_title_under_read_more_in_the_text_is_related() -> None:
    text = (
        "Port Watch\n\nNew crane doubles harbour capacity\n\nBy Aiko Tanaka\n\nMay 2, 2025\n\n"
        + TEXT
        + "\nREAD MORE\n\nRail operator orders twelve new trains for the coast line\n\n"
        "The board will publish the tender results in the autumn, after the works council has approved the "
        "contract and the city has granted the last permits.\n"
    )
    kinds = _kinds(newscorpus.parse(text))
    # (the kind is what counts: "READ MORE" is a list heading for the furniture rules too)
    assert kinds["Rail operator orders twelve new trains for the coast line"][0] == "related"


def test_the_credits_close_the_text() -> None:
    text = (
        "港口新闻\n\n新码头年底投用\n\n2025-05-02 08:15 来源：光明日报\n\n"
        + ZH_TEXT
        + "责任编辑：周明\u3000图片编辑：吴蕾\n校对：李红\n收藏\n我要举报\n写下你的评论…\n热新闻\n"
    )
    article = newscorpus.parse(text)
    assert article.editors == ("周明", "吴蕾")
    assert article.body[-1].text.strip().startswith("不少货主表示")


def test_an_attribution_in_another_language_and_no_second_one() -> None:
    text = (
        "Thời sự\n\nCảng mới tăng gấp đôi công suất bốc dỡ\n\n02/05/2025 09:12 GMT+7\n\n"
        "Theo ông Trần Văn Bình, giám đốc cảng, cần cẩu mới sẽ giúp giảm thời gian chờ của tàu xuống còn một "
        "nửa, và cảng sẽ tuyển thêm lao động.\n\n"
        "“Cần cẩu mới sẽ giúp giảm thời gian chờ của tàu xuống còn một nửa”\n"
        "Giám đốc Trần Văn Bình\n\n"
        "Kế hoạch mở rộng “đi trước, đón đầu”\n\n"
        "Ban quản lý cảng cho biết sẽ đầu tư thêm hai cần cẩu nữa trong năm tới, nâng tổng công suất lên gấp "
        "ba lần so với hiện nay.\n"
    )
    kinds = _kinds(newscorpus.parse(text))
    assert kinds["Giám đốc Trần Văn Bình"] == ("pull_quote", "pull-quote-attribution")
    assert kinds["Kế hoạch mở rộng “đi trước, đón đầu”"][0] == "subheading"


def test_the_dateline_of_the_first_running_text_past_a_stray_label() -> None:
    text = (
        "Cronaca\n\nGenova, la nuova gru del porto raddoppia la capacità\n\n3 maggio 2025, 09:40\n\nNEWS\n\n"
        "(ANSA) - GENOVA, 3 MAG - La nuova gru del porto è entrata in funzione questa mattina e raddoppia la "
        "capacità del terminal container, ha annunciato l'autorità portuale.\n\n"
        "I lavori sono costati 40 milioni di euro e sono stati finanziati in parte dall'Unione europea, ha "
        "precisato il presidente dell'autorità portuale.\n"
    )
    assert newscorpus.parse(text).dateline == "GENOVA"


# ------------------------------------------------------------------------------------------ listings


def test_a_rolling_news_list_of_timed_titles_is_a_listing() -> None:
    items = "\n".join(f"[财经] 第{n}条港口新闻标题在这里\u30005-2 {10 - n:02d}:1{n}" for n in range(1, 8))
    text = (
        "首页 | 要闻 | 国内 | 国际 | 财经\n滚动新闻\n\n日期：2025年05月02日\u3000\u3000选择日期\n\n"
        + items
        + "\n"
    )
    article = newscorpus.parse(text)
    kinds = _kinds(article)
    assert article.headline is None and not article.body
    assert kinds["日期：2025年05月02日 选择日期"][0] == "navigation"  # (a date picker for the phrases too)


def test_a_date_picker_and_a_badge_on_an_archive_listing() -> None:
    items = "\n\n".join(
        f"Harbour story number {n} makes the news today\n{'Video' + chr(10) if n == 2 else ''}"
        f"2025-05-02 HKT 1{n}:30"
        for n in range(1, 6)
    )
    text = (
        "Harbour News\nHome | Local | World | Sport\n\nPlease select a date:\n2025-05-02\nGo\n\n"
        + items
        + "\n"
    )
    kinds = _kinds(newscorpus.parse(text))
    assert kinds["Please select a date:"][0] == "navigation"  # (a phrase of the furniture rules too)
    assert kinds["2025-05-02"][0] == "navigation"  # (the chosen date: chrome, whichever rule says so)
    assert kinds["Go"][0] == "navigation"
    assert kinds["Video"] == ("related", "teaser-badge")
