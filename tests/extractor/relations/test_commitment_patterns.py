"""General patterns of commitments read through the whole pipeline: lists under a heading, needs and
requests, items headed by a country, sub-lists, co-financed projects."""

from __future__ import annotations

from handdoc import commitments_by_value as sums
from handdoc import letter_of

from extractor.records.extract import extract_letter


def test_a_total_takes_the_countries_of_the_items_listed_under_a_heading_below_it():
    body = (
        "Norway has allocated a total of EUR 100 million in 2024 to fragile countries.\n\n"
        "Allocations for 2024\n\n"
        "- Mali: EUR 30 million for water\n\n"
        "- Chad: EUR 30 million for schools\n\n"
        "- Regional programmes in the Sahel: EUR 40 million\n\n"
        "The situation\n\n"
        "More than 2 million people in Niger have fled their homes."
    )
    found = sums(body)
    assert found[100e6].beneficiaries == ["MLI", "TCD"]
    assert found[100e6].because.beneficiaries == "parts_adding_up"
    assert found[40e6].beneficiaries == []  # the paragraph after the last item is not its text


def test_items_under_a_heading_that_do_not_add_up_are_no_parts():
    body = (
        "Norway has allocated a total of EUR 100 million in 2024 to fragile countries.\n\n"
        "Allocations for 2024\n\n"
        "- Mali: EUR 30 million for water\n\n"
        "- Chad: EUR 20 million for schools\n\n"
        "We agree."
    )
    assert sums(body)[100e6].beneficiaries == []


def test_a_stated_need_is_money_asked_for():
    body = "The plan seeks EUR 900 million for Chad. UNHCR's own requirements under the plan amount to EUR 68 million."
    need = sums(body)[68e6]
    assert (need.status, need.because.status) == ("planned", "asked_for")


def test_a_request_with_its_estimate_is_planned_money():
    body = (
        "Finally, Samoa's request for support to the Samoa Airport Authority, estimated at NZ$9 million, "
        "is under consideration."
    )
    request = sums(body)[9e6]
    assert (request.status, request.beneficiaries) == ("planned", ["WSM"])


def test_an_item_headed_by_a_country_is_money_for_it():
    body = (
        "Pipeline for 2025\n\n"
        "- Fiji: Sustainable Energy Transition Program, $100 million;\n\n"
        "- Kiribati: Outer Islands Health Services, $18 million."
    )
    found = sums(body)
    assert found[100e6].beneficiaries == ["FJI"] and found[18e6].beneficiaries == ["KIR"]


def test_an_item_after_one_with_its_own_sub_list_keeps_the_heading_s_stage():
    body = (
        "Approved financing\n\n"
        "• Mali – EUR 30 million, for two projects:\n\n"
        "– EUR 10 million for roads;\n\n"
        "– EUR 20 million for water.\n\n"
        "• Chad – EUR 40 million for the rural electrification programme, which will connect 9,000 homes."
    )
    chad = sums(body)[40e6]
    assert (chad.status, chad.because.status) == ("adopted", "list_lead")


def test_a_co_financed_project_is_for_the_country_that_names_it_and_paid_by_its_co_financier():
    body = (
        "The Bangladesh programme will be co-financed by the Asian Infrastructure Investment Bank, "
        "in an amount of up to US$ 100 million."
    )
    found = sums(body)[100e6]
    assert found.beneficiaries == ["BGD"] and found.status == "planned"
    assert found.actor == "Asian Infrastructure Investment Bank"


def test_money_that_may_be_reallocated_is_planned():
    body = "Should a crisis occur, up to $35 million of the project may be reallocated to emergency response in Fiji."
    assert sums(body)[35e6].status == "planned"


def test_an_item_s_participle_on_its_sum_tells_its_stage_not_the_lead_in():
    body = (
        "Please provide the amounts allocated, obligated and disbursed for Guatemala, including:\n"
        "   a. the $69 million that USAID has disbursed in Guatemala for value chains;\n"
        "   b. the $32 million obligated for the Attorney General's Office in Guatemala; and\n"
        "   c. the $24 million in funds for the police."
    )
    obligated = sums(body)[32e6]
    assert (obligated.status, obligated.because.status) == ("adopted", "participle_attribute")


def test_the_destination_of_a_migration_from_named_origins_is_no_beneficiary():
    body = (
        "The President has proposed $4 billion over four years to address the root causes of irregular "
        "migration from El Salvador, Guatemala and Honduras to the United States."
    )
    assert "USA" not in sums(body)[4e9].beneficiaries


def test_other_parties_described_by_a_participle_give_their_own_money():
    body = (
        "This week, U.S.-based companies represented at the APEC Summit announced over $50 billion in new "
        "investments into the Asia-Pacific."
    )
    found = sums(body)[50e9]
    assert (found.actor, found.because.actor) == (None, "others_as_subject")


def test_a_duration_after_a_sum_stands_before_its_purpose():
    body = "New measures\n\n- $190.4 million over five years to support the schools in Papua New Guinea."
    assert sums(body)[190.4e6].beneficiaries == ["PNG"]


def test_running_totals_without_a_verb_of_money_are_commitments_at_every_stage():
    body = (
        "This new round of grants brings the total investment in the program to $38 million under the "
        "Administration.\n\n"
        "President Biden today announced an additional $800 million in security assistance to Ukraine, bringing "
        "the total U.S. security assistance committed to Ukraine to $1 billion in just the past week, and a total "
        "of $2 billion since the start of the Administration."
    )
    found = sums(body)
    assert [(found[v].status, found[v].because.status) for v in (38e6, 2e9)] == [("adopted", "running_total")] * 2


def test_transactions_authorized_that_support_exports_are_money_given():
    body = "Since December, the Export-Import Bank has authorized approximately $1.6 billion of transactions supporting exports to Africa."
    assert sums(body)[1.6e9].status == "adopted"


def test_a_sum_of_exports_is_still_a_figure():
    body = "Trade between our countries grew, and the Bank has authorized $2 billion in exports last year."
    assert 2e9 not in sums(body)


def test_a_place_set_against_the_one_meant_is_no_beneficiary():
    body = (
        "KRW 20 billion would fund a new programme to help Kenya build processing capacity, so that more "
        "value is added in Africa rather than in China."
    )
    assert sums(body)[20e9].beneficiaries == ["KEN"]


def test_a_sum_said_again_to_be_for_the_same_country_is_the_same_money():
    body = (
        "The allocations are:\n\n- Mali: $6 million\n\n- South Sudan: $6 million, for returnees arriving from Sudan\n\n"
        "Of the total, $26 million is for the Sahel and $6 million is for South Sudan."
    )
    found = [c for c in extract_letter(letter_of(body)).commitments if c.amounts and c.amounts[0].value == 6e6]
    assert sorted(c.beneficiaries[0] for c in found) == ["MLI", "SSD"]
    assert [c.because.restated for c in found if c.beneficiaries == ["SSD"]] == ["said_to_be_for_them"]


def test_a_list_run_into_one_sentence_gives_each_sum_its_own_items_heading(tmp_path):
    """Items closed by ";" are one sentence: the run-in heading of a sum is its own item's ("Nepal:"), not the
    first item's ("Bhutan:"); "Rs." ends no sentence (it had cut the sums off their verbs)."""
    from extractor.records.extract import extract_path

    source = tmp_path / "aid.txt"
    source.write_text(
        "Ministry of External Affairs\nGovernment of India\n\nNew Delhi\nApril 04, 2025\n\n"
        "The Union Budget for 2025-26 allocates Rs. 1,000 crore under the head Aid to Countries.\n\n"
        "The allocation for Aid to Countries for 2025-26 includes, among others:\n\n"
        "- Bhutan: Rs. 700 crore, the largest share, for a hydroelectric project;\n\n"
        "- Nepal: Rs. 200 crore, including for the cross-border railway from Raxaul in India to Kathmandu;\n",
        encoding="utf-8",
    )
    found = {c.amounts[0].value: c for c in extract_path(source).commitments if c.amounts}
    assert found[1e10].amounts[0].currency == "INR"
    assert found[7e9].beneficiaries == ["BTN"]
    assert found[2e9].beneficiaries == ["NPL"]


def test_a_month_named_may_is_no_modal():
    """ "On 7 May 2025 the Board approved": the date's month is no "may" of intention."""
    found = sums("On 7 May 2025 the Board approved a USD 500 million loan to the Republic of Guatemala for roads.")
    assert (found[5e8].status, found[5e8].because.status) == ("adopted", "past_decision")


def test_money_still_being_prepared_is_planned():
    found = sums("The Bank is preparing a USD 80 million operation for Honduras, to be submitted to the Board.")
    assert (found[8e7].status, found[8e7].because.status) == ("planned", "in_preparation")


def test_a_verbless_lead_in_gives_its_items_its_stage_noun():
    """ "The allocation ... includes:" over items run into one sentence: the items are allocated (adopted), and a
    participle on an item's noun ("food delivered through WFP") is no verb of the sum."""
    body = (
        "The allocation for humanitarian aid for 2025 includes, among others:\n\n"
        "- Mali: EUR 20 million, for water and sanitation;\n\n"
        "- Chad: EUR 10 million, for food delivered through the World Food Programme.\n"
    )
    found = sums(body)
    assert [(found[v].status, found[v].because.status) for v in (2e7, 1e7)] == [("adopted", "list_lead")] * 2


def test_the_spenders_own_country_as_an_origin_is_no_beneficiary(tmp_path):
    from extractor.records.extract import extract_path

    source = tmp_path / "aid.txt"
    source.write_text(
        "Ministry of External Affairs\nGovernment of India\n\nNew Delhi\nApril 04, 2025\n\n"
        "The allocation for Aid to Countries for 2025-26 includes, among others:\n\n"
        "- Nepal: Rs. 200 crore, for the cross-border railway;\n\n"
        "- Sri Lanka: Rs. 300 crore, for housing for Indian-origin Tamil communities in the plantation areas;\n",
        encoding="utf-8",
    )
    found = {c.amounts[0].value: c for c in extract_path(source).commitments if c.amounts}
    assert found[3e9].beneficiaries == ["LKA"]


def test_the_remaining_sum_after_and_shares_the_verb_before():
    body = (
        "The funds will be transferred to WFP in two tranches: USD 15 million within thirty days of signature, "
        "and the remaining USD 10 million in the first quarter of 2024."
    )
    found = sums(body)
    assert (found[1e7].status, found[1e7].because.status) == ("planned", "future")


def test_a_sum_spelled_out_in_brackets_is_one_amount_of_one_commitment():
    body = (
        "The Board decided to approve a contribution of USD 25,000,000 (twenty-five million United States "
        "dollars) to the World Food Programme for Sudan."
    )
    commitments = [c for c in extract_letter(letter_of(body)).commitments if c.amounts]
    assert [[a.value for a in c.amounts] for c in commitments] == [[25e6]]


def test_a_price_that_doubled_to_a_sum_is_no_commitment():
    body = "The price of a 50 kg bag of sorghum in El Fasher has more than doubled, to around USD 60."
    assert 60 not in sums(body)


def test_a_price_that_rose_from_a_sum_is_no_commitment_at_either_end():
    body = "In the camps the price of a loaf of bread has risen from 80 US cents to USD 1.5 since March."
    found = sums(body)
    assert 0.8 not in found and 1.5 not in found


def test_a_sum_goes_where_the_recipient_named_after_it_serves():
    body = (
        "The Council decided to contribute EUR 3 million to the Regional Technical Assistance Centre for West "
        "Africa (AFRITAC West). AFRITAC West serves Mali, Niger and Chad. The Centre also trains officials."
    )
    found = sums(body)
    assert (found[3e6].beneficiaries, found[3e6].because.beneficiaries) == (
        ["MLI", "NER", "TCD"],
        "served_by_recipient",
    )


def test_a_sentence_on_whom_someone_else_serves_gives_no_beneficiary():
    body = (
        "The Council decided to contribute EUR 3 million to the Regional Technical Assistance Centre for West "
        "Africa. The World Bank serves Mali, Niger and Chad."
    )
    assert sums(body)[3e6].because.beneficiaries != "served_by_recipient"


def test_items_listed_after_of_which_are_parts_for_the_whole_s_country():
    body = (
        "The package will be allocated as follows:\n\n"
        "- EUR 20 million for Jordan, of which:\n\n"
        "- EUR 12 million for cash assistance;\n\n"
        "- EUR 8 million for health care, channelled through Italian organisations;\n\n"
        "- EUR 5 million for administration costs.\n"
    )
    found = sums(body)
    assert [(found[v].beneficiaries, found[v].because.beneficiaries) for v in (12e6, 8e6)] == [
        (["JOR"], "part_of_sum_above")
    ] * 2
    assert found[5e6].beneficiaries == []  # past the parts that add up to the whole: the outer list's item


def test_an_item_takes_the_country_its_run_in_heading_names_not_one_an_earlier_item_refers_back_to():
    """Items run into one sentence: "the country" in item (a) points back for (a) only; item (b)'s heading
    names its own place."""
    body = (
        "The Board approved two proposals. Among them:\n\n"
        "(a) FP201 - Coastal resilience in Bangladesh: USD 250 million for shelters in the south-west of the country;\n"
        "(b) FP202 - Drought resilience in northern Kenya: USD 44 million, conditional on the signature of an agreement.\n"
    )
    found = sums(body)
    assert (found[44e6].beneficiaries, found[44e6].because.beneficiaries) == (["KEN"], "cued_in_item_heading")


def test_a_heading_s_other_countries_are_not_the_sum_s_when_the_item_names_its_own():
    body = (
        "The Corporation announced the following:\n\n"
        "- Benin-Niger Compact and Malawi Compact: the Corporation signed compacts totaling $504 million with Benin "
        "and Niger contributing an additional $15 million each to support the investment.\n"
    )
    assert "MWI" not in sums(body)[15e6].beneficiaries


def test_a_verb_form_ending_a_name_before_its_auxiliary_is_a_noun():
    body = "The last instalment of $80,000 under the 2024 Community Radio Support grant was paid to the broadcaster in May."
    found = sums(body)[80e3]
    assert (found.status, found.because.status) == ("disbursed", "delivered")


def test_a_participle_right_after_a_sum_describes_it_when_a_passive_verb_follows():
    body = "The grant of $90,000 approved in May for the archive project was transferred to the museum in June."
    found = sums(body)[90e3]
    assert (found.status, found.because.status) == ("disbursed", "delivered")


def test_a_payment_joined_by_and_to_the_sum_s_verb_is_the_stage_reached():
    body = "The loan of $7 million to the port company had been signed in May and disbursed in full in July."
    found = sums(body)[7e6]
    assert (found.status, found.because.status) == ("disbursed", "delivered")


def test_two_sums_joined_by_and_share_the_verb_right_after_them():
    body = (
        "The Fund agreed to provide $9 million for the coastal programme, of which $5 million and "
        "$4 million will be granted to the two port authorities next year."
    )
    found = sums(body)
    assert (found[5e6].status, found[5e6].because.status) == ("planned", "future")
    assert found[4e6].status == "planned"


def test_a_capitalised_modifier_opening_a_list_s_item_is_no_subject_of_the_noun_after_it():
    # "Technical support" heads the item: "support" is a noun, not a present verb with "Technical" for subject.
    body = (
        "The programme has two parts:\n(a) Road works in three districts: USD 6 million; and\n"
        "(b) Technical support and training: USD 1.5 million.\n"
    )
    found = sums(body)[1.5e6]
    assert found.action is None and found.status != "adopted"


def test_a_capitalised_participle_and_a_colon_label_the_sum_after_them():
    body = (
        "Operations approved in March\n\n2. Peru – Housing finance for coastal towns\n"
        "Approved: USD 8 million loan to a mortgage lender for new homes.\n"
    )
    found = sums(body)[8e6]
    assert (found.status, found.because.status, found.because.actor) == ("adopted", "past_decision", "label_verb")


def test_an_exchange_rate_in_a_sum_s_bracket_leaves_it_the_verb_after_the_bracket(tmp_path):
    from commitment_rows import statuses_of

    text = (
        "Lusaka, 9 August 2012\n\nDear Permanent Secretary,\n\nThe clinics grant of £10.5 million (K70.1 billion at "
        "K6,676 to the pound) has been released this week for Zambia's districts.\n\nYours faithfully,\n\nA. Writer\n"
    )
    statuses = statuses_of(tmp_path, text)
    assert statuses[10.5e6][0] == "disbursed"
    assert 6676 not in statuses
