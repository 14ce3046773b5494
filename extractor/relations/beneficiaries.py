"""Beneficiaries: the countries a commitment is for.

Countries of a stretch of text are sorted by the role the words around them give (``roles_of``:
"for/to/in X" benefits X; "from/by/between X", "Syrian refugees" do not). Which countries a
commitment takes is then decided by an ordered rule table: each rule is a small named function
of a ``BeneficiaryCase``; the first that finds countries decides, and its name is kept. A sum
whose clause names no place takes the countries the next sentence says it goes to, or the
country the paragraph has just spoken of ("In Haiti, ... We will contribute $300 million").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from extractor.nlp.dates import tables as date_tables
from extractor.nlp.organisations import stateless_body_names
from extractor.nlp.tables import NOTE_MARKS
from extractor.reference.countries import (
    DEMONYM_RULE,
    capital_states_in,
    country_names_in,
    grouping_members,
    subdivision_table,
)
from extractor.reference.marks import (
    BULLET_MARKS,
    CELL_MARK,
    ITEM_MARK,
    POSSESSIVE_MARKS,
    SUBJECT_LABEL,
    SUBJECT_LABELS,
)
from extractor.relations.cues import RELEASE_REACH, VerbGroup, load_cues, release_asked_at, verb_groups
from extractor.relations.letter_doc import (
    PREPOSITIONS,
    amount_value,
    first_prose_end,
    first_word,
    is_prose,
    item_starts,
    opens_line,
    opens_list_item,
    phrase_at,
    phrase_places,
    text_start,
)
from extractor.relations.route_ties import EU_MEMBER_STATES
from extractor.relations.rules import decide
from extractor.relations.undertakings import is_aggressor
from extractor.relations.wordlists import load_lexicon

if TYPE_CHECKING:
    from extractor.relations.letter_doc import LetterDoc

WORDS = load_lexicon("commitments")
# The states that report their aid as donors (the OECD DAC's members): a programme named after one is its giving's.
DONOR_STATES = grouping_members("DAC")
# How far after a country its "its contribution" may stand.
DEFAULT_DONOR_WINDOW = 5
# How many sentences back a "these countries" may refer.
DEFAULT_BACKREF_SENTENCES = 2
# How many sentences after a sum may name its focal countries ("This includes ... . Focal countries include X").
DEFAULT_FOCUS_SENTENCES = 3
# Most words between a country and the noun of the project it names ("the Uzbekistan water project").
MAX_PROJECT_WORDS = 3
# Fewest countries a sentence names for "the three countries" (or "both countries") to point back at it.
MIN_COUNTED_COUNTRIES = 2
# How many sentences back a sum that names no country may take the paragraph's country from.
DEFAULT_CONTEXT_SENTENCES = 2
LETTER_BENEFICIARY_MEMO = "letter_beneficiary"
HELPED_LIST_MEMO = "letter_helped_list"  # the countries the letter's purpose names helped together in one list
COUNTRY_OFFICE_MEMO = "country_office_state"
RECEIVED_HEADING_MEMO = "received_heading"
LETTER_HEAD_MEMO = "letter_head"
SELF_NAMES_MEMO = "author_self_names"  # the short names the letter defines for its author's own body
# A body's name and the short name the text gives it in brackets ("the Office of Coastal Fisheries (OCF)"): from a
# word's start and at most MAX_SHORT_NAMED_WORDS words after the first, so a long run of capitals costs little.
MAX_SHORT_NAMED_WORDS = 12
DEFINED_SHORT_NAME = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][\w'’.-]*(?:(?:[ \t]+|\n(?![ \t]*\n))(?:[A-Z][\w'’.-]*|of|and|for|the|on|-|–|&))"
    r"{0,%d})[ \t]*"
    r"\((?P<short>[A-Z][A-Za-z&]{1,11})\)" % MAX_SHORT_NAMED_WORDS
)
ASKED_PARTY_WORDS = 4  # words of the party a verb of asking names before its "to" ("urges the Dutch partners to")
NAME_JOINERS = ("of", "and", "for", "on")  # the lower-case words a body's name may hold ("Ministry of Water and ...")
MIN_SELF_NAME_WORDS = 2  # words of a body's name, besides "of" and "the", that the letter's head must hold
RECEIVING_STATE_MEMO = "receiving_state"
IMPLEMENTING_STATES_MEMO = "implementing_states"
SIGNED_FOR_MEMO = "signed_for_states"
# States a record must be signed for to be a joint one of several states: two is a bilateral exchange of notes, where
# one signatory gives to the other.
MIN_JOINT_SIGNATORIES = 3
VENUE_NAMES_MEMO = "venue_named_instruments"  # the word lists of the letter's instruments named after a venue
# Words from a noun of payment to its "to", and from "to" to the state paid ("to the Central Bank of X").
PAID_TO_REACH = 6
TREASURY_REACH = 8  # words from "to" to a treasury's noun ("to the single operating account of the Treasury")
# Most words from a verb to the appeal noun it takes as object ("has launched an urgent appeal").
APPEAL_VERB_REACH = 3
IMPLEMENTER_ROLE_REACH = 3  # words after "as" up to the noun of the role ("as lead implementing agency")
# Most qualifying words between "of which" and its sum ("of which barely USD 90 million").
MAX_PART_QUALIFIERS = 2
# Most words between the last of a run of sums and the "respectively" after it ("USD 4 million and USD 3 million go
# respectively to ...", "EUR 5 million and EUR 2 million will be allocated respectively to ...").
MAX_RESPECTIVE_GAP = 4
# Most words between a running total's verb and the sum it reaches ("bringing the total U.S. security
# assistance committed to Ukraine to $1 billion").
DEFAULT_TOTAL_WINDOW = 15
# Most words a run-in heading before a colon holds ("Benin-Niger Compact and Malawi Compact: ...").
HEADING_WORDS = 12
# How far the parts listed after "of which" may add up above their whole (rounding: "EUR 12.3m" of "EUR 21m").
PART_TOLERANCE = 1.005
# Most words between a whole and the "of which" that lists its parts ("EUR 21 million for Lebanon, of which:").
MAX_PART_HEAD_WORDS = 8
# Most words of the name that opens a sentence saying whom a recipient serves ("AFRITAC West serves ...").
MAX_RECIPIENT_WORDS = 8
# Most words between a sum and the "from" of its giver ("a grant of EUR 12 million in 2025 from Japan").
GIVER_REACH = 4
# Most words from a sum to the participle saying where it is financed from ("EUR 9 million for 2030-2033, to be
# financed from ...").
FINANCED_FROM_REACH = 10
# Most words of a state's formal name before the country ("the Federal Republic of Germany").
MAX_NAME_LEAD = 4
# The prepositions of a place where works are done ("works on the Croatian bank", "repairs in Ukraine").
WORK_SITE_PREPOSITIONS = ("on", "in", "at", "along")
# Most tokens of a list of givers' names between "assistance of" and its last name, a country's.
MAX_GIVERS_LEAD = 24
# Most paragraphs a further sum and the letter's sum before it may span ("... GBP 7.3 million for X." / "I announced
# a further GBP 5 million"): its own and the one just before.
MAX_FURTHER_PARAGRAPHS = 2
# Most words between a word of withdrawing and the place money is taken from ("re-phasing bilateral projects in X").
WITHDRAWN_WINDOW = 6
# Most words after "the Afghan people" where "in X" may name the country they stay in.
HOST_WINDOW = 4
REMAINDER_WINDOW = 5  # words between "the remaining" and its sum ("the remaining resources, some EUR 40 million")
MAX_PURPOSE_WORDS = 6  # words between "for" and the "our" of the writer's own purpose ("for the training of our staff")
PURPOSE_FOR = "for"  # the preposition of a sum's purpose
CHANGED_NOUN_WORDS = 4  # words from a verb of change to the noun of the money it changes ("increase the grant by")
MAX_RELATIVE_WORDS = 5  # words between a relative pronoun and the "in" of the place it says ("which X leads in")
FIRST_PERSON_POSSESSIVE = "our"  # the writer's side, the letter's state when a third party gives
PARTICIPLE_PARTICLES = frozenset(
    {"out", "up", "together"}
)  # "carried out with", "set up with", "prepared together with"
# The dashes: set off by spaces after a run-in heading ("Indonesia - USD ..."), or joining states' names into one
# name with none ("the Kenya-Uganda Railway").
DASHES = frozenset({"-", "–", "—"})
# How far before the preposition of the spender's own country a noun of inflow may stand ("the flow of
# illicit fentanyl into American communities").
FLOW_NOUN_WINDOW = 5
DELEGATE_REACH = 40  # characters around a country in an addressee's block that name its envoy ("Representative of")
RECEIVED_SUM_REACH = 3  # words between a receiving verb and its sum ("has received contributions of EUR 1.21 billion")
MAX_OBJECT_WORDS = 6  # words between a verb and the sum its noun of money takes ("requests a further grant of")
# After "funds received": the giver or the receiver named, the words that name a giver elsewhere.
RECEIVED_FROM_OR_BY = WORDS.giver_prepositions
# Nouns of money a heading or subject line says was received ("Funds received", "Grants obtained from ...").
RECEIVED_MONEY_NOUNS = WORDS.money_nouns | WORDS.support_nouns
# A paragraph's opening words up to the end of its line or the first mark of a list item ("2. Funds received (a) ...").
RECEIVED_HEADING = re.compile(r"(?m)^(?:\d+\.\s+)?(?P<head>[^\n.:;]{1,120}?)(?=[ \t]*(?:$|\([a-z0-9]\)\s))")
# A line opening an addressee's block ("H.E. Dr Rania Haddadin", "Ms. Catarina Albuquerque Lopes").
# (A mark that ends in a stop may close its line: "To," over the name.)
ADDRESSEE_LINE = re.compile(
    rf"(?:^|\n)(?:(?:{'|'.join(map(re.escape, sorted(WORDS.addressee_marks)))}) "
    rf"|(?:{'|'.join(re.escape(m) for m in sorted(WORDS.addressee_marks) if m[-1] in ',:')})[ \t]*\n)"
)
# A line opening a countersignature block ("Confirmed and agreed:"), its words split over spaces or line breaks.
COUNTERSIGNING = re.compile(
    r"(?:^|\n)[ \t]*(?:%s)\b" % "|".join(r"\s+".join(map(re.escape, p.split())) for p in WORDS.countersigning_phrases),
    re.IGNORECASE,
)


@dataclass
class Roles:
    """Countries and regions of a stretch of text by the role they play in it."""

    pos: list[str] = field(default_factory=list)
    neutral: list[str] = field(default_factory=list)
    neg: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    region_spans: list = field(default_factory=list)

    def names_a_place(self) -> bool:
        """Whether the stretch names any country or region at all."""
        return bool(self.pos or self.neutral or self.neg or self.regions)


def add_code(target: list[str], value: str) -> None:
    """Append a code to a list once."""
    if value and value not in target:
        target.append(value)


def is_crisis(view: LetterDoc, span) -> bool:
    """A country naming a crisis ("the Syria Crisis"), not a place helped."""
    return span.end < len(view.doc) and view.doc[span.end].lower_ in WORDS.crisis_nouns


def is_returnee(view: LetterDoc, span) -> bool:
    """A demonym before "returnees" or "people": people back home ("to the Cuban people"), so help for them is
    help in their country; not when another country is named as where they stay ("the Afghan people in Iran")."""
    doc = view.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in WORDS.returnee_nouns:
        return False
    after = doc[span.end + 1 : min(len(doc), span.end + 1 + HOST_WINDOW)]
    return not any(
        t.lower_ == "in"
        and any(c.start == t.i + 1 or c.start == t.i + 2 for c in view.spans_in("country", t.i, t.i + 3))
        for t in after
    )


def is_victim(view: LetterDoc, span) -> bool:
    """A country an act of harm is done to ("the invasion of Ukraine", "attacks on Israel"): the one
    money answering it helps."""
    doc = view.doc
    return (
        span.start >= 2
        and doc[span.start - 1].lower_ in WORDS.harmed_cues
        and doc[span.start - 2].lower_ in WORDS.harm_nouns
    )


def is_donor(view: LetterDoc, span) -> bool:
    """A country thanked for its own money ("grateful to Switzerland for its contribution")."""
    doc = view.doc
    after = [t.lower_ for t in doc[span.end : min(len(doc), span.end + DEFAULT_DONOR_WINDOW)]]
    for i, word in enumerate(after[:-1]):
        if word in ("its", "their", "'s") and after[i + 1] in WORDS.donor:
            return True
    before = [t.lower_ for t in doc[max(0, span.start - 3) : span.start]]
    if set(before) & WORDS.thanks:
        return True
    # "the support of the Kingdom of Spain", "the generous support of the Government of Australia": the country
    # whose help it is, not one helped ("in support of Ukraine").
    k = span.start - 1
    while (
        k > 1 and span.start - k <= MAX_NAME_LEAD and (doc[k].lower_ in ("of", *WORDS.determiners) or doc[k].is_title)
    ):
        if doc[k].lower_ == "of" and doc[k - 1].lower_ in WORDS.donor and doc[k - 2].lower_ not in PREPOSITIONS:
            return True
        k -= 1
    return _last_of_givers(doc, span) or _names_own_gift(view, span, bodies_only=True)


def _names_own_gift(view: LetterDoc, span, bodies_only: bool = False) -> bool:
    """ "The Portugal contribution comes out of ...", "the Luxembourg Aid contribution of EUR 750,000": a country, or a
    body named after one, right before a noun of a giver's money, with only "the" before it (not "our Syria
    contribution"), names whose money it is; with bodies_only, only a body's name ("Luxembourg Aid"): a country's name alone
    may name the place the money goes instead, in a giver's own letter ("Of the Yemen contribution, ...")."""
    doc = view.doc
    lo, hi = span.start, span.end
    for org in view.spans_in("organisation", max(0, lo - MAX_NAME_LEAD), hi + MAX_NAME_LEAD):
        if org.start <= lo < org.end:
            lo, hi = min(lo, org.start), max(hi, org.end)  # "Irish Aid": the body's whole name
    if bodies_only and (lo, hi) == (span.start, span.end):
        return False
    if hi >= len(doc) or doc[hi].lower_ not in WORDS.giver_named_nouns:
        return False
    return lo == 0 or doc[lo - 1].lower_ == "the" or doc[lo - 1].is_punct or doc[lo - 1].is_space


def _last_of_givers(doc, span) -> bool:
    """ "the parallel assistance of the Asian Development Bank (ADB), the Japan International Cooperation Agency
    (JICA) and the Government of Australia": a country at the end of a list of names after a word of help and
    "of" gives, as the first name does."""
    k, glued = span.start - 1, False
    while k > 1 and span.start - k <= MAX_GIVERS_LEAD:
        token = doc[k]
        if token.lower_ == "of" and doc[k - 1].lower_ in WORDS.donor:
            return glued and doc[k - 2].lower_ not in PREPOSITIONS
        if token.lower_ in ("and", ","):
            glued = True  # a list, not one name ("support of the Government of X" is is_donor's)
        elif not (token.text in "()" or token.lower_ in ("of", *WORDS.determiners) or token.text[:1].isupper()):
            return False
        k -= 1
    return False


def is_part(view: LetterDoc, span) -> bool:
    """A sum that is a share of the one before ("EUR 140m of it", "of which EUR 20m"): the same
    money, so the same beneficiaries, whatever people's origins its clause names."""
    doc = view.doc
    after = [t.lower_ for t in doc[span.end : min(len(doc), span.end + 2)]]
    start = span.start
    while start > 0 and span.start - start < MAX_PART_QUALIFIERS and _qualifies(doc[start - 1]):
        start -= 1  # "of which barely USD 90 million"
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    parts = (["of", "it"], ["of", "this"], ["of", "that"], ["of", "which"])
    if after[:2] in parts or before in parts:
        return True
    # "of which GBP 5 million is our share ... and GBP 1.8 million was paid ...": the next part of the same whole.
    sent = doc[span.start].sent
    if start - 1 <= sent.start or doc[start - 1].lower_ != "and":
        return False
    earlier = view.sums_in(sent.start, span.start)
    if not earlier or any(t.text in (";", ".") for t in doc[earlier[-1].end : start]):
        return False
    # Its own clause names no country ("and EUR 600,000 would be contributed by X": that part's own giver speaks).
    later = view.sums_in(span.end, sent.end)
    return not view.spans_in("country", span.end, later[0].start if later else sent.end) and is_part(view, earlier[-1])


def _opens_on_the_sum_before(view: LetterDoc, sent) -> bool:
    """Whether a sentence opens by taking parts of the sum named before it ("Of this sum, the Government has agreed to
    the following projects: ...", "Of this amount, X has pledged ...")."""
    # A sentence after a table or a heading may open on its line breaks.
    words = [t.lower_ for t in view.doc[sent.start : min(sent.end, sent.start + 8)] if not t.is_space][:5]
    if len(words) < 3 or words[0] != "of" or words[1] not in WORDS.money_anaphors:
        return False
    if words[1] in ("this", "that") and words[2] == ",":
        return True  # "Of this, I would find GBP 10 million by ..."
    nouns = WORDS.money_nouns | WORDS.total_nouns
    if len(words) >= 4 and words[3] == "," and words[2] in nouns:
        return True
    # "Of the triennium total, ...", "Of this annual allocation, ...": one word qualifying the noun.
    return len(words) == 5 and words[4] == "," and words[3] in nouns and words[2].isalpha()


def _qualifies(token) -> bool:
    """A word that only qualifies the sum after it ("over", "barely", "only")."""
    return token.lower_ in WORDS.amount_qualifiers or (
        token.is_lower and token.is_alpha and token.lower_.endswith("ly")
    )


def is_further(view: LetterDoc, span) -> bool:
    """A sum announced as more of the same ("a further EUR 50 million", "another EUR 80 million")."""
    return any(t.lower_ in WORDS.further_words for t in view.doc[max(0, span.start - 2) : span.start])


def is_added_to(view: LetterDoc, span) -> bool:
    """A sum another is put beside as the same money ("a further NOK 5 billion for X, in addition to the NOK 10
    billion already provided", "on top of the $2 million pledged"): what went before to the same end."""
    doc, k = view.doc, span.start
    while k > 0 and doc[k - 1].lower_ in WORDS.determiners:
        k -= 1
    words = [t.lower_ for t in doc[max(0, k - 3) : k]]
    return any(tuple(words[-len(phrase) :]) == phrase for phrase in WORDS.addition_phrases)


def _added_with_own_end(view: LetterDoc, span, hi: int) -> bool:
    """Whether a sum put beside another ("on top of the EUR 700 million ...") is named as an instrument of its own or
    given an end of its own ("... Emergency Support Instrument proposed for use within the Union"): other money."""
    if not is_added_to(view, span) or is_part(view, span) or is_further(view, span):
        return False
    doc = view.doc
    named = any(p.start == span.end for p in view.spans_in("programme", span.end, hi))
    return named or any(t.lower_ == "for" for t in doc[span.end : hi])


def is_further_part(view: LetterDoc, span) -> bool:
    """A sum that is part or more of the one before ("USD 120 million of it", "a further ...", "in addition to
    ...")."""
    return is_part(view, span) or is_further(view, span) or is_added_to(view, span)


def own_purpose(view: LetterDoc, span, hi: int) -> bool:
    """Whether a further sum states a purpose of its own ("a further EUR 5m ... for the brigade")."""
    doc = view.doc
    return any(
        t.lower_ == "for" and t.i + 1 < hi and doc[t.i + 1].lower_ in ("the", "a", "an") for t in doc[span.end : hi]
    )


def names_serving_fund(view: LetterDoc, span, programme_tokens: set[int]) -> bool:
    """Whether the country opens a named fund of relief for it, a word of relief or the disaster that struck it right
    after it ("the Yemen Humanitarian Fund", "the Ukraine Recovery Fund", "the Vanuatu Cyclone Appeal Fund"): the
    fund serves that country, unlike a giver's own ("the Saudi Fund for Development")."""
    doc = view.doc
    if span.start not in programme_tokens or span.end >= len(doc):
        return False
    if doc[span.end].lower_ not in WORDS.relief_words | WORDS.disaster_nouns:
        return False
    sent = span.sent
    programme = next(
        (p for p in view.spans_in("programme", sent.start, sent.end) if p.start <= span.start < p.end), None
    )
    return programme is not None and doc[programme.end - 1].lower_ in WORDS.fund_heads


def names_venue_instrument(view: LetterDoc, span) -> bool:
    """Whether the country opens the name of an instrument called after the state where it was agreed ("the Malta
    Implementation Arrangements"): a venue in a name, not a state the money is for (unlike "the Yemen Humanitarian
    Fund")."""
    doc = view.doc
    # The name as the letter writes it elsewhere: a subject line broken inside it ("for the Malta / Implementation
    # Arrangements") is read as no programme there. Asked for every country of every sum: the names once a letter.
    if VENUE_NAMES_MEMO not in view.memo:
        view.memo[VENUE_NAMES_MEMO] = [
            words
            for programme in view.spans("programme")
            if doc[programme.end - 1].lower_ in WORDS.venue_named_heads
            and (words := [t.lower_ for t in programme if not t.is_space and t.lower_ not in WORDS.determiners])
        ]
    for words in view.memo[VENUE_NAMES_MEMO]:
        here = [t.lower_ for t in doc[span.start : min(len(doc), span.start + 2 * len(words))] if not t.is_space]
        if here[: len(words)] == words:
            return True
    return False


def implementing_states(view: LetterDoc) -> frozenset[str]:
    """The states the letter names in the role of an agency that carries out a project ("with the Government of
    Japan as cooperating agency"): money "for Japan" there pays for its work, not for its country. Read once per
    letter."""
    if IMPLEMENTING_STATES_MEMO not in view.memo:
        doc = view.doc
        found = set()
        for span in view.spans("country"):
            after = view.lowers[span.end : min(len(doc), span.end + 1 + IMPLEMENTER_ROLE_REACH)]
            if span._.norm and after and after[0] == "as":
                if any(w in WORDS.implementer_role_nouns for w in after[1:]):
                    found.add(span._.norm)
        view.memo[IMPLEMENTING_STATES_MEMO] = frozenset(found)
    return view.memo[IMPLEMENTING_STATES_MEMO]


def names_giving_fund(view: LetterDoc, sent, span, group: Optional[VerbGroup], programme_tokens: set[int]) -> bool:
    """Whether the country stands inside a named fund that is the subject of the
    sum's verb (before it, not after a preposition): the fund gives, the country names it."""
    if group is None or span.start not in programme_tokens or span.end > group.start or group.cls == "receive":
        return False
    programme = next(
        (p for p in view.spans_in("programme", sent.start, group.start) if p.start <= span.start < p.end), None
    )
    if programme is None or view.doc[programme.end - 1].lower_ not in WORDS.fund_heads:
        return False  # "the EU-Mauritania Partnership provides ...": a partnership is for its partner
    start = view.phrase_start(sent, programme)
    return start == sent.start or view.doc[start - 1].lower_ not in PREPOSITIONS


def own_country_role(view: LetterDoc, sent, span, author_country: Optional[str]) -> Optional[str]:
    """The role of the spender's own country, which is helped only when the text says the money is
    for it: "neg" for the giver's adjective ("U.S. assistance") and inside a programme's name ("the
    American Rescue Plan"); "pos" right after "for", "into", "to" or "toward", a gerund at most between
    ("for U.S. pandemic readiness", "toward building U.S. pandemic readiness"), or with a word for home
    ("domestic"); None (named, not helped) otherwise."""
    if not author_country or span._.norm != author_country:
        return None
    if view.names_descent(span):
        return "neg"  # "for housing for Indian-origin Tamil communities" in Sri Lanka, in an Indian release
    if view.owed_to(sent.start, span.start):
        return "neg"  # "a grant offsetting what X pays back to Canada", in a Canadian letter: the creditor
    doc = view.doc
    if span.end < sent.end and doc[span.end].lower_ in WORDS.own_money_nouns:
        return "neg"
    if span._.rule == DEMONYM_RULE and span.end < sent.end and doc[span.end].lower_ in WORDS.channel_nouns:
        return "neg"  # "$3 million to Canadian NGOs": the giver's own bodies the money passes through
    if span.start in view.programme_tokens:
        return "neg"
    start = view.phrase_start(sent, span)
    if start - 1 > sent.start and doc[start - 1].lower_.endswith("ing") and doc[start - 1].is_lower:
        start -= 1  # "toward building U.S. pandemic readiness"
    if _site_of_works(doc, sent, start):
        return "pos"  # "for works on the Croatian bank": the author's own land is where the money is spent
    if start > sent.start and doc[start - 1].lower_ in WORDS.own_benefit_cues:
        # "to stop the flow of illicit fentanyl into American communities": where a harm goes, not the money.
        flowing = any(t.lower_ in WORDS.inflow_nouns for t in doc[max(sent.start, start - FLOW_NOUN_WINDOW) : start])
        return "neutral" if flowing else "pos"
    near = doc[max(sent.start, span.start - 3) : span.end + 3]
    # "over 1.3% of Estonia's gross domestic product": a size measured against the economy, not money kept home.
    if any(
        t.lower_ in WORDS.domestic_words and doc[t.i + 1 : t.i + 2].text.lower() not in WORDS.economy_measures
        for t in near
    ):
        return "pos"
    return "neutral"


def _site_of_works(doc, sent, start: int) -> bool:
    """Whether a phrase starting at ``start`` is where works are done: "works on the", "reconstruction in"."""
    if start - 1 > sent.start and doc[start - 1].lower_ in WORDS.determiners:
        start -= 1
    return (
        start - 2 >= sent.start
        and doc[start - 1].lower_ in WORK_SITE_PREPOSITIONS
        and doc[start - 2].lower_ in WORDS.works_nouns
    )


def _organisation_tokens(view: LetterDoc, sent) -> set[int]:
    """Token indices inside the organisation names of a sentence."""
    return {i for o in view.spans_in("organisation", sent.start, sent.end) for i in range(o.start, o.end)}


def roles_of(
    view: LetterDoc,
    sent,
    lo: int,
    hi: int,
    group: Optional[VerbGroup],
    programme_tokens: set[int],
    author_country: Optional[str] = None,
    own_clause: bool = False,
) -> Roles:
    """Sort the countries of tokens [lo, hi) into beneficiaries, neutral, excluded and subjects; in a sum's
    ``own_clause`` also the country of the states or provinces it is spent in."""
    doc = view.doc
    roles = Roles()
    countries = view.spans_in("country", lo, hi)
    # Once per sentence, not once per sum in it.
    org_tokens = view.once_per_sentence("organisation_tokens", sent, lambda s: _organisation_tokens(view, s))
    group_cls = None if group is None else ("request" if group.lemma in WORDS.request_lemmas else group.cls)
    for members in view.country_lists(countries):
        first = members[0]
        cue = view.cue_before(sent.start, first.start)
        for span in members:
            code = span._.norm
            if not code:
                continue
            if (len(members) == 1 and _seat_of_body(view, sent, span)) or _member_of_body(view, sent, span):
                continue  # "KfW, Germany", "CARE Australia": a body's seat or member, as "U.S." in "U.S. Agency"
            if _seat_of_payee(view, sent, first):
                continue  # "fees owed to auditors in Peru": where the one paid for a service works, no place helped
            if names_venue_instrument(view, span):
                continue  # "the Malta Implementation Arrangements": where an instrument was agreed, no place helped
            if cue != "pos" and group_cls not in ("receive", "request") and _owner_of_body(view, sent, span):
                continue  # "the United Kingdom's Foreign Office GBP 500,000": the state of the body that gives
            if span.start in org_tokens and _body_as_giver(view, sent, span):
                add_code(roles.neg, code)  # "financing by Export Finance Australia": the body's country gives
                continue
            if span.start in org_tokens and cue != "pos" and not (group is not None and group.cls == "receive"):
                if code != author_country and _state_body_helped(view, sent, span):
                    add_code(roles.pos, code)  # "to the Independent Electoral Commission of Lesotho": the state's body
                continue  # part of a body's name ("the U.S. Agency for ..."), no place of its own
            receiving = group is not None and group.cls == "receive"
            own = None if receiving else own_country_role(view, sent, span, author_country)
            if own in ("pos", "neg") or (own == "neutral" and cue == "pos"):
                add_code({"pos": roles.pos, "neg": roles.neg}.get(own, roles.neutral), code)
                continue  # the spender's own country, helped only when the text says so
            if is_victim(view, span):
                add_code(roles.pos, code)  # "to respond to Russia's invasion of Ukraine": "of" names the one harmed
                continue
            if names_serving_fund(view, span, programme_tokens):
                add_code(roles.pos, code)  # "The Yemen Humanitarian Fund has disbursed ...": a fund for the country
                continue
            if names_giving_fund(view, sent, span, group, programme_tokens):
                add_code(
                    roles.neg, code
                )  # "the Korea-Africa Trust Fund has agreed to co-finance ...": the giver's name
                continue
            if _names_component(view, members[-1]):
                add_code(roles.pos, code)  # "NZD 3 million under its Fiji component": the part placed in X
                continue
            if (
                (view.is_origin(span) and not is_returnee(view, span))
                or _taken_from(view, sent, first)
                or is_donor(view, span)
                or (receiving and _names_own_gift(view, span))  # "The Norway contribution ... was received"
                or is_aggressor(view, sent, span)
                or in_giver_column(view, span)
                or code in implementing_states(view)
                or _partner_of_participle(view, sent, first)
                or (cue != "pos" and _owner_of_money(view, span))
                or (cue != "pos" and _givers_adjective(view, span, giving_only=True))  # "Austrian aid funds"
                or _asked_to_give(view, sent, first, members[-1])
            ):
                add_code(roles.neg, code)
            elif cue == "pos" or _receives_after(view, sent, members[-1]):
                add_code(roles.pos, code)  # "for X"; "X, Y and Z will again receive the larger part of ..."
            elif cue == "neg":
                add_code(roles.neg, code)
            elif (
                group is not None
                and (
                    view.phrase_start(sent, first) == sent.start
                    or doc[view.phrase_start(sent, first) - 1].lower_ not in PREPOSITIONS
                )
                and first.end <= group.start
                and not group.purpose
                and first.start not in programme_tokens
                # "families sheltering in northern X, where the schools ... stay shut": the verb is a relative
                # clause's, whose subject follows the adverb, so the place before it is no subject
                and not set(view.lowers[first.end : group.start]) & WORDS.relative_adverbs
                and not _bracketed_after_object(doc, sent, first)
            ):
                # A country standing before the verb with no preposition is its subject: the
                # spender ("Italy will provide ..."), unless the verb is one of receiving.
                # "MCC and the Governments of Benin and Niger are signing compacts": the party signing with the
                # giver is the partner the money is for.
                partner = group.lemma in SIGNING_FORMS and _signs_with(doc, sent, first, members[-1], group)
                (add_code(roles.pos, code) if group.cls == "receive" or partner else add_code(roles.subjects, code))
            elif _opens_own_clause(view, sent, first, members[-1]):
                add_code(
                    roles.subjects, code
                )  # "..., and X, Y and Z have informed me that ...": another clause's actor
            else:
                add_code(roles.neutral, code)
    if group is not None and group.lemma in WORDS.request_lemmas and not group.purpose and not roles.pos:
        # "The Ethiopian delegation requested additional support of EUR 15 million": who asks for help, where no
        # other place is cued as helped, is the one it is for; not the spender's own state asking its parliament
        # ("the United States is prepared to request from the U.S. Congress $60 million").
        roles.pos = [c for c in roles.subjects if c != author_country]
        roles.subjects = [c for c in roles.subjects if c == author_country]
    # A country named by its crisis only ("relief for the Yemen crisis"), not also cued as a place of its own
    # ("..., both inside Yemen and across the region").
    crises = {c._.norm for c in countries if is_crisis(view, c)} - {
        c._.norm for c in countries if not is_crisis(view, c) and view.cue_before(sent.start, c.start) == "pos"
    }
    if set(roles.pos) - crises:
        moved = [c for c in roles.pos if c in crises]
        roles.pos = [c for c in roles.pos if c not in crises]
        roles.neutral += [c for c in moved if c not in roles.neutral]
    for span in view.spans_in("region", lo, hi):
        if view.cue_before(sent.start, span.start) != "neg":
            add_code(roles.regions, span._.norm or span.text)
            roles.region_spans.append(span)
    for phrase_start, code in _subdivision_places(view, lo, hi) if own_clause else ():
        if code != author_country and view.cue_before(sent.start, phrase_start) == "pos":
            add_code(roles.pos, code)  # "relief for Kano and Kaduna states": the one country whose states they are
    return roles


def _subdivision_places(view: LetterDoc, lo: int, hi: int) -> list[tuple[int, str]]:
    """(Start of the phrase, alpha-3) of each list of a state's self-governing parts in tokens [lo, hi) ("the states
    of X and Y", "X and Y provinces") whose names are all parts of the same one country the letter names."""
    doc = view.doc
    found = []
    for k in range(lo, hi):
        if doc[k].lower_ not in WORDS.subdivision_nouns:
            continue
        if k + 1 < hi and doc[k + 1].lower_ == "of":
            names, _ = _listed_names(doc, k + 2, hi, 1)
            start = k - 1 if k > lo and doc[k - 1].lower_ in ("the", "a") else k
        else:
            names, start = _listed_names(doc, k - 1, lo - 1, -1)
        codes = {subdivision_table().get(name) for name in names}
        if names and len(codes) == 1 and None not in codes and codes <= _named_codes(view):
            found.append((start, codes.pop()))
    return found


def _listed_names(doc, k: int, stop: int, step: int) -> tuple[list[str], int]:
    """The capitalised names of a list read from token ``k`` towards ``stop`` ("Aa, Bb and Cc"), and the index of
    its last token read (its start when read backwards)."""
    names: list[str] = []
    words: list[str] = []
    last = k - step
    while k != stop and (doc[k].is_title and doc[k].is_alpha or (words and doc[k].lower_ in ("and", ","))):
        if doc[k].lower_ in ("and", ","):
            names.append(" ".join(words[::step]))
            words = []
        else:
            words.append(doc[k].text)
        last, k = k, k + step
    if words:
        names.append(" ".join(words[::step]))
    return names, last


def _named_codes(view: LetterDoc) -> set[str]:
    """The codes of the countries the letter names."""
    return {span._.norm for span in view.spans("country") if span._.norm}


def _names_component(view: LetterDoc, last) -> bool:
    """Whether a country (or the last of a list) stands right before a noun of a programme's part ("its Fiji
    component", "the Samoa and Tonga components"): the part of the programme carried out in that country."""
    doc = view.doc
    return last.end < len(doc) and doc[last.end].lower_ in WORDS.component_nouns


def _asked_to_give(view: LetterDoc, sent, first, last) -> bool:
    """Whether a state is the object of a verb that asks it to act ("urges the Dutch partners to weigh a loan of
    ...", "asks Chile to fund ..."): the state asked gives, it is not the place helped."""
    doc = view.doc
    i = view.phrase_start(sent, first) - 1
    if i > sent.start and doc[i].lower_ == "the":
        i -= 1
    if i < sent.start or doc[i].lower_ not in WORDS.giver_asking_words:
        return False
    # "invites the Ruritanian Harbour Fund (RHF) to ...": past a body or programme the state's name opens, and the
    # acronym in brackets after it, the one invited is that state's.
    j = max([last.end, *(n.end for n in view.names_opened_by(sent, last))])
    if j + 2 < sent.end and doc[j].text == "(" and doc[j + 2].text == ")":
        j += 3
    start = j
    while j < sent.end and j - start < 2 and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ != "to":
        j += 1  # "the Dutch partners to", "the Irish authorities to"
    # "to" before a verb ("to consider"), not before a place or a noun phrase ("to Jordan", "to the fund").
    return (
        j + 1 < sent.end
        and doc[j].lower_ == "to"
        and doc[j + 1].is_lower
        and doc[j + 1].is_alpha
        and doc[j + 1].lower_ not in WORDS.determiners
    )


def _seat_of_payee(view: LetterDoc, sent, first) -> bool:
    """Whether a country follows "in" after those paid for a service ("a bill settled with auditors in Chile and
    Peru"): the place the payee works, not one the money is for."""
    doc = view.doc
    i = first.start - 1
    if i > sent.start and doc[i].lower_ == "the":
        i -= 1
    return i - 1 >= sent.start and doc[i].lower_ == "in" and doc[i - 1].lower_ in WORDS.payee_service_nouns


def _owner_of_money(view: LetterDoc, span) -> bool:
    """Whether a country owns the money its possessive names ("Belgium's humanitarian budget for 2023 amounts to EUR
    200 million"): the one who spends it, unless a cue makes it the one helped ("for Ukraine's budget")."""
    doc = view.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in POSSESSIVE_MARKS:
        return False
    after = doc[span.end + 1 : min(len(doc), span.end + 4)]
    for token in after:
        if token.lower_ in WORDS.funds:
            return True
        if not (token.is_alpha and token.is_lower):
            return False
    return False


def _partner_of_participle(view: LetterDoc, sent, first) -> bool:
    """Whether a country (or a list of them) follows "with" in a participle phrase set off by a comma (", carried out
    with Japan and Singapore", ", organised jointly with Ghana"): a partner in the work described, not a place helped."""
    doc = view.doc
    i = view.phrase_start(sent, first) - 1
    if i <= sent.start or doc[i].lower_ != "with":
        return False
    i -= 1
    while (
        i > sent.start
        and doc[i].is_alpha
        and doc[i].is_lower
        and (doc[i].lower_ in PARTICIPLE_PARTICLES or doc[i].lower_.endswith("ly"))
    ):
        i -= 1  # "carried out", "organised jointly"
    participle = doc[i].is_alpha and doc[i].is_lower and doc[i].lower_.endswith("ed")
    return participle and i > sent.start and doc[i - 1].text == ","


def _taken_from(view: LetterDoc, sent, first) -> bool:
    """Whether a country (or a list of them) names where money is taken from, a word of withdrawing before it in its
    clause ("by re-phasing bilateral projects in Kenya, Tanzania and Zambia"): a source, not a place helped."""
    doc = view.doc
    for i in range(view.phrase_start(sent, first) - 1, max(sent.start, first.start - WITHDRAWN_WINDOW) - 1, -1):
        if doc[i].text in (",", ";", ":"):
            return False
        word = doc[i].lower_
        if i - 2 >= sent.start and doc[i - 1].text == "-":
            word = f"{doc[i - 2].lower_}-{word}"  # "re-phasing", split by the tokenizer
        if word in WORDS.withdrawing_words:
            return True
    return False


def _opens_own_clause(view: LetterDoc, sent, first, last) -> bool:
    """Whether a country (or a list of them) opens a clause of its own after a sum's, as the subject of its verb
    ("Allies have paid in EUR 1.2 million, and Hungary, Norway and Slovenia have informed me that ..."): an actor
    of that clause, not a place the sum is for."""
    doc, start = view.doc, view.phrase_start(sent, first)
    if start - 2 < sent.start or doc[start - 1].lower_ not in WORDS.clause_conjunctions or doc[start - 2].text != ",":
        return False
    after = doc[last.end].lower_ if last.end < sent.end else ""
    # A verb of its own ("have informed", "will follow"), not a state's ("and X is eligible for ...": the one helped).
    return after not in ("to", *WORDS.be_forms) and (after in WORDS.auxiliaries or after in WORDS.be_have)


def _receives_after(view: LetterDoc, sent, last) -> bool:
    """Whether a country (or the last of a list) is the subject of a verb of receiving right after it, auxiliaries and
    adverbs between ("India, Pakistan and Burma will again receive ...", "Kenya has received"): the one given to,
    whichever verb the sum itself hangs on ("... which Parliament has voted at $26,400,000")."""
    doc, i = view.doc, last.end
    between = (WORDS.auxiliaries | WORDS.call_fillers) - {"not", "to"}
    while i < sent.end and (doc[i].lower_ in between or (doc[i].is_lower and doc[i].lower_.endswith("ly"))):
        i += 1
    entry = load_cues().forms.get(doc[i].lower_) if i < sent.end else None
    return entry is not None and entry[1] == "receive"


def _seat_of_body(view: LetterDoc, sent, span) -> bool:
    """ "with KfW, Germany, for a loan": a country set off by commas right after a body's name is where the body
    sits, not a place its money is for."""
    doc = view.doc
    if span.start - 1 <= sent.start or doc[span.start - 1].text != ",":
        return False
    if span.end < sent.end and doc[span.end].text not in (",", ")", ";", "."):
        return False
    return any(o.end == span.start - 1 for o in view.spans_in("organisation", sent.start, span.start))


def _member_of_body(view: LetterDoc, sent, span) -> bool:
    """ "contributions from CARE USA, CARE Deutschland and CARE Australia": a country right after the first word
    of a body the letter names ("CARE International") names the body's member there, no place of its own."""
    if span.start - 1 <= sent.start:
        return False
    word = view.doc[span.start - 1]
    if not word.text[:1].isupper() or word.text.lower() in WORDS.determiners:
        return False
    return any(len(o) > 1 and o[0].text == word.text for o in view.spans("organisation"))


def _owner_of_body(view: LetterDoc, sent, span) -> bool:
    """Whether a country owns, in the possessive, the body named right after it as one acting, no preposition's
    object ("support: the United Kingdom's Foreign, Commonwealth and Development Office GBP 500,000"): the body
    gives, its state is no place of the sum's; not "a partnership with X's Ministry of Environment"."""
    doc = view.doc
    if span.end + 1 >= sent.end or doc[span.end].text not in POSSESSIVE_MARKS:
        return False
    i = span.start - 1
    while i >= sent.start and doc[i].lower_ in WORDS.determiners:
        i -= 1
    if i >= sent.start and doc[i].lower_ in PREPOSITIONS:
        return False
    return any(o.start == span.end + 1 for o in view.spans_in("organisation", sent.start, sent.end))


def _bracketed_after_object(doc, sent, span) -> bool:
    """Whether a country stands in brackets after a name that follows a preposition ("the loan to Fjernvarme Syd
    A/S (Denmark), approved ..."): the country of that name, which is no subject of the verb after it."""
    if span.start - 1 <= sent.start or span.end >= sent.end:
        return False
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    i = span.start - 2
    while i > sent.start and span.start - i <= MAX_RECIPIENT_WORDS and not doc[i].is_lower:
        i -= 1  # the name's words: "Fjernvarme Syd A/S"
    return i < span.start - 2 and doc[i].lower_ in PREPOSITIONS


def _state_body_helped(view: LetterDoc, sent, span) -> bool:
    """Whether a country closes the name of a body cued as helped, after "of" ("R12.5 million to the Independent
    Electoral Commission of Lesotho"): the money goes to that state's body, so to the state."""
    doc = view.doc
    org = next((o for o in view.spans_in("organisation", sent.start, sent.end) if o.start < span.start < o.end), None)
    if org is None or span.end != org.end:
        return False
    i = span.start - 1
    while i > org.start and doc[i].lower_ in WORDS.cue_skip:
        i -= 1  # "of the Kingdom of Lesotho"
    return doc[i].lower_ == "of" and view.cue_before(sent.start, org.start) == "pos"


def _body_as_giver(view: LetterDoc, sent, span) -> bool:
    """Whether a country stands inside the name of a body that a noun of money names as its giver ("to guarantee
    financing by Export Finance Australia (EFA)", "grants from the Korea Foundation"): that body's country
    gives; not the body that carries out the work ("implemented by the Rwanda Development Board")."""
    doc = view.doc
    org = next((o for o in view.spans_in("organisation", sent.start, sent.end) if o.start <= span.start < o.end), None)
    if org is None:
        return False
    i = org.start - 1
    if i > sent.start and doc[i].lower_ in WORDS.determiners:
        i -= 1
    if i <= sent.start or doc[i].lower_ not in WORDS.giver_prepositions:
        return False
    return doc[i - 1].lower_ in WORDS.money_nouns | WORDS.funds


def sentence_has_backref(view: LetterDoc, sent) -> bool:
    """Whether a sentence points back at countries named before it ("those three countries")."""
    return view.once_per_sentence("backref", sent, _has_backref)


def _has_backref(sent) -> bool:
    """Whether the words of a sentence point back (computed once per sentence)."""
    words = [t.lower_ for t in sent]
    if phrase_at(words, WORDS.backref) is not None:
        return True
    # A determiner, a number or a qualifier, then a noun for states: "these two partner countries".
    return _state_reference(words, numbered=False) is not None


def _state_reference(words: list[str], numbered: bool) -> Optional[int]:
    """Where words hold a determiner, qualifiers and a noun for states ("these two partner countries"):
    the determiner's place; with ``numbered``, only one that counts them ("the three countries", "both
    countries"). None without one."""
    qualifiers = WORDS.number_words | WORDS.backref_qualifiers
    for i, word in enumerate(words):
        if word not in WORDS.backref_determiners:
            continue
        j = i + 1
        counted = word == "both" or (not numbered and word in ("these", "those"))
        while j < len(words) and j - i <= 3 and words[j] in qualifiers:
            counted = counted or words[j] in WORDS.number_words
            j += 1
        if j < len(words) and words[j] in WORDS.backref_nouns and counted:
            return i
    return None


def back_countries(view: LetterDoc, index: int) -> list[str]:
    """Countries of the preceding sentences of the paragraph, for "these countries"."""
    sents = view.sents
    para_start, _ = view.paragraph_of(text_start(sents[index]))
    found: list[str] = []
    for k in range(index - 1, max(-1, index - 1 - DEFAULT_BACKREF_SENTENCES), -1):
        prev = sents[k]
        if prev.end_char <= para_start:
            break
        roles = roles_of(view, prev, prev.start, prev.end, None, set())
        for code in roles.pos + roles.neutral + roles.subjects:
            if code not in roles.neg:
                add_code(found, code)
        if found:
            break
    return found


def forward_countries(view: LetterDoc, index: int, author_country: Optional[str]) -> list[str]:
    """Countries helped in the next sentence of the paragraph when it opens by pointing back at
    the sum ("It will support ...", "These funds will go to ...", "This program will support ...")
    and names no sum of its own."""
    if not view.next_in_paragraph(index):
        return []
    nxt = view.sents[index + 1]
    words = [t.lower_ for t in nxt if not t.is_space][:3] + ["", "", ""]
    anaphor, nouns = WORDS.money_anaphors, WORDS.money_nouns
    points_back = (
        words[0] == "it"
        or (words[0] in ("this", "that") and words[1] in WORDS.auxiliaries)
        or (words[0] in anaphor and words[1] in nouns | WORDS.funded_nouns)
        or (words[0] in anaphor and words[1] in WORDS.further_words | {"new"} and words[2] in nouns)
    )
    if not points_back or view.sums_in(nxt.start, nxt.end):
        return []
    roles = roles_of(view, nxt, nxt.start, nxt.end, None, set())
    return [c for c in roles.pos if c not in roles.neg and c != author_country]


def focus_countries(view: LetterDoc, index: int, author_country: Optional[str]) -> list[str]:
    """Countries a later sentence of the sum's paragraph names as its focus ("... investing $100 million to
    ... . This includes a new effort ... . Focal countries include Burundi, Malawi ..."), before another sum or
    list item; only the first DEFAULT_FOCUS_SENTENCES sentences after the sum are looked at."""
    for k in range(index + 1, min(len(view.sents), index + 1 + DEFAULT_FOCUS_SENTENCES)):
        if not view.next_in_paragraph(k - 1):
            return []
        sent = view.sents[k]
        if view.opens_item(sent) or view.spans_in("amount", sent.start, sent.end):
            return []
        words = [t.lower_ for t in sent if not t.is_space and t.lower_ not in WORDS.determiners][:3]
        if len(words) == 3 and words[0] in WORDS.focus_words and words[1] in WORDS.country_nouns:
            if words[2] in WORDS.focus_verbs:
                roles = roles_of(view, sent, sent.start, sent.end, None, set())
                return [c for c in roles.pos + roles.neutral if c not in roles.neg and c != author_country]
        if _names_eligible(sent):
            # "Mali, Niger and Chad will be the first countries eligible": those the fund may serve.
            roles = roles_of(view, sent, sent.start, sent.end, None, set())
            return [c for c in roles.pos + roles.neutral + roles.subjects if c not in roles.neg and c != author_country]
    return []


def _names_eligible(sent) -> bool:
    """Whether a sentence says, with no word denying it, that what it names is eligible ("... will be the first
    countries eligible", "Eligible countries are ...")."""
    words = {t.lower_ for t in sent}
    return bool(words & WORDS.eligibility_words) and not words & WORDS.eligibility_denials


def agreement_partners(view: LetterDoc, sent) -> list[str]:
    """Countries a sentence names as the other party to an agreement ("signed with X")."""
    doc = view.doc
    words = {t.lower_ for t in sent}
    if not words & WORDS.agreement_verbs:
        return []
    return [
        c._.norm
        for c in view.spans_in("country", sent.start, sent.end)
        if c._.norm
        and c.start > sent.start
        and doc[c.start - 1].lower_ == "with"
        and any(doc[k].lower_ in WORDS.agreement_verbs for k in range(max(sent.start, c.start - 4), c.start))
    ]


def region_members(region_spans: list) -> set[str]:
    """The member countries the region spans list in their values."""
    members: set[str] = set()
    for span in region_spans:
        value = span._.value if isinstance(span._.value, dict) else {}
        members.update(value.get("members") or value.get("countries") or [])
    return members


def context_countries(view: LetterDoc, index: int, author_country: Optional[str]) -> list[str]:
    """Countries the nearest earlier sentences of the paragraph cue as helped ("in Haiti", "for
    programmes in X"), for a sum whose own clause names none."""
    doc, sents = view.doc, view.sents
    para_start, _ = view.paragraph_of(text_start(sents[index]))
    for k in range(index - 1, max(-1, index - 1 - DEFAULT_CONTEXT_SENTENCES), -1):
        prev = sents[k]
        if prev.end_char <= para_start or view.opens_item(sents[k + 1]):
            break  # another paragraph, or another bulleted item ("- KKR announced ...")
        roles = roles_of(view, prev, prev.start, prev.end, None, set())
        if not roles.names_a_place():
            continue
        if _shared_out(view, prev):
            return []  # "$42 million to Angola and $7.4 million to ... Nigeria": each country is its own sum's
        sums = view.sums_in(prev.start, prev.end)
        named = {c._.norm for c in view.spans_in("country", prev.start, prev.end)}
        if (
            len(sums) > 1
            and len(named) > 1
            and all(c.start > sums[1].start for c in view.spans_in("country", prev.start, prev.end))
        ):
            # "The pledge of USD 43 million is drawn from the request of USD 200 million for X, Y and Z": the several
            # places are a later sum's own, not what the sentence, about its first sum, speaks of (one place after
            # the second sum, "... and EUR 77 million were paid out to partners in X", is the paragraph's).
            return []
        topic = [c for c in view.spans_in("country", prev.start, prev.end)]
        if (
            not roles.pos
            and len(roles.neutral) == 1
            and not roles.neg
            and not roles.regions
            and len(topic) == 1
            and view.phrase_start(prev, topic[0]) == first_word(prev)
            and topic[0].end < prev.end
            and doc[topic[0].end].lower_ in WORDS.state_verbs
        ):
            # "Lebanon remains fragile. The EUR 1bn package ...": a sentence on the country's plight
            # makes it the paragraph's topic (not one on its acts: "Mali has asked ...").
            add_code(roles.pos, topic[0]._.norm)
        for code in heading_countries(view, prev, prev.end):
            add_code(roles.pos, code)  # "- Mauritania: ...": the item's country, its topic
        for code in agreement_partners(view, prev):
            # "the Memorandum that we signed with X": money under it is for X.
            roles.neutral = [c for c in roles.neutral if c != code]
            add_code(roles.pos, code)
        # The nearest sentence that names a place decides, and only when it plainly speaks of
        # the helped countries alone: no other country beside them ("from projects in X to the
        # corridor linking Y and Z"), no region that is not theirs ("Sudan and the Sahel").
        members = region_members(roles.region_spans)
        # A country inside a programme's name ("the U.S. Strategy for ...") is no other place.
        names = {i for p in view.spans_in("programme", prev.start, prev.end) for i in range(p.start, p.end)}
        outside = {c._.norm for c in view.spans_in("country", prev.start, prev.end) if c.start not in names}
        others = [c for c in roles.neutral + roles.neg if c != author_country and c not in roles.pos and c in outside]
        if others or (roles.regions and not set(roles.pos) <= members):
            return []
        return [c for c in roles.pos if c != author_country]
    return []


def _shared_out(view: LetterDoc, sent) -> bool:
    """Whether a sentence's sums of money each have countries of their own after them ("$42 million
    in financing to Angola ... and $7.4 million in financing to Sapele in Nigeria"): its countries
    are those sums' places, not the paragraph's."""
    sums = [a.start for a in view.sums_in(sent.start, sent.end)]
    if len(sums) < 2:
        return False
    owners = {bisect.bisect_right(sums, c.start) for c in view.spans_in("country", sums[0], sent.end)}
    return len(owners) >= 2


# Forms of the verbs that make two parties sign an agreement ("AFD and Senegal sign ...").
SIGNING_FORMS = frozenset({"sign", "signs", "signed", "conclude", "concludes", "concluded"})
SIGNING_LEMMAS = frozenset({"sign", "conclude"})
# Most words between the last of the countries signing with a giver and the verb ("Benin and Niger are now signing").
SIGNING_REACH = 4
OPENING_PARAGRAPHS = 2  # a release's headline and its lead paragraph


def _opening_end(text: str) -> int:
    """Where a text's opening (its headline and lead: the first OPENING_PARAGRAPHS paragraphs) ends."""
    end = 0
    for _ in range(OPENING_PARAGRAPHS):
        found = text.find("\n\n", end + 1)
        if found < 0:
            return len(text)
        end = found
    return end


def _helped_in_clause(doc, lo: int, at: int, words: frozenset = frozenset()) -> bool:
    """Whether a word of help (or one of ``words``) stands before token ``at`` in its clause (no comma or
    semicolon between): "the support that Poland will provide to X", not "supporting Indonesia's security, ...,
    and address the crises in Burma"."""
    for i in range(at - 1, lo - 1, -1):
        if doc[i].text in (",", ";", ":"):
            return False
        if doc[i].lower_ in WORDS.help_verbs or doc[i].lower_ in words:
            return True
    return False


def _benefit_of_in_clause(doc, lo: int, at: int) -> bool:
    """Whether a noun of help "of" stands before token ``at`` in its clause ("the steps taken for the relief and early
    recovery of X"), not a noun of help alone ("flood recovery in X" names where, not whom)."""
    for i in range(at - 2, lo - 1, -1):
        if doc[i].text in (",", ";", ":"):
            return False
        if doc[i].lower_ in WORDS.benefit_of and doc[i + 1].lower_ == "of":
            return True
    return False


def _signs_with(doc, sent, span, last=None, group: Optional[VerbGroup] = None) -> bool:
    """Whether a country stands in a subject of two parties joined by "and", before the signing verb
    ("AFD and Senegal sign", "X and the Government of Senegal today signed"; "MCC and the Governments of Benin
    and Niger are signing": ``last`` of the countries listed right before the verb ``group``)."""
    i = span.start - 1
    while i >= sent.start and doc[i].lower_ in ("the", "government", "governments", "of", "republic"):
        i -= 1  # "and the Government of the Republic of Senegal"
    if i < sent.start or doc[i].lower_ != "and":
        return False
    if group is not None:
        return 0 <= group.head - last.end <= SIGNING_REACH
    verb = next((t for t in doc[span.end : sent.end] if t.lower_ in SIGNING_FORMS), None)
    return verb is not None and verb.i - span.end <= 2  # "Senegal today signed": an adverb between at most


def _givers_cooperation_with(view: LetterDoc, sent, span) -> bool:
    """Whether a country follows "with" after a noun of aid that another state's adjective qualifies ("German
    development cooperation with Ethiopia", "Danish partnership with Kenya"): the giver's partner."""
    doc = view.doc
    i = span.start - 1
    while i > sent.start and doc[i].lower_ in WORDS.determiners:
        i -= 1
    if i - 1 <= sent.start or doc[i].lower_ != "with" or doc[i - 1].lower_ not in WORDS.aid_nouns:
        return False
    givers = view.spans_in("country", max(sent.start, i - 1 - GIVER_REACH), i - 1)
    return any(g._.rule == DEMONYM_RULE and g._.norm and g._.norm != span._.norm for g in givers)


def _crisis_title(view: LetterDoc, span) -> bool:
    """Whether a country opens a title line with a crisis or disaster after it ("Nepal earthquake: urgent appeal
    for USD 28 million", "Sudan crisis – response plan"), or alone before a colon ("Sudan: a year on, a third of
    pledges paid"), as a release's headline names its place: the place the letter's money is for."""
    doc = view.doc
    if span.end + 1 >= len(doc):
        return False
    before = doc[span.start - 1] if span.start else None  # the text's first word opens a line too
    if before is not None and "\n" not in before.whitespace_ and not (before.is_space and "\n" in before.text):
        return False
    if doc[span.end].text == ":" and span._.rule != DEMONYM_RULE:
        return True
    if doc[span.end].lower_ not in WORDS.crisis_nouns | WORDS.disaster_nouns:
        return False
    return doc[span.end + 1].text in (":", "–", "—", "-")


def _titled(view: LetterDoc, sent, span, author_country: Optional[str]) -> bool:
    """Whether a subject line or a title over the letter's text names the country as the one helped: named at
    all after a subject line's label ("Subject: Programme Portugal-Mozambique"), or cued so after a word of aid
    ("projects in Somalia"); with no other country but the author's ("in Bangladesh, Indonesia and the
    Philippines": several places) and no region but one holding it."""
    if view.is_origin(span) and not is_returnee(view, span):
        return False  # "the influx of forcibly displaced Myanmar nationals": where they come from, not where helped
    if _givers_adjective(view, span) or is_donor(view, span):
        return False  # "Re: Request for a German contribution to ...", "the support of Germany": the giver asked
    if names_border(view, sent, span):
        return False  # "Situation at the Bulgarian-Turkish border": a border, not a state helped
    label = _subject_label(view, sent, span)
    if label is not None and span.start >= _capitals_end(view, sent, label):
        return False  # "RE: HURRICANE X - UPDATE" run into the first sentence below it: that sentence is no subject
    if label is not None and span.start >= _subject_line_end(view, sent, label):
        return False  # "Re: request for ... Plan / To: Mr X / ... Montreal, Canada": the address below is no subject
    lo = sent.start if label is None else label
    others = {c._.norm for c in view.spans_in("country", lo, sent.end)} - {span._.norm, author_country}
    regions = set(view.spans_in("region", lo, sent.end))
    if others or not regions <= {r for r in regions if span._.norm in region_members([r])}:
        return False
    cue = view.cue_before(lo, span.start)
    if label is not None:
        return cue != "neg"
    # "projects in Somalia", not a meeting's venue ("Ministerial Meeting ... in Guatemala").
    if cue == "pos" and _helped_in_clause(view.doc, sent.start, span.start, WORDS.money_nouns | WORDS.aid_nouns):
        return True
    # "Financial Cooperation with Jordan": a donor's title names its partner after a word of aid and a
    # preposition, which alone cues no place ("cooperation with X" is the partner, not a venue).
    i = span.start - 1
    while i > sent.start and view.doc[i].lower_ in WORDS.determiners:
        i -= 1
    doc = view.doc
    return i > lo and doc[i].lower_ in WORDS.partner_prepositions and doc[i - 1].lower_ in WORDS.aid_nouns


def _capitals_end(view: LetterDoc, sent, label: int) -> int:
    """Where a subject line set in capitals ends, when the reader ran it into the sentence below ("RE: HURRICANE X -
    RESPONSE As you are aware, ..."): at its first word in lower or mixed case; the sentence's end otherwise."""
    words = [t for t in view.doc[label + 1 : sent.end] if t.is_alpha]
    if len(words) < 2 or not (words[0].is_upper and words[1].is_upper):
        return sent.end  # "Subject: Support to X": a subject line in mixed case, no end to tell
    return next((t.i for t in words if not t.is_upper), sent.end)


def names_border(view: LetterDoc, sent, span) -> bool:
    """Whether a country is named as one side of a border ("the Bulgarian-Turkish border", "the state border with
    the Republic of Turkey"): where the border runs, not a state the letter's money helps."""
    doc = view.doc
    if any(t.lower_ in WORDS.border_nouns for t in doc[span.end : min(sent.end, span.end + 3)]):
        return True
    i = view.phrase_start(sent, span) - 1
    return i - 1 >= sent.start and doc[i].lower_ == "with" and doc[i - 1].lower_ in WORDS.border_nouns


def _givers_adjective(view: LetterDoc, span, giving_only: bool = False) -> bool:
    """Whether a country's adjective qualifies a noun of money or of giving, at once or past one qualifier ("a German
    contribution", "Japanese grant aid", "Austrian technical cooperation"): the state whose money it is (its name
    there, "the Ukraine allocation", says whom the money is for)."""
    doc = view.doc
    if span._.rule != DEMONYM_RULE:
        return False
    # With ``giving_only``, nouns of giving alone: "the total Chilean investment" may be money spent at home.
    nouns = (WORDS.donor if giving_only else WORDS.money_nouns) | WORDS.giver_adjective_nouns
    following = doc[span.end : min(len(doc), span.end + 2)]
    if not following:
        return False
    noun = following[0] if following[0].lower_ in nouns else None
    if noun is None and len(following) == 2 and following[0].is_alpha and following[1].lower_ in nouns:
        noun = following[1]
    if noun is None:
        return False
    # "the Peru–Chile Cooperation Fund": the second of two states joined by a dash names a pair's cooperation, whose
    # giver is neither adjective but the letter's author.
    paired = span.start >= 2 and doc[span.start - 1].text in DASHES
    paired = paired and any(
        c.end == span.start - 1 for c in view.spans_in("country", max(0, span.start - 6), span.start)
    )
    return not (paired and noun.lower_ in WORDS.giver_adjective_nouns)


def _subject_line_end(view: LetterDoc, sent, label: int) -> int:
    """Where a subject line run into the lines below it ends: at its paragraph's end, or at an addressee's label
    ("Re: request for a tranche / To: Mr X, ... Canada", two columns of a head read as one); the sentence's end
    otherwise."""
    doc = view.doc
    end = _token_at_or_after(view, view.paragraph_of(doc[label].idx)[1], label + 1, sent.end)
    for t in doc[label + 2 : end - 1]:
        if t.is_title and doc[t.i + 1].text == ":" and f"{t.lower_}:" in WORDS.addressee_marks:
            return t.i
    return end


def _token_at_or_after(view: LetterDoc, char: int, start: int, stop: int) -> int:
    """The index of the first token from ``start`` to before ``stop`` that starts at or after ``char`` (``stop``
    when none does): only the subject line's sentence is scanned, not the letter from its first token."""
    return next((t.i for t in view.doc[start:stop] if t.idx >= char), stop)


def _subject_label(view: LetterDoc, sent, span) -> Optional[int]:
    """The label of a subject line ("Subject:", "Re:") before the country in its sentence (the lines of a
    letter's head may run into one), or None."""
    doc = view.doc
    for i in range(span.start - 2, sent.start - 1, -1):
        if doc[i].lower_ in SUBJECT_LABELS and (doc[i].is_title or doc[i].is_upper) and doc[i + 1].text == ":":
            return i
    return None


def _addressed(view: LetterDoc, span, stateless_author: bool = False) -> bool:
    """Whether a country stands in the addressee block of a letter (one with a salutation), a paragraph above
    the first one of prose that ends no sentence and is no subject line, and the text below names it again
    ("Maputo, Mozambique" over "the damage caused in northern Mozambique"): not the country of an agency's seat
    named only in its address ("World Food Programme / Rome, Italy"), nor the author's own, which its letterhead
    names too ("U.S. House of Representatives" under "U.S. AGENCY FOR INTERNATIONAL DEVELOPMENT")."""
    parts = view.letter.parts
    if parts.salutation is None:
        return False
    start, end = view.paragraph_of(span.start_char)
    block = view.text[start:end].strip()
    first = re.match(r"\w+", block)
    if first is None or block[-1:] in (".", "!", "?") or re.match(r"\w+\s*:", block):
        return False
    if first.group(0).lower() in SUBJECT_LABELS:
        return False
    # The block opens with a person's mark ("Ms. Catarina ..."): the lines above it are the author's own address
    # when no letterhead was set apart ("UNITED STATES DEPARTMENT OF STATE / ... / Washington, D.C. 20520").
    if not ADDRESSEE_LINE.search(view.text[: span.start_char].lower()):
        return False
    if _delegate_to(view.text, span.start_char, span.end_char):
        return False
    name = rf"(?<!\w){re.escape(span.text)}(?!\w)"
    for line in (parts.letterhead or "").splitlines():
        if not re.search(name, line, re.IGNORECASE):
            continue
        # A body of no state names in its letterhead the country a unit deals with ("Unit E.3 - Romania"), not its
        # own; its address lines ("3 United Nations Plaza, New York, United States") name its seat.
        if not (stateless_author and re.search(rf"[-–—]\s*{name}\s*$", line, re.IGNORECASE)):
            return False
    return any(other.start_char >= end and other._.norm == span._.norm for other in view.spans("country"))


def _delegate_to(text: str, start: int, end: int) -> bool:
    """Whether the country at ``text[start:end]`` is that of a state's envoy or mission "to" someone ("Permanent
    Representative of the Republic of X to UNESCO", "Ambassador of X to the United Nations"): a member state
    written to as one, not the place the money is for."""
    nouns = "|".join(map(re.escape, sorted(WORDS.mission_nouns | WORDS.delegate_nouns)))
    before = re.search(rf"\b(?:{nouns})\s+of\s+(?:the\s+)?$", text[max(0, start - DELEGATE_REACH) : start].lower())
    return before is not None and re.match(r"\s+to\b", text[end : end + DELEGATE_REACH]) is not None


def _in_prose(view: LetterDoc, span) -> bool:
    """Whether a country stands in a paragraph of prose, one ending a sentence and no subject line or title: a title
    or subject line that lists countries ("Emergency assistance to X, Y and Z") sums up sums the text gives each."""
    start, end = view.paragraph_of(span.start_char)
    return is_prose(view.text[start:end])


def _stateless_author(case: BeneficiaryCase) -> bool:
    """Whether the letter's author is a body of no state (an international organisation, a development bank, the
    European Commission): the countries its letterhead names are those it deals with, not its own."""
    return case.author is not None and case.author_country is None and case.author in stateless_body_names()


def letter_beneficiary_of(
    view: LetterDoc, author_country: Optional[str], spender: Optional[str], stateless_author: bool = False
) -> list[str]:
    """The one country a letter says, outside any sum's sentence, it sets out to help
    ("how we intend to support X"), the spender aside; none when it says so of several, unless its first paragraph
    of prose names them all helped together in one list ("we will keep our aid to X, Y and Z"). The
    country of the addressee's office counts only when the author's state gives: one that receives writes to its
    giver."""
    if LETTER_BENEFICIARY_MEMO not in view.memo:
        doc = view.doc
        found: dict[str, bool] = {}  # each country, and whether only the addressee's block names it so
        helped_lists: list[set[str]] = []  # the countries of each list the first paragraph of prose names helped
        creditors: set[str] = set()  # the countries the letter names as owed its debt
        by_name: set[str] = set()  # the countries found by their names, not only by a demonym ("Eritrean refugees")
        opening = _opening_end(view.text)
        purpose = first_prose_end(view.text)
        for sent in view.sents:
            # Only the headline and lead paragraph say whom a release is about; a signing further down
            # is one event among others ("The United States and Costa Rica also signed a memorandum").
            signing = sent.start_char < opening and any(t.lower_ in SIGNING_FORMS for t in sent)
            sums = bool(view.spans_in("amount", sent.start, sent.end))
            if sent.start_char < purpose:
                # "with the affected countries (X, Y and Z)" (beside a count such as "some 25 partners"):
                # the places a crisis struck, named together in the first paragraph of prose, are those the
                # letter raises money for.
                for members in _affected_lists(view, sent):
                    helped_lists.append(set(members))
                    found.update(dict.fromkeys(members, False))
            for span in view.spans_in("country", sent.start, sent.end):
                # "Re: Laos-Cambodia-Thailand Solar Grid Project": a project of those states together, named
                # above the text (a subject line run into the first paragraph's sentence, sums and all).
                chain = _dash_joined_project(view, sent, span) if span.start_char < purpose else []
                if chain and not _in_prose(view, span):
                    helped_lists.append(set(chain))
                    found.update(dict.fromkeys(chain, False))
            if sums and not signing:
                for span in view.spans_in("country", sent.start, sent.end):
                    if span.start_char >= purpose or not span._.norm:
                        continue
                    # "Nepal earthquake: urgent appeal for USD 28 million": a title naming the disaster an appeal
                    # answers; "FUND EXTENDS USD 6 MILLION LOAN TO X": a headline naming the one country helped.
                    if _crisis_title(view, span) or (
                        not _in_prose(view, span) and _titled(view, sent, span, author_country)
                    ):
                        found[span._.norm] = False
                continue
            for span in view.spans_in("country", sent.start, sent.end):
                if names_border(view, sent, span):
                    continue  # "the situation at the state border with the Republic of Turkey"
                if names_venue_instrument(view, span):
                    continue  # "resources for the Malta Implementation Arrangements": a venue in a name
                prev = doc[span.start - 1] if span.start > sent.start else None
                helped = prev is not None and prev.lower_ in WORDS.help_verbs
                # A list's later members are helped as its first is ("our aid to X, Y and Z"): the commas
                # between them close no clause.
                members = view.lists_holding(sent, span)
                first = members[0][0] if members else span
                # "the support that Poland will provide to Ukrainian education", "the financial support that the
                # Fund will extend to the Republic of X": a word of help before the country, and a cue for it, in
                # the first paragraph of prose, which says what the letter is for (later, "Support to X remains
                # ..." opens one section).
                helped = helped or (
                    sent.start_char < purpose
                    and not sums  # a signing headline's "and prepares new support for Moldova": that sum's place
                    # "steps up support for Moldova, the South Caucasus and the Sahel": help for several places
                    and not view.spans_in("region", sent.start, sent.end)
                    # "the steps taken for the relief and early recovery of X": a noun of help "of" it, too
                    and (
                        _helped_in_clause(doc, sent.start, first.start, WORDS.money_nouns)  # "assistance to X"
                        or _benefit_of_in_clause(doc, sent.start, first.start)
                    )
                    and view.cue_before(sent.start, first.start) == "pos"
                    and not is_donor(view, first)  # "to request the support of the Federal Republic of Germany"
                )
                # "approved the extension of the Human Development Initiative in Myanmar": a named programme the
                # letter places in a country, anywhere in its text, is carried out there ("the X programme, which
                # Oxfam runs in A, B and C": in each of a list's countries).
                helped = helped or _programme_placed(view, sent, first)
                # "the work plan of the Malawi Lakeshore Fisheries Recovery Project": a programme named
                # after a country, in the first paragraph of prose, which says what the letter is about.
                helped = helped or (sent.start_char < purpose and _names_programme_of(view, sent, span))
                # "On the joint project «Flood forecasting in X and Y»": a project named, above the text, as carried
                # out in its countries is for each of them, a title line or not.
                placed = sent.start_char < purpose and _placed_in_project_name(view, sent, first)
                helped = helped or placed
                if (
                    helped
                    and members
                    and len(members[0]) > 1
                    and sent.start_char < purpose
                    and (placed or _in_prose(view, span))
                ):
                    helped_lists.append({m._.norm for m in members[0] if m._.norm})
                # "AFD and the Government of Senegal today signed four financing agreements": the
                # country that signs with the author is the partner its sums are for.
                partner = signing and _signs_with(doc, sent, span)
                # "Subject: Financing under the UAE grant for the Hashemite Kingdom of Jordan", "TİKA to expand
                # projects in Somalia and the Horn of Africa": the country a subject line or a title names as
                # helped is the one the letter is about (a region around it, "the wider Horn of Africa", aside).
                titled = sent.start_char < purpose and not sums and _titled(view, sent, span, author_country)
                titled = titled or (span.start_char < purpose and _crisis_title(view, span))
                # "Mr Jamshid Yusupov / Deputy Minister / Ministry of ... of the Republic of Uzbekistan": the
                # country of the office a letter is addressed to is the partner its sums are for.
                addressed = sent.start_char < purpose and not sums and _addressed(view, span, stateless_author)
                if view.owed_to(sent.start, span.start):
                    creditors.add(span._.norm)  # "our bilateral debt to the Portuguese Republic"
                # "the priority areas of German development cooperation with Ethiopia": the partner of a giver's
                # named cooperation, in the first paragraph of prose.
                partner = partner or (
                    sent.start_char < purpose and not sums and _givers_cooperation_with(view, sent, span)
                )
                if (helped or partner or titled or addressed) and span._.norm:
                    found[span._.norm] = found.get(span._.norm, True) and not (helped or partner or titled)
                    if span._.rule != DEMONYM_RULE:
                        by_name.add(span._.norm)
        for code in head_subject_countries(view, author_country):
            found[code] = False  # a subject line set in the letter's head names the place helped, as in the body
        countersigned = _countersigned_state(view)
        if countersigned is not None and countersigned != author_country:
            found[countersigned] = False  # "Read and agreed: For the Treasury of X": the partner it is for
        # A debtor writing to its creditor: the state written to is owed, not helped.
        found = {code: addressed for code, addressed in found.items() if not (addressed and code in creditors)}
        host = mission_host_state(view, author_country)
        if host is not None:
            # "Embassy of Japan in X" writing to X's ministry: its sums are for X; a people the letter helps there,
            # named only by a demonym ("Re: our support to the Y refugee response"), are hosted in X.
            found = {code: addressed for code, addressed in found.items() if code in by_name}
            found[host] = False
        office = country_office_state(view)
        if office is not None:
            # "World Food Programme / Madagascar Country Office" writing to a donor's ambassador: the body's office
            # works for its country; the state written to, named only in the addressee's block, is the giver. So
            # does a national body's ("Norwegian Refugee Council / Chad Country Office"): its home state is no place.
            found = {code: addressed for code, addressed in found.items() if not addressed}
            found[office] = False
        view.memo[LETTER_BENEFICIARY_MEMO] = sorted(found.items())
        view.memo[HELPED_LIST_MEMO] = helped_lists
    # Once per letter; the spender, which differs from sum to sum, is left out after.
    # The author's state receives this sum, or speaks as one that receives money (the share it adds itself, told in
    # a letter to its giver, is not for the giver's state).
    receiving = author_country is not None and (spender is None or _receiving_state(view, author_country))
    found_list = [
        c for c, addressed in view.memo[LETTER_BENEFICIARY_MEMO] if c != spender and not (addressed and receiving)
    ]
    if len(found_list) > 1 and set(found_list) in view.memo[HELPED_LIST_MEMO]:
        return found_list  # every country the letter helps, named together in its purpose's one list
    return found_list if len(found_list) == 1 else []


def _affected_lists(view: LetterDoc, sent) -> list[list[str]]:
    """The codes of each list of two or more countries of a sentence that follows "affected countries"."""
    lists = view.country_lists(view.spans_in("country", sent.start, sent.end))
    return [
        [m._.norm for m in members if m._.norm]
        for members in lists
        if len(members) > 1 and _affected_countries_before(view.doc, sent, members[0])
    ]


def _affected_countries_before(doc, sent, first) -> bool:
    """Whether a list's first country follows "affected countries" (a dash, colon or bracket between): the list
    names the countries a crisis struck."""
    k = first.start - 1
    while k > sent.start and doc[k].is_punct:
        k -= 1
    if k <= sent.start or doc[k].lower_ not in ("countries", "states"):
        return False
    return any(doc[j].lower_ in WORDS.affected_words for j in range(max(sent.start, k - 3), k))


def mission_host_state(view: LetterDoc, author_country: Optional[str]) -> Optional[str]:
    """The one state a giving state's mission abroad writes from, when its letter's head (or its signatory's title,
    "Head of Cooperation, Sida X") names a mission ("Embassy of Ruritania / Port Alba, Elbonia", "Embassy of Japan in X") and one
    state besides the author's: its sums that name no place are for the state it sits in. None for a state that is no donor (its embassy asks the state it sits in)."""
    from extractor.relations.actors import whole_names

    if author_country not in DONOR_STATES:
        return None
    # The lines above the first paragraph of prose: that paragraph may name a place the letter speaks of.
    above = view.text[: view.paragraph_of(first_prose_end(view.text) - 1)[0]]
    # The signatory's title may name the office's seat ("Head of Cooperation, Sida Mozambique") where the head names only its city.
    parts = view.letter.parts
    head = re.sub(r"\s+", " ", "\n".join(filter(None, [parts.letterhead, above, parts.signatory_title])).lower())
    words = set(re.findall(r"[a-z-]+", head))
    if not (words & WORDS.mission_nouns or any(" ".join(phrase) in head for phrase in WORDS.mission_for_nouns)):
        return None
    others = {code for _, _, code in whole_names(head)} - {author_country}
    # "Embassy of Denmark - Kampala, Uganda" over a subject line naming a people from elsewhere ("Re: support to the
    # Y refugee response"): the one other state the letterhead itself names is where the mission sits.
    seat = {code for _, _, code in whole_names((parts.letterhead or "").lower())} - {author_country}
    if len(others) > 1 and len(seat) == 1:
        others = seat
    if not others:
        # "Embassy of Ruritania, Lima": a head naming only the mission's city names the state whose capital that is.
        others = capital_states_in(head) - {author_country}
    if len(others) != 1:
        return None
    host = others.pop()
    return host if host not in DONOR_STATES else None


def country_office_state(view: LetterDoc) -> Optional[str]:
    """The one country a letterhead's line names as the seat of an international body's country office ("Madagascar
    Country Office", "Country Office for Chad"); None when there is none or the line names several. Read once per
    letter: every sum asks."""
    if COUNTRY_OFFICE_MEMO not in view.memo:
        # With no letterhead set apart (no date line read as one), the lines above the first paragraph of prose are
        # the head.
        head = view.letter.parts.letterhead or view.text[: view.paragraph_of(first_prose_end(view.text) - 1)[0]]
        view.memo[COUNTRY_OFFICE_MEMO] = _country_office_in(head)
    return view.memo[COUNTRY_OFFICE_MEMO]


def _country_office_in(letterhead: str) -> Optional[str]:
    """The one country the first country-office line of ``letterhead`` names, or None."""
    for line in letterhead.lower().splitlines():
        words = re.findall(r"[a-z]+", line)
        places = [i for i, _ in phrase_places(words, WORDS.country_office_phrases)]
        if not places:
            continue
        if any(i and words[i - 1] in WORDS.multi_country_words for i in places):
            return None  # "Multi-Country Office in Samoa": an office for several countries, its seat's not helped
        codes = {code for _, _, code in country_names_in(line)}
        return codes.pop() if len(codes) == 1 else None
    return None


def _programme_placed(view: LetterDoc, sent, span) -> bool:
    """Whether a country follows a named programme and "in" ("the Human Development Initiative in Myanmar"): the
    place the programme is carried out; a programme by its head noun, not an office or a gateway that is only set up
    there ("the European Legal Gateway Office in India")."""
    doc, start = view.doc, view.phrase_start(sent, span)
    if start - 1 <= sent.start or doc[start - 1].lower_ != "in":
        return False
    if any(
        p.end == start - 1 and doc[p.end - 1].lower_ in WORDS.funded_nouns
        for p in view.spans_in("programme", sent.start, start)
    ):
        return True
    # "the HOPE programme, which CARE runs in X": a relative clause on a programme's noun that places it, with
    # no other clause between.
    for k in range(start - 2, max(sent.start, start - 2 - MAX_RELATIVE_WORDS), -1):
        if doc[k].is_punct:
            return False
        if doc[k].lower_ in WORDS.object_relatives:
            noun = k - 2 if doc[k - 1].text == "," else k - 1
            # A verb of carrying it out places it ("leads in X"), not one that only speaks of it ("presented in X").
            carried_out = any(t.lower_ in WORDS.carrying_out_verbs for t in doc[k + 1 : start - 1])
            return carried_out and noun >= sent.start and doc[noun].lower_ in WORDS.funded_nouns
    return False


def _names_programme_of(view: LetterDoc, sent, span) -> bool:
    """Whether a country opens the name of a programme whose head is a noun of funded work ("the Malawi Lakeshore
    Fisheries Recovery Project"): the place it is carried out."""
    doc = view.doc
    if span._.norm in DONOR_STATES:
        return False  # "the Sweden Scholarship Programme": a donor's own programme of giving, not a place helped
    return any(
        p.start == span.start and p.end > span.end and doc[p.end - 1].lower_ in WORDS.funded_nouns
        for p in view.spans_in("programme", sent.start, sent.end)
    )


def _placed_in_project_name(view: LetterDoc, sent, span) -> bool:
    """Whether a country (a list's first) follows "in" inside the name of a project ("the project «Flood
    forecasting in X and Y»", "the Rural Water Programme in X"): the place the project is carried out. A project by
    its name's head noun or the noun just before the name."""
    doc, start = view.doc, view.phrase_start(sent, span)
    while start - 1 > sent.start and doc[start - 1].lower_ in WORDS.determiners:
        start -= 1  # "in the Republic of X"
    if span._.norm in DONOR_STATES or start - 1 <= sent.start or doc[start - 1].lower_ != "in":
        return False
    for p in view.spans_in("programme", sent.start, sent.end):
        if not p.start < start - 1 < span.end <= p.end:
            continue
        before = p.start - 1
        while before > sent.start and doc[before].is_punct:
            before -= 1  # the quotation marks around a name
        if doc[p.end - 1].lower_ in WORDS.funded_nouns or doc[before].lower_ in WORDS.funded_nouns:
            return True
    return False


def _dash_joined_project(view: LetterDoc, sent, span) -> list[str]:
    """ "the Laos-Cambodia-Thailand Solar Grid Project": the states a dash joins into the name of a
    project, from the first of them, when a project's noun ends the name within MAX_PROJECT_WORDS words of the last:
    a project carried out in each of them. Empty for fewer than two, or for another name ("the X-Y border")."""
    doc = view.doc

    def joins(i: int) -> bool:
        """Whether token i is a dash set between two words with no space ("Kenya-Uganda", not "PROJECT – Kenya")."""
        return doc[i].text in DASHES and not doc[i].whitespace_ and not doc[i - 1].whitespace_

    if span.start > sent.start and joins(span.start - 1):
        return []  # not the chain's first state
    countries = {c.start: c for c in view.spans_in("country", sent.start, sent.end)}
    chain, last = [span], span
    while last.end + 1 < sent.end and joins(last.end) and last.end + 1 in countries:
        last = countries[last.end + 1]
        chain.append(last)
    codes = [c._.norm for c in chain if c._.norm]
    if len(set(codes)) < MIN_COUNTED_COUNTRIES:
        return []
    after = doc[last.end : min(sent.end, last.end + MAX_PROJECT_WORDS + 1)]
    return list(dict.fromkeys(codes)) if any(t.lower_ in WORDS.funded_nouns for t in after) else []


def head_subject_countries(view: LetterDoc, author_country: Optional[str]) -> list[str]:
    """The one country, the author's aside, that a subject line of the letter's head names ("SUBJECT: NEPAL
    EARTHQUAKE - ADDITIONAL HUMANITARIAN ASSISTANCE" above a memorandum's text): none when it names several."""
    head = view.letter.parts.letterhead or ""
    lines = head.lower().splitlines()
    found: set[str] = set()
    for k, line in enumerate(lines):
        titled = _titled_by_country(line)
        if titled is not None:
            # "Zambia: Closing Remarks of the 2025 Review Team": a title that opens on the country it is about.
            if titled != author_country:
                found.add(titled)
            continue
        if not re.match(SUBJECT_LABEL, line):
            continue
        # The subject runs on over the lines below it up to the next label ("DATE:") or the end of the head.
        end = next((j for j in range(k + 1, len(lines)) if re.match(r"[a-z.]+\s*:", lines[j])), len(lines))
        subject = " ".join(lines[k:end])
        for start, stop, code in country_names_in(subject):
            if not subject[stop : stop + 1].isalpha() and code != author_country:
                found.add(code)  # "japan", not "japanese"
    return sorted(found) if len(found) == 1 else []


def _titled_by_country(line: str) -> Optional[str]:
    """The country a lower-cased head line opens on, as a title's topic before a colon with words after it ("zambia:
    closing remarks ..."); None otherwise."""
    topic, colon, rest = line.strip().partition(":")
    if not colon or not rest.strip():
        return None
    names = [(start, end, code) for start, end, code in country_names_in(topic) if start == 0 and end == len(topic)]
    return names[0][2] if names else None


def region_countries(view: LetterDoc, index: int, region_spans: list) -> list[str]:
    """Countries the letter lists for a region in the next sentence of the paragraph."""
    sents = view.sents
    _, para_end = view.paragraph_of(text_start(sents[index]))
    members = region_members(region_spans)
    found: list[str] = []
    if index + 1 < len(sents) and text_start(sents[index + 1]) < para_end:
        nxt = sents[index + 1]
        first = nxt[0].lower_ if len(nxt) else ""
        if first in {"it", "this", "these", "the", "they"}:
            roles = roles_of(view, nxt, nxt.start, nxt.end, None, set())
            found = [c for c in roles.pos if not members or c in members]
    return found


@dataclass
class BeneficiaryCase:
    """What the beneficiaries of one commitment are decided from."""

    view: LetterDoc
    sent: object
    index: int  # the sentence's index
    roles: Roles  # of the commitment's own clause
    author_country: Optional[str]
    group: Optional[VerbGroup] = None
    span: object = None  # the sum, for commitments with money
    k: int = 0  # the sum's place among the sentence's sums
    sums: int = 0  # how many sums the sentence holds
    hi: int = 0  # the end of the sum's stretch
    previous: list[str] = field(default_factory=list)  # the beneficiaries of the sentence's sum before
    earlier: list = field(default_factory=list)  # the letter's commitments before this one, in text order
    # The country the beneficiaries leave out: the author's state when it gives or spends the sum (a donor's own
    # country is no beneficiary of its gift), None when a third party gives the sum to it (``settle_spender``).
    spender: Optional[str] = None
    author: Optional[str] = None  # the author's institution ("UNDP", "Finnish Ministry for Foreign Affairs")

    def __post_init__(self) -> None:
        self.spender = self.author_country


def running_total_start(view: LetterDoc, sent, span) -> Optional[int]:
    """Where the words of a running total that a sum reaches begin ("..., bringing the total U.S.
    assistance committed to Ukraine to $1 billion": at "bringing"); None when no such words lead to it."""
    doc = view.doc
    i = span.start - 1
    while i > sent.start and doc[i].lower_ in WORDS.amount_qualifiers and doc[i].lower_ != "to":
        i -= 1  # "to nearly $5.9 billion", "to more than $4.2 billion"
    if i <= sent.start or doc[i].lower_ != "to":
        return None
    for j in range(i - 1, max(sent.start, i - DEFAULT_TOTAL_WINDOW) - 1, -1):
        if doc[j].lower_ in WORDS.total_verbs:
            nouns = [t.lower_ for t in doc[j + 1 : min(i, j + 4)]]
            # "bringing cumulative disbursements under that loan to KRW 41.6 billion": a total of one stage.
            return j if set(nouns) & (WORDS.total_nouns | WORDS.stage_nouns.keys()) else None
        if doc[j].text in (";", ":"):
            return None
    return None


def _apposed_total_start(view: LetterDoc, sent, span) -> Optional[int]:
    """Where a total set after a comma before a sum begins ("..., a total of US$3 million", "..., for a total of
    about EUR 40 million"): the sums before it in the sentence are what it adds up; None otherwise."""
    doc = view.doc
    i = span.start - 1
    while i > sent.start and doc[i].lower_ in WORDS.amount_qualifiers and doc[i].lower_ != "to":
        i -= 1  # "a total of about $5.9 million"
    if i - 3 < sent.start or doc[i].lower_ != "of" or doc[i - 1].lower_ not in WORDS.total_nouns:
        return None
    start = i - 2
    if doc[start].lower_ != "a":
        return None
    if doc[start - 1].lower_ == "for":
        start -= 1
    return start if start > sent.start and doc[start - 1].text == "," else None


def running_total(case: BeneficiaryCase) -> list[str]:
    """ "$364 million for Syria, bringing our total to $5.9 billion, much of which supports refugees in
    Jordan": a running total counts the sum before it, so it goes where that sum goes, and where the
    words of the total and its own clause say."""
    view, sent, span = case.view, case.sent, case.span
    if span is None or not case.k:
        return []
    start = running_total_start(view, sent, span)
    if start is None:
        start = _apposed_total_start(view, sent, span)  # "wired EUR 7 million to X and Y, a total of EUR 19 million"
    if start is None:
        return []
    found = list(case.previous)
    words = roles_of(view, sent, start, span.start, None, view.programme_tokens, case.spender)
    # The total's own words count only the places they cue ("committed to Ukraine"), not its giver's
    # ("the total U.S. contribution"); the sum's clause, those it names as well.
    for codes, roles in ((words.pos, words), (case.roles.pos + case.roles.neutral, case.roles)):
        for code in codes:
            if code not in roles.neg and code != case.spender:
                add_code(found, code)
    return found


def item_start(doc, sent, upto: int) -> int:
    """Where the list item holding token ``upto`` starts in its sentence; the sentence's start outside a list."""
    starts = [i for i in item_starts(doc, sent.start, upto) if i <= upto]
    return starts[-1] if starts else sent.start


def heading_colon(view: LetterDoc, sent, span) -> Optional[int]:
    """The colon that closes a run-in heading opening the sum's sentence, before the sum ("Malawi
    Compact: MCC signed ..."); None when there is none."""
    doc = view.doc
    # In a list run into one sentence (items closed by ";"), the heading is the sum's own item's.
    start = item_start(doc, sent, span.start)
    for token in doc[start : span.start]:
        if token.text == ":":
            words = [t for t in doc[start : token.i] if t.is_alpha]
            # "We thank the Commission for the help already given: ...": the writer's own clause leads its sentence in;
            # a heading names a subject, it has none.
            if any(t.lower_ in WORDS.subject_pronouns for t in words):
                return None
            return token.i if 0 < len(words) <= HEADING_WORDS else None
    return None


def heading_countries(view: LetterDoc, sent, upto: int) -> list[str]:
    """The countries a run-in heading of nothing but country names opens the item (or the sentence)
    holding token ``upto`` with ("- Mauritania: under the Migration Partnership, EUR 210 million ...,"):
    the place the whole item speaks of."""
    doc = view.doc
    start = item_start(doc, sent, upto)
    colon = next((t.i for t in doc[start:upto] if t.text == ":"), None)
    if colon is None and view.table_row(doc[start].idx) is None:
        # "2. Indonesia - USD 500 million for ...": a dash between spaces closes the heading as a colon would; in a
        # table's row ("United States | 56 | - | 1,000") a dash is an empty cell, and the row's rules decide.
        colon = next((t.i for t in doc[start:upto] if t.text in DASHES and t.whitespace_), None)
    return heading_countries_alone(view, start, colon) if colon is not None else []


def list_lead(view: LetterDoc, index: int) -> Optional[tuple[object, list]]:
    """The sentence that leads in the list holding sentence ``index``, and its words up to the colon its items
    follow (the sentencizer may run the lead-in into its items); None outside a list."""
    sents, doc = view.sents, view.doc
    k = index
    while k > 0 and view.opens_item(sents[k]):
        k -= 1
    texts, spaces = view.texts, view.spaces  # read once for the letter: no Token object a word
    words = [i for i in range(sents[k].start, sents[k].end) if not spaces[i]]
    # The lead-in ends on the first colon an item follows.
    colon = next(
        (n for n, i in enumerate(words[:-1]) if texts[i] == ":" and opens_list_item(doc, view.text, words[n + 1])),
        len(words) - 1 if k < index and words and texts[words[-1]] == ":" else None,
    )
    return None if colon is None else (sents[k], [doc[i] for i in words[:colon]])


def givers_listed(view: LetterDoc, index: int) -> bool:
    """Whether the list holding sentence ``index`` is led in by words naming pledges or givers ("The pledges
    announced this week include: - United Kingdom: a pledge of GBP 40 million ..."), or by the author's side
    receiving ("The Regional Government also received the following donations: a) Government of Japan: ..."): its
    items' headings name who gives, not who is helped."""
    lead = list_lead(view, index)
    if lead is None:
        return False
    words = lead[1]
    return any(t.lower_ in WORDS.pledge_nouns or t.lower_ in WORDS.donor_headers for t in words) or bool(
        _own_side_receiving(view, *lead)
    )


def _own_side_receiving(view: LetterDoc, sent, words: list) -> bool:
    """Whether a list's lead-in says the author's own side received what it lists: a verb of receiving whose
    subject is "we" or a body of a government ("The Regional Government also received, through ..., the
    following donations:"), with no country of its own."""
    if not words:
        return False
    end = words[-1].i + 1
    for group in verb_groups(view, sent, load_cues()):
        if group.cls != "receive" or group.purpose or group.head >= end:
            continue
        subject = view.doc[sent.start : group.start]
        if view.spans_in("country", sent.start, group.start):
            return False  # "Jordan received": the state named, the others' rules read it
        return any(t.lower_ in WORDS.subject_pronouns or t.lower_ in WORDS.state_body_nouns for t in subject)
    return False


def received_in_list(case: BeneficiaryCase) -> list[str]:
    """ "The Regional Government also received the following donations: a) Government of Japan, ...: JPY 8,900,000,
    for ...": a sum in a list whose lead-in says the author's own side received it is for the author's state,
    whichever giver its item names."""
    author = case.author_country
    if not author or case.span is None or case.roles.regions:
        return []
    lead = list_lead(case.view, case.index)
    if lead is None or lead[1][-1].i >= case.span.start or not _own_side_receiving(case.view, *lead):
        return []
    return [author]


def item_heading(case: BeneficiaryCase) -> list[str]:
    """A sum whose clause cues no place as helped, in an item headed by country names ("- Mauritania: ... EUR
    210 million has been mobilised", "- Mali and Niger: EUR 18 million ..., channelled through Spanish NGOs"),
    is for those countries: the heading says where the item's money goes, a place merely named does not."""
    if case.span is None or case.roles.pos or case.roles.regions or givers_listed(case.view, case.index):
        return []
    found = heading_countries(case.view, case.sent, case.span.start)
    return [c for c in found if c != case.spender and not _foreign_to_receiver(case, c)]


def _foreign_to_receiver(case: BeneficiaryCase, code: str) -> bool:
    """Whether a country is foreign to an author's state that receives the sum (a third party gives it, so no
    spender): the callers find it heading the sum's item ("(iv) Austria: its aid office agreed a loan of ..."), where
    such a state names the giver."""
    author = case.author_country
    return bool(author) and case.spender is None and code != author


def cued_in_item_heading(case: BeneficiaryCase) -> list[str]:
    """ "(d) FP238 - Drought resilience in northern Kenya: USD 44 million, conditional on ...": a sum whose
    clause names no place, in a list item whose run-in heading names countries (not as donors or origins), is
    for them: the heading says what the item is about."""
    if case.span is None or case.roles.names_a_place() or givers_listed(case.view, case.index):
        return []
    colon = heading_colon(case.view, case.sent, case.span)
    start = item_start(case.view.doc, case.sent, case.span.start)
    if colon is None or (start == case.sent.start and not case.view.opens_item(case.sent)):
        return []
    view, sent = case.view, case.sent
    roles = roles_of(view, sent, start, colon, None, view.programme_tokens, case.spender)
    found = [c for c in roles.pos + roles.neutral if c not in roles.neg and c != case.spender]
    # "(iv) Austria: its aid office agreed ...": a state the heading names bare, not cued as helped, gives to the author's.
    found = [c for c in found if c in roles.pos or not _foreign_to_receiver(case, c)]
    # As named_below_heading: where the item's text names places of its own ("Benin-Niger Compact and Malawi
    # Compact: ... with Benin and Niger contributing $15 million each"), the heading's other places are not the sum's.
    end = min([i for i in item_starts(view.doc, colon, sent.end) if i > case.span.start], default=sent.end)
    body = {c._.norm for c in view.spans_in("country", colon + 1, end)}
    return [c for c in found if c in body] if body else found


def bracketed_in_title(case: BeneficiaryCase) -> list[str]:
    """ "1.2 Offshore grid connection (Norway). The Board approved a loan of NOK 900 million to ...": a sum whose
    clause names no place, in a paragraph opened by a short title that ends on countries in brackets, is for
    them: the bracket says where the item's money goes."""
    view, span = case.view, case.span
    if span is None or case.roles.names_a_place():
        return []
    start, _end = view.paragraph_of(span.start_char)
    title = next((s for s in view.sents if s.end_char > start), None)
    if title is None or title.start >= case.sent.start:
        return []  # the title is a sentence of its own above the sum's
    words = [t for t in title if not t.is_space]
    if len(words) > HEADING_WORDS or len(words) < 4 or [t.text for t in words[-2:]] != [")", "."]:
        return []
    opening = next((t.i for t in reversed(words) if t.text == "("), None)
    if opening is None:
        return []
    return [c for c in heading_countries_alone(view, opening + 1, words[-2].i) if c != case.spender]


def part_of_sum_above(case: BeneficiaryCase) -> list[str]:
    """ "- Senegal: EUR 31 million, of which - EUR 12.5 million for fisheries in Casamance; - EUR 6 million for
    training": the items listed after "of which" are parts of the sum before it, for its countries, as long as
    they add up to no more than it (an item after them is the outer list's). A place cued in the item wins."""
    view, span = case.view, case.span
    if span is None or case.roles.pos or case.roles.regions:
        return []
    doc = view.doc
    # A blank line after "of which" or an item ends a sentence: the whole may stand before the items above.
    first = case.index
    while first > 0 and view.opens_item(view.sents[first]):
        first -= 1
    lo = view.sents[first].start
    sums = view.sums_in(lo, span.start)
    for n in range(len(sums) - 1, -1, -1):
        whole = sums[n]
        upto = sums[n + 1].start if n + 1 < len(sums) else span.start
        words = [t for t in doc[whole.end : upto] if not t.is_space]
        at = next((k for k in range(len(words) - 1) if [t.lower_ for t in words[k : k + 2]] == ["of", "which"]), None)
        if at is None or at > MAX_PART_HEAD_WORDS or any(t.text in (";", ".") for t in words[:at]):
            continue
        opener = words[at + 2] if at + 2 < len(words) else None
        if opener is None or not (opener.text == ":" or opens_list_item(doc, view.text, opener.i)):
            return []  # "EUR 31 million, of which EUR 12 million ...": a part in the sentence, not a list under it
        total, parts = amount_value(whole), [amount_value(a) for a in [*sums[n + 1 :], span]]
        if (
            any(p.currency != total.currency for p in parts)
            or sum(p.value for p in parts) > total.value * PART_TOLERANCE
        ):
            return []
        home = whole.sent
        roles = roles_of(view, home, item_start(doc, home, whole.start), whole.start, None, view.programme_tokens)
        roles_after = roles_of(view, home, whole.start, words[at].i, None, view.programme_tokens)
        found: list[str] = []
        for r in (roles, roles_after):
            for code in r.pos + r.neutral:
                if code not in r.neg and code != case.spender:
                    add_code(found, code)
        return found
    return []


def named_below_heading(case: BeneficiaryCase) -> list[str]:
    """A run-in heading titles a whole item ("Benin-Niger Compact and Malawi Compact: MCC signed
    Compacts totaling $504 million with Benin and Niger ..."): when the body after its colon names
    places of its own, the heading's other places are not the sum's."""
    view, sent = case.view, case.sent
    colon = heading_colon(view, sent, case.span) if case.span is not None else None
    if colon is None:
        return []
    body = roles_of(view, sent, colon + 1, case.hi, case.group, view.programme_tokens, case.spender)
    named = [c for c in body.pos + body.neutral if c not in body.neg and c != case.spender]
    clause = [c for c in case.roles.pos + case.roles.neutral if c not in case.roles.neg]
    if not named or set(clause) <= set(named):
        return []  # the body names no place, or the heading adds none: the other rules decide
    return [c for c in body.pos if c not in body.neg] or named


def heading_and_included(case: BeneficiaryCase) -> list[str]:
    """ "- Syria and the region: GBP 20 million, including support to refugees in Lebanon and Jordan": a sum after an
    item's heading of country names, whose clause goes on with the places it includes, is for the heading's countries
    and those its clause cues as helped."""
    view, span = case.view, case.span
    if span is None or not case.roles.pos or givers_listed(view, case.index):
        return []
    after = [t.lower_ for t in view.doc[span.end : min(case.sent.end, span.end + 2)] if not t.is_punct]
    if not after or after[0] not in WORDS.part_openers:
        return []
    found = [c for c in heading_countries(view, case.sent, span.start) if c != case.spender]
    if not found or _foreign_to_receiver(case, found[0]):
        return []
    for code in case.roles.pos:
        add_code(found, code)
    return found


def cued_in_clause(case: BeneficiaryCase) -> list[str]:
    """Countries the clause cues as helped ("for X", "to the Government of X")."""
    return list(case.roles.pos)


def _said_in_letter(view: LetterDoc, key: str, says) -> bool:
    """Whether ``says(sent)`` holds for a sentence of the letter, asked once per letter under ``key``."""
    if key not in view.memo:
        view.memo[key] = any(says(sent) for sent in view.sents)
    return view.memo[key]


def _receiving_letter(view: LetterDoc, author_country: str) -> bool:
    """Whether the letter's author speaks as one whose state receives money: "Greece has received", "we have
    obtained", "USD 812 million had been received" (a sum received, no one named), "we are grateful for it" (a
    host government's statement on what donors gave it, not a donor's on what it gave)."""
    return _said_in_letter(view, "receiving_letter", lambda sent: _says_received(view, sent, author_country))


def _thanks_in(view: LetterDoc, sent) -> bool:
    """Whether a sentence thanks in the first person ("we are grateful", "I thank"), not only asks politely ("I should
    be grateful for your confirmation", "we would be grateful if"): the courtesy of one who asks, not of one given."""
    lowers = view.lowers  # read once for the letter: no Token object a word
    if not set(lowers[sent.start : sent.end]) & WORDS.subject_pronouns:
        return False
    for i in range(sent.start, sent.end):
        if lowers[i] not in WORDS.thanks:
            continue
        lead = lowers[max(sent.start, i - 2) : i]
        if not (len(lead) == 2 and lead[0] in WORDS.conditional_aux and lead[1] in WORDS.be_forms):
            return True
    return False


def _says_received(view: LetterDoc, sent, author_country: str) -> bool:
    """Whether a sentence says the author's side received money, or thanks for it in the first person."""
    if _thanks_in(view, sent):
        return True  # "we are grateful for it", "I thank Germany for its grant"
    _, receiving = _receiving_groups(view, sent, author_country)
    # "Greece has received", "we obtained"; "only USD 812 million had been received"
    return any(
        by_author or (group.is_passive() and _received_sum_before(view, sent, group)) for group, by_author in receiving
    )


def _received_sum_before(view: LetterDoc, sent, group: VerbGroup) -> bool:
    """Whether a sum stands before a passive verb of receiving in its own clause ("USD 812 million had been
    received"), not before a condition's opener ("NZD 2 million goes out if the audit report is received":
    what is received there is the report), nor a share or count of something else ("so far only 30 per cent of it
    has been received": the appeal is the received sum's owner's, not the author's)."""
    amounts = view.spans_in("amount", sent.start, group.start)
    if not amounts or amount_value(amounts[-1]) is None:
        return False
    return not any(w in WORDS.condition_openers for w in view.lowers[amounts[-1].end : group.start])


def _money_receiving_letter(view: LetterDoc, author_country: str) -> bool:
    """Whether the letter says in so many words that the author's side received a sum ("we have received EUR
    40 million", "USD 155 million has been received"), not only that it thanks someone (for a meeting, an
    invitation) or received people or reports ("Poland has received about 1 million refugees")."""
    return (
        _said_in_letter(
            view,
            "money_receiving_letter",
            lambda sent: (
                _sum_received(view, sent, author_country)
                or _sum_thanked(view, sent, author_country)
                or _sum_borrowed(view, sent, author_country)
                or _aid_received_by_own_side(view, sent, author_country)
            ),
        )
        or _received_heading(view)
        or _received_in_subject(view, author_country)
    )


def _received_heading(view: LetterDoc) -> bool:
    """Whether a section heading of the letter names money received ("2. Disaster risk financing received", "Funds
    received to date"): a paragraph's first few words, a noun of money then a participle of receiving, closing the
    line or followed by the first item of a list ("... received (a) The Fund paid ..."). Read once per letter."""
    if RECEIVED_HEADING_MEMO not in view.memo:
        view.memo[RECEIVED_HEADING_MEMO] = any(
            1 < len(words) <= HEADING_WORDS
            and words[-2] in RECEIVED_MONEY_NOUNS
            and words[-1] in WORDS.received_participles
            for words in (re.findall(r"[a-z]+", m.group("head").lower()) for m in RECEIVED_HEADING.finditer(view.text))
        )
    return view.memo[RECEIVED_HEADING_MEMO]


def _letter_head(view: LetterDoc) -> str:
    """The letter's head: its letterhead, then its text up to the first prose. Read once per letter."""
    if LETTER_HEAD_MEMO not in view.memo:
        head = view.text[: first_prose_end(view.text)]
        view.memo[LETTER_HEAD_MEMO] = "\n".join(filter(None, [view.letter.parts.letterhead, head]))
    return view.memo[LETTER_HEAD_MEMO]


def _received_in_subject(view: LetterDoc, author_country: str) -> bool:
    """Whether the letter's subject line names money received from or by someone ("Subject: Audit of donor funds
    received by the Ministry of Education", "Re: Grants obtained from partners in 2019"): a noun of money, a participle
    of receiving and its "by" or "from", among the line's first words; the letter speaks of what its side received,
    not only reports on funds received ("Report on funds received and request for ..."). A name after "by" must be
    the author's side's and one after "from" a foreign giver ("Report on grants received by UNICEF" is not)."""
    letterhead = view.letter.parts.letterhead
    text_at = len(letterhead) + 1 if letterhead else 0  # where the letter's own text starts in the head
    head = _letter_head(view)
    for match in re.finditer(rf"(?im)(?:^|(?<=\s)){SUBJECT_LABEL}(.*)", head):
        words = list(re.finditer(r"[a-z]+", match.group(1).lower()))[:HEADING_WORDS]
        for a, b, c in zip(words, words[1:], words[2:]):
            if (
                a.group() in RECEIVED_MONEY_NOUNS
                and b.group() in WORDS.received_participles
                and c.group() in RECEIVED_FROM_OR_BY
            ):
                after = match.start(1) + c.end() - text_at
                if after < 0 or _subject_party_fits(view, c.group(), after, match.end(1) - text_at, author_country):
                    return True
    return False


def _aid_received_by_own_side(view: LetterDoc, sent, author_country: str) -> bool:
    """Whether a sentence names aid from abroad received by the author's own side ("the audit of the external
    financing received by the Ministry of Health", "the foreign grants received by our agency"):
    a word of abroad and a noun of money or aid, a participle of receiving right after them and its "by", the first
    name after which is not foreign."""
    doc, lowers = view.doc, view.lowers
    nouns = RECEIVED_MONEY_NOUNS | WORDS.aid_nouns
    for i in range(sent.start + 2, sent.end - 2):
        if lowers[i] not in WORDS.received_participles or lowers[i + 1] != "by":
            continue
        lead = lowers[max(sent.start, i - MAX_OBJECT_WORDS) : i]
        if not any(a in WORDS.external_words and b in nouns for a, b in zip(lead, lead[1:])):
            continue
        if _subject_party_fits(view, "by", doc[i + 1].idx + len(doc[i + 1]), sent.end_char, author_country):
            return True
    return False


def _subject_party_fits(view: LetterDoc, preposition: str, lo: int, hi: int, author_country: str) -> bool:
    """Whether the first country or body named between characters ``lo`` and ``hi`` of the letter's text, after
    a subject line's "received by" or "received from", is on the right side: the author's own after "by", a
    foreign giver after "from". True when none is named there ("received by the schools")."""
    names = [n for n in view.spans("country") + view.spans("organisation") if lo <= n.start_char < hi]
    if not names:
        return True
    foreign = _foreign(view, min(names, key=lambda n: n.start_char), author_country)
    return foreign if preposition == "from" else not foreign


def _sum_thanked(view: LetterDoc, sent, author_country: str) -> bool:
    """Whether the author thanks, in the first person, for a sum a foreign state or body gave ("We gratefully
    acknowledge the package of AUD 35 million announced by Australia"): what a recipient writes to its giver."""
    if not _thanks_in(view, sent):
        return False
    sums = view.sums_in(sent.start, sent.end)
    if not sums:
        return False
    doc = view.doc
    names = view.spans_in("country", sums[0].end, sent.end) + view.spans_in("organisation", sums[0].end, sent.end)
    for name in names:
        start = _name_start(view, sent, name)
        if doc[start - 1].lower_ not in WORDS.giver_prepositions:
            continue  # "the package of AUD 35 million announced by Australia", not "relief in Fiji"
        if _foreign(view, name, author_country):
            return True
    return False


def _foreign(view: LetterDoc, name, author_country: Optional[str]) -> bool:
    """Whether a country or a body named is not the author's state's: another country, an international body, or a
    body of another state."""
    from extractor.nlp.organisations import stateless_body_names  # spaCy only when extracting
    from extractor.relations.actors import institution_country

    if name.label_ == "country":
        return name._.norm != author_country
    return name._.norm in stateless_body_names() or institution_country(view, name._.norm) not in (None, author_country)


def _bracketed_gloss(view: LetterDoc, span, other) -> bool:
    """Rule ``bracketed_gloss``: whether the amount ``other`` stands alone in brackets right after the sum ``span``,
    glossing it ("USD 40 million (a third) has been received", "BDT 900 crore (about 60%)"): it is not another
    amount that was received instead."""
    doc = view.doc
    if span.end >= len(doc) or doc[span.end].text != "(" or other.end >= len(doc) or doc[other.end].text != ")":
        return False
    return all(not doc[k].like_num and not doc[k].is_punct for k in range(span.end + 1, other.start))


def _sum_received(view: LetterDoc, sent, author_country: str) -> bool:
    """Whether a sentence says the author's side received a sum: the receiving verb's subject is the author
    ("we", its state) and a sum follows it closely, or the sum itself, just before, is what was received."""
    sums = view.sums_in(sent.start, sent.end)
    groups, receiving = _receiving_groups(view, sent, author_country)
    for group, by_author in receiving:
        if by_author and any(0 <= a.start - group.head - 1 <= RECEIVED_SUM_REACH for a in sums):
            return True  # "Greece has received EUR 1.2 billion", "we have received contributions of EUR 40 million"
        if group.is_passive():
            # "USD 155 million has been received", not "EUR 525,000 will be transferred ... once the report is
            # received": no other verb between the sum and the receiving one, nor a share or count ("USD 200 million
            # ..., and so far only 30 per cent of it has been received": the share was received, not the sum).
            amounts = view.spans_in("amount", sent.start, sent.end)
            for a in sums:
                if a.end <= group.start and not any(a.end <= other.start < group.start for other in groups):
                    if not any(
                        a.end <= other.start < group.start and not _bracketed_gloss(view, a, other) for other in amounts
                    ):
                        return True  # rule received_sum_passive (a share in brackets glosses the sum itself)
    return False


def _asking_letter(view: LetterDoc, author_country: str, past_that: bool = True) -> bool:
    """Whether a letter's author asks in so many words for a sum for its side ("we have requested USD 2.5 million",
    "the Ministry respectfully requests FMF of USD 25 million"), as one whose state receives money; only a letter
    to someone (with a salutation) asks, not a fact sheet on what its state requests of its own parliament. Without
    ``past_that``, not by asking that another party give it ("requests that the Fund release a grant of ...")."""
    if view.letter.parts.salutation is None and not _addressee_line_in_head(view):
        return False
    if _addressed_to_own_state(view, author_country):
        return False  # a governor asking a federal agency: the state pays itself, no one abroad gives
    if _subject_asks(view):
        return True  # "Subject: Request for financing - Programme for the Reconstruction of ...": the letter asks
    key = "asking_letter" if past_that else "asking_letter_in_person"
    return _said_in_letter(view, key, lambda sent: _sum_asked(view, sent, author_country, past_that))


def _addressee_bodies(view: LetterDoc) -> list:
    """The bodies the letter's head names in its addressee's block: above its first prose, in no subject line and not
    in its letterhead."""
    parts = view.letter.parts
    head_end = first_prose_end(view.text)
    found = []
    for body in view.spans("organisation"):
        if body.start_char >= head_end:
            break
        start, end = view.paragraph_of(body.start_char)
        block = view.text[start:end].strip()
        first = re.match(r"\w+", block)
        if first is None or first.group(0).lower() in SUBJECT_LABELS or block[-1:] in (".", "!", "?"):
            continue
        if parts.letterhead and body.text.lower() in parts.letterhead.lower():
            continue  # the author's own body, named in its letterhead
        found.append(body)
    return found


def _addressed_to_own_state(view: LetterDoc, author_country: str) -> bool:
    """Whether every body the addressee's block names is of the author's own state ("the Federal Highway
    Administration / U.S. Department of Transportation" to a city mayor): a request within one state."""
    from extractor.relations.actors import institution_country

    # One body known to be the state's own ("U.S. Department of ..."), and none foreign or international; a body of no
    # known state beside it ("Federal Emergency Management Agency") is taken as the same state's.
    bodies = _addressee_bodies(view)
    own = any(institution_country(view, body._.norm) == author_country for body in bodies)
    return own and not any(_foreign(view, body, author_country) for body in bodies)


def _addressee_line_in_head(view: LetterDoc) -> bool:
    """Whether the letter's head, before its first prose, opens a line with an addressee's mark ("To: The Country
    Director", "H.E. Mr ..."): a letter to someone, though it has no salutation."""
    head = _letter_head(view)
    return bool(ADDRESSEE_LINE.search(head.lower()))


def _subject_asks(view: LetterDoc) -> bool:
    """Whether the letter's subject line, in its head or over its text, opens with a word of asking ("Subject: Request
    for financing", "Re: Appeal for assistance"): the author's side asks for the money the letter speaks of."""
    head = _letter_head(view)
    # A subject line may run on after the addressee's block when the text joins its lines ("... Geneva Subject: ...").
    for match in re.finditer(rf"(?im)(?:^|(?<=\s)){SUBJECT_LABEL}\s*(\w+)(.*)", head):
        if match.group(1).lower() in WORDS.request_lemmas:
            return True
        # "Subject: Submission of Madagascar's funding request": the request the letter submits is its author's,
        # not the addressee's it answers ("Re: Your request for information").
        words = re.findall(r"[\w']+", (match.group(1) + match.group(2)).lower())[:HEADING_WORDS]
        if any(_money_request(words, k) for k in range(len(words))):
            return True
    # "REQUEST FOR SUSPENSION OF DEBT SERVICE PAYMENTS": a title in capitals over the text, with no label, says so too.
    for line in head.splitlines():
        words = re.findall(r"[A-Za-z]+", line)
        if len(words) > 1 and line.isupper() and words[0].lower() in WORDS.request_lemmas:
            return True
    return False


def _money_request(words: list[str], k: int) -> bool:
    """Whether the ``k``-th of a subject line's words is a request for money, the writer's own: "funding request",
    "request for additional financing", "request for support", not "Your request", nor a "request for a no-cost
    extension"."""
    money = WORDS.funds | WORDS.money_nouns | WORDS.support_nouns
    if words[k] in WORDS.funding_request_nouns and k and words[k - 1] in WORDS.funding_request_modifiers:
        # "No-objection letter for the funding proposal", not "your grant proposal"
        return k < 2 or words[k - 2] != "your"
    if words[k] not in WORDS.request_lemmas or (k and words[k - 1] == "your"):
        return False
    # "request for support", as "request for assistance": what a letter to a giver asks for is money
    if k and words[k - 1] in money:
        return True  # "Madagascar's funding request"
    after = words[k + 1 : k + 1 + MAX_PART_QUALIFIERS + 2]
    # "request for a second capitalisation": a fund's new money, asked for by name
    return after[:1] == [PURPOSE_FOR] and any(w in money or w in WORDS.fund_raising_nouns for w in after[1:])


def _sum_asked(view: LetterDoc, sent, author_country: str, past_that: bool = True) -> bool:
    """Whether a sentence's author ("we", its state, its office) asks for a sum that follows its verb closely; with
    ``past_that``, also by asking that another party give it, unless the author's state is a donor ("Norway requests
    that the Bank approve a further grant of ...": a donor asks for money for others)."""
    past_that = past_that and author_country not in DONOR_STATES
    sums = view.sums_in(sent.start, sent.end)
    if _release_asked(view, sent, author_country):
        return True  # "has the honour to request the disbursement of the final instalment of the credit"
    if not sums and ":" not in view.text[sent.start_char : sent.end_char]:
        return False
    if any(_own_request_for(view, sent, a) for a in sums):
        return True  # "to consider our application for US$ 3.2 million": the writer asks
    if any(_own_gap(view, sent, a) for a in sums):
        return True  # "we estimate a gap of USD 80 million, which we ask ... to help close": the writer lacks it
    for group in verb_groups(view, sent, load_cues()):
        if group.lemma not in WORDS.request_lemmas:
            continue
        if _asked_sum_named(view, sent, group, sums):
            return True  # "The amount sought is ECU 3 million": in a letter, the one who asks is its writer
        if group.purpose and not _courteous_author(view, sent, group):
            continue
        if not (group.purpose or _author_subject(view, sent, group.start, author_country, bodies=True)):
            continue
        if any(
            0 <= a.start - group.head - 1 <= RECEIVED_SUM_REACH or _money_object(view, group.head, a, past_that)
            for a in sums
        ) or _listed_after(view, sent, group.head):
            return True  # "we request USD 2.5 million", "I request that: (i) ... USD 250 million"
        if group.purpose and any(a.start > group.head for a in sums):
            return True  # "I am now formally to request ... an agreement for 2 million tons ..., valued at US$ 150 million"
        if _relative_to_sum_before(view, sent, group, sums):
            return True  # "a shortfall of EUR 6 million remains, which we kindly ask you to cover"
    return False


def _relative_to_sum_before(view: LetterDoc, sent, group: VerbGroup, sums) -> bool:
    """Whether a verb's object is the sum just before it, taken up by a relative pronoun ("USD 4 million, which I
    have the honour to request", "EUR 2 million, which we ask you to"): no other sum between."""
    doc = view.doc
    before = [a for a in sums if a.end <= group.start]
    if not before:
        return False
    k = _past_bracket(view, sent, before[-1])
    if k < group.start and doc[k].text == ",":
        k += 1
    return k < group.start and doc[k].lower_ in WORDS.relative_subjects | {"that"}


def _release_asked(view: LetterDoc, sent, author_country: str) -> bool:
    """Whether the author asks, in the first person or by its formula of courtesy, that money be released to it ("has
    the honour to ask for the disbursement of the final instalment of the credit", "we request the Fund to disburse
    the grant"): a word of release and a noun of that money within a few words after the verb of asking."""
    doc = view.doc
    for group in verb_groups(view, sent, load_cues()):
        release = release_asked_at(view, group, sent.end)
        if release is None:
            continue
        if not (
            _courteous_author(view, sent, group)
            or _author_subject(view, sent, group.start, author_country, bodies=True)
        ):
            continue
        # The noun of the money released stands in the same reach after the verb of asking.
        words = {t.lower_ for t in doc[release + 1 : min(sent.end, group.head + 1 + RELEASE_REACH)]}
        if words & WORDS.asked_release_money_nouns:
            return True
    return False


def _own_gap(view: LetterDoc, sent, span) -> bool:
    """Whether a sum is a gap the writer names in the first person ("we estimate a gap of USD 80 million", "we face a
    shortfall of about EUR 4 million"): money its side lacks, which a letter names to ask for it."""
    doc = view.doc
    i = span.start - 1
    while i > sent.start and doc[i].lower_ in WORDS.amount_qualifiers:
        i -= 1
    if i - 1 < sent.start or doc[i].lower_ != "of" or doc[i - 1].lower_ not in WORDS.funding_gap_nouns:
        return False
    return any(t.lower_ in WORDS.subject_pronouns for t in doc[sent.start : i - 1])


def _own_request_for(view: LetterDoc, sent, span) -> bool:
    """Whether a sum is what the writer's own request names ("our application for US$ 3.2 million", "my request for
    EUR 2 million"): the side that asks is the writer's."""
    doc = view.doc
    i = span.start - 1
    while i > sent.start and doc[i].lower_ in WORDS.amount_qualifiers:
        i -= 1
    return (
        i - 2 >= sent.start
        and doc[i].lower_ == PURPOSE_FOR
        and doc[i - 1].lower_ in WORDS.asking_nouns
        and doc[i - 2].lower_ in WORDS.first_person_possessives
    )


def _asked_sum_named(view: LetterDoc, sent, group: VerbGroup, sums) -> bool:
    """Whether a bare participle of asking after a noun of money opens a sentence that gives its sum ("The amount
    sought is ECU 3 million", "the funding requested amounts to ..."): the sum asked for, no asker but the writer."""
    doc = view.doc
    if group.aux or group.tense != "past" or group.head - 1 < sent.start:
        return False
    if doc[group.head - 1].lower_ not in WORDS.money_nouns:
        return False
    return any(0 < a.start - group.head - 1 <= RECEIVED_SUM_REACH for a in sums)


def _money_object(view: LetterDoc, head: int, span, past_that: bool = True) -> bool:
    """Whether a sum completes the noun of money a verb takes as its object ("requests another loan of JPY 300
    million", "requests an initial credit of SEK 8 million"): the sum is what the verb asks for; with ``past_that``,
    also past "that", the party asked and its verb."""
    words = view.lowers[head + 1 : span.start]
    if "to" in words[1 : ASKED_PARTY_WORDS + 1]:
        # "urges the Dutch partners to weigh a loan of CHF 7 million": past the party asked and its verb.
        at = words.index("to", 1)
        words = words[at + 2 :] if at + 2 < len(words) and words[at + 1] not in WORDS.determiners else words
    elif words[:1] == ["that"]:
        if not past_that:
            return False
        # "requests that the Fund's board release an additional grant of USD 4 million": past the party asked and
        # its verb, to the object's first word (a party and a verb at least, no longer than a party asked "to").
        opening = WORDS.determiners | WORDS.further_words  # not a noun of money: "that the trustees free an"
        at = next((k for k in range(3, min(len(words), ASKED_PARTY_WORDS + 3)) if words[k] in opening), None)
        words = words[at:] if at is not None else words
    if not 2 <= len(words) <= MAX_OBJECT_WORDS or words[-1] != "of":
        return False
    allowed = WORDS.determiners | WORDS.further_words | WORDS.money_nouns | WORDS.borrowed_nouns
    return any(w in WORDS.money_nouns | WORDS.borrowed_nouns for w in words) and all(w in allowed for w in words[:-1])


def _courteous_author(view: LetterDoc, sent, group: VerbGroup) -> bool:
    """Whether a verb's "to" follows the author's formula of courtesy ("I have the honour to request"), or the
    official's "I am to" ("I am now formally to request", "we are directed to request")."""
    doc = view.doc
    k = group.head - 1 if group.head > sent.start and doc[group.head - 1].lower_ == "to" else group.start
    if doc[k].lower_ != "to":
        return False
    if k - 1 > sent.start and doc[k - 1].lower_ == "and":
        # "We have the honour to acknowledge the note of ..., and to seek ...": the second verb
        # of the formula's coordinated infinitives.
        if any(doc[j].lower_ == "to" and _courtesy_before(doc, sent, j) for j in range(sent.start, k - 1)):
            return True
    return _courtesy_before(doc, sent, k)


def _courtesy_before(doc, sent, k: int) -> bool:
    """Whether the "to" at token ``k`` follows the author's formula of courtesy or the official's "I am to"."""
    lead = doc[max(sent.start, k - 4) : k]
    if (
        len(lead) == 4
        and lead[0].lower_ in WORDS.subject_pronouns
        and lead[1].lower_ in WORDS.be_have
        and lead[2].lower_ in WORDS.determiners
        and lead[3].lower_ in WORDS.courtesy_nouns
    ):
        return True
    i = k - 1
    while i > sent.start and (
        doc[i].lower_ in WORDS.call_fillers
        or doc[i].lower_ in WORDS.instructed_words
        or (doc[i].is_lower and doc[i].lower_.endswith("ly"))
    ):
        i -= 1  # "now formally", "directed"
    return i > sent.start and doc[i].lower_ in ("am", "are") and doc[i - 1].lower_ in WORDS.subject_pronouns


def _listed_after(view: LetterDoc, sent, head: int) -> bool:
    """Whether a colon after a verb opens a list that holds a sum, in the sentence or the list item after it ("...
    the financing of the following two operations: / 1. USD 85 million for ...", "I request that: (i) ... USD 250
    million"): what the verb asks is listed."""
    doc = view.doc
    colon = next((t.i for t in doc[head : sent.end] if t.text == ":"), None)
    if colon is None:
        return False
    if view.sums_in(colon, sent.end):
        return True
    # Only an item's mark after the colon ("1.", "(i)", "a)"): the item is the next sentence.
    if any(not t.is_space and t.lower_.strip(".()ivxab0123456789") for t in doc[colon + 1 : sent.end]):
        return False
    following = next((s for s in view.sents if s.start >= sent.end), None)
    return following is not None and bool(view.sums_in(following.start, following.end))


def _receiving_groups(
    view: LetterDoc, sent, author_country: str
) -> tuple[list[VerbGroup], list[tuple[VerbGroup, bool]]]:
    """A sentence's verb groups, and those of receiving (not a purpose's, "to receive") each with whether the
    author ("we", its state; in the letter of a state that gives no aid, its office named bare, "the Ministry
    received") is their subject."""
    groups = verb_groups(view, sent, load_cues())
    bodies = author_country not in DONOR_STATES
    receiving = [
        (group, _author_subject(view, sent, group.start, author_country, bodies=bodies))
        for group in groups
        if group.cls == "receive" and not group.purpose
    ]
    return groups, receiving


def _author_self_names(view: LetterDoc) -> frozenset[str]:
    """The short names the text gives in brackets to a body whose name's every word the letter's head holds ("the
    Office of Coastal Fisheries (OCF)" below a head naming that office): the author's own, which a letter written
    in the third person ("OCF asks ...", "OCF welcomes ...") speaks as. Read once per letter."""
    if SELF_NAMES_MEMO not in view.memo:
        # The letterhead where one was set apart: the head below it holds the addressee's name as well.
        head = set(re.findall(r"\w+", (view.letter.parts.letterhead or _letter_head(view)).lower()))
        names = set()
        for match in DEFINED_SHORT_NAME.finditer(view.text):
            # The name from its last "the" ("... of Korea. The Ministry of X (MX)" run together): the body's own.
            name = re.split(r"\b[Tt]he\s+", match.group("name"))[-1]
            words = [w for w in re.findall(r"\w+", name.lower()) if w not in WORDS.determiners]
            content = [w for w in words if w not in NAME_JOINERS]
            if len(content) >= MIN_SELF_NAME_WORDS and set(words) <= head:
                names.add(match.group("short"))
        view.memo[SELF_NAMES_MEMO] = frozenset(names)
    return view.memo[SELF_NAMES_MEMO]


def _author_subject(view: LetterDoc, sent, start: int, author_country: str, bodies: bool = False) -> bool:
    """Whether the author ("we", its state) stands just before a verb group beginning at ``start``, as its subject;
    with ``bodies`` its own office named bare as well ("the Ministry respectfully requests")."""
    i = start - 1
    while i > sent.start and view.doc[i].pos_ == "ADV":
        i -= 1  # "we therefore respectfully request"
    if i < sent.start:
        return False
    before = view.doc[i]
    if before.lower_ in WORDS.subject_pronouns:
        return True
    if bodies and before.lower_ in WORDS.state_body_nouns and i > sent.start and view.doc[i - 1].lower_ == "the":
        return True
    if bodies and before.text in _author_self_names(view):
        return True  # "OCF asks ...": the author's own body by the short name the letter gives it
    return any(c.end == i + 1 and c._.norm == author_country for c in view.spans_in("country", sent.start, start))


def _foreign_givers(case: BeneficiaryCase) -> tuple[set[str], bool]:
    """The countries of a sum's sentence that give it to the author's state ("signed with Germany a grant
    agreement", "EUR 40 million from Japan", "the United Kingdom has committed"), and whether a giver (such a
    country, or a foreign or international body) is named at all."""
    view, sent, doc, span = case.view, case.sent, case.view.doc, case.span
    givers = set(agreement_partners(view, sent))
    signing = _parties_sign(view, case.group)
    if not signing:
        givers |= set(case.roles.subjects)  # "JICA and the Government of Bangladesh signed": parties, no givers
    if case.group is not None and not signing:
        # "the European Union and Canada pledged EUR 200 million and CAD 60 million": the verb's subjects give
        # each sum, the later ones too.
        for country in view.spans_in("country", sent.start, case.group.start):
            start = view.phrase_start(sent, country)
            if start == sent.start or doc[start - 1].lower_ not in PREPOSITIONS:
                givers.add(country._.norm)
    signed = {t.i for t in sent if t.lower_ in WORDS.agreement_verbs}
    asking = case.group is not None and case.group.lemma in WORDS.request_lemmas

    def giving_before(start: int) -> str:
        """The word that sets the name at ``start`` apart as a giver: "from"/"by" just after the sum, "with"
        after a signing word; "" for none."""
        before = doc[start - 1].lower_ if start > sent.start else ""
        if before in WORDS.giver_prepositions and 0 <= start - _past_bracket(view, sent, span) <= GIVER_REACH:
            return before  # "a grant of EUR 12 million from Japan", not "students from Rwanda"
        if before == "with" and any(
            i < start and not any(t.lower_ in WORDS.relative_subjects for t in doc[i:start]) for i in signed
        ):
            # "signed on 9 September with the Federal Republic of Germany"; not "agreed ..., which we will design
            # jointly with the World Bank": a relative clause's partner, not the one the agreement is signed with.
            return before
        return ""

    for country in view.spans_in("country", sent.start, case.hi):
        if (
            giving_before(_name_start(view, sent, country))
            or _asked_to_give(view, sent, country, country)
            or _givers_adjective(view, country, giving_only=True)
        ):
            givers.add(country._.norm)  # "EUR 40 million from Japan"; "asks Portugal to fund"; "Austrian aid"
    named = bool(givers - {case.author_country})
    for org in view.spans_in("organisation", sent.start, case.hi):
        start = _name_start(view, sent, org)
        subject = _subject_before(view, sent, org, case.group)
        if _foreign(view, org, case.author_country) and (subject or giving_before(start)):
            named = True  # "the European Union committed", "with the European Union"
    for programme in view.spans_in("programme", sent.start, case.hi):
        start = _name_start(view, sent, programme)
        subject = _subject_before(view, sent, programme, case.group)
        if asking and (subject or giving_before(start)):
            named = True  # "I request EUR 150 million from the Thematic Facility", "The Plan requests USD 7 billion"
    return givers - {case.author_country}, named


def _parties_sign(view: LetterDoc, group: Optional[VerbGroup]) -> bool:
    """Whether a sum's verb is the parties' signing ("JICA and the Government of Bangladesh signed"), not a signing
    participle that only describes a noun ("Japan, through an exchange of notes signed on 22 April, agreed to a
    grant"): no auxiliary and a common noun just before it."""
    if group is None or group.lemma not in SIGNING_LEMMAS:
        return False
    before = view.doc[group.start - 1] if group.start > 0 else None
    return bool(group.aux) or before is None or not (before.is_alpha and before.is_lower)


def _subject_before(view: LetterDoc, sent, span, group: Optional[VerbGroup]) -> bool:
    """Whether a name stands as the subject of the verb after it: opening its clause ("The European Union
    committed", "..., and the European Union pledged"), not inside another noun phrase ("the replenishment of
    the International Development Association ... will be honoured")."""
    if group is None or span.end > group.start:
        return False
    doc, start = view.doc, view.phrase_start(sent, span)
    if start > sent.start and doc[start - 1].lower_ in ("the", "a", "an"):
        start -= 1
    before = doc[start - 1] if start > sent.start else None
    # "The EUR 30 million that the European Union committed": a relative clause's subject.
    return before is None or before.text in WORDS.subject_openers or before.lower_ in WORDS.object_relatives


def _name_start(view: LetterDoc, sent, span) -> int:
    """Where a name's phrase starts, its article and a state's formal title included ("the Federal Republic of
    Germany", "the Thematic Facility")."""
    doc = view.doc
    start = view.phrase_start(sent, span)
    while start > sent.start and span.start - start < MAX_NAME_LEAD and _leads_name(doc[start - 1]):
        start -= 1
    return start


def _leads_name(token) -> bool:
    """A word that may open a name before it ("the Federal Republic of")."""
    return token.lower_ in WORDS.determiners or token.lower_ == "of" or token.is_title


def author_spends(case: BeneficiaryCase) -> bool:
    """Whether the author's state gives or spends a sum, the one case its beneficiaries leave that state out:
    not when the sum is received ("Greece has received EUR 1.2 billion"), when the clause names a foreign state
    giving it ("EUR 40 million from Japan", "the United Kingdom has committed"), or in a letter whose author's state says it
    received sums (a recipient's own budget stays at home); always when the author ("we", its state) is the verb's
    subject."""
    author = case.author_country
    if not author or case.span is None:
        return bool(author)
    if case.group is not None and case.group.cls == "receive" and not case.group.purpose:
        return False
    if given_to_subject(case.view, case.sent, case.group, case.span):
        return False  # "the three countries have been granted EUR 764 million": the subject receives it
    asks = case.group is not None and case.group.lemma in WORDS.request_lemmas and _asking_letter(case.view, author)
    if case.group is not None and not asks and _author_subject(case.view, case.sent, case.group.start, author):
        return True  # "Malaysia has allocated MYR 10 million for ... Myanmar"; not "Malawi requests a grant of ..."
    if _money_receiving_letter(case.view, author) or _asking_letter(case.view, author):
        return False
    # A foreign state, not a company or a bank, gives it, in a letter whose author's state receives money or to the
    # author's state the clause names ("China grants Ecuador CNY 50 million").
    receiving = _receiving_letter(case.view, author) or _named_as_receiver(case, author)
    return not (receiving and _foreign_givers(case)[0])


def given_to_subject(view: LetterDoc, sent, group: Optional[VerbGroup], span) -> bool:
    """Whether a passive verb of giving takes the sum as its second object ("the three countries have been granted
    EUR 764 million", "Kenya was awarded USD 5 million"): its subject is the one given to, not the sum ("EUR 540
    million was awarded")."""
    if group is None or group.purpose or not group.aux or not group.is_passive() or span.start <= group.head:
        return False
    doc = view.doc
    between = [t.lower_ for t in doc[group.head + 1 : span.start]]
    if not all(w in WORDS.amount_qualifiers for w in between):
        return False  # "was awarded in the 2016 call and EUR 224 million": another clause's sum
    return not view.sums_in(sent.start, group.start)


def _named_as_receiver(case: BeneficiaryCase, author: str) -> bool:
    """Whether a sum's clause names the author's state as the one given to: the verb's object ("grants Ecuador
    CNY 50 million") or cued as helped ("to Ecuador"), a noun of its own, not a noun's modifier ("U.S. export
    financing") nor a body's name ("with the U.S. Agency for ...")."""
    if author not in case.roles.pos + case.roles.neutral:
        return False
    view, doc, sent = case.view, case.view.doc, case.sent
    bodies = view.spans_in("organisation", sent.start, sent.end)
    for span in view.spans_in("country", sent.start, case.hi):
        if span._.norm != author or (span.end < sent.end and doc[span.end].is_alpha and doc[span.end].is_lower):
            continue  # "U.S. export financing": the giver's own word
        cue = view.cue_before(sent.start, span.start)
        if any(o.start <= span.start < o.end for o in bodies) or (span.end < sent.end and doc[span.end].is_title):
            # "the U.S. Agency for ...", "U.S. Agency" read as no body: a body's name; but the state's own body cued
            # as the one given to, by its adjective ("patrol boats for the Philippine Navy"), is the state's.
            if not (cue == "pos" and span._.rule == DEMONYM_RULE):
                continue
        if (case.group is not None and span.start == case.group.head + 1) or cue == "pos":
            return True
    return False


def given_to_author(case: BeneficiaryCase) -> list[str]:
    """ "The Minister welcomed the grant agreement of EUR 150 million signed with Germany", "the United Kingdom has
    committed GBP 30 million": in a letter whose author's state receives money, a sum the clause shows a foreign
    giver giving, and naming no other place, is for the author's own state."""
    view, author = case.view, case.author_country
    if not author or case.span is None or case.roles.pos or (case.group is not None and case.group.cls == "receive"):
        return []
    if country_office_state(view) not in (None, author):
        return []  # "Norwegian Refugee Council / Chad Country Office": the office's country receives, not the body's home
    # A letter that asks for money for its state ("we have requested USD 2.5 million from ...") or says it needs
    # support from abroad receives as well.
    if not (_receiving_letter(view, author) or _receiving_state(view, author) or _lent_from_abroad(case)):
        return []
    givers, named = _foreign_givers(case)
    if not named:
        return []
    others = [c for c in case.roles.neutral + case.roles.subjects if c != author and c not in givers]
    return [] if others or case.roles.regions else [author]


def _lent_from_abroad(case: BeneficiaryCase) -> bool:
    """Whether the sum is a loan or grant "from" a foreign state or an international body, named as the sum's own
    noun ("a USD 500 million loan from the IBRD", "a loan of KWD 15 million from the Kuwait Fund") or borrowed ("to
    borrow up to SDR 88.2 million from IDA"): what a government writes of money its state receives, even where it
    never says "received"."""
    return _borrowed(case.view, case.sent, case.span) and _lender_after(
        case.view, case.sent, case.span, case.author_country
    )


def _borrowed(view: LetterDoc, sent, span) -> bool:
    """Whether a sum is named as a loan or grant ("a USD 500 million loan", "a loan of KWD 15 million") or a word of
    borrowing stands just before it ("to borrow up to SDR 88.2 million")."""
    doc = view.doc
    if _own_nouns(view, sent, span) & WORDS.borrowed_nouns:
        return True
    words = WORDS.borrowing_words | WORDS.financed_from_words
    return any(t.lower_ in words for t in doc[max(sent.start, span.start - RECEIVED_SUM_REACH) : span.start])


def _own_nouns(view: LetterDoc, sent, span) -> set[str]:
    """The words that may be a sum's own noun, in lower case: the one right after it ("a USD 500 million loan") and
    the one before its "of" ("a loan of KWD 15 million"); "" where there is none."""
    doc = view.doc
    after = doc[span.end].lower_ if span.end < sent.end else ""
    before = doc[span.start - 2].lower_ if span.start - 2 >= sent.start and doc[span.start - 1].lower_ == "of" else ""
    return {after, before}


def _past_bracket(view: LetterDoc, sent, span) -> int:
    """Where a sum's phrase ends, a bracket right after it ("KWD 15 million (about USD 49 million)") included."""
    doc, end = view.doc, span.end
    if end < sent.end and doc[end].text == "(":
        end = next((t.i + 1 for t in doc[end : sent.end] if t.text == ")"), end)
    return end


def _lender_after(view: LetterDoc, sent, span, author: Optional[str]) -> bool:
    """Whether a foreign state or an international body stands just after "from", or, for a loan, a credit line or a
    facility, after a verb of agreeing and "with" ("the credit line of EUR 500 million agreed with a development bank";
    not a grant agreed with a UN agency, which may be the author's own), within GIVER_REACH words of the sum (the noun
    "loan" in between; a bracket after the sum, "(equivalent to USD 135 million)", aside)."""
    doc, end = view.doc, _past_bracket(view, sent, span)
    lent = bool(_own_nouns(view, sent, span) & (WORDS.lent_sum_nouns | WORDS.facility_nouns))
    for name in view.spans_in("country", sent.start, sent.end) + view.spans_in("organisation", sent.start, sent.end):
        start = _name_start(view, sent, name)
        if start <= end or start - end > GIVER_REACH + 1:
            continue
        agreed = lent and doc[start - 1].lower_ == "with" and doc[start - 2].lower_ in WORDS.agreement_verbs
        if doc[start - 1].lower_ != "from" and not agreed:
            continue
        if _foreign(view, name, author):
            return True
    return False


def _sum_borrowed(view: LetterDoc, sent, author_country: str) -> bool:
    """Whether a sentence says the author's state borrows a sum from a foreign lender, naming no other state ("a
    request by Government to borrow up to SDR 88.2 million from the International Development Association", "a USD
    450 million loan from the African Development Bank")."""
    bodies = view.spans_in("organisation", sent.start, sent.end)
    doc = view.doc
    for country in view.spans_in("country", sent.start, sent.end):
        start = _name_start(view, sent, country)
        if any(o.start <= country.start < o.end for o in bodies) or doc[start - 1].lower_ == "from":
            continue  # the lender, or a lender's name ("the Kuwait Fund"): no place the money goes to
        if country._.norm != author_country:
            return False
    return any(
        (_borrowed(view, sent, a) and _lender_after(view, sent, a, author_country))
        or _loan_signed_with_lender(view, sent, a, author_country)
        for a in view.sums_in(sent.start, sent.end)
    )


def _loan_signed_with_lender(view: LetterDoc, sent, span, author: str) -> bool:
    """Whether a sum is a loan (its noun just before it, "the Loan Agreement for USD 40 million") that the sentence
    has signed "between" the author's state and a foreign body ("between the Government of X and the Y Development
    Agency"): a lender that is no state, so the author's state is the borrower."""
    doc = view.doc
    lo = max(sent.start, span.start - RECEIVED_SUM_REACH)
    if not any(t.lower_ in WORDS.lent_sum_nouns for t in doc[lo : span.start]) and not (
        _own_nouns(view, sent, span) & WORDS.lent_sum_nouns
    ):
        return False
    bodies = view.spans_in("organisation", sent.start, sent.end)
    # A country in a body's own name ("the Korea Rural Roads Trust") belongs to that body: no party.
    countries = [
        c for c in view.spans_in("country", sent.start, sent.end) if not any(o.start <= c.start < o.end for o in bodies)
    ]
    names = sorted(countries + bodies, key=lambda name: name.start)
    for first, second in zip(names, names[1:]):
        opened = doc[_name_start(view, sent, first) - 1].lower_ == "between"
        joined = doc[_name_start(view, sent, second) - 1].lower_ == "and" and second.start > first.end
        if opened and joined and first.label_ == "country" and first._.norm == author:
            return second.label_ == "organisation" and _foreign(view, second, author)
    return False


def named_in_clause(case: BeneficiaryCase) -> list[str]:
    """Countries the clause names with no cue, never an origin, a donor or the spender's own state."""
    roles = case.roles
    found = [c for c in roles.neutral if c not in roles.neg and c != case.spender]
    if found and case.span is not None:
        # "Norway pledged NOK 9m, including NOK 4m through Norwegian NGOs": the giver, not a place helped.
        givers = _giving_subjects(case.view, case.sent, case.span.start)
        found = [c for c in found if c not in givers]
    if found and case.span is not None and givers_listed(case.view, case.index):
        givers = heading_countries(case.view, case.sent, case.span.start)
        found = [c for c in found if c not in givers]
    # "the enrolment of 126,127 Syrian children ... amounted to JOD 38.6 million" in a receiving state's letter: the
    # people the clause names only by their nation are hosted by the author's state, which takes the money as well.
    author = case.author_country
    if found and author and author not in found and case.spender is None and _hosted_people_only(case, found):
        return [author, *found] if _receiving_state(case.view, author) else found
    return found


def _hosted_people_only(case: BeneficiaryCase, found: list[str]) -> bool:
    """Whether the sentence names each of ``found`` only as a demonym before a noun of people served ("Syrian
    children")."""
    doc, sent = case.view.doc, case.sent
    spans = [c for c in case.view.spans_in("country", sent.start, sent.end) if c._.norm in found]
    return bool(spans) and all(
        c._.rule == DEMONYM_RULE and c.end < sent.end and doc[c.end].lower_ in WORDS.hosted_people_nouns for c in spans
    )


def _giving_subjects(view: LetterDoc, sent, upto: int) -> set[str]:
    """The countries that stand as the subject of a verb of the sentence before token ``upto`` that is not one of
    receiving ("Norway pledged ..."): givers of the sentence's sums, never the place those sums help."""
    subjects: set[str] = set()
    for group in verb_groups(view, sent, load_cues()):
        if group.purpose or group.cls == "receive" or group.lemma in SIGNING_LEMMAS or group.start >= upto:
            continue
        for country in view.spans_in("country", sent.start, group.start):
            start = view.phrase_start(sent, country)
            before = view.doc[start - 1].lower_ if start > sent.start else ""
            # A lone subject opening its clause: not one of two parties ("the United States and X launch ..."),
            # nor the last of a list after a preposition ("signed with the governments of X and Y provide").
            if before in PREPOSITIONS or before in WORDS.list_glue:
                continue
            if country._.norm and _author_subject(view, sent, group.start, country._.norm):
                subjects.add(country._.norm)
    return subjects


def country_share(case: BeneficiaryCase) -> list[str]:
    """ "Uganda's share of the USD 40 million allocation amounts to USD 12 million": a sum a country's share
    amounts to is that country's; not the whole the share is of ("share of the USD 40 million")."""
    view, span = case.view, case.span
    if span is None or case.roles.pos or case.roles.neutral:
        return []
    doc, sent = view.doc, case.sent
    for country in reversed(view.spans_in("country", sent.start, span.start)):
        k = country.end
        if k + 1 >= span.start or doc[k].lower_ != "'s" or doc[k + 1].lower_ not in WORDS.share_nouns:
            continue
        whole = [t.lower_ for t in doc[k + 2 : span.start]]
        if whole[:1] == ["of"] and len(whole) <= 2:
            return []  # "Uganda's share of the USD 40 million": the whole, not the share
        code = country._.norm
        return [code] if code and code != case.spender else []
    return []


def recipient_before_sums(case: BeneficiaryCase) -> list[str]:
    """ "IFAD would extend to the Republic of Kenya a loan of SDR 36.2 million ..., together with a grant of
    USD 3 million": a recipient cued between the verb and its first sum receives every later sum that
    verb governs, when the later sum's own clause names no place."""
    view, sent, group = case.view, case.sent, case.group
    if not case.k or group is None or group.purpose or case.roles.names_a_place():
        return []
    first = next(iter(view.sums_in(sent.start, sent.end)), None)
    if first is None or not group.head < first.start < case.span.start:
        return []
    roles = roles_of(view, sent, group.head + 1, first.start, group, view.programme_tokens, case.spender)
    return [c for c in roles.pos if c not in roles.neg]


def rest_opens(view: LetterDoc, i: int) -> bool:
    """Whether the clause after the break at token ``i`` opens on the rest of the money, with or without a verb
    ("..., to be lent back for development, and the remainder for the lender's uses"): another part, its own place."""
    words = [t.lower_ for t in view.doc[i : i + 5] if not t.is_punct]
    if words[:1] == ["and"]:
        words = words[1:]
    # "and the balance of the allocation to X": the rest of a whole the clause names, whose place the part shares.
    return len(words) >= 2 and words[0] == "the" and words[1] in WORDS.remainder_words and words[2:3] != ["of"]


def cued_in_sentence(case: BeneficiaryCase) -> list[str]:
    """The one sum of a sentence takes the countries the whole sentence cues as helped, up to a clause on the rest
    of the money ("..., and the remainder for U.S. uses"): what that clause names is the rest's."""
    if case.sums != 1:
        return []
    view, sent = case.view, case.sent
    start = case.span.end if case.span is not None else sent.start
    end = next((i for i in range(start, sent.end) if view.clause_break(i) and rest_opens(view, i)), sent.end)
    # In a list run into one sentence ("ii) ... spent XOF 40 million ...; iii) the leases in X end"), the next item
    # is not the sum's.
    items = [i for i in item_starts(view.doc, start, end) if i > start]
    if items and not _leads_in_parts(view, start, items[0], end):
        end = items[0]
    roles = roles_of(view, sent, sent.start, end, case.group, view.programme_tokens, case.spender, own_clause=True)
    return [c for c in roles.pos if c not in roles.neg]


def _leads_in_parts(view: LetterDoc, start: int, first_item: int, end: int) -> bool:
    """Whether the words from a sum to the list below it close on a colon ("a loan of NZD 9 million, which goes to
    three provinces:") and the items up to ``end`` hold no sum of their own: the items are the sum's shares, and the
    places they name are its."""
    lead = [t for t in view.doc[start:first_item] if not t.is_space and t.text not in BULLET_MARKS]
    return bool(lead) and lead[-1].text == ":" and not view.spans_in("amount", first_item, end)


def region_next_sentence(case: BeneficiaryCase) -> list[str]:
    """A sum for a region takes the countries the next sentence lists for it."""
    if not case.roles.regions:
        return []
    return region_countries(case.view, case.index, case.roles.region_spans)


def letter_places_in_region(case: BeneficiaryCase) -> list[str]:
    """ "GBP 25 million for famine relief in the Horn of Africa" under the title "ETHIOPIA AND SUDAN: FAMINE RELIEF": a
    sum for a region, naming no country, is for the countries a run-in title over the letter's text names alone,
    when all of them lie in that region."""
    roles = case.roles
    if not roles.regions or roles.pos or roles.neutral or case.span is None:
        return []
    members = region_members(roles.region_spans)
    view, purpose = case.view, first_prose_end(case.view.text)
    helped: list[str] = []
    for sent in view.sents:
        if sent.start_char >= purpose:
            break
        colon = next((t.i for t in sent if t.text == ":"), None)
        if colon is None or view.sums_in(sent.start, sent.end):
            continue
        for code in heading_countries_alone(view, sent.start, colon):  # "ETHIOPIA AND SUDAN: FAMINE RELIEF"
            add_code(helped, code)
    found = [c for c in helped if c in members and c != case.spender and c not in roles.neg]
    return found if found and len(found) == len([c for c in helped if c != case.spender]) else []


def remainder(case: BeneficiaryCase) -> list[str]:
    """ "The remaining USD 15 million will be delivered in two tranches": what is left of a larger sum before,
    in the same currency, goes where that sum goes."""
    view, span = case.view, case.span
    if span is None or case.roles.names_a_place():
        return []
    before = view.doc[max(case.sent.start, span.start - REMAINDER_WINDOW) : span.start]
    if not any(t.lower_ in WORDS.remainder_words for t in before):
        return []
    return _larger_sum_before(case)


def ordinal_part(case: BeneficiaryCase) -> list[str]:
    """ "Payment comes in three parts. The second, of NZD 4 million, ...": a sentence opening on an ordinal
    ("the first", "the second tranche") and "of" before its sum names a part of a larger sum before, in the same
    currency, and goes where that sum goes."""
    view, span = case.view, case.span
    if span is None or case.roles.names_a_place():
        return []
    words = [t.lower_ for t in view.doc[case.sent.start : span.start] if not t.is_punct]
    while words and words[-1] in WORDS.amount_qualifiers:
        words.pop()
    if not (3 <= len(words) <= 4 and words[0] == "the" and words[1] in date_tables()["ordinal"] and words[-1] == "of"):
        return []
    return _larger_sum_before(case)


def _larger_sum_before(case: BeneficiaryCase) -> list[str]:
    """The beneficiaries of the last earlier sum in the sum's currency that is larger than it."""
    value = amount_value(case.span)
    for commitment in reversed(case.earlier):
        whole = commitment.amounts[0] if commitment.amounts else None
        if value is not None and whole is not None and whole.currency == value.currency and whole.value > value.value:
            return list(commitment.beneficiaries)
    return []


def changed_by(case: BeneficiaryCase) -> list[str]:
    """ "agreed to raise the allocation by SEK 12 million": the sum by which a verb of change alters money the letter
    named before ("the grant", "its contribution", "the allocation") goes where the letter's last sum of that money
    went."""
    view, span = case.view, case.span
    if span is None or not case.earlier or case.roles.names_a_place():
        return []
    doc, sent = view.doc, case.sent
    k = span.start - 1
    while k > sent.start and doc[k].lower_ in WORDS.amount_qualifiers:
        k -= 1
    noun = k - 1
    if noun <= sent.start or doc[k].lower_ != "by" or doc[noun].lower_ not in WORDS.money_nouns:
        return []
    verb = next(
        (
            j
            for j in range(noun - 1, max(sent.start, noun - CHANGED_NOUN_WORDS) - 1, -1)
            if doc[j].is_punct or doc[j].lower_ in WORDS.changing_verbs
        ),
        None,
    )
    if verb is None or doc[verb].is_punct or not any(t.lower_ in WORDS.determiners for t in doc[verb + 1 : noun]):
        return []
    named = doc[noun].lower_.removesuffix("s")
    for commitment in reversed(case.earlier):
        before = view.sents[commitment.evidence.sentence]
        if commitment.beneficiaries and any(t.lower_.startswith(named) for t in before):
            return list(commitment.beneficiaries)
    return []


def further_or_part(case: BeneficiaryCase) -> list[str]:
    """ "a further EUR 50 million", "EUR 5m of it": the beneficiaries of the sum before."""
    view, span = case.view, case.span
    if (
        (not case.roles.neg or is_part(view, span))
        and is_further_part(view, span)
        and not own_purpose(view, span, case.hi)
        and not _added_with_own_end(view, span, case.hi)
    ):
        # "sought USD 399 million for X, and the Y crisis appeal a further USD 409 million": a place named between
        # the sum before and this one, and not that sum's, is this one's.
        before = view.sums_in(case.sent.start, span.start)
        between = view.spans_in("country", before[-1].end, span.start) if before else []
        own = [c._.norm for c in between if c._.norm and c._.norm != case.spender and not view.is_origin(c)]
        if own and not set(own) & set(case.previous):
            return list(dict.fromkeys(own))
        return list(case.previous)
    return []


def further_than_sum_before(case: BeneficiaryCase) -> list[str]:
    """ "I announced ... a further GBP 5 million, for grain" as the first sum of its sentence, where nothing nearer
    places it: more of the money of the letter's sum before, for the same places."""
    view, span = case.view, case.span
    roles = case.roles
    # The spender's own state named ("Panama is asking for an additional USD 45 million") is no other place.
    elsewhere = roles.regions or any(c != case.spender for c in roles.pos + roles.neutral + roles.neg)
    if span is None or case.k or not case.earlier or elsewhere or own_purpose(view, span, case.hi):
        return []
    if not span.start or view.doc[span.start - 1].lower_ not in WORDS.more_of_same_words:
        return []  # "a further EUR 5 million", not "the Board further allocated EUR 5 million"
    if case.group is not None and case.group.cls == "receive":
        return []  # "Border Force will receive a further GBP 11.5m": its receiver is named
    if _regional_purpose(view, span.end, case.hi):
        return []  # "a further CHF 3 million goes to cross-border projects": a place of its own, the region
    # The sum before stands in the same paragraph or the one just before: further back, it is another subject.
    before = case.earlier[-1].evidence.sentence
    paragraphs = {view.paragraph_of(text_start(view.sents[k]))[0] for k in range(before, case.index + 1)}
    return list(case.earlier[-1].beneficiaries) if len(paragraphs) <= MAX_FURTHER_PARAGRAPHS else []


def _regional_purpose(view: LetterDoc, lo: int, hi: int) -> bool:
    """Whether tokens ``lo`` to ``hi`` name work beyond one country ("regional programmes", "cross-border projects"),
    the word of place heading a noun of work and standing in no name ("the Global Programme on Seeds")."""
    doc, named = view.doc, view.programme_tokens
    organisations = list(view.spans_in("organisation", lo, hi))
    i = lo
    while i < hi - 1:
        j = i  # a hyphenated word is three tokens ("cross", "-", "border")
        while j + 2 < hi and doc[j + 1].text == "-" and not doc[j].whitespace_ and not doc[j + 1].whitespace_:
            j += 2
        word = "".join(t.lower_ for t in doc[i : j + 1])
        if (
            word in WORDS.regional_purpose_words
            and doc[j + 1].lower_ in WORDS.regional_purpose_nouns
            and i not in named
            and not any(o.start <= i < o.end for o in organisations)
        ):
            return True
        i = j + 1
    return False


def _item_lead_in(view: LetterDoc, index: int):
    """The sentence before the run of item sentences that sentence ``index`` ends, each opening on its own mark
    ("(b) ...", "2. ..."); None when sentence ``index`` opens no item."""
    sents = view.sents
    k = index
    while k > 0 and _opens_on_item_mark(view, sents[k]):
        k -= 1
    return sents[k] if k < index else None


def _opens_on_item_mark(view: LetterDoc, sent) -> bool:
    """Whether a sentence's first word is a list item's own mark ("(b) Fisheries equipment ...")."""
    words = [t for t in sent if not t.is_space]
    return bool(words) and opens_list_item(view.doc, view.text, words[0].i)


def part_of_sum_before(case: BeneficiaryCase) -> list[str]:
    """ "Of this amount, the Government of X has pledged TTD 32 million": the beneficiaries of the letter's sum
    before, of which the sentence names a part."""
    view, span = case.view, case.span
    if span is None or case.roles.pos:
        return []
    sent, k = case.sent, case.k
    if not _opens_on_the_sum_before(view, sent):
        # An item set apart from its lead-in ("Of this sum, ... the following projects:" then "(b) ... $650,000" on
        # a line of its own): its list's lead-in takes the part.
        lead = _item_lead_in(view, case.index)
        if lead is None or not _opens_on_the_sum_before(view, lead):
            return []
        sent, k = lead, len(view.sums_in(lead.start, span.start))
    # Its first sum is a part, and so is each one it lists after a colon ("Of this sum, ... the following projects: (a)
    # ... $1,100,000 (b) ... $650,000"), not one a later clause gives elsewhere ("while X will receive ..."): the whole
    # is the last sum before the sentence, with the beneficiaries found for it, or else those its sentence names.
    listed = any(t.text == ":" for t in view.doc[sent.start : span.start])
    before = view.sums_in(0, sent.start)
    if not before or (k and not listed):
        return []
    whole = amount_value(before[-1])
    if len(case.earlier) > k:
        commitment = case.earlier[-(k + 1)]
        if commitment.amounts and commitment.amounts[0] == whole:
            return list(commitment.beneficiaries)
    home = before[-1].sent
    roles = roles_of(view, home, home.start, home.end, None, view.programme_tokens, case.spender)
    return [c for c in roles.pos + roles.neutral if c not in roles.neg and c != case.spender]


DEFINED_TERM_MEMO = "defined_terms"
# '(the "Facility")', "(hereinafter the 'Scheme')": a short name the letter defines in brackets for what precedes.
DEFINED_TERM = re.compile(
    r"\((?:hereinafter\s+)?(?:the\s+)?[\"“'‘](?P<term>[A-Za-z]+(?: [A-Za-z]+){0,2})[\"”'’]\)", re.IGNORECASE
)


def defined_terms(view: LetterDoc) -> dict[tuple[str, ...], tuple[int, list[str]]]:
    """Each short name the letter defines in brackets after a title or a name, as its lower-cased words, with where
    its definition ends and the countries its paragraph cues as helped before it ('"Clean Water in X and Y" (the
    "Project")'). Read once per letter."""
    if DEFINED_TERM_MEMO not in view.memo:
        found: dict[tuple[str, ...], tuple[int, list[str]]] = {}
        for match in DEFINED_TERM.finditer(view.text):
            start, _ = view.paragraph_of(match.start())
            spans = [c for c in view.spans("country") if start <= c.start_char < match.start() and c._.norm]
            codes: list[str] = []
            for members in view.country_lists(spans):
                if view.cue_before(members[0].sent.start, members[0].start) == "pos":
                    codes += [m._.norm for m in members if m._.norm not in codes]
            found.setdefault(tuple(match.group("term").lower().split()), (match.end(), codes))
        view.memo[DEFINED_TERM_MEMO] = found
    return view.memo[DEFINED_TERM_MEMO]


def defined_term(case: BeneficiaryCase) -> list[str]:
    """ "the Bank lends USD 5 million for the Scheme", where the letter defined '"Coastal Ferries in X and Y" (the
    "Scheme")' above it: a clause naming no place takes the places its defined term's title cues as helped."""
    view, span = case.view, case.span
    if span is None or case.roles.pos or case.roles.neutral or case.roles.regions:
        return []
    terms = defined_terms(view)
    if not terms:
        return []
    doc = view.doc
    for i in range(case.sent.start, case.hi):
        if doc[i].lower_ != "the" or not doc[i + 1 : i + 2].text[:1].isupper():
            continue
        for words, (defined_at, codes) in terms.items():
            name = doc[i + 1 : i + 1 + len(words)]
            if doc[i].idx >= defined_at and tuple(t.lower_ for t in name) == words:
                return [c for c in codes if c != case.spender]
    return []


def back_reference(case: BeneficiaryCase) -> list[str]:
    """ "both countries": the ones named before, never the spender's own state; first those named
    earlier in the same sentence ("a guarantee product in Morocco ... in the country's industrial
    zones, ... $200 million")."""
    if not sentence_has_backref(case.view, case.sent):
        return []
    # In a list run into one sentence, only the sum's own item can point back ("(d) ... in northern Kenya: USD
    # 44 million" after "(a) ... in the south-west of the country;").
    start = item_start(case.view.doc, case.sent, case.span.start)
    if start > case.sent.start and not _has_backref(case.view.doc[start : max(start, case.hi)]):
        return []
    roles = roles_of(case.view, case.sent, start, case.span.start, None, set())
    here: list[str] = []
    for code in roles.pos + roles.neutral + roles.subjects:
        if code not in roles.neg and code != case.spender:
            add_code(here, code)
    if here:
        return here
    found = [c for c in back_countries(case.view, case.index) if c != case.spender]
    # "for the response in the five neighbouring countries": a reference that counts several points past a
    # sentence naming one (counted_back_reference looks further back).
    counted = _state_reference([t.lower_ for t in case.view.doc[start : max(start, case.hi)]], numbered=True)
    return [] if counted is not None and len(found) < MIN_COUNTED_COUNTRIES else found


def project_country(case: BeneficiaryCase) -> list[str]:
    """ "The Uzbekistan water project is co-financed by the Saudi Fund ..., which is providing SAR 187.5
    million": a country naming the project or programme the sum pays for (before the sum, in its
    sentence) is the country it is for, never the spender's own state."""
    view, doc = case.view, case.view.doc
    if case.roles.pos:
        return []  # the clause says whom the sum is for ("the Saudi Fund" is a donor, not a place helped)
    found: list[str] = []
    # Money received, or a body of no state's letter, names a contribution by its giver ("the Norway contribution ...
    # was received"); a giver's own letter names it by the place it goes ("Of the Yemen contribution, ...").
    given_to_author = (case.group is not None and case.group.cls == "receive") or _stateless_author(case)
    for country in view.spans_in("country", case.sent.start, case.span.start):
        code = country._.norm
        if not code or code == case.spender or doc[max(case.sent.start, country.start - 1)].lower_ in PREPOSITIONS:
            continue
        # "Of the Ukraine allocation, ISK 2.8 billion had been paid out": a country's name (not its adjective, often
        # the giver's: "the Japanese contribution") right before a noun of money names whom that money is for
        # ("Sweden signed its contribution agreement": the giver, a verb between); not before a noun of a giver's
        # money where the letter takes it ("the Portugal contribution ... was received").
        if _names_own_gift(view, country, bodies_only=not given_to_author):
            continue
        if country._.rule != DEMONYM_RULE and doc[country.end].lower_ in WORDS.money_nouns:
            add_code(found, code)
            continue
        j = country.end
        while j < case.span.start and j - country.end < MAX_PROJECT_WORDS and doc[j].is_alpha and doc[j].is_lower:
            if doc[j].lower_ in WORDS.funded_nouns:
                add_code(found, code)
                break
            j += 1
    return found


def counted_back_reference(case: BeneficiaryCase) -> list[str]:
    """ "$450 million ... for the three countries" in a paragraph that names none: a reference that counts
    the countries, after the sum and a word for whom it is, points further back, to the nearest earlier sentence of the letter that names several
    (never the spender's own state)."""
    view = case.view
    words = [t.lower_ for t in view.doc[case.span.end : case.hi]]
    at = _state_reference(words, numbered=True)
    if case.roles.names_a_place() or not at or words[at - 1] not in WORDS.beneficiary_cues:
        return []  # "for the three countries" after the sum: not "The two Governments have agreed ..."
    for k in range(case.index - 1, -1, -1):
        prev = view.sents[k]
        roles = roles_of(view, prev, prev.start, prev.end, None, set())
        found: list[str] = []
        for code in roles.pos + roles.neutral + roles.subjects:
            if code not in roles.neg and code != case.spender:
                add_code(found, code)
        if len(found) >= MIN_COUNTED_COUNTRIES:
            return found
    return []


def named_again(case: BeneficiaryCase) -> list[str]:
    """ "MCC signed agreements with the Governments of The Gambia, Lesotho and Malawi ... These
    agreements include over $150 million": a sentence that opens with "these/this" and a noun the
    sentence before it named speaks of the same thing, so its sum is for that sentence's countries."""
    view, index = case.view, case.index
    if case.roles.names_a_place() or index == 0 or not view.next_in_paragraph(index - 1):
        return []
    doc, first = view.doc, first_word(case.sent)
    if doc[first].lower_ not in WORDS.subject_demonstratives or first + 1 >= case.sent.end:
        return []
    noun = doc[first + 1]
    if not (noun.is_alpha and noun.is_lower) or noun.lower_ in WORDS.money_nouns:
        return []  # "This EUR 40 million": the sum itself, not a thing named before
    prev = view.sents[index - 1]
    if not any(t.lower_ == noun.lower_ for t in prev):
        return []
    verbs = [g for g in verb_groups(view, prev, load_cues()) if not g.purpose]
    roles = roles_of(view, prev, prev.start, prev.end, verbs[0] if verbs else None, set())
    return [c for c in roles.pos + roles.neutral if c not in roles.neg and c != case.spender]


def back_reference_any(case: BeneficiaryCase) -> list[str]:
    """ "these countries" in an undertaking: the ones named before, whoever they are."""
    if not sentence_has_backref(case.view, case.sent):
        return []
    return back_countries(case.view, case.index)


def focal_countries(case: BeneficiaryCase) -> list[str]:
    """A sentence's last sum whose clause names no country helped goes to the countries a later sentence
    names as its focus ("... investing $100 million ... . Focal countries include Burundi, Malawi ...")."""
    if case.roles.pos or case.k != case.sums - 1:
        return []
    return focus_countries(case.view, case.index, case.spender)


def next_sentence(case: BeneficiaryCase) -> list[str]:
    """A sentence's last sum whose clause names no place goes where the next sentence says
    ("EUR 20 million. It will support ... in X")."""
    if case.roles.names_a_place() or case.k != case.sums - 1:
        return []
    return forward_countries(case.view, case.index, case.spender)


def served_by_recipient(case: BeneficiaryCase) -> list[str]:
    """ "EUR 3 million to the Regional Technical Assistance Centre for West Africa (AFRITAC West). AFRITAC West
    serves Benin, Burkina Faso ...": a sum whose clause names no place goes where the recipient named after it
    works, when the next sentence opens with that recipient's name and a verb of serving."""
    view, span = case.view, case.span
    # A region in the recipient's name ("for West Africa") is no place named: the next sentence names its countries.
    if case.roles.pos or case.roles.neutral or span is None or not view.next_in_paragraph(case.index):
        return []
    nxt = view.sents[case.index + 1]
    words = [t for t in nxt if not t.is_space][: MAX_RECIPIENT_WORDS + 1]
    verb = next((n for n, t in enumerate(words) if t.lower_ in WORDS.serving_verbs), None)
    if not verb or not all(t.is_title or t.is_upper or not t.is_alpha for t in words[:verb]):
        return []
    if view.sums_in(nxt.start, nxt.end):
        return []
    name = " ".join(t.text for t in words[:verb])
    after_sum = " ".join(t.text for t in view.doc[span.end : case.sent.end] if not t.is_space)
    if f" {name} " not in f" {after_sum} ":
        return []
    roles = roles_of(view, nxt, words[verb].i + 1, nxt.end, None, set())
    return [c for c in roles.pos + roles.neutral if c not in roles.neg and c != case.spender]


def for_author_purpose(case: BeneficiaryCase) -> list[str]:
    """ "it has announced a further A$6 million for the training of our naval personnel": a sum another gives (the
    writer's side is not its verb's subject) for a purpose the writer calls "our" is for the writer's state."""
    view, span, author = case.view, case.span, case.author_country
    if span is None or not author:
        return []
    if case.spender is not None and (
        case.group is None
        or case.group.is_passive()
        or _author_subject(view, case.sent, case.group.start, author, bodies=True)
    ):
        return []  # "we will provide USD 5 million for our partners", "NOK 5 million disbursed ...": the writer gives
    doc = view.doc
    words = list(doc[span.end : case.hi])
    # The sum's purpose opens on "for" right after it ("A$6 million for the training of ..."), not a recipient's
    # "to" nor a later phrase ("disbursed to WFP under our agreement": the writer's own agreement).
    marker = next((n for n, t in enumerate(words[:MAX_PURPOSE_WORDS]) if t.lower_ == PURPOSE_FOR), None)
    if marker is None:
        return []
    for t in words[marker + 1 : marker + 1 + MAX_PURPOSE_WORDS]:
        if t.text in WORDS.purpose_stops or t.lower_ == "," or (t.lower_ in PREPOSITIONS and t.lower_ != "of"):
            break  # "for the training of our staff", not "for food in Sudan under our agreement"
        if t.lower_ == FIRST_PERSON_POSSESSIVE:
            return [author]
    return []


def paragraph_context(case: BeneficiaryCase) -> list[str]:
    """A sum whose clause names no place is for the country the paragraph has just been
    speaking of ("In Haiti, ... $300 million")."""
    if case.roles.names_a_place():
        return []
    found = context_countries(case.view, case.index, case.spender)
    # "Under Finland: EUR 6 million in all. EUR 3 million of it arrived in the spring ...": the item's heading names
    # the giver of the sums under it when the author's state receives them.
    if not found or case.spender is not None or not case.author_country:
        return list(found)  # no giver to leave out: the headings before need no reading
    sents = case.view.sents[max(0, case.index - DEFAULT_CONTEXT_SENTENCES) : case.index]
    headed = {c for sent in sents for c in heading_countries(case.view, sent, sent.end)}
    return [c for c in found if not (c in headed and _foreign_to_receiver(case, c))]


def section_heading(case: BeneficiaryCase) -> list[str]:
    """ "Nigeria: a second phase built on results" over the paragraphs that follow: a sum whose clause names
    no place is for the countries the heading of its section names alone (before its colon). A place the
    clause sets apart ("the Mission led by Kenya") is no place helped: the heading still says where."""
    roles = case.roles
    if roles.pos or roles.neutral or roles.regions or case.span is None:
        return []
    return [c for c in section_countries(case.view, case.span.start_char) if c != case.spender]


def section_countries(view: LetterDoc, char: int) -> list[str]:
    """The countries the nearest heading above the character at ``char`` names alone ("4. Ethiopia and
    Kenya", "Ghana: water for 1.6 million people"); none when that heading names anything else."""
    body = view.text
    start, end = view.paragraph_of(char)
    following = body[start:end].strip()  # the paragraph below the one looked at
    while start > 0:
        pos = start - 1
        while pos > 0 and body[pos].isspace():
            pos -= 1
        prev_start, prev_end = view.paragraph_of(pos)
        if prev_start >= start:
            return []
        text = body[prev_start:prev_end].strip()
        words = text.split()
        heading = (
            words
            and "\n" not in text
            and len(words) <= HEADING_WORDS
            and text[-1] not in ".!?;:,"
            and CELL_MARK not in text
            and text[0] not in BULLET_MARKS  # "- Somalia: SEK 110 million, of which": a list's item, not a heading
        )
        if heading:
            # A short line after it ending in a colon leads a list in ("Agreements signed in Samarkand included:").
            if len(following.split()) <= HEADING_WORDS and following[-1:] not in ".!?:":
                return []  # a line of an address or a title block, not a section's heading
            above = body[: max(0, prev_start)].rstrip()
            if above and above[-1] not in ".!?:\"'”’":
                return []  # "Subject: ... support to countries hosting / Venezuelans": a line cut short, no heading
            head_end = prev_start + (text.find(":") if ":" in text else len(text))
            span = view.doc.char_span(prev_start, head_end, alignment_mode="expand")
            if span is None:
                return []
            return heading_countries_alone(view, span.start, span.end) or heading_countries_cued(view, span)
        following, start = text, prev_start
    return []


def heading_countries_cued(view: LetterDoc, span) -> list[str]:
    """The countries a heading cues as helped ("New projects in Uzbekistan", "Support for earthquake recovery
    in Türkiye"), when it names no other place (no country uncued or excluded, no region)."""
    roles = roles_of(view, span.sent, span.start, span.end, None, view.programme_tokens)
    if roles.neutral or roles.neg or roles.regions:
        return []
    return list(roles.pos)


def heading_countries_alone(view: LetterDoc, lo: int, hi: int) -> list[str]:
    """The countries tokens [lo, hi) name, when they name nothing else (list glue and numbering aside)."""
    countries = [c for c in view.spans_in("country", lo, hi) if c._.norm]
    inside = {i for c in countries for i in range(c.start, c.end)}
    # "(b) Ukraine – EUR 500,000 ...": the item's letter is its numbering, no word of the heading.
    mark = ITEM_MARK.match(view.text, view.doc[lo].idx) if lo < len(view.doc) and opens_line(view.doc, lo) else None
    numbered = mark.end() if mark is not None else -1
    words = [t for t in view.doc[lo:hi] if t.is_alpha and t.i not in inside and t.idx >= numbered]
    if not countries or any(t.lower_ not in WORDS.list_glue | WORDS.neighbourhood_words for t in words):
        return []
    found: list[str] = []
    for span in countries:
        add_code(found, span._.norm)
    return found


def letter_beneficiary(case: BeneficiaryCase) -> list[str]:
    """ "... how the Commission intends to support Spain": the one country the letter sets out
    to help takes the sums that name no place at all."""
    roles = case.roles
    # The spender's own state named but not helped ("to match Canadians' donations"), and a state the clause shows
    # giving ("a grant from the Japan Fund for ...", "UNITED KINGDOM | 31.5" under "LARGEST PLEDGES") or as an
    # origin, are no place of the sum's.
    if roles.regions or roles.pos or any(c != case.spender for c in roles.neutral):
        return []
    found = letter_beneficiary_of(case.view, case.author_country, case.spender, _stateless_author(case))
    # "the payment of USD 48 million ... as the first instalment of Ecuador's subscription": the letter's partner
    # shown paying is not the one the sum is for.
    if set(found) & set(roles.neg):
        return []
    # "grants received by the Ministry of Health for the care of refugees from Eritrea": in a letter whose state
    # receives money, the author's state takes the sum as well as the country the letter names as helped.
    author = case.author_country
    if found and author and author not in found and case.spender is None and _receiving_state(case.view, author):
        return [author, *found]
    return found


MAX_COUNTED_SENTENCES = 8  # sentences after a sum that counts its countries, in which they may be named
COUNT_QUALIFIERS = 2  # words between a count and its noun of states ("eight African countries")


def _countries_counted(view: LetterDoc, lo: int, hi: int) -> Optional[int]:
    """How many countries the words from ``lo`` to ``hi`` count ("for eight operations in eight African countries"):
    a number, up to two qualifiers, a noun of countries; None without one."""
    from extractor.nlp.amounts import parse_number  # the one reading of numbers in words

    doc, lowers = view.doc, view.lowers  # a Token object only where a noun of countries follows
    for i in range(lo, min(hi, len(lowers))):
        nouns = [
            u for u in range(i + 1, min(hi, i + 2 + COUNT_QUALIFIERS, len(lowers))) if lowers[u] in WORDS.country_nouns
        ]
        if nouns and all(doc[u].is_alpha for u in range(i + 1, nouns[0])):
            t = doc[i]
            value = parse_number(t.text) if t.like_num else None
            if value is not None and value == int(value):
                return int(value)
    return None


def counted_countries_after(case: BeneficiaryCase) -> list[str]:
    """ "approved USD 412 million for eight operations in eight African countries", the sentences after naming a
    loan to each: a sum whose clause counts its countries, naming none, is for the first that many named after it,
    when exactly that many are named before the paragraphs run out."""
    view, span = case.view, case.span
    if span is None or case.roles.pos or case.roles.neutral or case.roles.neg:
        return []
    count = _countries_counted(view, span.end, case.hi)
    if count is None or count < MIN_COUNTED_COUNTRIES:
        return []
    found: list[str] = []
    for sent in view.sents[case.index + 1 : case.index + 1 + MAX_COUNTED_SENTENCES]:
        roles = roles_of(view, sent, sent.start, sent.end, None, set())
        for code in roles.pos + roles.neutral:
            if code not in roles.neg and code != case.spender:
                add_code(found, code)
        if len(found) >= count:
            return found if len(found) == count else []
    return []


DEBT_SUM_REACH = 3  # words between a noun of debt and its sum ("debt service of EUR 12 million")
AUTHOR_OWES_MEMO = "author_owes_abroad"


def _author_owes_abroad(view: LetterDoc, author: str) -> bool:
    """Whether the letter names another state as owed a debt ("our bilateral debt to the Portuguese Republic"): its
    author's state is the debtor."""
    return _said_in_letter(
        view,
        AUTHOR_OWES_MEMO,
        lambda sent: any(
            span._.norm and span._.norm != author and view.owed_to(sent.start, span.start)
            for span in view.spans_in("country", sent.start, sent.end)
        ),
    )


def debt_of_author(case: BeneficiaryCase) -> list[str]:
    """ "The swap would cover debt service of EUR 12 million falling due between ...": in a letter whose author's
    state owes a debt abroad, a sum its clause calls debt, naming no place, is the debtor's: what is converted,
    relieved or rescheduled is the author's state's own, even where it pays it."""
    view, author, span = case.view, case.author_country, case.span
    if not author or span is None or case.roles.pos or case.roles.regions:
        return []
    lead = [t.lower_ for t in view.doc[max(case.sent.start, span.start - DEBT_SUM_REACH) : span.start]]
    if not any(w in WORDS.debt_sum_words for w in lead) or not _author_owes_abroad(view, author):
        return []
    return [author]


def _needs_support_from_abroad(view: LetterDoc, author_country: str) -> bool:
    """Whether the letter says its state needs money from abroad ("Indonesia will need international support estimated
    at USD 55 billion"), in a sentence that names no other state: a state that receives money writes so."""

    def says(sent) -> bool:
        if any(c._.norm != author_country for c in view.spans_in("country", sent.start, sent.end)):
            return False
        return any(_support_from_abroad_before(view, sent, a) == "need" for a in view.sums_in(sent.start, sent.end))

    return _said_in_letter(view, "needs_support_from_abroad", says)


def _support_from_abroad_before(view: LetterDoc, sent, span) -> Optional[str]:
    """How a sum is named as support from abroad ("international support estimated at", "external financing of"):
    "need" after a verb of needing, "named" otherwise, "own" after the author's possessive ("our international
    assistance"); None when it is not."""
    doc = view.doc
    i = span.start - 1
    while i > sent.start and (
        doc[i].lower_ in WORDS.amount_qualifiers or doc[i].lower_ in ("of", "at") or doc[i].lower_ in WORDS.need_verbs
    ):
        i -= 1  # "support estimated at", "financing of about"
    if i - 1 <= sent.start or doc[i].lower_ not in WORDS.money_nouns | WORDS.support_nouns:
        return None
    if doc[i - 1].lower_ not in WORDS.external_words:
        return None
    owner = doc[i - 2].lower_ if i - 2 >= sent.start else ""
    if owner in WORDS.first_person_possessives or owner in POSSESSIVE_MARKS:
        return "own"
    return "need" if owner in WORDS.needing_words else "named"


def support_from_abroad(case: BeneficiaryCase) -> list[str]:
    """ "Indonesia will need international support estimated at USD 55 billion": money a state's letter names as
    support from abroad (international, external), not its own ("our international assistance of ..."), and that
    names no other place, is for the author's state."""
    view, author, span = case.view, case.author_country, case.span
    if not author or span is None or case.roles.regions or case.roles.pos:
        return []
    if any(c != author for c in case.roles.neutral + case.roles.subjects):
        return []
    if _support_from_abroad_before(view, case.sent, span) in ("need", "named"):
        return [author]
    appeal = _own_appeal_abroad(view, case.sent, author)
    return [author] if appeal is not None and appeal < span.start else []


def _own_appeal_abroad(view: LetterDoc, sent, author: str) -> Optional[int]:
    """Where a sentence has the author's side ("we", its government) make an appeal for help from abroad ("The
    Government has put out a request for external finance of USD 40 million"), naming no other state: the
    appeal noun's token; None otherwise. What a state appeals for from abroad is for itself."""
    if any(c._.norm != author for c in view.spans_in("country", sent.start, sent.end)):
        return None
    doc = view.doc
    for i in range(sent.start + 1, sent.end - 3):
        if doc[i].lower_ not in WORDS.asking_nouns or doc[i + 1].lower_ != "for":
            continue
        if doc[i + 2].lower_ not in WORDS.external_words:
            continue
        if doc[i + 3].lower_ not in WORDS.money_nouns | WORDS.support_nouns:
            continue
        if doc[i - 1].lower_ in WORDS.first_person_possessives:
            return i
        verb = _appeal_verb_start(view, sent, i)
        if verb is not None and _author_subject(view, sent, verb, author, bodies=True):
            return i  # "The Government has launched an appeal", not "We welcome the appeal launched by OCHA"
    return None


def _appeal_made_hereby(view: LetterDoc, sent, author: str) -> bool:
    """Whether the letter itself makes an appeal for a sum ("Our request for NZD 4
    million ... is hereby submitted"), naming no other state: "hereby" makes the writer the one who appeals, for its own state."""
    if not view.sums_in(sent.start, sent.end) or any(
        c._.norm != author for c in view.spans_in("country", sent.start, sent.end)
    ):
        return False
    doc = view.doc
    for i in range(sent.start, sent.end - 1):
        if doc[i].lower_ == "hereby" and doc[i + 1].lower_ in WORDS.appeal_making_words:
            return any(t.lower_ in WORDS.asking_nouns for t in doc[sent.start : i])
    return False


def _appeal_verb_start(view: LetterDoc, sent, noun: int) -> Optional[int]:
    """Where the verb group that makes the appeal noun at ``noun`` its object begins ("has launched an urgent
    appeal", "confirms the appeal"), its auxiliaries included; None when no verb of making an appeal governs it."""
    doc = view.doc
    j = noun - 1
    while j > sent.start and noun - j <= APPEAL_VERB_REACH and doc[j].lower_ not in WORDS.appeal_making_words:
        if not doc[j].is_lower:
            return None  # a name or a mark between them: the appeal is not that verb's object
        j -= 1
    if doc[j].lower_ not in WORDS.appeal_making_words:
        return None
    while j - 1 >= sent.start and (
        doc[j - 1].lower_ in WORDS.auxiliaries or doc[j - 1].is_lower and doc[j - 1].lower_.endswith("ly")
    ):
        j -= 1  # "has already made"
    return j


def applied_for_jointly(case: BeneficiaryCase) -> list[str]:
    """ "I propose that we apply jointly for about EUR 690 million": a sum "we" ask for together, in a letter to the
    ministers of other states, is for the author's state and the states of those it writes to."""
    view, author, span = case.view, case.author_country, case.span
    if not author or span is None or case.roles.regions or case.roles.pos or case.roles.neutral:
        return []
    doc, sent = view.doc, case.sent
    words = [t.lower_ for t in doc[sent.start : span.start]]
    after_we = set(words[words.index("we") :]) if "we" in words else set()
    if "for" not in after_we or not (after_we & WORDS.applying_words and after_we & WORDS.joint_words):
        return []
    addressed = {c._.norm for c in view.spans("country") if _addressed(view, c)} | _addressee_block_states(view)
    addressed.discard(author)
    return [author, *sorted(addressed)] if addressed else []


def _addressee_block_states(view: LetterDoc) -> set[str]:
    """The states a letterhead's addressee blocks name ("H.E. Mr X / Minister for Transport of the Republic of
    Latvia"), from its first line that opens with an addressee's mark on."""
    head = view.letter.parts.letterhead or ""
    lines = head.splitlines()
    for k, line in enumerate(lines):
        opening = line.strip().lower()
        if any(opening.startswith(mark + " ") for mark in WORDS.addressee_marks):
            block = re.sub(r"\s+", " ", " ".join(lines[k:]).lower())
            return {code for _, _, code in country_names_in(block)}
    return set()


def asked_party_to_give(case: BeneficiaryCase) -> list[str]:
    """ "The Ministry requests that the Fund's board release an additional grant of ...": in a letter whose only sign
    that its author's state receives money is its asking that another party give it a sum, a sum whose clause names
    no place is for the author's own state, as in received_by_author (a donor's state never asks so for itself)."""
    author = case.author_country
    if not author or _receiving_state(case.view, author, past_that=False):
        return []
    return received_by_author(case)


def received_by_author(case: BeneficiaryCase) -> list[str]:
    """ "... has received contributions of EUR 1.21 billion from 31 donors": in a letter whose author's state
    receives money, a sum whose clause names no place, and that nothing else in the letter places, is for the
    author's own state."""
    author = case.author_country
    roles = case.roles
    if not author or case.span is None or roles.regions:
        return []
    # The author's state named in the clause ("the Government of the Philippines has spent") is no other place.
    implementers = implementing_states(case.view)  # "US$ 120,000 for Korea" as cooperating agency: no other place
    # "(iv) Austria: its aid office agreed a loan of ...": the giver heading the item is no other place either.
    others = [
        c for c in roles.pos + roles.neutral + roles.neg + roles.subjects if c != author and c not in implementers
    ]
    if others and case.spender is None:  # the headings are read only where they may leave a place out
        givers = {c for c in heading_countries(case.view, case.sent, case.span.start) if _foreign_to_receiver(case, c)}
        # "received EUR 10 million of Austrian aid": the clause's own giver is no other place either.
        givers |= _foreign_givers(case)[0]
        others = [c for c in others if c not in givers]
    if others:
        return []
    return [author] if _receiving_state(case.view, author) else []


def _receiving_state(view: LetterDoc, author: str, past_that: bool = True) -> bool:
    """Whether the letter speaks for a state that receives money: it says it received a sum, asks for one (without
    ``past_that``, not by asking that another party give it), says it needs support from abroad, or names a payment
    made to its own state or body. Read once per letter and author."""
    key = (RECEIVING_STATE_MEMO, author, past_that)
    if key not in view.memo:
        view.memo[key] = (
            _money_receiving_letter(view, author)
            or _asking_letter(view, author, past_that)
            or _needs_support_from_abroad(view, author)
            or _said_in_letter(view, "paid_to_author", lambda sent: _paid_to_author(view, sent, author))
            or _written_to_lender(view, author)
            or _written_to_givers_mission(view, author)
            or _said_in_letter(view, "asked_from_abroad", lambda sent: _asked_from_abroad(view, sent, author))
            or _said_in_letter(view, "appeals_abroad", lambda sent: _own_appeal_abroad(view, sent, author) is not None)
            or _said_in_letter(view, "appeals_hereby", lambda sent: _appeal_made_hereby(view, sent, author))
            or _said_in_letter(view, "financed_abroad", lambda sent: _financed_from_abroad(view, sent, author))
        )
    return view.memo[key]


def _financed_from_abroad(view: LetterDoc, sent, author: str) -> bool:
    """Whether a sentence says a sum is to be financed from a foreign giver's fund ("USD 4 million for new clinics,
    to be financed from Japan's grant window"): in a state's letter, money its side would receive."""
    doc = view.doc
    names = view.spans_in("country", sent.start, sent.end) + view.spans_in("organisation", sent.start, sent.end)
    for span in view.sums_in(sent.start, sent.end):
        for i in range(span.end, min(sent.end - 1, span.end + FINANCED_FROM_REACH)):
            if doc[i].lower_ not in WORDS.financed_from_words or doc[i + 1].lower_ != "from":
                continue
            # the giver's name, a determiner or none before it ("from the EU's ...", "from Japan's grant")
            if any(0 < _name_start(view, sent, n) - (i + 1) <= 2 and _foreign(view, n, author) for n in names):
                return True
            # "from the EU's ...": a grouping of states the author's is not one of
            words = [t.text for t in doc[i + 2 : min(sent.end, i + 4)] if t.lower_ not in WORDS.determiners]
            members = grouping_members(words[0]) if words else frozenset()
            if members and author not in members:
                return True
    return False


def _asked_from_abroad(view: LetterDoc, sent, author: str) -> bool:
    """Whether the author's side asks a foreign or international giver for a sum ("The Government will request a
    further USD 80 million from the World Bank"): a state that receives money, in a press release or a fact sheet
    too, which has no salutation to make it a letter that asks."""
    if not _sum_asked(view, sent, author):
        return False
    names = view.spans_in("country", sent.start, sent.end) + view.spans_in("organisation", sent.start, sent.end)
    return any(
        view.doc[_name_start(view, sent, name) - 1].lower_ == "from" and _foreign(view, name, author) for name in names
    )


def _written_to_lender(view: LetterDoc, author: str) -> bool:
    """Whether a state's letter is addressed to a foreign or international lender, a bank or a fund (named above the
    salutation, below the letterhead, in no subject line), and names a sum as a loan ("the proceeds of the Loan of EUR
    14.5 million"): a borrower writing to its lender, whose loan its own state receives."""
    parts = view.letter.parts
    if parts.salutation is None and not _addressee_line_in_head(view):
        return False
    addressed = False
    for body in _addressee_bodies(view):
        lender = set(re.findall(r"[a-z]+", body.text.lower())) & WORDS.lender_name_words
        if lender and _foreign(view, body, author):
            addressed = True
            break
    if not addressed:
        return False
    return _said_in_letter(
        view,
        "names_loan",
        lambda sent: any(
            _named_loan(view, sent, a) and not _author_before(view, sent, a, author)
            for a in view.sums_in(sent.start, sent.end)
        ),
    )


def _written_to_givers_mission(view: LetterDoc, author: str) -> bool:
    """Whether a state that gives no aid writes, with a salutation, to a giver's mission named in the addressee's
    block ("Embassy of Norway", the Union's own delegation): a receiver writing to its giver."""
    from extractor.relations.actors import mission_of, whole_names

    if author in DONOR_STATES or view.letter.parts.salutation is None:
        return False
    nouns = "|".join(map(re.escape, WORDS.mission_nouns))
    unions = "|".join(r"\s+".join(map(re.escape, phrase)) for phrase in WORDS.giving_unions)
    for body in _addressee_bodies(view):
        start, end = view.paragraph_of(body.start_char)  # the block's lines: "Delegation" may stand outside the name
        head = re.sub(r"\s+", " ", view.text[start:end].lower())
        if any(code in DONOR_STATES and mission_of(head, start) for start, _, code in whole_names(head)):
            return True
        # "the Delegation of the Union", "the Union Delegation": its mission by either order of words
        if re.search(rf"\b(?:(?:{nouns})\s+of\s+(?:the\s+)?(?:{unions})|(?:{unions})\s+(?:{nouns}))\b", head):
            return True
    return False


def _author_before(view: LetterDoc, sent, span, author: str) -> bool:
    """Whether the author's state or a first-person pronoun stands before a sum in its sentence ("Norway will
    extend a loan of EUR 25 million to the Facility", "we will lend"): the author's side gives that loan."""
    if any(c._.norm == author for c in view.spans_in("country", sent.start, span.start)):
        return True
    return any(t.lower_ in WORDS.subject_pronouns for t in view.doc[sent.start : span.start])


def _named_loan(view: LetterDoc, sent, span) -> bool:
    """Whether a sum is named as a loan, its own noun just after it or before its "of" ("a USD 30 million loan", "the
    Loan of EUR 14.5 million")."""
    doc = view.doc
    after = doc[span.end].lower_ if span.end < sent.end else ""
    before = doc[span.start - 2].lower_ if span.start - 2 >= sent.start and doc[span.start - 1].lower_ == "of" else ""
    return bool({after, before} & WORDS.lent_sum_nouns)


def _awarded_form(word: str) -> bool:
    """Whether a word is the past form of a verb of awarding ("granted", "awarded"): money given by another."""
    entry = load_cues().forms.get(word)
    return entry is not None and entry[2] == "past" and entry[0] in WORDS.awarding_verbs


def _paid_to_author(view: LetterDoc, sent, author: str) -> bool:
    """Whether a sentence names a payment "to" the author's state or one of its bodies ("the date of transfer of the
    first annual payment to the Central Bank of X", "the proceeds were remitted to the Treasury of X", "a grant of
    USD 2 million was granted to X" in a letter of a state that gives no aid): money the author's side is paid."""
    lowers = view.lowers  # read once for the letter: no Token object a word
    for i in range(sent.start, sent.end):
        paid_out = lowers[i] in WORDS.paid_out_verbs
        # "USD 2 million was granted to X": the sum itself just before the participle, not "licences granted to".
        given = (
            _awarded_form(lowers[i])
            and author not in DONOR_STATES | EU_MEMBER_STATES  # a union's own member is allotted its share at home
            and any(0 <= i - a.end <= RECEIVED_SUM_REACH for a in view.sums_in(sent.start, i))
        )
        if lowers[i] not in WORDS.paid and lowers[i] not in WORDS.paid_to_verbs and not (paid_out or given):
            continue
        only_given = lowers[i] not in WORDS.paid and lowers[i] not in WORDS.paid_to_verbs and not paid_out
        to = next((u for u in range(i + 1, min(sent.end, i + 1 + PAID_TO_REACH)) if lowers[u] == "to"), None)
        if to is None:
            continue
        # Not a country opening a named fund's name ("the last instalment to the Norwegian Fund for Forests"): paid
        # to the fund, which the author's state may own, not to that state.
        if any(
            c._.norm == author and c.start not in view.programme_tokens
            for c in view.spans_in("country", to + 1, min(sent.end, to + 1 + PAID_TO_REACH))
        ):
            return True
        if only_given:
            continue  # "USD 4 million awarded to the Treasury's reserve": the state's own budget may award it
        if paid_out and author in DONOR_STATES:
            continue  # "our instalment was disbursed to the Treasury": a giver's payment to the state it helps
        # "remitted to the single operating account of the Treasury": a treasury no other state's name owns is its own.
        treasury = next(
            (u for u in range(to + 1, min(sent.end, to + 1 + TREASURY_REACH)) if lowers[u] in WORDS.treasury_words),
            None,
        )
        if treasury is not None and not any(
            c._.norm != author for c in view.spans_in("country", to + 1, min(sent.end, treasury + 1 + PAID_TO_REACH))
        ):
            return True
    return False


def row_country(case: BeneficiaryCase) -> Optional[list[str]]:
    """ "Moldova | energy security | 15": a sum in a table's row is for the country a cell of its row
    names alone (the row's recipient), whatever else the row says."""
    found = case.view.table_row(case.span.start_char) if case.span is not None else None
    if not found:
        return None
    table, row = found
    # "Donor | Amount (USD) | Destination": a column headed as the givers names the spender, never the one helped;
    # so does the first column of a table captioned as pledges ("LARGEST PLEDGES" over "UNITED KINGDOM | 31.5").
    givers = _giver_columns(table, row)
    cells = {
        (cell.start, cell.start + len(cell.text.rstrip(NOTE_MARKS))) for cell, giver in zip(row, givers) if not giver
    }
    # "Beneficiary | Grant": a column headed as the ones given to names them, the author's own state too.
    received = len(table.header) == len(row) and _first_word(table.header[0].text) in WORDS.recipient_headers
    spender = None if received else case.spender
    lo, hi = found[1][0].start, found[1][-1].end
    codes: list[str] = []
    for span in case.view.spans("country"):
        if lo <= span.start_char < hi and (span.start_char, span.end_char) in cells and span._.norm:
            if span._.norm != spender:
                add_code(codes, span._.norm)
    if not codes:
        code = _bracketed_country_code(row[0].text) if not givers[0] else None
        if code is not None and code != spender:
            codes.append(code)
    return codes or None


# A row's label closing on a country's two-letter code in brackets ("Grid Operator AB (LT)", "Ports Ltd (GH)").
_BRACKETED_CODE = re.compile(r"^(?P<name>.*[A-Za-z].*?)\s*\((?P<code>[A-Z]{2})\)$")


def _bracketed_country_code(label: str) -> Optional[str]:
    """The alpha-3 code of the country whose ISO two-letter code closes a table row's label in brackets (an
    operator or body with its state, as EU tables write them), or None; not an acronym of the label's own words
    ("Coastal Authority (CA)")."""
    import pycountry

    match = _BRACKETED_CODE.match(label.strip().rstrip(NOTE_MARKS).strip())
    if match is None:
        return None
    initials = "".join(word[0] for word in re.findall(r"[A-Za-z]+", match["name"]) if word[0].isupper())
    country = pycountry.countries.get(alpha_2=match["code"])
    return None if country is None or match["code"] in initials else country.alpha_3


def leader_row_country(case: BeneficiaryCase) -> Optional[list[str]]:
    """ "Bolivia ........ EUR 640,000 / Ecuador ........ EUR 1,150,000": a sum that leader dots join to a label naming
    only countries is for those countries, not for the next row's country that its clause runs on to; unless the
    lead-in makes the rows givers ("The Fund received the following in 2030:")."""
    view = case.view
    label = view.leader_label(case.sent, case.span) if case.span is not None else None
    if label is None or _givers_lead_in(view, case.sent, label[0]):
        return None
    named = view.spans_in("country", label[0], label[1])
    inside = {i for span in named for i in range(span.start, span.end)}
    # "Paid by Norway ........ USD 9 million": a label with words of its own says more than whose row it is.
    if not named or any(
        t.is_alpha and t.i not in inside and t.lower_ not in WORDS.list_glue for t in view.doc[label[0] : label[1]]
    ):
        return None
    codes: list[str] = []
    for span in named:
        if span._.norm and span._.norm != case.spender:
            add_code(codes, span._.norm)
    return codes or None


def _givers_lead_in(view: LetterDoc, sent, end: int) -> bool:
    """Whether the words before a row's label, in its sentence and the one before it, name the rows as givers: a verb
    of receiving ("the Fund received the following:") or a noun for givers ("by donor"); not a giver's own money
    shared out ("our contribution is to be used as follows:")."""
    doc, forms = view.doc, load_cues().forms
    lead = doc[doc[sent.start - 1].sent.start if sent.start > 0 else sent.start : end]
    return any(t.lower_ in WORDS.donor_headers or (forms.get(t.lower_) or (None, None))[1] == "receive" for t in lead)


def _pledges_caption(table, row) -> bool:
    """Whether a table's caption names its rows as pledges or givers ("Largest pledges, USD million", "Donors'
    contributions"), with no header row of its own or one whose first column names only the other side ("Partner"
    under "Offer of the partners"): the first cell of each row names a giver."""
    caption_words = WORDS.giver_caption_words
    if len(table.header) == len(row):
        # "Country | Project | Amount" under "Main project commitments": the header says what each is; "Partner" says
        # only that each row is the other side, the giver in a recipient's table, the one given to in a donor's.
        if _first_word(table.header[0].text) not in WORDS.partner_headers:
            return False
        caption_words = caption_words | WORDS.offer_caption_words
    words = re.findall(r"[a-z]+", table.caption.text.lower()) if table.caption is not None else []
    return any(w in caption_words for w in words) and not any(w in WORDS.spending_caption_words for w in words)


def _first_word(text: str) -> str:
    """The first word of a cell's text, in lower case ("" when it has none)."""
    words = re.findall(r"[a-z]+", text.lower())
    return words[0] if words else ""


def in_giver_column(view: LetterDoc, span) -> bool:
    """Whether a country stands in a table's cell under a header naming the givers ("Donor | Amount |
    Purpose" over "United Kingdom | GBP 10 million | transport in X"): the spender, never the one helped."""
    found = view.table_row(span.start_char)
    if found and _pledges_caption(*found) and found[1][0].start <= span.start_char < found[1][0].end + 1:
        return True  # "LARGEST PLEDGES" over "UNITED KINGDOM | 31.5": the row's first cell names its giver
    if not found or len(found[0].header) != len(found[1]):
        return False
    table, row = found
    return any(
        cell.start <= span.start_char < cell.end + 1 and _gives(header.text) for cell, header in zip(row, table.header)
    )


def _giver_columns(table, row) -> list[bool]:
    """For each cell of a table's row, whether its column names the givers: headed so ("Donor"), or the first one
    under a caption naming pledges or an offer ("LARGEST PLEDGES", "Partner" under "Offer of the partners")."""
    headed = len(table.header) == len(row)
    pledges = _pledges_caption(table, row)
    return [(headed and _gives(table.header[n].text)) or (pledges and n == 0) for n in range(len(row))]


def givers_row_to_author(case: BeneficiaryCase) -> Optional[list[str]]:
    """ "Partner | Grants | Loans" under "Offer of the partners" in a finance ministry's letter: a sum in a row of
    a table of givers, in a letter by a state that none of its rows names, and that nothing else places, is what the
    givers offer the author's state: a state sets out what others give it, not what others give a third."""
    author = case.author_country
    found = case.view.table_row(case.span.start_char) if case.span is not None and author else None
    if not found or not any(_giver_columns(*found)):
        return None
    table = found[0]
    if case.roles.pos or case.roles.regions:
        return None
    if any(table.start <= c.start_char < table.end and c._.norm == author for c in case.view.spans("country")):
        return None  # "Kenya | 12" among the givers: the author's state gives too
    if _pooled_in_fund(case.view, table):
        return None
    return [author]


def _pooled_in_fund(view: LetterDoc, table) -> bool:
    """Whether the caption over a table of givers names a fund and no country ("Contributions to the Basin Fund, EUR
    thousand"): the givers pay into the fund, a pool for no one state."""
    caption = table.caption
    if caption is None:
        return False
    words = view.doc.char_span(caption.start, caption.start + len(caption.text), alignment_mode="expand")
    if words is None or view.spans_in("country", words.start, words.end):
        return False
    return any(t.lower_ in WORDS.fund_heads and t.is_title for t in words)


def signed_for_states(case: BeneficiaryCase) -> list[str]:
    """ "The studies are financed by a grant of EUR 15 million" in a record signed "For the Republic of X" for three or
    more states, and by no single author's state: a loan or grant whose clause names no place is for the states the
    record is signed for, the members of the joint project it finances."""
    view, span, roles = case.view, case.span, case.roles
    if case.author_country or span is None or roles.names_a_place() or roles.subjects or roles.regions:
        return []
    if view.table_row(span.start_char) is not None or not _borrowed(view, case.sent, span):
        return []
    return _signed_for_states(view)


def _countersigned_state(view: LetterDoc) -> Optional[str]:
    """The one state a countersignature block below the letter's last sum signs for ("Read and agreed: / For the
    Treasury of the Kingdom of X"): the partner that accepts the letter's terms, which its sums are for; None when
    there is none or it names several."""
    sums = view.spans("amount")
    after = sums[-1].end_char if sums else 0
    found: set[str] = set()
    for match in COUNTERSIGNING.finditer(view.text, after):
        _, end = view.paragraph_of(match.end())
        block_end = view.text.find("\n\n", end + 2)  # the block's next paragraph too: "For ..." on a line of its own
        block_end = len(view.text) if block_end < 0 else block_end
        for span in view.spans("country"):
            if match.end() <= span.start_char < block_end and span._.norm and _signed_for(view, span):
                found.add(span._.norm)
    return found.pop() if len(found) == 1 else None


def _signed_for(view: LetterDoc, span) -> bool:
    """Whether a country closes a name that a signing word opens a block with ("For the Treasury of the Kingdom of
    X"): the signing word capitalised as the block's first word, not "for" within a sentence."""
    doc, i = view.doc, span.start - 1
    while (
        i >= 0
        and span.start - i <= MAX_NAME_LEAD
        and doc[i].lower_ not in WORDS.signed_for_words
        and _leads_name(doc[i])
    ):
        i -= 1
    return i >= 0 and doc[i].is_title and doc[i].lower_ in WORDS.signed_for_words


def _signed_for_states(view: LetterDoc) -> list[str]:
    """The states a record's signature blocks, below its last sum, are signed for ("For the Federal Republic of
    Nigeria"), when there are at least MIN_JOINT_SIGNATORIES of them; none otherwise."""
    if SIGNED_FOR_MEMO not in view.memo:
        found: list[str] = []
        sums = view.spans("amount")
        last_sum = sums[-1].end if sums else 0
        for span in view.spans("country"):
            if span.start >= last_sum and span._.norm and _signed_for(view, span):
                add_code(found, span._.norm)
        view.memo[SIGNED_FOR_MEMO] = found if len(found) >= MIN_JOINT_SIGNATORIES else []
    return list(view.memo[SIGNED_FOR_MEMO])


def _gives(header: str) -> bool:
    """Whether a column's header names the givers of the money ("Donor", "Contributors")."""
    words = re.findall(r"[a-z]+", header.lower())
    return bool(words) and words[0] in WORDS.donor_headers


def row_note(case: BeneficiaryCase) -> Optional[list[str]]:
    """ "Regional | Pacific Disaster Resilience Program | 90.0 | ADF grant¹" over "¹ Covers Samoa,
    Tonga and Tuvalu": a row whose cell refers to a note below the table is for the countries the note names."""
    found = case.view.table_row(case.span.start_char) if case.span is not None else None
    note = found[0].note_of(found[1]) if found else None
    if note is None:
        return None
    codes: list[str] = []
    for span in case.view.spans("country"):
        if note.start <= span.start_char < note.end and span._.norm and span._.norm != case.spender:
            add_code(codes, span._.norm)
    return codes or None


def caption_country(case: BeneficiaryCase) -> Optional[list[str]]:
    """ "Funding requirements and funds received, Sudan (US$ million)" over "Nutrition | 210 | 58": a sum in a
    table's row that names no country is for the one country the table's caption names (a fact sheet's table
    of one country's figures); none when the caption names several or the row names its own."""
    found = case.view.table_row(case.span.start_char) if case.span is not None else None
    caption = found[0].caption if found else None
    if caption is None:
        return None
    lo, hi = found[1][0].start, found[1][-1].end
    codes: list[str] = []
    for span in case.view.spans("country"):
        if lo <= span.start_char < hi:
            return None  # the row names a place of its own: the other rules decide
        if caption.start <= span.start_char < caption.end and span._.norm and span._.norm != case.spender:
            add_code(codes, span._.norm)  # "Papua New Guinea assistance to Vanuatu": the giver's own name aside
    if len(codes) > 1:
        # "The German delegation committed to the Government of Ethiopia ... as follows:": of a caption naming
        # giver and receiver, the one its words cue as helped.
        view = case.view
        sent = next((s for s in view.sents if s.start_char <= caption.start < s.end_char), None)
        roles = roles_of(view, sent, sent.start, sent.end, None, view.programme_tokens, case.spender) if sent else None
        codes = [c for c in roles.pos if c != case.spender and c not in roles.neg] if roles else []
    return codes if len(codes) == 1 else None


def giver_table_above(case: BeneficiaryCase) -> Optional[list[str]]:
    """ "pledged EUR 250 million for X" over "Donor | Pledged | Paid" / "Kuwait | USD 41 million | USD 30 million": a
    row of a table of givers that names no other place holds a giver's share of the money the paragraph right above
    the table places, so it goes where that paragraph's last sum goes."""
    found = case.view.table_row(case.span.start_char) if case.span is not None else None
    if not found or len(found[0].header) != len(found[1]):
        return None
    table, row = found
    givers = [_gives(header.text) for header in table.header]
    if not any(givers):
        return None
    lo, hi = row[0].start, row[-1].end
    for span in case.view.spans("country"):
        inside = lo <= span.start_char < hi
        if inside and not any(g and c.start <= span.start_char < c.end + 1 for c, g in zip(row, givers)):
            return None  # "Japan | USD 20 million | Chad, Niger": the row's own places (row_country)
    above = [c for c in case.earlier if c.evidence is not None and c.evidence.end <= table.start]
    if not above:
        return None
    # Only the paragraph right above the table (its caption aside) says where the givers' money goes.
    lead = case.view.text[above[-1].evidence.end : table.caption.start if table.caption else table.start]
    if lead.count("\n\n") > 1:
        return None
    codes = [code for code in above[-1].beneficiaries if code != case.spender]
    return codes or None


def country_before_bracket(case: BeneficiaryCase) -> list[str]:
    """ "loan agreements worth US$113 million with Kenya (US$60 million for the road) and Sri Lanka (US$53 million
    ...)": a sum opening a bracket right after a country's name is that country's share; after a programme's name
    that names one country ("the EU-Egypt Strategic and Comprehensive Partnership (EUR 7.4 billion, ...)"), that
    programme's money, for the country it names."""
    view, span = case.view, case.span
    if span is None or span.start < 2 or view.doc[span.start - 1].text != "(":
        return []
    country = next((c for c in view.spans_in("country", case.sent.start, span.start) if c.end == span.start - 1), None)
    if country is None:
        programme = next(
            (p for p in view.spans_in("programme", case.sent.start, span.start) if p.end == span.start - 1), None
        )
        named = view.spans_in("country", programme.start, programme.end) if programme is not None else []
        codes = {c._.norm for c in named if c._.norm and c._.norm != case.spender}
        return sorted(codes) if len(codes) == 1 else []
    if not country._.norm or country._.norm == case.spender:
        return []
    return [country._.norm]


def agreed_with(case: BeneficiaryCase) -> list[str]:
    """ "the EUR 210 million agreed with Mauritania in March 2024": a sum a verb of agreeing right after it ties to
    a country "with" which it was agreed is for that country, whatever else its clause names."""
    view, span = case.view, case.span
    if span is None:
        return []
    doc, end = view.doc, min(case.sent.end, span.end + 2)
    verb = next((t.i for t in doc[span.end : end] if t.lower_ in WORDS.agreement_verbs), None)
    if verb is None or verb + 1 >= case.sent.end or doc[verb + 1].lower_ != "with":
        return []
    i = verb + 2
    while i < case.sent.end and doc[i].lower_ in WORDS.determiners | {"government", "of"}:
        i += 1  # "agreed with the Government of X"
    country = next((c for c in view.spans_in("country", i, case.sent.end) if c.start == i), None)
    if country is None or not country._.norm or country._.norm == case.spender:
        return []
    return [country._.norm]


def _country_sum_pairs(view: LetterDoc, sent) -> dict[int, str]:
    """The sums of a sentence that each stand right after a country's name opening a list's member (after a
    colon, a comma, a semicolon or "and": "as follows: Chad US$20 million, Mali US$15 million"), by the sum's
    first token; empty unless the list has two such pairs or more."""
    doc = view.doc
    sums = {a.start for a in view.sums_in(sent.start, sent.end)}
    pairs: dict[int, str] = {}
    for country in view.spans_in("country", sent.start, sent.end):
        if country.end in sums and country._.norm and country.start > sent.start:
            if doc[country.start - 1].text in (":", ",", ";") or doc[country.start - 1].lower_ == "and":
                pairs[country.end] = country._.norm
    return pairs if len(pairs) >= MIN_COUNTED_COUNTRIES else {}


def country_before_sum(case: BeneficiaryCase) -> list[str]:
    """ "allocations ..., as follows: Madagascar US$55 million, Haiti US$40 million": in a list of countries
    each followed by its sum, a sum is for the country right before it (not the next pair's, which its clause
    runs on to); none in a list of givers ("Pledges: Norway NOK 50 million, ...")."""
    view, span = case.view, case.span
    if span is None or case.sums < MIN_COUNTED_COUNTRIES:
        return []
    code = view.once_per_sentence("country_sum_pairs", case.sent, lambda s: _country_sum_pairs(view, s)).get(span.start)
    if code is None or code == case.spender:
        return []
    lead = [t.lower_ for t in view.doc[case.sent.start : span.start]]
    if set(lead) & (WORDS.pledge_nouns | WORDS.donor_headers) or givers_listed(view, case.index):
        return []
    return [code]


def _places_after_respectively(view: LetterDoc, sent, end: int, run: list) -> Optional[list[str]]:
    """ "NOK 8 million and NOK 5 million go respectively to a clinic in Ghana and to the Kigali water works": the
    places named after "respectively", one per item of the list it opens (a country, else a capital city's state),
    in the order of the run of sums that closes just before it; None unless there are exactly as many."""
    doc = view.doc
    if len(run) < 2 or end - run[-1].end > MAX_RESPECTIVE_GAP or end + 1 >= sent.end:
        return None
    if view.spans_in("country", run[-1].end, end) or doc[end + 1].lower_ not in WORDS.beneficiary_cues:
        return None
    # The list after "respectively" is cut at its glue ("in X and Y", "to A in X, and to the B of Y").
    items: list[list] = [[]]
    for token in doc[end + 1 : sent.end]:
        if token.lower_ in (",", "and") and items[-1]:
            items.append([])
        elif not token.is_punct or token.text in "-'":
            items[-1].append(token)
    places = []
    for item in (found for found in items if found):
        lo, hi = item[0].i, item[-1].i + 1
        codes = {c._.norm for c in view.spans_in("country", lo, hi) if c._.norm}
        if not codes and not view.spans_in("country", lo, hi):
            codes = capital_states_in(doc[lo:hi].text)
        if len(codes) > 1:
            return None
        if codes:
            places.append(codes.pop())
    return places if len(places) == len(run) else None


def respectively(case: BeneficiaryCase) -> list[str]:
    """ "El Salvador and Guatemala, which have received USD 30 million and USD 12 million respectively": the
    sums listed before "respectively" go one each to the countries of the list before them, in order, when those
    countries receive them."""
    view, sent, span = case.view, case.sent, case.span
    if span is None or case.sums < 2:
        return []
    doc = view.doc
    end = next((t.i for t in doc[span.end : sent.end] if t.lower_ in WORDS.respective_words), None)
    if end is None:
        return []
    sums = view.sums_in(sent.start, end)
    # The run of sums "respectively" closes ("USD 1.8 million and USD 1.7 million"), after any sum of the sentence
    # given before it ("USD 2.5 million is being made available to X, while Y and Z will receive ..."): the countries
    # before that run are the ones it goes to.
    first = len(sums) - 1
    while first > 0 and all(t.lower_ in WORDS.list_glue for t in doc[sums[first - 1].end : sums[first].start]):
        first -= 1
    places = _places_after_respectively(view, sent, end, sums[first:])
    if places is not None:
        if span not in sums[first:]:
            return []
        code = places[sums[first:].index(span)]
        return [code] if code != case.spender else []
    lists = view.country_lists([c for c in view.spans_in("country", sent.start, sums[first].start) if c._.norm])
    if not lists:
        # "USD 2.75 million ..., to be shared among X, Y and Z in the amounts of USD 1.5 million, USD 750,000 and USD
        # 500,000 respectively": a total before the list, which a cue sets out as the ones the sums go to.
        shared = view.country_lists([c for c in view.spans_in("country", sums[0].end, span.start) if c._.norm])
        if shared and view.cue_before(sent.start, shared[-1][0].start) == "pos":
            lists = shared
    after = view.country_lists([c for c in view.spans_in("country", sums[-1].end, end) if c._.norm])
    if after and len(after[-1]) >= 2 and view.cue_before(sent.start, after[-1][0].start) == "pos":
        # "of which USD 7.6 million and USD 6.4 million correspond to the activities in X and Y respectively": the
        # countries the sums go to, listed after them.
        run = [a for a in sums if a.start < after[-1][0].start][-len(after[-1]) :]
        if len(run) == len(after[-1]) and span in run:
            code = after[-1][run.index(span)]._.norm
            return [code] if code != case.spender else []
    if not view.spans_in("country", sent.start, sent.end) and case.index and view.next_in_paragraph(case.index - 1):
        # "... school feeding in Mozambique, Angola and Guinea-Bissau. Of this amount, USD 2.5 million, USD 2 million
        # and USD 1.5 million will be allocated respectively to each of the three countries": a sentence naming no
        # country shares its sums out, in order, over the list of as many the sentence before cues as helped.
        before = view.sents[case.index - 1]
        lists = [
            found
            for found in view.country_lists([c for c in view.spans_in("country", before.start, before.end) if c._.norm])
            if view.cue_before(before.start, found[0].start) == "pos"
        ]
        run = sums[-len(lists[-1]) :] if lists else []
        if lists and len(run) == len(lists[-1]) == len(sums) and span in run:
            code = lists[-1][run.index(span)]._.norm
            return [code] if code != case.spender else []
        return []
    if not lists or len(lists[-1]) < 2:
        return []
    run = [a for a in sums if a.start > lists[-1][-1].end]
    if len(run) != len(lists[-1]) or span not in run:
        return []
    # Those who received them, or those the sums went to ("to X and Y ..."), not those who paid them ("Saudi Arabia
    # and the United Arab Emirates, which have paid USD 100 million and USD 50 million respectively": donors).
    received = case.group is not None and case.group.cls == "receive"
    if not received and view.cue_before(sent.start, lists[-1][0].start) != "pos":
        return []
    code = lists[-1][run.index(span)]._.norm
    return [code] if code != case.spender else []


SUM_RULES = (
    row_country,
    leader_row_country,
    row_note,
    caption_country,
    giver_table_above,
    received_in_list,
    respectively,
    country_before_bracket,
    agreed_with,
    country_before_sum,
    running_total,
    heading_and_included,
    named_below_heading,
    cued_in_clause,
    given_to_author,
    item_heading,
    cued_in_item_heading,
    bracketed_in_title,
    part_of_sum_above,
    named_in_clause,
    country_share,
    recipient_before_sums,
    cued_in_sentence,
    region_next_sentence,
    letter_places_in_region,
    focal_countries,
    further_or_part,
    part_of_sum_before,
    remainder,
    ordinal_part,
    changed_by,
    back_reference,
    defined_term,
    counted_back_reference,
    project_country,
    named_again,
    next_sentence,
    served_by_recipient,
    for_author_purpose,
    paragraph_context,
    section_heading,
    further_than_sum_before,
    counted_countries_after,
    debt_of_author,
    letter_beneficiary,
    support_from_abroad,
    applied_for_jointly,
    asked_party_to_give,
    received_by_author,
    givers_row_to_author,
    signed_for_states,
)
UNDERTAKING_RULES = (cued_in_clause, named_in_clause, back_reference_any)
CALL_RULES = (cued_in_clause, named_in_clause)


def decide_beneficiaries(rules, case: BeneficiaryCase) -> tuple[list[str], Optional[str]]:
    """The beneficiaries the first rule that finds some gives, with its name (None: no rule did)."""
    found, rule = decide(rules, case)
    return (found or []), rule
