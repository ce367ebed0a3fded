"""Source recognition and refinement added for the blind3 fixture set: VOV World and Nhan Dan (Vietnamese,
UTC+7), the MFA's Chinese-language sites, english.news.cn's three-line header, and the 人民网 author line.

The pages are made up for the tests, in the outlets' templates.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newscorpus
from newscorpus.sources import BEIJING, HANOI, get_parser, guess_parser, parser_for_url

TEXT = "The text of the story goes on here, long enough to be read as a full paragraph of prose."


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://vovworld.vn/en-US/news/some-story-1234567.vov", "vov_world"),
        ("https://en.nhandan.vn/some-story-post123456.html", "nhandan"),
        ("https://nhandan.vn/some-story-post123456.html", "nhandan"),
    ],
)
def test_new_vietnamese_outlets_own_their_domains(url: str, name: str) -> None:
    parser = parser_for_url(url)
    assert parser is not None and parser.name == name
    assert (parser.time_zone, parser.date_order) == (HANOI, "DMY")


def test_vov_world_by_its_tagged_sapo_in_hanoi_time() -> None:
    page = (
        "VOVWORLD\n\nCoffee exports climb in first quarter\n\nMonday,\u00a009:10,\u00a001/04/2024\n\n"
        "(VOVWORLD) - Vietnam's coffee exports rose by a fifth in the first quarter, the ministry said.\n\n"
        f"{TEXT}\n\n{TEXT}"
    )
    parser = guess_parser(page)
    assert parser is not None and parser.name == "vov_world"
    art = newscorpus.parse(page)
    assert (art.source, art.published) == ("vov_world", dt.datetime(2024, 4, 1, 9, 10, tzinfo=HANOI))
    assert art.summary == "Vietnam's coffee exports rose by a fifth in the first quarter, the ministry said."


def test_nhan_dan_by_its_tagged_sapo_and_footer_in_hanoi_time() -> None:
    page = (
        "NHAN DAN\n\nAssembly debates water law\n\nMonday, April 1, 2024 - 09:10\n\n"
        "NDO – The National Assembly Standing Committee on April 1 debated the draft revised Water Law.\n\n"
        f"{TEXT}\n\n{TEXT}\n\n"
        "NHAN DAN - Central organ of the Communist Party of Vietnam, voice of the Party"
    )
    parser = guess_parser(page)
    assert parser is not None and parser.name == "nhandan"
    art = newscorpus.parse(page)
    assert (art.source, art.published, art.dateline) == (
        "nhandan",
        dt.datetime(2024, 4, 1, 9, 10, tzinfo=HANOI),
        None,
    )
    assert (
        art.summary
        == "The National Assembly Standing Committee on April 1 debated the draft revised Water Law."
    )


def test_the_mfa_chinese_site_is_fmprc_in_beijing_time() -> None:
    page = (
        "中华人民共和国外交部\n当前位置：首页 > 外交部发言人 > 发言人表态和谈话\n外交部发言人答记者问\n"
        "2024-04-01 16:40\n问：中方对此有何评论？\n答：中方一贯主张通过对话协商解决分歧，愿同各方保持沟通。\n"
        "中华人民共和国外交部版权所有\n地址：北京市朝阳区朝阳门南大街2号"
    )
    parser = guess_parser(page)
    assert parser is not None and parser.name == "fmprc"
    assert newscorpus.parse(page).published == dt.datetime(2024, 4, 1, 16, 40, tzinfo=BEIJING)
    # an embassy's Chinese site prints its own name as the logo
    assert (
        get_parser("fmprc").score("中华人民共和国驻越南社会主义共和国大使馆\n当前位置：首页 > 使馆新闻")
        >= 0.5
    )


def test_the_three_line_english_news_cn_header_is_xinhua() -> None:
    page = (
        "Xinhua\n\nVillages turn to rooftop solar\n\nSource: Xinhua\nEditor: Li Na\n2024-04-01 20:39:45\n\n"
        f"{TEXT}\n\n{TEXT}"
    )
    parser = guess_parser(page)
    assert parser is not None and parser.name == "xinhua"
    art = newscorpus.parse(page)
    assert (art.published, art.editors, art.credit) == (
        dt.datetime(2024, 4, 1, 20, 39, 45, tzinfo=BEIJING),
        ("Li Na",),
        "Xinhua",
    )
    # the source line alone (a republished Xinhua story) is no Xinhua page
    assert guess_parser(f"Villages turn to rooftop solar\n\nSource: Xinhua\n\n{TEXT}") is None


_RENMIN = (
    "人民网>>观点\n\n城市更新要留住烟火气\n\n2024年04月01日05:52\u00a0|\u00a0来源：人民网－人民日报\n\n小字号\n\n"
    "{name}\n\n"
    "走进不少城市的老街区，青石板路重新铺过，沿街立面刷得整整齐齐，可也有居民感慨少了点什么。\n\n"
    "老街区之所以让人留恋，不仅在于建筑本身，更在于街巷里日复一日的生活和叫得出名字的老邻居。\n\n"
    "(责编：韩思彤、李卓然)\n\n人民网版权所有"
)


def test_the_renmin_author_line_under_the_stamp_is_the_byline() -> None:
    art = newscorpus.parse(_RENMIN.format(name="孟子岚"))
    assert art.source == "peoples_daily"
    assert (art.byline, art.authors, art.credit, art.editors) == (
        "孟子岚",
        ("孟子岚",),
        "人民网－人民日报",
        ("韩思彤", "李卓然"),
    )
    name = next(seg for seg in art.segments if seg.text == "孟子岚")
    assert (name.kind.value, name.reason) == ("byline", "pd-author-line")
    assert art.body[0].text.startswith("走进不少城市的老街区")
    # a section word under the stamp is no author
    art = newscorpus.parse(_RENMIN.format(name="评论"))
    assert (art.byline, art.authors) == ("来源：人民网－人民日报", ())


def test_the_tgvn_author_name_before_a_tag_row_is_the_byline() -> None:
    page = (
        "Hợp tác chuyển đổi số được thúc đẩy\n\nThứ Hai, 01/04/2024, 09:10\n\n"
        "TGVN. Chiều 1/4, tại Hà Nội, Thứ trưởng đã tiếp Đại sứ và hai bên nhất trí đẩy mạnh hợp tác.\n\n"
        "Tại buổi tiếp, Thứ trưởng đánh giá cao những bước phát triển tích cực của quan hệ hai nước.\n\n"
        "Hai bên cũng trao đổi về việc tổ chức diễn đàn doanh nghiệp công nghệ trong năm nay.\n\n"
        "Thu Hằng\n\n#Việt Nam  #chuyển đổi số"
    )
    art = newscorpus.parse(page)
    assert art.source == "tgvn"
    assert (art.byline, art.authors) == ("Thu Hằng", ("Thu Hằng",))
    name = next(seg for seg in art.segments if seg.text == "Thu Hằng")
    assert name.kind.value == "byline"
    assert art.body[-1].text.startswith("Hai bên cũng trao đổi")
    # a title-like line after the text that is no name stays where the pipeline put it
    art = newscorpus.parse(page.replace("Thu Hằng", "Tin liên quan"))
    assert art.authors == ()
