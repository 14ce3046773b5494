"""Ingest through the worker pool: reading options reach the workers, the bar counts pages, --jobs defaults to the cores."""

from __future__ import annotations

import os

import pytest
from store_samples import fake_extract, write_letter

from extractor.store import ingest as ingest_module
from extractor.store.ingest import ingest

_seen_options: list = []


def _options_extract(path, password=None, letter_id=None, engine=None):
    """fake_extract that writes the reading options it was given into the record's source."""
    extraction = fake_extract(path, password, letter_id)
    extraction.letter.source = f"password={password} engine={engine}"
    return extraction


@pytest.mark.slow
def test_reading_options_reach_every_worker_as_keywords(tmp_path):
    (tmp_path / "in").mkdir()
    for index in range(3):
        write_letter(tmp_path / "in", f"letter_{index}", "2025-01-01", [f"Tunisia gets EUR {index + 1} million."])
    report = ingest(
        [tmp_path / "in"],
        tmp_path / "l.db",
        jobs=2,
        password="s3cret",
        options={"engine": "x"},
        extract=_options_extract,
    )
    assert report.processed == 3
    from extractor.store.database import Store

    with Store(tmp_path / "l.db", readonly=True) as store:
        assert {row["source"] for row in store.letters()} == {"password=s3cret engine=x"}


@pytest.mark.slow
def test_the_progress_bar_shows_pages_per_second(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    for index in range(3):
        write_letter(tmp_path / "in", f"letter_{index}", "2025-01-01", [f"Tunisia gets EUR {index + 1} million."])
    report = ingest([tmp_path / "in"], tmp_path / "l.db", jobs=1, progress=True, extract=fake_extract)
    assert report.processed == 3
    err = capsys.readouterr().err
    assert f"{report.pages} pages, " in err and " pages/s" in err


def test_jobs_default_to_the_cores_this_process_may_use():
    assert ingest_module.DEFAULT_JOBS == len(os.sched_getaffinity(0))
