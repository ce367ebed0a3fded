"""Byline, credit-line, editor-line and end-byline recognisers (newscorpus.fields.byline), and datelines."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.fields import lexicon as lx
from newscorpus.fields.byline import (
    BylineMatch,
    _name_token_ok,
    looks_like_person_name,
    match_byline,
    match_credit_line,
    match_editor_line,
    match_end_byline,
    split_names,
)
from newscorpus.fields.dateline import dateline_reporters, find_dateline


class Case(NamedTuple):
    line: str
    byline: str
    authors: tuple[str, ...] = ()
    credit: str | None = None
    roles: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    reason: str = "by-prefix"
    date_at: str | None = None  # the text where the date part starts (None: no date part)


def _check(m: BylineMatch | None, case: Case) -> None:
    assert m is not None, case.line
    assert m.byline == case.byline
    assert m.authors == case.authors
    assert m.credit == case.credit
    assert m.roles == case.roles
    assert m.editors == case.editors
    assert m.reason == case.reason
    expected_date = None if case.date_at is None else case.line.index(case.date_at)
    assert m.date_start == expected_date


# Rows of the project's gold data and of the task brief.
GOLD_CASES = [
    Case(
        "By Zheng Guichu (People's Daily Online)    08:46, August 06, 2020",
        "By Zheng Guichu (People's Daily Online)",
        ("Zheng Guichu",),
        "People's Daily Online",
        date_at="08:46",
    ),
    Case(
        "By Zheng Guichu (People's Daily Online)\xa0\xa0\xa0\xa008:46, August 06, 2020",
        "By Zheng Guichu (People's Daily Online)",
        ("Zheng Guichu",),
        "People's Daily Online",
        date_at="08:46",
    ),
    Case(
        "By He Yin (People's Daily) 09:27, October 25, 2024",
        "By He Yin (People's Daily)",
        ("He Yin",),
        "People's Daily",
        date_at="09:27",
    ),
    Case("By Xinhua", "By Xinhua", (), "Xinhua", reason="by-credit"),
    Case(
        "By Chen Qingqing and Liu Caiyu Source:Global Times Published: 2020/3/27 16:14:48",
        "By Chen Qingqing and Liu Caiyu",
        ("Chen Qingqing", "Liu Caiyu"),
        "Global Times",
        date_at="Published",
    ),
    Case(
        "(People's Daily Online) 10:32, December 16, 2022",
        "(People's Daily Online)",
        (),
        "People's Daily Online",
        reason="paren-credit",
        date_at="10:32",
    ),
    Case("Xinhua) 13:45, February 10, 2023", "Xinhua)", (), "Xinhua", reason="paren-credit", date_at="13:45"),
    Case(
        "(Chinadaily.com.cn) 13:37, October 27, 2023",
        "(Chinadaily.com.cn)",
        (),
        "Chinadaily.com.cn",
        reason="paren-credit",
        date_at="13:37",
    ),
    Case(
        "By PAN MENGQI | China Daily/Xinhua | Updated: 2018-05-28 03:58",
        "By PAN MENGQI",
        ("PAN MENGQI",),
        "China Daily/Xinhua",
        date_at="Updated",
    ),
    Case(
        "By Wang Yiqing | China Daily | Updated: 2016-09-05 08:27",
        "By Wang Yiqing",
        ("Wang Yiqing",),
        "China Daily",
        date_at="Updated",
    ),
    Case(
        "By Ma Danning(chinadaily.com.cn)",
        "By Ma Danning(chinadaily.com.cn)",
        ("Ma Danning",),
        "chinadaily.com.cn",
    ),
    Case(
        "Source: Xinhua| 2018-07-06 19:22:46|Editor: Liangyu",
        "Source: Xinhua",
        (),
        "Xinhua",
        editors=("Liangyu",),
        reason="source-label",
        date_at="2018",
    ),
    Case(
        "Source: Xinhua| 2019-08-18 20:14:23|Editor: huaxia",
        "Source: Xinhua",
        (),
        "Xinhua",
        reason="source-label",
        date_at="2019",
    ),
    Case(
        "Source: Xinhua| 2019-06-01 22:36:41|Editor: zh",
        "Source: Xinhua",
        (),
        "Xinhua",
        editors=("zh",),
        reason="source-label",
        date_at="2019",
    ),
    Case(
        "by Xinhua writers Liu Jie and Rong Jiaojiao",
        "by Xinhua writers Liu Jie and Rong Jiaojiao",
        ("Liu Jie", "Rong Jiaojiao"),
        "Xinhua",
    ),
    Case(
        "By: Global Times | Published: Jul 13, 2021 12:49 AM",
        "By: Global Times",
        (),
        "Global Times",
        reason="by-credit",
        date_at="Published",
    ),
    Case(
        "Reporting by Shao Xiaoyi and Koh Gui Qing; Editing by Richard Pullin",
        "Reporting by Shao Xiaoyi and Koh Gui Qing",
        ("Shao Xiaoyi", "Koh Gui Qing"),
        None,
        editors=("Richard Pullin",),
        reason="reporting-by",
    ),
    Case(
        "Source: Global Times | 2019/8/23 20:03:40",
        "Source: Global Times",
        (),
        "Global Times",
        reason="source-label",
        date_at="2019",
    ),
    Case(
        "By Jane Doe, Staff Reporter",
        "By Jane Doe, Staff Reporter",
        ("Jane Doe",),
        roles=("Staff Reporter",),
    ),
    Case("By John Smith in Beijing", "By John Smith in Beijing", ("John Smith",)),
    Case(
        "By Jane Doe and John Roe | Reuters",
        "By Jane Doe and John Roe",
        ("Jane Doe", "John Roe"),
        "Reuters",
    ),
    Case("By Xinhua and Reuters", "By Xinhua and Reuters", (), "Xinhua and Reuters", reason="by-credit"),
    Case("By AFP", "By AFP", (), "AFP", reason="by-credit"),
]

# Further realistic bylines: English, Chinese-outlet and Vietnamese-outlet styles.
OWN_CASES = [
    Case(
        "By Cao Siqi and Zhang Han Source: Global Times Published: 2021/1/5 22:48:40",
        "By Cao Siqi and Zhang Han",
        ("Cao Siqi", "Zhang Han"),
        "Global Times",
        date_at="Published",
    ),
    Case(
        "By Yang Sheng and Liu Xin Source:Global Times Published: 2019/3/5 17:46:58",
        "By Yang Sheng and Liu Xin",
        ("Yang Sheng", "Liu Xin"),
        "Global Times",
        date_at="Published",
    ),
    Case(
        "By Global Times Published: Jan 05, 2021 10:59 PM",
        "By Global Times",
        (),
        "Global Times",
        reason="by-credit",
        date_at="Published",
    ),
    Case(
        "By Zhang Yiqian, Liu Caiyu and Xu Keyue | Global Times | Published: 2021/2/1",
        "By Zhang Yiqian, Liu Caiyu and Xu Keyue",
        ("Zhang Yiqian", "Liu Caiyu", "Xu Keyue"),
        "Global Times",
        date_at="Published",
    ),
    Case(
        "By Global Times reporter Chen Qingqing",
        "By Global Times reporter Chen Qingqing",
        ("Chen Qingqing",),
        "Global Times",
    ),
    Case(
        "By Global Times staff reporters",
        "By Global Times staff reporters",
        (),
        "Global Times",
        reason="by-credit",
    ),
    Case("By Wang Qi, Global Times", "By Wang Qi, Global Times", ("Wang Qi",), "Global Times"),
    Case(
        "By Liu Xuan | chinadaily.com.cn | Updated: 2023-01-05 10:12",
        "By Liu Xuan",
        ("Liu Xuan",),
        "chinadaily.com.cn",
        date_at="Updated",
    ),
    Case(
        "By Li Hongyang in Beijing and Zhang Yi in Shanghai | China Daily | Updated: 2020-02-24 07:17",
        "By Li Hongyang in Beijing and Zhang Yi in Shanghai",
        ("Li Hongyang", "Zhang Yi"),
        "China Daily",
        date_at="Updated",
    ),
    Case(
        "By ZHAO YANRONG in Beijing | China Daily Global | Updated: 2021-08-13 09:23",
        "By ZHAO YANRONG in Beijing",
        ("ZHAO YANRONG",),
        "China Daily Global",
        date_at="Updated",
    ),
    Case(
        "By An Baijie | China Daily | Updated: 2019-03-01 07:00",
        "By An Baijie",
        ("An Baijie",),
        "China Daily",
        date_at="Updated",
    ),
    Case("BY PAN MENGQI AND LI XIAOLEI", "BY PAN MENGQI AND LI XIAOLEI", ("PAN MENGQI", "LI XIAOLEI")),
    Case("By CGTN's Liu Yang", "By CGTN's Liu Yang", ("Liu Yang",), "CGTN"),
    Case(
        "Source:Xinhua Published: 2020/1/1 12:00:00",
        "Source:Xinhua",
        (),
        "Xinhua",
        reason="source-label",
        date_at="Published",
    ),
    Case(
        "Source: Xinhua Editor: huaxia 2022-01-01 12:00:00",
        "Source: Xinhua",
        (),
        "Xinhua",
        reason="source-label",
        date_at="2022",
    ),
    Case(
        "Source: Xinhua| 2021-03-04 10:15:02|Editor: Wu Xinyu",
        "Source: Xinhua",
        (),
        "Xinhua",
        editors=("Wu Xinyu",),
        reason="source-label",
        date_at="2021",
    ),
    Case(
        "Source: chinadaily.com.cn | Updated: 2020-02-02 09:09",
        "Source: chinadaily.com.cn",
        (),
        "chinadaily.com.cn",
        reason="source-label",
        date_at="Updated",
    ),
    Case("(Xinhua)", "(Xinhua)", (), "Xinhua", reason="paren-credit"),
    Case("[Xinhua]", "[Xinhua]", (), "Xinhua", reason="paren-credit"),
    Case(
        "Xinhua | Updated: 2021-01-02 10:00",
        "Xinhua",
        (),
        "Xinhua",
        reason="credit-only",
        date_at="Updated",
    ),
    Case(
        "By Reuters | Updated: 3:54 am",
        "By Reuters",
        (),
        "Reuters",
        reason="by-credit",
        date_at="Updated",
    ),
    Case("By Reuters Staff", "By Reuters Staff", (), "Reuters", reason="by-credit"),
    Case(
        "By JOHN SMITH, ASSOCIATED PRESS",
        "By JOHN SMITH, ASSOCIATED PRESS",
        ("JOHN SMITH",),
        "ASSOCIATED PRESS",
    ),
    Case(
        "By Jane Doe, China Daily correspondent",
        "By Jane Doe, China Daily correspondent",
        ("Jane Doe",),
        "China Daily",
        roles=("China Daily correspondent",),
    ),
    Case(
        "By Tom Hancock in Hong Kong and Sun Yu in Beijing",
        "By Tom Hancock in Hong Kong and Sun Yu in Beijing",
        ("Tom Hancock", "Sun Yu"),
    ),
    Case(
        "By staff reporter Jane Doe",
        "By staff reporter Jane Doe",
        ("Jane Doe",),
        roles=("staff reporter",),
    ),
    Case("By Professor Wang Wen", "By Professor Wang Wen", ("Wang Wen",), roles=("Professor",)),
    # 'Dr.' and 'Prof.' are courtesy titles before a name, like 'Mr': no role
    Case("By Dr. Jane Doe", "By Dr. Jane Doe", ("Jane Doe",)),
    Case("By Prof. Ines Carvalho", "By Prof. Ines Carvalho", ("Ines Carvalho",)),
    Case("By Prof Ines Carvalho", "By Prof Ines Carvalho", ("Ines Carvalho",)),
    # staff wording after several authors is no role; a singular 'Staff Reporter' with one author is
    Case(
        "BY KENTA MORIYAMA AND AYA FUJISAWA, STAFF WRITERS",
        "BY KENTA MORIYAMA AND AYA FUJISAWA, STAFF WRITERS",
        ("KENTA MORIYAMA", "AYA FUJISAWA"),
    ),
    Case(
        "By Jane Doe and John Roe, Staff reporters",
        "By Jane Doe and John Roe, Staff reporters",
        ("Jane Doe", "John Roe"),
    ),
    Case(
        "By Jane Doe and John Roe, Senior Correspondents",
        "By Jane Doe and John Roe, Senior Correspondents",
        ("Jane Doe", "John Roe"),
        roles=("Senior Correspondents",),
    ),
    # Indian wires: a credit, a slash, the stamp ('PTI /' loses its separator)
    Case("PTI / Updated: Mar 3, 2024, 10:15 IST", "PTI", (), "PTI", reason="credit-only", date_at="Updated"),
    Case("TNN / Updated: Mar 3, 2024, 10:15 IST", "TNN", (), "TNN", reason="credit-only", date_at="Updated"),
    Case("IANS / Mar 3, 2024, 10:15 IST", "IANS", (), "IANS", reason="credit-only", date_at="Mar"),
    Case("By ANI /", "By ANI", (), "ANI", reason="by-credit"),
    # 'Source(s):' and 'Sources:' are source labels
    Case("Source(s): Xinhua", "Source(s): Xinhua", (), "Xinhua", reason="source-label"),
    Case(
        "Sources: Xinhua, Reuters", "Sources: Xinhua, Reuters", (), "Xinhua, Reuters", reason="source-label"
    ),
    # the stamp first, then the source: the byline is the source part, its label kept
    Case(
        "2024年03月03日09:14 | 来源：人民网－人民日报",
        "来源：人民网－人民日报",
        (),
        "人民网－人民日报",
        reason="source-label",
        date_at="2024",
    ),
    Case(
        "2024-03-03 10:15:33 来源：新华社",
        "来源：新华社",
        (),
        "新华社",
        reason="source-label",
        date_at="2024",
    ),
    Case(
        "March 3, 2024 | Source: Xinhua | Editor: Liang Jun",
        "Source: Xinhua",
        (),
        "Xinhua",
        editors=("Liang Jun",),
        reason="source-label",
        date_at="March",
    ),
    # Chinese reporter bylines: '本报记者' (this paper's reporter), an agency's reporter, '记者'
    Case("本报记者 陈思远", "本报记者 陈思远", ("陈思远",), reason="reporter-label"),
    Case(
        "新华社记者 邵雨桐、韩立松",
        "新华社记者 邵雨桐、韩立松",
        ("邵雨桐", "韩立松"),
        "新华社",
        reason="reporter-label",
    ),
    Case("记者 张三 李四", "记者 张三 李四", ("张三", "李四"), reason="reporter-label"),
    Case("本报记者 欧阳·娜娜", "本报记者 欧阳·娜娜", ("欧阳·娜娜",), reason="reporter-label"),
    Case("By Mr John Smith", "By Mr John Smith", ("John Smith",)),
    Case("By Ursula von der Leyen", "By Ursula von der Leyen", ("Ursula von der Leyen",)),
    Case("By Mohammed al-Sudani", "By Mohammed al-Sudani", ("Mohammed al-Sudani",)),
    Case("By Jean-Pierre O'Brien", "By Jean-Pierre O'Brien", ("Jean-Pierre O'Brien",)),
    Case("By Abdul Rahman bin Ahmad", "By Abdul Rahman bin Ahmad", ("Abdul Rahman bin Ahmad",)),
    Case("By Kim Min-jae", "By Kim Min-jae", ("Kim Min-jae",)),
    Case(
        "Reporting by Ryan Woo in Beijing and Joe Cash in Shanghai; Additional reporting by Liz Lee; "
        "Editing by Kim Coghill and Sam Holmes",
        "Reporting by Ryan Woo in Beijing and Joe Cash in Shanghai",
        ("Ryan Woo", "Joe Cash", "Liz Lee"),
        None,
        editors=("Kim Coghill", "Sam Holmes"),
        reason="reporting-by",
    ),
    Case(
        "Writing by Ed Davies; Editing by Tom Hogue",
        "Writing by Ed Davies",
        ("Ed Davies",),
        editors=("Tom Hogue",),
        reason="reporting-by",
    ),
    # Vietnamese outlets
    Case("By Nguyen Hong Anh", "By Nguyen Hong Anh", ("Nguyen Hong Anh",)),
    Case("By Nguyen Viet Hung", "By Nguyen Viet Hung", ("Nguyen Viet Hung",)),
    Case("By Do Van Minh", "By Do Van Minh", ("Do Van Minh",)),
    Case("By Nguyễn Bá Sơn", "By Nguyễn Bá Sơn", ("Nguyễn Bá Sơn",)),
    Case("By Lê Hồng Anh", "By Lê Hồng Anh", ("Lê Hồng Anh",)),
    Case("By Minh Quang / VNA", "By Minh Quang / VNA", ("Minh Quang",), "VNA"),
    Case("By Huong Giang/VNA", "By Huong Giang/VNA", ("Huong Giang",), "VNA"),
    Case("By Thu Hang - Reuters", "By Thu Hang - Reuters", ("Thu Hang",), "Reuters"),
    Case(
        "By Ngoc Anh, VNA correspondent in Washington",
        "By Ngoc Anh, VNA correspondent in Washington",
        ("Ngoc Anh",),
        "VNA",
        roles=("VNA correspondent in Washington",),
    ),
    Case(
        "By Hoang Phong   March 3, 2023 | 05:02 pm PT",
        "By Hoang Phong",
        ("Hoang Phong",),
        date_at="March",
    ),
    Case("By Tuoi Tre News", "By Tuoi Tre News", (), "Tuoi Tre News", reason="by-credit"),
]


@pytest.mark.parametrize("case", GOLD_CASES, ids=lambda c: c.line[:40])
def test_match_byline_gold(case: Case) -> None:
    _check(match_byline(case.line), case)


@pytest.mark.parametrize("case", OWN_CASES, ids=lambda c: c.line[:40])
def test_match_byline_more(case: Case) -> None:
    _check(match_byline(case.line), case)


NOT_BYLINES = [
    "By the end of last year, China had built 15,000 km of dedicated high-speed track.",
    "By responding to the pandemic in terms of practical cooperation, the Chinese side expects to help.",
    "By seeking progress amid stability and advancing high-quality development, China made firm strides",
    "Photo: Xinhua",
    "[Photo/Xinhua]",
    "Share",
    "Most Read",
    "READ MORE: Wang calls for efforts",
    "CCTV: Egypt's National Elections Authority made public the presidential election results",
    "Wang Yi, Chinese Foreign Minister",
    "By 2030, the plan aims to double the capacity of the grid.",
    "By then",
    "By contrast, the US economy shrank.",
    "By John Smith (Reuters) - The government said on Monday it would act",
    "By john smith",
    "By JOHN",
    "By Staff Reporter",
    "Reporting by Beijing Newsroom; Editing by Kim Coghill",
    "Published: 11:24, January 2, 2021 | Updated: 06:26, June 5, 2023",
    "BEIJING, Oct. 16 (Xinhua) -- China said it would expand opening-up.",
    "(Xinhua) -- China's economy grew 5 percent",
    "Source: Ministry of Foreign Affairs",
    "Sources: Ministry of Health",
    # a print-edition reference: the date sits inside the bracket the 'credit' opens
    "《 人民日报 》（ 2024年03月03日 07 版）",
    "《人民日报》（2024年03月03日07版）",
    # photo credits end with 摄 ('photographed by'), and a caption is no byline
    "本报记者 陈思远摄",
    "新华社记者 韩立松 摄",
    "图为读者在玉山县图书馆夜间自习区阅读。本报记者 陈思远摄",
    "某某公司记者 张三",  # not an outlet
    # a stamp, then text that is not a source label, or a source that is no outlet
    "2024-03-03 10:15:33 Some headline 来源：新华社",
    "2024-03-03 10:15:33 来源：国家统计局",
    "Editor: Liangyu",
    "CGTN",  # a bare credit line is match_credit_line's job
    "",
    "   \u200b ",
    "By " + "Zhang Wei and " * 40 + "Li Na",
    (
        "While the trajectory of the pandemic and its economic and political fallout remain unclear, "
        "it can be outlined that COVID-19 has posed unprecedented political and social challenges, "
        "ratcheted up the risk of a global recession, and pressed the pause button on interaction "
        "between peoples and countries."
    ),
]


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_match_byline_rejects(line: str) -> None:
    assert match_byline(line) is None


CREDIT_LINES = [
    ("CGTN", "CGTN"),
    ("Xinhua - China Daily", "Xinhua - China Daily"),
    ("Reuters Staff", "Reuters"),
    ("SCMP Editorial", "SCMP"),
    ("(China Daily)", "China Daily"),
    ("Global Stringer", "Global Stringer"),
    ("Agencies", "Agencies"),
    ("Xinhua", "Xinhua"),
    ("China Daily/Xinhua", "China Daily/Xinhua"),
    ("(Xinhua)", "Xinhua"),
    ("Chinadaily.com.cn", "Chinadaily.com.cn"),
    ("Global Times Reporters", "Global Times"),
    ("REUTERS", "REUTERS"),
    ("Vietnam News Agency", "Vietnam News Agency"),
    ("People's Daily Online", "People's Daily Online"),
    ("  VNA\u00a0", "VNA"),
]


@pytest.mark.parametrize(("line", "credit"), CREDIT_LINES)
def test_match_credit_line(line: str, credit: str) -> None:
    m = match_credit_line(line)
    assert m is not None
    assert m.byline == line.strip()
    assert m.credit == credit
    assert m.authors == ()
    assert m.editors == ()
    assert m.reason == "credit-only"
    assert m.date_start is None


@pytest.mark.parametrize(
    "line",
    [
        "Photo/Xinhua",
        "Liang Jun",
        "By Xinhua",
        "Xinhua said on Monday",
        "Most Read",
        "Share",
        "CCTV: Egypt's National Elections Authority made public the results",
        "Source: Xinhua| 2018-07-06 19:22:46",
        "Home | World | China",
        "",
    ],
)
def test_match_credit_line_rejects(line: str) -> None:
    assert match_credit_line(line) is None


EDITOR_LINES = [
    ("(Web editor: Liang Jun, Bianji)", ("Liang Jun",)),
    ("(Web editor: Liang\u00a0Jun, Bianji)", ("Liang Jun",)),
    ("(Web editor: Zhang Kaiwei, Liang Jun)", ("Zhang Kaiwei", "Liang Jun")),
    ("Email|Print|Comments(Editor:DuMingming、Zhang Qian)", ("DuMingming", "Zhang Qian")),
    ("Editor: Liangyu", ("Liangyu",)),
    ("(Editor: Bianji)", ()),
    ("Editor: huaxia", ()),
    ("Editing by Richard Pullin", ("Richard Pullin",)),
    ("Editors: Zhang Kaiwei and Liang Jun", ("Zhang Kaiwei", "Liang Jun")),
    ("Responsible editor: Wu Xinyu", ("Wu Xinyu",)),
    ("责任编辑：刘洋", ("刘洋",)),
    ("Source: Xinhua| 2018-07-06 19:22:46|Editor: Liangyu", ("Liangyu",)),
    ("Reporting by Shao Xiaoyi; Editing by Richard Pullin", ("Richard Pullin",)),
    # the usual note after an interview's editor credit is furniture of the line
    ("Edited by Sigrid Aalto. This interview has been condensed and edited for clarity.", ("Sigrid Aalto",)),
    ("This conversation has been lightly edited for length. Edited by Ann Lee", ("Ann Lee",)),
    ("Edited by J. Smith", ("J. Smith",)),  # an initial's full stop ends no list
    # a correction button beside the editor (xinhuanet)
    ("【纠错】 【责任编辑:邝明月】", ("邝明月",)),
]


@pytest.mark.parametrize(("line", "editors"), EDITOR_LINES)
def test_match_editor_line(line: str, editors: tuple[str, ...]) -> None:
    assert match_editor_line(line) == editors


@pytest.mark.parametrize(
    "line",
    [
        "The editor of the paper said the story was true.",
        "Editor's note: This article is the first of a series.",
        "Editor: The views do not necessarily reflect those of this newspaper",
        "He was edited by a colleague before publication.",
        "Edited by Sigrid Aalto. He said the ship was late.",  # a sentence after the name is text
        "Edited by Sigrid Aalto. This interview took place in Oslo.",
        "Liang Jun",
        "Share",
        "",
    ],
)
def test_match_editor_line_rejects(line: str) -> None:
    assert match_editor_line(line) is None


END_BYLINES = [
    ("Xiong Bo", "Ambassador China to Vietnam", ("Ambassador China to Vietnam",)),
    ("Nguyen Ba Son", "Former Vietnamese Ambassador to China", ("Former Vietnamese Ambassador to China",)),
    (
        "Koh Gui Qing",
        "Researcher at the Institute of World Economics",
        ("Researcher at the Institute of World Economics",),
    ),
    ("Zheng Guichu", None, ()),
    ("PAN MENGQI", None, ()),
    ("Xiong Bo", "   ", ()),
]


@pytest.mark.parametrize(("name", "role", "roles"), END_BYLINES)
def test_match_end_byline(name: str, role: str | None, roles: tuple[str, ...]) -> None:
    m = match_end_byline(name, role)
    assert m == BylineMatch(byline=name, authors=(name,), roles=roles, reason="end-byline")


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Most Read", None),
        ("Share", None),
        ("China Daily", None),
        ("Xiong", "Ambassador China to Vietnam"),
        ("Xiong Bo", "The article was published in 2020."),
        ("Xiong Bo", "Liang Jun"),
        ("Xiong Bo", "Read more"),
        ("The views do not necessarily reflect ours", None),
    ],
)
def test_match_end_byline_rejects(name: str, role: str | None) -> None:
    assert match_end_byline(name, role) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A and B", ("A", "B")),
        ("Chen Qingqing, Liu Caiyu and Zhang Han", ("Chen Qingqing", "Liu Caiyu", "Zhang Han")),
        ("Ann Lee, Bo Li, Cai Yu", ("Ann Lee", "Bo Li", "Cai Yu")),
        ("Ann Lee, Bo Li, and Cai Yu", ("Ann Lee", "Bo Li", "Cai Yu")),
        ("Jane Doe & John Roe", ("Jane Doe", "John Roe")),
        ("DuMingming、Zhang Qian", ("DuMingming", "Zhang Qian")),
        ("PAN MENGQI AND LI XIAOLEI", ("PAN MENGQI", "LI XIAOLEI")),
        ("Minh Anh và Thu Trang", ("Minh Anh", "Thu Trang")),
        ("Zheng Guichu", ("Zheng Guichu",)),
        ("", ()),
    ],
)
def test_split_names(text: str, names: tuple[str, ...]) -> None:
    assert split_names(text) == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zheng Guichu", True),
        ("Nguyen Ba Son", True),
        ("PAN MENGQI", True),
        ("Koh Gui Qing", True),
        ("He Yin", True),
        ("Ursula von der Leyen", True),
        ("Mohammed al-Sudani", True),
        ("Jean-Pierre O'Brien", True),
        ("Nguyễn Bá Sơn", True),
        ("Xiong", False),
        ("A B C D E F", False),
        ("john smith", False),
        ("Most Read", False),
        ("China Daily", False),
        ("People's Daily", False),
        ("Staff Reporter", False),
        ("Email The Author", False),
        ("Chinese Foreign Minister", False),
        ("Agent 007", False),
        ("Smith.", False),
        ("", False),
    ],
)
def test_looks_like_person_name(text: str, expected: bool) -> None:
    assert looks_like_person_name(text) is expected


# --------------------------------------------------------------------------- lexicon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xinhua", True),
        ("xinhua", True),
        ("China Daily/Xinhua", True),
        ("Xinhua - China Daily", True),
        ("Xinhua and Reuters", True),
        ("Chinadaily.com.cn", True),
        ("www.globaltimes.cn", True),
        ("People’s Daily Online", True),
        ("Tuổi Trẻ", True),
        ("Global Stringer", True),
        ("Science and Technology Daily", True),
        ("TNN", True),
        ("Times News Network", True),
        ("IANS", True),
        ("ANI", True),
        ("人民网－人民日报", True),  # two outlets joined by a full-width hyphen
        ("人民网－某某", False),
        ("Photo/Xinhua", False),
        ("Liang Jun", False),
        ("example.com", False),
        ("", False),
    ],
)
def test_is_outlet(text: str, expected: bool) -> None:
    assert lx.is_outlet(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bianji", True),
        ("huaxia", True),
        ("Web Editor", True),
        ("Xinhua", True),
        ("Liang Jun", False),
        ("zh", False),
    ],
)
def test_is_desk_tag(text: str, expected: bool) -> None:
    assert lx.is_desk_tag(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Share", True),
        ("Email|Print|Comments", True),
        ("Email The Author", True),
        ("3 min read", True),
        ("Most Read", True),
        ("纠错", True),  # xinhuanet's correction button
        ("Liang Jun", False),
        ("Read more about China", False),
        ("2020", False),
    ],
)
def test_looks_like_chrome(text: str, expected: bool) -> None:
    assert lx.looks_like_chrome(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ambassador China to Vietnam", True),
        ("Editor-in-Chief", True),
        ("Dr", True),
        ("senior researcher", True),
        ("Xiong Bo", False),
        ("Most Read", False),
    ],
)
def test_has_role_word(text: str, expected: bool) -> None:
    assert lx.has_role_word(text) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Xinhua", True),
        ("Xin", True),  # begins an outlet
        ("Xinhuanet2", True),  # an outlet begins it
        ("CGTN's", True),
        ("The", True),
        ("TheXinhua", True),
        ("People’s", True),
        ("Tuổi", True),
        ("www.x", True),  # a web address is not looked into
        ("", True),
        ("Chen", False),
        ("Zhang", False),
        ("Otieno", False),
        ("Thomas", False),  # no outlet key but 'thomsonreuters' begins 'thom'
    ],
)
def test_may_open_outlet(word: str, expected: bool) -> None:
    assert lx.may_open_outlet(word) is expected


def test_may_open_outlet_on_every_outlet() -> None:
    for name in [*lx.OUTLETS, *lx._ALIASES]:
        for text in (name, f"The {name}", f"{name}'s Liu Jie", f"{name} Staff", f"{name}/Xinhua"):
            assert lx.may_open_outlet(text.partition(" ")[0]), text


def test_institutional_credit() -> None:
    assert lx.institutional_credit("Reuters Staff") == "Reuters"
    assert lx.institutional_credit("SCMP Editorial") == "SCMP"
    assert lx.institutional_credit("Jane Doe Staff") is None
    assert lx.institutional_credit("Reuters") is None


# --------------------------------------------------------------------------- properties


def _normalised(text: str) -> str:
    for ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad":
        text = text.replace(ch, "")
    return " ".join(text.split())


_BYLINE_ALPHABET = st.sampled_from(
    [
        *"ByabcdeHhinorstuXZ (),|:/-&、;.0123456789",
        *[
            "By ",
            " and ",
            "Xinhua",
            "China Daily",
            "Source:",
            "Editor:",
            "Reporting by ",
            "Liu Jie",
            "\u00a0",
        ],
        *[
            "PAN MENGQI",
            "Staff Reporter",
            " in Beijing",
            "Bianji",
            "Updated: ",
            "2020-01-02 ",
            "08:46",
            "\u200b",
        ],
    ]
)
_BYLINE_TEXT = st.lists(_BYLINE_ALPHABET, max_size=30).map("".join)
_ANY_TEXT = st.one_of(st.text(max_size=400), _BYLINE_TEXT)


@settings(max_examples=400, deadline=None)
@given(_ANY_TEXT)
def test_match_byline_total_and_grounded(line: str) -> None:
    m = match_byline(line)
    assert m == match_byline(line)
    if m is None:
        return
    flat = _normalised(line)
    assert m.byline is not None
    assert m.byline in flat
    for author in m.authors:
        assert author in flat
        assert author not in m.editors
    if m.credit is not None:
        assert m.credit in flat
    for editor in m.editors:
        assert editor in flat
    if m.date_start is not None:
        assert 0 <= m.date_start < len(line)  # (0: the line opens with its stamp, then the source)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["By ", "Jane Doe", "Liu Jie", " and ", ", ", " | ", "Reuters", "x"]), max_size=12
    )
)
def test_authors_verbatim_in_plain_lines(tokens: list[str]) -> None:
    line = "".join(tokens)
    m = match_byline(line)
    assert m == match_byline(line)
    if m is not None:
        assert all(author in line for author in m.authors)


@settings(max_examples=300, deadline=None)
@given(_ANY_TEXT)
def test_match_credit_line_total(line: str) -> None:
    m = match_credit_line(line)
    assert m == match_credit_line(line)
    if m is not None:
        assert m.authors == ()
        assert m.credit is not None
        assert m.credit in _normalised(line)


@settings(max_examples=300, deadline=None)
@given(_ANY_TEXT)
def test_match_editor_line_total(line: str) -> None:
    editors = match_editor_line(line)
    assert editors == match_editor_line(line)
    if editors is not None:
        flat = _normalised(line)
        assert all(editor in flat and not lx.is_desk_tag(editor) for editor in editors)


@settings(max_examples=200, deadline=None)
@given(_ANY_TEXT, st.one_of(st.none(), _ANY_TEXT))
def test_match_end_byline_total(name: str, role: str | None) -> None:
    m = match_end_byline(name, role)
    assert m == match_end_byline(name, role)
    if m is not None:
        assert m.authors == (_normalised(name),)
        assert looks_like_person_name(m.authors[0])


_OUTLET_PIECES = st.sampled_from(
    [*lx.OUTLETS[::7], "Xinhua", "the China Daily", "chinadaily.com.cn", "www.news.cn", "Tuổi Trẻ", "VNA"]
)
_JOINERS = st.sampled_from([" and ", "/", " / ", " - ", ", ", "、", " & ", "'s ", " "])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(_OUTLET_PIECES, _JOINERS), min_size=1, max_size=3),
    st.sampled_from(["", " Staff", " writers Liu Jie", "x", ".com"]),
    st.integers(min_value=0, max_value=12),
)
def test_may_open_outlet_never_hides_an_outlet(parts: list[tuple[str, str]], tail: str, cut: int) -> None:
    """A 'no' holds for the word, for texts starting with it and a space, and for beginnings of it."""
    line = "".join(piece + joiner for piece, joiner in parts).rstrip() + tail
    word = line.partition(" ")[0]
    texts = [line, *(" ".join(line.split(" ")[:k]) for k in range(1, 6)), word[: len(word) - cut]]
    for text in texts:
        if text and lx.is_outlet(text):
            assert lx.may_open_outlet(word), (word, text)


def _person_name_by_token_rule(text: str) -> bool:
    """looks_like_person_name as first written: _name_token_ok on every token (no inline fast path)."""
    text = text.strip()
    if not text or len(text) > 60:
        return False
    tokens = text.split(" ")
    if not 2 <= len(tokens) <= 5:
        return False
    last = len(tokens) - 1
    if not all(_name_token_ok(tok, i == 0, i == last) for i, tok in enumerate(tokens)):
        return False
    if lx.NAME_PARTICLES.issuperset([tok.casefold() for tok in tokens]):
        return False
    return not lx.is_outlet(text) and not lx.looks_like_chrome(text)


_NAME_WORDS = st.sampled_from(
    [
        *sorted(lx.NAME_PARTICLES)[::3],
        *sorted(lx.HONORIFICS),
        "min",
        "mins",
        "share",
        "sign",
        "up",
        "most",
        "read",
        "editor",
        "bianji",
        "huaxia",
        "the",
        "china",
        "daily",
        "chen",
        "liu",
        "qingqing",
        "o'brien",
        "al-sudani",
        "ad-din",
        "smith.",
        "jr.",
        "nguyễn",
        "x2",
        "",
    ]
)
_CASES = st.sampled_from([str.title, str.upper, str.lower, str.capitalize])


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(_NAME_WORDS, _CASES), min_size=1, max_size=6))
def test_person_name_fast_path_keeps_the_token_rule(words: list[tuple[str, Callable[[str], str]]]) -> None:
    text = " ".join(case(word) for word, case in words)
    assert looks_like_person_name(text) is _person_name_by_token_rule(text)


@pytest.mark.parametrize(
    ("line", "editors"),
    [
        # the case-insensitive labels also read 'İ' and 'ı' as 'i', 'ſ' as 's': the cheap sign must too
        ("EDİTOR: Liang Jun", ("Liang Jun",)),
        ("Edıted by Liang Jun", ("Liang Jun",)),
        ("(Web edıtor: Liang Jun)", ("Liang Jun",)),
        ("Source: Xinhua | EDITORſ: Liang Jun", ("Liang Jun",)),
        ("责任编辑：王五", ("王五",)),
        ("Photo credit: Liang Jun", None),
        ("Editor's note: Liang Jun", None),
    ],
)
def test_match_editor_line_sign(line: str, editors: tuple[str, ...] | None) -> None:
    assert match_editor_line(line) == editors


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_split_names_parts_come_from_text(text: str) -> None:
    assert all(part and part in text for part in split_names(text))


def test_huge_line_is_cheap_and_rejected() -> None:
    line = "By Jane Doe " + "(" * 100_000 + "x" * 100_000
    assert match_byline(line) is None
    assert match_credit_line(line) is None
    assert match_editor_line(line) is None
    assert match_end_byline(line, line) is None


# --------------------------------------------------------------------------- datelines (fields.dateline)

DATELINES = [
    # an all-caps place and a colon opening a long lede (Indian outlets)
    (
        "NEW DELHI: The Delhi Jal Board will install 120 water ATMs in resettlement colonies and "
        "unauthorised "
        "settlements before the summer, officials said on Saturday.",
        "NEW DELHI",
    ),
    (
        "MUMBAI: The city's civic body approved a budget of more than 50,000 crore rupees on "
        "Friday, its largest "
        "ever, with a third of it set aside for roads.",
        "MUMBAI",
    ),
    # the 电头 of a Chinese wire lede: agency, place, date, 电
    (
        "新华社上海3月3日电（记者 邵雨桐、韩立松）记者从上海市有关部门获悉，长江口水域实施禁渔进入第四年。",
        "上海",
    ),
    ("本报北京3月3日电 记者从国家发展改革委获悉，今年将新增一批项目。", "北京"),
    ("中新社乌鲁木齐12月31日电 新疆今年接待游客人次创新高。", "乌鲁木齐"),
]


@pytest.mark.parametrize(("text", "place"), DATELINES)
def test_find_dateline_colon_and_chinese_forms(text: str, place: str) -> None:
    assert find_dateline(text) == place


@pytest.mark.parametrize(
    "text",
    [
        # speakers in transcripts and interviews: outlets, one- and two-letter tags, labels, questions
        "CCTV: This year marks the tenth anniversary of the fisheries training programme that China launched "
        "with several African countries.",
        "AFP: A research vessel registered in China has been reported near the coast of the island and local "
        "media say it will stay for two more weeks.",
        "GT: You have followed the same group of villages for ten years, and you have seen many of "
        "them change "
        "beyond recognition. What changed most?",
        "Q: How much of the Arctic sea floor is actually mapped, and how much of it is mapped in "
        "enough detail "
        "for the ships?",
        "READ MORE: Mekong farmers turn to passion fruit as Chinese demand grows across the region "
        "and beyond "
        "its borders this year",
        "REUTERS: The company said on Monday that its quarterly profit had risen by a fifth, "
        "beating forecasts by "
        "a wide margin.",
        "SPOKESPERSON: We have noted the reports and the relevant authorities are looking into the "
        "matter with "
        "great care and will respond in due course.",
        # a lede too short for a colon dateline, or a question
        "NEW DELHI: Water ATMs for the city.",
        "WASHINGTON: Will the talks between the two sides resume next week, as the officials of "
        "both countries "
        "have said they hope?",
        # mixed case: a label, not a dateline
        "Background: The Delhi Jal Board will install 120 water ATMs in resettlement colonies and "
        "unauthorised "
        "settlements before the summer.",
        # no 电 after the date, or an unknown agency
        "新华社上海3月3日报道 记者从上海市有关部门获悉。",
        "某某社上海3月3日电 记者从上海市有关部门获悉。",
    ],
)
def test_find_dateline_rejects_speakers_and_labels(text: str) -> None:
    assert find_dateline(text) is None


def test_dateline_reporters() -> None:
    lede = "新华社上海3月3日电（记者 邵雨桐、韩立松）记者从上海市有关部门获悉，长江口水域实施禁渔进入第四年。"
    assert dateline_reporters(lede) == ("邵雨桐", "韩立松")
    assert dateline_reporters("本报北京3月3日电（记者 陈思远）今年……") == ("陈思远",)
    assert dateline_reporters("本报北京3月3日电 记者从国家发展改革委获悉。") == ()
    # reporters, then correspondents (通讯员): all are authors (blind5 人民网 广西频道)
    assert dateline_reporters("本报北京3月3日电（记者 张三 通讯员 李四）今年……") == ("张三", "李四")
    assert dateline_reporters("BEIJING, March 3 (Xinhua) -- China will carry out a survey.") == ()


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Edited by Mary St. John", ("Mary St. John",)),
        ("Editing by Jane Doe Jr. and Tom Smith", ("Jane Doe Jr.", "Tom Smith")),
        ("Editor: Ma. Teresa Cruz", ("Ma. Teresa Cruz",)),
        ("Edited by Sigrid Aalto. This interview has been condensed.", ("Sigrid Aalto",)),
    ],
)
def test_editor_names_with_short_abbreviations(line: str, want: tuple[str, ...]) -> None:
    assert match_editor_line(line) == want


@pytest.mark.parametrize("line", ["记者手记", "记者观察", "记者调查", "记者走访"])
def test_reporters_notebook_headings_are_no_bylines(line: str) -> None:
    assert match_byline(line) is None
