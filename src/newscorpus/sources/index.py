"""All the parsers' marks scored together on a page: what :func:`~newscorpus.sources.choose_parser` uses.

:meth:`SourceParser.score <newscorpus.sources.SourceParser.score>` tries its
marks one by one, a needle test then a regex search, each a scan of the whole
window: ten parsers make some fifty scans of a 5 kB window per page. A
:class:`MarkIndex`, built once per registry state, gets every parser's score
with much less work:

- the marks anchored at line starts (``^...`` with ``re.MULTILINE``: most of
  them) are tried together by one regex that jumps from line break to line
  break, instead of one regex per mark trying every position; the few whose
  start reads a long stretch of any line (``^\\(?[\\w.' ]{2,40}\\)``) are
  tried only at the line starts just before their first literal instead;
- the other marks keep their needle test (each distinct needle tested once
  a page) and their regex search;
- a parser is scored heaviest marks first and left as soon as it can no
  longer reach the threshold or beat the best score so far: its exact score
  could not change the choice.

Only parsers that keep the base ``score`` and plain ``(pattern, weight[,
needle])`` marks are indexed; any other parser is asked its ``score()`` as
before.
"""

from __future__ import annotations

import importlib
import math
import operator
import re
from collections.abc import Sequence
from typing import Any, Final

from .base import SourceParser

__all__ = ["MarkIndex", "PageScores"]

# The re module's own pattern parser (re._parser since Python 3.11, sre_parse before): it tells whether
# every match of a pattern starts with '^', and what it reads before its first literal.
_RE_PARSER: Any
try:
    _RE_PARSER = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _RE_PARSER = importlib.import_module("sre_parse")
_REPEATS: Final = tuple(
    getattr(_RE_PARSER, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_RE_PARSER, name)
)

_CATEGORIES_OFF_BREAKS: Final = (_RE_PARSER.CATEGORY_DIGIT, _RE_PARSER.CATEGORY_WORD)

_BASE_SCORE: Final = SourceParser.score
_MARKS: Final = operator.attrgetter("marks")
_SCORE_FUNCTION: Final = operator.attrgetter("score.__func__")
# The bounds on a score are sums in another order than score()'s: with at most this many marks, weights at
# most this large, they are off by less than _SLACK, and a parser is left only when its bound misses by more.
_MAX_MARKS: Final = 100
_MAX_WEIGHT: Final = 100.0
_SLACK: Final = 1e-9

# Global inline flags, which Python 3.11 requires at the start of a pattern.
_LEADING_FLAGS: Final = re.compile(r"(?:\(\?[aiLmsux]+\))*")
_INLINE_FLAGS: Final = re.compile(r"\(\?[aiLmsux]+\)")
# The flags a line mark may have, and those its body keeps as a scoped group inside the combined regex.
_LINE_FLAGS: Final = re.MULTILINE | re.IGNORECASE | re.DOTALL | re.ASCII | re.UNICODE
_SCOPED: Final = {re.IGNORECASE: "i", re.DOTALL: "s"}
# A line mark that repeats something this many times before its first literal is tried from that literal
# (when the literal comes at most _MAX_ANCHOR_OFFSET characters into the match).
_LONG_REPEAT: Final = 10
_MAX_ANCHOR_OFFSET: Final = 200


def _parse(pattern: re.Pattern[str]) -> Any:
    """The pattern's top-level sequence as the re module reads it, or None if that fails."""
    try:
        return _RE_PARSER.parse(pattern.pattern, pattern.flags)
    except Exception:  # a parser this module does not know: do without
        return None


def _line_body(pattern: re.Pattern[str]) -> str | None:
    """What follows the ``^`` of a pattern whose every match starts at a line start; None otherwise.

    Only plain cases count: multiline, no capturing group, no verbose mode,
    ``^`` first at the top level (so not ``^a|b``).

    >>> _line_body(re.compile(r"^Published: \\d", re.M)), _line_body(re.compile(r"^a|b", re.M))
    ('Published: \\\\d', None)
    """
    flags = pattern.flags
    if not flags & re.MULTILINE or flags & ~_LINE_FLAGS or pattern.groups:
        return None
    source = pattern.pattern
    leading = _LEADING_FLAGS.match(source)
    body = source[leading.end() if leading else 0 :]
    if not body.startswith("^") or _INLINE_FLAGS.search(body):
        return None
    parsed = _parse(pattern)
    if parsed is None or not len(parsed) or parsed[0] != (_RE_PARSER.AT, _RE_PARSER.AT_BEGINNING):
        return None
    if len(parsed) > 1 and parsed[1][0] in _REPEATS:
        _, most, repeated = parsed[1][1]
        if most >= _RE_PARSER.MAXREPEAT and not all(_off_breaks(item, flags) for item in repeated):
            # like ^\s*: from each line start of a long blank stretch, it would read all the stretch
            return None
    return body[1:]


def _off_breaks(item: tuple[Any, Any], flags: int) -> bool:
    """Whether an item of a parsed pattern surely never matches a line break (\\d, [A-Z], ``.``...)."""
    op, av = item
    if op is _RE_PARSER.LITERAL:
        return bool(av != 10)
    if op is _RE_PARSER.ANY:
        return not flags & re.DOTALL
    if op is _RE_PARSER.IN:
        for kind, value in av:
            if kind is _RE_PARSER.LITERAL and value == 10:
                return False
            if kind is _RE_PARSER.RANGE and value[0] <= 10 <= value[1]:
                return False
            if kind is _RE_PARSER.CATEGORY and value not in _CATEGORIES_OFF_BREAKS:
                return False
            if kind not in (_RE_PARSER.LITERAL, _RE_PARSER.RANGE, _RE_PARSER.CATEGORY):
                return False  # NEGATE and the rest: maybe
        return True
    return False


def _anchor(pattern: re.Pattern[str]) -> tuple[str, int, int] | None:
    """For a line pattern with a long repeat before its first literal: (that literal, lo, hi).

    Every match holds the literal ``lo`` to ``hi`` characters after its start.

    >>> _anchor(re.compile(r"^\\(?[\\w.' ]{2,40}\\)\\s+\\d", re.M)), _anchor(re.compile(r"^By \\w+", re.M))
    ((')', 2, 41), None)
    """
    if pattern.flags & re.IGNORECASE:
        return None
    parsed = _parse(pattern)
    if parsed is None:
        return None
    items = list(parsed)
    long_repeat = False
    for n, (op, av) in enumerate(items):
        if op is _RE_PARSER.LITERAL:
            if not long_repeat:
                return None
            literal = ""
            for op_after, av_after in items[n:]:
                if op_after is not _RE_PARSER.LITERAL:
                    break
                literal += chr(av_after)
            lo, hi = _RE_PARSER.SubPattern(parsed.state, items[:n]).getwidth()
            return (literal, lo, hi) if hi <= _MAX_ANCHOR_OFFSET else None
        if op in _REPEATS and av[1] >= _LONG_REPEAT:
            long_repeat = True
    return None


def _plain_marks(parser: object) -> tuple[Any, ...] | None:
    """The parser's marks if the base ``score`` reads them and they are plain tuples, else None."""
    try:
        if _SCORE_FUNCTION(parser) is not _BASE_SCORE:
            return None
        marks = _MARKS(parser)
    except Exception:  # no marks, or an attribute that fails: score() will tell
        return None
    if type(marks) is not tuple or len(marks) > _MAX_MARKS:
        return None
    for m in marks:
        if type(m) is not tuple or len(m) not in (2, 3):
            return None
        pattern, weight = m[0], m[1]
        needle = m[2] if len(m) > 2 else None
        if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
            return None
        if type(weight) not in (int, float) or not math.isfinite(weight) or abs(weight) > _MAX_WEIGHT:
            return None
        if needle is not None and type(needle) is not str:
            return None
    return marks


class _LineGroup:
    """The line marks with the same global flags: one regex tries all their bodies at a line start.

    Alternative ``k`` of the combined regex is body ``k`` and an empty group,
    so ``match.lastindex`` tells which body matched; the regex of the bodies
    from ``k + 1`` on then finds the next one matching at the same line.
    """

    def __init__(self, flags: int, alternatives: list[str], pattern_ids: list[int]) -> None:
        self.flags = flags
        self.alternatives = alternatives
        self.pattern_ids = pattern_ids
        self._after_break: dict[int, re.Pattern[str]] = {}
        self._at_start: dict[int, re.Pattern[str]] = {}

    def after_break(self, j: int) -> re.Pattern[str]:
        """Bodies ``j`` and later after a line break (matched too: its literal makes the search quick)."""
        regex = self._after_break.get(j)
        if regex is None:
            regex = re.compile(r"\n(?:" + "|".join(self.alternatives[j:]) + ")", self.flags)
            self._after_break[j] = regex
        return regex

    def at_start(self, j: int) -> re.Pattern[str]:
        """Bodies ``j`` and later, for the first line (no line break before it)."""
        regex = self._at_start.get(j)
        if regex is None:
            regex = re.compile("(?:" + "|".join(self.alternatives[j:]) + ")", self.flags)
            self._at_start[j] = regex
        return regex

    def scan(self, window: str, found: dict[int, str]) -> None:
        """Add to ``found`` (pattern id -> a text it matched) every body that matches at a line start."""
        ids = self.pattern_ids
        last = len(ids) - 1
        k = -1
        while k < last and (m := self.at_start(k + 1).match(window)) is not None:
            k += m.lastindex or 1
            found.setdefault(ids[k], m.group())
        regex = self.after_break(0)
        pos = 0
        while (m := regex.search(window, pos)) is not None:
            start = m.start()
            k = (m.lastindex or 1) - 1
            found.setdefault(ids[k], m.group())
            while k < last and (m := self.after_break(k + 1).match(window, start)) is not None:
                k += m.lastindex or 1
                found.setdefault(ids[k], m.group())
            pos = start + 1


class _Entry:
    """One indexed parser: its marks as (pattern id, weight, needle), in its order."""

    def __init__(self, marks: list[tuple[int, float, str | None]], on_lines: list[bool]) -> None:
        self.marks = marks
        self.weights = [w for _, w, _ in marks]
        # The marks off the line scan as (position, weight, pattern id, needle), heaviest first: the
        # order that settles a bound soonest. A zero weight changes no score: not worth a test.
        self.others = sorted(
            ((k, w, pid, needle) for k, (pid, w, needle) in enumerate(marks) if not on_lines[k] and w),
            key=lambda item: -item[1],
        )
        self.others_positive = sum(max(w, 0.0) for _, w, _, _ in self.others)


class MarkIndex:
    """The marks of a list of parsers (the registry's, in its order), ready to score pages.

    >>> from newscorpus.sources import all_parsers
    >>> parsers = list(all_parsers())
    >>> index = MarkIndex(parsers)
    >>> index.fits(parsers)
    True
    >>> page = index.page("Xi-Trump call\\nBy Chen Qingqing Source:Global Times Published: 2020/3/27 9:14")
    >>> [page.value(i, 0.5, None) for i, p in enumerate(parsers) if p.name == "global_times"]
    [1.0]
    """

    def __init__(self, parsers: Sequence[SourceParser]) -> None:
        self.parsers = list(parsers)
        marks_of = [_plain_marks(p) for p in self.parsers]
        self.indexed_parsers = [
            p for p, marks in zip(self.parsers, marks_of, strict=True) if marks is not None
        ]
        self.indexed_marks = [marks for marks in marks_of if marks is not None]
        self.patterns: list[re.Pattern[str]] = []
        pattern_ids: dict[re.Pattern[str], int] = {}
        bodies: dict[int, str] = {}  # pattern id -> body, for the patterns on the line scan
        # pattern id -> (literal, lo, hi), for the line patterns tried from a literal (see _anchor)
        self.anchors: dict[int, tuple[str, int, int]] = {}
        # pattern id -> (entry, mark position, needle) of the marks on the line scan
        self.line_users: dict[int, list[tuple[int, int, str | None]]] = {}
        self.entries: list[_Entry | None] = []
        for e, marks in enumerate(marks_of):
            if marks is None:
                self.entries.append(None)
                continue
            plain: list[tuple[int, float, str | None]] = []
            on_lines: list[bool] = []
            for k, m in enumerate(marks):
                pattern, weight = m[0], m[1]
                needle = m[2] if len(m) > 2 else None
                pid = pattern_ids.get(pattern)
                if pid is None:
                    pid = pattern_ids[pattern] = len(self.patterns)
                    self.patterns.append(pattern)
                    body = _line_body(pattern)
                    anchor = _anchor(pattern) if body is not None else None
                    if anchor is not None:
                        self.anchors[pid] = anchor
                    elif body is not None:
                        bodies[pid] = body
                plain.append((pid, weight, needle))
                on_lines.append(pid in bodies)
                if pid in bodies and weight:
                    self.line_users.setdefault(pid, []).append((e, k, needle))
            self.entries.append(_Entry(plain, on_lines))
        groups: dict[int, tuple[list[str], list[int]]] = {}
        for pid, body in bodies.items():
            flags = self.patterns[pid].flags
            scoped = "".join(letter for flag, letter in _SCOPED.items() if flags & flag)
            alternatives, ids = groups.setdefault(flags & ~(re.IGNORECASE | re.DOTALL), ([], []))
            alternatives.append(f"(?{scoped}:{body})()")
            ids.append(pid)
        self.line_groups = [_LineGroup(flags, alts, ids) for flags, (alts, ids) in groups.items()]

    def fits(self, parsers: Sequence[SourceParser]) -> bool:
        """Whether ``parsers`` are still the indexed ones, with the same marks and the base score."""
        # (plain loops: asked on every page, they cost the compiled build half of what map() and all() did)
        mine = self.parsers
        if len(parsers) != len(mine):
            return False
        for parser, known in zip(parsers, mine, strict=True):
            if parser is not known:
                return False
        try:
            for parser, marks in zip(self.indexed_parsers, self.indexed_marks, strict=True):
                if parser.marks is not marks or parser.score.__func__ is not _BASE_SCORE:  # type: ignore[attr-defined]
                    return False
        except Exception:  # marks gone, a plain function set as score on the instance...
            return False
        return True

    def page(self, window: str) -> PageScores:
        """The scores on one page's window, worked out as they are asked for."""
        return PageScores(self, window)


class PageScores:
    """The indexed parsers' scores on one window: each needle and pattern is tested at most once."""

    def __init__(self, index: MarkIndex, window: str) -> None:
        self.index = index
        self.window = window
        self._needles: dict[str, bool] = {}
        self._searched: dict[int, bool] = {}
        self._line_hits: dict[int, list[int]] | None = None

    def indexed(self, e: int) -> bool:
        """Whether parser ``e`` is scored here (if not, ask its ``score()``)."""
        return self.index.entries[e] is not None

    def value(self, e: int, threshold: float, best: float | None) -> float | None:
        """Parser ``e``'s score as ``score()`` gives it; None if under ``threshold`` or not above ``best``.

        >>> from newscorpus.sources import all_parsers
        >>> page = MarkIndex(parsers := list(all_parsers())).page("Title\\nTGVN. The sapo of it.")
        >>> [(p.name, page.value(e, 0.5, None)) for e, p in enumerate(parsers) if page.value(e, 0.0, None)]
        [('tgvn', 1.0)]
        """
        entry = self.index.entries[e]
        assert entry is not None
        floor = threshold - _SLACK if best is None else max(threshold - _SLACK, best)
        if floor >= 1.0:  # no score is above 1
            return None
        floor -= _SLACK  # the score can beat the floor only if ``most`` (off by less than _SLACK) comes above
        weights = entry.weights
        line_hits = self._line_hits
        if line_hits is None:
            line_hits = self._scan_lines()
        hits = line_hits.get(e)
        found = [] if hits is None else hits.copy()
        # the most the score can still be: the marks that hit, and the positive ones not tested yet
        most = entry.others_positive
        for k in found:
            most += weights[k]
        for k, w, pid, needle in entry.others:
            if w > 0.0:
                if most <= floor:
                    return None
                if self._hit(pid, needle):
                    found.append(k)
                else:
                    most -= w
            elif self._hit(pid, needle):
                found.append(k)
                most += w
        if most <= floor:
            return None
        total = 0.0
        for k in sorted(found):  # in the order score() adds them
            total += weights[k]
        return min(1.0, total)

    def _scan_lines(self) -> dict[int, list[int]]:
        """Entry -> positions of its marks on the line scan that hit (pattern and needle)."""
        window = self.window
        found: dict[int, str] = {}
        for group in self.index.line_groups:
            group.scan(window, found)
        hits: dict[int, list[int]] = {}
        for pid, text in found.items():
            for e, k, needle in self.index.line_users.get(pid, ()):
                if needle is None or needle in text or self._has(needle):
                    hits.setdefault(e, []).append(k)
        self._line_hits = hits
        return hits

    def _hit(self, pid: int, needle: str | None) -> bool:
        """A mark off the line scan: its needle, then its pattern (as SourceParser.score tests them)."""
        if needle is not None:
            has = self._needles.get(needle)
            if not (self._has(needle) if has is None else has):
                return False
        found = self._searched.get(pid)
        if found is None:
            anchor = self.index.anchors.get(pid)
            pattern = self.index.patterns[pid]
            if anchor is None:
                found = pattern.search(self.window) is not None
            else:
                found = self._search_from(pattern, *anchor)
            self._searched[pid] = found
        return found

    def _search_from(self, pattern: re.Pattern[str], literal: str, lo: int, hi: int) -> bool:
        """``pattern.search(window)`` for a line pattern whose matches hold ``literal`` ``lo`` to ``hi`` in.

        Only the line starts that far before an occurrence of the literal are tried, each once.
        """
        window = self.window
        tried = -1  # the line starts up to here are tried
        at = window.find(literal)
        while at >= 0:
            first, last = max(at - hi, tried + 1), at - lo
            if first <= last:
                if first == 0 and pattern.match(window) is not None:
                    return True
                # a line starts after each break in window[first - 1 : last]
                brk = window.find("\n", max(first - 1, 0), last)
                while brk >= 0:
                    if pattern.match(window, brk + 1) is not None:
                        return True
                    brk = window.find("\n", brk + 1, last)
                tried = last
            at = window.find(literal, at + 1)
        return False

    def _has(self, needle: str) -> bool:
        """``needle in window``, tested once a page."""
        found = self._needles.get(needle)
        if found is None:
            found = self._needles[needle] = needle in self.window
        return found
