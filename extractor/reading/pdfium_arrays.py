"""The pdfium engine's char dicts built from the compiled reader's arrays (pdfium_kernel), boxes worked out by numpy.

The dicts are those `pdfium_chars._chars` builds, in the same order and bit for bit: each box is the same
arithmetic on the same doubles, done on whole arrays instead of a char at a time. What is rare stays in
Python: a page with a ligature that pdfium split into letters goes through the char-by-char loop, and a
char whose font gives no width (or that has no Unicode) has its box built by `CharBoxes.char`, as before.
The other dicts are built from the columns only where a later stage asks for them (`char_dicts.CharDicts`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Optional

import numpy as np

from extractor.reading.char_columns import CID_CODE, GLYPH_BITS, SMALL_VALUES, CharColumns, glyph_ranks, unique_inverse
from extractor.reading.char_dicts import CharDicts
from extractor.reading.pdf_lines import CID_TEXT, copies_possible
from extractor.reading.pdfium_chars import (
    DEFAULT_WHITE,
    HYPHEN_MARK_CODE,
    NO_UNICODE_CODE,
    SPACE_CODE,
    CharBoxes,
    ObjectStyle,
    ObjectStyles,
    bound_char_calls,
    glyph_chars,
    soft_or_hard_hyphen,
)
from extractor.reading.pdfium_kernel import KernelError, glyph_units, glyph_widths, loaded, run_kernel

_BOX_KEYS = ("size", "x0", "x1", "top", "bottom")  # the char dict's keys of _boxes's columns, in their order


def page_chars(
    raw, textpage, read, ctm: tuple, frame: tuple, flat_fonts: frozenset
) -> tuple[Sequence[dict], Sequence[int], Optional[int], Optional[bool], Optional[CharColumns]]:
    """The page's chars (pdfplumber-style dicts, pdfium's order: a CharDicts, built when asked for), each one's text
    object (an int array, or a list), how many distinct text objects they came from (None: not counted), whether
    two of them may be a char and its fake-bold copy (pdf_lines.copies_possible; None: not tested) and the chars as
    columns (None: not built), from read (a PageChars)."""
    if read.count <= 0:
        return [], [], 0, False, None
    objects = read.objects
    glyphs = np.flatnonzero(objects)
    if glyphs.size == 0:
        return [], [], 0, False, None
    table = _Objects(raw, textpage, read, ctm, flat_fonts)
    codes, xs, ys, glyph_keys = read.codes[glyphs], read.xs[glyphs], read.ys[glyphs], objects[glyphs]
    cid, split, marked = _glyph_marks(codes, read.map_errors[glyphs], glyph_keys, xs, ys)
    # Each char's text as a list only where some is not chr() of its code (most pages: decoded once at the end).
    texts = None
    if marked:
        hyphens = np.flatnonzero((codes == HYPHEN_MARK_CODE) & ~cid)
        texts = _texts(codes)
        for k in np.flatnonzero(cid).tolist():
            texts[k] = CID_TEXT
        for k in hyphens.tolist():
            texts[k] = soft_or_hard_hyphen(raw, textpage, raw.FPDFText_GetTextObject(textpage, int(glyphs[k])))
            codes[k] = ord(texts[k])
    merged = np.zeros(len(glyphs), dtype=bool)
    if split.any():
        before = glyphs[split] - 1
        if ((objects[before] == 0) & (read.codes[before] == SPACE_CODE)).any():
            # A space pdfium made up inside a ligature: _chars holds it over to the glyph after; char by char.
            return _chars_loop(raw, textpage, read, table, ctm, frame)
        heads = np.flatnonzero(~split)
        head_of = heads[np.searchsorted(heads, np.arange(len(glyphs)), side="right") - 1]
        for k, head in zip(np.flatnonzero(split).tolist(), head_of[split].tolist()):
            texts[head] += texts[k]
        merged[head_of[split]] = True
        kept = ~split
        glyphs, codes, xs, ys, glyph_keys = glyphs[kept], codes[kept], xs[kept], ys[kept], glyph_keys[kept]
        cid, merged = cid[kept], merged[kept]
        texts = [text for text, keep in zip(texts, kept.tolist()) if keep]
    rows, units = _rows_and_units(raw, table, glyph_keys, codes)
    boxes = _boxes(table, rows, units, xs, ys, ctm, frame)
    build = CharBoxes(raw, textpage, ctm, frame).char
    built: dict[int, dict] = {}
    for k in np.flatnonzero(cid | np.isnan(units) | merged).tolist():
        # No width from the font (or no Unicode): CharBoxes.char asks pdfium for the char's loose box.
        text = chr(codes[k]) if texts is None else texts[k]
        char = built[k] = build(table.style(int(rows[k])), text, float(xs[k]), float(ys[k]), int(glyphs[k]))
        for column, key in zip(boxes, _BOX_KEYS):
            column[k] = char[key]
    spaces = _made_up_spaces(read, glyphs, table, rows, boxes[2], ctm, frame)
    # The fake-bold copies' test (pdf_lines.copies_possible) on arrays: a glyph is its text and its font's name.
    text_of = np.where(cid, CID_CODE, codes.astype(np.int64))
    # A ligature's text has no code point: one past CID_CODE for each distinct one (char_columns reads them back).
    spelled: dict[str, int] = {}
    for k in np.flatnonzero(merged).tolist():
        text_of[k] = spelled.setdefault(texts[k], CID_CODE + 1 + len(spelled))
    laid = _spaced_columns(table, rows, glyph_keys, codes, text_of, boxes, spaces)
    (size, x0, x1, top, bottom), upright, inked, glyph_ids, rows, glyph_keys, spaced_codes, source, ranks = laid
    if spaces is not None:
        after = spaces[0]
        landed = after + 1 + np.arange(len(after))  # where the spaces stand among the columns' rows
        # The dicts made already move by the spaces put before them.
        shift = np.searchsorted(after, np.array(sorted(built), dtype=np.int64), side="left")
        built = {k + int(moved): built[k] for k, moved in zip(sorted(built), shift.tolist())}
        if texts is None:  # the codes taken as the columns are, decoded once
            texts = _texts(spaced_codes)
        else:  # the texts taken as the columns are, from an object array: no Python step a char
            glyph_texts = np.empty(len(texts), dtype=object)
            glyph_texts[:] = texts
            spaced = glyph_texts[source]
            spaced[landed] = " "
            texts = spaced.tolist()
    elif texts is None:
        texts = _texts(codes)
    copies = copies_possible(ranks, x0, top)
    fake_bold = np.zeros(len(x0), dtype=bool)  # read_page marks the chars of overprinted text objects
    columns = CharColumns(x0, x1, top, bottom, size, upright, inked, glyph_ids, fake_bold, table.names)
    columns.spelled = {code: text for text, code in spelled.items()}
    chars = CharDicts(texts, rows, (size, x0, x1, top, bottom), table.fontnames, table.matrices, table.colours, built)
    # The glyphs' text objects are the runs' (a made-up space takes the one of the glyph it follows): the table's keys.
    return chars, glyph_keys, len(table.keys), copies, columns


def _spaced_columns(table: _Objects, rows, glyph_keys, codes, text_of, boxes, spaces) -> tuple:
    """((size, x0, x1, top, bottom), upright, inked, glyph ids, rows, text object keys, codes, source, glyph ranks): the
    glyphs' columns with each made-up space (spaces: _made_up_spaces's) right after the glyph it follows, in the
    style of that glyph (source: each row's glyph), and the ids' ranks (char_columns.glyph_ranks's). In one compiled
    pass where numba is loaded (pdfium_numba.spaced_columns), numpy's steps for a kernel's failure."""
    compiled = loaded()
    if compiled is not None:
        after, space_boxes = spaces if spaces is not None else (np.empty(0, dtype=np.int64), np.empty((5, 0)))
        count = len(rows) + len(after)
        out_boxes, upright, inked = np.empty((len(_BOX_KEYS), count)), np.empty(count, bool), np.empty(count, bool)
        ids, out_rows, source = (np.empty(count, dtype=np.int64) for _ in range(3))
        keys, out_codes, small_ranks = np.empty(count, np.uint64), np.empty(count, np.uint32), np.empty(count, np.int16)
        try:
            distinct = run_kernel(
                compiled.spaced_columns,
                rows,
                glyph_keys,
                codes,
                text_of,
                np.asarray(boxes) if isinstance(boxes, np.ndarray) else np.stack(boxes),
                after,
                np.ascontiguousarray(space_boxes) if isinstance(space_boxes, np.ndarray) else np.stack(space_boxes),
                table.terms,
                table.inked,
                table.name_of,
                GLYPH_BITS,
                SMALL_VALUES,
                out_boxes,
                upright,
                inked,
                ids,
                out_rows,
                keys,
                out_codes,
                source,
                small_ranks,
            )
            ranks = small_ranks if distinct >= 0 else glyph_ranks(ids)
            return tuple(out_boxes), upright, inked, ids, out_rows, keys, out_codes, source, ranks
        except KernelError:  # counted and logged: numpy's steps below give the same columns
            pass
    upright = (table.terms[rows, 0] > 0) & (table.terms[rows, 1] == 0)
    inked = table.inked[rows]
    name_of = table.name_of
    glyph_ids = (name_of[rows] << GLYPH_BITS) | text_of
    if spaces is None:
        return tuple(boxes), upright, inked, glyph_ids, rows, glyph_keys, codes, None, glyph_ranks(glyph_ids)
    after, space_boxes = spaces
    at = after + 1
    # np.insert(column, at, column[after]) of every column as one take: each row's source row, and where the spaces
    # land (after differs from space to space: a glyph stands between two made-up spaces).
    source = np.insert(np.arange(len(glyph_ids)), at, after)
    landed = at + np.arange(len(at))
    glyph_ids = glyph_ids[source]
    glyph_ids[landed] = (name_of[rows[after]] << GLYPH_BITS) | SPACE_CODE
    columns = tuple(column[source] for column in boxes)
    for column, values in zip(columns, space_boxes):
        column[landed] = values
    spaced_codes = codes[source]
    spaced_codes[landed] = SPACE_CODE
    ranks = glyph_ranks(glyph_ids)
    return (
        columns,
        upright[source],
        inked[source],
        glyph_ids,
        rows[source],
        glyph_keys[source],
        spaced_codes,
        source,
        ranks,
    )


def _glyph_marks(codes, map_errors, glyph_keys, xs, ys) -> tuple[np.ndarray, np.ndarray, bool]:
    """The glyphs without Unicode (a CID name's: code 0 or NO_UNICODE_CODE, or a mapping error), the letters of a
    ligature pdfium split (at the glyph before's origin, in its text object; no such CID), and whether any glyph
    is either, a hyphen mark that is no CID, or a code past Unicode (its text then is no chr() of its code);
    compiled where numba is loaded (pdfium_numba.glyph_marks), numpy's steps for a kernel's failure."""
    compiled = loaded()
    if compiled is not None:
        cid, split = np.empty(len(codes), dtype=bool), np.empty(len(codes), dtype=bool)
        try:
            marked = run_kernel(
                compiled.glyph_marks, codes, map_errors, glyph_keys, xs, ys, HYPHEN_MARK_CODE, cid, split
            )
            return cid, split, marked
        except KernelError:  # counted and logged: numpy's steps give the same
            pass
    cid = (codes == 0) | (codes == NO_UNICODE_CODE) | (map_errors == 1)
    # A glyph (a ligature) that pdfium gave as several letters, all at its origin: one char, its letters' text.
    split = np.concatenate([[False], (glyph_keys[1:] == glyph_keys[:-1]) & (xs[1:] == xs[:-1]) & (ys[1:] == ys[:-1])])
    split &= ~cid
    hyphen = ((codes == HYPHEN_MARK_CODE) & ~cid).any()
    return cid, split, bool(cid.any() or hyphen or split.any() or int(codes.max()) > sys.maxunicode)


def _texts(codes: np.ndarray) -> list[str]:
    """chr() of each code point, decoded in one call (as UTF-32; surrogates as chr() gives them)."""
    if codes.size and int(codes.max()) > sys.maxunicode:
        return [chr(code) for code in codes.tolist()]  # chr()'s ValueError, the page's as before
    return list(codes.astype("<u4", copy=False).tobytes().decode("utf-32-le", "surrogatepass"))


class _Objects:
    """The page's text objects (a row each, keys sorted) and what their chars share: ObjectStyle's terms, on arrays.

    An object's font, size, matrix and colour are those pdfium gave for its first run, as _chars takes them
    from its first char; the arithmetic is ObjectStyle's and _mult's, in their order (compiled where numba is
    loaded: pdfium_numba.object_table and object_terms, numpy's arithmetic for a kernel's failure).
    """

    def __init__(self, raw, textpage, read, ctm: tuple, flat_fonts: frozenset) -> None:
        self.read = read
        self.styles = ObjectStyles(raw, textpage, ctm, flat_fonts, bound_char_calls(raw))
        compiled = loaded()
        self.keys, self.runs, self.handles, self.font_of, font_first = _object_table(compiled, read)
        self.fonts = [self.styles.font(handle) for handle in self.handles.tolist()]
        descents = np.array([font.descent for font in self.fonts])
        placed, self.terms, self.inked = _object_terms(compiled, read, self.runs, descents, self.font_of, ctm)
        # Each object's matrix and colour as a char dict holds them, made when a dict is first built: most pages
        # build none. inked is pdf_lines._visible of (0,) and (1,) in DeviceGray.
        self.matrices = _Made(lambda: list(map(tuple, placed.tolist())))
        inked = self.inked
        self.colours = _Made(lambda: [(0,) if shown else (1,) for shown in inked.tolist()])
        # The font names in the order their objects come (as dict.fromkeys of each object's), and each object's.
        font_names = [font.fontname for font in self.fonts]
        distinct: dict[str, int] = {}
        for k in np.argsort(font_first, kind="stable").tolist():
            distinct.setdefault(font_names[k], len(distinct))
        self.names = list(distinct)
        self.name_of = np.array([distinct[name] for name in font_names], dtype=np.int64)[self.font_of]
        font_of = self.font_of
        self.fontnames = _Made(lambda: list(map(font_names.__getitem__, font_of.tolist())))

    def rows(self, keys: np.ndarray) -> np.ndarray:
        """The row of each text object key."""
        return np.searchsorted(self.keys, keys)

    def style(self, row: int) -> ObjectStyle:
        """The ObjectStyle of the object in row, for CharBoxes.char (made once per object)."""
        key = int(self.keys[row])
        style = self.styles.by_key.get(key)
        if style is None:
            read, run = self.read, int(self.runs[row])
            style = self.styles.from_run(
                key, int(read.fonts[run]), float(read.sizes[run]), read.matrices[run], read.fills[run]
            )
        return style


class _Made(Sequence):
    """A list made by a function on first use."""

    __slots__ = ("_make", "_items")

    def __init__(self, make) -> None:
        self._make, self._items = make, None

    def _list(self) -> list:
        if self._items is None:
            self._items = self._make()
        return self._items

    def __getitem__(self, index):
        return self._list()[index]

    def __len__(self) -> int:
        return len(self._list())


def _object_table(compiled, read) -> tuple[np.ndarray, ...]:
    """(keys, runs, handles, font_of, font_first): the runs' distinct text objects and each one's first run, their
    distinct fonts, each object's font and each font's first object, as np.unique gives them (compiled where loaded)."""
    if compiled is not None:
        count = len(read.first)
        keys, runs = np.empty(count, dtype=np.uint64), np.empty(count, dtype=np.int64)
        handles, font_of = np.empty(count, dtype=np.uint64), np.empty(count, dtype=np.int64)
        font_first = np.empty(count, dtype=np.int64)
        try:
            found, fonts = run_kernel(
                compiled.object_table, read.objects, read.first, read.fonts, keys, runs, handles, font_of, font_first
            )
            return keys[:found], runs[:found], handles[:fonts], font_of[:found], font_first[:fonts]
        except KernelError:  # counted and logged: np.unique below finds the same
            pass
    keys, runs = np.unique(read.objects[read.first], return_index=True)
    handles, font_of = np.unique(read.fonts[runs], return_inverse=True)
    font_of = font_of.reshape(-1)
    return keys, runs, handles, font_of, np.unique(font_of, return_index=True)[1]


def _object_terms(compiled, read, runs, descents, font_of, ctm: tuple) -> tuple[np.ndarray, ...]:
    """(placed, terms, inked) of each text object: its matrix with the page's rotation (a..f), ObjectStyle's terms
    (a, b, c × low, d × low, c × high, d × high, size) and whether its fill colour is not white (compiled where
    loaded: the same floats)."""
    if compiled is not None:
        count = len(runs)
        placed, terms, inked = np.empty((count, 6)), np.empty((count, 7)), np.empty(count, dtype=bool)
        try:
            run_kernel(
                compiled.object_terms,
                runs,
                read.sizes,
                read.matrices,
                read.fills,
                descents,
                font_of,
                np.array(ctm, float),
                np.uint32(DEFAULT_WHITE),
                terms,
                placed,
                inked,
            )
            return placed, terms, inked
        except KernelError:  # counted and logged: numpy's arithmetic below gives the same floats
            pass
    descent = descents[font_of]
    size = read.sizes[runs]
    a1, b1, c1, d1, e1, f1 = read.matrices[runs, :6].astype(np.float64).T
    a0, b0, c0, d0, e0, f0 = ctm
    a, b = a0 * a1 + c0 * b1, b0 * a1 + d0 * b1
    c, d = a0 * c1 + c0 * d1, b0 * c1 + d0 * d1
    e, f = a0 * e1 + c0 * f1 + e0, b0 * e1 + d0 * f1 + f0
    low = descent * size
    high = low + size
    terms = np.stack([a, b, c * low, d * low, c * high, d * high, size], axis=1)
    fills = read.fills[runs]
    inked = (fills[:, 4] == 0) | (fills[:, :3].min(axis=1) < DEFAULT_WHITE)
    return np.stack([a, b, c, d, e, f], axis=1), terms, inked


def _rows_and_units(raw, table: _Objects, glyph_keys: np.ndarray, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each glyph's text object's row and advance per unit of size (_unit_widths's): in one compiled pass where
    numba is loaded and the codes fit its table of (font, code) pairs asked."""
    if int(codes.max()) < SMALL_VALUES:
        try:
            found = glyph_units(raw, table.keys, glyph_keys, table.font_of, table.handles, codes)
        except KernelError:  # counted and logged: the steps below give the same rows and widths
            found = None
        if found is not None:
            return found
    rows = table.rows(glyph_keys)
    return rows, _unit_widths(raw, table, rows, codes)


def _unit_widths(raw, table: _Objects, rows: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """Each glyph's advance per unit of size from its font (NaN where the font gives none), asked once per (font, code)."""
    # Each (font, code) as one number ordered as the pairs are: the font's row by the codes' span, plus the code.
    codes = codes.astype(np.int64)
    span = int(codes.max()) + 1
    pairs, pair_of = unique_inverse(table.font_of[rows].astype(np.int64) * span + codes)
    font_rows, pair_codes = np.divmod(pairs, span)
    try:
        widths = glyph_widths(raw, table.handles[font_rows], pair_codes.astype(np.uint32))
    except KernelError:  # counted and logged: asked font by font below, as without numba
        widths = None
    if widths is not None:
        return widths[pair_of]
    widths = np.empty(len(pairs))
    for k, (font_row, code) in enumerate(zip(font_rows.tolist(), pair_codes.tolist())):
        width = table.fonts[font_row].advance(raw, chr(code))
        widths[k] = np.nan if width is None else width
    return widths[pair_of]


def _boxes(table: _Objects, rows: np.ndarray, units, xs, ys, ctm: tuple, frame: tuple) -> tuple[np.ndarray, ...]:
    """(size, x0, x1, top, bottom) arrays: CharBoxes.char's arithmetic, in its order, on whole arrays (compiled, a
    char at a time, where numba is loaded: ~20 array operations a page folded into one call)."""
    compiled = loaded()
    if compiled is not None:
        out = np.empty((len(_BOX_KEYS), len(rows)))
        try:
            run_kernel(
                compiled.char_boxes, table.terms, rows, units, xs, ys, np.array(ctm, float), np.array(frame, float), out
            )
            return out  # a row a column: spaced_columns takes it whole
        except KernelError:  # counted and logged: numpy's arithmetic below gives the same floats
            pass
    a, b, cl, dl, ch, dh, size = table.terms[rows].T
    a0, b0, c0, d0, e0, f0 = ctm
    x_offset, top_offset, height = frame
    advance = units * size
    px, py = a0 * xs + c0 * ys + e0, b0 * xs + d0 * ys + f0
    x0, y0 = cl + px, dl + py
    x1, y1 = a * advance + ch + px, b * advance + dh + py
    x0, x1 = np.where(x1 < x0, x1, x0), np.where(x1 < x0, x0, x1)
    y0, y1 = np.where(y1 < y0, y1, y0), np.where(y1 < y0, y0, y1)
    return y1 - y0, x0 + x_offset, x1 + x_offset, height - y1 + top_offset, height - y0 + top_offset


def _made_up_spaces(
    read, glyphs, table: _Objects, rows, x1s: np.ndarray, ctm: tuple, frame: tuple
) -> Optional[tuple[np.ndarray, tuple[np.ndarray, ...]]]:
    """(glyph it follows, (size, x0, x1, top, bottom)) of the spaces pdfium made up between two glyphs of one
    baseline, as _chars keeps them (each a space in the style of the glyph before); None when there is none. Compiled
    where numba is loaded (pdfium_numba.made_up_spaces)."""
    compiled = loaded()
    if compiled is not None:
        after, boxes = np.empty(len(read.objects), dtype=np.int64), np.empty((len(_BOX_KEYS), len(read.objects)))
        args = (read.objects, read.codes, read.xs, read.ys, glyphs, rows, table.terms, x1s, np.array(ctm, float))
        try:
            found = run_kernel(compiled.made_up_spaces, *args, np.array(frame, float), after, boxes)
            return (after[:found], boxes[:, :found]) if found else None
        except KernelError:  # counted and logged: numpy's steps below keep the same spaces, with the same floats
            pass
    objects, count = read.objects, len(read.objects)
    made = np.flatnonzero((objects == 0) & (read.codes == SPACE_CODE))
    # _chars forgets a made-up space at the next char pdfium made up: only one right before a glyph counts,
    # and only after a glyph.
    made = made[made + 1 < count]
    made = made[objects[made + 1] != 0]
    after = np.searchsorted(glyphs, made) - 1  # the last glyph before each
    made, after = made[after >= 0], after[after >= 0]
    if made.size == 0:
        return None
    x, y = read.xs[made], read.ys[made]
    last, following = glyphs[after], made + 1
    kept = (y == read.ys[following]) & (read.ys[following] == read.ys[last])
    kept &= (read.xs[last] < x) & (x < read.xs[following])
    after, x, y = after[kept], x[kept], y[kept]
    if after.size == 0:
        return None
    space_rows = rows[after]
    # Zero-width spaces where pdfium put them: CharBoxes.char with an advance of 0, in the style of the glyph before.
    size, x0, x1, top, bottom = _boxes(table, space_rows, np.zeros(len(after)), x, y, ctm, frame)
    upright = (table.terms[space_rows, 0] > 0) & (table.terms[space_rows, 1] == 0)
    # pdfium may put a made-up space inside the glyph before it: it stands where that glyph ends (max(x0, its x1)).
    ends = x1s[after]
    x0 = np.where(upright & (ends > x0), ends, x0)
    x1 = np.where(upright, x0, x1)
    return after, (size, x0, x1, top, bottom)


def _chars_loop(
    raw, textpage, read, table: _Objects, ctm: tuple, frame: tuple
) -> tuple[list[dict], list[int], None, None, None]:
    """pdfium_chars.glyph_chars on the arrays, for a page where pdfium split a ligature glyph into its letters."""
    codes = np.where(read.map_errors == 1, 0, read.codes)  # a map error: no Unicode, as the char-by-char path asks
    asked = zip(range(read.count), codes.tolist(), read.objects.tolist(), read.xs.tolist(), read.ys.tolist())
    row_of = dict(zip(table.keys.tolist(), range(len(table.keys))))

    def style_of(key: int, _index: int) -> ObjectStyle:
        return table.style(row_of[key])

    chars, keys = glyph_chars(raw, textpage, asked, style_of, CharBoxes(raw, textpage, ctm, frame).char)
    return chars, keys, None, None, None
