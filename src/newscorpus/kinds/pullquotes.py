"""Near-duplicate lines in linear time: pull quotes, highlights and repeated titles.

Each line becomes a set of hashed word trigrams; an inverted index from
trigram to the (few) lines holding it finds, for every line, the other lines
that share most of its trigrams. Posting lists are capped, so a page of
20,000 lines that repeats one phrase everywhere stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["highlights", "same_title", "shingles", "title_key"]

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_MAX_POSTINGS = 16
_MAX_TOKENS = 400


# Punctuation becomes space before splitting: one C-level pass instead of a regex per line.
_PUNCT = str.maketrans(
    dict.fromkeys("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" + "“”‘’–—…«»·•【】（）：，。、；！？", " ")
)


def _tokens(text: str) -> list[str]:
    return text[:4000].lower().translate(_PUNCT).split()[:_MAX_TOKENS]


def shingles(text: str) -> frozenset[int]:
    """Hashed word trigrams of ``text`` (lower case, punctuation ignored)."""
    return _shingles(_tokens(text))


def _shingles(tokens: list[str]) -> frozenset[int]:
    if len(tokens) < 3:
        return frozenset({hash(tuple(tokens))}) if tokens else frozenset()
    return frozenset(map(hash, zip(tokens, tokens[1:], tokens[2:], strict=False)))


def title_key(text: str) -> str:
    """Letters and digits only, lower case: 'Viet Nam' and 'Vietnam' give the same key.

    >>> title_key("Ready to support Viet Nam") == title_key("Ready to support Vietnam")
    True
    """
    return "".join(_TOKEN.findall(text[:600].lower()))


def same_title(a: str, b: str) -> bool:
    """Two lines that print the same title (case, spacing and punctuation aside)."""
    ka, kb = title_key(a), title_key(b)
    return bool(ka) and ka == kb


def _ends_closed(text: str) -> bool:
    stripped = text.rstrip("\"'”’)] ")
    return stripped.endswith((".", "!", "?", "…"))


def highlights(texts: Sequence[str], *, threshold: float = 0.75) -> set[int]:
    """Indexes of lines that repeat (most of) another line: the highlight of each pair.

    The highlight is the one without closing punctuation when the two are
    about as long and only one has it; otherwise the shorter one. Two
    identical lines both stay.

    >>> highlights(["We will win this fight together, he said in a speech on Friday.",
    ...             "We will win this fight together"])
    {1}
    """
    tokens = [_tokens(t) for t in texts]
    sets = [_shingles(tok) for tok in tokens]
    lengths = [len(tok) for tok in tokens]
    # Pass 1: which trigrams occur in more than one line (set operations, no per-line postings).
    seen: set[int] = set()
    shared: set[int] = set()
    for sh in sets:
        shared |= seen & sh
        seen |= sh
    if not shared:
        return set()
    # A line can only repeat another if most of its trigrams occur elsewhere.
    candidates = [
        i for i, sh in enumerate(sets) if lengths[i] >= 4 and sh and len(sh & shared) >= threshold * len(sh)
    ]
    if not candidates:
        return set()
    # Pass 2: posting lists for the candidates' shared trigrams only (capped, so repeated phrases stay cheap).
    wanted: set[int] = set()
    for i in candidates:
        wanted |= sets[i] & shared
    postings: dict[int, list[int]] = {}
    for j, sh in enumerate(sets):
        for h in sh & wanted:
            bucket = postings.setdefault(h, [])
            if len(bucket) < _MAX_POSTINGS:
                bucket.append(j)
    out: set[int] = set()
    for i in candidates:
        sh = sets[i]
        counts: dict[int, int] = {}
        for h in sh & wanted:
            for j in postings[h]:
                counts[j] = counts.get(j, 0) + 1
        counts.pop(i, None)
        for j, common in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
            if common / len(sh) < threshold:
                break
            li, lj = lengths[i], lengths[j]
            closed_i, closed_j = _ends_closed(texts[i]), _ends_closed(texts[j])
            if abs(li - lj) <= 0.1 * max(li, lj) and closed_i != closed_j:
                if closed_j:
                    out.add(i)
                    break
                continue
            if li < lj:
                out.add(i)
                break
    return out
