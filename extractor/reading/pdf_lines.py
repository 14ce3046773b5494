"""One PDF page's characters as lines of text with styles and positions (pdfplumber-style char dicts from either engine)."""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import re
from collections import Counter
from collections.abc import Sequence
from statistics import median
from typing import Optional

from extractor.reading.letter_parts import RawLine, is_memo_field_label, memo_field_value_start, normalise_char
from extractor.reference.marks import CELL_MARK, CELL_SEPARATOR, row_marks
from extractor.reference.money import COMPACT_THOUSANDS, CURRENCY_SIGNS, SCALES

DEFAULT_DEDUPE_TOLERANCE = 1  # pdfplumber's default: fake-bold copies sit within 1 pt of the original
DEFAULT_COPY_STEPS = 64  # copies_possible compares chars of a glyph this many places apart at most (then: maybe)
DEFAULT_LINE_TOLERANCE = 0.45  # chars whose vertical middles differ by less than this × size share a line
DEFAULT_COLUMN_GAP = 2.5  # a gap wider than this × font size inside a row separates columns (never a space)
DEFAULT_COLUMN_ROW_PITCH = 2.0  # × font size: rows further apart than this are not one block of columns (signature blocks are set with wide leading)
DEFAULT_MAX_TEXT_COLUMNS = 2  # side-by-side text blocks come in pairs; more cells in a row make a table
DEFAULT_COLUMN_START = 0.1  # × size: a word starting this close to where a column starts begins that column's text
# A table's columns over several lines: a gap empty down every line of a table (a "river") is a column
# boundary even where narrower than DEFAULT_COLUMN_GAP on one line; a row's wrapped lines join it.
# × size: how far down one line of a table stands from the next at most (top to top, which both engines
# measure alike: a row's padding; a paragraph's space is more)
DEFAULT_TABLE_ROW_PITCH = 2.0
DEFAULT_MIN_RIVER = 0.5  # × size: a narrower gap down a table is no column boundary (cell padding is ~0.5-0.7)
DEFAULT_RIVER_SPACES = 1.5  # ... nor one narrower than this many of the table's spaces (a monospaced font's line up)
# The table's space where no gap between its words recurs: this quantile of them (a browser packs columns a few
# points apart, so that in a table of short cells most gaps are column gaps and the median is one of them)
DEFAULT_SPACE_QUANTILE = 0.25
SPACE_PLACES = 1  # decimal places (of a point) two gaps share to be the same gap
DEFAULT_MIN_RIVER_LINES = 3  # a boundary narrower than DEFAULT_COLUMN_GAP needs a table of this many lines
DEFAULT_PROSE_FILL = 0.8  # columns whose lines mostly fill this share of their width are prose, no table
DEFAULT_WRAP_SLACK = 0.1  # × size: a cell's wrapped line stands at most this much further down than the table's closest
# × size: a line closer than this under the line above than every full row of its table stands under its own is a
# wrapped line (a browser's 1 px of cell padding, 0.75 pt, is all that sets a row apart at 12 pt)
DEFAULT_ROW_PADDING = 0.02
# × size: a header's wrapped line stands at most this far under the line above (top to top): a line's pitch
DEFAULT_HEADER_PITCH = 1.6
DEFAULT_MIN_RIVER_COLUMNS = 3  # a table seen only by the gaps down its lines has at least this many columns
DEFAULT_MIN_TEXT_SHARE = 0.5  # a row whose chars are less than half letters is a row of figures
DEFAULT_WORD_GAP = 0.18  # a gap wider than this × font size between two chars is a space (a kerned one is ~0.19)
DEFAULT_SUPERSCRIPT_SIZE = 0.8  # a char this much smaller than its line, and raised, is a superscript
DEFAULT_SCRIPT_SIZE = 0.9  # a group of chars this much smaller than a line it half overlaps is set in it
DEFAULT_SUPERSCRIPT_RISE = 0.15  # × line size: how far above the baseline a superscript's bottom sits
DEFAULT_MIN_IMAGE_SIZE = 12  # points: smaller images are bullets or rules, not logos or signatures
DEFAULT_MIN_CURVE_POINTS = 12  # a vector drawing with this many points may be a drawn signature
# A list's bullet drawn as a round shape (a browser's disc or circle), in points: at least and at most this
# wide and high, and at most DEFAULT_BULLET_REACH × the text's size left of the item's first char.
DEFAULT_BULLET_SIZE = (1.5, 8.0)
DEFAULT_BULLET_REACH = 3.0
DRAWN_BULLET = "\u2022"
DEFAULT_MAX_STYLES = 4096  # font names whose (bold, italic) build_line keeps at hand
DEFAULT_MAX_PLAIN = 65536  # char texts whose plain form build_line keeps at hand

_BOLD = re.compile(r"bold|black|heavy|demi|[,-]b$|[,-]bd$", re.I)
_ITALIC = re.compile(r"italic|oblique|slant|inclined|kursiv|[,-](bold|semibold|light|medium)?it$", re.I)
FAKE_BOLD_KEY = "letters_fake_bold"  # set on a char dict whose overprinted copy dedupe() dropped
RAISED_NOTE_MARKS = set("0123456789*†‡§")
_FIRST, _SECOND, _THIRD, _FOURTH = (operator.itemgetter(k) for k in range(4))
_X0, _X1, _TOP, _BOTTOM = (operator.itemgetter(key) for key in ("x0", "x1", "top", "bottom"))
_PLAIN: dict[str, str] = {}  # normalise_char (ASCII kept) per char text, read by build_line
_STYLES: dict[str, tuple[bool, bool]] = {}  # font_style per font name, read without the lru_cache's call
CID_NAME = re.compile(r"^\(cid:\d+\)$")
# The text of a glyph without a Unicode mapping as pdfminer names it; the pdfium engine writes it too. build_line skips it.
CID_TEXT = "(cid:0)"
# Codes WinAnsiEncoding leaves unused above 40 (octal), as pdfminer names them, and the standard fonts that use it.
_WINANSI_UNUSED = frozenset(f"(cid:{code})" for code in (0o177, 0o201, 0o215, 0o217, 0o220, 0o235))
_BULLET, _COURIER_BULLET = 0.35, 0.6  # the bullet's width in em in Helvetica and Times, and in Courier
_STANDARD_FONT = re.compile(r"^(Helvetica|Times|Courier|Arial|TimesNewRoman)\b[-,\w]*$")


@functools.lru_cache(maxsize=512)
def font_style(fontname: str) -> tuple[bool, bool]:
    """(bold, italic) from a PDF font name such as "ABCDEF+TimesNewRomanPS-BoldItalicMT"."""
    name = fontname.split("+", 1)[-1]
    return bool(_BOLD.search(name)), bool(_ITALIC.search(name))


def dedupe(
    chars: list[dict], tolerance: float = DEFAULT_DEDUPE_TOLERANCE, may_have_copies: Optional[bool] = None
) -> list[dict]:
    """Drop the copies that fake-bold printing overlays on a char (same glyph, font, size, within tolerance).

    Does what pdfplumber's ``Page.dedupe_chars`` does, in linear time: that one sorts per group and
    took 4 s a page on dense pages here. Most pages have no copy at all, which `_may_have_copies`
    tells in a few array operations; only the others go through the char-by-char search. An engine that
    has already run that test on the page's chars (`copies_possible`) passes its answer as may_have_copies.
    """
    if may_have_copies is False or not _may_have_copies(chars, tolerance):
        return chars
    kept: list[dict] = []
    grid: dict[tuple, list[dict]] = {}
    for char in chars:
        key = (char["text"], char.get("fontname"), round(float(char.get("size") or 0), 1))
        x0, top = char["x0"], char["top"]
        gx, gy = int(x0 // tolerance), int(top // tolerance)
        duplicate = False
        for cell in (
            (gx, gy),
            (gx - 1, gy),
            (gx + 1, gy),
            (gx, gy - 1),
            (gx, gy + 1),
            (gx - 1, gy - 1),
            (gx - 1, gy + 1),
            (gx + 1, gy - 1),
            (gx + 1, gy + 1),
        ):
            others = grid.get((key, cell))
            if others:
                for other in others:
                    if abs(other["x0"] - x0) <= tolerance and abs(other["top"] - top) <= tolerance:
                        other[FAKE_BOLD_KEY] = True  # printed twice to look bold: it is bold
                        duplicate = True
                        break
            if duplicate:
                break
        if not duplicate:
            kept.append(char)
            grid.setdefault((key, (gx, gy)), []).append(char)
    return kept


def _may_have_copies(chars: list[dict], tolerance: float) -> bool:
    """False when no two chars with the same glyph and font stand within tolerance of each other (so none is a copy)."""
    if len(chars) < 2:
        return False
    import numpy as np

    # A hash collision only sends a page to the search for nothing, never lets one skip it.
    glyphs = np.array([hash((c["text"], c.get("fontname"))) for c in chars], dtype=np.int64)
    x0 = np.array([c["x0"] for c in chars], dtype=np.float64)
    top = np.array([c["top"] for c in chars], dtype=np.float64)
    return copies_possible(glyphs, x0, top, tolerance)


def copies_possible(glyphs, x0, top, tolerance: float = DEFAULT_DEDUPE_TOLERANCE) -> bool:
    """Whether two chars with the same glyph stand within tolerance of each other (as dedupe's copies do).

    glyphs: integer arrays equal for equal text and font name (the size is left out: a coarser test may send a
    page to the search for nothing, never skip one), x0 and top: each char's. True for a superset of a page's
    chars is no answer for the page; False is (no copy among fewer chars).
    """
    import numpy as np

    if len(glyphs) < 2:
        return False
    if not (np.isfinite(x0).all() and np.isfinite(top).all()):
        return _shared_cells(glyphs, x0, top, tolerance)
    # By glyph, then from left to right: the chars of a glyph within tolerance of one another's x0 stand next to
    # one another, so pairs d places apart are compared for d = 1, 2, ... until no pair that far apart is close.
    order = np.lexsort((x0, glyphs))
    from extractor.reading.pdfium_kernel import KernelError, loaded, run_kernel

    compiled = loaded()
    if compiled is not None:  # the steps below a pair at a time, stopping at the first answer: the same answer
        try:
            glyph_ids = np.ascontiguousarray(glyphs, dtype=np.int64)
            boxes = np.ascontiguousarray(x0, dtype=np.float64), np.ascontiguousarray(top, dtype=np.float64)
            found = run_kernel(compiled.copy_steps, order, glyph_ids, *boxes, float(tolerance), DEFAULT_COPY_STEPS)
            return bool(found) if found >= 0 else len(glyphs) > DEFAULT_COPY_STEPS
        except KernelError:  # counted and logged: numpy's steps below
            pass
    glyphs, x0, top = glyphs[order], x0[order], top[order]
    for step in range(1, min(len(glyphs), DEFAULT_COPY_STEPS + 1)):
        near = (glyphs[step:] == glyphs[:-step]) & (x0[step:] - x0[:-step] <= tolerance)
        if not near.any():
            return False
        if (near & (np.abs(top[step:] - top[:-step]) <= tolerance)).any():
            return True
    return len(glyphs) > DEFAULT_COPY_STEPS  # a glyph stacked in one column many times: left to the search


def _shared_cells(glyphs, x0, top, tolerance: float) -> bool:
    """The coarser grid test of copies_possible, for chars whose boxes are not all finite numbers."""
    import numpy as np

    # One int64 per char and cell: equal glyph, font and cell give equal numbers.
    gx = np.floor_divide(x0, tolerance)
    gy = np.floor_divide(top, tolerance)
    # Cells are tolerance wide, so a copy is in the same or a neighbouring cell: group by cells twice as
    # wide at both offsets, and a copy shares a group with its original in at least one of the four.
    with np.errstate(invalid="ignore", over="ignore"):
        for ox in (0, 1):
            column = np.floor_divide(gx + ox, 2).astype(np.int64) * _CELL_PRIME
            for oy in (0, 1):
                keys = glyphs * _GLYPH_PRIME + column + np.floor_divide(gy + oy, 2).astype(np.int64)
                if len(np.unique(keys)) < len(glyphs):
                    return True
    return False


_GLYPH_PRIME, _CELL_PRIME = 1_000_003, 999_983  # spread glyph, column and row over the int64 key


def _orientation(char: dict) -> int:
    """Reading direction of a char in degrees clockwise on the page: 0, 90, 180 or 270."""
    matrix = char.get("matrix") or (1, 0, 0, 1, 0, 0)
    a, b = matrix[0], matrix[1]
    if b == 0 and a > 0:
        return 0
    if abs(a) >= abs(b):
        return 0 if a >= 0 else 180
    return 90 if b < 0 else 270


def _frame(char: dict, orientation: int, width: float, height: float) -> tuple[float, float, float, float]:
    """The char's box (x0, x1, top, bottom) turned so that its text reads left to right."""
    x0, x1, top, bottom = char["x0"], char["x1"], char["top"], char["bottom"]
    if orientation == 90:
        return top, bottom, width - x1, width - x0
    if orientation == 270:
        return height - bottom, height - top, x0, x1
    if orientation == 180:
        return width - x1, width - x0, height - bottom, height - top
    return x0, x1, top, bottom


def _visible(char: dict, width: float, height: float) -> bool:
    """False for chars off the page or drawn in white (hidden text)."""
    if char["x1"] < 0 or char["x0"] > width or char["bottom"] < 0 or char["top"] > height:
        return False
    colour = char.get("non_stroking_color")
    space = str(char.get("ncs") or "")
    if isinstance(colour, (int, float)):
        colour = (colour,)
    if isinstance(colour, (tuple, list)) and colour and all(isinstance(v, (int, float)) for v in colour):
        # White means 1 in gray and RGB but 0 in CMYK; in Separation/DeviceN spaces 1 is full ink.
        if len(colour) in (1, 3) and ("Gray" in space or "RGB" in space or not space) and min(colour) >= 0.99:
            return False
        if len(colour) == 4 and ("CMYK" in space or not space) and max(colour) <= 0.01:
            return False
    return True


def _layout_objects(page) -> tuple[list[dict], list[dict]]:
    """Chars (as pdfplumber-style dicts) and image/curve boxes, straight from pdfminer's layout.

    pdfplumber's ``page.chars`` turns every layout object into a dict of all its attributes, which
    was ~75% of its cost here; we take only the few attributes the reader uses, with the same
    coordinates pdfplumber computes (top-left origin, MediaBox offset applied).
    """
    from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage

    height = float(page.height)
    mb_x0, mb_top = float(page.mediabox[0]), float(page.mediabox[1])
    chars: list[dict] = []
    shapes: list[dict] = []
    stack = [iter(page.layout._objs)]
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
            continue
        if isinstance(obj, LTChar):
            fontname = obj.fontname
            if isinstance(fontname, bytes):
                fontname = fontname.decode("latin-1", errors="replace")
            text, x1 = obj.get_text(), obj.x1
            if text in _WINANSI_UNUSED and _STANDARD_FONT.match(fontname):
                # PDF 1.7 Annex D: WinAnsiEncoding's unused codes show a bullet (as pdfium reads them);
                # pdfminer gives them no glyph and no width, the standard fonts' bullet has its width.
                text = "\u2022"
                x1 = obj.x0 + (_COURIER_BULLET if "Courier" in fontname else _BULLET) * obj.size
            colour = obj.graphicstate.ncolor
            ncs = getattr(obj, "ncs", None)
            chars.append(
                {
                    "text": text,
                    "fontname": fontname,
                    "size": obj.size,
                    "x0": obj.x0 + mb_x0,
                    "x1": x1 + mb_x0,
                    "top": height - obj.y1 + mb_top,
                    "bottom": height - obj.y0 + mb_top,
                    "matrix": obj.matrix,
                    "non_stroking_color": colour if isinstance(colour, tuple) else (colour,),
                    "ncs": getattr(ncs, "name", None),
                }
            )
        elif isinstance(obj, LTContainer):
            stack.append(iter(obj._objs))
        elif isinstance(obj, LTImage) or (type(obj) is LTCurve and len(obj.pts) >= DEFAULT_MIN_CURVE_POINTS):
            shapes.append(
                {
                    "x0": obj.x0 + mb_x0,
                    "x1": obj.x1 + mb_x0,
                    "top": height - obj.y1 + mb_top,
                    "bottom": height - obj.y0 + mb_top,
                }
            )
    return chars, shapes


def plumber_page(page) -> tuple[float, float, list[dict], list[dict]]:
    """One pdfplumber page as (width, height, chars, shapes), the form every engine hands page_lines."""
    chars, shapes = _layout_objects(page)
    return float(page.width), float(page.height), chars, shapes


def page_lines(
    width: float,
    height: float,
    raw_chars: Sequence[dict],
    shapes: list[dict],
    number: int,
    may_have_copies: Optional[bool] = None,
    columns=None,
) -> tuple[list[RawLine], list[RawLine], int, float]:
    """Lines and images of one page's chars and shapes: (text lines, image markers, chars, upright height).

    may_have_copies: False when the engine found no fake-bold copy possible among raw_chars (see dedupe);
    columns: raw_chars as char_columns.CharColumns, from an engine that has them (the first stages then run on arrays);
    raw_chars is then a list or a char_dicts.CharDicts (its dicts built when asked for).
    """
    if columns is not None:
        from extractor.reading.char_columns import shown
        from extractor.reading.char_dicts import CharDicts

        rows = shown(columns, width, height)
        if len(rows) == len(raw_chars):
            chars = raw_chars  # every char shown (rows are in order): the engine's dicts, still unbuilt
        elif isinstance(raw_chars, CharDicts):
            chars = raw_chars.take(rows)  # char_dicts.CharDicts: the shown ones, still unbuilt
        else:
            chars = [raw_chars[k] for k in rows.tolist()]
        deduped = dedupe(chars, may_have_copies=may_have_copies)
        bullets = _drawn_bullets(shapes, deduped)
        if deduped is chars and not bullets:
            from extractor.reading.pdfium_kernel import KernelError

            try:
                shown_columns = columns if chars is raw_chars else columns.take(rows)  # all shown: no copy needed
                lines, upright_height = _lines(chars, number, width, height, shown_columns)
            except KernelError:  # a compiled kernel failed (counted): the char-by-char code reads the same
                lines, upright_height = _lines(chars, number, width, height)
            return lines, _images(shapes, number, width), len(chars), upright_height
        chars = deduped + bullets  # a copy dropped or a bullet added: the columns are the page's no more
        lines, upright_height = _lines(chars, number, width, height)
        return lines, _images(shapes, number, width), len(chars), upright_height
    colours: dict = {}
    chars = []
    for char in raw_chars:
        if not char["text"]:
            continue
        if char["x1"] < 0 or char["x0"] > width or char["bottom"] < 0 or char["top"] > height:
            continue  # off the page: cropped away, never seen
        # Equal colours are equally visible: the colour itself is the key, its repr when it cannot hash.
        key = (char["non_stroking_color"], char["ncs"])
        try:
            visible = colours.get(key)
        except TypeError:
            key = (repr(key[0]), str(key[1] or ""))
            visible = colours.get(key)
        if visible is None:
            visible = colours[key] = _visible(char, width, height)
        if visible:
            chars.append(char)
    chars = dedupe(chars, may_have_copies=may_have_copies)
    chars += _drawn_bullets(shapes, chars)
    lines, upright_height = _lines(chars, number, width, height)
    return lines, _images(shapes, number, width), len(chars), upright_height


def _images(shapes: list[dict], number: int, width: float) -> list[RawLine]:
    """An image marker for each shape large enough to be a logo, a signature or a picture (not a page-wide rule)."""
    images = []
    for shape in shapes:
        w, h = shape["x1"] - shape["x0"], shape["bottom"] - shape["top"]
        if w >= DEFAULT_MIN_IMAGE_SIZE and h >= DEFAULT_MIN_IMAGE_SIZE and w < width * 0.95:
            images.append(
                RawLine(
                    text="", page=number, bbox=(shape["x0"], shape["top"], shape["x1"], shape["bottom"]), is_image=True
                )
            )
    return images


def _drawn_bullets(shapes: list[dict], chars: list[dict]) -> list[dict]:
    """A bullet char for each list bullet drawn as a shape at a line's start (browsers draw a list's discs,
    which no engine reads as text, so the items ran together as one paragraph), set as the item's first char."""
    low, high = DEFAULT_BULLET_SIZE
    shapes = [s for s in shapes if low <= s["x1"] - s["x0"] <= high and low <= s["bottom"] - s["top"] <= high]
    if not shapes or not chars:
        return []
    # Chars by top, so that the chars across a shape's middle are found by bisection, not a scan of the page:
    # they start at most the tallest char's height above it. Ties keep the page's order (min() below).
    order = sorted(range(len(chars)), key=lambda k: chars[k]["top"])
    tops = [chars[k]["top"] for k in order]
    tallest = max(c["bottom"] - c["top"] for c in chars)
    out = []
    for shape in shapes:
        middle = (shape["top"] + shape["bottom"]) / 2
        near = order[bisect.bisect_left(tops, middle - tallest) : bisect.bisect_right(tops, middle)]
        band = [chars[k] for k in sorted(near) if chars[k]["top"] <= middle <= chars[k]["bottom"]]
        if any(c["x1"] <= shape["x0"] for c in band):
            continue  # something stands before it on its line: no list's bullet
        after = [c for c in band if c["x0"] >= shape["x1"]]
        first = min(after, key=_X0, default=None)
        if first is None or first["x0"] - shape["x1"] > DEFAULT_BULLET_REACH * first["size"]:
            continue
        out.append({**first, "text": DRAWN_BULLET, "x0": shape["x0"], "x1": shape["x1"]})
    return out


def lines_from_chars(chars: list[dict], number: int, width: float, height: float) -> tuple[list[RawLine], float]:
    """Lines in reading order from pdfplumber-style char dicts (a PDF's, or words read by OCR), and the upright height."""
    return _lines(chars, number, width, height)


def _lines(
    chars: Sequence[dict], number: int, width: float, height: float, columns=None
) -> tuple[list[RawLine], float]:
    """Group chars into lines in reading order; also return the page height in reading direction.

    columns: the chars as char_columns.CharColumns, when the engine gave them: upright text is grouped on arrays.
    """
    if not chars:
        return [], height
    if columns is not None:
        from extractor.reading.char_columns import line_groups, page_cells

        cells = page_cells(columns, chars, number)
        if cells is not None:
            return _rows_in_order(cells[0], number, 0, built=cells[1]), height
        groups = line_groups(columns, chars, DEFAULT_LINE_TOLERANCE)
        if groups is not None:
            return _rows_in_order(groups, number, 0, columns, chars), height
    # Upright chars (matrix a > 0, b = 0) are nearly all of them: skip the general test for those.
    orientations = [0 if (m := c.get("matrix")) is None or (m[1] == 0 and m[0] > 0) else _orientation(c) for c in chars]
    counts = {o: orientations.count(o) for o in set(orientations)}
    main = max(counts, key=counts.get)
    # Text at another angle (a sideways reference in the margin) is not part of the letter's flow.
    if main == 0 and len(counts) == 1:
        items = [(c["x0"], c["x1"], c["top"], c["bottom"], c) for c in chars]
    else:
        items = [
            (*_frame(char, orientation, width, height), char)
            for char, orientation in zip(chars, orientations)
            if orientation == main
        ]
    middles = [(item[2] + item[3]) / 2 for item in items]
    order = sorted(range(len(items)), key=middles.__getitem__)
    groups: list[list[tuple]] = []
    middle = size = None
    tolerance = DEFAULT_LINE_TOLERANCE
    for k in order:
        item = items[k]
        mid = middles[k]
        char_size = float(item[4].get("size") or (item[3] - item[2]) or 1.0)
        if groups and abs(mid - middle) <= tolerance * (size if size > char_size else char_size):
            groups[-1].append(item)
            continue
        groups.append([item])
        middle, size = mid, char_size
    return _rows_in_order(groups, number, main), (height if main in (0, 180) else width)


def _rows_in_order(
    groups: list[list],
    number: int,
    main: int,
    columns=None,
    chars: Optional[Sequence[dict]] = None,
    built: Optional[list] = None,
) -> list[RawLine]:
    """The lines of a page's groups of chars, scripts set in their lines, tables cut into rows, in reading order.

    columns (upright text only): the page's chars as char_columns.CharColumns, aligned with chars: lines are
    then cut into cells and built on arrays (char_columns.group_lines), where they can be. built: each group's
    cells' lines, where char_columns.page_cells made them (scripts set, groups as _table_rows takes them).
    """
    if built is None and columns is not None:
        from extractor.reading.char_columns import dict_items, group_lines, group_sizes, script_fields

        # Each group holds its chars' rows in columns and chars (line_groups), not items.
        attached = _attach_scripts(groups, group_sizes(groups, columns), script_fields(columns))
        # Each script set in a line leaves a group fewer: with as many, they are the groups as they were (and
        # line_groups's char_columns.RowGroups keeps their rows in one array).
        groups = groups if len(attached) == len(groups) else attached
        built = group_lines(groups, columns, chars, number)
        if built is None or any(sum(line is not None for line in cells) > 1 for cells in built):
            # The char-by-char code, or the tables' (which read a line's chars), takes items with the dicts.
            # Else the groups stay rows: _table_rows reads a line's chars only where it has more than one cell.
            groups = dict_items(groups, columns, chars)
    elif built is None:
        groups = _attach_scripts(groups)
    if built is None:
        built = [[_cell_line(cell, number, main) for cell in _cells(group)] for group in groups]
    rows: list[tuple[list, list[RawLine]]] = []  # each line's chars (items, or rows) and the lines of its cells
    for group, cells in zip(groups, built):
        lines = [line for line in cells if line is not None]
        if lines:
            rows.append((group, lines))
    return _column_order(_table_rows(rows, number, main))


def _cell_line(items: list[tuple], number: int, main: int) -> Optional[RawLine]:
    """build_line of a cell's chars; sideways text maps every char to the whole line."""
    line = build_line(items, number)
    if line is not None and main != 0:
        # Per-char x positions mean nothing across sideways text: map every char to the whole line.
        n = len(line.text)
        line.char_x0, line.char_x1 = [line.bbox[0]] * n, [line.bbox[2]] * n
    return line


def _table_rows(rows: list[tuple[list[tuple], list[RawLine]]], number: int, main: int) -> list[list[RawLine]]:
    """Each line's cells, with every table's lines cut at the table's columns and a row's wrapped lines joined."""
    # A line's chars are read only where it has more than one cell: _rows_in_order leaves them row numbers otherwise.
    figures = [_figure_row(cells) for _, cells in rows]
    # Labels and their figures make a table in a run of such rows; one alone is a running head and its page number.
    anchors = [
        k
        for k, (_, cells) in enumerate(rows)
        if len(cells) > 1
        and (
            _table_row(cells)
            or figures[k]
            and (k > 0 and figures[k - 1] or k + 1 < len(rows) and figures[k + 1])
            or _river_table(rows, k)
        )
    ]
    if not anchors:
        return [cells for _, cells in rows]  # most pages: no table, nothing to do
    out: list[list[RawLine]] = []
    done = 0
    for start, end in _table_blocks(rows, anchors):
        out += [cells for _, cells in rows[done:start]]
        out += _block_rows(rows[start:end], number, main)
        done = end
    return out + [cells for _, cells in rows[done:]]


def _table_row(cells: list[RawLine]) -> bool:
    """True for a row that only a table holds: more cells than side-by-side text has, or cells of figures."""
    return len(cells) > DEFAULT_MAX_TEXT_COLUMNS or _tabular(cells)


def _river_table(rows: list[tuple[list[tuple], list[RawLine]]], k: int) -> bool:
    """Whether a line of two cells opens a table whose other columns show only as gaps down its lines
    ("Sudan  MYRP  25,000,000  learning spaces ..." with its cells' wrapped lines, as a browser sets a table)."""
    lo = max(0, min(k - 1, len(rows) - DEFAULT_MIN_RIVER_LINES))
    window = rows[lo : lo + DEFAULT_MIN_RIVER_LINES]
    if len(window) < DEFAULT_MIN_RIVER_LINES:
        return False
    boxes = [_row_box(cells) for _, cells in window]
    if any(b[0] - a[0] > DEFAULT_TABLE_ROW_PITCH * max(a[2], b[2]) for a, b in itertools.pairwise(boxes)):
        return False  # not one block of lines
    return len(_columns(window)) >= DEFAULT_MIN_RIVER_COLUMNS - 1


def _figure_row(cells: list[RawLine]) -> bool:
    """A label and its figure ("Humanitarian assistance  4.5"): no column of running text is a number alone."""
    return len(cells) == DEFAULT_MAX_TEXT_COLUMNS and bool(_FIGURE_CELL.fullmatch(cells[-1].text))


def _row_box(cells: list[RawLine]) -> tuple[float, float, float]:
    """(top, bottom, size) of a line of cells."""
    return min(c.box[1] for c in cells), max(c.box[3] for c in cells), max(c.size for c in cells) or 1.0


def _table_blocks(rows: list[tuple[list[tuple], list[RawLine]]], anchors: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each table: from a table row, the lines next to it that leave its columns' gaps open."""
    blocks: list[tuple[int, int]] = []
    for anchor in anchors:
        if blocks and anchor < blocks[-1][1]:
            continue
        cells = rows[anchor][1]
        rivers = [(a.box[2], b.box[0]) for a, b in zip(cells, cells[1:])]
        floor = blocks[-1][1] if blocks else 0
        start = end = anchor
        while start > floor and (kept := _joins(rows[start - 1][1], rows[start][1], rows[start - 1][0], rivers)):
            start, rivers = start - 1, kept
        while end + 1 < len(rows) and (kept := _joins(rows[end + 1][1], rows[end][1], rows[end + 1][0], rivers)):
            end, rivers = end + 1, kept
        blocks.append((start, end + 1))
    return blocks


def _joins(cells: list[RawLine], neighbour: list[RawLine], group: list[tuple], rivers: list) -> Optional[list]:
    """The table's gaps narrowed by a line next to it, or None when the line is too far or closes a gap."""
    # Prose above or below a table runs across its columns: a word of it closes a gap.
    top, _, size = _row_box(cells)
    n_top, _, n_size = _row_box(neighbour)
    if abs(top - n_top) > DEFAULT_TABLE_ROW_PITCH * max(size, n_size):
        return None
    words = _words(group)
    kept = [_narrowed(river, words) for river in rivers]
    if any(b - a < DEFAULT_MIN_RIVER * size for a, b in kept):
        return None
    return kept


def _words(group: list[tuple]) -> list[list[float]]:
    """[x0, x1] of each word of a line's chars (sorted by x): inked chars parted by less than a space."""
    words: list[list[float]] = []
    for item in group:
        if not str(item[4].get("text") or "").strip():
            continue
        if words and item[0] - words[-1][1] <= DEFAULT_WORD_GAP * float(item[4].get("size") or 1.0):
            words[-1][1] = max(words[-1][1], item[1])
        else:
            words.append([item[0], item[1]])
    return words


def _narrowed(river: tuple[float, float], words: list[list[float]]) -> tuple[float, float]:
    """The widest part of a gap that the words leave empty."""
    pieces = [river]
    for x0, x1 in words:
        if x1 > river[0] and x0 < river[1]:
            pieces = [p for lo, hi in pieces for p in ((lo, min(hi, x0)), (max(lo, x1), hi)) if p[1] > p[0]]
    return max(pieces, key=lambda p: p[1] - p[0], default=(river[0], river[0]))


def _columns(block: list[tuple[list[tuple], list[RawLine]]]) -> list[tuple[float, float]]:
    """The gaps (x0, x1) empty down every line of a table and wide enough to part its columns."""
    spans = sorted(word for group, _ in block for word in _words(group))
    size = median(max(c.size for c in cells) or 1.0 for _, cells in block)
    wide = DEFAULT_COLUMN_GAP * size
    # The spaces between words (gaps narrower than a column's gap): a monospaced font's line up down a table.
    gaps = [b[0] - a[1] for group, _ in block for a, b in itertools.pairwise(_words(group))]
    # The table's space: its space chars' width where the PDF writes them, else measured from the gaps.
    written = [item[1] - item[0] for group, _ in block for item in group if item[4].get("text") == " "]
    written = [width for width in written if width > 0]
    space = median(written) if written else _table_space([gap for gap in gaps if gap <= wide])
    least = max(DEFAULT_MIN_RIVER * size, DEFAULT_RIVER_SPACES * space)
    gaps = []
    right = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - right >= least and (x0 - right > wide or len(block) >= DEFAULT_MIN_RIVER_LINES):
            gaps.append((right, x0))
        right = max(right, x1)
    return gaps


def _table_space(gaps: list[float]) -> float:
    """A table's space among the gaps between its words narrower than a column's: the narrowest that recurs (one
    font's space is one width, wherever a cell holds two words), else DEFAULT_SPACE_QUANTILE of them. In a table of
    figures most narrow gaps are its columns' (blind44's pledges by year, 9 pt apart, beside a few 3.5 pt spaces),
    and a quantile of them all had taken one of those for the space, hiding every narrow column."""
    counts = Counter(round(gap, SPACE_PLACES) for gap in gaps)
    recurring = [gap for gap, count in counts.items() if count > 1]
    if recurring:
        return min(recurring)
    return sorted(gaps)[int(DEFAULT_SPACE_QUANTILE * (len(gaps) - 1))] if gaps else 0.0


def _block_rows(block: list[tuple[list[tuple], list[RawLine]]], number: int, main: int) -> list[list[RawLine]]:
    """A table's lines as rows (one line each, cells joined by CELL_SEPARATOR), wrapped lines joined to their row."""
    starts = [x0 for x0, _ in _columns(block)]
    cut: list[tuple] = []  # each line's chars and line per column, its top and bottom
    for group, cells in block:
        parts: list[list[tuple]] = [[] for _ in range(len(starts) + 1)]
        for item in group:
            parts[bisect.bisect_right(starts, item[0])].append(item)
        lines = [_part_line(part, number, main) if part else None for part in parts]
        if any(line is not None for line in lines):
            cut.append((parts, lines, *_row_box(cells)[:2]))
    # How far each column's text reaches: a word that would have run past it went to the next line.
    rights = [
        max((line.box[2] for _, lines, _, _ in cut if (line := lines[c]) is not None), default=0.0)
        for c in range(len(starts) + 1)
    ]
    if _prose(cut, len(rights)):
        return [cells for _, cells in block]  # columns of running text (a journal's page): lines as they were
    # A row's padding sets it further below the row above than a cell's wrapped line below the line above:
    # only a table with both spacings shows which lines are wrapped (without padding, none is joined).
    spacings = [b[2] - a[3] for a, b in itertools.pairwise(cut)]
    size = median(_row_box(cells)[2] for _, cells in block)
    slack = DEFAULT_WRAP_SLACK * size
    leading = min(spacings) if spacings and max(spacings) - min(spacings) > slack else -math.inf
    # A line that fills every column, one of whose first words would have fitted on the line above, opens a row for
    # sure: a line set closer than all of those is wrapped, even where the wrapped lines' own spacings differ (a
    # browser's line height varies with the fonts a line uses) and even where it fills every column too.
    filled = [sum(line is not None for line in lines) for _, lines, _, _ in cut]
    sure = [
        spacings[k - 1]
        for k in range(1, len(cut))
        if filled[k] == max(filled)
        and not _overflows([[line] if line else [] for line in cut[k - 1][1]], *cut[k][:2], rights)
    ]
    opening = min(sure) - DEFAULT_ROW_PADDING * size if sure else -math.inf
    table: list[list[list[RawLine]]] = []  # rows, columns, the cell's lines
    for k, (parts, lines, top, _) in enumerate(cut):
        spacing = top - cut[k - 1][3] if k else math.inf
        closer = spacing < opening
        wraps = (
            bool(table)
            and (spacing <= leading + slack or closer)
            and _wrapped(table[-1], parts, lines, rights, every_column=closer)
        )
        _add_row(table, lines, wraps)
    return [[line] for line in _row_lines(table)]


def _add_row(rows: list[list[list[RawLine]]], cells: list[Optional[RawLine]], wraps: bool) -> None:
    """A table's next line of cells (None where a column is empty): a row of its own, or, when it wraps the
    row above, each cell joined to that row's cell in its column."""
    if rows and wraps:
        for column, cell in enumerate(cells):
            if cell is not None:
                rows[-1][column].append(cell)
    else:
        rows.append([[cell] if cell is not None else [] for cell in cells])


def _row_lines(rows: list[list[list[RawLine]]]) -> list[RawLine]:
    """Each row as one line: a cell's wrapped lines joined, the row's cells set apart; a row of two cells or more
    keeps a mark for each of its empty columns ("| | Sub-total | 90"), as the text reader writes it (row_marks)."""
    out = []
    for row in rows:
        cells = [_wrapped_cell(lines) for lines in row if lines]
        if len(cells) < 2:
            out.append(cells[0])
            continue
        before, between, after = row_marks([bool(lines) for lines in row])
        line = _merge(cells, between)
        out.append(_marked_ends(line, before, after) if before or after else line)
    return out


def _marked_ends(line: RawLine, before: str, after: str) -> RawLine:
    """A row's line with the marks of its empty first and last columns set at its ends."""
    x0, x1 = line.bbox[0] if line.bbox else 0.0, line.bbox[2] if line.bbox else 0.0
    line.text = before + line.text + after
    line.char_x0 = [x0] * len(before) + line.char_x0 + [x1] * len(after)
    line.char_x1 = [x0] * len(before) + line.char_x1 + [x1] * len(after)
    line.bold = [False] * len(before) + line.bold + [False] * len(after)
    line.italic = [False] * len(before) + line.italic + [False] * len(after)
    return line


def _prose(cut: list[tuple], columns: int) -> bool:
    """Whether every column's lines mostly fill its width, as running text set in columns does."""
    # A table has a column of short cells: its keys, its figures (a column of sums is never running text,
    # however evenly its cells fill it: "NOK 85 million", "NOK 60 million").
    for column in range(columns):
        lines = [line for _, lines, _, _ in cut if (line := lines[column]) is not None]
        if sum(bool(_FIGURE_CELL.fullmatch(line.text)) for line in lines) > len(lines) / 2:
            return False
        left, right = min(line.box[0] for line in lines), max(line.box[2] for line in lines)
        widths = [line.box[2] - line.box[0] for line in lines]
        if len(lines) < DEFAULT_MIN_RIVER_LINES or median(widths) < DEFAULT_PROSE_FILL * (right - left):
            return False
    return True


def _wrapped(
    row: list[list[RawLine]],
    parts: list[list[tuple]],
    lines: list[Optional[RawLine]],
    rights: list[float],
    every_column: bool = False,
) -> bool:
    """Whether a table's line goes on the row above as the wrapped lines of some of the row's cells (of all of
    them only when ``every_column``: its spacing tells it from a row)."""
    # Text in only some of the columns the row opened, and in each the row's text ends where the line's
    # first word would not have fitted (so the producer wrapped it).
    filled = sum(line is not None for line in lines)
    if not every_column and filled >= sum(1 for cell in row if cell):
        return False  # as many cells as the row: a row of its own (one the row has not opened, _overflows refuses)
    return _overflows(row, parts, lines, rights)


def _overflows(
    row: list[list[RawLine]], parts: list[list[tuple]], lines: list[Optional[RawLine]], rights: list[float]
) -> bool:
    """Whether in each column a line fills, the row's text ends where the line's first word would not have fitted."""
    filled = [column for column, line in enumerate(lines) if line is not None]
    if not filled or any(not row[column] for column in filled):
        return False
    size = _row_box([lines[column] for column in filled])[2]
    for column in filled:
        words = _words(parts[column])
        if (
            not words
            or row[column][-1].box[2] + DEFAULT_WORD_GAP * size + (words[0][1] - words[0][0]) <= rights[column]
        ):
            return False  # the word would have fitted on the line above: no wrap
    return True


def _part_line(part: list[tuple], number: int, main: int) -> Optional[RawLine]:
    """The line of a line's chars in one column, a gap wider than DEFAULT_COLUMN_GAP in it still parting cells."""
    # A column of figures set right-aligned under a wider head leaves no gap down the whole table.
    cells = [line for line in (_cell_line(cell, number, main) for cell in _cells(part)) if line is not None]
    if len(cells) > 1:
        return _merge(cells)
    return cells[0] if cells else None


def _wrapped_cell(lines: list[RawLine]) -> RawLine:
    """A cell's lines as one line: a space between them, none after a line-ending hyphen ("2025-" "2027") nor
    inside a figure a narrow column cut ("1,846,50" over "0)")."""
    cell = lines[0]
    for line in lines[1:]:
        cell = _merge([cell, line], "" if cell.text.endswith("-") or _cut_figure(cell.text, line.text) else " ")
        cell.row = False
    return cell


# A figure grouped in thousands, in brackets or not ("1,846,500", "(53,560)"), and a line's last figure or piece of one
# ("1,846,50", "(53,56", "(412,000"): a producer that breaks a word wider than its cell breaks it anywhere (reportlab,
# a word processor), and a figure has no space.
_GROUPED_FIGURE = re.compile(r"\(?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?")
_WHOLE_GROUPS = re.compile(r"\(?\d{1,3}(?:,\d{3})*")
_FIGURE_END = re.compile(r"(?:^|\s)(\(?\d{1,3}(?:,\d{3})*(?:,\d{0,2})?)$")


def _cut_figure(above: str, below: str) -> bool:
    """Whether a cell's line ends in the first piece of a figure grouped in thousands that the next line ends: its
    last group cut short ("1,846,50" over "0"), its next group below (",500"), or its closing bracket ("(412,000" over ")")."""
    end = _FIGURE_END.search(above)
    rest = below.split(maxsplit=1)[0] if below.strip() else ""
    if not end or not rest or not _GROUPED_FIGURE.fullmatch(end.group(1) + rest):
        return False
    return rest == ")" or rest.startswith(",") or not _WHOLE_GROUPS.fullmatch(end.group(1))


def _group_size(group: list[tuple]) -> float:
    return max(float(item[4].get("size") or (item[3] - item[2]) or 1.0) for item in group)


def _attach_scripts(
    groups: list[list], sizes: Optional[list[float]] = None, fields: tuple = (_FIRST, _SECOND, _THIRD, _FOURTH)
) -> list[list]:
    """Put a superscript or subscript back into the line it stands in.

    ("15<sup>th</sup>" as reportlab draws it, its "th" raised by a third of the line): a group of smaller chars
    whose height overlaps the next (or previous) line and whose x range lies within that line's.
    sizes: each group's _group_size, where the caller has them (char_columns.group_sizes); fields: the getters of
    a group member's x0, x1, top and bottom (char_columns.script_fields for groups of rows).
    """
    groups = list(groups)  # a script joins the next group here, not in the caller's list
    out: list[list[tuple]] = []
    # Each group's size once (a group is asked about as the small one and as both neighbours' line).
    sizes = [_group_size(group) for group in groups] if sizes is None else list(sizes)
    k = 0
    while k < len(groups):
        group = groups[k]
        host = None
        for index in (k + 1, k - 1):
            if 0 <= index < len(groups) and _is_script_of(group, groups[index], sizes[k], sizes[index], fields):
                host = index
                break
        if host == k + 1:
            groups[k + 1] = groups[k + 1] + group
            sizes[k + 1] = max(sizes[k + 1], sizes[k])
        elif host == k - 1 and out:
            out[-1] = out[-1] + group
        else:
            out.append(group)
        k += 1
    return out


def _is_script_of(small: list, line: list, small_size: float, size: float, fields: tuple) -> bool:
    """Whether the chars of ``small`` (of _group_size small_size) are a superscript or subscript set in ``line`` (size);
    fields: the getters of a member's x0, x1, top and bottom."""
    if small_size >= DEFAULT_SCRIPT_SIZE * size:
        return False
    x0_of, x1_of, top_of, bottom_of = fields
    top, bottom = min(map(top_of, small)), max(map(bottom_of, small))
    line_top, line_bottom = min(map(top_of, line)), max(map(bottom_of, line))
    if min(bottom, line_bottom) - max(top, line_top) < 0.5 * (bottom - top):
        return False  # less than half its height within the line: a line of its own (a footnote)
    gap = DEFAULT_COLUMN_GAP * size
    return (
        min(map(x0_of, line)) - gap <= min(map(x0_of, small)) and max(map(x1_of, small)) <= max(map(x1_of, line)) + gap
    )


def _cells(group: list[tuple]) -> list[list[tuple]]:
    """Split a row of chars where a gap far wider than a space separates two columns or cells."""
    group.sort(key=_FIRST)
    cells = [[group[0]]]
    # The gap is measured from the last inked char: a space glyph's width is the engine's guess
    # (pdfminer gives it its advance, pdfium none), and a cell must not hang on it.
    edge = group[0][1]
    for item in group[1:]:
        size = float(item[4].get("size") or 1.0)
        blank = not str(item[4].get("text") or "").strip()
        if not blank and item[0] - edge > DEFAULT_COLUMN_GAP * size:
            cells.append([item])
        else:
            cells[-1].append(item)
        if not blank:
            edge = item[1]
    return cells


def _column_order(rows: list[list[RawLine]]) -> list[RawLine]:
    """Lines in reading order: runs of rows split into the same columns are read column by column."""
    result: list[RawLine] = []
    k = 0
    while k < len(rows):
        width = len(rows[k])
        field = _memo_field(rows, k)
        if field is not None:
            result.append(field[0])
            k = field[1]
            continue
        if width == 1:
            result.extend(rows[k])
            k += 1
            continue
        if width > DEFAULT_MAX_TEXT_COLUMNS or _tabular(rows[k]):
            result.append(_merge(rows[k]))  # a table row reads across, as one line
            k += 1
            continue
        spans = [[cell.box[0], cell.box[2]] for cell in rows[k]]
        end = k + 1
        while (
            end < len(rows)
            and rows[end][0].box[1] - rows[end - 1][0].box[1] <= DEFAULT_COLUMN_ROW_PITCH * (rows[end][0].size or 1.0)
            and _cut_row(rows, end, spans) == width
            and all(cell.box[0] < span[1] and cell.box[2] > span[0] for cell, span in zip(rows[end], spans))
            and not _tabular(rows[end])
        ):
            for cell, span in zip(rows[end], spans):
                span[0], span[1] = min(span[0], cell.box[0]), max(span[1], cell.box[2])
            end += 1
        for column in range(width):
            result.extend(row[column] for row in rows[k:end])
        k = end
    return result


def _memo_field(rows: list[list[RawLine]], k: int) -> Optional[tuple[RawLine, int]]:
    """A memorandum's field set with its label in a column left of its value ("SUBJECT:" beside "Audit of the ..."
    and the value's wrapped lines under it) as one line read across, label and value as two cells, as its text
    is written; and the row after it. None for rows[k] that is no such field. Read column by column, the labels
    stood apart from their values, and a wrapped value's lines apart from its label, so the subject went unseen."""
    cells = rows[k]
    if len(cells) == DEFAULT_MAX_TEXT_COLUMNS and is_memo_field_label(cells[0].text):
        label, value = cells
    elif len(cells) == 1 and (start := memo_field_value_start(cells[0].text)) is not None:
        parts = _cut_at(cells[0], [cells[0].char_x0[start]]) if start < len(cells[0].char_x0) else None
        if parts is None or len(parts) != DEFAULT_MAX_TEXT_COLUMNS:
            return None
        label, value = parts
    else:
        return None
    size = value.size or 1.0
    lines, end = [value], k + 1
    while (
        end < len(rows)
        and len(rows[end]) == 1
        and abs(rows[end][0].box[0] - value.box[0]) <= DEFAULT_COLUMN_START * size
        and 0 < rows[end][0].box[1] - lines[-1].box[1] <= DEFAULT_COLUMN_ROW_PITCH * size
    ):
        lines.append(rows[end][0])
        end += 1
    if len(cells) == 1 and len(lines) == 1:
        return None  # a label and its value on one line, no column under the value: the line as it is
    return _merge([label, _wrapped_cell(lines)]), end


def _cut_row(rows: list[list[RawLine]], k: int, spans: list[list[float]]) -> int:
    """Side-by-side blocks' line whose gap is no wider than a space ("Agency for International Agency for
    International") is read as one line: cut rows[k] where the columns above start; return its cells' count."""
    if len(rows[k]) == 1 and len(spans) > 1:
        parts = _cut_at(rows[k][0], [span[0] for span in spans[1:]])
        if parts is not None:
            rows[k] = parts
    return len(rows[k])


def _cut_at(line: RawLine, starts: list[float]) -> Optional[list[RawLine]]:
    """The line cut before the words that start where the columns do (at a space), or None when one does not."""
    if line.bbox is None or line.row or (line.frame is not None and line.frame != line.bbox):
        return None  # sideways text keeps its one line
    tolerance = DEFAULT_COLUMN_START * (line.size or 1.0)
    cuts = []
    for start in starts:
        at = next(
            (
                i
                for i in range(1, len(line.char_x0))
                if line.text[i - 1] == " " and line.text[i] != " " and abs(line.char_x0[i] - start) <= tolerance
            ),
            None,
        )
        if at is None or (cuts and at <= cuts[-1]):
            return None
        cuts.append(at)
    parts = []
    for a, b in zip([0, *cuts], [*cuts, len(line.text)]):
        text = line.text[a:b].rstrip()
        n = len(text)
        x0s, x1s = line.char_x0[a : a + n], line.char_x1[a : a + n]
        if not text.strip() or not x0s:
            return None
        parts.append(
            RawLine(
                text=text,
                page=line.page,
                bbox=(x0s[0], line.bbox[1], max(x1s), line.bbox[3]),
                frame=None if line.frame is None else (x0s[0], line.bbox[1], max(x1s), line.bbox[3]),
                char_x0=x0s,
                char_x1=x1s,
                bold=line.bold[a : a + n],
                italic=line.italic[a : a + n],
                size=line.size,
            )
        )
    return parts


# A cell that is a figure alone: "4.5", "11.0", "1,250", "(3.2)", "-4%", "$12", or a sum with its currency
# code and scale ("ISK 1.2 billion", "EUR 45 m"), as a column of contributions sets them, or with its currency's
# code or abbreviation after it, as many countries write a sum ("1.096.250,00 MT", "45 000 EUR").
_SCALE_WORDS = "|".join(word for scale in (*SCALES, COMPACT_THOUSANDS) for word in scale[1:])
_CELL_MARKS = re.compile(rf"(?<!\S){re.escape(CELL_MARK)}(?!\S)")  # a row's marks between its cells (row_cells)
_FIGURE_CELL = re.compile(
    rf"\s*[-–(]?(?:[A-Z]{{3}}\s?|US\$|[{CURRENCY_SIGNS}])?\s?\d[\d.,\u00a0\u202f ]*(?:%|\s?(?i:{_SCALE_WORDS})\b)?"
    r"(?:\s?[A-Z]{2,3}\b)?\)?\s*"
)


def _tabular(cells: list[RawLine]) -> bool:
    """True for a row of table cells (figures), as opposed to side-by-side blocks of text."""
    text = " ".join(cell.text for cell in cells)
    letters = sum(ch.isalpha() for ch in text)
    return letters < DEFAULT_MIN_TEXT_SHARE * max(1, len(text.replace(" ", "")))


def _merge(cells: list[RawLine], separator: str | list[str] = CELL_SEPARATOR) -> RawLine:
    """Cells of one row joined into a single line, separator between each (or the n-th of a list of them between
    cells n and n + 1; its marks placed in the gap)."""
    first = cells[0]
    line = RawLine(
        text=first.text,
        page=first.page,
        bbox=first.bbox,
        char_x0=list(first.char_x0),
        char_x1=list(first.char_x1),
        bold=list(first.bold),
        italic=list(first.italic),
        size=first.size,
        frame=first.frame,
        row=True,
    )
    separators = [separator] * (len(cells) - 1) if isinstance(separator, str) else separator
    for cell, between in zip(cells[1:], separators):
        gap = len(between)
        line.text += between + cell.text
        line.char_x0 += [line.char_x1[-1] if line.char_x1 else cell.bbox[0]] * gap + cell.char_x0
        line.char_x1 += [cell.char_x0[0] if cell.char_x0 else cell.bbox[0]] * gap + cell.char_x1
        line.bold += [False] * gap + cell.bold
        line.italic += [False] * gap + cell.italic
        line.bbox = _union(line.bbox, cell.bbox)
        line.frame = _union(line.frame, cell.frame)
        line.size = max(line.size, cell.size)
    return line


def _union(a, b):
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def plain_char(raw: str) -> str:
    """normalise_char of a char's text, looked up in a table: the same few glyphs make up a page."""
    plain = _PLAIN.get(raw)
    if plain is None:
        if len(_PLAIN) > DEFAULT_MAX_PLAIN:
            _PLAIN.clear()  # a long-lived worker meets many scripts: keep the table small
        plain = _PLAIN[raw] = raw if raw.isascii() and raw.isprintable() else normalise_char(raw)
    return plain


def cached_font_style(fontname: str) -> tuple[bool, bool]:
    """font_style of a font name, from a table read without the lru_cache's call."""
    style = _STYLES.get(fontname)
    if style is None:
        if len(_STYLES) > DEFAULT_MAX_STYLES:
            _STYLES.clear()  # a long-lived worker meets many fonts: keep the table small
        style = _STYLES[fontname] = font_style(fontname)
    return style


def build_line(group: list[tuple], number: int) -> Optional[RawLine]:
    """One line of text from its chars: spaces from gaps, normalised chars, per-char boxes and styles."""
    group.sort(key=_FIRST)
    out: list[tuple] = []  # (char, page x0, page x1, bold, italic) of each char written, spaces included
    write = out.append
    sizes = []
    used = []  # the items written, for the boxes
    # The last char written: frame x1, page x1, bold, italic, size (previous_fx1 None: none yet).
    previous_fx1 = previous_x1 = previous_b = previous_i = previous_size = None
    pending_space = False
    sizes_all = [float(item[4].get("size") or 0) for item in group]
    main_size = max(sizes_all)
    small = DEFAULT_SUPERSCRIPT_SIZE * main_size
    full = [item[3] for item, size in zip(group, sizes_all) if size >= small]
    raised = (median(full) - DEFAULT_SUPERSCRIPT_RISE * main_size) if full else None
    gap_ratio = DEFAULT_WORD_GAP
    plain_of, style_of, fake_bold = _PLAIN, _STYLES, FAKE_BOLD_KEY
    for item, char_size in zip(group, sizes_all):
        fx0, fx1, _, fbottom, char = item
        raw = char["text"]
        if raw[0] == "(" and CID_NAME.match(raw):
            continue  # a glyph without a Unicode mapping: nothing a reader could use
        if raw in RAISED_NOTE_MARKS and raised is not None and char_size < small and fbottom < raised:
            continue  # a raised footnote mark ("Asylum¹"): glued to the word it would spoil it
        plain = plain_of.get(raw)
        if plain is None:
            plain = plain_char(raw)
        if not plain or plain.isspace():
            # Remember where the space char ends: a glyph drawn over it (Chromium draws its
            # hyphenation hyphen on top of a space) does not follow a space.
            # A space char drawn inside the glyph before it (Chromium sets one over the "1" of
            # "COVID-19" in a title) separates nothing.
            middle = (fx0 + fx1) / 2
            pending_space = middle if previous_fx1 is not None and middle >= previous_fx1 else False
            continue
        char_size = char_size or 1.0
        fontname = char.get("fontname") or ""
        style = style_of.get(fontname)
        if style is None:
            style = cached_font_style(fontname)
        b, i = style
        b = b or fake_bold in char
        x0, x1 = float(char["x0"]), float(char["x1"])
        if previous_fx1 is not None:
            spaced = pending_space is not False and fx0 >= pending_space
            if spaced or fx0 - previous_fx1 > gap_ratio * (char_size if char_size > previous_size else previous_size):
                write((" ", previous_x1, x0, previous_b and b, previous_i and i))
        pending_space = False
        if len(plain) == 1:
            write((plain, x0, x1, b, i))
        else:
            step = (x1 - x0) / len(plain)
            for k, ch in enumerate(plain):
                write((ch, x0 + k * step, x0 + (k + 1) * step, b, i))
        sizes.append(char_size)
        used.append(item)
        previous_fx1, previous_x1, previous_b, previous_i, previous_size = fx1, x1, b, i, char_size
    if not out:
        return None
    # A soft hyphen is only meaningful where it ends the line.
    text = [row[0] for row in out]
    if "\u00ad" in text[:-1]:
        last = len(out) - 1
        out = [row for k, row in enumerate(out) if row[0] != "\u00ad" or k == last]
        text = [row[0] for row in out]
    chars = [item[4] for item in used]
    return RawLine(
        text="".join(text),
        page=number,
        bbox=(
            float(min(map(_X0, chars))),
            float(min(map(_TOP, chars))),
            float(max(map(_X1, chars))),
            float(max(map(_BOTTOM, chars))),
        ),
        char_x0=[row[1] for row in out],
        char_x1=[row[2] for row in out],
        bold=[row[3] for row in out],
        italic=[row[4] for row in out],
        size=median(sizes),
        frame=(
            float(min(map(_FIRST, used))),
            float(min(map(_THIRD, used))),
            float(max(map(_SECOND, used))),
            float(max(map(_FOURTH, used))),
        ),
    )


def row_cells(line: RawLine) -> list[tuple[int, int]]:
    """(start, end) in a row line's text of each of its cells, as _row_lines joined them: an empty column's cell
    is empty (start == end) between its marks ("| | Sub-total | 90")."""
    spans, start = [], 0
    for mark in _CELL_MARKS.finditer(line.text):
        at = mark.start()
        spans.append((start, max(start, at - 1)))
        start = min(at + 2, len(line.text))
    return [*spans, (start, len(line.text))]


def table_columns(rows: list[RawLine]) -> Optional[list[float]]:
    """Where each of a table's columns starts (and math.inf, the last one's open end), from the rows that fill
    the most columns, or None when they do not line up (one column's cells reach past the next one's start)."""
    counts = [len(row_cells(row)) for row in rows]
    full = [row for row, count in zip(rows, counts) if count == max(counts)]
    if max(counts) < 2 or len(full) < 2:
        return None
    # An empty cell (a total's row under a label column) says nothing of where its column stands.
    spans = [
        [(row.char_x0[a], max(row.char_x1[a:b])) if a < b <= len(row.char_x1) else None for a, b in row_cells(row)]
        for row in full
    ]
    columns = [[cells[c] for cells in spans if cells[c] is not None] for c in range(max(counts))]
    if not all(columns):
        return None
    lows = [min(x0 for x0, _ in column) for column in columns]
    highs = [max(x1 for _, x1 in column) for column in columns]
    if any(high >= low for high, low in zip(highs, lows[1:])):
        return None
    return [*lows, math.inf]


def recut_rows(lines: list[RawLine], bounds: list[float]) -> Optional[list[RawLine]]:
    """Table rows cut again at columns found elsewhere (bounds: where each column starts, then where the last
    ends), a wrapped header's lines joined cell by cell; None when a word falls across a
    boundary or outside the table, or when two cells a line had would fall in one column."""
    size = max(line.size for line in lines) or 1.0
    slack = DEFAULT_COLUMN_START * size
    cut: list[list[Optional[RawLine]]] = []
    for line in lines:
        spans: list[Optional[tuple[int, int, int]]] = [None] * (len(bounds) - 1)  # (cell, start, end) a column
        for index, (a, b) in enumerate(row_cells(line)):
            for word in re.finditer(r"\S+", line.text[a:b]):
                start, end = a + word.start(), a + word.end()
                x0, x1 = line.char_x0[start], max(line.char_x1[start:end])
                column = bisect.bisect_right(bounds, x0 + slack) - 1
                if not 0 <= column < len(spans) or x1 > bounds[column + 1]:
                    return None  # outside the table, or across two of its columns
                held = spans[column]
                if held is not None and held[0] != index:
                    return None  # two cells of the line in one column: not this table's columns
                spans[column] = (index, start if held is None else held[1], end)
        cut.append([None if span is None else _slice(line, span[1], span[2]) for span in spans])
    rows: list[list[list[RawLine]]] = []
    for k, columns in enumerate(cut):
        _add_row(rows, columns, bool(rows) and _header_wrap(lines[k - 1], lines[k], cut[k - 1], columns))
    return _row_lines(rows)


def _header_wrap(
    above: RawLine, line: RawLine, above_cells: list[Optional[RawLine]], cells: list[Optional[RawLine]]
) -> bool:
    """Whether a line of words goes on the line of words above as its cells' wrapped lines ("Country /" over
    "region", "Amount" over "(USD)"): it fills some of the columns the line above fills, a line's pitch under it;
    a line holding a figure is a row of its own (a total)."""
    filled = [column for column, cell in enumerate(cells) if cell is not None]
    above_filled = [column for column, cell in enumerate(above_cells) if cell is not None]
    if not filled or len(filled) >= len(above_filled) or not set(filled) <= set(above_filled):
        return False
    if any(_FIGURE_CELL.fullmatch(cell.text) for cell in (*cells, *above_cells) if cell is not None):
        return False
    size = max(above.size, line.size) or 1.0
    return line.box[1] - above.box[1] <= DEFAULT_HEADER_PITCH * size


def _slice(line: RawLine, start: int, end: int) -> RawLine:
    """The part of a line between two of its text's indices, as a line of its own."""
    x0s, x1s = line.char_x0[start:end], line.char_x1[start:end]
    box = (x0s[0], line.box[1], max(x1s), line.box[3])
    return RawLine(
        text=line.text[start:end],
        page=line.page,
        bbox=box if line.bbox is not None else None,
        frame=None if line.frame is None else box,
        char_x0=x0s,
        char_x1=x1s,
        bold=line.bold[start:end],
        italic=line.italic[start:end],
        size=line.size,
    )
