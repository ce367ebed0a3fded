"""Pipeline decisions on layouts from the seventh blind set (tests/fixtures/blind5)."""

from __future__ import annotations

import newscorpus
from newscorpus import SegmentKind as K

BODY = (
    "YUEYANG, May 6 (Xinhua) -- Five years ago, the fisherman spent his nights on a rusting barge on the "
    "lake, pumping sand from the lake bed for construction sites downstream.\n\n"
    "Today the 47-year-old guide spends his mornings steering a small boat through the reeds with visitors "
    "who have come to see the migrating birds.\n"
)


def test_the_browser_title_gives_way_to_the_headline_it_holds() -> None:
    title = "River towns swap sand dredging for birdwatching"
    text = (
        f"{title} - Xinhua | English.news.cn\nEnglish.news.cn\n"
        "Home | China | World | Business\nHome >> China\n\n"
        f"{title}\n\nEnglish.news.cn | 2013-05-06 20:14:23 | Editor: Fang Yu\n\n" + BODY
    )
    article = newscorpus.parse(text)
    assert article.headline == title
    assert article.summary is None
    assert (article.segments[0].kind, article.segments[0].reason) == (K.OTHER, "headline-copy")
    # the site, the stamp and the editor on one line: the stamp is kept (not only the editor)
    assert article.published is not None and article.published.isoformat().startswith("2013-05-06T20:14:23")
    assert article.editors == ("Fang Yu",)


def test_the_line_under_a_kicker_is_the_title_even_with_a_deck_as_long_under_it() -> None:
    title = "Live: Hail and heavy rain hit the coast as forecasters raise an orange alert for the weekend"
    deck = (
        "Drivers urged to avoid valleys and low-lying roads as the storms move north towards the border towns"
    )
    text = (
        f"Coast Daily\nNews  Gulf  World  Business  Sport  Opinion\n\nLIVE\n{title}\n\n{deck}\n\n"
        "Rana Aziz\nSenior Reporter\n\nPublished: April 14, 2025 07:30\n\n"
        "Thunderstorms with hail swept across several parts of the coast on Monday, flooding underpasses and "
        "slowing traffic on the main roads into the city.\n\n"
        "Authorities asked residents to stay away from valleys and beaches until the storms had passed.\n"
    )
    article = newscorpus.parse(text)
    assert (article.headline, article.summary) == (title, deck)


def test_the_bullets_of_a_machine_summary_box_are_the_widget_not_the_summary() -> None:
    title = "Fishers say the catch is thinning as coral bleaching spreads along the coast"
    text = (
        f"Island News\n\n{title}\n\nSummarize this article with AI\n"
        "This is AI generated summarization, which may have errors. "
        "For context, always refer to the full article.\n"
        "• Fishers say daily catches have dropped by as much as half since March\n"
        "• Scientists recorded bleaching in nine of 14 monitored reef sites\n\n"
        "Joanna Reyes\nMay 19, 2025 8:15 AM PHT\n\n"
        "Fishers along the northern coast say their nets have come up lighter every week since the water "
        "began to warm in March, and some have stopped going out at all.\n\n"
        "Marine scientists said the bleaching was the worst they had recorded in the passage.\n"
    )
    article = newscorpus.parse(text)
    assert article.headline == title
    assert article.summary is None
    bullets = [s for s in article.segments if s.text.startswith("•")]
    assert [(s.kind, s.reason) for s in bullets] == [(K.OTHER, "summary-widget")] * 2


def test_a_spaced_menu_item_of_two_words_joined_by_a_connector() -> None:
    from newscorpus.pipeline import _is_spaced_menu

    assert _is_spaced_menu("España  Internacional  Economía  Clima y Medio Ambiente  Cultura  Deportes")
    assert _is_spaced_menu("News  Arts and Culture Desk  Sport  Business  Travel")
    assert not _is_spaced_menu("Home  News  Sport  Weather  the minister and the mayor said")


def test_follow_the_outlet_on_a_messaging_app_is_promo_as_on_google_news() -> None:
    from newscorpus.kinds.phrases import _phrase_kind

    for line in ("Follow Coast Daily on WhatsApp", "Follow The Harbour Post on Telegram"):
        assert _phrase_kind(line, line.lower(), True) == (K.PROMO, "promo-phrase")


def test_twenty_four_hour_times_heading_live_entries_are_subheadings() -> None:
    entries = "".join(
        f"{time}\n{head}\n{text}\n\n"
        for time, head, text in (
            (
                "15:42",
                "Police report minor accidents",
                "Police said 212 minor accidents had been reported by noon.",
            ),
            (
                "14:55",
                "Schools move classes online",
                "Private schools told parents classes would move online.",
            ),
        )
    )
    text = (
        "Live: Storms hit the coast as forecasters raise an orange alert\n\nBy Rana Aziz\n"
        "Published: April 14, 2025 07:30\n\n"
        "Thunderstorms with hail swept across several parts of the coast on Monday, flooding underpasses and "
        "slowing traffic on the main roads into the city.\n\n" + entries
    )
    article = newscorpus.parse(text)
    stamps = [s for s in article.segments if s.text in ("15:42", "14:55")]
    assert [(s.kind, s.reason) for s in stamps] == [(K.SUBHEADING, "entry-stamp")] * 2


def test_a_crumb_trail_with_an_arrow_may_name_a_section_at_length() -> None:
    crumb = "Thời sự › Hoạt động của lãnh đạo Chính phủ"
    title = "Phó Thủ tướng chủ trì họp về hạ tầng giao thông vùng ven biển"
    text = (
        f"BÁO MẪU\n{crumb}\n\n{title}\n\n"
        "Chiều 3/12, Phó Thủ tướng chủ trì cuộc họp với các bộ, ngành về kế hoạch đầu tư hạ tầng giao "
        "thông vùng ven biển trong giai đoạn tới.\n\n"
        "Theo báo cáo, vùng ven biển hiện có chín cảng biển đang được nâng cấp, đáp ứng nhu cầu vận tải.\n"
    )
    article = newscorpus.parse(text)
    assert article.headline == title
    assert next(s for s in article.segments if s.text == crumb).kind is K.NAVIGATION


def test_a_sapo_labelled_summary_or_tagged_by_the_portal_is_the_summary_without_its_label() -> None:
    for opener in ("Summary: ", "(Chinhphu.vn) - "):
        sapo = "Smallholders hope direct sales to tea houses will cushion them from falling auction prices"
        text = (
            "Tea farmers look east for buyers\n\nBy Jane Njeri\n\n"
            f"{opener}{sapo}\n\n"
            "Every Tuesday morning the farmer walks the rows of her two-acre tea farm on the slopes above "
            "the town, checking the new leaves before the pickers arrive.\n\n"
            "Prices at the weekly auction have fallen for three years in a row, traders said.\n"
        )
        article = newscorpus.parse(text)
        assert article.summary == sapo
        assert article.paragraphs[0].startswith("Every Tuesday")


def test_the_logo_over_the_menu_is_the_site_name_even_after_a_skip_link() -> None:
    text = (
        "Skip to main content\nKeyboard shortcuts for audio player\nNPR\n"
        "News  Culture  Music  Podcasts & Shows  Search\n\n"
        "River town weighs paying people to leave after two floods\n\n"
        "April 3, 2025 5:00 AM ET\n\nBy Dana Whitcombe\n\n"
        "For most of the last century, the worst the river did to this town was flood a few basements "
        "every spring, residents said.\n\n"
        "Then came June 2020, when an overnight storm pushed the river four feet over its banks.\n"
    )
    article = newscorpus.parse(text)
    assert article.credit is None
    seg = next(s for s in article.segments if s.text == "NPR")
    assert (seg.kind, seg.reason) == (K.NAVIGATION, "site-name")


def test_the_caption_block_around_hide_and_toggle_caption_buttons() -> None:
    caption = "Sandbags are stacked outside a hardware store on Main Street on March 28."
    text = (
        "River town weighs paying people to leave\n\nApril 3, 2025 5:00 AM ET\n\nBy Dana Whitcombe\n\n"
        f"Enlarge this image\n{caption}\nKelsey Brandt for NPR\nhide caption\ntoggle caption\n"
        "Kelsey Brandt for NPR\n\n"
        "For most of the last century, the worst the river did to this town was flood a few basements "
        "every spring, residents said.\n\n"
        "Then came June 2020, when an overnight storm pushed the river four feet over its banks.\n"
    )
    article = newscorpus.parse(text)
    block = [s for s in article.segments if s.text in (caption, "Kelsey Brandt for NPR")]
    assert [s.kind for s in block] == [K.CAPTION] * 3
    assert article.paragraphs[0].startswith("For most of the last century")


def test_the_editor_named_in_the_site_imprint_is_not_the_story_editor() -> None:
    story = (
        "Garment exporters seek new buyers\n\nBy Ruma Akter\n\n"
        "Garment exporters said on Tuesday they were looking for new buyers in Asia after orders from "
        "Europe slowed for a third month.\n\n"
        "The country's garment exports rose 8.6% in the first eleven months of the fiscal year.\n\n"
    )
    footer = "Editor: Saiful Karim\nPublished by Rafiq Chowdhury on behalf of Tribune Media Limited\n"
    assert newscorpus.parse(story + footer).editors == ()
    assert newscorpus.parse(story + "Editor: Saiful Karim\n").editors == ("Saiful Karim",)


def test_more_outlets_are_known_by_name() -> None:
    from newscorpus.fields.lexicon import canonical_outlet

    for name in (
        "Rappler",
        "Dhaka Tribune",
        "The Express Tribune",
        "Gulf News",
        "Ahram Online",
        "Asahi Shimbun",
    ):
        assert canonical_outlet(name) is not None


def test_one_sentence_under_the_byline_set_apart_by_two_furniture_lines_is_the_deck() -> None:
    deck = "The changes give tenants of old-rent flats seven years before rents move to market levels."
    text = (
        "House approves phased end to fixed rents\nHana Mansour , Tuesday 8 Apr 2025\n"
        f"{deck}\nViews: 1,254\nShare  Tweet  Email  Print\n"
        "The House of Representatives on Tuesday approved amendments to the law governing old leases, "
        "ending decades of fixed rents for millions of tenants.\n"
        "Under the amendments, rents on units leased before 1996 will rise in steps every year.\n"
    )
    article = newscorpus.parse(text)
    assert article.summary == deck
    assert article.paragraphs[0].startswith("The House of Representatives")
    # a lede with a single furniture line under it stays the text's first paragraph
    lede_only = text.replace("Views: 1,254\n", "")
    assert newscorpus.parse(lede_only).summary is None
