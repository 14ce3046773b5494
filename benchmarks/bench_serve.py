"""`letters serve` under a bounded local load: 8 clients × 200 requests over the project's pages.

The store holds corpus/ and the real US letters of ../shared/letters/us (corpus/ alone when
../shared is not here). The server runs as `letters serve` in its own process on 127.0.0.1; each
client is a thread sending its requests one after the other. Figures: p50, p95 and max latency,
requests per second and errors, for our pages and, as the baseline in the same run, for
Datasette's own table page over the same store (the framework's cost without our work).
"""

from __future__ import annotations

import concurrent.futures
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
US_LETTERS = REPO.parent / "shared" / "letters" / "us"
CLIENTS = 8
REQUESTS = 200
QUICK_REQUESTS = 25
REQUEST_TIMEOUT_S = 60
START_TIMEOUT_S = 60
# The baseline: Datasette's own page of the letters table, 20 rows.
BASELINE_PATHS = ["/store/letters?_size=20"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _letters(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "extractor.cli", *args], capture_output=True, text=True, env=env)


def _get(port: int, path: str) -> tuple[float, int]:
    start = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT_S)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        status = response.status
    except OSError:
        status = 0
    finally:
        connection.close()
    return time.perf_counter() - start, status


def _paths(port: int) -> list[str]:
    """A mix of every kind of page, found from the store's own JSON."""
    _, _ = _get(port, "/")
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT_S)
    connection.request("GET", "/letters.json")
    letters = json.loads(connection.getresponse().read())["letters"]
    connection.close()
    ids = [r["id"] for r in letters]
    subjects = [f["value"] for f in json.loads(_read(port, "/letters.json"))["facets"]["country"][:3]]
    return [
        "/",
        "/?q=security",
        f"/?country={subjects[0]}",
        *[f"/letters/{letter}" for letter in ids[:4]],
        f"/letters/{ids[0]}/mentions/1",
        "/commitments",
        "/commitments.json?sort=-amount",
        f"/diff/{ids[1]}/{ids[0]}",
        "/graph",
        f"/timeline?country={subjects[1]}",
        "/sql?sql=SELECT+letter_id%2C+date+FROM+letters+ORDER+BY+date+DESC+LIMIT+50",
    ]


def _read(port: int, path: str) -> bytes:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT_S)
    connection.request("GET", path)
    body = connection.getresponse().read()
    connection.close()
    return body


def _load(port: int, paths: list[str], requests: int) -> dict:
    """CLIENTS threads, each sending `requests` GETs in turn over the paths; latencies and errors."""

    def client(offset: int) -> list[tuple[float, int]]:
        return [_get(port, paths[(offset + i) % len(paths)]) for i in range(requests)]

    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(CLIENTS) as pool:
        results = [r for batch in pool.map(client, range(CLIENTS)) for r in batch]
    wall = time.perf_counter() - start
    latencies = sorted(t for t, _ in results)
    return {
        "requests": len(results),
        "errors": sum(1 for _, status in results if status != 200),
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[int(0.95 * (len(latencies) - 1))] * 1000,
        "max_ms": latencies[-1] * 1000,
        "per_s": len(results) / wall,
    }


def _line(name: str, figures: dict) -> str:
    return (
        f"{name:<34} {figures['requests']:>5} requests, {figures['errors']} errors: p50 {figures['p50_ms']:7.1f} ms,"
        f" p95 {figures['p95_ms']:7.1f} ms, max {figures['max_ms']:7.1f} ms, {figures['per_s']:6.1f} req/s"
    )


def run(quick: bool = False) -> None:
    """Build the store, serve it, load it, print the figures beside the baseline."""
    requests = QUICK_REQUESTS if quick else REQUESTS
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "letters.db"
        sources = [str(CORPUS)] + ([str(US_LETTERS)] if US_LETTERS.is_dir() else [])
        built = _letters("ingest", *sources, "--db", str(db))
        if built.returncode != 0:
            raise SystemExit(f"bench serve: ingest failed: {built.stderr[-500:]}")
        count = _letters("sql", "SELECT COUNT(*) FROM letters", "--db", str(db), "--csv").stdout.split()[-1]
        port = _free_port()
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        server = subprocess.Popen(
            [sys.executable, "-m", "extractor.cli", "serve", "--db", str(db), "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        try:
            deadline = time.monotonic() + START_TIMEOUT_S
            while _get(port, "/-/letters/static/serve.css")[1] != 200:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("bench serve: the server did not start")
                time.sleep(0.2)
            paths = _paths(port)
            # One pass first: the graph and timelines are computed once per state of the store.
            for path in paths:
                _get(port, path)
            print(f"letters serve: {count} letters, {CLIENTS} clients x {requests} requests each (under other load)")
            print(_line("baseline: Datasette's table page", _load(port, BASELINE_PATHS, requests)))
            print(_line(f"our pages ({len(paths)} kinds, mixed)", _load(port, paths, requests)))
            for path in ("/", "/graph", paths[3], "/commitments"):
                print(_line(f"  {path[:32]}", _load(port, [path], max(requests // 4, 5))))
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
