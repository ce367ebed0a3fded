"""Hypothesis properties of parse(): the lossless partition, never raising, determinism."""

from __future__ import annotations

import datetime as dt
import pickle

from hypothesis import given
from hypothesis import strategies as st

import newscorpus
from newscorpus import Article, SegmentKind
from tests.conftest import load_gold, seed_text

SEED_LINES = [ln for g in load_gold() for ln in seed_text(str(g["file"])).splitlines() if ln.strip()][:400]
FURNITURE = [
    "Share",
    "Most Read",
    "By Jane Doe",
    "Published: 11:24, January 2, 2021",
    "Photo: Xinhua",
    "READ MORE: x",
    "(Web editor: A B, Bianji)",
    "![]() |",
    "|",
    "18",
    "Home > World",
    "",
]
BREAKS = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\u2028", "\x0c", "\n \n", "\n\u00a0\n"])


@st.composite
def pages(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(
            st.one_of(st.sampled_from(SEED_LINES), st.sampled_from(FURNITURE), st.text(max_size=80)),
            max_size=30,
        )
    )
    out = []
    for part in parts:
        out.append(part)
        out.append(draw(BREAKS))
    return "".join(out)


TEXTS = st.one_of(st.text(), pages())


def assert_partition(text: str, art: Article) -> None:
    assert art.text == text
    covered = [0] * len(text)
    prev_end = 0
    for seg in art.segments:
        assert 0 <= seg.start < seg.end <= len(text)
        assert seg.start >= prev_end, "segments sorted and disjoint"
        prev_end = seg.end
        assert seg.text == text[seg.start : seg.end]
        assert not seg.text[0].isspace() and not seg.text[-1].isspace()
        assert isinstance(seg.kind, SegmentKind)
        assert seg.reason
        for i in range(seg.start, seg.end):
            covered[i] += 1
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert covered[i] == 1, f"non-space character {ch!r} at {i} not in exactly one segment"


@given(TEXTS)
def test_every_non_blank_line_lands_in_exactly_one_segment(text: str) -> None:
    assert_partition(text, newscorpus.parse(text))


@given(TEXTS)
def test_parse_is_deterministic(text: str) -> None:
    a, b = newscorpus.parse(text), newscorpus.parse(text)
    assert a.to_dict(segments=True) == b.to_dict(segments=True)


@given(TEXTS)
def test_fields_are_typed_and_never_invented_from_nothing(text: str) -> None:
    art = newscorpus.parse(text)
    assert all(isinstance(a, str) and a for a in art.authors)
    assert art.published is None or isinstance(art.published, dt.date)
    if not text.strip():
        assert art.headline is None and not art.authors and art.published is None and not art.segments
    assert art.body_text == "\n\n".join(" ".join(s.text.split()) for s in art.body)
    # internal errors are reported as warnings; they must never happen
    assert not [w for w in art.warnings if w.code == "internal-error"]


@given(st.binary(max_size=300))
def test_bytes_are_decoded_never_raise(data: bytes) -> None:
    art = newscorpus.parse(data)
    assert any(w.code.startswith("bytes") for w in art.warnings)
    assert_partition(art.text, art)


@given(TEXTS)
def test_an_article_survives_pickling(text: str) -> None:
    """Workers send articles back pickled (parse_many): the compact form must rebuild the same article."""
    art = newscorpus.parse(text)
    again = pickle.loads(pickle.dumps(art, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == art
    assert again.body_text == art.body_text
    assert [seg.span for seg in again.segments] == [seg.span for seg in art.segments]
    assert_partition(text, again)
