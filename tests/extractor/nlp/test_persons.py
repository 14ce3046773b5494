"""Persons: names after a title or an honorific, without the title; never a bare title."""

from __future__ import annotations

import pytest

from extractor.nlp.pipeline import get_nlp


def persons(text: str) -> list[str]:
    """Person names found in a text, in order."""
    doc = get_nlp()(text)
    return [span._.norm for span in doc.spans["person"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("President von der Leyen met Commissioner Johansson.", ["von der Leyen", "Johansson"]),
        ("Mexican Foreign Secretary Ebrard visited.", ["Ebrard"]),
        ("Secretary-General António Guterres spoke.", ["António Guterres"]),
        ("Mr Jordan chaired the meeting.", ["Jordan"]),
        ("Crown Prince Mohammed bin Salman attended.", ["Mohammed bin Salman"]),
    ],
)
def test_finds(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The President of the Commission and the Secretary of State.",
        "The Minister for Legal Migration will write.",
        "President in June and Ambassador to Tunisia.",
        "The Director General of IOM.",
    ],
)
def test_does_not_find(text):
    assert persons(text) == []


def test_a_person_after_an_honorific_is_not_a_country():
    doc = get_nlp()("Mr Jordan met Dr Chad in Jordan.")
    assert [s._.norm for s in doc.spans["person"]] == ["Jordan", "Chad"]
    assert [s._.norm for s in doc.spans["country"]] == ["JOR"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Secretary of State Antony Blinken travelled.", ["Antony Blinken"]),
        (
            "Secretary of Homeland Security Alejandro N. Mayorkas and Secretary of Health and Human Services "
            "Xavier Becerra spoke.",
            ["Alejandro N. Mayorkas", "Xavier Becerra"],
        ),
        ("Administrator Samantha Power and King Charles III met.", ["Samantha Power", "Charles III"]),
        ("President Joseph R. Biden signed.", ["Joseph R. Biden"]),
    ],
)
def test_persons_after_a_remit_with_initials_and_regnal_numbers(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The Secretary of State and the Secretary of Homeland Security spoke.", "Secretary of State Blinken agreed."],
)
def test_a_remit_alone_names_no_one(text):
    assert persons(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "NOTICE: Governor Okafor Unveils Regional Water Plan for Coastal Towns\n\nGovernor Okafor said the plan starts in May.",
            ["Okafor", "Okafor"],
        ),
        (
            "UPDATE: Mayor Ada Bello Opens New Bridges Across the River\n\nYesterday Mayor Ada Bello cut the ribbon.",
            ["Ada Bello", "Ada Bello"],
        ),
        (
            "President Okafor announced new grants (see Fact Sheet: President Okafor Announces Grants for Rural Clinics).",
            ["Okafor", "Okafor"],
        ),
    ],
)
def test_a_name_in_a_heading_ends_where_running_text_ends_it(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Staff paid on the General Schedule receive the adjustment.",
        "The Department of Justice Task Force met twice.",
        "Funding for Police and Justice Reforms: the ministry will report.",
    ],
)
def test_a_noun_title_names_no_one_after_the_of_and_or_inside_a_name(text):
    assert persons(text) == []


def test_a_noun_title_after_and_before_a_full_name_is_a_title():
    assert persons("Admiral Reyes and General Tomas Varga met.") == ["Tomas Varga"]
