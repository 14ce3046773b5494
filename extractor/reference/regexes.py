"""Regexes built from lists of words: one helper for the readers and the stages (kept free of spaCy)."""

from __future__ import annotations

import re
from typing import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so that the fullest form wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
