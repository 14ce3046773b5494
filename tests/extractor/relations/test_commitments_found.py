"""Which sums are commitments, read through the whole pipeline: gapped clauses, loans called credits, further
sums and requests with no verb of ours, totals of a stage of money and the sum coordinated with them."""

from __future__ import annotations

import pytest
from handdoc import commitments_by_value as sums


def test_a_sum_after_and_a_verbless_phrase_of_stage_keeps_the_verb_before():
    body = (
        "The new facility will finance in a first stage school meals of EUR 4 million, and in a second stage up "
        "to EUR 9 million of classrooms."
    )
    found = sums(body)
    assert {4e6, 9e6} <= set(found)
    assert found[9e6].status == found[4e6].status


def test_a_sum_after_and_a_clause_with_its_own_verb_is_not_gapped():
    body = "The ministry paid EUR 4 million to the schools, and in the same year prices rose by EUR 9 million."
    assert set(sums(body)) == {4e6}


def test_a_credit_of_a_sum_is_a_loan():
    body = "The Bank has told us of its readiness to present to its Board a sector credit of US$ 40 million."
    assert 40e6 in sums(body)


def test_a_further_sum_under_discussion_is_planned_money():
    body = "The donors have signed grants for the first phase. A further EUR 2 million is under discussion with them."
    further = sums(body)[2e6]
    assert further.status == "planned"


def test_a_sum_named_as_a_request_is_planned_money():
    body = "Two more projects, with a combined request of USD 3.5 million, were appraised in May."
    assert sums(body)[3.5e6].status == "planned"


def test_sums_a_stage_of_money_reached_are_at_that_stage():
    body = "Payments in the two provinces reached USD 12 million and USD 8 million respectively."
    found = sums(body)
    assert (found[12e6].status, found[8e6].status) == ("disbursed", "disbursed")
    assert found[8e6].because.status == "coordinated_with_previous_sum"


def test_a_figure_coordinated_with_a_fact_is_not_money_given():
    body = "Exports of the region reached USD 12 million and USD 8 million in the two years."
    assert sums(body) == {}


def test_aid_in_kind_valued_at_a_sum_is_money_given():
    body = (
        "I am now formally to request a second agreement under the food aid programme for 40,000 tons of rice and "
        "maize, valued at about USD 12 million including freight, for delivery before June."
    )
    assert sums(body)[12e6].status == "planned"


def test_trade_valued_at_a_sum_is_no_commitment():
    body = "The region shipped exports of rice, valued at about USD 12 million, to its neighbours last year."
    assert 12e6 not in sums(body)


def test_each_sum_of_a_pair_paid_on_its_own_date_is_money_given():
    body = (
        "The Agency has advanced EUR 900,000 to the institute in two payments: EUR 500,000 on 3 March 2019 and "
        "EUR 400,000 on 9 June 2020."
    )
    assert {9e5, 5e5, 4e5} <= set(sums(body))


def test_a_rate_raised_from_one_sum_to_another_per_unit_is_no_commitment_at_either_end():
    body = "The Ministry in Jordan has lifted the stipend paid to trainees from $12 to $15 per trainee each week."
    assert sums(body) == {}
    # A grant raised from one sum to another is money given: its new size stays a commitment.
    assert 55e6 in sums("The Government has raised its grant for schools in Tunisia from $40 million to $55 million.")


def test_a_grant_and_a_rate_joined_by_and_are_two_sums_not_a_range():
    # "and" links a range's ends only after "between": here the grant is money given, the rate beside it is not.
    assert 4e6 in sums("Ireland has granted Lesotho EUR 4 million and EUR 250 per pupil for school meals.")


def test_a_provision_of_a_sum_is_money_set_aside():
    body = (
        "Changes to the estimates\n\n"
        "(a) A provision of EUR 640 million under the farm ministry's vote for seed subsidies "
        "to smallholders."
    )
    assert 640e6 in sums(body)


def test_a_contribution_that_rises_to_a_sum_is_money_given_at_its_new_size():
    body = "The yearly grant we give the Trust has doubled from USD 2 million to USD 4 million."
    assert 4e6 in sums(body)
    # A price that rises to a sum is a figure, not money given.
    assert sums("The price of a bag of maize in Malawi has risen from USD 2 to USD 5 this year.") == {}


def test_a_yearly_sum_restated_for_the_whole_period_after_or_is_money_given_too():
    body = (
        "Spain's grant to the Trust rose from EUR 2 million to EUR 5 million in 2025, or EUR 15 million for 2025-2027."
    )
    assert {5e6, 15e6} <= set(sums(body))


def test_sums_listed_after_a_noun_of_money_and_a_colon_are_that_money():
    body = (
        "We note these partners' pledges: CHF 7 million from Japan, SEK 60 million from Sweden and EUR 2 million "
        "from Ireland."
    )
    assert {7e6, 60e6, 2e6} <= set(sums(body))


@pytest.mark.parametrize(
    "body, value",
    [
        ("Next year, Austria's contribution to the river commission will be EUR 1.8 million.", 1.8e6),
        ("In May a request reached us from Peru for assistance totalling EUR 6 million.", 6e6),
        (
            "Spain's yearly contribution to the running costs of the joint water secretariat of the two river basins in its third "
            "and fourth years totals EUR 2.2 million.",
            2.2e6,
        ),
    ],
)
def test_a_noun_of_money_sized_by_be_totalling_or_a_long_subject_s_verb_is_money_given(body, value):
    assert value in sums(body)


def test_a_sum_whose_phrase_runs_into_a_later_sum_takes_the_verb_after_that_sum():
    body = "Canada said CAD 2 million of a pledge of CAD 15 million for the decade has been spent."
    assert sums(body)[2e6].status == "disbursed"


def test_a_sum_set_beside_money_by_a_companion_phrase_is_money_too():
    body = "Another GBP 3 million, along with survey costs of GBP 200,000, will come out of the ministry's budget."
    assert {3e6, 2e5} <= set(sums(body))


def test_a_past_contribution_to_an_appeal_is_money_given_not_a_need():
    # "was" sizes a noun of funds; it does not make the appeal named in the subject's phrase a need for the sum.
    assert sums("Our contribution to the UN flash appeal for Togo was USD 2 million, paid in March.")[2e6].status == (
        "disbursed"
    )


def test_the_price_of_a_grant_that_rises_to_a_sum_is_a_figure_not_money_given():
    assert sums("The price of the grant has risen from USD 2 million to USD 5 million for Togo.") == {}
