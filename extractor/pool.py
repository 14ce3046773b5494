"""Long-lived worker processes that each run many files' work, one file at a time, under the per-file limits.

A worker loads the pipeline once (forked from a warm parent, or spawned afresh and warming itself)
and then reads tasks from its pipe. Before each file it sets its address-space limit to what it
holds now plus the file's allowance, so `--max-memory` means what it meant for a process per file.
A worker past its deadline is killed by the parent and replaced; one that ran out of memory,
crashed on a bug of ours, or grew by more than RECYCLE_GROWTH_MB retires after sending its result,
so one bad file never taints the next. Results come back as in `sandbox`: ("ok", model JSON) or
("error", one-line message, error class name).

`Pool` multiplexes workers for a single-threaded parent (local ingest); `Worker.run` is the
blocking call a Dask task makes. Nothing here imports spaCy or pdfplumber at start-up.
"""

from __future__ import annotations

import ctypes
import importlib
import multiprocessing
import os
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterator, Optional

from extractor import sandbox
from extractor.errors import OutOfMemory, TimedOut, WorkerCrashed

# The extraction a spawned worker runs when none is named.
DEFAULT_FUNC = "extractor.records.extract:extract_path"
# A worker whose resident memory grew this much past its start retires: leaks and fragmentation stay bounded.
RECYCLE_GROWTH_MB = 768
# A worker retires after this many files anyway (cheap insurance against slow leaks in libraries).
MAX_TASKS_PER_WORKER = 500
# Errors after which a worker's state cannot be trusted for another file.
RETIRE_AFTER = frozenset({OutOfMemory.__name__, WorkerCrashed.__name__})
# How long a spawned worker may take to import and warm the pipeline before it counts as broken.
SPAWN_READY_S = 300.0
# How often a spawned worker checks that the process that started it still exists.
ORPHAN_CHECK_S = 1.0
# How long the parent waits for a worker that retired or was killed to be reaped.
REAP_S = 5.0
POLL_INTERVAL_S = 0.25
_PR_SET_PDEATHSIG = 1


def _statm(field: int) -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[field]) * resource.getpagesize()


def _limit_memory(max_memory_mb: Optional[int]) -> None:
    """Allow this process its current address space plus max_memory_mb (soft limit: the next file may change it)."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = resource.RLIM_INFINITY
    if max_memory_mb:
        soft = _statm(0) + max_memory_mb * 1024 * 1024
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def resolve(spec: str) -> Callable[..., Any]:
    """The function named "module:name"."""
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def serve(conn: Connection, func: Callable[..., Any]) -> None:
    """Worker loop: for each ("run", path, shown, kwargs, max_memory_mb) run func and reply; stop at EOF or retiring."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    baseline = _statm(1)
    for done in range(1, MAX_TASKS_PER_WORKER + 1):
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        _kind, path, shown, kwargs, max_memory_mb = task
        _limit_memory(max_memory_mb)
        try:
            result = func(path, **kwargs)
            if shown != path:
                # The file was read from a copy (it travelled to this machine): records name the original.
                result.letter.source = shown
            message = ["ok", result.model_dump_json(), None]
            del result
        except BaseException as error:  # noqa: B036 - every failure of a file becomes its reason
            refused = sandbox.failure(shown, error, max_memory_mb)
            text = str(refused) if shown == path else str(refused).replace(path, shown)
            message = ["error", sandbox.one_line(text), type(refused).__name__]
        _limit_memory(None)
        retiring = (
            message[2] in RETIRE_AFTER
            or _statm(1) - baseline > RECYCLE_GROWTH_MB * 1024 * 1024
            or done == MAX_TASKS_PER_WORKER
        )
        try:
            conn.send((*message, retiring))
        except MemoryError:
            conn.send(("error", str(OutOfMemory(shown, limit=max_memory_mb)), OutOfMemory.__name__, True))
        if retiring:
            return


def _forked_main(conn: Connection, func: Callable[..., Any]) -> None:
    """A forked worker: die with the parent, serve, and leave without running the parent's exit handlers."""
    try:
        try:
            # Die with the parent: a killed command leaves no worker still chewing on a PDF.
            ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
        serve(conn, func)
    finally:
        os._exit(0)


def _watch_parent(parent: int) -> None:
    """Exit when the process that spawned this one is gone (a Dask worker killed mid-file takes its sandbox along)."""
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK_S)
    os._exit(1)


def _spawned_main(argv: list[str]) -> None:
    """A spawned worker (`python -m extractor.pool FD PARENT_PID FUNC`): warm up, say ready, serve."""
    fd, parent, spec = int(argv[0]), int(argv[1]), argv[2]
    conn = Connection(fd)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    func = resolve(spec)
    sandbox.warm_up(func)
    conn.send(("ready",))
    serve(conn, func)
    os._exit(0)


class Worker:
    """One long-lived worker process and the parent's end of its pipe."""

    def __init__(self, func: Optional[Callable[..., Any]] = None, spec: str = DEFAULT_FUNC, spawn: bool = False):
        """Start a worker: forked (running func, the parent being warm) or spawned (importing spec and warming itself)."""
        self.spawn = spawn
        self.retiring = False
        self.ready = not spawn
        self.task: Optional[tuple] = None
        self.key: Any = None
        self.started = 0.0
        self.served = 0
        if spawn:
            parent_end, child_end = socket.socketpair()
            self._process = subprocess.Popen(
                [sys.executable, "-m", "extractor.pool", str(child_end.fileno()), str(os.getpid()), spec],
                pass_fds=(child_end.fileno(),),
                stdin=subprocess.DEVNULL,
            )
            child_end.close()
            self.conn = Connection(parent_end.detach())
        else:
            context = multiprocessing.get_context("fork")
            parent_end, child_end = context.Pipe(duplex=True)
            self._process = context.Process(target=_forked_main, args=(child_end, func), daemon=True)
            self._process.start()
            child_end.close()
            self.conn = parent_end

    @property
    def pid(self) -> int:
        """The worker's process id."""
        return self._process.pid

    def exitcode(self, grace: float = REAP_S) -> Optional[int]:
        """Wait up to grace seconds for the worker to end; its exit code (negative: the signal), None if alive."""
        if self.spawn:
            try:
                return self._process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                return None
        self._process.join(timeout=grace)
        return self._process.exitcode

    def kill(self) -> None:
        """Kill the worker and reap it."""
        try:
            self._process.kill()
        except (ProcessLookupError, OSError):
            pass
        self.exitcode(grace=REAP_S)
        self.conn.close()

    def wait_ready(self, timeout: float = SPAWN_READY_S) -> bool:
        """Wait for a spawned worker to load the pipeline; False when it died or took too long."""
        if self.ready:
            return True
        if self.conn.poll(timeout):
            try:
                self.ready = self.conn.recv() == ("ready",)
            except (EOFError, OSError):
                self.ready = False
        return self.ready

    def send(self, path: str, shown: str, kwargs: dict, max_memory_mb: Optional[int]) -> None:
        """Give the worker one file's work."""
        self.task = (path, shown)
        self.started = time.monotonic()
        self.conn.send(("run", path, shown, kwargs, max_memory_mb))

    def receive(self, max_memory_mb: Optional[int]) -> tuple:
        """The outcome of the file sent, the pipe being readable: its reply, or the crash that closed the pipe."""
        shown = self.task[1]
        self.task = None
        self.served += 1
        try:
            kind, payload, name, self.retiring = self.conn.recv()
        except (EOFError, OSError):
            self.retiring = True
            return ("error", str(sandbox.crash(shown, self.exitcode(grace=1), max_memory_mb)), WorkerCrashed.__name__)
        return (kind, payload) if kind == "ok" else (kind, payload, name)

    def time_out(self, timeout: float) -> tuple:
        """Kill the worker past its file's deadline; the file's outcome."""
        shown = self.task[1]
        self.task = None
        self.retiring = True
        self.kill()
        return ("error", str(TimedOut(shown, seconds=f"{timeout:g}")), TimedOut.__name__)

    def run(self, path: str, shown: str, kwargs: dict, timeout: Optional[float], max_memory_mb: Optional[int]) -> tuple:
        """One file's work, blocking: its outcome within timeout seconds (killing the worker past it)."""
        if not self.wait_ready():
            self.retiring = True
            self.kill()
            return (
                "error",
                str(WorkerCrashed(shown, reason="its worker could not load the pipeline")),
                "WorkerCrashed",
            )
        self.send(path, shown, kwargs, max_memory_mb)
        if self.conn.poll(timeout):
            return self.receive(max_memory_mb)
        return self.time_out(timeout)


class Pool:
    """Up to `size` long-lived workers running queued files' work; completions yielded as they happen."""

    def __init__(
        self,
        func: Optional[Callable[..., Any]],
        size: int,
        timeout: Optional[float] = sandbox.DEFAULT_TIMEOUT_S,
        max_memory_mb: Optional[int] = sandbox.DEFAULT_MAX_MEMORY_MB,
        spawn: bool = False,
        spec: str = DEFAULT_FUNC,
    ):
        """A pool; no worker starts before there is work for it."""
        self.func, self.size, self.spawn, self.spec = func, max(1, int(size)), spawn, spec
        self.timeout, self.max_memory_mb = timeout, max_memory_mb
        self.queue: deque = deque()
        self.workers: list[Worker] = []
        self.started = 0  # how many worker processes were started, replacements included

    def submit(self, key: Any, path: str, kwargs: dict, shown: Optional[str] = None) -> None:
        """Queue one file's work; key comes back with its outcome."""
        self.queue.append((key, str(path), str(shown or path), kwargs))

    def _new_worker(self) -> Worker:
        self.started += 1
        return Worker(self.func, self.spec, spawn=self.spawn)

    def _dispatch(self) -> None:
        """Give queued files to idle workers, replacing retired ones and starting new ones up to size."""
        for index, worker in enumerate(self.workers):
            if not self.queue:
                return
            if worker.task is None:
                if worker.retiring:
                    worker.kill()
                    worker = self.workers[index] = self._new_worker()
                if not worker.ready:
                    continue
                key, path, shown, kwargs = self.queue.popleft()
                worker.key = key
                worker.send(path, shown, kwargs, self.max_memory_mb)
        while self.queue and len(self.workers) < self.size:
            self.workers.append(self._new_worker())
            self._dispatch()

    def completed(self, poll: float = POLL_INTERVAL_S) -> Iterator[Optional[tuple[Any, tuple, float]]]:
        """Yield (key, outcome, seconds) per file as each finishes, and None every `poll` seconds while waiting."""
        while True:
            self._dispatch()
            busy = [w for w in self.workers if w.task is not None]
            starting = [w for w in self.workers if not w.ready and not w.retiring]
            if not busy and not starting:
                if not self.queue:
                    return
            now = time.monotonic()
            wake = poll
            if self.timeout and busy:
                wake = min(wake, max(0.0, min(w.started + self.timeout for w in busy) - now))
            ready = set(wait([w.conn for w in busy + starting], timeout=wake))
            for worker in starting:
                if worker.conn in ready and not worker.wait_ready(timeout=0):
                    worker.retiring = True
                    if self.queue:
                        key, _path, shown, _kwargs = self.queue.popleft()
                        reason = WorkerCrashed(shown, reason="its worker could not load the pipeline")
                        yield key, ("error", str(reason), WorkerCrashed.__name__), 0.0
            for worker in busy:
                if worker.conn in ready:
                    seconds, key = time.monotonic() - worker.started, worker.key
                    outcome = worker.receive(self.max_memory_mb)
                elif self.timeout and time.monotonic() - worker.started > self.timeout:
                    seconds, key = time.monotonic() - worker.started, worker.key
                    outcome = worker.time_out(self.timeout)
                else:
                    continue
                # The worker's next file before this one's outcome goes back: it reads while the
                # caller stores (a save waits ~40 ms on the disk; the worker sat idle through it).
                self._dispatch()
                yield key, outcome, seconds
            yield None

    def close(self) -> None:
        """Stop every worker (idle ones end at the closed pipe; busy ones are killed)."""
        for worker in self.workers:
            if worker.task is None and worker.ready and not worker.retiring:
                worker.conn.close()
                if worker.exitcode(grace=1) is not None:
                    continue
            worker.kill()
        self.workers.clear()


if __name__ == "__main__":
    _spawned_main(sys.argv[1:])
