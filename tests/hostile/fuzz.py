"""Mutants of the corpus PDFs (byte flips, truncations, chunk duplications) read in the sandbox.

`python tests/hostile/fuzz.py --mutants 2000` (`make fuzz`) prints the counts of ok / refused /
tracebacks / hangs; the test suite runs a short fixed-seed run of the same. A mutant is
- ok: read to a LetterText;
- refused: a one-line LettersError naming the file (other than WorkerCrashed or TimedOut);
- traceback: WorkerCrashed, i.e. an exception of ours or a library's escaped as a bug;
- hang: TimedOut, or the read took longer than the timeout plus a grace.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

REPO_DIR = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO_DIR / "corpus").glob("*.pdf")) + sorted((REPO_DIR / "tests" / "pdfs").glob("*.reportlab.pdf"))[:4]
DEFAULT_SEED = 20251203
DEFAULT_MUTANTS = 2000
DEFAULT_TIMEOUT_S = 20.0
DEFAULT_MAX_MEMORY_MB = 1024
HANG_GRACE_S = 5.0  # the parent's own delay in noticing a deadline, on a busy machine
MAX_EDITS = 8
CHUNK_BYTES = 4096


def mutations(sizes: list[int]):
    """A strategy of (seed index, edits): each edit a flip, truncation or duplication at a position."""
    edit = st.one_of(
        st.tuples(st.just("flip"), st.floats(0, 1), st.integers(1, 255)),
        st.tuples(st.just("truncate"), st.floats(0, 1), st.just(0)),
        st.tuples(st.just("duplicate"), st.floats(0, 1), st.integers(1, CHUNK_BYTES)),
    )
    return st.tuples(st.integers(0, len(sizes) - 1), st.lists(edit, min_size=1, max_size=MAX_EDITS))


def mutate(data: bytes, edits: list[tuple[str, float, int]]) -> bytes:
    """Apply the edits in order; positions are fractions of the current length."""
    out = bytearray(data)
    for kind, where, amount in edits:
        if not out:
            break
        at = min(int(where * len(out)), len(out) - 1)
        if kind == "flip":
            out[at] ^= amount
        elif kind == "truncate":
            del out[at:]
        else:
            out[at:at] = out[at : at + amount]
    return bytes(out)


def classify(path: Path, timeout: float, max_memory_mb: int) -> str:
    """Read one mutant in the sandbox and say how it ended: ok, refused, traceback or hang."""
    from extractor.errors import LettersError, TimedOut, WorkerCrashed
    from extractor.sandbox import read_bounded

    began = time.monotonic()
    try:
        read_bounded(path, None, timeout, max_memory_mb)
        outcome = "ok"
    except TimedOut:
        outcome = "hang"
    except WorkerCrashed as error:
        outcome = f"traceback: {error}"
    except LettersError as error:
        message = str(error)
        outcome = "refused" if str(path) in message and "\n" not in message else f"traceback: unclear {message!r}"
    if time.monotonic() - began > timeout + HANG_GRACE_S:
        outcome = "hang"
    return outcome


def run(
    mutants: int,
    folder: Path,
    random_seed: int = DEFAULT_SEED,
    timeout: float = DEFAULT_TIMEOUT_S,
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB,
    keep: bool = False,
) -> tuple[Counter, list[tuple[str, str]]]:
    """Read `mutants` fixed-seed mutants in the sandbox; return the counts and the (mutant, outcome) of the bad ones."""
    originals = [path.read_bytes() for path in SEEDS]
    counts: Counter = Counter()
    bad: list[tuple[str, str]] = []

    @seed(random_seed)
    @settings(
        max_examples=mutants,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(mutations([len(data) for data in originals]))
    def one(mutation) -> None:
        index, edits = mutation
        number = sum(counts.values())
        path = folder / f"mutant_{number:05d}_{SEEDS[index].stem}.pdf"
        path.write_bytes(mutate(originals[index], edits))
        outcome = classify(path, timeout, max_memory_mb)
        kind = outcome.split(":", 1)[0]
        counts[kind] += 1
        if kind in ("traceback", "hang"):
            bad.append((path.name, outcome))
        elif not keep:
            path.unlink()

    one()
    return counts, bad


def main(argv: list[str] | None = None) -> int:
    """Run the fuzz and print its counts; exit 1 when any mutant gave a traceback or a hang."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutants", type=int, default=DEFAULT_MUTANTS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S)
    parser.add_argument("--max-memory", type=int, default=DEFAULT_MAX_MEMORY_MB)
    parser.add_argument("--out", type=Path, default=None, help="Keep the mutants in this folder.")
    args = parser.parse_args(argv)
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="letters-fuzz-") as scratch:
        folder = args.out or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        counts, bad = run(args.mutants, folder, args.seed, args.timeout, args.max_memory, keep=args.out is not None)
    for name, outcome in bad:
        print(f"{name}: {outcome}")
    total = sum(counts.values())
    print(
        f"{total} mutants (seed {args.seed}) in {time.monotonic() - began:.0f} s: "
        f"{counts['ok']} ok, {counts['refused']} refused, {counts['traceback']} tracebacks, {counts['hang']} hangs"
    )
    return 1 if counts["traceback"] or counts["hang"] else 0


if __name__ == "__main__":
    sys.path[:0] = [str(REPO_DIR), str(REPO_DIR / "tests")]
    sys.exit(main())
