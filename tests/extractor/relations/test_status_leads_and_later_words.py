"""Status read from words beyond the sum's own clause: a lead-in that names again what the paragraph before decided, a
second "that" clause of a request, a loan "toward the cost of" a project, and a sentence after it saying the money came
in. Each text is our own."""

from __future__ import annotations

from tests.extractor.relations.commitment_rows import statuses_of


def test_a_list_led_in_by_the_noun_the_paragraph_before_decided_is_decided(tmp_path):
    text = (
        "Dear Minister,\n\nToday the Treasurer signed three grant agreements with donors worth EUR 90 million.\n\n"
        "The agreements comprise:\n\n"
        "- a EUR 50 million grant from Denmark for rural roads in Ghana;\n\n"
        "- a EUR 40 million grant from Sweden for clinics in Ghana.\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[50e6][0] == statuses[40e6][0] == "adopted"


def test_a_list_whose_lead_in_names_nothing_before_it_stays_planned(tmp_path):
    text = (
        "Dear Minister,\n\nToday the Treasurer signed three grant agreements with donors.\n\n"
        "The needs comprise:\n\n"
        "- EUR 50 million for rural roads in Ghana;\n\n"
        "- EUR 40 million for clinics in Ghana.\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[50e6][0] == statuses[40e6][0] == "planned"


def test_a_sum_in_a_second_that_clause_of_a_request_is_only_proposed(tmp_path):
    text = (
        "Dear Director,\n\nWe request that the instalments due this year be rescheduled, and that the sums of about "
        "USD 4 million thus freed be spent on schools in Liberia.\n\nYours faithfully,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[4e6] == ("planned", "proposed")


def test_a_loan_received_toward_the_cost_of_a_project_is_decided_not_paid(tmp_path):
    text = (
        "INVITATION FOR BIDS\n\nThe Republic of Ghana has received a credit of USD 30 million from the Fund toward the "
        "cost of the Coastal Roads Project.\n\nProject Manager\n"
    )
    assert statuses_of(tmp_path, text)[30e6] == ("adopted", "received_toward_cost")


def test_money_received_with_no_project_cost_has_come_in(tmp_path):
    text = "Dear Minister,\n\nThe Republic of Ghana has received USD 30 million from the Fund.\n\nYours,\n\nA. Writer\n"
    assert statuses_of(tmp_path, text)[30e6][0] == "disbursed"


def test_funds_said_next_to_be_confirmed_and_received_have_come_in(tmp_path):
    text = (
        "Dear Ambassador,\n\nI thank your Government for its contribution of EUR 2 million to our school meals in "
        "Chad, channelled through your aid agency. The funds were confirmed in May and received in full in June."
        "\n\nYours sincerely,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[2e6][0] == "disbursed"


def test_funds_said_next_to_be_confirmed_only_stay_decided(tmp_path):
    text = (
        "Dear Ambassador,\n\nI thank your Government for its contribution of EUR 2 million to our school meals in "
        "Chad, channelled through your aid agency. The funds were confirmed in May and allocated to the north."
        "\n\nYours sincerely,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[2e6][0] == "adopted"


def test_a_total_of_disbursements_named_far_before_its_verb_is_paid(tmp_path):
    text = (
        "Dear Minister,\n\nI am glad to inform you that disbursements under Loan No. 4410 for the Northern Bridges "
        "Programme have reached USD 12.5 million, equivalent to GHS 150 million.\n\nYours sincerely,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[12.5e6] == ("disbursed", "named_by_stage")


def test_aid_said_next_to_be_under_way_stays_decided(tmp_path):
    text = (
        "Dear Minister,\n\nGhana has allocated USD 2 million in food aid to the people of Chad hit by the floods. "
        "The aid is being delivered through the Red Cross.\n\nYours sincerely,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[2e6][0] == "adopted"


def test_aid_said_next_to_have_been_delivered_is_paid(tmp_path):
    text = (
        "Dear Minister,\n\nGhana has allocated USD 2 million in food aid to the people of Chad hit by the floods. "
        "The aid was delivered through the Red Cross.\n\nYours sincerely,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[2e6][0] == "disbursed"


def test_the_first_item_after_a_need_in_total_is_a_part_of_it_not_a_total(tmp_path):
    text = (
        "Dear Partner,\n\nOur flood plan for Chad needs EUR 10 million in total:\n\n"
        "- EUR 6 million for shelter;\n- EUR 4 million for clean water.\n\nYours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[6e6][0] == statuses[4e6][0] == "planned"


def test_a_list_led_in_by_this_comprises_stands_where_the_whole_before_it_stands(tmp_path):
    # "This comprises:" names no stage of its own: its items had been read as adopted by the present "comprises".
    text = (
        "Dear Minister,\n\nOver the next three years, the total planned support to Malawi is EUR 60 million. This comprises:\n\n"
        "- EUR 35 million for rural water supply;\n\n"
        "- EUR 25 million for district hospitals.\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[35e6][0] == statuses[25e6][0] == "planned"


def test_a_table_led_in_by_this_comprises_stands_where_the_whole_before_it_stands(tmp_path):
    text = (
        "Dear Minister,\n\nOver the next three years, the total planned support to Malawi is EUR 60 million. This comprises:\n\n"
        "  Rural water supply                    EUR 35.0 million\n"
        "  District hospitals                    EUR 25.0 million\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[35e6][0] == statuses[25e6][0] == "planned"


def test_items_below_a_lead_in_run_into_the_first_item_s_sentence_take_its_stage(tmp_path):
    text = (
        "Dear Colleague,\n\nThis year's grant to the region has been allocated as shown below:\n\n"
        "(a) IOM – CHF 5 million for shelters in Yemen. Half of it was paid on 3 April.\n\n"
        "(b) Caritas – CHF 2 million for clinics in Haiti. Caritas will report to us in the autumn.\n\n"
        "(c) Oxfam – CHF 3 million for wells in Somalia. Oxfam is to hire local staff.\n\n"
        "With best wishes,\n\nB. Author\n"
    )
    statuses = statuses_of(tmp_path, text)
    # (a) is the item the sentencizer runs into the lead-in; (b) and (c) follow it.
    assert statuses[5e6][0] == statuses[3e6][0] == statuses[2e6][0] == "adopted"


def test_that_amount_said_next_to_be_transferred_is_the_last_sum_paid_whatever_its_own_clause(tmp_path):
    text = (
        "Dear Colleague,\n\nNo trustee opposed giving GBP 400,000 to mend the district's schools. That sum was paid "
        "out on 2 June.\n\nWith best wishes,\n\nB. Author\n"
    )
    assert statuses_of(tmp_path, text)[4e5] == ("disbursed", "paid_in_later_sentence")


def test_this_loan_said_next_to_be_paid_pays_each_decided_sum_not_the_last_named(tmp_path):
    text = (
        "Dear Colleague,\n\nIn May the Bank signed a USD 10 million loan for roads in Togo; the Government will add "
        "USD 2 million of its own. This loan was disbursed on 3 May.\n\nWith best wishes,\n\nB. Author\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[10e6][0] == "disbursed"
    assert statuses[2e6][0] == "planned"


def test_items_of_a_list_still_expected_that_a_deciding_participle_dates_are_decided(tmp_path):
    text = (
        "Dear Minister,\n\nThree partners will cover what remains of the cost of the Lesotho dam:\n\n"
        "• the Kuwait Fund: CHF 6 million, agreed in May 2025\n\n"
        "• the OPEC Fund: CHF 4 million in credit lines approved in April 2025\n\n"
        "• the Saudi Fund: CHF 2 million, to go before its trustees in the autumn\n\nWith best wishes,\n\nB. Author\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[6e6] == ("adopted", "decided_after")
    assert statuses[4e6][0] == "adopted"
    assert statuses[2e6][0] == "planned"


def test_an_item_after_items_of_several_sentences_keeps_its_own_verb_not_a_far_lead_in(tmp_path):
    text = (
        "Dear Minister,\n\nNew projects announced include:\n\n"
        "- Coastal Roads: Canada and Chile have agreed a road partnership. The partnership is expected to draw "
        "$900 million from lenders. The plan covers three ports.\n\n"
        "- Rural Clinics: Canada supports clinics in Peru.\n\n"
        "- Port Cranes: The Canadian Export Agency is working with the Nordic Bank to each provide $40 million to "
        "guarantee a port loan in Peru.\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[40e6][0] == "planned"
