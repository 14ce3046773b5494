"""Warnings while one file is read and extracted: the PDF library's counted, ours shown once.

pdfminer logs a warning for every odd operator of a damaged PDF (ten thousand lines for one
file), and libraries raise Python warnings. While a file is processed, ``reported(path)`` counts
them and prints one summary line on stderr at the end; with ``set_verbose(True)`` (the CLI's
``--verbose``) each is printed as it comes. Our own warnings (loggers under ``extractor``) are
printed once each, with the file's name. The state is per process, so a forked worker reports
its own file.
"""

from __future__ import annotations

import logging
import sys
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Union

from extractor.errors import LibraryWarnings

# Loggers whose records are ours: shown to the person, never merely counted.
OWN_LOGGER = "extractor"
# Warnings say so, so that a reader (or a script) tells them from the one error line of a failed file.
PREFIX = "letters: warning: "

_state = {"verbose": False, "active": None}


def set_verbose(verbose: bool) -> None:
    """Print each library warning (True) or one summary line per file (False, the default)."""
    _state["verbose"] = bool(verbose)


def _write(line: str) -> None:
    from extractor.escape import one_line

    stream = sys.stderr
    stream.write(PREFIX + one_line(line) + "\n")
    stream.flush()


class _Tally(logging.Handler):
    """Counts the library's warnings for one file; prints ours (each message once)."""

    def __init__(self, path: str) -> None:
        super().__init__(level=logging.WARNING)
        self.path = path
        self.count = 0
        self.shown: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        """Count a library record (or print it under --verbose); print one of ours once."""
        try:
            message = record.getMessage()
        except Exception:  # a library's malformed log call is still one warning
            message = str(record.msg)
        if record.name == OWN_LOGGER or record.name.startswith(OWN_LOGGER + "."):
            if message not in self.shown:
                self.shown.add(message)
                _write(f"{self.path}: {message}")
            return
        self.count += 1
        if _state["verbose"]:
            _write(f"{self.path}: {record.name}: {message}")

    def python_warning(self, message, category, filename, lineno, file=None, line=None) -> None:
        """warnings.showwarning for the time of one file: a Python warning counts like a logged one."""
        self.count += 1
        if _state["verbose"]:
            _write(f"{self.path}: {category.__name__}: {message}")


@contextmanager
def reported(path: Union[str, Path]) -> Iterator[None]:
    """Count the library warnings raised while ``path`` is processed and print one line about them at the end.

    Nested uses (extraction reads the letter, which reports too) count into the outermost one.
    """
    if _state["active"] is not None:
        yield
        return
    tally = _Tally(str(path))
    root = logging.getLogger()
    # A handler on the root logger takes the records Python would otherwise print one by one.
    root.addHandler(tally)
    _state["active"] = tally
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("default")
            warnings.showwarning = tally.python_warning
            yield
    finally:
        _state["active"] = None
        root.removeHandler(tally)
        if tally.count and not _state["verbose"]:
            _write(str(LibraryWarnings(str(path), count=tally.count)))
