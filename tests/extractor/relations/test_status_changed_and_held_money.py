"""Status of money an earlier commitment is changed or held in: a decision's "that" clause, sums held back, an earlier
grant said paid, a proposal a later sentence says was approved, schedules of payments still to come."""

from __future__ import annotations

from commitment_rows import statuses_of


def test_a_future_verb_in_a_that_clause_of_a_past_decision_is_decided(tmp_path):
    text = (
        "Lusaka, 4 May 2026\n\nDear Minister,\n\nThe Board has decided that EUR 7 million of the frozen allocation will "
        "be redirected through UNICEF to school feeding in Zambia. The Minister announced that EUR 3 million will be "
        "transferred to Malawi next year. The Council agreed that donors should give EUR 2 million to Angola.\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[7e6] == ("adopted", "decided_in_that_clause")
    assert found[3e6][0] == "planned"  # announced: made known, not decided
    assert found[2e6][0] == "planned"  # "should": asked of others


def test_an_item_labelled_by_plans_before_a_colon_keeps_its_lead_in_s_stage(tmp_path):
    text = (
        "Bamako, 4 May 2026\n\nThe freeze concerns the following amounts under the agreement signed in 2023:\n\n"
        "(a) support to the communes for their local investment plans: EUR 9 million for 2026;\n\n"
        "(b) support to the health sector: EUR 4 million for 2026.\n\nYours sincerely,\n\nA. Writer\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[9e6][0] == found[4e6][0]
