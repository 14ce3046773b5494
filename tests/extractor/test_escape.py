"""Letter text made safe per medium: terminal symbols, CSV formula guards, XML 1.0 characters."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ElementTree

import pytest
from rich.console import Console
from rich.text import Text

from extractor.escape import (
    for_csv,
    for_json,
    for_json_utf8,
    for_terminal,
    for_xml,
    one_line,
    safe_text,
    terminal_text,
)


def test_terminal_shows_escape_sequences_as_symbols_and_keeps_tab_and_newline():
    shown = for_terminal("a\x1b[31mred\x1b]8;;https://x\x1b\\link\x07\r\x9b\tb\nc")
    assert "\x1b" not in shown and "\x07" not in shown and "\r" not in shown and "\x9b" not in shown
    assert shown == "a␛[31mred␛]8;;https://x␛\\link␇␍\ufffd\tb\nc"


def test_one_line_keeps_an_error_on_one_line_and_shows_undecodable_bytes():
    assert one_line("a\nb\tc") == "a␊b␉c"
    assert one_line("/tmp/\udcff.txt") == "/tmp/\\xff.txt"


@pytest.mark.parametrize("control", ["\u202e", "\u202a", "\u2066", "\u2069"])
def test_bidi_overrides_cannot_reorder_what_the_terminal_shows(control):
    # "USD 1,000" with a right-to-left override before the digits would be shown as "USD 000,1".
    shown = for_terminal(f"USD {control}1,000")
    assert shown == "USD \ufffd1,000"
    assert one_line(f"a{control}b") == "a\ufffdb"
    assert for_csv(f"{control}=1+1") == "\ufffd=1+1"


def test_rich_markup_in_letter_text_prints_as_written():
    console = Console(record=True, width=200, color_system=None)
    for text in ("closing [/bold] tag", "a [sic] note", "[link=https://x]y[/link]"):
        console.print(terminal_text(text))
    out = console.export_text()
    assert "closing [/bold] tag" in out and "a [sic] note" in out and "[link=https://x]y[/link]" in out


def test_safe_text_keeps_styles_on_their_characters():
    line = Text("A ")
    line.append("\x1bX", style="bold")
    safe = safe_text(line)
    assert safe.plain == "A ␛X" and [(s.start, s.end, str(s.style)) for s in safe.spans] == [(2, 4, "bold")]


@pytest.mark.parametrize(
    "cell, expected",
    [
        ('=HYPERLINK("https://x","y")', '\'=HYPERLINK("https://x","y")'),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'␍x"),
        ("plain", "plain"),
        ("a = b", "a = b"),
    ],
)
def test_csv_cells_that_a_spreadsheet_would_run_get_a_leading_quote(cell, expected):
    assert for_csv(cell) == expected


def test_csv_numbers_are_left_numbers():
    assert for_csv(-2.5) == -2.5 and for_csv(None) is None


def test_xml_drops_what_xml_1_0_forbids_and_parses():
    text = for_xml("a\x01b\x1b[31mc\ufffe\tok")
    assert text == "ab[31mc\tok"
    assert ElementTree.fromstring(f"<x>{text}</x>").text == text
    assert for_xml(math.inf) == "inf" and for_xml(3) == 3


def test_json_escapes_c1_controls():
    assert for_json('{"a": "x\x9by"}') == '{"a": "x\\u009by"}'


def test_json_as_utf8_gets_the_same_escapes_as_json_as_text():
    every_c1 = "".join(chr(c) for c in range(0x80, 0xA0))
    for text in ('{"a": "x\x9by"}', every_c1, "é € \u00a0 \u0100 \u2028 🇪🇺 \x7f plain", ""):
        assert for_json_utf8(text.encode("utf-8")) == for_json(text).encode("utf-8")
    assert for_json_utf8("\u0085".encode()) == b"\\u0085"
    # C2 lead bytes of other characters before the control (the fast path walks them) and at the end.
    assert for_json_utf8("\u00a0\u00a7 x \u00a0\u0085".encode()) == "\u00a0\u00a7 x \u00a0\\u0085".encode()
    assert for_json_utf8(b"\xc2") == b"\xc2"
