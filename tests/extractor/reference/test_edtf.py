"""EDTF written, read and compared once, for the dates component, the store and evaluation alike."""

from __future__ import annotations

import datetime as dt

import pytest

from extractor.reference import edtf


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2025", "2025-01-01", "2025-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2025-10-21", "2025-10-21", "2025-10-21"),
        ("2026-41", "2026-07-01", "2026-12-31"),
        ("2026-40", "2026-01-01", "2026-06-30"),
        ("2026-33", "2026-01-01", "2026-03-31"),
        ("2025-35", "2025-07-01", "2025-09-30"),
        ("2025-38", "2025-05-01", "2025-08-31"),
        # Winter runs into the next year.
        ("2025-24", "2025-12-01", "2026-02-28"),
        # An ISO week is Monday to Sunday and may start in the year before.
        ("2026-W09", "2026-02-23", "2026-03-01"),
        ("2025-W43", "2025-10-20", "2025-10-26"),
        ("2025-W01", "2024-12-30", "2025-01-05"),
        ("2025-W01-3", "2025-01-01", "2025-01-01"),
        ("2024-01/2024-09", "2024-01-01", "2024-09-30"),
        ("2025/2027", "2025-01-01", "2027-12-31"),
        ("2025-W01/2025-W02", "2024-12-30", "2025-01-12"),
        ("202X", "2020-01-01", "2029-12-31"),
        ("2025-XX", "2025-01-01", "2025-12-31"),
        ("2025-06-XX", "2025-06-01", "2025-06-30"),
        ("2025-06~", "2025-06-01", "2025-06-30"),
        ("2024-02?", "2024-02-01", "2024-02-29"),
        ("2025-06-15T10:00:00", "2025-06-15", "2025-06-15"),
    ],
)
def test_intervals(text, first, last):
    assert edtf.interval(text) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    assert edtf.bounds(text) == (first, last)


def test_open_ends_and_unreadable_strings():
    assert edtf.interval("2025-06/..") == (dt.date(2025, 6, 1), None)
    assert edtf.interval("/2025") == (None, dt.date(2025, 12, 31))
    assert edtf.bounds("../2026-06") == (None, "2026-06-30")
    for unreadable in ("next spring", "2025-13", "2025-02-30", "2025-W54", "XXXX-10-28", "2025/soon", ""):
        assert edtf.interval(unreadable) is None, unreadable
        assert edtf.bounds(unreadable) == (None, None), unreadable
    assert edtf.bounds(None) == (None, None)


def test_comparison_is_by_interval_and_falls_back_to_the_text():
    assert edtf.same_interval("2026-41", "2026-07/2026-12")
    assert edtf.same_interval("2025", "2025-01-01/2025-12-31")
    assert not edtf.same_interval("2025-06", "2025")
    assert not edtf.same_interval("2025-W43", "2025")
    assert edtf.same_interval("soon", " soon") and not edtf.same_interval("soon", "2025")


def test_written_forms_read_back_to_what_they_say():
    assert edtf.date_text(2026) == "2026"
    assert edtf.date_text(2026, 6) == "2026-06"
    assert edtf.date_text(2026, 6, 3) == "2026-06-03"
    assert edtf.date_text("XXXX", 10, 28) == "XXXX-10-28"
    assert edtf.week_text(dt.date(2025, 1, 1)) == "2025-W01"
    assert edtf.week_text(dt.date(2027, 1, 1)) == "2026-W53"
    assert edtf.sub_year_text(2026, edtf.HALF_CODES[2]) == "2026-41"
    assert edtf.bounds(edtf.sub_year_text(2026, edtf.QUARTER_CODES[3])) == ("2026-07-01", "2026-09-30")
    assert edtf.bounds(edtf.interval_text("2025", edtf.OPEN_END)) == ("2025-01-01", None)
    assert edtf.is_sub_year("2026-41") and edtf.is_sub_year("2026-21")
    assert not edtf.is_sub_year("2026-06") and not edtf.is_sub_year("2026-42")


def test_month_end_runs_past_december():
    assert edtf.month_end(2024, 2) == dt.date(2024, 2, 29)
    assert edtf.month_end(2025, 12) == dt.date(2025, 12, 31)
    assert edtf.month_end(2025, 14) == dt.date(2026, 2, 28)


def test_a_us_fiscal_year_and_the_year_that_names_it():
    from extractor.reference.edtf import fiscal_year_named, fiscal_year_text

    assert fiscal_year_text(2022) == "2021-10/2022-09"
    assert fiscal_year_named("2021-10/2022-09") == "2022"
    # Any other twelve months (an April-March year, a calendar year) names no US fiscal year.
    assert fiscal_year_named("2023-04/2024-03") is None
    assert fiscal_year_named("2021-10/2023-09") is None
    assert fiscal_year_named("2022") is None


def test_another_countrys_fiscal_year_is_named_by_the_years_its_mention_writes():
    from extractor.reference.edtf import fiscal_year_named

    # A split year names both calendar years; a year written alone (two digits or four) names that one.
    assert fiscal_year_named("2031-07/2032-06", "FY 2031-32") == "2031/2032"
    assert fiscal_year_named("2029-04/2030-03", "the financial year 2029/30") == "2029/2030"
    assert fiscal_year_named("2027-07/2028-06", "FY28") == "2028"
    assert fiscal_year_named("2033-04/2034-03", "fiscal year 2033") == "2033"
    # Not twelve months, or a calendar year: no fiscal year to name.
    assert fiscal_year_named("2031-07/2033-06", "FY 2031-33") is None
    assert fiscal_year_named("2031-01/2031-12", "FY 2031") is None


def test_a_letters_datetime_is_read_as_its_day():
    assert edtf.calendar_day(dt.datetime(2019, 4, 2, 16, 30)) == dt.date(2019, 4, 2)
    assert type(edtf.calendar_day(dt.datetime(2019, 4, 2, 16, 30))) is dt.date
    assert edtf.calendar_day(dt.date(2019, 4, 2)) == dt.date(2019, 4, 2)
    assert edtf.calendar_day(None) is None


def test_a_day_is_what_date_text_writes_for_a_day():
    """The digest's and the dates rules' test of a date to the day reads date_text's days, and only them."""
    assert edtf.DAY.fullmatch(edtf.date_text(2031, 2, 9))
    assert not any(edtf.DAY.fullmatch(text) for text in (edtf.date_text(2031, 2), edtf.date_text(2031), "2031-2-9"))
