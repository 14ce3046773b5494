"""One number reader serves the amounts component and the query command line."""

from __future__ import annotations

import pytest

from extractor.reference.numbers import parse_grouped_number
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
        ("twelve", False, None),
    ],
)
def test_grouped_numbers(text, scaled, expected):
    assert parse_grouped_number(text, scaled) == expected


def test_the_query_reads_a_sum_as_a_letter_would():
    from extractor.nlp.amounts import parse_number

    for written in ("1.250,5", "12\u2009500", "1,250"):
        assert parse_amount(f"EUR {written}")[0] == parse_number(written)
