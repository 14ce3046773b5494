"""Every problem PDF in the shared real-world set reads to a LetterText or fails with a one-line
LettersError naming the file, within a time limit; and the specific problems are handled."""

from __future__ import annotations

import re
import shutil
import signal
from pathlib import Path

import pytest
from reader_pdfs import word_sequence_ratio
from shared_paths import REAL_WORLD_DIR as REAL_WORLD

from extractor import errors
from extractor.reading.options import ENGINES, ReadOptions
from extractor.reading.reader import read_letter

# Reading 52 problem PDFs costs about half a minute: slow, still run by make test.
pytestmark = pytest.mark.slow

PDFS = sorted(REAL_WORLD.glob("*.pdf"))


@pytest.fixture(autouse=True, params=ENGINES)
def engine(request, monkeypatch) -> str:
    """Every test here runs once per PDF engine."""
    monkeypatch.setattr("extractor.reading.reader.DEFAULT_READ_OPTIONS", ReadOptions(engine=request.param))
    return request.param


DEFAULT_TIMEOUT_S = (
    300  # the slowest file (65 dense pages) takes ~10 s here; a 3-page scan read by OCR ~30 s, more under load
)

PASSWORDS = {"password-example.pdf": "test"}


class _Hung(Exception):
    pass


def _read_with_alarm(path: Path, password=None, seconds: int = DEFAULT_TIMEOUT_S):
    """read_letter under SIGALRM, so that a hang fails the test instead of stalling the suite."""

    def ring(signum, frame):
        raise _Hung(f"{path.name} took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.alarm(seconds)
    try:
        return read_letter(path, password=password)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.skipif(not PDFS, reason="the shared real-world PDFs are not beside this checkout")
@pytest.mark.parametrize("path", PDFS, ids=[p.name for p in PDFS])
def test_reads_or_refuses_clearly(path):
    try:
        letter = _read_with_alarm(path, PASSWORDS.get(path.name))
    except errors.LettersError as error:
        assert not isinstance(error, errors.WorkerCrashed), str(error)  # a bug of ours, not a bad file
        message = str(error)
        assert message.startswith(str(path)) and "\n" not in message
        return
    assert letter.format == "pdf" and letter.pages
    assert letter.body.strip()
    for line in letter.lines:
        assert line.end - line.start == len(line.char_x0)
        assert letter.body[line.start : line.end].strip()


def _need(name: str) -> Path:
    path = REAL_WORLD / name
    if not path.exists():
        pytest.skip(f"{name} is not in the shared set")
    return path


def _doubled(text: str) -> float:
    """Share of adjacent non-space character pairs that are the same character twice."""
    pairs = [(a, b) for a, b in zip(text, text[1:]) if not a.isspace()]
    return sum(a == b for a, b in pairs) / max(1, len(pairs))


@pytest.mark.parametrize("name", ["issue-71-duplicate-chars.pdf", "issue-71-duplicate-chars-2.pdf"])
def test_fake_bold_duplicates_removed(name):
    import pdfplumber

    path = _need(name)
    with pdfplumber.open(path) as pdf:
        raw = pdf.pages[0].extract_text()
    ours = _read_with_alarm(path).body
    assert _doubled(raw) > 0.1  # the problem is there in the plain reading
    assert _doubled(ours) < _doubled(raw) / 3


def test_rotated_page_reads_like_the_upright_one():
    upright = _read_with_alarm(_need("nics-background-checks-2015-11.pdf")).body
    rotated = _read_with_alarm(_need("nics-background-checks-2015-11-rotated.pdf")).body
    assert "Alabama" in rotated and "Wyoming" in rotated
    assert word_sequence_ratio(upright, rotated) > 0.9


def test_password_example():
    path = _need("password-example.pdf")
    with pytest.raises(errors.EncryptedPdf):
        read_letter(path)
    with pytest.raises(errors.WrongPassword):
        read_letter(path, password="not-it")
    assert len(read_letter(path, password="test").body.split()) > 100


def test_empty_file_is_not_a_pdf():
    with pytest.raises(errors.NotAPdf, match="empty file"):
        read_letter(_need("empty.pdf"))


def test_pdf_without_pages(engine):
    # pdfminer finds no page in its broken page tree; pdfium finds the one page, an image without
    # text, which OCR (on by default) reads and finds no word on.
    with pytest.raises(errors.EmptyPdf if engine == "pdfplumber" else errors.NothingRead):
        read_letter(_need("issue-297-example.pdf"))


def test_scanned_pages_are_read_by_ocr_or_named_when_it_is_off(engine):
    from extractor.reading.options import ReadOptions

    if engine != "pdfplumber":
        # The pages go to the same OCR stage whichever engine found them empty (~45 s of Tesseract
        # here); test_reads_or_refuses_clearly reads this scan with pdfium.
        pytest.skip("OCR of the scan is checked once, with the pdfplumber engine")
    with pytest.raises(errors.NoTextLayer, match="--ocr never"):
        read_letter(_need("issue-203-decimalize.pdf"), options=ReadOptions(ocr="never"))
    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract is not installed (make test-deps installs it)")
    letter = _read_with_alarm(_need("issue-203-decimalize.pdf"))
    assert all(page.ocr is not None and page.ocr.reason == "no text layer" for page in letter.pages)
    assert len(letter.body.split()) > 100 and letter.ocr_words


def test_page_numbers_and_running_lines_dropped_from_a_multi_page_report():
    letter = _read_with_alarm(_need("federal-register-2020-17221.pdf"))
    # The Federal Register prints "VerDate ... Jkt ... PO ... Frm ... Fmt ... Sfmt ..." on every page.
    assert not re.search(r"\bJkt\b", letter.body)
    assert len(letter.pages) > 10


def test_all_real_world_pdfs_are_here():
    # An empty parameter list would skip every case above without a word.
    from shared_paths import require_shared

    require_shared(REAL_WORLD)
    assert len(PDFS) == 52
