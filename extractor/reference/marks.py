"""Punctuation marks the stages read as words: apostrophes, possessive clitics, list bullets.

Kept free of spaCy and pdfplumber, so that the store's query path, which reads some of the
relation stages' helpers, starts without them.
"""

from __future__ import annotations

import re

APOSTROPHES = ("'", "\u2019")
# The clitic that makes a name a possessor ("Treasury's", "the States'"), in both apostrophes.
POSSESSIVE_MARKS = frozenset(APOSTROPHES) | frozenset(a + "s" for a in APOSTROPHES)
# The labels opening a letter's subject line ("Subject: ...", "Re: ..."): the matter the letter is about.
SUBJECT_LABELS = frozenset({"subject", "re", "object", "concerning", "subj"})
# A subject line's label and its colon ("SUBJECT:", "Re.:"), unanchored, for each reader to anchor as it reads.
SUBJECT_LABEL = rf"(?:{'|'.join(sorted(SUBJECT_LABELS))})\.?\s*:"
# Marks that open a bulleted list item ("- Provide ...", "• Donate ...", "▪ ..."): one set for the readers'
# line tests and the stages' tokens.
BULLET_MARKS = "-–•*◦▪‣●○■□►▸"
BULLETS = frozenset(BULLET_MARKS)
LEADER_DOTS = re.compile(r"\.{3,}|…+")  # leader dots between a row's label and its figure ("Paid ........ USD 9m")
# A number or letter that numbers a list item, with its stop or bracket: "1.", "2)", "(a)", "b.", "iv)", "B.".
ENUMERATOR = r"\(?(?:[0-9]{1,2}|[A-Za-z]|[a-z]{2}|[ivx]{1,4}|[IVX]{1,4})[.)]"
# The mark that opens a list item, from its line's start up to its first word ("  - ", "2. ", "(b) ").
ITEM_MARK = re.compile(rf"[ \t]*(?:[{re.escape(BULLET_MARKS)}]|{ENUMERATOR})[ \t]+")
# An enumerator taken apart: its opening bracket, its number or letters, and its stop or closing bracket.
_ENUMERATOR_PARTS = re.compile(r"[ \t]*(?P<open>\(?)(?P<label>[0-9]{1,2}|[A-Za-z]{1,4})(?P<close>[.)])[ \t]+")
# Roman numerals as lists number with them, up to the largest ENUMERATOR allows ("xxxi"): numeral -> value.
_ROMAN_ONES = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
ROMAN_VALUES = {"x" * tens + ones: 10 * tens + k for tens in range(4) for k, ones in enumerate(_ROMAN_ONES)}
ROMAN_VALUES.pop("")


def enumerator_values(text: str) -> set[tuple[str, str, str, int]]:
    """What a line's enumerator may count, as (bracket, stop, kind, value): "2." is number 2, "(b)" letter 2,
    "ii)" roman 2, and "i)" both letter 9 and roman 1; empty for a line that opens with no enumerator."""
    match = _ENUMERATOR_PARTS.match(text)
    if not match or not ITEM_MARK.match(text):
        return set()
    label, form = match["label"], (match["open"], match["close"])
    values: set[tuple[str, str, str, int]] = set()
    if label.isdigit():
        values.add((*form, "number", int(label)))
    case = "lower" if label.islower() else "upper" if label.isupper() else ""
    if case and len(label) == 1:
        values.add((*form, f"letter-{case}", ord(label.lower()) - ord("a") + 1))
    if case and label.lower() in ROMAN_VALUES:
        values.add((*form, f"roman-{case}", ROMAN_VALUES[label.lower()]))
    return values


# What stands between two cells of a table row in the body text ("Moldova | energy security | 15"):
# the bar a plain-text table is written with, a token no name or sum is matched across.
CELL_MARK = "|"
CELL_SEPARATOR = f" {CELL_MARK} "


def row_marks(filled: list[bool]) -> tuple[str, list[str], str]:
    """What a table row's text writes before its first written cell, between each two written cells and after the
    last, for a row whose columns are written (True) or empty (False): every column keeps its mark, as the cells
    joined by CELL_SEPARATOR with its runs of spaces closed up ("| | Sub-total | 90" for two empty columns and two
    written ones, "Lamu | | 40" for an empty one between): one row's text from either reader."""
    written = [n for n, cell in enumerate(filled) if cell]
    if not written:
        return "", [], ""
    before = f"{CELL_MARK} " * written[0]
    between = [f" {CELL_MARK}" * (b - a) + " " for a, b in zip(written, written[1:])]
    after = f" {CELL_MARK}" * (len(filled) - 1 - written[-1])
    return before, between, after


# Superscript digits, as a regex class body: a footnote mark glued to a word ("billion¹", "Program²"),
# which Python's regexes count as word characters.
FOOTNOTE_DIGITS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"
# A rule drawn between a table's rows in plain text ("----+----", "====="): no row, and no break in the table.
# Three rule chars, then any more of the class: "{3,}" there backtracked quadratically on a long dash line.
# The gap between two columns set side by side in typed text: three spaces or more, or a tab (two spaces may part
# sentences).
COLUMN_GAP = re.compile(r"[ \t]*\t[ \t]*|[ ]{3,}")
RULE_LINE = re.compile(r"^[\s|+:]*[-=_]{3}[-=_\s|+:]*$")
# An e-mail chain's marks, defined once. The header of a quoted message: "From: ... Sent: Friday, 23 February 2018"
# ("Date:" in some clients), its lines possibly run together into one.
QUOTED_HEADER = r"\bFrom:[^\n]{0,200}?\b(?:Sent|Date):"
# The word a client's separator line names the quoted message by ("-----Original Message-----"), lower case.
QUOTE_SEPARATOR_WORDS = ("original", "forwarded")
# What a client's line over the message it quotes ends with ("On 2 May 2019, A. Person wrote:").
QUOTE_ATTRIBUTION_END = "wrote:"
# What a separator names the text under it ("-----Original Message-----", "--- Original note ---").
QUOTED_TEXT_NOUNS = ("message", "letter", "e-mail", "email", "note")
_SEPARATOR_WORD = "(?:" + "|".join(QUOTE_SEPARATOR_WORDS) + ")"
_SEPARATOR_NOUN = "(?:" + "|".join(QUOTED_TEXT_NOUNS) + ")"
# A client's separator line's text, defined once for the run-together body and for a reader's lines.
_SEPARATOR = rf"-{{2,}}\s*{_SEPARATOR_WORD}\s+{_SEPARATOR_NOUN}\s*-{{2,}}"
# Where a reply's text ends and the earlier message it quotes begins, in a body whose lines may be run together:
# the client's separator ("-----Original Message-----") or the quoted header.
QUOTED_MESSAGE = re.compile(rf"{_SEPARATOR}|{QUOTED_HEADER}", re.IGNORECASE)
# Text between two sums that puts the later one in a message quoted below: the separator or header, or the end of
# the line over it ("wrote:"). The separator's dashes are required: prose says "as the original note promised".
QUOTED_MESSAGE_MARK = re.compile(rf"{QUOTED_MESSAGE.pattern}|{re.escape(QUOTE_ATTRIBUTION_END)}", re.IGNORECASE)
# The same, line by line (a reader's lines): a separator line of its own, or a "From:" line over a "Sent:" line.
QUOTE_SEPARATOR_LINE = re.compile(
    rf"^(?:{_SEPARATOR}|-{{2,}}\s*reply\s+message\s*-{{2,}}|_{{20,}}|"
    rf"on\s.{{4,120}}\b{QUOTE_ATTRIBUTION_END}|begin forwarded message:)$",
    re.I,
)
# The labels of a line naming who gets a copy ("cc:", "c.c.", "Bcc:"), in a letter's foot or an e-mail's head; a
# pattern that reads them sets its own case.
COPY_LABELS = r"cc|c\.c\.|bcc"
# The nouns of what a letter carries under it ("Enclosure", "Annexes", "Attachment", "Appendix"), as a label or a
# heading.
ENCLOSURE_NOUNS = r"enclosures?|annex(?:es)?|attachments?|appendix(?:es)?|appendices"
# The label that opens a line of copies or enclosures under a letter ("cc:", "Encl. (3)", "Attachments"): no part
# of the line above it.
CLOSING_LABEL = re.compile(rf"^({COPY_LABELS}|encs?|encl|{ENCLOSURE_NOUNS}|p\.\s?s\.|copy to)\b", re.I)
# A contact label that opens a letterhead's or a signature's line of numbers ("Tel. 0 2225 ...", "Fax: ..."): no
# part of a name on the line above it that a reader ran on into it.
CONTACT_WORDS = r"tel|telephone|phone|fax|telefax|telex|e-?mail|mob|mobile"
CONTACT_LABEL = re.compile(rf"^(?:{CONTACT_WORDS})[.:]?$", re.I)
QUOTE_FROM_LINE = re.compile(r"^from:\s*\S", re.I)
QUOTE_SENT_LINE = re.compile(r"^(?:sent|date):\s*\S", re.I)
