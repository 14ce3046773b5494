"""Commitments: who undertakes, decided or delivered what, for whom, with how much, by when.

One commitment per sum of money tied to a verb or a purpose; an undertaking or a call without
money that has an actor is an action (``models.action``), never a commitment. This module finds the sums, their verb and their clause; the verb groups
come from ``cues``, the actor from ``actors``, the countries from ``beneficiaries`` and the
status from ``status`` (the last two by ordered rule tables whose deciding rule each commitment
keeps in its ``because``). A total split up in the same or the next sentence ("Of this amount,
...", or parts that add up to it) takes the countries of its parts.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Optional

from extractor.nlp.amounts import load_data as load_amount_data
from extractor.nlp.tables import Table, column_of, is_figure, is_row_figure, is_signed_figure
from extractor.reference.casing import title_case_counts
from extractor.reference.marks import BULLETS, CELL_SEPARATOR, QUOTED_MESSAGE_MARK
from extractor.reference.money import same_amount
from extractor.relations.actors import (
    ActorCase,
    addressee_call,
    author_of,
    decide_actor,
    is_subdivision_government,
    named_subject,
    participle_subject,
    private_pledges,
)
from extractor.relations.beneficiaries import (
    CALL_RULES,
    SUM_RULES,
    UNDERTAKING_RULES,
    BeneficiaryCase,
    add_code,
    asked_party_to_give,
    author_spends,
    cued_in_clause,
    decide_beneficiaries,
    given_to_subject,
    is_further,
    is_further_part,
    is_part,
    item_heading,
    received_by_author,
    respectively,
    rest_opens,
    roles_of,
    running_total_start,
    support_from_abroad,
)
from extractor.relations.cues import (
    SUM_MODIFIER_WINDOW,
    VerbGroup,
    is_finite_form,
    load_cues,
    names_sum,
    participle_givers,
    verb_groups,
)
from extractor.relations.letter_doc import (
    PREPOSITIONS,
    LetterDoc,
    amount_value,
    first_word,
    is_bullet,
    item_starts,
    opens_line,
    opens_list_item,
    phrase_at,
    text_end,
    text_start,
)
from extractor.relations.rules import decide
from extractor.relations.status import (
    DEFAULT_NAME_WINDOW,
    DEFAULT_NEED_WINDOW,
    MAX_HEADING_WORDS,
    NEGATION_FILLERS,
    NEGATIONS,
    UNDECIDED_AUX,
    StatusCase,
    asked_for,
    awaits_approval,
    awaits_approval_said_next,
    awaits_condition,
    breakdown_status,
    column_stages,
    counts_to_date,
    decide_status,
    earmarked,
    enumerator_kinds,
    future,
    goes_toward_cost,
    in_condition_after,
    in_proposal,
    in_resolution,
    included_in_plan,
    is_allotment,
    is_approved_after,
    is_asked_for,
    is_attribute,
    is_backed_proposal,
    is_bound,
    is_built_upon,
    is_conditioned,
    is_confirmation_asked,
    is_confirmed,
    is_confirmed_subject,
    is_contract_value,
    is_dated_participle,
    is_decided_after,
    is_decided_as,
    is_decided_that,
    is_earmarked,
    is_estimated_cost,
    is_expected_later,
    is_fallen_due,
    is_given_in_voted_text,
    is_held_allotment,
    is_held_in_plan,
    is_in_condition_clause,
    is_in_plan,
    is_instrument_size,
    is_instrument_taken_with,
    is_intended,
    is_legislated,
    is_made_available,
    is_named_as,
    is_named_tentative,
    is_negated,
    is_ongoing,
    is_ordered,
    is_paid_since,
    is_pledged,
    is_put_forward,
    is_released_with,
    is_requested,
    is_sized_at,
    is_stated_need,
    is_still_to_come,
    is_taken_back,
    is_targeted,
    is_undecided_after,
    is_under_agreement,
    label_stage,
    lead_in_status,
    lead_status,
    leader_label_stage,
    lists_contents,
    modality_of,
    names_parts,
    names_time_ahead,
    no_verb,
    of_which_between,
    own_participle_stage,
    part_sent_to_purpose,
    planning_verb,
    proposed,
    receives_through,
    section_stage,
    size_verb_before,
    stage_named,
    stage_participle,
    stage_totalled,
    subject_awaits_approval,
    verb_before,
    verb_named_before,
    went_to_purpose,
    word_before_sum,
    words_stage,
)
from extractor.relations.status import (
    list_lead as status_list_lead,
)
from extractor.relations.undertakings import screen_actions
from extractor.relations.wordlists import load_lexicon
from models.action import Action, ActionBecause
from models.commitment import Commitment, CommitmentBecause
from models.letter import LetterText

WORDS = load_lexicon("commitments")
# Longest purpose clause kept, in tokens.
DEFAULT_PURPOSE_TOKENS = 40
# Most tokens back from "in the amount of" to the noun of money it sizes ("a loan operation to finance the
# Programme for the Reconstruction ... (PRO-RESILIÊNCIA RS), in the amount of").
AMOUNT_OF_WINDOW = 30
# Most words between a sum and its restatement in another currency.
EQUIVALENT_GAP = 4
# How far the parts of a total may add up away from it (rounded figures).
SUM_TOLERANCE = 0.01
# Most words from a verb to the sum it takes, a determiner and adjectives between ("transferred the last CHF 4m").
MAX_OBJECT_WORDS = 4
# A reduced relative clause ("..., implemented with X") is rarely the sum's own verb.
REDUCED_CLAUSE_PENALTY = 10
# A relative clause after a sum (", which will provide") is its verb only when no other verb is there.
RELATIVE_CLAUSE_PENALTY = 1000
# A verb before a colon ("announced the following: ...") governs the sum after it only when the sum
# has no verb of its own in its sentence.
COLON_PENALTY = 100
# Added to the distance of the total's verb before "of which" from a part after it that has a verb of its own.
OF_WHICH_PENALTY = 10
# A verb in another item of a list ("- NZ$1.85 million - delivered; - NZ$6 million approved by Cabinet") is
# further than the lead-in's verb before the colon: each item tells its own stage.
OTHER_ITEM_PENALTY = 200
# A verb in brackets ("NZ$750,000 (announced 13 February), paid to X") is an aside on the sum, further than a
# reduced clause after a comma.
BRACKETED_PENALTY = 50
# A finite verb of a clause joined after the sum (", and has deployed a team") has its own object: the sum before
# it is the earlier clause's ("has delivered relief goods worth P412,650.00, and has deployed ...").
COORDINATED_CLAUSE_PENALTY = 100
# How far after a sum "that"/"which" may open a relative clause on its noun phrase ("the EUR 1
# billion package for Lebanon that I announced").
OBJECT_RELATIVE_WINDOW = 5
# The prepositions before a sum's time ("EUR 10 million in 2026", "over 2026-2027").
PERIOD_PREPOSITIONS = WORDS.duration_prepositions | WORDS.period_prepositions
# A sum "per" one of these is a yearly or monthly commitment; "at", "than" or "costs" before a sum
# per something else make it a price.
TIME_UNITS = frozenset({"year", "annum", "month", "week", "day", "quarter"})
# Auxiliaries of a step not yet taken ("will be paid", "should be disbursed"): it leaves a decision before it standing.
# A step still to come: status's undecided auxiliaries ("will", "may") and the conditional ones ("would").
STEP_TO_COME_AUX = UNDECIDED_AUX | WORDS.conditional_aux
PRICE_CUES = WORDS.cost_verbs | {"at", "than", "costing", "priced"}
# Most words back from "valued at" to the goods in kind it values ("for 2 million tons of wheat and sorghum, valued at").
IN_KIND_WINDOW = 10
# Most words of a verbless phrase between ", and" and a gapped sum ("..., and in a second phase up to EUR 140m").
GAPPED_PHRASE_WORDS = 8
# How many words after a sum its "for"/"to" of purpose may stand ("$3.5 million in Chad to improve ...").
PURPOSE_WINDOW = 3
# How many times a sum before it a per-person cap is at least ("$4 million ... of up to $5,000"): a part of
# the whole is rarely a hundredth of it in the same sentence, a grant to each one nearly always is.
MIN_CAP_RATIO = 100
# How many words before a sum a verb of saving may stand ("saving about 100,000 low-income families over $200").
SAVING_WINDOW = 9
# How many words before a sum the "of" of a size noun may stand ("a market of 1.3 billion people and $3.4 trillion").
SIZE_WINDOW = 6
# How many words before "worth" the size noun it tells of may stand ("its economy, now worth $460 billion").
SIZE_WORTH_WINDOW = 4
# Most words between an economic figure's noun and the verb that totals it ("exports to China amounted to").
FACT_TOTAL_WINDOW = 6
# How many words before the "to" of a sum a verb of change and its "from" may stand ("has risen from 50 US cents to").
CHANGE_WINDOW = 8
# Most words of a long subject before the verb that sizes its money ("Spain's yearly contribution to the running costs
# of the joint ... secretariat in its third and fourth years totals"): more than status's MAX_SUBJECT_WORDS, which
# bounds a subject before a clause's break, as a noun of funds may head a subject of many phrases of "of" and "in".
SUBJECT_WINDOW = 25
# Most tokens between a later sum inside a subject's phrase and the verb after it ("of a pledge of CAD 15 million
# for the decade has been spent").
EMBEDDED_SUM_TAIL = 5
# How many words before the colon of an inline list the noun of money leading it in may stand ("these partners'
# pledges:").
LEAD_NOUN_WINDOW = 5
# How many words (after "in"/"of") may stand between a sum and the noun that names it a figure.
FACT_NOUN_WINDOW = 3
# How many words may stand between "in" after a sum and a fact noun ending a longer phrase of modifiers ("in U.S.
# small business goods and services sales").
FACT_PHRASE_WINDOW = 9
# The rules that give a total the countries of its parts, after the rule tables found none.
PARTS_IN_SENTENCE = "parts_in_sentence"
PARTS_IN_NEXT_SENTENCE = "parts_in_next_sentence"
# A total naming no place whose next sums, each for countries of its own, add up to it exactly ("approved loans
# totalling USD 86.4 million ... a USD 38.5 million loan to X ... Y will receive USD 29.9 million ... USD 18 million
# to Z"): they are its parts, told one by one over the paragraphs after it.
PARTS_TOLD_AFTER = "parts_told_after"
# Most sentences after a total its last part so told may stand in, and how far apart the sums may add up
# (told sentences apart, only exact figures count: "EUR 40 million ... EUR 31.2 million" is not "EUR 71.5 million").
PARTS_AFTER_SENTENCES = 16
PARTS_AFTER_TOLERANCE = 0.001
# The rule that gives the parts of a total the total's countries ("a $698m compact for X, supported
# with $649m from A and $49m from X": the parts are for X too).
PARTS_OF_TOTAL = "parts_of_total"
# The rules of a total's parts found by adding up ("SEK 330 million is distributed as follows: - Ethiopia:
# SEK 120 million, of which - SEK 80 million ... - SEK 40 million ...; - Somalia: SEK 110 million ..."):
# the total takes its parts' countries besides its own, a part under a country's heading that country,
# and a part with no verb of its own the total's status.
PARTS_ADDING_UP = "parts_adding_up"
HEADED_PART = "part_under_country_heading"
PART_STATUS = "part_of_total"
SAME_SUM_BEFORE = "same_sum_stated_before"
SAME_SUM_RESTATED = "same_sum_restated"
SAME_TOTAL_BEFORE = "total_stated_before"  # a verbless total split up is at the stage of the same sum stated before
MAX_COUNTRY_TOKENS = 8  # the longest country name, in tokens, looked for before a bracket
# A list item's run-in heading before its colon is this short ("- Kenya and Ethiopia: DKK 200 million").
MAX_ITEM_HEADING_WORDS = 6
# The words that open an attribution of what a sentence says to its source.
ATTRIBUTION_OPENINGS = frozenset({("according", "to"), ("as", "reported"), ("as", "stated"), ("based", "on")})
# Most words a lead-in without a verb holds ("Among them:", "Of that amount:") for the verb of the sentence
# before it to lead its items.
MAX_VERBLESS_LEAD_WORDS = 4
# The rules that give a sum naming no place the author's own state, for want of another (a receiving state's letter).
AUTHOR_FOR_WANT_OF_PLACE = frozenset({received_by_author.__name__, asked_party_to_give.__name__})
# The rule that gives a table's total row ("Total | 122.1") the countries of the table's other rows.
TABLE_TOTAL = "table_total"
# The rule that gives a total in a lead-in ending with a colon the countries of the rows of the table under it ("grants
# to nine countries totalling USD 310 million. The largest are:" over "Chad | 88.0 ..."): the rows are its parts,
# though they may be only some of them.
PARTS_TABLED_BELOW = "parts_tabled_below_lead_in"
# The status rule of a verbless row of a table whose total row the text states as a sum with a verb ("The total
# value of the awards is COP 1.2 trillion" over "Claro | 437,510 ... Total | 1,200,000"): the rows are its parts.
ROW_OF_STATED_TOTAL = "row_of_total_stated_in_text"
# First words that make a row a total of the rows above it ("Total", "Total loans", "Sub-total of grants allocated").
TOTAL_FIRST_WORDS = WORDS.total_nouns | frozenset({"subtotal", "subtotals", "sub-total", "sub-totals"})
# Whole first cells that make a row a table's total too ("Grand total", "Sum").
TOTAL_ROW_WORDS = frozenset({"grand total", "sum", "overall"})
# The status rule of a sum the next sentence says was decided ("This allocation was approved by Cabinet").
DECIDED_NEXT = "decided_in_next_sentence"
# The status rule of a sum proposed or asked for that the next sentence says was approved ("The Assembly adopted the
# proposal at its March session").
PROPOSAL_APPROVED_NEXT = "proposal_approved_in_next_sentence"
# The status rules of a sum only proposed, asked for or planned, that a later approval of the proposal decides.
PROPOSED_RULES = frozenset(
    {proposed.__name__, asked_for.__name__, included_in_plan.__name__, planning_verb.__name__, no_verb.__name__}
)
# The ending that makes a noun of proposal of its verb ("propos-al"), cut to find the verb's forms.
NOUN_SUFFIX = "al"
# Words that place a part of the document in the text ("the table below", "the annex above").
PLACE_IN_TEXT_WORDS = frozenset({"below", "above"})
# Words after which a verb's form is a noun of the same spelling ("in grants", "the funds").
NOUN_LEADS = PREPOSITIONS | WORDS.determiners
# Most words from a verb of deciding to the noun of proposal it takes ("approved the revised proposal").
MAX_APPROVED_OBJECT_WORDS = 4
# The status rule of a sum a later sentence of its paragraph says was paid ("The full amount was paid out").
PAID_NEXT = "paid_in_later_sentence"
# How many parts one total may have, and how many sentences after it a lead-in naming it may stand.
MAX_PARTS = 12
# Most tokens between a sum and a part of it split off by ", of which" (", of which 25% (" before "EUR 3 million").
SPLIT_PART_GAP = 8
RATE_WORDS = 4  # "to the US dollar": a preposition, a determiner, a country's mark and the currency
LEAD_AFTER_SENTENCES = 5
# Most sentences between a sum and the first item of a list below it under headings of its own (a quote
# and two headings stand between "approved ... worth EUR 1.26 billion" and "- Ukraine: EUR 100 million").
LIST_BELOW_SENTENCES = 8
# Most words of a heading line between two runs of a list's items ("Housing, education and health in member
# countries"): the list goes on under it.
MAX_LIST_HEADING_WORDS = 10
# Most words of a summary list's item that holds a sum ("- New financing approved: EUR 21 million for four operations").
MAX_SUMMARY_ITEM_WORDS = 12
# The actor rule of a part of the sum before ("and $120m of it was disbursed"): that sum's actor.
PART_OF_PREVIOUS = "part_of_previous"
# The second of a pair of sums with no verb of their own ("reached USD 96 million and USD 71 million"): the first's stage.
COORDINATED_SUM = "coordinated_with_previous_sum"
# The beneficiary rule's countries less the actor's own: the country that spends is never the one
# the money is for, unless the clause cues it as helped ("cued_in_clause"). Only an actor the text
# names as the one who pays counts; the letter's author, a fallback, may be a receiver of the sum.
LESS_THE_SPENDER = "{rule}, less the spender"
# The beneficiary rule's countries less those that give the sum as the subjects of a giving -ing form.
LESS_THE_GIVERS = "{rule}, less the givers"
SPENDER_RULES = frozenset(
    {
        "named_before_bracket",
        "possessor_of_sum",
        "giver_after_from",
        "named_subject",
        "first_of_coordinated",
        "respective_subjects",
        "seat_of_government",
        "passive_agent",
        "participle_subject",
    }
)
# Adjectives between an anaphor and a sum stated before: "The new $800 million package includes".
BACKREF_ADJECTIVES = frozenset({"new", "same", "entire", "full"})
# An adjective after the anaphor that points at the last sum named alone ("The latter amount was disbursed").
LATTER = "latter"
# Most words a run-in heading ("$600 Million to increase vaccinations: ...") holds.
RUN_IN_WORDS = 25
# Fewest words a headline holds besides the sum (a title line, a lead-in "$3 Billion to X.").
HEADLINE_WORDS = 3
# Most words between a noun of money and "worth" sizing it ("contributions, together worth EUR 800,000").
WORTH_NOUN_WINDOW = 3
# Most tokens between a sum and the same sum restated as what it is for ("a $300 million MoU with Africa 50 to
# facilitate up to $300 million").
PURPOSE_RESTATED_WINDOW = 12
RELATIVE_SUBJECT_WORDS = 6  # a relative clause's own subject before its verb ("which the water board of Suva runs")


MAX_HEADS_WORDS = 16  # a table's line of column heads taken as its caption ("Town and venue (EUR thousand)")
UNIT_IN_BRACKETS = re.compile(r"\([^()]*\)")  # a column head's unit in brackets ("Pledged ('000)")
# A noun sized by the sum after it ("a ceiling of USD 40 million"): it names the sum's whole, not what bounds it.
SIZED_WHOLE = re.compile(r"[a-z]+[ \t]+of[ \t]+(?:[a-z]{3}[ \t]?|[^\w\s]{1,3}[ \t]?)?\d")


def _limits_or_debts(row: tuple) -> bool:
    """Whether a table row's label or its table's caption names a limit or a debt owed ("(ceiling)", "(floor)",
    "overdue amounts"): its figures bound a quantity or are owed, no sum given to a purpose."""
    table, cells = row
    # A caption's "a ceiling of USD 40 million, shared as follows" sizes the whole the rows share: no limit on them.
    caption = SIZED_WHOLE.sub("", table.caption.text.lower()) if table.caption is not None else ""
    texts = [cells[0].text.lower(), caption]
    return any(word in WORDS.limit_or_debt_words for text in texts for word in re.findall(r"[a-z]+", text))


def _table_lead(view: LetterDoc, table: Table, cues) -> Optional[str]:
    """The status the verb of a table's caption gives each row ("Table 1. Contributions approved in
    2024 (EUR million)", "Major approvals included:"), as a list's lead-in gives its items; None
    without a caption or a verb in its last sentence."""
    if table.caption is None:
        return None
    leads = view.memo.setdefault("table_leads", {})  # once per table, not once per row
    if table.start not in leads:
        sent = next((sent for sent in view.sents if sent.start_char < table.caption.end <= sent.end_char), None)
        groups = [g for g in verb_groups(view, sent, cues) if not g.purpose] if sent is not None else []
        # "Table 1 sets out the road fund": a verb whose subject is the table itself tells what it shows, no stage.
        groups = [g for g in groups if not _document_part_subject(view, sent, g)]
        if groups:
            leads[table.start] = breakdown_status(view, sent, groups)
        else:  # "Contributions confirmed in 2024": a caption with no verb of ours names the stage by its words
            leads[table.start] = (
                words_stage(re.findall(r"[a-z]+", _without_source_note(table.caption.text.lower())))
                or _contract_breakdown(view, sent)
                or _valued_after_decision(view, sent)
                or _lead_in_above_heads(view, table, sent, cues)
            )
    return leads[table.start]


def _lead_in_above_heads(view: LetterDoc, table: Table, sent, cues) -> Optional[str]:
    """The status the prose right above a table gives its rows when the table's caption is only its line of column
    heads ("The panel approved the grants. The figures follow." over "Town and venue (EUR thousand)"): the heads name no
    stage, the sentence that leads the table in does; None when no prose sentence ends right above the heads."""
    caption = table.caption.text.strip()
    # A table with a header row of its own has a title or prose above it, no line of heads the reader left uncut.
    if sent is None or table.header or not caption or caption[-1] in ".!?:;" or len(caption.split()) > MAX_HEADS_WORDS:
        return None
    index = next((k for k, s in enumerate(view.sents) if s.start == sent.start), 0)
    if not index or text_start(sent) != table.caption.start:
        return None  # the heads share their sentence with prose: that sentence is the caption already read
    before = view.sents[index - 1]
    words = [t for t in before if not t.is_space]
    if not words or words[-1].text not in (".", ":") or CELL_SEPARATOR in before.text:
        return None  # a heading or another table's row above, no sentence of prose
    groups = [g for g in verb_groups(view, before, cues) if not g.purpose]
    groups = [g for g in groups if not _document_part_subject(view, before, g)]
    if groups:
        return breakdown_status(view, before, groups)
    earlier = verb_before(view, index - 1)  # "The jury approved five plays. The figures for each follow."
    return lead_in_status(view, *earlier) if earlier is not None else None


def _without_source_note(caption: str) -> str:
    """A caption without the brackets that say where its figures come from ("(Note supplied by the Finance Unit,
    2 May)"): the note's participle is the document's, not the money's stage."""

    def note(match: re.Match) -> str:
        words = re.findall(r"[a-z]+", match.group(0))
        return "" if words[:1] and words[0] in WORDS.document_part_nouns else match.group(0)

    return re.sub(r"\([^()]*\)", note, caption)


def _document_part_subject(view: LetterDoc, sent, group: VerbGroup) -> bool:
    """Whether a verb's only words before it on its line of its sentence, or in the brackets it stands in, name a part
    of the document ("Table 1", "The table below", "Annex 2", "(Note supplied by ...)"): it says what that part shows
    or where it comes from."""
    if view.doc[group.head].lower_ in WORDS.document_part_nouns:
        return True  # "The table below ...": the noun, read as the verb "to table"
    lo = group.start
    # A caption read as one line keeps its bracketed source note: the note's words start after its bracket.
    while lo > sent.start and "\n" not in view.doc[lo - 1].text and view.doc[lo - 1].text != "(":
        lo -= 1
    words = [t.lower_ for t in view.doc[lo : group.start] if not (t.is_space or t.is_punct)]
    nouns = [w for w in words if w in WORDS.document_part_nouns]
    rest = [w for w in words if w not in WORDS.document_part_nouns | WORDS.determiners | PLACE_IN_TEXT_WORDS]
    return len(nouns) == 1 and all(w.isdigit() or len(w) == 1 for w in rest)


def _valued_after_decision(view: LetterDoc, sent) -> Optional[str]:
    """The stage of the verb before a verbless caption whose subject names again what that verb acted on ("... has
    approved the donation of food ..." then "The food is valued as follows:"): the rows value that very thing."""
    if sent is None:
        return None
    index = next((k for k, s in enumerate(view.sents) if s.start == sent.start), None)
    before = verb_named_before(view, index) if index else None
    return lead_in_status(view, *before) if before is not None else None


def _contract_breakdown(view: LetterDoc, sent) -> Optional[str]:
    """Adopted when a verbless caption states a contract's value ("The total value of the contract is EUR 9 million,
    broken down as follows:"): its rows are parts of what the parties bound themselves to, as the total is."""
    if sent is None:
        return None
    return "adopted" if any(is_contract_value(view, s) for s in view.sums_in(sent.start, sent.end)) else None


def _column_status(row: tuple[Table, tuple], span) -> Optional[str]:
    """The stage a table's column gives the figure in it: its header cell's ("Approved amount"), or, where
    the header stands in the caption's last words ("(EUR million) 2025 approved 2026 proposed"), the stage
    named in the place of its figure among the row's figures; None when they do not line up."""
    table, cells = row
    column = column_of(cells, span.start_char)
    if column is None:
        return None
    if table.header:
        head = _column_head(row, column)
        # "Actual expenditure", "Disbursements": a header cell's stage noun names its column's stage as a participle does.
        nouns = WORDS.stage_nouns
        # "Pledged ('000)", "Paid in, USD ('000)": the stage stands before the unit's brackets.
        named = column_stages(head) or column_stages(UNIT_IN_BRACKETS.sub(" ", head))
        words = re.findall(r"[^\W\d_]+", head.lower())
        # "2023 actual | 2024 outlook": a head's word of a budget's columns, in its own language too, names the stage.
        heads = WORDS.column_stage_words
        stages = named or [nouns[w] for w in words if w in nouns] or [heads[w] for w in words if w in heads]
        # "Grant allocated | ... | Stage" over "380,000 | ... | deferred": the row's own status cell says how far
        # its sums went, whatever stage the column's head names for the rows in general.
        own = _status_cell(table, cells)
        if own is not None:
            return own
        if stages and not named and _tentative_caption(table):
            return "planned"  # "The expected payment schedule:" over a "Payment" column: payments still to come
        if not stages and any(w in WORDS.owed_words for w in re.findall(r"[a-z]+", head.lower())):
            # "Outstanding", "Balance due": what the pledge's holder has still to pay; a stage the head names
            # ("Disbursed outstanding") decides before it.
            return "planned"
        if not stages and _paid_column_after(row, column):
            return "adopted"  # "Loan | Signed | Paid to date": the sum agreed, that the payments are drawn from
        return stages[0] if len(stages) == 1 else None
    figures = [n for n, cell in enumerate(cells) if is_figure(cell.text)]
    stages = column_stages(table.caption.text) if table.caption is not None else []
    if len(figures) < 2 or len(stages) != len(figures) or column not in figures:
        return None
    return stages[figures.index(column)]


def _signed_cell(row: tuple[Table, tuple], span) -> bool:
    """Whether a table's sum stands in a cell written with its sign ("+410", "-36,700") beside two figures without
    one: the change between them ("7,250 | 7,600 | +350"), not money given as "- | moved here | +45.0" is."""
    cells = row[1]
    column = column_of(cells, span.start_char)
    unsigned = [cell for cell in cells if is_figure(cell.text) and not is_signed_figure(cell.text)]
    return column is not None and is_signed_figure(cells[column].text) and len(unsigned) >= 2


def _paid_column_after(row: tuple[Table, tuple], column: int) -> bool:
    """Whether a column to the right of a figure's column, its head naming no stage, is headed as paid out ("Loan |
    Signed | Paid to date", "Credit | Drawn"): the first figure is the whole the payments come from."""
    heads = [_column_head(row, c) for c in range(column + 1, len(row[1]))]
    return any(column_stages(head) == ["disbursed"] for head in heads)


def _column_head(row: tuple[Table, tuple], column: int) -> str:
    """The header cell's text over a row's column; "" where the table has no header or it does not line up."""
    table, cells = row
    if not table.header:
        return ""
    # A head over the last columns only ("2025 approved | 2026 proposed" over "Programmes | 118.4 | 104.0"): the
    # rows' labels have no head, so the heads line up from the right.
    stub = len(cells) - len(table.header)
    # "EUR 1,250,000 | EUR 6,000,000" under "Committed now | Planned in all": sums of money are the row's figures too.
    over_figures = 0 < stub and all(is_row_figure(cell.text) for cell in cells[stub:])
    if len(table.header) == len(cells):
        return table.header[column].text
    return table.header[column - stub].text if over_figures and column >= stub else ""


def _per_unit_column(view: LetterDoc, span) -> bool:
    """Whether the sum stands in a table column whose header gives a rate per unit of measure ("Cost per dose",
    "Price per head (USD)"): a price each unit pays, not money given; "Allocation per state" is money."""
    row = view.table_row(span.start_char)
    column = column_of(row[1], span.start_char) if row is not None else None
    if column is None:
        return False
    words = re.findall(r"[a-z]+", _column_head(row, column).lower())
    return any(w == "per" and unit in WORDS.measure_units for w, unit in zip(words, words[1:]))


def _tentative_caption(table: Table) -> bool:
    """Whether a table's caption calls its figures tentative ("The expected delivery schedule is as follows:",
    "Indicative allocations"): a column's stage noun ("Payment") then names what is still to come."""
    caption = table.caption.text.lower() if table.caption is not None else ""
    return any(w in WORDS.tentative for w in re.findall(r"[a-z]+", caption))


def _row_label_status(row: tuple[Table, tuple]) -> Optional[str]:
    """The stage a row's label names for every figure in it, where no column names one ("Allocated | 71,856 |
    76,430", "Delegation request | -- | 83,500": a table of years whose rows are the stages); None without one."""
    _table, cells = row
    if not cells or not cells[0].text or is_figure(cells[0].text):
        return None
    return words_stage(re.findall(r"[a-z]+", cells[0].text.lower()))


def _row_stage_cell(row: tuple[Table, tuple]) -> Optional[str]:
    """The stage a text cell of a row opens with a participle of ours ("First | disbursed by 31 March 2026 | 3,126"
    in a schedule of instalments still to come): that row's figures went that far; None without one."""
    _table, cells = row
    for cell in cells[1:]:
        words = re.findall(r"[a-z]+", cell.text.lower()) if cell.text and not is_figure(cell.text) else []
        stage = stage_participle(words[0]) if words else None
        if stage is not None:
            return stage
    return None


def _prose_cell(view: LetterDoc, row: tuple[Table, tuple], sent, span) -> bool:
    """Whether the cell holding a sum holds its whole sentence, a stop at its end and a verb before it: prose (a
    bulletin's paragraph that the reader took in a table of its layout), not a table's name or figure."""
    cells = row[1]
    column = column_of(cells, span.start_char)
    if column is None:
        return False
    cell, start, end = cells[column], text_start(sent), text_end(sent)
    whole = cell.start <= start and end < cell.end and view.text[end] in ".!?"
    return whole and any(t.i < span.start for t in sent if is_finite_form(t.lower_))


def _dated_stage_cell(view: LetterDoc, row: tuple[Table, tuple]) -> Optional[str]:
    """The stage a column's head names over a date in a row ("Date of signature | 4.11.2019", "Approved on | 3
    May 2021"): the row's instrument reached that stage on that day, so its figures with no stage of their own stand
    there; None without such a column, or with an empty one (not yet signed)."""
    table, cells = row
    if len(table.header) != len(cells):
        return None
    dates = view.spans("date")
    for header, cell in zip(table.header, cells):
        words = re.findall(r"[a-z]+", header.text.lower())
        stage = next((stage_participle(w) for w in words if stage_participle(w)), None)
        if stage is not None and any(cell.start <= d.start_char and d.end_char <= cell.end for d in dates):
            return stage
    return None


def _status_cell(table: Table, cells: tuple) -> Optional[str]:
    """The stage a row's "Status" cell names by its first stage word ("Approved, pending signature" → adopted,
    "Disbursed (March 2026)" → disbursed, "Under preparation" → planned); None without such a column or word."""
    pairs = list(zip(table.header, cells))
    if len(table.header) != len(cells):
        # "Sweden | SEK | 90,000,000 | 10,540 | Paid" under four heads (the reader cut a code from its figure):
        # the last head still stands over the last cell.
        pairs = [(table.header[-1], cells[-1])] if table.header and cells and cells[-1].text else []
    for header, cell in pairs:
        words = re.findall(r"[a-z]+", header.text.lower())
        if words and words[0] in WORDS.status_headers:
            # The first word leads: "pending signature" after "Approved" qualifies a decision already taken;
            # a stage noun names it as well as a participle does ("Under preparation").
            stages = WORDS.stage_nouns
            named = (stage_participle(w) or stages.get(w) for w in re.findall(r"[a-z]+", cell.text.lower()))
            return next((stage for stage in named if stage), None)
    return None


def find_commitments(doc, mentions, letter: LetterText) -> list[Commitment]:
    """Commitments of a letter: one per sum of money tied to a purpose."""
    return find_commitments_and_actions(doc, mentions, letter)[0]


def find_actions(doc, mentions, letter: LetterText) -> list[Action]:
    """Actions of a letter: undertakings and calls with an actor but no sum of money."""
    return find_commitments_and_actions(doc, mentions, letter)[1]


def find_commitments_and_actions(
    doc, mentions, letter: LetterText
) -> tuple[list[Commitment], list[Action], list[Action]]:
    """Commitments (sums of money tied to a purpose), actions (pledges without a sum) and the
    candidate actions the screen dropped (``undertakings``), of a letter."""
    view = LetterDoc(doc, letter)
    cues = load_cues()
    programme_tokens = view.programme_tokens
    author, author_country = author_of(letter, view)
    sents = view.sents
    found: list[tuple[int, Commitment]] = []
    actions: list[tuple[int, Action]] = []
    totals: list[tuple[int, Commitment]] = []  # sums the next sentence splits up
    for index, sent in enumerate(sents):
        sent_amounts, equivalents = _equivalents(view, view.sums_in(sent.start, sent.end))
        groups = verb_groups(view, sent, cues)
        attribution = max(_attribution_end(view, sent), _item_heading_end(view, sent))
        main_groups = [g for g in groups if not g.purpose and g.head > attribution]
        evidence = None
        previous_beneficiaries: list[str] = []
        previous_group: Optional[VerbGroup] = None
        previous_actor: Optional[str] = None
        lead = _list_lead(view, sent, main_groups) if sent_amounts else None
        lead_sent = sent
        if lead is not None and (
            lead[1] is None
            and _lead_words(view, sent, lead[0]) <= MAX_VERBLESS_LEAD_WORDS
            or names_parts(view, sent, lead[1])  # "... planned support is EUR 60 million. This comprises: - ..."
        ):
            before = verb_before(view, index)  # "... approved eleven proposals. Among them: (a) ..."
            if before is not None:
                lead_sent, lead = before[0], (lead[0], before[1])
        item_lead = lead_status(view, index) if sent_amounts else None
        # A lead-in with no verb of ours names its items' stage by its words ("The allocation for 2025-26
        # includes, among others: - Bhutan: Rs. 2,150 crore ...", "Approved financing: - ..."), unless an
        # auxiliary says it has a verb we do not read ("The program, supported by the fund, is anchored on:").
        lead_words = [t.lower_ for t in doc[lead_sent.start : lead[0]]] if lead is not None and lead[1] is None else []
        auxiliary = any(w in WORDS.be_have or w in WORDS.future_aux for w in lead_words)
        lead_stage = words_stage(lead_words) if lead_words and not auxiliary else None
        admitted_end = -1  # where the last sum kept of the sentence ends
        inline_item = False
        for k, span in enumerate(sent_amounts):
            # What follows a sum, up to the next sum, is about it ("EUR 30 million for Mali and
            # EUR 20 million for Chad"); its verb stands after the previous sum.
            lo = span.start if k else sent.start
            hi = sent_amounts[k + 1].start if k + 1 < len(sent_amounts) else sent.end
            verb_lo = sent_amounts[k - 1].end if k else sent.start
            inline_stage = None  # the stage a verbless lead-in names of an inline list's items
            previous_inline, inline_item = inline_item, False  # an item of an inline list ("comprise: EUR 4m; EUR 1m")
            group = _nearest(
                [
                    g
                    for g in main_groups
                    if verb_lo <= g.head < hi
                    and not lists_contents(view, g)
                    and not _in_part_before(view, k, verb_lo, g, span)
                    and not _in_item_before(view, sent, g, span)
                    and not in_condition_after(view, span, g)
                ],
                span,
                view,
            )
            group = _verb_after_pair(view, sent_amounts, k, main_groups) or group
            if group is None:
                group = _verb_after_embedded_sum(view, sent_amounts, k, main_groups)
            if _second_of_pair(view, sent_amounts, k, main_groups, group) and previous_group is not None:
                group = previous_group  # "agreed to contribute USD 45 million and USD 40 million ..., which will be"
            if (
                group is None
                and k
                and (
                    not any(view.clause_break(i) for i in range(verb_lo, span.start))
                    or _gapped(view, verb_lo, span, sent)
                    or of_which_between(doc, verb_lo, span.start)  # "..., of which 40% is spent, and EUR 3m"
                )
            ):
                # "We adopted EUR 30 million for Mali and EUR 20 million for Chad"; an item of an inline list takes
                # the verb leading the list in, not the item's before it.
                group = previous_group
                # (a bulleted list's items take its lead-in's stage by lead and item_lead)
                bulleted = lead is not None or item_lead is not None
                inline = None if bulleted else _inline_list_lead(view, sent, span, main_groups)
                item_before = previous_group is not None and _in_item_before(view, sent, previous_group, span)
                if inline is not None and (item_before or previous_inline):
                    group, inline_item = inline[1], True
                    if group is None:
                        inline_stage = words_stage(view.lowers[sent.start : inline[0]])
            listed = _bracketed(view, span) and any(
                0 <= j < len(sent_amounts) and _bracketed(view, sent_amounts[j]) for j in (k - 1, k + 1)
            )
            if listed and group is None:
                group = _verb_after_bracketed_list(view, sent, k, sent_amounts, main_groups)
            if listed:
                hi = span.end + 1  # "Japan ($1.08 billion), Germany (...)": the next name is the next donor
            group = _embedded(view, span, group, [g for g in main_groups if span.end <= g.start < hi])
            item = _next_list_item(view, sent_amounts[k - 1], span, main_groups) if k else None
            if (
                item is not None
                and group is not None
                and (group.head < item or _relative_on_noun(doc, span, group))
                and previous_group is not None
                and previous_group.head < span.start
            ):
                group = previous_group  # "include X, which will ...; a $20 million loan to Y, which will ...": the list's verb
            row = view.table_row(span.start_char)
            if row is not None and _prose_cell(view, row, sent, span):
                row = None  # a paragraph the reader took in a table's cell: its sentences are clauses as any other
            if row is not None:
                group = None  # a table's cells are names, never a clause: the table's lead-in gives the stage
            # A note below a table ("¹ Of which EUR 20 million for Gaza") is about a row: without a
            # verb of its own, its sum is at the table's stage.
            table = row[0] if row is not None else view.table_noted(span.start_char) if group is None else None
            proposed = group is not None and in_proposal(view, group, main_groups)
            previous_group = group
            # A part listed under a lead-in ("will be allocated as follows: - £24 million for ...,
            # channelled through UNICEF") is at the lead's stage unless its item has a verb of its own.
            under_lead = (
                lead is not None
                and (lead[1] is not None or lead_stage is not None)
                and span.start > lead[0]
                and not _own_item_verb(view, sent, span, lead[0], main_groups)
            )
            # "- USD 150 million for the X Project, which will upgrade roads": an item's relative clause says what
            # the project does; the list's lead-in still gives the money's stage.
            described = item_lead is not None and group is not None and _relative_on_noun(doc, span, group)
            status_group = None if under_lead or described else _joined_later_stage(view, group, groups)
            status_group = _denied_later_stage(view, status_group, groups)
            if status_group is not None and stage_totalled(view, span) is not None:
                status_group = None  # "expenditure ..., against ..., reached USD 24 million": its own clause's stage
            if status_group is not None and _whole_after_its_part(view, span):
                status_group = None  # "CAD 2 million of a CAD 15 million pledge was spent": the verb is the part's
            if row is not None and not any(cell.text and not is_figure(cell.text) for cell in row[1]):
                continue  # a row of figures alone ("Total | 723"): no purpose or recipient to give it to
            if row is not None and isinstance(span._.value, dict) and not span._.value.get("value"):
                continue  # "Italy | EUR | 100,000 | 0": nothing paid in is no sum given
            if row is not None and _signed_cell(row, span):
                continue  # "+410 | +4" in a column of changes over the year before: a difference, no money given
            if row is not None and _limits_or_debts(row):
                continue  # "Government debt (ceiling) | 1,790", a table of overdue amounts: bounds and debts, no money given
            # A sum in an item under a lead-in ("will be distributed as follows: - Mali: $6 million") or
            # one split up after it ("Ethiopia: SEK 120 million, of which ...") is money shared out.
            # An item of the list, or the last sum before its lead-in's colon: the total the list splits up
            # ("The EUR 15 million will be used in two areas: - ...").
            shared_out = (
                lead is not None
                and (span.start > lead[0] or k + 1 == len(sent_amounts) or sent_amounts[k + 1].start > lead[0])
                or item_lead is not None
                or _split_after(view, span)
                or _part_after_opening(view, index, span)
                or _part_after_of_which(view, admitted_end, span)
            )
            # "- Total new approvals: USD 74.6 million": a key figure whose label names a stage is money at that stage.
            labelled = label_stage(view, sent, span) if row is None and group is None else None
            coordinated = group is None and _coordinated_with_kept(view, admitted_end, span)
            if (
                row is None
                and group is None
                and labelled is None
                and not (
                    _has_purpose(view, span, sent)
                    or _named_as_funds(view, span)
                    or shared_out
                    or _headed_by_recipient(view, sent, span)
                    or is_stated_need(view, span)
                    or _request_of(view, span)
                    or _under_talks(view, span)
                    or _estimated_at(view, span)
                    or is_contract_value(view, span)
                    or _aid_in_kind_valued(view, span)
                    or running_total_start(view, sent, span) is not None
                    or (
                        k
                        and is_named_as(view, span, WORDS.total_nouns)
                        and running_total_start(view, sent, sent_amounts[k - 1]) is not None
                    )
                    or coordinated
                    or inline_item
                    or _companion_of_money(view, sent, sent_amounts, k)
                )
            ):
                continue  # a sum stated as a fact ("smugglers earn EUR 6 billion"), not a commitment
            if group is None and _valued(view, span, sent):
                continue  # "products worth $2.8 billion": a value; "Contracts worth EUR 150m have been signed" has its verb
            if _restated_in_other_currency(view, span, sent_amounts[:k]):
                continue  # "$250 million ..., an IDA credit equivalent to SDR 187.4 million": the same money
            if _named_as_fact(view, span, sent):
                continue  # "will generate $10 billion in annual revenue": a figure, not money given
            if _scale_left_out(view, span):
                continue  # "Rs. 5 crores" read as Rs. 5: a misread sum is no commitment of its own
            if _per_unit(view, span) or _per_unit_column(view, span):
                continue  # "the price ... is expected to fall below US$ 3 per dose": a price, not money given
            if _threshold(view, span):
                continue  # "appraisal of all projects above AMD 5 billion": a size things are sorted by, not money
            if _cap_of_each(view, span, sent, sent_amounts[:k]):
                continue  # "$4 million to provide grants of up to $5,000 to entrepreneurs": what each one gets
            admitted_end = span.end
            breaks = [i for i in range(verb_lo, group.start) if view.clause_break(i)] if group is not None else []
            if k and group is not None and verb_lo <= group.head < span.start and breaks:
                # The sum has its own verb before it ("while Morocco received EUR 5m"): its clause
                # starts after the break, not with the words about the sum before it.
                lo = breaks[-1] + 1
            item = next((i for i in range(span.end, hi) if opens_list_item(doc, view.text, i)), None)
            if item is not None:
                hi = item  # "- SEK 40 million to UNICEF; - Somalia: SEK 110 million": the next item is another's
            lo, hi = _clause(view, span, group, main_groups, lo, hi)
            if k + 1 < len(sent_amounts):
                total = running_total_start(view, sent, sent_amounts[k + 1])
                if total is not None and total > span.end:
                    hi = min(hi, total)  # ", bringing the total to $389 million": the total's words, not this sum's
            if group is not None and _relative_on_noun(doc, span, group):
                hi = min(
                    hi, group.start - 1
                )  # "..., which would increase demand for U.S. exports": not whom the sum is for
            modality = modality_of(view, sent, status_group)
            call = addressee_call(view, sent)
            asked = call is not None and call[1] < span.start and (group is None or group.head >= call[1] - 1)
            if asked:
                modality = "call"  # "We ask the Commission to release EUR 40 million"
            # A column's stage ("Received") is also its total's: "Total | 840 | 176" sums that column.
            column_status = (
                (
                    _column_status(row, span)
                    or _row_label_status(row)
                    or _row_stage_cell(row)
                    or _dated_stage_cell(view, row)
                )
                if row is not None
                else None
            )
            total = (
                (bool(k) or group is None)
                and running_total_start(view, sent, span) is not None
                or bool(k)
                and group is None
                and _named_total(view, span)
            ) and row is None  # a table's total row sums its column, at the stage of the rows above it
            status, status_rule = decide_status(
                StatusCase(
                    status_group,
                    modality,
                    proposed=proposed and status_group is not None,
                    paid=is_named_as(view, span, WORDS.paid),
                    attribute=is_attribute(view, span, status_group),
                    dated=is_dated_participle(view, span, status_group)
                    or any(is_dated_participle(view, span, g) for g in groups if g is not status_group),
                    ongoing=is_ongoing(view, sent, span, [g for g in groups if g.purpose]),
                    asked=is_asked_for(view, span) or is_put_forward(view, span, status_group),
                    received=receives_through(view, span, status_group),
                    intended=is_intended(view, span, status_group),
                    pledged=is_pledged(view, span),
                    in_plan=is_in_plan(view, sent, status_group) or is_held_in_plan(view, span),
                    targeted=is_targeted(view, span),
                    legislated=is_legislated(view, status_group),
                    to_date=counts_to_date(view, sent, status_group),
                    built_upon=is_built_upon(view, span, status_group),
                    total=total,
                    negated=is_negated(view, status_group),
                    # A total's own noun says its stage too ("bringing cumulative disbursements to ...").
                    staged=(
                        stage_named(view, span)
                        or stage_totalled(view, span)
                        or (section_stage(view, index) if status_group is None else None)
                    )
                    if status_group is None or total
                    else None,
                    decided_as=is_decided_as(view, span),
                    decided_that=is_decided_that(view, span, status_group, main_groups),
                    under_agreement=is_under_agreement(view, span),
                    awaiting=awaits_approval(view, span)
                    or subject_awaits_approval(view, span)
                    or awaits_condition(view, span)
                    or awaits_approval_said_next(view, index),
                    to_come=is_still_to_come(view, span),
                    labelled=labelled,
                    row_label=leader_label_stage(view, sent, span) if row is None else None,
                    bound=is_bound(view, status_group),
                    ordered=is_ordered(view, status_group),
                    confirmed=is_confirmed(view, span),
                    confirmed_subject=is_confirmed_subject(view, span),
                    released=is_released_with(view, span, status_group),
                    resolved=in_resolution(view, sent),
                    paid_since=is_paid_since(view, span),
                    verb_after=status_group is not None and status_group.start >= span.end,
                    toward_cost=goes_toward_cost(view, span),
                    allotted=is_allotment(view, span),
                    promised_ahead=status_group is not None
                    and status_group.lemma in WORDS.promising_verbs
                    and names_time_ahead(view, sent),  # read only for a verb of promising
                    own_promise=_own_promise(view, sent, span, group, author, author_country),
                    held=is_held_allotment(view, span),
                    requested=is_requested(view, span),
                    confirmation_asked=is_confirmation_asked(view, span),
                    financed_with=is_instrument_taken_with(view, span),
                    fallen_due=is_fallen_due(view, span, status_group),
                    own_stage=own_participle_stage(view, span, status_group),
                    made_available=is_made_available(view, span, status_group),
                    undecided_after=is_undecided_after(view, span, main_groups),
                    conditioned=is_conditioned(view, status_group) or is_in_condition_clause(view, span),
                    estimated=is_estimated_cost(view, span),
                    tentative=is_named_tentative(view, span),
                    voted=is_given_in_voted_text(view, span, status_group),
                    taken_back=is_taken_back(view, status_group),
                    backed=is_backed_proposal(view, span, status_group),
                    included_in=_included_in_whole(view, sent_amounts, k, found, status_group, main_groups),
                    earmarked=is_earmarked(view, span, status_group),
                    contract_value=is_contract_value(view, span),
                    instrument_size=is_instrument_size(view, span),
                    approved=is_approved_after(view, span),
                    expected=is_expected_later(view, span),
                    sized_at=is_sized_at(view, span, status_group),
                    decided_later=status_group is None and is_decided_after(view, span),
                    whole=_whole_status(view, index, span, found) if status_group is None else None,
                    sent_on=(_whole_status(view, index, span, found) or _split_went_on(view, index, span, found))
                    if went_to_purpose(view, status_group)
                    else None,
                    split_decided=status_group is None and _split_by_decided_part(view, sent, span, main_groups),
                    part_paid=status_group is not None and _part_paid_after(view, span, main_groups),
                    lead=(column_status or _table_lead(view, table, cues) or item_lead)
                    if table is not None
                    else (lead_stage or lead_in_status(view, lead_sent, lead[1]))
                    if under_lead
                    else ((item_lead or inline_stage) if group is None or described else None),
                )
            )
            if coordinated and status_rule in (None, no_verb.__name__):
                # "reached USD 96 million and USD 71 million": the second of the pair is at the first's stage.
                status, status_rule = found[-1][1].status, COORDINATED_SUM
            roles = roles_of(view, sent, lo, hi, group, programme_tokens, author_country, own_clause=True)
            case = BeneficiaryCase(
                view,
                sent,
                index,
                roles,
                author_country,
                group,
                span,
                k,
                len(sent_amounts),
                hi,
                previous_beneficiaries,
                [c for _, c in found],
                author=author,
            )
            if not author_spends(case):
                # A third party gives the sum to the author's state: its country is read as any other's.
                case.spender = None
                case.roles = roles = roles_of(view, sent, lo, hi, group, programme_tokens)
            beneficiaries, beneficiary_rule = decide_beneficiaries(SUM_RULES, case)
            actor, actor_rule = decide_actor(
                ActorCase(
                    view, sent, group, author, call=call if asked else None, listed=span if listed else None, sum=span
                )
            )
            if (
                k
                and previous_actor
                and group is not None
                and group.is_passive()
                and is_further_part(view, span)
                and actor_rule != private_pledges.__name__  # "the additional $8 billion in private sector commitments"
                and actor_rule != participle_subject.__name__  # "with Benin and Niger contributing an additional $15m"
            ):
                actor, actor_rule = previous_actor, PART_OF_PREVIOUS  # "X approved $1.5bn, and $120m of it was paid"
            previous_actor = actor
            # A receiving state's own sum with no place named stays at home ("Malawi requests a grant of ..."):
            # received_by_author keeps the state it names, as cued_in_clause does.
            # So does respectively, whose countries receive each sum ("X and Y will receive USD 2m and USD 1m
            # respectively": the verb's subjects, the ones given to).
            kept_rules = (
                cued_in_clause.__name__,
                *AUTHOR_FOR_WANT_OF_PLACE,
                respectively.__name__,
                support_from_abroad.__name__,
            )
            if (
                actor in beneficiaries
                and actor_rule in SPENDER_RULES
                and beneficiary_rule not in kept_rules
                and not _union_to_its_part(author, beneficiary_rule)
                # "Romania was allocated EUR 2 billion": the passive verb's subject is the one given to, not a spender.
                and not given_to_subject(view, sent, group, span)
            ):
                beneficiaries = [code for code in beneficiaries if code != actor]
                beneficiary_rule = LESS_THE_SPENDER.format(rule=beneficiary_rule)
            givers = participle_givers(view, sent, span)
            if any(code in givers for code in beneficiaries):
                # "with Benin and Niger contributing $15 million": the participle's subjects give the sum.
                beneficiaries = [code for code in beneficiaries if code not in givers]
                beneficiary_rule = LESS_THE_GIVERS.format(rule=beneficiary_rule)
            previous_beneficiaries = beneficiaries
            period, deadline = _dates(view, lo, hi)
            evidence = evidence or view.grounding(index)
            found.append(
                (
                    span.start,
                    Commitment(
                        id="",
                        actor=actor,
                        action=doc[call[1]].lower_ if asked and group is None else _action(view, group),
                        amounts=[amount_value(a) for a in [span, *equivalents.get(span.start, [])]],
                        beneficiaries=beneficiaries,
                        regions=roles.regions,
                        programme=_programme(view, lo, hi),
                        purpose=_purpose(view, sent, span.end, group, view.covered),
                        period=period,
                        deadline=deadline,
                        status=status,
                        modality=modality,
                        evidence=evidence,
                        because=CommitmentBecause(actor=actor_rule, status=status_rule, beneficiaries=beneficiary_rule),
                    ),
                )
            )
        _share_out_totals(view, sent_amounts, found)
        empty = [c for start, c in found if start >= sent.start and c.amounts and not c.beneficiaries]
        if empty and view.next_in_paragraph(index):
            totals.append((index, empty[0]))
        if sent_amounts:
            continue
        undertaking = _undertaking(view, index, groups, author, author_country)
        if undertaking is not None:
            actions.append((sent.start, undertaking))
    for index, total in totals:
        _take_parts_of_next_sentence(view, index, total, found, author_country)
    found.sort(key=lambda pair: pair[0])
    _decided_next(view, found, cues)
    _proposal_approved_next(view, found, cues)
    _paid_it_next(view, found, cues)
    _share_out_parts(view, found)
    _parts_told_after(view, found)
    _named_parts_to_come(view, found)
    _table_totals(view, found)
    _parts_tabled_below(view, found)
    commitments = _fold_restatements(view, found)
    for n, commitment in enumerate(commitments, start=1):
        commitment.id = f"c{n}"
    kept, dropped = screen_actions(view, [a for _, a in actions], author_country)
    for prefix, listed in (("a", kept), ("d", dropped)):
        for n, action in enumerate(listed, start=1):
            action.id = f"{prefix}{n}"
    return commitments, kept, dropped


def _union_to_its_part(author: Optional[str], beneficiary_rule: str) -> bool:
    """ "the assistance of Rs 3,048 crore released by the Government of India" in a state's letter: money the
    country gives to one of its own parts, which received it, is still for that country."""
    return beneficiary_rule in AUTHOR_FOR_WANT_OF_PLACE and is_subdivision_government(author)


def _take_parts_of_next_sentence(
    view: LetterDoc, index: int, total: Commitment, found: list, author_country: Optional[str]
) -> None:
    """ "I announced $185 million. Of the new funding, $150 million will go to X, and the
    remainder will support Y": the total is for the countries of its parts, when every part
    names some (not when most of it stays at home: "$1.8 billion to the Department")."""
    nxt = view.sents[index + 1]
    parts = [c for start, c in found if nxt.start <= start < nxt.end and c.amounts]
    # Parts are told by the opening ("Of this amount, ...") or by adding up to the total
    # ("EUR 60 million will go to X and EUR 40 million to Y" after "EUR 100 million").
    whole = total.amounts[0]
    adds_up = (
        len(parts) > 1
        and all(p.amounts[0].currency == whole.currency for p in parts)
        and abs(sum(p.amounts[0].value for p in parts) - whole.value) <= SUM_TOLERANCE * whole.value
    )
    if parts and all(c.beneficiaries for c in parts) and (_opens_split(view, index) or adds_up):
        roles = roles_of(view, nxt, nxt.start, nxt.end, None, set())
        for code in [c for part in parts for c in part.beneficiaries] + roles.pos:
            if code not in roles.neg and code != author_country:
                add_code(total.beneficiaries, code)
        if total.beneficiaries:
            total.because.beneficiaries = PARTS_IN_NEXT_SENTENCE


def _proposal_approved_next(view: LetterDoc, found: list, cues) -> None:
    """ "The Minister proposed that the budget line be cut by CHF 300 million ... The Assembly adopted the
    proposal at its March session.": a sentence with no sum whose first verb is a past decision taking a noun of proposal ("the
    proposal", "this request", "the plan") makes the sums only proposed or asked for in the sentence before adopted."""
    sents, doc = view.sents, view.doc
    for index in range(1, len(sents)):
        sent = sents[index]
        if view.sums_in(sent.start, sent.end):
            continue
        groups = [g for g in verb_groups(view, sent, cues) if not g.purpose]
        decision = groups[0] if groups else None
        if decision is None or decision.lemma not in WORDS.decision_verbs or decision.time != "past":
            continue
        if is_negated(view, decision):
            continue  # "did not approve the request"
        objects = doc[decision.head + 1 : min(sent.end, decision.head + 1 + MAX_APPROVED_OBJECT_WORDS)]
        noun = next((t for t in objects if t.lower_ in WORDS.plan_nouns), None)
        if noun is None or not any(t.lower_ in WORDS.money_anaphors for t in doc[decision.head + 1 : noun.i]):
            continue
        prev = sents[index - 1]
        if not _names_again(view.lowers[prev.start : prev.end], noun.lower_):
            continue  # "We expect to give ... The Board approved the plan": no plan named before, so not that one
        for start, commitment in found:
            asked = commitment.because.status in PROPOSED_RULES
            if prev.start <= start < prev.end and commitment.status == "planned" and asked:
                commitment.status = "adopted"
                commitment.because.status = PROPOSAL_APPROVED_NEXT


def _names_again(words: list[str], noun: str) -> bool:
    """Whether a word of a sentence shares the stem of a noun of proposal ("proposed" for "the proposal", "requested"
    for "this request", "plans" for "the plan"): the noun takes up what that sentence put forward."""
    stem = noun.rstrip("s")
    stem = stem[: -len(NOUN_SUFFIX)] if stem.endswith(NOUN_SUFFIX) else stem
    return any(word.startswith(stem) for word in words)


def _decided_next(view: LetterDoc, found: list, cues) -> None:
    """ "New Zealand will provide NZ$72 million ... This allocation was approved by Cabinet on 12 August.":
    a sentence naming the sum before by "this" and a noun of money, with no sum of its own, that says it
    was decided, makes the sums only promised in the sentence before adopted."""
    sents, doc = view.sents, view.doc
    for index in range(1, len(sents)):
        sent = sents[index]
        if doc[first_word(sent)].lower_ not in WORDS.money_anaphors:
            continue  # most sentences: one look at their first word
        words = [t for t in sent if not (t.is_space or t.is_punct)]
        latter = bool(words[1:2]) and words[1].lower_ == LATTER
        # "This sum went out last week": one sum pointed at, the last named, as "the latter amount" is.
        latter = latter or (
            words[0].lower_ in WORDS.one_sum_anaphors and words[1:2] != [] and words[1].lower_ in WORDS.one_sum_nouns
        )
        if words[1:2] and (words[1].lower_ in BACKREF_ADJECTIVES or words[1].lower_ == LATTER):
            words = words[:1] + words[2:]  # "The full amount was paid out ...": the sum named before, all of it
        if len(words) < 3 or words[0].lower_ not in WORDS.money_anaphors:
            continue
        if _hyphened_word(doc, words[1].i, sent.end) not in WORDS.money_nouns | WORDS.plural_money_nouns:
            continue  # "These allocations were approved", "These top-ups were adopted": the sums named before, each
        if view.sums_in(sent.start, sent.end):
            continue
        groups = [g for g in verb_groups(view, sent, cues) if not g.purpose]
        # "The full amount was paid out", not "The funds are provided on behalf of the Ministry": a present
        # passive says where the money comes from, not that it was paid.
        paid = groups and groups[0].cls == "disbursed" and groups[0].time == "past" and groups[0].aux
        if paid and not set(groups[0].aux) <= WORDS.present_be:
            _paid_next(view, found, index, latter)
            continue
        if groups and _received_after_and(doc, sent, groups[0]):
            _paid_next(view, found, index, latter)
            continue
        if not groups or groups[0].cls != "adopted" or groups[0].time != "past":
            continue
        prev = sents[index - 1]
        for start, commitment in found:
            promised = commitment.because.status in (future.__name__, no_verb.__name__)
            if prev.start <= start < prev.end and commitment.status == "planned" and promised:
                commitment.status = "adopted"
                commitment.because.status = DECIDED_NEXT


def _hyphened_word(doc, i: int, end: int) -> str:
    """The word at token ``i`` in lower case, with the pieces a hyphen joins to it with no space ("top-ups", which
    the tokenizer splits in three)."""
    word, j = doc[i].lower_, i + 1
    while j + 1 < end and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
        word, j = f"{word}-{doc[j + 1].lower_}", j + 2
    return word


def _paid_it_next(view: LetterDoc, found: list, cues) -> None:
    """ "The Fund awarded USD 9 million to the scheme on 2 May. It was released at once.": a sentence with
    no sum that opens with "it" and a past passive of paying out says the sums the sentence before decided were paid
    (each one, as "it" points at one sum and its equivalent)."""
    sents, doc = view.sents, view.doc
    for index in range(1, len(sents)):
        sent = sents[index]
        first = first_word(sent)
        if doc[first].lower_ not in WORDS.paid_pronouns or view.sums_in(sent.start, sent.end):
            continue
        groups = [g for g in verb_groups(view, sent, cues) if not g.purpose]
        if not groups or groups[0].start != first + 1 or not groups[0].is_passive():
            continue  # "It was paid", "It has been disbursed": the pronoun is the paid verb's subject
        paid = groups[0]
        if paid.cls != "disbursed" or paid.time != "past" or set(paid.aux) <= WORDS.present_be:
            continue  # "It is channelled through X": where the money goes, not that it went
        prev = sents[index - 1]
        before = [c for start, c in found if prev.start <= start < prev.end]
        if before and all(c.status == "adopted" for c in before):
            for commitment in before:
                commitment.status = "disbursed"
                commitment.because.status = PAID_NEXT


def _received_after_and(doc, sent, group: VerbGroup) -> bool:
    """ "The funds were confirmed in December and received in full in January": a bare past participle of paying out
    or receiving, joined by "and" to a past passive of the money named before, says the money has come in."""
    if (
        group.aux
        or group.time != "past"
        or group.cls not in ("disbursed", "receive")
        or doc[group.start - 1].lower_ != "and"
    ):
        return False
    be = {t.lower_ for t in doc[sent.start : group.start] if t.lower_ in WORDS.be_forms}
    return bool(be) and not be <= WORDS.present_be


def _paid_next(view: LetterDoc, found: list, index: int, latter: bool = False) -> None:
    """ "The Ministry decided to allocate EUR 10 million ... The funds are channelled through WFP (EUR 4
    million) ... The full amount was paid out last week.": a passive saying the money named before was paid
    out makes the sums decided earlier in its paragraph paid; "The latter amount", only the last of them. A paragraph
    it opens points back at the sentence before ("... granted EUR 6 million to X.\n\nThe grant was disbursed in full
    on 14 May.")."""
    sent = view.sents[index]
    para_start, _ = view.paragraph_of(text_start(sent))
    lo = view.doc[sent.start].idx
    before = [(start, c) for start, c in found if para_start <= view.doc[start].idx < lo]
    if not before and para_start >= text_start(sent) and index:
        prev = view.sents[index - 1]
        before = [(start, c) for start, c in found if prev.start <= start < prev.end]
    for start, commitment in before[-1:] if latter else before:
        # The one sum pointed at was paid whatever its own clause said; "the full amount" pays only what was decided.
        if commitment.status == "adopted" or latter:
            commitment.status = "disbursed"
            commitment.because.status = PAID_NEXT


def _share_out_parts(view: LetterDoc, found: list) -> None:
    """Sums listed after a total that add up to it (a part split up in turn counted once) are its
    parts: the total is for their countries as well as its own; a part under a country's heading
    ("- Ethiopia: SEK 120 million, of which - SEK 80 million for ...") is for that country; a part with
    no verb of its own is at the total's stage."""
    spans = {span.start: span for span in view.spans("amount")}
    done: set[int] = set()
    for t in range(len(found)):
        if t in done:
            continue
        split = _parts_of(view, found, spans, t)
        if split is None:
            continue
        for total_index, parts in reversed(split):  # the outermost first: its stage passes down
            done.add(total_index)
            total = found[total_index][1]
            if not total.beneficiaries:
                _countries_of_sum_before(found, total_index)
            headed = total.because.beneficiaries == item_heading.__name__
            # "- Burkina Faso (EUR 41 million): - EUR 18 million ...": a total labelled with no verb is the share
            # decided before ("of which EUR 41 million for Burkina Faso"); its parts are at that share's stage.
            stage = _same_share_before(found, total_index) if total.because.status == no_verb.__name__ else total
            paid_part = any(found[p][1].status == "disbursed" for p in parts)
            for p in parts:
                part = found[p][1]
                if headed and part.beneficiaries != total.beneficiaries:
                    part.beneficiaries = list(total.beneficiaries)
                    part.because.beneficiaries = HEADED_PART
                elif not part.beneficiaries and total.beneficiaries:
                    part.beneficiaries = list(total.beneficiaries)
                    part.because.beneficiaries = PARTS_OF_TOTAL
                # A part whose list's lead-in gave its stage ("The Committee supports the proposal to earmark EUR 40
                # million for Ukraine, of which: - EUR 25 million ...") is at the stage of the total that lead-in states.
                # Only where the total's own sentence leads the list in: a lead-in of its own ("The additional funds
                # will be allocated as follows:") gives the parts its stage.
                # Not where the lead-in only names again a total decided before ("For the support of EUR 2.8 million,
                # the Committee is invited to approve the programme, which includes:"): its own verb stages the parts.
                by_lead = (
                    part.because.status == status_list_lead.__name__
                    and stage.because.status not in (no_verb.__name__, status_list_lead.__name__)
                    and total.because.status != no_verb.__name__
                    and _leads_list_of(view, spans.get(found[total_index][0]), spans.get(found[p][0]))
                )
                if by_lead or (part.because.status == no_verb.__name__ and stage.because.status != no_verb.__name__):
                    part.status = stage.status
                    part.because.status = PART_STATUS
                elif _use_to_come(view, spans.get(found[p][0]), part) and stage.status == "adopted" and not paid_part:
                    # "approved EUR 28 million ... Of this amount, EUR 19.5 million will be channelled through X": what
                    # a part of a decided total will go to is told in the future; the part is decided with it. Not
                    # where another part is paid ("MYR 4 million has been channelled, and the remaining MYR 6 million
                    # will be"): the total is then split by time, and the rest is still to be paid.
                    part.status = stage.status
                    part.because.status = PART_STATUS
            if stage is not total:
                # "For the support of EUR 2.8 million, ... the programme, which includes: (a) ...": the verbless total
                # split up (its parts staged above) names again the sum decided before, at its stage.
                total.status = stage.status
                total.because.status = SAME_TOTAL_BEFORE
            # Only when every part names its countries or a region abroad ("- Regional programmes in the
            # Sahel: DKK 150 million"): "EUR 30 million to the ministry, and EUR 10 million to the IOM for
            # returns to Mali" is not a total for Mali.
            added = [code for p in parts for code in found[p][1].beneficiaries if code not in total.beneficiaries]
            # A list's items are each a purpose of their own: the places its items name are the total's
            # even where one item names none ("4. Global programs: $45 million in unearmarked funding").
            listed = all(_opens_item_at(view, spans.get(found[p][0])) for p in parts)
            # A rest given without a figure ("- the remainder for ...") may go anywhere: the parts then give the
            # total their stage, not their places.
            whole = total.amounts[0].value
            complete = abs(sum(found[p][1].amounts[0].value for p in parts) - whole) <= SUM_TOLERANCE * whole
            if added and complete and (listed or all(found[p][1].beneficiaries or found[p][1].regions for p in parts)):
                for code in added:
                    add_code(total.beneficiaries, code)
                total.because.beneficiaries = PARTS_ADDING_UP


def _use_to_come(view: LetterDoc, span, part: Commitment) -> bool:
    """Whether a part's own verb only says in the future who will carry it out ("EUR 8.5 million will be implemented
    by UNFPA"), not that it will be paid out ("US$3 million will be provided through WFP" is a payment still to come):
    no instalment or tranche names it, and no date is set for it ("a second instalment of EUR 5 million will be paid
    in 2027" is planned)."""
    if part.because.status != future.__name__ or span is None or part.period or part.deadline:
        return False
    lemma = (part.action or "").split(" ")[0]
    # "US$6 million will go to partners in India": where a decided total's part goes, not its payment; "of which USD 3
    # million will be granted to X": an award still to be made.
    if load_cues().forms.get(lemma, ("", "", ""))[1] == "disbursed" and lemma not in WORDS.destination_verbs:
        return False
    if lemma in WORDS.awarding_verbs:
        return False
    return not is_named_as(view, span, WORDS.paid)


def _parts_told_after(view: LetterDoc, found: list) -> None:
    """A total naming no place takes the countries of the sums told after it when they add up to it exactly
    and each names countries; a sum already split up into parts counts once, and a sum as large as the total
    (the total restated, "bringing the total so far this year to US$1.1 billion") is no part of it. A decided
    total's parts told in the future of where they go ("FAO has allocated USD 11.5 million ... Somalia will
    receive USD 6 million ...") are decided with it."""
    spans = {span.start: span for span in view.spans("amount")}
    inner: dict[int, int] = {}  # a split sum's index -> the index of its last part
    for t in range(len(found)):
        for total_index, parts in _parts_of(view, found, spans, t) or []:
            inner[total_index] = max(inner.get(total_index, total_index), *parts)
    for t, (start, total) in enumerate(found):
        if not total.amounts or start not in spans:
            continue
        if not total.beneficiaries:
            parts = _told_parts(view, found, spans, inner, t, placed=True)
            for _start, part in parts or []:
                for code in part.beneficiaries:
                    add_code(total.beneficiaries, code)
            if parts:
                total.because.beneficiaries = PARTS_TOLD_AFTER
        told = _told_parts(view, found, spans, inner, t, placed=False) if total.status == "adopted" else None
        # Beside a part already paid, the rest still to come is a split over time, not of the decision (_share_out_parts).
        if not told or total.because.status == PART_STATUS or any(p.status == "disbursed" for _s, p in told):
            continue
        planned = [(s, p) for s, p in told if p.status == "planned"]
        # Every part still to come must say only where it goes: beside one paid out in the future ("of which $85
        # million will support ..."), the split is one of payments to come, not of the decision.
        # "... while USD 500,000 has been set aside for Djibouti": a part of a decided total earmarked for a place.
        if all(_use_to_come(view, spans.get(s), p) or p.because.status == earmarked.__name__ for s, p in planned):
            for _start, part in planned:
                part.status = "adopted"
                part.because.status = PART_STATUS


def _told_parts(view: LetterDoc, found: list, spans: dict, inner: dict, t: int, placed: bool) -> Optional[list]:
    """The sums told after ``found[t]`` that add up to it exactly (two or more), each naming countries when
    ``placed``, as (first token, commitment); None when they do not."""
    start, total = found[t]
    whole, home = total.amounts[0], view.sentence_of[start]
    parts, acc, j = [], 0.0, t + 1
    while j < len(found) and len(parts) < MAX_PARTS:
        part_start, part = found[j]
        if part_start not in spans or view.sentence_of[part_start] > home + PARTS_AFTER_SENTENCES:
            break
        value = part.amounts[0] if part.amounts else None
        span = spans[part_start]
        restated = value is not None and abs(value.value - whole.value) <= PARTS_AFTER_TOLERANCE * whole.value
        if restated or running_total_start(view, span.sent, span) is not None:
            j += 1  # no part of it: the total restated, or a running total it is counted in
            continue
        if value is None or value.currency != whole.currency or value.value > whole.value:
            break
        if placed and not part.beneficiaries:
            break
        parts.append((part_start, part))
        acc += value.value
        j = _after_split(inner, j) + 1
        if abs(acc - whole.value) <= PARTS_AFTER_TOLERANCE * whole.value or acc > whole.value:
            break
    if len(parts) > 1 and abs(acc - whole.value) <= PARTS_AFTER_TOLERANCE * whole.value:
        return parts
    return None


def _after_split(inner: dict[int, int], j: int) -> int:
    """The index of the last part of the sum ``found[j]`` split up (in turn, at any depth); ``j`` when it is not."""
    last = j
    while inner.get(last, last) != last:
        last = inner[last]
    return last


def _leads_list_of(view: LetterDoc, total, part) -> bool:
    """Whether the sentence of sum ``total`` leads in the list holding sum ``part``: only items stand between."""
    if total is None or part is None:
        return False
    first, last = view.sentence_of[total.start], view.sentence_of[part.start]
    return all(view.opens_item(view.sents[k]) for k in range(first + 1, last + 1))


def _opens_item_at(view: LetterDoc, span) -> bool:
    """Whether a sum stands in a list item of its own (a bullet or number opens its line before it)."""
    if span is None:
        return False
    sent = span.sent
    return view.opens_item(sent) or any(
        opens_list_item(view.doc, view.text, i) for i in range(sent.start + 1, span.start)
    )


def _attribution_end(view: LetterDoc, sent) -> int:
    """The comma that closes a sentence's opening attribution ("According to information provided to the
    Committee, $450 million ... has not yet been obligated"): its verbs say where the news came from, not
    what became of the money. -1 when the sentence opens with none."""
    # The first two words from the letter's arrays: most sentences open with no attribution.
    lowers, spaces = view.lowers, view.spaces
    opening = tuple(itertools.islice((lowers[i] for i in range(sent.start, sent.end) if not spaces[i]), 2))
    if opening not in ATTRIBUTION_OPENINGS:
        return -1
    words = [t for t in sent if not t.is_space]
    return next((t.i for t in words if t.text == ","), -1)


def _headed_by_recipient(view: LetterDoc, sent, span) -> bool:
    """Whether a sum stands after a list item's run-in heading that names a body, a programme or a
    country ("- International Development Association (IDA): $1.5 billion, the second of three
    installments", "- Kiribati: Outer Islands Health Services, $18 million"): the heading says whom or
    what the money is for."""
    colon = _item_heading_end(view, sent)
    if colon < 0 or span.start < colon:
        return False
    return any(view.spans_in(label, sent.start, colon) for label in ("organisation", "programme", "country"))


NEXT_WORD = re.compile(r"\S")  # the first character of the next word, from a given offset


def _item_heading_end(view: LetterDoc, sent) -> int:
    """The colon that closes a list item's run-in heading ("- Regional programmes in the Sahel: DKK 150
    million"): a word of the heading that reads as a verb ("programmes") is a noun there. -1 when the
    sentence opens no item or its heading is longer than MAX_ITEM_HEADING_WORDS."""
    if not view.opens_item(sent):
        return -1
    words = [t for t in sent if not t.is_space and t.text not in BULLETS]
    colon = next((n for n, t in enumerate(words) if t.text == ":"), None)
    if colon is None or colon > MAX_ITEM_HEADING_WORDS:
        return -1
    # "7. The Panel proposes:" over "(i) that ...": a numbered paragraph's lead-in of items of another kind.
    text, at = view.text, words[colon].idx
    line_end = text.find("\n", at)
    if line_end > 0 and not text[at + 1 : line_end].strip():
        word = NEXT_WORD.search(text, line_end)  # the next line with words, blank ones passed
        below_start = word.start() if word else len(text)
        own, below = enumerator_kinds(view, at), enumerator_kinds(view, below_start)
        if own and below and not own & below:
            return -1
    return words[colon].i


def _table_totals(view: LetterDoc, found: list) -> None:
    """A table's total row ("Total | 122.1") that names no country is for the countries of its rows whose sums
    it adds up: those in its own column; the rows' countries also replace the author's own state, which a
    verbless total row took only for want of a place (received_by_author)."""
    for start, total in found:  # start: the sum's first token
        placed = total.beneficiaries and total.because.beneficiaries not in AUTHOR_FOR_WANT_OF_PLACE
        row = view.table_row(view.doc[start].idx) if total.amounts and not placed else None
        if row is None or not _total_cell(row[1][0].text):
            continue
        parts: list[str] = []
        staged: list[str] = []
        # "Sub-total of grants allocated": a total whose label names a stage adds up the rows at that stage only
        # (where none is at it, "Total earmarked" over planned rows, the label names no choice among them).
        stage = _row_label_status(row)
        for other_start, other in found:
            if other is total or other.because.beneficiaries in AUTHOR_FOR_WANT_OF_PLACE:
                continue  # another total row's, or the author's state a row took for want of a place
            if _same_column(view, row, view.doc[other_start].idx, view.doc[start].idx):
                for code in other.beneficiaries:
                    add_code(parts, code)
                    if other.status == stage:
                        add_code(staged, code)
        parts = staged or parts
        if parts:
            total.beneficiaries[:] = parts
            total.because.beneficiaries = TABLE_TOTAL


def _parts_tabled_below(view: LetterDoc, found: list) -> None:
    """A sum in the text that names no place, in the paragraph that leads in a table with a colon ("... allocations
    totalling USD 310 million. The largest are:"), is for the countries of the table's rows when the sums of its first
    column of sums, in its currency, add up to no more than it (two rows or more, each naming countries)."""
    for start, total in found:
        char = view.doc[start].idx
        if total.beneficiaries or not total.amounts or view.table_row(char) is not None:
            continue
        table = next((t for t in view.tables if t.caption and t.caption.start <= char < t.caption.end), None)
        if table is None or not table.caption.text.rstrip().endswith(":"):
            continue
        whole = total.amounts[0]
        columns: dict[int, list[Commitment]] = {}
        for other_start, other in found:
            row = view.table_row(view.doc[other_start].idx)
            if other.amounts and row is not None and row[0] is table:
                columns.setdefault(_column_of(row[1], view.doc[other_start].idx), []).append(other)
        # The first column of sums holds the parts; a later one tells what became of them ("Paid so far").
        parts = columns[min(columns)] if columns and None not in columns else []
        if (
            len(parts) > 1
            and all(p.beneficiaries and p.amounts[0].currency == whole.currency for p in parts)
            and sum(p.amounts[0].value for p in parts) <= whole.value * (1 + SUM_TOLERANCE)
        ):
            for part in parts:
                for code in part.beneficiaries:
                    add_code(total.beneficiaries, code)
            total.because.beneficiaries = PARTS_TABLED_BELOW


def _same_column(view: LetterDoc, total_row: tuple[Table, tuple], char: int, total_char: int) -> bool:
    """Whether the figure at ``char`` stands in the table of a total's row and, where its row has as many cells,
    in the total's column ("Paid" adds up the paid figures only, not the pledged ones beside them)."""
    table, cells = total_row
    found = view.table_row(char)
    if found is None or not (found[0] is table or _continued_by(found[0], table)):
        return False
    other = found[1]
    return len(other) != len(cells) or column_of(other, char) == column_of(cells, total_char)


def _continued_by(earlier: Table, later: Table) -> bool:
    """Whether ``later`` goes on with ``earlier`` past a page break: it stands below it under the same header
    repeated and a caption that says so ("Table 1 (continued)"), so a total row at its foot adds up both parts' rows;
    two tables of the same columns without it are two tables, each with its own total."""
    return (
        bool(earlier.header)
        and earlier.start < later.start
        and _header_texts(earlier) == _header_texts(later)
        and later.caption is not None
        and bool(set(re.findall(r"[a-z']+", later.caption.text.lower())) & WORDS.continued_marks)
    )


def _header_texts(table: Table) -> list[str]:
    """A table's header cells as words, whatever spacing or line breaks a page's layout gave them."""
    return [" ".join(cell.text.split()).lower() for cell in table.header]


def _total_cell(text: str) -> bool:
    """Whether a row's first cell labels it a total ("Total", "Grand total", "Total loans")."""
    label = text.lower().strip().rstrip(":")
    return label in TOTAL_ROW_WORDS or label.split(" ", 1)[0].rstrip(",:") in TOTAL_FIRST_WORDS


def _same_share_before(found: list, t: int) -> Commitment:
    """The nearest earlier commitment of the same sum for the same countries as ``found[t]``; itself without one."""
    total = found[t][1]
    for _, earlier in reversed(found[:t]):
        if earlier.amounts and _same_sum(earlier, total) and set(earlier.beneficiaries) == set(total.beneficiaries):
            return earlier
    return total


def _countries_of_sum_before(found: list, t: int) -> None:
    """A total split up that names no place ("The CHF 1.5 billion for 2025–2028 will be used in four
    areas:") is the same sum stated before ("Switzerland will provide CHF 1.5 billion for Ukraine"):
    it takes that sum's countries, for its parts to take."""
    total = found[t][1]
    for _, earlier in reversed(found[:t]):
        if earlier.amounts and earlier.beneficiaries and _same_sum(earlier, total):
            total.beneficiaries = list(earlier.beneficiaries)
            total.because.beneficiaries = SAME_SUM_BEFORE
            return


def _parts_of(view: LetterDoc, found: list, spans: dict, t: int, depth: int = 0):
    """The totals split up from ``found[t]`` on, each with the indices of its direct parts (the
    outermost last), or None when the sums after it do not add up to it."""
    start, total = found[t]
    span = spans.get(start)
    if not total.amounts or depth > 2 or span is None:
        return None
    scope = _parts_scope(view, span, {start for start, _ in found})
    nested = scope is None and depth
    if nested:
        scope = span.sent.end  # an item's sum split up in its own sub-items ("1. Energy (EUR 140 million) a) ...")
    if scope is None:
        return None
    whole = total.amounts[0]
    splits: list = []
    parts: list[int] = []
    acc = 0.0
    j = t + 1
    while j < len(found) and len(parts) < MAX_PARTS and found[j][0] < scope:
        part = found[j][1]
        if not part.amounts or part.amounts[0].currency != whole.currency or part.amounts[0].value >= whole.value:
            return None
        if parts and spans.get(found[j][0]) is not None and _introduced_as_part(view, spans[found[j][0]]):
            splits.append((parts[-1], [j]))  # "- Chad: $7 million, of which $4 million for refugees": the part's
            j += 1
            continue
        if nested and not parts and _same_run(view, span, found[j][0]):
            # "X US$30 million and Y US$25 million; b. ... US$5 million": sums of the same list, not sub-items.
            return None
        parts.append(j)
        acc += part.amounts[0].value
        inner = _parts_of(view, found, spans, j, depth + 1)
        if inner is not None:
            splits.extend(inner)
            j = max(p for _, ps in inner for p in ps) + 1
        else:
            j += 1
        if abs(acc - whole.value) <= SUM_TOLERANCE * whole.value:
            return [*splits, (t, parts)] if len(parts) > 1 else None
        if acc > whole.value:
            return None
    ended = j >= len(found) or found[j][0] >= scope
    if ended and len(parts) > 1 and _rest_without_sum(view, spans.get(found[parts[-1]][0]), scope):
        return [*splits, (t, parts)]  # "- EUR 1.5 million for ...; - the remaining amount for ...": the rest of it
    return None


def _rest_without_sum(view: LetterDoc, last, scope: int) -> bool:
    """Whether a list item after the sum ``last``, before ``scope``, gives the rest of the total without a
    figure ("- the remaining amount for mine-action equipment"): the items before it are then its parts."""
    if last is None:
        return False
    doc = view.doc
    for i in range(last.end, min(scope, len(doc))):
        if doc[i].lower_ not in WORDS.remainder_words:
            continue
        item = next((k for k in range(i, last.end - 1, -1) if opens_list_item(doc, view.text, k)), None)
        sent = doc[i].sent
        sums = view.sums_in(item, sent.end) if item is not None else []
        if item is not None and item > last.end and not sums:
            return True
    return False


def _same_run(view: LetterDoc, span, start: int) -> bool:
    """Whether the sum at token ``start`` stands in the same sentence as ``span`` with no list item opening
    between them and no word splitting it up ("of which"): a sum of the same run, not one of its parts."""
    if view.sentence_of[start] != view.sentence_of[span.start] or item_starts(view.doc, span.end, start):
        return False
    return phrase_at([t.lower_ for t in view.doc[span.end : start]], WORDS.total_splitters) is None


def _parts_scope(view: LetterDoc, span, starts: set[int]) -> Optional[int]:
    """Where the parts of a sum may stand until (a token index), when the text splits it up: ", of
    which ..." or a list's lead-in after it ("SEK 330 million is distributed as follows: - ..."), or the
    next sentence opening with its share ("Of this, ...") or a list's lead-in ("The financing comprises:
    - ..."); a list runs on over the sentences that open its items. None when nothing splits it."""
    sents, index = view.sents, view.sentence_of[span.start]
    sent = sents[index]
    nxt = sents[index + 1] if index + 1 < len(sents) else None
    if _split_after(view, span) or _list_colon(view, span.end, sent.end) is not None:
        last = index
    elif nxt is not None and (
        _list_colon(view, nxt.start, nxt.end, before_sums=True) is not None or _splits_before_sums(view, nxt)
    ):
        last = index + 1
    elif (later := _named_list_lead(view, index, starts)) is not None:
        last = later
    elif (later := _list_below(view, index, starts)) is not None:
        last = later
    elif nxt is not None and _opens_split(view, index):
        return nxt.end  # "Of this, EUR 60 million ... and a further EUR 45 million ...": that sentence
    elif (later := _split_below(view, index)) is not None:
        return sents[later].end
    else:
        return None
    # The sentencizer may cut an item's number off ("... people. / 2. / Heating ..."): a mark alone goes on too.
    while last + 1 < len(sents) and (
        view.opens_item(sents[last + 1])
        or not any(t.is_alpha for t in sents[last + 1])
        or _heading_between_items(view, last + 1)
    ):
        last += 1
    return sents[last].end


def _heading_between_items(view: LetterDoc, index: int) -> bool:
    """Whether sentence ``index`` is a short heading line with no sum, after a list item and before
    another ("- Moldova: ... / Housing, education and health in member countries / - Portugal: ..."):
    the list goes on under it."""
    sents = view.sents
    sent = sents[index]
    if index + 1 >= len(sents) or not view.opens_item(sents[index + 1]) or not view.opens_item(sents[index - 1]):
        return False
    words = [t for t in sent if t.is_alpha]
    ends = [t for t in sent if not t.is_space][-1:]
    return (
        0 < len(words) <= MAX_LIST_HEADING_WORDS
        and not view.spans_in("amount", sent.start, sent.end)
        and not (ends and ends[0].text in (".", ";", ":"))
    )


def _named_list_lead(view: LetterDoc, index: int, starts: set[int]) -> Optional[int]:
    """The sentence, a few after a sum's (``index``) with no commitment between, that leads a list in
    naming the money again ("... is providing a further EUR 250 million ... The winter package
    comprises: 1. ..."): "the" or "this", a noun of money, and a colon before any sum; None without one."""
    sents = view.sents
    for k in range(index + 1, min(len(sents), index + 1 + LEAD_AFTER_SENTENCES)):
        sent = sents[k]
        first = first_word(sent)
        words = [t.lower_ for t in view.doc[first : min(sent.end, first + 6)] if t.is_alpha][:3]
        named = bool(words) and words[0] in WORDS.money_anaphors and bool(set(words[1:]) & WORDS.money_nouns)
        if named and _list_colon(view, sent.start, sent.end, before_sums=True) is not None:
            return k
        if any(sent.start <= start < sent.end for start in starts):
            return None
    return None


def _list_below(view: LetterDoc, index: int, starts: set[int]) -> Optional[int]:
    """The first item of a list a few sentences after a sum's (``index``), under a heading of its own, with
    no commitment between ("a total of DKK 1.1 billion ... / Allocations for 2023 / - Niger: DKK 210
    million ..."): its items may split the sum up (``_parts_of`` keeps them only when they add up to it)."""
    sents = view.sents
    for k in range(index + 1, min(len(sents), index + 1 + LIST_BELOW_SENTENCES)):
        sent = sents[k]
        if view.opens_item(sent):
            return k if k > index + 1 else None
        if any(sent.start <= start < sent.end for start in starts):
            return None
    return None


def _list_colon(view: LetterDoc, lo: int, hi: int, before_sums: bool = False) -> Optional[int]:
    """The first colon in tokens [lo, hi) that an item follows (a bullet, a number, a new line), before
    any sum when ``before_sums``; None without one."""
    doc = view.doc
    stop = hi
    if before_sums:
        stop = next((a.start for a in view.sums_in(lo, hi)), hi)
    for i, text in enumerate(view.texts[lo:stop], lo):
        if text == ":" and _bullet_after(doc, i, hi):
            return i
    return None


def _included_in_whole(
    view: LetterDoc, sent_amounts: list, k: int, found: list, group: Optional[VerbGroup], groups: list[VerbGroup]
) -> Optional[str]:
    """The status of the sum that "including" counts the ``k``-th sum in ("USD 45 million is required, including USD 30
    million for schools and USD 15 million for roads": each part joined by "and" too), when the part has no verb of
    its own after the whole and the whole is a commitment; None otherwise."""
    doc = view.doc
    n = k
    while n > 0:
        i = word_before_sum(view, sent_amounts[n])
        if doc[i].lower_ in WORDS.part_openers:
            break
        joined = doc[i].lower_ in ("and", ",")
        free = not any(view.clause_break(j) for j in range(sent_amounts[n - 1].end, i))
        if not (joined and free) or any(sent_amounts[n - 1].end <= g.head < i for g in groups):
            return None
        n -= 1
    if n == 0:
        return None
    whole = sent_amounts[n - 1]
    if any(view.clause_break(j) for j in range(whole.end, i)) or (group is not None and group.head >= whole.start):
        return None
    counted = next((c for start, c in found if start == whole.start), None)
    return counted.status if counted is not None else None


def _whole_status(view: LetterDoc, index: int, span, found: list) -> Optional[str]:
    """The status of the sum a part is split from, when the part follows "of which", "of it" or a sentence opening
    "Of this amount," ("X has committed EUR 95 million ... Of this amount, EUR 38 million is for ...") and the whole
    had a verb of its own; None otherwise."""
    whole = _whole_of(view, index, span, found)
    return None if whole is None or whole.because.status == no_verb.__name__ else whole.status


def _split_went_on(view: LetterDoc, index: int, span, found: list) -> Optional[str]:
    """The stage of a part its sentence sent to a purpose before this sum ("set aside SEK 20 million, of which SEK 12
    million went to school meals; SEK 8 million then went to teachers' housing"): the sums a later clause of the
    split sends on are further parts of the same whole, at that part's stage; None without one."""
    sent_start = view.sents[index].start
    for start, commitment in reversed(found):
        if start < sent_start:
            break
        if start < span.start and commitment.because.status == part_sent_to_purpose.__name__:
            return commitment.status
    return None


def _whole_of(view: LetterDoc, index: int, span, found: list) -> Optional[Commitment]:
    """The commitment a part named as one ("of which", "of it", "Of this amount, ...") is split from: the nearest sum
    before it, in its sentence or the one before, in its currency and larger than it; None when it is no such part."""
    if not (is_part(view, span) or _part_after_opening(view, index, span)):
        return None
    part = amount_value(span)
    lo = view.sents[index - 1].start if index else view.sents[index].start
    for start, commitment in reversed(found):
        if start < lo:
            break
        whole = commitment.amounts[0] if commitment.amounts else None
        if start < span.start and whole is not None and whole.currency == part.currency and whole.value > part.value:
            return commitment
    return None


def _named_parts_to_come(view: LetterDoc, found: list) -> None:
    """ "$11.5 million has been allocated, and the NRC will receive $4.2 million of it": a part named as one of a
    decided whole that a named recipient will receive is allocated to it, decided with the whole, as the parts told
    after a total are (_parts_told_after). Not one told where it will go ("Of this, EUR 200 million will go to
    migration"): that split is still to be made."""
    spans = {span.start: span for span in view.spans("amount")}
    forms = load_cues().forms
    for n, (start, part) in enumerate(found):
        span = spans.get(start)
        if span is None or part.because.status != future.__name__:
            continue
        if forms.get((part.action or "").split(" ")[0], ("", "", ""))[1] != "receive":
            continue
        whole = _whole_of(view, view.sentence_of[start], span, found[:n])
        if whole is not None and whole.status == "adopted" and _use_to_come(view, span, part):
            part.status = "adopted"
            part.because.status = PART_STATUS


def _split_by_decided_part(view: LetterDoc, sent, span, groups: list[VerbGroup]) -> bool:
    """Whether the sum stands in a sentence's opening that names a whole to split ("Of the $300 million Fund within
    the Strategy, $87 million had been committed") and a past verb of deciding or paying governs the part after it."""
    doc = view.doc
    parts = _of_which_parts(view, span) or _parts_named_later(view, sent, span)
    if parts:
        # "X's budget line holds EUR 9 million, of which EUR 4 million was approved in May": the same, split after it;
        # but a cost or a need estimated is no money given ("The cost is estimated at EUR 70 million, of which ...").
        if _estimated_whole(view, sent, span):
            return False
        return any(parts[0].end <= g.start and g.time == "past" and g.cls in ("adopted", "disbursed") for g in groups)
    if _whole_after_its_part(view, span):
        return any(span.end <= g.start and g.time == "past" and g.cls in ("adopted", "disbursed") for g in groups)
    words = [t for t in doc[sent.start : span.start] if not t.is_space]
    if not words or words[0].lower_ != "of" or any(t.text in (",", ";") for t in words):
        return False
    comma = next((t.i for t in doc[span.end : sent.end] if t.text == ","), None)
    later = view.sums_in(comma, sent.end) if comma is not None else []
    if not later:
        return False
    return any(comma < g.head and g.time == "past" and g.cls in ("adopted", "disbursed") for g in groups)


def _whole_after_its_part(view: LetterDoc, span) -> bool:
    """Whether the sum is the whole a sum just before it is named a part of, by "of", a noun of money and "of" ("USD 7
    million of its grant of USD 40 million", "EUR 2 million of the pledge of EUR 9 million")."""
    doc, i = view.doc, span.start - 1
    if i < 3 or doc[i].lower_ != "of" or doc[i - 1].lower_ not in WORDS.money_nouns | WORDS.pledge_nouns:
        return False
    i -= 2
    if doc[i].lower_ in WORDS.determiners:
        i -= 1
    return i > 0 and doc[i].lower_ == "of" and any(s.end == i for s in view.spans_in("amount", span.sent.start, i))


def _parts_named_later(view: LetterDoc, sent, span) -> list:
    """The next sum of the sentence when "of it" after it names it a part of this one, smaller and in its currency
    ("the loan of EUR 30 million ... runs to 2028; EUR 8 million of it is already paid"); [] otherwise."""
    later = view.sums_in(span.end, sent.end)
    after = [t.lower_ for t in view.doc[later[0].end : later[0].end + 2]] if later else []
    # "EUR 4 million of it": the part names its whole; a far "of which" may hang on another noun ("a plan to lend
    # GBP 6 million to the port, of which ...": a plan partly carried out).
    if not later or after[:1] != ["of"] or after[1:] not in (["it"], ["this"], ["that"]):
        return []
    whole, part = amount_value(span), amount_value(later[0])
    same_money = whole is not None and part is not None and whole.currency == part.currency
    return later[:1] if same_money and part.value < whole.value else []


def _estimated_whole(view: LetterDoc, sent, span) -> bool:
    """Whether the words before the sum, in its clause, call it a cost, a need or an estimate ("The cost of the
    terminal is estimated at EUR 70 million", "requirements of USD 4 million"): money still to be found."""
    doc = view.doc
    lo = sent.start
    for i in range(span.start - 1, sent.start - 1, -1):
        if view.breaks_clause(i):
            lo = i + 1
            break
    marks = WORDS.tentative | WORDS.need_nouns | WORDS.plan_cost_nouns
    return any(t.lower_ in marks for t in doc[lo : span.start])


def _part_paid_after(view: LetterDoc, span, groups: list[VerbGroup]) -> bool:
    """Whether "of which" right after the sum opens a part that a past verb of paying out governs ("finances it with a
    grant of USD 30 million, of which USD 17 million had been disbursed"): only that part has gone out."""
    parts = _of_which_parts(view, span)
    return bool(parts) and any(
        parts[0].end <= g.start and g.time == "past" and g.cls in ("disbursed", "receive") for g in groups
    )


def _of_which_parts(view: LetterDoc, span) -> list:
    """The sums after an "of which" right after the sum, in its sentence ("USD 30 million, of which USD 17 million
    ..."); [] when none follows it so."""
    doc = view.doc
    after = [t for t in doc[span.end : min(span.sent.end, span.end + 3)] if t.text != ","]
    if len(after) < 2 or not of_which_between(doc, after[0].i, after[1].i + 1):
        return []
    return view.sums_in(after[1].i + 1, span.sent.end)


def _introduced_as_part(view: LetterDoc, span) -> bool:
    """Whether a sum follows "of which" or "including" at once (bullets and commas aside)."""
    doc = view.doc
    words = [t.lower_ for t in doc[max(0, span.start - 5) : span.start] if not (t.is_space or t.is_punct)]
    return phrase_at(words[-2:], WORDS.total_splitters) is not None or words[-1:] == ["including"]


def _rest_places(view: LetterDoc, last) -> list[str]:
    """The countries cued as helped by the rest of a total after its last part, named with no figure ("... and the
    remainder shared between Y and Z")."""
    sent = last.sent
    for i in range(last.end, sent.end):
        if (view.lowers[i] == "and" or view.clause_break(i)) and rest_opens(view, i):
            return roles_of(view, sent, i, sent.end, None, set()).pos
    return []


def _share_out_totals(view: LetterDoc, sent_amounts: list, found: list) -> None:
    """A total followed by its parts ("EUR 500m ..., of which 170 million for Poland and 3.5
    million for Latvia") benefits the countries of its parts."""
    if len(sent_amounts) < 2:
        return
    first = sent_amounts[0].start
    by_start = {start: commitment for start, commitment in found[-len(sent_amounts) :] if start >= first}
    _give_parts_the_total(sent_amounts, by_start)
    for k, span in enumerate(sent_amounts[:-1]):
        total = by_start.get(span.start)
        if total is None or total.beneficiaries:
            continue
        between = [t.lower_ for t in view.doc[span.end : sent_amounts[k + 1].start]]
        # A lead-in's "as follows" splits the sum up only as far as its parts add up (_share_out_parts).
        if not phrase_at(between, [p for p in WORDS.total_splitters if p != LEAD_SPLITTER]):
            continue
        for later in sent_amounts[k + 1 :]:
            part = by_start.get(later.start)
            for code in part.beneficiaries if part else []:
                add_code(total.beneficiaries, code)
        for code in _rest_places(view, sent_amounts[-1]):
            add_code(total.beneficiaries, code)  # "..., and the remainder shared between Y and Z": the rest's places
        if total.beneficiaries:
            total.because.beneficiaries = PARTS_IN_SENTENCE


def _give_parts_the_total(sent_amounts: list, by_start: dict) -> None:
    """Sums after a total that add up to it ("a $698 million Compact, supported with $649 million
    from the United States and $49 million from Indonesia") are its parts: they go where it goes."""
    for k, span in enumerate(sent_amounts[:-2]):
        total = by_start.get(span.start)
        parts = [by_start.get(later.start) for later in sent_amounts[k + 1 :]]
        if total is None or not total.beneficiaries or any(p is None or not p.amounts for p in parts):
            continue
        whole = total.amounts[0]
        for n in range(2, len(parts) + 1):
            run = parts[:n]
            same = all(p.amounts[0].currency == whole.currency for p in run)
            if same and abs(sum(p.amounts[0].value for p in run) - whole.value) <= SUM_TOLERANCE * whole.value:
                for part in run:
                    if not part.beneficiaries:
                        part.beneficiaries = list(total.beneficiaries)
                        part.because.beneficiaries = PARTS_OF_TOTAL
                return


def _list_lead(view: LetterDoc, sent, groups: list[VerbGroup]) -> Optional[tuple[int, Optional[VerbGroup]]]:
    """The colon and the verb of a lead-in that opens a bulleted list inside the sentence ("The new
    funding will be allocated as follows: - £89 million ..."; no verb: "Of that amount: - ..."); None
    without one."""
    doc = view.doc
    # The lead may hold its own total before its colon ("The funding of SEK 330 million is distributed as
    # follows: - ..."): its colon is the first that a bullet or a new line follows.
    for token in doc[sent.start : sent.end]:
        if token.text == ":" and _bullet_after(doc, token.i, sent.end):
            # "The program, supported by the ECF, is anchored on:": a participle between commas is no lead.
            before = [g for g in groups if g.head < token.i and not _between_commas(doc, g)]
            # "X received the following donations earmarked for specific works:": a participle on the noun
            # before it describes the items; the verb before it leads them in.
            before = [g for g in before if not _on_noun_before(doc, g)] or before
            # "... is invited to approve the programme attached, which includes:": the verb whose object holds the
            # items leads them in, not the relative clause that says what it holds.
            if before and lists_contents(view, before[-1]):
                holder = [g for g in verb_groups(view, sent, load_cues()) if g.head < before[-1].start]
                before = holder[-1:] or before
            return token.i, (before[-1] if before else None)
    return None


def _named_total(view: LetterDoc, span) -> bool:
    """Whether a total noun names the sum just before it, with no colon between ("the total of USD 9 million"; not
    "requires USD 28 million in total: - USD 11 million for shelter", where it ends the lead-in of the list)."""
    doc = view.doc
    words = doc[max(0, span.start - DEFAULT_NAME_WINDOW) : span.start]
    return any(t.lower_ in WORDS.total_nouns and not any(u.text == ":" for u in doc[t.i : span.start]) for t in words)


def _lead_words(view: LetterDoc, sent, colon: int) -> int:
    """How many words a lead-in holds before its colon."""
    return sum(1 for t in view.doc[sent.start : colon] if t.is_alpha)


def _between_commas(doc, group: VerbGroup) -> bool:
    """Whether a verb is a bare participle after a comma (", supported by the ECF,"): a reduced clause."""
    return not group.aux and group.tense == "past" and group.start > 0 and doc[group.start - 1].text == ","


def _on_noun_before(doc, group: VerbGroup) -> bool:
    """Whether a verb is a bare participle right after a noun that a determiner opens ("the following donations
    earmarked for"): a reduced relative, not the clause's verb."""
    if group.aux or group.tense != "past" or group.start < 2:
        return False
    noun = doc[group.start - 1]
    if not (noun.is_alpha and noun.is_lower) or noun.lower_ in WORDS.auxiliaries:
        return False
    return any(t.lower_ in WORDS.determiners for t in doc[max(0, noun.i - 3) : noun.i])


def _bullet_after(doc, i: int, end: int) -> bool:
    """Whether the first word after token ``i`` (before ``end``) is a bullet or opens a new line."""
    nxt = next((t for t in doc[i + 1 : end] if not t.is_space), None)
    return nxt is not None and (is_bullet(doc, nxt.i) or opens_line(doc, nxt.i))


def _own_item_verb(view: LetterDoc, sent, span, colon: int, groups: list[VerbGroup]) -> bool:
    """Whether the bulleted item holding a sum has a main verb of its own ("- £5 million has been
    disbursed to ..."), not only a participle or a relative clause on its nouns (", channelled
    through UNICEF", ", which allocates money ...")."""
    doc = view.doc
    starts = item_starts(doc, colon + 1, sent.end)
    start = max([b for b in starts if b <= span.start], default=colon)
    end = min([b for b in starts if b > span.start], default=sent.end)
    for group in groups:
        if not start < group.head < end:
            continue
        if group.start == span.end and group.tense == "past":
            return True  # "b. the $32 million obligated for ...": the participle on the sum tells its own stage
        opener = doc[group.start - 1]
        # "paid", "- fully disbursed" set off after a comma or a dash (not "will be spent", not "food delivered
        # through WFP", a participle on a noun).
        bare = all(a.endswith("ly") for a in group.aux) and opener.text in (",", "-", "–", "—")
        if bare and group.tense == "past" and doc[group.head].lower_ in WORDS.paid_participles:
            return True  # "- NZ$3 million budget support, paid on 23 February": the item says it went out
        if not group.aux and group.tense == "past" and opener.text != "," and _takes_sum_next(doc, group, span):
            return True  # "- Ruritania set GBP 2 million aside in March": a past verb and its object
        if opener.text == "," or opener.lower_ in WORDS.relative_subjects or (not group.aux and group.tense == "past"):
            continue
        return True
    return False


def _takes_sum_next(doc, group: VerbGroup, span) -> bool:
    """Whether the sum follows the verb at once, an article or "a further" perhaps between ("set GBP 2 million",
    "approved a further EUR 2 million"): the verb's object, so a finite verb, not a participle on a noun."""
    between = [t.lower_ for t in doc[group.head + 1 : span.start] if not t.is_space]
    return span.start > group.head and all(w in WORDS.determiners or w in WORDS.further_words for w in between)


def _equivalents(view: LetterDoc, spans: list) -> tuple[list, dict[int, list]]:
    """Fold a sum restated in another currency ("¥23.5 billion (about US$200 million)") into the
    sum before it: one commitment with both amounts."""
    mains: list = []
    extra: dict[int, list] = {}
    in_words: set[int] = set()  # tokens of a figure restated in words, passed over like glue
    for span in spans:
        if _rate_equation(view, span) or _exchange_rate(view, span):
            # "MNT 340 million (about USD 0.1 million at MNT 3,400 = USD 1)", "(K70 billion at K6,600 to the pound)":
            # a rate is no money given; passed over like glue, the sum before keeps its verb after the bracket.
            in_words.update(range(span.start, span.end))
            continue
        if mains:
            last = extra.get(mains[-1].start, [])[-1:] or [mains[-1]]
            between = [t.lower_ for t in view.doc[last[0].end : span.start] if t.i not in in_words]
            in_words_again = _in_words_same_currency(last[0], span)
            if len(between) <= EQUIVALENT_GAP and "(" in between and in_words_again and _same_value(last[0], span):
                # "GBP 8 million (Pounds Sterling Eight Million)": the figure in words after the currency's name
                # spelled out, its value read whole; the whole bracket is passed over, so a restatement after it
                # (", equivalent to about KES 1.3 billion") still follows the sum. A misread value folds in below.
                closed = _bracket_end(view, span)
                in_words.update(range(last[0].end, closed) if closed > span.end else range(span.start, span.end))
                continue
            glued = all(w in WORDS.equivalent_glue for w in between)
            # A bracket, or a word of equivalence after a comma (", equivalent to about KES 1.3 billion").
            restating = "(" in between or bool(set(between) & WORDS.equivalence_words)
            if len(between) <= EQUIVALENT_GAP and restating and glued:
                if _same_value(last[0], span) or in_words_again:
                    # "AED 918 million (nine hundred and eighteen million UAE dirhams, approximately USD 250 million)":
                    # the figure in words says the sum again; a restatement may follow it in the same bracket.
                    in_words.update(range(span.start, span.end))
                else:
                    extra.setdefault(mains[-1].start, []).append(span)
                continue
        mains.append(span)
    return mains, extra


def _bracket_end(view: LetterDoc, span) -> int:
    """The token after the bracket a sum stands in closes, within its sentence; the sum's end when none closes, or
    another sum stands before the close ("(nine hundred million dirhams, approximately USD 250 million)": that sum
    folds in after the bracket's opening, as any restatement)."""
    doc, end = view.doc, span.sent.end
    close = next((t.i for t in doc[span.end : end] if t.text == ")"), None)
    return close + 1 if close is not None and not view.sums_in(span.end, close) else span.end


def _in_words_same_currency(first, second) -> bool:
    """Whether the second sum is written in words alone, in the first sum's currency ("¥2,340 million (two thousand
    three hundred forty million Japanese yen)"): the figure said again, even where its long words are misread."""
    a, b = amount_value(first), amount_value(second)
    return a is not None and b is not None and a.currency == b.currency and not any(c.isdigit() for c in second.text)


def _same_value(first, second) -> bool:
    """Whether two amount spans hold the same sum in the same currency."""
    a, b = amount_value(first), amount_value(second)
    return a is not None and b is not None and (a.value, a.currency, a.upper) == (b.value, b.currency, b.upper)


def _nearest(groups: list[VerbGroup], span, view: Optional[LetterDoc] = None) -> Optional[VerbGroup]:
    """The main verb nearest to a sum; a participle after a comma ("..., implemented with"), one
    before its agent ("supported by USAID"), one after a break that opens another clause ("Korea
    quadrupled its commitment (to $100 million), while Kenya increased ...") or a relative clause
    after the sum (", which will") counts as further away."""
    if not groups:
        return None
    brackets = _enclosing_brackets(span)
    if brackets is not None and not any(brackets[0] < g.head < brackets[1] for g in groups):
        brackets = None  # no verb of its own in the brackets: the verb outside them is the sum's

    def distance(group: VerbGroup) -> tuple[int, int]:
        d = span.start - group.head if group.head < span.start else group.start - span.end
        doc = span.doc
        bare = not group.aux and group.tense == "past"
        reduced = bare and (
            (group.start > 0 and doc[group.start - 1].text == ",")
            or (group.head + 1 < len(doc) and doc[group.head + 1].lower_ == "by")  # "..., supported by USAID, to"
            # "USD 2.1 million, or 70% of the funds approved for it, had been disbursed": on the noun before it.
            or (group.start > span.end and _on_noun_before(doc, group))
        )
        relative = (
            _relative_on_noun(doc, span, group)
            or _in_content_clause_after(doc, span, group)
            or _object_relative(view, span, group, groups)
            or (view is not None and _later_step_of_decided(view, span, group, groups))
            or (bare and view is not None and _participle_before_passive(view, span, group, groups))
        )
        if view is not None and group.start > span.end and not reduced:
            reduced = any(view.clause_break(i) for i in range(span.end, group.start))
        if view is not None and bare and group.start == span.end and not reduced:
            # "The Trust transferred the last CHF 4 million promised": a bare participle right after the sum says what it
            # was; the verb before it in its clause says what befell it.
            reduced = any(_governs_before(view, span, g) for g in groups if g is not group)
        # "is also announcing the following: - ...: Through a $50 million Initiative, INL will partner":
        # a verb before a colon introduces what follows; the sum's own verb stands after the colon.
        across = group.head < span.start and any(t.text == ":" for t in doc[group.head + 1 : span.start])
        # "USD 434 million was sought, of which USD 317 million ... had been received": the total's verb stands
        # before "of which"; a part's own verb after it says more of the part.
        split = group.head < span.start and of_which_between(doc, group.head + 1, span.start)
        # "PEN 70 million set aside in the budget, of which a third had been spent": the verb after "of
        # which" is the part's, not the whole's.
        part_after = group.start > span.end and of_which_between(doc, span.end, group.start)
        if group.head > span.end and group.start > 0 and doc[group.start - 1].lower_ == "that":
            relative = relative or not group.is_passive()  # "... a storage system that will help": on a noun
        lo, hi = (group.head, span.start) if group.head < span.start else (span.end, group.start)
        other_item = view is not None and any(opens_list_item(doc, view.text, i) for i in range(lo + 1, hi + 1))
        # "the scheme (a loan of EUR 60 million, signed in July) has paid out EUR 25 million": a verb of the
        # brackets the sum stands in is its own; one outside them is the sentence's.
        outside = brackets is not None and not brackets[0] < group.head < brackets[1]
        penalty = (
            RELATIVE_CLAUSE_PENALTY
            if relative
            else COLON_PENALTY
            if across
            else OTHER_ITEM_PENALTY
            if other_item
            else COORDINATED_CLAUSE_PENALTY
            if _coordinated_after(doc, span, group)
            else OF_WHICH_PENALTY
            if (split and any(g.start >= span.end for g in groups)) or part_after
            else BRACKETED_PENALTY
            if _in_brackets(doc, group) or outside
            else REDUCED_CLAUSE_PENALTY
            if reduced
            else 0
        )
        return (max(d, 0) + penalty, 0 if group.head >= span.end else 1)

    return min(groups, key=distance)


def _later_step_of_decided(view: LetterDoc, span, group: VerbGroup, groups: list[VerbGroup]) -> bool:
    """ "has approved a grant of EUR 6 million, which will be transferred by June": a relative clause after the sum that only
    tells a step still to come says nothing against the past verb before it that governs the sum (it was decided), nor
    against a decision in the present ("the Fund accepts a claim for EUR 9 million, which it will settle")."""
    if group.start <= span.end or group.time != "future":
        return False
    if view.doc[group.start - 1].lower_ not in WORDS.relative_subjects:
        return False
    return any(
        (g.time == "past" or g.time == "present" and g.cls == "adopted")
        and not g.purpose
        and g.lemma not in WORDS.announcing_verbs
        and _governs_before(view, span, g)
        for g in groups
        if g is not group
    )


def _governs_before(view: LetterDoc, span, group: VerbGroup) -> bool:
    """Whether a main verb stands before the sum in its clause, a few words away, with no break or other sum between
    ("transferred the last CHF 4 million"); a name's words count as none ("approves an EIB loan of")."""
    if group.purpose or not group.head < span.start:
        return False
    between = range(group.head + 1, span.start)
    if sum(i not in view.covered for i in between) >= MAX_OBJECT_WORDS:
        return False
    other_sum = any(view.spans_in("amount", group.head + 1, span.start))
    return not other_sum and not any(view.breaks_clause(i, comma=True) for i in between)


def _enclosing_brackets(span) -> Optional[tuple[int, int]]:
    """The "(" and ")" around a sum within its sentence ("(a loan of EUR 60 million, signed in July)"), or
    None where the sum stands in none."""
    doc, sent = span.doc, span.sent
    depth, opening = 0, None
    for t in reversed(doc[sent.start : span.start]):
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            if depth == 0:
                opening = t.i
                break
            depth -= 1
    if opening is None:
        return None
    depth = 0
    for t in doc[span.end : sent.end]:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            if depth == 0:
                return opening, t.i
            depth -= 1
    return None


def _coordinated_after(doc, span, group: VerbGroup) -> bool:
    """Whether a verb with its own auxiliary opens a clause that ", and" or ", but" joins right after the sum
    (", and has deployed"): a new finite clause, not the sum's."""
    between = [t for t in doc[span.end : group.start] if not t.is_space]
    return (
        bool(group.aux)
        and len(between) == 2
        and between[0].text == ","
        and between[1].lower_ in WORDS.coordinators
        and doc[group.start].lower_ in WORDS.be_have | WORDS.future_aux
    )


def _in_brackets(doc, group: VerbGroup) -> bool:
    """Whether a bare participle opens a bracketed aside ("(announced 13 February)")."""
    return not group.aux and group.start > 0 and doc[group.start - 1].text == "("


def _second_of_pair(
    view: LetterDoc, sent_amounts: list, k: int, groups: list[VerbGroup], group: Optional[VerbGroup]
) -> bool:
    """Whether sum ``k`` is joined by a bare "and" to the sum before ("USD 45 million and USD 40 million") with no
    verb right after either: both are the objects of the first one's verb, not of a verb further on."""
    if not k or [t.lower_ for t in view.doc[sent_amounts[k - 1].end : sent_amounts[k].start]] != ["and"]:
        return False
    return _verb_after_pair(view, sent_amounts, k - 1, groups) is None and (
        group is None or group.start != sent_amounts[k].end
    )


def _verb_after_pair(view: LetterDoc, sent_amounts: list, k: int, groups: list[VerbGroup]) -> Optional[VerbGroup]:
    """ "of the total pledge, USD 70 million and USD 30 million have been allocated to X and Y respectively": two
    sums joined by "and" with a verb right after the second are its subject together; the verb is the first's too
    (not one before it, across "of which")."""
    if k + 1 >= len(sent_amounts):
        return None
    span, nxt = sent_amounts[k], sent_amounts[k + 1]
    between = [t.lower_ for t in view.doc[span.end : nxt.start]]
    if between != ["and"]:
        return None
    return next((g for g in groups if g.start == nxt.end), None)


def _verb_after_embedded_sum(
    view: LetterDoc, sent_amounts: list, k: int, groups: list[VerbGroup]
) -> Optional[VerbGroup]:
    """ "CAD 2 million of a pledge of CAD 15 million for the decade has been spent": a sum whose phrase runs on,
    by "of" or an aside ("GBP 3 million, along with fees of GBP 200,000, was paid"), into a later sum's
    with no verb or break between, is the subject of the verb right after that later sum's phrase."""
    if k + 1 >= len(sent_amounts):
        return None
    doc, span, nxt = view.doc, sent_amounts[k], sent_amounts[k + 1]
    between = [t.lower_ for t in doc[span.end : nxt.start]]
    aside = _companion_aside(between)
    if between[:1] != ["of"] and not aside:
        return None
    if any(t.text in (",", ";", ":", "(", ")") for t in doc[span.end + 1 : nxt.start]):
        return None
    if any(span.end <= g.head < nxt.start for g in groups):
        return None
    # A bare participle right after the later sum's noun describes that noun ("the USD 100 million loan agreed with
    # the Bank"): the subject's verb is one with its auxiliaries.
    after = next((g for g in groups if g.start >= nxt.end and not (g.tense == "past" and not g.aux)), None)
    if after is None:
        return None
    rest = doc[nxt.end : after.start]
    closed = [t.text for t in rest if t.is_punct] == ([","] if aside else [])
    if not closed or len(rest) > EMBEDDED_SUM_TAIL or view.sums_in(nxt.end, after.start):
        return None
    return after


def _companion_aside(words: list[str]) -> bool:
    """Whether words between two sums open an aside that sets the second beside the first (", together with")."""
    return words[:1] == [","] and any(tuple(words[1 : 1 + len(p)]) == p for p in WORDS.companion_phrases)


def _companion_of_money(view: LetterDoc, sent, sent_amounts: list, k: int) -> bool:
    """Whether an aside sets the next sum beside this one (", along with fees of GBP 200,000,") and that sum is
    named as money: the two are the subject of one verb, money alike."""
    if k + 1 >= len(sent_amounts):
        return False
    doc, span, nxt = view.doc, sent_amounts[k], sent_amounts[k + 1]
    between = [t.lower_ for t in doc[span.end : nxt.start]]
    if not _companion_aside(between):
        return False
    return _named_as_funds(view, nxt) or _has_purpose(view, nxt, sent)


def _joined_later_stage(view: LetterDoc, group: Optional[VerbGroup], groups: list[VerbGroup]) -> Optional[VerbGroup]:
    """ "the loan of EUR 9 million ... had been signed in May and disbursed in full in June": a bare participle
    joined by "and" to the sum's verb shares its auxiliaries, and the payment it names is the stage reached."""
    if group is None or not group.aux or group.cls != "adopted":
        return group
    for later in groups:
        if later.head <= group.head or later.aux or later.tense != "past" or later.cls != "disbursed":
            continue
        if view.doc[later.start - 1].lower_ == "and" and not any(
            view.clause_break(i) for i in range(group.head + 1, later.start - 1)
        ):
            return replace(later, aux=list(group.aux), time=group.time)
    return group


def _denied_later_stage(view: LetterDoc, group: Optional[VerbGroup], groups: list[VerbGroup]) -> Optional[VerbGroup]:
    """ "EUR 5 million has been agreed but is not signed yet": a later step denied right after the sum's verb, joined
    by "but", sharing its auxiliaries, is the stage the money has not reached, and its denial decides (not_yet_done)."""
    if group is None:
        return group
    later = next((g for g in groups if g.head > group.head), None)
    if later is None or not is_negated(view, later):
        return group
    between = view.lowers[group.head + 1 : later.start]
    if between[:1] != ["but"] or not set(between[1:]) <= NEGATIONS | NEGATION_FILLERS:
        return group
    return replace(later, aux=list(group.aux), time=group.time)  # "has been ... formalised": the auxiliaries are shared


def _participle_before_passive(view: LetterDoc, span, group: VerbGroup, groups: list[VerbGroup]) -> bool:
    """ "the grant of EUR 90,000 approved in May for the archive was transferred in June": a bare participle right
    after the sum describes it when a passive with its auxiliary follows in the same clause, the sum's own verb (not
    a part's after "of which": "PEN 9 million set aside in the budget, of which a third had been spent"), unless that
    passive is only still to come or asked for ("the grants of EUR 4 million and EUR 2 million approved for X and Y
    should be paid out": a decided sum whose next step is not yet taken is still the participle's)."""
    if group.start != span.end:
        return False
    decided = group.cls in ("adopted", "disbursed")
    return any(
        later.head > group.head
        and later.aux
        and later.is_passive()
        and not (decided and set(later.aux) & STEP_TO_COME_AUX)
        and not any(view.clause_break(i) for i in range(span.end, later.start))
        and not of_which_between(view.doc, span.end, later.start)
        for later in groups
    )


def _bracketed(view: LetterDoc, span) -> bool:
    """A sum alone in brackets after a name ("Japan ($1.08 billion)"): that name's share of a list."""
    doc = view.doc
    return (
        span.start > 1
        and span.end < len(doc)
        and doc[span.start - 1].text == "("
        and doc[span.end].text == ")"
        and doc[span.start - 2].text[:1].isupper()
    )


def _verb_after_bracketed_list(
    view: LetterDoc, sent, k: int, sent_amounts: list, groups: list[VerbGroup]
) -> Optional[VerbGroup]:
    """ "Japan ($1.08 billion), Germany (€1.3 billion) ... and Canada ($1.21 billion) all increased
    their pledges": the verb after a list of names with their sums in brackets governs every sum of
    the list, not only the last."""
    last = k
    while (
        last + 1 < len(sent_amounts)
        and _bracketed(view, sent_amounts[last + 1])
        and ";" not in view.doc[sent_amounts[last].end : sent_amounts[last + 1].start].text
    ):  # ", and Canada (...)" goes on with the list; only ";" ends it
        last += 1
    if last == k:
        return None
    end = sent_amounts[last + 1].start if last + 1 < len(sent_amounts) else sent.end
    after = [g for g in groups if sent_amounts[last].end <= g.head < end]
    if not after:
        return None
    first = min(after, key=lambda g: g.head)
    if any(view.clause_break(i) for i in range(sent_amounts[last].end, first.start)):
        return None  # "...; Kenya will ...": the verb opens another clause
    return first


def _in_content_clause_after(doc, span, group: VerbGroup) -> bool:
    """ "The loan agreement, signed in 2024 for EUR 14 million, provides that the proceeds be disbursed in four
    instalments": a verb after the sum in a "that" clause another verb opens says what that verb states, with a subject
    of its own; it is not the sum's verb."""
    that = next((i for i in range(span.end + 1, group.start) if doc[i].lower_ in WORDS.complementisers), None)
    # A verb form after a preposition or a determiner reads as a noun ("in grants to X that ...", "the funds that"):
    # a noun's relative clause, not a content clause.
    return that is not None and any(
        is_finite_form(doc[i].lower_) and doc[i - 1].lower_ not in NOUN_LEADS for i in range(span.end, that)
    )


def _relative_on_noun(doc, span, group: VerbGroup) -> bool:
    """ "a $20 million loan to X, which will provide ...": an active relative clause on a noun after
    the sum says what that noun does, not what is done with the money ("EUR 30 million, which will
    be delivered" and "EUR 210 million for X, which should be adopted" are); so does one with its own subject ("NZD 2
    million for the scheme which the board runs")."""
    relative = group.start - 1
    lo = max(span.end, group.start - 1 - RELATIVE_SUBJECT_WORDS)
    while relative > lo and doc[relative].lower_ not in WORDS.relative_subjects and doc[relative].is_alpha:
        relative -= 1  # the relative clause's own subject ("which the water board of Suva runs")
    if relative < group.start - 1 and doc[relative - 1].lower_ in WORDS.money_nouns:
        return False  # "$2 billion in funding which the United States has provided": the clause is the money's
    return (
        relative > span.end
        and doc[relative].lower_ in WORDS.relative_subjects
        and any(t.is_alpha for t in doc[span.end : relative])
        and not group.is_passive()
    )


def _next_list_item(view: LetterDoc, previous, span, groups: list[VerbGroup]) -> Optional[int]:
    """Where the item a sum opens starts, when a ";" divides it from the sum before and no verb of its
    own stands before the sum ("Investments include ... $15 million ..., which will support ...; a $20
    million loan to One Acre Fund, which will provide ..."): the verb the list hangs on governs it
    too, not the relative clauses of the items. None otherwise."""
    cuts = [t.i for t in view.doc[previous.end : span.start] if t.text == ";"]
    if not cuts or any(cuts[-1] < g.head < span.start for g in groups):
        return None
    return cuts[-1]


def _object_relative(view: Optional[LetterDoc], span, group: VerbGroup, groups: list[VerbGroup]) -> bool:
    """ "The EUR 30 million that the European Union committed in 2024 has been fully disbursed": the
    verb of a relative clause with its own subject on the sum's noun phrase says how the sum came
    about; the main verb after the clause says where it stands (not one of another clause: "the EUR 30 million that
    X pledged is not affected, and the Agency expects to approve ...")."""
    doc = span.doc
    own_clause = [
        g
        for g in groups
        if g.head > group.head and not (view and any(view.clause_break(i) for i in range(group.head, g.start)))
    ]
    if group.head <= span.end or not any(_tells_status(g) for g in own_clause):
        return False  # "the $7.5 million that Canada disbursed ... has helped to": "helped" tells nothing
    for i in range(span.end, min(group.start, span.end + OBJECT_RELATIVE_WINDOW)):
        token = doc[i]
        if token.is_punct:
            return False  # ", which ...", "; ...": not a clause on the sum's noun phrase
        if token.lower_ in WORDS.object_relatives:
            return group.start > i + 1  # "that I announced": a subject between
    return False


def _tells_status(group: VerbGroup) -> bool:
    """Whether a verb says where money stands: one of paying, deciding or planning, or any in the future."""
    return group.cls != "action" or group.time == "future"


def _embedded(view: LetterDoc, span, group: Optional[VerbGroup], later: list[VerbGroup]) -> Optional[VerbGroup]:
    """The verb of a "that" clause the sum opens ("decided that EUR 45m will be mobilised")."""
    if group is None or group.head >= span.start or not later:
        return group
    between = view.doc[group.head + 1 : span.start]
    if not any(t.lower_ in WORDS.complementisers for t in between):
        return group
    nxt = min(later, key=lambda g: g.start)
    if any(view.clause_break(i) or view.doc[i].text == "," for i in range(span.end, nxt.start)):
        return group  # "approved that package of EUR 40m, which will ...": a relative clause
    return nxt


def _clause(
    view: LetterDoc, span, group: Optional[VerbGroup], groups: list[VerbGroup], lo: int, hi: int
) -> tuple[int, int]:
    """Narrow [lo, hi) to the sum's own clause: stop at ", and/but/while" or ";" that opens
    another clause with its own verb ("... in Bangladesh, and the remainder will support ..."), or at "and the
    remainder"."""
    left = min(span.start, group.start if group else span.start)
    right = max(span.end, group.head + 1 if group else span.end)
    for i in range(right, hi):
        if view.clause_break(i) and (any(g is not group and i < g.head < hi for g in groups) or rest_opens(view, i)):
            hi = i
            break
        if view.lowers[i] == "and" and rest_opens(view, i):
            # "EUR 5m for X and the remainder shared between Y and Z": the rest's places are not this part's
            hi = i
            break
    for i in range(left - 1, lo - 1, -1):
        if view.clause_break(i) and any(g is not group and lo <= g.head < i for g in groups):
            lo = i + 1
            break
    return lo, hi


def _gapped(view: LetterDoc, lo: int, span, sent) -> bool:
    """Whether the clause after the last ", and" before a sum is only that sum ("..., and a further
    EUR 3m to X"): its verb is the one before. A sum followed by its own auxiliary ("..., and EUR
    5m was frozen") has a verb of its own, if not one of ours."""
    doc = view.doc
    breaks = [i for i in range(lo, span.start) if view.clause_break(i)]
    rest = []
    for t in doc[span.end : sent.end]:
        if t.text in (",", ";", ":"):
            break
        rest.append(t.lower_)
    own_verb = any(w in WORDS.be_have or w in WORDS.future_aux for w in rest)
    if not breaks or own_verb:
        return False
    # "..., Canada CAD 1 million, and the European Union EUR 450,000": a giver's name before the sum, as in the
    # list's other items, leaves the clause with no verb of its own.
    lo = breaks[-1] + 2
    names = {
        i
        for kind in ("country", "organisation")
        for m in view.spans_in(kind, lo, span.start)
        for i in range(m.start, m.end)
    }
    words = doc[lo : span.start]
    if all(t.lower_ in WORDS.gap_words or t.i in names for t in words):
        return True
    # "would cover in a first phase EUR 12 million ..., and in a second phase up to EUR 140 million": a phrase opened
    # by a preposition that also opens one in the clause before mirrors it, the verb left out (no word of it a verb
    # we know, nor a mark of a clause of its own).
    forms = load_cues().forms
    return (
        0 < len(words) <= GAPPED_PHRASE_WORDS
        and words[0].lower_ in PREPOSITIONS
        and any(t.lower_ == words[0].lower_ for t in doc[sent.start : breaks[-1]])
        and not any(t.is_punct or t.lower_ in forms or t.lower_ in WORDS.be_have for t in words)
    )


def _aid_in_kind_valued(view: LetterDoc, span) -> bool:
    """Whether the sum is what aid in kind is valued at ("2 million tons of wheat, valued at about US$ 150 million",
    "relief supplies and two flights, valued at NZ$1.85 million"): the goods given are the money's worth, unless
    the phrase is about trade ("exports of wheat worth ...")."""
    doc, sent = view.doc, span.sent
    i = word_before_sum(view, span)
    if i > sent.start and doc[i].lower_ == "at":
        i -= 1
    if i <= sent.start or doc[i].lower_ not in WORDS.valuing_words:
        return False
    lo = i
    while (
        lo > sent.start
        and i - lo < IN_KIND_WINDOW
        and doc[lo - 1].text not in (";", ":")
        and not view.clause_break(lo - 1)
    ):
        lo -= 1
    words = {t.lower_ for t in doc[lo:i]}
    return bool(words & WORDS.in_kind_nouns) and not words & WORDS.fact_nouns


def _request_of(view: LetterDoc, span) -> bool:
    """Whether a noun of asking names the sum with "of" ("with a combined request of USD 11.2 million", "a
    capitalisation requirement of USD 100 million"): money asked for, planned."""
    before = [t.lower_ for t in view.doc[max(span.sent.start, span.start - 3) : span.start]]
    while before and before[-1] in WORDS.amount_qualifiers:
        before.pop()
    return len(before) >= 2 and before[-1] == "of" and before[-2] in WORDS.asking_nouns


def _estimated_at(view: LetterDoc, span) -> bool:
    """Whether a verb of estimating puts a cost at the sum ("estimates the reimbursement at approximately US$ 2.4
    million"): money foreseen for a purpose, planned."""
    doc = view.doc
    i = span.start - 1
    while i > span.sent.start and doc[i].lower_ in WORDS.amount_qualifiers and doc[i].lower_ != "at":
        i -= 1
    if i <= span.sent.start or doc[i].lower_ != "at":
        return False
    for j in range(i - 1, max(span.sent.start, i - DEFAULT_NAME_WINDOW - 2) - 1, -1):
        if view.breaks_clause(j, comma=True):
            return False
        if doc[j].lower_ in WORDS.estimating_verbs:
            return True
    return False


def _under_talks(view: LetterDoc, span) -> bool:
    """Whether the sum is the subject of "is under discussion" or a like phrase ("A further AUD 5 million is under
    negotiation with the fund"): money being negotiated, planned."""
    words = [t.lower_ for t in view.doc[span.end : min(span.sent.end, span.end + 3)]]
    return len(words) == 3 and words[0] in WORDS.be_forms and words[1] == "under" and words[2] in WORDS.talks_nouns


def _coordinated_with_kept(view: LetterDoc, kept_end: int, span) -> bool:
    """Whether the sum is joined by "and" or "or" alone to the sum kept just before it ("reached USD 96 million and
    USD 71 million respectively"), or across the first sum's time ("$4,000,000 on 10 March 2011 and $1,500,000 on
    2 June 2012", "becomes EUR 10 million in 2026, EUR 13 million in 2027 and EUR 9 million in 2028"): the second
    of a pair, the next of a series by period, is what the first is."""
    if kept_end < 0:
        return False
    joints = (["and"], ["or"], [",", "and"], [",", "or"])  # ", or CHF 6 million in all": the same money
    if view.lowers[kept_end : span.start] in joints:
        return True
    dated = view.spans_in("date", kept_end, span.start)
    if not dated or view.lowers[kept_end] not in PERIOD_PREPOSITIONS or dated[0].start != kept_end + 1:
        return False
    return view.lowers[dated[0].end : span.start] in (*joints, [","])


def _named_as_funds(view: LetterDoc, span) -> bool:
    """A sum called a budget, an envelope or a package ("a budget of CHF 205 million", "a $1 billion
    investment")."""
    if is_named_as(view, span, WORDS.funds | WORDS.paid):
        return True
    after = view.doc[span.end : span.end + 1]  # "a $1 billion investment", "a $20 million loan"
    if len(after) == 1 and after[0].lower_ in WORDS.funds | WORDS.money_nouns:
        return True
    if _in_the_amount_of(view, span) or _worth_of_funds(view, span) or _size_of_funds(view, span):
        return True
    verb = _change_verb(view, span, span.sent)
    if verb is not None and _money_changes(view, verb, span.sent):
        return True  # "Spain's grant rose from EUR 2 million to EUR 5 million": the money's new size
    if _listed_after_money_noun(view, span):
        return True
    # "EUR 50 million in payment appropriations": a budget line after "in" and at most one modifier names the sum as
    # money entered in a budget ("$5 million in new funding" says no more than the sum does: a purpose must).
    words = [t.lower_ for t in view.doc[span.end : min(span.sent.end, span.end + 4)]]
    if words[:1] == ["in"] and any(w in WORDS.budget_lines for w in words[1:3]):
        return True
    # "EUR 41 million of national co-financing": money of a kind the noun after "of" names (a hyphen's parts apart).
    if words[:1] == ["of"]:
        after = [t.lower_ for t in view.doc[span.end + 1 : min(span.sent.end, span.end + 6)] if t.text != "-"]
        if any(w in WORDS.funds | WORDS.money_nouns for w in after[:3]):
            return True
    # "a total $6 billion three-year Seventh Replenishment pledge": the noun after the sum's modifiers.
    nouns = WORDS.funds | WORDS.money_nouns | WORDS.pledge_nouns
    hi = min(span.sent.end, span.end + SUM_MODIFIER_WINDOW)
    return any(view.doc[i].lower_ in nouns and names_sum(view, span.sent, i) for i in range(span.end + 1, hi))


def _noun_or_plural(word: str, nouns: frozenset) -> bool:
    """Whether a lower-cased word is one of ``nouns`` or the plural of one by "s" ("grants", "pledges")."""
    return word in nouns or word.endswith("s") and word[:-1] in nouns


def _listed_after_money_noun(view: LetterDoc, span) -> bool:
    """Whether the sum is an item of an inline list that a noun of money and a colon lead in ("The fund's donors gave
    these grants: CHF 7 million from X, SEK 60 million from Y and EUR 2 million from Z"): each item is such
    money."""
    doc, sent = view.doc, span.sent
    colon = next((i for i in range(span.start - 1, sent.start, -1) if doc[i].text in (":", ";", ".")), None)
    if colon is None or doc[colon].text != ":":
        return False
    nouns = WORDS.funds | WORDS.money_nouns | WORDS.pledge_nouns
    for i in range(colon - 1, max(sent.start, colon - LEAD_NOUN_WINDOW) - 1, -1):
        word = doc[i].lower_
        if _noun_or_plural(word, nouns):
            return True  # "these grants:"
        if doc[i].is_punct and doc[i].text != "'":
            return False
    return False


def _size_of_funds(view: LetterDoc, span) -> bool:
    """Whether the sum is what a noun of funds, the subject, comes to ("The security budget for the games is
    estimated at KES 2 billion", "the allocation amounts to EUR 5 million"), not a gap or a deficit whose
    modifier is such a noun ("the budget deficit stood at")."""
    doc = view.doc
    # Any form of "be" sizes a noun of funds ("Our grant was EUR 2 million"); a need's noun only by the present's.
    i = size_verb_before(view, span, WORDS.be_forms)
    if i is None:
        return False
    if doc[i].lower_.endswith("ing"):
        # "loans totalling CHF 40 million": a participle sizes the noun right before it.
        word, nouns = doc[i - 1].lower_, WORDS.funds | WORDS.money_nouns
        return _noun_or_plural(word, nouns)
    # The subject may run long ("Spain's yearly contribution to the running costs of the joint ... secretariat in
    # its third and fourth years totals"): a nearer start is tried first, then the clause's own.
    return any(_subject_names_funds(view, i, window) for window in (DEFAULT_NEED_WINDOW, SUBJECT_WINDOW))


def _subject_names_funds(view: LetterDoc, i: int, window: int) -> bool:
    """Whether the words up to ``window`` before the size verb at ``i``, within its clause, have a noun of funds or of
    a stage of money as their head."""
    doc, sent = view.doc, view.doc[i].sent
    lo = i
    while lo > sent.start and i - lo < window:
        if view.breaks_clause(lo - 1, comma=True):
            break
        lo -= 1
    # The subject's head noun: its last word before any preposition ("budget" of "The security budget for the
    # games"), the auxiliaries before the verb left out ("is", "has been").
    words = [t.lower_ for t in doc[lo:i]]
    while words and words[-1] in WORDS.be_have | WORDS.auxiliaries:
        words.pop()
    cut = next((k for k, w in enumerate(words) if w in PREPOSITIONS), len(words))
    # "The total allocation to Ceylon for the year is $2,500,000": a total its list's parts and total line state again.
    if set(words[:cut]) & WORDS.total_nouns:
        return False
    # "Disbursements in Kenya reached USD 96 million": a noun of a stage of money comes to the sum as a budget does.
    return bool(words[:cut]) and (words[cut - 1] in WORDS.funds or words[cut - 1] in WORDS.stage_nouns)


def _worth_of_funds(view: LetterDoc, span) -> bool:
    """Whether "worth" sizes a noun of money just before it ("further contributions, together worth about EUR
    800,000, will follow"): the sum is the money's size, not what goods are worth ("products worth $2 billion")."""
    doc, sent = view.doc, span.sent
    i = span.start - 1
    while i > sent.start and doc[i].lower_ in WORDS.amount_qualifiers:
        i -= 1
    if i <= sent.start or doc[i].lower_ not in WORDS.value_words:
        return False
    nouns = WORDS.funds | WORDS.money_nouns
    for j in range(i - 1, max(sent.start, i - WORTH_NOUN_WINDOW) - 1, -1):
        word = doc[j].lower_
        if _noun_or_plural(word, nouns):
            return True
        if not (doc[j].text == "," or doc[j].is_alpha and doc[j].is_lower):
            return False
    return False


def _in_the_amount_of(view: LetterDoc, span) -> bool:
    """Whether "in the amount of" sizes a loan, a grant or another noun of money before it in the sentence ("consider
    a loan operation to finance the Programme ..., in the amount of US$ 300,000,000.00"), not a loss ("damage in the
    amount of"): the nearest such noun decides."""
    doc, sent = view.doc, span.sent
    words = [t.lower_ for t in doc[max(sent.start, span.start - 4) : span.start]]
    if words != ["in", "the", "amount", "of"]:
        return False
    for i in range(span.start - 5, max(sent.start, span.start - 5 - AMOUNT_OF_WINDOW) - 1, -1):
        word = doc[i].lower_
        if word in WORDS.fact_nouns:
            return False
        if word in WORDS.funds | WORDS.money_nouns:
            return True
    return False


def _sized(view: LetterDoc, span, sent) -> bool:
    """Whether the sum is the size of a market, an economy or a trade ("a combined market of 1.3 billion
    people and $3.4 trillion", "bilateral trade of $12 billion") or an economic figure ("agricultural
    exports of approximately $264 million"): "of" after a size or fact noun, with only other figures,
    their nouns and "and" between it and the sum."""
    doc = view.doc
    for i in range(span.start - 1, max(sent.start, span.start - SIZE_WINDOW) - 1, -1):
        token = doc[i]
        if token.lower_ == "of":
            return i > sent.start and doc[i - 1].lower_ in WORDS.size_nouns | WORDS.fact_nouns
        if not (token.like_num or token.lower_ in WORDS.list_glue or token.is_alpha and token.is_lower):
            return False
        if token.lower_ in WORDS.purpose_markers or view.clause_break(i):
            return False
    return False


def _named_as_fact(view: LetterDoc, span, sent) -> bool:
    """A sum that an economic noun names just after it ("$10 billion in annual revenue", "$7.5
    million in new sales", "$7 billion in exposure"), a price ("$1 per test"), a ceiling ("capped at
    $35"), a ratio ("$1 for every $2") or a saving ("saving families over $200 a month"): a figure,
    not money given to a purpose."""
    words = [t.lower_ for t in view.doc[span.end : min(sent.end, span.end + FACT_NOUN_WINDOW + 1)]]
    before = [
        t.lower_ for t in view.doc[max(sent.start, span.start - 3) : span.end]
    ]  # "no more than" may open the span
    if words[:1] == ["per"] and words[1:2] and words[1] not in TIME_UNITS and set(before) & PRICE_CUES:
        return True  # "for no more than $1 per test": a price, not a sum given ("$60 million per year" is)
    lead = before[: span.start - max(sent.start, span.start - 3)]
    if any(a in WORDS.limit_verbs and b == "at" for a, b in zip(lead, lead[1:])):
        return True  # "the cost of insulin is now capped at $35": a ceiling, not money given
    if (span.start > sent.start and view.doc[span.start - 1].lower_ == "every") or words[:2] == ["for", "every"]:
        return True  # "match $1 for every $2 contributed": a ratio, not a sum given
    if _saved(view, span, sent):
        return True
    if words[:1] and words[0] in WORDS.size_nouns and not (len(words) > 1 and words[1].isalpha()):
        return True  # "its position as a USD 4 trillion economy": a size; "a $5 million trade facility" is money
    if _sized(view, span, sent) or _size_worth(view, span, sent) or _changed_to(view, span, sent):
        return True
    if _changed_by(view, span, sent) or _rate_changed(view, span, sent):
        return True
    if _fact_total(view, span, sent) or _part_of_fact(view, span, sent):
        return True
    if not words or words[0] not in ("in", "of"):
        return False
    for word in words[1:]:
        if word in WORDS.fact_nouns:
            return True
        if not word.isalpha() or word in WORDS.purpose_markers or word in WORDS.beneficiary_cues:
            break  # "$1.6 billion of transactions supporting exports to Africa": the money helps
    return _fact_noun_after_modifiers(view, span, sent)


def _scale_left_out(view: LetterDoc, span) -> bool:
    """Whether a scale word the sum did not take in stands right after it ("Rs. 5 crores" read as Rs. 5, where the
    sum is less than the scale itself): the sum's size is misread, so it gives no commitment."""
    if span.end >= len(view.doc):
        return False
    word = view.doc[span.end].lower_
    scales = _word_scales()
    factor = scales.get(word) or (scales.get(word[:-1]) if word.endswith("s") else None)
    value = amount_value(span)
    return bool(factor) and value is not None and value.value < factor


@functools.lru_cache(maxsize=1)
def _word_scales() -> dict[str, float]:
    """The scale words of the amounts' vocabulary and their factors ("million", "crore"), not their one- and
    two-letter marks."""
    return {r["text"]: r["factor"] for r in load_amount_data()["scale"] if len(r["text"]) > 3}


def _part_of_fact(view: LetterDoc, span, sent) -> bool:
    """Whether the sum is a part, after "of which", of a total named as a figure ("the external debt reached USD 8
    billion, of which some USD 5 billion is owed to banks"): a share of a figure is a figure too."""
    doc = view.doc
    i = span.start - 1
    while i > sent.start and doc[i].lower_ in WORDS.amount_qualifiers:
        i -= 1
    if i - 1 <= sent.start or not of_which_between(doc, i - 1, i + 1):
        return False
    totals = view.sums_in(sent.start, i - 1)
    return bool(totals) and _named_as_fact(view, totals[-1], sent)


def _fact_noun_after_modifiers(view: LetterDoc, span, sent) -> bool:
    """Whether a fact noun ends a longer noun phrase after "in" ("nearly $20 million in U.S. small business goods
    and services sales"): only lower-case words, a country's name and "and" between; a noun of money, a mark or a
    word of purpose first makes the sum money given ("$5 million in grants for exports")."""
    doc = view.doc
    if span.end >= sent.end or doc[span.end].lower_ != "in":
        return False
    countries = {i for c in view.spans_in("country", span.end + 1, sent.end) for i in range(c.start, c.end)}
    money = WORDS.funds | WORDS.money_nouns | WORDS.pledge_nouns
    for i in range(span.end + 1, min(sent.end, span.end + 1 + FACT_PHRASE_WINDOW)):
        word = doc[i].lower_
        if word in WORDS.fact_nouns:
            return True
        if i in countries:
            continue
        if not (doc[i].is_alpha and doc[i].is_lower) or word in money:
            return False
        if word in WORDS.purpose_markers or word in WORDS.beneficiary_cues:
            return False
    return False


def _fact_total(view: LetterDoc, span, sent) -> bool:
    """Whether the sum is what an economic figure came to ("exports to China amounted to only USD 124 million",
    "bilateral trade reached USD 1.4 billion"): a verb of totalling right before it whose subject, in its clause,
    is a trade or economy noun (not one a purpose names: "aid for trade amounted to")."""
    doc = view.doc
    i = span.start - 1
    if i > sent.start and doc[i].lower_ == "at" and doc[i - 1].lower_ in WORDS.fact_nouns:
        return True  # "places total damage and losses at RD$ 18,000 million": what a loss comes to, no money given
    # "amounted to only USD 124 million": qualifiers and adverbs between the verb and the sum.
    while i > sent.start and (
        doc[i].lower_ in WORDS.amount_qualifiers or doc[i].is_lower and doc[i].text.endswith("ly")
    ):
        i -= 1
    if i > sent.start and doc[i].lower_ in ("to", "at"):
        i -= 1
    if i <= sent.start or doc[i].lower_ not in WORDS.need_verbs or doc[i].lower_ in WORDS.be_forms:
        return False
    j = i - 1
    while j > sent.start and (doc[j].is_title or doc[j].lower_ in ("of", "the")):
        j -= 1  # "the debt of Peru reached": whose debt it is
    if doc[j].lower_ in WORDS.stock_nouns:
        return True  # "the external debt reached USD 8 billion": what is owed, no money given
    nouns = WORDS.fact_nouns | WORDS.size_nouns
    for j in range(i - 1, max(sent.start, i - FACT_TOTAL_WINDOW) - 1, -1):
        if view.breaks_clause(j, comma=True):
            return False
        if doc[j].lower_ in nouns:
            return j == sent.start or doc[j - 1].lower_ not in WORDS.purpose_markers
    return False


def _changed_by(view: LetterDoc, span, sent) -> bool:
    """Whether the sum is how much an economic figure moves ("boost African exports to the United States by
    $1 billion", "grow two-way trade by $5 billion"): "by" right before it and a trade or economy noun (not
    one a purpose names) before that in its clause; "increase its contribution by $200 million" is money given."""
    doc = view.doc
    i = span.start - 1
    while i > sent.start and doc[i].lower_ in WORDS.amount_qualifiers:
        i -= 1
    if i <= sent.start or doc[i].lower_ != "by":
        return False
    nouns = WORDS.fact_nouns | WORDS.size_nouns
    money = WORDS.funds | WORDS.money_nouns | WORDS.pledge_nouns
    for j in range(i - 1, max(sent.start, i - CHANGE_WINDOW) - 1, -1):
        if view.breaks_clause(j, comma=True):
            break
        if doc[j].lower_ in WORDS.shortfall_words:
            return True  # "revenue fell short of the budget by $372 million": a gap, no money given
    for j in range(i - 1, max(sent.start, i - CHANGE_WINDOW) - 1, -1):
        word = doc[j].lower_
        if view.breaks_clause(j, comma=True) or word in money:
            return False  # "increase its funding for trade by $20 million": the money's own noun comes first
        if word in nouns:
            return j == sent.start or doc[j - 1].lower_ not in WORDS.purpose_markers
    return False


def _rate_changed(view: LetterDoc, span, sent) -> bool:
    """Whether the sum is a change to what each one gets ("a $900 increase to the maximum Pell Grant award",
    "a $50 rise in the average benefit"): a noun of change and a rate's modifier right after it; the sum is
    a rate, not money given."""
    words = [t.lower_ for t in view.doc[span.end : min(sent.end, span.end + 4)]]
    if len(words) < 3 or words[0] not in WORDS.change_nouns or words[1] not in ("to", "in", "of"):
        return False
    rest = words[3:] if words[2] in WORDS.determiners else words[2:]
    return bool(rest) and rest[0] in WORDS.rate_modifiers


def _size_worth(view: LetterDoc, span, sent) -> bool:
    """Whether the sum is what an economy or a market is worth ("its economy, now worth about $460 billion,
    grew"), whatever verb the sentence has."""
    doc = view.doc
    i = span.start - 1
    while i > sent.start and doc[i].lower_ in WORDS.amount_qualifiers:
        i -= 1
    if i <= sent.start or doc[i].lower_ not in WORDS.value_words:
        return False
    before = [t.lower_ for t in doc[max(sent.start, i - SIZE_WORTH_WINDOW) : i] if t.is_alpha]
    return bool(set(before) & WORDS.size_nouns)


def _changed_to(view: LetterDoc, span, sent) -> bool:
    """Whether the sum is where a figure moved to or from ("the price ... has risen from 50 US cents to USD 2",
    "has doubled, to USD 60"): "from ... to" after a verb of change, or "to" right after one with no object."""
    verb = _change_verb(view, span, sent)
    return verb is not None and not _money_changes(view, verb, sent)


def _change_verb(view: LetterDoc, span, sent) -> Optional[int]:
    """The verb of change whose "from ... to" or bare "to" the sum ends ("has risen from 50 US cents to USD 2",
    "has doubled, to USD 60"); None where no such verb moves it."""
    doc = view.doc
    i = span.start - 1
    while i > sent.start and doc[i].lower_ in WORDS.amount_qualifiers and doc[i].lower_ != "to":
        i -= 1
    lo = max(sent.start, i - CHANGE_WINDOW)
    words = [t.lower_ for t in doc[lo:i]]
    verb = next((k for k in range(i - 1, lo - 1, -1) if doc[k].lower_ in WORDS.change_verbs), None)
    if verb is None:
        return None
    if i > sent.start and doc[i].lower_ == "from" and span.end < sent.end and doc[span.end].lower_ == "to":
        return verb  # "has risen from 50 US cents to USD 2": where the figure moved from is no sum given either
    if i <= sent.start or doc[i].lower_ != "to":
        return None
    if words[-2:-1] and words[-1] == "," and words[-2] in WORDS.change_verbs:
        return verb  # "the price of a bag ... has more than doubled, to around USD 60": the verb takes no object
    return verb if "from" in words else None


def _money_changes(view: LetterDoc, verb: int, sent) -> bool:
    """Whether the subject of a verb of change is a noun of money ("The yearly grant we give the Trust has doubled"),
    the first noun of money or of a figure of the clause before any preposition deciding: "the price of the grant"
    is a figure, a price, not the grant."""
    doc = view.doc
    money = WORDS.funds | WORDS.money_nouns | WORDS.pledge_nouns
    figures = WORDS.fact_nouns | WORDS.size_nouns | WORDS.price_nouns
    lo = verb
    # A subject's noun stands as far before a verb of change as before a verb that sizes a need.
    while lo > max(sent.start, verb - DEFAULT_NEED_WINDOW) and not view.breaks_clause(lo - 1, comma=True):
        lo -= 1
    words = [t.lower_ for t in doc[lo:verb]]
    cut = next((k for k, w in enumerate(words) if w in PREPOSITIONS), len(words))
    head = next((w for w in words[:cut] if w in money | figures), None)
    return head is not None and head in money


def _valued(view: LetterDoc, span, sent) -> bool:
    """Whether a sum is what something is worth ("products worth approximately $2.8 billion"), not
    a noun of money's size ("a package worth £478 million", "contributions, together worth EUR 800,000")."""
    doc = view.doc
    i = span.start - 1
    while i > sent.start and doc[i].lower_ in WORDS.amount_qualifiers:
        i -= 1
    return i > sent.start and doc[i].lower_ in WORDS.value_words and not _worth_of_funds(view, span)


def _saved(view: LetterDoc, span, sent) -> bool:
    """Whether a sum is what people save ("saving 100,000 families over $200 a month")."""
    doc = view.doc
    for j in range(span.start - 1, max(sent.start, span.start - SAVING_WINDOW) - 1, -1):
        token = doc[j]
        if token.lower_ in WORDS.saving_verbs:
            return True
        if token.is_punct and token.text != "-":
            return False
    return False


def _has_purpose(view: LetterDoc, span, sent) -> bool:
    """Whether "for"/"to" follows a sum closely: money attached to a purpose. A name counts as one
    word, however many it has ("$3 million in Burkina Faso to enhance ...")."""
    covered, words = view.covered, 0
    doc = view.doc
    for t in doc[span.end : sent.end]:
        if t.i in covered and t.i - 1 in covered and t.i > span.end:
            continue  # a further word of the same name
        if _in_duration(doc, t.i, sent.end):
            continue  # "$190.4 million over five years to support ...": the period, not the purpose
        if t.lower_ in WORDS.purpose_markers:
            return True
        words += 1
        if words >= PURPOSE_WINDOW:
            return False
    return False


# The words between a range's two sums, each with the word that must stand before the first sum (None: any): "from
# USD 2 to USD 3", "USD 2 to 3"; "and" only after "between" ("between $2 and $3"), else it joins two sums.
RANGE_LINKS = {"to": None, "and": "between"}
MAX_SUM_TOKENS = 6  # the most tokens one sum spans ("US$ 1.5 million", "KES 450")


def _per_unit(view: LetterDoc, span) -> bool:
    """Whether "per" and a unit other than a period follow the sum ("US$ 3 per dose", "$10 per person"):
    a price or a rate; "$100 million per year" is money given each year."""
    doc = view.doc
    after = [t for t in doc[span.end : min(len(doc), span.end + 3)] if not t.is_space]
    link = after[0].lower_ if after else None
    before = doc[span.start - 1].lower_ if span.start > 0 else None
    if len(after) >= 2 and link in RANGE_LINKS and RANGE_LINKS[link] in (None, before):
        # "lifted the stipend from KES 300 to KES 450 per trainee": the range's first end is a rate as its last.
        starting = view.spans_in("amount", after[1].i, min(len(doc), after[1].i + MAX_SUM_TOKENS))
        last = next((s for s in starting if s.start == after[1].i), None)
        return last is not None and _per_unit(view, last)
    return (
        len(after) >= 2 and after[0].lower_ == "per" and after[1].is_alpha and after[1].lower_ not in WORDS.period_nouns
    )


def _threshold(view: LetterDoc, span) -> bool:
    """Whether a sum is a threshold a plural noun of things is sorted by ("all projects above AMD 5 billion",
    "contracts exceeding EUR 1 million"), not money given; money nouns keep theirs ("grants over USD 5 million")."""
    doc, sent = view.doc, span.sent
    i = span.start
    if doc[i].lower_ not in WORDS.threshold_words:
        i -= 1  # the sum's span may hold its qualifier or not
    if i - 1 < sent.start or doc[i].lower_ not in WORDS.threshold_words:
        return False
    noun = doc[i - 1]
    plural = noun.is_alpha and noun.is_lower and noun.lower_.endswith("s") and len(noun) > 3
    return plural and noun.lower_ not in WORDS.funds | WORDS.money_nouns | WORDS.pledge_nouns


def _cap_of_each(view: LetterDoc, span, sent, before: list) -> bool:
    """Whether the sum caps what each one gets from a far larger sum before it, whose purpose it stands in ("plan
    to contribute up to $4 million to provide capital of up to $5,000 to entrepreneurs"): a per-person
    award, not money given."""
    doc = view.doc
    i = span.start - 1
    while i > sent.start and doc[i].lower_ in WORDS.amount_qualifiers:
        i -= 1
    capped = [t.lower_ for t in doc[i + 1 : span.end]][:2] == ["up", "to"]  # "up to" is the span's or before it
    value = amount_value(span)
    if not capped or doc[i].lower_ != "of" or value is None:
        return False
    for whole in before:
        whole_value = amount_value(whole)
        if whole_value is None or whole_value.currency != value.currency:
            continue
        purpose = any(t.lower_ in WORDS.purpose_markers for t in doc[whole.end : span.start])
        if purpose and whole_value.value >= MIN_CAP_RATIO * value.value:
            return True
    return False


def _exchange_rate(view: LetterDoc, span) -> bool:
    """Whether a currency follows the sum as what it is worth in ("R18,90 to the US dollar", "1.08 against the
    euro"): an exchange rate; not a place or body named after a currency word ("to the euro area")."""
    from extractor.nlp.amounts import currency_tables  # the nlp package imports spaCy: only when extracting

    signs, words, codes = currency_tables()
    doc = view.doc
    after = [t for t in doc[span.end : min(len(doc), span.end + RATE_WORDS + 1)] if not t.is_space]
    if not after or after[0].lower_ not in WORDS.rate_prepositions:
        return False
    rest = [t for t in after[1:] if t.lower_ not in WORDS.determiners]
    # "debt relief of USD 29.9 million to Sierra Leone": a country's name holding a currency word is a recipient.
    countries = {
        i for c in view.spans_in("country", span.end, span.end + RATE_WORDS + 2) for i in range(c.start, c.end)
    }
    for n, token in enumerate(rest[:2]):
        if token.i in countries:
            return False
        if token.lower_ in words or token.text in codes:
            nxt = rest[n + 1] if n + 1 < len(rest) else None
            return nxt is None or not (nxt.is_alpha and nxt.is_lower and nxt.lower_ not in PREPOSITIONS)
    return False


def _rate_equation(view: LetterDoc, span) -> bool:
    """Whether an equals sign ("MNT 3,400 = USD 1") or "per" ("MNT 3,400 per 1 USD") joins the sum to another sum
    right beside it: an exchange rate written as an equation or a price of the one currency in the other, each side
    of it no money given."""
    doc = view.doc
    after = [t for t in doc[span.end : min(len(doc), span.end + 2)] if not t.is_space]
    before = [t for t in doc[max(0, span.start - 2) : span.start] if not t.is_space]
    if after[:1] and after[0].text == "=" and view.spans_in("amount", after[0].i + 1, after[0].i + 3):
        return True
    if after[:1] and after[0].lower_ == "per" and view.sums_in(after[0].i + 1, after[0].i + 3):
        return True  # "NGN 1,500 per 1 USD": a price of one sum of money in another, not "USD 5 per 1,000 people"
    joined = bool(before) and (before[-1].text == "=" or before[-1].lower_ == "per")
    return joined and bool(
        view.sums_in(before[-1].i - 2, before[-1].i)
        if before[-1].lower_ == "per"
        else view.spans_in("amount", before[-1].i - 2, before[-1].i)
    )


def _in_duration(doc, i: int, end: int) -> bool:
    """Whether token ``i`` is in a duration ("over five years", "for 3 months"): a preposition, a number,
    a noun of time."""
    for lo in range(max(0, i - 2), i + 1):
        words = doc[lo : min(end, lo + 3)]
        if (
            len(words) == 3
            and words[0].lower_ in WORDS.duration_prepositions
            and (words[1].like_num or words[1].lower_ in WORDS.number_words)
            and words[2].lower_ in WORDS.period_nouns
        ):
            return True
    return False


def _restated_in_other_currency(view: LetterDoc, span, earlier: list) -> bool:
    """Whether a sum follows "equivalent to/of" after a sum in another currency in its sentence: that sum
    again ("$250 million ..., an IDA credit equivalent to SDR 187.4 million"; alone, "an amount
    equivalent to SDR 2.242 billion" is the sum itself)."""
    doc = view.doc
    before = [t.lower_ for t in doc[max(span.sent.start, span.start - 2) : span.start]]
    if len(before) != 2 or before[0] not in WORDS.equivalence_words or before[1] not in ("to", "of"):
        return False
    own = amount_value(span)
    return any(own and amount_value(a) and amount_value(a).currency != own.currency for a in earlier)


def _split_after(view: LetterDoc, span) -> bool:
    """Whether parts of a sum follow it at once ("SEK 120 million, of which", "$500 million, including")."""
    doc = view.doc
    words = [t for t in doc[span.end : span.end + 4] if t.text != ","]
    phrase = phrase_at([t.lower_ for t in words[:2]], WORDS.total_splitters)
    if phrase is None or not words[0].i == span.end + (doc[span.end].text == ","):
        return False
    if phrase[0] in ("of", "among", "as"):
        return True  # "as follows": "allocations totalling US$90 million, as follows: X US$50 million, ..."
    # "including" opens parts only when a sum follows ("$512 million, including $141 million for ..."),
    # not a purpose ("NZ$21 million, including the upgrade of ...").
    after = words[len(phrase) - 1].i + 1
    nxt = next((t.i for t in doc[after : after + 4] if not (t.is_space or t.text in BULLETS or t.text == ":")), None)
    return nxt is not None and any(a.start == nxt for a in view.spans_in("amount", nxt, len(doc)))


def _part_after_opening(view: LetterDoc, index: int, span) -> bool:
    """Whether a sum follows a sentence's opening that splits up the sum before ("Of this amount, USD 1.05 billion
    is needed inside Sudan"): a part; not the sum the opening names again ("Of the Bank's USD 210 million, ...")."""
    if index == 0 or not _opens_split(view, index - 1):
        return False
    sent = view.sents[index]
    comma = next((t.i for t in sent if t.text == ","), None)
    return comma is not None and span.start > comma


def _in_part_before(view: LetterDoc, k: int, lo: int, group: VerbGroup, span) -> bool:
    """Whether the verb stands between the sentence's sum before (``k`` > 0) and this one, an "of which" clause on
    the sum before among them ("a loan of EUR 12 million, signed in 2019, of which 40% has been paid out, and a
    grant of EUR 3 million"): the verbs of that sum and its part, not this sum's. The first sum has none before.
    A verb right before the sum, nothing but words between, is the part's own ("of which the Treasury has released
    EUR 12 million": this sum is the part)."""
    if not (k > 0 and group.head < span.start and of_which_between(view.doc, lo, span.start)):
        return False
    between = view.doc[group.head + 1 : span.start]
    return any(t.is_punct or t.lower_ in WORDS.coordinators for t in between)


def _in_item_before(view: LetterDoc, sent, group: VerbGroup, span) -> bool:
    """Whether the verb is that of a part ("of which") in the item before, in a list a colon leads in and ";" parts
    ("Funding so far: GBP 12 million from the Treasury, of which GBP 3 million has been paid; GBP 2 million
    from the Trust"): the part's verb, not this sum's."""
    doc = view.doc
    if not group.head < span.start or not any(t.text == ";" for t in doc[group.head + 1 : span.start]):
        return False
    marks = [t.i for t in doc[sent.start : group.head] if t.text in (":", ";")]
    return bool(marks) and of_which_between(doc, marks[-1], group.head)


def _own_promise(view: LetterDoc, sent, span, group: Optional[VerbGroup], author, author_country) -> bool:
    """Whether the author's own state is named as the subject of a verb of promising ("Chile pledged $15 million ..."
    in Chile's letter): its own decision, told as taken."""
    if group is None or group.lemma not in WORDS.promising_verbs or author_country is None:
        return False
    actor, rule = decide_actor(ActorCase(view, sent, group, author, sum=span))
    return rule == named_subject.__name__ and actor == author_country


def _inline_list_lead(
    view: LetterDoc, sent, span, groups: list[VerbGroup]
) -> Optional[tuple[int, Optional[VerbGroup]]]:
    """The colon and the verb (None if it has none of ours) leading in an inline list whose items ";" parts ("Funding
    so far: GBP 12 million ..., of which GBP 3 million has been paid; GBP 2 million from the Trust"):
    each item's sum is its object, not that of the item's verb before it; None outside such a list."""
    doc = view.doc
    colon = next((t.i for t in doc[sent.start : span.start] if t.text == ":"), None)
    if colon is None or not any(t.text == ";" for t in doc[colon + 1 : span.start]):
        return None
    before = [g for g in groups if g.head < colon]
    return colon, (before[-1] if before else None)


def _part_after_of_which(view: LetterDoc, kept_end: int, span) -> bool:
    """Whether ", of which" joins the sum to the sum kept just before it, a share perhaps between ("EUR 12 million, of
    which 25% (EUR 3 million) goes to training"): a part of that sum, money shared out."""
    if kept_end < 0 or span.start - kept_end > SPLIT_PART_GAP:
        return False
    return of_which_between(view.doc, kept_end, span.start)


def _split_below(view: LetterDoc, index: int) -> Optional[int]:
    """The last sentence of a split of the sum in sentence ``index`` that opens a few sentences below it, after
    sentences with no sum ("... totalling US$38.5 million ... The package is the largest ... / Of the total,
    US$22 million ... A further US$9.5 million ... The remaining US$7 million ..."): the sentences after the
    opening one that go on with more, the rest of it or sums named as money ("Grants of ...") are the split's too.
    None without such an opening."""
    sents = view.sents
    for k in range(index + 1, min(len(sents) - 1, index + LEAD_AFTER_SENTENCES)):
        if view.sums_in(sents[k].start, sents[k].end):
            return None
        if not _opens_split(view, k):
            continue
        last = k + 1
        while last + 1 < len(sents) and view.next_in_paragraph(last):
            sent = sents[last + 1]
            first = next(iter(view.sums_in(sent.start, sent.end)), None)
            words = {t.lower_ for t in view.doc[sent.start : first.start]} if first is not None else set()
            # "Grants of US$4.8 million and US$3.1 million will support ...": a sum the sentence names as money
            # goes on with the split as "A further" does (the parts must still add up to the total).
            if not words & (WORDS.further_words | WORDS.remainder_words | WORDS.money_nouns):
                break
            last += 1
        return last
    return None


LEAD_SPLITTER = ("as", "follows")  # the words of a lead-in that splits up the sum before ("... as follows: ...")


def _splits_before_sums(view: LetterDoc, sent) -> bool:
    """Whether a sentence says, before its first sum, that it splits up the sum before it ("The resources are
    distributed as follows: USD 60 million for ...")."""
    first = next(iter(view.sums_in(sent.start, sent.end)), None)
    if first is None:
        return False
    words = [t.lower_ for t in view.doc[sent.start : first.start] if not (t.is_space or t.is_punct)]
    # Only a lead-in's "as follows": "of which", "including" that far from the sum split up the sentence's own.
    return phrase_at(words, {LEAD_SPLITTER}) is not None


def _opens_split(view: LetterDoc, index: int) -> bool:
    """Whether the next sentence opens by splitting up a sum before it ("Of this amount, ...",
    "Of the new funding, ...")."""
    nxt = view.sents[index + 1]
    lowers, spaces = view.lowers, view.spaces  # read once for the letter: no Token object a word
    words = list(itertools.islice((lowers[i] for i in range(nxt.start, nxt.end) if not spaces[i]), 2))
    return len(words) == 2 and words[0] == "of" and words[1] in WORDS.split_determiners


def _undertaking(view: LetterDoc, index: int, groups, author, author_country) -> Optional[Action]:
    """An action (no money): an actor that will, should, or did act."""
    doc, sent = view.doc, view.sents[index]
    call = addressee_call(view, sent)
    for group in groups:
        if group.cls == "receive" or group.lemma in WORDS.money_only_lemmas:
            continue  # "found it consistent", "consolidates its position": verbs of ours only with a sum
        if group.purpose and (call is None or group.head != call[1]):
            continue  # a purpose clause, except the action asked for in "I request X to .."
        modality = modality_of(view, sent, group)
        asked = call if call is not None and group.head == call[1] else None
        actor, actor_rule = decide_actor(ActorCase(view, sent, group, author, explicit=True, call=asked))
        if asked is not None:
            modality = "call"
        else:
            if actor is None:
                continue
            if group.time == "present" or group.time == "progressive":
                continue  # ongoing work ("we are working") is a fact, not an undertaking
        status, status_rule = decide_status(StatusCase(group, modality))
        roles = roles_of(view, sent, group.start, sent.end, group, view.programme_tokens)
        case = BeneficiaryCase(view, sent, index, roles, author_country, group, author=author)
        beneficiaries, beneficiary_rule = decide_beneficiaries(UNDERTAKING_RULES, case)
        period, deadline = _dates(view, sent.start, sent.end)
        return Action(
            id="",
            actor=actor,
            action=_action(view, group),
            beneficiaries=beneficiaries,
            regions=roles.regions,
            programme=_programme(view, sent.start, sent.end),
            purpose=_purpose(view, sent, group.head, None, set()),
            period=period,
            deadline=deadline,
            status=status,
            modality=modality,
            evidence=view.grounding(index),
            because=ActionBecause(actor=actor_rule, status=status_rule, beneficiaries=beneficiary_rule),
        )
    if call is not None and call[1] < sent.end and doc[call[1]].is_alpha:
        # "I invite Member States to report ...": the verb asked for need not be in our lexicon.
        roles = roles_of(view, sent, call[1], sent.end, None, view.programme_tokens)
        status, status_rule = decide_status(StatusCase(None, "call"))
        case = BeneficiaryCase(view, sent, index, roles, author_country, author=author)
        beneficiaries, beneficiary_rule = decide_beneficiaries(CALL_RULES, case)
        period, deadline = _dates(view, sent.start, sent.end)
        actor, actor_rule = decide_actor(ActorCase(view, sent, None, author, explicit=True, call=call))
        return Action(
            id="",
            actor=actor,
            action=doc[call[1]].lower_,
            beneficiaries=beneficiaries,
            regions=roles.regions,
            programme=_programme(view, sent.start, sent.end),
            purpose=_purpose(view, sent, call[1], None, set()),
            period=period,
            deadline=deadline,
            status=status,
            modality="call",
            evidence=view.grounding(index),
            because=ActionBecause(actor=actor_rule, status=status_rule, beneficiaries=beneficiary_rule),
        )
    return None


def _purpose(view: LetterDoc, sent, amount_end: int, group: Optional[VerbGroup], covered: set[int]) -> Optional[str]:
    """The "to support ..." / "for ..." clause that says what the money is for (``covered``: the
    entity tokens that cannot start it; undertakings pass none)."""
    doc = view.doc
    start = None
    active = group is not None and not set(group.aux) & WORDS.be_have
    if active and group.head >= amount_end and group.cls in ("disbursed", "action") and not group.purpose:
        start = group.head
    else:
        lowers = view.lowers  # read once for the letter: a Token object only after "to", "for", "aimed"
        for i in range(amount_end, sent.end):
            if i + 1 >= sent.end:
                break
            word = lowers[i]
            if word not in ("to", "for", "aimed"):
                continue
            nxt = doc[i + 1]
            if (
                word == "to"
                and nxt.is_alpha
                and not nxt.is_title
                and nxt.i not in covered
                and nxt.lower_ not in WORDS.cue_skip
            ):
                start = i
                break
            if word == "for" and nxt.i not in covered and nxt.is_alpha and not nxt.is_title:
                start = i
                break
            if word == "aimed" and nxt.lower_ == "at":
                start = i
                break
    if start is None:
        return None
    texts, lowers = view.texts, view.lowers
    end = start
    while end < sent.end and end - start < DEFAULT_PURPOSE_TOKENS:
        if texts[end] in WORDS.purpose_stops:
            break
        if texts[end] == "," and end + 1 < sent.end and lowers[end + 1] in WORDS.purpose_stop_after_comma:
            break
        end += 1
    text = doc[start:end].text.strip().rstrip(".,;: ")
    return text or None


def _dates(view: LetterDoc, lo: int, hi: int) -> tuple[Optional[str], Optional[str]]:
    """(period, deadline) of tokens [lo, hi) as EDTF."""
    doc = view.doc
    period = deadline = None
    for span in view.spans_in("date", lo, hi):
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


def _action(view: LetterDoc, group: Optional[VerbGroup]) -> Optional[str]:
    """The verb phrase of a commitment: the lemma, with its particle ("set up")."""
    if group is None:
        return None
    doc = view.doc
    nxt = doc[group.head + 1].lower_ if group.head + 1 < len(doc) else ""
    after = doc[group.head + 2].lower_ if group.head + 2 < len(doc) else ""
    # "mobilise up to EUR 1 billion": "up to" qualifies the sum, it is no particle of the verb.
    return f"{group.lemma} {nxt}" if nxt in WORDS.particles and not (nxt == "up" and after == "to") else group.lemma


def _programme(view: LetterDoc, lo: int, hi: int) -> Optional[str]:
    """The first programme named in tokens [lo, hi)."""
    for span in view.spans_in("programme", lo, hi):
        return span._.norm or span.text
    return None


@dataclass
class Restatement:
    """A sum of the same value and currency as an earlier commitment of the letter: ``earlier``
    and ``later`` are (amount span, commitment) pairs."""

    view: LetterDoc
    earlier: tuple
    later: tuple


KEEP_BOTH = "both"
KEEP_EARLIER = "earlier"
KEEP_LATER = "later"


def further_sum(case: Restatement) -> Optional[str]:
    """ "another $10 billion", "an additional EUR 3 billion": more money, a commitment of its own."""
    return KEEP_BOTH if is_further(case.view, case.later[0]) else None


def differing_beneficiaries(case: Restatement) -> Optional[str]:
    """Two sums of the same value for different countries are two commitments."""
    first, second = case.earlier[1].beneficiaries, case.later[1].beneficiaries
    if TABLE_TOTAL in (case.earlier[1].because.beneficiaries, case.later[1].because.beneficiaries):
        return None  # a table's total row has its rows' countries, not a text's sum's own: summed_up_in_table decides
    return KEEP_BOTH if first and second and set(first) != set(second) else None


def labelled_again(case: Restatement) -> Optional[str]:
    """ "... of which EUR 41 million for Burkina Faso" then "- Burkina Faso (EUR 41 million): ...": a sum in brackets
    after the name of the one country it was stated for labels that share again."""
    view, span = case.view, case.later[0]
    if span.start < 2 or view.doc[span.start - 1].text != "(" or len(case.earlier[1].beneficiaries) != 1:
        return None
    lo = max(0, span.start - 1 - MAX_COUNTRY_TOKENS)
    country = next((c for c in view.spans_in("country", lo, span.start) if c.end == span.start - 1), None)
    return KEEP_EARLIER if country is not None and country._.norm == case.earlier[1].beneficiaries[0] else None


def share_of_sum(case: Restatement) -> Optional[str]:
    """ "of which EUR 3 billion", "EUR 3 billion of it": a part, kept beside its total."""
    doc = case.view.doc
    span = case.later[0]
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
    return KEEP_BOTH if after in (["of", "it"], ["of", "which"]) or before == ["of", "which"] else None


def title_then_body(case: Restatement) -> Optional[str]:
    """A press release's title, among the short lines above its text ("UN relief chief releases $32 million
    from emergency fund for the Sahel and for people fleeing Sudan"), whose sum the text then states: the
    text's commitment stands, whatever places the title names."""
    earlier, later = case.earlier[0].start_char, case.later[0].start_char
    # A title over the dateline is said again even by the key points under it; they, by the text.
    return KEEP_LATER if any(earlier < end <= later for end in _head_ends(case.view)) else None


HEAD_ENDS_MEMO = "commitments.head_ends"


def _head_ends(view: LetterDoc) -> tuple[int, int]:
    """Where a document's heading (``_heading_end``) and its head end in its body, once per letter: the head is
    the heading, then any short lines above the first line of text; 0 without either."""
    if HEAD_ENDS_MEMO not in view.memo:
        from extractor.nlp.amounts import document_head  # the nlp package imports spaCy: the query path must not

        start = _heading_end(view)
        rest = view.text[start:]
        head = document_head(rest)
        view.memo[HEAD_ENDS_MEMO] = (start, start + (len(rest) - len(rest.lstrip()) + len(head) if head else 0))
    return view.memo[HEAD_ENDS_MEMO]


def _heading_end(view: LetterDoc) -> int:
    """Where the lines the reader found over the date line as a title or lede (``parts.heading``) end in the
    body, which they open; 0 without them."""
    heading = view.letter.parts.heading
    if not heading:
        return 0
    last = heading.splitlines()[-1]
    at = view.text.find(last)
    return at + len(last) if at >= 0 else 0


def headline_then_body(case: Restatement) -> Optional[str]:
    """A headline's sum ("FACT SHEET: ... Announces $10 Billion Investment", "$3 Billion to
    Strengthen Vaccine Confidence.") or a run-in heading's ("$600 Million to increase vaccinations:
    IHS will invest $600 million ...") that the body then states: the body's commitment stands."""
    earlier, later = case.earlier[0], case.later[0]
    headline = _in_headline(case.view, earlier) or _run_in_then_body(case.view, earlier, later)
    return KEEP_LATER if headline and not _in_headline(case.view, later) else None


def deck_then_body(case: Restatement) -> Optional[str]:
    """A sum in the deck under a document's headline ("More than $950 million announced today will create ...")
    that the body then states: the body's commitment stands (after back_reference: a body's "the new $800
    million package" refers back to the lead's sum, which stands)."""
    earlier, later = case.earlier[0], case.later[0]
    return KEEP_LATER if _under_headline(case.view, earlier) and not _under_headline(case.view, later) else None


def answered_below(case: Restatement) -> Optional[str]:
    """A note that "puts off the NZD 7 million asked for" above a quoted or forwarded message whose writer hopes for
    "a further NZD 7 million": a sum the covering note or reply states, said again in the message it
    forwards or quotes below, is the same money; the note's own statement stands. Where the message below states
    that value twice ("$2 million to schools", "$2 million to the power company"), the note's cannot say which."""
    view, earlier, later = case.view, case.earlier[0], case.later[0]
    between = view.text[earlier.end_char : later.start_char].lower()
    if not QUOTED_MESSAGE_MARK.search(between) or _refers_back(view.doc, earlier):
        return None  # "the NZ$1 million" in a reply names the quoted sum as known: back_reference keeps the quoted one
    value = amount_value(later)
    below = [v for v in map(amount_value, view.spans_in("amount", earlier.end, len(view.doc))) if v is not None]
    return KEEP_EARLIER if value is not None and sum(same_amount(v, value) for v in below) == 1 else None


def back_reference(case: Restatement) -> Optional[str]:
    """ "this $10 billion", "the EUR 3 billion", "these funds, $3 billion": the sum stated before; or stated after,
    where a reply stands above the message it answers ("We confirm that the NZ$3,000,000 was received" over the
    quoted "NZ$3 million direct budget support, paid on 23 February")."""
    view, earlier, later = case.view, case.earlier[0], case.later[0]
    if _refers_back(view.doc, later):
        return KEEP_EARLIER
    between = view.text[earlier.end_char : later.start_char].lower()
    quoted = bool(QUOTED_MESSAGE_MARK.search(between))
    return KEEP_LATER if quoted and _refers_back(view.doc, earlier) else None


def held_back_then_told(case: Restatement) -> Optional[str]:
    """ "USD 3 million stays frozen until the inspection" then "asks that the frozen USD 3 million now be paid" or
    "the remaining USD 3 million arrived": the same sum held back, then what became of it; one commitment, at the
    stage the later statement gives it."""
    return KEEP_LATER if case.earlier[1].action in WORDS.held_back_actions else None


def _refers_back(doc, span) -> bool:
    """Whether a demonstrative or "the" names a sum as one already known ("the EUR 3 billion", "these funds, $3
    billion", "The new $800 million assistance package")."""
    before = [t.lower_ for t in doc[max(0, span.start - 3) : span.start] if not t.is_punct]
    if before and before[-1] in WORDS.money_anaphors:
        return True
    return (
        len(before) >= 2 and before[-2] in WORDS.money_anaphors and before[-1] in WORDS.money_nouns | BACKREF_ADJECTIVES
    )


def sized_again_in_purpose(case: Restatement) -> Optional[str]:
    """ "a $300 million MoU with Africa 50 to facilitate up to $300 million in EXIM financing": the same sum in the
    purpose ("to VERB") right after it, in one clause with no other sum between, says what that money does."""
    view, earlier, later = case.view, case.earlier[0], case.later[0]
    if earlier.sent.start != later.sent.start or not 0 < later.start - earlier.end <= PURPOSE_RESTATED_WINDOW:
        return None
    between = view.doc[earlier.end : later.start]
    if view.spans_in("amount", earlier.end, later.start) or any(t.text in (";", ":") for t in between):
        return None
    purpose = any(a.lower_ == "to" and b.is_alpha and b.is_lower for a, b in zip(between, between[1:]))
    return KEEP_EARLIER if purpose else None


def named_again_with_the(case: Restatement) -> Optional[str]:
    """ "The additional funding of SEK 330 million is distributed as follows" after "Sida is allocating an
    additional SEK 330 million": a money noun made definite, "of" the sum, names the sum stated before
    ("additional" in it says so of the first statement, not of this one)."""
    doc = case.view.doc
    span = case.later[0]
    before = [t.lower_ for t in doc[max(span.sent.start, span.start - 5) : span.start]]
    if len(before) < 3 or before[-1] != "of" or before[-2] not in WORDS.money_nouns:
        return None
    return KEEP_EARLIER if any(w in WORDS.money_anaphors for w in before[-5:-2]) else None


def same_purpose(case: Restatement) -> Optional[str]:
    """The same sum for the same purpose, said again ("... more than $1.2 billion to stop the flow of
    illicit fentanyl into American communities; ..." in two paragraphs): one commitment. The
    purpose is the one found, or the words that follow the sum up to the next punctuation."""
    first, second = case.earlier[1].purpose, case.later[1].purpose
    if first and second and _words(first) == _words(second):
        return KEEP_EARLIER
    tail = _tail(case.view, case.earlier[0])
    return KEEP_EARLIER if len(tail) >= HEADLINE_WORDS and tail == _tail(case.view, case.later[0]) else None


def said_to_be_for_them(case: Restatement) -> Optional[str]:
    """ "- South Sudan: $6 million, for returnees ..." then "$6 million is for South Sudan": a sum said to be
    for the same countries as the same sum before it tells where that money goes, not new money."""
    first, second = case.earlier[1].beneficiaries, case.later[1].beneficiaries
    if not first or set(first) != set(second):
        return None
    after = [t.lower_ for t in case.view.doc[case.later[0].end : case.later[0].end + 2]]
    return KEEP_EARLIER if len(after) == 2 and after[0] in WORDS.be_forms and after[1] == "for" else None


def summed_up_in_table(case: Restatement) -> Optional[str]:
    """ "Financing at a glance (USD million) ... SAPZ Phase II (Nigeria) | ADB | 210.0" after the text stated
    "A USD 210 million loan to ... Nigeria", or "In total, the four countries will receive USD 1.744 billion"
    under a table whose total row is 1,744: a sum in a table and the same sum in the text are one sum."""
    view = case.view
    in_table = view.table_row(case.later[0].start_char) is not None
    # "The Council also granted a further CHF 7 million" below a row of 7.0: more money (further_sum). Above the
    # table, a further sum is what the table goes on to detail, so the two stay one.
    if not in_table and is_further(view, case.later[0]):
        return None
    return KEEP_EARLIER if in_table != (view.table_row(case.earlier[0].start_char) is not None) else None


def equivalent_column_repeats(case: Restatement) -> Optional[str]:
    """ "United Arab Emirates | USD | 100,000 | 100,000" under "Pledged | USD eq.": a row's sum given again in a column
    of equivalents, when the sum is already in that currency, is the same money; so is one given again in the row's
    total column when it is the row's only sum ("Chad | 2,400 | - | 2,400" under "Relief | Loans | Total")."""
    view = case.view
    earlier, later = view.table_row(case.earlier[0].start_char), view.table_row(case.later[0].start_char)
    if earlier is None or later is None or earlier[1] != later[1]:
        return None
    table, row = later
    column = next((k for k, cell in enumerate(row) if cell.start <= case.later[0].start_char < cell.end), None)
    if column is None or len(table.header) != len(row):
        return None
    words = set(re.findall(r"[a-z]+\.?", table.header[column].text.lower()))
    return KEEP_EARLIER if words & (WORDS.equivalent_column_words | WORDS.total_nouns) else None


def summary_list(case: Restatement) -> Optional[str]:
    """ "Highlights of the package / - Concessional loan: US$22 million / - Grants: US$9.5 million ...", or "Key
    figures / - New financing approved: EUR 21 million / - Disbursements: EUR 27.3 million" over the text: a list
    every sum of which (two or more) the text states outside it sums up what the text says; the text's stands."""
    if _in_summary_list(case.view, case.later[0]):
        return KEEP_EARLIER
    return KEEP_LATER if _in_summary_list(case.view, case.earlier[0]) else None


def _in_summary_list(view: LetterDoc, span) -> bool:
    """Whether a sum stands in a list whose every sum (two or more) the text states outside the list as well."""
    sents, index = view.sents, view.sentence_of[span.start]
    # The sentencizer may run a heading into the items under it ("Highlights of the package - Kenya: ...").
    inner = [i for i in item_starts(view.doc, sents[index].start, span.start) if is_bullet(view.doc, i - 1)]
    if not view.opens_item(sents[index]) and not inner:
        return False
    first = last = index
    while first > 0 and (view.opens_item(sents[first - 1]) or _heading_between_items(view, first - 1)):
        first -= 1
    while last + 1 < len(sents) and (view.opens_item(sents[last + 1]) or _heading_between_items(view, last + 1)):
        last += 1
    lo, hi = sents[first].start, sents[last].end
    if first == index and not view.opens_item(sents[index]):
        lo = inner[0] - 1  # from the first bullet: the heading run into the sentence is no item
    # A summary's items are short labels ("Grants: US$9.5 million"); a fact sheet's items are sentences that may
    # state the same figure for another purpose ("an initial investment of $1 million to help secure ...").
    doc = view.doc
    # An item ends at the next line (a paragraph after the list may run into its last item's sentence).
    lines = {i for i in range(lo, hi) if opens_line(doc, i) and not doc[i].is_space}
    bounds = sorted({lo, hi, *(s.start for s in sents[first : last + 1])} | set(item_starts(doc, lo, hi)) | lines)
    for a, b in zip(bounds, bounds[1:]):
        money = view.sums_in(a, b)
        if money and sum(t.is_alpha for t in doc[a:b]) > MAX_SUMMARY_ITEM_WORDS:
            return False
    listed = [v for v in map(amount_value, view.spans_in("amount", lo, hi)) if v is not None]
    outside = [*view.spans_in("amount", 0, lo), *view.spans_in("amount", hi, len(view.doc))]
    # Each listed sum a statement of its own outside ("- Mali: $6 million / - South Sudan: $6 million" is no summary
    # of "... $6 million is for South Sudan").
    said = Counter((v.value, v.currency) for v in map(amount_value, outside) if v is not None)
    return len(listed) > 1 and not Counter((v.value, v.currency) for v in listed) - said


def summary_section(case: Restatement) -> Optional[str]:
    """ "SUMMARY / - We recommend a further $10 million ..." over a memorandum's body that then states the $10
    million: a section headed as a summary says again what the body says; the body's statement stands."""
    earlier, later = (_in_summary_section(case.view, pair[0].start_char) for pair in (case.earlier, case.later))
    return KEEP_LATER if earlier and not later else KEEP_EARLIER if later and not earlier else None


def _in_summary_section(view: LetterDoc, char: int) -> bool:
    """Whether the nearest heading above a position (a short paragraph of its own, no stop at its end) names a
    summary ("SUMMARY", "Key points", "Executive summary")."""
    paragraphs = [p.strip() for p in view.text[:char].split("\n\n")][:-1]
    for paragraph in reversed(paragraphs):
        if paragraph and len(paragraph.split()) <= MAX_HEADING_WORDS and paragraph[-1] not in ".!?:;":
            words = tuple(re.findall(r"[a-z]+", paragraph.lower()))
            return words in WORDS.summary_headings
    return False


# A title's or headline's places may be wider than the text's (a release about several places): never the sum's.
HEADLINE_RULES = frozenset({title_then_body.__name__, headline_then_body.__name__, deck_then_body.__name__})
RESTATEMENT_RULES = (
    title_then_body,
    summary_list,
    summary_section,
    differing_beneficiaries,
    summed_up_in_table,
    equivalent_column_repeats,
    answered_below,
    labelled_again,
    named_again_with_the,
    further_sum,
    share_of_sum,
    headline_then_body,
    held_back_then_told,
    back_reference,
    deck_then_body,
    sized_again_in_purpose,
    same_purpose,
    said_to_be_for_them,
)


def _fold_restatements(view: LetterDoc, found: list) -> list[Commitment]:
    """Commitments in text order, a later reference back to the same sum folded into it ("a total
    and each of its parts are each a commitment; a later reference back to the same sum is not a
    new one"). The one kept names the deciding rule in ``because.restated``."""
    spans = {span.start: span for span in view.spans("amount")}
    kept: list[tuple] = []
    for start, commitment in found:
        later = (spans.get(start), commitment)
        if later[0] is None or not commitment.amounts:
            kept.append(later)
            continue
        folded = False
        for n in range(len(kept) - 1, -1, -1):
            earlier = kept[n]
            if earlier[0] is None or not _same_sum(earlier[1], commitment):
                continue
            decision, rule = decide(RESTATEMENT_RULES, Restatement(view, earlier, later))
            if decision in (KEEP_EARLIER, KEEP_LATER):
                survivor, gone = (earlier, later) if decision == KEEP_EARLIER else (later, earlier)
                survivor[1].because.restated = rule
                if not survivor[1].beneficiaries and gone[1].beneficiaries and rule not in HEADLINE_RULES:
                    # "USD 30 million to each of the three countries ... For Honduras, this allocation is distributed
                    # as follows: ... Total | 30,000,000": where one statement of the sum names its places, it has them.
                    survivor[1].beneficiaries = list(gone[1].beneficiaries)
                    survivor[1].because.beneficiaries = SAME_SUM_RESTATED
                if survivor[1].because.status == no_verb.__name__ and gone[1].because.status != no_verb.__name__:
                    # A survivor with no verb (a table's total row, a sum in a heading) takes the status of the
                    # statement of the same sum that has one ("TOTAL | 780,000" then "this sum was voted in March").
                    survivor[1].status = gone[1].status
                    survivor[1].because.status = gone[1].because.status
                if rule == summed_up_in_table.__name__:
                    _rows_take_stated_total(view, kept, survivor, gone)
                if decision == KEEP_LATER:
                    del kept[n]
                    kept.append(later)
                folded = True
                break
        if not folded:
            kept.append(later)
    return [c for _, c in kept]


def _rows_take_stated_total(view: LetterDoc, kept: list, survivor: tuple, gone: tuple) -> None:
    """The verbless rows above a table's total row take the status the text gives the same sum ("The total value of
    the awards is COP 1.2 trillion" ... "Claro | 437,510 ... Total | 1,200,000"): the rows are the parts of a sum the
    text says what became of, as a total's parts with no verb of their own take its stage."""
    stated = survivor[1]
    if stated.because.status == no_verb.__name__:
        return
    total = next((s for s in (survivor[0], gone[0]) if view.table_row(s.start_char) is not None), None)
    row = view.table_row(total.start_char) if total is not None else None
    if row is None or not _total_cell(row[1][0].text):
        return
    table, cells = row
    column = _column_of(cells, total.start_char)
    for span, commitment in kept:
        if span is None or span.start_char >= total.start_char or not table.start <= span.start_char < table.end:
            continue
        own = view.table_row(span.start_char)
        if own is None or _column_of(own[1], span.start_char) != column:
            continue  # "0.20" in a "per dose" column beside the row's share: a rate, no part of the total
        if commitment is not stated and commitment.because.status == no_verb.__name__:
            commitment.status = stated.status
            commitment.because.status = ROW_OF_STATED_TOTAL
            if not commitment.beneficiaries and len(stated.beneficiaries) == 1:
                # "NOK 60 million to Malawi" over an annex's rows that name no country: the parts of money for one
                # country are for it (not where the sum is for several: each row may be for one of them).
                commitment.beneficiaries = list(stated.beneficiaries)
                commitment.because.beneficiaries = ROW_OF_STATED_TOTAL


def _column_of(cells: tuple, char: int) -> Optional[int]:
    """The index of the cell of a table row that holds the character at ``char``; None outside every cell."""
    return next((n for n, cell in enumerate(cells) if cell.start <= char < cell.end), None)


def _same_sum(first: Commitment, second: Commitment) -> bool:
    """Whether two commitments state the same value in the same currency."""
    return same_amount(first.amounts[0], second.amounts[0])


def _tail(view: LetterDoc, span) -> list[str]:
    """Lower-case words after a sum, up to the next punctuation mark or the end of its sentence."""
    words = []
    for t in view.doc[span.end : span.sent.end]:
        if t.is_punct or t.is_space:
            break
        words.append(t.lower_)
    return words


def _words(text: str) -> list[str]:
    """Lower-case words of a text, punctuation and spacing aside."""
    return re.findall(r"\w+", text.lower())


def _run_in_then_body(view: LetterDoc, earlier, later) -> bool:
    """Whether ``earlier`` stands in a run-in heading (a line's words before its first colon) and
    ``later`` in the text after that colon on the same line."""
    if _item_headed_by(view, earlier, later):
        return True
    text = view.text
    line_start = text.rfind("\n", 0, earlier.start_char) + 1
    line_end = text.find("\n", earlier.end_char)
    line_end = len(text) if line_end < 0 else line_end
    colon = text.find(":", line_start, line_end)
    if colon < earlier.end_char or not colon < later.start_char < line_end:
        return False
    return len(text[line_start:colon].split()) <= RUN_IN_WORDS


def _item_headed_by(view: LetterDoc, earlier, later) -> bool:
    """Whether a bulleted item opens with the sum ``earlier`` and states ``later`` after its heading's
    colon ("- $125 million for efforts to ...: HHS will award $125 million"), however long the heading."""
    sent = earlier.sent
    opening = next((t.i for t in sent if not (t.is_space or t.text in BULLETS)), None)
    if later.sent.start != sent.start or opening != earlier.start or not view.opens_item(sent):
        return False
    return any(t.text == ":" for t in view.doc[earlier.end : later.start])


def _under_headline(view: LetterDoc, span) -> bool:
    """Whether a sum stands in the first sentence of the paragraph right under a headline, its deck ("More than
    $950 million announced today will create ..." under "FACT SHEET: ... Generated More than $4.2 Billion ...")."""
    text = view.text
    line_start = text.rfind("\n", 0, span.start_char) + 1
    if span.sent.start_char > line_start or not text[:line_start].endswith("\n\n"):
        return False  # not the paragraph's first sentence, or no paragraph break above it
    above_end = len(text[:line_start].rstrip("\n"))
    above_start = text.rfind("\n", 0, above_end) + 1
    # The document's headline, not a section's heading: no sentence of text stands above it, only labels
    # ("THE WHITE HOUSE", the date line).
    labels = [line for line in text[:above_start].splitlines() if line.strip()]
    if any(line.rstrip().endswith((".", "!", "?")) for line in labels):
        return False
    return _title_case(text[above_start:above_end])


def _title_case(text: str) -> bool:
    """Whether a line is in title case ("Historic $10 Billion Investment to Expand Access")."""
    counts = title_case_counts(text)
    return counts is not None and counts[1] >= HEADLINE_WORDS


def _in_headline(view: LetterDoc, span) -> bool:
    """Whether a sum stands in a headline: the part of its sentence on its own line is in title
    case ("Historic $10 Billion Investment to Expand Access", "$3 Billion to Strengthen ...")."""
    text = view.text
    sent = span.sent
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    lo = max(sent.start_char, line_start)
    hi = min(sent.end_char, len(text) if line_end < 0 else line_end)
    return _title_case(text[lo:hi])
