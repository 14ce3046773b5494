"""`letters series ID [--changes]` over a store: --table, --json, --csv with stable headers; errors in one line."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

SERIES_DIR = Path(__file__).resolve().parents[2] / "letters" / "series"
sys.path.insert(0, str(SERIES_DIR))

from series_fixtures import load_extraction  # noqa: E402

from extractor.cli import main  # noqa: E402
from extractor.store.database import Store  # noqa: E402
from models.series import Series, SeriesChangeRow, SeriesRow  # noqa: E402

LETTERS = ("med_1", "med_2", "med_3", "notice_1", "notice_2", "notice_3")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("series") / "letters.db"
    with Store(path) as store:
        for name in LETTERS:
            store.save(load_extraction(name))
    return str(path)


def _run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_series_csv_lists_the_letters_in_date_order(db):
    result = _run("series", "med_2", "--db", db, "--csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == ",".join(SeriesRow.model_fields)
    rows = _csv(result.output)
    assert [(r["position"], r["id"]) for r in rows] == [("1", "med_1"), ("2", "med_2"), ("3", "med_3")]
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)


def test_series_json_validates_and_table_prints(db):
    result = _run("series", "notice_3@1", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    series = Series.model_validate_json(result.output)
    assert series.seed == "notice_3" and [s.id for s in series.letters] == ["notice_1", "notice_2", "notice_3"]
    assert series.changes == []
    table = _run("series", "notice_3", "--db", db)
    assert table.exit_code == 0 and "3 letter(s)" in table.output
    assert all(name in table.output for name in ("notice_1", "notice_2", "notice_3"))


def test_series_changes_diff_each_consecutive_pair(db):
    result = _run("series", "notice_1", "--changes", "--db", db, "--csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == ",".join(SeriesChangeRow.model_fields)
    rows = _csv(result.output)
    assert {(r["a"], r["b"]) for r in rows} == {("notice_1@1", "notice_2@1"), ("notice_2@1", "notice_3@1")}
    assert {"section": "part", "field": "date", "before": "2023-05-05", "after": "2024-04-09"}.items() <= next(
        r for r in rows if r["section"] == "part" and r["a"] == "notice_1@1"
    ).items()
    as_json = Series.model_validate_json(_run("series", "notice_1", "--changes", "--db", db, "--json").output)
    assert [(d.a.id, d.b.id) for d in as_json.changes] == [("notice_1", "notice_2"), ("notice_2", "notice_3")]
    table = _run("series", "notice_1", "--changes", "--db", db, "--table")
    assert table.exit_code == 0 and "notice_1 (2023-05-05) → notice_2 (2024-04-09)" in table.output


def test_series_changes_of_a_letter_alone_say_there_is_no_pair(tmp_path):
    path = tmp_path / "alone.db"
    with Store(path) as store:
        store.save(load_extraction("med_1"))
    table = _run("series", "med_1", "--changes", "--db", str(path))
    assert table.exit_code == 0 and "1 letter(s)" in table.stdout
    assert table.stderr == "one letter: no pair to compare\n"
    empty = _run("series", "med_1", "--changes", "--db", str(path), "--csv")
    assert empty.exit_code == 0 and empty.output.splitlines() == [",".join(SeriesChangeRow.model_fields)]


def test_series_errors_are_one_line(db, tmp_path):
    unknown = CliRunner().invoke(main, ["series", "nothing_here", "--db", db])
    assert unknown.exit_code == 1 and unknown.output.count("\n") == 1 and "nothing_here" in unknown.output
    no_store = CliRunner().invoke(main, ["series", "med_1", "--db", str(tmp_path / "none.db")])
    assert no_store.exit_code == 1 and "no store here yet" in no_store.output
    both = CliRunner().invoke(main, ["series", "med_1", "--db", db, "--csv", "--json"])
    assert both.exit_code == 2


def test_series_and_graph_export_never_write_the_store(db, tmp_path):
    folder = Path(db).parent
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert _run("series", "med_1", "--changes", "--db", db, "--json").exit_code == 0
    assert _run("graph", "export", "--db", db, "-o", str(tmp_path / "g.graphml")).exit_code == 0
    assert _run("diff", "med_1", "med_2", "--db", db, "--csv").exit_code == 0
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


# The comprehensive war-powers reports of ../shared/letters/us: one yearly series whose addressee
# changed from "Madam Speaker" to "Mr. Speaker" in 2023 (issue 17: the change of Speaker was not reported).
WAR_POWERS = ("us_2021-12-07_05e64319", "us_2022-06-08_412e517e", "us_2023-06-08_3763fe3e", "us_2024-12-06_39280d12")


@pytest.mark.slow
def test_real_war_powers_reports_diff_and_series_report_the_change_of_speaker(tmp_path):
    """Real letters ingested, their files then gone: diff and series --changes give the changed letter parts."""
    from shared_paths import SHARED_DIR, require_shared

    folder = tmp_path / "us"
    folder.mkdir()
    for name in WAR_POWERS:
        source = require_shared(SHARED_DIR / "letters" / "us" / f"{name}.txt")
        (folder / source.name).write_bytes(source.read_bytes())
    db = str(tmp_path / "letters.db")
    assert _run("ingest", str(folder), "--db", db, "--jobs", "1").exit_code == 0
    for path in folder.iterdir():
        path.unlink()  # a stored id is answered from the store alone
    diff = _csv(_run("diff", WAR_POWERS[1], f"{WAR_POWERS[2]}@1", "--db", db, "--csv").output)
    parts = [(r["field"], r["before"], r["after"]) for r in diff if r["section"] == "part"]
    assert parts == [
        ("date", "2022-06-08", "2023-06-08"),
        ("addressee", "Madam Speaker", "Mr. Speaker"),
        ("salutation", "Dear Madam Speaker", "Dear Mr. Speaker"),
    ]
    series = _run("series", WAR_POWERS[3], "--changes", "--db", db, "--csv")
    assert series.exit_code == 0, series.output
    rows = _csv(series.output)
    assert [(r["a"], r["b"]) for r in rows if r["field"] == "date"] == [
        (f"{a}@1", f"{b}@1") for a, b in zip(WAR_POWERS, WAR_POWERS[1:])
    ]
    speaker = [(r["a"], r["before"], r["after"]) for r in rows if r["section"] == "part" and r["field"] == "addressee"]
    assert speaker == [(f"{WAR_POWERS[1]}@1", "Madam Speaker", "Mr. Speaker")]
    table = _run("series", WAR_POWERS[0], "--changes", "--db", db, "--table")
    assert table.exit_code == 0 and "Madam Speaker" in table.output and "Mr. Speaker" in table.output
