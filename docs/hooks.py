"""MkDocs hooks (mkdocs.yml ``hooks:``): the CLI reference shows the help of the installed ``newscorpus``.

The help blocks of docs/cli.md are refreshed from the argument parser at every
build (``docs/generate.py`` writes the same text into the file), so the page
cannot drift from the command.
"""

from __future__ import annotations

import pathlib
import sys
from typing import Any

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import generate


def on_page_markdown(markdown: str, page: Any, **kwargs: Any) -> str:
    if page.file.src_uri == "cli.md":
        return generate.fill_cli_help(markdown)
    return markdown
