"""Status: sums named as requested whose funding is denied, sums in a confirmation the author asks for, payments
whose date is only scheduled, and the grant or loan a verb of financing names."""

from __future__ import annotations

import pytest
from commitment_rows import statuses_of


def test_a_requested_sum_whose_funding_is_denied_stays_planned(tmp_path):
    text = (
        "Bamako, 4 May 2026\n\nThe Board approved EUR 9 million for rural water in Mali. A further EUR 3 million "
        "requested by the Ministry of Water for wells in Mali was not funded in this round.\n"
    )
    approved = (
        "Bamako, 4 May 2026\n\nThe EUR 3 million requested by the Ministry of Water for wells in Mali was approved "
        "by the Board in April.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[9e6][0] == "adopted"
    assert found[3e6] == ("planned", "request_not_granted")
    assert statuses_of(tmp_path, approved)[3e6][0] == "adopted"  # a request granted is decided


def test_a_sum_in_a_confirmation_the_author_asks_for_is_planned(tmp_path):
    text = (
        "Apia, 4 May 2026\n\nWe would appreciate your confirmation that the Ministry's share of EUR 2 million "
        "for the Samoa sea walls has been included in next year's budget.\n"
    )
    assert statuses_of(tmp_path, text)[2e6] == ("planned", "confirmation_asked")


def test_please_confirm_asks_and_a_thanked_confirmation_asserts(tmp_path):
    asked = (
        "Apia, 4 May 2026\n\nPlease confirm that the grant of EUR 2 million for schools in Samoa has been "
        "transferred to the Ministry.\n"
    )
    thanked = (
        "Apia, 4 May 2026\n\nWe are grateful for your confirmation that the grant of EUR 2 million for schools in "
        "Samoa has been transferred to the Ministry.\n"
    )
    assert statuses_of(tmp_path, asked)[2e6] == ("planned", "confirmation_asked")
    assert statuses_of(tmp_path, thanked)[2e6][0] == "disbursed"


def test_a_payment_that_is_only_scheduled_is_planned(tmp_path):
    text = (
        "Oslo, 4 May 2026\n\nNorway has signed an agreement with UNICEF for NOK 40 million for schools in Haiti; "
        "its opening payment of NOK 10 million is scheduled for 1 June.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[40e6][0] == "adopted"
    assert found[10e6][0] == "planned"


def test_a_loan_a_past_verb_of_financing_names_is_decided_not_paid(tmp_path):
    text = (
        "Niamey, 4 May 2026\n\nThe Nordic Fund, which co-financed the irrigation project in Niger with a loan of "
        "EUR 4 million, was told of this step. The Bank financed clinics in Niger with EUR 2 million "
        "last year.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[4e6] == ("adopted", "financed_with_instrument")
    assert found[2e6][0] == "disbursed"  # no grant or loan named: the money financed them


def test_a_claim_accepted_in_part_is_decided_though_its_payment_is_still_to_come(tmp_path):
    text = (
        "Brussels, 4 May 2026\n\nAfter its review, the Commission accepts a contribution of EUR 9 million "
        "for training in Moldova, which will be paid by July. The other EUR 2 million is not "
        "accepted at this stage.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[9e6][0] == "adopted"
    assert found[2e6] == ("planned", "not_yet_done")


def test_a_decision_in_the_present_keeps_its_sum_past_a_name_and_a_payment_to_come(tmp_path):
    text = (
        "Washington, 4 May 2026\n\nThe Board approves an IDA grant of USD 6 million, which will be transferred to "
        "Nepal by June.\n"
    )
    assert statuses_of(tmp_path, text)[6e6][0] == "adopted"


def test_a_confirmation_after_a_reply_to_a_request_is_given_not_asked(tmp_path):
    # "your request" is what the author answers; no word of asking governs "confirm", so the approval stands.
    text = (
        "Lima, 4 May 2026\n\nIn reply to your request of March, we are happy to confirm that the Fund has approved "
        "USD 7 million for clinics in Peru.\n"
    )
    asked = "Lima, 4 May 2026\n\nKindly confirm that the Fund has approved USD 7 million for clinics in Peru.\n"
    at_request = "Lima, 4 May 2026\n\nAt your request, we confirm that the Fund has approved USD 7 million for Peru.\n"
    assert statuses_of(tmp_path, text)[7e6] == ("adopted", "past_decision")
    assert statuses_of(tmp_path, at_request)[7e6] == ("adopted", "past_decision")
    assert statuses_of(tmp_path, asked)[7e6] == ("planned", "confirmation_asked")


def test_a_sum_applied_to_a_purpose_is_no_request(tmp_path):
    # "applied to" says what the money was used for; only "applied for" names it asked for.
    text = "Lusaka, 4 May 2026\n\nThe GBP 4 million applied to the school debts of Malawi has not been paid yet.\n"
    applied_for = (
        "Lusaka, 4 May 2026\n\nThe GBP 4 million applied for by the Ministry for schools in Malawi was not funded.\n"
    )
    assert statuses_of(tmp_path, text)[4e6] == ("adopted", "not_yet_done")
    assert statuses_of(tmp_path, applied_for)[4e6] == ("planned", "request_not_granted")


def test_a_giver_s_confirmed_financing_is_decided_with_an_adjective_before_its_noun(tmp_path):
    text = (
        "Kingston, 9 October 2027\n\nDenmark has now confirmed additional funding of DKK 45 million for coastal "
        "water works in Jamaica. Other costs will be met later.\n"
    )
    assert statuses_of(tmp_path, text)[45e6] == ("adopted", "confirmed_by_giver")


@pytest.mark.parametrize(
    "clause",
    [
        "has confirmed the end of funding of DKK 45 million",
        "has confirmed its exit from funding of DKK 45 million",
        "has confirmed the case for funding of DKK 45 million",
    ],
)
def test_a_confirmed_noun_other_than_the_sum_s_own_confirms_no_sum(tmp_path, clause):
    # A preposition between "confirmed" and the money noun: what is confirmed is another noun, not the funding.
    text = f"Kingston, 9 October 2027\n\nDenmark {clause} for coastal water works in Jamaica.\n"
    assert statuses_of(tmp_path, text)[45e6] != ("adopted", "confirmed_by_giver")


def test_a_sum_its_giver_confirmed_in_a_passive_is_decided_though_its_payment_is_to_come(tmp_path):
    text = (
        "Suva, 3 March 2027\n\nUnder the Ocean Fund, NZD 6.4 million for the repair of jetties was confirmed by the "
        "Bank in January and will be paid out in 2028. NZD 2 million for clinics will be confirmed later. "
        "NZD 1 million for roads may be confirmed in May. "
        "The works start once NZD 3 million for docks has been confirmed, and the Bank will sign when Fiji has "
        "confirmed its share of NZD 4 million.\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[6.4e6] == ("adopted", "confirmed_by_giver")
    assert statuses[2e6][0] == statuses[1e6][0] == statuses[3e6][0] == statuses[4e6][0] == "planned"


def test_a_sum_a_request_is_for_and_one_asked_for_in_a_that_clause_are_planned(tmp_path):
    text = (
        "Maun, 3 April 2027\n\nA request from our dairy cooperatives for another BWP 40 million has gone to the "
        "Ministry. Members also urged that grain levies stay frozen and that the Fund, not the farmers, pay the BWP 15 "
        "million this would cost.\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[40e6] == ("planned", "asked_for")
    assert statuses[15e6] == ("planned", "future")
