"""The markup as evidence: what is read, what confirms, fills or contests the text's fields."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newscorpus import Article, SegmentKind
from newscorpus.html import extract_evidence, parse_html
from newscorpus.html.reconcile import parse_stamp, strip_site_name
from newscorpus.html.render import to_tree

HEADLINE = "Talks to resume next week, minister says"
BODY = (
    "<p>The minister said on Friday that talks would go on, and officials agreed to meet again next week.</p>"
    "<p>Another paragraph follows here with more words so that it reads like prose.</p>"
)
CST = dt.timezone(dt.timedelta(hours=8))


def ld(**fields: object) -> str:
    return (
        '<script type="application/ld+json">' + json.dumps({"@type": "NewsArticle", **fields}) + "</script>"
    )


def page(head: str = "", header: str = "", body: str = BODY, h1: str = HEADLINE) -> str:
    return f"<html><head>{head}</head><body><h1>{h1}</h1>{header}<article>{body}</article></body></html>"


def codes(art: Article) -> list[str]:
    return [w.code for w in art.warnings]


def kind_of(art: Article, text: str) -> SegmentKind:
    return next(s.kind for s in art.segments if s.text == text)


# ---------------------------------------------------------------- reading the clues


def test_extract_evidence_reads_every_source() -> None:
    markup = (
        "<html><head><title>Talks resume | Daily Planet</title>"
        '<meta property="og:title" content="Talks resume">'
        '<meta property="og:site_name" content="Daily Planet">'
        '<meta property="og:url" content="https://example.com/a">'
        '<meta name="author" content="Jane Doe">'
        '<meta property="article:author" content="https://example.com/people/jane">'
        '<meta property="article:published_time" content="2020-03-27T08:00:00Z">'
        '<meta property="article:modified_time" content="2020-03-28T08:00:00Z">'
        + ld(
            headline="LD headline",
            author=[{"@type": "Person", "name": "John Roe"}, "Ann Poe"],
            datePublished="2020-03-27T16:00:00+08:00",
            dateModified="2020-03-28",
            publisher={"@type": "Organization", "name": "Planet Media"},
        )
        + "</head><body><h1>Talks resume</h1>"
        '<span itemprop="headline">Micro headline</span>'
        '<span itemprop="author" itemscope><span itemprop="name">Kim Lee</span></span>'
        '<time itemprop="datePublished" datetime="2020-03-27">March 27</time>'
        '<meta itemprop="dateModified" content="2020-03-29">'
        '<time datetime="2020-03-27T16:00">4 pm</time>'
        "</body></html>"
    )
    ev = extract_evidence(to_tree(markup))
    assert ev.title == "Talks resume | Daily Planet"
    assert ev.og_title == "Talks resume"
    assert ev.h1 == ("Talks resume",)
    assert ev.site_names == ("Daily Planet", "Planet Media")
    assert ev.url == "https://example.com/a"
    assert [c.value for c in ev.headlines] == ["LD headline", "Micro headline"]
    assert [c.value for c in ev.authors] == ["Jane Doe", "John Roe", "Ann Poe", "Kim Lee"]  # no URL author
    assert [c.value for c in ev.published] == [
        "2020-03-27T08:00:00Z",
        "2020-03-27T16:00:00+08:00",
        "2020-03-27",
    ]
    assert [c.value for c in ev.modified] == ["2020-03-28T08:00:00Z", "2020-03-28", "2020-03-29"]
    assert [(c.value, c.origin) for c in ev.times] == [("2020-03-27T16:00", "4 pm")]


def test_json_ld_graph_list_types_and_organisation_authors() -> None:
    block = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Site"},
            {
                "@type": ["ReportageNewsArticle"],
                "headline": ["First headline"],
                "author": {"@type": "Organization", "name": "Xinhua"},
            },
            {"@type": "NewsArticle", "headline": "A second article is not read"},
        ],
    }
    markup = f'<script type="application/ld+json">{json.dumps(block)}</script>'
    ev = extract_evidence(to_tree(markup))
    assert [c.value for c in ev.headlines] == ["First headline"]
    assert [(c.value, c.organisation) for c in ev.authors] == [("Xinhua", True)]


@pytest.mark.parametrize(
    "block",
    ["{not json", "[" * 100_000 + "]" * 100_000, '<!-- {"@type": "NewsArticle", "headline": "H"} -->', ""],
)
def test_bad_json_ld_never_raises(block: str) -> None:
    art = parse_html(f'<script type="application/ld+json">{block}</script>' + page())
    assert art.headline == HEADLINE
    assert "internal-error" not in codes(art)


def test_json_ld_in_html_comment_is_read() -> None:
    markup = '<script type="application/ld+json"><!-- {"@type": "NewsArticle", "headline": "H"} --></script>'
    assert [c.value for c in extract_evidence(to_tree(markup)).headlines] == ["H"]


# ---------------------------------------------------------------- headline


def test_agreeing_headline_confirms_without_change() -> None:
    art = parse_html(page(head=ld(headline=HEADLINE) + f'<meta property="og:title" content="{HEADLINE}">'))
    assert art.headline == HEADLINE
    assert "evidence-conflict" not in codes(art)


def test_json_ld_headline_contradicting_h1_is_a_warning_and_text_wins() -> None:
    art = parse_html(page(head=ld(headline="Something else entirely")))
    assert art.headline == HEADLINE
    [warning] = [w for w in art.warnings if w.code == "evidence-conflict"]
    assert "Something else entirely" in warning.message
    assert warning.span is not None and art.text[warning.span.start : warning.span.end] == HEADLINE


def test_truncated_json_ld_headline_agrees() -> None:
    art = parse_html(page(head=ld(headline="Talks to resume next week…")))
    assert "evidence-conflict" not in codes(art)


def test_headline_filled_from_h1_when_text_found_none() -> None:
    # "Talks resume." ends like a sentence: the text pipeline alone reads it as a paragraph.
    art = parse_html(page(h1="Talks resume."))
    seg = art.segments[0]
    assert art.headline == "Talks resume."
    assert (seg.kind, seg.reason) == (SegmentKind.HEADLINE, "html-evidence")
    assert "Talks resume." not in art.paragraphs


def test_headline_filled_from_og_title_without_site_name() -> None:
    head = (
        '<meta property="og:title" content="Talks resume. | Daily Planet">'
        '<meta property="og:site_name" content="Daily Planet">'
    )
    markup = f"<html><head>{head}</head><body><div>Talks resume.</div>{BODY}</body></html>"
    assert parse_html(markup).headline == "Talks resume."


def test_headline_not_filled_from_a_title_the_page_does_not_show() -> None:
    art = parse_html(page(head=ld(headline="Not on the page."), h1="Talks resume."))
    assert art.headline == "Talks resume."  # the h1 is shown, the JSON-LD headline is not


def test_site_logo_h1_is_not_headline_evidence() -> None:
    head = '<meta property="og:site_name" content="Daily Planet">'
    markup = f"<html><head>{head}</head><body><h1>Daily Planet</h1><h2>{HEADLINE}</h2>{BODY}</body></html>"
    art = parse_html(markup)
    assert art.headline == HEADLINE
    assert "evidence-conflict" not in codes(art)


def test_strip_site_name_only_with_evidence() -> None:
    assert strip_site_name("Talks resume - Daily Planet", ["Daily Planet"]) == "Talks resume"
    assert strip_site_name("Daily Planet: Talks resume", ["Daily Planet"]) == "Talks resume"
    assert strip_site_name("Talks resume - Daily Planet", []) == "Talks resume - Daily Planet"
    assert strip_site_name("Talks resume - Daily Planet", ["Other Site"]) == "Talks resume - Daily Planet"


# ---------------------------------------------------------------- dates


def test_agreeing_date_confirms_and_gives_the_zone() -> None:
    art = parse_html(
        page(head=ld(datePublished="2020-03-27T16:14:48+08:00"), header="<p>Published: 2020-03-27 16:14</p>")
    )
    assert art.published == dt.datetime(2020, 3, 27, 16, 14, tzinfo=CST)
    assert "evidence-conflict" not in codes(art)


def test_contradicting_date_is_a_warning_and_text_wins() -> None:
    art = parse_html(
        page(
            head=ld(datePublished="2019-01-01T10:00:00+08:00"), header="<p>Published: 2020/3/27 16:14:48</p>"
        )
    )
    assert art.published == dt.datetime(2020, 3, 27, 16, 14, 48)
    assert any(w.code == "evidence-conflict" and "2019-01-01" in w.message for w in art.warnings)


def test_contradicting_updated_is_a_warning() -> None:
    header = "<p>Published: 11:24, January 2, 2021 | Updated: 06:26, June 5, 2023</p>"
    art = parse_html(page(head=ld(dateModified="2024-01-01"), header=header))
    assert isinstance(art.updated, dt.datetime)
    assert art.updated.replace(tzinfo=None) == dt.datetime(2023, 6, 5, 6, 26)
    assert any(w.code == "evidence-conflict" and "2024-01-01" in w.message for w in art.warnings)


def test_date_filled_when_the_page_shows_it_in_a_header_line() -> None:
    markup = page(
        head=ld(author="Jane Doe", datePublished="2020-03-27T16:14:00+08:00"),
        header="<p>Jane Doe · 27 March 2020</p>",
    )
    art = parse_html(markup)
    assert art.published == dt.date(2020, 3, 27)  # only the date is shown
    assert art.authors == ("Jane Doe",)
    assert art.byline == "Jane Doe"
    assert art.summary is None
    assert kind_of(art, "Jane Doe · 27 March 2020") is SegmentKind.BYLINE


def test_time_element_fills_published_with_its_zone() -> None:
    header = '<p>Jane Doe · <time datetime="2020-03-27T16:14:00+08:00">27 March 2020, 16:14</time></p>'
    art = parse_html(page(head='<meta name="author" content="Jane Doe">', header=header))
    assert art.published == dt.datetime(2020, 3, 27, 16, 14, tzinfo=CST)


def test_date_not_filled_when_not_shown() -> None:
    art = parse_html(page(head=ld(datePublished="2020-03-27T16:14:00+08:00")))
    assert art.published is None


def test_date_in_the_body_is_not_a_publication_stamp() -> None:
    body = "<p>On 27 March 2020 the minister said that talks would go on, and that they would meet soon.</p>"
    art = parse_html(page(head=ld(datePublished="2020-03-27"), body=body))
    assert art.published is None


def test_date_later_than_now_not_filled() -> None:
    markup = page(
        head=ld(author="Jane Doe", datePublished="2020-03-27"), header="<p>Jane Doe · 27 March 2020</p>"
    )
    assert parse_html(markup, now=dt.datetime(2020, 1, 1)).published is None


def test_parse_stamp() -> None:
    assert parse_stamp("2020-03-27T08:14:48Z") == dt.datetime(2020, 3, 27, 8, 14, 48, tzinfo=dt.timezone.utc)
    assert parse_stamp("2020-03-27T16:14:48+0800") == dt.datetime(2020, 3, 27, 16, 14, 48, tzinfo=CST)
    assert parse_stamp("2020-03-27") == dt.date(2020, 3, 27)
    assert parse_stamp("March 27, 2020") == dt.date(2020, 3, 27)
    assert parse_stamp("") is None
    assert parse_stamp("99999-99-99") is None


# ---------------------------------------------------------------- authors and credit


def test_author_meta_naming_an_agency_is_credit_never_author() -> None:
    art = parse_html(
        page(head='<meta name="author" content="Xinhua, Jane Doe">', header="<p>Jane Doe | Xinhua</p>")
    )
    assert art.authors == ("Jane Doe",)
    assert art.credit == "Xinhua"
    assert art.byline == "Jane Doe"


def test_json_ld_organisation_author_is_credit() -> None:
    author = [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "Xinhua"}]
    art = parse_html(page(head=ld(author=author), header="<p>Jane Doe | Xinhua</p>"))
    assert art.authors == ("Jane Doe",)
    assert art.credit == "Xinhua"


def test_agency_alone_in_author_meta_never_becomes_an_author() -> None:
    art = parse_html(page(head='<meta name="author" content="Xinhua">', header="<p>Xinhua</p>"))
    assert art.authors == ()
    assert art.credit == "Xinhua"


def test_outlet_not_shown_is_not_credit() -> None:
    art = parse_html(page(head='<meta name="author" content="Xinhua">'))
    assert art.credit is None


def test_author_filled_from_a_bare_name_line() -> None:
    art = parse_html(page(head='<meta name="author" content="Jane Doe">', header="<p>Jane Doe</p>"))
    assert art.authors == ("Jane Doe",)
    assert kind_of(art, "Jane Doe") is SegmentKind.BYLINE
    assert "Jane Doe" not in art.paragraphs


def test_author_only_named_in_the_body_is_not_filled() -> None:
    body = "<p>Jane Doe said on Friday that talks would go on, and officials agreed to meet again.</p>"
    art = parse_html(page(head='<meta name="author" content="Jane Doe">', body=body))
    assert art.authors == ()


def test_editor_is_not_filled_as_author() -> None:
    art = parse_html(
        page(head='<meta name="author" content="Liang Jun">', header="<p>(Web editor: Liang Jun)</p>")
    )
    assert art.authors == ()


def test_contradicting_authors_are_a_warning_and_text_wins() -> None:
    art = parse_html(page(head='<meta name="author" content="John Roe">', header="<p>By Jane Doe</p>"))
    assert art.authors == ("Jane Doe",)
    assert any(w.code == "evidence-conflict" and "John Roe" in w.message for w in art.warnings)


def test_contradicting_credit_is_a_warning() -> None:
    art = parse_html(page(head='<meta name="author" content="Global Times">', header="<p>By Xinhua</p>"))
    assert art.credit == "Xinhua"
    assert any(w.code == "evidence-conflict" and "Global Times" in w.message for w in art.warnings)


def test_microdata_author_and_headline() -> None:
    header = '<p itemprop="author" itemscope><span itemprop="name">Jane Doe</span></p>'
    markup = page(header=header).replace("<h1>", '<h1 itemprop="headline">')
    art = parse_html(markup)
    assert art.authors == ("Jane Doe",)
    assert art.headline == HEADLINE
    assert "evidence-conflict" not in codes(art)


# ---------------------------------------------------------------- source choice


def test_canonical_url_chooses_the_source_parser() -> None:
    markup = page(head='<link rel="canonical" href="https://www.globaltimes.cn/content/1.shtml">')
    assert parse_html(markup).source == "global_times"
    assert parse_html(markup, source="generic").source == "generic"
