"""The pdfium engine read by numba-compiled code and by its Python fallback: the same chars, the same letters."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from reader_pdfs import build_letter

from extractor.reading import pdfium_kernel
from extractor.reading.options import NUMBA_ENV_VAR, NUMBA_MODES, ReadOptions
from extractor.reading.reader import read_letter

pytest.importorskip("numba")

REPO_DIR = Path(__file__).resolve().parents[3]
# A few PDFs of each kind: reportlab's letters (many text objects, made-up spaces), Chromium's (ligatures,
# hyphens), tables, and a fake-bold page.
SAMPLE_PDFS = sorted((REPO_DIR / "corpus").glob("*.pdf"))[:3] + sorted((REPO_DIR / "tests" / "pdfs").glob("*.pdf"))


@pytest.fixture(scope="module")
def letter_pdf(tmp_path_factory) -> Path:
    return build_letter(tmp_path_factory.mktemp("kernel") / "letter.pdf", repeat=2).path


@pytest.fixture(autouse=True)
def always_compiled(monkeypatch):
    """The compiled reader from the first page (not only once the process has read many pages)."""
    monkeypatch.setenv(NUMBA_ENV_VAR, "always")


def _pages(path: Path) -> list:
    from extractor.reading.pdfium_chars import open_document

    with open_document(path, None, 1000) as document:
        return [(page.width, page.height, page.chars, page.shapes) for page in document.pages()]


def test_numba_is_used_when_installed():
    assert pdfium_kernel.available() and pdfium_kernel.use_compiled(1)


@pytest.mark.parametrize("path", SAMPLE_PDFS, ids=lambda path: path.name)
def test_compiled_and_python_paths_give_the_same_chars(path, monkeypatch):
    fallbacks = sum(pdfium_kernel.FALLBACKS.values())
    compiled = _pages(path)
    assert sum(pdfium_kernel.FALLBACKS.values()) == fallbacks  # read by the compiled reader, no fallback
    monkeypatch.setenv(NUMBA_ENV_VAR, "never")
    assert _pages(path) == compiled  # every dict, key and float alike, in the same order


def test_the_long_letter_reads_alike_both_ways(letter_pdf, monkeypatch):
    compiled = read_letter(letter_pdf, options=ReadOptions(engine="pdfium")).model_dump_json()
    monkeypatch.setenv(NUMBA_ENV_VAR, "never")
    assert read_letter(letter_pdf, options=ReadOptions(engine="pdfium")).model_dump_json() == compiled


def test_a_split_ligature_and_overprinted_bold_read_alike_both_ways(tmp_path, monkeypatch):
    """Chromium-style ligature glyphs go through the char-by-char loop; a fake-bold copy is found either way."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "odd.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 12)
    c.drawString(72, 700, "The \ufb01rst of\ufb02ows and \ufb00ects")
    for dx in (0, 0.3):
        c.drawString(72 + dx, 680, "Important notice")
    c.setFillColorRGB(1, 1, 1)
    c.drawString(72, 660, "hidden text")
    c.save()
    compiled = _pages(path)
    monkeypatch.setenv(NUMBA_ENV_VAR, "never")
    assert _pages(path) == compiled


def _objects_pdf(path: Path, form: bool) -> Path:
    """A page with an image, a drawn curve of many points, text, and (form) the same inside a form object."""
    from reader_pdfs import signature_image
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))

    def draw(dy: float) -> None:
        c.setFont("Helvetica", 12)
        c.drawString(72, 700 - dy, "Drawn beside an image")
        c.drawImage(str(signature_image(path.with_suffix(".png"))), 72, 600 - dy, width=120, height=40)
        curve = c.beginPath()
        curve.moveTo(300, 600 - dy)
        for k in range(14):  # pdfminer counts a curve's end point: 15 points, a drawn signature's
            curve.curveTo(310 + 20 * k, 640 - dy, 320 + 20 * k, 560 - dy, 330 + 20 * k, 600 - dy)
        c.drawPath(curve, stroke=1, fill=0)

    draw(0)
    if form:
        c.beginForm("inner")
        draw(300)
        c.endForm()
        c.doForm("inner")
    c.save()
    return path


@pytest.mark.parametrize("form", [False, True], ids=["objects", "form object"])
def test_the_objects_listed_by_the_compiled_call_give_the_same_shapes(form, tmp_path, monkeypatch):
    """Images and drawings listed in one compiled call (a page with a form object by the Python path): same boxes."""
    path = _objects_pdf(tmp_path / "objects.pdf", form)
    fallbacks = sum(pdfium_kernel.FALLBACKS.values())
    compiled = _pages(path)
    assert sum(pdfium_kernel.FALLBACKS.values()) == fallbacks
    assert len(compiled[0][3]) == (4 if form else 2)  # an image and a curve, twice with the form
    monkeypatch.setenv(NUMBA_ENV_VAR, "never")
    assert _pages(path) == compiled


def test_glyph_widths_asked_in_one_call_are_the_fonts_own(letter_pdf):
    """pdfium_kernel.glyph_widths gives each (font, code) the advance _Font.advance asks pdfium for, NaN for none."""
    import ctypes

    import numpy as np
    import pypdfium2
    import pypdfium2.raw as raw

    from extractor.reading.pdfium_chars import ObjectStyles, bound_char_calls

    assert pdfium_kernel.use_compiled(1)
    pdf = pypdfium2.PdfDocument(str(letter_pdf))
    page = pdf[0]
    textpage = raw.FPDFText_LoadPage(page.raw)
    try:
        handles = {ctypes.cast(raw.FPDFText_GetTextObject(textpage, k), ctypes.c_void_p).value for k in range(40)}
        fonts = [raw.FPDFTextObj_GetFont(ctypes.cast(ctypes.c_void_p(h), raw.FPDF_PAGEOBJECT)) for h in handles if h]
        codes = [ord(ch) for ch in "Ab,é\u00ad"] + [0, 0xFFFE]
        addresses = [ctypes.cast(font, ctypes.c_void_p).value for font in fonts]
        pairs = [(address, code) for address in addresses for code in codes] + [(0, 65)]
        widths = pdfium_kernel.glyph_widths(
            raw, np.array([a for a, _ in pairs], dtype=np.uint64), np.array([c for _, c in pairs], dtype=np.uint32)
        )
        styles = ObjectStyles(raw, textpage, (1, 0, 0, 1, 0, 0), frozenset(), bound_char_calls(raw))
        expected = [styles.font(address).advance(raw, chr(code)) for address, code in pairs]
    finally:
        raw.FPDFText_ClosePage(textpage)
        page.close()
        pdf.close()
    assert [None if np.isnan(width) else width for width in widths.tolist()] == expected
    assert expected[-1] is None and any(width is not None for width in expected)


def test_auto_loads_numba_once_the_process_has_opened_enough_pages(monkeypatch):
    monkeypatch.setenv(NUMBA_ENV_VAR, "auto")
    monkeypatch.setattr(pdfium_kernel, "_opened", [0])
    monkeypatch.setattr(pdfium_kernel, "DEFAULT_PAGES_BEFORE_COMPILED", 10)
    pdfium_kernel._compiled.cache_clear()
    try:
        assert not pdfium_kernel.use_compiled(3)  # a short letter in a fresh process: not worth loading numba
        assert not pdfium_kernel.use_compiled(3)
        assert pdfium_kernel.use_compiled(4)  # ten pages opened: loaded, and used from now on
        assert pdfium_kernel.use_compiled(1)
        monkeypatch.setenv(NUMBA_ENV_VAR, "never")
        assert not pdfium_kernel.use_compiled(100)
    finally:
        pdfium_kernel._compiled.cache_clear()


def test_a_long_document_is_read_compiled_from_its_first_page(monkeypatch):
    monkeypatch.setenv(NUMBA_ENV_VAR, "auto")
    monkeypatch.setattr(pdfium_kernel, "_opened", [0])
    pdfium_kernel._compiled.cache_clear()
    assert pdfium_kernel.use_compiled(pdfium_kernel.DEFAULT_PAGES_BEFORE_COMPILED)


def _fresh_process(code: str, **env: str) -> subprocess.CompletedProcess:
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_DIR, capture_output=True, text=True, env={**os.environ, **env}
    )
    assert run.returncode == 0, run.stderr
    return run


def test_the_compiled_code_is_cached_where_numba_cache_dir_says(tmp_path, letter_pdf):
    """Where the package's own folder is read-only, NUMBA_CACHE_DIR (or the user's cache) holds the compiled code."""
    code = (
        "import time; from extractor.reading.reader import read_letter; from extractor.reading.options import ReadOptions; "
        f"t = time.process_time(); read_letter({str(letter_pdf)!r}, options=ReadOptions(engine='pdfium')); "
        "print(time.process_time() - t)"
    )
    _fresh_process(code, NUMBA_CACHE_DIR=str(tmp_path))
    assert list(tmp_path.rglob("*.nbi")), "numba wrote its index there"
    _fresh_process(code, NUMBA_CACHE_DIR=str(tmp_path))  # and the next process loads it (no error from a stale entry)


def test_without_numba_installed_the_python_path_reads(letter_pdf):
    code = (
        "import sys; sys.modules['numba'] = None\n"  # as if not installed: importing it raises ImportError
        "from extractor.reading import pdfium_kernel; from extractor.reading.reader import read_letter\n"
        "from extractor.reading.options import ReadOptions\n"
        f"letter = read_letter({str(letter_pdf)!r}, options=ReadOptions(engine='pdfium'))\n"
        "print(pdfium_kernel.available(), len(letter.body) > 0)\n"
    )
    assert _fresh_process(code).stdout.split() == ["False", "True"]


def test_a_short_letter_read_by_a_fresh_process_does_not_load_numba(letter_pdf):
    code = (
        "import sys; from extractor.reading.reader import read_letter; from extractor.reading.options import ReadOptions; "
        f"read_letter({str(letter_pdf)!r}, options=ReadOptions(engine='pdfium')); print('numba' in sys.modules)"
    )
    assert _fresh_process(code, **{NUMBA_ENV_VAR: "auto"}).stdout.strip() == "False"


def test_numba_that_can_cache_nowhere_leaves_the_python_path():
    code = (
        "import numba.core.caching as c\n"
        "def refuse(self): raise OSError('read-only')\n"
        "for name in dir(c):\n"
        "    kind = getattr(c, name)\n"
        "    if isinstance(kind, type) and issubclass(kind, c._CacheLocator): kind.ensure_cache_path = refuse\n"
        "from extractor.reading import pdfium_kernel\n"
        "print(pdfium_kernel.available())\n"
    )
    assert _fresh_process(code, NUMBA_CACHE_DIR="").stdout.strip() == "False"


@pytest.mark.slow
def test_a_fresh_process_reads_with_numba_off_or_on(letter_pdf):
    """Whole processes, as a user runs them: the compiled code loads from its cache, or is left aside by the switch."""
    code = (
        "import sys; from extractor.reading.reader import read_letter; from extractor.reading.options import ReadOptions; "
        f"sys.stdout.write(read_letter({str(letter_pdf)!r}, options=ReadOptions(engine='pdfium')).model_dump_json())"
    )
    outputs = [_fresh_process(code, **{NUMBA_ENV_VAR: mode}).stdout for mode in NUMBA_MODES]
    assert outputs[0] == outputs[1] == outputs[2]


_FAILED: list = []
_GROUPS_PATH = ("cut_cells", "cell_lines", "sort_groups")  # the kernels of the pages page_cells leaves to line_groups


def _failing(*args, **kwargs):
    _FAILED.append(args)
    raise RuntimeError("numba failed")


@pytest.mark.parametrize(
    "where",
    [
        ("extractor.reading.pdfium_chars", "read_page_chars"),  # the compiled char reader
        ("extractor.reading.pdfium_numba", "page_cells"),  # a page's chars to its cells' lines
        ("extractor.reading.pdfium_numba", "cut_cells"),  # a compiled layout kernel of the groups' path
        ("extractor.reading.pdfium_numba", "cell_lines"),
        ("extractor.reading.pdfium_numba", "list_objects"),  # the page's objects listed
        ("extractor.reading.pdfium_numba", "sort_groups"),  # each line's chars sorted by x0
        ("extractor.reading.pdfium_numba", "char_boxes"),  # the chars' boxes worked out
        ("extractor.reading.pdfium_numba", "object_table"),  # the page's text objects and fonts
        ("extractor.reading.pdfium_numba", "object_terms"),  # what a text object's chars share
        ("extractor.reading.pdfium_numba", "made_up_spaces"),  # the spaces pdfium made up, kept and placed
        ("extractor.reading.pdfium_numba", "spaced_columns"),  # the glyphs' columns with those spaces put in
        ("extractor.reading.pdfium_numba", "copy_steps"),  # the fake-bold copies' test
        ("extractor.reading.pdfium_numba", "glyph_marks"),  # the glyphs without Unicode, the split ligatures
        (
            "extractor.reading.pdfium_numba",
            "glyph_units",
        ),  # each glyph's object and width (glyph_widths after its failure)
    ],
    ids=lambda where: where[1],
)
def test_a_failure_of_the_compiled_code_reads_the_page_by_the_python_path(where, letter_pdf, monkeypatch):
    """Not reported as a corrupt PDF: the page is read as without numba, to the same letter."""
    import importlib

    monkeypatch.setenv(NUMBA_ENV_VAR, "never")
    expected = read_letter(letter_pdf, options=ReadOptions(engine="pdfium")).model_dump_json()
    monkeypatch.setenv(NUMBA_ENV_VAR, "always")
    assert pdfium_kernel.use_compiled(1)
    monkeypatch.setattr(importlib.import_module(where[0]), where[1], _failing)
    if where[1] in _GROUPS_PATH:  # page_cells declines the page (as for a script set in a line)
        monkeypatch.setattr(importlib.import_module(where[0]), "page_cells", lambda *args: -1)
    _FAILED.clear()
    assert read_letter(letter_pdf, options=ReadOptions(engine="pdfium")).model_dump_json() == expected
    assert _FAILED  # it did fail (on one page at least), yet the letter reads the same


def test_loading_numba_skips_its_blas_probe_and_leaves_scipy_importable():
    """numba is loaded without importing scipy.linalg (its BLAS probe), which stays importable after."""
    pytest.importorskip("scipy.linalg")
    code = (
        "import sys; from extractor.reading import pdfium_kernel; assert pdfium_kernel.available(); "
        "print('scipy.linalg' in sys.modules); import scipy.linalg; print(scipy.linalg.__name__)"
    )
    assert _fresh_process(code).stdout.split() == ["False", "scipy.linalg"]


def _numba_loaded_in(folder: Path, then: str) -> list[str]:
    """What a fresh process working in folder prints after loading numba as the reader does, then running `then`."""
    code = f"import os, sys; os.chdir(sys.argv[1]); from extractor.reading import pdfium_kernel; {then}"
    run = subprocess.run(
        [sys.executable, "-c", code, str(folder)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO_DIR)},
    )
    assert run.returncode == 0 and not run.stderr, run.stderr
    return run.stdout.split()


def test_loading_numba_skips_scipy_and_yaml_unless_its_config_file_is_there(tmp_path):
    """numba's scipy version check and its yaml are not imported, and stay importable; yaml is, for numba's config file."""
    pytest.importorskip("scipy")
    pytest.importorskip("yaml")
    loaded = "assert pdfium_kernel.available(); print('scipy' in sys.modules, 'yaml' in sys.modules); "
    assert _numba_loaded_in(tmp_path, loaded + "import scipy, yaml; print(scipy.__name__, yaml.__name__)") == [
        "False",
        "False",
        "scipy",
        "yaml",
    ]
    (tmp_path / ".numba_config.yaml").write_text("disable_performance_warnings: 1\n", encoding="utf-8")
    settings = "from numba.core import config; print(config.DISABLE_PERFORMANCE_WARNINGS)"
    assert _numba_loaded_in(tmp_path, loaded + settings) == ["False", "True", "1"]


def test_char_boxes_compiled_are_numpys_floats_bit_for_bit(monkeypatch):
    """The compiled boxes are numpy's floats: flipped matrices, a width unknown (NaN), a rotated page."""
    import types

    import numpy as np

    from extractor.reading import pdfium_arrays

    assert pdfium_kernel.available()
    rng = np.random.default_rng(13)
    terms = rng.normal(size=(6, 7)) * 12
    terms[::2, 1] = 0.0  # upright objects among slanted and mirrored ones
    rows = rng.integers(0, 6, 300)
    units = rng.random(300)
    units[::9] = np.nan
    xs, ys = rng.random(300) * 600, rng.random(300) * 800
    table = types.SimpleNamespace(terms=terms)
    fallbacks = pdfium_kernel.FALLBACKS["char_boxes"]
    for ctm, frame in (
        ((1.0, 0.0, 0.0, 1.0, 0.0, 0.0), (0.0, -0.0, 842.0)),
        ((0, 1, -1, 0, 595.5, 0), (3.5, -7.25, 612)),
    ):
        compiled = pdfium_arrays._boxes(table, rows, units, xs, ys, ctm, frame)
        # _boxes falls back to numpy when the kernel fails: the comparison would then be numpy's with numpy's.
        assert pdfium_kernel.FALLBACKS["char_boxes"] == fallbacks
        with monkeypatch.context() as patched:
            patched.setattr(pdfium_arrays, "loaded", lambda: None)  # numba not loaded: numpy's arithmetic
            by_numpy = pdfium_arrays._boxes(table, rows, units, xs, ys, ctm, frame)
        assert [column.tobytes() for column in compiled] == [column.tobytes() for column in by_numpy]


def test_the_text_objects_table_compiled_is_numpys_bit_for_bit(monkeypatch):
    """The compiled table of a page's text objects is np.unique's and numpy's floats: an object in two runs apart,
    fonts met out of order, mirrored and rotated matrices, white, coloured and unset fills."""
    import types

    import numpy as np

    from extractor.reading import pdfium_arrays

    assert pdfium_kernel.available()
    rng = np.random.default_rng(18)
    runs = 40
    objects = rng.choice(np.array([9_000_017, 40, 77_000_000_001, 513, 2**63 + 5], dtype=np.uint64), 400)
    first = np.sort(rng.choice(400, runs, replace=False)).astype(np.int64)
    fonts = rng.choice(np.array([0, 7_001, 3_002, 2**40], dtype=np.uint64), runs)
    matrices = (rng.normal(size=(runs, 7)) * 9).astype(np.float32)
    matrices[::3, 1] = 0.0
    fills = rng.choice(np.array([0, 120, 253, 255], dtype=np.uint32), (runs, 5))
    read = types.SimpleNamespace(
        objects=objects, first=first, fonts=fonts, sizes=rng.random(runs) * 14, matrices=matrices, fills=fills
    )
    descents = np.array([-0.21, 0.0, -0.1875, -0.3])
    before = sum(pdfium_kernel.FALLBACKS.values())
    for ctm in ((1.0, 0.0, 0.0, 1.0, -3.5, 0.0), (0, 1, -1, 0, 595.5, 0), (-1.0, 0.0, 0.0, -1.0, 612.0, 792.0)):
        compiled = pdfium_kernel.loaded()
        table = pdfium_arrays._object_table(compiled, read)
        terms = pdfium_arrays._object_terms(compiled, read, table[1], descents, table[3], ctm)
        by_numpy = pdfium_arrays._object_table(None, read)
        assert [column.tolist() for column in table] == [column.tolist() for column in by_numpy]
        numpy_terms = pdfium_arrays._object_terms(None, read, by_numpy[1], descents, by_numpy[3], ctm)
        assert [column.tobytes() for column in terms] == [column.tobytes() for column in numpy_terms]
    # The functions fall back to numpy when a kernel fails: the comparison would then be numpy's with numpy's.
    assert sum(pdfium_kernel.FALLBACKS.values()) == before


def test_made_up_spaces_compiled_are_numpys_bit_for_bit(monkeypatch):
    """The compiled made-up spaces are numpy's, at the same places with the same floats: spaces at a line's end, two
    in a row, before the first glyph, off the baseline, inside the glyph before, in upright and slanted objects."""
    import types

    import numpy as np

    from extractor.reading import pdfium_arrays

    assert pdfium_kernel.available()
    rng = np.random.default_rng(181)
    count = 900
    objects = rng.choice(np.array([0, 0, 11, 12, 13], dtype=np.uint64), count)
    codes = np.where(objects == 0, rng.choice(np.array([0x20, 0x20, 0x0D], dtype=np.uint32), count), 0x61)
    codes = codes.astype(np.uint32)
    xs = np.cumsum(rng.random(count) * 6) - rng.random(count) * 4  # mostly rising, some steps back
    ys = rng.choice(np.array([700.0, 700.0, 688.5, np.nan]), count)
    read = types.SimpleNamespace(objects=objects, codes=codes, xs=xs, ys=ys)
    glyphs = np.flatnonzero(objects)
    rows = rng.integers(0, 4, len(glyphs))
    terms = rng.normal(size=(4, 7)) * 10
    terms[:2, 0], terms[:2, 1] = 9.5, 0.0  # two upright objects
    table = types.SimpleNamespace(terms=terms)
    x1s = xs[glyphs] + rng.random(len(glyphs)) * 8
    fallbacks = pdfium_kernel.FALLBACKS["made_up_spaces"]
    compiled = pdfium_kernel.loaded()
    calls: list = []
    kernel = compiled.made_up_spaces
    monkeypatch.setattr(compiled, "made_up_spaces", lambda *args: calls.append(1) or kernel(*args))
    for ctm, frame in (
        ((1.0, 0.0, 0.0, 1.0, 0.0, 0.0), (0.0, -0.0, 842.0)),
        ((0, 1, -1, 0, 595.5, 0), (3.5, -7.25, 612)),
    ):
        after, boxes = pdfium_arrays._made_up_spaces(read, glyphs, table, rows, x1s, ctm, frame)
        # _made_up_spaces falls back to numpy when the kernel fails: the comparison would then be numpy's with numpy's.
        assert pdfium_kernel.FALLBACKS["made_up_spaces"] == fallbacks
        with monkeypatch.context() as patched:
            patched.setattr(pdfium_arrays, "loaded", lambda: None)  # numba not loaded: numpy's steps
            numpy_after, numpy_boxes = pdfium_arrays._made_up_spaces(read, glyphs, table, rows, x1s, ctm, frame)
        assert calls and len(after) > 10 and after.tolist() == numpy_after.tolist()  # the kernel's spaces, and numpy's
        assert [column.tobytes() for column in boxes] == [column.tobytes() for column in numpy_boxes]


@pytest.mark.parametrize("case", ["spaces", "no spaces", "codes past the table", "many glyphs"])
def test_the_spaced_columns_compiled_are_numpys_steps(case, monkeypatch):
    """The glyphs' columns with the made-up spaces put in, and the glyph ids' ranks, compiled as numpy's steps make
    them: spaces after the first and the last glyph, CIDs and ligatures' codes, upright and slanted objects, inked
    and not; ranks left to glyph_ranks where its table would not hold the ids, or int16 would not hold the ranks."""
    import types

    import numpy as np

    from extractor.reading import pdfium_arrays
    from extractor.reading.char_columns import CID_CODE

    assert pdfium_kernel.available()
    rng = np.random.default_rng(22)
    count = 60_000 if case == "many glyphs" else 600
    objects = 3 if case == "many glyphs" else 4
    rows = rng.integers(0, objects, count)
    glyph_keys = (rows * 7 + 100).astype(np.uint64)
    codes = rng.integers(0x41, 0x7B, count).astype(np.uint32)
    if case == "many glyphs":
        codes = rng.integers(0x100, 0x8100, count).astype(np.uint32)  # ~45,000 distinct ids: past int16
    text_of = codes.astype(np.int64)
    text_of[[5, 17]] = CID_CODE
    if case == "codes past the table":
        text_of[9] = CID_CODE + 1  # a ligature's text: its keys reach past glyph_ranks's table
    else:
        text_of[[5, 17]] = 0x2A  # no CID: the ids stay within the table
    boxes = rng.normal(size=(5, count)) * 100
    terms = rng.normal(size=(objects, 7)) * 10
    terms[:2, 0], terms[:2, 1] = 9.5, 0.0  # two upright objects
    table = types.SimpleNamespace(
        terms=terms, inked=np.array([True, False] * objects)[:objects], name_of=np.arange(objects)[::-1].copy()
    )
    spaces = None
    if case != "no spaces":
        after = np.unique(np.concatenate([[0, count - 1], rng.integers(0, count, count // 5)])).astype(np.int64)
        spaces = (after, rng.normal(size=(5, len(after))) * 100)
    fallbacks = pdfium_kernel.FALLBACKS["spaced_columns"]
    compiled = pdfium_kernel.loaded()
    calls: list = []
    kernel = compiled.spaced_columns
    monkeypatch.setattr(compiled, "spaced_columns", lambda *args: calls.append(kernel(*args)) or calls[-1])
    laid = pdfium_arrays._spaced_columns(table, rows, glyph_keys, codes, text_of, boxes, spaces)
    assert calls and pdfium_kernel.FALLBACKS["spaced_columns"] == fallbacks  # the kernel answered
    monkeypatch.setattr(pdfium_arrays, "loaded", lambda: None)  # numba not loaded: numpy's steps
    by_numpy = pdfium_arrays._spaced_columns(table, rows, glyph_keys, np.copy(codes), text_of, boxes, spaces)
    assert [column.tobytes() for column in laid[0]] == [column.tobytes() for column in by_numpy[0]]
    for made, expected in zip(laid[1:7], by_numpy[1:7]):  # upright, inked, ids, rows, keys, codes
        assert made.dtype == expected.dtype and made.tolist() == expected.tolist()
    if spaces is not None:
        assert laid[7].tolist() == by_numpy[7].tolist()  # each row's glyph
    assert laid[8].dtype == by_numpy[8].dtype and laid[8].tolist() == by_numpy[8].tolist()  # the ranks
    assert (calls[-1] < 0) is (case in ("codes past the table", "many glyphs"))  # left to glyph_ranks
    assert laid[8].dtype == (np.int64 if case == "many glyphs" else np.int16)


@pytest.mark.parametrize("mark", ["none", "cid", "map error", "hyphen", "split", "past Unicode"])
def test_the_glyphs_marks_compiled_are_numpys_steps(mark, monkeypatch):
    """The glyphs without Unicode, the split ligatures' letters and whether any glyph is marked: compiled as numpy's
    steps find them (a split letter after a CID, NaN origins, a glyph of another object at the same origin)."""
    import numpy as np

    from extractor.reading import pdfium_arrays

    assert pdfium_kernel.available()
    rng = np.random.default_rng(7)
    count = 400
    codes = rng.integers(0x41, 0x7B, count).astype(np.uint32)
    map_errors = np.zeros(count, dtype=np.int32)
    keys = np.repeat(np.arange(1, 41, dtype=np.uint64), 10)
    xs, ys = np.cumsum(rng.random(count) * 6), np.full(count, 700.0)
    xs[50] = np.nan
    keys[100:102], xs[100:102] = (7, 8), 33.0  # two objects' glyphs at one origin: no split
    if mark == "cid":
        codes[[3, 9]] = (0, pdfium_arrays.NO_UNICODE_CODE)
    elif mark == "map error":
        map_errors[17] = 1
    elif mark == "hyphen":
        codes[200] = pdfium_arrays.HYPHEN_MARK_CODE
    elif mark == "split":
        xs[301], xs[305:307], codes[305] = xs[300], xs[304], 0  # a split letter, and one after a CID
    elif mark == "past Unicode":
        codes[77] = 0x110000
    fallbacks = pdfium_kernel.FALLBACKS["glyph_marks"]
    compiled = pdfium_kernel.loaded()
    calls: list = []
    kernel = compiled.glyph_marks
    monkeypatch.setattr(compiled, "glyph_marks", lambda *args: calls.append(1) or kernel(*args))
    cid, split, marked = pdfium_arrays._glyph_marks(codes, map_errors, keys, xs, ys)
    assert calls and pdfium_kernel.FALLBACKS["glyph_marks"] == fallbacks  # the kernel answered
    monkeypatch.setattr(pdfium_arrays, "loaded", lambda: None)  # numba not loaded: numpy's steps
    numpy_cid, numpy_split, numpy_marked = pdfium_arrays._glyph_marks(codes, map_errors, keys, xs, ys)
    assert (cid.tolist(), split.tolist(), marked) == (numpy_cid.tolist(), numpy_split.tolist(), numpy_marked)
    assert marked is (mark != "none") and split.sum() == (2 if mark == "split" else 0)  # 301, 306 (305: a CID)


@pytest.mark.parametrize("path", SAMPLE_PDFS, ids=lambda path: path.name)
def test_glyphs_rows_and_widths_in_one_pass_are_the_steps_own(path, monkeypatch):
    """pdfium_numba.glyph_units gives each glyph the text object's row (np.searchsorted) and the width _unit_widths
    asks per (font, code), NaN where the font gives none, on every page."""
    import numpy as np
    import pypdfium2
    import pypdfium2.raw as raw

    from extractor.reading import pdfium_arrays

    assert pdfium_kernel.use_compiled(1)
    compiled = pdfium_kernel.loaded()
    calls: list = []
    kernel = compiled.glyph_units
    monkeypatch.setattr(compiled, "glyph_units", lambda *args: calls.append(1) or kernel(*args))
    fallbacks = sum(pdfium_kernel.FALLBACKS.values())
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for page in pdf:
            textpage = raw.FPDFText_LoadPage(page.raw)
            try:
                read = pdfium_kernel.read_page_chars(raw, textpage)
                glyphs = np.flatnonzero(read.objects)
                if not glyphs.size:
                    continue
                table = pdfium_arrays._Objects(raw, textpage, read, (1, 0, 0, 1, 0, 0), frozenset())
                glyph_keys, codes = read.objects[glyphs], read.codes[glyphs]
                rows, units = pdfium_arrays._rows_and_units(raw, table, glyph_keys, codes)
                expected_rows = table.rows(glyph_keys)
                expected_units = pdfium_arrays._unit_widths(raw, table, expected_rows, codes)
            finally:
                raw.FPDFText_ClosePage(textpage)
                page.close()
            assert rows.tolist() == expected_rows.tolist() and units.tobytes() == expected_units.tobytes()
    finally:
        pdf.close()
    assert calls and sum(pdfium_kernel.FALLBACKS.values()) == fallbacks  # the kernel ran, and did not fall back


@pytest.mark.parametrize("path", SAMPLE_PDFS, ids=lambda path: path.name)
def test_the_text_objects_the_chars_came_from_are_the_tables_rows(path):
    """page_chars counts the text objects its chars came from (the object table's rows: read_page's overprint test
    asks it) as _distinct counts their keys, on every page."""
    import pypdfium2
    import pypdfium2.raw as raw

    from extractor.reading import pdfium_arrays, pdfium_chars

    pdf = pypdfium2.PdfDocument(str(path))
    counted = 0
    try:
        for page in pdf:
            textpage = raw.FPDFText_LoadPage(page.raw)
            try:
                read = pdfium_kernel.read_page_chars(raw, textpage)
                _chars, keys, objects, _copies, _columns = pdfium_arrays.page_chars(
                    raw, textpage, read, (1, 0, 0, 1, 0, 0), (0.0, 0.0, 800.0), frozenset()
                )
            finally:
                raw.FPDFText_ClosePage(textpage)
                page.close()
            if objects is not None:
                assert objects == pdfium_chars._distinct(keys)
                counted += 1
    finally:
        pdf.close()
    assert counted


def test_the_copies_test_compiled_answers_as_numpys_steps(monkeypatch):
    """pdf_lines.copies_possible by pdfium_numba.copy_steps answers as its numpy steps do: pairs found a few places
    apart, none near, and a glyph stacked in one column more often than the steps go (left to the search)."""
    import numpy as np

    from extractor.reading import pdf_lines

    assert pdfium_kernel.available()
    compiled = pdfium_kernel.loaded()
    calls: list = []
    kernel = compiled.copy_steps
    monkeypatch.setattr(compiled, "copy_steps", lambda *args: calls.append(1) or kernel(*args))
    fallbacks = pdfium_kernel.FALLBACKS["copy_steps"]
    rng = np.random.default_rng(1818)
    answers = []
    for trial in range(300):
        count = int(rng.integers(2, 160))
        glyphs = rng.integers(0, 1 + trial % 5, count).astype(np.int16)
        x0 = rng.integers(0, 1 + trial % 40, count) * rng.choice([0.25, 0.5, 1.5])  # ties and columns
        top = rng.permutation(count) * rng.choice([0.5, 12.0])  # lines close together, or apart
        compiled_answer = pdf_lines.copies_possible(glyphs, x0, top)
        with monkeypatch.context() as patched:
            patched.setattr(pdfium_kernel, "loaded", lambda: None)  # numba not loaded: numpy's steps
            answers.append((compiled_answer, pdf_lines.copies_possible(glyphs, x0, top), count))
    assert all(compiled_answer == by_numpy for compiled_answer, by_numpy, _ in answers)
    assert {answer for answer, _, _ in answers} == {True, False}
    assert any(answer and count > pdf_lines.DEFAULT_COPY_STEPS for answer, _, count in answers)  # stacked, so maybe
    assert len(calls) == len(answers) and pdfium_kernel.FALLBACKS["copy_steps"] == fallbacks


def test_the_cached_kernels_load_without_numbas_compiler_registries(letter_pdf, monkeypatch):
    """A process that finds the kernels in the cache loads them without numpy's lowering registries, and reads alike."""
    code = (
        "import sys; from extractor.reading import pdfium_kernel; from extractor.reading.reader import read_letter; "
        "from extractor.reading.options import ReadOptions; assert pdfium_kernel.available(); "
        "print('numba.np.arraymath' in sys.modules); "
        f"sys.stdout.write(read_letter({str(letter_pdf)!r}, options=ReadOptions(engine='pdfium')).model_dump_json())"
    )
    _fresh_process(code, **{NUMBA_ENV_VAR: "always"})  # the kernels in the cache, whatever ran before
    loaded, _, compiled = _fresh_process(code, **{NUMBA_ENV_VAR: "always"}).stdout.partition("\n")
    assert loaded == "False"
    monkeypatch.setenv(NUMBA_ENV_VAR, "never")
    assert compiled == read_letter(letter_pdf, options=ReadOptions(engine="pdfium")).model_dump_json()


def test_numba_compiles_with_its_registries_while_the_kernels_load_lightly():
    code = (
        "import numba, numpy as np; from extractor.reading import pdfium_kernel\n"
        "with pdfium_kernel._cached_code_only():\n"
        "    print(numba.njit(lambda values: np.sum(values))(np.arange(4.0)))\n"
    )
    assert _fresh_process(code).stdout.strip() == "6.0"
