"""Another rendition of a stored letter (same text or same digest, other bytes) is recorded, never a new version."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

SERIES_DIR = Path(__file__).resolve().parents[2] / "letters" / "series"
sys.path.insert(0, str(SERIES_DIR))

from series_fixtures import load_extraction  # noqa: E402

from extractor.store.database import Store  # noqa: E402


def _as(name: str, letter_id: str, sha: str):
    extraction = load_extraction(name)
    extraction.letter.id = letter_id
    extraction.letter.sha256 = sha
    return extraction


def _counts(store: Store) -> dict:
    return {
        table: store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("letters", "mentions", "commitments", "renditions")
    }


def test_the_same_text_reflowed_under_one_id_is_a_rendition(tmp_path):
    with Store(tmp_path / "l.db") as store:
        assert store.save_letter(_as("med_2", "med", "a" * 64)).outcome == "stored"
        records_before = store.conn.execute("SELECT extraction_zlib FROM letters").fetchall()
        before = _counts(store)
        saved = store.save_letter(_as("med_2_reflowed", "med", "b" * 64))
        assert (saved.letter_id, saved.version, saved.outcome, saved.matched) == ("med", 1, "rendition", "same text")
        after = _counts(store)
        assert after == {**before, "renditions": 1}
        # The stored records are those of the first rendition, untouched.
        assert store.conn.execute("SELECT extraction_zlib FROM letters").fetchall() == records_before
        assert store.get_extraction("med").letter.sha256 == "a" * 64
        # The rendition's bytes are known now: the next ingest skips them without extracting.
        assert store.known_sha("b" * 64) == ("med", 1) and store.has_sha("b" * 64)
        assert store.save_letter(_as("med_2_reflowed", "med", "b" * 64)).outcome == "known"
        assert _counts(store) == after


def test_a_changed_letter_under_one_id_is_a_new_version(tmp_path):
    with Store(tmp_path / "l.db") as store:
        store.save_letter(_as("med_2", "med", "a" * 64))
        saved = store.save_letter(_as("med_3", "med", "c" * 64))
        assert (saved.version, saved.outcome) == (2, "stored")
        assert [(r["version"], r["latest"]) for r in store.letters()] == [(1, 0), (2, 1)]
        # A rendition of the first version, arriving later, is recorded against it, not as version 3.
        saved = store.save_letter(_as("med_2_reflowed", "med", "b" * 64))
        assert (saved.version, saved.outcome) == (1, "rendition")
        assert store.conn.execute("SELECT MAX(version) FROM letters").fetchone()[0] == 2


def test_the_same_facts_in_reworded_text_are_a_new_version(tmp_path):
    """Same digest, but words that differ beyond a producer's noise: a new version, which a diff can show."""
    with Store(tmp_path / "l.db") as store:
        store.save_letter(_as("med_2", "med", "a" * 64))
        reworded = _as("med_2", "med", "d" * 64)
        reworded.body = reworded.body.replace("Irregular arrivals", "The number of irregular arrivals", 1) + (
            "\n\nWe thank our partners for their work, and we look forward to a fruitful exchange at the summit."
        )
        assert store.save_letter(reworded).outcome == "stored"


def test_same_text_under_another_id_is_another_letter(tmp_path):
    with Store(tmp_path / "l.db") as store:
        store.save_letter(_as("med_2", "med", "a" * 64))
        assert store.save_letter(_as("med_2_reflowed", "med_copy", "b" * 64)).outcome == "stored"


@pytest.mark.slow
def test_ingest_of_two_producers_under_one_id_says_rendition(tmp_path):
    """A text letter and its PDF under one id: one version, the PDF said to be another rendition of it."""
    from extractor.cli import main

    for folder, source in (("text", "notice_1.txt"), ("pdf", "pdfs/notice_1.reportlab.pdf")):
        (tmp_path / folder).mkdir()
        shutil.copy(SERIES_DIR / source, tmp_path / folder / ("notice" + Path(source).suffix))
    db = str(tmp_path / "letters.db")
    out = tmp_path / "json"
    first = CliRunner().invoke(main, ["ingest", str(tmp_path / "text"), "--db", db, "--out", str(out), "--jobs", "1"])
    assert first.exit_code == 0, first.output
    exported = {path.name: path.read_bytes() for path in out.iterdir()}
    assert list(exported) == ["notice.json"]
    with Store(db, readonly=True) as store:
        records_before = store.get_extraction("notice").model_dump_json()
    # Said in the text output, into a copy of the store (the --json run below needs the rendition unseen).
    copy = str(tmp_path / "copy.db")
    shutil.copy(db, copy)
    said = CliRunner().invoke(main, ["ingest", str(tmp_path / "pdf"), "--db", copy, "--jobs", "1"])
    assert said.exit_code == 0 and "notice.pdf: another rendition of notice@1 (same " in said.output, said.output
    second = CliRunner().invoke(
        main, ["ingest", str(tmp_path / "pdf"), "--db", db, "--out", str(out), "--jobs", "1", "--json"]
    )
    assert second.exit_code == 0, second.output
    # The per-letter JSON of the stored version is not overwritten by the rendition's records.
    assert {path.name: path.read_bytes() for path in out.iterdir()} == exported
    report = json.loads(second.output)
    assert (report["processed"], report["renditions"], report["failed"]) == (0, 1, 0)
    (item,) = report["items"]
    assert item["outcome"] == "rendition" and item["letter"] == "notice@1"
    assert item["reason"].startswith("another rendition of notice@1 (same ")
    with Store(db, readonly=True) as store:
        assert store.get_extraction("notice").model_dump_json() == records_before
        assert [(r["id"], r["version"]) for r in store.letters()] == [("notice", 1)]
    # Skipped on the next run.
    again = CliRunner().invoke(main, ["ingest", str(tmp_path / "pdf"), "--db", db, "--jobs", "1"])
    assert again.exit_code == 0 and "0 processed, 1 skipped" in again.output
    # A changed letter under the same id is a new version.
    (tmp_path / "next").mkdir()
    shutil.copy(SERIES_DIR / "notice_2.txt", tmp_path / "next" / "notice.txt")
    changed = CliRunner().invoke(main, ["ingest", str(tmp_path / "next"), "--db", db, "--jobs", "1", "--json"])
    assert json.loads(changed.output)["items"][0]["letter"] == "notice@2"
