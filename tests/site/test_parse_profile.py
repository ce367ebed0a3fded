"""parse(..., profile=...) and parse_html(..., profile=...) use a site profile; without one, no change."""

from __future__ import annotations

import newscorpus
from newscorpus.site import SiteProfile, SiteProfiles, key_for

PROMO = "Readers who enjoyed this story can find many more like it every week in our weekend magazine."


WORDS = ["amber", "birch", "cedar", "delta", "ember", "fjord", "garnet", "harbor", "indigo", "juniper"]
WORDS += ["kestrel", "lagoon", "meadow"]


def page(i: int) -> str:
    a, b, c = WORDS[i % 13], WORDS[(i * 5 + 1) % 13], WORDS[(i * 7 + 3) % 13]
    return (
        f"Harbour town {a} story makes the news\n\nBy Jane Doe\n\n"
        f"The {a} ferry left the {b} harbour on a calm morning, carrying passengers and their cars.\n\n"
        f"{PROMO}\n\n"
        f"Officials said the {c} service would run daily until the end of the {a} summer season.\n"
    )


def test_parse_with_a_profile_relabels_repeated_prose() -> None:
    profile = SiteProfile().learn_many(page(i) for i in range(12))
    plain = newscorpus.parse(page(40))
    assert PROMO in plain.paragraphs  # alone, the page can't tell
    art = newscorpus.parse(page(40), profile=profile)
    assert PROMO not in art.paragraphs
    promo = next(s for s in art.segments if s.text == PROMO)
    assert promo.reason == "site-repeated"
    assert len(art.paragraphs) == 2
    assert art.headline == plain.headline and art.authors == plain.authors
    assert [s.span for s in art.segments] == [s.span for s in plain.segments]  # nothing lost


def test_profiles_are_chosen_by_host() -> None:
    profiles = SiteProfiles()
    for i in range(12):
        profiles.learn(page(i), key_for("https://harbour.example/a"))
    by_url = newscorpus.parse(page(40), url="https://www.harbour.example/b", profile=profiles)
    assert PROMO not in by_url.paragraphs
    other_site = newscorpus.parse(page(40), url="https://elsewhere.example/b", profile=profiles)
    assert PROMO in other_site.paragraphs


def test_parse_html_with_a_profile() -> None:
    profile = SiteProfile().learn_many(page(i) for i in range(12))
    html = "".join(f"<p>{line}</p>" for line in page(40).split("\n") if line)
    assert PROMO in newscorpus.parse_html(html).paragraphs
    assert PROMO not in newscorpus.parse_html(html, profile=profile).paragraphs


def test_no_profile_changes_nothing() -> None:
    assert newscorpus.parse(page(1), profile=None) == newscorpus.parse(page(1))
