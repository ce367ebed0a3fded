"""Learn each site's furniture from the corpus itself (docs/site.md).

One page cannot always tell its furniture from its article: a one-line
teaser, a section name or a promo sentence can look like prose. A sample of
pages from the same site can: lines that recur on many of its pages are
furniture (the reason CCNet and other web-corpus pipelines drop repeated
lines).

A :class:`SiteProfile` counts, for one site, on how many pages each line
occurs (a line counts once per page). Lines are compared by a 64-bit
``blake2b`` hash of their *key*: :func:`newscorpus.lines.normalise`, then
lower case, every decimal digit folded to ``0``, whitespace collapsed
(:func:`line_key`). The hash is stable across processes and Python runs.

Memory is fixed, whatever the number of pages:

- a **count-min sketch** (``depth`` rows of ``width`` 32-bit counters in an
  ``array('I')``), allocated only once the table below first overflows;
- a **table** of at most ``capacity`` hashes with their page counts and one
  example text each (its first 200 characters), kept as a Misra-Gries
  summary: when a new line arrives at a full table, every count drops by one
  and the lines at zero leave, so frequent lines survive and rare ones go.

Error bounds, with ``N`` = :attr:`SiteProfile.total` (page-line pairs seen)
and ``D`` = :attr:`SiteProfile.table_error` (how many times counts were
dropped; ``D <= N / (capacity + 1)``):

- While the table never overflowed (``D == 0``) every count is **exact**.
- Otherwise :meth:`SiteProfile.count` is an upper bound on the true page
  count ``f``: ``f <= count <= f + D`` always (Misra-Gries), and
  ``count <= f + e * N / width`` with probability at least
  ``1 - exp(-depth)`` (count-min). A line met once can only be reported as
  repeated when ``1 + D >= min_share * pages``, which cannot happen while the
  average page holds fewer than ``min_share * (capacity + 1)`` distinct lines
  (about 600 with the defaults).

:class:`SiteProfile` is a mutable builder (``learn``/``learn_many`` add
pages in place); ``merge``, ``copy`` and :func:`apply` never change their
inputs. Profiles of the same shape merge exactly: the sketches add cell by
cell, and the tables add exactly when their lines fit in ``capacity`` (else
the sum is cut back Misra-Gries style, with the bounds above).

>>> profile = SiteProfile()
>>> for topic in ["rain", "ports", "rice", "trade", "tea", "jobs"]:
...     _ = profile.learn(f"Home | World | Sport\\nA story about {topic}.\\nUpdated 0{len(topic)}:00")
>>> profile.pages, profile.share("HOME | world | sport"), round(profile.share("A story about tea."), 3)
(6, 1.0, 0.167)
>>> profile.is_repeated("Updated 12:00")  # digits fold to 0: the stamp line recurs
True
"""

from __future__ import annotations

import hashlib
import math
import operator
import re
import struct
import sys
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from pathlib import Path
from urllib.parse import urlsplit

import attrs

from .lines import normalise
from .model import Article, SegmentKind

__all__ = [
    "DEFAULT_CAPACITY",
    "DEFAULT_DEPTH",
    "DEFAULT_WIDTH",
    "EXAMPLE_CHARS",
    "FORMAT_VERSION",
    "RepeatedLine",
    "SiteProfile",
    "SiteProfiles",
    "apply",
    "key_for",
    "line_hash",
    "line_key",
]

#: Counters per sketch row (2**14: 64 kB a row).
DEFAULT_WIDTH = 16384
#: Sketch rows (independent hash positions a line is counted at).
DEFAULT_DEPTH = 4
#: Most lines the table keeps with their counts and examples.
DEFAULT_CAPACITY = 2048
#: Characters of example text kept per table entry.
EXAMPLE_CHARS = 200
#: Version of the binary format written by ``save``/``to_bytes``.
FORMAT_VERSION = 1

_MAGIC = b"NCSITE"
_KIND_PROFILE = 1
_KIND_COLLECTION = 2
_HEADER = struct.Struct("<6sBBI")  # magic, version, kind, crc32 of the compressed payload
_PROFILE_HEAD = struct.Struct("<IIIQQQB")  # width, depth, capacity, pages, total, table_error, has sketch
_COUNT = struct.Struct("<I")
_ENTRY = struct.Struct("<QQH")  # hash, count, example length in bytes
_KEY = struct.Struct("<H")

_DIGIT = re.compile(r"\d")
_RELABEL = frozenset({SegmentKind.PARAGRAPH, SegmentKind.SUBHEADING, SegmentKind.SUMMARY})
_BODY = frozenset({SegmentKind.PARAGRAPH, SegmentKind.SUBHEADING})
_BOILERPLATE = (
    frozenset(SegmentKind)
    - _BODY
    - {
        SegmentKind.HEADLINE,
        SegmentKind.SUMMARY,
        SegmentKind.BYLINE,
        SegmentKind.DATE,
    }
)
REASON = "site-repeated"


def line_key(line: str) -> str:
    """The form lines are compared in: normalised, lower case, decimal digits (any script) as ``0``,
    whitespace collapsed.

    >>> line_key("  Updated\\u00a0 12:45,  MAY 3 ")
    'updated 00:00, may 0'
    """
    return _fold(normalise(line))


def _fold(norm: str) -> str:
    # normalise() already collapsed whitespace; lower() and the digit fold add none.
    return _DIGIT.sub("0", norm.lower())


def _hash_key(key: str) -> int:
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def line_hash(line: str) -> int:
    """The stable 64-bit hash of ``line_key(line)`` (``blake2b``, 8-byte digest, little-endian).

    >>> line_hash("Most Read") == line_hash("most   read")
    True
    """
    return _hash_key(line_key(line))


def _check_range(low: int, high: int) -> Callable[[object, attrs.Attribute[int], int], None]:
    def check(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValueError(f"{attribute.name} must be an int in [{low}, {high}], got {value!r}")

    return check


@attrs.frozen
class RepeatedLine:
    """One entry of :meth:`SiteProfile.top`: an example of the line and how often it recurs."""

    text: str  #: the line as first seen (normalised, first 200 characters)
    pages: int  #: pages it appears on (exact while ``table_error == 0``, else an upper bound)
    share: float  #: ``pages / profile.pages``
    hash: int  #: its :func:`line_hash`


@attrs.define(eq=True)
class SiteProfile:
    """How often each line recurs on the pages of one site, in bounded memory.

    A mutable builder: :meth:`learn` and :meth:`learn_many` add pages in place.
    ``width`` and ``depth`` shape the count-min sketch (``4 * width * depth``
    bytes once allocated), ``capacity`` caps the table. Two profiles are equal
    when they hold the same counts (see the module docstring for the bounds).

    >>> topics = ["rain", "ports", "rice", "tea", "jobs"]
    >>> profile = SiteProfile(width=1024).learn_many(f"Home | News\\nA story about {t}." for t in topics)
    >>> profile.pages, profile.count("home | news"), profile.is_repeated("Home | News")
    (5, 5, True)
    >>> [(line.text, line.pages) for line in profile.top(1)]
    [('Home | News', 5)]
    """

    width: int = attrs.field(default=DEFAULT_WIDTH, kw_only=True, validator=_check_range(16, 1 << 26))
    depth: int = attrs.field(default=DEFAULT_DEPTH, kw_only=True, validator=_check_range(1, 16))
    capacity: int = attrs.field(default=DEFAULT_CAPACITY, kw_only=True, validator=_check_range(1, 1 << 24))
    #: Pages learned.
    pages: int = attrs.field(default=0, init=False)
    #: Page-line pairs learned (each distinct line of each page once): the ``N`` of the bounds.
    total: int = attrs.field(default=0, init=False)
    #: How far a table count can fall below the truth (0: every count exact): the ``D`` of the bounds.
    table_error: int = attrs.field(default=0, init=False)
    _counts: dict[int, int] = attrs.field(factory=dict, init=False, repr=False)
    _examples: dict[int, str] = attrs.field(factory=dict, init=False, repr=False)
    _sketch: array[int] | None = attrs.field(default=None, init=False, repr=False)

    # -- learning -----------------------------------------------------------------------------

    def learn(self, text: str | Article) -> SiteProfile:
        """Add one page (its raw text, or an :class:`Article`'s ``text``); returns ``self``.

        Each distinct line key counts once for the page; blank lines are skipped.
        """
        if isinstance(text, Article):
            text = text.text
        if not isinstance(text, str):
            raise TypeError(f"learn() takes a page's text (str), not {type(text).__name__}")
        seen: dict[int, str] = {}
        for raw in text.splitlines():
            norm = normalise(raw)
            if not norm:
                continue
            h = _hash_key(_fold(norm))
            if h not in seen:
                seen[h] = norm
        self._add_page(seen)
        return self

    def learn_many(self, pages: Iterable[str | Article]) -> SiteProfile:
        """Add every page of ``pages``; returns ``self``."""
        for page in pages:
            self.learn(page)
        return self

    def _add_page(self, lines: dict[int, str]) -> None:
        self.pages += 1
        self.total += len(lines)
        counts = self._counts
        capacity = self.capacity
        # Lines from this index on still go into the sketch (None: no sketch yet).
        sketch_from: int | None = 0 if self._sketch is not None else None
        hashes = list(lines)
        for index, h in enumerate(hashes):
            count = counts.get(h)
            if count is not None:
                counts[h] = count + 1
            elif len(counts) < capacity:
                counts[h] = 1
                self._examples[h] = lines[h][:EXAMPLE_CHARS]
            else:
                if self._sketch is None:
                    # Every count so far is exact and in the table: the sketch they would have built.
                    self._sketch = self._sketch_from_table()
                    sketch_from = index
                self._drop_one()
                counts = self._counts
        if self._sketch is not None and sketch_from is not None:
            sketch, width, depth = self._sketch, self.width, self.depth
            for h in hashes[sketch_from:]:
                low, step = h & 0xFFFFFFFF, (h >> 32) | 1
                for row in range(depth):
                    sketch[row * width + (low + row * step) % width] += 1

    def _drop_one(self) -> None:
        """Misra-Gries: every count minus one, the lines at zero leave."""
        self._counts = {h: c - 1 for h, c in self._counts.items() if c > 1}
        self._examples = {h: self._examples[h] for h in self._counts}
        self.table_error += 1

    def _positions(self, h: int) -> Iterator[int]:
        width = self.width
        low, step = h & 0xFFFFFFFF, (h >> 32) | 1
        for row in range(self.depth):
            yield row * width + (low + row * step) % width

    def _add_to_sketch(self, sketch: array[int], h: int, n: int) -> None:
        for pos in self._positions(h):
            sketch[pos] += n

    def _sketch_from_table(self) -> array[int]:
        """The sketch the counts so far would have built (exact while the table never overflowed)."""
        sketch = array("I", bytes(4 * self.width * self.depth))
        for h, c in self._counts.items():
            self._add_to_sketch(sketch, h, c)
        return sketch

    # -- queries ------------------------------------------------------------------------------

    def _estimate(self, h: int) -> int:
        count = self._counts.get(h, 0)
        if self.table_error == 0:
            return count
        upper = count + self.table_error
        if self._sketch is not None:
            sketch = self._sketch
            upper = min(upper, *(sketch[pos] for pos in self._positions(h)))
        return min(upper, self.pages)

    def count(self, line: str) -> int:
        """Pages the line appears on: exact while ``table_error == 0``, else an upper bound."""
        key = line_key(line)
        return self._estimate(_hash_key(key)) if key else 0

    def share(self, line: str) -> float:
        """Estimated share of the learned pages that show ``line`` (its key), in ``[0, 1]``."""
        return self.count(line) / self.pages if self.pages else 0.0

    def is_repeated(self, line: str, *, min_share: float = 0.3, min_pages: int = 5) -> bool:
        """True when the profile has seen at least ``min_pages`` pages and ``line`` is on at least
        ``min_share`` of them (and on two pages or more: a line met once is never repeated)."""
        if self.pages < max(min_pages, 1):
            return False
        n = self.count(line)
        return n >= 2 and n / self.pages >= min_share

    def top(self, n: int = 20) -> list[RepeatedLine]:
        """The ``n`` most repeated lines of the table, most pages first (for inspection)."""
        if n <= 0 or not self.pages:
            return []
        rows = [(self._estimate(h), self._examples[h], h) for h in self._counts]
        rows.sort(key=lambda row: (-row[0], row[1], row[2]))
        return [RepeatedLine(text, pages, pages / self.pages, h) for pages, text, h in rows[:n]]

    @property
    def table_size(self) -> int:
        """Lines in the table (at most ``capacity``)."""
        return len(self._counts)

    def sketch_counts(self) -> array[int]:
        """A copy of the count-min sketch, row after row (built from the table if not yet allocated)."""
        return array("I", self._sketch) if self._sketch is not None else self._sketch_from_table()

    @property
    def sketch_error(self) -> float:
        """Count-min bound ``e * total / width``: with probability ``>= 1 - exp(-depth)`` a sketch
        estimate exceeds the true page count by at most this."""
        return math.e * self.total / self.width

    @property
    def nbytes(self) -> int:
        """Approximate memory held (object, sketch, table, examples), in bytes."""
        size = sys.getsizeof(self) + sys.getsizeof(self._counts) + sys.getsizeof(self._examples)
        if self._sketch is not None:
            size += sys.getsizeof(self._sketch)
        for h, c in self._counts.items():
            size += sys.getsizeof(h) + sys.getsizeof(c) + sys.getsizeof(self._examples[h])
        return size

    # -- combining ----------------------------------------------------------------------------

    def _shape(self) -> tuple[int, int, int]:
        return (self.width, self.depth, self.capacity)

    def copy(self) -> SiteProfile:
        """An independent copy."""
        out = SiteProfile(width=self.width, depth=self.depth, capacity=self.capacity)
        out.pages, out.total, out.table_error = self.pages, self.total, self.table_error
        out._counts = dict(self._counts)
        out._examples = dict(self._examples)
        out._sketch = array("I", self._sketch) if self._sketch is not None else None
        return out

    def merge(self, other: SiteProfile) -> SiteProfile:
        """A new profile of both profiles' pages; neither input changes.

        Equal to the profile learned on all the pages when both tables' lines
        fit in ``capacity`` together; the sketches always add exactly.
        Raises ValueError when the shapes (width, depth, capacity) differ.
        """
        if not isinstance(other, SiteProfile):
            raise TypeError(f"can only merge a SiteProfile, not {type(other).__name__}")
        if self._shape() != other._shape():
            raise ValueError(f"cannot merge profiles of shapes {self._shape()} and {other._shape()}")
        out = SiteProfile(width=self.width, depth=self.depth, capacity=self.capacity)
        out.pages = self.pages + other.pages
        out.total = self.total + other.total
        out.table_error = self.table_error + other.table_error
        counts = dict(self._counts)
        for h, c in other._counts.items():
            counts[h] = counts.get(h, 0) + c
        examples = dict(other._examples)
        examples.update(self._examples)  # the earlier profile's example wins, as in learning
        overflow = len(counts) > self.capacity
        if overflow or self._sketch is not None or other._sketch is not None:
            out._sketch = array("I", map(operator.add, self.sketch_counts(), other.sketch_counts()))
        if overflow:
            cut = sorted(counts.values(), reverse=True)[self.capacity]
            counts = {h: c - cut for h, c in counts.items() if c > cut}
            out.table_error += cut
        out._counts = counts
        out._examples = {h: examples[h] for h in counts}
        return out

    # -- storage ------------------------------------------------------------------------------

    def _encode(self, parts: list[bytes]) -> None:
        parts.append(
            _PROFILE_HEAD.pack(
                self.width,
                self.depth,
                self.capacity,
                self.pages,
                self.total,
                self.table_error,
                self._sketch is not None,
            )
        )
        if self._sketch is not None:
            sketch = array("I", self._sketch)
            if sys.byteorder == "big":  # pragma: no cover - the format is little-endian
                sketch.byteswap()
            parts.append(sketch.tobytes())
        parts.append(_COUNT.pack(len(self._counts)))
        for h in sorted(self._counts):
            example = self._examples[h].encode("utf-8", "surrogatepass")
            parts.append(_ENTRY.pack(h, self._counts[h], len(example)))
            parts.append(example)

    @classmethod
    def _decode(cls, reader: _Reader) -> SiteProfile:
        width, depth, capacity, pages, total, table_error, has_sketch = reader.unpack(_PROFILE_HEAD)
        out = cls(width=width, depth=depth, capacity=capacity)
        out.pages, out.total, out.table_error = pages, total, table_error
        if has_sketch not in (0, 1) or (table_error and not has_sketch):
            raise ValueError("inconsistent sketch flag")
        if has_sketch:
            sketch = array("I")
            sketch.frombytes(reader.take(4 * width * depth))
            if sys.byteorder == "big":  # pragma: no cover
                sketch.byteswap()
            out._sketch = sketch
        (entries,) = reader.unpack(_COUNT)
        if entries > capacity:
            raise ValueError(f"{entries} table entries for a capacity of {capacity}")
        for _ in range(entries):
            h, count, size = reader.unpack(_ENTRY)
            example = reader.take(size).decode("utf-8", "surrogatepass")
            if h in out._counts or not 0 < count <= pages:
                raise ValueError("bad table entry")
            out._counts[h] = count
            out._examples[h] = example
        return out

    def to_bytes(self) -> bytes:
        """The profile in the versioned binary format (see :meth:`save`)."""
        parts: list[bytes] = []
        self._encode(parts)
        return _wrap(_KIND_PROFILE, b"".join(parts))

    @classmethod
    def from_bytes(cls, data: bytes) -> SiteProfile:
        """Read :meth:`to_bytes` output; raises ValueError on anything else."""
        reader = _unwrap(data, _KIND_PROFILE)
        try:
            out = cls._decode(reader)
            reader.finish()
        except (struct.error, UnicodeDecodeError, ValueError, OverflowError) as exc:
            raise ValueError(f"not a valid newscorpus site profile: {exc}") from None
        return out

    def save(self, path: str | Path) -> None:
        """Write the profile: a small header (magic ``NCSITE``, format version, CRC-32) and the
        zlib-compressed counts (little-endian)."""
        Path(path).write_bytes(self.to_bytes())

    @classmethod
    def load(cls, path: str | Path) -> SiteProfile:
        """Read a profile written by :meth:`save`; raises ValueError when the file is not one."""
        return cls.from_bytes(Path(path).read_bytes())


# -- the binary container -------------------------------------------------------------------------


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise ValueError("truncated data")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def unpack(self, fmt: struct.Struct) -> tuple[int, ...]:
        values: tuple[int, ...] = fmt.unpack(self.take(fmt.size))
        return values

    def finish(self) -> None:
        if self.pos != len(self.data):
            raise ValueError("trailing data")


def _wrap(kind: int, payload: bytes) -> bytes:
    body = zlib.compress(payload, 6)
    return _HEADER.pack(_MAGIC, FORMAT_VERSION, kind, zlib.crc32(body)) + body


def _unwrap(data: bytes, kind: int) -> _Reader:
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("expected bytes")
    data = bytes(data)
    if len(data) < _HEADER.size:
        raise ValueError("not a newscorpus site profile: too short")
    magic, version, found, crc = _HEADER.unpack_from(data)
    if magic != _MAGIC:
        raise ValueError("not a newscorpus site profile: bad magic number")
    if version != FORMAT_VERSION:
        raise ValueError(f"unsupported site profile format version {version} (this is {FORMAT_VERSION})")
    if found != kind:
        names = {_KIND_PROFILE: "a SiteProfile", _KIND_COLLECTION: "a SiteProfiles collection"}
        raise ValueError(
            f"this site profile file holds {names.get(found, 'an unknown kind')}, not {names[kind]}"
        )
    body = data[_HEADER.size :]
    if zlib.crc32(body) != crc:
        raise ValueError("corrupted site profile: checksum mismatch")
    try:
        return _Reader(zlib.decompress(body))
    except zlib.error as exc:
        raise ValueError(f"corrupted site profile: {exc}") from None


# -- keys and collections -------------------------------------------------------------------------


def key_for(url: str | None = None, source: str | None = None) -> str:
    """The profile key of a page: its URL's host (lower case, without ``www.``), else the
    source parser's name, else ``"generic"``.

    >>> key_for("https://WWW.GlobalTimes.cn/page/202003/1184024.shtml"), key_for(None, "xinhua")
    ('globaltimes.cn', 'xinhua')
    """
    host = ""
    if url:
        try:
            host = urlsplit(url if "//" in url else "//" + url).hostname or ""
        except ValueError:
            host = ""
    host = host.lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return host or source or "generic"


@attrs.define(eq=True)
class SiteProfiles(MutableMapping[str, SiteProfile]):
    """Profiles keyed by site (:func:`key_for`): a dict of key -> :class:`SiteProfile`.

    New profiles take this collection's ``width``, ``depth`` and ``capacity``.

    >>> profiles = SiteProfiles(width=1024)
    >>> _ = profiles.learn("Home | News\\nA story.", key_for("https://example.com/a"))
    >>> profiles.for_url("http://www.example.com/b").pages, list(profiles)
    (1, ['example.com'])
    """

    width: int = attrs.field(default=DEFAULT_WIDTH, kw_only=True, validator=_check_range(16, 1 << 26))
    depth: int = attrs.field(default=DEFAULT_DEPTH, kw_only=True, validator=_check_range(1, 16))
    capacity: int = attrs.field(default=DEFAULT_CAPACITY, kw_only=True, validator=_check_range(1, 1 << 24))
    _profiles: dict[str, SiteProfile] = attrs.field(factory=dict, init=False, repr=False)

    def __getitem__(self, key: str) -> SiteProfile:
        return self._profiles[key]

    def __setitem__(self, key: str, profile: SiteProfile) -> None:
        if not isinstance(key, str) or not isinstance(profile, SiteProfile):
            raise TypeError("SiteProfiles maps str keys to SiteProfile values")
        self._profiles[key] = profile

    def __delitem__(self, key: str) -> None:
        del self._profiles[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._profiles)

    def __len__(self) -> int:
        return len(self._profiles)

    def _new(self) -> SiteProfile:
        return SiteProfile(width=self.width, depth=self.depth, capacity=self.capacity)

    def learn(self, text: str | Article, key: str) -> SiteProfile:
        """Add a page to the profile of ``key`` (created when new); returns that profile."""
        profile = self._profiles.get(key)
        if profile is None:
            profile = self._profiles[key] = self._new()
        return profile.learn(text)

    def learn_many(self, pages: Iterable[tuple[str | Article, str]]) -> SiteProfiles:
        """Add ``(text, key)`` pairs; returns ``self``."""
        for text, key in pages:
            self.learn(text, key)
        return self

    def for_url(self, url: str | None, source: str | None = None) -> SiteProfile | None:
        """The profile of ``key_for(url, source)``, or None when there is none."""
        return self._profiles.get(key_for(url, source))

    def merge(self, other: SiteProfiles) -> SiteProfiles:
        """A new collection: profiles of keys in both are merged, the others copied."""
        out = SiteProfiles(width=self.width, depth=self.depth, capacity=self.capacity)
        for key, profile in self._profiles.items():
            theirs = other._profiles.get(key)
            out._profiles[key] = profile.merge(theirs) if theirs is not None else profile.copy()
        for key, profile in other._profiles.items():
            if key not in out._profiles:
                out._profiles[key] = profile.copy()
        return out

    def to_bytes(self) -> bytes:
        """The collection in the versioned binary format (see :meth:`SiteProfile.save`)."""
        parts = [_PROFILE_HEAD.pack(self.width, self.depth, self.capacity, 0, 0, 0, 0)]
        parts.append(_COUNT.pack(len(self._profiles)))
        for key, profile in self._profiles.items():
            raw = key.encode("utf-8", "surrogatepass")
            parts.append(_KEY.pack(len(raw)) + raw)
            profile._encode(parts)
        return _wrap(_KIND_COLLECTION, b"".join(parts))

    @classmethod
    def from_bytes(cls, data: bytes) -> SiteProfiles:
        """Read :meth:`to_bytes` output; raises ValueError on anything else."""
        reader = _unwrap(data, _KIND_COLLECTION)
        try:
            width, depth, capacity, *_ = reader.unpack(_PROFILE_HEAD)
            out = cls(width=width, depth=depth, capacity=capacity)
            (size,) = reader.unpack(_COUNT)
            for _ in range(size):
                (length,) = reader.unpack(_KEY)
                key = reader.take(length).decode("utf-8", "surrogatepass")
                if key in out._profiles:
                    raise ValueError(f"duplicate key {key!r}")
                out._profiles[key] = SiteProfile._decode(reader)
            reader.finish()
        except (struct.error, UnicodeDecodeError, ValueError, OverflowError) as exc:
            raise ValueError(f"not a valid newscorpus site profiles file: {exc}") from None
        return out

    def save(self, path: str | Path) -> None:
        """Write the whole collection (same container as :meth:`SiteProfile.save`)."""
        Path(path).write_bytes(self.to_bytes())

    @classmethod
    def load(cls, path: str | Path) -> SiteProfiles:
        """Read a collection written by :meth:`save`; raises ValueError when the file is not one."""
        return cls.from_bytes(Path(path).read_bytes())


# -- applying a profile -----------------------------------------------------------------------------


def _neighbour_kind(kinds: list[SegmentKind], targets: set[int], index: int) -> SegmentKind:
    """The kind of the nearest non-body segment before or after ``index`` when it is furniture
    (the previous one on a tie), else ``other``."""
    found: list[tuple[int, int, SegmentKind]] = []
    for direction in (-1, 1):
        j = index + direction
        while 0 <= j < len(kinds) and (kinds[j] in _BODY or j in targets):
            j += direction
        if 0 <= j < len(kinds) and kinds[j] in _BOILERPLATE:
            found.append((abs(j - index), direction, kinds[j]))
    return min(found)[2] if found else SegmentKind.OTHER


def apply(
    article: Article, profile: SiteProfile | None, *, min_share: float = 0.3, min_pages: int = 5
) -> Article:
    """Relabel the body lines (paragraphs, subheadings) and the summary that recur on the site.

    A segment whose line :meth:`SiteProfile.is_repeated` takes the kind of
    its nearest furniture neighbour (the previous or next segment that is not
    body; ``other`` when that is a header line or there is none), with reason
    ``"site-repeated"``. The headline, byline and date lines are never touched;
    nor is a line seen on one page only. A relabelled summary empties
    ``summary``; a relabelled first paragraph that held the dateline empties
    ``dateline``. Returns ``article`` itself when ``profile`` is None, has
    seen fewer than ``min_pages`` pages, or finds nothing.

    >>> from newscorpus import parse
    >>> page = ("News about {0}\\n\\nBy Jane Doe\\n\\nThe story about {0} starts here, and it goes on."
    ...         "\\n\\nOur readers keep this newsroom going, every single day of the year."
    ...         "\\n\\nCopyright Harbour Daily")
    >>> pages = [page.format(topic) for topic in ["rain", "ports", "rice", "tea", "jobs"]]
    >>> article = parse(pages[0])
    >>> len(article.paragraphs)  # the appeal reads like prose
    2
    >>> fixed = apply(article, SiteProfile().learn_many(pages))
    >>> fixed.paragraphs, (fixed.segments[3].kind.value, fixed.segments[3].reason)
    (('The story about rain starts here, and it goes on.',), ('credit', 'site-repeated'))
    """
    if profile is None or profile.pages < max(min_pages, 1):
        return article
    segments = article.segments
    targets = {
        i
        for i, seg in enumerate(segments)
        if seg.kind in _RELABEL and profile.is_repeated(seg.text, min_share=min_share, min_pages=min_pages)
    }
    if not targets:
        return article
    kinds = [seg.kind for seg in segments]
    new = list(segments)
    for i in sorted(targets):
        new[i] = attrs.evolve(segments[i], kind=_neighbour_kind(kinds, targets, i), reason=REASON)
    summary = None if any(kinds[i] is SegmentKind.SUMMARY for i in targets) else article.summary
    first_body = next((i for i, kind in enumerate(kinds) if kind in _BODY), None)
    dateline = article.dateline
    if (
        dateline is not None
        and first_body is not None
        and first_body in targets
        and normalise(segments[first_body].text).startswith(dateline)
    ):
        dateline = None
    return attrs.evolve(article, segments=tuple(new), summary=summary, dateline=dateline)
