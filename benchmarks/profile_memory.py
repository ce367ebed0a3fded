"""Size and speed of a SiteProfile, and how many pages it needs (docs/site.md).

    python benchmarks/profile_memory.py            # prints the figures as Markdown
    python benchmarks/profile_memory.py --write    # also writes them into docs/site.md

1. Memory and speed: learn 1,000,000 generated lines (20,000 synthetic pages
   of 50 lines: 10 shared menu and footer lines, some on every page and some
   rotating, plus 40 lines unique to the page) with the default shape, and
   report the profile's size in memory (tracemalloc and ``nbytes``), on disk,
   and the learning speed in lines a second.
2. How much data: learn from samples of 5 to 500 pages of a synthetic site
   whose prose-like furniture lines show on 100%, 60%, 45%, 35% and 20% of
   the pages, and count, on 200 held-out pages, how many of the furniture
   lines the parser alone took for body ``apply()`` relabels, and how many
   article lines it wrongly takes (averaged over 5 samples).
"""

from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import platform
import random
import re
import sys
import tempfile
import time
import tracemalloc

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import newscorpus  # noqa: E402
from newscorpus.model import SegmentKind  # noqa: E402
from newscorpus.site import SiteProfile, apply, line_hash  # noqa: E402

START = "<!-- profile-memory:start -->"
END = "<!-- profile-memory:end -->"

WORDS = [
    "harbour",
    "ferry",
    "storm",
    "council",
    "minister",
    "trade",
    "rice",
    "port",
    "river",
    "city",
    "school",
    "bridge",
    "market",
    "road",
    "rail",
    "farm",
    "budget",
    "union",
    "court",
    "police",
    "water",
    "power",
    "coast",
    "island",
    "valley",
    "village",
    "festival",
]


def word(n: int) -> str:
    """A made-up word unique to ``n`` (digits would fold to 0 in line keys)."""
    letters = ""
    while True:
        n, rest = divmod(n, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[rest]
        if not n:
            return "zo" + letters


# -- 1. memory and speed -------------------------------------------------------------------------------


def memory_pages(n: int, rng: random.Random) -> list[str]:
    always = [
        "Home | World | Business | Opinion | Sport",
        "Search",
        "Most Read",
        "Subscribe to our newsletter",
        "Copyright 2024 Harbour Daily. All rights reserved.",
        "About us | Contact | Privacy",
    ]
    rotating = [f"Editor's pick: the {word(i)} files, part of our special series." for i in range(40)]
    pages = []
    for p in range(n):
        lines = [*always, *rng.sample(rotating, 4)]
        lines += [f"{' '.join(rng.choices(WORDS, k=10))} {word(p)} {word(j)}." for j in range(40)]
        pages.append("\n".join(lines))
    return pages


def measure_memory(pages: int) -> list[str]:
    rng = random.Random(1)
    texts = memory_pages(pages, rng)
    lines = sum(t.count("\n") + 1 for t in texts)
    profile = SiteProfile()
    t0 = time.perf_counter()
    profile.learn_many(texts)
    elapsed = time.perf_counter() - t0
    # Memory: learn again under tracemalloc; what stays allocated afterwards is the profile.
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    traced = SiteProfile().learn_many(texts)
    held = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    assert traced == profile
    # For comparison: an exact table of every distinct line hash and its count.
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    exact: dict[int, int] = {}
    for text in texts:
        for h in {line_hash(line) for line in text.splitlines()}:
            exact[h] = exact.get(h, 0) + 1
    exact_bytes = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "site.profile"
        profile.save(path)
        disk = path.stat().st_size
    kb = 1024
    return [
        f"{pages:,} pages, {lines:,} lines ({len(exact):,} distinct), default shape "
        f"(width {profile.width:,}, depth {profile.depth}, capacity {profile.capacity:,}):",
        "",
        "| figure | value |",
        "|---|---|",
        f"| learning speed | {lines / elapsed:,.0f} lines/s ({elapsed:.1f} s) |",
        f"| in memory (tracemalloc) | {held / kb:,.0f} kB |",
        f"| in memory (`nbytes`) | {profile.nbytes / kb:,.0f} kB |",
        f"| on disk (`save`) | {disk / kb:,.0f} kB |",
        f"| table entries | {profile.table_size:,} of {profile.capacity:,} |",
        f"| `table_error` (D) | {profile.table_error:,} pages (bound N/(capacity+1) = "
        f"{profile.total / (profile.capacity + 1):,.0f}) |",
        f"| `sketch_error` (e·N/width) | {profile.sketch_error:,.0f} pages |",
        f"| an exact dict of every distinct hash, for comparison | {exact_bytes / kb:,.0f} kB |",
    ]


# -- 2. how much data -------------------------------------------------------------------------------------

#: Prose-like furniture (the parser alone labels these paragraphs) and the share of pages showing each.
FURNITURE = (
    (
        1.0,
        "Our journalism is funded by readers like you, and every contribution helps us keep reporting "
        "on the stories that matter.",
    ),
    (
        0.6,
        "How the harbour town rebuilt its pier after the great storm, and what the council plans to do next.",
    ),
    (0.45, "Why thousands of commuters are switching from the coast road to the new ferry line this year."),
    (0.35, "What the new budget means for families living along the river, explained in five short charts."),
    (0.2, "Inside the school that teaches every pupil to swim before they turn seven years old, and why."),
)
SUBJECTS = ["The harbour council", "Ferry operators", "The port authority", "Local fishermen", "Rice farmers"]
ENDINGS = ["would take longer than planned", "was ready for a vote", "needed more money before winter"]


def site_page(index: int, rng: random.Random) -> str:
    paras = [
        f"{rng.choice(SUBJECTS)} said on the {word(index)} day that the {' '.join(rng.choices(WORDS, k=6))} "
        f"plan {rng.choice(ENDINGS)}, in the {word(index * 10 + n)} district."
        for n in range(rng.randint(3, 6))
    ]
    lines = ["Home | World | Business | Opinion | Sport", "", f"Storm news of the {word(index)} kind", ""]
    lines += [f"By Kim Lee | Updated: 2024-05-{1 + index % 28:02d} 10:15", ""]
    for k, para in enumerate(paras):
        lines += [para, ""]
        if k == 0:
            lines += [text + "\n" for share, text in FURNITURE if rng.random() < share]
    lines += ["Copyright 2024 Harbour Daily. All rights reserved.", "About us | Contact | Privacy"]
    return "\n".join(lines)


def data_needed(repeats: int = 5) -> list[str]:
    rng = random.Random(7)
    pool = [site_page(i, rng) for i in range(1000)]
    held_out = [newscorpus.parse(page) for page in pool[800:]]
    furniture = {text: share for share, text in FURNITURE}
    body = {SegmentKind.PARAGRAPH, SegmentKind.SUBHEADING}
    out = [
        f"Furniture lines relabelled on 200 held-out pages (share of the lines the parser took for body; "
        f"mean of {repeats} samples), `min_pages=5`:",
        "",
        "| pages learned | min_share | "
        + " | ".join(f"on {share:.0%} of pages" for share, _ in FURNITURE)
        + " | article lines lost |",
        "|---|---|" + "---|" * (len(FURNITURE) + 1),
    ]
    for size, min_share in (
        (5, 0.3),
        (10, 0.3),
        (20, 0.3),
        (50, 0.3),
        (100, 0.3),
        (500, 0.3),
        (100, 0.15),
        (500, 0.15),
    ):
        caught = {text: [0, 0] for text in furniture}
        lost = 0
        for r in range(repeats):
            sample = random.Random(size * 100 + r).sample(pool[:800], size)
            profile = SiteProfile().learn_many(sample)
            for before in held_out:
                after = apply(before, profile, min_share=min_share)
                for old, new in zip(before.segments, after.segments, strict=True):
                    if old.kind not in body:
                        continue
                    line = " ".join(old.text.split())
                    if line in furniture:
                        caught[line][1] += 1
                        caught[line][0] += new.kind not in body
                    elif new.kind not in body:
                        lost += 1
        cells = [f"{hit / seen:.0%}" if seen else "-" for hit, seen in caught.values()]
        out.append(f"| {size} | {min_share} | " + " | ".join(cells) + f" | {lost / repeats:g} |")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=20_000, help="pages of 50 lines for the memory figures")
    ap.add_argument("--write", action="store_true", help="write the figures into docs/site.md")
    args = ap.parse_args()
    report = [
        START,
        f"Measured {dt.date.today().isoformat()} with `python benchmarks/profile_memory.py --write` on "
        f"{platform.machine()} / Python {platform.python_version()}.",
        "",
        *measure_memory(args.pages),
        "",
        *data_needed(),
        END,
    ]
    text = "\n".join(report)
    print(text)
    if args.write:
        doc = ROOT / "docs" / "site.md"
        old = doc.read_text(encoding="utf-8")
        new, found = re.subn(re.escape(START) + ".*?" + re.escape(END), lambda _: text, old, flags=re.S)
        if not found:
            print(f"{doc} has no {START} ... {END} block", file=sys.stderr)
            return 1
        doc.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
