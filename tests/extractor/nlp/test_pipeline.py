"""The pipeline: every family component declares what it assigns and requires, and spaCy finds no gap."""

from __future__ import annotations

import importlib

import pytest
import spacy
from spacy.language import Language

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


def component_settings() -> list[tuple[str, str, str]]:
    """(module, factory, setting) of every setting a component's factory declares."""
    get_nlp()  # registers the factories
    return [
        (module, factory, setting)
        for module, factory in COMPONENTS
        for setting in Language.get_factory_meta(factory).default_config
    ]


def test_components_with_windows_declare_them():
    declared = {factory for _module, factory, _setting in component_settings()}
    assert declared >= {"letters_amounts", "letters_dates", "letters_organisations", "letters_persons"}


@pytest.mark.parametrize("module, factory, setting", component_settings())
def test_a_component_setting_defaults_to_its_named_constant_and_reaches_the_component(module, factory, setting):
    default = getattr(importlib.import_module(module), setting.upper())
    nlp = spacy.blank("en")
    assert Language.get_factory_meta(factory).default_config[setting] == default
    component = nlp.add_pipe(factory, config={setting: default + 1})
    # Components with several windows keep them together in one settings object.
    assert getattr(getattr(component, "settings", component), setting) == default + 1


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("(IDA): $1", ["(", "IDA", ")", ":", "$", "1"]),  # no emoticon "):"
        ("item 8) and", ["item", "8", ")", "and"]),  # no emoticon "8)"
        ("DKK 1.1 billion¹ in", ["DKK", "1.1", "billion", "¹", "in"]),  # a footnote mark is its own token
    ],
)
def test_the_tokenizer_reads_brackets_and_footnote_marks_as_a_letter_writes_them(text, tokens):
    assert [token.text for token in get_nlp().tokenizer(text)] == tokens


@pytest.mark.parametrize(
    "text",
    [
        "a grant of EUR 4 million (No. 7GH-0012) for clinics; and a loan of EUR 9 million for roads.",
        "the loans Nos. 12 and 13 were approved in May.",
    ],
)
def test_a_number_s_abbreviation_ends_no_sentence(text):
    # "(No. 7GH-0012)" had cut a list item in two, leaving the sums after it without their lead-in.
    assert len(list(get_nlp()(text).sents)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry has released Nu. 45 million for the district schools.",
        "The Regional Council approved Lit. 7 miliardi for the new stadium.",
        "The Board confirmed Shs. 3.2 billion for the border posts.",
    ],
)
def test_a_country_s_own_currency_sign_with_a_stop_ends_no_sentence(text):
    # "approved Lit." had been cut off its sum, which then stood with no verb to give its status.
    assert len(list(get_nlp()(text).sents)) == 1


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("(b) A provision of Kshs. 640 million for rural clinics in Kitui.", 1),
        ("The county received Ushs. 2.5 billion for feeder roads.", 1),
        ("The fee is paid in SDR. The loan is repaid in euros.", 2),  # a code in capitals may end one
        ("The grant was 900,000 Birr. Half of it went to seeds.", 2),  # so may a currency's own noun
    ],
)
def test_a_sign_abbreviated_in_mixed_case_ends_no_sentence(text, sentences):
    # "Kshs." had cut a verbless list item in two, leaving its sum without the purpose after it.
    assert len(list(get_nlp()(text).sents)) == sentences
