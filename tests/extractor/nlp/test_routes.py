"""Routes: qualifiers before "route(s)", coordinated and elided ones, and standalone names."""

from __future__ import annotations

import pytest

from extractor.nlp.pipeline import get_nlp


def routes(text: str) -> list[str]:
    """Route names found in a text, in order."""
    doc = get_nlp()(text)
    return [span._.norm for span in doc.spans["route"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "On the Western Mediterranean/Atlantic route, migration continues.",
            ["Western Mediterranean", "Western African"],
        ),
        (
            "Libya is the main departure country on the Central Mediterranean and Eastern Mediterranean routes.",
            ["Central Mediterranean", "Eastern Mediterranean"],
        ),
        (
            "Arrivals on the Central and Eastern Mediterranean routes fell.",
            ["Central Mediterranean", "Eastern Mediterranean"],
        ),
        ("The Western Balkans route saw a drop in crossings.", ["Western Balkans"]),
        ("Departures on the Atlantic route to the Canary Islands rose.", ["Western African"]),
        ("The West African route remains deadly for migrants.", ["Western African"]),
        ("Flows on the Central Mediterranean remain stable for migrants.", ["Central Mediterranean"]),
        ("Small boats on the Channel route carried migrants.", ["English Channel"]),
        ("Crossings on the Eastern Land Borders route rose.", ["Eastern Land Borders"]),
        ("Frontex operations in the Central Mediterranean will be reinforced.", ["Central Mediterranean"]),
        ("Boats that departed from the south were seen in the Central Mediterranean.", ["Central Mediterranean"]),
    ],
)
def test_finds(text, expected):
    assert routes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our summits with the Western Balkans offer opportunities.",
        "The West African states met in Abuja.",
        "Trade across the Atlantic grew.",
        "Gas fields in the Eastern Mediterranean are disputed.",  # no migration context
        "After the departure of the envoy, gas fields in the Eastern Mediterranean are disputed.",  # a person's departure
    ],
)
def test_does_not_find(text):
    assert routes(text) == []


def test_route_name_is_not_a_region():
    doc = get_nlp()("The Western Balkans route saw a drop; the Western Balkans are partners.")
    assert [s._.norm for s in doc.spans["route"]] == ["Western Balkans"]
    assert [s._.norm for s in doc.spans["region"]] == ["Western Balkans"]
    assert doc.spans["region"][0].start > doc.spans["route"][0].end
