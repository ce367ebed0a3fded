"""newscorpus.corpus.learn: pages keyed and read as parse() reads them, merges, batches, profile files."""

from __future__ import annotations

import pathlib

import pytest

import newscorpus
from newscorpus.corpus import learn_many, learn_partition, load_profile, merge_profiles
from newscorpus.corpus import profiles as profiles_module
from newscorpus.corpus.docs import Doc
from newscorpus.corpus.learn import Batch, LearnTask, learn_batches, page_key, page_text
from newscorpus.corpus.profiles import resolve_profile
from newscorpus.site import SiteProfile, SiteProfiles
from tests.corpus.helpers import HTML_PAGE, PROMO, article, seed_pages


def test_pages_are_keyed_as_parse_looks_them_up() -> None:
    for page in seed_pages():  # no URL: the source parser parse() chooses
        assert page_key(page) == newscorpus.parse(page).source != "generic"
    assert page_key(seed_pages()[0], "https://WWW.Example.com/a") == "example.com"
    assert page_key("Just a line.") == page_key("Just a line.", "/news/a") == "generic"


def test_html_pages_are_learned_from_their_rendered_text_and_canonical_url() -> None:
    canonical = HTML_PAGE.replace(b"<title>", b'<link rel="canonical" href="https://news.example/x"><title>')
    text, url = page_text(Doc("x", html=canonical))  # type: ignore[misc]
    assert text == newscorpus.parse_html(canonical).text and url == "https://news.example/x"
    assert page_text(Doc("y", html=canonical, url="https://given.example/y"))[1] == "https://given.example/y"  # type: ignore[index]
    bad = page_text(Doc("z", text=b"caf\xe9", encoding="utf-8"))
    assert not isinstance(bad, tuple) and bad.code == "undecodable"
    big = page_text(Doc("w", text="x" * 100), max_bytes=10)
    assert not isinstance(big, tuple) and big.code == "too-large"


def test_batches_merged_in_order_equal_one_profile() -> None:
    items = [{"id": str(i), "url": f"https://site{i % 2}.example/", "text": article(i)[0]} for i in range(30)]
    whole = learn_partition(items)
    assert list(whole) == ["site0.example", "site1.example"]
    assert learn_many(items, chunksize=4) == whole
    assert learn_many(items, chunksize=4).to_bytes() == whole.to_bytes()
    parts = [learn_partition(items[i : i + 7]) for i in range(0, 30, 7)]
    assert merge_profiles(parts).to_bytes() == whole.to_bytes()
    assert parts[0] == learn_partition(items[:7])  # the inputs are unchanged
    assert merge_profiles([]) == SiteProfiles()
    with pytest.raises(ValueError, match="shapes"):
        merge_profiles([whole, SiteProfiles(width=1024)])


def test_documents_that_give_no_page_are_left_out() -> None:
    docs = [Doc("a", text=article(1)[0]), Doc("b", error="unreadable", code="unreadable"), Doc("c")]
    ((batch, learned),) = list(learn_batches(docs))
    assert len(batch.docs) == 3 and learned.pages == 1
    assert [(e.id, e.code) for e in learned.errors] == [("b", "unreadable"), ("c", "no-text")]
    failed = LearnTask().fail(Batch(tuple(docs)), "the worker process died", "worker-died")
    assert failed.pages == 0 and [e.code for e in failed.errors] == ["worker-died"] * 3


def test_profile_files_load_once_per_process(tmp_path: pathlib.Path) -> None:
    items = [{"url": "https://harbour.example/", "text": article(i)[0]} for i in range(8)]
    profiles = learn_many(items)
    path = tmp_path / "site.profile"
    profiles.save(path)
    assert load_profile(path) is load_profile(str(path)) == profiles  # cached
    single = tmp_path / "one.profile"
    profiles["harbour.example"].save(single)
    assert isinstance(load_profile(single), SiteProfile)
    with pytest.raises(ValueError, match="not a newscorpus site profile"):
        load_profile(pathlib.Path(__file__))
    with pytest.raises(TypeError):
        resolve_profile(3)  # type: ignore[arg-type]
    page = {"url": "https://harbour.example/z", "text": article(99)[0]}
    (plain,) = newscorpus.parse_many([page])
    reads = profiles_module._load.cache_info().misses
    *_, with_path = newscorpus.parse_many([page] * 5, profile=path)
    assert profiles_module._load.cache_info().misses == reads  # read above, not once per document
    assert resolve_profile(str(path)) is resolve_profile(path) is load_profile(path)
    assert isinstance(plain, newscorpus.Article) and isinstance(with_path, newscorpus.Article)
    assert PROMO in plain.paragraphs and PROMO not in with_path.paragraphs
