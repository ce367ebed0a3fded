"""SiteProfile and SiteProfiles: counting, bounds, merging, storage, memory."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newscorpus.site import (
    EXAMPLE_CHARS,
    FORMAT_VERSION,
    RepeatedLine,
    SiteProfile,
    SiteProfiles,
    key_for,
    line_hash,
    line_key,
)
from tests.site import synthetic


def pages_of(n: int, *, unique: int = 20, seed: int = 1) -> list[str]:
    """Pages with lines shared at known rates and ``unique`` lines of their own."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lines = ["Home | News | Sport", "Copyright The Site. All rights reserved."]
        if i % 2 == 0:
            lines.append("Read more: the story everyone is talking about this week.")
        if i % 10 == 0:
            lines.append("Sponsored: a rare offer.")
        lines += [f"Line {synthetic.word(i)} {synthetic.word(j)} {rng.random()}" for j in range(unique)]
        out.append("\n".join(lines))
    return out


def true_counts(pages: list[str]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for page in pages:
        for h in {line_hash(line) for line in page.splitlines() if line_key(line)}:
            counts[h] = counts.get(h, 0) + 1
    return counts


def test_line_key_and_hash() -> None:
    assert line_key("  Updated\u00a0 12:45,\u200b MAY 3 ") == "updated 00:00, may 0"
    assert line_key("\u200b") == "" and line_key("   ") == ""
    assert line_hash("Most Read") == line_hash("MOST\tread ")
    # blake2b, 8-byte digest, little-endian: the same in every process and Python run.
    assert 0 <= line_hash("most read") < 2**64


def test_hash_is_stable_across_runs() -> None:
    import hashlib

    expected = int.from_bytes(hashlib.blake2b(b"most read", digest_size=8).digest(), "little")
    assert line_hash("Most Read") == expected


def test_counts_once_per_page_and_exact_while_it_fits() -> None:
    pages = pages_of(30)
    profile = SiteProfile().learn_many(pages)
    assert profile.pages == 30 and profile.table_error == 0
    assert profile.total == sum(true_counts(pages).values())
    assert profile.count("Home | News | Sport") == 30
    assert profile.share("home | news | sport") == 1.0
    assert profile.share("Read more: the story everyone is talking about this week.") == 0.5
    assert profile.share("Sponsored: a rare offer.") == 0.1
    assert profile.share("never seen") == 0.0
    twice = SiteProfile().learn("A\nA\nA\nB")
    assert twice.count("a") == 1 and twice.total == 2
    assert profile.is_repeated("Read more: the story everyone is talking about this week.")
    assert not profile.is_repeated("Sponsored: a rare offer.")
    assert profile.is_repeated("Sponsored: a rare offer.", min_share=0.1)
    assert not profile.is_repeated("Home | News | Sport", min_pages=31)


def test_top_lists_the_most_repeated_lines() -> None:
    profile = SiteProfile().learn_many(pages_of(20))
    top = profile.top(4)
    assert [(r.text, r.pages, r.share) for r in top] == [
        ("Copyright The Site. All rights reserved.", 20, 1.0),
        ("Home | News | Sport", 20, 1.0),
        ("Read more: the story everyone is talking about this week.", 10, 0.5),
        ("Sponsored: a rare offer.", 2, 0.1),
    ]
    assert all(isinstance(r, RepeatedLine) and r.hash == line_hash(r.text) for r in top)
    assert profile.top(0) == [] and SiteProfile().top() == []
    long_line = "word " * 100
    assert len(SiteProfile().learn(long_line).top(1)[0].text) == EXAMPLE_CHARS


def test_learn_takes_articles_and_rejects_other_types() -> None:
    import newscorpus

    page = pages_of(1)[0]
    assert SiteProfile().learn(newscorpus.parse(page)) == SiteProfile().learn(page)
    with pytest.raises(TypeError):
        SiteProfile().learn(b"bytes")  # type: ignore[arg-type]


def test_bad_shapes_are_refused() -> None:
    with pytest.raises(ValueError, match="width"):
        SiteProfile(width=3)
    with pytest.raises(ValueError, match="depth"):
        SiteProfile(depth=0)
    with pytest.raises(ValueError, match="shapes"):
        SiteProfile().merge(SiteProfile(capacity=10))


# -- merging -----------------------------------------------------------------------------------------


def assert_same(a: SiteProfile, b: SiteProfile, pages: list[str]) -> None:
    assert a == b
    assert a.top(10_000) == b.top(10_000)
    assert a.sketch_counts() == b.sketch_counts()
    for page in pages:
        for line in page.splitlines():
            assert a.share(line) == b.share(line)
            assert a.count(line) == b.count(line)


def test_merging_halves_equals_learning_the_whole() -> None:
    pages = pages_of(60)
    whole = SiteProfile().learn_many(pages)
    first = SiteProfile().learn_many(pages[:25])
    second = SiteProfile().learn_many(pages[25:])
    merged = first.merge(second)
    assert_same(merged, whole, pages)
    assert merged.table_error == 0 and merged.table_size == whole.table_size
    # The inputs are unchanged.
    assert first == SiteProfile().learn_many(pages[:25])


def test_merged_sketches_are_exact_when_the_tables_overflow() -> None:
    pages = pages_of(40, unique=5)
    # Both halves overflow their table of 64 lines: the tables are cut back differently
    # (within the documented bound), the sketches are live on both sides.
    whole = SiteProfile(width=512, capacity=64).learn_many(pages)
    first = SiteProfile(width=512, capacity=64).learn_many(pages[:20])
    second = SiteProfile(width=512, capacity=64).learn_many(pages[20:])
    assert first.table_error > 0 and second.table_error > 0
    merged = first.merge(second)
    # Count-min sketches add exactly, whatever happened to the tables.
    assert merged.sketch_counts() == whole.sketch_counts()
    assert merged.pages == whole.pages and merged.total == whole.total
    # Both are upper bounds within their table error, and the frequent lines survive.
    truth = true_counts(pages)
    for profile in (merged, whole):
        assert profile.table_size <= 64
        assert profile.table_error <= profile.total / 65
        for page in pages:
            for line in page.splitlines():
                f = truth[line_hash(line)]
                assert f <= profile.count(line) <= f + profile.table_error
        assert [r.text for r in profile.top(3)][:2] == [
            "Copyright The Site. All rights reserved.",
            "Home | News | Sport",
        ]
        assert profile.is_repeated("Read more: the story everyone is talking about this week.")


def test_sketch_is_built_on_first_overflow_as_if_kept_all_along() -> None:
    pages = pages_of(12, unique=8)
    small = SiteProfile(width=256, capacity=50).learn_many(pages)
    assert small.table_error > 0
    # Rebuild by hand: every line of every page into a fresh sketch.
    reference = SiteProfile(width=256, capacity=10**6).learn_many(pages)
    assert reference.table_error == 0
    assert small.sketch_counts() == reference.sketch_counts()


def test_frequent_lines_survive_any_order() -> None:
    pages = pages_of(200, unique=30, seed=9)
    random.Random(4).shuffle(pages)
    profile = SiteProfile(width=1024, capacity=100).learn_many(pages)
    assert profile.table_error > 0
    top = {r.text: r.share for r in profile.top(3)}
    assert top["Home | News | Sport"] == 1.0
    assert (
        0.5
        <= top["Read more: the story everyone is talking about this week."]
        <= 0.5 + (profile.table_error / profile.pages)
    )


def test_collections_merge_per_key() -> None:
    a, b, whole = SiteProfiles(), SiteProfiles(), SiteProfiles()
    for i, page in enumerate(pages_of(20)):
        key = "example.com" if i % 3 else "other.org"
        (a if i < 10 else b).learn(page, key)
        whole.learn(page, key)
    b.learn("Only in b", "b-only.net")
    whole.learn("Only in b", "b-only.net")
    merged = a.merge(b)
    assert merged == whole
    assert sorted(merged) == ["b-only.net", "example.com", "other.org"]
    merged["b-only.net"].learn("more")
    assert b["b-only.net"].pages == 1  # copies, not shared


# -- keys ------------------------------------------------------------------------------------------


def test_key_for() -> None:
    assert key_for("https://www.GlobalTimes.cn/content/1.shtml") == "globaltimes.cn"
    assert key_for("news.cgtn.com/news/2020") == "news.cgtn.com"
    assert key_for("http://[::1", "xinhua") == "xinhua"  # an unparsable URL
    assert key_for(None, "china_daily") == "china_daily"
    assert key_for("", None) == "generic" and key_for() == "generic"


def test_profiles_collection_is_dict_like() -> None:
    profiles = SiteProfiles(width=64, capacity=32)
    for page in pages_of(6):
        profiles.learn(page, key_for("https://www.example.com/x"))
    profiles.learn_many([("A page", "xinhua")])
    assert len(profiles) == 2 and "example.com" in profiles
    found = profiles.for_url("http://example.com/other")
    assert found is profiles["example.com"] and found.pages == 6 and found.width == 64
    assert profiles.for_url(None, "xinhua") is profiles["xinhua"]
    assert profiles.for_url("https://unknown.org/") is None
    del profiles["xinhua"]
    assert list(profiles) == ["example.com"]
    with pytest.raises(TypeError):
        profiles["x"] = "not a profile"  # type: ignore[assignment]


# -- storage ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("capacity", [4096, 40], ids=["exact", "overflowed"])
def test_save_load_round_trip(tmp_path: Path, capacity: int) -> None:
    pages = [*pages_of(30), "Ünïcode line — 新浪微博\nlone \ud800 surrogate"]
    profile = SiteProfile(width=128, depth=3, capacity=capacity).learn_many(pages)
    path = tmp_path / "site.profile"
    profile.save(path)
    loaded = SiteProfile.load(path)
    assert_same(loaded, profile, pages)
    assert loaded.table_error == profile.table_error and (capacity == 40) == (loaded.table_error > 0)


def test_collection_round_trip(tmp_path: Path) -> None:
    profiles = SiteProfiles(width=256)
    for i, page in enumerate(pages_of(12)):
        profiles.learn(page, f"site{i % 3}.com")
    path = tmp_path / "sites.profiles"
    profiles.save(path)
    assert SiteProfiles.load(path) == profiles
    with pytest.raises(ValueError, match="SiteProfiles collection, not a SiteProfile"):
        SiteProfile.load(path)
    with pytest.raises(ValueError, match="not a SiteProfiles"):
        SiteProfiles.from_bytes(SiteProfile().to_bytes())


def test_corrupted_files_raise_value_error(tmp_path: Path) -> None:
    data = bytearray(SiteProfile().learn_many(pages_of(10)).to_bytes())
    assert data[:6] == b"NCSITE" and data[6] == FORMAT_VERSION
    cases = {
        "empty": b"",
        "truncated": bytes(data[:-7]),
        "flipped": bytes(data[:40]) + bytes([data[40] ^ 0xFF]) + bytes(data[41:]),
        "magic": b"XXSITE" + bytes(data[6:]),
        "version": bytes(data[:6]) + bytes([99]) + bytes(data[7:]),
        "json": b'{"pages": 3, "counts": {}}',
        "random": random.Random(0).randbytes(500),
    }
    for name, bad in cases.items():
        path = tmp_path / name
        path.write_bytes(bad)
        with pytest.raises(ValueError, match="site profile"):
            SiteProfile.load(path)
        with pytest.raises(ValueError, match="site profile"):
            SiteProfiles.load(path)


def test_valid_container_with_bad_contents_raises_value_error() -> None:
    import struct
    import zlib

    def container(payload: bytes) -> bytes:
        body = zlib.compress(payload)
        return struct.pack("<6sBBI", b"NCSITE", FORMAT_VERSION, 1, zlib.crc32(body)) + body

    good = zlib.decompress(SiteProfile().learn("a\nb").to_bytes()[12:])
    for payload in (good + b"x", good[:-1], struct.pack("<IIIQQQB", 3, 4, 5, 0, 0, 0, 0) + good[37:]):
        with pytest.raises(ValueError, match="not a valid"):
            SiteProfile.from_bytes(container(payload))
    assert SiteProfile.from_bytes(container(good)) == SiteProfile().learn("a\nb")


# -- memory ----------------------------------------------------------------------------------------

#: The most a default profile holds in memory, however many lines it learns.
MEMORY_BOUND = 1_200_000


def test_memory_stays_bounded() -> None:
    profile = SiteProfile()
    shared = ["Home | News | Sport", "Most Read", "Copyright The Site. All rights reserved."]
    for p in range(4000):  # 200,000 distinct lines, 50 a page, plus the shared ones
        distinct = [f"distinct {synthetic.word(p)} {synthetic.word(j)}" for j in range(50)]
        profile.learn("\n".join(shared + distinct))
    assert profile.total == 4000 * 53
    assert profile.table_error > 0
    assert profile.table_size <= profile.capacity
    assert profile.nbytes < MEMORY_BOUND
    assert len(profile.to_bytes()) < 400_000
    assert {r.text for r in profile.top(3)} == set(shared)
    assert profile.share("Most Read") == 1.0
    assert not profile.is_repeated("distinct zoa zob")
