"""`letters eval`: no gold is an error (never a table of 1.000), and the scores in --table, --json and --csv."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_extract_cli import BODY, fake  # noqa: F401  (the fake extraction fixture)

from extractor.cli import main
from extractor.cli.extract import EVAL_CSV_FIELDS
from models.evaluation import FIELDS, EvaluationReport

LETTERS = Path(__file__).resolve().parents[2] / "letters"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_a_folder_without_gold_digests_is_a_one_line_error(tmp_path):
    (tmp_path / "letter.txt").write_text("Dear all,", encoding="utf-8")
    result = run("eval", tmp_path)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"letters: {tmp_path}: no gold digest here (give a *.gold.json file, or a folder of them; see DIGEST.md)"
    ]
    assert "1.000" not in result.output


@pytest.mark.parametrize("fmt", ["--table", "--json", "--csv"])
def test_files_that_are_not_gold_score_nothing_and_fail_in_every_format(tmp_path, fmt):
    (tmp_path / "manifest.json").write_text(json.dumps([{"file": "a.txt"}]), encoding="utf-8")
    result = run("eval", tmp_path, fmt)
    assert result.exit_code == 1
    assert "1.000" not in result.output and "micro" not in result.output
    lines = result.output.strip().splitlines()
    assert "manifest.json" in lines[0] and lines[-1] == (
        f"letters: {tmp_path}: no letter scored (1 file(s) tried as gold digests; see the lines above)"
    )


def _gold(tmp_path):
    (tmp_path / "one.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "one.gold.json").write_text(json.dumps({"countries": ["LBY", "TUN"]}), encoding="utf-8")


def test_csv_has_a_line_per_letter_and_field_and_the_totals(fake, tmp_path):  # noqa: F811
    _gold(tmp_path)
    result = run("eval", tmp_path, "--csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0]) == EVAL_CSV_FIELDS
    letter = [r for r in rows if r["scope"] == "letter"]
    assert [r["field"] for r in letter] == [*FIELDS, "micro"]
    countries = next(r for r in letter if r["field"] == "countries")
    assert (countries["letter_id"], countries["tp"], countries["fn"]) == ("one", "1", "1")
    assert [r["field"] for r in rows if r["scope"] == "all"] == [*FIELDS, "micro"]


def test_json_and_table_agree(fake, tmp_path):  # noqa: F811
    _gold(tmp_path)
    report = EvaluationReport.model_validate_json(run("eval", tmp_path, "--json").output)
    table = run("eval", tmp_path, "--table").output
    assert f"{report.overall.f1:.3f}" in table and "micro" in table


@pytest.mark.slow
def test_real_eval_csv_of_one_test_letter(tmp_path):
    gold = sorted(LETTERS.glob("*.gold.json"))[0]
    stem = gold.name.removesuffix(".gold.json")
    shutil.copy(gold, tmp_path / gold.name)
    shutil.copy(LETTERS / f"{stem}.txt", tmp_path / f"{stem}.txt")
    result = run("eval", tmp_path, "--csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    micro = next(r for r in rows if r["scope"] == "all" and r["field"] == "micro")
    assert int(micro["tp"]) > 0 and 0 < float(micro["f1"]) <= 1


def test_long_letter_ids_are_never_cut_in_80_columns(fake, tmp_path):  # noqa: F811
    stems = ["us_2021-03-03_4cef1510.reportlab", "us_2021-03-03_4cef1511.reportlab"]
    for stem in stems:
        (tmp_path / f"{stem}.txt").write_text(BODY, encoding="utf-8")
        (tmp_path / f"{stem}.gold.json").write_text(json.dumps({"countries": ["TUN"]}), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(tmp_path)], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert all(len(line) <= 80 for line in lines)
    # The letter column, read down: each id whole (folded at the column's edge, never ended with "…").
    first = "".join(line.split("│")[0].strip() for line in lines if "│" in line)
    assert all(stem in first for stem in stems) and "…" not in first
