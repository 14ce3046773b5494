"""Helpers shared by the entity components: phrase variants, token indices, longest-match selection."""

from __future__ import annotations

from typing import Iterable

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from extractor.nlp.extensions import doc_text
from extractor.reference.marks import APOSTROPHES

# doc.user_data key: the letter's letterhead and signatory title, which say who writes.
AUTHOR_KEY = "letter_author"
# Courtesy and academic titles before a name ("Ms Berg", "Prof. Dahl"): persons' titles and guards' honorifics.
# Titles of rank among them also open names of funds and programmes named for a person ("Lady Health Workers Programme").
RANK_TITLES = frozenset({"Sir", "Dame", "Lord", "Lady"})
COURTESY_TITLES = RANK_TITLES | frozenset(
    {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Professor"}
)
# Lower-case links inside Romance and Dutch names of places and bodies ("Rio Grande do Sul", "Banco de
# la Nación", "Centrale Bank van Suriname"): the name goes on over them to the next capitalised word.
FOREIGN_LINKS = frozenset(
    {"di", "de", "del", "della", "des", "du", "da", "do", "dei", "delle", "dos", "das", "van", "voor", "der"}
)
# Words that introduce a person: "Mr Jordan", "Senator Chad ...". Used by several guards.
HONORIFICS = COURTESY_TITLES | frozenset(
    {
        "Miss",
        "Senator",
        "Sen.",
        "Rep.",
        "Representative",
        "Congressman",
        "Congresswoman",
        "Judge",
        "Justice",
        "Gov.",
        "Governor",
        "Mayor",
        "Captain",
        "General",
        "Colonel",
        "Father",
        "Sister",
        "Brother",
        "St.",
        "Saint",
    }
)


def variants(phrase: str, caps: bool = True) -> set[str]:
    """The phrase with both apostrophes, a capitalised first letter and (if long) in capitals."""
    out = {phrase}
    for a in APOSTROPHES:
        for b in APOSTROPHES:
            out.add(phrase.replace(a, b))
    if phrase[:1].islower() and not phrase.startswith(("eu-", "sub-")):
        out |= {v[:1].upper() + v[1:] for v in list(out)}
    # All-capital headings ("LIBYA"): only for phrases long enough not to be common acronyms.
    if caps and len(phrase) >= 5 and not phrase.isupper():
        out |= {v.upper() for v in list(out)}
    return out


def phrase_docs(nlp, phrases: Iterable[str]) -> list[Doc]:
    """Pattern Docs for phrases, tokenized as text will be; one-word phrases built directly.

    Tokenizing thousands of short phrases costs most of a pipeline's start-up; a purely
    alphabetic phrase with no tokenizer exception is one token anyway.
    """
    phrases = list(phrases)
    rules = nlp.tokenizer.rules or {}
    simple = [p.isalpha() and p not in rules for p in phrases]
    hard = iter(nlp.tokenizer.pipe([p for p, easy in zip(phrases, simple) if not easy]))
    return [Doc(nlp.vocab, words=[p]) if easy else next(hard) for p, easy in zip(phrases, simple)]


def match_ignoring_spaces(matcher, doc: Doc) -> list[tuple[int, int, int]]:
    """Run a (Phrase)Matcher as if single line breaks and double spaces were plain spaces.

    spaCy makes a token of extra whitespace ("Papua New\\nGuinea", "the\\u00a0Congo"), which breaks
    multi-word patterns; paragraph breaks (two newlines) still stop a match.
    """
    # Iterating tokens in Python is the cost here: find the few space tokens with numpy.
    spaces = numpy.nonzero(doc.to_array("IS_SPACE"))[0].tolist()
    drop = {i for i in spaces if doc[i].text.count("\n") < 2}
    if not drop:
        return list(matcher(doc))
    keep = [i for i in range(len(doc)) if i not in drop]
    sub = Doc(doc.vocab, words=[doc[i].text for i in keep])
    return [(match_id, keep[start], keep[end - 1] + 1) for match_id, start, end in matcher(sub)]


# doc.user_data key of a Doc's token index by attribute (see _token_index).
TOKEN_INDEX_KEY = "letters_token_index"


def _token_index(doc: Doc, attr: str) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The Doc's token values of ``attr`` sorted, and the token indices in that order: built once per Doc."""
    # The components ask for the tokens of a few words dozens of times a letter; numpy.isin over
    # every token each time cost more than sorting the tokens once and searching the sorted values.
    key = (TOKEN_INDEX_KEY, attr)
    index = doc.user_data.get(key)
    # The length guards against user data copied onto another Doc, as doc_text's does.
    if index is None or len(index[1]) != len(doc):
        values = doc.to_array(attr)
        order = numpy.argsort(values, kind="stable")  # stable: each value's tokens stay in text order
        index = doc.user_data[key] = (values[order], order)
    return index


def indices_of(doc: Doc, words: Iterable[str], attr: str = "ORTH") -> list[int]:
    """Indices of the tokens whose ORTH (or LOWER) is one of the words, in order, found with numpy."""
    values, order = _token_index(doc, attr)
    wanted = numpy.array(sorted({get_string_id(w) for w in words}), dtype=values.dtype)
    firsts = numpy.searchsorted(values, wanted, "left").tolist()
    ends = numpy.searchsorted(values, wanted, "right").tolist()
    runs = [order[first:end] for first, end in zip(firsts, ends) if first < end]
    if len(runs) == 1:
        return runs[0].tolist()
    return numpy.sort(numpy.concatenate(runs)).tolist() if runs else []


def longest_first(spans: Iterable[Span]) -> list[Span]:
    """Keep non-overlapping spans, the longest winning (then the earliest); sorted by start."""
    ordered = sorted(spans, key=lambda s: (-(s.end_char - s.start_char), s.start_char))
    taken: list[Span] = []
    used: set[int] = set()
    for span in ordered:
        tokens = set(range(span.start, span.end))
        if tokens & used:
            continue
        taken.append(span)
        used |= tokens
    return sorted(taken, key=lambda s: (s.start, s.end))


def covered(span: Span, others: Iterable[Span]) -> bool:
    """Whether another span covers this one's tokens entirely."""
    return any(o.start <= span.start and span.end <= o.end for o in others)


def set_spans(doc: Doc, family: str, spans: list[Span]) -> None:
    """Write a family's spans, sorted, into ``doc.spans[family]``."""
    doc.spans[family] = sorted(spans, key=lambda s: (s.start, s.end))


# The words that show a letter's body speaks of the EU ("EU" set off, its institutions, its forerunners).
EU_CONTEXT_MARKERS = (
    " EU ",
    " EU-",
    " EU'",
    "EU's",
    "European Union",
    "Member States",
    "European Commission",
    "European Parliament",
    " EU,",
    " EU.",
    "(EU)",
    # The EU's forerunners, in documents of their time.
    "European Economic Community",
    "European Communit",
    "EEC",
)
# The EU's and its forerunners' names a letterhead or a signer's title gives, in any case ("COMMISSION OF THE
# EUROPEAN COMMUNITIES", "President of the European Commission").
EU_AUTHOR_MARKERS = ("european union", "european commission", "european communit", "european economic community")


def _author_names_eu(author: str) -> bool:
    """Whether the letter's author lines (letterhead, signer's title) name the EU or a forerunner, in any case."""
    lowered = " ".join(author.lower().split())
    return any(marker in lowered for marker in EU_AUTHOR_MARKERS)


def is_eu_context(doc: Doc) -> bool:
    """Whether the letter speaks from or about the EU (so "the Commission" is the European one): its body names the
    EU, or its author (letterhead, signer's title) is one of the EU's bodies, also in capitals."""
    key = "letters_eu_context"
    if key not in doc.user_data:
        text = doc_text(doc)
        doc.user_data[key] = (
            any(marker in text for marker in EU_CONTEXT_MARKERS)
            or text.startswith("EU ")
            or _author_names_eu(str(doc.user_data.get(AUTHOR_KEY) or ""))
        )
    return doc.user_data[key]
