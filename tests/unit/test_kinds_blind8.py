"""blind8 furniture rules: donation, newsletter and subscription boxes, Portuguese phrases, opinion
disclaimers, footer links run together, search boxes, captions closing on an agency alone, a spaced slash
credit, a file tag or a dash-and-date credit, bare name/agency credit lines (synthetic lines)."""

from __future__ import annotations

import pytest

import newscorpus
from newscorpus.kinds.furniture import caption_reason, navigation_reason
from newscorpus.kinds.phrases import is_list_heading, phrase_kind
from newscorpus.model import SegmentKind as K


@pytest.mark.parametrize(
    ("line", "kind", "reason"),
    [
        # English widgets
        ("Ad Feedback", K.OTHER, "phrase-other"),
        ("Show full article", K.OTHER, "phrase-other"),
        ("Quick Reads", K.OTHER, "phrase-other"),
        ("Read Time: 6 mins", K.OTHER, "other-phrase"),
        ("Summary is AI-generated, editor-checked.", K.OTHER, "other-phrase"),
        ("Search Example Post...", K.NAVIGATION, "search-box"),
        ("Search Example Daily…", K.NAVIGATION, "search-box"),
        ("Shows", K.NAVIGATION, "phrase-navigation"),
        ("Latest Videos", K.NAVIGATION, "phrase-navigation"),
        ("Trending Videos", K.NAVIGATION, "phrase-navigation"),
        ("More EXP", K.RELATED, "related-label"),
        ("Read more about: Harbours , Tolls , Ferries", K.NAVIGATION, "tags-line"),
        # promo: donation, newsletter and subscription boxes, pitches
        ("A Message from The Example Courier:", K.PROMO, "promo-phrase"),
        ("Not ready to donate today?", K.PROMO, "promo-phrase"),
        ("Remind me later.", K.PROMO, "phrase-promo"),
        ("Once  Monthly  Annual", K.PROMO, "promo-row"),
        ("One-time  Monthly", K.PROMO, "promo-row"),
        (
            "Help protect local reporting & keep the Courier open to everyone by supporting our newsroom",
            K.PROMO,
            "promo-phrase",
        ),
        ("Support EXP", K.PROMO, "promo-phrase"),
        ("Support the Example Courier", K.PROMO, "promo-phrase"),
        ("Start your morning with the Courier's top stories", K.PROMO, "promo-phrase"),
        ("A daily digest of the Courier's top headlines", K.PROMO, "promo-phrase"),
        ("The Evening Briefing", K.PROMO, "promo-newsletter"),
        ("EC Weekly Digest", K.PROMO, "promo-newsletter"),
        ("Subscribe  Newsletters", K.PROMO, "promo-row"),
        ("EP Plus  Abo", K.PROMO, "promo-row"),
        ("Track Latest News Live on example.com and get updates from the region", K.PROMO, "promo-phrase"),
        ("If you wish to contribute, please write to the desk.", K.PROMO, "promo-phrase"),
        ("Follow Example Daily on Facebook and X to join the conversation.", K.PROMO, "promo-phrase"),
        # other: opinion disclaimers
        (
            "Opinion pieces reflect the views of their authors, not necessarily those of Example Daily.",
            K.OTHER,
            "other-phrase",
        ),
        ("(*) Bài viết chỉ thể hiện quan điểm của tác giả.", K.OTHER, "other-phrase"),
        # Portuguese
        ("Assine", K.PROMO, "phrase-promo"),
        ("Sua assinatura vale mais", K.PROMO, "promo-phrase"),
        ("Você já conhece as vantagens de ser assinante do Diário?", K.PROMO, "promo-phrase"),
        ("Ouvir o artigo", K.OTHER, "other-phrase"),
        ("Copiar link  Salvar artigos", K.SHARE, "tool-row"),
        ("Comentários", K.COMMENTS, "phrase-comments"),
        ("Os comentários não representam a opinião do site.", K.COMMENTS, "comments-notice"),
        ("Ver todos os comentários (7)", K.COMMENTS, "comments-phrase"),
        ("View all comments (15)", K.COMMENTS, "comments-phrase"),
        ("Relacionadas", K.RELATED, "phrase-related"),
        ("Leia também", K.RELATED, "phrase-related"),
        # German, Vietnamese, Chinese
        ("Zur Startseite", K.NAVIGATION, "home-link"),
        ("Zur EZ-Startseite", K.NAVIGATION, "home-link"),
        ("Địa chỉ: 12 Phố Huế, Hà Nội", K.CREDIT, "imprint-line"),
        ("更多新闻，请下载“示例新闻”客户端。", K.PROMO, "promo-phrase"),
        # tool rows, credits, image slugs
        ("Print  Email  Bookmark and Share", K.SHARE, "tool-row"),
        ("Jane Roe/Getty Images", K.CAPTION, "photo-credit"),
        ("John Doe / AFP via Getty Images", K.CAPTION, "photo-credit"),
        ("harbour-festival-2026-banner", K.CAPTION, "image-slug"),
    ],
)
def test_blind8_phrases(line: str, kind: K, reason: str) -> None:
    assert phrase_kind(line) == (kind, reason)


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe  Sign in",  # a menu's links: navigation, not a subscription row
        "Subscribe  Newsletters  Log in",
        "MORE OPTIONS",  # (a consent dialog's button: no "More X" list heading)
        "Support groups met in the town hall on Monday to plan the winter shelters.",
        "Help is on the way for farmers hit by the floods, the minister said.",
        "Jane Roe/Reuters",  # a text agency: the pipeline tells a byline from a credit by position
        "Once upon a time",
        "Weekly  Monthly  Yearly",  # a chart's toggle
        "Support Services",
        "Not ready to give up, the team trained through the winter.",
        "Start your day with a glass of water, doctors say.",
        "A weekly summary of flu cases showed a rise in children.",
        "Sua assinatura foi reconhecida em cartório.",  # (his signature was certified)
        "Search for survivors goes on…",
    ],
)
def test_blind8_phrases_leave_text(line: str) -> None:
    found = phrase_kind(line)
    assert found is None or found[1] not in {"promo-row", "related-label", "promo-phrase", "photo-credit"}


def test_more_outlet_heads_a_list() -> None:
    assert is_list_heading("More EXP")
    assert not is_list_heading("More jobs")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("About us  Privacy Policy  Contacts  Advertising", "footer-links"),
        ("Termos de uso  Política de privacidade  Expediente", "footer-links"),
        ("Datenschutz  Impressum  Kontakt", "footer-links"),
    ],
)
def test_footer_links_run_together(line: str, reason: str) -> None:
    assert navigation_reason(" ".join(line.split()), len(line.split())) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Clear data rules help both business and privacy",  # a teaser's title
        "We value your privacy",
        "The court said the privacy of the victims must be protected.",
    ],
)
def test_privacy_in_text_is_no_footer(line: str) -> None:
    assert navigation_reason(line, len(line.split())) is None


@pytest.mark.parametrize(
    "line",
    [
        "A ferry leaves the pier at dawn in Busan, Dec. 3. Yonhap",
        "Trucks queue at the border crossing near Narva. Ivan Petrov / TASS",
        "The old market hall in Kazan. Olga Smirnova / Example News Agency",
        "A ferry waits at the pier before the first sailing of the year. (File)",
        "A new tram waits at the depot near the river. (Representational image)",
        "A ministra durante visita ao porto em Santos - Ana Costa - 12.mar.2026/Folhapress",
        "Passengers board a tram at the new terminal in the suburbs. VNA/VNS Photo Đỗ Hải",
    ],
)
def test_blind8_caption_credits(line: str) -> None:
    assert caption_reason(line, len(line.split())) == "caption-credit"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Photos: Busy morning at the fish market in the old port", None),  # a photo story's title
        ("Photos: JANE DOE", "photo-credit"),
        ("The vote was delayed again, officials told Reuters.", None),
        ("He left office in 2019. U.S. President AP", None),  # the word before the stop is no date or word
        ("The ministry said the roads would reopen by Friday, he said. (Supplied)", None),
        (
            "The minister said the ferries were safe. (File)",
            None,
        ),  # reported speech: text (test_kinds_blind4)
    ],
)
def test_blind8_caption_limits(line: str, want: str | None) -> None:
    assert caption_reason(line, len(line.split())) == want


def test_name_agency_credit_makes_the_line_above_a_caption() -> None:
    page = (
        "Ferry services resume after storm\n"
        "By Jane Doe\n"
        "Published: 2026-03-04 09:15\n"
        "\n"
        "Passengers wait at the ferry pier in Port Town on March 3, 2026.\n"
        "Sam Lee/Getty Images\n"
        "\n"
        "Ferry services between the islands resumed on Wednesday after a storm closed the port for three "
        "days, the operator said.\n"
        "\n"
        "More sailings will be added at the weekend to clear the backlog of passengers and freight, it "
        "said.\n"
    )
    kinds = [(seg.kind, seg.text) for seg in newscorpus.parse(page).segments]
    assert (K.CAPTION, "Passengers wait at the ferry pier in Port Town on March 3, 2026.") in kinds
    assert (K.CAPTION, "Sam Lee/Getty Images") in kinds
