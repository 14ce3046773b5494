"""Ingest throughput on PDFs beside plain pdfplumber reading, and ingest memory as letters grow.

1. Throughput: the test corpus PDFs (tests/pdfs, several producers) read with plain pdfplumber
   (`extract_text` on every page, one process) and ingested with `letters ingest` at --jobs 1 and
   --jobs <cores>, with each reading engine, each into a fresh store; letters/s and pages/s, and
   the ratio of pages/s to the plain pdfplumber baseline (issue 13 asks pdfium for >= 4x).
2. Memory: generated letters (benchmarks.bench_store templates) rendered as PDFs with reportlab,
   ingested in a fresh process for growing counts; peak RSS of the ingest parent and of the
   largest worker. Flat figures mean the parent keeps nothing of a letter after storing it.
"""

from __future__ import annotations

import glob
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PDF_GLOB = str(ROOT / "tests" / "pdfs" / "*.pdf")
MEMORY_COUNTS = (20, 40, 80)
QUICK_MEMORY_COUNTS = (5, 10, 20)
QUICK_PDF_LIMIT = 6
RANDOM_SEED = 5
LINE_CHARS = 95
DEFAULT_ENGINE = "pdfplumber"
ENGINES = ("pdfplumber", "pdfium")

MEASURE_SCRIPT = """
import json, resource, sys, time
from extractor.reading.options import ReadOptions
from extractor.sandbox import reading_kwargs
from extractor.store.ingest import ingest
began = time.perf_counter()
options = reading_kwargs(ReadOptions(engine=sys.argv[4]))
report = ingest([sys.argv[1]], sys.argv[2], jobs=int(sys.argv[3]), options=options)
seconds = time.perf_counter() - began
print(json.dumps({
    "seconds": seconds, "processed": report.processed, "failed": report.failed, "pages": report.pages,
    "parent_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "worker_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    "parent_cpu": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),
    "worker_cpu": sum(resource.getrusage(resource.RUSAGE_CHILDREN)[:2]),
    "reasons": [i.reason for i in report.items if i.outcome == "failed"][:3],
}))
"""


def plumber_read(paths: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and pages to read every file with plain pdfplumber (extract_text per page)."""
    import pdfplumber

    began, began_cpu = time.perf_counter(), time.process_time()
    pages = 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
                pages += 1
    return time.perf_counter() - began, time.process_time() - began_cpu, pages


def measure_ingest(folder: Path, jobs: int, engine: str = DEFAULT_ENGINE) -> dict:
    """Ingest a folder into a fresh store in a new process; its time, pages and peak memory."""
    with tempfile.TemporaryDirectory(prefix="bench_ingest_db_") as tmp:
        result = subprocess.run(
            [sys.executable, "-c", MEASURE_SCRIPT, str(folder), str(Path(tmp) / "letters.db"), str(jobs), engine],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(result.stdout.strip().splitlines()[-1])


def render_pdfs(folder: Path, count: int) -> None:
    """Write count generated letters as PDFs (reportlab, wrapped lines, several pages when long)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    sys.path.insert(0, str(ROOT))
    from benchmarks.bench_store import generate_letter

    rng = random.Random(RANDOM_SEED + count)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        text = generate_letter(rng).replace("*", "")
        page = canvas.Canvas(str(folder / f"letter_{index:04d}.pdf"), pagesize=A4)
        y = 800
        for paragraph in text.split("\n\n"):
            for line in paragraph.splitlines():
                for piece in textwrap.wrap(line, LINE_CHARS) or [""]:
                    if y < 60:
                        page.showPage()
                        y = 800
                    page.drawString(56, y, piece)
                    y -= 14
            y -= 10
        page.save()


def run(quick: bool = False) -> None:
    """Print ingest throughput beside pdfplumber, and peak memory as the letter count grows."""
    paths = sorted(glob.glob(PDF_GLOB))
    if quick:
        paths = paths[:QUICK_PDF_LIMIT]
    cores = os.cpu_count() or 1
    if not paths:
        print("no PDFs in tests/pdfs; skipping the throughput part")
    else:
        with tempfile.TemporaryDirectory(prefix="bench_ingest_pdfs_") as tmp:
            folder = Path(tmp)
            for path in paths:
                # Copies, not links: ingest refuses a link that leads out of the folder it reads.
                shutil.copyfile(path, folder / Path(path).name)
            seconds, cpu, pages = plumber_read(paths)
            print(
                f"ingest throughput on {len(paths)} PDFs ({pages} pages) of tests/pdfs "
                f"(load average {os.getloadavg()[0]:.1f} on {cores} cores; CPU s/letter is load-independent):"
            )
            print(
                f"  plain pdfplumber extract_text, 1 process: {len(paths) / seconds:6.2f} letters/s "
                f"{pages / seconds:6.2f} pages/s  CPU {cpu / len(paths):.2f} s/letter"
            )
            for engine in ENGINES:
                for jobs in sorted({1, cores}):
                    got = measure_ingest(folder, jobs, engine)
                    ratio = (got["pages"] / got["seconds"]) / (pages / seconds)
                    print(
                        f"  letters ingest --engine {engine} --jobs {jobs} (fresh store, incl. start-up): "
                        f"{got['processed'] / got['seconds']:6.2f} letters/s {got['pages'] / got['seconds']:6.2f} pages/s"
                        f" ({ratio:.2f}x the baseline's pages/s)"
                        f"  CPU {got['worker_cpu'] / max(1, got['processed']):.2f} s/letter in workers + "
                        f"{got['parent_cpu']:.1f} s in the parent (pipeline start-up, saving)"
                        f"  ({got['processed']} stored, {got['failed']} failed, {got['seconds']:.1f} s)"
                    )
                    for reason in got["reasons"]:
                        print(f"    failed: {reason}")
    print(f"ingest peak memory as letters grow (generated PDFs, --jobs {cores}):")
    for count in QUICK_MEMORY_COUNTS if quick else MEMORY_COUNTS:
        with tempfile.TemporaryDirectory(prefix="bench_ingest_mem_") as tmp:
            render_pdfs(Path(tmp), count)
            got = measure_ingest(Path(tmp), cores)
        print(
            f"  {count:4d} letters ({got['pages']} pages, {got['seconds']:.1f} s): parent peak RSS "
            f"{got['parent_kib'] / 1024:6.1f} MiB, largest worker {got['worker_kib'] / 1024:6.1f} MiB"
        )
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  (this benchmark's own process: {own:.1f} MiB)")


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
