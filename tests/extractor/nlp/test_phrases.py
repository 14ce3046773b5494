"""nlp.phrases.indices_of: the tokens of a few words, in text order, from an index built once per Doc."""

from __future__ import annotations

import spacy

from extractor.nlp.phrases import TOKEN_INDEX_KEY, indices_of

TEXT = "The Fund and the Agency met. The fund paid; the Agency and the Fund agreed, the FUND said."


def test_indices_of_words_in_text_order():
    doc = spacy.blank("en")(TEXT)
    found = indices_of(doc, ["Fund", "Agency", "Fund", "absent"])
    assert found == [i for i, token in enumerate(doc) if token.text in ("Fund", "Agency")]
    assert indices_of(doc, ["fund"], "LOWER") == [i for i, token in enumerate(doc) if token.lower_ == "fund"]
    assert indices_of(doc, ["absent"]) == indices_of(doc, []) == []


def test_token_index_built_once_per_doc_and_attribute():
    doc = spacy.blank("en")(TEXT)
    indices_of(doc, ["Fund"])
    index = doc.user_data[(TOKEN_INDEX_KEY, "ORTH")]
    indices_of(doc, ["Agency"])
    # The same sorted arrays serve the next question: the tokens are not read and sorted again.
    assert doc.user_data[(TOKEN_INDEX_KEY, "ORTH")] is index
    indices_of(doc, ["fund"], "LOWER")
    assert (TOKEN_INDEX_KEY, "LOWER") in doc.user_data


def test_token_index_of_a_doc_carrying_another_docs_user_data():
    doc = spacy.blank("en")(TEXT)
    indices_of(doc, ["Fund"])
    part = doc[0:5].as_doc(copy_user_data=True)
    assert indices_of(part, ["Fund", "Agency"]) == [1, 4]
