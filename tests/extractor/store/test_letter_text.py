"""The full-text index of the letters' text (schema step 8, FTS5) and the letter list's queries."""

from __future__ import annotations

import sqlite3

import pytest
from store_samples import STORE_LETTERS, build

from extractor.errors import SqlRefused
from extractor.store import query
from extractor.store.database import LETTER_TEXT_TABLE, SCHEMA_VERSION, Store, migrate


def test_migrating_an_older_store_indexes_the_letters_it_holds(tmp_path):
    path = tmp_path / "v5.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=5) == 5
    letter = STORE_LETTERS[0]
    conn.execute(
        "INSERT INTO letters (letter_id, version, sha256, source, file_name, ingested_at, extraction_json)"
        " VALUES ('old', 1, 'ff', '/old.txt', 'old.txt', 'then', ?)",
        (letter.model_dump_json(),),
    )
    assert migrate(conn) == SCHEMA_VERSION
    found = conn.execute(f"SELECT rowid FROM {LETTER_TEXT_TABLE} WHERE {LETTER_TEXT_TABLE} MATCH 'Frontex'").fetchall()
    assert found == [(1,)]
    conn.close()


def test_each_saved_letter_is_indexed_and_search_sees_the_latest_version(tmp_path):
    with Store(tmp_path / "l.db") as store:
        for letter in STORE_LETTERS:
            store.save(letter)
        assert [r.id for r in query.letter_list(store, text="refugees")] == ["us_2023"]
        newer = build("us_2023", "2023-02-01", ["UNHCR will support Jordan with USD 60 million."], sha256="b" * 64)
        store.save(newer)
        # The old version is still indexed (it is kept), but only the latest is listed.
        assert store.conn.execute(f"SELECT COUNT(*) FROM {LETTER_TEXT_TABLE}").fetchone()[0] == 4
        assert query.letter_list(store, text="refugees") == []
        assert [r.id for r in query.letter_list(store, text="Jordan")] == ["us_2023"]


def test_search_words_are_never_fts_syntax():
    assert query.fts_phrase_query('Tunisia "OR" NEAR(x*') == '"Tunisia" "OR" "NEAR" "x"'
    assert query.fts_phrase_query("  ;; ") is None


def test_letters_sql_reads_the_index_and_still_refuses_writes(tmp_path):
    with Store(tmp_path / "l.db") as store:
        for letter in STORE_LETTERS:
            store.save(letter)
    columns, rows = query.run_sql(tmp_path / "l.db", "SELECT rowid FROM letter_text WHERE letter_text MATCH 'Frontex'")
    assert columns == ["rowid"] and rows == [(1,)]
    with pytest.raises(SqlRefused):
        query.run_sql(tmp_path / "l.db", "INSERT INTO letter_text (rowid, body) VALUES (9, 'x')")
