"""OCR of scanned pages: the rules that choose pages, the words-to-lines path, straightening, and,
with the real Tesseract (slow), scans made from test letters read to the digests of their text PDFs."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from scans import scan_pages, write_scan

from extractor import errors
from extractor.reading import ocr
from extractor.reading.letter_parts import RawLine
from extractor.reading.options import ReadOptions
from extractor.reading.pdf_lines import lines_from_chars
from models.letter import BBox, TextLine

ROOT = Path(__file__).resolve().parents[3]
REAL = ROOT / "tests" / "letters" / "real"
TEST_PDFS = ROOT / "tests" / "pdfs"
# A handful, chosen by kind and not by score: a one-page US letter scanned with a skew over 1°, a
# two-page fact sheet (the shortest of several pages), and a test letter with a letterhead, a signature image and a closing.
SCANNED = [
    REAL / "us" / "us_2021-03-03_4ac727f8.reportlab.pdf",
    REAL / "factsheets" / "fs_2022-07-12_vice-president-harris-announces-commitme.reportlab.pdf",
    TEST_PDFS / "au_2022_sahel_development.reportlab.pdf",
]
ENGLISH = (REAL / "us" / "us_2021-03-03_4ac727f8.txt").read_text(encoding="utf-8")

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is not installed (make test-deps installs it)"
)


def _shifted(text: str, by: int = 3) -> str:
    """Text in a font whose encoding is off by a few letters, as broken PDFs extract: "Wkh Frqjuhvv"."""
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + by) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + by) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def _lines(text: str) -> list[RawLine]:
    return [RawLine(text=line) for line in text.splitlines() if line.strip()]


def test_rules_choose_the_pages_to_read_by_ocr():
    english = _lines(ENGLISH)
    assert ocr.ocr_reason("never", [], has_text=False) == (None, None)
    assert ocr.ocr_reason("always", english, has_text=True)[0] == "asked"
    assert ocr.ocr_reason("auto", [], has_text=False)[0] == "no text layer"
    why, share = ocr.ocr_reason("auto", english, has_text=True)
    assert why is None and share > 0.8
    why, share = ocr.ocr_reason("auto", _lines(_shifted(ENGLISH)), has_text=True)
    assert why == "garbage text layer" and share < ocr.DEFAULT_MIN_DICTIONARY_SHARE


def test_other_scripts_and_short_pages_are_not_judged_but_glyph_junk_is():
    chinese = _lines("东北电气发展股份有限公司 2018 年第一季度报告全文 Xzqy Dalian\n" * 20)
    assert ocr.text_layer_share(chinese) is None
    assert ocr.text_layer_share(_lines("Page 2 of 3")) is None
    junk = _lines("!\"#$%&'()*+,-./0123456789:;<=>?@[\\]^_`{|}~ " * 10)
    assert ocr.text_layer_share(junk) == 0.0


def test_a_page_of_figures_with_english_words_is_judged():
    # Its Latin words are under half its chars (the figures) but over half its letters: the page is judged.
    figures = _lines("Total budget 2024 2025 2026 1,250,000.00 3,400,000.00 for the water programme\n" * 4)
    text = "\n".join(line.text for line in figures)
    latin = sum(map(len, ocr._WORD.findall(text)))
    assert latin < ocr.DEFAULT_MIN_LATIN_SHARE * len(text) and latin >= ocr.DEFAULT_MIN_LATIN_SHARE * ocr._letters(text)
    assert ocr.text_layer_share(figures) > ocr.DEFAULT_MIN_DICTIONARY_SHARE


def test_read_options_refuse_an_unknown_mode():
    with pytest.raises(ValueError, match="auto, always, never"):
        ReadOptions(ocr="sometimes")


HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body><div class='ocr_page' title='bbox 0 0 2550 3300'>
<span class='ocr_line' title="bbox 300 600 1400 650; baseline 0 -10; x_size 46; x_descenders 10; x_ascenders 12">
<span class='ocrx_word' title='bbox 300 600 520 650; x_wconf 96'>Dear</span>
<span class='ocrx_word' title='bbox 545 600 900 650; x_wconf 41'>Minister,</span>
<span class='ocrx_word' title='bbox 950 630 958 638; x_wconf 12'>.</span>
</span>
<span class='ocr_line' title="bbox 300 660 900 700; x_size 102">
<span class='ocrx_word' title='bbox 300 660 900 700; x_wconf 46'>MMA</span>
</span>
<span class='ocr_header' title="bbox 300 700 900 750; x_size 46">
<span class='ocrx_word' title='bbox 300 700 500 750; x_wconf 90'>&lt;b&gt;Libya</span>
</span></div></body></html>"""


def test_hocr_words_become_lines_with_their_confidences():
    parsed = ocr._hocr_lines(HOCR)
    chars, words, noise, drawings = ocr.words_to_chars(parsed, number=1, scale=72 / 300)
    assert noise == 1  # the speck read as "." is left out, and counted
    # A signature read as "MMA" with low confidence is an image, as a PDF's signature image is.
    assert [(d.is_image, d.bbox) for d in drawings] == [(True, (72.0, 158.4, 216.0, 168.0))]
    assert [round(w.confidence, 2) for w in words] == [0.96, 0.41, 0.9]
    lines, _height = lines_from_chars(chars, 1, 612, 792)
    assert [line.text for line in lines] == ["Dear Minister,", "<b>Libya"]  # hOCR's entities decoded, kept as text
    assert lines[0].size == pytest.approx(46 * 72 / 300)
    assert lines[0].bbox[0] == pytest.approx(300 * 72 / 300)


def test_word_spans_map_body_characters_to_their_words():
    words = [
        ocr.OcrWordBox(page=1, x0=10, top=10, x1=40, bottom=20, confidence=0.9),
        ocr.OcrWordBox(page=1, x0=45, top=10, x1=90, bottom=20, confidence=0.4),
    ]
    text = "Dear Minister"
    x0 = [10 + 7.5 * k for k in range(4)] + [40] + [45 + 5 * k for k in range(8)]
    x1 = [v + 5 for v in x0]
    line = TextLine(
        start=100, end=100 + len(text), page=1, bbox=BBox(x0=10, top=10, x1=90, bottom=20), char_x0=x0, char_x1=x1
    )
    spans = ocr.word_spans([line], words)
    assert [(s.start, s.end, s.confidence) for s in spans] == [(100, 104, 0.9), (105, 113, 0.4)]
    assert ocr.low_confidence(spans) == spans[1:]
    assert ocr.span_confidence(spans, 100, 113) == 0.4
    assert ocr.span_confidence(spans, 0, 50) is None


@pytest.mark.parametrize("angle", [1.2, -0.8])
def test_skew_is_measured_and_undone(angle):
    from PIL import Image, ImageDraw

    page = Image.new("L", (1700, 2200), 255)
    draw = ImageDraw.Draw(page)
    for row in range(40):
        y = 200 + row * 45
        x = 150
        for word in range(12):
            width = 40 + (row * 7 + word * 13) % 60
            draw.rectangle([x, y, x + width, y + 22], fill=0)
            x += width + 18
    skewed = page.rotate(angle, fillcolor=255)
    measured = ocr.skew_angle(skewed)
    assert measured == pytest.approx(-angle, abs=0.1)
    assert abs(ocr.skew_angle(skewed.rotate(measured, fillcolor=255))) <= 0.1


def _digest(path: Path, options: ReadOptions | None = None) -> dict:
    from extractor.records.digest import make_digest
    from extractor.records.extract import extract_path

    return make_digest(extract_path(path, options=options)).to_json_dict()


def _comparable(digest: dict) -> dict:
    digest = json.loads(json.dumps(digest))
    digest.pop("source", None)
    digest.pop("id", None)
    return digest


@pytest.mark.slow
@needs_tesseract
@pytest.mark.parametrize("pdf", SCANNED, ids=[p.name for p in SCANNED])
def test_scan_reads_to_the_digest_of_its_text_pdf(pdf, tmp_path):
    from extractor.reading.reader import read_letter

    scan = write_scan(pdf, tmp_path / f"{pdf.stem}.scan.pdf")
    letter = read_letter(scan)
    assert all(not page.has_text and page.ocr and page.ocr.reason == "no text layer" for page in letter.pages)
    assert all(page.ocr.confidence > 0.8 for page in letter.pages)
    assert letter.ocr_words and all(0 <= w.confidence <= 1 for w in letter.ocr_words)
    assert _comparable(_digest(scan)) == _comparable(_digest(pdf))


def _image_pdf(images, out: Path, resolution: float = 200) -> Path:
    images[0].save(out, "PDF", resolution=resolution, save_all=True, append_images=images[1:])
    return out


@pytest.mark.slow
@needs_tesseract
@pytest.mark.parametrize("turn", [180, 90])
def test_a_page_upside_down_or_sideways_is_turned_upright(turn, tmp_path):
    from extractor.reading.reader import read_letter

    pdf = SCANNED[0]
    page = scan_pages(pdf, skew=0.4)[0].rotate(turn, expand=True)
    scan = _image_pdf([page], tmp_path / "turned.pdf")
    letter = read_letter(scan)
    assert letter.pages[0].ocr.rotation == turn  # turned back clockwise by as much as it was turned anticlockwise
    assert _comparable(_digest(scan)) == _comparable(_digest(pdf))


def _scan_with_text_layer(pdf: Path, out: Path, text: str) -> Path:
    """The scan of pdf with `text` as an invisible layer over it (as a scanner's own OCR leaves one)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = scan_pages(pdf)[0]
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70)
    width, height = image.size[0] * 72 / 200, image.size[1] * 72 / 200
    c = canvas.Canvas(str(out), pagesize=(width, height))
    c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width=width, height=height)
    layer = c.beginText(72, height - 72)
    layer.setTextRenderMode(3)  # invisible, as OCR layers are
    layer.setFont("Helvetica", 10)
    for line in text.splitlines():
        layer.textLine(line)
    c.drawText(layer)
    c.showPage()
    c.save()
    return out


@pytest.mark.slow
@needs_tesseract
def test_a_pdf_read_from_its_text_layer_imports_no_xml_parser():
    """Only hOCR needs the XML parser: a page read from its text layer (the OCR test runs on it) does not load it."""
    import subprocess
    import sys

    code = (
        "import sys; from extractor.reading.reader import read_body; from extractor.reading.options import ReadOptions; "
        "read_body(sys.argv[1], options=ReadOptions(engine='pdfium')); "
        "print('extractor.reading.ocr' in sys.modules, 'xml.etree.ElementTree' in sys.modules)"
    )
    pdf = sorted((ROOT / "corpus").glob("*.pdf"))[0]
    done = subprocess.run([sys.executable, "-c", code, str(pdf)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "False"]


def test_a_garbage_text_layer_is_read_again_by_ocr_and_a_good_one_is_kept(tmp_path):
    from extractor.reading.reader import read_letter

    pdf = SCANNED[0]
    source = ENGLISH
    garbage = read_letter(_scan_with_text_layer(pdf, tmp_path / "garbage.pdf", _shifted(source)))
    info = garbage.pages[0].ocr
    assert garbage.pages[0].has_text and info.reason == "garbage text layer"
    assert info.text_layer_share < ocr.DEFAULT_MIN_DICTIONARY_SHARE
    assert _comparable(_digest(tmp_path / "garbage.pdf")) == _comparable(_digest(pdf))
    good = read_letter(_scan_with_text_layer(pdf, tmp_path / "good.pdf", source))
    assert good.pages[0].ocr is None and not good.ocr_words
    never = read_letter(tmp_path / "garbage.pdf", options=ReadOptions(ocr="never"))
    assert never.pages[0].ocr is None and "Wkh" in never.body


@pytest.mark.slow
@needs_tesseract
def test_ocr_always_reads_a_text_pdf_by_ocr_to_the_same_digest():
    from extractor.records.extract import extract_path

    pdf = SCANNED[0]
    extraction = extract_path(pdf, options=ReadOptions(ocr="always"))
    assert extraction.letter.ocr_pages == [1] and 0.8 < extraction.letter.ocr_confidence <= 1
    assert all(m.confidence is not None and 0 <= m.confidence <= 1 for m in extraction.mentions)
    assert _comparable(_digest(pdf, ReadOptions(ocr="always"))) == _comparable(_digest(pdf))
    text_layer = extract_path(pdf)
    assert text_layer.letter.ocr_pages == [] and all(m.confidence is None for m in text_layer.mentions)


@pytest.mark.slow
@needs_tesseract
def test_blank_scans_and_ocr_off_are_refused_in_one_line(tmp_path):
    from PIL import Image

    from extractor.reading.reader import read_letter

    blank = _image_pdf([Image.new("L", (1700, 2200), 255)] * 2, tmp_path / "blank.pdf")
    with pytest.raises(errors.NothingRead, match="2 page"):
        read_letter(blank)
    with pytest.raises(errors.NoTextLayer, match="--ocr never"):
        read_letter(blank, options=ReadOptions(ocr="never"))


@pytest.mark.slow
@needs_tesseract
def test_trust_limits_per_page(tmp_path, monkeypatch):
    from PIL import Image

    from extractor.reading.reader import read_letter

    huge = _image_pdf([Image.new("L", (2000, 2000), 255)], tmp_path / "huge.pdf", resolution=10)  # 200 inches
    with pytest.raises(errors.TooLarge, match="page 1 for OCR"):
        read_letter(huge)
    scan = write_scan(SCANNED[0], tmp_path / "scan.pdf")
    monkeypatch.setattr(ocr, "DEFAULT_PAGE_TIMEOUT_S", 0.01)
    with pytest.raises(errors.OcrTimedOut, match="page 1 gave up after 0.01 s"):
        read_letter(scan)


def test_words_judged_on_one_page_are_not_asked_again_and_the_shares_stay(monkeypatch):
    """A letter's pages share their words: the dictionary is asked once a word, with the same shares as alone."""
    pages = [_lines(ENGLISH), _lines(_shifted(ENGLISH)), _lines(ENGLISH)]
    alone = [ocr.text_layer_share(page) for page in pages]
    dictionary = ocr.english_words()
    asked: list[set] = []
    original = type(dictionary).known
    monkeypatch.setattr(
        type(dictionary), "known", lambda self, words: asked.append(set(words)) or original(self, words)
    )
    judged: dict[str, bool] = {}
    assert [ocr.text_layer_share(page, judged) for page in pages] == alone
    assert len(asked) == 2 and not asked[0] & asked[1]  # the third page's words were all judged before
    assert judged and set(judged) == asked[0] | asked[1]
