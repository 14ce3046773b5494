"""A page's chars as numpy columns beside their dicts: the first layout stages on whole arrays.

An engine that builds its chars from arrays (the pdfium engine's compiled reader) hands `pdf_lines.page_lines`
these columns too, aligned with its char dicts. Then the visibility test and the grouping of chars into lines
run on arrays, with the same arithmetic and in the same order as `pdf_lines`'s char-by-char code, and give
the same groups; anything these paths do not cover (sideways text, a box that is no number) is handed back
to that code.
"""

from __future__ import annotations

from typing import Optional

import numpy as np


class CharColumns:
    """x0, x1, top, bottom and size of each char (float64), and whether it is upright (its matrix's a > 0,
    b = 0) and drawn in a visible colour; a row per char dict, in the same order."""

    __slots__ = ("x0", "x1", "top", "bottom", "size", "upright", "inked")

    def __init__(self, x0, x1, top, bottom, size, upright, inked) -> None:
        self.x0, self.x1, self.top, self.bottom, self.size = x0, x1, top, bottom, size
        self.upright, self.inked = upright, inked

    def take(self, rows: np.ndarray) -> CharColumns:
        """The columns of these rows only."""
        return CharColumns(*(getattr(self, name)[rows] for name in self.__slots__))


def shown(columns: CharColumns, width: float, height: float) -> np.ndarray:
    """Rows of the chars on the page and in a visible colour (page_lines's test, char by char)."""
    off = (columns.x1 < 0) | (columns.x0 > width) | (columns.bottom < 0) | (columns.top > height)
    return np.flatnonzero(~off & columns.inked)


def line_groups(columns: CharColumns, chars: list[dict], tolerance: float) -> Optional[list[list[tuple]]]:
    """The chars grouped into lines as pdf_lines._lines groups upright text, or None where it must do it itself.

    Chars are taken by their vertical middles, lowest first (a stable sort, as sorted()); a char joins the
    line being built when its middle is within tolerance × the larger of its size and the line's first char's.
    """
    if not chars or not columns.upright.all():
        return None
    x0, x1, top, bottom = columns.x0, columns.x1, columns.top, columns.bottom
    middles = (top + bottom) / 2
    if not np.isfinite(middles).all():
        return None  # sorted() and numpy order NaN apart
    # A char's size, as _lines reads it: its size, else its height, else 1.
    sizes = np.where(columns.size != 0, columns.size, bottom - top)
    sizes = np.where(sizes != 0, sizes, 1.0)
    order = np.argsort(middles, kind="stable")
    items = list(
        zip(x0[order].tolist(), x1[order].tolist(), top[order].tolist(), bottom[order].tolist(), _taken(chars, order))
    )
    starts = _starts(np.ascontiguousarray(middles[order]), np.ascontiguousarray(sizes[order]), tolerance)
    return [items[a:b] for a, b in zip(starts, [*starts[1:], len(items)])]


def _taken(chars: list[dict], order: np.ndarray) -> list[dict]:
    return [chars[k] for k in order.tolist()]


def _starts(middles: np.ndarray, sizes: np.ndarray, tolerance: float) -> list[int]:
    """Where each line starts in the chars sorted by middle: _lines's test, compiled where numba is loaded."""
    from extractor.reading.pdfium_kernel import loaded

    compiled = loaded()
    if compiled is not None:
        starts = np.empty(len(middles), dtype=np.int64)
        return starts[: compiled.line_starts(middles, sizes, float(tolerance), starts)].tolist()
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
