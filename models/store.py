"""Rows the store's commands print: ingest summaries, query results."""

from __future__ import annotations

from typing import Any, Optional

from pydantic import BaseModel, Field, RootModel

from models.entities import AmountValue


class LetterRow(BaseModel):
    """One stored version of a letter."""

    id: str
    version: int
    sha256: str
    date: Optional[str] = Field(default=None, description="the letter's date, ISO 8601")
    source: str
    pages: int = 0
    place: Optional[str] = None
    signatory: Optional[str] = None
    ingested_at: str
    latest: bool = True


class IngestItem(BaseModel):
    """What happened to one input file in an ingest."""

    path: str
    outcome: str = Field(
        description="stored, skipped (these bytes are stored), rendition (another rendition of a stored letter: "
        "same text or same digest under its id; recorded, no new version) or failed"
    )
    letter: Optional[str] = Field(
        default=None, description="id@version when stored, already stored, or the version it is a rendition of"
    )
    reason: Optional[str] = Field(default=None, description="one-line reason when failed; how a rendition matched")
    seconds: Optional[float] = None


class IngestReport(BaseModel):
    """The end summary of `letters ingest`."""

    db: str
    processed: int = 0
    skipped: int = 0
    renditions: int = Field(default=0, description="files recorded as another rendition of a stored letter")
    failed: int = 0
    pages: int = 0
    seconds: float = 0.0
    items: list[IngestItem] = Field(default_factory=list)


class CommitmentRow(BaseModel):
    """A stored commitment with its evidence and where it stands."""

    letter: str
    version: int
    letter_date: Optional[str] = None
    page: Optional[int] = None
    sentence: int
    id: str = Field(description="the commitment's id within its letter")
    actor: Optional[str] = None
    action: Optional[str] = None
    value: Optional[float] = Field(default=None, description="largest money amount of the commitment")
    currency: Optional[str] = None
    amounts: list[AmountValue] = Field(default_factory=list)
    beneficiaries: list[str] = Field(default_factory=list, description="ISO 3166 alpha-3 codes")
    programme: Optional[str] = None
    status: str
    modality: str
    period: Optional[str] = None
    deadline: Optional[str] = None
    evidence: str = Field(description="the sentence that states the commitment")


class ActionRow(BaseModel):
    """A stored action (an undertaking or call without a sum) with its evidence."""

    letter: str
    version: int
    letter_date: Optional[str] = None
    page: Optional[int] = None
    sentence: int
    id: str = Field(description="the action's id within its letter")
    actor: Optional[str] = None
    action: Optional[str] = None
    beneficiaries: list[str] = Field(default_factory=list, description="ISO 3166 alpha-3 codes")
    programme: Optional[str] = None
    status: str
    modality: str
    period: Optional[str] = None
    deadline: Optional[str] = None
    evidence: str = Field(description="the sentence that states the action")


class MentionRow(BaseModel):
    """A stored mention with its context."""

    letter: str
    version: int
    letter_date: Optional[str] = None
    type: str
    text: str
    norm: str
    page: Optional[int] = None
    sentence: int
    start: int
    end: int
    context: str = Field(description="the sentence the mention stands in")


class EntityCount(BaseModel):
    """How often an entity is named across the stored letters (latest versions)."""

    type: str
    norm: str
    name: str
    letters: int = Field(description="number of letters naming it")
    mentions: int


class SqlRow(RootModel[dict[str, Any]]):
    """One row of `letters sql`: column name -> value."""
