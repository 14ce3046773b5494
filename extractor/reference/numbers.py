"""Numbers as people write them, in letters and on the command line: one reader for both.

Kept free of spaCy so that `letters query --min-amount` reads "1.250,5" exactly as the amounts
component reads it in a letter.
"""

from __future__ import annotations

import logging
import re
from typing import Optional

log = logging.getLogger(__name__)

# The years a letter's number may be read as (a year is neither an amount nor a postal code).
YEAR_MIN, YEAR_MAX = 1900, 2100
# A year as the date and name rules read one in a text, as a regex part: four digits from 1900 to 2099.
YEAR = r"(?:19|20)\d{2}"
# Space-like thousands separators: space, no-break space, thin space, narrow no-break space.
SPACE_SEPARATOR = "[ \u00a0\u2009\u202f]"
# The Swiss write 12'500'000.
APOSTROPHE_SEPARATOR = "['’]"
# The largest whole number a float holds exactly (2**53). Nobody writes out a larger sum in digits,
# and a scale word ("trillion") on top of it stays far inside a float, where 305 digits would not.
MAX_NUMBER = float(2**53)
# Indian grouping: the last three digits, then pairs ("Rs. 4,07,250" is 407 250; "12,34,56,789" is 123 456 789).
# Its decimal tail serves NUM's matching only: parse_grouped_number reads a number with both "," and "." first.
INDIAN_GROUPED = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"


def parse_grouped_number(text: str, scaled: bool = False) -> Optional[float]:
    """Read digits with any thousands separator and a decimal dot or comma; None if not a number.

    ``scaled`` says a scale word follows ("1.250 million"), where a lone dot group is a decimal.
    A number beyond MAX_NUMBER is out of range: None, with a warning, so it stays text, never a value.
    """
    text = re.sub(rf"{SPACE_SEPARATOR}|{APOSTROPHE_SEPARATOR}", "", text.strip())
    if "," in text and "." in text:
        # The later mark is the decimal one: 1,250.5 or 1.250,5.
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif re.fullmatch(INDIAN_GROUPED, text):
        text = text.replace(",", "")
    elif "," in text:
        groups = text.split(",")
        # "1,250" is a thousand two hundred and fifty; "1,5" a decimal comma.
        text = text.replace(",", "") if all(len(g) == 3 for g in groups[1:]) else text.replace(",", ".")
    elif "." in text:
        groups = text.split(".")
        # "10.000" is thousands only with several groups or no scale word ("1.250 million" is 1.25); "0.709"
        # never is (no one writes a leading zero group).
        if all(len(g) == 3 for g in groups[1:]) and (len(groups) > 2 or not scaled) and groups[0].lstrip("+-") != "0":
            text = text.replace(".", "")
    try:
        value = float(text)
    except ValueError:
        return None
    if abs(value) <= MAX_NUMBER:
        return value
    if re.fullmatch(r"[+-]?[\d.]+", text):  # digits a person wrote, not "nan" or "1e400"
        log.warning("a number of %d digits is out of range; kept as text, not read as an amount", len(text))
    return None
