"""Beneficiaries in letters of international bodies and donors to a government or an implementing agency: the country
the letter is about, by its title, its country office, its programme, its countersignature or its addressee, never
the givers its tables and phrases name. Each text is our own."""

from __future__ import annotations

from commitment_rows import commitments_of

COUNTRY_OFFICE_NO_DATE = """World Food Programme
Chad Country Office
Avenue Charles de Gaulle, N'Djamena, Chad

Dear Minister,

I am pleased to share the budget of the school meals programme for the coming year.

Budget (US$)

Meals in 300 schools | 1,400,000
Storage and transport | 350,000

Yours sincerely,

A. Moreau
Country Director
"""


def test_a_country_office_named_in_a_head_not_set_apart_gives_its_country_the_sums(tmp_path):
    # No date line sets the letterhead apart: the lines above the first paragraph of prose are its head all the same.
    found = commitments_of(tmp_path, COUNTRY_OFFICE_NO_DATE)
    assert found[1.4e6][1] == ["TCD"] and found[350e3][1] == ["TCD"]


SOURCES_OF_FUNDS = """United Nations Population Fund
Lesotho Country Office
Maseru, Lesotho

4 April 2011

Dear Principal Secretary,

I am pleased to send you the budget of the maternal health project for 2011.

Sources of funds (US$)

Government of Finland | 400,000
Royal Danish Embassy | 300,000
Irish Aid | 250,000

Yours sincerely,
"""


def test_givers_in_a_table_of_sources_of_funds_are_not_helped(tmp_path):
    found = commitments_of(tmp_path, SOURCES_OF_FUNDS)
    # The caption says each row names where the money comes from: the office's country is helped, not the givers'.
    assert found[400e3][1] == ["LSO"] and found[300e3][1] == ["LSO"]


def test_a_country_before_a_noun_of_its_gift_names_the_giver(tmp_path):
    text = (
        "Dear Minister,\n\nThe project is financed by several partners. The Norway contribution of USD 600,000 was"
        " received in full in May.\n\nYours sincerely,\n"
    )
    assert commitments_of(tmp_path, text)[600e3][1] == []


def test_a_programme_a_relative_clause_places_in_a_list_of_countries_takes_them_all(tmp_path):
    text = (
        "Dear Ms Okafor,\n\nI am writing to confirm the funding of the CLEAN programme, which CARE runs in Niger, Chad"
        " and Mali under our grant arrangement.\n\nThe arrangement committed GBP 12,000,000 over four years.\n\n"
        "Yours sincerely,\n"
    )
    assert sorted(commitments_of(tmp_path, text)[12e6][1]) == ["MLI", "NER", "TCD"]


def test_a_programme_named_after_a_country_in_the_letters_purpose_takes_the_sums_that_name_no_place(tmp_path):
    text = (
        "Dear Secretary,\n\nThis letter sets out our work plan for the Lesotho Highland Springs Protection Project.\n\n"
        "Our Council agreed funding of USD 14 million in March.\n\nYours sincerely,\n"
    )
    assert commitments_of(tmp_path, text)[14e6][1] == ["LSO"]


def test_a_sum_that_increases_a_grant_named_before_goes_where_the_grant_went(tmp_path):
    text = (
        "Dear Director,\n\nBy our letter of 2 May the Ministry granted USD 5,000,000 to the Programme for its flood"
        " response in Bangladesh.\n\nThe grant was paid in full on 20 May.\n\nThe Ministry has now decided to"
        " increase the grant by USD 2,000,000.\n\nYours sincerely,\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[2e6][1] == ["BGD"] and found[2e6][2] == "changed_by"


def test_a_country_named_by_its_crisis_and_again_as_a_place_is_helped(tmp_path):
    text = (
        "Dear Director,\n\nSEK 90 million will fund relief work on the Sudan crisis, inside Sudan as well as in"
        " Chad and Egypt.\n\nYours sincerely,\n"
    )
    assert sorted(commitments_of(tmp_path, text)[90e6][1]) == ["EGY", "SDN", "TCD"]


STATEMENT = """INTERNATIONAL MONETARY FUND
Zambia: Staff Statement at the End of the 2024 Mission

Lusaka, 3 March 2024

1. IMF staff spent two weeks in Lusaka talking with ministers.

2. The World Bank may provide a policy credit of roughly US$ 70 million.
"""


def test_a_title_opening_on_a_country_gives_it_the_sums_that_name_no_place(tmp_path):
    assert commitments_of(tmp_path, STATEMENT)[70e6][1] == ["ZMB"]


COMMISSION_UNIT = """EUROPEAN COMMISSION
DIRECTORATE-GENERAL FOR REGIONAL POLICY
Unit C.2 - Bulgaria

Brussels, 4.3.2014

Mr Ivan Petrov
Managing Authority
Ministry of Regional Development
Sofia
BULGARIA

Dear Mr Petrov,

Following its review of your request, the Commission accepts a contribution of EUR 42 000 000, to be paid
shortly.

The audit authority of Bulgaria has reported no serious deficiencies this year.

Yours sincerely,
"""


def test_an_international_body_s_letterhead_naming_the_addressee_s_country_does_not_make_it_the_author_s(tmp_path):
    # "Unit C.2 - Bulgaria" is the unit dealing with the country written to, not the Commission's own state.
    assert commitments_of(tmp_path, COMMISSION_UNIT)[42e6][1] == ["BGR"]


COUNTERSIGNED = """THE DEVELOPMENT LOAN FUND, KOREA
Seoul, Korea

Seoul, 3 April 2003

Head of the Budget Department
Ministry of Finance
Accra

Dear Sir,

Re: Loan Agreement No. GH-12

The Fund accepts the changes you proposed to the repayment dates of the loan of USD 30,000,000.

Yours faithfully,

J. Kim
Director General

Confirmed and agreed:
For the Republic of Ghana

.......................
"""


def test_the_state_a_countersignature_block_signs_for_takes_the_sums_that_name_no_place(tmp_path):
    assert commitments_of(tmp_path, COUNTERSIGNED)[30e6][1] == ["GHA"]


MULTI_COUNTRY_OFFICE = """United Nations Development Programme
Multi-Country Office in Samoa
Private Mail Bag, Apia, Samoa

Apia, 2 March 2024

Hon. Minister of Finance
Alofi
Niue

Dear Minister,

I write to let you know that our Board has approved USD 500,000 for the water security project.

Yours sincerely,
"""


def test_an_office_for_several_countries_does_not_help_the_country_it_sits_in(tmp_path):
    assert commitments_of(tmp_path, MULTI_COUNTRY_OFFICE)[500e3][1] == []


def test_a_giver_naming_its_contribution_by_a_country_gives_it_to_that_country(tmp_path):
    # In the giver's own letter "the Yemen contribution" is its money for Yemen, not Yemen's gift.
    text = (
        "Copenhagen, 4 May 2026\n\nDear Director,\n\nThe Yemen contribution of DKK 150 million will be channelled "
        "through UNICEF.\n\nYours sincerely,\n"
    )
    assert commitments_of(tmp_path, text)[150e6][1] == ["YEM"]


def test_a_programme_named_after_a_donor_state_does_not_make_it_helped(tmp_path):
    text = (
        "Dear Minister,\n\nThis note sets out how the Sweden Scholarship Programme will go on.\n\n"
        "The Board approved a grant of USD 9 million last month.\n\nYours sincerely,\n"
    )
    assert commitments_of(tmp_path, text)[9e6][1] == []


def test_a_relative_clause_that_only_speaks_of_a_programme_does_not_place_it(tmp_path):
    text = (
        "Accra, 4 May 2026\n\nDear Minister,\n\nWe welcome the new nutrition programme, which the partners discussed in"
        " Brazil in March.\n\nThe Ministry of Health has approved GHS 40 million for it.\n\nYours sincerely,\n"
    )
    assert commitments_of(tmp_path, text)[40e6][1] == []


AGENCY_SEAT = """UNITED NATIONS POPULATION FUND
605 Third Avenue, New York, United States

4 May 2026

H.E. Ms Jane Doe
Permanent Representative of the United States
New York

Dear Ambassador,

I write to thank the United States for its support to our work.

UNFPA has set aside USD 2 million for the emergency from its core resources.

Yours sincerely,
"""


def test_an_international_body_s_address_line_names_its_seat_not_a_country_helped(tmp_path):
    # The seat's country, named on the letterhead's address line, is the addressee's: a giver thanked, not helped.
    assert commitments_of(tmp_path, AGENCY_SEAT)[2e6][1] == []


SOURCES_AND_USES = """Niamey, 4 May 2026

Dear Director,

The Regional Fund approved the regional grain programme on 2 April 2026.

Sources and uses of funds (US$)

Chad | 3,000,000
Benin | 1,200,000

Yours sincerely,
"""


def test_a_table_of_sources_and_uses_of_funds_does_not_name_givers(tmp_path):
    found = commitments_of(tmp_path, SOURCES_AND_USES)
    assert found[3e6][1] == ["TCD"] and found[1.2e6][1] == ["BEN"]


DELEGATE_ADDRESSEE = """AFRICAN UNION COMMISSION
Department of Political Affairs, Peace and Security
Addis Ababa

Addis Ababa, 11 March 2019

Her Excellency
Ms. Ingrid Holm
Ambassador of the Kingdom of Sweden to the African Union
Addis Ababa

Dear Ambassador,

The Commission has learnt that the Swedish Government will contribute SEK 15 million to the Peace Fund in 2019,
to be used for mediation and early warning across the continent. Sweden is
thus the fifth contributor to the Fund from outside Africa.

Yours sincerely,

Head of the Peace Fund Secretariat
"""


def test_a_state_s_envoy_to_the_body_writing_is_no_place_its_sums_are_for(tmp_path):
    # The addressee represents a member state to the author's body: its state gives the sum, it is not helped.
    assert "SWE" not in commitments_of(tmp_path, DELEGATE_ADDRESSEE)[15e6][1]


ENVOY_OF_THE_STATE_HELPED = """WORLD HEALTH ORGANIZATION
Avenue Appia 20, Geneva

Geneva, 2 October 2008

H.E. Mr Daniel Phiri
Permanent Representative of the Republic of Zambia to the United Nations Office at Geneva

Dear Ambassador,

I am pleased to let you know that WHO will grant USD 2.5 million for the cholera response in Zambia this year, to
be spent through the Ministry of Health in Lusaka.

Yours sincerely,

Regional Director
"""


def test_an_envoy_s_state_the_letter_names_as_helped_in_its_prose_is_still_helped(tmp_path):
    # The envoy's title does not hide the state when the prose names it as the place the sum goes to.
    assert commitments_of(tmp_path, ENVOY_OF_THE_STATE_HELPED)[2.5e6][1] == ["ZMB"]
