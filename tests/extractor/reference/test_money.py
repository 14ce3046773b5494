"""Money and other amounts formatted once, long and compact, never cutting a digit."""

from __future__ import annotations

import pytest

from extractor.reference.money import (
    CURRENCY_SIGNS,
    DEFAULT_DOLLAR,
    amount_text,
    currency_signs,
    exact_number,
    format_amount,
    format_money,
)
from models.entities import AmountValue


@pytest.mark.parametrize(
    "value, currency, long, compact",
    [
        (675e6, "EUR", "EUR 675 million", "EUR 675M"),
        (1.5e9, "USD", "USD 1.5 billion", "USD 1.5bn"),
        (2e9, "GBP", "GBP 2 billion", "GBP 2bn"),
        # Every digit stays: no rounding to three places or six significant digits.
        (1_234_567_890, "EUR", "EUR 1.23456789 billion", "EUR 1.23456789bn"),
        (934.5e6, "USD", "USD 934.5 million", "USD 934.5M"),
        # A scale word times a decimal leaves float noise (1.1 * 1e6 = 1100000.0000000002): not a digit.
        (1.1 * 1e6, "EUR", "EUR 1.1 million", "EUR 1.1M"),
        (7_500, "EUR", "EUR 7,500", "EUR 7.5k"),
        (12_345.5, "CHF", "CHF 12,345.5", "CHF 12.3455k"),
        (250, "EUR", "EUR 250", "EUR 250"),
        (0.5, "EUR", "EUR 0.5", "EUR 0.5"),
        (3e6, None, "3 million", "3M"),
        (-2e6, "EUR", "EUR -2 million", "EUR -2M"),
    ],
)
def test_long_and_compact_sums(value, currency, long, compact):
    assert format_money(value, currency) == long
    assert format_money(value, currency, compact=True) == compact


def test_exact_numbers():
    assert exact_number(675_000_000) == "675,000,000"
    assert exact_number(675_000_000, grouped=False) == "675000000"
    assert exact_number(0.1 + 0.2) == "0.3"
    assert exact_number(1e15) == "1,000,000,000,000,000"
    assert exact_number(0) == "0" and exact_number(-0.0) == "0"


def test_exact_numbers_to_fixed_decimals():
    """An amount's normal form keeps six decimals, however many digits the whole part has."""
    assert exact_number(2_500_000, grouped=False, decimals=6) == "2500000"
    assert exact_number(4.25, grouped=False, decimals=6) == "4.25"
    assert exact_number(0.12345678, grouped=False, decimals=6) == "0.123457"
    # More than SIGNIFICANT_DIGITS digits: significant digits round them, fixed decimals keep them.
    assert exact_number(3_141_592_653_589.5, grouped=False, decimals=6) == "3141592653589.5"
    assert exact_number(3_141_592_653_589.5, grouped=False) == "3141592653590"


def test_percents_and_counts():
    assert format_amount("percent", 23) == "23%"
    assert format_amount("percent", 2.5) == "2.5%"
    assert format_amount("count", 7_000) == "7,000"
    assert format_amount("count", 2_000_000) == "2 million"
    assert format_amount("money", 80e6, "EUR") == "EUR 80 million"


def test_an_amount_record_reads_as_its_kind():
    assert amount_text(AmountValue(kind="money", value=80e6, currency="EUR")) == "EUR 80 million"
    assert amount_text(AmountValue(kind="money", value=80e6, currency="EUR"), compact=True) == "EUR 80M"
    assert amount_text(AmountValue(kind="percent", value=40)) == "40%"


def test_dollar_countries_come_from_pycountry_names():
    from extractor.reference.money import dollar_countries

    table = dollar_countries()
    assert (table["AUS"], table["CAN"], table["NZL"], table["USA"]) == ("AUD", "CAD", "NZD", "USD")
    assert "DEU" not in table and "JPN" not in table


def test_a_country_whose_dollar_is_a_region_s_or_another_state_s_writes_that_dollar():
    from extractor.reference.money import dollar_countries

    table = dollar_countries()
    assert (table["GRD"], table["LCA"], table["SUR"], table["KIR"]) == ("XCD", "XCD", "SRD", "AUD")


def test_the_sign_class_is_drawn_from_the_sign_table():
    """Each one-character sign other rules read a sum by is a sign of the shared table, with its code."""
    signs = currency_signs()
    assert [sign for sign in CURRENCY_SIGNS if sign not in signs] == []
    assert signs["$"] == DEFAULT_DOLLAR and signs["€"] == "EUR"
