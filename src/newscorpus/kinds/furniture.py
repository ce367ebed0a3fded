"""Line-shape classifiers for furniture that fixed phrases can't list: captions, menus, junk.

Each function looks at one line's normalised text (capped) and answers with
a reason string or ``None``. All patterns are anchored or bounded, so a long
line costs no more than its first few hundred characters.
"""

from __future__ import annotations

import re

__all__ = [
    "caption_reason",
    "honorific_start",
    "junk_reason",
    "navigation_reason",
]

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"

# A photo credit closing the line: bracketed or labelled forms (any case)...
_CREDIT_END = re.compile(
    r"(?:"
    r"\[\s*(?:photos?|video|graphic|infographic)\b[^\]]{0,60}\]"  # [Photo/Xinhua]
    r"|\(\s*(?:photos?|source|nguồn|ảnh|file photo|video|graphic)\b[^()]{0,80}\)"  # (Photo: VNA)
    # (Xinhua/Yue Yuewei), (SHEN HONG / XINHUA); not "(2.2 USD/kg)"
    r"|\((?=[^()]*[A-Z][^()]*/)(?![^()]*\d)[^()]{0,40}/[^()]{1,60}\)"
    r"|\bphoto(?:graph)?s?\s*(?:by)?\s*:\s*[^.:]{1,60}"  # Photo: Xinhua, Photograph: A/Getty
    r"|\bphoto by [^.:]{1,60}"  # Photo by VnExpress/Ngoc Thanh
    r")\s*\.?\s*\)?\s*\|?$",
    re.I,
)
# ... and unlabelled ones, which must look like credits (case matters).
_CREDIT_END_CS = re.compile(
    r"(?:[.!?]\s*/\s*[A-Z][\w .'&-]{1,40}\)?"  # ... 2021. /Reuters
    r"|\b[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,3} ?/ ?[A-Z][A-Z .'-]{1,30}"  # WU ZHIYI / CHINA DAILY
    r")\s*\|?$"
)
_CREDIT_LINE = re.compile(
    r"^(?:photo|photograph|credit|image|picture|illustration|graphic|chart|cartoon)s?\s*(?:by\s+|:\s*)\S",
    re.I,
)
_CAPTION_START = re.compile(
    r"^(?:\(cover:|\((?:l-r|r-l|from left|from right)\)|(?:this |a |an )?(?:aerial |file |undated )?"
    r"photo(?:graph)? (?:taken|shows|released|provided)\b|in this (?:file |undated |handout )?photo\b"
    r"|pictured\b|file photo\b|photo\s*:)",
    re.I,
)
_IMAGE_MD = re.compile(r"^\|?\s*!\[[^\]]{0,200}\]\([^)]{0,300}\)\s*\|?$")
_ENDS_WITH_DATE = re.compile(
    rf",\s*(?:on\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{4}})\.?$"
)
_HONORIFIC = re.compile(
    r"^(?:H\.\s?E\.|Mr\.|Mrs\.|Ms\.|Madam\b|Dr\.|Ambassador\b|President\b|Prime Minister\b|Premier\b"
    r"|(?:Deputy |Vice )?(?:Foreign )?Minister\b|Chairman\b|General Secretary\b|Secretary\b)"
)


def honorific_start(norm: str) -> bool:
    """True when the line opens with a title or honorific (``H.E.``, ``Ambassador``...)."""
    return bool(_HONORIFIC.match(norm))


def caption_reason(norm: str, words: int) -> str | None:
    """Why this line is a photo caption or credit, or None.

    >>> caption_reason("Leaders meet in Beijing, on June 22, 2020. [Photo/Xinhua]", 9)
    'caption-credit'
    >>> caption_reason("![]() |", 0)
    'image-cell'
    """
    if _IMAGE_MD.match(norm[:600]):
        return "image-cell"
    if _CREDIT_LINE.match(norm) and words <= 12:
        return "photo-credit"
    tail = norm[-150:]
    if (
        words <= 160
        and (tail.endswith((")", "]", "|")) or "/" in tail[-70:] or "photo" in tail.lower())
        and (_CREDIT_END.search(tail) or _CREDIT_END_CS.search(tail))
    ):
        return "caption-credit"
    if _CAPTION_START.match(norm):
        return "caption-phrase"
    return None


def ends_with_date(norm: str) -> bool:
    """A line closing on ``, Month D, YYYY`` (how uncredited captions end)."""
    return bool(_ENDS_WITH_DATE.search(norm[-60:]))


_LANGS = frozenset(
    [
        "english",
        "français",
        "francais",
        "español",
        "espanol",
        "русский",
        "deutsch",
        "português",
        "portugues",
        "italiano",
        "中文",
        "简体中文",
        "繁體中文",
        "繁体中文",
        "中文版",
        "عربي",
        "العربية",
        "العربي",
        "日本語",
        "한국어",
        "tiếng",
        "việt",
        "tiếng",
        "việt",
        "việt",
        "bahasa",
        "türkçe",
        "中文双语",
        "双语",
        "français",
    ]
)
_SOCIAL = frozenset(
    [
        "facebook",
        "twitter",
        "instagram",
        "youtube",
        "linkedin",
        "weibo",
        "新浪微博",
        "微博",
        "wechat",
        "微信",
        "tiktok",
        "telegram",
        "whatsapp",
        "line",
        "reddit",
        "pinterest",
        "vk",
        "apple",
        "news",
        "flipboard",
        "rss",
        "x",
    ]
)
# a chrome date inside a social row ("... YouTube Wednesday, Mar 15, 2023")
_DATE_TOKEN = re.compile(
    r"\d{1,4},?|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?"
)
_ROW_WORDS = frozenset(["copy", "link", "copied", "email", "e-mail", "print", "share", "follow", "us", "on"])
_BREADCRUMB_SEP = re.compile(r"\s*(?:>>|»|›|>|/|\|)\s*")
_PAGINATION = re.compile(
    r"^(?:[|<>«»\s]*(?:previous|prev|next|first|last|page)?[|<>«»\s]*)?"
    r"(?:[【\[(]?\d{1,3}(?!\d)[】\])]?(?:\s+|(?=[【\[(|<>«»])|$)){2,}"
    r"(?:[|<>«»\s]*(?:next|last|more)?[|<>«»\s]*)$",
    re.I,
)


def navigation_reason(norm: str, words: int) -> str | None:
    """Why this line is menu, breadcrumb, language switcher, social row or pagination, or None.

    >>> navigation_reason("Home / World / Asia-Pacific", 4)
    'breadcrumb'
    >>> navigation_reason("عربي Español Русский Français 简体中文", 5)
    'language-switcher'
    """
    if len(norm) > 200 or words > 30:
        return None
    low = norm.lower()
    if (
        _PAGINATION.match(low)
        or re.fullmatch(r"[|<>«»\s]*(?:previous|prev)?\s*(?:\d+\s+)+(?:\.\.\.\s*\d+\s*)?next[\s|<>»]*", low)
        or re.fullmatch(r"\d{1,3}\s*/\s*\d{1,3}", low)
    ):
        return "pagination"
    tokens = low.split()
    langs = sum(1 for t in tokens if t in _LANGS) + sum(
        1 for lang in ("中文", "français", "english") if lang in low and lang not in tokens
    )
    if langs >= 2 and words <= 10:
        return "language-switcher"
    social = sum(1 for t in tokens if t in _SOCIAL)
    rowish = social + sum(1 for t in tokens if t in _ROW_WORDS or _DATE_TOKEN.fullmatch(t))
    if social >= 3 and rowish >= 0.8 * len(tokens):
        return (
            "share-row" if any(w in low for w in ("share", "email", "copy link", "print")) else "social-row"
        )
    strong = ">>" in norm or " > " in norm or "»" in norm or "›" in norm
    if strong or " / " in norm or " | " in norm:
        parts = [p for p in _BREADCRUMB_SEP.split(norm) if p]
        sizes = [len(p.split()) for p in parts]
        if strong:
            shaped = all(size <= 5 for size in sizes)
        else:
            shaped = all(size <= 3 for size in sizes) and (
                len(parts) >= 3 or all(size <= 2 for size in sizes)
            )
        if (
            1 <= len(parts) <= 16
            and shaped
            and not norm.endswith(".")
            and not any(ch.isdigit() for ch in norm)
            and (len(parts) >= 2 or norm.endswith((">>", "»")))
        ):
            return "breadcrumb"
    if norm.endswith(">>") and words <= 4:
        return "breadcrumb"
    return None


_PIPES = re.compile(r"^[|\s]+$")
_ALNUM = re.compile(r"[^\W_]")
# "12 Shares", "3 comments", "1.2K views", "01:32" (a video's length)
_COUNTER = re.compile(
    r"[\d.,]+\s*[kKmM]?\s+(?:shares?|comments?|views?|likes?|reads?)|comments?\s*\(\d+\)|\d{1,2}:\d{2}(?::\d{2})?",
    re.I,
)


def junk_reason(norm: str, words: int) -> str | None:
    """Why this line is widget debris (table pipes, bare counters, garbled labels), or None.

    >>> junk_reason("||||||||", 0)
    'table-debris'
    >>> junk_reason("18", 1)
    'counter'
    """
    if words > 5:
        return None
    if _PIPES.match(norm):
        return "table-debris"
    if norm.isdigit() and len(norm) <= 7:
        return "counter"
    if _COUNTER.fullmatch(norm):
        return "counter"
    if not _ALNUM.search(norm, 0, 200):
        return "no-letters"
    tokens = norm.split()
    if 2 <= len(tokens) <= 5 and sum(t.isdigit() for t in tokens) >= 2 and norm == norm.lower():
        return "garbled-counter"
    return None
