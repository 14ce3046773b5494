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
        "Bamako, 4 May 2026\n\nThe suspension covers the sums below under the accord signed in 2023:\n\n"
        "(a) support to the communes for their local investment plans: EUR 9 million for 2026;\n\n"
        "(b) support to the health sector: EUR 4 million for 2026.\n\nYours sincerely,\n\nA. Writer\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[9e6] == found[4e6] == ("adopted", "list_lead")


def test_a_relative_clause_on_the_sum_keeps_its_verb_when_the_next_status_verb_is_another_clause_s(tmp_path):
    text = (
        "Oslo, 4 May 2026\n\nDear Director,\n\nThe EUR 30 million that Norway pledged to Haiti for 2025 is not "
        "affected, and the Agency expects to approve a new grant of EUR 4 million for clinics in Haiti.\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[30e6] == ("adopted", "past_decision")
    assert found[4e6][0] == "planned"


def test_a_paragraph_opening_with_the_grant_paid_makes_the_grant_before_it_paid(tmp_path):
    text = (
        "Helsinki, 4 May 2026\n\nDear Director,\n\nWe refer to our letter of 2 March, by which the Ministry granted "
        "EUR 6 million to UNICEF for nutrition in Chad.\n\nThe grant of 2 March was transferred in full on 20 March.\n\n"
        "Given the new needs, the Ministry decided last week to add EUR 2 million.\n\nYours sincerely,\n\nA. Writer\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[6e6] == ("disbursed", "paid_in_later_sentence")
    assert found[2e6][0] == "adopted"


def test_a_verb_in_a_that_clause_after_the_sum_is_not_the_sum_s_verb(tmp_path):
    text = (
        "Manila, 4 May 2026\n\nDear Secretary,\n\nThe Loan Agreement for the Ports Project, signed on 3 May 2021 for "
        "an amount not exceeding EUR 14 million, provides in its Annex that the proceeds be disbursed in three "
        "instalments.\n\nYours faithfully,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[14e6][0] == "adopted"


def test_a_payment_schedule_is_money_still_to_come_and_each_sum_of_its_series_by_period_counts(tmp_path):
    text = (
        "Suva, 4 May 2026\n\nDear Director,\n\nFollowing the review of the grant to Samoa, the payment schedule now "
        "becomes EUR 3 million in 2026, EUR 5 million in 2027 and EUR 2 million in 2028.\n\nYours sincerely,\n\n"
        "A. Writer\n"
    )
    found = statuses_of(tmp_path, text)
    assert [found.get(v, ("missing",))[0] for v in (3e6, 5e6, 2e6)] == ["planned", "planned", "planned"]


def test_a_schedule_table_s_rows_are_to_come_unless_a_row_says_it_was_paid(tmp_path):
    text = (
        "Tokyo, 4 May 2026\n\nDear Sir,\n\nThe disbursement schedule of the loan to Viet Nam for the Port Project is "
        "amended as set out below (amounts in million Yen):\n\n"
        "   Instalment   Date                        Amount\n"
        "   First        disbursed by 31 March 2026   2,100\n"
        "   Second       30 September 2026            1,700\n"
        "   Third        31 March 2027                1,200\n\n"
        "Yours faithfully,\n\nA. Writer\n"
    )
    found = statuses_of(tmp_path, text)
    assert [found[v][0] for v in (2.1e9, 1.7e9, 1.2e9)] == ["disbursed", "planned", "planned"]


def test_a_proposal_the_next_sentence_says_was_approved_is_decided(tmp_path):
    text = (
        "Riga, 4 May 2026\n\nDear Director,\n\nIn its budget bill, the Cabinet proposed that the grant to Moldova "
        "rise by EUR 40 million. The Assembly adopted the proposal at its March session.\n\nThe Ministry also "
        "proposed that EUR 9 million be moved to Georgia. The Assembly has not yet voted on that.\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[40e6] == ("adopted", "proposal_approved_in_next_sentence")
    assert found[9e6][0] == "planned"


def test_a_decision_that_money_will_not_be_paid_commits_nothing(tmp_path):
    text = (
        "Suva, 4 May 2026\n\nDear Minister,\n\nThe Board has decided that the last USD 3 million for Fiji will not "
        "be released.\n"
    )
    assert statuses_of(tmp_path, text)[3e6] == ("planned", "future")


def test_a_plural_noun_before_a_relative_that_is_no_verb_of_a_content_clause(tmp_path):
    # "funds" looks up as a verb form, but "in funds ... that" is a noun with its relative clause: the main verb stays.
    text = "Suva, 4 May 2026\n\nThe AUD 12 million in funds for Fiji that Australia approved has been fully paid out.\n"
    assert statuses_of(tmp_path, text)[12e6] == ("disbursed", "delivered")


def test_an_approved_plan_after_a_sum_only_expected_does_not_decide_it(tmp_path):
    # The approval takes a plan the sentence before never proposed: it does not decide the expected sum.
    text = (
        "Suva, 4 May 2026\n\nDear Minister,\n\nWe expect to give AUD 6 million to Tonga in 2028. The Cabinet "
        "approved the plan in 2019 after a long review.\n"
    )
    assert statuses_of(tmp_path, text)[6e6] == ("planned", "planning_verb")
