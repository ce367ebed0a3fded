"""Datelines: the place that opens the first paragraph (``BEIJING -``, ``Hanoi (VNA) -``).

The paragraph keeps its text; only the place becomes the ``dateline`` field.
"""

from __future__ import annotations

import re

from .lexicon import is_outlet

__all__ = ["find_dateline"]

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ỸĐ"
_PLACE_CAPS = rf"[{_UPPER}][{_UPPER}'’.\- /]{{1,40}}?"
_PLACE_MIXED = rf"[{_UPPER}][\w'’.\- ]{{1,40}}?"
_MONTH_WORD = r"[A-Z][a-z]{2,8}\.?"
_DATE = rf"(?:,\s*(?:{_MONTH_WORD}\s*\d{{1,2}}|\d{{1,2}}\s+{_MONTH_WORD})(?:,\s*\d{{4}})?)?"
_AGENCY = r"\s*\((?P<agency>[A-Za-z][\w .&'-]{0,30})\)"
_DASH = r"\s*(?:--|—|–|-)\s+"
# All-caps place, optional date and agency: "BEIJING -", "BEIJING, Oct. 16 (Xinhua) --".
_CAPS = re.compile(rf"^({_PLACE_CAPS}){_DATE}(?:{_AGENCY})?{_DASH}\S")
# Mixed-case place needs a known agency in parentheses: "Hanoi (VNA) -".
_MIXED = re.compile(rf"^({_PLACE_MIXED}){_DATE}{_AGENCY}{_DASH}\S")
# Outlet tags open a sapo, they are not places.
_NOT_PLACES = frozenset(
    {
        "TGVN",
        "WVR",
        "VGP",
        "VNA",
        "AP",
        "AFP",
        "UPDATE",
        "BREAKING",
        "EXCLUSIVE",
        "ANALYSIS",
        "COMMENT",
        "OPINION",
        "EDITORIAL",
        "EDITOR'S NOTE",
        "NOTE",
        "Q",
        "A",
    }
)
_NOT_FIRST_WORDS = frozenset({"the", "a", "an", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "this"})


def find_dateline(text: str) -> str | None:
    """The dateline place opening ``text``, or None.

    >>> find_dateline("BEIJING, Oct. 16 (Xinhua) -- China said on Friday ...")
    'BEIJING'
    >>> find_dateline("Hanoi (VNA) - Vietnam will ...")
    'Hanoi'
    >>> find_dateline("WVR - Republic of Korea Ambassador ...") is None
    True
    """
    head = text[:120]
    m = _CAPS.match(head) or _MIXED.match(head)
    if m is None:
        return None
    place = m.group(1).strip(" .-/")
    if not place or place.upper() in _NOT_PLACES or len(place.split()) > 4:
        return None
    if place.split()[0].lower() in _NOT_FIRST_WORDS:
        return None
    if (
        m.re is _CAPS
        and not place.replace(" ", "").replace("-", "").replace(".", "").replace("/", "").isupper()
    ):
        return None
    agency = m.group("agency")
    if m.re is _MIXED and not is_outlet(agency):
        return None  # "Vietnam Airlines (VNA) – the flag carrier": a name and its acronym, not a dateline
    return place
