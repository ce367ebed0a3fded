"""The ``newscorpus`` command line (first cut: ``newscorpus parse FILE...``)."""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from collections.abc import Sequence

from ..model import Article
from ..pipeline import parse

__all__ = ["main"]


def _summary(name: str, art: Article) -> str:
    body = art.body_text.replace("\n\n", " ¶ ")
    preview = body[:160] + ("…" if len(body) > 160 else "")
    return "\n".join(
        [
            f"== {name}",
            f"  headline:  {art.headline}",
            f"  authors:   {', '.join(art.authors) or '-'}   credit: {art.credit or '-'}",
            f"  published: {art.published.isoformat() if art.published else '-'}"
            f"   updated: {art.updated.isoformat() if art.updated else '-'}",
            f"  body:      {len(art.body)} paragraphs: {preview}",
        ]
    )


def _iter_files(inputs: Sequence[str]) -> list[pathlib.Path]:
    files: list[pathlib.Path] = []
    for item in inputs:
        path = pathlib.Path(item)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in (".txt", ".text")))
        else:
            files.append(path)
    return files


def _cmd_parse(args: argparse.Namespace) -> int:
    failed = 0
    out = sys.stdout
    inputs = args.inputs or ["-"]
    docs: list[tuple[str, bytes | None, str | None]] = []
    for item in inputs:
        if item == "-":
            docs.append(("-", sys.stdin.buffer.read(), None))
            continue
        for path in _iter_files([item]):
            try:
                docs.append((str(path), path.read_bytes(), None))
            except OSError as exc:
                docs.append((str(path), None, f"cannot read: {exc.strerror or exc}"))
    for name, data, error in docs:
        if data is None:
            failed += 1
            if args.json:
                out.write(json.dumps({"id": name, "error": error}, ensure_ascii=False) + "\n")
            else:
                print(f"== {name}\n  error: {error}", file=sys.stderr)
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            art = parse(data)
        else:
            art = parse(text)
        if args.json:
            row = {"id": name, **art.to_dict(segments=args.segments)}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            out.write(_summary(name, art) + "\n")
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newscorpus`` command."""
    ap = argparse.ArgumentParser(
        prog="newscorpus",
        description="Turn raw scraped news pages into structured articles.",
    )
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse text files (or directories of them, or - for stdin)")
    p.add_argument("inputs", nargs="*", help="files, directories or - (default: stdin)")
    p.add_argument("--json", action="store_true", help="one JSON object per document (JSON lines)")
    p.add_argument("--segments", action="store_true", help="with --json: include the labelled segments")
    p.set_defaults(func=_cmd_parse)
    args = ap.parse_args(argv)
    code: int = args.func(args)
    return code
