"""The relation stages' lexicons: word lists and cue phrases kept as data, one file per family.

Each family (``commitments``, ``route_ties``, ``undertakings``) is a TSV in ``lexicon/`` with one entry per row
under a header row of known columns (``kind``, ``entry``, ``value``, ``forms``; see the file's
own header). The kinds a family may hold, and the shape of each, are declared here; the loader
refuses unknown columns, unknown kinds, malformed entries and duplicate rows, so a typo cannot
silently empty a list. Code reads a kind as an attribute: ``load_lexicon("commitments").people``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Optional

from extractor.errors import LexiconError

LEXICON_DIR = Path(__file__).with_name("lexicon")
COLUMNS = ("kind", "entry", "value", "forms")
REQUIRED_COLUMNS = ("kind", "entry")
# A line break token (spaCy keeps layout whitespace as tokens), written so in the files.
NEWLINE_ESCAPE = "\\n"
# The classes of a verb row: the status its past or perfect form signals.
VERB_CLASSES = frozenset(["disbursed", "adopted", "planned", "action", "receive"])

# Shapes of a kind, and what reading it gives:
WORD = "word"  # one token per row → frozenset of tokens
PHRASE = "phrase"  # space-separated tokens → tuple of token tuples, in file order
TEXT = "text"  # a name or phrase matched as written → tuple of strings, in file order
NAMED = "named"  # an entry with its value (a keyword and the name it gives) → read-only dict, in file order
VERB = "verb"  # a lemma, its class and irregular forms → tuple of VerbRow

# One kind a line, so that branches that each add kinds merge without conflicts.
FAMILIES: dict[str, dict[str, str]] = {
    "commitments": {
        **dict.fromkeys(
            """
            people
            donor
            paid
            funds
            thanks
            conditional_aux
            withdrawing_words
            instructed_words
            more_of_same_words
            beneficiary_cues
            direction_cues
            journey_nouns
            arriving_people
            non_beneficiary_cues
            cue_skip
            of_heads
            list_glue
            auxiliaries
            be_have
            future_aux
            to_governors
            purpose_markers
            purpose_stops
            purpose_stop_after_comma
            dispositions
            equivalent_glue
            number_words
            backref_determiners
            backref_qualifiers
            backref_nouns
            money_anaphors
            held_back_actions
            money_nouns
            split_determiners
            call_fillers
            subject_bridge
            clause_conjunctions
            further_words
            particles
            subject_pronouns
            relative_subjects
            complementisers
            fund_heads
            fund_qualifiers
            venue_named_heads
            funding_gap_nouns
            asked_release_words
            asked_release_money_nouns
            lent_sum_nouns
            lender_name_words
            facility_nouns
            funding_request_nouns
            funding_request_modifiers
            fund_raising_nouns
            implementer_role_nouns
            state_verbs
            spending_now
            determiners
            adjective_after
            return_nouns
            returnee_nouns
            benefit_of
            crisis_nouns
            affected_words
            state_body_nouns
            help_verbs
            agreement_verbs
            border_nouns
            sharing_words
            gap_words
            subject_openers
            other_prepositions
            placeholder_words
            present_be
            amount_qualifiers
            asking_nouns
            participle_openers
            recommendation_nouns
            own_money_nouns
            domestic_words
            economy_measures
            possessives
            be_forms
            pledge_nouns
            fact_nouns
            size_nouns
            partner_prepositions
            mission_nouns
            delegate_nouns
            third_parties
            funded_nouns
            containing_verbs
            plan_giving_verbs
            tenseless_adverbs
            plan_nouns
            leverage_verbs
            goal_nouns
            legislatures
            awarding_verbs
            promising_verbs
            paid_pronouns
            object_relatives
            goal_prepositions
            goal_modifiers
            money_noun_followers
            limit_verbs
            aspect_past
            aspect_present
            coordinators
            own_benefit_cues
            subject_demonstratives
            harm_nouns
            harmed_cues
            total_verbs
            total_nouns
            helping_verbs
            value_words
            saving_verbs
            joint_prefixes
            equivalence_words
            inflow_nouns
            change_verbs
            tentative
            draft_words
            submitting_participles
            passing_words
            condition_openers
            condition_nouns
            past_condition_aux
            estimating_verbs
            price_nouns
            contract_nouns
            decided_instrument_nouns
            instrument_size_words
            payment_manner_prepositions
            payment_manner_words
            source_prepositions
            plan_cost_nouns
            plan_cost_modifiers
            cost_verbs
            preparing_verbs
            descent_nouns
            serving_verbs
            after_decision_verbs
            decision_verbs
            backing_verbs
            approval_nouns
            need_nouns
            need_verbs
            asking_participles
            confirmation_nouns
            confirmation_asking_words
            courtesy_verbs
            financing_verbs
            duration_prepositions
            period_prepositions
            document_part_nouns
            period_nouns
            measure_units
            donor_headers
            relative_adverbs
            recipient_headers
            status_headers
            respective_words
            remainder_words
            currency_homographs
            winning_lemmas
            aid_nouns
            neighbourhood_words
            rate_prepositions
            focus_words
            country_nouns
            focus_verbs
            eligibility_words
            eligibility_denials
            relief_words
            aside_openers
            government_heads
            aside_prepositions
            giver_prepositions
            request_lemmas
            share_nouns
            component_nouns
            desk_nouns
            continued_marks
            confirming_verbs
            borrowed_nouns
            borrowing_words
            financed_from_words
            equivalent_column_words
            courtesy_nouns
            destination_verbs
            allotment_nouns
            works_nouns
            disaster_nouns
            change_nouns
            rate_modifiers
            pronoun_possessives
            first_person_possessives
            threshold_words
            external_words
            appeal_making_words
            announcing_verbs
            providing_complements
            support_nouns
            needing_words
            joint_words
            applying_words
            purchase_nouns
            paid_participles
            date_prepositions
            resolution_words
            resolution_fillers
            budget_lines
            channel_nouns
            giver_asking_words
            payee_service_nouns
            paid_to_verbs
            paid_out_verbs
            giver_adjective_nouns
            treasury_words
            giver_caption_words
            partner_headers
            offer_caption_words
            stock_nouns
            reporting_lemmas
            money_only_lemmas
            limit_or_debt_words
            source_words
            debt_to_words
            debt_sum_words
            set_aside_words
            request_of_nouns
            behest_prepositions
            received_participles
            possession_verbs
            absolute_openers
            part_openers
            verb_of_state
            plural_money_nouns
            one_sum_anaphors
            one_sum_nouns
            owed_words
            schedule_nouns
            contingent_nouns
            shortfall_words
            talks_nouns
            in_kind_nouns
            valuing_words
            signed_for_words
            hosted_people_nouns
            giver_named_nouns
            changing_verbs
            spending_caption_words
            carrying_out_verbs
            multi_country_words
            regional_purpose_words
            regional_purpose_nouns
            subdivision_nouns
            open_modals
            voted_text_nouns
            """.split(),
            WORD,
        ),
        **dict.fromkeys(
            """
            addition_phrases
            mission_for_nouns
            giving_unions
            intention
            call
            backref
            total_splitters
            planning_phrases
            cumulative_phrases
            existing_money
            earmarking_phrases
            contrast_phrases
            signing_phrases
            requested_participles
            enacting_phrases
            private_givers
            resolution_phrases
            agreement_openers
            summary_headings
            subdivision_heads
            acceptance_phrases
            country_office_phrases
            reply_reference_phrases
            debtor_cues
            cost_share_phrases
            companion_phrases
            list_asides
            """.split(),
            PHRASE,
        ),
        **dict.fromkeys(
            "body_authors national_author_words addressee_marks style_marks enacted_laws order_titles"
            " countersigning_phrases".split(),
            TEXT,
        ),
        "author_keywords": NAMED,
        "government_seats": NAMED,
        "stage_nouns": NAMED,
        "stage_participles": NAMED,
        "column_stage_words": NAMED,
        "verb": VERB,
    },
    "route_ties": {
        **dict.fromkeys(
            """
            departure_words
            movement_words
            transit_words
            destination_words
            partner_words
            partner_of
            authority_after
            border_words
            departure_prepositions
            transit_prepositions
            destination_prepositions
            heading_prepositions
            clause_openers
            route_glue
            route_list_joiners
            route_plural_nouns
            people_of
            onward_words
            shift_words
            own_places
            own_state_nouns
            origin_role_words
            """.split(),
            WORD,
        ),
        "route_anaphora": PHRASE,
    },
    "undertakings": dict.fromkeys(
        """
        correspondence_verbs
        document_nouns
        correspondence_fillers
        object_stops
        adversary_prepositions
        adversary_nouns
        adversary_agents
        sanction_nouns
        sanction_prepositions
        harming_verbs
        hostile_verbs
        hostile_object_ends
        perfect_auxiliaries
        reached_prepositions
        """.split(),
        WORD,
    ),
}


@dataclass(frozen=True)
class VerbRow:
    """One verb of the lexicon: its lemma, the status class of its past form, irregular forms."""

    lemma: str
    cls: str
    forms: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    """One row of a lexicon file, as read."""

    line: int
    kind: str
    entry: str
    value: str
    forms: str


class Lexicon:
    """The kinds of one family, read as attributes (``lexicon.people``)."""

    def __init__(self, family: str, path: Path, rows: list[Row]) -> None:
        self.family = family
        self.path = path
        self.rows = rows
        # Plain attributes: the stages read these inside their token loops.
        for kind, shape in FAMILIES[family].items():
            setattr(self, kind, _shape_rows(shape, [r for r in rows if r.kind == kind]))

    def kinds_with_rows(self) -> set[str]:
        """The kinds that hold at least one row."""
        return {row.kind for row in self.rows}


def _shape_rows(shape: str, rows: list[Row]):
    """The value code reads for one kind."""
    if shape == WORD:
        return frozenset(r.entry for r in rows)
    if shape == PHRASE:
        return tuple(tuple(r.entry.split()) for r in rows)
    if shape == TEXT:
        return tuple(r.entry for r in rows)
    if shape == NAMED:
        # Entries are unique within a kind (duplicates are refused), so a dict loses nothing.
        return MappingProxyType({r.entry: r.value for r in rows})
    return tuple(VerbRow(r.entry, r.value, tuple(f.strip() for f in r.forms.split(",") if f.strip())) for r in rows)


def _check_row(path: Path, kinds: dict[str, str], row: Row) -> None:
    """Raise LexiconError when one row does not fit its kind."""
    where = f"line {row.line}"
    if row.kind not in kinds:
        raise LexiconError(path, reason=f"{where}: unknown kind {row.kind!r}")
    shape = kinds[row.kind]
    if not row.entry:
        raise LexiconError(path, reason=f"{where}: empty entry")
    if shape == WORD and " " in row.entry:
        raise LexiconError(path, reason=f"{where}: {row.kind!r} takes one word, not {row.entry!r}")
    if shape == VERB and row.value not in VERB_CLASSES:
        raise LexiconError(path, reason=f"{where}: verb {row.entry!r} has no class of {sorted(VERB_CLASSES)}")
    if shape == NAMED and not row.value:
        raise LexiconError(path, reason=f"{where}: {row.kind!r} needs a value")
    if shape not in (VERB, NAMED) and (row.value or row.forms):
        raise LexiconError(path, reason=f"{where}: {row.kind!r} takes no value or forms")


def read_rows(path: Path, kinds: dict[str, str]) -> list[Row]:
    """The validated rows of a lexicon file: known columns and kinds, well-formed, no duplicates."""
    if not path.is_file():
        raise LexiconError(path, reason="no such lexicon file")
    columns: Optional[list[str]] = None
    rows: list[Row] = []
    seen: dict[tuple[str, str], int] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if columns is None:
            unknown = [c for c in cells if c not in COLUMNS]
            if unknown or any(c not in cells for c in REQUIRED_COLUMNS) or len(set(cells)) != len(cells):
                raise LexiconError(
                    path, reason=f"line {number}: header {cells} (unknown or missing columns; known: {list(COLUMNS)})"
                )
            columns = cells
            continue
        if len(cells) > len(columns):
            raise LexiconError(path, reason=f"line {number}: {len(cells)} cells under {len(columns)} columns")
        cell = dict(zip(columns, (c.strip() for c in cells)))
        row = Row(
            line=number,
            kind=cell.get("kind", ""),
            entry=cell.get("entry", "").replace(NEWLINE_ESCAPE, "\n"),
            value=cell.get("value", ""),
            forms=cell.get("forms", ""),
        )
        _check_row(path, kinds, row)
        key = (row.kind, row.entry)
        if key in seen:
            raise LexiconError(path, reason=f"line {number}: duplicate of line {seen[key]} ({row.kind} {cells[1]!r})")
        seen[key] = number
        rows.append(row)
    if columns is None:
        raise LexiconError(path, reason="no header row")
    return rows


@functools.lru_cache(maxsize=None)
def load_lexicon(family: str, path: Optional[Path] = None) -> Lexicon:
    """The validated lexicon of one family (``lexicon/<family>.tsv`` unless a path is given)."""
    if family not in FAMILIES:
        raise ValueError(f"no lexicon family {family!r}; known: {sorted(FAMILIES)}")
    path = path or LEXICON_DIR / f"{family}.tsv"
    rows = read_rows(path, FAMILIES[family])
    missing = sorted(set(FAMILIES[family]) - {row.kind for row in rows})
    if missing:
        # Code reads every declared kind: an absent one would silently match nothing.
        raise LexiconError(path, reason=f"no rows of kind {', '.join(missing)}")
    return Lexicon(family, path, rows)
