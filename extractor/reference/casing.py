"""Names set in capitals, written in natural case: one rule for people, places and bodies."""

from __future__ import annotations

import re

# A Roman numeral keeps its capitals ("Joseph Roe III").
_ROMAN = re.compile(r"^[IVX]{2,5}$")


def natural_case(text: str, particles: set[str] | frozenset[str] = frozenset()) -> str:
    """A name set in capitals in natural case: "JOSEPH R. BIDEN JR." -> "Joseph R. Biden Jr."."""
    words = []
    for k, word in enumerate(text.split()):
        core = word.strip(",.()")
        if _ROMAN.match(core) or (len(core) == 1 and word.endswith(".")):
            words.append(word)  # "III", "R."
        elif k and core.lower() in particles:
            words.append(word.lower())  # "VON DER LEYEN" -> "von der Leyen"
        else:
            cased = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word.lower())
            words.append(re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), cased))
    return " ".join(words)
