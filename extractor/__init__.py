"""policy-letters: read policy letters (PDF) and extract facts that can be queried and compared.

The Python API (``extractor.api``) is re-exported here and loaded on first use, so that
``import extractor`` stays light (no spaCy, pdfplumber, pandas or networkx until they are used)::

    import extractor

    with extractor.Store("outputs/letters.db") as store:
        store.commitments(country="Libya").df

The click CLI in ``extractor.cli`` is a thin layer over the API, and no library module imports the CLI.
"""

from __future__ import annotations

__version__ = "0.1.0"
# The names ``extractor.api`` exports, loaded on first use (PEP 562).
API_NAMES = ("Listing", "SeriesListing", "Store", "compare", "digest", "evaluate", "extract", "read")
__all__ = ["__version__", *API_NAMES]


def __getattr__(name: str) -> object:
    """Load the API on first use of one of its names."""
    if name in API_NAMES:
        from extractor import api

        return getattr(api, name)
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *API_NAMES})
