"""Bad arguments to every command: one line naming the argument or file and the reason, exit 2 or 1, no traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.store.database import Store

LETTER = Path(__file__).resolve().parents[2] / "letters" / "series" / "med_1.txt"
TOO_LONG = "/tmp/" + "a" * 300 + ".txt"
NOT_UTF8 = os.fsdecode(b"\xff\xfe")
# A file no one may create, root included (sysfs refuses new files).
FORBIDDEN = "/sys/kernel/letters-test.html"


@pytest.fixture(scope="module")
def paths(tmp_path_factory):
    folder = tmp_path_factory.mktemp("badargs")
    not_sqlite = folder / "not.db"
    not_sqlite.write_text("hello, not a database\n" * 10)
    db = folder / "letters.db"
    Store(db).close()
    return {"db": str(db), "not_sqlite": str(not_sqlite), "folder": str(folder)}


CASES = [
    # (args, exit status, what the line must name)
    (["text", TOO_LONG], 1, "File name too long"),
    (["extract", TOO_LONG], 1, "File name too long"),
    (["digest", TOO_LONG], 1, "File name too long"),
    (["show", TOO_LONG, "--html", "{folder}/x.html"], 1, "File name too long"),
    (["show", str(LETTER), "--html", "/dev/full"], 1, "/dev/full: cannot write (No space left on device)"),
    (["show", str(LETTER), "--html", FORBIDDEN], 1, f"{FORBIDDEN}: cannot write (Permission denied)"),
    (["graph", "export", str(LETTER), "-o", "/dev/full", "--format", "json"], 1, "/dev/full: cannot write"),
    (["graph", "export", str(LETTER), "-o", FORBIDDEN], 1, "Permission denied"),
    (["diff", str(LETTER), str(LETTER), "--html", "/dev/full"], 1, "/dev/full: cannot write"),
    (["ingest", str(LETTER), "--db", "{not_sqlite}"], 1, "{not_sqlite}"),
    (["ingest", str(LETTER), "--db", "{db}", "--timeout", "nan"], 2, "--timeout"),
    (["ingest", str(LETTER), "--db", "{db}", "--timeout", "inf"], 2, "--timeout"),
    (["ingest", str(LETTER), "--db", "{db}", "--timeout", "-1"], 2, "--timeout"),
    (["ingest", TOO_LONG, "--db", "{db}"], 1, "File name too long"),
    (["ingest", NOT_UTF8, "--db", "{db}"], 2, "not UTF-8"),
    (["query", "commitments", "--db", "{not_sqlite}"], 1, "{not_sqlite}"),
    (["query", "commitments", "--db", TOO_LONG], 1, "File name too long"),
    (["query", "commitments", "--db", "{db}", "--limit", str(2**63)], 2, "--limit"),
    (["query", "commitments", "--db", "{db}", "--limit", "-1"], 2, "--limit"),
    (["query", "mentions", "x", "--db", "{db}", "--limit", str(2**64)], 2, "--limit"),
    (["query", "entities", "--db", "{db}", "--top", str(2**63)], 2, "--top"),
    (["query", "commitments", "--db", "{db}", "--since", "0000"], 2, "0000: not a date"),
    (["query", "commitments", "--db", "{db}", "--until", "2024-13-45"], 2, "not a date"),
    (["query", "commitments", "--db", "{db}", "--country", NOT_UTF8], 2, "--country: \\xff\\xfe: not UTF-8"),
    (["query", "mentions", NOT_UTF8, "--db", "{db}"], 2, "not UTF-8"),
    (["sql", NOT_UTF8, "--db", "{db}"], 2, "not UTF-8"),
    (["sql", "SELECT 1", "--db", "{not_sqlite}"], 1, "{not_sqlite}"),
    (["timeline", "--country", NOT_UTF8, "--db", "{db}"], 2, "not UTF-8"),
    (["timeline", "--country", "TUN", "--db", "{not_sqlite}"], 1, "{not_sqlite}"),
    (["text", NOT_UTF8], 2, "not UTF-8"),
    (["graph", "neighbors", NOT_UTF8, "--db", "{db}"], 2, "not UTF-8"),
    (["graph", "neighbors", "TUN", "--db", "{not_sqlite}"], 1, "{not_sqlite}"),
    (["diff", NOT_UTF8, "x", "--db", "{db}"], 2, "not UTF-8"),
    (["eval", TOO_LONG], 2, "GOLD_DIR"),
    (["query", "commitments", "--nonsense"], 2, "--nonsense"),
]


@pytest.mark.parametrize("args, status, names", CASES, ids=[" ".join(c[0])[:60] for c in CASES])
def test_bad_argument_is_one_line_and_its_status(paths, args, status, names):
    if FORBIDDEN in args and not Path("/sys/kernel").is_dir():
        pytest.skip("no sysfs here to refuse a file")
    args = [a.format(**paths) for a in args]
    result = CliRunner().invoke(main, args)
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == status, result.output
    assert "Traceback" not in result.output
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("letters: "), result.output
    assert names.format(**paths) in lines[0]
