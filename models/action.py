"""Actions: pledges, undertakings and calls without a sum of money (never commitments)."""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field

from models.commitment import CommitmentBecause, CommitmentStatus, Modality
from models.entities import Grounding


class ActionBecause(CommitmentBecause):
    """The rules that decided an action: those of a commitment, and the screen that kept or dropped it."""

    screen: Optional[str] = Field(
        default=None,
        description="the rule of extractor/relations/undertakings.py that kept or dropped it (null: not screened)",
    )
    changes: list[str] = Field(
        default_factory=list, description="the rules of extractor/relations/undertakings.py that corrected it"
    )


class Action(BaseModel):
    """A statement in which an actor undertakes, has decided or is asked to act, with no sum of money."""

    id: str = Field(description="stable within a letter: a1, a2 ...")
    actor: Optional[str] = Field(default=None, description="canonical actor (European Commission, USA ...)")
    action: Optional[str] = Field(default=None, description="the verb phrase: adopt, support, deploy")
    beneficiaries: list[str] = Field(default_factory=list, description="ISO 3166 alpha-3 codes")
    regions: list[str] = Field(default_factory=list)
    programme: Optional[str] = None
    purpose: Optional[str] = None
    period: Optional[str] = Field(default=None, description="EDTF period the action covers")
    deadline: Optional[str] = Field(default=None, description="EDTF deadline")
    status: CommitmentStatus
    modality: Modality
    evidence: Grounding
    because: ActionBecause = Field(default_factory=ActionBecause, description="the rules that decided it")
