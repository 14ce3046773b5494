"""Status (planned / adopted / disbursed) and modality (firm / intention / call) of a commitment.

The status is decided by an ordered rule table (``STATUS_RULES``): each rule is a small named
function of a ``StatusCase``; the first that applies decides and its name is kept.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator, Optional

from extractor.reference.edtf import interval
from extractor.reference.marks import BULLETS, ITEM_MARK, enumerator_values
from extractor.relations.cues import (
    VerbGroup,
    asked_that,
    condition_conjunction,
    is_finite_form,
    load_cues,
    release_asked_at,
    tenseless,
    verb_groups,
)
from extractor.relations.letter_doc import (
    PREPOSITIONS,
    first_prose_end,
    opens_list_item,
    phrase_at,
    phrase_places,
    text_end,
    text_start,
)
from extractor.relations.rules import decide
from extractor.relations.wordlists import load_lexicon

if TYPE_CHECKING:
    from extractor.relations.letter_doc import LetterDoc

WORDS = load_lexicon("commitments")
# Words right after a noun of paying out that leave the payment to come: owed ("payments due") or scheduled.
STILL_TO_PAY = WORDS.owed_words | WORDS.schedule_nouns
# How far back from a verb group a "call"/"intention" cue may stand ("we call on X to", "we intend to").
DEFAULT_MODALITY_WINDOW = 8
# How far before a sum the noun that names it may stand ("a first payment of EUR 60 million").
DEFAULT_NAME_WINDOW = 4
# Most words between a need ("requirements") and the verb that gives its size ("under the plan amount to",
# "for support to the Samoa Airport Authority, estimated at").
DEFAULT_NEED_WINDOW = 10
# Most words between a request and its "for" ("the request submitted by your Ministry in March for a loan of").
MAX_REQUEST_GAP = 8
# Most words from a verb of asking to the sum whose release it asks ("seeks the release of the balance still held
# under the 2019 agreement, that is CAD 6 million").
MAX_RELEASE_WORDS = 30
# The words of a confirmation, and of courtesy that a conditional makes a request ("would be
# grateful", "should appreciate").
CONFIRMING_WORDS = WORDS.confirming_verbs | WORDS.confirmation_nouns
COURTESY_WORDS = WORDS.thanks | WORDS.courtesy_verbs
# A text a legislature votes on ("the draft estimates", "the Finance Bill", "the budget"): a plan or its cost.
TEXT_NOUNS = WORDS.plan_nouns | WORDS.plan_cost_nouns
# Stage nouns of money only asked for or still missing ("the request", "the funding gap").
PLANNED_STAGE_NOUNS = frozenset(w for w, stage in WORDS.stage_nouns.items() if stage == "planned")
# Nouns of asking that can head a sentence's subject ("The appeal ... is presented for"); a past form ("asked",
# "called") is the verb of its own clause, not a subject.
ASKING_SUBJECT_NOUNS = frozenset(w for w in WORDS.asking_nouns if not w.endswith("ed"))
# Most words from a word of asking to the confirming word it governs ("please confirm", "ask you to confirm").
MAX_ASKING_TO_CONFIRMING_WORDS = 3
ESTIMATE_WORDS = 3  # words from a tentative word to the verb of cost it qualifies ("estimated to cost")
# The present "be" of a passive estimate ("is estimated at"; not "being", nor the past "was estimated at"), and the
# nouns of money its subject may name: a cost, a need, or a stage of spending ("the expenditure is estimated at").
ESTIMATE_BE = WORDS.present_be - {"being"}
ESTIMATED_NOUNS = WORDS.plan_cost_nouns | WORDS.need_nouns | frozenset(WORDS.stage_nouns)
MAX_SOURCE_WORDS = 4  # words from "under" to the stage noun of the money drawn on ("under the 2030 budget")
MAX_CONFIRMED_MODIFIERS = 2  # modifiers between "confirmed" and its noun ("has confirmed joint funding of")
# The auxiliary right before a passive participle: a form of "be", not the progressive "being" ("is being confirmed"
# tells no decision yet).
PASSIVE_BE = WORDS.be_forms - {"am", "being"}
UNDECIDED_AUX = WORDS.future_aux | WORDS.open_modals  # "will be confirmed", "may be confirmed": not yet
MAX_CONFIRMED_SUBJECT_WORDS = 8  # words of the sum's noun before its passive "was confirmed"
# Most words of a sum's noun phrase after it, names aside, before a comma ("to the Fund hosted by the Bank, which").
SUM_PHRASE_WORDS = 8
APPOSITIVE_WORDS = 6  # an appositive's words before its participle (", a policy-based loan co-financed")
# How far before a sum a goal noun or "toward" may stand ("toward a combined up to $1 billion").
DEFAULT_GOAL_WINDOW = 7
# How far before "includes" the plan noun that is its subject may stand ("The Plan (AJP) includes").
DEFAULT_PLAN_WINDOW = 5
# How far after "build on" its sum may stand ("build on the Administration's historic investment of
# over $16 billion").
DEFAULT_BUILT_ON_WINDOW = 10
# How many sentences back from a bulleted item the lead-in of its list may stand ("These investments
# include: - ...": the items and the sentences that go on about them).
DEFAULT_LEAD_SENTENCES = 6
# How many sentences (list items and their lead-ins) may stand between a section's heading and a sum under it.
DEFAULT_SECTION_SENTENCES = 12
# Most words an aside between commas may hold between a subject and its verb ("expenditure ..., against an approved
# envelope of USD 29 million, reached ..."), and a subject's words before the aside.
MAX_ASIDE_WORDS = 12
MAX_SUBJECT_WORDS = 15
NEGATIONS = frozenset({"not", "n't", "never"})
# Words between a denial and the verb it denies ("has not yet been obligated"); how far back to look.
NEGATION_FILLERS = frozenset(
    {"yet", "been", "be", "has", "have", "had", "is", "are", "was", "were", "still", "so", "far"}
)
NEGATION_REACH = 4
# Most tokens from a verb of deciding to the "that" it opens ("agreed at its meeting of 3 May that").
MAX_DECIDED_THAT_GAP = 8
MAX_PROPOSER_WORDS = 10  # a noun of proposal's words before its "that" ("the proposal put forward by X that")
MAX_HEADING_WORDS = 10  # a heading over a list is a short line; a longer one is text
YEARS = re.compile(r"\d{4}(/\d{4})?")  # a year or a span of whole years, as EDTF ("2027", "2027/2028")
# A fiscal year written as two calendar years ("2030/31") opens in its first year, in October at the latest (April in
# Japan and the United Kingdom, July in Australia, October in the United States).
LATEST_FISCAL_START_MONTH = 10
# Most words between a voted text's noun and the period it names ("the Revised Estimates for 2030/31", "the 2030/31
# Capital Estimates").
MAX_TEXT_PERIOD_WORDS = 4
# Most tokens from a sum to the end of a relative clause that places it in a draft ("KES 12 million (about
# USD 90,000) that the National Treasury (NT) has included in the draft budget"): a bracketed equivalent and a
# ministry with its acronym fit; a longer run is another clause.
MAX_DRAFT_CLAUSE_TOKENS = 24
# Most words from "in" to the noun of the text that holds a sum ("in the revised 2040 estimates"), and from "to" to a
# legislature's noun ("to the National Assembly").
MAX_TEXT_NOUN_WORDS = 4
MAX_LEGISLATURE_WORDS = 3
MAX_LABEL_WORDS = 6  # a key figure's label before its colon ("- Total new approvals: USD 74.6 million")
MAX_INSTRUMENT_NOUN_WORDS = 6  # past a subject's own words, those naming a grant or loan before its size verb
MAX_PLAN_COST_WORDS = 6  # words from "with" back to its plan noun, past two more ("a Plan for 2028 with a ... cost")
MAX_ALLOTMENT_MODIFIERS = 3  # words between "has" and its allotment's noun ("has a modest yearly running budget of")
MAX_PLAN_OPENING_WORDS = 6  # words after an opening "In" up to its plan noun ("In the 2029 Finance Bill, ...")
# The words that open a clause on an agreement just named ("signed an agreement under which ...").
AGREEMENT_RELATIVES = frozenset({"under which", "by which", "whereby"})


@dataclass
class StatusCase:
    """What the status of one commitment is decided from."""

    group: Optional[VerbGroup]
    modality: str
    proposed: bool = False  # in a "that" clause of a planning verb ("I propose that ...")
    paid: bool = False  # the sum is named a payment, a disbursement or a tranche
    attribute: bool = False  # a bare participle describing the sum ("$11.5bn provided in the Act")
    dated: bool = False  # a bare participle of paying out dated in the past ("the $2m released in 2027 to ...")
    ongoing: bool = False  # the sum's clause runs in the present progressive ("DFC is improving ...")
    asked: bool = False  # the sum is what is asked for ("calls for $18 billion", "a request of $191 million")
    received: bool = False  # a past verb let someone receive it ("enabled businesses to access $179 million")
    intended: bool = False  # "plans to" between the verb and the sum ("announced plans to provide $100 million")
    pledged: bool = False  # the sum is named a pledge ("a $150 million, 3-year pledge")
    in_plan: bool = False  # a plan not yet adopted includes it ("the funding request includes $1.2 billion")
    targeted: bool = False  # the sum is named a goal ("a goal of investing $1 billion", "toward $1 billion")
    legislated: bool = False  # a legislature is the verb's subject ("Congress provided $3.5 billion")
    to_date: bool = False  # "to date", "so far" before the verb ("To date, X has awarded $1 million")
    built_upon: bool = False  # the object of "build on" ("which builds upon over $11 billion")
    lead: Optional[str] = None  # the status of the verb leading the sum's bulleted list in ("DFC announced: - ...")
    total: bool = False  # a running total the sum before is counted in ("bringing our total support to $1 billion")
    negated: bool = False  # the verb is denied ("has not yet been obligated")
    staged: Optional[str] = None  # the stage a noun before the sum names it at ("Disbursements ... fell from EUR 14m")
    decided_as: bool = False  # a clause after the sum says it was decided ("EUR 4m a year, as agreed by the Board")
    under_agreement: bool = False  # the sentence opens with a signed agreement ("Under the agreements signed ...,")
    awaiting: bool = False  # a decision still to come conditions it ("GBP 40m, subject to parliamentary approval")
    to_come: bool = False  # a clause right after it says it is still to come ("EUR 20m, to be provided in 2025")
    labelled: Optional[str] = None  # the stage a key figure's label names ("- Total disbursements: USD 51 million")
    row_label: Optional[str] = (
        None  # the stage a row's label names before leader dots ("Paid by X ...... USD 9 million")
    )
    bound: bool = False  # "shall" in an instrument its parties signed ("X shall contribute EUR 4 million")
    ordered: bool = False  # "shall" in an order that decides by itself ("DIRECTIVE ... EUR 4 million shall be moved")
    confirmed: bool = False  # what a giver confirmed names the sum ("has confirmed a grant of EUR 1 million")
    confirmed_subject: bool = False  # the sum is the subject of a passive "was confirmed" (is_confirmed_subject)
    released: bool = False  # an -ing verb of paying out after the verb's clause takes it (", releasing $1.2 billion")
    resolved: bool = False  # the sum stands in a resolution's operative clause ("RESOLVED, ... to extend P3 million")
    whole: Optional[str] = None  # the status of the sum it is a part of ("Of this amount, EUR 3 million is for X")
    sent_on: Optional[str] = (
        None  # the status of the whole a part "went to" a purpose from ("of which EUR 4m went to X")
    )
    part_paid: bool = (
        False  # a part split from it has gone out ("a grant of USD 30 million, of which USD 17 million was paid")
    )
    split_decided: bool = False  # a decided part is split from it ("Of the $300 million fund, $87 million was spent")
    approved: bool = False  # a decision's participle follows it ("USD 20 million as a loan, approved by its Board")
    expected: bool = False  # a planning participle follows it ("EUR 50 million from X, expected in May")
    decided_later: bool = False  # a deciding participle follows it ("CHF 6 million, approved last spring")
    contract_value: bool = False  # the sum is a signed contract's value ("The total value of the contract is EUR 9m")
    instrument_size: bool = False  # a grant or loan named as the subject comes to it ("The grant amounts to USD 8m")
    earmarked: bool = False  # the verb keeps the sum for a purpose ("has set aside BRL 3 billion for its part")
    paid_since: bool = (
        False  # a relative clause on it says it has gone out ("$5 million ..., which has been disbursed")
    )
    included_in: Optional[str] = None  # the status of the sum "including" counts it in ("USD 9m, including USD 6m")
    verb_after: bool = False  # the sum stands before its verb, as its subject ("The $2 billion funds compute")
    toward_cost: bool = False  # it goes "toward the cost of" a project ("received a loan ... toward the cost of X")
    allotted: bool = False  # an allotment's noun names it ("received an approved budget of N$ 9 million")
    promised_ahead: bool = False  # its sentence names a time not yet over ("pledged EUR 2 million for 2027-2028")
    own_promise: bool = False  # the author's state is the promise's named subject ("Chile pledged" in Chile's letter)
    held: bool = False  # a body has it as its allotment ("The archive holds a budget of EUR 3 million")
    decided_that: bool = False  # its verb's clause is what a past decision says ("has decided that EUR 5m will be")
    requested: bool = False  # a participle of asking names who asked for it ("USD 2 million requested by X")
    confirmation_asked: bool = False  # in what the author asks to have confirmed ("grateful for confirmation that")
    financed_with: bool = False  # the instrument a verb of financing took ("funded X with a credit of XDR 7 million")
    estimated: bool = False  # the sum is what a thing is estimated to cost ("the dam is projected to cost NZD 40m")
    conditioned: bool = False  # its verb stands in a condition not yet met ("only if X allocates EUR 5 million")
    fallen_due: bool = False  # an owed word between it and its verb ("NZD 3m payable since July has")
    undecided_after: bool = (
        False  # a clause after it denies the decision ("NZD 4m, pending a contract not yet concluded")
    )
    made_available: bool = False  # "make" and a word of giving take it ("the Fund made NZD 3m available to X")
    own_stage: Optional[str] = None  # the stage its own participle names ("USD 4m paid", "USD 6m stays undrawn")
    sized_at: bool = False  # "at" puts its verb's money at the sum ("the Trust we finance at SEK 300 million")
    tentative: bool = False  # a tentative word names it ("a provisional grant of SEK 5m", "the expected X is")
    voted: bool = False  # a voted text in force gives it ("XCD 3m was voted in the Revised Estimates for 2030/31")
    taken_back: bool = False  # its verb is a held-back action ("could be de-committed", "would be withheld")
    backed: bool = (
        False  # the verb only backs another's proposal that names it ("We support the proposal to add EUR 2bn")
    )


def _decided_before(case: StatusCase) -> bool:
    """Whether the verb governing "to VERB" is a decision in the past ("agreed to provide")."""
    governor = load_cues().forms.get(case.group.governor)
    return bool(governor and governor[1] == "adopted" and governor[2] == "past")


def _past(case: StatusCase) -> bool:
    return case.group.time == "past"


def awaiting_approval(case: StatusCase) -> Optional[str]:
    """ "a pledge of GBP 40 million, subject to annual parliamentary approval": money that waits on a
    decision still to come is only planned, whatever a pledge or a list's lead-in says of it."""
    return "planned" if case.awaiting else None


def decided_after(case: StatusCase) -> Optional[str]:
    """ "The rest should come from: - Y, CHF 6 million, approved in May": a sum of no verb of ours that a
    deciding participle after it says was decided is adopted, whatever the list's lead-in says of the items."""
    return "adopted" if case.group is None and case.decided_later else None


def still_to_come(case: StatusCase) -> Optional[str]:
    """ "- Australia: AUD 12 million, which will be disbursed in the Pacific", "EUR 20 million, to be provided in
    2025": a sum of no verb of ours that a clause after it sets in the future is only planned, whatever the
    list's lead-in says of the items."""
    return "planned" if case.group is None and case.to_come else None


def expected_later(case: StatusCase) -> Optional[str]:
    """ "it will be met by a loan of USD 75 million, approved in May, and by EUR 50 million from X, expected in the
    third quarter": a sum that a planning participle after it says is still to come is only planned, whatever a
    participle before it (another sum's) or a list's lead-in says."""
    group = case.group
    own_verb = group is not None and not case.attribute
    return "planned" if case.expected and not own_verb else None


def counted_in_whole(case: StatusCase) -> Optional[str]:
    """ "an amount of USD 45 million is required, including USD 30 million for schools and USD 15 million for roads":
    a part that "including" counts in a sum, with no verb of its own after it, is at that sum's stage."""
    return case.included_in


def key_figure_label(case: StatusCase) -> Optional[str]:
    """ "- Total new approvals: USD 74.6 million", "- Disbursements to partners: USD 178.6 million": a sum with no
    verb of its own after an item's label is at the stage the label names, whatever the list's heading says."""
    return case.labelled if case.group is None else None


def leader_row_label(case: StatusCase) -> Optional[str]:
    """ "Budget approved by the Council ...... USD 48 million / Paid by members ...... USD 12 million": a row that
    leader dots join to its sum is at the stage its own label names, whatever verb another row's label holds."""
    return case.row_label


def own_stage_participle(case: StatusCase) -> Optional[str]:
    """ "the totals are USD 9 million disbursed and USD 12 million undisbursed": a sum its own stage participle
    follows is at that stage, not at that of the participle another sum before it took."""
    return case.own_stage


def ongoing_without_verb(case: StatusCase) -> Optional[str]:
    """ "DFC is improving connectivity through $100 million of financing": work under way, so the
    money is committed, though no verb of ours governs it."""
    return "adopted" if case.group is None and case.ongoing else None


def participle_attribute(case: StatusCase) -> Optional[str]:
    """ "the $11.5 billion provided in the Act", "a compact, supported with $649 million": a bare
    participle says what the money is, as decided, not that it was paid out."""
    # "the payment of USD 48 million, made on 28 June": what a payment's participle describes was paid (named_as_paid).
    return "adopted" if case.group is not None and case.attribute and _past(case) and not case.paid else None


def asked_for(case: StatusCase) -> Optional[str]:
    """ "the investment case calls for at least $18 billion", "a $191 million request": money asked
    for is only planned, whatever verb stands further away."""
    return "planned" if case.asked else None


def estimated_cost(case: StatusCase) -> Optional[str]:
    """ "The new wards are projected to cost NZD 14 million, to be met by ...": an estimate of what a thing will cost
    is money foreseen, not decided or paid, whatever participle after it says how it is to be met."""
    return "planned" if case.estimated else None


def named_tentative(case: StatusCase) -> Optional[str]:
    """ "We foresee a tentative Swedish envelope of SEK 75 million", "the provisional payment is SEK 15 million": a
    sum its own noun calls tentative is only foreseen, unless a past verb has since decided or paid it
    ("the proposed budget of EUR 4 million was approved")."""
    group = case.group
    # "..., allocated as follows": a bare participle describing the sum decides nothing of its own; "has decided to
    # allocate an indicative envelope of" decides it.
    open_verb = group is None or (group.time != "past" or case.attribute) and not _decided_before(case)
    return "planned" if case.tentative and open_verb else None


def named_as_goal(case: StatusCase) -> Optional[str]:
    """ "DFC announced a goal of investing $1 billion", "with the goal of closing $350 million of
    deals": a target is only planned, whatever verb announced it."""
    return "planned" if case.targeted else None


def included_in_plan(case: StatusCase) -> Optional[str]:
    """ "The American Jobs Plan includes $30 billion": a sum a plan or a request includes is only
    planned, as the plan is."""
    return "planned" if case.in_plan else None


def pledge_paid(case: StatusCase) -> Optional[str]:
    """ "Saudi Arabia has paid its pledge of SAR 375 million in full": a pledge a past verb of paying out governs
    has gone out."""
    group = case.group
    paid = group is not None and _past(case) and group.lemma in WORDS.spending_now and not case.negated
    return "disbursed" if case.pledged and paid else None


def _promised(case: StatusCase) -> bool:
    """Whether a past verb of promising governs the sum ("has pledged", "pledged")."""
    group = case.group
    return group is not None and _past(case) and group.lemma in WORDS.promising_verbs and not case.negated


def promise_partly_paid(case: StatusCase) -> Optional[str]:
    """ "The partners have pledged EUR 9 million, of which EUR 4 million has been received": a promise only a part of
    which has come in is, as a whole, still to be paid: planned (the part is at its own verb's stage)."""
    return "planned" if _promised(case) and case.part_paid else None


def promised_for_time_ahead(case: StatusCase) -> Optional[str]:
    """ "X has pledged EUR 2 million for training over 2027-2028", written in 2027, "Chile pledges CLP 8 billion for
    2027-2029": money promised for a time not yet over is only planned (a pledge for no time or a time gone by, or the author's own state's past one,
    told as its decision, is a decision taken: past_decision)."""
    group = case.group
    if group is None or case.negated or not case.promised_ahead:
        return None
    pledging_now = group.time == "present" and group.lemma in WORDS.promising_verbs
    return "planned" if (_promised(case) and not case.own_promise) or pledging_now else None


def pledge_intended(case: StatusCase) -> Optional[str]:
    """ "Chile plans to make a pledge of CLP 900 million next spring": a pledge only intended is not yet made:
    planned (pledges another is urged to honour were made)."""
    return "planned" if case.pledged and case.modality == "intention" else None


def named_as_pledge(case: StatusCase) -> Optional[str]:
    """ "the recent $150 million pledge to CEPI will support ...": a pledge is a decision taken,
    whatever the verb of the sentence says of what it will do."""
    return "adopted" if case.pledged else None


def confirmed_by_giver(case: StatusCase) -> Optional[str]:
    """ "UNHCR, which has confirmed a contribution of EUR 140,000 for tents": with no verb of ours, a sum whose
    giver confirmed it is decided."""
    # "EUR 9 million was confirmed by the Bank and will be paid in May": the payment to come is a later step.
    return "adopted" if case.group is None and case.confirmed or case.confirmed_subject else None


def intended_after_verb(case: StatusCase) -> Optional[str]:
    """ "announced plans to provide $100 million": only the plan was announced."""
    return "planned" if case.intended else None


def running_total(case: StatusCase) -> Optional[str]:
    """ "NOK 530 million already disbursed ..., bringing Norway's total support to close to one billion
    kroner": a total counts money at every stage, so it stands as committed, whatever the verb of the
    sum before it says; a total of one stage is at that stage ("bringing cumulative disbursements to")."""
    return (case.staged or "adopted") if case.total else None


def list_lead(case: StatusCase) -> Optional[str]:
    """ "These investments include: - ... - Clean power in X: $857,000 to support ...": a bulleted
    item's sum with no verb of its own is what the verb leading the list in says of every item."""
    return case.lead if case.group is None else None


def named_by_stage(case: StatusCase) -> Optional[str]:
    """ "GCF disbursements to projects reached USD 510 million": with no verb of ours, the noun the sum
    measures says its stage."""
    return case.staged if case.group is None else None


def resolved_clause(case: StatusCase) -> Optional[str]:
    """ "RESOLVED, as it is hereby resolved, to authorize the Mayor to extend assistance of P3,000,000.00": what a
    resolution's operative clause says with no verb of ours, or only a future one, the council has decided."""
    group = case.group
    open_verb = group is None or group.time == "future" and group.cls != "planned"
    return "adopted" if case.resolved and open_verb and case.modality == "firm" else None


def part_of_whole(case: StatusCase) -> Optional[str]:
    """ "X has committed EUR 95 million. Of this amount, EUR 38 million is for medicines": a part with no verb of its
    own is the same money as the whole it is split from, at the whole's stage."""
    return case.whole if case.group is None else None


def part_sent_to_purpose(case: StatusCase) -> Optional[str]:
    """ "allocated EUR 9 million, of which EUR 4 million went to school meals", "will give EUR 9 million, of which EUR 4
    million goes to school meals": a part whose past or present verb only says to what purpose it goes splits the
    whole's decision, at the whole's stage (not "went to the Red Cross": paid to a body, or "will go to": the split to
    come, planned as the future is)."""
    return case.sent_on


def whole_of_decided_part(case: StatusCase) -> Optional[str]:
    """ "Of the $300 million Compute Access Fund, $87 million had been committed by August": a whole named with no
    verb of its own, whose part a past verb committed or paid, is money decided (no more than that: the rest of it
    has not gone out)."""
    return "adopted" if case.group is None and case.split_decided else None


def contract_value(case: StatusCase) -> Optional[str]:
    """ "The total value of the contract is EUR 628 million": with no verb of ours, a contract's value is money its
    parties bound themselves to, decided."""
    return "adopted" if case.group is None and case.contract_value else None


def sized_instrument(case: StatusCase) -> Optional[str]:
    """ "The credit amount is EUR 22 million", "the grant of X to Y for 2024-2027 amounts to USD 6.1 million": with no
    verb of ours, the size of a grant or loan already named as such is money decided."""
    return "adopted" if case.group is None and case.instrument_size else None


def held_allotment(case: StatusCase) -> Optional[str]:
    """ "The archive has a budget of EUR 3 million", "In its budget for 2026 the agency has EUR 9 million": with no verb
    of ours, a budget or an allocation a body has is money decided for it (not "will have": planned, as the future)."""
    return "adopted" if case.group is None and case.held else None


def no_verb(case: StatusCase) -> Optional[str]:
    """A sum with no verb of its own ("EUR 5m for X") is only planned."""
    return "planned" if case.group is None else None


def proposed(case: StatusCase) -> Optional[str]:
    """ "I propose that the Commission mobilise EUR 120m": not yet decided."""
    return "planned" if case.proposed else None


def proposal_backed(case: StatusCase) -> Optional[str]:
    """ "We back the Board's offer to enlarge the credit by a sum": a sum a writer's verb of
    backing reaches only through another's proposal, request or offer is as planned as that proposal."""
    return "planned" if case.backed else None


def paid_after_decision(case: StatusCase) -> Optional[str]:
    """ "agreed to make a first payment of EUR 60m" in the past: paid out."""
    return "disbursed" if _decided_before(case) and _past(case) and case.paid else None


def decided_to(case: StatusCase) -> Optional[str]:
    """ "the United Kingdom agreed to provide": decided, not only planned."""
    return "adopted" if _decided_before(case) else None


def planning_verb(case: StatusCase) -> Optional[str]:
    """A verb whose every form means "not yet" (propose, earmark, plan)."""
    return "planned" if case.group.cls == "planned" else None


def in_preparation(case: StatusCase) -> Optional[str]:
    """ "The IDB is preparing a USD 120 million operation", "USD 90 million in credits is being prepared": money
    still being readied is not decided."""
    group = case.group
    being_readied = group.time in ("progressive", "present") or group.aux[-1:] == ["being"]  # the passive progressive
    return "planned" if being_readied and group.lemma in WORDS.preparing_verbs else None


def stated_as_decided(case: StatusCase) -> Optional[str]:
    """ "will continue to provide EUR 4 million a year, as decided by the Government": the future verb
    carries out a decision already taken, so the money is committed; so does one in a sentence that opens with a
    signed agreement ("Under the agreements signed today, China will provide ..."; a past verb there says more) or
    one a decision's participle after the sum names approved (", approved by its Board on 27 August")."""
    # "CABEI will provide USD 20 million as a loan, approved by its Board in August": the future verb pays out a sum
    # already approved (a past verb says more: "..., approved in 1961, has been paid in full").
    future_firm = case.group.time == "future" and case.modality == "firm"
    carried_out = (case.under_agreement or case.approved) and future_firm
    return "adopted" if case.decided_as or carried_out else None


def decided_in_that_clause(case: StatusCase) -> Optional[str]:
    """ "The Ministry has decided that EUR 40 million of the suspended funds will be redirected": the future
    verb of a "that" clause a past verb of deciding opens carries out the decision taken, so the money is committed,
    as "has decided to reprogramme" is (decided_to); "announced that ... will be" only makes it known (future)."""
    firm = case.group.time == "future" and case.modality == "firm" and not case.negated  # "will not be paid": refused
    return "adopted" if case.decided_that and firm else None


def bound_by_signature(case: StatusCase) -> Optional[str]:
    """ "The Government of X shall contribute EUR 4 million" in a memorandum its parties signed: the obligation
    was agreed on signature, so the money is committed, though the verb is a future's."""
    return "adopted" if case.bound and case.group.time == "future" and case.modality == "firm" else None


def ordered_by_the_text(case: StatusCase) -> Optional[str]:
    """ "The Treasury shall transfer EUR 4 million to the Institute" in an executive order or a decree: the order
    decides it on its issue, though the verb is a future's (the blind sets' annotators read it so; DIGEST.md is
    silent on it)."""
    return "adopted" if case.ordered and case.group.time == "future" and case.modality == "firm" else None


def earmarked(case: StatusCase) -> Optional[str]:
    """ "The Government has set aside BRL 3 billion for its part", "X has reserved EUR 41 million in the budget
    strategy": money kept for a purpose is earmarked, not yet decided on (DIGEST: planned), in any tense; a "shall"
    of a signed instrument binds it (bound_by_signature, before)."""
    return "planned" if case.earmarked else None


def at_risk_of_withdrawal(case: StatusCase) -> Optional[str]:
    """ "should works slip, NZD 2m could be de-committed": money that may yet be taken back is decided today."""
    # "could be de-committed": the auxiliaries before a hyphenated prefix leave the verb's group, not its modality.
    not_yet = case.group.time == "future" or bool(set(case.group.aux) & UNDECIDED_AUX) or case.modality != "firm"
    return "adopted" if case.taken_back and not_yet else None


def future(case: StatusCase) -> Optional[str]:
    """A verb in the future ("will provide", "is to receive")."""
    return "planned" if case.group.time == "future" else None


def call_or_intention(case: StatusCase) -> Optional[str]:
    """Asked of someone or only intended ("we call on X to", "we intend to")."""
    return "planned" if case.modality in ("call", "intention") else None


def condition_to_meet(case: StatusCase) -> Optional[str]:
    """ "Our second payment follows only if the Council first sets aside NZD 2 million of its own": a sum
    whose verb is a condition still to be met is asked for, not decided: planned."""
    return "planned" if case.conditioned else None


def confirmation_asked(case: StatusCase) -> Optional[str]:
    """ "We would appreciate your confirmation that the EUR 6 million is now part of the budget": what the author
    asks the addressee to confirm is not asserted, though its clause's verb is a past or present one: planned (after
    the future and the rules it would agree with, so that those name the decision where they apply)."""
    return "planned" if case.confirmation_asked else None


def builds_on_existing(case: StatusCase) -> Optional[str]:
    """ "which builds upon over $11 billion in assistance", "These efforts build on the
    Administration's investment of $16 billion": what is built on is money already paid out
    (not in the future: "It would build on an additional $22 million" is only planned)."""
    return "disbursed" if case.built_upon and case.group.time != "future" else None


def disposition(case: StatusCase) -> Optional[str]:
    """ "we are committed to supporting": a disposition, not a past act ("has committed to provide"
    is a decision taken)."""
    group = case.group
    # "EUR 105 million has been committed to border management": a perfect passive is money committed, no disposition.
    perfect = bool(set(group.aux) & {"has", "have", "had"})
    return "planned" if _past(case) and group.to_follows and set(group.aux) & WORDS.be_forms and not perfect else None


def appropriated(case: StatusCase) -> Optional[str]:
    """ "Congress provided $3.5 billion above regular appropriations": what a legislature provides
    or gives is appropriated (a decision), not paid out."""
    return "adopted" if _past(case) and case.legislated and case.group.cls == "disbursed" else None


def awarded_to_date(case: StatusCase) -> Optional[str]:
    """ "To date, the Foundation has awarded $1 million to ...": awards a giver counts up to now were handed
    out; a single "awarded $2 million" stays a decision (past_decision), and so do grants its recipients count
    ("So far the three countries have been granted EUR 700 million": the passive names the awards received)."""
    group = case.group
    counted = _past(case) and case.to_date and not group.is_passive()
    return "disbursed" if counted and group.lemma in WORDS.awarding_verbs else None


def helped_to_receive(case: StatusCase) -> Optional[str]:
    """ "U.S. efforts have enabled businesses to access $179 million": the money has reached them."""
    return "disbursed" if _past(case) and case.received else None


def described_in_present(case: StatusCase) -> Optional[str]:
    """ "The additional funding of SEK 330 million is distributed as follows", "$5 million is channelled
    through UNICEF": a verb of paying out in the present passive says how money decided on is split,
    not that it has gone out ("has been distributed" has)."""
    group = case.group
    # "The package is jointly funded": an adverb among the auxiliaries is no tense.
    aux = {a for a in group.aux if not a.endswith("ly")}
    present = bool(aux) and aux <= WORDS.present_be
    return "adopted" if _past(case) and present and group.cls == "disbursed" else None


def request_not_granted(case: StatusCase) -> Optional[str]:
    """ "A further EUR 3 million requested by the Ministry was not funded": a sum asked for whose verb is denied was
    never decided: planned (not_yet_done would read the denied payment as money decided and unpaid)."""
    return "planned" if case.requested and case.negated else None


def unpaid_when_due(case: StatusCase) -> Optional[str]:
    """ "NZD 3 million payable since July has still not been paid": a payment that fell due and is denied is
    still to be paid, in arrears: planned (not_yet_done would read it as money decided)."""
    return "planned" if case.negated and case.paid and case.fallen_due else None


def not_yet_done(case: StatusCase) -> Optional[str]:
    """A denied step ("$450 million ... has not yet been obligated"): money decided but not paid out is
    adopted; a decision not taken is planned."""
    if not case.negated or case.group is None:
        return None
    if case.group.lemma in WORDS.after_decision_verbs:
        return "adopted"  # "not yet obligated", "not yet contracted": steps that follow the decision
    return {"disbursed": "adopted", "adopted": "planned"}.get(case.group.cls)


def received_toward_cost(case: StatusCase) -> Optional[str]:
    """ "The Government of X has received a loan from the Bank toward the cost of the Project": a borrower's word for
    financing granted to a project's cost, decided, not yet paid out."""
    group = case.group
    return "adopted" if _past(case) and group.cls == "receive" and case.toward_cost else None


def financed_with_instrument(case: StatusCase) -> Optional[str]:
    """ "the OPEC Fund, which funded the new clinic with a credit of XDR 7 million": a past verb of financing that names its
    grant or loan gives the instrument's size, money decided for the project, not said to be paid out."""
    group = case.group
    return "adopted" if _past(case) and group.lemma in WORDS.financing_verbs and case.financed_with else None


def received_allotment(case: StatusCase) -> Optional[str]:
    """ "The Programme received a budget of N$ 9 million": a body received an allotment, decided for it, not paid."""
    group = case.group
    return "adopted" if _past(case) and group.cls == "receive" and case.allotted else None


def won_award(case: StatusCase) -> Optional[str]:
    """ "The agency has won EUR 4 million from the fund's call": money awarded to its receiver, decided, not yet paid."""
    group = case.group
    return "adopted" if _past(case) and group.cls == "receive" and group.lemma in WORDS.winning_lemmas else None


def made_available_in_past(case: StatusCase) -> Optional[str]:
    """ "Last year the Fund made NZD 3 million available to the clinics": made available in the past is
    provided, so paid out; "will make ... available" is read before as only planned (future)."""
    return "disbursed" if _past(case) and case.made_available and not case.negated else None


def given_in_voted_text(case: StatusCase) -> Optional[str]:
    """ "XCD 3m was voted in the Revised Estimates for 2030/31": a budget in force that gives the sum has decided it;
    the money is not yet paid out."""
    return "adopted" if case.voted else None


def dated_participle(case: StatusCase) -> Optional[str]:
    """ "the NZD 5 million granted in 2026 for bridges": a bare participle of giving after its sum, dated in the past
    by its own "in" or "on", says when the money went out (is_dated_participle)."""
    return "disbursed" if case.dated and _past(case) else None


def delivered(case: StatusCase) -> Optional[str]:
    """A past verb of delivering or receiving ("paid", "received")."""
    return "disbursed" if _past(case) and case.group.cls in ("disbursed", "receive") else None


def named_as_paid(case: StatusCase) -> Optional[str]:
    """ "a first payment of EUR 60 million has been made": the noun says it was paid."""
    # "the first tranche of USD 7 million has been obligated": a step after the decision, not yet paid out; "a first
    # tranche of EUR 2 million was approved": a decision on the tranche, which past_decision reads.
    group = case.group
    paid_out = group.lemma not in WORDS.after_decision_verbs and group.cls != "adopted"
    return "disbursed" if _past(case) and case.paid and paid_out else None


def released_with_decision(case: StatusCase) -> Optional[str]:
    """ "The Board approved the arrangement of $3 billion on Wednesday, releasing an immediate $1.2 billion": what the
    past decision paid out with it is disbursed."""
    return "disbursed" if _past(case) and case.released else None


def paid_in_relative(case: StatusCase) -> Optional[str]:
    """ "you announced $5 million in initial assistance, which has been fully disbursed": a past decision whose sum a
    relative clause says has gone out since is disbursed."""
    return "disbursed" if _past(case) and case.paid_since else None


def announced_not_decided(case: StatusCase) -> Optional[str]:
    """ "Our envoy announced NZD 6 million more, though no contract for it has yet been concluded": an announcement a
    later clause says is not yet decided is only planned."""
    return "planned" if case.group.lemma in WORDS.announcing_verbs and case.undecided_after else None


def past_decision(case: StatusCase) -> Optional[str]:
    """Any other past verb: a decision taken."""
    return "adopted" if _past(case) else None


def spending_now(case: StatusCase) -> Optional[str]:
    """ "the UK already contributes GBP 476m": money going out now; not the sum as the verb's subject ("The
    Strategy's $2 billion funds compute infrastructure": what the money is for, decided)."""
    group = case.group
    paying = group.time == "present" and group.cls == "disbursed" and group.lemma in WORDS.spending_now
    # "finances X with a grant of USD 30 million, of which USD 17 million had been disbursed": only the part went out.
    paying = paying and not case.verb_after and not case.part_paid
    # "a scheme the Agency finances at SEK 300 million for 2024-2027": the size of the funding decided, not a payment.
    paying = paying and not case.sized_at
    return "disbursed" if paying else None


def otherwise_adopted(case: StatusCase) -> Optional[str]:
    """A verb in the present ("approves", "decides"): a decision."""
    return "adopted"


STATUS_RULES = (
    named_as_goal,
    awaiting_approval,
    still_to_come,
    expected_later,
    decided_after,
    estimated_cost,
    named_tentative,
    asked_for,  # "is appraising the request for a loan of USD 150 million": the request, not the work on it
    counted_in_whole,
    key_figure_label,
    leader_row_label,
    own_stage_participle,
    ongoing_without_verb,
    included_in_plan,
    pledge_paid,
    pledge_intended,
    named_as_pledge,
    confirmed_by_giver,
    running_total,
    list_lead,
    named_by_stage,
    resolved_clause,
    part_of_whole,
    part_sent_to_purpose,
    whole_of_decided_part,
    contract_value,
    sized_instrument,
    held_allotment,
    no_verb,
    proposed,
    proposal_backed,
    intended_after_verb,
    paid_after_decision,
    decided_to,
    promise_partly_paid,
    promised_for_time_ahead,
    planning_verb,
    in_preparation,
    stated_as_decided,
    decided_in_that_clause,
    bound_by_signature,
    ordered_by_the_text,
    earmarked,
    at_risk_of_withdrawal,
    future,
    call_or_intention,
    condition_to_meet,
    confirmation_asked,
    builds_on_existing,
    disposition,
    participle_attribute,
    appropriated,
    awarded_to_date,
    helped_to_receive,
    described_in_present,
    request_not_granted,
    unpaid_when_due,
    not_yet_done,
    received_toward_cost,
    financed_with_instrument,
    received_allotment,
    won_award,
    made_available_in_past,
    given_in_voted_text,
    dated_participle,
    delivered,
    named_as_paid,
    released_with_decision,
    paid_in_relative,
    announced_not_decided,
    past_decision,
    spending_now,
    otherwise_adopted,
)


def decide_status(case: StatusCase) -> tuple[str, str]:
    """The status of a commitment and the name of the rule that decided it."""
    status, rule = decide(STATUS_RULES, case)
    return status, rule  # otherwise_adopted always applies


def lead_status(view: LetterDoc, index: int) -> Optional[str]:
    """The status the verb leading a bulleted list in gives its items ("These investments include:
    - ...", "DFC announced: - ..."), for a sum in an item at ``index``; None when the sentence opens
    no item or no lead-in stands before it in its paragraph."""
    sents = view.sents
    sent = sents[index]
    # "c) Municipality of X, Bohol . P 500,000.00": the sentencizer cut an item at a stop on its own line, leaving
    # the sum alone (no word in lower case) after it.
    if index and not _opens_item(view, sent) and _opens_item(view, sents[index - 1]):
        alone = not any(t.is_alpha and t.is_lower for t in sent)
        if alone and "\n" not in view.text[text_start(sents[index - 1]) : text_start(sent)]:
            index -= 1
            sent = sents[index]
    if not _opens_item(view, sent):
        return None
    # An item's mark the sentencizer cut off as a sentence of its own ("2." before "Parakou road ... 120 million")
    # is part of its item: it takes none of the sentences a lead-in may stand back.
    back = itertools.islice((k for k in range(index - 1, -1, -1) if not _mark_only(sents[k])), DEFAULT_LEAD_SENTENCES)
    for k in back:
        prev = sents[k]
        colon = _lead_in_colon(view, prev)
        if colon is not None and view.opens_item(prev) and view.doc[colon].idx < text_end(prev):
            colon = None  # "• Uzbekistan – 305.5, for two projects: – 180.0 ...": an item's own sub-items, not ours
        if colon is None:
            # Items may stand a paragraph each: go back over items and the sentences of their paragraphs.
            para_start, _ = view.paragraph_of(text_start(sents[k + 1]))
            if prev.end_char <= para_start and not _opens_item(view, prev):
                prev_para = view.paragraph_of(text_start(prev))[0]
                # The sentence before opens the item, or holds the lead-in the sentencizer ran into the item's first
                # words ("... goes to these partners: || 1. IOM – CHF 2 million ..."): it starts before the item's
                # mark. An item's earlier sentence of its own starts after it, and stops the walk back.
                ran_in = k and sents[k - 1].start_char < prev_para and ITEM_MARK.match(view.text, prev_para)
                item_before = k and (_opens_item(view, sents[k - 1]) or ran_in)
                if item_before and prev_para < text_start(prev):
                    continue  # "(i) Roads ... III . | EUR 9,000,000": the tail of an item the sentencizer cut at a stop
                return heading_status(view, prev)  # "Allocations for 2023" over "- Niger: DKK 210 million ..."
            continue
        groups = [g for g in verb_groups(view, prev, load_cues()) if g.head < colon]
        # "We ask the Commission to consider the following proposals:": a lead-in whose only verb of ours is after
        # "to" still leads its items in by that verb, not by the sentence before it.
        groups = [g for g in groups if not g.purpose] or groups
        if not groups:
            before = verb_before(view, k)
            return lead_in_status(view, *before) if before is not None else None
        return breakdown_status(view, prev, groups)
    return None


def breakdown_status(view: LetterDoc, sent, groups: list[VerbGroup]) -> str:
    """The status a lead-in's verbs give the items under it; for a lead-in that only says the whole before it has
    parts ("... planned cooperation is USD 90 million. This comprises:"), the status of that whole."""
    group = breakdown_verb(view, groups)
    index = (
        next((k for k, s in enumerate(view.sents) if s.start == sent.start), 0) if names_parts(view, sent, group) else 0
    )
    before = verb_before(view, index) if index else None
    return lead_in_status(view, *before) if before is not None else lead_in_status(view, sent, group)


def names_parts(view: LetterDoc, sent, group: Optional[VerbGroup]) -> bool:
    """Whether a lead-in only says the whole before it has parts: an anaphor and a verb of containing ("This
    comprises:", "These include:"), no stage of its own."""
    if group is None or group.lemma not in WORDS.containing_verbs:
        return False
    words = [t.lower_ for t in view.doc[sent.start : group.start] if not t.is_space]
    return bool(words) and all(w in WORDS.money_anaphors for w in words)


def breakdown_verb(view: LetterDoc, groups: list[VerbGroup]) -> VerbGroup:
    """The verb a lead-in gives its items: its last one, or, when that is a bare participle breaking down a sum
    the verb before it took ("has approved US$ 5 million ..., allocated as follows:"), that verb: the items are
    parts of the sum and stand where it stands."""
    last = groups[-1]
    # "... is invited to approve the programme attached, which includes:": the relative clause says what the
    # verb's object holds; the items stand where that verb sets them.
    if len(groups) > 1 and lists_contents(view, last):
        return groups[-2]
    if len(groups) > 1 and last.tense == "past" and not last.aux:
        before = groups[-2]
        if view.sums_in(before.head + 1, last.start):
            return before
    return last


def lists_contents(view: LetterDoc, group: VerbGroup) -> bool:
    """ "..., which includes five million Latinos": a relative clause of including says what a noun
    holds, never what is done with a sum."""
    doc = view.doc
    return (
        group.lemma in WORDS.containing_verbs
        and group.start > 0
        and doc[group.start - 1].lower_ in WORDS.relative_subjects
    )


def enumerator_kinds(view: LetterDoc, char: int) -> set[str]:
    """The kinds of enumerator ("number", "letter-lower", "roman-lower" ...) that open the line holding ``char``."""
    text = view.text
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", start)
    return {value[2] for value in enumerator_values(text[start : end if end >= 0 else len(text)])}


def _mark_only(sent) -> bool:
    """Whether a sentence is nothing but a list item's mark ("2.", "(b)", "-")."""
    return ITEM_MARK.fullmatch(sent.text.strip() + " ") is not None


def _opens_item(view: LetterDoc, sent) -> bool:
    """Whether a sentence opens a list item, its own lettered or numbered mark opening the line included ("b) Town of
    X ...... P 500,000.00", where LetterDoc.opens_item reads only bullets and marks the sentencizer cut off)."""
    if view.opens_item(sent):
        return True
    first = next((i for i in range(sent.start, sent.end) if not view.spaces[i]), None)
    return first is not None and opens_list_item(view.doc, view.text, first)


def verb_before(view: LetterDoc, index: int) -> Optional[tuple[object, VerbGroup]]:
    """The sentence before the one at ``index`` and its last verb, when both stand in one paragraph:
    "The Board approved eleven proposals. Among them: (a) ...": a lead-in with no verb of its own picks
    out of what the sentence before it did."""
    if index == 0:
        return None
    before = view.sents[index - 1]
    groups = [g for g in verb_groups(view, before, load_cues()) if not g.purpose]
    if before.end_char <= view.paragraph_of(text_start(view.sents[index]))[0]:
        # "... today signed four financing agreements worth USD 1 billion. || The agreements comprise: - ...": a lead-in
        # whose subject names again a noun of the paragraph before picks out of what the verb before that noun did.
        noun = _named_again(view, view.sents[index], before)
        groups = [g for g in groups if noun is not None and g.head < noun]
    return (before, groups[-1]) if groups else None


def verb_named_before(view: LetterDoc, index: int) -> Optional[tuple[object, VerbGroup]]:
    """The sentence before a verbless table caption at ``index`` (a paragraph's mark such as "2." aside) and its last
    verb before the noun the caption's subject names again ("... has approved the donation of food ..." then "2. The
    food is valued as follows:"): the caption values what that verb did; None when the subject names no such noun."""
    k = index - 1
    while k >= 0 and _mark_only(view.sents[k]):
        k -= 1
    if k < 0:
        return None
    before = view.sents[k]
    noun = _named_again(view, view.sents[index], before)
    groups = [g for g in verb_groups(view, before, load_cues()) if not g.purpose and noun is not None and g.head < noun]
    return (before, groups[-1]) if groups else None


def _named_again(view: LetterDoc, sent, before) -> Optional[int]:
    """The token of sentence ``before`` that the subject of ``sent`` names again ("The agreements comprise:" after
    "... signed four agreements ..."): its last plain noun after an anaphor that opens it; None when there is none."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 2 or words[0].lower_ not in WORDS.money_anaphors:
        return None
    n = 1
    while n < min(len(words), 1 + MAX_LABEL_WORDS) and words[n].is_alpha and words[n].is_lower:
        if n >= 2 and words[n].lower_ in WORDS.auxiliaries:
            # "The food is valued as follows:": a passive's subject ends before its auxiliary.
            return next((t.i for t in reversed(list(before)) if t.lower_ == words[n - 1].lower_), None)
        n += 1
    # The subject's head noun is its last word before the verb ("The agreements comprise" → "agreements"), no
    # auxiliary.
    if n <= 2 or words[n - 2].lower_ in WORDS.auxiliaries:
        return None
    head = words[n - 2].lower_
    return next((t.i for t in reversed(list(before)) if t.lower_ == head), None)


def lead_in_status(view: LetterDoc, sent, group: VerbGroup) -> str:
    """The status the verb of a list's lead-in gives every item under it ("will be allocated as follows:");
    planned when the lead calls the sums tentative ("Indicative allocations for 2025 ... are:")."""
    before_verb = [t.lower_ for t in view.doc[sent.start : group.head]]
    # "The financing plan agreed with the sponsors is as follows:": items that break down a plan a bare participle
    # describes are planned as the plan is, whatever verb made it (not "Funding proposals approved by the Board ...
    # the Board approved eleven proposals:", where the verb has a subject of its own); so are those of an offer, a
    # request or a proposal the lead-in names anywhere ("I set out below the offer of USD 8 billion as it was
    # confirmed to us:": not yet accepted), unless the lead's own verb decides or pays them ("The Board approved the
    # following requests:").
    # A lead-in whose verb receives ("In answer to the appeal, these gifts have been received:") has its items paid.
    asked_words = PLANNED_STAGE_NOUNS | ASKING_SUBJECT_NOUNS
    named_asked = group.cls not in ("adopted", "disbursed", "receive") and any(t.lower_ in asked_words for t in sent)
    # ("plan agreed": the auxiliaries may hold the noun itself, read as "plan to").
    plan_described = (
        group.tense == "past"
        and group.head > sent.start
        and view.doc[group.head - 1].lower_ in WORDS.plan_nouns
        and all(a in WORDS.plan_nouns for a in group.aux)
    )
    # "We foresee a tentative envelope of SEK 75 million, to be shared by sector:": the items share out a sum
    # the lead-in calls tentative (unless a past verb has since decided it).
    tentative_whole = group.time != "past" and any(
        is_named_tentative(view, s) for s in view.sums_in(sent.start, sent.end)
    )
    if any(w in WORDS.tentative for w in before_verb) or plan_described or named_asked or tentative_whole:
        return "planned"
    # "The payments due on 31 May amount to USD 90 million:": what its items break down is still owed.
    stages = WORDS.stage_nouns
    if any(t.lower_ in stages and _still_owed(view, t.i) for t in view.doc[sent.start : group.head]):
        return "planned"
    # "I request that the Federal Government contribute ..., broken down as follows:": only asked for.
    proposed = in_proposal(view, group, [g for g in verb_groups(view, sent, load_cues()) if not g.purpose])
    # "Funding for the works totals CHF 9 million, distributed as follows:": the participle describes the stated sum, so its
    # parts stand where that sum stands (participle_attribute), not paid out.
    stated = view.sums_in(sent.start, group.start)
    case = StatusCase(
        group,
        modality_of(view, sent, group),
        attribute=bool(stated) and is_attribute(view, stated[-1], group),
        dated=bool(stated) and is_dated_participle(view, stated[-1], group),
        proposed=proposed,
        in_plan=is_in_plan(view, sent, group),
        resolved=in_resolution(view, sent),  # "RESOLVED, ... to extend P3,000,000.00, to be given as follows:"
        # "The balance shall be transferred as follows:" in a decree or a signed memorandum: decided as its sums are.
        bound=is_bound(view, group),
        ordered=is_ordered(view, group),
    )
    status = decide_status(case)[0]
    # "Schemes funded under the 2029 budget:": a caption's bare participle of financing names no payment of its own
    # (not "The Fund disbursed EUR 5 million from its allocation as follows:"), the rows are parts of the money drawn on.
    caption = not group.aux and group.tense == "past" and not view.sums_in(sent.start, sent.end)
    if status == "disbursed" and caption:
        after = [t.lower_ for t in view.doc[group.head + 1 : sent.end]]
        status = drawn_on_stage(view.doc[group.head].lower_, after) or status
    # "The balance of the guarantees issued rose to ..., distributed as follows:": a guarantee is an obligation
    # taken on, not money paid out, so the items it breaks down are decided.
    if status == "disbursed" and any(w in WORDS.contingent_nouns for w in before_verb):
        return "adopted"
    return status


def heading_status(view: LetterDoc, sent) -> Optional[str]:
    """The status a heading over a list gives its items: its participle's ("Agreements signed today",
    "Approved financing (US$ million)") or its stage noun's ("Allocations for 2023"); None for a
    sentence that is no heading (a paragraph of its own, short, with no stop at its end)."""
    return words_stage([t.lower_ for t in sent if not t.is_space]) if _is_heading(view, sent) else None


def _is_heading(view: LetterDoc, sent) -> bool:
    """Whether a sentence is a heading: a paragraph of its own, short, with no stop at its end."""
    words = [t for t in sent if not t.is_space]
    para_start, para_end = view.paragraph_of(text_start(sent))
    return not (
        not words
        or len(words) > MAX_HEADING_WORDS
        or words[-1].text in (".", "!", "?", ":", ";")
        or sent.start_char > para_start + 1
        or sent.end_char < para_end - 1
    )


def section_stage(view: LetterDoc, index: int) -> Optional[str]:
    """The stage the heading of the section a sentence stands in names ("Approvals at a glance" over two lists
    led in by "Public sector operations (US$395 million):" and "Private sector operations (US$247 million):"),
    for its sums with no verb of ours; None when the nearest heading above, within DEFAULT_SECTION_SENTENCES
    sentences of lists, names none, or a sentence of prose stands between (its verbs are the section's news)."""
    for k in range(index, max(-1, index - 1 - DEFAULT_SECTION_SENTENCES), -1):
        sent = view.sents[k]
        # A heading joins the first sentence of the paragraph under it ("Approvals at a glance\n\nPublic ...:").
        para_start, para_end = view.paragraph_of(text_start(sent))
        opening = view.text[para_start:para_end].strip()
        if 0 < len(opening.split()) <= MAX_HEADING_WORDS and opening[-1] not in ".!?:;":
            return words_stage(opening.lower().split())
        if k < index and not view.opens_item(sent) and para_end >= sent.end_char - 1:
            return None  # one paragraph of prose
    return None


def words_stage(lowered: Sequence[str]) -> Optional[str]:
    """The stage a heading's or a verbless lead-in's words name: planned for a tentative word, else its
    participle's ("Agreements signed today", "Approved financing") or its stage noun's ("Allocations for
    2023", "The allocation for 2025-26 includes:"); None when they name none."""
    # "(covering the lenders, not a disbursement)": a stage word that a negation denies names no stage.
    lowered = [w for n, w in enumerate(lowered) if not _denied(lowered, n)]
    if any(w in WORDS.tentative for w in lowered):
        return "planned"
    paying = {w for w, stage in WORDS.stage_nouns.items() if stage == "disbursed"}
    if any(w in paying and after in STILL_TO_PAY for w, after in zip(lowered, lowered[1:])):
        return "planned"  # "The payments due on 31 May amount to USD 90 million:", "The disbursement schedule": to come
    # Other verb forms in a heading are nouns as often as verbs ("FOR IMMEDIATE RELEASE").
    at = next((n for n, w in enumerate(lowered) if stage_participle(w)), None)
    participle = stage_participle(lowered[at]) if at is not None else None
    stages = WORDS.stage_nouns
    if participle == "disbursed" and (drawn := drawn_on_stage(lowered[at], lowered[at + 1 :])):
        return drawn  # "Schemes funded under the 2029 budget"
    return participle or next((stages[w] for w in lowered if w in stages), None)


def drawn_on_stage(participle: str, after: Sequence[str]) -> Optional[str]:
    """The stage of the money a participle of financing says it draws on, named in the words after it ("funded under
    the 2029 budget" → adopted, "financed from the approved allocation"): a source's preposition and, a few words on,
    a stage noun; None without one, or for a participle of paying out ("disbursed from the allocation": paid)."""
    if participle not in WORDS.financed_from_words:
        return None
    source = next((n for n, w in enumerate(after) if w in WORDS.source_prepositions), None)
    stages = WORDS.stage_nouns
    window = after[source + 1 : source + 1 + MAX_SOURCE_WORDS] if source is not None else []
    return next((stages[w] for w in window if w in stages), None)


def _denied(lowered: Sequence[str], n: int) -> bool:
    """Whether a negation stands right before word ``n``, or before its article ("not a disbursement", "no payment")."""
    before = list(lowered[max(0, n - 2) : n])
    if before[-1:] and before[-1] in ("a", "an", "the"):
        before = before[:-1]
    return bool(before) and (before[-1] in NEGATIONS or before[-1] == "no")


def stage_participle(word: str) -> Optional[str]:
    """The stage a past participle of ours names ("approved" → adopted, "paid", "received" → disbursed); a tentative
    word ("proposed", "indicative") is planned; None for any other word."""
    if word in WORDS.tentative:
        return "planned"
    # "Contributions confirmed in 2024", a "Confirmed" column: a participle that names a stage only over figures.
    named = WORDS.stage_participles
    if word in named:
        return named[word]
    _lemma, cls, tense = load_cues().forms.get(word, (None, None, None))
    if tense == "past" and cls == "receive":
        return "disbursed"  # "Funds received", a "Received" column: money that has reached its recipient
    return cls if tense == "past" and cls in ("adopted", "disbursed", "planned") else None


def column_stages(caption: str) -> list[str]:
    """The stages a table's caption or header names column by column, in order ("(EUR million) 2025
    approved 2026 proposed" → adopted, planned): the stage words after the caption's last bracket."""
    tail = caption[caption.rfind(")") + 1 :]
    return [stage for stage in (stage_participle(w) for w in re.findall(r"[a-z]+", tail.lower())) if stage]


def _lead_in_colon(view: LetterDoc, sent) -> Optional[int]:
    """The last colon of a sentence that opens a bulleted list (a bullet or the sentence's end follows it)."""
    words = [t for t in sent if not t.is_space]
    for n in range(len(words) - 1, -1, -1):
        if words[n].text == ":" and (
            n + 1 == len(words) or words[n + 1].text in BULLETS or opens_list_item(view.doc, view.text, words[n + 1].i)
        ):
            return words[n].i  # "It will be spent as follows: 1." (the sentencizer cut after the number)
    return None


def modality_of(view: LetterDoc, sent, group: Optional[VerbGroup]) -> str:
    """firm / intention / call from the words leading up to the verb."""
    if group is None:
        return "firm"
    lo = max(sent.start, group.start - DEFAULT_MODALITY_WINDOW)
    # The verb itself may open the phrase: "We are prepared to consider a contribution of ...". A name's
    # words are no cue: "On 7 May 2025 the Board approved" holds the month, not the modal "may".
    words = ["" if t.i in view.covered else t.lower_ for t in view.doc[lo : min(sent.end, group.head + 2)]]
    words = words if words[-1:] == ["to"] else words[: group.head - lo]
    # "has to date provided": "to date" is a time, not the "has to" of an obligation.
    words = [w for k, w in enumerate(words) if not (w == "to" and words[k + 1 : k + 2] == ["date"])]
    if phrase_at(words, WORDS.call):
        return "call"
    if group.tense == "base" and not group.aux and asked_that(view, sent, group.start):
        return "call"  # "requested that the Parliament vote the funds": asked of another, not undertaken
    if phrase_at(words, WORDS.intention):
        return "intention"
    return "firm"


def in_proposal(view: LetterDoc, group: VerbGroup, groups: list[VerbGroup]) -> bool:
    """Whether the verb stands in a "that" clause of a planning verb ("I propose that the
    Commission mobilise EUR 120m", "we plan that ... be funded"): only proposed, not decided."""
    for outer in groups:
        if outer.head < group.start and outer.cls == "planned":
            between = view.doc[outer.head + 1 : group.start]
            # "the EUR 25 million foreseen for X, of which the committee understands that EUR 6 million were paid":
            # "of which" opens a clause of the part's own, no "that" clause of the planning verb.
            split = of_which_between(view.doc, outer.head + 1, group.start)
            breaks = [t.i for t in between if view.clause_break(t.i)]
            # "We request that the payments be deferred, and that the amounts thus released be used for X": a "that"
            # after the last break opens another clause of the same verb.
            clause = [t for t in between if not breaks or t.i > breaks[-1]]
            if any(t.lower_ in WORDS.complementisers for t in clause) and not split:
                return True
    return _in_proposal_noun_clause(view, group)


def _in_proposal_noun_clause(view: LetterDoc, group: VerbGroup) -> bool:
    """Whether the verb stands in the "that" clause of a noun of proposal, in its base form ("a proposal
    from two members that Canada provide CAD 5 million"): only proposed, not decided."""
    doc = view.doc
    sent = doc[group.head].sent
    if group.tense != "base" or group.aux:
        return False
    that = next(
        (i for i in range(group.start - 1, max(sent.start, group.start - MAX_SUBJECT_WORDS) - 1, -1)
         if doc[i].lower_ in WORDS.complementisers or view.breaks_clause(i, comma=True)),
        None,
    )  # fmt: skip
    if that is None or doc[that].lower_ not in WORDS.complementisers:
        return False
    # The noun and the words naming whose it is ("the proposal put forward by both co-chairs that").
    for i in range(that - 1, max(sent.start, that - MAX_PROPOSER_WORDS) - 1, -1):
        if doc[i].lower_ in WORDS.plan_nouns | WORDS.recommendation_nouns:
            # "The proposal that X receive EUR 2 million was approved by the Board": the main clause decided it (a
            # verb after a break of clause is another clause's).
            breaks = (k for k in range(group.head + 1, sent.end) if view.breaks_clause(k))
            stop = next(breaks, sent.end)
            later = verb_groups(view, sent, load_cues())
            return not any(group.head < g.head < stop and g.time == "past" and g.cls == "adopted" for g in later)
        if view.breaks_clause(i, comma=True):
            return False
    return False


def of_which_between(doc, lo: int, hi: int) -> bool:
    """Whether "of which" stands between tokens ``lo`` and ``hi``."""
    return any(doc[i].lower_ == "of" and doc[i + 1].lower_ == "which" for i in range(lo, hi - 1))


def is_attribute(view: LetterDoc, span, group: Optional[VerbGroup]) -> bool:
    """Whether the sum's verb is a bare past participle describing it: right after a sum that a
    determiner opens ("the $11.5 billion provided in"), or after a comma ("..., supported with $649
    million"), where a verb of paying out ("..., disbursed in February", "..., released in 2024") still says it
    was paid."""
    if group is None or group.aux or group.tense != "past" or group.start <= 0:
        return False
    doc = view.doc
    if span.end == group.head:
        # "the $11.5 billion provided in the Act": the participle describes the sum, unless it dates its paying out.
        determined = span.start > 0 and doc[span.start - 1].lower_ in WORDS.determiners
        return determined and not is_dated_participle(view, span, group)
    if group.start > span.end and _after_copula_noun(doc, span, group):
        return True
    opener = group.start - 1
    # "..., co-financed with the ADB": financing shared with a partner, however it is paid out.
    joint = opener > 1 and doc[opener].text == "-" and doc[opener - 1].lower_ in WORDS.joint_prefixes
    if joint:
        opener -= 2
    if doc[opener].text != ",":
        opener = _appositive_comma(doc, span.end, opener)  # "..., a policy-based loan co-financed with the ADB"
    if opener is not None and _closes_aside(doc, span.sent, opener):
        return False  # "The Government of X, through its agency, delivered equipment worth $1 million": the main verb
    # "..., released in 2024": any verb of paying out that a past date follows says when it went out.
    dated = group.cls == "disbursed" and _dated_after(view, group)
    paid_out = (group.lemma in WORDS.spending_now or dated) and not _paid_how(doc, group)
    return opener is not None and doc[opener].text == "," and (joint or not paid_out)


def is_dated_participle(view: LetterDoc, span, group: Optional[VerbGroup]) -> bool:
    """Whether the sum's verb is a bare past participle right after it that dates its paying out: "the NZD 3 million
    released to the districts in 2030" (a participle of paying out, a past date in its phrase), or another verb of
    giving whose own "in" or "on" and past date close its phrase ("the NZD 5 million granted in 2026 for bridges",
    not "provided in 2028 appropriations" nor "provided in the 2027 budget law")."""
    if group is None or group.aux or group.tense != "past" or group.start <= 0 or span.end != group.head:
        return False
    if view.lowers[group.head] in WORDS.paid_participles:
        return _dated_in_phrase(view, group)
    return group.cls == "disbursed" and _dated_in_phrase(view, group, bare=True)


def _dated_in_phrase(view: LetterDoc, group: VerbGroup, bare: bool = False) -> bool:
    """Whether a date no later than the letter's stands in the participle's phrase, before a comma or a clause break
    within SUM_PHRASE_WORDS words ("released to the districts in 2030"); with ``bare``, only a date that "in" or "on"
    opens and that closes its phrase (punctuation, a preposition or the sentence's end after it: "given in 2027 for
    wharves", not "provided in the 2027 budget law" nor "provided in 2028 appropriations")."""
    end = min(group.head + 1 + SUM_PHRASE_WORDS, view.doc[group.head].sent.end)
    stop = next((i for i in range(group.head + 1, end) if view.lowers[i] in (",", ";") or view.clause_break(i)), end)
    dates = view.spans_in("date", group.head + 1, stop)
    return any(_by_letter_date(view, d) and (not bare or _own_date(view, d)) for d in dates)


def _own_date(view: LetterDoc, date) -> bool:
    """Whether "in" or "on" opens the date and nothing it qualifies follows it ("in 2027," "in 2027 for"), so it
    says when a thing happened rather than naming a text or a noun ("in 2028 appropriations")."""
    doc = view.doc
    if view.lowers[date.start - 1] not in WORDS.date_prepositions:
        return False
    return date.end >= date.sent.end or doc[date.end].is_punct or view.lowers[date.end] in PREPOSITIONS


def _by_letter_date(view: LetterDoc, date) -> bool:
    """Whether a date span opens no later than the letter's date (any date when the letter has none): a past one."""
    found = interval(date._.norm or "")
    letter = view.letter.parts.date
    return found is not None and (letter is None or found[0] <= letter)


def _dated_after(view: LetterDoc, group: VerbGroup) -> bool:
    """Whether "in" or "on" and a date no later than the letter's close the participle's phrase ("released in 2024,",
    "paid out on 3 May."): the day or year it happened."""
    doc, end = view.doc, group.head + 1
    while end < group.head + 3 and end < len(doc) and doc[end].lower_ in WORDS.particles:
        end += 1  # "paid out on 3 May"
    if end >= len(doc) or doc[end].lower_ not in WORDS.date_prepositions:
        return False
    dates = view.spans_in("date", end + 1, min(len(doc), end + 2 + DEFAULT_NAME_WINDOW))
    if not dates or dates[0].start != end + 1:
        return False
    after = dates[0].end
    closed = after >= doc[group.head].sent.end or doc[after].is_punct
    return closed and _by_letter_date(view, dates[0])


def _paid_how(doc, group: VerbGroup) -> bool:
    """Whether the participle says how the money is to be paid out, not that it was ("paid out in two instalments",
    "released against five milestones"): "against", or "in", a number and a noun of parts, right after it."""
    words = [t for t in doc[group.head + 1 : min(len(doc), group.head + 4)]]
    if words[:1] and words[0].lower_ in WORDS.payment_manner_prepositions:
        return True
    if len(words) < 3 or words[0].lower_ != "in":
        return False
    counted = words[1].like_num or words[1].lower_ in WORDS.number_words
    return counted and words[2].lower_ in WORDS.payment_manner_words


def _closes_aside(doc, sent, comma: int) -> bool:
    """Whether the comma at ``comma`` closes an aside after the sentence's subject ("The Government of X, through
    USAID, delivered"): an earlier comma opens it a few words before with a preposition, and no verb stands between
    the sentence's start and that comma, so the participle after is the subject's own verb, no attribute."""
    opening = next(
        (i for i in range(comma - 1, max(sent.start, comma - MAX_ASIDE_WORDS) - 1, -1) if doc[i].text == ","), None
    )
    opener = doc[opening + 1].lower_ if opening is not None else ""
    if opening is None or opening <= sent.start or not (opener in PREPOSITIONS or opener in WORDS.aside_prepositions):
        return False
    head = doc[sent.start : opening]
    return len(head) <= MAX_SUBJECT_WORDS and not any(
        is_finite_form(t.lower_) or t.lower_ in WORDS.be_have for t in head
    )


def _appositive_comma(doc, lo: int, i: int) -> Optional[int]:
    """The comma opening an appositive noun phrase that ends at token ``i`` after position ``lo`` (", a
    policy-based loan"): a participle after it describes that noun; None when ``i`` ends no such phrase."""
    if not (doc[i].is_alpha and doc[i].is_lower) or doc[i].lower_ in WORDS.auxiliaries:
        return None
    j = i
    while j > lo and j > i - APPOSITIVE_WORDS and (doc[j].is_lower or doc[j].text == "-"):
        j -= 1
    opened = doc[j].text == "," and j + 1 < i and doc[j + 1].lower_ in WORDS.determiners
    return j if opened else None


def _after_copula_noun(doc, span, group: VerbGroup) -> bool:
    """ "$30 million is for humanitarian assistance delivered through the WFP": a bare participle right
    after a noun, where a form of "be" after the sum is the clause's verb, describes that noun."""
    before = doc[group.start - 1]
    noun = before.is_alpha and before.is_lower and before.lower_ not in WORDS.auxiliaries
    # "..., to be paid in two instalments, provided that the reforms agreed ...": an infinitive's "be" is no copula.
    return noun and any(t.lower_ in WORDS.be_forms and doc[t.i - 1].lower_ != "to" for t in doc[span.end : group.start])


def is_ongoing(view: LetterDoc, sent, span, purposes: Sequence[VerbGroup] = ()) -> bool:
    """Whether a form of "be" and an -ing verb stand before the sum in its sentence ("is improving",
    "is also advancing"), with no "to VERB" of purpose between ("is working with JBIC to each provide
    $50 million": the work goes on, the money is only intended)."""
    first = view.once_per_sentence("ongoing", sent, lambda s: _first_ongoing(view, s))
    if first is None or first >= span.start:
        return False
    # "a. USD 210 million for Chad, where arrivals are living in camps; b. USD 150 million ...": another item's verb.
    if any(opens_list_item(view.doc, view.text, i) for i in range(first + 1, span.start)):
        return False
    return not any(first < g.head < span.start for g in purposes)


def _first_ongoing(view: LetterDoc, sent) -> Optional[int]:
    """The -ing verb of the sentence's first form of "be" before one (adverbs between), or None."""
    doc = view.doc
    for i in range(sent.start, sent.end - 1):
        if doc[i].lower_ not in WORDS.present_be:
            continue
        j = i + 1
        while j < sent.end - 1 and doc[j].lower_ in WORDS.auxiliaries and doc[j].lower_ not in WORDS.be_have:
            j += 1  # an adverb between ("is also advancing")
        nxt = doc[j]
        if nxt.is_lower and nxt.lower_.endswith("ing") and nxt.lower_ not in WORDS.auxiliaries:
            return j
    return None


def is_asked_for(view: LetterDoc, span) -> bool:
    """Whether the sum is named as asked for: right after "calls for" / "request for" ("calls for at
    least $18 billion"), or named a request or a proposal ("a $191 million request")."""
    doc = view.doc
    before = [t.lower_ for t in doc[max(0, span.start - DEFAULT_NAME_WINDOW) : span.start]]
    while before and (before[-1] in WORDS.amount_qualifiers or before[-1] in WORDS.determiners):
        before.pop()
    if len(before) >= 2 and before[-1] in ("for", "of") and before[-2] in WORDS.asking_nouns:
        if not (len(before) >= 3 and _asked_of_subject(before[-3], before[-2])):
            return True  # "calls for at least $18 billion", "the FY2015 request of KRW 15.0 billion"
    if _requested_as(view, span) or (before and before[-1] in WORDS.asking_participles) or _asking_now(view, span):
        return True  # "..., requesting USD 10,000,000": the sum asked for
    if _release_requested(view, span):
        return True  # "to request the release of the last USD 5 million tranche"
    # "- Payments: NOK 120 million\n- Requests under review: ...": the next item's words are not this sum's noun.
    item = next((i for i in range(span.end, min(len(doc), span.end + 3)) if opens_list_item(doc, view.text, i)), None)
    after = [t.lower_ for t in doc[span.end : item or min(len(doc), span.end + 3)] if t.is_alpha]
    # "launches CHF 48 million Emergency Appeal": a named appeal the sum sizes, its one capitalised word first.
    named = span.end + 1 < len(doc) and doc[span.end].is_title and doc[span.end + 1].lower_ in WORDS.asking_nouns
    # "an amount of USD 45 million is required, including ...": the sum's own clause says it is still needed.
    needed = len(after) > 1 and after[0] in WORDS.be_forms and after[1] in WORDS.tentative
    return (bool(after) and after[0] in WORDS.asking_nouns) or named or needed or is_stated_need(view, span)


def is_put_forward(view: LetterDoc, span, group: Optional[VerbGroup]) -> bool:
    """Whether the sum's verb only puts forward what its subject, a noun of asking, asks for ("Our updated appeal is
    now launched for EUR 4.5 million", "The request was lodged for EUR 2 million"): no verb of deciding, paying or
    receiving, and no other verb between the noun and it."""
    if group is None or group.cls in ("adopted", "disbursed", "receive") or not group.start < group.head < span.start:
        return False
    doc, sent = view.doc, span.sent
    # The noun heads the sentence's subject, no preposition before it ("In reply to the request, X presented" is
    # X's); an aside after it may be longer than the subject ("The appeal, which covers ... this winter, is lodged").
    lo, hi = sent.start, min(group.start, sent.start + MAX_SUBJECT_WORDS)
    noun = next((i for i in range(lo, hi) if doc[i].lower_ in ASKING_SUBJECT_NOUNS), None)
    if noun is None or any(t.lower_ in PREPOSITIONS or t.is_punct for t in doc[lo:noun]):
        return False
    if any(is_finite_form(t.lower_) for t in doc[noun + 1 : group.start]):
        return False
    return not any(view.clause_break(i) for i in range(group.head + 1, span.start))


def _asked_of_subject(word_before: str, asking: str) -> bool:
    """Whether a participle of asking is passive ("when asked for", "was asked for"): the sum was asked of the
    clause's subject, which gives it, not asked for by it ("has asked for")."""
    openers = WORDS.be_forms | WORDS.condition_openers | WORDS.participle_openers
    return asking.endswith("ed") and word_before in openers


def is_named_tentative(view: LetterDoc, span) -> bool:
    """Whether a tentative word stands among the few modifiers of the sum's noun: before its noun and "of" ("an
    tentative Swedish envelope of"), before its noun and a form of "be" ("the provisional payment is"), or right
    before the sum ("a provisional EUR 5 million")."""
    lowers, start = view.lowers, span.sent.start
    i = span.start - 1
    if i - 1 > start and (lowers[i] == "of" or lowers[i] in WORDS.be_forms):
        i -= 2  # past the noun
    for j in range(i, max(start, i - MAX_CONFIRMED_MODIFIERS - 1) - 1, -1):
        token = view.doc[j]
        if lowers[j] in WORDS.tentative:
            return True
        if not token.is_alpha or lowers[j] in WORDS.determiners or lowers[j] in PREPOSITIONS:
            return False
    return False


def is_requested(view: LetterDoc, span) -> bool:
    """Whether a participle of asking stands right after the sum ("USD 2 million requested by the Ministry")."""
    doc = view.doc
    after = tuple(t.lower_ for t in doc[span.end : span.end + max(map(len, WORDS.requested_participles))])
    return any(after[: len(phrase)] == phrase for phrase in WORDS.requested_participles)


def is_confirmation_asked(view: LetterDoc, span) -> bool:
    """Whether the sum stands in the "that" clause of a confirmation the author asks for ("Please confirm that ...",
    "We would appreciate your confirmation that ..."; not "I can confirm that", nor "We are grateful for your
    confirmation that": confirmed already)."""
    lowers, start = view.lowers, span.sent.start
    confirming, that = next(
        (
            (c, i)
            for i in range(span.start - 1, start, -1)
            if lowers[i] == "that"
            for c in range(i - 1, max(start, i - 2) - 1, -1)
            if lowers[c] in CONFIRMING_WORDS
        ),
        (None, None),
    )
    if that is None:
        return False
    # The asking word governs the confirming one ("please confirm", "ask you to confirm"), not "As you asked in
    # your letter, we can confirm", which confirms.
    governing = range(max(start, confirming - MAX_ASKING_TO_CONFIRMING_WORDS), confirming)
    asking = next((i for i in governing if lowers[i] in WORDS.confirmation_asking_words), None)
    if asking is not None and not any(view.doc[i].is_punct for i in range(asking, confirming)):
        return True
    before = range(start, that)
    # "would be grateful", "should appreciate": courtesy in the conditional asks; "are grateful" thanks.
    return any(
        lowers[i] in COURTESY_WORDS and any(w in WORDS.conditional_aux for w in lowers[max(start, i - 3) : i])
        for i in before
    )


def _release_requested(view: LetterDoc, span) -> bool:
    """Whether a verb of asking, "to request" too, takes the release of the sum ("Kenya seeks the release of KES 300
    million", "to request the release of the funds held back since March"): a word of
    release a few words after the verb, no other verb between it and the sum, nor a break of clause, nor a verb of
    paying out after the sum ("..., which the Fund paid in May"); money asked for, not yet given."""
    sent = span.sent
    groups = verb_groups(view, sent, load_cues())
    before = [g for g in groups if g.head < span.start]
    if not before:
        return False
    # The release word may itself read as a verb ("the release"): the verb of asking is the last one before it.
    asking = next((g for g in reversed(before) if g.lemma in WORDS.request_lemmas), None)
    if asking is None or is_negated(view, asking):
        return False
    release = release_asked_at(view, asking, span.start)
    if release is None or span.start - asking.head > MAX_RELEASE_WORDS:
        return False
    if any(release < g.head < span.start for g in groups if g is not asking):
        return False
    if any(g.head >= span.end and g.time == "past" and g.cls == "disbursed" for g in groups):
        return False  # asked for, then paid: the later verb says where the money is now
    return not any(view.breaks_clause(i) for i in range(asking.head + 1, span.start))


def _asking_now(view: LetterDoc, span) -> bool:
    """Whether the sentence's verb in the present progressive that stands before the sum is one of asking ("Chad
    is asking its partners for USD 30 million, of which ..."): the money is asked for, no work under way."""
    sent = span.sent
    first = view.once_per_sentence("ongoing", sent, lambda s: _first_ongoing(view, s))
    if first is None or first >= span.start or view.doc[first].lower_ not in WORDS.asking_participles:
        return False
    return not any(opens_list_item(view.doc, view.text, i) for i in range(first + 1, span.start))


def _requested_as(view: LetterDoc, span) -> bool:
    """Whether the sum is the size of a loan or grant a request is for ("the Ministry's request of 14 August for a
    loan of approximately KWD 30 million"), or what it is for itself ("a request from the unions for another
    CHF 3 million"): money asked for, not yet decided."""
    doc, sent = view.doc, span.sent
    i = word_before_sum(view, span)
    while i > sent.start and doc[i].lower_ in WORDS.more_of_same_words | WORDS.determiners:
        i -= 1  # "a request from the unions for another CHF 3 million": the sum is the request's own size
    # "asked for EUR 10 million" right before the sum is is_asked_for's own case (who asked it of whom).
    nearest = i - 2 if doc[i].lower_ == "for" else i - 1
    if doc[i].lower_ != "for":
        if i - 1 <= sent.start or doc[i].lower_ != "of" or doc[i - 1].lower_ not in WORDS.money_nouns:
            return False
        i -= 2
    while i > sent.start and doc[i].lower_ in WORDS.determiners:
        i -= 1
    if doc[i].lower_ != "for":
        return False
    nearest = min(nearest, i - 1)
    for j in range(i - 1, max(sent.start, i - MAX_REQUEST_GAP) - 1, -1):
        if doc[j].text in (",", ";", ":"):
            return False
        if doc[j].lower_ in WORDS.asking_nouns and j <= nearest:
            return True
    return False


def is_sized_at(view: LetterDoc, span, group: Optional[VerbGroup]) -> bool:
    """Whether "at" joins the sum to its verb before it, qualifiers aside ("funds the programme at about GBP 70
    million"): the verb's money put at that size."""
    i = _before_qualifiers(view, span)
    return group is not None and group.head < i and view.lowers[i] == "at"


def _before_qualifiers(view: LetterDoc, span) -> int:
    """The index of the word before the sum once its qualifiers are passed ("at about", "estimated at some"), "at"
    itself not passed; the sentence's first word at most."""
    lowers, i = view.lowers, span.start - 1
    while i > span.sent.start and lowers[i] in WORDS.amount_qualifiers and lowers[i] != "at":
        i -= 1
    return i


def word_before_sum(view: LetterDoc, span) -> int:
    """The position of the word before a sum, its qualifiers and determiners aside ("including up to USD 5m")."""
    lowers, i = view.lowers, span.start - 1
    while i > span.sent.start and (lowers[i] in WORDS.amount_qualifiers or lowers[i] in WORDS.determiners):
        i -= 1
    return i


def size_verb_before(view: LetterDoc, span, verbs: frozenset = frozenset()) -> Optional[int]:
    """The index of the verb that gives the sum's size just before it ("amount to", "estimated at", "stood at"), or of
    one of ``verbs`` besides, past qualifiers and determiners; None where no such verb stands there."""
    doc, sent = view.doc, span.sent
    i = word_before_sum(view, span)
    if i > sent.start and doc[i].lower_ in ("to", "at"):
        i -= 1
    if i <= sent.start or doc[i].lower_ not in WORDS.need_verbs | verbs:
        return None
    return i


def is_stated_need(view: LetterDoc, span) -> bool:
    """Whether the sum is what a need or a request comes to ("UNHCR's own requirements under the plan amount
    to USD 687 million", "Samoa's request for support to the Airport Authority, estimated at NZ$9 million"):
    money asked for, planned for those in need."""
    doc = view.doc
    sent = span.sent
    # "has estimated needs of USD 45 million": the need's noun sizes the sum by "of".
    if span.start - 2 >= sent.start and doc[span.start - 1].lower_ == "of":
        if doc[span.start - 2].lower_ in WORDS.need_nouns:
            return True
    i = size_verb_before(view, span)
    if i is None:
        return False
    if doc[i - 1].text == ",":
        i -= 1  # "..., estimated at NZ$9 million": a participle set off after the noun's phrase
    for j in range(i - 1, max(sent.start, i - DEFAULT_NEED_WINDOW) - 1, -1):
        if view.breaks_clause(j, comma=True):
            return False
        if doc[j].lower_ in WORDS.need_nouns:
            return True
    return False


def receives_through(view: LetterDoc, span, group) -> bool:
    """Whether "to" and a verb of receiving stand between the sum's verb and the sum ("enabled
    businesses to access $179 million")."""
    if group is None or group.head >= span.start:
        return False
    doc, forms = view.doc, load_cues().forms
    for i in range(group.head + 1, span.start - 1):
        entry = forms.get(doc[i + 1].lower_)
        if doc[i].lower_ == "to" and entry is not None and entry[1] == "receive":
            return True
    return False


def stage_named(view: LetterDoc, span) -> Optional[str]:
    """The stage of a noun that opens the sum's clause, a few words before it ("Disbursements under it
    fell from EUR 14.2 million" → disbursed), or None."""
    lo = max(span.sent.start, span.start - DEFAULT_NEED_WINDOW)
    noun = next(_stage_nouns_before(view, span.start - 1, lo - 1), None)
    if noun is None:
        return _participle_named(view, span)
    return _asked_for(view, span, noun) or _still_owed(view, noun) or WORDS.stage_nouns[view.doc[noun].lower_]


def _still_owed(view: LetterDoc, noun: int) -> Optional[str]:
    """Planned for a noun of paying out that a word right after it says is still owed or only scheduled ("The payments
    due on 31 May amount to ...", "instalments outstanding", "The payment schedule becomes ..."): the money has not gone
    out; None otherwise."""
    doc = view.doc
    paying = WORDS.stage_nouns[doc[noun].lower_] == "disbursed"
    owed = noun + 1 < len(doc) and doc[noun + 1].lower_ in STILL_TO_PAY
    return "planned" if paying and owed else None


def stage_totalled(view: LetterDoc, span) -> Optional[str]:
    """The stage of a noun whose total the sum is, across an aside between commas ("expenditure under the first
    phase, against an approved envelope of USD 29 million, reached USD 24 million" → disbursed): a verb of totalling
    right before the sum, its subject a stage noun (with no aside, beyond stage_named's words); None otherwise."""
    doc, sent = view.doc, span.sent
    i = span.start - 1
    while i > sent.start and doc[i].lower_ in WORDS.amount_qualifiers:
        i -= 1
    if i - 1 <= sent.start or doc[i].lower_ not in WORDS.need_verbs or doc[i].lower_ in WORDS.be_forms:
        return None
    if doc[i - 1].text != ",":
        # "disbursements under Loan No. 4410 for the Northern Bridges Programme have reached USD 12 million": a subject
        # whose stage noun stands beyond stage_named's reach, in the same clause as its verb of totalling.
        noun = next(_stage_nouns_before(view, i - 1, max(sent.start, i - MAX_SUBJECT_WORDS) - 1), None)
        return _still_owed(view, noun) or WORDS.stage_nouns[doc[noun].lower_] if noun is not None else None
    opening = next((k for k in range(i - 2, max(sent.start, i - 2 - MAX_ASIDE_WORDS), -1) if doc[k].text == ","), None)
    if opening is None:
        return None
    lo = max(sent.start, opening - MAX_SUBJECT_WORDS)
    noun = next(_stage_nouns_before(view, opening - 1, lo - 1), None)
    return WORDS.stage_nouns[doc[noun].lower_] if noun is not None else None


def _participle_named(view: LetterDoc, span) -> Optional[str]:
    """The stage a participle names the noun of the sum at ("against an approved envelope of USD 29 million", "a
    proposed budget of EUR 4 million"): a determiner, a stage participle, a noun, "of" right before the sum."""
    doc, i = view.doc, span.start
    if i - 4 < span.sent.start or doc[i - 1].lower_ != "of" or doc[i - 4].lower_ not in WORDS.determiners:
        return None
    return stage_participle(doc[i - 3].lower_) if doc[i - 2].is_alpha and doc[i - 2].is_lower else None


def _asked_for(view: LetterDoc, span, noun: int) -> Optional[str]:
    """ "a request for a Supplementary Appropriation of ₦185 billion": a noun of a stage not yet reached ("request",
    "proposal") and "for" before the stage noun at ``noun``, in its clause, make the sum only asked for: "planned"."""
    doc = view.doc
    stages = WORDS.stage_nouns
    lo = max(span.sent.start, span.start - DEFAULT_NEED_WINDOW)
    for i in _stage_nouns_before(view, noun - 1, lo):
        if doc[i + 1].lower_ == "for" and stages[doc[i].lower_] == "planned":
            return "planned"
    return None


def _stage_nouns_before(view: LetterDoc, start: int, stop: int) -> Iterator[int]:
    """The stage nouns from token ``start`` back to ``stop`` (not included), nearest first, until the clause ends
    (a clause break, a comma, semicolon or colon, or another sum)."""
    doc = view.doc
    stages = WORDS.stage_nouns
    for i in range(start, stop, -1):
        # "pledges from 31 partners total about USD 610 million": a count between is no other sum's.
        if view.breaks_clause(i, comma=True) or doc[i].like_num and i in _money_tokens(view):
            return
        if doc[i].lower_ in stages:
            yield i


def _money_tokens(view: LetterDoc) -> set[int]:
    """The tokens of the letter's sums of money (not its counts or percentages), once per letter."""
    if "money_tokens" not in view.memo:
        spans = view.sums_in(0, len(view.doc))
        view.memo["money_tokens"] = {i for s in spans for i in range(s.start, s.end)}
    return view.memo["money_tokens"]


def label_stage(view: LetterDoc, sent, span) -> Optional[str]:
    """The stage a list item's short label names when the sum follows its colon ("- Total assistance committed:
    ARS 530 million" → adopted, "- Disbursements to implementing partners: USD 178.6 million" → disbursed), or None."""
    doc = view.doc
    i = span.start - 1
    while i > sent.start and doc[i].lower_ in WORDS.amount_qualifiers:
        i -= 1
    # "committed: ARS 530 million and USD 750,000": a sum joined to the one after the colon shares its label.
    joined = [a for a in view.spans_in("amount", sent.start, i) if a.end == i] if doc[i].lower_ in ("and", ",") else []
    if joined:
        return label_stage(view, sent, joined[0])
    if i <= sent.start or doc[i].text != ":" or not view.opens_item(sent):
        return None
    words = [t.lower_ for t in doc[sent.start : i] if t.is_alpha]
    return words_stage(words) if 0 < len(words) <= MAX_LABEL_WORDS else None


def leader_label_stage(view: LetterDoc, sent, span) -> Optional[str]:
    """The stage a row's label names where leader dots join it to the sum ("Paid into the Fund ...... USD 112
    million" → disbursed; "Pledged, to be paid by June ...... USD 129 million" → planned: "to be" sets it ahead); the
    label runs from the sum, colon or semicolon before it (or the sentence's start); None without dots or a stage
    word."""
    label = view.leader_label(sent, span)
    if label is None:
        return None
    words = [t.lower_ for t in view.doc[label[0] : label[1]] if t.is_alpha]
    if any(w == "to" and after in WORDS.be_forms for w, after in zip(words, words[1:])):
        return "planned"
    return words_stage(words)


def is_contract_value(view: LetterDoc, span) -> bool:
    """Whether a noun of price and a contract name the sum a few words before it, in its clause ("the total value of
    the contract is EUR 628 million", "a contract price of USD 40 million"), or in the label whose colon stands right
    before it ("Contract price: USD 40 million")."""
    doc = view.doc
    words = set()
    for i in range(span.start - 1, max(span.sent.start, span.start - DEFAULT_NEED_WINDOW) - 1, -1):
        if i == span.start - 1 and doc[i].text == ":":
            continue  # a label's colon: the label names the sum
        if view.breaks_clause(i, comma=True):
            break
        words.add(doc[i].lower_)
    return bool(words & WORDS.price_nouns) and bool(words & WORDS.contract_nouns)


def is_instrument_size(view: LetterDoc, span) -> bool:
    """Whether a size verb in the present ("amounts to", "is") puts the sum on a definite grant or loan, its clause's
    subject ("The credit amount is", "the grant of the Facility to Nepal for 2024-2027 amounts to"); not a sum
    it will come to ("will amount to"), nor a cost or a need."""
    doc, sent = view.doc, span.sent
    i = size_verb_before(view, span)
    if i is None or load_cues().forms.get(doc[i].lower_, (None, None, "present"))[2] == "past":
        return False
    lo = i
    while lo > sent.start and i - lo < MAX_SUBJECT_WORDS + MAX_INSTRUMENT_NOUN_WORDS:
        if (
            view.clause_break(lo - 1)
            or doc[lo - 1].text in (",", ";", ":")
            or doc[lo - 1].lower_ in WORDS.complementisers
        ):
            break
        lo -= 1
    words = [t.lower_ for t in doc[lo:i] if not t.is_space]
    if not words or words[0] != "the" or any(w in WORDS.future_aux or w in WORDS.be_have for w in words):
        return False
    cut = next((k for k, w in enumerate(words) if w in PREPOSITIONS), len(words))
    head = [w for w in words[1:cut] if w not in WORDS.instrument_size_words]
    return bool(head) and head[-1] in WORDS.decided_instrument_nouns


def went_to_purpose(view: LetterDoc, group: Optional[VerbGroup]) -> bool:
    """Whether a past or present destination verb ("went", "goes") sends its sum "to" a purpose, not to an organisation
    named right after it ("went to the Red Cross"): the present only tells how a whole splits, as the past does."""
    if group is None or group.time not in ("past", "present") or group.lemma not in WORDS.destination_verbs:
        return False
    doc = view.doc
    to = group.head + 1
    if to < len(doc) and doc[to].lower_ in WORDS.respective_words:
        to += 1  # "the two sums went respectively to the ferries and to the piers"
    if to >= len(doc) or doc[to].lower_ != "to":
        return False
    first = to + 2 if to + 1 < len(doc) and doc[to + 1].lower_ == "the" else to + 1
    return not any(o.start in (to + 1, first) for o in view.spans_in("organisation", to + 1, min(len(doc), to + 12)))


def goes_toward_cost(view: LetterDoc, span) -> bool:
    """Whether "toward the cost of" follows the sum within its clause's next words ("a loan of USD 9 million from the
    Bank toward the cost of the Project")."""
    end = min(span.sent.end, span.end + SUM_PHRASE_WORDS + 4)
    return phrase_at([t.lower_ for t in view.doc[span.end : end]], WORDS.cost_share_phrases) is not None


def is_named_as(view: LetterDoc, span, nouns) -> bool:
    """Whether one of ``nouns`` names the sum just before it ("a budget of", "a payment of")."""
    return any(t.lower_ in nouns for t in view.doc[max(0, span.start - DEFAULT_NAME_WINDOW) : span.start])


def is_estimated_cost(view: LetterDoc, span) -> bool:
    """Whether the verb "cost" takes the sum, a tentative word a few words before it ("is projected to cost NZD 40
    million", "are expected to cost about EUR 4 million"), an aside puts a cost at it ("the cost, estimated at"), or a
    clause still ahead names it an estimated cost ("will hire ..., at a projected cost of")."""
    lowers, start = view.lowers, span.sent.start
    i = _before_qualifiers(view, span)
    if i - 2 > start and lowers[i] == "at" and lowers[i - 1] in WORDS.tentative and lowers[i - 2] == ",":
        # "The works' cost, estimated at GBP 9 million, falls on the city": an aside putting a cost at the sum.
        subject = next(
            (k for k in range(i - 3, max(start, i - 3 - MAX_SUBJECT_WORDS) - 1, -1) if view.clause_break(k)), start
        )
        words = lowers[subject : i - 2]
        costs = [n for n, w in enumerate(words) if w in WORDS.plan_cost_nouns | WORDS.need_nouns]
        # The cost as the clause's subject; "X will bear the cost, estimated at ...," takes on the cost, whatever it is.
        forms = load_cues().forms
        return bool(costs) and not any(w in WORDS.auxiliaries or w in forms for w in words[: costs[0]])
    if i - 2 > start and lowers[i] == "at" and lowers[i - 1] in WORDS.tentative and lowers[i - 2] in ESTIMATE_BE:
        # "The extra expenditure for the coming year is estimated at EUR 27 million": a present passive putting an
        # estimate on a cost or on spending its subject names is money foreseen ("was estimated at" may tell what went).
        subject = next(
            (k for k in range(i - 3, max(start, i - 3 - MAX_SUBJECT_WORDS) - 1, -1) if view.clause_break(k)), start
        )
        return any(w in ESTIMATED_NOUNS for w in lowers[subject : i - 2])
    if (
        i - 2 > start
        and lowers[i] == "of"
        and lowers[i - 1] in WORDS.plan_cost_nouns
        and lowers[i - 2] in WORDS.tentative
    ):
        # "The board will hire ten nurses, at a projected cost of EUR 2 million yearly": a cost foreseen for what is to
        # come; a finished work's estimated cost names what was spent, so only a clause still ahead plans it.
        return any(w in WORDS.future_aux for w in lowers[start:i])
    if i <= start or lowers[i] not in WORDS.cost_verbs:
        return False
    return any(w in WORDS.tentative for w in lowers[max(start, i - ESTIMATE_WORDS) : i])


def is_fallen_due(view: LetterDoc, span, group: Optional[VerbGroup]) -> bool:
    """Whether a word of what is owed stands between the sum and its verb after it ("NZD 3 million payable since
    July is not yet paid", "the EUR 4 million overdue since March was not paid")."""
    if group is None or group.start <= span.end:
        return False
    return any(w in WORDS.owed_words for w in view.lowers[span.end : group.start])


def is_instrument_taken_with(view: LetterDoc, span) -> bool:
    """Whether "with" and a grant or loan's noun name the sum just before it ("with a credit of XDR 7 million", "with an
    IDA credit of")."""
    lowers, start = view.lowers, span.sent.start
    of = word_before_sum(view, span)
    if lowers[of] != "of":
        return False
    noun = of - 1
    if noun <= start or lowers[noun] not in WORDS.decided_instrument_nouns:
        return False
    return "with" in lowers[max(start, noun - DEFAULT_NAME_WINDOW) : noun]


def is_allotment(view: LetterDoc, span) -> bool:
    """Whether an allotment's noun and "of" stand right before the sum ("an approved budget of N$ 9 million"; not "the
    budget support balance of": a noun before another names something else)."""
    doc = view.doc
    return (
        span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in WORDS.allotment_nouns
    )


def is_held_allotment(view: LetterDoc, span) -> bool:
    """Whether a present or past "has" makes the sum a body's allotment: "has a yearly running budget of EUR 9 million" (a few
    modifiers, none tentative, between), or "has EUR 9 million" after an allotment noun ("In the budget for 2026 the
    agency has EUR 9 million"); not "will have a budget of", nor "a proposed budget of"."""
    doc, sent = view.doc, span.sent
    if is_allotment(view, span):
        before = list(doc[max(sent.start, span.start - 2 - MAX_ALLOTMENT_MODIFIERS) : span.start - 2])
        held = next((t.i for t in reversed(before) if t.lower_ in WORDS.possession_verbs), None)
        if held is None:
            return False
        modifiers = list(doc[held + 1 : span.start - 2])
        if any(not t.is_alpha or t.lower_ in WORDS.tentative for t in modifiers):
            return False
    elif span.start - 1 > sent.start and doc[span.start - 1].lower_ in WORDS.possession_verbs:
        held = span.start - 1
        if not any(t.lower_ in WORDS.allotment_nouns for t in doc[sent.start : held]):
            return False
    else:
        return False
    return held == sent.start or (doc[held - 1].lower_ not in WORDS.future_aux and doc[held - 1].lower_ != "to")


def is_intended(view: LetterDoc, span, group: Optional[VerbGroup]) -> bool:
    """Whether a planning phrase stands between the sum's verb and the sum, in one clause
    ("announced plans to work with Congress to provide $100 million"), or "to" and a verb of money
    others are expected to put in ("announced an MOU to facilitate up to $500 million", "activities
    designed to help unlock close to $1 billion")."""
    if group is None or group.head >= span.start:
        return False
    between = [t.lower_ for t in view.doc[group.head + 1 : span.start]]
    if any(view.clause_break(i) for i in range(group.head + 1, span.start)):
        return False
    # "to unlock", and "to help unlock" ("help" takes a bare infinitive: still money others put in).
    verbs = [b for a, b in zip(between, between[1:]) if a == "to"]
    verbs += [c for a, b, c in zip(between, between[1:], between[2:]) if a == "to" and b in WORDS.helping_verbs]
    leveraged = any(v in WORDS.leverage_verbs for v in verbs)
    return leveraged or phrase_at(between, WORDS.planning_phrases) is not None


def awaits_approval(view: LetterDoc, span) -> bool:
    """Whether "subject to" and a noun of a decision still to come follow the sum before the next sum or list
    item of its sentence ("GBP 40 million, subject to annual parliamentary approval;")."""
    doc, sent = view.doc, span.sent
    later = [a.start for a in view.spans_in("amount", _coordinated_end(view, span), sent.end)]
    items = [i for i in range(span.end, sent.end) if opens_list_item(doc, view.text, i)]
    end = min([*later, *items, sent.end])
    for i in range(span.end, end - 1):
        if doc[i].lower_ == "subject" and doc[i + 1].lower_ == "to":
            # "subject to the borrower's compliance with ... and to final approval by the President": each object
            # joined by "and to" is a condition as well.
            tos = [i + 1] + [j for j in range(i + 2, end - 1) if doc[j].lower_ == "to" and doc[j - 1].lower_ == "and"]
            for to in tos:
                window = doc[to + 1 : min(end, to + 1 + DEFAULT_NAME_WINDOW + 2)]
                if any(t.lower_ in WORDS.approval_nouns for t in window):
                    return True
    return False


def awaits_condition(view: LetterDoc, span) -> bool:
    """Whether a clause of condition after the sum, before the next sum or item of its sentence, waits on a decision
    ("EUR 40 million in 2020, once the Committee has approved the report", "..., if the Board approves it"): the
    money follows that decision, or a receipt ("can be covered only if the contributions are received"), still to come;
    its verb is no decision on the sum. Not a condition told in the past ("disbursed it once the Board had approved")."""
    doc, sent = view.doc, span.sent
    later = [a.start for a in view.spans_in("amount", _coordinated_end(view, span), sent.end)]
    items = [i for i in range(span.end, sent.end) if opens_list_item(doc, view.text, i)]
    end = min([*later, *items, sent.end])
    forms = load_cues().forms
    for i in range(span.end, end):
        if doc[i].lower_ not in WORDS.condition_openers:
            continue
        for t in doc[i + 1 : min(end, i + 1 + MAX_SUBJECT_WORDS)]:
            if view.clause_break(t.i):
                break
            lemma, cls, tense = forms.get(t.lower_, (None, None, None))
            if lemma not in WORDS.decision_verbs and cls != "receive":
                continue
            return not _told_past(doc, i, t.i, tense)
    return _decision_awaited_before(view, span)


def _told_past(doc, opener: int, verb: int, tense: str) -> bool:
    """Whether the verb at ``verb`` of the condition clause that ``opener`` opens tells it as met, in the past ("once
    the Board had approved it", "if it was received"), not still to come ("once it has been received", "once
    approved": a reduced clause)."""
    aux = {u.lower_ for u in doc[max(opener + 1, verb - 2) : verb]}
    return bool(aux & WORDS.past_condition_aux) or (tense == "past" and not aux & WORDS.be_have and verb > opener + 1)


def is_conditioned(view: LetterDoc, group: Optional[VerbGroup]) -> bool:
    """Whether the sum's own verb stands in a clause of condition not yet met ("... follows only if the Council
    first sets aside NZD 2 million", "provided that the Ministry pays USD 2 million"): the
    condition asks for the money, it does not say it was decided."""
    if group is None:
        return False
    opener = _condition_opener_before(view, group.start)
    return opener is not None and not _told_past(view.doc, opener, group.head, group.tense)


def is_backed_proposal(view: LetterDoc, span, group: Optional[VerbGroup]) -> bool:
    """Whether the sum's verb, in the present and before it, only backs ("support", "welcome") a noun of a stage not
    yet reached ("proposal", "request", "offer") that stands between it and the sum in one clause."""
    if group is None or group.lemma not in WORDS.backing_verbs or group.time != "present" or group.head >= span.start:
        return False
    nouns = _stage_nouns_before(view, span.start - 1, group.head)
    return any(view.lowers[i] in PLANNED_STAGE_NOUNS for i in nouns)


def is_in_condition_clause(view: LetterDoc, span) -> bool:
    """Whether the sum stands in the "that" clause of a noun of condition ("Our grant goes ahead on the understanding
    that the Trust raises EUR 3 million", "on condition that"): money the condition asks for, not yet found."""
    lowers = view.lowers
    for i in range(span.start - 1, max(span.sent.start, span.start - MAX_SUBJECT_WORDS) - 1, -1):
        if lowers[i] == "that" and i > span.sent.start and lowers[i - 1] in WORDS.condition_nouns:
            return True
        if view.breaks_clause(i, comma=False):
            return False
    return False


def in_condition_after(view: LetterDoc, span, group: VerbGroup) -> bool:
    """Whether the verb stands in a clause of condition that "provided that" (a verb form and "that") opens after the
    sum ("EUR 5 million ..., provided that the reforms agreed with the Fund are in place"): the condition's verb, not
    the sum's. A clause that "once" or "if" opens stays the sum's ("EUR 3 million in May, once the Board has
    approved the report": money waiting on that approval, awaits_condition)."""
    opener = _condition_opener_before(view, group.start)
    if opener is None or view.lowers[opener] not in load_cues().forms:
        return False
    return span.end <= opener and opener + 1 < group.start


def _condition_opener_before(view: LetterDoc, start: int) -> Optional[int]:
    """The word opening a clause of condition that the words at ``start`` stand in ("if", "once", "provided
    that"), a few words back and no clause break between; None."""
    lowers = view.lowers
    sent = view.doc[start].sent
    for i in range(start - 1, max(sent.start, start - MAX_SUBJECT_WORDS) - 1, -1):
        if view.breaks_clause(i, comma=True):
            return None
        # "provided by the Government": a participle, no condition, unless "that" follows it.
        if lowers[i] in WORDS.condition_openers and (
            lowers[i] not in load_cues().forms or condition_conjunction(view, sent, i)
        ):
            return i
    return None


def _decision_awaited_before(view: LetterDoc, span) -> bool:
    """Whether a reduced clause of condition on a decision stands before the sum in its clause, the sum's verb
    still to come ("Once approved, the loan of EUR 9 million will go to ...", "If endorsed, the plan will commit AUD
    2 million"): the opener and a decision's bare participle, then a comma, and "will" or "would" in the clause after
    it; the money waits on that decision."""
    doc, sent = view.doc, span.sent
    forms = load_cues().forms
    lo = max(sent.start, span.start - MAX_SUBJECT_WORDS)
    for i in range(span.start - 1, lo - 1, -1):
        if doc[i].text in (";", ":") or view.clause_break(i) and doc[i].text != ",":
            return False
        if doc[i].lower_ not in WORDS.condition_openers or i + 2 >= span.start:
            continue
        lemma, _cls, tense = forms.get(doc[i + 1].lower_, (None, None, None))
        if lemma not in WORDS.decision_verbs or tense != "past" or doc[i + 2].text != ",":
            continue
        clause_end = next((t.i for t in doc[span.end : sent.end] if t.text in (";", ":")), sent.end)
        return any(t.lower_ in WORDS.future_aux for t in doc[i + 3 : clause_end])
    return False


def awaits_approval_said_next(view: LetterDoc, index: int) -> bool:
    """Whether a later sentence of the paragraph opens by naming the sums before it and putting them "subject to" a
    decision still to come ("... EUR 600,000 for Armenia. The allocations remain subject to the adoption of the
    Budget Law."): every sum of the paragraph up to it waits on that decision."""
    doc = view.doc
    k = index
    while view.next_in_paragraph(k):
        k += 1
        sent = view.sents[k]
        # Most sentences fail on their first word: their tokens are made only past it.
        first = next((i for i in range(sent.start, sent.end) if not view.spaces[i]), None)
        if first is None or view.lowers[first] not in WORDS.money_anaphors:
            continue
        words = [t for t in sent if not t.is_space]
        n = 1
        while (
            n < min(len(words), 1 + MAX_LABEL_WORDS)
            and words[n].is_lower
            and words[n].lower_ not in WORDS.verb_of_state
        ):
            n += 1
        nouns = {w.lower_ for w in words[1:n]}
        said = [w.lower_ for w in words[n : n + 3]]
        if not nouns & (WORDS.money_nouns | WORDS.plural_money_nouns | WORDS.stage_nouns.keys()):
            continue
        if said[:1] and said[0] in WORDS.verb_of_state and said[1:3] == ["subject", "to"]:
            window = doc[words[n + 2].i + 1 : min(view.sents[k].end, words[n + 2].i + 3 + DEFAULT_NAME_WINDOW)]
            if any(t.lower_ in WORDS.approval_nouns for t in window):
                return True
    return False


def subject_awaits_approval(view: LetterDoc, span) -> bool:
    """Whether the sentence's subject holds the sum (its first, before any form of "be") and a predicate joined by
    "and" puts the subject "subject to" a decision still to come ("The pledge of USD 43 million is drawn from the
    request of USD 200 million ..., and is subject to congressional action")."""
    lowers, sent = view.lowers, span.sent
    sums = view.sums_in(sent.start, sent.end)
    if not sums or sums[0].start != span.start or any(w in WORDS.be_forms for w in lowers[sent.start : span.start]):
        return False
    for i in range(span.end, sent.end - 3):
        words = lowers[i : i + 4]
        if words[0] == "and" and words[1] in WORDS.be_forms and words[2:] == ["subject", "to"]:
            window = lowers[i + 4 : min(sent.end, i + 4 + DEFAULT_NAME_WINDOW + 2)]
            return any(w in WORDS.approval_nouns for w in window)
    return False


def _coordinated_end(view: LetterDoc, span) -> int:
    """The end of the run of sums joined to this one by "and", "or" or commas alone ("EUR 210 million and EUR 95
    million respectively ..., subject to"): what is said after the run is said of each."""
    doc, end = view.doc, span.end
    for later in view.spans_in("amount", span.end, span.sent.end):
        if not all(t.lower_ in WORDS.list_glue or t.text == "," for t in doc[end : later.start]):
            break
        end = later.end
    return end


def is_still_to_come(view: LetterDoc, span) -> bool:
    """Whether a comma and a future clause of paying out or of planning follow the sum, its noun's few words between:
    ", to be provided", ", which will be disbursed", "EUR 5 million to the Fund, which will be proposed to the
    Council" (not how it is shared: ", to be split equally between the two countries")."""
    doc = view.doc
    comma = _comma_after(view, span)
    if comma is None:
        return False
    words = [t.lower_ for t in doc[comma : min(span.sent.end, comma + 5)]]
    if words[1:3] == ["to", "be"]:
        verb = words[3:4]
    elif len(words) >= 3 and words[1] in WORDS.relative_subjects and words[2] in WORDS.future_aux:
        verb = [w for w in words[3:5] if w != "be"][:1]
    else:
        return False
    entry = load_cues().forms.get(verb[0]) if verb else None
    if entry is None:
        return False
    # "up to EUR 25 million to the Fund, which will be proposed to the Council": still to be asked for. A clause of
    # paying out only right after the sum: after its noun's words, it says how that goes ("EUR 6 million for food
    # security, to be channelled through WFP").
    return entry[1] == "planned" or (entry[1] == "disbursed" and comma == span.end)


def is_targeted(view: LetterDoc, span) -> bool:
    """Whether a goal noun and "of" name the sum, a gerund at most between ("a goal of investing
    $1 billion", "the target of $5 billion"), or "toward" stands before it ("continuing to partner
    toward a combined up to $1 billion investment")."""
    before = [t.lower_ for t in view.doc[max(0, span.start - DEFAULT_GOAL_WINDOW) : span.start]]
    while before and (before[-1] in WORDS.amount_qualifiers or before[-1] in WORDS.determiners):
        before.pop()
    while before and before[-1] in WORDS.goal_modifiers:
        before.pop()  # "toward a combined up to $1 billion"
    if before and before[-1] in WORDS.goal_prepositions:
        return True
    if before and before[-1].endswith("ing"):
        before.pop()
    return len(before) >= 2 and before[-1] == "of" and before[-2] in WORDS.goal_nouns


def counts_to_date(view: LetterDoc, sent, group: Optional[VerbGroup]) -> bool:
    """Whether "to date", "so far" or "thus far" stands before the sum's verb in its sentence."""
    if group is None:
        return False
    # "So far X has been granted EUR 7 million, of which EUR 5 million was awarded in 2015": the count is the
    # main clause's, not that of a clause after it.
    lo = next((i + 1 for i in range(group.start - 1, sent.start - 1, -1) if _opens_clause(view, i)), sent.start)
    words = [t.lower_ for t in view.doc[lo : group.head]]
    return phrase_at(words, WORDS.cumulative_phrases) is not None


def _opens_clause(view: LetterDoc, i: int) -> bool:
    """Whether token ``i`` ends a clause (";", ", and ...") or opens a relative one after a comma (", which",
    ", of which")."""
    doc = view.doc
    if view.clause_break(i):
        return True
    after = view.lowers[i + 1 : i + 3]
    return doc[i].text == "," and (after[:1] == ["which"] or after == ["of", "which"])


def is_earmarked(view: LetterDoc, span, group: Optional[VerbGroup]) -> bool:
    """Whether the verb (with its particle) keeps the sum for a purpose ("set aside", "reserved"), outside an enacted
    law ("In the Finance Act for 2026, X has set aside DKK 850 million": appropriated, so decided) and not in a clause
    of its own after the sum ("an allocation of EUR 38 million, of which 10% is reserved for ...")."""
    if group is None:
        return False
    doc = view.doc
    words = tuple(t.lower_ for t in doc[group.head : group.head + 2])
    if not any(words[: len(phrase)] == phrase for phrase in WORDS.earmarking_phrases):
        return False
    if group.head > span.end and any(_opens_clause(view, i) for i in range(span.end, group.start)):
        return False
    return not any(t.text in WORDS.enacted_laws for t in doc[span.sent.start : group.start])


def is_negated(view: LetterDoc, group: Optional[VerbGroup]) -> bool:
    """Whether "not" or "never" stands among a verb's auxiliaries ("has not yet been obligated")."""
    if group is None:
        return False
    # The auxiliaries the verb group holds start at the last one ("been"); "has not yet" stands before it.
    doc = view.doc
    i = group.start - 1
    while i >= 0 and group.start - i <= NEGATION_REACH and (doc[i].lower_ in NEGATIONS | NEGATION_FILLERS):
        if doc[i].lower_ in NEGATIONS:
            return True
        i -= 1
    return any(t.lower_ in NEGATIONS for t in doc[group.start : group.head])


def is_legislated(view: LetterDoc, group: Optional[VerbGroup]) -> bool:
    """Whether a legislature stands right before the sum's verb, as its subject ("Congress provided")."""
    return group is not None and group.start > 0 and view.doc[group.start - 1].lower_ in WORDS.legislatures


def is_in_plan(view: LetterDoc, sent, group: Optional[VerbGroup]) -> bool:
    """Whether the sum's verb only includes it, or gives it in the present, and a plan noun stands just before that
    verb, in its clause ("the funding request includes", "The American Jobs Plan (AJP) includes", "the bill
    provides")."""
    if group is None:
        return False
    # "the bill provides", never "the bill provided" (perhaps enacted since) nor "will provide" (its own stage).
    gives_now = group.lemma in WORDS.plan_giving_verbs and group.tense in ("3sg", "base") and tenseless(group.aux)
    if group.lemma not in WORDS.containing_verbs and not gives_now:
        return False
    if _included_in_draft(view, sent, group):
        return True
    end = _aside_opening(view.doc, sent, group.start - 1) or group.start
    lo = max(sent.start, end - DEFAULT_PLAN_WINDOW)
    for i in range(end - 1, lo - 1, -1):
        if view.clause_break(i):
            return False
        if view.doc[i].lower_ in WORDS.draft_words:
            return True
        if view.doc[i].lower_ in WORDS.plan_nouns:
            return not in_force(view, i)  # "the Revised Estimates for 2030/31 provide" in that year: the budget
    return False


def _aside_opening(doc, sent, comma: int) -> Optional[int]:
    """The comma that opens an aside the comma at ``comma`` closes, right before a verb ("the bill, tabled in May and
    now before the Senate, provides"): the subject stands before it; None when no comma closes one there."""
    if comma <= sent.start or doc[comma].text != ",":
        return None
    lo = max(sent.start, comma - MAX_ASIDE_WORDS - 1)
    return next((i for i in range(comma - 1, lo - 1, -1) if doc[i].text == ","), None)


def _included_in_draft(view: LetterDoc, sent, group: VerbGroup) -> bool:
    """Whether "in", an article perhaps, and a draft word follow the including verb in its clause ("was entered by
    the Treasury in the draft estimates for 2028"): a draft not yet adopted holds the sum."""
    doc = view.doc
    for i in range(group.head + 1, min(sent.end - 1, group.head + MAX_DRAFT_CLAUSE_TOKENS)):
        if view.breaks_clause(i):
            return False
        if doc[i].lower_ != "in":
            continue
        j = i + 1 + (doc[i + 1].lower_ in WORDS.determiners)
        if j < sent.end and doc[j].lower_ in WORDS.draft_words:
            return True
    return False


def is_held_in_plan(view: LetterDoc, span) -> bool:
    """Whether the sum stands in a plan not yet adopted: a draft clause after it, a sentence opening "In" a plan or
    bill, the total cost of a plan, or a form of "be" (a participle perhaps) and "in" a few words before a plan noun
    or a draft word ("USD 5 million is in the draft proposal", "EUR 9 million is foreseen in the draft estimates")."""
    if _placed_in_draft(view, span) or _before_legislature(view, span):
        return True
    if _opened_in_plan(view, span.sent) or _cost_of_plan(view, span):
        return True
    first = span.end
    words = [t.lower_ for t in view.doc[first : min(span.sent.end, first + DEFAULT_PLAN_WINDOW + 4)]]
    if words[:2] and words[0] in WORDS.be_have and words[0] not in WORDS.be_forms and words[1] == "been":
        words, first = words[1:], first + 1  # "GBP 5 million has been placed in the spending draft": the perfect too
    if len(words) > 3 and words[0] in WORDS.be_forms and words[2] == "in" and _participle(words[1]):
        # "EUR 9 million is foreseen in the draft estimates": a participle between "be" and "in" places it too.
        return any(w in WORDS.draft_words for w in words[3:5]) or _plan_noun_among(view, first + 3, first + len(words))
    words = words[: DEFAULT_PLAN_WINDOW + 2]
    if words[:1] == [","] or len(words) < 3 or words[0] not in WORDS.be_forms or words[1] != "in":
        return False
    return _plan_noun_among(view, first + 2, first + len(words))


def _plan_noun_among(view: LetterDoc, lo: int, hi: int) -> bool:
    """Whether a plan noun stands among tokens [lo, hi) that is not a voted text in force (in_force)."""
    return any(view.lowers[i] in WORDS.plan_nouns and not in_force(view, i) for i in range(lo, hi))


def in_force(view: LetterDoc, noun: int) -> bool:
    """Whether the voted text a noun names ("estimates") is that of a year under way at the letter's date: a period
    named within MAX_TEXT_PERIOD_WORDS words of it ("the Revised Estimates for 2030/31", "the 2030/31 Capital
    Estimates") that opened by then; False with no letter date, no period, or a draft word before it ("the draft
    estimates")."""
    doc, dated = view.doc, view.letter.parts.date
    if dated is None or view.lowers[noun] not in WORDS.voted_text_nouns:
        return False
    sent = doc[noun].sent
    before = range(max(sent.start, noun - MAX_TEXT_PERIOD_WORDS), noun)
    if any(view.lowers[i] in WORDS.draft_words for i in before):
        return False
    hi = min(sent.end, noun + 2 + MAX_TEXT_PERIOD_WORDS)
    for date in view.spans_in("date", before.start, hi):
        value = date._.value if isinstance(date._.value, dict) else {}
        edtf = value.get("edtf") or date._.norm or ""
        found = interval(edtf) if edtf else None
        if found is None:
            continue
        opens = found[0]
        if YEARS.fullmatch(edtf) and "/" in edtf:
            opens = opens.replace(month=LATEST_FISCAL_START_MONTH)  # a fiscal year in calendar years: "2025/26"
        return opens <= dated
    return False


def is_taken_back(view: LetterDoc, group: Optional[VerbGroup]) -> bool:
    """Whether the sum's verb takes decided money back, a prefix joined by a hyphen read with it ("de-committed")."""
    if group is None:
        return False
    lowers, head = view.lowers, group.head
    word = lowers[head - 2] + lowers[head] if head >= 2 and lowers[head - 1] == "-" else lowers[head]
    entry = load_cues().forms.get(word)
    return (entry[0] if entry else group.lemma) in WORDS.held_back_actions


def is_given_in_voted_text(view: LetterDoc, span, group: Optional[VerbGroup]) -> bool:
    """Whether the sum's past verb places it "in" a voted text in force a few words after it ("XCD 7 million has
    been voted in the Revised Estimates for 2030/31"), not one its clause puts before a legislature (_before_legislature:
    "Estimates for 2030/31 now before Parliament")."""
    if group is None or group.time != "past" or group.head < span.end or _before_legislature(view, span):
        return False
    stop = min(span.sent.end, group.head + 2 + DEFAULT_PLAN_WINDOW)
    if group.head + 1 >= stop or view.lowers[group.head + 1] != "in":
        return False
    return any(in_force(view, i) for i in range(group.head + 2, stop))


def _before_legislature(view: LetterDoc, span) -> bool:
    """Whether the sum is placed "in" a text that its own clause then puts before a legislature not yet voting on it
    ("CAD 6 million is foreseen in the revised estimates tabled before the Senate"): the sum's own participle of
    placing and "in" within MAX_DRAFT_CLAUSE_TOKENS, with no verb of payment, a text's noun, a participle of submitting, "to" or
    "before" and a legislature, all before a comma or a semicolon; no vote later in its clauses ("... and passed by the
    Senate in June")."""
    doc, forms = view.doc, load_cues().forms
    submitting = WORDS.submitting_participles | load_lexicon("undertakings").correspondence_verbs
    words = [t.lower_ for t in doc[span.end : span.sent.end] if not t.is_space]
    # "... were included in", "..., provided for in": the sum's own participle of placing, a long purpose between.
    placed = next(
        (
            n
            for n, w in enumerate(words[:MAX_DRAFT_CLAUSE_TOKENS])
            if w == "in" and n > 0 and _participle(words[n - 2] if words[n - 1] == "for" and n > 1 else words[n - 1])
        ),
        None,
    )
    if placed is None or any(w in (";", ":") for w in words[:placed]):
        return False
    # "EUR 3 million was paid to the Fund in March": paid out, whatever the text later says; "provided for in" places.
    before_in = words[:placed]
    if any(
        (forms.get(w) or (None, None))[1] == "disbursed" and before_in[n + 1 : n + 2] != ["for"]
        for n, w in enumerate(before_in)
    ):
        return False
    text_noun = next(
        (n for n in range(placed + 1, min(len(words), placed + 1 + MAX_TEXT_NOUN_WORDS)) if words[n] in TEXT_NOUNS),
        None,
    )
    if text_noun is None:
        return False
    for n in range(text_noun + 1, len(words)):
        w = words[n]
        if w in (",", ";", ":"):
            return False
        # "now before Parliament": lying before it, as a tabled text does.
        if (w not in submitting and w != "now") or words[n + 1 : n + 2] not in (["to"], ["before"]):
            continue
        # "to Parliament", "to the National Assembly", "before the Senate".
        if not any(x in WORDS.legislatures for x in words[n + 2 : n + 2 + MAX_LEGISLATURE_WORDS]):
            return False
        # The vote may come in a later clause of the sentence, not past a semicolon (a list's next item).
        rest = list(itertools.takewhile(lambda x: x not in (";", ":"), words[n + 2 :]))
        return not any(
            x in WORDS.passing_words or (forms.get(x) or (None, None, None))[1:] == ("adopted", "past") for x in rest
        )
    return False


def _participle(word: str) -> bool:
    """Whether a word is a past participle the cue table knows, or one by its ending ("provided", "foreseen")."""
    form = load_cues().forms.get(word)
    return (form is not None and form[2] == "past") or word.endswith(("ed", "en"))


def _cost_of_plan(view: LetterDoc, span) -> bool:
    """Whether the sum is the cost a plan noun has, just before it in its clause ("drew up a Drought Plan for 2028
    with an overall cost of NPR 4 billion"): what a plan will cost is money foreseen, whatever verb made the plan."""
    doc, sent = view.doc, span.sent
    i = span.start - 1
    if i - 1 <= sent.start or doc[i].lower_ != "of" or doc[i - 1].lower_ not in WORDS.plan_cost_nouns:
        return False
    i -= 2
    while i > sent.start and (doc[i].lower_ in WORDS.determiners or doc[i].lower_ in WORDS.plan_cost_modifiers):
        i -= 1
    if doc[i].lower_ != "with":
        return False
    for j in range(i - 1, max(sent.start, i - MAX_PLAN_COST_WORDS - 2) - 1, -1):
        if view.breaks_clause(j, comma=True):
            return False
        if doc[j].lower_ in WORDS.plan_nouns:
            return True
    return False


def _opened_in_plan(view: LetterDoc, sent) -> bool:
    """Whether the sentence opens by placing what it says in a plan not yet adopted ("In our 2029 Finance Bill,
    ...", "In the draft estimates, ..."): "In", a determiner perhaps, then only name words and
    figures up to a plan noun or a draft word, no preposition ("In response to your request" is no plan)."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 3 or words[0].lower_ != "in":
        return False
    for t in words[1 : 1 + MAX_PLAN_OPENING_WORDS + 1]:
        if t.lower_ in WORDS.plan_nouns or t.lower_ in WORDS.draft_words:
            return True
        if t.is_punct or t.lower_ in PREPOSITIONS or (t.is_lower and t.lower_ not in WORDS.determiners):
            return False
    return False


def _placed_in_draft(view: LetterDoc, span) -> bool:
    """Whether a clause right after the sum places it in a draft not yet adopted ("KES 12 million that the Ministry
    has included in the draft budget for 2019", "USD 4 million, which appears in the proposed estimates"): "in", an
    article perhaps, and a tentative word, before a semicolon or the sentence's end."""
    doc = view.doc
    end = min(span.sent.end, span.end + MAX_DRAFT_CLAUSE_TOKENS)
    words = []
    for t in doc[span.end : end]:
        if t.text in (";", ":"):
            break
        words.append(t.lower_)
    # The clause is the sum's own: a relative pronoun opens it ("that the Ministry has included", "which appears").
    opener = next((n for n, w in enumerate(words) if w in WORDS.object_relatives), None)
    if opener is None:
        return False
    for n, w in enumerate(words[opener:], opener):
        if w != "in":
            continue
        after = words[n + 1 : n + 3]
        if after[:1] and after[0] in WORDS.determiners:
            after = after[1:]
        if after[:1] and after[0] in WORDS.draft_words:
            return True
    return False


def is_built_upon(view: LetterDoc, span, group: Optional[VerbGroup]) -> bool:
    """Whether the sum is the object of "build on/upon", in one clause with it ("builds upon over
    $11 billion", "build on the Administration's historic investment of over $16 billion")."""
    if group is None or not group.head < span.start <= group.head + DEFAULT_BUILT_ON_WINDOW:
        return False
    doc = view.doc
    if phrase_at([t.lower_ for t in doc[group.head : group.head + 2]], WORDS.existing_money) is None:
        return False
    return not any(view.clause_break(i) for i in range(group.head + 1, span.start))


def is_decided_as(view: LetterDoc, span) -> bool:
    """Whether ", as" and a decision's past participle follow the sum in its sentence (", as decided by the
    Government", ", as previously agreed"; not ", as announced"): an adverb may stand between."""
    doc, forms = view.doc, load_cues().forms
    for i in range(span.end, span.sent.end - 2):
        if doc[i].text != "," or doc[i + 1].lower_ != "as":
            continue
        after = [t for t in doc[i + 2 : min(span.sent.end, i + 4)] if not t.is_space]
        words = after[1:] if after and after[0].lower_.endswith("ly") else after
        entry = forms.get(words[0].lower_) if words else None
        if entry is not None and entry[0] in WORDS.decision_verbs and entry[2] == "past":
            return True
    return False


def is_decided_that(view: LetterDoc, span, group: Optional[VerbGroup], groups: Sequence[VerbGroup]) -> bool:
    """Whether the sum and its verb stand in a "that" clause of a past verb of deciding, in one clause with it ("has
    decided that DKK 8 million ... will be shifted to schools", "agreed that the Fund will provide EUR 5 million"); a modal of
    duty or chance there ("agreed that donors should give") asks, it does not decide."""
    if group is None or set(group.aux) & WORDS.open_modals:
        return False
    doc = view.doc
    for decision in groups:
        if decision.head >= min(span.start, group.start) or decision.lemma not in WORDS.decision_verbs:
            continue
        if decision.time != "past" or is_negated(view, decision):
            continue
        that = next((i for i in range(decision.head + 1, span.start) if doc[i].lower_ in WORDS.complementisers), None)
        # "decided that", "agreed in May that": only the decision's own adverbs and dates between.
        if that is None or that - decision.head > MAX_DECIDED_THAT_GAP:
            continue
        if not any(view.clause_break(i) for i in range(decision.head, group.start)):
            return True
    return False


def is_approved_after(view: LetterDoc, span) -> bool:
    """Whether a decision's bare past participle follows the sum after a comma, its noun's few words between ("CABEI
    lends EUR 30 million, cleared by its Directors in March"), or a signature's ("our contribution of DKK 400
    million, signed last November, will be paid on schedule")."""
    entry = _participle_after(view, span)
    signed = entry is not None and view.doc[_comma_after(view, span) + 1].lower_ in WORDS.agreement_verbs
    return entry is not None and (entry[0] in WORDS.decision_verbs or signed)


def _participle_after(view: LetterDoc, span) -> Optional[tuple[str, str, str]]:
    """The lexicon entry of a bare past participle after a comma that follows the sum, its noun's few words between
    and no other sum (", approved by its Board on 27 August", "EUR 50 million from X, expected in May"); None."""
    comma = _comma_after(view, span)
    entry = load_cues().forms.get(view.doc[comma + 1].lower_) if comma is not None else None
    return entry if entry is not None and entry[2] == "past" else None


def _comma_after(view: LetterDoc, span) -> Optional[int]:
    """The comma that ends the sum's noun phrase, a few words after it ("EUR 50 million from the Agency for X (AFD),
    ..."), before any other sum of its sentence; None when a clause or a longer phrase comes first."""
    doc, texts = view.doc, view.texts
    later = [a.start for a in view.spans_in("amount", span.end, span.sent.end)]
    words = 0
    for i in range(span.end, min([span.sent.end - 1, *later])):
        if texts[i] in (",", ";", ":"):
            return i if texts[i] == "," and not view.clause_break(i) else None
        # A name's words and its acronym in brackets count as none ("from the Agence Francaise de Developpement (AFD)").
        words += not (i in view.covered or doc[i].is_punct or doc[i].is_space)
        if words > SUM_PHRASE_WORDS:
            return None
    return None


def is_made_available(view: LetterDoc, span, group: Optional[VerbGroup]) -> bool:
    """Whether "make" takes the sum with a word of giving between it and the sum or a few words after the sum, in
    its clause ("made available EUR 12 million", "made EUR 12 million available to X"), or as its participle right after
    it ("JPY 300 million made available by Japan via UNICEF")."""
    if group is None or group.lemma != "make":
        return False
    lowers, end = view.lowers, min(span.sent.end, span.end + SUM_PHRASE_WORDS)
    if group.start == group.head == span.end:
        # "The advance of USD 9 million made available under X": the participle describes the advance, decided.
        if span.start > 0 and view.lowers[span.start - 1] == "of":
            return False
        return group.head + 1 < end and lowers[group.head + 1] in WORDS.providing_complements
    if group.head >= span.start:
        return False
    for i in range(group.head + 1, end):
        if lowers[i] in WORDS.providing_complements:
            return True
        if i >= span.end and (view.clause_break(i) or lowers[i] in (",", ";")):
            return False
    return False


def is_undecided_after(view: LetterDoc, span, groups: list[VerbGroup]) -> bool:
    """Whether a verb of deciding after the sum, before its sentence's next sum, is denied ("..., though no
    contract for it has yet been concluded", "..., not yet approved"): the decision is still to come."""
    later = [a.start for a in view.spans_in("amount", span.end, span.sent.end)]
    end = min([*later, span.sent.end])
    return any(g.cls == "adopted" and span.end <= g.start < end and is_negated(view, g) for g in groups)


def own_participle_stage(view: LetterDoc, span, group: Optional[VerbGroup]) -> Optional[str]:
    """The stage a participle right after the sum names, when the verb found for the sum is none or another sum's
    own participle ("EUR 9 million paid and EUR 3 million undisbursed": "paid" is the first sum's); else None."""
    after = next((i for i in range(span.end, span.sent.end) if not view.doc[i].is_space), None)
    if after is None or (group is not None and group.head == after):
        return None
    if view.lowers[after] in WORDS.verb_of_state and after + 1 < span.sent.end:
        # "CAD 2m stays undrawn, and X could yet use it": the state the sum stands in, not what it may become.
        stage = stage_participle(view.lowers[after + 1])
        if stage is not None and (group is None or group.head > after + 1):
            return stage
    if group is not None and not any(s.end == group.head for s in view.spans_in("amount", span.sent.start, span.start)):
        return None  # "approved EUR 5 million disbursed over three years": the sentence's verb decides
    return stage_participle(view.lowers[after])


def is_decided_after(view: LetterDoc, span) -> bool:
    """Whether a deciding verb's bare participle follows the sum, after a comma ("CHF 6 million, approved in May")
    or after the sum's few words, a date right after it ("GBP 4 million in loans signed in March 2025")."""
    entry = _participle_after(view, span)
    if entry is not None:
        return entry[1] == "adopted"
    forms, lowers = load_cues().forms, view.lowers
    later = [a.start for a in view.spans_in("amount", span.end, span.sent.end)]
    end = min([span.sent.end, span.end + SUM_PHRASE_WORDS, *later])
    for i in range(span.end, end):
        if view.clause_break(i) or lowers[i] in (",", ";", ":"):
            return False
        entry = forms.get(lowers[i])
        if entry is not None and entry[2] == "past":  # not "in grant funds": a noun spelt as a verb
            dated = view.spans_in("date", i + 1, min(end + 3, span.sent.end))
            return entry[1] == "adopted" and bool(dated) and dated[0].start <= i + 2
    return False


def is_expected_later(view: LetterDoc, span) -> bool:
    """Whether a planning verb's bare participle follows the sum after a comma ("EUR 50 million from the Agency,
    expected in the third quarter"): money still to come."""
    entry = _participle_after(view, span)
    return entry is not None and entry[1] == "planned"


def is_under_agreement(view: LetterDoc, span) -> bool:
    """Whether the sum's sentence opens with the agreement it carries out, signed or concluded ("Under the
    agreements signed today by X and Y, China will provide grants of RMB 200 million ..."), or says it after
    the agreement's verb ("signed an agreement under which China will provide ...")."""
    words = [t for t in view.doc[span.sent.start : span.start] if not t.is_space]
    # "X signed a loan agreement with Y under which X will contribute ...", "... signed a memorandum whereby
    # ...": a clause on the agreement just signed carries it out as well.
    for n in range(1, len(words)):
        opener = {words[n].lower_, f"{words[n - 1].lower_} {words[n].lower_}"}
        if opener & AGREEMENT_RELATIVES and any(t.lower_ in WORDS.agreement_verbs for t in words[: n - 1]):
            return True
    lowered = [t.lower_ for t in words]
    opener = next((p for p in WORDS.agreement_openers if tuple(lowered[: len(p)]) == p), None)
    if opener is None:
        return False
    comma = next((n for n, t in enumerate(words) if t.text == ","), None)
    return comma is not None and any(t.lower_ in WORDS.agreement_verbs for t in words[:comma])


def in_resolution(view: LetterDoc, sent) -> bool:
    """Whether a sentence stands in a resolution's operative clause: its paragraph opens with one ("RESOLVED, ...",
    "BE IT FURTHER RESOLVED that ...") or says one before the sentence ends ("..., be it RESOLVED, to authorize")."""
    para_start, _ = view.paragraph_of(text_start(sent))
    words = re.findall(r"[a-z]+", view.text[para_start : text_end(sent)].lower())
    if phrase_at(words, WORDS.resolution_phrases) is not None:
        return True
    while words and words[0] in WORDS.resolution_fillers:
        words.pop(0)
    return bool(words) and words[0] in WORDS.resolution_words


def is_bound(view: LetterDoc, group: Optional[VerbGroup]) -> bool:
    """Whether the verb is a "shall" of an instrument its parties signed ("IN WITNESS WHEREOF, the undersigned
    ... have signed this Memorandum", "HAVE AGREED AS FOLLOWS") or a "shall" or "will" of an exchange of letters
    its reply accepted: an obligation taken on, not a plan."""
    if group is None:
        return False
    # A reply's terms ("on the understanding that: (a) the first tranche will be transferred ...") are agreed by
    # the exchange as the proposal's "shall" are; a signed memorandum's "will" is often deliberately no obligation.
    if "will" in group.aux and is_accepted_exchange(view):
        return True
    return "shall" in group.aux and (_signed(view) or is_accepted_exchange(view))


def is_ordered(view: LetterDoc, group: Optional[VerbGroup]) -> bool:
    """Whether the verb is a "shall" of an order that decides by itself (a proclamation, a directive), after its
    enacting formula or title: what it orders is decided on its issue, not a plan."""
    start = _order_start(view)
    return group is not None and "shall" in group.aux and start is not None and start <= group.start


def _signed(view: LetterDoc) -> bool:
    """Whether the text says its parties signed it ("IN WITNESS WHEREOF", "HAVE AGREED AS FOLLOWS")."""
    if "signed" not in view.memo:
        view.memo["signed"] = phrase_at(_lowered_words(view), WORDS.signing_phrases) is not None
    return bool(view.memo["signed"])


def _order_start(view: LetterDoc) -> Optional[int]:
    """The token from which the text is an order that decides what it says: past its enacting formula ("decree as
    follows", "hereby direct:") or its title on a line of its own above the text's first prose ("EXECUTIVE ORDER"
    under the letterhead); None for no order. A heading "Directive" in the body (over a draft directive) is no title."""
    if "order_start" not in view.memo:
        doc = view.doc
        words = [t for t in doc if not t.is_space]
        lowered = [t.lower_ for t in words]
        ends = [words[k + len(phrase) - 1].i + 1 for k, phrase in phrase_places(lowered, WORDS.enacting_phrases)]
        titles = {t.lower() for t in WORDS.order_titles}
        prose, offset = first_prose_end(view.text), 0
        for line in view.text.splitlines(keepends=True):
            if offset >= prose:
                break
            if line.strip().lower() in titles:
                ends.append(doc.char_span(offset, offset + len(line.rstrip()), alignment_mode="expand").end)
            offset += len(line)
        view.memo["order_start"] = min(ends, default=None)
    return view.memo["order_start"]


def is_accepted_exchange(view: LetterDoc) -> bool:
    """Whether the text holds the reply that concludes an exchange of letters or notes ("Your Excellency's letter
    and this reply shall constitute an agreement"): the proposal it accepts is then agreed."""
    if "accepted" not in view.memo:
        view.memo["accepted"] = phrase_at(_lowered_words(view), WORDS.acceptance_phrases) is not None
    return bool(view.memo["accepted"])


def is_confirmed_subject(view: LetterDoc, span) -> bool:
    """Whether the sum's own clause goes on, after a few words of its noun, with a passive form of "confirm" ("EUR 9
    million for the repair of roads was confirmed by the Bank"): no other sum, verb or clause break between, and no
    condition opening the clause ("once EUR 9 million has been confirmed, ...": not confirmed yet)."""
    doc = view.doc
    if _condition_opener_before(view, span.start) is not None:
        return False
    later = [a.start for a in view.spans_in("amount", span.end, span.sent.end)]
    end = min([span.sent.end - 1, span.end + MAX_CONFIRMED_SUBJECT_WORDS, *later])
    for i in range(span.end, end):
        if doc[i].lower_ in WORDS.be_have:
            j = i
            while doc[j + 1].lower_ in WORDS.be_have:
                j += 1  # "has been", "will have been"
            return doc[j].lower_ in PASSIVE_BE and doc[j + 1].lower_ in WORDS.confirming_verbs
        if view.clause_break(i) or doc[i].lower_ in UNDECIDED_AUX or doc[i].lower_ in load_cues().forms:
            return False  # "NZD 2 million will (may) be confirmed later": not confirmed yet; a verb of ours: its own
    return False


def _lowered_words(view: LetterDoc) -> list[str]:
    """The text's words in lower case, without spaces."""
    return [t.lower_ for t in view.doc if not t.is_space]


def is_confirmed(view: LetterDoc, span) -> bool:
    """Whether a form of "confirm" and a noun of money with "of" name the sum ("has confirmed a contribution of",
    "confirmed its grant of", "has confirmed joint funding of"), a determiner and two modifiers at most between: not
    "confirmed that ...", whose clause has a verb, nor "confirmed the end of funding of", whose noun is another."""
    doc = view.doc
    i = span.start - 1
    if i - 2 < span.sent.start or doc[i].lower_ != "of" or doc[i - 1].lower_ not in WORDS.money_nouns:
        return False
    i -= 2
    lo = max(span.sent.start, i - MAX_CONFIRMED_MODIFIERS)
    skipped = CONFIRMING_WORDS | WORDS.determiners | PREPOSITIONS
    while i > lo and doc[i].is_alpha and doc[i].is_lower and doc[i].lower_ not in skipped:
        i -= 1  # a modifier before the noun ("joint funding", "additional humanitarian funding"), not a preposition
    if doc[i].lower_ in WORDS.determiners or doc[i].lower_ in WORDS.possessives or doc[i].tag_ == "PRP$":
        i -= 1
    return i >= span.sent.start and doc[i].lower_ in WORDS.confirming_verbs


def is_released_with(view: LetterDoc, span, group: Optional[VerbGroup]) -> bool:
    """Whether an -ing form of a verb of paying out opens a clause after a comma and takes the sum, the sum's own
    verb before it (", releasing an immediate $1.2 billion", ", disbursing USD 5 million at once")."""
    doc = view.doc
    if group is None or group.head >= span.start:
        return False
    i = span.start - 1
    # Three lower-case words at most between: a determiner, a qualifier, an adjective ("an immediate $1.2 billion").
    while (
        i > max(group.head, span.start - 4)
        and doc[i].is_lower
        and doc[i].is_alpha
        and not doc[i].lower_.endswith("ing")
    ):
        i -= 1
    entry = load_cues().forms.get(doc[i].lower_)
    paying = entry is not None and entry[1] == "disbursed" and doc[i].lower_.endswith("ing")
    return paying and i - 1 > group.head and doc[i - 1].text == ","


def is_paid_since(view: LetterDoc, span) -> bool:
    """Whether a relative clause in the perfect or the past passive of a verb of paying out follows the sum, its
    noun's few words between (", which has been fully disbursed", ", which was paid in March")."""
    doc, forms = view.doc, load_cues().forms
    end = min(span.sent.end, span.end + DEFAULT_NAME_WINDOW + 2)
    later = [a.start for a in view.spans_in("amount", span.end, span.sent.end)]
    end = min([end, *later])
    for i in range(span.end, end):
        if doc[i].text != "," or i + 1 >= len(doc) or doc[i + 1].lower_ not in WORDS.relative_subjects | {"that"}:
            continue
        j = i + 2
        aux = []
        while j < span.sent.end and (doc[j].lower_ in WORDS.auxiliaries or doc[j].lower_.endswith("ly")):
            aux.append(doc[j].lower_)
            j += 1
        entry = forms.get(doc[j].lower_) if j < span.sent.end else None
        passive = bool(set(aux) & (WORDS.be_have - WORDS.future_aux)) and not set(aux) & WORDS.future_aux
        return entry is not None and entry[1] == "disbursed" and entry[2] == "past" and passive
    return False


def names_time_ahead(view: LetterDoc, sent) -> bool:
    """Whether the sentence names years that start no earlier than the letter's year and end after its date ("for
    2027-2028" or "in 2027" in a letter of May 2027; not a programme's "2024-2027" that began before, nor "this
    summer"); False for a letter with no date."""
    parts = view.letter.parts
    month = interval(parts.month) if parts.month else None
    dated = parts.date or (month[1] if month else None)
    if dated is None:
        return False
    for span in view.spans_in("date", sent.start, sent.end):
        value = span._.value if isinstance(span._.value, dict) else {}
        edtf = value.get("edtf") or span._.norm or ""
        found = interval(edtf) if YEARS.fullmatch(edtf) else None
        if found is not None and found[0].year >= dated.year and found[1] > dated:
            return True
    return False


def is_pledged(view: LetterDoc, span) -> bool:
    """Whether a pledge noun names the sum: a few words after it, with only modifiers between
    ("$150 million, 3-year pledge"), or just before it ("a pledge of $5 million")."""
    doc = view.doc
    before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
    if before[-2:-1] and before[-2] in WORDS.pledge_nouns and before[-1] == "of":
        return True
    for token in doc[span.end : min(len(doc), span.end + DEFAULT_NAME_WINDOW + 1)]:
        if token.lower_ in WORDS.pledge_nouns:
            return True
        hyphenated = token.i > 0 and doc[token.i - 1].text == "-"  # "3-year", "multi-year"
        if not (token.is_punct or token.like_num or hyphenated or "-" in token.text):
            return False
    return False
