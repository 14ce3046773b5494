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


def _tasks(count: int, suffix: str = ".pdf") -> list:
    """What the pool is given: tasks with a path each."""
    from pathlib import Path
    from types import SimpleNamespace

    return [SimpleNamespace(path=Path(f"letter_{index}{suffix}")) for index in range(count)]


@pytest.mark.parametrize(
    "engine, pdfs, texts, jobs, numba, loaded",
    [
        ("pdfium", 60, 0, 2, "", True),  # 30 PDFs a worker: each would load it after its first pages
        ("pdfium", 59, 40, 2, "", False),  # text files need no reader of PDFs
        ("pdfium", 30, 0, 1, "auto", True),
        ("pdfium", 40, 0, 8, "", False),  # 5 PDFs a worker: none would reach the pages that load it
        ("pdfium", 60, 0, 2, "never", False),
        ("pdfplumber", 600, 0, 2, "", False),
    ],
)
def test_the_parent_loads_the_compiled_reader_once_for_a_batch_of_many_pdfs(
    monkeypatch, engine, pdfs, texts, jobs, numba, loaded
):
    from extractor.reading import options, pdfium_kernel

    calls = []
    monkeypatch.setattr(pdfium_kernel, "available", lambda: calls.append(1) or True)
    monkeypatch.setenv(options.NUMBA_ENV_VAR, numba)
    ingest_module.share_compiled_reader(_tasks(pdfs) + _tasks(texts, ".txt"), jobs, engine)
    assert bool(calls) == loaded
