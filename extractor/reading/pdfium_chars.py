"""The pdfium engine: a PDF's pages as pdfplumber-style char dicts and shape boxes, read with pypdfium2.

pdfium parses and lays out a page in C, about 50 times faster than pdfminer. This module asks it
for each character's box, origin and font and hands `pdf_lines` the same dicts the pdfplumber engine
builds (same keys, same top-left coordinates), so both engines share every later stage. Where pdfium
and pdfminer describe a char differently, the pdfminer form is rebuilt here:

- pdfminer's box is the advance width by the font size, from the font's descent up; pdfium's "loose"
  box is the advance width by ascent minus descent. The advance comes from pdfium, the height from the size.
- pdfminer's size is the char's height on the page (font size times the text matrix); pdfium's is
  the size set with Tf.
- pdfminer turns a page with /Rotate into an upright one; pdfium keeps PDF user space.
- pdfium adds chars of its own (spaces and line ends it infers): those are dropped.

With numba (the `fast` extra), a long document's chars are read by compiled code instead (`pdfium_kernel`,
`pdfium_arrays`), into the same dicts; the per-char calls here are the path without it.

pdfium is not thread-safe and its objects must be closed child first: every text page and page is
closed right after it is read, and the document when the reader is done. pypdfium2 is imported only
when this engine reads.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Iterator, Optional

from extractor.errors import CorruptPdf, EmptyPdf, EncryptedPdf, LettersError, TooLarge, WrongPassword
from extractor.reading.char_dicts import NCS
from extractor.reading.pdf_lines import CID_TEXT
from extractor.reading.pdf_open import rebuilt
from extractor.reading.pdfium_kernel import KernelError, read_page_chars, read_page_objects, run_kernel, use_compiled

DEFAULT_FONT_NAME_BYTES = 256  # PDF names are at most 127 bytes; room for a subset prefix and more
DEFAULT_WHITE = 253  # 0-255: pdfplumber's test is colour >= 0.99 in gray or RGB
DEFAULT_MIN_CURVE_POINTS = 12  # as pdf_lines: a path with this many points may be a drawn signature
NO_UNICODE_CODE = 0xFFFE  # what pdfium reports for a glyph it cannot map to Unicode
UNIT_SIZE = 1000.0  # font metrics are asked at this size and scaled: linear in the size, cached per font
SPACE_CODE = 0x20
HYPHEN_MARK_CODE = 0x02  # what pdfium reports instead of a hyphen that ends a line
_TEXT_BYTES = 4096  # UTF-16 bytes of a text object read to tell a soft hyphen from a hard one

# Object types of FPDFPageObj_GetType.
_TEXT, _PATH, _IMAGE, _SHADING, _FORM = 1, 2, 3, 4, 5
# Segment types of FPDFPathSegment_GetType.
_LINETO, _BEZIERTO, _MOVETO = 0, 1, 2


def _rotation_ctm(rotation: int, box: tuple[float, float, float, float]) -> tuple[float, ...]:
    """The matrix pdfminer puts pages through: /Rotate undone, the MediaBox's lower left at the origin."""
    x0, y0, x1, y1 = box
    if rotation == 90:
        return (0.0, -1.0, 1.0, 0.0, -y0, x1)
    if rotation == 180:
        return (-1.0, 0.0, 0.0, -1.0, x1, y1)
    if rotation == 270:
        return (0.0, 1.0, -1.0, 0.0, y1, -x0)
    return (1.0, 0.0, 0.0, 1.0, -x0, -y0)


def _mult(m1: tuple, m0: tuple) -> tuple:
    """m1 then m0, as pdfminer's mult_matrix."""
    a1, b1, c1, d1, e1, f1 = m1
    a0, b0, c0, d0, e0, f0 = m0
    return (
        a0 * a1 + c0 * b1,
        b0 * a1 + d0 * b1,
        a0 * c1 + c0 * d1,
        b0 * c1 + d0 * d1,
        a0 * e1 + c0 * f1 + e0,
        b0 * e1 + d0 * f1 + f0,
    )


class PdfiumPage:
    """One page's chars and shapes in pdfplumber's coordinates, with its width and height."""

    __slots__ = ("width", "height", "chars", "shapes", "may_have_copies", "columns")

    def __init__(
        self,
        width: float,
        height: float,
        chars: Sequence[dict],  # a list, or the compiled path's char_dicts.CharDicts (built when asked for)
        shapes: list[dict],
        may_have_copies: Optional[bool] = None,
        columns=None,
    ):
        self.width, self.height, self.chars, self.shapes = width, height, chars, shapes
        self.may_have_copies = may_have_copies  # pdf_lines.dedupe's test, when the engine ran it (None: not)
        self.columns = columns  # the chars as char_columns.CharColumns, when read by the compiled reader


class PdfiumDocument:
    """An open pdfium document: its producer and its pages, read one at a time."""

    def __init__(self, pdf, raw, flat_fonts: frozenset = frozenset()) -> None:
        self._pdf = pdf
        self._raw = raw
        self.page_count = len(pdf)
        self.flat_fonts = flat_fonts

    @property
    def producer(self) -> Optional[str]:
        """The Producer (or Creator) of the document's info dictionary."""
        for key in ("Producer", "Creator"):
            try:
                value = self._pdf.get_metadata_value(key)
            except Exception:  # noqa: BLE001 - a broken info dictionary is no reason to refuse the letter
                value = None
            if value and value.strip():
                return value.strip()
        return None

    def pages(self) -> Iterator[PdfiumPage]:
        """Every page's chars and shapes, each page closed before the next is loaded."""
        compiled = use_compiled(self.page_count)  # by pdfium_kernel's compiled reader: the same chars, sooner
        for index in range(self.page_count):
            page = self._pdf[index]
            try:
                yield read_page(self._raw, page, self.flat_fonts, compiled)
            finally:
                page.close()


def read_page(raw, page, flat_fonts: frozenset = frozenset(), compiled: bool = False) -> PdfiumPage:
    """One page's chars (pdfplumber-style dicts) and image or drawing boxes; compiled: by pdfium_kernel."""
    handle = page.raw
    left, bottom, right, top = page.get_mediabox()
    rotation = raw.FPDFPage_GetRotation(handle) % 4 * 90
    box = (min(left, right), min(bottom, top), max(left, right), max(bottom, top))
    ctm = _rotation_ctm(rotation, box)
    # pdfplumber's page size and the offsets it adds back to pdfminer's coordinates (Page.mediabox).
    if rotation in (90, 270):
        nx0, ny0, nx1, ny1 = box[1], box[0], box[3], box[2]
    else:
        nx0, ny0, nx1, ny1 = box
    width, height = nx1 - nx0, ny1 - ny0
    frame = (nx0, -ny0, height)  # (x offset, top offset, height), as pdfplumber's _invert_box gives them
    textpage = raw.FPDFText_LoadPage(handle)
    if not textpage:
        raise RuntimeError("pdfium could not read the page's text")
    shapes: list[dict] = []
    texts = _page_shapes(raw, handle, ctm, frame, shapes, compiled)
    try:
        read = _compiled_chars(raw, textpage, ctm, frame, flat_fonts) if compiled else None
        if read is None:
            chars, keys = _chars(raw, textpage, ctm, frame, flat_fonts)
            objects = copies = columns = None
        else:
            chars, keys, objects, copies, columns = read
        if len(texts) > (_distinct(keys) if objects is None else objects):  # some text object gave no char: a copy?
            _mark_overprinted(raw, textpage, list(texts), _grouped(chars, [int(key) for key in keys]))
            if columns is not None:
                from extractor.reading.pdf_lines import FAKE_BOLD_KEY

                columns.fake_bold[:] = [FAKE_BOLD_KEY in char for char in chars]
    finally:
        raw.FPDFText_ClosePage(textpage)
    return PdfiumPage(width, height, chars, shapes, copies, columns)


def _page_shapes(raw, handle, ctm: tuple, frame: tuple, shapes: list[dict], compiled: bool) -> Sequence:
    """_shapes of the page's objects (into shapes); its text objects, in order (their number is what most pages ask)."""
    # compiled: the objects listed by pdfium_kernel's compiled call, ctypes handles made only for the few that are
    # not text; a page with a form object (whose objects _shapes lists in place) is listed by the Python path.
    listed = None
    if compiled:
        try:
            listed = read_page_objects(raw, handle)
        except KernelError:  # no fault of the PDF (run_kernel counted it): the Python path lists the same
            listed = None
    if listed is None or (listed[1] == _FORM).any():
        texts: list = []
        count = raw.FPDFPage_CountObjects(handle)
        _shapes(raw, [raw.FPDFPage_GetObject(handle, k) for k in range(count)], ctm, frame, shapes, texts)
        return texts
    objects, kinds = listed
    is_text = kinds == _TEXT
    others = objects[~is_text & (kinds != 0)].tolist()
    if others:
        _shapes(raw, [_object(raw, address) for address in others], ctm, frame, shapes, [])
    return _TextObjects(raw, objects[is_text])


class _TextObjects(Sequence):
    """A page's text objects from their addresses: its length at once, its ctypes handles made when iterated."""

    def __init__(self, raw, addresses) -> None:
        self.raw, self.addresses = raw, addresses

    def __len__(self) -> int:
        return len(self.addresses)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        return _object(self.raw, int(self.addresses[index]))


def _object(raw, address: int):
    """A page object's ctypes handle (raw.FPDF_PAGEOBJECT) from its address."""
    return ctypes.cast(ctypes.c_void_p(address), raw.FPDF_PAGEOBJECT)


def _compiled_chars(raw, textpage, ctm: tuple, frame: tuple, flat_fonts: frozenset) -> Optional[tuple]:
    """pdfium_arrays.page_chars of the page read by the compiled reader, or None where it is not there or failed."""
    try:
        read = run_kernel(read_page_chars, raw, textpage)
    except KernelError:  # no fault of the PDF (run_kernel counted it): the Python path reads the same
        return None
    if read is None:
        return None
    from extractor.reading.pdfium_arrays import page_chars

    return page_chars(raw, textpage, read, ctm, frame, flat_fonts)


def _distinct(keys: Sequence[int]) -> int:
    """How many text objects the chars came from (keys: each char's, a list or the compiled path's int array)."""
    if isinstance(keys, list):
        return len(set(keys))
    import numpy as np

    if len(keys) == 0:
        return 0
    # An object's chars come in runs: the first key of each run holds every key, ~7 chars a run on a letter's page.
    firsts = np.concatenate((keys[:1], keys[1:][keys[1:] != keys[:-1]]))
    return len(np.unique(firsts))


def _grouped(chars: Sequence[dict], keys: list[int]) -> dict[int, list[dict]]:
    """The chars of each text object (keys: each char's), in page order."""
    by_object: dict[int, list[dict]] = {}
    for char, key in zip(chars, keys):
        group = by_object.get(key)
        if group is None:
            group = by_object[key] = []
        group.append(char)
    return by_object


def _bounds(raw, obj) -> Optional[tuple[float, float, float, float]]:
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        return None
    return left.value, bottom.value, right.value, top.value


def _mark_overprinted(raw, textpage, texts: list, by_object: dict[int, list[dict]]) -> None:
    """Mark bold the chars of a text object printed again on top of itself (fake bold).

    pdfium's text page drops such a copy, where pdfminer keeps it and pdf_lines.dedupe drops it and
    marks the char it covers bold: the copy is found here among the text objects no char came from.
    """
    from extractor.reading.pdf_lines import DEFAULT_DEDUPE_TOLERANCE, FAKE_BOLD_KEY

    address, void_p = ctypes.cast, ctypes.c_void_p
    kept: list[tuple] = []
    for obj in texts:
        key = address(obj, void_p).value
        if key in by_object:
            kept.append((key, address(raw.FPDFTextObj_GetFont(obj), void_p).value, _bounds(raw, obj)))
    for obj in texts:
        if address(obj, void_p).value in by_object:
            continue
        bounds = _bounds(raw, obj)
        if bounds is None:
            continue
        # pdfium keeps no text for a dropped copy: the same font in the same place stands for the same glyphs.
        font = address(raw.FPDFTextObj_GetFont(obj), void_p).value
        for key, other_font, other_bounds in kept:
            if other_font == font and other_bounds is not None:
                if all(abs(u - v) <= 2 * DEFAULT_DEDUPE_TOLERANCE for u, v in zip(bounds, other_bounds)):
                    for char in by_object[key]:
                        char[FAKE_BOLD_KEY] = True
                    break


# pdfium splits a ligature glyph into its letters (all at the glyph's origin); its width is the ligature's.
_LIGATURES = {
    "ff": "\ufb00",
    "fi": "\ufb01",
    "fl": "\ufb02",
    "ffi": "\ufb03",
    "ffl": "\ufb04",
    "ft": "\ufb05",
    "st": "\ufb06",
}


class _Font:
    """What pdfium says of one font, per unit of size: its name, descent and glyph widths (cached)."""

    __slots__ = ("handle", "fontname", "descent", "widths")

    def __init__(self, raw, handle, buffer, flat_fonts: frozenset) -> None:
        self.handle = handle
        self.fontname = ""
        self.descent = 0.0
        self.widths: dict[str, Optional[float]] = {}
        if not handle:
            return
        length = raw.FPDFFont_GetBaseFontName(handle, buffer, DEFAULT_FONT_NAME_BYTES)
        if length > 1:
            self.fontname = buffer.raw[: min(length, DEFAULT_FONT_NAME_BYTES) - 1].decode("latin-1", "replace")
        descent = ctypes.c_float()
        if self.fontname.split("+", 1)[-1] in flat_fonts:
            pass  # the descriptor says 0: pdfminer keeps 0 where pdfium measures the glyphs
        elif raw.FPDFFont_GetDescent(handle, ctypes.c_float(UNIT_SIZE), descent):
            self.descent = descent.value / UNIT_SIZE

    def advance(self, raw, text: str) -> Optional[float]:
        """The glyph's advance per unit of size, as the font's widths give it; None if unknown."""
        width = self.widths.get(text, -1.0)
        if width == -1.0:
            width = None
            code = _LIGATURES.get(text, text)
            if self.handle and len(code) == 1:
                out = ctypes.c_float()
                if raw.FPDFFont_GetGlyphWidth(self.handle, ord(code), ctypes.c_float(UNIT_SIZE), out) and out.value > 0:
                    width = out.value / UNIT_SIZE
            self.widths[text] = width
        return width


class ObjectStyle:
    """What the chars of one pdfium text object share: font, Tf size, matrix (page rotation applied), colour.

    Also what every char's dict takes from them, worked out once per text object instead of once per char.
    """

    __slots__ = ("font", "size", "matrix", "colour", "fontname", "widths", "a", "b", "cl", "dl", "ch", "dh")

    def __init__(self, font: _Font, size: float, matrix: tuple, visible: bool) -> None:
        self.font, self.size, self.matrix = font, size, matrix
        self.colour = (0,) if visible else (1,)
        self.fontname, self.widths = font.fontname, font.widths
        low = font.descent * size
        high = low + size
        # The terms of a char's box that depend on the object alone (see CharBoxes.char).
        a, b, c, d = matrix[0], matrix[1], matrix[2], matrix[3]
        self.a, self.b = a, b
        self.cl, self.dl, self.ch, self.dh = c * low, d * low, c * high, d * high


@functools.lru_cache(maxsize=1)
def bound_char_calls(raw) -> tuple:
    """The per-char and per-object pdfium calls as plain C prototypes (void pointers and ints): far less ctypes work a call."""
    address = ctypes.cast
    void_p, c_int, c_uint, c_double = ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_double
    double_p, uint_p = ctypes.POINTER(c_double), ctypes.POINTER(c_uint)

    def bind(function, restype, *argtypes):
        return ctypes.CFUNCTYPE(restype, *argtypes)(address(function, void_p).value)

    return (
        bind(raw.FPDFText_GetTextObject, void_p, void_p, c_int),
        bind(raw.FPDFText_GetUnicode, c_uint, void_p, c_int),
        bind(raw.FPDFText_HasUnicodeMapError, c_int, void_p, c_int),
        bind(raw.FPDFText_GetCharOrigin, c_int, void_p, c_int, double_p, double_p),
        bind(raw.FPDFText_IsGenerated, c_int, void_p, c_int),
        bind(raw.FPDFTextObj_GetFont, void_p, void_p),
        bind(raw.FPDFText_GetFontSize, c_double, void_p, c_int),
        bind(raw.FPDFText_GetMatrix, c_int, void_p, c_int, void_p),
        bind(raw.FPDFText_GetFillColor, c_int, void_p, c_int, uint_p, uint_p, uint_p, uint_p),
    )


# The only codes pdfium gives the chars it makes up (spaces, line ends): other codes need no IsGenerated call.
_GENERATED_CODES = frozenset((0x20, 0x0D, 0x0A))


def soft_or_hard_hyphen(raw, textpage, obj) -> str:
    """The hyphen pdfium marked as ending a line: soft when its text object holds a soft one and no hard one."""
    buffer, pointer = _text_buffer()
    length = raw.FPDFTextObj_GetText(obj, textpage, pointer, _TEXT_BYTES)
    # pdfium writes nothing when the text does not fit (it returns the length needed): no text read, as before.
    text = buffer.raw[: max(0, length - 2)].decode("utf-16-le", errors="replace") if length <= _TEXT_BYTES else ""
    return "\u00ad" if "\u00ad" in text and "-" not in text else "-"


@functools.lru_cache(maxsize=1)
def _text_buffer() -> tuple:
    """The buffer soft_or_hard_hyphen reads a text object's text into, and its pointer: made once, not per hyphen."""
    buffer = ctypes.create_string_buffer(_TEXT_BYTES)
    return buffer, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))


class ObjectStyles:
    """The ObjectStyle of each text object of a page, read from pdfium once per object with the bound calls."""

    def __init__(self, raw, textpage, ctm: tuple, flat_fonts: frozenset, calls: tuple) -> None:
        self.raw, self.textpage, self.ctm, self.flat_fonts = raw, textpage, ctm, flat_fonts
        self.page = ctypes.cast(textpage, ctypes.c_void_p).value
        self.get_font, self.font_size, self.get_matrix, self.fill = calls[5:9]
        self.buffer = ctypes.create_string_buffer(DEFAULT_FONT_NAME_BYTES)
        self.fonts: dict[int, _Font] = {}
        self.matrices: dict[bytes, tuple] = {}  # pdfium's matrix -> with the page's rotation applied
        self.by_key: dict[int, ObjectStyle] = {}
        self.m = raw.FS_MATRIX()
        self.m_ref = ctypes.addressof(self.m)
        self.rgba = (ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint())

    def style(self, key: int, index: int) -> ObjectStyle:
        """The style of the text object at key, whose char index is one of."""
        handle = self.get_font(key) or 0
        font = self.fonts.get(handle)
        if font is None:
            raw = self.raw
            obj = raw.FPDFText_GetTextObject(self.textpage, index)
            font = self.fonts[handle] = _Font(raw, raw.FPDFTextObj_GetFont(obj), self.buffer, self.flat_fonts)
        page = self.page
        size = self.font_size(page, index)
        m = self.m
        if not self.get_matrix(page, index, self.m_ref):
            ctypes.memset(self.m_ref, 0, ctypes.sizeof(m))  # as a fresh FS_MATRIX: all zero
        r, g, b, a = self.rgba
        filled = bool(self.fill(page, index, r, g, b, a))
        rgb = (r.value, g.value, b.value) if filled else None
        return self._finish(key, font, size, bytes(m), (m.a, m.b, m.c, m.d, m.e, m.f), rgb)

    def font(self, font_handle: int) -> _Font:
        """The _Font of a font handle (an address: 0 for none), read once per page."""
        font = self.fonts.get(font_handle)
        if font is None:
            restype = self.raw.FPDFTextObj_GetFont.restype
            handle = ctypes.cast(ctypes.c_void_p(font_handle), restype) if font_handle else None
            font = self.fonts[font_handle] = _Font(self.raw, handle, self.buffer, self.flat_fonts)
        return font

    def from_run(self, key: int, font_handle: int, size: float, matrix32, fill) -> ObjectStyle:
        """The style of the text object at key from what the compiled reader asked of its first run (pdfium_kernel)."""
        matrix = matrix32[:6]
        rgb = tuple(fill[:3].tolist()) if fill[4] else None
        return self._finish(key, self.font(font_handle), size, matrix.tobytes(), tuple(matrix.tolist()), rgb)

    def _finish(
        self, key: int, font: _Font, size: float, exact: bytes, values: tuple, rgb: Optional[tuple]
    ) -> ObjectStyle:
        """The ObjectStyle of the text object at key, kept for the object's other chars.

        Its matrix (exact: the FS_MATRIX's bits; values: its a..f) is put through the page's rotation once per
        distinct matrix; it is visible unless its fill colour (rgb; None: none given) is white.
        """
        # The bits, not the floats, key the matrix: -0.0 and 0.0 are equal keys but may print apart.
        turned = self.matrices.get(exact)
        if turned is None:
            turned = self.matrices[exact] = _mult(values, self.ctm)
        visible = rgb is None or min(rgb) < DEFAULT_WHITE
        style = self.by_key[key] = ObjectStyle(font, size, turned, visible)
        return style


class CharBoxes:
    """Builds each char's dict (pdfminer's box in pdfplumber's coordinates) from its style, text and origin."""

    def __init__(self, raw, textpage, ctm: tuple, frame: tuple) -> None:
        self.raw, self.textpage = raw, textpage
        self.a0, self.b0, self.c0, self.d0, self.e0, self.f0 = ctm
        self.x_offset, self.top_offset, self.height = frame
        self.rect = raw.FS_RECTF()

    def char(self, style: ObjectStyle, text: str, x: float, y: float, index: int) -> dict:
        """The char's dict; index is its pdfium char index, -1 for a space made up where one was."""
        if index >= 0:
            adv = style.widths.get(text, -1.0)
            if adv == -1.0:
                adv = style.font.advance(self.raw, text)
        else:
            adv = 0.0
        a, b = style.a, style.b
        if adv is None:
            # No width from the font: the loose box's extent along the text, back in text space.
            rect = self.rect
            self.raw.FPDFText_GetLooseCharBox(self.textpage, index, rect)
            along = abs(rect.right - rect.left) if abs(a) >= abs(b) else abs(rect.top - rect.bottom)
            adv = along / (max(abs(a), abs(b)) or 1.0)
        else:
            adv *= style.size
        # pdfminer's box: (0, descent) to (advance, descent + size) in text space, through the char's
        # matrix (a, b, c, d); c and d times the descent (low) and the top (high) come with the style.
        px, py = self.a0 * x + self.c0 * y + self.e0, self.b0 * x + self.d0 * y + self.f0
        x0, y0 = style.cl + px, style.dl + py
        x1, y1 = a * adv + style.ch + px, b * adv + style.dh + py
        if x1 < x0:
            x0, x1 = x1, x0
        if y1 < y0:
            y0, y1 = y1, y0
        x_offset, top_offset, height = self.x_offset, self.top_offset, self.height
        return {
            "text": text,
            "fontname": style.fontname,
            "size": y1 - y0,
            "x0": x0 + x_offset,
            "x1": x1 + x_offset,
            "top": height - y1 + top_offset,
            "bottom": height - y0 + top_offset,
            "matrix": style.matrix,
            "non_stroking_color": style.colour,
            "ncs": NCS,
        }


def _chars(raw, textpage, ctm: tuple, frame: tuple, flat_fonts: frozenset) -> tuple[list[dict], list[int]]:
    """The page's chars as pdfplumber-style dicts, in pdfium's (content stream) order, and each one's text object,
    asked of pdfium char by char."""
    count = raw.FPDFText_CountChars(textpage)
    if count <= 0:
        return [], []
    styles = ObjectStyles(raw, textpage, ctm, flat_fonts, bound_char_calls(raw))
    by_key = styles.by_key

    def style_of(key: int, index: int) -> ObjectStyle:
        style = by_key.get(key)
        return style if style is not None else styles.style(key, index)

    build = CharBoxes(raw, textpage, ctm, frame).char
    return glyph_chars(raw, textpage, _asked(raw, textpage, count), style_of, build)


def _asked(raw, textpage, count: int) -> Iterator[tuple]:
    """(index, code, text object or 0, x, y) of each pdfium char, asked char by char through the bound calls.

    The code is 0 where pdfium reports a Unicode map error for the glyph, as the compiled reader's map error says.
    """
    ox, oy = ctypes.c_double(), ctypes.c_double()
    get_object, get_unicode, map_error, origin, is_generated = bound_char_calls(raw)[:5]
    page = ctypes.cast(textpage, ctypes.c_void_p).value
    generated_codes = _GENERATED_CODES
    for index in range(count):
        code = get_unicode(page, index)
        key = 0 if code in generated_codes and is_generated(page, index) else get_object(page, index) or 0
        if not key:
            if code == SPACE_CODE:
                origin(page, index, ox, oy)
                yield index, code, 0, ox.value, oy.value
            else:
                yield index, code, 0, None, None
            continue
        if code != NO_UNICODE_CODE and code != 0 and map_error(page, index) == 1:
            code = 0
        origin(page, index, ox, oy)
        yield index, code, key, ox.value, oy.value


def glyph_chars(raw, textpage, asked, style_of, build) -> tuple[list[dict], list[int]]:
    """The char dicts of pdfium's chars in order, and each one's text object.

    pdfium's made-up chars are dropped but a space between two glyphs of one baseline; the letters pdfium split a
    ligature glyph into are made one char again.

    asked: (index, code, text object or 0 for a made-up char, x, y) of each char, code 0 for a glyph whose
    Unicode mapping failed; style_of(key, index): a text object's ObjectStyle; build: CharBoxes.char. Shared by the char-by-char
    path (_chars) and the compiled reader's pages with a split ligature (pdfium_arrays).
    """
    chars: list[dict] = []
    keys: list[int] = []
    append, append_key = chars.append, keys.append
    # The last glyph: its style, text, origin, char index and text object (last_key None: none yet).
    last_style = last_text = last_x = last_y = last_index = last_key = None
    made_up = None  # (x, y) of a space pdfium made up since the last glyph
    for index, code, key, x, y in asked:
        if not key:
            # A space or line end pdfium made up. It puts one in place of a space glyph it drops at a
            # text object's edge: kept when it stands between two glyphs of one baseline (see below).
            made_up = (x, y) if last_key is not None and code == SPACE_CODE else None
            continue
        style = style_of(key, index)
        if code == 0 or code == NO_UNICODE_CODE:
            text = CID_TEXT  # pdf_lines skips it
        elif code == HYPHEN_MARK_CODE:
            text = soft_or_hard_hyphen(raw, textpage, raw.FPDFText_GetTextObject(textpage, index))
        else:
            text = chr(code)
        if last_key == key and last_x == x and last_y == y and text != CID_TEXT:
            # One glyph (a ligature) that pdfium gave as several letters: its dict again, with them all.
            last_text += text
            chars[-1] = build(last_style, last_text, last_x, last_y, last_index)
            continue
        if made_up is not None:
            if made_up[1] == y == last_y and last_x < made_up[0] < x:
                char = build(last_style, " ", made_up[0], y, -1)  # a zero-width space where one was
                matrix = last_style.matrix
                if matrix[0] > 0 and matrix[1] == 0:
                    # pdfium may put a made-up space inside the glyph before it: it stands where that glyph ends.
                    char["x0"] = char["x1"] = max(char["x0"], chars[-1]["x1"])
                append(char)
                append_key(last_key)
            made_up = None
        append(build(style, text, x, y, index))
        append_key(key)
        last_style, last_text, last_x, last_y, last_index, last_key = style, text, x, y, index, key
    return chars, keys


def _shapes(raw, objects: list, ctm: tuple, frame: tuple, out: list[dict], texts: list) -> None:
    """Boxes of images and of many-point drawings (signatures), forms included, as pdf_lines takes them; texts gets the text objects."""
    x_offset, top_offset, height = frame
    matrix = raw.FS_MATRIX()
    for obj in objects:
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == _TEXT:
            texts.append(obj)
        elif kind == _FORM:
            count = raw.FPDFFormObj_CountObjects(obj)
            inner = [raw.FPDFFormObj_GetObject(obj, k) for k in range(max(0, count))]
            _shapes(raw, inner, ctm, frame, out, texts)
        elif kind == _IMAGE:
            left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
            if raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                corners = [(left.value, bottom.value), (right.value, top.value)]
                _add_box(out, corners, ctm, frame)
        elif kind == _PATH:
            if not raw.FPDFPageObj_GetMatrix(obj, matrix):
                continue
            m = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
            for points in _subpaths(raw, obj):
                if len(points) >= DEFAULT_MIN_CURVE_POINTS:
                    placed = [(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]) for x, y in points]
                    _add_box(out, placed, ctm, frame)


def _subpaths(raw, obj) -> list[list[tuple[float, float]]]:
    """A path's subpaths, each as pdfminer counts its points: one per operator (a Bézier's end point), one for a close."""
    count = raw.FPDFPath_CountSegments(obj)
    if count < DEFAULT_MIN_CURVE_POINTS // 3:
        return []
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[tuple[float, float]]] = []
    bezier = 0
    for k in range(count):
        segment = raw.FPDFPath_GetPathSegment(obj, k)
        kind = raw.FPDFPathSegment_GetType(segment)
        raw.FPDFPathSegment_GetPoint(segment, x, y)
        point = (x.value, y.value)
        if kind == _MOVETO or not subpaths:
            subpaths.append([point])
            bezier = 0
        elif kind == _BEZIERTO:
            bezier += 1
            if bezier % 3 == 0:
                subpaths[-1].append(point)  # pdfium gives a curve's two control points and its end as three segments
        else:
            subpaths[-1].append(point)
        if raw.FPDFPathSegment_GetClose(segment):
            subpaths[-1].append(subpaths[-1][0])
    return subpaths


def _add_box(out: list[dict], points: list[tuple[float, float]], ctm: tuple, frame: tuple) -> None:
    """The bounding box of points (PDF user space) in pdfplumber's coordinates, appended to out."""
    a, b, c, d, e, f = ctm
    x_offset, top_offset, height = frame
    xs = [a * x + c * y + e for x, y in points]
    ys = [b * x + d * y + f for x, y in points]
    out.append(
        {
            "x0": min(xs) + x_offset,
            "x1": max(xs) + x_offset,
            "top": height - max(ys) + top_offset,
            "bottom": height - min(ys) + top_offset,
        }
    )


@contextlib.contextmanager
def open_document(path: Path, password: Optional[str], max_pages: int) -> Iterator[PdfiumDocument]:
    """Open a PDF with pdfium, turning every way it can fail into the LettersError the pdfplumber engine raises."""
    import pypdfium2
    import pypdfium2.raw as raw

    try:
        pdf = pypdfium2.PdfDocument(str(path), password=password or None)
    except pypdfium2.PdfiumError as error:
        code = getattr(error, "err_code", None)
        encrypted = code == raw.FPDF_ERR_SECURITY or (code == raw.FPDF_ERR_PASSWORD and _has_encrypt(path))
        if encrypted:
            raise (WrongPassword(path) if password and code == raw.FPDF_ERR_PASSWORD else EncryptedPdf(path)) from None
        # As the pdfplumber engine does: a second chance from pypdf's lenient parser, rebuilt in memory.
        data, empty = rebuilt(path)
        if empty:
            raise EmptyPdf(path) from None  # pypdf reads it, and it has no pages (as pdfminer says)
        if data is None:
            raise CorruptPdf(path, reason=_reason(error)) from None
        try:
            pdf = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError:
            raise CorruptPdf(path, reason=_reason(error)) from None
    try:
        document = PdfiumDocument(pdf, raw, flat_fonts(path))
        if document.page_count > max_pages:
            raise TooLarge(path, what="the page count", size=document.page_count, limit=max_pages)
        if document.page_count <= 0:
            raise EmptyPdf(path)
        yield document
    except LettersError:
        raise
    finally:
        with contextlib.suppress(Exception):
            pdf.close()


_DESCRIPTOR = re.compile(rb"/Type\s*/FontDescriptor\b(?:(?!endobj).){0,2000}", re.S)
_FONT_NAME = re.compile(rb"/FontName\s*/([^\s/<>\[\]()]+)")
_METRIC = re.compile(rb"/(Ascent|Descent)\s+(-?[\d.]+)")


def flat_fonts(path: Path) -> frozenset:
    """Names (subset prefix dropped) of the fonts whose descriptor gives no ascent and no descent.

    pdfminer then puts a char's box on its baseline, while pdfium measures the glyphs; the pdfium
    engine follows pdfminer so that both engines ground text alike. pdfium has no API for font
    dictionaries, so they are found in the file's bytes (those inside object streams are not seen).
    """
    names = set()
    with open(path, "rb") as handle:
        data = handle.read()
    for found in _DESCRIPTOR.finditer(data):
        body = data[max(0, found.start() - 2000) : found.end()]
        body = (
            body[body.rfind(b" obj") + 1 :] if b" obj" in body[: found.start() - max(0, found.start() - 2000)] else body
        )
        name = _FONT_NAME.search(body)
        metrics = {key: float(value) for key, value in _METRIC.findall(body) if value not in (b"-", b".", b"-.")}
        if name and not metrics.get(b"Ascent") and not metrics.get(b"Descent"):
            names.add(name.group(1).decode("latin-1").split("+", 1)[-1])
    return frozenset(names)


def _has_encrypt(path: Path) -> bool:
    """Whether the file's trailer names an /Encrypt dictionary (pdfium says "password" of some broken files too)."""
    with open(path, "rb") as handle:
        return b"/Encrypt" in handle.read()


def _reason(error: BaseException) -> str:
    """pdfium's reason in a few words (pypdfium2 says 'Failed to load document (PDFium: Data format error).')."""
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
