"""How a letter is read: the options every command that reads PDFs passes down to read_letter."""

from __future__ import annotations

from dataclasses import dataclass

ENGINES = ("pdfplumber", "pdfium")  # the first is the default (README, "Reading engines")
DEFAULT_ENGINE = ENGINES[0]
ENGINE_ENV_VAR = "LETTERS_ENGINE"


@dataclass(frozen=True)
class ReadOptions:
    """The reading options, kept together so that commands, the sandbox and ingest's workers pass one object."""

    engine: str = DEFAULT_ENGINE

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"unknown PDF engine {self.engine!r}; choose one of {', '.join(ENGINES)}")


DEFAULT_OPTIONS = ReadOptions()
