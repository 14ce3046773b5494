"""Headless Chromium for tests that check an HTML view as a person's browser would show it."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

DEFAULT_TIMEOUT_S = 90
DEFAULT_BUDGET_MS = 5000
# Without these flags Chromium keeps trying the network, which is closed here.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)


def chromium_binary() -> str | None:
    """Return the path of a Chromium binary, or None."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def require_chromium() -> str:
    """Return Chromium's path; fail in CI (make test installs it), skip elsewhere."""
    binary = chromium_binary()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: `make test` installs it (tools/install-test-deps.sh)")
        pytest.skip("Chromium not installed; `make test-deps` installs it")
    return binary


def _run(args: list[str], timeout: int) -> subprocess.CompletedProcess:
    binary = require_chromium()
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
        )


def dump_dom(html_file: Path, budget_ms: int = DEFAULT_BUDGET_MS, timeout: int = DEFAULT_TIMEOUT_S) -> str:
    """Load a local HTML file, let its scripts run, and return the DOM as serialised after that."""
    result = _run([f"--virtual-time-budget={budget_ms}", "--dump-dom", Path(html_file).resolve().as_uri()], timeout)
    if result.returncode != 0:
        raise AssertionError(f"chromium failed ({result.returncode}): {result.stderr[-2000:]}")
    return result.stdout


def screenshot(html_file: Path, png: Path, size: str = "1280,900", timeout: int = DEFAULT_TIMEOUT_S) -> Path:
    """Render a local HTML file to a PNG screenshot and return its path."""
    result = _run(
        [f"--window-size={size}", f"--screenshot={Path(png).resolve()}", Path(html_file).resolve().as_uri()],
        timeout,
    )
    if result.returncode != 0 or not Path(png).exists():
        raise AssertionError(f"chromium screenshot failed: {result.stderr[-2000:]}")
    return Path(png)
