"""Several processes on one store: concurrent ingests into a new store, readers during a migration."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_samples import build, write_letter
from test_store_access import downgrade_to_v1

from extractor.store.database import SCHEMA_VERSION, Store

REPO = Path(__file__).resolve().parents[3]
TESTS_DIR = REPO / "tests"
COUNTRIES = ("Tunisia", "Morocco", "Egypt", "Libya", "Niger", "Chad", "Mali", "Senegal")

INGEST_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
import extractor.store.ingest as ingest_module
import store_samples
ingest_module.default_extract = lambda: store_samples.fake_extract
from extractor.cli import main
main(["ingest", {folder!r}, "--db", {db!r}, "--jobs", "2", "--json"])
"""

READER_SCRIPT = """
import contextlib, io, os, sys, time, traceback
sys.path.insert(0, {tests!r})
from extractor.cli import main
go, done = {go!r}, {done!r}
commands = [["query", "entities", "--json"], ["sql", "SELECT COUNT(*) FROM letters", "--json"]]


def read(command):
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            main(command + ["--db", {db!r}], standalone_mode=False)
            code = 0
        except SystemExit as stop:
            code = stop.code
        except BaseException:
            print("TRACEBACK " + traceback.format_exc().replace(chr(10), " | "), file=sys.__stdout__)
            sys.exit(3)
    return (command[0], code, err.getvalue().strip())


for command in commands:
    read(command)  # imports what the commands import, before the clock starts
open(os.path.join({ready!r}, str(os.getpid())), "w").close()
while not os.path.exists(go):
    time.sleep(0.01)
outcomes, finished_after = [], 0
while finished_after < 2:
    if os.path.exists(done):
        finished_after += 1
    outcomes.extend(read(command) for command in commands)
for outcome in outcomes:
    print(repr(outcome))
"""


def letters_in(folder: Path, start: int, count: int) -> None:
    folder.mkdir(parents=True)
    for i in range(start, start + count):
        write_letter(
            folder,
            f"letter_{i:03d}",
            f"2024-0{1 + i % 9}-1{i % 10}",
            [f"The European Commission will provide EUR {5 + i} million to {COUNTRIES[i % len(COUNTRIES)]}."],
        )


@pytest.mark.slow
@pytest.mark.parametrize("processes", [2, 3])
def test_concurrent_ingests_into_a_new_store_all_succeed(tmp_path, processes):
    db = tmp_path / "store" / "l.db"
    running = []
    for n in range(processes):
        letters_in(tmp_path / f"in{n}", 100 * n, 6)
        script = INGEST_SCRIPT.format(tests=str(TESTS_DIR), folder=str(tmp_path / f"in{n}"), db=str(db))
        running.append(
            subprocess.Popen(
                [sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
        )
    for process in running:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err[-2000:]
        assert "Traceback" not in err
        report = json.loads(out)
        assert report["failed"] == 0 and report["processed"] == 6
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM letters").fetchone()[0] == 6 * processes


@pytest.mark.slow
def test_two_ingests_of_the_same_letters_store_each_once(tmp_path):
    db = tmp_path / "l.db"
    letters_in(tmp_path / "in", 0, 8)
    script = INGEST_SCRIPT.format(tests=str(TESTS_DIR), folder=str(tmp_path / "in"), db=str(db))
    running = [
        subprocess.Popen(
            [sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    reports = []
    for process in running:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err[-2000:]
        reports.append(json.loads(out))
    assert sum(r["processed"] for r in reports) == 8
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*), MAX(version) FROM letters").fetchone() == (8, 1)


@pytest.mark.slow
def test_twenty_readers_during_a_migration_get_results_or_one_line_errors(tmp_path):
    db = tmp_path / "l.db"
    with Store(db) as store:
        for i in range(200):
            country = COUNTRIES[i % len(COUNTRIES)]
            store.save(
                build(
                    f"l{i:03d}",
                    "2024-05-01",
                    [f"The European Commission will provide EUR {i} million to {country}."] * 3,
                )
            )
    downgrade_to_v1(db)
    go, done = tmp_path / "go", tmp_path / "done"
    ready = tmp_path / "ready"
    ready.mkdir()
    script = READER_SCRIPT.format(tests=str(TESTS_DIR), go=str(go), done=str(done), db=str(db), ready=str(ready))
    readers = [
        subprocess.Popen(
            [sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(20)
    ]
    deadline = time.monotonic() + 120
    while len(list(ready.iterdir())) < len(readers) and time.monotonic() < deadline:
        time.sleep(0.05)  # each reader imports the CLI, then waits for go
    go.touch()
    time.sleep(3)  # every reader has read the old store a few times
    Store(db).close()  # the migration, under its exclusive lock
    done.touch()
    before, after = 0, 0
    for reader in readers:
        out, err = reader.communicate(timeout=180)
        assert reader.returncode == 0, (out[-1500:], err[-1500:])
        outcomes = [eval(line) for line in out.splitlines()]  # noqa: S307 - our own repr() lines
        for command, code, message in outcomes:
            if code != 0:
                # A query command before the migration: told, in one line, to upgrade.
                assert (command, code) == ("query", 1) and "\n" not in message and "older release" in message, message
                before += 1
        assert outcomes[-1][1] == 0 and outcomes[-2][1] == 0
        after += sum(1 for _, code, _ in outcomes if code == 0)
    assert before > 0 and after > 0, (before, after, outcomes[:4])
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
