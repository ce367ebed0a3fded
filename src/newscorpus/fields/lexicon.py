"""Word lists for byline and credit recognition: outlets, desk tags, page chrome, role words.

Data plus tiny helpers, no heavy logic. Every lookup is case-insensitive and
ignores spacing and punctuation (``People’s Daily`` and ``peoples daily`` are one
key), and Vietnamese diacritics (``Tuổi Trẻ`` is ``Tuoi Tre``).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable
from typing import Final

__all__ = [
    "CHROME_WORDS",
    "CJK_NON_NAMES",
    "DATELINE_CITIES",
    "DESK_TAGS",
    "HONORIFICS",
    "INSTITUTIONAL_WORDS",
    "LEADING_INSTITUTIONAL_WORDS",
    "NAME_PARTICLES",
    "NON_NAME_WORDS",
    "OUTLETS",
    "ROLE_WORDS",
    "canonical_outlet",
    "compact_key",
    "has_role_word",
    "home_zone_hours",
    "institutional_credit",
    "is_desk_tag",
    "is_outlet",
    "looks_like_chrome",
    "may_open_outlet",
]

#: Agencies and outlets, in their display forms.
OUTLETS: Final[tuple[str, ...]] = (
    # wire agencies
    "Xinhua",
    "Xinhua News Agency",
    "Reuters",
    "Thomson Reuters",
    "AP",
    "Associated Press",
    "The Associated Press",
    "AFP",
    "Agence France-Presse",
    "VNA",
    "Vietnam News Agency",
    "Kyodo",
    "Kyodo News",
    "Yonhap",
    "Yonhap News Agency",
    "Bernama",
    "ANI",
    "Asian News International",
    "PTI",
    "Press Trust of India",
    "IANS",
    "Indo-Asian News Service",
    "TNN",
    "Times News Network",
    "TASS",
    "ITAR-TASS",
    "Sputnik",
    "RIA Novosti",
    "EFE",
    "dpa",
    "ANSA",
    "Anadolu Agency",
    "AA",
    "Antara",
    "Prensa Latina",
    "IRNA",
    "KCNA",
    "UPI",
    "Lusa",
    "MENA",
    "WAM",
    "Agencies",
    "Global Stringer",
    # Chinese outlets
    "China Daily",
    "China Daily Africa",
    "China Daily Asia",
    "China Daily Global",
    "China Daily USA",
    "Global Times",
    "GT",
    "People's Daily",
    "People's Daily Online",
    "People's Daily App",
    "CGTN",
    "CCTV",
    "CCTV+",
    "CRI",
    "China Radio International",
    "CNR",
    "China News Service",
    "China News",
    "Chinanews",
    "CNS",
    "ecns",
    "Guancha",
    "Observer Network",
    "The Paper",
    "Sixth Tone",
    "Caixin",
    "Caixin Global",
    "Yicai",
    "Yicai Global",
    "Jiemian",
    "China.org.cn",
    "China Internet Information Center",
    "Beijing Review",
    "China Youth Daily",
    "Guangming Daily",
    "Economic Daily",
    "Legal Daily",
    "Science and Technology Daily",
    "Qiushi",
    "Qiushi Journal",
    "Shanghai Daily",
    "Beijing Daily",
    "Xinmin Evening News",
    "China Securities Journal",
    "Securities Times",
    "21st Century Business Herald",
    "Huanqiu",
    "China Plus",
    "iChongqing",
    "Shine",
    # Hong Kong, Taiwan, the region
    "SCMP",
    "South China Morning Post",
    "The Standard",
    "RTHK",
    "Ta Kung Pao",
    "Wen Wei Po",
    "Focus Taiwan",
    "Taipei Times",
    "CNA",
    "Channel NewsAsia",
    "The Straits Times",
    "Straits Times",
    "Nikkei",
    "Nikkei Asia",
    "Nikkei Asian Review",
    "NHK",
    "The Japan Times",
    "Japan Times",
    "The Korea Herald",
    "Korea Herald",
    "The Korea Times",
    "Korea Times",
    "Arirang",
    "The Jakarta Post",
    "Jakarta Post",
    "Khmer Times",
    "Philippine Daily Inquirer",
    "Inquirer",
    "Korea JoongAng Daily",
    "JoongAng Daily",
    "Bangkok Post",
    "The Hindu",
    "Times of India",
    "Hindustan Times",
    "Asia Times",
    "The Diplomat",
    "The Mainichi",
    "Mainichi",
    "Mainichi Japan",
    "Mainichi Shimbun",
    "The Philippine Star",
    "Philippine Star",
    "Daily Sabah",
    "Rappler",
    "Dhaka Tribune",
    "The Express Tribune",
    "Express Tribune",
    "The Kathmandu Post",
    "Kathmandu Post",
    "Gulf News",
    "The National",
    "Ahram Online",
    "The Asahi Shimbun",
    "Asahi Shimbun",
    "The Yomiuri Shimbun",
    "Yomiuri Shimbun",
    "The Japan News",
    "The Irrawaddy",
    "Irrawaddy",
    "The Daily Star",
    "Star Online",
    "TRT World",
    # international
    "Bloomberg",
    "Bloomberg News",
    "BBC",
    "BBC News",
    "CNN",
    "CNBC",
    "NBC News",
    "CBS News",
    "ABC News",
    "Fox News",
    "NPR",
    "Al Jazeera",
    "DW",
    "Deutsche Welle",
    "France 24",
    "RFI",
    "Euronews",
    "The Guardian",
    "Guardian",
    "The New York Times",
    "New York Times",
    "NYT",
    "The Washington Post",
    "Washington Post",
    "The Wall Street Journal",
    "Wall Street Journal",
    "WSJ",
    "Financial Times",
    "FT",
    "The Economist",
    "Newsweek",
    "Politico",
    "Axios",
    "The Independent",
    "The Irish Times",
    "Irish Times",
    "The Telegraph",
    "RT",
    # Vietnamese outlets
    "VnExpress",
    "VnExpress International",
    "Tuoi Tre",
    "Tuoi Tre News",
    "Thanh Nien",
    "Thanh Nien News",
    "VietnamPlus",
    "Vietnam Plus",
    "VGP",
    "VGP News",
    "TGVN",
    "WVR",
    "World & Vietnam Report",
    "The World and Vietnam Report",
    "Vietnam News",
    "Viet Nam News",
    "VNS",
    "Nhan Dan",
    "Nhan Dan Online",
    "VOV",
    "VOV World",
    "Voice of Vietnam",
    "VTV",
    "Hanoi Times",
    "The Hanoi Times",
    "Saigon Giai Phong",
    "SGGP",
    "Dan Tri",
    "VietnamNet",
    "Vietnam Investment Review",
    "VIR",
    "Quan Doi Nhan Dan",
    "QDND",
    "Cong An Nhan Dan",
    "The Saigon Times",
    "Saigon Times",
    "Vietnam Law & Legal Forum",
)

# Other spellings, web addresses and short forms, each with its display form.
_ALIASES: Final[dict[str, str]] = {
    "Xinhuanet": "Xinhua",
    "Xinhua Net": "Xinhua",
    "xinhuanet.com": "Xinhua",
    "news.cn": "Xinhua",
    "english.news.cn": "Xinhua",
    "chinadaily.com.cn": "China Daily",
    "chinadaily": "China Daily",
    "globaltimes.cn": "Global Times",
    "people.cn": "People's Daily Online",
    "en.people.cn": "People's Daily Online",
    "people.com.cn": "People's Daily Online",
    "cgtn.com": "CGTN",
    "ecns.cn": "ecns",
    "chinanews.com": "China News Service",
    "chinanews.com.cn": "China News Service",
    "guancha.cn": "Guancha",
    "scmp.com": "SCMP",
    "thepaper.cn": "The Paper",
    "caixinglobal.com": "Caixin",
    "vnexpress.net": "VnExpress",
    "e.vnexpress.net": "VnExpress",
    "tuoitrenews.vn": "Tuoi Tre",
    "tuoitre.vn": "Tuoi Tre",
    "vietnamplus.vn": "VietnamPlus",
    "VNP": "VietnamPlus",
    "Vietnam+": "VietnamPlus",
    "Anadolu": "Anadolu Agency",
    "en.vietnamplus.vn": "VietnamPlus",
    "baoquocte.vn": "TGVN",
    "vietnamnews.vn": "Vietnam News",
    "nhandan.vn": "Nhan Dan",
    "en.nhandan.vn": "Nhan Dan",
    "vov.vn": "VOV",
    "english.vov.vn": "VOV",
    "vovworld.vn": "VOV World",
    "inquirer.net": "Inquirer",
    "khmertimeskh.com": "Khmer Times",
    "vietnamnet.vn": "VietnamNet",
    "Tuổi Trẻ": "Tuoi Tre",
    "Thanh Niên": "Thanh Nien",
    "Nhân Dân": "Nhan Dan",
    "Thế giới và Việt Nam": "TGVN",
    "Thế giới & Việt Nam": "TGVN",
    "Báo Quốc tế": "TGVN",
    "Thông tấn xã Việt Nam": "VNA",
    "TTXVN": "VNA",
    "Vietnam Government Portal": "VGP",
    "Xinhua News": "Xinhua",
    "Reuters News": "Reuters",
    "Kyodo News Agency": "Kyodo",
    "Bernama News Agency": "Bernama",
    "TASS News Agency": "TASS",
    "Sputnik News": "Sputnik",
    "Agencia EFE": "EFE",
    "Deutsche Presse-Agentur": "dpa",
    "Agenzia Nazionale Stampa Associata": "ANSA",
    "Agency": "Agencies",
    "News agencies": "Agencies",
    "Wires": "Agencies",
    "Wire services": "Agencies",
    "新华社": "Xinhua",
    "人民日报": "People's Daily",
    "人民网": "People's Daily Online",
    "中国日报": "China Daily",
    "中国日报网": "China Daily",
    "环球时报": "Global Times",
    "光明日报": "Guangming Daily",
    "中新社": "China News Service",
    "澎湃新闻": "The Paper",
    "观察者网": "Guancha",
    "中国新闻网": "China News Service",
    "中新网": "China News Service",
    "央视网": "CCTV",
    "央视新闻": "CCTV",
    "cctv.com": "CCTV",
}

# Top-level parts a web address may end with, longest first.
_DOMAIN_SUFFIXES: Final = (
    ".com.cn",
    ".gov.cn",
    ".org.cn",
    ".net.cn",
    ".com.vn",
    ".gov.vn",
    ".org.vn",
    ".co.uk",
    ".com.sg",
    ".com.hk",
    ".com",
    ".net",
    ".org",
    ".cn",
    ".vn",
    ".hk",
    ".sg",
    ".jp",
    ".kr",
    ".uk",
    ".info",
)
_DOMAIN_PREFIXES: Final = ("www.", "english.", "en.", "m.", "e.", "global.")


def compact_key(text: str) -> str:
    """Case-, spacing-, punctuation- and diacritic-free lookup key of ``text``.

    >>> compact_key("People’s Daily  Online")
    'peoplesdailyonline'
    >>> compact_key("Tuổi Trẻ")
    'tuoitre'
    """
    if text.isascii():
        return "".join(filter(str.isalnum, text.lower()))
    folded = unicodedata.normalize("NFKD", text.casefold().replace("đ", "d"))
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


def _outlet_key(text: str) -> str:
    """:func:`compact_key` of an outlet's name, where a closing '+' reads 'plus' ('Vietnam+' is VietnamPlus,
    not Vietnam)."""
    key = compact_key(text)
    # (the '+' may stand inside a closing bracket: '(TTXVN/Vietnam+)')
    return key + "plus" if key and (text.endswith("+") or text.rstrip(")]）】").endswith("+")) else key


def _key_table(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for alias, display in pairs:
        key = _outlet_key(alias)
        if key:
            table.setdefault(key, display)
    return table


_OUTLET_KEYS: Final[dict[str, str]] = _key_table(
    [*((name, name) for name in OUTLETS), *_ALIASES.items()],
)

_MAX_OUTLET_CHARS: Final = 80
# (Every joiner starts with a space or its own mark: the lookahead turns other positions away at once.  The
# full-width hyphen joins two outlets without spaces in Chinese credits: '人民网－人民日报'.  'with' joins the
# outlet and the agency its story draws on: 'Daily Sabah with AA'.)
_COMPOUND_SPLIT: Final = re.compile(
    r"(?=[\s/,、，－])(?:\s*/\s*|\s+[-–—]+\s+|\s+(?:and|with|&|\+)\s+|\s*,\s*|\s*[、，－]\s*)", re.IGNORECASE
)
_COMPOUND_MARK: Final = re.compile(r"[/\-–—&+,、，－]")  # a joiner of _COMPOUND_SPLIT other than a word


def _strip_domain(text: str) -> str | None:
    low = text.casefold()
    if " " in low or "." not in low:
        return None
    for prefix in _DOMAIN_PREFIXES:
        if low.startswith(prefix):
            low = low[len(prefix) :]
            break
    for suffix in _DOMAIN_SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix):
            return low[: -len(suffix)]
    return None


_NEWSPAPER_WORDS: Final = frozenset({"báo ", "bao "})


@functools.lru_cache(maxsize=8192)
def canonical_outlet(text: str) -> str | None:
    """Display form of ``text`` when it names exactly one known outlet, else None.

    >>> canonical_outlet("chinadaily.com.cn")
    'China Daily'
    >>> canonical_outlet("Liang Jun") is None
    True
    """
    text = text.strip()
    if not text or len(text) > _MAX_OUTLET_CHARS:
        return None
    key = _outlet_key(text)
    if not key:
        return None
    found = _OUTLET_KEYS.get(key)
    if found is not None:
        return found
    if key.startswith("the") and key[3:] in _OUTLET_KEYS:
        return _OUTLET_KEYS[key[3:]]
    # 'Báo Thanh Niên', 'Báo Thế giới & Việt Nam': 'báo' (Vietnamese: newspaper) before the paper's name
    if key.startswith("bao") and key[3:] in _OUTLET_KEYS and text[:4].casefold() in _NEWSPAPER_WORDS:
        return _OUTLET_KEYS[key[3:]]
    bare = _strip_domain(text)
    if bare is not None:
        return _OUTLET_KEYS.get(compact_key(bare))
    return None


# The home time zone (hours east of UTC) of outlets that publish from one place (FIELDS: the Beijing outlets
# are UTC+8, the Vietnamese ones UTC+7): display forms of OUTLETS and _ALIASES.
_HOME_ZONES: Final[dict[str, int]] = {
    **dict.fromkeys(
        (
            *("Xinhua", "Xinhua News Agency", "China Daily", "China Daily Africa", "China Daily Asia"),
            *("China Daily Global", "China Daily USA", "Global Times", "GT", "People's Daily"),
            *("People's Daily Online", "People's Daily App", "CGTN", "CCTV", "CCTV+", "CRI"),
            *("China Radio International", "CNR", "China News Service", "China News", "Chinanews", "CNS"),
            *("ecns", "China.org.cn", "China Internet Information Center", "Beijing Review"),
            *("China Youth Daily", "Guangming Daily", "Economic Daily", "Legal Daily"),
            *("Science and Technology Daily", "Qiushi", "Qiushi Journal", "China Plus", "Huanqiu"),
        ),
        8,
    ),
    **dict.fromkeys(
        (
            *("VNA", "Vietnam News Agency", "VnExpress", "VnExpress International", "Tuoi Tre"),
            *("Tuoi Tre News", "Thanh Nien", "Thanh Nien News", "VietnamPlus", "Vietnam Plus", "VGP"),
            *("VGP News", "TGVN", "WVR", "World & Vietnam Report", "The World and Vietnam Report"),
            *("Vietnam News", "Viet Nam News", "VNS", "Nhan Dan", "Nhan Dan Online", "VOV", "VOV World"),
            *("Voice of Vietnam", "VTV", "Hanoi Times", "The Hanoi Times", "Saigon Giai Phong", "SGGP"),
            *("Dan Tri", "VietnamNet", "Vietnam Investment Review", "VIR", "Quan Doi Nhan Dan", "QDND"),
            *("Cong An Nhan Dan", "The Saigon Times", "Saigon Times"),
        ),
        7,
    ),
}


def home_zone_hours(text: str) -> int | None:
    """The hours east of UTC an outlet publishes in, when ``text`` names one outlet whose home zone is
    known (the Beijing and the Vietnamese outlets), else None.

    >>> home_zone_hours("China Daily USA"), home_zone_hours("Việt Nam News"), home_zone_hours("CNN")
    (8, 7, None)
    """
    found = canonical_outlet(text)
    return None if found is None else _HOME_ZONES.get(found)


# Every key canonical_outlet() accepts without a web address (a key, or 'the' or 'báo' and a key), and every
# beginning of one (the empty string included): may_open_outlet() reads these.
_OUTLET_OR_THE_KEYS: Final = frozenset(
    [*_OUTLET_KEYS, *("the" + key for key in _OUTLET_KEYS), *("bao" + key for key in _OUTLET_KEYS)]
)
_OUTLET_KEY_STARTS: Final = frozenset(key[:i] for key in _OUTLET_OR_THE_KEYS for i in range(len(key) + 1))


def may_open_outlet(word: str) -> bool:
    """Whether an outlet may begin like ``word``.

    False only when :func:`is_outlet` is False for ``word``, for every text that starts with ``word`` and a
    space, and for every beginning of ``word``: a cheap reject for loops that try longer and longer heads of a
    line (``Chen``, ``Chen Qingqing``, ...). Such a text is an outlet only when some beginning of it is
    (:func:`canonical_outlet`: the text, or the first part of a compound). That beginning is a web address,
    which lies inside ``word`` (it has no space), or has a key (:func:`compact_key`, which is the keys of a
    text's pieces joined) that begins with the key of ``word`` or is a beginning of it.

    >>> may_open_outlet("Chen"), may_open_outlet("Chin"), may_open_outlet("CGTN's"), may_open_outlet("x.com")
    (False, True, True, True)
    """
    if "." in word:
        return True  # a web address is read another way
    if "+" in word and may_open_outlet(word.replace("+", "plus")):
        return True  # ('Vietnam+'s': the key of the outlet 'Vietnam+' ends with 'plus')
    # (compact_key(word) of a plain ASCII word is its lower-case form)
    key = word.lower() if word.isascii() and word.isalnum() else compact_key(word)
    if key in _OUTLET_KEY_STARTS:
        return True  # the key of word begins an outlet key (or is empty)
    for i in range(1, len(key)):
        start = key[:i]
        if start in _OUTLET_OR_THE_KEYS:
            return True  # an outlet key begins the key of word
        if start not in _OUTLET_KEY_STARTS:
            return False  # no outlet key begins so, so none begins with a longer piece either
    return False


def is_outlet(text: str) -> bool:
    """Whether ``text`` is wholly an outlet or agency credit, compounds included.

    Compounds are joined by ``/``, `` - ``, ``and``, ``with``, ``&`` or commas.

    >>> is_outlet("China Daily/Xinhua"), is_outlet("Xinhua - China Daily"), is_outlet("Photo/Xinhua")
    (True, True, False)
    """
    text = text.strip()
    if not text or len(text) > _MAX_OUTLET_CHARS:
        return False
    if canonical_outlet(text) is not None:
        return True
    if _COMPOUND_MARK.search(text) is None:
        low = text.lower()
        if "and" not in low and "with" not in low:
            return False  # no joiner: one part, and it is no outlet
    joiner = _COMPOUND_SPLIT.search(text)
    if joiner is None or canonical_outlet(text[: joiner.start()]) is None:
        return False  # the first part decides most lines without splitting the rest
    parts = _COMPOUND_SPLIT.split(text)
    return all(canonical_outlet(part) is not None for part in parts)


#: Words that look like names but are desk tags (lower case).
DESK_TAGS: Final[frozenset[str]] = frozenset(
    {
        "bianji",
        "bian ji",
        "huaxia",
        "xinhua",
        "xinhuanet",
        "editor",
        "editors",
        "web editor",
        "webeditor",
        "editorial",
        "editorial staff",
        "admin",
        "administrator",
        "staff",
        "desk",
        "news desk",
        "newsdesk",
        "web desk",
        "online desk",
        "online",
        "web",
        "system",
        "guest",
        "author",
        "anonymous",
        "unknown",
        "wire",
        "wires",
        "chinadaily",
        "globaltimes",
        "peopledaily",
        "rmw",
        "编辑",
        "责任编辑",
    }
)
_DESK_KEYS: Final = frozenset(compact_key(tag) for tag in DESK_TAGS)


def is_desk_tag(text: str) -> bool:
    """Whether ``text`` is a desk tag (or an outlet) rather than a person's name.

    >>> is_desk_tag("Bianji"), is_desk_tag("huaxia"), is_desk_tag("Liang Jun")
    (True, True, False)
    """
    key = compact_key(text)
    return bool(key) and (key in _DESK_KEYS or canonical_outlet(text) is not None)


#: Page-chrome words and phrases: never part of a person's name (lower case).
CHROME_WORDS: Final[frozenset[str]] = frozenset(
    {
        "share",
        "shares",
        "print",
        "email",
        "e-mail",
        "mail",
        "comment",
        "comments",
        "minute",
        "minutes",
        "min",
        "mins",
        "read",
        "reads",
        "reading",
        "updated",
        "update",
        "published",
        "posted",
        "source",
        "sources",
        "photo",
        "photos",
        "picture",
        "pictures",
        "image",
        "images",
        "video",
        "videos",
        "audio",
        "follow",
        "subscribe",
        "unsubscribe",
        "newsletter",
        "like",
        "likes",
        "tweet",
        "facebook",
        "twitter",
        "linkedin",
        "whatsapp",
        "telegram",
        "weibo",
        "wechat",
        "reddit",
        "more",
        "most",
        "related",
        "top",
        "advertisement",
        "sponsored",
        "纠错",
        "login",
        "logout",
        "register",
        "search",
        "menu",
        "home",
        "homepage",
        "back",
        "next",
        "prev",
        "previous",
        "close",
        "font",
        "size",
        "listen",
        "download",
        "copyright",
        "view",
        "views",
        "viewed",
        "click",
        "link",
        "copy",
        "reply",
        "print-friendly",
        "bookmark",
        "save",
        "author",
        "staff reporter",
        "staff writer",
        "email the author",
        "sign in",
        "sign up",
        "log in",
        "most read",
        "most viewed",
        "read more",
        "see more",
        "share this",
        "add your comment",
        "filed under",
        "archivado en",  # (Spanish: filed under, El País)
        "ago",
        "hour",
        "hours",
    }
)
_CHROME_SINGLE: Final = frozenset(word for word in CHROME_WORDS if " " not in word)
_CHROME_FILLER: Final = frozenset(
    {"the", "this", "to", "a", "us", "on", "by", "our", "your", "of", "and", "in", "all"}
)
_CHROME_OR_FILLER: Final = _CHROME_SINGLE | _CHROME_FILLER
_WORDS: Final = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def looks_like_chrome(text: str) -> bool:
    """Whether ``text`` consists only of page-chrome words (plus numbers and fillers).

    >>> looks_like_chrome("Email|Print|Comments"), looks_like_chrome("Liang Jun")
    (True, False)
    """
    head = text[:300]
    if head.isascii() and head.replace(" ", "").isalpha():
        letters = head.lower().split()  # plain words: just what the regex below finds
    else:
        letters = [word.casefold() for word in _WORDS.findall(head) if not word.isdigit()]
    if not letters:
        return False
    if " ".join(letters) in CHROME_WORDS:
        return True
    return _CHROME_OR_FILLER.issuperset(letters) and not _CHROME_SINGLE.isdisjoint(letters)


#: Role and title words (lower case; a few two-word forms), for telling a role line from a name line.
ROLE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "ambassador",
        "ambassadors",
        "minister",
        "ministers",
        "premier",
        "president",
        "vice-president",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "secretary",
        "secretary-general",
        "director",
        "director-general",
        "deputy",
        "professor",
        "prof",
        "dr",
        "phd",
        "lecturer",
        "editor",
        "editor-in-chief",
        "editors",
        "correspondent",
        "correspondents",
        "reporter",
        "reporters",
        "journalist",
        "journalists",
        "writer",
        "writers",
        "columnist",
        "commentator",
        "contributor",
        "researcher",
        "research",
        "scholar",
        "fellow",
        "analyst",
        "economist",
        "expert",
        "specialist",
        "consultant",
        "adviser",
        "advisor",
        "counsellor",
        "counselor",
        "consul",
        "consul-general",
        "envoy",
        "diplomat",
        "attache",
        "attaché",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "governor",
        "mayor",
        "general",
        "colonel",
        "commissioner",
        "representative",
        "delegate",
        "officer",
        "official",
        "manager",
        "executive",
        "ceo",
        "founder",
        "co-founder",
        "chief",
        "head",
        "member",
        "academician",
        "senior",
        "associate",
        "assistant",
        "former",
        "staff",
        "special",
        "lawyer",
        "partner",
        "principal",
        "coordinator",
        "student",
        "candidate",
        "postdoctoral",
        "doctoral",
        "photographer",
        "đại sứ",
        "bộ trưởng",
        "thứ trưởng",
        "chủ tịch",
        "giáo sư",
        "tiến sĩ",
        "gs",
        "pgs",
        "ts",
        "ths",
        # (an author's affiliation after a Vietnamese commentary: institute, academy, university, research,
        # expert, reporter)
        "viện",
        "học viện",
        "đại học",
        "nghiên cứu",
        "chuyên gia",
        "phóng viên",
    }
)
_ROLE_TOKEN: Final = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def has_role_word(text: str) -> bool:
    """Whether ``text`` contains a role or title word.

    >>> has_role_word("Ambassador China to Vietnam"), has_role_word("Xiong Bo")
    (True, False)
    """
    tokens = [token.casefold() for token in _ROLE_TOKEN.findall(text[:300])]
    if any(token in ROLE_WORDS for token in tokens):
        return True
    return any(f"{a} {b}" in ROLE_WORDS for a, b in itertools.pairwise(tokens))


#: Words after an outlet that make an institutional byline (``Reuters Staff``, ``SCMP Editorial``).
INSTITUTIONAL_WORDS: Final[frozenset[str]] = frozenset(
    {
        "staff",
        "staffs",
        "editorial",
        "editorials",
        "board",
        "reporter",
        "reporters",
        "writer",
        "writers",
        "correspondent",
        "correspondents",
        "journalists",
        "newsroom",
        "desk",
        "bureau",
        "team",
        "wire",
        "wires",
        "agencies",
        "online",
        "web",
        "report",  # ('Star Online Report': the online desk's report, The Daily Star)
    }
)
#: Words before an outlet that make an institutional byline: the newsroom, in Italian, Spanish, French,
#: Portuguese, German (``Redazione ANSA``, ``Redacción EFE``, ``Rédaction AFP``).
LEADING_INSTITUTIONAL_WORDS: Final[frozenset[str]] = frozenset(
    {"redazione", "redacción", "redaccion", "rédaction", "redaction", "redação", "redacao", "redaktion"}
)


def institutional_credit(text: str) -> str | None:
    """The outlet part of an institutional byline such as ``Reuters Staff``, as shown.

    >>> institutional_credit("SCMP Editorial"), institutional_credit("Global Times staff reporters")
    ('SCMP', 'Global Times')
    """
    tokens = text.split()
    if len(tokens) > 10:
        return None
    if len(tokens) >= 2 and tokens[0].casefold() in LEADING_INSTITUTIONAL_WORDS:
        head = " ".join(tokens[1:])  # 'Redazione ANSA': the newsroom of ANSA
        return head if is_outlet(head) else None
    # the longest head that is an outlet, past institutional words only ('Star Online Report' gives 'Star
    # Online', though 'online' is one of those words too)
    end = len(tokens)
    while end > 1 and tokens[end - 1].casefold().strip(".,:;") in INSTITUTIONAL_WORDS:
        end -= 1
        head = " ".join(tokens[:end])
        if is_outlet(head):
            return head
    return None


#: Cities that outlets print as a mixed-case dateline with a colon or a full stop ('New Delhi: The court …',
#: Indian and Gulf papers; 'Jakarta. The city …', The Jakarta Globe), lower case: the capitals and the main
#: news cities of the regions whose papers write datelines so, and the world's other main datelines. Only such
#: a known place makes those openings a dateline ('Background: …', 'Wang Yi: …' are not).
DATELINE_CITIES: Final[frozenset[str]] = frozenset(
    {
        # India
        *("new delhi", "delhi", "mumbai", "kolkata", "chennai", "bengaluru", "bangalore", "hyderabad"),
        *("ahmedabad", "pune", "jaipur", "lucknow", "chandigarh", "bhopal", "patna", "srinagar", "jammu"),
        *("guwahati", "thiruvananthapuram", "kochi", "bhubaneswar", "ranchi", "dehradun", "shimla", "raipur"),
        *("noida", "gurugram", "gurgaon", "amritsar", "varanasi", "kanpur", "nagpur", "indore", "surat"),
        *("visakhapatnam", "coimbatore", "madurai", "mangaluru", "imphal", "shillong", "agartala", "panaji"),
        *("gandhinagar", "puducherry", "leh", "ayodhya", "prayagraj", "vijayawada", "amaravati", "mysuru"),
        # Pakistan, Bangladesh, Nepal, Sri Lanka, Afghanistan
        *("islamabad", "karachi", "lahore", "peshawar", "quetta", "rawalpindi", "dhaka", "chittagong"),
        *("kathmandu", "colombo", "kabul"),
        # the Gulf and the Middle East
        *("dubai", "abu dhabi", "sharjah", "ajman", "ras al khaimah", "fujairah", "umm al quwain", "al ain"),
        *(
            "doha",
            "riyadh",
            "jeddah",
            "mecca",
            "makkah",
            "medina",
            "manama",
            "muscat",
            "kuwait city",
            "kuwait",
        ),
        *("tehran", "baghdad", "beirut", "damascus", "amman", "jerusalem", "tel aviv", "gaza", "ramallah"),
        *("cairo", "ankara", "istanbul"),
        # Indonesia, Malaysia, Singapore, the Philippines
        *(
            "jakarta",
            "bandung",
            "surabaya",
            "medan",
            "semarang",
            "yogyakarta",
            "denpasar",
            "makassar",
            "bali",
        ),
        *("palembang", "batam", "kuala lumpur", "putrajaya", "singapore", "manila"),
        # East and Southeast Asia
        *("beijing", "shanghai", "hong kong", "taipei", "tokyo", "seoul", "bangkok", "hanoi", "phnom penh"),
        *("vientiane", "yangon", "naypyidaw", "ulaanbaatar"),
        # elsewhere
        *("moscow", "kyiv", "london", "paris", "berlin", "brussels", "geneva", "rome", "madrid", "vienna"),
        *("washington", "new york", "ottawa", "canberra", "sydney", "nairobi", "lagos", "addis ababa"),
        *("johannesburg", "brasília", "brasilia", "são paulo", "mexico city", "buenos aires"),
    }
)

#: Lower-case particles allowed inside a name (``Ursula von der Leyen``).
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "du",
        "dos",
        "das",
        "do",
        "la",
        "le",
        "bin",
        "binti",
        "bint",
        "ibn",
        "al",
        "el",
        "ter",
        "ten",
        "y",
        "e",
        "st",
    }
)

#: Courtesy titles dropped from a name without becoming a role.
# (The abbreviated academic titles 'Dr.' and 'Prof.' are courtesy titles before a name, as 'Mr' is: they are
# also role words, for role lines.)
HONORIFICS: Final[frozenset[str]] = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "sir", "madam", "dr", "prof", "ông", "bà"}
)

#: Words of a Chinese byline that are no names: correspondent, intern, reports, photo, editor, reporter.
CJK_NON_NAMES: Final[frozenset[str]] = frozenset(
    {"通讯员", "实习生", "见习记者", "报道", "摄影", "摄影记者", "编辑", "记者"}
    # a reporter's notebook, observation, investigation, visit: subheadings that open with 记者
    | {"手记", "观察", "调查", "走访", "探访", "直击", "连线", "追踪"}
)

#: Capitalised words that are not name words (lower case).
NON_NAME_WORDS: Final[frozenset[str]] = frozenset(
    {
        "the",
        "a",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "with",
        "by",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "his",
        "her",
        "their",
        "our",
        "your",
        "we",
        "you",
        "she",
        "they",
        "not",
        "yes",
        "all",
        "new",
        "news",
        "world",
        "china",
        "chinese",
        "vietnam",
        "vietnamese",
        "asia",
        "asian",
        "business",
        "sport",
        "sports",
        "opinion",
        "editorial",
        "latest",
        "breaking",
        "live",
        "watch",
        "contact",
        "about",
        "us",
        "privacy",
        "policy",
        "terms",
        "rights",
        "reserved",
        "trending",
        "popular",
        "today",
        "yesterday",
        "tomorrow",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "party",
        "government",
        "ministry",
        "committee",
        "university",
        "institute",
        "council",
        "association",
        "company",
        "group",
        "bank",
        "national",
        "international",
        "central",
        "people",
        "state",
        "city",
        "province",
        "district",
        "region",
        "week",
        "month",
        "year",
        "report",
        "says",
        "story",
        "stories",
        "gallery",
        "newsroom",
        "bureau",
        "team",
        "agency",
        "daily",
        "times",
        "post",
        "online",
        "press",
        "media",
        "tv",
        "radio",
        "network",
        "journal",
        "magazine",
        "herald",
        "tribune",
        "review",
        "note",
        "notes",
        "tags",
        "tag",
        "keywords",
        "topics",
        "section",
        "via",
        "ap",
        "afp",
    }
)
