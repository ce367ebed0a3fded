"""A griffe extension for the API reference: render the project's docstrings as Markdown.

newscorpus docstrings are written for ``help()`` and doctest: Sphinx roles
(:func:`parse`), ``>>>`` examples, ``Example::`` literal blocks and the odd
reST simple table. mkdocstrings renders docstrings as Markdown, where ``>>>``
would be a nested block quote and a role is noise. This extension rewrites
each docstring when griffe loads it (the source files are not touched):

- ``:func:`~a.b.name``` and the other roles become the code span ```name```;
- a run of ``>>>`` / ``...`` lines and their output becomes a ```` ```pycon ```` block
  (``# doctest: +FLAG`` comments dropped);
- a paragraph ending in ``::`` ends in ``:`` (its indented block is code in Markdown too);
- a reST simple table (``====  ====`` rules) becomes a Markdown table.

Configured in mkdocs.yml (``extensions: [docs/griffe_docstrings.py]``).
"""

from __future__ import annotations

import re
from typing import Any

import griffe

ROLE = re.compile(r":(?:py:)?(?:func|class|meth|mod|attr|data|exc|obj|const|term):`~?([^`]+)`")
RULE = re.compile(r"^(=+)( +=+)+\s*$")
DIRECTIVE = re.compile(r"\s*#\s*doctest:\s*[+-]\w+(?:\s*,\s*[+-]\w+)*\s*$")


def _role(match: re.Match[str]) -> str:
    target = match.group(1)
    return f"`{target.rsplit('.', 1)[-1] if '.' in target and ' ' not in target else target}`"


def _columns(rule: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"=+", rule)]


def _table(lines: list[str], start: int) -> tuple[list[str], int]:
    """A reST simple table starting at ``lines[start]`` (a rule) as Markdown rows; and the next index.

    ``rule, rows, rule`` is a table without a header; ``rule, header, rule, rows, rule`` has one.
    """
    cols = _columns(lines[start])

    def cells(line: str) -> list[str]:
        bounds = [begin for begin, _ in cols[1:]] + [len(line)]
        return [line[begin:stop].strip() for (begin, _), stop in zip(cols, bounds, strict=True)]

    groups: list[list[list[str]]] = [[]]
    i = start + 1
    while i < len(lines) and len(groups) < 3:
        if RULE.match(lines[i]):
            if i + 1 >= len(lines) or not lines[i + 1].strip() or len(groups) == 2:
                i += 1
                break
            groups.append([])
        elif lines[i].strip():
            groups[-1].append(cells(lines[i]))
        i += 1
    header, rows = (
        (groups[0][0], groups[1]) if len(groups) == 2 and groups[0] else ([""] * len(cols), groups[0])
    )
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(cols)]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return out, i


def to_markdown(text: str) -> str:
    """The Markdown rendering of one docstring (see the module docstring)."""
    lines = ROLE.sub(_role, text).split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        indent = line[: len(line) - len(stripped)]
        if stripped.startswith(">>>"):
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i][len(indent) :] if lines[i].startswith(indent) else lines[i].strip())
                i += 1
            block = [DIRECTIVE.sub("", b) for b in block]
            out += [f"{indent}```pycon", *(indent + b for b in block), f"{indent}```"]
            continue
        if RULE.match(line):
            rows, i = _table(lines, i)
            out += rows
            continue
        if line.rstrip().endswith("::") and not line.rstrip().endswith(":::"):
            line = line.rstrip()[:-1]
        out.append(line)
        i += 1
    return "\n".join(out)


class MarkdownDocstrings(griffe.Extension):
    """Rewrite every docstring griffe loads into Markdown."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = to_markdown(obj.docstring.value)
