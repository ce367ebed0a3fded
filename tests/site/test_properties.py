"""Properties: learning and asking never raise, shares stay in [0, 1], merging and storage are exact."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newscorpus
from newscorpus.site import SiteProfile, apply, line_key

# Text with line breaks of every kind, spaces, zero-width characters, digits and surrogates.
text = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(["\n", "\r", "\u2028", "\x0b", " ", "\u00a0", "\u200b", "7", "A"]),
    ),
    max_size=200,
)
pages = st.lists(text, max_size=12)
# Lines drawn from a small pool, so that pages share some of them.
pooled = st.lists(
    st.lists(st.sampled_from(["Home", "Most Read", "News 1", "news 2", "Other", "x\u200b"]), max_size=6).map(
        "\n".join
    ),
    max_size=12,
)


@given(pages, text)
def test_learn_and_share_never_raise(learned: list[str], line: str) -> None:
    profile = SiteProfile(width=64, capacity=8).learn_many(learned)
    share = profile.share(line)
    assert 0.0 <= share <= 1.0
    assert isinstance(profile.is_repeated(line), bool)
    for page in learned:
        for each in page.splitlines():
            assert 0.0 <= profile.share(each) <= 1.0
            if line_key(each):
                assert profile.count(each) >= 1  # an upper bound: never below the truth
    assert profile.table_size <= 8
    for row in profile.top(5):
        assert 0.0 < row.share <= 1.0


@given(text)
def test_line_key_is_collapsed(line: str) -> None:
    key = line_key(line)
    assert key == " ".join(key.split())
    assert not any(ch.isdecimal() and ch != "0" for ch in key)  # decimal digits of any script


@given(pooled, st.integers(min_value=0, max_value=12))
def test_merge_of_halves_equals_the_whole(learned: list[str], cut: int) -> None:
    whole = SiteProfile(width=32).learn_many(learned)
    merged = (
        SiteProfile(width=32).learn_many(learned[:cut]).merge(SiteProfile(width=32).learn_many(learned[cut:]))
    )
    assert merged == whole
    assert merged.top(100) == whole.top(100)


@given(pages, st.sampled_from([2, 1000]))
def test_bytes_round_trip(learned: list[str], capacity: int) -> None:
    profile = SiteProfile(width=16, depth=2, capacity=capacity).learn_many(learned)
    assert SiteProfile.from_bytes(profile.to_bytes()) == profile


@given(pooled, text)
def test_apply_keeps_every_line(learned: list[str], page: str) -> None:
    profile = SiteProfile(width=64).learn_many([*learned, page])
    before = newscorpus.parse(page)
    after = apply(before, profile, min_pages=1)
    assert [(s.start, s.end, s.text) for s in after.segments] == [
        (s.start, s.end, s.text) for s in before.segments
    ]
    for old, new in zip(before.segments, after.segments, strict=True):
        assert new == old or (new.reason == "site-repeated" and not new.kind.is_body)
