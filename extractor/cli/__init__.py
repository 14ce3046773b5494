"""The `letters` command line: a thin click layer over the library.

Each submodule adds its commands to the group and imports heavy libraries (spaCy, pdfplumber)
only inside the commands that need them, so that query commands start fast.
"""

from __future__ import annotations

# Registering the commands is the point of these imports.
from extractor.cli import (
    diff,  # noqa: F401,E402
    extract,  # noqa: F401,E402
    graph,  # noqa: F401,E402
    schema,  # noqa: F401,E402
    series,  # noqa: F401,E402
    store,  # noqa: F401,E402
    text,  # noqa: F401,E402
    timeline,  # noqa: F401,E402
)
from extractor.cli.base import main

__all__ = ["main"]
