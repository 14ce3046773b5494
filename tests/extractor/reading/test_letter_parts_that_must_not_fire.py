"""Negative cases a review of merge40 reproduced, in invented letters."""

from __future__ import annotations

import datetime as dt

import pytest

from extractor.reading.letter_parts import split_letter
from extractor.reading.text_input import text_blocks


def test_a_signer_whose_name_opens_with_dotted_initials_is_no_copy_list():
    # "A.B. Name" under the closing signs the letter: capital initials and one space are a name, no "c.c." mark.
    text = (
        "Kisumu, 9 October 2004\n\nDear Madam,\n\nWe acknowledge the second instalment for the ferry landings.\n\n"
        "Yours sincerely,\n\nC.C. Achterberg\nDirector of Works"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.signatory, parts.signatory_title) == ("C.C. Achterberg", "Director of Works")


@pytest.mark.xfail(strict=True, reason="the place over the date at a flush-left foot is also read as the signer")
def test_a_note_s_place_on_its_own_line_over_its_date_at_the_left_foot():
    # The foot of a note verbale set flush left: the place alone, the date under it, then the addressee in another
    # city; the place and date are the note's, the addressee no signer.
    text = (
        "The Embassy of Valdoria presents its compliments to the Ministry of Water of Ostrava and has the honour to "
        "report that the pumps for the three districts have been delivered.\n\n"
        "The Embassy avails itself of this opportunity to renew the assurances of its highest consideration.\n\n"
        "Lindport,\n14 November 1988\n\nMinistry of Water\nKarvin"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date, parts.signatory) == ("Lindport", dt.date(1988, 11, 14), None)
