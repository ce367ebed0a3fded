"""Source recognition and refinement added for the blind4 fixture set: Xinhua's English header with the
editor first and its Chinese header, China Daily's Chinese site, the embassy sites of the MFA, VietnamPlus
and Nhân Dân in Vietnamese (the sapo under the stamp, the author under the sapo), and bylines under a stamp.

The pages are made up for the tests, in the outlets' templates.
"""

from __future__ import annotations

import datetime as dt

import newscorpus
from newscorpus.sources import BEIJING, HANOI, guess_parser

TEXT = "The text of the story goes on here, long enough to be read as a full paragraph of prose."
VI_TEXT = (
    "Theo kế hoạch, các địa phương sẽ tiếp tục phối hợp chặt chẽ để triển khai những nội dung đã thống nhất "
    "trong thời gian tới."
)


def test_the_english_xinhua_header_with_the_editor_first() -> None:
    page = (
        "Xinhua\n\nFerry links to reopen after repairs\n\nEditor: Zhang Yu | Source: Xinhua\n"
        f"2025-02-03 08:12:40\n\n{TEXT}\n\n{TEXT}"
    )
    parser = guess_parser(page)
    assert parser is not None and parser.name == "xinhua"
    assert newscorpus.parse(page).published == dt.datetime(2025, 2, 3, 8, 12, 40, tzinfo=BEIJING)
    # the footer, whatever the spaces around the dash of its years
    assert (
        guess_parser(f"Title\n\n{TEXT}\n\nCopyright © 2000 - 2025 XINHUANET.com All rights reserved.")
        is not None
    )


def test_the_chinese_xinhua_header() -> None:
    page = (
        "新华网\n当前位置：首页 > 时政 > 正文\n两国签署合作文件\n来源：新华社　2025-02-03 21:36:08\n"
        "新华社北京2月3日电　两国有关部门3日签署合作文件，涉及经贸、人文等多个领域。\n"
        "双方表示，将以此为契机推动务实合作不断取得新成果。"
    )
    parser = guess_parser(page)
    assert parser is not None and parser.name == "xinhua"
    assert newscorpus.parse(page).published == dt.datetime(2025, 2, 3, 21, 36, 8, tzinfo=BEIJING)
    # a paper reprinting a Xinhua story prints the credit and a stamp, not the site's logo
    reprint = "两国签署合作文件\n来源：新华社 2025-02-03 21:36:08\n双方表示将推动务实合作。"
    assert guess_parser(reprint) is None


def test_the_chinese_china_daily_site() -> None:
    page = (
        "中国日报网\n中国日报网 > 资讯 > 社会\n口岸通关时间缩短\n"
        "来源：中国日报网　　作者：中国日报记者 王晓　　2025-02-03 14:20\n"
        "记者从有关部门获悉，口岸试点新模式以来，货车平均等待时间明显缩短。\n"
        "有关负责人表示，下一步将总结经验，推动新模式向其他口岸推广。\n"
        "中国日报网版权说明：凡注明来源为“中国日报网”的作品，未经授权禁止转载。"
    )
    parser = guess_parser(page)
    assert parser is not None and parser.name == "china_daily"
    art = newscorpus.parse(page)
    assert (art.byline, art.authors, art.credit, art.published) == (
        "作者：中国日报记者 王晓",
        ("王晓",),
        "中国日报网",
        dt.datetime(2025, 2, 3, 14, 20, tzinfo=BEIJING),
    )


def test_an_embassy_site_of_the_mfa() -> None:
    page = (
        "Embassy of the People's Republic of China in the Republic of Singapore\n\nHome > Embassy News\n\n"
        "Ambassador Attends Lunar New Year Reception\n\n2025-02-03\u00a0\u00a018:30\n\n"
        f"{TEXT}\n\n{TEXT}\n\n【Suggest To A Friend】\u3000【Print】"
    )
    parser = guess_parser(page)
    assert parser is not None and parser.name == "fmprc"
    assert newscorpus.parse(page).published == dt.datetime(2025, 2, 3, 18, 30, tzinfo=BEIJING)


_VIETNAMPLUS = (
    "VietnamPlus\n\nĐà Nẵng mở thêm đường bay quốc tế mới\n\nThứ Hai, 3/2/2025 08:15\n\n"
    "{sapo}\n\nHành khách làm thủ tục tại sân bay. (Ảnh: Minh Anh/TTXVN)\n\n"
    f"{VI_TEXT}\n\n{VI_TEXT}\n\nMinh Anh (TTXVN/Vietnam+)\n\n"
    "© Bản quyền thuộc về VietnamPlus. Nghiêm cấm sao chép khi chưa có sự đồng ý bằng văn bản."
)
_SAPO = "Từ tháng Ba, hai hãng hàng không sẽ khai thác thêm các đường bay thẳng đến thành phố."


def test_vietnamplus_in_vietnamese_and_its_sapo_under_the_stamp() -> None:
    page = _VIETNAMPLUS.format(sapo=_SAPO)
    parser = guess_parser(page)
    assert parser is not None and parser.name == "vietnamplus"
    art = newscorpus.parse(page)
    assert (art.published, art.summary) == (dt.datetime(2025, 2, 3, 8, 15, tzinfo=HANOI), _SAPO)
    sapo = next(seg for seg in art.segments if seg.text == _SAPO)
    assert (sapo.kind.value, sapo.reason) == ("summary", "vietnamplus-sapo")
    assert art.body[0].text == VI_TEXT
    # a lede that opens with a dateline is the text, not a sapo
    lede = "Hà Nội (TTXVN) - Hai hãng hàng không sẽ khai thác thêm các đường bay thẳng đến thành phố."
    art = newscorpus.parse(_VIETNAMPLUS.format(sapo=lede))
    assert (art.summary, art.dateline) == (None, "Hà Nội")


_NHANDAN = (
    "Báo Nhân Dân\n\nHai tỉnh thống nhất kéo dài thời gian thông quan\n\n"
    "Ngày 3/2, lãnh đạo hai tỉnh đã hội đàm và thống nhất nhiều biện pháp tạo thuận lợi cho xuất nhập "
    "khẩu.\n\n"
    "{name}\n\nQuang cảnh buổi hội đàm. (Ảnh: THU HÀ)\n\n"
    f"{VI_TEXT}\n\n{VI_TEXT}\n\n"
    "© Bản quyền thuộc về Báo Nhân Dân. Ghi rõ nguồn “Báo Nhân Dân” khi phát hành lại thông tin."
)


def test_nhan_dan_in_vietnamese_and_the_author_under_the_sapo() -> None:
    page = _NHANDAN.format(name="THU HÀ")
    parser = guess_parser(page)
    assert parser is not None and parser.name == "nhandan"
    art = newscorpus.parse(page)
    assert (art.byline, art.authors) == ("THU HÀ", ("THU HÀ",))
    assert art.summary is not None and art.summary.startswith("Ngày 3/2, lãnh đạo hai tỉnh")
    assert art.body[0].text == VI_TEXT
    # a short heading in mixed case is no author line
    art = newscorpus.parse(_NHANDAN.format(name="Thu Hà"))
    assert (art.byline, art.summary) == (None, None)


def test_bare_names_under_the_stamp() -> None:
    page = (
        "CGTN\n\nVillages bet on mushroom farming\n\nUpdated 10:05, 03-Feb-2025\n\n"
        f"Li Wen, Zhou Ming, Tang Xiao\n\n{TEXT}\n\n{TEXT}"
    )
    art = newscorpus.parse(page)
    assert (art.source, art.byline, art.authors, art.summary) == (
        "cgtn",
        "Li Wen, Zhou Ming, Tang Xiao",
        ("Li Wen", "Zhou Ming", "Tang Xiao"),
        None,
    )


def test_a_name_and_the_reporters_job_under_the_headline() -> None:
    page = (
        "Harbour crane to stay as landmark\n\nHemi Walker, Local Democracy Reporter\n"
        f"9:10 am on 3 February 2025\n\n{TEXT}\n\n{TEXT}"
    )
    art = newscorpus.parse(page)
    assert (art.headline, art.byline, art.authors, art.author_roles) == (
        "Harbour crane to stay as landmark",
        "Hemi Walker, Local Democracy Reporter",
        ("Hemi Walker",),
        ("Local Democracy Reporter",),
    )
