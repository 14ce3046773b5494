"""Ingest's files' work on a Dask cluster (`letters ingest --dask ADDRESS|local`): the client stays the single writer.

The client (store.ingest) hashes the files and skips the stored ones; here each remaining file's
bytes travel with its task, so the workers need no shared filesystem. On each Dask worker a
plugin starts one sandboxed worker process per Dask thread (`extractor.pool`, spawned, loading the
pipeline once), and a task runs its file there under the same time and memory limits as a local
ingest. Results stream back with `as_completed`, and the client stores each one in its own
transaction. Dask reschedules the tasks of a worker that dies; a file whose task killed workers
`allowed-failures` times, or that no worker is left to run, is reported, never silently dropped.
Only a bounded number of files is in flight, so the client's memory stays flat in the batch size.
"""

from __future__ import annotations

import asyncio
import logging
import os
import queue
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Callable, Optional

from extractor.errors import CannotRead, ClusterLost, ClusterUnreachable, MissingExtra, WorkerCrashed
from extractor.pool import DEFAULT_FUNC, Worker

try:
    from distributed import WorkerPlugin
except ImportError:  # the [dask] extra is not installed: require_dask() says how to install it
    WorkerPlugin = object

PLUGIN_NAME = "letters-pipeline"
# Files in flight per Dask thread: every worker has its next file at hand while results stream back,
# and the client holds only a few files' bytes whatever the size of the batch.
IN_FLIGHT_PER_THREAD = 2
# How long to wait for the scheduler, and for it to have at least one worker.
CONNECT_TIMEOUT_S = 30.0
# With tasks outstanding and no worker in the cluster for this long, the rest of the batch is reported.
NO_WORKERS_S = 60.0
POLL_INTERVAL_S = 0.25
# How often the client asks the scheduler how many workers it has, while waiting for results.
WORKER_CHECK_S = 2.0
# How long to wait for a finished task's result to arrive: a result lost with its worker makes Dask compute
# it again, and fetching it waits for that, which with no worker left would be for ever.
RESULT_WAIT_S = 10.0
# How often a file is sent again when its result was lost on the way back (its worker died after
# finishing it, the connection dropped); Dask itself retries a task whose worker died while running it.
RESEND_LIMIT = 3


def require_dask() -> None:
    """Raise MissingExtra when dask.distributed is not installed."""
    try:
        import distributed  # noqa: F401
    except ImportError as error:
        raise MissingExtra("letters ingest --dask", extra="dask", reason=str(error)) from None


class PipelinePlugin(WorkerPlugin):
    """On each Dask worker: one sandboxed worker process per thread, each loading the pipeline once."""

    name = PLUGIN_NAME

    def __init__(self, spec: str = DEFAULT_FUNC):
        """The plugin for the extraction named spec ("module:function")."""
        self.spec = spec
        self.idle: Optional[queue.SimpleQueue] = None
        self.started = 0  # sandboxed workers started (each loads the pipeline once), replacements included

    def _start(self) -> Worker:
        self.started += 1
        return Worker(spec=self.spec, spawn=True)

    def setup(self, worker) -> None:
        """Start the sandboxed workers; they load the pipeline in the background while tasks arrive."""
        self.idle = queue.SimpleQueue()
        for _ in range(max(1, int(getattr(worker.state, "nthreads", 1) or 1))):
            self.idle.put(self._start())

    def teardown(self, worker) -> None:
        """Stop the sandboxed workers."""
        while self.idle is not None and not self.idle.empty():
            self.idle.get_nowait().kill()

    def run(self, path: str, shown: str, kwargs: dict, timeout, max_memory_mb) -> tuple:
        """One file's work in an idle sandboxed worker; a worker that retired or was killed is replaced at once."""
        worker = self.idle.get()
        try:
            return worker.run(path, shown, kwargs, timeout, max_memory_mb)
        finally:
            if worker.retiring:
                worker.kill()
                # The replacement loads the pipeline now, before the next task needs it.
                worker = self._start()
            self.idle.put(worker)


def extract_file(data: bytes, name: str, shown: str, kwargs: dict, timeout, max_memory_mb) -> tuple:
    """A Dask task: one file's bytes read and extracted on this worker; (outcome, seconds)."""
    from distributed import get_worker

    plugin = get_worker().plugins[PLUGIN_NAME]
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="letters-dask-") as folder:
        # The file keeps its name (its suffix says how to read it); records and errors name the original.
        path = os.path.join(folder, name)
        with open(path, "wb") as handle:
            handle.write(data)
        del data
        outcome = plugin.run(path, shown, kwargs, timeout, max_memory_mb)
    return outcome, time.monotonic() - began


def _connect(address: str, jobs: int):
    """A Client of the scheduler at address, or of a LocalCluster of `jobs` one-thread workers; and the cluster."""
    from distributed import Client, LocalCluster

    if not address.strip():
        raise ClusterUnreachable("--dask", reason="no address given; give tcp://HOST:PORT or local")
    if address == "local":
        cluster = LocalCluster(
            n_workers=jobs,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        return Client(cluster), cluster
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterUnreachable(address, reason=str(error) or type(error).__name__) from None
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as error:
        client.close()
        reason = f"it has no worker after {CONNECT_TIMEOUT_S:g} s; start `dask worker {address}` on each node"
        raise ClusterUnreachable(address, reason=reason) from error
    return client, None


def _lost(task, error: BaseException) -> tuple:
    """The outcome of a file whose task Dask gave up on."""
    from distributed import KilledWorker

    if isinstance(error, KilledWorker):
        reason = "its Dask worker died each time it was tried (KilledWorker)"
        return ("error", str(WorkerCrashed(str(task.path), reason=reason)), WorkerCrashed.__name__)
    reason = f"its result was lost {RESEND_LIMIT + 1} times ({type(error).__name__}: {error})"
    return ("error", str(ClusterLost(str(task.path), reason=reason)), ClusterLost.__name__)


def run(
    address: str,
    pending: list,
    settle: Callable[[Any, tuple, float], None],
    tick: Callable[[], None],
    *,
    jobs: int,
    timeout: Optional[float],
    max_memory_mb: Optional[int],
    **reading: Any,
) -> None:
    """Every pending file (path, sha256, letter_id) through the cluster; settle(task, outcome, seconds) each once."""
    from concurrent.futures import CancelledError

    from distributed import KilledWorker, as_completed

    client, cluster = _connect(address, jobs)
    owner: dict[str, Any] = {}
    try:
        client.register_plugin(PipelinePlugin(), name=PLUGIN_NAME)
        threads = sum(client.nthreads().values()) or jobs
        todo = iter(pending)
        futures = as_completed()

        sent: dict[str, int] = {}

        def send(task) -> bool:
            """Submit one file's task; False (the file reported) when it cannot be read."""
            try:
                data = Path(task.path).read_bytes()
            except OSError as error:
                settle(task, ("error", str(CannotRead(task.path, reason=error.strerror or error))), 0.0)
                return False
            sent[task.sha256] = sent.get(task.sha256, 0) + 1
            kwargs = dict(reading, letter_id=task.letter_id)
            future = client.submit(
                extract_file,
                data,
                Path(task.path).name,
                str(task.path),
                kwargs,
                timeout,
                max_memory_mb,
                key=f"letters-extract-{task.sha256[:16]}-{uuid.uuid4().hex[:8]}",
                pure=False,
            )
            owner[future.key] = task
            futures.add(future)
            return True

        def send_next() -> None:
            for task in todo:
                if send(task):
                    return

        for _ in range(max(2, IN_FLIGHT_PER_THREAD * threads)):
            send_next()
        checked = workers_seen = time.monotonic()
        gave_up = None
        while not futures.is_empty():
            now = time.monotonic()
            if now - checked > WORKER_CHECK_S:
                checked = now
                if client.scheduler_info().get("workers"):
                    workers_seen = now
                elif now - workers_seen > NO_WORKERS_S:
                    gave_up = f"the Dask cluster at {address} had no worker for {NO_WORKERS_S:g} s"
                    break
            if not futures.has_ready():
                tick()
                time.sleep(POLL_INTERVAL_S)
                continue
            future = next(futures)
            task = owner.pop(future.key)
            resend = False
            try:
                outcome, seconds = future.result(timeout=RESULT_WAIT_S)
            except (TimeoutError, asyncio.TimeoutError):
                # Its result went with its worker and Dask is computing it again (or fetching it is slow):
                # wait for it like any other, so a cluster left with no worker is reported, not waited on for ever.
                owner[future.key] = task
                futures.add(future)
                continue
            except KilledWorker as error:
                outcome, seconds = _lost(task, error), 0.0
            except (Exception, CancelledError) as error:
                # Our task never raises (a file's failure is its outcome): the result itself was lost.
                resend = sent[task.sha256] <= RESEND_LIMIT
                outcome, seconds = _lost(task, error), 0.0
            future.release()
            if resend:
                if not send(task):
                    send_next()
                continue
            settle(task, outcome, seconds)
            send_next()
        if gave_up is not None:
            # Every file still out, and every one not yet sent, is reported: none is dropped without a word.
            for task in list(owner.values()) + list(todo):
                settle(task, ("error", str(ClusterLost(str(task.path), reason=gave_up)), ClusterLost.__name__), 0.0)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
