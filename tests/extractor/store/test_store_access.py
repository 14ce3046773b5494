"""Opening the store only as each command needs: readers never create, upgrade or touch it; `sql` only reads."""

from __future__ import annotations

import hashlib
import sqlite3
import time
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_samples import STORE_LETTERS

from extractor.cli import main
from extractor.errors import StoreError
from extractor.store import query
from extractor.store.database import APPLICATION_ID, SCHEMA_VERSION, Store

# Every command that reads the store, with the arguments it needs.
READ_COMMANDS = [
    ["query", "commitments"],
    ["query", "mentions", "TUN"],
    ["query", "entities"],
    ["sql", "SELECT 1"],
    ["timeline", "--country", "TUN"],
    ["graph", "neighbors", "TUN"],
    ["graph", "path", "TUN", "LBY"],
    ["diff", "tn_2024", "ma_2025"],
]


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in folder and the sha256 of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def make_store(path: Path) -> Path:
    with Store(path) as store:
        for letter in STORE_LETTERS:
            store.save(letter)
    return path


def other_databases(folder: Path) -> dict[str, Path]:
    """Files that are not letters stores: other SQLite databases (rollback and WAL mode) and not SQLite at all."""
    made = {}
    for name, mode, pragmas in (
        ("notes.db", "delete", ""),
        ("notes_wal.db", "wal", ""),
        ("tagged.db", "delete", "PRAGMA application_id = 1234; PRAGMA user_version = 2;"),
        ("versioned.db", "delete", "PRAGMA user_version = 3;"),
    ):
        conn = sqlite3.connect(folder / name)
        conn.execute(f"PRAGMA journal_mode = {mode}")
        conn.executescript(pragmas + "CREATE TABLE letters (x); INSERT INTO letters VALUES ('mine');")
        conn.close()
        made[name] = folder / name
    (folder / "text.db").write_text("just some text, not SQLite\n")
    made["text.db"] = folder / "text.db"
    return made


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_every_read_command_leaves_a_file_that_is_not_a_store_untouched(tmp_path, command):
    dbs = other_databases(tmp_path)
    before = fingerprint(tmp_path)
    for path in dbs.values():
        result = run(*command, "--db", path)
        assert result.exit_code == 1, (path.name, result.output)
        assert result.output.count("\n") == 1, result.output
        assert result.output.startswith(f"letters: {path}: not a letters store ("), result.output
    assert fingerprint(tmp_path) == before


def test_ingest_refuses_a_file_that_is_not_a_store_and_leaves_it_untouched(tmp_path):
    dbs = other_databases(tmp_path)
    letter = tmp_path / "in" / "a.txt"
    letter.parent.mkdir()
    letter.write_text("2025-01-01\nThe European Commission will provide EUR 3 million to Chad.\n")
    before = fingerprint(tmp_path)
    for path in dbs.values():
        result = run("ingest", letter, "--db", path)
        assert result.exit_code == 1 and "not a letters store" in result.output, result.output
    assert fingerprint(tmp_path) == before


def test_a_reader_never_creates_a_store_or_a_file_beside_it(tmp_path):
    for command in READ_COMMANDS:
        result = run(*command, "--db", tmp_path / "none.db")
        assert result.exit_code == 1 and "no store here yet" in result.output, result.output
    assert list(tmp_path.iterdir()) == []
    make_store(tmp_path / "l.db")
    before = fingerprint(tmp_path)
    assert run("query", "entities", "--db", tmp_path / "l.db").exit_code == 0
    assert run("timeline", "--country", "TUN", "--db", tmp_path / "l.db").exit_code == 0
    # No -journal, -wal or -shm: a reader needs read permission on the store file only.
    assert fingerprint(tmp_path) == before


def test_a_new_store_is_marked_and_kept_in_rollback_journal_mode(tmp_path):
    make_store(tmp_path / "l.db")
    conn = sqlite3.connect(tmp_path / "l.db")
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_wal_store_of_an_earlier_release_is_converted_and_marked_by_a_writer(tmp_path):
    path = make_store(tmp_path / "l.db")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA application_id = 0")
    conn.close()
    with Store(path, readonly=True) as store:
        assert len(store.letters()) == len(STORE_LETTERS)
    Store(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def downgrade_to_v1(path: Path) -> None:
    """Make a current store look as schema 1 left it (what an old release wrote)."""
    conn = sqlite3.connect(path, isolation_level=None)
    # Schema 6's: the records uncompressed in extraction_json again, no day bounds.
    conn.execute("ALTER TABLE letters ADD COLUMN extraction_json TEXT NOT NULL DEFAULT ''")
    for row_id, blob in conn.execute("SELECT row_id, extraction_zlib FROM letters").fetchall():
        conn.execute(
            "UPDATE letters SET extraction_json = ? WHERE row_id = ?", (zlib.decompress(blob).decode(), row_id)
        )
    conn.execute("DROP TABLE IF EXISTS commitment_rows")  # schema 9's
    for index in ("commitments_by_last_day", "commitments_by_first_day", "commitments_by_top_value"):
        conn.execute(f"DROP INDEX IF EXISTS {index}")  # schema 6's (gone from schema 9 on)
    for column in ("first_day", "last_day", "beneficiaries_json"):
        conn.execute(f"ALTER TABLE commitments DROP COLUMN {column}")
    conn.execute("ALTER TABLE letters DROP COLUMN extraction_zlib")
    for index in ("entities_by_count", "entities_by_type_count", "commitments_by_sentence", "commitments_by_period"):
        conn.execute(f"DROP INDEX IF EXISTS {index}")
    for table, column in (
        ("entities", "letters"),
        ("entities", "mentions"),
        ("commitments", "period_start"),
        ("commitments", "period_end"),
        ("mentions", "context"),  # schema 5's
    ):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("DROP TABLE IF EXISTS actions")  # schema 4's
    conn.execute("DROP TABLE IF EXISTS renditions")  # schema 7's
    conn.execute("DROP TABLE IF EXISTS letter_text")  # schema 8's
    conn.execute("PRAGMA user_version = 1")
    conn.execute("PRAGMA application_id = 0")
    conn.close()


def test_an_old_store_is_read_as_it_is_or_refused_by_a_reader_never_upgraded(tmp_path):
    path = make_store(tmp_path / "l.db")
    downgrade_to_v1(path)
    before = fingerprint(tmp_path)
    refused = run("query", "entities", "--db", path)
    assert refused.exit_code == 1 and refused.output.count("\n") == 1
    assert f"older release (schema 1, this command needs {SCHEMA_VERSION})" in refused.output
    assert "run `letters ingest`" in refused.output
    # Commands that read each letter's records read the old store as it is.
    timeline = run("timeline", "--country", "TUN", "--db", path, "--json")
    assert timeline.exit_code == 0 and "tn_2024" in timeline.output
    assert run("graph", "neighbors", "TUN", "--db", path).exit_code == 0
    assert (
        run("sql", "SELECT COUNT(*) FROM letters", "--db", path, "--csv").output == f"COUNT(*)\n{len(STORE_LETTERS)}\n"
    )
    assert fingerprint(tmp_path) == before
    # A writer upgrades it; then every reader reads it.
    Store(path).close()
    assert run("query", "entities", "--db", path).exit_code == 0
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


@pytest.fixture()
def store_path(tmp_path):
    return make_store(tmp_path / "l.db")


@pytest.mark.parametrize(
    "statement, refused",
    [
        ("ATTACH DATABASE '{folder}/attached.db' AS other", "ATTACH (and VACUUM INTO)"),
        ("VACUUM INTO '{folder}/copy.db'", "ATTACH (and VACUUM INTO)"),
        ("INSERT INTO failures (path, reason, at) VALUES ('p', 'r', 'now')", "INSERT"),
        ("DELETE FROM letters", "DELETE"),
        ("UPDATE letters SET date = NULL", "UPDATE"),
        ("CREATE TABLE x (a)", "a change of the schema (CREATE, DROP)"),
        ("DROP TABLE mentions", "a change of the schema (CREATE, DROP)"),
        ("CREATE TEMP VIEW v AS SELECT 1", "a change of the schema (CREATE, DROP)"),
        ("PRAGMA user_version = 9", "PRAGMA user_version with a value"),
        ("PRAGMA journal_mode = WAL", "PRAGMA journal_mode with a value"),
        ("PRAGMA writable_schema", "PRAGMA writable_schema"),
        ("SELECT fts3_tokenizer('simple')", "the function fts3_tokenizer()"),
        ("SELECT load_extension('/tmp/x.so')", "the function load_extension()"),
        ("BEGIN", "a transaction"),
    ],
)
def test_sql_refuses_all_but_reading_with_a_one_line_error(store_path, statement, refused):
    folder = store_path.parent
    before = fingerprint(folder)
    result = run("sql", statement.format(folder=folder), "--db", store_path)
    assert result.exit_code == 1
    assert result.output == f"letters: {store_path}: SQL refused: {refused} is not allowed; `letters sql` only reads\n"
    assert fingerprint(folder) == before


def test_sql_reads_tables_and_reporting_pragmas(store_path):
    assert query.run_sql(store_path, "SELECT COUNT(*) FROM letters")[1] == [(len(STORE_LETTERS),)]
    assert query.run_sql(store_path, "PRAGMA user_version")[1] == [(SCHEMA_VERSION,)]
    columns, rows = query.run_sql(store_path, "PRAGMA table_info(letters)")
    assert "name" in columns and ("letter_id",) in [(r[columns.index("name")],) for r in rows]
    endless_but_limited = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r LIMIT 5"
    assert query.run_sql(store_path, endless_but_limited)[1] == [(1,), (2,), (3,), (4,), (5,)]


def test_sql_stops_an_endless_statement_at_its_time_limit(store_path):
    endless = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT COUNT(*) FROM r"
    began = time.monotonic()
    result = run("sql", endless, "--db", store_path, "--timeout", "1")
    elapsed = time.monotonic() - began
    assert result.exit_code == 1
    assert (
        result.output
        == f"letters: {store_path}: SQL stopped after 1 s (the --timeout); narrow the statement or raise --timeout\n"
    )
    assert 1 <= elapsed < 3
    began = time.monotonic()
    with pytest.raises(StoreError, match="stopped after 0.5 s"):
        query.run_sql(store_path, endless, timeout=0.5)
    assert time.monotonic() - began < 2


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "0"])
def test_sql_timeout_must_be_a_positive_number_of_seconds(store_path, value):
    result = run("sql", "SELECT 1", "--db", store_path, "--timeout", value)
    assert result.exit_code == 2 and "--timeout" in result.output
