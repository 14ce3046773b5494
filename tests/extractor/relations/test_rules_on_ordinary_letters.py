"""Rules made for one kind of letter (a state's appeal, a decree, a lender's facility) kept from firing on ordinary
donors' letters that share a word with them. Each text is our own."""

from __future__ import annotations

from commitment_rows import commitments_of, statuses_of

from extractor.records.extract import extract_path

DONOR_HEAD = "MINISTRY OF FOREIGN AFFAIRS\nKINGDOM OF NORWAY\n\nOslo, 4 June 2024\n\nDear Colleagues,\n\n"
DONOR_FOOT = "\n\nYours sincerely,\n\nK. Berg\nMinister\n"


def test_a_donor_welcoming_or_calling_for_an_appeal_made_by_others_is_no_beneficiary_of_its_aid(tmp_path):
    for body in (
        "We welcome the appeal for foreign support that the relief agencies issued in May. We have provided"
        " NOK 30 million for water and shelter.",
        "We call for international support to the cyclone response. Norway has provided NOK 30 million for shelter.",
    ):
        found = commitments_of(tmp_path, DONOR_HEAD + body + DONOR_FOOT)
        assert "NOR" not in found[30e6][1], body


def test_a_shall_is_ordered_only_after_an_orders_formula_or_its_title_above_the_first_prose(tmp_path):
    ordinary = (
        "I hereby direct my staff to prepare the agreement. Norway shall contribute EUR 5 million to the clinics in"
        " 2026.",
        "We write on the proposals before the Council.\n\nDirective\n\nThe draft directive on reception sets common"
        " standards. Norway shall contribute EUR 5 million to the clinics in 2026.",
        "Norway shall contribute EUR 5 million to the clinics in 2026. We hereby direct as follows: the embassy reports"
        " each quarter.",
    )
    for body in ordinary:
        assert statuses_of(tmp_path, DONOR_HEAD + body + DONOR_FOOT)[5e6] == ("planned", "future"), body
    head = "OFFICE OF THE PRIME MINISTER\nREPUBLIC OF GHANA\n\nAccra, 4 June 2024\n\n"
    order = (
        "1. The road fund shall pay GHS 40 million to the district assemblies in 2025.\n\nK. Mensah\nPrime Minister\n"
    )
    for opening in (
        "DIRECTIVE\n\nTo: All Ministers\n\n",
        "The floods have damaged the northern roads. I hereby direct:\n\n",
    ):
        assert statuses_of(tmp_path, head + opening + order)[40e6] == ("adopted", "ordered_by_the_text"), opening


def test_a_grant_agreed_with_an_agency_the_donor_funds_is_not_lent_to_the_donor(tmp_path):
    body = "We have transferred the NOK 50 million grant agreed with the World Food Programme."
    assert "NOR" not in commitments_of(tmp_path, DONOR_HEAD + body + DONOR_FOOT)[50e6][1]
    # A loan agreed with a lender is still the borrowing state's.
    head = "MINISTRY OF FINANCE\nREPUBLIC OF GHANA\n\nAccra, 4 June 2024\n\nDear Colleagues,\n\n"
    body = "Ghana will draw the USD 600 million loan agreed with the World Bank for the northern roads."
    assert commitments_of(tmp_path, head + body + DONOR_FOOT)[600e6][1] == ["GHA"]


def test_a_sum_a_giver_was_asked_for_and_paid_is_not_asked_for_by_it(tmp_path):
    head = "MINISTRY OF FOREIGN AFFAIRS\nFEDERAL REPUBLIC OF GERMANY\n\nBerlin, 4 June 2024\n\nDear Colleagues,\n\n"
    body = "Germany, when asked for EUR 10 million by the regional water board, paid it in May."
    assert statuses_of(tmp_path, head + body + DONOR_FOOT)[10e6][0] == "disbursed"
    # The active perfect still names a sum asked for.
    body = "The regional water board has asked for EUR 10 million more for its pumps."
    assert statuses_of(tmp_path, head + body + DONOR_FOOT)[10e6] == ("planned", "asked_for")


def test_a_sum_given_to_security_sector_reform_keeps_its_purpose(tmp_path):
    path = tmp_path / "letter.txt"
    body = "Norway will give EUR 5 million to security sector reform in the region."
    path.write_text(DONOR_HEAD + body + DONOR_FOOT, encoding="utf-8")
    (found,) = extract_path(path).commitments
    assert found.purpose == "to security sector reform in the region"
