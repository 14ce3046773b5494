"""Custom attributes the rule components set on the spans they find.

Each component writes its spans into ``doc.spans[FAMILY]`` (FAMILY is one of ``FAMILIES``,
the same words as ``models.entities.EntityType``) and sets on each span:

- ``span._.norm``: the canonical value (ISO 3166 alpha-3, canonical name, EDTF, ...);
- ``span._.value``: a dict of extra normalised fields (an AmountValue's or DateValue's fields),
  or None;
- ``span._.rule``: the id of the rule or pattern that found it.

The letter's own date, which relative dates resolve against, is ``doc.user_data["letter_date"]``
(a ``datetime.date`` or None).
"""
from __future__ import annotations

from spacy.tokens import Span

FAMILIES = ("country", "region", "organisation", "person", "route", "amount", "date", "programme")
LETTER_DATE_KEY = "letter_date"


def register_extensions() -> None:
    """Register the span attributes once per process."""
    for name in ("norm", "value", "rule"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register_extensions()
