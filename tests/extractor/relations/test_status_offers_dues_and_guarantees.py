"""The stage of sums in debt, guarantee and financing letters: a table that breaks down an offer or a financing plan,
payments still due, guarantees outstanding, a request in the subjunctive, a shortfall, the last giver of a list.
Each text is our own."""

from __future__ import annotations

from extractor.records.extract import extract_path


def statuses_of(tmp_path, text: str) -> dict[float, str]:
    """Each commitment of a text by its first sum's value: its status."""
    path = tmp_path / "document.txt"
    path.write_text(text, encoding="utf-8")
    return {c.amounts[0].value: c.status for c in extract_path(path).commitments}


def test_the_rows_of_an_offer_confirmed_to_us_are_only_planned(tmp_path):
    text = (
        "Dear Minister,\n\nI set out below the offer of USD 900 million, as the lenders confirmed it to us last week, "
        "by lender:\n\n"
        "   Lender                         USD million\n"
        "   Nordic Investment Bank               600\n"
        "   Danish Export Fund                   300\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[600e6] == statuses[300e6] == "planned"


def test_the_rows_of_requests_a_board_approved_are_decided(tmp_path):
    text = (
        "Dear Minister,\n\nThe Board approved the following requests on 3 May:\n\n"
        "- USD 5 million for schools in Chad;\n"
        "- USD 3 million for clinics in Niger.\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[5e6] == statuses[3e6] == "adopted"


def test_the_rows_of_a_financing_plan_agreed_before_close_are_only_planned(tmp_path):
    text = (
        "Dear Vice-President,\n\nThe financing plan agreed with the developers of the wind farm in Kenya is as "
        "follows:\n\n"
        "   Source                                   US$ million\n"
        "   Equity of the developers                        80.0\n"
        "   Guarantee of the Bank (not a disbursement)     (40.0)\n"
        "   Commercial lenders                              120.0\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[80e6] == statuses[120e6] == "planned"


def test_payments_still_due_are_only_planned(tmp_path):
    text = (
        "Dear Chairman,\n\nThe payments due on 15 March amount to USD 70 million:\n\n"
        "    Series A notes, interest ................ USD 30 million\n"
        "    Series B notes, interest ................ USD 40 million\n\n"
        "We ask the holders to agree to defer them.\n\nYours faithfully,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[70e6] == statuses[30e6] == statuses[40e6] == "planned"


def test_guarantees_issued_and_broken_down_are_decided_not_paid(tmp_path):
    text = (
        "Dear Speaker,\n\nThe guarantees issued by the Treasury rose to NZD 900 million at the end of the year, "
        "distributed as follows:\n\n"
        "   Guaranteed company                      NZD million\n"
        "   National Rail Company                       500.0\n"
        "   Port Authority                              400.0\n\n"
        "Yours faithfully,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[500e6] == statuses[400e6] == "adopted"


def test_a_sum_in_a_request_in_the_subjunctive_is_only_planned(tmp_path):
    text = (
        "Dear Director,\n\nWe ask that the Fund consider a grant of USD 4 million for the camps in Niger, and that "
        "the donors' pledges be announced at the meeting next week.\n\nYours sincerely,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[4e6] == "planned"


def test_a_sum_revenue_fell_short_by_is_no_commitment(tmp_path):
    text = (
        "Dear President,\n\nTax revenue fell short of the budget by GHS 900 million last year. The Government has "
        "paid GHS 50 million to the flood victims.\n\nYours faithfully,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text) == {50e6: "disbursed"}


def test_the_last_giver_and_sum_after_a_comma_and_take_the_lists_verb(tmp_path):
    text = (
        "Dear Colleague,\n\nDonors have announced support: Norway NOK 2 million, Japan JPY 40 million, and the "
        "European Union EUR 300,000 through its humanitarian office.\n\nYours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[300e3] == statuses[2e6] == "adopted"


def test_a_verb_after_a_name_and_its_acronym_leads_its_list_in(tmp_path):
    text = (
        "Dear Governor,\n\nI am pleased to inform you that the Reserve Bank of Fiji (RBF) agrees to the following:\n\n"
        "1. The credit line will be renewed for two years.\n\n"
        "2. The remaining FJD 40 million will be rolled over into the renewed line.\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[40e6] == "adopted"


def test_the_items_under_payments_still_due_are_only_planned(tmp_path):
    text = (
        "Dear Chairman,\n\nThe payments due next month amount to USD 12 million:\n\n"
        "- USD 7 million to the bilateral creditors;\n"
        "- USD 5 million to the commercial banks.\n\n"
        "Yours faithfully,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[7e6] == statuses[5e6] == "planned"


def test_a_sum_given_to_a_country_named_after_a_currency_word_is_no_exchange_rate(tmp_path):
    text = (
        "Dear Director,\n\nIn May 2016 the Fund approved debt relief of about USD 11.2 million to Sierra Leone, and "
        "the euro traded at about 1.10 to the US dollar.\n\nYours sincerely,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[11.2e6] == "adopted"


def test_the_items_of_proposals_a_board_approved_under_a_heading_on_proposals_are_decided(tmp_path):
    text = (
        "Dear Members,\n\n1. Funding proposals approved by the Board\n\nAt its meeting in May, the Board approved "
        "six funding proposals. Among them:\n\n(a) Flood defences in Ghana: USD 60 million;\n\n"
        "(b) Drought resilience in Chad: USD 40 million.\n\nYours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[60e6] == statuses[40e6] == "adopted"


def test_funds_after_a_name_and_its_acronym_are_no_verb(tmp_path):
    text = (
        "Dear Chairman,\n\nPlease report, for each year, the amounts disbursed, including:\n\n"
        "a. the $12 million in Rural Roads Programme (RRP) funds delivered to the Ministry of Works of Honduras."
        "\n\nYours sincerely,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[12e6] == "disbursed"


def test_a_payment_that_fell_due_and_has_not_been_paid_is_still_to_be_paid(tmp_path):
    text = (
        "Dear Director,\n\nOur support for the River Clinics Trust ends in 2031. A payment of NZD 6 million, due to "
        "the Trust in March, has not been paid. A further NZD 1 million has not been paid either, as we wait "
        "for the Trust's accounts.\n\nKind regards,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[6e6] == "planned"  # owed and in arrears
    assert statuses[1e6] == "adopted"  # no word says it fell due: decided, held back
