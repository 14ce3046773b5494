"""The digest of a letter (DIGEST.md) from its Extraction: plain, normalised values, no offsets."""

from __future__ import annotations

import re

from extractor.nlp.dates import find_dates
from extractor.reference.edtf import DAY, fiscal_year_named
from extractor.reference.money import same_amount
from models.digest import Digest, DigestAmount, DigestCommitment, DigestLetter, DigestMoney
from models.entities import AmountValue, Mention
from models.extraction import Extraction

# Mention types that become a list of unique names, in order of first mention.
NAME_FIELDS = {"country": "countries", "organisation": "organisations", "route": "routes", "programme": "programmes"}
SALUTATION_TRAILING = ",;:"  # DIGEST.md: the salutation line without its comma
# The dates component's rules for a fiscal year named by its year ("fiscal year 2022", "FY24"), and for a year written
# over two that may be one ("in 2024/25" in a text of "financial year 2025/26": its twelve months).
FISCAL_YEAR_RULES = frozenset({"fiscal", "year_range"})
# What stands between a sum and the same sum said again in brackets: the opening bracket alone.
RESTATEMENT_OPENER = re.compile(r"\s*\(\s*")


def _unique(values):
    seen, out = set(), []
    for value in values:
        if value and value not in seen:
            seen.add(value)
            out.append(value)
    return out


def letter_fields(extraction: Extraction) -> DigestLetter:
    """The letter's own parts as the digest writes them: ISO date, place, salutation without its comma, signatory."""
    parts = extraction.letter.parts
    date = parts.date or extraction.letter.date
    salutation = parts.salutation.strip().rstrip(SALUTATION_TRAILING).strip() if parts.salutation else None
    return DigestLetter(
        date=date.isoformat() if date else parts.month,
        place=parts.place.strip() if parts.place else None,
        salutation=salutation or None,
        signatory=parts.signatory.strip() if parts.signatory else None,
    )


def _ordered(extraction: Extraction):
    # Mentions in reading order, whatever order the pipeline produced them in.
    return sorted(extraction.mentions, key=lambda m: (m.grounding.start, m.grounding.end))


def _amounts(amount: AmountValue) -> list[DigestAmount]:
    """The digest amounts of one amount span: a range ("between USD 5 and 7 million", "EUR 10-15
    million") states two numbers, and DIGEST.md lists every quantity stated with a number, so
    both ends are listed, lower first."""
    currency = amount.currency if amount.kind == "money" else None
    ends = [amount.value] if amount.upper is None or amount.upper == amount.value else [amount.value, amount.upper]
    return [DigestAmount(kind=amount.kind, value=value, currency=currency) for value in ends]


def _restates(body: str, previous: Mention, mention: Mention) -> bool:
    """Whether an amount in brackets right after the same sum says it again ("EUR 60,000,000 (sixty
    million euros)", "forty million dinars (KWD 40,000,000)"): one quantity stated, so one amount."""
    between = body[previous.grounding.end : mention.grounding.start]
    return (
        RESTATEMENT_OPENER.fullmatch(between) is not None
        and previous.amount is not None
        and mention.amount is not None
        and same_amount(previous.amount, mention.amount)
    )


def _stated_amounts(extraction: Extraction, mentions: list[Mention]) -> list[DigestAmount]:
    """Every quantity stated with a number (DIGEST.md: a list, not a set), a bracketed restatement once."""
    amount_mentions = [m for m in mentions if m.type == "amount" and m.amount is not None]
    stated = [
        m for i, m in enumerate(amount_mentions) if i == 0 or not _restates(extraction.body, amount_mentions[i - 1], m)
    ]
    return [amount for m in stated for amount in _amounts(m.amount)]


def _date_values(mention: Mention) -> list[str]:
    """The digest dates of one date mention: its EDTF, and for a fiscal year also the year or split year that
    names it, "2026/27" -> 2026/2027 (DIGEST.md: "a fiscal year is the year and, optionally, its interval")."""
    edtf = mention.date.edtf if mention.date is not None else mention.norm
    named = fiscal_year_named(edtf, mention.text) if mention.rule in FISCAL_YEAR_RULES else None
    return [named, edtf] if named else [edtf]


def _date_line_days(extraction: Extraction) -> list[str]:
    """The days a letter's date line names besides its own date: each day of a meeting's span ("Yaoundé, 12–13
    October 2017" -> 12 and 13 October), for that line stands outside the body the mentions come from."""
    parts = extraction.letter.parts
    days = []
    for line in parts.source_lines.get("date", []):
        for found in find_dates(line, parts.date):
            days += [end for end in found.edtf.split("/") if DAY.fullmatch(end)]
    return days


def make_digest(extraction: Extraction) -> Digest:
    """Summarise an Extraction as the digest DIGEST.md defines."""
    mentions = _ordered(extraction)
    names = {field: _unique(m.norm for m in mentions if m.type == kind) for kind, field in NAME_FIELDS.items()}
    amounts = _stated_amounts(extraction, mentions)
    letter = letter_fields(extraction)
    # The letter's own date line is a calendar reference of the letter too (DIGEST.md's example
    # lists it), though it stands outside the body the mentions come from.
    dates = _unique(
        [letter.date, *_date_line_days(extraction)]
        + [value for m in mentions if m.type == "date" for value in _date_values(m)]
    )
    commitments = []
    for commitment in extraction.commitments:
        for amount in commitment.amounts:
            if amount.kind != "money":
                continue
            commitments.append(
                DigestCommitment(
                    amount=DigestMoney(value=amount.value, currency=amount.currency),
                    beneficiaries=_unique(commitment.beneficiaries),
                    status=commitment.status,
                )
            )
    route_countries: dict[str, list[str]] = {}
    for tie in extraction.route_ties:
        countries = route_countries.setdefault(tie.route, [])
        if tie.country not in countries:
            countries.append(tie.country)
    return Digest(
        letter=letter,
        countries=names["countries"],
        organisations=names["organisations"],
        routes=names["routes"],
        amounts=amounts,
        dates=dates,
        programmes=names["programmes"],
        commitments=commitments,
        route_countries=route_countries,
    )
