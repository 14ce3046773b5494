"""The entity families, defined once: the components, the records, the store and the graph agree."""

from __future__ import annotations

from typing import get_args

from extractor.nlp.pipeline import get_nlp
from extractor.reference.families import FAMILIES, NAMED_FAMILIES, QUANTITY_FAMILIES, TIMELINE_FAMILIES
from extractor.reports.graph import NODE_TYPES
from extractor.reports.graph_html import TYPE_COLOURS
from models.diff import TimelineSubjectKind
from models.entities import EntityType


def test_the_families_are_the_records_mention_types():
    assert FAMILIES == get_args(EntityType)
    assert FAMILIES == ("country", "region", "organisation", "person", "route", "amount", "date", "programme")
    assert set(NAMED_FAMILIES) | set(QUANTITY_FAMILIES) == set(FAMILIES)
    assert not set(NAMED_FAMILIES) & set(QUANTITY_FAMILIES)


def test_every_family_has_a_component_that_fills_its_span_group():
    doc = get_nlp()(
        "On 3 March 2025 the European Commission and Ms Anna Berg agreed EUR 20 million for Libya "
        "and North Africa on the Central Mediterranean route under the Pact on Migration and Asylum."
    )
    assert {family for family in FAMILIES if doc.spans.get(family)} == set(FAMILIES)
    assert set(doc.spans) <= set(FAMILIES)


def test_every_named_family_is_a_graph_node_with_a_colour():
    assert set(NAMED_FAMILIES) <= set(NODE_TYPES)
    assert not set(QUANTITY_FAMILIES) & set(NODE_TYPES)
    assert set(NODE_TYPES) <= set(TYPE_COLOURS)


def test_the_timeline_families_are_the_timeline_subject_type():
    assert TIMELINE_FAMILIES == get_args(TimelineSubjectKind)
    assert set(TIMELINE_FAMILIES) <= set(NAMED_FAMILIES)
