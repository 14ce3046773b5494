"""A series of letters (the yearly notice, successive letters to the same leaders on one subject) and its changes."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from pydantic import BaseModel, Field

from models.diff import DiffRow, LetterDiff


class SeriesLetter(BaseModel):
    """One letter of a series, in date order, and why it belongs to it."""

    id: str
    version: int = Field(description="the stored version read (the latest)")
    date: Optional[dt.date] = None
    addressee: Optional[str] = Field(default=None, description="whom the salutation addresses")
    signatory: Optional[str] = None
    countries: list[str] = Field(
        default_factory=list, description="its subject: the countries it names that most stored letters do not"
    )
    similarity: Optional[float] = Field(
        default=None, description="TF-IDF cosine of its text with the letter it joined the series through, 0..1"
    )
    linked_to: Optional[str] = Field(default=None, description="the letter of the series it was found through")
    because: Optional[str] = Field(default=None, description="the rule that put it in the series (none for the seed)")


class Series(BaseModel):
    """The letters of one series in date order, found from a seed letter."""

    seed: str = Field(description="the letter the series was asked for")
    letters: list[SeriesLetter] = Field(default_factory=list)
    changes: list[LetterDiff] = Field(
        default_factory=list, description="with --changes: the diff of each letter from the one before it"
    )


class SeriesRow(BaseModel):
    """One letter of a series as a flat row (`letters series --table/--csv`)."""

    position: int = Field(description="1-based place in date order")
    id: str
    version: int
    date: str = ""
    addressee: str = ""
    signatory: str = ""
    countries: str = Field(default="", description="ISO 3166 alpha-3 codes, ';'-separated")
    similarity: str = Field(default="", description="cosine with linked_to, 2 decimals")
    linked_to: str = ""
    because: str = ""


class SeriesChangeRow(DiffRow):
    """One change between two consecutive letters of a series (`letters series --changes --table/--csv`)."""

    a: str = Field(description="the earlier letter, id@version")
    b: str = Field(description="the later letter, id@version")
