"""Recognise publication / update date stamps in one short header line.

The recogniser never parses prose fuzzily.  Candidate dates are found with small, linear regexes (numeric
``Y-M-D`` and ``D/M/Y`` forms, month-name forms, the CJK ``年月日`` form); a clock time is then attached when
it sits right after (``2020-01-01 08:46``) or right before (``08:46, August 06, 2020``) the date, followed by
an optional printed zone, and a weekday and a label (``Published:``, ``Updated`` ...) in front of it.  The
datetime is built from the regex groups, so a stamp without a four-digit year can never become a date and an
impossible date or time (Feb 30, month 13, hour 25) is simply not a stamp.  The month, weekday, am/pm and zone
words come from a :class:`dateutil.parser.parserinfo` subclass.

A numeric date that is not year first (``D/M/Y`` or ``M/D/Y``) is read in the :data:`DateOrder` it is
given (an outlet's convention, or what :func:`page_date_order` finds on the page).  Without one it is read
day first, and when day and month could be swapped (``03/04/2021``) the match says so
(``DateMatch.order_assumed``).  A date that only one order makes valid (``25/08/2020``, ``08/25/2020``) is
read that way whatever the order.

>>> [m.value.isoformat() for m in find_dates("Updated 17:32, 10-Mar-2021")]
['2021-03-10T17:32:00']
>>> [m.value.isoformat() for m in find_dates("03/04/2021", order="MDY")]
['2021-03-04']
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from typing import ClassVar, Final, Literal, NamedTuple

import attrs
from dateutil.parser import parserinfo

from newscorpus.fields import lexicon as lx

__all__ = [
    "DateMatch",
    "DateOrder",
    "check_date_order",
    "date_coverage",
    "date_line_stamps",
    "find_dates",
    "is_date_line",
    "is_relative_age",
    "is_yearless_stamp",
    "page_date_order",
]

Label = Literal["published", "updated"]
#: How a numeric date that is not year first is read: day first (``"DMY"``: ``06/08/2020`` is 6 August 2020)
#: or month first (``"MDY"``: June 8, 2020).
DateOrder = Literal["DMY", "MDY"]
# What ``order=`` takes: an order, a function giving one (called only when a date needs it), or None.
_OrderArg = DateOrder | Callable[[], DateOrder | None] | None


def check_date_order(value: object) -> None:
    """Raise ``ValueError`` unless ``value`` is a :data:`DateOrder` or None: a caller's ``date_order=``.

    >>> check_date_order("MDY"), check_date_order(None)
    (None, None)
    """
    if value is not None and value not in ("DMY", "MDY"):
        raise ValueError(f"date_order must be 'DMY', 'MDY' or None, not {value!r}")


_CAP: Final = 400  # only the first 400 characters of a line are looked at
_DATE_LINE_MIN_COVERAGE: Final = 0.95
_MAX_OFFSET_SECONDS: Final = 14 * 3600


class _Vocab(parserinfo):
    """English month / weekday / zone words, plus Spanish month names and Vietnamese weekday names."""

    MONTHS = [  # noqa: RUF012 - a plain class attribute, as dateutil declares it
        ("Jan", "January"),
        ("Feb", "Febr", "February"),
        ("Mar", "March"),
        ("Apr", "April"),
        ("May", "May"),
        ("Jun", "June"),
        ("Jul", "July"),
        ("Aug", "August"),
        ("Sep", "Sept", "September"),
        ("Oct", "October"),
        ("Nov", "November"),
        ("Dec", "December"),
    ]
    # Spanish month names and abbreviations ('06 may 2025', '3 de mayo de 2025': El País): dateutil allows
    # at most three names per month, the others live here.
    EXTRA_MONTHS: ClassVar[dict[str, int]] = {
        **dict.fromkeys(("ene", "enero"), 1),
        "febrero": 2,
        "marzo": 3,
        **dict.fromkeys(("abr", "abril"), 4),
        "mayo": 5,
        "junio": 6,
        "julio": 7,
        **dict.fromkeys(("ago", "agosto"), 8),
        **dict.fromkeys(("septiembre", "setiembre"), 9),
        "octubre": 10,
        "noviembre": 11,
        **dict.fromkeys(("dic", "diciembre"), 12),
        # French ('15 mai 2025': Le Figaro) and German ('21. Oktober 2025') month names and abbreviations
        **dict.fromkeys(("janvier", "janv", "januar", "jänner"), 1),
        **dict.fromkeys(("février", "fevrier", "févr", "fév", "februar"), 2),
        **dict.fromkeys(("mars", "märz", "maerz", "mär"), 3),
        **dict.fromkeys(("avril", "avr"), 4),
        "mai": 5,
        **dict.fromkeys(("juin", "juni"), 6),
        **dict.fromkeys(("juillet", "juil", "juli"), 7),
        **dict.fromkeys(("août", "aout"), 8),
        "septembre": 9,
        **dict.fromkeys(("octobre", "oktober", "okt"), 10),
        "novembre": 11,
        **dict.fromkeys(("décembre", "decembre", "déc", "dezember", "dez"), 12),
        # Italian ('21 ottobre 2025, 14:32': ANSA); 'marzo', 'agosto', 'novembre' are above
        "gennaio": 1,
        "febbraio": 2,
        "aprile": 4,
        "maggio": 5,
        "giugno": 6,
        "luglio": 7,
        "settembre": 9,
        "ottobre": 10,
        "dicembre": 12,
        # Portuguese ('21.nov.2026 às 18h05', '3 de outubro de 2025': Folha de S.Paulo); 'abril', 'agosto'
        # and the abbreviations shared with Spanish or English are above
        "janeiro": 1,
        **dict.fromkeys(("fevereiro", "fev"), 2),
        "março": 3,
        "maio": 5,
        "junho": 6,
        "julho": 7,
        **dict.fromkeys(("setembro", "set"), 9),
        **dict.fromkeys(("outubro", "out"), 10),
        "novembro": 11,
        "dezembro": 12,
    }
    # Fixed offsets (seconds) of zone names printed by news sites; "UTC"/"GMT"/"Z" come from UTCZONE.
    # Ambiguous abbreviations (CST, ET) are deliberately left out.  IST is read as India Standard Time: on
    # English-language news pages it is far more often India's than Irish or Israel Standard Time
    # (docs/timezones.md).
    TZOFFSET = {  # noqa: RUF012 - a plain class attribute, as dateutil declares it
        "IST": 5 * 3600 + 30 * 60,
        "BJT": 8 * 3600,
        "HKT": 8 * 3600,
        "SGT": 8 * 3600,
        "PHT": 8 * 3600,
        "MYT": 8 * 3600,
        "WITA": 8 * 3600,
        "AWST": 8 * 3600,
        "ICT": 7 * 3600,
        "WIB": 7 * 3600,
        "JST": 9 * 3600,
        "KST": 9 * 3600,
        "PKT": 5 * 3600,
        "TRT": 3 * 3600,
        "SAST": 2 * 3600,
        "NZST": 12 * 3600,
        "NZDT": 13 * 3600,
        "AEST": 10 * 3600,
        "AEDT": 11 * 3600,
        "BST": 3600,
        "CET": 3600,
        "CEST": 2 * 3600,
        "EET": 2 * 3600,
        "EEST": 3 * 3600,
        "MSK": 3 * 3600,
        "EST": -5 * 3600,
        "EDT": -4 * 3600,
        "CDT": -5 * 3600,
        "MST": -7 * 3600,
        "MDT": -6 * 3600,
        "PST": -8 * 3600,
        "PDT": -7 * 3600,
        "BEIJING TIME": 8 * 3600,
        "HONG KONG TIME": 8 * 3600,
        "SINGAPORE TIME": 8 * 3600,
        "TAIPEI TIME": 8 * 3600,
        "MANILA TIME": 8 * 3600,
        "HANOI TIME": 7 * 3600,
        "BANGKOK TIME": 7 * 3600,
        "JAKARTA TIME": 7 * 3600,
        "TOKYO TIME": 9 * 3600,
        "SEOUL TIME": 9 * 3600,
    }
    # dateutil allows exactly one (short, long) pair per weekday; the other spellings live here.
    EXTRA_WEEKDAYS: ClassVar[dict[str, int]] = {
        "tues": 1,
        "thur": 3,
        "thurs": 3,
        "thứ hai": 0,
        "thứ 2": 0,
        "thứ ba": 1,
        "thứ 3": 1,
        "thứ tư": 2,
        "thứ 4": 2,
        "thứ năm": 3,
        "thứ 5": 3,
        "thứ sáu": 4,
        "thứ 6": 4,
        "thứ bảy": 5,
        "thứ bẩy": 5,
        "thứ 7": 5,
        "chủ nhật": 6,
        # Chinese: 星期一 ... 星期日 (or 星期天)
        **{f"星期{day}": n for n, day in enumerate("一二三四五六日")},
        "星期天": 6,
        # Spanish ('Actualizado Jueves, 6 noviembre 2025 - 13:05': El Mundo) and Italian
        **dict.fromkeys(("lunes", "lunedì", "lunedi"), 0),
        **dict.fromkeys(("martes", "martedì", "martedi"), 1),
        **dict.fromkeys(("miércoles", "miercoles", "mercoledì", "mercoledi"), 2),
        **dict.fromkeys(("jueves", "giovedì", "giovedi"), 3),
        **dict.fromkeys(("viernes", "venerdì", "venerdi"), 4),
        **dict.fromkeys(("sábado", "sabado", "sabato"), 5),
        **dict.fromkeys(("domingo", "domenica"), 6),
    }

    def weekday(self, name: str) -> int | None:
        key = " ".join(name.lower().split())
        found = super().weekday(key)
        return found if found is not None else self.EXTRA_WEEKDAYS.get(key)

    def zone_seconds(self, name: str) -> int | None:
        """Offset in seconds of a zone word such as 'GMT', 'ICT' or 'Beijing time'."""
        key = " ".join(name.split())
        if self.utczone(key):
            return 0
        return self.TZOFFSET.get(key.upper())

    def month(self, name: str) -> int | None:
        found = super().month(name)
        return found if found is not None else self.EXTRA_MONTHS.get(name.lower())

    def month_names(self) -> list[str]:
        return [name for names in self.MONTHS for name in names] + list(self.EXTRA_MONTHS)

    def weekday_names(self) -> list[str]:
        return [name for names in self.WEEKDAYS for name in names] + list(self.EXTRA_WEEKDAYS)


_VOCAB: Final = _Vocab()


@attrs.frozen
class DateMatch:
    """One date stamp found in a line."""

    value: dt.datetime | dt.date
    """Aware datetime when a zone is known, naive datetime when not, a date when only a date is shown."""
    label: Label | None
    """From a label printed before the stamp ('Published:', 'Last updated' ...); None when unlabelled."""
    start: int
    """Offset where the stamp begins, including its label and a leading weekday."""
    end: int
    """Offset just past the stamp, including a printed zone."""
    has_time: bool
    zone_stated: bool
    """True when the line itself printed the zone (GMT+7, UTC, +0800, Beijing time ...)."""
    order_assumed: bool = False
    """True for a numeric date whose day and month could be swapped (``03/04/2021``: both 12 or less and not
    equal) that was read day first only because no order was given."""


# ----------------------------------------------------------------------------------------- regexes


def _alternation(words: Iterable[str]) -> str:
    """Regex alternation of words, longest first, inner spaces matching any run of whitespace.

    A lookahead on the words' first letters comes first: the engine tries each word of a case-insensitive
    alternation in turn, so one class test that turns most positions away saves many.  (Every pattern using
    this is case-insensitive, where a letter class matches exactly what the letter does.)
    """
    unique = sorted({w.lower() for w in words}, key=lambda w: (-len(w), w))
    first = "".join(sorted({re.escape(w[0]) for w in unique}))
    return (
        f"(?=[{first}])(?:"
        + "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in unique)
        + ")"
    )


# A year ends where its digits do, or right before a clock time glued to it: scraped text often runs
# a stamp's parts together ('March 3, 20239:14 AM': '2023' and '9:14').
_GLUED_TIME: Final = r"(?=[0-9]{1,2}[:：][0-9]{2}(?![0-9]))"
_YEAR: Final = r"(?P<y>19[0-9]{2}|20[0-9]{2}|2100)(?:(?![0-9])|" + _GLUED_TIME + ")"
_MONTH_WORD: Final = rf"(?P<mon>{_alternation(_VOCAB.month_names())})(?![^\W\d_])"


def _not_after_number(width: int) -> str:
    """Neither a digit nor a digit and a separator just before a number: checked ``width`` characters into it.

    A pattern that opens with a number checks this after its first digit(s) rather than before them: a regex
    that opens with digits lets the engine skip ahead from digit to digit instead of trying every position.
    """
    return rf"(?<![0-9].{{{width}}})(?<![0-9][.\-/:].{{{width}}})"


# 2020-08-06, 2020/3/27, 2023.01.19
# (with dots, month and day take two digits: '2020.1.2' is more often a version number than a date)
_YMD: Final = re.compile(
    r"(?P<y>19[0-9]{2}|20[0-9]{2}|2100)"
    + _not_after_number(4)
    + r"(?:(?P<sep>[-/])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})"
    r"|(?P<dot>\.)(?P<dm>[0-9]{2})\.(?P<dd>[0-9]{2}))"
    r"(?![0-9])(?![-/.][0-9])"
)
# 06/08/2020, 6.8.2020, 06-08-2020 (groups named as read day first: _candidate_dates swaps them, month first)
_DMY: Final = re.compile(
    r"(?P<d>[0-9]"
    + _not_after_number(1)
    + r"[0-9]?)(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)"
    + _YEAR
    + r"(?!(?P=sep)[0-9])"
)
# August 06, 2020 / Feb. 10, 2023 / Sept 4th 2024 / Dec-16-2022
_MDY_NAME: Final = re.compile(
    r"(?i)(?<![^\W\d_])"
    + _MONTH_WORD
    + r"(?:\.?\s+|\.|-)(?P<d>[0-9]{1,2})(?![0-9])(?:st|nd|rd|th)?(?:\s*,\s*|\s+|-)"
    + _YEAR
)
# 2 January 2021 / 16-Dec-2022 / 2nd of Jan., 2021
# (its year may also run into a copy of the same date: a screen-reader label and the visible date scraped as
# one, '3 Mar 20243 Mar 2024'; _candidate_dates takes the copy into the stamp)
_DMY_NAME: Final = re.compile(
    r"(?i)(?P<d>[0-9]"
    + _not_after_number(1)
    + r"[0-9]?)(?:st|nd|rd|th)?(?:\s+of\s+|\s+de\s+|\s+|-|\.\s*|/)"
    + _MONTH_WORD
    # (a dot may be the only mark between the month and the year: '21.nov.2026', Folha de S.Paulo)
    + r"(?:\.|\.?(?:\s*,\s*|\s+de\s+|\s+|-|/))"
    + r"(?P<y>19[0-9]{2}|20[0-9]{2}|2100)(?:(?![0-9])|"
    + _GLUED_TIME
    + r"|(?=(?P=d)\s+(?P=mon)(?![^\W\d_])))"
)
# 2020年08月06日
_CJK: Final = re.compile(
    r"(?=[12])(?<![0-9])" + _YEAR + r"\s*年\s*(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*[日号]"
)

# 08:46, 16:14:48, 8:20 PM, 9:06 a.m., 08h46, 17:32:00.123
# (the hour opens the regex, its lookbehinds come after its first digit: see _not_after_number)
_TIME_REST: Final = (
    r"(?:[:：](?P<mi>[0-9]{2})(?:[:：](?P<s>[0-9]{2})(?:\.(?P<f>[0-9]{1,9}))?)?|[hH](?P<mi2>[0-9]{2})"
    # "09.15 GMT", "9.15am": a dotted time only where a zone or am/pm says it is one
    # (and "18.05 Uhr", German: 'Uhr' is o'clock)
    r"|\.(?P<mi3>[0-9]{2})(?=\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|ICT|Uhr(?![^\W\d_])|[AaPp]\.?[Mm](?![^\W\d_]))))"
    r"(?![0-9])(?:\s*(?P<ap>[AaPp])\.?\s?[Mm](?![^\W\d_])\.?)?"
)
_TIME: Final = re.compile(r"(?P<h>[0-9](?<![0-9].)(?<![0-9][:.].)(?<![+−].)[0-9]?)" + _TIME_REST)
# The time glued to a year ('20239:14'), matched where the year ends: no look back at the digits before it.
_TIME_AFTER_YEAR: Final = re.compile(r"(?P<h>[0-9][0-9]?)(?=[:：])" + _TIME_REST)
# what may stand between a date and the time after it / between a time and the date after it
# ('à' in French: '15 mai 2025 à 18h05'; 'às' in Portuguese: '21.nov.2026 às 18h05'; 'um' in German:
# '21.10.2025 um 18.05 Uhr')
_JOIN_AFTER: Final = re.compile(r"T|\s*(?:[,/|\-–—@·•]|,?\s*(?:at|à|às|um)|lúc|vào\s+lúc)?\s*", re.IGNORECASE)
_JOIN_BEFORE: Final = re.compile(r"\s*(?:[,\-–—]|on|ngày)?\s*", re.IGNORECASE)
# ... and, for a time no date before it has taken, a bar too ('09:30 | 05/03/2024': TGVN prints the time, a
# bar, then the date; but in '04/03/2024 10:15 | 05/03/2024' the time stays with the date before it)
_JOIN_BEFORE_BAR: Final = re.compile(r"\s*(?:[,|\-–—]|on|ngày)?\s*", re.IGNORECASE)
_JOIN_REACH: Final = 12  # longest joiner looked at, in characters
_ZONED_REACH: Final = 32  # longest zone and joiner between a time and the date after it

# abbreviations are matched case-sensitively ('EST' is a zone, 'est' is not), the rest case-insensitively
_ZONE_ABBREVIATIONS: Final = sorted((n for n in _VOCAB.TZOFFSET if " " not in n), key=len, reverse=True)
_ZONE_NAMES: Final = (
    "(?-i:(?=["
    + "".join(sorted({n[0] for n in _ZONE_ABBREVIATIONS}))
    + "])(?:"
    + "|".join(_ZONE_ABBREVIATIONS)
    + "))"
)
_ZONE_CITIES: Final = _alternation(name for name in _VOCAB.TZOFFSET if " " in name)
# Zones whose offset depends on the date (daylight saving time): 'ET' (US Eastern time, as NPR and US papers
# print it) and a Central European city named as the zone ('6:15 am (Paris)', 'Paris time': Le Monde).
_US_EASTERN: Final = "ET"
_CET_CITIES: Final = ("Paris", "Brussels", "Berlin", "Madrid", "Rome", "Amsterdam", "Vienna")
# GMT+8, UTC+07:00, GMT+0800, (GMT+7), +0800, +08:00, Beijing time, ICT
_ZONE: Final = re.compile(
    r"(?P<gap>\s*)(?P<open>[(\[]\s*)?(?:"
    # (an offset may have a word glued after it, 'GMT+7Updated 2 hours ago'; a bare GMT may not)
    r"(?P<gu>GMT|UTC)(?:\s*(?P<sg>[+\-−])\s*(?P<oh>[0-9]{1,2})(?::?(?P<om>[0-9]{2}))?(?![0-9])|(?![^\W\d_]|[0-9]))"
    r"|(?P<nsg>[+\-−])(?P<noh>[0-9]{2})(?P<ncolon>:?)(?P<nom>[0-9]{2})(?![0-9])"
    rf"|(?P<name>{_ZONE_CITIES}|{_ZONE_NAMES})(?![^\W\d_])"
    r"|(?P<et>(?-i:ET))(?![^\W\d_])"
    # (a city alone only in brackets, '(Paris)'; else with 'time', 'Paris time')
    rf"|(?P<cet>(?-i:{'|'.join(_CET_CITIES)}))(?:(?(open)(?=\s*[)\]])|\s+time(?![^\W\d_])))"
    # ('14:32, UK': UK time, as Sky News prints it after a comma: GMT, or BST in summer)
    r"|(?(open)(?!)|,\s?(?P<uk>(?-i:UK))(?![^\W\d_]))"
    r")(?(open)\s*[)\]])",
    re.IGNORECASE,
)

_WEEKDAY_ALT: Final = _alternation(_VOCAB.weekday_names())
_WEEKDAY_BEFORE: Final = re.compile(
    # (a Vietnamese stamp may say 'ngày', day, between the weekday and the date: 'Thứ Tư, ngày 16/4/2025')
    rf"(?i)(?<![^\W\d_])(?P<wd>{_WEEKDAY_ALT})(?![^\W\d_])\.?\s*,?\s*[-–—|]?\s*(?:ngày\s*)?\Z",
)
_WEEKDAY_REACH: Final = 24
# A weekday between a time with its zone and the date after it: 'Updated 3:15 AM EST, Tue November 24, 2026'
# (CNN); the weekday is part of the stamp.
_JOIN_BEFORE_WEEKDAY: Final = re.compile(rf"(?i)\s*,?\s*{_WEEKDAY_ALT}\.?\s*,?\s*")

_UPDATED_WORDS: Final = (
    *("updat", "modif", "edit", "revis", "更新", "cập nhật", "actualiz", "atualiz"),
    *("actualis", "mis à jour", "aktualisiert"),  # (French, German)
)
_LABEL_BEFORE: Final = re.compile(
    r"(?i)(?P<lab>(?<![^\W\d_])(?=[acefilmnopruvxđ])(?:"
    r"(?:first\s+|originally\s+)?(?:published|posted|released)"
    # 'Publish : 17 Jun 2025' (Dhaka Tribune): the bare verb only with its colon
    r"|publish(?=\s*[:：])"
    # Spanish: 'Actualizado:' (updated), 'Publicado:' (published); Portuguese: 'Atualizado:', 'Publicado:'
    r"|actualizad[oa]|atualizad[oa]|publicad[oa]"
    # 'Issued on: 04/03/2024 - 10:15' (France 24): only with its colon, 'issued on 11 August' is prose
    r"|issued(?=(?:\s+on)?\s*[:：])"
    r"|(?:last\s+)?(?:updated|modified|edited|revised|update)"
    r"|cập\s+nhật|ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|đăng|xuất\s+bản"
    # French: 'Publié le', 'mis à jour le', 'Modifié le'; German: 'Veröffentlicht am', 'Aktualisiert am'
    r"|publié|mis\s+à\s+jour|modifié|actualisé|veröffentlicht|aktualisiert)"
    r"|发布时间|发布日期|发布于|发表于|发表时间|更新时间|更新于)"
    r"(?:\s+(?:on|at|el|em|lúc|ngày|vào|le|am))?\s*[:：]?\s*[-–—]?\s*\Z"
)
_LABEL_REACH: Final = 40

_UNITS_EN: Final = (
    r"(?=[smhdwy])(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?)"
)
# A relative age alone ("3 hours ago", "Updated about an hour ago"): a stamp, but no date to give.
_RELATIVE_AGE: Final = re.compile(
    r"(?:(?:updated|posted|published)\s+)?(?:(?:about|around|nearly|over)\s+)?"
    rf"(?:[0-9]{{1,3}}\s*|(?:an?|one)\s+){_UNITS_EN}\s+ago",
    re.I,
)


def is_relative_age(text: str) -> bool:
    """The line is only a relative age, maybe labelled: it shows a stamp and gives no date.

    >>> is_relative_age("3 hours ago"), is_relative_age("Updated about an hour ago"), is_relative_age("3 May")
    (True, True, False)
    """
    return len(text) <= 60 and _RELATIVE_AGE.fullmatch(text.strip()) is not None


# A stamp with a day, a month and a clock time but no year ('3 MAR, 15:42', 'March 3, 15:42', '15:42, 3
# March'): outlets leave the year out on stories of the current year.  The time is required: a day and a
# month alone is as often a phrase or the end of a caption.
_YEARLESS_MONTH: Final = rf"{_alternation(_VOCAB.month_names())}(?![^\W\d_])"
_YEARLESS_DAY_MONTH: Final = (
    rf"(?:[0-9]{{1,2}}\.?\s*{_YEARLESS_MONTH}\.?|{_YEARLESS_MONTH}\.?\s*[0-9]{{1,2}}(?![0-9]))"
)
_YEARLESS_TIME: Final = r"[0-9]{1,2}[:：][0-9]{2}(?![0-9])(?:\s*[AaPp]\.?[Mm]\.?)?"
_YEARLESS_STAMP: Final = re.compile(
    r"(?i)(?:(?:published|updated|posted)\s*[:：]?\s*)?"
    rf"(?:{_WEEKDAY_ALT}\.?,?\s*)?"
    rf"(?:{_YEARLESS_DAY_MONTH}\s*(?:,|\s|[-–—|·•])\s*{_YEARLESS_TIME}"
    rf"|{_YEARLESS_TIME}\s*(?:,|\s|[-–—|·•])\s*{_YEARLESS_DAY_MONTH})"
)


def is_yearless_stamp(text: str) -> bool:
    """The line is only a stamp with a day, a month and a time but no year: it shows a stamp and gives no
    date (FIELDS: a date without a year gives no field).

    >>> is_yearless_stamp("3 MAR, 15:42"), is_yearless_stamp("Updated March 3, 3:42 PM")
    (True, True)
    >>> is_yearless_stamp("3 March"), is_yearless_stamp("3 March 2025, 15:42")
    (False, False)
    """
    text = text.strip()
    return len(text) <= 40 and text[:1].isalnum() and _YEARLESS_STAMP.fullmatch(text) is not None


# Words are grouped behind lookaheads on their first characters, so that most positions are turned away by
# a test or two; a group may move past another only when no character can start both (a digit, a letter),
# which keeps every match as it was.  A number never gives back digits ('++'): what follows it cannot start
# with one.
_FILLER: Final = re.compile(
    r"(?i)(?<![^\W\d_])(?=[^\W_])(?:"
    rf"(?=[0-9])(?:[0-9]++\s*{_UNITS_EN}\s+ago|[0-9]++\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước)"
    r"|(?=[^\W\d_])(?:"
    r"(?=[adeflmoprtu])(?:(?:first|last|originally)\s+(?:published|updated|modified)|published|posted"
    r"|released|updated|update|modified|edited|revised|dated|date|time|on|at|and|ago|local|a\.m\.|p\.m\."
    r"|am|pm|et|pt|uhr)"
    rf"|{_WEEKDAY_ALT}|{_ZONE_CITIES}|{_ZONE_NAMES}"
    # the print edition's page run on after the date ('Sun, Dec 08, 2024 page2': Taipei Times)
    r"|(?=p)page\s?[0-9]{1,3}(?![0-9])"
    r"|(?=[gu])(?:GMT|UTC)\s*[+\-−]\s*[0-9]{1,2}(?::?[0-9]{2})?"
    # ('about 3 hours ago': a relative age, as 'Updated about 3 hours ago' prints it)
    rf"|(?=[aofytjcnlđ])(?:(?:about|around|nearly|almost|over)\s+(?:[0-9]++\s*|(?:an?|one|a\s+few)\s+)"
    rf"{_UNITS_EN}\s+ago|(?:an?|one|a\s+few|few)\s+{_UNITS_EN}\s+ago|yesterday|today|just\s+now"
    r"|cập\s+nhật|ngày|lúc|đăng|trước)"
    r"))(?![^\W\d_])"
    r"|(?=[0-9])(?:[0-9]++\s*(?:秒|分钟|小时|天|周|个月|年)前"
    r"|(?<![0-9])[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?(?![0-9]))"
    r"|(?=[发更北星周])(?:发布时间|发布日期|发布于|发表于|发表时间|更新时间|更新于|北京时间|星期[一二三四五六日天]"
    r"|周[一二三四五六日])"
)
# Every date form holds a four-digit year followed by a non-digit: a line without one has no stamp.
_YEAR_ANYWHERE: Final = re.compile(r"(?:19[0-9]{2}|20[0-9]{2}|2100)(?:(?![0-9])|" + _GLUED_TIME + ")")


# ----------------------------------------------------------------------------------------- scanning


# (Named tuples: a few are made for every stamp, and they cost a third of a frozen attrs class to build.)
class _Date(NamedTuple):
    start: int
    end: int
    date: dt.date
    order_assumed: bool = False


class _Time(NamedTuple):
    start: int
    end: int
    time: dt.time | None  # None when the digits do not make a valid clock time (hour 25 ...)
    has_seconds: bool


def _make_date(year: str, month: int | None, day: str | int) -> dt.date | None:
    if month is None:
        return None
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


# Cheap signs (each regex opens with a class the engine can skip ahead to) without which _YMD and _DMY cannot
# match: a year just before a - / . mark, or just after one; nor _MDY_NAME and _DMY_NAME: a day, then a year.
# On a short stamp they cost about what the date regexes do: they are looked for on longer text only.
_SIGNS_FROM_CHARS: Final = 40
_YEAR_THEN_MARK: Final = re.compile(r"(?:19[0-9]{2}|20[0-9]{2}|2100)[-/.]")
_MARK_THEN_YEAR: Final = re.compile(r"[-/.](?:19[0-9]{2}|20[0-9]{2}|2100)(?:(?![0-9])|" + _GLUED_TIME + ")")
_DAY_THEN_YEAR: Final = re.compile(
    r"[0-9][^0-9]++(?:19[0-9]{2}|20[0-9]{2}|2100)(?:(?![0-9])|" + _GLUED_TIME + ")"
)
# A beginning of every month name (lower case): a month name holds one. Three letters, four for the names of
# five letters or more ('sett' for 'settembre': 'set' and 'gen' begin too many English words).
_MONTH_STEM: Final = re.compile(
    "|".join(sorted({name.lower()[: 3 if len(name) <= 4 else 4] for name in _VOCAB.month_names()}))
)


def _may_name_month(s: str) -> bool:
    """False only when no month name of _MONTH_WORD can be in ``s`` (a cheap test before its regexes)."""
    low = s.lower()
    if not low.isascii():
        low = low.replace("ſ", "s")  # the regexes match 'ſ' as 's'; no other letter of a stem has such a twin
    return _MONTH_STEM.search(low) is not None


def _candidate_dates(s: str, order: _OrderArg) -> list[_Date]:
    found: list[_Date] = []
    signs = len(s) > _SIGNS_FROM_CHARS
    marked = "-" in s or "/" in s or "." in s  # the numeric forms join their numbers with - / or .
    for m in _YMD.finditer(s) if marked and (not signs or _YEAR_THEN_MARK.search(s)) else ():
        d = _make_date(m["y"], int(m["m"] or m["dm"]), m["d"] or m["dd"])
        if d is not None:
            found.append(_Date(m.start(), m.end(), d))
    for m in _DMY.finditer(s) if marked and (not signs or _MARK_THEN_YEAR.search(s)) else ():
        first, second = int(m["d"]), int(m["m"])
        # both orders give a date, and not the same one: only then does the order matter (or get asked for)
        swappable = 0 < first <= 12 and 0 < second <= 12 and first != second
        if swappable and callable(order):
            order = order()
        month_first = order == "MDY"
        # in that order; in the other only when this one is impossible and that one is not (08/25/2020)
        day, month = (second, first) if month_first else (first, second)
        d = _make_date(m["y"], month, day)
        if d is None and day <= 12 < month:
            d = _make_date(m["y"], day, month)
        if d is not None:
            assumed = swappable and not month_first and order != "DMY"  # day first for want of an order
            found.append(_Date(m.start(), m.end(), d, assumed))
    named = not signs or (_DAY_THEN_YEAR.search(s) is not None and _may_name_month(s))
    for pattern in (_MDY_NAME, _DMY_NAME) if named else ():
        for m in pattern.finditer(s):
            d = _make_date(m["y"], _VOCAB.month(" ".join(m["mon"].split())), m["d"])
            if d is not None:
                end = m.end()
                # the same date again, glued to the year: one stamp ('3 Mar 20243 Mar 2024')
                if s[end : end + 1].isdigit() and s.startswith(m[0], end):
                    end += len(m[0])
                found.append(_Date(m.start(), end, d))
    for m in _CJK.finditer(s) if "年" in s else ():
        d = _make_date(m["y"], int(m["m"]), m["d"])
        if d is not None:
            found.append(_Date(m.start(), m.end(), d))
    found.sort(key=lambda c: (c.start, -c.end))
    chosen: list[_Date] = []
    for cand in found:
        if not chosen or cand.start >= chosen[-1].end:
            chosen.append(cand)
    return chosen


def _make_time(m: re.Match[str]) -> dt.time | None:
    hours, mi, mi2, mi3, seconds, fraction, ampm = m.group("h", "mi", "mi2", "mi3", "s", "f", "ap")
    hour = int(hours)
    minute = int(mi or mi2 or mi3)
    second = int(seconds) if seconds is not None else 0
    micro = int(fraction[:6].ljust(6, "0")) if fraction is not None else 0
    if ampm is not None:
        pm = _VOCAB.ampm(ampm) == 1
        if 1 <= hour <= 12:
            hour = hour % 12 + (12 if pm else 0)
        elif not (pm and 12 < hour <= 23) and not (not pm and hour == 0):
            return None
    try:
        return dt.time(hour, minute, second, micro)
    except ValueError:
        return None


def _candidate_times(s: str) -> list[_Time]:
    return [_Time(m.start(), m.end(), _make_time(m), m["s"] is not None) for m in _TIME.finditer(s)]


def _time_after(s: str, date: _Date, times: Sequence[_Time], starts: Sequence[int]) -> _Time | None:
    i = bisect.bisect_left(starts, date.end)
    if i < len(times) and times[i].start - date.end <= _JOIN_REACH:
        t = times[i]
        if _JOIN_AFTER.fullmatch(s, date.end, t.start):
            return t
    return None


def _glued_time(s: str, pos: int) -> _Time | None:
    """The clock time glued to the year that ends at ``pos`` ('March 3, 20239:14 AM'), or None."""
    m = _TIME_AFTER_YEAR.match(s, pos)
    return _Time(m.start(), m.end(), _make_time(m), m["s"] is not None) if m is not None else None


def _time_before(s: str, lo: int, date: _Date, times: Sequence[_Time], ends: Sequence[int]) -> _Time | None:
    i = bisect.bisect_right(ends, date.start) - 1
    if i >= 0 and date.start - times[i].end <= _JOIN_REACH:
        t = times[i]
        if t.start >= lo and _JOIN_BEFORE_BAR.fullmatch(s, t.end, date.start):
            return t
    return None


def _zoned_time_before(
    s: str, lo: int, date: _Date, times: Sequence[_Time], ends: Sequence[int]
) -> tuple[_Time, tuple[int | None, int]] | None:
    """A time and its zone printed before the date ('10:00 GMT+8, June 3, 2021'), or None."""
    i = bisect.bisect_right(ends, date.start) - 1
    if i < 0:
        return None
    t = times[i]
    if t.start < lo or date.start - t.end > _ZONED_REACH:
        return None
    zone = _zone_after(s, t.end, t, date.date)
    if zone is None:
        return None
    if not _JOIN_BEFORE.fullmatch(s, zone[1], date.start) and not (
        date.start - zone[1] > 3 and _JOIN_BEFORE_WEEKDAY.fullmatch(s, zone[1], date.start)
    ):
        return None
    return t, zone


def _nth_sunday(year: int, month: int, nth: int) -> dt.date:
    """The nth Sunday of a month (nth = -1: the last one)."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def _rule_offset(kind: str, day: dt.date, clock: dt.time | None) -> int:
    """Offset in seconds of US Eastern ('et'), Central European ('cet') or UK ('uk') time on a day, local
    clock time.

    US: daylight time from 02:00 on the second Sunday of March to 02:00 on the first Sunday of November
    (the rule since 2007). EU: summer time from 02:00 on the last Sunday of March to 03:00 on the last
    Sunday of October (01:00 UTC both); the UK switches at the same instants (01:00 GMT, 02:00 BST).
    """
    hour = clock.hour if clock is not None else 12
    if kind == "et":
        start, end, switch_on, switch_off = _nth_sunday(day.year, 3, 2), _nth_sunday(day.year, 11, 1), 2, 2
        standard = -5 * 3600
    elif kind == "uk":  # (the EU's Sundays and the same instants: 01:00 GMT, 02:00 BST)
        start, end, switch_on, switch_off = _nth_sunday(day.year, 3, -1), _nth_sunday(day.year, 10, -1), 1, 2
        standard = 0
    else:
        start, end, switch_on, switch_off = _nth_sunday(day.year, 3, -1), _nth_sunday(day.year, 10, -1), 2, 3
        standard = 3600
    summer = (start < day < end) or (day == start and hour >= switch_on) or (day == end and hour < switch_off)
    return standard + 3600 if summer else standard


def _zone_after(
    s: str, pos: int, attached_time: _Time | None, day: dt.date | None = None
) -> tuple[int | None, int] | None:
    """(offset seconds, end) of a zone printed at `pos`, right after a stamp's time.

    The offset is None when a zone is printed but impossible ('GMT+15', 'UTC+8:75').  `day` is the stamp's
    date, which a zone with daylight time ('ET', '(Paris)') needs: without it such a zone is not read.
    """
    glued = attached_time is not None and attached_time.end == pos
    if glued and s[pos : pos + 1] in ("Z", "z") and not s[pos + 1 : pos + 2].isalnum():
        return 0, pos + 1  # ISO 8601 'Z'

    m = _ZONE.match(s, pos) if pos < len(s) else None  # (a stamp at the end of the line has no zone)
    if m is None:
        return None
    if m["gu"] is not None:
        if m["sg"] is None:
            return 0, m.end()
        sign, hours, minutes = m["sg"], int(m["oh"]), int(m["om"] or "0")
    elif m["nsg"] is not None:
        # '+0800' may follow a space; '+08:00' must be glued to a time with seconds (ISO 8601), so that a
        # time range such as '10:00-11:30' is never read as a zone.
        if m["ncolon"] and (m["gap"] or m["open"] or attached_time is None or not attached_time.has_seconds):
            return None
        if not m["ncolon"] and len(m["gap"]) > 1:
            return None
        sign, hours, minutes = m["nsg"], int(m["noh"]), int(m["nom"])
    elif m["name"] is not None:
        seconds = _VOCAB.zone_seconds(m["name"])
        return None if seconds is None else (seconds, m.end())
    else:
        if day is None:
            return None
        clock = attached_time.time if attached_time is not None else None
        kind = "et" if m["et"] is not None else "uk" if m["uk"] is not None else "cet"
        return _rule_offset(kind, day, clock), m.end()
    total = (hours * 3600 + minutes * 60) * (1 if sign == "+" else -1)
    if minutes >= 60 or abs(total) > _MAX_OFFSET_SECONDS:
        return None, m.end()
    return total, m.end()


def _is_later(value: dt.datetime | dt.date, now: dt.datetime | dt.date) -> bool:
    if not isinstance(value, dt.datetime) or not isinstance(now, dt.datetime):
        value_day = value.date() if isinstance(value, dt.datetime) else value
        now_day = now.date() if isinstance(now, dt.datetime) else now
        return value_day > now_day
    if (value.tzinfo is None) == (now.tzinfo is None):
        return value > now
    # One side has no zone: compare wall clocks, allowing for the widest zone difference.
    slack = dt.timedelta(seconds=2 * _MAX_OFFSET_SECONDS)
    return value.replace(tzinfo=None) - slack > now.replace(tzinfo=None)


def _scan(s: str, tz: dt.tzinfo | None, order: _OrderArg) -> list[DateMatch]:
    dates = _candidate_dates(s, order)
    if not dates:
        return []
    times = _candidate_times(s)
    starts = [t.start for t in times]
    ends = [t.end for t in times]
    out: list[DateMatch] = []
    prev_end = 0
    zones: list[tuple[int, _Time | None]] = []  # where each zone printed after a time starts, and that time
    for k, date in enumerate(dates):
        after = _time_after(s, date, times, starts)
        if after is None and s[date.end : date.end + 1].isdigit():
            after = _glued_time(s, date.end)
        if after is not None and k + 1 < len(dates):
            nxt = dates[k + 1]
            # '..., 2021 11:24, June 5, 2023' : the time belongs to the next date unless that one has its own
            if _JOIN_BEFORE.fullmatch(s, after.end, nxt.start) and _time_after(s, nxt, times, starts) is None:
                after = None
        before = None if after is not None else _time_before(s, prev_end, date, times, ends)
        zone_before: tuple[int | None, int] | None = None
        if after is None and before is None:
            zoned = _zoned_time_before(s, prev_end, date, times, ends)
            # (an impossible time or zone there, '90:00 GMT, June 3': the date stands alone)
            if zoned is not None and zoned[0].time is not None and zoned[1][0] is not None:
                before, zone_before = zoned
        clock = after or before
        if clock is not None and clock.time is None:
            continue  # 'hour 25' next to a date: not a stamp
        start = before.start if before is not None else date.start
        end = after.end if after is not None else date.end
        offset: int | None = None
        if zone_before is not None:  # '10:00 GMT+8, June 3, 2021': the zone printed with the time
            offset = zone_before[0]
        elif clock is not None:
            zone = _zone_after(s, end, after, date.date)
            if zone is not None:
                if zone[0] is None:
                    continue  # 'GMT+15': a zone that cannot be; the stamp is not trusted
                zones.append((end, after))
                offset, end = zone
        # (nothing to search before a stamp that opens the line or follows the last one at once)
        wd = (
            _WEEKDAY_BEFORE.search(s, max(prev_end, start - _WEEKDAY_REACH), start)
            if start > prev_end
            else None
        )
        if wd is not None and _VOCAB.weekday(wd["wd"]) is not None:
            start = wd.start()
        label: Label | None = None
        lab = (
            _LABEL_BEFORE.search(s, max(prev_end, start - _LABEL_REACH), start) if start > prev_end else None
        )
        if lab is not None:
            start = lab.start()
            word = " ".join(lab["lab"].lower().split())
            label = "updated" if any(w in word for w in _UPDATED_WORDS) else "published"
        value: dt.datetime | dt.date
        if clock is None or clock.time is None:
            value = date.date
        else:
            value = dt.datetime.combine(date.date, clock.time)
            if offset is not None:
                value = value.replace(tzinfo=dt.timezone(dt.timedelta(seconds=offset)))
            elif tz is not None:
                value = value.replace(tzinfo=tz)
        out.append(
            DateMatch(value, label, start, end, clock is not None, offset is not None, date.order_assumed)
        )
        prev_end = end
    if len(zones) == 1 and len(out) > 1:
        out = _share_zone(s, out, zones[0])
    return out


def _share_zone(s: str, found: list[DateMatch], zone: tuple[int, _Time | None]) -> list[DateMatch]:
    """The line's one printed zone given to its other stamps with a time: 'Published on March 27, 2025, at
    6:15 am (Paris), updated on March 28, 2025, at 9:05 am' (both Paris time)."""
    out: list[DateMatch] = []
    for m in found:
        value = m.value
        if not m.zone_stated and m.has_time and isinstance(value, dt.datetime):
            again = _zone_after(s, zone[0], zone[1], value.date())
            if again is not None and again[0] is not None:
                value = value.replace(tzinfo=dt.timezone(dt.timedelta(seconds=again[0])))
                m = attrs.evolve(m, value=value, zone_stated=True)
        out.append(m)
    return out


# ----------------------------------------------------------------------------------------- public API


def find_dates(
    text: str,
    *,
    tz: dt.tzinfo | None = None,
    now: dt.datetime | dt.date | None = None,
    order: DateOrder | Callable[[], DateOrder | None] | None = None,
) -> list[DateMatch]:
    """All date stamps in `text`, in order.

    `tz` is the zone to attach to a datetime when the text states none (the outlet's own zone); with
    ``tz=None`` such a datetime stays naive.  A zone printed in the text wins over `tz`.  A stamp later than
    `now` (when given) is dropped; when only one of the two carries a zone, they are compared on the wall
    clock with 28 hours of slack.  `order` is how a numeric date that is not year first is read when day and
    month could be swapped (``03/04/2021``); with ``order=None`` it is read day first and its match has
    ``order_assumed`` set.  `order` may also be a function of no arguments returning an order or None: it is
    called only when such a date is met (so that, say, :func:`page_date_order` runs only on pages that need
    it).  Only the first 400 characters are looked at.  Never raises on any str.

    >>> [(m.value.isoformat(), m.label) for m in find_dates("Published: 2020/3/27 16:14:48")]
    [('2020-03-27T16:14:48', 'published')]
    >>> [(m.value.isoformat(), m.order_assumed) for m in find_dates("03/04/2021 | 25/12/2020")]
    [('2021-04-03', True), ('2020-12-25', False)]
    >>> [m.value.isoformat() for m in find_dates("03/04/2021 | 25/12/2020", order="MDY")]
    ['2021-03-04', '2020-12-25']
    """
    s = text[:_CAP]
    if _YEAR_ANYWHERE.search(s) is None:
        return []
    found = _scan(s, tz, order)
    if now is not None:
        found = [m for m in found if not _is_later(m.value, now)]
    return found


def date_line_stamps(
    text: str,
    *,
    tz: dt.tzinfo | None = None,
    now: dt.datetime | dt.date | None = None,
    order: DateOrder | Callable[[], DateOrder | None] | None = None,
) -> list[DateMatch] | None:
    """``find_dates(text, tz=tz, now=now, order=order)`` when ``is_date_line(text)``, else None: one scan.

    >>> [m.value.isoformat() for m in date_line_stamps("Updated 17:32, 10-Mar-2021")]
    ['2021-03-10T17:32:00']
    >>> date_line_stamps("By Xinhua 2020-01-01") is None
    True
    """
    s = text[:_CAP]
    if _YEAR_ANYWHERE.search(s) is None:
        return None
    found = _scan(s, tz, order)  # zone and order change values only, never where a stamp starts or ends
    if not _mostly_stamps(text, found):
        return None
    if now is not None:
        found = [m for m in found if not _is_later(m.value, now)]
    return found


def page_date_order(text: str, convention: str | None = None) -> DateOrder | None:
    """The order in which to read a page's numeric dates when day and month could be swapped.

    `convention` (a source parser's ``date_order``) wins when it is ``"DMY"`` or ``"MDY"``.  Else the page
    decides: ``"DMY"`` when it shows a numeric date that only day first makes valid (``25/08/2020``) and
    none that only month first does (``08/25/2020``), ``"MDY"`` the other way round, None when it shows
    neither or both.  Pass the result as ``order=`` to :func:`find_dates`.  One regex pass over the text.

    >>> page_date_order("Posted 03/04/2021\\nUpdated 12/25/2020 10:00"), page_date_order("03/04/2021")
    ('MDY', None)
    >>> page_date_order("08/25/2020", convention="DMY"), page_date_order("25.08.2020 and 08.25.2020")
    ('DMY', None)
    """
    if convention == "DMY" or convention == "MDY":
        return "DMY" if convention == "DMY" else "MDY"
    day_first = month_first = False
    for m in _DMY.finditer(text):
        first, second = int(m["d"]), int(m["m"])
        if second <= 12 < first and _make_date(m["y"], second, first) is not None:
            day_first = True
        elif first <= 12 < second and _make_date(m["y"], first, second) is not None:
            month_first = True
        if day_first and month_first:
            return None
    return "DMY" if day_first else "MDY" if month_first else None


def _coverage(
    text: str, stamps: Sequence[DateMatch], *, filler: bool = True, extra: Sequence[tuple[int, int]] = ()
) -> float:
    if not stamps:
        return 0.0
    total = len("".join(text.split()))  # non-space characters of the whole line, not just the capped part
    s = text[:_CAP]
    # A non-space character scores when a stamp or filler covers it or when it is not alphanumeric: so the
    # score is every non-space character less the alphanumeric ones in the gaps between covered spans.
    spans = [(m.start, m.end) for m in stamps]
    spans.extend(extra)
    if filler:
        spans.extend(f.span() for f in _FILLER.finditer(s))
    spans.sort()
    gaps: list[str] = []
    pos = 0
    for start, end in spans:
        if start > pos:
            gaps.append(s[pos:start])
        pos = max(pos, end)
    gaps.append(s[pos:])
    hits = len("".join(s.split())) - sum(map(str.isalnum, "".join(gaps)))
    return hits / total


def date_coverage(text: str) -> float:
    """Share (0..1) of the non-space characters of `text` covered by date stamps, their labels and filler.

    Filler is weekday names, separators and other punctuation, zone names, stray clock times, relative ages
    ('3 years ago') and date words ('on', 'at', 'Date', 'Posted' ...).  A line without any stamp scores 0.0.

    >>> date_coverage("Updated 17:32, 10-Mar-2021")
    1.0
    """
    return _coverage(text, find_dates(text))


def is_date_line(text: str) -> bool:
    """True when the line is essentially only date stamps (with labels, weekdays, zones, separators).

    >>> is_date_line("Published: 11:24, January 2, 2021 | Updated: 06:26, June 5, 2023")
    True
    >>> is_date_line("By Xinhua 2020-01-01")
    False
    """
    return _mostly_stamps(text, find_dates(text))


def _mostly_stamps(text: str, stamps: Sequence[DateMatch]) -> bool:
    """``_coverage(text, stamps) >= _DATE_LINE_MIN_COVERAGE``; the filler is looked for only when needed.

    Filler can only add to what the stamps cover: when they reach the bar alone (a label, a date and a time
    usually do), the answer is known without the filler regex.
    """
    if (
        _coverage(text, stamps, filler=False) >= _DATE_LINE_MIN_COVERAGE
        or _coverage(text, stamps) >= _DATE_LINE_MIN_COVERAGE
    ):
        return True
    labels = _stamp_labels(text[:_CAP], stamps)
    return bool(labels) and _coverage(text, stamps, extra=labels) >= _DATE_LINE_MIN_COVERAGE


# A stamp may share its line with the section's name or the place it was filed from:
# 'National 16:41 November 12, 2024' (a section label and a stamp with its time: Yonhap),
# 'Karawang, West Java ● Tue, August 27, 2024' (a place, a bullet, the stamp: The Jakarta Post),
# 'Updated - September 14, 2024 09:14 pm IST - CHENNAI' (the stamp, a dash, the place in capitals: The Hindu).
_LEAD_SECTION: Final = re.compile(r"(?:[A-Z][a-z]{2,15}|[A-Z]{3,15})\s+")
_LEAD_PLACE: Final = re.compile(r"[A-Z][\w'’.\-]{1,20}(?:,?\s[A-Z][\w'’.\-]{1,20}){0,3}\s*[●•]\s*")
# one word per place, places split by slashes, then a dash: 'Madrid / Barcelona - 06 may 2025 - 05:40 CEST'
# (El País; only before a stamp with its time and a printed zone, so that a name is never read as a place)
_LEAD_PLACES_DASH: Final = re.compile(r"[A-Z][\w'’.\-]{1,20}(?:\s?/\s?[A-Z][\w'’.\-]{1,20}){0,3}\s[-–—]\s")
_TRAIL_PLACE: Final = re.compile(
    r"\s+[-–—]\s+(?P<place>[A-Z][A-Z'’.\-]{1,20}(?:\s[A-Z][A-Z'’.\-]{1,20}){0,2})\s*"
)
# Words that open a byline or a credit line, never a section label ('By Xinhua 2020-01-01 10:00').
_NOT_SECTIONS: Final = frozenset({"by", "from", "via", "source", "sources", "photo", "video", "image"})


def _stamp_labels(s: str, stamps: Sequence[DateMatch]) -> list[tuple[int, int]]:
    """Spans of a section label or place printed with the line's stamps (see above); [] when there is none.

    An outlet is never such a label: 'Xinhua ● 2024-03-03' is a credit with its stamp.
    """
    if not stamps or not s[:1].isalpha():
        return []
    out: list[tuple[int, int]] = []
    first, last = stamps[0], stamps[-1]
    if first.start > 0:
        head = s[: first.start]
        lead = _LEAD_PLACE.fullmatch(head)
        if lead is None and first.zone_stated and head.rstrip()[-1:] in ("-", "–", "—"):
            lead = _LEAD_PLACES_DASH.fullmatch(head)
        if lead is None and first.has_time and isinstance(first.value, dt.datetime):
            lead = _LEAD_SECTION.fullmatch(head)
            if lead is not None and head.strip().lower() in _NOT_SECTIONS:
                lead = None
        if lead is None or lx.is_outlet(head.strip(" ●•")):
            return []
        out.append((0, first.start))
    if last.end < len(s) and s[last.end :].strip():
        trail = _TRAIL_PLACE.fullmatch(s, last.end)
        if trail is None or lx.is_outlet(trail["place"]):
            return []
        out.append((last.end, len(s)))
    return out
