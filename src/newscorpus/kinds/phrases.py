"""Fixed phrases of page furniture, one table per kind.

Two cheap look-ups per line: an exact match of the line's key (lower case,
outer punctuation and spaces folded) in a set, then one compiled alternation of
prefixes per kind. Phrases name what outlets print on every page, never a
sentence of one article.
"""

from __future__ import annotations

import re

from ..model import SegmentKind

__all__ = ["is_list_heading", "key_of", "phrase_kind"]

K = SegmentKind

_EXACT: dict[str, SegmentKind] = {}


def _add(kind: SegmentKind, *phrases: str) -> None:
    for p in phrases:
        _EXACT[key_of(p)] = kind


_KEY_STRIP = re.compile(r"^(?:[\s\W_]|\d{1,2}[.)]\s)+|[\s\W_]+$")
_KEY_SPACE = re.compile(r"\s+")


def key_of(text: str) -> str:
    """Lower case, outer punctuation dropped, inner spaces collapsed.

    >>> key_of("  Suggest To a Friend:   ")
    'suggest to a friend'
    """
    return _KEY_SPACE.sub(" ", _KEY_STRIP.sub("", text[:200].lower()))


#: Headings of site-wide lists (navigation) and of lists tied to the story (related): the lines
#: under such a heading are its items.
NAV_LIST_HEADINGS = (
    "Most Read",
    "Most Popular",
    "Most Viewed",
    "Most Viewed in 24 Hours",
    "Most Commented",
    "Hot News",
    "We Recommend",
    "Recommended",
    "Editor's Picks",
    "Editors' Picks",
    "Editor's pick",
    "Today's Top News",
    "Top News",
    "Top Stories",
    "Trending",
    "Trending Now",
    "Search Trends",
    "Latest Stories",
    "Selections for you",
    "Special Coverage",
    "In Pictures",
    "US Weekly",
    "Europe Weekly",
    "Africa Weekly",
    "Asia Weekly",
)
RELATED_LIST_HEADINGS = (
    "Related Stories",
    "Related",
    "Related News",
    "Related Articles",
    "You may also like",
    "You might also like",
    "More on this story",
)

_add(K.NAVIGATION, *NAV_LIST_HEADINGS)
_add(K.RELATED, *RELATED_LIST_HEADINGS)

_add(
    K.NAVIGATION,
    "Latest",
    "Latest News",
    "Recent Features",
    "Top",
    "Back to the top",
    "Back to top",
    "prev next",
    "Previous Next",
    "Home",
    "English",
    "Menu",
    "Search",
    "Photo",
    "Photos",
    "Video",
    "Videos",
    "Specials",
    "Home >>",
    "Skip to content",
    "Skip to main content",
    "Sign in",
    "Log in",
    "Subscribe",
    "Newsletter",
    "Contact Us",
    "About Us",
    "Sitemap",
    "Site Map",
    "Links",
    "More",
    "Load more",
    "Ministry of Foreign Affairs",
    "The People's Republic of China",
    "Ministry of Foreign Affairs of the People's Republic of China",
    "Features",
    "Opinion",
    "Editorial",
    "World",
    "China",
    "Business",
    "Sports",
    "Culture",
    "Lifestyle",
    "Life",
    "Travel",
    "Tech",
    "Science",
    "Politics",
    "Society",
    "Economy",
    "Military",
    "Asia-Pacific",
    "Americas",
    "Europe",
    "Africa",
    "Middle East",
    "Region",
    "National",
    "International",
    "Comment",
    "Columnists",
    "Analysis",
    "In-Depth",
    "Interview",
    "Diplomacy",
    "Foreign Affairs",
)
_add(
    K.SHARE,
    "Share",
    "Share this",
    "Share this article",
    "Share - WeChat",
    "Share on Facebook",
    "Share on Twitter",
    "Tweet",
    "Suggest to a friend",
    "Suggest To A Friend",
    "Email this",
    "E-mail",
    "Email",
    "Print",
    "Print this page",
    "Follow us",
    "FOLLOW US",
    "Follow",
    "WeChat",
    "Facebook",
    "Twitter",
    "LinkedIn",
    "WhatsApp",
    "Copy link",
    "Link copied",
)
_add(
    K.COMMENTS,
    "Add your comment",
    "Leave a comment",
    "Leave your comment",
    "Comments",
    "Comment",
    "Post a comment",
    "blog comments powered by Disqus",
    "Name",
    "Your name",
    "Your comment",
    "Submit",
    "Join the conversation",
    "View comments",
    "Show comments",
)
_add(
    K.OTHER,
    "Advertisement",
    "Advertising",
    "Sponsored",
    "Download",
    "Download the app",
    "JavaScript is off. Please enable to view full site.",
    "Loading",
    "Loading...",
    "Close",
    "Play",
)
_add(K.RELATED, "Read more", "See also", "Previous report")
_add(K.JUNK, "Video PlayerClose", "Video Player Close")
_add(
    K.OTHER,
    "Enditem",
    "(END)",
    "END",
    "Reuse this content",
    "Print this article",
    "Report an error",
    "Accept",
    "Accept all",
    "Accept cookies",
    "Reject all",
    "Manage cookies",
    "Cookie settings",
    "Text size",
)
_add(K.PROMO, "Sign up", "Enter your email address", "Enter your email", "Subscribe now", "Get the app")
_add(
    K.COMMENTS,
    "Log in to comment",
    "Login to comment",
    "Sign in to comment",
    "Reader comments",
    "Comments are closed",
)
_add(
    K.NAVIGATION, "Explore more on these topics", "Topics", "Tags", "More from", "Read next", "Related topics"
)

# Headings of site-wide or related lists: the lines under them are their items.
_LIST_HEADINGS = frozenset(key_of(p) for p in (*NAV_LIST_HEADINGS, *RELATED_LIST_HEADINGS))


def is_list_heading(norm: str) -> bool:
    """True for the heading of a list widget (``Most Read``, ``Today's Top News``, ``Related Stories``).

    >>> is_list_heading("Today's Top News"), is_list_heading("Home>>")
    (True, False)
    """
    return key_of(norm) in _LIST_HEADINGS


# Prefix rules, one alternation per kind (anchored, linear).
_PREFIX: list[tuple[SegmentKind, re.Pattern[str], str]] = [
    (
        K.RELATED,
        re.compile(r"(?:read more|also read|related|see also|read also|recommended)\s*:", re.I),
        "related-label",
    ),
    (
        K.PROMO,
        re.compile(
            r"\(?\s*(?:for (?:the )?(?:latest|more) (?:\w+ ){0,3}(?:news|stories|updates|information)\b"
            r".{0,60}\b(?:follow|subscribe|download|visit)\b"
            r"|our standards\s*:|why you can trust\b|subscribe to our\b"
            r"|enjoying this article\?|click here to subscribe\b|like us on facebook\b"
            r"|\(?if you want to contribute\b|\(?if you have (?:a )?specific expertise\b"
            r"|would like to contribute\b"
            r"|(?:sign up|subscribe) (?:to|for)\b[^.]{0,60}\bnewsletters?\b|sign up (?:to|for) our\b"
            r"|get (?:the |our )?(?:\w+ ){0,4}(?:app|newsletters?)\b"
            r"|get (?:the |our )?(?:day's|today's|latest|best|top)\b.{0,60}\bdelivered\b"
            r"|support (?-i:[A-Z][\w]{1,20}(?: [A-Z][\w]+){0,2})\s[-–—:]\s"
            r"|support (?:independent|our|quality) journalism\b"
            r"|follow us on \S+(?: or \S+)? (?:to|for) (?:get )?(?:the )?latest\b"
            r"|download (?:the|our) app)",
            re.I,
        ),
        "promo-phrase",
    ),
    (
        K.CREDIT,
        re.compile(
            r"(?:copyright\s*(?:©|\(c\)|\d{4}|by\b|of\b|(?-i:[A-Z])|$)|©|\(c\)\s*\d{4}|all rights reserved"
            r"|license for publishing"
            r"|registration number\s*:"
            r"|\(?\s*(?:web\s+)?editor\s*:|\(?\s*editors?\s*:|editing by (?-i:[A-Z]))",
            re.I,
        ),
        "credit-phrase",
    ),
    (
        K.COMMENTS,
        re.compile(
            r"(?:leave your comment|add your comment|reader comments\b|log ?in to comment\b"
            r"|\d+ (?:minutes?|hours?|days?|weeks?) ago\s*·\s*like\b)",
            re.I,
        ),
        "comments-phrase",
    ),
    (
        K.SHARE,
        re.compile(
            r"(?:share (?:this|on)\b|suggest to a friend|follow us\b|follow [\w .'’&-]{2,40}:$)", re.I
        ),
        "share-phrase",
    ),
    (
        K.NAVIGATION,
        re.compile(
            r"(?:posted in|filed under|tags?|topics|categories|sort by)\s*:|search results for\b"
            r"|about [\d,]+ results\b",
            re.I,
        ),
        "tags-line",
    ),
    (
        K.CREDIT,
        re.compile(
            r"(?:governing body|editor-in-chief|editorial office|head office|address|hotline|tel|fax)\s*:"
            r"|(?:press )?licen[cs]e (?:no\b|number\b)",
            re.I,
        ),
        "imprint-line",
    ),
    (
        K.OTHER,
        re.compile(
            r"(?:\d+\s*min(?:ute)?s? read\b|reading time\s*:|\(corrects?\b|correction\s*:"
            r"|advertisement$|this (?:article|story) (?:was|has been) (?:amended|updated|corrected)\b"
            r"|(?:the )?views? (?:expressed )?(?:in this \w+ )?(?:do not|don't|don’t) necessarily reflect\b"
            r"|newspaper headline\s*:|text size\b|we use cookies\b|this (?:web)?site uses cookies\b)",
            re.I,
        ),
        "other-phrase",
    ),
]


_TOOL_WORDS = frozenset(
    (
        *("print", "close", "email", "e-mail", "mail", "share", "tweet", "facebook", "twitter", "x", "weibo"),
        *("wechat", "linkedin", "whatsapp", "reddit", "pinterest", "copy", "link", "copied", "save"),
        *("bookmark", "favorite", "favourite", "comment", "comments"),
    )
)
_BRACKETS = str.maketrans(dict.fromkeys("【】[]()|·•", " "))


def _is_tool_row(norm: str) -> bool:
    """A row of page tools and share buttons: '【Print】 【Close】', 'Copy Link Email Facebook X'."""
    tokens = norm.translate(_BRACKETS).lower().split()
    return (
        len(tokens) >= 2
        and all(t in _TOOL_WORDS for t in tokens)
        and any(t in ("print", "close", "email", "e-mail", "share", "copy", "save") for t in tokens)
    )


def phrase_kind(norm: str) -> tuple[SegmentKind, str] | None:
    """The furniture kind of a line from fixed phrases, with the rule's name, or None.

    >>> phrase_kind("Suggest to a friend")
    (<SegmentKind.SHARE: 'share'>, 'phrase-share')
    >>> phrase_kind("READ MORE: Wang calls for efforts")
    (<SegmentKind.RELATED: 'related'>, 'related-label')
    """
    kind = _EXACT.get(key_of(norm)) if len(norm) <= 120 else None
    if kind is not None:
        return kind, f"phrase-{kind.value}"
    if len(norm) <= 80 and _is_tool_row(norm):
        return K.SHARE, "tool-row"
    m = _ANY_PREFIX.match(norm, 0, 200)
    if m is None or m.lastgroup is None:
        return None
    found = _PREFIX[int(m.lastgroup[1:])]
    return found[0], found[2]


# All prefix rules as one alternation (tried in order, like the list): one match call per line.
_ANY_PREFIX = re.compile(
    "|".join(f"(?P<p{i}>{pattern.pattern})" for i, (_, pattern, _) in enumerate(_PREFIX)), re.I
)
