"""Per-kind classifier tests on furniture lines of our own (not taken from the seeds)."""

from __future__ import annotations

import pytest

from newscorpus.kinds.furniture import caption_reason, ends_with_date, junk_reason, navigation_reason
from newscorpus.kinds.phrases import is_list_heading, key_of, phrase_kind
from newscorpus.kinds.pullquotes import highlights, same_title, shingles
from newscorpus.model import SegmentKind as K

PHRASES = [
    ("Most Popular", K.NAVIGATION),
    ("  Editors' Picks  ", K.NAVIGATION),
    ("Back to top", K.NAVIGATION),
    ("Share this article", K.SHARE),
    ("Share on Facebook", K.SHARE),
    ("Follow us on Twitter", K.SHARE),
    ("Suggest to a Friend", K.SHARE),
    ("Print", K.SHARE),
    ("Leave a comment", K.COMMENTS),
    ("Reader comments (3)", K.COMMENTS),
    ("Log in to comment", K.COMMENTS),
    ("blog comments powered by Disqus", K.COMMENTS),
    ("Advertisement", K.OTHER),
    ("4 min read", K.OTHER),
    ("Reading time: 5 minutes", K.OTHER),
    ("(Corrects headline to fix spelling of minister's name)", K.OTHER),
    ("Copyright © 2024 Example Media Ltd.", K.CREDIT),
    ("All rights reserved.", K.CREDIT),
    ("(Web editor: Wu Chengliang, Bianji)", K.CREDIT),
    ("Editor: Li Yan", K.CREDIT),
    ("READ MORE: Ports reopen after the storm", K.RELATED),
    ("Also read: Rice exports rise in May", K.RELATED),
    ("Related Articles", K.RELATED),
    ("(For more news, please follow China Daily on WeChat)", K.PROMO),
    ("Subscribe to our newsletter for the latest updates", K.PROMO),
    ("Download the app", K.OTHER),
]


@pytest.mark.parametrize(("line", "kind"), PHRASES)
def test_fixed_phrases(line: str, kind: K) -> None:
    found = phrase_kind(line)
    assert found is not None
    assert found[0] is kind


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the country would share its experience with neighbours.",
        "Comments from officials suggest a deal is near, analysts said.",
        "Print media revenues fell for the fifth year in a row.",
        "Most readers will remember the 2008 crisis.",
        "By the end of the year the project will be complete.",
        "For more than 30 years, fishermen in the delta have followed the tides.",
        "Copyright infringement cases rose 20 percent last year, the court said.",
        "Advertisement spending in China rose 8 percent in the first quarter.",
        "Support for the measure – first proposed in March – has grown since.",
        "Editing by machine is increasingly common in newsrooms.",
        "Sign up for the new health insurance scheme has been slow, officials said.",
    ],
)
def test_prose_is_not_a_phrase(line: str) -> None:
    assert phrase_kind(line) is None


def test_key_of_folds_case_punctuation_and_numbering() -> None:
    assert key_of("  MOST READ: ") == "most read"
    assert key_of("3. Name") == "name"
    assert is_list_heading("Most Viewed") and not is_list_heading("English>>")


CAPTIONS = [
    "Farmers harvest rice in a field in Can Tho on Oct 3, 2023. [Photo/Xinhua]",
    "Delegates pose for a group photo at the summit. (Photo: VNA)",
    "The new bridge opens to traffic on Monday. (Xinhua/Li Ming)",
    "Visitors tour the exhibition in Shanghai, March 2, 2022. (WANG GANG / CHINA DAILY)",
    "Passengers board a train at the station. Photo: Reuters",
    "A woman walks past the closed shop. Photograph: Anna Lee/AFP/Getty Images",
    "Credit: Reuters/Tyrone Siu",
    "Photo by Zhang Wei",
    "Photo taken on May 3, 2021 shows the harbour at dusk.",
    "In this file photo, a worker checks solar panels.",
    "Fireworks light up the sky over the river on New Year's Eve. /CFP",
    "![hero image](https://example.com/a.jpg)",
    "| ![]() |",
]


@pytest.mark.parametrize("line", CAPTIONS)
def test_captions(line: str) -> None:
    assert caption_reason(line, len(line.split())) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The two sides agreed to expand trade and investment (including in 5G).",
        "Growth was 4.8 percent in the third quarter, up from 4.7 percent.",
        "He said the plan would cost 2/3 of the budget.",
        "Officials met in Hanoi to discuss the East Sea and/or maritime issues",
    ],
)
def test_body_sentences_are_not_captions(line: str) -> None:
    assert caption_reason(line, len(line.split())) is None


def test_caption_ending_with_a_date() -> None:
    assert ends_with_date("The prime minister receives the delegation in Hanoi, September 19, 2017")
    assert not ends_with_date("The talks will continue next week.")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Home > News > Politics", "breadcrumb"),
        ("NEWS >> Asia", "breadcrumb"),
        ("Home | World | Business | Sport", "breadcrumb"),
        ("English 中文 Français Español", "language-switcher"),
        ("Facebook Twitter LinkedIn WhatsApp", "social-row"),
        ("« Previous 1 2 3 4 5 Next »", "pagination"),
        ("[1] [2] [3]", "pagination"),
    ],
)
def test_navigation_shapes(line: str, reason: str) -> None:
    assert navigation_reason(line, len(line.split())) == reason


@pytest.mark.parametrize(
    "line",
    [
        "China / US trade talks resume",  # a headline with a slash has more words per part
        "Prices rose 3.2 percent / year on year in May, the bureau said.",
        "Vietnam and Laos sign three agreements",
    ],
)
def test_not_navigation(line: str) -> None:
    assert navigation_reason(line, len(line.split())) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("| | |", "table-debris"),
        ("2048", "counter"),
        ("•••", "no-letters"),
        ("1024 luot xem 12", "garbled-counter"),
    ],
)
def test_junk(line: str, reason: str) -> None:
    assert junk_reason(line, len(line.split())) == reason


def test_junk_leaves_text_alone() -> None:
    assert junk_reason("G20 leaders meet in 2024", 5) is None


def test_highlight_is_the_shorter_or_unpunctuated_copy() -> None:
    body = [
        '"We will open our markets further and welcome investors," the minister told reporters on Friday.',
        "We will open our markets further and welcome investors",
        "Unrelated paragraph about the weather in the capital, which was mild.",
        "Exports rose by a fifth over the year, according to the customs office.",
        "Exports rose by a fifth over the year, according to the customs office",
    ]
    assert highlights(body) == {1, 4}


def test_highlights_only_answers_for_the_lines_asked_and_reads_line_breaks_as_spaces() -> None:
    body = [
        '"We will open our markets further and welcome investors," the minister told reporters on Friday.',
        "We will open our\nmarkets further and welcome investors",
        "Exports rose by a fifth over the year, according to the customs office.",
        "Exports rose by a fifth over the year, according to the customs office",
    ]
    assert highlights(body) == {1, 3}
    assert highlights(body, only=[1]) == {1}
    assert highlights(body, only=[0, 2]) == set()
    assert shingles("We will open our\nmarkets") == shingles("we WILL open, our markets!")


def test_identical_paragraphs_both_stay() -> None:
    line = "The agreement covers trade, investment and tourism over the next five years."
    assert highlights([line, line]) == set()


def test_highlights_stay_linear_on_repetitive_pages() -> None:
    lines = ["the same words again and again and again"] * 20000
    assert highlights(lines) == set()


def test_same_title_ignores_case_spacing_and_punctuation() -> None:
    assert same_title("Viet Nam, Laos sign deal", "Vietnam Laos Sign Deal")
    assert not same_title("Vietnam, Laos sign deal", "Vietnam, Cambodia sign deal")
