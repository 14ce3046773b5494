"""Negative cases a review of merge40 reproduced, in invented letters."""

from __future__ import annotations

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
