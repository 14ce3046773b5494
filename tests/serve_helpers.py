"""A test store of real letters and a `letters serve` process on a free port, for the web app's tests."""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

from shared_paths import REPO_DIR, SHARED_DIR, require_shared

CORPUS_DIR = REPO_DIR / "corpus"
US_DIR = SHARED_DIR / "letters" / "us"
# A few of the real US letters (all of them take longer to crawl, not to ingest: about 4,200 URLs
# against 1,650). LETTERS_SERVE_US_LETTERS=all (or a number) runs the browser tests on more, as the
# issue's check on every letter of ../shared/letters/us plus corpus/ does.
US_LETTERS_ENV = "LETTERS_SERVE_US_LETTERS"
DEFAULT_US_LETTERS = 6


def us_letters_count() -> int | None:
    """How many of the real US letters the test store holds (None: all of them)."""
    given = os.environ.get(US_LETTERS_ENV, "").strip().lower()
    if given == "all":
        return None
    return int(given) if given else DEFAULT_US_LETTERS


SERVER_START_S = 60
SERVER_STOP_S = 10
# A letter whose text is full of markup and script: on every page it must show as text and never run.
HOSTILE_STEM = 'hostile_x"><svg onload=alert(1)>'
PAYLOADS = (
    "<script>window.__pwned = 'script';</script>",
    '"><img src=x onerror="window.__pwned = \'img\'">',
    "</textarea><svg onload=\"window.__pwned = 'svg'\">",
    "javascript:window.__pwned='link'",
    "{{ 7*7 }} {% raw %}",
    "\ue000marker\ue001",
)
HOSTILE_TEXT = f"""Brussels, 3 March 2024

Dear colleagues,

The European Commission will provide EUR 25 million to Tunisia {PAYLOADS[0]} for border management.

Frontex will support Libya {PAYLOADS[1]} under the Pact on Migration and Asylum.

Our partners in Egypt {PAYLOADS[2]} and {PAYLOADS[3]} remain key; {PAYLOADS[4]} {PAYLOADS[5]}.

Yours sincerely,

<script>window.__pwned = 'signature';</script>
"""


# The crawl is bounded. Ours: every link with at most one filter (each letter, mention, page
# image, diff, facet value, timeline subject...), and up to MAX_COMBINATIONS links that combine
# filters (facet upon facet is combinatorial). Datasette's own pages (every row, sort and facet of
# every table): up to MAX_DATASETTE_PAGES.
MAX_DATASETTE_PAGES = 150
MAX_COMBINATIONS = 300
MAX_CRAWL = 8000
CRAWL_TIMEOUT_S = 60


def cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run `letters ARGS` in a fresh process of this Python, with this checkout on the path."""
    env = {**os.environ, "PYTHONPATH": str(REPO_DIR)}
    return subprocess.run(
        [sys.executable, "-m", "extractor.cli", *args], capture_output=True, text=True, timeout=timeout, env=env
    )


def build_test_store(folder: Path) -> Path:
    """Ingest corpus/, a few real US letters and a hostile letter into folder/letters.db."""
    us = sorted(require_shared(US_DIR).glob("us_*.txt"))[: us_letters_count()]
    hostile = folder / "hostile" / f"{HOSTILE_STEM}.txt"
    hostile.parent.mkdir(parents=True)
    hostile.write_text(HOSTILE_TEXT, encoding="utf-8")
    db = folder / "letters.db"
    result = cli("ingest", str(CORPUS_DIR), *map(str, us), str(hostile), "--db", str(db))
    assert result.returncode == 0, result.stderr[-2000:]
    return db


def free_port() -> int:
    """A port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def file_digest(path: Path) -> str:
    """The sha256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@contextlib.contextmanager
def running_server(db: Path, port: int | None = None, *extra: str):
    """`letters serve --db DB --port PORT` as a process; yields its base URL and stops it after."""
    port = port or free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO_DIR)}
    process = subprocess.Popen(
        [sys.executable, "-m", "extractor.cli", "serve", "--db", str(db), "--port", str(port), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_S
        while True:
            if process.poll() is not None:
                raise AssertionError(f"letters serve exited {process.returncode}: {process.stderr.read()[-2000:]}")
            try:
                with urllib.request.urlopen(base + "/-/letters/static/serve.css", timeout=5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise AssertionError("letters serve did not answer in time") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(SERVER_STOP_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Links(HTMLParser):
    """Every link, image, stylesheet and script a page names."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for attribute in ("href", "src"):
            if values.get(attribute):
                self.found.append(values[attribute])


def crawl(base: str) -> tuple[set[str], list[str], tuple[int, int]]:
    """Follow every link, image, stylesheet and script from / (bounded as above): URLs seen, failures, counts."""
    seen, queue, failures = {"/"}, deque(["/"]), []
    datasette_pages = combinations = 0
    while queue:
        path = queue.popleft()
        try:
            with urllib.request.urlopen(base + path, timeout=CRAWL_TIMEOUT_S) as response:
                kind = response.headers.get("content-type", "")
                body = response.read()
        except urllib.error.HTTPError as error:
            failures.append(f"{path}: {error.code}")
            continue
        if not kind.startswith("text/html"):
            continue
        parser = Links()
        parser.feed(body.decode("utf-8"))
        for link in parser.found:
            url = urlsplit(urljoin(base + path, link))
            if f"{url.scheme}://{url.netloc}" != base:
                # Datasette's footer names its home page; our pages link nowhere outside the app.
                if not path.startswith(("/store", "/-/")):
                    failures.append(f"{path}: links outside the app: {link}")
                continue
            target = url.path + (f"?{url.query}" if url.query else "")
            if target in seen:
                continue
            if url.path.startswith("/store"):
                datasette_pages += 1
                if datasette_pages > MAX_DATASETTE_PAGES:
                    continue
            elif len(parse_qs(url.query)) > 1:
                combinations += 1
                if combinations > MAX_COMBINATIONS:
                    continue
            seen.add(target)
            queue.append(target)
        if len(seen) >= MAX_CRAWL:
            failures.append(f"the crawl did not end within {MAX_CRAWL} URLs")
            break
    followed = (min(datasette_pages, MAX_DATASETTE_PAGES), min(combinations, MAX_COMBINATIONS))
    return seen, failures, followed
