"""Beneficiaries in letters of states asking a fund or partners for money: a subject line run into the addressee's
block, a state named as an implementing agency, an instrument named after a venue, and a gap the writer names. Each
text is our own."""

from __future__ import annotations

from commitment_rows import commitments_of

TWO_COLUMN_HEAD = """MINISTRY OF INDUSTRY                          REPUBLIC OF ZAMBIA
No.: 77/MOI                                   Lusaka, 4 May 2019
Re: request for the third tranche of the Cooling Transition Plan To: Ms Director, Secretariat of the Ozone Fund,
200 Rue Sainte-Catherine, Montreal, Quebec H2X 1L4, Canada

Dear Director,

1. The second tranche of the plan, approved at US$ 2,400,000 (US$ 2,000,000 for the World Bank and US$ 400,000
for Germany), is well advanced, with the Government of Germany as cooperating agency.

2. The Ministry kindly requests the Secretariat to submit the third tranche in the amount of US$ 1,750,000.

Yours faithfully,

B. Mwale
Permanent Secretary
"""


def test_a_subject_line_run_into_the_addressees_block_names_no_place_helped(tmp_path):
    found = commitments_of(tmp_path, TWO_COLUMN_HEAD)
    # The addressee's seat (Canada) follows the subject line's "To:", not its subject: the asking state receives.
    assert found[1.75e6][1] == ["ZMB"]
    assert found[2.4e6][1] == ["ZMB"]


def test_a_state_named_as_cooperating_agency_is_paid_for_its_work_not_helped(tmp_path):
    found = commitments_of(tmp_path, TWO_COLUMN_HEAD)
    # "US$ 400,000 for Germany", Germany being the cooperating agency: the project's state is the one helped.
    assert found[4e5][1] == ["ZMB"]


def test_a_state_named_for_its_own_programme_stays_helped(tmp_path):
    text = TWO_COLUMN_HEAD.replace(", with the Government of Germany as cooperating agency", "")
    found = commitments_of(tmp_path, text)
    assert found[4e5][1] == ["DEU"]


VENUE_NAMED = """FUND FOR OCEAN RESILIENCE
Secretariat

Subject: Resources for the Fiji Implementation Modalities

Dear Board members,

The Board decided to allocate USD 120 million to the first phase under the Fiji Implementation Modalities.
Contributors have paid in USD 80 million so far.

Secretariat of the Fund
"""


def test_a_country_opening_an_instruments_name_after_a_venue_is_no_beneficiary(tmp_path):
    found = commitments_of(tmp_path, VENUE_NAMED)
    # "the Fiji Implementation Modalities" are named after where they were agreed: the money is for no state.
    assert found[120e6][1] == []
    assert found[80e6][1] == []


GAP_NAMED = """MINISTRY OF AGRICULTURE OF THE REPUBLIC OF MOLDOVA
Chisinau, 2 March 2025

To the members of the Irrigation Partnership

Dear partners,

For 2026 we estimate a gap of USD 30 million, which we ask the members of the Partnership to help close:
   a) USD 20 million for the rehabilitation of pumping stations;
   b) USD 10 million for training of water user associations.

Yours sincerely,

V. Rusu
Minister
"""


def test_a_gap_the_writer_names_asks_for_its_own_state(tmp_path):
    found = commitments_of(tmp_path, GAP_NAMED)
    assert found[30e6][1] == ["MDA"]
    assert found[20e6][1] == ["MDA"] and found[10e6][1] == ["MDA"]


def test_a_gap_named_without_the_first_person_asks_nothing(tmp_path):
    text = GAP_NAMED.replace("we estimate a gap of", "the plan leaves a gap of").replace(
        "which we ask", "which they ask"
    )
    found = commitments_of(tmp_path, text)
    # Nobody asks in the first person: the author's state is not made the receiver, by any rule.
    assert "MDA" not in found[30e6][1]
    assert found[30e6][2] != "received_by_author"


PAID_TO_BANK = """MINISTRY OF FISHERIES
P.O. Box 12, Apia, Samoa

Dear Director,

1. The partner's annual contribution is EUR 3,000,000, made up of EUR 1,800,000 for access and EUR 1,200,000 for
support to coastal fisheries.

2. We would be grateful if you could confirm the date of transfer of the first payment to the Central Bank of
Samoa.

Yours sincerely,

L. Faasau
Chief Executive Officer
"""


def test_a_payment_named_as_made_to_the_authors_state_makes_it_the_receiver(tmp_path):
    found = commitments_of(tmp_path, PAID_TO_BANK)
    # The sums that name no place are the author's state's: it writes as the one paid.
    assert found[1.2e6][1] == ["WSM"]


def test_a_payment_to_another_state_says_nothing_of_the_authors(tmp_path):
    found = commitments_of(tmp_path, PAID_TO_BANK.replace("Central Bank of\nSamoa", "Central Bank of\nTonga"))
    assert "WSM" not in found[1.2e6][1]
    assert found[1.2e6][2] != "received_by_author"


FUND_HEAD = """FUND FOR COASTAL RESILIENCE
Secretariat
Block 4, Marine Drive, Suva, Fiji

Suva, 3 June 2026

To: Board members

Dear Board members,

Since its launch, 12 contributors have pledged the equivalent of USD 410 million, and USD 220 million has been
paid in to the Trustee.

Secretariat of the Fund
"""


def test_a_funds_letterhead_names_its_seat_not_its_state(tmp_path):
    found = commitments_of(tmp_path, FUND_HEAD)
    # The fund's address names where it sits: the pledges to it are for no state.
    assert found[410e6][1] == [] and found[220e6][1] == []


FUNDING_PROPOSAL = """MINISTRY OF ENVIRONMENT
Republic of Honduras

Tegucigalpa, 2 May 2022

To: The Executive Director, Climate Investment Fund

Subject: No-objection letter for the funding proposal "Mangrove Restoration in the Gulf of Fonseca"

Dear Sir or Madam,

We hereby communicate our no-objection to the funding proposal. The financing structure is a grant of
USD 12,000,000 from the Fund and USD 3,000,000 in kind from partner organisations.

Yours faithfully,

R. Flores
Vice-Minister
"""


def test_a_subject_line_naming_a_funding_proposal_makes_the_author_the_receiver(tmp_path):
    found = commitments_of(tmp_path, FUNDING_PROPOSAL)
    assert found[12e6][1] == ["HND"]


def test_the_addressees_funding_proposal_asks_nothing_for_the_author(tmp_path):
    found = commitments_of(tmp_path, FUNDING_PROPOSAL.replace("for the funding proposal", "on your funding proposal"))
    assert "HND" not in found[12e6][1]
    assert found[12e6][2] != "received_by_author"


CAPITALISATION = """PRESIDENCY OF THE REPUBLIC OF PERU
Office for Reconstruction

Lima, 4 April 2019

To the contributing partners of the Reconstruction Trust Fund for Peru

Subject: Status of contributions and request for a second capitalisation

Dear Ambassadors:

With these resources the Fund has approved 40 projects for USD 22.5 million.

Yours sincerely,

M. Quispe
High Counsellor
"""


def test_a_subject_line_asking_for_a_funds_capitalisation_asks_for_money(tmp_path):
    found = commitments_of(tmp_path, CAPITALISATION)
    # The author's state asks for new money for the fund that serves it: the fund's approvals are for that state.
    assert found[22.5e6][1] == ["PER"]


def test_a_budget_proposal_in_a_subject_line_asks_nothing(tmp_path):
    text = FUNDING_PROPOSAL.replace(
        "No-objection letter for the funding proposal", "Cooperation in the budget proposal"
    )
    found = commitments_of(tmp_path, text)
    # A government's budget proposal is its own plan, not a request to a giver.
    assert "HND" not in found[12e6][1]
    assert found[12e6][2] != "received_by_author"
