"""Beneficiaries read from forms other than the plain letter (a memorandum, a cable, a record of negotiations, an
e-mail, a sub-national government's request), as who gives, who receives and who writes. Each text is our own."""

from __future__ import annotations

import pytest
from commitment_rows import commitments_of

MEMORANDUM = """Global Affairs                Affaires mondiales
Australia                     Australie

MEMORANDUM FOR:  The Minister for Foreign Affairs

FROM:            Jane Citizen, First Assistant Secretary

SUBJECT:         FIJI CYCLONE - FURTHER HUMANITARIAN FUNDING

DATE:            March 3, 2016

1. We recommend that you approve AUD 4 million in further humanitarian assistance.

2. We also recommend AUD 2 million to Australian NGOs for emergency shelter.

3. We recommend a reserve of AUD 6 million to match Australians' donations.
"""


def test_a_memorandum_s_subject_line_names_the_place_helped_and_its_addressee_is_not_its_author(tmp_path):
    found = commitments_of(tmp_path, MEMORANDUM)
    assert found[4e6][1] == ["FJI"] and found[4e6][2] == "letter_beneficiary"
    # The giver's own NGOs and people are the channel and the match, not a place helped.
    assert found[2e6][1] == ["FJI"]
    assert found[6e6][1] == ["FJI"]


PROVINCE_REQUEST = """PROVINCE OF ONTARIO
MINISTRY OF FINANCE
Frost Building, Toronto

Toronto, 4 May 2020

To Ms Jane Doe
Director, Development Bank

Subject: Request for financing - Flood Recovery Programme

Dear Ms Doe,

1. I write on behalf of the Province to request that the Bank consider a loan for flood recovery.

2. The programme would have two components: Component 1 - roads and bridges: USD 70 million; Component 2 - flood
warning: USD 30 million.

Yours sincerely,

John Smith
Deputy Minister
"""


def test_a_province_asking_a_bank_for_money_asks_it_for_its_country(tmp_path):
    found = commitments_of(tmp_path, PROVINCE_REQUEST)
    assert found[70e6][1] == ["CAN"] and found[70e6][2] == "received_by_author"
    assert found[30e6][1] == ["CAN"]


RECEIVED_DONATIONS = """REGIONAL GOVERNMENT OF THE NORTH
Republic of Chile

Concepcion, 3 March 2012

Dear Undersecretary,

The Regional Government also received the following donations for specific works:

a) Government of Korea, Small Grants Programme: USD 400,000, for the repair of a school;
b) Government of Italy: EUR 250,000, for temporary classrooms in the coastal communes.

Yours faithfully,

Ana Perez
Intendant
"""


def test_sums_a_list_says_the_author_s_side_received_are_for_its_state_not_for_their_givers(tmp_path):
    found = commitments_of(tmp_path, RECEIVED_DONATIONS)
    assert found[400e3][1] == ["CHL"] and found[400e3][2] == "received_in_list"
    assert found[250e3][1] == ["CHL"]


NEGOTIATION_RECORD = """AGREED MINUTES

of the Consultations on Development Cooperation between
the Government of the Kingdom of Norway and the
Government of the United Republic of Tanzania

held in Dodoma on 5 and 6 May 2015


1. Opening

The delegations welcomed the partnership. Both sides confirmed the priority areas of Norwegian development
cooperation with Tanzania: energy, and good governance.

2. Portfolio

2.1 The Norwegian delegation noted that, of the NOK 80 million committed to the energy programme since 2010, NOK 60
million has been disbursed.

2.2 The Tanzanian delegation requested additional support of NOK 15 million for vocational training in 2016.
"""


def test_a_record_between_two_governments_has_no_author_and_its_sums_go_to_the_partner_it_names(tmp_path):
    found = commitments_of(tmp_path, NEGOTIATION_RECORD)
    assert found[80e6][1] == ["TZA"] and found[60e6][1] == ["TZA"]
    # Who requests support, with no other place cued as helped, is the one it is for.
    assert found[15e6][1] == ["TZA"]


CABLE = """UNCLASSIFIED

FM AMEMBASSY LILONGWE
TO SECSTATE WASHDC

SUBJECT: MALAWI: DONORS PLEDGE FOR FLOOD RECOVERY

1. (SBU) SUMMARY: DONORS PLEDGED USD 90 MILLION AGAINST THE GOVERNMENT'S REQUEST OF USD 80 MILLION. END SUMMARY.

2. (U) LARGEST PLEDGES, USD MILLION:

   WORLD BANK (IDA)              25.0
   JAPAN                         20.0 (JPY 2,200 MILLION)
   NORWAY                        15.0
   SWEDEN                        10.0
   OTHERS (12 DONORS)            20.0
                                -----
   TOTAL                         90.0

3. (SBU) THE USG PLEDGE OF USD 12.0 MILLION IS DRAWN FROM A SUPPLEMENTAL REQUEST OF USD 100 MILLION FOR FLOOD
RECOVERY IN MALAWI, ZAMBIA AND ZIMBABWE. IT IS IN ADDITION TO THE USD 9.5 MILLION IN EMERGENCY ASSISTANCE PROVIDED
SINCE JANUARY.
"""


def test_a_cable_s_subject_titles_its_sums_and_its_pledge_table_names_givers(tmp_path):
    found = commitments_of(tmp_path, CABLE)
    assert found[80e6][1] == ["MWI"]
    # The givers in the pledge table's rows (Japan, Norway) are not the place helped.
    assert found[20e6][1] == ["MWI"] and found[15e6][1] == ["MWI"]
    assert found[12e6][1] == ["MWI"]
    # The sentence before is about its first sum: the places of its later sum are not the paragraph's.
    assert found[9.5e6][1] == ["MWI"]


NON_PAPER = """Non-paper from Sweden on external migration funding

Partnerships should follow the model of the EU-Jordan Compact, the EUR 300 million agreed with Senegal in May 2024
and the EU-Morocco Partnership (EUR 2.5 billion, agreed the same month).
"""


def test_a_sum_agreed_with_a_country_or_in_brackets_after_a_partnership_naming_one_is_that_country_s(tmp_path):
    found = commitments_of(tmp_path, NON_PAPER)
    assert found[300e6][1] == ["SEN"] and found[300e6][2] == "agreed_with"
    assert found[2.5e9][1] == ["MAR"] and found[2.5e9][2] == "country_before_bracket"


EMAIL = """From: Anna Tavita <atavita@mof.gov.ws>
Sent: Monday, 5 March 2018 10:02 a.m.
To: John Brown <john.brown@example.org>
Subject: RE: cyclone support

Hi John,

1. Budget support. We confirm that the EUR 2,000,000 was received into the Government's account on Friday.

Kind regards,
Anna
"""


def test_an_e_mail_from_a_government_s_domain_is_written_for_its_state(tmp_path):
    found = commitments_of(tmp_path, EMAIL)
    assert found[2e6][1] == ["WSM"]


BORDER_LETTER = """REPUBLIC OF GREECE
MINISTRY OF CITIZEN PROTECTION

Athens, 6 May 2016

SUBJECT: Situation at the Greek-Turkish border and request for additional financing

Dear Director,

I would like to inform you of the situation at the land border with the Republic of Turkey.

The costs for April, amounting to EUR 1.5 million, have already been paid from the budget of the police.

Yours sincerely,
"""


def test_a_country_named_as_one_side_of_a_border_is_not_the_letter_s_beneficiary(tmp_path):
    found = commitments_of(tmp_path, BORDER_LETTER)
    assert "TUR" not in found[1.5e6][1]


def test_a_clause_on_the_rest_of_the_money_names_the_rests_place_not_the_sums(tmp_path):
    text = (
        "MINISTRY OF FINANCE OF THE REPUBLIC OF KENYA\n\nNairobi, 2 May 1972\n\nDear Sir,\n\nWe would accept the "
        "usual terms: 80 per cent of the proceeds, some KES 40 million, to be lent or granted back for rural roads, "
        "and the remainder for U.K. uses.\n\nYours faithfully,\n"
    )
    assert "GBR" not in commitments_of(tmp_path, text)[40e6][1]


@pytest.mark.parametrize("rest", ["the remainder", "the balance"])
def test_the_rest_of_a_total_after_and_names_the_rest_s_places_not_the_last_part_s(tmp_path, rest):
    text = (
        "Dear Chair,\n\nWe propose to reprogram EUR 50 million, of which EUR 30 million for Malawi, EUR 12 million for"
        f" Zambia and {rest} shared between Angola and Namibia.\n\nYours sincerely,\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[12e6][1] == ["ZMB"]  # the rest's places are not the last part's
    assert found[50e6][1] == ["MWI", "ZMB", "AGO", "NAM"]  # the total takes its parts' places and the rest's


def test_the_rest_of_a_named_allocation_shares_the_allocation_s_place_with_the_part(tmp_path):
    text = (
        "Dear Minister,\n\nA first transfer of EUR 400,000 was made in May to the relief agency, and the remainder of"
        " the allocation to Ghana will follow in June.\n\nYours sincerely,\n"
    )
    assert commitments_of(tmp_path, text)[4e5][1] == ["GHA"]


SOURCED = """Aid Watch

Date: 2 February 2026

Norway pledged NOK 90 million for Yemen. According to the Norwegian Agency for Development Cooperation's own
records, only NOK 20 million has been transferred, all of it to the Yemen Humanitarian Fund.
"""


def test_a_body_named_as_a_figure_s_source_is_no_recipient(tmp_path):
    found = commitments_of(tmp_path, SOURCED)
    assert "NOR" not in found[20e6][1]


HEADLINE_PLACE = """PLEDGE MONITOR
PRESS RELEASE

Yemen: two years on, half of the pledges paid, says a monitor

Amman, 3 March 2024 – Two years after the donor conference in Geneva, the monitor said today that donors have paid
USD 300 million of the USD 600 million they promised.
"""


@pytest.mark.parametrize(("headline", "expected"), [("Yemen: two years on", ["YEM"]), ("Two years on", [])])
def test_a_country_alone_before_a_colon_heading_a_release_is_its_place(tmp_path, headline, expected):
    # A release headlined "Country: ..." is about that country: its sums that name no place are for it.
    found = commitments_of(tmp_path, HEADLINE_PLACE.replace("Yemen: two years on", headline))
    assert found[300e6][1] == expected and found[600e6][1] == expected


COUNTED_AHEAD = """The board of the fund today approved USD 120 million for five projects in three Asian countries.

The approvals include a USD 40 million loan to the Kingdom of Cambodia for irrigation and a USD 30 million loan to
Mongolia for rural roads. A grant of USD 20 million will finance clinics in {third}.
"""


@pytest.mark.parametrize(("third", "expected"), [("Nepal", ["KHM", "MNG", "NPL"]), ("Nepal and Bhutan", [])])
def test_a_sum_counting_its_countries_is_for_as_many_named_after_it(tmp_path, third, expected):
    # Three countries counted, three named after: the total is theirs; four named: which three is not said.
    found = commitments_of(tmp_path, COUNTED_AHEAD.format(third=third))
    assert sorted(found[120e6][1]) == expected


def test_a_programme_s_component_named_after_a_country_is_that_country_s(tmp_path):
    # "of" before a country is a giver's or an origin's cue, but a component named after it is the part placed there.
    text = (
        "Steering Group\n\nThe group decided that NZD 4 million of the Fiji component of the reef programme be "
        "kept in reserve until the review.\n"
    )
    assert commitments_of(tmp_path, text)[4e6][1] == ["FJI"]


CREDIT_TO_AN_ADDRESSEE = """NORTHERN DEVELOPMENT BANK
Head Office, 14 Harbour Road, Colombo 3

Ref: NDB/CR/2026/07                              8 April 2026

To,
The Director General
Department of External Resources
Government of Nepal
Singhadurbar, Kathmandu

Dear Sir,

Our Board has sanctioned a further credit of USD 15 million to the Government of Nepal for the hill roads
programme.

The first credit of USD 6 million, signed in 2021, has been drawn in full.

Yours faithfully,

R. Perera
General Manager
"""


def test_an_addressee_block_opened_by_to_and_a_comma_names_the_state_the_letter_s_sums_are_for(tmp_path):
    found = commitments_of(tmp_path, CREDIT_TO_AN_ADDRESSEE)
    assert found[6e6][1:] == (["NPL"], "letter_beneficiary")


def test_a_sum_restated_in_words_and_in_another_currency_keeps_the_recipient_after_them(tmp_path):
    text = (
        "Colombo, 8 April 2026\n\nDear Colleagues,\n\nOur Board has sanctioned a credit of USD 15 million (US Dollars "
        "Fifteen Million), equivalent to about NPR 2 billion, to the Government of Nepal for the hill roads "
        "programme.\n\nYours faithfully,\n\nR. Perera\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[15e6][1:] == (["NPL"], "cued_in_clause")  # the letter names no state of its own to fall back on
    assert 2e9 not in found  # the rupee figure is the same money, not a commitment of its own


MISSION_WITH_A_COUNTRY_OFFICE = """Embassy of Sweden
Sida
Av. Julius Nyerere 1148, Maputo

14 February 2011

Ms Ana Macuácua
National Director
Ministry of Energy
Maputo

Dear Ms Macuácua,

This year we can offer SEK 40 million for your Government's rural electrification fund.

Kind regards,

Per Olsson
Head of Cooperation, Sida Mozambique
"""


def test_a_donor_s_mission_signed_by_its_country_office_gives_to_the_office_s_country_not_its_own(tmp_path):
    found = commitments_of(tmp_path, MISSION_WITH_A_COUNTRY_OFFICE)
    assert found[40e6][1:] == (["MOZ"], "letter_beneficiary")


SHARED_PROJECT = """Nordic Water Trust
Stockholm

10 June 2026

The Director
Lake Basin Commission
Bujumbura, Burundi

Re: Burundi-Rwanda-Tanzania Lake Shore Sanitation Programme

Dear Director,

Our Trustees met last week and agreed a grant of GBP 12 million towards the works named above.

Kind regards,

J. Berg
"""


def test_states_a_dash_joins_into_a_project_s_name_above_the_text_are_each_its_beneficiary(tmp_path):
    found = commitments_of(tmp_path, SHARED_PROJECT)
    assert sorted(found[12e6][1]) == ["BDI", "RWA", "TZA"]


DEFINED_TERM_LETTER = """PACIFIC HARBOURS BANK
Level 4, Marine Parade, Auckland

19 August 2032

Ms L. Tuilagi
Chief Executive Officer

Loan for "Coastal Ferries in Fiji and Samoa" (hereinafter the "Scheme")

Dear Ms Tuilagi,

In 2033 the Bank will lend USD 3 million for the Scheme, repayable over ten years.

Yours faithfully,

D. Moore
Head of Lending
"""


def test_a_sum_for_a_term_the_letter_defined_in_brackets_goes_to_the_places_its_title_names(tmp_path):
    # The sum's sentence names no place; "the Scheme" is the title defined above, cued as carried out in two states.
    assert commitments_of(tmp_path, DEFINED_TERM_LETTER)[3e6][1] == ["FJI", "WSM"]
    # A scheme the letter never defined names no place.
    text = DEFINED_TERM_LETTER.replace(' (hereinafter the "Scheme")', "")
    assert commitments_of(tmp_path, text)[3e6][1] == []


def test_sums_respectively_follow_places_each_after_the_same_preposition(tmp_path):
    # "to X and to Y": one list, its preposition said again before each member.
    text = (
        "Ministry of Foreign Affairs\nOslo\n\n2 March 2033\n\nDear Director,\n\nNorway will provide grants to Malawi "
        "and to Zambia of NOK 12 million and NOK 9 million a year respectively.\n\nYours sincerely,\n\nKari Lunde\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[12e6][1] == ["MWI"] and found[9e6][1] == ["ZMB"]
