"""Beneficiaries in letters of states that receive money: a writer asking that a tranche be released, a gap taken up
by "which I request", a letter with an addressee line but no salutation, a subject line naming funds received by a
ministry, a letter to a foreign lender about its loan, and one to a giver's mission. Each text is our own."""

from __future__ import annotations

import pytest
from commitment_rows import commitments_of
from handdoc import letter_of

from extractor.relations.actors import author_of

RELEASE_ASKED = """MINISTRY OF FINANCE OF THE REPUBLIC OF ZAMBIA
Lusaka

Lusaka, 4 May 2015

Director of Operations
OPEC Fund for International Development
Vienna

Dear Director,

We have the honour to request the disbursement of the final instalment of the credit for the Chipata water works.

The credit comes to USD 30 million, paid out in two instalments.

Yours sincerely,

B. Mwale
Permanent Secretary
"""


def test_a_writer_asking_that_a_tranche_be_released_receives_the_loan(tmp_path):
    found = commitments_of(tmp_path, RELEASE_ASKED)
    # The lender's country is never the one helped: the state that asks for the release receives the loan.
    assert found[30e6][1] == ["ZMB"]


def test_a_request_to_release_no_money_does_not_make_the_letter_ask(tmp_path):
    text = RELEASE_ASKED.replace(
        "the disbursement of the final instalment of the credit", "the report of the engineers"
    )
    text = text.replace("The credit comes to USD 30 million, paid out in two instalments.", "We spent ZMW 5 million.")
    found = commitments_of(tmp_path, text)
    assert found[5e6][1] == []


GAP_ASKED = """MINISTRY OF HEALTH
REPUBLIC OF SIERRA LEONE

Freetown, 9 June 2015

To the Representatives of the Partners of the health sector

Dear Colleague,

The cholera response plan is under way. The Ministry has released USD 400,000 from its own budget. The shortfall
still open is USD 2,200,000, which I respectfully request from the partners.

Please accept the assurance of my highest consideration.

The Minister of Health
"""


def test_a_gap_taken_up_by_which_i_request_makes_the_state_that_asks_receive_it(tmp_path):
    found = commitments_of(tmp_path, GAP_ASKED)
    assert found[2.2e6][1] == ["SLE"]
    assert found[4e5][1] == ["SLE"]  # what the state itself put into the plan whose gap it asks for


NO_SALUTATION = """MINISTRY OF AGRICULTURE OF THE REPUBLIC OF KENYA
Nairobi

To: The Country Director, World Food Programme, Nairobi

Subject: Request for reallocation of funds for the drought response

We therefore request your agreement to reallocate up to USD 3 million from the savings of the project to seed
vouchers for farmers.

Nairobi, 2 March 2017
Principal Secretary
"""


def test_a_letter_with_an_addressee_line_and_no_salutation_asks_as_well(tmp_path):
    found = commitments_of(tmp_path, NO_SALUTATION)
    assert found[3e6][1] == ["KEN"]


RECEIVED_BY_MINISTRY = """REPUBLIC OF UGANDA
OFFICE OF THE AUDITOR-GENERAL

MEMORANDUM

TO: Chair, Budget Committee
SUBJECT: Review of grants received by the Ministry of Health for clinics serving refugees from South Sudan

1. This Office has gone through the books of the Ministry's Emergency Programme for the South Sudan Crisis.

2. In 2023 the grants came to UGX 60 billion, of which UGX 48 billion has been used.

3. We remain at the Committee's disposal.
"""


def test_a_state_that_receives_money_for_people_it_hosts_takes_it_with_their_country(tmp_path):
    found = commitments_of(tmp_path, RECEIVED_BY_MINISTRY)
    assert sorted(found[60e9][1]) == ["SSD", "UGA"]


def test_funds_a_subject_line_only_reports_on_do_not_make_the_state_receive(tmp_path):
    text = RECEIVED_BY_MINISTRY.replace("grants received by the Ministry of Health", "grants received")
    found = commitments_of(tmp_path, text)
    assert "UGA" not in found[60e9][1]


def _subject_says_received(subject: str, author: str) -> bool:
    from extractor.nlp.pipeline import get_nlp
    from extractor.records.extract import make_doc
    from extractor.relations.beneficiaries import _received_in_subject
    from extractor.relations.letter_doc import LetterDoc

    letter = letter_of(f"MEMORANDUM\n\nSUBJECT: {subject}\n\n1. The Office has read the reports.\n")
    return _received_in_subject(LetterDoc(get_nlp()(make_doc(letter)), letter), author)


def test_a_subject_line_on_funds_another_body_received_does_not_make_the_author_receive():
    assert not _subject_says_received("Report on grants received by UNICEF from partners in Chad", "DEU")
    assert not _subject_says_received("Review of grants received from Germany in 2025", "DEU")
    assert _subject_says_received("Review of grants received from Germany in 2025", "NPL")


TO_LENDER = """MINISTRY OF WATER RESOURCES OF THE KYRGYZ REPUBLIC
Bishkek

Bishkek, 14 April 2011

Head, Water Projects Unit
Islamic Development Bank
Jeddah

Dear Sir or Madam,

1. Please find attached, for your approval, the evaluation of the bids for the Osh pumping stations.

2. The works will be paid for from the USD 18 million loan and from the State budget.

Yours faithfully,

A. Sadykov
Minister of Water Resources
"""


def test_a_loan_named_in_a_letter_to_a_foreign_lender_is_for_the_state_that_borrows(tmp_path):
    found = commitments_of(tmp_path, TO_LENDER)
    assert found[18e6][1] == ["KGZ"]


def test_a_lender_state_writing_to_a_foreign_ministry_about_its_credit_does_not_borrow_it(tmp_path):
    text = TO_LENDER.replace(
        "Head, Water Projects Unit\nIslamic Development Bank\nJeddah",
        "Ministry of Finance of the Republic of Ghana\nAccra",
    )
    text = text.replace("from the USD 18 million loan", "from our USD 18 million loan to Ghana")
    found = commitments_of(tmp_path, text)
    assert found[18e6][1] == ["GHA"]


def test_the_state_a_letterhead_s_first_line_names_outranks_its_office_s_seat():
    # The seat's name is the longer one, so the first line's state must win by its place, not by its length.
    head = "Credit Office for Overseas Partnerships, Japan\nLiaison Office, Dar es Salaam\nUnited Republic of Tanzania"
    assert author_of(letter_of("Attached is the signed credit agreement.", letterhead=head))[1] == "JPN"


def test_a_loan_the_author_s_state_gives_to_a_fund_is_not_borrowed(tmp_path):
    text = TO_LENDER.replace(
        "The works will be paid for from the USD 18 million loan and from the State budget.",
        "Kyrgyzstan will extend a loan of USD 18 million to the Bank's trust account.",
    )
    found = commitments_of(tmp_path, text)
    assert "KGZ" not in found[18e6][1]


PUPILS_LINE = "3. The Ministry spent UGX 2 billion on the meals of 20,000 Somali pupils in the camps.\n\n4. We remain"


def test_a_sum_for_people_named_by_their_nation_is_also_for_the_receiving_state_that_hosts_them(tmp_path):
    found = commitments_of(tmp_path, RECEIVED_BY_MINISTRY.replace("3. We remain", PUPILS_LINE))
    assert (sorted(found[2e9][1]), found[2e9][2]) == (["SOM", "UGA"], "named_in_clause")


def test_a_sum_for_people_named_by_their_nation_stays_theirs_in_a_letter_of_a_state_that_does_not_receive(tmp_path):
    text = RECEIVED_BY_MINISTRY.replace("grants received by the Ministry of Health", "grants received")
    assert commitments_of(tmp_path, text.replace("3. We remain", PUPILS_LINE))[2e9][1] == ["SOM"]


COORDINATED_REQUEST = """MINISTRY OF PLANNING
Maseru, Lesotho

Dear Director,

We have the honour to acknowledge your letter of 3 March on the school meals scheme, and to seek a grant of EUR 2 million for its next phase.

A further EUR 1.2 million is sought for 2027.

Maseru, 10 March 2025
"""


def test_a_request_coordinated_with_the_formula_of_courtesy_makes_the_authors_state_receive(tmp_path):
    # "We have the honour to acknowledge ..., and to seek ...": the second infinitive of the formula asks as the
    # first would, so the writing state receives the grant and the one after it.
    found = commitments_of(tmp_path, COORDINATED_REQUEST)
    assert found[2e6][1] == ["LSO"] and found[1.2e6][1] == ["LSO"]


REPLY_NOTE_REQUEST = """GOVERNMENT OF BELIZE
Ministry of Education
Belmopan

Please quote this reference in all correspondence.

1 September 2025

The President
Central American Bank for Economic Integration

Dear Madam,

APPEAL FOR A SECOND LOAN FOR RURAL SCHOOLS

The Government of Belize writes about the rural schools programme.

The first Loan, of USD 7.5 million, was signed in 2021 and has been drawn in full.

Yours truly,

Permanent Secretary
"""


def test_a_subject_line_in_capitals_below_a_letterhead_note_on_replies_still_asks(tmp_path):
    # The letterhead's note on quoting its reference is no prose: the capitals subject line under the salutation,
    # "APPEAL FOR ...", still belongs to the head and says the author's state asks.
    found = commitments_of(tmp_path, REPLY_NOTE_REQUEST)
    assert found[7.5e6][1] == ["BLZ"]


AID_AUDITED = """OFFICE OF THE AUDITOR-GENERAL
Windhoek, Namibia

Windhoek, 21 August 2013

The Speaker
National Assembly of Namibia

Honourable Speaker,

Herewith my report on the external assistance received by the Ministry of Works and Transport during 2012.

The grants audited came to USD 42 million in all.

Yours sincerely,

P. Shikongo
Auditor-General
"""


def test_aid_from_abroad_received_by_the_authors_own_body_is_for_its_state(tmp_path):
    found = commitments_of(tmp_path, AID_AUDITED)
    assert found[42e6][1] == ["NAM"]


ASKED_IN_PRESS_RELEASE = """MINISTRY OF AGRO-INDUSTRY
Port Louis, Mauritius

COMMUNIQUE

Port Louis, 4 February 2022

Sugar cane replanting

Ministers discussed the replanting of cane fields on the eastern coast.

The Government will request USD 20 million from the African Development Bank to fund the replanting.

Planters will receive USD 5 million for seedlings as the first step.
"""


def test_a_press_release_whose_government_asks_a_foreign_giver_speaks_for_a_receiving_state(tmp_path):
    found = commitments_of(tmp_path, ASKED_IN_PRESS_RELEASE)
    assert found[5e6][1] == ["MUS"]


OWN_PROJECT_REPORT = """REPUBLIC OF RWANDA
Ministry of Transport and Public Works
Kigali

Kigali, 18 February 2022

The Secretary to the Treasury
Kigali

Dear Secretary,

Enclosed is our yearly account of the lakeshore bridges programme, covering 2021.

Parliament endorsed the programme in 2018, its total cost then put at USD 35 million.

A Loan Agreement for USD 28 million between the Government of Rwanda and the Islamic Development Bank was signed in March 2019.

Kind regards,

J. Mugabo
Programme Manager
"""


def test_a_loan_signed_between_the_authors_state_and_a_foreign_lender_makes_the_state_receive(tmp_path):
    found = commitments_of(tmp_path, OWN_PROJECT_REPORT)
    assert found[28e6][1] == ["RWA"] and found[35e6][1] == ["RWA"]
    # Signed with another state, the loan may be the author's to give: no borrower told.
    text = OWN_PROJECT_REPORT.replace("the Islamic Development Bank", "the Government of Sweden")
    assert commitments_of(tmp_path, text)[35e6][1] == []


CREDITED_TO_TREASURY = """REPUBLIC OF BENIN
MINISTRY OF PUBLIC FINANCE

Cotonou, 14 October 2014

The Ambassador of Denmark
Cotonou

Excellency,

Your sector support for rural health arrived last week: its opening instalment was transferred to the single operating account of the Treasury on 9 October.

Kindly confirm by November the expected contribution of EUR 15 million that your Government plans for 2015.

With my renewed respect,

S. Traore
Minister of Public Finance
"""


def test_money_credited_to_the_treasury_of_no_other_state_makes_the_authors_state_receive(tmp_path):
    found = commitments_of(tmp_path, CREDITED_TO_TREASURY)
    assert found[15e6][1] == ["BEN"]


def test_a_budget_received_before_money_is_released_does_not_make_the_giver_a_receiver(tmp_path):
    # "if the audited accounts have been received": the accounts are received, the giver's state receives no sum.
    text = (
        "Ministry of Foreign Affairs\nCopenhagen\n\n9 October 2030\n\nMs R. Banda\nPrincipal Secretary\n"
        "Ministry of Finance\nLilongwe\nMalawi\n\nDear Principal Secretary,\n\nDANISH FUNDING FOR FLOOD RECOVERY "
        "IN MALAWI\n\nThe Minister has set aside DKK 60 million for flood recovery in 2031. DKK 4 million of last "
        "year's funds, for school repairs run by UNICEF and Save the Children in the districts, was paid out on 2 "
        "February. Another DKK 7 million, for seed, will go to FAO in the spring if the audited accounts have been "
        "received.\n\nWith kind regards,\n\nLars Holm\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[4e6][1] == ["MWI"] and found[7e6][1] == ["MWI"]


def test_loans_disbursed_to_the_author_s_treasury_make_it_a_receiving_state(tmp_path):
    # A receiving state's letter saying a loan was disbursed to its treasury: that loan, in a clause naming no other
    # place, is for the author's state.
    text = (
        "Ministry of Finance\nUnited Republic of Tanzania\n\nDodoma, 12 June 2023\n\nDear Members of the Committee,"
        "\n\nThe budget support loan of EUR 150 million reached us in March: it was disbursed to the Treasury in "
        "two parts.\n\nYours faithfully,\n\nPermanent Secretary\n"
    )
    assert commitments_of(tmp_path, text)[150e6][1] == ["TZA"]


def test_a_giving_state_s_tranche_disbursed_to_a_treasury_does_not_make_it_a_receiving_state(tmp_path):
    # A giver says its own payment "was disbursed to the Treasury": the treasury is the receiving state's, not its own.
    text = (
        "Ministry of Foreign Affairs\nThe Hague\n\n5 May 2030\n\nThe Minister of Finance\nKampala\n\nDear Minister,"
        "\n\nThe Netherlands has granted EUR 30 million to the road sector programme. Our second instalment of EUR 9 "
        "million was disbursed to the Treasury last week.\n\nYours sincerely,\n"
    )
    found = commitments_of(tmp_path, text)
    assert "NLD" not in found[30e6][1] and "NLD" not in found[9e6][1]


GRANTED_TO_WRITER = """DEPARTMENT OF IRRIGATION
KINGDOM OF LESOTHO

Maseru, 14 October 2030

To the Chair, Dryland Water Trust

Madam,

USD 7 million was granted to Lesotho by the Trust's board last year. We have since used USD 3 million to line
forty kilometres of canals, and we enclose the audited accounts.

With respect,

T. Mokoena
Principal Secretary
"""


def test_a_sum_granted_to_the_writer_s_state_makes_its_letter_one_that_receives(tmp_path):
    # The part used names no place: the state the grant was made to, the writer's, receives it.
    assert commitments_of(tmp_path, GRANTED_TO_WRITER)[3e6][1] == ["LSO"]
    # A giving state's letter allots its own budget at home: its sums stay the spender's, with no place helped.
    text = GRANTED_TO_WRITER.replace("LESOTHO", "NORWAY").replace("Maseru", "Oslo").replace("to Lesotho", "to Norway")
    assert commitments_of(tmp_path, text)[3e6][1] == []
    # Licences granted to the state's own firms are no sum given to the state.
    text = GRANTED_TO_WRITER.replace(
        "USD 7 million was granted to Lesotho by the Trust's board last year. We have since",
        "Licences were granted to Lesotho's firms by the Trust's board last year. We have since",
    )
    assert commitments_of(tmp_path, text)[3e6][1] == []


@pytest.mark.parametrize(
    "sentence",
    [
        # The state's own budget allotting money at home: no one outside gives it.
        "PEN 30 million was allocated to Peru's regional governments in March, and PEN 12 million has been spent.",
        # A sum awarded to the state's own treasury reserve: the budget may award it to itself.
        "PEN 40 million was awarded to the Treasury's contingency reserve in March, and PEN 12 million has been spent.",
    ],
)
def test_a_state_s_own_budget_allotting_money_at_home_does_not_make_its_letter_one_that_receives(tmp_path, sentence):
    text = f"OFFICE OF THE BUDGET\nREPUBLIC OF PERU\n\nLima, 2 June 2031\n\nDear Director,\n\n{sentence}\n"
    assert commitments_of(tmp_path, text)[12e6][1] == []


GIVERS_MISSION = """MINISTRY OF PLANNING
REPUBLIC OF GHANA
Accra

Accra, 9 June 2019

The Head of Cooperation
{mission}
Accra

Dear Head of Cooperation,

We have read the proposed grant text with care and accept that EUR 6 million goes to rural feeder roads by way of the district road boards.

Yours faithfully,

K. Owusu
Chief Director
"""


def test_a_state_writing_to_a_giving_union_s_delegation_receives_its_sums(tmp_path):
    found = commitments_of(tmp_path, GIVERS_MISSION.format(mission="European Union Delegation\nto Ghana"))
    assert found[6e6][1] == ["GHA"]


def test_a_state_writing_to_a_donor_state_s_embassy_receives_its_sums(tmp_path):
    found = commitments_of(tmp_path, GIVERS_MISSION.format(mission="Embassy of Denmark"))
    assert found[6e6][1] == ["GHA"]


SHARE_OF_APPEAL_RECEIVED = """MINISTRY OF FOREIGN AFFAIRS OF THE NETHERLANDS
The Hague

The Hague, 30 April 2032

Dear Director,

The regional appeal asks for USD 600 million this year, including USD 200 million for the response in Chad, and
so far only 30 per cent of it has been received. The African Development Bank intends to present its own grant of
USD 45 million to its Board in June.

Yours sincerely,

Pieter de Wit
Director-General for International Cooperation
"""


def test_a_share_of_someone_else_s_appeal_received_makes_no_giving_state_one_that_receives(tmp_path):
    # What was received is a share of the appeal, not a sum received by the author's state: the bank's grant is not
    # the Netherlands'.
    assert "NLD" not in commitments_of(tmp_path, SHARE_OF_APPEAL_RECEIVED)[45e6][1]


SHARE_IN_BRACKETS_RECEIVED = """MINISTRY OF PLANNING
Dhaka, Bangladesh

Dhaka, 21 September 2030

Dear Ambassador,

Of the EUR 75 million promised after the cyclone, EUR 45 million (about 60%) has been received by the Government of
Bangladesh.

Yours faithfully,

A. Rahman
Secretary
"""


def test_a_share_in_brackets_after_the_sum_received_keeps_the_receiving_state(tmp_path):
    # The bracketed share glosses the sum itself: the sum is what was received, by the author's state.
    assert commitments_of(tmp_path, SHARE_IN_BRACKETS_RECEIVED)[45e6][1] == ["BGD"]
