"""The registry of source parsers, after Pygments' lexer registry.

Built-in parsers are listed as metadata (name, module, class, domains), so
``parser_for_url`` and ``all_parsers`` names are known without importing
every parser. Third-party parsers register in the entry-point group
``newscorpus.parsers`` (``name = "package.module:ParserClass"``) and are
loaded lazily, the first time a look-up needs them. A plugin that fails to
import or to score is skipped, and the failure is kept as a warning for the
article being parsed: it never breaks ``parse()``.
"""

from __future__ import annotations

import importlib
import math
import threading
from collections.abc import Iterator, Sequence
from importlib.metadata import entry_points
from urllib.parse import urlsplit

import attrs

from ..model import ParseWarning
from .base import SourceParser, score_window
from .index import MarkIndex

__all__ = [
    "BUILTINS",
    "GENERIC",
    "SCORE_THRESHOLD",
    "all_parsers",
    "choose_parser",
    "get_parser",
    "guess_parser",
    "parser_for_url",
    "register_parser",
    "unregister_parser",
]

#: The name of the fallback when no source parser fits.
GENERIC = "generic"
#: A text score must reach this to pick a parser without a URL.
SCORE_THRESHOLD = 0.5
ENTRY_POINT_GROUP = "newscorpus.parsers"


@attrs.frozen
class _Meta:
    name: str
    target: str  # "module:Class"
    domains: tuple[str, ...]


#: Built-in parsers: known without importing them.
BUILTINS: tuple[_Meta, ...] = (
    _Meta(
        "peoples_daily",
        "newscorpus.sources.peoples_daily:PeoplesDaily",
        ("people.cn", "peopledaily.com.cn", "people.com.cn"),
    ),
    _Meta(
        "china_daily",
        "newscorpus.sources.china_daily:ChinaDaily",
        ("chinadaily.com.cn", "chinadailyhk.com", "chinadailyasia.com"),
    ),
    _Meta(
        "fmprc",
        "newscorpus.sources.fmprc:ForeignMinistry",
        (
            "fmprc.gov.cn",
            "mfa.gov.cn",
            "china-embassy.gov.cn",
            "china-embassy.org",
            "chinaembassy-fi.org",
            "chinese-embassy.org.uk",
            "china-consulate.gov.cn",
            "chinamission.org.cn",
        ),
    ),
    _Meta("global_times", "newscorpus.sources.global_times:GlobalTimes", ("globaltimes.cn", "huanqiu.com")),
    _Meta(
        "tgvn",
        "newscorpus.sources.tgvn:WorldAndVietnamReport",
        ("baoquocte.vn", "tgvn.vn", "worldandvietnamreport.vn"),
    ),
    _Meta("xinhua", "newscorpus.sources.xinhua:Xinhua", ("xinhuanet.com", "news.cn", "english.news.cn")),
    _Meta("cgtn", "newscorpus.sources.cgtn:CGTN", ("cgtn.com",)),
    _Meta("vietnamplus", "newscorpus.sources.vietnam:VietnamPlus", ("vietnamplus.vn",)),
    _Meta("tuoitre_news", "newscorpus.sources.vietnam:TuoiTreNews", ("tuoitrenews.vn",)),
    _Meta("baochinhphu", "newscorpus.sources.vietnam:GovernmentPortal", ("baochinhphu.vn", "chinhphu.vn")),
    _Meta("vov_world", "newscorpus.sources.vietnam:VovWorld", ("vovworld.vn",)),
    _Meta("nhandan", "newscorpus.sources.vietnam:NhanDan", ("nhandan.vn",)),
    _Meta("ap", "newscorpus.sources.ap:AssociatedPress", ("apnews.com",)),
    # (last: a parser is scored only when none before it took the page)
    _Meta("vov", "newscorpus.sources.vietnam:Vov", ("vov.vn",)),
    _Meta("vnexpress", "newscorpus.sources.vietnam:VnExpress", ("vnexpress.net",)),
)


def builtin_domains(name: str) -> tuple[str, ...]:
    """The domains of a built-in parser, as listed here (the one place they are written)."""
    for meta in BUILTINS:
        if meta.name == name:
            return meta.domains
    raise KeyError(name)


_lock = threading.Lock()
_loaded: dict[str, SourceParser] = {}
_plugins: list[_Meta] | None = None
# One warning per failing plugin (name -> warning): a failure is remembered, not retried on every parse.
_plugin_errors: dict[str, ParseWarning] = {}


def _load(meta: _Meta) -> SourceParser | None:
    parser = _runtime.get(meta.name) or _loaded.get(meta.name)
    if parser is not None:
        return parser
    if meta.name in _plugin_errors:
        return None
    module_name, _, cls_name = meta.target.partition(":")
    try:
        cls = getattr(importlib.import_module(module_name), cls_name)
        parser = cls()
        if not isinstance(parser, SourceParser) and not callable(getattr(parser, "score", None)):
            raise TypeError("a source parser needs score() and refine()")
        if not isinstance(getattr(parser, "name", None), str):
            raise TypeError("a source parser needs a str 'name'")
    except Exception as exc:
        _plugin_errors[meta.name] = ParseWarning(
            "plugin-failed", f"source parser {meta.name!r} failed to load: {exc!r}"
        )
        return None
    with _lock:
        _loaded[meta.name] = parser
    return parser  # type: ignore[no-any-return]


def _plugin_metas() -> list[_Meta]:
    global _plugins
    if _plugins is None:
        found: list[_Meta] = []
        try:
            eps = entry_points(group=ENTRY_POINT_GROUP)
        except Exception as exc:
            _plugin_errors[""] = ParseWarning("plugin-failed", f"reading entry points failed: {exc!r}")
            eps = ()  # type: ignore[assignment]
        builtin_names = {m.name for m in BUILTINS}
        for ep in eps:
            if ep.name in builtin_names:
                continue
            found.append(_Meta(ep.name, ep.value, ()))
        _plugins = found
    return _plugins


def reset() -> None:
    """Forget loaded plugins (after installing one at run time, or in tests).

    Built-in parsers and parsers registered with :func:`register_parser` stay.

    >>> reset()
    >>> get_parser("xinhua").name
    'xinhua'
    """
    global _plugins
    with _lock:
        _plugins = None
        builtin_names = {m.name for m in BUILTINS}
        for name in list(_loaded):
            if name not in builtin_names:
                del _loaded[name]
        _plugin_errors.clear()
        _forget_parser_list()


_runtime: dict[str, SourceParser] = {}


def register_parser(parser: SourceParser | type[SourceParser]) -> SourceParser:
    """Register a parser at run time (a notebook, a script); entry points are the way for packages.

    A parser registered under a built-in's name replaces it. Returns the instance.

    >>> import newscorpus
    >>> class Ledger(SourceParser):
    ...     name = "ledger"
    ...     domains = ("ledger.example",)
    >>> parser = register_parser(Ledger)
    >>> newscorpus.parse("Title\\n\\nSome text of the story.", url="https://www.ledger.example/1").source
    'ledger'
    >>> unregister_parser("ledger")
    >>> newscorpus.parse("Title\\n\\nSome text of the story.", url="https://www.ledger.example/1").source
    'generic'
    """
    instance = parser() if isinstance(parser, type) else parser
    with _lock:
        _runtime[instance.name] = instance
        _loaded[instance.name] = instance
        _forget_parser_list()
    return instance


def unregister_parser(name: str) -> None:
    """Undo :func:`register_parser` (a built-in replaced by it comes back); unknown names are ignored.

    >>> unregister_parser("no_such_parser")  # nothing to undo: no error
    """
    with _lock:
        _runtime.pop(name, None)
        _loaded.pop(name, None)
        _forget_parser_list()


def _metas() -> list[_Meta]:
    # (a copy of the items first: a parser registered by another thread meanwhile changes nothing here)
    runtime = [_Meta(name, "", tuple(getattr(p, "domains", ()) or ())) for name, p in list(_runtime.items())]
    names = {m.name for m in runtime}
    return [*runtime, *(m for m in BUILTINS if m.name not in names), *_plugin_metas()]


def all_parsers() -> Iterator[SourceParser]:
    """Every source parser that loads, built-ins first, then plugins by name order.

    Parsers registered at run time come first. ``newscorpus sources`` prints this list.

    >>> [parser.name for parser in all_parsers()][:3]
    ['peoples_daily', 'china_daily', 'fmprc']
    """
    return iter(_parser_list())


# The list all_parsers() gives, kept until register_parser(), unregister_parser() or reset() changes it
# (a parser that failed to load stays failed until reset(), so the list cannot change otherwise).
# _generation counts those changes: a list built while one happened is not kept (it may be stale).
_parsers: tuple[SourceParser, ...] | None = None
_generation = 0


def _parser_list() -> tuple[SourceParser, ...]:
    global _parsers
    found = _parsers
    if found is None:
        generation = _generation
        found = tuple(p for p in map(_load, _metas()) if p is not None)
        with _lock:  # (not held while loading: _load takes it)
            if generation == _generation:
                _parsers = found
    return found


def _forget_parser_list() -> None:
    """Drop the kept list (called with _lock held)."""
    global _parsers, _generation
    _parsers = None
    _generation += 1


def get_parser(name: str) -> SourceParser:
    """The parser called ``name``; ``KeyError`` when there is none.

    >>> parser = get_parser("tgvn")
    >>> parser.title, str(parser.time_zone)
    ('The World & Vietnam Report', 'UTC+07:00')
    """
    for meta in _metas():
        if meta.name == name:
            parser = _load(meta)
            if parser is not None:
                return parser
    raise KeyError(f"no source parser named {name!r}")


def _host(url: str) -> str:
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    return host.lower().rstrip(".")


def _domain_length(host: str, domains: tuple[str, ...]) -> int:
    """Length of the longest of ``domains`` that owns ``host`` (itself or a subdomain), 0 if none."""
    return max((len(d) for d in domains if host == d or host.endswith("." + d)), default=0)


def parser_for_url(url: str) -> SourceParser | None:
    """The parser whose domains own the URL's host (longest domain wins), or None.

    Built-in domains are known without importing their parsers; plugins are
    loaded to ask theirs.

    >>> parser_for_url("https://english.news.cn/20240503/abc.html").name, parser_for_url("https://example.com/")
    ('xinhua', None)
    """
    host = _host(url)
    if not host:
        return None
    best: tuple[int, _Meta] | None = None
    for meta in _metas():
        domains = meta.domains
        if not domains:
            parser = _load(meta)
            domains = tuple(getattr(parser, "domains", ())) if parser is not None else ()
        length = _domain_length(host, domains)
        if length and (best is None or length > best[0]):
            best = (length, meta)
    return _load(best[1]) if best else None


def _safe_score(parser: SourceParser, text: str, url: str | None, warnings: list[ParseWarning]) -> float:
    try:
        value = float(parser.score(text, url))
    except Exception as exc:
        warnings.append(
            ParseWarning("plugin-failed", f"source parser {parser.name!r} failed to score: {exc!r}")
        )
        return 0.0
    if math.isnan(value) or not 0.0 <= value <= 1.0:
        return 0.0
    return value


def guess_parser(text: str, url: str | None = None) -> SourceParser | None:
    """The best-scoring parser at or above the threshold (ties: registry order), or None.

    >>> stamp = "By Chen Qingqing Source:Global Times Published: 2020/3/27 16:14:48"
    >>> guess_parser(f"Xi-Trump call signals truce\\n{stamp}\\n\\nText.").name
    'global_times'
    >>> guess_parser("Title\\n\\nText of no known outlet.") is None
    True
    """
    return _guess(text, url, [])


# The marks of the registry's parsers, rebuilt when the parsers or their marks change.
_index: MarkIndex | None = None


def _mark_index(parsers: Sequence[SourceParser]) -> MarkIndex:
    global _index
    index = _index
    if index is None or not index.fits(parsers):
        index = _index = MarkIndex(parsers)
    return index


def _guess(
    text: str, url: str | None, warnings: list[ParseWarning], window: str | None = None
) -> SourceParser | None:
    best: tuple[float, SourceParser] | None = None
    window = score_window(text) if window is None else window
    parsers = _parser_list()
    # Parsers that score with their marks are scored together (same values, fewer scans of the window);
    # the index skips those that can no longer be chosen. Others are asked their score().
    page = _mark_index(parsers).page(window) if type(window) is str else None
    for i, parser in enumerate(parsers):
        if page is not None and page.indexed(i):
            indexed = page.value(i, SCORE_THRESHOLD, best[0] if best else None)
            if indexed is None:
                continue
            value = indexed if 0.0 <= indexed <= 1.0 else 0.0
        else:
            value = _safe_score(parser, window, url, warnings)
        if value >= SCORE_THRESHOLD and (best is None or value > best[0]):
            best = (value, parser)
    return best[1] if best else None


def choose_parser(
    text: str, url: str | None, source: str | None, *, window: str | None = None
) -> tuple[SourceParser | None, list[ParseWarning]]:
    """An explicit ``source`` wins, then the URL's host, then the best text score; None means generic.

    ``window`` is what scorers see (default: :func:`score_window` of ``text``); the pipeline
    passes its first and last normalised lines, which it has already made.

    >>> parser, warnings = choose_parser("Some text.", "https://www.globaltimes.cn/page/1.shtml", None)
    >>> parser.name, warnings
    ('global_times', [])
    >>> choose_parser("Some text.", None, "no_such_outlet")[1][0].code
    'unknown-source'
    """
    warnings: list[ParseWarning] = []
    parser: SourceParser | None = None
    if source is not None and source != GENERIC:
        try:
            parser = get_parser(source)
        except KeyError:
            warnings.append(
                ParseWarning("unknown-source", f"no source parser named {source!r}; used generic")
            )
    elif source is None:
        if url:
            parser = parser_for_url(url)
        if parser is None:
            parser = _guess(text, url, warnings, window)
    warnings.extend(_plugin_errors.values())
    return parser, warnings
