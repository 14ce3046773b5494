"""Tables in a letter's body: the reader writes each row as a paragraph of its own, its cells joined
by ``reference.marks.CELL_SEPARATOR``; a run of such paragraphs is a table, the paragraph above it
its caption and its first row, when it holds no figure, its header."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

from extractor.nlp.data_files import read_jsonl_by_kind
from extractor.reference.marks import CELL_MARK, CELL_SEPARATOR, ITEM_MARK, RULE_LINE
from extractor.reference.money import CURRENCY_SIGNS, is_currency_mark
from extractor.reference.numbers import YEAR_MAX, YEAR_MIN

MIN_ROWS = 2  # a header and a row, or two rows
YEAR = re.compile(r"\d{4}")  # a column head that names a year ("2025"), before the line naming its figures
NOTE_MARKS = "*†‡¹²³⁴⁵⁶⁷⁸⁹⁰"  # a cell's reference to a note below the table ("joint humanitarian responses¹")
PARAGRAPH_BREAK = "\n\n"  # the reader joins paragraphs so
PARAGRAPH = re.compile(r"[^\n](?:[^\n]|\n(?!\n))*")  # a paragraph of the body: lines up to a blank one
# A number alone in a cell, perhaps with a note mark ("63¹", "90.0*"); its groups as amounts reads them.
# A note's mark: superscript digits, asterisks and daggers, or a number in brackets ("programs(1)").
MARK = rf"(?:[{NOTE_MARKS}]+|\(\d{{1,2}}\))"
_MARK_AFTER = re.compile(rf"(?<=\S)(?P<mark>{MARK})$")
# A note below a table opens with its mark ("¹ Covers ...", "(1) Fiji, ..."); one paragraph may hold several.
_NOTE = re.compile(rf"(?:^|(?<=[.;]\s))(?P<mark>{MARK})\s+")
MAX_NOTE_PARAGRAPHS = 3  # notes stand right below their table
MAX_SECTION_HEAD_WORDS = 4  # a section's head inside a table ("CAPITAL WORKS", "Multilateral partners")
HEAD_ABBREVIATION = re.compile(r"[A-Za-z]{1,4}\.")  # a head's abbreviated word ("No.", "Ref."), no row's label
# A day written with dots ("22.07.1994", "1.3.95"), as a German or Scandinavian head dates a column: no figure (a
# number's dot groups hold three digits).
_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})")
SIGNS = frozenset("+-–−")  # a plus or a minus written before a figure
_FIGURE_CELL = re.compile(rf"[-–−+(]?(?P<n>\d[\d.,' \u00a0\u202f\u2009]*\d|\d)\)?[{NOTE_MARKS}]*")
# A sum of money alone in a cell ("EUR 70.0 million", "US$ 1.5m"): a row's figure, never a header's label ("£000",
# a column's unit, is one).
_SUM_CELL = re.compile(
    rf"(?:[A-Z]{{3}}|[A-Z]{{0,3}}[{CURRENCY_SIGNS}])\s?(?!000\b)\d[\d.,' \u00a0]*(?:\s?(?:million|billion|thousand|mn|bn|m|k))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Cell:
    """One cell of a row: where it stands in the body and its text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Table:
    """A table of the body: its caption (the paragraph above it), its header row and its rows."""

    caption: Optional[Cell]
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    notes: tuple[tuple[str, Cell], ...] = ()  # (mark, the note's text) of the notes below it

    def note_of(self, row: tuple[Cell, ...]) -> Optional[Cell]:
        """The note a cell of ``row`` refers to by its mark ("ADF grant¹" → "¹ Covers Samoa ..."), or None."""
        for cell in row:
            match = _MARK_AFTER.search(cell.text)
            if match is not None:
                return next((note for mark, note in self.notes if mark == match.group("mark")), None)
        return None

    @property
    def start(self) -> int:
        """Where the table's first row (its header, when it has one) starts."""
        return (self.header or self.rows[0])[0].start

    @property
    def end(self) -> int:
        """Where its last row ends."""
        return self.rows[-1][-1].end


def _cells(paragraph: re.Match) -> tuple[Cell, ...]:
    """The cells of a row paragraph, each trimmed of its spaces (an empty one kept: the columns count)."""
    cells = []
    start = paragraph.start()
    pieces = paragraph.group().split(CELL_MARK)
    # The bars that open and close a row ("| a | b |") make no cells; a row not closed by one opens on an empty
    # first cell ("| | £000 | £000": a head over the figures only, its first two cells empty).
    opened = bool(pieces[-1].strip())
    # A row that does not open with a bar closes on an empty last cell ("Total | 1,200 |" under "Item | Sum | Note").
    closed_empty = len(pieces) > 2 and bool(pieces[0].strip())
    for n, piece in enumerate(pieces):
        text = piece.strip()
        lead = len(piece) - len(piece.lstrip())
        if text or 0 < n < len(pieces) - 1 or (n == 0 and opened and len(pieces) > 1) or closed_empty:
            cells.append(Cell(start + lead, start + lead + len(text), text))
        start += len(piece) + len(CELL_MARK)
    return tuple(cells)


def is_figure(text: str) -> bool:
    """Whether a cell holds a number alone (a note mark after it allowed), not a year nor a date ("22.07.1994")."""
    match = _FIGURE_CELL.fullmatch(text)
    if match is None or _DOTTED_DATE.fullmatch(text):
        return False
    digits = match.group("n")
    return not (digits.isdigit() and YEAR_MIN <= int(digits) <= YEAR_MAX)


def is_signed_figure(text: str) -> bool:
    """Whether a cell holds a figure written with its sign ("+410", "-36,700", "−5.2"): a change or a deduction."""
    return text[:1] in SIGNS and is_figure(text)


def is_row_figure(text: str) -> bool:
    """Whether a cell holds a row's figure: a number alone, or a sum of money alone ("$9,870,000", "EUR 70.0 million",
    "Rs. 2,204.10 crore")."""
    return is_figure(text) or _SUM_CELL.fullmatch(text) is not None or _signed_sum(text) or _symbol_sum(text)


def _symbol_sum(text: str) -> bool:
    """Whether a cell is any currency symbol touching a figure ("₴1,500.00", "₦250,000"): Unicode's currency symbols,
    beyond the few signs the figures' patterns know; "£000" is a column's unit, thousands of it, no sum."""
    figure = text[1:]
    return len(text) > 1 and unicodedata.category(text[0]) == "Sc" and is_figure(figure) and bool(figure.strip("0"))


@functools.lru_cache(maxsize=1)
def _scale_words() -> frozenset[str]:
    """The scales a figure may take after it ("million", "crore", "lakh"), from the amounts' data."""
    return frozenset(record["text"].lower() for record in read_jsonl_by_kind("amounts.jsonl")["scale"])


def _signed_sum(text: str) -> bool:
    """Whether a cell is a currency's sign or code, a figure and perhaps its scale ("Rs. 849.23 crore", "K 120")."""
    sign, _, rest = text.partition(" ")
    figure, _, scale = rest.strip().partition(" ")
    return is_currency_mark(sign) and is_figure(figure) and (not scale or scale.lower() in _scale_words())


def find_tables(text: str) -> list[Table]:
    """Every table of a body text, in order."""
    # A rule drawn between rows is no row and no break: the table reads through it.
    paragraphs = [p for p in PARAGRAPH.finditer(text) if not RULE_LINE.match(p.group())]
    tables: list[Table] = []
    k = 0
    while k < len(paragraphs):
        end = k
        while end < len(paragraphs) and CELL_SEPARATOR.strip() in paragraphs[end].group():
            end += 1
            if end - k > 1 and _section_head(paragraphs, end, paragraphs[k:end]):
                end += 1  # "CAPITAL WORKS" over the next rows: the table reads on under its section's head
        if end - k < MIN_ROWS:
            k = end + 1
            continue
        rows = [_cells(p) for p in paragraphs[k:end] if CELL_MARK in p.group()]
        rows = [cells for cells in rows if cells]
        caption = None
        if k and CELL_MARK not in paragraphs[k - 1].group():
            above = paragraphs[k - 1]
            caption = Cell(above.start(), above.end(), above.group())
        header: tuple[Cell, ...] = ()
        if rows and not any(is_row_figure(cell.text) for cell in rows[0]):
            header = rows.pop(0)
            while len(rows) > 1 and _heads_go_on(header, rows[0], rows[1]):
                header = _stacked(header, rows.pop(0))
        if rows:
            tables.append(Table(caption, header, tuple(rows), _notes(paragraphs[end : end + MAX_NOTE_PARAGRAPHS])))
        k = end
    return tables


def _heads_go_on(header: tuple[Cell, ...], row: tuple[Cell, ...], below: tuple[Cell, ...]) -> bool:
    """Whether a row without a figure goes on with the header's column heads: under a header of years ("| 2024 |
    2025" over "Country | actual | allocation"), or as a head's second line of a few words right over the figures
    ("Allocation | 1st instalment" over "2030-31 | released" over "412.00 | 206.00")."""
    if len(row) != len(header) or any(is_row_figure(cell.text) for cell in row):
        return False
    years = [cell for cell in header if YEAR.fullmatch(cell.text)]
    if len(years) >= 2:
        return True
    # Its label cell is empty or the end of an abbreviated head ("Sl." over "No."): a row of words opens on its label.
    label = not row[0].text or HEAD_ABBREVIATION.fullmatch(row[0].text) is not None
    short = all(len(cell.text.split()) <= MAX_SECTION_HEAD_WORDS for cell in row)
    return label and short and any(is_row_figure(cell.text) for cell in below)


def _stacked(header: tuple[Cell, ...], row: tuple[Cell, ...]) -> tuple[Cell, ...]:
    """A header whose heads stand over two lines, each column's words read top down, placed on the lower line."""
    return tuple(Cell(low.start, low.end, f"{high.text} {low.text}".strip()) for high, low in zip(header, row))


def _section_head(paragraphs: list[re.Match], k: int, above: list[re.Match]) -> bool:
    """Whether paragraph ``k`` heads a section of the table whose rows so far are ``above``: a few words without a
    figure on a line of their own ("CAPITAL WORKS") over a row as wide as the table's widest."""
    if k + 1 >= len(paragraphs) or CELL_MARK not in paragraphs[k + 1].group():
        return False
    # "B. EMERGENCY GRANTS", "2) Capital works": a section's letter or number opens its head, none of its words
    head = ITEM_MARK.sub("", paragraphs[k].group(), count=1)
    if CELL_MARK in head or any(ch.isdigit() for ch in head) or len(head.split()) > MAX_SECTION_HEAD_WORDS:
        return False
    if head.rstrip()[-1:] in ".:;!?":
        return False  # a sentence, or one that leads into what follows
    if "(" in head or any(ch in CURRENCY_SIGNS for ch in head):
        return False  # "Loans (USD million)": the caption of the next table, with its own unit
    below = [cell.text for cell in _cells(paragraphs[k + 1])]
    if below == [cell.text for cell in _cells(above[0])]:
        return False  # the next table's header, the same as this one's
    return len(below) == max(len(_cells(row)) for row in above)


def _notes(paragraphs: list[re.Match]) -> tuple[tuple[str, Cell], ...]:
    """(mark, note) of each note in the paragraphs below a table, up to the first that opens with no mark."""
    notes = []
    for paragraph in paragraphs:
        text = paragraph.group()
        marks = list(_NOTE.finditer(text))
        if not marks or marks[0].start() != 0:
            break
        for here, after in zip(marks, marks[1:] + [None]):
            end = after.start() if after is not None else len(text)
            note = text[here.end() : end].rstrip()
            notes.append(
                (
                    here.group("mark"),
                    Cell(paragraph.start() + here.end(), paragraph.start() + here.end() + len(note), note),
                )
            )
    return tuple(notes)


def table_of(tables: list[Table], position: int) -> Optional[Table]:
    """The table whose rows hold ``position``, or None."""
    return next((table for table in tables if table.start <= position < table.end), None)


def column_of(row: tuple[Cell, ...], position: int) -> Optional[int]:
    """The index of the cell of ``row`` that holds ``position``, or None."""
    return next((n for n, cell in enumerate(row) if cell.start <= position < cell.end), None)


def row_of(table: Table, position: int) -> Optional[tuple[Cell, ...]]:
    """The row of ``table`` that holds ``position``, or None (its header, or outside it)."""
    return next((row for row in table.rows if row[0].start <= position < row[-1].end), None)
