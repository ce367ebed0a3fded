"""Bytes in: byte-order mark, then ``encoding=``, then ``<meta charset>``, then detection; never raising."""

from __future__ import annotations

import pytest

from newscorpus.html import parse_html
from newscorpus.html.encoding import decode_html

PAGE = "<h1>Café au lait</h1><p>Le café est servi chaud, avec du lait, et il coûte trois euros.</p>"


def codes(art_warnings: object) -> list[str]:
    return [w.code for w in art_warnings]  # type: ignore[attr-defined]


def test_utf8_bom() -> None:
    art = parse_html(b"\xef\xbb\xbf" + PAGE.encode())
    assert art.headline == "Café au lait"
    assert "byte-order mark" in art.warnings[0].message


def test_utf16_bom() -> None:
    art = parse_html(PAGE.encode("utf-16"))
    assert art.headline == "Café au lait"


def test_encoding_argument_wins_over_meta() -> None:
    raw = ('<meta charset="utf-8">' + PAGE).encode("cp1252")
    art = parse_html(raw, encoding="cp1252")
    assert art.headline == "Café au lait"
    assert "encoding-mismatch" not in codes(art.warnings)


def test_meta_charset() -> None:
    raw = ('<meta charset="windows-1252">' + PAGE).encode("cp1252")
    assert parse_html(raw).headline == "Café au lait"


def test_meta_http_equiv_content_type() -> None:
    raw = (
        '<meta http-equiv="Content-Type" content="text/html; charset=GB2312">' + "<h1>中国外交部</h1>"
    ).encode("gb2312")
    assert parse_html(raw).headline == "中国外交部"


def test_latin1_label_means_cp1252() -> None:
    text, _ = decode_html(b'<meta charset="iso-8859-1">\x93quoted\x94')
    assert text.endswith("“quoted”")


def test_no_declaration_utf8() -> None:
    art = parse_html(PAGE.encode())
    assert art.headline == "Café au lait"
    assert codes(art.warnings) == ["bytes-decoded"]


def test_no_declaration_detected() -> None:
    raw = ("<p>" + "Здравствуйте, это длинный русский текст для определения кодировки. " * 5 + "</p>").encode(
        "cp1251"
    )
    art = parse_html(raw)
    assert "encoding-detected" in codes(art.warnings)
    assert "Здравствуйте" in art.text


def test_unknown_declared_encoding_falls_back() -> None:
    art = parse_html(('<meta charset="no-such-charset">' + PAGE).encode())
    assert art.headline == "Café au lait"
    assert "encoding-unknown" in codes(art.warnings)


def test_unknown_encoding_argument_falls_back() -> None:
    art = parse_html(PAGE.encode(), encoding="klingon")
    assert art.headline == "Café au lait"
    assert "encoding-unknown" in codes(art.warnings)


def test_wrong_declared_single_byte_on_utf8_bytes() -> None:
    art = parse_html(('<meta charset="iso-8859-1">' + PAGE).encode())
    assert art.headline == "Café au lait"  # not "CafÃ© au lait"
    assert "encoding-mismatch" in codes(art.warnings)


def test_wrong_declared_multibyte_falls_back() -> None:
    raw = ('<meta charset="utf-8">' + PAGE).encode("cp1252")  # declared UTF-8, really cp1252
    art = parse_html(raw)
    assert "encoding-mismatch" in codes(art.warnings)
    assert art.headline is not None and art.headline.startswith("Caf")


@pytest.mark.parametrize("raw", [b"", b"\x00\x00\x00", b"\xff\xfe", bytes(range(256)), b"\x80" * 1000])
def test_odd_bytes_never_raise(raw: bytes) -> None:
    art = parse_html(raw)
    assert "internal-error" not in codes(art.warnings)


def test_bytearray_and_memoryview() -> None:
    assert parse_html(bytearray(PAGE.encode())).headline == "Café au lait"
    assert parse_html(memoryview(PAGE.encode())).headline == "Café au lait"
