"""Test helper: per-field scores of the real extraction against the gold digests (seed + test letters)."""

from __future__ import annotations

import functools
from pathlib import Path

from shared_paths import SEED_GOLD_DIR, require_shared

LETTERS_DIR = Path(__file__).resolve().parents[2] / "letters"


@functools.lru_cache(maxsize=None)
def seed_scores() -> dict:
    """Field name -> FieldScore for the seed letter (skips, or fails in CI, when the shared gold is not here)."""
    from extractor.reports.evaluate import gold_files, score_letter

    (gold,) = gold_files(require_shared(SEED_GOLD_DIR))
    letter = score_letter(gold)
    assert letter.error is None, letter.error
    return {score.field: score for score in letter.fields}


@functools.lru_cache(maxsize=None)
def letters_scores() -> dict:
    """Field name -> FieldScore summed over every gold digest in tests/letters."""
    from extractor.reports.evaluate import finish, score_letter

    totals: dict = {}
    for gold in sorted(LETTERS_DIR.glob("*.gold.json")):
        letter = score_letter(gold, LETTERS_DIR)
        assert letter.error is None, letter.error
        for score in letter.fields:
            total = totals.setdefault(score.field, [0, 0, 0, []])
            total[0] += score.tp
            total[1] += score.fp
            total[2] += score.fn
            total[3] += [f"{letter.letter_id}: missed {m}" for m in score.missed]
            total[3] += [f"{letter.letter_id}: spurious {s}" for s in score.spurious]
    from models.evaluation import FieldScore

    out = {}
    for field, (tp, fp, fn, notes) in totals.items():
        out[field] = finish(FieldScore(field=field, missed=notes), tp, fp, fn)
    return out
