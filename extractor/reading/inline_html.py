"""HTML left in a plain-text letter (text copied from a web page): its tags as layout, its text as text.

A fact sheet saved from a website keeps some of its page's markup ("<span style=...>Purchases of
$15 billion</span>", "15<sup>th</sup>", a whole "<table>" on one line). Read literally, the tags'
names and attributes became words of the body and of every quoted sentence, and a table's figures
one run-on line. Only the tags of a known HTML vocabulary are read, written as HTML writes them, so
that "<5%" or "<https://...>" stay text; a text without such a tag is returned unchanged.
"""

from __future__ import annotations

import html
import re

from extractor.reference.marks import CELL_SEPARATOR

# Tags whose text runs on with the text around it: dropped, their text kept in place.
DEFAULT_INLINE_TAGS = ("span", "font", "a", "ins", "small", "big", "abbr", "mark", "cite", "sup", "sub", "s")
# Tags that are emphasis: written as the Markdown markers the text reader already reads.
DEFAULT_BOLD_TAGS = ("strong", "b")
# Underline is emphasis too (a run-in heading: "<u>Health</u>"); the reader's one other style is italic.
DEFAULT_ITALIC_TAGS = ("em", "i", "u")
# Tags that end a line or a paragraph.
DEFAULT_LINE_TAGS = ("br",)
DEFAULT_PARAGRAPH_TAGS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote")
DEFAULT_TABLE_TAGS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption")

_KNOWN = (
    DEFAULT_INLINE_TAGS
    + DEFAULT_BOLD_TAGS
    + DEFAULT_ITALIC_TAGS
    + DEFAULT_LINE_TAGS
    + DEFAULT_PARAGRAPH_TAGS
    + DEFAULT_TABLE_TAGS
)
# A start or end tag of the known vocabulary: its name whole, then attributes in quotes or bare words.
_ATTRIBUTES = r"""(?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*/?"""
_TAG = re.compile(rf"<(/?)({'|'.join(_KNOWN)})\b{_ATTRIBUTES}>", re.IGNORECASE)
# The rest of a start tag: never across another "<", so that a text full of unclosed "<b " costs one pass.
_REST = r"[^<>]*>"
_TABLE_OPEN = re.compile(rf"<table\b{_REST}", re.IGNORECASE)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)
_ROW = re.compile(rf"<tr\b{_REST}(.*?)(?=<tr\b|</tr\s*>|$)", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(rf"<t[dh]\b{_REST}(.*?)(?=<t[dh]\b|</t[dh]\s*>|$)", re.IGNORECASE | re.DOTALL)
_SPACES = re.compile(r"[ \t\r\n]+")
_EMPHASIS = "|".join(DEFAULT_BOLD_TAGS + DEFAULT_ITALIC_TAGS)
_EMPTY_EMPHASIS = re.compile(rf"<({_EMPHASIS})\b{_REST}\s*</\1\s*>", re.IGNORECASE)
_SPACE_AFTER_OPENING = re.compile(rf"(<(?:{_EMPHASIS})\b{_REST})(\s+)", re.IGNORECASE)
_SPACE_BEFORE_CLOSING = re.compile(rf"(\s+)(</(?:{_EMPHASIS})\s*>)", re.IGNORECASE)


def has_html(text: str) -> bool:
    """Whether a text holds a tag of the known HTML vocabulary."""
    return _TAG.search(text) is not None


def _plain(fragment: str) -> str:
    """A table cell's text: its tags dropped, its spaces one, its entities read."""
    return html.unescape(_SPACES.sub(" ", _TAG.sub(" ", fragment))).strip()


def _tables_as_rows(text: str) -> str:
    """Each table, from its start tag to the first end tag after it, as one line a row on lines of its own."""
    # A search for the end tag from each start tag would read an unclosed table's text once per later start tag:
    # once no end tag follows a start, none follows a later one either.
    pieces, at = [], 0
    while (opening := _TABLE_OPEN.search(text, at)) and (closing := _TABLE_CLOSE.search(text, opening.end())):
        pieces += [text[at : opening.start()], _table_lines(text[opening.end() : closing.start()])]
        at = closing.end()
    return "".join(pieces) + text[at:]


def _table_lines(body: str) -> str:
    """A table as one line a row, its cells joined by the reader's cell separator, on lines of its own."""
    rows = []
    for row in _ROW.finditer(body):
        cells = [_plain(cell.group(1)) for cell in _CELL.finditer(row.group(1))]
        if any(cells):
            rows.append(CELL_SEPARATOR.join(cells))
    return "\n\n" + "\n".join(rows) + "\n\n" if rows else " "


def _tag_text(match: re.Match) -> str:
    """What a tag stands for in plain text: a marker, a break, or nothing."""
    name = match.group(2).lower()
    if name in DEFAULT_BOLD_TAGS:
        return "**"
    if name in DEFAULT_ITALIC_TAGS:
        return "*"
    if name in DEFAULT_LINE_TAGS:
        return "\n"
    if name in DEFAULT_PARAGRAPH_TAGS or name in DEFAULT_TABLE_TAGS:
        return "\n\n"
    return ""


def unwrap(text: str) -> str:
    """A text with its HTML read: tables as rows of cells, emphasis as markers, other tags gone, entities read."""
    if not has_html(text):
        return text
    text = _tables_as_rows(text)
    # An emphasis pair with nothing in it ("<strong></strong>") would leave a stray marker, and a space
    # just inside one ("<strong>Total </strong>") a marker the text reader takes for a literal star.
    text = _EMPTY_EMPHASIS.sub(" ", text)
    text = _SPACE_AFTER_OPENING.sub(r"\2\1", _SPACE_BEFORE_CLOSING.sub(r"\2\1", text))
    return html.unescape(_TAG.sub(_tag_text, text))
