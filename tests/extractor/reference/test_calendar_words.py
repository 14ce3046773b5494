"""The calendar table: months and weekdays, read alike by the letter readers and the date rules."""

from __future__ import annotations

import datetime as dt

from extractor.reference.calendar_words import (
    ENGLISH_MONTH_WORDS,
    ETHIOPIAN_MONTH_NUMBERS,
    MONTH_NAMES,
    MONTH_NUMBERS,
    MONTH_SPELLINGS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
    calendar_spellings,
    ethiopian_month_span,
    ethiopian_to_gregorian,
)


def test_quality68_month_names_are_the_twelve_full_names():
    assert len(MONTH_NAMES) == 12
    assert {"January", "May", "September", "December"} <= MONTH_NAMES
    assert not {"Jan", "Sept", "Sept."} & MONTH_NAMES


def test_quality68_english_month_words_are_lower_case_without_a_stop():
    assert {"january", "jan", "sep", "sept", "may"} <= ENGLISH_MONTH_WORDS
    assert not any(word.endswith(".") or word != word.lower() for word in ENGLISH_MONTH_WORDS)
    assert ("Sept.", 9) in MONTH_SPELLINGS


def test_quality68_month_numbers_read_other_languages_too():
    assert MONTH_NUMBERS["sept"] == 9 and MONTH_NUMBERS["octobre"] == 10 and MONTH_NUMBERS["märz"] == 3
    assert set(ENGLISH_MONTH_WORDS) <= set(MONTH_NUMBERS)


def test_quality68_weekdays_in_order_from_monday():
    assert WEEKDAY_NAMES[0] == "Monday" and WEEKDAY_NAMES[-1] == "Sunday" and len(WEEKDAY_NAMES) == 7
    assert calendar_spellings("weekday")[3] == ("Thursday", 3)


def test_each_weekday_abbreviation_begins_the_name_of_its_day():
    names = dict(calendar_spellings("weekday"))
    by_number = {number: name for name, number in names.items()}
    for short, number in calendar_spellings("weekday_abbreviation"):
        assert by_number[number].startswith(short)
    assert {number for _short, number in calendar_spellings("weekday_abbreviation")} == set(range(7))
    assert not set(WEEKDAY_ABBREVIATIONS) & set(WEEKDAY_NAMES)


def test_an_ethiopian_date_is_the_gregorian_day_it_falls_on():
    # Meskerem 1 is 11 September, or 12 September before a Gregorian leap year; Pagume has six days in a year 3 mod 4.
    assert ethiopian_to_gregorian(2010, 1, 1) == dt.date(2017, 9, 11)
    assert ethiopian_to_gregorian(2011, 1, 1) == dt.date(2018, 9, 11)
    assert ethiopian_to_gregorian(2012, 1, 1) == dt.date(2019, 9, 12)
    assert ethiopian_to_gregorian(2011, 13, 6) == dt.date(2019, 9, 11)
    assert ethiopian_to_gregorian(2010, 13, 6) is None
    assert ethiopian_to_gregorian(2014, 5, 10) == dt.date(2022, 1, 18)
    # A misread year past the last day a date can hold is no date.
    assert ethiopian_to_gregorian(9998, 6, 4) is None
    assert ethiopian_month_span(2015, 11) == (dt.date(2023, 7, 8), dt.date(2023, 8, 6))
    assert ETHIOPIAN_MONTH_NUMBERS["tikemt"] == ETHIOPIAN_MONTH_NUMBERS["tikimt"] == 2
