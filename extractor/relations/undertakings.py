"""The action screen: whether a candidate action is an undertaking, and its actor and countries set right.

``commitments`` finds candidate actions (a verb of the lexicon with an actor, or a call, in a
sentence without a sum). Two ordered rule tables decide what a reader gets:

- ``DROP_RULES``: the first rule that applies drops the candidate (the author's correspondence,
  a participle that only modifies a noun, a hostile act reported); none: ``KEPT``. The deciding rule is kept in
  ``because.screen``, and a dropped action goes to ``Extraction.dropped_actions``, never away silently.
- ``CHANGE_RULES``: each rule that applies corrects the kept action (an actor that is a fragment
  of a clause, the actor's own country or an adversary as beneficiary); ``because.changes``
  lists them in order.

Word lists are data: ``lexicon/undertakings.tsv``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Callable, Optional

from extractor.nlp.organisations import state_body_names
from extractor.reference.countries import country_named_in, is_iso_code
from extractor.reference.marks import POSSESSIVE_MARKS
from extractor.relations.cues import VerbGroup, load_cues, verb_groups
from extractor.relations.letter_doc import LetterDoc
from extractor.relations.rules import decide
from extractor.relations.wordlists import load_lexicon
from models.action import Action

WORDS = load_lexicon("undertakings")
COMMITMENT_WORDS = load_lexicon("commitments")
# The screen's verdict on an action no drop rule applies to.
KEPT = "kept"
# Most tokens between a correspondence verb and the document it hands over ("I have sent to the
# Federal Register for publication the enclosed notice").
DEFAULT_OBJECT_WINDOW = 12
# Most words between the author's "I"/"we" and the correspondence verb ("I have also sent").
DEFAULT_SUBJECT_GAP = 3
# How far before a country an adversary cue may stand ("against hostile action by Iran").
DEFAULT_ADVERSARY_WINDOW = 4
# Most words between a country (or its "'s") and the adversary noun of its act ("Russia's brutal war").
ADVERSARY_MODIFIERS = 1
# The actor rules of commitments whose actor is the one who acts, for whom an action is never
# for its own country: those of a commitment's spender, and the author's "we".
AUTHOR_SUBJECT_RULE = "we_the_author"
# Most words of a name between a participle and the "of" whose object the name is.
NOUN_PHRASE_WINDOW = 6


@dataclass
class ActionCase:
    """A candidate action with what the screen reads: its sentence, its verb group, the author."""

    view: LetterDoc
    action: Action
    sent: object
    group: Optional[VerbGroup]
    author_country: Optional[str]


# --- the drop rules: the first that applies drops the candidate --------------------------------


def correspondence(case: ActionCase) -> bool:
    """ "I have sent to the Federal Register the enclosed notice", "I am providing this report",
    "I will deliver my address": the author hands over a document; what the sentence says after
    the verb is the document's content, not an undertaking."""
    verb = correspondence_verb(case.view, case.sent)
    head = case.group.head if case.group is not None else None
    return verb is not None and (head is None or head >= verb)


def participle_modifier(case: ActionCase) -> bool:
    """ "documents requested by the Committee", "forces equipped for combat" after "of": a past
    participle with no auxiliary that modifies the noun before it, not a clause of its own."""
    group, doc = case.group, case.view.doc
    if group is None or group.aux or group.tense != "past" or group.head <= case.sent.start:
        return False
    before = doc[group.head - 1]
    if not before.is_alpha or before.lower_ in COMMITMENT_WORDS.subject_pronouns:
        return False
    after = doc[group.head + 1].lower_ if group.head + 1 < case.sent.end else ""
    # "requested by X": a passive agent after a bare participle; or a noun phrase that is itself
    # the object of "of" ("deployments of United States Armed Forces equipped for combat").
    return after == "by" or _object_of_preposition(case.view, case.sent, group.head - 1)


def hostile_act(case: ActionCase) -> bool:
    """ "Russia launched its brutal and unprovoked invasion of Ukraine", "the militia waged war": another
    party's verb of carrying out a hostile act, with that act as its object, is a fact reported, never an
    undertaking. The author's own operations ("we conducted strikes") stay actions."""
    group, doc = case.group, case.view.doc
    if group is None or group.lemma not in WORDS.hostile_verbs:
        return False
    own = case.author_country
    if own is not None and actor_country(case.action.actor, own) == own:
        return False
    for k in range(group.head + 1, min(case.sent.end, group.head + 1 + NOUN_PHRASE_WINDOW)):
        word = doc[k].lower_
        if word in WORDS.adversary_nouns:
            return True
        # The object's own words go on through its modifiers ("its brutal and unprovoked", "full-scale");
        # a preposition or punctuation ends it ("continued to press for an end to the war" has none).
        if word in WORDS.hostile_object_ends or not (doc[k].is_alpha or doc[k].text == "-"):
            return False
    return False


def coordinated_participle(case: ActionCase) -> bool:
    """ "an ecosystem, led by African communities and built on an open internet": a bare past participle joined by
    "and"/"or" to one that takes a passive agent ("led by") modifies the same noun; no clause of its own."""
    group, doc, sent = case.group, case.view.doc, case.sent
    if group is None or group.aux or group.tense != "past" or group.start - 1 <= sent.start:
        return False
    if doc[group.start - 1].lower_ not in COMMITMENT_WORDS.coordinators:
        return False
    i = group.start - 2
    while i > sent.start and doc[i].text not in (",", ";", ":"):
        i -= 1
    first = i + 1 if doc[i].text in (",", ";", ":") else i
    partner = doc[first]
    return (
        first + 1 < group.start - 1
        and partner.is_alpha
        and partner.is_lower
        and (partner.lower_.endswith("ed") or load_cues().forms.get(partner.lower_, ("", "", ""))[2] == "past")
        and doc[first + 1].lower_ == "by"
    )


def result_for_people(case: ActionCase) -> bool:
    """ "Since 2013, Power Africa has helped deliver electricity to nearly 165 million people": a verb in the perfect
    whose object reaches a count of people after "to" tells a past result, not an undertaking; a purpose ("to provide
    training to 5,000 officers") or a direct object ("has deployed 2,500 personnel") is no such count."""
    group, view, sent = case.group, case.view, case.sent
    if group is None or group.time != "past" or not set(group.aux) & WORDS.perfect_auxiliaries:
        return False
    doc = view.doc
    for count in view.spans_in("amount", group.head + 1, sent.end):
        value = count._.value if isinstance(count._.value, dict) else {}
        if value.get("kind") != "count":
            continue
        i = count.start - 1
        while i > group.head and doc[i].lower_ in COMMITMENT_WORDS.amount_qualifiers - WORDS.reached_prepositions:
            i -= 1  # "to nearly": a qualifier the span may leave out, not the "to" ("up to") before it
        words = doc[group.head + 1 : i + 1]
        ends_clause = any(view.breaks_clause(t.i) for t in words)
        forms = load_cues().forms
        purpose = any(t.lower_ == "to" and forms.get(doc[t.i + 1].lower_, ("", "", ""))[2] == "base" for t in words)
        return not ends_clause and not purpose and doc[i].lower_ in WORDS.reached_prepositions
    return False


DROP_RULES: tuple[Callable[[ActionCase], bool], ...] = (
    correspondence,
    participle_modifier,
    coordinated_participle,
    hostile_act,
    result_for_people,
)


# --- the change rules: each that applies corrects the kept action ------------------------------


def clause_as_actor(case: ActionCase) -> Optional[Action]:
    """ "I request that you work expeditiously to ...": the words between the call and "to" are a
    clause, not an actor; its subject acts, and "you" names nobody (as for "I urge you to")."""
    actor = case.action.actor
    if not actor:
        return None
    words = actor.lower().split()
    if words[0] not in COMMITMENT_WORDS.complementisers and not (
        len(words) > 1 and set(words) & COMMITMENT_WORDS.placeholder_words
    ):
        return None
    subject = words[1] if words[0] in COMMITMENT_WORDS.complementisers and len(words) > 1 else None
    named = None if subject is None or subject in COMMITMENT_WORDS.placeholder_words else subject
    return case.action.model_copy(update={"actor": named})


def actor_own_country(case: ActionCase) -> Optional[Action]:
    """ "the United States has deployed forces to ... in the United States", "The FDA announced
    ... in the United States": the country that acts is never the one its action is for."""
    from extractor.relations.commitments import LESS_THE_SPENDER, SPENDER_RULES  # commitments imports us

    action = case.action
    if action.because.actor not in SPENDER_RULES | {AUTHOR_SUBJECT_RULE}:
        return None
    own = actor_country(action.actor, case.author_country)
    if own is None or own not in action.beneficiaries:
        return None
    because = action.because.model_copy(
        update={"beneficiaries": LESS_THE_SPENDER.format(rule=action.because.beneficiaries)}
    )
    return action.model_copy(
        update={"beneficiaries": [c for c in action.beneficiaries if c != own], "because": because}
    )


def adversary_country(case: ActionCase) -> Optional[Action]:
    """ "to reassure allies ... against Russia's aggression", "against hostile action by Iran": a
    country named as the adversary or the cause is not whom the action is for; nor is any country an action
    of harm names ("We will sanction actors tied to Russia's defense industry")."""
    action = case.action
    if case.group is not None and case.group.lemma in WORDS.harming_verbs and action.beneficiaries:
        return action.model_copy(update={"beneficiaries": []})
    spans = case.view.spans_in("country", case.sent.start, case.sent.end)
    adversaries = set()
    for code in action.beneficiaries:
        mentions = [s for s in spans if s._.norm == code]
        if mentions and all(is_adversary(case.view, case.sent, s) for s in mentions):
            adversaries.add(code)
    if not adversaries:
        return None
    return action.model_copy(update={"beneficiaries": [c for c in action.beneficiaries if c not in adversaries]})


CHANGE_RULES: tuple[Callable[[ActionCase], Optional[Action]], ...] = (
    clause_as_actor,
    actor_own_country,
    adversary_country,
)


# --- the screen ---------------------------------------------------------------------------------


def screen_actions(
    view: LetterDoc, actions: list[Action], author_country: Optional[str]
) -> tuple[list[Action], list[Action]]:
    """The actions kept (corrected by ``CHANGE_RULES``) and those dropped, each naming its rule."""
    kept: list[Action] = []
    dropped: list[Action] = []
    for action in actions:
        case = case_of(view, action, author_country)
        drop, rule = decide(DROP_RULES, case)
        if drop:
            dropped.append(_with_because(action, screen=rule))
            continue
        action = _with_because(action, screen=KEPT)
        for change in CHANGE_RULES:
            changed = change(dataclasses.replace(case, action=action))
            if changed is not None:
                action = _with_because(changed, changes=[*changed.because.changes, change.__name__])
        kept.append(action)
    return kept, dropped


def case_of(view: LetterDoc, action: Action, author_country: Optional[str]) -> ActionCase:
    """The case of one candidate: its sentence and the verb group its verb phrase names."""
    sent = view.sents[action.evidence.sentence]
    lemma = (action.action or "").split(" ")[0]
    groups = [g for g in verb_groups(view, sent, load_cues()) if g.lemma == lemma]
    group = next((g for g in groups if not g.purpose), groups[0] if groups else None)
    return ActionCase(view, action, sent, group, author_country)


def _with_because(action: Action, **update) -> Action:
    """A copy of an action with its ``because`` updated."""
    return action.model_copy(update={"because": action.because.model_copy(update=update)})


def correspondence_verb(view: LetterDoc, sent) -> Optional[int]:
    """The index of a correspondence verb whose subject is the author ("I", "we") and whose object
    is a document ("the enclosed notice", "my ... address"), or None."""
    doc = view.doc
    between = COMMITMENT_WORDS.auxiliaries | COMMITMENT_WORDS.be_have | WORDS.correspondence_fillers
    for token in sent:
        if token.lower_ not in WORDS.correspondence_verbs:
            continue
        j, gap = token.i - 1, 0
        while j >= sent.start and doc[j].lower_ in between and gap < DEFAULT_SUBJECT_GAP:
            j, gap = j - 1, gap + 1
        if j < sent.start or doc[j].lower_ not in COMMITMENT_WORDS.subject_pronouns:
            continue
        for k in range(token.i + 1, min(sent.end, token.i + 1 + DEFAULT_OBJECT_WINDOW)):
            word = doc[k].lower_
            if word in WORDS.document_nouns:
                return token.i
            if word in WORDS.object_stops or doc[k].text in (".", ";", ":") or view.clause_break(k):
                break
    return None


def is_adversary(view: LetterDoc, sent, span) -> bool:
    """Whether a country mention stands as the adversary, cause or target: "against (...) X",
    "aggression by X", "the threat from X", "X's aggression", "Russian aggression", "sanctions on X", "to
    weaken X"."""
    doc = view.doc
    before = [t.lower_ for t in doc[max(sent.start, span.start - DEFAULT_ADVERSARY_WINDOW) : span.start]]
    if set(before) & WORDS.adversary_prepositions:
        return True
    if len(before) >= 2 and before[-1] in WORDS.adversary_agents and before[-2] in WORDS.adversary_nouns:
        return True
    if len(before) >= 2 and before[-1] in WORDS.sanction_prepositions and before[-2] in WORDS.sanction_nouns:
        return True  # "sanctions on Russia's economy": the target of a measure
    if before[-1:] and before[-1] in WORDS.harming_verbs:
        return True  # "to further degrade Russia's economy": the object a measure means to harm
    if len(before) >= 3 and before[-1] == "the" and before[-2] in WORDS.adversary_agents:
        return before[-3] in WORDS.adversary_nouns  # "aggression by the Russian Federation"
    return is_aggressor(view, sent, span)


def is_aggressor(view: LetterDoc, sent, span) -> bool:
    """Whether a country's possessive or adjective opens a noun of its own hostile act, a modifier at
    most between ("Russia's brutal aggression", "Russia's full-scale invasion", "further Russian
    aggression"): the aggressor, never whom an action or a sum is for."""
    doc = view.doc
    words: list[str] = []
    for token in doc[span.end : sent.end]:
        if words and (token.text == "-" or doc[token.i - 1].text == "-"):
            words[-1] += token.lower_  # "full-scale": one modifier
            continue
        words.append(token.lower_)
        if len(words) > ADVERSARY_MODIFIERS + 2:
            break
    if words[:1] and words[0] in POSSESSIVE_MARKS:
        words = words[1:]
    return any(word in WORDS.adversary_nouns for word in words[: ADVERSARY_MODIFIERS + 1])


def actor_country(actor: Optional[str], author_country: Optional[str]) -> Optional[str]:
    """The country an actor belongs to: a country itself, a body whose name holds a country
    ("United States Armed Forces"), or a national body of the author's country ("FDA")."""
    if not actor:
        return None
    if is_iso_code(actor):
        return actor
    named = country_named_in(actor.lower())
    if named:
        return named
    return author_country if actor in state_body_names() else None


def _object_of_preposition(view: LetterDoc, sent, last: int) -> bool:
    """Whether the noun phrase ending at token ``last`` is the object of "of" (a few words back)."""
    doc = view.doc
    for span in view.spans_in("organisation", sent.start, last + 1) + view.spans_in("country", sent.start, last + 1):
        if span.start <= last < span.end:
            last = span.start - 1  # "of" inside a name ("Department of Energy") governs nothing
    for j in range(last, max(sent.start, last - NOUN_PHRASE_WINDOW) - 1, -1):
        word = doc[j].lower_
        if word == "of":
            return True
        if not (doc[j].is_alpha and (doc[j].is_title or doc[j].is_upper or word in ("the", "a", "an"))):
            return False
    return False
