"""The action screen: correspondence and modifiers dropped (with their rule), actors and countries set right."""

from __future__ import annotations

import pytest
from handdoc import letter_of

from extractor.records.extract import extract_letter
from extractor.relations.undertakings import CHANGE_RULES, DROP_RULES, KEPT, actor_country

WHITE_HOUSE = {"letterhead": "THE WHITE HOUSE\nWASHINGTON"}


def extracted(body: str, **parts):
    return extract_letter(letter_of(body, **(parts or WHITE_HOUSE)))


def test_rule_tables_are_ordered_and_named():
    assert [rule.__name__ for rule in DROP_RULES] == [
        "correspondence",
        "participle_modifier",
        "coordinated_participle",
        "hostile_act",
        "result_for_people",
    ]
    assert [rule.__name__ for rule in CHANGE_RULES] == ["clause_as_actor", "actor_own_country", "adversary_country"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Consistent with the statute, I have sent to the Congress the enclosed notice concerning Chad.",
        "This evening, I will deliver my annual address to the Parliament and the people.",
        "We have sent to the Official Journal the enclosed statement on Chad.",
    ],
)
def test_the_authors_correspondence_is_no_action(sentence):
    extraction = extracted(sentence)
    assert extraction.actions == []
    assert [a.because.screen for a in extraction.dropped_actions] == ["correspondence"]
    assert extraction.dropped_actions[0].id == "d1"


def test_a_participle_after_a_prepositions_body_is_no_action():
    # "of United States Armed Forces equipped": the forces are no subject, so nobody "equips" anything.
    extraction = extracted(
        "I am providing this supplemental report about deployments of United States Armed Forces equipped for combat."
    )
    assert extraction.actions == []
    assert extraction.dropped_actions == []


def test_sending_goods_or_people_stays_an_undertaking():
    extraction = extracted("The United States will send 5 million vaccine doses to Ghana.")
    assert [(a.action, a.because.screen) for a in extraction.actions] == [("send", KEPT)]
    assert extraction.dropped_actions == []


def test_a_participle_that_modifies_a_noun_is_no_action():
    body = "I write about the files requested by the European Commission last month."
    extraction = extracted(body)
    assert extraction.actions == []
    assert [a.because.screen for a in extraction.dropped_actions] == ["participle_modifier"]


def test_a_participle_joined_to_one_with_an_agent_is_no_action():
    body = "USAID will foster a lively farming sector in Chad, shaped by local growers and built on open markets."
    extraction = extracted(body)
    assert "build" not in [a.action for a in extraction.actions]
    assert [(a.action, a.because.screen) for a in extraction.dropped_actions] == [("build", "coordinated_participle")]


def test_past_verbs_in_a_series_stay_actions():
    # "trained 300 judges and built ten courts": finite verbs of one subject, no participle with an agent.
    extraction = extracted("Last year, Norway trained 300 judges and built ten courts in Chad.")
    assert [a.action for a in extraction.actions] == ["train"]
    assert extraction.dropped_actions == []


def test_a_result_reaching_people_is_no_undertaking():
    body = "Since 2015, USAID has helped deliver clean power to nearly 12 million people in Chad."
    extraction = extracted(body)
    assert extraction.actions == []
    assert [a.because.screen for a in extraction.dropped_actions] == ["result_for_people"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a purpose: what the verb is for, not what it reached
        "Norway has launched a programme to provide training to 5,000 teachers in Chad.",
        # a direct object, not people reached after "to"
        "The United Kingdom has deployed 2,500 personnel in Chad.",
    ],
)
def test_a_perfect_verb_without_people_reached_stays(sentence):
    extraction = extracted(sentence)
    assert len(extraction.actions) == 1
    assert extraction.dropped_actions == []


def test_another_partys_hostile_act_is_a_fact_not_an_action():
    extraction = extracted("Last spring, Belarus launched its sudden and unprovoked invasion of Lithuania.")
    assert extraction.actions == []
    assert [(a.actor, a.because.screen) for a in extraction.dropped_actions] == [("BLR", "hostile_act")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States launched a new partnership against the threat of drought in Kenya.",
        "Ghana will launch a campaign to respond to attacks on health workers.",
    ],
)
def test_a_launch_whose_object_is_no_hostile_act_stays(sentence):
    assert [a.because.screen for a in extracted(sentence).actions] == [KEPT]


def test_a_simple_past_after_a_name_with_of_stays():
    extraction = extracted("The Department of Energy announced a new partnership with Kenya.")
    assert [(a.actor, a.action, a.because.screen) for a in extraction.actions] == [
        ("Department of Energy", "announce", KEPT)
    ]


def test_a_clause_is_never_an_actor():
    extraction = extracted("I request that you act quickly to identify new suppliers for Ghana.")
    (action,) = extraction.actions
    assert action.actor is None
    assert "clause_as_actor" in action.because.changes


def test_the_actors_own_country_is_not_whom_the_action_is_for():
    extraction = extracted("The United States has deployed forces to several locations in the United States.")
    (action,) = extraction.actions
    assert action.actor == "USA"
    assert action.beneficiaries == []
    assert action.because.changes == ["actor_own_country"]
    assert action.because.beneficiaries.endswith(", less the spender")


def test_a_national_body_acts_for_others_not_its_own_country():
    body = "The Food and Drug Administration announced new rules for suppliers in the United States."
    (action,) = extracted(body).actions
    assert action.actor == "Food and Drug Administration"
    assert "USA" not in action.beneficiaries


@pytest.mark.parametrize(
    "sentence, adversary",
    [
        (
            "The United States has deployed additional forces to reassure its allies and to deter further Russian aggression.",
            "RUS",
        ),
        ("The United States will support investigations into Russia's atrocities.", "RUS"),
    ],
)
def test_an_adversary_is_not_whom_the_action_is_for(sentence, adversary):
    (action,) = extracted(sentence).actions
    assert adversary not in action.beneficiaries
    # A country's own hostile act ("Russia's atrocities") is left out where the beneficiaries are sorted
    # (beneficiaries.roles_of, by undertakings.is_aggressor), so no rule finds it and no screen need drop it.
    assert (action.because.beneficiaries, action.because.changes) == (None, [])


def test_the_target_of_sanctions_is_not_whom_the_action_is_for():
    (action,) = extracted("The Department of the Treasury will implement new sanctions on Belarus's banks.").actions
    assert (action.beneficiaries, action.because.changes) == ([], ["adversary_country"])


def test_the_country_a_measure_means_to_harm_is_not_whom_the_action_is_for():
    body = (
        "The Department of the Treasury will implement new sanctions on Belarus's banks in order to further "
        "weaken Belarus's economy."
    )
    (action,) = extracted(body).actions
    assert (action.beneficiaries, action.because.changes) == ([], ["adversary_country"])


def test_a_real_undertaking_keeps_its_partner():
    extraction = extracted("The United States will also establish regular meetings with the Government of Ghana.")
    (action,) = extraction.actions
    assert (action.actor, action.action, action.beneficiaries, action.because.changes) == (
        "USA",
        "establish",
        ["GHA"],
        [],
    )


def test_actor_country():
    assert actor_country("USA", None) == "USA"
    assert actor_country("United States Armed Forces", None) == "USA"
    assert actor_country("Food and Drug Administration", "USA") == "USA"
    assert actor_country("Food and Drug Administration", None) is None
    assert actor_country("World Health Organization", "USA") is None
    assert actor_country(None, "USA") is None


def test_no_country_an_action_of_harm_names_is_whom_it_is_for():
    (action,) = extracted("We will sanction additional firms tied to Belarus's defence industry.").actions
    assert (action.action, action.beneficiaries, action.because.changes) == ("sanction", [], ["adversary_country"])


def test_exhausting_something_without_a_sum_is_no_action():
    extraction = extracted("The mediators have exhausted every channel for talks with the two parties.")
    assert extraction.actions == []
    sums = extracted("The mediators have exhausted USD 4 million of the peace fund in Haiti.").commitments
    assert [(c.amounts[0].value, c.status) for c in sums] == [(4e6, "disbursed")]


def test_what_the_author_asked_another_to_do_is_a_call_not_a_firm_undertaking():
    # A base verb in a "that" clause of asking: the Senate was asked to fund, it undertook nothing.
    extraction = extracted("Last spring my Government asked that the Senate fund new flood barriers along the coast.")
    assert [(a.action, a.modality, a.status) for a in extraction.actions] == [("fund", "call", "planned")]
