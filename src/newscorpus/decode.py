"""Turn what the user passed into the ``str`` the pipeline works on, never raising on content."""

from __future__ import annotations

from .model import ParseWarning

__all__ = ["as_text"]


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
