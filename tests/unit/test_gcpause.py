"""The collector pause around long texts: it always comes back as it was."""

from __future__ import annotations

import gc
import threading

import newscorpus
from newscorpus.gcpause import PAUSE_AT_CHARS, paused_gc

LONG = "Big news today\n\n" + "\n".join(f"Line {k} of a long dump" for k in range(PAUSE_AT_CHARS // 20))


def test_collector_is_off_inside_and_back_on_after() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():  # nested (a parse inside a parse: a profile, a plugin)
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_switched_off_by_the_program_stays_off() -> None:
    gc.disable()
    try:
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_comes_back_after_an_exception() -> None:
    try:
        with paused_gc():
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert gc.isenabled()


def test_threads_parsing_long_texts_leave_the_collector_on() -> None:
    assert len(LONG) >= PAUSE_AT_CHARS
    want = newscorpus.parse(LONG)
    seen: list[newscorpus.Article] = []

    def work() -> None:
        seen.append(newscorpus.parse(LONG))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == [want] * 4
    assert gc.isenabled()


def test_long_text_parses_the_same_with_the_pause() -> None:
    # the pause changes timing only: the article is the one a parse with the collector on gives
    art = newscorpus.parse(LONG)
    gc.disable()
    try:
        again = newscorpus.parse(LONG)
    finally:
        gc.enable()
    assert art == again and len(art.segments) == LONG.count("\n") and gc.isenabled()
