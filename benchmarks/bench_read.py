"""Pages per second of read_letter beside plain pdfplumber ``page.extract_text()`` on the same files.

Files: a ~30-page letter drawn with reportlab into a temporary folder, plus the corpus and test PDFs.
Both readers close each page after use (see notes/performance.md). Each file is read REPEATS times
with both readers alternately and the medians are compared; the machine is noisy, so compare the
ratio, not the absolute figures.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PDF_DIRS = [ROOT / "corpus", ROOT / "tests" / "pdfs"]
DEFAULT_REPEATS = 3
QUICK_REPEATS = 1
LONG_LETTER_REPEAT = 30  # copies of the test letter's paragraphs: ~30 A4 pages
QUICK_LONG_LETTER_REPEAT = 2
QUICK_MAX_FILES = 4


def plain_pdfplumber(path: Path) -> int:
    """Read every page with pdfplumber's extract_text (closing pages); return the page count."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        count = 0
        for page in pdf.pages:
            page.extract_text()
            page.close()
            count += 1
    return count


def ours(path: Path) -> int:
    """Read the file with read_letter; return its page count."""
    from extractor.reading.reader import read_letter

    return len(read_letter(path).pages)


def _long_letter(folder: Path, repeat: int) -> Path:
    sys.path.insert(0, str(ROOT / "tests" / "extractor"))
    from reader_pdfs import build_letter, signature_image

    return build_letter(
        folder / "long_letter.pdf", repeat=repeat, signature_png=signature_image(folder / "sig.png")
    ).path


def _time(reader, path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    pages = reader(path)
    return time.perf_counter() - started, pages


def run(quick: bool = False) -> None:
    """Print a table: per file, pages/s of read_letter and of pdfplumber extract_text, and their ratio."""
    import pdfplumber  # noqa: F401 - import both readers' libraries before timing anything

    from extractor.reading.letter_parts import english_words
    from extractor.reading.reader import read_letter  # noqa: F401

    english_words()  # the word list loads once per process; not a per-page cost
    repeats = QUICK_REPEATS if quick else DEFAULT_REPEATS
    with tempfile.TemporaryDirectory() as tmp:
        files = [_long_letter(Path(tmp), QUICK_LONG_LETTER_REPEAT if quick else LONG_LETTER_REPEAT)]
        for folder in PDF_DIRS:
            files += sorted(folder.glob("*.pdf"))
        if quick:
            files = files[:QUICK_MAX_FILES]
        rows = []
        total = {"ours": [0.0, 0], "plain": [0.0, 0]}
        for path in files:
            ours_times, plain_times = [], []
            pages = 0
            for _ in range(repeats):
                seconds, pages = _time(ours, path)
                ours_times.append(seconds)
                seconds, _ = _time(plain_pdfplumber, path)
                plain_times.append(seconds)
            o, p = statistics.median(ours_times), statistics.median(plain_times)
            total["ours"][0] += o
            total["plain"][0] += p
            total["ours"][1] += pages
            total["plain"][1] += pages
            rows.append((path.name, pages, pages / o, pages / p, p / o))
    width = max(len(row[0]) for row in rows)
    print(f"{'file':<{width}}  pages  read_letter p/s  extract_text p/s  ratio")
    for name, pages, ours_rate, plain_rate, ratio in rows:
        print(f"{name:<{width}}  {pages:5d}  {ours_rate:15.1f}  {plain_rate:16.1f}  {ratio:5.2f}")
    ours_rate = total["ours"][1] / total["ours"][0]
    plain_rate = total["plain"][1] / total["plain"][0]
    print(
        f"{'ALL':<{width}}  {total['ours'][1]:5d}  {ours_rate:15.1f}  {plain_rate:16.1f}  {ours_rate / plain_rate:5.2f}"
    )
    print(f"read_letter reads at {ours_rate / plain_rate:.2f}× the speed of plain pdfplumber extract_text().")
