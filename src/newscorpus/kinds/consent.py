"""Consent dialogs: the cookie or privacy wall a scraper keeps in front of (or instead of) the page.

A consent dialog is a block of lines: a heading ("We value your privacy"),
sentences about "we and our partners", "personal data" and "consent", a list
of purposes ("Measure content performance"), and a row of buttons ("AGREE",
"Reject all", "More options"). Its sentences read like prose and its purpose
lines like titles, so line rules alone take it for an article. The block is
found from its buttons: a button line with consent wording above it, within
a short distance, marks the lines from the first such wording down to the
last button (and a link to the policy right after the buttons). A banner
of one sentence about cookies right above its buttons is a dialog too. An
article about privacy has the words but no buttons, and stays text; the
block never reaches up past a paragraph that does not speak to the reader
about consent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ..lines import Line
from ..model import SegmentKind

__all__ = ["consent_block"]

# A line that is only a consent dialog's button.
_BUTTON: Final = re.compile(
    r"(?:i )?(?:accept|agree|disagree|reject|decline|refuse|allow|deny|consent)"
    r"(?: (?:all|and close|and continue|cookies|all cookies|necessary(?: cookies)?|selected))?"
    r"|(?:more|manage|cookie|privacy) (?:options|preferences|settings|choices)"
    r"|(?:manage|customi[sz]e) (?:cookies|consent)|continue without accepting|save (?:and exit|choices)"
    # in Spanish: "Aceptar y continuar", "Rechazar todo", "Configurar y más información"
    r"|(?:aceptar|rechazar)(?: y (?:continuar|cerrar)| todo| todas(?: las cookies)?| cookies)?"
    r"|configurar(?: y más información| cookies| preferencias)?|más opciones",
    re.I,
)
# Wording only a consent dialog uses (searched in the first 300 characters of a line).
_WORDING: Final = re.compile(
    r"\b(?:we value your privacy|your privacy (?:choices|matters)|privacy (?:settings|preferences)"
    r"|(?:we and )?our (?:\d+ )?(?:partners|vendors)\b|list of (?:partners|vendors)|legitimate interests?"
    # the site speaking of itself: "FRANCE 24 and its partners use cookies and similar technologies"
    r"|and its (?:\d+ )?(?:partners|vendors) use cookies|cookies and similar technologies"
    r"|personal data|your consent|(?:store|access) (?:and/or access )?information on (?:a|your) device"
    r"|cookies? (?:policy|settings|preferences)|(?:we|this site|this website) uses? cookies"
    # in Spanish: "Tu privacidad es importante para nosotros", "Nosotros y nuestros socios utilizamos
    # cookies ...", "datos personales", "tu consentimiento"
    r"|tu privacidad|(?:nosotros y )?nuestros socios|utilizamos cookies|datos personales"
    r"|tu consentimiento)",
    re.I,
)
# A dialog speaks to the reader about itself: "we", "our partners", "your"; or names what it asks about,
# the cookies ("X and its partners use cookies ...").
_VOICE: Final = re.compile(r"\b(?:we|our|your?|nosotros|nuestros|tu|tus|cookies)\b", re.I)
# A link after the buttons, to the policy: "Learn more →", "More information", "Privacy policy".
_AFTER_BUTTONS: Final = re.compile(
    r"(?:learn more|find out more|more info(?:rmation)?|read more|(?:privacy|cookie) policy)\s*[→›>»]?",
    re.I,
)
# The letters a button opens with (a cheap test before the regex: this runs on every short line).
_BUTTON_FIRST: Final = frozenset("aAcCdDiImMpPrRsS")
_REACH: Final = 30  # lines between the first consent wording and the buttons, at most


def consent_block(lines: Sequence[Line], kinds: Sequence[SegmentKind | None]) -> range | None:
    """The positions of a consent dialog's lines (wording down to buttons), or None when there is none.

    ``kinds`` are the labels given so far: a button is a line no earlier rule labelled, or labelled ``other``.
    """
    first_letters = _BUTTON_FIRST
    other = SegmentKind.OTHER
    buttons = [
        i
        for i, ln in enumerate(lines)
        if ln.words <= 4
        and ln.norm[:1] in first_letters
        and (kinds[i] is None or kinds[i] is other)
        and _BUTTON.fullmatch(ln.norm.rstrip("›>»"))
    ]
    if not buttons:
        return None
    first, last = buttons[0], buttons[0]
    for i in buttons[1:]:  # the first row of buttons: buttons at most three lines apart
        if i - last > 3:
            break
        last = i
    # Up from the buttons: the dialog's lines (its wording, its short purpose lines) until a line of text
    # that is not the dialog speaking ("we and our partners...", "your consent"): the article's.
    wording = []
    for i in range(first - 1, max(0, first - _REACH) - 1, -1):
        ln = lines[i]
        found = _WORDING.search(ln.norm, 0, 300) is not None
        if ln.is_prose and not (found and _VOICE.search(ln.norm, 0, 300)):
            break
        if found:
            wording.append(i)
    # (one line of wording is enough right above the buttons when it speaks of cookies: a banner's
    # one sentence, "X and its partners use cookies ... Agree and close")
    if len(wording) < 2 and not (
        len(wording) == 1 and wording[0] >= first - 2 and "cookie" in lines[wording[0]].norm.lower()
    ):
        return None
    # (the banner's link to its policy, right after the buttons)
    after = last + 1
    if after < len(lines) and lines[after].words <= 4 and _AFTER_BUTTONS.fullmatch(lines[after].norm):
        last = after
    return range(wording[-1], last + 1)
