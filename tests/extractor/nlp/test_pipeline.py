"""The pipeline: every family component declares what it assigns and requires, and spaCy finds no gap."""

from __future__ import annotations

from extractor.nlp.pipeline import COMPONENTS, get_nlp
from extractor.reference.families import FAMILIES


def test_every_component_declares_its_spans_and_what_it_reads():
    nlp = get_nlp()
    for _module, factory in COMPONENTS:
        meta = nlp.get_factory_meta(factory)
        assert "doc.spans" in meta.assigns and "span._.norm" in meta.assigns, factory
    # The countries component reads the organisations' spans and the sentences.
    assert set(nlp.get_factory_meta("letters_countries").requires) == {"doc.spans", "token.is_sent_start"}


def test_what_a_component_requires_an_earlier_one_assigns():
    analysis = get_nlp().analyze_pipes()
    assert analysis["problems"] == {name: [] for name in get_nlp().pipe_names}


def test_one_component_a_family():
    assert len(COMPONENTS) == len(FAMILIES)
