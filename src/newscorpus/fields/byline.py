"""Recognise one line (or a name line plus a role line) as a byline and split it into fields.

The pipeline decides where to look; these recognisers only say whether a line *is* a byline, credit or
editor line and what it names. The promise is *nothing invented*: when a part of the line cannot be read
as a person's name, an outlet or a role, the line is not a byline (``None``) rather than a guess.

A line is read in its normalised form (zero-width characters dropped, whitespace runs collapsed to one
space), so every returned string is a piece of that form; ``date_start`` is mapped back to an offset in the
line as given. Only the first few hundred characters of a line are ever looked at, and every regex is
linear.

>>> m = match_byline("By Chen Qingqing and Liu Caiyu Source:Global Times Published: 2020/3/27 16:14:48")
>>> m.byline, m.authors, m.credit, m.reason
('By Chen Qingqing and Liu Caiyu', ('Chen Qingqing', 'Liu Caiyu'), 'Global Times', 'by-prefix')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, NamedTuple

import attrs

from newscorpus.fields import lexicon as lx
from newscorpus.fields.dates import is_date_line

__all__ = [
    "BylineMatch",
    "bracket_reporters",
    "cjk_name_line",
    "looks_like_person_name",
    "match_byline",
    "match_contributor_line",
    "match_credit_line",
    "match_editor_line",
    "match_end_byline",
    "split_names",
]

MAX_LINE_CHARS: Final = 300  # a normalised line longer than this is never a byline
_MAX_RAW_CHARS: Final = 1200  # raw characters normalised before the cap applies
_MAX_HEAD_WORDS: Final = 12  # words of a 'By' byline before any '(', '|' or date part
_MAX_CREDIT_CHARS: Final = 120
_MAX_ROLE_WORDS: Final = 20  # (an ambassador's full title runs to 17: 'Ambassador Extraordinary and ...')


@attrs.frozen
class BylineMatch:
    """What one byline line says. Strings are pieces of the whitespace-normalised line."""

    byline: str | None
    authors: tuple[str, ...] = ()
    credit: str | None = None
    roles: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    reason: str = ""
    date_start: int | None = None


# --------------------------------------------------------------------------- normalising

_INVISIBLE: Final = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_NEEDS_WORK: Final = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]|\\s\\s|[^\\S ]")


def _normalise(line: str) -> tuple[str, Sequence[int]] | None:
    """The normalised line and, for each of its characters, the offset it came from; None if too long."""
    if (
        len(line) <= MAX_LINE_CHARS
        and line == line.strip()
        # printable text has no tab, NBSP or zero-width character: the regex is needed only for the rest
        and ((line.isprintable() and "  " not in line) or not _NEEDS_WORK.search(line))
    ):
        return line, range(len(line))  # already normal: the pipeline's lines usually are
    chars: list[str] = []
    pos: list[int] = []
    space_at = -1
    for i, ch in enumerate(line[:_MAX_RAW_CHARS]):
        if ch in _INVISIBLE:
            continue
        if ch.isspace():
            if space_at < 0 and chars:
                space_at = i
            continue
        if space_at >= 0:
            chars.append(" ")
            pos.append(space_at)
            space_at = -1
        chars.append(ch)
        pos.append(i)
        if len(chars) > MAX_LINE_CHARS:
            return None
    if len(line) > _MAX_RAW_CHARS and line[_MAX_RAW_CHARS:].strip():
        return None
    return "".join(chars), pos


def _collapse(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- dates and labels

# Each word list starts with a lookahead on its first letters (every pattern here is case-insensitive, where
# a letter class matches what the letter does): one test turns most positions away, where the engine would
# otherwise try the words one by one.  The lookaheads never change what matches.
_MONTH: Final = (
    r"(?=[jfmasond])(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_WEEKDAY: Final = (
    r"(?=[mtwfs])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon|Tue|Tues|Wed|Thu|Thur|Fri|Sat|Sun)"
)
_DATE_PATTERN: Final = (
    r"(?=[\djfmasondtw])(?:"
    r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b"
    r"|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\b"
    r"|\b\d{1,2}:\d{2}\b"
    rf"|\b{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}\.?,? \d{{4}}\b"
    rf"|\b\d{{1,2}}-{_MONTH}-\d{{4}}\b"
    r"|\d{4}\s?年"
    rf"|\b{_WEEKDAY}\.?, (?=\d|{_MONTH}))"
)
_DATE_LABEL: Final = (
    r"\b(?=[pulmrdtnci])(?:Published|Updated|Posted|Last updated|Last modified|Modified|Released|Release time"
    r"|Publish time|Publication date|Date|Time|Issued|Ngày đăng|Cập nhật)\b"
    rf"(?: on| at)? ?(?:[:：]|(?=\d|{_MONTH}|{_WEEKDAY}))"
)
_SOURCE_LABEL: Final = r"\b(?=[sn])(?:Source(?:s|\(s\))?|Nguồn)\s?[:：]\s?|来源\s?[:：]\s?"
_EDITOR_LABEL: Final = (
    r"(?=[wrcmoe])(?:\b(?:Web|Responsible|Chief|Managing|Online)\s)?\bEditors?\s?[:：]\s?"
    r"|\bEdit(?:ing|ed)\sby\s|责任编辑\s?[:：]\s?|责编\s?[:：]\s?|编辑\s?[:：]\s?"
)
_DATE_RE: Final = re.compile(_DATE_PATTERN, re.IGNORECASE)
_SOURCE_LABEL_RE: Final = re.compile(_SOURCE_LABEL, re.IGNORECASE)
_DATE_LABEL_RE: Final = re.compile(_DATE_LABEL, re.IGNORECASE)
_EDITOR_LABEL_RE: Final = re.compile(_EDITOR_LABEL, re.IGNORECASE)
# (A boundary starts with a digit, 来/责/编, or a word of one of these first letters: the first lookahead
# turns away the inside of words and most other words.)
_BOUNDARY_RE: Final = re.compile(
    r"(?=[\d来责编]|\b[snwrcmoepuldtjfai])"
    rf"(?:(?P<source>{_SOURCE_LABEL})|(?P<editor>{_EDITOR_LABEL})"
    rf"|(?P<label>{_DATE_LABEL})|(?P<date>{_DATE_PATTERN}))",
    re.IGNORECASE,
)
_PIPE_RE: Final = re.compile(r"[|｜]")
# What may stand between a byline's part and the next (a date, a label): trimmed off the part's end
# ('PTI / Updated: ...' gives 'PTI').
_TRAILING_SEPARATORS: Final = ",;:-–—/ "
_DATE_NOISE_RE: Final = re.compile(
    r"\b(?:a\.?m\.?|p\.?m\.?|GMT|UTC|BJT|ICT|IST|PT|ET|HKT|SGT|Beijing time|local time)\b"
    r"|[+\-]\d{1,2}(?::?\d{2})?",
    re.IGNORECASE,
)
_WEEKDAY_RE: Final = re.compile(rf"{_WEEKDAY}\.?", re.IGNORECASE)
_DATE_WORD_RE: Final = re.compile(rf"\b{_MONTH}\b|\b{_WEEKDAY}\b|\d+", re.IGNORECASE)


def _date_start(s: str) -> int | None:
    """Offset in ``s`` where the first date or date label begins."""
    starts = [m.start() for m in (_DATE_RE.search(s), _DATE_LABEL_RE.search(s)) if m is not None]
    return min(starts) if starts else None


def _is_date_text(text: str) -> bool:
    """Whether ``text`` is only a date stamp (labels, dates, times, am/pm, zones, punctuation)."""
    if _DATE_RE.search(text) is None and _DATE_LABEL_RE.search(text) is None:
        return False
    rest = _DATE_NOISE_RE.sub(" ", _DATE_LABEL_RE.sub(" ", _DATE_RE.sub(" ", text)))
    rest = _DATE_WORD_RE.sub(" ", rest)
    return not any(map(str.isalpha, rest))


class _Segment(NamedTuple):  # (internal records are named tuples: quicker to build than attrs classes)
    kind: str  # 'text', 'source', 'editor', 'date'
    start: int  # where the segment (label included) starts in the normalised line
    text_start: int  # where its text (after any label) starts
    end: int

    def text(self, s: str) -> str:
        return s[self.text_start : self.end].strip()


def _segments(s: str, start: int, end: int) -> list[_Segment]:
    """Cut one '|'-piece of the line at its labels (Source:, Editor:, date labels) and dates."""
    out: list[_Segment] = []
    kind, seg_start, text_start = "text", start, start
    for m in _BOUNDARY_RE.finditer(s, start, end):
        new_kind = m.lastgroup or "text"
        if new_kind == "label":
            new_kind = "date"
        if new_kind == "date" and kind == "date":
            continue  # one date segment runs over several date parts
        m_start = m.start()
        # (a text segment is kept only when it holds more than spaces)
        if kind != "text" or (m_start > seg_start and s[seg_start:m_start].strip()):
            out.append(_Segment(kind, seg_start, text_start, m_start))
        kind, seg_start, text_start = new_kind, m_start, m_start if new_kind == "date" else m.end()
    if kind != "text" or s[seg_start:end].strip():
        out.append(_Segment(kind, seg_start, text_start, end))
    return out


def _pieces(s: str) -> list[tuple[int, int]]:
    if "|" not in s and "｜" not in s:
        return [(0, len(s))]  # most lines: no regex needed
    spans: list[tuple[int, int]] = []
    prev = 0
    for m in _PIPE_RE.finditer(s):
        spans.append((prev, m.start()))
        prev = m.end()
    spans.append((prev, len(s)))
    return spans


# --------------------------------------------------------------------------- names

_NAME_TOKEN_RE: Final = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?")
_SPLIT_NAMES_RE: Final = re.compile(  # (each separator starts with a space or its mark: see the lookahead)
    r"(?=[\s,&、，])(?:\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|AND|And|và|und|et|y)\s+|\s*[&、，]\s*)",
)
_ARABIC_PREFIXES: Final = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "d", "l", "o"})


def split_names(text: str) -> tuple[str, ...]:
    """The names of a name list: 'A and B', 'A, B and C', 'A, B, C', 'A & B', 'A、B'.

    >>> split_names("Chen Qingqing, Liu Caiyu and Zhang Han")
    ('Chen Qingqing', 'Liu Caiyu', 'Zhang Han')
    """
    return tuple([part for part in map(str.strip, _SPLIT_NAMES_RE.split(text[:MAX_LINE_CHARS])) if part])


def _name_token_ok(token: str, first: bool, last: bool) -> bool:
    if not token.isalpha() and _NAME_TOKEN_RE.fullmatch(token) is None:  # (letters alone always match)
        return False
    if token.endswith(".") and len(token) > 3:
        return False
    low = token.casefold().rstrip(".")
    if low.endswith(("'s", "’s")):
        return False
    # (the key of a lower-case ASCII word of letters is the word itself)
    key = low if low.isascii() and low.isalpha() else lx.compact_key(low)
    if low in _NOT_NAME_WORDS or key in _DESK_SINGLE:
        return low in lx.NAME_PARTICLES and not first and not last
    if token[0].isupper():
        return True
    if low in lx.NAME_PARTICLES:
        return not first and not last
    for sep in ("-", "'", "’"):
        head, found, tail = token.partition(sep)
        if found and head.casefold() in _ARABIC_PREFIXES and tail[:1].isupper():
            return True
    return False


_NAME_SAFE_CHROME: Final = frozenset({"min", "mins"})  # page chrome ('3 min read'), but also a name (Min)
_DESK_SINGLE: Final = frozenset(lx.compact_key(tag) for tag in lx.DESK_TAGS if " " not in tag)
# Chrome (but 'min'), role, non-name and courtesy words: one set, one lookup.
_NOT_NAME_WORDS: Final = (
    (lx.CHROME_WORDS - _NAME_SAFE_CHROME) | lx.ROLE_WORDS | lx.NON_NAME_WORDS | lx.HONORIFICS
)
# Both sets of the test in _name_token_ok, for a lower-case ASCII word (which is its own key).
_NOT_NAME_OR_DESK: Final = _NOT_NAME_WORDS | _DESK_SINGLE


def looks_like_person_name(text: str) -> bool:
    """2-5 capitalised (or ALL CAPS) name tokens, no digits, not an outlet, chrome or role words.

    >>> looks_like_person_name("Koh Gui Qing"), looks_like_person_name("Most Read")
    (True, False)
    """
    return _person_name(text, 2, 5)


def _person_name(text: str, low: int, high: int) -> bool:
    text = text.strip()
    return _name_shape(text, low, high) and not lx.is_outlet(text)


def _name_shape(text: str, low: int, high: int) -> bool:
    """:func:`_person_name` of a stripped ``text`` but for the outlet test (for callers that made it)."""
    if not text or len(text) > 60:
        return False
    tokens = text.split(" ")
    last = len(tokens) - 1
    if not low <= last + 1 <= high:
        return False
    particles = lx.NAME_PARTICLES
    for i, tok in enumerate(tokens):
        if tok.isascii() and tok.isalpha():
            # _name_token_ok(tok, ...) inline for a plain ASCII word (most tokens): its key is its lower-case
            # form, and it has no '.', "'s" or joiner; a particle is fine only inside the name.
            word = tok.lower()
            if (word in _NOT_NAME_OR_DESK or not tok[0].isupper()) and (
                word not in particles or i == 0 or i == last
            ):
                return False
        elif not _name_token_ok(tok, i == 0, i == last):
            return False
    # (a name of particles only: the first token decides most names at once)
    if tokens[0].casefold() in particles and particles.issuperset([tok.casefold() for tok in tokens]):
        return False
    return not lx.looks_like_chrome(text)


def _strip_location(part: str) -> str:
    """'John Smith in Beijing' -> 'John Smith' (the place: 1-3 capitalised words)."""
    head, found, place = part.rpartition(" in ")
    if not found or not head:
        return part
    words = place.split()
    if 1 <= len(words) <= 3 and all(word[:1].isupper() and word.isalpha() for word in words):
        return head.strip()
    return part


def _is_role_phrase(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 10 or any(ch.isdigit() for ch in text):
        return False
    if text[-1] in ".!?:" or not lx.has_role_word(text):
        return False
    return all(_ROLE_WORD_RE.fullmatch(word) is not None for word in words)


_ROLE_WORD_RE: Final = re.compile(r"[^\W\d_]+(?:[-'’.&][^\W\d_]+)*[.,]?|&")


_TITLE_WORDS: Final = lx.ROLE_WORDS | lx.HONORIFICS


def _title_prefix(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split leading role/title and courtesy tokens ('Professor', 'Staff Reporter', 'Mr') off a name."""
    roles: list[str] = []
    i = 0
    while i < len(tokens):
        low = tokens[i].casefold().rstrip(".")
        if low in lx.HONORIFICS:  # 'Prof.', 'Dr.' and 'Mr' are courtesy titles, not roles
            pass
        elif low in lx.ROLE_WORDS:
            roles.append(tokens[i])
        else:
            break
        i += 1
    if len(tokens) - i < 2:
        return [], tokens
    return ([" ".join(roles)] if roles else []), tokens[i:]


# The last word of a journalist's job printed with a name ('environment reporter', 'Transport correspondent').
_DESK_ROLE_ENDS: Final = frozenset(
    {
        "reporter",
        "correspondent",
        "editor",
        "writer",
        "columnist",
        "journalist",
        "commentator",
        "contributor",
        "critic",
        "producer",
    }
)
_MAX_DESCRIBED_ROLE_WORDS: Final = 4
_NOT_ROLE_DESCRIPTORS: Final = frozenset(
    {"our", "the", "a", "an", "my", "your", "their", "and", "by", "from"}
)


def _described_role_prefix(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split a lower-case job before a name off it: 'environment reporter Ellie Granger' gives
    (['environment reporter'], ['Ellie', 'Granger']); ([], tokens) when the tokens do not open so.

    The job is one to four lower-case words ending with a journalist's job word (reporter, correspondent,
    editor ...), and two tokens or more follow it.
    """
    c = 0
    while c < len(tokens) and c <= _MAX_DESCRIBED_ROLE_WORDS and tokens[c][:1].islower():
        c += 1
    if not 1 <= c <= _MAX_DESCRIBED_ROLE_WORDS or len(tokens) - c < 2:
        return [], tokens
    if tokens[c - 1].casefold() not in _DESK_ROLE_ENDS:
        return [], tokens
    if not all(tok.replace("-", "").isalpha() and tok not in _NOT_ROLE_DESCRIPTORS for tok in tokens[:c]):
        return [], tokens  # ('By our reporter ...': 'our' describes no job)
    return [" ".join(tokens[:c])], tokens[c:]


def _is_base_place(text: str) -> bool:
    """A reporter's base printed after the names ('New Delhi', 'Mumbai'): one to three capitalised words,
    letters only, no job or page-chrome word (the caller has found it is neither an outlet nor a name)."""
    words = text.split()
    if not 1 <= len(words) <= 3:
        return False
    if not all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words):
        return False
    return not lx.has_role_word(text) and not lx.looks_like_chrome(text)


class _Names(NamedTuple):
    authors: tuple[str, ...]
    credit: str | None
    roles: tuple[str, ...]


def _parse_name_list(text: str, allow_roles: bool) -> _Names | None:
    """Read a list of people (with outlets and roles mixed in); None when any part is neither."""
    authors: list[str] = []
    roles: list[str] = []
    credit: str | None = None
    parts = split_names(text)
    for k, raw_part in enumerate(parts):
        part = _strip_location(raw_part)
        if lx.is_outlet(part):
            credit = credit or part
            continue
        # The part (stripped) is no outlet: _name_shape(part) is _person_name(part).
        part_is_name: bool | None = None  # asked once: the name below is mostly the part itself
        if allow_roles and authors:
            part_is_name = _name_shape(part, 2, 5)
            if not part_is_name and _is_role_phrase(raw_part):
                if not _is_staff_wording(raw_part):  # 'STAFF WRITERS': staff wording, not a printed role
                    roles.append(raw_part)
                credit = credit or _leading_outlet(raw_part)
                continue
        title_roles: list[str] = []
        name = part
        first = part.partition(" ")[0]
        if allow_roles and first[:1].islower():  # 'environment reporter Ellie Granger'
            title_roles, tokens = _described_role_prefix(part.split(" "))
            name = " ".join(tokens)
        if not title_roles and first.casefold().rstrip(".") in _TITLE_WORDS:  # (else _title_prefix keeps all)
            title_roles, tokens = _title_prefix(part.split(" "))
            name = " ".join(tokens)
        if name != part:
            is_name = _person_name(name, 2, 5)
        else:
            is_name = part_is_name if part_is_name is not None else _name_shape(part, 2, 5)
        if not is_name:
            if allow_roles and authors and k == len(parts) - 1 and _is_base_place(raw_part):
                continue  # 'By Anuradha Menon, New Delhi': the reporter's base, not a person
            return None
        if name not in authors:
            authors.append(name)
        if allow_roles:
            roles.extend(title_roles)
    if not authors and credit is None:
        return None
    return _Names(tuple(authors), credit, tuple(roles))


# Staff wording after several authors ('By A and B, STAFF WRITERS'): it says the authors write for the outlet,
# as 'Xinhua writers' does, and is no job title printed with one person (a singular 'Staff Reporter' is).
_STAFF_WORDS: Final = frozenset({"staff", "staffer", "writer", "reporter", "journalist", "correspondent"})
_STAFF_PLURALS: Final = frozenset({"staffers", "writers", "reporters", "journalists", "correspondents"})


def _is_staff_wording(text: str) -> bool:
    """Whether ``text`` is only staff words with a plural ('STAFF WRITERS', 'Staff reporters')."""
    words = [word.casefold().rstrip(".,") for word in text.split()]
    plural = not _STAFF_PLURALS.isdisjoint(words)
    return plural and all(word in _STAFF_WORDS or word in _STAFF_PLURALS for word in words)


def _is_staff_tail(text: str) -> bool:
    """Whether ``text`` is only staff wording naming the outlet's own staff ('Staff reporter', 'Staff
    Writers'): 'staff' or a plural, and nothing but staff words."""
    words = [word.casefold().rstrip(".,") for word in text.split()]
    if not words or len(words) > 3:
        return False
    return ("staff" in words or not _STAFF_PLURALS.isdisjoint(words)) and all(
        word in _STAFF_WORDS or word in _STAFF_PLURALS for word in words
    )


def _leading_outlet(text: str) -> str | None:
    tokens = text.split()
    if len(tokens) < 2 or not lx.may_open_outlet(tokens[0]):
        return None  # no head of the tokens below is an outlet
    for k in range(min(5, len(tokens) - 1), 0, -1):
        head = " ".join(tokens[:k])
        if lx.is_outlet(head):
            return head
    return None


_OUTLET_STAFF: Final = frozenset(
    {
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "journalist",
        "journalists",
        "staff",
        "senior",
        "special",
        "chief",
        "photographer",
        "photographers",
    }
)
_PARENS: Final = frozenset("()（）")
_TAIL_SEP_RE: Final = re.compile(r"(?=[\s/])(?:\s*/\s*|\s+[-–—]+\s+)")  # (the lookahead skips other places)


# What may follow the names of a byline and names no one: the author's e-mail address, bracketed or not
# ('BY SEO JI-EUN [seo.jieun1@joongang.co.kr]'), or a social-network handle ('By: A - @inquirerdotnet').
_CONTACT_TAIL_RE: Final = re.compile(
    r"(?:\s+[-–—|/·•]\s*|\s*,\s*|\s+)"
    r"(?:[\[(<]\s?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\s?[\])>]"
    r"|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|@\w{2,30})$"
)
# 'By A with AP' (Euronews): the agency the story draws on, after the names.
_WITH_OUTLET_RE: Final = re.compile(r"\swith\s(?P<outlet>[^\s,].{0,40})$")


def _parse_by_rest(rest: str, max_words: int = _MAX_HEAD_WORDS) -> _Names | None:
    """Read what follows 'By': people, an outlet, or an outlet's writers followed by people.

    Neither an e-mail address or a handle after the names nor staff wording after a slash ('By A / Staff
    reporter': the outlet's own staff, as 'Name / Tuoi Tre News' names the outlet) is a name or a role;
    an agency after 'with' ('By A with AP') is the credit.
    """
    rest = rest.strip().rstrip(_TRAILING_SEPARATORS)
    if not rest:
        return None
    if "@" in rest:
        contact = _CONTACT_TAIL_RE.search(rest)
        if contact is not None and contact.start() > 0:
            rest = rest[: contact.start()].rstrip(_TRAILING_SEPARATORS)
    credit: str | None = None
    if " with " in rest:
        with_outlet = _WITH_OUTLET_RE.search(rest)
        if with_outlet is not None and lx.is_outlet(with_outlet["outlet"]):
            credit = with_outlet["outlet"]
            rest = rest[: with_outlet.start()].rstrip(_TRAILING_SEPARATORS)
    names_text = rest
    paren_role: str | None = None
    if rest.endswith((")", "）")) and ("(" in rest or "（" in rest):
        cut = max(rest.rfind("("), rest.rfind("（"))
        inner = rest[cut + 1 : -1].strip()
        if not _PARENS.isdisjoint(inner):
            return None
        names_text = rest[:cut].strip()
        if lx.is_outlet(inner):
            credit = inner
        elif not inner or len(inner.split()) > 4 or any(ch.isdigit() for ch in inner):
            return None
        else:
            paren_role = _place_and_role(inner)
    if not names_text or len(names_text.split()) > max_words:
        return None
    # (may_open_outlet: False when no head of names_text is an outlet, the whole text included)
    if lx.may_open_outlet(names_text.partition(" ")[0]) and lx.is_outlet(names_text):
        return _Names((), credit or names_text, ())
    institution = lx.institutional_credit(names_text)
    if institution is not None:
        return _Names((), credit or institution, ())
    for m in _TAIL_SEP_RE.finditer(names_text):
        tail = names_text[m.end() :]
        if m.start() > 0 and lx.is_outlet(tail):
            credit = credit or tail
            names_text = names_text[: m.start()]
            break
        if m.start() > 0 and "/" in m[0] and _is_staff_tail(tail):
            names_text = names_text[: m.start()]  # 'A / Staff reporter': staff wording, no role
            break
        if m.start() > 0 and "/" in m[0]:
            staff_of = lx.institutional_credit(tail)  # 'A / Yomiuri Shimbun Staff Writer': the outlet's staff
            if staff_of is not None:
                credit = credit or staff_of
                names_text = names_text[: m.start()]
                break
    tokens = names_text.split(" ")
    # Each head (or its part before "'s") tried below is tokens[0], or begins with tokens[0] and a space, or
    # begins tokens[0]: when may_open_outlet says no, none is an outlet, and the loop does nothing.
    top = min(5, len(tokens) - 1) if lx.may_open_outlet(tokens[0]) else 0
    for k in range(top, 0, -1):
        head = " ".join(tokens[:k])
        possessive = head.endswith(("'s", "’s"))  # "CGTN's Liu Yang"
        outlet = head[:-2] if possessive else head
        if not lx.is_outlet(outlet):
            continue
        j = k
        while j < len(tokens) and tokens[j].casefold().strip(",:") in _OUTLET_STAFF:
            j += 1
        if (j > k or possessive) and j < len(tokens):
            credit = credit or outlet
            names_text = " ".join(tokens[j:])
        break
    names = _parse_name_list(names_text, allow_roles=True)
    if names is None:
        return None
    roles = names.roles
    if paren_role is not None and len(names.authors) == 1 and not roles:
        roles = (paren_role,)
    return _Names(names.authors, credit or names.credit, roles)


def _place_and_role(inner: str) -> str | None:
    """The role of a parenthesis after one name that gives the place and the role: 'Tokyo, correspondent'
    (Le Monde) gives 'correspondent'; None for anything else."""
    place, comma, role = inner.rpartition(", ")
    if not comma or not _is_base_place(place) or not role[:1].islower():
        return None
    return role if role in _STAFF_WORDS or _is_role_phrase(role) else None


def _editor_names(text: str) -> tuple[str, ...] | None:
    """Editor names of an 'Editor:' list, desk tags dropped; None when a part is not a name."""
    text = text.strip().strip("()[]（）【】").strip().rstrip(" .,;")
    if not text or len(text) > 100:
        return None
    out: list[str] = []
    for part in split_names(text):
        if lx.is_desk_tag(part):
            continue
        tokens = part.split(" ")
        if len(tokens) > 4 or len(part) > 40:
            return None
        if len(tokens) == 1:
            ok = _NAME_TOKEN_RE.fullmatch(part) is not None and len(part) <= 20
            ok = ok and part.casefold() not in lx.CHROME_WORDS and part.casefold() not in lx.NON_NAME_WORDS
        else:
            ok = _person_name(part, 2, 4)
        if not ok:
            return None
        if part not in out:
            out.append(part)
    return tuple(out)


# --------------------------------------------------------------------------- line readers

# 'By', 'Written by', and the labels some outlets print instead ('Text by:' RFI, 'Words by', 'Story by')
_BY_RE: Final = re.compile(r"(?:by|(?:written|text|words|story)\sby)(?:\s?[:：]\s?|\s)", re.IGNORECASE)
# 'By' in French, German and Spanish ('Par', 'Von', 'Por'), and a writer label with its colon ('WRITER:'
# Bangkok Post, 'Reporter:' ANTARA, 'Author:'): read as 'By'. Tried apart from _OPENING_RE, which every line
# meets, and only on lines that open with one of their letters.
_OTHER_BY_RE: Final = re.compile(
    r"(?:par|von|por)(?:\s?[:：]\s?|\s)|(?:writers?|reporters?|authors?)\s?[:：]\s?", re.IGNORECASE
)
_OTHER_BY_STARTS: Final = frozenset("PpVvWwRrAa")
# Vietnamese credit blocks label the writer too ('Nội dung: A | Ảnh: B', content; 'Bài: A', article; 'Tác giả:
# A', author): tried only on lines that open with one of these words (in lower case).
_VI_BY_RE: Final = re.compile(r"(?:nội dung|bài|tác giả)\s?[:：]\s?", re.IGNORECASE)
_VI_BY_WORDS: Final = ("nội dung", "bài", "tác giả")
_VI_BY_STARTS: Final = frozenset("NnBbTt")
_ANY_BY_STARTS: Final = _OTHER_BY_STARTS | _VI_BY_STARTS


def _other_by(text: str) -> re.Match[str] | None:
    """A match of 'By' in another language or of a writer label at the start of ``text`` (see above)."""
    first = text[:1]
    if first in _OTHER_BY_STARTS:
        return _OTHER_BY_RE.match(text)
    if first in _VI_BY_STARTS and text[:8].lower().startswith(_VI_BY_WORDS):
        return _VI_BY_RE.match(text)
    return None


_REPORTING_RE: Final = re.compile(r"(?:additional\s)?(?:reporting|reported|writing)\sby\s", re.IGNORECASE)
_CLAUSE_SPLIT_RE: Final = re.compile(
    r"\s?;\s?|[,.]\s(?=(?:additional\s)?(?:reporting|reported|writing|editing|edited|compiled|graphics|photos?)"
    r"\sby\b)",
    re.IGNORECASE,
)
_CLAUSE_RE: Final = re.compile(r"((?:additional\s)?[^\W\d_]+)\sby\s", re.IGNORECASE)
_AUTHOR_CLAUSES: Final = frozenset({"reporting", "reported", "writing", "written", "additional reporting"})
_EDITOR_CLAUSES: Final = frozenset({"editing", "edited"})
_PAREN_CREDIT_RE: Final = re.compile(r"[(\[（【]?([^()\[\]（）【】]{1,80})[)\]）】]?")


def _finish(
    s: str,
    pos: Sequence[int],
    byline: str,
    names: _Names,
    reason: str,
    extra_credit: str | None,
    editors: tuple[str, ...],
    date_at: int | None,
) -> BylineMatch:
    return BylineMatch(
        byline=byline,
        authors=names.authors,
        credit=names.credit or extra_credit,
        roles=names.roles,
        editors=editors,
        reason=reason,
        date_start=pos[date_at] if date_at is not None and date_at < len(pos) else None,
    )


def _match_reporting(s: str, pos: Sequence[int]) -> BylineMatch | None:
    """'Reporting by A and B; Editing by C' (Reuters style)."""
    end = len(s)
    pipe = _PIPE_RE.search(s)
    if pipe is not None:
        end = pipe.start()
    date_at = _date_start(s)
    if date_at is not None:
        end = min(end, date_at)
    authors: list[str] = []
    editors: list[str] = []
    credit: str | None = None
    byline: str | None = None
    prev = 0
    spans: list[tuple[int, int]] = []
    for sep in _CLAUSE_SPLIT_RE.finditer(s, 0, end):
        spans.append((prev, sep.start()))
        prev = sep.end()
    spans.append((prev, end))
    for i, (a, b) in enumerate(spans):
        clause = s[a:b].strip().rstrip(" .")
        m = _CLAUSE_RE.match(clause)
        if m is None:
            if i == 0:
                return None
            continue
        label = _collapse(m.group(1)).casefold()
        names_text = clause[m.end() :]
        if label in _AUTHOR_CLAUSES:
            names = _parse_name_list(names_text, allow_roles=False)
            if names is None:
                if i == 0:
                    return None
                continue
            authors.extend(name for name in names.authors if name not in authors)
            credit = credit or names.credit
            if byline is None:
                byline = clause
        elif label in _EDITOR_CLAUSES:
            found = _editor_names(names_text)
            if found is not None:
                editors.extend(name for name in found if name not in editors)
        elif i == 0:
            return None
    if byline is None:
        return None
    return _finish(
        s, pos, byline, _Names(tuple(authors), credit, ()), "reporting-by", None, tuple(editors), date_at
    )


# How a byline line may open: 'Reporting by' (read by _match_reporting), or a head that only 'By', 'Written
# by', 'Source:' or a bracket ('(Xinhua)', 'Xinhua) ...') can start: every rule but 'credit-only' needs one.
_OPENING_RE: Final = re.compile(
    rf"(?P<reporting>{_REPORTING_RE.pattern})|{_BY_RE.pattern}|{_SOURCE_LABEL}"
    r"|[(\[（【]|[^()\[\]（）【】]{1,80}+[)\]）】]",
    re.IGNORECASE,
)
# Signs, in the lower-case line, of each date label and date form of _BOUNDARY_RE: a piece of each label word;
# a digit or month after a comma (after a weekday); digits joined by - / . or :; four digits before 年 or with
# a month name.
_LABEL_STEMS: Final = (
    "date",
    "time",
    "publi",
    "posted",
    "modified",
    "release",
    "issued",
    "ngày đăng",
    "cập nhật",
)
_COMMA_SIGN_RE: Final = re.compile(r", (?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_ASCII_DIGIT_RE: Final = re.compile(r"[0-9]")
_DIGIT_RE: Final = re.compile(r"\d")
_JOINED_DIGITS_RE: Final = re.compile(r"\d[-/.:]\d")
_YEAR_SIGN_RE: Final = re.compile(r"\d{4}")
_MONTH_SIGN_RE: Final = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")


def _may_be_credit_only(s: str) -> bool:
    """False only when the 'credit-only' rule of :func:`match_byline` cannot accept the line ``s``.

    It needs a text head (no boundary at the start) and a date or date label on the line: signs cheaper to
    look for than the boundaries, and missing from most lines. The head (a beginning of ``s``) must be an
    outlet, or an outlet and staff words: so the first word must be able to open one (may_open_outlet).
    Last, a date segment of a piece is a match of _DATE_RE or _DATE_LABEL_RE in the whole line (a piece ends
    at a '|', where the line has the same word boundary): one search each, where the cutting scans it all.
    """
    return (
        _has_date_sign(s)
        and _BOUNDARY_RE.match(s) is None
        and lx.may_open_outlet(s.partition(" ")[0])
        and (_DATE_RE.search(s) is not None or _DATE_LABEL_RE.search(s) is not None)
    )


def _has_date_sign(s: str) -> bool:
    """False only when ``s`` holds no date and no date label of _BOUNDARY_RE."""
    low = s.lower()
    digit_re = _ASCII_DIGIT_RE
    if not low.isascii():
        # the regexes also match 'ı' and 'İ' (lower case 'i' plus a combining dot) as 'i', and 'ſ' as 's'
        low = low.replace("ı", "i").replace("\u0307", "").replace("ſ", "s")
        digit_re = _DIGIT_RE
    if ", " in low and _COMMA_SIGN_RE.search(low) is not None:
        return True
    for stem in _LABEL_STEMS:
        if stem in low:
            return True
    if digit_re.search(low) is None:
        return False
    if _JOINED_DIGITS_RE.search(low) is not None:
        return True
    return _YEAR_SIGN_RE.search(low) is not None and ("年" in low or _MONTH_SIGN_RE.search(low) is not None)


def match_byline(line: str) -> BylineMatch | None:
    """A top-of-article byline line ('By ...', 'Source: ...', '(Outlet) date', 'Reporting by ...'), or None.

    >>> m = match_byline("By PAN MENGQI | China Daily/Xinhua | Updated: 2018-05-28 03:58")
    >>> m.byline, m.authors, m.credit
    ('By PAN MENGQI', ('PAN MENGQI',), 'China Daily/Xinhua')
    >>> match_byline("By the end of last year, China had built 15,000 km of track.") is None
    True
    """
    normal = _normalise(line)
    if normal is None or not normal[0]:
        return None
    s, pos = normal
    if s[0] == "*" and len(s) > 1:  # a footnote mark before a closing credit: '*Writing by Elif Karaca'
        skip = len(s) - len(s[1:].lstrip())
        s, pos = s[skip:], pos[skip:]
    if s.startswith("作者"):
        author = _match_author_label(s)
        if author is not None:
            return author
    if "记者" in s:
        reporter = _match_reporter(s)
        if reporter is not None:
            return reporter
        if (
            s[0] in "（(" and s[-1] in "）)"
        ):  # '（总台记者 王亮 陈静）' closing the text: the byline without brackets
            reporter = _match_reporter(s[1:-1].strip())
            if reporter is not None:
                return reporter
    if "作者" in s:
        author = _author_and_source(s, pos)
        if author is not None:
            return author
    # '英文来源：中国日报': the source of the English (the Chinese) text, a source label
    if s[0] in "英中" and s[1:4] == "文来源":
        source = match_byline(s[2:])
        if source is not None and source.reason == "source-label":
            return attrs.evolve(source, byline=s, date_start=None if source.date_start is None else pos[2])
    if len(s) <= _MAX_STAFF_CHARS and s[-4:].lower() in _STAFF_TAILS and _STAFF_BYLINE_RE.fullmatch(s):
        return BylineMatch(byline=s, reason="staff-byline")  # 'Our correspondent': no name, no outlet
    opening = _OPENING_RE.match(s)
    if opening is None and s[0] in _ANY_BY_STARTS:
        opening = _other_by(s)
    if opening is not None and opening.lastgroup == "reporting":
        return _match_reporting(s, pos)
    if s[0] == "(" and s.endswith(")") and "page" in s and _PRINT_EDITION_RE.fullmatch(s) is not None:
        return None  # '(China Daily Africa 11/07/2014 page15)': where the story ran in print, no byline
    if s[0] == "(" and s[-1] == ")" and s[1:2] in ("R", "r", "A", "a", "W", "w"):
        reporting = _REPORTING_RE.match(s, 1)  # '(Reporting by A; Editing by B)' closing a wire story
        if reporting is not None and _brackets_closed(s[1:-1]):
            return _match_reporting(s[1:-1], pos[1:-1])
    if s[0] == "(" and s[-1] == ")" and s[1:3] in ("By", "BY", "by") and _brackets_closed(s[1:-1]):
        return _bracketed_by(s, pos)  # '(By A and B)' closing the text (Focus Taiwan)
    if opening is None and " By " in s:
        stamped = _stamp_then_by(s, pos)
        if stamped is not None:
            return stamped
    if opening is None and ("'s " in s[:_POSSESSIVE_REACH] or "’s " in s[:_POSSESSIVE_REACH]):
        owned = _outlet_possessive(s)
        if owned is not None:
            return owned
    if opening is None and "," in s[:60]:
        named = _names_comma_dated(s, pos)
        if named is not None:
            return named
    if opening is None and s[-1] in ")）":
        named = _names_with_credit(s) or _dated_credit(s, pos)
        if named is not None:
            return named
    if opening is None and " / " in s:
        named = _names_slash_outlet(s) or _names_outlet_dated(s, pos)
        if named is not None:
            return named
    elif opening is None and "/" in s:
        named = _names_slash_outlet(s, "/")  # 'Hồng Nhung/VOV.VN'
        if named is not None:
            return named
    if opening is None and (" - " in s or " – " in s or " — " in s):
        named = _names_dash_outlet(s)
        if named is not None:
            return named
    if opening is None and s[0] in "-–—":
        named = _with_contributor(s)
        if named is not None:
            return named
    if opening is None and not _may_be_credit_only(s) and not _may_be_labelled_source_or_dated_names(s):
        return None
    segments: list[_Segment] = []
    first_piece_segments = 0
    for n, (a, b) in enumerate(_pieces(s)):
        found = _segments(s, a, b)
        if n == 0:
            first_piece_segments = len(found)
        segments.extend(found)
    if not first_piece_segments:
        return None
    head = segments[0]
    later = segments[1:]
    date_at = next((seg.start for seg in segments if seg.kind == "date"), None)
    editors: list[str] = []
    extra_credit: str | None = None
    for seg in later:
        text = seg.text(s)
        if seg.kind == "editor":
            found_editors = _editor_names(text)
            if found_editors is not None:
                editors.extend(name for name in found_editors if name not in editors)
        elif seg.kind in ("source", "text") and extra_credit is None and lx.is_outlet(text):
            extra_credit = text
    head_text = s[head.start : head.end].strip().rstrip(_TRAILING_SEPARATORS)
    if not head_text:
        return None

    if head.kind == "source":
        credit_text = _without_desk_initials(head.text(s).rstrip(_TRAILING_SEPARATORS))
        # (a web address alone after the label names the site the story comes from: 'Source: BeritaSatu.com')
        if not lx.is_outlet(credit_text) and (later or _WEB_ADDRESS_RE.fullmatch(credit_text) is None):
            return None
        return _finish(
            s, pos, head_text, _Names((), credit_text, ()), "source-label", None, tuple(editors), date_at
        )
    if head.kind == "date":
        return _dated_source(s, pos, segments, tuple(editors))
    if head.kind == "editor":
        return _edited_source(s, pos, segments, date_at)
    if head.kind != "text":
        return None

    by = _BY_RE.match(head_text)
    if by is None and head_text[0] in _ANY_BY_STARTS:
        by = _other_by(head_text)
    if by is not None:
        rest = head_text[by.end() :]
        translated = _TRANSLATED_RE.search(rest) if "ransl" in rest else None
        if translated is not None:
            rest = rest[: translated.start()]  # 'By A – Translated by B': the translator wrote no part of it
        names = _parse_by_rest(rest)
        if names is None:
            return None
        reason = "by-prefix" if names.authors else "by-credit"
        return _finish(s, pos, head_text, names, reason, extra_credit, tuple(editors), date_at)

    if head_text[0] in "(（" and "original" in head_text.lower():
        return _original_by(head_text)

    paren = _PAREN_CREDIT_RE.fullmatch(head_text)
    if paren is not None and head_text != paren.group(1):
        inner = paren.group(1).strip()
        opened = head_text[0] in "([（【"
        closed = head_text[-1] in ")]）】"
        if lx.is_outlet(inner) and (opened or closed):
            names = _Names((), inner, ())
            return _finish(s, pos, head_text, names, "paren-credit", None, tuple(editors), date_at)
        return None

    if (
        date_at is not None
        and all(
            seg.kind != "text" or lx.is_outlet(seg.text(s)) or _is_section_piece(s, seg, date_at)
            for seg in later
        )
        and _brackets_closed(head_text)
    ):
        credit = head_text if lx.is_outlet(head_text) else lx.institutional_credit(head_text)
        if credit is not None:
            return _finish(
                s, pos, head_text, _Names((), credit, ()), "credit-only", None, tuple(editors), date_at
            )
    if date_at is not None and first_piece_segments == 1 and len(segments) > 1 and head.end < date_at:
        return _names_dated(s, pos, head_text, later, tuple(editors), extra_credit, date_at)
    return None


# A web address naming a site: 'BeritaSatu.com', 'www.example.co.id' (no path, no scheme).
_WEB_ADDRESS_RE: Final = re.compile(
    r"(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{1,40}(?:\.[a-z]{2,3})?\.(?:[a-z]{2,6})"
)


# How far into a line an outlet's possessive may end ("CGTN's Lin Qiao ..."), and the words such a line may
# hold (each name may carry its city: 'A in Jinghong, B in Bangkok and C in Vientiane').
_POSSESSIVE_REACH: Final = 24
_MAX_POSSESSIVE_WORDS: Final = 20


def _outlet_possessive(s: str) -> BylineMatch | None:
    """An outlet's reporters without 'By' ("CGTN's Lin Qiao in Jinghong, Anan Sirikul in Bangkok"), or None.

    The whole line must be the outlet's possessive and a list of people (maybe with their cities and
    roles): a sentence that opens with an outlet's name ("CGTN's reporters found ...") is not one.
    """
    mark = s.find("'s ", 0, _POSSESSIVE_REACH)
    if mark < 0:
        mark = s.find("’s ", 0, _POSSESSIVE_REACH)
        if mark < 0:
            return None
    head = s[:mark]
    if mark <= 0 or not lx.may_open_outlet(head.partition(" ")[0]) or not lx.is_outlet(head):
        return None
    names = _parse_by_rest(s, _MAX_POSSESSIVE_WORDS)
    if names is None or not names.authors or names.credit is None:
        return None
    return BylineMatch(
        byline=s, authors=names.authors, credit=names.credit, roles=names.roles, reason="outlet-possessive"
    )


def _bracketed_by(s: str, pos: Sequence[int]) -> BylineMatch | None:
    """'(By A and B)': the byline inside the brackets (without them), or None."""
    inner = match_byline(s[1:-1])
    if inner is None or inner.reason not in ("by-prefix", "by-credit"):
        return None
    start = inner.date_start
    return attrs.evolve(inner, date_start=None if start is None else pos[1 + start])


# The print edition a story ran in, closing it: '(China Daily Africa 11/07/2014 page15)'.
_PRINT_EDITION_RE: Final = re.compile(r"\([^()]{2,60} \d{1,2}/\d{1,2}/\d{4} page ?\d{1,3}\)")


def _stamp_then_by(s: str, pos: Sequence[int]) -> BylineMatch | None:
    """A stamp, then the byline on the same line: 'Updated: 2014-11-07 09:12  By A and B in Nairobi (China
    Daily Africa)' (China Daily's old template), or None. The byline field is the part from 'By'."""
    cut = s.find(" By ")
    head = s[:cut]
    if (
        cut <= 0
        or not _is_date_text(head)
        or (_DATE_RE.match(head) is None and _DATE_LABEL_RE.match(head) is None)
    ):
        return None
    found = match_byline(s[cut + 1 :])
    if found is None or found.reason not in ("by-prefix", "by-credit") or found.date_start is not None:
        return None
    return attrs.evolve(found, date_start=pos[0])


def _names_comma_dated(s: str, pos: Sequence[int]) -> BylineMatch | None:
    """People's names, a comma, then a date alone: 'Hana Mansour , Tuesday 8 Apr 2025' (Ahram Online), or
    None. The names must read as people's names, the date must give its year."""
    comma = s.find(",")
    head = s[:comma].rstrip()
    if not head or not head[0].isupper() or len(head.split()) > 5 or any(map(str.isdigit, head)):
        return None
    if _WEEKDAY_RE.fullmatch(head) is not None or head.casefold().startswith(("thứ ", "chủ nhật")):
        return None  # a weekday before its date: 'Thứ Bảy, 19/04/2025'
    rest = s[comma + 1 :]
    if not _has_date_sign(rest) or _YEAR_SIGN_RE.search(rest) is None or not _is_date_text(rest):
        return None
    names = _parse_name_list(head, allow_roles=False)
    if names is None or not names.authors or names.credit is not None or names.roles:
        return None
    if not all(looks_like_person_name(name) for name in names.authors):
        return None
    date_at = comma + 1 + (len(rest) - len(rest.lstrip()))
    return _finish(s, pos, head, names, "names-dated", None, (), date_at)


def _may_be_names_dated(s: str) -> bool:
    """False only when ``s`` cannot be names, a bar and a stamp ('Sadia Qamar | 18.02.2025'): the part before
    the first bar opens with a capital and holds no digit, and a date follows."""
    bar = _PIPE_RE.search(s) if "|" in s or "｜" in s else None
    if bar is None or not s[:1].isupper():
        return False
    head = s[: bar.start()]
    return not any(map(str.isdigit, head)) and _has_date_sign(s[bar.end() :])


def _names_dated(
    s: str,
    pos: Sequence[int],
    head_text: str,
    later: list[_Segment],
    editors: tuple[str, ...],
    extra_credit: str | None,
    date_at: int,
) -> BylineMatch | None:
    """People's names without 'By', a bar, then only stamps (and maybe outlets or editors): 'Sadia Qamar
    |18.02.2025 - Update : 19.02.2025' (Anadolu Agency), or None.

    The names must read as people's names: a section's name or a headline before a stamp is no byline.
    """
    for seg in later:
        if seg.kind == "text" and not lx.is_outlet(seg.text(s)):
            return None
        if seg.kind == "source":
            return None
    names = _parse_name_list(head_text, allow_roles=False)
    if names is None or not names.authors or names.credit is not None:
        return None
    return _finish(s, pos, head_text, names, "names-dated", extra_credit, editors, date_at)


# 'By A – Translated by B' (SGGP): the translator after the author, set off by a dash, a comma or a bar.
_TRANSLATED_RE: Final = re.compile(r"\s?[-–—,;|/]\s?(?:translated|translation)(?:\sby|\s?:)\s", re.IGNORECASE)
# '(Japanese original by A, Tottori Bureau)' (The Mainichi): the reporter of the story the text translates.
_ORIGINAL_BY_RE: Final = re.compile(
    r"[(（]\s?(?:[^\W\d_]{3,15}\s)?original(?:\s(?:story|article|text|report))?\sby\s(?P<names>[^()（）]{2,120})"
    r"[)）]",
    re.IGNORECASE,
)


def _original_by(text: str) -> BylineMatch | None:
    """'(Japanese original by Haruka Tsuchiya, Tottori Bureau)': the reporter of the original, or None.

    The byline is the line as shown; a bureau or a base after the names is no person and no role.
    """
    m = _ORIGINAL_BY_RE.fullmatch(text)
    if m is None:
        return None
    names = _parse_by_rest(m["names"])
    if names is None or not names.authors:
        return None
    return BylineMatch(
        byline=text, authors=names.authors, credit=names.credit, roles=names.roles, reason="original-by"
    )


def _edited_source(
    s: str, pos: Sequence[int], segments: list[_Segment], date_at: int | None
) -> BylineMatch | None:
    """A line that names its editors first, then its source: 'Editor: Wang Xiaoyu | Source: Xinhua'.

    The byline is the source part (its label kept, as in 'Source: Xinhua| ...'), the editors are the line's;
    besides, the line may hold only stamps, editors and outlets.
    """
    editors: list[str] = []
    source: _Segment | None = None
    for seg in segments:
        text = seg.text(s)
        if seg.kind == "editor":
            found = _editor_names(text)
            if found is None:
                return None
            editors.extend(name for name in found if name not in editors)
        elif seg.kind == "source":
            if source is not None:
                return None
            source = seg
        elif seg.kind == "text" and not lx.is_outlet(text):
            return None
    if source is None:
        return None
    credit = _without_desk_initials(source.text(s).rstrip(_TRAILING_SEPARATORS))
    if not lx.is_outlet(credit):
        return None
    byline = s[source.start : source.end].strip().rstrip(_TRAILING_SEPARATORS)
    return _finish(s, pos, byline, _Names((), credit, ()), "source-label", None, tuple(editors), date_at)


# Where a byline's names end at a dash before the outlet: 'Rhea Mae Villaruz - The Philippine Star'.
_DASH_SEP_RE: Final = re.compile(r"\s[-–—]\s")


def _dash_names(text: str) -> tuple[str, ...] | None:
    """The people of a names part whose names may be joined by dashes ('Ngoc An - Bao Chau'), or None when
    a part is no person's name (or an outlet)."""
    authors: list[str] = []
    for part in _DASH_SEP_RE.split(text) if "- " in text or "– " in text or "— " in text else (text,):
        names = _parse_name_list(part.strip(), allow_roles=False)
        if names is None or not names.authors or names.credit is not None:
            return None
        authors.extend(name for name in names.authors if name not in authors)
    return tuple(authors)


def _names_dash_outlet(s: str) -> BylineMatch | None:
    """Names, a dash and their outlet, without 'By': 'Rhea Mae Villaruz - The Philippine Star', or None."""
    found = None
    for dash in _DASH_SEP_RE.finditer(s):
        found = dash  # the last dash: the outlet comes after it
    if found is None:
        return None
    names_text, outlet = s[: found.start()].strip(), s[found.end() :].strip()
    if not names_text or len(names_text.split()) > _MAX_HEAD_WORDS or "/" in names_text:
        return None
    if not lx.may_open_outlet(outlet.partition(" ")[0]) or not lx.is_outlet(outlet):
        return None
    authors = _dash_names(names_text)
    if not authors:
        return None
    return BylineMatch(byline=s, authors=authors, credit=outlet, reason="names-outlet")


# '— With Ramon Lazaro' (Philippine Star), '-- With reports from A and B': the reporters who helped, after the
# text.
_WITH_CONTRIBUTOR_RE: Final = re.compile(
    r"[-–—]{1,2}\s?with\s(?:(?:a\s)?reports?\sfrom\s)?(?P<names>[^\W\d_].{1,100})", re.IGNORECASE
)


def _with_contributor(s: str) -> BylineMatch | None:
    """A dash, 'With' and people's names (a contributor line after the text), or None."""
    m = _WITH_CONTRIBUTOR_RE.fullmatch(s)
    if m is None:
        return None
    names = _parse_name_list(m["names"].rstrip(" ."), allow_roles=False)
    if names is None or not names.authors:
        return None
    return BylineMatch(byline=s, authors=names.authors, credit=names.credit, reason="with-contributor")


def _dated_credit(s: str, pos: Sequence[int]) -> BylineMatch | None:
    """A stamp, then an outlet in brackets: 'February 26, 2025 (Mainichi Japan)', or None.

    The byline is the bracketed credit (as in '(People's Daily Online) 10:32, ...'), the stamp the date.
    """
    cut = max(s.rfind("("), s.rfind("（"))
    if cut <= 0:
        return None
    inner = s[cut + 1 : -1].strip()
    if not lx.is_outlet(inner) or not is_date_line(s[:cut]):
        return None
    return BylineMatch(byline=s[cut:], credit=inner, reason="paren-credit", date_start=pos[0])


_SECTION_ITEM_RE: Final = re.compile(r"[A-Z][^\W\d_]{1,20}(?: [A-Z][^\W\d_]{1,20})?")


def _is_section_piece(s: str, seg: _Segment, date_at: int) -> bool:
    """A '|'-piece after the stamp that lists the story's sections ('KYODO NEWS - Jan 21, 2025 - 18:44 | All,
    Japan'): one to four items of one or two capitalised words, not one person's name."""
    if seg.start <= date_at or not s[: seg.start].rstrip().endswith(("|", "｜")):
        return False
    items = [item.strip() for item in seg.text(s).split(",")]
    if not 1 <= len(items) <= 4 or not all(_SECTION_ITEM_RE.fullmatch(item) for item in items):
        return False
    return len(items) > 1 or not looks_like_person_name(items[0])


def _names_with_credit(s: str) -> BylineMatch | None:
    """Names and their outlet in brackets, without 'By': 'A, B and C (The Jakarta Post)', or None.

    One of the names may be a single word (Indonesian names often are: 'Kurniasih'), but at least one is a
    full name, and the bracket holds an outlet.
    """
    cut = max(s.rfind("("), s.rfind("（"))
    if cut <= 0:
        return None
    inner = s[cut + 1 : -1].strip()
    names_text = s[:cut].strip()
    if not names_text or len(names_text.split()) > _MAX_HEAD_WORDS or not _PARENS.isdisjoint(names_text):
        return None
    if inner[:5].lower() in _ACCORDING_TO:
        inner = inner[5:].lstrip()  # 'Hải Yến (theo Reuters, AFP)': 'according to' the agencies (Vietnamese)
    if not lx.is_outlet(inner):
        return None
    authors: list[str] = []
    full = False
    for part in split_names(names_text):
        if _name_shape(part, 2, 5) and not lx.is_outlet(part):
            full = True
        elif " " in part or not _mononym(part):
            return None
        if part not in authors:
            authors.append(part)
    if not full:
        return None
    return BylineMatch(byline=s, authors=tuple(authors), credit=inner, reason="names-credit")


_ACCORDING_TO: Final = frozenset({"theo "})


def _names_slash_outlet(s: str, slash: str = " / ") -> BylineMatch | None:
    """Names, a slash and their outlet, without 'By': 'Chhay Dara / Khmer Times', or None (``slash``: how the
    slash is printed, with spaces around it or without: 'Hồng Nhung/VOV.VN')."""
    names_text, _, outlet = s.rpartition(slash)
    names_text = names_text.strip()
    if not names_text or len(names_text.split()) > _MAX_HEAD_WORDS or "/" in names_text:
        return None
    if not lx.may_open_outlet(outlet.partition(" ")[0]) or not lx.is_outlet(outlet):
        return None
    authors = _dash_names(names_text)  # (names may be joined by dashes: 'Ngoc An - Bao Chau / Tuoi Tre News')
    if not authors:
        return None
    return BylineMatch(byline=s, authors=authors, credit=outlet.strip(), reason="names-outlet")


def _names_outlet_dated(s: str, pos: Sequence[int]) -> BylineMatch | None:
    """Names, a slash and their outlet, then a slash and the stamp: 'A & B / TNN / Updated: Jul 22, 2025,
    09:11 IST' (The Times of India), or None. The byline is the part before the stamp."""
    at = _date_start(s)
    if at is None or at == 0 or not _is_date_text(s[at:]):
        return None
    found = _names_slash_outlet(s[:at].rstrip(_TRAILING_SEPARATORS + "|"))
    return None if found is None else attrs.evolve(found, date_start=pos[at])


# A byline that names neither a person nor an outlet, only the paper's own staff: 'Our correspondent' (The
# News), 'By our staff reporter' (not 'Staff Reporter', which may be the role under a name).
_STAFF_BYLINE_RE: Final = re.compile(
    r"(?:(?:by|from)\s)?our\s(?:own\s)?(?:staff\s|special\s)?(?:correspondent|reporter|writer)s?",
    re.IGNORECASE,
)
# How such a byline ends (its last four letters, lower case): a cheap test before the regex.
_STAFF_TAILS: Final = frozenset({"dent", "ents", "rter", "ters", "iter"})
_MAX_STAFF_CHARS: Final = 40


def _mononym(token: str) -> bool:
    """A one-word personal name: capitalised letters, no chrome, role or common word, no outlet."""
    return (
        len(token) >= 3
        and token.isalpha()
        and token[0].isupper()
        and _name_token_ok(token, True, True)
        and not lx.is_outlet(token)
        and not lx.looks_like_chrome(token)
    )


# Sub-editors' initials signing off a credit ('Source: CNA/ns(mi)', 'Reuters/ab'): lower-case, after a '/'.
_DESK_INITIALS_RE: Final = re.compile(r"/[a-z]{1,4}(?:\([a-z]{1,4}\))?$")


def _without_desk_initials(text: str) -> str:
    """``text`` without the desk initials after its outlet ('CNA/ns(mi)' gives 'CNA'); as given when it is
    an outlet already ('AFP/dpa') or nothing but initials stands after one."""
    if "/" not in text or lx.is_outlet(text):
        return text
    cut = text
    while (m := _DESK_INITIALS_RE.search(cut)) is not None:
        cut = cut[: m.start()].rstrip()
        if lx.is_outlet(cut):
            return cut
    return text


_BRACKET_PAIRS: Final = (("(", ")"), ("（", "）"), ("[", "]"), ("【", "】"), ("《", "》"))


def _brackets_closed(text: str) -> bool:
    """Every bracket opened in ``text`` is closed in it.

    A credit whose bracket the date opens ('《 人民日报 》（ 2024年03月03日 07 版）', a print-edition
    reference) is no credit with a stamp: the date belongs inside the bracket.
    """
    return all(text.count(o) == text.count(c) for o, c in _BRACKET_PAIRS)


def _may_be_labelled_source_or_dated_names(s: str) -> bool:
    """False only when ``s`` can be none of: a stamp, then a source label ('2024-03-03 10:15 来源：新华社');
    an editor label, then a source label ('Editor: A | Source: Xinhua'); names, a bar and a stamp
    (:func:`_may_be_names_dated`)."""
    m = _BOUNDARY_RE.match(s)
    if m is None:
        return _may_be_names_dated(s)
    if m.lastgroup not in ("date", "label", "editor"):
        return False
    if "来源" in s:
        return True
    low = s.lower()
    return "source" in low or (m.lastgroup != "editor" and "nguồn" in low)


def _dated_source(
    s: str, pos: Sequence[int], segments: list[_Segment], editors: tuple[str, ...]
) -> BylineMatch | None:
    """A line that opens with its stamp, then names its source ('2024年03月03日09:14 | 来源：人民网').

    The byline is the source part (its label kept, as in 'Source: Xinhua'); the stamps before it must be
    only stamps, and what follows it only stamps, editors or outlets.
    """
    k = 0
    while k < len(segments) and segments[k].kind == "date":
        if not is_date_line(segments[k].text(s)):
            return None
        k += 1
    if k == len(segments) or segments[k].kind != "source":
        return None
    source = segments[k]
    credit = source.text(s).rstrip(_TRAILING_SEPARATORS)
    if not _source_outlet(credit, True):
        return None
    for seg in segments[k + 1 :]:
        if seg.kind == "text" and not lx.is_outlet(seg.text(s)):
            return None
        if seg.kind == "date" and not is_date_line(seg.text(s)):
            return None
    byline = s[source.start : source.end].strip().rstrip(_TRAILING_SEPARATORS)
    return _finish(s, pos, byline, _Names((), credit, ()), "source-label", None, editors, segments[0].start)


# A reporter byline of Chinese papers: '本报记者 陈思远' (this paper's reporter), '新华社记者 A、B', '记者 X'.
# Each name is two to four Han characters (a '·' joins the parts of a transliterated name).
_HAN_NAME: Final = r"[\u4e00-\u9fff][\u4e00-\u9fff·]{1,5}"
_REPORTER_RE: Final = re.compile(
    r"(?P<org>[^\s记]{0,12}?)(?:特约|首席)?记者\s?"
    rf"(?P<names>{_HAN_NAME}(?:(?:\s?[、，,]\s?|\s){_HAN_NAME}){{0,5}})"
)
_REPORTER_SPLIT_RE: Final = re.compile(r"\s?[、，,]\s?|\s")


def _match_reporter(s: str) -> BylineMatch | None:
    """'本报记者 陈思远': the names after a '记者' (reporter) label, or None.

    A photo credit ('本报记者 陈思远摄', '新华社记者 韩立松 摄': 摄 is 'photographed by') is not a byline.
    """
    if "通讯员" in s or "实习生" in s:
        return _reporters_and_correspondents(s)
    m = _REPORTER_RE.fullmatch(s)
    if m is None or s.endswith("摄"):
        return None
    org = m["org"]
    if org and org not in _OWN_OUTLET and not lx.is_outlet(org):
        return None
    names = tuple(_REPORTER_SPLIT_RE.split(m["names"]))
    if any(not 2 <= len(name) <= 6 or name in lx.CJK_NON_NAMES for name in names):
        return None
    credit = org if org and org not in _OWN_OUTLET else None
    return BylineMatch(byline=s, authors=names, credit=credit, reason="reporter-label")


# How a Chinese outlet names itself before '记者' (its own staff wording, no credit): 本报 (this paper),
# 本台 (this station), 本网 (this site), 总台 (the Station: China Media Group, CCTV's owner).
_OWN_OUTLET: Final = frozenset({"本报", "本台", "本网", "总台"})


def _reporters_and_correspondents(s: str) -> BylineMatch | None:
    """'记者 A B 通讯员 C': the reporters, then the correspondents (通讯员, writers from the local unit the
    story is about, credited on the byline as co-authors), all authors in the order shown; or None.
    Interns (实习生) named after the reporters are co-authors the same way: '澎湃新闻记者 A 实习生 B'."""
    label = "通讯员" if "通讯员" in s else "实习生"
    head, _, tail = s.partition(label)
    head, tail = head.strip(), tail.strip()
    found = _match_reporter(head) if head and tail and "通讯员" not in tail and "实习生" not in tail else None
    if found is None:
        return None
    extra = tuple(_REPORTER_SPLIT_RE.split(tail))
    if any(_HAN_NAME_RE.fullmatch(name) is None or name in lx.CJK_NON_NAMES for name in extra):
        return None
    return attrs.evolve(found, byline=s, authors=found.authors + extra)


_CJK_PAPER_RE: Final = re.compile(r"[\u4e00-\u9fff]{2,8}(?:日报|晚报|时报|商报|青年报|法治报|都市报)")


def _source_outlet(credit: str, labelled: bool) -> bool:
    """An outlet, or after a source label ('来源：广西日报') a Chinese paper's name: a place and 日报 (daily),
    晚报 (evening paper), 时报 (times) ..."""
    return lx.is_outlet(credit) or (labelled and _CJK_PAPER_RE.fullmatch(credit) is not None)


_AUTHOR_LABEL_RE: Final = re.compile(r"作者\s?[:：]\s?")
_HAN_NAME_RE: Final = re.compile(_HAN_NAME)


def _match_author_label(s: str) -> BylineMatch | None:
    """'作者：本报记者 韩思彤 李卓然', '作者：韩思彤、李卓然': the names after an author label, or None.

    The byline is the line as shown, its label kept (as 'Source:' and 'By' are).
    """
    m = _AUTHOR_LABEL_RE.match(s)
    if m is None:
        return None
    rest = s[m.end() :]
    if "记者" in rest:
        reporter = _match_reporter(rest)
        if reporter is None:
            return None
        return BylineMatch(byline=s, authors=reporter.authors, credit=reporter.credit, reason="author-label")
    names = tuple(_REPORTER_SPLIT_RE.split(rest)) if rest else ()
    if not names or len(names) > 6:
        return None
    for name in names:
        if not 2 <= len(name) <= 6 or _HAN_NAME_RE.fullmatch(name) is None or name in lx.CJK_NON_NAMES:
            return None
    return BylineMatch(byline=s, authors=names, reason="author-label")


def _author_and_source(s: str, pos: Sequence[int]) -> BylineMatch | None:
    """An author label and a source label on one line, with or without a stamp, in either order:
    '来源：中国日报网 作者：中国日报记者 陈墨、林晓 2025-04-15 14:20', or None.

    The byline is the author part (its label kept, as the author label alone gives), the credit the source's
    outlet (else the reporters' outlet); besides, the line holds only stamps.
    """
    at = s.find("作者")
    source = _SOURCE_LABEL_RE.search(s)
    if at < 0 or source is None:
        return None
    date_at = _date_start(s)
    # each part runs to the next part, stamp or bar
    stops = [source.start(), at, len(s), *(m.start() for m in _PIPE_RE.finditer(s))]
    if date_at is not None:
        stops.append(date_at)
    author_end = min(x for x in stops if x > at)
    source_end = min(x for x in stops if x > source.start())
    author_part = s[at:author_end].strip().rstrip(_TRAILING_SEPARATORS)
    credit = s[source.end() : source_end].strip().rstrip(_TRAILING_SEPARATORS)
    author = _match_author_label(author_part)
    if author is None or not lx.is_outlet(credit):
        return None
    rest = [
        piece.strip(" |｜")
        for piece in (s[: min(at, source.start())], s[max(author_end, source_end) :])
        if piece.strip(" |｜")
    ]
    if min(author_end, source_end) < max(at, source.start()):  # something between the two parts
        rest.append(s[min(author_end, source_end) : max(at, source.start())].strip(" |｜"))
    if not all(not piece or is_date_line(piece) for piece in rest):
        return None
    return BylineMatch(
        byline=author_part,
        authors=author.authors,
        credit=credit,
        reason="author-label",
        date_start=pos[date_at] if date_at is not None and date_at < len(pos) else None,
    )


# Short words that label a Chinese page's section or box (opinion, commentary, editorial, picture, video,
# special, source, digest, abstract, editor's note, author): never a name line under the stamp.
_CJK_NOT_NAME_LINES: Final = frozenset(
    {"观点", "评论", "社论", "时评", "短评", "图片", "视频", "专题", "来源", "导读", "摘要", "编者按", "作者"}
)
# Label words of a Chinese byline (reporter, correspondent, editor, this paper, intern, photo): a line holding
# one is a labelled byline or a credit, read by the rules above, not a bare name.
_CJK_LABEL_WORDS: Final = ("记者", "通讯员", "编辑", "本报", "实习", "摄", "报道")


def cjk_name_line(line: str) -> tuple[str, ...]:
    """The names of a bare Chinese author line ('孟子岚', '孟子岚 韩思彤', '孟子岚、韩思彤'), or ().

    One to three names of two to four Han characters (a '·' may join a transliterated name's parts), and
    nothing else on the line: no label, no punctuation but the separators.

    >>> cjk_name_line("孟子岚、韩思彤"), cjk_name_line("观点")
    (('孟子岚', '韩思彤'), ())
    """
    text = " ".join(line.split())
    if not 2 <= len(text) <= 16 or text in _CJK_NOT_NAME_LINES:
        return ()
    names = tuple(_REPORTER_SPLIT_RE.split(text))
    if len(names) > 3:
        return ()
    for name in names:
        if len(name) > (6 if "·" in name else 4) or _HAN_NAME_RE.fullmatch(name) is None:
            return ()
        if name in _CJK_NOT_NAME_LINES or any(word in name for word in _CJK_LABEL_WORDS):
            return ()
    return names


def reporter_names(text: str) -> tuple[str, ...]:
    """The reporters a '记者' label names ('新华社记者 邵雨桐、韩立松'), or ().

    >>> reporter_names("记者 邵雨桐、韩立松")
    ('邵雨桐', '韩立松')
    """
    found = _match_reporter(text) if "记者" in text else None
    return found.authors if found is not None else ()


def bracket_reporters(text: str) -> tuple[str, ...]:
    """The reporters named in the bracket that opens a Chinese paper's lede ('【环球时报驻德国特约记者 沈薇
    环球时报特约记者 周骁 陆安】…'), in the order shown, or () when the bracket names anything else.

    >>> bracket_reporters("【本报驻德国记者 沈薇 本报记者 周骁】德国多个联邦州近期宣布……")
    ('沈薇', '周骁')
    """
    if text[:1] != "【":
        return ()
    end = text.find("】", 1, 80)
    inner = text[1:end] if end > 0 else ""
    if "记者" not in inner:
        return ()
    authors: list[str] = []
    for group in _REPORTER_GROUP_RE.split(inner):
        # (the bureau a reporter is posted to is no part of the outlet: '环球时报驻德国特约记者')
        found = _match_reporter(_POSTED_TO_RE.sub("", group.strip(), count=1))
        if found is None:
            return ()
        authors.extend(name for name in found.authors if name not in authors)
    return tuple(authors)


# Where the next reporter label of a bracket begins: a space before a label's outlet, or its '记者'.
_REPORTER_GROUP_RE: Final = re.compile(r"\s(?=[^\s记]{0,12}记者)")
# '驻德国' (posted to Germany) between the outlet and '记者'.
_POSTED_TO_RE: Final = re.compile(r"驻[\u4e00-\u9fff]{1,6}?(?=(?:特约|首席)?记者)")


_BRACKETS_AND_PIPE: Final = frozenset("()[]（）【】|")


def match_credit_line(line: str) -> BylineMatch | None:
    """A bare credit line: the whole line is an outlet credit ('CGTN', '(China Daily)', 'Reuters Staff').

    >>> match_credit_line("SCMP Editorial").credit
    'SCMP'
    """
    normal = _normalise(line)
    if normal is None:
        return None
    s = normal[0]
    if not s or len(s) > _MAX_CREDIT_CHARS:
        return None
    if s[-1] == ")" and s[0].islower():
        sign_off = _SIGN_OFF_RE.fullmatch(s)
        if sign_off is not None and lx.is_outlet(sign_off["credit"]):
            return BylineMatch(byline=s, credit=sign_off["credit"].strip(), reason="credit-only")
    if s[0] in _SOURCES_STARTS:
        sources = _SOURCES_LINE_RE.fullmatch(s)
        if sources is not None and lx.is_outlet(sources["credit"]):
            return BylineMatch(byline=s, credit=sources["credit"], reason="credit-only")
    if "nput" in s:
        given = _INPUT_FROM_RE.fullmatch(s)
        if given is not None and lx.is_outlet(given["credit"]):
            return BylineMatch(byline=s, credit=given["credit"], reason="credit-only")
    if s[0].isdigit():
        dated = _stamp_then_credit(s, normal[1])
        if dated is not None:
            return dated
    inner = s
    if inner[0] in "([（【":
        inner = inner[1:]
    elif inner[0] in "-–—":
        inner = inner.lstrip("-–— ")  # the agency signing off the text: '-- BERNAMA'
    if inner and inner[-1] in ")]）】":
        inner = inner[:-1]
    inner = inner.strip()
    if not inner or not _BRACKETS_AND_PIPE.isdisjoint(inner):
        return None
    credit = inner if lx.is_outlet(inner) else lx.institutional_credit(inner)
    if credit is None:
        return None
    # 'TGVN.': the outlet's mark after the text; its full stop is no part of the name (a web address keeps its
    # dots: it has more than one)
    if credit[-1] == "." and credit.count(".") == 1 and len(credit) > 1:
        credit = credit[:-1].rstrip()
    return BylineMatch(byline=s, credit=credit, reason="credit-only")


# The agencies a story draws on, after the text: 'Additional sources • AP' (Euronews), 'Sources: AFP, AP'.
_SOURCES_STARTS: Final = frozenset("AaSs")
_SOURCES_LINE_RE: Final = re.compile(
    r"(?i:(?:additional\s)?sources?)\s?[:•·|–—-]\s?(?P<credit>[^\s:•·|].{0,79})"
)
# The agency whose copy the story draws on, after the text: '(With input from Xinhua)' (CGTN), 'With inputs
# from agencies'.
_INPUT_FROM_RE: Final = re.compile(
    r"[(\[]?(?i:with\s)?(?i:inputs?)\s(?i:from)\s(?P<credit>[^\s()\[\]].{0,79}?)\.?[)\]]?"
)
# A link to the outlet's app run on after its name ('2025-04-14 10:12 ECNS App Download'): no part of the
# credit.
_APP_LINK_RE: Final = re.compile(r"\s(?i:(?:app\s)?download(?:\s(?:the\s)?app)?|get\sthe\sapp)$")


def _stamp_then_credit(s: str, pos: Sequence[int]) -> BylineMatch | None:
    """A stamp, then the outlet it comes from, maybe with a link to the outlet's app run on after it:
    '2025-04-14 10:12 ECNS App Download' (ECNS), or None. The byline is the outlet as shown, the stamp the
    date."""
    text = s
    if "ownload" in text or "pp" in text:
        link = _APP_LINK_RE.search(text)
        if link is not None:
            text = text[: link.start()]
    tokens = text.split(" ")
    for k in range(min(4, len(tokens) - 1), 0, -1):
        credit = " ".join(tokens[-k:])
        if lx.may_open_outlet(tokens[-k]) and lx.is_outlet(credit):
            head = " ".join(tokens[:-k])
            if is_date_line(head):
                return BylineMatch(byline=credit, credit=credit, reason="credit-only", date_start=pos[0])
            return None
    return None


# A sign-off of staff initials and the agencies the story draws on ('mkg/wmr (AFP, Reuters)', DW): the
# initials are no names, the agencies are the credit.
_SIGN_OFF_RE: Final = re.compile(r"[a-z]{2,4}(?:/[a-z]{2,4}){1,3} ?\((?P<credit>[^()]{2,80})\)")


_FURNITURE_SPLIT_RE: Final = re.compile(r"[|｜;()\[\]（）【】]")
_BY_SPACE_RE: Final = re.compile(r"by\s", re.IGNORECASE)


def _furniture(text: str) -> bool:
    """Whether a leftover part of an editor line is page furniture (chrome, outlet, source, date, credits)."""
    for piece in _FURNITURE_SPLIT_RE.split(text):
        piece = piece.strip().strip(",.:-–— ")
        if not piece:
            continue
        if lx.looks_like_chrome(piece) or lx.is_outlet(piece) or _is_date_text(piece):
            continue
        if piece.rstrip("&＆、和/ ") == "翻译":
            continue  # '翻译&编辑：A': translation and editing, one label (the editor is A)
        label = _SOURCE_LABEL_RE.match(piece)
        if label is not None:
            rest = piece[label.end() :]
            if lx.is_outlet(rest) or all(_is_date_text(x) or lx.is_outlet(x) for x in _split_on_date(rest)):
                continue
            return False
        if _REPORTING_RE.match(piece) or _BY_SPACE_RE.match(piece) or _EDITED_NOTE_RE.fullmatch(piece):
            continue
        return False
    return True


def _split_on_date(text: str) -> list[str]:
    at = _date_start(text)
    if at is None:
        return [text]
    return [x for x in (text[:at].strip(), text[at:].strip()) if x]


# Where an editor list ends: a bracket, a '|' or ';', or a sentence's full stop after a word of two letters or
# more ('Edited by Sigrid Aalto. This interview ...'; an initial's stop, 'J. Smith', is no end).
# (a full stop after three letters or more ends the list: "Aalto. This interview"; not "St.", "Jr.", "Ma.")
_EDITOR_END_RE: Final = re.compile(r"[|｜;)\]）】(\[（【]|(?<=[^\W\d_]{3})\.\s(?=[^\W\d_])")
# The editor's note printed with an 'Edited by' credit: page furniture of the credit line.
_EDITED_NOTE_RE: Final = re.compile(
    r"(?i)(?:this|the)\s(?:interview|conversation|transcript|q\s?&\s?a|discussion)\s(?:has\sbeen|was|is)"
    r"(?:\slightly)?\s(?:condensed|edited|shortened)(?:\s(?:and|&)\s(?:lightly\s)?(?:condensed|edited))?"
    r"(?:\sfor\s(?:length|clarity|brevity)(?:\s(?:and|&)\s(?:length|clarity|brevity))?)?\.?"
)
# Found in the lower-case line wherever _EDITOR_LABEL_RE matches (each label, its word boundaries dropped); no
# letter of a label has another case-insensitive match but 'i' ('ı', 'İ') and 's' ('ſ'). Every alternative
# opens with 'e', '编' or '责': the engine skips to those characters.
_EDITOR_SIGN_RE: Final = re.compile(r"editors?\s?[:：]|edit(?:ing|ed)\sby\s|编辑\s?[:：]|责编\s?[:：]")


def match_editor_line(line: str) -> tuple[str, ...] | None:
    """Editor names of an editor/credit line, desk tags dropped; None if the line is not an editor line.

    >>> match_editor_line("(Web editor: Liang Jun, Bianji)")
    ('Liang Jun',)
    >>> match_editor_line("Email|Print|Comments(Editor:DuMingming、Zhang Qian)")
    ('DuMingming', 'Zhang Qian')
    """
    normal = _normalise(line)
    if normal is None or not normal[0]:
        return None
    s = normal[0]
    low = s.lower()
    if not low.isascii():
        # the regex also matches 'ı' and 'İ' (lower case 'i' plus a combining dot) as 'i', and 'ſ' as 's'
        low = low.replace("ı", "i").replace("\u0307", "").replace("ſ", "s")
    if _EDITOR_SIGN_RE.search(low) is None:
        return None  # no editor label: a cheap search of the lower-case line, where the labels scan slowly
    editors: list[str] = []
    leftover: list[str] = []
    cursor = 0
    found_any = False
    for m in _EDITOR_LABEL_RE.finditer(s):
        if m.start() < cursor:
            continue
        leftover.append(s[cursor : m.start()])
        end = len(s)
        stop = _EDITOR_END_RE.search(s, m.end())
        if stop is not None:
            end = stop.start()
        nxt = _BOUNDARY_RE.search(s, m.end(), end)
        if nxt is not None:
            end = nxt.start()
            if s[end] == "编":
                end = _cjk_label_start(s, m.end(), end)  # '责任编辑：A 图片编辑：B': the next label's kind
        names = _editor_names(s[m.end() : end])
        if names is None:
            return None
        found_any = True
        editors.extend(name for name in names if name not in editors)
        cursor = end
        # (a label of its own there, '责任编辑：' after '编辑：A ', is the next label whole, not a kind run
        # into it)
        kind = (
            _CJK_EDITOR_KIND_RE.match(s, cursor)
            if "\u4e00" <= s[cursor : cursor + 1] <= "\u9fff" and _EDITOR_LABEL_RE.match(s, cursor) is None
            else None
        )
        if kind is not None:
            cursor = s.rindex("编", cursor, kind.end())  # (the kind is part of the next label, not left over)
    if not found_any:
        return None
    leftover.append(s[cursor:])
    if not all(_furniture(part) for part in leftover):
        return None
    return tuple(editors)


# The kind of editor a Chinese label names before its 编辑 ('图片编辑', photo editor; '美术编辑', art editor):
# up to four Han characters after a space, run into the label.
_CJK_EDITOR_KIND_RE: Final = re.compile(r"[\u4e00-\u9fff]{1,4}编辑\s?[:：]")


def _cjk_label_start(s: str, lo: int, at: int) -> int:
    """Where the editor label at ``at`` ('编辑：') really starts: before the one to four Han characters run
    into it after a space ('何依然 图片编辑：' gives the start of '图片'), else ``at``."""
    k = at
    while k > lo and at - k < 4 and "\u4e00" <= s[k - 1] <= "\u9fff":
        k -= 1
    return k if k < at and k > lo and s[k - 1] == " " else at


def match_end_byline(name_line: str, role_line: str | None) -> BylineMatch | None:
    """A byline printed after the body: a person's name line, then optionally a role line.

    >>> m = match_end_byline("Xiong Bo", "Ambassador China to Vietnam")
    >>> m.authors, m.roles
    (('Xiong Bo',), ('Ambassador China to Vietnam',))
    """
    normal = _normalise(name_line)
    if normal is None:
        return None
    name = normal[0]
    author = name
    if not _person_name(name, 2, 4):
        titled = _after_academic_titles(name) if "." in name[:12] else None
        if titled is None:
            if role_line is None:
                return _name_and_role(name) or _name_list(name)
            return None
        author = titled
    roles: tuple[str, ...] = ()
    if role_line is not None:
        role_normal = _normalise(role_line)
        if role_normal is None:
            return None
        role = role_normal[0]
        if "@" in role:  # 'South West correspondent @bethanlh': the role, not the author's handle
            handle = _HANDLE_TAIL_RE.search(role)
            if handle is not None:
                role = role[: handle.start()]
        if role:
            words = role.split()
            if len(words) > _MAX_ROLE_WORDS or len(role) > 150 or not lx.has_role_word(role):
                return None
            if role[-1] in "!?:;," or ". " in role or _person_name(role, 2, 5) or lx.looks_like_chrome(role):
                return None
            roles = (role,)
    return BylineMatch(byline=name, authors=(author,), roles=roles, reason="end-byline")


# Abbreviated academic titles run together before a name ('PGS.TS.', associate professor and doctor, in
# Vietnamese; 'Dr.', 'Prof.'): each piece a title word and its full stop.
_ACADEMIC_TITLES_RE: Final = re.compile(r"(?:[^\W\d_]{1,4}\.){1,3}")


def _after_academic_titles(name: str) -> str | None:
    """The person's name after the abbreviated titles that open ``name`` ('PGS.TS. Trần Minh Hòa' gives 'Trần
    Minh Hòa'), or None when ``name`` does not open so or the rest is no person's name. The titles are
    neither part of the name nor a role (as 'Prof.' before a name is a courtesy title)."""
    first, _, rest = name.partition(" ")
    if not rest or _ACADEMIC_TITLES_RE.fullmatch(first) is None:
        return None
    if not all(piece.casefold() in _TITLE_WORDS for piece in first[:-1].split(".")):
        return None
    return rest if _person_name(rest, 2, 4) else None


_MAX_ONE_LINE_ROLE_WORDS: Final = 5
# The author's social-network handle run on after the role line's words.
_HANDLE_TAIL_RE: Final = re.compile(r"\s+@\w{2,30}$")


def _name_list(line: str) -> BylineMatch | None:
    """Two to four people's names alone on a line ('Liu Jiawen, Zhou Xinyu, Tang Mo'), or None.

    Names in capitals are left alone: a line of words in capitals split by commas is as often a list of
    tags or a slogan ('WARM HOMES, CLEANER AIR').
    """
    if line.isupper():
        return None
    if "," not in line and " and " not in line and "&" not in line:
        if " - " not in line:
            return None
        names = tuple(line.split(" - "))  # 'Quỳnh Trần - Ngọc Tài': co-authors after the text (VnExpress)
    else:
        names = split_names(line)
    if not 2 <= len(names) <= 4 or not all(_person_name(name, 2, 4) for name in names):
        return None
    return BylineMatch(byline=line, authors=names, reason="end-byline")


def _name_comma_role(line: str) -> BylineMatch | None:
    """A name, a comma and the journalist's job: 'Tamsin Leary, Local Democracy Reporter', or None.

    The job is one to five words of letters ending with a job word (reporter, correspondent, editor ...).
    """
    name, _, role = line.partition(", ")
    tokens = role.split(" ")
    if not role or len(tokens) > _MAX_ONE_LINE_ROLE_WORDS or tokens[-1].casefold() not in _DESK_ROLE_ENDS:
        return None
    if not all(tok.replace("-", "").isalpha() for tok in tokens) or not _person_name(name, 2, 4):
        return None
    return BylineMatch(byline=line, authors=(name,), roles=(role,), reason="end-byline")


def _name_and_role(line: str) -> BylineMatch | None:
    """A name and the journalist's job on one line, as a byline block is scraped: 'Tobias Wrenfield Transport
    correspondent' gives the author 'Tobias Wrenfield' and the role 'Transport correspondent'; or None.

    The job ends the line with a job word (reporter, correspondent, editor ...) and starts at its capitalised
    word ('Transport correspondent', 'Political editor'), or at the job words before that ('Staff Writer',
    'Senior Political correspondent'); what stands before it must be a person's name.
    """
    tokens = line.split(" ")
    if not 3 <= len(tokens) <= 4 + _MAX_ONE_LINE_ROLE_WORDS or tokens[-1].casefold() not in _DESK_ROLE_ENDS:
        return None
    if ", " in line:
        return _name_comma_role(line)
    start = len(tokens) - 1
    while start > 0 and tokens[start][:1].islower():
        start -= 1
    while start > 2 and tokens[start - 1].casefold() in lx.ROLE_WORDS:
        start -= 1  # 'Tom Smith Senior Political correspondent', 'Tom Smith Staff Writer'
    role_tokens = tokens[start:]
    if start < 2 or len(role_tokens) > _MAX_ONE_LINE_ROLE_WORDS:
        return None
    if not all(tok.replace("-", "").isalpha() for tok in role_tokens):
        return None
    name = " ".join(tokens[:start])
    if not _person_name(name, 2, 4):
        return None
    role = " ".join(role_tokens)
    return BylineMatch(byline=line, authors=(name,), roles=(role,), reason="end-byline")


# "Associated Press writers A in Chicago and B in Detroit contributed to this report.": the names, each maybe
# with the city it reported from, after an optional outlet and a job word.
_CONTRIBUTORS: Final = re.compile(
    r"(?:[A-Z][\w&.'’]*(?: [A-Z][\w&.'’]*){0,3} )?(?:staff )?"
    r"(?:writers?|reporters?|correspondents?|journalists?) |(?=[A-Z])",
    re.IGNORECASE,
)
_CONTRIBUTED: Final = re.compile(
    r" contributed(?: reporting)?(?: to (?:this|the) (?:report|story|article))?(?: from [^,;]{2,40})?\.?$"
)
# "Helen Marchbank in Beijing": a name and the city it reports from (group 1: the name)
NAME_IN_PLACE: Final = re.compile(r"^(.+?) in [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}$")


def match_contributor_line(line: str) -> BylineMatch | None:
    """A wire story's closing contributor note: the people named as having contributed, or None.

    >>> match_contributor_line("Associated Press writers Lena Ortiz in Chicago and Sam Whitaker "
    ...                        "in Detroit contributed to this report.").authors
    ('Lena Ortiz', 'Sam Whitaker')
    >>> match_contributor_line("Rising costs contributed to the delay.") is None
    True
    >>> match_contributor_line("CNN's Lena Ortiz contributed to this report.").authors
    ('Lena Ortiz',)
    """
    text = line.strip()
    if len(text) > MAX_LINE_CHARS:
        return None
    end = _CONTRIBUTED.search(text)
    if end is None:
        return None
    head = text[: end.start()]
    mark = head.find("'s ", 0, _POSSESSIVE_REACH)
    if mark < 0:
        mark = head.find("’s ", 0, _POSSESSIVE_REACH)
    if mark > 0 and lx.may_open_outlet(head.partition(" ")[0]) and lx.is_outlet(head[:mark]):
        head = head[mark + 3 :]  # "CNN's Priya Natarajan contributed ...": the outlet's reporter
    start = _CONTRIBUTORS.match(head)
    if start is None:
        return None
    names: list[str] = []
    for part in split_names(head[start.end() :]):
        place = NAME_IN_PLACE.match(part)
        name = place.group(1) if place else part
        if not _person_name(name, 2, 4):
            return None
        names.append(name)
    if not names:
        return None
    return BylineMatch(byline=text, authors=tuple(names), reason="contributor-line")
