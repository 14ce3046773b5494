"""Persons named with a title or an honorific: "President von der Leyen", "Commissioner Johansson",
"Mexican Foreign Secretary Ebrard", "Mr Jordan".

Only titled names are taken: a bare capitalised pair is as often a place or an organisation as a
person. The name is one to four capitalised words after the title (name particles such as
"von der", "al-" allowed); the norm is the name without its title.
"""

from __future__ import annotations

import functools
import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.nlp.data_files import read_word_sets
from extractor.nlp.extensions import SPAN_ASSIGNS  # importing it registers the span attributes
from extractor.nlp.phrases import COURTESY_TITLES, HONORIFICS, indices_of, set_spans
from extractor.reference.calendar_words import MONTH_NAMES
from extractor.reference.countries import country_table

FAMILY = "person"
# The word sets below, kept as data (kind <TAB> word); each constant reads its kind by name.
WORD_FILE = "person_words.tsv"
WORDS = read_word_sets(WORD_FILE)
# Titles that stand right before a name. Multi-word titles end with one of these.
TITLES = WORDS["titles"] | COURTESY_TITLES
# Titles named with their remit before the name: "Secretary of State Antony Blinken",
# "Secretary of Homeland Security Alejandro N. Mayorkas".
REMIT_TITLES = frozenset({"Secretary", "Minister", "Director", "Administrator", "Commissioner", "Governor"})
# Regnal numbers after a name ("King Charles III").
REGNAL_NUMBERS = frozenset({"II", "III", "IV", "V", "VI", "VII", "VIII"})
# A middle initial inside a name ("Alejandro N. Mayorkas").
INITIAL = re.compile(r"[A-Z]\.")
# Lower-case particles inside names: "von der Leyen", "de Croo", "bin Salman".
PARTICLES = frozenset(
    {"von", "der", "van", "den", "de", "del", "della", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el", "ben"}
)
# A person's name has at most this many words.
MAX_NAME_WORDS = 4
# A title's remit and the name after it span at most this many words.
MAX_NAME_TOKENS_AFTER_REMIT = 9
# Capitalised words after a title that are not names ("President Elect", "Secretary General").
NOT_NAMES = WORDS["not_names"]
# Honorifics that are as often a noun or an adjective ("the General Schedule", "Department of Justice"):
# no title after these words or inside an organisation's name; after "and" only before a full name
# ("Security and Justice Institutions" is none, "and General Mark Milley" is one).
NOUN_TITLES = WORDS["noun_titles"]
NOT_BEFORE_NOUN_TITLES = frozenset({"the", "of", "for"})
NOUN_TITLE_AFTER_AND_MIN_WORDS = 2
# A name stands in title case (a heading, a cited title) when this share of the longer words from it
# to HEADING_WINDOW_TOKENS tokens after it is capitalised, counted over at least HEADING_MIN_WORDS words.
HEADING_CAPITALISED_SHARE = 0.8
HEADING_MIN_WORDS = 4
HEADING_WINDOW_TOKENS = 8


@functools.lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Single words that name a country, a demonym or a month, never a person after a title."""
    return frozenset({p for p in country_table() if " " not in p} | MONTH_NAMES)


class PersonMatcher:
    """spaCy component: titled persons into ``doc.spans["person"]``."""

    def __init__(
        self, max_name_words: int = MAX_NAME_WORDS, max_name_tokens_after_remit: int = MAX_NAME_TOKENS_AFTER_REMIT
    ) -> None:
        self.max_name_words = max_name_words
        self.max_name_tokens_after_remit = max_name_tokens_after_remit

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        taken: set[int] = set()
        known = _known_words()
        organisation_tokens = (
            {i for s in doc.spans.get("organisation", []) for i in range(s.start, s.end)}
            if "organisation" in doc.spans
            else set()
        )
        for i in indices_of(doc, TITLES | HONORIFICS):
            if doc[i].text in NOUN_TITLES and (
                i in organisation_tokens or (i > 0 and doc[i - 1].lower_ in NOT_BEFORE_NOUN_TITLES)
            ):
                continue
            # After "Mr" or "Dr" even a country's name is a person's ("Mr Jordan").
            honorific = doc[i].text in HONORIFICS
            start = i + 1
            if doc[i].text in REMIT_TITLES and start < len(doc) and doc[start].lower_ == "of":
                span = self._after_remit(doc, start + 1)
                if span is not None and span.start not in taken:
                    found.append(span)
                    taken.update(range(span.start, span.end))
                continue
            end = start
            while end < len(doc) and end - start < self.max_name_words:
                token = doc[end]
                if (
                    token.is_title
                    and token.is_alpha
                    and token.text not in NOT_NAMES
                    and token.text not in TITLES
                    and (honorific or token.text not in known)
                    and token.lower_ not in STOP_WORDS
                    and end not in organisation_tokens
                ):
                    end += 1
                elif token.lower_ in PARTICLES and self._particles_then_name(doc, end):
                    end += 1
                elif token.text in ("al-", "el-") or (token.text == "-" and end > start):
                    end += 1
                elif (
                    end > start
                    and INITIAL.fullmatch(token.text)
                    and end + 1 < len(doc)
                    and doc[end + 1].is_title
                    and doc[end + 1].is_alpha
                ):
                    end += 1  # a middle initial: "Joseph R. Biden"
                elif end > start and token.text in REGNAL_NUMBERS:
                    end += 1
                    break  # "King Charles III"
                else:
                    break
            while end > start and not (doc[end - 1].is_title or doc[end - 1].text in REGNAL_NUMBERS):
                end -= 1  # a name never ends with a particle or a hyphen
            if end == start or start in taken or doc[start].lower_ in PARTICLES and end - start == 1:
                continue
            if doc[i].text in NOUN_TITLES and i > 0 and doc[i - 1].lower_ in ("and", "&"):
                if end - start < NOUN_TITLE_AFTER_AND_MIN_WORDS:
                    continue
            span = Span(doc, start, end, label=FAMILY)
            span._.norm = span.text
            span._.rule = "person.titled"
            found.append(span)
            taken.update(range(start, end))
        set_spans(doc, FAMILY, _names_in_headings_cut(found))
        return doc

    def _after_remit(self, doc: Doc, i: int) -> Span | None:
        """The name after a title's remit: the last two capitalised words (with a middle initial)
        of a run of at least three ("State Antony Blinken"); two words ("State Blinken") are
        ambiguous and name no one."""
        words: list[int] = []
        j = i + (i < len(doc) and doc[i].lower_ == "the")
        while j < len(doc) and len(words) < self.max_name_tokens_after_remit:
            token = doc[j]
            if token.text in TITLES | HONORIFICS:
                break  # "... and Secretary of ...": the next person's title
            if (token.is_title and token.is_alpha) or INITIAL.fullmatch(token.text):
                words.append(j)
            elif not (token.lower_ in ("and", "&") and j + 1 < len(doc) and doc[j + 1].is_title):
                break
            j += 1
        names = [k for k in words if not INITIAL.fullmatch(doc[k].text)]
        if len(names) < 3 or not doc[words[-1]].is_title:
            return None
        first = names[-2]
        if first in (0, i) or doc[first].text in NOT_NAMES or doc[first].lower_ in STOP_WORDS:
            return None
        span = Span(doc, first, words[-1] + 1, label=FAMILY)
        span._.norm = span.text
        span._.rule = "person.titled_remit"
        return span

    @staticmethod
    def _particles_then_name(doc: Doc, i: int) -> bool:
        """Whether the particles from token i lead to a capitalised word ("von der Leyen")."""
        while i < len(doc) and doc[i].lower_ in PARTICLES:
            i += 1
        return i < len(doc) and doc[i].is_title


def _in_heading(span: Span) -> bool:
    """Whether the span stands in title case (a heading, a cited title), where capitals do not say where a name ends."""
    window = span.doc[span.start : min(span.sent.end, span.end + HEADING_WINDOW_TOKENS)]
    words = [t for t in window if t.is_alpha and len(t) > 3 and t.lower_ not in STOP_WORDS]
    if len(words) < HEADING_MIN_WORDS:
        return False
    return sum(1 for t in words if t.is_title or t.is_upper) >= HEADING_CAPITALISED_SHARE * len(words)


def _names_in_headings_cut(found: list[Span]) -> list[Span]:
    """A heading's name cut to the longest of its beginnings named elsewhere in running text.

    "FACT SHEET: President Biden Announces New Initiatives" takes "Biden Announces New Initiatives"
    after the title; the body's "President Biden announced" shows where the name ends.
    """
    if not found or not any(_in_heading(span) for span in found):
        return found
    in_text = {span.text for span in found if not _in_heading(span)}
    kept: list[Span] = []
    for span in found:
        if len(span) > 1 and _in_heading(span) and span.text not in in_text:
            for end in range(span.end - 1, span.start, -1):
                if span.doc[span.start : end].text in in_text:
                    cut = Span(span.doc, span.start, end, label=FAMILY)
                    cut._.norm, cut._.rule = cut.text, "person.titled_in_heading"
                    span = cut
                    break
        kept.append(span)
    return kept


@Language.factory(
    "letters_persons",
    assigns=SPAN_ASSIGNS,
    requires=["doc.spans"],
    default_config={"max_name_words": MAX_NAME_WORDS, "max_name_tokens_after_remit": MAX_NAME_TOKENS_AFTER_REMIT},
)
def make_persons(nlp: Language, name: str, max_name_words: int, max_name_tokens_after_remit: int) -> PersonMatcher:
    """Factory of the persons component."""
    return PersonMatcher(max_name_words, max_name_tokens_after_remit)
