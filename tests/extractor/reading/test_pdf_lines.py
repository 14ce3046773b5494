"""pdf_lines: the quick test that lets dedupe skip a page never skips one that holds a copy."""

from __future__ import annotations

import copy
import random

from extractor.reading import pdf_lines


def _search(chars: list[dict]) -> int:
    """How many copies dedupe's char-by-char search drops (the quick test bypassed)."""
    chars = copy.deepcopy(chars)
    kept = []
    for char in chars:
        if not any(
            other["text"] == char["text"]
            and other["fontname"] == char["fontname"]
            and round(other["size"], 1) == round(char["size"], 1)
            and abs(other["x0"] - char["x0"]) <= pdf_lines.DEFAULT_DEDUPE_TOLERANCE
            and abs(other["top"] - char["top"]) <= pdf_lines.DEFAULT_DEDUPE_TOLERANCE
            for other in kept
        ):
            kept.append(char)
    return len(chars) - len(kept)


def test_the_quick_test_never_misses_a_copy():
    rng = random.Random(7)
    with_copies = 0
    for _ in range(2000):
        chars = [
            {
                "text": rng.choice("ab"),
                "fontname": rng.choice(["F1", "F2"]),
                "size": 10.0,
                "x0": rng.uniform(0, 12),
                "top": rng.uniform(0, 12),
            }
            for _ in range(rng.randint(2, 12))
        ]
        copies = _search(chars)
        with_copies += copies > 0
        if copies:
            assert pdf_lines._may_have_copies(chars, pdf_lines.DEFAULT_DEDUPE_TOLERANCE)
        assert len(pdf_lines.dedupe(copy.deepcopy(chars))) == len(chars) - copies
    assert with_copies > 100  # the random pages do hold copies, so the assertion above is exercised


def test_a_page_without_copies_is_returned_as_it_is():
    chars = [{"text": ch, "fontname": "F", "size": 10.0, "x0": 6.0 * k, "top": 0.0} for k, ch in enumerate("letter")]
    assert pdf_lines.dedupe(chars) is chars
