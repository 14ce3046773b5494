"""Beneficiaries in letters of states that receive money: a writer asking that a tranche be released, a gap taken up
by "which I request", a letter with an addressee line but no salutation, a subject line naming funds received by a
ministry, and a letter to a foreign lender about its loan. Each text is our own."""

from __future__ import annotations

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

We have the honour to request the release of the second tranche of the loan for the Chipata water works.

The loan amount is USD 30 million, paid in three tranches.

Yours sincerely,

B. Mwale
Permanent Secretary
"""


def test_a_writer_asking_that_a_tranche_be_released_receives_the_loan(tmp_path):
    found = commitments_of(tmp_path, RELEASE_ASKED)
    # The lender's country is never the one helped: the state that asks for the release receives the loan.
    assert found[30e6][1] == ["ZMB"]


def test_a_request_to_release_no_money_does_not_make_the_letter_ask(tmp_path):
    text = RELEASE_ASKED.replace("the release of the second tranche of the loan", "the report of the engineers")
    text = text.replace("The loan amount is USD 30 million, paid in three tranches.", "We spent ZMW 5 million.")
    found = commitments_of(tmp_path, text)
    assert found[5e6][1] == []


GAP_ASKED = """MINISTRY OF HEALTH
REPUBLIC OF SIERRA LEONE

Freetown, 9 June 2015

To the Representatives of the Partners of the health sector

Dear Colleague,

The cholera response plan is under way. The Ministry has released USD 400,000 from its own budget. The
remaining gap is USD 2,200,000, which I have the honour to request from you.

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


RECEIVED_BY_MINISTRY = """THE REPUBLIC OF KENYA
OFFICE OF THE AUDITOR-GENERAL

MEMORANDUM

TO: The Chairperson, Public Accounts Committee
SUBJECT: Audit of donor grants received by the Ministry of Education for the education of Somali refugee
children, 2019

1. The Office has audited the funds received by the Ministry under the Refugee Plan for the Somalia Crisis.

2. The grants received in 2019 amounted to KES 40 billion, of which KES 35 billion was spent during the year.

3. The Office is ready to brief the Committee.
"""


def test_a_state_that_receives_money_for_people_it_hosts_takes_it_with_their_country(tmp_path):
    found = commitments_of(tmp_path, RECEIVED_BY_MINISTRY)
    assert sorted(found[40e9][1]) == ["KEN", "SOM"]


def test_funds_a_subject_line_only_reports_on_do_not_make_the_state_receive(tmp_path):
    text = RECEIVED_BY_MINISTRY.replace("donor grants received by the Ministry of Education", "grants received")
    found = commitments_of(tmp_path, text)
    assert "KEN" not in found[40e9][1]


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


TO_LENDER = """MINISTRY OF TRANSPORT OF THE REPUBLIC OF TAJIKISTAN
Dushanbe

Dushanbe, 5 October 2008

Director, Transport Division
Asian Development Bank
Manila

Dear Sir or Madam,

1. The Ministry submits for your no-objection the award of the contract for the Dushanbe road section.

2. The contract will be financed from the proceeds of the Loan of SDR 12 million and from counterpart funds.

Yours faithfully,

K. Rahimov
Minister of Transport
"""


def test_a_loan_named_in_a_letter_to_a_foreign_lender_is_for_the_state_that_borrows(tmp_path):
    found = commitments_of(tmp_path, TO_LENDER)
    assert found[12e6][1] == ["TJK"]


def test_a_lender_state_writing_to_a_foreign_ministry_about_its_credit_does_not_borrow_it(tmp_path):
    text = TO_LENDER.replace(
        "Director, Transport Division\nAsian Development Bank\nManila",
        "Ministry of Finance of the Republic of Ghana\nAccra",
    )
    text = text.replace("proceeds of the Loan of SDR 12 million", "proceeds of our credit of SDR 12 million to Ghana")
    found = commitments_of(tmp_path, text)
    assert found[12e6][1] == ["GHA"]


def test_the_state_a_letterhead_s_first_line_names_outranks_its_office_s_seat():
    head = "THE DEVELOPMENT COOPERATION FUND, JAPAN\nNairobi Representative Office\nKenya\nTel: 254-20-11 22 33"
    assert author_of(letter_of("We enclose the loan agreement.", letterhead=head))[1] == "JPN"


def test_a_loan_the_author_s_state_gives_to_a_fund_is_not_borrowed(tmp_path):
    text = TO_LENDER.replace(
        "The contract will be financed from the proceeds of the Loan of SDR 12 million and from counterpart funds.",
        "Tajikistan will provide a loan of SDR 12 million to the Bank's trust account.",
    )
    found = commitments_of(tmp_path, text)
    assert "TJK" not in found[12e6][1]
