"""A letter named on the command line: a file (read and extracted now) or a stored record (never read again)."""

from __future__ import annotations

from pathlib import Path

# A reference with one of these suffixes names a file, never a stored letter.
FILE_SUFFIXES = (".pdf", ".txt", ".md")


def names_a_file(ref: str) -> bool:
    """Whether a reference that is no existing file still reads as a file name (so not a stored id)."""
    return Path(ref).suffix.lower() in FILE_SUFFIXES or "/" in ref or "\\" in ref


def load_extraction(ref: str, db_path: str, password: str | None, timeout: float, max_memory: int, read_options=None):
    """The Extraction REF names: a file, extracted now in a bounded worker; else the store's record.

    A stored letter (id, id@version, sha256 prefix or date) is read from the store's records only:
    its source file may be gone, and it is not read or extracted again.
    """
    if Path(ref).is_file():
        from extractor.sandbox import extract_bounded

        return extract_bounded(ref, password, timeout, max_memory, read_options)
    if names_a_file(ref):
        # It names a file, not a stored letter: say so rather than search the store for it.
        from extractor.errors import NotFound

        raise NotFound(ref)
    from extractor.errors import NoStore
    from extractor.store.database import EXTRACTIONS_SCHEMA, Store

    if not Path(db_path).exists():
        raise NoStore(db_path)
    store = Store(db_path, readonly=True, min_schema=EXTRACTIONS_SCHEMA)
    try:
        return store.get_extraction(ref)
    finally:
        store.close()
