"""How a letter is read: the options every reading command passes down as one object."""

from __future__ import annotations

import os
from dataclasses import dataclass

ENGINES = ("pdfplumber", "pdfium")  # the first is the default (README, "Reading engines")
DEFAULT_ENGINE = ENGINES[0]
ENGINE_ENV_VAR = "LETTERS_ENGINE"
# When the pdfium engine uses its compiled reader (numba, the `fast` extra): "auto" once it pays, or always, or never.
NUMBA_ENV_VAR = "LETTERS_NUMBA"
NUMBA_MODES = ("auto", "always", "never")  # the first is the default (README, "The pdfium engine compiled with numba")
OCR_MODES = ("auto", "always", "never")
DEFAULT_OCR = "auto"  # pages without a text layer, or with a garbage one, are read by OCR: a scan needs no flag
# Tesseract's languages joined by "+". Letters in this field name French and German places and
# people (Côte d'Ivoire, Türkiye): English alone read "Côte" as "Céte". CPU per page measured on
# one US letter at 300 dpi: eng 1.85 s, eng+fra 2.66 s, eng+fra+deu 3.24 s.
DEFAULT_OCR_LANGUAGES = "eng+fra+deu"
# The files taken as letters: a folder's walk keeps them, a name on the command line with one is a file, and
# evaluation, finding a letter in several, prefers them in this order (a PDF first).
LETTER_SUFFIXES = (".pdf", ".txt", ".md")


@dataclass(frozen=True)
class ReadOptions:
    """Options of reading a letter: the PDF engine, when to read pages by OCR and in which languages."""

    engine: str = DEFAULT_ENGINE
    ocr: str = DEFAULT_OCR
    ocr_languages: str = DEFAULT_OCR_LANGUAGES

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"unknown PDF engine {self.engine!r}; choose one of {', '.join(ENGINES)}")
        if self.ocr not in OCR_MODES:
            raise ValueError(f"ocr must be one of {', '.join(OCR_MODES)}, not {self.ocr!r}")


DEFAULT_READ_OPTIONS = ReadOptions()


def numba_mode() -> str:
    """$LETTERS_NUMBA (unset or empty: the default); ValueError, naming it and its values, for any other value."""
    mode = os.environ.get(NUMBA_ENV_VAR, "") or NUMBA_MODES[0]
    if mode not in NUMBA_MODES:
        raise ValueError(f"{NUMBA_ENV_VAR} must be one of {', '.join(NUMBA_MODES)}, not {mode!r}")
    return mode
