"""The entity families' names as a type, without pydantic: code that only needs the words loads no model."""

from __future__ import annotations

from typing import Literal

EntityType = Literal["country", "region", "organisation", "person", "route", "amount", "date", "programme"]
