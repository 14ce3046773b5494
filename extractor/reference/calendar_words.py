"""The names of the months and weekdays: one table (calendar_words.tsv) for the letter readers and the stages.

Kept free of spaCy, so that the readers of a letter's parts (its date line) and the date rules read the same
names: the English months with their abbreviations, the months of a date line in other languages, the weekdays.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from extractor.reference.edtf import MONTHS_A_YEAR
from extractor.reference.marks import ROMAN_VALUES

CALENDAR_FILE = Path(__file__).with_name("calendar_words.tsv")


@functools.lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str, int], ...]:
    """(kind, spelling, number) rows of the table, in file order."""
    with CALENDAR_FILE.open(encoding="utf-8") as handle:
        cells = [line.rstrip("\n").split("\t") for line in handle if line.strip() and not line.startswith("#")]
    return tuple((kind, spelling, int(number)) for kind, spelling, number in cells)


def calendar_spellings(kind: str) -> tuple[tuple[str, int], ...]:
    """(spelling, number) of one kind (month, month_other_language, weekday), in file order."""
    return tuple((spelling, number) for row_kind, spelling, number in _rows() if row_kind == kind)


# The English months as written, full names and abbreviations ("Jan.", "Sept"), with their numbers.
MONTH_SPELLINGS = calendar_spellings("month")
# A month's full name, capitalised ("January"): its longest English spelling.
MONTH_NAMES = frozenset(
    max((spelling for spelling, n in MONTH_SPELLINGS if n == number), key=len) for number in range(1, 13)
)
# Lower-case month words without their stop -> number: the English ones ("sept") and a date line's in other
# languages ("octobre", "März").
MONTH_NUMBERS = {spelling.lower().rstrip("."): number for spelling, number in MONTH_SPELLINGS} | {
    spelling.lower(): number for spelling, number in calendar_spellings("month_other_language")
}
# The English month words, lower case without a stop ("january", "sept").
ENGLISH_MONTH_WORDS = frozenset(spelling.lower().rstrip(".") for spelling, _number in MONTH_SPELLINGS)
# The weekdays' names, capitalised ("Monday"), in order.
WEEKDAY_NAMES = tuple(spelling for spelling, _number in calendar_spellings("weekday"))
# The weekdays' short forms, capitalised without a stop ("Tue", "Thurs"), in file order.
WEEKDAY_ABBREVIATIONS = tuple(spelling for spelling, _number in calendar_spellings("weekday_abbreviation"))
# The months in Roman numerals as a date writes them ("XI" -> 11), upper case: marks' numerals up to twelve.
ROMAN_MONTH_NUMBERS = {numeral.upper(): value for numeral, value in ROMAN_VALUES.items() if value <= MONTHS_A_YEAR}
# A day, a Roman-numeral month and a year with one separator between them ("21.IX.2004", "3-IV-2002", "12. V. 1990").
ROMAN_MONTH_DATE = (
    rf"(?<![\w./-])(?P<d>[0-3]?\d)(?P<s>\.\s?|-|/)(?-i:(?P<m>{'|'.join(sorted(ROMAN_MONTH_NUMBERS, key=len, reverse=True))}))"
    r"(?P=s)(?P<y>\d{4})(?![\w/-]|\.\d)"
)
# The Ethiopian months' spellings, lower case -> number (Meskerem 1 ... Pagume 13).
ETHIOPIAN_MONTH_NUMBERS = {spelling.lower(): number for spelling, number in calendar_spellings("ethiopian_month")}
# The Ethiopian months' spellings, capitalised as written ("Hamle").
ETHIOPIAN_MONTH_SPELLINGS = tuple(spelling for spelling, _number in calendar_spellings("ethiopian_month"))
# The Ethiopian calendar's era mark after a year ("2014 E.C."); without its stops "EC" is too often a name's initials.
ETHIOPIAN_ERA = r"(?-i:E\.\s?C\b\.?)"
# The Buddhist Era's mark before or after a year ("B.E. 2567", "2567 B.E."), with its stops: "BE" alone is a word or a code.
BUDDHIST_ERA = r"(?-i:B\.\s?E\.?)"
# The Thai solar calendar's months and days are the Gregorian ones; its Buddhist Era years run this many ahead.
BUDDHIST_ERA_OFFSET = 543
ETHIOPIAN_MONTH_DAYS = 30  # each of the twelve months; Pagume, the thirteenth, has five days, six in a leap year
# The Julian day number the Ethiopian (Amete Mihret) count's day arithmetic starts from.
_ETHIOPIAN_EPOCH_JDN = 1723856
_GREGORIAN_ORDINAL_JDN = 1721425  # a Julian day number less this is Python's proleptic Gregorian ordinal


def _ethiopian_month_length(year: int, month: int) -> int:
    """How many days an Ethiopian month has: 30, or Pagume's 5 (6 in a year before a Gregorian leap year)."""
    return ETHIOPIAN_MONTH_DAYS if month < 13 else (6 if year % 4 == 3 else 5)


def ethiopian_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of an Ethiopian calendar date ("Tir 10, 2014 E.C." -> 18 January 2022), or None if none."""
    if not (1 <= month <= 13 and 1 <= day <= _ethiopian_month_length(year, month)):
        return None
    jdn = _ETHIOPIAN_EPOCH_JDN + 365 * year + year // 4 + ETHIOPIAN_MONTH_DAYS * month + day - 31
    ordinal = jdn - _GREGORIAN_ORDINAL_JDN
    # A misread year ("9999 E.C.") lands past the last day Python can hold: no date, not a crash.
    return dt.date.fromordinal(ordinal) if dt.date.min.toordinal() <= ordinal <= dt.date.max.toordinal() else None


def ethiopian_month_span(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    """The first and last Gregorian days of an Ethiopian month (Tikimt 2012 E.C. -> 12 October to 10 November 2019)."""
    first = ethiopian_to_gregorian(year, month, 1)
    return (first, ethiopian_to_gregorian(year, month, _ethiopian_month_length(year, month))) if first else None
