"""Seconds per page read by OCR beside seconds per page read from the text layer, same letters, same run.

Scans are made by code (tests/scans.py: 200 dpi grey, skewed, speckled, JPEG) from the reportlab
PDFs of a few real letters; each scan is read with read_letter (OCR in the default languages, and
in English alone) and its text PDF with read_letter (the text layer), alternately, REPEATS times,
and the medians per page are compared. Tesseract runs in its own process; its CPU time is counted
by the children's resource usage. The machine is shared: compare the ratio, not the absolute figures.
"""

from __future__ import annotations

import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LETTERS = [
    ROOT / "tests" / "letters" / "real" / "us" / "us_2021-03-03_4ac727f8.reportlab.pdf",
    ROOT
    / "tests"
    / "letters"
    / "real"
    / "factsheets"
    / "fs_2022-07-12_vice-president-harris-announces-commitme.reportlab.pdf",
    ROOT / "tests" / "pdfs" / "au_2022_sahel_development.reportlab.pdf",
]
DEFAULT_REPEATS = 2
QUICK_REPEATS = 1
QUICK_LETTERS = 1


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _read(path: Path, options) -> tuple[float, float, int]:
    """Wall seconds, child CPU seconds (Tesseract) and pages of one read_letter."""
    from extractor.reading.reader import read_letter

    cpu = _children_cpu()
    started = time.perf_counter()
    pages = len(read_letter(path, options=options).pages)
    return time.perf_counter() - started, _children_cpu() - cpu, pages


def run(quick: bool = False) -> None:
    """Print, per letter and overall, s/page by OCR (default languages and English alone) and from the text layer."""
    if shutil.which("tesseract") is None:
        print("ocr: Tesseract is not installed (make test-deps); skipped")
        return
    sys.path.insert(0, str(ROOT / "tests"))
    from scans import write_scan

    from extractor.reading.letter_parts import english_words
    from extractor.reading.options import ReadOptions

    english_words()  # loaded once per process, not a per-page cost
    modes = {
        "text layer": ReadOptions(ocr="never"),
        "OCR eng+fra+deu": ReadOptions(),
        "OCR eng": ReadOptions(ocr_languages="eng"),
    }
    repeats = QUICK_REPEATS if quick else DEFAULT_REPEATS
    letters = LETTERS[:QUICK_LETTERS] if quick else LETTERS
    totals = {name: [0.0, 0.0, 0] for name in modes}
    print(f"{'letter':<34} {'pages':>5} " + " ".join(f"{name + ' s/page':>22}" for name in modes))
    with tempfile.TemporaryDirectory() as tmp:
        for pdf in letters:
            scan = write_scan(pdf, Path(tmp) / f"{pdf.stem}.scan.pdf")
            medians = {}
            for name, options in modes.items():
                source = pdf if options.ocr == "never" else scan
                runs = [_read(source, options) for _ in range(repeats)]
                wall = statistics.median(r[0] for r in runs)
                cpu = statistics.median(r[1] for r in runs)
                pages = runs[0][2]
                medians[name] = wall / pages
                totals[name][0] += wall
                totals[name][1] += cpu
                totals[name][2] += pages
            print(f"{pdf.stem[:34]:<34} {pages:>5} " + " ".join(f"{medians[n]:>22.3f}" for n in modes))
    print("overall (wall s/page; Tesseract CPU s/page in brackets):")
    base = totals["text layer"][0] / totals["text layer"][2]
    for name, (wall, cpu, pages) in totals.items():
        per_page = wall / pages
        print(f"  {name:<18} {per_page:7.3f} s/page  ({cpu / pages:.3f} CPU)  {per_page / base:6.1f}x the text layer")
