"""What changed between two letters (facts, commitments, text) and a subject's timeline across letters."""

from __future__ import annotations

import datetime as dt
from typing import Literal, Optional, Union

from pydantic import BaseModel, Field

from models.commitment import Commitment
from models.digest import DigestAmount
from models.entities import AmountValue

LetterPart = Literal["date", "place", "addressee", "salutation", "signatory"]
FactField = Literal["countries", "organisations", "routes", "programmes", "dates", "amounts"]
CommitmentChangeKind = Literal["new", "dropped", "changed"]
CommitmentAttribute = Literal[
    "amount", "status", "deadline", "period", "beneficiaries", "regions", "programme", "actor", "modality"
]
ParagraphOp = Literal["equal", "changed", "moved", "inserted", "deleted"]
WordOpKind = Literal["equal", "replace", "insert", "delete"]


class Place(BaseModel):
    """Where a fact stands in one letter."""

    start: Optional[int] = Field(default=None, description="character offset in the letter's body")
    end: Optional[int] = None
    sentence: Optional[int] = None
    paragraph: Optional[int] = Field(default=None, description="0-based paragraph of the body")
    page: Optional[int] = None
    text: Optional[str] = Field(default=None, description="the words as they stand")
    relative: bool = Field(default=False, description='a date resolved from a relative expression ("next week")')


class FactChange(BaseModel):
    """One value added to or removed from a digest field, with its places in A and in B."""

    value: Union[str, DigestAmount]
    places_a: list[Place] = Field(default_factory=list)
    places_b: list[Place] = Field(default_factory=list)


class FieldDiff(BaseModel):
    """The values of one digest field that B adds to A and that B no longer has."""

    field: FactField
    added: list[FactChange] = Field(default_factory=list)
    removed: list[FactChange] = Field(default_factory=list)


class AttributeChange(BaseModel):
    """One attribute of a matched commitment that differs between A and B."""

    attribute: CommitmentAttribute
    before: Union[str, list, None] = None
    after: Union[str, list, None] = None


class CommitmentChange(BaseModel):
    """A commitment new in B, dropped from A, or matched in both and changed."""

    kind: CommitmentChangeKind
    a: Optional[Commitment] = None
    b: Optional[Commitment] = None
    similarity: Optional[float] = Field(default=None, description="match score of a changed pair, 0..1")
    changes: list[AttributeChange] = Field(default_factory=list)
    place_a: Optional[Place] = None
    place_b: Optional[Place] = None


class WordOp(BaseModel):
    """A run of words equal, replaced, inserted or deleted inside an aligned paragraph."""

    op: WordOpKind
    a: str = ""
    b: str = ""


class ParagraphChange(BaseModel):
    """A paragraph of A aligned with one of B (or standing alone), and how its words differ."""

    op: ParagraphOp
    a: Optional[int] = Field(default=None, description="0-based paragraph index in A")
    b: Optional[int] = None
    ratio: float = Field(default=0.0, description="similarity of the normalised words, 0..1")
    words: list[WordOp] = Field(default_factory=list, description="empty when the words are equal")
    a_more: list[int] = Field(
        default_factory=list, description="further paragraphs of A read as part of this one (a split or merge)"
    )
    b_more: list[int] = Field(default_factory=list, description="further paragraphs of B read as part of this one")


class PartChange(BaseModel):
    """A letter part (date, place, addressee, salutation, signatory) that differs between A and B."""

    part: LetterPart
    before: Optional[str] = Field(default=None, description="A's value, as the digest writes it; None when A has none")
    after: Optional[str] = Field(default=None, description="B's value; None when B has none")


class LetterRef(BaseModel):
    """Which letter a side of the diff is."""

    id: str
    source: str = ""
    sha256: str = ""
    date: Optional[dt.date] = None


class LetterDiff(BaseModel):
    """What changed from letter A to letter B: letter parts and facts first, then commitments, then the text."""

    a: LetterRef
    b: LetterRef
    parts: list[PartChange] = Field(
        default_factory=list, description="letter parts that differ: date, place, addressee, salutation, signatory"
    )
    facts: list[FieldDiff] = Field(default_factory=list)
    commitments: list[CommitmentChange] = Field(default_factory=list)
    paragraphs: list[ParagraphChange] = Field(default_factory=list)

    def has_fact_changes(self) -> bool:
        """True when any letter part, digest field or commitment differs."""
        return bool(self.parts) or any(f.added or f.removed for f in self.facts) or bool(self.commitments)

    def has_text_changes(self) -> bool:
        """True when any paragraph is not equal."""
        return any(p.op != "equal" for p in self.paragraphs)


DiffSection = Literal["part", "fact", "commitment", "text"]


class DiffRow(BaseModel):
    """One change of a diff as a flat row (`letters diff --table/--csv`): the same columns whatever changed."""

    section: DiffSection
    change: str = Field(
        description="part: changed; fact: added/removed; commitment: new/dropped/changed; "
        "text: changed/moved/inserted/deleted"
    )
    field: str = Field(default="", description="the part, digest field, commitment subject or paragraphs (A2→B3)")
    before: str = Field(default="", description="the value in A (empty when none)")
    after: str = Field(default="", description="the value in B (empty when none)")
    where_a: str = Field(default="", description="where it stands in A: paragraph and page")
    where_b: str = Field(default="", description="where it stands in B")


TimelineSubjectKind = Literal["country", "programme", "organisation", "route"]


class TimelineCommitment(BaseModel):
    """A commitment about the subject in one letter."""

    id: str
    status: str
    amounts: list[AmountValue] = Field(default_factory=list)
    deadline: Optional[str] = None


class MoneySum(BaseModel):
    """Money one letter states in one currency: the sum and how many stated amounts make it."""

    currency: Optional[str] = Field(default=None, description="ISO 4217 code; None when no currency is named")
    value: float
    amounts: int = Field(description="stated amounts added up")


class TimelineCurrency(BaseModel):
    """One currency across a timeline: the letters stating it and the sums they state (never added across letters)."""

    currency: Optional[str] = Field(default=None, description="ISO 4217 code; None when no currency is named")
    letters: int = Field(description="letters stating money in this currency about the subject")
    amounts: int = Field(description="stated amounts in those letters")
    first: float = Field(description="the sum the earliest of those letters states")
    last: float = Field(description="the sum the latest of those letters states")
    largest: float = Field(description="the largest sum one letter states")


class TimelinePoint(BaseModel):
    """One letter's facts about the subject."""

    letter_id: str
    date: Optional[dt.date] = None
    days: Optional[int] = Field(
        default=None, description="days after the first dated letter of the timeline: its place on a true time axis"
    )
    mentions: int = 0
    amounts: list[AmountValue] = Field(default_factory=list, description="amounts in sentences naming the subject")
    commitments: list[TimelineCommitment] = Field(default_factory=list)
    money: list[MoneySum] = Field(
        default_factory=list,
        description="money per currency: the amounts in sentences naming the subject and the sums of commitments "
        "about it stated elsewhere, each counted once",
    )


class Timeline(BaseModel):
    """A subject (country, programme, organisation, route) across stored letters in date order."""

    kind: TimelineSubjectKind
    subject: str = Field(description="canonical value: ISO 3166 alpha-3 or canonical name")
    label: str = Field(description="what a person reads: the country's name or the canonical name")
    points: list[TimelinePoint] = Field(default_factory=list)
    currencies: list[TimelineCurrency] = Field(
        default_factory=list,
        description="money per currency across the letters; a later letter often restates an earlier sum, so sums "
        "are compared, not added",
    )
