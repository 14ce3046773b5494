"""Extraction quality on the letters written blind does not fall below what it reached.

Each set's README records its first, unseen score; these floors guard what the rules reach now,
a little below it, so that a change that helps one letter and hurts others is caught.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.reports.evaluate import evaluate

LETTERS = Path(__file__).resolve().parents[2] / "letters"
# Micro F1 floors, measured 2026-11-27 (0.996, 0.998, 0.987, 0.944, 0.935), less a margin of about 1%.
MICRO_F1_FLOORS = {"blind": 0.985, "blind2": 0.985, "blind3": 0.975, "blind4": 0.93, "blind5": 0.925}


@pytest.mark.parametrize("name", sorted(MICRO_F1_FLOORS))
def test_blind_set_micro_f1_stays_above_its_floor(name):
    report = evaluate(LETTERS / name)
    errors = [letter.error for letter in report.letters if letter.error]
    assert not errors, errors
    assert len(report.letters) >= 6
    assert report.overall.f1 >= MICRO_F1_FLOORS[name], report.overall
