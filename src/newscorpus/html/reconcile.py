"""Weigh the markup's clues against the article the text pipeline found, never overriding the text.

- A clue that agrees with a field the text found confirms it: nothing changes.
- A clue that disagrees with a field the text found (a different headline, a
  different date, other authors or another credit) becomes an
  ``evidence-conflict`` warning; the text's value stays.
- Where the text found no headline, published or updated stamp, authors or
  credit, a clue may fill the field, but only when the page shows it: the
  headline must be a whole line of the rendered text (that line is relabelled
  ``headline``, reason ``html-evidence``); a date must be printed in a
  header-like line (same day, and the same clock time when one is printed);
  an author's name or the credited outlet must be printed outside the body.
- Agencies and outlets named as authors (``<meta name="author"
  content="Xinhua">``, a JSON-LD ``Organization``) are credits, never authors.
- A site name is stripped from ``og:title`` and ``<title>`` only when the page
  names the site (``og:site_name``, ``application-name``, the JSON-LD
  ``publisher``).
- ``<title>`` and bare ``<time>`` elements are weak clues: they may fill a
  field but never raise a conflict (page titles are often rewritten for search
  engines, and a page has many ``<time>`` elements for other stories).
- A published or updated stamp the text read day first for want of an order
  (``03/04/2021``, warning ``date-order-assumed``) is settled by the markup:
  when the strong clues for that field, and ``<time>`` elements whose text is
  that very stamp, give exactly one of its two readings (the same day; when
  both show a time, the same stamp as a confirming clue must be), the field
  takes that reading and the warning goes; markup giving neither reading, or
  both, changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

import attrs
from dateutil.parser import isoparse

from ..fields.byline import looks_like_person_name, split_names
from ..fields.dates import DateMatch, DateOrder, find_dates, is_date_line
from ..fields.lexicon import canonical_outlet, compact_key, is_desk_tag, is_outlet
from ..lines import normalise
from ..model import Article, DateValue, ParseWarning, Segment, SegmentKind
from .evidence import Clue, Evidence

__all__ = ["parse_stamp", "reconcile", "strip_site_name"]

K = SegmentKind
REASON: Final = "html-evidence"
_NOT_HEADLINE: Final = frozenset({K.CAPTION, K.RELATED, K.PULL_QUOTE})
_DATE_KINDS: Final = frozenset({K.DATE, K.BYLINE, K.OTHER, K.NAVIGATION, K.CREDIT})
_PEOPLE_KINDS: Final = frozenset({K.BYLINE, K.OTHER, K.NAVIGATION, K.DATE})
# Kinds a header line may have been mistaken for: taken back only when the line holds nothing but stamps
# and the names the markup gives.
_MISTAKEN: Final = frozenset({K.SUMMARY, K.PARAGRAPH, K.SUBHEADING})
_CREDIT_KINDS: Final = frozenset({K.BYLINE, K.OTHER, K.DATE, K.CREDIT})
_RELABEL_FROM: Final = frozenset({K.OTHER, K.NAVIGATION, K.SUMMARY, K.PARAGRAPH, K.SUBHEADING})
_SEPARATORS: Final = re.compile(r"\s+[|\-–—:·•»/]\s+|\s*[|｜]\s*|:\s+")
_BY: Final = re.compile(r"^\s*by\s+", re.IGNORECASE)
_DATE_ONLY: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
_BYLINE_FILLER: Final = re.compile(r"\b(?:by|and)\b|[\W_]", re.IGNORECASE)
_ELLIPSIS: Final = ("...", "…")
_MAX_STAMP_CHARS: Final = 64
_SLACK_SECONDS: Final = 60
_MAX_ZONE_SECONDS: Final = 14 * 3600
_ORDER_ASSUMED: Final = "date-order-assumed"


# ---------------------------------------------------------------- small helpers


def strip_site_name(title: str, sites: Sequence[str]) -> str:
    """``title`` without a leading or trailing site name, when one of ``sites`` is that name.

    >>> strip_site_name("Big news today | Global Times", ["Global Times"])
    'Big news today'
    >>> strip_site_name("Global Times - Big news today", ["Global Times"])
    'Big news today'
    >>> strip_site_name("Big news today | Global Times", [])
    'Big news today | Global Times'
    """
    keys = {compact_key(s) for s in sites} - {""}
    if not keys:
        return title
    cuts = list(_SEPARATORS.finditer(title))
    if not cuts:
        return title
    last, first = cuts[-1], cuts[0]
    if compact_key(title[last.end() :]) in keys and title[: last.start()].strip():
        return title[: last.start()].strip()
    if compact_key(title[: first.start()]) in keys and title[first.end() :].strip():
        return title[first.end() :].strip()
    return title


def _agrees(clue: str, shown: str) -> bool:
    a, b = compact_key(clue), compact_key(shown)
    if not a or not b:
        return False
    if a == b:
        return True
    if clue.rstrip().endswith(_ELLIPSIS):
        return b.startswith(a)
    return False


def parse_stamp(text: str) -> DateValue | None:
    """An ISO 8601 stamp from markup as a date or datetime (None when unreadable).

    >>> parse_stamp("2020-03-27T16:14:48+08:00").isoformat()
    '2020-03-27T16:14:48+08:00'
    >>> parse_stamp("2020-03-27")
    datetime.date(2020, 3, 27)
    >>> parse_stamp("soon") is None
    True
    """
    read = _read_stamp(text)
    return read[0] if read is not None else None


def _read_stamp(text: str, order: DateOrder | None = None) -> tuple[DateValue, bool] | None:
    """``parse_stamp(text)`` and whether it is a numeric date read day first for want of an order.

    ``order`` is how the page's numeric dates are read (see :func:`reconcile`).
    """
    s = text.strip()[:_MAX_STAMP_CHARS]
    if not s:
        return None
    try:
        if _DATE_ONLY.fullmatch(s):
            return dt.date.fromisoformat(s), False
        return isoparse(s), False
    except (ValueError, OverflowError):
        pass
    found = find_dates(s, order=order)
    return (found[0].value, found[0].order_assumed) if found else None


def _day(value: DateValue) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _same_stamp(shown: DateValue, clue: DateValue) -> bool:
    """Whether a stamp from markup agrees with one the page shows (zones may be unknown on one side)."""
    if isinstance(shown, dt.datetime) and isinstance(clue, dt.datetime):
        if shown.tzinfo is not None and clue.tzinfo is not None:
            return abs((shown - clue).total_seconds()) <= _SLACK_SECONDS
        diff = (shown.replace(tzinfo=None) - clue.replace(tzinfo=None)).total_seconds()
        if abs(diff) <= _SLACK_SECONDS:
            return True
        # one side has no zone: the same instant seen from another whole quarter-hour offset
        off = diff % 900
        return abs(diff) <= _MAX_ZONE_SECONDS and min(off, 900 - off) <= _SLACK_SECONDS
    gap = abs((_day(shown) - _day(clue)).days)
    zoned = isinstance(clue, dt.datetime) and clue.tzinfo is not None
    return gap == 0 or (zoned and gap == 1)


def _zone_only(shown: dt.datetime, clue: dt.datetime) -> bool:
    """The page shows a naive time, the markup the same wall-clock time with its zone."""
    return (
        shown.tzinfo is None
        and clue.tzinfo is not None
        and abs((shown - clue.replace(tzinfo=None)).total_seconds()) <= _SLACK_SECONDS
    )


def _is_later(value: DateValue, now: dt.datetime | None) -> bool:
    if now is None:
        return False
    if isinstance(value, dt.datetime):
        if (value.tzinfo is None) != (now.tzinfo is None):
            return value.replace(tzinfo=None) > now.replace(tzinfo=None) + dt.timedelta(hours=28)
        return value > now
    return value > now.date()


def _name_in(name: str, text: str) -> bool:
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(p) for p in name.split()) + r"(?!\w)"
    return re.search(pattern, text, re.IGNORECASE) is not None


class _Work:
    """The article being reconciled: segments may be relabelled, fields set, warnings added."""

    def __init__(
        self, article: Article, evidence: Evidence, now: dt.datetime | None, order: DateOrder | None = None
    ) -> None:
        self.article = article
        self.evidence = evidence
        self.now = now
        self.order = order
        self.segments: list[Segment] = list(article.segments)
        self.fields: dict[str, object] = {}
        self.warnings: list[ParseWarning] = []
        self.settled: set[int] = set()  # indices of the article's warnings the markup made moot
        self.persons, self.outlets = _people(evidence)

    def relabel(self, i: int, kind: SegmentKind) -> None:
        seg = self.segments[i]
        if seg.kind is K.SUMMARY and kind is not K.SUMMARY:
            self.fields["summary"] = None  # the standfirst was this line
        self.segments[i] = attrs.evolve(seg, kind=kind, reason=REASON)

    def header_line(self, i: int) -> bool:
        """A line that holds only date stamps and names the markup gives (with 'By', 'and', punctuation)."""
        seg = self.segments[i]
        if seg.kind not in _MISTAKEN or len(seg.text) > 200:
            return False
        text = normalise(seg.text)
        return is_date_line(text) or _is_pure_byline(text, [*self.persons, *self.outlets])

    def conflict(self, message: str, seg: Segment | None = None) -> None:
        span = seg.span if seg is not None else None
        warning = ParseWarning("evidence-conflict", message, span)
        if warning not in self.warnings:
            self.warnings.append(warning)

    def result(self) -> Article:
        return attrs.evolve(
            self.article,
            segments=tuple(self.segments),
            warnings=(
                *(w for i, w in enumerate(self.article.warnings) if i not in self.settled),
                *self.warnings,
            ),
            **self.fields,  # type: ignore[arg-type]
        )


# ---------------------------------------------------------------- headline


def _site_keys(ev: Evidence) -> set[str]:
    return {compact_key(s) for s in ev.site_names} - {""}


def _headline_clues(ev: Evidence) -> tuple[list[Clue], list[Clue]]:
    """Strong clues (may conflict) and weak ones (may only fill), best first."""
    sites = _site_keys(ev)
    strong = list(ev.headlines)
    h1 = [h for h in ev.h1 if compact_key(h) not in sites and not is_outlet(h)]
    if len(h1) == 1:
        strong.append(Clue(h1[0], "<h1>"))
    weak = [Clue(h, "<h1>") for h in h1] if len(h1) > 1 else []
    if ev.og_title:
        strong.append(Clue(strip_site_name(ev.og_title, ev.site_names), "og:title"))
    if ev.title:
        weak.append(Clue(strip_site_name(ev.title, ev.site_names), "<title>"))
    return strong, weak


def _line_equal_to(work: _Work, value: str) -> int | None:
    key = compact_key(value)
    if not key:
        return None
    size = len(value)
    for i, seg in enumerate(work.segments):
        if seg.kind in _NOT_HEADLINE or not size // 2 <= len(seg.text) <= 2 * size + 16:
            continue
        if compact_key(seg.text) == key:
            return i
    return None


def _headline(work: _Work) -> None:
    strong, weak = _headline_clues(work.evidence)
    shown = work.article.headline
    if shown is None:
        for clue in (*strong, *weak):
            i = _line_equal_to(work, clue.value)
            if i is not None:
                work.relabel(i, K.HEADLINE)
                work.fields["headline"] = normalise(work.segments[i].text)
                return
        return
    seg = next((s for s in work.segments if s.kind is K.HEADLINE), None)
    for clue in strong:
        if not _agrees(clue.value, shown):
            work.conflict(
                f"{clue.origin} gives the headline {clue.value!r}, the page's headline line is "
                f"{shown!r}; kept the page's",
                seg,
            )


# ---------------------------------------------------------------- dates


def _shown_stamp(work: _Work, value: DateValue, skip: DateValue | None) -> tuple[int, DateMatch] | None:
    """The first header-like line printing ``value`` (same day; the same time, up to an unknown zone)."""
    for i, seg in enumerate(work.segments):
        if seg.kind not in _DATE_KINDS and not work.header_line(i):
            continue
        for m in find_dates(normalise(seg.text), order=work.order):
            if m.has_time and isinstance(value, dt.datetime):
                ok = isinstance(m.value, dt.datetime) and _same_stamp(m.value, value)
            else:
                ok = _day(m.value) == _day(value)
            if ok and (skip is None or not _same_stamp(m.value, skip)):
                return i, m
    return None


def _wall(value: DateValue) -> DateValue:
    return value.replace(tzinfo=None) if isinstance(value, dt.datetime) else value


def _swapped(value: DateValue) -> DateValue:
    """``value`` with day and month exchanged (both are 12 or less for a stamp whose order was assumed)."""
    return value.replace(month=value.day, day=value.month)


def _reads_as(reading: DateValue, clue: DateValue) -> bool:
    """Whether a markup stamp is ``reading`` of a numeric date.

    When both show a time: the same stamp, as a confirming clue must be (up to a zone one side lacks).  Else
    the same day, without the day of slack a zoned clue gets when it merely confirms.
    """
    if isinstance(reading, dt.datetime) and isinstance(clue, dt.datetime):
        return _same_stamp(reading, clue)
    return _day(clue) == _day(reading)


def _order_warning(work: _Work, field: str, shown: DateValue) -> int | None:
    """Index of the ``date-order-assumed`` warning the text pipeline gave for ``field``'s stamp, if any.

    The warning's span is the stamp's line; when that line holds the other field's stamp too (both warned),
    the warning whose message names the field's day is the one.
    """
    art = work.article
    found: list[int] = []
    for i, w in enumerate(art.warnings):
        if w.code != _ORDER_ASSUMED or w.span is None or i in work.settled:
            continue
        for m in find_dates(normalise(art.text[w.span.start : w.span.end])):
            if (
                m.order_assumed
                and (m.label == "updated") == (field == "updated")
                and _wall(m.value) == _wall(shown)
            ):
                found.append(i)
                break
    day = _day(shown).isoformat()
    return next((i for i in found if day in art.warnings[i].message), found[0] if found else None)


def _settle_order(work: _Work, field: str, shown: DateValue, clues: Sequence[DateValue]) -> DateValue:
    """``field``'s value once the markup has settled the order of a stamp the text read day first by default.

    ``clues`` are the markup's stamps for the field (none of them itself a numeric date of unknown order).
    When they give the day-first reading and not the month-first one, or the other way round, the
    ``date-order-assumed`` warning goes and the field takes that reading (with the zone the markup states for
    the same wall-clock time, as for a confirmed stamp); otherwise nothing changes.
    """
    i = _order_warning(work, field, shown)
    if i is None:
        return shown
    other = _swapped(shown)
    day_first = any(_reads_as(shown, v) for v in clues)
    month_first = [v for v in clues if _reads_as(other, v)]
    if day_first == bool(month_first):
        return shown  # the markup gives neither reading, or both: the text's stays, and so does the warning
    work.settled.add(i)
    if day_first:
        return shown
    if isinstance(other, dt.datetime):
        zoned = [v for v in month_first if isinstance(v, dt.datetime) and _zone_only(other, v)]
        if zoned:
            other = other.replace(tzinfo=zoned[0].tzinfo)  # the markup states the zone
    work.fields[field] = other
    return other


def _printed_stamp_times(work: _Work, shown: DateValue) -> list[DateValue]:
    """The ``<time datetime>`` values of elements whose text prints ``shown``, read day first by default."""
    found: list[DateValue] = []
    for clue in work.evidence.times:
        if not any(m.order_assumed and _wall(m.value) == _wall(shown) for m in find_dates(clue.origin)):
            continue
        read = _read_stamp(clue.value)
        if read is not None and not read[1]:
            found.append(read[0])
    return found


def _stamp(work: _Work, field: str) -> None:
    ev = work.evidence
    strong = ev.published if field == "published" else ev.modified
    weak = ev.times if field == "published" else ()
    shown: DateValue | None = getattr(work.article, field)
    label = "published" if field == "published" else "updated"
    if shown is not None:
        read = [(clue, r) for clue in strong if (r := _read_stamp(clue.value, work.order)) is not None]
        if any(w.code == _ORDER_ASSUMED for w in work.article.warnings):
            settling = [value for _, (value, assumed) in read if not assumed]
            shown = _settle_order(work, field, shown, [*settling, *_printed_stamp_times(work, shown)])
        for clue, (given, _) in read:
            if not _same_stamp(shown, given):
                work.conflict(
                    f"{clue.origin} gives {given.isoformat()}, the page shows {label} "
                    f"{shown.isoformat()}; kept the page's"
                )
            elif (
                isinstance(shown, dt.datetime)
                and isinstance(given, dt.datetime)
                and _zone_only(shown, given)
                and field not in work.fields
            ):
                work.fields[field] = shown.replace(tzinfo=given.tzinfo)  # the markup states the zone
        return
    found_published = work.fields.get("published", work.article.published)
    other = found_published if field == "updated" and isinstance(found_published, dt.date) else None
    for clue in (*strong, *weak):
        value = parse_stamp(clue.value)
        if value is None or _is_later(value, work.now):
            continue
        if other is not None and _same_stamp(other, value):
            continue  # dateModified equal to the publication stamp says nothing new
        found = _shown_stamp(work, value, other)
        if found is None:
            continue
        i, m = found
        if m.label is not None and m.label != label:
            continue
        if m.has_time:
            work.fields[field] = value if isinstance(value, dt.datetime) else m.value
        else:
            work.fields[field] = _day(value)
        seg = work.segments[i]
        if seg.kind in _RELABEL_FROM:
            if is_date_line(normalise(seg.text)):
                work.relabel(i, K.DATE)
            elif seg.kind in _MISTAKEN:
                work.relabel(i, K.BYLINE)  # names and the stamp: a byline line taken for text
        return


# ---------------------------------------------------------------- authors and credit


def _people(ev: Evidence) -> tuple[list[str], list[str]]:
    """Persons and outlets named by the author clues, in order, without duplicates."""
    persons: list[str] = []
    outlets: list[str] = []
    seen: set[str] = set()
    for clue in ev.authors:
        raw = _BY.sub("", clue.value)
        names = [raw] if clue.organisation or is_outlet(raw) else list(split_names(raw))
        for name in names:
            key = compact_key(name)
            if not key or key in seen:
                continue
            seen.add(key)
            if clue.organisation or is_outlet(name):
                outlets.append(canonical_outlet(name) or name)
            elif not is_desk_tag(name) and looks_like_person_name(name):
                persons.append(name)
    return persons, outlets


def _is_pure_byline(text: str, names: Sequence[str]) -> bool:
    """Whether ``text`` holds one of ``names`` and nothing else but date stamps, 'By', 'and', punctuation."""
    if not any(_name_in(name, text) for name in names):
        return False
    rest = text
    for m in reversed(find_dates(text)):
        rest = rest[: m.start] + " " + rest[m.end :]
    for name in names:
        rest = re.sub(re.escape(name), " ", rest, flags=re.IGNORECASE)
    return not _BYLINE_FILLER.sub("", rest).strip()


def _authors(work: _Work) -> None:
    persons, outlets = work.persons, work.outlets
    art = work.article
    lines: list[int] = []  # the lines printing the authors the markup names
    if art.authors:
        shown = {compact_key(a) for a in art.authors}
        if persons and not any(compact_key(p) in shown for p in persons):
            seg = next((s for s in work.segments if s.kind is K.BYLINE), None)
            work.conflict(
                f"the markup names the authors {', '.join(persons)}, the page's byline names "
                f"{', '.join(art.authors)}; kept the page's",
                seg,
            )
    elif persons:
        lines = _fill_authors(work, persons)
    if not outlets:
        return
    if art.credit:
        credit_key = compact_key(art.credit)
        if not any(compact_key(o) in credit_key or credit_key in compact_key(o) for o in outlets):
            work.conflict(
                f"the markup credits {', '.join(outlets)}, the page credits {art.credit}; kept the page's"
            )
        return
    for outlet in outlets:
        key = compact_key(outlet)
        for i, seg in enumerate(work.segments):
            if (seg.kind in _CREDIT_KINDS or i in lines) and key in compact_key(seg.text):
                work.fields["credit"] = outlet
                return


def _fill_authors(work: _Work, persons: list[str]) -> list[int]:
    """Authors the markup names and the page prints outside the body (or on a line of only names)."""
    editors = {compact_key(e) for e in work.article.editors}
    found: list[str] = []
    lines: list[int] = []
    for name in persons:
        if compact_key(name) in editors:
            continue
        for i, seg in enumerate(work.segments):
            if not _name_in(name, seg.text):
                continue
            if seg.kind in _PEOPLE_KINDS or work.header_line(i):
                found.append(name)
                if i not in lines:
                    lines.append(i)
                break
    if not found:
        return []
    work.fields["authors"] = tuple(found)
    if len(lines) == 1:
        i = lines[0]
        text = normalise(work.segments[i].text)
        if _is_pure_byline(text, [*persons, *work.outlets]):
            # the byline naming the authors wins over a credit-only one (the text found no authors)
            part = next((p for p in text.split("|") if _name_in(found[0], p)), text)
            work.fields["byline"] = _strip_stamps(part).strip(" ,;·•-–—")
            if work.segments[i].kind in _RELABEL_FROM:
                work.relabel(i, K.BYLINE)
    return lines


def _strip_stamps(text: str) -> str:
    """``text`` up to its first date stamp (the byline field is shown without dates)."""
    found = find_dates(text)
    return text[: found[0].start].strip() if found and found[0].start > 0 else text.strip()


def reconcile(
    article: Article, evidence: Evidence, *, now: dt.datetime | None = None, order: DateOrder | None = None
) -> Article:
    """The article with the markup's clues applied (see the module's docstring); never raises on content.

    ``order`` (``"DMY"``, ``"MDY"``) is how the text read the page's numeric dates (``parse_html`` passes
    the caller's ``date_order``, else the source parser's, else the page's own evidence): the markup's
    numeric stamps are read the same way.
    """
    work = _Work(article, evidence, now, order)
    _headline(work)
    _stamp(work, "published")
    _stamp(work, "updated")
    _authors(work)
    return work.result()
