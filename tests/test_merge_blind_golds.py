"""tools/merge_blind_golds.py: two annotators' golds merged, a letter part with two readings stopping or accepting both."""

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "tools" / "merge_blind_golds.py"
STEM = "zz01_xx_bulletin_2016"


def write_golds(tmp_path, first_date, second_date):
    """Two annotators' golds of one document that differ only in its date."""
    for who, date in (("first", first_date), ("second", second_date)):
        (tmp_path / who).mkdir()
        gold = {"letter": {"date": date, "place": "Bridgetown"}, "countries": [{"value": "DMA"}]}
        (tmp_path / who / f"{STEM}.gold.json").write_text(json.dumps(gold))


def merge(tmp_path, *extra):
    """Run the merge over tmp_path's two annotators into tmp_path/merged."""
    dirs = [str(tmp_path / d) for d in ("first", "second", "merged")]
    return subprocess.run([sys.executable, str(SCRIPT), *dirs, *extra], capture_output=True, text=True)


def test_two_readings_that_share_nothing_stop_the_merge(tmp_path):
    write_golds(tmp_path, "2016-06", "2016-05-26")
    run = merge(tmp_path)
    assert run.returncode != 0 and "letter date" in run.stderr


def test_a_part_named_on_the_command_line_accepts_both_readings(tmp_path):
    write_golds(tmp_path, "2016-06", "2016-05-26")
    run = merge(tmp_path, f"{STEM}:date")
    assert run.returncode == 0, run.stderr
    letter = json.loads((tmp_path / "merged" / f"{STEM}.gold.json").read_text())["letter"]
    assert letter["date"] == {"name": "2016-06", "aliases": ["2016-05-26"]}
    assert letter["place"] == "Bridgetown"


def test_a_part_named_for_another_document_still_stops_the_merge(tmp_path):
    write_golds(tmp_path, "2016-06", "2016-05-26")
    assert merge(tmp_path, "zz02_other:date").returncode != 0
