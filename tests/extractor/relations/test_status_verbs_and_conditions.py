"""Status: which verb governs a sum (absolute phrases, "has access to", a sum as subject), parts counted in a
whole by "including", and a condition a later sentence puts on the sums before it."""

from __future__ import annotations

from commitment_rows import statuses_of


def test_a_participle_in_an_absolute_phrase_after_the_sum_is_not_its_verb(tmp_path):
    text = (
        "Lisbon, 4 May 2026\n\nThe Council has approved a water budget of EUR 8 million for 2027, with priority "
        "given to Cabo Verde and Guinea-Bissau.\n"
    )
    assert statuses_of(tmp_path, text)[8e6] == ("adopted", "past_decision")


def test_the_parts_including_counts_in_a_sum_still_needed_are_needed_too(tmp_path):
    text = (
        "Dakar, 4 May 2026\n\nOur engineers have prepared a plan of works in Senegal for which EUR 9 million is "
        "needed, including EUR 6 million for clinics and EUR 3 million for wells.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[9e6][0] == "planned"
    assert found[6e6] == ("planned", "counted_in_whole")
    assert found[3e6] == ("planned", "counted_in_whole")


def test_a_part_with_a_verb_of_its_own_after_including_keeps_it(tmp_path):
    text = (
        "Dakar, 4 May 2026\n\nThe Fund approved EUR 9 million for Senegal, including EUR 2 million that will be "
        "paid next year.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[9e6][0] == "adopted"
    assert found[2e6][1] != "counted_in_whole"


def test_a_later_sentence_putting_the_sums_subject_to_approval_makes_them_planned(tmp_path):
    text = (
        "Vilnius, 4 May 2026\n\nThe Cooperation Plan for 2027, approved by the Government in April, provides "
        "EUR 3 million for Moldova. Of this amount, EUR 1 million is set aside for schools. These allocations "
        "remain subject to the adoption of the budget by Parliament.\n\nThe Ministry approved EUR 2 million for "
        "Georgia last year.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[3e6] == ("planned", "awaiting_approval")
    assert found[1e6] == ("planned", "awaiting_approval")
    assert found[2e6][0] == "adopted"  # another paragraph: the condition is not its


def test_a_base_form_after_has_is_a_noun_and_a_sum_can_be_its_verb_s_subject(tmp_path):
    text = (
        "Ottawa, 4 May 2026\n\nThe Strategy's $5 million, also from the 2026 budget, funds laboratories in Ghana; "
        "the Institute has access to part of them.\n"
    )
    assert statuses_of(tmp_path, text)[5e6] == ("adopted", "otherwise_adopted")


def test_items_after_a_numbered_reference_keep_their_lead_in_s_stage(tmp_path):
    text = (
        "Accra, 4 May 2026\n\nDear Minister,\n\nThe Board approved the following financing for the project:\n\n"
        "(i) a loan of US$ 20 million (No. 4GH-0101) for the road;\n\n"
        "(ii) a grant of US$ 500,000 (No. 4GH-0102) for studies; and\n\n"
        "(iii) a grant of US$ 300,000 for training.\n\nYours sincerely,\n\nA. Mensah\n"
    )
    found = statuses_of(tmp_path, text)
    assert [found[v][0] for v in (20e6, 5e5, 3e5)] == ["adopted", "adopted", "adopted"]


def test_a_sum_that_came_from_a_donor_was_paid(tmp_path):
    # "came from" had no verb of ours: the sum stood as planned, with no verb to say it was received.
    text = (
        "Dear Director,\n\nThe first phase of the census cost EUR 12 million in all. Of this, EUR 8 million came from "
        "the Government of Norway and the rest from our own budget.\n\nYours faithfully,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[8e6][0] == "disbursed"


def test_a_credit_line_being_appraised_is_not_yet_decided(tmp_path):
    text = (
        "Dear Minister,\n\nA USD 30 million credit line for small farmers in the north is being appraised by the "
        "Fund's staff.\n\nYours sincerely,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[30e6] == ("planned", "planning_verb")


def test_money_held_back_or_taken_back_is_decided_not_paid(tmp_path):
    text = (
        "Dear Minister,\n\nThe Agency has withheld EUR 3 million of the road tranche for Moldova until the audit is "
        "closed. It decommitted GBP 2 million from the clinics programme in Nepal last month.\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[3e6] == statuses[2e6] == ("adopted", "past_decision")


def test_tickets_cancelled_are_no_commitment(tmp_path):
    text = (
        "Dear Minister,\n\nThe airline cancelled flights worth EUR 3 million in tickets.\n\nYours sincerely,\n\n"
        "A. Writer\n"
    )
    assert statuses_of(tmp_path, text) == {}


def test_a_sum_whose_verb_is_a_condition_still_to_be_met_is_only_planned(tmp_path):
    text = (
        "Lima, 9 October 2027\n\nWe will pay the last instalment of the grant provided that the regional council "
        "allocates at least PEN 6 million to rural schools in Peru. The first instalment was paid once the council "
        "had allocated PEN 3 million to teachers.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[6e6] == ("planned", "condition_to_meet")
    assert found[3e6][0] == "adopted"  # a condition told as met


def test_a_relative_clause_with_its_own_subject_on_a_noun_after_the_sum_is_not_its_verb(tmp_path):
    text = (
        "Suva, 9 October 2027\n\nAustralia is supplying 5,000 solar lamps, valued at AUD 60,000, for the outreach "
        "which the Fiji Red Cross plans for the islands.\n"
    )
    assert statuses_of(tmp_path, text)[60e3][0] == "adopted"  # being supplied: under way, not only planned


def test_what_a_work_is_projected_to_cost_is_planned_whatever_participle_follows(tmp_path):
    text = (
        "Apia, 9 October 2027\n\nThe new sea wall for Samoa is projected to cost NZD 11 million, funded by the "
        "Fund and the Government.\n"
    )
    assert statuses_of(tmp_path, text)[11e6] == ("planned", "estimated_cost")


def test_an_estimated_cost_of_what_is_still_to_be_done_is_planned(tmp_path):
    text = (
        "Maseru, 2 June 2027\n\nFrom next January the Ministry will employ the 300 rangers now paid by the donor "
        "project, at a projected cost of LSL 45 million yearly.\n"
    )
    assert statuses_of(tmp_path, text)[45e6] == ("planned", "estimated_cost")
    built = "Maseru, 2 June 2027\n\nThe new dam was built in 2025 for an estimated cost of LSL 80 million.\n"
    assert statuses_of(tmp_path, built)[80e6][0] != "planned"  # what a finished work cost is no plan


def test_a_relative_clause_with_its_own_subject_on_the_sum_s_noun_of_money_is_its_verb(tmp_path):
    text = (
        "Oslo, 4 May 2026\n\nThe doses announced today are in addition to the USD 40 million in funding which Norway "
        "has provided to the vaccine alliance for clinics in Malawi.\n"
    )
    assert statuses_of(tmp_path, text)[40e6][0] == "disbursed"


def test_money_lent_out_or_exhausted_has_gone_out(tmp_path):
    text = (
        "Honiara, 3 March 2031\n\nSince 2028 the fisheries credit scheme has lent SBD 42 million to boat owners. "
        "A SBD 15 million top-up received last year was lent out by October, and our SBD 9 million ice-plant fund has "
        "been exhausted too.\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[42e6] == ("disbursed", "delivered")
    assert statuses[15e6] == ("disbursed", "delivered")
    assert statuses[9e6] == ("disbursed", "delivered")


def test_a_participle_of_paying_out_dated_in_the_past_says_the_sum_went_out(tmp_path):
    text = (
        "Thimphu, 2 March 2031\n\nThe audit covers the BTN 900 million released to the districts in 2030, and the "
        "BTN 400 million provided in the 2030 Finance Act for bridges.\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[900e6] == ("disbursed", "dated_participle")
    assert statuses[400e6] == ("adopted", "participle_attribute")


def test_any_participle_of_giving_whose_own_in_or_on_date_closes_its_phrase_says_the_sum_went_out(tmp_path):
    text = (
        "Suva, 14 July 2032\n\nLast month we audited the NZD 11 million given in 2031 for school roofs and the "
        "NZD 6 million provided on 2 May 2030. We also audited the NZD 8 million provided in 2031 estimates for "
        "ferries and the NZD 2 million provided in the 2031 Budget Act.\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[11e6] == ("disbursed", "dated_participle")
    assert statuses[6e6] == ("disbursed", "dated_participle")
    assert statuses[8e6] == ("adopted", "participle_attribute")  # the year opens a noun: no date of its own
    assert statuses[2e6] == ("adopted", "participle_attribute")


def test_a_loan_being_prepared_is_not_yet_decided(tmp_path):
    text = "Male, 6 May 2031\n\nFor the island councils, USD 70 million in new lending is being prepared by the Bank.\n"
    assert statuses_of(tmp_path, text)[70e6] == ("planned", "in_preparation")


def test_money_that_may_yet_be_taken_back_is_decided_today(tmp_path):
    text = (
        "Apia, 9 September 2026\n\nShould the wharf works slip past March, up to WST 5 million could be de-committed "
        "by the lender; a further WST 2 million would be withheld until the audit closes.\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[5e6] == ("adopted", "at_risk_of_withdrawal")
    assert statuses[2e6] == ("adopted", "at_risk_of_withdrawal")


def test_a_sum_in_the_that_clause_of_a_condition_noun_is_planned(tmp_path):
    text = (
        "Oslo, 8 August 2026\n\nOur support is given on the understanding that the Trust raises matching funds of at "
        "least EUR 3,000,000 from other partners by 31 March 2027.\n"
    )
    assert statuses_of(tmp_path, text)[3e6] == ("planned", "condition_to_meet")


def test_spending_a_present_passive_puts_an_estimate_on_is_planned_and_so_are_its_parts(tmp_path):
    text = (
        "Windhoek, 3 March 2031\n\nThe extra running expenditure of the two field clinics for the coming season is "
        "estimated at roughly NAD 14 million. Of this sum, NAD 9 million falls in 2031 and NAD 5 million in 2032.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[14e6] == ("planned", "estimated_cost")
    assert found[9e6][0] == "planned"
    spent = "Windhoek, 3 March 2031\n\nThe running expenditure of the clinics in 2030 reached NAD 14 million.\n"
    assert statuses_of(tmp_path, spent)[14e6][0] == "disbursed"  # spending that reached a sum went out
