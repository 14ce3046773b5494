"""Names set in capitals, written in natural case: one rule for people, places and bodies; their letters
without accents, for comparing spellings; and the capitals that open their words, for reading acronyms."""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

# Lower-case words a line in Title Case keeps ("United States and G7+ Plan to Defeat the ...",
# "... Generated More than $4.2 Billion ...").
TITLE_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or per than the to toward towards via vs with".split()
)
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
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


def title_case_counts(text: str) -> tuple[int, int] | None:
    """A line in Title Case, every word capitalised but the small ones: (its words, its capitalised
    words other than small ones); None when a word is not so."""
    words = _TITLE_WORD.findall(text)
    content = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    if not all(w[0].isupper() for w in content):
        return None
    return len(words), len(content)


def without_accents(text: str) -> str:
    """A text's letters without their accents ("Zaïre" -> "Zaire", "Sénégal" -> "Senegal")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def capital_initials(words: Iterable[str]) -> str:
    """The first letters of the words that open with a capital ("African Development Bank" -> "ADB"); the
    caller splits the name into words as its rule reads names."""
    return "".join(word[0] for word in words if word[:1].isupper())
