"""Start-up of whole `letters` processes: the lazy command table beside the release before it.

Each command runs as a fresh process several times; the figures are medians of wall and CPU time.
Baselines from the same run: `python -c pass` (the interpreter alone) and the same commands run
by the code of BASELINE_COMMIT (every command module and record model imported at start), taken
from git into a temporary folder. Each code base queries a small store it made itself with the
test suite's hand-built letters (no spaCy), so that the start-up, not the query, is measured.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The last commit before lazy start-up and schema 6 (issue 13): its commands load eagerly.
BASELINE_COMMIT = "8fd332a"
REPEATS = 7
QUICK_REPEATS = 3
TARGET_S = 0.3
MAKE_STORE = """
import sys
from store_samples import STORE_LETTERS
from extractor.store.database import Store
with Store(sys.argv[1]) as store:
    for letter in STORE_LETTERS:
        store.save(letter)
"""


def commands(db: Path) -> list[tuple[str, list[str]]]:
    """(label, argv after the interpreter) of each process measured."""
    letters = ["-m", "extractor.cli"]
    return [
        ("python -c pass", ["-c", "pass"]),
        ("python -c 'import extractor'", ["-c", "import extractor"]),
        ("letters --help", [*letters, "--help"]),
        (
            "letters query commitments --country TUN --json",
            [*letters, "query", "commitments", "--country", "TUN", "--json"],
        ),
        (
            "letters query commitments --since 2024 --until 2025-06",
            [*letters, "query", "commitments", "--since", "2024", "--until", "2025-06", "--json"],
        ),
        ("letters query commitments (table)", [*letters, "query", "commitments"]),
        ("letters sql 'SELECT ...' --json", [*letters, "sql", "SELECT letter_id, date FROM letters", "--json"]),
    ]


def with_db(argv: list[str], db: Path) -> list[str]:
    """argv with --db for the commands that read the store."""
    return [*argv, "--db", str(db)] if ("query" in argv or "sql" in argv) else argv


def timed(argv: list[str], tree: Path, repeats: int) -> tuple[float, float]:
    """Median wall and CPU seconds of `python argv...` run with tree's code (output discarded)."""
    env = {**os.environ, "PYTHONPATH": f"{tree}{os.pathsep}{tree / 'tests'}", "COLUMNS": "160"}
    wall, cpu = [], []
    for _ in range(repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        done = subprocess.run([sys.executable, *argv], cwd=tree, env=env, capture_output=True)
        wall.append(time.perf_counter() - began)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            raise SystemExit(f"bench_startup: {' '.join(argv)} failed in {tree}: {done.stderr.decode()[-400:]}")
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(wall), statistics.median(cpu)


def baseline_tree(folder: Path) -> Path | None:
    """BASELINE_COMMIT's files in folder (git archive), or None without git or that commit."""
    archive = folder / "baseline.tar"
    done = subprocess.run(
        ["git", "-C", str(REPO), "archive", "-o", str(archive), BASELINE_COMMIT], capture_output=True, text=True
    )
    if done.returncode != 0:
        print(f"  (no baseline: git archive {BASELINE_COMMIT} failed: {done.stderr.strip()[:200]})")
        return None
    tree = folder / "baseline"
    with tarfile.open(archive) as tar:
        tar.extractall(tree, filter="data")
    return tree


def make_store(tree: Path, db: Path) -> None:
    env = {**os.environ, "PYTHONPATH": f"{tree}{os.pathsep}{tree / 'tests'}"}
    subprocess.run([sys.executable, "-c", MAKE_STORE, str(db)], cwd=tree, env=env, check=True, capture_output=True)


def run(quick: bool = False) -> None:
    """Print each command's median start-up beside the baseline commit's and `python -c pass`."""
    repeats = QUICK_REPEATS if quick else REPEATS
    with tempfile.TemporaryDirectory(prefix="bench_startup_") as tmp:
        folder = Path(tmp)
        trees = {"now": REPO}
        old = baseline_tree(folder)
        if old is not None:
            trees[f"{BASELINE_COMMIT} (eager)"] = old
        stores = {}
        for name, tree in trees.items():
            stores[name] = folder / f"{len(stores)}.db"
            make_store(tree, stores[name])
        print(
            f"whole processes, median of {repeats} (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores:"
            f" wall includes waiting for a core, CPU does not); target <= {TARGET_S} s"
        )
        print(f"  {'process':56s} " + " ".join(f"{name + ' wall/CPU s':>26s}" for name in trees))
        for label, argv in commands(folder):
            cells = []
            for name, tree in trees.items():
                wall, cpu = timed(with_db(argv, stores[name]), tree, repeats)
                cells.append(f"{wall:12.3f} / {cpu:.3f}".rjust(26))
            print(f"  {label:56s} " + " ".join(cells))


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
