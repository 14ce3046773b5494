"""Whom a letter is addressed to, read from its salutation ("Dear Madam Speaker: (Dear Madam President:)")."""

from __future__ import annotations

import re
from typing import Optional

from models.letter import LetterParts

# The greeting words a salutation opens with; what follows them is the addressee.
GREETING_RE = re.compile(r"^\s*(?:my\s+)?(?:dear(?:est)?|to|hello|greetings|excellenc(?:y|ies)[,:]?)\b\s*", re.I)
# A letter to two people at once writes the second salutation in parentheses (US letters to Congress).
ALTERNATIVE_RE = re.compile(r"\(([^()]*)\)")
TRAILING = " ,;:.!"
SEPARATOR = "; "


def _name(text: str) -> str:
    return " ".join(GREETING_RE.sub("", text).split()).strip(TRAILING)


def addressee(parts: LetterParts) -> Optional[str]:
    """The addressee(s) a salutation names, without the greeting ("Madam Speaker; Madam President"); None if none."""
    if not parts.salutation:
        return None
    salutation = parts.salutation.strip()
    alternatives = [_name(text) for text in ALTERNATIVE_RE.findall(salutation)]
    names = [_name(ALTERNATIVE_RE.sub(" ", salutation)), *alternatives]
    found = [name for name in names if name]
    return SEPARATOR.join(found) or None
