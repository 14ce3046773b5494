"""Beneficiaries where the letter names who gives to the author's state: an item headed by the giver's name, a state
asked to give, a body the letter names by its author's short name, payees abroad, and sums transferred to the
author's state. Each text is our own."""

from __future__ import annotations

from commitment_rows import commitments_of

GIVER_HEADINGS = """MINISTRY OF FINANCE
REPUBLIC OF GHANA

Accra, 12 May 2019

To: The development partners of the school feeding programme

Dear Colleagues,

The programme paid GHS 40 million to caterers in the first quarter.

4. Financing
(a) World Bank: the credit of USD 80 million approved in 2018 has disbursed USD 20 million.
(b) Norway: Norad signed a grant agreement of NOK 50 million; the first tranche of NOK 20 million was received on
    3 May 2019.

5. Partners
5.1 Japan: JPY 800 million over 2019 and 2020. The first JPY 400 million was paid in March 2019. The second JPY 400
million depends on the audit.

Yours sincerely,

K. Mensah
Chief Director
"""


def test_a_foreign_state_heading_an_item_gives_to_the_state_that_receives(tmp_path):
    found = commitments_of(tmp_path, GIVER_HEADINGS)
    # The heading names the giver: the grant and its tranche are for the author's state, not Norway.
    assert found[50e6][1] == ["GHA"]
    assert found[20e6][1] == ["GHA"]


def test_the_sums_under_a_giver_s_numbered_heading_are_for_the_state_that_receives(tmp_path):
    found = commitments_of(tmp_path, GIVER_HEADINGS)
    assert "JPN" not in found[400e6][1]


ASKED_AND_THANKED = """MINISTRY OF WATER AND SANITATION
REPUBLIC OF ZAMBIA

Lusaka, 2 March 2016

To: His Excellency the Minister of Foreign Affairs of Japan

Excellency,

The Ministry of Water and Sanitation (MWS) presents its compliments.

MWS thanks the Japan International Cooperation Agency for ZMW 3 million provided in 2015 for the pumping station in
Kabwe. For the second phase, MWS requests the Japanese side to consider a grant of USD 2 million.

Please accept, Excellency, the assurances of my highest consideration.

J. Banda
Permanent Secretary
"""


def test_a_state_asked_to_give_is_the_giver_and_the_asking_state_receives(tmp_path):
    found = commitments_of(tmp_path, ASKED_AND_THANKED)
    assert found[2e6][1] == ["ZMB"]


def test_the_author_s_short_name_asking_makes_the_letter_one_of_a_receiving_state(tmp_path):
    # "MWS requests": the body the head names, by the short name the letter gives it, asks for the grant; without the
    # bracketed definition, nothing says who asks.
    text = ASKED_AND_THANKED.replace(" (MWS)", "")
    assert commitments_of(tmp_path, text)[2e6][1] == []


PAYEES_ABROAD = """NATIONAL COMMITTEE FOR ASSET RECOVERY
REPUBLIC OF TUNISIA

Tunis, 3 June 2016

Report to the Committee on Finance

1. The USD 12 million held in a bank account abroad was transferred to the account of the Tunisian State at the
Central Bank on 4 April 2014.
2. The Committee notes that:
   a) several proceedings are still at the investigation stage;
   b) legal fees are high: the Committee has paid TND 1.2 million since 2013 to lawyers in Canada and Belgium;
   c) the freezing orders in Switzerland expire in 2017.

The Chairman
"""


def test_money_transferred_to_the_author_s_state_is_for_it(tmp_path):
    assert commitments_of(tmp_path, PAYEES_ABROAD)[12e6][1] == ["TUN"]


def test_fees_paid_to_lawyers_abroad_are_not_for_their_countries(tmp_path):
    # Neither the lawyers' countries nor the place the next item of the list names.
    assert not {"CAN", "BEL", "CHE"} & set(commitments_of(tmp_path, PAYEES_ABROAD)[1.2e6][1])
