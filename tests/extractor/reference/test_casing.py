"""Title Case lines and names set in capitals (extractor.reference.casing)."""

from __future__ import annotations

import pytest

from extractor.reference.casing import capital_initials, natural_case, title_case_counts


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


@pytest.mark.parametrize(
    ("words", "initials"),
    [
        ("Regional Water Fund".split(), "RWF"),
        ("Fund for the Lakes of the North".split(), "FLN"),  # small words do not count
        (["", "Coastal", "Roads"], "CR"),  # an empty word (an elision cut away) counts nothing
        ("(Harbour Works Board)".split(), "WB"),  # a word opening on a bracket is no capital's
    ],
)
def test_capital_initials(words: list[str], initials: str) -> None:
    assert capital_initials(words) == initials


def test_capital_initials_split_by_the_caller() -> None:
    """The split is the caller's: a hyphenated word is one word or two."""
    assert capital_initials("Inter-Island Ferry Link".split()) == "IFL"
    assert capital_initials("Inter-Island Ferry Link".replace("-", " ").split()) == "IIFL"
