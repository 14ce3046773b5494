"""Commitments from hand-built Docs: spender vs beneficiary vs bystander, status by tense, regions."""

from __future__ import annotations

import pytest
from handdoc import letter_of, make_doc
from shared_paths import SEED_TEXT, require_shared

from extractor.relations.commitments import find_actions, find_commitments

COUNTRIES = [
    ("Italy", "ITA", None),
    ("Tunisia", "TUN", None),
    ("Libya", "LBY", None),
    ("Niger", "NER", None),
    ("Lebanon", "LBN", None),
    ("Syrian", "SYR", None),
    ("Jordan", "JOR", None),
    ("Egypt", "EGY", None),
    ("Morocco", "MAR", None),
    ("Algeria", "DZA", None),
    ("Mali", "MLI", None),
    ("Chad", "TCD", None),
    ("Türkiye", "TUR", None),
    ("Sudanese", "SDN", None),
    ("Greece", "GRC", None),
    ("Italian", "ITA", None),
    ("Tunisian", "TUN", None),
    ("Greece", "GRC", None),
    ("Burkina Faso", "BFA", None),
]


def money(phrase: str, value: float):
    return (phrase, f"{value} EUR", {"kind": "money", "value": value, "currency": "EUR"})


def run(body: str, amounts=(), regions=(), dates=(), programmes=(), organisations=(), **parts):
    return run_both(body, amounts, regions, dates, programmes, organisations, **parts)[0]


def run_actions(body: str, amounts=(), regions=(), dates=(), programmes=(), organisations=(), **parts):
    return run_both(body, amounts, regions, dates, programmes, organisations, **parts)[1]


def run_both(body: str, amounts=(), regions=(), dates=(), programmes=(), organisations=(), **parts):
    spans = {
        "country": COUNTRIES,
        "amount": list(amounts),
        "region": list(regions),
        "date": list(dates),
        "programme": list(programmes),
        "organisation": list(organisations),
    }
    doc = make_doc(body, spans)
    letter = letter_of(body, **parts)
    return find_commitments(doc, [], letter), find_actions(doc, [], letter)


def money_commitments(commitments):
    return [c for c in commitments if c.amounts]


def test_a_place_name_of_several_words_does_not_push_the_purpose_out_of_reach():
    body = "The Agency will also program EUR 3 million in Burkina Faso to enhance food production."
    (c,) = money_commitments(run(body, [money("EUR 3 million", 3e6)]))
    assert (c.beneficiaries, c.purpose) == (["BFA"], "to enhance food production")


@pytest.mark.parametrize(
    "body, kept",
    [
        (
            "The action will result in higher tariffs on Italian products worth approximately EUR 3 million to Italy.",
            False,
        ),
        (
            "Italy increased funding by almost 50% to serve more children, and issued a rule to cap costs, "
            "saving about 100,000 low-income families over EUR 3 million a month on average.",
            False,
        ),
        # A noun of money before "worth": the package is money given.
        ("Italy agreed a new package worth EUR 3 million for Tunisia.", True),
        # A verb of money governs the sum: what is worth it was given.
        ("Contracts worth EUR 3 million have already been signed with Tunisia.", True),
        # Saving after the sum is its purpose, not what the sum is.
        ("Italy will provide EUR 3 million to Tunisia, saving lives.", True),
    ],
)
def test_a_value_or_a_saving_is_no_commitment(body, kept):
    found = money_commitments(run(body, [money("EUR 3 million", 3e6)]))
    assert bool(found) == kept


def test_spender_beneficiary_and_bystander_in_one_sentence():
    body = "Italy will provide EUR 10 million to Tunisia to curb departures from Libya."
    (c,) = money_commitments(run(body, amounts=[money("EUR 10 million", 10e6)]))
    assert c.beneficiaries == ["TUN"]
    assert c.actor == "ITA"
    assert c.status == "planned"
    assert c.modality == "firm"


def test_the_spending_state_is_never_its_own_sums_beneficiary():
    # The clause names the spender's own country with no cue ("Italian"): it spends, it is not helped.
    body = "Italy is investing EUR 75 million alongside Italian and Tunisian partners to fund border projects."
    (c,) = money_commitments(run(body, amounts=[money("EUR 75 million", 75e6)]))
    assert (c.actor, c.beneficiaries) == ("ITA", ["TUN"])
    # Italy, the verb's subject, gives: named_in_clause leaves it out itself.
    assert c.because.beneficiaries == "named_in_clause"


def test_author_state_is_not_a_beneficiary():
    body = "Italy will allocate EUR 5 million from the Italian budget to border management in Niger."
    (c,) = money_commitments(
        run(body, amounts=[money("EUR 5 million", 5e6)], letterhead="Ministry of the Interior of Italy")
    )
    assert c.beneficiaries == ["NER"]
    assert c.actor == "ITA"


def test_author_state_receiving_money_is_a_beneficiary():
    body = "EUR 15 million has been disbursed to Greece for reception centres."
    (c,) = money_commitments(
        run(body, amounts=[money("EUR 15 million", 15e6)], letterhead="HELLENIC REPUBLIC Ministry of Migration")
    )
    assert c.beneficiaries == ["GRC"]
    assert c.status == "disbursed"


def test_donor_thanked_is_not_a_beneficiary():
    body = "I am grateful to Niger for its contribution of EUR 12 million, disbursed in February, for refugees in Chad."
    (c,) = money_commitments(run(body, amounts=[money("EUR 12 million", 12e6)]))
    assert c.beneficiaries == ["TCD"]


def test_a_second_clause_keeps_its_own_sum_and_country():
    body = (
        "Since 2022 Italy has provided EUR 33 million in assistance to Egypt, and banks have blocked "
        "EUR 5 million in assets of Libyan persons."
    )
    found = money_commitments(run(body, amounts=[money("EUR 33 million", 33e6), money("EUR 5 million", 5e6)]))
    assert [(c.amounts[0].value, c.beneficiaries, c.status) for c in found] == [(33e6, ["EGY"], "disbursed")]


def test_clause_after_a_comma_has_its_own_beneficiary():
    body = "Of the new funding, EUR 15 million will go to programmes in Egypt, and the remainder will support people inside Libya."
    (c,) = money_commitments(run(body, amounts=[money("EUR 15 million", 15e6)]))
    assert c.beneficiaries == ["EGY"]
    assert c.status == "planned"


def test_a_further_sum_keeps_the_beneficiary_and_takes_its_own_status():
    body = "EUR 24 million has been paid to Niger so far, and a further EUR 5 million is expected in 2024."
    first, second = money_commitments(run(body, amounts=[money("EUR 24 million", 24e6), money("EUR 5 million", 5e6)]))
    assert (first.beneficiaries, first.status) == (["NER"], "disbursed")
    assert (second.beneficiaries, second.status) == (["NER"], "planned")


def test_agreed_to_provide_is_adopted():
    body = "Under the joint declaration, Italy agreed to provide EUR 47 million over three years to Libya."
    (c,) = money_commitments(run(body, amounts=[money("EUR 47 million", 47e6)]))
    assert (c.status, c.beneficiaries, c.actor) == ("adopted", ["LBY"], "ITA")


def test_origin_of_refugees_is_not_the_beneficiary():
    body = "A new programme of EUR 80 million will support Syrian refugees in Lebanon."
    (c,) = money_commitments(run(body, amounts=[money("EUR 80 million", 80e6)]))
    assert c.beneficiaries == ["LBN"]


def test_two_sums_in_one_sentence_keep_their_own_countries():
    body = "We adopted EUR 30 million for Mali and EUR 20 million for Chad."
    a, b = money_commitments(run(body, amounts=[money("EUR 30 million", 30e6), money("EUR 20 million", 20e6)]))
    assert (a.amounts[0].value, a.beneficiaries) == (30e6, ["MLI"])
    assert (b.amounts[0].value, b.beneficiaries) == (20e6, ["TCD"])
    assert a.status == b.status == "adopted"


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("EUR 50 million for Egypt will be adopted in the coming weeks.", "planned"),
        ("EUR 50 million for Egypt is earmarked for border management.", "planned"),
        ("We adopted EUR 50 million for Egypt last month.", "adopted"),
        ("A package of EUR 50 million for Egypt has been adopted.", "adopted"),
        ("EUR 50 million have been invested in Egypt since 2020.", "disbursed"),
        ("EUR 50 million was paid to Egypt in March.", "disbursed"),
        ("The Commission disbursed EUR 50 million to Egypt.", "disbursed"),
        ("We will support Egypt with EUR 50 million.", "planned"),
    ],
)
def test_status_follows_tense_and_verb(sentence, status):
    (c,) = money_commitments(run(sentence, amounts=[money("EUR 50 million", 50e6)]))
    assert c.status == status
    assert c.beneficiaries == ["EGY"]


def test_region_expanded_to_the_countries_the_sentence_lists():
    body = (
        "A package of EUR 675 million for North Africa will be adopted soon to support migration "
        "management for 2025-2027 in Egypt, Tunisia, Libya, Morocco and Algeria."
    )
    (c,) = money_commitments(
        run(
            body,
            amounts=[money("EUR 675 million", 675e6)],
            regions=[("North Africa", "North Africa", None)],
            dates=[("2025-2027", "2025/2027", {"edtf": "2025/2027", "relative": False})],
        )
    )
    assert c.regions == ["North Africa"]
    assert c.beneficiaries == ["EGY", "TUN", "LBY", "MAR", "DZA"]
    assert c.period == "2025/2027"
    assert c.purpose.startswith("to support migration management")


def test_region_without_listed_countries_stays_a_region():
    body = "EUR 100 million will be mobilised for the Sahel. Border management in Libya remains weak."
    (c,) = money_commitments(run(body, amounts=[money("EUR 100 million", 100e6)], regions=[("Sahel", "Sahel", None)]))
    assert c.regions == ["Sahel"]
    assert c.beneficiaries == []


def test_region_takes_the_countries_the_next_sentence_lists():
    body = "EUR 100 million will be mobilised for the Sahel. It will support Mali, Niger and Chad."
    (c,) = money_commitments(run(body, amounts=[money("EUR 100 million", 100e6)], regions=[("Sahel", "Sahel", None)]))
    assert c.beneficiaries == ["MLI", "NER", "TCD"]


def test_back_reference_takes_countries_of_the_previous_sentence():
    body = (
        "Our partnerships with Tunisia and Egypt have proven valuable.\n\n"
        "Cooperation in the field of returns continues. "
        "We have launched partnerships with Jordan and Morocco. "
        "We will provide EUR 12 million to these countries for reintegration."
    )
    (c,) = money_commitments(run(body, amounts=[money("EUR 12 million", 12e6)]))
    assert c.beneficiaries == ["JOR", "MAR"]  # not TUN/EGY: another paragraph, further back


def test_deadline_and_period():
    body = "The Commission will propose EUR 3 million for Niger by June 2026."
    (c,) = money_commitments(
        run(
            body,
            amounts=[money("EUR 3 million", 3e6)],
            dates=[("June 2026", "2026-06", {"edtf": "2026-06", "relative": False})],
            organisations=[("Commission", "European Commission", None)],
        )
    )
    assert c.deadline == "2026-06"
    assert c.period is None
    assert c.actor == "European Commission"


def test_a_sum_stated_as_a_fact_is_not_a_commitment():
    body = "Smugglers earn EUR 6 billion a year. EUR 2 million for Niger were disbursed."
    found = money_commitments(run(body, amounts=[money("EUR 6 billion", 6e9), money("EUR 2 million", 2e6)]))
    assert [c.amounts[0].value for c in found] == [2e6]


@pytest.mark.parametrize(
    "sentence, modality, status",
    [
        ("We will launch a new partnership with Egypt.", "firm", "planned"),
        ("We are ready to launch a new partnership with Egypt.", "intention", "planned"),
        ("Member States should strengthen cooperation with Egypt.", "call", "planned"),
        ("I request Member States to strengthen cooperation with Egypt.", "call", "planned"),
        ("Last year we launched a new partnership with Egypt.", "firm", "adopted"),
    ],
)
def test_undertakings_without_money_are_actions_not_commitments(sentence, modality, status):
    commitments, (c,) = run_both(sentence, organisations=[("Member States", "Member States", None)])
    assert commitments == []
    assert c.id == "a1"
    assert (c.modality, c.status) == (modality, status)
    assert c.beneficiaries == ["EGY"]
    assert c.action in {"launch", "strengthen"}


def test_facts_without_an_actor_are_not_undertakings():
    assert run_both("Arrivals from Libya increased by a third. Support focuses on returns.") == ([], [])


def test_we_resolves_to_the_author_institution():
    body = "We will launch a new partnership with Egypt."
    (c,) = run_actions(body, signatory_title="President of the European Commission")
    assert c.actor == "European Commission"


def test_ids_and_evidence():
    body = "We will launch a partnership with Egypt. EUR 4 million for Mali were adopted."
    (second,), (first,) = run_both(body, amounts=[money("EUR 4 million", 4e6)])
    assert (first.id, second.id) == ("a1", "c1")
    assert first.evidence.sentence == 0
    assert second.evidence.sentence == 1
    assert body[second.evidence.start : second.evidence.end] == "EUR 4 million for Mali were adopted."


def test_purpose_of_an_active_and_a_passive_verb():
    active, passive = money_commitments(
        run(
            "EUR 8 million will support durable solutions in Lebanon. "
            "EUR 9 million have been invested to support Türkiye's efforts to manage its borders.",
            amounts=[money("EUR 8 million", 8e6), money("EUR 9 million", 9e6)],
        )
    )
    assert active.purpose == "support durable solutions in Lebanon"
    assert passive.purpose == "to support Türkiye's efforts to manage its borders"
    assert passive.beneficiaries == ["TUR"]
    assert passive.status == "disbursed"


def test_seed_money_commitments_and_route_ties_through_the_pipeline():
    from extractor.records.extract import extract_path

    extraction = extract_path(require_shared(SEED_TEXT))
    found = sorted((c.amounts[0].value, tuple(c.beneficiaries), c.status) for c in extraction.commitments if c.amounts)
    assert found == [
        (22.5e6, (), "planned"),
        (80e6, ("JOR",), "adopted"),
        (80e6, ("LBN",), "planned"),
        (393e6, ("TUR",), "disbursed"),
        (675e6, ("EGY", "TUN", "LBY", "MAR", "DZA"), "planned"),
    ]
    ties = {(t.route, t.country) for t in extraction.route_ties}
    assert {("Central Mediterranean", "LBY"), ("Eastern Mediterranean", "LBY")} <= ties
    assert {("Western Mediterranean", "SEN"), ("Western Mediterranean", "MRT")} <= ties
    assert {("Western African", "SEN"), ("Western African", "MRT")} <= ties
    assert not {t for t in ties if t[1] in ("COL", "SYR", "TUN", "EGY")}
    assert {c.actor for c in extraction.commitments if c.amounts} == {"European Commission"}


def test_a_sum_restated_in_another_currency_is_one_commitment():
    body = "JPY 23.5 billion (about USD 200 million) will be provided to Jordan for its reforms."
    amounts = [
        ("JPY 23.5 billion", "", {"kind": "money", "value": 23.5e9, "currency": "JPY"}),
        ("USD 200 million", "", {"kind": "money", "value": 200e6, "currency": "USD"}),
    ]
    (c,) = money_commitments(run(body, amounts=amounts))
    assert [(a.value, a.currency) for a in c.amounts] == [(23.5e9, "JPY"), (200e6, "USD")]
    assert (c.beneficiaries, c.status) == (["JOR"], "planned")


def test_these_countries_does_not_bring_back_the_author_state():
    body = (
        "Italy has supported Mali and Niger for years. "
        "In January, we decided to extend aid of EUR 6 million to both countries."
    )
    (c,) = money_commitments(
        run(body, amounts=[money("EUR 6 million", 6e6)], letterhead="Ministry of Foreign Affairs of Italy")
    )
    assert c.beneficiaries == ["MLI", "NER"]
    assert c.status == "adopted"


def test_a_total_benefits_the_countries_of_its_parts():
    body = (
        "EUR 50 million will be made available for border surveillance, of which EUR 17 million "
        "are earmarked for Mali and EUR 3 million for Niger."
    )
    amounts = [money("EUR 50 million", 50e6), money("EUR 17 million", 17e6), money("EUR 3 million", 3e6)]
    total, mali, niger = money_commitments(run(body, amounts=amounts))
    assert (total.beneficiaries, total.status) == (["MLI", "NER"], "planned")
    assert mali.beneficiaries == ["MLI"] and niger.beneficiaries == ["NER"]


def test_those_three_countries_refers_back():
    body = (
        "EUR 9 million went to the return of migrants in Mali, Niger and Chad. "
        "We have already provided EUR 2 million in reintegration assistance to those three countries."
    )
    _, second = money_commitments(run(body, amounts=[money("EUR 9 million", 9e6), money("EUR 2 million", 2e6)]))
    assert (second.beneficiaries, second.status) == (["MLI", "NER", "TCD"], "disbursed")


def test_part_of_a_sum_keeps_its_actor():
    body = (
        "The Development Bank has approved EUR 15 million for food production, and EUR 2 million of it "
        "was disbursed in September to farmers in Mali."
    )
    whole, part = money_commitments(
        run(
            body,
            amounts=[money("EUR 15 million", 15e6), money("EUR 2 million", 2e6)],
            organisations=[("Development Bank", "Development Bank", None)],
            letterhead="European Commission",
        )
    )
    assert (whole.actor, whole.status) == ("Development Bank", "adopted")
    assert (part.actor, part.status, part.beneficiaries) == ("Development Bank", "disbursed", ["MLI"])


def test_letterhead_names_the_author_among_the_bodys_organisations():
    body = "We will launch a new partnership with Egypt together with the African Union Commission."
    (c,) = run_actions(
        body,
        organisations=[("African Union Commission", "African Union Commission", None)],
        letterhead="AFRICAN UNION COMMISSION",
    )
    assert c.actor == "African Union Commission"


def test_a_call_with_a_verb_outside_the_lexicon():
    (c,) = run_actions(
        "I invite all Member States to report on their programmes for Egypt.",
        organisations=[("Member States", "Member States", None)],
    )
    assert (c.actor, c.action, c.modality, c.status) == ("Member States", "report", "call", "planned")


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("Under the agreement with Egypt, a first payment of EUR 60 million has been made.", "disbursed"),
        ("The Egypt Facility of EUR 60 million that the Commission proposed in June is welcome.", "planned"),
        ("Aid to Egypt rose to EUR 75 million, of which EUR 60 million was added this week.", "adopted"),
    ],
)
def test_status_from_nouns_and_proposals(sentence, status):
    found = money_commitments(run(sentence, amounts=[money("EUR 60 million", 60e6), money("EUR 75 million", 75e6)]))
    (c,) = [c for c in found if c.amounts[0].value == 60e6]
    assert c.status == status


def test_participle_like_the_base_form_and_up_to():
    body = (
        "EUR 30 million has been set aside for Chad. The Commission is ready to mobilise up to EUR 9 million for Mali."
    )
    first, second = money_commitments(
        run(
            body,
            amounts=[money("EUR 30 million", 30e6), money("EUR 9 million", 9e6)],
            organisations=[("Commission", "European Commission", None)],
        )
    )
    # A participle that looks like the base ("set") is read as one; money set aside is earmarked, so planned.
    assert (first.beneficiaries, first.status, first.action) == (["TCD"], "planned", "set aside")
    assert (second.action, second.modality, second.status) == ("mobilise", "intention", "planned")


def test_second_clause_with_its_own_subject_and_the_eu_as_actor():
    body = "EUR 10 million was allocated to projects in Tunisia, while Morocco received EUR 5 million."
    first, second = money_commitments(run(body, amounts=[money("EUR 10 million", 10e6), money("EUR 5 million", 5e6)]))
    assert (first.beneficiaries, first.status) == (["TUN"], "adopted")
    assert (second.beneficiaries, second.status) == (["MAR"], "disbursed")
    (c,) = money_commitments(
        run(
            "Together with Italy, the EU will provide EUR 20 million to Niger.", amounts=[money("EUR 20 million", 20e6)]
        )
    )
    assert (c.actor, c.beneficiaries) == ("European Union", ["NER"])


def test_a_budget_is_a_commitment_and_a_route_destination_is_no_beneficiary():
    body = (
        "Our programme for the Sahel, in particular Mali, Niger and Chad, will have a budget of EUR 205 million. "
        "We will contribute EUR 1.5 million to the regional fund, which protects migrants along the route to Egypt."
    )
    budget, fund = money_commitments(
        run(body, amounts=[money("EUR 205 million", 205e6), money("EUR 1.5 million", 1.5e6)])
    )
    assert (budget.beneficiaries, budget.status) == (["MLI", "NER", "TCD"], "planned")
    assert fund.beneficiaries == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Since June, departures from eastern Libya towards Italy have also increased sharply.",
        "I recognise the effort made by Türkiye, which hosts many refugees.",
        "The EU-Turkey Statement continues to deliver results.",
    ],
)
def test_trends_and_reduced_clauses_are_not_undertakings(sentence):
    assert run(sentence, programmes=[("EU-Turkey Statement", "EU-Turkey Statement", None)]) == []


def test_continuing_is_not_a_new_undertaking_but_money_continues_as_adopted():
    assert run("Libya continues to expand its detention centres.") == []
    (c,) = money_commitments(
        run("We continue to provide EUR 4 million a year to Niger.", amounts=[money("EUR 4 million", 4e6)])
    )
    assert (c.status, c.beneficiaries) == ("adopted", ["NER"])


def test_region_members_filter_the_next_sentences_countries():
    body = "EUR 100 million will be mobilised for the Sahel. It will support Mali, Niger and Egypt."
    sahel = ("Sahel", "Sahel", {"members": ["MLI", "NER", "TCD", "BFA", "MRT"]})
    (c,) = money_commitments(run(body, amounts=[money("EUR 100 million", 100e6)], regions=[sahel]))
    assert c.beneficiaries == ["MLI", "NER"]


def test_money_asked_of_another_actor_is_a_call():
    body = "We therefore ask the Commission to release the second tranche of EUR 40 million to Tunisia without delay."
    (c,) = money_commitments(
        run(body, amounts=[money("EUR 40 million", 40e6)], organisations=[("Commission", "European Commission", None)])
    )
    assert (c.actor, c.action, c.modality, c.status, c.beneficiaries) == (
        "European Commission",
        "release",
        "call",
        "planned",
        ["TUN"],
    )


def test_a_sum_with_its_own_verb_after_and_keeps_to_its_clause():
    # The second sum's clause starts after ", and": the first clause's "for Tunisia" is not its.
    body = (
        "In May the Commission transferred EUR 2 million to open offices for Tunisia, and the Government of "
        "Greece has paid EUR 4 million into a common fund."
    )
    a, b = money_commitments(run(body, amounts=[money("EUR 2 million", 2e6), money("EUR 4 million", 4e6)]))
    assert a.beneficiaries == ["TUN"]
    assert b.beneficiaries == []


def test_the_government_of_a_state_before_the_verb_is_the_spender():
    body = "The Government of Greece has paid EUR 4 million into the trust fund."
    (c,) = money_commitments(run(body, amounts=[money("EUR 4 million", 4e6)]))
    assert c.beneficiaries == []
    assert c.actor == "GRC"


def test_the_government_of_a_state_after_to_is_the_beneficiary():
    body = "The Commission has paid EUR 4 million to the Government of Greece."
    (c,) = money_commitments(run(body, amounts=[money("EUR 4 million", 4e6)]))
    assert c.beneficiaries == ["GRC"]


def test_a_sum_naming_no_place_is_for_the_country_the_paragraph_speaks_of():
    body = (
        "In Chad, cholera has spread to every camp. Last week the Commission allocated EUR 6 million "
        "from its reserve to contain the outbreak."
    )
    (c,) = money_commitments(run(body, amounts=[money("EUR 6 million", 6e6)]))
    assert c.beneficiaries == ["TCD"]


def test_countries_of_another_paragraph_or_of_a_mixed_sentence_are_not_taken():
    body = (
        "In Chad, cholera has spread to every camp.\n\n"
        "Last week the Commission allocated EUR 6 million from its reserve to contain the outbreak. "
        "Projects range from clinics in Mali to roads linking Niger and Algeria. "
        "A new envelope of EUR 9 million will follow."
    )
    first, second = money_commitments(run(body, amounts=[money("EUR 6 million", 6e6), money("EUR 9 million", 9e6)]))
    assert first.beneficiaries == []  # Chad stands in the paragraph before
    assert second.beneficiaries == []  # Mali is one example beside Niger and Algeria


def test_a_united_nations_letterhead_names_no_state_as_author():
    body = "Mali has asked for help. We have allocated EUR 6 million from the fund to meet the needs."
    (c,) = money_commitments(
        run(body, amounts=[money("EUR 6 million", 6e6)], letterhead="UNITED NATIONS\nTHE SECRETARY-GENERAL")
    )
    assert c.actor == "United Nations"
    assert c.beneficiaries == []  # Mali is the subject of the sentence before, not cued as helped


def test_a_gapped_sum_keeps_the_verb_before_and_returns_from_a_country_help_it():
    body = (
        "Italy provided EUR 8 million to the regional office, and a further EUR 2 million to the IOM "
        "for assisted voluntary returns from Niger and Chad."
    )
    a, b = money_commitments(run(body, amounts=[money("EUR 8 million", 8e6), money("EUR 2 million", 2e6)]))
    assert (b.status, b.beneficiaries) == ("disbursed", ["NER", "TCD"])
    assert a.beneficiaries == []


def test_departures_from_a_country_still_do_not_make_it_a_beneficiary():
    body = "Italy will provide EUR 8 million to Tunisia to reduce departures from Libya."
    (c,) = money_commitments(run(body, amounts=[money("EUR 8 million", 8e6)]))
    assert c.beneficiaries == ["TUN"]


def test_a_country_inside_an_agency_name_is_not_a_beneficiary():
    body = (
        "The Minister has asked the Italian Agency for Development to implement a EUR 90 million plan for the region."
    )
    (c,) = money_commitments(
        run(
            body,
            amounts=[money("EUR 90 million", 90e6)],
            organisations=[("Italian Agency for Development", "Italian Agency for Development", None)],
        )
    )
    assert c.beneficiaries == []


def test_a_country_inside_an_agency_name_after_to_is_helped():
    body = "EUR 9 million will be paid to the Italian Coast Guard for new patrol boats."
    (c,) = money_commitments(
        run(
            body,
            amounts=[money("EUR 9 million", 9e6)],
            organisations=[("Italian Coast Guard", "Italian Coast Guard", None)],
        )
    )
    assert c.beneficiaries == ["ITA"]


def test_a_total_split_up_in_the_next_sentence_is_for_the_countries_of_its_parts():
    body = (
        "This morning we approved EUR 40 million in new aid. Of this amount, EUR 25 million will go to "
        "clinics in Chad, and the rest will support families inside Mali."
    )
    total, part = money_commitments(run(body, amounts=[money("EUR 40 million", 40e6), money("EUR 25 million", 25e6)]))
    assert total.beneficiaries == ["TCD", "MLI"]
    assert part.beneficiaries == ["TCD"]


def test_a_sum_is_not_given_the_countries_of_a_next_sentence_that_does_not_split_it():
    body = "This morning we approved EUR 40 million in new aid. Clinics in Chad have also reopened."
    (c,) = money_commitments(run(body, amounts=[money("EUR 40 million", 40e6)]))
    assert c.beneficiaries == []


def test_a_total_mostly_kept_at_home_does_not_take_the_country_of_one_part():
    body = (
        "We are requesting EUR 40 million in new aid. Of that amount, EUR 30 million would go to the "
        "ministry for reception, and EUR 10 million to the IOM for returns to Mali."
    )
    found = money_commitments(
        run(body, amounts=[money("EUR 40 million", 40e6), money("EUR 30 million", 30e6), money("EUR 10 million", 10e6)])
    )
    assert [c.beneficiaries for c in found] == [[], [], ["MLI"]]


def test_help_for_returnees_of_a_nationality_is_help_for_their_country():
    body = "The ministry has set aside EUR 3 million for reintegration assistance to Tunisian returnees."
    (c,) = money_commitments(run(body, amounts=[money("EUR 3 million", 3e6)], regions=[], organisations=[]))
    assert c.beneficiaries == ["TUN"]


def test_refugees_of_a_nationality_still_do_not_make_their_country_a_beneficiary():
    body = "The ministry has set aside EUR 3 million for Sudanese refugees in Chad."
    (c,) = money_commitments(run(body, amounts=[money("EUR 3 million", 3e6)]))
    assert c.beneficiaries == ["TCD"]


def test_a_sum_to_be_raised_is_a_planned_commitment():
    body = "Over the next two years, we aim to raise EUR 45 million."
    (c,) = money_commitments(run(body, amounts=[money("EUR 45 million", 45e6)]))
    assert (c.status, c.beneficiaries) == ("planned", [])


def test_a_total_whose_parts_in_the_next_sentence_add_up_to_it_is_for_their_countries():
    body = "The Commission will mobilise EUR 90 million. EUR 60 million will go to Chad and EUR 30 million to Mali."
    amounts = [money("EUR 90 million", 90e6), money("EUR 60 million", 60e6), money("EUR 30 million", 30e6)]
    total, chad, mali = money_commitments(run(body, amounts=amounts))
    assert total.beneficiaries == ["TCD", "MLI"]
    assert (chad.beneficiaries, mali.beneficiaries) == (["TCD"], ["MLI"])


def test_sums_in_the_next_sentence_that_do_not_add_up_are_not_parts():
    body = "The Commission will mobilise EUR 90 million. EUR 20 million will go to Chad and EUR 30 million to Mali."
    amounts = [money("EUR 90 million", 90e6), money("EUR 20 million", 20e6), money("EUR 30 million", 30e6)]
    total, _, _ = money_commitments(run(body, amounts=amounts))
    assert total.beneficiaries == []


def test_states_that_will_each_receive_a_sum_are_its_beneficiaries():
    body = "Mali and Chad will each receive EUR 7 million this year."
    (c,) = money_commitments(run(body, amounts=[money("EUR 7 million", 7e6)]))
    assert (c.beneficiaries, c.status) == (["MLI", "TCD"], "planned")


def test_a_sum_after_and_with_its_own_unknown_verb_is_not_gapped():
    body = "Italy provided EUR 8 million to Tunisia, and EUR 5 million of smugglers' assets was frozen."
    found = money_commitments(run(body, amounts=[money("EUR 8 million", 8e6), money("EUR 5 million", 5e6)]))
    assert [c.amounts[0].value for c in found] == [8e6]


def test_a_sum_is_for_the_countries_the_next_sentence_says_it_goes_to():
    body = "Last month we approved EUR 20 million in fresh aid. These funds will pay for shelters in Chad and Niger."
    (c,) = money_commitments(run(body, amounts=[money("EUR 20 million", 20e6)]))
    assert c.beneficiaries == ["TCD", "NER"]


def test_a_next_sentence_that_does_not_point_back_at_the_sum_gives_it_nothing():
    body = "Last month we approved EUR 20 million in fresh aid. Floods in Chad and Niger have worsened."
    (c,) = money_commitments(run(body, amounts=[money("EUR 20 million", 20e6)]))
    assert c.beneficiaries == []


def test_a_package_for_a_region_targets_the_countries_the_next_sentence_names():
    body = "Italy announced EUR 20 million for the Sahel. The package will target Mali and Niger."
    (c,) = money_commitments(run(body, amounts=[money("EUR 20 million", 20e6)], regions=[("Sahel", "Sahel", None)]))
    assert c.beneficiaries == ["MLI", "NER"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission released EUR 20 million to Chad last week.",
        "Italy handed over EUR 20 million to Chad in March.",
        "Greece has donated EUR 20 million to Chad.",
    ],
)
def test_money_released_donated_or_handed_over_is_disbursed(sentence):
    (c,) = money_commitments(run(sentence, amounts=[money("EUR 20 million", 20e6)]))
    assert (c.status, c.beneficiaries) == ("disbursed", ["TCD"])


@pytest.mark.parametrize(
    "sentence, beneficiaries",
    [
        ("We will provide EUR 20 million for the benefit of Chad.", ["TCD"]),
        ("A grant of EUR 20 million was approved in favour of Chad.", ["TCD"]),
        ("EUR 20 million will go to projects along the border between Chad and Niger.", ["TCD", "NER"]),
        ("EUR 20 million will fund returns of stranded migrants from Libya.", ["LBY"]),
        ("We will give Chad EUR 20 million.", ["TCD"]),
        ("Chad will get EUR 20 million next year.", ["TCD"]),
        ("Jointly with Italy, Greece will give Chad EUR 20 million.", ["TCD"]),
    ],
)
def test_more_ways_to_name_the_country_helped(sentence, beneficiaries):
    (c,) = money_commitments(run(sentence, amounts=[money("EUR 20 million", 20e6)]))
    assert c.beneficiaries == beneficiaries


def test_a_network_between_countries_is_still_no_beneficiary():
    body = "EUR 20 million will go to Chad to dismantle networks between Libya and Niger."
    (c,) = money_commitments(run(body, amounts=[money("EUR 20 million", 20e6)]))
    assert c.beneficiaries == ["TCD"]


def test_a_national_agency_that_receives_a_sum_makes_its_country_the_beneficiary():
    body = "The Italian Coast Guard will receive EUR 9 million for new patrol boats."
    (c,) = money_commitments(
        run(
            body,
            amounts=[money("EUR 9 million", 9e6)],
            organisations=[("Italian Coast Guard", "Italian Coast Guard", None)],
        )
    )
    assert c.beneficiaries == ["ITA"]


@pytest.mark.parametrize(
    "sentence, status",
    [
        # The sum opens a "that" clause: its own (future) verb decides, not the verb before it ...
        ("The Council has announced that EUR 50 million in emergency support for Egypt will be released.", "planned"),
        # ... but a past decision's clause says what was decided: the money is committed, its payment to come.
        ("The Council has agreed that EUR 50 million in emergency support for Egypt will be released.", "adopted"),
        # A relative pronoun is the subject of a planning verb ("which proposes").
        ("We launched the new Compact, which proposes EUR 50 million for Egypt.", "planned"),
        # Must not: "that" as a determiner with a relative clause after a comma keeps the main verb.
        ("We approved that package of EUR 50 million for Egypt, which will run until 2027.", "adopted"),
        ("We announced that EUR 50 million for Egypt has been disbursed.", "disbursed"),
    ],
)
def test_status_of_a_sum_in_a_that_clause_or_a_relative_clause(sentence, status):
    (c,) = money_commitments(run(sentence, amounts=[money("EUR 50 million", 50e6)]))
    assert c.status == status


@pytest.mark.parametrize(
    "body, sums, expected",
    [
        # "in support of X" helps X.
        ("EUR 50 million will be mobilised in support of Jordan.", [50e6], [["JOR"]]),
        # The country of a crisis yields to the host helped in response to it ...
        ("EUR 50 million will be mobilised for Jordan in response to the Syrian crisis.", [50e6], [["JOR"]]),
        # ... but alone it stays the beneficiary.
        ("EUR 50 million will be mobilised in response to the Sudanese crisis.", [50e6], [["SDN"]]),
        # A region of a country is that country.
        ("In the Bekaa Region of Lebanon, EUR 50 million will be mobilised for host communities.", [50e6], [["LBN"]]),
        # "of" before a state body named by a demonym is a possessive, not an origin.
        (
            "EUR 50 million was paid, including for the maintenance of patrol boats of the Tunisian coast guard.",
            [50e6],
            [["TUN"]],
        ),
        # A part of the sum before ("EUR 20 million of it") keeps its beneficiary.
        (
            "The Commission approved EUR 60 million for Egypt, and EUR 20 million of it has been paid.",
            [60e6, 20e6],
            [["EGY"], ["EGY"]],
        ),
        # A further sum with a purpose of its own does not inherit the countries before it.
        (
            "EUR 30 million went to Mali in 2023, and a further EUR 5 million will be released for the training "
            "of a regional brigade.",
            [30e6, 5e6],
            [["MLI"], []],
        ),
    ],
)
def test_beneficiaries_of_support_crises_regions_state_bodies_and_parts(body, sums, expected):
    names = {
        30e6: "EUR 30 million",
        5e6: "EUR 5 million",
        50e6: "EUR 50 million",
        60e6: "EUR 60 million",
        20e6: "EUR 20 million",
    }
    found = money_commitments(run(body, amounts=[money(names[v], v) for v in sums]))
    assert [c.beneficiaries for c in found] == expected


def test_state_body_after_by_is_still_not_a_beneficiary():
    body = "EUR 50 million was paid for the return of migrants intercepted by the Tunisian coast guard."
    (c,) = money_commitments(run(body, amounts=[money("EUR 50 million", 50e6)]))
    assert c.beneficiaries == []


def test_money_under_an_agreement_goes_to_the_country_it_was_signed_with():
    body = (
        "Last month we signed a memorandum with Tunisia. Under its first pillar, EUR 60 million will be "
        "mobilised for border management, and EUR 20 million was paid for search and rescue."
    )
    a, b = money_commitments(run(body, amounts=[money("EUR 60 million", 60e6), money("EUR 20 million", 20e6)]))
    assert (a.beneficiaries, b.beneficiaries) == (["TUN"], ["TUN"])


def test_a_country_only_talked_with_does_not_receive_the_next_sentence_s_money():
    body = "Last month we discussed migration with Tunisia. Under the new plan, EUR 60 million will be mobilised for border management."
    (c,) = money_commitments(run(body, amounts=[money("EUR 60 million", 60e6)]))
    assert c.beneficiaries == []


def test_a_sum_naming_no_place_goes_to_the_one_country_the_letter_sets_out_to_support():
    body = (
        "I write to explain how we intend to support Jordan this year.\n\n"
        "The needs are great. We have therefore decided that EUR 60 million will be mobilised for school meals."
    )
    (c,) = money_commitments(run(body, amounts=[money("EUR 60 million", 60e6)]))
    assert c.beneficiaries == ["JOR"]


@pytest.mark.parametrize(
    "opening",
    [
        "I write to explain how we intend to support Jordan and to assist Lebanon this year.",  # two countries
        "I write about the situation in Jordan this year.",  # no help stated
    ],
)
def test_no_letter_beneficiary_when_the_letter_helps_several_or_none(opening):
    body = (
        opening
        + "\n\nThe needs are great. We have therefore decided that EUR 60 million will be mobilised for school meals."
    )
    (c,) = money_commitments(run(body, amounts=[money("EUR 60 million", 60e6)]))
    assert c.beneficiaries == []


def test_a_sum_in_a_that_clause_of_a_planning_verb_is_planned():
    body = "We recommend that the Council allocate EUR 45 million to Jordan for border posts."
    found = money_commitments(run(body, amounts=[money("EUR 45 million", 45e6)]))
    assert [(c.beneficiaries, c.status) for c in found] == [(["JOR"], "planned")]


def test_a_that_clause_after_a_decision_verb_is_not_made_planned():
    body = "The Council confirmed that the Union provided EUR 45 million to Jordan for border posts."
    found = money_commitments(run(body, amounts=[money("EUR 45 million", 45e6)]))
    assert [c.status for c in found] == ["disbursed"]


def test_an_acronym_subject_paying_now_is_disbursed():
    body = "The EU already funds EUR 20 million of shelters in Lebanon each year."
    found = money_commitments(run(body, amounts=[money("EUR 20 million", 20e6)]))
    assert [(c.beneficiaries, c.status) for c in found] == [(["LBN"], "disbursed")]


def test_a_present_decision_verb_stays_adopted():
    body = "The EU now allocates EUR 20 million to shelters in Lebanon."
    found = money_commitments(run(body, amounts=[money("EUR 20 million", 20e6)]))
    assert [c.status for c in found] == ["adopted"]


def test_a_country_naming_the_giving_fund_is_no_beneficiary():
    body = "The Italy-Africa Solidarity Fund has agreed to provide EUR 8 million for rural clinics."
    found = money_commitments(
        run(
            body,
            amounts=[money("EUR 8 million", 8e6)],
            programmes=[("Italy-Africa Solidarity Fund", "Italy-Africa Solidarity Fund", None)],
        )
    )
    assert [c.beneficiaries for c in found] == [[]]


def test_a_fund_named_after_a_country_it_pays_into_still_helps_it():
    body = "The Commission will provide EUR 8 million through the Lebanon Recovery Fund."
    found = money_commitments(
        run(
            body,
            amounts=[money("EUR 8 million", 8e6)],
            programmes=[("Lebanon Recovery Fund", "Lebanon Recovery Fund", None)],
        )
    )
    assert [c.beneficiaries for c in found] == [["LBN"]]


def test_a_verb_taking_the_sum_after_an_appositive_is_the_sums_verb():
    body = "The regional appeal for Chad, launched in Geneva last week, requests EUR 90 million for food."
    found = money_commitments(run(body, amounts=[money("EUR 90 million", 90e6)]))
    assert [(c.beneficiaries, c.status) for c in found] == [(["TCD"], "planned")]


def test_a_plural_noun_before_a_sum_is_no_verb():
    body = "The Commission adopted, among other plans, EUR 90 million for food in Chad."
    found = money_commitments(run(body, amounts=[money("EUR 90 million", 90e6)]))
    assert [c.status for c in found] == ["adopted"]


def test_a_share_of_it_keeps_the_whole_sums_country_despite_origins_named():
    body = (
        "EUR 60 million was approved for Chad last year, and EUR 25 million of it has been paid "
        "for shelters housing Sudanese refugees."
    )
    found = money_commitments(run(body, amounts=[money("EUR 60 million", 60e6), money("EUR 25 million", 25e6)]))
    assert [(c.amounts[0].value, c.beneficiaries) for c in found] == [(60e6, ["TCD"]), (25e6, ["TCD"])]


def test_a_further_sum_naming_origins_does_not_inherit():
    body = (
        "EUR 60 million was approved for Chad last year, and a further EUR 25 million was paid "
        "for the return of Sudanese refugees."
    )
    found = money_commitments(run(body, amounts=[money("EUR 60 million", 60e6), money("EUR 25 million", 25e6)]))
    assert found[1].beneficiaries == []


def test_a_country_opening_the_paragraph_as_its_topic_takes_a_placeless_sum():
    body = "Jordan is under strain. The EUR 400 million package agreed last spring is now being rolled out."
    found = money_commitments(run(body, amounts=[money("EUR 400 million", 400e6)]))
    assert [c.beneficiaries for c in found] == [["JOR"]]


def test_a_country_acting_in_the_sentence_before_is_no_topic():
    body = "Jordan has hosted the talks. The EUR 400 million package agreed last spring is now being rolled out."
    found = money_commitments(run(body, amounts=[money("EUR 400 million", 400e6)]))
    assert [c.beneficiaries for c in found] == [[]]


def _sums(found):
    return [(c.amounts[0].value, c.beneficiaries, c.status, c.because.restated) for c in money_commitments(found)]


def test_a_headline_sum_the_body_states_is_one_commitment_the_bodys():
    body = (
        "Commission Announces Historic EUR 10 Million Investment to Expand Access to Vaccines\n\n"
        "The Commission will invest EUR 10 million to support clinics in Egypt."
    )
    found = run(body, amounts=[money("EUR 10 Million", 10e6), money("EUR 10 million", 10e6)])
    assert _sums(found) == [(10e6, ["EGY"], "planned", "headline_then_body")]


def test_a_sum_in_the_deck_under_the_headline_the_body_states_is_one_commitment_the_bodys():
    body = (
        "THE COMMISSION\n\nCommission Partners Mobilise Funds for Clinics\n\n"
        "More than EUR 40 million pledged today will reach rural clinics.\n\n"
        "The Commission and its partners pledged more than EUR 40 million for clinics in Egypt."
    )
    found = run(body, amounts=[money("EUR 40 million", 40e6), money("EUR 40 million", 40e6)])
    assert [s[0] for s in _sums(found)] == [40e6]
    assert _sums(found)[0][3] == "deck_then_body"
    # A section's heading further down is no headline: the paragraph under it states a sum of its own.
    sections = (
        "The Commission pledged more than EUR 40 million for clinics in Egypt.\n\nClinics and Rural Health Posts\n\n"
        "More than EUR 40 million went to rural posts in Jordan.\n\n"
        "The partners pledged more than EUR 40 million for health posts in Lebanon."
    )
    found = run(sections, amounts=[money("EUR 40 million", 40e6)] * 3)
    assert all(s[3] != "deck_then_body" for s in _sums(found))


def test_a_lead_in_headline_of_a_paragraph_is_the_sum_its_body_states():
    body = "EUR 3 Million to Strengthen Vaccine Confidence. The Commission will invest EUR 3 million to support Egypt."
    found = run(body, amounts=[money("EUR 3 Million", 3e6), money("EUR 3 million", 3e6)])
    assert _sums(found) == [(3e6, ["EGY"], "planned", "headline_then_body")]


def test_a_sentence_said_again_is_the_same_commitment():
    sentence = "Italy will provide EUR 12 million to strengthen border checks in Tunisia; part of it will fund {}."
    body = sentence.format("new boats") + "\n\n" + sentence.format("training")
    found = run(body, amounts=[money("EUR 12 million", 12e6)])
    assert [(value, restated) for value, _, _, restated in _sums(found)] == [(12e6, "same_purpose")]


def test_a_back_reference_to_the_sum_is_not_a_new_commitment():
    body = "Italy will provide EUR 40 million to Lebanon. This EUR 40 million will be paid to partners in 2025."
    found = run(body, amounts=[money("EUR 40 million", 40e6)])
    assert _sums(found) == [(40e6, ["LBN"], "planned", "back_reference")]


def test_the_same_sum_in_the_purpose_right_after_it_is_one_commitment():
    body = "The Bank signed a EUR 25 million guarantee with a lender to unlock up to EUR 25 million in loans."
    found = run(body, amounts=[money("EUR 25 million", 25e6)])
    assert [(value, restated) for value, _, _, restated in _sums(found)] == [(25e6, "sized_again_in_purpose")]


@pytest.mark.parametrize(
    "body",
    [
        "Italy adopted EUR 3 million for Mali. Italy will mobilise an additional EUR 3 million for Mali.",
        "Italy adopted EUR 3 million for Mali. Italy will provide another EUR 3 million to Mali.",
        "Italy adopted EUR 3 million for Lebanon. Italy adopted EUR 3 million for Jordan.",
    ],
)
def test_further_sums_and_sums_for_other_countries_stay_apart(body):
    found = run(body, amounts=[money("EUR 3 million", 3e6)])
    assert len(money_commitments(found)) == 2
    assert all(c.because.restated is None for c in found)


def test_a_headline_total_and_its_parts_stay_separate():
    body = (
        "EUR 330 Million to Strengthen Border Management. Italy will provide EUR 300 million to Egypt "
        "and an additional EUR 30 million for Tunisia."
    )
    amounts = [money("EUR 330 Million", 330e6), money("EUR 300 million", 300e6), money("EUR 30 million", 30e6)]
    found = money_commitments(run(body, amounts=amounts))
    assert [c.amounts[0].value for c in found] == [330e6, 300e6, 30e6]


@pytest.mark.parametrize(
    "body",
    [
        "The new mine will generate EUR 40 million in annual revenue for Tunisia.",
        "The scheme generated EUR 40 million of new sales in Tunisia.",
        # a longer noun phrase, with a country's name among its modifiers, still ends in the fact noun
        "These loans backed EUR 40 million in Italian small farm produce and machinery sales to Tunisia.",
    ],
)
def test_a_sum_named_a_figure_is_no_commitment(body):
    assert money_commitments(run(body, [money("EUR 40 million", 4e7)])) == []


@pytest.mark.parametrize(
    "body",
    [
        "Italy will provide EUR 40 million in grants for farm exports from Tunisia.",
        "Italy will provide EUR 40 million in small business support and export sales training for Tunisia.",
    ],
)
def test_money_named_before_a_fact_noun_stays_a_commitment(body):
    assert len(money_commitments(run(body, [money("EUR 40 million", 4e7)]))) == 1


def test_a_price_per_unit_is_no_commitment_but_a_sum_per_year_is():
    price = "The price of the vaccine for Tunisia is expected to fall below EUR 40 per dose by 2027."
    assert money_commitments(run(price, [money("EUR 40", 40)])) == []
    yearly = "Italy will provide EUR 40 million per year for schools in Tunisia."
    assert [c.amounts[0].value for c in money_commitments(run(yearly, [money("EUR 40 million", 4e7)]))] == [4e7]


def test_an_exchange_rate_is_no_commitment_but_a_sum_for_a_currency_area_is():
    rate = "The dinar traded at about EUR 40 to the US dollar in May, which raised the cost of aid for Tunisia."
    assert money_commitments(run(rate, [money("EUR 40", 40)])) == []
    area = "Italy will give EUR 40 million to the euro area fund for Tunisia."
    assert [c.amounts[0].value for c in money_commitments(run(area, [money("EUR 40 million", 4e7)]))] == [4e7]


def test_a_sum_for_trade_is_still_a_commitment():
    found = money_commitments(
        run("Italy invested EUR 40 million in trade with Tunisia.", [money("EUR 40 million", 4e7)])
    )
    assert [c.amounts[0].value for c in found] == [4e7]


@pytest.mark.parametrize(
    "body",
    [
        "Targets for the summit:\n\n- Provide EUR 40 million in coordinated support for oxygen in Tunisia.",
        "The targets follow. - Donate and deliver EUR 40 million in courses of treatment by 2022.",
    ],
)
def test_an_imperative_opening_a_bullet_is_a_planned_sum(body):
    (c,) = money_commitments(run(body, [money("EUR 40 million", 4e7)]))
    assert c.status == "planned"
    assert c.because.status == "future"


def test_a_sum_per_unit_after_a_price_cue_is_a_price_not_a_commitment():
    body = "Make tests available in Tunisia for no more than EUR 40 million per test."
    assert money_commitments(run(body, [money("EUR 40 million", 4e7)])) == []


def test_a_ratio_of_sums_is_no_commitment():
    body = "Italy will match EUR 1 million for every EUR 2 million contributed by others to Tunisia."
    amounts = [money("EUR 1 million", 1e6), money("EUR 2 million", 2e6)]
    assert money_commitments(run(body, amounts)) == []


def test_a_sum_per_year_is_still_a_commitment():
    body = "Italy will provide at most EUR 40 million per year to Tunisia."
    (c,) = money_commitments(run(body, [money("EUR 40 million", 4e7)]))
    assert c.beneficiaries == ["TUN"]


def test_countries_after_the_governments_of_are_the_ones_helped():
    body = "Italy announced a compact with the governments of Niger and Chad that includes EUR 40 million for roads."
    (c,) = money_commitments(run(body, [money("EUR 40 million", 4e7)]))
    assert c.beneficiaries == ["NER", "TCD"]


def test_a_listed_country_before_the_verb_is_no_spender_when_its_list_follows_a_preposition():
    body = "The compacts signed with the governments of Niger and Chad provide EUR 40 million of financing."
    (c,) = money_commitments(run(body, [money("EUR 40 million", 4e7)]))
    assert c.actor != "TCD"
    assert c.beneficiaries == ["NER", "TCD"]


def test_this_program_in_the_next_sentence_points_back_at_the_sum():
    body = "Italy will invest EUR 40 million in a new project. This program will support women, including in Mali."
    (c,) = money_commitments(run(body, [money("EUR 40 million", 4e7)]))
    assert c.beneficiaries == ["MLI"]
    assert c.because.beneficiaries == "next_sentence"


def test_a_heading_without_a_stop_does_not_cut_the_sentence_under_it_from_its_paragraph():
    body = "Women, Peace, and Security\n\nItaly will invest EUR 40 million in a new project. This program will support women in Mali."
    (c,) = money_commitments(run(body, [money("EUR 40 million", 4e7)]))
    assert c.beneficiaries == ["MLI"]


def test_a_sum_facilitated_is_money_moved_like_a_sum_mobilised():
    body = "In its first two years, the platform facilitated EUR 40 million of investment for Tunisia."
    (c,) = money_commitments(run(body, [money("EUR 40 million", 4e7)]))
    assert c.status == "disbursed"


def test_a_sum_named_a_commitment_is_adopted_and_an_initial_one_shares_the_places_before():
    body = (
        "Italy has committed to invest an additional EUR 40 million by 2025 in Tunisia and Egypt, "
        "adding to its initial EUR 70 million commitment for 2023."
    )
    first, second = money_commitments(run(body, [money("EUR 40 million", 4e7), money("EUR 70 million", 7e7)]))
    assert second.status == "adopted"
    assert second.because.status == "named_as_pledge"
    assert second.beneficiaries == first.beneficiaries == ["TUN", "EGY"]


def test_a_participle_before_its_agent_is_no_main_verb_of_the_sum():
    body = "Italy announced a guarantee, designed with and supported by Greece, to a bank to provide EUR 40 million for Tunisia."
    (c,) = money_commitments(run(body, [money("EUR 40 million", 4e7)]))
    assert c.status == "adopted"


def test_a_run_in_heading_s_sum_restated_after_its_colon_is_one_commitment():
    body = (
        "EUR 40 million to increase vaccinations in Tunisia: Italy will invest EUR 40 million to support vaccinations."
    )
    found = money_commitments(run(body, [money("EUR 40 million", 4e7), money("EUR 40 million", 4e7)]))
    assert len(found) == 1
    assert found[0].because.restated == "headline_then_body"
    assert found[0].actor == "ITA"


def test_a_sum_named_an_investment_is_money_for_a_purpose():
    body = "Italy and Tunisia are continuing to partner toward a combined EUR 40 million investment in Tunisia."
    (c,) = money_commitments(run(body, [money("EUR 40 million", 4e7)]))
    assert c.beneficiaries == ["TUN"]


def test_the_new_sum_restated_is_the_sum_before():
    body = "Italy today announced an additional EUR 40 million in assistance to Tunisia. The new EUR 40 million package includes boats."
    found = money_commitments(run(body, [money("EUR 40 million", 4e7), money("EUR 40 million", 4e7)]))
    assert len(found) == 1
    assert found[0].because.restated == "back_reference"


def test_the_verb_after_a_list_of_bracketed_sums_governs_each_of_them():
    body = "Donors, including Italy (EUR 10 million), Greece (EUR 5 million), and Egypt (EUR 2 million), all increased their pledges."
    amounts = [money("EUR 10 million", 1e7), money("EUR 5 million", 5e6), money("EUR 2 million", 2e6)]
    found = money_commitments(run(body, amounts))
    assert [(c.amounts[0].value, c.status, c.beneficiaries, c.actor) for c in found] == [
        (1e7, "adopted", [], "ITA"),
        (5e6, "adopted", [], "GRC"),
        (2e6, "adopted", [], "EGY"),
    ]


def test_a_list_item_after_a_semicolon_takes_the_verb_of_the_list_not_a_relative_clause():
    body = (
        "Investments include EUR 15 million in the Alpha Fund, which will support farmers; a EUR 20 million "
        "loan to the Beta Fund, which will provide credit; and a EUR 25 million stake in the Gamma Fund, "
        "which will provide capital."
    )
    amounts = [money("EUR 15 million", 15e6), money("EUR 20 million", 20e6), money("EUR 25 million", 25e6)]
    found = money_commitments(run(body, amounts=amounts))
    assert [(c.action, c.status) for c in found] == [("include", "adopted")] * 3


def test_countries_each_sum_of_a_sentence_takes_are_not_the_paragraphs_for_the_next_sum():
    body = (
        "The Bank has approved EUR 42 million in financing to Tunisia and EUR 7 million in financing to a "
        "firm in Egypt. At the Forum, the Bank signed a EUR 500 million MoU with the Trade Bank."
    )
    amounts = [money("EUR 42 million", 42e6), money("EUR 7 million", 7e6), money("EUR 500 million", 500e6)]
    found = money_commitments(run(body, amounts=amounts))
    assert [c.beneficiaries for c in found] == [["TUN"], ["EGY"], []]


def test_a_bulleted_item_takes_no_country_from_the_item_before():
    body = (
        "- The Fund announced a EUR 250 million investment in a platform in Tunisia. - The Fund announced a "
        "EUR 400 million investment in Marine Services, a provider operating at sea."
    )
    amounts = [money("EUR 250 million", 250e6), money("EUR 400 million", 400e6)]
    found = money_commitments(run(body, amounts=amounts))
    assert [c.beneficiaries for c in found] == [["TUN"], []]


@pytest.mark.parametrize(
    "sentence",
    [
        "The cost of insulin for Tunisia is now capped at EUR 35 for enrollees.",
        "For every EUR 1 invested in Tunisia, there is EUR 35 in health gains and economic returns.",
    ],
)
def test_a_ceiling_or_a_gain_is_no_commitment(sentence):
    amounts = [money("EUR 35", 35), money("EUR 1", 1)]
    assert money_commitments(run(sentence, amounts=amounts)) == []


def test_a_qualified_part_of_which_keeps_the_countries_of_its_total():
    body = "In Chad, donors pledged EUR 630 million, of which barely EUR 90 million has been received."
    amounts = [money("EUR 630 million", 630e6), money("EUR 90 million", 90e6)]
    found = money_commitments(run(body, amounts=amounts))
    assert [(c.beneficiaries, c.because.beneficiaries) for c in found][1] == (["TCD"], "further_or_part")


def test_the_spenders_own_country_is_helped_after_toward_and_a_gerund():
    body = "The Fund includes EUR 30 million toward building Italian pandemic readiness."
    (c,) = money_commitments(
        run(body, amounts=[money("EUR 30 million", 30e6)], letterhead="Ministry of the Interior of Italy")
    )
    assert c.beneficiaries == ["ITA"]


@pytest.mark.parametrize("bullet", ["- ", "• ", ""])  # a PDF's reading may drop the bullets: new lines remain
def test_parts_listed_under_a_lead_in_take_its_status_not_their_participles(bullet):
    body = (
        f"The new funding will be allocated as follows:\n\n{bullet}EUR 89 million for Mali, of which:\n\n"
        f"{bullet}EUR 24 million for health services, channelled through UNICEF;\n\n"
        f"{bullet}EUR 5 million for the emergency fund, which allocates money rapidly;\n\n"
        f"{bullet}EUR 7 million has been disbursed to Chad."
    )
    amounts = [money(f"EUR {n} million", n * 1e6) for n in (89, 24, 5, 7)]
    found = money_commitments(run(body, amounts))
    assert [(c.status, c.because.status) for c in found] == [
        ("planned", "list_lead"),
        ("planned", "list_lead"),
        ("planned", "list_lead"),
        ("disbursed", "delivered"),  # its item has a main verb of its own
    ]


@pytest.mark.parametrize("bullet", ["- ", ""])
def test_an_item_headed_by_a_country_is_for_that_country(bullet):
    body = (
        f"First, on partnerships along the route:\n\n{bullet}Mali: under the partnership launched in March 2024, "
        "EUR 210 million has been mobilised for 2024-2027. Of this, EUR 60 million has already been disbursed."
    )
    found = money_commitments(run(body, [money("EUR 210 million", 2.1e8), money("EUR 60 million", 6e7)]))
    assert [(c.beneficiaries, c.because.beneficiaries) for c in found] == [
        (["MLI"], "item_heading"),
        (["MLI"], "part_of_sum_before"),  # "Of this, ...": a part of the sum before
    ]


def test_the_size_of_a_market_is_no_commitment():
    body = "The agreement will create a combined market of 1.3 billion people and EUR 3400 million."
    assert money_commitments(run(body, [money("EUR 3400 million", 3.4e9)])) == []


def test_a_national_income_is_no_commitment():
    body = "ODA is expected to reach 0.6% of GNI, measured against a gross national income of roughly EUR 300 billion."
    assert money_commitments(run(body, [money("EUR 300 billion", 3e11)])) == []


def test_a_bare_participle_after_a_copula_clause_describes_its_noun():
    body = "Of which EUR 30 million is for humanitarian assistance delivered through the World Food Programme."
    found = money_commitments(run(body, [money("EUR 30 million", 3e7)]))
    assert [(c.status, c.because.status) for c in found] == [("adopted", "participle_attribute")]


def test_being_prepared_to_consider_a_sum_is_an_intention():
    body = "We are also prepared to consider a contribution of up to EUR 50 million to the programme in Mali."
    found = money_commitments(run(body, [money("EUR 50 million", 5e7)]))
    assert [(c.status, c.modality) for c in found] == [("planned", "intention")]


def test_a_verb_after_a_clause_break_does_not_govern_the_sum_before_it():
    body = (
        "Italy quadrupled its commitment (to EUR 100 million), while Tunisia increased its pledge (to EUR 10 million)."
    )
    found = money_commitments(run(body, [money("EUR 100 million", 1e8), money("EUR 10 million", 1e7)]))
    assert [c.actor for c in found] == ["ITA", "TUN"]


def test_money_into_the_authors_own_country_is_not_the_authors():
    body = "Companies have announced almost EUR 200 million of investments into Italy since 2021."
    found = money_commitments(
        run(body, [money("EUR 200 million", 2e8)], letterhead="Ministry of the Interior of Italy")
    )
    assert [(c.actor, c.because.actor) for c in found] == [(None, "invested_into_the_author")]


def test_a_running_total_is_committed_whatever_the_sum_before_it_says():
    body = "We have already disbursed EUR 530 million to Mali, bringing our total support to Mali to EUR 1000 million."
    found = money_commitments(run(body, [money("EUR 530 million", 5.3e8), money("EUR 1000 million", 1e9)]))
    assert [(c.status, c.because.status) for c in found] == [("disbursed", "delivered"), ("adopted", "running_total")]


def test_a_participle_between_commas_does_not_lead_a_list():
    body = "The program, supported by the fund, is anchored on:\n\n(i) a budget for Mali of EUR 17 million this year."
    found = money_commitments(run(body, [money("EUR 17 million", 1.7e7)]))
    assert [c.because.status for c in found] != ["list_lead"]


def _by_value(commitments):
    return {c.amounts[0].value: c for c in money_commitments(commitments)}


def test_nested_parts_under_a_country_heading_are_for_that_country_at_the_lead_in_stage():
    body = (
        "The additional funding of EUR 90 million is distributed as follows:\n\n"
        "- Mali: EUR 50 million, of which\n"
        "  - EUR 30 million to the World Food Programme for food in the Tunisian border regions, and\n"
        "  - EUR 20 million to UNICEF for water;\n"
        "- Chad: EUR 40 million to partners in the east."
    )
    sums = [money(f"EUR {n} million", n * 1e6) for n in (90, 50, 30, 20, 40)]
    found = _by_value(run(body, sums))
    assert sorted(found) == [2e7, 3e7, 4e7, 5e7, 9e7]
    assert {v: found[v].beneficiaries for v in found} == {
        9e7: ["MLI", "TCD"],
        5e7: ["MLI"],
        3e7: ["MLI"],  # the heading's country, not the demonym of a region in its purpose
        2e7: ["MLI"],
        4e7: ["TCD"],
    }
    assert {c.status for c in found.values()} == {"adopted"}
    assert found[9e7].because.status == "described_in_present"
    assert found[3e7].because.beneficiaries == "part_under_country_heading"


def test_per_country_parts_of_a_total_named_before_them_give_it_their_countries():
    body = (
        "The Fund today allocated EUR 20 million for Niger and the region. "
        "The allocation will be distributed as follows:\n\n"
        "- Burkina Faso: EUR 8 million\n"
        "- Mali: EUR 5 million\n"
        "- Chad: EUR 7 million, of which EUR 4 million for refugees"
    )
    sums = [money(f"EUR {n} million", n * 1e6) for n in (20, 8, 5, 7, 4)]
    found = _by_value(run(body, sums))
    assert sorted(found) == [4e6, 5e6, 7e6, 8e6, 2e7]
    assert found[2e7].beneficiaries == ["NER", "BFA", "MLI", "TCD"]
    assert found[2e7].because.beneficiaries == "parts_adding_up"
    assert [found[v].beneficiaries for v in (8e6, 5e6, 7e6, 4e6)] == [["BFA"], ["MLI"], ["TCD"], ["TCD"]]


def test_parts_that_do_not_add_up_leave_the_total_alone():
    body = (
        "The Fund today allocated EUR 30 million for Niger. "
        "The allocation will be distributed as follows:\n\n- Burkina Faso: EUR 8 million\n- Mali: EUR 5 million"
    )
    sums = [money(f"EUR {n} million", n * 1e6) for n in (30, 8, 5)]
    assert _by_value(run(body, sums))[3e7].beneficiaries == ["NER"]


def test_numbered_items_split_into_sentences_keep_the_stage_of_their_lead_in():
    body = (
        "Italy will provide EUR 28 million to Tunisia. It will be spent as follows:\n\n"
        "1. Budget support: EUR 18 million;\n\n2. Health: EUR 10 million."
    )
    sums = [money(f"EUR {n} million", n * 1e6) for n in (28, 18, 10)]
    found = _by_value(run(body, sums))
    assert sorted(found) == [1e7, 1.8e7, 2.8e7]
    assert [(found[v].status, found[v].because.status) for v in (1.8e7, 1e7)] == [("planned", "list_lead")] * 2


def test_a_sum_restated_in_another_currency_is_no_commitment_of_its_own():
    body = "The Bank approved EUR 250 million for Tunisia, a credit equivalent to SDR 200 million."
    sdr = ("SDR 200 million", "200000000 XDR", {"kind": "money", "value": 2e8, "currency": "XDR"})
    found = run(body, [money("EUR 250 million", 2.5e8), sdr])
    assert [c.amounts[0].currency for c in money_commitments(found)] == ["EUR"]


def test_a_co_financed_sum_is_decided_not_paid_out():
    body = "- Program for Tunisia: EUR 10 million, co-financed with the Bank."
    (c,) = money_commitments(run(body, [money("EUR 10 million", 1e7)]))
    assert (c.status, c.because.status) == ("adopted", "participle_attribute")


def test_a_total_restated_before_its_list_gives_its_parts_the_countries_stated_first():
    body = (
        "Italy will provide EUR 15 million for Tunisia. The EUR 15 million will be used in two areas:\n\n"
        "- Health: EUR 10 million, of which EUR 4 million for clinics;\n- Water: EUR 5 million."
    )
    sums = [money(f"EUR {n} million", n * 1e6) for n in (15, 10, 4, 5)]
    found = _by_value(run(body, sums))
    assert [found[v].beneficiaries for v in (1e7, 4e6, 5e6)] == [["TUN"]] * 3


@pytest.mark.parametrize(
    "purpose, expected",
    [
        ("to stop the flow of illicit drugs into Italian communities", []),
        ("to build Italian pandemic readiness", []),
        ("for Italian pandemic readiness", ["ITA"]),  # the spender's own country, helped
    ],
)
def test_the_spenders_country_where_a_harm_flows_in_is_not_helped(purpose, expected):
    body = f"The request includes EUR 12 million {purpose}."
    (c,) = money_commitments(
        run(body, amounts=[money("EUR 12 million", 12e6)], letterhead="Ministry of the Interior of Italy")
    )
    assert c.beneficiaries == expected


def test_a_sum_heading_a_flattened_item_and_stated_after_its_colon_is_one_commitment():
    heading = "for efforts to get more older people and people with disabilities vaccinated, " * 2
    body = f"The plan has three parts. - EUR 12 million {heading}and outreach: the Agency will award EUR 12 million in grants."
    found = money_commitments(run(body, [money("EUR 12 million", 12e6)]))
    assert len(found) == 1 and found[0].because.restated == "headline_then_body"


def test_the_same_sum_named_again_as_the_funding_of_it_is_one_commitment():
    body = (
        "Italy is allocating an additional EUR 30 million to Tunisia. "
        "The additional funding of EUR 30 million will support border posts."
    )
    found = money_commitments(run(body, [money("EUR 30 million", 30e6)]))
    assert [(c.beneficiaries, c.because.restated) for c in found] == [(["TUN"], "named_again_with_the")]


@pytest.mark.parametrize(
    "after, expected",
    [
        ("This allocation was approved by the Cabinet on 12 August.", ("adopted", "decided_in_next_sentence")),
        ("This allocation will be approved by the Cabinet in August.", ("planned", "future")),
        ("The Cabinet met on 12 August.", ("planned", "future")),
    ],
)
def test_a_promised_sum_the_next_sentence_says_was_decided_is_adopted(after, expected):
    body = f"Italy will provide EUR 72 million to Tunisia over three years. {after}"
    (c,) = money_commitments(run(body, [money("EUR 72 million", 72e6)]))
    assert (c.status, c.because.status) == expected


@pytest.mark.parametrize(
    "after, expected",
    [
        ("These top-ups were endorsed by the Board in June.", ("adopted", "decided_in_next_sentence")),
        ("These contributions were signed on 4 April.", ("adopted", "decided_in_next_sentence")),
        ("These top-ups will be endorsed by the Board in June.", ("planned", "future")),
    ],
)
def test_sums_a_plural_noun_of_money_takes_up_in_the_next_sentence_as_decided_are_adopted(after, expected):
    body = (
        f"Portugal would lend GBP 8 million to Ghana and GBP 3 million to Togo in the second half of the year. {after}"
    )
    found = money_commitments(run(body, [money("GBP 8 million", 8e6), money("GBP 3 million", 3e6)]))
    assert [(c.status, c.because.status) for c in found] == [expected, expected]


def test_a_sum_equivalent_to_nothing_before_it_is_the_sum_itself():
    body = "The Board approved an arrangement for Tunisia in an amount equivalent to SDR 200 million."
    sdr = ("SDR 200 million", "200000000 XDR", {"kind": "money", "value": 2e8, "currency": "XDR"})
    assert [c.amounts[0].currency for c in money_commitments(run(body, [sdr]))] == ["XDR"]


def test_a_list_naming_the_money_a_few_sentences_later_splits_it_up_into_numbered_items():
    body = (
        "Italy is providing a further EUR 25 million for Tunisia's grid. Attacks damaged half of the grid. "
        "Some 300 people are displaced.\n\nThe winter package comprises:\n\n"
        "1. Energy (EUR 14 million)\n   a) EUR 9 million for transformers;\n   b) EUR 5 million for the fund.\n"
        "2. Heating (EUR 8 million)\n   a) repair of heating networks.\n3. Partnerships (EUR 3 million)\n   for towns."
    )
    sums = [money(f"EUR {n} million", n * 1e6) for n in (25, 14, 9, 5, 8, 3)]
    found = _by_value(run(body, sums))
    assert {v: (c.beneficiaries, c.status) for v, c in found.items() if v < 2.5e7} == {
        v: (["TUN"], "adopted") for v in (1.4e7, 9e6, 5e6, 8e6, 3e6)
    }


@pytest.mark.parametrize(
    "body, kept",
    [
        (
            "In Tunisia the price of water has risen from EUR 1 million to EUR 2 million, and food prices have "
            "increased by half since last year.",
            [],
        ),
        ("Tunisia has made progress, and its economy, now worth about EUR 2 million, grew by 7 percent.", []),
        ("Italy has raised its support for Tunisia from EUR 1 million to EUR 2 million.", [2e6]),
        # What a trade figure came to is a fact, not money given.
        ("Trade grew, but Tunisian exports to Italy amounted to only EUR 2 million, a gap Rome plans to close.", []),
        ("Tunisian exports to Italy reached EUR 2 million in 2024, and Italy will invest more.", []),
        # What a loss was put at is a fact too.
        ("The survey puts Tunisia's flood damage and losses at EUR 2 million, and Italy will help rebuild.", []),
    ],
)
def test_a_level_reached_or_an_economys_worth_is_no_commitment(body, kept):
    found = run(body, [money("EUR 1 million", 1e6), money("EUR 2 million", 2e6)])
    assert [c.amounts[0].value for c in money_commitments(found) if c.amounts[0].value == 2e6] == kept


def test_a_press_release_title_restated_in_its_text_is_one_commitment_whatever_places_it_names():
    body = (
        "PRESS RELEASE\n\nRelief chief releases EUR 32 million for the Sahel and for Sudanese refugees\n\n"
        "(New York, 26 February 2024) – The Coordinator today allocated EUR 32 million to Mali and Chad to scale up "
        "life-saving assistance in the region."
    )
    found = money_commitments(run(body, [money("EUR 32 million", 32e6)]))
    assert [(c.beneficiaries, c.because.restated) for c in found] == [(["MLI", "TCD"], "title_then_body")]


@pytest.mark.parametrize(
    "heading, status",
    [
        ("Allocations for 2023", "adopted"),  # a noun that names a stage
        ("Agreements signed today", "adopted"),  # a participle
        ("Indicative allocations for 2025", "planned"),  # a tentative word
        ("FOR IMMEDIATE RELEASE", None),  # a label: its noun is no verb; the items keep their own stage
    ],
)
def test_a_heading_over_a_list_gives_its_items_their_stage(heading, status, tmp_path):
    from extractor.records.extract import extract_path

    path = tmp_path / "release.txt"
    path.write_text(f"{heading}\n\n- Niger: EUR 21 million for water.\n\n- Mali: EUR 15 million for schools.\n")
    found = [c for c in extract_path(path).commitments if c.amounts]
    assert len(found) == 2
    if status is None:
        assert all(c.because.status != "list_lead" for c in found)
    else:
        assert [c.status for c in found] == [status] * 2


def test_a_tentative_lead_in_makes_its_items_planned(tmp_path):
    from extractor.records.extract import extract_path

    path = tmp_path / "letter.txt"
    path.write_text(
        "Indicative allocations for 2025, to be confirmed when the plan is finalised in December, are:\n\n"
        "- Ethiopia: EUR 38 million\n\n- Malawi: EUR 20 million\n"
    )
    assert [c.status for c in extract_path(path).commitments if c.amounts] == ["planned", "planned"]


@pytest.mark.parametrize("later", [False, True])
def test_the_country_a_release_opens_by_signing_with_takes_the_sums_that_name_no_place(later, tmp_path):
    from extractor.records.extract import extract_path

    opening = "The Agency and the Government of Senegal today signed four financing agreements."
    other = "The Agency met its partners in Dakar."
    first, second = (other, opening) if later else (opening, other)
    path = tmp_path / "release.txt"
    path.write_text(
        f"Agency signs agreements\n\n{first}\n\n{second}\n\n"
        "Agreements signed today\n\n1. Youth employment – a loan of EUR 50 million for the national programme.\n"
    )
    (c,) = [c for c in extract_path(path).commitments if c.amounts]
    # Only the opening says whom a release is about; a signing further down is one event among others.
    assert c.beneficiaries == ([] if later else ["SEN"])


@pytest.mark.parametrize(
    "sentence, status",
    [
        # Money decided but not yet obligated or paid out is adopted; a decision not taken is planned.
        ("Approximately $450 million for the three countries has not yet been obligated.", "adopted"),
        ("Of the grant, $2 million for Chad has not been spent.", "adopted"),
        ("The grant of $5 million for Chad has not been approved.", "planned"),
        # An opening attribution's verb ("information provided to") is no verb of the money's.
        (
            "According to information provided to the Committee, $450 million for the three countries "
            "has not yet been obligated.",
            "adopted",
        ),
    ],
)
def test_a_denied_step_and_an_attribution(sentence, status, tmp_path):
    from extractor.records.extract import extract_path

    path = tmp_path / "letter.txt"
    path.write_text(sentence + "\n")
    (c,) = [c for c in extract_path(path).commitments if c.amounts]
    assert c.status == status


def test_a_word_of_an_item_s_run_in_heading_is_no_verb(tmp_path):
    from extractor.records.extract import extract_path

    path = tmp_path / "release.txt"
    path.write_text(
        "Allocations for 2023\n\n- Niger: DKK 210 million for climate adaptation\n\n"
        "- Regional programmes in the Sahel: DKK 150 million\n"
    )
    found = [c for c in extract_path(path).commitments if c.amounts]
    # "programmes" is a noun in the heading, not the verb "to programme" (planned).
    assert [(c.amounts[0].value, c.status) for c in found] == [(210e6, "adopted"), (150e6, "adopted")]


def test_a_sum_after_an_item_heading_that_names_a_body_is_for_it(tmp_path):
    from extractor.records.extract import extract_path

    path = tmp_path / "release.txt"
    path.write_text(
        "Key elements of the request\n\n"
        "- International Development Association (IDA): $1.5 billion, the second of three installments.\n\n"
        "- Debt relief: $67 million to cover the cost of debt relief for Somalia.\n"
    )
    found = [c for c in extract_path(path).commitments if c.amounts]
    # The heading's body is whom the money is for; the heading over the list gives the stage.
    assert [(c.amounts[0].value, c.status) for c in found] == [(1.5e9, "planned"), (67e6, "planned")]


def test_a_lede_over_the_dateline_restated_in_the_text_is_one_commitment(tmp_path):
    """The reader keeps a lede over the dateline as text (``parts.heading``); its sum, said again below
    with its countries, is the same commitment."""
    from extractor.records.extract import extract_path

    path = tmp_path / "release.txt"
    path.write_text(
        "Press release\n\n"
        "The Foreign Secretary has announced GBP 113 million in humanitarian funding for people affected by "
        "conflict in Sudan and the wider region.\n\n"
        "Published: 15 April 2024\n\n"
        "The United Kingdom will provide GBP 113 million in new humanitarian funding for Sudan, Chad and South "
        "Sudan this financial year, the Foreign Secretary announced today.\n",
        encoding="utf-8",
    )
    found = [c for c in extract_path(path).commitments if c.amounts]
    assert [(c.amounts[0].value, c.beneficiaries, c.because.restated) for c in found] == [
        (113e6, ["SDN", "TCD", "SSD"], "title_then_body")
    ]


@pytest.mark.parametrize(
    "body, kept",
    [
        # How much a trade figure moves is no money given; how much a contribution grows is.
        ("Through its new fund, Italy expects to boost Tunisian exports to Europe by EUR 2 million.", []),
        ("Italy will increase its contribution to the Tunisian fund by EUR 2 million next year.", [2e6]),
        # A trade figure "of" a sum is a fact too.
        ("Italy supported Tunisian olive oil exports of nearly EUR 2 million through its guarantee scheme.", []),
        # A change to what each one gets is a rate, not money given.
        ("Italy approved a EUR 2 million rise in the average pension paid to Tunisian workers.", []),
        ("Italy approved a EUR 2 million rise in funding for Tunisian schools.", [2e6]),
    ],
)
def test_a_change_in_a_trade_figure_or_a_rate_is_no_commitment(body, kept):
    found = run(body, [money("EUR 2 million", 2e6)])
    assert [c.amounts[0].value for c in money_commitments(found)] == kept


def test_a_cap_on_what_each_one_gets_is_no_commitment_but_a_part_is():
    body = "Italy will give up to EUR 4 million to provide grants of up to EUR 5,000 to young farmers in Tunisia."
    amounts = [money("up to EUR 4 million", 4e6), money("up to EUR 5,000", 5e3)]
    assert [c.amounts[0].value for c in money_commitments(run(body, amounts))] == [4e6]
    # A part of comparable size stays a sum of its own.
    part = "Italy will give EUR 4 million to provide loans of up to EUR 1 million to farmers in Tunisia."
    amounts = [money("EUR 4 million", 4e6), money("up to EUR 1 million", 1e6)]
    assert [c.amounts[0].value for c in money_commitments(run(part, amounts))] == [4e6, 1e6]


def test_countries_contributing_a_sum_are_its_givers_not_its_beneficiaries():
    body = (
        "Italy signed compacts with Mali and Chad of EUR 40 million, with Mali and Chad contributing "
        "an additional EUR 5 million to support the works."
    )
    amounts = [money("EUR 40 million", 4e7), money("EUR 5 million", 5e6)]
    whole, part = money_commitments(run(body, amounts))
    assert sorted(whole.beneficiaries) == ["MLI", "TCD"]
    assert part.beneficiaries == []
    assert part.actor == "MLI"


def test_the_country_of_a_body_named_as_the_giver_of_financing_is_no_beneficiary():
    orgs = [("Export Finance Italy", "Export Finance Italy", None)]
    body = (
        "Sweden will provide EUR 5 million to guarantee financing by Export Finance Italy (EFI) for ports in Tunisia."
    )
    (c,) = money_commitments(run(body, [money("EUR 5 million", 5e6)], organisations=orgs))
    assert c.beneficiaries == ["TUN"]
