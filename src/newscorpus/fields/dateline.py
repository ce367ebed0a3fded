"""Datelines: the place that opens the first paragraph (``BEIJING -``, ``Hanoi (VNA) -``).

The paragraph keeps its text; only the place becomes the ``dateline`` field.
"""

from __future__ import annotations

import re
from typing import Final

from .byline import reporter_names
from .lexicon import DATELINE_CITIES, is_outlet

__all__ = ["dateline_reporters", "find_dateline"]

_UPPER: Final = "A-ZÀ-ÖØ-ÞĀ-ỸĐ"
_PLACE_CAPS: Final = rf"[{_UPPER}][{_UPPER}'’.\- /]{{1,40}}?"
_PLACE_MIXED: Final = rf"[{_UPPER}][\w'’.\- ]{{1,40}}?"
_MONTH_WORD: Final = r"[A-Z][a-z]{2,8}\.?"
_DATE: Final = rf"(?:,\s*(?:{_MONTH_WORD}\s*\d{{1,2}}|\d{{1,2}}\s+{_MONTH_WORD})(?:,\s*\d{{4}})?)?"
_AGENCY: Final = r"\s*\((?P<agency>[A-Za-z][\w .&'-]{0,30})\)"
_DASH: Final = r"\s*(?:--|—|–|-)\s+"
# All-caps place, optional date and agency: "BEIJING -", "BEIJING, Oct. 16 (Xinhua) --".
_CAPS: Final = re.compile(rf"^({_PLACE_CAPS}){_DATE}(?:{_AGENCY})?{_DASH}\S")
# All-caps place, optional date, and the agency between slashes (TASS): "YAKUTSK, March 3. /TASS/. The ...".
_CAPS_SLASH: Final = re.compile(
    rf"^({_PLACE_CAPS}){_DATE}\.?\s*/(?P<agency>[A-Za-z][\w .&'-]{{0,30}})/\.?\s+\S"
)
# A place line alone, in capitals with its country, heading the text (Anadolu Agency): "KARACHI, Pakistan".
_CAPS_COUNTRY_LINE: Final = re.compile(
    rf"((?P<city>{_PLACE_CAPS}),\s(?P<country>[A-Z][a-z]{{2,15}}(?:\s[A-Z][a-z]{{2,15}})?))\s*"
)
# All-caps place and its country or province, as printed, with an optional date and agency:
# "MANILA, Philippines —" (the Philippine Daily Inquirer), "BEN TRE, Vietnam (AP) —",
# "YUEYANG, Hunan, May 6 (Xinhua) --".
_CAPS_COUNTRY: Final = re.compile(
    rf"^((?P<city>{_PLACE_CAPS}),\s(?P<country>[A-Z][a-z]{{2,15}}(?:\s[A-Z][a-z]{{2,15}})?))"
    rf"{_DATE}(?:{_AGENCY})?{_DASH}\S"
)
# All-caps place run into the lede by a double hyphen (The Asahi Shimbun): "NARA--The city of Nara ...".
_CAPS_GLUED: Final = re.compile(rf"^({_PLACE_CAPS})--(?=[A-Z\"“‘'])")
_WEEKDAYS: Final = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
# Mixed-case place needs a known agency in parentheses: "Hanoi (VNA) -".
_MIXED: Final = re.compile(rf"^({_PLACE_MIXED}){_DATE}{_AGENCY}{_DASH}\S")
# Mixed-case place, its date and a known agency run into the lede without a dash (Focus Taiwan):
# "Taipei, Nov. 13 (CNA) Taiwan will ...". The date is required here.
_MIXED_NO_DASH: Final = re.compile(
    rf"^({_PLACE_MIXED}),\s*(?:{_MONTH_WORD}\s*\d{{1,2}}|\d{{1,2}}\s+{_MONTH_WORD})(?:,\s*\d{{4}})?"
    rf"{_AGENCY}\s+(?=[{_UPPER}\"“‘'])"
)
# The agency first, then the place in capitals and the day with the month in capitals (ANSA):
# "(ANSA) - VENEZIA, 21 OTT - Il Mose ...".
_AGENCY_FIRST: Final = re.compile(
    rf"^\((?P<agency>[A-Za-z][\w .&'-]{{0,30}})\){_DASH}({_PLACE_CAPS})"
    rf"(?:,\s*\d{{1,2}}\s+[{_UPPER}]{{3,4}}\.?)?{_DASH}\S"
)
# All-caps place and a colon, then the lede (Indian outlets): "NEW DELHI: The Delhi Jal Board will ...".
# A colon after capitals also opens a speaker's turn ("CCTV:", "Q:", "MAO NING:"): see _colon_dateline.
_CAPS_COLON: Final = re.compile(rf"^([{_UPPER}][{_UPPER}'’.\- ]{{2,30}}?):\s+(?=[{_UPPER}\"“‘'])")
# Words the lede after a colon dateline holds at least: a sentence, not a speaker's short answer or a label.
_COLON_LEDE_MIN_WORDS: Final = 15
# The wire lede of Chinese outlets (电头): agency, place, date and 电 ("dispatch"): "新华社上海3月3日电".
_CJK_AGENCIES: Final = r"新华社|中新社|中新网|本报|人民网|央视网|新华网|中国日报网|光明网"
_CJK_LEDE: Final = re.compile(
    rf"^(?:{_CJK_AGENCIES})(?P<place>[\u4e00-\u9fff]{{2,8}}?)\d{{1,2}}月\d{{1,2}}日电"
)
# The brackets right after the 电头, which name its reporters: "（记者 邵雨桐、韩立松）".
_CJK_BRACKETS: Final = re.compile(r"[（(](?P<inner>[^（）()]{2,60})[）)]")
# Outlet tags open a sapo, they are not places.
_NOT_PLACES: Final = frozenset(
    {
        "TGVN",
        "WVR",
        "VGP",
        "VNA",
        "NDO",
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
        # genre labels opening a French or English standfirst ('DÉCRYPTAGE - La métropole …': Le Figaro)
        *("DÉCRYPTAGE", "ANALYSE", "ENQUÊTE", "RÉCIT", "ENTRETIEN", "REPORTAGE", "TRIBUNE", "ÉDITORIAL"),
        *("CHRONIQUE", "EXCLUSIF", "TÉMOIGNAGE", "INFOGRAPHIE", "PORTRAIT", "INTERVIEW", "FEATURE"),
        *("EXPLAINER", "COMMENTARY", "REVIEW", "INSIGHT", "FACTBOX", "LIVE", "VIDEO", "WATCH"),
    }
)
_NOT_FIRST_WORDS: Final = frozenset(
    {"the", "a", "an", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "this"}
)


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
    if head[:1] in _CJK_AGENCY_STARTS:
        lede = _CJK_LEDE.match(head)
        if lede is not None:
            return lede["place"]
    m = _CAPS.match(head)
    if m is None and "(" in head:  # (_MIXED ends with the agency in brackets)
        m = _MIXED.match(head)
    if m is None and head[:1] == "(":
        first = _AGENCY_FIRST.match(head)
        if first is not None and is_outlet(first["agency"]):
            place = first.group(2).strip(" .-/")
            return place if place and place.upper() not in _NOT_PLACES else None
    if m is None and "(" in head[:60]:
        m = _MIXED_NO_DASH.match(head)
    if m is None and "--" in head[:45]:
        m = _CAPS_GLUED.match(head)
    if m is None and "/" in head[:60]:
        m = _CAPS_SLASH.match(head)
        if m is not None and not is_outlet(m["agency"]):
            return None
    if m is None:
        return (
            _country_dateline(head)
            or _colon_dateline(text)
            or _outlet_dash_dateline(head)
            or _city_mark_dateline(text)
        )
    place = m.group(1).strip(" .-/")
    if not place or place.upper() in _NOT_PLACES or len(place.split()) > 4:
        return None
    if m.re is _CAPS and "." in place and is_outlet(place):
        return None  # 'VOV.VN - ': the site's tag opening a sapo, not a place
    if place.split()[0].lower() in _NOT_FIRST_WORDS:
        return None
    if (
        m.re is not _MIXED
        and m.re is not _MIXED_NO_DASH
        and not place.replace(" ", "").replace("-", "").replace(".", "").replace("/", "").isupper()
    ):
        return None
    agency: str | None = m.group("agency") if m.re is not _CAPS_GLUED else None
    if (m.re is _MIXED or m.re is _MIXED_NO_DASH) and (agency is None or not is_outlet(agency)):
        return None  # "Vietnam Airlines (VNA) – the flag carrier": a name and its acronym, not a dateline
    return place


_CJK_AGENCY_STARTS: Final = frozenset(name[0] for name in _CJK_AGENCIES.split("|"))


def _country_dateline(head: str) -> str | None:
    """'MANILA, Philippines' of 'MANILA, Philippines — Heavy rains ...', or None.

    The city in capitals, its country capitalised (no weekday, no outlet: 'SEOUL, Reuters —' is a credit).
    """
    if not head[:1].isupper() or ", " not in head[:45]:
        return None
    m = _CAPS_COUNTRY.match(head) or _CAPS_COUNTRY_LINE.fullmatch(head)
    if m is None:
        return None
    city = m["city"].strip(" .-/")
    letters = city.replace(" ", "").replace("-", "").replace(".", "").replace("/", "")
    if len(letters) < 3 or not letters.isupper() or city.upper() in _NOT_PLACES or len(city.split()) > 3:
        return None
    country = m["country"]
    if country in _WEEKDAYS or is_outlet(country):
        return None
    agency = m.groupdict().get("agency")
    if agency is not None and not is_outlet(agency):
        return None
    return f"{city}, {country}"


def _colon_dateline(text: str) -> str | None:
    """The all-caps place of a colon dateline ('NEW DELHI: The board will ...'), or None.

    A speaker's turn in a transcript or interview is not one: the name before the colon must not be an outlet
    ('CCTV:', 'AFP:', 'GT:'), a one- or two-letter tag ('Q:', 'A:'), a label ('NOTE:'), and what follows
    must be a long statement (at least 15 words, not a question).
    """
    if not text[:1].isupper():
        return None
    m = _CAPS_COLON.match(text[:60])
    if m is None:
        return None
    place = m.group(1).strip(" .-")
    letters = place.replace(" ", "").replace("-", "").replace(".", "").replace("'", "").replace("’", "")
    if len(letters) < 3 or not letters.isupper() or len(place.split()) > 3:
        return None
    if place.upper() in _NOT_PLACES or is_outlet(place) or "." in place:
        return None  # ("MR. BIDEN:", "DR. FAUCI:": a speaker)
    if not _NOT_COLON_WORDS.isdisjoint(place.split()):
        return None  # "PRESIDENT BIDEN:", "READ MORE:", "FACT CHECK:", "WHY IT MATTERS:"
    rest = text[m.end() :]
    if len(rest.split(None, _COLON_LEDE_MIN_WORDS)) < _COLON_LEDE_MIN_WORDS or rest.rstrip()[-1:] == "?":
        return None
    if _SPOKEN.match(rest):
        return None  # a speaker's turn: "Thank you all ...", "I think ...", "We have ..."
    return place


# Words of a speaker's title or of a label: a line that opens with them and a colon is no dateline.
_NOT_COLON_WORDS: Final = frozenset(
    (
        *("READ", "MORE", "ALSO", "SEE", "RELATED", "VIDEO", "PHOTO", "PHOTOS", "SOURCE", "SOURCES"),
        *("DISCLAIMER", "REPORTER", "JOURNALIST"),
        *("PRESIDENT", "MINISTER", "SECRETARY", "SENATOR", "SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN"),
        *("SPEAKER", "CHAIRMAN", "CHAIR", "AMBASSADOR", "GOVERNOR", "MAYOR", "REPRESENTATIVE", "REP", "SEN"),
        *("MODERATOR", "HOST", "INTERVIEWER", "QUESTION", "ANSWER", "UPDATED", "UPDATE", "FILE", "MATTERS"),
        *("PICTURE", "LIVE", "CHECK", "SPONSORED", "TRANSCRIPT", "EDITOR", "NOTE", "WATCH", "LISTEN"),
        *("BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "CORRECTION", "CLARIFICATION"),
    )
)
# How a speaker's turn opens (first person, thanks, a reply word).
_SPOKEN: Final = re.compile(
    r"\s*(?:I|I'm|I've|We|We're|We've|Thank|Thanks|Well|Yes|No|Yeah|Good (?:morning|afternoon|evening))\b"
)


# A dash between a source line and the lede: 'Washington CNN — The Senate …'.
_SOURCE_DASHES: Final = (" — ", " -- ", " – ", " - ")


def _outlet_dash_dateline(head: str) -> str | None:
    """The place of a source line run into the lede: the place in the case shown, the outlet's name, a dash
    ('Washington CNN — The Senate passed …', 'Hong Kong CNN —' gives 'Hong Kong'), or None. The outlet must
    be a known one and the place one to four capitalised words of letters."""
    near = head[:60]
    if not head[:1].isupper() or ("—" not in near and "–" not in near and " -" not in near):
        return None
    cut = -1
    for dash in _SOURCE_DASHES:
        found = head.find(dash, 0, 60)
        if found > 0 and (cut < 0 or found < cut):
            cut = found
    if cut < 0:
        return None
    tokens = head[:cut].split()
    for k in range(1, min(3, len(tokens) - 1) + 1):
        if not is_outlet(" ".join(tokens[-k:])):
            continue
        place = tokens[:-k]
        if len(place) > 4 or not all(
            word[:1].isupper() and word.replace("-", "").isalpha() for word in place
        ):
            return None
        text = " ".join(place)
        if text.upper() in _NOT_PLACES or place[0].lower() in _NOT_FIRST_WORDS or is_outlet(text):
            return None
        return text
    return None


# A mixed-case place, then a colon or a full stop, then the lede: 'New Delhi: The Supreme Court …' (Indian and
# Gulf papers), 'Jakarta. The Jakarta administration …' (The Jakarta Globe).
_CITY_MARK: Final = re.compile(
    rf"([{_UPPER}][\w'’\-]+(?: [{_UPPER}][\w'’\-]+){{0,3}})(?::|\.)\s+(?=[{_UPPER}\"“‘'])"
)


def _city_mark_dateline(text: str) -> str | None:
    """The place of a mixed-case dateline closed by a colon or a full stop ('New Delhi: …', 'Jakarta. …'), or
    None. The place must be a known dateline city (lexicon.DATELINE_CITIES: 'Background:' and a speaker's
    'Wang Yi:' are none), and a statement of some length follow (not a speaker's turn)."""
    if not text[:1].isupper() or (":" not in text[:50] and "." not in text[:50]):
        return None
    m = _CITY_MARK.match(text, 0, 50)
    if m is None or m.group(1).casefold() not in DATELINE_CITIES:
        return None
    rest = text[m.end() :]
    if len(rest.split(None, _COLON_LEDE_MIN_WORDS)) < _COLON_LEDE_MIN_WORDS or rest.rstrip()[-1:] == "?":
        return None
    if _SPOKEN.match(rest):
        return None
    return m.group(1)


def dateline_reporters(text: str) -> tuple[str, ...]:
    """The reporters a Chinese wire lede names right after its 电头, or ().

    >>> dateline_reporters("新华社上海3月3日电（记者 邵雨桐、韩立松）记者从上海市有关部门获悉……")
    ('邵雨桐', '韩立松')
    """
    head = text[:120]
    lede = _CJK_LEDE.match(head) if head[:1] in _CJK_AGENCY_STARTS else None
    if lede is None:
        return ()
    m = _CJK_BRACKETS.match(head, lede.end() + (head[lede.end() : lede.end() + 1] == " "))
    return reporter_names(m["inner"].strip()) if m is not None else ()
