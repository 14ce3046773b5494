"""Status: rows joined to their sums by leader dots, tables whose caption calls them expected, lists a relative
clause of including leads in, sums placed in a draft or waiting on a condition, and the verbs chosen around asides."""

from __future__ import annotations

import pytest
from commitment_rows import statuses_of


def test_each_row_joined_by_leader_dots_is_at_the_stage_its_own_label_names(tmp_path):
    text = (
        "Accra, 4 May 2026\n\nDear Partners,\n\nThe funding of the clinic programme stands as follows:\n\n"
        "   Budget approved by the Council (two years) ......... USD 90 million\n"
        "   Paid by members into the Health Fund .............. USD 30 million\n"
        "   Pledged by members, to be paid by 1 June .......... USD 25 million\n"
        "   Funding gap ........................................ USD 35 million\n\n"
        "Yours sincerely,\n\nA. Mensah\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[90e6] == ("adopted", "leader_row_label")
    assert found[30e6] == ("disbursed", "leader_row_label")
    assert found[25e6] == ("planned", "leader_row_label")
    assert found[35e6] == ("planned", "leader_row_label")


def test_a_leader_row_s_label_starts_after_the_count_the_row_above_ends_with(tmp_path):
    # Rows run into one paragraph: the row above ends at its count, not at a sum, and the label between
    # ("Requirements") still names the row's stage, not the "received" of the row below.
    text = (
        "Maputo, 9 November 2027\n\nDear Donors,\n\nAT A GLANCE "
        "Schools damaged ............ 310 "
        "Requirements ............ EUR 4.8 million "
        "Funds received ............ EUR 1.9 million\n\n"
        "Best regards,\n\nP. Sitoe\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[4.8e6] == ("planned", "leader_row_label")
    assert found[1.9e6] == ("disbursed", "leader_row_label")


def test_a_payment_column_under_a_caption_calling_the_schedule_expected_is_planned(tmp_path):
    text = (
        "Bern, 4 May 2026\n\nDear Director,\n\nThe buyer has agreed to acquire the credits from the wind farm in "
        "Kenya.\n\nThe expected payment schedule is as follows:\n\n"
        "   Year       Credits        Payment (USD)\n"
        "   2027       100,000        2,000,000\n"
        "   2028       150,000        3,000,000\n\n"
        "Yours sincerely,\n\nB. Keller\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[2e6][0] == "planned"
    assert found[3e6][0] == "planned"


def test_items_of_a_programme_the_board_is_invited_to_approve_are_planned(tmp_path):
    text = (
        "Victoria, 4 May 2026\n\nDear Director,\n\n1. Under the agreement, the Union's support to the sector is "
        "EUR 3,000,000 a year, as agreed in March.\n\n2. For the support of EUR 3 million a year, the Board is "
        "invited to approve the work plan attached, which includes:\n"
        "   (a) EUR 2,000,000 for the harbour in Mahé;\n"
        "   (b) EUR 1,000,000 for patrol boats.\n\nYours sincerely,\n\nC. Hoareau\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[2e6] == ("planned", "list_lead")
    assert found[1e6] == ("planned", "list_lead")


def test_a_sum_a_relative_clause_places_in_a_draft_budget_is_planned(tmp_path):
    text = (
        "Lima, 4 May 2026\n\nThe national share includes PEN 20 million that the Ministry of Finance has "
        "included in the draft budget for 2027 for schools in Peru.\n"
    )
    assert statuses_of(tmp_path, text)[20e6] == ("planned", "included_in_plan")


def test_a_sum_due_once_a_committee_has_approved_a_report_is_planned(tmp_path):
    text = (
        "Brasília, 4 May 2026\n\nWe ask Norway to transfer NOK 400 million to the Forest Fund for Brazil next "
        "year, once the Steering Committee has approved the annual report.\n"
    )
    assert statuses_of(tmp_path, text)[400e6] == ("planned", "awaiting_approval")


def test_a_verb_after_an_aside_that_follows_the_subject_is_the_sentence_s_verb_no_attribute(tmp_path):
    text = (
        "Nairobi, 4 May 2026\n\nThe Government of Japan, through JICA, delivered vehicles worth USD 2 million to "
        "the Wildlife Service of Kenya in March.\n"
    )
    assert statuses_of(tmp_path, text)[2e6] == ("disbursed", "delivered")


def test_a_participle_on_a_noun_in_an_aside_after_the_sum_is_not_its_verb(tmp_path):
    text = (
        "Hanoi, 4 May 2026\n\nAs of 31 March, USD 2,500,000, or 80% of the funds approved for Viet Nam, had been "
        "disbursed to the enterprises.\n"
    )
    assert statuses_of(tmp_path, text)[2.5e6] == ("disbursed", "delivered")


def test_a_grant_only_part_of_which_was_paid_out_is_decided_not_paid(tmp_path):
    text = (
        "Bangui, 4 May 2026\n\nThe Bank finances the schools of the Central African Republic with a grant of "
        "USD 40 million, of which USD 15 million had been disbursed at 31 March.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[40e6][0] == "adopted"
    assert found[15e6][0] == "disbursed"


def test_needs_sized_by_of_are_money_asked_for(tmp_path):
    text = (
        "Bogotá, 4 May 2026\n\nFor the next phase the Committee has estimated needs of USD 12 million for the "
        "municipalities of Colombia, which we ask you to consider.\n"
    )
    assert statuses_of(tmp_path, text)[12e6][0] == "planned"


def test_a_cost_an_agency_estimates_at_a_sum_is_planned(tmp_path):
    text = (
        "New York, 4 May 2026\n\nFor the first year the Division estimates the reimbursement to Ghana at "
        "approximately USD 3 million.\n"
    )
    assert statuses_of(tmp_path, text)[3e6][0] == "planned"


def test_a_cost_a_government_will_bear_is_planned(tmp_path):
    text = (
        "Seoul, 4 May 2026\n\nThe Korean side will bear the cost of shipping the vehicles to Viet Nam, up to "
        "KRW 200 million.\n"
    )
    assert statuses_of(tmp_path, text)[200e6][0] == "planned"


def test_a_sum_covered_only_if_contributions_are_received_is_planned(tmp_path):
    text = (
        "Manila, 4 May 2026\n\nThe Secretariat expects that the remaining USD 60 million for the Philippines can be "
        "paid only if the pledged contributions are received by June.\n"
    )
    assert statuses_of(tmp_path, text)[60e6] == ("planned", "awaiting_approval")


def test_a_condition_told_in_the_past_leaves_the_payment_paid(tmp_path):
    text = (
        "Manila, 4 May 2026\n\nThe Bank disbursed USD 7 million to the Philippines in March, once the Board had "
        "approved the progress report.\n"
    )
    assert statuses_of(tmp_path, text)[7e6] == ("disbursed", "delivered")


def test_the_value_of_a_contract_is_money_decided(tmp_path):
    text = (
        "Lisbon, 4 May 2026\n\nThe contract for the sale of six patrol boats to Angola was signed on 2 May. The "
        "total value of the contract is EUR 80 million.\n"
    )
    assert statuses_of(tmp_path, text)[80e6] == ("adopted", "contract_value")


def test_the_rows_breaking_down_a_contract_value_are_decided_as_it_is(tmp_path):
    text = (
        "Oslo, 4 May 2026\n\nThe contract for the supply of four coastal radars to Ghana was signed on 2 May.\n\n"
        "The total value of the contract is EUR 50 million, broken down as follows:\n\n"
        "   Component                           EUR million\n"
        "   Radars and masts                           30.0\n"
        "   Installation and training                  20.0\n\n"
        "Yours sincerely,\n\nK. Berg\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[50e6] == ("adopted", "contract_value")
    assert found[30e6] == found[20e6] == ("adopted", "list_lead")


def test_a_contract_price_under_its_label_is_money_decided(tmp_path):
    text = (
        "Kathmandu, 4 May 2026\n\nDear Director,\n\nI write about the road works in Nuwakot.\n\n"
        "Lot 1 - Bridges over the Trishuli river\n"
        "Contractor: Valley Builders Ltd.\n"
        "Contract price: NPR 750,000,000.00, inclusive of VAT\n\n"
        "Yours faithfully,\n\nR. Thapa\n"
    )
    assert statuses_of(tmp_path, text)[750e6] == ("adopted", "contract_value")


def test_a_sum_placed_in_a_budget_a_legislature_has_yet_to_vote_is_planned(tmp_path):
    text = (
        "Dear High Commissioner,\n\nA further GHS 25 million for the sea defences along the eastern shore has been "
        "included in the supplementary budget that the Minister laid before Parliament last week.\n\nYours sincerely,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[25e6] == ("planned", "included_in_plan")


def test_a_listed_sum_included_in_estimates_sent_to_a_legislature_is_planned(tmp_path):
    text = (
        "Dear Secretary,\n\nWhere the partners stand at the end of the quarter:\n\n"
        "- Chile: CLP 800 million, paid into the joint account on 9 January;\n"
        "- Peru: PEN 12 million, included in the revised estimates sent to the Congress with the bids of the other sectors.\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[800e6][0] == "disbursed"
    assert statuses[12e6] == ("planned", "included_in_plan")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A text a legislature has since voted keeps the sum's decision.
        (
            "EUR 8 million was allocated in the budget for 2024, which the Government submitted to Parliament in "
            "October 2023 and which Parliament passed in December.",
            "adopted",
        ),
        # Paid out, whatever text a legislature later sees; an act or a statement is no text that holds the sum.
        (
            "The Ministry disbursed EUR 4 million under the Water Act last year, and the annual report on it was "
            "submitted to Parliament in May.",
            "disbursed",
        ),
        (
            "EUR 3 million was paid to the Fund in March, as the financial statement presented to the National Assembly "
            "shows.",
            "disbursed",
        ),
    ],
)
def test_a_sum_paid_or_in_a_text_since_voted_is_not_held_before_a_legislature(tmp_path, sentence, expected):
    text = f"Dear Ambassador,\n\n{sentence}\n\nYours sincerely,\n\nA. Writer\n"
    assert next(iter(statuses_of(tmp_path, text).values()))[0] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Estimates for a fiscal year already under way are the voted budget.
        (
            "For rural clinics, the Revised Estimates for 2030/31 provide XCD 80 million.",
            ("adopted", "otherwise_adopted"),
        ),
        (
            "XCD 80 million for rural clinics was voted in the 2030/31 Capital Estimates.",
            ("adopted", "given_in_voted_text"),
        ),
        # Estimates for a year still to open are a plan laid before the legislature.
        (
            "For rural clinics, the Estimates for 2031/32 provide XCD 80 million.",
            ("planned", "included_in_plan"),
        ),
        (
            "XCD 80 million was included in the 2031/32 Capital Estimates for rural clinics.",
            ("planned", "included_in_plan"),
        ),
        # Estimates of the year under way that the clause puts before the legislature are not yet voted.
        (
            "XCD 80 million was included in the Estimates for 2030/31 now before Parliament, for rural clinics.",
            ("planned", "included_in_plan"),
        ),
    ],
)
def test_estimates_of_a_year_under_way_are_in_force_and_those_of_a_year_ahead_a_plan(tmp_path, sentence, expected):
    text = f"Castries, 12 June 2031\n\n{sentence}\n"
    assert statuses_of(tmp_path, text)[80e6] == expected


def test_a_sum_that_stays_undrawn_is_decided_whatever_it_may_later_be_used_for(tmp_path):
    text = (
        "Suva, 5 May 2026\n\nOn the seed credit line, FJD 12 million stays undrawn, and the cooperatives could yet "
        "use it for tools.\n"
    )
    assert statuses_of(tmp_path, text)[12e6] == ("adopted", "own_stage_participle")


def test_a_sum_that_is_available_under_an_award_is_decided_whatever_is_to_come(tmp_path):
    text = (
        "Gaborone, 8 August 2026\n\nUNICEF has written to say that USD 40 million is available under its present "
        "grant for clinics in Botswana until 2028; from 2029 on, each clinic shall be transferred to its district "
        "council.\n"
    )
    assert statuses_of(tmp_path, text)[40e6] == ("adopted", "own_stage_participle")
