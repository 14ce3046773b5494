"""Beneficiaries where the letter names who gives to the author's state: an item headed by the giver's name, a state
asked to give, a body the letter names by its author's short name, payees abroad, and sums transferred to the
author's state. The texts are invented for these tests."""

from __future__ import annotations

from commitment_rows import commitments_of
from handdoc import letter_of, make_doc

from extractor.relations.beneficiaries import _author_self_names
from extractor.relations.letter_doc import LetterDoc

GIVER_HEADINGS = """MINISTRY OF FINANCE
REPUBLIC OF GHANA

Accra, 12 May 2019

To: The development partners of the school feeding programme

Dear Colleagues,

The programme paid GHS 40 million to caterers in the first quarter.

4. Financing
(a) World Bank: the credit of USD 80 million approved in 2018 has disbursed USD 20 million.
(c) Sweden: Sida and the Treasury concluded a grant agreement for SEK 50 million in January, and SEK 15 million
    of it was received on 3 May 2019.

6. Partners
6.2 Korea: KRW 800 million in all for the two school years. KRW 400 million was paid in March 2019; the rest waits
on the audit.

Yours sincerely,

K. Mensah
Chief Director
"""


def test_a_foreign_state_heading_an_item_gives_to_the_state_that_receives(tmp_path):
    found = commitments_of(tmp_path, GIVER_HEADINGS)
    # The heading names the giver: the grant and its part received are for the author's state, not Sweden.
    assert found[50e6][1] == ["GHA"]
    assert found[15e6][1] == ["GHA"]


def test_the_sums_under_a_giver_s_numbered_heading_are_for_the_state_that_receives(tmp_path):
    found = commitments_of(tmp_path, GIVER_HEADINGS)
    assert "KOR" not in found[400e6][1]


ASKED_AND_THANKED = """OFFICE OF RURAL WATER SUPPLY
REPUBLIC OF ZAMBIA

Lusaka, 2 March 2016

To: His Excellency the Minister of Foreign Affairs of Japan

Excellency,

Our pumps in Kabwe have run since 2015, built with ZMW 3 million that the Japan International Cooperation Agency
lent. The Office of Rural Water Supply (ORWS) hopes to reach three more districts: ORWS requests the Japanese
authorities to weigh a grant of USD 2 million for that work.

Please accept, Excellency, the assurances of my highest consideration.

J. Banda
Permanent Secretary
"""


def test_a_state_asked_to_give_is_the_giver_and_the_asking_state_receives(tmp_path):
    found = commitments_of(tmp_path, ASKED_AND_THANKED)
    assert found[2e6][1] == ["ZMB"]


def test_the_author_s_short_names_are_those_the_text_gives_bodies_its_head_names():
    # "ORWS requests": the body the head names, by the short name the letter gives it, speaks as the author; a body
    # the head does not name ("JICA") is not the author, and with no bracketed definition there is no short name.
    body = ASKED_AND_THANKED.replace("Cooperation Agency\nlent", "Cooperation Agency (JICA)\nlent")
    head = "OFFICE OF RURAL WATER SUPPLY\nREPUBLIC OF ZAMBIA"
    view = LetterDoc(make_doc(body, {}), letter_of(body, letterhead=head))
    assert _author_self_names(view) == {"ORWS"}
    bare = body.replace(" (ORWS)", "")
    assert _author_self_names(LetterDoc(make_doc(bare, {}), letter_of(bare, letterhead=head))) == set()


PAYEES_ABROAD = """NATIONAL OFFICE FOR STOLEN ASSETS
REPUBLIC OF TUNISIA

Tunis, 3 June 2016

Note to the Finance Committee

1. A court abroad released USD 12 million, which was remitted to the Central Bank of Tunisia on 4 April 2014.
2. Three matters remain open:
   a) two cases abroad have not yet come before a judge;
   b) the work costs a great deal: since 2013 the Office has paid TND 1.2 million to auditors in Canada and Belgium;
   c) the holds placed on accounts in Switzerland lapse in 2017.

The Director
"""


def test_money_transferred_to_the_author_s_state_is_for_it(tmp_path):
    assert commitments_of(tmp_path, PAYEES_ABROAD)[12e6][1] == ["TUN"]


def test_fees_paid_to_auditors_abroad_are_not_for_their_countries(tmp_path):
    # Neither the auditors' countries nor the place the next item of the list names.
    assert not {"CAN", "BEL", "CHE"} & set(commitments_of(tmp_path, PAYEES_ABROAD)[1.2e6][1])


PARTNER_IN_RELATIVE_CLAUSE = """MINISTRY OF FOREIGN AFFAIRS
Oslo, Norway

Oslo, 2 February 2021

Dear Minister,

We are grateful for the warm welcome your Government gave our delegation in Maputo.

Norway provided NOK 40 million in budget support to Mozambique in 2020.

For 2021, the Cabinet has agreed a further NOK 30 million in budget support, which we will design jointly with the
World Bank.

Yours sincerely,

K. Berg
Minister of International Development
"""


def test_a_partner_a_relative_clause_names_after_with_does_not_make_a_sum_given_to_the_author(tmp_path):
    found = commitments_of(tmp_path, PARTNER_IN_RELATIVE_CLAUSE)
    assert "NOR" not in found[30e6][1]


def test_a_state_opening_the_name_of_a_programme_asked_to_give_is_the_giver(tmp_path):
    # The state's adjective opens the name of the giver's fund, and its acronym follows in brackets: the state is the
    # one invited to pay, not the place the money is for.
    text = ASKED_AND_THANKED.replace(
        "ORWS requests the Japanese\nauthorities to weigh a grant of USD 2 million for that work.",
        "For that work, ORWS invites the Japanese Borehole Fund (JBF) to weigh a grant of USD 2 million.",
    )
    found = commitments_of(tmp_path, text)
    # Japan is the one invited, not a place helped (the asker's own state is not yet read from such an invitation).
    assert found[2e6][1] == []


GIVER_BY_ADJECTIVE = """MINISTRY OF WORKS
REPUBLIC OF UGANDA

Gulu, 9 July 2030

Dear Coordinator,

The Ministry received EUR 10 million in June, drawn from Austrian technical cooperation funds, for gravelling the
northern feeder roads.

Regards,

O. Okello
Director
"""


def test_a_state_s_adjective_before_a_noun_of_giving_names_the_giver_and_the_bare_ministry_receives(tmp_path):
    # "Austrian technical cooperation" is the giver's; "the Ministry", the author's own office named bare, received it.
    assert commitments_of(tmp_path, GIVER_BY_ADJECTIVE)[10e6][1] == ["UGA"]


PAIRED_COOPERATION = """MINISTRY OF FOREIGN AFFAIRS
REPUBLIC OF CHILE

Santiago, 3 March 2031

Ms Ana Quispe
Director, Vice-Ministry of Public Investment
La Paz, Bolivia

Dear Director,

On 1 March 2031 the Council of Ministers approved the Chilean–Bolivian Technical Cooperation Fund for 2031-2033,
with a budget of CLP 900 million for rural water boards.

Yours sincerely,

R. Soto
Director General
"""


def test_the_second_of_two_states_joined_by_a_dash_before_cooperation_is_no_giver(tmp_path):
    # "Chilean–Bolivian Technical Cooperation": a pair's cooperation, given by the author; Bolivia is helped.
    assert commitments_of(tmp_path, PAIRED_COOPERATION)[900e6][1] == ["BOL"]
