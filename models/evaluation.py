"""Scores of extracted digests against gold digests: per field, per letter, and micro totals."""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field

# The fields scored, in report order. The three commitment scores are described in
# extractor/reports/evaluate.py: commitments match on amount; beneficiaries and status are scored
# only inside matched pairs; all three enter the micro total.
FIELDS = (
    "letter",
    "countries",
    "organisations",
    "routes",
    "amounts",
    "dates",
    "programmes",
    "commitments",
    "commitment_beneficiaries",
    "commitment_status",
    "route_countries",
)


class Match(BaseModel):
    """A gold item and the predicted item that matched it."""

    gold: str
    predicted: str


class Score(BaseModel):
    """Counts and precision/recall/F1 (1.0 when there was nothing to find and nothing found)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    precision: float = 1.0
    recall: float = 1.0
    f1: float = 1.0


class FieldScore(Score):
    """The score of one field, with which items matched, were missed or were spurious."""

    field: str
    matched: list[Match] = Field(default_factory=list)
    missed: list[str] = Field(default_factory=list, description="gold items not found (fn)")
    spurious: list[str] = Field(default_factory=list, description="predicted items not in gold (fp)")
    optional: list[Match] = Field(
        default_factory=list, description="predicted items that matched optional gold items (not counted)"
    )


class LetterScore(BaseModel):
    """One letter's scores, or the error that kept it from being scored."""

    letter_id: str
    gold: str = Field(description="path of the gold digest")
    source: Optional[str] = Field(default=None, description="path of the letter scored")
    error: Optional[str] = None
    fields: list[FieldScore] = Field(default_factory=list)
    overall: Optional[Score] = Field(default=None, description="micro over every field")


class EvaluationReport(BaseModel):
    """Every letter's scores and the micro totals over all letters scored."""

    letters: list[LetterScore] = Field(default_factory=list)
    fields: list[FieldScore] = Field(default_factory=list, description="micro per field over all letters")
    overall: Score = Field(default_factory=Score, description="micro over every field and letter")
    errors: list[str] = Field(default_factory=list, description="one line per letter that could not be scored")
