"""Amounts: money, percentages and counts, normalised to ``models.entities.AmountValue``.

The blank English tokenizer splits numbers inconsistently ("€1.2bn" is two tokens, "7 000" two,
"EUR 1 250 000" with thin spaces five), so this component matches character-level regexes over
``doc.text`` and maps each match back to tokens with ``doc.char_span(alignment_mode="expand")``.
Its vocabulary (currency words, scales, qualifiers, counted nouns, the words that make a number a
reference rather than an amount) is data in ``amounts.jsonl``, the currency signs in
``reference/currency_signs.tsv`` (shared with the store's queries); ISO 4217 codes and currency names
come from pycountry.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Collection, Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from extractor.nlp.data_files import read_jsonl_by_kind
from extractor.nlp.extensions import (  # importing it registers the span attributes
    LETTER_DATE_KEY,
    SPAN_ASSIGNS,
    doc_text,
)
from extractor.nlp.phrases import AUTHOR_KEY, COURTESY_TITLES
from extractor.nlp.tables import PARAGRAPH, PARAGRAPH_BREAK, Table, find_tables, is_figure
from extractor.reference.addresses import ADDRESS_COMMA, POSTAL_CODE_AFTER_CITY, POSTAL_CODE_IN_ADDRESS
from extractor.reference.calendar_words import ENGLISH_MONTH_WORDS
from extractor.reference.casing import natural_case
from extractor.reference.countries import (
    capital_states_in,
    country_code,
    country_name,
    country_names_in,
    country_table,
    demonym_rows,
    demonyms,
    other_names,
    subdivision_table,
)
from extractor.reference.edtf import calendar_day
from extractor.reference.marks import CELL_MARK, COPY_LABELS, FOOTNOTE_DIGITS, ITEM_MARK, RULE_LINE
from extractor.reference.money import (
    CURRENCY_SIGNS,
    DEFAULT_DOLLAR,
    SDR_NAME,
    currency_signs,
    dollar_countries,
    exact_number,
)
from extractor.reference.numbers import INDIAN_GROUPED, SPACE_SEPARATOR, YEAR_MAX, YEAR_MIN, parse_grouped_number
from extractor.reference.regexes import alternation, word_trie

FAMILY = "amount"
DATA_PATH = Path(__file__).with_name("amounts.jsonl")
# A document's head (letterhead, author, title, addressee) is its lines before the first line this
# long (a sentence of its body), at most this many of them that hold text (a PDF's body sets its head's
# lines a blank line apart, which must not make the head twice as long).
HEAD_LINE_CHARS = 100
HEAD_LINES = 15


def government_named(who: str, of: str) -> str:
    """A regex of a state's government named either way a text names it: "<who> Government" ("the Irish
    Government") or "Government of <of>" ("Government of Canada"), ``who`` and ``of`` the regexes of its
    adjective and of its name (with any article the caller allows)."""
    return rf"(?:{who})\s+Government|Government\s+of\s+(?:{of})"


# A government's state as its adjective ("Ruritanian") or its name ("Canada", "the Netherlands") names it.
GOVERNMENT_WHO = r"(?P<who>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2})"
GOVERNMENT_OF = r"(?:the\s+)?(?P<of>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3})"
# A body's first words naming a government as its subject: "The Ruritanian Government will", "The Government of Canada".
OPENING_GOVERNMENT = re.compile(r"(?:The\s+)?(?:" + government_named(GOVERNMENT_WHO, GOVERNMENT_OF) + r")\b(?!\s+of\b)")
# A text that marks some of its dollars American keeps its bare "$" for another dollar, or for the same: no clue.
US_DOLLAR_WORDS = r"US\$|U\.S\.\s?dollars?|US dollars?"
# Texts whose per-text scans are remembered: a letter's body and head, asked again by each currency family.
TEXTS_REMEMBERED = 4
# The first line of a head's addressee block ("Ms. Wanjiru Kamau", "H.E. the Minister", "To:"): the places and
# bodies under it are the reader's, not the author's.
ADDRESSEE_OPENER = re.compile(
    rf"(?:{alternation(COURTESY_TITLES)}|H\.\s?E\.|"
    r"(?:His|Her|Your)\s+Excellency|The\s+(?:Rt\.?\s+)?Hon(?:ourable|orable|\.)?|To)(?=[\s:])"
    # An e-mail's copy lines ("Bcc: Lindqvist, Saga (SIDA/AFR)") name readers too, and their division codes no author.
    rf"|(?i:{COPY_LABELS}):"
)
VALUE_DECIMALS = 6  # an amount's value is kept to this many decimals (its normal form writes as many)
# A dollar named without its country, as a bare "$" is written.
BARE_DOLLAR_WORDS = frozenset({"dollar", "dollars"})
# How far after "figures" ("All figures are in Australian dollars") the dollar it counts in is looked for.
STATED_DOLLAR_WINDOW = 40
# Look this far back for a qualifier ("more than", "an estimated") or a reference word ("Article").
QUALIFIER_WINDOW = 30
# A counted noun may follow the number after at most this many modifiers ("displaced persons").
MAX_UNIT_MODIFIERS = 4
# How many characters after a number its counted noun phrase is looked for in.
UNIT_WINDOW = 80
# Number words that never count on their own ("a", "half a"; "hundred" only scales).
# A country's name standing as a modifier has at most this many words ("United Arab Emirates").
MAX_COUNTRY_WORDS = 4
NOT_COUNT_WORDS = frozenset({"a", "half a", "a quarter of a", "three quarters of a", "hundred"})

# Space-like thousands separators: space, no-break space, thin space, narrow no-break space.
_SEP = SPACE_SEPARATOR
# Grouped numbers first (the alternation takes the first branch that matches).
# The end of a number's last word: no letter or digit follows, but a footnote mark in superscript may
# ("DKK 1.1 billion¹": Python counts "¹" as a word character).
WORD_END = rf"(?![^\W{FOOTNOTE_DIGITS}])"
NUM = (
    rf"(?:\d{{1,3}}(?:{_SEP}\d{{3}})+(?:[.,]\d+)?"
    r"|\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?"  # Swiss: CHF 12'500'000
    rf"|{INDIAN_GROUPED}"  # "Rs. 4,07,250": before the comma groups, which would stop at "4,07"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?"
    r"|\d+(?:[.,]\d+)?)"
)
_DASH = r"(?:-|–|—|‒|to)"
# "61,700/-", "500,000/=": the mark after a sum in whole units, no cents (East Africa's shillings, India's rupees).
WHOLE_UNITS_SIGNS = "-="  # after its slash
WHOLE_UNITS_MARK = rf"/[{WHOLE_UNITS_SIGNS}]"
# What may stand between a figure and the bracket that restates it in words: blanks and that mark ("2,500/- (two
# thousand five hundred)"), as characters to strip.
NO_SUBUNIT_MARK = " \t\r\n/" + WHOLE_UNITS_SIGNS
# "XOF 655.957 per euro", "1.35 dollars to the pound": an exchange rate, no sum (the word after is a currency's).
PER_CURRENCY = re.compile(rf"\s+(?:per|to\s+(?:the|one|a|1))\s+(?:US\s+)?(?P<cur>[A-Za-z]+|[{CURRENCY_SIGNS}])")
# "UA 1 = ", "1 EUR = ", "$1 = ", "CHF 1 was worth ", "SDR 1 is equal to ": one unit of a currency set equal to the
# sum after it, an exchange rate's price.
# In words, the "1" is a currency's unit only beside its code or sign ("Lot 1 is worth EUR 2.500" is a lot's price).
_SAID_EQUAL = r"[ \t]+(?:(?:is|was|were|being)[ \t]+)?(?:worth|equal(?:led|s)?(?:[ \t]+to)?|equivalent[ \t]+to)[ \t]*$"
ONE_UNIT_EQUALS = re.compile(
    r"(?<![\d.,])1(?:[ \t]?[A-Za-z]{1,4})?[ \t]*=[ \t]*$"
    rf"|(?:(?<![\w.])[A-Z]{{2,4}}[ \t]?|[{CURRENCY_SIGNS}])1(?![\d.,]){_SAID_EQUAL}"
    rf"|(?<![\d.,])1[ \t]+[A-Z]{{3}}{_SAID_EQUAL}"
)
# "1 500 a day": a count per unit of time.
RATE = re.compile(r"\s+(?:a|per|each)\s+(day|week|month|year)\b", re.IGNORECASE)
# A number after a month's name up to this is its day ("the August 23 strikes").
MAX_DAY = 31
BASIS_POINTS_PER_POINT = 100
# Endings of the plural names of peoples ("Albanians", "Eritreans", "Pakistanis", "Turks", "Latinos", "Hispanics",
# "Kurds", "Uyghurs"); other capitalised plurals after a number are too often place names.
PEOPLES = re.compile(r"(?:ans|ers|urs|ists|is|ks|ds|ites|ins|ots|ches|ese|inos|inas|anics)$")
# Thousands groups that cannot be a decimal: space or comma groups, or two dot groups
# ("25.173" alone is more likely a section number or a decimal than 25 173).
GROUPED = re.compile(rf"\d(?:{_SEP}|,|['’])\d{{3}}(?!\d)|\d\.\d{{3}}\.\d{{3}}(?!\d)")
# After a currency word that is also a weight ("pounds"), "of" and a noun say what is weighed.
WEIGHED = re.compile(r"\s+of\s+(?!the\s+(?:sum|amount|total)\b)[a-z]")
# "1 in 5 people", "one out of three": the number after "in" is a ratio's base, no count.
RATIO_BEFORE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+$", re.IGNORECASE
)
# "the number of Alliance personnel in Iraq to": a number right after names what it counts (see _elided_count).
NUMBER_OF_TO = re.compile(r"\bnumber\s+of(?P<noun>\s+[^.;:\n\d]{1,80}?)\s+(?:to|at)\s*$", re.IGNORECASE)
# What may follow a number whose noun is left out: the end of the phrase, or a verb or preposition, or a participle
# that ends the phrase ("of whom 12 hospitalised;").
ELIDED_NOUN_AFTER = re.compile(
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:in|into|at|on|by|for|during|last|this|have|has|had|were|are|was|will|would|more|fewer|less)\b"
    r"|\s+[a-z]+(?:-[a-z]+)?ed(?=\s*(?:[.,;:)]|$)))"
)
# "62 of our citizens", "41 of its staff": a number, then the group it is part of; it counts that group's noun.
PARTITIVE_OF = re.compile(r"\s+of\s+(?:our|its|their|his|her|your|my|the|these|those)\s+(?=[a-z])")
# "1,247 civilians, 16 of them in September", "2,814 disarmed, 411 of them women": a part of the people counted before.
PARTITIVE_PRONOUN = re.compile(r"\s+of\s+(?:them|whom)\b")
# "Nigeria, 650 troops; Ghana, 250; Sierra Leone, 150": a list's item, a name and a bare number after a semicolon.
SHARE_ITEM_BEFORE = re.compile(r";[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*,[ \t]+$")
# "62 ... in the north, 14 in the south and 1 in the east": a list's bare number before the next place it names.
LISTED_BEFORE = re.compile(r"(?:,|\band)[ \t]+$")
PLACE_AFTER = re.compile(r"\s+(?:in|into)\s+(?:the\s+)?[A-Z]")  # "14 in Sinop", "240 into the Armed Forces"
ABBREVIATION = re.compile(r"[A-Z](?:\.[A-Z])+\.?|[A-Z]{2,4}")
# An address's line of a postal code and its city, one to three capitalised words ("75012 Paris", "1040 Brussels").
POSTAL_CODE_LINE = re.compile(r"\d{4,5}[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}[ \t]*$", re.M)
# "50:50", "3:1": the numbers of a ratio count nothing.
RATIO = re.compile(r"\d[ \t]?:[ \t]?\d")
# "Thirty-four million of it has never left Rome": a part of a sum just named, in its currency.
PART_OF_SUM_AFTER = re.compile(r"\s+of\s+(?:it|this|that)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def load_data() -> dict[str, list[dict]]:
    """Read amounts.jsonl into lists of records by kind."""
    return read_jsonl_by_kind(DATA_PATH.name)


def cardinal_words(most: int) -> dict[str, int]:
    """The words of one whole number up to most ("three" -> 3), in file order: not the article "a" nor a fraction."""
    return {
        r["text"]: r["value"]
        for r in load_data()["number_word"]
        if r["text"] not in NOT_COUNT_WORDS and isinstance(r["value"], int) and r["value"] <= most
    }


@functools.lru_cache(maxsize=1)
def currency_tables() -> tuple[dict[str, str], dict[str, str], set[str]]:
    """Signs -> code, lowercase currency words -> code, and the 3-letter codes we accept."""
    import pycountry

    data = load_data()
    excluded = {r["text"] for r in data.get("currency_code_excluded", [])}
    # Withdrawn codes (BGN, MRO) are gone from pycountry but stand in the letters written before.
    withdrawn = {r["text"] for r in data.get("currency_code_withdrawn", [])}
    codes = ({c.alpha_3 for c in pycountry.currencies} | withdrawn) - excluded
    signs = dict(currency_signs())
    words: dict[str, str] = {}
    for currency in pycountry.currencies:
        if currency.alpha_3 in excluded:
            continue
        name = currency.name.lower()
        words.setdefault(name, currency.alpha_3)
        words.setdefault(name + "s", currency.alpha_3)  # "Egyptian Pound" -> "egyptian pounds"
    # "Mauritian rupees" for pycountry's "Mauritius Rupee": a country's adjective before its currency's noun.
    adjectives: dict[str, list[str]] = {}
    for code, form, kind in demonym_rows():
        if kind == "adjective":
            adjectives.setdefault(code, []).append(form)
    # "Kenya shillings", "Jamaica dollars" for pycountry's "Kenyan Shilling", "Jamaican Dollar": any of the country's
    # names standing before the noun, as its adjective does.
    names: dict[str, list[str]] = {}
    for code, name in other_names():
        names.setdefault(code, []).append(name)
    for country in pycountry.countries:
        names.setdefault(country.alpha_3, []).extend(
            filter(None, (country.name, getattr(country, "common_name", None)))
        )
    for currency in pycountry.currencies:
        *country, noun = currency.name.split()
        country_alpha3 = country_code(" ".join(country)) if country and currency.alpha_3 not in excluded else None
        modifiers = adjectives.get(country_alpha3 or "", []) + [
            name for name in names.get(country_alpha3 or "", []) if len(name.split()) <= MAX_COUNTRY_WORDS
        ]
        for modifier in modifiers:
            words.setdefault(f"{modifier} {noun}".lower(), currency.alpha_3)
            words.setdefault(f"{modifier} {noun}s".lower(), currency.alpha_3)
    # The curated words win over pycountry's (pycountry has several "dollar" currencies).
    words.update({r["text"].lower(): r["code"] for r in data.get("currency_word", [])})
    # A withdrawn currency's names ("Finnish markkaa", "Dutch guilders") stand in the letters written before.
    for record in data.get("currency_code_withdrawn", []):
        words.update({word.lower(): record["text"] for word in record.get("words", [])})
    # A noun several currencies share ("kroner") stands for the first until the document says which.
    # A sign several currencies share ("Rs") is a sign, no word.
    for record in data.get("shared_currency_noun", []):
        if record["text"] not in signs:
            words.setdefault(record["text"].lower(), next(iter(record["codes"])))
    return signs, words, codes


@functools.lru_cache(maxsize=1)
def _named_before_figure() -> frozenset[str]:
    """The currency names a formal note may write before a figure, capitalised as it writes them ("Kronor",
    "Swedish Kronor", "Kenya Shillings", "KRONOR"): every currency word but a weight's ("Pounds 500" may weigh)."""
    weights = {w.lower() for w in _lookups()["weight_word"]}
    forms = set()
    for word in currency_tables()[1]:
        if word in weights or not word.replace(" ", "").isalpha():
            continue
        forms |= {word.title(), word[0].upper() + word[1:], word.upper()}
    return frozenset(forms)


def _ends_a_country_name(text: str, start: int, end: int) -> bool:
    """Whether the currency word at text[start:end] is the last word of a country's name that starts before it
    ("Leone" in "Sierra Leone", "Colon" in a place so named): then the row names the place, not the currency."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:end].lower()
    offset = start - line_start
    return any(s < offset and e == len(before) for s, e, _code in country_names_in(before))


@functools.lru_cache(maxsize=1)
def compiled() -> dict[str, re.Pattern]:
    """The regexes, built once from the data."""
    data = load_data()
    signs, words, codes = currency_tables()
    scales = alternation(r["text"] for r in data["scale"])
    # "R$ 500 mil." ends a sentence with the Iberian "mil" (a thousand): such a scale counts in a sentence only
    # before its currency ("1,2 mil. lei"); a table's head reads it through word_scales.
    sentence_scales = alternation(r["text"] for r in data["scale"] if not r.get("only_before_currency"))
    currency_scales = alternation(r["text"] for r in data["scale"] if r.get("only_before_currency"))
    word_scales = alternation(r["text"] for r in data["scale"] if len(r["text"]) > 3)
    numwords = alternation(r["text"] for r in data["number_word"])
    # A number written in several words ("one hundred and eighty", "twenty-five", "two hundred"): "and" only
    # after "hundred", so that "between one and two million" stays two numbers.
    inner = alternation(r["text"] for r in data["number_word"] if r["text"] not in ("a", "half a"))
    numwords = rf"(?:{numwords})(?:(?:-|\s+|(?<=hundred)\s+and\s+)(?:{inner})\b)*"
    # Codes are upper case and stand alone ("EUR 5", "5 EUR"), signs may touch the digits.
    # Any three capitals stand for a code here; _currency_code keeps only ISO 4217 ones (a
    # 180-code alternation made the regex several times slower).
    # A sign of letters may end in an abbreviation's dot ("Ushs. 72 million", "Kshs. 615,000"), in its own case only
    # ("Sr." is no Saudi riyal).
    dotted = alternation(sign for sign in signs if len(sign) > 1 and sign.isalpha())
    # "MECU 15", "MSEK 120": a code that holds its scale, written as a code is, in capitals.
    scaled_codes = rf"(?-i:\b(?:{alternation(_scaled_codes())}){WORD_END})"
    # "Kronor 700,000", "Kenya Shillings 5 million": a currency's name before its figure, as formal notes write it;
    # capitalised only (see _named_before_figure; _find_money keeps it before a grouped or scaled figure).
    named_pre = alternation(_named_before_figure())
    # "ID 12 million", "ID million": a code of fewer than three capitals, kept to scaled or grouped sums and to
    # heads with a scale (_find_money, _table_unit check).
    short_codes = alternation(code for code in _codes_before_scale() if len(code) < 3)
    cur_pre = (
        rf"(?:(?-i:\b(?:{dotted})\.)|{scaled_codes}|{alternation(signs)}|(?-i:\b[A-Z]{{3}}(?![A-Za-z]))"  # also "EUR1.2bn"
        rf"|(?-i:\b(?:{short_codes})(?![A-Za-z]))"
        rf"|(?-i:\b(?:{named_pre})(?=[ \t]\d)))"
    )
    # The currency's words first: "UAE dirhams" would otherwise stop at "UAE", which is no code.
    cur_post = rf"(?:\b(?:{alternation(words)}){WORD_END}|{scaled_codes}|(?-i:\b[A-Z]{{3}}{WORD_END}))"
    number = rf"(?:{NUM}|\b(?:{numwords})(?=\s+(?:{word_scales})\b))"
    scale = rf"(?:{sentence_scales}|(?:{currency_scales})(?=\s?{cur_post}))"
    between = r"(?:(?P<between>\bbetween)\s+)?"
    conn = rf"\s?(?(between)\s*and\s*|{_DASH})\s?"
    # "2 075 000 (two million seventy-five thousand) hryvnias": the figure said again in
    # words, in brackets, between it and its currency, as legal and treaty texts write sums.
    in_words = rf"(?:\s?\((?:{inner})\b[a-z ,-]*\))?"
    # "Rand 1,250,000 (one million two hundred and fifty thousand)": so after a sum whose currency stands first; the
    # words alone are that sum's, no count of their own (words that name a currency too are a sum: see money_post).
    said_again = rf"(?:\s?\((?:{inner})(?:[\s,-]+(?:and\s+)?(?:{inner}|{word_scales}))*\))?"
    # "a €4.5-billion plan": a sum written as an adjective joins its scale with a hyphen.
    scale_joint = rf"(?:\s|-(?=(?:{word_scales})\b))?"
    money_pre = (
        rf"{between}(?P<cur>{cur_pre})\s?(?P<n1>{number})(?:{scale_joint}(?P<s1>{scale}))?{WORD_END}"
        rf"(?:{conn}(?:{cur_pre})?\s?(?P<n2>{NUM})(?:{scale_joint}(?P<s2>{scale}))?{WORD_END})?{said_again}"
    )
    # "two million seven hundred thousand (2,700,000) dinars": the words' figure in brackets, then the currency.
    money_post = (
        rf"{between}(?:(?P<bracket>\()[ \t]*)?(?P<n1>{number})(?:\s?(?P<s1>{scale}))?(?(bracket)[ \t]*\))"
        rf"(?:{conn}(?P<n2>{NUM})(?:\s?(?P<s2>{scale}))?)?{in_words}\s?(?P<cur>{cur_post}){WORD_END}"
    )
    # Percentages are never written with space-grouped thousands: "242 100 %" is a table's "100 %".
    percent_num = NUM.replace(rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?:[.,]\d+)?|", "")
    # "a" and "half a" are numbers only before a scale ("a million"), never a percentage's.
    pct_words = alternation(r["text"] for r in data["number_word"] if r["text"] not in ("a", "half a"))
    percent = (
        rf"{between}(?P<n1>{percent_num}|\b(?:{pct_words})\b)"
        rf"(?:{conn}(?P<n2>{NUM}))?\s?(?P<pct>%(?![\w%])|per\s?cent\b|percent\b|percentage points?\b|pct\b|basis\s+points?\b)"
    )
    count = rf"(?P<n1>{number})(?:\s(?P<s1>{word_scales}))?{WORD_END}"
    # "six others", "five service members": a number word alone counts only the people it names.
    small = alternation(r["text"] for r in data["number_word"] if r["text"] not in NOT_COUNT_WORDS)
    # ... and not the first word of a number written in several ("three hundred thousand people").
    count_word = rf"\b(?P<n1>{small})\b(?![\s-]+(?:{word_scales}|{inner})\b)(?P<s1>)"
    flags = re.IGNORECASE
    all_signs = set(signs) | {r["text"] for r in data.get("local_sign", [])}
    # "Amounts in", "All figures are in": a caption's words for what its figures are in.
    figures_in = rf"\b(?:all\s+)?(?:{alternation(r['text'] for r in data['table_figures_noun'])})\s+(?:are\s+)?in\s+"
    # "'000" after an apostrophe is a table's unit ("('000 EUR)"), no number of its own.
    lead = rf"(?<![\w.,/\-–{CURRENCY_SIGNS}])(?!(?<=['’])000)"
    return {
        "money_pre": re.compile(lead + money_pre, flags),
        "money_post": re.compile(lead + money_post, flags),
        # "$75 million Canadian dollars": the currency named after a bare "$" sum says which dollar.
        "named_after_sign": re.compile(rf"\s?(?P<cur>\b(?:{alternation(words)})\b)(?!\w)", flags),
        # "$1.21 billion Canadian)": a country's adjective alone (no noun after it) names the dollar;
        # "$5 million Canadian aid" says whose aid, so a word after the adjective blocks it.
        "adjective_after_sign": re.compile(
            rf"\s(?P<cur>(?-i:{alternation(r['text'] for r in data.get('dollar_adjective', []))}))(?!\w|\s+[A-Za-z])",
            flags,
        ),
        "percent": re.compile(lead + percent, flags),
        # A table's column headed by a currency and a scale with no number ("Partner / program $ million"),
        # and a number in it: after a name, before the next name or the line's end, never counted.
        # An all-caps cable writes "USD MILLION": the scale's words in any case (its letters "m", "k" only in small).
        "column_head": re.compile(
            rf"(?<![\w$])(?P<cur>{cur_pre})[ \t]?(?P<s1>{scales}|(?i:{word_scales}))\b(?![ \t]*\d)"
        ),
        # "($ in thousands)", "(USD in millions)", "(Rupees in crore)": a table's currency, then its scale.
        "column_head_in": re.compile(
            rf"\(\s*(?P<cur>{cur_pre}|\b(?:{alternation(words)})\b)\s+in\s+(?P<s1>{word_scales})\s*\)", flags
        ),
        # "US$ (millions)", "FCFA (in millions)": a column's head that gives its currency, then its scale in brackets.
        "column_head_scale_bracketed": re.compile(
            rf"(?<![\w$])(?P<cur>{cur_pre})[ \t]*,?[ \t]*\(\s*(?:in\s+)?(?P<s1>{word_scales})\s*\)", flags
        ),
        # "(USD '000)", "('000 EUR)", "$'000": a table's sums in thousands of a currency.
        "column_head_thousands": re.compile(
            rf"(?:(?P<cur>{cur_pre})[ \t]?['’]000|['’]000[ \t]+(?:of[ \t]+)?(?P<after>{cur_pre}|\b(?:{alternation(words)})\b))(?![\w'’])"
        ),
        # "(in NOK 1,000)", "(in 1 000 EUR)", "£000": a table's sums in thousands of a currency, its unit written as a
        # thousand (in brackets after "in", never a sum there) or as a sign touching "000" (no sum of nothing).
        "column_head_per_thousand": re.compile(
            rf"\(\s*in\s+(?:(?P<cur>{cur_pre})[ \t]?1[,.'’ \u00a0]?000|1[,.'’ \u00a0]?000[ \t]+(?P<after>{cur_pre}))\s*\)"
            rf"|(?<![\w$])(?P<touching>{alternation(signs)})000(?![\w,.])"
        ),
        # "Pledged ('000)", "Amount (millions)", "(in thousands)": a column's scale in brackets, its currency named
        # elsewhere in the head ("USD eq. ('000)") or in each row ("Germany | EUR | 92,000"); see _scaled_head.
        "column_head_scale": re.compile(
            rf"\(\s*(?:in\s+)?(?:(?P<thousands>['’]000)|(?P<s1>{word_scales}))\s*\)", flags
        ),
        # A currency's code or sign anywhere in a column's head ("Paid in, USD ('000)").
        "head_code": re.compile(rf"(?<![\w$])(?P<cur>{cur_pre})(?![\w$])"),
        # "(M$)": a table in a local sign that holds its scale (thousands of Chilean pesos), or "(R m)" one that
        # is given its scale; see _local_sign_code.
        "column_head_local": re.compile(
            rf"\(\s*(?:(?P<cur>{alternation(r['text'] for r in data.get('local_sign', []) if 'factor' in r)})"
            rf"|(?P<scaled>{alternation(r['text'] for r in data.get('local_sign', []))})[ \t]?(?P<s1>{scales})\s*(?=\)))"
            rf"\s*\)"
        ),
        # A column's head that names its currency alone in brackets: "Amount (USD)", "(EUR)": units, no scale; or
        # after the currency's name and a comma, "(Kenyan shillings, KES)".
        "column_head_plain": re.compile(
            rf"\((?:\s*(?P<name>[^\W\d_][^()\d,]{{0,40}}),)?\s*(?P<cur>{cur_pre})\s*(?P<s1>)\)"
        ),
        # "(in US dollars)", "(in euros)": a caption that gives its table's currency in words, units, no scale;
        # so does one that says what is in it ("(amounts in pesos)", "(all figures in euros)").
        "column_head_in_currency": re.compile(
            rf"(?:(?P<open>\()\s*(?:{figures_in}|in\s+)"
            # ... or without brackets at a caption's end, the figures named first: "Sums in NOK", "All figures are
            # in US$." (a sentence's "amounts in euros" goes on after it).
            rf"|{figures_in})"
            rf"(?P<cur>{cur_pre}|\b(?:{alternation(words)})\b)\s*(?P<s1>)(?(open)\)|\.?\s*$)",
            flags,
        ),
        # A long title's last words that say what its figures are in ("... paid over 2031 Figures in euros"): its
        # unit, read as a caption's.
        "figures_in_at_end": re.compile(rf"{figures_in}\S+(?:\s+\S+)?[ \t]*\.?\s*$", flags),
        # A column's head that is a currency alone ("SEK", "US$", "Euros"): its figures are sums in units of it.
        "column_head_bare": re.compile(rf"\s*(?P<cur>{cur_pre}|\b(?:{alternation(words)})\b)\s*(?P<s1>)", flags),
        # A table's unit in words, in its caption or a column's head: "(in millions of US dollars)", "million EUR";
        # after a figure the words are a sum's ("Soft loans (up to 42.5 billion won in total)"), no unit given once.
        "unit_words": re.compile(
            # The currency's words first: "millions of CFA francs" would otherwise stop at "CFA", which is no code.
            # "in thousands of KD": a sign of letters stands for its currency as a code does.
            rf"(?<!\d\s)\b(?P<s1>{word_scales})(?:\s+|(?<=\.))(?:of\s+)?(?P<cur>\b(?:{alternation(words)})\b|(?-i:\b[A-Z]{{3}}\b)"
            rf"|(?-i:\b(?:{alternation(sign for sign in signs if sign.isalpha())})\b))(?![ \t]*\d)",
            flags,
        ),
        # "(euro millions)", "All figures are in US dollar thousands": a table's currency, then its scale in the
        # plural (no sum says "5 euro millions"), in brackets or after "in".
        "unit_words_after": re.compile(
            rf"(?:\(\s*|\bin\s+)(?P<cur>\b(?:{alternation(words)})\b|(?-i:\b[A-Z]{{3}}\b))\s+"
            rf"(?P<s1>{alternation(r['text'] for r in data['scale'] if r['text'].endswith('s') and len(r['text']) > 3)})\b",
            flags,
        ),
        # A sign alone at a cell's end, its figure in the next cell: a symbol ("$", "€") after a space, a sign of
        # letters only after leader dots ("Loon ...... P"; "Grade K" names no currency).
        "sign_cell_end": re.compile(
            rf"(?:(?:^|[\s.])(?-i:(?P<cur>{alternation(sign for sign in all_signs if not sign.isalpha())}))"
            rf"|\.[ \t]*(?-i:(?P<letters>{alternation(sign for sign in all_signs if sign.isalpha())})))$"
        ),
        "column_cell": re.compile(rf"[A-Za-z)][ \t]+(?P<n1>{NUM})(?=[ \t]*(?:\n|$)|[ \t]+[A-Z(])", re.M),
        # "K6 per kilogram": a letter sign touching its number (see _find_local_money).
        # A sign of the currency table ("C$") is read by money_pre, which asks _local_sign_code for its country's.
        "local_sign": re.compile(
            rf"(?<![\w.$-])(?-i:(?P<cur>{alternation(r['text'] for r in data.get('local_sign', []) if r['text'] not in signs)}))"
            # A sign that ends in a stop or "$" stands a space before its figure ("Nu. 120 million", "M$ 824.317"); so may any
            # sign before a scaled figure ("K 20 million", "MK 1.9 billion") or one in comma groups, as a list's
            # column sets it ("P  500,000.00"), or before a price per head ("Q 40 per household"): a letter and a bare
            # number are no sum.
            rf"(?:(?<=[./$])[ \t]{{1,3}}|[ \t](?=[\d.,]+[ \t]?(?:{word_scales})\b)|[ \t]{{1,2}}(?=\d{{1,3}}(?:,\d{{3}})+(?![\d,]))"
            rf"|[ \t](?=\d+(?:\.\d+)?[ \t]+per[ \t]+[a-z]))?"
            # "Shs. 61,700/-", "KShs 500,000/=": East Africa's mark of a sum in whole shillings belongs to it, so
            # the lookahead below must not read the mark as the start of a document symbol.
            rf"(?P<n1>{NUM})(?:\s?(?P<s1>{word_scales}))?(?P<whole>{WHOLE_UNITS_MARK})?(?![\w/-])"  # "S/2024/123": a document symbol, no sum
        ),
        # "86.400,50 MT": a letter sign written after its figure, read only where its country is named
        # ("500 MT of rice" elsewhere is metric tonnes); see _find_local_money.
        "local_sign_after": re.compile(
            rf"{lead}(?P<n1>{NUM})(?:\s?(?P<s1>{word_scales}))?[ \t]+"
            # "(?!)" where the data has no such sign: an empty alternation would read any "<number> " as a sum
            rf"(?-i:(?P<cur>{alternation(r['text'] for r in data.get('local_sign_after', [])) or '(?!)'}))(?![\w$])",
            flags,
        ),
        # "50 US cents": a currency's hundredth named after its number.
        "subunit": re.compile(
            rf"(?<![\w.$-])(?P<n1>{NUM})\s+(?P<cur>{alternation(r['text'] for r in data.get('subunit', []))})\b",
            flags,
        ),
        # "All figures are in Australian dollars (unless otherwise stated)": the document's dollar.
        "dollar_stated": re.compile(
            rf"\b(?:figures|amounts|sums|values)\b[^.\n]{{0,{STATED_DOLLAR_WINDOW}}}?\bin\s+"
            rf"(?P<cur>(?:{alternation(w for w, c in words.items() if w.endswith(('dollar', 'dollars')))}))\b",
            flags,
        ),
        "count": re.compile(lead + count, flags),
        # "14,5 miliardi", "7,25 milioni": a decimal comma before a scale, in a text that groups thousands with dots.
        "decimal_comma_scaled": re.compile(rf"(?<![\d.,])\d{{1,3}},\d{{1,2}}[ \t]?(?:{word_scales})\b", flags),
        "count_word": re.compile(lead + count_word, flags),
        "qualifier": re.compile(rf"\b(?P<q>{alternation(r['text'] for r in data['qualifier'])})\s+$", flags),
        # The words before a number whose noun is left out ("a further 47", "fewer than 300").
        "elision_cue": re.compile(
            rf"\b(?:{alternation([r['text'] for r in data['qualifier']] + [r['text'] for r in data['elision_cue']])})\s+$",
            flags,
        ),
        "word": re.compile(r"[A-Z](?:\.[A-Z])+\.?|[A-Za-z][\w'’\-]*"),
    }


@functools.lru_cache(maxsize=1)
def _lookups() -> dict:
    """Lower-case lookup tables from the data, built once."""
    data = load_data()
    return {
        "number_word": {r["text"]: r["value"] for r in data["number_word"]},
        "scale": {r["text"].lower(): r["factor"] for r in data["scale"]},
        "qualifier": {r["text"].lower(): r["norm"] for r in data["qualifier"]},
        "not_after": {r["text"].lower() for r in data["not_after"] if not r.get("serial_only")},
        "not_after_serial": {r["text"].lower() for r in data["not_after"] if r.get("serial_only")},
        "dollar_adjective": {r["text"]: r["code"] for r in data.get("dollar_adjective", [])},
        "weight_word": {r["text"].lower() for r in data.get("weight_word", [])},
        "measure_word": {r["text"].lower() for r in data["not_unit"] if "measure" in r.get("why", "")},
    }


def parse_number(text: str, scaled: bool = False) -> Optional[float]:
    """Read a number written in words ("seven") or digits with any thousands separator."""
    words = _lookups()["number_word"]
    if text.strip().lower() in words:
        return float(words[text.strip().lower()])
    parts = [w for w in re.split(r"[\s-]+", text.strip().lower()) if w and w != "and"]
    if len(parts) > 1 and all(w in words for w in parts):
        # "one hundred and eighty" = (1 × 100) + 80; "twenty-five" = 20 + 5
        value = 0.0
        for word in parts:
            value = (value or 1) * 100 if word == "hundred" else value + words[word]
        return value
    return parse_grouped_number(text, scaled)


def _scale_factor(word: Optional[str]) -> float:
    if not word:
        return 1.0
    return float(_lookups()["scale"].get(word.lower(), 1.0))


@functools.lru_cache(maxsize=1)
def _common_codes() -> set[str]:
    return {r["text"] for r in load_data().get("common_code", [])}


def _per_currency(text: str, end: int) -> bool:
    """Whether a sum ending at ``end`` is an exchange rate's price of another currency ("XOF 655.957 per euro")."""
    after = PER_CURRENCY.match(text, end)
    if not after:
        return False
    signs, words, codes = currency_tables()
    cur = after.group("cur")
    return cur in signs or cur in codes or cur.lower() in words


@functools.lru_cache(maxsize=1)
def _codes_before_scale() -> dict[str, str]:
    """Codes kept out of the currency table that name a currency before a scaled or grouped sum -> its ISO code (the
    code itself, "COP"; or the one the abbreviation stands for, "ECU" -> XEU)."""
    return {r["text"]: r.get("code", r["text"]) for r in load_data().get("currency_code_before_scale", [])}


@functools.lru_cache(maxsize=1)
def _code_before_scale_gates() -> dict[str, tuple[bool, re.Pattern | None]]:
    """Codes before a scale whose letters are common in other uses ("ID" of an identifier) -> whether only a scale
    word makes them a currency (no grouped figure), and the names one of which the text must hold (None: any text)."""
    gates = {}
    for row in load_data().get("currency_code_before_scale", []):
        names = row.get("text_names")
        named = re.compile(rf"\b(?:{alternation(names)})s?\b", re.IGNORECASE) if names else None
        gates[row["text"]] = (bool(row.get("scale_word_only")), named)
    return gates


# A code before a scale read as no sum: a grouped figure where only a scale word makes it a currency, or a text that
# names none of the bodies or currencies it is the sign of ("Case ID 10,432": an identifier).
CODE_NOT_NAMED = "no_sum:code_before_scale_not_named"


def _code_before_scale_holds(cur: str, text: str, scale_word: bool) -> bool:
    """Whether a code kept out of the currency table is a currency here (see _code_before_scale_gates)."""
    word_only, named = _code_before_scale_gates().get(cur, (False, None))
    return (scale_word or not word_only) and (named is None or named.search(text) is not None)


@functools.lru_cache(maxsize=1)
def _scaled_codes() -> dict[str, tuple[str, float]]:
    """Codes that hold their scale ("MECU": millions of ECU) -> the ISO code and the scale."""
    return {r["text"]: (r["code"], float(r["factor"])) for r in load_data().get("scaled_code", [])}


def _names_currency(name: str, code: str, dollar: str) -> bool:
    """Whether ``name`` names the currency ``code``: in full, or ends on a word of pycountry's name, no country's."""
    import pycountry

    name = name.strip()
    if _currency_code(name, dollar) == code:
        return True
    currency = pycountry.currencies.get(alpha_3=code)
    if currency is None or not name or country_code(name) is not None:
        return False
    # pycountry puts the noun last ("Colombian Peso") or first ("Rial Omani").
    nouns = {word.lower().replace("’", "'") for word in currency.name.split()}
    last = name.split()[-1].lower().replace("’", "'")
    return any(last in {noun, noun + "s", noun + "es"} for noun in nouns)


def _code_factor(cur: str) -> float:
    """The scale a currency as written holds ("MECU": 1e6); 1 for any other."""
    return _scaled_codes().get(cur, ("", 1.0))[1]


def _currency_code(text: str, dollar: str) -> Optional[str]:
    signs, words, codes = currency_tables()
    if text in _scaled_codes():
        return _scaled_codes()[text][0]
    if text not in signs and text.endswith(".") and text[:-1].isalpha():
        text = text[:-1]  # "Kshs.": a sign's abbreviation dot
    if text in signs:
        code = signs[text]
        return dollar if text == "$" else code
    if text.upper() in codes and text.isupper():
        return text.upper()
    word = re.sub(r"\s+", " ", text.lower())
    # "two billion dollars" names no country: it is the document's dollar, as a bare "$" is.
    return dollar if word in BARE_DOLLAR_WORDS else words.get(word)


def document_head(text: str) -> str:
    """The lines before a document's body (its letterhead, author, title, addressee); empty without a body."""
    lines = []
    held = 0  # lines that hold text
    for line in text.lstrip().splitlines():
        if len(line.strip()) >= HEAD_LINE_CHARS:
            return "\n".join(lines)
        lines.append(line)
        held += bool(line.strip())
        if held > HEAD_LINES:
            return ""
    return ""


def opening_government(text: str) -> Optional[str]:
    """The country whose government is the subject the body opens with ("The Ruritanian Government will fund ...",
    "The Government of Canada announced ..."), as a government's release speaks first of itself; else None."""
    head = document_head(text)
    opening = OPENING_GOVERNMENT.match(text.lstrip()[len(head) :].lstrip()) if head else None
    named = _countries_named(opening.group("who") or opening.group("of"), frozenset(_all_codes())) if opening else []
    return named[0] if len(named) == 1 else None


def author_head(text: str) -> str:
    """A document's head without its addressee block: the letterhead, author and title."""
    blocks = re.split(r"\n\s*\n", document_head(text))
    return "\n\n".join(block for block in blocks if not ADDRESSEE_OPENER.match(block.strip()))


@functools.lru_cache(maxsize=1)
def _subdivision_names() -> tuple[re.Pattern, dict[str, str]]:
    """A regex of the names of self-governing subdivisions ("Québec", "Scotland"), and name -> country alpha-3."""
    names = subdivision_table()
    return re.compile(rf"(?<![\w.])(?:{word_trie(names)})(?!\w)"), names


@functools.lru_cache(maxsize=TEXTS_REMEMBERED)
def _subdivisions_countries(text: str) -> tuple[str, ...]:
    """The country alpha-3 of each mention in ``text`` of one of its self-governing subdivisions, in order."""
    # Remembered for the last few texts: home_country asks it of the same letter once per currency family.
    pattern, names = _subdivision_names()
    return tuple(names[match.group(0)] for match in pattern.finditer(text))


@functools.lru_cache(maxsize=None)
def _country_names(codes: frozenset[str]) -> tuple[re.Pattern, dict[str, str]]:
    """A regex of every name and demonym of these countries, and name -> alpha-3."""
    names = {name: code for name, (code, _rule) in country_table().items() if code in codes}
    return re.compile(rf"(?<![\w.])(?:{word_trie(names)})(?!\w)"), names


def _countries_named(text: str, codes: frozenset[str]) -> list[str]:
    """The alpha-3 code of each mention in ``text`` of one of these countries, in order."""
    pattern, names = _country_names(codes)
    return [names[match.group(0)] for match in pattern.finditer(text)]


def head_countries(text: str, author: str = "", codes: Optional[frozenset[str]] = None) -> set[str]:
    """The countries (of ``codes``, or any) a document's author (letterhead, signatory's title) and head name, or
    else the states whose capitals the author's lines name."""
    head = f"{author}\n{author_head(text)}"
    # A letterhead in capitals ("HOUSE OF COMMONS / CANADA") names its country as a sentence would.
    head = "\n".join(natural_case(line) if line.isupper() else line for line in head.splitlines())
    codes = codes or frozenset(_all_codes())
    named = set(_countries_named(head, codes))
    # A province's or a nation's government ("Gouvernement du Québec", "Scottish Government") is of its
    # country, which it need not name.
    named = named or {code for code in _subdivisions_countries(head) if code in codes}
    # A ministry's letterhead may name only its capital ("MINISTRY OF FINANCE / WELLINGTON"): the author's own
    # lines, never the addressee's, so a city there is where the author sits.
    return named or {code for code in capital_states_in(author) if code in codes}


@functools.lru_cache(maxsize=TEXTS_REMEMBERED)  # asked again for each currency family of a text
def home_country(text: str, author: str = "", codes: Optional[frozenset[str]] = None) -> Optional[str]:
    """The one country (of ``codes``, or any) a document's author and head name when it is also the one
    its text names most ("Australian Government", "Ottawa, Canada"); else None."""
    codes = codes or frozenset(_all_codes())
    heads = [head_countries(text, author, codes)]
    if author.strip():
        # A head that also names the addressee's country ("Washington, D.C. / U.S.A.") or the subject's: the
        # author's own lines (letterhead, signatory's title) say whose document it is when they name one.
        heads.append(head_countries("", author, codes))
    for in_head in heads:
        if len(in_head) != 1:
            continue
        home = next(iter(in_head))
        # A province's name in the body ("Québec intends to ...") speaks of its country as the country's would.
        counts = Counter(_countries_named(text, codes) + [c for c in _subdivisions_countries(text) if c == home])
        # The author's line may be the only place that names it ("Nairobi, Kenya" above a body that never does).
        if all(n < counts.get(home, 0) for code, n in counts.items() if code != home):
            return home
    return None


def most_named_country(text: str) -> Optional[str]:
    """The one country a text names more often than any other, or None (none named, or a tie)."""
    counts = Counter(_countries_named(text, frozenset(_all_codes())))
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(counts, key=counts.__getitem__)


@functools.lru_cache(maxsize=1)
def _intergovernmental_pattern() -> re.Pattern:
    """A regex of the names, aliases and acronyms of international and UN bodies (longer than two letters), any case."""
    # organisations imports programmes, which imports this module: read the view when first asked.
    from extractor.nlp.organisations import intergovernmental_spellings

    names = {name for name in intergovernmental_spellings() if len(name) > 2}
    return re.compile(rf"(?<![\w.])(?:{alternation(names)})(?!\w)", re.IGNORECASE)


def _international_author(head: str) -> bool:
    """Whether the document's author or head names an international organisation ("ASIAN DEVELOPMENT BANK")."""
    return bool(_intergovernmental_pattern().search(head))


@functools.lru_cache(maxsize=1)
def _all_codes() -> tuple[str, ...]:
    """Every alpha-3 code the country table names."""
    return tuple(sorted({code for code, _rule in country_table().values()}))


def dollar_rule(text: str, author: str = "") -> tuple[str, str]:
    """The currency a bare "$" stands for and the rule that decided it, the first of these that applies:
    the dollar the document says it counts in, its own country's dollar, USD for an international organisation's
    document, the dollar of the government its body opens with, the one other dollar it names, USD."""
    signs, words, _codes = currency_tables()
    stated = compiled()["dollar_stated"].search(text)
    stated_code = stated and words.get(re.sub(r"\s+", " ", stated.group("cur").lower()))
    if stated_code:
        return stated_code, "dollar.stated"
    home = home_country(text, author, frozenset(dollar_countries()))
    if home:
        return dollar_countries()[home], "dollar.home_country"
    # The UN, the development banks and funds count in US dollars; a co-financier's "A$20 million"
    # in their text marks that sum, not theirs, and a partner government their release opens with is not its author.
    if _international_author(f"{author}\n{author_head(text)}"):
        return DEFAULT_DOLLAR, "dollar.international_author"
    own = opening_government(text)
    if own in dollar_countries():
        return dollar_countries()[own], "dollar.opening_government"
    others = {code for sign, code in signs.items() if "$" in sign and code != "USD" and sign != "$" and sign in text}
    others |= set(re.findall(r"\b(AUD|CAD|NZD|HKD|SGD)\b", text))
    # "U.S." alone names the country, not its currency: it does not make "$" American.
    # A writer who marks one foreign sum "USD 5m" keeps the bare "$" for the home dollar.
    if len(others) == 1 and not re.search(US_DOLLAR_WORDS, text):
        return others.pop(), "dollar.only_other"
    return DEFAULT_DOLLAR, "dollar.default"


@functools.lru_cache(maxsize=1)
def _withdrawn_until() -> dict[str, dt.date]:
    """Each withdrawn currency whose sums a later letter no longer states (FRF, replaced by the euro's cash) -> that day."""
    return {
        r["text"]: dt.date.fromisoformat(r["until"])
        for r in load_data().get("currency_code_withdrawn", [])
        if "until" in r
    }


def shared_noun_rule(
    noun: str, text: str, author: str = "", letter_date: Optional[dt.date] = None
) -> Optional[tuple[str, str]]:
    """The currency a noun several currencies share ("kroner", "francs") stands for in this document and the rule
    that decided it: the one of them the document names by code or in full, else its own country's, else the one
    of their countries it names; else None. A currency withdrawn before the letter's date ("francs" in a French
    letter of 2010) is none of them."""
    record = next(r for r in load_data()["shared_currency_noun"] if r["text"] == noun)
    _signs, words, _codes = currency_tables()
    day = calendar_day(letter_date)
    current = {
        code: country
        for code, country in record["codes"].items()
        if day is None or code not in _withdrawn_until() or day < _withdrawn_until()[code]
    }
    named = {
        code
        for code in current
        if re.search(rf"(?-i:\b{code}\b)", text)
        or any(word.endswith(noun) and word != noun and word in text.lower() for word, c in words.items() if c == code)
    }
    if len(named) == 1:
        return named.pop(), f"{noun}.stated"
    home = home_country(text, author, frozenset(current.values()))
    by_country = {country: code for code, country in current.items()}
    if home:
        return by_country[home], f"{noun}.home_country"
    if record.get("by_author_only"):
        # "£5 million to the Fund for Ireland" from London: a country named is no author, but its Government
        # acting in the text ("the Irish Government has released £2 million") writes as one.
        acting = [country for country in by_country if _government_of(text, country)]
        return (by_country[acting[0]], f"{noun}.government_named") if len(acting) == 1 else None
    # "Iran's budget ... 40 billion rials" in a third country's report: the one of its countries the text names.
    # A province named ("Northern Ireland", "Scotland") speaks of its country too, whatever country word it holds.
    spoken_of = set(_countries_named(text, frozenset(current.values()))) | {
        code for code in _subdivisions_countries(text) if code in by_country
    }
    return (by_country[spoken_of.pop()], f"{noun}.country_named") if len(spoken_of) == 1 else None


def _government_of(text: str, country: str) -> bool:
    """Whether the text names the Government of ``country`` ("the Irish Government", "Government of Ireland")."""
    words = [re.escape(word) for word, code in demonyms().items() if code == country and word[0].isupper()]
    name = country_name(country) or ""
    # "(?!)" where the country has no capitalised demonym: an empty one would make any word's Government its own.
    forms = government_named("|".join(words) or "(?!)", re.escape(name))
    return bool(name) and re.search(rf"(?-i:\b(?:{forms})\b)", text) is not None


@functools.lru_cache(maxsize=None)
def _shared_noun_pattern(noun: str) -> re.Pattern:
    """A shared currency noun, with the capitalised word before it that may name its currency: compiled once."""
    # A symbol ("£") touches its figure, a word ends before it.
    end = r"(?!\w)" if noun[-1].isalnum() else ""
    return re.compile(rf"(?<![\w-])(?:(?P<adj>[A-Z][A-Za-z]+)\s+)?{re.escape(noun)}{end}", re.IGNORECASE)


def _written_with_shared_noun(text: str, found: "_Found", pattern: re.Pattern, noun: str) -> bool:
    """Whether a sum is written with a shared currency noun that nothing beside it names ("kroner", not "Danish
    kroner" nor "francs CFA")."""
    match = pattern.search(text, found.start, found.end)
    if not match or match.group("adj") and match.group("adj").lower() + " " + noun in currency_tables()[1]:
        return False  # "Danish kroner" names its currency
    # "francs CFA": the words after the noun, ending the sum, name its currency
    return not re.fullmatch(r"\s+[A-Za-z][\w. ]*", text[match.end() : found.end])


def _shared_nouns_resolved(text: str, author: str, money: list, letter_date: Optional[dt.date] = None) -> None:
    """Give each sum written with a shared currency noun ("kroner") the document's currency of that noun."""
    for record in load_data().get("shared_currency_noun", []):
        noun = record["text"]
        # The word before may name the currency ("Danish kroner", "CFA francs").
        pattern = _shared_noun_pattern(noun)
        decided = None
        for found in money:
            # "Rs (billion)" heading a table's column: its figures are in the document's rupee, as "Rs 5 billion" is.
            if found.sign != noun and not _written_with_shared_noun(text, found, pattern, noun):
                continue
            decided = decided or shared_noun_rule(noun, text, author, letter_date) or ("", "")
            if decided[0]:
                found.value["currency"] = decided[0]
                found.currency_rule = decided[1]


@functools.lru_cache(maxsize=1)
def _replaced_codes() -> dict[str, tuple[str, dt.date]]:
    """Each currency that replaced an older one of the same sign and name (ZMW) -> (the old code, the day it began)."""
    return {
        r["replaced_by"]: (r["text"], dt.date.fromisoformat(r["since"]))
        for r in load_data().get("currency_code_withdrawn", [])
        if "replaced_by" in r
    }


# A four-digit number a text may name as a year ("in 2005", "the Budget for 2000"); _is_year keeps it to the range.
YEAR_WRITTEN = re.compile(r"(?<![\w.,])\d{4}(?![\w,]|\.\d)")


def _document_era(text: str, letter_date: Optional[dt.date]) -> Optional[tuple[dt.date, str]]:
    """The day a document was written by, and the rule that says so: its date, else the last day of the latest year
    it names (a proclamation dated only in words is no older than the budget year it speaks of); None if neither."""
    if letter_date is not None:
        return calendar_day(letter_date), "letter_date"
    years = [int(raw) for raw in YEAR_WRITTEN.findall(text) if _is_year(raw)]
    return (dt.date(max(years), 12, 31), "latest_year_named") if years else None


def _old_currencies_resolved(text: str, letter_date: Optional[dt.date], money: list) -> None:
    """ "K 480 billion" in a Zambian letter of 2005 is in the old kwacha (ZMK), not the one of 2013 (ZMW): a sum
    written with a sign or a name both currencies share takes the old code in a letter written before the new one
    began (by its date, else by the latest year it names); a sum written with the new code keeps it."""
    era = _document_era(text, letter_date)
    if era is None:
        return
    day, why = era
    for found in money:
        if not found.value["currency"] or found.value["currency"] in text[found.start : found.end]:
            continue  # no currency yet (a shared sign the document does not settle), or its code written out
        # Back through each replacement the letter predates: "roubles" in 1966 are the Soviet rouble, two before.
        written = found.value["currency"]
        old = _replaced_codes().get(written)
        while old is not None and day < old[1]:
            found.value["currency"] = old[0]
            old = _replaced_codes().get(old[0])
        if found.value["currency"] != written:
            found.currency_rule = "+".join(filter(None, (found.currency_rule, f"old_currency.{why}")))


@functools.lru_cache(maxsize=1)
def _currency_zones() -> dict[str, dict[str, str]]:
    """Each family of currencies that share their names by zone ("CFA franc") -> {country alpha-3: its zone's code}."""
    zones: dict[str, dict[str, str]] = {}
    for record in load_data().get("currency_zone", []):
        zones.setdefault(record["family"], {}).update(dict.fromkeys(record["countries"], record["text"]))
    return zones


def _zone_currencies_resolved(text: str, author: str, money: list) -> None:
    """ "francs CFA" in a Cameroonian document are Central Africa's (XAF), in a Senegalese one West Africa's (XOF): a
    sum written with a name its zones share, not its code, takes the zone of the document's own country, else the
    one zone of every zone country the document names."""
    for countries in _currency_zones().values():
        codes = set(countries.values())
        zoned = [f for f in money if f.value["currency"] in codes and f.value["currency"] not in text[f.start : f.end]]
        if not zoned:
            continue
        home = home_country(text, author, frozenset(countries))
        named = {countries[code] for code in _countries_named(text, frozenset(countries))}
        if home:
            zone, rule = countries[home], "zone.home_country"
        elif len(named) == 1:
            zone, rule = named.pop(), "zone.named"
        else:
            continue  # no zone country, or countries of both zones: the first zone's code stands
        for found in zoned:
            found.value["currency"], found.currency_rule = zone, rule


# A unit a document declares equal to the IMF's Special Drawing Right: "sums are in accounting units (AU), each
# identical to one SDR", "AU 1 = SDR 1". Its sign is the one in brackets, or the one that heads the equation.
# The SDR stands alone or with "1"/"one" (no other figure): "equivalent to SDR 29 million" converts one sum and
# declares no unit.
SDR_ALONE = r"(?:\s?(?:1|one)(?![.,]?\d)(?!\s+(?:thousand|million|billion|bn|m)\b))?(?!\s?\d)"
SDR_UNIT_DECLARED = re.compile(
    rf"\((?P<sign>[A-Z]{{1,4}})\)[^.;()]{{0,120}}?\b(?:equal|equals|equivalent|identical)\s+to\s+(?:one\s+|the\s+|1\s+)?"
    rf"{SDR_NAME}{SDR_ALONE}|\b(?P<lead>[A-Z]{{1,4}})\s?1\s?=\s?(?:SDR|XDR)\s?1(?![.,]?\d)"
)


def _sdr_units_resolved(text: str, dollar: str, money: list) -> None:
    """ "UA 12 million" in a text that says its unit of account (UA) equals the Special Drawing Right is 12 million
    SDR (XDR), not the unit's own code: a document's declared equivalence settles the currency of its sums."""
    iso_codes = currency_tables()[2]
    codes = set()
    for match in SDR_UNIT_DECLARED.finditer(text):
        sign = match.group("sign") or match.group("lead")
        if sign in iso_codes:
            continue  # "(NOK)": a currency's own ISO 4217 code is that currency, whatever it is said to equal
        code = _currency_code(sign, dollar)
        if code and code != "XDR":
            codes.add(code)
    for found in money:
        if found.value["currency"] in codes:
            found.value["currency"] = "XDR"
            found.currency_rule = "+".join(filter(None, (found.currency_rule, "unit_declared_sdr")))


def letter_dollar(text: str, author: str = "") -> str:
    """The currency a bare "$" stands for in this document (``dollar_rule`` without its rule)."""
    return dollar_rule(text, author)[0]


@dataclass(frozen=True)
class AmountSettings:
    """The amounts component's settings (its factory's ``default_config``)."""

    qualifier_window: int = QUALIFIER_WINDOW
    unit_window: int = UNIT_WINDOW
    max_unit_modifiers: int = MAX_UNIT_MODIFIERS


DEFAULT_SETTINGS = AmountSettings()


def _norm_number(value: float) -> str:
    """A value in an amount's normal form: no grouping, no exponent, no trailing zeros ("675000000", "22.5")."""
    return exact_number(value, grouped=False, decimals=VALUE_DECIMALS)


def amount_norm(amount: dict) -> str:
    """An amount's normal form: "USD 5000000-7000000", "23%", "300 refugees", "1200"."""
    number = _norm_number(amount["value"]) + (f"-{_norm_number(amount['upper'])}" if amount["upper"] else "")
    if amount["kind"] == "money":
        return f"{amount['currency']} {number}"
    if amount["kind"] == "percent":
        return f"{number}%"
    return f"{number} {amount['unit']}" if amount["unit"] else number


class _Found:
    __slots__ = ("start", "end", "value", "rule", "currency_rule", "sign")

    def __init__(
        self,
        start: int,
        end: int,
        value: dict,
        rule: str,
        currency_rule: Optional[str] = None,
        sign: Optional[str] = None,
    ) -> None:
        # A scaled number is a float product (8.3 × 1,000,000 = 8300000.000000001): keep six decimals.
        for key in ("value", "upper"):
            if isinstance(value.get(key), float):
                value[key] = round(value[key], VALUE_DECIMALS)
        self.start, self.end, self.value, self.rule = start, end, value, rule
        # The ``dollar_rule`` that gave a bare "$" or "dollars" its currency; None when the text names it.
        self.currency_rule = currency_rule
        # The sign that gave the sum its currency from outside it ("Rs" heading a table's column), else None.
        self.sign = sign

    @property
    def norm(self) -> str:
        """The amount's normal form (``amount_norm``)."""
        return amount_norm(self.value)

    @property
    def rule_id(self) -> str:
        """The rule that found it, joined by "+" to the rule that decided a bare dollar's currency."""
        return f"{self.rule}+{self.currency_rule}" if self.currency_rule else self.rule


def _qualifier(text: str, start: int, settings: AmountSettings) -> tuple[Optional[str], int]:
    """The qualifier just before ``start`` (normalised) and where it begins."""
    window = text[max(0, start - settings.qualifier_window) : start]
    match = compiled()["qualifier"].search(window)
    if not match:
        return None, start
    return _lookups()["qualifier"][match.group("q").lower()], start - len(window) + match.start()


def _previous_word(text: str, start: int) -> str:
    # The default window, not a component's setting: the dates component asks is_reference too.
    match = re.search(r"(\S+)\s*$", text[max(0, start - QUALIFIER_WINDOW) : start])
    return match.group(1).lower() if match else ""


# A serial's first part and each dotted part after it ("3", ".1"): a section, a line, an output's number.
SERIAL_FIRST, SERIAL_PART = r"\d{1,2}", r"\.\d{1,2}"
# A small serial number ("Table 1", "Output 2.1"), never a year or a figure with a decimal or a group separator.
SMALL_SERIAL = re.compile(rf"{SERIAL_FIRST}(?:{SERIAL_PART})*(?![\d,]|\.\d)(?:[ \t]+(?P<next>[A-Za-z]+))?")


def _small_serial(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a small serial, not a year nor a scaled figure ("2.5 million")."""
    match = SMALL_SERIAL.match(text, start)
    return bool(match) and (match.group("next") or "").lower() not in _lookups()["scale"]


def is_reference(text: str, start: int) -> bool:
    """True when the number is a section, article, order ... number, not a quantity."""
    previous = _previous_word(text, start)
    words = _lookups()["not_after"]
    if previous.rstrip(".,") in _lookups()["not_after_serial"]:
        return _small_serial(text, start)
    return previous in words or previous.rstrip(".,") in words or previous.endswith("u.s.c.")


def _values(
    match: re.Match, descending: bool = False, dots: bool = False, rate: bool = False
) -> Optional[tuple[float, Optional[float]]]:
    """A match's value and upper end; ``dots``: the document writes thousands with dots ("1.250 million" is 1 250);
    ``rate``: the sum is one unit's price in an exchange rate, its dot a decimal one ("XDR 1 = EUR 1.215")."""
    groups = match.groupdict()
    s1, s2 = groups.get("s1"), groups.get("s2")
    n1 = parse_number(match.group("n1"), scaled=(bool(s1 or s2) or rate) and not dots)
    if n1 is None:
        return None
    # "EUR 10-15 million": the scale written once applies to both ends.
    value = n1 * _scale_factor(s1 or s2)
    upper = None
    if groups.get("n2"):
        n2 = parse_number(match.group("n2"), scaled=bool(s2 or s1) and not dots)
        if n2 is None:
            return None
        upper = n2 * _scale_factor(s2 or s1)
        if upper == value or (upper < value and not descending):
            return None  # not a range ("5-3" is a score or a reference)
    return value, upper


def _is_year(raw: str) -> bool:
    """Whether a number as written is a year ("2010", never "2,010" or "2010.5")."""
    return raw.isdigit() and YEAR_MIN <= int(raw) <= YEAR_MAX


def _after_from(text: str, match: re.Match) -> bool:
    """True for "from X to Y": a change from one amount to another, which may fall ("from $12 to $6")."""
    return bool(re.search(r"\bfrom\s+$", text[max(0, match.start() - 6) : match.start()], re.I))


def _split_change(text: str, match: re.Match, found: list[_Found]) -> bool:
    """ "rose from $6.3 billion to $7.25 billion" is two amounts, not a range: split it."""
    if not match.groupdict().get("n2") or not _after_from(text, match):
        return False
    last = found.pop()
    unit = dict(last.value, upper=None)
    lower_end = match.end("s1") if match.group("s1") else match.end("n1")
    lower = dict(unit, value=last.value["value"])
    upper = dict(unit, value=last.value["upper"])
    found.append(_Found(last.start, lower_end, lower, last.rule, last.currency_rule))
    found.append(
        _Found(
            match.start("n2") - _currency_before(text, match.start("n2")),
            match.end(),
            upper,
            last.rule,
            last.currency_rule,
        )
    )
    return True


def _currency_before(text: str, position: int) -> int:
    """How many characters of currency sign or code stand right before ``position``."""
    signs, _words, _codes = currency_tables()
    before = text[max(0, position - 5) : position]
    for sign in sorted(signs, key=len, reverse=True):
        if before.rstrip().endswith(sign):
            return len(before) - len(before.rstrip()) + len(sign)
    code = re.search(r"[A-Z]{3}\s?$", before)
    return len(code.group(0)) if code else 0


def _count(
    start: int, end: int, value: float, qualifier: Optional[str], noun: Optional[str], rule: str = "count"
) -> _Found:
    """A count (of people, doses, ... or of nothing named) as the amounts component records it."""
    amount = {"kind": "count", "value": value, "currency": None, "upper": None, "qualifier": qualifier, "unit": noun}
    return _Found(start, end, amount, rule)


def _money(
    value: float, currency: Optional[str], upper: Optional[float] = None, qualifier: Optional[str] = None
) -> dict:
    """A sum of money's amount as the amounts component records it."""
    return {"kind": "money", "value": value, "currency": currency, "upper": upper, "qualifier": qualifier, "unit": None}


def _is_bare_dollar(currency: str) -> bool:
    """True for a "$" or "dollars" that names no country: the document's dollar gives its currency."""
    return currency == "$" or re.sub(r"\s+", " ", currency.lower()) in BARE_DOLLAR_WORDS


def _thousand_units(text: str) -> list[tuple[int, int]]:
    """Where a table's unit written as a thousand stands ("(in NOK 1,000)", "£000"): no sum and no count."""
    return [unit.span() for unit in compiled()["column_head_per_thousand"].finditer(text)]


# The rules that read a currency's name before a figure as no sum, by name: a name and a plain number ("Euro 2028"),
# a currency word that ends a place's name ("Sierra Leone 1,500,000"). sums_passed_over lists what each passed over.
NAMED_PLAIN_NUMBER = "no_sum:named_before_plain_number"
NAMED_ENDS_COUNTRY = "no_sum:named_ends_a_country"


def _find_money(
    text: str, dollar: tuple[str, str], settings: AmountSettings, passed_over: Optional[list] = None
) -> list[_Found]:
    """Sums written with a currency before or after the number; ``dollar`` is ``dollar_rule``'s answer. A match a
    named rule reads as no sum goes into ``passed_over`` (its start, end and the rule's name), where one is given."""
    dollar, dollar_why = dollar
    passed_over = [] if passed_over is None else passed_over
    found = []
    dots = dot_thousands(text)
    units = _thousand_units(text)
    for rule in ("money_pre", "money_post"):
        for match in compiled()[rule].finditer(text):
            if any(start <= match.start() < end for start, end in units):
                continue  # "(in NOK 1,000)", "£000": a table's unit, no sum
            rate = ONE_UNIT_EQUALS.search(text, max(0, match.start() - QUALIFIER_WINDOW), match.start()) is not None
            # "$ 6.780 millones": a scale word of a language that writes decimals with a comma writes its
            # thousands with dots, whatever the rest of the document does.
            decimal_comma = not dots and _decimal_comma_scale(match)
            values = _values(match, descending=_after_from(text, match), dots=dots or decimal_comma, rate=rate)
            code = _currency_code(match.group("cur"), dollar)
            sum_end = match.end()
            if rule == "money_pre" and match.group("n2") and (values is None or _counts_after(text, match, settings)):
                # "USD 45 million to 38 partners": "to" gives the sum to what the next number counts,
                # no range; the sum stands alone.
                values = _values_of_first(match)
                sum_end = match.end("s1") if match.group("s1") else match.end("n1")
                rule_id = "money_pre:to_count"
            elif decimal_comma and any(mark in (match.group("n1") or "") for mark in ".,"):
                rule_id = rule + DECIMAL_COMMA_SCALE  # the scale word, not the document, read the figure's marks
            else:
                rule_id = rule
            cur = match.group("cur")
            if rule == "money_pre" and cur in _codes_before_scale():
                # A code that is also a name ("COP 28") is a currency before a sum in millions or in groups (also
                # one that names its currency after a sum: "12.8 million ECU", but "ECU 911").
                scale_word = bool(match.group("s1") or match.group("s2"))
                scaled = scale_word or GROUPED.search(match.group("n1"))
                code = _codes_before_scale()[cur] if scaled else None
                if code is not None and not _code_before_scale_holds(cur, text, scale_word):
                    passed_over.append((match.start(), match.end(), CODE_NOT_NAMED))
                    continue
            if values is None or code is None or not match.group("s1") and _per_currency(text, sum_end):
                continue
            named_first = rule == "money_pre" and cur in _named_before_figure() and not cur.isupper()
            # ("ECU 20 and 24 million", "FCFA 600": a code or a sign, read as ever)
            if named_first and not (match.group("s1") or match.group("s2") or GROUPED.search(match.group("n1"))):
                # "Dollars 2020", "Euro 2024": a name and a year or a number, no sum
                passed_over.append((match.start(), match.end(), NAMED_PLAIN_NUMBER))
                continue
            if named_first and _ends_a_country_name(text, match.start("cur"), match.end("cur")):
                # "Sierra Leone 1,500,000": the name's last word is the place's, no currency
                passed_over.append((match.start(), match.end(), NAMED_ENDS_COUNTRY))
                continue
            if named_first and rule_id in (rule, rule + DECIMAL_COMMA_SCALE):
                rule_id = "money_pre:named"  # "Kronor 700,000": the currency's name before its figure
            if (
                rule == "money_post"
                and match.group("bracket")
                and not _word_before_is_one_of(
                    text,
                    match.start(),
                    _bracket_number_words() - {"and"},  # "... five hundred thousand (", not "and ("
                )
            ):
                continue  # "(2,500) euros" after no number in words: a sum of its own, read without the bracket
            if rule == "money_post" and cur.lower() in _lookups()["weight_word"] and WEIGHED.match(text, match.end()):
                continue  # "6.8 billion pounds of coal": a weight, no sum
            if (
                rule == "money_pre"
                and re.fullmatch(r"[A-Z]{3}", cur)
                and text[match.end("cur") :][:1].isdigit()
                and code not in _common_codes()
                and not (match.group("s1") or GROUPED.search(match.group("n1")))
            ):
                # "COP28", "SDG16": a name with a number, not a sum; "KGS450 million", "SDR21,640,000" are sums.
                continue
            if (
                rule == "money_post"
                and match.group("cur").isupper()
                and code not in _common_codes()
                and cur not in _scaled_codes()
                and not (match.group("s1") or GROUPED.search(match.group("n1")))
            ):
                continue  # "64 RON" in a table is more likely a label than 64 Romanian lei
            end = sum_end
            currency_rule = dollar_why if _is_bare_dollar(cur) else None
            local = _local_sign_code(text, cur) if rule == "money_pre" and cur in local_signs() else None
            if local is not None:
                code, currency_rule = local, "sign.local_country"  # "C$" where Nicaragua is the one named
            named = compiled()["named_after_sign"].match(text, end) if rule == "money_pre" and cur == "$" else None
            adjective = (
                compiled()["adjective_after_sign"].match(text, end) if rule == "money_pre" and cur == "$" else None
            )
            if named is None and adjective is not None:
                code, end = _lookups()["dollar_adjective"][adjective.group("cur")], adjective.end()
                currency_rule = None
            before = CODE_BEFORE_SIGN.search(text, max(0, match.start("cur") - 5), match.start("cur"))
            if rule == "money_pre" and cur == "$" and before is not None:
                # "CLP $ 6.780 millones", "MXN $ 2,500": a code written before the sign names its dollar or peso.
                written = _currency_code(before.group("code"), dollar) or _codes_before_scale().get(
                    before.group("code")
                )
                if written is not None:
                    code, currency_rule = written, "code_before_sign"
            if named is not None:
                code, end = _currency_code(named.group("cur"), code) or code, named.end()
                # A bare "dollars" after "$" repeats the sign; a named dollar replaces the letter's.
                if named.group("cur").lower() in ("dollar", "dollars"):
                    code = _currency_code(cur, dollar)
                else:
                    currency_rule = None
            value, upper = values
            factor = _code_factor(cur)
            if factor != 1.0:
                value, upper = value * factor, upper and upper * factor
            qualifier, start = _qualifier(
                text, match.start("n1") if match.groupdict().get("bracket") else match.start(), settings
            )
            amount = _money(value, code, upper, qualifier)
            found.append(_Found(start, end, amount, rule_id, currency_rule))
            if rule_id in (rule, "money_pre:named", rule + DECIMAL_COMMA_SCALE):
                _split_change(text, match, found)
    return found


# A currency's code just before a "$" ("COP $", "MXN $"): it names which dollar or peso the sign is.
CODE_BEFORE_SIGN = re.compile(r"(?<![\w$])(?P<code>[A-Z]{3})[ \t]?$")


@functools.lru_cache(maxsize=1)
def _decimal_comma_scales() -> frozenset[str]:
    """Scale words of languages that write decimals with a comma and thousands with dots ("millones", "milioni")."""
    return frozenset(r["text"] for r in load_data()["scale"] if r.get("decimal_comma"))


# The rule of a sum whose figure a decimal-comma language's scale word read ("CLP 6.780 millones" is 6 780 millions,
# "42,5 millones" 42.5 millions) in a document that does not group its thousands with dots: its name ends the rule's.
DECIMAL_COMMA_SCALE = ":decimal_comma_scale"


def _decimal_comma_scale(match: re.Match) -> bool:
    """Whether a sum's scale is a word of a decimal-comma language: "6.780 millones" is 6 780 millions."""
    scale = match.groupdict().get("s1") or match.groupdict().get("s2") or ""
    return scale.lower() in _decimal_comma_scales()


# A figure with one group of three digits after a dot ("286.000", "94.500") and a scale after it: English reads the
# dot as a decimal one, a decimal-comma language as its thousands.
ONE_DOT_GROUP_SCALED = re.compile(r"(?<![\d.,])(?P<n>\d{1,3}\.\d{3})(?![\d.,])[ \t]*(?P<s>[A-Za-z]+)")
# The rule of a sum whose currency the letter writes with dots for thousands elsewhere (its name ends the rule's).
DOT_THOUSANDS_AS_WRITTEN = ":dot_thousands_as_written"


def _dot_thousands_as_written(text: str, money: list[_Found]) -> None:
    """Read "COP 286.000 M" as 286 000 millions where the letter writes the same currency with dots for thousands
    before a scale word of a decimal-comma language ("COP $412.000 millones"): a writer keeps one currency's
    convention through a letter, while its dollars may stay English ("USD 150.0 M"). A document that writes all its
    thousands with dots is read so already (``dot_thousands``)."""
    if dot_thousands(text):
        return
    figures = [(found, ONE_DOT_GROUP_SCALED.search(text, found.start, found.end)) for found in money]
    written = {
        found.value["currency"]
        for found, figure in figures
        if figure and figure.group("s").lower() in _decimal_comma_scales()
    }
    for found, figure in figures:
        if (
            found.value["currency"] not in written
            or found.rule
            not in ("money_pre", "money_post", f"money_pre{DECIMAL_COMMA_SCALE}", f"money_post{DECIMAL_COMMA_SCALE}")
            or found.value["upper"] is not None
            or figure is None
            or figure.group("s").lower() in _decimal_comma_scales()
        ):
            continue
        decimal = float(figure.group("n"))
        if not decimal:
            continue
        factor = round(found.value["value"] / decimal)  # the scale the sum was read with
        found.value["value"] = float(int(figure.group("n").replace(".", "")) * factor)
        found.rule += DOT_THOUSANDS_AS_WRITTEN


def _find_column_money(text: str, dollar: tuple[str, str]) -> list[_Found]:
    """The numbers of a table headed by a currency and a scale without a number ("Partner / program
    $ million Papua New Guinea 637.4 ..."), down to the table's end (a blank line or a sentence's end)."""
    dollar, dollar_why = dollar
    found = []
    for head in compiled()["column_head"].finditer(text):
        code = _currency_code(head.group("cur"), dollar)
        currency_rule = dollar_why if _is_bare_dollar(head.group("cur")) else None
        if code is None:
            continue
        ends = [i for i in (text.find("\n\n", head.end()), text.find(". ", head.end())) if i != -1]
        for cell in compiled()["column_cell"].finditer(text, head.end(), min(ends, default=len(text))):
            raw = cell.group("n1")
            value = parse_number(raw, scaled=True)
            if value is None or _is_year(raw) or _before_month(text, cell.end("n1")):
                continue  # "... at the rates of 25 May 2018": a day of the caption, no cell
            value *= _scale_factor(head.group("s1"))
            amount = _money(value, code)
            found.append(
                _Found(
                    cell.start("n1"),
                    cell.end("n1"),
                    amount,
                    "money_column",
                    currency_rule,
                )
            )
    return found


# A column's head that names percentages: a percent sign or "per cent" ("Variance (%)", "Share, per cent"); not a rate
# the head names with its number ("Grant (75 %)", "Co-financing at 20 per cent"), whose column holds sums.
PERCENT_HEAD = re.compile(r"(?<!\d)(?<!\d\s)(?:%|\bper\s?cent\b)", re.IGNORECASE)
# A row's label that begins or ends with a percent sign as its unit ("% of outlays", "Execution rate (%)", "Share,
# per cent"): its cells are rates. "Equity (owners, 30%)" and "Reserve (five per cent)" end with a rate of their own,
# and their cells are sums.
PERCENT_LABEL = re.compile(
    r"^\s*%|(?:\(\s*(?:%|per\s?cent)\s*\)|(?<![\d%])\s%|,\s*(?:%|per\s?cent))\s*$", re.IGNORECASE
)
MINUS_SIGNS = "-–−"
SIGNED_CELL = re.compile(r"(?P<sign>[-–−+]?)\s*(?P<figure>\d[\d.,]*)\s*%?")


def _table_unit(text: str, dollar: str, document: str = "", author: str = "") -> Optional[tuple[str, float, str]]:
    """The currency, scale and what named it of a unit given once for a table ("(EUR million)",
    "USD m", "in millions of dollars", "($ in thousands)", "(M$)" in a ``document`` that names Chile) in its
    caption or a column's head; None without one."""
    rules = (
        "column_head",
        "column_head_in",
        "column_head_scale_bracketed",
        "unit_words",
        "unit_words_after",
        "column_head_plain",
    )
    for rule in (*rules, "column_head_in_currency"):
        match = compiled()[rule].search(text)
        while (
            rule == "unit_words"
            and match is not None
            and _word_before_is_one_of(text, match.start(), _lookups()["number_word"])
        ):
            # "(sixty-two million Swedish kronor)": a sum restated in words in the caption, no unit given once.
            match = compiled()[rule].search(text, match.end())
        if match is None:
            continue
        code = _currency_code(match.group("cur"), dollar)
        if match.groupdict().get("name"):
            # "(Omani rials, OMR)", "(Albanian leks, ALL)" with a code kept out of the table as a word: the code
            # is the currency only after that currency's name, not after a country's or a treaty's ("(Peru, PEN)").
            code = code or _codes_before_scale().get(match.group("cur"))
            if code is not None and not _names_currency(match.group("name"), code, dollar):
                code = None
        if code is None and match.group("s1"):
            # "Cost (ARS million)": a code kept out of the table as a name is a currency before a scale.
            code = _codes_before_scale().get(match.group("cur"))
            if code is not None and not _code_before_scale_holds(match.group("cur"), document or text, True):
                code = None
        if code is not None:
            return code, _scale_factor(match.group("s1")) * _code_factor(match.group("cur")), match.group("cur")
    thousands = compiled()["column_head_thousands"].search(text) or compiled()["column_head_per_thousand"].search(text)
    if thousands is not None:
        cur = next(filter(None, thousands.groups()))
        code = _currency_code(cur, dollar)
        if code is not None:
            return code, _scale_factor("thousand"), cur
    # "R$ (at the date of receipt)": an aside in brackets after the currency gives no unit of its own.
    bare = compiled()["column_head_bare"].fullmatch(TRAILING_BRACKET.sub("", text))
    code = bare and _currency_code(bare.group("cur"), dollar)
    if code:
        return code, _code_factor(bare.group("cur")), bare.group("cur")
    local = compiled()["column_head_local"].search(text)
    if local is None:
        return None
    sign = local.group("cur") or local.group("scaled")
    code = _local_sign_code(document, sign, author=author)
    return (code, _local_sign_factor(sign) * _scale_factor(local.group("s1")), sign) if code else None


def _word_before_is_one_of(text: str, start: int, words: Collection[str]) -> bool:
    """Whether the word before ``start`` is one of ``words`` ("forty-five" before "million", "thousand" before "(")."""
    before = re.findall(r"[a-z]+", text[max(0, start - QUALIFIER_WINDOW) : start].lower())
    return bool(before) and before[-1] in words


def _scaled_head(text: str, dollar: str) -> Optional[tuple[Optional[str], float, str]]:
    """The currency and scale of a column headed by a scale in brackets ("USD eq. ('000)" -> USD, 1000); its currency
    None where the head names none ("Pledged ('000)": each row's currency cell gives it); None without a scale."""
    match = compiled()["column_head_scale"].search(text)
    if match is None:
        return None
    factor = _scale_factor("thousand" if match.group("thousands") else match.group("s1"))
    for head in compiled()["head_code"].finditer(text):
        code = _currency_code(head.group("cur"), dollar)
        if code is not None:
            return code, factor, head.group("cur")
    return None, factor, ""


def _code_cell(text: str, dollar: str) -> Optional[str]:
    """The currency of a cell that holds a currency's code, sign or name alone ("EUR", "R$"), or None."""
    bare = compiled()["column_head_bare"].fullmatch(text)
    return _currency_code(bare.group("cur"), dollar) if bare else None


def _split_code_column(table: Table, dollar: str) -> Optional[int]:
    """The column at which the reader cut a code from its figure in rows one cell longer than the header
    ("Sweden | SEK | 90,000,000 | 10,540" under "Contributor | Original currency | USD '000"), or None."""
    width = len(table.header)
    places = {
        k
        for row in table.rows
        if width and len(row) == width + 1
        for k in range(len(row) - 1)
        if _code_cell(row[k].text, dollar) and is_figure(row[k + 1].text)
    }
    return places.pop() if len(places) == 1 else None


def _code_column(table: Table, dollar: str) -> Optional[int]:
    """The column of a headed table whose cell in every row is a currency's code alone ("Ghana | GHS | 1.2m |
    0.4m" under "Region | Unit | Budget | Spent"), or None: the figures of each row are sums in its code."""
    width = len(table.header)
    if not width or any(len(row) != width for row in table.rows):
        return None
    columns = [n for n in range(width) if all(_code_cell(row[n].text, dollar) for row in table.rows)]
    return columns[0] if len(columns) == 1 else None


def _titles_above(text: str, table: Table) -> list[str]:
    """The paragraphs above a table's caption, nearest first, that may title it, where the caption is a head the
    reader could not split into cells: "Source / instrument Received Executed at" (and a PDF's second head line,
    "31.12.2010") under "Table 1. Resources received (M$)". A long paragraph gives only a unit in brackets at its
    end (a title the reader ran onto its subtitle, "... channel combined ($ in thousands)"); a sentence that
    leads into the table ends the walk. Above a header the reader split, the caption is such a head only when it is
    a short line without a figure (the first line of a head over two, "Budget line Original Variation Revised" over
    "| amount | | amount")."""
    if table.caption is None:
        return []
    head_line = len(table.caption.text.split()) <= MAX_UNIT_CAPTION_WORDS and not re.search(r"\d", table.caption.text)
    if table.header and not head_line:
        return []
    titles: list[str] = []
    before = text[: table.caption.start].rstrip()
    while before and len(titles) < MAX_HEAD_PARAGRAPHS:
        start = before.rfind(PARAGRAPH_BREAK)
        title = (before[start + len(PARAGRAPH_BREAK) :] if start != -1 else before).strip()
        before = before[:start].rstrip() if start != -1 else ""
        if RULE_LINE.match(title):
            continue  # a rule drawn between a title and its head is neither
        if len(title.split()) <= MAX_UNIT_CAPTION_WORDS:
            titles.append(title)
            continue
        trailing = TRAILING_BRACKET.search(title) or compiled()["figures_in_at_end"].search(title)
        if trailing:
            titles.append(trailing.group(0))
        break
    return titles


def _sign_cell_code(cell: str, text: str, dollar: str) -> Optional[str]:
    """The currency of a sign that ends a cell after a space or leader dots ("Loon ...... P"), as the sign before a
    figure would give it (a letter sign only where its one country is named); None without one."""
    match = compiled()["sign_cell_end"].search(cell)
    if match is None:
        return None
    sign = match.group("cur") or match.group("letters")
    return _local_sign_code(text, sign) if sign in local_signs() else _currency_code(sign, dollar)


def dot_thousands(text: str) -> bool:
    """Whether a text writes its thousands with dots and its decimals with a comma ("24.870.000", "1.250,5"), and
    never the other way ("1,250,000", "1,250.5"): then "980.500" in it is 980 500, not 980.5. A decimal comma before a
    scale ("2,5 milioni") writes the same convention."""
    dotted = DOT_THOUSANDS.search(text) or compiled()["decimal_comma_scaled"].search(text)
    return bool(dotted) and not COMMA_THOUSANDS.search(text)


def _ratio_columns(table: Table) -> set[int]:
    """The columns whose figure in every row is the percentage one other figure of the row is of another, to the
    digits written ("74,0" beside "24.870.000" and "18.412.336"): a share ("% executed"), whatever its head."""
    columns: Optional[set[int]] = None
    for row in table.rows:
        values = {n: parse_number(cell.text) for n, cell in enumerate(row) if is_figure(cell.text)}
        values = {n: v for n, v in values.items() if v is not None}
        found = set()
        for n, share in values.items():
            digits = re.search(r"[.,](\d+)$", row[n].text)
            tolerance = 0.5 * 10 ** -(len(digits.group(1)) if digits else 0) + 1e-9
            if any(
                values[i] and abs(100 * values[j] / values[i] - share) <= tolerance
                for i in values
                for j in values
                if len({i, j, n}) == 3
            ):
                found.add(n)
        columns = found if columns is None else columns & found
    return columns or set()


# A row's code in a budget or results table: section and line ("3.1", "2.4.1").
DOTTED_ROW_CODE = re.compile(rf"{SERIAL_FIRST}(?:{SERIAL_PART})+")


# A section's head in capitals run onto a row's number by the reader ("COASTAL TOWNS 12").
SECTION_THEN_NUMBER = re.compile(r"[A-Z][A-Z&'-]*(?: [A-Z&'-]+)* \d{1,3}")


def _serial_cells(table: Table) -> set[int]:
    """The starts of a table's row numbers: first cells that number its rows 1, 2, 3 ... ("No | Project | Amount"
    over "1 | Roads | 400"), or that rise from row to row before each row's label (budget lines "3.1 | Roads | 400",
    "3.4 | Schools | 250"), neither sums nor counts."""
    # A section's head in capitals may open its first row's number ("UPLANDS 7 | Peru | 400"): that row is numbered 7.
    rows = [row for row in table.rows if row and (is_figure(row[0].text) or SECTION_THEN_NUMBER.fullmatch(row[0].text))]
    numbers = [row[0].text.split()[-1] for row in rows]
    if len(numbers) < MIN_SERIAL_ROWS:
        return set()
    values = [parse_number(number) for number in numbers]
    labelled = all(len(row) > 1 and re.search(r"[^\W\d_]", row[1].text) for row in rows)
    rising = all(a is not None and b is not None and a < b for a, b in zip(values, values[1:]))
    # Only code-shaped numbers ("3.1", "3.4") or integers stepping by one ("4", "5", "6") number rows:
    # sums that merely rise ("12 | Roads", "40 | Schools") are a budget's lines.
    coded = all(DOTTED_ROW_CODE.fullmatch(number) for number in numbers)
    stepping = all(number.isdigit() for number in numbers) and all(b == a + 1 for a, b in zip(values, values[1:]))
    if numbers != [str(k) for k in range(1, len(numbers) + 1)] and not (labelled and rising and (coded or stepping)):
        return set()
    return {row[0].start for row in rows}


def _find_table_money(tables: list[Table], dollar: tuple[str, str], text: str = "", author: str = "") -> list[_Found]:
    """The figures of a table whose unit is given once: in a column's head, that column's cells; in
    its caption, every cell that holds a figure alone ("Table 1. Contributions (EUR million)" over
    "Moldova | energy security | 15": EUR 15 million)."""
    dollar, dollar_why = dollar
    found = []
    scaled = not (tables and dot_thousands(text))
    for table in tables:
        columns = {n: _table_unit(cell.text, dollar, text, author) for n, cell in enumerate(table.header)}
        columns = {n: unit for n, unit in columns.items() if unit is not None}
        row_codes = [next(filter(None, (_code_cell(cell.text, dollar) for cell in row)), None) for row in table.rows]
        for n, cell in enumerate(table.header):
            # "USD eq. ('000)"; "Pledged ('000)" beside a column of currencies ("EUR", "NOK"): each row's own.
            head = _scaled_head(cell.text, dollar) if n not in columns else None
            if head is not None and (head[0] is not None or any(row_codes)):
                columns[n] = head
        _money_columns_in_the_tables_unit(table, columns)
        _columns_summing_to_a_unit_column(table, columns)
        split = _split_code_column(table, dollar)
        caption = _table_unit(table.caption.text, dollar, text, author) if table.caption and not columns else None
        for title in _titles_above(text, table) if table.caption and not columns and caption is None else []:
            caption = _table_unit(title, dollar, text, author)
            if caption is not None:
                break
        # Its last bracket is the unit of the last column only: of each row's last cell.
        # Unless its first bracket is itself a money unit, the whole table's: "(EUR million) (estimates)" ends in a note.
        run_together = RUN_TOGETHER_HEAD_UNITS.search(table.caption.text) if caption is not None else None
        first_bracket = run_together[0].partition(")")[0] + ")" if run_together else ""
        last_cell_only = run_together is not None and _table_unit(first_bracket, dollar) is None
        # "No. | Country | ID million  US$ million": a head the reader could not split that ends in several units
        # gives each row's last figures theirs, in order (a sum and its equivalent in another currency).
        tail_units = (
            _caption_tail_units(table.caption.text, dollar, text) if caption is not None and table.caption else []
        )
        code_column = _code_column(table, dollar) if not columns and caption is None else None
        if code_column is not None:
            # "Ghana | GHS | 1.2m": a table that names no unit but a currency in each row; its figures are the row's.
            columns = {n: (None, 1.0, "") for n in range(len(table.header)) if n != code_column}
        # "Variance (%)": a column headed by a percent sign holds percentages, whatever unit the caption gives.
        percents = {n for n, cell in enumerate(table.header) if PERCENT_HEAD.search(cell.text)}
        heads = [table.caption.text, *_titles_above(text, table)] if table.caption and not table.header else []
        if any(PERCENT_HEAD.search(head) for head in heads):
            percents = _ratio_columns(table)  # a head the reader could not split names a percentage somewhere
        # "Projects" under "(USD million)": a column headed by what it counts holds counts, not the caption's sums.
        counted = {n for n, cell in enumerate(table.header) if _counted_head(cell.text)}
        measured = {n for n, cell in enumerate(table.header) if n not in columns and _measured_head(cell.text)}
        units_only = bool(table.header) and all(n in columns or n in percents for n in range(len(table.header)))
        note_marks = {mark for mark, _note in table.notes}
        serials = _serial_cells(table)
        coded = len(table.rows) >= MIN_ROWS_CODED and sum(map(bool, row_codes)) * 3 >= len(table.rows) * 2
        for row, row_code in zip(table.rows, row_codes):
            figures = (
                [n for n, cell in enumerate(row) if is_figure(cell.text)][-len(tail_units) :] if tail_units else []
            )
            if split is not None and len(row) > split + 1 and (len(row) > len(table.header) or not row[split].text):
                # "SEK | 90,000,000" where the head "Original currency" spans both: one cell, a sum in units of the
                # code (a row that keeps the table's empty cells, "Total | | | 70,940", stands in those columns too).
                if row[split].text:
                    _add_figure_in_unit(
                        found,
                        row[split + 1].start,
                        row[split + 1].text,
                        (row_code, 1.0, ""),
                        "money_table:code_cell",
                        "",
                    )
                row, shift = row[:split] + row[split + 1 :], 0
            else:
                # A row with fewer cells than the header ran its first ones together ("Total | 122.1" under
                # three columns): its cells stand in the last columns.
                shift = max(0, len(table.header) - len(row))
                if units_only and len(row) > len(table.header):
                    shift = len(table.header) - len(row)  # "£000 | £000 | %": a head over the last columns only
            # "Net reserves (in millions of U.S. dollars)" under "(In billions of Jamaican dollars, unless otherwise
            # indicated)": a row's label that gives a unit gives its figures theirs.
            own = _table_unit(row[0].text, dollar, text, author) if not columns and not is_figure(row[0].text) else None
            # "% of the budget spent | 88.40 | 91.02" under "(Rupees in crore)": a row labelled a percentage holds
            # percentages.
            # "Overheads (12% of lines 1-4)" is a sum's label that names a rate.
            percent_row = PERCENT_LABEL.search(row[0].text) is not None and not is_figure(row[0].text)
            for n, cell in enumerate(row):
                if cell.start in serials:
                    continue
                if n + shift in percents or percent_row and n:
                    _add_percent_cell(found, cell)
                    continue
                if n + shift in counted and not columns or n + shift in measured:
                    continue
                unit, rule = (
                    (columns.get(n + shift), "money_table:column_head") if columns else (caption, "money_table:caption")
                )
                if last_cell_only and not columns and n != len(row) - 1:
                    unit = None
                if tail_units and not columns:
                    unit = tail_units[figures.index(n)] if n in figures and len(figures) == len(tail_units) else None
                    rule = "money_table:caption_units"
                if own is not None and n:
                    unit, rule = own, "money_table:row_label"
                if rule == "money_table:caption" and unit is not None and coded and row_code and row_code != unit[0]:
                    # "(millions)" over "Iceland | ISK | 900.0" with a column of currencies: each row's figures are in
                    # its own, at the caption's scale, but under a head that names its currency ("USD equiv.").
                    head = table.header[n + shift].text if n + shift < len(table.header) else ""
                    if not any(_currency_code(h.group("cur"), dollar) for h in compiled()["head_code"].finditer(head)):
                        unit, rule = (row_code, unit[1], ""), "money_table:row_currency"
                if unit is not None and unit[0] is None:
                    # "Pledged ('000)": the currency is the row's ("Norway | NOK | 500,000"); a row without one has none.
                    unit, rule = ((row_code, unit[1], "") if row_code else None), "money_table:row_currency"
                scaled = SCALED_CELL.fullmatch(cell.text)
                if unit is not None and unit[1] == 1.0 and scaled and _scale_factor(scaled["s"]) != 1.0:
                    # "6.8 million" under "Value (SGD)": the column gives the currency, the cell its scale.
                    code, _scale, cur = unit
                    _add_figure_in_unit(
                        found,
                        cell.start,
                        scaled.group(),
                        (code, _scale_factor(scaled["s"]), cur),
                        rule,
                        dollar_why,
                        digits=scaled["n"],
                    )
                    continue
                # "Lit. | 5.480 milioni": a sign's figure may carry its scale.
                sign_scale = _scale_factor(scaled["s"]) if scaled else 1.0
                figure = is_figure(cell.text) or sign_scale != 1.0
                signed = _sign_cell_code(row[n - 1].text, text, dollar) if n and figure else None
                if unit is None and signed is not None:
                    # "Municipality of Loon ...... P | 500,000.00": the reader cut a list's sign from its figure.
                    _add_figure_in_unit(
                        found,
                        cell.start,
                        cell.text,
                        (signed, sign_scale, ""),
                        "money_table:sign_cell",
                        "",
                        digits=scaled["n"] if sign_scale != 1.0 else None,
                        scaled=not dot_thousands(text),
                    )
                    continue
                aside = FIGURE_WITH_ASIDE.fullmatch(cell.text)
                if unit is not None and aside:
                    # "31.5 (GBP 20 MILLION)", "210.1 -----": the column's figure, then its sum in another
                    # currency (a sum of its own) or the rule drawn under it.
                    _add_figure_in_unit(found, cell.start, aside["n"], unit, rule, dollar_why)
                    continue
                if unit is None or not is_figure(cell.text) or cell.text in note_marks:
                    continue  # "(2)" alone in a cell refers to the note "(2)" below the table
                match = re.match(NUM, cell.text.lstrip(MINUS_SIGNS + "+("))
                if match is not None:
                    start = cell.start + cell.text.index(match.group())
                    _add_figure_in_unit(found, start, match.group(), unit, rule, dollar_why, scaled=scaled)
    return found


def _caption_tail_units(caption: str, dollar: str, document: str = "") -> list[tuple[str, float, str]]:
    """The units a run-together head ends with, in order ("... Mode ID million US$ million": XDR and USD millions),
    when it ends with two or more and nothing but spaces stands between them; else none."""
    heads = list(compiled()["column_head"].finditer(caption))
    tail: list[re.Match] = []
    for head in reversed(heads):
        after = caption[head.end() : tail[0].start()] if tail else caption[head.end() :]
        if after.strip():
            break
        tail.insert(0, head)
    units = [_table_unit(head.group(), dollar, document) for head in tail]
    return units if len(units) >= 2 and all(units) else []


@functools.lru_cache(maxsize=1)
def _money_column_head() -> re.Pattern:
    """A column's head that begins with money paid out ("Disbursed by 1 April", "Expenditure"): compiled once."""
    words = alternation(r["text"] for r in load_data()["money_column_head"])
    return re.compile(rf"\s*(?:{words})\b", re.IGNORECASE)


def _money_columns_in_the_tables_unit(table: Table, columns: dict) -> None:
    """Give a column headed by money paid out, with no unit of its own, the one money unit the table's other
    columns give ("Grant (EUR m) | Years | Disbursements": the disbursements are EUR millions too)."""
    units = set(columns.values())
    if len(units) != 1 or next(iter(units))[0] is None:
        return
    for n, cell in enumerate(table.header):
        # "Committed (schools)": a bracket names the column's own unit, which is no money.
        own_unit = "(" in cell.text
        if n not in columns and not own_unit and _money_column_head().match(cell.text) and not _counted_head(cell.text):
            columns[n] = next(iter(units))


# How far a row's parts may stand off its total and still add up to it, as a share of the total: their rounding.
PARTS_ROUNDING = 0.005


def _columns_summing_to_a_unit_column(table: Table, columns: dict) -> None:
    """Give the figure columns without a unit the unit of the one column that names it when, row by row, their
    figures add up to that column's ("Grants | Loans | Total (EUR)" over "400 | 600 | 1,000"): parts of a sum are in
    its unit, whatever their own heads say."""
    units = set(columns.values())
    if len(columns) != 1 or next(iter(units))[0] is None:
        return
    total = next(iter(columns))
    width = len(table.header)
    parts: set[int] = set()
    summed = 0
    for row in table.rows:
        if len(row) != width or not is_figure(row[total].text):
            return
        figures = {n: parse_number(cell.text) for n, cell in enumerate(row) if n != total and is_figure(cell.text)}
        whole = parse_number(row[total].text)
        # A total stands after its parts.
        if not figures or None in figures.values() or whole is None or max(figures) > total:
            return
        if abs(sum(figures.values()) - whole) > PARTS_ROUNDING * whole:
            return
        parts |= set(figures)
        summed += len(figures) > 1
    if summed:  # one part alone equal to the total proves nothing
        columns.update({n: columns[total] for n in parts})


def _find_restated_table_money(tables: list[Table], money: list[_Found]) -> list[_Found]:
    """The figures of a table that names no unit but repeats a sum the text states in one currency ("428 000 000" in
    a row, "428 000 000 F CFA each" above it): sums in units of that currency, as the text's are."""
    found = []
    for table in tables:
        if any(table.start <= m.start < table.end for m in money):
            continue
        outside: dict[float, set[str]] = {}
        for m in money:
            outside.setdefault(m.value["value"], set()).add(m.value["currency"])
        counted = {
            n for n, cell in enumerate(table.header) if _counted_head(cell.text) or PERCENT_HEAD.search(cell.text)
        }
        cells = [
            (cell, parse_number(cell.text))
            for row in table.rows
            for n, cell in enumerate(row)
            if n + max(0, len(table.header) - len(row)) not in counted and is_figure(cell.text)
        ]
        matched = [outside[value] for _cell, value in cells if value and value in outside]
        codes = set().union(*matched)
        # One currency, repeated in two cells at least: a single figure that happens to equal a sum ("USD 500"
        # above a column of 500 pupils) makes no table money, nor does one figure stated in two currencies.
        if len(codes) != 1 or len(matched) < MIN_RESTATED_CELLS:
            continue
        code = codes.pop()
        for cell, value in cells:
            if value is not None:
                found.append(_Found(cell.start, cell.end, _money(value, code), "money_table:restated_sum"))
    return found


MIN_TOTALLED_ROWS = 3  # two parts and their total
WRITTEN_SIGN_RULES = (
    "money_pre",
    "money_pre:named",
    "money_pre:dot_thousands_as_written",
    "money_pre:decimal_comma_scale",
    "money_post",
    "money_post:dot_thousands_as_written",
    "money_post:decimal_comma_scale",
)  # a sum whose currency is written beside its figure


def _find_column_sign_money(tables: list[Table], money: list[_Found]) -> list[_Found]:
    """The bare figures of a column whose sign is written on some of its sums only, as accounts write it on the first
    line and the total ("Roads .... | €400.00" over "Schools .... | 250.00" and "TOTAL .... | €650.00"): sums in
    that currency, when the column's last figure is the total of those above it."""
    found = []
    for table in tables:
        width = max((len(row) for row in table.rows), default=0)  # a head with no rows under it holds no column
        for n in range(1, width):
            cells = [row[n] for row in table.rows if len(row) == width and row[n].text]
            # Only a sign written in the cell: a sum the table's caption made is the table's own reading.
            signed = {
                cell.start: m
                for cell in cells
                for m in money
                if m.start == cell.start and m.end == cell.end and m.rule in WRITTEN_SIGN_RULES
            }
            bare = [cell for cell in cells if cell.start not in signed and is_figure(cell.text)]
            codes = {m.value["currency"] for m in signed.values()}
            if not bare or len(codes) != 1 or len(signed) + len(bare) != len(cells) or len(cells) < MIN_TOTALLED_ROWS:
                continue
            values = [signed[c.start].value["value"] if c.start in signed else parse_number(c.text) for c in cells]
            if None in values or values[-1] <= 0 or abs(sum(values[:-1]) - values[-1]) > PARTS_ROUNDING * values[-1]:
                continue
            code = codes.pop()
            found += [
                _Found(cell.start, cell.end, _money(parse_number(cell.text), code), "money_table:column_sign")
                for cell in bare
            ]
    return found


# A column's head that names a price per unit: a currency, then "per" ("CHF per litre", "USD/t", "Price, EUR per kg").
RATE_HEAD = re.compile(r"(?P<cur>[^\s(]+)\s*(?:\bper\b|/)\s*[A-Za-z]")


def _rate_cells(tables: list[Table], dollar: str) -> list[tuple[int, int]]:
    """The figures' spans in a table's columns of prices per unit ("CHF per litre" over "2.75"): no sums or counts."""
    spans = []
    for table in tables:
        columns = set()
        for n, cell in enumerate(table.header):
            head = RATE_HEAD.search(cell.text)
            if head is not None and _currency_code(head["cur"], dollar) is not None:
                columns.add(n)
        for row in table.rows:
            shift = max(0, len(table.header) - len(row))
            spans += [(cell.start, cell.end) for n, cell in enumerate(row) if n + shift in columns]
    return spans


def _find_table_counts(tables: list[Table]) -> list[_Found]:
    """The figures of a table's column headed by the people it counts ("Persons returned" over "980"): counts of
    them, as "980 persons returned" would be in a sentence."""
    nouns = _count_nouns() | _count_column_heads()
    found = []
    for table in tables:
        heads = {n: cell.text.split()[0].lower() for n, cell in enumerate(table.header) if cell.text.split()}
        counted = {n: head for n, head in heads.items() if head in nouns}
        # The columns whose cells hold figures in the rows as wide as the header.
        figures = {
            n for row in table.rows if len(row) == len(table.header) for n, c in enumerate(row) if is_figure(c.text)
        }
        for row in table.rows:
            shift = max(0, len(table.header) - len(row))
            for n, cell in enumerate(row):
                noun = counted.get(n + shift)
                if noun is None and n in counted and n + shift not in figures:
                    noun = counted[n]  # "Total | 48" under "Category | Places | Duration": the row ends early
                if noun is None or not re.fullmatch(NUM, cell.text.strip()):
                    continue
                value = parse_number(cell.text.strip())
                if value is not None:
                    start = cell.start + cell.text.index(cell.text.strip())
                    found.append(_count(start, start + len(cell.text.strip()), value, None, noun))
    return found


def _add_percent_cell(found: list[_Found], cell) -> None:
    """Add the figure alone in a cell of a percent column ("-8.6", "+5.0" under "Variance (%)") as a percentage,
    its sign kept: a change down is a negative one."""
    signed = SIGNED_CELL.fullmatch(cell.text)
    if signed is None or not is_figure(signed.group("figure")):
        return
    value = parse_number(signed.group("figure"))
    if value is None:
        return
    # An empty sign is "in" every string: only a sign written is a minus.
    value = -value if signed.group("sign") and signed.group("sign") in MINUS_SIGNS else value
    amount = {"kind": "percent", "value": value, "currency": None, "upper": None, "qualifier": None, "unit": None}
    found.append(_Found(cell.start, cell.end, amount, "percent_table:column_head"))


def _add_figure_in_unit(
    found: list[_Found],
    start: int,
    written: str,
    unit: tuple[str, float, str],
    rule: str,
    dollar_why: str,
    digits: Optional[str] = None,
    scaled: bool = True,
) -> None:
    """Add a figure written without its unit ("585" under "(EUR million)") as the sum it is in that unit; ``digits``,
    when the cell's text ``written`` holds more than the figure ("6.8 million"); ``scaled``: a lone dot group is a
    decimal ("1.250" under "(EUR million)"), unless the document writes its thousands with dots."""
    value = parse_number(digits or written, scaled=scaled)
    if value is None:
        return
    code, scale, cur = unit
    value *= scale
    amount = _money(value, code)
    found.append(
        _Found(
            start,
            start + len(written),
            amount,
            rule,
            dollar_why if _is_bare_dollar(cur) else None,
            cur or None,
        )
    )


# Figures in two or more dot groups or with a dot group and a decimal comma ("24.870.000", "1.250,5"), and the
# other convention's ("1,250,000", "1,250.5"): which one a document writes (see dot_thousands).
DOT_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:(?:\.\d{3}){2,}|\.\d{3},\d+)(?![\d.])")
COMMA_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:(?:,\d{3}){2,}|,\d{3}\.\d+)(?![\d,])")
# A cell holding a figure, then a bracket or a rule line the reader ran into it ("31.5 (GBP 20 MILLION)", "210.1 -----"),
# or the period the sum is given for ("7.25 a year": a yearly sum in the column's unit).
FIGURE_WITH_ASIDE = re.compile(
    rf"(?P<n>{NUM})[ \t]+(?:\([^()]*\)|[-=_]{{3,}}|(?:per|a|each)[ \t]+(?:year|annum|month|quarter)\b)"
)
# A cell holding a figure and its scale ("6.8 million", "6.2M"), under a column that names only the currency.
SCALED_CELL = re.compile(rf"(?P<n>{NUM})[ \t]*(?P<s>[A-Za-z]+)")


def _measured_head(text: str) -> bool:
    """Whether a column's head ends on a unit of measure ("Capacity t", "Area (ha)"): its figures are neither sums
    nor counts (a price per unit, "USD per t", is read as one)."""
    words = re.findall(r"[A-Za-z]+(?![$€£¥])", text.lower())  # "T$" is a currency's sign, no tonnes
    return bool(words) and words[-1] in _lookups()["measure_word"] and "per" not in words


def _counted_head(text: str) -> bool:
    """Whether a column's head names what its figures count ("Projects", "No. of grants", "Households")."""
    head = text.strip().lower()
    if head in _counted_heads() or any(head.startswith(f"{opener} ") for opener in ("number of", "no. of")):
        return True
    # "Persons returned", "Households reached": the people counted, then what was done for them (as
    # _find_table_counts reads the column's figures).
    words = head.split()
    return len(words) > 1 and words[0] in _count_nouns()


@functools.lru_cache(maxsize=1)
def _count_nouns() -> frozenset[str]:
    """The nouns of what counts count (the data's count_noun rows), lower case."""
    return frozenset(r["text"].lower() for r in load_data().get("count_noun", []))


@functools.lru_cache(maxsize=1)
def _count_column_heads() -> frozenset[str]:
    """The heads of a table's column of counts that count no noun in a sentence ("Places" over "25")."""
    return frozenset(r["text"].lower() for r in load_data()["count_column_head"])


@functools.lru_cache(maxsize=1)
def _counted_heads() -> frozenset[str]:
    """The column heads of counts: the data's counted column heads and its counted nouns."""
    counted = frozenset(r["text"].lower() for r in load_data().get("counted_column", []))
    return counted | _count_nouns() | _count_column_heads()


# A list under a caption that gives its unit once ("Approved financing (US$ million)" over "• Uzbekistan
# – 305.5, for two projects"): a figure alone in an item, followed by a stop or a preposition (not by a
# noun it counts: "400,000 households"), is a sum in that unit.
MAX_UNIT_CAPTION_WORDS = 12
# How many paragraphs above a table's caption may still be its head or title (a PDF splits a head over lines).
MAX_HEAD_PARAGRAPHS = 3
# A first column numbering at least this many rows 1, 2, 3 ... is the rows' numbers (two may be sums).
MIN_SERIAL_ROWS = 3
# A table at least this long whose rows name their currency in a cell, two in three of them, has a column of currencies.
MIN_ROWS_CODED = 3
# Cells of a unitless table that must repeat sums of the text before its figures are read as that money.
MIN_RESTATED_CELLS = 2
# A bracket group ending a paragraph, perhaps before the colon of a sentence that leads into the table ("... are
# changed as follows (NOK thousand):"): where a long title gives its unit.
TRAILING_BRACKET = re.compile(r"\([^()\n]{1,40}\)[ \t]*:?\s*$")
# "Province Schools Grant (no.) (ZMW)": a head the reader ran together from cells wrapped over two lines (a table
# whose head ends a page), each bracket one column's unit; a bracket with a figure ("(2019-2021)") is a title's.
RUN_TOGETHER_HEAD_UNITS = re.compile(r"\([^()\d\n]{1,12}\)\s*\([^()\d\n]{1,12}\)\s*$")
_LIST_FIGURE = re.compile(
    rf"(?<![\w.,{CURRENCY_SIGNS}/-])(?P<n1>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+\.\d+|\d+)"
    r"(?=\s*(?:[,;:)]|$)|\s+(?:for|to|in|as|from|under|through|with|of)\b)"
)


def _find_list_money(text: str, dollar: tuple[str, str]) -> list[_Found]:
    """The figures of a list whose caption gives the unit once ("money_list:caption")."""
    dollar, dollar_why = dollar
    found = []
    unit = None
    for paragraph in PARAGRAPH.finditer(text):
        body = paragraph.group()
        if CELL_MARK in body:
            # "4. Rifle, 5.56 mm (M16A1) | 1,500 | 255": a table's row, its figures read by column (_find_table_money).
            unit = None
            continue
        if unit is not None and ITEM_MARK.match(body.lstrip()):
            for match in _LIST_FIGURE.finditer(body):
                digits = match.group("n1")
                if not _is_year(digits):
                    start = paragraph.start() + match.start("n1")
                    _add_figure_in_unit(found, start, digits, unit, "money_list:caption", dollar_why)
            continue
        unit = None
        caption = body.strip()
        if len(caption.split()) <= MAX_UNIT_CAPTION_WORDS and not caption.endswith((".", "!", "?")):
            unit = _table_unit(caption, dollar, text)
    return found


@functools.lru_cache(maxsize=1)
def local_signs() -> dict[str, dict[str, str]]:
    """Each letter sign of a currency ("K" for the kina) -> the countries that write it -> its code."""
    by_sign: dict[str, dict[str, str]] = {}
    data = load_data()
    for record in data.get("local_sign", []) + data.get("local_sign_after", []):
        by_sign.setdefault(record["text"], {})[record["country"]] = record["code"]
    return by_sign


def _find_subunit_money(text: str) -> list[_Found]:
    """Sums in a currency's hundredths ("from 50 US cents to USD 2"): their value in the currency."""
    units = {r["text"].lower(): r for r in load_data().get("subunit", [])}
    found = []
    for match in compiled()["subunit"].finditer(text):
        value = parse_number(match.group("n1"))
        unit = units.get(re.sub(r"\s+", " ", match.group("cur").lower()))
        if value is None or unit is None:
            continue
        value = round(value / unit["per_unit"], VALUE_DECIMALS)
        amount = _money(value, unit["code"])
        found.append(_Found(match.start(), match.end(), amount, "money_subunit"))
    return found


@functools.lru_cache(maxsize=None)
def _local_sign_factor(sign: str) -> float:
    """The scale a local sign holds ("M$": thousands of pesos); 1 for a sign of units."""
    return next(
        (float(r["factor"]) for r in load_data().get("local_sign", []) if r["text"] == sign and "factor" in r), 1.0
    )


def _local_sign_code(text: str, sign: str, named: Optional[set[str]] = None, author: str = "") -> Optional[str]:
    """The currency a sign several countries write ("K", "C$") stands for in ``text``: that of the one country
    among them the text names (``named``: the countries it names, when already looked for), or where it names
    several, of the one its ``author`` (letterhead, signatory's title) names; else None."""
    by_sign = local_signs()
    if sign not in by_sign:
        return None
    if named is None:
        named = set(_countries_named(text, frozenset(by_sign[sign])))
    codes = {code for country, code in by_sign[sign].items() if country in named}
    if len(codes) > 1:
        # A sign several named countries write: the currency of the one country the letter's head names.
        heads = head_countries(text, author, frozenset(by_sign[sign])) & named
        return by_sign[sign][heads.pop()] if len(heads) == 1 else None
    return codes.pop() if codes else None


# A noun counted after a sign written after its figure ("500 MT of maize": metric tonnes, not meticais).
COUNTED_AFTER_SIGN = re.compile(r"[ \t]+of[ \t]+[a-z]")
# A figure's decimals after its last separator. One or two ("42 384.6", "1,512.40"): a sum or a measure, never a
# bare count. Exactly two ("86.400,50"): a sum in a currency's hundredths, whatever noun follows it.
DECIMAL_TAIL = re.compile(r"[.,]\d{1,2}$")
CENTS_TAIL = re.compile(r"[.,]\d{2}$")


def _counted_after_sign(text: str, match: re.Match) -> bool:
    """Whether "<number> MT of <noun>" counts a thing (tonnes of maize), unless the figure has cents."""
    return not CENTS_TAIL.search(match.group("n1")) and bool(COUNTED_AFTER_SIGN.match(text, match.end()))


def _find_local_money(text: str, author: str = "", settings: AmountSettings = DEFAULT_SETTINGS) -> list[_Found]:
    """Sums in a letter sign that only one named country uses ("K6 per kilogram in Port Moresby" in a
    text that names Papua New Guinea and no other country that writes "K")."""
    matches = [*compiled()["local_sign"].finditer(text), *compiled()["local_sign_after"].finditer(text)]
    if not matches:
        return []  # no letter sign: the countries need not be looked for in the whole text
    by_sign = local_signs()
    named = set(_countries_named(text, frozenset(c for countries in by_sign.values() for c in countries)))
    dots = dot_thousands(text)
    found = []
    for match in matches:
        if match.re is compiled()["local_sign_after"] and _counted_after_sign(text, match):
            continue
        code = _local_sign_code(text, match.group("cur"), named, author)
        values = _values(match, dots=dots)
        if code is None or values is None:
            continue
        value, _upper = values
        # "up to 7 250 000,00 MT": its qualifier, as a sum in any other sign takes it (else a count would).
        qualifier, start = _qualifier(text, match.start(), settings)
        amount = _money(
            round(value * _local_sign_factor(match.group("cur")), VALUE_DECIMALS), code, qualifier=qualifier
        )
        # "Shs. 61,700/-": the mark of whole shillings ends the sum (a rule of its own, so a wrong end is traced).
        rule = "money_local:whole_units" if match.groupdict().get("whole") else "money_local"
        found.append(_Found(start, match.end(), amount, rule))
    return found


def _values_of_first(match: re.Match) -> Optional[tuple[float, None]]:
    """The first sum of a match that is no range: its number and scale alone."""
    n1 = parse_number(match.group("n1"), scaled=bool(match.group("s1")))
    return None if n1 is None else (n1 * _scale_factor(match.group("s1")), None)


def _counts_after(text: str, match: re.Match, settings: AmountSettings) -> bool:
    """Whether the second number of "USD 45 million to 380 partners" counts a noun of its own (no range)."""
    if match.group("s2") or not re.match(r"\s*to\s", text[match.end("s1") if match.group("s1") else match.end("n1") :]):
        return False
    return _counted_unit(text, match.end("n2"), settings) is not None


def _find_percent(text: str, settings: AmountSettings) -> list[_Found]:
    found = []
    for match in compiled()["percent"].finditer(text):
        values = _values(match, descending=_after_from(text, match))
        opening = match.start()
        if match.group("n2") and _is_year(match.group("n1")):
            # "from 18.5 percent in 2010 to 10.5 percent in 2022": a year before "to" opens no range.
            n2 = parse_number(match.group("n2"))
            values, opening = (None if n2 is None else (n2, None)), match.start("n2")
        if values is None:
            continue
        value, upper = values
        qualifier, start = _qualifier(text, opening, settings)
        pct = match.group("pct").lower()
        if pct.startswith("basis"):
            # "21 basis points over mid-swaps": a basis point is a hundredth of a percentage point.
            value, upper = (
                round(value / BASIS_POINTS_PER_POINT, VALUE_DECIMALS),
                upper and round(upper / BASIS_POINTS_PER_POINT, VALUE_DECIMALS),
            )
        unit = "percentage points" if "point" in pct else None
        amount = {
            "kind": "percent",
            "value": value,
            "currency": None,
            "upper": upper,
            "qualifier": qualifier,
            "unit": unit,
        }
        found.append(_Found(start, match.end(), amount, "percent"))
        _split_change(text, match, found)
    return found


@functools.lru_cache(maxsize=1)
def _unit_tables() -> tuple[set[str], dict[str, list[tuple[str, int]]], set[str]]:
    data = load_data()
    not_unit = {r["text"].lower() for r in data["not_unit"]}
    # Counted nouns by their first word, longest first: {"asylum": [("asylum applications", 2)]}.
    listed: dict[str, list[tuple[str, int]]] = {}
    for r in sorted(data["count_noun"], key=lambda r: -len(r["text"].split())):
        name = r["text"].lower()
        listed.setdefault(name.split()[0], []).append((name, len(name.split())))
    functions = {
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "and",
        "or",
        "from",
        "with",
        "by",
        "for",
        "per",
        "than",
        "that",
        "which",
        "who",
        "were",
        "are",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "should",
        "must",
        "be",
        "been",
        "is",
        "was",
        "has",
        "do",
        "does",
        "did",
        "not",
        "also",
        "each",
        "every",
        "more",
        "your",
        "our",
        "their",
        "his",
        "her",
        "its",
        "my",
        "these",
        "those",
        "other",
        "any",
        "all",
        "no",
        "some",
    }
    return not_unit, listed, functions


# A name's acronym in brackets inside a noun phrase: "International Labour Organization (ILO) inspectors".
BRACKETED_ACRONYM = re.compile(r"[ \t]+\((?-i:[A-Z]{2,6})\)[ \t]+")


def _counted_unit(text: str, end: int, settings: AmountSettings) -> Optional[tuple[str, int]]:
    """The counted noun after a number ("migrants", "displaced persons", "Syrians") and its end."""
    not_unit, listed, functions = _unit_tables()
    rate = RATE.match(text, end)
    if rate:
        return f"per {rate.group(1).lower()}", rate.end()
    partitive = PARTITIVE_OF.match(text, end)
    if partitive:
        return _listed_unit(text, partitive.end(), settings)
    words = []
    for match in compiled()["word"].finditer(text, end, min(len(text), end + settings.unit_window)):
        gap = text[words[-1][2] if words else end : match.start()]
        if words and gap.strip() == "(" and BRACKETED_ACRONYM.match(text, words[-1][2]):
            continue  # "25 International Labour Organization (ILO) inspectors": a name's acronym in brackets goes on with the phrase
        # "48 new, recurrent and treated patients": a comma between adjectives (lower case, no plural) is in it.
        listed_adjective = gap == ", " and words and words[-1][0].islower() and not words[-1][0].endswith("s")
        acronym = BRACKETED_ACRONYM.fullmatch(gap)
        if (gap.strip() or "\n" in gap) and not listed_adjective and not acronym:
            break  # punctuation or a line break ends the noun phrase
        words.append((match.group(0), match.start(), match.end()))
        if len(words) > settings.max_unit_modifiers + 1:
            break
    skip_to = 0
    for i in range(len(words)):
        if i < skip_to:
            continue
        for name, size in listed.get(words[i][0].lower(), ()):
            chunk = words[i : i + size]
            if len(chunk) == size and " ".join(w for w, _s, _e in chunk).lower() == name:
                return " ".join(w for w, _s, _e in words[: i + size]), chunk[-1][2]
        word = words[i][0]
        if word in ("and", "or") and 0 < i < len(words) - 1 and words[i - 1][0].islower():
            continue  # "40 current and former officials": joined modifiers
        if word.lower() in functions or word.lower() in not_unit:
            return None
        # A plural: "returns", "crossings", or at once after the number a capitalised people's
        # name ("4,500 Albanians"); "-ss" words are singular ("access").
        # Peoples' names in -ese are their own plural ("3.6 million Sudanese").
        plural = (word.endswith("s") and not word.endswith("ss") and len(word) > 3) or (
            i == 0 and word[:1].isupper() and word.endswith("ese")
        )
        # A general plural stands at most one modifier away ("irregular crossings"); further off,
        # the noun is likely not what the number counts.
        # ... also after one lower-case adjective ("40 young Koreans").
        people = (
            (i == 0 or i == 1 and words[0][0].islower())
            and word[:1].isupper()
            and PEOPLES.search(word)
            and not ABBREVIATION.fullmatch(word)
        )
        joined = sum(1 for w, _s, _e in words[:i] if w in ("and", "or"))
        # Two lower-case modifiers may stand before a plural that ends the phrase ("100 joint research projects").
        ends_phrase = (
            i == len(words) - 1
            or text[words[i][2] : words[i][2] + 1] in ".,;:)"
            or words[i + 1][0].lower() in functions
        )
        reach = 1 + 3 * joined if joined else 2 if ends_phrase else 1
        if plural and i <= reach and (word.islower() or people):
            return " ".join(w for w, _s, _e in words[: i + 1]), words[i][2]
        # A country's name first is a modifier when lower-case words follow ("91 United States
        # military personnel").
        named = _country_modifier(words, i) if i == 0 else 0
        if named:
            skip_to = named
            continue
        # Otherwise the word must be a modifier: a lower-case word, an abbreviation ("U.S.", "EU"),
        # or first a capitalised adjective before a lower-case noun ("150 Syrian students").
        adjective = (
            (i == 0 or words[i - 1][0].islower())
            and word[:1].isupper()
            and word.lower() not in ENGLISH_MONTH_WORDS
            and len(words) > 1
            and words[1][0].islower()
        )
        if not (word.islower() or ABBREVIATION.fullmatch(word) or adjective) or plural:
            return None
    return None


def _listed_unit(text: str, start: int, settings: AmountSettings) -> Optional[tuple[str, int]]:
    """The counted noun phrase at ``start`` when it ends in a listed count noun ("citizens", "medical staff"), else
    None: after "of our" a number is a part of that group only when the group is of people or things counted."""
    unit = _counted_unit(text, start, settings)
    if unit is None:
        return None
    _not_unit, listed, _functions = _unit_tables()
    noun = unit[0].lower()
    names = (name for named in listed.values() for name, _size in named)
    return unit if any(noun == name or noun.endswith(" " + name) for name in names) else None


def _country_modifier(words: list[tuple[str, int, int]], i: int) -> int:
    """The index after a country's (or, before a listed noun of people, any) multi-word name at ``words[i]``, else 0."""
    _not_unit, listed, _functions = _unit_tables()
    for j in range(min(len(words) - 1, i + MAX_COUNTRY_WORDS), i + 1, -1):
        run = words[i:j]
        if all(w[:1].isupper() for w, _s, _e in run) and words[j][0].islower():
            if country_code(" ".join(w for w, _s, _e in run)):
                return j
            # A body's name before a listed noun of people: "23 United Nations personnel".
            following = [w.lower() for w, _s, _e in words[j:]]
            if any(following[:size] == name.split() for name, size in listed.get(following[0], ())):
                return j
    return 0


def _names_listed_noun(noun: Optional[str]) -> bool:
    """Whether a counted noun phrase ends in a listed counted noun ("United States service members")."""
    _not_unit, listed, _functions = _unit_tables()
    words = (noun or "").lower().split()
    return any(words[-size:] == name.split() for names in listed.values() for name, size in names)


def _find_word_counts(text: str, settings: AmountSettings) -> list[_Found]:
    """Counts written as a number word before a listed noun of people ("wounded six others")."""
    found = []
    for match in compiled()["count_word"].finditer(text):
        unit = _counted_unit(text, match.end(), settings)
        if unit is None or not _names_listed_noun(unit[0]):
            continue
        value = parse_number(match.group("n1"))
        if value is None or RATIO_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue  # "one in five young people": a share, no count
        qualifier, start = _qualifier(text, match.start(), settings)
        noun, end = unit
        found.append(_count(start, end, value, qualifier, noun))
    return found


def _find_counts(text: str, money: list[_Found], settings: AmountSettings) -> list[_Found]:
    found = _find_word_counts(text, settings)
    for match in compiled()["count"].finditer(text):
        raw = match.group("n1")
        unit = _counted_unit(text, match.end(), settings)
        if is_reference(text, match.start()):
            continue
        if unit is None and match.group("s1"):
            unit = _listed_noun_ahead(text, match.end())
        if unit is None and _measure_ahead(text, match.end()):
            continue  # "1.5 billion cubic metres", "(1,500 MW)": a measure, neither money nor a count
        if unit is None and match.group("s1"):
            # "over 1.8 million who have crossed": a scaled number is a quantity even without its
            # noun; after a sum of money in the same sentence it is money in that currency.
            elided = _elided_money(text, match, money, settings, found)
            if elided is not None:
                found.append(elided)
                continue
            unit = (None, match.end())
        elif unit is None and GROUPED.search(raw) and not _in_digit_run(text, match.start(), match.end()):
            # A number written with thousands separators is a quantity even when what it counts
            # is not a known noun ("more than 725,000 Rohingya have fled").
            name = re.match(r"\s+([A-Z][\w’'-]+)(?=\s+[a-z])", text[match.end() : match.end() + 40])
            unit = (name.group(1), match.end() + name.end()) if name else (None, match.end())
        if unit is None and not match.group("s1") and not (_is_year(raw) and int(raw) % 100):
            # "an increase of 18 percent over 2020": a year after a word of comparison, no count left out (a round
            # "fewer than 2000" may still be one).
            unit = _elided_count(text, match, found, settings)
            if unit is not None:
                rule = "count:elided"
        else:
            rule = "count"
        if unit is None:
            continue
        value = parse_number(raw, scaled=bool(match.group("s1")))
        if value is None:
            continue
        # Whole things are counted: "1.2 vaccine doses" is a misread scale, not a count.
        if not match.group("s1") and unit[0] and value != int(value):
            continue
        # "42 384.6", "1,512.40" with nothing counted: a table's sums or measures in a unit given elsewhere.
        if not match.group("s1") and unit[0] is None and DECIMAL_TAIL.search(raw):
            continue
        value *= _scale_factor(match.group("s1"))
        qualifier, start = _qualifier(text, match.start(), settings)
        # A bare four-digit year ("in 2023 migrants ...") counts only with a qualifier ("some 2000").
        if _is_year(raw) and not qualifier:
            continue
        if _cites(text, match.end()):
            continue
        if _postal_code(text, match.start()):
            continue  # "55 avenue Kléber, 75116 Paris, France": an address's postal code, no count
        if RATIO.match(text, match.start() - 2) or RATIO.match(text, match.end() - 1):
            continue  # "cost-shared on a 50:50 basis": a ratio, no count
        if RATIO_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue  # "1 in 5 people living in rural communities": a share, no count
        if not qualifier and raw.isdigit() and 1 <= int(raw) <= MAX_DAY and _after_month(text, match.start()):
            continue  # "These August 15 attacks", "the August 23 strikes": a day, not a count
        noun, end = unit
        found.append(_count(start, end, value, qualifier, noun, rule))
    return found + _find_compound_counts(text)


# A list item that ends on a bare number after a colon or a dash ("- the Union (UPC): 712;"): its share of something.
ITEM_SHARE = re.compile(r"[:–—-][ \t]*(?P<n>\d{1,3}(?:,\d{3})+|\d+)[ \t]*[;,.]?[ \t]*$")


def _find_listed_shares(text: str, counts: list[_Found]) -> list[_Found]:
    """The bare numbers that end a list's items, when they add up to a count of the paragraph above the list
    ("2,814 ex-combatants ..., in particular:" over "- the UPC: 712;", "- the MPC: 488;", ...): counts of the same."""
    found: list[_Found] = []
    paragraphs = list(PARAGRAPH.finditer(text))
    k = 0
    while k < len(paragraphs):
        items = []
        while k + len(items) < len(paragraphs) and ITEM_MARK.match(paragraphs[k + len(items)].group()):
            items.append(paragraphs[k + len(items)])
        if not items or not k:
            k += len(items) or 1
            continue
        lead = paragraphs[k - 1]
        shares = [ITEM_SHARE.search(item.group()) for item in items]
        values = [parse_number(share.group("n")) if share else None for share in shares]
        totals = [c for c in counts if lead.start() <= c.start < lead.end() and c.value["unit"]]
        if len(items) > 1 and None not in values and lead.group().rstrip().endswith(":"):
            total = next((c for c in totals if c.value["value"] == sum(values)), None)
            for item, share, value in zip(items, shares, values) if total is not None else ():
                start = item.start() + share.start("n")
                found.append(_count(start, start + len(share.group("n")), value, None, total.value["unit"]))
        k += len(items)
    return found


def _find_compound_counts(text: str) -> list[_Found]:
    """Counts written as a compound adjective before a noun ("a 68-member team", "a 120-strong contingent")."""
    units = {r["text"]: r["unit"] for r in load_data().get("compound_count", [])}
    if not units:
        return []
    pattern = rf"(?<![\w.,-])(?P<n>\d{{1,3}}(?:,\d{{3}})*|\d+)-(?P<word>{alternation(units)})\s+(?=[a-z])"
    found = []
    for match in re.finditer(pattern, text):
        value = parse_number(match.group("n"))
        if value:
            found.append(_count(match.start(), match.end("word"), value, None, units[match.group("word")]))
    return found


def _postal_code(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a postal code: before its city, in an address written in a line or on
    a line of its own ("75012 Paris" under the street's line), or after its city ("New Delhi – 110 001")."""
    after_city = POSTAL_CODE_AFTER_CITY.search(text, max(0, start - 4))
    if after_city and after_city.start("code") == start:
        return True
    if (start == 0 or text[start - 1] == "\n") and POSTAL_CODE_LINE.match(text, start):
        return True
    if not ADDRESS_COMMA.search(text, max(0, start - 3), start):
        return False
    found = POSTAL_CODE_IN_ADDRESS.match(text, start)
    return bool(found) and (found["country"] is None or country_code(found["country"]) is not None)


def _elided_count(
    text: str, match: re.Match, found: list[_Found], settings: AmountSettings
) -> Optional[tuple[Optional[str], int]]:
    """ "35 people have departed and a further 47 have been approved", "45,755 people crossed ..., up
    from 28,526 in 2021 and fewer than 300 in 2018": after a count in the same sentence, a bare number
    with a word of comparison before it and no noun after it counts what that count counted."""
    sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
    earlier = [f for f in found if f.value["kind"] == "count" and sentence_start <= f.start and f.end <= match.start()]
    partitive = PARTITIVE_PRONOUN.match(text, match.end())
    if partitive:
        # "411 of them women": the part's own noun; "16 of them in September": the noun of the count it is part of.
        unit = _listed_unit(text, partitive.end(), settings)
        return unit if unit else (earlier[-1].value["unit"], match.end()) if earlier else None
    if not ELIDED_NOUN_AFTER.match(text, match.end()):
        return None
    number_of = NUMBER_OF_TO.search(text, sentence_start, _qualifier(text, match.start(), settings)[1])
    if number_of:
        # "bring the number of personnel to some 300": the number counts what "the number of" names.
        unit = _counted_unit(text, number_of.start("noun"), settings)
        return (unit[0], match.end()) if unit else None
    before = text[max(0, match.start() - settings.qualifier_window) : match.start()]
    # "... in Kastamonu, 14 in Sinop and 1 in Bartın": a list of the places the earlier count is shared among.
    listed = bool(LISTED_BEFORE.search(before) and PLACE_AFTER.match(text, match.end()))
    # "...: Nigeria, 650 troops; Ghana, 250; Sierra Leone, 150.": each item's share of what the first one counts.
    shared = bool(SHARE_ITEM_BEFORE.search(before) and re.match(r"[ \t]*[;.]", text[match.end() :]))
    if not (listed or shared or compiled()["elision_cue"].search(before)):
        return None
    if not earlier:
        return None
    return earlier[-1].value["unit"], match.end()


def _after_month(text: str, start: int) -> bool:
    """Whether a month's name stands right before ``start`` ("August 15 attacks")."""
    before = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, start - 12) : start])
    return bool(before and before.group(1)[:1].isupper() and before.group(1).lower() in ENGLISH_MONTH_WORDS)


def _before_month(text: str, end: int) -> bool:
    """Whether a month's name follows ``end`` ("25 May 2018"): the number is a day."""
    after = re.match(r"\s+([A-Z][a-z]+)", text[end : end + 12])
    return bool(after and after.group(1).lower() in ENGLISH_MONTH_WORDS)


@functools.lru_cache(maxsize=1)
def _listed_noun_patterns() -> tuple[re.Pattern, ...]:
    """The counted nouns as whole-word patterns, longest first: compiled once, not once a number."""
    _not_unit, listed, _functions = _unit_tables()
    names = sorted((n for names in listed.values() for n, _size in names), key=len, reverse=True)
    return tuple(re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE) for name in names)


def _listed_noun_ahead(text: str, end: int) -> Optional[tuple[str, int]]:
    """A known counted noun a few words on, no punctuation between ("122.6 million forcibly
    displaced and stateless people")."""
    window = re.match(r"[^.,;:()\n]{0,60}", text[end:]).group(0)
    for pattern in _listed_noun_patterns():
        found = pattern.search(window)
        if found:
            return window[: found.end()].strip(), end + found.end()
    return None


@functools.lru_cache(maxsize=1)
def measure_words() -> frozenset[str]:
    """The units of measure (amounts.jsonl not_unit rows of a measure), in lower case: "mw", "km", "tonnes"."""
    return frozenset(_lookups()["measure_word"])


def _measure_ahead(text: str, end: int) -> bool:
    """Whether a unit of measure (amounts.jsonl not_unit rows of a measure) follows within two words."""
    measures = _lookups()["measure_word"]
    words = re.match(r"(?:\s+[\w-]+){1,2}", text[end : end + 40])
    return bool(words and any(word.lower() in measures for word in words.group(0).split()))


def _cites(text: str, end: int) -> bool:
    """True when the number is the volume of a citation ("14 CFR 39.13", "85 FR 1234")."""
    following = re.match(r"\s+(\S+)", text[end : end + 12])
    cited = {r["text"] for r in load_data().get("not_before", [])}
    return bool(following and following.group(1).rstrip(",;") in cited and following.group(1) != "U.S.") or bool(
        re.match(r"\s+U\.S\.C?\.?\s+\d", text[end : end + 12])
    )


def _in_digit_run(text: str, start: int, end: int) -> bool:
    """True inside a run of digit groups (a phone number "+32 2 299 11 11", a list of codes)."""
    return bool(re.search(r"[\d+]\s?$", text[max(0, start - 2) : start]) or re.match(r"\s?\d", text[end : end + 2]))


# A word in capitals right after a number ("4 million SMEs", "300 IDPs"): an acronym of what is counted, unless the
# data knows it as a body's, which gets that part of a sum ("(6 million WFP, 4 million ILO)") in the sum's currency.
ACRONYM_AFTER = re.compile(r"[ \t]+(?P<word>[A-Z]{2,}s?)\b")


def _known_body_acronym(word: str) -> bool:
    """Whether the organisations' data knows a word as a body's acronym or name ("WFP", "UNICEF")."""
    from extractor.nlp.organisations import canonical_index  # it imports this module: read at first use

    return word.lower() in canonical_index()


def _elided_money(
    text: str, match: re.Match, money: list[_Found], settings: AmountSettings, counts: Iterable[_Found] = ()
) -> Optional[_Found]:
    """ "EUR 5 million for X and 3 million for Y": the second sum takes the first one's currency; not "2.1 million
    of them" (a part of things counted), nor a scaled number after a scaled count that follows the sum ("... EUR 40
    million ... 2.5 million vouchers, 0.8 million of them in one year": it goes on with the count)."""
    if PARTITIVE_PRONOUN.match(text, match.end()):
        return None
    acronym = ACRONYM_AFTER.match(text, match.end())
    if acronym and _currency_code(acronym["word"], DEFAULT_DOLLAR) is None and not _known_body_acronym(acronym["word"]):
        return None  # "2.5 million SMEs": what is counted, in capitals, names no currency
    sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
    if PART_OF_SUM_AFTER.match(text, match.end()):
        sentence_start = text.rfind("\n", 0, match.start()) + 1  # a part of a sum named earlier in the paragraph
    before = [m for m in money if sentence_start <= m.start and m.end <= match.start()]
    if not before:
        return None
    scales = _lookups()["scale"]
    if any(
        c.value["kind"] == "count"
        and before[-1].end <= c.start
        and c.end <= match.start()
        and any(word in scales for word in text[c.start : c.end].lower().split())
        for c in counts
    ):
        return None
    code = before[-1].value["currency"]
    value = parse_number(match.group("n1"), scaled=True)
    if value is None:
        return None
    value *= _scale_factor(match.group("s1"))
    qualifier, start = _qualifier(text, match.start(), settings)
    amount = _money(value, code, qualifier=qualifier)
    return _Found(start, match.end(), amount, "money_elided", before[-1].currency_rule)


def sums_passed_over(text: str, author: str = "") -> list[tuple[str, str]]:
    """The currency-and-figure matches in ``text`` that a named rule read as no sum: each one's text and rule."""
    passed: list[tuple[int, int, str]] = []
    _find_money(text, dollar_rule(text, author), DEFAULT_SETTINGS, passed)
    return [(text[start:end], rule) for start, end, rule in passed]


def find_amounts(
    text: str, settings: AmountSettings = DEFAULT_SETTINGS, author: str = "", letter_date: Optional[dt.date] = None
) -> list[_Found]:
    """Every amount in ``text`` (by ``author``: letterhead, signatory's title; dated ``letter_date``), longest first
    where candidates overlap, in text order."""
    dollar = dollar_rule(text, author)
    tables = find_tables(text)  # read once: its sums and its counts
    money = (
        _find_money(text, dollar, settings)
        + _find_column_money(text, dollar)
        + _find_table_money(tables, dollar, text, author)
        + _find_list_money(text, dollar)
        + _find_local_money(text, author, settings)
        + _find_subunit_money(text)
    )
    _shared_nouns_resolved(text, author, money, letter_date)
    _zone_currencies_resolved(text, author, money)
    _old_currencies_resolved(text, letter_date, money)
    _sdr_units_resolved(text, dollar[0], money)
    _dot_thousands_as_written(text, money)
    money += _find_restated_table_money(tables, money)
    money += _find_column_sign_money(tables, money)
    # A count never starts inside a sum of money ("EUR 80 million will support ...").
    uncounted = _rate_cells(tables, dollar[0]) + _thousand_units(text)  # prices per unit, units of a table
    counts = [
        c
        for c in _find_counts(text, money, settings) + _find_table_counts(tables)
        if not any(m.start <= c.start < m.end for m in money) and not any(lo <= c.start < hi for lo, hi in uncounted)
    ]
    counts += [c for c in _find_listed_shares(text, counts) if not any(m.start <= c.start < m.end for m in money)]
    candidates = money + _find_percent(text, settings) + counts
    priority = {
        "money_pre": 0,
        "money_pre:to_count": 0,
        "money_pre:named": 0,
        "money_pre:dot_thousands_as_written": 0,
        "money_pre:decimal_comma_scale": 0,
        "money_post": 0,
        "money_post:dot_thousands_as_written": 0,
        "money_post:decimal_comma_scale": 0,
        "money_elided": 0,
        "money_column": 0,
        "money_table:column_head": 0,
        "money_table:caption": 0,
        "money_table:caption_units": 0,
        "money_table:row_label": 0,
        "money_table:sign_cell": 0,
        "money_table:code_cell": 0,
        "money_table:row_currency": 0,
        "money_table:restated_sum": 0,
        "money_table:column_sign": 0,
        "money_list:caption": 0,
        "money_local": 0,
        "money_local:whole_units": 0,
        "money_subunit": 0,
        "percent": 1,
        "percent_table:column_head": 1,
        "count": 2,
        "count:elided": 2,
    }
    # A bare quantity with nothing counted ("726 000") yields to anything that overlaps it.
    candidates.sort(
        key=lambda f: (
            f.rule.startswith("count") and f.value["unit"] is None,
            -(f.end - f.start),
            priority[f.rule],
            f.start,
        )
    )
    taken: list[_Found] = []
    for candidate in candidates:
        if all(candidate.end <= t.start or candidate.start >= t.end for t in taken):
            taken.append(candidate)
    return _without_words_restating(text, _joined_word_numbers(text, sorted(taken, key=lambda f: f.start)))


# A bracket opened before a number in words, or before its part after a scale: "(twenty-one million", "(four
# thousand six hundred twenty million" (read as two numbers).
OPENING_BRACKET = re.compile(r"\(\s*[A-Za-z\s,-]*")
# A bracket's words, up to its close on the same line.
BRACKET_WORDS = re.compile(r"[^()\n]*(?=\))")
# At most this many words may follow a number in words that restates a figure: its currency or unit ("United
# States dollars").
MAX_RESTATED_UNIT_WORDS = 4
# ... and at most this many may open it: its currency before the number ("Rupees", "US dollars").
MAX_RESTATED_LEAD_WORDS = 2


@functools.lru_cache(maxsize=1)
def _bracket_number_words() -> frozenset[str]:
    """The single words of a number in words: number words, scales and "and"."""
    lookups = _lookups()
    return frozenset({w for w in lookups["number_word"] if " " not in w} | set(lookups["scale"]) | {"and"})


def _number_words_only(content: str) -> bool:
    """Whether a bracket holds only a number in words and a short unit ("four thousand six hundred Swiss francs")."""
    # not several parts: "two million for roads and three million for schools"
    words = _bracket_number_words()
    tokens = [t.lower() for t in re.findall(r"[A-Za-z]+", content)]
    # "(Rupees nine lakh only)": the currency may come first, as sanction orders write it.
    start = next((n for n, t in enumerate(tokens) if t in words), len(tokens))
    if start > MAX_RESTATED_LEAD_WORDS or start and _currency_code(" ".join(tokens[:start]), DEFAULT_DOLLAR) is None:
        return False  # "(about two million euros)" is a sum of its own
    k = start
    while k < len(tokens) and tokens[k] in words:
        k += 1
    tail = tokens[k:]
    return k > start and len(tail) <= MAX_RESTATED_UNIT_WORDS and not any(t in words for t in tail)


def _without_words_restating(text: str, found: list[_Found]) -> list[_Found]:
    """Drop a number in words in brackets after a figure that it restates but reads as another number."""
    # "2,700 (two thousand seven hundred) litres" read as 2,000 and 700; one read whole, the same sum, stays.
    kept: list[_Found] = []
    figure = None  # the last amount written in figures
    for amount in found:
        in_words = not any(ch.isdigit() for ch in text[amount.start : amount.end])
        if in_words and figure is not None:
            opening = text.rfind("(", figure.end, amount.start)
            if (
                opening >= 0
                and not text[figure.end : opening].strip(NO_SUBUNIT_MARK)
                and OPENING_BRACKET.fullmatch(text, opening, amount.start)
                and (content := BRACKET_WORDS.match(text, opening + 1))
                and _number_words_only(content.group())
                and amount.value["value"] != figure.value["value"]
            ):
                continue
        elif not in_words:
            figure = amount
        kept.append(amount)
    return [amount for n, amount in enumerate(kept) if not _figure_restates(text, amount, kept[n + 1 : n + 2])]


def _figure_restates(text: str, words: _Found, after: list[_Found]) -> bool:
    """Whether a number in words is given again as a figure in brackets right after it that reads it otherwise:
    "two-fifths of one per cent (0.4%)" (the words' fraction lost), "Ten Million Japanese Yen (¥10,000,000)" (the
    currency read as a people counted); the figure is the amount. Sums in two currencies are two amounts."""
    if not after or any(ch.isdigit() for ch in text[words.start : words.end]):
        return False
    figure = after[0]
    # A word may stand between: the rest of the currency the words name ("... Japanese | Yen (¥10,000,000)").
    between = text[words.end : figure.start].strip()
    # "(2,700,000) dinars": the bracket may close inside the figure's sum, before its currency.
    closed = text[figure.end :].lstrip().startswith(")") or FIGURE_THEN_BRACKET.match(text, figure.start, figure.end)
    if not re.fullmatch(r"(?:[A-Za-z]+\s*)?\(", between) or not closed:
        return False
    kinds = (words.value["kind"], figure.value["kind"])
    return (
        kinds == ("percent", "percent") and words.value["value"] != figure.value["value"] or kinds == ("count", "money")
    )


# A figure closing its bracket before the rest of its sum ("2,700,000) dinars").
FIGURE_THEN_BRACKET = re.compile(rf"(?:{NUM})[ \t]*\)")
# A number in words with a scale, alone ("thirty-eight million"), and the words of the rest of the number.
SCALED_NUMBER_WORDS = re.compile(r"[a-z]+(?:[\s-]+[a-z]+)*\s+(?P<scale>thousand|million|billion)", re.IGNORECASE)
NUMBER_WORDS_GAP = re.compile(r",?[ \t]+(?:and[ \t]+)?")  # "one billion, eight hundred million"


# Thousands in words, then the hundreds and a larger scale: "Four Thousand Four Hundred Crore".
THOUSANDS_WORDS = re.compile(r"(?P<words>[a-z]+(?:[\s-]+[a-z]+)*)\s+thousand", re.IGNORECASE)
WORDS_BEFORE_SCALE = re.compile(r"(?P<words>[a-z]+(?:[\s-]+[a-z]+)*)\s+(?P<scale>[a-z]+)", re.IGNORECASE)


def _scale_of_whole(text: str, head: _Found, amount: _Found) -> Optional[float]:
    """ "(Rupees Four Thousand Four Hundred Crore only)": the scale after the hundreds multiplies the whole number
    (4,400 crore), so the thousands before it are no sum of their own."""
    if not re.fullmatch(r"[ \t]+", text[head.end : amount.start]):
        return None
    thousands = THOUSANDS_WORDS.fullmatch(text, head.start, head.end)
    rest = WORDS_BEFORE_SCALE.fullmatch(text, amount.start, amount.end)
    if not thousands or not rest or _scale_factor(rest["scale"]) <= _scale_factor("thousand"):
        return None
    first, last = parse_number(thousands["words"]), parse_number(rest["words"])
    if first is None or last is None or last >= _scale_factor("thousand"):
        return None
    return round((first * _scale_factor("thousand") + last) * _scale_factor(rest["scale"]), VALUE_DECIMALS)


def _joined_word_numbers(text: str, found: list[_Found]) -> list[_Found]:
    """ "thirty-eight million six hundred thousand baht": a number in words is split at each scale into a
    bare quantity and the rest; the rest, smaller than the first part's scale, completes it."""
    joined: list[_Found] = []
    for amount in found:
        head = joined[-1] if joined else None
        # After a sum in figures the first part takes its currency ("KRW 112,500,000,000 (one hundred twelve
        # billion five hundred million Korean won)"): an elided sum, completed as a bare quantity is.
        elided = head is not None and head.rule == "money_elided" and amount.value["currency"] == head.value["currency"]
        if (
            head is not None
            and (head.rule == "count" or elided)
            and head.value["unit"] is None
            and text[amount.start : amount.start + 1].isalpha()
            and NUMBER_WORDS_GAP.fullmatch(text, head.end, amount.start)
        ):
            whole = _scale_of_whole(text, head, amount)
            if whole is not None and amount.value["upper"] is None:
                joined[-1] = _Found(
                    head.start, amount.end, dict(amount.value, value=whole), amount.rule, amount.currency_rule
                )
                continue
            words = SCALED_NUMBER_WORDS.fullmatch(text, head.start, head.end)
            rest = amount.value["value"]
            if words and rest < _scale_factor(words["scale"]) and amount.value["upper"] is None:
                value = round(head.value["value"] + rest, VALUE_DECIMALS)
                joined[-1] = _Found(
                    head.start, amount.end, dict(amount.value, value=value), amount.rule, amount.currency_rule
                )
                continue
        joined.append(amount)
    return joined


def set_spans(doc: Doc, family: str, found: Iterable[tuple[int, int, str, Optional[dict], str]]) -> None:
    """Write (start, end, norm, value, rule) character spans into ``doc.spans[family]``."""
    spans = []
    for start, end, norm, value, rule in found:
        span = doc.char_span(start, end, label=family, alignment_mode="expand")
        if span is None or any(s.start < span.end and span.start < s.end for s in spans):
            continue
        span._.norm, span._.value, span._.rule = norm, value, rule
        spans.append(span)
    doc.spans[family] = spans


class AmountsComponent:
    """spaCy component: money, percentages and counts into ``doc.spans["amount"]``."""

    def __init__(self, nlp: Language, name: str, settings: AmountSettings = DEFAULT_SETTINGS) -> None:
        self.settings = settings
        compiled()  # build the regexes once, at pipeline construction

    def __call__(self, doc: Doc) -> Doc:
        """Find the amounts of one Doc."""
        set_spans(
            doc,
            FAMILY,
            (
                (f.start, f.end, f.norm, f.value, f.rule_id)
                for f in find_amounts(
                    doc_text(doc),
                    self.settings,
                    str(doc.user_data.get(AUTHOR_KEY) or ""),
                    doc.user_data.get(LETTER_DATE_KEY),
                )
            ),
        )
        return doc


@Language.factory(
    "letters_amounts",
    assigns=SPAN_ASSIGNS,
    requires=[],
    default_config=asdict(DEFAULT_SETTINGS),  # the settings' defaults are the named constants
)
def make_amounts(
    nlp: Language, name: str, qualifier_window: int, unit_window: int, max_unit_modifiers: int
) -> AmountsComponent:
    """Build the amounts component."""
    return AmountsComponent(nlp, name, AmountSettings(qualifier_window, unit_window, max_unit_modifiers))
