"""Regions: canonical names, member countries as reference, and not countries."""

from __future__ import annotations

import pytest

from extractor.nlp.data_files import read_jsonl
from extractor.nlp.pipeline import get_nlp
from extractor.reference.countries import is_country_code


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A package for North Africa was adopted.", ["North Africa"]),
        ("The Sahel and the Horn of Africa face drought.", ["Sahel", "Horn of Africa"]),
        ("Sub-Saharan Africa and the Middle East.", ["Sub-Saharan Africa", "Middle East"]),
        ("Partners in Latin America and Central Asia.", ["Latin America", "Central Asia"]),
        ("The Eastern Partnership and the Southern Neighbourhood.", ["Eastern Partnership", "Southern Neighbourhood"]),
        ("Farmers throughout the Amazon basin and Amazon Web Services.", ["Amazon region"]),
    ],
)
def test_finds(text, expected):
    doc = get_nlp()(text)
    assert [s._.norm for s in doc.spans["region"]] == expected
    assert [s._.norm for s in doc.spans["country"]] == []


def test_members_ride_along_but_are_not_countries():
    doc = get_nlp()("The Sahel needs support.")
    (span,) = doc.spans["region"]
    assert set(span._.value["members"]) >= {"MLI", "NER", "TCD", "BFA"}
    assert list(doc.spans["country"]) == []


def test_lowercase_words_are_not_regions():
    doc = get_nlp()("The gulf between them and the middle east wing.")
    assert list(doc.spans["region"]) == []


def test_member_codes_are_valid():
    bad = [(r["name"], c) for r in read_jsonl("regions.jsonl") for c in r["members"] if not is_country_code(c)]
    assert bad == []


def test_region_words_inside_an_organisation_name_are_not_regions():
    doc = get_nlp()("The Gulf Cooperation Council and the Union for the Mediterranean met in the Gulf.")
    assert [s._.norm for s in doc.spans["region"]] == ["Gulf"]
    assert [s._.norm for s in doc.spans["organisation"]] == ["Gulf Cooperation Council", "Union for the Mediterranean"]
