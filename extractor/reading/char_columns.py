"""A page's chars as numpy columns beside their dicts: the first layout stages on whole arrays.

An engine that builds its chars from arrays (the pdfium engine's compiled reader) hands `pdf_lines.page_lines`
these columns too, aligned with its char dicts. Then the visibility test and the grouping of chars into lines
run on arrays, with the same arithmetic and in the same order as `pdf_lines`'s char-by-char code, and give
the same groups, and so do cutting lines into cells and building each cell's line (compiled); anything these paths do not cover (sideways text, a box that is no number) is handed back
to that code.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Sequence
from typing import NamedTuple, Optional

import numpy as np

GLYPH_BITS = 32  # a glyph id: the font name's index above the code point
GLYPH_CODE_MASK = (1 << GLYPH_BITS) - 1  # a glyph id's code point, its font's index masked off
CID_CODE = 0x110000  # past Unicode: the code of every char without one, whose text is pdf_lines.CID_TEXT


class CharColumns:
    """x0, x1, top, bottom and size of each char (float64), and whether it is upright (its matrix's a > 0,
    b = 0) and drawn in a visible colour; a row per char dict, in the same order.

    Optionally, for building lines on arrays (group_lines): glyphs (int64: the font name's index in names,
    shifted left by GLYPH_BITS, or the char's code point: CID_CODE for CID_TEXT, a code past it for a text
    of several letters, spelled out in spelled) and fake_bold (bool).
    """

    __slots__ = ("x0", "x1", "top", "bottom", "size", "upright", "inked", "glyphs", "fake_bold", "names", "spelled")
    _ROWS = 9  # the slots that hold a value a row

    def __init__(self, x0, x1, top, bottom, size, upright, inked, glyphs=None, fake_bold=None, names=()) -> None:
        self.x0, self.x1, self.top, self.bottom, self.size = x0, x1, top, bottom, size
        self.upright, self.inked, self.glyphs, self.fake_bold, self.names = upright, inked, glyphs, fake_bold, names
        self.spelled: dict[int, str] = {}

    def take(self, rows: np.ndarray) -> CharColumns:
        """The columns of these rows only."""
        columns = [getattr(self, name) for name in self.__slots__[: self._ROWS]]
        taken = CharColumns(*(None if column is None else column[rows] for column in columns), names=self.names)
        taken.spelled = self.spelled
        return taken


def shown(columns: CharColumns, width: float, height: float) -> np.ndarray:
    """Rows of the chars on the page and in a visible colour (page_lines's test, char by char)."""
    off = (columns.x1 < 0) | (columns.x0 > width) | (columns.bottom < 0) | (columns.top > height)
    return np.flatnonzero(~off & columns.inked)


def line_groups(columns: CharColumns, chars: Sequence[dict], tolerance: float) -> Optional[list[list[int]]]:
    """The chars grouped into lines as pdf_lines._lines groups upright text, or None where it must do it itself.

    Each group is a list of its chars' rows in columns (and chars), lowest middle first. Chars are taken by their
    vertical middles, lowest first (a stable sort, as sorted()); a char joins the line being built when its middle
    is within tolerance × the larger of its size and the line's first char's.
    """
    if not chars or not columns.upright.all():
        return None
    top, bottom = columns.top, columns.bottom
    middles = (top + bottom) / 2
    if not np.isfinite(middles).all():
        return None  # sorted() and numpy order NaN apart
    sizes = _char_sizes(columns)
    order = np.argsort(middles, kind="stable")
    starts = _starts(np.ascontiguousarray(middles[order]), np.ascontiguousarray(sizes[order]), tolerance)
    rows = order.tolist()
    ends = [*starts[1:], len(rows)]
    return RowGroups([rows[a:b] for a, b in zip(starts, ends)], [b - a for a, b in zip(starts, ends)], order)


class RowGroups(list):
    """line_groups's groups of rows, with each one's length and all their rows in one int64 array, group after group
    (what _flat_rows would make of them again). Never to be changed in place: _flat_rows trusts the copy it holds."""

    __slots__ = ("lengths", "rows")

    def __init__(self, groups: list[list[int]], lengths: list[int], rows: np.ndarray) -> None:
        super().__init__(groups)
        self.lengths, self.rows = lengths, rows


def dict_items(groups: list[list[int]], columns: CharColumns, chars: Sequence[dict]) -> list[list[tuple]]:
    """Groups of rows as pdf_lines's items: (x0, x1, top, bottom, char dict) of each char.

    Each group is sorted by x0 (stably, from the group's order), as _cells and group_lines take a line's chars.
    """
    return _items(*_flat_rows(groups), columns, chars)


def _items(lengths: list[int], rows: np.ndarray, columns: CharColumns, chars: Sequence[dict]) -> list[list[tuple]]:
    """dict_items of the groups of these lengths whose rows stand one group after the other in rows."""
    boxes = (columns.x0[rows].tolist(), columns.x1[rows].tolist(), columns.top[rows].tolist())
    items = list(zip(*boxes, columns.bottom[rows].tolist(), map(chars.__getitem__, rows.tolist())))
    out, at = [], 0
    for length in lengths:
        group = items[at : at + length]
        group.sort(key=_X0)
        out.append(group)
        at += length
    return out


_X0 = operator.itemgetter(0)  # an item's x0


def _char_sizes(columns: CharColumns) -> np.ndarray:
    """Each char's size as pdf_lines reads it (_lines, _group_size): its size, else its height, else 1."""
    sizes = np.where(columns.size != 0, columns.size, columns.bottom - columns.top)
    return np.where(sizes != 0, sizes, 1.0)


def _flat_rows(groups: list[list[int]]) -> tuple[list[int], np.ndarray]:
    """Each group's length, and all the groups' rows in one int64 array, group after group."""
    if isinstance(groups, RowGroups):
        return groups.lengths, groups.rows
    lengths = [len(group) for group in groups]
    return lengths, np.fromiter(itertools.chain.from_iterable(groups), dtype=np.int64, count=sum(lengths))


def script_fields(columns: CharColumns) -> tuple:
    """pdf_lines._attach_scripts's getters of a row's x0, x1, top and bottom (it asks them of a few groups only)."""
    return columns.x0.__getitem__, columns.x1.__getitem__, columns.top.__getitem__, columns.bottom.__getitem__


def _starts(middles: np.ndarray, sizes: np.ndarray, tolerance: float) -> list[int]:
    """Where each line starts in the chars sorted by middle: _lines's test, compiled where numba is loaded."""
    from extractor.reading.pdfium_kernel import loaded, run_kernel

    compiled = loaded()
    if compiled is not None:
        starts = np.empty(len(middles), dtype=np.int64)
        return starts[: run_kernel(compiled.line_starts, middles, sizes, float(tolerance), starts)].tolist()
    middles, sizes = middles.tolist(), sizes.tolist()
    starts = [0]
    middle, size = middles[0], sizes[0]
    for k in range(1, len(middles)):
        mid, char_size = middles[k], sizes[k]
        if abs(mid - middle) <= tolerance * (size if size > char_size else char_size):
            continue
        starts.append(k)
        middle, size = mid, char_size
    return starts


def group_sizes(groups: list[list[int]], columns: CharColumns) -> list[float]:
    """pdf_lines._group_size of each group of rows: the largest of its chars' _char_sizes (met in the group's order)."""
    sizes = _char_sizes(columns)
    lengths, rows = _flat_rows(groups)
    if lengths and min(lengths) > 0 and np.isfinite(sizes).all():
        # Every group's largest at once: the same float (no NaN, and no zero to be -0.0 or 0.0: see _char_sizes).
        starts = np.zeros(len(lengths), dtype=np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])
        return np.maximum.reduceat(sizes[rows], starts).tolist()
    sizes = sizes.tolist()
    return [max(map(sizes.__getitem__, group)) for group in groups]


def group_lines(groups: list[list[int]], columns: CharColumns, chars: Sequence[dict], number: int) -> Optional[list]:
    """Each line's cells' lines (None where a cell writes nothing), as pdf_lines cuts a line of an upright page into
    cells (_cells) and builds each (build_line), compiled; None where it cannot be (numba not loaded, boxes not numbers).

    chars: the page's char dicts, aligned with columns; groups: each line's chars' rows, taken sorted by x0
    (stably) as _cells sorts them. A cell whose text keeps a soft hyphen before its end is built by build_line
    itself, from the dicts.
    """
    from extractor.reading.pdf_lines import DEFAULT_COLUMN_GAP
    from extractor.reading.pdfium_kernel import KernelError, run_kernel

    compiled = _ready(columns)
    if compiled is None or not groups:
        return None
    lengths, rows = _flat_rows(groups)
    bounds = np.zeros(len(groups) + 1, dtype=np.int64)
    np.cumsum(lengths, out=bounds[1:])
    # Every group sorted by x0, ties in the group's order: compiled, group by group (as lexsort by group, then x0).
    try:
        ordered = rows.copy()
        run_kernel(compiled.sort_groups, ordered, bounds, columns.x0)
        rows = ordered
    except KernelError:  # counted and logged: numpy's stable sort gives the same order
        rows = rows[np.lexsort((columns.x0[rows], np.repeat(np.arange(len(groups)), lengths)))]
    glyphs = _Glyphs(columns)
    facts = glyphs.per_char()
    cell_bounds = np.empty(len(rows) + 1, dtype=np.int64)
    group_cells = np.empty(len(groups), dtype=np.int64)
    sizes = np.where(columns.size != 0, columns.size, 1.0)  # _cells: a char's size, 1 for none
    count = run_kernel(
        compiled.cut_cells,
        rows,
        bounds,
        columns.x0,
        columns.x1,
        sizes,
        facts.unlettered,
        float(DEFAULT_COLUMN_GAP),
        cell_bounds,
        group_cells,
    )
    lines = _cell_lines(compiled, rows, cell_bounds[: count + 1], columns, glyphs, facts, number)
    return _lines_by_group(lines, group_cells, rows, cell_bounds, columns, chars, number)


def page_cells(columns: CharColumns, chars: Sequence[dict], number: int) -> Optional[tuple[list, list]]:
    """line_groups and pdf_lines._rows_in_order's steps to group_lines in one compiled call (pdfium_numba.page_cells):
    (groups, each group's cells' lines), or None where line_groups and group_lines must read the page (numba not
    loaded, sideways text, boxes not numbers, a script set in a line).

    The groups are what _rows_in_order hands _table_rows: dict_items's where a line has more than one cell written,
    else empty (it reads a line's chars only then).
    """
    from extractor.reading.pdf_lines import (
        DEFAULT_COLUMN_GAP,
        DEFAULT_LINE_TOLERANCE,
        DEFAULT_SCRIPT_SIZE,
        DEFAULT_SUPERSCRIPT_RISE,
        DEFAULT_SUPERSCRIPT_SIZE,
        DEFAULT_WORD_GAP,
    )
    from extractor.reading.pdfium_kernel import run_kernel

    if not chars or not columns.upright.all():
        return None
    compiled = _ready(columns)
    if compiled is None:
        return None
    glyphs = _Glyphs(columns)
    count = len(columns.x0)
    params = np.array(
        [
            DEFAULT_LINE_TOLERANCE,
            DEFAULT_SCRIPT_SIZE,
            DEFAULT_COLUMN_GAP,
            DEFAULT_SUPERSCRIPT_SIZE,
            DEFAULT_SUPERSCRIPT_RISE,
            DEFAULT_WORD_GAP,
        ],
        dtype=float,
    )
    middles = (columns.top + columns.bottom) / 2
    rows, bounds = np.argsort(middles, kind="stable"), np.empty(count + 1, dtype=np.int64)
    cell_bounds, group_cells = np.empty(count + 1, dtype=np.int64), np.empty(count, dtype=np.int64)
    outputs = _line_outputs((int(glyphs.code_len.max()) + 1) * count, count)
    counts = np.zeros(2, dtype=np.int64)
    points = np.empty(len(outputs[0]), dtype=np.uint32)
    written = run_kernel(
        compiled.page_cells,
        columns.x0,
        columns.x1,
        columns.top,
        columns.bottom,
        columns.size,
        columns.glyphs,
        columns.fake_bold,
        glyphs.code_of,
        glyphs.code_len,
        glyphs.code_cid,
        glyphs.code_note,
        glyphs.code_blank,
        glyphs.code_unlettered,
        glyphs.name_styles,
        params,
        middles,
        rows,
        bounds,
        cell_bounds,
        group_cells,
        *outputs,
        counts,
        GLYPH_BITS,
        glyphs.letters,
        glyphs.first_letter,
        points,
    )
    if written < 0:
        return None
    n_lines, n_cells = counts.tolist()
    page_text = points[:written].tobytes().decode("utf-32-le", "surrogatepass")
    lines = _raw_lines(page_text, outputs, n_cells, number)
    built = _lines_by_group(lines, group_cells[:n_lines], rows, cell_bounds, columns, chars, number)
    if any(len(cells) > 1 and sum(line is not None for line in cells) > 1 for cells in built):
        return _items(np.diff(bounds[: n_lines + 1]).tolist(), rows, columns, chars), built
    return [()] * n_lines, built


def _lines_by_group(lines: list, group_cells: np.ndarray, rows, cell_bounds, columns, chars, number: int) -> list:
    """The cells' lines parted into each group's (group_cells: each one's count), a soft hyphen's cell built by
    build_line from its dicts."""
    out, at = [], 0
    for cells in group_cells.tolist():
        line_list = lines[at : at + cells]
        for k, line in enumerate(line_list):
            if line is _SOFT_HYPHEN:  # build_line drops a soft hyphen inside a line: let it build the cell
                from extractor.reading.pdf_lines import build_line

                cell = rows[cell_bounds[at + k] : cell_bounds[at + k + 1]].tolist()
                line_list[k] = build_line(dict_items([cell], columns, chars)[0], number)
        out.append(line_list)
        at += cells
    return out


_SOFT_HYPHEN = object()  # _cell_lines's mark for a cell whose text keeps a soft hyphen before its end


def _ready(columns: CharColumns):
    """The compiled module, if loaded and the columns can go through it (finite boxes, glyphs given), else None."""
    from extractor.reading.pdfium_kernel import loaded

    compiled = loaded()
    if compiled is None or columns.glyphs is None:
        return None
    for column in (columns.x0, columns.x1, columns.top, columns.bottom, columns.size):
        if not np.isfinite(column).all():
            return None  # min(), max() and sorted() treat NaN apart from numpy
    return compiled


class _Glyphs:
    """What pdf_lines's _cells and build_line ask of each char's text and font, asked once per distinct code and font:
    tables by code (a char's is code_of[row]) and by font name (name_styles: bold, italic)."""

    def __init__(self, columns: CharColumns) -> None:
        from extractor.reading.pdf_lines import CID_TEXT, cached_font_style

        codes, code_of = unique_inverse(columns.glyphs & GLYPH_CODE_MASK)
        spelled = columns.spelled
        texts = [CID_TEXT if code == CID_CODE else spelled.get(code) or chr(code) for code in codes.tolist()]
        plains, cid, note, blank, unlettered, plain_len = zip(*map(_glyph_facts, texts))
        self.code_of = code_of
        # Every distinct code's plain form, letter after letter, as code points; each code's first letter's place.
        self.letters = _code_points("".join(plains))
        self.first_letter = np.zeros(len(plains), dtype=np.int64)
        np.cumsum(plain_len[:-1], out=self.first_letter[1:])
        self.code_cid, self.code_note, self.code_blank = np.array(cid), np.array(note), np.array(blank)
        self.code_unlettered = np.array(unlettered)  # _cells's blank
        self.code_len = np.array(plain_len, dtype=np.int64)
        self.name_styles = np.array([cached_font_style(name) for name in columns.names], dtype=bool).reshape(-1, 2)
        self._columns = columns

    def per_char(self) -> _CharFacts:
        """The tables taken for each char (group_lines's kernels take them so)."""
        code_of, columns = self.code_of, self._columns
        name_of = columns.glyphs >> GLYPH_BITS
        return _CharFacts(
            self.code_len[code_of],
            self.code_cid[code_of],
            self.code_note[code_of],
            self.code_blank[code_of],
            self.code_unlettered[code_of],
            self.name_styles[name_of, 0] | columns.fake_bold,
            np.ascontiguousarray(self.name_styles[name_of, 1]),
        )


class _CharFacts(NamedTuple):
    """_Glyphs's facts of each char: its plain form's length, CID name, note mark, blank once plain, blank as it is
    (_cells's), bold (its font's, or a fake-bold copy's) and italic."""

    plain_len: np.ndarray
    cid: np.ndarray
    note: np.ndarray
    blank: np.ndarray
    unlettered: np.ndarray
    bold: np.ndarray
    italic: np.ndarray


_FACTS: dict[str, tuple] = {}  # _glyph_facts per char text: the same few glyphs make up every page


def _glyph_facts(text: str) -> tuple:
    """What _cells and build_line ask of a char's text: its plain form, whether it is a CID name, a raised note's
    mark, blank once plain, blank as it is (_cells), and its plain form's length; looked up in a table."""
    facts = _FACTS.get(text)
    if facts is None:
        from extractor.reading.pdf_lines import CID_NAME, DEFAULT_MAX_PLAIN, RAISED_NOTE_MARKS, plain_char

        if len(_FACTS) > DEFAULT_MAX_PLAIN:
            _FACTS.clear()  # a long-lived worker meets many scripts: keep the table small
        plain = plain_char(text)
        cid = text[0] == "(" and bool(CID_NAME.match(text))
        blank = not plain or plain.isspace()
        facts = _FACTS[text] = (plain, cid, text in RAISED_NOTE_MARKS, blank, not text.strip(), len(plain))
    return facts


SMALL_VALUES = 1 << 17  # unique_inverse looks values below this up in a table instead of sorting them


def unique_inverse(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """np.unique(values, return_inverse=True) of non-negative int64s (the inverse flat), by a table where all are small."""
    if not values.size or int(values.max()) >= SMALL_VALUES:
        found, inverse = np.unique(values, return_inverse=True)
        return found, inverse.reshape(-1)
    present = np.zeros(int(values.max()) + 1, dtype=bool)
    present[values] = True
    found = np.flatnonzero(present)
    index = np.empty(len(present), dtype=np.int64)
    index[found] = np.arange(len(found))
    return found.astype(values.dtype), index[values]


def _code_points(text: str) -> np.ndarray:
    """The code points of text (a lone surrogate as itself), as uint32 (writable: numba's kernels take no other)."""
    return np.frombuffer(bytearray(text.encode("utf-32-le", "surrogatepass")), dtype="<u4")


def glyph_ranks(glyphs: np.ndarray) -> np.ndarray:
    """Each glyph id's rank among the page's distinct ones (equal for equal ids, in their order), as int16 where
    they fit: numpy sorts such small keys by radix, several times faster (pdf_lines.copies_possible's sort)."""
    names, codes = glyphs >> GLYPH_BITS, glyphs & GLYPH_CODE_MASK
    found, ranks = unique_inverse(names * (int(codes.max()) + 1) + codes)
    return ranks.astype(np.int16) if len(found) <= np.iinfo(np.int16).max else ranks


def _cell_lines(compiled, rows, bounds, columns: CharColumns, glyphs: _Glyphs, facts: _CharFacts, number: int) -> list:
    """pdf_lines.build_line of each cell (rows[bounds[c]:bounds[c + 1]], sorted by x0), by pdfium_numba.cell_lines."""
    from extractor.reading.pdf_lines import DEFAULT_SUPERSCRIPT_RISE, DEFAULT_SUPERSCRIPT_SIZE, DEFAULT_WORD_GAP
    from extractor.reading.pdfium_kernel import run_kernel

    cells = len(bounds) - 1
    room = int(facts.plain_len[rows].sum()) + len(rows)  # every letter written, and a space before each char at most
    outputs = _line_outputs(room, cells)
    written = run_kernel(
        compiled.cell_lines,
        rows,
        bounds,
        columns.x0,
        columns.x1,
        columns.top,
        columns.bottom,
        columns.size,
        facts.plain_len,
        facts.cid,
        facts.note,
        facts.blank,
        facts.bold,
        facts.italic,
        float(DEFAULT_SUPERSCRIPT_SIZE),
        float(DEFAULT_SUPERSCRIPT_RISE),
        float(DEFAULT_WORD_GAP),
        *outputs,
    )
    # Each written place's letter: a space, or the letter its char's plain form has there (its out_sub-th). The
    # page's text, decoded once, has a letter a place, and each cell's text is its slice.
    written_rows = outputs[0][:written]
    at = glyphs.first_letter[glyphs.code_of[np.maximum(written_rows, 0)]] + outputs[1][:written]
    points = np.where(written_rows < 0, ord(" "), glyphs.letters[np.minimum(at, len(glyphs.letters) - 1)])
    return _raw_lines(points.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass"), outputs, cells, number)


def _line_outputs(room: int, cells: int) -> tuple:
    """pdfium_numba.cell_lines's outputs for room places written and this many cells: each place's row, letter, x0,
    x1, bold and italic; each cell's end and box."""
    return (
        np.empty(room, dtype=np.int64),
        np.empty(room, dtype=np.int64),
        np.empty(room),
        np.empty(room),
        np.empty(room, dtype=bool),
        np.empty(room, dtype=bool),
        np.empty(cells, dtype=np.int64),
        np.empty((cells, 5)),
    )


def _raw_lines(page_text: str, outputs: tuple, cells: int, number: int) -> list:
    """Each cell's RawLine from cell_lines's outputs (_line_outputs; cells of them) and the text of the places it wrote
    (one letter a place), None where a cell wrote nothing, _SOFT_HYPHEN where its text keeps one before its end."""
    from extractor.reading.letter_parts import PagePlaces, RawLine
    from extractor.reading.rounding import RoundedLater

    written = len(page_text)
    _, _, out_x0, out_x1, out_bold, out_italic, out_end, cell_box = outputs
    x0s, x1s = out_x0[:written].tolist(), out_x1[:written].tolist()
    # The page's places rounded at once when assemble first asks, as it rounds the lines' (each from its first place),
    # and its flags taken by assemble from the arrays; copies, which let the kernel's larger outputs go.
    bold, italic = out_bold[:written].copy(), out_italic[:written].copy()
    places = PagePlaces(RoundedLater((out_x0[:written].copy(), out_x1[:written].copy())), bold, italic)
    bolds, italics = bold.tolist(), italic.tolist()
    lines: list = []
    begin = 0
    for end, box in zip(out_end[:cells].tolist(), cell_box[:cells].tolist()):
        if box[0] != box[0]:  # NaN: no char written
            lines.append(None)
        else:
            text = page_text[begin:end]
            if "\u00ad" in text[:-1]:
                lines.append(_SOFT_HYPHEN)
            else:
                bbox = (box[0], box[1], box[2], box[3])
                lines.append(
                    RawLine(
                        text=text,
                        page=number,
                        bbox=bbox,
                        char_x0=x0s[begin:end],
                        char_x1=x1s[begin:end],
                        bold=bolds[begin:end],
                        italic=italics[begin:end],
                        size=box[4],
                        frame=bbox,
                        places=(places, begin),
                    )
                )
        begin = end
    return lines
