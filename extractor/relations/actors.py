"""Actors: who wrote the letter (``author_of``), who acts in a verb group, who is asked to act."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Optional

from extractor.relations.cues import VerbGroup, load_cues
from extractor.relations.letter_doc import PREPOSITIONS
from extractor.relations.wordlists import load_lexicon

if TYPE_CHECKING:
    from extractor.relations.letter_doc import LetterDoc

WORDS = load_lexicon("commitments")
# How far back a subject may stand before its verb group.
DEFAULT_SUBJECT_WINDOW = 6
# How far after "we call on" / "I urge" the "to" that closes the addressee may stand.
DEFAULT_ADDRESSEE_WINDOW = 8
# The actor of "we" when nothing says who wrote the letter.
UNKNOWN_AUTHOR = "the author"
MEMBER_STATES = "Member States"
EUROPEAN_UNION = "European Union"


def actor_of(
    view: LetterDoc, sent, group: Optional[VerbGroup], author: Optional[str], explicit: bool = False
) -> Optional[str]:
    """The actor of a verb group: its subject, the agent of a passive, or the letter's author."""
    if group is None:
        return None if explicit else author
    doc = view.doc
    lo = max(sent.start, group.start - DEFAULT_SUBJECT_WINDOW)
    programmes = view.spans_in("programme", sent.start, sent.end)
    programme_tokens = {i for p in programmes for i in range(p.start, p.end)}
    orgs = view.spans_in("organisation", lo, group.start)
    countries = view.spans_in("country", lo, group.start)
    candidates = []
    for span in orgs:
        candidates.append((span.end, span._.norm or span.text))
    for span in countries:
        head = view.phrase_start(sent, span)  # "the Government of Italy has paid": Italy acts
        prev = doc[head - 1].lower_ if head > sent.start else ""
        inside_name = any(p.start <= span.start < p.end for p in programmes)
        if view.cue_before(sent.start, span.start) is None and prev not in PREPOSITIONS and not inside_name:
            candidates.append((span.end, span._.norm))
    for token in doc[lo : group.start]:
        word = token.lower_
        if word in WORDS.subject_pronouns:
            candidates.append((token.i + 1, author or UNKNOWN_AUTHOR))
        elif word in ("it", "they"):
            candidates.append((token.i + 1, ""))  # a pronoun we cannot resolve: no actor
        elif token.i in programme_tokens:
            continue  # the "EU" of "EU-Turkey Statement" acts in nothing
        elif word == "eu" or (
            word == "union" and token.i > sent.start and doc[token.i - 1].lower_ in ("the", "european")
        ):
            candidates.append((token.i + 1, EUROPEAN_UNION))
        elif word == "states" and token.i > sent.start and doc[token.i - 1].lower_ == "member":
            candidates.append((token.i + 1, MEMBER_STATES))
    # A subject stands right before its verb group, or with only "and"/"," and other subjects
    # between ("Nigeria and Ghana have opened"); "departures from eastern Libya have increased"
    # has no actor.
    names = {i for span in orgs + countries for i in range(span.start, span.end)}
    bridge = WORDS.subject_bridge | WORDS.to_governors
    candidates = [
        (end, value)
        for end, value in candidates
        if all(t.lower_ in bridge or t.i in names for t in doc[end : group.start])
    ]
    if candidates:
        return max(candidates)[1] or (None if explicit else author)
    if group.time == "past" and group.aux and set(group.aux) & WORDS.be_have or group.cls == "planned":
        # A passive: "adopted by the Commission" names the agent; else the author did it.
        after = doc[group.head + 1 : min(sent.end, group.head + 4)]
        if len(after) and after[0].lower_ == "by":
            for span in view.spans_in("organisation", after.start, sent.end):
                if after.start < span.start <= after.start + 2:
                    return span._.norm or span.text
    return None if explicit else author


def addressee_call(view: LetterDoc, sent) -> Optional[tuple[str, int]]:
    """ "I request/urge/call on X to VERB": the addressee X and the index of VERB."""
    doc = view.doc
    words = [t.lower_ for t in sent]
    if "i" not in words and "we" not in words:
        return None
    # Adverbs may stand inside the phrase ("we therefore ask"): match on the words without them.
    kept = [(w, sent.start + i) for i, w in enumerate(words) if w not in WORDS.call_fillers]
    plain = [w for w, _ in kept]
    for phrase in WORDS.call:
        if phrase[0] not in ("i", "we"):
            continue
        n = len(phrase)
        for i in range(len(plain) - n + 1):
            if tuple(plain[i : i + n]) != phrase:
                continue
            k = kept[i + n - 1][1] + 1
            stop = min(sent.end, k + DEFAULT_ADDRESSEE_WINDOW)
            for j in range(k, stop):
                if doc[j].lower_ == "to" and j + 1 < sent.end:
                    addressee = doc[k:j].text.strip()
                    for span in view.spans_in("organisation", k, j) + view.spans_in("country", k, j):
                        return span._.norm or span.text, j + 1
                    if addressee.lower().endswith("member states"):
                        return MEMBER_STATES, j + 1
                    if addressee:
                        return addressee, j + 1
    return None


def author_of(letter, view: Optional[LetterDoc] = None) -> tuple[Optional[str], Optional[str]]:
    """(institution, ISO country) of the letter's author, from its letterhead, title or body."""
    head = " ".join(filter(None, [letter.parts.letterhead, letter.parts.signatory_title])).lower()
    if view is not None and head:
        # An organisation the body names whose name the letterhead carries ("AFRICAN UNION
        # COMMISSION"): the longest such name.
        named = sorted({s._.norm for s in view.spans("organisation") if s._.norm}, key=len, reverse=True)
        for name in named:
            # Whole words only: "Federal Council" is not in "Federal Councillor".
            if len(name) > 3 and re.search(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)", head):
                return name, None
    for keyword, name in WORDS.author_keywords:
        if keyword in head:
            return name, None
    country = country_in(head) if head else None
    if country:
        return country, country
    if view is not None and any(word in head for word in WORDS.national_author_words):
        # A ministry that does not name its state: the state the body makes the subject of
        # its verbs ("Italy has opened", "the United Kingdom agreed") is the author's.
        subjects = subject_countries(view)
        if subjects:
            code = subjects.most_common(1)[0][0]
            return code, code
    if view is not None:
        # No letterhead: the institution the body names most often among the authoring ones
        # (a Commission letter speaks of "the Commission" more than of the Council it addresses).
        norms = Counter(s._.norm for s in view.spans("organisation") if s._.norm)
        order = {name: rank for rank, (_, name) in enumerate(WORDS.author_keywords)}
        known = [name for name in order if norms.get(name) and name in WORDS.body_authors]
        if known:
            return max(known, key=lambda name: (norms[name], -order[name])), None
    # Last resort: the signatory in person (a title alone, "Minister of the Interior", would
    # merge the ministers of different states into one actor).
    fallback = letter.parts.signatory
    return (fallback.strip() if fallback else None), None


def subject_countries(view: LetterDoc) -> Counter:
    """How often each country stands as the subject of a verb ("Italy has allocated")."""
    doc = view.doc
    cues = load_cues()
    counts: Counter = Counter()
    for span in view.spans("country"):
        if span.end >= len(doc) or not span._.norm:
            continue
        nxt = doc[span.end].lower_
        prev = doc[span.start - 1].lower_ if span.start > 0 else "."
        opens = prev in WORDS.subject_openers or doc[span.start].is_sent_start
        if (nxt in WORDS.auxiliaries or nxt in cues.forms) and opens:
            counts[span._.norm] += 1
    return counts


def country_in(text: str) -> Optional[str]:
    """The ISO code of a country named in a letterhead ("Ministry of the Interior of Italy")."""
    import pycountry

    best = None
    for country in pycountry.countries:
        for name in (getattr(country, "common_name", None), country.name, getattr(country, "official_name", None)):
            if name and len(name) > 3 and name.lower() in text:
                if best is None or len(name) > best[0]:
                    best = (len(name), country.alpha_3)
    return best[1] if best else None
