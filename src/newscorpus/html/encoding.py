"""Turn the bytes of an HTML page into ``str``, the way a browser decides, never raising.

Order: a byte-order mark, then the caller's ``encoding=``, then the page's own
declaration (``<meta charset>`` or ``<meta http-equiv="Content-Type">`` in the
first 4 KiB), then UTF-8 when the bytes are valid UTF-8, then detection with
charset-normalizer, then cp1252 with replacement characters.  Every step that
is skipped because it was wrong (an unknown label, bytes that do not decode,
a single-byte declaration on bytes that are really UTF-8) leaves a warning.

>>> text, warnings = decode_html(b'<meta charset="latin-1"><p>Caf\\xe9</p>')
>>> text[-8:], [w.code for w in warnings]
('Café</p>', ['bytes-decoded'])
"""

from __future__ import annotations

import codecs
import re
from typing import Final

from ..model import ParseWarning

__all__ = ["decode_html", "normalise_label"]

_PRESCAN_BYTES: Final = 4096
_META: Final = re.compile(rb"<meta\b[^>]{0,512}>", re.IGNORECASE)
_CHARSET_ATTR: Final = re.compile(rb"""\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]{1,40})""", re.IGNORECASE)

# WHATWG Encoding Standard labels that differ from Python's codec of the same name.
_WHATWG: Final = {
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "windows-1252": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "utf-16": "utf-8",  # a meta declaration is read in ASCII, so the page is not UTF-16
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "x-user-defined": "cp1252",
    "unicode-1-1-utf-8": "utf-8",
    "utf8": "utf-8",
}
_SINGLE_BYTE_PREFIXES: Final = ("cp12", "cp874", "iso8859", "latin", "koi8", "mac")


def normalise_label(label: str) -> str | None:
    """Python codec name for an encoding label (WHATWG mapping applied), or None when unknown.

    >>> normalise_label("ISO-8859-1"), normalise_label("utf8"), normalise_label("no-such-thing")
    ('cp1252', 'utf-8', None)
    """
    key = label.strip().strip("\"'").lower()
    key = _WHATWG.get(key, key)
    try:
        return codecs.lookup(key).name
    except (LookupError, ValueError):
        return None


def _declared(raw: bytes) -> str | None:
    """The encoding label a ``<meta>`` in the first bytes declares, if any."""
    head = raw[:_PRESCAN_BYTES]
    if b"<" not in head:
        return None
    for m in _META.finditer(head):
        tag = m.group(0)
        found = _CHARSET_ATTR.search(tag)  # charset="x", or content="text/html; charset=x"
        if found is not None:
            return found.group(1).decode("ascii", "replace")
    return None


def _is_single_byte(codec: str) -> bool:
    return codec.startswith(_SINGLE_BYTE_PREFIXES)


def _valid_utf8_with_multibyte(raw: bytes) -> bool:
    if raw.isascii():
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _try(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(raw: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
    except Exception:  # a detector failure must not cost the user the page
        return None
    if best is None:
        return None
    return normalise_label(str(best.encoding))


def decode_html(raw: bytes, encoding: str | None = None) -> tuple[str, list[ParseWarning]]:
    """Decode the bytes of an HTML page; never raises on content.

    Returns the text and the warnings: always one ``bytes-decoded`` naming the
    encoding used and why, plus ``encoding-unknown``, ``encoding-mismatch`` or
    ``encoding-detected`` when the usual sources were missing or wrong.
    """
    warnings: list[ParseWarning] = []
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if raw.startswith(bom):
            return raw[len(bom) :].decode(codec, errors="replace"), [
                ParseWarning("bytes-decoded", f"HTML bytes decoded as {codec} (byte-order mark)")
            ]
    for label, origin in ((encoding, "encoding="), (_declared(raw), "the page's <meta> declaration")):
        if not label:
            continue
        declared = normalise_label(label)
        if declared is None:
            warnings.append(
                ParseWarning("encoding-unknown", f"unknown encoding {label!r} from {origin}; ignored")
            )
            continue
        if declared != "utf-8" and _is_single_byte(declared) and _valid_utf8_with_multibyte(raw):
            warnings.append(
                ParseWarning(
                    "encoding-mismatch",
                    f"{origin} says {label!r} but the bytes are UTF-8; decoded as UTF-8",
                )
            )
            return raw.decode("utf-8"), [
                *warnings,
                ParseWarning("bytes-decoded", "HTML bytes decoded as utf-8"),
            ]
        text = _try(raw, declared)
        if text is not None:
            warnings.append(
                ParseWarning("bytes-decoded", f"HTML bytes decoded as {declared} (from {origin})")
            )
            return text, warnings
        warnings.append(
            ParseWarning("encoding-mismatch", f"the bytes are not valid {label!r} (from {origin}); ignored")
        )
    text = _try(raw, "utf-8")
    if text is not None:
        warnings.append(ParseWarning("bytes-decoded", "HTML bytes decoded as utf-8"))
        return text, warnings
    detected = _detect(raw)
    if detected is not None:
        warnings.append(ParseWarning("encoding-detected", f"no usable declaration; detected {detected}"))
        warnings.append(ParseWarning("bytes-decoded", f"HTML bytes decoded as {detected} (detected)"))
        return raw.decode(detected, errors="replace"), warnings
    warnings.append(
        ParseWarning("bytes-decoded", "HTML bytes decoded as cp1252 (fallback, bad bytes replaced)")
    )
    return raw.decode("cp1252", errors="replace"), warnings
