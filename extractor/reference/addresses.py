"""How addresses are written: the parts of an address line that are no sum, date or place of a letter."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Optional

from extractor.reference.numbers import YEAR

# A postal code before the city, as most of Europe writes it: "2515 XP The Hague", "3003 Bern", "75116 Paris",
# and in three and two digits as Greece, Sweden, Czechia and Slovakia do ("106 71 Athens", "811 02 Bratislava"),
# the country's letters and a hyphen first in mail sent abroad ("NO-0251 Oslo", "D-53113 Bonn").
POSTAL_CODE_BEFORE_CITY = r"(?:[A-Z]{1,2}-)?(?:\d{4,5}(?:\s?[A-Z]{2})?|\d{3}\s\d{2})\s+(?P<city>[A-Z][^\d,\n]*)"
# In running text: after an address's comma, a postal code and its city, then the country or the line's end
# ("55 avenue Kléber, 75116 Paris, France."). What follows the comma is checked as a country by the caller.
# France's business mail adds "Cedex" and its office's number after the city ("75572 Paris Cedex 12").
POSTAL_CODE_IN_ADDRESS = re.compile(
    rf"{POSTAL_CODE_BEFORE_CITY}(?:[ \t]+(?i:cedex)(?:[ \t]+\d{{1,2}})?)?(?:,\s*(?P<country>[A-Z][^\d,.\n]*)|[ \t]*$)",
    re.M,
)
# A postal code after its city and a dash, ending the line (with the address's full stop), as India writes it:
# "New Delhi – 110 001", "Thiruvananthapuram – 695001.".
POSTAL_CODE_AFTER_CITY = re.compile(r"(?<=[A-Za-z])[ \t]+[–-][ \t]*(?P<code>\d{3}[ \t]?\d{3})\.?[ \t]*$", re.M)
# Right before a postal code in running text: an address's comma, or the dash a letterhead sets between its
# parts ("3, rue de Valois - 75001 Paris").
ADDRESS_COMMA = re.compile(r"(?:,|[ \t][–-])[ \t]*$")
# The word that makes a name a street's, as addresses write it ("Avenue Mohammed VI", "Plot 4 Nile Avenue").
STREET_WORDS = frozenset(
    (
        "Avenue",
        "Street",
        "Road",
        "Boulevard",
        "Lane",
        "Drive",
        "Highway",
        "Rue",
        "Avenida",
        "Calle",
        "Strasse",
        "Straße",
    )
)


# Words that end the name of a building or a room in an address ("Conference Hall", "Central Headquarters", "Block C
# Building", "Harcourt House, 12 Main Street"; "Sanchar Bhawan", "Udyog Bhavan": the word for a building in Indian
# government addresses): a place listed after a body's name, no body; before an address's comma, no city.
BUILDING_WORDS = frozenset(
    ("Hall", "Headquarters", "Building", "Room", "Floor", "Tower", "Buildings", "House", "Bhawan", "Bhavan")
)
# The street words addresses abbreviate, written with a full stop ("Av. das Nações", "Bd. Unirii").
STREET_ABBREVIATIONS = frozenset(("Av", "Ave", "Avda", "Bd", "Blvd", "Rd"))


def dateline_place(text: str, word: str) -> bool:
    """Whether ``word`` opens a line as the place of a date line ("Taipei, 14 March 2024", "Rabat, October 2026")."""
    return re.search(rf"(?m)^[ \t]*{re.escape(word)},[^\n]*\b{YEAR}\b", text) is not None


POSTAL_CODES_FILE = Path(__file__).with_name("postal_codes.tsv")


@functools.lru_cache(maxsize=1)
def _postal_code_forms() -> tuple[tuple[str, re.Pattern], ...]:
    """(alpha-3, pattern) of the postal codes only one country writes, read once."""
    rows = []
    with POSTAL_CODES_FILE.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                code, pattern = line.rstrip("\n").split("\t")
                rows.append((code, re.compile(pattern)))
    return tuple(rows)


def postal_code_country(text: str) -> Optional[str]:
    """The one country whose form of postal code an address in ``text`` (as written) holds ("London SW1E 5DH": GBR);
    None for none or several."""
    found = {code for code, pattern in _postal_code_forms() if pattern.search(text)}
    return found.pop() if len(found) == 1 else None


POST_BOXES_FILE = Path(__file__).with_name("post_boxes.tsv")


def _post_box_form(words: str) -> str:
    """A post-box phrase as a pattern: its dots and the space after each may be left out before a word ("P.O. Box",
    "PO Box"); a phrase of initials alone keeps them ("B.P.", never the "BP" of a company's name)."""
    if len(words.split()) == 1:
        return re.escape(words)
    parts = []
    for word in words.split():
        dotted = re.sub(r"\\\.", r"\\.?\\s?", re.escape(word))
        parts.append(dotted[: -len(r"\s?")] if word.endswith(".") else dotted)
    return r"\s*".join(parts) if any(w.endswith(".") for w in words.split()) else r"\s+".join(parts)


@functools.lru_cache(maxsize=1)
def post_box_words() -> str:
    """A pattern of the words that name a post-office box in any language of the table, longest first."""
    with POST_BOXES_FILE.open(encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if line.strip() and not line.startswith("#")]
    words = sorted((row[1] for row in rows[1:]), key=len, reverse=True)
    return "|".join(_post_box_form(w) for w in words)


# A post-office box and its number opening a line or a name's remainder ("Caixa Postal 1406", "B.P. 3241",
# "Postfach 10 03 22"): an address, no body's name.
POST_BOX_NUMBER = re.compile(rf"(?i:{post_box_words()})\s+[A-Z]?\d")
