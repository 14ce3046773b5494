"""A bounded fuzz run in the suite: fixed-seed mutants of the corpus PDFs read in the sandbox.

Every mutant must be read or refused with a one-line LettersError naming it; none may escape as a
crash of ours (WorkerCrashed) or hang past the timeout. `make fuzz` runs the long version.
"""

from __future__ import annotations

from hostile.fuzz import SEEDS, mutate, run

SUITE_MUTANTS = 100
SUITE_TIMEOUT_S = 20.0


def test_mutations_change_the_bytes_as_described():
    data = bytes(range(10))
    assert mutate(data, [("flip", 0.0, 1)]) == b"\x01" + data[1:]
    assert mutate(data, [("truncate", 0.5, 0)]) == data[:5]
    assert mutate(data, [("duplicate", 0.2, 3)]) == data[:2] + data[2:5] + data[2:]


def test_a_hundred_mutants_give_no_traceback_and_no_hang(tmp_path):
    assert SEEDS, "no corpus PDFs to mutate"
    counts, bad = run(SUITE_MUTANTS, tmp_path, timeout=SUITE_TIMEOUT_S)
    assert sum(counts.values()) == SUITE_MUTANTS
    assert bad == []
    # The mutants must exercise both outcomes, or the run tests nothing about refusals.
    assert counts["ok"] > 0 and counts["refused"] > 0, counts
