"""The entity families, defined once: the span groups the spaCy components fill, the mention types
of the records, the store's entities and the graph's nodes.

The words themselves are ``models.entity_types.EntityType`` (the records validate against it, and
it loads no pydantic); this module is where everything in ``extractor`` reads them from.
"""

from __future__ import annotations

from typing import get_args

from models.entity_types import EntityType

# Every family, in the order the components run and the records list mentions.
FAMILIES: tuple[str, ...] = get_args(EntityType)
# Families that are quantities of a letter, not things that act or are acted on.
QUANTITY_FAMILIES = ("amount", "date")
# Families that name an entity: a row in the store's entities and a node in the graph.
NAMED_FAMILIES = tuple(family for family in FAMILIES if family not in QUANTITY_FAMILIES)
# The families a timeline follows (models.diff.TimelineSubjectKind), in the order its pages and the API ask for them.
TIMELINE_FAMILIES = ("country", "programme", "organisation", "route")
