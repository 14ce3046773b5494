"""Title Case lines and names set in capitals (extractor.reference.casing)."""

from __future__ import annotations

import pytest

from extractor.reference.casing import natural_case, title_case_counts


@pytest.mark.parametrize(
    ("line", "counts"),
    [
        ("Partners Pledge More than $2 Billion for Clean Water", (8, 6)),
        ("A Plan Toward Safer Roads via the Corridor", (8, 4)),
        ("Trade But Not Aid", (4, 3)),  # a small word set in capitals is still a title's word
    ],
)
def test_title_case_counts_words_and_capitalised_words(line, counts):
    assert title_case_counts(line) == counts


def test_a_sentence_is_not_title_case():
    assert title_case_counts("The ministry approved a grant for schools") is None


def test_natural_case_keeps_particles_and_numerals():
    assert natural_case("MARIA VAN DER BERG III", {"van", "der"}) == "Maria van der Berg III"


def test_without_accents_keeps_the_letters_and_their_case():
    from extractor.reference.casing import without_accents

    assert without_accents("Zaïre, Sénégal, São Tomé, Côte d'Ivoire") == "Zaire, Senegal, Sao Tome, Cote d'Ivoire"
