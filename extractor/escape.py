"""Letter text made safe for each medium it is written to: terminal, CSV and XML.

A letter is untrusted input. Its text reaches a person's terminal (where rich markup such as
``[/bold]`` would be parsed and escape sequences obeyed), a spreadsheet (where a cell that begins
with ``=`` is a formula) and XML files (where most control characters are not allowed). Every
command sends letter text through the one function here for its medium; what the letter says
stays visible, nothing of it acts. (HTML reports escape with ``html.escape`` where they build markup.)
"""

from __future__ import annotations

import math
import re
from typing import Any

# C0 controls, DEL and C1 controls (U+0080-U+009F: a terminal may take U+009B as CSI, U+009D as OSC).
# Tab and newline keep their meaning on a terminal and are left alone.
# Lone surrogates (a path or argument that was not UTF-8, kept by surrogateescape) cannot be printed.
# Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) make a terminal
# show text in another order than it is stored ("Trojan Source"): a sum could be shown reversed.
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
TERMINAL_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff{BIDI_CONTROLS}]")
# The same plus tab and newline, for text that must stay on one line (an error message, a path).
ONE_LINE_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f\ud800-\udfff{BIDI_CONTROLS}]")
SURROGATES = re.compile("[\udc80-\udcff]")
# Unicode's "control pictures" block shows C0 controls as visible symbols (ESC as ␛, CR as ␍).
CONTROL_PICTURES = 0x2400
DELETE_PICTURE = "\u2421"
REPLACEMENT = "\ufffd"
C1_CONTROLS = re.compile("[\x80-\x9f]")
# The same characters in UTF-8 (U+0080-U+009F is C2 80-C2 9F), for JSON written as bytes.
C1_CONTROLS_UTF8 = re.compile(b"\xc2[\x80-\x9f]")
# OWASP, CSV injection: a cell beginning with one of these is a formula (or becomes one) in a spreadsheet.
CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_FORMULA_GUARD = "'"
# What XML 1.0 allows: tab, newline, carriage return and the characters from U+0020 on (no surrogates,
# no U+FFFE/U+FFFF).
XML_NOT_ALLOWED = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _picture(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(CONTROL_PICTURES + code)
    if code == 0x7F:
        return DELETE_PICTURE
    # C1 controls, bidi controls and lone surrogates have no picture: the replacement character says "not shown".
    return REPLACEMENT


def _byte(match: re.Match) -> str:
    code = ord(match.group())
    # surrogateescape keeps an undecodable byte b as U+DC00+b: show the byte the user typed.
    return f"\\x{code - 0xDC00:02x}"


def for_terminal(text: Any) -> str:
    """Text whose control characters (ESC, CSI, OSC, CR, C1, bidi overrides) are visible symbols; tab and newline kept.

    One character for one: the styles of a rich Text stay on the characters they were on.
    """
    return TERMINAL_UNSAFE.sub(_picture, str(text))


def one_line(text: Any) -> str:
    """Text for one terminal line (an error, a path): newlines shown as symbols, undecodable bytes as \\xNN."""
    return ONE_LINE_UNSAFE.sub(_picture, SURROGATES.sub(_byte, str(text)))


def safe_text(text):
    """The same rich Text with its control characters made visible (styles kept)."""
    text.plain = for_terminal(text.plain)
    return text


def terminal_text(text: Any, style: str = ""):
    """A rich Text of the letter's text: never parsed as markup, so ``[/bold]`` and ``[sic]`` print as written."""
    from rich.text import Text

    return Text(for_terminal("" if text is None else text), style=style)


def for_json(text: str) -> str:
    """JSON text with C1 controls escaped too (json.dumps leaves U+0080-U+009F raw; a terminal may obey them)."""
    return C1_CONTROLS.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def for_json_utf8(data: bytes) -> bytes:
    """for_json for JSON text as UTF-8 bytes: the same escapes, without decoding it."""
    # bytes.find runs at memory speed, the regex ~8x slower: walk the C2 lead bytes (few, and most
    # of them NBSP, section signs and the like) and leave the regex to the rare text with a control.
    lead = data.find(b"\xc2")
    while lead != -1:
        if lead + 1 < len(data) and 0x80 <= data[lead + 1] <= 0x9F:
            return C1_CONTROLS_UTF8.sub(lambda match: b"\\u%04x" % match.group()[1], data)
        lead = data.find(b"\xc2", lead + 1)
    return data


def for_csv(value: Any) -> Any:
    """A CSV cell a spreadsheet cannot run (a leading quote before = + - @, tab or CR) and a terminal cannot obey."""
    if not isinstance(value, str):
        return value
    if value.startswith(CSV_FORMULA_STARTS):
        value = CSV_FORMULA_GUARD + value
    return for_terminal(value)


def for_xml(value: Any) -> Any:
    """A value XML 1.0 can hold: characters it does not allow dropped from text, non-finite numbers as text."""
    if isinstance(value, str):
        return XML_NOT_ALLOWED.sub("", value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value
