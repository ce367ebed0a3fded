"""Line-shape classifiers for furniture that fixed phrases can't list: captions, menus, junk.

Each function looks at one line's normalised text (capped) and answers with
a reason string or ``None``. All patterns are anchored or bounded, so a long
line costs no more than its first few hundred characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from typing import Final

from .._native import load_kernel
from .phrases import _PREFIX_OPENINGS, Openings, is_rule_line, lowered, may_open, openings

__all__ = [
    "caption_reason",
    "honorific_start",
    "junk_reason",
    "navigation_reason",
]

_MONTH: Final = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"

# A photo credit closing the line: bracketed or labelled forms (any case)...
_CREDIT_END: Final = re.compile(
    r"(?:"
    # [Photo/Xinhua], [File: A/Reuters], [Cartoon by A/China Daily]
    r"\[\s*(?:photos?|video|graphic|infographic|file|cartoon|illustration|image|chart)\b[^\]]{0,60}\]"
    r"|\(\s*(?:photos?|source|nguồn|ảnh|file photo|video|graphic)\b[^()]{0,80}\)"  # (Photo: VNA)
    # (Xinhua/Yue Yuewei), (SHEN HONG / XINHUA); not "(2.2 USD/kg)"
    # (the lookahead finds the first letter, then a "/" after it: linear, unlike [^()]*[A-Z][^()]*/)
    r"|\((?=[^()A-Z]*[A-Z][^()/]*/)(?![^()]*\d)[^()]{0,40}/[^()]{1,60}\)"
    # Photo: Xinhua, Photographer: A/Bloomberg, Photo Credit: P. Name (initials may open the name)
    r"|\bphoto(?:graph(?:er)?)?s?\s*(?:by|credits?)?\s*:\s*(?:[A-Z]\.\s?){0,3}[^.:]{1,60}"
    r"|\bphoto by [^.:]{1,60}"  # Photo by VnExpress/Ngoc Thanh
    r")\s*\.?\s*\)?\s*\|?$",
    re.I,
)
# ... and unlabelled ones, which must look like credits (case matters).
_CREDIT_END_CS: Final = re.compile(
    r"(?:[.!?]\s*/\s*[A-Z][\w .'&-]{1,40}\)?"  # ... 2021. /Reuters
    r"|\b[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,3} ?/ ?[A-Z][A-Z .'-]{1,30}"  # WU ZHIYI / CHINA DAILY
    # ... 2024. REUTERS/Peng Xiaolu/File Photo Purchase Licensing Rights (the agency in capitals)
    r"|[.!?]\s+[A-Z]{2,}(?:/[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}){1,3}"
    r"(?:\s+Purchase Licensing Rights(?:, opens new tab)?)?"
    # ... this month. — AZMAN GHANI/The Star (a dash, the photographer in capitals, the paper); without the
    # dash the photographer's full name: "... en avril. JULIEN ROSSETTI / Le Figaro"
    r"|[.!?][\"”’]?\s*"
    r"(?:[—–]\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,3})"
    r"\s*/\s*[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}"
    # "... in Tatarstan. Yegor Aleyev / TASS": the photographer's name as written (two or three words), a
    # spaced slash, the agency
    r"|[.!?][\"”’]?\s+[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2} / [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}"
    # "... em Brasília - Tiago Mendes - 18.nov.2026/Folhapress": a dash, the photographer, maybe a dash and
    # the day, then the agency after a slash
    r"|\s[-–]\s[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?:\s[-–]\s\d{1,2}\.[a-z]{3,4}\.\d{4})?"
    r"/[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2}"
    r")\s*\|?$"
)
# Credits closing a caption in forms of their own (case matters; see _tail_credit):
# "... southern Seoul. (Yonhap)": a photo agency alone in parentheses after a full sentence
# (a note in capitals may stand between: "... by the city. (PHOTO NOT FOR SALE) (Yonhap)")
_AGENCY_PAREN: Final = re.compile(
    r"[.!?][\"”’]?\s*(?:\([A-Z][A-Z ]{2,30}\)\s*)?"
    r"\((?:Yonhap|Newsis|News1|Kyodo|Jiji(?: Press)?|AP|AFP|EPA(?:-EFE)?|Reuters|Getty Images|Bloomberg)\)$"
)
_QUOTES_OR_SAID: Final = re.compile(r"[\"“”]|\bsaid\b")
# "... waits at the depot. (File)", "... (Representational)": after a full sentence, a file picture's or a
# stand-in picture's tag (not after reported speech, as for the agency tags)
_FILE_PAREN: Final = re.compile(
    r"[.!?][\"”’]?\s*\((?:File(?: [Pp]hoto| [Ii]mage)?|Representational(?: [Ii]mage| [Pp]hoto)?"
    r"|Representative (?:[Ii]mage|[Pp]hoto))\)$"
)
# "... power tools. (Supplied)", "... Feb. 26, 2025. (AA Photo)", "... (MB file photo)", "... on Jan. 29,
# 2025. ( Sadia Qamar - Anadolu Agency )": after a full sentence, a picture's source in parentheses:
# supplied or a handout, a source's (file) photo, or the photographer and the agency after a dash (case
# matters)
_PHOTO_PAREN: Final = re.compile(
    r"[.!?][\"”’]?\s*\(\s*(?:Supplied|Handout|(?:[A-Z][\w.&'’-]*\s+){1,3}(?:[Ff]ile )?[Pp]hotos?"
    r"|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3} [-–] (?:[A-Z][\w.'’-]* ){0,3}(?:Agency|Ajansı|Photo|Images)"
    r")\s*\)$"
)
# "... part of the trial. (ABC Gippsland: Rhiannon Webb)", "(Supplied: Jane Doe)": a picture's source (an
# acronym or a picture source's name) and photographer in parentheses after a full sentence (case matters)
_SOURCE_NAME_PAREN: Final = re.compile(
    r"[.!?][\"”’]?\s*\((?:(?!UPDATED?\b|NOTE\b|EDITOR)[A-Z]{2,7}\b|Supplied|Reuters|Getty|Unsplash|Facebook"
    r"|Instagram|Twitter|X\b|Flickr)"
    r"[\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}:\s*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}\)$"
)
# "... for remote workers. | KYODO": an agency in capitals after a bar
_AGENCY_BAR: Final = re.compile(r"[.!?][\"”’]?\s*\|\s*[A-Z][A-Z.'&/-]*(?: [A-Z][A-Z.'&/-]*){0,3}$")
# "... on January 8, 2024 © Sylvain Roubaud / AFP/File", "... © 2024 AFP" (matched from the "©")
_COPY_CREDIT: Final = re.compile(
    r"©\s*(?:\d{4}\s+)?[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,3}"
    r"(?:\s*/\s*[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,3}){0,3}\s*$"
)
# "... in October. [PARK SANG-WOO]", "... [JONGNO DISTRICT OFFICE]": a photographer or a picture's source in
# capitals and square brackets after a full sentence (case matters)
# (not an editor's tag: "[END]", "[UPDATED]")
_CAPS_BRACKET: Final = re.compile(
    r"[.!?][\"”’]?\s*\[(?!(?:END|UPDATED?|CORRECTED|CORRECTION|BREAKING|EXCLUSIVE|VIDEO|PHOTOS?)\])"
    r"[A-Z][A-Z.'&/ -]{1,40}\]$"
)
# "... at Komtar today. --fotoBERNAMA (2024) COPYRIGHT RESERVED" ("foto": photo in Malay, Indonesian and
# other languages), an agency in capitals after it
_FOTO_CREDIT: Final = re.compile(
    r"[.!?]\s*-{0,2}\s*foto\s?[A-Z]{2,}(?:/[A-Z][\w .'-]{1,30})?(?:\s*\(\d{4}\))?(?:\s+COPYRIGHT RESERVED)?$"
)
# Vietnamese "... sáng 3/3. Ảnh: Nguyễn Đông" (ảnh: photo, đồ họa: graphic)
# (or after a dash: "... cuộc họp - Ảnh: VGP/Hải Minh"; the label in capitals needs nothing before it:
# "... cuối tuần ẢNH: MAI PHƯƠNG")
_VI_CREDIT: Final = re.compile(r"(?:(?:[.!?]|\s[-–—])\s+(?:Ảnh|Đồ họa)|\sẢNH)\s*:\s*[^.:!?]{1,60}$")
# "... at a meeting on Sunday. Post File Photo": a picture's source, then "File Photo", closing a sentence
_FILE_PHOTO_END: Final = re.compile(r"[.!?][\"”’]?\s+(?:[A-Z][\w&.'’-]*\s+){0,3}File Photo$")
# Chinese "...。新华社记者 韩立松 摄", "（记者 X 摄）" (摄: photographed by); "...。记者 陈晨 图" (图: picture
# by, after a space)
_ZH_CREDIT: Final = re.compile(r"[。！？（(]\s*[^。！？，,（()）]{1,24}(?:摄|\s图)\s*[）)]?$")
# "...车道。（图片由受访者提供）" (photo provided by ...), "（图片来源：X）", "（资料图）" (file photo)
# "...工作。（视觉中国）" (a picture agency: Visual China Group)
_ZH_SOURCE_CREDIT: Final = re.compile(
    r"[。！？]\s*[（(]\s*(?:(?:图片|照片|图)由[^（()）。]{1,20}提供|(?:图片|照片)?来源\s*[:：][^（()）。]{1,20}"
    r"|图源\s*[:：][^（()）。]{1,20}|资料(?:图|图片|照片)"
    # a picture agency alone: "（视觉中国）", "（新华社发）"
    # (a wire's own name is the text's credit: only its "发", issued by, credits a photo)
    r"|(?:视觉中国|东方IC|人民视觉|图虫创意|CFP|IC ?photo|Getty Images)(?:供图)?|(?:新华社|中新社)发"
    r")\s*[）)]$"
)
# ("Foto:", "Bild:": German, and "Foto:" in Spanish, Italian, Indonesian...)
_CREDIT_LINE: Final = re.compile(
    r"^(?:photo|photograph|photographer|credit|image|picture|illustration|graphic|chart|cartoon|design|artwork"
    r"|foto|bild)s?"
    # ("Image Credit: Jane Doe/Gulf News")
    r"\s*(?:credits?\s*)?(?:by\s+|:\s*)\S",
    re.I,
)
_CAPTION_START: Final = re.compile(
    r"^(?:\(cover:|\((?:l-r|r-l|from left|from right)\)|(?:this |a |an )?(?:aerial |file |undated )?"
    r"photo(?:graph)? (?:taken|shows|released|provided)\b|in this (?:file |undated |handout )?photo\b"
    r"|pictured\b|file photo\b|photo\s*:|video\s*:"
    # The Asahi Shimbun's caption label, as it prints it ("Photo/Illutration"), and spelt right
    r"|photo\s*/\s*illu(?:s)?tration\b"
    r"|(?:image|media|video) (?:source|caption)\s*[,:])",  # BBC figures: "Image source, Getty Images"
    re.I,
)

# Where the case-insensitive caption regexes can match (see phrases.may_open).
_CAPTION_OPENINGS: Final = openings(
    (
        *(
            f"{det}{kind}"
            for det in ("", "this ", "a ", "an ")
            for kind in ("aerial ", "file ", "undated ", "photo")
        ),
        *("in this ", "pictured", "(", "video", "image ", "media "),
    ),
    "",
    r"[(afimptuv]",
)
_CREDIT_LINE_OPENINGS: Final = openings(
    (
        "photo",
        "credit",
        "image",
        "picture",
        "illustration",
        "graphic",
        "chart",
        "cartoon",
        "design",
        "artwork",
        "foto",
        "bild",
    ),
    "",
    r"[abcdfgip]",
)
# _CREDIT_END_CS needs a "/" then a capital, with no "/" after it (a fast scan from "/" to "/").
_SLASH_CAPITAL: Final = re.compile(r"/\s*[A-Z][^/]*$")
_IMAGE_MD: Final = re.compile(r"^\|?\s*!\[[^\]]{0,200}\]\([^)]{0,300}\)\s*\|?$")
_ENDS_WITH_DATE: Final = re.compile(
    rf",\s*(?:on\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{4}})\.?$"
)
_HONORIFIC: Final = re.compile(
    r"^(?:H\.\s?E\.|Mr\.|Mrs\.|Ms\.|Madam\b|Dr\.|Ambassador\b|President\b|Prime Minister\b|Premier\b"
    r"|(?:Deputy |Vice )?(?:Foreign )?Minister\b|Chairman\b|General Secretary\b|Secretary\b"
    # Vietnamese titles: ambassador (not "Đại sứ quán", the embassy), (deputy) prime minister, minister,
    # deputy minister, chairman or president, general secretary
    r"|Đại sứ\b(?! quán)|(?:Phó )?Thủ tướng\b|Bộ trưởng\b|Thứ trưởng\b|Chủ tịch\b|Tổng Bí thư\b)"
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
    return _caption_reason(norm, lowered(norm), words)


def _caption_reason(norm: str, low: str, words: int, opens: bool = True) -> str | None:
    """:func:`caption_reason` given ``low = phrases.lowered(norm)`` and ``opens`` (see :func:`any_opens`);
    each regex runs only where it can match."""
    if opens:
        first = norm[:1]  # see _IMAGE_OPENINGS
        if (first == "|" or first == "!" or first.isspace()) and _IMAGE_MD.match(norm[:600]):
            return "image-cell"
        if words == 1 and norm in _ALT_WORDS:  # an image's alt text as the scraper got it: "cartoon"
            return "caption-phrase"
        if (
            words <= 12
            and may_open(norm, low, _CREDIT_LINE_OPENINGS)
            and _CREDIT_LINE.match(norm)
            and not _photo_story_title(norm, low)
        ):
            return "photo-credit"
    if words <= 160:
        # low's end is the tail's when low is the whole line: the same length (of a long line low is
        # only the head; and "İ" grows when lower-cased)
        tail_low = low[-150:] if len(low) == len(norm) else norm[-150:].lower()
        # (a photo story's title is no credit: "In photos: Hue lantern makers work late ...", "Photos: Busy
        # scene at ...")
        photo = (
            "photo" in tail_low
            and not low.startswith("in photos")
            and not (low[:1] == "p" and _photo_story_title(norm, low))
        )
        if photo or norm.endswith((")", "]", "|")) or "/" in norm[-70:]:
            tail = norm[-150:]
            if _credit_end(tail, tail_low if photo else None) or (
                _SLASH_CAPITAL.search(tail) and _CREDIT_END_CS.search(tail)
            ):
                return "caption-credit"
        if norm.endswith("File Photo") and _FILE_PHOTO_END.search(norm, max(0, len(norm) - 60)):
            return "caption-credit"
        if norm[-1:] not in _TEXT_ENDS:  # (most text ends a sentence)
            found = _tail_credit(norm, words)
            if found:
                return found
    if opens and may_open(norm, low, _CAPTION_OPENINGS) and _CAPTION_START.match(norm):
        return "caption-phrase"
    return None


def _photo_story_title(norm: str, low: str) -> bool:
    """'Photos: Busy scene at a container terminal': a photo story's title after the plural label (a link
    to it), not a credit (which names a photographer or a source: 'Photos: JANE DOE', 'Photo: A/Xinhua'):
    three words in lower case or more, no slash."""
    return (
        low.startswith(("photos:", "pictures:"))
        and "/" not in norm
        and sum(1 for w in norm.split() if w[:1].islower()) >= 3
    )


_TEXT_ENDS: Final = frozenset('.!?"”’:;,…。！？')
# An image's alt text, one word in lower case (a menu's item is capitalised: "Photo", "Cartoons"); each opens
# like a caption or credit line (see _CREDIT_LINE_OPENINGS), so "opens" holds for it.
_ALT_WORDS: Final = frozenset(("cartoon", "image", "photo", "picture", "illustration", "graphic"))


def ends_with_picture_tag(norm: str) -> bool:
    """A sentence closed by a file or stand-in picture's tag: '... the right to sleep. (File)'.

    Said alone, such a line may still be a wire story's last paragraph (the caption rules leave reported
    speech alone); the pipeline asks this where a line stands in a caption's place (above the lede).

    >>> ends_with_picture_tag("The bench said the right to celebrate does not override sleep. (File)")
    True
    """
    return norm[-1:] == ")" and _FILE_PAREN.search(norm, max(0, len(norm) - 30)) is not None


def _tail_credit(norm: str, words: int) -> str | None:
    """The reason when the line closes on a credit of the forms _CREDIT_END misses: an agency alone in
    parentheses ("caption-agency": a wire story's last paragraph can end so too, the pipeline decides by
    position) or after a bar, a "©" credit, a Vietnamese "Ảnh:" or a Chinese "…摄" credit. Each regex
    runs only where a plain string test finds its mark near the end."""
    size = len(norm)
    last = norm[-1:]
    if last == ")":
        if words <= 40 and not _QUOTES_OR_SAID.search(norm):  # reported speech: a wire story's closing text
            if _FILE_PAREN.search(norm, max(0, size - 30)):
                return "caption-credit"
            # (a note in parentheses before the agency's: the credit reaches further back)
            reach = 75 if norm.find(") (", max(0, size - 50)) > 0 else 40
            if _AGENCY_PAREN.search(norm, max(0, size - reach)):
                return "caption-agency"
            if _PHOTO_PAREN.search(norm, max(0, size - 75)):
                return "caption-credit"
            if ":" in norm[-70:] and _SOURCE_NAME_PAREN.search(norm, max(0, size - 75)):
                return "caption-credit"
            # "... on Tuesday afternoon (PA)": no full stop before the credit in parentheses
            if words >= 8 and _BARE_PAREN_CREDIT.search(norm, max(0, size - 60)):
                return "caption-credit"
    elif last in _TEXT_ENDS:
        return None  # every other form ends on a name, a capital or "摄": most lines of text stop here
    elif norm.find("|", max(0, size - 40)) > 0 and _AGENCY_BAR.search(norm, max(0, size - 45)):
        return "caption-credit"
    elif last == "]":
        return "caption-credit" if _CAPS_BRACKET.search(norm, max(0, size - 50)) else None
    at = norm.rfind("©", max(0, size - 80))
    # (a caption says something before its credit; a footer names its owner: "Daily Star Ltd © 2024 ...")
    if at >= 20 and "|" not in norm and norm.count(" ", 0, at) >= 7 and _COPY_CREDIT.match(norm, at):
        return "caption-credit"
    # (the "foto" credit ends with an agency or a notice in capitals, or a year in parentheses)
    if last.isupper() or last == ")":
        at = norm.find("foto", max(0, size - 70))
        if at > 0 and _FOTO_CREDIT.search(norm, max(0, at - 6)):
            return "caption-credit"
    # "... del Lido - RIPRODUZIONE RISERVATA": an agency's rights notice closing a photo's caption
    if last == "A" and words >= 6 and norm.endswith(_RIGHTS_TAGS):
        return "caption-credit"
    # a credit in words after the caption's last sentence: "... fall. Pic: PA", "... 2025. — Picture by A",
    # "... 2025. — Bernama pic", "... Thursday. CNA photo Nov. 13, 2025", "... on November 10. Supplied", a
    # photographer's name alone (the line must hold a full stop and a space: one test for all)
    if ". " in norm and last.isalnum():
        end = norm[-_WORD_CREDIT_REACH:]
        if (
            "pic" in end or "Pic" in end or "hoto" in end or end.endswith(("Supplied", "Handout"))
        ) and _WORD_CREDIT.search(norm, max(0, size - _WORD_CREDIT_REACH)):
            return "caption-credit"
        # (a caption is short: a long paragraph cut off by the scraper may stop on a name too)
        if 8 <= words <= _NAME_CREDIT_WORDS and (_name_credit(norm) or _agency_credit(norm)):
            return "caption-credit"
    if norm.isascii():  # (a constant-time test)
        return None
    if (
        norm.find("Ảnh", max(0, size - 70)) > 0
        or norm.find("Đồ họa", max(0, size - 70)) > 0
        or norm.find("ẢNH", max(0, size - 70)) > 0
    ):
        return "caption-credit" if _VI_CREDIT.search(norm, max(0, size - 75)) else None
    if "摄" in norm[-2:] or (last == "图" and norm[-2:-1].isspace()):
        return "caption-credit" if _ZH_CREDIT.search(norm, max(0, size - 30)) else None
    if last == "）" and _ZH_SOURCE_CREDIT.search(norm, max(0, size - 30)):
        return "caption-credit"
    return None


# "... on Tuesday afternoon (PA)", "... in Hebden Bridge (West Yorkshire Fire and Rescue Service)": a photo
# agency, or an organisation (its name ends with what it is), in parentheses right after a word
_BARE_PAREN_CREDIT: Final = re.compile(
    r"[^\W\d_]\s\((?:PA(?: Wire| Media)?|AP|AFP|EPA|Reuters|Getty(?: Images)?|Shutterstock|Alamy|iStock"
    r"|(?:AFP|AP|Reuters) via Getty(?: Images)?"
    r"|(?:(?:[A-Z][\w'’&.-]*|and|of|the|for|&) ){1,6}"
    r"(?:Service|Police|Agency|Council|Ministry|Office|Department|Authority|Government|Handout|Trust"
    r"|Museum|Association|University|Institute|Images|Media|Archive|Foundation|Commission|Brigade))\)$"
)
_WORD_CREDIT_REACH: Final = 90
_WORD_CREDIT: Final = re.compile(
    r"(?:\.\s+(?:[—–-]\s*)?)"
    r"(?:(?:[Ff]ile )?(?:[Pp]ic(?:ture)?s?|[Ii]mages?)\s*:\s*[A-Z][^.:!?]{0,50}"  # Pic: PA, File pic: Reuters
    r"|(?:[Pp]icture|[Pp]hoto(?:graph)?) by\s+[A-Z][^.:!?]{0,50}"  # — Picture by A
    r"|(?:[A-Z][\w&'’-]*\s+){1,3}(?:file )?pics?"  # — Bernama pic
    # "... metro line. VNA/VNS Photo Tuấn Đức": the agencies (maybe two, with a slash), "Photo", the name
    # (the name's first letter a capital, Vietnamese "Đ" or a Latin-1 one among them)
    r"|[A-Z][\w&.'’-]*(?:/[A-Z][\w&.'’-]*)?\s+[Pp]hoto:?\s+[A-ZÀ-ÖØ-ÞĐ][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}"
    # CNA photo Nov. 13, 2025; CNA file photo for illustrative purpose only
    rf"|(?:[A-Z][\w&.'’-]*\s+){{1,3}}(?:[Ff]ile )?[Pp]hoto(?:\s+(?:{_MONTH}\s+\d{{1,2}},\s+\d{{4}}"
    r"|for illustrative purposes? only))?"
    r"|Supplied|Handout)$"
)
_NAME_CREDIT_WORDS: Final = 45
# An agency's rights notice after a caption, in capitals (Italian: "all rights reserved")
_RIGHTS_TAGS: Final = (" - RIPRODUZIONE RISERVATA", " – RIPRODUZIONE RISERVATA")
# Words of a link, not of a name, that can close a line after a sentence ("... said. Read More").
_LINK_WORDS: Final = frozenset(
    (
        "Read",
        "More",
        "Continue",
        "Reading",
        "Watch",
        "Video",
        "Here",
        "Full",
        "Story",
        "Click",
        "See",
        "Photos",
    )
)


def _name_credit(norm: str) -> bool:
    """A caption closing on its photographer's name alone after a full sentence: '... on November 11. Pen
    Sokunthea', '... este miércoles. CARLOS ORTEGA MATEOS' (two or three capitalised words; the word before
    the full stop in lower case or a number, so not 'U.S. President Joe Biden')."""
    at = norm.rfind(". ", max(0, len(norm) - 45))
    if at < 0:
        return False
    name = norm[at + 2 :].split()
    if not 2 <= len(name) <= 3:
        return False
    before = norm[max(0, at - 20) : at].rsplit(None, 1)[-1:]
    if not before or not (before[0].islower() or before[0].isdigit()):
        return False
    return all(
        w[:1].isupper()
        and w.replace("-", "").isalpha()
        and (w[1:].islower() or w.isupper())
        and w not in _LINK_WORDS
        for w in name
    )


# Picture agencies that can close a caption alone after its last sentence ("... Nov. 17. Yonhap").
_PHOTO_AGENCIES: Final = frozenset(
    (
        *("Yonhap", "Newsis", "News1", "Kyodo", "Jiji", "AP", "AFP", "EPA", "EPA-EFE", "Reuters", "Xinhua"),
        *("Getty Images", "Bloomberg", "TASS", "Bernama", "Antara", "Anadolu", "Shutterstock"),
    )
)


def _agency_credit(norm: str) -> bool:
    """A caption closing on a picture agency's name alone after a full sentence: '... in Seoul, Nov. 17.
    Yonhap' (the word before the full stop in lower case or a number, as for _name_credit)."""
    at = norm.rfind(". ", max(0, len(norm) - 16))
    if at < 0 or norm[at + 2 :] not in _PHOTO_AGENCIES:
        return False
    before = norm[max(0, at - 20) : at].rsplit(None, 1)[-1:]
    return bool(before) and (before[0].islower() or before[0].isdigit())


def _credit_end(tail: str, tail_low: str | None) -> bool:
    """Whether _CREDIT_END matches in tail, tried only where a match can start: at "(", "[" or "photo"
    (any case); past a few such places one search is cheaper.

    ``tail_low`` is ``tail.lower()`` when it holds "photo", else None.
    """
    marks = [("(", tail), ("[", tail)]
    if tail_low is not None:
        if len(tail_low) != len(tail):  # "İ" lower-cases to two characters: positions would shift
            return _CREDIT_END.search(tail) is not None
        marks.append(("photo", tail_low))
    starts: list[int] = []
    for mark, text in marks:
        at = text.find(mark)
        while at >= 0:
            if len(starts) == 4:
                return _CREDIT_END.search(tail) is not None
            starts.append(at)
            at = text.find(mark, at + 1)
    return any(_CREDIT_END.match(tail, at) for at in starts)


def ends_with_date(norm: str) -> bool:
    """A line closing on ``, Month D, YYYY`` (how uncredited captions end)."""
    return bool(_ENDS_WITH_DATE.search(norm[-60:]))


_LANGS: Final = frozenset(
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
_SOCIAL: Final = frozenset(
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
        "kakaostory",
        "kakaotalk",
        "zalo",
        "viber",
        "threads",
        "bluesky",
    ]
)
_NAV_WORDS: Final = _LANGS | _SOCIAL


def token_sieve(words: Iterable[str]) -> bytes:
    """What :func:`_any_token_in`'s C kernel reads to pass over most tokens without making a str of them.

    Bit ``c & 7`` of byte ``32 * min(n, 31) + (c & 0xFF) // 8`` is set when a word of ``n`` characters
    opens with character ``c`` (any word of 31 characters or more sets the row of 31).

    >>> sieve = token_sieve(["x"]); sieve[32 + ord("x") // 8] == 1 << (ord("x") % 8), sum(sieve)
    (True, 1)
    """
    sieve = bytearray(32 * 32)
    for word in words:
        if word:
            c = ord(word[0]) & 0xFF
            sieve[32 * min(len(word), 31) + c // 8] |= 1 << (c % 8)
    return bytes(sieve)


def _any_token_in(text: str, words: AbstractSet[str], sieve: bytes) -> bool:
    """Whether a token of ``text.split()`` is one of ``words`` (``sieve``, token_sieve(words), is the
    kernel's; the answer does not depend on it).

    >>> [_any_token_in(line, _NAV_WORDS, _NAV_SIEVE) for line in ("follow us on x", "xinhua")]
    [True, False]
    """
    return not words.isdisjoint(text.split())


_NAV_SIEVE: Final = token_sieve(_NAV_WORDS)
# The C kernel of _any_token_in (the compiled build), else None.
_ANY_TOKEN_IN: Final[Callable[[str, AbstractSet[str], bytes], bool] | None] = load_kernel(
    "_speedups", "any_token_in"
)
# Languages by their codes, as a switcher prints them ("FR  EN  ES  عربي"): in capitals only.
_LANG_CODES: Final = frozenset(
    (
        "EN",
        "FR",
        "ES",
        "DE",
        "IT",
        "PT",
        "RU",
        "AR",
        "ZH",
        "CN",
        "JA",
        "JP",
        "KO",
        "KR",
        "VI",
        "VN",
        "TR",
        "FA",
    )
)
_CODE_ROW_SPLIT: Final = re.compile(r"[\s|/·•]+")


def _is_code_switcher(norm: str) -> bool:
    """Three items or more, each a language's code in capitals (two at least) or a language's name."""
    items = [t for t in _CODE_ROW_SPLIT.split(norm) if t]
    codes = sum(1 for t in items if t in _LANG_CODES)
    return (
        len(items) >= 3 and codes >= 2 and codes + sum(1 for t in items if t.lower() in _LANGS) == len(items)
    )


# a chrome date inside a social row ("... YouTube Wednesday, Mar 15, 2023")
_DATE_TOKEN: Final = re.compile(
    r"\d{1,4},?|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?"
)
_ROW_WORDS: Final = frozenset(
    ["copy", "link", "copied", "email", "e-mail", "print", "share", "follow", "us", "on", "permalink"]
)
# Tokens that only separate a row's items ("Facebook | X | LinkedIn"): not counted among its words.
_ROW_SEPARATORS: Final = frozenset(["|", "·", "•", "/"])
# Breadcrumb separators, without the spaces around them: the split then scans fast from one separator
# to the next (a leading \s* would be tried at every position); parts that are only spaces are dropped.
_BREADCRUMB_SEP: Final = re.compile(r">>|»|›|>|/|\|")
_PAGINATION: Final = re.compile(
    r"^(?:[|<>«»\s]*(?:previous|prev|next|first|last|page)?[|<>«»\s]*)?"
    r"(?:[【\[(]?\d{1,3}(?!\d)[】\])]?(?:\s+|(?=[【\[(|<>«»])|$)){2,}"
    r"(?:[|<>«»\s]*(?:next|last|more)?[|<>«»\s]*)$",
    re.I,
)


# (a pager may say where it is first: "Page 1 of 37  1  2  3  ...  37  Next »")
_PAGER_NEXT: Final = re.compile(
    r"[|<>«»\s]*(?:page \d{1,4} of \d{1,4}\s+)?(?:previous|prev)?\s*(?:\d+\s+)+(?:(?:\.\.\.|…)\s*\d+\s*)?"
    r"next[\s|<>»]*"
)
# ("Page 1 of 412  Go to page  Go": with the box to jump to a page)
_PAGE_OF: Final = re.compile(r"\d{1,3}\s*/\s*\d{1,3}|page \d{1,4} of \d{1,4}(?: go to page(?: go)?)?")
# A Chinese pager: "分页：【1】【2】【下一页】" (pages; previous, next, first, last page)
_ZH_PAGER: Final = re.compile(
    r"(?:分页\s*[:：]\s*)?(?:[【\[]\s*(?:\d{1,3}|上一页|下一页|首页|尾页|末页)\s*[】\]]\s*){2,}"
)
# A pager in words, each token one of these or a page's number: "< Previous Day  Next Day >", "上一页 1 2 3 …
# 10 下一页" (previous page, next page), "« Older posts  Newer posts »"
_PAGER_WORDS: Final = frozenset(
    (
        *("<", ">", "«", "»", "‹", "›", "<<", ">>", "|", "…", "...", "previous", "prev", "next"),
        *("day", "page", "week", "month", "older", "newer", "posts", "entries"),
        *("上一页", "下一页", "首页", "尾页", "末页"),
    )
)
_PAGER_MOVES: Final = frozenset(("previous", "prev", "next", "older", "newer", "上一页", "下一页"))


def _word_pager(low: str) -> bool:
    """A pager in words (see _PAGER_WORDS) on the lower-cased line: a move to another page among them."""
    tokens = low.split()
    return (
        2 <= len(tokens) <= 24
        and not _PAGER_MOVES.isdisjoint(tokens)
        and all(t in _PAGER_WORDS or t.isdigit() for t in tokens)
    )


# How a pagination row can open (the patterns above; they run on the lower-cased line).
_PAGER_OPENINGS: Final = openings(
    ("previous", "prev", "next", "first", "last", "page", "分页", "上一页", "older", "newer"),
    "|<>[(0123456789" + "".join(ch for ch in map(chr, range(128)) if ch.isspace()),
    r"[|<>«»\s【\[(\dfnlpo分上]",
)


def navigation_reason(norm: str, words: int) -> str | None:
    """Why this line is menu, breadcrumb, language switcher, social row or pagination, or None.

    >>> navigation_reason("Home / World / Asia-Pacific", 4)
    'breadcrumb'
    >>> navigation_reason("عربي Español Русский Français 简体中文", 5)
    'language-switcher'
    """
    if len(norm) > MAX_MENU_CHARS or words > MAX_MENU_WORDS:
        return None
    return _navigation_reason(norm, norm.lower() if len(norm) <= 200 else norm[:32].lower(), words)


#: The longest line a menu can be (a site's top menu of 20 items or more, run together with " | ");
#: other navigation lines are at most 200 characters and 30 words.
MAX_MENU_CHARS: Final = 400
MAX_MENU_WORDS: Final = 80
_MENU_ITEMS: Final = 8  # a line over 200 characters or 30 words needs this many " | " to be a menu


def _navigation_reason(norm: str, low: str, words: int, opens: bool = True) -> str | None:
    """:func:`navigation_reason` of a line of at most MAX_MENU_CHARS characters and MAX_MENU_WORDS words,
    given ``phrases.lowered(norm)`` and ``opens`` (see :func:`any_opens`)."""
    if len(norm) > 200 or words > 30:  # only a long menu of short items
        menu = norm.count(" | ", 0, MAX_MENU_CHARS) >= _MENU_ITEMS and _is_breadcrumb(norm, False)
        return "breadcrumb" if menu else None
    if (
        opens
        and may_open(low, low, _PAGER_OPENINGS)
        and (
            _PAGINATION.match(low)
            or _PAGER_NEXT.fullmatch(low)
            or _PAGE_OF.fullmatch(low)
            or ((low[:1] == "【" or low[:1] == "分") and _ZH_PAGER.fullmatch(low) is not None)
            or (("next" in low or "prev" in low or "页" in low or "older" in low) and _word_pager(low))
        )
    ):
        return "pagination"
    # Counting switcher and social words is done only when one is there at all (any language or social
    # name): the kernel tells without splitting the line. (With none there, no token is a language or a
    # social name: an empty token list gives every count below as the full one would.)
    if _ANY_TOKEN_IN is None:
        tokens = low.split()
        listed = not _NAV_WORDS.isdisjoint(tokens)
    else:
        listed = _ANY_TOKEN_IN(low, _NAV_WORDS, _NAV_SIEVE)
        tokens = low.split() if listed else []
    if words <= 10 and (
        (listed and not _LANGS.isdisjoint(tokens)) or "中文" in low or "français" in low or "english" in low
    ):
        langs = sum(map(_LANGS.__contains__, tokens)) + sum(
            1 for lang in ("中文", "français", "english") if lang in low and lang not in tokens
        )
        if langs >= 2 or (words <= 8 and _is_code_switcher(norm)):
            return "language-switcher"
    elif words <= 8 and norm[:2] in _LANG_CODES and _is_code_switcher(norm):
        return "language-switcher"
    # a name occurs at least as often in the text as among its tokens: a cheap bound first
    if (
        listed
        and not _SOCIAL.isdisjoint(tokens)
        and (len(names := _SOCIAL.intersection(tokens)) >= 3 or sum(map(low.count, names)) >= 3)
    ):
        social = sum(map(_SOCIAL.__contains__, tokens))  # how many tokens are social names
        separators = sum(map(_ROW_SEPARATORS.__contains__, tokens))
        # (a network's handles are its items too: "Facebook : @outlet, Twitter : @outlet, @outletTV")
        if "@" in low:
            separators += sum(1 for t in tokens if t[:1] == "@" or t == ":")
        if social >= 3 and social + sum(
            1 for t in tokens if t in _ROW_WORDS or _DATE_TOKEN.fullmatch(t)
        ) >= 0.8 * (len(tokens) - separators):
            return (
                "share-row"
                if any(w in low for w in ("share", "email", "e-mail", "copy link", "print", "permalink"))
                else "social-row"
            )
    # one-character tests first: they are a fast memchr, the longer ones a slower substring search
    # ("»" between "«" and "»" quotes, or German »...«, is a quotation, not a separator)
    strong = (
        (">" in norm and (">>" in norm or " > " in norm)) or ("»" in norm and "«" not in norm) or "›" in norm
    )
    slashed = "/" in norm and " / " in norm
    if (strong or slashed or ("|" in norm and " | " in norm)) and _is_breadcrumb(norm, strong):
        return "breadcrumb"
    # (a short line may run its items together: "News|Water"; only words, so not "Email|Print|Comments(Editor:
    # A)", whose editor the credit rules read)
    if "|" in norm and len(norm) <= _TIGHT_MENU_CHARS and _TIGHT_MENU.fullmatch(norm):
        return "breadcrumb"
    if words <= 4 and norm.endswith(">>"):
        return "breadcrumb"
    if norm[:1] == "#" and _HASHTAGS.fullmatch(norm):
        return "tag-row"
    if (strong or slashed) and words >= 6 and _crumbs_to_title(norm):
        return "breadcrumb"
    if ("privac" in low or "datenschutz" in low) and _footer_links(low, words):
        return "footer-links"
    return None


# Other links a footer row prints beside its privacy link ("About us  Privacy Policy  Contacts  Advertising",
# "Termos e condições  Política de privacidade  Expediente", "Datenschutz  Impressum  AGB  Kontakt"), in
# English, Portuguese, Spanish, French and German.
_FOOTER_LINK_WORDS: Final = (
    *("about", "contact", "terms", "cookie", "advertis", "careers", "accessibility", "legal", "sitemap"),
    *("termos", "contato", "expediente", "atendimento", "términos", "contacto", "aviso legal"),
    *("mentions légales", "impressum", "kontakt", "agb", "nutzungsbedingungen"),
)


def _footer_links(low: str, words: int) -> bool:
    """A footer's row of links that the scraper ran together (the lower-cased line holds a privacy link):
    at most 24 words, no sentence, no bar between items (a row with bars is the breadcrumb rule's: one that
    failed it holds a sentence), another footer link among them (see _FOOTER_LINK_WORDS)."""
    return (
        words <= 24
        and "|" not in low
        and low[-1:] not in ".!?:,"
        and "," not in low
        and any(word in low for word in _FOOTER_LINK_WORDS)
    )


# A row of hashtags: "#taxi fares #Gimpo airport", "#Việt Nam - Ấn Độ  #chuyển đổi số" (two tags or more,
# each of at most five words).
_HASHTAGS: Final = re.compile(r"#[^\W_][^#\s]*(?: [^#\s]+){0,4}(?:\s+#[^\W_][^#\s]*(?: [^#\s]+){0,4})+")
_TIGHT_MENU_CHARS: Final = 40
# Items of one or two words (letters only) run together with "|".
_TIGHT_MENU: Final = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?(?:\|[^\W\d_]+(?: [^\W\d_]+)?)+")


def _crumbs_to_title(norm: str) -> bool:
    """A breadcrumb whose last item is the story's title: 'News / India News / Railways to run 30 extra
    trains ...'. At least two short items first (capitalised, no digit, no colon), the first of one or two
    words; the title after them 4 to 30 words, not a closing sentence."""
    if norm[-1:] in ".!?:;," or "(" in norm:
        return False
    parts = [p.strip() for p in _BREADCRUMB_SEP.split(norm)]
    if len(parts) < 3 or not all(parts):
        return False
    *crumbs, title = parts
    return (
        len(crumbs[0].split()) <= 2
        and all(
            len(c.split(None, 3)) <= 3 and c[:1].isupper() and ":" not in c and not any(map(str.isdigit, c))
            for c in crumbs
        )
        and 4 <= len(title.split()) <= 30
        and not title.isupper()
    )


def _is_breadcrumb(norm: str, strong: bool) -> bool:
    """Short parts between separators (at most 5 words after a strong one, else 3, or 4 in a menu of four
    items or more: 'About People's Daily Online'), no digit (but in one item of a menu of six or more:
    'Election 2024'), no full stop; at most 30 parts (a site's full top menu)."""
    cap = 5 if strong else 4
    if "›" in norm or "»" in norm:
        cap = 8  # (no title prints these arrows: a section may be named at length)
    # what stands before the first separator is a part: too many words there settles it
    first = _BREADCRUMB_SEP.search(norm)
    if first is None or len(norm[: first.start()].split(None, cap)) > cap:
        return False
    parts = [p for p in _BREADCRUMB_SEP.split(norm) if p and not p.isspace()]
    if not strong and len(parts) < 4:
        cap = 3
    # word counts capped at cap + 1 (split stops there): the comparisons come out the same
    sizes = [len(p.split(None, cap)) for p in parts]
    shaped = all(size <= cap for size in sizes) and (
        strong or len(parts) >= 3 or all(size <= 2 for size in sizes)
    )
    if not shaped and len(parts) >= _LONG_MENU:
        shaped = _long_menu_items(parts, cap)
    return (
        1 <= len(parts) <= 30
        and shaped
        and not norm.endswith(".")
        and (not any(map(str.isdigit, norm)) or (len(parts) >= 6 and _one_numbered_item(parts)))
        and (len(parts) >= 2 or norm.endswith((">>", "»")))
    )


_LONG_MENU: Final = 6


def _long_menu_items(parts: list[str], cap: int) -> bool:
    """A menu of _LONG_MENU items or more may name one or two sections at greater length (at most six
    words, a lone dash not counted): 'Văn hóa - Xã hội', 'Người Việt Nam ở nước ngoài' (Vietnamese
    words are syllables); one of them may be a longer link in title case, as a footer's legal links print
    it ('Do Not Sell or Share My Personal Information', at most ten words)."""
    sizes = [sum(1 for w in p.split() if w not in _DASHES) for p in parts]
    if sum(size > cap for size in sizes) > 2:
        return False
    longest = max(sizes)
    if longest <= 6:
        return True
    return (
        longest <= _LONG_LINK_WORDS
        and sum(size > 6 for size in sizes) == 1
        and _title_cased(parts[sizes.index(longest)])
    )


_LONG_LINK_WORDS: Final = 10


def _title_cased(item: str) -> bool:
    """Every word of four letters or more is capitalised ('Do Not Sell or Share My Personal Information')."""
    return all(w[:1].isupper() for w in item.split() if len(w) >= 4)


_DASHES: Final = frozenset(("-", "–", "—"))


def _one_numbered_item(parts: list[str]) -> bool:
    """Only one item of a long menu holds a number, and as a name does ('Election 2024'), not as a stamp
    (no ':', '-' or '/' beside it); no item is a byline."""
    numbered = [p for p in parts if any(map(str.isdigit, p))]
    return (
        len(numbered) == 1
        and _NUMBER_IN_NAME.fullmatch(numbered[0].strip()) is not None
        and not any(p.lstrip().startswith(("By ", "by ")) for p in parts)
    )


# A menu item naming a year or an edition: "Election 2024", "Paris 2024", "Top 10".
_NUMBER_IN_NAME: Final = re.compile(r"[^\W\d_][\w'’&.]*(?: [^\W\d_][\w'’&.]*)? \d{1,4}")


# An image cell (see _IMAGE_MD) opens with "|", "!" or a space.
_IMAGE_OPENINGS: Final = openings(
    (), "|!" + "".join(ch for ch in map(chr, range(128)) if ch.isspace()), r"[|!\s]"
)


def _merged(*wheres: Openings) -> dict[str, tuple[str, ...]]:
    """All the openings of several rules, by first character."""
    merged: dict[str, tuple[str, ...]] = {}
    for where in wheres:
        for ch, starts in where.starts.items():
            merged[ch] = tuple(dict.fromkeys((*merged.get(ch, ()), *starts)))
    return merged


# Every opening of the gated rules (phrase prefixes, captions, credit lines, pagination, image cells),
# and the union of their first characters (the pagination rules read the lower-cased line: its first
# character is the line's own, lower-cased, and the class below is case-insensitive).
_GATED: Final = (_PREFIX_OPENINGS, _CAPTION_OPENINGS, _CREDIT_LINE_OPENINGS, _PAGER_OPENINGS, _IMAGE_OPENINGS)
# (each rule's first characters are one character class: their union is one class too)
assert all(w.first.pattern[:1] == "[" and w.first.pattern[-1:] == "]" for w in _GATED)
_ANY_OPENINGS: Final = Openings(
    _merged(*_GATED), re.compile("[" + "".join(w.first.pattern[1:-1] for w in _GATED) + "]", re.I)
)
_ANY_STARTS: Final = _ANY_OPENINGS.starts  # by first character, for the look-up on every line


def any_opens(norm: str, low: str) -> bool:
    """False when no rule gated on how a line opens can match it (one look-up for all of them, instead of
    one per rule): the phrase prefixes, captions, credit lines, pagination and image cells.

    ``low`` is ``phrases.lowered(norm)``.
    """
    if norm.isascii():  # may_open's common case, inline: this runs on every line
        return low.startswith(_ANY_STARTS.get(low[:1], ()))
    return may_open(norm, low, _ANY_OPENINGS)


_PIPES: Final = re.compile(r"^[|\s]+$")
_ALNUM: Final = re.compile(r"[^\W_]")
# "12 Shares", "3 comments", "1.2K views", "01:32" (a video's length), "00:00 / 01:48" (a player's)
_COUNTER: Final = re.compile(
    r"[\d.,]+\s*[kKmM]?\s+(?:shares?|comments?|views?|likes?|reads?)|comments?\s*\(\d+\)"
    # (an audio or video player's position and length: "00:00 / 01:48")
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    # a page-view counter: "Views: 1,254", "Views : 412"
    r"|views?\s*:\s*[\d.,]+\s*[kKmM]?",
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
    # each regex runs only on a line opening with a character it can start with
    first = norm[:1]
    if (first == "|" or first.isspace()) and _PIPES.match(norm):
        return "table-debris"
    if norm.isdigit() and len(norm) <= 7:
        return "counter"
    if first == "+" and len(norm) <= 6 and norm[1:].isdigit():  # a like button's counter: "+1"
        return "counter"
    if (first.isdecimal() or first in ".,cCvV") and _COUNTER.fullmatch(norm):
        return "counter"
    if not (first.isalnum() or _ALNUM.search(norm, 0, 200)):
        # (a rule drawn with "___" or "* * *" is a separator, not garbled text: phrases labels it other)
        return None if is_rule_line(norm) else "no-letters"
    if norm == norm.lower():
        tokens = norm.split()
        # ("list 1 of 3" is a screen reader's label of a list's item: phrases labels it with the list)
        if 2 <= len(tokens) <= 5 and sum(map(str.isdigit, tokens)) >= 2 and tokens[0] != "list":
            return "garbled-counter"
    return None
