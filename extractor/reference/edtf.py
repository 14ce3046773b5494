"""EDTF (Library of Congress Extended Date/Time Format), defined once: written, read and compared.

The dates component writes the strings ("2026-06", "2026-41", "2025-W43", "2025/2027"), the store
turns them into the first and last day they denote for ``--since``/``--until``, and evaluation
compares them as the intervals they denote. Enough of EDTF levels 0-2 for the dates letters
state: days, months, years, unspecified digits (``202X``, ``2025-XX``), ISO weeks, sub-year
groupings (seasons, quarters, quadrimesters, halves), uncertainty marks and intervals with open
ends (``2025-03/..``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional, Union

# EDTF sub-year groupings: code -> (first month, last month); months past 12 run into the next
# year (winter).
SUB_YEAR_MONTHS = {
    21: (3, 5),
    22: (6, 8),
    23: (9, 11),
    24: (12, 14),  # seasons, independent of location
    25: (3, 5),
    26: (6, 8),
    27: (9, 11),
    28: (12, 14),  # seasons, Northern Hemisphere
    29: (9, 11),
    30: (12, 14),
    31: (3, 5),
    32: (6, 8),  # seasons, Southern Hemisphere
    33: (1, 3),
    34: (4, 6),
    35: (7, 9),
    36: (10, 12),  # quarters
    37: (1, 4),
    38: (5, 8),
    39: (9, 12),  # quadrimesters
    40: (1, 6),
    41: (7, 12),  # semesters (halves)
}
# The codes a letter's "first half", "Q3" and "spring" are written with.
HALF_CODES = {1: 40, 2: 41}
QUARTER_CODES = {1: 33, 2: 34, 3: 35, 4: 36}
SEASON_CODES = (21, 22, 23, 24)
OPEN_END = ".."
# The US federal fiscal year N runs from October of N-1 to September of N.
FISCAL_START_MONTH = 10
MONTHS_A_YEAR = 12
# Uncertain (?), approximate (~) or both (%): the interval is the same.
UNCERTAINTY = re.compile(r"[?~%]")
# An EDTF date to the day ("2024-03-05"), as fullmatch reads one.
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
POINT_PATTERNS = (
    re.compile(r"^(?P<y>-?[\dX]{4})$"),
    re.compile(r"^(?P<y>-?\d{4})-(?P<m>[\dX]{1,2})$"),
    re.compile(r"^(?P<y>-?\d{4})-(?P<m>[\dX]{1,2})-(?P<d>[\dX]{1,2})$"),
    re.compile(r"^(?P<y>-?\d{4})-W(?P<w>\d{2})(?:-(?P<wd>[1-7]))?$"),
)

Interval = tuple[Optional[dt.date], Optional[dt.date]]


# ---------------------------------------------------------------- writing


def date_text(year: Union[int, str], month: Optional[int] = None, day: Optional[int] = None) -> str:
    """EDTF of a year, month or day ("2026", "2026-06", "2026-06-30"); a year may be "XXXX"."""
    text = f"{year:04d}" if isinstance(year, int) else year
    if month:
        text += f"-{month:02d}"
    if day:
        text += f"-{day:02d}"
    return text


def week_text(day: dt.date) -> str:
    """EDTF of the ISO week a day falls in ("2025-W43"; its year is the ISO year)."""
    iso_year, week, _ = day.isocalendar()
    return f"{iso_year}-W{week:02d}"


def sub_year_text(year: Union[int, str], code: int) -> str:
    """EDTF of a season, quarter or half of a year ("2026-41" is its second half)."""
    return f"{date_text(year)}-{code}"


def interval_text(start: str, end: str) -> str:
    """EDTF interval of two EDTF dates ("2025/2027"; ".." for an open end)."""
    return f"{start}/{end}"


def calendar_day(value: Optional[dt.date]) -> Optional[dt.date]:
    """The day a letter's date stands for: a datetime's date, a date or None as it is."""
    # datetime is a subclass of date, and a datetime never compares with a date: the rules compare days.
    return value.date() if isinstance(value, dt.datetime) else value


# ---------------------------------------------------------------- reading


def fiscal_year_text(year: int) -> str:
    """The US federal fiscal year ``year`` as an EDTF interval: 2022 -> "2021-10/2022-09"."""
    return interval_text(date_text(year - 1, FISCAL_START_MONTH), date_text(year, FISCAL_START_MONTH - 1))


def fiscal_year_named(text: str, written: str = "") -> Optional[str]:
    """The year that names a fiscal year written as its interval: the years its mention ``written`` gives ("FY
    2031-32" -> "2031/2032", "FY07" -> "2007", "fiscal year 2023" -> "2023"), else a US federal one's
    ("2021-10/2022-09" -> "2022"); None for anything else."""
    match = re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", text)
    if not match:
        return None
    first_year, first_month, last_year, last_month = map(int, match.groups())
    if first_month == 1 or (last_year - first_year) * MONTHS_A_YEAR + last_month - first_month != MONTHS_A_YEAR - 1:
        return None
    years = {int(year) for year in re.findall(r"(?<!\d)(\d{4}|\d{2})(?!\d)", written)}
    named = [year for year in (first_year, last_year) if year in years or year % 100 in years]
    if len(named) == 2:
        return f"{first_year}/{last_year}"
    if named:
        return str(named[0])
    if (first_month, last_month) != (FISCAL_START_MONTH, FISCAL_START_MONTH - 1):
        return None
    return str(last_year)


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month; months past 12 run into the next year (month 14 is February)."""
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def is_sub_year(text: str) -> bool:
    """Whether an EDTF string is a season, quarter, quadrimester or half of a year ("2026-41")."""
    found = re.fullmatch(r"\d{4}-(\d{2})", text.strip())
    return bool(found) and int(found.group(1)) in SUB_YEAR_MONTHS


def _point(text: str) -> Optional[tuple[dt.date, dt.date]]:
    """The first and last day an EDTF date (not an interval) denotes, or None."""
    text = UNCERTAINTY.sub("", text.strip())
    text = text.split("T", 1)[0]  # a time of day does not change the day
    for pattern in POINT_PATTERNS:
        found = pattern.match(text)
        if found:
            try:
                return _point_parts(found.groupdict())
            except ValueError:
                return None
    return None


def _point_parts(parts: dict) -> Optional[tuple[dt.date, dt.date]]:
    year_text = parts["y"]
    if "X" in year_text:  # unspecified digits: 202X is the 2020s
        return dt.date(int(year_text.replace("X", "0")), 1, 1), dt.date(int(year_text.replace("X", "9")), 12, 31)
    year = int(year_text)
    if parts.get("w"):
        monday = dt.date.fromisocalendar(year, int(parts["w"]), 1)
        if parts.get("wd"):
            day = monday + dt.timedelta(days=int(parts["wd"]) - 1)
            return day, day
        return monday, monday + dt.timedelta(days=6)
    month_text = parts.get("m")
    if month_text is None or "X" in month_text:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    code = int(month_text)
    if code in SUB_YEAR_MONTHS:
        first, last = SUB_YEAR_MONTHS[code]
        return dt.date(year, first, 1), month_end(year, last)
    day_text = parts.get("d")
    if day_text is None or "X" in day_text:
        return dt.date(year, code, 1), month_end(year, code)
    day = dt.date(year, code, int(day_text))
    return day, day


def interval(text: str) -> Optional[Interval]:
    """The calendar interval (first day, last day) an EDTF string denotes; None ends are open.

    None if the string (or either side of an interval) is not EDTF.
    """
    text = text.strip()
    if "/" not in text:
        return _point(text)
    left, _, right = text.partition("/")
    start = end = None
    if left not in ("", OPEN_END):
        point = _point(left)
        if point is None:
            return None
        start = point[0]
    if right not in ("", OPEN_END):
        point = _point(right)
        if point is None:
            return None
        end = point[1]
    return start, end


def bounds(text: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """The first and last ISO day an EDTF string denotes (None where open or unreadable)."""
    found = interval(text) if text else None
    if found is None:
        return None, None
    start, end = found
    return (start.isoformat() if start else None, end.isoformat() if end else None)


def day_bounds(text: Optional[str]) -> tuple[Optional[int], Optional[int]]:
    """The first and last day an EDTF string denotes as day numbers (``date.toordinal()``), None where open."""
    found = interval(text) if text else None
    if found is None:
        return None, None
    start, end = found
    return (start.toordinal() if start else None, end.toordinal() if end else None)


def same_interval(left: str, right: str) -> bool:
    """Whether two EDTF strings denote the same interval (compared as strings if either is unreadable)."""
    left_interval, right_interval = interval(left), interval(right)
    if left_interval is None or right_interval is None:
        return left.strip() == right.strip()
    return left_interval == right_interval
