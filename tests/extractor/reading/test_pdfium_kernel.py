"""The pdfium engine read by numba-compiled code and by its Python fallback: the same chars, the same letters."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from reader_pdfs import build_letter

from extractor.reading import pdfium_kernel
from extractor.reading.options import ReadOptions
from extractor.reading.reader import read_letter

pytest.importorskip("numba")

REPO_DIR = Path(__file__).resolve().parents[3]
# A few PDFs of each kind: reportlab's letters (many text objects, made-up spaces), Chromium's (ligatures,
# hyphens), tables, and a fake-bold page.
SAMPLE_PDFS = sorted((REPO_DIR / "corpus").glob("*.pdf"))[:3] + sorted((REPO_DIR / "tests" / "pdfs").glob("*.pdf"))


@pytest.fixture(scope="module")
def letter_pdf(tmp_path_factory) -> Path:
    return build_letter(tmp_path_factory.mktemp("kernel") / "letter.pdf", repeat=2).path


@pytest.fixture
def without_numba(monkeypatch):
    """The Python path: the compiled reader reported missing, as when numba is not installed."""
    monkeypatch.setattr(pdfium_kernel, "_compiled", lambda: None)


def _pages(path: Path) -> list:
    from extractor.reading.pdfium_chars import open_document

    with open_document(path, None, 1000) as document:
        return [(page.width, page.height, page.chars, page.shapes) for page in document.pages()]


def test_numba_is_used_when_installed():
    assert pdfium_kernel.available()


@pytest.mark.parametrize("path", SAMPLE_PDFS, ids=lambda path: path.name)
def test_compiled_and_python_paths_give_the_same_chars(path, monkeypatch):
    compiled = _pages(path)
    monkeypatch.setattr(pdfium_kernel, "_compiled", lambda: None)
    assert _pages(path) == compiled  # every dict, key and float alike, in the same order


def test_the_long_letter_reads_alike_both_ways(letter_pdf, monkeypatch):
    compiled = read_letter(letter_pdf, options=ReadOptions(engine="pdfium")).model_dump_json()
    monkeypatch.setattr(pdfium_kernel, "_compiled", lambda: None)
    assert read_letter(letter_pdf, options=ReadOptions(engine="pdfium")).model_dump_json() == compiled


def test_a_split_ligature_and_overprinted_bold_read_alike_both_ways(tmp_path, monkeypatch):
    """Chromium-style ligature glyphs go through the char-by-char loop; a fake-bold copy is found either way."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "odd.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 12)
    c.drawString(72, 700, "The \ufb01rst of\ufb02ows and \ufb00ects")
    for dx in (0, 0.3):
        c.drawString(72 + dx, 680, "Important notice")
    c.setFillColorRGB(1, 1, 1)
    c.drawString(72, 660, "hidden text")
    c.save()
    compiled = _pages(path)
    monkeypatch.setattr(pdfium_kernel, "_compiled", lambda: None)
    assert _pages(path) == compiled


def test_the_switch_turns_numba_off(monkeypatch):
    monkeypatch.setenv(pdfium_kernel.DISABLE_ENV_VAR, "1")
    pdfium_kernel._compiled.cache_clear()
    try:
        assert not pdfium_kernel.available()
    finally:
        monkeypatch.delenv(pdfium_kernel.DISABLE_ENV_VAR)
        pdfium_kernel._compiled.cache_clear()
    assert pdfium_kernel.available()


def test_a_read_only_install_caches_compiled_code_in_the_users_cache(monkeypatch, tmp_path):
    monkeypatch.delenv(pdfium_kernel.CACHE_ENV_VAR, raising=False)
    monkeypatch.setattr(pdfium_kernel.os, "access", lambda path, mode: False)
    monkeypatch.setattr(pdfium_kernel, "DEFAULT_CACHE_DIR", tmp_path / "numba")
    pdfium_kernel._cache_dir_ready()
    assert os.environ[pdfium_kernel.CACHE_ENV_VAR] == str(tmp_path / "numba")


def test_a_cache_folder_already_chosen_is_kept(monkeypatch):
    monkeypatch.setenv(pdfium_kernel.CACHE_ENV_VAR, "/somewhere/else")
    monkeypatch.setattr(pdfium_kernel.os, "access", lambda path, mode: False)
    pdfium_kernel._cache_dir_ready()
    assert os.environ[pdfium_kernel.CACHE_ENV_VAR] == "/somewhere/else"


@pytest.mark.slow
def test_a_fresh_process_reads_with_numba_off_or_on(letter_pdf):
    """Whole processes, as a user runs them: the compiled code loads from its cache, or is left aside by the switch."""
    code = (
        "import sys; from extractor.reading.reader import read_letter; from extractor.reading.options import ReadOptions; "
        f"sys.stdout.write(read_letter({str(letter_pdf)!r}, options=ReadOptions(engine='pdfium')).model_dump_json())"
    )
    outputs = []
    for switch in ("", "1"):
        env = {**os.environ, pdfium_kernel.DISABLE_ENV_VAR: switch}
        run = subprocess.run([sys.executable, "-c", code], cwd=REPO_DIR, capture_output=True, text=True, env=env)
        assert run.returncode == 0, run.stderr
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1]
