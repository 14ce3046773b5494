"""Ingest throughput on PDFs beside plain pdfplumber reading, and ingest memory as letters grow.

1. Throughput: the test corpus PDFs (tests/pdfs, several producers) read with plain pdfplumber
   (`extract_text` on every page, one process) and ingested with `letters ingest` at --jobs 1 and
   --jobs <cores>, with each reading engine, each into a fresh store; letters/s and pages/s, and
   the ratio of pages/s to the plain pdfplumber baseline (issue 13 asks pdfium for >= 4x).
2. Steady state: the same PDFs copied COPIES times under distinct names (a comment appended after
   each copy's end, so no two files share their bytes and none is skipped as already stored),
   ingested at --jobs <cores>; the parent's start-up (imports, pipeline, warm-up: a fixed cost of
   every run) is timed apart, and the rate after it is given beside plain pdfplumber on the copies.
3. Memory: generated letters (benchmarks.bench_store templates) rendered as PDFs with reportlab,
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
# How many copies of tests/pdfs the steady-state batch holds (36 PDFs, 67 pages each time).
COPIES = 4
QUICK_COPIES = 2

MEASURE_SCRIPT = """
import json, resource, sys, time
imports_began = time.perf_counter()
from extractor.reading.options import ReadOptions
from extractor.sandbox import reading_kwargs
from extractor.store.ingest import ingest
began = time.perf_counter()
options = reading_kwargs(ReadOptions(engine=sys.argv[4]))
startup = startup_cpu = 0.0
if sys.argv[5] == "apart":
    # The parent's start-up from its first import, as ingest does it, timed on its own (ingest's own
    # warm-up then finds the imports done and extracts its small letter again, ~0.03 s).
    from extractor import sandbox
    from extractor.store.ingest import default_extract
    if hasattr(sandbox, "reader_modules"):
        sandbox.warm_up(default_extract(), sandbox.reader_modules(sys.argv[4], rare=False))
    else:  # the code before reader_modules: every reader library
        sandbox.warm_up(default_extract())
    began = imports_began
    startup, startup_cpu = time.perf_counter() - began, time.process_time()
report = ingest([sys.argv[1]], sys.argv[2], jobs=int(sys.argv[3]), options=options)
seconds = time.perf_counter() - began
print(json.dumps({
    "seconds": seconds, "processed": report.processed, "failed": report.failed, "pages": report.pages,
    "startup": startup, "startup_cpu": startup_cpu,
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


def measure_ingest(folder: Path, jobs: int, engine: str = DEFAULT_ENGINE, startup_apart: bool = False) -> dict:
    """Ingest a folder into a fresh store in a new process; its time, pages and peak memory (and start-up, apart)."""
    with tempfile.TemporaryDirectory(prefix="bench_ingest_db_") as tmp:
        db = str(Path(tmp) / "letters.db")
        apart = "apart" if startup_apart else "within"
        result = subprocess.run(
            [sys.executable, "-c", MEASURE_SCRIPT, str(folder), db, str(jobs), engine, apart],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(result.stdout.strip().splitlines()[-1])


def copy_pdfs(paths: list[str], folder: Path, copies: int) -> None:
    """Each PDF copied `copies` times into folder under distinct names, no two files with the same bytes."""
    for copy in range(copies):
        for path in paths:
            data = Path(path).read_bytes()
            # A comment after the end: readers ignore it, and the file's hash (the store's key) differs.
            (folder / f"{Path(path).stem}_copy{copy}.pdf").write_bytes(data + f"\n% copy {copy}\n".encode())


def steady_state(paths: list[str], copies: int, cores: int) -> None:
    """Print the ingest rate after start-up on the PDFs copied `copies` times, beside pdfplumber on the copies."""
    with tempfile.TemporaryDirectory(prefix="bench_ingest_copies_") as tmp:
        folder = Path(tmp)
        copy_pdfs(paths, folder, copies)
        copied = sorted(str(p) for p in folder.glob("*.pdf"))
        seconds, cpu, pages = plumber_read(copied)
        print(
            f"steady state on {len(copied)} PDFs ({pages} pages: tests/pdfs copied {copies} times; "
            f"load average {os.getloadavg()[0]:.1f}):"
        )
        print(
            f"  plain pdfplumber extract_text, 1 process: {pages / seconds:6.2f} pages/s"
            f"  CPU {cpu / len(copied):.3f} s/letter, {pages / cpu:6.2f} pages per CPU s"
        )
        for engine in ENGINES:
            got = measure_ingest(folder, cores, engine, startup_apart=True)
            after = got["seconds"] - got["startup"]
            work_cpu = got["worker_cpu"] + got["parent_cpu"] - got["startup_cpu"]
            print(
                f"  letters ingest --engine {engine} --jobs {cores}: start-up {got['startup']:.2f} s "
                f"({got['startup_cpu']:.2f} s CPU) then {got['pages'] / after:6.2f} pages/s "
                f"({(got['pages'] / after) / (pages / seconds):.2f}x the baseline's pages/s); "
                f"whole run {got['pages'] / got['seconds']:6.2f} pages/s "
                f"({(got['pages'] / got['seconds']) / (pages / seconds):.2f}x)"
            )
            print(
                f"    CPU after start-up {work_cpu / max(1, got['processed']):.3f} s/letter "
                f"(workers {got['worker_cpu'] / max(1, got['processed']):.3f} + parent saving "
                f"{(got['parent_cpu'] - got['startup_cpu']) / max(1, got['processed']):.3f}), "
                f"{got['pages'] / work_cpu:6.2f} pages per CPU s "
                f"({(got['pages'] / work_cpu) / (pages / cpu):.2f}x the baseline's)"
                f"  ({got['processed']} stored, {got['failed']} failed, {got['seconds']:.1f} s)"
            )
            for reason in got["reasons"]:
                print(f"    failed: {reason}")


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
        steady_state(paths, QUICK_COPIES if quick else COPIES, cores)
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
