"""What changed between two extracted letters: digest facts, commitments, then the text.

Facts are compared in the digest's own normalised form (ISO 3166 codes, canonical names, EDTF,
amounts as a multiset of kind/value/currency) so that a diff can be checked against the two
letters' digests. Commitments are matched by what they are about, not by their amount, so that a
changed sum, status or deadline shows as a change of one commitment. Paragraphs are aligned by
similarity of their normalised words, so that a re-flowed or moved paragraph is not a rewrite.
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from collections import Counter
from typing import Optional

from extractor.records.addressee import addressee
from extractor.records.digest import letter_fields
from extractor.records.sentences import sentence_text
from extractor.reference import edtf
from extractor.reference.money import amount_text
from models.commitment import Commitment
from models.diff import (
    AttributeChange,
    CommitmentChange,
    DiffRow,
    DigestAmount,
    FactChange,
    FieldDiff,
    LetterDiff,
    LetterRef,
    ParagraphChange,
    PartChange,
    Place,
    WordOp,
)
from models.entities import Grounding, Mention
from models.extraction import Extraction

FACT_FIELDS = ("countries", "organisations", "routes", "programmes", "dates", "amounts")
# The mention type each name-valued digest field is made from (for the places of a value).
FIELD_MENTION_TYPE = {
    "countries": "country",
    "organisations": "organisation",
    "routes": "route",
    "programmes": "programme",
    "dates": "date",
    "amounts": "amount",
}
# Two paragraphs below this word-similarity are an insertion and a deletion, not an edit.
DEFAULT_PARAGRAPH_THRESHOLD = 0.5
# Above this many paragraph pairs to compare, a paragraph is looked for only within
# MOVE_SEARCH_MARGIN paragraphs of where its aligned neighbours put it (keeps a diff of two long,
# different texts to seconds).
MAX_PAIR_CHECKS = 40_000
MOVE_SEARCH_MARGIN = 40
# Added to the similarity of a candidate that stands between the aligned neighbours.
IN_ORDER_BONUS = 0.15
# A lone paragraph joins its aligned neighbour (a reader's split or merge) only if the two
# together match the other side at least this well.
DEFAULT_JOIN_THRESHOLD = 0.9
# ... and only if this share of its distinct words stands in the other side's paragraph (a cheap
# filter; words cut at the break do not count).
JOIN_WORDS_PRESENT = 0.6
# Two commitments below this score are about different things.
DEFAULT_COMMITMENT_THRESHOLD = 0.4
# How much each feature counts when matching commitments. Amount is deliberately light: a
# commitment whose sum changed is still the same commitment.
COMMITMENT_WEIGHTS = {
    "beneficiaries": 3.0,
    "programme": 2.0,
    "purpose": 2.0,
    "sentence": 1.5,
    "regions": 1.0,
    "actor": 0.5,
    "amount": 0.5,
}
# Relative tolerance under which two amounts are the same value (the digest scorer uses 0.5 %).
AMOUNT_TOLERANCE = 1e-6
# Words too common to say what a commitment is about.
STOPWORDS = frozenset(
    """a an the and or of to in on for with by at from as is are be been will would shall should
    this that these those it its our we us their they which who whom has have had was were not
    also such other all any more most into over under up out so than then there here per
    million billion thousand eur euro euros usd dollars""".split()
)

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# Typographic variants different PDF producers and fonts emit for the same character.
_CHAR_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00ad": None,
        "\u200b": None,
        "\ufeff": None,
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)
# A word broken at a line end by a hyphen ("manage-\nment").
_LINE_HYPHEN = re.compile(r"(\w)-[ \t]*\n[ \t]*(?=[a-z])")
# Punctuation, list bullets and dashes say nothing a producer cannot vary; a word's key drops them.
_KEY_STRIP = re.compile(r"[-'\"\u2026.,;:!?()\[\]*_\u2022\u00b7\u25aa\u25ab\u25e6\u2023\u25cf\u25a0\u2043]")
_WORD = re.compile(r"[a-z]+")


def normalise_text(text: str) -> str:
    """Fold quotes, dashes, ligatures and soft hyphens, join line-end hyphenation, collapse space."""
    text = unicodedata.normalize("NFKC", text).translate(_CHAR_FOLD)
    text = _LINE_HYPHEN.sub(r"\1-", text)
    return " ".join(text.split())


def word_key(word: str) -> str:
    """The comparison form of one word: lower case without hyphens, quotes or punctuation ("" if nothing else)."""
    return _KEY_STRIP.sub("", word.lower())


def word_keys(words: list[str]) -> list[str]:
    """The non-empty keys of a run of words (bullets and lone dashes drop out)."""
    return [key for key in map(word_key, words) if key]


def content_key(words: list[str]) -> str:
    """A paragraph's letters and digits alone: equal when only spacing, punctuation or hyphenation differ."""
    return "".join(word_keys(words))


def split_paragraphs(body: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the body's paragraphs (separated by a blank line)."""
    spans = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(body):
        if body[position : match.start()].strip():
            spans.append((position, match.start()))
        position = match.end()
    if body[position:].strip():
        spans.append((position, len(body.rstrip())))
    return spans


def paragraph_of(offset: int, spans: list[tuple[int, int]]) -> Optional[int]:
    """Index of the paragraph holding a body offset (the next one when it falls in a break)."""
    if not spans:
        return None
    index = bisect.bisect_right([end for _, end in spans], offset)
    return min(index, len(spans) - 1)


def name_key(value: str) -> str:
    """Compare names as the digest scorer does: case, punctuation and a leading "the" ignored."""
    text = re.sub(r"[^\w\s]", " ", normalise_text(value).lower())
    text = re.sub(r"^the\s+", "", " ".join(text.split()))
    return text


def date_key(text: str) -> str:
    """Compare dates as the intervals they denote, as the digest scorer does ("2026-41" = "2026-07/2026-12")."""
    # Seasons, quarters and halves (2026-21 ... 2026-41) and intervals compare by their days.
    if edtf.is_sub_year(text) or "/" in text:
        start, end = edtf.bounds(text)
        if start and end:
            return f"{start}/{end}"
    return text


def amount_key(kind: str, value: float, currency: Optional[str]) -> tuple:
    """Hashable key of an amount; values rounded so that float noise is not a change."""
    return (kind, float(f"{float(value):.9g}"), currency or None)


# ---------------------------------------------------------------- digest fields


def _fields_from_mentions(extraction: Extraction) -> dict[str, list]:
    """The digest's normal forms computed straight from mentions (when no digest module exists)."""
    fields: dict[str, list] = {name: [] for name in FACT_FIELDS}
    seen: dict[str, set] = {name: set() for name in FACT_FIELDS}
    for mention in extraction.mentions:
        if mention.type == "amount":
            if mention.amount is not None:
                fields["amounts"].append(
                    {"kind": mention.amount.kind, "value": mention.amount.value, "currency": mention.amount.currency}
                )
            continue
        field = next((f for f, t in FIELD_MENTION_TYPE.items() if t == mention.type), None)
        if field is None:
            continue
        value = mention.date.edtf if (mention.type == "date" and mention.date) else mention.norm
        if value and value not in seen[field]:
            seen[field].add(value)
            fields[field].append(value)
    return fields


def _plain(value):
    """A digest entry as plain data (a name string, or an amount dict)."""
    if hasattr(value, "model_dump"):
        value = value.model_dump()
    if isinstance(value, dict) and "kind" not in value:
        # A gold-style entry {"name"/"value": ...}; predicted digests use plain values.
        value = value.get("name", value.get("value"))
    return value


def digest_fields(extraction: Extraction) -> dict[str, list]:
    """The six fact fields of the letter's digest, via extractor.records.digest when it exists."""
    try:
        from extractor.records.digest import make_digest
    except ImportError:
        return _fields_from_mentions(extraction)
    digest = make_digest(extraction)
    data = digest.model_dump() if hasattr(digest, "model_dump") else dict(digest)
    return {name: [_plain(v) for v in (data.get(name) or [])] for name in FACT_FIELDS}


# ---------------------------------------------------------------- places


def place_of(grounding: Grounding, spans: list[tuple[int, int]], body: str) -> Place:
    """A Place from a mention's or commitment's grounding."""
    return Place(
        start=grounding.start,
        end=grounding.end,
        sentence=grounding.sentence,
        paragraph=paragraph_of(grounding.start, spans),
        page=grounding.page,
        text=body[grounding.start : grounding.end] if 0 <= grounding.start < grounding.end <= len(body) else None,
    )


def _mention_key(field: str, mention: Mention):
    if field == "amounts":
        if mention.amount is None:
            return None
        return amount_key(mention.amount.kind, mention.amount.value, mention.amount.currency)
    if field == "dates":
        return date_key(mention.date.edtf if mention.date else mention.norm)
    return name_key(mention.norm)


def _value_key(field: str, value):
    if field == "amounts":
        return amount_key(value["kind"], value["value"], value.get("currency"))
    if field == "dates":
        return date_key(str(value))
    return name_key(str(value))


def _places_index(extraction: Extraction, spans) -> dict[str, dict]:
    index: dict[str, dict] = {field: {} for field in FACT_FIELDS}
    for mention in extraction.mentions:
        for field, mention_type in FIELD_MENTION_TYPE.items():
            if mention.type != mention_type:
                continue
            key = _mention_key(field, mention)
            if key is not None:
                place = place_of(mention.grounding, spans, extraction.body)
                # A relative date moves with the letter's date; saying so explains a "change".
                place.relative = bool(mention.date and mention.date.relative)
                index[field].setdefault(key, []).append(place)
                if field not in ("amounts", "dates"):
                    # A digest may name a value by the words of the letter rather than the norm.
                    index[field].setdefault(("text", name_key(mention.text)), []).append(place)
    # The digest counts the letter's own date among its dates; it stands in the date line, outside the body.
    parts = extraction.letter.parts
    date = parts.date or extraction.letter.date
    if date is not None:
        index["dates"].setdefault(date.isoformat(), []).insert(0, Place(text=parts.date_text or date.isoformat()))
    return index


# ---------------------------------------------------------------- facts


def diff_facts(a: Extraction, b: Extraction) -> list[FieldDiff]:
    """Per digest field, the values B adds and removes (amounts as a multiset), with their places."""
    fields_a, fields_b = digest_fields(a), digest_fields(b)
    spans_a, spans_b = split_paragraphs(a.body), split_paragraphs(b.body)
    places_a, places_b = _places_index(a, spans_a), _places_index(b, spans_b)
    result = []
    for field in FACT_FIELDS:
        values_a = {}
        values_b = {}
        count_a: Counter = Counter()
        count_b: Counter = Counter()
        for value in fields_a[field]:
            key = _value_key(field, value)
            values_a.setdefault(key, value)
            count_a[key] += 1
        for value in fields_b[field]:
            key = _value_key(field, value)
            values_b.setdefault(key, value)
            count_b[key] += 1
        if field != "amounts":
            # Names and dates are sets in the digest.
            count_a = Counter(set(count_a))
            count_b = Counter(set(count_b))
        diff = FieldDiff(field=field)
        extra, missing = count_b - count_a, count_a - count_b
        # In the order the values stand in the letters, so that output is stable.
        for key in values_b:
            diff.added.extend(_fact_change(field, values_b[key], key, places_a, places_b) for _ in range(extra[key]))
        for key in values_a:
            diff.removed.extend(
                _fact_change(field, values_a[key], key, places_a, places_b) for _ in range(missing[key])
            )
        result.append(diff)
    return result


def _fact_change(field, value, key, places_a, places_b) -> FactChange:
    if field == "amounts":
        value = DigestAmount(kind=value["kind"], value=value["value"], currency=value.get("currency"))
    else:
        value = str(value)

    def places(index):
        return index[field].get(key) or (index[field].get(("text", key), []) if isinstance(key, str) else [])

    return FactChange(value=value, places_a=places(places_a), places_b=places(places_b))


# ---------------------------------------------------------------- commitments


def _content_words(text: Optional[str]) -> set[str]:
    if not text:
        return set()
    return {w for w in _WORD.findall(normalise_text(text).lower()) if len(w) > 2 and w not in STOPWORDS}


def _jaccard(x: set, y: set) -> float:
    return len(x & y) / len(x | y) if (x or y) else 0.0


def _amount_set(commitment: Commitment) -> list[tuple]:
    return sorted(amount_key(a.kind, a.value, a.currency) for a in commitment.amounts)


def commitment_similarity(
    a: Commitment, b: Commitment, words_a: Optional[set[str]] = None, words_b: Optional[set[str]] = None
) -> float:
    """How alike two commitments are in what they are about, 0..1 (amount weighs little)."""
    # The words of each one's sentence: given when the caller has read them from its extraction.
    words_a = _content_words(a.evidence.sentence_text) if words_a is None else words_a
    words_b = _content_words(b.evidence.sentence_text) if words_b is None else words_b
    features: dict[str, float] = {}
    if a.beneficiaries or b.beneficiaries:
        features["beneficiaries"] = _jaccard(set(a.beneficiaries), set(b.beneficiaries))
    if a.programme or b.programme:
        features["programme"] = float(
            bool(a.programme and b.programme and name_key(a.programme) == name_key(b.programme))
        )
    purpose_a = _content_words(f"{a.action or ''} {a.purpose or ''}")
    purpose_b = _content_words(f"{b.action or ''} {b.purpose or ''}")
    if purpose_a or purpose_b:
        features["purpose"] = _jaccard(purpose_a, purpose_b)
    if a.regions or b.regions:
        features["regions"] = _jaccard({name_key(r) for r in a.regions}, {name_key(r) for r in b.regions})
    if a.actor and b.actor:
        features["actor"] = float(name_key(a.actor) == name_key(b.actor))
    # The sentence's words beyond numbers say what it is about when the fields are sparse.
    features["sentence"] = _jaccard(words_a, words_b)
    if a.amounts or b.amounts:
        features["amount"] = float(_amount_set(a) == _amount_set(b))
    total = sum(COMMITMENT_WEIGHTS[name] for name in features)
    if not total:
        return 0.0
    return sum(COMMITMENT_WEIGHTS[name] * score for name, score in features.items()) / total


def _format_amounts(commitment: Commitment) -> list:
    return [amount_text(a) for a in commitment.amounts]


def commitment_changes(a: Commitment, b: Commitment) -> list[AttributeChange]:
    """The attributes that differ between two matched commitments, each once."""
    changes = []
    if _amount_set(a) != _amount_set(b):
        changes.append(AttributeChange(attribute="amount", before=_format_amounts(a), after=_format_amounts(b)))
    for attribute in ("status", "deadline", "period", "modality"):
        before, after = getattr(a, attribute), getattr(b, attribute)
        if before != after:
            changes.append(AttributeChange(attribute=attribute, before=before, after=after))
    if set(a.beneficiaries) != set(b.beneficiaries):
        changes.append(
            AttributeChange(attribute="beneficiaries", before=sorted(a.beneficiaries), after=sorted(b.beneficiaries))
        )
    if {name_key(r) for r in a.regions} != {name_key(r) for r in b.regions}:
        changes.append(AttributeChange(attribute="regions", before=sorted(a.regions), after=sorted(b.regions)))
    for attribute in ("programme", "actor"):
        before, after = getattr(a, attribute), getattr(b, attribute)
        if name_key(before or "") != name_key(after or ""):
            changes.append(AttributeChange(attribute=attribute, before=before, after=after))
    return changes


def match_commitments(
    a: list[Commitment],
    b: list[Commitment],
    threshold: float = DEFAULT_COMMITMENT_THRESHOLD,
    words_a: Optional[list[set[str]]] = None,
    words_b: Optional[list[set[str]]] = None,
) -> list[tuple[int, int, float]]:
    """Pair commitments of A and B one-to-one, greedily on the best scores above the threshold."""
    scored = []
    for i, ca in enumerate(a):
        for j, cb in enumerate(b):
            score = commitment_similarity(ca, cb, words_a[i] if words_a else None, words_b[j] if words_b else None)
            if score >= threshold:
                # Ties break towards the same position in the letter, then document order.
                scored.append((-score, abs(i - j), i, j))
    scored.sort()
    used_a, used_b, pairs = set(), set(), []
    for negative, _, i, j in scored:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((i, j, -negative))
    return sorted(pairs)


def sentence_words(extraction: Extraction) -> list[set[str]]:
    """The content words of each commitment's sentence, each sentence read once."""
    # Commitments of one sentence share its words: reading it per commitment is quadratic in it.
    by_sentence: dict[int, set[str]] = {}
    out = []
    for commitment in extraction.commitments:
        evidence = commitment.evidence
        if evidence.sentence not in by_sentence:
            by_sentence[evidence.sentence] = _content_words(sentence_text(extraction, evidence))
        out.append(by_sentence[evidence.sentence])
    return out


def diff_commitments(a: Extraction, b: Extraction) -> list[CommitmentChange]:
    """New, dropped and changed commitments from A to B."""
    spans_a, spans_b = split_paragraphs(a.body), split_paragraphs(b.body)
    pairs = match_commitments(a.commitments, b.commitments, words_a=sentence_words(a), words_b=sentence_words(b))
    matched_a = {i for i, _, _ in pairs}
    matched_b = {j for _, j, _ in pairs}
    result = []
    for i, j, score in pairs:
        ca, cb = a.commitments[i], b.commitments[j]
        changes = commitment_changes(ca, cb)
        if changes:
            result.append(
                CommitmentChange(
                    kind="changed",
                    a=ca,
                    b=cb,
                    similarity=round(score, 3),
                    changes=changes,
                    place_a=place_of(ca.evidence, spans_a, a.body),
                    place_b=place_of(cb.evidence, spans_b, b.body),
                )
            )
    for i, ca in enumerate(a.commitments):
        if i not in matched_a:
            result.append(CommitmentChange(kind="dropped", a=ca, place_a=place_of(ca.evidence, spans_a, a.body)))
    for j, cb in enumerate(b.commitments):
        if j not in matched_b:
            result.append(CommitmentChange(kind="new", b=cb, place_b=place_of(cb.evidence, spans_b, b.body)))
    return result


# ---------------------------------------------------------------- text


def paragraph_words(text: str) -> list[str]:
    """The words of a paragraph after normalisation (as a person would read them)."""
    return normalise_text(text).split()


def _longest_increasing(indices: list[int]) -> set[int]:
    """Positions (into ``indices``) of one longest strictly increasing subsequence."""
    tails: list[int] = []
    tail_pos: list[int] = []
    parent = [-1] * len(indices)
    for pos, value in enumerate(indices):
        k = bisect.bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_pos.append(pos)
        else:
            tails[k] = value
            tail_pos[k] = pos
        parent[pos] = tail_pos[k - 1] if k else -1
    keep = set()
    pos = tail_pos[-1] if tail_pos else -1
    while pos >= 0:
        keep.add(pos)
        pos = parent[pos]
    return keep


def word_ops(words_a: list[str], words_b: list[str]) -> list[WordOp]:
    """Word-level differences (difflib opcodes on the words' keys; punctuation-only tokens ride along)."""
    index_a = [i for i, w in enumerate(words_a) if word_key(w)]
    index_b = [j for j, w in enumerate(words_b) if word_key(w)]
    keys_a = [word_key(words_a[i]) for i in index_a]
    keys_b = [word_key(words_b[j]) for j in index_b]

    def _span(index: list[int], size: int, lo: int, hi: int, last: bool) -> tuple[int, int]:
        # A run of keys covers the words from just after the previous key to its own last key (to
        # the end for the last run), so that every word, bullets included, is shown once.
        start = index[lo - 1] + 1 if lo > 0 else 0
        end = size if last else (index[hi - 1] + 1 if hi > 0 else 0)
        return start, max(start, end)

    opcodes = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes() or [("equal", 0, 0, 0, 0)]
    ops: list[WordOp] = []
    for number, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        last = number == len(opcodes) - 1
        a1, a2 = _span(index_a, len(words_a), i1, i2, last)
        b1, b2 = _span(index_b, len(words_b), j1, j2, last)
        # "develop - ment" against "development": the same letters, broken differently.
        if tag != "equal" and "".join(keys_a[i1:i2]) == "".join(keys_b[j1:j2]):
            tag = "equal"
        text_a, text_b = " ".join(words_a[a1:a2]), " ".join(words_b[b1:b2])
        if not text_a and not text_b:
            continue
        if ops and ops[-1].op == "equal" and tag == "equal":
            ops[-1].a = f"{ops[-1].a} {text_a}".strip()
            ops[-1].b = f"{ops[-1].b} {text_b}".strip()
            continue
        ops.append(WordOp(op=tag, a=text_a, b=text_b))
    return ops


def align_paragraphs(
    paragraphs_a: list[str], paragraphs_b: list[str], threshold: float = DEFAULT_PARAGRAPH_THRESHOLD
) -> list[ParagraphChange]:
    """Align paragraphs by word similarity; report equal, changed, moved, inserted and deleted."""
    words_a = [paragraph_words(p) for p in paragraphs_a]
    words_b = [paragraph_words(p) for p in paragraphs_b]
    keys_a = [word_keys(ws) for ws in words_a]
    keys_b = [word_keys(ws) for ws in words_b]

    pairs: dict[int, tuple[int, float]] = {}
    used_b: set[int] = set()
    # Identical paragraphs first, in order (difflib on whole paragraphs), so that repeated ones
    # (running headers, boilerplate) pair with their own copy; they anchor the rest.
    hashes_a, hashes_b = [content_key(ws) for ws in words_a], [content_key(ws) for ws in words_b]
    blocks = difflib.SequenceMatcher(None, hashes_a, hashes_b, autojunk=False).get_matching_blocks()
    for block in blocks:
        for offset in range(block.size):
            pairs[block.a + offset] = (block.b + offset, 1.0)
            used_b.add(block.b + offset)
    # Identical paragraphs out of order: moved as they stand.
    by_key: dict[tuple, list[int]] = {}
    for j, key in enumerate(hashes_b):
        if j not in used_b:
            by_key.setdefault(key, []).append(j)
    for i, key in enumerate(hashes_a):
        candidates = by_key.get(key)
        if i not in pairs and candidates:
            j = candidates.pop(0)
            pairs[i] = (j, 1.0)
            used_b.add(j)
    anchors = sorted(pairs.items())
    scored = []
    lone_a = [i for i in range(len(keys_a)) if i not in pairs]
    lone_b = [j for j in range(len(keys_b)) if j not in used_b]
    windows = {i: _window(i, anchors, len(keys_b)) for i in lone_a}
    # Two long, largely different texts: look for each paragraph only near where it would stand.
    margin = MOVE_SEARCH_MARGIN if len(lone_a) * len(lone_b) > MAX_PAIR_CHECKS else len(keys_b)
    for j in lone_b:
        # difflib caches its index of the second sequence: one matcher per B paragraph.
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(keys_b[j])
        for i in lone_a:
            if not windows[i][0] - margin <= j <= windows[i][1] + margin:
                continue
            matcher.set_seq1(keys_a[i])
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            ratio = matcher.ratio()
            if ratio >= threshold:
                # A candidate where the neighbours say it belongs beats a slightly closer one elsewhere.
                low, high = windows[i]
                bonus = IN_ORDER_BONUS if low <= j <= high else 0.0
                scored.append((-(ratio + bonus), abs(i - j), i, j, ratio))
    scored.sort()
    for _, _, i, j, ratio in scored:
        if i in pairs or j in used_b:
            continue
        pairs[i] = (j, ratio)
        used_b.add(j)

    groups = _join_split_paragraphs([([i], [j]) for i, (j, _) in sorted(pairs.items())], words_a, words_b, threshold)
    ordered = sorted(groups, key=lambda group: group[0][0])
    in_order = _longest_increasing([group[1][0] for group in ordered])
    moved = {ordered[pos][0][0] for pos in range(len(ordered)) if pos not in in_order}

    changes_by_b: dict[int, ParagraphChange] = {}
    absorbed_b: set[int] = set()
    for group_a, group_b in ordered:
        i, j = group_a[0], group_b[0]
        joined_a = join_parts([words_a[k] for k in group_a])
        joined_b = join_parts([words_b[k] for k in group_b])
        key_a, key_b = word_keys(joined_a), word_keys(joined_b)
        same = "".join(key_a) == "".join(key_b)
        op = "moved" if i in moved else ("equal" if same else "changed")
        ratio = 1.0 if same else difflib.SequenceMatcher(None, key_a, key_b, autojunk=False).ratio()
        changes_by_b[j] = ParagraphChange(
            op=op,
            a=i,
            b=j,
            ratio=round(ratio, 4),
            words=[] if same else word_ops(joined_a, joined_b),
            a_more=group_a[1:],
            b_more=group_b[1:],
        )
        absorbed_b.update(group_b[1:])
    matched_a = {k for group_a, _ in groups for k in group_a}
    # A lone paragraph without a letter in it (a page number, "- 2 -") is page furniture that one
    # producer or reader kept and the other did not: not a change of the letter.
    furniture_a, furniture_b = _furniture(words_a), _furniture(words_b)
    result: list[ParagraphChange] = []
    deleted = [i for i in range(len(paragraphs_a)) if i not in matched_a and i not in furniture_a]
    for j in range(len(paragraphs_b)):
        if j in absorbed_b or (j in furniture_b and j not in changes_by_b):
            continue
        change = changes_by_b.get(j)
        if change is None:
            result.append(ParagraphChange(op="inserted", b=j))
            continue
        if change.op != "moved":
            # Deletions go where they stood in A: before the next in-order paragraph after them.
            while deleted and deleted[0] < change.a:
                result.append(ParagraphChange(op="deleted", a=deleted.pop(0)))
        result.append(change)
    result.extend(ParagraphChange(op="deleted", a=i) for i in deleted)
    return result


def _furniture(paragraph_words: list[list[str]]) -> set[int]:
    """Paragraphs with no letter at all."""
    return {i for i, words in enumerate(paragraph_words) if not any(c.isalpha() for w in words for c in w)}


def _window(i: int, anchors: list[tuple[int, tuple[int, float]]], size_b: int) -> tuple[int, int]:
    """Positions in B between the anchors that stand before and after paragraph i of A."""
    position = bisect.bisect_left(anchors, (i,))
    low = anchors[position - 1][1][0] + 1 if position > 0 else 0
    high = anchors[position][1][0] - 1 if position < len(anchors) else size_b - 1
    return low, high


def join_parts(parts: list[list[str]]) -> list[str]:
    """Words of paragraph parts read as one, rejoining a word hyphenated across the break."""
    joined: list[str] = []
    for part in parts:
        if joined and part and joined[-1].endswith("-") and part[0][:1].islower():
            joined[-1] = joined[-1] + part[0]
            joined.extend(part[1:])
        else:
            joined.extend(part)
    return joined


def _joined_ratio(group_a: list[int], group_b: list[int], words_a, words_b) -> float:
    key_a = word_keys(join_parts([words_a[k] for k in group_a]))
    key_b = word_keys(join_parts([words_b[k] for k in group_b]))
    return difflib.SequenceMatcher(None, key_a, key_b, autojunk=False).ratio()


def _join_split_paragraphs(groups, words_a, words_b, threshold: float):
    """Join a lone paragraph to its aligned neighbour when together they match better.

    A reader may split one paragraph in two at a page break, or run two short ones together,
    depending on the PDF producer: that is not an author's change.
    """
    groups = [(list(ga), list(gb)) for ga, gb in groups]
    keys_a = [word_keys(ws) for ws in words_a]
    keys_b = [word_keys(ws) for ws in words_b]
    ratios: dict[int, float] = {}
    for side in (0, 1):
        here, there = (keys_a, keys_b) if side == 0 else (keys_b, keys_a)
        taken = {k for group in groups for k in group[side]}
        for lone in range(len(here)):
            if lone in taken or not here[lone]:
                continue
            lone_words = set(here[lone])
            best = None
            for index, group in enumerate(groups):
                # Not only neighbours: the joined parts of a paragraph moved by the author stand
                # apart on the other side.
                joined = sorted(group[side] + [lone])
                pair = (joined, group[1]) if side == 0 else (group[0], joined)
                length_a = sum(len(keys_a[k]) for k in pair[0])
                length_b = sum(len(keys_b[k]) for k in pair[1])
                # Cheap bounds first: lengths that differ this much, or a lone paragraph whose words
                # are mostly absent from the other side, cannot reach the threshold.
                if 2 * min(length_a, length_b) / max(length_a + length_b, 1) < DEFAULT_JOIN_THRESHOLD:
                    continue
                other_words = {w for k in group[1 - side] for w in there[k]}
                if len(lone_words & other_words) < JOIN_WORDS_PRESENT * len(lone_words):
                    continue
                if index not in ratios:
                    ratios[index] = _joined_ratio(group[0], group[1], words_a, words_b)
                before = ratios[index]
                if before >= 1.0:
                    continue
                after = _joined_ratio(pair[0], pair[1], words_a, words_b)
                if (
                    after >= max(DEFAULT_JOIN_THRESHOLD, threshold)
                    and after > before
                    and (best is None or after > best[0])
                ):
                    best = (after, index, pair)
            if best is not None:
                groups[best[1]] = best[2]
                ratios[best[1]] = best[0]
                taken.add(lone)
    return groups


def paragraphs_of(extraction: Extraction) -> list[str]:
    """The body's paragraphs as text."""
    return [extraction.body[s:e] for s, e in split_paragraphs(extraction.body)]


# ---------------------------------------------------------------- the whole diff


def letter_ref(extraction: Extraction) -> LetterRef:
    """The identity of one side of a diff."""
    letter = extraction.letter
    return LetterRef(id=letter.id, source=letter.source, sha256=letter.sha256, date=letter.date)


def letter_parts(extraction: Extraction) -> dict[str, Optional[str]]:
    """The letter parts a diff compares, as the digest writes them, plus the addressee its salutation names.

    The signatory is the whole signature block (name, then title): producers wrap it differently, so
    a word that moves from the name line to the title line is no change.
    """
    fields = letter_fields(extraction)
    title = extraction.letter.parts.signatory_title
    signature = ", ".join(bit.strip() for bit in (fields.signatory, title) if bit and bit.strip()) or None
    return {
        "date": fields.date,
        "place": fields.place,
        "addressee": addressee(extraction.letter.parts),
        "salutation": fields.salutation,
        "signatory": signature,
    }


def _part_key(value: Optional[str]) -> str:
    # Case, spacing and punctuation are no change of a part ("Mr Speaker" is "Mr. Speaker").
    return " ".join(_KEY_STRIP.sub(" ", normalise_text(value or "")).casefold().split())


def diff_parts(a: Extraction, b: Extraction) -> list[PartChange]:
    """The letter parts (date, place, addressee, salutation, signatory) that differ from A to B."""
    parts_a, parts_b = letter_parts(a), letter_parts(b)
    return [
        PartChange(part=part, before=parts_a[part], after=parts_b[part])
        for part in parts_a
        if _part_key(parts_a[part]) != _part_key(parts_b[part])
    ]


def diff_extractions(a: Extraction, b: Extraction) -> LetterDiff:
    """Compare letter A with letter B: letter parts, facts, commitments, then paragraphs and words."""
    return LetterDiff(
        a=letter_ref(a),
        b=letter_ref(b),
        parts=diff_parts(a, b),
        facts=diff_facts(a, b),
        commitments=diff_commitments(a, b),
        paragraphs=align_paragraphs(paragraphs_of(a), paragraphs_of(b)),
    )


def format_value(value) -> str:
    """An attribute's value for a person: lists joined, None as a dash."""
    if value is None or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def fact_values(diff: LetterDiff, field: str, side: str) -> list:
    """The plain values added (side="added") or removed in one field, for checks and display."""
    for field_diff in diff.facts:
        if field_diff.field == field:
            changes = getattr(field_diff, side)
            return [c.value.model_dump() if hasattr(c.value, "model_dump") else c.value for c in changes]
    return []


# ---------------------------------------------------------------- the diff as rows


def places_text(places: list[Place]) -> str:
    """Where a fact stands for a person: paragraphs (1-based), pages, or the date line."""
    paragraphs = sorted({p.paragraph + 1 for p in places if p.paragraph is not None})
    pages = sorted({p.page for p in places if p.page is not None})
    bits = []
    if paragraphs:
        bits.append("¶" + ",".join(map(str, paragraphs)))
    if pages:
        bits.append("p." + ",".join(map(str, pages)))
    if any(p.paragraph is None and p.text for p in places):
        bits.insert(0, "date line")
    return " ".join(bits)


def fact_text(value) -> str:
    """A digest value for a person: a name as it is, an amount with its kind."""
    return value if isinstance(value, str) else f"{amount_text(value)} ({value.kind})"


def commitment_subject(commitment: Commitment) -> str:
    """What a commitment is about, for a person: its beneficiaries, else programme, purpose or id."""
    return ", ".join(commitment.beneficiaries) or commitment.programme or commitment.purpose or commitment.id


def _commitment_summary(commitment: Optional[Commitment]) -> str:
    if commitment is None:
        return ""
    return " ".join(bit for bit in (", ".join(amount_text(a) for a in commitment.amounts), commitment.status) if bit)


def _paragraph_label(change: ParagraphChange) -> str:
    a = f"A{change.a + 1}" if change.a is not None else ""
    b = f"B{change.b + 1}" if change.b is not None else ""
    return "→".join(x for x in (a, b) if x)


def diff_rows(diff: LetterDiff, paragraphs_a: list[str], paragraphs_b: list[str]) -> list[DiffRow]:
    """The diff as flat rows, parts then facts, commitments and paragraphs, each with the same columns."""
    rows = [
        DiffRow(section="part", change="changed", field=c.part, before=c.before or "", after=c.after or "")
        for c in diff.parts
    ]
    for field_diff in diff.facts:
        for change in field_diff.added:
            rows.append(
                DiffRow(
                    section="fact",
                    change="added",
                    field=field_diff.field,
                    after=fact_text(change.value),
                    where_b=places_text(change.places_b),
                )
            )
        for change in field_diff.removed:
            rows.append(
                DiffRow(
                    section="fact",
                    change="removed",
                    field=field_diff.field,
                    before=fact_text(change.value),
                    where_a=places_text(change.places_a),
                )
            )
    for change in diff.commitments:
        if change.kind == "changed":
            details = [
                (f"{c.attribute}: {format_value(c.before)}", f"{c.attribute}: {format_value(c.after)}")
                for c in change.changes
            ]
            before = "; ".join(d[0] for d in details)
            after = "; ".join(d[1] for d in details)
        else:
            before, after = _commitment_summary(change.a), _commitment_summary(change.b)
        rows.append(
            DiffRow(
                section="commitment",
                change=change.kind,
                field=commitment_subject(change.b or change.a),
                before=before,
                after=after,
                where_a=places_text([change.place_a]) if change.place_a else "",
                where_b=places_text([change.place_b]) if change.place_b else "",
            )
        )
    for change in diff.paragraphs:
        if change.op == "equal":
            continue
        if change.words:
            before = " ".join(op.a for op in change.words if op.op != "equal" and op.a)
            after = " ".join(op.b for op in change.words if op.op != "equal" and op.b)
        else:
            before = paragraphs_a[change.a] if change.op == "deleted" and change.a is not None else ""
            after = paragraphs_b[change.b] if change.op == "inserted" and change.b is not None else ""
        rows.append(
            DiffRow(
                section="text",
                change=change.op,
                field=_paragraph_label(change),
                before=before,
                after=after,
                where_a=f"¶{change.a + 1}" if change.a is not None else "",
                where_b=f"¶{change.b + 1}" if change.b is not None else "",
            )
        )
    return rows
