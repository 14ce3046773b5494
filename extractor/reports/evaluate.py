"""Score predicted digests against gold digests, exactly as DIGEST.md "Scoring" says.

- Names compare case-insensitively, ignoring punctuation, spacing and a leading "the"; a gold
  name matches through any of its aliases.
- Dates compare as the calendar intervals they denote ("2026-41" == "2026-07/2026-12").
- Amounts match on kind, currency and value (within ``AMOUNT_TOLERANCE``), item by item: a list,
  so two equal gold amounts need two predicted ones.
- Optional gold items count neither way: missed, they are no fn; matched, the predicted item is
  neither tp nor fp.
- Commitments are three scores, all in the micro total:
  ``commitments`` (a predicted commitment matches a gold one on its amount, value and currency),
  ``commitment_beneficiaries`` (inside each matched pair, the beneficiaries as a set) and
  ``commitment_status`` (inside each matched pair, one item: right or wrong; a wrong status is
  one fp and one fn). A missed or spurious commitment costs only in ``commitments``, so each
  error is counted once.
- ``route_countries`` scores (route, country) pairs; ``letter`` scores date, place, salutation
  and signatory as one item each.

Items are paired by a maximum-weight matching (networkx), so that the pairing never costs a
match that another pairing would have made, and required gold items win over optional ones.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Callable, Iterable, Sequence

from extractor.reading.options import LETTER_SUFFIXES
from extractor.reference import edtf
from extractor.reference.money import amount_text
from models.digest import Digest, GoldDigest, GoldName
from models.evaluation import FIELDS, EvaluationReport, FieldScore, LetterScore, Match, Score

AMOUNT_TOLERANCE = 0.005  # DIGEST.md: values match to 0.5 %
# Among commitments of equal sums, pairs are made by agreement on beneficiaries, then on status.
PAIR_BENEFICIARY_WEIGHT = 0.8
PAIR_STATUS_WEIGHT = 0.2
GOLD_SUFFIXES = (".gold.json", ".json")
LEADING_ARTICLE = "the"
# Weights of the matching: one required match outweighs every optional one, which outweighs
# all the tie-breaking closeness bonuses together (each < 1 / number of edges).
REQUIRED_WEIGHT = 1_000_000.0
OPTIONAL_WEIGHT = 1_000.0


# ---------------------------------------------------------------- names


def name_key(text: str) -> str:
    """The comparison key of a name: casefolded, no punctuation or spaces, no leading "the"."""
    text = unicodedata.normalize("NFKC", text).casefold()
    # Punctuation and symbols become spaces first, so "Entry/Exit" and "Entry Exit" agree.
    cleaned = "".join(" " if unicodedata.category(ch)[0] in "PSZ" else ch for ch in text)
    words = cleaned.split()
    if len(words) > 1 and words[0] == LEADING_ARTICLE:
        words = words[1:]
    return "".join(words)


def _gold_spellings(item: str | GoldName) -> list[str]:
    if isinstance(item, str):
        return [item]
    return [item.text, *item.aliases]


def _gold_text(item: str | GoldName) -> str:
    return item if isinstance(item, str) else item.text


def _is_optional(item: object) -> bool:
    return bool(getattr(item, "optional", False))


# ---------------------------------------------------------------- matching


def match_items(
    gold: Sequence,
    predicted: Sequence,
    same: Callable[[object, object], bool],
    closeness: Callable[[object, object], float] | None = None,
) -> list[tuple[int, int]]:
    """Pair gold and predicted items (index pairs) by a maximum-weight matching of the ``same`` relation."""
    import networkx as nx

    edges = [
        (gi, pi)
        for gi, gold_item in enumerate(gold)
        for pi, predicted_item in enumerate(predicted)
        if same(gold_item, predicted_item)
    ]
    if not edges:
        return []
    bonus_scale = 1.0 / (len(edges) + 1)
    graph = nx.Graph()
    for gi, pi in edges:
        weight = OPTIONAL_WEIGHT if _is_optional(gold[gi]) else REQUIRED_WEIGHT
        if closeness is not None:
            weight += bonus_scale * max(0.0, min(1.0, closeness(gold[gi], predicted[pi])))
        graph.add_edge(("g", gi), ("p", pi), weight=weight)
    pairs = []
    for left, right in nx.max_weight_matching(graph):
        if left[0] == "p":
            left, right = right, left
        pairs.append((left[1], right[1]))
    return sorted(pairs)


def score_items(
    field: str,
    gold: Sequence,
    predicted: Sequence,
    same: Callable[[object, object], bool],
    show_gold: Callable[[object], str],
    show_predicted: Callable[[object], str],
    closeness: Callable[[object, object], float] | None = None,
) -> tuple[FieldScore, list[tuple[int, int]]]:
    """Score one field's items; return the FieldScore and the (gold, predicted) index pairs matched."""
    pairs = match_items(gold, predicted, same, closeness)
    result = FieldScore(field=field)
    matched_gold = {gi for gi, _ in pairs}
    matched_predicted = {pi for _, pi in pairs}
    for gi, pi in pairs:
        match = Match(gold=show_gold(gold[gi]), predicted=show_predicted(predicted[pi]))
        if _is_optional(gold[gi]):
            result.optional.append(match)
        else:
            result.matched.append(match)
    result.missed = [
        show_gold(item) for gi, item in enumerate(gold) if gi not in matched_gold and not _is_optional(item)
    ]
    result.spurious = [show_predicted(item) for pi, item in enumerate(predicted) if pi not in matched_predicted]
    return finish(result, len(result.matched), len(result.spurious), len(result.missed)), pairs


def finish(score, tp: int, fp: int, fn: int):
    """Set counts and precision/recall/F1 on a Score (1.0 where nothing was expected nor found)."""
    score.tp, score.fp, score.fn = tp, fp, fn
    score.precision = tp / (tp + fp) if tp + fp else 1.0
    score.recall = tp / (tp + fn) if tp + fn else 1.0
    total = 2 * tp + fp + fn
    score.f1 = 2 * tp / total if total else 1.0
    return score


# ---------------------------------------------------------------- fields


def _names_same(gold_item, predicted: str) -> bool:
    key = name_key(predicted)
    return any(name_key(spelling) == key for spelling in _gold_spellings(gold_item))


def _name_closeness(gold_item, predicted: str) -> float:
    # An exact spelling wins a tie over an alias, so details read naturally.
    return 1.0 if name_key(_gold_text(gold_item)) == name_key(predicted) else 0.0


def _unique(values: Iterable[str], key: Callable[[str], object]) -> list[str]:
    seen, out = set(), []
    for value in values:
        marker = key(value)
        if marker not in seen:
            seen.add(marker)
            out.append(value)
    return out


def _score_names(field: str, gold: list, predicted: list[str]) -> FieldScore:
    # A digest field of names is a set: the same name twice is one item.
    predicted = _unique(predicted, name_key)
    return score_items(field, gold, predicted, _names_same, _gold_text, str, _name_closeness)[0]


def _score_codes(field: str, gold: list, predicted: list[str]) -> FieldScore:
    # ISO codes: compare exactly, apart from case and spaces.
    return _score_names(field, gold, predicted)


def _dates_same(gold_item, predicted: str) -> bool:
    return any(edtf.same_interval(spelling, predicted) for spelling in _gold_spellings(gold_item))


def _date_key(value: str):
    return edtf.interval(value) or value.strip()


def _score_dates(gold: list, predicted: list[str]) -> FieldScore:
    predicted = _unique(predicted, _date_key)
    return score_items("dates", gold, predicted, _dates_same, _gold_text, str)[0]


def values_close(gold: float, predicted: float, tolerance: float = AMOUNT_TOLERANCE) -> bool:
    """Whether ``predicted`` is within ``tolerance`` (relative) of ``gold``."""
    if gold == 0:
        return predicted == 0
    return abs(predicted - gold) <= tolerance * abs(gold)


def _currency(value) -> str:
    return (value or "").strip().upper()


def _amounts_same(gold, predicted) -> bool:
    return (
        gold.kind == predicted.kind
        and _currency(gold.currency) == _currency(predicted.currency)
        and values_close(gold.value, predicted.value)
    )


def _amount_closeness(gold, predicted) -> float:
    if gold.value == 0:
        return 1.0
    return 1.0 - abs(predicted.value - gold.value) / (AMOUNT_TOLERANCE * abs(gold.value) + 1e-12)


def show_amount(amount) -> str:
    """An amount as a person reads it: "money EUR 675 million", "percent 23%"."""
    return f"{amount.kind} {amount_text(amount)}"


def _money_same(gold, predicted) -> bool:
    return _currency(gold.amount.currency) == _currency(predicted.amount.currency) and values_close(
        gold.amount.value, predicted.amount.value
    )


def _show_commitment(commitment) -> str:
    text = amount_text(commitment.amount)
    beneficiaries = ",".join(_gold_text(item) for item in commitment.beneficiaries) or "-"
    return f"{text} [{beneficiaries}] {commitment.status or '?'}"


def _score_commitments(gold: list, predicted: list) -> list[FieldScore]:
    def closeness(gold_item, predicted_item) -> float:
        # Among equal sums, pair the commitments that agree most on beneficiaries and status.
        wanted = {name_key(_gold_text(b)) for b in gold_item.beneficiaries}
        found = {name_key(b) for b in predicted_item.beneficiaries}
        overlap = len(wanted & found) / max(1, len(wanted | found))
        return PAIR_BENEFICIARY_WEIGHT * overlap + PAIR_STATUS_WEIGHT * (gold_item.status == predicted_item.status)

    commitments, pairs = score_items(
        "commitments", gold, predicted, _money_same, _show_commitment, _show_commitment, closeness
    )
    beneficiaries = FieldScore(field="commitment_beneficiaries")
    status = FieldScore(field="commitment_status")
    for gi, pi in pairs:
        gold_item, predicted_item = gold[gi], predicted[pi]
        if gold_item.optional:
            continue
        label = amount_text(gold_item.amount)
        inner = _score_codes("commitment_beneficiaries", gold_item.beneficiaries, predicted_item.beneficiaries)
        beneficiaries.matched += [Match(gold=f"{label}: {m.gold}", predicted=m.predicted) for m in inner.matched]
        beneficiaries.optional += [Match(gold=f"{label}: {m.gold}", predicted=m.predicted) for m in inner.optional]
        beneficiaries.missed += [f"{label}: {item}" for item in inner.missed]
        beneficiaries.spurious += [f"{label}: {item}" for item in inner.spurious]
        if gold_item.status is None:
            continue  # the annotator left the status open
        if gold_item.status == predicted_item.status:
            status.matched.append(Match(gold=f"{label}: {gold_item.status}", predicted=predicted_item.status))
        else:
            status.missed.append(f"{label}: {gold_item.status}")
            status.spurious.append(f"{label}: {predicted_item.status}")
    for part in (beneficiaries, status):
        finish(part, len(part.matched), len(part.spurious), len(part.missed))
    return [commitments, beneficiaries, status]


def _score_route_countries(gold: GoldDigest, predicted: dict[str, list[str]]) -> FieldScore:
    # A gold route key matches through the aliases its entry in gold "routes" carries.
    route_spellings: dict[str, list[str]] = {}
    for route in gold.routes:
        spellings = _gold_spellings(route)
        for spelling in spellings:
            route_spellings.setdefault(name_key(spelling), spellings)
    gold_pairs = []
    for route, countries in gold.route_countries.items():
        spellings = route_spellings.get(name_key(route), [route])
        for country in countries:
            gold_pairs.append((route, spellings, country))
    predicted_pairs = _unique(
        [(route, country) for route, countries in predicted.items() for country in countries],
        lambda pair: (name_key(pair[0]), name_key(pair[1])),
    )

    def same(gold_pair, predicted_pair) -> bool:
        _, spellings, country = gold_pair
        route, code = predicted_pair
        return any(name_key(s) == name_key(route) for s in spellings) and _names_same(country, code)

    class _Pair(tuple):
        @property
        def optional(self) -> bool:
            return _is_optional(self[2])

    gold_items = [_Pair(pair) for pair in gold_pairs]
    return score_items(
        "route_countries",
        gold_items,
        predicted_pairs,
        same,
        lambda pair: f"{pair[0]}: {_gold_text(pair[2])}",
        lambda pair: f"{pair[0]}: {pair[1]}",
    )[0]


def _score_letter(gold: GoldDigest, predicted: Digest) -> FieldScore:
    result = FieldScore(field="letter")
    for part in ("date", "place", "salutation", "signatory"):
        gold_value = getattr(gold.letter, part)
        predicted_value = getattr(predicted.letter, part)
        if gold_value is None or (isinstance(gold_value, str) and not gold_value.strip()):
            if predicted_value:
                result.spurious.append(f"{part}: {predicted_value}")
            continue
        if part == "date":
            same = bool(predicted_value) and _dates_same(gold_value, predicted_value)
        else:
            same = bool(predicted_value) and _names_same(gold_value, predicted_value)
        shown = f"{part}: {_gold_text(gold_value)}"
        if same:
            target = result.optional if _is_optional(gold_value) else result.matched
            target.append(Match(gold=shown, predicted=f"{part}: {predicted_value}"))
            continue
        if predicted_value:
            result.spurious.append(f"{part}: {predicted_value}")
        if not _is_optional(gold_value):
            result.missed.append(shown)
    return finish(result, len(result.matched), len(result.spurious), len(result.missed))


def score_digest(gold: GoldDigest, predicted: Digest) -> list[FieldScore]:
    """Score one predicted digest against its gold digest: one FieldScore per field of FIELDS."""
    scores = [
        _score_letter(gold, predicted),
        _score_codes("countries", gold.countries, predicted.countries),
        _score_names("organisations", gold.organisations, predicted.organisations),
        _score_names("routes", gold.routes, predicted.routes),
        score_items(
            "amounts", gold.amounts, predicted.amounts, _amounts_same, show_amount, show_amount, _amount_closeness
        )[0],
        _score_dates(gold.dates, predicted.dates),
        _score_names("programmes", gold.programmes, predicted.programmes),
        *_score_commitments(gold.commitments, predicted.commitments),
        _score_route_countries(gold, predicted.route_countries),
    ]
    assert tuple(score.field for score in scores) == FIELDS
    return scores


def micro(scores: Iterable[Score]) -> Score:
    """The micro average: counts summed, then precision/recall/F1."""
    tp = fp = fn = 0
    for score in scores:
        tp, fp, fn = tp + score.tp, fp + score.fp, fn + score.fn
    return finish(Score(), tp, fp, fn)


# ---------------------------------------------------------------- letters and directories


def load_gold(path: str | Path) -> GoldDigest:
    """Read and validate a gold digest; a bad file raises a LettersError naming it."""
    from pydantic import ValidationError

    from extractor.errors import NotFound, Unsupported

    path = Path(path)
    if not path.is_file():
        raise NotFound(path)
    try:
        return GoldDigest.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise Unsupported(path, reason=f"not a JSON gold digest: {error}") from None
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise Unsupported(path, reason=f"not a gold digest: {where}: {first['msg']}") from None


def gold_stem(path: Path) -> str:
    """The letter stem a gold file stands for: ``x.gold.json`` and ``x.json`` both give ``x``."""
    name = path.name
    for suffix in GOLD_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def gold_files(gold_dir: str | Path) -> list[Path]:
    """The gold digests in a directory (``*.gold.json``, else ``*.json``), sorted by name."""
    from extractor.errors import NotFound

    gold_dir = Path(gold_dir)
    if gold_dir.is_file():
        return [gold_dir]
    if not gold_dir.is_dir():
        raise NotFound(gold_dir)
    marked = sorted(gold_dir.glob("*.gold.json"))
    # In a directory of test letters only the marked files are gold; elsewhere every .json is.
    return marked or sorted(gold_dir.glob("*.json"))


def find_letters(gold_path: Path, gold: GoldDigest, corpus_dir: str | Path | None = None) -> list[Path]:
    """The letter(s) a gold digest describes.

    In the corpus, then beside the gold: ``<stem>.pdf``, ``.txt`` or ``.md`` (the first found), else
    every ``<stem>.<producer>.pdf`` (one letter rendered by several PDF producers, each scored);
    last, the gold's ``source`` path.
    """
    from extractor.errors import GoldMismatch

    stem = gold_stem(gold_path)
    places = [Path(corpus_dir)] if corpus_dir is not None else []
    places.append(gold_path.parent)
    for place in places:
        for suffix in LETTER_SUFFIXES:
            candidate = place / f"{stem}{suffix}"
            if candidate.is_file():
                return [candidate]
        variants = sorted(path for path in place.glob(f"{glob_escape(stem)}.*.pdf") if path.is_file())
        if variants:
            return variants
    if gold.source:
        candidate = (gold_path.parent / gold.source).resolve()
        if candidate.is_file():
            return [candidate]
        raise GoldMismatch(gold_path, reason=f"its source {gold.source} does not exist")
    where = " or ".join(str(place) for place in places)
    raise GoldMismatch(gold_path, reason=f'no {stem}.pdf/.txt/.md in {where} and no "source"')


def find_letter(gold_path: Path, gold: GoldDigest, corpus_dir: str | Path | None = None) -> Path:
    """The first letter ``find_letters`` gives for a gold digest."""
    return find_letters(gold_path, gold, corpus_dir)[0]


def glob_escape(text: str) -> str:
    """Escape glob metacharacters in a file stem."""
    return re.sub(r"([*?\[])", r"[\1]", text)


def _letter_id(stem: str, letter_path: Path, several: bool) -> str:
    # A producer variant keeps its producer in the id: "x.chromium".
    return letter_path.name[: -len(letter_path.suffix)] if several else stem


def score_letters(gold_path: Path, corpus_dir=None, extract: Callable | None = None) -> list[LetterScore]:
    """Extract each letter of one gold digest and score it; errors become a LetterScore's error."""
    from extractor.errors import LettersError

    stem = gold_stem(gold_path)
    try:
        gold = load_gold(gold_path)
        letter_paths = find_letters(gold_path, gold, corpus_dir)
    except LettersError as error:
        return [LetterScore(letter_id=stem, gold=str(gold_path), error=str(error))]
    if extract is None:
        from extractor.records.extract import extract_path as extract
    from extractor.records.digest import make_digest

    results = []
    for letter_path in letter_paths:
        result = LetterScore(
            letter_id=_letter_id(stem, letter_path, len(letter_paths) > 1), gold=str(gold_path), source=str(letter_path)
        )
        try:
            predicted = make_digest(extract(letter_path))
        except LettersError as error:
            result.error = str(error)
            predicted = Digest()
        except Exception as error:  # noqa: BLE001  one letter's crash must not stop the scoring of the others
            result.error = f"{letter_path}: extraction failed ({type(error).__name__}: {error})"
            predicted = Digest()
        # A letter that could not be read found nothing: every item of its gold is missed, so that a
        # crash never leaves the totals higher than a poor reading would.
        result.fields = score_digest(gold, predicted)
        result.overall = micro(result.fields)
        results.append(result)
    return results


def score_letter(gold_path: Path, corpus_dir=None, extract: Callable | None = None) -> LetterScore:
    """Score the first letter of one gold digest (see ``score_letters``)."""
    return score_letters(gold_path, corpus_dir, extract)[0]


def evaluate(
    gold_dir: str | Path, corpus_dir: str | Path | None = None, extract: Callable | None = None
) -> EvaluationReport:
    """Score every gold digest in ``gold_dir`` against the extraction of its letter."""
    from extractor.errors import NoGoldDigests

    golds = gold_files(gold_dir)
    if not golds:
        # No gold is no score at all, not a perfect one.
        raise NoGoldDigests(gold_dir)
    report = EvaluationReport()
    for gold_path in golds:
        for letter in score_letters(gold_path, corpus_dir, extract):
            report.letters.append(letter)
            if letter.error:
                report.errors.append(letter.error)
    scored = [letter for letter in report.letters if letter.fields]  # a gold that could not be matched scores nothing
    for index, field in enumerate(FIELDS):
        total = FieldScore(field=field)
        for letter in scored:
            part = letter.fields[index]
            prefix = f"{letter.letter_id}: " if len(scored) > 1 else ""
            total.matched += [Match(gold=prefix + m.gold, predicted=m.predicted) for m in part.matched]
            total.optional += [Match(gold=prefix + m.gold, predicted=m.predicted) for m in part.optional]
            total.missed += [prefix + item for item in part.missed]
            total.spurious += [prefix + item for item in part.spurious]
        counts = micro(letter.fields[index] for letter in scored)
        report.fields.append(finish(total, counts.tp, counts.fp, counts.fn))
    report.overall = micro(report.fields)
    return report
