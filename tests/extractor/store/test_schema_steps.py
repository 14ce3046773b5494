"""Released migration steps never change: each step's SQL text is pinned by its hash."""

from __future__ import annotations

import hashlib

import pytest

from extractor.store.database import MIGRATIONS

# Step index -> sha256 of its SQL as released (step 1 is a Python function, pinned by its tests).
RELEASED_STEPS = {
    0: "6ca7a9c43948bedbcb6902737d72dda263c1504e962f235f99b330bc6a420f4b",
    2: "bad88d8c17ba35fbf11927986f4a17c9e7778ffe270f41406adfd7dd1e5c8cca",
    3: "4a7e93d87fb28b039836fc86bd4795375838a59ce8e40439659c6836d795a895",
}


@pytest.mark.parametrize("step, digest", sorted(RELEASED_STEPS.items()))
def test_a_released_step_keeps_its_text(step, digest):
    text = MIGRATIONS[step]
    assert isinstance(text, str)
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == digest, f"released step {step} was edited: append one"
