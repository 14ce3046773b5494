"""Pages per second of read_letter, with each engine, beside plain pdfplumber ``page.extract_text()``.

The pdfium engine is timed twice: with numba's compiled char reader (loaded before timing, as in a
long-lived process) and by its Python path (LETTERS_NUMBA=never), the compiled reader's baseline.
Files: a ~30-page letter drawn with reportlab into a temporary folder (the long benchmark PDF), plus
the corpus and test PDFs. Every reader closes each page after use (see notes/performance.md). Each
file is read REPEATS times by each reader in turn and the medians are compared. Times are CPU seconds
of this process (time.process_time), which other work on a busy machine disturbs far less than the
wall clock; compare the ratios, not the absolute figures.
"""

from __future__ import annotations

import os
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


def ours(path: Path, engine: str = "pdfplumber") -> int:
    """Read the file with read_letter and the engine; return its page count."""
    from extractor.reading.options import ReadOptions
    from extractor.reading.reader import read_letter

    return len(read_letter(path, options=ReadOptions(engine=engine)).pages)


def _numba(mode: str):
    """A reader: read_letter with the pdfium engine and LETTERS_NUMBA=mode (always: compiled; never: Python path)."""
    from extractor.reading.options import NUMBA_ENV_VAR

    def read(path: Path) -> int:
        before = os.environ.get(NUMBA_ENV_VAR)
        os.environ[NUMBA_ENV_VAR] = mode
        try:
            return ours(path, "pdfium")
        finally:
            if before is None:
                del os.environ[NUMBA_ENV_VAR]
            else:
                os.environ[NUMBA_ENV_VAR] = before

    return read


def ours_pdfium(path: Path) -> int:
    """Read the file with read_letter and the pdfium engine, numba's compiled reader loaded; return its page count."""
    return _numba("always")(path)


def ours_pdfium_python(path: Path) -> int:
    """The same by the pdfium engine's Python path (no numba): the baseline of the compiled reader."""
    return _numba("never")(path)


def _long_letter(folder: Path, repeat: int) -> Path:
    sys.path.insert(0, str(ROOT / "tests" / "extractor" / "reading"))
    from reader_pdfs import build_letter, signature_image

    return build_letter(
        folder / "long_letter.pdf", repeat=repeat, signature_png=signature_image(folder / "sig.png")
    ).path


def _time(reader, path: Path) -> tuple[float, int]:
    started = time.process_time()
    pages = reader(path)
    return time.process_time() - started, pages


READERS = (
    ("read_letter pdfplumber", ours),
    ("read_letter pdfium", ours_pdfium),
    ("pdfium no numba", ours_pdfium_python),
    ("extract_text", plain_pdfplumber),
)


def run(quick: bool = False) -> None:
    """Print a table: per file, pages/s of read_letter with each engine and of extract_text, and the ratios."""
    import pdfplumber  # noqa: F401 - import every reader's library before timing anything
    import pypdfium2  # noqa: F401

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
        ours_pdfium(files[0])  # pdfium's library and numba's compiled reader load once per process
        rows = []
        total = {name: [0.0, 0] for name, _ in READERS}
        for path in files:
            times: dict[str, list[float]] = {name: [] for name, _ in READERS}
            pages = 0
            for _ in range(repeats):
                for name, reader in READERS:
                    seconds, pages = _time(reader, path)
                    times[name].append(seconds)
            medians = {name: statistics.median(values) for name, values in times.items()}
            for name in total:
                total[name][0] += medians[name]
                total[name][1] += pages
            rows.append((path.name, pages, {name: pages / max(medians[name], 1e-9) for name in medians}))
    width = max(len(row[0]) for row in rows)
    names = [name for name, _ in READERS]
    print(f"{'file':<{width}}  pages  " + "  ".join(f"{name} p/s" for name in names) + "  pdfium/extract_text")
    for name, pages, rates in rows:
        cells = "  ".join(f"{rates[n]:>{len(n) + 4}.1f}" for n in names)
        print(f"{name:<{width}}  {pages:5d}  {cells}  {rates['read_letter pdfium'] / rates['extract_text']:19.2f}")
    rates = {name: total[name][1] / max(total[name][0], 1e-9) for name in names}
    cells = "  ".join(f"{rates[n]:>{len(n) + 4}.1f}" for n in names)
    print(
        f"{'ALL':<{width}}  {total[names[0]][1]:5d}  {cells}  {rates['read_letter pdfium'] / rates['extract_text']:19.2f}"
    )
    long_rates = rows[0][2]
    print(
        f"long benchmark PDF ({rows[0][1]} pages), CPU s: the pdfium engine reads at "
        f"{long_rates['read_letter pdfium'] / long_rates['extract_text']:.2f}× plain pdfplumber extract_text "
        f"(the pdfplumber engine at {long_rates['read_letter pdfplumber'] / long_rates['extract_text']:.2f}×)."
    )
    print(
        f"long benchmark PDF: the pdfium engine without numba (its Python path) at "
        f"{long_rates['pdfium no numba'] / long_rates['extract_text']:.2f}×; numba's compiled reader makes it "
        f"{long_rates['read_letter pdfium'] / long_rates['pdfium no numba']:.2f}× faster."
    )
    print(
        f"all files: the pdfium engine at {rates['read_letter pdfium'] / rates['extract_text']:.2f}× "
        f"({rates['pdfium no numba'] / rates['extract_text']:.2f}× without numba), the pdfplumber "
        f"engine at {rates['read_letter pdfplumber'] / rates['extract_text']:.2f}× plain pdfplumber extract_text."
    )
