"""`letters graph export` from the store (every format) beside its baseline: the same graph from the letters' files.

The letters are ../shared/letters/us (80 real US letters) plus corpus/ when ../shared is there,
else tests/letters/real/us plus corpus/. They are ingested once into a temporary store; then each
export is timed as a user runs it (a `letters` subprocess, start-up included), the median of a few
runs, beside one export of the same letters from their files, which reads and extracts each again.
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
SHARED_LETTERS = ROOT.parent / "shared" / "letters" / "us"
FALLBACK_LETTERS = ROOT / "tests" / "letters" / "real" / "us"
CORPUS = ROOT / "corpus"
FORMATS = ("graphml", "gexf", "json", "cypher", "html")
REPEATS = 3
QUICK_REPEATS = 1
# The bar for an export from the store.
TARGET_S = 5.0


def _letters(tmp: Path) -> list[str]:
    """The folders to export: the shared US letters, or the repository's real ones, plus the corpus."""
    if SHARED_LETTERS.is_dir():
        return [str(SHARED_LETTERS), str(CORPUS)]
    # The repository's real set holds PDFs beside each text; the text alone is the letter.
    folder = tmp / "us"
    folder.mkdir()
    for path in FALLBACK_LETTERS.glob("*.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    return [str(folder), str(CORPUS)]


def _letters_cmd(*args: str) -> float:
    """Run `letters ARGS` as a subprocess; the seconds it took (it must succeed)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "extractor.cli", *args], check=True, capture_output=True, env=env)
    return time.perf_counter() - began


def run(quick: bool = False) -> None:
    """Print the export time per format from the store beside the export from the files."""
    repeats = QUICK_REPEATS if quick else REPEATS
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        letters = _letters(tmp)
        db = str(tmp / "letters.db")
        ingest_s = _letters_cmd("ingest", *letters, "--db", db)
        print(f"graph export: letters {', '.join(letters)} (ingested once in {ingest_s:.1f} s)")
        baseline = _letters_cmd("graph", "export", *letters, "--format", "graphml", "-o", str(tmp / "files.graphml"))
        print(f"  baseline: from the files (read and extracted again), graphml: {baseline:.2f} s")
        for fmt in FORMATS:
            times = [
                _letters_cmd("graph", "export", "--db", db, "--format", fmt, "-o", str(tmp / f"store.{fmt}"))
                for _ in range(repeats)
            ]
            median = statistics.median(times)
            verdict = "under" if median < TARGET_S else "OVER"
            print(
                f"  from the store, {fmt:<8} {median:.2f} s (median of {repeats}; {verdict} {TARGET_S:g} s;"
                f" {baseline / median:.0f}x faster than the baseline)"
            )
