"""Shared test helpers: the letters written for the tests, their gold digests, and their PDFs.

Plain functions (importable as ``from conftest import letter_sources``) and fixtures of the same
data (``test_letters``, ``test_pdfs``, ``corpus_manifest``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
REPO_DIR = TESTS_DIR.parent
LETTERS_DIR = TESTS_DIR / "letters"
PDFS_DIR = TESTS_DIR / "pdfs"
CORPUS_DIR = REPO_DIR / "corpus"


def letter_sources() -> list[tuple[Path, Path]]:
    """Every test letter as (text source, gold digest), sorted by name; tests/letters/series excluded."""
    pairs = []
    for txt in sorted(LETTERS_DIR.glob("*.txt")):
        gold = txt.with_name(txt.stem + ".gold.json")
        if gold.exists():
            pairs.append((txt, gold))
    return pairs


def pdf_fixtures() -> list[tuple[Path, Path, str]]:
    """Every test PDF as (pdf path, text source, producer), from tests/pdfs/manifest.json."""
    manifest = PDFS_DIR / "manifest.json"
    if not manifest.exists():
        return []
    out = []
    for entry in json.loads(manifest.read_text(encoding="utf-8")):
        out.append((PDFS_DIR / entry["file"], LETTERS_DIR / entry["source_letter"], entry["producer"]))
    return out


def pdf_entries() -> list[dict]:
    """The raw entries of tests/pdfs/manifest.json (file, source_letter, producer, sha256, page size...)."""
    manifest = PDFS_DIR / "manifest.json"
    return json.loads(manifest.read_text(encoding="utf-8")) if manifest.exists() else []


def corpus_entries() -> list[dict]:
    """The entries of corpus/manifest.json (id, file, date, author, source, sha256, producer)."""
    return json.loads((CORPUS_DIR / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def test_letters() -> list[tuple[Path, Path]]:
    """(text source, gold digest) of every letter written for the tests."""
    return letter_sources()


@pytest.fixture(scope="session")
def test_pdfs() -> list[tuple[Path, Path, str]]:
    """(pdf, text source, producer) of every test PDF."""
    return pdf_fixtures()


@pytest.fixture(scope="session")
def corpus_manifest() -> list[dict]:
    """The corpus manifest entries."""
    return corpus_entries()
