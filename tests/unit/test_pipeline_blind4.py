"""Pipeline decisions on layouts from the sixth blind set (tests/fixtures/blind4)."""

from __future__ import annotations

import newscorpus
from newscorpus import SegmentKind as K

BODY = (
    "On 12 September, the Northport Herald published a signed article by Consul General Mira Tolven. "
    "The full text follows.\n\n"
    "Ferries have crossed the bay between our two cities for two hundred years, carrying grain, letters "
    "and students, and they still carry more than a million passengers every year.\n"
)


def test_a_masthead_above_the_menus_is_not_the_title_below_them() -> None:
    """A long site name, then a menu and a breadcrumb, then the page's own title right above its stamp."""
    title = (
        "Consul General Mira Tolven Publishes a Signed Article in the Northport Herald Entitled "
        '"Bridges We Keep Building Together Across the Bay"'
    )
    text = (
        "Consulate General of the Republic of Examplia in the Free City of Northport\n\n"
        "Home | About the Consulate | Consulate News | Visas | Contact\nHome > Consulate News\n\n"
        f"{title}\n2024-09-12  10:30\n\n" + BODY
    )
    article = newscorpus.parse(text)
    assert article.headline == title
    assert article.segments[0].kind in (K.NAVIGATION, K.OTHER)  # furniture above the title
    assert article.summary is None


def test_a_short_line_below_the_menu_does_not_take_the_title_from_above_it() -> None:
    """Only a title-sized line (six words or more) below the menus outranks the line above them."""
    text = (
        "Harbour ferries to run through the night in summer\n\n"
        "Home | City | Transport\n\nShow more updates\n2024-09-12  10:30\n\n" + BODY
    )
    assert newscorpus.parse(text).headline == "Harbour ferries to run through the night in summer"


COLUMN = (
    "Every summer someone writes a column about the harbour ferries, and every summer the boats get "
    "older while the timetable gets thinner.\n\n"
    "Last week the operator announced that it would cut evening sailings again, citing a shortage of "
    "licensed officers willing to work for municipal wages.\n"
)


def test_a_columnist_name_between_section_label_and_title_is_the_byline() -> None:
    text = (
        "Harbour Gazette\nNEWS  BUSINESS  OPINION  SPORTS\n\nOPINION\n\nMarta Kowalczyk\n\n"
        "Our ferries deserve better than nostalgia\n\nJune 09 2025 07:00:00\n\n" + COLUMN
    )
    article = newscorpus.parse(text)
    assert article.headline == "Our ferries deserve better than nostalgia"
    assert (article.byline, article.authors) == ("Marta Kowalczyk", ("Marta Kowalczyk",))
    seg = next(s for s in article.segments if s.text == "Marta Kowalczyk")
    assert (seg.kind, seg.reason) == (K.BYLINE, "name-above-title")


def test_a_name_above_the_title_is_not_taken_when_the_page_has_a_byline() -> None:
    text = (
        "Harbour Gazette\nNEWS  BUSINESS  OPINION  SPORTS\n\nOPINION\n\nMarta Kowalczyk\n\n"
        "Our ferries deserve better than nostalgia\n\nBy Piotr Nowak\nJune 09 2025 07:00:00\n\n" + COLUMN
    )
    article = newscorpus.parse(text)
    assert article.authors == ("Piotr Nowak",)
    assert next(s for s in article.segments if s.text == "Marta Kowalczyk").kind is not K.BYLINE


def test_a_vietnamese_weekday_date_atop_the_menus_is_page_chrome() -> None:
    text = (
        "Thứ Năm, ngày 17/4/2025\nTiếng Việt | English | Français\nBáo Mẫu\n\n"
        "Hai tỉnh thống nhất mở thêm chuyến xe buýt liên tuyến qua cửa khẩu\n\n"
        "Ngày 16/4, lãnh đạo hai tỉnh đã hội đàm và thống nhất mở thêm các chuyến xe buýt liên tuyến, "
        "tạo thuận lợi cho người dân đi lại qua cửa khẩu.\n\n"
        "Theo kế hoạch, các chuyến xe mới sẽ bắt đầu chạy từ tháng Năm, với tần suất hai chuyến mỗi ngày "
        "theo mỗi chiều.\n"
    )
    article = newscorpus.parse(text)
    assert article.published is None
    assert (article.segments[0].kind, article.segments[0].reason) == (K.NAVIGATION, "chrome-date")


def test_spaced_menus_with_ampersands_and_abbreviations() -> None:
    from newscorpus.pipeline import _is_spaced_menu

    assert _is_spaced_menu("Politics & Diplomacy  World  Business & Economy  Defence & Security  Science")
    assert _is_spaced_menu("World    U.S.    Politics    Sports    Entertainment    Business")
    assert not _is_spaced_menu("Prices rose.    Then fell.    Then rose.    Then fell.    Again.")
    assert not _is_spaced_menu("Home  News  Sport  Weather  the prime minister said on Friday")


def test_a_long_notice_to_subscribers_is_reached_by_the_phrase_rules() -> None:
    notice = (
        "The agency's website carries only a portion of the news stories offered to subscribers in its "
        "news distribution system, and in summarised form; please contact us for subscription options."
    )
    text = "Ferry fares to rise in June\n\nBy Anna Tran\n\n" + BODY + "\n" + notice + "\n"
    article = newscorpus.parse(text)
    seg = next(s for s in article.segments if s.text == notice)
    assert seg.kind is K.PROMO
    assert notice not in article.body_text


def test_the_title_a_paragraph_announces_heads_the_text_not_a_pull_quote() -> None:
    title = "Rivers That Join Us: Two Cities and One Harbour"
    text = (
        "Consul writes for the Herald\n\n2024-09-12 10:30\n\n"
        f'On 12 September the Northport Herald published a signed article by the consul entitled "{title}". '
        "The full text follows.\n\n"
        f"{title}\n\n" + BODY
    )
    article = newscorpus.parse(text)
    seg = next(s for s in article.segments if s.text == title)
    assert seg.kind is K.SUBHEADING
    assert title in article.paragraphs


def test_a_chinese_menu_of_short_items_one_ideographic_space_apart_is_navigation() -> None:
    menu = "首页\u3000要闻\u3000国内\u3000国际\u3000财经\u3000体育\u3000文化"
    title = "两市签署协议共建跨境物流通道"
    text = (
        f"示例网\n{menu}\n当前位置：首页 > 要闻 > 正文\n{title}\n来源：新华社\u30002025-03-04 21:36:08\n"
        "新华社北京3月4日电 两市今天签署协议，将在三年内共建一条跨境物流通道，缩短货物通关时间。\n"
        "根据协议，双方将统一查验标准，互认检验结果，并在口岸设立联合服务中心。\n"
    )
    article = newscorpus.parse(text)
    assert article.headline == title
    seg = next(s for s in article.segments if s.text == menu)
    assert (seg.kind, seg.reason) == (K.NAVIGATION, "spaced-menu")


WIRE = (
    "The regional government plans to double the number of river passenger ships on its main routes over "
    "the next three years, the transport ministry said on Monday.\n\n"
    "Most of the new vessels will be built at a shipyard in the regional capital, officials said.\n"
)


def test_a_stamp_without_a_year_under_the_subtitle_is_a_stamp_that_gives_no_date() -> None:
    text = (
        "Northern region to double river passenger fleet\n"
        "According to the ministry, the first ships will enter service next summer\n"
        "3 MAR, 15:42\n" + WIRE
    )
    article = newscorpus.parse(text)
    seg = next(s for s in article.segments if s.text == "3 MAR, 15:42")
    assert (seg.kind, seg.reason) == (K.DATE, "yearless-stamp")
    assert article.published is None


def test_editor_then_source_on_one_line_is_the_byline_with_its_editor() -> None:
    text = (
        "Neighbours agree to reopen border crossing\n\n"
        "Editor: Li Wen | Source: Xinhua\n2025-03-03 21:14:37\n\n" + WIRE
    )
    article = newscorpus.parse(text)
    assert (article.byline, article.credit, article.editors) == ("Source: Xinhua", "Xinhua", ("Li Wen",))


def test_a_place_stacked_between_the_byline_and_the_stamp_belongs_to_the_byline() -> None:
    text = (
        "Exporters turn to Asian buyers as orders slow\n\n"
        "DAILY SABAH WITH AA\nISTANBUL\nMAR 12, 2025 - 4:52 PM GMT+3\n\n" + WIRE
    )
    article = newscorpus.parse(text)
    seg = next(s for s in article.segments if s.text == "ISTANBUL")
    assert (seg.kind, seg.reason) == (K.BYLINE, "place-in-byline-block")
    assert article.paragraphs[0].startswith("The regional government")


def test_names_and_their_outlet_in_brackets_after_the_text_are_the_byline_not_a_caption() -> None:
    text = (
        "Hai hãng bay mở thêm đường bay thẳng\n\nThứ Bảy, 19/4/2025 10:42\n\n"
        "Từ cuối tháng Tư, hai hãng hàng không sẽ khai thác thêm các đường bay thẳng đến thành phố, "
        "theo kế hoạch được công bố hôm nay.\n\n"
        "Theo Sở Du lịch thành phố, các đường bay mới sẽ được khai thác với tần suất bốn chuyến mỗi tuần.\n\n"
        "Lan Anh (TTXVN/Vietnam+)\n"
    )
    article = newscorpus.parse(text)
    assert (article.authors, article.credit) == (("Lan Anh",), "TTXVN/Vietnam+")


def test_a_place_alone_on_the_first_body_line_is_the_dateline_paragraph() -> None:
    text = (
        "Floods leave schools in tents\n\nBy Sara Qadir\n\n"
        "KARACHI, Pakistan\n\n"
        "Children in three districts are still taking classes in tents, six months after floods damaged "
        "more than 2,000 schools in the province, officials said.\n\n"
        "The provincial education department said repairs would take at least another year.\n"
    )
    article = newscorpus.parse(text)
    assert article.dateline == "KARACHI, Pakistan"
    assert article.paragraphs[0] == "KARACHI, Pakistan"


def test_a_weekday_before_the_date_is_part_of_the_stamp_in_chinese_too() -> None:
    from newscorpus.fields.dates import find_dates

    (found,) = find_dates("星期三 2025年4月16日")
    assert (found.start, found.value.isoformat()) == (0, "2025-04-16")
    text = (
        "星期三 2025年4月16日\n首页 | 要闻 | 国内 | 国际\n\n两市签署协议共建跨境物流通道\n\n"
        "新华社北京4月16日电 两市今天签署协议，将在三年内共建一条跨境物流通道，缩短货物通关时间。\n"
        "根据协议，双方将统一查验标准，互认检验结果，并在口岸设立联合服务中心。\n"
    )
    article = newscorpus.parse(text)
    assert article.published is None
    assert (article.segments[0].kind, article.segments[0].reason) == (K.NAVIGATION, "chrome-date")
