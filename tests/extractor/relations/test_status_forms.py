"""Which sums are commitments and at what stage, in forms of aid and debt documents: a breakdown of a decided sum, a
stock of debt and its parts, an offer, money found in a budget, a scale word the sum did not take in. Each text is
our own."""

from __future__ import annotations

from extractor.records.extract import extract_path


def statuses_of(tmp_path, text: str) -> dict[float, str]:
    """Each commitment of a text by its first sum's value: its status."""
    path = tmp_path / "document.txt"
    path.write_text(text, encoding="utf-8")
    return {c.amounts[0].value: c.status for c in extract_path(path).commitments}


def test_the_rows_of_a_decided_sum_broken_down_as_follows_are_decided_too(tmp_path):
    text = (
        "Dear Minister,\n\nThe Fund has approved a provisional amount of USD 9 million for the water programme in "
        "Ghana, distributed as follows:\n\n"
        "   Component                      USD million\n"
        "   Wells, northern districts            5.0\n"
        "   Training of engineers                4.0\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[9e6] == "adopted"
    assert statuses[5e6] == statuses[4e6] == "adopted"


def test_a_stock_of_debt_and_its_part_are_no_commitments(tmp_path):
    text = (
        "Dear Chairman,\n\nThe external debt of Peru reached USD 7 billion at the end of last year, of which some "
        "USD 3 billion is owed to bilateral creditors. The Government has already paid USD 40 million to these "
        "creditors.\n\nYours faithfully,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text) == {40e6: "disbursed"}


def test_a_sum_named_an_offer_is_only_planned(tmp_path):
    text = (
        "Dear Sir,\n\nNorway has announced an offer of NOK 20 million in food aid for Kenya for next year."
        "\n\nYours faithfully,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[20e6] == "planned"


def test_money_found_in_a_budget_is_set_aside(tmp_path):
    text = (
        "Dear Colleague,\n\nThis year the aid programme has already found GBP 3 million for Malawi for seeds and "
        "tools.\n\nYours sincerely,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[3e6] == "adopted"


def test_a_sum_before_a_scale_word_it_did_not_take_in_is_no_commitment(tmp_path):
    text = (
        "Dear Sir,\n\nThe State Government will release Rs. 4 lakhs for relief works in Orissa next month."
        "\n\nYours faithfully,\n\nA. Writer\n"
    )
    assert 4.0 not in statuses_of(tmp_path, text)


def test_a_sum_a_party_is_asked_to_deposit_is_planned(tmp_path):
    text = (
        "Dear Sir,\n\nThe Government of Ghana is asked to deposit the proceeds of sale, estimated at GHS 900,000, in "
        "a special account for the local costs of the projects.\n\nYours faithfully,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[900e3] == "planned"


def test_a_debt_consolidated_is_relief_decided(tmp_path):
    text = (
        "Dear Chairman,\n\nLast year the creditors consolidated an amount of about USD 300 million owed by Bolivia."
        "\n\nYours faithfully,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[300e6] == "adopted"


def test_after_a_verb_of_saying_the_sums_take_their_own_clauses_stages(tmp_path):
    text = (
        "Dear Minister,\n\nI should add that spending under the first phase in Nepal, against an approved budget "
        "of USD 12 million, reached USD 10 million by the end of March, and that the rest will be spent on the "
        "clinics by June.\n\nYours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert (statuses[12e6], statuses[10e6]) == ("adopted", "disbursed")


def test_contributions_worth_a_sum_are_money_given_and_goods_worth_one_are_not(tmp_path):
    text = (
        "Dear Colleague,\n\nDenmark and Finland have told me that further contributions, together worth about "
        "EUR 500,000, will follow in May for the schools in Iraq. Iraq exported goods worth USD 90 million to "
        "Jordan.\n\nYours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses.get(500e3) == "planned" and 90e6 not in statuses


def test_an_item_after_one_cut_at_a_dotted_leader_stop_keeps_the_lead_in(tmp_path):
    text = (
        "Dear Sir,\n\nI now submit three proposed projects for Lesotho for the Bank's decision:\n\n"
        "     (a)   Rural clinics, phase II . EUR 3,000,000\n"
        "     (b)   Feeder roads ....... EUR 2,000,000\n"
        "     (c)   Village projects (water points,\n"
        "           schools) ................ EUR 1,000,000\n\n"
        "Yours faithfully,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses.get(1e6) == statuses.get(2e6) == "planned"


def test_a_sum_sizing_an_economy_is_no_commitment_a_trade_facility_is(tmp_path):
    text = (
        "Dear Colleague,\n\nBrazil consolidates its place as a USD 2 trillion economy. The Bank approved a "
        "USD 5 million trade facility for Peru.\n\nYours sincerely,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text) == {5e6: "adopted"}


def test_a_verb_of_ours_only_with_a_sum_gives_no_action_without_one(tmp_path):
    path = tmp_path / "document.txt"
    path.write_text(
        "Dear Senator,\n\nThe Ministry has reviewed the treaty and found it consistent with our laws. We will sign "
        "it in May.\n\nYours sincerely,\n\nA. Writer\n",
        encoding="utf-8",
    )
    assert "find" not in [a.action for a in extract_path(path).actions]


def test_every_item_of_a_long_numbered_list_keeps_the_lead_in(tmp_path):
    text = (
        "Dear Minister,\n\nThe Board approved the following loans to the Republic of Ghana:\n\n"
        "   1. Grain silos, first phase ........ 75 million CFA francs\n"
        "   2. Market roads ..................... 30 million CFA francs\n"
        "   3. Training of nurses ............... 12 million CFA francs\n"
        "   4. Rural water points ............... 9 million CFA francs\n"
        "   5. Survey of the fisheries .......... 4 million CFA francs\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert [statuses.get(v * 1e6) for v in (75, 30, 12, 9, 4)] == ["adopted"] * 5


def test_a_sum_sanctioned_is_approved(tmp_path):
    text = (
        "Dear Sir,\n\nThe Ministry has already sanctioned Rs. 3 crores to the State Government of Orissa for "
        "flood relief works.\n\nYours faithfully,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text).get(3e7) == "adopted"


def test_a_part_of_a_need_covered_by_money_in_hand_is_decided(tmp_path):
    text = (
        "Dear Director,\n\nThe repairs of the dykes cost EUR 14 million in all. Of this, EUR 6 million is covered by "
        "the unspent balance of an earlier credit.\n\nYours sincerely,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[6e6] == "adopted"


def test_a_sum_won_from_a_call_is_decided(tmp_path):
    text = (
        "Dear Colleague,\n\nOur agency has won EUR 2.7 million from a European research call for a flood warning "
        "system.\n\nYours sincerely,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[2.7e6] == "adopted"


def test_the_korean_won_after_a_coded_figure_is_no_verb(tmp_path):
    text = (
        "Dear Sir,\n\nThe city of Busan provided KRW 40 billion won for the new harbour clinics last year."
        "\n\nYours faithfully,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[40e9] == "disbursed"


def test_the_rows_a_stated_sum_is_distributed_as_follows_into_are_decided_not_paid(tmp_path):
    text = (
        "Dear Director,\n\nFunding for the harbour works totals CHF 9 million, distributed as follows:\n\n"
        "Use | CHF\n"
        "Dredging of the channel | 5 000 000\n"
        "New cranes for the container quay | 4 000 000\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[9e6] == "adopted"
    assert statuses[5e6] == statuses[4e6] == "adopted"


def test_a_present_verb_of_funding_that_puts_its_money_at_a_sum_sizes_it_decided_not_paid(tmp_path):
    text = (
        "Kampala, 3 March 2026\n\nDear Minister,\n\nWe fund the Lakes Trust at SEK 300 million for 2024-2027. "
        "Separately, our agency pays SEK 20 million to health centres in Uganda.\n\nYours sincerely,\n\nA. Writer\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[300e6] == "adopted"
    assert found[20e6] == "disbursed"


def test_goods_valued_at_a_sum_and_delivered_at_a_past_date_were_handed_over(tmp_path):
    text = (
        "Vientiane, 3 March 2026\n\nDear Minister,\n\nJapan's gift of fire engines to Laos, valued at JPY 500 million, "
        "delivered in March 2024, was praised by the Council.\n\nYours sincerely,\n\nA. Writer\n"
    )
    assert statuses_of(tmp_path, text)[500e6] == "disbursed"
