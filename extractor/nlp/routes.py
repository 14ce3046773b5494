"""Migration routes, normalised to the Frontex route names (``routes.jsonl``, which also lists the
states outside the Union along each route).

A route is named by a qualifier before "route(s)" ("the Atlantic route" → Western African), and
the qualifiers before one "routes" may be coordinated: "Central Mediterranean and Eastern
Mediterranean routes", "Western Mediterranean/Atlantic route", "Central and Eastern
Mediterranean routes" (an elided head) each name two routes. The Mediterranean routes also stand
alone ("on the Central Mediterranean") in a letter that speaks of migration.
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from extractor.nlp.data_files import read_jsonl
from extractor.nlp.extensions import SPAN_ASSIGNS, doc_text  # importing it registers the span attributes
from extractor.nlp.phrases import covered, indices_of, longest_first, match_ignoring_spaces, set_spans

FAMILY = "route"
DATA_FILE = "routes.jsonl"
ROUTE_WORDS = frozenset({"route", "routes"})
# Tokens that may join coordinated qualifiers before one "routes".
COORDINATORS = frozenset({",", "and", "or", "/", "&", "(", ")", "-", "as", "well"})
# How far back from "route" the qualifiers may reach.
MAX_QUALIFIER_TOKENS = 12
DIRECTIONS = frozenset({"central", "eastern", "western", "southern", "northern"})
# A standalone route name counts only in a letter that speaks of migration (people who departed,
# Frontex, the EU border agency, disembarkations).
MIGRATION_CONTEXT = re.compile(
    r"\b(?:migra|route|crossing|arrival|smuggl|asylum|refugee|depart(?:ed|ures)\b|frontex|disembark)", re.I
)


@functools.lru_cache(maxsize=1)
def route_table() -> tuple[dict[str, str], dict[str, str]]:
    """(qualifier phrase in lower case -> route, standalone phrase in lower case -> route)."""
    qualified: dict[str, str] = {}
    standalone: dict[str, str] = {}
    for record in read_jsonl(DATA_FILE):
        for phrase in record["qualified"]:
            qualified[phrase.lower()] = record["name"]
        for phrase in record["standalone"]:
            standalone[phrase.lower()] = record["name"]
    return qualified, standalone


@functools.lru_cache(maxsize=1)
def route_states() -> dict[str, frozenset[str]]:
    """Route -> the states outside the Union that lie along it (ISO alpha-3), as Frontex describes it."""
    return {record["name"]: frozenset(record.get("countries", ())) for record in read_jsonl(DATA_FILE)}


class RouteMatcher:
    """spaCy component: migration routes into ``doc.spans["route"]``."""

    def __init__(self, nlp: Language, max_qualifier_tokens: int = MAX_QUALIFIER_TOKENS) -> None:
        self.max_qualifier_tokens = max_qualifier_tokens
        qualified, standalone = route_table()
        self.qualified = qualified
        self.standalone = standalone
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase in qualified:
            self.matcher.add("Q:" + phrase, [nlp.make_doc(phrase)])
        for phrase in standalone:
            self.matcher.add("S:" + phrase, [nlp.make_doc(phrase)])
        self.vocabulary = {w for phrase in qualified for w in re.findall(r"\w+", phrase)}

    def __call__(self, doc: Doc) -> Doc:
        matches = [Span(doc, s, e, label=m) for m, s, e in match_ignoring_spaces(self.matcher, doc)]
        found: list[Span] = []
        for i in indices_of(doc, ROUTE_WORDS, "LOWER"):
            found.extend(self._qualifiers(doc, i, matches))
        if MIGRATION_CONTEXT.search(doc_text(doc)):
            for span in longest_first(m for m in matches if m.label_.startswith("S:")):
                if span.text[:1].isupper() and not covered(span, found):
                    route = self.standalone[span.label_[2:]]
                    found.append(self._route_span(span, route, "route.standalone"))
        set_spans(doc, FAMILY, found)
        return doc

    def _qualifiers(self, doc: Doc, route_i: int, matches: list[Span]) -> list[Span]:
        """Route spans for the qualifiers standing before the "route(s)" token at ``route_i``."""
        start = route_i
        while start > 0 and route_i - start < self.max_qualifier_tokens:
            prev = doc[start - 1]
            if prev.is_sent_end or not (
                prev.lower_ in self.vocabulary
                or prev.text in COORDINATORS
                or (prev.is_space and prev.text.count("\n") < 2)
            ):
                break
            start -= 1
        inside = [m for m in matches if m.label_.startswith("Q:") and start <= m.start and m.end <= route_i]
        chosen = longest_first(inside)
        spans = [self._route_span(m, self.qualified[m.label_[2:]], "route.qualified") for m in chosen]
        # An elided head: "Central and Eastern Mediterranean routes" names the Central one too.
        used = {i for m in chosen for i in range(m.start, m.end)}
        for i in range(start, route_i):
            if i in used or doc[i].lower_ not in DIRECTIONS:
                continue
            later = [m for m in chosen if m.start > i]
            if not later:
                continue
            head = doc[later[0].end - 1].lower_
            route = self.qualified.get(f"{doc[i].lower_} {head}")
            if route:
                spans.append(self._route_span(doc[i : i + 1], route, "route.elided"))
        return spans

    @staticmethod
    def _route_span(span: Span, route: str, rule: str) -> Span:
        """A copy of the span labelled with the route, its norm and rule set."""
        out = Span(span.doc, span.start, span.end, label=FAMILY)
        out._.norm = route
        out._.rule = rule
        return out


@Language.factory(
    "letters_routes",
    assigns=SPAN_ASSIGNS,
    requires=[],
    default_config={"max_qualifier_tokens": MAX_QUALIFIER_TOKENS},
)
def make_routes(nlp: Language, name: str, max_qualifier_tokens: int) -> RouteMatcher:
    """Factory of the routes component."""
    return RouteMatcher(nlp, max_qualifier_tokens)
