"""Building an article's segments at once: ``model.build_segments()``, its C kernel and its pure twin.

The kernel (``newscorpus._speedups.segments``) is built only in the compiled wheel; without it the kernel
tests are skipped and the pure twin, the reference, is tested alone.
"""

from __future__ import annotations

import gc
import pathlib
import pickle
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newscorpus
from newscorpus import model
from newscorpus.model import Segment, SegmentKind, Span, _build_segments_pure, build_segments

try:
    from newscorpus._speedups import segments as kernel
except ImportError:
    kernel = None

ROOT = pathlib.Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    p for p in (ROOT / "tests" / "fixtures").glob("*/*.txt") if p.name != "SCORE.txt"
)

needs_kernel = pytest.mark.skipif(kernel is None, reason="newscorpus._speedups is not built")

KINDS = list(SegmentKind)


def validated(
    text: str, kinds: list[SegmentKind], offsets: list[int], reasons: list[str]
) -> tuple[Segment, ...]:
    """The same segments through the public, validating constructors."""
    return tuple(
        Segment(kind, Span(start, end), text[start:end], reason)
        for kind, start, end, reason in zip(kinds, offsets[0::2], offsets[1::2], reasons, strict=True)
    )


@st.composite
def layouts(draw: st.DrawFn) -> tuple[str, list[SegmentKind], list[int], list[str]]:
    """A text (any characters: one-, two- and four-byte strings) and segments inside it, in any order."""
    text = draw(st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60))
    n = draw(st.integers(0, 8))
    offsets: list[int] = []
    for _ in range(n):
        start = draw(st.integers(0, len(text)))
        offsets += [start, draw(st.integers(start, len(text)))]
    kinds = draw(st.lists(st.sampled_from(KINDS), min_size=n, max_size=n))
    reasons = draw(st.lists(st.sampled_from(["a", "rule", "é-ß", ""]), min_size=n, max_size=n))
    return text, kinds, offsets, reasons


# ---------------------------------------------------------------- the pure twin: the reference


@given(layouts())
def test_pure_twin_builds_what_the_validating_constructors_build(
    layout: tuple[str, list[SegmentKind], list[int], list[str]],
) -> None:
    built = _build_segments_pure(*layout)
    assert built == validated(*layout)
    assert all(type(seg) is Segment and type(seg.span) is Span for seg in built)


@pytest.mark.parametrize(
    ("offsets", "message"),
    [
        ([3, 2], "out of order"),
        ([-1, 2], "out of order"),
        ([0, 6], "out of order"),
        ([0], "differ in length"),
    ],
)
def test_pure_twin_rejects_offsets_out_of_the_text(offsets: list[int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _build_segments_pure("hello", [SegmentKind.PARAGRAPH], offsets, ["r"])


def test_build_segments_uses_the_kernel_when_it_runs() -> None:
    assert (model._SEGMENTS_KERNEL is not None) is newscorpus.speedups or kernel is None
    text, kinds, offsets, reasons = (
        "Title\nBody.",
        [SegmentKind.HEADLINE, SegmentKind.PARAGRAPH],
        [0, 5, 6, 11],
        ["h", "p"],
    )
    assert build_segments(text, kinds, offsets, reasons) == validated(text, kinds, offsets, reasons)


# ---------------------------------------------------------------- the kernel: the same segments


@needs_kernel
@given(layouts())
def test_kernel_builds_what_the_pure_twin_builds(
    layout: tuple[str, list[SegmentKind], list[int], list[str]],
) -> None:
    text, kinds, offsets, reasons = layout
    built = kernel(Segment, Span, text, kinds, offsets, reasons)
    assert built == _build_segments_pure(text, kinds, offsets, reasons)
    assert all(type(seg) is Segment and type(seg.span) is Span for seg in built)
    # the objects behave as any other: hashable spans, evolve, pickle
    assert [seg.span for seg in built] == [
        Span(s, e) for s, e in zip(offsets[0::2], offsets[1::2], strict=True)
    ]
    assert pickle.loads(pickle.dumps(built)) == built


@needs_kernel
@given(layouts(), st.integers(0, 7), st.sampled_from([(-1, 0), (2, 1), (0, 10**3), (10**30, 10**30)]))
def test_kernel_rejects_offsets_out_of_the_text_as_the_pure_twin_does(
    layout: tuple[str, list[SegmentKind], list[int], list[str]], where: int, bad: tuple[int, int]
) -> None:
    text, kinds, offsets, reasons = layout
    if not kinds:
        return
    k = where % len(kinds)
    offsets = [*offsets[: 2 * k], *bad, *offsets[2 * k + 2 :]]
    start, end = bad
    if 0 <= start <= end <= len(text):  # (0, 1000) in a text that long: not bad
        return
    with pytest.raises(ValueError, match="out of order or out of the text"):
        _build_segments_pure(text, kinds, offsets, reasons)
    with pytest.raises(ValueError, match="out of order or out of the text"):
        kernel(Segment, Span, text, kinds, offsets, reasons)


@needs_kernel
@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_kernel_builds_the_segments_of_real_pages(path: pathlib.Path) -> None:
    art = newscorpus.parse(path.read_text(encoding="utf-8"))
    kinds = [seg.kind for seg in art.segments]
    offsets = [n for seg in art.segments for n in (seg.start, seg.end)]
    reasons = [seg.reason for seg in art.segments]
    assert kernel(Segment, Span, art.text, kinds, offsets, reasons) == art.segments
    assert pickle.loads(pickle.dumps(art)) == art


@needs_kernel
@given(layouts(), st.data())
def test_kernel_uses_a_shared_string_only_when_it_is_the_slice(
    layout: tuple[str, list[SegmentKind], list[int], list[str]], data: st.DataObject
) -> None:
    """A shared str with the slice's very characters is the segment's text itself; any other (None, a
    str of another length, other characters, another kind of object) is ignored and the text sliced."""
    text, kinds, offsets, reasons = layout
    shared: list[Any] = []
    for start, end in zip(offsets[0::2], offsets[1::2], strict=True):
        piece = text[start:end]
        shared.append(
            data.draw(
                st.sampled_from(
                    ["".join(["", piece]) + "", None, piece + "x", piece.upper(), 3, bytes(len(piece))]
                )
            )
        )
    built = kernel(Segment, Span, text, kinds, offsets, reasons, shared)
    assert built == _build_segments_pure(text, kinds, offsets, reasons)
    for seg, offered in zip(built, shared, strict=True):
        if isinstance(offered, str) and offered == seg.text:
            assert seg.text is offered


@needs_kernel
def test_parsed_segments_share_their_lines_texts() -> None:
    """The pipeline offers each line's normalised text: a line unchanged by normalising is one string
    in the line and in its segment; one that normalising changed (a no-break space) gets its slice."""
    from newscorpus.lines import split_lines

    text = "A headline here\n\nThe story\u00a0starts here, and goes on for a while.\n"
    art = newscorpus.parse(text)
    lines = split_lines(text)
    assert [seg.text for seg in art.segments] == [text[ln.start : ln.end] for ln in lines]
    built = kernel(
        Segment,
        Span,
        text,
        [s.kind for s in art.segments],
        [n for ln in lines for n in (ln.start, ln.end)],
        [s.reason for s in art.segments],
        [ln.norm for ln in lines],
    )
    assert built[0].text is lines[0].norm
    assert built[1].text == "The story\u00a0starts here, and goes on for a while." != lines[1].norm
    with pytest.raises(ValueError, match="differ in length"):
        kernel(Segment, Span, text, [SegmentKind.OTHER], [0, 1], ["r"], ["A", "B"])
    with pytest.raises(ValueError, match="differ in length"):
        build_segments(text, [SegmentKind.OTHER], [0, 1], ["r"], ["A", "B"])


class Unslotted:
    kind = span = text = reason = start = end = None


@needs_kernel
@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((Segment, Span, "ab", [SegmentKind.OTHER], [0, 1]), TypeError),  # five arguments
        ((Segment, Span, b"ab", [SegmentKind.OTHER], [0, 1], ["r"]), TypeError),  # bytes, not str
        (("Segment", Span, "ab", [SegmentKind.OTHER], [0, 1], ["r"]), TypeError),  # not a type
        ((Unslotted, Span, "ab", [SegmentKind.OTHER], [0, 1], ["r"]), TypeError),  # no slots
        ((Segment, Segment, "ab", [SegmentKind.OTHER], [0, 1], ["r"]), TypeError),  # Segment has no start
        ((Segment, Span, "ab", [SegmentKind.OTHER], [0.0, 1], ["r"]), TypeError),  # a float offset
        ((Segment, Span, "ab", [SegmentKind.OTHER], [True, 1], ["r"]), TypeError),  # a bool is not an offset
        ((Segment, Span, "ab", 3, [0, 1], ["r"]), TypeError),  # not a sequence
        ((Segment, Span, "ab", [SegmentKind.OTHER], [0, 1, 1, 2], ["r"]), ValueError),  # lengths differ
        ((Segment, Span, "ab", [SegmentKind.OTHER], [0, 3], ["r"]), ValueError),  # past the end
    ],
)
def test_kernel_rejects_wrong_arguments(args: tuple[Any, ...], error: type[Exception]) -> None:
    with pytest.raises(error):
        kernel(*args)


@needs_kernel
def test_kernel_leaks_nothing_when_it_succeeds_or_fails() -> None:
    reason = "".join(["a unique", " reason"])  # an object of its own: its count is this test's
    text = "x" * 50
    kinds = [SegmentKind.PARAGRAPH] * 5
    before = sys.getrefcount(reason)
    built = kernel(Segment, Span, text, kinds, [0, 10, 10, 20, 20, 30, 30, 40, 40, 50], [reason] * 5)
    assert sys.getrefcount(reason) == before + 5
    del built
    gc.collect()
    assert sys.getrefcount(reason) == before
    for _ in range(3):  # the fourth segment is out of the text: the three built are freed again
        with pytest.raises(ValueError, match="segment 3"):
            kernel(Segment, Span, text, kinds, [0, 10, 10, 20, 20, 30, 30, 60, 40, 50], [reason] * 5)
    gc.collect()
    assert sys.getrefcount(reason) == before


@needs_kernel
def test_kernel_segments_stay_off_the_cycle_collector_and_are_still_freed() -> None:
    """Like a tuple of strings, a kernel-built segment and its span can be in no cycle: left untracked."""
    text = "Headline\nBody."
    built = kernel(Segment, Span, text, [SegmentKind.HEADLINE], [0, 8], ["r"])
    assert not gc.is_tracked(built[0]) and not gc.is_tracked(built[0].span)
    assert gc.is_tracked(_build_segments_pure(text, [SegmentKind.HEADLINE], [0, 8], ["r"])[0])

    # a reason that is not an exact str keeps the segment on the collector's lists (its span still off)
    class Reason(str):
        pass

    odd = kernel(Segment, Span, text, [SegmentKind.HEADLINE], [0, 8], [Reason("r")])
    assert gc.is_tracked(odd[0]) and not gc.is_tracked(odd[0].span)
    art = newscorpus.parse(text)
    assert all(not gc.is_tracked(seg) for seg in art.segments)
    assert all(not gc.is_tracked(seg) for seg in pickle.loads(pickle.dumps(art)).segments)


@given(layouts())
def test_packing_for_pickle_gives_back_what_the_segments_were_built_from(
    layout: tuple[str, list[SegmentKind], list[int], list[str]],
) -> None:
    text, kinds, offsets, reasons = layout
    packed = model._pack_segments(text, validated(*layout))
    assert packed == (tuple(kind.value for kind in kinds), tuple(offsets), tuple(reasons))


@pytest.mark.parametrize(
    "segment",
    [
        Segment("paragraph", Span(0, 1), "b", "r"),  # the text of another place
        Segment("paragraph", Span(1, 3), "cb", "r"),  # the right length, other characters
        Segment("paragraph", Span(2, 5), "cde", "r"),  # past the end of the text
    ],
)
def test_packing_for_pickle_refuses_segments_that_are_not_slices_of_the_text(segment: Segment) -> None:
    assert model._pack_segments("abc", (segment,)) is None
    art = newscorpus.Article(text="abc", segments=[segment])
    assert pickle.loads(pickle.dumps(art)) == art


# ---------------------------------------------------------------- packing for pickle: the kernel and its twin

try:
    from newscorpus._speedups import pack_segments as pack_kernel
except ImportError:
    pack_kernel = None

needs_pack_kernel = pytest.mark.skipif(pack_kernel is None, reason="newscorpus._speedups is not built")


def _packers() -> list[Any]:
    """The pure twin, and the kernel (with the arguments model gives it) when it is built."""
    out: list[Any] = [model._pack_segments_pure]
    if pack_kernel is not None:
        out.append(lambda text, segs: pack_kernel(Segment, Span, text, segs, model._VALUE_OF_KIND))
    return out


class _SubSegment(Segment):
    pass


class _SubSpan(Span):
    pass


def _bent(seg: Segment, **slots: object) -> Segment:
    """A copy of ``seg`` with slots set past the validators (as a careless subclass or pickle might)."""
    copy = Segment(seg.kind, Span(seg.span.start, seg.span.end), seg.text, seg.reason)
    for name, value in slots.items():
        target = copy.span if name in ("start", "end") else copy
        object.__setattr__(target, name, value)
    return copy


_PLAIN = Segment(SegmentKind.PARAGRAPH, Span(1, 3), "bc", "r")


@pytest.mark.parametrize(
    "segment",
    [
        _SubSegment(SegmentKind.PARAGRAPH, Span(1, 3), "bc", "r"),  # a subclass: pickled as it is
        Segment(SegmentKind.PARAGRAPH, _SubSpan(1, 3), "bc", "r"),
        _bent(_PLAIN, start=True),  # a bool is not an offset
        _bent(_PLAIN, end=3.0),
        _bent(_PLAIN, start=2**70),  # past Py_ssize_t
        _bent(_PLAIN, start=-1, end=1),
        _bent(_PLAIN, text="cb"),  # the right length, other characters
        _bent(_PLAIN, text="b"),
        _bent(_PLAIN, end=5, text="bcde"),  # past the end of the text
        _bent(_PLAIN, kind="no such kind"),
    ],
)
@pytest.mark.parametrize("pack", _packers())
def test_packing_refuses_what_is_not_a_plain_slice_of_the_text(pack: Any, segment: Segment) -> None:
    """Kernel and twin alike: None (the article then pickles its segments whole, and still round-trips)."""
    assert pack("abcd", (_PLAIN, segment)) is None
    art = newscorpus.Article(text="abcd", segments=[_PLAIN])
    object.__setattr__(art, "segments", (_PLAIN, segment))
    again = pickle.loads(pickle.dumps(art))
    assert again.segments == art.segments and [type(s) for s in again.segments] == [Segment, type(segment)]


@pytest.mark.parametrize("pack", _packers())
def test_packing_takes_a_kind_given_by_its_value(pack: Any) -> None:
    """A plain str kind equal to a kind's value (SegmentKind is a str enum) packs as that value."""
    assert pack("abcd", (_bent(_PLAIN, kind="paragraph"),)) == (("paragraph",), (1, 3), ("r",))


@needs_pack_kernel
@given(layouts())
def test_pack_kernel_packs_what_the_pure_twin_packs(
    layout: tuple[str, list[SegmentKind], list[int], list[str]],
) -> None:
    text, kinds, offsets, reasons = layout
    segs = validated(*layout)
    got = pack_kernel(Segment, Span, text, segs, model._VALUE_OF_KIND)
    assert (
        got
        == model._pack_segments_pure(text, segs)
        == (
            tuple(kind.value for kind in kinds),
            tuple(offsets),
            tuple(reasons),
        )
    )
    assert [type(x) for x in got[0]] == [str] * len(kinds)


@needs_pack_kernel
@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_pack_kernel_packs_real_pages_as_the_pure_twin(path: pathlib.Path) -> None:
    art = newscorpus.parse(path.read_text(encoding="utf-8"))
    got = pack_kernel(Segment, Span, art.text, art.segments, model._VALUE_OF_KIND)
    assert got is not None and got == model._pack_segments_pure(art.text, art.segments)
    assert model._pack_segments(art.text, art.segments) == got  # what __reduce__ uses: the kernel
    assert pickle.loads(pickle.dumps(art)) == art


@needs_pack_kernel
@pytest.mark.parametrize(
    "args",
    [
        (),
        (Segment, Span, "ab", ()),  # four arguments
        (Segment, Span, b"ab", (), {}),  # bytes text
        (Segment, Span, "ab", [], {}),  # a list of segments
        (Segment, Span, "ab", (), []),  # value_of not a dict
        ("Segment", Span, "ab", (), {}),  # not a type
        (Span, Span, "ab", (), {}),  # Span has no kind slot
    ],
)
def test_pack_kernel_rejects_wrong_arguments(args: tuple[Any, ...]) -> None:
    with pytest.raises(TypeError):
        pack_kernel(*args)


@needs_pack_kernel
def test_pack_kernel_leaks_nothing() -> None:
    reason = "".join(["a unique", " reason"])
    text = "x" * 50
    segs = tuple(Segment(SegmentKind.PARAGRAPH, Span(i, i + 10), "x" * 10, reason) for i in range(0, 50, 10))
    bad = (*segs, _bent(segs[0], text="y" * 10))  # the last one is not a slice: refused at the end
    before = sys.getrefcount(reason)
    packed = pack_kernel(Segment, Span, text, segs, model._VALUE_OF_KIND)
    assert sys.getrefcount(reason) == before + 5
    del packed
    for _ in range(3):
        assert pack_kernel(Segment, Span, text, bad, model._VALUE_OF_KIND) is None
    assert sys.getrefcount(reason) == before


@pytest.mark.parametrize(
    ("text", "seg_text", "packed"),
    [
        ("x a\u2019b", "a'b", False),  # a two-byte text, a one-byte segment text: one character differs
        ("x a\u2019b", "a\u2019b", True),
        ("x ab\u2019", "ab'", False),  # ... the last one
        ("x abc", "a\u2019c", False),  # a segment text wider than the whole text
        ("x a\U0001f600b", "a\U0001f601b", False),  # four-byte, four-byte
        ("x a\U0001f600b", "a\u2019b", False),  # four-byte text, two-byte segment
        ("x ab\U0001f600", "ab\U0001f600", True),
        ("x a\u00e9\U0001f600", "a\u00e9\U0001f600", True),
        ("x a\u00e9b\U0001f600", "a\u00e9b", True),  # four-byte text, one-byte (Latin-1) segment
        ("x a\u00e9b\U0001f600", "a\u00e8b", False),
    ],
)
@pytest.mark.parametrize("pack", _packers())
def test_packing_compares_texts_of_every_width(pack: Any, text: str, seg_text: str, packed: bool) -> None:
    span = Span(2, 2 + len(seg_text))
    seg = _bent(Segment(SegmentKind.PARAGRAPH, span, text[2 : 2 + len(seg_text)], "r"), text=seg_text)
    assert (pack(text, (seg,)) is not None) is packed
