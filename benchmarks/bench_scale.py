"""Ingest throughput as it scales: the worker pool and Dask beside plain pdfplumber and the old fork-per-file path.

1. Pages/s on the test corpus PDFs (tests/pdfs), each way in a fresh process and a fresh store,
   start-up included: plain pdfplumber `extract_text` (one process, the baseline); the old path
   (a process forked per file from the warmed parent, `jobs` at a time, each result saved by the
   parent: what ingest did before the pool); `letters ingest --jobs 1` and `2` (the pool of
   long-lived workers); `--dask local` with 1 and 2 Dask workers (LocalCluster, one thread each).
2. The cost per page in a worker (CPU of the pool's workers at --jobs 1) and the single writer's
   cost per letter (the same extractions validated and saved again into a fresh store, JSON files
   included; and once more without SQLite's disk syncs, to show what the commit costs): the
   scale-out estimate for N workers, and where the one writer becomes the limit.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PDF_GLOB = str(ROOT / "tests" / "pdfs" / "*.pdf")
QUICK_PDF_LIMIT = 6
# Saves timed for the writer's cost: the stored extractions saved again under new ids and hashes.
WRITER_SAVES = 200
QUICK_WRITER_SAVES = 40
WORKER_COUNTS = (10, 100, 1000)

MEASURE_SCRIPT = """
import json, resource, sys, time
mode, folder, db, jobs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
began = time.perf_counter()
if mode == "fork":
    from multiprocessing.connection import wait
    from extractor import sandbox
    from extractor.store.database import Store
    from extractor.store.ingest import checked_sha256, default_extract, expand_paths
    from models.extraction import Extraction
    extract = default_extract()
    sandbox.warm_up(extract)
    files, _ = expand_paths([folder])
    store = Store(db)
    running, pages, stored, failed, done = [], 0, 0, 0, []
    while files or running:
        while files and len(running) < jobs:
            path, letter_id = files.pop(0)
            sha = checked_sha256(path)
            process, conn = sandbox.start_worker(
                extract, (str(path),), {"password": None, "letter_id": letter_id}, path=str(path)
            )
            running.append((process, conn, sha))
        ready = wait([conn for _, conn, _ in running])
        for item in [r for r in running if r[1] in ready]:
            running.remove(item)
            process, conn, sha = item
            try:
                outcome = conn.recv()
            except EOFError:
                outcome = ("error",)
            process.join()
            if outcome[0] == "ok":
                extraction = Extraction.model_validate_json(outcome[1])
                extraction.letter.sha256 = sha
                store.save(extraction)
                pages, stored = pages + extraction.letter.pages, stored + 1
                done.append((time.perf_counter(), extraction.letter.pages))
            else:
                failed += 1
    store.close()
else:
    from extractor.store.database import Store
    from extractor.store.ingest import ingest
    finished = []
    report = ingest(
        [folder], db, jobs=jobs, dask="local" if mode == "dask" else None,
        on_item=lambda item: finished.append((time.perf_counter(), item.letter)),
    )
    pages, stored, failed = report.pages, report.processed, report.failed
    with Store(db, readonly=True) as store:
        pages_of = {f"{r['id']}@{r['version']}": r["pages"] for r in store.letters()}
    done = [(at, pages_of[letter]) for at, letter in finished if letter in pages_of]
seconds = time.perf_counter() - began
# Start-up excluded: the pages of every letter after the first, over the time from the first to the last.
steady = sum(p for _, p in done[1:]) / (done[-1][0] - done[0][0]) if len(done) > 2 else None
print(json.dumps({
    "seconds": seconds, "pages": pages, "stored": stored, "failed": failed, "steady": steady,
    "parent_cpu": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),
    "worker_cpu": sum(resource.getrusage(resource.RUSAGE_CHILDREN)[:2]),
}))
"""

WRITER_SCRIPT = """
import json, sys, time
from extractor.store.database import Store
from models.extraction import Extraction
source, db, saves, sync = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
with Store(source, readonly=True) as store:
    extractions = list(store.iter_extractions())
pages = sum(e.letter.pages for e in extractions) / len(extractions)
target = Store(db)
if sync != "default":
    # Only to see what the commit's disk syncs cost: the store itself never runs without them.
    target.conn.execute(f"PRAGMA synchronous = {sync}")
took = []
for index in range(saves):
    extraction = extractions[index % len(extractions)].model_copy(deep=True)
    extraction.letter.id = f"{extraction.letter.id}-{index}"
    extraction.letter.sha256 = f"{index:08x}" + extraction.letter.sha256[8:]
    payload = extraction.model_dump_json()
    # What the parent does per letter: validate the worker's JSON, then save it in one transaction.
    began, began_cpu = time.perf_counter(), time.process_time()
    validated = Extraction.model_validate_json(payload)
    middle = time.perf_counter()
    target.save(validated)
    took.append((time.perf_counter() - began, middle - began, time.process_time() - began_cpu))
target.close()
def median(values):
    return sorted(values)[len(values) // 2]
print(json.dumps({
    "median": median([t for t, _, _ in took]), "mean": sum(t for t, _, _ in took) / len(took),
    "validate": median([v for _, v, _ in took]), "cpu": median([c for _, _, c in took]), "pages_per_letter": pages,
}))
"""


def plumber_read(paths: list[str]) -> tuple[float, int]:
    """Wall seconds and pages to read every file with plain pdfplumber (extract_text per page)."""
    import pdfplumber

    began = time.perf_counter()
    pages = 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
                pages += 1
    return time.perf_counter() - began, pages


def measure(mode: str, folder: Path, db: Path, jobs: int) -> dict:
    """One way of ingesting the folder, in a fresh process into a fresh store: its time, pages and CPU."""
    result = subprocess.run(
        [sys.executable, "-c", MEASURE_SCRIPT, mode, str(folder), str(db), str(jobs)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def writer_cost(source_db: Path, saves: int, sync: str = "default") -> dict:
    """The single writer's seconds per letter: stored extractions saved again into a fresh store."""
    with tempfile.TemporaryDirectory(prefix="bench_scale_writer_") as tmp:
        result = subprocess.run(
            [sys.executable, "-c", WRITER_SCRIPT, str(source_db), str(Path(tmp) / "w.db"), str(saves), sync],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(result.stdout.strip().splitlines()[-1])


def _dask_installed() -> bool:
    try:
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


def run(quick: bool = False) -> None:
    """Print pages/s of each way of ingesting beside pdfplumber, the writer's cost and the scale-out estimate."""
    paths = sorted(glob.glob(PDF_GLOB))[: QUICK_PDF_LIMIT if quick else None]
    if not paths:
        print("no PDFs in tests/pdfs; nothing to measure")
        return
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    ways = [("fork", 1), ("fork", 2), ("pool", 1), ("pool", 2)]
    if _dask_installed():
        ways += [("dask", 1), ("dask", 2)]
    else:
        print("  (dask not installed: pip install 'policy-letters[dask]' to measure it)")
    labels = {
        "fork": "old path, a process forked per file, --jobs {}",
        "pool": "letters ingest --jobs {} (pool of long-lived workers)",
        "dask": "letters ingest --dask local, {} Dask worker(s)",
    }
    with tempfile.TemporaryDirectory(prefix="bench_scale_") as tmp:
        folder = Path(tmp) / "pdfs"
        folder.mkdir()
        for path in paths:
            # Copies, not links: ingest refuses a link that leads out of the folder it reads.
            shutil.copyfile(path, folder / Path(path).name)
        seconds, pages = plumber_read(paths)
        print(
            f"ingest throughput on {len(paths)} PDFs ({pages} pages) of tests/pdfs, fresh process and store each, "
            f"start-up included (load average {os.getloadavg()[0]:.1f} on {cores} cores):"
        )
        print(f"  {'plain pdfplumber extract_text, 1 process (baseline)':58s} {pages / seconds:6.2f} pages/s")
        results = {}
        for mode, jobs in ways:
            got = results[mode, jobs] = measure(mode, folder, Path(tmp) / f"{mode}{jobs}" / "l.db", jobs)
            rate = got["pages"] / got["seconds"]
            steady = f"{got['steady']:6.2f}" if got["steady"] else "     -"
            # Dask's workers are not this process's children: their CPU is not counted here.
            cpu = "" if mode == "dask" else f"; worker CPU {got['worker_cpu'] / max(1, got['pages']):.3f} s/page"
            print(
                f"  {labels[mode].format(jobs):58s} {rate:6.2f} pages/s  ×{rate / (pages / seconds):.2f} pdfplumber;"
                f" {steady} pages/s after the first letter  ({got['stored']} stored, {got['seconds']:.1f} s{cpu})"
            )
        pool = results["pool", 1]
        per_page = pool["worker_cpu"] / max(1, pool["pages"])
        saves = QUICK_WRITER_SAVES if quick else WRITER_SAVES
        writer = writer_cost(Path(tmp) / "pool1" / "l.db", saves)
        unsynced = writer_cost(Path(tmp) / "pool1" / "l.db", saves, sync="OFF")
    per_letter_pages = writer["pages_per_letter"]
    writer_letters = 1 / writer["median"]
    print(
        f"cost per page in a worker (CPU, pool --jobs 1): {per_page:.3f} s; "
        f"the single writer: {writer['median'] * 1000:.1f} ms a letter (median; mean {writer['mean'] * 1000:.1f} ms; "
        f"validating the worker's JSON {writer['validate'] * 1000:.1f} ms of it, the rest Store.save; "
        f"CPU {writer['cpu'] * 1000:.1f} ms), "
        f"{per_letter_pages:.1f} pages a letter here"
    )
    print(
        f"  of which the commit's disk syncs: {(writer['median'] - unsynced['median']) * 1000:.1f} ms "
        f"(the same saves with SQLite synchronous=OFF, measured only for this: {unsynced['median'] * 1000:.1f} ms)"
    )
    print(
        f"  one worker core: ~{1 / per_page:.1f} pages/s; the writer alone: ~{writer_letters:.0f} letters/s "
        f"= ~{writer_letters * per_letter_pages:.0f} pages/s"
    )
    for workers in WORKER_COUNTS:
        estimate = min(workers / per_page, writer_letters * per_letter_pages)
        limit = "the writer" if workers / per_page > writer_letters * per_letter_pages else "the workers"
        print(f"  N = {workers:5d} worker cores: ~{estimate:,.0f} pages/s (limited by {limit})")
    print(f"  the writer becomes the limit past ~{writer_letters * per_letter_pages * per_page:.0f} worker cores")


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
