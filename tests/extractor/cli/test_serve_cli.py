"""`letters serve` on the command line: one-line errors, the default address, the store left as it was."""

from __future__ import annotations

import socket
import urllib.request
from pathlib import Path

import pytest
from serve_helpers import cli, file_digest, free_port, running_server
from store_samples import STORE_LETTERS

from extractor.store.database import Store

PROC_TCP = Path("/proc/net/tcp")
TCP_LISTEN = "0A"


def listening_addresses(port: int) -> set[str]:
    """The IPv4 addresses a socket listens on at port, from /proc/net/tcp."""
    if not PROC_TCP.exists():
        pytest.skip("no /proc/net/tcp here")
    found = set()
    for line in PROC_TCP.read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, _, hex_port = local.partition(":")
        if state == TCP_LISTEN and int(hex_port, 16) == port:
            found.add(socket.inet_ntoa(bytes.fromhex(address)[::-1]))
    return found


@pytest.mark.slow
def test_a_missing_store_is_one_line(tmp_path):
    result = cli("serve", "--db", str(tmp_path / "none.db"), "--port", "0", timeout=60)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "none.db" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_a_file_that_is_not_a_store_is_one_line(tmp_path):
    other = tmp_path / "notes.db"
    other.write_text("not sqlite")
    result = cli("serve", "--db", str(other), timeout=60)
    assert result.returncode == 1 and "not a letters store" in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.slow
def test_it_listens_on_this_machine_only_and_leaves_the_store_as_it_was(tmp_path):
    db = tmp_path / "letters.db"
    with Store(db) as store:
        for letter in STORE_LETTERS:
            store.save(letter)
    before = file_digest(db)
    port = free_port()
    with running_server(db, port) as base:
        assert base == f"http://127.0.0.1:{port}"
        for path in ("/", "/letters/tn_2024", "/commitments", "/graph", "/timeline?country=TUN", "/sql?sql=SELECT+1"):
            with urllib.request.urlopen(base + path, timeout=30) as response:
                assert response.status == 200
        # Taken already: a second server on the port is one line, exit 1.
        busy = cli("serve", "--db", str(db), "--port", str(port), timeout=60)
        assert busy.returncode == 1 and "--port" in busy.stderr and busy.stderr.count("\n") == 1
        # Bound to 127.0.0.1 only: the kernel's table of listening sockets says so (no traffic sent).
        assert listening_addresses(port) == {"127.0.0.1"}
    assert file_digest(db) == before
    # Nothing beside the store either (no journal, no WAL, no export).
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letters.db"]
