"""The compiled part of the pdfium engine (needs numba): a page's chars read through pdfium's C functions,
and the layout kernels that group them into lines, cut lines into cells and build each cell's line.

Imported only by `pdfium_kernel`, which falls back to the Python path when numba is missing. A C function
is called through its address, passed in at run time (`_native`), so that the compiled code holds no
address of this process and numba's on-disk cache serves the next process too.
"""

from __future__ import annotations

import numba
import numpy as np
from llvmlite import ir
from numba import types
from numba.core import cgutils
from numba.extending import intrinsic

SPACE_CODE, _CR, _LF = 0x20, 0x0D, 0x0A  # the only codes pdfium gives the chars it makes up
NO_UNICODE_CODE = 0xFFFE


def _native(restype):
    """An intrinsic calling the C function at an address with a tuple of arguments, returning restype."""

    @intrinsic
    def call(typingctx, address, args):
        signature = restype(address, args)

        def codegen(context, builder, sig, llargs):
            address_value, packed = llargs
            argtypes = sig.args[1].types
            values = cgutils.unpack_tuple(builder, packed, len(argtypes))
            function_type = ir.FunctionType(
                context.get_value_type(restype), [context.get_value_type(t) for t in argtypes]
            )
            function = builder.inttoptr(address_value, function_type.as_pointer())
            return builder.call(function, values)

        return signature, codegen

    return call


_call_u32 = _native(types.uint32)
_call_i32 = _native(types.int32)
_call_ptr = _native(types.uint64)
_call_f64 = _native(types.float64)

# Indices into the address array (pdfium_kernel._FUNCTIONS).
_UNICODE, _GENERATED, _OBJECT, _ORIGIN, _MAP_ERROR, _FONT, _SIZE, _MATRIX, _FILL = range(9)


# The one signature read_chars is called with, given here so that the cached code is loaded at import, without
# typing the arguments of the first call.
_SIGNATURE = (
    "int64(int64, int64, uint64[::1], uint32[::1], uint64[::1], float64[::1], float64[::1], int32[::1], int64[::1],"
    " uint64[::1], float64[::1], float32[:, ::1], uint32[:, ::1])"
)


@numba.njit(_SIGNATURE, cache=True, nogil=True)
def read_chars(
    page, count, fns, codes, objects, xs, ys, map_errors, run_first, run_font, run_size, run_matrix, run_fill
):
    """Fill the arrays with the page's chars; return the number of runs (chars of one text object in a row).

    run_matrix: float32 (n, 7), the FS_MATRIX and whether pdfium gave it; run_fill: uint32 (n, 5), r, g, b, a and
    whether pdfium gave them.
    """
    n_runs = 0
    last = np.uint64(0)
    matrix = np.zeros(6, dtype=np.float32)
    fill = np.zeros(4, dtype=np.uint32)
    matrix_at = matrix.ctypes.data
    fill_at = fill.ctypes.data
    for index in range(count):
        at = np.int32(index)
        code = _call_u32(fns[_UNICODE], (page, at))
        codes[index] = code
        generated = False
        if code == SPACE_CODE or code == _CR or code == _LF:
            generated = _call_i32(fns[_GENERATED], (page, at)) != 0
        key = np.uint64(0) if generated else _call_ptr(fns[_OBJECT], (page, at))
        objects[index] = key
        if key == 0:
            if code == SPACE_CODE:
                _call_i32(fns[_ORIGIN], (page, at, xs.ctypes.data + 8 * index, ys.ctypes.data + 8 * index))
            continue
        if code != 0 and code != NO_UNICODE_CODE:
            map_errors[index] = _call_i32(fns[_MAP_ERROR], (page, at))
        _call_i32(fns[_ORIGIN], (page, at, xs.ctypes.data + 8 * index, ys.ctypes.data + 8 * index))
        if key != last:
            run_first[n_runs] = index
            run_font[n_runs] = _call_ptr(fns[_FONT], (key,))
            run_size[n_runs] = _call_f64(fns[_SIZE], (page, at))
            matrix[:] = 0
            if _call_i32(fns[_MATRIX], (page, at, matrix_at)) != 0:
                run_matrix[n_runs, :6] = matrix
                run_matrix[n_runs, 6] = 1
            else:
                run_matrix[n_runs, :] = 0
            if _call_i32(fns[_FILL], (page, at, fill_at, fill_at + 4, fill_at + 8, fill_at + 12)) != 0:
                run_fill[n_runs, :4] = fill
                run_fill[n_runs, 4] = 1
            else:
                run_fill[n_runs, :] = 0
            n_runs += 1
            last = key
    return n_runs


# Indices into the address array of list_objects (pdfium_kernel._OBJECT_FUNCTIONS).
_GET_OBJECT, _OBJECT_TYPE = range(2)


@numba.njit("int64(int64, int64, uint64[::1], uint64[::1], int32[::1])", cache=True, nogil=True)
def list_objects(page, count, fns, objects, kinds):
    """Fill objects and kinds with the page's count top-level objects and their types (0 for none); return count."""
    for index in range(count):
        obj = _call_ptr(fns[_GET_OBJECT], (page, np.int32(index)))
        objects[index] = obj
        kinds[index] = _call_i32(fns[_OBJECT_TYPE], (obj,)) if obj != 0 else 0
    return count


@numba.njit("int64(float64[::1], float64[::1], float64, int64[::1])", cache=True, nogil=True)
def line_starts(middles, sizes, tolerance, starts):
    """char_columns._starts compiled: where each line starts among chars sorted by middle; returns how many."""
    count = 1
    starts[0] = 0
    middle, size = middles[0], sizes[0]
    for k in range(1, len(middles)):
        mid, char_size = middles[k], sizes[k]
        if abs(mid - middle) <= tolerance * (size if size > char_size else char_size):
            continue
        starts[count] = k
        count += 1
        middle, size = mid, char_size
    return count


@numba.njit(cache=True, nogil=True)
def _median(values):
    """statistics.median of a non-empty float array."""
    ordered = np.sort(values)
    half = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


@numba.njit(
    "int64(int64[::1], int64[::1], float64[::1], float64[::1], float64[::1], float64[::1], float64[::1], int64[::1],"
    " boolean[::1], boolean[::1], boolean[::1], boolean[::1], boolean[::1], float64, float64, float64, int64[::1],"
    " int64[::1], float64[::1], float64[::1], boolean[::1], boolean[::1], int64[::1], float64[:, ::1])",
    cache=True,
    nogil=True,
)
def cell_lines(
    rows,
    bounds,
    x0,
    x1,
    top,
    bottom,
    size,
    plain_len,
    cid,
    note,
    blank,
    bold,
    italic,
    superscript,
    rise,
    word_gap,
    out_row,
    out_sub,
    out_x0,
    out_x1,
    out_bold,
    out_italic,
    out_end,
    cell_box,
):
    """pdf_lines.build_line for every cell of a page at once (upright text: its frame is its box).

    rows[bounds[c]:bounds[c + 1]]: cell c's chars, sorted by x0. For each char written: its row (-1 for a space
    from a gap), which letter of its plain form, box and style; out_end[c]: where cell c's end; cell_box[c]:
    x0, top, x1, bottom of the chars written and their median size (NaN x0 when none was).
    """
    written = 0
    for cell in range(len(bounds) - 1):
        start, end = bounds[cell], bounds[cell + 1]
        main_size = size[rows[start]]
        for j in range(start + 1, end):
            if size[rows[j]] > main_size:
                main_size = size[rows[j]]
        small = superscript * main_size
        full = np.empty(end - start)
        n_full = 0
        for j in range(start, end):
            if size[rows[j]] >= small:
                full[n_full] = bottom[rows[j]]
                n_full += 1
        raised = _median(full[:n_full]) - rise * main_size if n_full else 0.0
        sizes = np.empty(end - start)
        n_used = 0
        has_previous = False
        pending = False
        pending_at = 0.0
        previous_fx1 = previous_x1 = previous_size = 0.0
        previous_b = previous_i = False
        low_x = low_top = np.inf
        high_x = high_bottom = -np.inf
        for j in range(start, end):
            r = rows[j]
            if cid[r]:
                continue
            if note[r] and n_full and size[r] < small and bottom[r] < raised:
                continue
            if blank[r]:
                middle = (x0[r] + x1[r]) / 2
                pending = has_previous and middle >= previous_fx1
                pending_at = middle
                continue
            char_size = size[r] if size[r] != 0 else 1.0
            b, i = bold[r], italic[r]
            if has_previous:
                spaced = pending and x0[r] >= pending_at
                gap = char_size if char_size > previous_size else previous_size
                if spaced or x0[r] - previous_fx1 > word_gap * gap:
                    out_row[written], out_sub[written] = -1, 0
                    out_x0[written], out_x1[written] = previous_x1, x0[r]
                    out_bold[written], out_italic[written] = previous_b and b, previous_i and i
                    written += 1
            pending = False
            letters = plain_len[r]
            if letters == 1:
                out_row[written], out_sub[written] = r, 0
                out_x0[written], out_x1[written] = x0[r], x1[r]
                out_bold[written], out_italic[written] = b, i
                written += 1
            else:
                step = (x1[r] - x0[r]) / letters
                for k in range(letters):
                    out_row[written], out_sub[written] = r, k
                    out_x0[written], out_x1[written] = x0[r] + k * step, x0[r] + (k + 1) * step
                    out_bold[written], out_italic[written] = b, i
                    written += 1
            sizes[n_used] = char_size
            n_used += 1
            low_x, high_x = min(low_x, x0[r]), max(high_x, x1[r])
            low_top, high_bottom = min(low_top, top[r]), max(high_bottom, bottom[r])
            has_previous = True
            previous_fx1, previous_x1, previous_b, previous_i, previous_size = x1[r], x1[r], b, i, char_size
        out_end[cell] = written
        if n_used:
            cell_box[cell, 0], cell_box[cell, 1], cell_box[cell, 2], cell_box[cell, 3] = (
                low_x,
                low_top,
                high_x,
                high_bottom,
            )
            cell_box[cell, 4] = _median(sizes[:n_used])
        else:
            cell_box[cell, 0] = np.nan
    return written


@numba.njit(
    "int64(int64[::1], int64[::1], float64[::1], float64[::1], float64[::1], boolean[::1], float64, int64[::1],"
    " int64[::1])",
    cache=True,
    nogil=True,
)
def cut_cells(rows, bounds, x0, x1, size, blank, column_gap, cell_bounds, group_cells):
    """pdf_lines._cells for every line of a page: rows[bounds[g]:bounds[g + 1]] are line g's chars sorted by x0.

    A cell starts at an inked char further than column_gap × its size (size: 1 for none) from the last inked
    char's x1. Fills cell_bounds (where each cell starts, then the end) and group_cells (each line's cells'
    count); returns the number of cells.
    """
    count = 0
    for group in range(len(bounds) - 1):
        start, end = bounds[group], bounds[group + 1]
        cell_bounds[count] = start
        count += 1
        cells = 1
        edge = x1[rows[start]]
        for j in range(start + 1, end):
            r = rows[j]
            if not blank[r] and x0[r] - edge > column_gap * size[r]:
                cell_bounds[count] = j
                count += 1
                cells += 1
            if not blank[r]:
                edge = x1[r]
        group_cells[group] = cells
    cell_bounds[count] = len(rows)
    return count


@numba.njit("float64[::1](uint64, uint64[::1], uint32[::1], float32)", cache=True, nogil=True)
def glyph_widths(get_width, fonts, codes, unit_size):
    """Each (font, code)'s advance per unit of size, as pdfium_chars._Font.advance asks it (NaN where none).

    get_width: FPDFFont_GetGlyphWidth's address; fonts: font handles (0: none), codes: the glyph's code point.
    """
    out = np.empty(len(fonts))
    width = np.zeros(1, dtype=np.float32)
    width_at = width.ctypes.data
    for k in range(len(fonts)):
        out[k] = np.nan
        if fonts[k] == 0:
            continue
        width[0] = 0
        if _call_i32(get_width, (fonts[k], codes[k], unit_size, width_at)) != 0 and width[0] > 0:
            out[k] = np.float64(width[0]) / np.float64(unit_size)
    return out


@numba.njit("void(int64[::1], int64[::1], float64[::1])", cache=True, nogil=True)
def sort_groups(rows, bounds, x0):
    """Sort each group rows[bounds[g]:bounds[g + 1]] by x0 in place, stably (ties keep their order).

    An insertion sort: a line's chars come nearly in x0 order already (a text's own order), so it moves few.
    """
    for group in range(len(bounds) - 1):
        start, end = bounds[group], bounds[group + 1]
        for j in range(start + 1, end):
            row = rows[j]
            key = x0[row]
            k = j - 1
            while k >= start and x0[rows[k]] > key:
                rows[k + 1] = rows[k]
                k -= 1
            rows[k + 1] = row


@numba.njit(cache=True, nogil=True)
def _char_box(terms, row, unit, x, y, ctm, frame):
    """(size, x0, x1, top, bottom) of one char: CharBoxes.char's arithmetic, in its order (char_boxes's arguments)."""
    a, b, cl, dl, ch, dh, size = (
        terms[row, 0],
        terms[row, 1],
        terms[row, 2],
        terms[row, 3],
        terms[row, 4],
        terms[row, 5],
        terms[row, 6],
    )
    advance = unit * size
    px = ctm[0] * x + ctm[2] * y + ctm[4]
    py = ctm[1] * x + ctm[3] * y + ctm[5]
    x0, y0 = cl + px, dl + py
    x1, y1 = a * advance + ch + px, b * advance + dh + py
    if x1 < x0:
        x0, x1 = x1, x0
    if y1 < y0:
        y0, y1 = y1, y0
    x_offset, top_offset, height = frame[0], frame[1], frame[2]
    return y1 - y0, x0 + x_offset, x1 + x_offset, height - y1 + top_offset, height - y0 + top_offset


@numba.njit(
    "void(float64[:, ::1], int64[::1], float64[::1], float64[::1], float64[::1], float64[::1], float64[::1],"
    " float64[:, ::1])",
    cache=True,
    nogil=True,
)
def char_boxes(terms, rows, units, xs, ys, ctm, frame, out):
    """pdfium_arrays._boxes a char at a time: the same operations on the same doubles, in the same order.

    terms: each text object's a, b, c × low, d × low, c × high, d × high and size (pdfium_arrays._Objects);
    rows: each char's object; units: its advance per unit of size; xs, ys: its origin; ctm: a0 ... f0; frame:
    x offset, top offset, height. Fills out's rows with each char's size, x0, x1, top and bottom.
    """
    for k in range(len(rows)):
        out[0, k], out[1, k], out[2, k], out[3, k], out[4, k] = _char_box(
            terms, rows[k], units[k], xs[k], ys[k], ctm, frame
        )


@numba.njit(
    "int64(uint64[::1], uint32[::1], float64[::1], float64[::1], int64[::1], int64[::1], float64[:, ::1],"
    " float64[::1], float64[::1], float64[::1], int64[::1], float64[:, ::1])",
    cache=True,
    nogil=True,
)
def made_up_spaces(objects, codes, xs, ys, glyphs, rows, terms, x1s, ctm, frame, after, boxes):
    """pdfium_arrays._made_up_spaces a char at a time: the spaces pdfium made up between two glyphs of one baseline.

    objects, codes, xs, ys: every pdfium char's (pdfium_kernel.PageChars); glyphs: the chars kept as glyphs, rows:
    each one's text object, x1s: each one's x1. Fills after (the glyph each space follows) and boxes (size, x0, x1,
    top, bottom, a row each) of each space kept; returns how many.
    """
    count, n_glyphs = len(objects), len(glyphs)
    found = 0
    before = 0  # glyphs before char m
    for m in range(count - 1):
        while before < n_glyphs and glyphs[before] < m:
            before += 1
        # _chars forgets a made-up space at the next char pdfium made up: only one right before a glyph counts,
        # and only after a glyph.
        if objects[m] != 0 or codes[m] != SPACE_CODE or objects[m + 1] == 0 or before == 0:
            continue
        x, y = xs[m], ys[m]
        last = glyphs[before - 1]
        if not (y == ys[m + 1] and ys[m + 1] == ys[last] and xs[last] < x and x < xs[m + 1]):
            continue
        row = rows[before - 1]
        size, x0, x1, top, bottom = _char_box(terms, row, 0.0, x, y, ctm, frame)
        # pdfium may put a made-up space inside the glyph before it: it stands where that glyph ends.
        if terms[row, 0] > 0 and terms[row, 1] == 0:
            if x1s[before - 1] > x0:
                x0 = x1s[before - 1]
            x1 = x0
        after[found] = before - 1
        boxes[0, found], boxes[1, found], boxes[2, found], boxes[3, found], boxes[4, found] = size, x0, x1, top, bottom
        found += 1
    return found


@numba.njit(
    "int64(int64[::1], uint64[::1], uint32[::1], int64[::1], float64[:, ::1], int64[::1], float64[:, ::1],"
    " float64[:, ::1], boolean[::1], int64[::1], int64, int64, float64[:, ::1], boolean[::1], boolean[::1], int64[::1],"
    " int64[::1], uint64[::1], uint32[::1], int64[::1], int16[::1])",
    cache=True,
    nogil=True,
)
def spaced_columns(
    rows,
    glyph_keys,
    codes,
    text_of,
    boxes,
    after,
    space_boxes,
    terms,
    inked,
    name_of,
    glyph_bits,
    small_values,
    out_boxes,
    out_upright,
    out_inked,
    out_ids,
    out_rows,
    out_keys,
    out_codes,
    out_source,
    out_ranks,
):
    """pdfium_arrays._spaced_columns's numpy steps a char at a time: the page's glyphs with each made-up space right
    after the glyph it follows (after, sorted; space_boxes: their size, x0, x1, top, bottom), in every column.

    Fills out_boxes (size, x0, x1, top, bottom), out_upright, out_inked, out_ids (glyph ids: the font name's index
    above text_of, a space's SPACE_CODE), out_rows, out_keys, out_codes (a space's SPACE_CODE) and out_source (each
    place's glyph; a space's, the one it follows), a space in the style of its glyph. Returns the glyph ids' distinct
    count with out_ranks their ranks (char_columns.glyph_ranks's), or -1 where glyph_ranks must rank them: keys not
    below small_values (its table), or more distinct ids than int16 holds.
    """
    n, m = len(rows), len(after)
    at, j = 0, 0
    largest = 0  # the largest code part of an id, for glyph_ranks's keys
    for k in range(n):
        row = rows[k]
        upright = terms[row, 0] > 0 and terms[row, 1] == 0
        name = name_of[row] << glyph_bits
        for c in range(5):
            out_boxes[c, at] = boxes[c, k]
        out_upright[at], out_inked[at] = upright, inked[row]
        out_ids[at] = name | text_of[k]
        out_rows[at], out_keys[at], out_codes[at], out_source[at] = row, glyph_keys[k], codes[k], k
        largest = max(largest, text_of[k])
        at += 1
        while j < m and after[j] == k:
            for c in range(5):
                out_boxes[c, at] = space_boxes[c, j]
            out_upright[at], out_inked[at] = upright, inked[row]
            out_ids[at] = name | SPACE_CODE
            out_rows[at], out_keys[at], out_codes[at], out_source[at] = row, glyph_keys[k], SPACE_CODE, k
            largest = max(largest, SPACE_CODE)
            at += 1
            j += 1
    # glyph_ranks: each id's rank among the distinct (font name, code) keys, name × (largest + 1) + code.
    span = largest + 1
    mask = (1 << glyph_bits) - 1
    top = 0
    for k in range(at):
        top = max(top, (out_ids[k] >> glyph_bits) * span + (out_ids[k] & mask))
    if top >= small_values:
        return -1
    rank = np.zeros(top + 1, dtype=np.int64)
    for k in range(at):
        rank[(out_ids[k] >> glyph_bits) * span + (out_ids[k] & mask)] = 1
    distinct = 0
    for key in range(top + 1):
        if rank[key]:
            rank[key] = distinct
            distinct += 1
    if distinct > 32767:
        return -1
    for k in range(at):
        out_ranks[k] = rank[(out_ids[k] >> glyph_bits) * span + (out_ids[k] & mask)]
    return distinct


@numba.njit(
    "UniTuple(int64, 2)(uint64[::1], int64[::1], uint64[::1], uint64[::1], int64[::1], uint64[::1], int64[::1],"
    " int64[::1])",
    cache=True,
    nogil=True,
)
def object_table(objects, first, fonts, keys, runs, handles, font_of, handle_first):
    """pdfium_arrays._Objects's table: np.unique of the runs' text objects (keys, each one's first run) and of
    their fonts (handles, each row's font_of), and each font's first row; returns (keys, fonts) found.

    objects: each char's text object; first, fonts: each run's first char and font handle.
    """
    count = len(first)
    found = np.empty(count, dtype=np.uint64)
    for k in range(count):
        found[k] = objects[first[k]]
    order = np.argsort(found, kind="mergesort")  # stable, as np.unique's return_index: a key's first run
    n_keys = 0
    for j in range(count):
        k = order[j]
        if n_keys == 0 or found[k] != keys[n_keys - 1]:
            keys[n_keys] = found[k]
            runs[n_keys] = k
            n_keys += 1
    row_fonts = np.empty(n_keys, dtype=np.uint64)
    for row in range(n_keys):
        row_fonts[row] = fonts[runs[row]]
    by_font = np.argsort(row_fonts)
    n_fonts = 0
    for j in range(n_keys):
        row = by_font[j]
        if n_fonts == 0 or row_fonts[row] != handles[n_fonts - 1]:
            handles[n_fonts] = row_fonts[row]
            n_fonts += 1
        font_of[row] = n_fonts - 1
    handle_first[:n_fonts] = n_keys
    for row in range(n_keys):
        if handle_first[font_of[row]] == n_keys:
            handle_first[font_of[row]] = row
    return n_keys, n_fonts


@numba.njit(
    "void(int64[::1], float64[::1], float32[:, ::1], uint32[:, ::1], float64[::1], int64[::1], float64[::1], uint32,"
    " float64[:, ::1], float64[:, ::1], boolean[::1])",
    cache=True,
    nogil=True,
)
def object_terms(runs, sizes, matrices, fills, descents, font_of, ctm, white, terms, placed, inked):
    """pdfium_arrays._Objects's terms a row (text object) at a time: the same operations on the same doubles, in
    numpy's order (ObjectStyle's and _mult's).

    runs: each row's first run; sizes, matrices, fills: each run's (pdfium_kernel.PageChars); descents: each font's
    per unit of size, font_of: each row's font. Fills terms (a, b, c × low, d × low, c × high, d × high, size),
    placed (the matrix a..f with the page's rotation) and inked (its fill colour not white, or none given).
    """
    a0, b0, c0, d0, e0, f0 = ctm[0], ctm[1], ctm[2], ctm[3], ctm[4], ctm[5]
    for row in range(len(runs)):
        run = runs[row]
        size = sizes[run]
        a1, b1, c1, d1 = (
            np.float64(matrices[run, 0]),
            np.float64(matrices[run, 1]),
            np.float64(matrices[run, 2]),
            np.float64(matrices[run, 3]),
        )
        e1, f1 = np.float64(matrices[run, 4]), np.float64(matrices[run, 5])
        a, b = a0 * a1 + c0 * b1, b0 * a1 + d0 * b1
        c, d = a0 * c1 + c0 * d1, b0 * c1 + d0 * d1
        low = descents[font_of[row]] * size
        high = low + size
        terms[row, 0], terms[row, 1], terms[row, 2], terms[row, 3] = a, b, c * low, d * low
        terms[row, 4], terms[row, 5], terms[row, 6] = c * high, d * high, size
        placed[row, 0], placed[row, 1], placed[row, 2], placed[row, 3] = a, b, c, d
        placed[row, 4], placed[row, 5] = a0 * e1 + c0 * f1 + e0, b0 * e1 + d0 * f1 + f0
        darkest = min(fills[run, 0], fills[run, 1], fills[run, 2])
        inked[row] = fills[run, 4] == 0 or darkest < white


@numba.njit(
    "void(uint64, uint64[::1], uint64[::1], int64[::1], uint64[::1], uint32[::1], float32, int64[::1], float64[::1])",
    cache=True,
    nogil=True,
)
def glyph_units(get_width, keys, glyph_keys, font_of, handles, codes, unit_size, rows, units):
    """Each glyph's text object's row (np.searchsorted of its key in keys) and advance per unit of size, as
    pdfium_arrays._unit_widths gives them: glyph_widths's call once per (font, code), in one pass.

    keys: the text objects' sorted keys; font_of: each object's font among handles; codes: each glyph's code point,
    all below a table's size; fills rows and units.
    """
    span = 1
    for k in range(len(codes)):
        if codes[k] + 1 > span:
            span = codes[k] + 1
    asked = np.full((len(handles), span), -1.0)  # -1: not asked yet (a width is positive or NaN)
    width = np.zeros(1, dtype=np.float32)
    width_at = width.ctypes.data
    for k in range(len(glyph_keys)):
        low, high = 0, len(keys)
        while low < high:
            middle = (low + high) // 2
            if keys[middle] < glyph_keys[k]:
                low = middle + 1
            else:
                high = middle
        rows[k] = low
        font, code = font_of[low], codes[k]
        unit = asked[font, code]
        if unit == -1.0:
            unit = np.nan
            if handles[font] != 0:
                width[0] = 0
                if _call_i32(get_width, (handles[font], code, unit_size, width_at)) != 0 and width[0] > 0:
                    unit = np.float64(width[0]) / np.float64(unit_size)
            asked[font, code] = unit
        units[k] = unit


@numba.njit("int64(int64[::1], int64[::1], float64[::1], float64[::1], float64, int64)", cache=True, nogil=True)
def copy_steps(order, glyphs, x0, top, tolerance, max_steps):
    """pdf_lines.copies_possible's steps over the chars in order (by glyph, then x0): 1 where they find two chars of a
    glyph within tolerance, 0 where they stop at a step with no pair of a glyph within tolerance along x, -1 where
    they run all max_steps.

    The same answer with each char compared only with those after it in order that stand within tolerance along
    x (its glyph's next ones, at most max_steps places on): a pair within tolerance d places apart means one d - 1
    apart too, so the steps stop at the first d with none, after the nearest pair within tolerance both ways.
    """
    count = len(order)
    steps = min(count - 1, max_steps)
    reach = 0  # the farthest apart, in places, two chars of a glyph within tolerance along x stand
    for k in range(count):
        a = order[k]
        for j in range(k + 1, min(count, k + steps + 1)):
            b = order[j]
            if glyphs[b] != glyphs[a] or x0[b] - x0[a] > tolerance:
                break
            if abs(top[b] - top[a]) <= tolerance:
                return 1
            reach = max(reach, j - k)
    return 0 if reach < steps else -1


@numba.njit(
    "int64(float64[::1], float64[::1], float64[::1], float64[::1], float64[::1], int64[::1], boolean[::1], int64[::1],"
    " int64[::1], boolean[::1], boolean[::1], boolean[::1], boolean[::1], boolean[:, ::1], float64[::1], float64[::1],"
    " int64[::1], int64[::1], int64[::1], int64[::1], int64[::1], int64[::1], float64[::1], float64[::1], boolean[::1],"
    " boolean[::1], int64[::1], float64[:, ::1], int64[::1], int64, uint32[::1], int64[::1], uint32[::1])",
    cache=True,
    nogil=True,
)
def page_cells(
    x0,
    x1,
    top,
    bottom,
    size,
    glyphs,
    fake_bold,
    code_of,
    code_len,
    code_cid,
    code_note,
    code_blank,
    code_unlettered,
    name_styles,
    params,
    middles,
    rows,
    bounds,
    cell_bounds,
    group_cells,
    out_row,
    out_sub,
    out_x0,
    out_x1,
    out_bold,
    out_italic,
    out_end,
    cell_box,
    counts,
    name_shift,
    letters,
    first_letter,
    points,
):
    """A page's upright chars to its cells' lines in one call: char_columns.line_groups, group_sizes, the test of
    pdf_lines._attach_scripts, sort_groups, cut_cells and cell_lines, the same operations in the same order.

    glyphs: each char's glyph id (its font name's index shifted left by name_shift above its code); code_of: each
    char's code among the page's distinct ones, whose facts code_len ... code_unlettered hold (char_columns._Glyphs);
    name_styles: each font name's bold and italic; params: line tolerance, script size, column gap, superscript
    size, rise and word gap; middles: each char's vertical middle; rows: the chars by it (numpy's stable argsort,
    which finds the runs of a page's order), sorted here into the chars line after line, each line by x0.
    Fills bounds (where each line starts in rows), cell_bounds, group_cells and cell_lines's outputs, and points:
    each place's code point, a space or the letter its char's plain form has there (letters: every code's plain
    form, letter after letter, from its first_letter); counts: lines and cells. Returns the places written, or -1
    where the groups' path must read the page: a middle that is no number, or a group of chars that is a script of
    a line.
    """
    tolerance, script_size, column_gap = params[0], params[1], params[2]
    superscript, rise, word_gap = params[3], params[4], params[5]
    count = len(x0)
    sizes = np.empty(count)  # _char_sizes: the size, else the height, else 1
    for k in range(count):
        if not np.isfinite(middles[k]):
            return -1
        char_size = size[k] if size[k] != 0 else bottom[k] - top[k]
        sizes[k] = char_size if char_size != 0 else 1.0
    n_lines = line_starts(middles[rows], sizes[rows], tolerance, bounds)
    bounds[n_lines] = count
    # _attach_scripts: with no group a script of a neighbour as the groups stand, it leaves them all as they are.
    group_size, group_top, group_bottom = np.empty(n_lines), np.empty(n_lines), np.empty(n_lines)
    group_x0, group_x1 = np.empty(n_lines), np.empty(n_lines)
    for group in range(n_lines):
        first = rows[bounds[group]]
        largest, low_top, high_bottom, low_x, high_x = sizes[first], top[first], bottom[first], x0[first], x1[first]
        for j in range(bounds[group] + 1, bounds[group + 1]):
            r = rows[j]
            largest = max(largest, sizes[r])
            low_top, high_bottom = min(low_top, top[r]), max(high_bottom, bottom[r])
            low_x, high_x = min(low_x, x0[r]), max(high_x, x1[r])
        group_size[group], group_top[group], group_bottom[group] = largest, low_top, high_bottom
        group_x0[group], group_x1[group] = low_x, high_x
    for small in range(n_lines):
        for line in (small + 1, small - 1):
            if line < 0 or line >= n_lines or group_size[small] >= script_size * group_size[line]:
                continue
            low, high = group_top[small], group_bottom[small]
            if min(high, group_bottom[line]) - max(low, group_top[line]) < 0.5 * (high - low):
                continue
            gap = column_gap * group_size[line]
            if group_x0[line] - gap <= group_x0[small] and group_x1[small] <= group_x1[line] + gap:
                return -1
    line_bounds = bounds[: n_lines + 1]
    sort_groups(rows, line_bounds, x0)
    plain_len = np.empty(count, dtype=np.int64)
    cid, note, blank = np.empty(count, dtype=np.bool_), np.empty(count, dtype=np.bool_), np.empty(count, dtype=np.bool_)
    unlettered, bold, italic = (
        np.empty(count, dtype=np.bool_),
        np.empty(count, dtype=np.bool_),
        np.empty(count, dtype=np.bool_),
    )
    cut_sizes = np.empty(count)  # _cells: a char's size, 1 for none
    for k in range(count):
        code, name = code_of[k], glyphs[k] >> name_shift
        plain_len[k], cid[k], note[k] = code_len[code], code_cid[code], code_note[code]
        blank[k], unlettered[k] = code_blank[code], code_unlettered[code]
        bold[k], italic[k] = name_styles[name, 0] or fake_bold[k], name_styles[name, 1]
        cut_sizes[k] = size[k] if size[k] != 0 else 1.0
    n_cells = cut_cells(rows, line_bounds, x0, x1, cut_sizes, unlettered, column_gap, cell_bounds, group_cells)
    counts[0], counts[1] = n_lines, n_cells
    written = cell_lines(
        rows,
        cell_bounds[: n_cells + 1],
        x0,
        x1,
        top,
        bottom,
        size,
        plain_len,
        cid,
        note,
        blank,
        bold,
        italic,
        superscript,
        rise,
        word_gap,
        out_row,
        out_sub,
        out_x0,
        out_x1,
        out_bold,
        out_italic,
        out_end,
        cell_box,
    )
    last = len(letters) - 1
    for place in range(written):
        r = out_row[place]
        points[place] = SPACE_CODE if r < 0 else letters[min(first_letter[code_of[r]] + out_sub[place], last)]
    return written


@numba.njit(
    "boolean(uint32[::1], int32[::1], uint64[::1], float64[::1], float64[::1], uint32, boolean[::1], boolean[::1])",
    cache=True,
    nogil=True,
)
def glyph_marks(codes, map_errors, keys, xs, ys, hyphen, cid, split):
    """pdfium_arrays._glyph_marks a glyph at a time: fills cid (no Unicode: code 0 or NO_UNICODE_CODE, or a mapping
    error) and split (a letter of a ligature pdfium split: at the glyph before's origin, in its text object, not a
    cid); returns whether any glyph is either, a hyphen mark that is no cid, or a code past Unicode."""
    marked = False
    for k in range(len(codes)):
        code = codes[k]
        no_unicode = code == 0 or code == NO_UNICODE_CODE or map_errors[k] == 1
        cid[k] = no_unicode
        split[k] = k > 0 and keys[k] == keys[k - 1] and xs[k] == xs[k - 1] and ys[k] == ys[k - 1] and not no_unicode
        if no_unicode or split[k] or code == hyphen or code > 0x10FFFF:
            marked = True
    return marked
