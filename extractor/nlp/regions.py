"""World regions (North Africa, Western Balkans, Sahel, Horn of Africa ...) from ``regions.jsonl``.

A region's member countries ride along in ``span._.value["members"]`` as reference only: a region
stands for its countries only where the letter lists them (that expansion is the graph's job).
A region name inside a route ("Western Balkans route") is the route's, not a region.
"""

from __future__ import annotations

import functools

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from extractor.nlp.data_files import read_jsonl
from extractor.nlp.extensions import SPAN_ASSIGNS  # importing it registers the span attributes
from extractor.nlp.phrases import longest_first, match_ignoring_spaces, set_spans, variants

FAMILY = "region"
DATA_FILE = "regions.jsonl"


@functools.lru_cache(maxsize=1)
def region_table() -> dict[str, dict]:
    """Every region phrase (name and aliases, in their variants) -> its record."""
    table: dict[str, dict] = {}
    for record in read_jsonl(DATA_FILE):
        for phrase in [record["name"], *record.get("aliases", [])]:
            for variant in variants(phrase):
                table.setdefault(variant, record)
    return table


class RegionMatcher:
    """spaCy component: regions into ``doc.spans["region"]``."""

    def __init__(self, nlp: Language) -> None:
        self.table = region_table()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for phrase in self.table:
            self.matcher.add(phrase, [nlp.make_doc(phrase)])

    def __call__(self, doc: Doc) -> Doc:
        routes = list(doc.spans["route"]) if "route" in doc.spans else []
        found = []
        matches = match_ignoring_spaces(self.matcher, doc)
        for span in longest_first(Span(doc, s, e, label=m) for m, s, e in matches):
            if any(r.start < span.end and span.start < r.end for r in routes):
                continue
            record = self.table[span.label_]
            out = Span(doc, span.start, span.end, label=FAMILY)
            out._.norm = record["name"]
            out._.value = {"members": list(record.get("members", []))}
            out._.rule = "region.name"
            found.append(out)
        set_spans(doc, FAMILY, found)
        return doc


@Language.factory("letters_regions", assigns=SPAN_ASSIGNS, requires=["doc.spans"])
def make_regions(nlp: Language, name: str) -> RegionMatcher:
    """Factory of the regions component."""
    return RegionMatcher(nlp)
