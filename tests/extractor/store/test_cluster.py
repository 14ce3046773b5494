"""Ingest on a Dask cluster: a LocalCluster and a real `dask scheduler` with two `dask worker` processes.

Each test compares the store with a local ingest of the same folder: the records (every letter's
extraction, the entities counted across letters) and the failures, not the timestamps.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

import pytest
from shared_paths import SHARED_DIR, require_shared

from extractor.errors import ClusterUnreachable
from extractor.store import cluster
from extractor.store import query as store_query
from extractor.store.database import Store
from extractor.store.ingest import ingest

pytest.importorskip("distributed", reason="the [dask] extra (pip install 'policy-letters[dask]')")

REPO = Path(__file__).resolve().parents[3]
US_LETTERS = SHARED_DIR / "letters" / "us"
DASK = Path(sys.executable).with_name("dask")
# A subset of the US letters keeps the suite's time down; the whole folder is checked by hand (README).
SUBSET = 12
LIMITS = {"timeout": 120, "max_memory_mb": 1024}
STARTUP_S = 60
TEARDOWN_S = 5


def _folder(tmp_path: Path) -> Path:
    """US letters, a corpus PDF and a file that is not a PDF, copied to a folder of their own."""
    source = require_shared(US_LETTERS)
    folder = tmp_path / "letters"
    folder.mkdir()
    for path in sorted(source.glob("*.txt"))[:SUBSET]:
        shutil.copy(path, folder / path.name)
    shutil.copy(REPO / "corpus" / "001_4b8c8b6ac021f3d7.pdf", folder / "corpus_letter.pdf")
    (folder / "broken.pdf").write_bytes(b"PK\x03\x04 a zip file, not a PDF")
    return folder


def snapshot(db: Path) -> dict:
    """What a store holds, timestamps and row ids left out: extractions by letter, entity counts, failures."""
    with Store(db, readonly=True) as store:
        extractions = {(e.letter.id, e.letter.sha256): e.model_dump(mode="json") for e in store.iter_extractions()}
        letters = sorted(tuple((k, r[k]) for k in r.keys() if k != "ingested_at") for r in store.letters())
        failures = sorted((r["path"], r["sha256"], r["reason"]) for r in store.failures())
        entities = sorted(e.model_dump_json() for e in store_query.entities(store, top=100000))
    return {"letters": letters, "extractions": extractions, "failures": failures, "entities": entities}


@pytest.fixture(scope="module")
def local_reference(tmp_path_factory) -> tuple[Path, dict]:
    """The folder and the store a local ingest (the worker pool) makes of it."""
    tmp_path = tmp_path_factory.mktemp("local")
    folder = _folder(tmp_path)
    report = ingest([folder], tmp_path / "db" / "l.db", jobs=2, **LIMITS)
    assert report.processed == SUBSET + 1 and report.failed == 1, report
    return folder, snapshot(tmp_path / "db" / "l.db")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def _scheduler_and_two_workers(tmp_path: Path, hide: Optional[Path] = None):
    """A `dask scheduler` and two `dask worker` processes (no nanny) on free local ports; torn down after.

    With hide, each worker runs in a mount namespace of its own where an empty tmpfs covers that
    folder: the workers cannot see the files the client reads, as on machines with no shared filesystem.
    """
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    logs = tmp_path / "dask-logs"
    logs.mkdir()
    processes = []

    def start(name: str, *args: str) -> subprocess.Popen:
        command = [str(DASK), *args]
        if hide is not None and args[0] == "worker":
            command = ["unshare", "-m", "sh", "-c", 'mount -t tmpfs tmpfs "$0" && exec "$@"', str(hide), *command]
        with open(logs / f"{name}.log", "wb") as log:
            process = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT)
        processes.append(process)
        return process

    start("scheduler", "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard")
    workers = {
        name: start(name, "worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard", "--name", name)
        for name in ("w1", "w2")
    }
    from distributed import Client

    try:
        with Client(address, timeout=STARTUP_S) as client:
            client.wait_for_workers(2, timeout=STARTUP_S)
        yield address, workers
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                process.terminate()
        for process in processes:
            try:
                # A worker's graceful close can wait ~20 s on a scheduler that is going too; its
                # sandboxes watch it and go when it is killed, so 5 s is all a test waits.
                process.wait(timeout=TEARDOWN_S)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture
def dask_cluster(tmp_path):
    """A `dask scheduler` and two `dask worker` processes on this machine."""
    with _scheduler_and_two_workers(tmp_path) as running:
        yield running


def _can_hide_folders() -> bool:
    """Whether this process may give a child a mount namespace of its own (root, or user namespaces)."""
    try:
        return subprocess.run(["unshare", "-m", "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.mark.slow
def test_ingest_on_a_local_cluster_from_the_command_line_stores_what_a_local_ingest_stores(local_reference, tmp_path):
    folder, reference = local_reference
    db = tmp_path / "db" / "l.db"
    command = [sys.executable, "-m", "extractor.cli", "ingest", str(folder), "--db", str(db), "--dask", "local"]
    result = subprocess.run([*command, "--jobs", "2"], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 1, result.stderr  # the broken file fails the batch, as locally
    assert f"{SUBSET + 1} processed, 0 skipped, 1 failed" in result.stdout
    failed = [line for line in result.stdout.splitlines() if line.startswith("  failed:")]
    assert failed == [f"  failed: {reference['failures'][0][2]}"]
    assert "Traceback" not in result.stderr
    # The progress bar advanced once per completed future: every file sent (the letters and the broken one).
    assert f"{SUBSET + 2}/{SUBSET + 2}" in result.stderr and " pages/s" in result.stderr, result.stderr
    assert snapshot(db) == reference
    # The client hashes first: a second run sends nothing and stores nothing twice.
    again = subprocess.run([*command, "--jobs", "2", "--json"], cwd=REPO, capture_output=True, text=True, timeout=600)
    summary = json.loads(again.stdout)
    assert (summary["processed"], summary["skipped"], summary["failed"]) == (0, SUBSET + 1, 1)
    assert snapshot(db)["letters"] == reference["letters"]


@pytest.mark.slow
def test_ingest_on_a_scheduler_with_two_workers_stores_what_a_local_ingest_stores(
    local_reference, dask_cluster, tmp_path
):
    folder, reference = local_reference
    address, _workers = dask_cluster
    report = ingest([folder], tmp_path / "db" / "l.db", dask=address, **LIMITS)
    assert (report.processed, report.failed) == (SUBSET + 1, 1)
    assert snapshot(tmp_path / "db" / "l.db") == reference
    # The plugin loaded the pipeline once per worker thread (one sandboxed process each), not once per file.
    from distributed import Client

    with Client(address, timeout=STARTUP_S) as client:
        name = cluster.PLUGIN_NAME
        started = client.run(lambda dask_worker: dask_worker.plugins[name].started)
    assert sorted(started.values()) == [1, 1], started


@pytest.mark.slow
@pytest.mark.skipif(not _can_hide_folders(), reason="needs `unshare -m` (a mount namespace) to hide the folder")
def test_workers_that_cannot_see_the_letters_folder_store_what_a_local_ingest_stores(local_reference, tmp_path):
    from distributed import Client

    folder, reference = local_reference
    with _scheduler_and_two_workers(tmp_path, hide=folder) as (address, _workers):
        with Client(address, timeout=STARTUP_S) as client:
            # Each worker sees an empty folder where the client sees the letters.
            seen = client.run(os.listdir, str(folder))
        assert list(seen.values()) == [[], []] and len(os.listdir(folder)) == SUBSET + 2
        report = ingest([folder], tmp_path / "db" / "l.db", dask=address, **LIMITS)
    assert (report.processed, report.failed) == (SUBSET + 1, 1)
    assert snapshot(tmp_path / "db" / "l.db") == reference


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_nothing_and_duplicates_nothing(local_reference, dask_cluster, tmp_path):
    from distributed import Client

    folder, reference = local_reference
    address, workers = dask_cluster
    killed: dict = {}

    with Client(address, timeout=STARTUP_S) as observer:

        def kill_a_busy_worker(item) -> None:
            # After the first result, kill a worker that has a file of this batch in hand.
            if killed or item.outcome != "stored":
                return
            info = observer.scheduler_info()["workers"]
            for worker_address, keys in observer.processing().items():
                if keys and worker_address in info:
                    victim = workers[info[worker_address]["name"]]
                    victim.send_signal(signal.SIGKILL)
                    killed.update(name=info[worker_address]["name"], keys=list(keys))
                    return

        report = ingest([folder], tmp_path / "db" / "l.db", dask=address, on_item=kill_a_busy_worker, **LIMITS)
    assert killed and killed["keys"], "no worker held a file when the first result came back"
    assert workers[killed["name"]].wait(timeout=10) == -signal.SIGKILL
    assert (report.processed, report.failed) == (SUBSET + 1, 1), [
        i.reason for i in report.items if i.outcome == "failed"
    ]
    stored = [item.path for item in report.items if item.outcome == "stored"]
    assert len(stored) == len(set(stored)) == SUBSET + 1
    assert snapshot(tmp_path / "db" / "l.db") == reference
    # The killed worker's sandboxed processes went with it (they watch the process that started them).
    victim = str(workers[killed["name"]].pid)
    deadline = time.monotonic() + 10
    while _sandboxes_of(victim) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not _sandboxes_of(victim)


@pytest.mark.slow
def test_a_cluster_left_without_workers_reports_the_rest_and_the_next_run_stores_it(
    local_reference, dask_cluster, tmp_path, monkeypatch
):
    folder, reference = local_reference
    address, workers = dask_cluster
    monkeypatch.setattr(cluster, "NO_WORKERS_S", 5.0)
    db = tmp_path / "db" / "l.db"

    def kill_every_worker(item) -> None:
        # After the first result, the whole cluster goes: the files still out have nowhere to run.
        if item.outcome == "stored" and all(w.poll() is None for w in workers.values()):
            for process in workers.values():
                process.send_signal(signal.SIGKILL)

    report = ingest([folder], db, dask=address, on_item=kill_every_worker, **LIMITS)
    # Every file once in the report: stored, or failed with one line; none dropped, none twice.
    assert sorted(i.path for i in report.items) == sorted(str(p) for p in folder.iterdir())
    lost = [i for i in report.items if i.reason and "not read: the Dask cluster" in i.reason]
    assert lost, [i.reason for i in report.items]
    assert all("\n" not in i.reason and i.reason.endswith("had no worker for 5 s") for i in lost)
    assert report.processed + report.failed == SUBSET + 2
    # The next run (here a local one) stores what the cluster could not, and nothing twice.
    again = ingest([folder], db, jobs=2, **LIMITS)
    assert again.processed == SUBSET + 1 - report.processed
    got = snapshot(db)
    assert {k: got[k] for k in ("letters", "extractions", "entities")} == {
        k: reference[k] for k in ("letters", "extractions", "entities")
    }
    assert {reason for _path, _sha, reason in got["failures"] if "not read: the Dask cluster" not in reason} == {
        reason for _path, _sha, reason in reference["failures"]
    }


def test_a_file_over_the_size_limit_is_refused_before_anything_is_sent(tmp_path):
    from extractor.reading.pdf_open import DEFAULT_MAX_FILE_MB

    big = tmp_path / "in" / "big.pdf"
    big.parent.mkdir()
    with open(big, "wb") as handle:
        handle.truncate((DEFAULT_MAX_FILE_MB + 1) * 1024 * 1024)  # sparse: its size, not its bytes
    local = ingest([big.parent], tmp_path / "local.db")
    # An address where no scheduler listens: had the file been sent, ingest would fail to connect.
    on_dask = ingest([big.parent], tmp_path / "dask.db", dask=f"tcp://127.0.0.1:{_free_port()}")
    assert [(i.outcome, i.reason) for i in on_dask.items] == [(i.outcome, i.reason) for i in local.items]
    assert on_dask.items[0].reason.startswith(f"{big}: too large to read")


def _sandboxes_of(pid: str) -> list[str]:
    """Processes running `python -m extractor.pool FD PID ...` for the given parent pid."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            argv = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if b"extractor.pool" in argv and len(argv) > 4 and argv[argv.index(b"extractor.pool") + 2] == pid.encode():
            found.append(cmdline.parent.name)
    return found


@pytest.mark.slow
def test_an_unreachable_scheduler_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT_S", 2.0)
    (tmp_path / "a.txt").write_text("2025-01-01\nTunisia gets EUR 3 million.\n", encoding="utf-8")
    address = f"tcp://127.0.0.1:{_free_port()}"
    began = time.monotonic()
    with pytest.raises(ClusterUnreachable) as caught:
        ingest([tmp_path / "a.txt"], tmp_path / "l.db", dask=address)
    assert time.monotonic() - began < 30
    message = str(caught.value)
    assert message.startswith(f"{address}: cannot reach the Dask scheduler") and "\n" not in message


def test_without_the_dask_extra_ingest_says_how_to_install_it(tmp_path):
    (tmp_path / "a.txt").write_text("2025-01-01\nTunisia gets EUR 3 million.\n", encoding="utf-8")
    # The extra made unimportable in a fresh process, as on a machine that never installed it.
    script = "import sys; sys.modules['distributed'] = None\nfrom extractor.cli import main\nmain(sys.argv[1:])\n"
    args = ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "l.db"), "--dask", "local"]
    result = subprocess.run(
        [sys.executable, "-c", script, *args], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "pip install 'policy-letters[dask]'" in lines[0], result.stderr
    assert not (tmp_path / "l.db").exists()


@pytest.mark.slow
def test_hostile_files_on_a_local_cluster_fail_as_in_a_local_ingest(tmp_path):
    from hostile.build import LIMIT, READ, build_corpus

    written = build_corpus(tmp_path / "hostile")
    # Room for a loaded machine: a bomb found in 2 s alone can take 5 s beside other work.
    limits = {"timeout": 20, "max_memory_mb": 512}
    local = ingest([tmp_path / "hostile"], tmp_path / "local" / "l.db", jobs=2, **limits)
    on_dask = ingest([tmp_path / "hostile"], tmp_path / "dask" / "l.db", jobs=2, dask="local", **limits)
    reasons = {
        name: {Path(i.path).name: i.reason for i in r.items} for name, r in (("local", local), ("dask", on_dask))
    }
    for path, case in written:
        got = reasons["dask"][path.name]
        if case.expect == READ:
            assert got is None and reasons["local"][path.name] is None
        elif case.expect == LIMIT:
            # Whichever limit bites first, as locally: the time or the memory one, in the same words; C code
            # failing to allocate under the memory limit may die of SIGSEGV instead (as in test_hostile.py).
            fragments = ("gave up after 20 s", "more than 512 MiB", "probably at its memory limit of 512 MiB")
            assert got.startswith(f"{path}: ") and any(fragment in got for fragment in fragments), got
        else:
            # The same line as a local ingest (which refuses an empty file before reading it).
            assert got is not None and got == reasons["local"][path.name], (got, reasons["local"][path.name])
    assert (on_dask.processed, on_dask.failed) == (local.processed, local.failed)
