"""Everything extracted from one letter: the record `letters extract` prints and the store keeps."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from pydantic import BaseModel, Field

from models.action import Action
from models.commitment import Commitment, RouteTie
from models.entities import Mention
from models.letter import LetterParts, OcrWord, StyleSpan


class LetterSummary(BaseModel):
    """Identity and parts of an extracted letter."""

    id: str = Field(description="the file's stem, or its corpus manifest id")
    source: str
    sha256: str
    format: str
    date: Optional[dt.date] = None
    pages: int = 0
    parts: LetterParts = Field(default_factory=LetterParts)
    ocr_pages: list[int] = Field(
        default_factory=list, description="pages whose text was read by OCR (empty: all read from the text layer)"
    )
    ocr_confidence: Optional[float] = Field(
        default=None, description="mean confidence of the words read by OCR, 0-1 (None: no OCR)"
    )


class Sentence(BaseModel):
    """One sentence of the body, kept once: its text is body[start:end]."""

    start: int = Field(description="offset of the sentence's first non-space character in the body")
    end: int = Field(description="offset just past its last non-space character")


class Extraction(BaseModel):
    """The letter, its grounded mentions, its commitments, actions and route ties."""

    letter: LetterSummary
    body: str
    sentences: list[Sentence] = Field(
        default_factory=list, description="the body's sentences; groundings point here by index"
    )
    mentions: list[Mention] = Field(default_factory=list)
    commitments: list[Commitment] = Field(default_factory=list, description="sums of money tied to a purpose")
    actions: list[Action] = Field(default_factory=list, description="undertakings and calls without a sum")
    dropped_actions: list[Action] = Field(
        default_factory=list,
        description="candidate actions the screen dropped as no undertaking (correspondence, a modifier); "
        "because.screen names the rule",
    )
    route_ties: list[RouteTie] = Field(default_factory=list)
    styles: list[StyleSpan] = Field(
        default_factory=list,
        description="bold and italic spans of the body: a text letter's markdown emphasis, a PDF's bold and italic fonts",
    )
    low_confidence: list[OcrWord] = Field(
        default_factory=list, description="body words read by OCR with a confidence below the reader's threshold"
    )
