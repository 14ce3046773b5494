"""--ocr and --ocr-lang on the commands that read; a scan read with no flag, by one command and by ingest."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from scans import write_scan

from extractor.cli import main

ROOT = Path(__file__).resolve().parents[3]
LETTER = ROOT / "tests" / "letters" / "real" / "us" / "us_2021-03-03_4ac727f8.reportlab.pdf"
READING_COMMANDS = [["text"], ["extract"], ["digest"], ["show"], ["diff"], ["eval"], ["ingest"], ["graph", "export"]]

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is not installed (make test-deps installs it)"
)


def run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)


@pytest.mark.parametrize("command", READING_COMMANDS, ids=" ".join)
def test_every_reading_command_takes_ocr_options(command):
    result = run(*command, "--help")
    assert result.exit_code == 0 and "--ocr [auto|always|never]" in result.output and "--ocr-lang" in result.output


@pytest.mark.parametrize("bad", [["--ocr", "sometimes"], ["--ocr-lang", "eng;rm -rf"], ["--ocr-lang", "-psm 0"]])
def test_bad_ocr_values_are_usage_errors(bad, tmp_path):
    letter = tmp_path / "a.txt"
    letter.write_text("Dear Minister,\n\nThe EU gives EUR 5 million to Libya.\n", encoding="utf-8")
    result = run("digest", letter, *bad)
    assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    return write_scan(LETTER, tmp_path_factory.mktemp("scans") / "us_2021-03-03_4ac727f8.pdf")


@pytest.mark.slow
@needs_tesseract
def test_a_scan_is_read_with_no_flag_and_says_so(scan):
    result = run("extract", scan)
    assert result.exit_code == 0, result.output
    extraction = json.loads(result.output)
    assert extraction["letter"]["ocr_pages"] == [1] and 0.8 < extraction["letter"]["ocr_confidence"] <= 1
    assert extraction["mentions"] and all(0 <= m["confidence"] <= 1 for m in extraction["mentions"])
    off = run("text", scan, "--ocr", "never")
    assert off.exit_code == 1 and "--ocr never" in off.output and len(off.output.strip().splitlines()) == 1


@pytest.mark.slow
@needs_tesseract
def test_ingest_reads_scans_in_parallel_workers_and_records_it(scan, tmp_path):
    folder = tmp_path / "letters"
    folder.mkdir()
    shutil.copy(scan, folder / "scanned.pdf")
    shutil.copy(LETTER, folder / "typed.pdf")
    db = tmp_path / "letters.db"
    result = run("ingest", folder, "--db", db, "--jobs", 2, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["processed"] == 2 and report["failed"] == 0
    # The store keeps each letter's records: read them back as `letters export` prints them.
    scanned = json.loads(run("export", "scanned", "--db", db).output)
    typed = json.loads(run("export", "typed", "--db", db).output)
    assert scanned["letter"]["ocr_pages"] == [1] and typed["letter"]["ocr_pages"] == []
    assert {m["norm"] for m in scanned["mentions"]} == {m["norm"] for m in typed["mentions"]}


@pytest.mark.slow
def test_missing_tesseract_is_one_line_saying_how_to_install_it(scan, tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()  # a PATH with no tesseract on it
    env = {**os.environ, "PATH": str(bin_dir), "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}
    done = subprocess.run(
        [sys.executable, "-m", "extractor.cli", "digest", str(scan)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(scan) in lines[0], done.stderr
    assert "Tesseract" in lines[0] and "apt-get install tesseract-ocr" in lines[0]
