"""The SQLite store: save/skip/version, references, JSON beside the db, migrations.

Also home of the hand-built records the other store tests share (`build`, `fake_extract`): they
exercise the store without the spaCy pipeline, whose own tests live elsewhere.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from store_samples import build, fake_extract, slow_fake_extract, write_letter  # noqa: F401

from extractor.errors import LettersError, StoreError
from extractor.store.database import SCHEMA_VERSION, Store, migrate

TUNISIA = build(
    "tunisia_2024",
    "2024-03-01",
    [
        "The European Commission will provide EUR 10 million to Tunisia under the Border Programme for 2024-2026.",
        "Frontex will support Libya on the Central Mediterranean route.",
        "We met in Brussels.",
    ],
)


def test_save_stores_every_record_and_skips_identical_bytes(tmp_path):
    with Store(tmp_path / "l.db") as store:
        assert store.save(TUNISIA) == ("tunisia_2024", 1, True)
        assert store.save(TUNISIA) == ("tunisia_2024", 1, False)
        conn = store.conn
        assert conn.execute("SELECT COUNT(*) FROM letters").fetchone()[0] == 1
        assert conn.execute("SELECT COUNT(*) FROM mentions").fetchone()[0] == len(TUNISIA.mentions)
        assert {r[0] for r in conn.execute("SELECT norm FROM mentions WHERE type='country'")} == {"TUN", "LBY"}
        assert conn.execute("SELECT name FROM entities WHERE norm='TUN'").fetchone()[0] == "Tunisia"
        assert tuple(conn.execute("SELECT value, currency FROM amounts").fetchone()) == (1e7, "EUR")
        assert tuple(conn.execute("SELECT start_date, end_date FROM dates").fetchone()) == ("2024-01-01", "2026-12-31")
        assert conn.execute("SELECT name FROM programmes").fetchone()[0] == "Border Programme"
        row = conn.execute(
            "SELECT actor, value, status, period_start, period_end FROM commitments WHERE cid='c1'"
        ).fetchone()
        assert tuple(row) == ("European Commission", 1e7, "planned", "2024-01-01", "2026-12-31")
        assert [
            tuple(r)
            for r in conn.execute(
                "SELECT c.cid, b.country FROM commitment_beneficiaries b JOIN commitments c ON c.id = b.commitment ORDER BY 1"
            )
        ] == [("c1", "TUN"), ("c2", "LBY")]
        assert tuple(conn.execute("SELECT route, country, role FROM route_ties").fetchone()) == (
            "Central Mediterranean",
            "LBY",
            "transit",
        )
        edges = {(r[0], r[1], r[2]) for r in conn.execute("SELECT source, target, type FROM graph_edges")}
        assert ("organisation:European Commission", "country:TUN", "commits_to") in edges
        assert ("country:LBY", "route:Central Mediterranean", "transit") in edges
        assert conn.execute("SELECT text FROM sentences WHERE sentence = 1").fetchone()[0].startswith("Frontex")
        assert store.check() == []
        # The records are kept once, compressed in the store: no JSON file beside it.
        saved = json.loads(store.extraction_json(store.resolve("tunisia_2024")))
    assert saved["letter"]["id"] == "tunisia_2024" and len(saved["mentions"]) == len(TUNISIA.mentions)
    assert not list(tmp_path.glob("*.json"))


def test_each_detail_row_names_its_own_mention(tmp_path):
    with Store(tmp_path / "l.db") as store:
        store.save(build("old", "2023-01-01", ["The Commission will provide EUR 2 million to Chad in 2023."]))
        store.save(TUNISIA)
        details = store.conn.execute(
            "SELECT m.type, m.norm, m.letter = d.letter FROM mentions m JOIN (SELECT mention, letter, 'amount' AS type"
            " FROM amounts UNION ALL SELECT mention, letter, 'date' FROM dates UNION ALL"
            " SELECT mention, letter, 'programme' FROM programmes) d ON d.mention = m.id AND d.type = m.type"
        ).fetchall()
        counts = store.conn.execute(
            "SELECT (SELECT COUNT(*) FROM amounts) + (SELECT COUNT(*) FROM dates) + (SELECT COUNT(*) FROM programmes)"
        ).fetchone()[0]
        assert len(details) == counts >= 4 and all(same_letter for _, _, same_letter in details)
        assert ("programme", "Border Programme", 1) in [tuple(r) for r in details]
        assert store.check() == []


def test_new_bytes_under_the_same_id_make_a_new_version_and_keep_the_old(tmp_path):
    changed = build("tunisia_2024", "2024-04-01", ["The European Commission will provide EUR 12 million to Tunisia."])
    with Store(tmp_path / "l.db", out_dir=tmp_path / "export") as store:
        store.save(TUNISIA)
        assert store.save(changed) == ("tunisia_2024", 2, True)
        assert [(r["id"], r["version"], r["latest"]) for r in store.letters()] == [
            ("tunisia_2024", 1, 0),
            ("tunisia_2024", 2, 1),
        ]
        assert store.get_extraction("tunisia_2024").letter.sha256 == changed.letter.sha256
        assert store.get_extraction("tunisia_2024@1").letter.sha256 == TUNISIA.letter.sha256
        assert store.get_extraction(TUNISIA.letter.sha256[:10]).letter.date == dt.date(2024, 3, 1)
        assert store.get_extraction("2024-04-01").body.startswith("The European Commission will provide EUR 12")
        assert [e.letter.sha256 for e in store.iter_extractions()] == [changed.letter.sha256]
    # out_dir: each saved version is exported as its own file as well.
    assert (tmp_path / "export" / "tunisia_2024.json").exists()
    assert (tmp_path / "export" / "tunisia_2024.v2.json").exists()


def test_iter_extractions_goes_in_letter_date_order(tmp_path):
    with Store(tmp_path / "l.db") as store:
        for name, date in (("b", "2025-01-01"), ("a", "2023-05-05"), ("c", None), ("d", "2024-02-02")):
            store.save(build(name, date, [f"Letter {name} about Morocco."]))
        assert [e.letter.id for e in store.iter_extractions()] == ["a", "d", "b", "c"]


def test_unknown_and_ambiguous_references_are_one_line_errors(tmp_path):
    with Store(tmp_path / "l.db") as store:
        store.save(build("x", "2025-01-01", ["About Chad."]))
        store.save(build("y", "2025-01-01", ["About Niger."]))
        with pytest.raises(StoreError, match="no stored letter"):
            store.get_extraction("nope")
        with pytest.raises(StoreError, match="names 2 letters"):
            store.get_extraction("2025-01-01")
        with pytest.raises(LettersError) as error:
            store.get_extraction("x@7")
        assert "\n" not in str(error.value)


def test_readonly_store_refuses_writes_and_a_missing_store_says_so(tmp_path):
    with pytest.raises(StoreError, match="run `letters ingest"):
        Store(tmp_path / "none.db", readonly=True)
    Store(tmp_path / "l.db").close()
    with Store(tmp_path / "l.db", readonly=True) as store:
        with pytest.raises(sqlite3.OperationalError):
            store.conn.execute("DELETE FROM letters")


def test_a_version_1_store_is_migrated_when_opened(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=1) == 1
    conn.execute(
        "INSERT INTO letters (letter_id, version, sha256, source, file_name, ingested_at, extraction_json)"
        " VALUES ('old', 1, 'ff', '/old.txt', 'old.txt', 'then', ?)",
        (TUNISIA.model_dump_json(),),
    )
    conn.execute(
        "INSERT INTO commitments (letter, cid, value, currency, status, modality, period, sentence, sentence_text,"
        " start, \"end\") VALUES (1, 'c1', 5e6, 'EUR', 'planned', 'firm', '2026-41', 0, 'x', 0, 1)"
    )
    columns = [r[1] for r in conn.execute("PRAGMA table_info(commitments)")]
    assert "period_start" not in columns
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO entities (type, norm, name) VALUES ('country', 'TUN', 'Tunisia')")
    conn.execute(
        'INSERT INTO mentions (letter, entity, type, text, norm, start, "end", sentence)'
        " VALUES (1, 1, 'country', 'Tunisia', 'TUN', 0, 7, 0), (1, 1, 'country', 'Tunisian', 'TUN', 9, 17, 0)"
    )
    conn.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 10
        assert tuple(store.conn.execute("SELECT period_start, period_end FROM commitments").fetchone()) == (
            "2026-07-01",
            "2026-12-31",
        )
        assert tuple(store.conn.execute("SELECT letters, mentions FROM entities WHERE norm = 'TUN'").fetchone()) == (
            1,
            2,
        )
        assert store.get_extraction("old").letter.id == "tunisia_2024"
        # The migrated store takes new letters like a new one.
        assert store.save(TUNISIA)[2] is True and store.check() == []


def test_version_4_moves_sum_less_commitments_to_actions(tmp_path):
    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=3) == 3
    conn.execute(
        "INSERT INTO letters (letter_id, version, sha256, source, file_name, ingested_at, extraction_json)"
        " VALUES ('old', 1, 'ff', '/old.txt', 'old.txt', 'then', ?)",
        (TUNISIA.model_dump_json(),),
    )
    conn.execute(
        'INSERT INTO commitments (letter, cid, actor, status, modality, sentence, sentence_text, start, "end")'
        " VALUES (1, 'c1', 'EU', 'planned', 'firm', 0, 'We will help Tunisia.', 0, 1)"
    )
    conn.execute(
        'INSERT INTO commitments (letter, cid, value, currency, status, modality, sentence, sentence_text, start, "end")'
        " VALUES (1, 'c2', 5e6, 'EUR', 'adopted', 'firm', 1, 'EUR 5m for Tunisia.', 0, 1)"
    )
    conn.execute("INSERT INTO commitment_beneficiaries (commitment, country) VALUES (1, 'TUN'), (2, 'TUN')")
    assert migrate(conn, target=4) == 4
    assert [r[0] for r in conn.execute("SELECT cid FROM commitments")] == ["c2"]
    assert conn.execute("SELECT COUNT(*) FROM commitment_beneficiaries").fetchone()[0] == 1
    row = conn.execute("SELECT aid, actor, beneficiaries_json, sentence_text FROM actions").fetchone()
    assert tuple(row) == ("a1", "EU", '["TUN"]', "We will help Tunisia.")
    conn.close()


def test_a_store_from_a_newer_release_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer release"):
        Store(path)


def test_a_version_5_store_migrates_to_6_and_keeps_its_records(tmp_path):
    path = tmp_path / "v5.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=5) == 5
    conn.execute(
        "INSERT INTO letters (letter_id, version, sha256, source, file_name, date, ingested_at, extraction_json)"
        " VALUES ('old', 1, 'ff', '/old.txt', 'old.txt', '2024-03-01', 'then', ?)",
        (TUNISIA.model_dump_json(),),
    )
    # As schema 5 stored it: amounts without their empty fields, beneficiaries in their own table.
    conn.execute(
        "INSERT INTO commitments (letter, cid, value, currency, status, modality, period, sentence, sentence_text,"
        " start, \"end\", amounts_json) VALUES (1, 'c1', 5e6, 'EUR', 'planned', 'firm', '2026-41', 0, 'x', 0, 1,"
        ' \'[{"kind": "money", "value": 5000000.0, "currency": "EUR"}]\')'
    )
    conn.execute("INSERT INTO commitment_beneficiaries (commitment, country) VALUES (1, 'TUN'), (1, 'EGY')")
    conn.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        columns = {r[1] for r in store.conn.execute("PRAGMA table_info(letters)")}
        assert "extraction_zlib" in columns and "extraction_json" not in columns
        assert store.get_extraction("old") == TUNISIA
        row = store.conn.execute(
            "SELECT first_day, last_day, beneficiaries_json, amounts_json FROM commitments"
        ).fetchone()
        # The letter's date to the end of the period's second half.
        assert (row[0], row[1]) == (dt.date(2024, 3, 1).toordinal(), dt.date(2026, 12, 31).toordinal())
        assert json.loads(row[2]) == ["EGY", "TUN"]
        assert json.loads(row[3]) == [
            {"kind": "money", "value": 5e6, "upper": None, "currency": "EUR", "qualifier": None, "unit": None}
        ]
        assert store.save(TUNISIA)[2] is True and store.check() == []
    with Store(path, readonly=True) as store:
        from extractor.store import query

        assert [r.id for r in query.commitments(store, since="2026-10", letter="old")] == ["c1"]
        assert [r.beneficiaries for r in query.commitments(store, letter="old")] == [["EGY", "TUN"]]
        assert query.commitments(store, until="2024-02", letter="old") == []


def test_saves_in_a_batch_commit_together_or_not_at_all(tmp_path):
    with Store(tmp_path / "l.db") as store:
        with pytest.raises(RuntimeError):
            with store.batch():
                store.save(build("a", "2024-01-01", ["The Commission will provide EUR 5 million to Chad."]))
                raise RuntimeError("stopped")
        assert store.conn.execute("SELECT COUNT(*) FROM letters").fetchone()[0] == 0
        with store.batch():
            for name in ("a", "b"):
                store.save(build(name, "2024-01-01", [f"The Commission will provide EUR 5 million to Chad ({name})."]))
            # A letter already stored inside the same batch is skipped, and the batch goes on.
            assert (
                store.save(build("a", "2024-01-01", ["The Commission will provide EUR 5 million to Chad (a)."]))[2]
                is False
            )
        assert [r["id"] for r in store.letters()] == ["a", "b"]
        assert store.conn.execute("SELECT letters FROM entities WHERE norm = 'TCD'").fetchone()[0] == 2
        assert store.check() == []
