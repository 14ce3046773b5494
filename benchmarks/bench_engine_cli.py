"""`letters text` as a whole process on a PDF of 150+ pages: the pdfium engine beside the pdfplumber engine.

The PDF is drawn with reportlab (tests' reader_pdfs.build_letter) into a temporary folder. Each
engine runs REPEATS times, alternately, as `python -m extractor.cli text --engine E FILE`; the wall
clock and the CPU seconds of the process and its reading worker (os.wait4) are taken, and their
medians compared. Compare the ratios: other work on the machine slows both alike. Our modules'
bytecode is compiled first, as an installed package has it: where PYTHONDONTWRITEBYTECODE is set
(as on the project's shared machine), every process would otherwise compile the ~36 modules it
imports from source again (~0.1 s of CPU each time, for either engine).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LONG_REPEAT = 170  # copies of the test letter's paragraphs: ~150 A4 pages
QUICK_LONG_REPEAT = 12
DEFAULT_REPEATS = 3
QUICK_REPEATS = 1
# (name, --engine, LETTERS_NUMBA): the pdfium engine as it runs (numba loaded for a long PDF) and by its Python path.
ENGINES = (("pdfplumber", "pdfplumber", "auto"), ("pdfium", "pdfium", "auto"), ("pdfium no numba", "pdfium", "never"))
BYTECODE_PACKAGES = ("extractor", "models")
TIMEOUT_S = "3600"  # the pdfplumber engine on 150 pages passes the default 300 s on a busy machine


def build_pdf(folder: Path, repeat: int) -> tuple[Path, int]:
    """Draw the long letter; return its path and page count."""
    sys.path.insert(0, str(ROOT / "tests" / "extractor" / "reading"))
    from reader_pdfs import build_letter, signature_image

    path = build_letter(folder / "long.pdf", repeat=repeat, signature_png=signature_image(folder / "sig.png")).path
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return path, len(document)
    finally:
        document.close()


def compile_bytecode() -> None:
    """Write the bytecode of our packages (compileall writes it whatever PYTHONDONTWRITEBYTECODE says)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", *BYTECODE_PACKAGES], cwd=ROOT, check=True, stdout=subprocess.DEVNULL
    )


def run_text(path: Path, engine: str, numba: str = "auto") -> tuple[float, float]:
    """(wall seconds, CPU seconds of it and its children) of one `letters text --engine ENGINE PATH`."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), LETTERS_NUMBA=numba)
    began = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "extractor.cli", "text", "--engine", engine, "--timeout", TIMEOUT_S, str(path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - began
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"letters text --engine {engine} failed: {process.stderr.read().decode()}")
    process.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime


def run(quick: bool = False) -> None:
    """Print wall and CPU seconds of each engine's `letters text` run, and the pdfium engine's speed-up."""
    repeats = QUICK_REPEATS if quick else DEFAULT_REPEATS
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        path, pages = build_pdf(Path(tmp), QUICK_LONG_REPEAT if quick else LONG_REPEAT)
        results: dict[str, list[tuple[float, float]]] = {name: [] for name, _, _ in ENGINES}
        for _ in range(repeats):
            for name, engine, numba in ENGINES:
                results[name].append(run_text(path, engine, numba))
    wall = {name: statistics.median(r[0] for r in results[name]) for name in results}
    cpu = {name: statistics.median(r[1] for r in results[name]) for name in results}
    print(f"letters text on a {pages}-page PDF, whole process (bytecode compiled), median of {repeats}:")
    print(f"{'engine':<16}  {'wall s':>8}  {'CPU s':>8}")
    for name in results:
        print(f"{name:<16}  {wall[name]:8.2f}  {cpu[name]:8.2f}")
    print(
        f"--engine pdfium is {wall['pdfplumber'] / wall['pdfium']:.2f}× --engine pdfplumber by the wall clock, "
        f"{cpu['pdfplumber'] / cpu['pdfium']:.2f}× in CPU seconds "
        f"(without numba {wall['pdfplumber'] / wall['pdfium no numba']:.2f}×, "
        f"{cpu['pdfplumber'] / cpu['pdfium no numba']:.2f}×)."
    )
