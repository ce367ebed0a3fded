"""Source parsers: registry look-ups, recognition from URL and text, plugins through entry points."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
from collections.abc import Iterator, Sequence
from importlib.metadata import EntryPoint

import attrs
import pytest

import newscorpus
from newscorpus.lines import Line
from newscorpus.model import Article
from newscorpus.sources import (
    BEIJING,
    HANOI,
    SourceParser,
    all_parsers,
    get_parser,
    guess_parser,
    parser_for_url,
    registry,
)
from tests.conftest import ROOT

SHARED = ROOT.parent / "shared"
FIVE = {"peoples_daily", "china_daily", "fmprc", "global_times", "tgvn"}
VIETNAMESE = {"tgvn", "vietnamplus", "tuoitre_news", "baochinhphu"}


def gold_pages(folder: str) -> list[tuple[dict[str, object], str]]:
    base = SHARED / folder
    if not (base / "gold.json").exists():
        return []
    gold = json.loads((base / "gold.json").read_text(encoding="utf-8"))
    return [(g, (base / g["file"]).read_text(encoding="utf-8")) for g in gold]


DEV = gold_pages("dev")
needs_dev = pytest.mark.skipif(not DEV, reason="../shared/dev is not beside the checkout")


def test_builtins_are_listed_and_loadable() -> None:
    names = [p.name for p in all_parsers()]
    assert set(names) >= FIVE
    assert get_parser("global_times").time_zone == BEIJING
    with pytest.raises(KeyError):
        get_parser("no-such-outlet")


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("http://en.people.cn/n3/2024/1025/c90000-20233915.html", "peoples_daily"),
        ("https://www.chinadaily.com.cn/a/202106/02/WS60b6f198a31024ad0bac30fd.html", "china_daily"),
        ("http://covid-19.chinadaily.com.cn/usa/china/2015-01/26/content_19501586.htm", "china_daily"),
        ("https://www.fmprc.gov.cn/eng/xwfw_665399/t20231219_11207020.html", "fmprc"),
        ("http://al.china-embassy.gov.cn/eng/zagx/t20241030_11518156.htm", "fmprc"),
        ("https://www.globaltimes.cn/page/202509/1342974.shtml", "global_times"),
        ("https://en.baoquocte.vn/some-story-195996.html", "tgvn"),
        ("www.globaltimes.cn/page/1.shtml", "global_times"),
    ],
)
def test_parser_for_url(url: str, name: str) -> None:
    parser = parser_for_url(url)
    assert parser is not None and parser.name == name


@pytest.mark.parametrize(
    "url", ["https://example.com/x", "not a url", "", "http://[::1", "https://notpeople.cn/"]
)
def test_unknown_or_broken_urls_give_no_parser(url: str) -> None:
    assert parser_for_url(url) is None


@needs_dev
def test_every_dev_page_of_a_known_outlet_is_recognised_from_its_url() -> None:
    for g, _ in DEV:
        parser = parser_for_url(str(g["url"]))
        if g["source"] in {p.name for p in all_parsers()}:
            assert parser is not None and parser.name == g["source"], g["file"]
        else:
            assert parser is None, g["file"]


@needs_dev
def test_text_alone_recognises_the_five_outlets_and_never_a_wrong_one() -> None:
    right = total = 0
    for g, text in DEV:
        guess = guess_parser(text)
        if g["source"] in FIVE:
            total += 1
            right += guess is not None and guess.name == g["source"]
        assert guess is None or guess.name == g["source"], f"{g['file']} given to {guess.name}"
    assert total == 25
    assert right / total >= 0.8  # pages without any outlet mark fall to generic


def test_explicit_source_wins_and_unknown_source_warns() -> None:
    text = (
        "Title of a page\n\nBy Jane Doe\n\nSome text of the article that runs long enough to be a paragraph."
    )
    assert newscorpus.parse(text, source="tgvn").source == "tgvn"
    art = newscorpus.parse(text, source="nope")
    assert art.source == "generic"
    assert [w.code for w in art.warnings] == ["unknown-source"]
    assert newscorpus.parse(text, url="https://www.globaltimes.cn/page/1.shtml").source == "global_times"


def test_source_time_zone_applies_to_unzoned_stamps() -> None:
    text = (
        "Some headline of the day\n2023-12-19 19:28\n\nThe text of the story, long enough to be prose here."
    )
    assert newscorpus.parse(text).published == dt.datetime(2023, 12, 19, 19, 28)
    art = newscorpus.parse(text, source="fmprc")
    assert art.published == dt.datetime(2023, 12, 19, 19, 28, tzinfo=BEIJING)


def test_vietnamese_outlets_print_numeric_dates_day_first() -> None:
    orders = {p.name: p.date_order for p in all_parsers() if p.name in {*FIVE, *VIETNAMESE}}
    assert orders == {name: "DMY" if name in VIETNAMESE else None for name in orders}
    text = (
        "Some headline of the day\n03/04/2023 10:15\n\nThe text of the story, long enough to be prose here."
    )
    for name in VIETNAMESE:
        art = newscorpus.parse(text, source=name)
        assert (art.published, art.warnings) == (dt.datetime(2023, 4, 3, 10, 15, tzinfo=HANOI), ())
    # the Beijing outlets print year first: no convention is claimed for their numeric dates
    assert [w.code for w in newscorpus.parse(text, source="xinhua").warnings] == ["date-order-assumed"]


class ExampleOutlet(SourceParser):
    name = "example_outlet"
    domains = ("example-news.test",)
    time_zone = dt.timezone(dt.timedelta(hours=-5))

    def score(self, text: str, url: str | None = None) -> float:
        return 0.95 if "EXAMPLE NEWS NETWORK" in text else 0.0

    def refine(self, article: Article, lines: Sequence[Line]) -> Article:
        return attrs.evolve(article, credit="Example News Network")


class BrokenOutlet(SourceParser):
    name = "broken_outlet"

    def score(self, text: str, url: str | None = None) -> float:
        raise RuntimeError("boom")


class NanOutlet(SourceParser):
    name = "nan_outlet"

    def score(self, text: str, url: str | None = None) -> float:
        return float("nan")


class BadRefine(SourceParser):
    name = "bad_refine"

    def score(self, text: str, url: str | None = None) -> float:
        return 1.0 if "BAD REFINE" in text else 0.0

    def refine(self, article: Article, lines: Sequence[Line]) -> Article:
        raise ValueError("cannot refine")


@pytest.fixture
def plugins(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    eps = [
        EntryPoint("example_outlet", "tests.unit.test_sources:ExampleOutlet", registry.ENTRY_POINT_GROUP),
        EntryPoint("broken_outlet", "tests.unit.test_sources:BrokenOutlet", registry.ENTRY_POINT_GROUP),
        EntryPoint("nan_outlet", "tests.unit.test_sources:NanOutlet", registry.ENTRY_POINT_GROUP),
        EntryPoint("bad_refine", "tests.unit.test_sources:BadRefine", registry.ENTRY_POINT_GROUP),
        EntryPoint("missing", "tests.unit.no_such_module:Parser", registry.ENTRY_POINT_GROUP),
    ]
    monkeypatch.setattr(registry, "entry_points", lambda group: [e for e in eps if e.group == group])
    registry.reset()
    yield
    registry.reset()


TEXT = (
    "EXAMPLE NEWS NETWORK\n\nA headline of the example\n\nBy Jane Doe\n\n"
    "The body of the story goes here, long enough."
)


@pytest.mark.usefixtures("plugins")
def test_third_party_parser_is_used_by_text_and_url() -> None:
    art = newscorpus.parse(TEXT)
    assert art.source == "example_outlet"
    assert art.credit == "Example News Network"
    by_url = newscorpus.parse("Plain title here\n\nBody text of it.", url="https://www.example-news.test/a/1")
    assert by_url.source == "example_outlet"


@pytest.mark.usefixtures("plugins")
def test_broken_plugins_only_add_warnings() -> None:
    art = newscorpus.parse(TEXT)
    codes = [w.code for w in art.warnings]
    assert codes.count("plugin-failed") >= 2  # the module that does not import, the scorer that raises
    assert any("missing" in w.message for w in art.warnings)
    assert any("boom" in w.message for w in art.warnings)
    bad = newscorpus.parse("BAD REFINE\n\nA headline here today\n\nBody text that is long enough to count.")
    assert bad.source == "generic"
    assert any("cannot refine" in w.message for w in bad.warnings)
    assert bad.headline == "A headline here today"


def test_score_is_total_for_builtins_on_odd_text() -> None:
    for parser in all_parsers():
        for text in ("", "\x00", "a" * 20000, "عربي Español Русский Français 简体中文\n" * 3):
            value = parser.score(text)
            assert 0.0 <= value <= 1.0


def _unused(path: pathlib.Path) -> None:  # keeps pathlib import meaningful for type checkers
    assert path


class DropsSegments(SourceParser):
    name = "drops_segments"

    def score(self, text: str, url: str | None = None) -> float:
        return 1.0 if "DROP ME" in text else 0.0

    def refine(self, article: Article, lines: Sequence[Line]) -> Article:
        return attrs.evolve(article, segments=article.segments[1:])


@pytest.mark.usefixtures("plugins")
def test_failing_plugins_warn_once_per_parse_not_more_each_time() -> None:
    counts = [len(newscorpus.parse(TEXT).warnings) for _ in range(4)]
    assert counts[0] >= 2
    assert counts == [counts[0]] * 4  # remembered, not retried and piled up


def test_refine_that_drops_lines_is_refused() -> None:
    from newscorpus.sources import register_parser, unregister_parser

    register_parser(DropsSegments)
    try:
        page = "DROP ME\n\nA headline here today\n\nBody text that is long enough to count, really it is."
        art = newscorpus.parse(page)
        assert art.source == "generic"
        assert any("never drop" in w.message for w in art.warnings)
        assert len(art.segments) == 3
    finally:
        unregister_parser("drops_segments")


def test_duck_typed_parser_without_domains_does_not_break_parsing() -> None:
    from newscorpus.sources import register_parser, unregister_parser

    class Duck:
        name = "duck"

        def score(self, text: str, url: str | None = None) -> float:
            return 0.0

        def refine(self, article: Article, lines: Sequence[Line]) -> Article:
            return article

    register_parser(Duck())  # type: ignore[arg-type]
    try:
        art = newscorpus.parse("A headline\n\nBody text long enough to be a paragraph of prose here.")
        assert not [w for w in art.warnings if w.code == "internal-error"]
        assert newscorpus.parse("x", url="https://example.org/a").source == "generic"
    finally:
        unregister_parser("duck")


AP_PAGE = (
    "AP NEWS\nWorld News | U.S. News | Politics\n\nPort deal signed\n\nBy JANE DOE\n03/04/2023\n\n"
    "WASHINGTON (AP) — The two countries signed a port security deal on Friday, officials said.\n"
)


def test_ap_is_chosen_by_its_page_and_reads_numeric_dates_month_first() -> None:
    assert parser_for_url("https://apnews.com/article/port-deal-123").name == "ap"  # type: ignore[union-attr]
    assert guess_parser(AP_PAGE).name == "ap"  # type: ignore[union-attr]
    art = newscorpus.parse(AP_PAGE)
    assert (art.source, art.published, art.dateline) == ("ap", dt.date(2023, 3, 4), "WASHINGTON")
    assert not [w for w in art.warnings if w.code == "date-order-assumed"]


def test_an_ap_dateline_on_another_site_does_not_make_it_ap() -> None:
    page = (
        "Port deal signed\n\nPublished: 03/04/2023\n\n"
        "WASHINGTON (AP) — The two countries signed a port security deal on Friday, officials said.\n"
    )
    assert guess_parser(page) is None
    art = newscorpus.parse(page)
    assert art.source == "generic" and art.published == dt.date(2023, 4, 3)


def test_an_ap_story_republished_with_its_copyright_line_is_not_ap() -> None:
    page = (
        "Local Times | News | Sports\n\nPort deal signed\n\nPublished: 03/04/2023\n\n"
        "WASHINGTON (AP) — The two countries signed a port security deal on Friday, officials said.\n\n"
        "Copyright 2023 The Associated Press. All rights reserved.\n"
    )
    assert guess_parser(page) is None
    assert newscorpus.parse(page).source == "generic"


def test_a_parser_registered_while_the_list_is_built_is_not_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    class Late(SourceParser):
        name = "late_outlet"
        domains = ("late.example",)

    real_load = registry._load
    calls = []

    def load_while_registering(meta: object) -> object:
        if not calls:  # another thread registers a parser in the middle of the build
            calls.append(meta)
            registry.register_parser(Late)
        return real_load(meta)  # type: ignore[arg-type]

    registry._forget_parser_list()
    monkeypatch.setattr(registry, "_load", load_while_registering)
    try:
        registry._parser_list()  # built from the registry as it was: not kept
        monkeypatch.setattr(registry, "_load", real_load)
        assert "late_outlet" in [p.name for p in all_parsers()]
    finally:
        registry.unregister_parser("late_outlet")
    assert "late_outlet" not in [p.name for p in all_parsers()]


XINHUA_EN_PAGE = (
    "Home | China | World | Business\nChina to launch nationwide survey of wild medicinal plants\n"
    "Source: Xinhua | 2024-03-03 10:15:33 | Editor: huaxia\n"
    "BEIJING, March 3 (Xinhua) -- China will carry out a nationwide survey of wild medicinal plants, "
    "the authority said on Sunday.\n"
)


def test_xinhua_stamp_line_with_spaces_around_the_pipes_is_xinhua() -> None:
    assert guess_parser(XINHUA_EN_PAGE).name == "xinhua"  # type: ignore[union-attr]
    art = newscorpus.parse(XINHUA_EN_PAGE)
    assert (art.source, art.published) == ("xinhua", dt.datetime(2024, 3, 3, 10, 15, 33, tzinfo=BEIJING))
    assert (art.byline, art.credit, art.editors) == ("Source: Xinhua", "Xinhua", ())


XINHUA_ZH_PAGE = (
    "新华网\n首页 | 时政 | 国际 | 财经\n新华网 > 正文\n\n长江口禁渔第四年 江豚出现频次明显增加\n\n"
    "2024-03-03 10:15:33 来源：新华社\n\n"
    "新华社上海3月3日电（记者 邵雨桐、韩立松）记者从上海市有关部门获悉，长江口水域实施禁渔进入第四年，"
    "监测人员在崇明东滩附近水域观察到长江江豚的次数明显增加。\n\n"
    "【纠错】 【责任编辑:邝明月】\n\n新华网版权所有\n制作单位：新华网股份有限公司\n"
)
RENMIN_PAGE = (
    "人民网首页 | 时政 | 国际 | 财经\n人民网>>社会·法治\n\n夜间开放的县城图书馆，成了年轻人的“第二书房”\n\n"
    "2024年03月03日09:14 | 来源：人民网－人民日报\n\n本报记者 陈思远\n\n"
    "晚上九点，江西省玉山县图书馆三楼的自习区依然座无虚席。有人在准备职业资格考试，有人在翻看地方志。\n\n"
    "《 人民日报 》（ 2024年03月03日 07 版）\n\n(责任编辑：孟晓岚、顾海宁)\n\n"
    "人民网版权所有，未经书面授权禁止使用\n"
)


def test_chinese_pages_of_xinhua_and_peoples_daily_are_recognised_by_their_template() -> None:
    assert guess_parser(XINHUA_ZH_PAGE).name == "xinhua"  # type: ignore[union-attr]
    assert guess_parser(RENMIN_PAGE).name == "peoples_daily"  # type: ignore[union-attr]
    art = newscorpus.parse(XINHUA_ZH_PAGE)
    assert (art.source, art.byline, art.credit, art.editors) == (
        "xinhua",
        "来源：新华社",
        "新华社",
        ("邝明月",),
    )
    assert art.published == dt.datetime(2024, 3, 3, 10, 15, 33, tzinfo=BEIJING)
    art = newscorpus.parse(RENMIN_PAGE)
    assert (art.source, art.authors, art.credit) == ("peoples_daily", ("陈思远",), "人民网－人民日报")
    # the print-edition line after the text gives no date: the stamp under the headline does
    assert art.published == dt.datetime(2024, 3, 3, 9, 14, tzinfo=BEIJING)


def test_a_republished_xinhua_story_is_not_claimed_by_its_credit() -> None:
    # another site's page printing the agency's credit (Chinese or English) is not Xinhua's own page
    page = (
        "某某日报\n\n长江口禁渔第四年 江豚出现频次明显增加\n\n2024-03-03 10:15:33 来源：新华社\n\n"
        "新华社上海3月3日电 记者从上海市有关部门获悉，长江口水域实施禁渔进入第四年。\n\n责任编辑：王五\n"
    )
    assert guess_parser(page) is None
    assert newscorpus.parse(page).source == "generic"
    page = (
        "Local Times | News\n\nChina to survey wild medicinal plants\n\nSource: Xinhua | 2024-03-03 10:15\n\n"
        "BEIJING, March 3 (Xinhua) -- China will carry out a nationwide survey of wild medicinal plants.\n"
    )
    assert guess_parser(page) is None
    # on people.com.cn a Xinhua story keeps its source: the site's template decides
    assert guess_parser(RENMIN_PAGE.replace("来源：人民网－人民日报", "来源：新华社")).name == "peoples_daily"  # type: ignore[union-attr]
