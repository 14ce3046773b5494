"""Beneficiaries read from the conventions of diplomatic and aid letters: a High Commission writing for its state,
a gift "placed at the disposal of" a government, a sum "in addition to" another, the parts of "this sum", those who
receive, those who only act in a clause of their own, places money is taken from, a programme placed in a country.
Each text is our own."""

from __future__ import annotations

import pytest
from commitment_rows import commitments_of

HIGH_COMMISSION = """HIGH COMMISSION FOR NEW ZEALAND
IN SRI LANKA

Colombo, 4 May 1998

The Secretary,
Ministry of Finance,
COLOMBO 1.

Sir,

NEW ZEALAND ASSISTANCE TO SRI LANKA, 1998-99

I have the honour to inform you that the Government of New Zealand has approved its assistance to Sri Lanka
for the coming year.

The allocation to Sri Lanka for the year is NZD 900,000. Of this sum, my Government has agreed to the following
projects:

(a) Dairy training in Kandy ..........  NZD 500,000
(b) Fisheries equipment ..............  NZD 400,000

You will recall that of the earlier allocation of NZD 700,000, the sum of NZD 650,000 has been spent. I should
be grateful for your confirmation that the Treasury will open the account.

I have the honour to be, Sir, your obedient servant,

A. B. Smith
High Commissioner
"""


def test_a_high_commission_writes_for_its_state_and_the_parts_of_this_sum_go_where_the_whole_goes(tmp_path):
    found = commitments_of(tmp_path, HIGH_COMMISSION)
    # "Of this sum, ... the following projects": each item is a part of the allocation to Sri Lanka. The items' leader
    # dots make them a table's rows, so the caption above them (naming Sri Lanka) decides.
    assert found[400000][1] == ["LKA"] and found[400000][2] == "caption_country"
    # The author's state gives (no "should be grateful" makes it a receiver): the earlier allocation has the
    # letter's one place helped, named in its head.
    assert found[700000][1] == ["LKA"]


def test_a_gift_placed_at_the_disposal_of_a_government_is_for_its_state(tmp_path):
    text = (
        "Dear Prime Minister,\n\nThe Government of Japan has decided to place a sum of USD 3 million at the disposal"
        " of the Government of Bhutan for relief.\n\nYours sincerely,\n\nA. Tanaka\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[3e6][1] == ["BTN"] and found[3e6][2] == "cued_in_clause"


def test_a_sum_in_addition_to_another_goes_where_that_one_goes(tmp_path):
    text = (
        "Dear President,\n\nThe Government will propose a further EUR 40 million for Moldova's energy needs,"
        " in addition to the EUR 25 million already provided this year.\n\nYours sincerely,\n\nA. Berg\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[25e6][1] == ["MDA"] and found[25e6][2] == "further_or_part"


def test_countries_that_will_receive_a_sum_are_its_beneficiaries_not_the_venue_of_a_meeting(tmp_path):
    text = (
        "Dear Minister,\n\nThe committee will meet at Bangkok in June, and Nepal, Laos and Cambodia will again receive"
        " the larger part of our contribution, which Parliament has voted at EUR 12 million.\n\nYours sincerely,\n\n"
        "A. Berg\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[12e6][1] == ["NPL", "LAO", "KHM"]


def test_countries_acting_in_a_clause_of_their_own_after_a_sum_are_not_its_beneficiaries(tmp_path):
    text = (
        "Dear Prime Minister,\n\nThe Council has set up a Trust Fund for the training of Somali police officers."
        " Members have so far paid in EUR 2 million, and Austria, Ireland and Portugal have told me that more will"
        " follow in May.\n\nYours sincerely,\n\nA. Berg\n"
    )
    found = commitments_of(tmp_path, text)
    assert "AUT" not in found[2e6][1] and "IRL" not in found[2e6][1]


def test_places_money_is_taken_from_are_not_its_beneficiaries(tmp_path):
    text = (
        "MINUTE\n\nFrom: Minister for Development\nTo: Treasury\n\n1. I propose a total of GBP 12 million for flood"
        " relief. Of this, I would find GBP 8 million by re-phasing bilateral projects in Ghana and Malawi; the"
        " balance would be a claim on the Reserve.\n"
    )
    found = commitments_of(tmp_path, text)
    assert not {"GHA", "MWI"} & set(found[8e6][1])


def test_the_next_part_of_a_whole_after_of_which_goes_where_the_whole_goes(tmp_path):
    text = (
        "Dear Minister,\n\nSo far we have found GBP 6 million for Mozambique, of which GBP 4 million is our share of"
        " the joint appeal and GBP 2 million was paid last week to the Red Cross for shelter.\n\nYours sincerely,\n\n"
        "A. Berg\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[2e6][1] == ["MOZ"] and found[2e6][2] == "further_or_part"


def test_a_programme_the_letter_places_in_a_country_gives_its_sums_that_country(tmp_path):
    text = (
        "Dear Minister,\n\nI have the honour to inform you of the decisions of the Board at its annual session.\n\n"
        "The Board approved the second phase of the Rural Livelihoods Initiative in Laos for 2001-2003.\n\n"
        "The Administrator has approved an indicative amount of USD 8 million for the second phase from core"
        " resources.\n\nPlease accept the assurances of my highest consideration.\n\nA. Berg\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[8e6][1] == ["LAO"] and found[8e6][2] == "letter_beneficiary"


def test_an_official_who_is_to_request_asks_for_his_state_which_receives_what_was_provided(tmp_path):
    text = (
        "REPUBLIC OF KENYA\nMINISTRY OF AGRICULTURE\n\nNairobi, 3 March 1980\n\n"
        "Dear Mr. Brown,\n\nI am now formally to request, on behalf of the Government of Kenya, a further shipment"
        " of maize valued at about USD 20 million.\n\nOf the USD 30 million provided under the earlier agreement,"
        " nearly all has arrived.\n\nYours sincerely,\n\nA. Otieno\nPermanent Secretary\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[30e6][1] == ["KEN"] and found[30e6][2] == "received_by_author"


def test_a_sum_for_a_region_is_for_the_countries_a_run_in_title_names_in_it(tmp_path):
    text = (
        "MINUTE\n\nFrom: Minister for Development\nTo: Treasury\n\nSOMALIA AND KENYA: DROUGHT RELIEF\n\n1. I write to"
        " seek your agreement to further spending.\n\n2. I propose a total of GBP 9 million for drought relief in the"
        " Horn of Africa this year.\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[9e6][1] == ["SOM", "KEN"] and found[9e6][2] == "letter_places_in_region"


def test_a_further_sum_opening_its_sentence_goes_where_the_letter_s_sum_before_went(tmp_path):
    text = (
        "Dear Minister,\n\nWe have found GBP 3 million for Haiti this year.\n\nI announced on Monday a further"
        " GBP 2 million, for seeds and tools.\n\nYours sincerely,\n\nA. Berg\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[2e6][1] == ["HTI"] and found[2e6][2] == "further_than_sum_before"


def test_a_further_sum_for_cross_border_projects_does_not_take_the_countries_before(tmp_path):
    # More money, but for work across the region: not more of the sum before's countries.
    text = (
        "Dear Minister,\n\nOur support to Chad and Niger this year is EUR 6 million, chiefly for water.\n\nA further"
        " EUR 3 million is set aside for cross-border projects on grazing routes.\n\nKind regards,\n\nJ. Moreau\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[6e6][1] == ["TCD", "NER"] and found[3e6][1] == []


@pytest.mark.parametrize(
    "further",
    [
        "a further EUR 3 million will strengthen the regional water boards there",
        "a further EUR 3 million will support the Global Programme on Seeds there",
    ],
)
def test_a_further_sum_for_a_country_s_own_bodies_or_a_named_programme_takes_the_country_before(tmp_path, further):
    # "regional" qualifying a country's own offices, or "Global" inside a name, is no work beyond that country.
    text = (
        "Dear Minister,\n\nOur support to Chad this year is EUR 6 million, chiefly for water.\n\nOn top of this, "
        f"{further}.\n\nKind regards,\n\nJ. Moreau\n"
    )
    assert commitments_of(tmp_path, text)[3e6][1] == ["TCD"]


def test_sums_respectively_received_go_one_each_to_the_receivers_after_a_sum_given_elsewhere(tmp_path):
    text = (
        "Dear Minister,\n\nThe Fund has released USD 5 million for cholera response. Of the total, USD 2 million is"
        " being made available to Uganda, while Rwanda and Burundi will receive USD 1.6 million and USD 1.4 million"
        " respectively.\n\nYours sincerely,\n\nA. Berg\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[1.6e6][1] == ["RWA"] and found[1.4e6][1] == ["BDI"] and found[1.4e6][2] == "respectively"


OUR_PURPOSE = """OFFICE OF THE PRESIDENT OF THE REPUBLIC OF GHANA

Accra, 4 March 2011

Dear Senators,

Canada is a trusted partner. Its armed forces have trained our officers for years, and it has announced a further
CAD 4 million for the training of our customs staff next year.

Yours sincerely,
"""


def test_a_sum_another_gives_for_a_purpose_the_writer_calls_ours_is_for_the_writers_state(tmp_path):
    found = commitments_of(tmp_path, OUR_PURPOSE)
    assert found[4e6][1] == ["GHA"]
    # The writer's own side giving "for our partners" is no gift to itself.
    found = commitments_of(tmp_path, OUR_PURPOSE.replace("it has announced", "we have announced"))
    assert found[4e6][1] != ["GHA"]


def test_a_sum_the_writer_paid_under_our_agreement_is_not_for_the_writers_state(tmp_path):
    text = (
        "MINISTRY OF FOREIGN AFFAIRS OF DENMARK\n\nCopenhagen, 2 May 2022\n\nDear Director,\n\nThese grants come "
        "in addition to the DKK 90 million already disbursed to UNICEF earlier this year under our multi-year "
        "agreement.\n\nYours sincerely,\n"
    )
    assert "DNK" not in commitments_of(tmp_path, text)[90e6][1]


COUNTRY_OFFICE = """United Nations Children's Fund
Niger Country Office
Boulevard du Fleuve, Niamey

2 June 2025

H.E. Ms Ingrid Solberg
Ambassador of the Kingdom of Norway to Niger
Embassy of Norway
Niamey

Dear Ambassador,

I write to thank Norway for its grant of USD 2 million for our nutrition response.

So far, USD 1.2 million has been spent on therapeutic food for children under five.

Yours sincerely,
"""


def test_a_body_s_country_office_writing_to_a_donor_s_envoy_spends_for_its_country(tmp_path):
    # The office's country is the one helped; the envoy's state, written to, is the giver.
    found = commitments_of(tmp_path, COUNTRY_OFFICE)
    assert found[1.2e6][1] == ["NER"]
    assert "NOR" not in found[2e6][1]


NATIONAL_BODY_COUNTRY_OFFICE = """DANISH RELIEF COUNCIL
Mali Country Office
Rue 22, Bamako, Mali

3 March 2025

Ministry of Foreign Affairs
Humanitarian Section
Oslo, Norway

Dear Mr Berg,

We thank the Ministry for its grant of EUR 900,000 for school meals in the Mopti region.

So far, EUR 400,000 has been spent on meals for 12,000 pupils. The Danish Relief Council will add EUR 50,000 from its
own reserves.

Yours sincerely,
"""


def test_a_national_body_s_country_office_spends_for_the_office_s_country(tmp_path):
    # A body named after its home state writes from its office abroad: the office's state is helped, not the home's.
    found = commitments_of(tmp_path, NATIONAL_BODY_COUNTRY_OFFICE)
    assert found[400e3][1] == ["MLI"] and found[50e3][1] == ["MLI"]
    assert "DNK" not in found[900e3][1] and "NOR" not in found[900e3][1]


def test_a_quarter_of_a_country_keeps_the_country_helped(tmp_path):
    text = "Dear Minister,\n\nWe will provide USD 3 million for the drought response in the south of Kenya.\n"
    assert commitments_of(tmp_path, text)[3e6][1] == ["KEN"]
    text = "Dear Minister,\n\nWe will provide USD 3 million for the flood response in the Grand Nord of Chad.\n"
    assert commitments_of(tmp_path, text)[3e6][1] == ["TCD"]


def test_a_creditor_named_after_a_debt_and_to_is_not_helped(tmp_path):
    text = (
        "Dear Minister,\n\nOur government proposes to convert part of our debt to the Kingdom of Spain into a fund "
        "for reforestation. The first tranche of debt service, EUR 5 million, would be paid not to Spain but into "
        "the fund.\n"
    )
    assert "ESP" not in commitments_of(tmp_path, text)[5e6][1]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The memorandum, which we propose to sign in May, would cover debt service of USD 8 million falling due in 2027 and 2028.",
            ["GMB"],
        ),
        (
            "The memorandum, which we propose to sign in May, would cover arrears of USD 8 million accumulated since 2019.",
            ["GMB"],
        ),
        (
            "The memorandum, which we propose to sign in May, would set aside USD 8 million for the fund's secretariat.",
            [],
        ),
        ("Our payments into the fund would be made in annual instalments of about USD 8 million.", ["GMB"]),
    ],
)
def test_debt_a_debtor_writes_of_is_its_own(tmp_path, sentence, expected):
    # The author's state owes the state written to: the debt a swap or relief covers is the debtor's, even paid by it.
    text = (
        "Dear Minister,\n\nThe Gambia proposes to convert part of our bilateral debt to the Kingdom of Spain into "
        f"investment in coastal protection. {sentence}\n\nYours sincerely,\n\nMinister of Finance of The Gambia\n"
    )
    assert commitments_of(tmp_path, text)[8e6][1] == expected


def test_the_debtor_of_a_treatment_is_the_one_it_helps(tmp_path):
    text = (
        "Dear Minister,\n\nThe creditors have agreed to a treatment of the debt of Malawi. The treatment covers claims "
        "of the committee's members on Malawi amounting to USD 300 million. The committee agrees:\n\n"
        " - a moratorium on payments falling due in 2026, representing USD 40 million;\n"
        " - the cancellation of late interest of USD 3 million.\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[40e6][1] == ["MWI"] and found[3e6][1] == ["MWI"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We take note of the request of the Government of Nepal for a loan of USD 20 million.", ["NPL"]),
        ("At the request of Norway, we grant USD 20 million to the regional fund.", []),
    ],
)
def test_the_one_whose_request_names_a_sum_is_the_one_it_is_for(tmp_path, sentence, expected):
    found = commitments_of(tmp_path, f"Dear Minister,\n\n{sentence}\n")
    assert found[20e6][1] == expected


RECEIVED_SECTION = """MINISTRY OF FINANCE
Government of Samoa

3 March 2026

Dear Prime Minister,

1. Damage

The cyclone destroyed 300 houses.

2. Funds received

(a) The Asian Development Bank released USD 4 million under its contingent facility.

(b) The World Bank has approved a grant of USD 6 million.

Yours faithfully,
"""


def test_sums_under_a_heading_of_funds_received_are_for_the_author_s_state(tmp_path):
    found = commitments_of(tmp_path, RECEIVED_SECTION)
    assert found[4e6][1] == ["WSM"] and found[6e6][1] == ["WSM"]


def test_a_state_named_at_the_end_of_its_own_body_s_name_is_not_set_apart_by_its_of(tmp_path):
    text = (
        "Dear Minister,\n\nNorway will make available up to NOK 40 million for a fisheries facility, to be "
        "implemented with the Ministry of Fisheries of Ghana and the Ghanaian Coastal Fisheries Fund (GCFF).\n"
    )
    assert commitments_of(tmp_path, text)[40e6][1] == ["GHA"]


def test_the_borrower_of_loans_in_arrears_is_no_creditor(tmp_path):
    text = (
        "The Minister of Finance\nRepublic of Malawi\nLilongwe\n\nSubject: Arrears on loans to the Republic of Malawi\n\n"
        "Honourable Minister,\n\nThe Fund remains willing to consider a further loan of USD 2 million once payments "
        "resume.\n\nYours sincerely,\n"
    )
    assert commitments_of(tmp_path, text)[2e6][1] == ["MWI"]


HELPED_TOGETHER = """NORDIC WATER ALLIANCE
Storgata 12, Oslo

14 October 2025

To: The Head of the Department for Development Cooperation

Dear Head of Department,

Our members ask how the Department's grants to Malawi, Zimbabwe and Mozambique for village water schemes will be kept up after the budget review.

The Department's own figures show these disbursements under the water window:

    Period     Disbursed
    2023-24    NOK 48.0 million
    2024-25    NOK 31.5 million

A reply before the end of November would help our members plan.

With kind regards,

Kari Nordmann
Secretary General
"""


def test_the_countries_the_letters_purpose_helps_together_in_one_list_take_the_sums_that_name_no_place(tmp_path):
    # "grants to X, Y and Z" in the first paragraph: a table of what went out under the window, which names no
    # place, is for all three.
    found = commitments_of(tmp_path, HELPED_TOGETHER)
    assert found[48e6][1:] == (["MOZ", "MWI", "ZWE"], "letter_beneficiary")
    assert found[31.5e6][1] == ["MOZ", "MWI", "ZWE"]
    # Helped in two lists of their own, the countries are several places the letter helps: no sum takes them all.
    apart = HELPED_TOGETHER.replace(
        "grants to Malawi, Zimbabwe and Mozambique for village water schemes",
        "grants to Malawi for village water schemes and its loans to Zimbabwe and Mozambique for irrigation",
    )
    assert commitments_of(tmp_path, apart)[48e6][1] == []
    # A subject line that lists them sums up sums the text gives each, not one programme for all.
    titled = HELPED_TOGETHER.replace(
        "Our members ask how the Department's grants to Malawi, Zimbabwe and Mozambique for village water schemes will "
        "be kept up after the budget review.",
        "Re: Grants to Malawi, Zimbabwe and Mozambique\n\nOur members ask about the budget review.",
    )
    assert commitments_of(tmp_path, titled)[48e6][1] == []


def test_a_list_of_the_helped_counts_in_prose_under_a_heading_but_not_in_a_heading_of_its_own(tmp_path):
    # Another layout: a heading, then the prose that names the countries helped together, then an undated list.
    text = (
        "SCHOOL MEALS COALITION\n\nBRIEFING FOR THE STANDING COMMITTEE\n\n"
        "We urge the Government to keep its support to Laos, Cambodia and Myanmar for school meals.\n\n"
        "Sums given so far:\n\n    Round 1    AUD 6 million\n    Round 2    AUD 4 million\n\n"
        "Signed for the Coalition,\n\nJ. Citizen\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[6e6][1] == found[4e6][1] == ["KHM", "LAO", "MMR"]
    # The list in a heading with no stop is no paragraph of prose: it names the places the text goes on to treat.
    headed = text.replace("BRIEFING FOR THE STANDING COMMITTEE", "Support to Laos, Cambodia and Myanmar")
    headed = headed.replace("keep its support to Laos, Cambodia and Myanmar for school meals", "keep up school meals")
    assert commitments_of(tmp_path, headed)[6e6][1] == []


DISASTER_FUND = """TOKYO RELIEF NETWORK
Press release, 9 February 2026

Through the Vanuatu Cyclone Appeal Fund, member churches have so far raised JPY 300 million for shelters.

Contact: press office
"""


def test_a_fund_named_after_the_disaster_that_struck_a_country_serves_that_country(tmp_path):
    # "the Vanuatu Cyclone Appeal Fund": the fund answers the disaster in that country, as "the Yemen Humanitarian
    # Fund" does.
    found = commitments_of(tmp_path, DISASTER_FUND)
    assert found[300e6][1] == ["VUT"]


PLEDGING_SUMMARY = """MINISTERIAL MEETING ON THE RIVER BASIN DROUGHT

OUTCOME NOTE

Bangkok, 3 March 2031

1. Ministers met on 2 March 2031 to review the drought response with the affected countries (Cambodia, Laos and
Viet Nam), with some 25 partners in the room.

2. Partners offered USD 95 million in all for water and food security.
"""


def test_the_affected_countries_a_conference_names_first_take_the_pledges_that_name_no_place(tmp_path):
    found = commitments_of(tmp_path, PLEDGING_SUMMARY)
    assert found[95e6][1] == ["KHM", "LAO", "VNM"] and found[95e6][2] == "letter_beneficiary"


def test_relief_for_repayments_made_to_the_giver_s_state_is_for_the_debtor(tmp_path):
    # The state repaid is the creditor and the giver; the one making the repayments is the debtor the relief helps.
    text = (
        "HIGH COMMISSION OF CANADA\nAccra\n\n3 February 2030\n\nExcellency,\n\nCanada has agreed to a grant of "
        "CAD 9 million in debt relief this year, matching the sums repaid by Ghana to Canada under its older export "
        "credits.\n\nRespectfully,\n\nThe High Commissioner\n"
    )
    assert commitments_of(tmp_path, text)[9e6][1] == ["GHA"]


EMBASSY_TO_HOST = """Embassy of Finland in Mozambique
Avenida Julius Nyerere 1162, Maputo

Maputo, 20 June 2024

To the Minister of Energy

Subject: solar mini-grids

Excellency,

Finland is ready to grant EUR 60 million to the mini-grid scheme over three years. A first EUR 25 million can be
released once the procurement plan is agreed.

Please accept my best regards,
"""


def test_a_giving_state_s_embassy_writing_from_its_host_state_gives_to_that_state(tmp_path):
    # The sums name no place: the state the embassy sits in, the one it writes to, is the one helped.
    found = commitments_of(tmp_path, EMBASSY_TO_HOST)
    assert found[60e6][1] == ["MOZ"] and found[25e6][1] == ["MOZ"]
    # A receiving state's embassy writes to the state it sits in to ask: that state gives, it is not helped.
    text = EMBASSY_TO_HOST.replace("Embassy of Finland in Mozambique", "Embassy of Mozambique in Finland")
    text = text.replace("Maputo", "Helsinki").replace("Finland is ready to grant", "Mozambique hopes for")
    assert "FIN" not in commitments_of(tmp_path, text)[60e6][1]


def test_a_tranche_paid_to_a_fund_named_after_the_writer_s_state_is_not_paid_to_that_state(tmp_path):
    # A fund the writer's state owns and names receives the instalment: the letter is no state's that receives money,
    # so its sums that name no place stay without a beneficiary.
    text = (
        "Ministry for Foreign Affairs\n\nHelsinki, 14 August 2026\n\nDear Director,\n\nFinland must cut its aid in "
        "2027. We withdraw from the equity stake (EUR 35 million), and our closing instalment of EUR 7 million to "
        "the Finnish Fund for Local Cooperation moves to 2028, when it will be paid.\n\nSincerely,\n\nAino Virtanen\n"
    )
    assert commitments_of(tmp_path, text)[7e6][1] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Fund has committed USD 2.2 million to cover the crop insurance policies of Fiji, Nauru and Palau.",
    ],
)
def test_a_state_s_own_policies_before_of_keep_the_state_helped(tmp_path, sentence):
    # "the policies of X": the state's own, so the money is for X.
    text = f"Dear Ministers,\n\n{sentence}\n\nYours sincerely,\n"
    assert commitments_of(tmp_path, text)[2.2e6][1] == ["FJI", "NRU", "PLW"]


def test_a_state_s_needs_named_after_a_sum_for_another_state_do_not_make_it_helped(tmp_path):
    # "needs of X" after a sum already lent to another state: how the lending is judged, not a second place helped.
    text = "Dear Minister,\n\nThe Bank will match its USD 5 million loan to Peru to the needs of Chile.\n\nRegards,\n"
    assert commitments_of(tmp_path, text)[5e6][1] == ["PER"]


def test_an_embassy_whose_head_names_only_its_city_gives_to_the_state_whose_capital_that_is(tmp_path):
    # No state but the giver's is named above the text; the capital beside the embassy's name says where it sits.
    text = (
        "Embassy of Ireland, Lusaka\n\n4 June 2031\n\nDear Permanent Secretary,\n\nI am glad to confirm that "
        "Ireland will give EUR 3 million towards rural clinics in 2032.\n\nYours sincerely,\n\nA. Byrne\nAmbassador\n"
    )
    assert commitments_of(tmp_path, text)[3e6][1] == ["ZMB"]


EMBASSY_SUBJECT_ELSEWHERE = """Embassy of Denmark - Kampala, Uganda
Plot 3 Lugard Avenue

Kampala, 4 September 2031

The Minister for Disaster Preparedness
Kampala

Dear Minister,

Re: Danish support to the South Sudanese refugee response

Denmark will provide DKK 40 million over two years through the refugee agencies working in the settlements of the
West Nile region.

Yours sincerely,

Mette Holm
Ambassador
"""


def test_an_embassy_s_sums_go_to_its_host_state_whatever_people_its_subject_line_names(tmp_path):
    # The letterhead names the host state; the subject line names the refugees' own state by a demonym only: the
    # money is spent where the embassy sits.
    assert commitments_of(tmp_path, EMBASSY_SUBJECT_ELSEWHERE)[40e6][1] == ["UGA"]
