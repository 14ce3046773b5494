"""The pdfium engine's chars: the same dicts as the pdfplumber engine's, pypdfium2 loaded only when it reads."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from reader_pdfs import build_letter

from extractor.reading.options import ReadOptions
from extractor.reading.pdf_lines import plumber_page
from extractor.reading.reader import read_letter

REPO_DIR = Path(__file__).resolve().parents[3]
CHAR_KEYS = {"text", "fontname", "size", "x0", "x1", "top", "bottom", "matrix", "non_stroking_color", "ncs"}


@pytest.fixture(scope="module")
def letter_pdf(tmp_path_factory) -> Path:
    return build_letter(tmp_path_factory.mktemp("pdfium") / "letter.pdf", repeat=1).path


def _pdfium_pages(path: Path):
    from extractor.reading.pdfium_chars import open_document

    with open_document(path, None, 10) as document:
        return list(document.pages())


def test_chars_have_the_pdfplumber_engines_keys_and_boxes(letter_pdf):
    import pdfplumber

    with pdfplumber.open(letter_pdf) as pdf:
        width, height, plumber_chars, _ = plumber_page(pdf.pages[0])
    page = _pdfium_pages(letter_pdf)[0]
    assert (page.width, page.height) == pytest.approx((width, height))
    assert all(set(char) >= CHAR_KEYS for char in page.chars)
    # Spaces may differ: pdfium drops some space glyphs and makes up zero-width ones in their place.
    ours_glyphs = [c for c in page.chars if c["text"] != " "]
    their_glyphs = [c for c in plumber_chars if c["text"] != " "]
    assert [c["text"] for c in ours_glyphs] == [c["text"] for c in their_glyphs]
    for ours, theirs in zip(ours_glyphs, their_glyphs):
        for key in ("x0", "x1", "top", "bottom", "size"):
            assert ours[key] == pytest.approx(theirs[key], abs=0.5), (ours["text"], key)


def test_the_letter_reads_alike(letter_pdf):
    plumber = read_letter(letter_pdf, options=ReadOptions(engine="pdfplumber"))
    pdfium = read_letter(letter_pdf, options=ReadOptions(engine="pdfium"))
    assert pdfium.body == plumber.body and pdfium.parts == plumber.parts
    boxes = [(b.x0, b.top, b.x1, b.bottom) for b in (line.bbox for line in pdfium.lines)]
    expected = [(b.x0, b.top, b.x1, b.bottom) for b in (line.bbox for line in plumber.lines)]
    assert len(boxes) == len(expected)
    for box, other in zip(boxes, expected):
        assert box == pytest.approx(other, abs=1.0)


def test_an_overprinted_copy_makes_the_text_bold(tmp_path):
    """Fake bold: the same words drawn twice a fraction of a point apart; pdfium drops the copy, we mark it."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "fake_bold.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 12)
    c.drawString(72, 700, "Dear Minister,")
    for dx in (0, 0.3):
        c.drawString(72 + dx, 680, "Important notice")
    c.drawString(72, 660, "Plain text follows here.")
    c.save()
    for engine in ("pdfplumber", "pdfium"):
        letter = read_letter(path, options=ReadOptions(engine=engine))
        line = next(line for line in letter.lines if letter.body[line.start : line.end] == "Important notice")
        assert letter.body.count("Important notice") == 1
        assert any(s.style == "bold" and s.start <= line.start < s.end for s in letter.styles), engine


def test_pypdfium2_is_loaded_only_when_the_pdfium_engine_reads(letter_pdf):
    code = (
        "import sys; from extractor.reading.reader import read_letter; "
        f"read_letter({str(letter_pdf)!r}); print('pypdfium2' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_DIR, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_too_many_pages_is_refused_by_either_engine(letter_pdf, engine):
    from extractor.errors import TooLarge

    with pytest.raises(TooLarge, match="page count"):
        read_letter(letter_pdf, max_pages=0, options=ReadOptions(engine=engine))


def test_an_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="pdfplumber"):
        ReadOptions(engine="pymupdf")


def test_only_spaces_and_line_ends_are_made_up(letter_pdf):
    """The reader asks IsGenerated only of these codes: pdfium must make up no other char."""
    import pypdfium2
    import pypdfium2.raw as raw

    from extractor.reading.pdfium_chars import _GENERATED_CODES

    paths = [letter_pdf, *sorted((REPO_DIR / "corpus").glob("*.pdf"))[:6]]
    made_up = {}
    for path in paths:
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = raw.FPDFText_LoadPage(page.raw)
                for k in range(raw.FPDFText_CountChars(textpage)):
                    if raw.FPDFText_IsGenerated(textpage, k) == 1:
                        code = raw.FPDFText_GetUnicode(textpage, k)
                        made_up[code] = made_up.get(code, 0) + 1
                raw.FPDFText_ClosePage(textpage)
                page.close()
        finally:
            pdf.close()
    assert made_up, "the PDFs hold made-up chars, so the check below is exercised"
    assert set(made_up) <= _GENERATED_CODES, {chr(code) for code in made_up if code not in _GENERATED_CODES}


def test_text_objects_are_counted_over_their_runs_of_chars():
    import numpy as np

    from extractor.reading.pdfium_chars import _distinct

    # An object's chars in runs, one object coming back after another's (a made-up space keeps its glyph's key).
    keys = [7, 7, 7, 9, 9, 7, 7, 12, 9]
    assert _distinct(np.array(keys, dtype=np.uint64)) == _distinct(keys) == 3
    assert _distinct(np.array([5], dtype=np.uint64)) == 1
    assert _distinct(np.array([], dtype=np.uint64)) == _distinct([]) == 0
