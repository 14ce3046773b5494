"""Long-lived workers: many files per process, and each file still under its own time and memory limits."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from store_samples import fake_extract, write_letter

from extractor import pool as pool_module
from extractor.pool import Pool, Worker
from models.extraction import Extraction

MIB = 1024 * 1024
_kept: list[bytearray] = []


def _pid_extract(path, password=None, letter_id=None):
    """fake_extract, with the process that ran it written in the record's source."""
    extraction = fake_extract(path, password, letter_id)
    extraction.letter.source = f"pid:{os.getpid()}"
    return extraction


def _by_name(path, password=None, letter_id=None):
    """Misbehave as the file's name says: hang, crash, take memory (and give it back, or keep it)."""
    name = Path(path).stem
    if name.startswith("hang"):
        time.sleep(60)
    elif name.startswith("crash"):
        os.kill(os.getpid(), signal.SIGSEGV)
    elif name.startswith("greedy"):
        return [bytearray(64 * MIB) for _ in range(64)]  # 4 GiB
    elif name.startswith("borrow"):
        hold = bytearray(b"\x01") * (150 * MIB)  # written, so it is really taken
        del hold
    elif name.startswith("leak"):
        _kept.append(bytearray(b"\x01") * (120 * MIB))
    return _pid_extract(path, password, letter_id)


def _run(pool: Pool, files: list[Path]) -> dict[str, tuple]:
    """Every file through the pool: {file stem: outcome}."""
    for path in files:
        pool.submit(path.stem, str(path), {"password": None, "letter_id": path.stem})
    try:
        return {key: outcome for key, outcome, _seconds in filter(None, pool.completed(poll=0.1))}
    finally:
        pool.close()


def _letters(folder: Path, names: list[str]) -> list[Path]:
    return [
        write_letter(folder, name, "2025-01-01", [f"Tunisia gets EUR {i + 1} million."]) for i, name in enumerate(names)
    ]


def _pid(outcome: tuple) -> str:
    assert outcome[0] == "ok", outcome
    return Extraction.model_validate_json(outcome[1]).letter.source


@pytest.mark.slow
def test_two_workers_serve_every_file_of_a_batch(tmp_path):
    files = _letters(tmp_path, [f"letter_{i}" for i in range(10)])
    pool = Pool(_pid_extract, size=2, timeout=30, max_memory_mb=256)
    got = _run(pool, files)
    assert sorted(got) == sorted(p.stem for p in files)
    pids = {_pid(outcome) for outcome in got.values()}
    assert 1 <= len(pids) <= 2 and pool.started == 2, (pids, pool.started)
    assert os.getpid() not in {int(p.split(":")[1]) for p in pids}


@pytest.mark.slow
def test_a_hang_and_a_crash_cost_their_worker_and_the_next_file_goes_through(tmp_path):
    files = _letters(tmp_path, ["a_first", "hang", "b_after_hang", "crash", "c_after_crash"])
    pool = Pool(_by_name, size=1, timeout=2, max_memory_mb=256)
    got = _run(pool, files)
    assert got["hang"][0] == "error" and got["hang"][1] == f"{tmp_path / 'hang.txt'}: gave up after 2 s (the --timeout)"
    assert got["crash"][0] == "error" and "killed by SIGSEGV" in got["crash"][1]
    assert str(tmp_path / "crash.txt") in got["crash"][1]
    for name in ("a_first", "b_after_hang", "c_after_crash"):
        assert got[name][0] == "ok", got[name]
    # One worker at a time: the first, its replacement after the hang, and another after the crash.
    assert pool.started == 3
    assert _pid(got["a_first"]) != _pid(got["b_after_hang"]) != _pid(got["c_after_crash"])


@pytest.mark.slow
def test_the_memory_limit_is_per_file_not_per_worker(tmp_path):
    # Five files each take 150 MiB and give it back: under a 256 MiB limit all pass in one worker,
    # which a limit counted over the worker's life would refuse from the second file on.
    files = _letters(tmp_path, [f"borrow_{i}" for i in range(5)] + ["greedy", "z_after_greedy"])
    pool = Pool(_by_name, size=1, timeout=30, max_memory_mb=256)
    got = _run(pool, files)
    borrowers = {_pid(got[f"borrow_{i}"]) for i in range(5)}
    assert len(borrowers) == 1
    assert got["greedy"][:2] == (
        "error",
        f"{tmp_path / 'greedy.txt'}: needed more than 256 MiB of memory (the --max-memory)",
    )
    # A worker that ran out of memory retires: the next file runs in a fresh one.
    assert got["z_after_greedy"][0] == "ok" and _pid(got["z_after_greedy"]) not in borrowers
    assert pool.started == 2


@pytest.mark.slow
def test_a_worker_that_keeps_growing_retires(tmp_path, monkeypatch):
    monkeypatch.setattr(pool_module, "RECYCLE_GROWTH_MB", 200)
    files = _letters(tmp_path, ["leak_1", "leak_2", "leak_3", "leak_4"])
    pool = Pool(_by_name, size=1, timeout=30, max_memory_mb=256)
    got = _run(pool, files)
    assert all(outcome[0] == "ok" for outcome in got.values()), got
    # 120 MiB kept per file: past 200 MiB of growth after the second file, so each worker serves two.
    assert len({_pid(outcome) for outcome in got.values()}) == 2
    assert pool.started == 2


@pytest.mark.slow
def test_a_spawned_worker_loads_the_pipeline_and_names_the_original_file(tmp_path):
    letter = tmp_path / "copy" / "letter.txt"
    letter.parent.mkdir()
    letter.write_text(
        "Rome, 3 March 2025\n\nThe Commission will provide EUR 12 million to Tunisia.\n", encoding="utf-8"
    )
    bad = tmp_path / "copy" / "bad.pdf"
    bad.write_bytes(b"this is not a PDF")
    worker = Worker(spawn=True)
    try:
        ok = worker.run(str(letter), "/elsewhere/letter.txt", {"letter_id": "letter"}, 120, 1024)
        failed = worker.run(str(bad), "/elsewhere/bad.pdf", {"letter_id": "bad"}, 120, 1024)
        assert not worker.retiring
    finally:
        worker.kill()
    extraction = Extraction.model_validate_json(ok[1])
    assert extraction.letter.source == "/elsewhere/letter.txt"
    assert "TUN" in {m.norm for m in extraction.mentions}
    assert failed[0] == "error" and failed[1].startswith("/elsewhere/bad.pdf: not a PDF")
    assert str(tmp_path) not in failed[1]


@pytest.mark.slow
def test_a_worker_has_its_next_file_before_the_last_ones_outcome_is_handed_back(tmp_path):
    # The caller stores an outcome (a commit waits on the disk) while the worker reads the next file.
    files = _letters(tmp_path, ["first", "second"])
    pool = Pool(_pid_extract, size=1, timeout=30, max_memory_mb=256)
    for path in files:
        pool.submit(path.stem, str(path), {"password": None, "letter_id": path.stem})
    seen = []
    try:
        for done in pool.completed(poll=0.1):
            if done is not None:
                seen.append(done[0])
                if done[0] == "first":
                    assert not pool.queue and pool.workers[0].task is not None
    finally:
        pool.close()
    assert seen == ["first", "second"]
