"""`letters timeline` in its three forms on a store of the hand-annotated series."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

SERIES_DIR = Path(__file__).resolve().parents[2] / "letters" / "series"
sys.path.insert(0, str(SERIES_DIR))

from series_fixtures import load_extraction  # noqa: E402

from extractor.cli import main  # noqa: E402
from extractor.cli.timeline import CSV_FIELDS, MARK_NAMED, MARK_SILENT, axis_line  # noqa: E402
from models.diff import Timeline, TimelinePoint  # noqa: E402

SERIES = ("med_1", "med_2", "med_3", "notice_1", "notice_2", "notice_3")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from extractor.store.database import Store

    path = tmp_path_factory.mktemp("timeline") / "letters.db"
    with Store(path) as store:
        for name in SERIES:
            store.save(load_extraction(name))
    return str(path)


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory):
    from extractor.store.database import Store

    path = tmp_path_factory.mktemp("timeline-empty") / "letters.db"
    Store(path).close()
    return str(path)


def run(*args, columns=80):
    return CliRunner().invoke(main, list(args), env={"COLUMNS": str(columns)}, catch_exceptions=False)


def test_axis_places_letters_by_their_real_spacing():
    points = [TimelinePoint(letter_id=str(d), days=d, mentions=1) for d in (0, 10, 100)]
    points.append(TimelinePoint(letter_id="silent", days=50))
    line = axis_line(points, 11)
    assert line.index(MARK_NAMED) == 0 and line[1] == MARK_NAMED and line[10] == MARK_NAMED
    assert line[5] == MARK_SILENT and len(line) == 11


def test_table_lists_money_per_currency_and_never_says_none_is_stated(db):
    result = run("timeline", "--country", "Jordan", "--db", db)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "EUR 80M" in out and "EUR 120M" in out
    assert "no money stated" not in out
    assert "money stated about Jordan, per currency" in out and "EUR 80M → EUR 120M in 3 letter(s)" in out
    assert all(len(line) <= 80 for line in out.splitlines())


def test_letters_that_state_nothing_are_marks_on_the_axis_not_rows(db):
    result = run("timeline", "--country", "Jordan", "--db", db)
    out = result.stdout
    assert "notice_1" not in out and "3 letter(s) that do not name Jordan" in out
    assert out.count(MARK_NAMED) >= 3 and MARK_SILENT in out


def test_no_money_line_only_when_no_letter_states_money(db):
    result = run("timeline", "--organisation", "Frontex", "--db", db)
    assert result.exit_code == 0
    assert ("no money stated" in result.stdout) != ("per currency" in result.stdout)


def test_a_subject_no_letter_names_says_so_and_exits_0(db):
    result = run("timeline", "--country", "Iceland", "--db", db)
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.strip() == "no stored letter names Iceland (6 letter(s) read)"


def test_json_validates_and_carries_days_money_and_currencies(db):
    result = run("timeline", "--country", "Jordan", "--db", db, "--json")
    timeline = Timeline.model_validate_json(result.stdout)
    assert [p.days for p in timeline.points][0] == 0
    assert [c.currency for c in timeline.currencies] == ["EUR"]
    assert [[m.value for m in p.money] for p in timeline.points if p.mentions] == [[80e6], [120e6], [120e6]]


def test_csv_has_amount_columns_and_a_stable_header(db, empty_db):
    result = run("timeline", "--country", "Jordan", "--db", db, "--csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == CSV_FIELDS
    stated = [(r["letter_id"], r["value"], r["currency"], r["kind"]) for r in rows if r["value"]]
    assert stated == [
        ("med_1", "80000000", "EUR", "money"),
        ("med_2", "120000000", "EUR", "money"),
        ("med_3", "120000000", "EUR", "money"),
    ]
    empty = run("timeline", "--country", "Jordan", "--db", empty_db, "--csv")
    assert empty.exit_code == 0 and empty.stdout.splitlines() == [",".join(CSV_FIELDS)]


def test_csv_lists_only_letters_naming_the_subject_and_an_unnamed_subject_is_said(db):
    named = list(csv.DictReader(io.StringIO(run("timeline", "--country", "Jordan", "--db", db, "--csv").stdout)))
    assert sorted({r["letter_id"] for r in named}) == ["med_1", "med_2", "med_3"]  # the notices do not name it
    for fmt in ("--csv", "--json"):
        result = run("timeline", "--country", "Iceland", "--db", db, fmt)
        assert result.exit_code == 0
        assert result.stderr.strip() == "no stored letter names Iceland (6 letter(s) read)"
    unnamed = run("timeline", "--country", "Iceland", "--db", db, "--csv")
    assert unnamed.stdout.splitlines() == [",".join(CSV_FIELDS)]


def test_empty_store_table_says_so_and_json_has_no_points(empty_db):
    table = run("timeline", "--country", "Jordan", "--db", empty_db)
    assert table.exit_code == 0 and table.stdout == "" and "no letter stored" in table.stderr
    as_json = run("timeline", "--country", "Jordan", "--db", empty_db, "--json")
    assert json.loads(as_json.stdout)["points"] == [] and as_json.stderr.strip() == "no letter stored"


def test_one_format_at_a_time(db):
    result = run("timeline", "--country", "Jordan", "--db", db, "--json", "--csv")
    assert result.exit_code == 2


def test_the_schema_describes_the_new_fields():
    schema = json.loads(CliRunner().invoke(main, ["schema", "timeline"]).stdout)
    assert "currencies" in schema["properties"]
    point = schema["$defs"]["TimelinePoint"]["properties"]
    assert {"days", "money"} <= set(point)
