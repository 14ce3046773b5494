"""Route ties: the countries a letter ties to a migration route, and the role it gives them.

A country is tied to a route when it stands in the route's own sentence, or, when a paragraph
opens with the route, in a later sentence of that paragraph with words that give it a role on
the route (departures from, transit through, partnership with). Countries in a list of
unrelated facts ("a network between Albania, Croatia and Colombia") or named only as the
origin of people ("Syrian refugees") are bystanders and stay untied.
"""
from __future__ import annotations

from typing import Optional

from extractor.commitments import (
    _cue_before,
    _is_origin,
    _paragraph_of,
    _spans,
    _text_start,
    load_cues,
    sentence_grounding,
)
from models.commitment import RouteTie
from models.letter import LetterText

# Words around a country (tokens before, tokens after) that say what it is on a route.
DEFAULT_ROLE_WINDOW_BEFORE = 6
DEFAULT_ROLE_WINDOW_AFTER = 8
DEPARTURE_WORDS = frozenset("departure departures departing depart leave leaving embark embarking embarkation".split())
TRANSIT_WORDS = frozenset("transit transiting through".split())
DESTINATION_WORDS = frozenset("destination destinations arrivals arriving reaching".split())
PARTNER_WORDS = frozenset(
    "partnership partnerships partner partners cooperation cooperate cooperating agreement "
    "arrangement arrangements dialogue engagement memorandum with".split()
)
# Prepositions right before a country that fix its role whatever else the sentence says.
DEPARTURE_PREPOSITIONS = frozenset(["from"])
TRANSIT_PREPOSITIONS = frozenset(["through", "via", "across"])
DESTINATION_PREPOSITIONS = frozenset(["into"])
# Stronger roles win when one country gets several on a route.
ROLE_RANK = {"departure": 0, "transit": 1, "destination": 2, "partner": 3}


def _role(doc, sent, span) -> Optional[str]:
    """The role words around a country give it on a route, or None when nothing does."""
    before = [t.lower_ for t in doc[max(sent.start, span.start - DEFAULT_ROLE_WINDOW_BEFORE) : span.start]]
    after = [t.lower_ for t in doc[span.end : min(sent.end, span.end + DEFAULT_ROLE_WINDOW_AFTER)]]
    near = before[-2:]
    if set(near) & DEPARTURE_PREPOSITIONS and set(before) & (DEPARTURE_WORDS | {"crossings", "flows", "boats"}):
        return "departure"
    if set(near) & TRANSIT_PREPOSITIONS:
        return "transit"
    if set(near) & DESTINATION_PREPOSITIONS:
        return "destination"
    window = set(before) | set(after)
    if window & DEPARTURE_WORDS:
        return "departure"
    if window & TRANSIT_WORDS:
        return "transit"
    if window & DESTINATION_WORDS and not set(near) & DEPARTURE_PREPOSITIONS:
        return "destination"
    if window & PARTNER_WORDS:
        return "partner"
    return None


def _bystander(doc, sent, span, cues) -> bool:
    """A country only in a list of unrelated facts, or only as the origin of people."""
    return _is_origin(doc, span, cues) or _cue_before(doc, sent.start, span.start) == "neg" and doc[
        max(sent.start, span.start - DEFAULT_ROLE_WINDOW_BEFORE) : span.start
    ].text.lower().split()[-1:] != ["from"]


def find_route_ties(doc, mentions, letter: LetterText) -> list[RouteTie]:
    """Countries the letter ties to each route it names, with their role and evidence."""
    cues = load_cues()
    sents = list(doc.sents)
    sent_of = {}
    for index, sent in enumerate(sents):
        for i in range(sent.start, sent.end):
            sent_of[i] = index
    countries = _spans(doc, "country")
    ties: dict[tuple[str, str], RouteTie] = {}

    def tie(route: str, span, index: int, role: Optional[str]) -> None:
        code = span._.norm
        if not code:
            return
        key = (route, code)
        role = role or "partner"
        old = ties.get(key)
        if old is None or ROLE_RANK[role] < ROLE_RANK[old.role]:
            ties[key] = RouteTie(
                route=route, country=code, role=role, evidence=sentence_grounding(letter, sents[index], index)
            )

    for route_span in _spans(doc, "route"):
        route = route_span._.norm or route_span.text
        index = sent_of.get(route_span.start)
        if index is None:
            continue
        sent = sents[index]
        for span in countries:
            if sent.start <= span.start < sent.end and not _bystander(doc, sent, span, cues):
                tie(route, span, index, _role(doc, sent, span))
        para_start, para_end = _paragraph_of(letter, _text_start(sent))
        opens = index == 0 or sents[index - 1].end_char <= para_start
        if not opens:
            continue
        # The paragraph is about this route: later sentences tie countries they give a role.
        for k in range(index + 1, len(sents)):
            later = sents[k]
            if _text_start(later) >= para_end:
                break
            for span in countries:
                if later.start <= span.start < later.end and not _bystander(doc, later, span, cues):
                    role = _role(doc, later, span)
                    if role is not None:
                        tie(route, span, k, role)
    return sorted(ties.values(), key=lambda t: (t.evidence.start, t.route, t.country))
