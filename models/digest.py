"""The letter digest (DIGEST.md): the normalised, offset-free summary of a letter, and its gold form."""

from __future__ import annotations

from typing import Optional, Union

from pydantic import BaseModel, ConfigDict, Field, field_serializer

from models.commitment import CommitmentStatus
from models.entities import AmountKind


def _plain_number(value: float) -> Union[int, float]:
    """675000000.0 → 675000000, so the JSON reads as DIGEST.md writes it."""
    return int(value) if float(value).is_integer() else value


class DigestLetter(BaseModel):
    """The letter's own parts: date (ISO 8601), place, salutation (no comma), signatory."""

    date: Optional[str] = None
    place: Optional[str] = None
    salutation: Optional[str] = None
    signatory: Optional[str] = None


class DigestAmount(BaseModel):
    """One stated quantity; ``currency`` only for money (left out of the JSON otherwise)."""

    model_config = ConfigDict(extra="forbid")

    kind: AmountKind
    value: float
    currency: Optional[str] = None

    @field_serializer("value")
    def _value(self, value: float):
        return _plain_number(value)


class DigestMoney(BaseModel):
    """The sum of a commitment."""

    model_config = ConfigDict(extra="forbid")

    value: float
    currency: Optional[str] = None

    @field_serializer("value")
    def _value(self, value: float):
        return _plain_number(value)


class DigestCommitment(BaseModel):
    """A sum of money the letter attaches to a purpose, whom it benefits, and how far it has gone."""

    model_config = ConfigDict(extra="forbid")

    amount: DigestMoney
    beneficiaries: list[str] = Field(default_factory=list, description="ISO 3166 alpha-3")
    status: CommitmentStatus


class Digest(BaseModel):
    """A letter's digest exactly as DIGEST.md defines it: plain values, keys in its order."""

    model_config = ConfigDict(extra="forbid")

    letter: DigestLetter = Field(default_factory=DigestLetter)
    countries: list[str] = Field(default_factory=list)
    organisations: list[str] = Field(default_factory=list)
    routes: list[str] = Field(default_factory=list)
    amounts: list[DigestAmount] = Field(default_factory=list)
    dates: list[str] = Field(default_factory=list)
    programmes: list[str] = Field(default_factory=list)
    commitments: list[DigestCommitment] = Field(default_factory=list)
    route_countries: dict[str, list[str]] = Field(default_factory=dict)

    def to_json_dict(self) -> dict:
        """The JSON form: money keeps its currency, percents and counts have none."""
        data = self.model_dump(mode="json")
        for amount in data["amounts"]:
            if amount.get("currency") is None:
                amount.pop("currency", None)
        for commitment in data["commitments"]:
            if commitment["amount"].get("currency") is None:
                commitment["amount"].pop("currency", None)
        return data


# ---- gold digests: the same shape, plus the gold-only markings of DIGEST.md ----

# Gold files are written by hand, also by people outside the project: keys beyond DIGEST.md's
# (an annotator's "note", a "kind" beside a commitment's sum) are ignored, not fatal.
GOLD_CONFIG = ConfigDict(extra="ignore")


class GoldName(BaseModel):
    """A gold list item written as an object: a name or value, its aliases, and whether it is optional."""

    model_config = GOLD_CONFIG

    name: Optional[str] = None
    value: Optional[str] = None
    aliases: list[str] = Field(default_factory=list)
    optional: bool = False

    @property
    def text(self) -> str:
        """The item's main spelling (``name`` or ``value``)."""
        return self.name if self.name is not None else (self.value or "")


GoldStr = Union[str, GoldName]


class GoldLetter(BaseModel):
    """The letter's parts in a gold digest; each may carry aliases or be optional."""

    model_config = GOLD_CONFIG

    date: Optional[GoldStr] = None
    place: Optional[GoldStr] = None
    salutation: Optional[GoldStr] = None
    signatory: Optional[GoldStr] = None


class GoldAmount(DigestAmount):
    """A gold amount, possibly optional."""

    model_config = GOLD_CONFIG

    optional: bool = False


class GoldMoney(DigestMoney):
    """A gold commitment's sum."""

    model_config = GOLD_CONFIG


class GoldCommitment(BaseModel):
    """A gold commitment: beneficiaries may be optional; the whole commitment may be optional."""

    model_config = GOLD_CONFIG

    amount: GoldMoney
    beneficiaries: list[GoldStr] = Field(default_factory=list)
    status: Optional[str] = Field(default=None, description="planned, adopted or disbursed; None leaves it unscored")
    optional: bool = False


class GoldDigest(BaseModel):
    """A hand-made digest: the Digest shape with optional items, aliases and a ``source`` path."""

    model_config = GOLD_CONFIG

    source: Optional[str] = Field(default=None, description="the letter, relative to this gold file")
    note: Optional[str] = Field(default=None, description="free text for the annotator")
    letter: GoldLetter = Field(default_factory=GoldLetter)
    countries: list[GoldStr] = Field(default_factory=list)
    organisations: list[GoldStr] = Field(default_factory=list)
    routes: list[GoldStr] = Field(default_factory=list)
    amounts: list[GoldAmount] = Field(default_factory=list)
    dates: list[GoldStr] = Field(default_factory=list)
    programmes: list[GoldStr] = Field(default_factory=list)
    commitments: list[GoldCommitment] = Field(default_factory=list)
    route_countries: dict[str, list[GoldStr]] = Field(default_factory=dict)
