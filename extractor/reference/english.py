"""The English word list (pyspellchecker's), loaded once per process and only when a rule needs it."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def english_words():
    """The English word list: line-end hyphens, the OCR's garbage test, a capitalised word that is no name."""
    try:
        from spellchecker import SpellChecker
    except ImportError:  # pragma: no cover - a declared dependency; degrade to the other signals
        return None
    return SpellChecker()
