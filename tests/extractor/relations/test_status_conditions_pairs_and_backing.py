"""Status: a clause of condition after a sum, a decided pair whose next step is still to come, a participle dating a
sum's paying out beside another verb, and a writer who only backs another's proposal."""

from __future__ import annotations

from commitment_rows import statuses_of


def test_provided_that_opens_a_condition_whose_verbs_are_not_the_sums(tmp_path):
    text = (
        "Windhoek, 3 March 2027\n\nDear Minister,\n\nMy Ministry will next year make a soft loan of NAD 45,000,000 "
        "for the water utility, to be drawn in four quarterly tranches, provided that the tariff reforms negotiated "
        "with the Bank are in force.\n\nYours faithfully,\n"
    )
    status, rule = statuses_of(tmp_path, text)[45e6]
    assert status == "planned"
    assert rule not in ("participle_attribute", "past_decision")


def test_a_pair_of_sums_decided_by_a_participle_stays_decided_before_a_step_still_to_come(tmp_path):
    text = (
        "Quito, 14 October 2026\n\nDear Director,\n\nThe credits of USD 18 million and USD 11 million approved for "
        "Ecuador and Colombia respectively ought to reach the river communities soon and must be released without "
        "further delay.\n\nYours sincerely,\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[18e6] == ("adopted", "past_decision")
    assert found[11e6] == ("adopted", "past_decision")


def test_a_bare_participle_dating_the_sums_paying_out_wins_over_the_clauses_verb(tmp_path):
    text = (
        "Accra, 5 January 2027\n\nDear Colleague,\n\nFor 2027 the district ceiling was raised from the GHS 640 "
        "million transferred to the districts in 2025, by a Cabinet decision.\n\nYours sincerely,\n"
    )
    assert statuses_of(tmp_path, text)[640e6] == ("disbursed", "dated_participle")


def test_a_sum_a_writer_reaches_only_through_anothers_proposal_is_planned(tmp_path):
    text = (
        "Lusaka, 2 June 2028\n\nDear Director General,\n\nWe support the Fund's proposal to lend USD 75 million "
        "to the grain reserve.\n\nYours faithfully,\n"
    )
    assert statuses_of(tmp_path, text)[75e6] == ("planned", "proposal_backed")


def test_a_writers_verb_of_support_with_its_own_sum_is_not_a_backed_proposal(tmp_path):
    text = (
        "Valletta, 9 April 2027\n\nDear Commissioner,\n\nOur Ministry supports the harbour schools of Gozo with "
        "EUR 3 million a year.\n\nYours sincerely,\n"
    )
    assert statuses_of(tmp_path, text)[3e6][1] != "proposal_backed"


def test_a_clause_that_once_opens_after_a_sum_is_still_the_sums_condition(tmp_path):
    text = (
        "Tallinn, 2 February 2027\n\nDear Minister,\n\nWe would ask you to consider a grant for 2027 of EUR 9 "
        "million, to be paid in two instalments: EUR 6 million in April 2027 and EUR 3 million in the autumn of "
        "2027, once the Board of the Trust has approved the annual report for 2026.\n\nYours sincerely,\n"
    )
    assert statuses_of(tmp_path, text)[3e6] == ("planned", "awaiting_approval")


def test_provided_as_a_verb_before_the_determiner_that_keeps_its_sum(tmp_path):
    # "that" is the noun's determiner here ("provided that equipment"), not a conjunction opening a condition.
    text = (
        "MINISTRY OF FOREIGN AFFAIRS\nLisbon\n\nLisbon, 12 November 2026\n\nDear Colleague,\n\nLast spring "
        "Portugal provided that equipment, EUR 2.4 million at cost, to the flood shelters of Mozambique.\n\n"
        "Yours sincerely,\n"
    )
    assert 2.4e6 in statuses_of(tmp_path, text)


def test_providing_as_a_verb_before_the_determiner_that_keeps_its_sum(tmp_path):
    text = (
        "Ottawa, 8 June 2031\n\nDear Director,\n\nFor three seasons now our Agency has been providing that "
        "training, CAD 750,000 each season, to the midwives of Haiti.\n\nYours truly,\n"
    )
    assert 750e3 in statuses_of(tmp_path, text)
