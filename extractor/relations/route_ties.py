"""Route ties: the countries a letter ties to a migration route, and the role it gives them.

A country is tied to a route when it stands in a sentence that names the route (or refers back
to it: "on that route"), going to the nearest route when the sentence names several apart; when
a paragraph opens with the route, in a later sentence of that paragraph with words that give it
a role (departures from, transit through, partnership with) — a partner only when the route's
own sentence tied none or the later sentence itself talks of crossings, departures, arrivals or
the border ("compacts with Jordan and Lebanon" after "departures from Libya" are another
framework's partners); and, in the next paragraphs of a
letter about one route, when it is plainly a place of departure or transit ("most of those
arriving departed from Türkiye"). A paragraph that opens with several routes ties a later
sentence's countries only to the route whose landmark it names ("arrivals to the Canary Islands"),
and the sentence right after a route's own ties departures and transit (the one right before
the paragraph's first route only departures); a later sentence that names
only another route's landmark is about that route when the letter names it. States acting on the
route ("the efforts of X", "X border guards") and on its borders ("the border between X and Y")
are partners. Countries in a list of unrelated facts ("a network between
Albania, Croatia and Colombia") or named only as the nationality of people ("Afghans",
"Eritrean nationals", "nationals of Gambia") are bystanders and stay untied.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Optional

from extractor.reference.countries import demonyms, grouping_members
from extractor.relations.letter_doc import LetterDoc, first_prose_end, phrase_at, text_start
from extractor.relations.wordlists import load_lexicon
from models.commitment import RouteTie
from models.letter import LetterText

# Words around a country (tokens before, tokens after) that say what it is on a route.
DEFAULT_ROLE_WINDOW_BEFORE = 6
DEFAULT_ROLE_WINDOW_AFTER = 8
DEFAULT_MOVEMENT_WINDOW = 10
# How many paragraphs after the one naming a route "that route" may point back, and a letter
# about one route keeps speaking of it.
DEFAULT_CONTEXT_PARAGRAPHS = 2
# Words after "our country" in which its role on a route is named ("our country is still a corridor of transit for many").
OWN_ROLE_REACH = 6
# Longest country name in tokens ("the Democratic Republic of the Congo"): how far back a country
# ending at a token may start.
MAX_COUNTRY_TOKENS = 6
WORDS = load_lexicon("route_ties")
# The Union's own states: on a route they tie only as departure or transit stated outright, or
# as a state body.
EU_MEMBER_STATES = grouping_members("EU")
# "these countries", and the people nouns after a demonym, read as in commitments.
SHARED_WORDS = load_lexicon("commitments")
# Nouns of movement that make "from X" a place of departure ("arrivals in Greece from Turkey").
MOVEMENT_WORDS = WORDS.departure_words | WORDS.movement_words
# What a sentence that speaks of crossings, departures, arrivals, transit or the border names.
SPEECH_OF_MOVEMENT = MOVEMENT_WORDS | WORDS.transit_words | WORDS.destination_words | WORDS.border_words
# ... or of the places it runs along ("patrols along the whole coast").
ROUTE_SPEECH = SPEECH_OF_MOVEMENT | WORDS.own_places
# The rules that tie a country to a route, kept in each tie's ``because``: a country in the
# route's own sentence; one the route's sentence points back at ("these countries"); one with a
# role in a later sentence of a paragraph the route opens; departure or transit stated in the
# sentence right after (or departure right before) the route's; departure or transit in the next
# paragraphs of a paragraph about one route; a partner of a letter that opens on its route; a
# country heading an item of the list a route's sentence leads into; a state on a border anywhere in
# the letter that lies along a route it names; the writer's own state as "our coast" in a sentence
# about a route; a state with a role in a later paragraph of a letter that opens on its routes, on
# each of them that it lies along.
ROUTE_SENTENCE = "route_sentence"
REFERS_BACK = "refers_back"
PARAGRAPH_OPENING = "paragraph_opening"
NEXT_SENTENCE = "next_sentence"
PREVIOUS_SENTENCE = "previous_sentence"
LATER_PARAGRAPH = "later_paragraph"
OPENING_ROUTE_PARTNER = "opening_route_partner"
LIST_ITEM = "list_item"
BORDER_OF_ROUTE = "border_of_route"
OWN_PLACE = "own_place"
STATE_OF_SUBJECT_ROUTE = "state_of_subject_route"
# Stronger roles win when one country gets several on a route.
ROLE_RANK = {"departure": 0, "transit": 1, "destination": 2, "partner": 3}


@dataclass
class RouteMention:
    """A route named (or referred back to) in a sentence."""

    route: str
    start: int
    end: int
    sentence: int


@functools.lru_cache(maxsize=1)
def people_demonyms() -> frozenset[str]:
    """Demonyms that name people ("Afghans", "Eritreans"), lower-cased: nationals, not states."""
    return frozenset(form.lower() for form in demonyms("people"))


def _clause_window(view, sent, span) -> tuple[list[str], list[str]]:
    """Words before and after a country, within its clause (commas of a list of countries kept)."""
    texts, lowers = view.texts, view.lowers  # read once for the letter: no Token object a word
    before, after = [], []
    i = span.start - 1
    while i >= max(sent.start, span.start - DEFAULT_ROLE_WINDOW_BEFORE):
        if texts[i] in (";", ":") or (texts[i] == "," and not _country_at(view, i - 1)):
            break
        before.insert(0, lowers[i])
        i -= 1
    for i in range(span.end, min(sent.end, span.end + DEFAULT_ROLE_WINDOW_AFTER)):
        if texts[i] in (",", ";", ":"):
            break
        after.append(lowers[i])
    return before, after


def _country_at(view, i: int) -> bool:
    """Whether token ``i`` lies inside a country's name."""
    return i >= 0 and any(s.start <= i < s.end for s in view.spans_in("country", max(0, i - MAX_COUNTRY_TOKENS), i + 1))


def _role(view, sent, span) -> Optional[str]:
    """The role words around a country give it on a route, or None when nothing does."""
    doc = view.doc
    before, after = _clause_window(view, sent, span)
    near = before[-2:]
    if _followed_by(view, sent, span):
        # "Libya is the main country of departure, followed by Tunisia": the same role.
        earlier = view.spans_in("country", sent.start, span.start)
        return _role(view, sent, earlier[-1]) if earlier else None
    # The verb of movement may stand a clause back: "departed from North Africa, most from Libya".
    clause = [t.lower_ for t in doc[max(sent.start, span.start - DEFAULT_MOVEMENT_WINDOW) : span.start]]
    if set(near) & WORDS.departure_prepositions and set(clause) & MOVEMENT_WORDS:
        return "departure"
    if set(near) & WORDS.transit_prepositions:
        return "transit"
    if _passes_onward(after) and set(clause) & MOVEMENT_WORDS:
        return "transit"  # "crossings from X into Y and onward to Z": Y is passed through on the way
    if set(near) & WORDS.destination_prepositions and _departures_shifted(view, sent, span):
        return "departure"  # "departures have shifted northwards, to X": the new place of departure
    if set(near) & WORDS.destination_prepositions and set(before) & WORDS.destination_words:
        return "destination"
    if set(near) & WORDS.heading_prepositions and set(before) & MOVEMENT_WORDS:
        return "destination"  # "the desert crossings from Agadez towards X": where they head on the route
    if set(near) & WORDS.departure_prepositions and _parallel_departure(view, sent, span):
        return "departure"  # "departed from X and Y, and, later, increasingly from Z"
    if _names_body_after_list(view, sent, span):
        return "partner"  # "controls by Serbian and Hungarian authorities"
    window = set(before) | set(after)
    if _possessive(view, span) and (span.start == sent.start or view.spans_in("route", sent.start, sent.end)):
        return "partner"  # "Albania's leadership on the route", "Serbia's visa alignment": the state acts
    if after[:1] and (
        after[0] in WORDS.authority_after
        or after[1:2]
        and after[1] in WORDS.authority_after
        and after[0] in ("border", "coast")
    ):
        return "partner"  # "the Libyan coast guard intercepted", "Polish border guards recorded"
    if _on_border(before):
        return "partner"  # a state on a border of the route ("the border between X and Y")
    if set(after[:2]) & WORDS.border_words:
        return "partner"  # a state on a border of the route by its adjective ("the Greek–Turkish land border")
    if window & WORDS.departure_words and not set(near) & WORDS.destination_prepositions:
        return "departure"
    if window & WORDS.transit_words:
        return "transit"
    if after[:1] and after[0] in WORDS.own_places:
        return "partner"  # "boats sighted off the Ivorian coastline": the state whose coast the route runs along
    if set(after) & WORDS.destination_words:
        return "destination"  # "Italy saw more arrivals"
    if window & WORDS.partner_words or "with" in near:
        return "partner"
    return None


def _on_border(before: list[str]) -> bool:
    """Whether the words before a country put it on a border ("the border between X and Y", "with X")."""
    return bool(set(before[-4:]) & WORDS.border_words and set(before[-3:]) & {"between", "with", "and"})


def _passes_onward(after: list[str]) -> bool:
    """Whether the words after a country carry the movement on beyond it ("X and onward to")."""
    return after[:1] == ["and"] and len(after) > 1 and after[1] in WORDS.onward_words


def _departures_shifted(view, sent, span) -> bool:
    """Whether the sentence says, before the country, that departures moved ("departures have shifted to")."""
    words = [t.lower_ for t in view.doc[sent.start : span.start]]
    departed = [i for i, w in enumerate(words) if w in WORDS.departure_words]
    return bool(departed) and any(w in WORDS.shift_words for w in words[departed[0] + 1 :])


def _state_body(view, span) -> bool:
    """Whether a state body of the country follows it ("Polish border guards", "the Italian coast guard")."""
    doc = view.doc
    if _names_body_after_list(view, span.sent, span):
        return True  # "joint patrols by Croatian and Slovenian police"
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    return bool(after) and (
        after[0] in WORDS.authority_after
        or (after[1:2] and after[1] in WORDS.authority_after and after[0] in ("border", "coast"))
    )


def _parallel_departure(view, sent, span) -> bool:
    """Whether an earlier "from X" of the sentence is a departure ("departed from X ..., and
    increasingly from Y"): a later "from" goes on with the same verb of movement."""
    doc = view.doc
    for earlier in view.spans_in("country", sent.start, span.start):
        if earlier.start > sent.start and doc[earlier.start - 1].lower_ in WORDS.departure_prepositions:
            clause = {t.lower_ for t in doc[max(sent.start, earlier.start - DEFAULT_MOVEMENT_WINDOW) : earlier.start]}
            if clause & MOVEMENT_WORDS:
                return True
    return False


def _names_body_after_list(view, sent, span) -> bool:
    """Whether a list of demonyms the country opens or stands in ends in a state body
    ("Serbian and Hungarian authorities")."""
    doc = view.doc
    for members in view.lists_holding(sent, span):
        if len(members) > 1:
            last = members[-1]
            return last.end < sent.end and doc[last.end].lower_ in WORDS.authority_after
    return False


def _list_role(view, sent, span) -> Optional[str]:
    """The role of a country, or else of the first of the list it stands in ("departed from
    Senegal, the Gambia and Mauritania": all three departed)."""
    role = _role(view, sent, span)
    if role is not None:
        return role
    for members in view.lists_holding(sent, span):
        if members[0] is not span:
            return _role(view, sent, members[0])
    return None


def _followed_by(view, sent, span) -> bool:
    """Whether "followed by" stands right before a country (a ranking of the same kind)."""
    doc = view.doc
    words = [t.lower_ for t in doc[max(sent.start, span.start - 2) : span.start]]
    return words == ["followed", "by"]


def _strong_role(view, sent, span) -> Optional[str]:
    """Departure or transit stated outright: what ties a country to a route named elsewhere."""
    role = _list_role(view, sent, span)
    if role == "partner" and _possessive(view, span) and span.start == sent.start:
        return role  # the next sentence's subject is the state's own act ("Serbia's visa alignment ...")
    return role if role in ("departure", "transit") else None


def _possessive(view, span) -> bool:
    """Whether the country stands in the possessive ("Albania's"): its own act or policy."""
    doc = view.doc
    return span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s")


@functools.lru_cache(maxsize=1)
def _landmarks() -> tuple[tuple[re.Pattern, str], ...]:
    """Place names that belong to one route ("Canary Islands" → Western African), from the
    route table's qualifiers, as case-sensitive whole-word patterns."""
    from extractor.nlp.routes import route_table

    qualified, _ = route_table()
    patterns = []
    for phrase, route in qualified.items():
        if len(phrase) > 3:
            # The table is lower-cased; a landmark is a proper name, written with capitals.
            name = " ".join(word[:1].upper() + word[1:] for word in phrase.split())
            patterns.append((re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)"), route))
    return tuple(patterns)


def _route_names(view, mentions: list[RouteMention]) -> list[str]:
    """The routes a sentence names, as one when written as one combined name ("the Western
    Mediterranean/Atlantic route": what follows is about both, no landmark needed)."""
    doc = view.doc
    names = list(dict.fromkeys(m.route for m in mentions))
    ordered = sorted(mentions, key=lambda m: m.start)
    joined = all(doc[a.end : b.start].text.strip() == "/" for a, b in zip(ordered, ordered[1:]))
    return ["/".join(names)] if len(names) > 1 and joined else names


def _landmarks_in(view: LetterDoc, sent) -> set[str]:
    """The routes whose landmark a sentence names, outside the route names themselves (the
    route's own name, "the Atlantic route", is no landmark)."""
    names = [
        (r.start_char - sent.start_char, r.end_char - sent.start_char)
        for r in view.spans_in("route", sent.start, sent.end)
    ]
    return {
        route
        for pattern, route in _landmarks()
        for match in pattern.finditer(sent.text)
        if not any(a < match.end() and match.start() < b for a, b in names)
    }


def _pick_routes(view: LetterDoc, routes: list[str], *sents, letter_routes: frozenset = frozenset()) -> list[str]:
    """Of several routes a later sentence may be about, the one whose landmark it (or the sentence
    before it) names ("arrivals to the Canary Islands" → Western African); none when nothing tells.
    A later sentence that names only the landmark of another route of the letter is about that
    route ("Arrivals on the Western Mediterranean route fell. By contrast, the Canary Islands ...")."""
    flat = [r for name in dict.fromkeys(routes) for r in name.split("/")]
    later = sents[0] if sents else None
    if later is not None and letter_routes:
        own = _landmarks_in(view, later)
        if own and not own & set(flat):
            return sorted(own & letter_routes)
    if len(set(routes)) <= 1:
        return flat
    for sent in sents:
        if sent is None:
            continue
        named = _landmarks_in(view, sent) & set(routes)
        if named:
            return [r for r in dict.fromkeys(routes) if r in named]
    return []


def _speaks_of_movement(sent) -> bool:
    """Whether a sentence itself talks of crossings, departures, arrivals, transit or the border."""
    words = {t.lower_ for t in sent}
    return bool(words & SPEECH_OF_MOVEMENT)


def _bystander(view, sent, span) -> bool:
    """A country only in a list of unrelated facts, or only as the nationality of people."""
    doc = view.doc
    if view.is_origin(span) or span.text.lower() in people_demonyms():
        return True
    before = [t.lower_ for t in doc[max(sent.start, span.start - 2) : span.start]]
    if len(before) == 2 and before[1] in ("of", "from") and before[0] in WORDS.people_of:
        return True
    cue = view.cue_before(sent.start, span.start)
    if _names_body_after_list(view, sent, span):
        return False  # "by Serbian and Hungarian authorities": states acting on the route
    if _followed_by(view, sent, span):
        return False  # "..., followed by X": ranked with the one before, not an agent
    if _passes_onward(_clause_window(view, sent, span)[1]):
        return False  # "crossings into X and onward to Y": X lies on the way
    if cue == "neg" and len(before) == 2 and before[1] == "of" and before[0] in WORDS.partner_of:
        return False  # "the efforts of X": X acts on the route
    if cue == "neg" and before[-1:] == ["between"] and before[0] in WORDS.border_words:
        return False  # "the border between X and Y": both lie on the route
    return cue == "neg" and not set(before) & (WORDS.departure_prepositions | WORDS.transit_prepositions)


def _route_mentions(view, sents, sent_of, letter: LetterText) -> list[RouteMention]:
    """Routes named in the body, plus "that route" pointing back at the last one named."""
    named = [
        RouteMention(s._.norm or s.text, s.start, s.end, sent_of[s.start])
        for s in view.spans("route")
        if s.start in sent_of
    ]
    found = list(named)
    for index, sent in enumerate(sents):
        words = view.lowers[sent.start : sent.end]  # read once for the letter: no Token object a word
        phrase = phrase_at(words, WORDS.route_anaphora)
        if phrase is None or any(m.sentence == index for m in named):
            continue
        earlier = [m for m in named if m.sentence < index]
        if not earlier or len({m.route for m in earlier if m.sentence == earlier[-1].sentence}) != 1:
            continue  # nothing, or several routes, to point back at
        last = earlier[-1]
        if _paragraphs_between(letter, sents[last.sentence], sent) > DEFAULT_CONTEXT_PARAGRAPHS:
            continue
        at = sent.start + next(i for i in range(len(words)) if tuple(words[i : i + 2]) == phrase)
        found.append(RouteMention(last.route, at, at + 2, index))
    return sorted(found, key=lambda m: m.start)


def _paragraphs_between(letter: LetterText, a, b) -> int:
    """How many paragraph breaks lie between two sentences."""
    return letter.body.count("\n\n", text_start(a), text_start(b))


def _clusters(view, mentions: list[RouteMention]) -> list[list[RouteMention]]:
    """Routes of one sentence grouped when they form one list ("Central and Eastern Mediterranean")."""
    doc = view.doc
    clusters: list[list[RouteMention]] = []
    for mention in mentions:
        if clusters:
            last = clusters[-1][-1]
            between = [t.lower_ for t in doc[last.end : mention.start]]
            if all(w in WORDS.route_glue for w in between):
                clusters[-1].append(mention)
                continue
        clusters.append([mention])
    return clusters


def _partly_named_list(view, cluster: list[RouteMention]) -> bool:
    """Whether the routes stand in a list under one plural noun with a member that is no route the
    letter names ("the Mediterranean and Atlantic routes"): its partners may be the other member's."""
    doc = view.doc
    start, end = cluster[0].start, cluster[-1].end
    joiners, plural = WORDS.route_list_joiners, WORDS.route_plural_nouns
    named = view.spans("route") + view.spans("country") + view.spans("organisation")

    def stray(i: int) -> bool:
        # a capitalised word outside any route, country or body name: a sea or region the letter gives no route of
        return 0 <= i < len(doc) and doc[i].is_title and not any(r.start <= i < r.end for r in named)

    before = start >= 2 and doc[start - 1].lower_ in joiners and stray(start - 2)
    if before and end < len(doc) and doc[end].lower_ in plural:
        return True
    return end + 2 < len(doc) and doc[end].lower_ in joiners and stray(end + 1) and doc[end + 2].lower_ in plural


def _nearest_cluster(clusters: list[list[RouteMention]], span) -> list[RouteMention]:
    """The routes a country in the sentence belongs to: the nearest list of them, before first."""

    def distance(cluster: list[RouteMention]) -> tuple[int, int]:
        start, end = cluster[0].start, cluster[-1].end
        if end <= span.start:
            return (span.start - end, 0)
        if span.end <= start:
            return (start - span.end, 1)
        return (0, 0)

    return min(clusters, key=distance)


def find_route_ties(doc, mentions, letter: LetterText) -> list[RouteTie]:
    """Countries the letter ties to each route it names, with their role, evidence and the rule
    that tied them (``because``)."""
    view = LetterDoc(doc, letter)
    sents = view.sents
    sent_of = view.sentence_of
    countries = [s for s in view.spans("country") if s._.norm and s.start in sent_of]
    routes = _route_mentions(view, sents, sent_of, letter)
    letter_routes = frozenset(m.route for m in routes)
    ties: dict[tuple[str, str], RouteTie] = {}

    def tie(route: str, span, index: int, role: Optional[str], because: str, code: Optional[str] = None) -> None:
        code = code or span._.norm
        key = (route, code)
        if (
            code in EU_MEMBER_STATES
            and role not in ("departure", "transit")
            and (span is None or not _state_body(view, span))
        ):
            return  # "a meeting with Greece, Italy and Malta", "shared by Latvia and Poland": the Union's side
        role = role or "partner"
        old = ties.get(key)
        if old is None or ROLE_RANK[role] < ROLE_RANK[old.role]:
            evidence = view.grounding(index)
            ties[key] = RouteTie(route=route, country=code, role=role, evidence=evidence, because=because)

    tied_in: set[int] = set()  # sentences naming a route that tie countries of their own
    # Countries of a sentence that names several routes as one list ("partnerships along the Central
    # Mediterranean and Western African routes with X and Y"): (routes, country, sentence, role).
    shared: list[tuple[list[str], object, int, Optional[str]]] = []
    by_sentence: dict[int, list[RouteMention]] = {}
    for mention in routes:
        by_sentence.setdefault(mention.sentence, []).append(mention)

    for index, sent_routes in by_sentence.items():
        sent = sents[index]
        clusters = _clusters(view, sent_routes)
        in_sentence = [s for s in countries if sent.start <= s.start < sent.end]
        lists = view.country_lists(in_sentence)
        # A list shares the role its first member is given ("through Libya and Italy").
        roles = [[_role(view, sent, span) or _role(view, sent, members[0]) for span in members] for members in lists]
        any_role = any(role for member_roles in roles for role in member_roles)
        for members, member_roles in zip(lists, roles):
            for span, role in zip(members, member_roles):
                if _bystander(view, sent, span) or (role is None and any_role):
                    continue  # "..., while Malta saw fewer": no role where others have one
                cluster = _nearest_cluster(clusters, span)
                if _other_clause(view, sent, span, cluster, in_sentence):
                    continue  # "partnerships with X, and cooperation with Y on the route": Y's
                if role not in ("departure", "transit") and _partly_named_list(view, cluster):
                    continue  # "for the Sahel and Balkan routes, to X and Y" where Sahel is no route: which route is whose?
                cluster_routes = list(dict.fromkeys(m.route for m in cluster))
                if len(cluster_routes) > 1:
                    shared.append((cluster_routes, span, index, role))  # decided once every other tie is known
                else:
                    tie(cluster_routes[0], span, index, role, ROUTE_SENTENCE)
                tied_in.add(index)
        para_start, para_end = view.paragraph_of(text_start(sent))
        if len({m.route for m in sent_routes}) == 1 and _sentence_refers_back(sent):
            # "These countries are the main partners on the route": the paragraph's countries so far.
            for span in countries:
                k = sent_of[span.start]
                if k < index and sents[k].end_char > para_start and not _bystander(view, sents[k], span):
                    tie(sent_routes[0].route, span, k, "partner", REFERS_BACK)
        opens = index == 0 or sents[index - 1].end_char <= para_start
        if opens:
            # The paragraph is about these routes: later sentences tie countries they give a role.
            for span in countries:
                k = sent_of[span.start]
                later = sents[k]
                if k > index and text_start(later) < para_end and k not in by_sentence:
                    role = _list_role(view, later, span)
                    if role not in ("departure", "transit") and index in tied_in and not _speaks_of_movement(later):
                        # The route's sentence named its countries: a later partner is the route's only
                        # where its sentence talks of crossings, departures or arrivals itself.
                        role = None
                    if role is not None and not _bystander(view, later, span):
                        for route in _pick_routes(
                            view, _route_names(view, sent_routes), later, sents[k - 1], letter_routes=letter_routes
                        ):
                            tie(route, span, k, role, PARAGRAPH_OPENING)
        elif index + 1 < len(sents) and index + 1 not in by_sentence and text_start(sents[index + 1]) < para_end:
            # The sentence right after the route's goes on about it ("Most of those arriving had
            # departed from X"): departure and transit stated outright tie.
            nxt = sents[index + 1]
            for span in countries:
                if nxt.start <= span.start < nxt.end and not _bystander(view, nxt, span):
                    role = _strong_role(view, nxt, span)
                    if role is not None:
                        for route in _pick_routes(
                            view, _route_names(view, sent_routes), nxt, sent, letter_routes=letter_routes
                        ):
                            tie(route, span, index + 1, role, NEXT_SENTENCE)
        first_in_paragraph = not any(j < index and sents[j].end_char > para_start for j in by_sentence)
        earlier = index - 1
        while first_in_paragraph and earlier >= 0 and sents[earlier].end_char > para_start:
            # The sentences before the route's, in its paragraph, lead up to it ("Crossings from X to
            # the islands fell. On the route, arrivals ..."): departures stated outright.
            prev = sents[earlier]
            for span in countries:
                if prev.start <= span.start < prev.end and not _bystander(view, prev, span):
                    if _strong_role(view, prev, span) == "departure":
                        for route in _pick_routes(
                            view, _route_names(view, sent_routes), prev, letter_routes=letter_routes
                        ):
                            tie(route, span, earlier, "departure", PREVIOUS_SENTENCE)
            earlier -= 1
    _context_ties(view, countries, routes, tie)
    _list_item_ties(view, countries, routes, tie)
    _border_ties(view, countries, letter_routes, tie)
    _subject_route_ties(view, countries, routes, tie)
    _own_place_ties(view, routes, ties, tie)
    for cluster_routes, span, index, role in shared:
        # A partner the letter ties elsewhere to some of the listed routes belongs to those ("departures
        # from X" on one of them); one it ties to none, or a departure or transit the sentence states on
        # the whole list ("the main country of departure on the A and B routes"), belongs to each route.
        known = [
            route for route in cluster_routes if (route, span._.norm) in ties and role not in ("departure", "transit")
        ]
        for route in known or cluster_routes:
            tie(route, span, index, role, ROUTE_SENTENCE)
    return sorted(ties.values(), key=lambda t: (t.evidence.start, t.route, t.country))


# A list item's marker before a country that heads it ("- Senegal: ...", "• Niger – ...", "(b) Mali: ...").
ITEM_MARK_PATTERN = r"\s*(?:[-–•*▪]|\(?[0-9a-z]{1,2}[.)])"
ITEM_MARKER = re.compile(rf"^{ITEM_MARK_PATTERN}\s+$")
# A line that opens on such a marker: an item of the list.
ITEM_LINE = re.compile(rf"{ITEM_MARK_PATTERN}\s")
ITEM_HEAD_END = (":", "–", "—")


def _list_item_ties(view: LetterDoc, countries, routes: list[RouteMention], tie) -> None:
    """Partners in the list a route's sentence leads into ("on partnerships along the route:" over "- X:
    ...", "- Y: ..."): each item headed by a country is that country's part on the route."""
    body = view.letter.body
    for mention in routes:
        line_end = body.find("\n", view.doc[mention.start].idx)
        if line_end < 0 or not body[:line_end].rstrip().endswith(":"):
            continue  # the route's line does not lead into a list
        pos, items = line_end + 1, []
        for line in body[pos:].split("\n"):
            if line.strip():
                if not ITEM_LINE.match(line):
                    break  # the list ends at the first line that is no item
                items.append((pos, pos + len(line)))
            pos += len(line) + 1
        for span in countries:
            for start, end in items:
                if start <= span.start_char < end:
                    head_end = body[span.end_char : end].lstrip()[:1]
                    if ITEM_MARKER.match(body[start : span.start_char]) and head_end in ITEM_HEAD_END:
                        tie(mention.route, span, view.sentence_of[span.start], "partner", LIST_ITEM)


def _border_ties(view: LetterDoc, countries, letter_routes: frozenset, tie) -> None:
    """A state on "the border with X" anywhere in the letter, when X lies along a route the letter names
    (``routes.jsonl``): the border is the route's ("the situation at the border with X" ... "on the
    Eastern Land Borders")."""
    from extractor.nlp.routes import route_states

    states = route_states()
    for span in countries:
        k = view.sentence_of[span.start]
        sent = view.sents[k]
        if not _on_border(_clause_window(view, sent, span)[0]) or _bystander(view, sent, span):
            continue
        for route in sorted(letter_routes):
            if span._.norm in states.get(route, ()):
                tie(route, span, k, "partner", BORDER_OF_ROUTE)


def _subject_route_ties(view: LetterDoc, countries, routes: list[RouteMention], tie) -> None:
    """States acting on the routes a letter's subject names (its subject line or first paragraph of prose), in the
    paragraphs after it that name no route but speak of movement along one ("crossings fell once the Tunisian
    authorities stepped up controls"), each tied to those of the routes that it lies along (``routes.jsonl``): the
    letter's sections speak of its subject's routes."""
    from extractor.nlp.routes import route_states

    sents, sent_of = view.sents, view.sentence_of
    subject_end = first_prose_end(view.text)
    subject_routes = sorted({m.route for m in routes if text_start(sents[m.sentence]) < subject_end})
    if not subject_routes:
        return
    # The subject's sections run until a paragraph that names a route again (the context rule's from there).
    sections_end = min(
        (p for p in (text_start(sents[m.sentence]) for m in routes) if p >= subject_end), default=len(view.text)
    )
    states = route_states()
    for span in countries:
        k = sent_of[span.start]
        sent = sents[k]
        pos = text_start(sent)
        if not subject_end <= pos < sections_end or _bystander(view, sent, span):
            continue
        # "On a separate matter, the X authorities signed our trade agreement": acting, but on no route.
        if not {t.lower_ for t in sent} & ROUTE_SPEECH:
            continue
        role = _list_role(view, sent, span)
        if role not in ("departure", "transit", "partner"):
            continue
        for route in subject_routes:
            if span._.norm in states.get(route, ()):
                tie(route, span, k, role, STATE_OF_SUBJECT_ROUTE)


def _own_place_ties(view: LetterDoc, routes: list[RouteMention], ties: dict, tie) -> None:
    """The writer's own state where a sentence about a route says people left "from our coast" or passed
    "through our territorial waters" (the state the letter's author speaks for)."""
    about: dict[int, set[str]] = {}
    for mention in routes:
        about.setdefault(mention.sentence, set()).add(mention.route)
    for found in ties.values():
        about.setdefault(found.evidence.sentence, set()).add(found.route)
    doc = view.doc
    author_country = None
    for index in sorted(about):
        sent = view.sents[index]
        for token in sent[:-1]:
            if token.lower_ != "our":
                continue
            if doc[token.i + 1].lower_ in WORDS.own_state_nouns:
                role = _own_state_role(doc[token.i + 2 : min(sent.end, token.i + 2 + OWN_ROLE_REACH)])
            elif doc[token.i + 1].lower_ not in WORDS.own_places or token.i == sent.start:
                continue
            else:
                before = doc[token.i - 1].lower_
                role = (
                    "departure"
                    if before in WORDS.departure_prepositions
                    else "transit"
                    if before in WORDS.transit_prepositions
                    else None
                )
            if role is None:
                continue
            if author_country is None:
                from extractor.relations.actors import author_of

                author_country = author_of(view.letter, view)[1] or ""
            if author_country:
                for route in sorted(about[index]):
                    tie(route, None, index, role, OWN_PLACE, code=author_country)


def _own_state_role(words) -> Optional[str]:
    """The role the words just after "our country" give the writer's state ("is still a corridor of transit":
    transit; "is a country of origin": departure), up to the clause's end; None when they give none."""
    for word in words:
        if word.text in (",", ";", ".") or word.lower_ in WORDS.clause_openers:
            return None
        if word.lower_ in WORDS.transit_words:
            return "transit"
        if word.lower_ in WORDS.origin_role_words or word.lower_ in WORDS.departure_words:
            return "departure"
    return None


def _other_clause(view, sent, span, cluster: list[RouteMention], countries: list) -> bool:
    """Whether a country stands in another clause than its route (", and ..." between them) while
    the route's own clause names a country of its own."""
    doc = view.doc
    if cluster[0].start < span.start:
        return False  # the route first, the country after: what follows is about it
    breaks = [
        i
        for i in range(span.end, cluster[0].start)
        if doc[i].text == ";" or (doc[i].text == "," and i + 1 < sent.end and doc[i + 1].lower_ in WORDS.clause_openers)
    ]
    if not breaks:
        return False
    return any(breaks[-1] < c.start < cluster[0].start for c in countries)


def _route_opens_letter(view, sents, paragraph: tuple[int, int], letter: LetterText) -> bool:
    """Whether the paragraph naming the route is the body's first one (the letter's subject)."""
    first = next((s for s in sents if s.text.strip()), None)
    return first is not None and view.paragraph_of(text_start(first))[0] == paragraph[0]


def _sentence_refers_back(sent) -> bool:
    words = [t.lower_ for t in sent]
    return phrase_at(words, SHARED_WORDS.backref) is not None


def _context_ties(view: LetterDoc, countries, routes, tie) -> None:
    """Departure and transit countries in the paragraphs after one that names a single route."""
    doc, sents, sent_of, letter = view.doc, view.sents, view.sentence_of, view.letter
    if not routes:
        return
    paragraphs: dict[tuple[int, int], set[str]] = {}
    for mention in routes:
        key = view.paragraph_of(text_start(sents[mention.sentence]))
        paragraphs.setdefault(key, set()).add(mention.route)
    ordered = sorted(paragraphs.items())
    for n, ((start, end), names) in enumerate(ordered):
        if len(names) != 1:
            continue
        route = next(iter(names))
        for span in countries:
            k = sent_of[span.start]
            sent = sents[k]
            pos = text_start(sent)
            if pos < end:
                continue
            if n + 1 < len(ordered) and pos >= ordered[n + 1][0][0]:
                break  # the next paragraph that names a route takes over
            if letter.body.count("\n\n", end, pos) > DEFAULT_CONTEXT_PARAGRAPHS:
                break
            role = _strong_role(view, sent, span)
            because = LATER_PARAGRAPH
            if (
                role is None
                and letter.body.count("\n\n", end, pos) <= 1
                and _route_opens_letter(view, sents, ordered[n][0], letter)
            ):
                # The letter opens on the route ("the situation in the Central Mediterranean and what
                # we have achieved with our partners"): the next paragraph's partners are its partners.
                role = (
                    "partner"
                    if _list_role(view, sent, span) == "partner"
                    and "with" in [t.lower_ for t in doc[max(sent.start, span.start - 3) : span.start]]
                    else None
                )
                because = OPENING_ROUTE_PARTNER
            if role is not None and not _bystander(view, sent, span):
                tie(route, span, k, role, because)
