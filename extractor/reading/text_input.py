"""Plain-text letters (.txt, .md), as the seed is rendered: `*italic*`, `**bold**`, blank-line paragraphs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from extractor.reading.inline_html import unwrap
from extractor.reading.letter_parts import (
    MIN_TABLE_ROWS,
    Block,
    RawLine,
    continues,
    ends_sentence,
    follows_list_item,
    normalise_char,
    parse_date_line,
    starts_list_item,
)
from extractor.reference.marks import CELL_MARK, CELL_SEPARATOR, RULE_LINE
from extractor.reference.money import is_currency_mark
from extractor.reference.numbers import INDIAN_GROUPED, parse_grouped_number

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
DEFAULT_TEXT_MIN_WORDS_TO_JOIN = 15  # a paragraph this long that stops mid-sentence was cut by a page break
DEFAULT_TEXT_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")

# Words of a cell ending in a full stop before a wide gap for it to be a sentence, not a head ("Loan No.").
MIN_SENTENCE_WORDS = 3
DEFAULT_COLUMN_SLACK = 3  # characters a cell may stand off its column's edges (right-aligned figures)

_HEADING = re.compile(r"^#{1,6}\s+")
# A cell of a table aligned with spaces: words with single spaces between them (two or more, or a tab, part cells).
_CELL = re.compile(r"[^ \t]+(?: [^ \t]+)*")
_MARKER = re.compile(r"\*+")


def decode(data: bytes) -> str:
    """Bytes of a text file as str, trying UTF-8 first and the usual Windows encoding after."""
    for encoding in DEFAULT_TEXT_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _cells(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each space-separated cell of a source line; one cell for a line whose
    wide gap follows a full stop (two spaces between sentences: "We met in Rome.  The talks ..."), not an
    abbreviation's ("Loan No.    Project")."""
    cells = [(m.start(), m.end(), m.group()) for m in _CELL.finditer(line.expandtabs())]
    # Leader dots ("Roads ........") run a label to its figure: no sentence ends there.
    if any(
        cell[2][-1] in ".!?" and not cell[2].endswith("..") and len(cell[2].split()) >= MIN_SENTENCE_WORDS
        for cell in cells[:-1]
    ):
        return [(cells[0][0], cells[-1][1], line.strip())]
    return cells


def _signs_on_figures(cells: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Cells with a currency's sign padded off its figure ("R$   612.480,00", "$     1,200": the figures aligned
    right under the sign) joined to that figure: one sum, one cell (for a row with more cells than its table's
    columns; a column of its own for the currency, "NOK | 200.0", keeps its cells)."""
    joined: list[tuple[int, int, str]] = []
    for cell in cells:
        if joined and cell[2][:1].isdigit() and is_currency_mark(joined[-1][2]):
            start, _, sign = joined.pop()
            cell = (start, cell[1], f"{sign} {cell[2]}")
        joined.append(cell)
    return joined


# A row's label run onto its first figure by a single space ("Office rent and utilities 1 250 000"): the label,
# then the figure (digits grouped by spaces, commas or stops) at the label cell's end.
_FIGURE = r"\d{1,3}(?:(?P<group>[ ,.])\d{3}(?:(?P=group)\d{3})*)?(?:[.,]\d+)?"
_LABEL_THEN_FIGURE = re.compile(rf"(?P<label>.*[^\d\s,.]) (?P<figure>{_FIGURE})")
# A cell that holds a figure alone ("21,250", "6.0", "2,04,517" in South Asian grouping): a wrapped cell's end is
# words, never a second figure.
_FIGURE_CELL = re.compile(rf"{INDIAN_GROUPED}|{_FIGURE}")


def _label_figure_split(cells: list[tuple[int, int, str]], columns: list[tuple[int, int, str]]) -> list:
    """A row's cells with a first cell of label and figure run together split in two, when that fills its columns."""
    # The row is one cell short of its columns, its first cell a label run onto the second column's figure.
    if len(cells) != len(columns) - 1 or len(columns) < 3:
        return cells
    match = _LABEL_THEN_FIGURE.fullmatch(cells[0][2])
    if match is None:
        return _run_on_split(cells, columns)
    start = cells[0][0]
    label = (start, start + match.end("label"), match.group("label"))
    figure = (start + match.start("figure"), cells[0][1], match.group("figure"))
    split = [label, figure, *cells[1:]]
    return split if all(map(_in_column, split, columns)) else cells


def _run_on_split(cells: list[tuple[int, int, str]], columns: list[tuple[int, int, str]]) -> list:
    """A row's first cell run onto the second column's words by a single space (a code as wide as its column, "AB-12
    Roads and bridges") split where a word starts at that column's edge, when that fills the row's columns."""
    start, end, text = cells[0]
    edge = columns[1][0]
    if not start < edge < end:
        return cells
    word = re.compile(r"(?<= )\S")
    at = [m.start() for m in word.finditer(text) if abs(start + m.start() - edge) <= DEFAULT_COLUMN_SLACK]
    if not at:
        return cells
    cut = min(at, key=lambda k: abs(start + k - edge))
    split = [(start, start + cut - 1, text[: cut - 1]), (start + cut, end, text[cut:]), *cells[1:]]
    return split if all(map(_in_column, split, columns)) else cells


def _in_column(cell: tuple[int, int, str], column: tuple[int, int, str]) -> bool:
    """Whether a cell stands in a column: it starts or ends where the column does, or lies within it."""
    slack = DEFAULT_COLUMN_SLACK
    return (
        abs(cell[0] - column[0]) <= slack
        or abs(cell[1] - column[1]) <= slack
        or (column[0] - slack <= cell[0] and cell[1] <= column[1] + slack)
    )


def _in_columns(cells: list[tuple[int, int, str]], columns: list[tuple[int, int, str]]) -> bool:
    """Whether each cell of a row as wide as the table stands in its column, its label perhaps indented."""
    # The first cell, the row's label, may stand anywhere from the first column's start to short of the second's
    # ("    Total" indented under "Item").
    label, *figures = cells
    first = _in_column(label, columns[0]) or (
        len(columns) > 1 and columns[0][0] - DEFAULT_COLUMN_SLACK <= label[0] and label[1] < columns[1][0]
    )
    return first and all(map(_in_column, figures, columns[1:]))


def _places(
    cells: list[tuple[int, int, str]], columns: list[tuple[int, int, str]], either: bool = False
) -> Optional[list[int]]:
    """The column each cell stands in, left to right, each in its own and short of the next column; None where one
    stands in none, two share one or one runs into the next ("2024 11.50 %" over "2023" and "8.00 %"). ``either``:
    a column standing within a cell places it too (a wide head over a narrow figure)."""
    places = []
    for cell in cells:
        fits = [
            n for n, column in enumerate(columns) if _in_column(cell, column) or (either and _in_column(column, cell))
        ]
        # Narrow columns lie within each other's slack ("1  Peru" under "No. Town"): the nearest edge places it.
        place = min(fits, key=lambda n: min(abs(cell[0] - columns[n][0]), abs(cell[1] - columns[n][1])), default=None)
        if place is None or (places and place <= places[-1]):
            return None
        if place + 1 < len(columns) and cell[1] > columns[place + 1][0]:
            return None
        places.append(place)
    return places


def _total_under_rule(cells: list[tuple[int, int, str]], columns: list[tuple[int, int, str]]) -> Optional[list[int]]:
    """The columns of a total's figures under a rule whose label runs across the narrow first columns ("  Total (9
    items)   1,200" under "No. | Item | ... | Amount"), the label the row's first cell; None for any other line."""
    if len(cells) < 2:
        return None
    label, *figures = cells
    if not all(_FIGURE_CELL.fullmatch(cell[2]) for cell in figures) or label[0] >= columns[-1][0]:
        return None
    places = _places(figures, columns)
    return places if places is not None and places[0] > 0 and label[1] < columns[places[0]][0] else None


def _row_at(cells: list[tuple[int, int, str]], places: list[int], width: int) -> list[str]:
    """A row of ``width`` cells holding each cell's text at its place, the others empty ("Total" and its figures)."""
    row = [""] * width
    for cell, n in zip(cells, places):
        row[n] = cell[2]
    return row


MAX_LABEL_LINES = 4  # the lines a row's label may wrap over above its figures

# How many lines below a head whose first column is empty ("   End-June   End-Dec.") its first full row may stand:
# a rule and a label on a line of its own between them.
HEAD_LOOKAHEAD = 3


def _stub_head(sources: list[str], k: int) -> Optional[list[tuple[int, int, str]]]:
    """The columns of the first full row under line ``k`` when ``k`` heads only its last columns (the first, the rows'
    labels, has no head), else None."""
    head = _cells(sources[k])
    for line in sources[k + 1 : k + 1 + HEAD_LOOKAHEAD]:
        if CELL_MARK in line:
            return None  # rows ruled with bars are read by their bars
        if RULE_LINE.match(line):
            continue
        cells = _cells(line)
        if len(cells) > len(head):
            places = _places(head, cells, either=True)
            return cells if places is not None and places[0] > 0 else None
        if len(cells) > 1:
            return None
    return None


def aligned_rows(sources: list[str]) -> tuple[list[str], list[bool]]:
    """Lines of a paragraph with each row of a table aligned by spaces written as one line, its
    cells joined by CELL_SEPARATOR, and whether each is such a row: a run of at least MIN_TABLE_ROWS
    lines cut by runs of two or more spaces into the same cells (at least two) at stable columns;
    an indented line whose words stand in the columns goes on the cells of the row above
    ("Sustainable Highlands Highway Investment Program," over "Tranche 3"). Within the run, a rule drawn
    between rows is no row; a row with empty cells ("Total" and its figures) keeps its cells in their columns;
    a label on a line of its own over a row opens that row's first cell; a head over the last columns only
    heads them."""
    out: list[str] = []
    rows: list[bool] = []
    k = 0
    while k < len(sources):
        columns = _cells(sources[k])
        table: list[list[str]] = []
        end = k
        if len(columns) > 1 and CELL_MARK not in sources[k]:  # a table ruled with bars is read by its bars
            stub = _stub_head(sources, k)
            label = ""  # a row's label on the lines above its figures
            label_lines = 0  # how many lines it took
            ruled = False  # a rule drawn under the last row
            if stub is not None:
                places = _places(columns, stub, either=True) or []
                table.append(_row_at(columns, places, len(stub)))
                columns, end = stub, k + 1
            while end < len(sources):
                cells = _cells(sources[end])
                if len(cells) > len(columns):
                    cells = _signs_on_figures(cells)
                if table:
                    cells = _label_figure_split(cells, columns)
                if label and cells and cells[0][2].endswith(":") and parse_date_line(label) is not None:
                    # a field's own label ("Prepared by:") opens its row: a date line over it ("Lyon, 3 May 2031") is
                    # a line of its own between two fields, not that label's first words (a wrapped row's label,
                    # "Teachers' training and" over "school meals:", is)
                    break
                places = _places(cells, columns) if table and 1 < len(cells) < len(columns) else None
                if len(cells) == len(columns) and _in_columns(cells, columns):
                    table.append([cell[2] for cell in cells])
                elif table and RULE_LINE.match(sources[end]):
                    ruled = True
                    end += 1
                    continue
                elif places is not None and (places[0] == 0 or ruled):
                    # an indented line under a rule ("    Total   2,000") opens a row, never goes on the one above
                    table.append(_row_at(cells, places, len(columns)))
                elif ruled and (figures := _total_under_rule(cells, columns)) is not None:
                    table.append(_row_at(cells, [0, *figures], len(columns)))
                elif (
                    table
                    and len(cells) == 1
                    and not (label or ruled)
                    and columns[0][0] < cells[0][0] < columns[1][0]
                    and not _opens_row_below(sources, end, cells[0][0])
                ):
                    # a label's words indented under it ("Rural Water Users" over "  Association"): its wrapped end
                    table[-1][0] = f"{table[-1][0]} {cells[0][2]}".strip()
                elif table and len(cells) == 1 and not label and _in_column(cells[0], columns[0]):
                    label, label_lines, label_start = cells[0][2], 1, cells[0][0]
                    end += 1
                    continue
                elif (
                    table
                    and len(cells) == 1
                    and label
                    and label_lines < MAX_LABEL_LINES
                    and label_start <= cells[0][0] < cells[0][1] < columns[1][0]
                ):
                    # a long label wrapped over several lines above its figures, its next lines indented as its first
                    label, label_lines = f"{label} {cells[0][2]}", label_lines + 1
                    end += 1
                    continue
                elif table and cells and cells[0][0] > columns[0][0] + DEFAULT_COLUMN_SLACK and not label:
                    places = [
                        next((n for n, column in enumerate(columns) if _in_column(cell, column)), None)
                        for cell in cells
                    ]
                    if None in places:
                        break
                    if any(
                        _FIGURE_CELL.fullmatch(cell[2]) and _FIGURE_CELL.fullmatch(table[-1][n])
                        for cell, n in zip(cells, places)
                    ):
                        # "Total" and its figures indented under a label: figures under the row's own open a row
                        table.append(_row_at(cells, places, len(columns)))
                    else:
                        for cell, n in zip(cells, places):
                            table[-1][n] = f"{table[-1][n]} {cell[2]}".strip()
                else:
                    break
                if label and len(table) > 1:
                    table[-1][0] = f"{label} {table[-1][0]}".strip()
                label, label_lines, ruled = "", 0, False
                end += 1
            if label:
                end -= label_lines  # a label no row followed is the text after the table
            if stub is not None and len(table) < MIN_TABLE_ROWS + 1:
                table = []
        if len(table) < MIN_TABLE_ROWS:
            out.append(sources[k])
            rows.append(False)
            k += 1
            continue
        out += [CELL_SEPARATOR.join(cells) for cells in table]
        rows += [True] * len(table)
        k = end
    if not all(rows) and (fixed := fixed_width_rows(sources)) is not None:
        return [CELL_SEPARATOR.join(cells) for cells in fixed], [True] * len(fixed)
    return out, rows


MIN_FIXED_COLUMNS = 3  # a fixed-width table read by its columns' gaps: a number or label, words, a figure
MIN_RIVER = 2  # blank characters down every line that part two columns with no rule drawn under the heads


def _rule_runs(line: str) -> list[tuple[int, int]]:
    """The runs of dashes of a rule drawn under a table's heads, one a column ("---  --------  -----")."""
    return [(m.start(), m.end()) for m in re.finditer(r"[-=_]+", line)]


def _river_columns(lines: list[str]) -> list[tuple[int, int]]:
    """The columns of lines aligned by spaces: the spans between gaps of MIN_RIVER or more characters left blank on
    every line (a table's columns, whose words within a cell have single spaces between them)."""
    width = max(len(line) for line in lines)
    filled = [any(k < len(line) and not line[k].isspace() for line in lines) for k in range(width)]
    columns: list[tuple[int, int]] = []
    start: Optional[int] = None
    blank = 0
    for k, full in enumerate([*filled, *[False] * MIN_RIVER]):
        if full:
            start = k if start is None else start
            blank = 0
            continue
        blank += 1
        if start is not None and blank == MIN_RIVER:
            columns.append((start, k - MIN_RIVER + 1))
            start = None
    return columns


def _gap_at(line: str, edge: int) -> Optional[int]:
    """Where a fixed-width line parts the cells either side of a column starting at ``edge``: the blank right before
    it, or the nearest within DEFAULT_COLUMN_SLACK (a typed row a character off its head's columns); None when words
    run across."""
    if edge > len(line):
        return edge
    near = sorted(range(edge - 1 - DEFAULT_COLUMN_SLACK, edge + DEFAULT_COLUMN_SLACK), key=lambda k: abs(k - edge + 1))
    return next((k for k in near if 0 < k < len(line) and line[k].isspace()), None)


def fixed_width_rows(sources: list[str]) -> Optional[list[list[str]]]:
    """The rows of a paragraph that is one fixed-width table whose rows may wrap over several lines, each cell's words
    staying in its column ("11  International Committee of the" over "    Red Cross   Rwanda   Tracing of ..."), or
    None for any other paragraph. Its columns are those of the dashed rule under its heads ("--- -------- ----"), or
    else the gaps blank on every line; a line with words in the first column opens a row, as does a line under a
    rule (a total); a line whose first column is blank goes on the row above, cell by cell. Each row but the heads
    holds a figure."""
    lines = [line.expandtabs().rstrip() for line in sources]
    if len(lines) < MIN_TABLE_ROWS + 1 or CELL_MARK in "".join(lines):
        return None
    rules = [n for n, line in enumerate(lines) if RULE_LINE.match(line)]
    head_rule = next((n for n in rules if n == 1 and len(_rule_runs(lines[n])) >= MIN_FIXED_COLUMNS), None)
    text_lines = [line for n, line in enumerate(lines) if n not in rules]
    if head_rule is not None:
        runs = _rule_runs(lines[head_rule])
        # each column reaches to the next one's start: a right-aligned figure may stand a little left of its run
        columns = [(runs[n][0], runs[n + 1][0] - 1) for n in range(len(runs) - 1)] + [(runs[-1][0], 10**6)]
    else:
        columns = _river_columns(text_lines)
    if len(columns) < MIN_FIXED_COLUMNS:
        return None
    edges = [start for start, _ in columns[1:]]
    table: list[list[str]] = []
    ruled = False
    for n, line in enumerate(lines):
        if n in rules:
            ruled = True
            continue
        gaps = [_gap_at(line, edge) for edge in edges]
        if None in gaps:
            return None  # words run across a column's edge: no line of a fixed-width table
        cuts = [0, *gaps, len(line) + 1]
        cells = [line[a:b].strip() for a, b in zip(cuts, cuts[1:])]
        if cells[0] or ruled or not table:
            table.append(cells)
        else:
            table[-1] = [f"{above} {cell}".strip() for above, cell in zip(table[-1], cells)]
        ruled = False
    heads = 1 if head_rule is not None else 0
    if len(table) - heads < MIN_TABLE_ROWS or not all(
        any(parse_grouped_number(cell) is not None for cell in row[1:]) for row in table[heads:]
    ):
        return None
    return table


def _opens_row_below(sources: list[str], k: int, indent: int) -> bool:
    """Whether line ``k`` is the first line of a label that wraps, at the same indent, onto the next line's figures
    (a row of its own, not the end of the row above)."""
    below = _cells(sources[k + 1]) if k + 1 < len(sources) else []
    return len(below) > 1 and below[0][0] == indent


def _styled_lines(paragraph: str) -> list[RawLine]:
    """Lines of one paragraph with its emphasis markers removed and recorded per character."""
    bold = italic = False
    lines: list[RawLine] = []
    sources, rows = aligned_rows(paragraph.split("\n"))
    for source, row in zip(sources, rows):
        source = _HEADING.sub("", source)
        text: list[str] = []
        b_flags: list[bool] = []
        i_flags: list[bool] = []
        pos = 0
        for match in _MARKER.finditer(source):
            before = source[match.start() - 1] if match.start() > 0 else " "
            after = source[match.end()] if match.end() < len(source) else " "
            chunk = source[pos : match.start()]
            text.append(chunk)
            b_flags += [bold] * len(chunk)
            i_flags += [italic] * len(chunk)
            pos = match.end()
            if (before.isspace() or before.isdigit() or before in ")%") and after.isspace():
                # A bullet, a multiplication sign or a note's mark after a figure ("122.1*"), not emphasis.
                literal = match.group(0)
                text.append(literal)
                b_flags += [bold] * len(literal)
                i_flags += [italic] * len(literal)
                continue
            run = len(match.group(0))
            if run >= 3:
                bold, italic = not bold, not italic
            elif run == 2:
                bold = not bold
            else:
                italic = not italic
        chunk = source[pos:]
        text.append(chunk)
        b_flags += [bold] * len(chunk)
        i_flags += [italic] * len(chunk)
        line, b_out, i_out = _normalised("".join(text), b_flags, i_flags)
        if line.strip():
            lines.append(RawLine(text=line, bold=b_out, italic=i_out, row=row))
    return lines


def _normalised(text: str, bold: list[bool], italic: list[bool]) -> tuple[str, list[bool], list[bool]]:
    """Normalise characters, keep the style flags aligned, and trim the line's outer spaces."""
    out: list[str] = []
    b_out: list[bool] = []
    i_out: list[bool] = []
    last = len(text.rstrip()) - 1
    for k, ch in enumerate(text):
        plain = normalise_char(ch)
        if plain == "\u00ad" and k != last:
            plain = ""  # a soft hyphen inside a line is invisible
        if plain == " " and (not out or out[-1] == " "):
            continue
        out.append(plain)
        b_out += [bold[k]] * len(plain)
        i_out += [italic[k]] * len(plain)
    joined = "".join(out)
    while joined.endswith(" "):
        joined = joined[:-1]
    n = len(joined)
    return joined, b_out[:n], i_out[:n]


def text_blocks(text: str) -> list[Block]:
    """Blocks (paragraphs) of a plain-text letter, paragraphs cut by a page break joined again."""
    text = unwrap(text).replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    for paragraph in re.split(r"\n[ \t]*\n", text):
        lines = _styled_lines(paragraph)
        if not lines:
            continue
        # Each list item is a paragraph of its own, as the PDF reader makes it.
        items: list[list[RawLine]] = [[lines[0]]]
        # A heading in capitals on the first line of a paragraph of text ("PARTNERS" over "ECW's Group is ...")
        # is a paragraph of its own, as the PDF reader makes it; a letterhead's block ends no sentence.
        heading = lines[0].text.isupper() and not lines[-1].text.isupper() and ends_sentence(lines[-1].text)
        for before, line in zip(lines, lines[1:]):
            if (
                starts_list_item(line.text, before.text)
                or follows_list_item(line.text, items[-1][0].text, before.text)
                or (heading and before is lines[0])
            ):
                items.append([line])
            else:
                items[-1].append(line)
        first = items[0]
        # The next item of a list set a paragraph an item ("1. ..." / "2. ...") is no paragraph cut by a page break.
        if (
            blocks
            # A table's last row ("Total | 7,250,000 |") ends no sentence, yet a paragraph of text after it is new.
            and not (CELL_MARK in blocks[-1].lines[-1].text and CELL_MARK not in first[0].text)
            and not follows_list_item(first[0].text, blocks[-1].lines[0].text, blocks[-1].lines[-1].text)
            and continues(
                " ".join(line.text for line in blocks[-1].lines), first[0].text, DEFAULT_TEXT_MIN_WORDS_TO_JOIN
            )
        ):
            blocks[-1].lines.extend(first)
        else:
            blocks.append(Block(first))
        blocks.extend(Block(item) for item in items[1:])
    return blocks


def read_text_blocks(path: Path) -> list[Block]:
    """Blocks of a plain-text letter file."""
    return text_blocks(decode(path.read_bytes()))
