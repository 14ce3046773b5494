"""Numbers as people write them, in letters and on the command line: one reader for both.

Kept free of spaCy so that `letters query --min-amount` reads "1.250,5" exactly as the amounts
component reads it in a letter.
"""

from __future__ import annotations

import re
from typing import Optional

# Space-like thousands separators: space, no-break space, thin space, narrow no-break space.
SPACE_SEPARATOR = "[ \u00a0\u2009\u202f]"
# The Swiss write 12'500'000.
APOSTROPHE_SEPARATOR = "['’]"


def parse_grouped_number(text: str, scaled: bool = False) -> Optional[float]:
    """Read digits with any thousands separator and a decimal dot or comma; None if not a number.

    ``scaled`` says a scale word follows ("1.250 million"), where a lone dot group is a decimal.
    """
    text = re.sub(rf"{SPACE_SEPARATOR}|{APOSTROPHE_SEPARATOR}", "", text.strip())
    if "," in text and "." in text:
        # The later mark is the decimal one: 1,250.5 or 1.250,5.
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        groups = text.split(",")
        # "1,250" is a thousand two hundred and fifty; "1,5" a decimal comma.
        text = text.replace(",", "") if all(len(g) == 3 for g in groups[1:]) else text.replace(",", ".")
    elif "." in text:
        groups = text.split(".")
        # "10.000" is thousands only with several groups or no scale word ("1.250 million" is 1.25).
        if all(len(g) == 3 for g in groups[1:]) and (len(groups) > 2 or not scaled):
            text = text.replace(".", "")
    try:
        return float(text)
    except ValueError:
        return None
