"""Parse many documents: in order, on all cores, with a time and size limit per document.

Three ways in, one engine:

- :func:`parse_many` (the Python API, ``newscorpus.parse_many``) yields an
  :class:`~newscorpus.Article` or a :class:`ParseError` per item, in input order.
- :func:`parse_partition` parses one partition (any iterable) in the calling
  process and returns JSON-ready rows: the function Dask's ``map_partitions``
  and Spark's ``mapPartitions`` call on each worker.
- :func:`run` is what both use and what the command line drives: it applies a
  :class:`Task` (parse, then convert, both in the worker) to a stream of
  :class:`Doc` and yields ``(doc, converted)`` pairs in input order.

How the process pool works (``jobs > 1``): documents are cut into chunks
(``chunksize`` documents or about 512 KB, whichever comes first) so small
documents do not drown in inter-process overhead; at most ``4 * jobs`` chunks
are in memory at once, so a crawl of any size streams through. Each worker
parses its chunk with a time limit per document (``SIGALRM`` in the worker).
Where sockets allow sends that do not wait (POSIX), a worker is sent its next
chunk while it parses the current one, so it never waits for the parent
between chunks; what does not fit in the socket is written as the worker
reads it, and the parent never blocks on a busy worker. A worker sends a
chunk's results back as one pickle stream (strings its articles share go
once); the parent rebuilds the articles with the cyclic garbage collector
paused.
Should a document hold a worker past the limit anyway (stuck inside C code
that never returns to Python), or should a worker die (a crash, the OOM
killer), the parent kills and replaces the worker, records an error for that
one document and sends the rest of the chunk to another worker: one bad
document never costs the others, and never hangs the run.

In the calling process (``jobs == 1``) the time limit is ``SIGALRM`` in the
main thread on POSIX, and elsewhere (a Dask worker thread, Windows) an
exception raised in the parsing thread by a watchdog timer (CPython).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import functools
import importlib
import io
import multiprocessing as mp
import multiprocessing.connection as mpc
import os
import pickle
import platform
import selectors
import signal
import socket
import struct
import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, Protocol, TypeVar

import attrs

from ..fields.dates import DateOrder, check_date_order
from ..gcpause import paused_gc
from ..model import Article, ParseWarning, _unpickle_article
from ..pipeline import parse
from .docs import Doc, ParseError, to_doc
from .profiles import Profile, ProfileArg, resolve_profile
from .writers import to_row

__all__ = [
    "DEFAULT_CHUNKSIZE",
    "Doc",
    "ParseError",
    "Result",
    "Task",
    "Work",
    "alarm_clock",
    "cpu_count",
    "parse_doc",
    "parse_html_function",
    "parse_many",
    "parse_partition",
    "run",
    "time_limit",
]

#: What parsing one document gives.
Result = Article | ParseError
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

#: Documents per chunk sent to a worker (a chunk also closes at about 512 KB).
DEFAULT_CHUNKSIZE = 64
_CHUNK_BYTES = 512 * 1024
#: Seconds a worker may overrun the time limit before the parent kills it.
_GRACE = 1.0


def cpu_count() -> int:
    """The cores this process may use (its CPU affinity where the OS tells)."""
    if hasattr(os, "process_cpu_count"):
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


# ---------------------------------------------------------------- time limits


class _Timeout(BaseException):
    """Raised inside a parse that ran out of time (a BaseException, so no ``except Exception`` eats it)."""


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None
    )


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise an internal timeout exception in the block if it runs longer than ``seconds``.

    ``SIGALRM`` in the main thread on POSIX; in other threads (and on
    Windows), an exception injected by a watchdog timer, on CPython. Where
    neither is possible the block runs without a limit.
    """
    if not seconds or seconds <= 0:
        yield
        return
    clock = _AlarmClock.installed
    if clock is not None and threading.current_thread() is threading.main_thread():
        # (a handler installed for the whole run: only the timer is set, 5 µs instead of 18)
        clock.arm(seconds)
        try:
            yield
        finally:
            clock.disarm()
        return
    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        with _alarm(seconds):
            yield
        return
    if platform.python_implementation() == "CPython":
        with _watchdog(seconds):
            yield
        return
    yield


class _AlarmClock:
    """A ``SIGALRM`` handler that raises the timeout while a document's limit is armed."""

    #: The clock installed for a whole run (:func:`alarm_clock`), if any: time_limit() then only sets
    #: the timer.
    installed: _AlarmClock | None = None

    def __init__(self) -> None:
        self.armed = False
        self.previous: Any = None

    def on_alarm(self, signum: int, frame: object) -> None:
        if self.armed:
            raise _Timeout

    def install(self) -> None:
        self.previous = signal.signal(signal.SIGALRM, self.on_alarm)

    def arm(self, seconds: float) -> None:
        self.armed = True
        signal.setitimer(signal.ITIMER_REAL, seconds)

    def disarm(self) -> None:
        self.armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)

    def remove(self) -> None:
        self.disarm()
        signal.signal(signal.SIGALRM, self.previous if self.previous is not None else signal.SIG_DFL)


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    clock = _AlarmClock()
    clock.install()
    clock.arm(seconds)
    try:
        yield
    finally:
        clock.remove()


@contextlib.contextmanager
def alarm_clock() -> Iterator[None]:
    """Install the ``SIGALRM`` handler once for a run of many documents (main thread, POSIX; else nothing).

    For a process that runs nothing else meanwhile (a worker, the command line): :func:`time_limit`
    then only sets and clears the timer for each document. Not for a generator that yields to other
    code: the handler would be in place while that code runs.
    """
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
        or _AlarmClock.installed is not None
    ):
        yield
        return
    clock = _AlarmClock()
    clock.install()
    _AlarmClock.installed = clock
    try:
        yield
    finally:
        _AlarmClock.installed = None
        clock.remove()


@contextlib.contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    thread_id = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _set_async_exc(thread_id, _Timeout)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["done"] = True
            fired = state["fired"]
        if fired:
            # The exception may not have been delivered yet: clear it, and raise it here instead.
            _set_async_exc(thread_id, None)
            raise _Timeout


# ---------------------------------------------------------------- one document


@functools.cache
def parse_html_function() -> Callable[..., Article] | None:
    func = getattr(importlib.import_module("newscorpus"), "parse_html", None)
    return func if callable(func) else None


def _html_as_text(html: str | bytes, encoding: str | None) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser", from_encoding=encoding if isinstance(html, bytes) else None)
    for tag in soup(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    return str(soup.get_text("\n"))


def _too_large(content: str | bytes, max_bytes: int | None) -> int | None:
    """The content's size in bytes when it is over ``max_bytes``, else None."""
    if not max_bytes or len(content) <= max_bytes // 4:
        return None
    size = len(content) if isinstance(content, bytes) else len(content.encode("utf-8", "surrogatepass"))
    return size if size > max_bytes else None


def _decode(data: bytes, encoding: str) -> str:
    if data.startswith(b"\xef\xbb\xbf") and encoding.replace("_", "-").lower() in ("utf-8", "utf8"):
        return data[3:].decode("utf-8")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    return data.decode(encoding)


def doc_problem(doc: Doc, max_bytes: int | None) -> ParseError | None:
    """Why ``doc`` can't be parsed at all (a read error, no content, too large), or None."""
    if doc.error is not None:
        return ParseError(doc.id, doc.error, doc.code or "parse-failed")
    content = doc.html if doc.html is not None else doc.text
    if content is None:
        return ParseError(doc.id, "no text or HTML", "no-text")
    size = _too_large(content, max_bytes)
    if size is not None:
        message = f"document is {size:,} bytes, over the limit of {max_bytes:,} bytes"
        return ParseError(doc.id, message, "too-large")
    return None


def parse_doc(
    doc: Doc,
    *,
    max_bytes: int | None = None,
    profile: Profile | None = None,
    date_order: DateOrder | None = None,
) -> Result:
    """Parse one :class:`Doc` in this process (no time limit; see :class:`Task`).

    ``profile`` (a site profile or collection) and ``date_order`` go to ``parse``/``parse_html``.
    """
    problem = doc_problem(doc, max_bytes)
    if problem is not None:
        return problem
    if doc.html is not None:
        return _parse_html(doc, doc.html, profile, date_order)
    content = doc.text
    assert content is not None  # doc_problem said so
    if isinstance(content, bytes) and doc.encoding is not None:
        try:
            content = _decode(content, doc.encoding)
        except UnicodeDecodeError as exc:
            return ParseError(
                doc.id,
                f"not valid {exc.encoding} (byte 0x{content[exc.start]:02x} at offset {exc.start}); "
                "pass the right encoding",
                "undecodable",
            )
        except LookupError:
            return ParseError(doc.id, f"unknown encoding {doc.encoding!r}", "undecodable")
    return parse(content, url=doc.url, profile=profile, date_order=date_order)


def _parse_html(
    doc: Doc, html: str | bytes, profile: Profile | None = None, date_order: DateOrder | None = None
) -> Result:
    func = parse_html_function()
    if func is not None:
        options: dict[str, Any] = {}
        if profile is not None:
            options["profile"] = profile
        if date_order is not None:
            options["date_order"] = date_order
        return func(html, url=doc.url, encoding=doc.encoding, **options)
    try:
        text = _html_as_text(html, doc.encoding)
    except LookupError:
        return ParseError(doc.id, f"unknown encoding {doc.encoding!r}", "undecodable")
    art = parse(text, url=doc.url, profile=profile, date_order=date_order)
    warn = ParseWarning(
        "html-as-text",
        "newscorpus.parse_html is not available in this version: the page's text "
        "(BeautifulSoup get_text) was parsed as plain text",
    )
    return attrs.evolve(art, warnings=(*art.warnings, warn))


def keep(doc: Doc, result: Result) -> Result:
    """The identity conversion: :func:`parse_many` hands back the Article or ParseError itself."""
    return result


@attrs.frozen
class Task(Generic[R]):
    """What a worker does with each document: parse it within the limits, then ``convert`` the result.

    ``convert(doc, result)`` runs in the worker too (building JSON or a row
    there spares the parent and the pipe); it must be picklable (a module
    level function or a ``functools.partial`` of one).
    """

    convert: Callable[[Doc, Result], R]
    timeout: float | None = None
    max_bytes: int | None = None
    #: A site profile (or collection) for ``parse(..., profile=...)``, or the path of one: a path
    #: is read once per process (:func:`~newscorpus.corpus.profiles.load_profile`).
    profile: ProfileArg = attrs.field(default=None, eq=False)
    #: How numeric dates such as ``03/04/2021`` are read (``"DMY"``, ``"MDY"``): ``parse(date_order=...)``.
    date_order: DateOrder | None = attrs.field(default=None)

    @date_order.validator
    def _known_order(self, attribute: attrs.Attribute[Any], value: object) -> None:
        check_date_order(value)

    def __call__(self, doc: Doc) -> R:
        result: Result
        try:
            profile = resolve_profile(self.profile)
        except Exception as exc:
            return self.convert(
                doc, ParseError(doc.id, f"cannot read the site profile: {exc}", "parse-failed")
            )
        try:
            with time_limit(self.timeout):
                result = parse_doc(doc, max_bytes=self.max_bytes, profile=profile, date_order=self.date_order)
        except _Timeout:
            result = ParseError(doc.id, f"took longer than {self.timeout:g} s", "timeout")
        except Exception as exc:
            result = ParseError(doc.id, f"parse failed: {exc!r}", "parse-failed")
        try:
            return self.convert(doc, result)
        except Exception as exc:
            return self.convert(doc, ParseError(doc.id, f"converting the result failed: {exc!r}"))

    def fail(self, doc: Doc, error: str, code: str) -> R:
        """The converted error for a document the worker could not finish."""
        return self.convert(doc, ParseError(doc.id, error, code))


class Work(Protocol[R_co]):
    """What :func:`run` applies to each item: a :class:`Task` (items are :class:`Doc`), or any
    picklable callable with a ``timeout`` (seconds an item may take, for the parent to enforce)
    and a ``fail`` (the result for an item whose worker died or hung)."""

    @property
    def timeout(self) -> float | None: ...

    def __call__(self, item: Any, /) -> R_co: ...

    def fail(self, item: Any, error: str, code: str, /) -> R_co: ...


class _Sized(Protocol):
    @property
    def size(self) -> int: ...


D = TypeVar("D", bound=_Sized)


# ---------------------------------------------------------------- the engine


def _chunks(docs: Iterator[D], chunksize: int) -> Iterator[list[D]]:
    chunk: list[D] = []
    size = 0
    for doc in docs:
        chunk.append(doc)
        size += doc.size
        if len(chunk) >= chunksize or size >= _CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def run(
    docs: Iterable[D],
    task: Work[R],
    *,
    jobs: int = 1,
    chunksize: int | None = None,
) -> Iterator[tuple[D, R]]:
    """Apply ``task`` to every document; yield ``(doc, task(doc))`` in input order.

    ``jobs > 1`` uses that many worker processes (see the module doc). Input
    too small to fill one chunk is parsed in this process.
    """
    size = max(1, chunksize or DEFAULT_CHUNKSIZE)
    chunks = _chunks(iter(docs), size)
    if jobs <= 1:
        for chunk in chunks:
            for doc in chunk:
                yield doc, task(doc)
        return
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if second is None:  # a single chunk: not worth starting processes
        for doc in first:
            yield doc, task(doc)
        return

    def again() -> Iterator[list[D]]:
        yield first
        yield second
        yield from chunks

    yield from _Pool(task, jobs).run(again())


def _worker_main(
    conn: mpc.Connection,
    task: Work[Any],
    index: Any,
    started: Any,
    begun: Any,
    inherited: tuple[int, ...],
    framed: bool,
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    # A forked worker holds copies of the parent's ends of the pipes (its own and the other
    # workers'): close them, so that when the parent dies (even by kill -9) every worker
    # reads end-of-file, or a broken pipe, and exits instead of waiting for ever.
    for fd in inherited:
        with contextlib.suppress(OSError):
            os.close(fd)
    inbox = _Inbox(conn) if framed else None
    with alarm_clock():
        _serve(conn, task, index, started, begun, inbox)


def _serve(
    conn: mpc.Connection, task: Work[Any], index: Any, started: Any, begun: Any, inbox: _Inbox | None
) -> None:
    """The worker's loop: units in, results out, until told to stop or the parent is gone."""
    while True:
        try:
            message = inbox.next() if inbox is not None else _unframed(conn)
        except (EOFError, OSError):
            return
        if message is None:
            return
        unit_id, docs = message
        begun.value += 1
        # The unit's articles go as one pickle stream: a string or tuple they share (segment kinds, reasons)
        # is written once and read back as one object (their packed values are immutable). Any other result
        # is pickled alone (a task may hand back one object, changed each time). Each result is written as
        # soon as it is made: the article's segments are then freed while their memory is still in the
        # cache (keeping a unit's articles alive until it is sent costs ~10% more time).
        stream = io.BytesIO()
        pickler = pickle.Pickler(stream, pickle.HIGHEST_PROTOCOL)
        textless: list[int] = []
        others: dict[int, bytes] = {}
        for k, doc in enumerate(docs):
            index.value = k
            started.value = time.monotonic()
            result = task(doc)
            packed = _packed(result, getattr(doc, "text", None), k, textless)
            if packed is result:
                others[k] = pickle.dumps(result, pickle.HIGHEST_PROTOCOL)
            else:
                pickler.dump(packed)
            if inbox is not None:
                inbox.drain()
        started.value = 0.0
        pickler.dump([unit_id, textless, others])  # (a list: the articles' packs are tuples)
        try:
            conn.send_bytes(stream.getbuffer())
        except (BrokenPipeError, OSError):
            return


def _unframed(conn: mpc.Connection) -> Any:
    """The next message sent with ``Connection.send_bytes`` (no second unit in flight), None to stop."""
    data = conn.recv_bytes()
    return pickle.loads(data) if data else None


# Units go from parent to worker, where the platform allows (a socket pair and MSG_DONTWAIT: Linux, macOS,
# the BSDs), as an 8-byte length and the pickle, written without blocking. A worker then holds its next
# unit while it parses the current one (it never waits for the parent between units), and a worker stuck
# in C code cannot stop the parent: what does not fit in the socket is kept and written when the worker
# reads, while the parent goes on collecting results and enforcing the time limit. Elsewhere (pipes on
# Windows) a worker has one unit at a time, sent with Connection.send_bytes while the worker waits for it.
_HEADER = struct.Struct("<Q")
_DONTWAIT: int = getattr(socket, "MSG_DONTWAIT", 0)
_READ_SIZE = 256 * 1024


def _send_socket(conn: mpc.Connection) -> socket.socket | None:
    """A socket object over a duplicate of ``conn``'s descriptor, for non-blocking sends; None if none."""
    if not _DONTWAIT or sys.platform == "win32":
        return None
    fd = os.dup(conn.fileno())
    try:
        return _blocking_socket(fd)
    except OSError:  # not a socket
        os.close(fd)
        return None


def _blocking_socket(fd: int) -> socket.socket:
    """A socket object over ``fd``, in blocking mode (sends that must not wait say so each time).

    A program's ``socket.setdefaulttimeout()`` would make it a timeout socket, and its descriptor, which
    the Connection shares, non-blocking: reads and writes would fail half-way.
    """
    sock = socket.socket(fileno=fd)
    sock.setblocking(True)
    return sock


class _Inbox:
    """The worker's end of the framed stream: the next unit, read ahead of time.

    :meth:`drain` (between documents) takes whatever the parent has written without waiting, so that
    the parent can write the rest of the next unit while this one is parsed; :meth:`next` waits for a
    whole unit.
    """

    def __init__(self, conn: mpc.Connection) -> None:
        self.sock = _blocking_socket(os.dup(conn.fileno()))
        self.buffer = bytearray()
        self.scratch = bytearray(_READ_SIZE)
        self.closed = False

    def drain(self) -> None:
        while not self.closed:
            try:
                n = self.sock.recv_into(self.scratch, 0, _DONTWAIT)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:  # (the parent is gone: next() says so)
                n = 0
            if not self._take(n):
                return

    def _take(self, n: int) -> bool:
        if n == 0:
            self.closed = True
            return False
        with memoryview(self.scratch) as view, view[:n] as got:
            self.buffer += got
        return True

    def next(self) -> Any:
        """The next unit, unpickled; None to stop (a zero length, or the parent is gone)."""
        while True:
            if len(self.buffer) >= _HEADER.size:
                (size,) = _HEADER.unpack_from(self.buffer)
                if size == 0:
                    return None
                end = _HEADER.size + size
                if len(self.buffer) >= end:
                    with memoryview(self.buffer) as view, view[_HEADER.size : end] as data:
                        message = pickle.loads(data)
                    del self.buffer[:end]
                    return message
            if self.closed:
                return None
            try:
                n = self.sock.recv_into(self.scratch)
            except InterruptedError:
                continue
            self._take(n)


def _packed(result: object, text: object, k: int, textless: list[int]) -> object:
    """What the worker pickles for ``result``: an Article of the document's own text (parsed from a ``str``)
    goes without it.

    The parent holds that text already: leaving it out spares both ends its encoding and decoding and
    the pipe nine tenths of the bytes. ``k`` is then added to ``textless``, and the parent rebuilds the
    article with :func:`_unpacked` from ``Article.__reduce__``'s arguments but the text.
    """
    if type(result) is Article and text is not None and result.text is text:
        rebuild, args = result.__reduce__()
        if rebuild is _unpickle_article:
            textless.append(k)
            return (args[0], *args[2:])
    return result


def _unpacked(data: bytes, docs: list[Any]) -> list[Any]:
    """The results a worker sent for ``docs`` (see _serve), each text given back to its article."""
    unpickler = pickle.Unpickler(io.BytesIO(data))
    packs = []
    while type(item := unpickler.load()) is not list:
        packs.append(item)
    _, textless, others = item
    out: list[Any] = [None] * len(docs)
    for k, (version, *rest) in zip(textless, packs, strict=True):
        out[k] = _unpickle_article(version, docs[k].text, *rest)
    for k, blob in others.items():
        out[k] = pickle.loads(blob)
    return out


def _split_tail(pending: deque[_Unit], want: int) -> None:
    """Once the input is read, halve the largest waiting units until there are ``want`` of them.

    The last units then are small, so that no worker is left with a long one while the others
    have nothing to do. Results are filled in by chunk and offset, so order does not matter.
    """
    while 0 < len(pending) < want:
        largest = max(pending, key=lambda unit: len(unit.docs))
        size = len(largest.docs)
        if size < 2:
            return
        half = size // 2
        pending.remove(largest)
        pending.append(_Unit(largest.seq, largest.offset, largest.docs[:half]))
        pending.append(_Unit(largest.seq, largest.offset + half, largest.docs[half:]))


@attrs.define
class _Unit:
    """Part of a chunk sent to one worker: ``docs`` start at ``offset`` in chunk ``seq``.

    ``message`` is what is sent for it, once pickled (see _Pool.run: ahead of time): the length of
    the pickle (8 bytes, for the framed stream) and the pickle.
    """

    seq: int
    offset: int
    docs: list[Any]
    message: memoryview | None = None

    def pickled(self) -> memoryview:
        if self.message is None:
            out = io.BytesIO()
            out.write(bytes(_HEADER.size))
            pickle.dump((self.seq, self.docs), out, pickle.HIGHEST_PROTOCOL)
            view = out.getbuffer()
            _HEADER.pack_into(view, 0, len(view) - _HEADER.size)
            self.message = view
        return self.message


@attrs.define
class _Chunk:
    docs: list[Any]
    results: list[Any]
    missing: int


@attrs.define(eq=False)
class _Worker:
    """A worker process and what the parent knows of it.

    ``units`` were sent to it (the first is being parsed, or is next); ``outbox`` is what is not yet
    written of the last one; ``begun`` (shared) counts the units it has begun and ``received`` those
    whose results came back, so ``units[begun - received - 1]`` is the one it is on.
    """

    proc: Any
    conn: mpc.Connection
    sock: socket.socket | None
    index: Any
    started: Any
    begun: Any
    units: deque[_Unit] = attrs.Factory(deque)
    outbox: memoryview | None = None
    received: int = 0

    def current(self, units: int) -> int:
        """The position among its ``units`` (how many were sent) of the unit being parsed, or -1 (between
        units)."""
        if not self.started.value:
            return -1
        position = int(self.begun.value) - self.received - 1
        return position if 0 <= position < units else -1


def _context() -> Any:
    """``fork`` on Linux while this process has no other threads (fast: nothing re-imported).

    Else ``forkserver`` on Linux (forking a process with threads is unsafe), the default elsewhere.
    """
    methods = mp.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
        return mp.get_context("fork")
    if "forkserver" in methods and sys.platform.startswith("linux"):
        return mp.get_context("forkserver")
    return mp.get_context()


class _Pool(Generic[R]):
    def __init__(self, task: Work[R], jobs: int) -> None:
        self.task = task
        self.jobs = jobs
        self.ctx = _context()
        self.workers: list[_Worker] = []
        self.unblamed = 0

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        sock = _send_socket(parent)
        index = self.ctx.Value("l", 0, lock=False)
        started = self.ctx.Value("d", 0.0, lock=False)
        begun = self.ctx.Value("l", 0, lock=False)
        inherited: tuple[int, ...] = ()
        if self.ctx.get_start_method() == "fork":
            inherited = (parent.fileno(), *(w.conn.fileno() for w in self.workers))
            inherited += tuple(w.sock.fileno() for w in self.workers if w.sock is not None)
            if sock is not None:
                inherited += (sock.fileno(),)
        proc = self.ctx.Process(
            target=_worker_main,
            args=(child, self.task, index, started, begun, inherited, sock is not None),
            daemon=True,
            name="newscorpus-worker",
        )
        with warnings.catch_warnings():
            # "fork with threads" warnings: fork is only chosen when there are none.
            warnings.simplefilter("ignore", DeprecationWarning)
            proc.start()
        child.close()
        worker = _Worker(proc, parent, sock, index, started, begun)
        self.workers.append(worker)
        return worker

    def _stop(self, worker: _Worker) -> None:
        with contextlib.suppress(Exception):
            worker.proc.kill()
        worker.proc.join(5)
        worker.conn.close()
        if worker.sock is not None:
            worker.sock.close()
        self.workers.remove(worker)

    def run(self, chunk_iter: Iterator[list[D]]) -> Iterator[tuple[D, R]]:
        window = 4 * self.jobs
        pending: deque[_Unit] = deque()
        chunks: dict[int, _Chunk] = {}
        next_seq = 0
        next_emit = 0
        source_done = False
        try:
            for _ in range(self.jobs):
                self._start()
            received: list[tuple[_Unit, bytes]] = []
            while True:
                while not source_done and len(chunks) < window:
                    chunk = next(chunk_iter, None)
                    if chunk is None:
                        source_done = True
                        break
                    chunks[next_seq] = _Chunk(chunk, [None] * len(chunk), len(chunk))
                    pending.append(_Unit(next_seq, 0, chunk))
                    next_seq += 1
                if source_done:
                    _split_tail(pending, 2 * self.jobs)
                # Workers get their next unit before the parent unpickles what they sent: they
                # parse while it reads.
                self._feed(chunks, pending, source_done)
                # (with the cyclic collector paused: an article is a hundred objects that the collector
                # would otherwise walk again and again, every few articles, as they come in)
                with paused_gc():
                    for unit, data in received:
                        self._fill(chunks, unit.seq, unit.offset, _unpacked(data, unit.docs))
                # The next units are pickled now, while the workers parse: a worker that is done then
                # waits for no more than the bytes to cross the pipe.
                for _, unit in zip(range(self.jobs), pending, strict=False):
                    unit.pickled()
                while next_emit in chunks and chunks[next_emit].missing == 0:
                    done = chunks.pop(next_emit)
                    next_emit += 1
                    yield from zip(done.docs, done.results, strict=True)
                if source_done and not chunks:
                    return
                received = self._wait(chunks, pending)
        finally:
            for worker in list(self.workers):
                if not worker.units:
                    self._send_stop(worker)
            deadline = time.monotonic() + 2.0
            for worker in list(self.workers):
                worker.proc.join(max(0.0, deadline - time.monotonic()) if not worker.units else 0)
                self._stop(worker)

    def _feed(self, chunks: dict[int, _Chunk], pending: deque[_Unit], source_done: bool) -> None:
        """Send units: one to each idle worker, then (framed stream) a second to each worker whose first
        is written, while there are enough units left that no worker will sit idle at the end."""
        for worker in list(self.workers):
            if not worker.units and pending and worker in self.workers:
                self._send(worker, pending.popleft(), chunks, pending)
        for worker in list(self.workers):
            if (
                worker in self.workers
                and worker.sock is not None
                and len(worker.units) == 1
                and worker.outbox is None
                and pending
                and (not source_done or len(pending) >= self.jobs)
            ):
                self._send(worker, pending.popleft(), chunks, pending)

    def _send(self, worker: _Worker, unit: _Unit, chunks: dict[int, _Chunk], pending: deque[_Unit]) -> None:
        worker.units.append(unit)
        message = unit.pickled()
        unit.message = None  # (sent: a unit sent again after a loss is pickled anew, if ever)
        if worker.sock is not None:
            worker.outbox = message
            self._flush(worker, chunks, pending)
            return
        worker.started.value = 0.0
        try:
            worker.conn.send_bytes(message[_HEADER.size :])
        except (BrokenPipeError, OSError):
            self._lost(worker, chunks, pending, "worker-died", "the worker process died")

    def _flush(self, worker: _Worker, chunks: dict[int, _Chunk], pending: deque[_Unit]) -> None:
        """Write what the socket takes now of the worker's outbox."""
        assert worker.sock is not None
        while worker.outbox is not None:
            try:
                n = worker.sock.send(worker.outbox, _DONTWAIT)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                if exc.errno == errno.ENOBUFS:  # (BSD sockets: buffers full for now)
                    return
                self._lost(worker, chunks, pending, "worker-died", "the worker process died")
                return
            worker.outbox = worker.outbox[n:] if n < len(worker.outbox) else None

    def _send_stop(self, worker: _Worker) -> None:
        with contextlib.suppress(Exception):
            if worker.sock is not None:
                worker.sock.send(bytes(_HEADER.size), _DONTWAIT)
            else:
                worker.conn.send_bytes(b"")

    def _wait(self, chunks: dict[int, _Chunk], pending: deque[_Unit]) -> list[tuple[_Unit, bytes]]:
        """Wait for workers; return the units done, each with its results still pickled."""
        received: list[tuple[_Unit, bytes]] = []
        busy = [w for w in self.workers if w.units]
        if not busy:
            return received
        timeout = self.task.timeout
        poll = None if not timeout else min(0.25, timeout / 4)
        writing = [w for w in busy if w.outbox is not None]  # (an outbox only ever comes with a socket)
        socks = [w.sock for w in writing if w.sock is not None]
        readable, writable = _select([w.conn for w in busy], socks, poll)
        for worker in busy:
            if worker.conn not in readable or worker not in self.workers:
                continue
            try:
                data = worker.conn.recv_bytes()
            except (EOFError, OSError):
                worker.proc.join(1)
                code = worker.proc.exitcode
                self._lost(worker, chunks, pending, "worker-died", f"the worker process died (exit {code})")
                continue
            received.append((worker.units.popleft(), data))
            worker.received += 1
        # (written after the results are read: a worker that sent them and died is not asked to redo them)
        for worker in writing:
            if worker.sock in writable and worker in self.workers:
                self._flush(worker, chunks, pending)
        if timeout:
            now = time.monotonic()
            for worker in busy:
                started = worker.started.value
                if worker in self.workers and worker.units and started and now - started > timeout + _GRACE:
                    self._lost(
                        worker,
                        chunks,
                        pending,
                        "timeout",
                        f"took longer than {timeout:g} s (worker killed)",
                        seen=started,
                    )
        return received

    def _fill(self, chunks: dict[int, _Chunk], seq: int, offset: int, out: list[Any]) -> None:
        chunk = chunks[seq]
        chunk.results[offset : offset + len(out)] = out
        chunk.missing -= len(out)

    def _lost(
        self,
        worker: _Worker,
        chunks: dict[int, _Chunk],
        pending: deque[_Unit],
        code: str,
        message: str,
        seen: float | None = None,
    ) -> None:
        """The worker cannot finish its units: blame the document it was on, re-queue the others.

        ``seen``: the start time of the document the time limit was enforced on; should the worker have
        moved on before it was killed, nobody is blamed and every unit is retried.
        """
        units = list(worker.units)
        worker.units.clear()
        worker.outbox = None
        self._stop(worker)  # (killed first: what it was on is read once it can change no more)
        current = worker.current(len(units))
        k = int(worker.index.value)
        self._start()
        if seen is not None and worker.started.value != seen:
            pending.extendleft(reversed(units))  # it finished that document just then: no blame, no count
            return
        # (re-queued at the front, in their order)
        for position in reversed(range(len(units))):
            unit = units[position]
            if position != current or not 0 <= k < len(unit.docs):
                pending.appendleft(unit)
                continue
            doc = unit.docs[k]
            self._fill(chunks, unit.seq, unit.offset + k, [self.task.fail(doc, message, code)])
            if k + 1 < len(unit.docs):
                pending.appendleft(_Unit(unit.seq, unit.offset + k + 1, unit.docs[k + 1 :]))
            if k > 0:
                pending.appendleft(_Unit(unit.seq, unit.offset, unit.docs[:k]))
        if current < 0:  # died between documents: nobody to blame, all its units are retried
            self.unblamed += 1
            if self.unblamed > 3 * self.jobs + 10:
                raise RuntimeError(f"newscorpus worker processes keep dying ({message})")


def _select(
    readers: list[mpc.Connection], writers: list[socket.socket], timeout: float | None
) -> tuple[set[Any], set[Any]]:
    """The readers ready to read and the writers ready to write, waiting up to ``timeout`` seconds."""
    with selectors.DefaultSelector() as selector:
        for conn in readers:
            selector.register(conn, selectors.EVENT_READ)
        for sock in writers:
            selector.register(sock, selectors.EVENT_WRITE)
        events = selector.select(timeout)
    readable = {key.fileobj for key, mask in events if mask & selectors.EVENT_READ}
    writable = {key.fileobj for key, mask in events if mask & selectors.EVENT_WRITE}
    return readable, writable


# ---------------------------------------------------------------- public front ends


def parse_many(
    items: Iterable[object],
    *,
    jobs: int = 1,
    timeout: float | None = None,
    max_bytes: int | None = None,
    chunksize: int | None = None,
    profile: ProfileArg = None,
    date_order: DateOrder | None = None,
) -> Iterator[Article | ParseError]:
    """Parse many pages; yield an :class:`~newscorpus.Article` or a :class:`ParseError` for each, in order.

    Items may be ``str`` or ``bytes`` (the page's text), a dict with ``text``
    or ``html`` and optionally ``id``, ``url`` and ``encoding``, an
    ``(id, text)`` or ``(id, text, url)`` tuple, or a :class:`Doc`. An
    item's id is its ``id``, else its position (``"0"``, ``"1"``...); it
    names the item in a :class:`ParseError`. Nothing raises: a bad item, one
    over ``max_bytes`` or one that takes longer than ``timeout`` seconds gives
    a :class:`ParseError` and the run goes on.

    ``jobs`` worker processes (``0`` or less: all cores) parse ``chunksize``
    documents at a time. The input is read lazily, so it may be a generator
    over a crawl of any size.

    ``profile`` (a :class:`~newscorpus.site.SiteProfiles` collection, one
    :class:`~newscorpus.site.SiteProfile`, or the path of a saved one, read
    once per worker process) relabels the lines that recur across a site
    (docs/site.md). ``date_order`` (``"DMY"`` or ``"MDY"``) is how numeric dates
    are read on every page, as for :func:`newscorpus.parse`.

    >>> [type(r).__name__ for r in parse_many(["Title\\n\\nSome text.", {"id": "x", "text": 3}])]
    ['Article', 'ParseError']
    """
    jobs = cpu_count() if jobs <= 0 else jobs
    # (built here, not in the generator: a wrong argument is an error at the call, not at the first item)
    task: Task[Result] = Task(
        keep, timeout=timeout, max_bytes=max_bytes, profile=profile, date_order=date_order
    )
    docs = (to_doc(item, i) for i, item in enumerate(items))
    return (result for _, result in run(docs, task, jobs=jobs, chunksize=chunksize))


def parse_partition(
    items: Iterable[object],
    *,
    segments: bool = False,
    timeout: float | None = None,
    max_bytes: int | None = None,
    profile: ProfileArg = None,
    date_order: DateOrder | None = None,
) -> list[dict[str, object]]:
    """Parse one partition in this process; return one JSON-ready row per item, in order.

    The function to hand to Dask (``bag.map_partitions``) or Spark
    (``rdd.mapPartitions``): it needs nothing but newscorpus on the worker.
    Items are what :func:`parse_many` takes (give each an ``id``: positions
    restart at 0 in every partition). A row is ``{"id", "url", **Article.to_dict()}``
    or ``{"id", "url", "error", "error_code"}`` (see :func:`newscorpus.corpus.writers.to_row`).
    ``profile`` is a site profile collection or the path of one (read once per
    process), and ``date_order``, as for :func:`parse_many`; learn a profile with
    :func:`~newscorpus.corpus.learn_partition`.

    >>> page = "Big news today\\n\\nBy Jane Doe\\n\\nThe story."
    >>> rows = parse_partition([{"id": "a", "text": page}, {"id": "b"}])
    >>> [(row["id"], row.get("headline"), row.get("error_code")) for row in rows]
    [('a', 'Big news today', None), ('b', None, 'no-text')]
    """
    docs = (to_doc(item, i) for i, item in enumerate(items))
    task = Task(
        functools.partial(to_row, segments=segments),
        timeout=timeout,
        max_bytes=max_bytes,
        profile=profile,
        date_order=date_order,
    )
    return [row for _, row in run(docs, task, jobs=1)]
