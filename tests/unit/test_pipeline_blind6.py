"""Pipeline and source-parser decisions on layouts from the eighth blind set (tests/fixtures/blind6)."""

from __future__ import annotations

import datetime as dt

import newscorpus
from newscorpus import SegmentKind as K

HANOI = dt.timezone(dt.timedelta(hours=7))
BEIJING = dt.timezone(dt.timedelta(hours=8))

TEXT = (
    "The harbour board said on Monday that the new crane would double the number of containers the port can "
    "handle in a day, and that work would start before the rainy season.\n\n"
    "Dock workers welcomed the plan but asked for training on the new equipment before it goes into use, "
    "saying the old cranes had been in service for more than thirty years.\n\n"
    "The board expects the first ships to be unloaded with the new crane early next year, a spokesman said, "
    "adding that the total cost would be met from the port's own reserves.\n"
)


def _kinds(article: newscorpus.Article) -> dict[str, tuple[str, str]]:
    return {seg.text.strip(): (seg.kind.value, seg.reason) for seg in article.segments}


def test_the_stamp_under_a_question_headline_and_its_deck_is_the_article_s() -> None:
    text = (
        "Harbour News\n\nWho will run the port when the old crane drivers retire?\n\n"
        "Training schemes have put young faces in the cabins, but many newcomers say the pay is too low.\n\n"
        "Mai Linh Tran\nSenior Correspondent\n\nPublished Aug 30, 2025, 05:00 AM\n\n" + TEXT
    )
    article = newscorpus.parse(text)
    assert article.published == dt.datetime(2025, 8, 30, 5, 0)
    assert article.authors == ("Mai Linh Tran",)


def test_a_short_line_between_the_stamp_and_the_byline_is_header_furniture() -> None:
    text = (
        "Harbour News\n\nPort to double its crane capacity by next year\n\n"
        "PUBLISHED : 18 Sep 2025 at 04:00\nPRINT SECTION: Business\nWRITER: Pim Saetang\n\n" + TEXT
    )
    article = newscorpus.parse(text)
    kinds = _kinds(article)
    assert kinds["PRINT SECTION: Business"] == ("other", "between-header-fields")
    assert (article.byline, article.authors) == ("WRITER: Pim Saetang", ("Pim Saetang",))
    assert article.body[0].text.startswith("The harbour board said")


def test_a_name_and_outlet_glued_by_a_slash_under_a_caption_is_a_photo_credit() -> None:
    head = "Harbour News\n\nPort to double its crane capacity by next year\n\n2025-09-18 04:00\n\n"
    caption = "CRANES. Dock workers watch a crane lift a container in the port, on September 17, 2025.\n"
    kinds = _kinds(newscorpus.parse(head + caption + "Somchai Wong/Reuters\n" + TEXT))
    assert kinds["Somchai Wong/Reuters"] == ("caption", "photo-credit")
    # after the text it signs the story
    article = newscorpus.parse(head + TEXT + "\nSomchai Wong/Reuters\n")
    assert (article.byline, article.credit) == ("Somchai Wong/Reuters", "Reuters")


def test_a_credit_in_brackets_after_the_text_signs_it() -> None:
    text = "Cảng biển mở rộng bến container\n\n2024-06-19 07:45\n\n" + TEXT + "(TTXVN/Vietnam+)\n"
    article = newscorpus.parse(text)
    assert (article.byline, article.credit) == ("(TTXVN/Vietnam+)", "TTXVN/Vietnam+")


def test_chinese_menu_with_long_items_and_an_english_link() -> None:
    title = "王毅同葡萄牙外长会谈"
    text = (
        f"{title}_中华人民共和国外交部\n中华人民共和国外交部\n\n"
        "首页　外交部　外交动态　外交政策　国家和组织　领事服务　资料　English\n\n"
        f"{title}\n2024-06-26 21:30\n\n"
        "2024年6月26日，外交部长王毅在北京同葡萄牙外长举行会谈。双方就两国关系和共同关心的问题交换了意见。\n\n"
        "王毅表示，中方愿同葡方一道，落实好两国领导人达成的重要共识，推动两国关系不断向前发展。\n"
    )
    article = newscorpus.parse(text)
    assert article.headline == title
    assert (
        _kinds(article)["首页　外交部　外交动态　外交政策　国家和组织　领事服务　资料　English"][0]
        == "navigation"
    )


def test_a_long_chinese_lede_with_spaces_is_no_title() -> None:
    title = "法国多地试行新学年制 家长反馈不一"
    lede = (
        "【本报驻法国特约记者 林晓 本报特约记者 赵磊 孙悦】法国多个大区近期宣布扩大新学年制试点范围，"
        "参与学校从去年的约30所增加到今年的近120所。不过，家长对这一做法的评价并不一致。"
    )
    text = (
        f"环球网\n\n{title}\n\n来源：环球时报\n2024-06-14 06:50\n\n{lede}\n\n"
        "据法国媒体13日报道，参与试点的学校以城市中小学为主。一位校长表示，新制度实行半年来，学生的出勤率明显提高。\n"
    )
    article = newscorpus.parse(text)
    assert article.headline == title
    assert article.authors == ("林晓", "赵磊", "孙悦")
    assert (article.source, article.published) == (
        "global_times",
        dt.datetime(2024, 6, 14, 6, 50, tzinfo=BEIJING),
    )


def test_a_quoted_chinese_sentence_is_no_subheading() -> None:
    text = (
        "县城夜市人气旺\n\n中国日报网 2024-05-20 15:10\n\n"
        "今年假期，不少县城的夜市和美食街人气旺盛，越来越多游客把目光从大城市转向花费更低的小城。\n\n"
        "一位游客说：“小城有小城的味道，价格也很亲民。”\n\n"
        "分析人士认为，这一趋势反映出消费正向体验型转变，但县城还需完善交通，提升服务质量。\n\n"
        "审校：李明\n"
    )
    kinds = _kinds(newscorpus.parse(text))
    assert kinds["一位游客说：“小城有小城的味道，价格也很亲民。”"] == ("paragraph", "prose")
    assert kinds["审校：李明"][0] == "credit"  # (a credit phrase of kinds.phrases, or the pipeline's label)


def test_the_author_box_after_the_text_is_the_byline_again() -> None:
    box = (
        "Authors\nContributor\nMai Linh Tran\nMai Linh Tran is a research fellow at a maritime institute.\n"
        "Contributor\nOskar Berg\nOskar Berg is a lecturer in economics at a university in Oslo.\n"
    )
    text = (
        "Harbour Review\n\nThe Port Plan and Its Limits\n\nBy Mai Linh Tran and Oskar Berg\n\n"
        "February 20, 2025\n\n" + TEXT + "\n" + box + "\nTags\n"
    )
    article = newscorpus.parse(text)
    box = [seg.text for seg in article.segments if seg.reason == "author-box"]
    assert box[0] == "Authors" and box[-1].startswith("Oskar Berg is a lecturer") and len(box) == 7
    assert article.body[-1].text.startswith("The board expects")
    assert article.authors == ("Mai Linh Tran", "Oskar Berg")


def test_a_short_question_heads_the_paragraphs_that_answer_it() -> None:
    text = (
        "Harbour News\n\nPort to double its crane capacity by next year\n\nBy Pim Saetang\n"
        "2025-09-18 04:00\n\n"
        + TEXT
        + "\nWhat happens next?\nThe board will put the contract out to tender in the spring, and the winner "
        "will have eighteen months to build the crane and train its drivers.\n\n"
        "Where do you see the port in ten years?\nI see it handling twice the ships it handles today, with "
        "the same number of berths and a quieter neighbourhood around it.\n"
    )
    kinds = _kinds(newscorpus.parse(text))
    assert kinds["What happens next?"] == ("subheading", "question-heading")
    assert kinds["Where do you see the port in ten years?"] == ("paragraph", "prose")  # an interviewer's


def test_a_spaced_menu_with_items_joined_by_dashes_with_or_without_no_break_spaces() -> None:
    menu = "Chính trị   Đời sống   Thế giới   Kinh tế   Văn hóa - Giải trí   Thể thao   Ô tô - Xe máy"
    for line in (menu, menu.replace(" ", "\u00a0")):
        text = f"Báo Mới\n{line}\n\nHà Nội mở thêm tuyến xe buýt điện\n\n2024-06-18 08:30\n\n" + TEXT
        segments = newscorpus.parse(text).segments
        assert (segments[1].kind, segments[1].reason) == (K.NAVIGATION, "spaced-menu")


# ----------------------------------------------------------------------------------------------- sources


def test_vov_vn_hanoi_time_tagged_sapo_and_signature() -> None:
    text = (
        "VOV.VN\n\nHà Nội mở thêm tuyến xe buýt điện\n\nThứ Ba, 08:30, 18/06/2024\n\n"
        "VOV.VN - Từ ngày 1/7, thành phố sẽ đưa vào khai thác thêm 5 tuyến xe buýt điện nối các khu đô thị "
        "mới.\n\n" + TEXT + "\nMinh Trang/VOV.VN\n"
    )
    article = newscorpus.parse(text)
    assert article.source == "vov"
    assert article.published == dt.datetime(2024, 6, 18, 8, 30, tzinfo=HANOI)
    assert article.summary is not None and article.summary.startswith("Từ ngày 1/7")
    assert article.dateline is None
    assert (article.byline, article.authors, article.credit) == (
        "Minh Trang/VOV.VN",
        ("Minh Trang",),
        "VOV.VN",
    )


def test_vnexpress_lead_between_the_byline_and_the_lead_picture_is_the_sapo() -> None:
    lead = "Hanoi will open five electric bus routes next month, hoping to lift ridership on its metro."
    text = (
        "VnExpress International\n\nHanoi adds electric bus routes to feed its metro\n\n"
        "By Minh Trang   June 7, 2025 | 05:30 pm GMT+7\n\n"
        f"{lead}\n\nPassengers board an electric bus in Hanoi, June 2025. Photo by VnExpress/Gia Huy\n\n"
        + TEXT
    )
    article = newscorpus.parse(text)
    assert article.source == "vnexpress"
    assert article.summary == lead
    assert article.body[0].text.startswith("The harbour board said")


def test_china_daily_bilingual_glossary_is_the_end_of_the_text() -> None:
    text = (
        "中国日报网英语点津\n首页 | 双语新闻 | 新闻热词 | 每日一词\n\n"
        "县城夜市人气旺 小城成假期消费新亮点\n\n"
        "中国日报网 2024-05-20 15:10\n\n"
        "Night markets in county towns drew large crowds during the holiday, travel platforms said.\n"
        "今年假期，不少县城的夜市人气旺盛，越来越多游客把目光从大城市转向花费更低、人流更少的小城。\n"
        "Hotel bookings in county-level destinations rose by a third from a year earlier, the data showed.\n"
        "数据显示，假期里县域目的地的酒店预订量同比增长三成以上，增速超过一线城市。\n\n"
        "【重点词汇】\n\nnight market 夜市\ncounty town 县城\n\n英文来源：中国日报\n翻译&编辑：王思远\n\n"
        "相关阅读\n假期国内出游人次创新高\n"
    )
    article = newscorpus.parse(text, source="china_daily")
    assert [seg.text for seg in article.body][-3:] == [
        "【重点词汇】",
        "night market 夜市",
        "county town 县城",
    ]
    assert article.editors == ("王思远",)
