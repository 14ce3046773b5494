"""The pipeline: every family component declares what it assigns and requires, and spaCy finds no gap."""

from __future__ import annotations

import importlib

import pytest
import spacy

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


@pytest.mark.parametrize(
    "factory, setting, module_constant",
    [
        ("letters_persons", "max_name_words", "extractor.nlp.persons.MAX_NAME_WORDS"),
        ("letters_persons", "max_name_tokens_after_remit", "extractor.nlp.persons.MAX_NAME_TOKENS_AFTER_REMIT"),
        ("letters_routes", "max_qualifier_tokens", "extractor.nlp.routes.MAX_QUALIFIER_TOKENS"),
        ("letters_organisations", "max_name_tokens", "extractor.nlp.organisations.MAX_NAME_TOKENS"),
        ("letters_organisations", "max_acronym_tokens", "extractor.nlp.organisations.MAX_ACRONYM_TOKENS"),
        ("letters_organisations", "max_remit_tokens", "extractor.nlp.organisations.MAX_REMIT_TOKENS"),
        ("letters_programmes", "min_lowercase_words", "extractor.nlp.programmes.MIN_LOWERCASE_WORDS"),
        ("letters_amounts", "qualifier_window", "extractor.nlp.amounts.QUALIFIER_WINDOW"),
        ("letters_amounts", "unit_window", "extractor.nlp.amounts.UNIT_WINDOW"),
        ("letters_amounts", "max_unit_modifiers", "extractor.nlp.amounts.MAX_UNIT_MODIFIERS"),
        ("letters_dates", "max_range_years", "extractor.nlp.dates.MAX_RANGE_YEARS"),
        ("letters_dates", "near_days", "extractor.nlp.dates.NEAR_DAYS"),
        ("letters_dates", "tense_window", "extractor.nlp.dates.TENSE_WINDOW"),
        ("letters_dates", "governing_window", "extractor.nlp.dates.GOVERNING_WINDOW"),
    ],
)
def test_a_component_setting_defaults_to_its_named_constant_and_reaches_the_component(
    factory, setting, module_constant
):
    module_name, constant = module_constant.rsplit(".", 1)
    default = getattr(importlib.import_module(module_name), constant)
    nlp = spacy.blank("en")
    assert nlp.get_factory_meta(factory).default_config[setting] == default
    component = nlp.add_pipe(factory, config={setting: default + 1})
    # Components with several windows keep them together in one settings object.
    assert getattr(getattr(component, "settings", component), setting) == default + 1
