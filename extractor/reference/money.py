"""Sums of money and other amounts as a person reads them, defined once for every report.

Two forms: the long one ("EUR 675 million", "USD 1.5 billion", "EUR 7,500") for diffs, evaluation
and the HTML views, and the compact one ("EUR 675M", "USD 1.5bn", "EUR 7.5k") for table cells
and graph labels. Neither rounds a sum: "EUR 1.234567 billion" keeps every digit it was given.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path
from typing import Optional

# Sums are floats (1.1 * 1e6 is 1100000.0000000002): this many significant digits are the sum,
# the rest is float noise. No stated sum has more (a trillion to the cent is 15; letters round).
SIGNIFICANT_DIGITS = 12
# (size, long word, compact suffix), largest first.
SCALES = ((1e9, "billion", "bn"), (1e6, "million", "M"))
# The compact form shortens thousands too ("EUR 7.5k"); the long form writes them out.
COMPACT_THOUSANDS = (1e3, "thousand", "k")
# The last words of pycountry's names of the currencies written with "$": dollars ("Australian Dollar") and
# pesos ("Mexican Peso", "Chilean Peso"), whose countries write "$" for their own money.
DOLLAR_SIGN_NAMES = ("Dollar", "Peso")
# The Philippine peso is written "₱" or "P", never "$": a "$" in a Philippine text is the US dollar.
NOT_DOLLAR_SIGN = frozenset({"PHP"})
# Countries whose "$" pycountry's currency names do not tell: currencies named neither dollar nor peso (Tonga's
# pa'anga "T$" or "$", Samoa's tala "WS$" or "$"), a dollar named for a region or written otherwise (the East
# Caribbean dollar of the eight members of the Eastern Caribbean Currency Union, "Surinam Dollar", "New Taiwan
# Dollar", "Peso Uruguayo"), and the states that count in another's dollar (Kiribati, Tuvalu and Nauru in the
# Australian): country alpha-3 -> ISO 4217 code.
OTHER_DOLLAR_SIGN_COUNTRIES = {
    "TON": "TOP",
    "WSM": "WST",
    **dict.fromkeys(("ATG", "DMA", "GRD", "KNA", "LCA", "VCT", "AIA", "MSR"), "XCD"),
    "SUR": "SRD",
    "TWN": "TWD",
    "URY": "UYU",
    **dict.fromkeys(("KIR", "TUV", "NRU"), "AUD"),
}
# The one-character signs of the currencies letters name most, as a regex character class holds them: a figure
# right after one is a sum ("$2024" is no year), and a table's figure or sum cell may open with one.
CURRENCY_SIGNS = "$€£¥₹"
# The dollar a bare "$" stands for when nothing in a document says otherwise.
DEFAULT_DOLLAR = "USD"
# Each sign or abbreviation written for a currency beside a sum -> its ISO 4217 code ("€" EUR, "Rs" INR, "$" USD).
CURRENCY_SIGNS_FILE = Path(__file__).with_name("currency_signs.tsv")
# The IMF's Special Drawing Right by name, sign ("SDR", as the signs file gives it) or ISO 4217 code (XDR): the unit
# a document may declare its own unit of account equal to ("AU 1 = SDR 1").
SDR_NAME = r"(?:Special\s+Drawing\s+Rights?|SDRs?|XDR)\b"


@functools.lru_cache(maxsize=1)
def currency_signs() -> dict[str, str]:
    """The signs of ``CURRENCY_SIGNS_FILE`` -> their ISO 4217 codes, in file order."""
    with CURRENCY_SIGNS_FILE.open(encoding="utf-8") as handle:
        cells = [line.rstrip("\n").split("\t") for line in handle if line.strip() and not line.startswith("#")]
    return {cell[0]: cell[1] for cell in cells}


@functools.lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    """The ISO 4217 codes of pycountry."""
    import pycountry

    return frozenset(currency.alpha_3 for currency in pycountry.currencies)


def is_currency_mark(text: str) -> bool:
    """Whether a text is a currency's sign or ISO 4217 code alone ("R$", "Rs.", "Kshs.", "EUR"), with no figure; a sign
    of letters may end in its abbreviation's stop."""
    signs = currency_signs()
    bare = text[:-1] if text.endswith(".") and text[:-1].isalpha() else text
    return text in signs or bare in signs or text in CURRENCY_SIGNS or text in _currency_codes()


@functools.lru_cache(maxsize=1)
def dollar_countries() -> dict[str, str]:
    """Each country whose own currency is written with "$" -> its ISO 4217 code (AUS -> AUD, MEX -> MXN), from
    pycountry's names and OTHER_DOLLAR_SIGN_COUNTRIES."""
    import pycountry

    from extractor.reference.countries import country_code

    table: dict[str, str] = {}
    for currency in pycountry.currencies:
        words = currency.name.split()
        signed = len(words) > 1 and words[-1] in DOLLAR_SIGN_NAMES and currency.alpha_3 not in NOT_DOLLAR_SIGN
        country = country_code(" ".join(words[:-1])) if signed else None
        if country:
            table.setdefault(country, currency.alpha_3)
    table.update(OTHER_DOLLAR_SIGN_COUNTRIES)
    return table


def exact_number(value: float, grouped: bool = True, decimals: Optional[int] = None) -> str:
    """A number with every digit it holds and no float noise ("675,000,000", "1.5", "0.25"): to
    ``SIGNIFICANT_DIGITS``, or to ``decimals`` places when given (an amount's normal form keeps its value so)."""
    kept = f"{float(value):.{SIGNIFICANT_DIGITS}g}" if decimals is None else f"{float(value):.{decimals}f}"
    number = Decimal(kept)
    text = format(number, ",f" if grouped else "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_money(value: float, currency: Optional[str] = None, compact: bool = False) -> str:
    """A sum as a person writes it: "EUR 675 million" (long) or "EUR 675M" (compact)."""
    scales = SCALES + (COMPACT_THOUSANDS,) if compact else SCALES
    prefix = f"{currency} " if currency else ""
    for size, word, suffix in scales:
        if abs(value) >= size:
            # Divide after rounding away float noise, so that 1.1e6 is "1.1", not "1.1000000000000002".
            scaled = Decimal(f"{float(value):.{SIGNIFICANT_DIGITS}g}") / Decimal(f"{size:.0f}")
            number = exact_number(float(scaled))
            return f"{prefix}{number}{suffix}" if compact else f"{prefix}{number} {word}"
    return f"{prefix}{exact_number(value)}"


def format_amount(kind: str, value: float, currency: Optional[str] = None, compact: bool = False) -> str:
    """Any amount as a person writes it: a sum ("EUR 120 million"), "23%", a count ("7,000", "2 million")."""
    if kind == "percent":
        return f"{exact_number(value)}%"
    return format_money(value, currency, compact)


def amount_text(amount, compact: bool = False) -> str:
    """``format_amount`` of any amount record (a mention's, a digest's or a commitment's sum)."""
    return format_amount(getattr(amount, "kind", "money"), amount.value, amount.currency, compact)


def same_amount(first, second) -> bool:
    """Whether two amount records (a mention's or a commitment's) hold the same quantity: kind, value, currency, upper."""
    return (first.kind, first.value, first.currency, first.upper) == (
        second.kind,
        second.value,
        second.currency,
        second.upper,
    )
