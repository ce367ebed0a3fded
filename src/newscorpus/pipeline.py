"""The one place that orders the steps.

    str -> lines (offsets, features) -> per-line candidates (furniture phrases and
    shapes, date and byline lines) -> choice (headline, header block, summary,
    body region, pull quotes, tail) -> fields -> Article

Every non-blank line ends in exactly one segment; each decision names its rule
in the segment's ``reason``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final, final, overload

import attrs

from .decode import as_text, looks_like_html
from .fields.byline import (
    NAME_IN_PLACE,
    BylineMatch,
    bracket_reporters,
    looks_like_person_name,
    match_byline,
    match_contributor_line,
    match_credit_line,
    match_editor_line,
    match_end_byline,
)
from .fields.dateline import dateline_reporters, find_dateline
from .fields.dates import (
    DateMatch,
    DateOrder,
    check_date_order,
    date_line_stamps,
    find_dates,
    is_relative_age,
    is_yearless_stamp,
    page_date_order,
)
from .fields.lexicon import (
    DATELINE_CITIES,
    NAME_PARTICLES,
    canonical_outlet,
    home_zone_hours,
    is_outlet,
    may_open_outlet,
)
from .fields.summary import strip_outlet_tag
from .gcpause import PAUSE_AT_CHARS, paused_gc
from .kinds.consent import consent_block
from .kinds.furniture import (
    _ANY_STARTS,
    MAX_MENU_CHARS,
    MAX_MENU_WORDS,
    _caption_reason,
    _navigation_reason,
    any_opens,
    caption_reason,
    ends_with_date,
    ends_with_picture_tag,
    honorific_start,
    junk_reason,
)
from .kinds.phrases import _phrase_kind, is_list_heading, long_line_may_match
from .kinds.pullquotes import highlights, title_key
from .lines import (
    INVISIBLE,
    MAX_RULE_CHARS,
    Line,
    line_is_prose,
    line_is_titleish,
    line_letter_ratio,
    line_sentences,
    split_lines,
)
from .model import (
    Article,
    ParseWarning,
    Segment,
    SegmentKind,
    Span,
    build_segments,
    trusted_article,
    trusted_copy,
)
from .sources.registry import choose_parser

if TYPE_CHECKING:
    from .site import SiteProfile, SiteProfiles

__all__ = ["apply_profile", "parse", "parse_lines"]


@final
class _Kinds:
    """SegmentKind's members as the attributes of a plain object (``K.CAPTION``), for the hot loops.

    In the compiled build reading one is a field read; reading a member off the Enum class itself goes
    through ``EnumType.__getattr__`` every time (some 150 machine instructions).
    """

    def __init__(self) -> None:
        self.HEADLINE: Final = SegmentKind.HEADLINE
        self.SUMMARY: Final = SegmentKind.SUMMARY
        self.BYLINE: Final = SegmentKind.BYLINE
        self.DATE: Final = SegmentKind.DATE
        self.PARAGRAPH: Final = SegmentKind.PARAGRAPH
        self.SUBHEADING: Final = SegmentKind.SUBHEADING
        self.NAVIGATION: Final = SegmentKind.NAVIGATION
        self.SHARE: Final = SegmentKind.SHARE
        self.CAPTION: Final = SegmentKind.CAPTION
        self.RELATED: Final = SegmentKind.RELATED
        self.PULL_QUOTE: Final = SegmentKind.PULL_QUOTE
        self.PROMO: Final = SegmentKind.PROMO
        self.CREDIT: Final = SegmentKind.CREDIT
        self.COMMENTS: Final = SegmentKind.COMMENTS
        self.JUNK: Final = SegmentKind.JUNK
        self.OTHER: Final = SegmentKind.OTHER


K: Final = _Kinds()
_FURNITURE_FOR_SUMMARY: Final = frozenset({K.CAPTION, K.RELATED, K.SHARE, K.JUNK, K.OTHER})
# Counters, share rows, buttons: what may stand between a deck under the byline and the text (a picture
# may follow the lede itself)
_TOOLS_UNDER_DECK: Final = frozenset({K.SHARE, K.JUNK, K.OTHER})
_STOP: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "but",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "that",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "into",
        "over",
        "under",
        "than",
        "then",
        "so",
        "if",
    ]
)


class _Page:
    """Working state of one parse (internal, mutable; the result is frozen)."""

    __slots__ = (
        "_keys",
        "_order",
        "_prose_before",
        "_shapes",
        "_spaced",
        "bylines",
        "dates",
        "editors",
        "headline",
        "kinds",
        "lines",
        "now",
        "reasons",
        "summary",
        "text",
        "tz",
        "warnings",
    )

    def __init__(
        self,
        text: str,
        lines: list[Line],
        tz: dt.tzinfo | None,
        now: dt.datetime | None,
        warnings: list[ParseWarning],
        date_order: DateOrder | None = None,
    ) -> None:
        self.text = text
        self.lines = lines
        self.tz = tz
        self.now = now
        self.kinds: list[SegmentKind | None] = [None] * len(lines)
        self.reasons: list[str] = [""] * len(lines)
        self.bylines: dict[int, BylineMatch] = {}
        self.dates: dict[int, list[DateMatch]] = {}
        self.editors: dict[str, None] = {}  # an ordered set
        self.warnings = warnings
        self.headline: int | None = None
        self.summary: int | None = None
        self._keys: dict[int, str] = {}
        self._prose_before: list[int] | None = None
        self._shapes: list[bool | None] | None = None
        self._spaced: bool | None = None
        self._order: tuple[DateOrder | None] | str | None = date_order  # the source's; (order,) once known

    def date_order(self) -> DateOrder | None:
        """How numeric dates whose day and month could swap are read (the source's, else the page's order).

        Passed as ``order=`` to the date recognisers, which call it only on meeting such a date: so the page
        is searched for evidence (:func:`page_date_order`) once at most, and only when a date needs it.
        """
        order = self._order
        if not isinstance(order, tuple):
            end = self.lines[-1].end if self.lines else 0  # (the analysed lines only: see parse_lines)
            order = self._order = (page_date_order(self.text[:end], order),)
        return order[0]

    def prose_before(self, i: int) -> int:
        """How many unlabelled prose lines stand above line i (computed once, on first use)."""
        if self._prose_before is None:
            counts, seen = [], 0
            for k, ln in enumerate(self.lines):
                counts.append(seen)
                seen += self.kinds[k] is None and line_is_prose(ln)
            self._prose_before = counts
        return self._prose_before[i]

    def same(self, i: int, j: int) -> bool:
        """Lines i and j print the same title (case, spacing and punctuation aside)."""
        a, b = self.lines[i], self.lines[j]
        if (
            abs(len(a.norm) - len(b.norm)) > 0.5 * max(len(a.norm), len(b.norm))
            or a.words > 60
            or b.words > 60
        ):
            return False
        ka = self._keys.get(i)
        if ka is None:
            ka = self._keys[i] = title_key(a.norm)
        kb = self._keys.get(j)
        if kb is None:
            kb = self._keys[j] = title_key(b.norm)
        return bool(ka) and ka == kb

    def titled(self, i: int) -> bool:
        """Line i has a title's shape (:func:`_headline_shape`, computed once a line)."""
        shapes = self._shapes
        if shapes is None:
            shapes = self._shapes = [None] * len(self.lines)
        found = shapes[i]
        if found is None:
            found = shapes[i] = _headline_shape(self.lines[i])
        return found

    def spaced_out(self) -> bool:
        """Every line stands apart (:func:`_spaced_out`, computed once a page)."""
        if self._spaced is None:
            self._spaced = _spaced_out(self.lines)
        return self._spaced

    def set(self, i: int, kind: SegmentKind, reason: str) -> None:
        self.kinds[i] = kind
        self.reasons[i] = reason

    def free(self, i: int) -> bool:
        return self.kinds[i] is None


@overload
def parse(
    text: str,
    *,
    url: str | None = None,
    source: str | None = None,
    now: dt.datetime | None = None,
    profile: SiteProfile | SiteProfiles | None = None,
    date_order: DateOrder | None = None,
) -> Article: ...


@overload
def parse(
    text: bytes,
    *,
    url: str | None = None,
    source: str | None = None,
    now: dt.datetime | None = None,
    profile: SiteProfile | SiteProfiles | None = None,
    date_order: DateOrder | None = None,
) -> Article: ...


# The signatures above are what callers may pass; this one takes any ``text`` and ``date_order`` so that a
# wrong value meets the checks below (as_text's TypeError, check_date_order's ValueError) in the compiled
# build too, where mypyc would check the annotated types first and raise its own TypeError.
def parse(
    text: object,
    *,
    url: str | None = None,
    source: str | None = None,
    now: dt.datetime | None = None,
    profile: SiteProfile | SiteProfiles | None = None,
    date_order: object = None,
) -> Article:
    """Parse the raw text of one scraped page into an :class:`Article`.

    Never raises on content: any ``str`` (or ``bytes``, decoded with a
    warning) gives an article whose segments cover every non-blank line;
    anything else is a ``TypeError``, a programming error.
    ``now`` drops dates later than it. The source parser is ``source`` when
    given (a registered name), else the one owning ``url``'s host, else the
    best text score above the threshold, else none (``Article.source`` is
    ``"generic"``). ``profile`` (a :class:`~newscorpus.site.SiteProfile`, or a
    :class:`~newscorpus.site.SiteProfiles` looked up by the URL's host or the
    source) relabels body lines that recur across the site as furniture.
    ``date_order`` (``"DMY"`` or ``"MDY"``) says how numeric dates such as
    ``03/04/2021`` are to be read on this page, over the source parser's
    convention and the page's own evidence (a corpus of US pages: ``"MDY"``);
    another value is a ``ValueError``.

    >>> art = parse("Big news today\\n\\nBy Jane Doe\\n\\nThe story starts here, and it goes on for a while.")
    >>> art.headline, art.authors, len(art.body)
    ('Big news today', ('Jane Doe',), 1)
    """
    check_date_order(date_order)
    order: DateOrder | None = None if date_order is None else "DMY" if date_order == "DMY" else "MDY"
    data, warnings = as_text(text)
    if len(data) >= PAUSE_AT_CHARS:
        with paused_gc():
            return _parse_text(data, warnings, url, source, now, profile, order)
    return _parse_text(data, warnings, url, source, now, profile, order)


def _parse_text(
    data: str,
    warnings: list[ParseWarning],
    url: str | None,
    source: str | None,
    now: dt.datetime | None,
    profile: SiteProfile | SiteProfiles | None,
    date_order: DateOrder | None,
) -> Article:
    if looks_like_html(data):
        warnings.append(
            ParseWarning(
                "html-input",
                "the text looks like HTML markup: parse() reads tags as text; parse_html() reads the page",
            )
        )
    try:
        lines = split_lines(data)
        window = _score_window(lines)
        parser, found = choose_parser(data, url, source, window=window)
        warnings.extend(found)
        tz = getattr(parser, "time_zone", None) if parser is not None else None
        order = date_order
        if order is None and parser is not None:
            order = _parser_date_order(parser, warnings)
        article = parse_lines(data, lines, tz=tz, now=now, warnings=warnings, date_order=order)
    except Exception as exc:  # a bug of ours must not cost the user the document
        return _fallback(data, warnings, exc)
    if parser is not None:
        try:
            refined = parser.refine(article, lines)
            if refined is not article:  # (most parsers keep the generic result as it is)
                if not isinstance(refined, Article):
                    raise TypeError(f"refine() returned {type(refined).__name__}, not Article")
                if refined.text is not article.text or _span_tuples(refined) != _span_tuples(article):
                    raise ValueError(
                        "refine() must keep the text and every segment's span (relabel, never drop)"
                    )
            article = _with_source(refined, parser.name)
        except Exception as exc:
            warn = ParseWarning("plugin-failed", f"source parser {parser.name!r} failed to refine: {exc!r}")
            article = attrs.evolve(article, warnings=(*article.warnings, warn))
    return apply_profile(article, profile, url=url)


def _parser_date_order(parser: object, warnings: list[ParseWarning]) -> DateOrder | None:
    """The source parser's ``date_order``; a value that is not one is reported and left to the page."""
    order = getattr(parser, "date_order", None)
    try:
        check_date_order(order)
    except ValueError as exc:
        name = getattr(parser, "name", type(parser).__name__)
        warnings.append(ParseWarning("plugin-failed", f"source parser {name!r}: {exc}; the page decides"))
        return None
    return order


def _span_tuples(article: Article) -> list[tuple[int, int]]:
    return [(seg.span.start, seg.span.end) for seg in article.segments]


def _with_source(article: Article, name: str) -> Article:
    """``attrs.evolve(article, source=name)`` without validating every other field again."""
    if not isinstance(name, str):
        return attrs.evolve(article, source=name)  # let the validator say what is wrong
    return trusted_copy(article, source=name)


def apply_profile(
    article: Article, profile: SiteProfile | SiteProfiles | None, *, url: str | None
) -> Article:
    """Relabel the lines a site profile knows as recurring furniture (see :mod:`newscorpus.site`)."""
    if profile is None:
        return article
    from .site import SiteProfiles, apply

    try:
        chosen = profile.for_url(url, article.source) if isinstance(profile, SiteProfiles) else profile
        return apply(article, chosen)
    except Exception as exc:
        warn = ParseWarning("profile-failed", f"site profile not applied: {exc!r}")
        return attrs.evolve(article, warnings=(*article.warnings, warn))


def _score_window(lines: list[Line]) -> str:
    """What source scorers see: the first 40 and last 20 lines, long ones cut to their two ends."""
    edge = lines if len(lines) <= 60 else lines[:40] + lines[-20:]
    # a list (not a generator) for join, each norm read once: this runs on every page
    return "\n".join([n if len(n := ln.norm) <= 200 else f"{n[:120]} … {n[-80:]}" for ln in edge])


def _fallback(data: str, warnings: list[ParseWarning], exc: Exception) -> Article:
    segs = []
    for ln in split_lines(data):
        segs.append(Segment(K.PARAGRAPH, Span(ln.start, ln.end), data[ln.start : ln.end], "fallback"))
    warn = ParseWarning("internal-error", f"parser error, every line kept as paragraph: {exc!r}")
    return Article(text=data, segments=segs, warnings=[*warnings, warn])


def parse_lines(
    data: str,
    lines: list[Line],
    *,
    tz: dt.tzinfo | None,
    now: dt.datetime | None = None,
    warnings: list[ParseWarning] | None = None,
    date_order: DateOrder | None = None,
) -> Article:
    """Run the generic pipeline over already split lines (used by :func:`parse` and source parsers).

    ``date_order`` (``"DMY"``, ``"MDY"``) is how the source prints numeric dates; None: the page decides.
    Only the first :data:`MAX_PAGE_LINES` non-blank lines are analysed; any after them are body
    paragraphs (reason ``beyond-line-limit``, warning ``long-page``): a text that long is a dump or a
    book, not one page, and this keeps a 10 MB input of short lines to a second or two.
    """
    rest = lines[MAX_PAGE_LINES:]
    if rest:
        lines = lines[:MAX_PAGE_LINES]
    page = _Page(data, lines, tz, now, list(warnings or ()), date_order)
    _mark_furniture(page)
    _mark_field_lines(page)
    _summary_widget_items(page)
    _caption_toggles(page)
    _chrome_dates(page)
    _site_names(page)
    _name_lines(page)
    _place_in_byline_block(page)
    listing = _is_listing(page)
    if listing:
        _finish_listing(page, listing)
    else:
        _choose_headline(page)
        _name_above_title(page)
        body_start = _header_zone(page)
        _body_and_tail(page, body_start)
    if rest:
        page.warnings.append(
            ParseWarning(
                "long-page",
                f"only the first {MAX_PAGE_LINES:,} of {MAX_PAGE_LINES + len(rest):,} lines were analysed; "
                "the others are labelled paragraphs (reason 'beyond-line-limit')",
                Span(rest[0].start, rest[-1].end),
            )
        )
    return _build(page, rest)


#: Non-blank lines of a page that :func:`parse_lines` analyses (see there); real pages, live blogs
#: included, stay far below.
MAX_PAGE_LINES: Final = 10_000


# ---------------------------------------------------------------- step 1: context-free candidates


# Prefix rules that name a label ("Related:", "Share this", "Tags:"): a full sentence after one is text.
_LABEL_PREFIXES: Final = frozenset({"share-phrase", "related-label", "tags-line", "comments-phrase"})


def _mark_furniture(page: _Page) -> None:
    _mark_lines(page)
    kinds = page.kinds
    block = consent_block(page.lines, kinds)
    if block is not None:
        for i in block:
            if kinds[i] in _CONSENT_KINDS:
                page.set(i, K.OTHER, "consent-dialog")
    _promo_boxes(page)


#: Lines a promotional box's heading may hold together (its letter, buttons, dismissal).
_PROMO_BOX_LINES: Final = 12


def _promo_boxes(page: _Page) -> None:
    """A promotional box: a promo heading ending in ":" ("A Message from The Moscow Times:"), the lines
    under it without a blank line between them (the appeal's letter, its buttons), down to its last promo
    line ("Remind me later."): all promo. Only when another promo line closes the run: a heading alone
    over text is no box."""
    lines, kinds, reasons = page.lines, page.kinds, page.reasons
    if "promo-phrase" not in reasons:  # (a C-level scan: most pages stop here)
        return
    n = len(lines)
    for i in range(n):
        if kinds[i] is not K.PROMO or reasons[i] != "promo-phrase" or lines[i].norm[-1:] != ":":
            continue
        last = -1
        k = i + 1
        while k < n and k - i <= _PROMO_BOX_LINES and (lines[k].blank_before == 0 or page.spaced_out()):
            if kinds[k] is K.PROMO:
                last = k
            elif kinds[k] not in (None, K.NAVIGATION, K.OTHER):
                break
            k += 1
        for j in range(i + 1, last):
            if kinds[j] is not K.PROMO:
                page.set(j, K.PROMO, "promo-box")


_CONSENT_KINDS: Final = frozenset({None, K.NAVIGATION, K.SHARE, K.OTHER})


def _mark_lines(page: _Page) -> None:
    text = page.text
    for i, ln in enumerate(page.lines):
        norm = ln.norm
        words = ln.words
        size = len(norm)
        # shared by the phrase, navigation and caption rules: phrases.lowered(norm), inline
        low = norm.lower() if size <= 200 else norm[:32].lower()
        # False when no rule gated on how a line opens can match: those are then skipped
        # (any_opens; its common case inline, as this runs on every line)
        opens = low.startswith(_ANY_STARTS.get(low[:1], ())) if norm.isascii() else any_opens(norm, low)
        # An image cell opens with "![" (after an optional "|"); the full check is in caption_reason.
        if opens and "![" in norm[:5] and caption_reason(norm, words) == "image-cell":
            page.set(i, K.CAPTION, "image-cell")
            continue
        if words <= 5:  # junk is never more than 5 words
            reason = junk_reason(norm, words)
            if reason:
                page.set(i, K.JUNK, reason)
                continue
        # a line over 120 characters has no fixed phrase: only the prefix rules, gated on opens
        if opens or size <= 120 or long_line_may_match(norm):  # (a self-description, a subscriber notice)
            found = _phrase_kind(norm, low, opens)
            # (a long sentence opening like a label is text: "Share prices rose...", "Edited by X, the book")
            long_sentence = words >= 15 and ln.ends_sentence
            if found and not (
                long_sentence and (found[1] in _LABEL_PREFIXES or low.startswith("edited by "))
            ):
                page.set(i, *found)
                continue
        # (past 200 characters or 30 words only a long menu: " | " between its items)
        if (size <= 200 and words <= 30) or (
            size <= MAX_MENU_CHARS and words <= MAX_MENU_WORDS and " | " in norm
        ):
            reason = _navigation_reason(norm, low, words, opens)
            if reason:
                # a row of social networks is a share row, but not the top bar that also prints the date
                share = reason == "share-row" or (reason == "social-row" and not ln.digits)
                page.set(i, K.SHARE if share else K.NAVIGATION, reason)
                continue
        # a line that normalising shortened (runs of spaces) or that holds tabs: maybe a menu whose
        # items the scraper kept apart with wide gaps ("Home  News  Politics  Business")
        if (
            words <= 40
            and (size != ln.end - ln.start or text.find("\t", ln.start, ln.end) >= 0)
            and _is_spaced_menu(text[ln.start : ln.end])
        ):
            page.set(i, K.NAVIGATION, "spaced-menu")
            continue
        if ln.cjk and " " in norm and _is_cjk_menu(norm):
            page.set(i, K.NAVIGATION, "spaced-menu")
            continue
        reason = _caption_reason(norm, low, words, opens)
        if reason and not (words <= 6 and is_outlet(norm)):  # "VNA/VNP" credits the text, not a photo
            page.set(i, K.CAPTION, reason)


# A gap between a menu's items: two spaces or more (no-break ones too), or a tab.
_WIDE_GAP: Final = re.compile(r"\s{2,}|\t")


def _is_spaced_menu(raw: str) -> bool:
    """Five items or more of one to three words, kept apart by wide gaps, no sentence among them (in a menu
    of eight items or more, one item may have four words: "Người Việt bốn phương").

    >>> _is_spaced_menu("Home  National  Politics  Business  Opinion")
    True
    >>> _is_spaced_menu("Karawang, West Java   ●   Tue, August 27, 2024")
    False
    """
    cells = _WIDE_GAP.split(raw)
    if len(cells) < 5:
        return False
    long_items = 0 if len(cells) >= 8 else 1  # four-word items seen (one is allowed in a long menu)
    for cell in cells:
        if len(cell) > _MAX_MENU_ITEM:
            return False  # (a sentence, set apart by two spaces after its full stop: no menu)
        cell = " ".join(cell.split())  # (no-break spaces inside an item count as spaces)
        if not cell:
            return False
        # ("Politics & Diplomacy", "Clima y Medio Ambiente": a connector joins two items' words; "Văn hóa -
        # Giải trí": a dash joins two items, each of up to three words; "U.S." ends in a full stop, an
        # abbreviation's)
        for part in cell.split(" - ") if " - " in cell else (cell,):
            extra = part.count(" ") - _MENU_CONNECTOR.subn("", part)[1] - 2  # words past three
            if extra > 0:
                long_items += 1
                if extra > 1 or long_items > 1:
                    return False
        if cell[-1:] in ".!?,;:" and not _ABBREVIATION.fullmatch(cell):
            return False
    return True


_MAX_MENU_ITEM: Final = 60  # characters of a menu item (two items joined by a dash included)
_ABBREVIATION: Final = re.compile(r"(?:[A-Z]\.){2,}")
# "&" or a short "and" between two words of a menu item (each counts one space less)
_MENU_CONNECTOR: Final = re.compile(r" (?:&|and|y|e|et|und|và) ")
# Six items or more of two to five Chinese or Japanese characters, one space apart (an ideographic space
# is one space once normalised): "首页 时政 国际 财经 思客 图片"; maybe a link to the English site last.
_CJK_MENU: Final = re.compile(
    r"[\u3040-\u30ff\u3400-\u9fff]{2,5}(?: [\u3040-\u30ff\u3400-\u9fff]{2,5}){5,}(?: English)?"
)


def _is_cjk_menu(norm: str) -> bool:
    """A menu of Chinese (or Japanese) items kept apart by single spaces (see _CJK_MENU).

    >>> _is_cjk_menu("首页 时政 国际 财经 思客 图片 视频"), _is_cjk_menu("习近平 会见 越南 总理")
    (True, False)
    """
    return len(norm) <= 120 and _CJK_MENU.fullmatch(norm) is not None


_BYLINE_START: Final = ("by", "(", "source", "reporting", "written", "text", "story", "words", "from")
_DATE_LABEL: Final = re.compile(r"(?:published|updated|posted|last updated|date)\s*:", re.I)
_BYLINE_LABEL: Final = re.compile(r"(?:by\s*:?|written by|source\s*:)\s+\S", re.I)


def _mark_field_lines(page: _Page) -> None:
    kinds = page.kinds
    credit = K.CREDIT
    date_order = page.date_order  # called back only on a date whose day and month could swap
    prose_seen = 0  # unlabelled prose lines above this one
    for i, ln in enumerate(page.lines):
        kind = kinds[i]
        words = ln.words
        if kind is None and line_is_prose(ln):
            prose_seen += 1
        if kind is K.NAVIGATION and prose_seen == 0 and words <= 8 and page.reasons[i] == "breadcrumb":
            # "Chhay Dara / Khmer Times" reads like a crumb trail, but it names a person and an outlet
            match = match_byline(ln.norm[:MAX_RULE_CHARS]) if " / " in ln.norm else None
            if match is not None and match.authors and match.credit:
                _take_byline(page, i, match)
                continue
        if kind is K.CAPTION and words <= 6 and page.reasons[i] == "caption-credit" and ln.norm[-1:] in ")）":
            # "Hồng Nhung (TTXVN/Vietnam+)": names and their outlet, nothing a picture shows
            match = match_byline(ln.norm[:MAX_RULE_CHARS])
            if match is not None and match.authors and match.reason == "names-credit":
                _take_byline(page, i, match)
                continue
        if words > 40 or (kind is not None and kind is not credit):
            continue  # a long line is text; a labelled line is no field (but a credit may name editors)
        norm = ln.norm
        short = norm[:MAX_RULE_CHARS]  # ln.norm[:MAX_RULE_CHARS], without the property call
        # Cheap pre-filter: only lines of a byline's shape go to the byline recognisers.
        maybe_byline = (
            kind is None
            and words <= 25
            and (
                words <= 6
                or "|" in norm
                or ")" in norm
                or " / " in norm[:40]  # "TNN / Updated: ..."
                or norm[:12].lower().startswith(_BYLINE_START)
                or (
                    not ln.ends_sentence
                    and ("'s " in norm[:24] or "’s " in norm[:24])
                    and _outlet_possessive(norm)
                )
            )
        )
        match = match_byline(short) if maybe_byline else None
        if match is not None and match.authors:
            if match.reason == "names-outlet" and _glued_slash(short) and _prose_within(page, i, 3):
                page.set(i, K.CAPTION, "photo-credit")  # 'Name/Rappler' with text going on: a photo's credit
                continue
            _take_byline(page, i, match)
            continue
        low = short.lower()
        if kind is None and "contributed" in low and prose_seen >= 2:
            # "X in Chicago contributed to this report.", after the text
            match = match_contributor_line(short)
            if match is not None:
                _take_byline(page, i, match)
                continue
        if "edit" in low or "编" in short:  # "Editor:", "(Web editor: ...)", "责任编辑：..."
            eds = match_editor_line(short)
            if (
                eds is not None
                and match is not None
                and match.credit is not None
                and match.editors
                and match.date_start is not None
            ):
                _take_byline(page, i, match)  # 'English.news.cn | 2013-05-06 20:14:23 | Editor: A'
                continue
            if eds is not None and not low.startswith("source"):
                if "source" in low or "来源" in short:
                    edited = match_byline(short)  # 'Editor: A | Source: Xinhua': the editors, then the source
                    if edited is not None and edited.credit is not None and edited.editors:
                        _take_byline(page, i, edited)
                        continue
                if prose_seen >= 2 and low.startswith("editor") and _imprint_follows(page, i):
                    page.set(i, K.CREDIT, "imprint-editor")  # the site's editor, not the story's
                    continue
                _add_editors(page, eds)
                page.set(i, K.CREDIT, "editor-line")
                continue
        if kind is not None:
            continue
        if ln.cjk and short[:2] in _CJK_CREDIT_LABELS and short[2:3] in ("：", ":"):
            page.set(i, K.CREDIT, "credit-label")  # '审校：A': who proofread, translated, produced it
            continue
        # date_line_stamps: find_dates(short) when the line is a date line (is_date_line), else None
        found = (
            date_line_stamps(short, tz=page.tz, now=page.now, order=date_order)
            if ln.digits and words <= 25
            else None
        )
        if found is not None:
            if found:
                page.dates[i] = found
                page.set(i, K.DATE, "date-line")
                continue
            page.set(i, K.DATE, "date-after-now")
            page.warnings.append(
                ParseWarning(
                    "date-after-now", f"stamp later than now= ignored: {short[:80]!r}", Span(ln.start, ln.end)
                )
            )
            continue
        if prose_seen == 0 and words <= 6 and is_relative_age(short):
            page.set(i, K.DATE, "relative-age")  # "3 hours ago" by the byline: a stamp, but no date to give
            continue
        if (
            prose_seen <= 1
            and ln.digits
            and words <= 6
            and i > 0
            and kinds[i - 1] is None
            and page.lines[i - 1].words >= 6
            and is_yearless_stamp(short)
        ):
            page.set(i, K.DATE, "yearless-stamp")  # "3 MAR, 15:42": a stamp, but a date without a year
            continue
        if ln.digits and words <= 12 and _DATE_LABEL.match(short):
            # "Published: Feb 30, 2021": a stamp the page shows but no real date: say so, invent nothing.
            page.set(i, K.DATE, "date-unparsed")
            page.warnings.append(
                ParseWarning(
                    "date-unparsed", f"no valid date in stamp {short[:80]!r}", Span(ln.start, ln.end)
                )
            )
            continue
        if not maybe_byline:
            continue
        if match is None and words <= 6:
            match = match_credit_line(short)
        if match is not None and not match.authors and _marked_photo_credit(page, i):
            page.set(i, K.CAPTION, "credit-under-caption")  # "==Kyodo" under a photo's caption
        elif match is not None and match.reason == "credit-only" and _credit_under_sentence(page, i):
            page.set(i, K.CAPTION, "photo-credit")  # 'The Yomiuri Shimbun' right under a caption's sentence
        elif match is not None:
            _take_byline(page, i, match)
        elif words <= 8 and _BYLINE_LABEL.match(short) and not ln.ends_sentence:
            page.warnings.append(
                ParseWarning(
                    "byline-unparsed",
                    f"a byline-shaped line gave no author or credit: {short[:80]!r}",
                    Span(ln.start, ln.end),
                )
            )


def _outlet_possessive(norm: str) -> bool:
    """The line opens with a known outlet's possessive ("CGTN's Lin Qiao in Jinghong, ..."): maybe its
    reporters named without 'By' (match_byline decides)."""
    mark = norm.find("'s ", 0, 24)
    if mark < 0:
        mark = norm.find("’s ", 0, 24)
        if mark < 0:
            return False
    head = norm[:mark]
    return mark > 0 and may_open_outlet(head.partition(" ")[0]) and is_outlet(head)


# Labels of the credits a Chinese page closes with besides the editor's (审校 proofreading, 校对 checking,
# 审核 review, 翻译 translation, 监制 supervision, 统筹 coordination, 策划 planning, 制作 production).
_CJK_CREDIT_LABELS: Final = frozenset({"审校", "校对", "审核", "翻译", "监制", "统筹", "策划", "制作"})


def _glued_slash(short: str) -> bool:
    """A slash without spaces around it joins the name and the outlet ('Name/Outlet', not 'Name / Outlet')."""
    return "/" in short and " / " not in short


def _prose_within(page: _Page, i: int, reach: int) -> bool:
    """An unlabelled prose line among the ``reach`` lines after line ``i``."""
    lines, kinds = page.lines, page.kinds
    return any(
        kinds[j] is None and line_is_prose(lines[j]) for j in range(i + 1, min(len(lines), i + 1 + reach))
    )


def _marked_photo_credit(page: _Page, i: int) -> bool:
    """A credit set off by marks ('==Kyodo', '—AP') right under a caption: the photo's, not the text's."""
    ln = page.lines[i]
    return (
        i > 0
        and page.kinds[i - 1] is K.CAPTION
        and ln.blank_before == 0
        and ln.words <= 3
        and not ln.norm[:1].isalnum()
        and ln.norm[:1] not in "(["
    )


def _credit_under_sentence(page: _Page, i: int) -> bool:
    """A bare credit line ('The Yomiuri Shimbun') stacked right under a one- or two-sentence line, with the
    text going on below: the photo's credit under its caption, not the article's (which stands under the
    headline or after the text)."""
    ln = page.lines[i]
    if i == 0 or ln.blank_before or i in page.dates:
        return False
    above = page.lines[i - 1]
    return (
        page.free(i - 1)
        and above.ends_sentence
        and 6 <= above.words <= 45
        and line_sentences(above) <= 2
        and _prose_within(page, i, 3)
    )


_WEEKDAY: Final = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b"
    r"|thứ|chủ nhật|星期|周[一二三四五六日]",
    re.I,
)


def _imprint_follows(page: _Page, i: int) -> bool:
    """The site's imprint (its publisher, its address) follows line ``i`` within two lines: a footer."""
    reasons = page.reasons
    return any(reasons[k] in _IMPRINT_REASONS for k in range(i + 1, min(len(reasons), i + 3)))


_IMPRINT_REASONS: Final = frozenset({"imprint-line"})


def _summary_widget_items(page: _Page) -> None:
    """The items of a machine summary box ('Summarize this article with AI', its disclaimer, then '•'
    lines, or a few unbulleted one-sentence lines) are the widget's, not the article's summary or text."""
    kinds, lines = page.kinds, page.lines
    if K.OTHER not in kinds:  # (a C-level scan: most pages stop here)
        return
    n = len(lines)
    for i in range(n):
        if kinds[i] is not K.OTHER or "summar" not in lines[i].norm.lower():
            continue
        j = i + 1
        while j < n and kinds[j] is K.OTHER:  # the widget's own lines (a disclaimer)
            j += 1
        if j < n and page.free(j) and lines[j].norm[:1] not in _BULLETS:
            # unbulleted items ('Quick Reads' boxes): a few one-sentence lines stacked under the widget's
            # own, up to a line that is not one (the lede, a picture's caption closing on its tag)
            spaced = page.spaced_out()
            k = j
            while (
                k < n
                and k - j < _WIDGET_ITEMS
                and page.free(k)
                and (lines[k].blank_before == 0 or spaced)
                and lines[k].words <= 25
                and lines[k].ends_sentence
                and lines[k].norm[-1:] != ")"
                and line_sentences(lines[k]) == 1
            ):
                k += 1
            if k - j >= 2:
                for m in range(j, k):
                    page.set(m, K.OTHER, "summary-widget")
            continue
        while j < n and page.free(j) and lines[j].norm[:1] in _BULLETS:
            page.set(j, K.OTHER, "summary-widget")
            j += 1


#: Unbulleted items a summary widget may stack (see _summary_widget_items).
_WIDGET_ITEMS: Final = 5


_BULLETS: Final = "•·▪●◦‣-–*"


def _caption_toggles(page: _Page) -> None:
    """A picture's caption block around its 'hide caption' / 'toggle caption' buttons: the text and credit
    lines above the buttons (up to the 'Enlarge this image' button), and the credit repeated under them."""
    kinds, lines = page.kinds, page.lines
    if "phrase-caption" not in page.reasons:  # (the buttons' reason; a C-level scan: most pages stop here)
        return
    n = len(lines)
    for i in range(n):
        if kinds[i] is not K.CAPTION or lines[i].norm.lower() not in _CAPTION_TOGGLES:
            continue
        if i > 0 and lines[i - 1].norm.lower() in _CAPTION_TOGGLES:
            continue  # the second button: the first one took the block
        block: list[str] = []
        j = i - 1
        while j >= 0 and len(block) < 3 and page.free(j) and lines[j].words <= 60:
            block.append(lines[j].norm)
            page.set(j, K.CAPTION, "caption-block")
            j -= 1
        k = i + 1
        while k < n and lines[k].norm.lower() in _CAPTION_TOGGLES:
            k += 1
        if k < n and page.free(k) and lines[k].norm in block:
            page.set(k, K.CAPTION, "caption-block")  # the credit printed again under the buttons


_CAPTION_TOGGLES: Final = frozenset({"hide caption", "toggle caption", "show caption"})


def _chrome_dates(page: _Page) -> None:
    """Today's date in the site header (a weekday date without a time, among menus) is page chrome."""
    n = len(page.lines)
    for i in sorted(page.dates):
        if page.kinds[i] is not K.DATE or any(d.has_time or d.label for d in page.dates[i]):
            continue
        if page.dates[i][0].start > 0:  # (a weekday before the date is part of it: fields.dates)
            continue  # a place before the stamp ("Karawang, West Java ● Tue, …"): the article's dateline
        before = page.kinds[i - 1] if i > 0 else K.NAVIGATION
        after = page.kinds[i + 1] if i + 1 < n else None
        among_menus = before is K.NAVIGATION and after is K.NAVIGATION
        weekday_by_menu = _WEEKDAY.search(page.lines[i].norm) and K.NAVIGATION in (before, after)
        if among_menus or weekday_by_menu:
            del page.dates[i]
            page.set(i, K.NAVIGATION, "chrome-date")


def _site_names(page: _Page) -> None:
    """The outlet's name at the very top of the page (the logo's text) is navigation, not a credit."""
    lines = page.lines
    n = len(lines)
    free_text = False  # unlabelled text seen above: a credit line now may be the article's
    for i in range(n):
        if page.free(i):
            if lines[i].words > 3 or lines[i].ends_sentence:
                free_text = True  # past the first unlabelled text, only a logo over the menu (below)
                if i >= _LOGO_REACH:
                    return
            continue  # an unknown button or link ('Skip links') may come first
        match = page.bylines.get(i)
        if (
            match is not None
            and match.reason == "credit-only"
            and i not in page.dates
            and (not free_text or (i < _LOGO_REACH and i + 1 < n and page.reasons[i + 1] in _MENU_REASONS))
            and canonical_outlet(page.lines[i].norm) is not None
        ):
            del page.bylines[i]
            page.set(i, K.NAVIGATION, "site-name")
        elif (
            match is not None
            and match.reason == "by-credit"
            and not free_text
            and 0 < i < _LOGO_REACH
            and page.kinds[i - 1] is K.NAVIGATION
            and i not in page.dates
        ):
            del page.bylines[i]  # 'by The Yomiuri Shimbun' under the logo: the site's tagline
            page.set(i, K.NAVIGATION, "site-name")


# The menu a site's logo stands over (the line right under it), within the page's first lines.
_MENU_REASONS: Final = frozenset({"spaced-menu"})
_LOGO_REACH: Final = 5


_BUTTON_KINDS: Final = (K.SHARE, K.JUNK, K.OTHER)


def _name_lines(page: _Page) -> None:
    """A bare author name printed right above or under the stamp ('Helen Marchbank in Beijing'), maybe with
    share buttons between them, and a role line under the name ('Political correspondent'), whichever
    side of the stamp the two are on."""
    lines = page.lines
    n = len(lines)
    kinds = page.kinds
    for i in sorted(page.dates):
        if kinds[i] is not K.DATE:
            continue
        for step in (-1, 1):
            j = i + step
            for _ in range(3 if step == 1 else 1):  # past a few buttons (Share, Save; one above: Follow)
                if not 0 <= j < n or kinds[j] not in _BUTTON_KINDS:
                    break
                j += step
            if not 0 <= j < n or not page.free(j) or (lines[j].words > 6 and not _name_list_shape(lines[j])):
                continue
            if step == -1 and _titled_above(page, j - 1) and _name_and_role(page, j - 1, j):
                break  # a name, and a role right above the stamp
            if step == -1 and j == i - 1 and _name_and_place(page, j - 1, j):
                break  # a name, and the place it was filed from right above the stamp
            if step == -1 and _names_and_places(page, j, i):
                break  # several authors, each over the place they filed from, above the stamp
            if not _titled_above(page, min(i, j)):
                continue  # with no title above, the line next to the stamp is the title itself
            if step == 1 and _name_and_role(page, j, j + 1):
                break  # a name under the stamp, and a role under it
            place = NAME_IN_PLACE.match(lines[j].norm)
            m = match_end_byline(place.group(1) if place else lines[j].norm, None)
            if m is not None:
                page.bylines[j] = attrs.evolve(m, byline=lines[j].norm, reason="name-by-stamp")
                page.set(j, K.BYLINE, "name-by-stamp")
                break


def _name_list_shape(ln: Line) -> bool:
    """A line that may list a few people's names ('Holly Brennan, Sami Qureshi and Ellen Marsh'): up to 12
    words joined by commas or 'and', no sentence."""
    return ln.words <= 12 and not ln.ends_sentence and ("," in ln.norm or " and " in ln.norm)


def _name_above_title(page: _Page) -> None:
    """A columnist's name alone between the section label and the title ('OPINION' / 'Jane Doe' / title),
    on a page with no other byline: the byline."""
    h = page.headline
    if h is None or h < 2 or any(page.kinds[i] is K.BYLINE for i in page.bylines):
        return
    j = h - 1
    ln = page.lines[j]
    if not page.free(j) or not 2 <= ln.words <= 4 or page.kinds[j - 1] is not K.NAVIGATION:
        return
    m = match_end_byline(ln.norm, None)
    if m is not None and m.authors and not m.roles:
        page.bylines[j] = attrs.evolve(m, byline=ln.norm, reason="name-above-title")
        page.set(j, K.BYLINE, "name-above-title")


def _place_in_byline_block(page: _Page) -> None:
    """A place alone between a byline line and the stamp, the three lines stacked ('DAILY SABAH WITH AA' /
    'ISTANBUL' / 'MAR 12, 2025 - 4:52 PM GMT+3'): the author block's place line, part of the byline."""
    lines, kinds = page.lines, page.kinds
    for b in sorted(page.bylines):  # (the byline lines: a handful, where looping over the page costs)
        i = b + 1
        if i + 1 >= len(lines):
            break
        ln = lines[i]
        if (
            kinds[i] is None
            and kinds[b] is K.BYLINE
            and kinds[i + 1] is K.DATE
            and ((ln.blank_before == 0 and lines[i + 1].blank_before == 0) or page.spaced_out())
            and ln.words <= 3
            and ln.norm.replace(" ", "").replace("-", "").isalpha()
            and ln.norm.isupper()
        ):
            page.set(i, K.BYLINE, "place-in-byline-block")


def _titled_above(page: _Page, i: int) -> bool:
    """An unlabelled title-shaped line within the 8 lines above line i."""
    return any(page.free(k) and page.titled(k) for k in range(max(0, i - 8), i))


def _name_and_role(page: _Page, name: int, role: int) -> bool:
    """An author's name line with a role line under it ('Órlaith Breathnach' / 'Housing Correspondent'),
    next to the stamp: both are the byline."""
    lines = page.lines
    if (
        name < 0
        or role >= len(lines)
        or not page.free(name)
        or not page.free(role)
        or lines[name].words > 6
        or lines[role].words > 5
        or lines[role].ends_sentence  # a role, not the first sentence of the text
        or not (lines[role].blank_before == 0 or page.spaced_out())
    ):
        return False
    paired = match_end_byline(lines[name].norm, lines[role].norm)
    if paired is None or not paired.roles:
        return False
    page.bylines[name] = attrs.evolve(paired, reason="name-by-stamp")
    page.set(name, K.BYLINE, "name-by-stamp")
    page.set(role, K.BYLINE, "name-by-stamp")
    return True


def _name_and_place(page: _Page, name: int, place: int) -> bool:
    """An author's name line with the place line under it, stacked right above the stamp ('ROCÍO VILLALBA' /
    'Madrid' / 'Actualizado …': El Mundo's author block): both are the byline; the place is no person."""
    lines = page.lines
    if name < 1 or not page.free(name) or not page.free(place) or not _titled_above(page, name):
        return False
    ln, above = lines[place], lines[name]
    if not (
        (ln.blank_before == 0 and lines[place + 1].blank_before == 0) or page.spaced_out()
    ) or not _is_place_line(ln):
        return False
    if above.words > 4 or match_end_byline(ln.norm, None) is not None:
        return False  # (a second name, not a place)
    m = match_end_byline(above.norm, None)
    if m is None or not m.authors:
        return False
    page.bylines[name] = attrs.evolve(m, reason="name-by-stamp")
    page.set(name, K.BYLINE, "name-by-stamp")
    page.set(place, K.BYLINE, "place-in-byline-block")
    return True


def _names_and_places(page: _Page, last: int, stamp: int) -> bool:
    """Two to four authors, each on a line of their own with the place they filed from on the line under it,
    right over the stamp: 'Mariana Lopes' / 'Brasília' / 'Ricardo Tavares' / 'São Paulo' (Folha de S.Paulo's
    author block). The name lines are the byline, the place lines part of it (no person). A place line may
    read as a name ('São Paulo'); one at least must not."""
    lines = page.lines
    found: list[tuple[int, BylineMatch]] = []
    place_only = False
    k = last
    while k >= 1 and len(found) < _MAX_BLOCK_AUTHORS and page.free(k) and page.free(k - 1):
        name, place = lines[k - 1], lines[k]
        if name.words > 4 or not _is_place_line(place):
            break
        m = match_end_byline(name.norm, None)
        if m is None or len(m.authors) != 1 or m.roles:
            break
        found.append((k - 1, m))
        place_only = place_only or match_end_byline(place.norm, None) is None
        k -= 2
    if len(found) < 2 or not place_only or not _titled_above(page, found[-1][0]):
        return False
    for k, m in reversed(found):
        page.bylines[k] = attrs.evolve(m, reason="name-by-stamp")
        page.set(k, K.BYLINE, "name-by-stamp")
        page.set(k + 1, K.BYLINE, "place-in-byline-block")
    return True


_MAX_BLOCK_AUTHORS: Final = 4


def _is_place_line(ln: Line) -> bool:
    """One to three capitalised words of letters, alone on a line ('Madrid', 'NEW DELHI'), maybe with a
    particle inside ('Rio de Janeiro')."""
    if ln.words > 3 or ln.digits or not ln.norm.replace(" ", "").replace("-", "").isalpha():
        return False
    words = ln.norm.split(" ")
    return words[0][:1].isupper() and all(
        word[:1].isupper() or (word in NAME_PARTICLES and 0 < k < len(words) - 1)
        for k, word in enumerate(words)
    )


def _add_editors(page: _Page, names: tuple[str, ...]) -> None:
    for name in names:
        page.editors.setdefault(name, None)  # an ordered set: no quadratic membership tests


def _take_byline(page: _Page, i: int, match: BylineMatch) -> None:
    short = page.lines[i].norm[:MAX_RULE_CHARS]
    page.bylines[i] = match
    page.set(i, K.BYLINE, match.reason)
    if match.date_start is not None:
        found = find_dates(short[match.date_start :], tz=page.tz, now=page.now, order=page.date_order)
        if found:
            page.dates[i] = found
        elif page.now is not None and find_dates(short[match.date_start :], tz=page.tz):
            page.warnings.append(
                ParseWarning(
                    "date-after-now",
                    f"stamp later than now= ignored: {short[:80]!r}",
                    Span(page.lines[i].start, page.lines[i].end),
                )
            )
    if match.editors:
        _add_editors(page, match.editors)


# ---------------------------------------------------------------- listing pages


def _is_listing(page: _Page) -> str | None:
    """Why this is a section or index page (teaser meta lines, or teaser prose and no header), or None."""
    # Both tests want a digit in the line (or, for teaser meta, a byline that holds a date): check it first.
    bylines, lines = page.bylines, page.lines
    meta = [i for i, ln in enumerate(lines) if (ln.digits or i in bylines) and _is_teaser_meta(page, i, ln)]
    meta = _without_own_stamp(page, meta)
    if len(meta) >= 3:
        return f"{len(meta)} teaser lines with a source and a time stamp"
    stamps = _without_own_stamp(
        page, [i for i, ln in enumerate(page.lines) if ln.digits and _is_stamp_only(page, i, ln)]
    )
    if len(stamps) >= 3 and all(b - a >= 2 for a, b in itertools.pairwise(stamps)):
        return f"{len(stamps)} time stamps between teasers"
    if not bylines and len(page.dates) <= 1:  # (an article shows its byline or its stamp: most stop here)
        kinds = page.kinds
        timed = [
            i
            for i, ln in enumerate(lines)
            if ln.digits and ln.norm[-3:-2] == ":" and kinds[i] is None and _TIMED_TITLE.search(ln.norm[-30:])
        ]
        if len(timed) >= 5 and not _prose_beside(page, timed):
            return f"{len(timed)} titles each closing on a time stamp"
    content = [i for i, k in enumerate(page.kinds) if k is None]
    if not page.bylines and not page.dates and len(content) >= 5:
        first = page.lines[content[0]]
        blanks = sum(1 for i in content[1:] if page.lines[i].blank_before == 0)
        if (
            line_is_prose(first)
            and blanks >= 0.8 * (len(content) - 1)
            and not any(_continues(page.lines[i].norm) for i in content[1:])
            and not _datelined_lede(page, content)
        ):
            return "no header, only one-line teasers back to back"
    return None


# A list item's title closing on its time, maybe after the month and day ('[财经] 家电…资金　4-15 10:32',
# 'Floods close schools 09:12'): the story list of a rolling-news page.
_TIMED_TITLE: Final = re.compile(r"\S\s(?:\d{1,2}[-/.]\d{1,2}\s)?\d{1,2}:\d{2}$")


def _prose_beside(page: _Page, timed: list[int]) -> bool:
    """As many unlabelled lines of running text as the timed titles, or more: an article's text (whose
    lines happen to end on a time), not a list."""
    kinds, lines = page.kinds, page.lines
    prose = sum(1 for i, ln in enumerate(lines) if kinds[i] is None and line_is_prose(ln))
    return prose >= len(timed)


# How a paragraph that carries on the one above begins: a pronoun, a connective or an opening quote mark.
# A teaser is a lede that stands alone and starts with its subject; an article's text sooner or later
# has a paragraph like these, so its lines printed back to back are not read as a list of teasers.
_CONTINUATION_WORDS: Final = frozenset(
    (
        *("he", "she", "they", "it", "its", "his", "her", "their", "we", "i", "this", "these", "those"),
        *("but", "and", "yet", "so", "also", "still", "however", "meanwhile", "moreover", "furthermore"),
        *("instead", "then", "there", "that"),
    )
)
_OPENING_QUOTES: Final = frozenset('"“‘«„—')


def _datelined_lede(page: _Page, content: list[int]) -> bool:
    """Only the first line opens with a dateline (``BEIJING, March 3 (Xinhua) --``): an article's lede."""
    lines = page.lines
    return bool(find_dateline(lines[content[0]].norm)) and not any(
        find_dateline(lines[i].norm) for i in content[1:]
    )


def _continues(norm: str) -> bool:
    """The line begins like a paragraph that carries on the one before it (see _CONTINUATION_WORDS)."""
    if norm[:1] in _OPENING_QUOTES:
        return True
    first = norm[:16].split(" ", 1)[0].rstrip(",;:").lower()
    return first in _CONTINUATION_WORDS


_MONTHS: Final = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_YEARLESS_STAMP: Final = re.compile(
    rf"(?:\d{{1,2}}:\d{{2}}(?:\s*[AP]M)?,?\s+)?{_MONTHS} \d{{1,2}}(?:,?\s+\d{{1,2}}:\d{{2}}(?:\s*[AP]M)?)?",
    re.I,
)


def _is_stamp_only(page: _Page, i: int, ln: Line) -> bool:
    """A line that is only a time stamp (with or without a year): a teaser's time on a listing page."""
    if not ln.digits or ln.words > 8:
        return False
    if page.kinds[i] is K.DATE and i in page.dates:
        return True
    return _YEARLESS_STAMP.fullmatch(ln.norm) is not None or is_relative_age(ln.norm)


_META_START: Final = re.compile(r"(?:source|by|posted|published|updated)\b", re.I)


def _is_teaser_meta(page: _Page, i: int, ln: Line) -> bool:
    """A ``Source: X | date`` or ``By X | date`` line under a listed story's teaser."""
    if i in page.bylines and i in page.dates:
        return True
    if not ln.digits or ln.words > 10 or not _META_START.match(ln.norm):
        return False
    return bool(find_dates(ln.norm[:MAX_RULE_CHARS]))


def _without_own_stamp(page: _Page, stamps: list[int]) -> list[int]:
    """Drop the first stamp when an article's text follows it: it is the page's own, not a teaser's."""
    if not stamps:
        return stamps
    first, after = stamps[0], stamps[1] if len(stamps) > 1 else len(page.lines)
    kinds, lines = page.kinds, page.lines
    text = sum(1 for k in range(first + 1, after) if kinds[k] is None and line_is_prose(lines[k]))
    return stamps[1:] if text >= 2 else stamps


def _finish_listing(page: _Page, why: str) -> None:
    # teaser meta lines are not this page's byline: no byline warnings for them
    page.warnings[:] = [w for w in page.warnings if w.code != "byline-unparsed"]
    page.warnings.append(
        ParseWarning(
            "listing-page",
            f"read as a section or index page ({why}): its lines are 'related' and it has no fields; "
            "relabel them if this is an article's text",
        )
    )
    page.bylines.clear()
    page.dates.clear()
    page.editors.clear()
    lines = page.lines
    kinds = page.kinds
    spaced = page.spaced_out()
    teasers = False  # a teaser was seen
    site_list = (
        False  # inside a site-wide list (Most Read): its items are navigation, not this page's teasers
    )
    for i, k in enumerate(kinds):
        ln = lines[i]
        if k is not None and k not in (K.BYLINE, K.DATE):
            if teasers and k is K.JUNK and page.reasons[i] == "counter" and _BARE_TIME.fullmatch(ln.norm):
                page.set(i, K.RELATED, "listing-page")  # a video teaser's duration ("03:12")
                continue
            if teasers and k is K.NAVIGATION and _teaser_badge(page, i):
                page.set(i, K.RELATED, "teaser-badge")  # 'Video' between a teaser's title and its stamp
                site_list = False
                continue
            site_list = k is K.NAVIGATION and is_list_heading(ln.norm)
            continue
        if site_list and (ln.blank_before == 0 or spaced) and ln.words <= 20 and not line_is_prose(ln):
            page.set(i, K.NAVIGATION, "site-list-item")
            continue
        site_list = False
        before = kinds[i - 1] if i > 0 else None
        after = kinds[i + 1] if i + 1 < len(kinds) else None
        if not teasers and ln.words <= 3 and not ln.digits and K.NAVIGATION in (before, after):
            page.set(i, K.NAVIGATION, "section-title")  # the section's name among the menus
            continue
        if not teasers and _listing_control(ln, k):
            page.set(i, K.NAVIGATION, "listing-control")  # a date picker's label or date, before any teaser
            continue
        teasers = True
        page.set(i, K.RELATED, "listing-page")
    _teaser_kickers(page)


def _teaser_badge(page: _Page, i: int) -> bool:
    """A one- or two-word label ('Video') stacked between a teaser and the line under it (its stamp), both
    without a blank line: a badge printed in the teaser's card."""
    lines, kinds = page.lines, page.kinds
    return (
        0 < i < len(lines) - 1
        and lines[i].words <= 2
        and page.reasons[i] == "phrase-navigation"
        and lines[i].blank_before == 0
        and lines[i + 1].blank_before == 0
        and kinds[i - 1] is K.RELATED
        and page.reasons[i - 1] == "listing-page"
        and kinds[i + 1] in (None, K.DATE, K.BYLINE)
    )


def _listing_control(ln: Line, kind: SegmentKind | None) -> bool:
    """Before a listing's first teaser: a label ending with a colon ('Please select a date:') or a line with a
    date and no time ('2025-11-18', '日期：2025年04月15日 选择日期': the day a date picker shows): the list's
    controls, not a teaser or its stamp."""
    norm = ln.norm
    if ln.words <= 5 and norm[-1:] in (":", "：") and not line_is_prose(ln):
        return True
    return (
        ln.digits > 0
        and ln.words <= 6
        and _CLOCK.search(norm) is None
        and (kind is K.DATE or bool(find_dates(ln.norm[:MAX_RULE_CHARS])))
    )


_CLOCK: Final = re.compile(r"\d{1,2}:\d{2}")


# Navigation reasons a teaser's kicker cannot have: the site's own lists and the page's chrome.
_NOT_KICKER: Final = frozenset(
    {"site-list-item", "chrome-date", "site-name", "pagination", "phrase-navigation"}
)


def _teaser_kickers(page: _Page) -> None:
    """A short menu-like line right above a teaser ("NEWS > General"), printed so (read the same way)
    over three teasers or more, is each teaser's section kicker: part of the item (related), not a menu."""
    kinds, reasons, lines = page.kinds, page.reasons, page.lines
    kickers = [
        i
        for i in range(len(kinds) - 1)
        if kinds[i] is K.NAVIGATION
        and reasons[i] not in _NOT_KICKER
        and lines[i].words <= 4
        and reasons[i + 1] == "listing-page"
        and lines[i + 1].blank_before == 0
        and not line_is_prose(lines[i + 1])
    ]
    by_shape: dict[tuple[str, str], list[int]] = {}
    for i in kickers:  # the same reason and the same marks between the words ("NEWS > General": ">")
        marks = "".join(ch for ch in lines[i].norm if not ch.isalnum() and not ch.isspace())
        by_shape.setdefault((reasons[i], marks), []).append(i)
    for same in by_shape.values():
        if len(same) >= 3:  # one shape over three teasers or more: a list's kickers, not a stray menu
            for i in same:
                page.set(i, K.RELATED, "teaser-kicker")


# ---------------------------------------------------------------- step 2: headline


_FIELD_KINDS: Final = (K.DATE, K.BYLINE)


def _is_field(page: _Page, i: int) -> bool:
    return page.kinds[i] in _FIELD_KINDS


def _first_free_prose(page: _Page) -> int:
    """The first unlabelled prose line (len(lines) when there is none)."""
    kinds = page.kinds
    for i, ln in enumerate(page.lines):
        if kinds[i] is None and line_is_prose(ln):
            return i
    return len(kinds)


def _headline_shape(ln: Line) -> bool:
    words = ln.words
    norm = ln.norm
    # (2 <= words <= 30 and no closing "." is line_is_titleish, inline: this runs on most lines)
    # Chinese, Japanese: no spaces between words, so characters count (a line of more than 40 of them is no
    # title whatever its spaces: '【记者 A 记者 B】' opening a lede)
    if ln.cjk >= 6 and (ln.words <= 4 or ln.cjk > _MAX_CJK_TITLE):
        return _cjk_title_shape(ln)
    if (
        words < 2
        or words > 30
        or norm[-1:] == "."
        or norm.endswith((":", ","))
        or line_letter_ratio(ln) <= 0.5
    ):
        return False
    core = norm.rstrip("\"'”’)] ")
    return not (ln.ends_sentence and core.endswith((".", "!", "…"))) and line_sentences(ln) <= 1


def _cjk_title_shape(ln: Line) -> bool:
    """A title's shape for a line of Chinese or Japanese: 6 to 40 CJK characters, no closing full stop
    or colon, a short line mostly of letters (a stamp, a menu or a caption with a date is not)."""
    norm = ln.norm  # (_headline_shape sends lines of 6 CJK characters or more)
    return (
        ln.cjk <= _MAX_CJK_TITLE
        and len(norm) <= 60
        and norm[-1:] not in "。.：:，,；;"
        and not (ln.ends_sentence and norm[-1:] in _CJK_CLOSERS)  # (a quoted sentence: '…说：“…。”')
        and line_letter_ratio(ln) > 0.5
        and not ln.digits
    )


_MAX_CJK_TITLE: Final = 40
_CJK_CLOSERS: Final = "”’」』）)"


def _next_content(page: _Page, i: int) -> int | None:
    for j in range(i + 1, min(len(page.lines), i + 6)):
        if page.kinds[j] not in (K.SHARE, K.JUNK, K.OTHER):
            return j
    return None


def _is_list_item(page: _Page, i: int) -> bool:
    """A bulleted or dashed item, or a line right under a menu or list heading."""
    if page.lines[i].norm[:2] in ("- ", "• ", "* ", "· ", "▪ ") or page.lines[i].norm[:1] in "•·▪►":
        return True
    return (
        i > 0
        and page.lines[i].blank_before == 0
        and page.kinds[i - 1] in (K.NAVIGATION, K.RELATED)
        and is_list_heading(page.lines[i - 1].norm)
    )


def _header_anchors(page: _Page) -> list[int]:
    """Date and byline lines that belong to the article's header, not to its end or to a teaser."""
    n = len(page.lines)
    first_prose = _first_free_prose(page)
    out = []
    kinds = page.kinds
    for i in range(n):
        # (_is_field and _is_end_credit, inline)
        if kinds[i] not in _FIELD_KINDS or page.prose_before(i) >= 2:
            continue
        match = page.bylines.get(i)
        if i > first_prose and match is not None and i not in page.dates and match.reason == "credit-only":
            continue  # a credit printed after the text
        out.append(i)
    return out


def _spaced_out(lines: Sequence[Line]) -> bool:
    """Every line stands apart (one block a line, as HTML with a ``<p>`` a line renders): a blank line
    then says nothing about which lines belong together."""
    return all(ln.blank_before for ln in itertools.islice(lines, 1, None))


def _reads_as_deck(head: Line, deck: Line) -> bool:
    """``deck``, a blank line under the title-shaped line ``head``, reads as its deck: no full sentence (that
    is the text's first paragraph), and clearly longer or in sentence case under a title in title case (the
    way most sites set a headline and its deck), or a sentence and more under a title without one ('Il
    commissario: "…primavera". Allerta anche …': where titles and decks are both in sentence case)."""
    if deck.ends_sentence or _title_case(deck.norm):
        return False
    title = head.norm
    words = len(title.split())
    return (
        deck.words >= words + 4
        or _title_case(title)
        or (words >= 6 and deck.words > max(words, 9))
        or (words >= 6 and line_sentences(deck) >= 1 and line_sentences(head) == 0)
        # two clauses joined by a semicolon, as a deck runs on and a title seldom does ('Congelamento deve
        # atingir emendas …; Fazenda descarta …': Folha's linha fina)
        or (words >= 6 and deck.words >= words and "; " in deck.norm and ";" not in title)
    )


def _title_case(text: str) -> bool:
    """Most words of four letters or more start with a capital (``Weighs Export Levy on Nickel``)."""
    long_words = [w for w in text.split() if len(w) >= 4 and w[0].isalpha()]
    return len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _choose_headline(page: _Page) -> None:
    lines = page.lines
    n = len(lines)
    fields = _header_anchors(page)
    kinds = page.kinds
    # (page.titled is called, not bound to a local: compiled, a bound method is a Python-level call)
    candidates = [
        i
        for i, ln in enumerate(lines)
        if kinds[i] is None
        and (2 <= ln.words <= 30 or ln.cjk)
        and page.titled(i)
        and not _is_list_item(page, i)
        and not (ln.cjk and ln.norm[:2] == "——" and i > 0 and kinds[i - 1] is None and page.titled(i - 1))
    ]  # (a Chinese subtitle, '——' under the title, is its deck: see _is_summary)
    candidate_set = set(candidates)
    best: tuple[float, int] | None = None
    first_field = fields[0] if fields else None
    first_prose = _first_free_prose(page)
    # free lines of four words or more: a title needs one besides itself (a page of furniture has none)
    wordy = sum(1 for k, ln in zip(kinds, lines, strict=True) if k is None and ln.words >= 4)
    free_before = 0
    free_seen = [0] * (n + 1)
    for i in range(n):
        free_seen[i] = free_before
        free_before += kinds[i] is None
    for i in candidates:
        score = 0.0
        ln = lines[i]
        if first_field is not None:
            # Distance to the header block (the field lines), above preferred.
            nearest = fields[0]  # the nearest of the first four (min() with a key: a Python-level call each)
            for f in fields[1:4]:
                if abs(i - f) < abs(i - nearest):
                    nearest = f
            lo_, hi_ = min(i, nearest), max(i, nearest)
            if hi_ - lo_ > 12:
                continue
            near = 1 + sum(1 for k in range(lo_ + 1, hi_) if kinds[k] is None or kinds[k] in _FIELD_KINDS)
            if near > 4:
                continue
            lo, hi = lo_, hi_
            between = sum(1 for k in range(lo + 1, hi) if kinds[k] is None and line_is_prose(lines[k]))
            if between > (1 if i < nearest else 0):
                continue  # text (beyond a standfirst) stands between it and the header
            score += 5.0 - near
            if i < fields[-1]:
                score += 1.5
            if i < nearest and _title_below_menu(page, i, nearest, candidate_set):
                score -= 1.5  # a menu or breadcrumb, then a title, stand between it and the header
        else:
            nxt = _next_content(page, i)
            if nxt is None or page.kinds[nxt] is K.RELATED:
                continue
            if page.free(nxt) and page.same(nxt, i):
                continue
            if (i > 0.6 * n and n > 10) or i > first_prose or wordy - (ln.words >= 4) <= 0:
                continue  # a title comes before the text it heads (a page without text has no title)
            if page.kinds[nxt] is K.NAVIGATION:
                if any(page.free(j) and page.same(j, i) for j in range(i + 1, min(n, i + 12))):
                    continue  # a later copy of this title sits in the article header
                score -= 1.0
            rank = free_seen[i]  # how many unlabelled lines stand above it
            score += 3.0 - min(2.0, 0.1 * rank)
            if rank == 0:
                score += 0.5
        score += min(ln.words, 8) * 0.25 - max(0, ln.words - 14) * 0.15
        if ln.words <= 3:
            score -= 1.0
        if ln.norm.endswith("?"):
            score -= 0.5
        deck = lines[i + 1] if i + 1 < n and page.free(i + 1) else None
        above_header = first_field is None or i < first_field
        if deck is not None and 6 <= deck.words <= 40 and above_header and not page.same(i, i + 1):
            if (
                deck.blank_before == 1
                and first_field is not None
                and ln.words >= 4
                and _reads_as_deck(ln, deck)
            ):
                score += 2.2  # a title with a line under it that can only be its deck
            elif deck.blank_before == 0 or (deck.blank_before == 1 and page.spaced_out()):
                score += 1.2  # a title with its deck right under it (above the byline)
        if ln.words <= 4 and ln.norm[:1] in "\"'“‘":
            score -= 1.0  # a quoted phrase: a subheading's shape
        if (
            i > 0
            and (ln.blank_before == 0 or page.spaced_out())
            and page.reasons[i - 1] == "phrase-navigation"
            and ln.words >= 6
        ):
            score += 1.5  # right under a kicker ('LIVE', 'OPINION'): where a site sets its title
        if best is None or score > best[0]:
            best = (score, i)
    if best is None:
        return
    h = best[1]
    for j in candidates:  # the browser's title won ("Headline - Site | site.com"): the headline it holds
        if j != h and _page_title_of(lines[h].norm, lines[j].norm):
            h = j
            break
    page.headline = h
    page.set(h, K.HEADLINE, "headline-near-header" if first_field is not None else "headline-before-text")
    # Other copies of the title: in the header block before it, "other"; later, an image's title.
    header_end = max([f for f in fields if f < h + 8] + [h])
    size = len(lines[h].norm)
    for i in range(n):
        kind = page.kinds[i]
        if i == h or not (kind is None or (i < h and kind is K.NAVIGATION)):
            continue
        other = len(lines[i].norm)
        if abs(other - size) <= 0.5 * max(other, size) and page.same(i, h):  # (same()'s own first test)
            if i < h or i < header_end:
                page.set(i, K.OTHER, "headline-copy")
            elif _stacked_in_list(page, i):
                page.set(i, K.OTHER, "headline-copy-in-list")  # an item of a story list (the page's stories)
            else:
                page.set(i, K.CAPTION, "headline-copy-image-title")
        elif i < h and other > size and _page_title_of(lines[i].norm, lines[h].norm):
            page.set(i, K.OTHER, "headline-copy")  # the browser's title: "Headline--Section--Site"


def _stacked_in_list(page: _Page, i: int) -> bool:
    """Line ``i`` stands in a list of titles: stacked (no blank line) between a short line above and a
    title-shaped line below, as the items of a story list are ('本版新闻' / this title / the next story)."""
    lines = page.lines
    if i + 1 >= len(lines) or lines[i].blank_before or lines[i + 1].blank_before:
        return False
    above, below = lines[i - 1], lines[i + 1]
    return (
        page.kinds[i - 1] not in _FIELD_KINDS
        and above.words <= 8
        and not above.ends_sentence
        and below.words <= 20
        and line_sentences(below) == 0
        and page.titled(i + 1)
    )


def _title_below_menu(page: _Page, i: int, field: int, candidates: set[int]) -> bool:
    """Between line ``i`` and the header field below it: a menu or breadcrumb, then a title candidate of
    six words or more (the page's own title: a masthead or site name stands above the menus)."""
    kinds = page.kinds
    lines = page.lines
    menu = False
    for k in range(i + 1, field):
        if kinds[k] is K.NAVIGATION:
            menu = True
        elif menu and k in candidates and lines[k].words >= 6:
            return True
    return False


# What parts a page title after the headline: "Headline--Opinion--People's Daily", "Headline | Site".
_TITLE_SUFFIX: Final = re.compile(r"\s*(?:--|-|–|—|\||_|::)\s*\S")


def _page_title_of(norm: str, headline: str) -> bool:
    """``norm`` is the headline followed by the section's or the site's name (a page title)."""
    if len(headline) < 6 or not norm.startswith(headline):
        return False
    rest = norm[len(headline) :]
    return bool(_TITLE_SUFFIX.match(rest)) and rest.count(" ") <= 8


def _published_after_text(page: _Page, last_text: int) -> dt.datetime | dt.date | None:
    """A stamp labelled as the publication's ('Published - Sept 14, 2024 08:40 pm IST') printed after the
    text (``last_text``: its last paragraph), when the header gave none: some outlets put only the update
    time on top."""
    kinds = page.kinds
    for i in sorted(page.dates):
        if i < last_text or kinds[i] is not K.DATE or i in page.bylines:
            continue
        if any(k not in _SIGN_OFF_KINDS for k in kinds[last_text + 1 : i]):
            return None  # past a list, a picture or the comments: a teaser's stamp, not the article's
        labelled = [d for d in page.dates[i] if d.label == "published" and d.start == 0]
        return labelled[0].value if labelled else None
    return None


# What may stand between the text and its closing stamp.
_SIGN_OFF_KINDS: Final = frozenset({K.BYLINE, K.CREDIT, K.SHARE, K.OTHER, K.JUNK, K.DATE})


def _is_end_credit(page: _Page, i: int) -> bool:
    """A byline or stamp printed after the text (two paragraphs or more above it): not a header line."""
    return page.kinds[i] in (K.BYLINE, K.DATE) and page.prose_before(i) >= 2


# ---------------------------------------------------------------- step 3: header zone


def _header_zone(page: _Page) -> int:
    """Label what lies between the headline and the body; return the index where the body starts."""
    lines = page.lines
    n = len(lines)
    h = page.headline
    start = 0 if h is None else h + 1
    # Everything free above the headline is page chrome.
    if h is not None:
        for i in range(h):
            if page.free(i):
                page.set(i, K.NAVIGATION if lines[i].words <= 12 else K.OTHER, "above-headline")
    i = start
    summary_done = False
    while i < n:
        ln = lines[i]
        kind = page.kinds[i]
        if kind is not None:
            i += 1
            continue
        if not summary_done and _is_summary(page, i):
            page.summary = i
            page.set(i, K.SUMMARY, "standfirst")
            summary_done = True
            i += 1
            continue
        if page.kinds[i] is not None:  # (_is_summary found a caption)
            i += 1
            continue
        if _alt_text_of_next(page, i) or _credited_by_next(page, i):
            page.set(i, K.CAPTION, "image-alt-text" if _alt_text_of_next(page, i) else "caption-above-credit")
            i += 1
            continue
        if line_is_prose(ln) or (ln.words >= 12 and not line_is_titleish(ln)):
            return i
        if 2 <= ln.words <= 4 and _bare_author_line(page, i):
            i += 1
            continue
        nxt = _next_content(page, i)
        if (
            ln.words <= 6
            and nxt is not None
            and page.kinds[nxt] in _FIELD_KINDS
            and _is_field_above(page, i)
            and not find_dateline(ln.norm)  # (a wire lede's 电头 line over its reporters: text)
        ):
            # a short line stacked between the stamp and the byline ('NEWSPAPER SECTION: News'): furniture
            page.set(i, K.OTHER, "between-header-fields")
            i += 1
            continue
        if (
            page.titled(i)
            and ln.words <= 8
            and nxt is not None
            and line_is_prose(lines[nxt])
            and page.free(nxt)
        ):
            return i  # the body opens with a subheading
        prose_later = any(page.free(k) and line_is_prose(lines[k]) for k in range(i + 1, min(n, i + 40)))
        if page.titled(i) and (4 <= ln.words <= 20 or ln.cjk > 0) and nxt is not None and prose_later:
            page.set(i, K.RELATED, "header-link")
            i += 1
            continue
        return i
    return n


def _bare_author_line(page: _Page, i: int) -> bool:
    """A person's name alone on a line right under the headline or its standfirst, on a page with no byline
    ('Aarati Shrestha' under Nepali Times' standfirst, over the lead picture): the byline. Label it so and
    say True; else False."""
    ln = page.lines[i]
    if ln.digits or ln.ends_sentence:
        return False
    above = i - 1
    while above >= 0 and page.kinds[above] in _BUTTON_KINDS:
        above -= 1
    if above < 0 or (above != page.headline and above != page.summary):
        return False
    if i + 1 < len(page.lines) and page.free(i + 1) and page.lines[i + 1].words <= 4:
        return False  # (a short line under it: one of a block, a list's items, another name)
    if any(page.kinds[k] is K.BYLINE for k in page.bylines) or ln.norm.casefold() in DATELINE_CITIES:
        return False  # (a place under the title, 'Hong Kong', reads as a name too)
    m = match_end_byline(ln.norm, None)
    if m is None or not m.authors or m.roles or len(m.authors) != 1:
        return False
    page.bylines[i] = attrs.evolve(m, reason="name-under-title")
    page.set(i, K.BYLINE, "name-under-title")
    return True


def _is_field_above(page: _Page, i: int) -> bool:
    """The nearest line above line ``i`` that is no button or counter is a header field (a stamp, a
    byline)."""
    kinds = page.kinds
    for k in range(i - 1, max(-1, i - 4), -1):
        if kinds[k] not in _BUTTON_KINDS:
            return kinds[k] in _FIELD_KINDS
    return False


def _alt_text_of_next(page: _Page, i: int) -> bool:
    """An image's alt text: the caption on the next line starts with the same words."""
    if i + 1 >= len(page.lines) or page.kinds[i + 1] is not K.CAPTION:
        return False
    this, nxt = title_key(page.lines[i].norm), title_key(page.lines[i + 1].norm)
    return len(this) >= 20 and nxt.startswith(this)


def _credited_by_next(page: _Page, i: int) -> bool:
    """A picture's caption: a short text whose next line is a bare photo credit ('Credit: AP Photo/X')."""
    ln = page.lines[i]
    nxt = i + 1
    return (
        nxt < len(page.lines)
        and page.reasons[nxt] == "photo-credit"
        and (ln.words <= 25 or (ln.words <= 45 and ends_with_date(ln.norm)))  # (long: "…, on March 9, 2024.")
        and line_sentences(ln) <= 2
        and (
            page.lines[nxt].blank_before == 0
            or page.spaced_out()  # (every line apart: the gap says nothing)
            or not ln.ends_sentence
            or ends_with_date(ln.norm)
            or (ln.words <= 25 and _ENDS_ON_DATE.search(ln.norm[-40:]) is not None)
        )
    )


# How a caption often closes: "… in Yanjing on March 10, 2024." (no comma before the date)
_ENDS_ON_DATE: Final = re.compile(
    r"\son (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\.?$"
)


# Letters only Vietnamese writes (in lower case): a line holding one is in Vietnamese.
_VIETNAMESE_LETTERS: Final = re.compile("[ăđơư]")


def _is_summary(page: _Page, i: int) -> bool:
    lines = page.lines
    ln = lines[i]
    if page.headline == i - 1 and ln.cjk and ln.norm[:2] == "——":
        return True  # a Chinese title's subtitle (副题), '——' under it: '——浙江安吉县推进竹产业转型升级调查'
    if page.headline is None or ln.words < 5 or ln.words > 80:
        return False
    if find_dateline(ln.norm) or _credited_by_next(page, i):
        return False  # a lede; a picture's caption over its credit line
    if " / " in ln.norm and _PHOTO_CREDIT_TAIL.search(ln.norm, max(0, len(ln.norm) - 80)) is not None:
        page.set(i, K.CAPTION, "caption-credit-tail")  # 'Road works in Tatarstan. Yegor Aleyev / TASS'
        return False
    if ends_with_picture_tag(ln.norm):
        page.set(i, K.CAPTION, "caption-file-tag")  # the lead picture's: '... the right to sleep. (File)'
        return False
    if (
        ln.words <= 12
        and not ln.ends_sentence
        and len(ln.norm) != ln.end - ln.start
        and _WIDE_GAP.search(page.text, ln.start, ln.end) is not None
    ):
        return False  # buttons kept apart by wide gaps ('Print  E-mail  Bookmark and Share'): no standfirst
    if not any(page.free(j) and line_is_prose(lines[j]) for j in range(i + 1, min(len(lines), i + 40))):
        return False
    _, tagged = strip_outlet_tag(ln.norm)
    if tagged:
        return True
    nxt = i + 1 if i + 1 < len(lines) else None
    # (past the lead picture's caption, maybe not labelled yet: a long line that is no sentence)
    after = next(
        (
            k
            for k in range(i + 1, min(len(lines), i + 6))
            if page.kinds[k] is not K.CAPTION
            and not (
                page.free(k)
                and lines[k].words >= 6
                and not lines[k].ends_sentence
                and not line_is_prose(lines[k])
            )
        ),
        None,
    )
    if (
        after is not None
        and page.free(after)
        and find_dateline(lines[after].norm)
        and line_sentences(ln) <= 3
    ):
        return True  # an abstract above the datelined lede
    if nxt is not None and _is_field(page, nxt) and line_sentences(ln) <= 3 and ln.words <= 60:
        return True  # a standfirst printed above the byline or the stamp
    right_under_title = page.headline is not None and not any(
        _is_field(page, k) for k in range(page.headline + 1, i)
    )
    if (
        right_under_title
        and nxt is not None
        and page.kinds[nxt] in _FURNITURE_FOR_SUMMARY
        and line_sentences(ln) <= 2
        and ln.words <= 60
    ):
        return True  # right under the title, set apart from the body by a picture or links
    if (
        nxt is not None
        and page.kinds[nxt] is K.CAPTION
        and _is_field_above(page, i)
        and line_sentences(ln) <= 2
        and ln.words <= 60
        and page.tz is None  # (a Vietnamese outlet's parser knows its own sapo: see sources.vietnam)
        and _VIETNAMESE_LETTERS.search(ln.norm) is not None
        and any(page.free(k) and line_is_prose(lines[k]) for k in range(nxt + 1, min(len(lines), nxt + 4)))
    ):
        # a Vietnamese paper's sapo (its lead, set in bold: every Vietnamese outlet prints one) under the
        # byline or the stamp, set apart from the text by the lead picture
        return True
    if (
        nxt is not None
        and _is_field(page, i - 1)
        and page.kinds[nxt] in _TOOLS_UNDER_DECK
        and nxt + 1 < len(lines)
        and page.kinds[nxt + 1] in _TOOLS_UNDER_DECK
        and line_sentences(ln) == 1
        and ln.words <= 40
    ):
        return True  # one sentence under the byline, set apart from the text by two tool lines
    return bool(
        line_is_titleish(ln)
        and not ln.ends_sentence
        and 5 <= ln.words <= 40
        and not ln.norm.endswith((":", ";", ","))
        and line_letter_ratio(ln) > 0.7
    )


# ---------------------------------------------------------------- step 4: body, pull quotes, tail


# A caption's closing credit: a sentence, then the photographer's name, a slash and the agency ('… in
# Tatarstan. Yegor Aleyev / TASS', '… of Kazan. Alexander Avilov / Moskva News Agency').
_PHOTO_CREDIT_TAIL: Final = re.compile(
    r"[.!?] [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2} / [A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){0,3}$"
)


def _announced_title(above: str, norm: str) -> bool:
    """``above`` quotes all of ``norm`` as a title: the heading of the text that paragraph announces."""
    return any(f"{start}{norm}{end}" in above for start, end in _QUOTE_PAIRS)


_QUOTE_PAIRS: Final = (('"', '"'), ("“", "”"), ("‘", "’"), ("《", "》"))


def _body_and_tail(page: _Page, body_start: int) -> None:
    lines = page.lines
    n = len(lines)
    tail_start = _tail_start(page, body_start)
    body_ids = [i for i in range(body_start, tail_start) if page.free(i)]
    # Pull quotes: lines that repeat most of another body line.
    texts = [lines[i].norm for i in body_ids]
    # Only a line that leaves a sentence open, is quoted or has an attribution-shaped line under it can
    # end as a pull quote (see the test below): the others are not asked about.
    maybe = [
        k
        for k, i in enumerate(body_ids)
        if not lines[i].ends_sentence
        or _quoted(lines[i].norm)
        or (i + 1 < n and _is_attribution(lines[i + 1]))
    ]
    for k in sorted(highlights(texts, only=maybe)):
        i = body_ids[k]
        if lines[i].ends_sentence and not _attribution_follows(page, i) and not _quoted(lines[i].norm):
            continue  # a full sentence said twice, set apart by nothing: both stay text (FIELDS)
        if lines[i].words <= 7 and _quoted(lines[i].norm) and not _attribution_follows(page, i):
            continue  # a few quoted words heading a section ('We need to see the milk cheque'): a subheading
        if (
            k > 0
            and line_is_titleish(lines[i])
            and _announced_title(lines[body_ids[k - 1]].norm, lines[i].norm)
        ):
            continue  # the title the paragraph above quotes ('a signed article entitled "X"'): X heads it
        page.set(i, K.PULL_QUOTE, "repeats-body-line")
    kinds, reasons = page.kinds, page.reasons
    # times alone on their lines ("11:42 AM"), two or more: a live page's entries (one alone may be a stray)
    bare_times = {
        i
        for i in body_ids
        if kinds[i] is None and lines[i].words <= 2 and _BARE_TIME.fullmatch(lines[i].norm)
    }
    # (a 24-hour time alone reads as a counter to the line rules: in the text, among others, an entry's)
    counted = [
        i
        for i in range(body_start, tail_start)
        if reasons[i] == "counter" and lines[i].words <= 2 and _BARE_TIME.fullmatch(lines[i].norm)
    ]
    if counted and len(bare_times) + len(counted) >= 2:
        for i in counted:
            page.set(i, K.SUBHEADING, "entry-stamp")
    authors: set[str] | None = None  # the authors the bylines name, once asked for
    for idx, i in enumerate(body_ids):
        if kinds[i] is not None:
            continue
        ln = lines[i]
        norm = ln.norm
        prev = i - 1 if i > 0 else None
        # (a box heading needs a list line or its heading just above; a credit line, the photo credit below)
        box = _box_heading(page, i) if prev is not None and kinds[prev] in _LIST_KINDS else None
        if box is not None and not _is_paragraph_shape(ln):
            page.set(i, box, "list-in-text")  # an item of a box set in the article ("Related: ...")
            continue
        if (
            prev is not None
            and reasons[prev] == "phrase-related"
            and not ln.ends_sentence
            and ln.words <= 20
            and page.titled(i)
        ):
            page.set(i, K.RELATED, "title-under-label")  # 'READ MORE' over one story's title, in the text
            continue
        if (
            prev is not None
            and reasons[prev] == "repeats-body-line"
            and (
                _is_attribution(ln) or ((ln.blank_before == 0 or page.spaced_out()) and _name_signs_quote(ln))
            )
            and not (prev > 0 and reasons[prev - 1] == "repeats-body-line" and _is_attribution(lines[prev]))
        ):  # (not under a quote's attribution: the quote has one, this line heads what follows)
            page.set(i, K.PULL_QUOTE, "pull-quote-attribution")
            continue
        if prev is not None and reasons[prev] == "headline-copy-image-title" and not line_is_prose(ln):
            page.set(i, K.CAPTION, "caption-after-image-title")
            continue
        if i + 1 < n and reasons[i + 1] == "photo-credit" and _credited_by_next(page, i):
            page.set(i, K.CAPTION, "caption-above-credit")
            continue
        if (norm[:1].isdigit() and _ENTRY_STAMP.fullmatch(norm)) or (
            i in bare_times and len(bare_times) >= 2
        ):
            page.set(i, K.SUBHEADING, "entry-stamp")  # a live page's time stamp heading an entry
            continue
        # (such a line ends with a year, maybe and a full stop: test that before the regex)
        if (
            (norm[-1:].isdigit() or norm[-2:-1].isdigit())
            and ends_with_date(norm)
            and (not ln.norm.endswith(".") or (prev is not None and page.kinds[prev] is K.CAPTION))
        ):
            page.set(i, K.CAPTION, "caption-ends-with-date")
            continue
        if line_is_prose(ln) or norm.endswith(("?", "？")) or (ln.ends_sentence and not page.titled(i)):
            if ln.words <= 8 and norm[-1:] == "?" and not line_is_prose(ln) and _question_heading(page, i):
                page.set(i, K.SUBHEADING, "question-heading")  # 'What happens next?' over the answer
                continue
            page.set(i, K.PARAGRAPH, "prose")
            continue
        if ln.words <= 16 and honorific_start(ln.norm):
            page.set(i, K.CAPTION, "caption-shape")
            continue
        if "@" in norm and _EMAIL_ONLY.fullmatch(norm):
            page.set(i, K.BYLINE, "author-email")  # the author's address signs off the text
            continue
        is_last = idx == len(body_ids) - 1 and tail_start == n
        if is_last and _looks_cut(ln):
            page.set(i, K.PARAGRAPH, "cut-off-paragraph")
            continue
        if page.titled(i) and ln.words <= 14 and "@" not in norm and not _bracketed(norm):
            # (a line with an address is no heading, nor a note in brackets: "（作者为…研究员）")
            if idx == 0 and ln.words <= 5 and find_dateline(norm) == norm:
                page.set(i, K.PARAGRAPH, "dateline-line")  # the place opening the text on a line of its own
                continue
            if page.bylines and ln.words <= 5:  # an author box after the text names an author again
                if authors is None:
                    authors = {
                        name for k, m in page.bylines.items() if kinds[k] is K.BYLINE for name in m.authors
                    }
                if norm in authors and _author_box(page, i, body_start, authors):
                    continue
            page.set(i, K.SUBHEADING, "short-title-in-body")
            continue
        if ln.words == 1 and idx > 0 and _caps_word_heading(page, i):
            page.set(i, K.SUBHEADING, "caps-word-heading")  # 'ORIGINS' over a section of a backgrounder
            continue
        page.set(i, K.PARAGRAPH, "text-in-body")
    _agency_tagged_close(page, body_start)
    _label_tail(page, tail_start)


def _caps_word_heading(page: _Page, i: int) -> bool:
    """One word in capitals (four letters or more), set apart, between two paragraphs of running text: a
    section heading ('ORIGINS', 'MEMBERSHIP' in a Xinhua backgrounder), as a title-shaped line is."""
    lines = page.lines
    ln = lines[i]
    norm = ln.norm
    if len(norm) < 4 or not norm.isalpha() or not norm.isupper() or i + 1 >= len(lines):
        return False
    if not (ln.blank_before or page.spaced_out()) or not page.free(i + 1) or not line_is_prose(lines[i + 1]):
        return False
    return page.kinds[i - 1] is K.PARAGRAPH and line_is_prose(lines[i - 1])


def _question_heading(page: _Page, i: int) -> bool:
    """A short question heading the paragraphs that answer it (an explainer's 'Why are the islands at
    risk?'): set apart from the text above, over a paragraph, no speaker's label ('Q:', 'RFI:') and not put
    to someone (an interview's 'Where do you see …?' is text)."""
    lines = page.lines
    ln = lines[i]
    if ln.cjk or ":" in ln.norm or i + 1 >= len(lines) or not page.free(i + 1):
        return False
    nxt = lines[i + 1]
    if not line_is_prose(nxt) or not (ln.blank_before or page.spaced_out()):
        return False
    return _ADDRESSED.isdisjoint(ln.norm.lower().rstrip("?").split())


# Words that put a question to someone: an interviewer's question, not a heading.
_ADDRESSED: Final = frozenset(
    (
        *("you", "your", "yours", "you're", "you've"),
        *("sie", "ihr", "ihre", "ihnen", "vous", "votre", "vos", "usted"),
    )
)


def _author_box(page: _Page, i: int, body_start: int, names: set[str]) -> bool:
    """Line ``i`` (a short line in the text) names one of the byline's authors (``names``) again, with a bio
    under it ('Jane Doe' / 'Jane Doe is a research fellow at …'): the author box after the text, maybe under
    labels ('Authors', 'Guest Author'), one block for each author. Its lines are the byline printed again
    (FIELDS: bylines at the end): label them so and say True; else False."""
    kinds, lines = page.kinds, page.lines
    norm = lines[i].norm
    if norm not in names or not _bio_of(page, i + 1, norm) or page.prose_before(i) < 2:
        return False
    start = i  # the labels above it (the loop over the text has labelled them already)
    while start > body_start and kinds[start - 1] in _LABELLED_AS_TEXT and _box_label(lines[start - 1]):
        start -= 1
    for k in range(start, len(lines)):
        text = lines[k].norm
        if not (k < i or page.free(k)) or not (
            text in names or _box_label(lines[k]) or any(_bio_of(page, k, name) for name in names)
        ):
            break
        page.set(k, K.BYLINE, "author-box")
    return True


_LABELLED_AS_TEXT: Final = frozenset({K.PARAGRAPH, K.SUBHEADING})


def _bio_of(page: _Page, i: int, name: str) -> bool:
    """Line ``i`` is a bio of ``name``: a sentence about them that opens with their name ('Jane Doe is …')."""
    ln = page.lines[i]
    return (
        page.free(i)
        and ln.ends_sentence
        and ln.norm.startswith(name)
        and ln.norm[len(name) : len(name) + 1] in " ,"
    )


def _box_label(ln: Line) -> bool:
    """A label of an author box ('Authors', 'Guest Author', 'About the author'): a few words, no sentence."""
    return ln.words <= 3 and not ln.ends_sentence and not ln.digits


def _agency_tagged_close(page: _Page, body_start: int) -> None:
    """A wire story's last paragraph ending in its agency's tag ('... next month. (Yonhap)') is text; the
    same tag closes a picture's caption, which the furniture rules took it for (reason caption-agency)."""
    kinds, reasons, lines = page.kinds, page.reasons, page.lines
    last = next((i for i in range(len(kinds) - 1, body_start - 1, -1) if kinds[i] is K.PARAGRAPH), None)
    if last is None:
        return
    nxt = last + 1
    if nxt < len(lines) and reasons[nxt] == "caption-agency" and lines[nxt].words >= 8:
        page.set(nxt, K.PARAGRAPH, "text-with-agency-tag")


_EMAIL_ONLY: Final = re.compile(
    r"\(?(?:e-?mail:?\s*)?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\)?", re.I
)


_ENTRY_STAMP: Final = re.compile(
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|BST|CET|EST|EDT|ET|ICT|JST|HKT|SGT)(?:[+-]\d{1,2})?",
    re.I,
)


def _bracketed(norm: str) -> bool:
    """The whole line is in round brackets: '(The author is ...)', '（作者为…）'."""
    return norm[:1] in "(（" and norm[-1:] in ")）"


_BARE_TIME: Final = re.compile(r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\.\d{2}\s*[ap]\.?m\.?", re.I)

_LIST_KINDS: Final = (K.RELATED, K.NAVIGATION)


def _box_heading(page: _Page, i: int) -> SegmentKind | None:
    """The kind of the list heading this line sits under (items back to back, right after it)."""
    k = i - 1
    while k >= 0 and page.kinds[k] in (K.RELATED, K.NAVIGATION) and page.reasons[k] == "list-in-text":
        k -= 1
    if k < 0 or page.lines[k + 1].blank_before > 1:
        return None
    kind = page.kinds[k]
    if kind in (K.RELATED, K.NAVIGATION) and is_list_heading(page.lines[k].norm):
        return kind
    return None


def _is_attribution(ln: Line) -> bool:
    """'Wang Yi, Chinese Foreign Minister', 'Ambassador Dashdorj Batbayar': a short name-and-role line, or
    a title and a name, under a pull quote."""
    if ln.words > 12 or ln.ends_sentence:
        return False
    return "," in ln.norm or (ln.words <= 5 and honorific_start(ln.norm))


def _name_signs_quote(ln: Line) -> bool:
    """A short line (stacked right under a pull quote) that ends with a person's name, maybe after a title in
    any language ('Đại sứ Trần Hoài Nam', Ambassador Tran Hoai Nam): the quote's attribution."""
    if not 2 <= ln.words <= 6 or ln.ends_sentence or ln.digits:
        return False
    tokens = ln.norm.split(" ")
    return any(looks_like_person_name(" ".join(tokens[-k:])) for k in (3, 2) if k <= len(tokens))


def _attribution_follows(page: _Page, i: int) -> bool:
    return i + 1 < len(page.lines) and page.free(i + 1) and _is_attribution(page.lines[i + 1])


def _quoted(norm: str) -> bool:
    return norm[:1] in "\"“‘'" and norm.rstrip()[-1:] in "\"”’'"


def _looks_cut(ln: Line) -> bool:
    words = ln.norm.lower().split()
    return len(words) < 3 or words[-1] in _STOP or (len(words) >= 2 and words[-2] in _STOP)


def _prev_line(page: _Page, i: int) -> int | None:
    return i - 1 if i > 0 else None


def _opens_widget(page: _Page, i: int) -> bool:
    """A 'Most Read' / 'Related Stories' heading, or the heading of the comments."""
    kind = page.kinds[i]
    if kind in (K.NAVIGATION, K.RELATED):
        return is_list_heading(page.lines[i].norm)
    return kind is K.COMMENTS and page.reasons[i] in ("phrase-comments", "comments-phrase")


_LIST_MARK: Final = re.compile(r"(?:\d{1,2}[.)]|[-•·▪*])\s")


def _is_paragraph_shape(ln: Line) -> bool:
    """Running text, not a list item: a sentence of 15 words or more without a list mark."""
    return line_is_prose(ln) and ln.words >= 15 and not _LIST_MARK.match(ln.norm)


def _text_goes_on(page: _Page, i: int, limit: int) -> bool:
    """Two full paragraphs after a list heading: the box sits inside the article, which goes on."""
    found = 0
    for k in range(i + 1, min(limit, i + 40)):
        if page.free(k) and _is_paragraph_shape(page.lines[k]):
            found += 1
            if found >= 2:
                return True
    return False


def _prose_goes_on(page: _Page, i: int, limit: int) -> bool:
    """Two unlabelled lines of running text (in any script) among the 40 after line ``i``: the text goes
    on."""
    found = 0
    lines, kinds = page.lines, page.kinds
    for k in range(i + 1, min(limit, i + 40)):
        if kinds[k] is None and line_is_prose(lines[k]):
            found += 1
            if found >= 2:
                return True
    return False


def _tail_start(page: _Page, body_start: int) -> int:
    """Where the article's text ends: after the last body line before teaser blocks and widgets."""
    lines = page.lines
    n = len(lines)
    # A title printed twice in a row opens a teaser block: the tail starts there at the latest.
    limit = n
    for i in range(body_start, n - 1):
        if page.kinds[i] is None and page.kinds[i + 1] is None and page.titled(i) and page.same(i, i + 1):
            limit = i
            break
    # So does the heading of a list widget or of the comments, once some text has come, and the credits
    # that close the text (the editors', the copyright: '责任编辑：A', '校对：B').
    seen_text = False
    kinds = page.kinds
    credit = K.CREDIT
    for i in range(body_start, limit):
        if kinds[i] is None and line_is_prose(lines[i]):
            seen_text = True
        elif seen_text and (
            (kinds[i] is credit and not _prose_goes_on(page, i, limit))
            or (_opens_widget(page, i) and (kinds[i] is K.COMMENTS or not _text_goes_on(page, i, limit)))
        ):
            limit = i
            break
    last = None
    for i in range(body_start, limit):
        if page.free(i) and (
            line_is_prose(lines[i]) or lines[i].ends_sentence or lines[i].norm.endswith("?")
        ):
            last = i
    if last is None:
        # No prose: a photo or video page; any free lines right after the header count.
        last = body_start - 1
        for i in range(body_start, limit):
            if page.free(i) and lines[i].words >= 5:
                last = i
                break
    end = last + 1
    # A page cut off by the scraper: the line after the last sentence carries on the body.
    if end < limit and page.free(end):
        ln = lines[end]
        role = lines[end + 1].norm if end + 1 < n and page.free(end + 1) else None
        if ln.words <= 4 and (
            match_end_byline(ln.norm, role) is not None
            or (role is not None and match_end_byline(ln.norm, None) is not None)  # (tags may follow)
        ):
            return end  # a byline after the text, not the text going on
        if (_looks_cut(ln) and not _heads_a_row(page, end)) or ln.words >= 15:
            end += 1
        elif page.titled(end) and ln.words <= 14 and end + 1 == n and not honorific_start(ln.norm):
            end += 1  # the page was cut right after a subheading
    return end


def _heads_a_row(page: _Page, i: int) -> bool:
    """Line ``i`` is a short title-shaped label ('Related Tags') over a row whose items the scraper kept apart
    with wide gaps ('Hokkaido  Bears  Depopulation'): a widget's heading, not the text going on."""
    lines = page.lines
    if i + 1 >= len(lines) or lines[i].words > 3 or not page.titled(i):
        return False
    row = lines[i + 1]
    gap = len(row.norm) != row.end - row.start and _WIDE_GAP.search(page.text, row.start, row.end)
    return bool(gap)


def _end_byline_at(page: _Page, i: int, *, pair: bool = True) -> None:
    """Label an end-of-article byline starting at line i: 'Name' + 'Role', 'Name', or 'Name / Outlet'."""
    lines = page.lines
    ln = lines[i]
    if ln.words > 8:
        return
    if len(ln.norm) != ln.end - ln.start and _WIDE_GAP.search(page.text, ln.start, ln.end):
        return  # words kept apart by wide gaps ('Hokkaido  Bears  Depopulation'): a row of tags, no name
    nxt = (
        i + 1 if pair and i + 1 < len(lines) and page.free(i + 1) and lines[i + 1].blank_before == 0 else None
    )
    m = match_end_byline(ln.norm, lines[nxt].norm) if nxt is not None else None
    if m is not None and m.roles and nxt is not None:
        page.bylines[i] = m
        page.set(i, K.BYLINE, m.reason)
        page.set(nxt, K.BYLINE, m.reason)
        return
    name, sep, outlet = ln.norm.partition(" / ")
    if sep and is_outlet(outlet):
        m = match_end_byline(name, None)
        if m is not None:
            page.bylines[i] = attrs.evolve(m, byline=ln.norm, credit=outlet, reason="end-byline-outlet")
            page.set(i, K.BYLINE, "end-byline-outlet")
            return
    m = match_end_byline(ln.norm, None)
    if m is not None and ln.words <= 4:
        page.bylines[i] = m
        page.set(i, K.BYLINE, m.reason)


def _label_tail(page: _Page, tail_start: int) -> None:
    lines = page.lines
    n = len(lines)
    # A byline printed after the body: a name line (then a role line), right after the text or at the end.
    # (only before a list or comments widget: a commenter's name is not the author)
    stop = next((i for i in range(tail_start, n) if _opens_widget(page, i)), n)
    free_tail = [i for i in range(tail_start, stop) if page.free(i)]
    if free_tail:
        for first in dict.fromkeys((free_tail[0], free_tail[-2] if len(free_tail) >= 2 else free_tail[0])):
            if page.free(first):
                _end_byline_at(page, first)
        if page.free(free_tail[-1]):
            _end_byline_at(page, free_tail[-1], pair=False)
    if K.CREDIT in page.kinds[-4:]:
        _publisher_block(page, tail_start)
    group: SegmentKind | None = None
    headed = False  # the group comes from a heading (not from a repeated title)
    for i in range(tail_start, n):
        ln = lines[i]
        kind = page.kinds[i]
        if kind is not None:
            if (kind in (K.NAVIGATION, K.RELATED) and page.reasons[i].startswith("phrase")) or (
                kind is K.COMMENTS and _opens_widget(page, i)
            ):
                group = kind
                headed = True
            elif headed and group is not None and kind in (K.BYLINE, K.DATE):
                page.set(i, group, "list-item-meta")  # a teaser's byline or time, not this article's
            continue
        if group in (K.NAVIGATION, K.RELATED) and _is_paragraph_shape(ln) and _text_goes_on(page, i - 1, n):
            group = None  # the list is over: text again
            headed = False
        if ln.words <= 40 and _is_footer_credit(ln.norm[:MAX_RULE_CHARS]):
            page.set(i, K.CREDIT, "imprint-in-footer")  # 'The Daily - Governing body: ...': the publisher's
            continue  # (even under a list heading: the footer below a list widget)
        if i + 1 < n and page.free(i + 1) and page.same(i, i + 1):
            page.set(i, K.RELATED, "teaser-title")
            page.set(i + 1, K.RELATED, "teaser-title")
            group = K.RELATED
            continue
        if group is not None:
            page.set(i, group, "list-under-heading")
            continue
        if honorific_start(ln.norm) or ends_with_date(ln.norm):
            page.set(i, K.CAPTION, "caption-shape")
            continue
        if (
            i == tail_start
            and 4 <= ln.words <= 14
            and not ln.ends_sentence
            and not (i + 1 < n and page.free(i + 1) and lines[i + 1].words <= 20)
        ):
            page.set(i, K.CAPTION, "picture-line-after-text")  # one describing line under the last paragraph
            continue
        prev = i - 1
        if prev >= tail_start and page.kinds[prev] is K.RELATED:
            page.set(i, K.RELATED, "teaser")
            continue
        if line_is_prose(ln):
            page.set(i, K.RELATED, "teaser-after-body")
            continue
        page.set(i, K.NAVIGATION, "list-after-body")


def _publisher_block(page: _Page, tail_start: int) -> None:
    """The publisher's name over the copyright line that names it again, with its address between ('Post Media
    Co Ltd' / 'The Elements Condominium, Level 7, …' / 'Copyright © 2025 Post Media Co Ltd. …'): the imprint,
    credit lines like the copyright's."""
    lines, kinds = page.lines, page.kinds
    for c in range(max(tail_start + 1, len(lines) - 4), len(lines)):  # (the copyright closes the page)
        if kinds[c] is not K.CREDIT or "©" not in lines[c].norm:
            continue
        for j in range(c - 1, max(tail_start, c - 4) - 1, -1):
            # (the name may be a credit line already: 'X Media Co Ltd' reads as an imprint on its own)
            if not (page.free(j) or kinds[j] is K.CREDIT) or lines[j].words > 30:
                break
            name = lines[j].norm
            if lines[j].words >= 2 and not lines[j].ends_sentence and name in lines[c].norm:
                for k in range(j, c):
                    if page.free(k):
                        page.set(k, K.CREDIT, "imprint-above-copyright")
                break
        return


# A publisher's imprint or copyright inside a footer line (at its start, and an imprint phrase such as
# "online newspaper of" anywhere, the furniture rules have it already: kinds.phrases).
_FOOTER_CREDIT: Final = re.compile(
    r"\b(?:governing body|editor-in-chief|editorial office|head office|hotline|registration no\.?)\s*:"
    r"|\bpress licen[cs]e no\b"
    r"|©|\(c\)\s*\d{4}|\bcopyright\s*(?:©|\(c\)|\d{4})|\ball rights reserved\b",
    re.I,
)


def _is_footer_credit(short: str) -> bool:
    """_FOOTER_CREDIT.search(short), with a literal test first: a case-blind regex without a fixed opening
    tries every alternative at every position (some 100,000 machine instructions on a long line).

    Every match holds ":", "©" or "(", or, in lower case, "cen" (licence), "copyr" or "all r" (letters that
    have no other case-blind match than their capital).

    >>> _is_footer_credit("Copyright 2024 The Daily"), _is_footer_credit("More stories from the region")
    (True, False)
    """
    if ":" not in short and "©" not in short and "(" not in short:
        low = short.lower()
        if "cen" not in low and "copyr" not in low and "all r" not in low:
            return False
    return _FOOTER_CREDIT.search(short) is not None


# ---------------------------------------------------------------- step 5: fields


def _build(page: _Page, rest: Sequence[Line] = ()) -> Article:
    lines = page.lines
    data = page.text
    other = K.OTHER
    kinds = [kind or other for kind in page.kinds]
    reasons = [reason or "unclassified" for reason in page.reasons]
    offsets: list[int] = []
    norms: list[str | None] = []  # most are the very slices the segments hold: the kernel shares them
    for ln in lines:
        offsets += (ln.start, ln.end)
        norms.append(ln.norm)
    if rest:  # the lines past MAX_PAGE_LINES (see parse_lines)
        kinds += [K.PARAGRAPH] * len(rest)
        reasons += ["beyond-line-limit"] * len(rest)
        for ln in rest:
            offsets += (ln.start, ln.end)
            norms.append(ln.norm)
    segs = build_segments(data, kinds, offsets, reasons, norms)
    headline = None
    if page.headline is not None:
        title = lines[page.headline]
        headline = _shown_title(data, title) if title.cjk else title.norm
    summary = None
    if page.summary is not None:
        summary, _ = strip_outlet_tag(lines[page.summary].norm)
    # Bylines: the one naming authors wins, else the first; credit and people from all of them.
    matches = [page.bylines[i] for i in sorted(page.bylines) if page.kinds[i] is K.BYLINE]
    byline = None
    credit = None
    seen_authors: dict[str, None] = {}
    seen_roles: dict[str, None] = {}
    for m in matches:
        seen_authors.update(dict.fromkeys(m.authors))
        seen_roles.update(dict.fromkeys(m.roles))
        if credit is None and m.credit:
            credit = m.credit
    named = [m for m in matches if m.authors]
    chosen = named[0] if named else (matches[0] if matches else None)
    if chosen is not None:
        byline = chosen.byline
    editors = list(page.editors)
    published: dt.datetime | dt.date | None = None
    updated: dt.datetime | dt.date | None = None
    body = [i for i, k in enumerate(page.kinds) if k is K.PARAGRAPH]
    first_text = body[0] if body else len(lines)
    for i in sorted(page.dates):
        # a stamp below the text (a footer's, a teaser's) is not this article's; one above the first paragraph
        # is, whatever prose stands over it (a headline that is a question, a standfirst)
        if page.kinds[i] not in (K.DATE, K.BYLINE) or (
            i > first_text and _is_end_credit(page, i) and i not in page.bylines
        ):
            continue
        for d in page.dates[i]:
            if d.label == "updated":
                if updated is None:
                    updated = d.value
                    if d.order_assumed:
                        _warn_order_assumed(page, i, d)
            elif published is None:
                published = d.value
                if d.order_assumed:
                    _warn_order_assumed(page, i, d)
    if published is None and body:
        published = _published_after_text(page, body[-1])
    if page.tz is None and (_naive(published) or _naive(updated)):
        home = _site_zone(page)
        if home is not None:
            # the site's own name in the page header names an outlet that publishes from one zone (a Beijing
            # or a Vietnamese outlet: FIELDS), though no source parser took the page
            published, updated = _at_zone(published, home), _at_zone(updated, home)
        elif _chinese_text(lines, body):
            # a page in Chinese whose source is unknown: its stamps are China's time (or Taiwan's, Hong
            # Kong's, Singapore's: UTC+8 all), as the Beijing outlets' are
            published, updated = _at_utc8(published), _at_utc8(updated)
    # the lede: the first paragraph, or the first of running text when a stray word opens the body ('NEWS')
    lede = first_text
    dateline = find_dateline(lines[lede].norm) if body else None
    # (or a line that is no sentence, a picture's caption the furniture rules did not know: 'An electric bus
    # picks up passengers … VNA/VNS Photo Tuấn Anh')
    if (
        dateline is None
        and body
        and not lines[lede].cjk
        and (lines[lede].words <= 2 or not (lines[lede].ends_sentence or line_is_prose(lines[lede])))
    ):
        lede = next((i for i in body[:3] if line_is_prose(lines[i])), lede)
        dateline = find_dateline(lines[lede].norm)
    if dateline is not None and not seen_authors:
        # a Chinese wire lede names its reporters after the dateline: 新华社上海3月3日电（记者 A、B）
        seen_authors.update(dict.fromkeys(dateline_reporters(lines[lede].norm)))
    elif not seen_authors and body and lines[lede].norm[:1] == "【":
        # a Chinese paper's lede opens with its reporters in a bracket: 【本报驻德国记者 A 本报记者 B】
        seen_authors.update(dict.fromkeys(bracket_reporters(lines[lede].norm)))
    return trusted_article(
        text=data,
        headline=headline,
        summary=summary,
        byline=byline,
        authors=tuple(seen_authors),
        credit=credit,
        author_roles=tuple(seen_roles),
        editors=tuple(editors),
        published=published,
        updated=updated,
        dateline=dateline,
        source="generic",
        segments=segs,
        warnings=tuple(page.warnings),
    )


def _shown_title(data: str, ln: Line) -> str:
    """The headline as shown, whitespace collapsed: an ideographic space between two Chinese or Japanese
    characters stays (it parts a title's two clauses there, as punctuation would: '持续升温\u3000一季度…')."""
    norm = ln.norm
    if not ln.cjk or data.find("\u3000", ln.start, ln.end) < 0:
        return norm
    if " " not in norm:
        return norm
    raw = INVISIBLE.sub("", data[ln.start : ln.end])
    return _CJK_GAP.sub(_keep_ideographic_space, raw)


# A run of spaces between two CJK characters (group 1: the run).
_CJK_GAP: Final = re.compile(r"(?<=[\u2e80-\u9fff])(\s+)(?=[\u2e80-\u9fff])|\s+")


def _keep_ideographic_space(m: re.Match[str]) -> str:
    gap = m[0]
    return "\u3000" if m[1] is not None and gap == "\u3000" else " "


def _naive(value: dt.datetime | dt.date | None) -> bool:
    return isinstance(value, dt.datetime) and value.tzinfo is None


_UTC8: Final = dt.timezone(dt.timedelta(hours=8), "UTC+08:00")
_KANA: Final = re.compile("[\u3040-\u30ff]")


def _chinese_text(lines: list[Line], body: list[int]) -> bool:
    """The text is in Chinese: its first paragraph of some length (among the first three) has Han characters
    and no Japanese kana (Japanese text always shows some)."""
    first = next((lines[i] for i in body[:3] if lines[i].cjk >= 20), None)
    return first is not None and _KANA.search(first.norm, 0, 400) is None


def _at_utc8(value: dt.datetime | dt.date | None) -> dt.datetime | dt.date | None:
    return value.replace(tzinfo=_UTC8) if isinstance(value, dt.datetime) and value.tzinfo is None else value


def _at_zone(value: dt.datetime | dt.date | None, zone: dt.tzinfo) -> dt.datetime | dt.date | None:
    return value.replace(tzinfo=zone) if isinstance(value, dt.datetime) and value.tzinfo is None else value


_HOME_ZONES: Final = {
    hours: dt.timezone(dt.timedelta(hours=hours), f"UTC+{hours:02d}:00") for hours in (7, 8)
}


def _site_zone(page: _Page) -> dt.tzinfo | None:
    """The home zone of the outlet whose name the page's header shows as its site name (a logo line, reason
    'site-name'), when it has one (lexicon.home_zone_hours), else None."""
    reasons = page.reasons
    for i in range(min(len(reasons), _LOGO_REACH)):
        if reasons[i] == "site-name":
            hours = home_zone_hours(page.lines[i].norm)
            if hours is not None:
                return _HOME_ZONES.get(hours)
    return None


def _warn_order_assumed(page: _Page, i: int, stamp: DateMatch) -> None:
    """A field's date was read day first for want of an order, and month first would give another day."""
    value = stamp.value
    day = value.date() if isinstance(value, dt.datetime) else value
    other = day.replace(month=day.day, day=day.month)  # both are 12 or less: the other order is a date too
    ln = page.lines[i]
    page.warnings.append(
        ParseWarning(
            "date-order-assumed",
            f"numeric date read day first as {day.isoformat()} (month first: {other.isoformat()}); neither "
            f"the source nor the page shows which comes first: {ln.norm[:MAX_RULE_CHARS][:80]!r}",
            Span(ln.start, ln.end),
        )
    )
