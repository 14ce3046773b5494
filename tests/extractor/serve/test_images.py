"""A mention's page image: the PDF is found only with the bytes that were read, and the box is drawn where it stands."""

from __future__ import annotations

import hashlib
import io
import shutil

from PIL import Image
from serve_helpers import CORPUS_DIR

from extractor.serve import images
from models.letter import BBox

PDF = CORPUS_DIR / "001_4b8c8b6ac021f3d7.pdf"
SHA = hashlib.sha256(PDF.read_bytes()).hexdigest()


def test_the_pdf_is_found_as_stored_or_beside_the_store_with_the_same_bytes(tmp_path):
    assert images.find_pdf(str(PDF), SHA, tmp_path) == PDF
    assert images.find_pdf(str(PDF), "0" * 64, tmp_path) is None  # other bytes: boxes would not fit
    assert images.find_pdf("gone/001.pdf", SHA, tmp_path) is None
    shutil.copy(PDF, tmp_path / "001.pdf")
    assert images.find_pdf("elsewhere/001.pdf", SHA, tmp_path) == tmp_path / "001.pdf"
    assert images.find_pdf(str(PDF.with_suffix(".txt")), SHA, tmp_path) is None  # a text letter has no pages


def test_the_box_is_drawn_on_the_page_where_it_stands():
    box = BBox(x0=100, top=200, x1=200, bottom=215)
    image = Image.open(io.BytesIO(images.page_png(PDF, 1, [box]))).convert("RGB")
    scale = images.DEFAULT_SCALE
    left = round((box.x0 - images.BOX_MARGIN) * scale) + 1
    middle = round((box.top + box.bottom) / 2 * scale)
    assert image.getpixel((left, middle)) == images.BOX_COLOUR
    # Well away from the box nothing is that colour.
    assert image.getpixel((5, 5)) != images.BOX_COLOUR
