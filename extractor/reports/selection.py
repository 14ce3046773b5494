"""Which stored letters a report covers: those naming a country, dated within a span."""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Iterator, Optional

from extractor.errors import NotADate, UnknownCountry
from extractor.reference import countries, edtf
from models.extraction import Extraction


def letter_date(extraction: Extraction) -> Optional[dt.date]:
    """The letter's date: its summary's, else its date line's."""
    return extraction.letter.date or extraction.letter.parts.date


def country_argument(text: str) -> str:
    """The ISO 3166 alpha-3 code a --country argument names (code, name or demonym); UnknownCountry if none."""
    code = countries.country_code(text.strip())
    if code is None:
        raise UnknownCountry(text)
    return code


def date_bound(text: str, last: bool) -> dt.date:
    """The first (or, with last, the final) day a YYYY[-MM[-DD]] argument denotes; NotADate if none."""
    start, end = edtf.bounds(text.strip())
    bound = end if last else start
    if bound is None:
        raise NotADate(text)
    return dt.date.fromisoformat(bound)


def names_country(extraction: Extraction, code: str) -> bool:
    """Whether the letter names the country, or has it as a beneficiary of a commitment or action."""
    return (
        any(m.type == "country" and m.norm.upper() == code for m in extraction.mentions)
        or any(code in c.beneficiaries for c in extraction.commitments)
        or any(code in a.beneficiaries for a in extraction.actions)
    )


def select(
    extractions: Iterable[Extraction],
    country: Optional[str] = None,
    since: Optional[str] = None,
    until: Optional[str] = None,
) -> Iterator[Extraction]:
    """The letters that match every filter given; an undated letter never matches a date filter."""
    code = country_argument(country) if country else None
    first = date_bound(since, last=False) if since else None
    last = date_bound(until, last=True) if until else None
    for extraction in extractions:
        date = letter_date(extraction)
        if (first or last) and date is None:
            continue
        if first and date < first or last and date > last:
            continue
        if code and not names_country(extraction, code):
            continue
        yield extraction
