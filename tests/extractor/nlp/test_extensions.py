"""Span attributes belong to one family's span, even when two families find the same text."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

import extractor.nlp.extensions  # noqa: F401


def test_same_text_in_two_families_keeps_two_values():
    doc = spacy.blank("en")("Jordan met the minister.")
    country = Span(doc, 0, 1, label="country")
    person = Span(doc, 0, 1, label="person")
    country._.norm = "JOR"
    person._.norm = "Jordan"
    doc.spans["country"] = [country]
    doc.spans["person"] = [person]
    assert doc.spans["country"][0]._.norm == "JOR"
    assert doc.spans["person"][0]._.norm == "Jordan"


def test_unset_attribute_is_none():
    doc = spacy.blank("en")("Nothing here.")
    assert Span(doc, 0, 1, label="country")._.value is None


def test_doc_text_is_joined_once_per_doc():
    from extractor.nlp.extensions import doc_text

    doc = spacy.blank("en")("The Commission will provide EUR 5 million.\n\nTo Tunisia.")
    first = doc_text(doc)
    assert first == doc.text
    # The same str object again: the tokens are not joined anew on each call.
    assert doc_text(doc) is first


def test_doc_text_of_a_doc_carrying_another_docs_user_data():
    from extractor.nlp.extensions import doc_text

    nlp = spacy.blank("en")
    doc = nlp("A long letter about migration routes.")
    doc_text(doc)
    part = doc[0:2].as_doc(copy_user_data=True)
    assert doc_text(part) == part.text == "A long "
