"""Beneficiaries in letters to funds and lenders: a subject line that submits a request, a letter with no letterhead
whose date line names its state, the countries named eligible for a new fund, and "financing of" a sum. Each text is
our own."""

from __future__ import annotations

import pytest
from commitment_rows import commitments_of

from extractor.records.extract import extract_path

SUBMITTED_REQUEST = """MINISTRY OF HEALTH - REPUBLIC OF MALAWI
Capital Hill, Lilongwe

Lilongwe, 3 March 2024

To: The Chief Executive Officer, The Vaccine Fund, Geneva Subject: Submission of Malawi's grant request for 2025

Dear Chief Executive Officer,

The allocation letter communicated a ceiling of USD 40 million, shared as follows:

    Component          Amount (USD)
    Measles            25,000,000
    Polio              15,000,000

We also submit an additional request of USD 6 million for cold chain equipment.

Yours sincerely,

A. Banda
Minister of Health
"""


def test_a_subject_line_submitting_the_authors_request_makes_the_authors_state_receive(tmp_path):
    found = commitments_of(tmp_path, SUBMITTED_REQUEST)
    # The state that submits a request to a fund receives what it asks for, also where no sentence says "we request".
    assert found[6e6][1] == ["MWI"]
    assert found[25e6][1] == ["MWI"] and found[15e6][1] == ["MWI"]


def test_a_request_the_subject_line_answers_is_the_addressees_not_the_authors(tmp_path):
    text = SUBMITTED_REQUEST.replace("Submission of Malawi's grant request for 2025", "Your request for data")
    text = text.replace("We also submit an additional request of", "The Ministry has itself spent")
    found = commitments_of(tmp_path, text)
    # Nothing asks for money: the ministry's own spending stays with its state, no beneficiary.
    assert found[6e6][1] == []


NO_LETTERHEAD = """Suva, Fiji
May 2, 2019

Madam President
Regional Development Bank
12 Harbour Road

Dear Madam President:

1. We request a loan of USD 30 million in support of the reform programme set out in the attached memorandum.

2. We will keep the Bank informed of progress.

Very truly yours,

A. Naidu
Minister of Economy
"""


def test_a_letter_without_letterhead_is_written_from_the_state_its_date_line_names_not_by_its_addressee(tmp_path):
    found = commitments_of(tmp_path, NO_LETTERHEAD)
    # The block under the date line is the inside address: the bank is asked, the state the date line names asks.
    assert found[30e6][1] == ["FJI"]


def test_a_subject_line_requesting_no_money_does_not_make_the_letter_ask(tmp_path):
    text = SUBMITTED_REQUEST.replace(
        "Submission of Malawi's grant request for 2025", "Report on funds received and request for a no-cost extension"
    )
    text = text.replace("We also submit an additional request of", "The Ministry has itself spent")
    found = commitments_of(tmp_path, text)
    assert found[6e6][1] == []


def test_countries_a_later_sentence_names_eligible_share_a_new_fund(tmp_path):
    text = (
        "FRENCH REPUBLIC\nMinistry of Culture\n\nParis, 2 June 2021\n\nDear colleague,\n\nI have decided to create a fund for libraries of EUR 2 million over two years, managed by"
        " our cultural institute. It will pay for training and equipment. Ghana, Togo and Benin will be the first"
        " countries eligible.\n\nYours sincerely,\n\nA. Martin\nMinister of Culture\n"
    )
    found = commitments_of(tmp_path, text)
    assert sorted(found[2e6][1]) == ["BEN", "GHA", "TGO"] and found[2e6][2] == "focal_countries"


def test_countries_named_not_eligible_share_nothing(tmp_path):
    text = (
        "FRENCH REPUBLIC\nMinistry of Culture\n\nParis, 2 June 2021\n\nDear colleague,\n\nI have decided to create a fund for libraries of EUR 2 million over two years, managed by"
        " our cultural institute. It will pay for training and equipment. Ghana and Togo are not eligible.\n\n"
        "Yours sincerely,\n\nA. Martin\nMinister of Culture\n"
    )
    found = commitments_of(tmp_path, text)
    assert "GHA" not in found[2e6][1] and "TGO" not in found[2e6][1]


def test_financing_of_a_sum_from_lenders_is_a_commitment(tmp_path):
    text = NO_LETTERHEAD.replace(
        "2. We will keep",
        "2. The regional banks have each indicated financing of up to USD 45 million over the period.\n\n3. We will"
        " keep",
    )
    found = commitments_of(tmp_path, text)
    assert found[45e6][1] == ["FJI"]


def test_a_sum_granted_to_a_passive_subject_is_theirs_not_the_authors_spending(tmp_path):
    text = (
        "MINISTRY OF TRANSPORT\nREPUBLIC OF FINLAND\n\nHelsinki, 3 May 2018\n\nDear Colleagues,\n\nThe link is shared"
        " by length: Finland EUR 1.1 bn and Sweden EUR 0.9 bn. So far the two countries have been granted EUR 300"
        " million from the European facility for the design.\n\nWith kind regards,\n\nA. Virtanen\nMinister\n"
    )
    found = commitments_of(tmp_path, text)
    # "have been granted" makes its subject the one given to: the author's own state is among them.
    assert sorted(found[300e6][1]) == ["FIN", "SWE"]


def test_partners_after_a_participle_with_are_no_beneficiaries(tmp_path):
    text = (
        "Dear Mr. Chair,\n\nIn that capacity we have contributed $2 million to the joint exercise on model testing,"
        " carried out with Italy and Chile in March 2025.\n\nSincerely,\n\nA. Brown\nMinister\n"
    )
    found = commitments_of(tmp_path, text)
    assert "ITA" not in found[2e6][1] and "CHL" not in found[2e6][1]


def test_the_writers_own_application_for_a_sum_makes_the_letter_ask(tmp_path):
    text = (
        "MINISTRY OF HEALTH\nREPUBLIC OF GHANA\n\nAccra, 5 May 2021\n\nDear Chief Executive Officer,\n\nThe Ministry"
        " of Finance has paid USD 400,000 towards our arrears. We also request the Secretariat to consider our"
        " application for US$ 2.5 million in support funds for cold chain equipment.\n\nYours faithfully,\n\n"
        "A. Mensah\nMinister of Health\n"
    )
    found = commitments_of(tmp_path, text)
    assert found[2.5e6][1] == ["GHA"]


def test_money_of_a_kind_named_after_of_and_a_budget_estimated_at_a_sum_are_commitments(tmp_path):
    text = (
        "MINISTRY OF SPORTS\nREPUBLIC OF GHANA\n\nAccra, 5 May 2021\n\nDear President,\n\nGhana has reserved GHS 40"
        " million of national co-financing for the games. The transport budget for the games is estimated at GHS 9"
        " million.\n\nYours faithfully,\n\nA. Mensah\nMinister\n"
    )
    found = commitments_of(tmp_path, text)
    assert 40e6 in found and 9e6 in found


def test_a_threshold_that_things_are_sorted_by_is_no_commitment(tmp_path):
    text = (
        "Dear President,\n\nThe Government has adopted a decree requiring appraisal of all projects above EUR 5"
        " million, and it has allocated EUR 20 million to the programme.\n\nYours faithfully,\n\nA. Mensah\nMinister\n"
    )
    found = commitments_of(tmp_path, text)
    assert 5e6 not in found and 20e6 in found


def test_support_from_abroad_a_state_needs_is_for_that_state_but_its_own_is_not(tmp_path):
    head = "MINISTRY OF FINANCE\nREPUBLIC OF KENYA\n\nNairobi, 5 May 2021\n\nDear Executive Secretary,\n\n"
    foot = "\n\nYours faithfully,\n\nA. Otieno\nMinister\n"
    need = "Half of the plan's cost will be covered by external financing of USD 4 billion over five years."
    found = commitments_of(tmp_path, head + need + foot)
    assert found[4e9][1] == ["KEN"] and found[4e9][2] == "support_from_abroad"
    found = commitments_of(
        tmp_path, head + "This year we have raised our international support of USD 40 million by a tenth." + foot
    )
    assert found.get(40e6, (None, []))[1] == []


FIJI_HEAD = "MINISTRY OF FINANCE\nREPUBLIC OF FIJI\n\nSuva, 2 February 2027\n\nDear Colleagues,\n\n"
NORWAY_HEAD = "MINISTRY OF FOREIGN AFFAIRS\nKINGDOM OF NORWAY\n\nOslo, 2 February 2027\n\nDear Colleagues,\n\n"
FOOT = "\n\nYours faithfully,\n\nS. Naidu\nMinister\n"


def test_an_appeal_a_state_makes_for_help_from_abroad_is_for_that_state_as_is_what_foreign_givers_pay(tmp_path):
    body = (
        "We have put out a request for external finance totalling FJD 120 million to rebuild the coastal road."
        " Japan has already sent JPY 300 million towards it, for which we are grateful."
    )
    found = commitments_of(tmp_path, FIJI_HEAD + body + FOOT)
    assert found[120e6][1] == ["FJI"] and found[120e6][2] == "support_from_abroad"
    assert found[300e6][1] == ["FJI"] and found[300e6][2] == "given_to_author"


def test_an_appeal_a_state_s_note_makes_hereby_is_for_that_state_as_is_what_foreign_givers_pay(tmp_path):
    note = (
        "MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF FIJI\n\nNOTE VERBALE\n\nThe Ministry writes to all embassies in"
        " Suva. An appeal for six months of relief and rebuilding is hereby presented, amounting to FJD 50 million."
        " The Government of Tuvalu has sent AUD 200,000 to"
        " the relief account, for which the Ministry is grateful.\n\nSuva, 2 February 2027\n"
    )
    found = commitments_of(tmp_path, note)
    assert found[50e6][1] == ["FJI"] and found[200e3][1] == ["FJI"]


@pytest.mark.parametrize(
    "body",
    [
        "Norway has answered the call for foreign support with NOK 40 million for the cyclone-hit islands.",
        "Following the call for foreign support, Norway has sent NOK 40 million for the cyclone-hit islands.",
    ],
    ids=["answered", "following"],
)
def test_a_donor_that_gives_after_someone_else_s_appeal_makes_no_appeal_of_its_own(tmp_path, body):
    found = commitments_of(tmp_path, NORWAY_HEAD + body + FOOT)
    assert "NOR" not in found[40e6][1]


def test_a_donor_that_welcomes_someone_else_s_appeal_makes_no_appeal_of_its_own(tmp_path):
    body = (
        "We welcome the call for foreign support that the United Nations issued last week. Norway has"
        " sent NOK 40 million for the cyclone-hit islands."
    )
    found = commitments_of(tmp_path, NORWAY_HEAD + body + FOOT)
    assert "NOR" not in found[40e6][1]


def test_a_facility_a_state_agreed_with_an_international_lender_is_for_that_state(tmp_path):
    body = "Fiji draws each quarter on the USD 900 million credit line agreed with the Islamic Development Bank."
    found = commitments_of(tmp_path, FIJI_HEAD + body + FOOT)
    assert found[900e6][1] == ["FJI"]


def test_a_country_whose_possessive_owns_the_money_is_no_beneficiary(tmp_path):
    text = (
        "Dear colleague,\n\nThe Minister recalled that Norway's humanitarian budget for 2024 amounts to NOK 6 billion"
        " worldwide.\n\nYours sincerely,\n\nA. Hansen\nDirector\n"
    )
    found = commitments_of(tmp_path, text)
    assert "NOR" not in found[6e9][1]


NEEDING_STATE_HEAD = "MINISTRY OF PLANNING\nREPUBLIC OF GHANA\n\nAccra, 2 June 2021\n\nDear Executive Director,\n\n"
NEEDING_STATE_FOOT = "\n\nYours faithfully,\n\nK. Mensah\nMinister\n"


def test_a_state_that_needs_support_from_abroad_receives_what_foreign_givers_pay(tmp_path):
    body = (
        "Ghana will need international support estimated at USD 9 billion to meet its targets. "
        "Last month Denmark paid USD 12 million into the national adaptation fund. "
        "Of the USD 30 million approved by the regional climate facility in 2019, USD 10 million has been disbursed."
    )
    found = commitments_of(tmp_path, NEEDING_STATE_HEAD + body + NEEDING_STATE_FOOT)
    assert found[12e6][1] == ["GHA"] and found[12e6][2] == "given_to_author"
    assert found[30e6][1] == ["GHA"] and found[10e6][1] == ["GHA"]


def test_a_state_that_does_not_say_it_needs_support_from_abroad_is_not_given_what_others_pay(tmp_path):
    body = (
        "Our programme has grown steadily. Last month Denmark paid USD 12 million into the adaptation fund. "
        "We will add USD 5 million of our own."
    )
    found = commitments_of(tmp_path, NEEDING_STATE_HEAD + body + NEEDING_STATE_FOOT)
    assert found[12e6][1] == []


def test_a_foreign_state_agreeing_to_a_grant_through_notes_signed_on_a_day_gives_it(tmp_path):
    # "signed" describes the notes, it is not the parties' signing: the state before it gives the grant.
    body = (
        "We have requested USD 3 million in technical assistance from the regional facility. In addition, the "
        "Government of Korea has agreed, through an exchange of notes signed on 4 May 2021, to a grant of KRW 5 billion "
        "for flood warning stations."
    )
    found = commitments_of(tmp_path, NEEDING_STATE_HEAD + body + NEEDING_STATE_FOOT)
    assert found[5e9][1] == ["GHA"]


JOINT_APPLICATION = """MINISTRY OF TRANSPORT
REPUBLIC OF SLOVENIA
Langusova 4, Ljubljana

H.E. Mr Ivo Horvat
Minister of the Sea, Transport and Infrastructure of the Republic of Croatia
Prisavlje 14, Zagreb

Ljubljana, 3 March 2019

Dear Colleague,

The fund expects to open its next call in the autumn. I propose that we apply jointly for about EUR 80 million for the
cross-border section of the line between Slovenia and Croatia. Separately, I propose that we apply for EUR 4 million
for studies.

Yours sincerely,

J. Novak
Minister
"""


def test_a_sum_we_apply_for_jointly_is_for_the_author_and_the_addressees_states(tmp_path):
    found = commitments_of(tmp_path, JOINT_APPLICATION)
    assert sorted(found[80e6][1]) == ["HRV", "SVN"]


def test_a_title_in_capitals_opening_with_a_request_makes_the_letter_an_asking_one(tmp_path):
    text = (
        "GOVERNMENT OF MALAWI\nMINISTRY OF FINANCE AND ECONOMIC PLANNING\n\nThe President\nRegional Development Fund\n\nDear President,\n\n"
        "REQUEST FOR DEFERRAL OF LOAN REPAYMENTS\n\nI write on behalf of the Government of Malawi to ask for a deferral of our "
        "repayments for 2026.\n\n"
        "We propose that the sums of about USD 4 million thus freed be spent on rural clinics.\n\n"
        "Yours sincerely,\n\n[signature]\n\nMinister of Finance of the Republic of Malawi\n"
    )
    assert commitments_of(tmp_path, text)[4e6][1] == ["MWI"]


SUPPORT_REQUEST = """REPUBLIC OF THE GAMBIA
Ministry of Fisheries

Banjul, 4 February 2019

To the Executive Secretary
Sub-Regional Fisheries Commission
Dakar

Subject: Patrols of the coastal waters - request for support

Sir,

We wish to acknowledge the help of the Kingdom of Norway, which last year announced a contribution of EUR 2 million
in radar equipment for the Navy.

Yours faithfully,

Minister of Fisheries
"""


@pytest.mark.parametrize(("subject", "expected"), [("request for support", ["GMB"]), ("report", [])])
def test_a_subject_line_asking_for_support_makes_the_letter_ask(tmp_path, subject, expected):
    # "request for support", as "request for assistance": the author's state receives what a foreign state gives it.
    # (Written to a regional commission, no giver's mission: a letter to one makes its author receive in any case.)
    found = commitments_of(tmp_path, SUPPORT_REQUEST.replace("request for support", subject))
    assert found[2e6][1] == expected


ASKED_OF_OWN_STATE = """STATE OF OREGON
OFFICE OF THE GOVERNOR
SALEM, OREGON

March 3, 2017

The Honorable Jane Doe
Administrator
Federal Highway Administration
U.S. Department of Transportation
Washington, DC 20590

Re: Request for emergency relief funds for storm-damaged highways

Dear Administrator Doe:

The storms of January closed 40 highways across the state. The State has already spent $12 million on temporary
repairs, and I request that the Federal share of the permanent repairs be raised.

Sincerely,

Tom Reed
Governor
"""


def test_a_request_to_a_body_of_the_author_s_own_state_gives_that_state_no_money(tmp_path):
    found = commitments_of(tmp_path, ASKED_OF_OWN_STATE)
    # A governor asking a federal agency: the country pays itself, so it is no beneficiary (DIGEST.md).
    assert found[12e6][1] == []


def test_a_state_s_programme_to_be_financed_from_another_state_s_fund_is_for_that_state(tmp_path):
    letter = """MINISTRY OF COMMERCE
REPUBLIC OF ZAMBIA
Lusaka, 4 May 2031

Dear Director,

Following our meeting in March, the Ministry submits a Border Agency Reform Project of EUR 9 million for \
2032-2034, to be financed from Japan's grant aid, split as follows:

  (a) border posts: EUR 6 million;
  (b) training of officers: EUR 3 million.

Yours sincerely,

Permanent Secretary
"""
    path = tmp_path / "letter.txt"
    path.write_text(letter, encoding="utf-8")
    found = {c.amounts[0].value: c.beneficiaries for c in extract_path(path).commitments}
    assert (found[9e6], found[6e6], found[3e6]) == (["ZMB"], ["ZMB"], ["ZMB"])
