"""A month run into the word before it in the source ("OnSeptember 15, 2024") is dated from both
producers' PDFs and with both engines, as from the text (issue 11: the space is lost in the source, so
the date rules, not the reader, read it)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from browser import require_chromium

from extractor.reading.options import ENGINES, ReadOptions
from extractor.records.digest import make_digest
from extractor.records.extract import extract_path

BUILD = Path(__file__).resolve().parents[2] / "letters" / "real" / "build.py"
LETTER = (
    "THE WHITE HOUSE\n\nWASHINGTON\n\nDecember 6, 2024\n\nDear Madam Speaker:\n\n"
    "Lake Chad Basin and Sahel Region. OnSeptember 15, 2024, at the request of the Government of Niger, the "
    "United States ended its limited military presence in that country. The remaining personnel have "
    "returned to their home stations.\n\nSincerely,\n\nJOSEPH R. BIDEN JR.\n"
)


def _builders():
    spec = importlib.util.spec_from_file_location("real_letters_build", BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.BUILDERS


@pytest.mark.slow
@pytest.mark.parametrize("producer", ["reportlab", "chromium"])
def test_a_glued_month_is_dated_from_both_producers_pdfs(producer, tmp_path):
    if producer == "chromium":
        require_chromium()
    source = tmp_path / "glued.txt"
    source.write_text(LETTER, encoding="utf-8")
    pdf = tmp_path / f"glued.{producer}.pdf"
    _builders()[producer](source, pdf)
    for path, engines in ((source, [None]), (pdf, ENGINES)):
        for engine in engines:
            options = ReadOptions(engine=engine) if engine else None
            digest = make_digest(extract_path(path, options=options))
            assert digest.dates == ["2024-12-06", "2024-09-15"], (path.name, engine, digest.dates)
