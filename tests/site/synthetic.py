"""A synthetic news site: shared furniture (menus, promos, prose-like teasers, footers, and
furniture lines taken from the seeds) around article texts unique to each page."""

from __future__ import annotations

import json
import random

from tests.conftest import SEEDS

SUBJECTS = [
    "The harbour council",
    "Ferry operators",
    "The port authority",
    "Local fishermen",
    "The regional governor",
    "City engineers",
    "Rice farmers",
    "The trade ministry",
    "School teachers",
    "Hospital staff",
    "The weather office",
    "Bus drivers",
]
VERBS = ["said on", "warned on", "announced on", "confirmed on", "agreed on", "denied on"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OBJECTS = [
    "that repairs to the old pier",
    "that the new timetable",
    "that a survey of the river banks",
    "that the budget for flood defences",
    "that talks with the unions",
    "that the spring harvest",
    "that night services on the coast line",
    "that the inquiry into the collapse",
]
ENDINGS = [
    "would take longer than planned",
    "was ready for a vote",
    "had found no fault",
    "needed more money before winter",
    "would be published within weeks",
    "could start again after the holiday",
    "had drawn more people than expected",
]
NAMES = ["Kim Lee", "Ana Ruiz", "Tom Hart", "Mai Tran", "Omar Said", "Lena Berg", "Raj Patel"]

MENU = "Home | World | Business | Opinion | Sport | Culture"
PROMO = (
    "Our journalism is funded by readers like you, and every contribution helps us keep "
    "reporting on the stories that matter."
)
TEASERS = (
    "How the harbour town rebuilt its pier after the great storm, and what the council plans to do next.",
    "Why thousands of commuters are switching from the coast road to the new ferry line this year.",
)
DISCLAIMER = (
    "The views expressed in this article are those of the author and do not necessarily "
    "reflect the positions of Harbour Daily."
)
COPYRIGHT = "Copyright 2024 Harbour Daily. All rights reserved."
FOOTER = "About us | Contact | Privacy | Terms of use"
TAGLINE = "Independent news from the harbour towns and the coast since 1921."
#: Seed furniture lines a page shows: 12 of the 20 (each on about 60% of the pages).
SEED_LINES_PER_PAGE = 12


def seed_furniture() -> list[str]:
    """Furniture lines of the seeds (gold kinds related, promo, comments, share), as printed."""
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    out: list[str] = []
    for entry in gold:
        lines = (SEEDS / entry["file"]).read_text(encoding="utf-8").splitlines()
        for number, kind in entry["lines"].items():
            text = lines[int(number) - 1].strip()
            if kind in {"related", "promo", "comments", "share"} and text not in out:
                out.append(text)
    return out


def paragraph(rng: random.Random, page: int, n: int) -> str:
    """A paragraph unique to its page: sentences from the grammar plus the page's own numbers in words."""
    sentences = []
    for _ in range(rng.randint(2, 3)):
        sentences.append(
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(DAYS)} {rng.choice(OBJECTS)} "
            f"{rng.choice(ENDINGS)}."
        )
    tag = " ".join(
        rng.choice(["north", "south", "east", "west", "upper", "lower", "old", "new"]) for _ in range(6)
    )
    sentences.append(
        f"Residents of the {tag} districts were told to expect more news, file {word(page)} {word(n)}."
    )
    return " ".join(sentences)


def word(n: int) -> str:
    """A made-up word unique to ``n`` (digits would fold to 0 in line keys)."""
    letters = ""
    while True:
        n, rest = divmod(n, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[rest]
        if not n:
            return "zo" + letters


def standfirst(index: int) -> str:
    """A standfirst unique to its page."""
    return f"The {word(index)} report asks what the storm season will cost the harbour towns this time."


def page(rng: random.Random, index: int, seed_lines: list[str]) -> tuple[str, list[str]]:
    """One page of the site and its article lines (paragraphs and, on odd pages, a standfirst: unique to it).

    Even pages show the site's tagline where odd pages show their own standfirst.
    """
    paras = [paragraph(rng, index, n) for n in range(rng.randint(3, 6))]
    furniture = rng.sample(seed_lines, k=min(SEED_LINES_PER_PAGE, len(seed_lines)))
    headline = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS).split()[0]} {rng.choice(OBJECTS)[5:]}"
    byline = f"By {rng.choice(NAMES)} | Updated: 2024-05-{1 + index % 28:02d} 10:{index % 60:02d}"
    lines = [MENU, "Search", headline, TAGLINE if index % 2 == 0 else standfirst(index), byline, ""]
    lines += [paras[0], "", PROMO, ""]
    lines += [p + "\n" for p in paras[1:-1]]
    lines += [rng.choice(TEASERS), "", paras[-1], ""]
    lines += [*furniture, "", DISCLAIMER, COPYRIGHT, FOOTER]
    return "\n".join(lines) + "\n", paras


def site(pages: int, seed: int = 11) -> list[tuple[str, list[str]]]:
    rng = random.Random(seed)
    seed_lines = seed_furniture()
    return [page(rng, i, seed_lines) for i in range(pages)]
