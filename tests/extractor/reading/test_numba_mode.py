"""$LETTERS_NUMBA's values: checked whether numba is installed or not (test_pdfium_kernel needs it)."""

from __future__ import annotations

import pytest
from reader_pdfs import build_letter

from extractor.reading import pdfium_kernel
from extractor.reading.options import NUMBA_ENV_VAR, NUMBA_MODES, ReadOptions, numba_mode
from extractor.reading.reader import read_letter


@pytest.mark.parametrize("mode", NUMBA_MODES)
def test_each_known_mode_is_read(mode, monkeypatch):
    monkeypatch.setenv(NUMBA_ENV_VAR, mode)
    assert numba_mode() == mode


def test_an_unset_or_empty_mode_is_the_default(monkeypatch):
    monkeypatch.setenv(NUMBA_ENV_VAR, "")
    assert numba_mode() == NUMBA_MODES[0] == "auto"
    monkeypatch.delenv(NUMBA_ENV_VAR)
    assert numba_mode() == "auto"


def test_an_unknown_mode_is_an_error_naming_the_variable(monkeypatch):
    monkeypatch.setenv(NUMBA_ENV_VAR, "fast")
    with pytest.raises(ValueError, match="LETTERS_NUMBA must be one of auto, always, never, not 'fast'"):
        pdfium_kernel.use_compiled(1)


def test_an_unknown_mode_is_no_corrupt_pdf(tmp_path, monkeypatch):
    path = build_letter(tmp_path / "letter.pdf").path
    monkeypatch.setenv(NUMBA_ENV_VAR, "fast")
    with pytest.raises(ValueError, match="LETTERS_NUMBA"):
        read_letter(path, options=ReadOptions(engine="pdfium"))
