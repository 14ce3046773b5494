"""Countries, defined once: ISO 3166 from pycountry, other names and demonyms from our data files.

Every part of the project that turns a country's name into its code, or a code into a name, reads
it here: the countries component (case-sensitive phrases for its matcher), the query command line
(``--country``), timelines and the graph (names a person types). Each table is read once and
cached. No spaCy here, and pycountry is imported only when a table is first built, so that
``letters query`` starts fast.

The data files sit beside this module: ``countries_extra.tsv`` and ``countries_native.tsv`` (other
names, the second in the countries' own languages), ``demonyms.tsv``, ``capitals.tsv``
and ``groupings.tsv`` (the states of a grouping, such as the EU's members).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Iterator, Optional

DATA_DIR = Path(__file__).resolve().parent
# alpha3 <TAB> name: names beside pycountry's (Türkiye, Burma, "the U.S.", Kosovo ...).
OTHER_NAMES_FILE = DATA_DIR / "countries_extra.tsv"
# alpha3 <TAB> name: names in the countries' own languages ("República del Perú", "México"), read as other names.
NATIVE_NAMES_FILE = DATA_DIR / "countries_native.tsv"
# alpha3 <TAB> form <TAB> kind: "Libyan" (adjective), "Libyans" (people).
DEMONYM_FILE = DATA_DIR / "demonyms.tsv"
DEMONYM_KINDS = ("adjective", "people")
# grouping <TAB> alpha3: the states of a grouping ("EU" and its member states).
GROUPING_FILE = DATA_DIR / "groupings.tsv"
# ISO 3166-2 code <TAB> name: English names of subdivisions beside pycountry's ("Québec", "Bavaria").
SUBDIVISION_NAMES_FILE = DATA_DIR / "subdivisions_extra.tsv"
# alpha3 <TAB> city: the states' capitals and seats of government, with other spellings and past capitals.
CAPITALS_FILE = DATA_DIR / "capitals.tsv"
# alpha3 <TAB> month <TAB> note: the month a government's fiscal year begins, for a year written over two
# ("FY 2010/11"); a country not listed takes DEFAULT_SPLIT_FISCAL_START_MONTH.
FISCAL_YEAR_FILE = DATA_DIR / "fiscal_years.tsv"
# A fiscal year written over two years ("FY2023-24") runs April to March in India, the UK, Canada and Japan.
DEFAULT_SPLIT_FISCAL_START_MONTH = 4
# First-level subdivisions with a government of their own, whose letters count in their country's money.
SELF_GOVERNING_TYPES = frozenset(
    {"Province", "State", "Country", "Autonomous community", "Land", "Autonomous region", "Regional state"}
)
# A subdivision type that names a city ("Capital city", "Special city", "Metropolitan city", "City municipality").
CITY_SUBDIVISION_TYPE = re.compile(r"\bcity\b", re.I)
# Shortest country name looked for in a letterhead ("Chad", "Peru").
MIN_LETTERHEAD_NAME = 4
# Kosovo has no ISO 3166-1 code; XKX is the user-assigned code the EU and the IMF use.
EXTRA_CODES = frozenset({"XKX"})
# Rule ids the countries component gives a match, by where its phrase comes from.
NAME_RULE = "country.name"
OFFICIAL_RULE = "country.official"
ALIAS_RULE = "country.alias"
# "Saint" opening a country's name, and the forms letters write it in ("St Vincent", "St. Vincent").
SAINT = re.compile(r"(?:Saint|St\.?)(?= )")
SAINT_FORMS = ("Saint", "St", "St.")
HISTORIC_RULE = "country.historic"
DEMONYM_RULE = "country.demonym"


def _rows(path: Path) -> Iterator[list[str]]:
    """Cells of a tab-separated data file, without comments and blank lines."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield [cell.strip() for cell in line.split("\t")]


def _rows_of(path: Path) -> list[tuple[str, str]]:
    """(alpha-3, name) rows of a names file."""
    return [(row[0], row[1]) for row in _rows(path)]


@functools.lru_cache(maxsize=1)
def other_names() -> tuple[tuple[str, str], ...]:
    """(alpha-3, name) rows of the names beside pycountry's, English ones first, in file order."""
    return tuple(row for path in (OTHER_NAMES_FILE, NATIVE_NAMES_FILE) for row in _rows_of(path))


@functools.lru_cache(maxsize=1)
def _fiscal_year_starts() -> dict[str, int]:
    """The first month of each listed country's fiscal year (fiscal_years.tsv)."""
    return {row[0]: int(row[1]) for row in _rows(FISCAL_YEAR_FILE)}


def listed_fiscal_year_start(country: Optional[str]) -> Optional[int]:
    """The month a country's fiscal year begins when fiscal_years.tsv lists it (one not listed keeps the calendar's)."""
    return _fiscal_year_starts().get(country or "")


def split_fiscal_year_start(country: Optional[str]) -> int:
    """The month in which a fiscal year written over two years ("FY 2010/11") begins in a country's documents."""
    return listed_fiscal_year_start(country) or DEFAULT_SPLIT_FISCAL_START_MONTH


@functools.lru_cache(maxsize=1)
def _capital_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every capital's name (lower-cased, whole words, longest first) and the state of each."""
    states = {city.lower(): code for code, city in _rows_of(CAPITALS_FILE)}
    names = sorted(states, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)"), states


def capital_states_in(text: str) -> set[str]:
    """The codes of the states whose capitals a text names, in any case ("EMBASSY OF X / ACCRA" -> GHA)."""
    pattern, states = _capital_pattern()
    return {states[m.group(0)] for m in pattern.finditer(text.lower())}


@functools.lru_cache(maxsize=1)
def demonym_rows() -> tuple[tuple[str, str, str], ...]:
    """(alpha-3, form, kind) rows of the demonyms, in file order; kind is "adjective" or "people"."""
    return tuple((row[0], row[1], row[2]) for row in _rows(DEMONYM_FILE))


@functools.lru_cache(maxsize=None)
def demonyms(kind: Optional[str] = None) -> dict[str, str]:
    """Demonym -> alpha-3 ("Libyan" -> LBY), of one kind ("adjective", "people") or of both."""
    table: dict[str, str] = {}
    for code, form, row_kind in demonym_rows():
        if kind is None or row_kind == kind:
            table.setdefault(form, code)
    return table


@functools.lru_cache(maxsize=None)
def grouping_members(grouping: str) -> frozenset[str]:
    """The alpha-3 codes of a grouping's states ("EU" -> its member states); empty if unknown."""
    return frozenset(row[1] for row in _rows(GROUPING_FILE) if row[0] == grouping)


@functools.lru_cache(maxsize=1)
def iso_names() -> dict[str, tuple[str, str]]:
    """Name -> (alpha-3, rule) from pycountry (name, common and official name), skipping the
    inverted ones ("Korea, Republic of")."""
    import pycountry

    table: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        for attr, rule in (("name", NAME_RULE), ("common_name", NAME_RULE), ("official_name", OFFICIAL_RULE)):
            name = getattr(country, attr, None)
            if not name or "," in name or "(" in name:
                continue
            table.setdefault(name, (country.alpha_3, rule))
    return table


# The second name a pycountry subdivision gives in brackets ("Bruxelles-Capitale [Brussels Hoofdstedelijk Gewest]").
SECOND_NAME = re.compile(r"\s*\[.*?\]")


@functools.lru_cache(maxsize=1)
def department_names() -> frozenset[str]:
    """Names of the subdivisions called departments (Nicaragua's "Chinandega", Colombia's "Antioquia", France's
    "Gironde"): "the Department of Chinandega" is a place, not a government department."""
    import pycountry

    return frozenset(_without_second_name(sub.name) for sub in pycountry.subdivisions if "epartment" in sub.type)


@functools.lru_cache(maxsize=1)
def subdivision_table() -> dict[str, str]:
    """Name of a self-governing subdivision (a province, state or nation within a state, as written:
    "Ontario", "Québec", "Scotland") -> its country's alpha-3; a name two countries share, or a country's, is left out."""
    import pycountry

    rows = [(sub.country_code, sub.name) for sub in pycountry.subdivisions if sub.type in SELF_GOVERNING_TYPES]
    rows += [(row[0].split("-")[0], row[1]) for row in _rows(SUBDIVISION_NAMES_FILE)]
    table: dict[str, Optional[str]] = {}
    for alpha_2, raw in rows:
        name = _without_second_name(raw)
        if "," in name or len(name) < MIN_LETTERHEAD_NAME or name in country_table():
            continue
        code = pycountry.countries.get(alpha_2=alpha_2).alpha_3
        table[name] = code if table.get(name, code) == code else None
    return {name: code for name, code in table.items() if code}


@functools.lru_cache(maxsize=1)
def subdivision_names() -> frozenset[str]:
    """Names of every top-level subdivision of any type (a prefecture, a region, a state), as an address closes
    with one after its city ("Kurashiki, Okayama"); the brackets of a second name dropped."""
    return frozenset(subdivision_countries())


@functools.lru_cache(maxsize=1)
def subdivision_countries() -> dict[str, frozenset[str]]:
    """Name of every top-level subdivision (as subdivision_names gives it) -> the alpha-3 codes of the countries
    that hold one so named ("Niger": a state of Nigeria)."""
    import pycountry

    holders: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            code = pycountry.countries.get(alpha_2=sub.country_code).alpha_3
            holders.setdefault(_without_second_name(sub.name), set()).add(code)
    return {name: frozenset(codes) for name, codes in holders.items()}


@functools.lru_cache(maxsize=1)
def city_subdivision_names() -> frozenset[str]:
    """Names of the top-level subdivisions that are a city themselves ("Ulaanbaatar", a capital city): an address
    ending in one ends in its city, not in a region after the city."""
    import pycountry

    return frozenset(
        _without_second_name(sub.name)
        for sub in pycountry.subdivisions
        if sub.parent_code is None and CITY_SUBDIVISION_TYPE.search(sub.type)
    )


def _without_second_name(name: str) -> str:
    """A pycountry subdivision's name without the second name it gives in brackets ("Bruxelles [Brussel]")."""
    return SECOND_NAME.sub("", name).strip()


@functools.lru_cache(maxsize=1)
def historic_names() -> tuple[tuple[str, str], ...]:
    """(alpha-3 of today's country, name) of the countries ISO 3166-3 withdrew under a name of their time ("Upper
    Volta" -> BFA, "Republic of Zaire" -> COD): a document of the time names today's country so. A state that broke
    up or joined several (USSR, Czechoslovakia) names no one country, and one that became a subdivision of another
    (Sikkim) is that subdivision today; both are left out."""
    import pycountry

    rows = []
    for old in pycountry.historic_countries:
        # The ISO 3166-3 four-letter code ends in the alpha-2 of the country that took its place ("HVBF": BF).
        successor = pycountry.countries.get(alpha_2=old.alpha_4[2:])
        if successor is None or old.name.split(",")[0] in _subdivision_names_of(successor.alpha_2):
            continue
        short, *rest = [part.strip() for part in old.name.split(",")]
        rows.append((successor.alpha_3, short))
        if rest and rest[-1].endswith(" of"):  # "Zaire, Republic of" -> "Republic of Zaire"
            rows.append((successor.alpha_3, f"{rest[-1]} {short}"))
    return tuple(rows)


def _subdivision_names_of(alpha_2: str) -> frozenset[str]:
    """The names of one country's subdivisions (any level), brackets dropped."""
    import pycountry

    return frozenset(_without_second_name(sub.name) for sub in pycountry.subdivisions.get(country_code=alpha_2) or ())


@functools.lru_cache(maxsize=1)
def country_table() -> dict[str, tuple[str, str]]:
    """Every country phrase as letters write it (names, other names, names of their time, demonyms; case as
    written) -> (alpha-3, rule id)."""
    table = dict(iso_names())
    for code, name in other_names():
        table[name] = (code, ALIAS_RULE)  # ours win: "Turkey" is TUR whatever pycountry says
    for code, name in historic_names():
        table.setdefault(name, (code, HISTORIC_RULE))
    for code, form, _kind in demonym_rows():
        table.setdefault(form, (code, DEMONYM_RULE))
    # "Saint Lucia", "St Lucia", "St. Lucia": letters write "Saint" in each of its three forms.
    for phrase, entry in list(table.items()):
        saint = SAINT.match(phrase)
        if saint:
            for form in SAINT_FORMS:
                table.setdefault(form + phrase[saint.end() :], entry)
    return table


@functools.lru_cache(maxsize=1)
def _folded_names() -> dict[str, str]:
    """Other names and demonyms, case-folded -> alpha-3 (other names first)."""
    table: dict[str, str] = {}
    for code, name in other_names() + historic_names():
        table.setdefault(name.casefold(), code)
    for code, form, _kind in demonym_rows():
        table.setdefault(form.casefold(), code)
    return table


@functools.lru_cache(maxsize=1)
def _pycountry_names() -> tuple[tuple[int, str, str], ...]:
    """Every pycountry name long enough to look for, and each name in a country's own language ("REPÚBLICA DEL
    PERÚ" heads a letter as "Republic of Peru" would): (its length, lower-cased, alpha-3), read once."""
    import pycountry

    names = []
    for country in pycountry.countries:
        for name in (getattr(country, "common_name", None), country.name, getattr(country, "official_name", None)):
            if name and len(name) >= MIN_LETTERHEAD_NAME:
                names.append((len(name), name.lower(), country.alpha_3))
    names += [(len(name), name.lower(), code) for code, name in _rows_of(NATIVE_NAMES_FILE)]
    return tuple(names)


@functools.lru_cache(maxsize=1)
def _other_letterhead_names() -> tuple[tuple[str, str], ...]:
    """(lower-cased name, alpha-3) of the other names and the names of their time long enough to look for in a
    letterhead ("KINGDOM OF SWAZILAND", "REPUBLIQUE DU ZAIRE"): a document of the time heads its letter so."""
    known = {name for _length, name, _code in _pycountry_names()}
    rows = {(name.lower(), code) for code, name in other_names() + historic_names() if len(name) >= MIN_LETTERHEAD_NAME}
    return tuple(sorted(row for row in rows if row[0] not in known))


def country_names_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, alpha-3) of every country name (pycountry's, ours, those of their time) found in lower-cased
    text."""
    found = []
    for _length, name, code in _pycountry_names():
        start = text.find(name)
        while start >= 0:
            if _word_start(text, start):
                found.append((start, start + len(name), code))  # not "iran" inside "kirani"
            start = text.find(name, start + 1)
    for pattern, code in _other_letterhead_patterns():
        for m in pattern.finditer(text):
            found.append((m.start(), m.end(), code))
    return found


@functools.lru_cache(maxsize=1)
def _other_letterhead_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    """Each other name of `_other_letterhead_names` as a compiled pattern, with its alpha-3: compiled once, as there
    are more of them than re's own cache holds."""
    # Whole words only: an other name runs on into no adjective ("america" is not in "american").
    return tuple((re.compile(rf"(?<!\w){re.escape(name)}(?!\w)"), code) for name, code in _other_letterhead_names())


def _word_start(text: str, start: int) -> bool:
    """Whether a name found at ``start`` opens a word: no letter or digit right before it ("iran" not in "kirani";
    its end may run on into an adjective's ending, "japan" in "japanese", which the letterhead rules read)."""
    return not (start > 0 and text[start - 1].isalnum())


def country_named_in(text: str) -> Optional[str]:
    """The alpha-3 code of the longest pycountry name (any of its names, inverted ones too) found
    in lower-cased text ("ministry of the interior of italy" -> ITA); None if none."""
    best = None
    for length, name, code in _pycountry_names():
        if (best is None or length > best[0]) and any(_word_start(text, start) for start in _occurrences(text, name)):
            best = (length, code)
    return best[1] if best else None


def _occurrences(text: str, name: str):
    """Where ``name`` stands in ``text``, left to right and not overlapping (as re.finditer finds a literal, without
    compiling a pattern a name: there are more names than re's cache holds)."""
    start = text.find(name)
    while start >= 0:
        yield start
        start = text.find(name, start + len(name))


def is_country_code(code: str) -> bool:
    """Whether a code is an ISO 3166-1 alpha-3 code, a former state's ISO 3166-3 one, or one of our user-assigned ones."""
    import pycountry

    # A state that broke up (the Soviet Union, Czechoslovakia) keeps its own code: no one successor was the state.
    return (
        code in EXTRA_CODES
        or pycountry.countries.get(alpha_3=code) is not None
        or pycountry.historic_countries.get(alpha_3=code) is not None
    )


def is_iso_code(code: str) -> bool:
    """Whether a string is an ISO 3166-1 alpha-3 code as written in records ("TUN"; not "tun", not XKX)."""
    import pycountry

    return bool(re.fullmatch(r"[A-Z]{3}", code or "")) and pycountry.countries.get(alpha_3=code) is not None


def country_code(name: str) -> Optional[str]:
    """The alpha-3 code of a country given as a person types it: a code (TUN, TN), a name in any
    case ("tunisia", "the Netherlands"), another name ("Türkiye") or a demonym ("Afghans"); None if none."""
    import pycountry

    text = re.sub(r"^the\s+", "", " ".join(name.split()), flags=re.IGNORECASE)
    if not text:
        return None
    if re.fullmatch(r"[A-Za-z]{3}", text) and is_country_code(text.upper()):
        return text.upper()
    if re.fullmatch(r"[A-Za-z]{2}", text):
        country = pycountry.countries.get(alpha_2=text.upper())
        if country is not None:
            return country.alpha_3
    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        return _folded_names().get(text.casefold())


# A state's style before its short name ("the Republic of Rwanda", "the Kingdom of Lesotho"), a form ISO's names may
# not hold.
STATE_STYLE = re.compile(
    r"(?:the )?(?:(?:Federal|Democratic|Islamic|United|Socialist) )*(?:Republic|Kingdom|State) of (?:the )?"
)


def is_state_name(name: str) -> bool:
    """Whether a name is a country's ("Japan", "the Republic of Korea"), also after its state's style ("the Republic
    of Rwanda": the style, then a short name the table holds)."""
    table = country_table()
    style = STATE_STYLE.match(name)
    return name.removeprefix("the ") in table or (style is not None and name[style.end() :] in table)


@functools.lru_cache(maxsize=1)
def genitive_places() -> re.Pattern:
    """A place whose name holds a genitive ("Cox's Bazar", "Hawke's Bay"), from ISO 3166-2's
    subdivisions and the countries' names ("People's Democratic Republic of Algeria"): the "'s" there names no owner."""
    import pycountry

    places = [sub.name for sub in pycountry.subdivisions] + list(country_table())
    names = {name.replace("’", "'") for name in places if re.search(r"\w['’]s\s+[A-Z]", name)}
    alternation = "|".join(re.escape(name).replace("'", "['’]") for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:{alternation})\b")


def country_name(code: str) -> Optional[str]:
    """The common English name of an ISO 3166 alpha-3 code ("TUR" -> "Türkiye"); None if not ISO."""
    import pycountry

    country = pycountry.countries.get(alpha_3=code) if code else None
    if country is None:
        return None
    return getattr(country, "common_name", None) or country.name
