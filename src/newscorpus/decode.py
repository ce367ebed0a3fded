"""Turn what the user passed into the ``str`` the pipeline works on, never raising on content."""

from __future__ import annotations

from .model import ParseWarning

__all__ = ["as_text", "looks_like_html"]


def as_text(data: object) -> tuple[str, list[ParseWarning]]:
    """``str`` as it is; ``bytes`` decoded (BOM, UTF-8, then cp1252/latin-1) with a warning.

    Anything else is a :class:`TypeError` with a clear message: that is a
    programming error, not messy input.
    """
    if isinstance(data, str):
        return data, []
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        if raw.startswith(b"\xef\xbb\xbf"):
            return raw[3:].decode("utf-8", errors="replace"), [
                ParseWarning("bytes-decoded", "input was bytes; decoded as UTF-8 (BOM)")
            ]
        for enc in ("utf-16",) if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else ():
            return raw.decode(enc, errors="replace"), [
                ParseWarning("bytes-decoded", f"input was bytes; decoded as {enc} (BOM)")
            ]
        try:
            return raw.decode("utf-8"), [ParseWarning("bytes-decoded", "input was bytes; decoded as UTF-8")]
        except UnicodeDecodeError:
            pass
        try:
            text = raw.decode("cp1252")
            enc = "cp1252"
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
            enc = "latin-1"
        return text, [
            ParseWarning("bytes-fallback", f"input was bytes and not valid UTF-8; decoded as {enc}")
        ]
    raise TypeError(f"newscorpus.parse() takes str or bytes, not {type(data).__name__}")


def looks_like_html(text: str) -> bool:
    """Does ``text`` start like HTML markup: ``<!doctype html``, ``<html``, or a fragment of tags?

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("<div class='story'><p>One.</p><p>Two.</p></div>")
    True
    >>> looks_like_html("Big news today\\n\\nBy Jane Doe")
    False
    """
    head = text[:1024].lstrip("\ufeff \t\r\n")
    if not head.startswith("<"):
        return False
    head = head.lower()
    return head.startswith(("<!doctype html", "<html")) or "<html" in head or head.count("</") >= 2
