"""The names of the months and weekdays: one table (calendar_words.tsv) for the letter readers and the stages.

Kept free of spaCy, so that the readers of a letter's parts (its date line) and the date rules read the same
names: the English months with their abbreviations, the months of a date line in other languages, the weekdays.
"""

from __future__ import annotations

import functools
from pathlib import Path

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
