"""Commitments: who undertakes, decided or delivered what, for whom, with how much, by when."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, Field

from models.entities import AmountValue, Grounding

CommitmentStatus = Literal["planned", "adopted", "disbursed"]
Modality = Literal["firm", "intention", "call"]


class CommitmentBecause(BaseModel):
    """The names of the rules that decided a commitment's actor, status and beneficiaries (for tracing)."""

    actor: Optional[str] = Field(
        default=None, description="the actor rule that applied (extractor/relations/actors.py)"
    )
    status: Optional[str] = Field(
        default=None, description="the status rule that applied (extractor/relations/status.py)"
    )
    beneficiaries: Optional[str] = Field(
        default=None,
        description="the beneficiary rule that found them (extractor/relations/beneficiaries.py); null: none did",
    )
    restated: Optional[str] = Field(
        default=None,
        description="the rule that folded a later statement of the same sum into this commitment"
        " (extractor/relations/commitments.py); null: none did",
    )


class Commitment(BaseModel):
    """A statement in which an actor undertakes, has decided, or has delivered an action."""

    id: str = Field(description="stable within a letter: c1, c2 ...")
    actor: Optional[str] = Field(default=None, description="canonical actor (European Commission, EU ...)")
    action: Optional[str] = Field(default=None, description="the verb phrase: adopt, support, invest")
    amounts: list[AmountValue] = Field(default_factory=list)
    beneficiaries: list[str] = Field(default_factory=list, description="ISO 3166 alpha-3 codes")
    regions: list[str] = Field(default_factory=list)
    programme: Optional[str] = None
    purpose: Optional[str] = None
    period: Optional[str] = Field(default=None, description="EDTF period the commitment covers")
    deadline: Optional[str] = Field(default=None, description="EDTF deadline")
    status: CommitmentStatus
    modality: Modality
    evidence: Grounding
    because: CommitmentBecause = Field(default_factory=CommitmentBecause, description="the rules that decided it")


RouteRole = Literal["departure", "transit", "destination", "partner"]


class RouteTie(BaseModel):
    """A country the letter ties to a migration route, with its role on it."""

    route: str = Field(description="canonical route name (Central Mediterranean ...)")
    country: str = Field(description="ISO 3166 alpha-3")
    role: RouteRole = "partner"
    evidence: Grounding
    because: Optional[str] = Field(
        default=None, description="the rule that tied it (extractor/relations/route_ties.py)"
    )
