"""Where the project's shared material (../shared: seed letter, gold digests, real-world PDFs) is.

CI lays a copy of shared/ beside the checkout; a developer's checkout has it at ../shared too.
$LETTERS_SHARED_DIR overrides both.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_DIR = Path(__file__).resolve().parents[1]
SHARED_DIR = Path(os.environ.get("LETTERS_SHARED_DIR", REPO_DIR.parent / "shared"))
SEED_TEXT = SHARED_DIR / "seed" / "000_b14c71ca2748bd18.txt"
SEED_GOLD_DIR = SHARED_DIR / "eval" / "gold"
REAL_WORLD_DIR = SHARED_DIR / "pdfs" / "real-world"


def require_shared(path: Path) -> Path:
    """Return path; fail in CI (where ../shared is always laid) and skip elsewhere when it is missing."""
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI lays ../shared beside the checkout")
        pytest.skip(f"{path} is not here (../shared beside this checkout, or $LETTERS_SHARED_DIR)")
    return path
