"""A total and the parts listed or split below it, a summary list that repeats them, and lists of givers."""

from __future__ import annotations

from extractor.records.extract import extract_path


def extracted(tmp_path, text: str) -> dict:
    """Each commitment's (beneficiaries, status, because) by its first sum's value in millions."""
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    found = {}
    for c in extract_path(path).commitments:
        found.setdefault(c.amounts[0].value / 1e6, []).append((sorted(c.beneficiaries), c.status, c.because))
    return found


LIST_UNDER_HEADINGS = """ATLANTIC INVESTMENT BANK
PRESS RELEASE

Lisbon, 3 February 2026 - The Board of the Atlantic Investment Bank today approved new loans worth EUR 900 million for social projects in several member countries. The decisions cover schools, clinics and housing.

"These are the projects our members asked for," said the President of the Bank.

Approvals

Eastern members
- Georgia: a EUR 200 million loan for the rebuilding of rural clinics;
- Armenia: EUR 100 million for the renovation of schools.

Southern members
- Greece: EUR 350 million for social housing in Athens;
- Regional window: EUR 250 million for small firms across the membership.
"""


def test_a_total_takes_the_places_of_the_items_below_it_under_headings(tmp_path):
    found = extracted(tmp_path, LIST_UNDER_HEADINGS)
    ((places, status, because),) = found[900.0]
    assert places == ["ARM", "GEO", "GRC"] and because.beneficiaries == "parts_adding_up"
    # An item with no verb of its own is at the stage of the total decided above it.
    assert [s for _, s, _ in found[350.0]] == ["adopted"]


SPLIT_BELOW_AND_SUMMARY = """NORTHERN AID FUND
NEWS RELEASE

Oslo, 5 May 2026

Fund approves US$50 million for water and farming

The Board of the Northern Aid Fund on 4 May approved grants totalling US$50 million for partner countries in East Africa, the Fund announced today. The package is the largest the Board has approved this year.

Of the total, US$30 million was approved for Kenya for water supply in Turkana. A further US$15 million was approved for Uganda for irrigation schemes. The remaining US$5 million was allocated to seed banks in Rwanda.

Highlights of the package
- Kenya: US$30 million
- Uganda: US$15 million
- Rwanda: US$5 million

"Water and seed are where resilience starts," said the Director of the Fund.
"""


def test_a_split_a_few_sentences_below_a_total_gives_it_its_parts_places(tmp_path):
    found = extracted(tmp_path, SPLIT_BELOW_AND_SUMMARY)
    assert sorted(found[50.0][-1][0]) == ["KEN", "RWA", "UGA"]


def test_a_list_that_repeats_sums_stated_before_adds_no_commitments(tmp_path):
    found = extracted(tmp_path, SPLIT_BELOW_AND_SUMMARY)
    assert [len(found[v]) for v in (30.0, 15.0, 5.0)] == [1, 1, 1]
    assert found[15.0][0][2].restated == "summary_list"


def test_a_proposal_to_earmark_and_its_listed_parts_are_planned(tmp_path):
    text = (
        "Dear Minister,\n\n"
        "The Committee supports the proposal to earmark EUR 30 million for Jordan in 2027, of which:\n"
        "   - EUR 20 million for schools in Irbid;\n"
        "   - EUR 10 million for water networks in Mafraq.\n\n"
        "Yours sincerely,\n\nAnna Berg\n"
    )
    found = extracted(tmp_path, text)
    assert [found[v][0][1] for v in (30.0, 20.0, 10.0)] == ["planned", "planned", "planned"]


def test_the_countries_heading_a_list_of_pledges_are_givers_not_beneficiaries(tmp_path):
    text = (
        "NEW YORK, 2 March 2026 - Donors pledged a combined US$90 million to the Maternal Health Fund, the Fund "
        "announced today.\n\n"
        "The pledges announced this week include:\n"
        "- Sweden: a pledge of SEK 200 million over two years;\n"
        "- Denmark: DKK 100 million, under an agreement signed on 1 March;\n"
        "- Finland and Ireland together: EUR 10 million.\n"
    )
    found = extracted(tmp_path, text)
    assert [found[v][0][0] for v in (200.0, 100.0, 10.0)] == [[], [], []]


def test_a_key_figures_list_over_the_text_yields_to_the_text_s_statements(tmp_path):
    text = (
        "SOUTHERN CLIMATE FUND\nFACT SHEET 2025\n\nCape Town, March 2026\n\n"
        "Key figures for 2025\n"
        "- New financing approved: EUR 14 million for three operations\n"
        "- Disbursements: EUR 9.5 million\n\n"
        "In 2025 the Board of the Fund approved new financing of EUR 14 million for Namibia.\n\n"
        "In 2025 the Fund disbursed EUR 9.5 million to ongoing operations.\n"
    )
    found = extracted(tmp_path, text)
    assert [len(found[v]) for v in (14.0, 9.5)] == [1, 1]
    assert found[14.0][0][:2] == (["NAM"], "adopted") and found[14.0][0][2].restated == "summary_list"


def test_items_that_leave_the_rest_of_a_total_without_a_figure_are_its_parts(tmp_path):
    text = (
        "VIENNA, 2 April 2026 - The Government decided on Tuesday to allocate EUR 10 million for the recovery of "
        "Moldova next year.\n\n"
        "Of the EUR 10 million, the development agency will manage:\n\n"
        "- EUR 4 million for the repair of rural clinics;\n"
        "- EUR 3 million for school meals;\n"
        "- the remaining amount for advice to local councils.\n"
    )
    found = extracted(tmp_path, text)
    # The parts with no verb of their own are at the stage of the total decided above them.
    assert [found[v][0][1] for v in (4.0, 3.0)] == ["adopted", "adopted"]
    assert found[4.0][0][2].status == "part_of_total"
    # The rest may go anywhere: a country one part names is not the total's.
    text = text.replace("rural clinics;", "rural clinics with partners in Romania;")
    assert extracted(tmp_path, text)[10.0][-1][0] == ["MDA"]


PARTS_TOLD_AFTER = """PACIFIC RIM DEVELOPMENT FUND
MEDIA RELEASE

Suva, 9 September 2026 - The Governors of the Pacific Rim Development Fund approved grants totalling NZD 24.6 million at their annual session, which brings the total the Fund has approved since 2020 to NZD 310 million.

Fiji will receive NZD 12.4 million for coastal protection works on Vanua Levu.

"Our members asked for help where the sea is rising fastest," the chair of the Governors said.

The Governors also agreed NZD 8 million for solar mini-grids in Tonga and a NZD 4.2 million grant to Samoa for school repairs.

Separately, the Fund launched a study of NZD 10 million in unspent balances.
"""


def test_a_total_takes_the_places_of_the_sums_told_after_it_when_they_add_up_exactly(tmp_path):
    found = extracted(tmp_path, PARTS_TOLD_AFTER)
    ((places, _, because),) = found[24.6]
    assert places == ["FJI", "TON", "WSM"] and because.beneficiaries == "parts_told_after"


def test_sums_told_after_a_total_that_only_come_near_it_are_not_its_parts(tmp_path):
    found = extracted(tmp_path, PARTS_TOLD_AFTER.replace("NZD 4.2 million", "NZD 4.1 million"))
    ((places, _, because),) = found[24.6]
    assert places == [] and because.beneficiaries != "parts_told_after"


INLINE_ALLOCATIONS = """SAHEL SCHOOLS FUND
DECISIONS OF THE BOARD

Dakar, 2 March 2026

The Board:
a. approves school allocations totalling US$60 million, as follows: Mali US$30 million, Niger US$20 million and Chad US$10 million;
b. approves an additional allocation of US$5 million to Niger for teacher training.
"""


def test_an_inline_list_as_follows_splits_the_total_and_each_sum_is_its_country_s(tmp_path):
    found = extracted(tmp_path, INLINE_ALLOCATIONS)
    assert found[60.0][0][0] == ["MLI", "NER", "TCD"]
    # Each sum is the country's right before it, at the total's stage (not cut short by sums of the next item).
    assert [(p, s, b.beneficiaries) for p, s, b in found[30.0]] == [(["MLI"], "adopted", "country_before_sum")]
    assert [(p, s) for p, s, _ in found[20.0]] == [(["NER"], "adopted")]


def test_a_list_of_givers_each_with_its_sum_gives_no_beneficiaries(tmp_path):
    text = INLINE_ALLOCATIONS.replace("school allocations totalling", "pledges totalling")
    assert "country_before_sum" not in {b.beneficiaries for p, s, b in found_all(extracted(tmp_path, text))}


def found_all(found: dict) -> list:
    """Every (beneficiaries, status, because) of an ``extracted`` result."""
    return [entry for entries in found.values() for entry in entries]


SPLIT_IN_NEXT_SENTENCE = """CARIBBEAN INFRASTRUCTURE BANK

Bridgetown, 9 April 2026

Dear Minister,

We are pleased to inform you that the Board approved a loan of USD 80 million in favour of the Republic of Guyana for rural roads.

The resources are distributed as follows: USD 50 million for the paving of feeder roads and USD 30 million for the repair of river crossings. The loan has a term of 20 years.

Sincerely,

The President
"""


def test_a_next_sentence_that_distributes_the_sum_as_follows_lists_its_parts(tmp_path):
    found = extracted(tmp_path, SPLIT_IN_NEXT_SENTENCE)
    assert [(p, b.beneficiaries) for p, _, b in found[50.0]] == [(["GUY"], "parts_of_total")]
    assert [p for p, _, _ in found[30.0]] == [["GUY"]]


def test_a_part_of_a_decided_total_told_in_the_future_is_decided_but_a_dated_instalment_is_not(tmp_path):
    text = (
        "Rome, 4 May 2026\n\nThe Cabinet approved on Monday a grant of EUR 12 million for rural water in Zambia.\n\n"
        "Of this amount, EUR 7 million will be managed by the Ministry of Water and EUR 5 million will be "
        "implemented by UNICEF in the Western Province.\n\n"
        "The Board also approved EUR 6 million for Malawi, of which a first instalment of EUR 2 million will be "
        "paid in 2027.\n"
    )
    found = extracted(tmp_path, text)
    # "managed" is no verb of ours: a part with none of its own is at its whole's stage at once (part_of_whole).
    assert [(found[v][0][1], found[v][0][2].status) for v in (7.0, 5.0)] == [
        ("adopted", "part_of_whole"),
        ("adopted", "part_of_total"),
    ]
    assert found[2.0][0][1] == "planned"  # an instalment with its year is paid on a schedule still to come
    # A part whose future verb pays it out is a payment still to come: only planned.
    paid_out = text.replace("will be implemented by UNICEF", "will be provided through UNICEF")
    assert extracted(tmp_path, paid_out)[5.0][0][1] == "planned"
    # Beside a part already paid, the rest still to be paid is a split over time: only planned.
    text = text.replace("will be managed by", "has already been transferred to").replace(
        "EUR 5 million will be implemented by", "the remaining EUR 5 million will be released to"
    )
    assert extracted(tmp_path, text)[5.0][0][1] == "planned"


def test_the_parts_of_a_decided_total_told_after_it_in_the_future_are_decided(tmp_path):
    text = (
        "Geneva, 2 March 2026\n\nThe Fund has allocated EUR 9 million to fight cholera in three countries.\n\n"
        "The allocation, agreed by the Executive Committee, will be used to buy vaccines and water tablets. Malawi "
        "will receive EUR 5 million. Zambia and Mozambique will receive EUR 3 million and EUR 1 million respectively.\n"
    )
    found = extracted(tmp_path, text)
    assert [(found[v][0][1], found[v][0][2].status) for v in (5.0, 3.0, 1.0)] == [("adopted", "part_of_total")] * 3
    # Sums that do not add up to the total are no parts of it: their own future stands.
    assert extracted(tmp_path, text.replace("EUR 1 million", "EUR 2 million"))[5.0][0][1] == "planned"
    # Beside a part paid out in the future, the split is one of payments to come: every part stays planned.
    paid = text.replace("Malawi will receive EUR 5 million.", "EUR 5 million will be paid to Malawi in July.")
    assert extracted(tmp_path, paid)[3.0][0][1] == "planned"


def test_a_split_opened_by_of_the_total_goes_on_over_sums_named_as_money(tmp_path):
    text = (
        "Oslo, 9 June 2026\n\nThe Foundation today announced grants totalling USD 10 million for city resilience. "
        "The grants were approved by the Board in May.\n\n"
        "Of the total, USD 4 million will go to partners in Ghana. Grants of USD 3 million and USD 2 million will go "
        "to partners in Kenya and Senegal respectively. A further USD 1 million funds a shared learning platform.\n"
    )
    found = extracted(tmp_path, text)
    assert [found[v][0][1] for v in (4.0, 3.0, 2.0)] == ["adopted"] * 3


def test_a_memorandum_s_summary_section_says_again_what_its_body_says(tmp_path):
    text = (
        "MEMORANDUM FOR: The Minister\n\nSUBJECT: Floods in Chad\n\nSUMMARY\n\n"
        "- We recommend a further $4 million in humanitarian assistance for Chad.\n\n"
        "BACKGROUND\n\n1. Floods struck Chad in August.\n\nRECOMMENDATION\n\n"
        "2. We recommend that you approve up to $4 million in additional humanitarian assistance for Chad."
    )
    assert len(extracted(tmp_path, text)[4.0]) == 1


def test_a_reply_over_the_quoted_message_names_its_sums_as_known(tmp_path):
    text = (
        "Hi Ana,\n\nWe confirm that the NZ$3,000,000 was received into the Treasury account on Friday.\n\n"
        "Kind regards,\nMele\n\n-----Original Message-----\nFrom: Ana\n\n"
        "New Zealand has committed NZ$3 million in direct budget support to the Government of Tonga, "
        "paid on 23 February."
    )
    assert len(extracted(tmp_path, text)[3.0]) == 1


def test_a_covering_note_s_sum_asked_for_again_in_the_letter_it_forwards_is_one_commitment(tmp_path):
    # The reply decides on the request; the quoted message's "a further" sum is the same money, not more.
    text = (
        "Dear all,\n\nAt its meeting of 11 May the Board put off until October the application for NZD 1.8 million "
        "for the library roof.\n\nR. Tane\nSecretary\n\n-----Original Message-----\nFrom: K. Moana\n\n"
        "Dear Secretary,\n\nStorms have damaged the library roof. We hope the Board can find a further "
        "NZD 1.8 million to replace it.\n\nBest wishes,\n\nK. Moana\n"
    )
    ((_, _, because),) = extracted(tmp_path, text)[1.8]
    assert because.restated == "answered_below"


def test_a_separator_s_words_in_prose_do_not_fold_the_next_equal_sum(tmp_path):
    # "the original letter" in a sentence quotes nothing: the bridges' sum is its own commitment.
    text = (
        "Dear Minister,\n\nAustralia will give AUD 3 million for the clinics in Suva, as the original letter "
        "promised, and AUD 3 million for the bridges in Labasa.\n\nYours sincerely,\n\nR. Vance\n"
    )
    assert len(extracted(tmp_path, text)[3.0]) == 2


def test_a_reply_s_sum_the_quoted_message_states_twice_folds_neither(tmp_path):
    # Which of the two quoted sums the reply's means, it does not say: both stay commitments.
    text = (
        "Hi Ana,\n\nThe water board asks whether EUR 4 million for pumps could also cover the pipes.\n\n"
        "Kind regards,\nMele\n\n-----Original Message-----\nFrom: Ana\n\n"
        "The Agency has approved the following for Tonga:\n- EUR 4 million to repair schools;\n"
        "- EUR 4 million to the water board for pumps."
    )
    assert len(extracted(tmp_path, text)[4.0]) == 3  # the reply's and both quoted ones


def test_a_sum_held_back_then_told_again_is_one_commitment_at_its_later_stage(tmp_path):
    withheld = (
        "Dear Minister,\n\nIn 2020 the Agency granted EUR 9 000 000 to the irrigation scheme. Its final instalment, "
        "EUR 1 500 000, was withheld by the Agency until the inspection.\n\nThe inspectors reported in March, so the "
        "Ministry now requests that you pay out the withheld EUR 1 500 000 for the canals in Chad.\n"
    )
    received = (
        "Dear Minister,\n\nDonors committed USD 20 million to Chad for 2024. The balance of USD 4.2 million was "
        "suspended pending the review.\n\nThe Treasury stated that the balance of USD 4.2 million was received in "
        "May.\n"
    )
    ((places, status, because),) = extracted(tmp_path, withheld)[1.5]
    assert (places, status, because.restated) == (["TCD"], "planned", "held_back_then_told")
    ((_, status, because),) = extracted(tmp_path, received)[4.2]
    assert (status, because.restated) == ("disbursed", "held_back_then_told")
