"""blind6 furniture rules: phrases in French and German, tool rows, captions, credits, a one-sentence cookie
banner (synthetic lines)."""

from __future__ import annotations

import pytest

import newscorpus
from newscorpus.kinds.furniture import caption_reason, navigation_reason
from newscorpus.kinds.phrases import is_list_heading, phrase_kind
from newscorpus.model import SegmentKind as K


@pytest.mark.parametrize(
    ("line", "kind", "reason"),
    [
        # English
        ("Related news: Port city opens a second ferry terminal", K.RELATED, "related-label"),
        ("Related stories: Farmers switch to drought-proof rice", K.RELATED, "related-label"),
        ("Related searches: ferry, harbour, tides", K.NAVIGATION, "tags-line"),
        ("Popular", K.NAVIGATION, "phrase-navigation"),
        ("Latest episodes", K.NAVIGATION, "phrase-navigation"),
        ("NEWSPAPER SECTION: Business", K.OTHER, "other-phrase"),
        ("Do you like the content of this article?", K.OTHER, "phrase-other"),
        ("Please enable JavaScript to view this page.", K.OTHER, "other-phrase"),
        ("Representational image", K.CAPTION, "phrase-caption"),
        ("Gift this article  Share", K.SHARE, "tool-row"),
        ("Share  AA  Follow us", K.SHARE, "tool-row"),
        ("Stay up to date with world news by downloading the Example app", K.PROMO, "promo-phrase"),
        ("Keep up to date with world news by downloading the Example app", K.PROMO, "promo-phrase"),
        ("Keep up with the markets by subscribing to our morning briefing", K.PROMO, "promo-phrase"),
        (
            "Example Weekly welcomes essays from readers about life abroad. Send yours to us.",
            K.PROMO,
            "promo-phrase",
        ),
        ("® Example Daily is registered with the Ministry of Information", K.CREDIT, "credit-phrase"),
        (
            "Example Corp  |  Publisher: Jane Roe  |  Address: 12 Harbour Road, Kowloon",
            K.CREDIT,
            "imprint-line",
        ),
        # French
        ("S'abonner", K.PROMO, "phrase-promo"),
        ("Partager", K.SHARE, "phrase-share"),
        ("Commenter", K.COMMENTS, "comments-prompt"),
        ("Écouter cet article", K.OTHER, "other-phrase"),
        ("À lire aussi : Le port de Sète agrandit ses quais", K.RELATED, "related-label"),
        ("Cet article est réservé aux abonnés. Il vous reste 80% à découvrir.", K.PROMO, "promo-phrase"),
        ("Déjà abonné ? Se connecter", K.PROMO, "promo-phrase"),
        ("Offre spéciale : 2€ par mois pendant 3 mois", K.PROMO, "promo-phrase"),
        ("L'Exemple - Tous droits réservés", K.CREDIT, "credit-phrase"),
        ("Publicité", K.OTHER, "phrase-other"),
        # German
        ("Abonnement", K.PROMO, "phrase-promo"),
        ("Anzeige", K.OTHER, "phrase-other"),
        ("Artikel anhören • 4 Min", K.OTHER, "other-phrase"),
        ("Zur Merkliste hinzufügen", K.SHARE, "phrase-share"),
        ("X.com  Facebook  E-Mail  Link kopieren  Weitere Optionen zum Teilen", K.SHARE, "tool-row"),
        ("Mehr zum Thema", K.RELATED, "phrase-related"),
        ("Mehr lesen über", K.NAVIGATION, "phrase-navigation"),
        ("Der Morgen: Der Newsletter der Redaktion. Jetzt abonnieren", K.PROMO, "promo-call"),
        ("Beispiel Verlag GmbH - Alle Rechte vorbehalten", K.CREDIT, "credit-phrase"),
        # Vietnamese, Chinese
        ("Từ khóa: giao thông, Đà Nẵng", K.NAVIGATION, "tags-line"),
        ("（完）", K.OTHER, "phrase-other"),
        ("理论热点", K.NAVIGATION, "phrase-navigation"),
        ("翻译&编辑：李明", K.CREDIT, "credit-phrase"),
        ("审校：王芳", K.CREDIT, "credit-phrase"),
        ("声明：本文为示例日报独家稿，未经授权，禁止转载。", K.CREDIT, "credit-phrase"),
    ],
)
def test_phrase_kinds(line: str, kind: K, reason: str) -> None:
    assert phrase_kind(" ".join(line.split())) == (kind, reason)


@pytest.mark.parametrize(
    "line",
    [
        # a price in a sentence of the story is no offer
        "Netflix will raise its basic subscription to $9.99 a month from March, the company said.",
        # a body sentence about copying is no notice
        "他说，这家网站未经授权转载了大量新闻作品。",
        "Related to the port, the ferries run every hour.",
    ],
)
def test_not_furniture(line: str) -> None:
    assert phrase_kind(line) is None


def test_popular_heads_a_site_list() -> None:
    assert is_list_heading("Popular")
    assert is_list_heading("Mehr zum Thema")


def test_captions_and_credits() -> None:
    caps = "Le nouveau quai du port, à Sète, en mars. MARIE DUPONT / L'Exemple"
    assert caption_reason(caps, 13) == "caption-credit"
    assert (
        caption_reason("The reservoir has dropped below its spillway. (XB file photo)", 10)
        == "caption-credit"
    )
    assert caption_reason("6月1日，游客在公园里散步。（视觉中国）", 1) == "caption-credit"
    assert caption_reason("6月1日，游客在公园里散步。（新华社发）", 1) == "caption-credit"
    assert caption_reason("他说，这是一个好消息。（新华社）", 1) is None  # the wire credits the text
    assert caption_reason("Foto: Anna Beispiel / dpa", 5) == "photo-credit"
    assert caption_reason("Bild: Max Muster", 3) == "photo-credit"


def test_quotes_in_guillemets_are_no_breadcrumb() -> None:
    assert navigation_reason("Fähre am Hafen: »Hier wartet man oft eine Stunde«", 8) is None
    assert navigation_reason("Accueil » Actualité » Monde", 5) == "breadcrumb"


def test_language_codes_row() -> None:
    assert navigation_reason("FR  EN  ES  عربي", 4) == "language-switcher"
    assert navigation_reason("EN DE ES", 3) == "language-switcher"
    assert navigation_reason("EN route to the port", 5) is None


def test_one_sentence_cookie_banner() -> None:
    text = (
        "Example News and its partners use cookies and similar technologies to measure audience and "
        "personalise content.\n"
        "Agree and close\n"
        "Learn more →\n\n"
        "Harbour town opens its second ferry terminal\n\n"
        "The new terminal, which cost 40 million dollars, will double the number of daily crossings to the "
        "islands, the port authority said on Monday.\n\n"
        "Ferry operators said they would add three boats on the busiest route before the summer season.\n"
    )
    art = newscorpus.parse(text)
    kinds = [s.kind for s in art.segments]
    assert kinds[:3] == [K.OTHER] * 3
    assert [s.reason for s in art.segments[:3]] == ["consent-dialog"] * 3
    assert art.headline == "Harbour town opens its second ferry terminal"
