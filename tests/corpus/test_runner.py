"""parse_many, parse_partition and the process pool: order, errors, time limits, dead workers."""

from __future__ import annotations

import collections
import os
import pickle
import signal
import socket
import threading
import time

import attrs
import pytest

import newscorpus
from newscorpus.corpus import Doc, ParseError, parse_partition, runner
from newscorpus.corpus.runner import Result, Task, keep, run
from newscorpus.corpus.writers import to_row
from tests.corpus.helpers import HTML_PAGE, seed_pages

PAGES = seed_pages()
SLOW = "\n\n".join(PAGES * 1000)  # about 50 MB: 0.5 s of work or more (compiled), over the 0.2 s limits below


def dicts(results: list[Result]) -> list[object]:
    return [r if isinstance(r, ParseError) else r.to_dict(segments=True) for r in results]


def test_parse_many_gives_what_parse_gives_in_order() -> None:
    items = [PAGES[i % 5] for i in range(23)]
    got = list(newscorpus.parse_many(items))
    assert dicts(got) == [newscorpus.parse(p).to_dict(segments=True) for p in items]


def test_two_processes_give_the_same_as_one() -> None:
    items = [{"id": f"d{i}", "text": PAGES[i % 5]} for i in range(40)]
    items[7] = {"id": "broken", "text": 42}  # type: ignore[dict-item]
    one = list(newscorpus.parse_many(items, jobs=1))
    two = list(newscorpus.parse_many(items, jobs=2, chunksize=3))
    assert dicts(one) == dicts(two)
    assert two[7] == ParseError("broken", "no 'text' or 'html' string in the item", "no-text")


def test_workers_send_articles_back_without_the_text_the_parent_holds() -> None:
    """An article parsed from a ``str`` comes back with that very string (not a copy sent through the pipe)
    and otherwise equal to what parse() gives; bytes input, decoded in the worker, comes back whole."""
    texts = [PAGES[i % 5] + f"\n\nLine {i}." for i in range(24)]
    items: list[object] = [*texts, *(t.encode("utf-8") for t in texts[:6])]
    got = list(newscorpus.parse_many(items, jobs=2, chunksize=3))
    assert all(type(a) is newscorpus.Article for a in got)
    assert all(a.text is t for a, t in zip(got, texts, strict=False))
    assert [a.text for a in got[len(texts) :]] == texts[:6]
    want = [newscorpus.parse(item) for item in items]  # type: ignore[arg-type]
    assert got == want
    assert dicts(got) == dicts(want)  # type: ignore[arg-type]


def test_articles_from_a_converting_task_keep_their_text() -> None:
    """A task whose result is an Article of another text (here: the text reversed) is sent whole."""
    docs = [Doc(id=str(i), text=PAGES[i % 5]) for i in range(12)]
    task = Task(_parse_reversed)
    got = [result for _, result in run(docs, task, jobs=2, chunksize=2)]
    assert [a.text for a in got] == [d.text[::-1] for d in docs]  # type: ignore[index, union-attr]


def _parse_reversed(doc: Doc, result: Result) -> newscorpus.Article:
    assert isinstance(doc.text, str)
    return newscorpus.parse(doc.text[::-1])


def test_item_shapes() -> None:
    page = PAGES[1]
    items: list[object] = [
        page,
        page.encode("utf-8"),
        {"id": "d", "text": page, "url": "https://www.chinadaily.com.cn/a/1.html"},
        ("t", page),
        ("u", page, "https://www.globaltimes.cn/page/1.html"),
        Doc(id="doc", text=page),
        {"id": "h", "html": HTML_PAGE},
        3.14,
        ("bad", None),
        {"id": "big", "text": page},
    ]
    got = list(newscorpus.parse_many(items, max_bytes=len(page.encode("utf-8")) + 10))
    articles = [r for r in got if isinstance(r, newscorpus.Article)]
    errors = {r.id: r.code for r in got if isinstance(r, ParseError)}
    assert errors == {"7": "no-text", "bad": "no-text"}
    assert len(articles) == 8
    assert got[4].source == "global_times"  # type: ignore[union-attr]
    assert got[6].headline == "Ministers meet to discuss regional trade and climate plans"  # type: ignore[union-attr]
    small = list(newscorpus.parse_many([page], max_bytes=100))
    assert small[0] == ParseError(
        "0", f"document is {len(page.encode('utf-8')):,} bytes, over the limit of 100 bytes", "too-large"
    )


def test_strict_encoding_gives_an_error_not_a_guess() -> None:
    bad = b"Title\n\nBody \x80 text"
    (lenient,) = newscorpus.parse_many([bad])
    assert isinstance(lenient, newscorpus.Article)
    (strict,) = newscorpus.parse_many([Doc(id="f", text=bad, encoding="utf-8")])
    assert isinstance(strict, ParseError) and strict.code == "undecodable"
    (bom,) = newscorpus.parse_many([Doc(id="f", text=b"\xef\xbb\xbfTitle\n\nBody.", encoding="utf-8")])
    assert isinstance(bom, newscorpus.Article) and bom.text == "Title\n\nBody."


def test_input_is_read_lazily() -> None:
    pulled = 0

    def gen():  # type: ignore[no-untyped-def]
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield PAGES[i % 5]

    it = newscorpus.parse_many(gen(), jobs=2, chunksize=4)
    for _ in range(5):
        next(it)
    it.close()  # type: ignore[attr-defined]
    assert pulled < 200  # at most a window of chunks ahead


def test_timeout_in_the_main_thread() -> None:
    started = time.monotonic()
    got = list(newscorpus.parse_many([PAGES[0], SLOW, PAGES[1]], timeout=0.2))
    assert time.monotonic() - started < 5
    assert [type(r).__name__ for r in got] == ["Article", "ParseError", "Article"]
    assert got[1] == ParseError("1", "took longer than 0.2 s", "timeout")


def test_timeout_in_another_thread() -> None:
    """Dask runs partitions in worker threads: the watchdog stops the parse there."""
    out: list[list[dict[str, object]]] = []
    thread = threading.Thread(
        target=lambda: out.append(parse_partition([{"id": "slow", "text": SLOW}, PAGES[2]], timeout=0.2))
    )
    started = time.monotonic()
    thread.start()
    thread.join(10)
    assert time.monotonic() - started < 5
    (rows,) = out
    assert rows[0] == {"id": "slow", "url": None, "error": "took longer than 0.2 s", "error_code": "timeout"}
    assert rows[1]["headline"] == newscorpus.parse(PAGES[2]).headline


def test_timeout_in_worker_processes() -> None:
    items = [PAGES[0], PAGES[1], SLOW, PAGES[3]] * 2
    got = list(newscorpus.parse_many(items, jobs=2, chunksize=2, timeout=0.2))
    assert [isinstance(r, ParseError) and r.code for r in got] == [False, False, "timeout", False] * 2


@attrs.frozen
class Misbehaving(Task[Result]):
    """A task whose worker gets stuck past SIGALRM, or dies, on chosen documents."""

    def __call__(self, doc: Doc) -> Result:
        if doc.id == "stuck":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # like C code that never returns
            time.sleep(60)
        if doc.id == "crash":
            os._exit(3)
        return super().__call__(doc)


def test_stuck_and_dying_workers_are_replaced() -> None:
    docs = [Doc(id=f"d{i}", text=PAGES[i % 5]) for i in range(12)]
    docs[3] = Doc(id="stuck", text=PAGES[0])
    docs[8] = Doc(id="crash", text=PAGES[0])
    task = Misbehaving(keep, timeout=1.0)
    started = time.monotonic()
    got = [result for _, result in run(docs, task, jobs=2, chunksize=3)]
    assert time.monotonic() - started < 15
    assert len(got) == 12
    assert got[3] == ParseError("stuck", "took longer than 1 s (worker killed)", "timeout")
    assert isinstance(got[8], ParseError) and got[8].code == "worker-died" and "exit 3" in got[8].error
    assert all(isinstance(r, newscorpus.Article) for i, r in enumerate(got) if i not in (3, 8))
    assert dicts([r for i, r in enumerate(got) if i not in (3, 8)]) == dicts(
        [newscorpus.parse(str(d.text)) for i, d in enumerate(docs) if i not in (3, 8)]
    )


def test_parse_partition_rows() -> None:
    items = [{"id": "a", "text": PAGES[0], "url": "https://www.people.cn/x"}, {"id": "b"}]
    rows = parse_partition(items, segments=True)
    assert rows[0] == {
        "id": "a",
        "url": "https://www.people.cn/x",
        **newscorpus.parse(PAGES[0], url="https://www.people.cn/x").to_dict(segments=True),
    }
    assert rows[1] == {
        "id": "b",
        "url": None,
        "error": "no 'text' or 'html' string in the item",
        "error_code": "no-text",
    }
    assert to_row(Doc(id="z"), ParseError("z", "boom")) == {
        "id": "z",
        "url": None,
        "error": "boom",
        "error_code": "parse-failed",
    }


def test_parse_many_is_exported() -> None:
    assert "parse_many" in newscorpus.__all__
    with pytest.raises(StopIteration):
        next(newscorpus.parse_many([]))


@pytest.mark.parametrize("available", [True, False])
def test_html_with_and_without_parse_html(monkeypatch: pytest.MonkeyPatch, available: bool) -> None:
    from newscorpus.corpus import runner

    if available:
        from newscorpus.html import parse_html

        monkeypatch.setattr(newscorpus, "parse_html", parse_html, raising=False)
    else:
        monkeypatch.delattr(newscorpus, "parse_html", raising=False)
    runner.parse_html_function.cache_clear()
    try:
        (art,) = newscorpus.parse_many([Doc(id="h", html=HTML_PAGE, encoding="utf-8")])
    finally:
        runner.parse_html_function.cache_clear()
    assert isinstance(art, newscorpus.Article)
    assert art.headline == "Ministers meet to discuss regional trade and climate plans"
    assert art.authors == ("Jane Doe",)
    assert ("html-as-text" in {w.code for w in art.warnings}) is not available


US_PAGE = (
    "Senate passes budget\n\nPublished: 03/04/2021 10:15\n\n"
    "The Senate passed the budget on Thursday after a long debate, members said."
)
US_HTML = (
    "<html><body><h1>Senate passes budget</h1><p>Published: 03/04/2021 10:15</p>"
    "<p>The Senate passed the budget on Thursday after a long debate, members said.</p></body></html>"
)


@pytest.mark.parametrize("jobs", [1, 2])
def test_date_order_reaches_every_document(jobs: int) -> None:
    items = [US_PAGE, {"id": "h", "html": US_HTML}, US_PAGE]
    default = list(newscorpus.parse_many(items, jobs=jobs, chunksize=1))
    month_first = list(newscorpus.parse_many(items, jobs=jobs, chunksize=1, date_order="MDY"))
    assert [a.published.month for a in default if isinstance(a, newscorpus.Article)] == [4, 4, 4]  # type: ignore[union-attr]
    assert [a.published.month for a in month_first if isinstance(a, newscorpus.Article)] == [3, 3, 3]  # type: ignore[union-attr]
    rows = parse_partition(items, date_order="MDY")
    assert [row["published"] for row in rows] == ["2021-03-04T10:15:00"] * 3
    with pytest.raises(ValueError, match="date_order"):
        list(newscorpus.parse_many(items, date_order="YMD"))  # type: ignore[arg-type]


def test_a_wrong_date_order_is_an_error_at_the_call() -> None:
    with pytest.raises(ValueError, match="date_order"):
        newscorpus.parse_many(["Title\n\nText."], date_order="mdy")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="date_order"):
        Task(keep, date_order="mdy")  # type: ignore[arg-type]


class _DocWithTag(Doc):
    pass


@pytest.mark.parametrize(
    "doc",
    [
        Doc(id="a", text="Title\n\nBody."),
        Doc(id="b", html=b"<p>x</p>", url="https://example.com/b", encoding="utf-8"),
        Doc(id="c", error="unreadable", code="undecodable"),
    ],
)
def test_docs_pickle_as_their_constructor_arguments(doc: Doc) -> None:
    """What the parent sends a worker for every document: the seven values, rebuilt by Doc itself."""
    rebuild, args = doc.__reduce__()
    assert rebuild is Doc and rebuild(*args) == doc
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_a_doc_subclass_pickles_the_attrs_way() -> None:
    doc = _DocWithTag(id="x", text="t")
    again = pickle.loads(pickle.dumps(doc))
    assert type(again) is _DocWithTag and again == doc


# ---------------------------------------------------------------- how units and results travel


@pytest.mark.skipif(not runner._DONTWAIT, reason="no MSG_DONTWAIT: one unit at a time")
def test_a_worker_holds_its_next_unit_while_it_parses() -> None:
    """Each worker is sent a second unit as soon as its first is written, so it never waits for the
    parent between units (while enough work is left for every worker)."""
    chunks = iter([[Doc(id=f"{c}.{i}", text=PAGES[i % 5]) for i in range(4)] for c in range(6)])
    pool: runner._Pool[Result] = runner._Pool(Task(keep), 1)
    try:
        worker = pool._start()
        pending = collections.deque(runner._Unit(seq, 0, next(chunks)) for seq in range(4))
        pool._feed({}, pending, source_done=False)
        assert len(worker.units) == 2 and worker.outbox is None
        assert [unit.seq for unit in worker.units] == [0, 1] and len(pending) == 2
        # At the end of the input a second unit goes out only while every worker can have one.
        lone: runner._Pool[Result] = runner._Pool(Task(keep), 2)
        first, second = lone._start(), lone._start()
        tail = collections.deque([runner._Unit(9, 0, next(chunks)), runner._Unit(9, 4, next(chunks))])
        lone._feed({}, tail, source_done=True)
        assert (len(first.units), len(second.units), len(tail)) == (1, 1, 0)
        for w in (first, second):
            lone._stop(w)
    finally:
        for w in list(pool.workers):
            pool._stop(w)


def test_units_larger_than_the_socket_never_block_the_parent() -> None:
    """Units of ~1 MB (more than a socket holds) to a worker stuck in a document: the parent keeps what
    does not fit, goes on, and kills the worker when the time limit passes."""
    big = "\n\n".join(PAGES * 20)  # ~1 MB of text a document
    docs = [Doc(id=f"d{i}", text=big) for i in range(6)]
    docs[1] = Doc(id="stuck", text=big)
    started = time.monotonic()
    got = [result for _, result in run(docs, Misbehaving(keep, timeout=2.0), jobs=2, chunksize=1)]
    assert time.monotonic() - started < 30
    assert got[1] == ParseError("stuck", "took longer than 2 s (worker killed)", "timeout")
    assert all(
        isinstance(r, newscorpus.Article) and r.text is d.text
        for r, d in zip(got, docs, strict=True)
        if d.id != "stuck"
    )


def test_articles_of_one_unit_share_their_repeated_strings() -> None:
    """A unit's results travel as one pickle stream: the segment reasons the articles share arrive as one
    object each, as in the worker, not a copy an article."""
    got = list(newscorpus.parse_many([PAGES[0]] * 12, jobs=2, chunksize=6))  # units of 3 documents
    assert got == [newscorpus.parse(PAGES[0])] * 12
    first, second = got[0].segments, got[1].segments  # type: ignore[union-attr]
    assert all(a.reason is b.reason for a, b in zip(first, second, strict=True))


def test_the_framed_inbox_reads_whole_units_in_pieces() -> None:
    """The worker's end of the stream: an 8-byte length and a pickle a unit, whatever the reads cut."""
    parent, child = socket.socketpair()
    try:
        inbox = runner._Inbox(child)  # type: ignore[arg-type]  # anything with a fileno()
        one, two = runner._Unit(0, 0, ["a" * 300_000]), runner._Unit(1, 0, ["b"])
        data = bytes(one.pickled()) + bytes(two.pickled()) + bytes(runner._HEADER.size)
        parent.setblocking(False)
        sent = parent.send(data[:100])
        inbox.drain()
        assert bytes(inbox.buffer) == data[:sent]
        parent.setblocking(True)
        writer = threading.Thread(target=parent.sendall, args=(data[sent:],))
        writer.start()
        assert inbox.next() == (0, ["a" * 300_000])
        assert inbox.next() == (1, ["b"])
        assert inbox.next() is None  # a zero length: stop
        writer.join()
        parent.close()
        assert inbox.next() is None  # and end of file
    finally:
        parent.close()
        child.close()


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="no SIGALRM timers")
def test_one_alarm_handler_for_a_whole_run_still_stops_slow_documents() -> None:
    """Workers and the command line install the SIGALRM handler once; each document only sets the timer."""
    previous = signal.getsignal(signal.SIGALRM)
    with runner.alarm_clock():
        clock = runner._AlarmClock.installed
        assert clock is not None and signal.getsignal(signal.SIGALRM) == clock.on_alarm
        with pytest.raises(runner._Timeout), runner.time_limit(0.05):
            time.sleep(2)
        with runner.time_limit(0.05):  # done in time: the timer is cleared, nothing fires later
            pass
        time.sleep(0.1)
        assert runner._AlarmClock.installed is clock
    assert signal.getsignal(signal.SIGALRM) is previous and runner._AlarmClock.installed is None


def test_a_default_socket_timeout_in_the_program_does_not_reach_the_workers_sockets() -> None:
    """``socket.setdefaulttimeout()`` (common in crawlers) must not turn the pool's sockets non-blocking."""
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(1)
    try:
        items = [(PAGES[i % 5] * 3).encode("utf-8") for i in range(12)]  # bytes: articles come back whole
        started = time.monotonic()
        got = list(newscorpus.parse_many(items, jobs=2, chunksize=3))
    finally:
        socket.setdefaulttimeout(previous)
    assert time.monotonic() - started < 20
    assert all(type(r) is newscorpus.Article for r in got)
    assert [r.text for r in got] == [i.decode("utf-8") for i in items]  # type: ignore[union-attr]


_ROW: dict[str, object] = {}


def _reused_row(doc: Doc, result: Result) -> dict[str, object]:
    """A convert that hands back one dict, changed each time (allowed: it is pickled at once)."""
    _ROW.clear()
    _ROW["id"] = doc.id
    return _ROW


def test_results_of_a_unit_are_pickled_as_they_are_when_made() -> None:
    docs = [Doc(id=str(i), text=PAGES[i % 5]) for i in range(12)]
    got = [row for _, row in run(docs, Task(_reused_row), jobs=2, chunksize=3)]
    assert [row["id"] for row in got] == [d.id for d in docs]


def test_one_unit_at_a_time_where_sends_cannot_skip_the_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without non-blocking socket sends (Windows pipes), each worker gets its next unit only when it is
    idle, through Connection.send_bytes: the same results, stuck and dying workers handled as before."""
    monkeypatch.setattr(runner, "_send_socket", lambda conn: None)
    docs = [Doc(id=f"d{i}", text=PAGES[i % 5]) for i in range(12)]
    docs[3] = Doc(id="stuck", text=PAGES[0])
    docs[8] = Doc(id="crash", text=PAGES[0])
    pool_units: list[int] = []
    original_feed = runner._Pool._feed

    def feed(self: runner._Pool[Result], *args: object) -> None:
        original_feed(self, *args)  # type: ignore[arg-type]
        pool_units.extend(len(w.units) for w in self.workers)

    monkeypatch.setattr(runner._Pool, "_feed", feed)
    got = [result for _, result in run(docs, Misbehaving(keep, timeout=1.0), jobs=2, chunksize=3)]
    assert max(pool_units) == 1
    assert got[3] == ParseError("stuck", "took longer than 1 s (worker killed)", "timeout")
    assert isinstance(got[8], ParseError) and got[8].code == "worker-died"
    assert dicts([r for i, r in enumerate(got) if i not in (3, 8)]) == dicts(
        [newscorpus.parse(str(d.text)) for i, d in enumerate(docs) if i not in (3, 8)]
    )
