"""Example tests generated from seeds/gold.json: every field and every labelled line of every seed.

A case that a later issue will fix is listed in KNOWN_GAPS and marked
``xfail(strict=True)``: it turns red the day it starts passing, so the mark
gets removed.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

import newscorpus
from newscorpus import Article
from tests.conftest import load_gold, seed_text

FIELDS = (
    "headline",
    "summary",
    "byline",
    "authors",
    "credit",
    "author_roles",
    "editors",
    "published",
    "updated",
    "dateline",
)
GOLD = load_gold()

# (file, field or "line N") -> the issue that will fix it.
KNOWN_GAPS: dict[tuple[str, str], str] = {}


@cache
def parsed(name: str) -> Article:
    return newscorpus.parse(seed_text(name))


def plain(value: object) -> object:
    if value in (None, (), [], ""):
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def cases(kind: str) -> list[object]:
    out: list[object] = []
    for g in GOLD:
        name = str(g["file"])
        if kind == "field":
            keys = [(name, f, g.get(f)) for f in FIELDS]
        else:
            lines = g["lines"]
            assert isinstance(lines, dict)
            keys = [(name, f"line {n}", k) for n, k in lines.items()]
        for key in keys:
            gap = KNOWN_GAPS.get((key[0], key[1]))
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            out.append(pytest.param(*key, marks=marks, id=f"{name[:3]}-{key[1]}"))
    return out


@pytest.mark.parametrize(("name", "field", "want"), cases("field"))
def test_seed_field(name: str, field: str, want: object) -> None:
    assert plain(getattr(parsed(name), field)) == plain(want)


ALSO_OK = {"ambiguous": {"subheading", "related"}}


@pytest.mark.parametrize(("name", "line", "want"), cases("line"))
def test_seed_line_kind(name: str, line: str, want: str) -> None:
    art = parsed(name)
    number = int(line.split()[1])
    text = seed_text(name)
    offset = sum(len(x) + 1 for x in text.split("\n")[: number - 1])
    offset += len(text.split("\n")[number - 1]) - len(text.split("\n")[number - 1].lstrip())
    kinds = [seg.kind.value for seg in art.segments if seg.start <= offset < seg.end]
    assert len(kinds) == 1
    assert kinds[0] == want or kinds[0] in ALSO_OK.get(want, set())


@pytest.mark.parametrize("g", GOLD, ids=lambda g: str(g["file"])[:3])
def test_seed_body_ends(g: dict[str, object]) -> None:
    body = parsed(str(g["file"])).paragraphs
    assert body, "every seed has a body"
    assert body[0] == " ".join(str(g["body_first"]).split())
    assert body[-1] == " ".join(str(g["body_last"]).split())
    lines = g["lines"]
    assert isinstance(lines, dict)
    either = sum(1 for kind in lines.values() if kind == "ambiguous")  # may be body or not
    want = g["body_paragraphs"]
    assert isinstance(want, int)
    assert want <= len(body) <= want + either


BOILERPLATE = {
    "navigation",
    "share",
    "caption",
    "related",
    "pull_quote",
    "promo",
    "credit",
    "comments",
    "junk",
    "other",
}


@pytest.mark.parametrize("g", GOLD, ids=lambda g: str(g["file"])[:3])
def test_body_text_never_holds_a_gold_boilerplate_line(g: dict[str, object]) -> None:
    name = str(g["file"])
    text_lines = seed_text(name).split("\n")
    lines = g["lines"]
    assert isinstance(lines, dict)
    furniture = {" ".join(text_lines[int(n) - 1].split()) for n, kind in lines.items() if kind in BOILERPLATE}
    body = set(parsed(name).paragraphs)
    assert furniture, "each seed has furniture to keep out"
    assert not (body & furniture)
