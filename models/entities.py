"""Entity mentions found in a letter's body, normalised and grounded."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, Field

from models.entity_types import EntityType  # noqa: F401  (defined there once, without pydantic)
from models.letter import BBox

AmountKind = Literal["money", "percent", "count"]


class Grounding(BaseModel):
    """Where a mention stands: its span in the body, its sentence, and its place on the page."""

    start: int = Field(description="character offset in LetterText.body")
    end: int
    sentence: int = Field(description="0-based index of the sentence in the body")
    sentence_text: Optional[str] = Field(
        default=None, description="older extractions only; now unset: the text is in Extraction.sentences"
    )
    page: Optional[int] = Field(default=None, description="1-based page, None for text input")
    boxes: list[BBox] = Field(default_factory=list, description="one box per line the span covers")


class AmountValue(BaseModel):
    """A normalised quantity: money, a percentage, or a count of something."""

    kind: AmountKind
    value: float
    currency: Optional[str] = Field(default=None, description="ISO 4217 code, money only")
    upper: Optional[float] = Field(default=None, description="upper bound of a range")
    qualifier: Optional[str] = Field(default=None, description="over, around, up to, at least ...")
    unit: Optional[str] = Field(default=None, description="what a count counts (migrants, returns)")


class DateValue(BaseModel):
    """A calendar reference resolved against the letter's date."""

    edtf: str = Field(description="EDTF string: 2025-10-21, 2026-06, 2025/2027, 2026-41")
    relative: bool = Field(default=False, description="resolved from a relative expression")


class Mention(BaseModel):
    """One occurrence of an entity in the body."""

    type: EntityType
    text: str = Field(description="the text as it stands in the letter")
    norm: str = Field(description="canonical value: ISO 3166 alpha-3, canonical name, EDTF ...")
    amount: Optional[AmountValue] = None
    date: Optional[DateValue] = None
    rule: Optional[str] = Field(default=None, description="id of the rule or pattern that found it")
    grounding: Grounding
    confidence: Optional[float] = Field(
        default=None,
        description="read by OCR: the lowest confidence (0-1) of the words it covers; None when read from a text layer",
    )
