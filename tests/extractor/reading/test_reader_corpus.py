"""Every corpus and test PDF (several producers) reads back to its text source word for word (>= 99.5%),
with no running header, footer or page number left in the body, and the same letter parts."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

from extractor.reading.reader import read_letter

ROOT = Path(__file__).resolve().parents[3]
PDF_DIRS = [ROOT / "tests" / "pdfs", ROOT / "corpus"]
SOURCE_DIRS = [ROOT / "tests" / "letters", ROOT / "corpus"]
MIN_WORD_RATIO = 0.995  # the bar
# List markers are layout, not words: the text sources write "-", LibreOffice prints "•", Chromium
# draws its bullets as shapes, so they are left out of the comparison on both sides.
LIST_MARKERS = {"-", "•", "◦", "▪", "‣", "●", "○", "■", "□", "*", "–", "—"}
FURNITURE = re.compile(r"^(\d{1,3}|page|\d{1,3}/\d{1,3})$|file://|https?://\S+\.html?$|^\d{1,2}/\d{1,2}/\d{2},?$", re.I)


def _source(pdf: Path) -> Path | None:
    """The text a PDF was made from: same name up to the first dot, in tests/letters or corpus."""
    name = pdf.name.split(".")[0]
    return next((folder / f"{name}.txt" for folder in SOURCE_DIRS if (folder / f"{name}.txt").exists()), None)


PAIRS = [(pdf, _source(pdf)) for folder in PDF_DIRS for pdf in sorted(folder.glob("*.pdf")) if _source(pdf)]


def _words(text: str) -> list[str]:
    return [word for word in text.split() if word not in LIST_MARKERS]


def test_there_are_pdfs_with_text_sources():
    # An empty parameter list would skip the comparison below without a word.
    assert len({pdf.parent for pdf, _ in PAIRS}) == len(PDF_DIRS), PAIRS


@pytest.mark.parametrize("pdf,source", PAIRS, ids=[f"{p.parent.name}/{p.name}" for p, _ in PAIRS])
def test_pdf_body_matches_its_source(pdf, source):
    expected, read = read_letter(source), read_letter(pdf)
    want, got = _words(expected.body), _words(read.body)
    matcher = difflib.SequenceMatcher(None, want, got, autojunk=False)
    extra = [w for tag, _, _, j1, j2 in matcher.get_opcodes() if tag in ("insert", "replace") for w in got[j1:j2]]
    assert matcher.ratio() >= MIN_WORD_RATIO, f"ratio {matcher.ratio():.4f}; extra words {extra[:20]}"
    residue = [w for w in extra if FURNITURE.search(w.strip(".,;:()[]"))]
    assert not residue, f"header/footer/page-number residue: {residue}"
    for field in ("place", "date", "salutation", "closing", "signatory", "signatory_title", "has_signature_image"):
        assert getattr(read.parts, field) == getattr(expected.parts, field), field
