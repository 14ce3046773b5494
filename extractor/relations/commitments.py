"""Commitments: who undertakes, decided or delivered what, for whom, with how much, by when.

Works on the spaCy Doc of a letter's body as the rule pipeline leaves it (a blank English model
with a sentencizer: no tagger or parser), so verbs are recognised from a lexicon of policy verbs
(``commitment_cues.tsv``) and their auxiliaries, and roles of countries from the prepositions
around them ("for/to/in X" benefits X; "from/by/between X", "Syrian refugees" do not).
A sum whose clause names no place takes the country the paragraph has just spoken of ("In
Haiti, ... We will contribute $300 million"), and a total split up in the next sentence ("Of
this amount, ...", or parts that add up to it) takes the countries of its parts.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from models.commitment import Commitment
from models.entities import AmountValue, Grounding
from models.letter import BBox, LetterText

CUES_FILE = Path(__file__).with_name("commitment_cues.tsv")
SPAN_CACHE_KEY = "commitments.spans"

# How far (in tokens) to look back from a verb for its auxiliaries, and from a country for
# the preposition that gives its role.
DEFAULT_AUX_WINDOW = 5
DEFAULT_CUE_WINDOW = 5
# How far back a subject may stand before its verb group.
DEFAULT_SUBJECT_WINDOW = 6
# How far after a country its "its contribution" may stand.
DEFAULT_DONOR_WINDOW = 5
THANKS = frozenset("thank thanks grateful gratitude".split())
# How many sentences back a "these countries" may refer.
DEFAULT_BACKREF_SENTENCES = 2
# How many sentences back a sum that names no country may take the paragraph's country from.
DEFAULT_CONTEXT_SENTENCES = 2
# Longest purpose clause kept, in tokens.
DEFAULT_PURPOSE_TOKENS = 40
# How far back from a verb group a "call"/"intention" cue may stand ("we call on X to", "we intend to").
DEFAULT_MODALITY_WINDOW = 8
# How far after "we call on" / "I urge" the "to" that closes the addressee may stand.
DEFAULT_ADDRESSEE_WINDOW = 8

# A preposition (or verb) just before a country that makes it the one helped.
BENEFICIARY_CUES = frozenset(
    "for to in into towards toward across throughout inside within benefiting benefitting "
    "support supporting supports supported help helping assist assisting fund funding finance "
    "financing strengthen strengthening target targets targeting benefit benefits".split()
)
# "with X" is left out of both: a partner ("implemented with the Italian Ministry") as often as
# a beneficiary.
# "route to X": a direction of travel, not help.
DIRECTION_CUES = frozenset(["to", "towards", "toward", "into"])
JOURNEY_NOUNS = frozenset("route routes journey journeys way crossing crossings travel migration".split())
# A preposition just before a country that makes it an origin, a place left, or a bystander.
NON_BENEFICIARY_CUES = frozenset("from of by between than against among versus via".split())
# Words that may stand between a cue and its country without breaking the link
# ("to the Libyan authorities", "for the Government of Jordan").
CUE_SKIP = frozenset(
    "the a an its their our his her government governments authorities authority people "
    "ministry republic kingdom state states coast guard partners partner neighbouring "
    "neighboring countries country".split()
)
# Nouns after "of" that keep the country the beneficiary ("the Government of Jordan").
OF_HEADS = frozenset(
    "government authorities ministry republic kingdom people state coast guard region regions province "
    "provinces governorate governorates".split()
)
# Tokens that join the countries of one list, which then share the cue of its first member.
LIST_GLUE = frozenset([",", "and", "or", "as", "well", "&", "/", "the", "both", "either"])
# Auxiliaries and adverbs that may stand between a subject and its main verb.
AUXILIARIES = frozenset(
    "will shall 'll would should must can could may might be been being is are was were am has "
    "have had 've to not also now soon further already still jointly collectively then therefore "
    "quickly swiftly rapidly fully just recently currently significantly gradually continue "
    "continues continued ready need needs plan plans aim aims intend intends committed prepared "
    "willing going together urgently finally each".split()
)
BE_HAVE = frozenset("be been being is are was were am has have had 've 's".split())
FUTURE_AUX = frozenset(["will", "shall", "'ll", "would"])
# Phrases before "to" that make "to VERB" a main verb, not a purpose clause.
TO_GOVERNORS = frozenset(
    "is are was were ready need needs plan plans aim aims intend intends committed prepared "
    "willing going have has continue continues want wants wish decided agreed seek seeks "
    "able".split()
)
# Words that mark the start of a purpose clause after a sum of money.
PURPOSE_MARKERS = frozenset(["to", "for"])
PURPOSE_STOPS = frozenset([";", ":", "(", "—"])
PURPOSE_STOP_AFTER_COMMA = frozenset("including which while whereas but although as".split())
# Participles that, before "to VERB", state a disposition to act, not a past act.
DISPOSITIONS = frozenset("committed determined resolved dedicated".split())
PREPOSITIONS = BENEFICIARY_CUES | NON_BENEFICIARY_CUES | frozenset("with on at under after before".split())
# Words between a sum and its restatement in another currency.
EQUIVALENT_GLUE = frozenset("( about approximately approx. around some roughly nearly i.e. equivalent to or ,".split())
EQUIVALENT_GAP = 4
# "these (two) (partner) countries": how a sentence points back at countries named before.
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten".split())
BACKREF_DETERMINERS = frozenset("these those both the all".split())
BACKREF_QUALIFIERS = NUMBER_WORDS | frozenset("partner neighbouring neighboring host transit origin key".split())
BACKREF_NOUNS = frozenset("countries partners nations governments states".split())
# Words that introduce the parts of a total.
TOTAL_SPLITTERS = (("of", "which"), ("of", "this"), ("of", "that"), ("including",), ("among", "which"))
# How a sentence points back at the sum before it ("These funds will ...", "The package ...").
MONEY_ANAPHORS = frozenset("this these that those the such".split())
MONEY_NOUNS = frozenset(
    "funds funding money package grant grants sum amount envelope allocation contribution assistance "
    "aid financing investment loan".split()
)
# How far the parts of a total may add up away from it (rounded figures).
SUM_TOLERANCE = 0.01
# "Of this/the ..." opening a sentence that splits up the sum before it.
SPLIT_DETERMINERS = frozenset("this that these those the which it".split())
# Adverbs that may stand inside "we (therefore) ask".
CALL_FILLERS = frozenset("therefore also again now hereby strongly kindly once further urgently respectfully".split())
# What may stand between a subject and its verb group.
SUBJECT_BRIDGE = frozenset(["and", ",", "together", "jointly", "itself", "themselves", "alone", "both", "all"])
# A reduced relative clause ("..., implemented with X") is rarely the sum's own verb.
REDUCED_CLAUSE_PENALTY = 10
CLAUSE_CONJUNCTIONS = frozenset("and but while whereas although".split())
FURTHER_WORDS = frozenset("further additional another".split())
PARTICLES = frozenset("up out forward start off aside".split())
SUBJECT_PRONOUNS = frozenset(["we", "i"])
MAX_COUNTRY_WORDS = 4
# Relative pronouns that are the subject of the verb after them ("the Plan, which proposes ...").
RELATIVE_SUBJECTS = frozenset(["which", "who"])
# Complementisers: "we decided that EUR 45m will be mobilised": the sum is the subject of the
# verb after it, not the object of the verb before it.
COMPLEMENTISERS = frozenset(["that"])
# Last words of a named source of money: "the Korea-Africa ... Trust Fund" gives, it is no partner.
FUND_HEADS = frozenset(["fund", "funds"])
# Verbs that describe a country's state ("X remains fragile", "X is under strain").
STATE_VERBS = frozenset("is remains was remained faces faced".split())
# Verbs whose present tense says money is being paid out now ("contributes", "pays", "spends").
SPENDING_NOW = frozenset("contribute pay spend disburse invest fund finance".split())
# Author institutions recognised in a letterhead or a signatory's title (reference data, not one
# letter's facts): the first keyword found names the author.
AUTHOR_KEYWORDS = (
    ("council of the european union", "Council of the European Union"),
    ("european council", "European Council"),
    ("european parliament", "European Parliament"),
    ("high representative", "High Representative"),
    ("european commission", "European Commission"),
    ("frontex", "Frontex"),
    ("united nations", "United Nations"),
)
# Institutions that write policy letters, for the guess from the body when no letterhead says
# who wrote (an agency named often, like Frontex, is a subject of the letter, not its author).
BODY_AUTHORS = frozenset(
    [
        "European Commission",
        "European Council",
        "Council of the European Union",
        "European Parliament",
        "High Representative",
    ]
)
# Words after which a past participle is an adjective ("the proposed Directive").
DETERMINERS = frozenset("the a an this that these those its our their his her any every".split())
# Prepositions after which a past participle is an adjective ("for assisted returns", "to
# affected communities"): a verb there would need an auxiliary or a subject.
ADJECTIVE_AFTER = frozenset("for to of in into with on at from towards".split())
# Nouns of return before "from X": the help reaches people stranded in X ("assisted voluntary
# returns from X"), unlike "departures from X".
RETURN_NOUNS = frozenset("return returns repatriation repatriations evacuation evacuations".split())
RETURNEE_NOUNS = frozenset(["returnees", "returnee"])
BENEFIT_OF = frozenset(["benefit", "favour", "favor", "support"])  # "in support of X"
# Nouns after a country that name a crisis, not a place helped: "the Syria Crisis", "the
# Syrian conflict". Helping its hosts ("for Jordan, in response to the Syria crisis"), the
# crisis country yields to them; alone, it stays the beneficiary.
CRISIS_NOUNS = frozenset("crisis crises conflict war".split())
# State bodies a demonym names ("the Tunisian coast guard"): "of" before them is a possessive
# ("the repair of vessels of the Tunisian coast guard"), not an origin.
STATE_BODY_NOUNS = frozenset("coast guard authorities government navy police army forces ministry".split())
# Words that tie a country to an agreement it is party to ("the Memorandum we signed with X").
# Verbs whose object is the country helped ("to support X", "assist X").
HELP_VERBS = frozenset("support supporting assist assisting help helping".split())
AGREEMENT_VERBS = frozenset("signed concluded agreed negotiated".split())
BORDER_NOUNS = frozenset("border borders frontier boundary".split())
# Words that may stand between ", and" and a sum whose verb is gapped ("..., and a further EUR 3m").
GAP_WORDS = frozenset("a an another further additional also then some nearly almost about around up to over".split())
# The actor of "we" when nothing says who wrote the letter.
UNKNOWN_AUTHOR = "the author"
# Letterhead words of a national authority (which may not name its state).
NATIONAL_AUTHOR_WORDS = (
    "ministry",
    "minister",
    "government",
    "office",
    "secretary",
    "department",
    "president",
    "prime",
    "chancellor",
    "embassy",
    "white house",
    "federal",
    "cabinet",
)
SUBJECT_OPENERS = frozenset([".", ",", "and", "the", ";", ":", "\n", "\n\n"])
MEMBER_STATES = "Member States"
EUROPEAN_UNION = "European Union"


@dataclass
class Cues:
    """The lexicon: verb forms and the cue phrases of each kind."""

    forms: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # form -> lemma, class, tense
    phrases: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)


def _inflect(lemma: str) -> dict[str, str]:
    """Regular English forms of a verb: base, third person, past, -ing."""
    vowels = "aeiou"
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in vowels:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past = lemma + "d"
    elif lemma.endswith("y") and lemma[-2:-1] not in vowels:
        past = lemma[:-1] + "ied"
    else:
        past = lemma + "ed"
    if lemma.endswith("ie"):
        ing = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith("ee"):
        ing = lemma[:-1] + "ing"
    else:
        ing = lemma + "ing"
    return {lemma: "base", third: "3sg", past: "past", ing: "ing"}


@functools.lru_cache(maxsize=1)
def load_cues(path: Path = CUES_FILE) -> Cues:
    """Read the verb lexicon and cue phrases from the TSV beside this module."""
    cues = Cues()
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        kind, phrase = cols[0], cols[1]
        if kind == "verb":
            cls = cols[2]
            for form, tense in _inflect(phrase).items():
                cues.forms.setdefault(form, (phrase, cls, tense))
            if len(cols) > 3:
                for form in filter(None, cols[3].split(",")):
                    tense = "ing" if form.endswith("ing") else "past"
                    cues.forms.setdefault(form.strip(), (phrase, cls, tense))
        else:
            cues.phrases.setdefault(kind, []).append(tuple(phrase.split()))
    return cues


@dataclass
class VerbGroup:
    """A main verb with its auxiliaries, as found in one sentence."""

    head: int  # token index of the main verb
    start: int  # token index of the first auxiliary (or the head)
    lemma: str
    cls: str
    tense: str
    aux: list[str]
    purpose: bool = False  # a "to VERB" purpose clause, not a main verb
    time: Optional[str] = None  # future, past, progressive, present
    to_follows: bool = False  # "committed to", "decided to": the verb governs another one
    governor: str = ""  # the word before "to VERB" ("agreed to provide")


def _spans(doc, family: str) -> list:
    """The spans of one family, sorted by position (empty when the family is absent)."""
    # Sorted once per Doc and family: the stages below ask for them sentence by sentence.
    cache = doc.user_data.setdefault(SPAN_CACHE_KEY, {})
    if family not in cache:
        group = doc.spans.get(family) if hasattr(doc.spans, "get") else None
        ordered = sorted(group or [], key=lambda s: (s.start, s.end))
        cache[family] = (ordered, [s.start for s in ordered])
    return cache[family][0]


def _spans_in(doc, family: str, lo: int, hi: int) -> list:
    """The spans of one family lying wholly within tokens [lo, hi)."""
    ordered = _spans(doc, family)
    starts = doc.user_data[SPAN_CACHE_KEY][family][1]
    first = bisect.bisect_left(starts, lo)
    last = bisect.bisect_left(starts, hi)
    return [s for s in ordered[first:last] if s.end <= hi]


def clear_span_cache(doc) -> None:
    """Forget the sorted spans of a Doc (they hold Span objects a Doc should not keep)."""
    doc.user_data.pop(SPAN_CACHE_KEY, None)


def _covered(doc) -> set[int]:
    """Token indices inside any entity span: those are names, never verbs."""
    covered: set[int] = set()
    for family in ("country", "region", "organisation", "person", "route", "amount", "date", "programme"):
        for span in _spans(doc, family):
            covered.update(range(span.start, span.end))
    return covered


def _phrase_at(words: list[str], phrases: list[tuple[str, ...]]) -> Optional[tuple[str, ...]]:
    """The first phrase that occurs anywhere in the word list."""
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == phrase:
                return phrase
    return None


def _verb_groups(doc, sent, covered: set[int], cues: Cues) -> list[VerbGroup]:
    """Main verbs of a sentence with their auxiliaries and their time (future, past ...)."""
    groups = []
    for token in sent:
        entry = cues.forms.get(token.lower_)
        if entry is None or token.i in covered:
            continue
        lemma, cls, tense = entry
        if token.is_title and not token.is_sent_start and token.i > sent.start:
            continue  # a heading or a name ("Proposed Rules"), not a verb
        if tense == "past" and token.i > sent.start and doc[token.i - 1].lower_ in DETERMINERS | ADJECTIVE_AFTER:
            continue  # an adjective: "the proposed Directive", "for assisted voluntary returns"
        aux: list[str] = []
        j = token.i - 1
        while j >= sent.start and token.i - j <= DEFAULT_AUX_WINDOW:
            word = doc[j].lower_
            # "-ly" adverbs ("swiftly"), but not names that end so ("Italy") or entity tokens.
            if word in AUXILIARIES or (word.endswith("ly") and doc[j].is_lower and j not in covered):
                aux.insert(0, word)
                j -= 1
                continue
            break
        start = j + 1
        group = VerbGroup(head=token.i, start=start, lemma=lemma, cls=cls, tense=tense, aux=aux)
        if aux and aux[-1] == "to" or "to" in aux[-2:]:
            before_to = doc[start - 1].lower_ if start - 1 >= sent.start else ""
            governors = set(aux[: aux.index("to")]) | {before_to}
            within = aux[: aux.index("to")]
            group.governor = within[-1] if within else before_to
            if not governors & TO_GOVERNORS:
                group.purpose = True
        group.to_follows = (
            token.lower_ in DISPOSITIONS
            and token.i + 2 < sent.end
            and doc[token.i + 1].lower_ == "to"
            and doc[token.i + 2].is_lower
            and doc[token.i + 2].lower_ not in CUE_SKIP
            and token.i + 2 not in covered
        )
        group.time = _time_of(group, doc, sent)
        if group.time is None:
            continue  # a noun reading ("EU support focuses ...")
        groups.append(group)
    return groups


def _has_subject_before(doc, sent, index: int) -> bool:
    """Whether a pronoun, a name or a noun stands right before position ``index`` (a finite verb)."""
    if index <= sent.start:
        return False
    prev = doc[index - 1]
    return (
        prev.lower_ in SUBJECT_PRONOUNS
        or prev.lower_ in {"they", "it", "states", "eu", "union"}
        or prev.lower_ in RELATIVE_SUBJECTS
        or (prev.is_alpha and (prev.is_title or prev.is_upper and len(prev) > 1) and index - 1 > sent.start)
    )  # a name or an acronym ("the UK already contributes")


def _time_of(group: VerbGroup, doc, sent) -> Optional[str]:
    """Future, past, progressive or present, from the auxiliaries and the verb's form."""
    aux = set(group.aux)
    if group.governor in ("continue", "continues", "continued", "keep", "keeps") and not aux & FUTURE_AUX:
        return "present"  # "Iran continues to expand": ongoing, not a new undertaking
    if aux & FUTURE_AUX or {"going"} <= aux or ({"is", "are", "was", "were"} & aux and "to" in aux):
        return "future"
    if group.tense == "past":
        return "past"
    if group.tense == "base" and group.aux and group.aux[-1] in BE_HAVE and group.aux[-1] != "be":
        return "past"  # "has been set aside", "have put": a participle that looks like the base
    if group.tense == "ing":
        return "progressive" if aux & BE_HAVE else None
    if aux & {"should", "must", "can", "could", "may", "might", "to", "need", "needs"}:
        return "future"
    if _has_subject_before(doc, sent, group.start):
        return "present"
    if (
        group.tense == "3sg"
        and not group.aux
        and any(a.start == group.head + 1 for a in _spans_in(doc, "amount", group.head + 1, sent.end))
    ):
        return "present"  # "The Plan, launched in May, seeks USD 934.5 million": a verb taking the sum
    return None


def _status(group: Optional[VerbGroup], modality: str, cues: Cues) -> str:
    """planned / adopted / disbursed from the verb's class and time."""
    if group is None:
        return "planned"
    governor = cues.forms.get(group.governor)
    if governor and governor[1] == "adopted" and governor[2] == "past":
        return "adopted"  # "the United Kingdom agreed to provide": decided, not only planned
    if group.cls == "planned" or group.time == "future" or modality in ("call", "intention"):
        return "planned"
    if group.time == "past" and group.to_follows and set(group.aux) & BE_HAVE:
        return "planned"  # "we are committed to supporting": a disposition, not a past act
    if group.time == "past":
        return "disbursed" if group.cls in ("disbursed", "receive") else "adopted"
    if group.time == "present" and group.cls == "disbursed" and group.lemma in SPENDING_NOW:
        return "disbursed"  # "the UK already contributes GBP 476m": money going out now
    return "adopted"


def _modality(doc, sent, group: Optional[VerbGroup], cues: Cues) -> str:
    """firm / intention / call from the words leading up to the verb."""
    if group is None:
        return "firm"
    lo = max(sent.start, group.start - DEFAULT_MODALITY_WINDOW)
    words = [t.lower_ for t in doc[lo : group.head]]
    if _phrase_at(words, cues.phrases.get("call", [])):
        return "call"
    if _phrase_at(words, cues.phrases.get("intention", [])):
        return "intention"
    return "firm"


def _country_lists(doc, spans: list) -> list[list]:
    """Group country spans standing in one list ("Egypt, Tunisia and Libya")."""
    lists: list[list] = []
    for span in spans:
        if lists:
            last = lists[-1][-1]
            between = [t.lower_ for t in doc[last.end : span.start]]
            # ", and" starts a new clause unless the list already has two members ("Tunisia,
            # Egypt, and Jordan"); "Ukraine, and U.S. institutions" is two clauses.
            new_clause = "," in between and ("and" in between or "or" in between) and len(lists[-1]) < 2
            if last.end <= span.start and all(w in LIST_GLUE for w in between) and len(between) <= 3 and not new_clause:
                lists[-1].append(span)
                continue
        lists.append([span])
    return lists


def _phrase_start(doc, sent, span) -> int:
    """Where the noun phrase of a country starts: "the Government of Italy" starts at "the"."""
    start = span.start
    if start - 2 >= sent.start and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in OF_HEADS:
        start -= 2
        while start - 1 >= sent.start and doc[start - 1].lower_ in DETERMINERS:
            start -= 1
    return start


def _cue_before(doc, sent_start: int, index: int) -> Optional[str]:
    """'pos', 'neg' or None: the role the words before position ``index`` give a country."""
    j = index - 1
    steps = 0
    while j >= sent_start and steps < DEFAULT_CUE_WINDOW:
        word = doc[j].lower_
        if word == "of" and j - 1 >= sent_start and doc[j - 1].lower_ in OF_HEADS:
            j -= 2
            steps += 2
            while j >= sent_start and doc[j].is_title and doc[j].is_alpha and not doc[j].is_sent_start:
                j -= 1  # "in the Kurdistan Region of X": the region's name
            continue
        if word == "of" and _names_state_body(doc, index):
            while j >= sent_start and doc[j].lower_ == "of" and j - 1 >= sent_start and doc[j - 1].is_lower:
                j -= 2  # "for the repair of vessels of the X coast guard": the possessor's side
                while j >= sent_start and doc[j].lower_ in ("the", "a", "an"):
                    j -= 1
            if j >= sent_start and doc[j].lower_ in BENEFICIARY_CUES:
                return "pos"
            return None
        if word == "from" and any(t.lower_ in RETURN_NOUNS for t in doc[max(sent_start, j - 4) : j]):
            return "pos"  # "assisted voluntary returns (of migrants) from X": help for those stranded in X
        if word == "with" and j - 1 >= sent_start and doc[j - 1].lower_ in ("together", "jointly"):
            return "neg"  # "together with X, we will provide ...": a fellow spender
        if word == "of" and j - 1 >= sent_start and doc[j - 1].lower_ in BENEFIT_OF:
            return "pos"  # "for the benefit of X", "in favour of X"
        if word == "between" and j - 1 >= sent_start and doc[j - 1].lower_ in BORDER_NOUNS:
            return None  # "the border between X and Y": places on it, not parties set apart
        if word in NON_BENEFICIARY_CUES:
            return "neg"
        if word in BENEFICIARY_CUES:
            if word in DIRECTION_CUES and j - 1 >= sent_start and doc[j - 1].lower_ in JOURNEY_NOUNS:
                return "neg"  # "the Eastern Route to Yemen": a destination, not a beneficiary
            return "pos"
        if word in CUE_SKIP:
            j -= 1
            steps += 1
            continue
        return None
    return None


def _names_state_body(doc, index: int) -> bool:
    """Whether the country at ``index`` is a demonym before a state body ("Tunisian coast guard")."""
    k = index
    while k < len(doc) and k - index < MAX_COUNTRY_WORDS and doc[k].is_title:
        k += 1
    return k < len(doc) and doc[k].lower_ in STATE_BODY_NOUNS


def _letter_beneficiary(doc, sents: list, cues: Cues, author_country: Optional[str]) -> list[str]:
    """The one country a letter says, outside any sum's sentence, it sets out to help
    ("how we intend to support X"); none when it says so of several."""
    key = "commitments.letter_beneficiary"
    if key not in doc.user_data:
        found: set[str] = set()
        for sent in sents:
            if _spans_in(doc, "amount", sent.start, sent.end):
                continue
            for span in _spans_in(doc, "country", sent.start, sent.end):
                prev = doc[span.start - 1] if span.start > sent.start else None
                if prev is not None and prev.lower_ in HELP_VERBS and span._.norm and span._.norm != author_country:
                    found.add(span._.norm)
        doc.user_data[key] = sorted(found)
    found = doc.user_data[key]
    return list(found) if len(found) == 1 else []


def _agreement_partners(doc, sent) -> list[str]:
    """Countries a sentence names as the other party to an agreement ("signed with X")."""
    words = {t.lower_ for t in sent}
    if not words & AGREEMENT_VERBS:
        return []
    return [
        c._.norm
        for c in _spans_in(doc, "country", sent.start, sent.end)
        if c._.norm
        and c.start > sent.start
        and doc[c.start - 1].lower_ == "with"
        and any(doc[k].lower_ in AGREEMENT_VERBS for k in range(max(sent.start, c.start - 4), c.start))
    ]


def _is_crisis(doc, span) -> bool:
    """A country naming a crisis ("the Syria Crisis"), not a place helped."""
    return span.end < len(doc) and doc[span.end].lower_ in CRISIS_NOUNS


def _is_origin(doc, span, cues: Cues) -> bool:
    """A demonym before a people noun ("Syrian refugees"): an origin, not a beneficiary."""
    if span.end >= len(doc):
        return False
    people = {p[0] for p in cues.phrases.get("people", [])}
    return doc[span.end].lower_ in people


def _is_returnee(doc, span) -> bool:
    """A demonym before "returnees": people back home, so help for them is help in their country."""
    return span.end < len(doc) and doc[span.end].lower_ in RETURNEE_NOUNS


def _is_donor(doc, span, cues: Cues) -> bool:
    """A country thanked for its own money ("grateful to Switzerland for its contribution")."""
    donor_nouns = {p[0] for p in cues.phrases.get("donor", [])}
    after = [t.lower_ for t in doc[span.end : min(len(doc), span.end + DEFAULT_DONOR_WINDOW)]]
    for i, word in enumerate(after[:-1]):
        if word in ("its", "their", "'s") and after[i + 1] in donor_nouns:
            return True
    before = [t.lower_ for t in doc[max(0, span.start - 3) : span.start]]
    return bool(set(before) & THANKS)


@dataclass
class Roles:
    """Countries and regions of a stretch of text by the role they play in it."""

    pos: list[str] = field(default_factory=list)
    neutral: list[str] = field(default_factory=list)
    neg: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    region_spans: list = field(default_factory=list)


def _add(target: list[str], value: str) -> None:
    if value and value not in target:
        target.append(value)


def _names_giving_fund(doc, sent, span, group: Optional[VerbGroup], programme_tokens: set[int]) -> bool:
    """Whether the country stands inside a named fund that is the subject of the
    sum's verb (before it, not after a preposition): the fund gives, the country names it."""
    if group is None or span.start not in programme_tokens or span.end > group.start or group.cls == "receive":
        return False
    programme = next(
        (p for p in _spans_in(doc, "programme", sent.start, group.start) if p.start <= span.start < p.end), None
    )
    if programme is None or doc[programme.end - 1].lower_ not in FUND_HEADS:
        return False  # "the EU-Mauritania Partnership provides ...": a partnership is for its partner
    start = _phrase_start(doc, sent, programme)
    return start == sent.start or doc[start - 1].lower_ not in PREPOSITIONS


def _roles(doc, sent, lo: int, hi: int, group: Optional[VerbGroup], cues: Cues, programme_tokens: set[int]) -> Roles:
    """Sort the countries of tokens [lo, hi) into beneficiaries, neutral, excluded and subjects."""
    roles = Roles()
    countries = _spans_in(doc, "country", lo, hi)
    org_tokens = {i for o in _spans_in(doc, "organisation", sent.start, sent.end) for i in range(o.start, o.end)}
    for members in _country_lists(doc, countries):
        first = members[0]
        cue = _cue_before(doc, sent.start, first.start)
        for span in members:
            code = span._.norm
            if not code:
                continue
            if span.start in org_tokens and cue != "pos" and not (group is not None and group.cls == "receive"):
                continue  # part of a body's name ("the U.S. Agency for ..."), no place of its own
            if _names_giving_fund(doc, sent, span, group, programme_tokens):
                _add(roles.neg, code)  # "the Korea-Africa Trust Fund has agreed to co-finance ...": the giver's name
                continue
            if (_is_origin(doc, span, cues) and not _is_returnee(doc, span)) or _is_donor(doc, span, cues):
                _add(roles.neg, code)
            elif cue == "pos":
                _add(roles.pos, code)
            elif cue == "neg":
                _add(roles.neg, code)
            elif (
                group is not None
                and (
                    _phrase_start(doc, sent, first) == sent.start
                    or doc[_phrase_start(doc, sent, first) - 1].lower_ not in PREPOSITIONS
                )
                and first.end <= group.start
                and not group.purpose
                and first.start not in programme_tokens
            ):
                # A country standing before the verb with no preposition is its subject: the
                # spender ("Italy will provide ..."), unless the verb is one of receiving.
                (_add(roles.pos, code) if group.cls == "receive" else _add(roles.subjects, code))
            else:
                _add(roles.neutral, code)
    crises = {c._.norm for c in countries if _is_crisis(doc, c)}
    if set(roles.pos) - crises:
        moved = [c for c in roles.pos if c in crises]
        roles.pos = [c for c in roles.pos if c not in crises]
        roles.neutral += [c for c in moved if c not in roles.neutral]
    for span in _spans_in(doc, "region", lo, hi):
        if _cue_before(doc, sent.start, span.start) != "neg":
            _add(roles.regions, span._.norm or span.text)
            roles.region_spans.append(span)
    return roles


def _beneficiaries(roles: Roles, author_country: Optional[str]) -> list[str]:
    """Beneficiaries: the cued countries, else the uncued ones; never the spender."""
    chosen = roles.pos or roles.neutral
    # A country both helped and named as an origin ("a campaign in Viet Nam for Vietnamese
    # people") is helped.
    return [c for c in chosen if (c not in roles.neg or c in roles.pos) and (c != author_country or c in roles.pos)]


def _sentence_has_backref(doc, sent, cues: Cues) -> bool:
    """Whether a sentence points back at countries named before it ("those three countries")."""
    words = [t.lower_ for t in sent]
    if _phrase_at(words, cues.phrases.get("backref", [])) is not None:
        return True
    # A determiner, a number or a qualifier, then a noun for states: "these two partner countries".
    for i, word in enumerate(words):
        if word not in BACKREF_DETERMINERS:
            continue
        j = i + 1
        counted = word in ("these", "those", "both")
        while j < len(words) and j - i <= 3 and words[j] in BACKREF_QUALIFIERS:
            counted = counted or words[j] in NUMBER_WORDS
            j += 1
        if j < len(words) and words[j] in BACKREF_NOUNS and counted:
            return True
    return False


def _paragraph_of(letter: LetterText, char: int) -> tuple[int, int]:
    """Character range of the paragraph holding ``char`` (blank-line split when none is given)."""
    for para in letter.paragraphs:
        if para.start <= char < para.end:
            return para.start, para.end
    body = letter.body
    start = body.rfind("\n\n", 0, char)
    end = body.find("\n\n", char)
    return (0 if start < 0 else start + 2), (len(body) if end < 0 else end)


def _text_start(sent) -> int:
    """Offset of a sentence's first non-space character (spaCy keeps blank lines in sentences)."""
    for token in sent:
        if not token.is_space:
            return token.idx
    return sent.end_char


def _back_countries(doc, sents: list, index: int, letter: LetterText, cues: Cues) -> list[str]:
    """Countries of the preceding sentences of the paragraph, for "these countries"."""
    para_start, _ = _paragraph_of(letter, _text_start(sents[index]))
    found: list[str] = []
    for k in range(index - 1, max(-1, index - 1 - DEFAULT_BACKREF_SENTENCES), -1):
        prev = sents[k]
        if prev.end_char <= para_start:
            break
        roles = _roles(doc, prev, prev.start, prev.end, None, cues, set())
        for code in roles.pos + roles.neutral + roles.subjects:
            if code not in roles.neg:
                _add(found, code)
        if found:
            break
    return found


def _forward_countries(
    doc, sents: list, index: int, letter: LetterText, cues: Cues, author_country: Optional[str]
) -> list[str]:
    """Countries helped in the next sentence of the paragraph when it opens by pointing back at
    the sum ("It will support ...", "These funds will go to ...") and names no sum of its own."""
    if not _next_in_paragraph(sents, index, letter):
        return []
    nxt = sents[index + 1]
    words = [t.lower_ for t in nxt if not t.is_space][:3] + ["", "", ""]
    points_back = (
        words[0] == "it"
        or (words[0] in ("this", "that") and words[1] in AUXILIARIES)
        or (words[0] in MONEY_ANAPHORS and words[1] in MONEY_NOUNS)
        or (words[0] in MONEY_ANAPHORS and words[1] in FURTHER_WORDS | {"new"} and words[2] in MONEY_NOUNS)
    )
    if not points_back or any(_amount_value(a) is not None for a in _spans_in(doc, "amount", nxt.start, nxt.end)):
        return []
    roles = _roles(doc, nxt, nxt.start, nxt.end, None, cues, set())
    return [c for c in roles.pos if c not in roles.neg and c != author_country]


def _context_countries(
    doc, sents: list, index: int, letter: LetterText, cues: Cues, author_country: Optional[str]
) -> list[str]:
    """Countries the nearest earlier sentences of the paragraph cue as helped ("in Haiti", "for
    programmes in X"), for a sum whose own clause names none."""
    para_start, _ = _paragraph_of(letter, _text_start(sents[index]))
    for k in range(index - 1, max(-1, index - 1 - DEFAULT_CONTEXT_SENTENCES), -1):
        prev = sents[k]
        if prev.end_char <= para_start:
            break
        roles = _roles(doc, prev, prev.start, prev.end, None, cues, set())
        if not (roles.pos or roles.neutral or roles.neg or roles.regions):
            continue
        topic = [c for c in _spans_in(doc, "country", prev.start, prev.end)]
        if (
            not roles.pos
            and len(roles.neutral) == 1
            and not roles.neg
            and not roles.regions
            and len(topic) == 1
            and _phrase_start(doc, prev, topic[0]) == _first_word(prev)
            and topic[0].end < prev.end
            and doc[topic[0].end].lower_ in STATE_VERBS
        ):
            # "Lebanon remains fragile. The EUR 1bn package ...": a sentence on the country's plight
            # makes it the paragraph's topic (not one on its acts: "Mali has asked ...").
            _add(roles.pos, topic[0]._.norm)
        for code in _agreement_partners(doc, prev):
            # "the Memorandum that we signed with X": money under it is for X.
            roles.neutral = [c for c in roles.neutral if c != code]
            _add(roles.pos, code)
        # The nearest sentence that names a place decides, and only when it plainly speaks of
        # the helped countries alone: no other country beside them ("from projects in X to the
        # corridor linking Y and Z"), no region that is not theirs ("Sudan and the Sahel").
        members: set[str] = set()
        for span in roles.region_spans:
            value = span._.value if isinstance(span._.value, dict) else {}
            members.update(value.get("members") or value.get("countries") or [])
        # A country inside a programme's name ("the U.S. Strategy for ...") is no other place.
        names = {i for p in _spans_in(doc, "programme", prev.start, prev.end) for i in range(p.start, p.end)}
        outside = {c._.norm for c in _spans_in(doc, "country", prev.start, prev.end) if c.start not in names}
        others = [c for c in roles.neutral + roles.neg if c != author_country and c not in roles.pos and c in outside]
        if others or (roles.regions and not set(roles.pos) <= members):
            return []
        return [c for c in roles.pos if c != author_country]
    return []


def _first_word(sent) -> int:
    """The index of a sentence's first word (past layout whitespace and marks)."""
    for t in sent:
        if t.is_alpha or t.like_num:
            return t.i
    return sent.start


def _next_in_paragraph(sents: list, index: int, letter: LetterText) -> bool:
    """Whether a sentence follows in the same paragraph."""
    if index + 1 >= len(sents):
        return False
    _, para_end = _paragraph_of(letter, _text_start(sents[index]))
    return _text_start(sents[index + 1]) < para_end


def _opens_split(doc, sents: list, index: int) -> bool:
    """Whether the next sentence opens by splitting up a sum before it ("Of this amount, ...",
    "Of the new funding, ...")."""
    nxt = sents[index + 1]
    words = [t.lower_ for t in nxt if not t.is_space][:2]
    return len(words) == 2 and words[0] == "of" and words[1] in SPLIT_DETERMINERS


def _region_countries(doc, sents: list, index: int, region_spans: list, letter: LetterText, cues: Cues) -> list[str]:
    """Countries the letter lists for a region in the next sentence of the paragraph."""
    _, para_end = _paragraph_of(letter, _text_start(sents[index]))
    members: set[str] = set()
    for span in region_spans:
        value = span._.value if isinstance(span._.value, dict) else {}
        members.update(value.get("members") or value.get("countries") or [])
    found: list[str] = []
    if index + 1 < len(sents) and _text_start(sents[index + 1]) < para_end:
        nxt = sents[index + 1]
        first = nxt[0].lower_ if len(nxt) else ""
        if first in {"it", "this", "these", "the", "they"}:
            roles = _roles(doc, nxt, nxt.start, nxt.end, None, cues, set())
            found = [c for c in roles.pos if not members or c in members]
    return found


def _purpose(doc, sent, amount_end: int, group: Optional[VerbGroup], covered: set[int]) -> Optional[str]:
    """The "to support ..." / "for ..." clause that says what the money is for."""
    start = None
    active = group is not None and not set(group.aux) & BE_HAVE
    if active and group.head >= amount_end and group.cls in ("disbursed", "action") and not group.purpose:
        start = group.head
    else:
        for t in doc[amount_end : sent.end]:
            word = t.lower_
            nxt = doc[t.i + 1] if t.i + 1 < sent.end else None
            if nxt is None:
                break
            if (
                word == "to"
                and nxt.is_alpha
                and not nxt.is_title
                and nxt.i not in covered
                and nxt.lower_ not in CUE_SKIP
            ):
                start = t.i
                break
            if word == "for" and nxt.i not in covered and nxt.is_alpha and not nxt.is_title:
                start = t.i
                break
            if word == "aimed" and nxt.lower_ == "at":
                start = t.i
                break
    if start is None:
        return None
    end = start
    while end < sent.end and end - start < DEFAULT_PURPOSE_TOKENS:
        token = doc[end]
        if token.text in PURPOSE_STOPS:
            break
        if token.text == "," and end + 1 < sent.end and doc[end + 1].lower_ in PURPOSE_STOP_AFTER_COMMA:
            break
        end += 1
    text = doc[start:end].text.strip().rstrip(".,;: ")
    return text or None


def _dates(doc, lo: int, hi: int) -> tuple[Optional[str], Optional[str]]:
    """(period, deadline) of tokens [lo, hi) as EDTF."""
    period = deadline = None
    for span in _spans_in(doc, "date", lo, hi):
        value = span._.value if isinstance(span._.value, dict) else {}
        edtf = value.get("edtf") or span._.norm
        if not edtf:
            continue
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        prev2 = doc[span.start - 2].lower_ if span.start > 1 else ""
        if prev in {"by", "until", "before", "till"} or (prev2, prev) in {("no", "later"), ("later", "than")}:
            deadline = deadline or edtf
        elif "/" in edtf or prev in {"for", "during", "over", "throughout", "between", "from"}:
            period = period or edtf
    return period, deadline


def _actor(doc, sent, group: Optional[VerbGroup], author: Optional[str], explicit: bool = False) -> Optional[str]:
    """The actor of a verb group: its subject, the agent of a passive, or the letter's author."""
    if group is None:
        return None if explicit else author
    lo = max(sent.start, group.start - DEFAULT_SUBJECT_WINDOW)
    programme_tokens = {i for p in _spans_in(doc, "programme", sent.start, sent.end) for i in range(p.start, p.end)}
    orgs = _spans_in(doc, "organisation", lo, group.start)
    countries = _spans_in(doc, "country", lo, group.start)
    candidates = []
    for span in orgs:
        candidates.append((span.end, span._.norm or span.text))
    for span in countries:
        head = _phrase_start(doc, sent, span)  # "the Government of Italy has paid": Italy acts
        prev = doc[head - 1].lower_ if head > sent.start else ""
        inside_name = any(p.start <= span.start < p.end for p in _spans_in(doc, "programme", sent.start, sent.end))
        if _cue_before(doc, sent.start, span.start) is None and prev not in PREPOSITIONS and not inside_name:
            candidates.append((span.end, span._.norm))
    for token in doc[lo : group.start]:
        word = token.lower_
        if word in SUBJECT_PRONOUNS:
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
    candidates = [
        (end, value)
        for end, value in candidates
        if all(t.lower_ in SUBJECT_BRIDGE or t.lower_ in TO_GOVERNORS or t.i in names for t in doc[end : group.start])
    ]
    if candidates:
        return max(candidates)[1] or (None if explicit else author)
    if group.time == "past" and group.aux and set(group.aux) & BE_HAVE or group.cls == "planned":
        # A passive: "adopted by the Commission" names the agent; else the author did it.
        after = doc[group.head + 1 : min(sent.end, group.head + 4)]
        if len(after) and after[0].lower_ == "by":
            for span in _spans_in(doc, "organisation", after.start, sent.end):
                if after.start < span.start <= after.start + 2:
                    return span._.norm or span.text
    return None if explicit else author


def _addressee_call(doc, sent, cues: Cues) -> Optional[tuple[str, int]]:
    """ "I request/urge/call on X to VERB": the addressee X and the index of VERB."""
    words = [t.lower_ for t in sent]
    if "i" not in words and "we" not in words:
        return None
    # Adverbs may stand inside the phrase ("we therefore ask"): match on the words without them.
    kept = [(w, sent.start + i) for i, w in enumerate(words) if w not in CALL_FILLERS]
    plain = [w for w, _ in kept]
    for phrase in cues.phrases.get("call", []):
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
                    for span in _spans_in(doc, "organisation", k, j) + _spans_in(doc, "country", k, j):
                        return span._.norm or span.text, j + 1
                    if addressee.lower().endswith("member states"):
                        return MEMBER_STATES, j + 1
                    if addressee:
                        return addressee, j + 1
    return None


def author_of(letter: LetterText, doc=None) -> tuple[Optional[str], Optional[str]]:
    """(institution, ISO country) of the letter's author, from its letterhead, title or body."""
    head = " ".join(filter(None, [letter.parts.letterhead, letter.parts.signatory_title])).lower()
    if doc is not None and head:
        # An organisation the body names whose name the letterhead carries ("AFRICAN UNION
        # COMMISSION"): the longest such name.
        named = sorted({s._.norm for s in _spans(doc, "organisation") if s._.norm}, key=len, reverse=True)
        for name in named:
            # Whole words only: "Federal Council" is not in "Federal Councillor".
            if len(name) > 3 and re.search(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)", head):
                return name, None
    for keyword, name in AUTHOR_KEYWORDS:
        if keyword in head:
            return name, None
    country = _country_in(head) if head else None
    if country:
        return country, country
    if doc is not None and any(word in head for word in NATIONAL_AUTHOR_WORDS):
        # A ministry that does not name its state: the state the body makes the subject of
        # its verbs ("Italy has opened", "the United Kingdom agreed") is the author's.
        subjects = _subject_countries(doc)
        if subjects:
            code = subjects.most_common(1)[0][0]
            return code, code
    if doc is not None:
        # No letterhead: the institution the body names most often among the authoring ones
        # (a Commission letter speaks of "the Commission" more than of the Council it addresses).
        norms = Counter(s._.norm for s in _spans(doc, "organisation") if s._.norm)
        order = {name: rank for rank, (_, name) in enumerate(AUTHOR_KEYWORDS)}
        known = [name for name in order if norms.get(name) and name in BODY_AUTHORS]
        if known:
            return max(known, key=lambda name: (norms[name], -order[name])), None
    # Last resort: the signatory in person (a title alone, "Minister of the Interior", would
    # merge the ministers of different states into one actor).
    fallback = letter.parts.signatory
    return (fallback.strip() if fallback else None), None


def _subject_countries(doc) -> Counter:
    """How often each country stands as the subject of a verb ("Italy has allocated")."""
    cues = load_cues()
    counts: Counter = Counter()
    for span in _spans(doc, "country"):
        if span.end >= len(doc) or not span._.norm:
            continue
        nxt = doc[span.end].lower_
        prev = doc[span.start - 1].lower_ if span.start > 0 else "."
        if (nxt in AUXILIARIES or nxt in cues.forms) and (prev in SUBJECT_OPENERS or doc[span.start].is_sent_start):
            counts[span._.norm] += 1
    return counts


def _country_in(text: str) -> Optional[str]:
    """The ISO code of a country named in a letterhead ("Ministry of the Interior of Italy")."""
    import pycountry

    best = None
    for country in pycountry.countries:
        for name in (getattr(country, "common_name", None), country.name, getattr(country, "official_name", None)):
            if name and len(name) > 3 and name.lower() in text:
                if best is None or len(name) > best[0]:
                    best = (len(name), country.alpha_3)
    return best[1] if best else None


def _page_and_boxes(letter: LetterText, start: int, end: int) -> tuple[Optional[int], list[BBox]]:
    """The page of a character range and one box per line it covers (PDF input only)."""
    page = None
    boxes: list[BBox] = []
    for line in letter.lines:
        if line.end <= start or line.start >= end:
            continue
        page = page or line.page
        a, b = max(start, line.start) - line.start, min(end, line.end) - line.start - 1
        x0 = line.char_x0[a] if a < len(line.char_x0) else line.bbox.x0
        x1 = line.char_x1[b] if 0 <= b < len(line.char_x1) else line.bbox.x1
        boxes.append(BBox(x0=x0, top=line.bbox.top, x1=x1, bottom=line.bbox.bottom))
    return page, boxes


def sentence_grounding(letter: LetterText, sent, index: int) -> Grounding:
    """Grounding of a whole sentence (the evidence of a commitment or a route tie)."""
    text = sent.text
    lead = len(text) - len(text.lstrip())
    start = sent.start_char + lead
    end = start + len(text.strip())
    page, boxes = _page_and_boxes(letter, start, end)
    return Grounding(start=start, end=end, sentence=index, sentence_text=text.strip(), page=page, boxes=boxes)


def _amount_value(span) -> Optional[AmountValue]:
    value = span._.value if isinstance(span._.value, dict) else None
    if not value or value.get("kind") != "money":
        return None
    try:
        return AmountValue(**value)
    except Exception:  # noqa: BLE001 - a malformed value from a component is not a commitment
        return None


def _action(doc, group: Optional[VerbGroup]) -> Optional[str]:
    if group is None:
        return None
    nxt = doc[group.head + 1].lower_ if group.head + 1 < len(doc) else ""
    after = doc[group.head + 2].lower_ if group.head + 2 < len(doc) else ""
    # "mobilise up to EUR 1 billion": "up to" qualifies the sum, it is no particle of the verb.
    return f"{group.lemma} {nxt}" if nxt in PARTICLES and not (nxt == "up" and after == "to") else group.lemma


def _programme(doc, lo: int, hi: int) -> Optional[str]:
    for span in _spans_in(doc, "programme", lo, hi):
        return span._.norm or span.text
    return None


def find_commitments(doc, mentions, letter: LetterText) -> list[Commitment]:
    """Commitments of a letter: one per sum of money tied to a purpose, plus undertakings with an actor."""
    cues = load_cues()
    covered = _covered(doc)
    programme_tokens = {i for s in _spans(doc, "programme") for i in range(s.start, s.end)}
    author, author_country = author_of(letter, doc)
    sents = list(doc.sents)
    found: list[tuple[int, Commitment]] = []
    totals: list[tuple[int, Commitment]] = []  # sums the next sentence splits up
    for index, sent in enumerate(sents):
        sent_amounts, equivalents = _equivalents(
            doc, [s for s in _spans_in(doc, "amount", sent.start, sent.end) if _amount_value(s) is not None]
        )
        groups = _verb_groups(doc, sent, covered, cues)
        main_groups = [g for g in groups if not g.purpose]
        words = [t.lower_ for t in sent]
        evidence = None
        used_heads: set[int] = set()
        previous_beneficiaries: list[str] = []
        previous_group: Optional[VerbGroup] = None
        previous_actor: Optional[str] = None
        for k, span in enumerate(sent_amounts):
            # What follows a sum, up to the next sum, is about it ("EUR 30 million for Mali and
            # EUR 20 million for Chad"); its verb stands after the previous sum.
            lo = span.start if k else sent.start
            hi = sent_amounts[k + 1].start if k + 1 < len(sent_amounts) else sent.end
            verb_lo = sent_amounts[k - 1].end if k else sent.start
            group = _nearest([g for g in main_groups if verb_lo <= g.head < hi], span)
            if (
                group is None
                and k
                and (
                    not any(_clause_break(doc, i) for i in range(verb_lo, span.start))
                    or _gapped(doc, verb_lo, span, sent)
                )
            ):
                group = previous_group  # "We adopted EUR 30 million for Mali and EUR 20 million for Chad"
            group = _embedded(doc, span, group, [g for g in main_groups if span.end <= g.start < hi])
            proposed = group is not None and _proposed(doc, group, main_groups)
            previous_group = group
            if group is None and not _has_purpose(doc, span, sent) and not _named_as_funds(doc, span, cues):
                continue  # a sum stated as a fact ("smugglers earn EUR 6 billion"), not a commitment
            breaks = [i for i in range(verb_lo, group.start) if _clause_break(doc, i)] if group is not None else []
            if k and group is not None and verb_lo <= group.head < span.start and breaks:
                # The sum has its own verb before it ("while Morocco received EUR 5m"): its clause
                # starts after the break, not with the words about the sum before it.
                lo = breaks[-1] + 1
            lo, hi = _clause(doc, sent, span, group, main_groups, lo, hi)
            modality = _modality(doc, sent, group, cues)
            call = _addressee_call(doc, sent, cues)
            asked = call is not None and call[1] < span.start and (group is None or group.head >= call[1] - 1)
            if asked:
                modality = "call"  # "We ask the Commission to release EUR 40 million"
            status = _status(group, modality, cues)
            if proposed:
                status = "planned"  # "I propose that the Commission mobilise EUR 120m": not yet decided
            if status == "adopted" and group is not None and group.time == "past" and _named_as_paid(doc, span, cues):
                status = "disbursed"  # "a first payment of EUR 60 million has been made"
            roles = _roles(doc, sent, lo, hi, group, cues, programme_tokens)
            beneficiaries = _beneficiaries(roles, author_country)
            if not beneficiaries and len(sent_amounts) == 1:
                roles_all = _roles(doc, sent, sent.start, sent.end, group, cues, programme_tokens)
                beneficiaries = [c for c in roles_all.pos if c not in roles_all.neg]
            if not beneficiaries and roles.regions:
                beneficiaries = _region_countries(doc, sents, index, roles.region_spans, letter, cues)
            if (
                not beneficiaries
                and (not roles.neg or _is_part(doc, span))
                and _is_further_part(doc, span)
                and not _own_purpose(doc, span, hi)
            ):
                beneficiaries = list(previous_beneficiaries)  # "a further EUR 50 million", "EUR 5m of it"
            if not beneficiaries and _sentence_has_backref(doc, sent, cues):
                # "both countries": the ones named before, never the spender's own state.
                beneficiaries = [c for c in _back_countries(doc, sents, index, letter, cues) if c != author_country]
            if not beneficiaries and not (roles.pos or roles.neutral or roles.neg or roles.regions):
                # A sum whose clause names no place at all is for the countries the next sentence
                # says it goes to ("EUR 20 million. It will support ... in X"), else for the
                # country the paragraph has just been speaking of ("In Haiti, ... $300 million").
                if k == len(sent_amounts) - 1:
                    beneficiaries = _forward_countries(doc, sents, index, letter, cues, author_country)
                if not beneficiaries:
                    beneficiaries = _context_countries(doc, sents, index, letter, cues, author_country)
                if not beneficiaries:
                    # "... how the Commission intends to support Spain": the one country the
                    # letter sets out to help takes the sums that name no place at all.
                    beneficiaries = _letter_beneficiary(doc, sents, cues, author_country)
            previous_beneficiaries = beneficiaries
            actor = call[0] if asked else _actor(doc, sent, group, author)
            if k and previous_actor and group is not None and _is_passive(group) and _is_further_part(doc, span):
                actor = previous_actor  # "X has approved $1.5bn, and $120m of it was disbursed"
            previous_actor = actor
            period, deadline = _dates(doc, lo, hi)
            evidence = evidence or sentence_grounding(letter, sent, index)
            if group is not None:
                used_heads.add(group.head)
            found.append(
                (
                    span.start,
                    Commitment(
                        id="",
                        actor=actor,
                        action=doc[call[1]].lower_ if asked and group is None else _action(doc, group),
                        amounts=[_amount_value(a) for a in [span, *equivalents.get(span.start, [])]],
                        beneficiaries=beneficiaries,
                        regions=roles.regions,
                        programme=_programme(doc, lo, hi),
                        purpose=_purpose(doc, sent, span.end, group, covered),
                        period=period,
                        deadline=deadline,
                        status=status,
                        modality=modality,
                        evidence=evidence,
                    ),
                )
            )
        _share_out_totals(doc, sent_amounts, found)
        empty = [c for start, c in found if start >= sent.start and c.amounts and not c.beneficiaries]
        if empty and _next_in_paragraph(sents, index, letter):
            totals.append((index, empty[0]))
        if sent_amounts:
            continue
        undertaking = _undertaking(
            doc, sents, index, sent, groups, cues, author, author_country, programme_tokens, letter, words
        )
        if undertaking is not None:
            found.append((sent.start, undertaking))
    for index, total in totals:
        # "I announced $185 million. Of the new funding, $150 million will go to X, and the
        # remainder will support Y": the total is for the countries of its parts, when every
        # part names some (not when most of it stays at home: "$1.8 billion to the Department").
        nxt = sents[index + 1]
        parts = [c for start, c in found if nxt.start <= start < nxt.end and c.amounts]
        # Parts are told by the opening ("Of this amount, ...") or by adding up to the total
        # ("EUR 60 million will go to X and EUR 40 million to Y" after "EUR 100 million").
        whole = total.amounts[0]
        adds_up = (
            len(parts) > 1
            and all(p.amounts[0].currency == whole.currency for p in parts)
            and abs(sum(p.amounts[0].value for p in parts) - whole.value) <= SUM_TOLERANCE * whole.value
        )
        if parts and all(c.beneficiaries for c in parts) and (_opens_split(doc, sents, index) or adds_up):
            roles = _roles(doc, nxt, nxt.start, nxt.end, None, cues, set())
            for code in [c for part in parts for c in part.beneficiaries] + roles.pos:
                if code not in roles.neg and code != author_country:
                    _add(total.beneficiaries, code)
    found.sort(key=lambda pair: pair[0])
    result = []
    for n, (_, commitment) in enumerate(found, start=1):
        commitment.id = f"c{n}"
        result.append(commitment)
    clear_span_cache(doc)
    return result


def _share_out_totals(doc, sent_amounts: list, found: list) -> None:
    """A total followed by its parts ("EUR 500m ..., of which 170 million for Poland and 3.5
    million for Latvia") benefits the countries of its parts."""
    if len(sent_amounts) < 2:
        return
    first = sent_amounts[0].start
    by_start = {start: commitment for start, commitment in found[-len(sent_amounts) :] if start >= first}
    for k, span in enumerate(sent_amounts[:-1]):
        total = by_start.get(span.start)
        if total is None or total.beneficiaries:
            continue
        between = [t.lower_ for t in doc[span.end : sent_amounts[k + 1].start]]
        if not _phrase_at(between, list(TOTAL_SPLITTERS)):
            continue
        for later in sent_amounts[k + 1 :]:
            part = by_start.get(later.start)
            for code in part.beneficiaries if part else []:
                _add(total.beneficiaries, code)


def _equivalents(doc, spans: list) -> tuple[list, dict[int, list]]:
    """Fold a sum restated in another currency ("¥23.5 billion (about US$200 million)") into the
    sum before it: one commitment with both amounts."""
    mains: list = []
    extra: dict[int, list] = {}
    for span in spans:
        if mains:
            last = extra.get(mains[-1].start, [])[-1:] or [mains[-1]]
            between = [t.lower_ for t in doc[last[0].end : span.start]]
            if len(between) <= EQUIVALENT_GAP and "(" in between and all(w in EQUIVALENT_GLUE for w in between):
                extra.setdefault(mains[-1].start, []).append(span)
                continue
        mains.append(span)
    return mains, extra


def _nearest(groups: list[VerbGroup], span) -> Optional[VerbGroup]:
    """The main verb nearest to a sum; a participle after a comma ("..., implemented with") is a
    subordinate clause and counts as further away."""
    if not groups:
        return None

    def distance(group: VerbGroup) -> tuple[int, int]:
        d = span.start - group.head if group.head < span.start else group.start - span.end
        doc = span.doc
        reduced = not group.aux and group.tense == "past" and group.start > 0 and doc[group.start - 1].text == ","
        return (max(d, 0) + (REDUCED_CLAUSE_PENALTY if reduced else 0), 0 if group.head >= span.end else 1)

    return min(groups, key=distance)


def _proposed(doc, group: VerbGroup, groups: list[VerbGroup]) -> bool:
    """Whether the verb stands in a "that" clause of a planning verb ("I propose that the
    Commission mobilise EUR 120m", "we plan that ... be funded"): only proposed, not decided."""
    for outer in groups:
        if outer.head < group.start and outer.cls == "planned":
            between = doc[outer.head + 1 : group.start]
            if any(t.lower_ in COMPLEMENTISERS for t in between) and not any(_clause_break(doc, t.i) for t in between):
                return True
    return False


def _embedded(doc, span, group: Optional[VerbGroup], later: list[VerbGroup]) -> Optional[VerbGroup]:
    """The verb of a "that" clause the sum opens ("decided that EUR 45m will be mobilised")."""
    if group is None or group.head >= span.start or not later:
        return group
    between = doc[group.head + 1 : span.start]
    if not any(t.lower_ in COMPLEMENTISERS for t in between):
        return group
    nxt = min(later, key=lambda g: g.start)
    if any(_clause_break(doc, i) or doc[i].text == "," for i in range(span.end, nxt.start)):
        return group  # "approved that package of EUR 40m, which will ...": a relative clause
    return nxt


def _clause(doc, sent, span, group: Optional[VerbGroup], groups: list[VerbGroup], lo: int, hi: int) -> tuple[int, int]:
    """Narrow [lo, hi) to the sum's own clause: stop at ", and/but/while" or ";" that opens
    another clause with its own verb ("... in Bangladesh, and the remainder will support ...")."""
    left = min(span.start, group.start if group else span.start)
    right = max(span.end, group.head + 1 if group else span.end)
    for i in range(right, hi):
        if _clause_break(doc, i) and any(g is not group and i < g.head < hi for g in groups):
            hi = i
            break
    for i in range(left - 1, lo - 1, -1):
        if _clause_break(doc, i) and any(g is not group and lo <= g.head < i for g in groups):
            lo = i + 1
            break
    return lo, hi


def _gapped(doc, lo: int, span, sent) -> bool:
    """Whether the clause after the last ", and" before a sum is only that sum ("..., and a further
    EUR 3m to X"): its verb is the one before. A sum followed by its own auxiliary ("..., and EUR
    5m was frozen") has a verb of its own, if not one of ours."""
    breaks = [i for i in range(lo, span.start) if _clause_break(doc, i)]
    rest = []
    for t in doc[span.end : sent.end]:
        if t.text in (",", ";", ":"):
            break
        rest.append(t.lower_)
    own_verb = any(w in BE_HAVE or w in FUTURE_AUX for w in rest)
    return bool(breaks) and not own_verb and all(t.lower_ in GAP_WORDS for t in doc[breaks[-1] + 2 : span.start])


def _clause_break(doc, i: int) -> bool:
    token = doc[i]
    if token.text == ";":
        return True
    return token.text == "," and i + 1 < len(doc) and doc[i + 1].lower_ in CLAUSE_CONJUNCTIONS


def _named_as_funds(doc, span, cues: Cues) -> bool:
    """A sum called a budget, an envelope or a package ("a budget of CHF 205 million")."""
    nouns = {p[0] for p in cues.phrases.get("funds", [])} | {p[0] for p in cues.phrases.get("paid", [])}
    return any(t.lower_ in nouns for t in doc[max(0, span.start - 4) : span.start])


def _named_as_paid(doc, span, cues: Cues) -> bool:
    """A sum called a payment, a disbursement or a tranche ("a first payment of EUR 60 million")."""
    nouns = {p[0] for p in cues.phrases.get("paid", [])}
    return any(t.lower_ in nouns for t in doc[max(0, span.start - 4) : span.start])


def _is_passive(group: VerbGroup) -> bool:
    return group.tense == "past" and bool(set(group.aux) & BE_HAVE - {"has", "have", "had", "'ve"} or not group.aux)


def _is_further_part(doc, span) -> bool:
    """A sum that is part or more of the one before ("USD 120 million of it", "a further ...")."""
    return _is_part(doc, span) or _is_further(doc, span)


def _is_part(doc, span) -> bool:
    """A sum that is a share of the one before ("EUR 140m of it", "of which EUR 20m"): the same
    money, so the same beneficiaries, whatever people's origins its clause names."""
    after = [t.lower_ for t in doc[span.end : min(len(doc), span.end + 2)]]
    before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
    parts = (["of", "it"], ["of", "this"], ["of", "that"], ["of", "which"])
    return after[:2] in parts or before in parts


def _is_further(doc, span) -> bool:
    """A sum announced as more of the same ("a further EUR 50 million", "another EUR 80 million")."""
    return any(t.lower_ in FURTHER_WORDS for t in doc[max(0, span.start - 2) : span.start])


def _own_purpose(doc, span, hi: int) -> bool:
    """Whether a further sum states a purpose of its own ("a further EUR 5m ... for the brigade")."""
    return any(
        t.lower_ == "for" and t.i + 1 < hi and doc[t.i + 1].lower_ in ("the", "a", "an") for t in doc[span.end : hi]
    )


def _has_purpose(doc, span, sent) -> bool:
    """Whether "for"/"to" follows a sum closely: money attached to a purpose."""
    return any(t.lower_ in PURPOSE_MARKERS for t in doc[span.end : min(sent.end, span.end + 3)])


def _undertaking(doc, sents, index, sent, groups, cues, author, author_country, programme_tokens, letter, words):
    """A commitment without money: an actor that will, should, or did act."""
    call = _addressee_call(doc, sent, cues)
    for group in groups:
        if group.cls == "receive":
            continue
        if group.purpose and (call is None or group.head != call[1]):
            continue  # a purpose clause, except the action asked for in "I request X to .."
        modality = _modality(doc, sent, group, cues)
        if call is not None and group.head == call[1]:
            actor, modality = call[0], "call"
        else:
            actor = _actor(doc, sent, group, author, explicit=True)
            if actor is None:
                continue
            if group.time == "present" or group.time == "progressive":
                continue  # ongoing work ("we are working") is a fact, not an undertaking
        status = _status(group, modality, cues)
        roles = _roles(doc, sent, group.start, sent.end, group, cues, programme_tokens)
        beneficiaries = _beneficiaries(roles, author_country)
        if not beneficiaries and _sentence_has_backref(doc, sent, cues):
            beneficiaries = _back_countries(doc, sents, index, letter, cues)
        period, deadline = _dates(doc, sent.start, sent.end)
        return Commitment(
            id="",
            actor=actor,
            action=_action(doc, group),
            beneficiaries=beneficiaries,
            regions=roles.regions,
            programme=_programme(doc, sent.start, sent.end),
            purpose=_purpose(doc, sent, group.head, None, set()),
            period=period,
            deadline=deadline,
            status=status,
            modality=modality,
            evidence=sentence_grounding(letter, sent, index),
        )
    if call is not None and call[1] < sent.end and doc[call[1]].is_alpha:
        # "I invite Member States to report ...": the verb asked for need not be in our lexicon.
        roles = _roles(doc, sent, call[1], sent.end, None, cues, programme_tokens)
        period, deadline = _dates(doc, sent.start, sent.end)
        return Commitment(
            id="",
            actor=call[0],
            action=doc[call[1]].lower_,
            beneficiaries=_beneficiaries(roles, author_country),
            regions=roles.regions,
            programme=_programme(doc, sent.start, sent.end),
            purpose=_purpose(doc, sent, call[1], None, set()),
            period=period,
            deadline=deadline,
            status="planned",
            modality="call",
            evidence=sentence_grounding(letter, sent, index),
        )
    return None
