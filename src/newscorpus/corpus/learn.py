"""Learn site profiles from a corpus itself: the furniture of each site is the lines its pages share.

A :class:`~newscorpus.site.SiteProfiles` collection holds one profile per
site, keyed by :func:`~newscorpus.site.key_for`: the page's URL host, else
the name of the source parser ``parse()`` would choose, else ``"generic"``:
the key ``parse(..., profile=profiles)`` looks the page up by. Each page is
learned from the text ``parse`` sees: a text page's (decoded) text, an HTML
page's rendered text (``render_html``, what ``parse_html`` parses), so the
lines match.

Three ways in:

- :func:`learn_partition` learns one partition (any iterable of the items
  :func:`~newscorpus.parse_many` takes) in this process: the function for
  Dask (:func:`newscorpus.dask.learn_bag`) and Spark's ``mapPartitions``.
- :func:`learn_many` learns a stream of items on ``jobs`` worker processes.
- :func:`learn_batches` is what the command line drives (``newscorpus learn``,
  ``newscorpus parse --learn``): documents are cut into batches of
  ``chunksize`` documents (or about 4 MB), each batch is learned in a worker
  into its own collection, and the collections are merged in input order
  (:func:`merge_profiles`). The batches do not depend on ``jobs``, so neither
  does the result; while the profiles' tables do not overflow, merging is
  exact and the result equals learning every page in one process.

A document that cannot be read or rendered (or takes longer than ``timeout``)
is left out and reported as a :class:`~newscorpus.corpus.ParseError`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from ..decode import as_text
from ..lines import split_lines
from ..pipeline import _score_window
from ..site import SiteProfiles, key_for
from ..sources import choose_parser
from .docs import Doc, ParseError, to_doc
from .runner import (
    _decode,
    _html_as_text,
    _Timeout,
    cpu_count,
    doc_problem,
    parse_html_function,
    run,
    time_limit,
)

__all__ = [
    "DEFAULT_BATCH",
    "Batch",
    "LearnTask",
    "Learned",
    "learn_batches",
    "learn_many",
    "learn_partition",
    "merge_profiles",
    "page_key",
    "page_text",
]

#: Documents a worker learns at once (a batch also closes at about 4 MB).
DEFAULT_BATCH = 256
_BATCH_BYTES = 4 * 1024 * 1024
_NO_HOST = "\x00"


# ---------------------------------------------------------------- one page


def page_key(text: str, url: str | None = None) -> str:
    """The profile key ``parse(text, url=url, profile=profiles)`` looks the page up by.

    The URL's host (:func:`~newscorpus.site.key_for`); without one, the name of
    the source parser ``parse`` chooses for the text, else ``"generic"``.

    >>> page_key("Home\\nA story.", "https://www.example.com/a"), page_key("Home\\nA story.")
    ('example.com', 'generic')
    """
    key = key_for(url, _NO_HOST)
    if key != _NO_HOST:
        return key
    parser, _ = choose_parser(text, url, None, window=_score_window(split_lines(text)))
    return key_for(None, parser.name if parser is not None else None)


def _html_page(html: str | bytes, url: str | None, encoding: str | None) -> tuple[str, str | None]:
    """The text ``parse_html`` renders, and the URL it looks the profile up by (the page's
    canonical URL when ``url`` is None)."""
    if parse_html_function() is None:  # pragma: no cover - parse_html ships with newscorpus
        return _html_as_text(html, encoding), url
    from ..html.encoding import decode_html
    from ..html.evidence import extract_evidence
    from ..html.render import render_text, to_tree_with_warnings

    markup = decode_html(html, encoding)[0] if isinstance(html, bytes) else html
    root, _ = to_tree_with_warnings(markup)
    text = render_text(root)
    if url is None and root is not None:
        found = extract_evidence(root).url
        if found and found.startswith(("http://", "https://", "//")):
            url = found
    return text, url


def page_text(doc: Doc, *, max_bytes: int | None = None) -> tuple[str, str | None] | ParseError:
    """``(text, url)``: the text ``parse``/``parse_html`` would parse for ``doc`` (an HTML page's
    rendered text) and the URL its profile is looked up by; or why there is none."""
    problem = doc_problem(doc, max_bytes)
    if problem is not None:
        return problem
    content = doc.html if doc.html is not None else doc.text
    assert content is not None  # doc_problem said so
    try:
        if doc.html is not None:
            return _html_page(doc.html, doc.url, doc.encoding)
        if isinstance(content, bytes) and doc.encoding is not None:
            content = _decode(content, doc.encoding)
    except UnicodeDecodeError as exc:
        return ParseError(
            doc.id, f"not valid {exc.encoding} (offset {exc.start}); pass the right encoding", "undecodable"
        )
    except LookupError:
        return ParseError(doc.id, f"unknown encoding {doc.encoding!r}", "undecodable")
    text, _ = as_text(content)
    return text, doc.url


def _learn_doc(
    profiles: SiteProfiles, doc: Doc, timeout: float | None, max_bytes: int | None
) -> ParseError | None:
    """Learn one document into ``profiles``; the error when it gives no page."""
    try:
        with time_limit(timeout):
            found = page_text(doc, max_bytes=max_bytes)
            if isinstance(found, ParseError):
                return found
            text, url = found
            key = page_key(text, url)
    except _Timeout:
        return ParseError(doc.id, f"took longer than {timeout:g} s", "timeout")
    except Exception as exc:
        return ParseError(doc.id, f"reading the page failed: {exc!r}", "parse-failed")
    profiles.learn(text, key)  # outside the time limit: a profile is never left half-updated
    return None


# ---------------------------------------------------------------- merging


def _merge_into(out: SiteProfiles, part: SiteProfiles, *, copy: bool = True) -> None:
    if (part.width, part.depth, part.capacity) != (out.width, out.depth, out.capacity):
        raise ValueError(
            f"cannot merge site profiles of different shapes: width/depth/capacity "
            f"{out.width}/{out.depth}/{out.capacity} and {part.width}/{part.depth}/{part.capacity}"
        )
    for key, profile in part.items():
        mine = out.get(key)
        if mine is None:
            out[key] = profile.copy() if copy else profile
        else:
            out[key] = mine.merge(profile)


def merge_profiles(parts: Iterable[SiteProfiles]) -> SiteProfiles:
    """One collection of every part's pages, merged site by site in order (the inputs are unchanged).

    The aggregate for Dask's ``reduction`` (a list of partial results); for a
    pair, ``a.merge(b)`` does the same. While the tables fit, the result equals
    learning every page in one process, in the parts' order.

    >>> a = SiteProfiles(); _ = a.learn("Home\\nStory one.", "x.com")
    >>> b = SiteProfiles(); _ = b.learn("Home\\nStory two.", "x.com"); _ = b.learn("Menu", "y.org")
    >>> merged = merge_profiles([a, b])
    >>> list(merged), merged["x.com"].count("home"), merged == a.merge(b)
    (['x.com', 'y.org'], 2, True)
    """
    out: SiteProfiles | None = None
    for part in parts:
        if out is None:
            out = SiteProfiles(width=part.width, depth=part.depth, capacity=part.capacity)
        _merge_into(out, part)
    return out if out is not None else SiteProfiles()


# ---------------------------------------------------------------- batches on worker processes


@attrs.frozen
class Batch:
    """Consecutive documents a worker learns into one collection."""

    docs: tuple[Doc, ...]

    @property
    def size(self) -> int:
        return sum(doc.size for doc in self.docs)


@attrs.frozen
class Learned:
    """What learning a :class:`Batch` gives: its profiles, the pages learned and the documents left out."""

    profiles: SiteProfiles = attrs.field(eq=False)
    pages: int
    errors: tuple[ParseError, ...] = ()


@attrs.frozen
class LearnTask:
    """Learn a :class:`Batch` (for :func:`~newscorpus.corpus.runner.run`): ``doc_timeout`` seconds
    per document in the worker; the parent gives a whole batch ``batch`` times that."""

    doc_timeout: float | None = None
    max_bytes: int | None = None
    batch: int = DEFAULT_BATCH

    @property
    def timeout(self) -> float | None:
        return self.doc_timeout * self.batch if self.doc_timeout else None

    def __call__(self, batch: Batch) -> Learned:
        profiles = SiteProfiles()
        errors = []
        for doc in batch.docs:
            error = _learn_doc(profiles, doc, self.doc_timeout, self.max_bytes)
            if error is not None:
                errors.append(error)
        return Learned(profiles, len(batch.docs) - len(errors), tuple(errors))

    def fail(self, batch: Batch, error: str, code: str) -> Learned:
        """A batch whose worker died or hung: every document in it is left out."""
        return Learned(SiteProfiles(), 0, tuple(ParseError(doc.id, error, code) for doc in batch.docs))


def _batches(docs: Iterable[Doc], size: int) -> Iterator[Batch]:
    batch: list[Doc] = []
    total = 0
    for doc in docs:
        batch.append(doc)
        total += doc.size
        if len(batch) >= size or total >= _BATCH_BYTES:
            yield Batch(tuple(batch))
            batch, total = [], 0
    if batch:
        yield Batch(tuple(batch))


def learn_batches(
    docs: Iterable[Doc],
    *,
    jobs: int = 1,
    timeout: float | None = None,
    max_bytes: int | None = None,
    chunksize: int | None = None,
) -> Iterator[tuple[Batch, Learned]]:
    """Learn ``docs`` in batches of ``chunksize`` documents on ``jobs`` processes; yield each batch
    with what it gave, in input order (merge them with :func:`merge_profiles`)."""
    size = max(1, chunksize or DEFAULT_BATCH)
    task = LearnTask(doc_timeout=timeout or None, max_bytes=max_bytes, batch=size)
    yield from run(_batches(docs, size), task, jobs=jobs, chunksize=1)


def learn_many(
    items: Iterable[object],
    *,
    jobs: int = 1,
    timeout: float | None = None,
    max_bytes: int | None = None,
    chunksize: int | None = None,
) -> SiteProfiles:
    """Learn a profile per site from many pages (the items :func:`~newscorpus.parse_many` takes)
    on ``jobs`` worker processes (``0`` or less: all cores). Pages that cannot be read are left out.

    >>> pages = [f"Home | News\\nStory {chr(97 + n)} here.\\nFooter" for n in range(6)]
    >>> profiles = learn_many([{"url": "https://example.com/", "text": page} for page in pages])
    >>> profiles["example.com"].pages, profiles["example.com"].share("footer")
    (6, 1.0)
    """
    jobs = cpu_count() if jobs <= 0 else jobs
    docs = (to_doc(item, i) for i, item in enumerate(items))
    out = SiteProfiles()
    for _, learned in learn_batches(
        docs, jobs=jobs, timeout=timeout, max_bytes=max_bytes, chunksize=chunksize
    ):
        _merge_into(out, learned.profiles, copy=False)
    return out


def learn_partition(
    items: Iterable[object],
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
) -> SiteProfiles:
    """Learn one partition in this process: a profile per site of its pages.

    The function to hand to Dask (:func:`newscorpus.dask.learn_bag`) or to
    Spark's ``mapPartitions`` (wrap the result in a list), then merge the
    partitions' results (:func:`merge_profiles`, or ``reduce`` with
    ``SiteProfiles.merge``). Items are what :func:`~newscorpus.parse_many`
    takes; give each a ``url`` (or HTML with a canonical link), else pages
    are keyed by their source parser or pooled as ``"generic"``. Items that
    give no page (no text, too large, too slow) are left out.

    >>> rows = [{"url": f"https://news.example/{c}", "text": f"Menu\\nStory {c}."} for c in "abc"]
    >>> profiles = learn_partition(rows)
    >>> list(profiles), profiles["news.example"].count("menu")
    (['news.example'], 3)
    """
    profiles = SiteProfiles()
    for i, item in enumerate(items):
        _learn_doc(profiles, to_doc(item, i), timeout, max_bytes)
    return profiles
