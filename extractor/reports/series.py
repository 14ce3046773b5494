"""The series a letter belongs to: the yearly notice, or successive letters to the same leaders on one subject.

Letters are compared by the TF-IDF cosine of their words (scikit-learn): boilerplate every notice
shares weighs little, the words of one emergency or one programme weigh much, so two years of one
notice are near each other and two notices of the same kind on different subjects are not. A
series is every letter reached from the seed through pairs the rules below accept (single link),
in date order; each letter keeps the rule and the letter it was reached through.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Iterable, NamedTuple, Optional

from extractor.errors import MissingLibrary
from extractor.records.addressee import addressee
from extractor.reports.diff import diff_extractions, diff_rows, paragraphs_of
from extractor.reports.selection import letter_date
from models.extraction import Extraction
from models.series import Series, SeriesChangeRow, SeriesLetter, SeriesRow

# Near-duplicate text: a cosine this high is one letter repeated (the yearly notice, the next report).
NEAR_DUPLICATE_COSINE = 0.6
# Related text: this high is one series only when the addressee and the subject agree too (a letter
# widening an emergency shares less boilerplate with its yearly notice than two notices do).
RELATED_COSINE = 0.2
# Addressees agree when their role words overlap this much (Jaccard): "Madam Speaker" ~ "Mr. Speaker".
ADDRESSEE_OVERLAP = 0.5
# Subjects agree when their distinctive countries overlap this much (Jaccard): 1.0, the same
# countries, since Iraq's emergency and Syria's (naming Iraq too) are two series.
SUBJECT_OVERLAP = 1.0
# A country named by at least this share of the letters is no subject (a US letter names the US).
COMMON_COUNTRY_SHARE = 0.5
# ... in a store of at least this many letters: in a small one, one series is half the letters.
COMMON_COUNTRY_MIN_LETTERS = 20
# TF-IDF settings: word pairs too, so "national emergency with respect to Cuba" weighs as a phrase.
NGRAM_RANGE = (1, 2)
SIMILARITY_DIGITS = 3
# Words of an addressee that say how, not whom: honorifics and greetings.
HONORIFICS = frozenset(
    "mr mrs ms miss madam madame dame sir dear the of and to my his her your excellency excellencies honourable "
    "honorable hon".split()
)
WORD_RE = re.compile(r"[^\W\d_]+")


class Letter(NamedTuple):
    """What the rules read of one letter."""

    extraction: Extraction
    role: frozenset
    countries: frozenset


def addressee_role(extraction: Extraction) -> frozenset:
    """The addressee's role words, without honorifics ("Madam Speaker" and "Mr. Speaker" are both {speaker})."""
    text = addressee(extraction.letter.parts) or ""
    return frozenset(w for w in WORD_RE.findall(text.casefold()) if w not in HONORIFICS)


def _jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _near_duplicate(cosine: float, a: Letter, b: Letter) -> bool:
    return cosine >= NEAR_DUPLICATE_COSINE


def _same_leaders_and_subject(cosine: float, a: Letter, b: Letter) -> bool:
    return (
        cosine >= RELATED_COSINE
        and bool(a.role)
        and _jaccard(a.role, b.role) >= ADDRESSEE_OVERLAP
        and bool(a.countries and b.countries)
        and _jaccard(a.countries, b.countries) >= SUBJECT_OVERLAP
    )


# Ordered rules: the first that accepts a pair names why the later letter is in the series.
SERIES_RULES: tuple[tuple[str, Callable[[float, Letter, Letter], bool]], ...] = (
    ("near-duplicate text", _near_duplicate),
    ("same addressee and subject, related text", _same_leaders_and_subject),
)


def _subject_countries(extractions: list[Extraction]) -> list[frozenset]:
    """Each letter's distinctive countries: named in it, and by fewer than COMMON_COUNTRY_SHARE of the letters."""
    named = [frozenset(m.norm.upper() for m in e.mentions if m.type == "country") for e in extractions]
    counts = Counter(code for codes in named for code in codes)
    common = {
        code
        for code, n in counts.items()
        if len(extractions) >= COMMON_COUNTRY_MIN_LETTERS and n / len(extractions) >= COMMON_COUNTRY_SHARE
    }
    return [codes - common for codes in named]


def _rule_for(cosine: float, a: Letter, b: Letter) -> Optional[str]:
    for name, accepts in SERIES_RULES:
        if accepts(cosine, a, b):
            return name
    return None


def find_series(extractions: Iterable[Extraction], seed_id: str, versions: Optional[dict[str, int]] = None) -> Series:
    """The letters of the seed's series in date order (the seed included), each with the rule that found it."""
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
    except ImportError:
        raise MissingLibrary("letters series", library="scikit-learn", extra="series") from None

    pool = list(extractions)
    index = {e.letter.id: i for i, e in enumerate(pool)}
    if seed_id not in index:
        raise KeyError(seed_id)
    countries = _subject_countries(pool)
    letters = [Letter(e, addressee_role(e), countries[i]) for i, e in enumerate(pool)]
    # Rows are L2-normalised, so a dot product is the cosine; only the rows reached are multiplied.
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", ngram_range=NGRAM_RANGE)
    try:
        matrix = vectorizer.fit_transform([e.body for e in pool])
    except ValueError:
        # No letter holds a word that is not a stop word: no text to compare, the seed stands alone.
        matrix = None
    found: dict[int, tuple[Optional[int], Optional[float], Optional[str]]] = {index[seed_id]: (None, None, None)}
    frontier = [index[seed_id]] if matrix is not None else []
    while frontier:
        current = frontier.pop(0)
        cosines = (matrix @ matrix[current].T).toarray().ravel()
        for other in cosines.argsort()[::-1]:
            other = int(other)
            if other in found:
                continue
            rule = _rule_for(float(cosines[other]), letters[current], letters[other])
            if rule is not None:
                found[other] = (current, round(float(cosines[other]), SIMILARITY_DIGITS), rule)
                frontier.append(other)
    members = sorted(found, key=lambda i: (letter_date(pool[i]) is None, letter_date(pool[i]) or "", pool[i].letter.id))
    rows = []
    for i in members:
        via, cosine, rule = found[i]
        extraction = pool[i]
        rows.append(
            SeriesLetter(
                id=extraction.letter.id,
                version=(versions or {}).get(extraction.letter.id, 1),
                date=letter_date(extraction),
                addressee=addressee(extraction.letter.parts),
                signatory=extraction.letter.parts.signatory,
                countries=sorted(countries[i]),
                similarity=cosine,
                linked_to=pool[via].letter.id if via is not None else None,
                because=rule,
            )
        )
    return Series(seed=seed_id, letters=rows)


def series_changes(series: Series, extractions: dict[str, Extraction]) -> Series:
    """The series with the diff of each letter from the one before it (letters given by id)."""
    ordered = [extractions[letter.id] for letter in series.letters]
    changes = [diff_extractions(a, b) for a, b in zip(ordered, ordered[1:])]
    return series.model_copy(update={"changes": changes})


def series_rows(series: Series) -> list[SeriesRow]:
    """The series as flat rows, one per letter."""
    return [
        SeriesRow(
            position=n,
            id=letter.id,
            version=letter.version,
            date=letter.date.isoformat() if letter.date else "",
            addressee=letter.addressee or "",
            signatory=letter.signatory or "",
            countries=";".join(letter.countries),
            similarity="" if letter.similarity is None else f"{letter.similarity:.2f}",
            linked_to=letter.linked_to or "",
            because=letter.because or "",
        )
        for n, letter in enumerate(series.letters, 1)
    ]


def series_change_rows(series: Series, extractions: dict[str, Extraction]) -> list[SeriesChangeRow]:
    """Every change between consecutive letters as flat rows, each naming its two letters."""
    versions = {letter.id: letter.version for letter in series.letters}
    rows = []
    for diff in series.changes:
        a, b = extractions[diff.a.id], extractions[diff.b.id]
        for row in diff_rows(diff, paragraphs_of(a), paragraphs_of(b)):
            rows.append(
                SeriesChangeRow(
                    a=f"{diff.a.id}@{versions.get(diff.a.id, 1)}",
                    b=f"{diff.b.id}@{versions.get(diff.b.id, 1)}",
                    **row.model_dump(),
                )
            )
    return rows
