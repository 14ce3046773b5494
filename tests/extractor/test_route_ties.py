"""Route ties from hand-built Docs: same sentence, paragraph opened by the route, bystanders."""
from __future__ import annotations

from extractor.route_ties import find_route_ties
from handdoc import letter_of, make_doc

COUNTRIES = [
    ("Libya", "LBY", None), ("Tunisia", "TUN", None), ("Senegal", "SEN", None), ("Mauritania", "MRT", None),
    ("Albania", "ALB", None), ("Croatia", "HRV", None), ("Colombia", "COL", None), ("Niger", "NER", None),
    ("Syrian", "SYR", None), ("Italy", "ITA", None), ("Morocco", "MAR", None),
]
ROUTES = [
    ("Central Mediterranean", "Central Mediterranean", None),
    ("Western Mediterranean", "Western Mediterranean", None),
    ("Atlantic", "Western African", None),
    ("Western Balkans route", "Western Balkans", None),
]


def ties(body: str) -> set[tuple[str, str, str]]:
    doc = make_doc(body, {"country": COUNTRIES, "route": ROUTES})
    return {(t.route, t.country, t.role) for t in find_route_ties(doc, [], letter_of(body))}


def test_country_of_departure_in_the_routes_sentence():
    found = ties("Libya remains the main country of departure on the Central Mediterranean route.")
    assert found == {("Central Mediterranean", "LBY", "departure")}


def test_partners_on_a_double_route():
    found = ties(
        "On the Western Mediterranean/Atlantic route, we are progressing on a new partnership with "
        "Senegal and implementing the partnership with Mauritania."
    )
    assert found == {
        ("Western Mediterranean", "SEN", "partner"),
        ("Western Mediterranean", "MRT", "partner"),
        ("Western African", "SEN", "partner"),
        ("Western African", "MRT", "partner"),
    }


def test_bystanders_in_a_paragraph_opened_by_the_route_are_not_tied():
    found = ties(
        "The Western Balkans route saw a further drop in crossings. Police cooperation led to the "
        "dismantling of a network between Albania, Croatia and Colombia. Syrian nationals remain "
        "the largest group."
    )
    assert found == set()


def test_paragraph_opened_by_the_route_ties_countries_with_a_role():
    found = ties(
        "On the Central Mediterranean route, arrivals rose by 3%. Most boats leave from Libya. "
        "Transit through Niger continues.\n\nMorocco is a key partner."
    )
    assert found == {("Central Mediterranean", "LBY", "departure"), ("Central Mediterranean", "NER", "transit")}


def test_route_in_the_middle_of_a_paragraph_ties_only_its_own_sentence():
    found = ties(
        "Cooperation with Tunisia is good. Departures from Libya on the Central Mediterranean route fell. "
        "Our partnership with Morocco deepens."
    )
    assert found == {("Central Mediterranean", "LBY", "departure")}


def test_evidence_is_the_sentence_of_the_country():
    body = "On the Central Mediterranean route, flows are stable. Most boats leave from Libya."
    doc = make_doc(body, {"country": COUNTRIES, "route": ROUTES})
    (tie,) = find_route_ties(doc, [], letter_of(body))
    assert tie.evidence.sentence == 1
    assert tie.evidence.sentence_text == "Most boats leave from Libya."
