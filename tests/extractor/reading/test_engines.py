"""Both PDF engines read every PDF we have alike: the same digest, grounding boxes within 1 pt, the same refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_paths import REAL_WORLD_DIR

from extractor import errors
from extractor.reading.options import ReadOptions
from extractor.reading.reader import read_letter
from extractor.records.digest import make_digest
from extractor.records.extract import extract_letter

pytestmark = pytest.mark.slow  # reads ~150 PDFs twice and extracts them: about two minutes

REPO_DIR = Path(__file__).resolve().parents[3]
BOX_TOLERANCE_PT = 1.0
PASSWORDS = {"password-example.pdf": "test"}
# Real-world PDFs on which the engines cannot agree, each with the reason (found by comparing their chars).
KNOWN_DIFFERENCES: dict[str, str] = {}


def _pdfs() -> list[Path]:
    paths = set()
    for folder, pattern in (
        (REPO_DIR / "corpus", "*.pdf"),
        (REPO_DIR / "tests" / "pdfs", "*.pdf"),
        (REPO_DIR / "tests" / "letters", "**/*.pdf"),
        (REAL_WORLD_DIR, "*.pdf"),
    ):
        paths.update(folder.glob(pattern))
    return sorted(paths)


PDFS = _pdfs()


def _read(path: Path, engine: str):
    """(LetterText, Extraction) by the engine, or the class name of the LettersError that refused the file."""
    try:
        letter = read_letter(path, PASSWORDS.get(path.name), options=ReadOptions(engine=engine))
    except errors.LettersError as error:
        return type(error).__name__
    return letter, extract_letter(letter, path.stem)


def _boxes(extraction) -> list[tuple]:
    return [
        (mention.text, mention.grounding.page, box.x0, box.top, box.x1, box.bottom)
        for mention in extraction.mentions
        for box in mention.grounding.boxes
    ]


@pytest.mark.parametrize("path", PDFS, ids=[str(p.relative_to(p.parents[1])) for p in PDFS])
def test_engines_agree(path):
    if path.name in KNOWN_DIFFERENCES:
        pytest.xfail(KNOWN_DIFFERENCES[path.name])
    plumber, pdfium = _read(path, "pdfplumber"), _read(path, "pdfium")
    if isinstance(plumber, str) or isinstance(pdfium, str):
        assert plumber == pdfium, f"refused differently: pdfplumber {plumber}, pdfium {pdfium}"
        return
    assert pdfium[0].body == plumber[0].body
    assert make_digest(pdfium[1]) == make_digest(plumber[1])
    a, b = _boxes(plumber[1]), _boxes(pdfium[1])
    assert [row[:2] for row in a] == [row[:2] for row in b]
    worst = max((abs(u - v) for row_a, row_b in zip(a, b) for u, v in zip(row_a[2:], row_b[2:])), default=0.0)
    assert worst <= BOX_TOLERANCE_PT, f"a grounding box differs by {worst:.2f} pt"


def test_the_pdfs_are_there():
    """The comparison above covers the repository's PDFs (corpus/, tests/pdfs/, tests/letters/)."""
    assert len([p for p in PDFS if REPO_DIR in p.parents]) >= 40
