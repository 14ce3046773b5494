"""Status of promises partly paid or for years ahead, of a part's own verb after "of which", of an inline list's
items, of a budget a body has, of a shortfall, of a sum "it" was paid, and of a numbered paragraph's lettered items."""

from __future__ import annotations

from commitment_rows import statuses_of


def test_a_pledge_of_which_a_part_has_come_in_is_planned(tmp_path):
    text = (
        "Lusaka, 4 May 2026\n\nDear Partners,\n\nThree partners of the water trust have pledged EUR 9 "
        "million, of which EUR 4 million has so far been received.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[9e6] == ("planned", "promise_partly_paid")
    assert found[4e6][0] == "disbursed"


def test_a_pledge_for_years_still_ahead_is_planned_and_one_for_no_time_is_decided(tmp_path):
    text = (
        "Apia, 4 March 2026\n\nDear Minister,\n\nNorway has pledged NOK 30 million for school meals in 2026 and "
        "2027.\n\nDenmark pledged DKK 5 million to the relief fund.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[30e6] == ("planned", "promised_for_time_ahead")
    assert found[5e6] == ("adopted", "past_decision")


def test_a_pledge_for_a_programme_that_began_before_the_letter_is_decided(tmp_path):
    text = "Apia, 4 March 2026\n\nDear Minister,\n\nNorway pledged NOK 30 million for the Action Plan 2023-2027.\n"
    assert statuses_of(tmp_path, text)[30e6] == ("adopted", "past_decision")


def test_the_author_s_state_pledging_now_for_years_ahead_is_planned(tmp_path):
    text = (
        "Copenhagen, 4 March 2026\n\nDear Director,\n\nFor the years 2027-2029, Denmark now pledges DKK 150 million "
        "to the Alliance's work on vaccines.\n"
    )
    assert statuses_of(tmp_path, text)[150e6] == ("planned", "promised_for_time_ahead")


def test_the_verb_right_before_a_part_after_of_which_is_the_part_s_own(tmp_path):
    text = (
        "Maseru, 4 May 2026\n\nDear Partners,\n\nParliament approved EUR 30 million for the road survey, of which "
        "the finance ministry has already disbursed EUR 12 million.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[30e6][0] == "adopted"
    assert found[12e6] == ("disbursed", "delivered")


def test_an_inline_list_item_does_not_take_the_verb_of_the_part_of_the_item_before(tmp_path):
    text = (
        "Maseru, 4 May 2026\n\nDear Partners,\n\nThe road survey needs EUR 30 million. Our committed resources: "
        "EUR 18 million from the Treasury, appropriated in this year's budget, of which EUR 5 million has been paid; "
        "EUR 4 million from the Fund for its mapping work; and EUR 1 million from a foundation.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[5e6][0] == "disbursed"
    assert found[4e6] == ("adopted", "list_lead")
    assert found[1e6] == ("adopted", "list_lead")


def test_a_budget_a_body_has_is_decided_and_one_it_will_have_is_planned(tmp_path):
    text = (
        "Tallinn, 4 May 2026\n\nOur school meals scheme in Moldova has a budget of EUR 7 million.\n\nIn the "
        "budget for 2026 the agency has EUR 9 million, of which EUR 2 million is for Georgia.\n\nThe new programme "
        "for Armenia will have a budget of EUR 3 million.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[7e6] == ("adopted", "held_allotment")
    assert found[9e6] == ("adopted", "held_allotment")
    assert found[2e6][0] == "adopted"
    assert found[3e6][0] == "planned"


def test_a_proposed_budget_a_body_has_is_not_decided(tmp_path):
    text = "Tallinn, 4 May 2026\n\nOur school meals scheme in Moldova has a proposed budget of EUR 7 million.\n"
    assert statuses_of(tmp_path, text)[7e6][0] == "planned"


def test_a_shortfall_column_is_planned(tmp_path):
    text = (
        "Gaborone, 4 May 2026\n\nDear Partners,\n\nThe budget of the water points is set out below.\n\n"
        "| Item | Funded | Shortfall |\n"
        "|---|---|---|\n"
        "| Boreholes | EUR 700,000 | EUR 300,000 |\n"
        "| Hand pumps | EUR 450,000 | EUR 150,000 |\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[3e5][0] == "planned"
    assert found[15e4][0] == "planned"


def test_it_was_paid_in_the_next_sentence_pays_the_sum_decided_before(tmp_path):
    text = (
        "Suva, 4 May 2026\n\nDear Minister,\n\nOn 2 February the Fund's directors awarded USD 9 million to "
        "Tuvalu for its sea walls. It was paid out four weeks later.\n\nThe Fund also awarded "
        "USD 4 million to Kiribati. It is channelled through the Ministry of Finance.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[9e6] == ("disbursed", "paid_in_later_sentence")
    assert found[4e6][0] == "adopted"  # a present passive says where the money goes, not that it went


def test_a_budget_executed_is_spent(tmp_path):
    text = (
        "Quito, 4 November 2026\n\nDear Coordinator,\n\nEUR 900,000 reached the clinics fund in May. "
        "By the end of October, EUR 810,000 had been executed on new roofs.\n"
    )
    assert statuses_of(tmp_path, text)[81e4] == ("disbursed", "delivered")


def test_a_numbered_paragraph_s_colon_leads_in_its_lettered_items(tmp_path):
    text = (
        "Rabat, 4 May 2026\n\nDear Minister,\n\nC. Proposals\n\n"
        "6. The Panel has studied the fisheries accounts.\n\n"
        "7. The Panel proposes:\n"
        "   a) that an allocation of EUR 2.5 million for stock surveys be written into the 2027 finance law;\n"
        "   b) that the ministry ask the fleet owners to repay EUR 4.5 million in subsidies they received in error.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[2.5e6][0] == "planned"
    assert found[4.5e6][0] == "planned"


def test_a_participle_in_the_sum_s_own_brackets_is_its_verb_not_the_one_after_them(tmp_path):
    text = (
        "Kigali, 4 August 2025\n\nDear Partners,\n\n(c) Fund: the coastal roads scheme (a loan of USD 90 million, "
        "approved in spring 2024) had paid out USD 40 million by the end of June.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[90e6] == ("adopted", "participle_attribute")
    assert found[40e6][0] == "disbursed"


def test_a_verb_after_of_which_is_the_part_s_and_not_the_whole_s(tmp_path):
    text = (
        "Lima, 4 November 2026\n\nDear Ambassador,\n\nOur accounts show:\n\n"
        "- Flood Relief Account: PEN 900 million allocated for this year, of which a third had been spent by "
        "the end of October.\n"
    )
    assert statuses_of(tmp_path, text)[9e8] == ("adopted", "past_decision")


def test_the_author_s_own_state_s_pledge_for_years_ahead_is_its_decision(tmp_path):
    text = (
        "ROYAL NORWEGIAN MINISTRY OF FOREIGN AFFAIRS\n\nOslo, 4 March 2026\n\nDear Executive Director,\n\n"
        "Norway pledged NOK 30 million to the Fund for 2026 and 2027.\n\nYours sincerely,\n\nKari Nordmann\n"
        "Minister of International Development\n"
    )
    assert statuses_of(tmp_path, text)[30e6] == ("adopted", "past_decision")
