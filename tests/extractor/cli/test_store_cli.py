"""`letters ingest`, `letters query ...` and `letters sql` from the command line."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_samples import STORE_LETTERS as LETTERS
from store_samples import fake_extract, write_letter

import extractor.store.ingest as ingest_module
from extractor.cli import main
from extractor.store.database import Store
from models.store import CommitmentRow, EntityCount, IngestReport, MentionRow

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "letters.db"
    with Store(path) as store:
        for letter in LETTERS:
            store.save(letter)
    return path


def run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)


def test_query_commitments_json_validates_and_filters_combine(db):
    result = run("query", "commitments", "--db", db, "--country", "Tunisia", "--min-amount", "EUR 100M", "--json")
    assert result.exit_code == 0, result.output
    rows = [CommitmentRow.model_validate(r) for r in json.loads(result.output)]
    assert [(r.letter, r.value, r.beneficiaries) for r in rows] == [("ma_2025", 1.5e9, ["MAR", "TUN"])]
    assert rows[0].evidence.startswith("The European Commission will allocate EUR 1.5 billion")


def test_query_commitments_table_shows_letter_page_and_evidence(db):
    result = run("query", "commitments", "--db", db, "--organisation", "Frontex", env={"COLUMNS": "240"})
    assert result.exit_code == 0, result.output
    assert "tn_2024@1 p.2" in result.output and "Frontex will support Libya" in result.output
    assert "ma_2025" not in result.output


def test_query_commitments_csv(db):
    result = run("query", "commitments", "--db", db, "--status", "disbursed", "--csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["letter"], r["beneficiaries"], r["value"]) for r in rows] == [("ma_2025", "EGY", "200000000")]


def test_db_comes_from_the_environment(db):
    result = run("query", "entities", "--type", "country", "--top", "1", "--json", env={"LETTERS_DB": str(db)})
    assert [EntityCount.model_validate(r).norm for r in json.loads(result.output)] == ["TUN"]


def test_query_mentions_json(db):
    result = run("query", "mentions", "TUN", "--db", db, "--json")
    rows = [MentionRow.model_validate(r) for r in json.loads(result.output)]
    assert [r.letter for r in rows] == ["ma_2025", "tn_2024"] and all("Tunisia" in r.context for r in rows)


def test_bad_arguments_are_one_line_errors(db, tmp_path):
    # A value that cannot be right is a usage error (2); a store that is missing or refuses is a failure (1).
    for args, status in (
        (("query", "commitments", "--db", db, "--min-amount", "lots"), 2),
        (("query", "commitments", "--db", db, "--country", "Atlantis"), 2),
        (("query", "commitments", "--db", tmp_path / "none.db"), 1),
        (("sql", "DELETE FROM letters", "--db", db), 1),
        (("sql", "SELECT * FROM letters", "--db", db, "--max-rows", "2"), 1),
        (("sql", "SELECT randomblob(2 * 1024 * 1024)", "--db", db, "--max-memory", "1"), 1),
        (("sql", "SELECT 1", "--db", db, "--max-rows", "0"), 2),
    ):
        result = CliRunner().invoke(main, [str(a) for a in args])
        assert result.exit_code == status, args
        assert result.output.startswith("letters: ") and result.output.count("\n") == 1, result.output
    with Store(db, readonly=True) as store:
        assert len(store.letters()) == 3


def test_sql_prints_rows(db):
    result = run("sql", "SELECT letter_id, date FROM letters ORDER BY date", "--db", db, "--json")
    assert json.loads(result.output)[0] == {"letter_id": "us_2023", "date": "2023-01-05"}


def test_ingest_exits_non_zero_on_a_failure_and_still_stores_the_good(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_module, "default_extract", lambda: fake_extract)
    (tmp_path / "in").mkdir()
    write_letter(tmp_path / "in", "good", "2025-01-01", ["The European Commission will provide EUR 3 million to Chad."])
    (tmp_path / "in" / "blank.txt").write_text("   \n")
    db = tmp_path / "out" / "l.db"
    result = run("ingest", tmp_path / "in", "--db", db, "--jobs", "2", "--json")
    assert result.exit_code == 1
    report = IngestReport.model_validate_json(result.output)
    assert (report.processed, report.failed) == (1, 1)
    assert [i.reason for i in report.items if i.outcome == "failed"] == [
        f"{tmp_path / 'in' / 'blank.txt'}: empty letter"
    ]
    again = run("ingest", tmp_path / "in" / "good.txt", "--db", db)
    assert again.exit_code == 0 and again.output.startswith("0 processed, 1 skipped, 0 failed")
    # The records are in the store alone; `letters export` prints them, or writes them as files.
    assert not list((tmp_path / "out").glob("*.json"))
    shown = run("export", "good", "--db", db)
    assert shown.exit_code == 0 and json.loads(shown.output)["letter"]["id"] == "good"
    written = run("export", "--db", db, "--out", tmp_path / "files")
    assert written.exit_code == 0 and written.output.strip() == str(tmp_path / "files" / "good.json")
    assert json.loads((tmp_path / "files" / "good.json").read_text())["letter"]["id"] == "good"


def test_query_commands_import_neither_spacy_nor_pdfplumber(db):
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from extractor.cli import main\n"
        "for args in (['query', 'commitments', '--country', 'TUN'], ['query', 'mentions', 'Tunisia'],\n"
        "             ['query', 'entities', '--top', '3'], ['sql', 'SELECT 1']):\n"
        f"    result = CliRunner().invoke(main, args + ['--db', {str(db)!r}, '--json'])\n"
        "    assert result.exit_code == 0, result.output\n"
        "print(','.join(m for m in ('spacy', 'pdfplumber', 'pdfminer', 'thinc') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"query commands imported {result.stdout.strip()}"
