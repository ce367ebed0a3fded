"""Fixed phrases of page furniture, one table per kind.

Two cheap look-ups per line: an exact match of the line's key (lower case,
outer punctuation and spaces folded) in a set, then one compiled alternation of
prefixes per kind. Phrases name what outlets print on every page, never a
sentence of one article.

Most lines match neither, so both are skipped when a plain string test shows
they cannot match: the line does not open with the first word of any phrase
(:class:`Openings`, :func:`may_open`).
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from ..model import SegmentKind

__all__ = ["is_list_heading", "is_rule_line", "key_of", "phrase_kind"]

K: Final = SegmentKind

_EXACT: Final[dict[str, SegmentKind]] = {}
# The first words of the keys in _EXACT, by first character: a key opening with a letter starts the
# line it comes from (nothing is stripped before a letter), so the line must start with one of them; the
# first word of a key of several words with the space after it ("te " of "te puede interesar": not "team").
_EXACT_OPENERS: Final[dict[str, tuple[str, ...]]] = {}


# The reason of a phrase that is not its kind's usual one (see _add's ``reason``).
_EXACT_REASON_OF: Final[dict[str, str]] = {}


def _add(kind: SegmentKind, *phrases: str, reason: str | None = None) -> None:
    for p in phrases:
        key = key_of(p)
        _EXACT[key] = kind
        if reason is not None:
            _EXACT_REASON_OF[key] = reason
        opener = key.split(" ")[0] + " " if " " in key else key
        if opener and opener not in _EXACT_OPENERS.get(opener[0], ()):
            _EXACT_OPENERS[opener[0]] = (*_EXACT_OPENERS.get(opener[0], ()), opener)


# Outer characters a key drops: anything but letters and digits, and list numbers ("3. ") in front.
_KEY_LEAD: Final = re.compile(r"(?:[\s\W_]|\d{1,2}[.)]\s)+")
_KEY_TRAIL: Final = re.compile(r"[\s\W_]+$")
_KEY_SPACE: Final = re.compile(r"\s+")
# The ASCII part of what _KEY_TRAIL drops (``[\s\W_]`` is exactly ``not str.isalnum()``): str.rstrip
# removes it without a regex search from every position.
_ASCII_NON_ALNUM: Final = "".join(ch for ch in map(chr, range(128)) if not ch.isalnum())


def key_of(text: str) -> str:
    """Lower case, outer punctuation dropped, inner spaces collapsed.

    >>> key_of("  Suggest To a Friend:   ")
    'suggest to a friend'
    """
    return _key_of_lower(text[:200].lower())


def _key_of_lower(low: str) -> str:
    """:func:`key_of` of a text already cut to 200 characters and lower-cased."""
    first = low[:1]
    # Only a non-alphanumeric character or a decimal digit ("3. Name") can start the lead to drop.
    if not first.isalnum() or first.isdecimal():
        lead = _KEY_LEAD.match(low)
        if lead is not None:
            low = low[lead.end() :]
    key = low.rstrip(_ASCII_NON_ALNUM)
    if key and not key[-1].isalnum():  # a non-ASCII closer (”, 。, ...) is left
        key = _KEY_TRAIL.sub("", key)
    # Printable text holds no whitespace but " " (so, without "  ", nothing to collapse).
    if "  " in key or not key.isprintable():
        key = _KEY_SPACE.sub(" ", key)
    return key


#: Headings of site-wide lists (navigation) and of lists tied to the story (related): the lines
#: under such a heading are its items.
NAV_LIST_HEADINGS: Final = (
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
    "Top News Today",
    "Top Stories",
    "Top News Stories",
    "Trending",
    "Trending Now",
    "Search Trends",
    # a video hub's site-wide lists
    *("Latest Videos", "Trending Videos"),
    "Latest Stories",
    "Selections for you",
    "Special Coverage",
    "In Pictures",
    "US Weekly",
    "Europe Weekly",
    "Africa Weekly",
    "Asia Weekly",
    # the spokespersons' pages in a ministry's sidebar (names only, not bylines)
    "Spokespersons",
    "热点推荐",
    "热点排行",
    # (24-hour ranking, click ranking, ranking list)
    "24小时排行",
    "24小时热点",
    "点击排行",
    "排行榜",
    # (most read, most viewed)
    *("Đọc nhiều", "Đọc nhiều nhất", "Tin đọc nhiều", "Xem nhiều", "Xem nhiều nhất", "Tin xem nhiều"),
    # (most viewed, most read, in Spanish)
    *("Lo más visto", "Lo más leído"),
    # a site's list of its most read stories, headed with the one word ("Popular")
    "Popular",
    # (hot topics of a channel: "theory hot topics"; hot news)
    *("理论热点", "热点新闻", "热新闻"),
    # (latest news, in Italian: a site-wide list of the latest wires)
    "Ultima ora",
    # a tag row's heading (its items are the tags: navigation)
    "Related Tags",
)
RELATED_LIST_HEADINGS: Final = (
    "Related Stories",
    "Related",
    "Related News",
    "Related Articles",
    "Related Article",
    "Related Posts",
    "Related Post",
    "Related Content",
    "In this section",
    "You may also like",
    "You might also like",
    "More on this story",
    "More on this topic",
    "Related coverage",
    "Recommended Stories",
    "More Articles",
    "Also worth reading",
    # an in-article box: "READ MORE", then a story's title
    "Read more",
    "Explore more",
    "See more",
    "Read next",
    "Read also",
    # a section's own list: "Other News" (with its items' dates), "Other Stories"
    *("Other News", "Other Stories", "Other Articles"),
    *("Read more on the subject", "Read more on this subject", "More on the subject", "More on this subject"),
    "Xem thêm",
    # (related news, news of the same section)
    "Tin liên quan",
    "Tin cùng chuyên mục",
    "Bài liên quan",
    "Bài viết liên quan",
    # (more information: El País's in-story box of links)
    "Más información",
    "相关新闻",
    "推荐阅读",  # (recommended reading)
    "相关阅读",
    # (read also, in French; more on the subject, in German)
    *("À lire aussi", "Lire aussi", "Mehr zum Thema"),
    # (related, related news, read also, in Portuguese)
    *("Relacionadas", "Notícias relacionadas", "Leia também"),
    # (you may be interested in: Italian and Spanish boxes of stories tied to this one)
    *(
        "Ti potrebbe interessare",
        "Potrebbe interessarti",
        "Potrebbe interessarti anche",
        "Te puede interesar",
    ),
    *("Le puede interesar", "También te puede interesar"),
)

_add(K.NAVIGATION, *NAV_LIST_HEADINGS)
_add(K.RELATED, *RELATED_LIST_HEADINGS)

_add(
    K.NAVIGATION,
    "Latest",
    "Latest News",
    "Latest episodes",
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
    "Shows",
    "Home >>",
    "Skip to content",
    "Skip to main content",
    "Skip links",
    "Live",
    "Live TV",
    "Weather",
    "Opinions",
    "Sign in",
    "Log in",
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
    "Keywords",
    "Nation",
    # (log in; filed under: the topic tags' heading, in Spanish)
    *("Iniciar sesión", "Archivado en"),
    # a paywall badge over the story ("PREMIUM"), like a "LIVE" label
    "Premium",
    "Premium content",
    # section and content-type labels ("NEWS" as opposed to "Video"), a long-form template's label
    *("News", "Local", "E-Magazine", "eMagazine"),
    # an archive's date picker: its label and button
    *("Please select a date", "Select a date", "Choose a date", "Select date", "Go"),
    # (see more: the link under a Chinese page's tag row; rolling news, a news site's list of the latest)
    *("查看更多", "滚动新闻"),
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
    "Save",
    "Saved",
    "Bookmark",
    "Read later",
    "Save for later",
    "Gift this article",
    "Gift article",
    "Gift this story",
    "Share via",
    "Copy",
    "Send",
    "share2",  # (the scraped name of a share icon)
    # a bookmark button's tooltip, a share box's prompt
    "Save articles to read later and create your own reading list",
    "Help keep family & friends informed by sharing this article",
    "分享到",
    "分享让更多人看到",
    # (share, in French; add to the reading list, bookmark, in German)
    *("Partager", "Partager cet article", "Zur Merkliste hinzufügen", "Merken"),
    # (suggest, share, in Italian; send by e-mail, share, in Spanish; bookmark, in Chinese)
    *("Suggerisci", "Condividi", "Enviar por email", "Enviar por correo", "Compartir", "收藏"),
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
    "Add a comment",
    # (go to the comments; comments, in Spanish)
    *("Ir a los comentarios", "Comentarios"),
    # (comments, in Portuguese)
    "Comentários",
    # (comments, in French and German)
    *("Commentaires", "Kommentare"),
)
# A reader feedback form: its heading and field labels (not a list of comments: the form's lines only).
_add(K.COMMENTS, "Feedback", "Send feedback", "Full name", "Your email", reason="comments-form")
# a comment form's field labels and button
_add(
    K.COMMENTS,
    "Comment's Title",
    "Comment's Body",
    "Comment title",
    "Post comment",
    "Post",
    reason="comments-form",
)
# Prompts to comment where no comment is shown yet: no list of comments follows them.
_add(
    K.COMMENTS,
    *("Start a conversation", "Start the conversation", "Be the first to comment", "Chia sẻ ý kiến của bạn"),
    # a button among the article's tools that opens the comments ("Commenter": to comment, in French)
    "Commenter",
    reason="comments-prompt",
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
    # an ad slot's label; a correction notice's heading (its text: other-phrase)
    *("Sponsor Message", "Sponsored Message", "Correction", "Corrections"),
    # an audio player's tools: "Playlist", "Embed" ("Download" above; "Transcript" without a colon: see
    # other-phrase, a "Transcript:" heading introduces the text)
    *("Playlist", "Embed"),
    # a reactions widget's question ("How does this make you feel?"): furniture, not a comments box
    *(
        "How does this make you feel",
        "How do you feel about this article",
        "How do you feel about this story",
        "Do you like the content of this article",
    ),
    # an ad slot's label in German and French
    *("Anzeige", "Werbung", "Publicité"),
    # the end mark of a Chinese wire story: "（完）" (end)
    "（完）",
    # a "report this" link (Chinese: I want to report), a font-size control's label (font size, font)
    *("我要举报", "举报", "字号", "字体"),
)
_add(K.RELATED, "Read more", "See also", "Previous report")
# an image's control label, above its caption
_add(K.CAPTION, "View image in fullscreen", "Enlarge this image", "Enlarge image")
# an image standing for the story, in place of a caption ("Representative image")
_add(
    K.CAPTION,
    *("Representative image", "Representative photo", "Representative picture"),
    *("Representational image", "Representational photo", "Image for representation"),
)
# a caption's show/hide switch ("hide caption", "toggle caption"); an image's label above its caption
# ("Image:")
_add(K.CAPTION, "hide caption", "toggle caption", "show caption", "Image")
_add(K.JUNK, "Video PlayerClose", "Video Player Close")
# a bookmark button's widget labels, scraped as text
_add(K.JUNK, "Bookmark popover", "Removed from bookmarks", "Added to bookmarks")
_add(
    K.OTHER,
    "Enditem",
    "(END)",
    "END",
    "Reuse this content",
    "Print this article",
    "Report an error",
    "纠错",  # (report an error, on Chinese sites: "【纠错】")
    "Accept",
    "Accept all",
    "Accept cookies",
    "Reject all",
    "Manage cookies",
    "Cookie settings",
    "Text size",
    "Font size",
    # text-size controls
    *("A- A+", "A+ A-", "A-A+", "A- A A+", "A A A", "AA"),
    # (font: large medium small; font size: ...)
    *(f"{font}：{sizes}" for font in ("字体", "字号") for sizes in ("小 中 大", "大 中 小")),
    *("小字号", "大字号"),
    # audio player, end-of-template marker, licensing link
    *("Listen to article", "Listen to this article", "Listen to the article", "Listen to this story"),
    # an ad slot's feedback link; the button that unfolds a story cut short; an AI summary box's heading
    *("Ad Feedback", "Show full article", "Quick Reads"),
    "End of article",
    *("Purchase Licensing Rights", "Purchase Licensing Rights, opens new tab"),
    # consent dialogs (IAB consent-framework headings, buttons, purposes and features)
    *("We value your privacy", "We care about your privacy", "Your privacy choices", "Manage consent"),
    # (buttons that are also words of text, "Agree", "Decline", are labelled with the dialog around them:
    # kinds.consent)
    *("Manage preferences", "Manage options", "More options"),
    *("Accept and close", "List of Partners (vendors)", "List of partners"),
    *(
        "Store and/or access information on a device",
        "Use limited data to select advertising",
        "Create profiles for personalised advertising",
        "Use profiles to select personalised advertising",
        "Create profiles to personalise content",
        "Use profiles to select personalised content",
        "Measure advertising performance",
        "Measure content performance",
        "Understand audiences through statistics or combinations of data from different sources",
        "Develop and improve services",
        "Use limited data to select content",
        "Use precise geolocation data",
        "Actively scan device characteristics for identification",
        "Ensure security, prevent and detect fraud, and fix errors",
        "Deliver and present advertising and content",
        "Save and communicate privacy choices",
        "Match and combine data from other data sources",
        "Link different devices",
        "Identify devices based on information transmitted automatically",
    ),
)
_add(
    K.PROMO,
    *("Sign up", "Enter your email address", "Enter your email", "Subscribe now", "Get the app"),
    *("Daily newsletter", "Weekly newsletter", "Free newsletter"),
    "Support us",
    # a subscription button (in the site header, or under a newsletter box)
    "Subscribe",
    # a donation button, and the same buttons in Spanish (subscribe)
    *("Donate", "Suscríbete"),
    # (subscribe, subscription, in French and German)
    *("S'abonner", "Abonnez-vous", "Abonnement", "Abonnieren", "Jetzt abonnieren"),
    # (subscribe, in Portuguese); a donation box's button to put it off
    *("Assine", "Assinar", "Remind me later"),
    # an ad-free subscription button; a follow box's button
    *("Go Ad-Free", "Go ad free", "Tap here"),
    # the Trust Project's badge, on three lines ("in keeping with the criteria of", "learn more")
    *("Conforme a los criterios de", "The Trust Project", "Saber más"),
)
# A page's short link and its label (a sharing tool): "Short Url", then "https://arab.news/v7k2q"
_add(K.SHARE, "Short Url", "Short link", "Shortlink", "Short URL:")
# An error-report prompt under the story (about the copy, like a correction notice)
_add(K.OTHER, "Report it to us", "Report an error to us", "Report a mistake", "Report a typo")
# A link to the story in another language: "Japanese version", "English version" (a language switcher)
_add(
    K.NAVIGATION,
    *(
        f"{lang} {what}"
        for lang in (
            *("English", "Japanese", "Chinese", "Korean", "French", "Spanish", "Arabic", "Russian"),
            *("German", "Portuguese", "Vietnamese", "Turkish", "Indonesian", "Thai", "Malay"),
        )
        for what in ("version", "edition")
    ),
    # a link to the original: "Read in French"
    *(
        f"Read in {lang}"
        for lang in (
            *("English", "Japanese", "Chinese", "Korean", "French", "Spanish", "Arabic", "Russian"),
            *("German", "Portuguese", "Vietnamese", "Turkish", "Indonesian", "Thai", "Malay"),
        )
    ),
)
_add(
    K.COMMENTS,
    "Log in to comment",
    "Login to comment",
    "Sign in to comment",
    "Reader comments",
    "Comments are closed",
)
_add(K.NAVIGATION, "Explore more on these topics", "Topics", "Tags", "More from", "Related topics")
# a tag row's heading ("More about": The Independent's)
_add(K.NAVIGATION, "More about")
# (topic tags' headings in French and German: "Sujets", "Mehr lesen über", read more about)
_add(K.NAVIGATION, "Sujets", "Mehr lesen über")

# Headings of site-wide or related lists: the lines under them are their items.
_LIST_HEADINGS: Final = frozenset(key_of(p) for p in (*NAV_LIST_HEADINGS, *RELATED_LIST_HEADINGS))


# A site-wide list heading naming the site or a section: "Most Read from Bloomberg", "Most Popular on The
# Ledger", "Trending in News".
_SITE_LIST_HEADING: Final = re.compile(
    r"(?:most (?:read|popular|viewed|shared|commented)(?: stories| articles)?"
    r"|trending(?: stories| articles| now)?) (?:from|on|in|at) "
    r"[\w .'’&-]{2,30}$",
    re.I,
)
_SITE_LIST_CHARS: Final = 70  # no longer line can match it
_SITE_LIST_OPENINGS: Final = ("most ", "trending ")


def _site_list_heading(norm: str) -> bool:
    """A site-wide list heading naming the site or a section (see _SITE_LIST_HEADING)."""
    first = norm[:1]
    return (
        (first == "M" or first == "T" or first == "m" or first == "t")
        and len(norm) <= _SITE_LIST_CHARS
        and _SITE_LIST_HEADING.match(norm) is not None
    )


# A list of stories from the story's own section, headed with the section's name: "More in Social Affairs",
# "More from Region", "Other Taiwan News" (related: the list is tied to the story).
_SECTION_LIST_HEADING: Final = re.compile(
    r"(?:read )?more (?:from|in) (?-i:[A-Z])[\w'’&.-]*(?: [\w'’&.-]+){0,3}(?<!\.):?"
    r"|other (?-i:[A-Z])[\w'’&.-]*(?: [\w'’&.-]+){0,2} (?:news|stories|articles)"
    # "More HKFP": "More" and the outlet's initials (the outlet's own stories)
    r"|(?-i:More [A-Z]{2,10})",
    re.I,
)


def _section_list_heading(norm: str) -> bool:
    """A section's list heading (see _SECTION_LIST_HEADING), at most 60 characters."""
    first = norm[:1]
    return (
        (first == "M" or first == "O" or first == "R" or first == "m" or first == "o" or first == "r")
        and len(norm) <= 60
        and _SECTION_LIST_HEADING.fullmatch(norm) is not None
    )


# A screen reader's label heading a list or one of its items: "list of 3 items", "list 1 of 3".
_LIST_COUNTER: Final = re.compile(r"list (?:of \d{1,3} items?|\d{1,3} of \d{1,3})$", re.I)


# "You may like these stories too", "You might also enjoy": a box of stories tied to this one (the key, lower
# case, outer punctuation dropped)
_YOU_MAY_LIKE: Final = re.compile(
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)(?: these| the following| this| reading)?"
    r"(?: stories| articles| posts| reads)?(?: too| as well)?"
)


def _you_may_like(key: str) -> bool:
    """The key of a "You may like these stories too" heading (see _YOU_MAY_LIKE)."""
    return (
        key.startswith(("you may ", "you might "))
        and len(key) <= 50
        and _YOU_MAY_LIKE.fullmatch(key) is not None
    )


# (see _phrase_kind; the time's colon is checked first)
_INDEX_ITEM: Final = re.compile(
    r"[\[【［][^\]】］\s\d]{1,8}[\]】］]\s*\S[^\n]{3,100}\s\d{1,2}-\d{1,2}\s\d{1,2}:\d{2}"
)


# (picked: "财经新闻精选", selected finance news; "编辑精选", editors' picks)
_ZH_PICKS: Final = ("精选", "精选：", "精选:")


def _zh_picks_heading(low: str) -> bool:
    """A short Chinese heading of picked stories: '财经新闻精选：' (at most 12 characters)."""
    return low.endswith(_ZH_PICKS) and len(low) >= 4


def is_list_heading(norm: str) -> bool:
    """True for the heading of a list widget (``Most Read``, ``Today's Top News``, ``Related Stories``,
    ``DW's Top Stories``, ``More in Politics``), or a screen reader's counter over a list item
    (``list 1 of 3``).

    >>> is_list_heading("Today's Top News"), is_list_heading("Home>>"), is_list_heading("list 2 of 3")
    (True, False, True)
    """
    key = key_of(norm)
    return (
        key in _LIST_HEADINGS
        or (key[:4] == "you " and _you_may_like(key))
        or (len(norm) <= 12 and not norm.isascii() and _zh_picks_heading(norm))
        or _section_list_heading(norm)
        or _site_list_heading(norm)
        or (key[:5] == "list " and _LIST_COUNTER.match(key) is not None)
        or _owned_heading(key) is not None
    )


def _owned_heading(key: str) -> str | None:
    """The list heading after a site's name in the possessive ("dw's top stories" gives "top stories"),
    or None; the name is at most three words."""
    at = key.find("'s ", 0, 40)
    if at < 0:
        at = key.find("’s ", 0, 40)
    if at <= 0 or key.count(" ", 0, at) > 2:
        return None
    rest = key[at + 3 :]
    return rest if rest in _LIST_HEADINGS else None


# A month's name, as the prefix rules read it (case-insensitive).
_MONTH: Final = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"

# Prefix rules, one alternation per kind (anchored, linear).
_PREFIX: Final[list[tuple[SegmentKind, re.Pattern[str], str]]] = [
    (
        K.RELATED,
        re.compile(
            r"(?:read more|also read|read|related|see also|read also|recommended|xem thêm"
            # "Related news: ..." (a story's title after the label); French "À lire aussi :"
            r"|related (?:news|stories|story|articles?|coverage|content|posts?|reading)|(?:à )?lire aussi)"
            r"\s*(?::|\|\s)"
            # "Read more" run together with a story's title (no closing full stop): "Read more In rural ..."
            r"|read more (?-i:[A-Z])[^.!?]{10,200}$"
            # a section's list: "More from Region", "More in Social Affairs", "Other Taiwan News"
            rf"|(?:{_SECTION_LIST_HEADING.pattern})$",
            re.I,
        ),
        "related-label",
    ),
    # A screen reader's labels of a list widget ("list of 3 items", "list 1 of 3", "end of list"):
    # what lists a page prints around an article is a box of stories.
    (K.RELATED, re.compile(rf"(?:{_LIST_COUNTER.pattern}|end of list$)", re.I), "list-counter"),
    (
        K.PROMO,
        re.compile(
            r"\(?\s*(?:for (?:the )?(?:latest|more) (?:\w+ ){0,3}(?:news|stories|updates|information)\b"
            r".{0,60}\b(?:follow|subscribe|download|visit)\b"
            r"|our standards\s*:|why you can trust\b|subscribe to our\b"
            r"|enjoying this article\?|click here to subscribe\b|like us on facebook\b"
            r"|\(?if you (?:want|would like|wish) to contribute\b|\(?if you have (?:a )?specific expertise\b"
            r"|would like to contribute\b"
            r"|(?:sign up|subscribe) (?:to|for)\b[^.]{0,60}\bnewsletters?\b|sign up (?:to|for) our\b"
            r"|get (?:the |our )?(?:[\w'’]+ ){0,4}(?:app|newsletters?)\b"  # Get The X's newsletter in ...
            r"|get (?:the |our )?(?:day's|today's|latest|best|top)\b.{0,60}\bdelivered\b"
            r"|support (?-i:[A-Z][\w]{1,20}(?: [A-Z][\w]+){0,2})\s[-–—:]\s"
            r"|support (?:independent|our|quality) journalism\b"
            r"|follow us on \S+(?: or \S+)? (?:to|for) (?:get )?(?:the )?latest\b"
            r"|download (?:the|our) (?:[\w'’&-]+ ){0,6}app\b"  # Download The Times of India News App
            r"|join (?:\S+ ){1,4}(?:telegram|whatsapp|wechat|viber|zalo|signal) (?:channel|group|community)\b"
            r"|by subscribing,? you\b"  # subscription appeals
            r"|in (?:a time|an age|an era|times) of\b[^.]{0,80}\bjournalism is more "
            r"(?:crucial|important|vital|essential|needed) than ever[.!]?$"
            r"|(?:have (?:a|your) (?:view|say|opinion)|got a (?:view|story|tip))(?: on this(?: \w+)?)?\s*\?"
            r"|(?:receive|get) (?:\w+ ){0,4}(?:news|headlines|stories|updates)\b[^.]{0,40}"
            r"\b(?:every|each) (?:morning|day|evening|week)\b"
            r"|get (?:[\w'’-]+ ){0,2}(?:alerts|notifications)\b"  # Get WhatsApp alerts and ...
            r"|(?:sign up|subscribe) (?:for|to) (?:[\w'’-]+ ){0,2}(?:alerts|notifications)\b"
            # "Join The Irish Times on WhatsApp ...", "Follow VietnamPlus on Google News"
            r"|join (?:\S+ ){1,4}on (?:whatsapp|telegram|wechat|viber|zalo|signal|google news)\b"
            r"|follow (?:\S+ ){1,4}on (?:google news|whatsapp|telegram|viber|zalo|signal)\b"
            # "Subscribe to X PLUS to get access to ...": a paywall's offer
            r"|subscribe (?:to|for) [^.]{1,60}\b(?:to )?(?:get|gain|enjoy|unlock) "
            r"(?:full |unlimited |exclusive )?access\b"
            r"|sign up for (?-i:[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3})$"  # Sign up for Al Jazeera
            r"|read a summary of this (?:article|story)\b"
            r"|catch (?:all )?the latest\b[^.]{0,80}\bon (?:the |our )?(?:[\w'’&-]+ ){0,4}app\b"
            r"|before you go\b[^.]{0,80}\b(?:journalism|independent reporting|support(?:ing)? (?:us|our)"
            r"|subscrib\w*|donat\w+)\b"
            # a paywall: "The rest of this article is reserved for subscribers.", "Already a subscriber? Log
            # in", "Subscribe from €7.99 per month"
            r"|the rest of this (?:article|story) is (?:only )?(?:reserved|available) (?:for|to) "
            r"(?:subscribers|members)\b"
            r"|already a (?:subscriber|member)\s*\?"
            # the same in French: "Cet article est réservé aux abonnés.", "Déjà abonné ? Connectez-vous"
            r"|(?:cet article|la suite de cet article) est réservée? aux abonnés\b|déjà abonné\s*\?"
            # an app's or a newsletter's pitch: "Keep up to date with ... by downloading the X app"
            r"|(?:keep|stay) up (?:to date )?with\b[^.]{0,80}\bby "
            r"(?:downloading|subscribing|signing up|following)\b"
            r"|subscribe (?:from|for) (?:only |just )?[€$£]\s?\d"
            r"|join [\w'’&.-]{2,30}\+$"  # a membership: "Join Rappler+"
            # a desk's follow appeal: "Like Opinion & Editorial on Facebook, follow @X on Twitter ..."
            r"|like (?:\S+ ){1,4}on facebook\b[^.]{0,60}\bfollow\b"
            # "Follow CGTN on Facebook, X, Instagram and YouTube for more stories"
            r"|follow (?:\S+ ){1,4}on (?:facebook|x|twitter|instagram|youtube|tiktok|linkedin)\b[^.]{0,60}"
            r"\b(?:for (?:more|the latest|all)|to (?:get|receive) (?:more|the latest|all)"
            r"|to join the conversation)\b"
            # a push-notification prompt: "We'll send you latest news updates through the day."
            r"|we['’]ll send you (?:the )?latest (?:news )?(?:updates|alerts|notifications)\b"
            # the Trust Project's badge
            r"|(?:se adhiere a los criterios de|adheres to the (?:standards|criteria|principles) of) "
            r"the trust project\b"
            # Spanish, Vietnamese follow prompts: "Sigue toda la información de X en Facebook y X ...",
            # "Theo dõi X trên Google News"
            r"|sigue (?:toda )?la (?:información|actualidad)\b[^.]{0,80}\ben (?:facebook|x|twitter|instagram"
            r"|whatsapp|telegram)\b"
            r"|theo dõi (?:\S+ ){1,8}trên (?:google news|facebook|zalo|youtube)\b"
            # a live-news pitch under every story: "Track Latest News Live on X.com and get news updates ..."
            r"|track (?:the )?latest (?:news|updates)\b"
            # a donation box: its heading ("A Message from The X:"), its appeal ("Help safeguard press
            # freedom & keep X free for all readers by supporting our team"), its way out ("Not ready to
            # support today?"), a button naming the outlet ("Support X")
            r"|a message from (?:the )?(?-i:[A-Z])[^.:!?]{1,40}:$"
            r"|help (?:us )?(?:safeguard|protect|sustain|keep|fund)\b[^.]{0,80}"
            r"\b(?:by (?:supporting|donating|contributing|subscribing)|support (?:us|our))\b"
            r"|not ready to (?:support|subscribe|donate)\b"
            # (the outlet's initials, or "the" and its name: "Support X", not "Support Services")
            r"|support (?-i:[A-Z]{2,8}|the [A-Z][\w'’&.-]{1,20}(?: [A-Z][\w'’&.-]{1,20})?)$"
            # a newsletter box's pitches: "Start your day right with X's top stories", "A weekly roundup of
            # X's most-read stories"
            r"|start your (?:day|morning|week) (?:right |off )?with\b[^.]{0,60}"
            r"\b(?:stories|headlines|news|newsletter|briefing)\b"
            r"|an? (?:daily|weekly|monthly) (?:roundup|round-up|digest|briefing|summary) of\b[^.]{0,60}"
            r"\b(?:stories|headlines|news|articles|reads)\b"
            # a subscriber pitch in Portuguese: "Sua assinatura pode valer ainda mais", "Você já conhece as
            # vantagens de ser assinante ...?" (your subscription; the advantages of being a subscriber)
            r"|sua assinatura (?:pode valer|vale)\b"
            r"|(?:você )?já conhece as vantagens de ser (?:assinante|membro)\b)",
            re.I,
        ),
        "promo-phrase",
    ),
    (
        K.CREDIT,
        re.compile(
            r"(?:copyright\s*(?:©|\(c\)|\d{4}|by\b|of\b|(?-i:[A-Z])|$)|©|®|\(c\)\s*\d{4}|all rights reserved"
            r"|license for publishing"
            r"|registration (?:number|no\b\.?)\s*:"
            r"|\(?\s*(?:web\s+)?editor\s*:|\(?\s*editors?\s*:|edit(?:ing|ed) by (?-i:[A-Z])"
            r"|(?:【纠错】\s*)?[(（【]?\s*(?:责任编辑|责编)\s*[:：]"
            # a Chinese translation's credits: translator and editor, reviser ("翻译&编辑：", "审校：")
            r"|(?:翻译\s*[&＆和/、]\s*)?编辑\s*[:：]|(?:翻译|审校|校对)\s*[:：]"
            # a translator's credit after the text: "(Translated by Jane Doe)"
            r"|\(?\s*translated by (?-i:[A-Z])[^.]{0,60}\)?$)",
            re.I,
        ),
        "credit-phrase",
    ),
    (
        K.COMMENTS,
        re.compile(
            r"(?:leave your comment|add your comment|reader comments\b|log ?in to comment\b"
            r"|\d+ (?:minutes?|hours?|days?|weeks?) ago\s*·\s*like\b"
            r"|(?:ý kiến|bình luận)\s*(?:\(\d+\))?$"
            # a notice in place of the comments: "Dear visitor, the comments section is undergoing ..."
            r"|dear (?:visitors?|readers?|users?),?\s*(?:the |our )?comments? section\b"
            r"|(?:the |our )?comments? section (?:is|has been|will be) (?:temporarily |currently |now )?"
            r"(?:closed|disabled|unavailable|undergoing|offline|down"
            r"|under (?:maintenance|review|construction))\b"
            # an empty comment box: "There are no comments yet. Add your comment ...", "No comments yet"
            r"|(?:there are )?no comments yet\b"
            # a link to the comment rules: "For more information, please see our Comments FAQ"
            r"|(?:for more information,? )?(?:please )?(?:see|read) our comments? (?:faq|policy|guidelines"
            r"|rules)\b"
            # a comment's recommend counter: "Recommend 12"
            r"|recommend \d{1,5}$"
            # the comment section's heading and pitch: "Join our commenting forum", "Join thought-provoking
            # conversations, follow other readers and see their replies"
            r"|join (?:our|the) comment(?:ing|s)? (?:forum|section|community|thread)\b"
            r"|join (?:[\w'’-]+ ){0,2}conversations?\b[^.!?]{0,100}$"
            # a link to the comments with their count: "Ver 27 comentarios", "View all 12 comments"
            r"|(?:ver|view|see|show|read)(?: all| los| todos los)? \d{1,5} (?:comments?|comentarios|commenti"
            r"|commentaires)$"
            # the count after the link: "Ver todos os comentários (32)", "View all comments (12)"
            r"|(?:ver todos os comentários|(?:view|see|show|read) all comments)\s*(?:\(\d{1,6}\))?$"
            # (Chinese: all comments (12), write your comment)
            r"|(?:全部|最新|热门)?评论\s*[（(]\d{1,6}[)）]$|(?:写下|发表)(?:你|您)?的?评论)",
            re.I,
        ),
        "comments-phrase",
    ),
    # The comment section's rules and disclaimer: a notice of the widget (not its heading), which may be a
    # long sentence.
    (
        K.COMMENTS,
        re.compile(
            r"(?:disclaimer\s*:\s*)?(?:(?:the|reader|readers'|user) )?comments? "
            r"(?:(?:will be|are|is|may be) (?:\w+ )?(?:pre-)?moderated\b"
            r"|(?:posted )?(?:here )?(?:do not|don't|don’t|does not) (?:necessarily )?(?:represent|reflect) "
            r"(?:the )?(?:views?|opinions?)\b"
            r"|(?:have to|must|should) be "
            r"(?:in english|written in english|relevant to|civil|respectful|on-topic)\b)"
            # (Portuguese: "Os comentários não representam a opinião do jornal; ...")
            r"|os comentários não representam a opinião\b",
            re.I,
        ),
        "comments-notice",
    ),
    (
        K.SHARE,
        re.compile(
            r"(?:share (?:this|on|via)\b|share\s*[:：|]|suggest to a friend|follow us\b|click here to share\b"
            r"|分享到\s*[:：]|chia sẻ\s*[:：|]"  # (chia sẻ: share, in Vietnamese)
            r"|compartir en\b"  # (share on, in Spanish)
            r"|follow [\w .'’&-]{2,40}:(?:$|\s*(?:facebook|x|twitter|instagram|youtube|tiktok|threads)\b))",
            re.I,
        ),
        "share-phrase",
    ),
    (
        K.NAVIGATION,
        re.compile(
            r"(?:posted in|filed under|categories|sort by|links|read more about)\s*:|search results for\b"
            # "Tags:", "Topics:", "Tags / Keywords:"
            r"|(?:tags?|topics?|keywords?)(?:\s*/\s*(?:tags?|topics?|keywords?))?\s*:"
            # a search box's suggestions ("Related search: flood, ..."), Vietnamese keywords ("Từ khóa:")
            r"|related search(?:es)?\s*:|từ khóa\s*:"
            r"|about [\d,]+ results\b"
            r"|showing [\d,]+\s*[-–]\s*[\d,]+ of [\d,]+ (?:results|items|articles|stories)\b"
            # accessibility links: "Skip to more DW sites", "Skip next section Related topics"
            r"|skip (?:to|next section|previous section|past)\b[^.!?]{0,50}$"
            r"|discover more (?:stories|articles|news)\b[^.!?]{0,40}$"
            # the radio programme a story aired on: "Heard on Morning Edition"
            r"|heard on (?-i:[A-Z])[\w'’]*(?: [\w'’]+){0,3}$",
            re.I,
        ),
        "tags-line",
    ),
    (
        K.CREDIT,
        re.compile(
            r"(?:governing (?:body|agency)|editor-in-chief|editorial office|head office|address|hotline"
            r"|tel|fax|địa chỉ)\s*:"  # (địa chỉ: address, in Vietnamese)
            # "Reproduction of content must cite ... as the source.", "Any reproduction ... is prohibited"
            r"|(?:any )?reproduction\b[^.]{0,60}\b(?:must (?:cite|credit|acknowledge)\b"
            r"|(?:is |are )?(?:strictly )?(?:prohibited|forbidden|not (?:allowed|permitted))\b"
            r"|without (?:the )?(?:prior )?(?:written )?(?:permission|consent|authori[sz]ation)\b)"
            r"|this (?:service|site|website|page) may (?:include|contain) material from\b"
            r"|publisher(?:\s*(?:&|and)\s*editor-in-chief)?\s*:"
            r"|(?:press )?licen[cs]e (?:no\b|number\b)"
            # Vietnamese imprint: editor-in-chief, governing body, licence, "under the Ministry of ..."
            r"|(?:phó )?tổng biên tập\s*:|cơ quan chủ quản\s*:|số giấy phép\b|giấy phép số\b"
            r"|thuộc bộ [^.,;:]{1,60}$"
            # "Cơ quan của Trung ương Đảng Cộng sản Việt Nam, ...": the paper is the Party's organ
            r"|cơ quan (?:ngôn luận )?của (?:ban chấp hành )?(?:trung ương )?đảng\b[^.!?]{0,120}$"
            # "Cơ quan của Chính phủ ..." (the Government's organ), "Bản quyền thuộc ..." (copyright of ...)
            r"|cơ quan (?:ngôn luận )?của chính phủ\b[^.!?]{0,120}$|bản quyền thuộc\b"
            # "Published by Jane Doe on behalf of X Media Limited": the publisher's line of a footer
            r"|published by (?-i:[A-Z])[^.]{1,60} on behalf of\b"
            r"|(?:制作|主办|承办)单位\s*[:：]"  # producer / sponsor of a Chinese site
            r"|(?:地址|邮编)\s*[:：]",  # address, postcode
            re.I,
        ),
        "imprint-line",
    ),
    (
        K.OTHER,
        re.compile(
            r"(?:\d+\s*min(?:ute)?s? read\b|read(?:ing)? time\s*:|\(corrects?\b|correction\s*:"
            # a reading time alone: "3 min", "5 mins"
            r"|\d{1,3}\s*mins?$"
            # an error-report prompt: "Found a mistake in this article?", "Spotted an error?"
            r"|(?:have you )?(?:found|spotted|noticed|seen|see|spot) (?:a |an )?"
            r"(?:mistake|error|typo|inaccuracy)s?\b[^.!?]{0,50}\?"
            # a note on how an interview's text was edited: "This interview has been edited for length and
            # clarity."
            r"|\(?(?:this|the) (?:interview|conversation|transcript|q&a|exchange)s? (?:has|have) been "
            r"(?:lightly |slightly )?(?:edited|condensed)\b[^.]{0,40}\b(?:length|clarity|brevity|space)\b"
            # a wire's note to subscribers on what a version changed: "(ATTN: ADDS comments in paras 6-7)"
            r"|\(\s*attn\s*:"
            r"|advertisement(?:\s*[·•|–—-]\s*scroll (?:down )?to continue\b[\w ]{0,20})?$"
            r"|this (?:article|story) (?:was|has been) (?:amended|updated|corrected)\b"
            r"|(?:the )?views? (?:expressed )?(?:in this \w+ )?(?:do not|don't|don’t) necessarily reflect\b"
            r"|newspaper (?:headline|section)\s*:|text size\b|font size\s*[:：]"
            # a script-blocker's notice: "Please enable JavaScript to view this website properly."
            r"|please (?:enable|turn on) javascript\b|javascript (?:is )?(?:disabled|required|is off)\b"
            # an audio player and its notes: "Listen to this article | 4 mins", "This audio is generated by
            # an AI tool."
            r"|listen to (?:this |the )?(?:article|story)\b[^.!?]{0,20}$"
            # (the same in French and German: "Écouter cet article", "Artikel anhören • 6 Min")
            r"|(?:écouter cet article|artikel anhören)\b[^.!?]{0,20}$"
            r"|this audio (?:is|was|has been) [^.]{0,40}\b(?:ai|artificial intelligence|text-to-speech)\b"
            # footer notes: screen resolution, acknowledgement of Country, an Australian zone's meaning
            r"|(?:note\s*:\s*)?(?:browsers? with|best viewed)\b[^.]{0,60}\bresolution\b"
            r"|we acknowledge (?:the )?(?:aboriginal|traditional (?:owners|custodians))\b"
            r"|a[ecw][sd]t\s*=\s*australian\b"
            # a funder's disclosure under a wire story
            r"|the (?:associated press|ap)(?:['’]s?(?: [\w&-]+){1,5} coverage)? receives (?:financial )?"
            r"support from\b"
            # a correction's text: "An earlier version of this story said ..."
            r"|an earlier version of this (?:story|article|report)\b"
            # a translation notice: "Translation of an original article published in French on ..."
            r"|translation of an? (?:original )?(?:article|story)\b"
            # an audio player: "Listen · 4:12", "4-Minute Listen", its "Transcript" link (a "Transcript:"
            # heading, with its colon, introduces the text)
            r"|listen\s*[·•|-]?\s*\d{1,2}:\d{2}$|\d{1,3}[- ]min(?:ute)? listen$|transcript$"
            # an AI summary box: "Summarize this article with AI", "This is AI generated summarization, ..."
            r"|summari[sz]e this (?:article|story)\b|this is (?:an )?ai[- ]generated summar"
            r"|summary (?:is|was) (?:ai|machine)[- ]generated\b"
            # an opinion page's disclaimer: "Opinion articles reflect the views of their authors, not ...",
            # "(*) Bài viết thể hiện quan điểm riêng của tác giả." (the article gives its author's own view)
            r"|(?:\(\*\)\s*)?(?:opinion )?(?:articles?|columns?|pieces?|commentar(?:y|ies)|views?|opinions?) "
            r"(?:\w+ )?reflect (?:only )?the (?:personal )?(?:views?|opinions?) of "
            r"(?:their|its|the) authors?\b"
            r"|(?:\(\*\)\s*)?bài viết (?:chỉ )?thể hiện quan điểm (?:riêng )?của tác giả\b"
            # an audio player in Portuguese: "Ouvir o texto" (listen to the text)
            r"|ouvir (?:o |este )?(?:texto|artigo|matéria|reportagem)\b[^.!?]{0,20}$"
            # a licensing link: "Si está interesado en licenciar este contenido, pinche aquí"
            r"|si está interesad[oa] en licenciar\b"
            # a print-edition line: "(China Daily 11/07/2014 page15)"
            r"|\((?-i:[A-Z])[\w.'’&-]*(?: [\w.'’&-]+){0,4} \d{1,2}/\d{1,2}/\d{4} page ?\d{1,3}\)$"
            # print edition: "Published in Dawn, March 3rd, 2024"
            r"|published in (?:the )?(?-i:[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}),?\s+(?:on\s+)?"
            rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
            rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})\.?$"
            # print edition: 《 人民日报 》（ 2024年03月03日 07 版）
            r"|《[^》]{1,20}》\s*[（(]\s*\d{4}\s*年[^）)]{0,20}版\s*[）)]$"
            r"|we use cookies\b|this (?:web)?site uses cookies\b"
            # consent dialogs (the IAB consent framework's wording)
            r"|with your permission,? we and our (?:\d+ )?(?:partners|vendors)\b"
            r"|we and our (?:\d+ )?(?:partners|vendors) (?:store and/or access|process (?:personal )?data"
            r"|use (?:cookies|data|precise)|collect (?:personal )?data)\b"
            r"|please note that some processing of your personal data\b)",
            re.I,
        ),
        "other-phrase",
    ),
]


_TOOL_WORDS: Final = frozenset(
    (
        *("print", "close", "email", "e-mail", "mail", "share", "tweet", "facebook", "twitter", "x", "weibo"),
        *("wechat", "linkedin", "whatsapp", "reddit", "pinterest", "copy", "link", "copied", "save"),
        *("bookmark", "favorite", "favourite", "comment", "comments"),
        # an author's links: "Follow on X  Email"
        *("follow", "on"),
        *("kakaostory", "kakaotalk", "kakao", "line", "zalo", "telegram", "viber", "messenger", "threads"),
        *("bluesky", "flipboard", "x.com"),
        # a text-size toggle among the tools: "Share  AA  Follow us"
        "aa",
        # (print, close, bookmark, share, e-mail, in Chinese: "【打印】 【关闭】"; print this page, close the
        # window)
        *("打印", "关闭", "收藏", "分享", "邮件", "推荐", "打印本页", "关闭窗口"),
    )
)
# A tool row's tokens are split at spaces and at these brackets (one regex split: str.translate with a
# dict table costs a look-up per character).
_TOOL_SPLIT: Final = re.compile(r"[\s【】\[\]()|·•]+")
_TOOL_KEYS: Final = frozenset(
    (
        "print",
        "close",
        "email",
        "e-mail",
        "share",
        "copy",
        "save",
        "link",
        "打印",
        "关闭",
        "分享",
        "打印本页",
        "关闭窗口",
    )
)


_RULE_LINE: Final = re.compile(r"(?:[_=*~—–-]\s*){3,}")
_RULE_FIRST: Final = frozenset("_=*~—–-")


def is_rule_line(norm: str) -> bool:
    """A line that only draws a rule between blocks: ``___``, ``* * *``, ``-----``.

    >>> is_rule_line("___"), is_rule_line("--"), is_rule_line("| |")
    (True, False, False)
    """
    return norm[:1] in _RULE_FIRST and _RULE_LINE.fullmatch(norm) is not None


# The share buttons that name a network (a counter's label can follow them: see _is_count_button).
_NETWORKS: Final = (
    _TOOL_WORDS
    - _TOOL_KEYS
    - {"tweet", "mail", "copied", "comment", "comments", "bookmark", "favorite", "favourite", "follow", "on"}
    - {"收藏", "邮件", "推荐", "aa"}
)


def _is_count_button(low: str) -> bool:
    """A share button scraped with its counter's label: 'Facebook Count', 'X (formerly Twitter) Count'."""
    *names, last = (t for t in _TOOL_SPLIT.split(low) if t)
    return (
        last == "count"
        and bool(names)
        and names[0] in _NETWORKS
        and all(t in _NETWORKS or t == "formerly" for t in names)
    )


def _is_tool_row(norm: str) -> bool:
    """A row of page tools and share buttons: '【Print】 【Close】', 'Copy Link Email Facebook X',
    'facebook twitter kakaostory link'."""
    return _is_tool_row_low(_tool_labels(norm.lower()))


# Tool labels of several words, and the one tool word each stands for in a row: "【Suggest To A Friend】
# 【Print】", Vietnamese "Chia sẻ  Facebook  Zalo  In bài" (share ... print), "Sao chép link" (copy link).
# ("Gift this article  Share", "Share  AA  Follow us"; German "Link kopieren", "Weitere Optionen zum Teilen":
# copy link, more ways to share)
_TOOL_LABELS: Final = (
    *(("suggest to a friend", "share"), ("add to your selections", "save"), ("gift this article", "share")),
    *(("follow us", "follow"), ("link kopieren", "copy"), ("weitere optionen zum teilen", "share")),
    # ("Print  E-mail  Bookmark and Share"; Portuguese "Copiar link  Salvar artigos  Enviar por e-mail": copy
    # link, save articles, send by e-mail)
    *(("bookmark and share", "share"), ("copiar link", "copy"), ("salvar artigos", "save")),
    ("enviar por e-mail", "email"),
)
_TOOL_LABEL_ENDS: Final = (
    "friend",
    "selections",
    "sẻ",
    "bài",
    "chép",
    "kết",
    "article",
    "us",
    "kopieren",
    "teilen",
    "artigos",
)
_TOOL_LABELS_VI: Final = (
    *(("chia sẻ", "share"), ("in bài", "print"), ("sao chép", "copy"), ("liên kết", "link")),
)


def _tool_labels(low: str) -> str:
    """The lower-cased line with each tool label of several words as its one tool word."""
    for label, word in _TOOL_LABELS:
        if label in low:
            low = low.replace(label, word)
    if not low.isascii():
        for label, word in _TOOL_LABELS_VI:
            if label in low:
                low = low.replace(label, word)
    return low


def _is_tool_row_low(low: str) -> bool:
    """:func:`_is_tool_row` of the lower-cased line, its tool labels as tool words (``_tool_labels``)."""
    tokens = [t for t in _TOOL_SPLIT.split(low) if t]
    return len(tokens) >= 2 and _TOOL_WORDS.issuperset(tokens) and not _TOOL_KEYS.isdisjoint(tokens)


def _tools_then_sizes(low: str) -> bool:
    """A tool row closed by a text-size control: 'Comments  Print  Mail  Large Medium Small'."""
    tokens = [t for t in _TOOL_SPLIT.split(low) if t]
    sizes = 0
    while tokens and tokens[-1] in _TEXT_SIZES:
        tokens.pop()
        sizes += 1
    return (
        sizes >= 2
        and len(tokens) >= 2
        and _TOOL_WORDS.issuperset(tokens)
        and not _TOOL_KEYS.isdisjoint(tokens)
    )


# Tool labels run together without spaces (an old template's links): "FeedbackPrintRSS", "PrintEmailShare".
_CAMEL_TOOLS: Final = re.compile(r"(?:[A-Z][a-z]+|RSS)(?:[A-Z][a-z]+|RSS)+")
_CAMEL_PART: Final = re.compile(r"RSS|[A-Z][a-z]+")
_CAMEL_WORDS: Final = frozenset(("feedback", "rss"))


def _camel_tool_row(norm: str) -> bool:
    """Tool labels run together (see _CAMEL_TOOLS): every part a tool word (or "Feedback", "RSS"), a key
    tool among them."""
    if len(norm) > 40 or not _CAMEL_TOOLS.fullmatch(norm):
        return False
    parts = [p.lower() for p in _CAMEL_PART.findall(norm)]
    return all(p in _TOOL_WORDS or p in _CAMEL_WORDS for p in parts) and not _TOOL_KEYS.isdisjoint(parts)


# A reactions widget's counters: "Happy 0%  Sad 0%  Angry 0%" (three labels or more, each with a share).
_REACTIONS: Final = re.compile(r"(?:[^\W\d_][\w'’]*(?: [^\W\d_][\w'’]*)? \d{1,3}%\s*){3,}")


# What _TOOL_SPLIT splits at, as characters for str.strip (no whitespace lies above U+3000).
_TOOL_SEPARATORS: Final = "【】[]()|·•" + "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace())
# The tool words by last character (the line must end with one: checked first, it rarely does).
_TOOL_ENDINGS: Final = {
    ch: tuple(w for w in _TOOL_WORDS if w[-1] == ch) for ch in {w[-1] for w in _TOOL_WORDS}
}
_TOOL_WORD_TUPLE: Final = tuple(sorted(_TOOL_WORDS))
# How a row can end before its tool labels are read as tool words: a tool word or a label's last word.
_ROW_ENDINGS: Final = {
    ch: tuple(w for w in (*_TOOL_WORDS, *_TOOL_LABEL_ENDS) if w[-1] == ch)
    for ch in {w[-1] for w in (*_TOOL_WORDS, *_TOOL_LABEL_ENDS)}
}


def _may_be_tool_row(low: str) -> bool:
    """Cheap necessary test for :func:`_is_tool_row` on the lower-cased line: it opens and closes with a
    tool word, and a key tool is named."""
    end = low.rstrip(_TOOL_SEPARATORS)
    return (
        end.endswith(_TOOL_ENDINGS.get(end[-1:], ()))
        and low.lstrip(_TOOL_SEPARATORS).startswith(_TOOL_WORD_TUPLE)
        and (
            "print" in low
            or "close" in low
            or "mail" in low
            or "share" in low
            or "copy" in low
            or "save" in low
            or "link" in low
            or "打印" in low
            or "关闭" in low
            or "分享" in low
        )
    )


def phrase_kind(norm: str) -> tuple[SegmentKind, str] | None:
    """The furniture kind of a line from fixed phrases, with the rule's name, or None.

    >>> phrase_kind("Suggest to a friend")
    (<SegmentKind.SHARE: 'share'>, 'phrase-share')
    >>> phrase_kind("READ MORE: Wang calls for efforts")
    (<SegmentKind.RELATED: 'related'>, 'related-label')
    """
    return _phrase_kind(norm, lowered(norm))


def _short_box_line(norm: str, low: str, first: str) -> tuple[SegmentKind, str] | None:
    """Short widget lines of forms no fixed phrase lists (a line of at most 40 characters; one-character tests
    first): a search box's placeholder ("Search X..."), a link home ("Zur SZ-Startseite"), a list of the
    outlet's stories ("More HKFP"), a subscription row ("Subscribe  Newsletter", "SZ Plus  Abo"), an image's
    file name as its alt text ("spring-farming-2025-banner")."""
    if first == "s" and low.startswith("search") and low.endswith(("...", "…")) and low.count(" ") <= 3:
        return K.NAVIGATION, "search-box"
    if first == "z" and low.startswith("zur ") and low.endswith("startseite"):
        return K.NAVIGATION, "home-link"
    if first == "m" and norm.startswith("More ") and _section_list_heading(norm):
        return K.RELATED, "related-label"
    if ("subscri" in low or "abo" in low or "donat" in low) and _promo_row(norm, low):
        return K.PROMO, "promo-row"
    if (
        "monthly" in low
        and _FREQUENCIES.issuperset(tokens := low.split())
        and not _ONE_OFF.isdisjoint(tokens)
    ):
        return K.PROMO, "promo-row"  # a donation box's choice: "Once  Monthly  Annual"
    if "-" in low and " " not in low and low.endswith(_IMAGE_SLUG_ENDS) and _IMAGE_SLUG.fullmatch(low):
        return K.CAPTION, "image-slug"
    return None


# The buttons of a subscription row, and the one among them that must be there (see _promo_row).
_PROMO_ROW_WORDS: Final = frozenset(
    ("subscribe", "newsletter", "newsletters", "donate", "abo", "plus", "premium")
)
_PROMO_ROW_KEYS: Final = frozenset(("subscribe", "donate", "abo"))


def _promo_row(norm: str, low: str) -> bool:
    """Two to four subscription buttons run together: 'Subscribe  Newsletter', 'SZ Plus  Abo' (the outlet's
    initials may name its subscription); not a row with a menu link ('Subscribe  Sign in': navigation)."""
    tokens = low.split()
    return (
        2 <= len(tokens) <= 4
        and not _PROMO_ROW_KEYS.isdisjoint(tokens)
        and all(
            t in _PROMO_ROW_WORDS or (len(t) <= 4 and o.isupper())
            for t, o in zip(tokens, norm.split(), strict=False)
        )
    )


# How often a donation or a subscription is paid (its choice of buttons).
_ONE_OFF: Final = frozenset(("once", "one-time", "annual", "annually"))  # (no chart's "Weekly  Monthly")
_FREQUENCIES: Final = frozenset(
    ("once", "one-time", "weekly", "monthly", "quarterly", "annual", "annually", "yearly")
)


# An image's file name shown as its alt text: words joined with hyphens, closing on what the image is.
_IMAGE_SLUG_ENDS: Final = ("-banner", "-image", "-img", "-photo", "-pic", "-thumbnail", "-cover", "-hero")
_IMAGE_SLUG: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){1,10}")


def lowered(norm: str) -> str:
    """The line lower-cased as the rules read it: all of it up to 200 characters; of a longer line,
    only how it opens is looked at, so only its first 32 characters."""
    return norm.lower() if len(norm) <= 200 else norm[:_HEAD].lower()


def _phrase_kind(norm: str, low: str, opens: bool = True) -> tuple[SegmentKind, str] | None:
    """:func:`phrase_kind` given ``low = lowered(norm)`` (computed once per line by the caller);
    ``opens=False`` when the caller knows no opening-gated rule can match (see ``furniture.any_opens``)."""
    size = len(norm)
    if size <= 120:
        first = low[:1]
        if not first.isalpha() or low.startswith(_EXACT_OPENERS.get(first, ())):
            key = _key_of_lower(low)
            kind = _EXACT.get(key)
            if kind is not None:
                return kind, _EXACT_REASON_OF.get(key) or _EXACT_REASON[kind]
            if first == "y" and _you_may_like(key):  # "You may like these stories too:"
                return K.RELATED, _EXACT_REASON[K.RELATED]
            # a wire's end mark with the desk editor's initials: "Enditem/AW" (initials are no editor)
            if first == "e" and key[:8] == "enditem/" and len(key) <= 14 and key[8:].isalpha():
                return K.OTHER, _EXACT_REASON[K.OTHER]
            if not key and is_rule_line(norm):
                return K.OTHER, "separator"
            # "==Kyodo": an agency's photo-credit tag under a caption (a phrase: the agency alone would be a
            # credit line of the text)
            if first == "=" and low[1:2] == "=" and size <= 40 and _TAG_CREDIT.fullmatch(norm):
                return K.CAPTION, "photo-credit"
        # (a line opening with two capitals: a ticker's code, an agency, "The STAR" has a "/")
        if norm[1:2].isupper():
            # "USD 36.58  EUR 39.71  GBP 47.30": a market-data ticker in the site header
            if "." in norm and norm.isascii() and _TICKER.fullmatch(norm):
                return K.OTHER, "market-ticker"
            if size <= 60 and "/" in norm and _AGENCY_PHOTO_CREDIT.fullmatch(norm):
                return K.CAPTION, "photo-credit"
        elif size <= 60 and "/" in norm:
            if norm.startswith("The ") and _AGENCY_PHOTO_CREDIT.fullmatch(norm):
                return K.CAPTION, "photo-credit"
            if first.isalpha() and _NAME_AGENCY_CREDIT.fullmatch(norm):
                return K.CAPTION, "photo-credit"
        if low[-1:] == "%" and low.count("%") >= 3 and _REACTIONS.fullmatch(norm):
            return K.JUNK, "counter"
        if not first.isascii():
            # a Chinese site's copyright notice: "版权说明：…", "X版权声明：…", "版权保护：…"
            if norm.find("版权", 0, 20) >= 0 and _ZH_COPYRIGHT_NOTICE.match(norm):
                return K.CREDIT, "credit-phrase"
            # a channel's list of picked stories: "财经新闻精选：" (selected finance news), a site-wide list
            if size <= 12 and _zh_picks_heading(low):
                return K.NAVIGATION, _EXACT_REASON[K.NAVIGATION]
            # a list's date picker: "日期：2025年04月15日　　选择日期" (date: ...; choose a date)
            if low.endswith("选择日期"):
                return K.NAVIGATION, "date-picker"
        # a news index's item: "[国内] 多地出台措施保障春耕农资供应　4-15 11:06" (a category in brackets, the
        # title, a time without a year)
        if (
            (first == "[" or first == "【" or first == "［")
            and norm[-3:-2] == ":"
            and _INDEX_ITEM.fullmatch(norm)
        ):
            return K.RELATED, "index-item"
        if size <= 80:
            if size <= 40:
                box = _short_box_line(norm, low, first)
                if box is not None:
                    return box
            # (a row ends with a tool word, or with a tool label of several words: checked first)
            end = low.rstrip(_TOOL_SEPARATORS)
            if end.endswith(_ROW_ENDINGS.get(end[-1:], ())):
                tools = _tool_labels(low)
                if _may_be_tool_row(tools) and _is_tool_row_low(tools):
                    return K.SHARE, "tool-row"
            if size <= 40 and ("small" in low or "小" in low) and _is_text_size_row(low):
                return K.OTHER, "text-size"
            if low.endswith(("small", "large")) and _tools_then_sizes(low):
                # (a row opening with the comment box's link takes the kind of its first part)
                return (K.COMMENTS if low.startswith("comment") else K.SHARE), "tool-row"
            if " " not in norm and norm[1:2].islower() and _camel_tool_row(norm):
                return K.SHARE, "tool-row"
            if size <= 60:
                # "DW's Top Stories": a list heading after the site's name (one-character tests first)
                if ("'" in low or "’" in low) and ("'s " in low or "’s " in low):
                    owned = _owned_heading(_key_of_lower(low))
                    if owned is not None:
                        kind = _EXACT[owned]
                        return kind, _EXACT_REASON_OF.get(owned) or _EXACT_REASON[kind]
                if size <= 40 and low.endswith(" count") and _is_count_button(low):
                    return K.SHARE, "tool-row"
            # "Most Read from Bloomberg", "Trending in News": a site-wide list's heading (its items follow)
            if (
                (first == "m" or first == "t")
                and low.startswith(_SITE_LIST_OPENINGS)
                and _site_list_heading(norm)
            ):
                return K.NAVIGATION, _EXACT_REASON[K.NAVIGATION]
            # a photo credit in a copyright's form, on its own line: "Copyright AP Photo/Jane Doe"
            if (first == "c" or first == "©") and "/" in norm and _PHOTO_COPYRIGHT.match(norm):
                return K.CAPTION, "photo-credit"
    if opens and may_open(norm, low, _PREFIX_OPENINGS):
        m = _ANY_PREFIX.match(norm, 0, 200)
        if m is not None and m.lastgroup is not None:
            found = _PREFIX[int(m.lastgroup[1:])]
            return found[0], found[2]
    if size <= 120:
        return _tail_kind(low)
    if not norm[:1].isascii() and norm.find("版权", 0, 20) >= 0 and _ZH_COPYRIGHT_NOTICE.match(norm):
        return K.CREDIT, "credit-phrase"  # (a long one)
    # an agency's description of itself under every story, with its own web address
    reach = _SELF_PROMO_REACH
    if norm.find("www.", 0, reach) >= 0 and _SELF_PROMO.match(norm, 0, reach):
        return K.PROMO, "promo-self-description"
    # a wire's notice to subscribers under every story: "X website contains only a portion of the news stories
    # offered to subscribers ..."
    if norm.find("subscri", 0, reach) >= 0 and _SUBSCRIBER_NOTICE.search(norm, 0, reach):
        return K.PROMO, "promo-subscribers"
    if _address_line(norm):
        return K.CREDIT, "imprint-line"
    return None


# The parts of a postal address (a building, a level or floor, a street), as words of their own.
_ADDRESS_WORDS: Final = re.compile(
    r"\b(?:Level|Floor|Street|St\.|Road|Rd\.|Boulevard|Blvd\.?|Avenue|Ave\.|Building|Tower|Condominium|Block"
    r"|P\.?O\.? Box)\b"
)
_ADDRESS_CHARS: Final = 200
_SENTENCE_ENDS: Final = frozenset('.!?"”’')


def _address_line(norm: str) -> bool:
    """A footer's postal address over 120 characters: 'The X Building, Level 7, Y Boulevard, Z Village, ...,
    City', five short parts or more (at most four words each) between commas, no closing full stop, a
    building, floor or street named. (A shorter one is _tail_kind's.)"""
    if len(norm) > _ADDRESS_CHARS or norm[-1:] in _SENTENCE_ENDS:
        return False
    parts = norm.split(", ")
    return (
        len(parts) >= 5 and all(p.count(" ") <= 3 for p in parts) and _ADDRESS_WORDS.search(norm) is not None
    )


def long_line_may_match(norm: str) -> bool:
    """Whether a line over 120 characters that opens like no prefix rule may still have a kind here: an
    outlet's self-description (its web address), a notice to subscribers, a Chinese copyright notice, a
    postal address (short parts between commas)."""
    return (
        norm.find("www.", 0, _SELF_PROMO_REACH) >= 0
        or norm.find("subscri", 0, _SELF_PROMO_REACH) >= 0
        or norm.find("版权", 0, 20) >= 0
        or (len(norm) <= _ADDRESS_CHARS and norm[-1:] not in _SENTENCE_ENDS and norm.count(", ") >= 4)
    )


_SUBSCRIBER_NOTICE: Final = re.compile(
    r"\bonly (?:a portion|a part|part|some|a selection|a fraction) of the (?:news|stories|content|articles)\b"
    r"[^.]{0,100}\bsubscribers\b|\bcontact us for (?:subscription|subscribing)\b",
    re.I,
)
# (notice, statement, protection: the label opening a Chinese site's copyright notice, the site's name before)
_ZH_COPYRIGHT_NOTICE: Final = re.compile(r"[^\s：:。，]{0,12}版权(?:说明|声明|保护)\s*[:：]")
# "USD 36.58  EUR 39.71  GBP 47.30  BIST 100 9,847.12": three quotes or more, each a code in capitals (an
# index may add its number) and a decimal value (a change in per cent may follow)
_TICKER: Final = re.compile(
    r"(?:[A-Z]{2,6}(?: \d{1,4})?\s+[-+]?\d[\d,]{0,12}\.\d{1,4}(?:\s*[-+]?\d{1,3}(?:\.\d{1,3})?%)?\s*){3,}"
)
# A photo credit alone on its line: a newspaper's name in capitals after "The", or a photo agency, then "/"
# and the photographer's name: "The STAR / Arvin Salcedo", "AFP / Jane Doe" (a section's name after a slash
# is a breadcrumb: "NEWS / Middle East" opens with neither)
_AGENCY_PHOTO_CREDIT: Final = re.compile(
    r"(?:The [A-Z]{2,}(?: [A-Z]{2,}){0,2}|AFP|AP|EPA|EPA-EFE|REUTERS|XINHUA|ANTARA|BERNAMA|KYODO|YONHAP"
    r"|VNA|PNA|AA|DPA|ANSA|GETTY IMAGES)"
    r" ?/ ?[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,3}"
)
# A photographer's name and a picture agency (or a wire's picture desk "via" one) alone on a line:
# "Jane Doe/Getty Images", "John Roe / AFP via Getty Images" (the agencies that sell pictures only: a text
# agency after a name may be a byline, which the pipeline tells by position)
_NAME_AGENCY_CREDIT: Final = re.compile(
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3} ?/ ?(?:(?:AFP|AP|Reuters|Bloomberg|Xinhua|Anadolu) via )?"
    r"(?:Getty Images|Shutterstock|Alamy(?: Stock Photo)?|NurPhoto|SOPA Images|ZUMA (?:Press|Wire)|IMAGO"
    r"|Imago|picture alliance|Sipa(?: USA)?|Redux|iStock|Unsplash)"
)
_TEXT_SIZES: Final = frozenset(("large", "medium", "small", "big", "normal", "大", "中", "小"))
_TEXT_SIZE_BUTTONS: Final = frozenset(("a+", "a-", "a"))


def _is_text_size_row(low: str) -> bool:
    """A text-size control: '【Large】【Medium】【Small】', 'Large  Medium  Small'; maybe page tools after it
    ('大　中　小　打印': large, medium, small, print; the row takes the kind of its first part)."""
    tokens = [t for t in _TOOL_SPLIT.split(low) if t]
    while len(tokens) > 2 and tokens[-1] in _TOOL_WORDS:
        tokens.pop()
    return (
        2 <= len(tokens) <= 4
        and len(sizes := set(tokens) - _TEXT_SIZE_BUTTONS) >= 2
        and _TEXT_SIZES.issuperset(sizes)
    )


# "BERNAMA provides up-to-date ... news and information which are disseminated via BERNAMA Wires;
# www.bernama.com; BERNAMA TV on ...": the outlet's name, what it provides (news), its web address, all in
# the first sentence (case matters for the name).
_SELF_PROMO: Final = re.compile(
    r"[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3} (?:provides|offers|delivers|brings you)\b[^.]{0,120}"
    r"\bnews\b[^.]{0,120}\bwww\."
)
_SELF_PROMO_REACH: Final = 300


# The forms of a company's name that end a footer's company line (lower case; "co ltd" ends with "ltd").
_COMPANY_ENDINGS: Final = (" ltd", " ltd.", " limited", " inc.", " gmbh", " llc", " plc", " sdn bhd", " jsc")
# How a short line can end when it is a call to action, a copyright line or a company's name (the
# lower-cased line's end).
_TAIL_ENDINGS: Final = (
    "here",
    "here.",
    "here!",
    "now",
    "now.",
    "now!",
    "more",
    "more.",
    "reserved",
    "reserved.",
    # (all rights reserved, in French, German and Spanish; subscribe now, in German)
    *("réservés", "réservés.", "vorbehalten", "vorbehalten.", "reservados", "reservados."),
    "abonnieren",
    *_COMPANY_ENDINGS,
)
_RESERVED_ENDINGS: Final = tuple(
    f"{phrase}{stop}"
    for phrase in ("all rights reserved", "droits réservés", "rechte vorbehalten", "derechos reservados")
    for stop in ("", ".")
)
# A call to action closing a line after a full sentence: "... to start your day. Sign up here."
_CALL_END: Final = re.compile(
    r"[.!?]\s+(?:(?:sign up|subscribe|register) (?:here|now)|(?:learn|find out) more|jetzt abonnieren)[.!]?$"
)


# "... sent to your inbox every week.", "... delivered straight to your inbox each morning."
_INBOX_END: Final = re.compile(
    r"\b(?:sent|delivered) (?:straight |direct(?:ly)? )?to your inbox"
    r" (?:(?:every|each) \w+|daily|weekly)[.!]?$"
)
# "Africa Weekly Newsletter", "The Morning Briefing daily newsletter"
_NEWSLETTER_TITLE: Final = re.compile(
    r"(?:[\w'’&-]+ ){0,3}(?:daily|weekly|monthly|morning|evening|email|e-mail|free) newsletters?"
    # a newsletter's name in a sign-up box: "The Daily Report", "X Weekly Briefing"
    r"|(?:[\w'’&-]+ ){0,2}(?:daily|weekly|monthly|morning|evening) (?:report|briefing|digest|roundup)"
)
_NEWSLETTER_ENDS: Final = ("newsletter", "newsletters", "report", "briefing", "digest", "roundup")
# A page's own address alone on a line (a share box's copyable link): a domain, then a path whose last
# parts are a slug of three words or more ("/gippsland-dairy-seaweed-feed-trial/103534890").
_PERMALINK: Final = re.compile(
    r"(?:https?://)?(?:www\.)?[a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,40}){1,3}/(?:[\w-]{1,60}/){0,4}"
    r"[a-z0-9]+(?:-[a-z0-9]+){2,}(?:/\d{1,12}|\.html?)?/?"
    # ... or a story's number: "https://english.ahram.org.eg/news/546213.aspx"
    r"|(?:https?://)?(?:www\.)?[a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,40}){1,3}/(?:[\w-]{1,60}/){0,4}"
    r"\d{4,12}\.(?:aspx?|html?|shtml|php)"
)


# A page's short link alone on a line (a share box's copyable link): "https://arab.news/v7k2q",
# "https://bit.ly/3xYz12" (a code of letters and digits, at least one digit).
_SHORT_LINK: Final = re.compile(
    r"https?://(?:www\.)?[a-z0-9-]{1,30}(?:\.[a-z0-9-]{1,30}){1,2}/(?=[a-z]*\d)[a-z0-9]{4,12}/?"
)
# (searched in a lower-cased line of at most 120 characters and 25 words)
_SIGN_UP: Final = re.compile(
    r"(?:newsletters?|mail magazine|e-?mail (?:alerts?|updates)|bulletin)\s*:\s*"
    r"(?:sign up|subscribe)\b"
    r"|\b(?:sign up|subscribe)(?: now| here| today| free)? (?:to|for) (?:receive |get )?our\b"
)
# (a funder named in the third person: "our journalism is funded by readers like you" is an appeal, not this)
_FUNDING_NOTE: Final = re.compile(
    r"^(?!our |your )[^.,;:]{0,60}\b(?:journalism|reporting) (?:is |was )?(?:co-?)?funded (?:by|through)\b"
    r"|^this (?:story|article|report|reporting|content|series|coverage) (?:was |is )?(?:co-?)?funded\b"
)


# "==Kyodo": an agency's tag under a photo's caption.
_TAG_CREDIT: Final = re.compile(r"==\s?[A-Z][\w.'&-]*(?:[ /][A-Z][\w.'&-]*){0,3}")
# A photo credit printed as a copyright: "Copyright  AP Photo/Jane Doe", "© 2024 AFP/Jane Doe" ("Photo" or
# an agency in capitals, then a "/" and a name; a footer's "© X/Y" without them is the site's).
_PHOTO_COPYRIGHT: Final = re.compile(
    r"(?:(?i:copyright)\s*©?|©)\s*(?:\d{4}\s+)?(?:[A-Z][\w.'&-]*\s+){0,3}(?:(?i:photo)|[A-Z][A-Z.&-]{1,15})"
    r"\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$"
)


def _tail_kind(low: str) -> tuple[SegmentKind, str] | None:
    """The kind of a line of at most 120 characters from how it ends or an imprint phrase inside it
    (``low`` is the line lower-cased): a closing call to action (promo), a closing "All rights
    reserved", a site's imprint ("X, online newspaper of ...", "X - Central organ of ...", a licence or
    registration number, a postal address, "...版权所有"), a newsletter's sign-up line (promo), a funder's
    note (other), a page's own link (share). (An imprint label inside a footer line, "X - Governing body:
    ...", is the pipeline's: it needs the footer.)"""
    if low.endswith(_TAIL_ENDINGS):
        if low.endswith(_COMPANY_ENDINGS):
            # a footer's company line: "Post Media Co Ltd", "X Media Limited" (a few words, the company's
            # form last; else the other rules below read the line)
            if low.count(" ") <= 6 and "." not in low[:-4]:
                return K.CREDIT, "imprint-line"
        elif low.endswith(_RESERVED_ENDINGS):
            return K.CREDIT, "credit-phrase"
        else:
            return (K.PROMO, "promo-call") if _CALL_END.search(low, max(0, len(low) - 40)) else None
    # a newsletter's sign-up box: its pitch ("The latest news ..., sent to your inbox every week.") and its
    # title ("Africa Weekly Newsletter")
    if "inbox" in low and _INBOX_END.search(low, max(0, len(low) - 60)) and low.count(" ") < 25:
        return K.PROMO, "promo-newsletter"
    # "X News Mail Magazine: Sign up to receive our selected news stories for free."
    signs_up = "sign up" in low or "subscribe" in low
    if signs_up and low.count(" ") < 25 and _SIGN_UP.search(low):
        return K.PROMO, "promo-newsletter"
    # a funder's note under the story: "LDR is local body journalism co-funded by RNZ and NZ On Air."
    if "funded" in low and low.count(" ") < 25 and _FUNDING_NOTE.search(low):
        return K.OTHER, "funding-note"
    # a call for readers' stories: "X welcomes stories from readers about ... Send yours to ..."
    if "welcome" in low and _READERS_CALL.search(low):
        return K.PROMO, "promo-phrase"
    # a subscription offer: "Flash sale: €1 a month for 6 months. No commitment."
    if ("€" in low or "$" in low or "£" in low) and _OFFER.search(low) and _OFFER_TERMS.search(low):
        return K.PROMO, "promo-phrase"
    if low.endswith("."):
        return None
    if len(low) <= 40 and low.endswith(_NEWSLETTER_ENDS) and _NEWSLETTER_TITLE.fullmatch(low):
        return K.PROMO, "promo-newsletter"
    slash = "/" in low
    if slash and " " not in low and (_PERMALINK.fullmatch(low) or _SHORT_LINK.fullmatch(low)):
        return K.SHARE, "permalink"
    # a comment's header row: "Jane Doe | 6 hours ago | Reply"
    if low.endswith("reply") and " ago" in low and _COMMENT_ROW.search(low, max(0, len(low) - 40)):
        return K.COMMENTS, "comments-phrase"
    if "online newspaper of" in low:  # "VietnamPlus, online newspaper of the Vietnam News Agency (VNA)"
        return K.CREDIT, "imprint-line"
    # "NHAN DAN - Central organ of the ...", "X - Agency of the Ministry of ...", "VietnamPlus - Vietnam News
    # Agency": the outlet and what it is, in a footer; a licence or registration number ("... số
    # 379/GP-BTTTT", "京ICP备06045433号", "京公网安备11010502037214号")
    # (one-character tests first; the non-ASCII ones only on a line that is not ASCII: isascii costs nothing)
    if low.isascii():
        if ("-" in low and " - " in low) and _SELF_DESCRIPTION.search(low):
            return K.CREDIT, "imprint-line"
        if ((slash and "/gp-" in low) or "icp" in low) and _LICENCE_NUMBER.search(low):
            return K.CREDIT, "imprint-line"
    else:
        if (" - " in low or " – " in low or " — " in low) and _SELF_DESCRIPTION.search(low):
            return K.CREDIT, "imprint-line"
        if ((slash and "/gp-" in low) or "icp" in low or "公网安备" in low) and _LICENCE_NUMBER.search(low):
            return K.CREDIT, "imprint-line"
        if "版权所有" in low and not low.endswith("。"):
            return K.CREDIT, "credit-phrase"
        # an exclusive-copy notice: "声明：本文为X独家稿，未经授权，禁止转载。" (reproduction prohibited)
        # (a short line is the notice alone: "X，未经授权不得转载")
        if (
            "转载" in low
            and _ZH_REPRINT.search(low)
            and (low.startswith(_ZH_NOTICE_OPENINGS) or "独家" in low or len(low) <= _ZH_NOTICE_CHARS)
        ):
            return K.CREDIT, "credit-phrase"
        # a site's disclaimer: "本网站所刊载信息，不代表X观点。" (does not represent the views of X)
        if "不代表" in low and low.startswith(_ZH_NOTICE_OPENINGS) and _ZH_DISCLAIMER.search(low):
            return K.CREDIT, "credit-phrase"
        # an app's pitch: "更多精彩资讯，请在应用市场下载“X”客户端" (for more, download the X app from the
        # app store)
        if "客户端" in low and "下载" in low and _ZH_APP_PITCH.search(low):
            return K.PROMO, "promo-phrase"
        # a news-tip line: "X报料：021-962866" (send us your tips: a hotline)
        if "报料" in low and len(low) <= _ZH_NOTICE_CHARS and _ZH_TIPS.search(low):
            return K.PROMO, "promo-phrase"
    # a postal address in a footer: "X News Agency, 25 Yulgok-ro 2-gil, Jongno-gu, Seoul, Republic of Korea"
    if "," in low and low.count(",") >= 3 and _STREET.search(low):
        return K.CREDIT, "imprint-line"
    # a footer's imprint row: "X Corporation | Publisher: A | Address: ..." (a part opening with a label)
    if "|" in low and ":" in low and _IMPRINT_PART.search(low):
        return K.CREDIT, "imprint-line"
    return None


_IMPRINT_PART: Final = re.compile(
    r"\|\s*(?:publisher|editor-in-chief|address|registration (?:number|no\.?)|tel|fax|hotline|head office)"
    r"\s*:"
)
# (searched in a lower-cased line of at most 120 characters)
_READERS_CALL: Final = re.compile(
    r"\bwelcomes? (?:your )?(?:stories|contributions|submissions|essays|letters|articles|photos)\b"
    r"[^.]{0,40}\bfrom (?:our )?readers\b"
)
# A price per month ("1€ par mois", "$4.99 per month", "£1 a week"), and an offer's terms around it
_OFFER: Final = re.compile(
    r"(?:[€$£]\s?\d[\d.,]{0,6}|\d[\d.,]{0,6}\s?[€$£])\s*(?:par |per |a |pro |im |/\s?)"
    r"(?:mois|semaine|month|week|monat|woche)\b"
)
# (terms only a sales pitch prints: no commitment, cancel any time, a flash sale, a free trial)
_OFFER_TERMS: Final = re.compile(
    r"sans engagement|cancel any ?time|no commitment|jederzeit kündbar|vente flash|flash sale"
    r"|(?:special|limited|introductory) offer|offre spéciale|free trial|essai gratuit"
)


_COMMENT_ROW: Final = re.compile(
    r"\|\s*\d{1,3} (?:seconds?|minutes?|hours?|days?|weeks?|months?) ago\s*\|\s*reply$"
)
# (searched in a lower-cased line of at most 120 characters)
_SELF_DESCRIPTION: Final = re.compile(
    r"^[^.,;:]{2,40} [-–—] (?:the )?(?:(?:central |official )?organ|agency|mouthpiece|official newspaper"
    r"|(?:online |electronic )?newspaper|news site) of\b"
    r"|^[^.,;:]{2,40} [-–—] (?:the )?[\w .'’&-]{0,40}\b(?:news|press) agency$"
    # "Tuoi Tre (Youth) Newspaper - Ho Chi Minh Communist Youth Union": the paper and the body it belongs to
    r"|^[^.,;:]{2,50} newspaper [-–—] [^.,;:]{2,60}\b(?:union|committee|party|ministry|association|federation"
    r"|council|league)$"
    # Vietnamese: "Báo Thanh Niên - Diễn đàn của Hội ..." (the forum, organ or voice of ...)
    r"|^[^.,;:]{2,40} [-–—] (?:diễn đàn|cơ quan(?: ngôn luận)?|tiếng nói) của\b"
)
# A house number and a street after a comma: ", 25 yulgok-ro 2-gil,", ", 1 main street,", ", 12 jalan
# ampang," (searched in a lower-cased line of at most 120 characters)
_STREET: Final = re.compile(
    r", \d{1,5}(?:-\d{1,4})?[a-z]?,? (?:jalan |(?:[\w'’.-]+ ){0,3}?(?:[\w'’.]+-(?:ro|gil|daero)\b"
    r"|[\w'’.-]+ (?:street|st\.?|road|rd\.?|avenue|ave\.?|boulevard|blvd\.?|lane|drive|highway)(?:,|$)))"
)
_ZH_REPRINT: Final = re.compile(
    r"未经[^，,。]{0,10}(?:授权|许可|同意)[，,]?\s*(?:禁止|不得|严禁|请勿|谢绝)(?:任何)?[^，,。]{0,6}转载"
)
# (statement, this article, this site, this paper; "without authorisation")
_ZH_NOTICE_OPENINGS: Final = ("声明", "【声明", "本文", "本网", "本报", "凡本", "未经")
_ZH_NOTICE_CHARS: Final = 30
_ZH_DISCLAIMER: Final = re.compile(r"不代表[^，,。]{0,20}(?:观点|立场)")
# (download ... app: "下载“X”客户端", within one clause)
_ZH_APP_PITCH: Final = re.compile(r"下载[^，,。|]{0,20}客户端")
# (a tip-off label, maybe "hotline", "phone", "mailbox", then a colon and a number or an address)
_ZH_TIPS: Final = re.compile(r"报料(?:热线|电话|邮箱)?\s*[:：]\s*[\d+(（]")
_LICENCE_NUMBER: Final = re.compile(r"\b\d{1,5}/gp-[a-z]|icp\s*[备证]\s*\d{5}|公网安备\s*\d{5}")

_EXACT_REASON: Final = {kind: f"phrase-{kind.value}" for kind in SegmentKind}

# All prefix rules as one alternation (tried in order, like the list): one match call per line.
_ANY_PREFIX: Final = re.compile(
    "|".join(f"(?P<p{i}>{pattern.pattern})" for i, (_, pattern, _) in enumerate(_PREFIX)), re.I
)


class Openings(NamedTuple):
    """How the matches of a case-insensitive regex can begin, for :func:`may_open`.

    ``starts``: the lower-case openings, by first character (``""`` when that character alone
    lets the regex try); ``first``: the characters a match can begin with, for a line opening
    beyond ASCII (compiled with ``re.I``, as the regex sees them).
    """

    starts: dict[str, tuple[str, ...]]
    first: re.Pattern[str]


def openings(starts: tuple[str, ...], any_after: str, first: str) -> Openings:
    """Openings from their lower-case strings, the ASCII characters after which anything may follow,
    and the class of every character a match can begin with."""
    if any(len(s) > _HEAD for s in starts):
        raise ValueError(f"openings are at most {_HEAD} characters (lowered() keeps no more of long lines)")
    table = {ch: tuple(s for s in starts if s[0] == ch) for ch in {s[0] for s in starts}}
    table.update(dict.fromkeys(any_after, ("",)))
    return Openings(table, re.compile(first, re.I))


#: Characters an ASCII letter matches under re.I but that str.lower does not turn into it.
_ODD_FOLDS: Final = ("ı", "ſ", "İ")
_HEAD: Final = 32  # no opening is longer (openings() checks), and lowered() keeps this much of a long line


def may_open(norm: str, low: str, where: Openings) -> bool:
    """Cheap necessary test that a regex with these openings can match at the start of the line.

    On ASCII text re.I is str.lower, so ``low`` (the line lower-cased) opens like the line;
    only "ı", "ſ" and "İ" fold otherwise (the Kelvin sign lower-cases to "k"): then the regex decides.
    """
    if norm.isascii():
        return low.startswith(where.starts.get(low[:1], ()))
    first = norm[:1]
    if not first.isascii():
        return where.first.match(first) is not None
    head = norm[:_HEAD]
    if _ODD_FOLDS[0] in head or _ODD_FOLDS[1] in head or _ODD_FOLDS[2] in head:
        return True
    return low.startswith(where.starts.get(low[:1], ()))


# Every prefix rule's match begins with one of these (lower case), or with "(", a space, a digit or
# "©": the one alternation runs only on such lines. Keep in step with _PREFIX.
_PREFIX_OPENINGS: Final = openings(
    (
        *("read", "also read", "related", "see also", "recommended", "more from ", "xem thêm"),
        *("à lire", "lire aussi", "từ khóa"),
        *("more in ", "other "),  # related-label
        *("list ", "end of list"),  # list-counter
        *("for the latest", "for the more", "for latest", "for more", "our standards", "why you can trust"),
        *("subscribe ", "enjoying this article", "click here", "like us on", "if you ", "would like to"),
        *("cet article", "la suite de", "déjà abonn", "keep up ", "stay up "),  # promo
        *("sign up ", "get ", "support ", "follow us on", "download "),
        *("join ", "by subscribing", "in a time", "in an age", "in an era", "in times"),
        *("have a", "have your", "got a", "receive ", "read a summary", "catch ", "before you go"),  # promo
        *("the rest of", "already a", "subscribe ", "like ", "we'll", "we’ll", "se adhiere", "adheres"),
        *("sigue ", "theo dõi "),
        *("copyright", "all rights reserved", "license for publishing", "registration n", "web"),
        *("editor", "editing by ", "edited by ", "【", "责任编辑", "责编", "translated by"),  # credit-phrase
        *("®", "翻译", "编辑", "审校", "校对"),
        *("leave your comment", "add your comment", "reader comments", "log", "ý kiến", "bình luận"),
        *("dear ", "the comment", "our comment", "comment"),  # comments-phrase
        *("there are no", "no comments", "please see", "see our", "read our", "recommend "),
        *("join ", "ver ", "view ", "see ", "show ", "read ", "全部", "最新", "热门", "评论", "写下", "发表"),
        *("disclaimer", "the comment", "reader", "user comment"),  # comments-notice
        *("share", "suggest to a friend", "follow ", "click here", "分享到", "chia sẻ", "compartir en"),
        *("posted in", "filed under", "tag", "topic", "keyword", "categories", "sort by"),
        "search results for",
        *("about ", "links", "showing ", "skip ", "discover more"),  # tags-line
        *("governing ", "head office", "address", "hotline", "tel", "fax", "press licen", "licen"),
        *("reproduction", "any reproduction", "this service", "this site", "this website", "this page"),
        *("publisher", "phó tổng biên tập", "tổng biên tập", "cơ quan chủ quản", "cơ quan ", "số giấy phép"),
        *("giấy phép số", "thuộc bộ ", "制作单位", "主办单位", "承办单位", "地址", "邮编"),  # imprint-line
        *("bản quyền thuộc", "published by "),
        *("reading time", "correction", "advertisement", "this article ", "this story ", "the view", "view"),
        *("have you ", "found ", "spotted ", "noticed ", "seen ", "see a", "see an", "spot "),
        *("this interview", "this conversation", "this transcript", "this q&a", "this exchange"),
        *("the interview", "the conversation", "the transcript", "the q&a", "the exchange"),
        *(
            "newspaper headline",
            "newspaper section",
            "text size",
            "we use cookies",
            "this site",
            "this website",
        ),
        *("please enable", "please turn on", "javascript", "écouter cet", "artikel anh"),
        *("with your permission", "we and our ", "please note that some processing", "《"),  # other-phrase
        *("font size", "listen to", "this audio", "note", "browser", "best viewed", "we acknowledge"),
        *("aest", "aedt", "acst", "acdt", "awst", "awdt", "the associated press", "the ap", "published in"),
        *("an earlier version", "translation of", "listen", "transcript", "summari", "this is a", "si está"),
        "heard on",
        # (blind8's rules: promo, comments, tags, other)
        *("track ", "a message from", "help ", "not ready", "start your", "a daily", "a weekly", "a monthly"),
        *("sua assinatura", "você já", "já conhece", "os comentários", "ver todos", "read more about"),
        *("địa chỉ", "read time", "summary ", "(*)", "opinion ", "article", "column", "piece", "commentar"),
        *("bài viết", "ouvir "),
    ),
    "(0123456789" + "".join(ch for ch in map(chr, range(128)) if ch.isspace()),
    r"[\s\d(©®abcdefghijklmnoprstuvwxýàéđ【（《责制主承分地邮翻编审校全最热评写发]",
)
