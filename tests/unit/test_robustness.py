"""Inputs that must never make parse() fall over."""

from __future__ import annotations

import pytest

import newscorpus
from tests.properties.test_partition import assert_partition

ODD_INPUTS = {
    "empty": "",
    "only-whitespace": " \n\t\r\n\u00a0\u3000\n",
    "control-chars": "\x00\x01\x02 headline\x07\n\x1b[31mred\x1b[0m\n",
    "lone-surrogates": "Title \ud800 here\n\nBody \udfff text that goes on and on for a while.",
    "only-cjk": "中国外交部发言人\n\n中国和东盟是近邻。双方关系不断发展，合作成果丰硕。",
    "right-to-left": "عربي Español\n\nمرحبا بالعالم هذه مقالة طويلة بما فيه الكفاية لتكون نصا.",
    "zero-width-line": "Title\n\u200b\u200b\n\nBody text that is long enough to count as prose here.",
    "bom": "\ufeffTitle of the page\n\nBody text.",
    "mixed-breaks": "a\rb\r\nc\u2028d\u2029e\x0bf\x0cg\x85h",
    "long-line": "word " * 20000,
    "many-lines": "Share\n" * 5000,
}


@pytest.mark.parametrize("name", sorted(ODD_INPUTS))
def test_odd_input_parses_losslessly(name: str) -> None:
    text = ODD_INPUTS[name]
    art = newscorpus.parse(text)
    assert_partition(text, art)
    assert not [w for w in art.warnings if w.code == "internal-error"]


def test_ten_megabyte_single_line() -> None:
    text = ("The quick brown fox jumps over the lazy dog. " * 230000)[:10_000_000]
    art = newscorpus.parse(text)
    assert len(art.segments) == 1
    assert art.segments[0].end == len(text.rstrip())


def test_bytes_utf8_decoded_with_warning() -> None:
    art = newscorpus.parse("Título\n\nCuerpo del artículo.".encode())
    assert art.text.startswith("Título")
    assert [w.code for w in art.warnings] == ["bytes-decoded"]


def test_bytes_not_utf8_fall_back_with_warning() -> None:
    art = newscorpus.parse("Caf\xe9 news".encode("latin-1"))
    assert art.text == "Café news"
    assert [w.code for w in art.warnings] == ["bytes-fallback"]


@pytest.mark.parametrize("kind", [bytearray, memoryview])
def test_bytes_like_decoded_with_warning(kind: type[bytearray] | type[memoryview]) -> None:
    art = newscorpus.parse(kind("Título\n\nCuerpo del artículo.".encode()))  # type: ignore[call-overload]
    assert art.text.startswith("Título")
    assert [w.code for w in art.warnings] == ["bytes-decoded"]


@pytest.mark.parametrize("bad", [None, 42, ["a"], {"text": "x"}])
def test_non_text_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="takes str or bytes"):
        newscorpus.parse(bad)  # type: ignore[call-overload]


def test_lines_past_the_limit_are_paragraphs_and_nothing_is_lost() -> None:
    from newscorpus.pipeline import MAX_PAGE_LINES

    head = "Big news today\n\nBy Jane Doe\n\nThe story starts here, and it goes on for a while.\n"
    stamps = "\n".join(f"March {1 + k % 28}, 2023 10:{k % 60:02d}" for k in range(MAX_PAGE_LINES + 500))
    text = head + stamps
    art = newscorpus.parse(text)
    assert_partition(text, art)
    assert (art.headline, art.authors) == ("Big news today", ("Jane Doe",))
    past = [seg for seg in art.segments if seg.reason == "beyond-line-limit"]
    assert len(past) == 503 and all(seg.kind is newscorpus.SegmentKind.PARAGRAPH for seg in past)
    [warning] = [w for w in art.warnings if w.code == "long-page"]
    assert warning.span is not None and (warning.span.start, warning.span.end) == (
        past[0].start,
        past[-1].end,
    )
    assert art.body_text.endswith(past[-1].text)


@pytest.mark.parametrize(
    "markup",
    [
        "<!DOCTYPE html><html><body><h1>Big news today</h1><p>By Jane Doe</p></body></html>",
        "\ufeff\n  <html lang='en'><h1>Big news today</h1><p>The story.</p></html>",
        "<div class='story'><h1>Big news today</h1><p>By Jane Doe</p><p>The story.</p></div>",
    ],
)
def test_html_given_to_parse_gives_a_warning(markup: str) -> None:
    art = newscorpus.parse(markup)
    assert [w.code for w in art.warnings] == ["html-input"]
    assert_partition(markup, art)  # still parsed as text: nothing is lost
    assert newscorpus.parse_html(markup).headline == "Big news today"


@pytest.mark.parametrize("text", ["Big <b>news</b> today\n\nThe story.", "<Breaking> Floods hit the north"])
def test_text_with_a_tag_or_two_is_not_html(text: str) -> None:
    assert not newscorpus.parse(text).warnings
