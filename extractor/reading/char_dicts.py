"""A page's char dicts built from its columns only when asked for: most pages of the compiled path never ask.

The pdfium engine's compiled path (`pdfium_arrays`) hands `pdf_lines.page_lines` its chars as columns
(`char_columns.CharColumns`), and the layout reads those on upright pages; the dicts are still wanted where a
page leaves that path (a fake-bold copy, a drawn bullet, sideways text, a table's cells, a soft hyphen inside a
line) and by callers of the engine. `CharDicts` is a sequence of them that builds each dict on first use, with
the keys, order and floats `pdfium_chars.CharBoxes.char` gives it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Optional

import numpy as np

NCS = "DeviceGray"  # the colour space every pdfium char dict names, CharBoxes.char's too (colour (0,) or (1,))


class CharDicts(Sequence):
    """The char dicts of a page, built from columns when first asked for, whole when iterated.

    texts: each char's text; rows: each char's text object (a row of fontnames, matrices and colours); boxes:
    (size, x0, x1, top, bottom) float64 arrays; built: dicts made already (by CharBoxes.char), by position.
    """

    __slots__ = ("_texts", "_rows", "_boxes", "_fontnames", "_matrices", "_colours", "_built")

    def __init__(
        self,
        texts: list[str],
        rows: np.ndarray,
        boxes: tuple[np.ndarray, ...],
        fontnames: list[str],
        matrices: list[tuple],
        colours: list[tuple],
        built: Optional[dict[int, dict]] = None,
    ) -> None:
        self._texts, self._rows, self._boxes = texts, rows, boxes
        self._fontnames, self._matrices, self._colours = fontnames, matrices, colours
        made: list[Optional[dict]] = [None] * len(texts)
        for k, char in (built or {}).items():
            made[k] = char
        self._built = made

    def __len__(self) -> int:
        return len(self._built)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        char = self._built[index]
        if char is None:
            row = int(self._rows[index])
            size, x0, x1, top, bottom = (float(column[index]) for column in self._boxes)
            char = self._built[index] = self._dict(self._texts[index], row, size, x0, x1, top, bottom)
        return char

    def __iter__(self):
        return iter(self.all())

    def __add__(self, other: list) -> list:
        return self.all() + list(other)

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and self.all() == list(other)

    __hash__ = None  # a sequence that compares by its dicts, as a list does

    def __repr__(self) -> str:
        return f"CharDicts({self.all()!r})"

    def all(self) -> list[dict]:
        """Every dict (built now where not yet), in order."""
        made = self._built
        missing = [k for k, char in enumerate(made) if char is None]
        if missing:
            at = np.array(missing, dtype=np.int64)
            texts = self._texts
            values = zip(missing, self._rows[at].tolist(), *(column[at].tolist() for column in self._boxes))
            for k, row, size, x0, x1, top, bottom in values:
                made[k] = self._dict(texts[k], row, size, x0, x1, top, bottom)
        return list(made)

    def take(self, rows: np.ndarray) -> CharDicts:
        """The dicts of these positions only (those built already kept)."""
        positions = rows.tolist()
        texts = [self._texts[k] for k in positions]
        built = {new: self._built[old] for new, old in enumerate(positions) if self._built[old] is not None}
        boxes = tuple(column[rows] for column in self._boxes)
        return CharDicts(texts, self._rows[rows], boxes, self._fontnames, self._matrices, self._colours, built)

    def _dict(self, text: str, row: int, size: float, x0: float, x1: float, top: float, bottom: float) -> dict:
        """One char's dict, keys in CharBoxes.char's order."""
        return {
            "text": text,
            "fontname": self._fontnames[row],
            "size": size,
            "x0": x0,
            "x1": x1,
            "top": top,
            "bottom": bottom,
            "matrix": self._matrices[row],
            "non_stroking_color": self._colours[row],
            "ncs": NCS,
        }
