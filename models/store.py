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


class LetterListRow(BaseModel):
    """One letter in the browser's list: its parts, how many entities of each family it names, a search snippet."""

    id: str
    version: int
    date: Optional[str] = Field(default=None, description="the letter's date, ISO 8601")
    place: Optional[str] = None
    signatory: Optional[str] = None
    pages: int = 0
    entities: dict[str, int] = Field(default_factory=dict, description="entity family -> distinct entities named")
    commitments: int = 0
    snippet: Optional[str] = Field(default=None, description="where the search words stand, marked by \ue000 … \ue001")


class FacetValue(BaseModel):
    """One value of a facet and how many of the letters (or rows) listed have it."""

    value: str
    label: str
    count: int


class LetterNeighbour(BaseModel):
    """A subject a letter names, with the letters before and after it (in date order) that name it too."""

    type: str
    norm: str
    name: str
    previous: Optional[str] = Field(default=None, description="id of the nearest earlier letter naming the subject")
    previous_date: Optional[str] = None
    next: Optional[str] = Field(default=None, description="id of the nearest later letter naming the subject")
    next_date: Optional[str] = None


class LetterList(BaseModel):
    """The browser's list of letters (`letters serve`, /letters.json): the letters and each facet's values."""

    letters: list[LetterListRow]
    facets: dict[str, list[FacetValue]] = Field(description="facet (country, organisation, programme, year) -> values")


class SqlResult(BaseModel):
    """One read-only statement's answer in `letters serve` (/sql.json): column names and rows."""

    columns: list[str]
    rows: list[list[Any]]
