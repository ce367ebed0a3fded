"""The document model: plain, immutable values (attrs frozen, slotted classes).

Every span indexes the input string exactly as given: no normalisation ever
shifts an offset, so ``article.text[seg.start:seg.end] == seg.text`` always.
"""

from __future__ import annotations

import copyreg
import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final, cast

import attrs

from ._native import load_kernel

__all__ = [
    "BODY_KINDS",
    "BOILERPLATE_KINDS",
    "FIELD_NAMES",
    "Article",
    "DateValue",
    "ParseWarning",
    "Segment",
    "SegmentKind",
    "Span",
]

#: The article fields of the annotation guide (FIELDS.md), in its order.
FIELD_NAMES = (
    "headline",
    "summary",
    "byline",
    "authors",
    "credit",
    "author_roles",
    "editors",
    "published",
    "updated",
    "dateline",
)

#: A publication or update stamp: an aware or naive datetime, or a bare date.
DateValue = dt.datetime | dt.date


class SegmentKind(str, enum.Enum):
    """What a line of the page is (the kinds of the annotation guide, FIELDS.md).

    Article kinds: ``headline``, ``summary``, ``byline``, ``date`` (the header)
    and ``paragraph``, ``subheading`` (the body). Furniture: ``navigation``,
    ``share``, ``caption``, ``related``, ``pull_quote``, ``promo``,
    ``credit``, ``comments``, ``junk``, ``other``. A ``str`` enum: a kind
    equals its value, and every API that takes a kind takes the value too.

    >>> SegmentKind("pull_quote") is SegmentKind.PULL_QUOTE, SegmentKind.PULL_QUOTE == "pull_quote"
    (True, True)
    >>> SegmentKind.SUBHEADING.is_body, SegmentKind.CAPTION.is_boilerplate, SegmentKind.BYLINE.is_boilerplate
    (True, True, False)
    """

    HEADLINE = "headline"
    SUMMARY = "summary"
    BYLINE = "byline"
    DATE = "date"
    PARAGRAPH = "paragraph"
    SUBHEADING = "subheading"
    NAVIGATION = "navigation"
    SHARE = "share"
    CAPTION = "caption"
    RELATED = "related"
    PULL_QUOTE = "pull_quote"
    PROMO = "promo"
    CREDIT = "credit"
    COMMENTS = "comments"
    JUNK = "junk"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value

    @property
    def is_body(self) -> bool:
        """True for the kinds that make up the article's body text."""
        return self in BODY_KINDS

    @property
    def is_boilerplate(self) -> bool:
        """True for page furniture (everything that is neither header nor body)."""
        return self in BOILERPLATE_KINDS


BODY_KINDS = frozenset({SegmentKind.PARAGRAPH, SegmentKind.SUBHEADING})
HEADER_KINDS = frozenset({SegmentKind.HEADLINE, SegmentKind.SUMMARY, SegmentKind.BYLINE, SegmentKind.DATE})
BOILERPLATE_KINDS = frozenset(SegmentKind) - BODY_KINDS - HEADER_KINDS


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@attrs.frozen(order=True)
class Span:
    """A half-open character range ``[start, end)`` in the input string.

    >>> Span(3, 7).length
    4
    """

    start: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    end: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")

    @property
    def length(self) -> int:
        """Number of characters covered."""
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The covered part of ``text``."""
        return text[self.start : self.end]


def _to_kind(value: SegmentKind | str) -> SegmentKind:
    return value if isinstance(value, SegmentKind) else SegmentKind(value)


@attrs.frozen
class Segment:
    """One labelled piece of the input: a line (or part of the page) and why it got its kind.

    >>> seg = Segment(SegmentKind.PARAGRAPH, Span(0, 5), "Hello", "prose")
    >>> seg.start, seg.end, str(seg.kind)
    (0, 5, 'paragraph')
    """

    kind: SegmentKind = attrs.field(converter=_to_kind)
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    reason: str = attrs.field(validator=attrs.validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        if len(self.text) != self.span.length:
            raise ValueError("segment text must be exactly the spanned input")

    @property
    def start(self) -> int:
        """Offset of the first character in the input."""
        return self.span.start

    @property
    def end(self) -> int:
        """Offset just past the last character in the input."""
        return self.span.end


def trusted_segment(kind: SegmentKind, start: int, end: int, text: str, reason: str) -> Segment:
    """A Segment built without re-running its validators: for the pipeline's hot path only.

    The pipeline's invariants (``text == input[start:end]``, ``0 <= start <= end``)
    are what the validators check; the property tests check them on the
    pipeline's output, so each of the thousands of segments a page makes need
    not pay for them again. The slots are filled through their descriptors
    (what ``object.__setattr__`` would look up by name each time).
    """
    span = _new(Span)
    _set_start(span, start)
    _set_end(span, end)
    seg = _new(Segment)
    _set_kind(seg, kind)
    _set_span(seg, span)
    _set_text(seg, text)
    _set_reason(seg, reason)
    return seg


# The slot descriptors of the two frozen classes: setting through them skips the frozen __setattr__.
_new = object.__new__
_set_start = vars(Span)["start"].__set__
_set_end = vars(Span)["end"].__set__
_set_kind = vars(Segment)["kind"].__set__
_set_span = vars(Segment)["span"].__set__
_set_text = vars(Segment)["text"].__set__
_set_reason = vars(Segment)["reason"].__set__


def build_segments(
    text: str,
    kinds: Sequence[SegmentKind],
    offsets: Sequence[int],
    reasons: Sequence[str],
    shared: Sequence[str | None] | None = None,
) -> tuple[Segment, ...]:
    """Segment ``i``: ``kinds[i]``, the span ``offsets[2i]:offsets[2i+1]`` of ``text``, ``reasons[i]``.

    :func:`trusted_segment` for a whole article at once (the pipeline's segments, and an article's
    on unpickling): in the compiled wheel the C kernel ``newscorpus._speedups.segments()`` builds
    them, several times faster; :func:`_build_segments_pure` is its reference. Offsets out of order
    or out of ``text`` are a ``ValueError`` in both. ``shared`` (a str or None a segment) offers
    strings the caller holds: the kernel uses one that has the very characters of its segment's
    slice as that segment's text (the pipeline offers its lines' normalised texts; no second copy).

    >>> [(s.kind.value, s.text) for s in build_segments("ab cd", [SegmentKind.HEADLINE], [3, 5], ["x"])]
    [('headline', 'cd')]
    """
    if _SEGMENTS_KERNEL is not None:
        return _SEGMENTS_KERNEL(Segment, Span, text, kinds, offsets, reasons, shared)
    if shared is not None and len(shared) != len(kinds):
        raise ValueError("kinds, reasons, shared and offsets (two a segment) differ in length")
    return _build_segments_pure(text, kinds, offsets, reasons)


def _build_segments_pure(
    text: str, kinds: Sequence[SegmentKind], offsets: Sequence[int], reasons: Sequence[str]
) -> tuple[Segment, ...]:
    """What the C kernel ``newscorpus._speedups.segments()`` builds, in Python: the reference."""
    if len(offsets) != 2 * len(kinds) or len(reasons) != len(kinds):
        raise ValueError("kinds, reasons and offsets (two a segment) differ in length")
    size = len(text)
    out = []
    for i, (kind, start, end, reason) in enumerate(
        zip(kinds, offsets[0::2], offsets[1::2], reasons, strict=True)
    ):
        if not 0 <= start <= end <= size:
            raise ValueError(f"segment {i}: offsets {start}, {end} out of order or out of the text")
        out.append(trusted_segment(kind, start, end, text[start:end], reason))
    return tuple(out)


# _build_segments_pure() in C (newscorpus/_speedups.c), or None: the pure loop then runs.
_SEGMENTS_KERNEL: Final[Callable[..., tuple[Segment, ...]] | None] = load_kernel("_speedups", "segments")
# _pack_segments_pure() in C, or None.
_PACK_KERNEL: Final[Callable[..., tuple[tuple[str, ...], tuple[int, ...], tuple[str, ...]] | None] | None] = (
    load_kernel("_speedups", "pack_segments")
)


@attrs.frozen
class ParseWarning:
    """A problem met while parsing, reported instead of raised (feedparser's way).

    ``code`` is short and stable (``"bytes-decoded"``, ``"date-unparsed"``...);
    ``message`` is for people; ``span`` points into the input where it applies.

    >>> from newscorpus import parse
    >>> art = parse("Ferry services resume\\nPublished: 2024-02-30 10:15\\n\\nFerries returned on Friday.")
    >>> [(w.code, w.span) for w in art.warnings], art.published
    ([('date-unparsed', Span(start=22, end=49))], None)
    """

    code: str = attrs.field(validator=attrs.validators.instance_of(str))
    message: str = attrs.field(validator=attrs.validators.instance_of(str))
    span: Span | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError("expected a sequence of strings, not a single string")
    return tuple(value)


def _segments(value: Iterable[Segment]) -> tuple[Segment, ...]:
    return tuple(value)


def _warnings(value: Iterable[ParseWarning]) -> tuple[ParseWarning, ...]:
    return tuple(value)


def _opt_str(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str or None")


def _opt_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, dt.date):
        raise TypeError(f"{attribute.name} must be a date, a datetime or None")


def _plain(value: object) -> object:
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


@attrs.frozen
class Article:
    """The parsed page: fields, every labelled segment, and warnings.

    Fields the page does not show are ``None`` or an empty tuple, never guessed.
    ``text`` is the string every span indexes into (the input, or the text
    rendered from HTML).

    Fields: ``headline``, ``summary``, ``byline``, ``authors``, ``credit``,
    ``author_roles``, ``editors``, ``published`` and ``updated`` (an aware or
    naive ``datetime``, or a ``date``), ``dateline``, ``source`` (the source
    parser's name, ``"generic"`` when none), ``segments`` (every non-blank
    line, labelled) and ``warnings``. Made by :func:`newscorpus.parse` and
    :func:`newscorpus.parse_html`; frozen (``attrs.evolve`` makes a changed copy).

    >>> from newscorpus import parse
    >>> page = "Home | World\\n\\nBig news today\\nBy Jane Doe | Xinhua\\n\\nBEIJING - The story starts here."
    >>> art = parse(page)
    >>> art.headline, art.authors, art.credit, art.dateline
    ('Big news today', ('Jane Doe',), 'Xinhua', 'BEIJING')
    >>> [(seg.kind.value, seg.text) for seg in art.segments]  # doctest: +NORMALIZE_WHITESPACE
    [('navigation', 'Home | World'), ('headline', 'Big news today'), ('byline', 'By Jane Doe | Xinhua'),
     ('paragraph', 'BEIJING - The story starts here.')]
    >>> art.body_text, art.to_dict()["authors"]
    ('BEIJING - The story starts here.', ['Jane Doe'])
    """

    text: str = attrs.field(repr=False, validator=attrs.validators.instance_of(str))
    headline: str | None = attrs.field(default=None, validator=_opt_str)
    summary: str | None = attrs.field(default=None, validator=_opt_str)
    byline: str | None = attrs.field(default=None, validator=_opt_str)
    authors: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    credit: str | None = attrs.field(default=None, validator=_opt_str)
    author_roles: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    editors: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    published: DateValue | None = attrs.field(default=None, validator=_opt_date)
    updated: DateValue | None = attrs.field(default=None, validator=_opt_date)
    dateline: str | None = attrs.field(default=None, validator=_opt_str)
    source: str = attrs.field(default="generic", validator=attrs.validators.instance_of(str))
    segments: tuple[Segment, ...] = attrs.field(default=(), converter=_segments)
    warnings: tuple[ParseWarning, ...] = attrs.field(default=(), converter=_warnings)

    @property
    def body(self) -> tuple[Segment, ...]:
        """The body segments (paragraphs and subheadings) in document order."""
        return tuple(seg for seg in self.segments if seg.kind in BODY_KINDS)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The text of each body segment, whitespace collapsed."""
        return tuple(_collapsed(seg.text) for seg in self.segments if seg.kind in BODY_KINDS)

    @property
    def body_text(self) -> str:
        """The body as plain text: one paragraph (or subheading) per block, blank lines between."""
        return "\n\n".join(self.paragraphs)

    def segments_of(self, kind: SegmentKind | str) -> tuple[Segment, ...]:
        """All segments of one kind, in document order."""
        wanted = _to_kind(kind)
        return tuple(seg for seg in self.segments if seg.kind is wanted)

    def relabel(self, changes: Mapping[int | Span | Segment, SegmentKind | str]) -> Article:
        """Overrule the parser: give segments new kinds and get a consistent article back.

        ``changes`` maps a segment to its new kind. A key is the segment's
        index in :attr:`segments` (an ``int``), the segment itself, or its
        :class:`Span` (handy when corrections come as character offsets:
        ``Span(start, end)``). Body, ``body_text`` and ``paragraphs`` follow;
        fields are left as they were, since the user decides what a
        relabelled header line means. An unknown key is a ``KeyError``.

        >>> from newscorpus import parse
        >>> art = parse("Title here\\n\\nFirst paragraph of the story, long enough to be prose.")
        >>> art.relabel({1: "other"}).body_text
        ''
        >>> art.relabel({art.segments[1].span: "other"}) == art.relabel({1: "other"})
        True
        """
        by_span = {seg.span: i for i, seg in enumerate(self.segments)}
        targets: dict[int, SegmentKind] = {}
        for key, kind in changes.items():
            if isinstance(key, Segment):
                index = by_span.get(key.span)
            elif isinstance(key, Span):
                index = by_span.get(key)
            elif isinstance(key, int) and not isinstance(key, bool) and 0 <= key < len(self.segments):
                index = key
            else:
                index = None
            if index is None:
                raise KeyError(f"no segment {key!r} in this article")
            targets[index] = _to_kind(kind)
        new = tuple(
            attrs.evolve(seg, kind=targets[i], reason="user-relabelled") if i in targets else seg
            for i, seg in enumerate(self.segments)
        )
        return attrs.evolve(self, segments=new)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle compactly: segments as kinds, offsets and reasons, their text sliced again on load.

        Worker processes send every article back to the parent (:func:`newscorpus.parse_many`), so
        this is on the hot path of every parallel run: it halves the pickle and makes both ends
        several times cheaper than pickling each segment object. Kinds are stored by value and
        offsets as plain integers, so a pickle does not depend on the order of :class:`SegmentKind`
        or on the machine. An article whose segments are not slices of its text (one built by hand)
        pickles its segments as they are; a subclass pickles the attrs way, every field of it.
        """
        if type(self) is not Article:
            state = self.__getstate__()  # type: ignore[attr-defined]  # (attrs writes it, slotted classes)
            return copyreg.__newobj__, (type(self),), state  # type: ignore[attr-defined]
        text = self.text
        values = tuple(getattr(self, name) for name in _PICKLED_FIELDS)
        packed = _pack_segments(text, self.segments)
        if packed is not None:
            return _unpickle_article, (_PICKLE_FORMAT, text, values, *packed, self.warnings)
        return _unpickle_article, (_PICKLE_FORMAT, text, values, None, self.segments, None, self.warnings)

    def to_dict(self, *, segments: bool = False) -> dict[str, object]:
        """A JSON-ready dict (datetimes as ISO 8601 strings).

        With ``segments=True`` the labelled segments are included with their
        spans and reasons.
        """
        out: dict[str, object] = {
            "headline": self.headline,
            "summary": self.summary,
            "byline": self.byline,
            "authors": list(self.authors),
            "credit": self.credit,
            "author_roles": list(self.author_roles),
            "editors": list(self.editors),
            "published": _plain(self.published),
            "updated": _plain(self.updated),
            "dateline": self.dateline,
            "source": self.source,
            "body": list(self.paragraphs),
            "warnings": [
                {
                    "code": w.code,
                    "message": w.message,
                    "span": [w.span.start, w.span.end] if w.span else None,
                }
                for w in self.warnings
            ],
        }
        if segments:
            out["segments"] = [
                {"kind": seg.kind.value, "start": seg.start, "end": seg.end, "reason": seg.reason}
                for seg in self.segments
            ]
        return out


def _collapsed(text: str) -> str:
    """``" ".join(text.split())``: runs of whitespace as one space, none at the ends.

    Most paragraphs have nothing to collapse: a printable text (no whitespace but the space, no control
    or format character) without two spaces in a row is only stripped, not split into a list of words and
    joined again (several times faster on a paragraph; the fast path of ``lines.normalise``).

    >>> _collapsed("a  b\u00a0c "), _collapsed("one two")
    ('a b c', 'one two')
    """
    if text.isprintable() and "  " not in text:
        return text.strip()
    return " ".join(text.split())


def _pack_segments(
    text: str, segments: tuple[Segment, ...]
) -> tuple[tuple[str, ...], tuple[int, ...], tuple[str, ...]] | None:
    """The segments as (kind values, flat offsets, reasons), or None if one is not a plain slice of ``text``.

    The worker of a parallel run does this for every article it sends back: in the compiled wheel the
    C kernel ``newscorpus._speedups.pack_segments()`` does it without allocating anything but the three
    tuples; :func:`_pack_segments_pure` is its reference.
    """
    if _PACK_KERNEL is not None:
        return _PACK_KERNEL(Segment, Span, text, segments, _VALUE_OF_KIND)
    return _pack_segments_pure(text, segments)


def _pack_segments_pure(
    text: str, segments: tuple[Segment, ...]
) -> tuple[tuple[str, ...], tuple[int, ...], tuple[str, ...]] | None:
    """What the C kernel ``pack_segments()`` answers, in Python: the reference.

    None unless every segment is a :class:`Segment` (not a subclass) over a :class:`Span` of ``int``
    offsets whose text (a ``str``) is ``text[start:end]``, and of a kind :class:`SegmentKind` knows.
    One loop, the kinds' values from a dict (an enum's ``.value`` is a Python property) and each text
    compared in place (``startswith`` at its offset, no slice made).
    """
    value_of = _VALUE_OF_KIND
    kinds = []
    offsets: list[int] = []
    reasons = []
    for seg in segments:
        if type(seg) is not Segment:
            return None
        span = seg.span
        if type(span) is not Span:
            return None
        start = span.start
        end = span.end
        seg_text = seg.text
        if type(start) is not int or type(end) is not int or type(seg_text) is not str:
            return None
        if not 0 <= start <= end <= len(text) or len(seg_text) != end - start:
            return None
        if not text.startswith(seg_text, start):
            return None
        value = value_of.get(seg.kind)
        if value is None:
            return None
        kinds.append(value)
        offsets += (start, end)
        reasons.append(seg.reason)
    return tuple(kinds), tuple(offsets), tuple(reasons)


_PICKLED_FIELDS = (*FIELD_NAMES, "source")
_VALUE_OF_KIND: Final = {kind: kind.value for kind in SegmentKind}
_KIND_OF_VALUE = {kind.value: kind for kind in SegmentKind}
#: Bumped when the compact pickle of an Article changes shape.
_PICKLE_FORMAT = 1


def _unpickle_article(
    version: int,
    text: str,
    values: tuple[Any, ...],
    kinds: tuple[str, ...] | None,
    offsets: tuple[int, ...] | tuple[Segment, ...],
    reasons: tuple[str, ...] | None,
    warnings: tuple[ParseWarning, ...],
) -> Article:
    """Rebuild what :meth:`Article.__reduce__` packed (its values came from a valid article)."""
    if version != _PICKLE_FORMAT:
        raise ValueError(f"an Article pickled in format {version}, this version reads {_PICKLE_FORMAT}")
    if kinds is None or reasons is None:
        segments = tuple(seg for seg in offsets if isinstance(seg, Segment))
    else:
        kind_of = _KIND_OF_VALUE
        segments = build_segments(
            text, [kind_of[kind] for kind in kinds], cast("tuple[int, ...]", offsets), reasons
        )
    art = object.__new__(Article)
    setter = object.__setattr__
    setter(art, "text", text)
    for name, value in zip(_PICKLED_FIELDS, values, strict=True):
        setter(art, name, value)
    setter(art, "segments", segments)
    setter(art, "warnings", warnings)
    return art


_ARTICLE_FIELDS = tuple(field.name for field in attrs.fields(Article))


def trusted_copy(article: Article, **changes: Any) -> Article:
    """``attrs.evolve(article, **changes)`` without running the validators: for the pipeline's own values.

    Every value must already be what the field holds after conversion (a tuple, not a list).
    """
    if type(article) is not Article:  # a subclass may have fields of its own: attrs knows them
        return attrs.evolve(article, **changes)
    new = object.__new__(Article)
    setter = object.__setattr__
    for name in _ARTICLE_FIELDS:
        setter(new, name, changes[name] if name in changes else getattr(article, name))
    return new


_ARTICLE_DEFAULTS = {field.name: field.default for field in attrs.fields(Article)}


def trusted_article(**fields: Any) -> Article:
    """``Article(**fields)`` without the validators and converters: for the pipeline's hot path only.

    Each value must be what the field holds after conversion (tuples, not lists); the property
    tests check the pipeline's articles field by field.
    """
    unknown = fields.keys() - _ARTICLE_DEFAULTS.keys()
    if unknown:
        raise TypeError(f"no Article field {sorted(unknown)}")
    new = object.__new__(Article)
    setter = object.__setattr__
    for name, default in _ARTICLE_DEFAULTS.items():
        setter(new, name, fields.get(name, default))
    return new
