"""Rules made for one kind of letter (a state's appeal, a decree, a lender's facility) kept from firing on ordinary
donors' letters that share a word with them. Each text is our own."""

from __future__ import annotations

from commitment_rows import commitments_of

DONOR_HEAD = "MINISTRY OF FOREIGN AFFAIRS\nKINGDOM OF NORWAY\n\nOslo, 4 June 2024\n\nDear Colleagues,\n\n"
DONOR_FOOT = "\n\nYours sincerely,\n\nK. Berg\nMinister\n"


def test_a_donor_welcoming_or_calling_for_an_appeal_made_by_others_is_no_beneficiary_of_its_aid(tmp_path):
    for body in (
        "We welcome the appeal for international assistance that the relief agencies issued in May. We have provided"
        " NOK 30 million for water and shelter.",
        "We call for international support to the cyclone response. Norway has provided NOK 30 million for shelter.",
    ):
        found = commitments_of(tmp_path, DONOR_HEAD + body + DONOR_FOOT)
        assert "NOR" not in found[30e6][1], body
