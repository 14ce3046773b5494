"""The `letters` command line: a thin click layer over the library.

Each submodule adds its commands to the group when imported, and the group imports a submodule
only when one of its commands is run (base.COMMAND_MODULES); heavy libraries (spaCy, pdfplumber,
pydantic's record trees) are imported inside the commands that need them, so commands start fast.
"""

from __future__ import annotations

from extractor.cli.base import main

__all__ = ["main"]
