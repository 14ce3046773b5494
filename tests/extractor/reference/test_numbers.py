"""One number reader serves the amounts component and the query command line."""

from __future__ import annotations

import re

import pytest

from extractor.reference.numbers import YEAR, YEAR_MAX, YEAR_MIN, parse_grouped_number
from extractor.store.query import parse_amount


@pytest.mark.parametrize(
    "text, scaled, expected",
    [
        ("1,250.5", False, 1250.5),
        ("1.250,5", False, 1250.5),
        ("12\u2009500", False, 12500.0),
        ("12'500'000", False, 12_500_000.0),
        ("1,5", True, 1.5),
        ("1.250", True, 1.25),
        ("10.000", False, 10_000.0),
        ("2.500.000", False, 2_500_000.0),
        # Indian grouping: three digits, then pairs.
        ("3,45,600", False, 345_600.0),
        ("12,34,56,789", False, 123_456_789.0),
        # A leading zero group is no thousands group: a rate, not 512.
        ("0.512", False, 0.512),
        ("twelve", False, None),
    ],
)
def test_grouped_numbers(text, scaled, expected):
    assert parse_grouped_number(text, scaled) == expected


def test_the_query_reads_a_sum_as_a_letter_would():
    from extractor.nlp.amounts import parse_number

    for written in ("1.250,5", "12\u2009500", "1,250"):
        assert parse_amount(f"EUR {written}")[0] == parse_number(written)


@pytest.mark.parametrize("digits", [305, 400, 5000])
def test_a_number_too_long_for_a_float_is_out_of_range_not_an_overflow(digits, caplog):
    assert parse_grouped_number("9" * digits) is None
    assert "out of range" in caplog.text


def test_words_float_reads_are_not_numbers():
    assert [parse_grouped_number(t) for t in ("nan", "inf", "1e400")] == [None, None, None]


def test_the_year_pattern_reads_the_years_a_number_may_be():
    """The dates and names rules' year lies within the years a number may be read as."""
    assert re.fullmatch(YEAR, str(YEAR_MIN)) and re.fullmatch(YEAR, "2099")
    assert not re.fullmatch(YEAR, str(YEAR_MIN - 1)) and not re.fullmatch(YEAR, str(YEAR_MAX))
