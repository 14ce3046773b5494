"""Punctuation marks the stages read as words: apostrophes, possessive clitics, list bullets.

Kept free of spaCy and pdfplumber, so that the store's query path, which reads some of the
relation stages' helpers, starts without them.
"""

from __future__ import annotations

APOSTROPHES = ("'", "\u2019")
# The clitic that makes a name a possessor ("Treasury's", "the States'"), in both apostrophes.
POSSESSIVE_MARKS = frozenset(APOSTROPHES) | frozenset(a + "s" for a in APOSTROPHES)
# Marks that open a bulleted list item ("- Provide ...", "• Donate ...").
BULLETS = frozenset({"-", "–", "•", "*"})
