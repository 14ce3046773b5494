"""The layout's array paths (char_columns) group a page's chars into the lines pdf_lines's char-by-char code makes."""

from __future__ import annotations

import numpy as np
import pytest
from reader_pdfs import build_letter

from extractor.reading import char_columns, pdf_lines, pdfium_kernel
from extractor.reading.options import NUMBA_ENV_VAR

pytest.importorskip("numba")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """The pages of a reportlab letter, read by the compiled reader (so with their columns)."""
    import os

    from extractor.reading.pdfium_chars import open_document

    before = os.environ.get(NUMBA_ENV_VAR)
    os.environ[NUMBA_ENV_VAR] = "always"
    try:
        path = build_letter(tmp_path_factory.mktemp("columns") / "letter.pdf", repeat=3).path
        with open_document(path, None, 100) as document:
            return list(document.pages())
    finally:
        os.environ.pop(NUMBA_ENV_VAR, None)
        if before is not None:  # the runner's own choice stays
            os.environ[NUMBA_ENV_VAR] = before


def test_the_engine_hands_columns_aligned_with_its_chars(pages):
    for page in pages:
        columns = page.columns
        assert columns is not None
        for key in ("x0", "x1", "top", "bottom", "size"):
            assert getattr(columns, key).tolist() == [char[key] for char in page.chars]
        assert columns.inked.tolist() == [char["non_stroking_color"] == (0,) for char in page.chars]


def test_lines_are_the_same_with_and_without_columns(pages):
    fallbacks = sum(pdfium_kernel.FALLBACKS.values())
    for number, page in enumerate(pages, start=1):
        plain = pdf_lines.page_lines(page.width, page.height, page.chars, page.shapes, number)
        arrays = pdf_lines.page_lines(page.width, page.height, page.chars, page.shapes, number, False, page.columns)
        assert arrays == plain
    assert sum(pdfium_kernel.FALLBACKS.values()) == fallbacks  # the arrays' path read every page, no fallback


def test_a_failed_kernel_falls_back_counted_and_a_python_error_is_raised(pages, monkeypatch):
    from extractor.reading import pdfium_numba

    page = pages[0]
    plain = pdf_lines.page_lines(page.width, page.height, page.chars, page.shapes, 1)

    def failing(*args):
        raise RuntimeError("a kernel's failure")

    for kernel in ("page_cells", "line_starts"):  # the page's kernel, then the groups' path's after it
        failing.__name__ = kernel  # FALLBACKS counts by the kernel's name
        monkeypatch.setattr(pdfium_numba, kernel, failing)
        before = pdfium_kernel.FALLBACKS[kernel]
        assert pdf_lines.page_lines(page.width, page.height, page.chars, page.shapes, 1, False, page.columns) == plain
        assert pdfium_kernel.FALLBACKS[kernel] == before + 1
        monkeypatch.setattr(pdfium_numba, "page_cells", lambda *args: -1)  # the groups' path reads the page

    def out_of_memory(*args):
        raise MemoryError

    monkeypatch.setattr(pdfium_numba, "line_starts", out_of_memory)
    with pytest.raises(MemoryError):
        pdf_lines.page_lines(page.width, page.height, page.chars, page.shapes, 1, False, page.columns)
    monkeypatch.undo()

    def broken(*args):
        raise ValueError("a fault of the Python code around the kernels")

    for module, name in ((char_columns, "_raw_lines"), (char_columns, "group_sizes")):
        monkeypatch.setattr(module, name, broken)
        with pytest.raises(ValueError):
            pdf_lines.page_lines(page.width, page.height, page.chars, page.shapes, 1, False, page.columns)
        monkeypatch.setattr(pdfium_numba, "page_cells", lambda *args: -1)


def test_line_starts_compiled_and_in_python_agree(monkeypatch):
    rng = np.random.default_rng(5)
    middles = np.sort(rng.uniform(0, 200, 500).round(1))
    sizes = rng.choice([0.0, 8.0, 10.0, 12.0], 500)
    sizes = np.where(sizes != 0, sizes, 1.0)
    compiled = char_columns._starts(middles, sizes, pdf_lines.DEFAULT_LINE_TOLERANCE)
    monkeypatch.setattr(pdfium_kernel, "loaded", lambda: None)
    assert char_columns._starts(middles, sizes, pdf_lines.DEFAULT_LINE_TOLERANCE) == compiled
    assert 1 < len(compiled) < 500


def test_sideways_text_is_left_to_the_char_by_char_code():
    columns = char_columns.CharColumns(*(np.zeros(2) for _ in range(5)), np.array([True, False]), np.ones(2, bool))
    assert char_columns.line_groups(columns, [{}, {}], pdf_lines.DEFAULT_LINE_TOLERANCE) is None


def test_a_page_with_a_dropped_copy_or_a_drawn_bullet_leaves_the_columns():
    """Where dedupe drops a char or a bullet is added, the columns no longer match the chars: lines as without them."""
    char = {
        "text": "a",
        "fontname": "F",
        "size": 10.0,
        "x0": 10.0,
        "x1": 15.0,
        "top": 10.0,
        "bottom": 20.0,
        "matrix": (1.0, 0.0, 0.0, 1.0, 10.0, 700.0),
        "non_stroking_color": (0,),
        "ncs": "DeviceGray",
    }
    chars = [char, dict(char, x0=10.2, x1=15.2)]  # a fake-bold copy
    columns = char_columns.CharColumns(
        *(np.array([c[key] for c in chars]) for key in ("x0", "x1", "top", "bottom", "size")),
        np.ones(2, bool),
        np.ones(2, bool),
    )
    plain = pdf_lines.page_lines(600.0, 800.0, [dict(c) for c in chars], [], 1)
    arrays = pdf_lines.page_lines(600.0, 800.0, [dict(c) for c in chars], [], 1, None, columns)
    assert arrays == plain and arrays[0][0].text == "a" and arrays[0][0].bold == [True]


def _columns_of(chars: list[dict]) -> char_columns.CharColumns:
    """Columns for hand-made chars: each distinct text a code of its own (a letter's code point when it has one)."""
    names = list(dict.fromkeys(char["fontname"] for char in chars))
    spelled = {}
    codes = []
    for char in chars:
        text = char["text"]
        if len(text) == 1:
            codes.append(ord(text))
        else:
            codes.append(spelled.setdefault(text, char_columns.CID_CODE + 1 + len(spelled)))
    glyphs = np.array(
        [(names.index(c["fontname"]) << char_columns.GLYPH_BITS) | code for c, code in zip(chars, codes)],
        dtype=np.int64,
    )
    columns = char_columns.CharColumns(
        *(np.array([c[key] for c in chars], dtype=float) for key in ("x0", "x1", "top", "bottom", "size")),
        np.ones(len(chars), bool),
        np.ones(len(chars), bool),
        glyphs,
        np.array([pdf_lines.FAKE_BOLD_KEY in c for c in chars]),
        names,
    )
    columns.spelled = {code: text for text, code in spelled.items()}
    return columns


def _chars(spec: list[tuple], fontname: str = "Times-Roman") -> list[dict]:
    """Chars from (text, x0, width, size, top) tuples, set on one baseline unless top says otherwise."""
    chars = []
    for text, x0, width, size, top in spec:
        chars.append(
            {
                "text": text,
                "fontname": fontname,
                "size": size,
                "x0": x0,
                "x1": x0 + width,
                "top": top,
                "bottom": top + size,
                "matrix": (1.0, 0.0, 0.0, 1.0, x0, 700.0),
                "non_stroking_color": (0,),
                "ncs": "DeviceGray",
            }
        )
    return chars


HAND_MADE = {
    "words and a gap": [("A", 10, 6, 10, 100), ("b", 16, 5, 10, 100), ("c", 30, 5, 10, 100)],
    "a ligature and a soft hyphen inside": [
        ("\ufb01", 10, 6, 10, 100),
        ("ne", 16, 10, 10, 100),
        ("\u00ad", 26, 3, 10, 100),
        ("x", 29, 5, 10, 100),
    ],
    "a soft hyphen at the end": [("a", 10, 5, 10, 100), ("\u00ad", 15, 3, 10, 100)],
    "a raised note mark": [("d", 10, 5, 12, 100), ("e", 15, 5, 12, 100), ("1", 20, 3, 7, 97)],
    "a space glyph and a cid": [("a", 10, 5, 10, 100), (" ", 15, 3, 10, 100), ("(cid:3)", 18, 5, 10, 100)],
    "spaces only": [(" ", 10, 3, 10, 100), (" ", 13, 3, 10, 100)],
    "a space drawn inside the glyph before it": [("1", 10, 6, 10, 100), (" ", 11, 2, 10, 100), ("9", 16, 6, 10, 100)],
}


@pytest.mark.parametrize("name", sorted(HAND_MADE))
def test_group_lines_cut_and_build_what_cells_and_line_do(name, monkeypatch):
    """The same chars as one line of a page with a column gap in it: cut into two cells, each built."""
    chars = _chars(HAND_MADE[name]) + _chars(
        [("Z", 200, 6, 10, 100), ("\u00ad", 206, 3, 10, 100), ("y", 209, 5, 10, 100)]
    )
    if name == "a raised note mark":
        chars[1][pdf_lines.FAKE_BOLD_KEY] = True  # a fake-bold char's style reaches its cell's line
    monkeypatch.setenv(NUMBA_ENV_VAR, "always")
    assert pdfium_kernel.use_compiled(1)
    items = [(c["x0"], c["x1"], c["top"], c["bottom"], c) for c in chars][::-1]  # out of order: both sort
    expected = [pdf_lines.build_line(cell, 3) for cell in pdf_lines._cells(list(items))]
    assert len(expected) == 2
    rows = list(range(len(chars)))[::-1]  # a line_groups group: the chars' rows, out of order as the items
    assert char_columns.group_lines([rows], _columns_of(chars), chars, 3) == [expected]


def test_groups_sorted_by_the_compiled_insertion_sort_as_by_lexsort():
    """pdfium_numba.sort_groups: each group by x0, ties (many: rounded x0) in the group's order, as lexsort."""
    assert pdfium_kernel.available()
    compiled = pdfium_kernel.loaded()
    rng = np.random.default_rng(7)
    x0 = rng.uniform(0, 50, 400).round(0)  # few distinct values: ties everywhere
    lengths = [0, 1, 5, 60, 134, 200]
    rows = rng.permutation(400)[: sum(lengths)].astype(np.int64)
    bounds = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=bounds[1:])
    expected = rows[np.lexsort((x0[rows], np.repeat(np.arange(len(lengths)), lengths)))]
    compiled.sort_groups(rows, bounds, x0)
    assert rows.tolist() == expected.tolist()


@pytest.mark.parametrize("nan", [False, True], ids=["finite", "a NaN size"])
def test_group_sizes_are_each_groups_largest_char_size(nan):
    rng = np.random.default_rng(3)
    size = rng.choice([0.0, 8.0, 9.5, 12.0], 60)
    top = rng.uniform(0, 700, 60)
    if nan:
        size[7] = np.nan
    columns = char_columns.CharColumns(
        np.zeros(60), np.ones(60), top, top + 10, size, np.ones(60, bool), np.ones(60, bool)
    )
    groups = [rng.permutation(60)[:k].tolist() for k in (1, 5, 30, 60)]
    sizes = np.where(size != 0, size, 10.0).tolist()  # pdf_lines._group_size: the size, else the height
    expected = [max(sizes[row] for row in group) for group in groups]
    assert char_columns.group_sizes(groups, columns) == expected


@pytest.mark.parametrize("high", [40, 1 << 20])  # by the table, and by np.unique past it
def test_unique_inverse_is_numpys_unique_with_its_inverse(high):
    values = np.random.default_rng(7).integers(0, high, 500).astype(np.int64)
    found, inverse = char_columns.unique_inverse(values)
    expected, expected_inverse = np.unique(values, return_inverse=True)
    assert found.tolist() == expected.tolist()
    assert inverse.tolist() == expected_inverse.reshape(-1).tolist()


def test_glyph_ranks_keep_the_glyphs_order_and_equality_in_small_ints():
    glyphs = np.array([(1 << 32) | ord("a"), ord("b"), (1 << 32) | ord("a"), ord("a"), char_columns.CID_CODE])
    ranks = char_columns.glyph_ranks(glyphs)
    assert ranks.dtype == np.int16
    assert ranks.tolist() == [3, 1, 3, 0, 2]  # "a", "b", (cid) of font 0, then "a" of font 1


def test_a_pages_code_points_become_the_texts_chr_gives():
    from extractor.reading.pdfium_arrays import _texts

    codes = np.array([0x41, 0xE9, 0x2019, 0xD800, 0x1F600, 0], dtype=np.uint32)
    assert _texts(codes) == [chr(code) for code in codes.tolist()]
    with pytest.raises(ValueError):  # past Unicode: chr()'s error, which the reader reports as a corrupt PDF
        _texts(np.array([0x41, 0x110000], dtype=np.uint32))


def test_line_groups_keep_their_rows_in_one_array_as_the_lists_hold_them():
    """line_groups's groups carry each one's length and all their rows, group after group, for group_lines to take."""
    chars = _chars([("b", 16, 5, 10, 100), ("a", 10, 5, 10, 100), ("c", 10, 5, 10, 130), ("d", 16, 5, 10, 130)])
    groups = char_columns.line_groups(_columns_of(chars), chars, pdf_lines.DEFAULT_LINE_TOLERANCE)
    assert groups == [[0, 1], [2, 3]]
    assert groups.lengths == [2, 2] and groups.rows.tolist() == [0, 1, 2, 3]


def test_page_cells_read_every_page_in_one_call_as_the_groups_path(pages):
    """pdfium_numba.page_cells: a page's chars to its cells' lines, the lines line_groups and group_lines make."""
    fallbacks = sum(pdfium_kernel.FALLBACKS.values())
    for number, page in enumerate(pages, start=1):
        chars = page.chars
        made = char_columns.page_cells(page.columns, chars, number)
        assert made is not None  # the kernel read the page: no script, sideways text or odd box on it
        groups = char_columns.line_groups(page.columns, chars, pdf_lines.DEFAULT_LINE_TOLERANCE)
        assert made[1] == char_columns.group_lines(groups, page.columns, chars, number)
    assert sum(pdfium_kernel.FALLBACKS.values()) == fallbacks


def test_page_cells_lines_carry_their_boxes_rounded_as_assemble_rounds_them(pages):
    """Each line page_cells makes holds its chars' boxes rounded to the hundredth and its flags (RawLine.places, its
    page's, rounded at once), and assemble's body, styles and line map from them are the ones it makes of the lists."""
    import dataclasses

    from extractor.reading.letter_parts import Block, assemble

    for number, page in enumerate(pages, start=1):
        lines = [
            line for cells in char_columns.page_cells(page.columns, page.chars, number)[1] for line in cells if line
        ]
        for line in lines:
            page_places, first = line.places
            x0s, x1s = (view.cast("d").tolist() for view in page_places.boxes.byte_views())
            assert x0s[first : first + len(line.char_x0)] == [round(x, 2) for x in line.char_x0]
            assert x1s[first : first + len(line.char_x1)] == [round(x, 2) for x in line.char_x1]
        unrounded = [dataclasses.replace(line, places=None) for line in lines]
        assert assemble([Block(lines)]) == assemble([Block(unrounded)])


def test_the_pages_places_are_rounded_only_for_the_line_map(tmp_path, monkeypatch):
    """read_body (the body alone) rounds no page's places; read_letter rounds each page's once, for its line map."""
    from extractor.reading import reader, rounding
    from extractor.reading.options import ReadOptions

    path = build_letter(tmp_path / "letter.pdf", repeat=2).path
    monkeypatch.setenv(NUMBA_ENV_VAR, "always")
    rounded = []
    monkeypatch.setattr(rounding, "rounded_array", lambda x: rounded.append(len(x)) or x)
    options = ReadOptions(engine="pdfium")
    reader.read_body(path, options=options)
    assert rounded == []
    letter = reader.read_letter(path, options=options)
    assert len(rounded) == 2 * len(letter.pages) and sum(rounded) >= 2 * len(letter.body.replace("\n", ""))


@pytest.mark.parametrize("name", sorted(HAND_MADE))
def test_page_cells_lines_are_the_char_by_char_codes(name, monkeypatch):
    """Each hand-made line beside a cell across a column gap, and a line under them: the lines _lines makes from dicts."""
    chars = _chars(HAND_MADE[name]) + _chars([("Z", 200, 6, 10, 100), ("y", 206, 5, 10, 100), ("w", 10, 5, 10, 140)])
    monkeypatch.setenv(NUMBA_ENV_VAR, "always")
    assert pdfium_kernel.use_compiled(1)
    columns = _columns_of(chars)
    assert char_columns.page_cells(columns, chars, 2) is not None
    assert pdf_lines._lines(chars, 2, 600.0, 800.0, columns) == pdf_lines._lines(
        [dict(c) for c in chars], 2, 600.0, 800.0
    )


def test_a_script_set_in_a_line_leaves_the_page_to_the_groups_path(monkeypatch):
    """A raised "th" of smaller chars forms a group of its own, which _attach_scripts sets in its line: page_cells
    leaves such a page to line_groups and group_lines, which read it as the char-by-char code does."""
    chars = _chars([("1", 10, 6, 12, 100), ("5", 16, 6, 12, 100), ("t", 22, 3, 7, 97), ("h", 25, 4, 7, 97)])
    monkeypatch.setenv(NUMBA_ENV_VAR, "always")
    assert pdfium_kernel.use_compiled(1)
    columns = _columns_of(chars)
    assert char_columns.page_cells(columns, chars, 1) is None
    lines = pdf_lines._lines(chars, 1, 600.0, 800.0, columns)
    assert lines == pdf_lines._lines([dict(c) for c in chars], 1, 600.0, 800.0)
    assert [line.text for line in lines[0]] == ["15th"]
