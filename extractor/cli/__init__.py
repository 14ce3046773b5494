"""The `letters` command line: a thin click layer over the library.

Each submodule adds its commands to the group and imports heavy libraries (spaCy, pdfplumber)
only inside the commands that need them, so that query commands start fast.
"""
from __future__ import annotations

from extractor.cli.base import main

# Registering the commands is the point of these imports.
from extractor.cli import schema  # noqa: F401,E402
from extractor.cli import text  # noqa: F401,E402
from extractor.cli import store  # noqa: F401,E402
from extractor.cli import extract  # noqa: F401,E402
from extractor.cli import diff  # noqa: F401,E402
from extractor.cli import graph  # noqa: F401,E402

__all__ = ["main"]
