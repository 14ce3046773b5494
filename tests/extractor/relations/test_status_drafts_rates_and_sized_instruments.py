"""Status and commitments found: sums held in a draft or a bill, a rate written as an equation, a grant or loan's
size, a paying-out participle that says how money will go, a part split off by "of which", and a table's total that
the text states again with its verb."""

from __future__ import annotations

from commitment_rows import statuses_of

HEAD = "Lusaka, 3 March 2026\n\nDear Director,\n\n"
FOOT = "\n\nYours sincerely,\n\nT. Banda\n"


def test_a_sum_provided_in_a_draft_budget_is_planned(tmp_path):
    text = HEAD + "The remaining ZMW 12 million is provided in the draft national budget for 2027." + FOOT
    assert statuses_of(tmp_path, text)[12e6][0] == "planned"


def test_a_sum_included_by_a_ministry_in_a_draft_budget_is_planned(tmp_path):
    text = (
        HEAD
        + (
            "Our contribution, ZMW 40 million, was included by the Finance Ministry in the draft estimates for 2027, "
            "which the House takes up in June."
        )
        + FOOT
    )
    assert statuses_of(tmp_path, text)[40e6][0] == "planned"


def test_a_sum_that_has_been_entered_in_a_draft_budget_is_planned_whatever_verb_comes_after(tmp_path):
    text = (
        HEAD
        + "The Treasury says KES 80 million has been placed in the draft estimates, and it will be committed when the "
        + "House agrees."
        + FOOT
    )
    assert statuses_of(tmp_path, text)[80e6] == ("planned", "included_in_plan")


def test_a_listed_item_whose_own_past_verb_puts_its_sum_in_a_draft_is_planned(tmp_path):
    text = (
        HEAD
        + "The new ferry is paid for as follows:\n\n- the Bank approved a loan of ZMW 30 million in May;\n\n"
        + "- the Ministry included ZMW 8 million in its draft estimates for 2027."
        + FOOT
    )
    assert statuses_of(tmp_path, text)[8e6] == ("planned", "included_in_plan")


def test_a_sentence_opening_in_a_budget_bill_makes_its_allocations_planned(tmp_path):
    text = HEAD + ("In the 2027 Supply Bill, the health sector receives ZMW 300 million.") + FOOT
    assert statuses_of(tmp_path, text)[300e6][0] == "planned"


def test_in_response_to_a_request_is_no_plan(tmp_path):
    text = HEAD + "In response to your request, the Board approved a grant of USD 2 million for the clinics." + FOOT
    assert statuses_of(tmp_path, text)[2e6][0] == "adopted"


def test_either_side_of_a_rate_equation_is_no_commitment_and_the_sum_before_keeps_its_verb(tmp_path):
    text = (
        HEAD
        + (
            "Our counterpart funds, ZMW 78 million (close to USD 3 million, taking ZMW 26 = USD 1), were approved by "
            "the Cabinet last month."
        )
        + FOOT
    )
    found = statuses_of(tmp_path, text)
    assert 1.0 not in found and 26.0 not in found
    assert found[78e6][0] == "adopted"


def test_either_side_of_a_rate_written_with_per_is_no_commitment_and_the_sum_before_keeps_its_verb(tmp_path):
    text = (
        HEAD
        + ("The Cabinet approved ZMW 90 million for the feeder roads, which is USD 3 million at ZMW 30 per 1 USD.")
        + FOOT
    )
    found = statuses_of(tmp_path, text)
    assert 1.0 not in found and 30.0 not in found
    assert found[90e6][0] == "adopted"


def test_a_sum_said_again_in_words_in_its_own_currency_is_no_second_sum(tmp_path):
    text = (
        HEAD
        + (
            "The Bank approved a credit of INR 15,400 million (fifteen thousand four hundred million Indian rupees) "
            "for the ferry."
        )
        + FOOT
    )
    found = statuses_of(tmp_path, text)
    assert list(found) == [15400e6]


def test_the_size_of_a_grant_named_as_the_subject_is_adopted(tmp_path):
    text = (
        HEAD
        + "The grant of the Fund to the district for 2026-2028 amounts to USD 6 million for its rural clinics."
        + FOOT
    )
    assert statuses_of(tmp_path, text)[6e6] == ("adopted", "sized_instrument")


def test_the_size_a_grant_will_come_to_is_not_sized_as_decided(tmp_path):
    text = HEAD + "The grant will amount to USD 6 million for the rural clinics." + FOOT
    assert statuses_of(tmp_path, text)[6e6][1] != "sized_instrument"


def test_a_cost_that_amounts_to_a_sum_is_no_decided_instrument(tmp_path):
    text = HEAD + "The cost of the new wards amounts to USD 9 million, for which we seek support." + FOOT
    assert statuses_of(tmp_path, text)[9e6][0] == "planned"


def test_a_participle_of_paying_out_that_says_how_money_will_go_is_not_paid(tmp_path):
    text = (
        HEAD
        + (
            "The grant of the Facility amounts to USD 8 million, of which 25% (USD 2 million) is a base tranche and 75% "
            "(USD 6 million) a bonus tranche, disbursed against five milestones."
        )
        + FOOT
    )
    found = statuses_of(tmp_path, text)
    assert found[6e6][0] == "adopted"
    assert found[2e6][0] == "adopted"  # a part split off by "of which", kept without a verb of its own


def test_a_table_total_stated_again_with_a_verb_takes_that_verb_status(tmp_path):
    text = (
        HEAD
        + (
            "The co-financing due this year is as follows:\n\n"
            "Vaccine | Doses | Share (US$)\n\n"
            "Rotavirus | 80,000 | 350,000\n\n"
            "Yellow fever | 40,000 | 250,000\n\n"
            "Total | 120,000 | 600,000\n\n"
            "All of the US$ 600,000 was voted in the 2026/27 budget."
        )
        + FOOT
    )
    assert statuses_of(tmp_path, text)[600e3][0] == "adopted"


def test_a_sum_subject_to_the_availability_of_funds_is_planned(tmp_path):
    text = (
        HEAD
        + (
            "The Office has launched a school meals programme of up to USD 20 million, subject to the availability of "
            "funds."
        )
        + FOOT
    )
    assert statuses_of(tmp_path, text)[20e6][0] == "planned"


def test_the_total_cost_of_a_plan_is_planned_whatever_verb_made_the_plan(tmp_path):
    text = (
        HEAD + "The Ministry has prepared a Flood Recovery Plan for 2027 with a total cost of ZMW 900 million." + FOOT
    )
    assert statuses_of(tmp_path, text)[900e6] == ("planned", "included_in_plan")


def test_the_verbs_of_a_part_split_off_the_sum_before_are_not_the_next_sums(tmp_path):
    text = (
        HEAD
        + (
            "The scheme is funded through a credit of USD 30 million, signed in 2023, of which 45% was paid out by the "
            "end of June, together with a grant of EUR 10 million from the Union."
        )
        + FOOT
    )
    found = statuses_of(tmp_path, text)
    assert found[10e6][0] == "adopted"
    assert found[10e6][1] != "delivered"


def test_an_of_which_clause_before_a_sentence_s_first_sum_keeps_its_verb(tmp_path):
    # "of which" before the first sum of a sentence (not the letter's first) belongs to no sum before it.
    text = (
        HEAD
        + "We thank you for your letter. The Council, of which Malawi is a member, approved a grant of USD 6 million "
        "for the wells." + FOOT
    )
    assert statuses_of(tmp_path, text)[6e6] == ("adopted", "past_decision")


def test_a_cost_an_aside_puts_at_a_sum_is_only_foreseen_whatever_the_verb_after_it(tmp_path):
    text = HEAD + "The cost of the new bridge, estimated at GBP 9 million, is borne by the transport fund." + FOOT
    assert statuses_of(tmp_path, text)[9e6] == ("planned", "estimated_cost")


def test_a_cost_estimated_in_an_aside_that_a_giver_takes_on_is_at_the_stage_of_its_verb(tmp_path):
    text = HEAD + "Japan will cover the cost, estimated at GBP 4 million, of rebuilding the market in Kandy." + FOOT
    assert statuses_of(tmp_path, text)[4e6] == ("planned", "future")
