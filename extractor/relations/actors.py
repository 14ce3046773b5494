"""Actors: who wrote the letter (``author_of``), who acts in a verb group, who is asked to act.

Both are ordered rule tables (``AUTHOR_RULES``, ``ACTOR_RULES``): the first rule that applies
decides, and a commitment keeps the actor rule's name in its ``because``. An actor is never a
pronoun or a mail-merge placeholder, and a seat of government ("the White House") stands for its
country.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from extractor.reference.addresses import postal_code_country
from extractor.reference.casing import TITLE_SMALL_WORDS
from extractor.reference.countries import country_code, country_names_in, demonyms, subdivision_table
from extractor.reference.english import english_words
from extractor.reference.marks import POSSESSIVE_MARKS, QUOTED_MESSAGE, SUBJECT_LABEL
from extractor.reference.regexes import NO_WORD_AFTER, NO_WORD_BEFORE, literal_matches
from extractor.relations.cues import (
    VerbGroup,
    giving_participle,
    is_finite_form,
    load_cues,
    participle_givers,
    verb_groups,
)
from extractor.relations.letter_doc import PREPOSITIONS, phrase_at
from extractor.relations.rules import decide
from extractor.relations.wordlists import load_lexicon

if TYPE_CHECKING:
    from extractor.relations.letter_doc import LetterDoc

WORDS = load_lexicon("commitments")
# How far back a subject may stand before its verb group.
DEFAULT_SUBJECT_WINDOW = 12
# How far after "we call on" / "I urge" the "to" that closes the addressee may stand.
DEFAULT_ADDRESSEE_WINDOW = 8
# A donor's name before its bracketed sum has at most this many tokens ("the European Commission").
MAX_NAME_BEFORE_BRACKET = 8
# Most words between the noun of a subject naming other parties and its verb ("companies represented at
# the APEC Summit announced").
MAX_SUBJECT_WORDS = 8
# "disbursed to [the Government of] Greece": how many words may stand between "to" and the country.
MAX_RECIPIENT_OFFSET = 3
# "$200 billion of investments into the United States": how many words after a sum its "into" may stand.
INFLOW_WINDOW = 5
# "$950 million in new private sector commitments": how many words after a sum the pledges' noun may stand.
MAX_PRIVATE_PLEDGE_WORDS = 7
# How many characters before a letterhead's country name its preposition may stand ("with the People's Republic of").
PARTNER_LOOKBACK = 20
# How many words after a name the subject window may start and still take the whole name in (its
# bracketed acronym and "and the").
CHAIN_REACH = 6
# Most lower-case words between a possessive and its sum ("Treasury's initial contribution of $10m").
MAX_POSSESSIVE_GAP = 4
# Most tokens of a bracketed acronym after a possessor ("Treasury Department's (Treasury) contribution").
MAX_BRACKET_TOKENS = 4
# The most words a country's name has inside an institution's name ("Papua New Guinea").
MAX_COUNTRY_NAME_WORDS = 3
# Most words naming the goods between a purchase noun and its value ("Procurement of commercial aircraft and
# aviation-related goods and services of $13.5 billion").
MAX_GOODS_WORDS = 10
# The actor of "we" when nothing says who wrote the letter.
# An aside between a subject and its verb ("Microwd, which offers ..., has committed") is this long at most.
MAX_ASIDE_TOKENS = 30
# A byline under an article's headline ("By Amina W. Otieno"): "By", then a capitalised name.
BYLINE = re.compile(r"(?i:by)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)+$")
MIN_HEADLINE_WORDS = 5  # fewest words of the line above a byline for it to be a headline, not a desk's label
MIN_TITLE_LETTERS = 5  # a shorter title ("Mr", "Dr") ends too many names' words to tell a person by
# What stands before a name that opens a clause: a list's mark, a colon, a comma after an opening phrase.
NAME_OPENERS = frozenset({",", ":", ";", "-", "–", "—", "•", "*"})
UNKNOWN_AUTHOR = "the author"
MEMBER_STATES = "Member States"
EUROPEAN_UNION = "European Union"


@dataclass
class Actor:
    """An actor decision; ``name`` None when the rule finds that nobody can be named."""

    name: Optional[str]


@dataclass
class ActorCase:
    """What the actor of one verb group is decided from."""

    view: LetterDoc
    sent: object
    group: Optional[VerbGroup]
    author: Optional[str]
    explicit: bool = False  # an undertaking: no actor rather than the author by default
    call: Optional[tuple[str, int]] = None  # "I urge X to VERB": the addressee X asked to act
    listed: object = None  # a sum in brackets in a list of names and their sums ("Japan ($1.08 billion), ...")
    sum: object = None  # the sum of money whose actor is asked for, if any

    def fallback(self) -> Actor:
        """The author, unless only an explicit actor will do."""
        return Actor(None if self.explicit else self.author)


def is_placeholder(name: Optional[str]) -> bool:
    """A pronoun or a mail-merge slot ("you", "[Name]", "<<Title>>"), not an actor's name."""
    if not name:
        return True
    text = name.strip().lower()
    return text in WORDS.placeholder_words or text[:1] in ("[", "<", "{")


def seat_country(name: Optional[str]) -> Optional[str]:
    """The country a seat of government stands for ("White House" → USA)."""
    text = (name or "").lower()
    return WORDS.government_seats.get(text)


def _subject(case: ActorCase) -> Optional[tuple[int, str, str]]:
    """The nearest subject before the verb group: (end, value, kind name/we/pronoun)."""
    candidates = _subjects(case)
    return max(candidates) if candidates else None


def _subjects(case: ActorCase) -> list[tuple[int, str, str]]:
    """Every subject before the verb group, in a chain of coordinated ones: (end, value, kind)."""
    view, sent, group = case.view, case.sent, case.group
    doc = view.doc
    lo = max(sent.start, group.start - DEFAULT_SUBJECT_WINDOW)
    # A chain of coordinated subjects may run further back ("The Millennium Challenge Corporation
    # (MCC) and the Governments of Benin and Niger are signing"): to the start of a name it reaches.
    for span in view.spans_in("organisation", sent.start, group.start):
        if span.start < lo <= span.end + CHAIN_REACH:
            lo = span.start
            break
    programmes = view.spans_in("programme", sent.start, sent.end)
    programme_tokens = {i for p in programmes for i in range(p.start, p.end)}
    orgs = view.spans_in("organisation", lo, group.start)
    countries = view.spans_in("country", lo, group.start)
    candidates = []
    for span in orgs:
        head = (
            span.start - 1
            if span.start > sent.start and doc[span.start - 1].lower_ in WORDS.determiners
            else span.start
        )
        # "CrossBoundary, in partnership with USAID, committed": a body after a preposition is no subject.
        if head > sent.start and (
            doc[head - 1].lower_ in PREPOSITIONS or doc[head - 1].lower_ in WORDS.aside_prepositions
        ):
            continue
        candidates.append((span.end, span._.norm or span.text, "name"))
    # A listed country stands where its list does: "with the governments of Lesotho and Malawi
    # provide ...": Malawi is no subject, as Lesotho is none.
    first_of = {span.start: members[0] for members in view.country_lists(countries) for span in members}
    for span in countries:
        first = first_of.get(span.start, span)
        head = view.phrase_start(sent, first)  # "the Government of Italy has paid": Italy acts
        prev = doc[head - 1].lower_ if head > sent.start else ""
        inside_name = any(p.start <= span.start < p.end for p in programmes)
        # "The Honduran Coffee Company ... committed": a demonym inside a body's name is no subject.
        inside_name = inside_name or any(o.start <= span.start < o.end for o in orgs)
        if view.cue_before(sent.start, first.start) is None and prev not in PREPOSITIONS and not inside_name:
            candidates.append((span.end, span._.norm, "name"))
    lowers = view.lowers  # read once for the letter: no Token object a word
    for i, word in enumerate(lowers[lo : group.start], lo):
        if word in WORDS.subject_pronouns:
            candidates.append((i + 1, case.author or UNKNOWN_AUTHOR, "we"))
        elif word in ("it", "they"):
            candidates.append((i + 1, "", "pronoun"))
        elif i in programme_tokens:
            continue  # the "EU" of "EU-Turkey Statement" acts in nothing
        elif word == "eu" or (word == "union" and i > sent.start and lowers[i - 1] in ("the", "european")):
            candidates.append((i + 1, EUROPEAN_UNION, "name"))
        elif word == "states" and i > sent.start and lowers[i - 1] == "member":
            candidates.append((i + 1, MEMBER_STATES, "name"))
    # A subject stands right before its verb group, or with only "and"/"," and other subjects
    # between ("Nigeria and Ghana have opened"); "departures from eastern Libya have increased"
    # has no actor.
    names = {i for span in orgs for i in range(span.start, span.end)}
    # "EXIM and the African Export-Import Bank": a name's determiner belongs to it.
    names |= {span.start - 1 for span in orgs if span.start > 0 and doc[span.start - 1].lower_ in WORDS.determiners}
    # "The Millennium Challenge Corporation (MCC) and the Governments of ...": its acronym in brackets too.
    names |= {
        i
        for span in orgs
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")"
        for i in range(span.end, span.end + 3)
    }
    # "EXIM and the Government of the United Republic of Tanzania announced": a country's phrase
    # ("the Government of") belongs to the chain.
    names |= {i for span in countries for i in range(view.phrase_start(sent, span), span.end)}
    bridge = WORDS.subject_bridge | WORDS.to_governors
    # "CrossBoundary, in partnership with USAID, committed": the subject stands before the aside.
    before_aside = _before_asides(doc, group.start - 1, lo) + 1
    inner = _inner_asides(view, lo, before_aside)

    def joined(c: tuple[int, str, str]) -> bool:
        """Whether only bridge words and names stand between a subject and its verb (or the aside before it)."""
        if c[0] > before_aside and doc[before_aside].text == ",":
            return False  # "PriceSmart, along with its partners X and Y, contributed": X and Y are the aside's
        if c[0] - 1 in inner:
            return False  # a name inside an aside between two subjects is the aside's
        stop = before_aside if c[0] <= before_aside else group.start
        return all(w in bridge or i in names or i in inner for i, w in enumerate(lowers[c[0] : stop], c[0]))

    return sorted(c for c in candidates if joined(c))


def asked_addressee(case: ActorCase) -> Optional[Actor]:
    """ "We ask the Commission to release EUR 40m": the one asked acts."""
    if case.call is None or is_placeholder(case.call[0]):
        return None
    return Actor(case.call[0])


def asked_placeholder(case: ActorCase) -> Optional[Actor]:
    """ "I urge you to provide": a pronoun or mail-merge slot names nobody (never the author)."""
    return Actor(None) if case.call is not None else None


def possessor_of_sum(case: ActorCase) -> Optional[Actor]:
    """ "The Commission's support of EUR 5 million to Greece", "Treasury Department's (Treasury)
    contribution of $155 million", "the U.S. Government's recent $150 million pledge to CEPI": the
    name whose possessive opens the sum's noun phrase gave it, whatever the sentence's subject is."""
    span = case.sum
    if span is None:
        return None
    view, sent = case.view, case.sent
    doc = view.doc
    i, words = span.start - 1, 0
    while i > sent.start and words <= MAX_POSSESSIVE_GAP:
        token = doc[i]
        if token.text in POSSESSIVE_MARKS:
            return _name_ending_at(view, sent, i)
        if token.text == ")":
            opening = next(
                (j for j in range(i - 1, max(sent.start, i - MAX_BRACKET_TOKENS) - 1, -1) if doc[j].text == "("), None
            )
            if opening is None:
                return None
            i = opening - 1
            continue
        if not (token.is_alpha and token.is_lower) or is_finite_form(token.lower_) or token.lower_ in WORDS.determiners:
            return None  # a verb, a name or a mark: the sum's noun phrase has no possessor
        i -= 1
        words += 1
    return None


def giver_after_from(case: ActorCase) -> Optional[Actor]:
    """ "an additional $22 million from Unitaid", "will leverage $1.5 million from Microsoft": the body or
    country the sum comes from gave it, whatever the sentence's subject is; "from donors" names nobody."""
    span = case.sum
    if span is None or span.end + 1 >= case.sent.end or case.view.doc[span.end].lower_ != "from":
        return None
    view, start = case.view, span.end + 1
    if view.doc[start].lower_ in WORDS.determiners:
        start += 1
    if view.doc[start].lower_ in WORDS.third_parties:
        return Actor(None)  # "calls for at least $18 billion from donors": others give it, not the author
    for family in ("organisation", "country"):
        for name in view.spans_in(family, start, case.sent.end):
            after = view.doc[name.end] if name.end < case.sent.end else None
            if name.start == start and not (after is not None and after.text[:1].isupper()):
                return Actor(name._.norm or name.text)  # not "from the American Rescue Plan": a longer name's word
    return None


def participle_subject(case: ActorCase) -> Optional[Actor]:
    """ "MCC signed compacts of $504 million, with Benin and Niger contributing an additional $15 million": the
    name right before the giving -ing form whose object is the sum gave it (the first of a list), not the
    subject of the sentence's verb."""
    span = case.sum
    if span is None:
        return None
    at = giving_participle(case.view, case.sent, span)
    if at is None:
        return None
    givers = participle_givers(case.view, case.sent, span)
    return Actor(givers[0]) if givers else _name_ending_at(case.view, case.sent, at)


def private_pledges(case: ActorCase) -> Optional[Actor]:
    """ "announced more than $950 million in new private sector commitments": companies pledged the sum, the
    author only tells of it (nobody rather than the author)."""
    span = case.sum
    if span is None:
        return None
    sent, doc = case.sent, case.view.doc
    words = [t.lower_ for t in doc[span.end : min(sent.end, span.end + MAX_PRIVATE_PLEDGE_WORDS)]]
    if words[:1] != ["in"]:
        return None
    rest = words[1:]
    while rest and rest[0] in WORDS.further_words | {"new"}:
        rest = rest[1:]
    phrase = next((p for p in WORDS.private_givers if tuple(rest[: len(p)]) == p), None)
    if phrase is None or len(rest) <= len(phrase) or rest[len(phrase)] not in WORDS.pledge_nouns:
        return None
    return Actor(None)


def buys_the_authors_goods(case: ActorCase) -> Optional[Actor]:
    """ "Purchases of approximately $15 billion of U.S. energy commodities" in a US document: the author's
    country sells; the buyer is a partner, whom the phrase does not name (nobody rather than the author)."""
    span, author = case.sum, case.author
    if span is None or not author:
        return None
    view, sent = case.view, case.sent
    doc = view.doc
    i = span.start - 1
    while i > sent.start and doc[i].lower_ in WORDS.amount_qualifiers:
        i -= 1
    if i <= sent.start or doc[i].lower_ != "of" or doc[i - 1].lower_ not in WORDS.purchase_nouns:
        return None
    if span.end + 1 >= sent.end or doc[span.end].lower_ != "of":
        return None
    for country in view.spans_in("country", span.end + 1, min(sent.end, span.end + 2 + MAX_RECIPIENT_OFFSET)):
        if country.start == span.end + 1 and (country._.norm or country.text) == author:
            return Actor(None)
    return None


def purchase_with_no_buyer(case: ActorCase) -> Optional[Actor]:
    """ "- Procurement of commercial aircraft and aviation-related goods of approximately $13.5 billion, including
    from Boeing": a verbless item whose sum is the value of the goods a purchase names names no buyer (nobody
    rather than the author, who would say "we will purchase"). "Purchases of $X of <goods>" is
    buys_the_authors_goods' form: whose goods they are tells the buyer there."""
    span = case.sum
    if span is None or case.group is not None:
        return None
    doc, sent = case.view.doc, case.sent
    i = span.start - 1
    while i > sent.start and doc[i].lower_ in WORDS.amount_qualifiers:
        i -= 1
    if i <= sent.start or doc[i].lower_ != "of":
        return None
    for j in range(i - 1, max(sent.start, i - 1 - MAX_GOODS_WORDS) - 1, -1):
        token = doc[j]
        if token.lower_ in WORDS.purchase_nouns and j + 1 < i - 1 and doc[j + 1].lower_ == "of":
            return Actor(None)
        if not (token.is_lower or token.text in (",", "-")):
            return None  # a name or a mark: the sum's phrase is not a purchase's
    return None


def _name_ending_at(view: LetterDoc, sent, mark: int) -> Optional[Actor]:
    """The organisation, country or seat whose name ends right before a possessive mark ("the U.S.
    Government's": a country's government is the country)."""
    doc = view.doc
    end = mark
    if end - 1 > sent.start and doc[end - 1].lower_ in WORDS.of_heads:
        end -= 1  # "U.S. Government's"
    lo = max(sent.start, end - MAX_NAME_BEFORE_BRACKET)
    for family in ("organisation", "country"):
        for name in view.spans_in(family, lo, mark):
            if name.end in (mark, end):
                value = name._.norm or name.text
                return Actor(seat_country(value) or value)
    return None


def no_verb(case: ActorCase) -> Optional[Actor]:
    """A sum with no verb of its own is the letter's author's."""
    return case.fallback() if case.group is None else None


def label_verb(case: ActorCase) -> Optional[Actor]:
    """ "Georgia – Energy efficiency, Tbilisi Approved: USD 12 million loan to ...": a capitalised participle and a
    colon label a summary's line; the words before it are its heading, no subject, so the author acted."""
    group, doc = case.group, case.view.doc
    if group is None or group.aux or not doc[group.head].is_title or group.head + 1 >= case.sent.end:
        return None
    return case.fallback() if doc[group.head + 1].text == ":" else None


def seat_of_government(case: ActorCase) -> Optional[Actor]:
    """ "the White House announced": a building stands for its government's country."""
    subject = _subject(case)
    code = seat_country(subject[1]) if subject and subject[2] == "name" else None
    return Actor(code) if code else None


def first_of_coordinated(case: ActorCase) -> Optional[Actor]:
    """ "MCC and the Governments of Benin and Niger are signing": the first of coordinated subjects
    acts; the others are its partners."""
    subjects = _subjects(case)
    names = [s for s in subjects if s[2] == "name"]
    if len(subjects) < 2 or len(names) != len(subjects) or len({s[1] for s in names}) < 2:
        return None
    doc = case.view.doc
    first, last = names[0], names[-1]
    if not any(t.lower_ == "and" for t in doc[first[0] : last[0]]):
        return None
    return Actor(seat_country(first[1]) or first[1])


def respective_subjects(case: ActorCase) -> Optional[Actor]:
    """ "The Coffee Company and Grupo Norte committed $2.9 million and $850,000, respectively": as many
    coordinated subjects as sums before "respectively" give one each, in order."""
    span, group = case.sum, case.group
    if span is None or group is None:
        return None
    view, sent = case.view, case.sent
    doc = view.doc
    end = next((t.i for t in doc[span.end : sent.end] if t.lower_ in WORDS.respective_words), None)
    if end is None:
        return None
    names = [s for s in _subjects(case) if s[2] == "name"]
    sums = view.sums_in(group.head, end)
    if len(names) < 2 or len(names) != len(sums) or span not in sums or len({n[1] for n in names}) < len(names):
        return None
    name = names[sums.index(span)][1]
    return Actor(seat_country(name) or name)


def named_subject(case: ActorCase) -> Optional[Actor]:
    """ "USAID will provide", "Italy has paid": the organisation or country before the verb."""
    subject = _subject(case)
    return Actor(subject[1]) if subject and subject[2] == "name" else None


def we_the_author(case: ActorCase) -> Optional[Actor]:
    """ "We will provide": the letter's author."""
    subject = _subject(case)
    return Actor(subject[1]) if subject and subject[2] == "we" else None


def unresolved_pronoun(case: ActorCase) -> Optional[Actor]:
    """ "It will provide": a pronoun we cannot resolve names nobody; the author by default."""
    subject = _subject(case)
    return case.fallback() if subject and subject[2] == "pronoun" else None


def passive_agent(case: ActorCase) -> Optional[Actor]:
    """ "adopted by the Commission": the agent of a passive."""
    view, sent, group = case.view, case.sent, case.group
    passive = group.tense == "past" and bool(set(group.aux) & WORDS.be_forms)  # "will be co-financed by"
    # "the assistance of Rs 3,048 crore released by the Government of India": a participle after its noun.
    reduced = group.tense == "past" and not group.aux
    perfect = group.time == "past" and bool(set(group.aux) & WORDS.be_have)  # "has been paid by"
    if not (perfect or group.cls == "planned" or passive or reduced):
        return None
    after = view.doc[group.head + 1 : min(sent.end, group.head + 4)]
    if len(after) and after[0].lower_ == "by":
        for span in view.spans_in("organisation", after.start, sent.end):
            if after.start < span.start <= after.start + 2:
                name = span._.norm or span.text
                return Actor(seat_country(name) or name)
        country = _country_after_by(view, sent, after.start)
        if country is not None:
            return Actor(country)
        if reduced and _common_agent(case, after.start):
            return Actor(None)  # "$15 billion in commitments made by business leaders": others, never the author
    return None


def _common_agent(case: ActorCase, by: int) -> bool:
    """Whether a bare participle after the sum ("the $15 billion in commitments made by business and government
    leaders") has for its agent a common noun ("leaders", "the private sector"), no name and no date ("by 2025")."""
    span, doc = case.sum, case.view.doc
    if span is None or span.end > case.group.head:
        return False
    first = by + 1
    if first < case.sent.end and doc[first].lower_ in WORDS.determiners:
        first += 1
    return first < case.sent.end and doc[first].is_alpha and doc[first].is_lower


def _country_after_by(view: LetterDoc, sent, by: int) -> Optional[str]:
    """ "by India", "by the United Kingdom", "by the Government of India": the country an agent names, itself or by
    its government (the government's phrase as LetterDoc.phrase_start reads it)."""
    start = by + 1
    bare = start + (start < sent.end and view.doc[start].lower_ in WORDS.determiners)
    return next(
        (
            c._.norm or c.text
            for c in view.spans_in("country", start, sent.end)
            if c.start == bare or view.phrase_start(sent, c) == start
        ),
        None,
    )


def named_before_bracket(case: ActorCase) -> Optional[Actor]:
    """ "Japan ($1.08 billion), Germany (€1.3 billion) ... increased their pledges": the name just
    before a listed sum's bracket gave it, not the subject of the list's verb."""
    span = case.listed
    if span is None:
        return None
    view = case.view
    before = span.start - 1  # the "(" opening the sum
    for family in ("country", "organisation"):
        for name in view.spans_in(family, max(case.sent.start, before - MAX_NAME_BEFORE_BRACKET), before):
            if name.end == before:
                return Actor(name._.norm or name.text)
    return None


def paid_to_the_author(case: ActorCase) -> Optional[Actor]:
    """ "EUR 15 million has been disbursed to Greece" in Greece's own letter: the author received the
    sum, so it did not give it; who did is not said here (nobody rather than the author)."""
    group, author = case.group, case.author
    if group is None or not author or not group.is_passive():
        return None
    view, sent = case.view, case.sent
    to = next((t.i for t in view.doc[group.head + 1 : min(sent.end, group.head + 3)] if t.lower_ == "to"), None)
    if to is None or phrase_at([t.lower_ for t in view.doc[to : to + 2]], WORDS.cumulative_phrases):
        return None  # "funds committed to date, the United States ...": a time, not whom it was paid to
    for span in view.spans_in("country", to + 1, sent.end):
        if span.start > to + 1 + MAX_RECIPIENT_OFFSET:
            break  # spans come in text order: the rest stand further still
        if (span._.norm or span.text) == author:
            return Actor(None)
    return None


def invested_into_the_author(case: ActorCase) -> Optional[Actor]:
    """ "Companies based in the Asia-Pacific have announced almost $200 billion of investments into the
    United States" in a US document: money coming into the author's own country is someone else's to
    give, so the author is no fallback (nobody rather than the author)."""
    span, author = case.sum, case.author
    if span is None or not author:
        return None
    view, sent = case.view, case.sent
    end = min(sent.end, span.end + INFLOW_WINDOW)
    into = next((t.i for t in view.doc[span.end : end] if t.lower_ == "into"), None)
    if into is None:
        return None
    for country in view.spans_in("country", into + 1, min(sent.end, into + 2 + MAX_RECIPIENT_OFFSET)):
        if (country._.norm or country.text) == author:
            return Actor(None)
    return None


def others_as_subject(case: ActorCase) -> Optional[Actor]:
    """ "private sector partners (including ...) have committed over $3.6 billion", "Our countries
    provide a combined $2.1 billion": a subject naming other parties (companies, donors, partners)
    gives the money, not the author; whom exactly is not said (nobody rather than the author)."""
    group = case.group
    if group is None:
        return None
    doc, i = case.view.doc, group.start - 1
    while i > case.sent.start and (doc[i].lower_ in WORDS.auxiliaries or doc[i].text == ")"):
        if doc[i].text == ")":
            opening = next((j for j in range(i - 1, case.sent.start - 1, -1) if doc[j].text == "("), None)
            if opening is None:
                return None
            i = opening  # "(including corporations, foundations, and philanthropists)": an aside
        i -= 1
    if i >= case.sent.start and doc[i].lower_ in WORDS.third_parties:
        return Actor(None)
    # "U.S.-based companies represented at the APEC Summit announced over $50 billion": the subject's
    # noun of other parties before a participle that describes them.
    for j in range(i, max(case.sent.start, i - MAX_SUBJECT_WORDS) - 1, -1):
        if doc[j].text in (",", ";", ":") or doc[j].lower_ in WORDS.subject_pronouns:
            return None
        if doc[j].lower_ in WORDS.third_parties and j + 1 < i and doc[j + 1].lower_.endswith("ed"):
            return Actor(None)
    return None


def _before_asides(doc, i: int, lo: int) -> int:
    """The token before the asides that end at i: "(FRMA)", ", which offers microloans ...,"."""
    while i >= lo:
        if doc[i].text == ")":
            opening = next((j for j in range(i - 1, max(lo, i - MAX_ASIDE_TOKENS) - 1, -1) if doc[j].text == "("), None)
            if opening is None:
                return i
            i = opening - 1
        elif doc[i].text == ",":
            opening = next(
                (
                    j
                    for j in range(i - 1, max(lo, i - MAX_ASIDE_TOKENS) - 1, -1)
                    if doc[j].text == "," and j + 1 < i and doc[j + 1].lower_ in WORDS.aside_openers
                ),
                None,
            )
            if opening is None:
                return i
            i = opening - 1
        else:
            return i
    return i


def _inner_asides(view: LetterDoc, lo: int, hi: int) -> set[int]:
    """The tokens of the asides set off by commas between coordinated subjects ("USADF, working with Congress,
    and TEF plan to contribute"): an opener after a comma, up to the next comma, with "and" or "," after it."""
    texts, lowers = view.texts, view.lowers  # read once for the letter: no Token object a word
    inner: set[int] = set()
    for i in range(lo, hi):
        if texts[i] != "," or i + 1 >= hi or lowers[i + 1] not in WORDS.aside_openers:
            continue
        close = next((j for j in range(i + 2, min(hi, i + 2 + MAX_ASIDE_TOKENS)) if texts[j] == ","), None)
        if close is not None and close + 1 < hi and lowers[close + 1] == "and":
            inner.update(range(i + 1, close))
    return inner


def _capitalised(token) -> bool:
    """A word of a name: capitalised ("Root", "CrossBoundary", "FRMA") or joining one ("-", "&")."""
    return token.text[:1].isupper() or token.text in ("-", "&")


def _common_word(word: str) -> bool:
    """Whether the English word list knows a word ("Funding", "Donors"): a capitalised one alone is
    no name then."""
    words = english_words()
    return words is None or bool(words.known([word.lower()]))


@functools.lru_cache(maxsize=1)
def _title_words() -> tuple[str, ...]:
    """Persons' titles long enough to tell a person by the end of a word ("President", "ThePresident")."""
    from extractor.nlp.persons import TITLES  # relations import nlp only inside functions

    return tuple(title.lower() for title in TITLES if len(title) >= MIN_TITLE_LETTERS)


def unlisted_name_subject(case: ActorCase) -> Optional[Actor]:
    """ "Microwd, which offers microloans ..., has committed to issue $20 million", "To date, CrossBoundary
    has closed ...": a capitalised name right before its verb, or before an aside in commas or brackets,
    acts though no list of bodies knows it. A person ("President Biden announced") acts for the author."""
    group = case.group
    if group is None or group.cls == "receive":
        return None  # "Florida Atlantic University ... received $1.1 million": the subject got the money
    view, sent = case.view, case.sent
    doc, lo = view.doc, sent.start
    end = _before_asides(doc, group.start - 1, lo) + 1
    start = end
    while start > lo and end - start < MAX_SUBJECT_WORDS and _capitalised(doc[start - 1]):
        start -= 1
    while start < end and not doc[start].text[:1].isupper():
        start += 1  # "- CrossBoundary": a list's mark opens the name's clause, it is no word of it
    if start == end or (start > lo and doc[start - 1].text not in NAME_OPENERS and not doc[start - 1].is_space):
        return None  # the name must open its clause: the sentence, a list's item, or after a comma
    if doc[start].lower_ in WORDS.determiners:
        start += 1
    if doc[end - 1].text in ("-", "&"):
        return None  # "Power Africa-supported projects": the name describes the subject, it is not one
    words = doc[start:end]
    if any(c.isdigit() for c in words.text):
        return None  # "COVID-19 has brought ...": a disease, a year, a model number act in nothing
    if not len(words) or any(
        view.spans_in(family, start - 1, end + 1) for family in ("person", "country", "organisation")
    ):
        return None
    if any(t.lower_.endswith(_title_words()) for t in words) or words[-1].lower_ in WORDS.third_parties:
        return None  # "The Vice President announced" (and "ThePresident", as a source may run it together); "Donors"
    if words[-1].lower_ in WORDS.government_heads:
        return None  # "The Biden-Harris Administration is investing": the author's own government
    if len(words) == 1 and not any(c.isupper() for c in words[0].text[1:]) and _common_word(words[0].text):
        # "To date, Heifer has awarded" after "Heifer International committed": the short form of the one body
        # named in full that it opens; otherwise a common word ("Funding was approved"), not a name.
        longer = {(s._.norm or s.text) for s in view.spans("organisation") if s.text.startswith(words.text + " ")}
        return Actor(longer.pop()) if len(longer) == 1 else None
    return Actor(words.text)


def _sentence_subject(view: LetterDoc, sent, before: int, author: Optional[str]) -> Optional[str]:
    """The name that the first main verb of a sentence (before token ``before``) has as its subject, if any."""
    groups = [g for g in verb_groups(view, sent, load_cues()) if not g.purpose and g.start < before]
    # "CrossBoundary has closed two transactions and mobilized": an auxiliary opens a verb the lexicon may not know.
    aux = next((t.i for t in view.doc[sent.start : before] if t.lower_ in WORDS.be_have | WORDS.future_aux), None)
    if aux is not None and (not groups or aux < groups[0].start):
        groups.insert(0, VerbGroup(aux, aux, view.doc[aux].lower_, "action", "base", []))
    if not groups:
        return None
    actor = decide(SUBJECT_RULES, ActorCase(view, sent, groups[0], author, explicit=True))[0]
    name = actor.name if actor is not None else None
    return None if is_placeholder(name) else name


def _coordinated_verb(doc, sent, group: VerbGroup) -> bool:
    """Whether a verb group follows "and"/"but" (and adverbs: "and also committed") with no subject of its own."""
    i = group.start - 1
    while i > sent.start and (doc[i].lower_ == "also" or doc[i].is_lower and doc[i].text.endswith("ly")):
        i -= 1
    return i > sent.start and doc[i].lower_ in WORDS.coordinators


def coordinated_predicate(case: ActorCase) -> Optional[Actor]:
    """ "Heifer International committed $1 million ... and committed $4 million", "CrossBoundary has closed two
    transactions and mobilized $1.5 million": a verb joined to an earlier one shares its subject."""
    group = case.group
    if group is None or not _coordinated_verb(case.view.doc, case.sent, group):
        return None
    name = _sentence_subject(case.view, case.sent, group.start, case.author)
    return Actor(name) if name else None


def pronoun_possessor(case: ActorCase) -> Optional[Actor]:
    """ "Millicom has committed to invest $350 million ..., adding to its initial $700 million commitment": the
    sum's own possessive pronoun stands for the subject of its sentence."""
    span = case.sum
    if span is None or case.group is not None:
        return None  # a sum with a verb of its own has that verb's subject
    view, sent = case.view, case.sent
    doc = view.doc
    i, words = span.start - 1, 0
    while i > sent.start and words <= MAX_POSSESSIVE_GAP and doc[i].is_alpha and doc[i].is_lower:
        if doc[i].lower_ in WORDS.pronoun_possessives:
            name = _sentence_subject(view, sent, i, case.author)
            return Actor(name) if name else None
        i -= 1
        words += 1
    return None


def pronoun_of_previous_sentence(case: ActorCase) -> Optional[Actor]:
    """ "Deetken Impact ... committed to support ... . To date, they have closed two transactions and mobilized
    $17 million": a pronoun subject stands for the subject of the sentence before it in its paragraph."""
    subject = _subject(case)
    if not subject or subject[2] != "pronoun":
        return None
    if case.group is not None and case.group.aux and case.group.is_passive():
        return None  # "we ensure it is fully replenished": a passive's pronoun is what is acted on, not who acts
    view = case.view
    index = view.sentence_of.get(case.sent.start)
    if not index or not view.next_in_paragraph(index - 1):
        return None
    previous = view.sents[index - 1]
    name = _sentence_subject(view, previous, previous.end, case.author)
    return Actor(name) if name else None


# The rules that name the subject of a sentence: what a later verb of the same subject, a possessive
# pronoun or a pronoun in the next sentence stands for.
SUBJECT_RULES = (
    seat_of_government,
    first_of_coordinated,
    named_subject,
    pronoun_of_previous_sentence,
    unlisted_name_subject,
)


def letter_author(case: ActorCase) -> Optional[Actor]:
    """Nobody else named: the letter's author did it (none for an undertaking)."""
    return case.fallback()


ACTOR_RULES = (
    asked_addressee,
    asked_placeholder,
    named_before_bracket,
    possessor_of_sum,
    giver_after_from,
    participle_subject,
    private_pledges,
    buys_the_authors_goods,
    purchase_with_no_buyer,
    pronoun_possessor,
    no_verb,
    label_verb,
    seat_of_government,
    respective_subjects,
    first_of_coordinated,
    named_subject,
    we_the_author,
    pronoun_of_previous_sentence,
    unresolved_pronoun,
    passive_agent,
    paid_to_the_author,
    invested_into_the_author,
    others_as_subject,
    unlisted_name_subject,
    coordinated_predicate,
    letter_author,
)


def decide_actor(case: ActorCase) -> tuple[Optional[str], str]:
    """The actor of a verb group and the name of the rule that decided it."""
    actor, rule = decide(ACTOR_RULES, case)
    name = actor.name if actor is not None else None
    return (None if is_placeholder(name) else name), rule  # letter_author always applies


def actor_of(
    view: LetterDoc, sent, group: Optional[VerbGroup], author: Optional[str], explicit: bool = False
) -> Optional[str]:
    """The actor of a verb group: its subject, the agent of a passive, or the letter's author."""
    return decide_actor(ActorCase(view, sent, group, author, explicit))[0]


def addressee_call(view: LetterDoc, sent) -> Optional[tuple[str, int]]:
    """ "I request/urge/call on X to VERB": the addressee X and the index of VERB."""
    return view.once_per_sentence("addressee_call", sent, lambda s: _addressee_call(view, s))


def _addressee_call(view: LetterDoc, sent) -> Optional[tuple[str, int]]:
    """The addressee call of a sentence (computed once per sentence)."""
    doc = view.doc
    words = view.lowers[sent.start : sent.end]  # read once for the letter: no Token object a word
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


@dataclass
class AuthorCase:
    """What the author of a letter is decided from: its parts, its body and its letterhead."""

    letter: object
    view: Optional[LetterDoc]
    head: str  # the letterhead and the signatory's title, lower case
    cased: str = ""  # the same as written, for acronyms ("IOM launches ...", not the word "who")


def _whole_words_in(phrase: str, text: str) -> bool:
    """Whether ``phrase`` stands in ``text`` as whole words (no word character on either side)."""
    return any(literal_matches(text, phrase, NO_WORD_BEFORE, NO_WORD_AFTER))


def seat_in_letterhead(case: AuthorCase) -> Optional[tuple[str, str]]:
    """ "THE WHITE HOUSE": a seat of government writes for its country's government."""
    for seat, code in WORDS.government_seats.items():
        if _whole_words_in(seat, case.head):
            return code, code
    return None


def named_in_letterhead(case: AuthorCase) -> Optional[tuple[str, None]]:
    """An organisation the body names whose name the letterhead carries ("AFRICAN UNION
    COMMISSION"): the longest such name."""
    if case.view is None or not case.head:
        return None
    named = sorted({s._.norm for s in case.view.spans("organisation") if s._.norm}, key=len, reverse=True)
    for name in named:
        # Whole words only: "Federal Council" is not in "Federal Councillor".
        if len(name) > 3 and _whole_words_in(name.lower(), case.head):
            return name, None
    for name in named:
        # "IOM launches appeal ...", "CAF – DEVELOPMENT BANK ...": a short name in capitals, matched as written.
        if len(name) > 2 and name.isupper() and _whole_words_in(name, case.cased):
            return name, None
    # The letterhead may spell out what the body abbreviates ("U.S. AGENCY FOR INTERNATIONAL DEVELOPMENT"
    # above a letter on "USAID's work", signed by its Administrator): the agency writes, not its head.
    from extractor.nlp.organisations import spelled_out_names  # spaCy only when extracting

    spelled = spelled_out_names()
    for phrase in sorted(spelled, key=len, reverse=True):
        if spelled[phrase] in named and _whole_words_in(phrase, case.head):
            return spelled[phrase], None
    return None


def keyword_in_letterhead(case: AuthorCase) -> Optional[tuple[str, None]]:
    """A known institution's keyword in the letterhead or title ("EUROPEAN COMMISSION")."""
    for keyword, name in WORDS.author_keywords.items():
        if keyword in case.head:
            return name, None
    return None


def country_in_letterhead(case: AuthorCase) -> Optional[tuple[str, str]]:
    """ "Ministry of the Interior of Italy": the state the letterhead names (its longest name), never
    one a title names as the partner or the place helped ("Signing of ... Documents with the People's
    Republic of Bangladesh", "support for Sudan")."""
    if not case.head:
        return None
    head = re.sub(r"\s+", " ", case.head)  # a title wrapped over lines ("the People's\nRepublic of ...")
    whole = whole_names(head)
    paired = _dash_paired(head, whole)
    regions = _region_spans(head) if case.view is not None else []  # spaCy's package only when extracting
    # "the Lake Chad region": a place larger or other than the state its name holds.
    whole = [n for n in whole if not any(lo <= n[0] and n[1] <= hi for lo, hi in regions)]
    # "Pacific Islands and Tonga Directorate" over "Director, Pacific Islands and Tonga": a state one of the head's
    # desks deals with is that desk's remit wherever the head names it, never the author's state; unless the head
    # also names it as a state ("Republic of X"), whose own ministry the desk is then part of.
    desks = {n[2] for n in whole if _names_desk(head, n[1])} - {n[2] for n in whole if _named_as_state(head, n)}
    names = [
        n
        for n in whole
        if not (
            _named_as_partner(head, n[0], n[1])
            or _named_as_crisis(head, n[1])
            or _between_parties(head, n[0])
            or n[2] in desks
            or _office_seat(head, n[0])
        )
        and n not in paired
    ]
    # "Embassy of Ecuador in the People's Republic of China": a mission writes for the state that sends it.
    sent = [n for n in whole if mission_of(head, n[0])]
    if sent:
        return sent[0][2], sent[0][2]
    if _fund_letterhead(case.head):
        return None
    if _listed_states(head, names):
        return None  # "from the Ministers of Trade of A, B and C": a joint letter of several states, none its author
    if not names:
        # "Royal Thai Embassy", "Head of the Thai Delegation", in a head that names no state: the mission of the state
        # its adjective names; not one it meets or writes to ("Brief for the meeting with the Chinese delegation").
        pattern, codes = _missions_adjective()
        adjective = next((m for m in pattern.finditer(head) if not _after_partner_preposition(head, m.start())), None)
        if adjective is None:
            return None
        return codes[adjective.group(1)], codes[adjective.group(1)]
    # "NORDIC TRADE CREDIT INSTITUTE, FINLAND / Regional Office for East Africa / Uganda": the body's name on the
    # first line says its state; a state on a later line is the seat of its office abroad, its address.
    first_line_len = len(re.sub(r"\s+", " ", case.head.lstrip().split("\n", 1)[0]))
    offset = len(head) - len(head.lstrip())
    named_first = [n for n in names if n[1] <= offset + first_line_len]
    country = max(named_first or names, key=lambda n: n[1] - n[0])[2]
    return country, country


def _listed_states(head: str, names: list[tuple[int, int, str]]) -> bool:
    """Whether a lower-cased head names two states or more in one list after "of" ("the Ministers of A, the Republic
    of B and C"), each joined to the next by a comma or "and" alone: not a title's list of places ("Appeal - A, B")."""
    ordered = sorted(names)
    for k, (a, b) in enumerate(zip(ordered, ordered[1:])):
        if a[2] == b[2] or not STATES_LISTED.fullmatch(head[a[1] : b[0]]):
            continue
        first = k
        while first > 0 and STATES_LISTED.fullmatch(head[ordered[first - 1][1] : ordered[first][0]]):
            first -= 1
        if re.search(r"\bof\s+(?:the\s+)?$", head[: ordered[first][0]]):
            return True
    return False


def _office_seat(head: str, start: int) -> bool:
    """Whether a state's name in a lower-cased head follows a national body's name right away ("head of cooperation,
    sida mozambique"): the seat of that body's office abroad, not the author's state."""
    before = head[:start].split()
    return bool(before) and before[-1] in _national_body_spellings()


@functools.lru_cache(maxsize=1)
def _national_body_spellings() -> frozenset[str]:
    """The lower-cased names and acronyms of national bodies, built once, not once per state a head names."""
    from extractor.nlp.organisations import NATIONAL_KIND, kind_spellings  # spaCy's package only when extracting

    return frozenset(s.lower() for s in kind_spellings({NATIONAL_KIND}, acronyms=True))


def _names_desk(head: str, end: int) -> bool:
    """Whether a state's name in a lower-cased head ends right before a noun of a ministry's desk ("pacific islands
    and tonga directorate"), no "of" after it: the desk that deals with that state, not a body of its own ("tonga
    directorate of fisheries")."""
    return _desk_noun_follows(head[end:].split(None, 2))


def _desk_noun_follows(after: list[str]) -> bool:
    """Whether the words after a state's name open with a desk's noun that no "of" follows ("desk", not "directorate
    of statistics")."""
    return bool(after) and after[0].lower() in WORDS.desk_nouns and (len(after) < 2 or after[1].lower() != "of")


# "Republic of X", "Government of the X": a head naming the state itself, not a desk that deals with it.
STATE_TITLE = re.compile(r"\b(?:government|republic|kingdom|state) of (?:the )?$")


def _named_as_state(head: str, name: tuple[int, int, str]) -> bool:
    """Whether a lower-cased head names a state as a state: its title before its name ("government of tonga") or in
    its official name ("united republic of tanzania")."""
    start, end, _ = name
    return bool(STATE_TITLE.search(head[:start]) or re.search(r"\b(?:republic|kingdom) of\b", head[start:end]))


def _fund_letterhead(head: str) -> bool:
    """Whether a letterhead opens with a fund's name that names no state ("TRUST FUND FOR MOUNTAIN GLACIERS /
    Executive Office / ..., Geneva, Switzerland", "GLOBAL FUND FOR ..."): a fund of many states, whose address names
    only its seat."""
    lines = [line.strip() for line in head.splitlines() if line.strip() and not line.strip().startswith("[")]
    words = re.findall(r"[a-z]+", lines[0]) if lines else []
    words = words[1:] if words[:1] == ["the"] else words
    while words[:1] and words[0] in WORDS.fund_qualifiers:
        words = words[1:]
    return bool(words) and words[0] in WORDS.fund_heads and not country_names_in(lines[0])


def _region_spans(head: str) -> list[tuple[int, int]]:
    """Where a lower-cased head names a region of regions.jsonl ("lake chad region", "horn of africa")."""
    return [(m.start(), m.end()) for pattern in _region_patterns() for m in pattern.finditer(head)]


@functools.lru_cache(maxsize=1)
def _region_patterns() -> tuple[re.Pattern, ...]:
    """Each region of regions.jsonl, lower-cased, as a whole-word pattern: compiled once, not once a head."""
    from extractor.nlp.regions import region_table  # the nlp package imports spaCy: the query path must not

    return tuple(re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)") for phrase in {p.lower() for p in region_table()})


@functools.lru_cache(maxsize=1)
def _missions_adjective() -> tuple[re.Pattern, dict[str, str]]:
    """A state's adjective right before a mission's noun in a lower-cased head ("thai embassy", "british high
    commission"), the adjective as the group, not inside a hyphened word ("inter-american"); and each lower-cased
    adjective's country code."""
    codes = {a.lower(): code for a, code in demonyms("adjective").items()}
    adjectives = "|".join(sorted(map(re.escape, codes), key=len, reverse=True))
    # "British High Commission": a mission's noun of two words too.
    phrases = [r"\s+".join(map(re.escape, phrase)) for phrase in WORDS.mission_for_nouns]
    nouns = "|".join([*phrases, *map(re.escape, WORDS.mission_nouns)])
    return re.compile(rf"(?<![\w-])({adjectives})\s+(?:{nouns})\b"), codes


def mission_of(head: str, start: int) -> bool:
    """Whether a country name in a lower-cased letterhead follows a mission's noun and "of" ("embassy of"), or a
    High Commission's and "for" ("high commissioner for canada")."""
    nouns = "|".join(map(re.escape, WORDS.mission_nouns))
    for_nouns = "|".join(r"\s+".join(map(re.escape, phrase)) for phrase in WORDS.mission_for_nouns)
    lead = rf"\b(?:(?:{nouns})(?:\s+general)?\s+of|(?:{for_nouns})\s+(?:of|for))\s+(?:the\s+)?$"
    return bool(re.search(lead, head[:start]))


# Most characters between "between" and the last party's name in a head (two governments' formal names).
PARTIES_LOOKBACK = 160
GOVERNMENTS_PAIRED = re.compile(r"\bgovernment of (?:the )?[a-z' -]+? and (?:the )?government of (?:the )?[a-z' -]+")
# What joins two states' names in one list ("A, B and the Republic of C").
STATES_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# What joins two states' names into one bilateral name ("Chile–Peru Commission").
STATES_DASH = re.compile(r"\s*[-–—]\s*")


def whole_names(head: str) -> list[tuple[int, int, str]]:
    """The state names of a lower-cased head, only the longest of those that overlap ("people's republic of
    bangladesh", not the "bangladesh" it holds)."""
    found = country_names_in(head)
    return [n for n in found if not any(o[0] <= n[0] and n[1] <= o[1] and o != n for o in found)]


def _dash_paired(head: str, whole: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The state names of a lower-cased head that a dash joins to another state's ("the Chile–Peru Joint
    Commission", "India-Japan Joint Statement"): the two parties of a bilateral meeting or statement, neither its author."""
    paired = set()
    ordered = sorted(whole)  # in the head's order: country_names_in lists them by code
    for a, b in zip(ordered, ordered[1:]):
        if a[2] != b[2] and STATES_DASH.fullmatch(head[a[1] : b[0]]):
            paired.update((a, b))
    return sorted(paired)


def _named_as_partner(head: str, start: int, end: int) -> bool:
    """Whether a country name in a lower-cased letterhead follows "with", "for", "to" or "in" as a
    place ("with the Republic of X", "in Sudan and the region"), not as a giver's modifier ("in UK
    funding")."""
    if not _after_partner_preposition(head, start):
        return False
    after = re.match(r"\s*([a-z]+)", head[end:])
    return not (after and after.group(1) not in WORDS.list_glue and after.group(1) not in PREPOSITIONS)


def _after_partner_preposition(head: str, start: int) -> bool:
    """Whether "with", "for", "to" or "in" and perhaps an article stand right before a place in a lower-cased head."""
    before = re.findall(r"[a-z']+", head[max(0, start - PARTNER_LOOKBACK) : start])
    while before and before[-1] in WORDS.determiners:
        before.pop()
    return bool(before) and before[-1] in WORDS.partner_prepositions


def _between_parties(head: str, start: int) -> bool:
    """Whether a country name in a lower-cased head is one of the parties "between" whom a record or an agreement
    stands ("Summary Record of the Negotiations ... between the Government of X and the Government of Y"): both
    sides speak in it, neither is its author."""
    if re.search(r"\bbetween\b[^.;:]*$", head[max(0, start - PARTIES_LOOKBACK) : start]):
        return True
    # "the Government of X and the Government of Y", a title's parties set apart from its "between".
    return any(m.start() <= start < m.end() for m in GOVERNMENTS_PAIRED.finditer(head))


def _named_as_crisis(head: str, end: int) -> bool:
    """Whether a crisis noun follows a country name in a lower-cased head line ("appeal for people displaced by the
    Sudan crisis"): the place in need, never the author's state."""
    after = re.match(r"\s*([a-z]+)", head[end:])
    return bool(after) and after.group(1) in WORDS.crisis_nouns


def state_of_national_body(case: AuthorCase) -> Optional[tuple[str, str]]:
    """A ministry that does not name its state: the state the body makes the subject of its
    verbs ("Italy has opened", "the United Kingdom agreed")."""
    if case.view is None or not any(word in case.head for word in WORDS.national_author_words):
        return None
    head = re.sub(r"\s+", " ", case.head)
    if _dash_paired(head, whole_names(head)):
        return None  # "the X–Y Joint Commission": both states speak, the subjects of either
    subjects = subject_countries(case.view)
    if not subjects:
        return None
    code = subjects.most_common(1)[0][0]
    return code, code


def postal_code_in_letterhead(case: AuthorCase) -> Optional[tuple[str, str]]:
    """ "Eland House, Stag Place, London SW1E 5DH": a letterhead that names no state writes from the one whose form
    of postal code its address holds, before any state its text makes act ("the Americans have committed ...")."""
    code = postal_code_country(case.cased) if case.cased else None
    return (code, code) if code else None


def subdivision_in_letterhead(case: AuthorCase) -> Optional[tuple[str, str]]:
    """ "Government of Kerala": the government of a self-governing part of a state (a province, a state of a
    federation) writes for that part, and its money counts in the country it is part of."""
    if not case.cased:
        return None
    table = {name.lower(): name for name in subdivision_table()}
    # Its own government, not a place its letterhead names ("Kerala Tourism", "Suva, Fiji"), line by line: "STATE OF
    # RIO GRANDE DO SUL", "Queensland Government".
    heads = "|".join(re.escape(" ".join(words)) for words in WORDS.subdivision_heads)
    for line in case.cased.lower().splitlines():
        line = re.sub(r"\s+", " ", line).strip()
        named = [m.group(1) for m in re.finditer(rf"\b(?:{heads}) (\w[\w'’ -]*)", line)]
        named += [m.group(1) for m in re.finditer(r"^(\w[\w'’ -]*?) (?:state )?government\b", line)]
        for found in named:
            words = found.split()
            # "Government of Kerala Government Secretariat ...": the longest run of its words that names a part.
            for n in range(len(words), 0, -1):
                name = table.get(" ".join(words[:n]))
                if name:
                    return "Government of " + name, subdivision_table()[name]
    return None


# The sender line of an e-mail from a government's domain ("From: A. B. <ab@finance.gov.to>"): the country code of
# its top-level domain, after the government's own second level ("gov", "govt", "gob", "gouv", "go").
GOVERNMENT_SENDER = re.compile(r"(?im)^from:[^\n@]*@[\w.-]*?\b(?:gov|govt|gob|gouv|go)\.([a-z]{2})\b")


def government_mail_sender(case: AuthorCase) -> Optional[tuple[str, str]]:
    """ "From: Mele Vaipulu <mvaipulu@finance.gov.to>": an e-mail sent from a government's domain is written for the
    state of its country code (the first sender line: the latest message of a chain is the author's)."""
    body = case.letter.body if case.view is not None else None  # a stored letter's summary carries its parts only
    text = "\n".join(filter(None, [case.letter.parts.letterhead, body]))
    found = GOVERNMENT_SENDER.search(text)
    code = country_code(found.group(1).upper()) if found else None
    return (code, code) if code else None


def is_subdivision_government(author: Optional[str]) -> bool:
    """Whether an author is the government of a part of a state ("Government of Kerala"), as subdivision_in_letterhead names it."""
    found = re.fullmatch(r"Government of (?:the )?(.+)", author or "")
    return bool(found) and found.group(1) in subdivision_table()


def body_institution(case: AuthorCase) -> Optional[tuple[str, None]]:
    """No letterhead: the institution the body names most often among the authoring ones (a
    Commission letter speaks of "the Commission" more than of the Council it addresses)."""
    if case.view is None:
        return None
    norms = Counter(s._.norm for s in case.view.spans("organisation") if s._.norm)
    order = {name: rank for rank, name in enumerate(WORDS.author_keywords.values())}
    known = [name for name in order if norms.get(name) and name in WORDS.body_authors]
    if not known:
        return None
    return max(known, key=lambda name: (norms[name], -order[name])), None


def country_in_place_line(case: AuthorCase) -> Optional[tuple[str, str]]:
    """ "Kingston, Jamaica / April 24, 2013" over a letter with no letterhead: the one state its date line's place
    names writes it, when nothing in a head names its author."""
    lines = (case.letter.parts.source_lines or {}).get("place") or []
    found = {code for line in lines for _, _, code in country_names_in(re.sub(r"\s+", " ", line.lower()))}
    if len(found) != 1:
        return None
    code = found.pop()
    return code, code


def signatory_in_person(case: AuthorCase) -> Optional[tuple[str, None]]:
    """Last resort: the signatory in person (a title alone, "Minister of the Interior", would
    merge the ministers of different states into one actor)."""
    fallback = case.letter.parts.signatory
    return (fallback.strip(), None) if fallback and fallback.strip() else None


AUTHOR_RULES = (
    seat_in_letterhead,
    named_in_letterhead,
    keyword_in_letterhead,
    country_in_letterhead,
    subdivision_in_letterhead,
    government_mail_sender,
    postal_code_in_letterhead,
    state_of_national_body,
    body_institution,
    country_in_place_line,
    signatory_in_person,
)


def author_of(letter, view: Optional[LetterDoc] = None) -> tuple[Optional[str], Optional[str]]:
    """(institution, ISO country) of the letter's author, from its letterhead, title or body."""
    # A press release dated by its dateline has no letterhead: its lines above the text stand for one.
    head_labels = _head_labels(letter.body) if view is not None and not letter.parts.letterhead else None
    if head_labels and letter.parts.salutation and _opens_addressee(head_labels):
        head_labels = None  # "Madam Managing Director / International Monetary Fund": the inside address, no sender
    letterhead = _sender_block(letter.parts.letterhead or head_labels)
    letterhead = _without_subject(_without_headline(letterhead))
    cased = " ".join(filter(None, [letterhead, letter.parts.signatory_title]))
    head = cased.lower()
    found, _ = decide(AUTHOR_RULES, AuthorCase(letter, view, head, cased))
    if found and found[1] is None and view is not None:
        from extractor.nlp.organisations import stateless_body_names  # spaCy only when extracting

        country = institution_country(view, found[0])
        if country is None and found[0] not in stateless_body_names():
            case = AuthorCase(letter, view, head, cased)
            if found[0].lower() in head:
                # "AGENCY FOR INTERNATIONAL DEVELOPMENT COOPERATION / ... Bratislava, Slovak Republic": a national body
                # the letterhead names is of the state that letterhead names, before any state its text makes act.
                country = (country_in_letterhead(case) or (None, None))[1]
            if country is None:
                # "The Federal Council": a national body that does not name its state, as state_of_national_body reads it.
                country = (state_of_national_body(case) or (None, None))[1]
        return found[0], country
    return found or (None, None)


def _without_headline(head: Optional[str]) -> Optional[str]:
    """A head without an article's headline and byline ("Why the port loan matters to Kenya" over "By Amina W.
    Otieno"): the headline names what the article is about and the byline its writer, neither the outlet's state."""
    if not head:
        return head
    lines = head.splitlines()
    byline = next((k for k, line in enumerate(lines) if BYLINE.match(line.strip())), None)
    if byline is None:
        return head
    k = byline - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    start = k if k >= 0 and len(lines[k].split()) >= MIN_HEADLINE_WORDS else byline
    return "\n".join(lines[:start] + lines[byline + 1 :])


def _without_subject(head: Optional[str]) -> Optional[str]:
    """A head without its subject line ("SUBJECT: MALAWI: DONORS PLEDGE FOR FLOOD RECOVERY", "Re: ..."): the subject
    names what the letter is about, never who writes it."""
    if not head:
        return head
    subject = re.compile(rf"\s*{SUBJECT_LABEL}", re.IGNORECASE)
    return "\n".join(line for line in head.splitlines() if not subject.match(line))


def _sender_block(letterhead: Optional[str]) -> Optional[str]:
    """A letterhead's lines above the addressee's block ("KfW Development Bank / ... / H.E. Dr X / Ministry of
    Planning", "Hon X / Minister of Trade / ... / Hon Y / Minister of Health"): the recipient's office and state, named
    below, are not the author's."""
    if not letterhead:
        return letterhead
    lines = letterhead.splitlines()
    styled = False  # a minister's style opens the addressee's block only once the sender's own has been seen
    for k, line in enumerate(lines):
        opening = line.strip().lower()
        if k and (any(opening.startswith(mark + " ") for mark in WORDS.addressee_marks) or styled and _styled(opening)):
            return "\n".join(lines[:k])
        styled = styled or _styled(opening)
    return letterhead


def _styled(opening: str) -> bool:
    """Whether a head's line opens with a minister's or member's style ("Hon X", "The Honourable X")."""
    return any(opening.startswith(mark + " ") for mark in WORDS.style_marks)


def _opens_addressee(head: str) -> bool:
    """Whether a head's first line opens an addressee's block ("Madam Managing Director", "H.E. Mr ...")."""
    opening = next((line.strip().lower() for line in head.splitlines() if line.strip()), "")
    return any(opening.startswith(mark + " ") for mark in WORDS.addressee_marks)


def _head_labels(body: str) -> str:
    """The lines above a document's text that are labels, not sentences ("The Federal Council", "Press release")."""
    from extractor.nlp.amounts import document_head  # the nlp package imports spaCy: the query path must not

    return "\n".join(line for line in document_head(body).splitlines() if not line.rstrip().endswith((".", "!", "?")))


def institution_country(view: LetterDoc, name: str) -> Optional[str]:
    """The one state an institution's name as the body writes it names ("the Swedish International
    Development Cooperation Agency (Sida)" -> SWE); None for an international one."""
    from extractor.nlp.organisations import record_countries

    recorded = record_countries().get(name)
    if recorded:
        return recorded  # "Abu Dhabi Fund for Development": the data says whose
    countries = set()
    for org in view.spans("organisation"):
        if org._.norm != name:
            continue
        words = [t.text for t in org if t.is_alpha or t.text.endswith(".")]
        for width in range(1, MAX_COUNTRY_NAME_WORDS + 1):
            for k in range(len(words) - width + 1):
                if width == len(words) and org.text.isupper():
                    continue  # "CAF", a bank's acronym, is no country code (the Central African Republic's)
                if not words[k][:1].isupper() or words[k].lower() in TITLE_SMALL_WORDS:
                    # "Cooperation and Humanitarian Assistance", "MINISTRY OF WATER AND FORESTRY": "and" is no country
                    # (Andorra's code), also in capitals
                    continue
                code = country_code(" ".join(words[k : k + width]))
                if code and not _desk_noun_follows(words[k + width : k + width + 2]):
                    # "Pacific Islands and Tonga Directorate": a ministry's desk for the country, not its state
                    countries.add(code)
    if not countries:
        # "Ministry of Defence of Georgia" when the body says only "the Ministry": the name's own "of <state>".
        own = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*)*)\s*$", name)
        code = own and country_code(own.group(1))
        return code or None
    return countries.pop() if len(countries) == 1 else None


def subject_countries(view: LetterDoc) -> Counter:
    """How often each country stands as the subject of a verb ("Italy has allocated"), in the letter's own text
    (not in an earlier message a reply quotes, which another author wrote)."""
    doc = view.doc
    cues = load_cues()
    counts: Counter = Counter()
    quoted = QUOTED_MESSAGE.search(doc.text)
    for span in view.spans("country"):
        if span.end >= len(doc) or not span._.norm or (quoted and span.start_char >= quoted.start()):
            continue
        nxt = doc[span.end].lower_
        prev = doc[span.start - 1].lower_ if span.start > 0 else "."
        opens = prev in WORDS.subject_openers or doc[span.start].is_sent_start
        # "Mr X, Malawi Programme Manager": a capitalised word after the name in running text is part of a title or
        # name ("Programme"), not a verb.
        titled = doc[span.end].is_title and not doc[span.start].is_sent_start
        if (nxt in WORDS.auxiliaries or nxt in cues.forms) and opens and not titled:
            counts[span._.norm] += 1
    return counts
