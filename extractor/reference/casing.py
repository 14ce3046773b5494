"""Names set in capitals, written in natural case: one rule for people, places and bodies."""

from __future__ import annotations

import re

# A Roman numeral keeps its capitals ("Joseph Roe III").
_ROMAN = re.compile(r"^[IVX]{2,5}$")
# Two capitals after a comma are an abbreviation ("WASHINGTON, DC", "JANE ROE, MD"), but for these suffixes.
_NAME_SUFFIXES = frozenset({"JR", "SR"})


def natural_case(text: str, particles: set[str] | frozenset[str] = frozenset()) -> str:
    """A name set in capitals in natural case: "JOSEPH R. BIDEN JR." -> "Joseph R. Biden Jr."."""
    words: list[str] = []
    for k, word in enumerate(text.split()):
        core = word.strip(",.()")
        after_comma = k and words[-1].endswith(",") and len(core) == 2 and core.isupper()
        if (
            _ROMAN.match(core)
            or (len(core) == 1 and word.endswith("."))
            or (after_comma and core not in _NAME_SUFFIXES)
        ):
            words.append(word)  # "III", "R.", "DC"
        elif k and core.lower() in particles:
            words.append(word.lower())  # "VON DER LEYEN" -> "von der Leyen"
        else:
            cased = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word.lower())
            words.append(re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), cased))
    return " ".join(words)
