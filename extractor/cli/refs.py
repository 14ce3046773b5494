"""A letter named on the command line: a file (read and extracted now) or a stored record (never read again)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from extractor.reading.options import LETTER_SUFFIXES


def names_a_file(ref: str) -> bool:
    """Whether a reference that is no existing file still reads as a file name (so not a stored id)."""
    # A reference with a letter file's suffix names a file, never a stored letter.
    return Path(ref).suffix.lower() in LETTER_SUFFIXES or "/" in ref or "\\" in ref


def load_extraction(ref: str, db_path: str, password: str | None, timeout: float, max_memory: int, read_options=None):
    """The Extraction REF names: a file, extracted now in a bounded worker; else the store's record.

    A stored letter (id, id@version, sha256 prefix or date) is read from the store's records only:
    its source file may be gone, and it is not read or extracted again.
    """
    from extractor.api import Store, extract

    if Path(ref).is_file():
        options = {} if read_options is None else dataclasses.asdict(read_options)
        return extract(ref, password, timeout, max_memory, **options)
    if names_a_file(ref):
        # It names a file, not a stored letter: say so rather than search the store for it.
        from extractor.errors import NotFound

        raise NotFound(ref)
    # Read-only, any store that keeps the records (NoStore when there is none): as the API opens it.
    with Store(db_path) as store:
        return store.extraction(ref)
