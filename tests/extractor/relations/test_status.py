"""Status rule table: each rule decides its example, in order, and the commitment names the rule."""

from __future__ import annotations

import pytest
from commitment_rows import statuses_of
from handdoc import letter_of, make_doc

from extractor.records.extract import extract_path
from extractor.relations.commitments import find_commitments
from extractor.relations.cues import VerbGroup, load_cues, verb_groups
from extractor.relations.letter_doc import LetterDoc
from extractor.relations.status import STATUS_RULES, StatusCase, decide_status, modality_of


def verb(lemma: str, cls: str, tense: str, time: str, aux=(), governor: str = "", to_follows: bool = False):
    return VerbGroup(
        head=5, start=5 - len(aux), lemma=lemma, cls=cls, tense=tense, aux=list(aux), time=time,
        governor=governor, to_follows=to_follows,
    )  # fmt: skip


PAID = verb("make", "action", "past", "past", aux=("has", "been"))


EXAMPLES = [
    (StatusCase(None, "firm", ongoing=True, targeted=True), ("planned", "named_as_goal")),
    (StatusCase(None, "firm", pledged=True, awaiting=True), ("planned", "awaiting_approval")),
    (StatusCase(None, "firm", lead="adopted", to_come=True), ("planned", "still_to_come")),
    (
        StatusCase(verb("approve", "adopted", "past", "past"), "firm", attribute=True, expected=True),
        ("planned", "expected_later"),
    ),
    (StatusCase(None, "firm", lead="planned", decided_later=True), ("adopted", "decided_after")),
    (StatusCase(verb("finance", "disbursed", "past", "past"), "firm", estimated=True), ("planned", "estimated_cost")),
    (
        StatusCase(verb("provide", "disbursed", "3sg", "present"), "firm", tentative=True),
        ("planned", "named_tentative"),
    ),
    (StatusCase(verb("give", "disbursed", "past", "past"), "firm", asked=True), ("planned", "asked_for")),
    (
        StatusCase(verb("prepare", "action", "past", "past", aux=("has",)), "firm", included_in="planned"),
        ("planned", "counted_in_whole"),
    ),
    (StatusCase(None, "firm", lead="planned", labelled="disbursed"), ("disbursed", "key_figure_label")),
    (
        StatusCase(verb("approve", "adopted", "past", "past"), "firm", row_label="disbursed"),
        ("disbursed", "leader_row_label"),
    ),
    (StatusCase(PAID, "firm", own_stage="adopted"), ("adopted", "own_stage_participle")),
    (StatusCase(None, "firm", ongoing=True), ("adopted", "ongoing_without_verb")),
    (StatusCase(verb("include", "adopted", "3sg", "present"), "firm", in_plan=True), ("planned", "included_in_plan")),
    (
        StatusCase(verb("pay", "disbursed", "past", "past", aux=("has",)), "firm", pledged=True),
        ("disbursed", "pledge_paid"),
    ),
    (
        StatusCase(verb("make", "adopted", "base", "present", aux=("to",)), "intention", pledged=True),
        ("planned", "pledge_intended"),
    ),
    (
        StatusCase(verb("support", "disbursed", "base", "future", aux=("will",)), "firm", pledged=True),
        ("adopted", "named_as_pledge"),
    ),
    (StatusCase(None, "firm", confirmed=True), ("adopted", "confirmed_by_giver")),
    (StatusCase(verb("disburse", "disbursed", "past", "past"), "firm", total=True), ("adopted", "running_total")),
    (StatusCase(None, "firm", lead="adopted"), ("adopted", "list_lead")),
    (StatusCase(None, "firm", staged="disbursed"), ("disbursed", "named_by_stage")),
    (StatusCase(None, "firm", resolved=True), ("adopted", "resolved_clause")),
    (StatusCase(None, "firm", whole="adopted"), ("adopted", "part_of_whole")),
    (
        StatusCase(verb("go", "disbursed", "past", "past"), "firm", sent_on="adopted"),
        ("adopted", "part_sent_to_purpose"),
    ),
    (StatusCase(None, "firm", split_decided=True), ("adopted", "whole_of_decided_part")),
    (StatusCase(None, "firm", contract_value=True), ("adopted", "contract_value")),
    (StatusCase(None, "firm", instrument_size=True), ("adopted", "sized_instrument")),
    (StatusCase(None, "firm", held=True), ("adopted", "held_allotment")),
    (StatusCase(None, "firm"), ("planned", "no_verb")),
    (StatusCase(verb("mobilise", "adopted", "base", "future"), "firm", proposed=True), ("planned", "proposed")),
    (StatusCase(verb("support", "disbursed", "base", "present"), "firm", backed=True), ("planned", "proposal_backed")),
    (
        StatusCase(verb("announce", "adopted", "past", "past"), "firm", intended=True),
        ("planned", "intended_after_verb"),
    ),
    (
        StatusCase(verb("make", "action", "base", "past", aux=("to",), governor="agreed"), "firm", paid=True),
        ("disbursed", "paid_after_decision"),
    ),
    (StatusCase(verb("provide", "disbursed", "base", "future", governor="agreed"), "firm"), ("adopted", "decided_to")),
    (
        StatusCase(verb("pledge", "adopted", "past", "past", aux=("have",)), "firm", part_paid=True),
        ("planned", "promise_partly_paid"),
    ),
    (
        StatusCase(verb("pledge", "adopted", "past", "past", aux=("has",)), "firm", promised_ahead=True),
        ("planned", "promised_for_time_ahead"),
    ),
    (StatusCase(verb("earmark", "planned", "past", "past"), "firm"), ("planned", "planning_verb")),
    (
        StatusCase(verb("prepare", "action", "ing", "progressive", aux=("is",)), "firm"),
        ("planned", "in_preparation"),
    ),
    (
        StatusCase(verb("provide", "disbursed", "base", "future", aux=("will",)), "firm", decided_as=True),
        ("adopted", "stated_as_decided"),
    ),
    (
        StatusCase(verb("redirect", "adopted", "past", "future", aux=("will", "be")), "firm", decided_that=True),
        ("adopted", "decided_in_that_clause"),
    ),
    (
        StatusCase(verb("contribute", "disbursed", "base", "future", aux=("shall",)), "firm", bound=True),
        ("adopted", "bound_by_signature"),
    ),
    (
        StatusCase(verb("release", "disbursed", "base", "future", aux=("shall", "be")), "firm", ordered=True),
        ("adopted", "ordered_by_the_text"),
    ),
    (StatusCase(verb("set", "action", "base", "past", aux=("has",)), "firm", earmarked=True), ("planned", "earmarked")),
    (
        StatusCase(verb("withhold", "adopted", "past", "future", aux=("will", "be")), "firm", taken_back=True),
        ("adopted", "at_risk_of_withdrawal"),
    ),
    (StatusCase(verb("provide", "disbursed", "base", "future", aux=("will",)), "firm"), ("planned", "future")),
    (StatusCase(verb("fund", "disbursed", "base", "present"), "intention"), ("planned", "call_or_intention")),
    (
        StatusCase(verb("allocate", "adopted", "3sg", "present"), "firm", conditioned=True),
        ("planned", "condition_to_meet"),
    ),
    (
        StatusCase(verb("include", "adopted", "past", "past", aux=("has", "been")), "firm", confirmation_asked=True),
        ("planned", "confirmation_asked"),
    ),
    (
        StatusCase(verb("build", "action", "3sg", "present"), "firm", built_upon=True),
        ("disbursed", "builds_on_existing"),
    ),
    (
        StatusCase(verb("commit", "adopted", "past", "past", aux=("are",), to_follows=True), "firm"),
        ("planned", "disposition"),
    ),
    (
        StatusCase(verb("provide", "disbursed", "past", "past"), "firm", attribute=True),
        ("adopted", "participle_attribute"),
    ),
    (StatusCase(verb("provide", "disbursed", "past", "past"), "firm", legislated=True), ("adopted", "appropriated")),
    (
        StatusCase(verb("award", "adopted", "past", "past", aux=("has",)), "firm", to_date=True),
        ("disbursed", "awarded_to_date"),
    ),
    (
        StatusCase(verb("enable", "action", "past", "past", aux=("have",)), "firm", received=True),
        ("disbursed", "helped_to_receive"),
    ),
    (
        StatusCase(verb("distribute", "disbursed", "past", "past", aux=("is",)), "firm"),
        ("adopted", "described_in_present"),
    ),
    (
        StatusCase(verb("fund", "disbursed", "past", "past", aux=("was",)), "firm", negated=True, requested=True),
        ("planned", "request_not_granted"),
    ),
    (
        StatusCase(
            verb("pay", "disbursed", "past", "past", aux=("been",)), "firm", negated=True, paid=True, fallen_due=True
        ),
        ("planned", "unpaid_when_due"),
    ),
    (
        StatusCase(verb("spend", "disbursed", "past", "past", aux=("been",)), "firm", negated=True),
        ("adopted", "not_yet_done"),
    ),
    (
        StatusCase(verb("receive", "receive", "past", "past", aux=("has",)), "firm", toward_cost=True),
        ("adopted", "received_toward_cost"),
    ),
    (
        StatusCase(verb("finance", "disbursed", "past", "past"), "firm", financed_with=True),
        ("adopted", "financed_with_instrument"),
    ),
    (
        StatusCase(verb("receive", "receive", "past", "past"), "firm", allotted=True),
        ("adopted", "received_allotment"),
    ),
    (StatusCase(verb("win", "receive", "past", "past", aux=("has",)), "firm"), ("adopted", "won_award")),
    (
        StatusCase(verb("make", "action", "past", "past"), "firm", made_available=True),
        ("disbursed", "made_available_in_past"),
    ),
    (
        StatusCase(verb("provide", "disbursed", "past", "past", aux=("has", "been")), "firm", voted=True),
        ("adopted", "given_in_voted_text"),
    ),
    (StatusCase(verb("grant", "disbursed", "past", "past"), "firm", dated=True), ("disbursed", "dated_participle")),
    (StatusCase(verb("pay", "disbursed", "past", "past"), "firm"), ("disbursed", "delivered")),
    (StatusCase(PAID, "firm", paid=True), ("disbursed", "named_as_paid")),
    (
        StatusCase(verb("approve", "adopted", "past", "past"), "firm", released=True),
        ("disbursed", "released_with_decision"),
    ),
    (
        StatusCase(verb("announce", "adopted", "past", "past"), "firm", paid_since=True),
        ("disbursed", "paid_in_relative"),
    ),
    (
        StatusCase(verb("announce", "adopted", "past", "past"), "firm", undecided_after=True),
        ("planned", "announced_not_decided"),
    ),
    (StatusCase(PAID, "firm"), ("adopted", "past_decision")),
    (StatusCase(verb("contribute", "disbursed", "3sg", "present"), "firm"), ("disbursed", "spending_now")),
    (StatusCase(verb("approve", "adopted", "3sg", "present"), "firm"), ("adopted", "otherwise_adopted")),
]


@pytest.mark.parametrize("case, expected", EXAMPLES)
def test_each_status_rule_decides_its_example(case, expected):
    assert decide_status(case) == expected


def test_every_status_rule_has_an_example_and_the_last_always_applies():
    assert [rule for _, (_, rule) in EXAMPLES] == [rule.__name__ for rule in STATUS_RULES]
    assert STATUS_RULES[-1](StatusCase(PAID, "firm")) == "adopted"


def test_a_present_verb_of_paying_out_after_its_sum_says_what_the_money_is_for_not_that_it_goes_out():
    case = StatusCase(verb("fund", "disbursed", "3sg", "present"), "firm", verb_after=True)
    assert decide_status(case) == ("adopted", "otherwise_adopted")


def test_an_earlier_rule_wins_over_a_later_one():
    # A planning verb in the past is planned, though any other past verb would be adopted.
    case = StatusCase(verb("propose", "planned", "past", "past"), "firm")
    assert decide_status(case) == ("planned", "planning_verb")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Commission will provide EUR 10 million to Tunisia.", ("planned", "future")),
        ("The Commission has disbursed EUR 10 million to Tunisia.", ("disbursed", "delivered")),
        ("The Commission approved EUR 10 million for Tunisia.", ("adopted", "past_decision")),
        ("The EUR 10 million provided in the budget help Tunisia.", ("adopted", "participle_attribute")),
        ("A compact for Tunisia, supported with EUR 10 million.", ("adopted", "participle_attribute")),
        ("The Fund is improving roads through EUR 10 million for Tunisia.", ("adopted", "ongoing_without_verb")),
        ("Italy gave EUR 10 million, disbursed in May, for Tunisia.", ("disbursed", "delivered")),
        ("The Fund is also advancing roads through EUR 10 million for Tunisia.", ("adopted", "ongoing_without_verb")),
        ("The appeal calls for at least EUR 10 million from donors to help Tunisia.", ("planned", "asked_for")),
        ("The Society launched a EUR 10 million Flash Appeal for Tunisia.", ("planned", "asked_for")),
        (
            "The Board endorsed a concept note for Tunisia, requesting EUR 10 million for roads.",
            ("planned", "asked_for"),
        ),
        (
            "The Bank received a request sent in May for a grant of about EUR 10 million for Tunisia.",
            ("planned", "asked_for"),
        ),
        ("Our efforts have enabled firms to access EUR 10 million in Tunisia.", ("disbursed", "helped_to_receive")),
        ("A Fund grant of EUR 10 million will matter for Tunisia.", ("planned", "no_verb")),
        ("A Fund grant of EUR 10 million will leverage more for Tunisia.", ("planned", "future")),
        ("The Bank stands to generate EUR 10 million for Tunisia.", ("planned", "future")),
        ("Our countries provide EUR 10 million for Tunisia, and we will seek more.", ("adopted", "otherwise_adopted")),
        ("The Bank has committed to lend EUR 10 million to Tunisia.", ("adopted", "decided_to")),
        # General verbs of each stage: a vote, a ratification, an enactment; money remitted, a fund replenished.
        ("Parliament voted EUR 10 million for Tunisia.", ("adopted", "past_decision")),
        ("A loan of EUR 10 million to Tunisia was ratified by the Assembly.", ("adopted", "past_decision")),
        ("The Assembly enacted a budget of EUR 10 million for Tunisia.", ("adopted", "past_decision")),
        ("The Ministry allotted EUR 10 million to Tunisia.", ("adopted", "past_decision")),
        ("The Agency remitted EUR 10 million to partners in Tunisia.", ("disbursed", "delivered")),
        ("The trust fund for Tunisia was replenished with EUR 10 million.", ("disbursed", "delivered")),
        ("The Bank is considering a loan of EUR 10 million to Tunisia.", ("planned", "planning_verb")),
        ("The Ministry anticipates EUR 10 million for Tunisia next year.", ("planned", "planning_verb")),
        ("The Bank is committed to backing EUR 10 million for Tunisia.", ("planned", "disposition")),
        (
            "Norway announced plans to work with partners to provide EUR 10 million for Tunisia.",
            ("planned", "intended_after_verb"),
        ),
        ("Its recent EUR 10 million, two-year pledge will help Tunisia.", ("adopted", "named_as_pledge")),
        ("A pledge of EUR 10 million will help Tunisia.", ("adopted", "named_as_pledge")),
        ("To date, the Fund has mobilized EUR 10 million for Tunisia.", ("disbursed", "delivered")),
        ("So far Norway has to date provided EUR 10 million to Tunisia.", ("disbursed", "delivered")),
        ("The Recovery Plan (RP) includes EUR 10 million for Tunisia.", ("planned", "included_in_plan")),
        ("The funding request includes EUR 10 million for Tunisia.", ("planned", "included_in_plan")),
        # What a plan not yet adopted gives in the present is planned (DIGEST.md), its subject past an aside too;
        # an Act's is decided.
        ("The funding request provides EUR 10 million for Tunisia.", ("planned", "included_in_plan")),
        ("Our proposal invests EUR 10 million in Tunisia.", ("planned", "included_in_plan")),
        (
            "The bill, tabled in May and now before the Assembly, already provides EUR 10 million for Tunisia.",
            ("planned", "included_in_plan"),
        ),
        ("The draft budget provides EUR 10 million for Tunisia.", ("planned", "included_in_plan")),
        ("The Act provides EUR 10 million for Tunisia.", ("adopted", "otherwise_adopted")),
        ("This package includes EUR 10 million for Tunisia.", ("adopted", "otherwise_adopted")),
        ("These agreements include EUR 10 million for Tunisia.", ("adopted", "otherwise_adopted")),
        ("Investments include support, such as EUR 10 million for Tunisia.", ("adopted", "otherwise_adopted")),
        # An active relative clause on a noun after the sum is not the sum's verb.
        (
            "Investments include a EUR 10 million loan to a Fund in Tunisia, which will provide credit.",
            ("adopted", "otherwise_adopted"),
        ),
        ("A further EUR 10 million for Tunisia, which will be delivered by May.", ("planned", "future")),
        # A step still to come in a relative clause does not undo the past decision before the sum.
        (
            "The Bank has approved a loan of EUR 10 million for Tunisia, which will be paid out by June.",
            ("adopted", "past_decision"),
        ),
        (
            "The Board has set the repayment at EUR 10 million for Tunisia, which will be paid out by June.",
            ("adopted", "past_decision"),
        ),
        # An announced sum whose payment is still to come stays to come: announcing makes it known, not decided.
        (
            "The Minister announced today a further EUR 10 million, which will be paid out through the Bank to Tunisia.",
            ("planned", "future"),
        ),
        # "which includes" says what a noun holds: the sum keeps no verb.
        ("Prices fall by EUR 10 million for Tunisia, which includes ten towns.", ("planned", "no_verb")),
        # A target, money others are expected to put in, and what a legislature provides.
        ("The Bank announced a goal of investing EUR 10 million in Tunisia.", ("planned", "named_as_goal")),
        (
            "The Bank launched a network with the goal of closing EUR 10 million of deals in Tunisia.",
            ("planned", "named_as_goal"),
        ),
        (
            "The Bank and Tunisia announced an MOU to facilitate up to EUR 10 million in loans.",
            ("planned", "intended_after_verb"),
        ),
        ("The Bank is investing in a fund to leverage EUR 10 million for Tunisia.", ("planned", "intended_after_verb")),
        (
            "The Agency announced activities designed to help unlock EUR 10 million for Tunisia.",
            ("planned", "intended_after_verb"),
        ),
        ("The Agency announced activities to help EUR 10 million reach Tunisia.", ("adopted", "past_decision")),
        ("Congress provided EUR 10 million above regular appropriations for Tunisia.", ("adopted", "appropriated")),
        (
            "The Bank and Tunisia are continuing to partner toward a combined up to EUR 10 million for roads.",
            ("planned", "named_as_goal"),
        ),
        # The work goes on; the money is only intended (no longer ongoing_without_verb).
        ("The Bank is working with Tunisia to each provide EUR 10 million for roads.", ("planned", "no_verb")),
        ("The EUR 10 million that the Bank committed to Tunisia has been fully disbursed.", ("disbursed", "delivered")),
        ("The EUR 10 million that the Bank disbursed to Tunisia has helped to sustain it.", ("disbursed", "delivered")),
        ("The EUR 10 million package for Tunisia that I announced will be made available soon.", ("planned", "future")),
        ("The Bank provided EUR 10 million for Tunisia.", ("disbursed", "delivered")),
        ("The Bank recently sent EUR 10 million of assistance to Tunisia.", ("disbursed", "delivered")),
        ("To date, the Foundation has awarded EUR 10 million to Tunisia.", ("disbursed", "awarded_to_date")),
        ("The Foundation awarded EUR 10 million to Tunisia.", ("adopted", "past_decision")),
        ("The Facility builds upon over EUR 10 million in assistance to Tunisia.", ("disbursed", "builds_on_existing")),
        ("These efforts build on our investment of EUR 10 million in Tunisia.", ("disbursed", "builds_on_existing")),
        ("It would build on an additional EUR 10 million for Tunisia.", ("planned", "future")),
        (
            "Kits are linked to EUR 10 million of Act funds that the Agency plans to use in Tunisia.",
            ("planned", "planning_verb"),
        ),
        ("The Fund will procure EUR 10 million in test kits for Tunisia.", ("planned", "future")),
        (
            "The Bank announced: - a pledge of EUR 10 million for Tunisia, subject to the approval of its Board;",
            ("planned", "awaiting_approval"),
        ),
        # A decision still to come on a budget conditions the sum, whatever the verb beside it.
        (
            "Norway has signalled a grant of EUR 10 million to Tunisia, subject to its annual budget, and Spain has "
            "already paid EUR 2 million.",
            ("planned", "awaiting_approval"),
        ),
        # A part after "of which" with a verb of its own is at that verb's stage, not at the total's.
        (
            "The appeal for Tunisia sought EUR 40 million, of which EUR 10 million, or a quarter, had been received "
            "by May.",
            ("disbursed", "delivered"),
        ),
        # The sum's own clause says it is still needed, whatever verb the sentence's list of works has.
        (
            "The Ministry has prepared a list of works for which EUR 10 million is needed to rebuild schools in Tunisia.",
            ("planned", "asked_for"),
        ),
        # A contract still to be signed conditions the sum as a decision to come does.
        (
            "The company has announced an investment of EUR 10 million in Tunisia, subject to the signature of its "
            "licence.",
            ("planned", "awaiting_approval"),
        ),
        # Obligating a tranche is a step after the decision: committed, not yet paid out.
        ("A second tranche of EUR 10 million for Tunisia has now been obligated.", ("adopted", "past_decision")),
        (
            "The Fund will provide EUR 10 million to Tunisia each year, as agreed by its Board in March.",
            ("adopted", "stated_as_decided"),
        ),
        ("The Fund will provide EUR 10 million to Tunisia, as announced by its Board.", ("planned", "future")),
        # The agreement the sentence opens with was signed: its future verb carries out a decision taken.
        (
            "Under the accord signed last year with Tunisia, the Fund will provide EUR 10 million for ports.",
            ("adopted", "stated_as_decided"),
        ),
        ("Under the new programme for Tunisia, the Fund will provide EUR 10 million for ports.", ("planned", "future")),
        # A past verb under a signed agreement says what became of the money.
        (
            "Under the accord signed last year, the Fund has given EUR 10 million to Tunisia.",
            ("disbursed", "delivered"),
        ),
        ("The Agency today appealed for EUR 10 million to shelter families in Tunisia.", ("planned", "asked_for")),
        # A later step denied right after the sum's verb, joined by "but": the stage the money has not reached.
        (
            "EUR 10 million for clinics in Jordan has been agreed but is not formalised yet.",
            ("planned", "not_yet_done"),
        ),
        ("EUR 10 million for wells in Tunisia was approved but never disbursed.", ("adopted", "not_yet_done")),
        # A verb of asking before "for", in a clause after a verb of giving: asked for, not given.
        (
            "After the Bank had released its loan in April, Jordan asked for EUR 10 million for its schools.",
            ("planned", "asked_for"),
        ),
        # "of which" opens the part's own clause: its "that" is no proposal of the planning verb before it.
        (
            "The plan foresees a sum for Tunisia, of which the Board understands that EUR 10 million were paid in May.",
            ("disbursed", "delivered"),
        ),
        # A sum its giver confirmed, in a clause with no verb of ours.
        (
            "We thank the Fund, which has confirmed a grant of EUR 10 million for wells in Tunisia.",
            ("adopted", "confirmed_by_giver"),
        ),
        # A verb of asking in the present progressive: the money is asked for, not work under way.
        (
            "Tunisia is asking its partners for EUR 10 million to rebuild its ports this winter.",
            ("planned", "asked_for"),
        ),
        # Work under way on a request: the request's sum is asked for, not committed.
        (
            "The Bank is now reviewing the request sent by Tunisia for a loan of EUR 10 million.",
            ("planned", "asked_for"),
        ),
        ("We thank Tunisia for the payment of EUR 10 million, made on 2 May.", ("disbursed", "named_as_paid")),
        ("The Bank and the Agency will finalize EUR 10 million in financing for Tunisia.", ("planned", "future")),
        ("The Agency procured EUR 10 million in test kits for Tunisia.", ("disbursed", "delivered")),
        ("This week, the Bank began disbursing EUR 10 million in grants to help Tunisia.", ("disbursed", "delivered")),
        (
            "The Fund has closed two deals in Tunisia and expects to close EUR 10 million more.",
            ("planned", "planning_verb"),
        ),
        (
            "The Agency is announcing: - Justice: Through a EUR 10 million initiative, its Bureau for Law and "
            "Order in Tunisia will provide training.",
            ("planned", "future"),
        ),
        (
            "The Bank announced: - EUR 10 million for a plant in Tunisia that will help supply.",
            ("adopted", "past_decision"),
        ),
        (
            "The Response Plan, drawn up in March with partners, requires EUR 10 million to assist Tunisia.",
            ("planned", "asked_for"),
        ),
        (
            "Under the accord, EUR 10 million has been committed to water supply in Tunisia.",
            ("adopted", "past_decision"),
        ),
        # A pledge a past verb of paying out governs has gone out; a pledge alone is a decision.
        ("Norway has paid its pledge of EUR 10 million to Tunisia in full.", ("disbursed", "pledge_paid")),
        ("Norway made a pledge of EUR 10 million to Tunisia last spring.", ("adopted", "named_as_pledge")),
        # What a proposal's "that" clause says, in the base form, is only proposed.
        (
            "A proposal by two members that the Fund provide EUR 10 million to Tunisia is before the Board.",
            ("planned", "proposed"),
        ),
        # Money moved to another purpose is decided anew; a move still to come is only planned.
        (
            "Last month Japan reprogrammed EUR 10 million of its loan for flood defences in Tunisia.",
            ("adopted", "past_decision"),
        ),
        ("Next year Norway will redirect EUR 10 million to clinics in Tunisia.", ("planned", "future")),
        ("In March the Fund shifted EUR 10 million from roads to clinics in Tunisia.", ("adopted", "past_decision")),
        (
            "Donors have shifted EUR 10 million of unspent funds into water works for Tunisia.",
            ("adopted", "past_decision"),
        ),
        # A pledge only intended is not yet made.
        ("Chile plans to make a pledge of EUR 10 million to Tunisia next spring.", ("planned", "pledge_intended")),
        # What a past decision pays out at once, in an -ing clause after a comma, is disbursed.
        (
            "The Board approved the programme for Tunisia on Monday, releasing an immediate EUR 10 million.",
            ("disbursed", "released_with_decision"),
        ),
        # A step still to come that the money waits on, as an approval is.
        (
            "The Fund announced EUR 10 million for Tunisia, subject to the completion of an environmental review.",
            ("planned", "awaiting_approval"),
        ),
        # "a request of" names the sum asked for, as "a request for" does.
        ("The ministry's request of EUR 10 million for clinics in Tunisia was sent in May.", ("planned", "asked_for")),
        # The release of money a verb of asking takes: asked for, not yet given.
        (
            "The Ministry seeks the release of EUR 10 million held back since March for clinics in Tunisia.",
            ("planned", "asked_for"),
        ),
        (
            "After the review the Ministry will request the release of the final EUR 10 million for schools in "
            "Tunisia.",
            ("planned", "asked_for"),
        ),
        # A decision named only as a condition before the sum ("once endorsed,") is still to come.
        ("Once endorsed, the plan will commit EUR 10 million to clinics in Tunisia.", ("planned", "awaiting_approval")),
        (
            "The second loan, once adopted, would add EUR 10 million for ports in Tunisia.",
            ("planned", "awaiting_approval"),
        ),
        # A bare participle right after the sum says what it was; the verb before it says what befell it.
        (
            "In 2024 the Trust transferred the last EUR 10 million committed to schools in Tunisia.",
            ("disbursed", "delivered"),
        ),
    ],
)
def test_the_commitment_names_its_status_rule(sentence, expected):
    amount = ("EUR 10 million", "EUR 10 million", {"kind": "money", "value": 1e7, "currency": "EUR"})
    doc = make_doc(sentence, {"country": [("Tunisia", "TUN", None)], "amount": [amount]})
    (c,) = find_commitments(doc, [], letter_of(sentence))
    assert (c.status, c.because.status) == expected


EUR_4M = ("EUR 4 million", "EUR 4 million", {"kind": "money", "value": 4e6, "currency": "EUR"})
EUR_1M = ("EUR 1 million", "EUR 1 million", {"kind": "money", "value": 1e6, "currency": "EUR"})
EUR_2M = ("EUR 2 million", "EUR 2 million", {"kind": "money", "value": 2e6, "currency": "EUR"})


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("The Bank is investing EUR 4 million in Africa. These investments include:", ("adopted", "list_lead")),
        ("The Bank announced:", ("adopted", "list_lead")),
        ("The Bank will announce:", ("planned", "list_lead")),
        ("The Budget Request includes:", ("planned", "list_lead")),
        # The lead-in's only verb is after "to": it still leads the items in, not the sentence before it.
        (
            "The Bank has paid EUR 4 million to Africa. We ask the Bank to consider these proposals:",
            ("planned", "list_lead"),
        ),
        # No lead-in before the list: a sum with no verb stays only planned.
        ("The Bank is investing EUR 4 million in Africa.", ("planned", "no_verb")),
    ],
)
def test_a_bulleted_item_without_a_verb_takes_the_status_its_list_is_led_in_with(lead, expected):
    text = (
        f"{lead} - Power in Kenya: A EUR 1 million grant to help build a plant in Kenya. The plant will supply power. "
        "- Clean power in Tunisia: EUR 2 million to support studies for a plant in Tunisia."
    )
    doc = make_doc(
        text, {"country": [("Tunisia", "TUN", None), ("Kenya", "KEN", None)], "amount": [EUR_4M, EUR_1M, EUR_2M]}
    )
    (c,) = [c for c in find_commitments(doc, [], letter_of(text)) if c.amounts[0].value == 2e6]
    assert (c.status, c.because.status) == expected


def test_a_lead_in_without_a_verb_is_led_by_the_verb_of_the_sentence_before_it():
    text = "The Board approved four proposals. Among them:\n(a) Power in Tunisia: EUR 2 million for a plant."
    doc = make_doc(text, {"country": [("Tunisia", "TUN", None)], "amount": [EUR_2M]})
    (c,) = find_commitments(doc, [], letter_of(text))
    assert (c.status, c.because.status) == ("adopted", "list_lead")


@pytest.mark.parametrize(
    "later, expected",
    [
        ("The full amount was paid out last week.", ("disbursed", "paid_in_later_sentence")),
        ("The funds will be paid out next week.", ("adopted", "decided_to")),
        # A present passive says where the money comes from, not that it was paid.
        ("The funds are provided on behalf of the Treasury.", ("adopted", "decided_to")),
    ],
)
def test_a_later_sentence_saying_the_money_was_paid_makes_the_sums_decided_before_it_paid(later, expected):
    text = f"The Ministry decided to allocate EUR 2 million to Tunisia. {later}"
    doc = make_doc(text, {"country": [("Tunisia", "TUN", None)], "amount": [EUR_2M]})
    (c,) = find_commitments(doc, [], letter_of(text))
    assert (c.status, c.because.status) == expected


def test_the_latter_amount_paid_in_a_later_sentence_is_only_the_last_sum(tmp_path):
    text = (
        "Dear Minister,\n\nThe Agency approved a loan of EUR 3 million for roads in Tunisia, and a grant of "
        "EUR 400,000 for a school in Tunisia. The latter amount was disbursed on 4 May.\n\nYours sincerely,\n"
    )
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    status = {c.amounts[0].value: (c.status, c.because.status) for c in extract_path(path).commitments}
    assert status[3e6][0] == "adopted"
    assert status[4e5] == ("disbursed", "paid_in_later_sentence")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Disbursements to Tunisia reached EUR 2 million for schools.", ("disbursed", "named_by_stage")),
        ("Allocations to Tunisia totalled EUR 2 million for schools.", ("adopted", "named_by_stage")),
        ("The Bank has new authorizations such as EUR 2 million for Tunisia.", ("adopted", "named_by_stage")),
        # A request for the stage noun: only asked for.
        (
            "Next, a request for a supplementary appropriation of EUR 2 million for Tunisia.",
            ("planned", "named_by_stage"),
        ),
        # A comma between the noun and the sum: the noun names something else.
        ("Disbursements rose, with EUR 2 million for Tunisia.", ("planned", "no_verb")),
        # A count between the noun and the sum is no other sum: the noun still names it.
        ("Pledges from 12 donors now total about EUR 2 million for Tunisia.", ("adopted", "named_by_stage")),
    ],
)
def test_a_stage_noun_names_the_stage_of_a_sum_without_a_verb(sentence, expected):
    doc = make_doc(sentence, {"country": [("Tunisia", "TUN", None)], "amount": [EUR_2M]})
    (c,) = find_commitments(doc, [], letter_of(sentence))
    assert (c.status, c.because.status) == expected


def test_money_reimbursed_was_paid():
    sentence = "The regional fund reimbursed EUR 2 million to Tunisia."
    doc = make_doc(sentence, {"country": [("Tunisia", "TUN", None)], "amount": [EUR_2M]})
    (c,) = find_commitments(doc, [], letter_of(sentence))
    assert (c.status, c.because.status) == ("disbursed", "delivered")


@pytest.mark.parametrize(
    "sentence, modality",
    [
        ("We call on Member States to provide funds.", "call"),
        ("We intend to provide funds.", "intention"),
        ("We provide funds.", "firm"),
    ],
)
def test_modality_from_the_words_before_the_verb(sentence, modality):
    view = LetterDoc(make_doc(sentence, {}), letter_of(sentence))
    head = next(t.i for t in view.doc if t.lower_ == "provide")
    group = verb("provide", "disbursed", "base", "future")
    group.head = group.start = head
    assert modality_of(view, view.sents[0], group) == modality


def test_an_ongoing_verb_in_another_item_of_a_list_run_into_one_sentence_gives_no_stage():
    text = (
        "The plan requests:\na. EUR 4 million for Kenya, where herders are moving to towns;\n"
        "b. EUR 2 million for water in Tunisia."
    )
    doc = make_doc(text, {"country": [("Tunisia", "TUN", None), ("Kenya", "KEN", None)], "amount": [EUR_4M, EUR_2M]})
    (c,) = [c for c in find_commitments(doc, [], letter_of(text)) if c.amounts[0].value == 2e6]
    assert c.because.status != "ongoing_without_verb"


def test_a_programme_named_plan_is_no_auxiliary_of_the_verb_after_it():
    # "Plan" in a programme's name is not "plan to": the verb after it is the sum's own, in the present.
    text = "In May the Cabinet adopted the Plan. The Plan allocates EUR 10 million to Tunisia."
    amount = ("EUR 10 million", "EUR 10 million", {"kind": "money", "value": 1e7, "currency": "EUR"})
    doc = make_doc(
        text,
        {"country": [("Tunisia", "TUN", None)], "amount": [amount], "programme": [("Plan", "Plan", None)]},
    )
    (c,) = find_commitments(doc, [], letter_of(text))
    assert (c.action, c.status) == ("allocate", "adopted")


EUR_10M = ("EUR 10 million", "EUR 10 million", {"kind": "money", "value": 1e7, "currency": "EUR"})


@pytest.mark.parametrize(
    "total, expected",
    [
        ("bringing the total paid to Tunisia to EUR 10 million", ("adopted", "running_total")),
        # A total of one stage is at that stage.
        ("bringing cumulative disbursements to Tunisia to EUR 10 million", ("disbursed", "running_total")),
        ("bringing approvals for Tunisia to EUR 10 million", ("adopted", "running_total")),
    ],
)
def test_a_running_total_is_at_the_stage_its_noun_names(total, expected):
    text = f"The Ministry paid EUR 2 million to Tunisia in May, {total}."
    doc = make_doc(text, {"country": [("Tunisia", "TUN", None)], "amount": [EUR_2M, EUR_10M]})
    found = {c.amounts[0].value: (c.status, c.because.status) for c in find_commitments(doc, [], letter_of(text))}
    assert found[1e7] == expected


@pytest.mark.parametrize(
    "heading, expected",
    [
        ("Approvals at a glance", ("adopted", "named_by_stage")),
        ("Disbursements this year", ("disbursed", "named_by_stage")),
        # A heading that names no stage leaves a sum with no verb planned.
        ("Health and education", ("planned", "no_verb")),
    ],
)
def test_the_heading_of_a_section_of_lists_names_the_stage_of_their_sums_without_a_verb(tmp_path, heading, expected):
    text = (
        f"Dear Minister,\n\n{heading}\n\nHealth (EUR 5 million):\n\n- Tunisia: EUR 3 million for clinics;\n\n"
        "- Jordan: EUR 2 million for vaccines.\n\nEducation (EUR 4 million):\n\n- Egypt: EUR 4 million for schools."
        "\n\nYours sincerely,\n"
    )
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    found = {c.amounts[0].value: (c.status, c.because.status) for c in extract_path(path).commitments}
    assert found[4e6] == expected


def test_a_noun_after_a_sum_and_its_capitalised_modifiers_is_no_verb_with_a_name_for_subject():
    # "a EUR 2 million two-year Tunisia Resilience pledge": "Resilience" is no subject of "pledge".
    text = "The request is a first part of a total EUR 2 million two-year Tunisia Resilience pledge, to fund schools."
    doc = make_doc(text, {"country": [("Tunisia", "TUN", None)], "amount": [EUR_2M]})
    (c,) = find_commitments(doc, [], letter_of(text))
    assert c.because.status != "otherwise_adopted" and c.action != "pledge"


@pytest.mark.parametrize(
    "item",
    [
        "- Tunisia: EUR 2 million, to be provided in 2026.",
        "- Tunisia: EUR 2 million, which will be spent on clinics.",
    ],
)
def test_a_listed_sum_a_clause_after_it_sets_in_the_future_is_planned_whatever_the_lead_in(item):
    text = f"The pledges announced today include:\n{item}"
    doc = make_doc(text, {"country": [("Tunisia", "TUN", None)], "amount": [EUR_2M]})
    (c,) = find_commitments(doc, [], letter_of(text))
    assert (c.status, c.because.status) == ("planned", "still_to_come")


def test_a_clause_on_how_a_listed_sum_is_shared_sets_no_time():
    text = "Approvals at a glance:\n- Tunisia: EUR 2 million, to be split equally between two towns."
    doc = make_doc(text, {"country": [("Tunisia", "TUN", None)], "amount": [EUR_2M]})
    (c,) = find_commitments(doc, [], letter_of(text))
    assert c.because.status != "still_to_come"


AGREEMENT_CLAUSES = """Lomé, 2 June 2026

The Fund signed a credit accord with Togo on Monday, under which the Fund is to lend USD 18 million for feeder roads.

The Agency concluded a protocol with Benin whereby it will grant EUR 4 million for school meals.

The Fund will sign an accord in July under which it is to lend USD 9 million to Niger.
"""


def test_a_sum_in_a_clause_on_an_agreement_just_signed_is_adopted(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(AGREEMENT_CLAUSES, encoding="utf-8")
    found = {c.amounts[0].value: (c.status, c.because.status) for c in extract_path(path).commitments}
    assert found[18e6][0] == "adopted"
    assert found[4e6] == ("adopted", "stated_as_decided")
    assert found[9e6] == ("planned", "future")  # an agreement still to be signed carries nothing out yet


def test_the_second_of_two_sums_joined_by_and_shares_the_first_one_s_verb():
    sentence = (
        "Tunisia and Morocco agreed to contribute EUR 2 million and EUR 3 million respectively to the fund, "
        "whose first projects will be built next year."
    )
    amounts = [EUR_2M, ("EUR 3 million", "EUR 3 million", {"kind": "money", "value": 3e6, "currency": "EUR"})]
    countries = [("Tunisia", "TUN", None), ("Morocco", "MAR", None)]
    doc = make_doc(sentence, {"country": countries, "amount": amounts})
    found = {c.amounts[0].value: c.status for c in find_commitments(doc, [], letter_of(sentence))}
    assert found == {2e6: "adopted", 3e6: "adopted"}


KEY_FIGURES = """Oslo, 2 June 2026

HIGHLIGHTS OF THE YEAR

- Loans signed with partner banks: NOK 400 million and USD 3 million
- Total payments to grantees: NOK 120 million
- Requests still under review: about NOK 75 million
- Staff in country offices: 140
"""


def test_a_key_figure_is_at_the_stage_its_label_names(tmp_path):
    path = tmp_path / "highlights.txt"
    path.write_text(KEY_FIGURES, encoding="utf-8")
    found = {c.amounts[0].value: (c.status, c.because.status) for c in extract_path(path).commitments}
    assert found == {
        400e6: ("adopted", "key_figure_label"),
        3e6: ("adopted", "key_figure_label"),  # joined to the sum after the colon, it shares the label
        120e6: ("disbursed", "key_figure_label"),
        75e6: ("planned", "key_figure_label"),
    }


SIGNED_ARRANGEMENT = """ARRANGEMENT BETWEEN THE MINISTRY OF HEALTH OF PERU AND THE AGENCY

The Participants have agreed as follows:

1. The Agency shall contribute USD 3 million to the vaccination campaign in the Andean provinces.

2. The Participants will seek a further USD 1 million from other donors.

IN WITNESS WHEREOF, the undersigned have signed this Arrangement in two originals.
"""


def test_a_shall_in_an_instrument_its_parties_signed_is_an_obligation_agreed(tmp_path):
    path = tmp_path / "arrangement.txt"
    path.write_text(SIGNED_ARRANGEMENT, encoding="utf-8")
    found = {c.amounts[0].value: (c.status, c.because.status) for c in extract_path(path).commitments}
    assert found[3e6] == ("adopted", "bound_by_signature")
    assert found[1e6][0] == "planned"  # "will seek": only a plan, signed or not


def test_a_shall_in_a_text_nobody_signed_is_still_to_come(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(SIGNED_ARRANGEMENT.rsplit("IN WITNESS", 1)[0].replace("have agreed as", "propose the text"))
    found = {c.amounts[0].value: (c.status, c.because.status) for c in extract_path(path).commitments}
    assert found[3e6] == ("planned", "future")


ORDER_SECTIONS = """Section 2. The Treasury shall transfer USD 15 million to the Water Board for drought relief in the southern provinces.

Section 3. The Minister of Finance intends to request another USD 5 million from lenders later in the year.
"""

ORDER_TITLED = "STATE HOUSE\n\n     EXECUTIVE ORDER\n\n" + ORDER_SECTIONS

ORDER_ENACTED = "By the powers the Emergency Powers Act gives us, we decree as follows:\n\n" + ORDER_SECTIONS


@pytest.mark.parametrize("text", [ORDER_TITLED, ORDER_ENACTED], ids=["titled", "enacting_formula"])
def test_a_shall_in_an_order_is_decided_by_the_order(tmp_path, text):
    path = tmp_path / "order.txt"
    path.write_text(text, encoding="utf-8")
    found = {c.amounts[0].value: (c.status, c.because.status) for c in extract_path(path).commitments}
    assert found[15e6] == ("adopted", "ordered_by_the_text")
    assert found[5e6][0] == "planned"  # "intends to request": a plan, in an order or not


def test_a_shall_in_a_letter_that_orders_nothing_is_still_to_come(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(ORDER_TITLED.replace("EXECUTIVE ORDER", "Dear Minister,"), encoding="utf-8")
    found = {c.amounts[0].value: (c.status, c.because.status) for c in extract_path(path).commitments}
    assert found[15e6] == ("planned", "future")


EXCHANGE_PROPOSAL = """Excellency,

I have the honour to propose the following arrangement between our two Governments:

1. The Government of Norway shall make available an amount of NOK 40,000,000 in 2001 for the rehabilitation of
rural roads in the northern districts.

If the foregoing is acceptable, I propose that this letter and Your Excellency's reply to that effect shall
constitute an agreement between our two Governments.
"""

EXCHANGE_REPLY = """Excellency,

I have the honour to inform Your Excellency that the proposal in your letter is acceptable, on the understanding that:

(a) the Government of Norway will provide NOK 900,000 for a review mission in 2002;

(b) the Government of Malawi has already deposited MWK 30 million in the road fund.

Accordingly, Your Excellency's letter and this reply shall constitute an agreement between our two Governments.
"""


def test_an_exchange_of_letters_its_reply_accepted_binds_its_shall_and_will(tmp_path):
    path = tmp_path / "exchange.txt"
    path.write_text(EXCHANGE_PROPOSAL + "\n" + EXCHANGE_REPLY, encoding="utf-8")
    found = {c.amounts[0].value: (c.status, c.because.status) for c in extract_path(path).commitments}
    assert found[40e6] == ("adopted", "bound_by_signature")
    assert found[900e3] == ("adopted", "bound_by_signature")  # the reply's terms are agreed as well
    assert found[30e6][0] == "disbursed"  # "has already deposited": money paid in


def test_a_proposal_of_an_exchange_of_letters_without_its_reply_is_still_to_come(tmp_path):
    path = tmp_path / "proposal.txt"
    path.write_text(EXCHANGE_PROPOSAL, encoding="utf-8")
    found = {c.amounts[0].value: (c.status, c.because.status) for c in extract_path(path).commitments}
    assert found[40e6] == ("planned", "future")


def test_the_last_item_joined_by_and_takes_the_lead_ins_will(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(
        "Dear Minister,\n\nWe would be grateful if the Ministry would confirm that the Government of Peru will\n\n"
        "   - waive all customs duties on the equipment purchased under the grant; and\n\n"
        "   - provide a counterpart contribution of PEN 2 500 000 to the project in its budget for 2003.\n",
        encoding="utf-8",
    )
    found = {c.amounts[0].value: (c.status, c.because.status) for c in extract_path(path).commitments}
    assert found[2.5e6] == ("planned", "future")


def test_a_decision_still_to_come_after_two_sums_joined_by_and_holds_both():
    sentence = (
        "Tunisia and Morocco have contributed EUR 2 million and EUR 3 million respectively to the fund, "
        "subject to the approval of their parliaments."
    )
    amounts = [EUR_2M, ("EUR 3 million", "EUR 3 million", {"kind": "money", "value": 3e6, "currency": "EUR"})]
    countries = [("Tunisia", "TUN", None), ("Morocco", "MAR", None)]
    doc = make_doc(sentence, {"country": countries, "amount": amounts})
    found = {c.amounts[0].value: c.because.status for c in find_commitments(doc, [], letter_of(sentence))}
    assert found == {2e6: "awaiting_approval", 3e6: "awaiting_approval"}


def test_a_resolution_s_operative_clause_decides_its_sums_without_a_verb(tmp_path):
    text = (
        "WHEREAS, floods struck the district of Lowmoor in March;\n\n"
        "NOW, THEREFORE, on motion of Councillor A. Reyes, be it RESOLVED, to authorize the Mayor to extend "
        "financial assistance of EUR 2 million to the district of Lowmoor for temporary shelters.\n\n"
        "RESOLVED FURTHER, to extend EUR 300,000 to the town of Highmoor for the repair of its bridges."
    )
    found = statuses_of(tmp_path, text)
    assert found[2e6] == ("adopted", "resolved_clause")
    assert found[3e5] == ("adopted", "resolved_clause")


def test_the_same_words_outside_a_resolution_leave_a_sum_without_a_verb_planned(tmp_path):
    text = "The Mayor intends to extend financial assistance of EUR 2 million to the district of Lowmoor for shelters."
    assert statuses_of(tmp_path, text)[2e6][0] == "planned"


def test_a_list_item_s_own_participle_of_paying_out_tells_its_stage(tmp_path):
    text = (
        "Dear Minister,\n\nThe Agency has committed a total of EUR 9 million:\n\n"
        "- EUR 2 million for emergency shelter (announced 3 May), paid to the Red Cross - fully disbursed;\n"
        "- EUR 1 million for seeds - delivered;\n"
        "- EUR 6 million approved by the Board on 9 May, made up of:\n"
        "    * EUR 4 million budget support to the Treasury, paid on 12 May;\n"
        "    * EUR 1.5 million for rural schools.\n\nYours sincerely,\n\nA. Smith"
    )
    found = statuses_of(tmp_path, text)
    assert found[2e6][0] == "disbursed"  # not the bracketed "announced"
    assert found[6e6][0] == "adopted"  # "approved", not the item before's "delivered"
    assert found[4e6][0] == "disbursed"  # "paid on 12 May", not the lead-in's "made up of"


def test_a_sum_before_a_clause_joined_by_and_keeps_the_verb_before_it(tmp_path):
    text = (
        "The City has already delivered blankets and water worth EUR 40,000 to the town of Lowmoor, "
        "and has deployed a medical team there."
    )
    assert statuses_of(tmp_path, text)[4e4][0] == "disbursed"


def test_an_adverb_in_a_present_passive_of_funding_still_describes_money_decided(tmp_path):
    text = "The package is jointly funded, with the Region and the State each contributing EUR 5 million to it."
    assert statuses_of(tmp_path, text)[5e6] == ("adopted", "described_in_present")


def test_money_nouns_before_an_auxiliary_are_no_verb(tmp_path):
    text = "The Minister said that EUR 8 million in hardship grants had already been paid to 4,000 families."
    assert statuses_of(tmp_path, text)[8e6][0] == "disbursed"


def test_a_list_lead_in_whose_noun_a_participle_describes_keeps_its_main_verb(tmp_path):
    text = (
        "The Province also received the following grants earmarked for specific works:\n\n"
        "a) Government of Norway: EUR 300,000 for a school in Lowmoor;\n"
        "b) Government of Chile: EUR 200,000 for a clinic in Highmoor."
    )
    found = statuses_of(tmp_path, text)
    assert found[3e5][0] == "disbursed" and found[2e5][0] == "disbursed"


def test_a_relative_clause_saying_a_decided_sum_has_gone_out_makes_it_disbursed(tmp_path):
    text = "In March the Minister announced EUR 5 million in emergency aid for Chad, which has been fully disbursed."
    assert statuses_of(tmp_path, text)[5e6] == ("disbursed", "paid_in_relative")


def test_a_relative_clause_still_to_come_leaves_the_decision(tmp_path):
    text = "In March the Minister announced EUR 5 million in emergency aid for Chad, which will be disbursed in May."
    assert statuses_of(tmp_path, text)[5e6][1] != "paid_in_relative"


def test_a_subject_s_sum_waits_on_a_decision_a_joined_predicate_names(tmp_path):
    text = (
        "The pledge of EUR 4 million for Chad is drawn from the supplementary request of EUR 9 million for "
        "flood recovery, and is subject to parliamentary action."
    )
    assert statuses_of(tmp_path, text)[4e6] == ("planned", "awaiting_approval")


def test_a_sum_that_is_no_subject_does_not_wait_on_a_joined_predicate(tmp_path):
    text = "The Bank approved EUR 4 million for Chad in May, and is subject to review by its auditors."
    assert statuses_of(tmp_path, text)[4e6][0] == "adopted"


def test_what_a_writer_hereby_requests_another_to_contribute_is_planned_and_so_are_its_rows(tmp_path):
    text = (
        "I hereby formally request, under the said Rules, that the Ministry contribute half of that amount, "
        "that is to say EUR 4 million, broken down as follows:\n\n"
        "Rural schools | EUR 3 million\n\nRural roads | EUR 1 million\n\nI remain at your disposal."
    )
    found = statuses_of(tmp_path, text)
    assert found[4e6] == ("planned", "proposed")
    assert found[3e6][0] == "planned" and found[1e6][0] == "planned"


def test_a_sum_entered_in_budget_appropriations_is_money_for_a_purpose(tmp_path):
    text = "We note that the Commission has entered only EUR 50 million in payment appropriations for the Fund."
    assert statuses_of(tmp_path, text)[5e7][0] == "planned"


def test_in_the_amount_of_sizes_the_loan_named_before_it(tmp_path):
    text = (
        "I write to request that the Bank consider a loan operation to finance the Programme for the "
        "Reconstruction of the Southern Province, in the amount of EUR 300,000,000.00."
    )
    assert statuses_of(tmp_path, text)[3e8][0] == "planned"


def test_in_the_amount_of_after_a_loss_is_no_money_given(tmp_path):
    text = "The storm caused damage to the Southern Province in the amount of EUR 300,000,000.00."
    assert 3e8 not in statuses_of(tmp_path, text)


RESOLUTION_ITEMS = """Republic of the Philippines
CITY COUNCIL

RESOLUTION NO. 12-2019

WHEREAS, the floods of March 2019 destroyed the public markets of three neighbouring towns of the province.

NOW, THEREFORE, on motion of Hon. Ana Reyes, duly seconded by Hon. Jose Cruz, be it

RESOLVED, as it is hereby resolved, to authorize, as it hereby authorizes, the City Mayor, Hon. Juan P. Dela Cruz Jr.,
to extend financial assistance in the total amount of TWO MILLION PESOS (P2,000,000.00), chargeable against the
Calamity Fund of the City for CY 2019, to be given as follows:

  a) Province of Delta ................ P1,000,000.00
  b) Municipality of Beta, Delta ...... P  600,000.00
  c) Municipality of Gamma, Delta . P  400,000.00

RESOLVED FURTHER, that the City Treasurer be directed to release the said amounts within five (5) working days;
"""


def test_the_items_of_a_resolutions_operative_clause_are_decided(tmp_path):
    path = tmp_path / "resolution.txt"
    path.write_text(RESOLUTION_ITEMS, encoding="utf-8")
    found = {c.amounts[0].value: c.status for c in extract_path(path).commitments}
    # "b)" opens its line as a bullet does: the item is under the resolved lead-in ("to be given as follows:").
    assert (found[2e6], found[1e6], found[600e3]) == ("adopted", "adopted", "adopted")


def test_a_passive_after_to_be_is_still_to_come():
    sentence = "The Agency agreed on a grant of EUR 10 million for Tunisia, to be released in two tranches."
    amount = ("EUR 10 million", "EUR 10 million", {"kind": "money", "value": 1e7, "currency": "EUR"})
    doc = make_doc(sentence, {"country": [("Tunisia", "TUN", None)], "amount": [amount]})
    groups = verb_groups(LetterDoc(doc, letter_of(sentence)), list(doc.sents)[0], load_cues())
    assert [g.time for g in groups if g.lemma == "release"] == ["future"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Pledges another is urged to honour were made: only a pledge the writer intends to make is still planned.
        (
            "We call on all members to honour the pledges of EUR 10 million made in Oslo for Tunisia.",
            ("adopted", "named_as_pledge"),
        ),
        # A proposal's "that" clause is decided once the main clause after it says the proposal was approved.
        (
            "The proposal that the Institute receive EUR 10 million for Tunisia was approved by the Council.",
            ("adopted", "otherwise_adopted"),
        ),
        # A verb past a break of clause is another clause's: the proposal stays proposed.
        (
            "We back the suggestion of the panel that the Institute receive EUR 10 million for Tunisia; this sum "
            "has been included in the draft budget.",
            ("planned", "proposed"),
        ),
        # A release asked for and then paid, in a clause after the sum, has gone out.
        (
            "Last year Tunisia requested the release of the final instalment of EUR 10 million, which the Fund "
            "disbursed in March.",
            ("disbursed", "delivered"),
        ),
    ],
)
def test_a_later_clause_says_what_became_of_a_sum_a_pledge_proposal_or_request_names(sentence, expected):
    amount = ("EUR 10 million", "EUR 10 million", {"kind": "money", "value": 1e7, "currency": "EUR"})
    doc = make_doc(sentence, {"country": [("Tunisia", "TUN", None)], "amount": [amount]})
    (c,) = find_commitments(doc, [], letter_of(sentence))
    assert (c.status, c.because.status) == expected


def test_the_items_a_shall_of_a_signed_memorandum_leads_in_are_decided_by_it(tmp_path):
    text = (
        "MEMORANDUM OF UNDERSTANDING\n\nThe Government of Bolivia and the Andean Water Fund have agreed as follows:\n\n"
        "Article 2. The unspent balance of the roads fund shall be transferred as follows:\n\n"
        "- BOB 45 million to the Water Authority of Oruro for new wells;\n"
        "- BOB 15 million to the National Statistics Institute for the farm census.\n\n"
        "IN WITNESS WHEREOF, the undersigned have signed this Memorandum.\n"
    )
    path = tmp_path / "memorandum.txt"
    path.write_text(text, encoding="utf-8")
    found = {c.amounts[0].value: (c.status, c.because.status) for c in extract_path(path).commitments}
    assert found[45e6] == found[15e6] == ("adopted", "list_lead")


def test_each_sum_of_a_pair_takes_its_own_participle_not_the_first_ones(tmp_path):
    text = "At year end the balances stood at EUR 4 million paid and EUR 2 million undrawn for wells in Chad."
    assert statuses_of(tmp_path, text) == {4e6: ("disbursed", "delivered"), 2e6: ("adopted", "own_stage_participle")}


def test_money_drawn_from_a_loan_was_paid_out(tmp_path):
    text = "The Treasury confirmed a drawdown of EUR 4 million under the credit for wells in Chad, made on 3 May 2021."
    assert statuses_of(tmp_path, text) == {4e6: ("disbursed", "named_as_paid")}


def test_money_made_available_in_the_past_was_provided(tmp_path):
    text = "Last year the Agency made EUR 4 million available for wells in Chad."
    assert statuses_of(tmp_path, text) == {4e6: ("disbursed", "made_available_in_past")}


def test_an_announced_sum_a_later_clause_says_is_not_yet_decided_is_planned(tmp_path):
    text = (
        "On Monday the Agency announced EUR 4 million for wells in Chad, which cannot be counted yet because the "
        "financing agreement has not been concluded."
    )
    assert statuses_of(tmp_path, text) == {4e6: ("planned", "announced_not_decided")}
