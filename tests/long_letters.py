"""Generated letters of one long sentence: the worst case for anything done per mention per sentence."""

from __future__ import annotations

# Clauses in the letters' own words, each with a sum, countries, a programme or a route, so that a
# long sentence holds many mentions and commitments, as a hostile or badly read letter would.
CLAUSES = (
    "the European Union will provide EUR {n} million to Libya and Tunisia for border management by {month} 2026",
    "Italy has committed {n} million euros to the IOM return programme in Niger",
    "the Central Mediterranean route through Libya saw {n} arrivals in {month} 2025",
    "Frontex and UNHCR will support Mauritania and Senegal with EUR {n} million",
)
MONTHS = ("January", "March", "June", "October")
JOINER = ", and "


def one_sentence_letter(size: int) -> str:
    """A letter body of about ``size`` characters that is a single sentence (one full stop, at its end)."""
    clauses, total, i = [], 0, 0
    while total < size:
        clause = CLAUSES[i % len(CLAUSES)].format(n=10 + i % 90, month=MONTHS[i % len(MONTHS)])
        clauses.append(clause)
        total += len(clause) + len(JOINER)
        i += 1
    text = JOINER.join(clauses)
    return text[0].upper() + text[1:] + "."
