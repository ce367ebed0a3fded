"""Render HTML to its visible text, the way a browser's ``innerText`` does.

Block elements start and end a line (``<p>`` leaves a blank line around it),
``<br>`` breaks the line, list items stand on their own lines, the cells of a
table row follow each other with a tab between them and each row is a line.
``script``, ``style``, ``template``, ``noscript``, ``head`` and the other
elements a browser does not render (images, form controls, media, ``svg``)
give no text, and neither do hidden elements: the ``hidden`` attribute,
``aria-hidden="true"``, an inline ``display:none`` or ``visibility:hidden``,
the body of a closed ``<details>``.  Whitespace is collapsed within lines as
CSS does (``pre``, ``listing``, ``xmp`` and ``plaintext`` keep theirs); a
non-breaking space is not whitespace to CSS and is kept.

Parsing uses lxml (libxml2's HTML parser), which is an order of magnitude
faster than building a BeautifulSoup tree; a ``BeautifulSoup`` (or any bs4
``Tag``) the caller already has is copied into an lxml tree first.  The walk
over the tree is iterative, so 10,000 levels of nesting are fine, and a page
deeper than libxml2's tree limit is re-parsed through a SAX tree builder that
has no such limit.

>>> render_text(to_tree("<p>Hello <b>big</b>   world</p><ul><li>one<li>two</ul>"))
'Hello big world\\n\\none\\ntwo'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final, TypeAlias

from lxml import etree

from ..model import ParseWarning

__all__ = [
    "HtmlInput",
    "TreeInput",
    "local_name",
    "render_text",
    "sanitize",
    "to_tree",
    "to_tree_with_warnings",
]

if TYPE_CHECKING:
    from bs4.element import Tag

#: What :func:`parse_html` accepts: markup, its bytes, a bs4 tree (a ``BeautifulSoup`` is a ``Tag``), lxml.
HtmlInput: TypeAlias = "str | bytes | bytearray | memoryview | Tag | etree._Element | etree._ElementTree"
#: What :func:`to_tree` accepts (bytes are decoded before, see :mod:`newscorpus.html.encoding`).
TreeInput: TypeAlias = "str | Tag | etree._Element | etree._ElementTree"

# Elements that start and end a line (display: block, list-item, table, table-caption, ...).
_BLOCK: Final = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "details",
        "dialog",
        "dd",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "body",
        "legend",
        "li",
        "listing",
        "main",
        "menu",
        "nav",
        "ol",
        "optgroup",
        "option",
        "p",
        "plaintext",
        "pre",
        "search",
        "section",
        "summary",
        "table",
        "caption",
        "tr",
        "ul",
        "xmp",
        "frameset",
    ]
)
# Elements whose content a browser does not render as text.
_SKIP: Final = frozenset(
    [
        "head",
        "title",
        "script",
        "style",
        "template",
        "noscript",
        "meta",
        "link",
        "base",
        "iframe",
        "object",
        "embed",
        "video",
        "audio",
        "canvas",
        "svg",
        "img",
        "picture",
        "input",
        "textarea",
        "select",
        "datalist",
        "param",
        "source",
        "track",
        "area",
        "noembed",
        "noframes",
        "frame",
        "rp",
    ]
)
_PRE: Final = frozenset({"pre", "listing", "xmp", "plaintext"})
_CELLS: Final = frozenset({"td", "th"})
_WS: Final = re.compile("[ \t\n\r\f]+")
_HIDDEN_STYLE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)", re.IGNORECASE)
# Characters libxml2 (and XML) cannot hold: NUL and other C0 controls, lone surrogates, U+FFFE/U+FFFF.
_BAD_CHARS: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# libxml2 stops reading at </html>; a browser carries on into the body, so the end tag is dropped.
_HTML_END: Final = re.compile(r"</html\b[^>]*>", re.IGNORECASE)
_TAG_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]{0,63}")


def sanitize(text: str) -> str:
    """Drop NUL (a browser ignores it), make other characters XML cannot hold U+FFFD (form feed a space).

    >>> sanitize("a\\x00b\\x01c")
    'ab\\ufffdc'
    """
    if "\x00" in text:
        text = text.replace("\x00", "")
    if "\x0c" in text:
        text = text.replace("\x0c", " ")  # form feed is HTML whitespace, but XML cannot hold it
    if _BAD_CHARS.search(text) is None:
        return text
    return _BAD_CHARS.sub("\ufffd", text)


def _parser(target: etree.TreeBuilder | None = None) -> etree.HTMLParser:
    return etree.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
        no_network=True,
        target=target,
    )


def _parse_str(text: str) -> tuple[etree._Element | None, list[ParseWarning]]:
    data = _HTML_END.sub("", sanitize(text)).encode("utf-8")
    if not data.strip():
        return None, []
    parser = _parser()
    root = etree.fromstring(data, parser)
    last = parser.error_log.last_error
    if last is None or last.level < etree.ErrorLevels.FATAL:
        return root, []
    # libxml2 stopped building its tree (too deep): a SAX tree builder has no depth limit.
    builder = _parser(etree.TreeBuilder())
    try:
        builder.feed(data)
        deep: etree._Element | None = builder.close()
    except etree.LxmlError:
        return root, [ParseWarning("html-truncated", f"the HTML parser stopped early: {last.message}")]
    return deep, [ParseWarning("html-deep", "markup nested deeper than libxml2's limit; parsed without it")]


def local_name(tag: str) -> str:
    """Lower-case tag name without a namespace (``{http://www.w3.org/1999/xhtml}P`` gives ``p``)."""
    if tag[:1] == "{":
        tag = tag[tag.find("}") + 1 :]
    return tag.lower()


def _from_soup(soup: Tag) -> etree._Element:
    """Copy a bs4 tree into an lxml tree, iteratively (bs4 trees may be any depth)."""
    from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

    name = getattr(soup, "name", None) or "div"
    root = etree.Element(name if _TAG_NAME.fullmatch(name) and name != "[document]" else "div")
    made: dict[int, etree._Element] = {id(soup): root}
    for node in soup.descendants:
        parent = made.get(id(node.parent))
        if parent is None:
            continue
        if isinstance(node, Tag):
            tag = node.name if _TAG_NAME.fullmatch(node.name or "") else "span"
            el = etree.SubElement(parent, tag.lower())
            for key, value in node.attrs.items():
                if not _TAG_NAME.fullmatch(key):
                    continue
                joined = " ".join(value) if isinstance(value, list) else str(value)
                el.set(key, sanitize(joined))
            made[id(node)] = el
        elif isinstance(node, NavigableString) and not isinstance(
            node, (Comment, Declaration, Doctype, ProcessingInstruction)
        ):
            text = sanitize(str(node))
            if len(parent):
                last = parent[-1]
                last.tail = (last.tail or "") + text
            else:
                parent.text = (parent.text or "") + text
    return root


def to_tree(markup: TreeInput) -> etree._Element | None:
    """An lxml element for ``str`` markup, a bs4 tree or an lxml tree (None for empty markup)."""
    root, _ = to_tree_with_warnings(markup)
    return root


def to_tree_with_warnings(markup: TreeInput) -> tuple[etree._Element | None, list[ParseWarning]]:
    """Like :func:`to_tree`, with the parser's warnings (bytes must be decoded first)."""
    if isinstance(markup, str):
        return _parse_str(markup)
    if isinstance(markup, etree._ElementTree):
        return markup.getroot(), []
    if isinstance(markup, etree._Element):
        return markup, []
    from bs4.element import Tag

    if isinstance(markup, Tag):
        return _from_soup(markup), []
    raise TypeError(
        "newscorpus.parse_html() takes str, bytes, a BeautifulSoup or an lxml element or tree, "
        f"not {type(markup).__name__}"
    )


def _hidden(el: etree._Element) -> bool:
    keys = el.keys()
    if not keys or ("hidden" not in keys and "aria-hidden" not in keys and "style" not in keys):
        return False
    get = el.get
    if get("hidden") is not None:
        return True
    aria = get("aria-hidden")
    if aria is not None and aria.strip().lower() == "true":
        return True
    style = get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None


class _Text:
    """The rendered text being built: content, pending line breaks and a pending space."""

    __slots__ = ("after_tab", "line_start", "out", "pending_nl", "pending_sp", "pre", "started")

    def __init__(self) -> None:
        self.out: list[str] = []
        self.pending_nl = 0
        self.pending_sp = False
        self.started = False
        self.line_start = True
        self.after_tab = False
        self.pre = 0

    def emit(self, chunk: str) -> None:
        out = self.out
        if self.pending_nl:
            if self.started:
                out.append("\n" * (self.pending_nl - 1 if self.line_start else self.pending_nl))
                self.line_start = True
            self.pending_nl = 0
        elif self.pending_sp and not self.line_start and not self.after_tab:
            out.append(" ")
        self.pending_sp = False
        self.after_tab = False
        out.append(chunk)
        self.started = True
        self.line_start = chunk[-1] == "\n"

    def text(self, s: str | None) -> None:
        if not s:
            return
        if self.pre:
            self.emit(s)
            return
        s = _WS.sub(" ", s)
        if s[0] == " ":
            self.pending_sp = True
            s = s[1:]
        if not s:
            return
        trailing = s[-1] == " "
        if trailing:
            s = s[:-1]
        self.emit(s)
        self.pending_sp = trailing

    def block(self, n: int) -> None:
        if self.pending_nl < n:
            self.pending_nl = n
        self.pending_sp = False

    def br(self) -> None:
        if not self.started:
            return
        if self.pending_nl == 0 and not self.line_start:
            self.pending_nl = 1
        else:
            self.pending_nl += 1
        self.pending_sp = False

    def cell_separator(self) -> None:
        if self.started and not self.pending_nl and not self.line_start:
            self.out.append("\t")
            self.pending_sp = False
            self.after_tab = True


def render_text(root: etree._Element | None) -> str:
    """The visible text of ``root`` and its descendants, like ``innerText`` (iterative; any depth)."""
    if root is None:
        return ""
    buf = _Text()
    # Frames: (element, children iterator, local name, cells seen in this row or -1, closed <details>)
    stack: list[tuple[etree._Element, Iterator[etree._Element], str, int, bool]] = []

    def enter(el: etree._Element, name: str) -> bool:
        """Open ``el``; False when it renders nothing (its tail is then the caller's business)."""
        if name in _SKIP or _hidden(el):
            return False
        if name in _BLOCK:
            buf.block(2 if name == "p" else 1)
        elif name in _CELLS and stack and stack[-1][3] >= 0:
            pel, it, pname, cells, closed = stack[-1]
            if cells > 0:
                buf.cell_separator()
            stack[-1] = (pel, it, pname, cells + 1, closed)
        elif name == "br":
            buf.br()
            return False
        if name in _PRE:
            buf.pre += 1
        closed = name == "details" and el.get("open") is None
        stack.append((el, iter(el), name, 0 if name == "tr" else -1, closed))
        text = el.text
        if text and not closed:
            buf.text(text)
        return True

    def leave(name: str) -> None:
        if name in _PRE:
            buf.pre -= 1
        if name in _BLOCK:
            buf.block(2 if name == "p" else 1)

    root_tag = root.tag
    if not isinstance(root_tag, str) or not enter(root, local_name(root_tag)):
        return ""
    while stack:
        el, it, name, _, closed = stack[-1]
        child = next(it, None)
        if child is None:
            stack.pop()
            leave(name)
            tail = el.tail
            if tail and stack and not stack[-1][4]:
                buf.text(tail)  # the tail belongs to the parent (the root's tail is outside it)
            continue
        tag = child.tag
        if isinstance(tag, str):
            cname = tag if tag.islower() and tag[:1] != "{" else local_name(tag)
            if closed and cname != "summary":
                continue
            if enter(child, cname):
                continue  # its tail is emitted when it closes
        tail = child.tail
        if tail and not closed:
            buf.text(tail)
    return "".join(buf.out)
