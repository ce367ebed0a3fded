"""Consent dialogs (cookie and privacy walls) are furniture, and a page that is only one has no article."""

from __future__ import annotations

import newscorpus
from newscorpus import SegmentKind as K

DIALOG = (
    "We value your privacy\n\n"
    "We and our 120 partners store and/or access information on a device, such as cookies, and process "
    "personal data, such as unique identifiers, for personalised advertising and content.\n\n"
    "You may click to consent to our and our partners' processing as described above.\n\n"
    "Measure content performance\nDevelop and improve services\n\n"
    "MORE OPTIONS\nDISAGREE\nAGREE\n"
)
PARA = "The ministers agreed on Tuesday to expand cooperation in trade, energy and education, officials said."
PARA2 = "Both sides also pledged to speed up talks on a new investment treaty before the end of the year."


def test_a_page_that_is_only_a_consent_wall_has_no_article() -> None:
    page = "The Evening Post\nHome | News | Sport | Business\n\n" + DIALOG + "\n© 2024 The Evening Post Ltd."
    art = newscorpus.parse(page)
    assert art.headline is None and art.body == () and art.authors == ()
    dialog = [s for s in art.segments if s.reason == "consent-dialog"]
    assert len(dialog) == DIALOG.count("\n") - DIALOG.count("\n\n")
    assert {s.kind for s in dialog} == {K.OTHER}
    assert dialog[0].text == "We value your privacy" and dialog[-1].text == "AGREE"


def test_a_consent_banner_under_an_article_leaves_the_article_alone() -> None:
    page = f"Trade grows\nBy Anna Tran\n\n{PARA}\n\n{PARA2}\n\n" + DIALOG
    art = newscorpus.parse(page)
    assert (art.headline, art.authors) == ("Trade grows", ("Anna Tran",))
    assert art.body_text == f"{PARA}\n\n{PARA2}"


def test_an_article_about_privacy_without_buttons_stays_text() -> None:
    text = (
        "Regulator fines app maker over personal data\nBy Anna Tran\n\n"
        "The regulator said the company and its partners shared personal data without consent, it said.\n\n"
        "Our partners were told to delete the data, a spokesman for the company said on Friday evening.\n\n"
        "Users who gave their consent can withdraw it in the app's privacy settings, the regulator said."
    )
    art = newscorpus.parse(text)
    assert len(art.body) == 3 and not [s for s in art.segments if s.reason == "consent-dialog"]


def test_a_poll_under_an_article_about_privacy_is_no_dialog() -> None:
    page = (
        "Regulator fines network over data sharing\nBy Anna Tran\n\n"
        "The regulator fined the company on Monday for moving the personal data of users abroad, it said.\n\n"
        "The company had argued that it relied on legitimate interests rather than on your consent.\n\n"
        "Poll: Should regulators be tougher on big tech?\nAgree\nDisagree\n"
    )
    art = newscorpus.parse(page)
    assert len(art.body) >= 2 and not [s for s in art.segments if s.reason == "consent-dialog"]
    assert "Agree" not in [s.text for s in art.segments_of(K.OTHER)]


def test_footer_cookie_links_under_an_article_about_personal_data() -> None:
    page = (
        "Retailer says hackers stole customer records\nBy Anna Tran\n\n"
        "The retailer said hackers had stolen the personal data of about five million customers.\n\n"
        f"{PARA}\n\nAbout us\nPrivacy policy\nCookie policy\nCookie settings\n"
    )
    art = newscorpus.parse(page)
    assert len(art.body) == 2


def test_a_paragraph_that_says_i_agree_is_text() -> None:
    page = f"Trade grows\nBy Anna Tran\n\n{PARA}\n\nI agree.\n\n{PARA2}"
    assert [p.text for p in newscorpus.parse(page).body] == [PARA, "I agree.", PARA2]
