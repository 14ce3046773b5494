"""Schema 9's commitment_rows: each commitment's listed JSON written once at save, the same bytes as before.

The reference is the query schema 8 ran (SQLite writing each row's JSON per query, joined with
letters and sorted), kept below as it was released: on a store of varied letters (undated, two
versions, several currencies, awkward floats, non-ASCII and control characters, missing pages)
the new path must print byte for byte what it printed, for every filter, through the API and
through `letters query commitments` as --json, --csv and a table.
"""

from __future__ import annotations

import io
import json
import sqlite3
from contextlib import redirect_stdout
from typing import Any, Iterator, Optional

import pytest
from click.testing import CliRunner
from store_samples import STORE_LETTERS, build

from extractor.cli import main
from extractor.cli.store import _emit_json_rows
from extractor.errors import OldStore
from extractor.store import query
from extractor.store.database import (
    COMMITMENT_ROW_FIELDS,
    MIGRATIONS,
    SCHEMA_VERSION,
    STORE_PAGE_SIZE,
    Store,
    migrate,
)
from models.entities import AmountValue
from models.store import CommitmentRow

# Schema 8's listing statement, as released (extractor/store/query.py before schema 9).
V8_SELECT = (
    "SELECT json_object('letter', l.letter_id, 'version', l.version, 'letter_date', l.date, 'page', c.page,"
    " 'sentence', c.sentence, 'id', c.cid, 'actor', c.actor, 'action', c.action, 'value', c.value,"
    " 'currency', c.currency, 'amounts', json(c.amounts_json), 'beneficiaries', json(c.beneficiaries_json),"
    " 'programme', c.programme, 'status', c.status, 'modality', c.modality, 'period', c.period,"
    " 'deadline', c.deadline, 'evidence', c.sentence_text)"
    " FROM commitments c JOIN letters l ON l.row_id = c.letter"
)
V8_ORDER = " ORDER BY l.date DESC, l.letter_id, c.sentence, c.id"


def v8_commitment_objects(
    store: Store,
    country: Optional[str] = None,
    organisation: Optional[str] = None,
    programme: Optional[str] = None,
    status: Optional[str] = None,
    min_amount: Optional[str] = None,
    max_amount: Optional[str] = None,
    since: Optional[str] = None,
    until: Optional[str] = None,
    letter: Optional[str] = None,
    limit: Optional[int] = None,
) -> Iterator[str]:
    """query.iter_commitment_objects as schema 8 ran it (filters on commitments and letters, JSON per query)."""
    where: list[str] = []
    params: list[Any] = []
    if letter:
        where.append("c.letter = ?")
        params.append(store.resolve(letter))
    else:
        where.append("l.latest = 1")
    if country:
        codes = query.resolve_countries(store, country)
        marks = ",".join("?" * len(codes))
        where.append(
            f"c.id IN (SELECT commitment FROM commitment_beneficiaries WHERE country IN ({marks})"
            " UNION SELECT c2.id FROM mentions m JOIN commitments c2 ON c2.letter = m.letter AND c2.sentence = m.sentence"
            f" WHERE m.norm IN ({marks}) AND m.type = 'country'"
            " AND NOT EXISTS (SELECT 1 FROM commitment_beneficiaries b WHERE b.commitment = c2.id))"
        )
        params += codes + codes
    for family, column, value in (("organisation", "actor", organisation), ("programme", "programme", programme)):
        if value:
            pattern = f"%{value}%"
            where.append(
                f"(c.{column} LIKE ? OR EXISTS (SELECT 1 FROM mentions m WHERE m.letter = c.letter"
                f" AND m.sentence = c.sentence AND m.type = '{family}' AND (m.norm LIKE ? OR m.text LIKE ?)))"
            )
            params += [pattern, pattern, pattern]
    if status:
        where.append("c.status = ?")
        params.append(status)
    currencies = set()
    if min_amount:
        value, currency = query.parse_amount(min_amount)
        where.append("COALESCE(c.upper, c.value) >= ?")
        params.append(value)
        currencies.add(currency)
    if max_amount:
        value, currency = query.parse_amount(max_amount)
        where.append("c.value <= ?")
        params.append(value)
        currencies.add(currency)
    currencies.discard(None)
    if currencies:
        where.append("c.currency = ?")
        params.append(currencies.pop())
    if since:
        where.append("c.last_day >= ?")
        params.append(query._date_bound(since, last=False))
    if until:
        where.append("c.first_day <= ?")
        params.append(query._date_bound(until, last=True))
    sql = f"{V8_SELECT} WHERE {' AND '.join(where)}{V8_ORDER}"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return (row[0] for row in store.conn.execute(sql, params))


def _odd(extraction, **changes):
    """The extraction with its first commitment changed (fields of models.commitment.Commitment)."""
    first = extraction.commitments[0].model_copy(update=changes)
    return extraction.model_copy(update={"commitments": [first, *extraction.commitments[1:]]})


def varied_letters():
    """Letters whose rows stress the JSON: no date, a second version, odd floats, escapes, no page."""
    letters = list(STORE_LETTERS)
    letters.append(
        build(
            "undated",
            None,
            ["The European Commission will provide EUR 7 million to Türkiye and Niger for 2025-2027."],
        )
    )
    letters.append(
        build("undated_b", None, ["Frontex will provide EUR 3 million to Chad.", "UNHCR will support Mali."])
    )
    awkward = build(
        "awkward",
        "2024-03-01",
        [
            'The European Commission will provide EUR 0.3 million to Egypt "at once" for 2024-2030.',
            "Frontex will provide USD 12.5 billion to Libya.",
        ],
    )
    awkward = _odd(
        awkward,
        amounts=[
            AmountValue(kind="money", value=0.1 + 0.2, currency="EUR", upper=1e22, qualifier="up to"),
            AmountValue(kind="money", value=123456789.123456789, currency="EUR"),
            AmountValue(kind="percent", value=7.5, unit="%"),
        ],
        deadline="2025-12-31",
        actor="Agence française \\ de développement\t\u0085\u202e",
        programme="Fonds «spécial» 🇪🇺",
    )
    letters.append(awkward)
    # A second version of tn_2024: its first version's rows leave the default listing.
    letters.append(
        build(
            "tn_2024",
            "2024-04-02",
            [
                "The European Commission will provide EUR 12 million to Tunisia under the Border Programme for 2024-2026."
            ],
        )
    )
    letters.append(build("same_day", "2024-03-01", ["UNHCR will provide EUR 10 million to Jordan for 2024-2025."]))
    return letters


FILTERS = [
    {},
    {"country": "TUN"},
    {"country": "Türkiye"},
    {"organisation": "Frontex"},
    {"programme": "Border"},
    {"status": "disbursed"},
    {"min_amount": "EUR 1M", "max_amount": "EUR 1bn"},
    {"min_amount": "10M"},
    {"max_amount": "USD 20bn"},
    {"since": "2024"},
    {"until": "2024-03"},
    {"since": "2024-01", "until": "2025-06"},
    {"since": "2030"},
    {"letter": "tn_2024@1"},
    {"letter": "tn_2024"},
    {"letter": "undated"},
    {"country": "Egypt", "since": "2024", "min_amount": "EUR 0.1M"},
    {"limit": 3},
    {"since": "2023", "limit": 2},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("rows") / "l.db"
    with Store(path) as writer:
        for letter in varied_letters():
            writer.save(letter)
    return path


def test_the_row_json_lists_commitment_rows_fields_in_order():
    assert list(COMMITMENT_ROW_FIELDS) == list(CommitmentRow.model_fields)


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()) or "all")
def test_each_filter_gives_schema_8s_bytes(db, filters):
    with Store(db, readonly=True) as store:
        fresh = list(query.iter_commitment_objects(store, **filters))
        before = list(v8_commitment_objects(store, **filters))
    assert fresh == before
    # Each row is a CommitmentRow as the model writes it (same fields, same values).
    for text in fresh:
        CommitmentRow.model_validate_json(text, strict=False)


def traced(store: Store, run) -> tuple[Any, list[str]]:
    """What run() returns, and the statements it ran on the store."""
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        return run(), statements
    finally:
        store.conn.set_trace_callback(None)


# Filters that find their commitments by id, or cut the listing short: their rows are not read in key order.
BY_ID_FILTERS = {"country", "organisation", "programme", "letter", "limit"}


@pytest.mark.parametrize("rows", [1, 2, 1000])
@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()) or "all")
def test_the_json_bytes_join_a_months_rows_in_sqlite_and_list_the_same_rows(db, filters, rows):
    with Store(db, readonly=True) as store:
        batches, statements = traced(store, lambda: list(query.iter_commitment_json(store, rows, **filters)))
        objects = list(query.iter_commitment_objects(store, **filters))
    assert b",\n".join(batches) == ",\n".join(objects).encode("utf-8")
    assert all(batches) and len(batches) <= max(1, len(objects))
    # Read in key order, each month's rows come from SQLite as one value (undated letters' one by one).
    by_month = any("GROUP BY r.latest, r.letter_month" in s for s in statements)
    assert by_month == (not BY_ID_FILTERS & set(filters)), statements


def test_the_store_holds_the_awkward_rows_they_were_made_for(db):
    with Store(db, readonly=True) as store:
        rows = query.commitments(store)
        assert {r.letter for r in rows} >= {"undated", "awkward", "tn_2024"}
        assert [r.version for r in rows if r.letter == "tn_2024"] == [2]
        assert [r.letter for r in rows][-3:] == ["undated", "undated_b", "undated_b"]
        assert any("\u0085" in (r.actor or "") for r in rows)
        assert len(query.commitments(store, letter="tn_2024@1")) == 2


COMMAND_FILTERS = [
    ([], {}),
    (["--since", "2024"], {"since": "2024"}),
    (["--country", "TUN"], {"country": "TUN"}),
    (["--letter", "tn_2024@1"], {"letter": "tn_2024@1"}),
    (["--organisation", "nobody"], {"organisation": "nobody"}),
    (["--programme", "spécial"], {"programme": "spécial"}),
]


@pytest.mark.parametrize("args, filters", COMMAND_FILTERS, ids=lambda a: " ".join(a) if isinstance(a, list) else "")
def test_the_command_prints_the_json_schema_8_printed(db, args, filters):
    now = CliRunner().invoke(main, ["query", "commitments", *args, "--db", str(db), "--json"])
    assert now.exit_code == 0, now.output
    # Schema 8's --json: its rows, written by its writer (still the one of `query actions`).
    with Store(db, readonly=True) as store, redirect_stdout(io.StringIO()) as before:
        _emit_json_rows(v8_commitment_objects(store, **filters))
    assert now.stdout_bytes == before.getvalue().encode("utf-8")
    assert json.loads(now.stdout_bytes) == json.loads(before.getvalue())
    # The awkward row's C1 control is escaped, as for_json does, never written raw.
    assert (b"\\u0085" in now.stdout_bytes) == (b'"awkward"' in now.stdout_bytes)
    assert b"\xc2\x85" not in now.stdout_bytes


@pytest.mark.parametrize("fmt", ["--csv", None])
@pytest.mark.parametrize("args, filters", COMMAND_FILTERS, ids=lambda a: " ".join(a) if isinstance(a, list) else "")
def test_the_command_prints_the_csv_and_table_schema_8_printed(db, monkeypatch, fmt, args, filters):
    command = ["query", "commitments", *args, "--db", str(db), *([fmt] if fmt else [])]
    now = CliRunner().invoke(main, command, env={"COLUMNS": "200"})
    # Tables and CSV are made from query.commitments' rows: the same command on schema 8's rows.
    monkeypatch.setattr(query, "iter_commitment_objects", v8_commitment_objects)
    before = CliRunner().invoke(main, command, env={"COLUMNS": "200"})
    assert now.exit_code == before.exit_code == 0, now.output
    assert now.stdout_bytes == before.stdout_bytes
    assert now.output == before.output and len(now.output) > 0


def downgrade_to_v8(path) -> None:
    """Make a current store look as schema 8 left it: no commitment_rows, schema 8's indexes."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TABLE commitment_rows")
    conn.execute("CREATE INDEX commitments_by_value ON commitments(value)")
    conn.execute("CREATE INDEX commitments_by_period ON commitments(period_start, period_end)")
    conn.execute("CREATE INDEX commitments_by_last_day ON commitments(last_day, first_day)")
    conn.execute("CREATE INDEX commitments_by_first_day ON commitments(first_day)")
    conn.execute("CREATE INDEX commitments_by_top_value ON commitments(COALESCE(upper, value))")
    conn.execute("PRAGMA user_version = 8")
    conn.close()


def table_counts(path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    names = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%stat%'")
    ]
    counts = {name: conn.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in names}
    conn.close()
    return counts


def test_a_schema_8_store_migrates_to_9_keeping_every_record(db, tmp_path):
    path = tmp_path / "v8.db"
    with sqlite3.connect(db) as source, sqlite3.connect(path) as target:
        source.backup(target)
    downgrade_to_v8(path)
    before = table_counts(path)
    with Store(path, readonly=True, min_schema=8) as old:
        listed = {tuple(f.items()): list(v8_commitment_objects(old, **f)) for f in map(dict, FILTERS)}
        records = {
            r["letter_id"] + f"@{r['version']}": old.extraction_json(r["row_id"])
            for r in old.conn.execute("SELECT row_id, letter_id, version FROM letters")
        }
    # A reader never upgrades: it says the store is older.
    with pytest.raises(OldStore, match="older release"):
        Store(path, readonly=True)
    with Store(path) as writer:
        assert writer.schema_version == SCHEMA_VERSION == 10
        rows = writer.conn.execute("SELECT COUNT(*) FROM commitment_rows").fetchone()[0]
        assert rows == writer.conn.execute("SELECT COUNT(*) FROM commitments").fetchone()[0] > 0
        assert writer.check() == []
    after = table_counts(path)
    assert {k: v for k, v in after.items() if k != "commitment_rows"} == before
    with Store(path, readonly=True) as new:
        for ref, text in records.items():
            assert new.extraction_json(new.resolve(ref)) == text
        for filters, objects in listed.items():
            assert list(query.iter_commitment_objects(new, **dict(filters))) == objects, filters
        # The migrated store takes new letters like a new one.
    with Store(path) as writer:
        assert writer.save(build("later", "2026-01-01", ["UNHCR will provide EUR 4 million to Chad."]))[2]
    with Store(path, readonly=True) as new:
        assert [r.letter for r in query.commitments(new, since="2026-01")][0] == "later"


def downgrade_to_v9(path) -> None:
    """Make a current store look as schema 9 left it: commitment_rows keyed without the letter's month."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TABLE commitment_rows")
    MIGRATIONS[8](conn)  # schema 9's step as released: its table, filled from commitments and letters
    conn.execute("PRAGMA user_version = 9")
    conn.close()


def commitment_rows_columns(path) -> list[str]:
    conn = sqlite3.connect(path)
    names = [r[1] for r in conn.execute("PRAGMA table_info(commitment_rows)")]
    conn.close()
    return names


def test_a_schema_9_store_migrates_to_10_listing_the_same_rows(db, tmp_path):
    path = tmp_path / "v9.db"
    with sqlite3.connect(db) as source, sqlite3.connect(path) as target:
        source.backup(target)
    downgrade_to_v9(path)
    assert "letter_month" not in commitment_rows_columns(path)
    before = table_counts(path)
    with pytest.raises(OldStore, match="older release"):
        Store(path, readonly=True)
    with Store(path) as writer:
        assert writer.schema_version == SCHEMA_VERSION == 10
        assert writer.check() == []
    assert "letter_month" in commitment_rows_columns(path)
    assert table_counts(path) == before
    with Store(path, readonly=True) as new:
        for filters in FILTERS:
            objects = list(v8_commitment_objects(new, **filters))
            assert list(query.iter_commitment_objects(new, **filters)) == objects, filters
            assert b",\n".join(query.iter_commitment_json(new, 2, **filters)) == ",\n".join(objects).encode(), filters


def test_a_new_version_takes_the_old_versions_rows_out_of_the_listing(tmp_path):
    with Store(tmp_path / "l.db") as store:
        store.save(build("x", "2024-01-01", ["UNHCR will provide EUR 4 million to Chad."]))
        store.save(build("x", "2024-01-01", ["UNHCR will provide EUR 5 million to Chad."]))
        store.save(build("x", "2024-02-01", ["UNHCR will provide EUR 6 million to Chad."]))
        latest = store.conn.execute(
            "SELECT l.version, r.latest FROM commitment_rows r JOIN commitments c ON c.id = r.commitment"
            " JOIN letters l ON l.row_id = c.letter ORDER BY l.version"
        ).fetchall()
        assert [tuple(r) for r in latest] == [(1, 0), (2, 0), (3, 1)]
        assert [r.value for r in query.commitments(store)] == [6e6]
        assert [r.value for r in query.commitments(store, letter="x@2")] == [5e6]


def test_a_new_store_takes_the_larger_page_and_an_upgraded_one_keeps_its_own(tmp_path):
    with Store(tmp_path / "new.db") as store:
        assert store.conn.execute("PRAGMA page_size").fetchone()[0] == STORE_PAGE_SIZE != 4096
    old = tmp_path / "old.db"
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute("PRAGMA page_size = 4096")
    migrate(conn, target=8)
    conn.close()
    with Store(old) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA page_size").fetchone()[0] == 4096
