"""Beneficiaries and status read from a letter's layout: its subject line, item headings, tables, the order of
sums ("respectively") and sums stated twice. Each example is a pattern seen in several letters by new authors."""

from __future__ import annotations

import pytest

from extractor.records.extract import extract_path


def commitments_of(tmp_path, text: str) -> dict[float, tuple]:
    """Each commitment of a letter by its first sum's value: (currency, beneficiaries, status, because)."""
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    return {
        c.amounts[0].value: (c.amounts[0].currency, c.beneficiaries, c.status, c.because)
        for c in extract_path(path).commitments
    }


SUBJECT_LETTER = """Fund for Development
P.O. Box 814, Abu Dhabi, United Arab Emirates

Abu Dhabi, 9 September 2019

Subject: Financing under the grant for the Hashemite Kingdom of Jordan

Your Excellency,

I have the honour to inform you of the decisions taken by the Board of Directors at its last session.

The Board approved EUR 40 million for the construction of 24 public schools.

The Fund is prepared to recommend a loan of up to EUR 6 million for the solar power plant at Ma'an.

Please accept the assurances of my highest consideration.
"""


def test_the_country_a_subject_line_names_takes_the_sums_that_name_no_place(tmp_path):
    found = commitments_of(tmp_path, SUBJECT_LETTER)
    assert found[40e6][1:2] == (["JOR"],) and found[40e6][3].beneficiaries == "letter_beneficiary"
    assert found[6e6][1] == ["JOR"]


PARTNER_TITLE_LETTER = """Development Bank of Norway
Storgata 1, Oslo, Norway

Oslo, 4 March 2024

Development Cooperation with Ghana – Rural Roads Programme

Dear Minister,

We are pleased to confirm that the Bank approved a loan of EUR 25 million for feeder roads last week.

Yours sincerely,
"""


def test_the_partner_a_title_names_after_a_word_of_aid_and_with_takes_the_sums_that_name_no_place(tmp_path):
    found = commitments_of(tmp_path, PARTNER_TITLE_LETTER)
    assert found[25e6][1] == ["GHA"] and found[25e6][3].beneficiaries == "letter_beneficiary"


TITLE_RELEASE = """PRESS RELEASE

Ankara, 21 May 2018

Agency to expand health projects in Somalia and the Horn of Africa

The Agency announced today a new package of development projects, following a visit last week.

Under the package, the Agency will provide EUR 145 million over the next three years for new hospitals.

The Agency also approved a grant of EUR 4 million for a livestock programme in Ethiopia and Kenya.
"""

SEVERAL_RELEASE = """PRESS RELEASE

Beijing, 8 December 2022

The Bank has approved four loans. The financings will support clean energy, water and roads in Mali, Chad and Niger.

In 2022, the Bank disbursed EUR 3.1 billion across its portfolio.
"""


def test_a_title_that_cues_one_country_as_helped_gives_it_a_region_around_it_aside(tmp_path):
    found = commitments_of(tmp_path, TITLE_RELEASE)
    assert found[145e6][1] == ["SOM"]
    assert found[4e6][1] == ["ETH", "KEN"]  # a sum that names its own places keeps them


def test_a_lead_naming_several_countries_gives_none_of_them_to_a_sum_that_names_no_place(tmp_path):
    found = commitments_of(tmp_path, SEVERAL_RELEASE)
    assert found[3.1e9][1] == []


def test_sums_listed_before_respectively_go_one_each_to_the_countries_in_order(tmp_path):
    text = (
        "Dear Minister,\n\nWe are also coordinating with the Governments of El Salvador and Guatemala, which have "
        "received USD 30 million and USD 12 million respectively under the same initiative.\n\nYours sincerely,\n"
    )
    found = commitments_of(tmp_path, text)
    assert (found[30e6][1], found[12e6][1]) == (["SLV"], ["GTM"])
    assert found[12e6][3].beneficiaries == "respectively"


@pytest.mark.parametrize(
    "tail, expected",
    [
        ("go to the clinics in Kenya and Uganda respectively", (["KEN"], ["UGA"])),
        # Places the money comes from, listed after the sums, are not whom it helps.
        ("come from Kenya and Uganda respectively", ([], [])),
    ],
)
def test_sums_listed_before_the_countries_they_go_to_respectively_go_one_each_in_order(tmp_path, tail, expected):
    text = (
        "Dear Minister,\n\nThe Fund approved a programme of USD 9 million, of which USD 5 million and USD 4 million "
        f"{tail}.\n\nYours sincerely,\n"
    )
    found = commitments_of(tmp_path, text)
    assert (found[5e6][1], found[4e6][1]) == expected


@pytest.mark.parametrize(
    "before, expected",
    [
        ("for clinics in Kenya and Uganda", (["KEN"], ["UGA"])),
        # Countries the sentence before names as givers are not whom the sums go to.
        ("from Kenya and Uganda", ([], [])),
    ],
)
def test_sums_shared_out_respectively_over_the_countries_the_sentence_before_lists(tmp_path, before, expected):
    text = (
        f"Dear Minister,\n\nThe Fund approved USD 9 million {before}. Of this sum, USD 5 million and USD 4 million "
        "go respectively to each of the two countries.\n\nYours sincerely,\n"
    )
    found = commitments_of(tmp_path, text)
    assert (found[5e6][1], found[4e6][1]) == expected


def test_countries_that_paid_the_sums_listed_before_respectively_are_not_their_beneficiaries(tmp_path):
    text = (
        "Dear Minister,\n\nI thank Saudi Arabia and the United Arab Emirates, which have paid USD 100 million and "
        "USD 50 million respectively towards the response plan for Yemen.\n\nYours sincerely,\n"
    )
    found = commitments_of(tmp_path, text)
    assert "SAU" not in found[100e6][1] and "ARE" not in found[50e6][1]


def test_the_remainder_of_a_sum_goes_where_the_sum_goes(tmp_path):
    text = (
        "Dear Minister,\n\nThe Government decided in 2019 to allocate USD 30 million to Honduras for these "
        "programmes.\n\nTo date, the Agency has transferred USD 8.6 million to the trust fund.\n\n"
        "Next steps\n\nThe remaining USD 15 million will be delivered in two tranches before the end of the year.\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[15e6][1] == ["HND"] and found[15e6][3].beneficiaries == "remainder"


@pytest.mark.parametrize("opening", ["The first, of", "The third part, of", "The last of"])
def test_a_sentence_opening_on_an_ordinal_part_of_a_sum_goes_where_the_sum_goes(tmp_path, opening):
    text = (
        "Dear Minister,\n\nIn May our agency agreed a USD 40 million grant for Ghana. Payment comes in three"
        f" parts. {opening} USD 16 million, was transferred in June.\n\nYours sincerely,\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[16e6][1] == ["GHA"] and found[16e6][3].beneficiaries == "ordinal_part"


APPROVALS = """NEWS RELEASE

Manila, 8 December 2022

The Board of Directors of the Bank has approved three loans totaling USD 1.2 billion at its meeting on 6 December 2022.

Approved projects

1. Bangladesh - USD 400 million, of which:
   - USD 250 million for the Dhaka Sanitation Project, co-financed with the World Bank; and
   - USD 150 million for the Host Community Infrastructure Project, which will upgrade roads and drainage.
2. Indonesia - USD 500 million for the Energy Transition Program, a policy-based loan co-financed with KfW.
3. Philippines - USD 300 million for the Metro Manila Flood Management Project.
"""


def test_a_country_heading_closed_by_a_dash_gives_the_item_its_country(tmp_path):
    found = commitments_of(tmp_path, APPROVALS)
    assert found[500e6][1] == ["IDN"] and found[500e6][3].beneficiaries == "item_heading"


def test_a_participle_after_an_appositive_noun_describes_the_noun_not_the_money(tmp_path):
    found = commitments_of(tmp_path, APPROVALS)
    # "a policy-based loan co-financed with KfW": a decision the list reports, not money paid out
    assert (found[500e6][2], found[500e6][3].status) == ("adopted", "participle_attribute")


def test_an_item_s_relative_clause_leaves_the_money_at_the_list_s_stage(tmp_path):
    found = commitments_of(tmp_path, APPROVALS)
    assert found[150e6][2] == "adopted"  # "..., which will upgrade roads": what the project does


WFP_SHEET = """WORLD FOOD PROGRAMME
Sudan Crisis Response - Fact Sheet
Rome, 18 July 2024

Funding situation

WFP requires USD 1.4 billion to sustain assistance in Sudan and in Chad over the next six months. Of this amount, USD 1.05 billion is needed inside Sudan and USD 350 million for the refugee operations in Chad.

Contributions confirmed in 2024

  Donor                        Amount (USD)    Destination
  United States                 240,000,000    Sudan
  Germany                        45,500,000    Sudan
  Saudi Arabia                   10,000,000    Chad

Contact: wfp.sudan@wfp.org
"""


def test_a_donor_column_names_the_spender_and_a_confirmed_caption_the_stage(tmp_path):
    found = commitments_of(tmp_path, WFP_SHEET)
    assert found[240e6][1:3] == (["SDN"], "adopted")
    assert found[45.5e6][1:3] == (["SDN"], "adopted")


def test_a_part_after_an_opening_that_splits_the_sum_before_is_a_commitment(tmp_path):
    found = commitments_of(tmp_path, WFP_SHEET)
    assert found[1.05e9][1] == ["SDN"]


def test_a_sum_restated_in_words_lets_its_restatement_in_another_currency_fold_in(tmp_path):
    text = (
        "Dear Minister,\n\nThe Board approved the allocation of AED 918 million (nine hundred and eighteen million UAE "
        "dirhams, approximately USD 250 million) from the grant for Jordan.\n\nYours sincerely,\n"
    )
    found = commitments_of(tmp_path, text)
    assert 250e6 not in found and found[918e6][1] == ["JOR"]


RESTATED = """Dear Minister,

The Council of Ministers approved on 10 March a total envelope of EUR 96 million, of which EUR 41 million for Mali, EUR 30 million for Niger and EUR 25 million for Chad.

What the package covers

- Mali (EUR 41 million):
  - EUR 18 million for primary health care;
  - EUR 15 million for water management;
  - the remaining EUR 8 million for vocational training.
- Niger (EUR 30 million): support to water and sanitation services.

Yours sincerely,
"""


def test_a_share_labelled_again_in_brackets_is_one_commitment_and_its_parts_take_its_stage(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(RESTATED, encoding="utf-8")
    sums = [c.amounts[0].value for c in extract_path(path).commitments]
    assert sums.count(41e6) == 1
    found = commitments_of(tmp_path, RESTATED)
    assert [found[v][2] for v in (18e6, 15e6, 8e6)] == ["adopted"] * 3


def test_a_section_heading_s_country_outranks_a_place_the_clause_sets_apart(tmp_path):
    text = (
        "HOUSE OF COMMONS\nCANADA\n\nOttawa, 19 February 2025\n\nDear Minister,\n\nThe Committee reports on three "
        "crises.\n\n3. Haiti\n\nWitnesses stressed the deterioration of security. The Committee notes that Canada has "
        "committed $80.5 million to support the Security Support Mission led by Kenya.\n\nYours sincerely,\n\n"
        "Jane Doe\nChair\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[80.5e6][1] == ["HTI"] and found[80.5e6][3].beneficiaries == "section_heading"


def test_a_table_restating_a_sum_gives_it_the_country_its_rows_name(tmp_path):
    text = (
        "Dear Minister,\n\nI write about the programmes.\n\nResources committed to Honduras\n\n"
        "As you know, the Government of Mexico decided in December 2019 to allocate USD 30 million to each of "
        "the three countries of northern Central America. For Honduras, this allocation is distributed as follows:\n\n"
        "  Programme                                   Amount (USD)\n"
        "  Sembrando Vida (agroforestry)               20,000,000\n"
        "  Jovenes Construyendo el Futuro (training)   10,000,000\n"
        "  Total                                       30,000,000\n\nYours sincerely,\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[30e6][1] == ["HND"]


PARTNER_OFFER = """Ministry of Finance
Republic of Kenya

3 March 2025

Dear Minister,

We have studied the financing the partners put forward for the geothermal programme, as set out below.

  Offer of the partners for the geothermal programme (USD million)

  Partner                  Grants     Loans      Total
  Japan                        12       140        152
  Norway                        8         -          8

We ask that the grant share be raised.

Yours sincerely,
"""

PARTNER_BUDGET = """Ministry of Foreign Affairs
Kingdom of Norway

3 March 2025

Dear Minister,

Our budget for the coming year sets out the following allocations.

  Estimated aid to our partners in East Africa (USD million)

  Partner                  Grants     Loans      Total
  Kenya                        12       140        152
  Uganda                        8         -          8

Yours sincerely,
"""


def test_a_partner_column_under_an_offer_caption_names_givers_not_places_helped(tmp_path):
    found = commitments_of(tmp_path, PARTNER_OFFER)
    # "Partner" under "Offer of the partners": the rows name who offers, none of them the one the money is for; the
    # dash of an empty cell ("Norway | 8 | - | 8") is no run-in heading either.
    assert "JPN" not in found[152e6][1] and "NOR" not in found[8e6][1]
    assert "JPN" not in found[12e6][1]


def test_a_state_s_table_of_what_its_partners_offer_is_for_the_state_itself(tmp_path):
    # A finance ministry setting out its partners' offer: what they offer is for the ministry's own state.
    found = commitments_of(tmp_path, PARTNER_OFFER)
    assert found[152e6][1] == ["KEN"] and found[8e6][1] == ["KEN"] and found[140e6][1] == ["KEN"]


def test_a_partner_column_under_a_donor_s_caption_names_the_places_helped(tmp_path):
    found = commitments_of(tmp_path, PARTNER_BUDGET)
    assert found[152e6][1] == ["KEN"] and found[140e6][1] == ["KEN"]


def test_a_subject_line_in_capitals_run_into_the_first_sentence_names_no_place_of_that_sentence(tmp_path):
    text = (
        "Dear Colleague,\n\nRE: FLOOD RESPONSE - UPDATE No. 2 As you know, the floods struck the north of Peru. "
        "I write to report on the response.\n\nDonors have announced EUR 300,000 so far.\n"
    )
    assert "PER" not in commitments_of(tmp_path, text)[3e5][1]


def test_a_state_owning_the_body_that_gives_is_no_place_of_the_sum(tmp_path):
    text = "Dear Colleague,\n\nPartners have announced support: Japan's Ministry of Foreign Affairs USD 400,000.\n"
    assert commitments_of(tmp_path, text)[4e5][1] == []


def test_a_state_owning_a_body_a_preposition_takes_stays_a_place(tmp_path):
    text = "Dear Colleague,\n\nWe will provide USD 700,000 for a partnership with Peru's Ministry of Environment.\n"
    assert commitments_of(tmp_path, text)[7e5][1] == ["PER"]


JOINT_RECORD = """MINUTES OF THE COUNCIL OF MINISTERS
Northern Rail Link Project

1. The Council of Ministers of the Northern Rail Link met in Kampala on 2 May 2026. The Ministers of Transport of
Kenya, Uganda and Rwanda attended, with the World Bank and the Secretariat of the Rail Link.

2. The feasibility studies are financed by a grant of USD 6 million from the World Bank, approved in 2025.

3. The next meeting will be held in Kigali.

Done at Kampala on 2 May 2026.

For the Republic of Kenya                  For the Republic of Uganda
[signed]                                   [signed]
Jane Doe                                   John Roe
Minister of Transport                      Minister of Works and Transport

For the Republic of Rwanda
[signed]
Ann Poe
Minister of Infrastructure
"""


def test_a_grant_naming_no_place_in_a_record_signed_for_several_states_is_for_those_states(tmp_path):
    found = commitments_of(tmp_path, JOINT_RECORD)
    assert sorted(found[6e6][1]) == ["KEN", "RWA", "UGA"]
    assert found[6e6][3].beneficiaries == "signed_for_states"


def test_a_record_signed_for_two_states_gives_them_no_grant_naming_no_place(tmp_path):
    """Two signatories: an exchange of notes, where one state may be the giver of the other."""
    text = JOINT_RECORD.replace("For the Republic of Rwanda", "Witnessed by")
    assert commitments_of(tmp_path, text)[6e6][1] == []


def test_an_item_headed_by_a_country_and_its_region_keeps_the_country_beside_the_places_it_includes(tmp_path):
    text = (
        "Dear Chair,\n\nI can confirm that the Department has allocated:\n\n"
        "- Venezuela and neighbouring countries: USD 30 million, including support to migrants in Colombia and Peru;\n"
        "- Haiti: USD 12 million.\n\nYours sincerely,\n\nJo Park\n"
    )
    found = commitments_of(tmp_path, text)
    assert sorted(found[30e6][1]) == ["COL", "PER", "VEN"]


def test_a_sum_joined_by_leader_dots_to_a_country_s_name_is_that_country_s_share(tmp_path):
    # Rows of "Country ...... sum" run into one sentence: each sum is its own label's, not the next row's country.
    text = (
        "Madrid, 12 October 2029\n\nDear Coordinator,\n\nOur contribution to the Andean programme is split as "
        "follows:\n\n"
        "   Bolivia ................. EUR 640,000\n"
        "   Ecuador and Peru ........ EUR 1,150,000\n"
        "   Colombia ................ EUR 480,000\n"
        "   Kept back by Spain ...... EUR 210,000\n\n"
        "With kind regards,\n\nL. Ortega\n"
    )
    found = commitments_of(tmp_path, text)
    assert (found[64e4][1], found[64e4][3].beneficiaries) == (["BOL"], "leader_row_country")
    assert sorted(found[115e4][1]) == ["ECU", "PER"]
    assert found[48e4][1] == ["COL"]
    # A label with words of its own names no share: not the next row's country, nor the author's own.
    assert found[21e4][1] == []


def test_rows_a_lead_in_names_as_givers_are_no_shares_of_theirs(tmp_path):
    text = (
        "Geneva, 2 May 2025\n\nDear Members,\n\nThe Fund received the following contributions in 2024:\n\n"
        "   Norway ................. USD 2,000,000\n"
        "   Sweden ................. USD 1,500,000\n\n"
        "Yours sincerely,\n\nA. Writer\n"
    )
    # The first row's sum still takes both givers from its clause (named_in_clause), a fault older than this rule.
    assert commitments_of(tmp_path, text)[15e5][1] == []


POOLED_FUND = """Ministry of Finance
Republic of Kenya

3 March 2025

Dear Colleagues,

The report on the water programme follows.

  Contributions to the Lake Basin Fund (USD million)

  Donor                  Pledged     Paid
  Japan                       12        9
  Norway                       8        8

Yours sincerely,
"""


def test_givers_paying_into_a_fund_the_caption_names_pay_for_no_state(tmp_path):
    # The same givers' table under a caption naming a fund they pay into: the author's state is not what they give to.
    found = commitments_of(tmp_path, POOLED_FUND)
    # No rule gives them a state (givers_row_to_author would give the author's).
    assert [(found[v][1], found[v][3].beneficiaries) for v in (12e6, 8e6)] == [([], None), ([], None)]


PROJECT_TITLE_LETTER = """LATVIAN FOREIGN MINISTRY
Development Cooperation Department

No. 4-7/112, 12 March 2021

Ms. Anna Berg
Country Director
United Nations Development Programme

On the joint project «Improving flood forecasting in the Republic of Moldova and Georgia»

Dear Ms. Berg,

Our ministry has paid its share for the project's first year: USD 500,000 reached the programme's account on 3 March 2021.

Sincerely,

Mari Tamm
"""


def test_a_project_a_title_line_names_as_carried_out_in_two_countries_is_for_both(tmp_path):
    found = commitments_of(tmp_path, PROJECT_TITLE_LETTER)
    assert found[500e3][1] == ["GEO", "MDA"] and found[500e3][3].beneficiaries == "letter_beneficiary"


HEADLINE_RELEASE = """NORDIC DEVELOPMENT FUND
P.O. Box 185, Helsinki, Finland

PRESS RELEASE

Helsinki, 4 May 2012

NORDIC FUND EXTENDS EUR 8 MILLION LOAN TO ZAMBIA FOR RURAL ELECTRIFICATION

The Fund's Board met on 3 May 2012 to review its lending for the year.

The Project

The project will connect some 40 villages to the grid by 2015.

Altogether the scheme should need EUR 14 million, of which the World Bank gives EUR 4 million.
"""


def test_a_headline_with_its_own_sum_names_the_one_country_a_release_helps(tmp_path):
    found = commitments_of(tmp_path, HEADLINE_RELEASE)
    assert found[4e6][1] == ["ZMB"] and found[4e6][3].beneficiaries == "letter_beneficiary"


ALLOCATED_TO_SUBJECT = """EUROPEAN INVESTMENT BANK
Luxembourg

Luxembourg, 3 April 2024

Subject: Cohesion support to Croatia

Dear Minister,

Here is where our co-financing stands.

For the years 2021 to 2027, Croatia was allocated EUR 8,000 million in cohesion money.

Yours sincerely,

A. Schmidt
"""


def test_the_subject_of_a_passive_verb_of_giving_is_no_spender_to_leave_out(tmp_path):
    found = commitments_of(tmp_path, ALLOCATED_TO_SUBJECT)
    assert found[8e9][1] == ["HRV"]


SHARED_AS_FOLLOWS = """Board of the Lakes Basin Trust
Record of decisions, 18 November 2029

The Trust will lend NZD 9 million for irrigation next year, which goes to three parts:

  * one third in Zambia, for the canal repairs;
  * one third in Malawi;
  * the balance for the Trust's own staff.

The loan terms follow in a separate note.
"""


def test_a_sum_split_in_the_shares_of_a_list_it_leads_in_is_for_the_places_they_name(tmp_path):
    # The list after the colon holds the sum's shares and no sum of its own: the places cued there are the sum's.
    assert commitments_of(tmp_path, SHARED_AS_FOLLOWS)[9e6][1] == ["ZMB", "MWI"]


SOURCES_TABLE = """Office of the Vice-President
Republic of Malawi

Lilongwe, 2 October 2025

Dear Partners,

Below is where the money for the flood recovery came from, in kwacha unless stated.

Sources                   Pledge         Paid in (MWK m)
Ireland (Irish Aid)       EUR 1.5m       2,700
Korea (KOICA)             KRW 800m       1,050

With thanks,
"""


def test_a_column_headed_source_names_the_givers_not_the_places_helped(tmp_path):
    # "Source" heads the column of where each row's money came from: its states give to the author's state.
    found = commitments_of(tmp_path, SOURCES_TABLE)
    assert found[1.5e6][1] == ["MWI"] and found[800e6][1] == ["MWI"]


ANNEXED_ROWS = """Agreed Minutes of the Annual Consultations

Lilongwe, 6 June 2031

The Norwegian side confirmed that Norway will provide NOK 60 million to Malawi in 2031. The breakdown is annexed.

ANNEX

   Sector                                  NOK million
   Maternal health clinics, Dedza                 35.0
   Irrigation schemes, Shire valley               25.0
   Total                                          60.0
"""


def test_the_verbless_rows_of_a_total_the_text_gives_one_country_are_for_that_country(tmp_path):
    found = commitments_of(tmp_path, ANNEXED_ROWS)
    assert found[60e6][1] == ["MWI"]
    for part in (35e6, 25e6):
        assert found[part][1] == ["MWI"]
        assert found[part][3].beneficiaries == "row_of_total_stated_in_text"
    # A total for two countries: each row may be for one of them, so none is given both.
    two = commitments_of(tmp_path, ANNEXED_ROWS.replace("to Malawi", "to Malawi and Zambia"))
    assert two[35e6][1] == [] and two[25e6][1] == []


def test_the_writers_own_clause_before_a_colon_is_no_heading_over_the_sums_after_it(tmp_path):
    text = (
        "Helsinki, 5 May 2030\n\nDear Commissioner,\n\nWe thank the Union for the emergency help already mobilised:\n"
        "EUR 12 million was paid to Estonia from the Rapid Support envelope, and a further\nEUR 8 million has been "
        "earmarked for shelter conditions in Sweden and\nFinland. The teams of experts were of great value.\n\n"
        "Yours sincerely,\n\nAino Virtanen\nPrime Minister of Finland\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[12e6][1] == ["EST"]
    assert "SWE" in found[8e6][1] and "EST" not in found[8e6][1]  # the first sum's place is not the second's
    assert found[8e6][3].beneficiaries != "named_below_heading"
