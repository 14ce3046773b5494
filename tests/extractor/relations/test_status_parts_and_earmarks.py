"""Status of sums kept for a purpose, decided tranches and grants, parts of a whole, and clauses after a sum."""

from __future__ import annotations

import pytest

from extractor.records.extract import extract_path


def statuses(tmp_path, body: str) -> dict[float, tuple[str, str]]:
    """The (status, rule) of each commitment of a short letter, by its first amount's value."""
    path = tmp_path / "letter.txt"
    path.write_text(f"Lomé, 2 June 2026\n\nDear Minister,\n\n{body}\n\nYours sincerely,\n", encoding="utf-8")
    return {c.amounts[0].value: (c.status, c.because.status) for c in extract_path(path).commitments}


@pytest.mark.parametrize(
    "body, value, expected",
    [
        # A tranche or an instalment a decision approved is decided, not paid; one paid is paid.
        (
            "A first instalment of EUR 800,000 for the clinics in Togo was approved by the Board on 3 March.",
            8e5,
            ("adopted", "past_decision"),
        ),
        ("A first instalment of EUR 800,000 was paid to Togo in March.", 8e5, ("disbursed", "delivered")),
        # A grant is awarded: a decision.
        ("The Agency granted EUR 2 million to Togo for rural schools last year.", 2e6, ("adopted", "past_decision")),
        # Money kept for a purpose is earmarked, in any tense; in an enacted law it is appropriated.
        ("The Treasury has set aside EUR 12 million for flood defences in Togo.", 12e6, ("planned", "earmarked")),
        (
            "Benin has reserved EUR 5 million of co-financing for 2027 in its medium-term budget plan.",
            5e6,
            ("planned", "earmarked"),
        ),
        (
            "In the Budget Act for 2027, the Treasury has set aside EUR 12 million for flood defences in Togo.",
            12e6,
            ("adopted", "past_decision"),
        ),
        # A future payment of a sum a participle after it says was approved carries out the decision.
        (
            "The Bank will provide EUR 30 million as a loan, approved by its directors on 4 May, for roads in Togo.",
            30e6,
            ("adopted", "stated_as_decided"),
        ),
        (
            "The loan of EUR 30 million to Togo, approved in May, was disbursed in full in June.",
            30e6,
            ("disbursed", "delivered"),
        ),
        # A decision still to come among the conditions joined by "and to": only planned.
        (
            "The Board approved in principle a EUR 7 million loan to Togo, subject to the borrower's compliance with "
            "the Bank's safeguards and to final approval by the President.",
            7e6,
            ("planned", "awaiting_approval"),
        ),
        # Held in a budget proposal still before a parliament: only planned.
        (
            "The Treasury approved EUR 50 million for stadiums in Togo over three years, of which EUR 12 million is "
            "in the budget estimates now before Parliament.",
            12e6,
            ("planned", "included_in_plan"),
        ),
    ],
)
def test_the_verb_and_the_words_around_the_sum_give_its_status(tmp_path, body, value, expected):
    assert statuses(tmp_path, body)[value] == expected


def test_grants_counted_by_their_recipients_are_decided_and_a_count_is_its_own_clause_s(tmp_path):
    found = statuses(
        tmp_path,
        "So far Togo and Benin have been granted EUR 90 million from the facility, of which EUR 60 million was "
        "awarded in the 2022 round.",
    )
    assert found[90e6] == ("adopted", "past_decision")
    assert found[60e6] == ("adopted", "past_decision")


def test_a_clause_of_reserving_after_the_sum_is_about_its_share_not_the_sum(tmp_path):
    found = statuses(
        tmp_path, "The Fund approved an envelope of EUR 20 million for Togo, of which 15% is reserved for cooperatives."
    )
    assert found[20e6][0] == "adopted"


def test_a_planning_participle_after_a_sum_leaves_it_planned_whatever_the_participle_before_it(tmp_path):
    found = statuses(
        tmp_path,
        "The road will be financed by a loan of EUR 30 million from the Bank, approved in May, and by EUR 10 million "
        "from the Agency, expected in the autumn.",
    )
    assert found[30e6][0] == "adopted"
    assert found[10e6] == ("planned", "expected_later")


def test_a_listed_sum_a_relative_clause_still_has_to_propose_is_planned(tmp_path):
    found = statuses(
        tmp_path,
        "The Government has decided on these contributions:\n\n"
        "- EUR 3 million for nutrition in Togo, to be channelled through UNICEF;\n"
        "- up to EUR 7 million to the trust fund managed by the Bank, which will be proposed to Parliament in the "
        "autumn.",
    )
    assert found[3e6][0] == "adopted"  # how it goes, after its noun's words: no time of its own
    assert found[7e6] == ("planned", "still_to_come")


def test_the_parts_of_a_decided_whole_with_no_verb_of_their_own_are_decided(tmp_path):
    found = statuses(
        tmp_path,
        "The Ministry has committed EUR 40 million to health in Togo over three years. Of this amount, EUR 15 million "
        "is for vaccines and EUR 5 million for clinics.",
    )
    assert found[15e6] == ("adopted", "part_of_whole")
    assert found[5e6] == ("adopted", "part_of_whole")


def test_a_whole_split_by_a_decided_part_is_decided(tmp_path):
    found = statuses(
        tmp_path, "Of the EUR 80 million facility for Togo, EUR 25 million had been committed to local banks by June."
    )
    assert found[80e6] == ("adopted", "whole_of_decided_part")
    assert found[25e6][0] == "adopted"


def test_a_whole_split_after_it_by_of_which_and_a_decided_part_is_decided(tmp_path):
    found = statuses(
        tmp_path,
        "Togo's envelope for 2026 amounts to EUR 60 million, of which EUR 15 million was approved in June.",
    )
    assert found[60e6] == ("adopted", "whole_of_decided_part")
    assert found[15e6][0] == "adopted"


def test_a_part_of_a_decided_whole_told_where_it_goes_is_decided_but_an_award_to_come_is_not(tmp_path):
    found = statuses(
        tmp_path,
        "EUR 9 million has been allocated for 2026, and the institute in Togo will receive EUR 2 million of it for "
        "its laboratory. The Fund agreed to provide EUR 6 million to the network in Benin, of which EUR 4 million "
        "will be granted to universities.",
    )
    assert found[2e6] == ("adopted", "part_of_total")
    assert found[4e6] == ("planned", "future")


@pytest.mark.parametrize(
    "body, expected",
    [
        # A part that went to a purpose splits the decided whole: decided too.
        (
            "The 2026 budget allocated EUR 40 million to school meals in Togo, of which EUR 25 million went to "
            "rural districts.",
            ("adopted", "part_sent_to_purpose"),
        ),
        # A part that went to a body named right after the verb was paid to it.
        (
            "The Agency allocated EUR 40 million in aid to Togo, of which EUR 25 million went to the World Food "
            "Programme.",
            ("disbursed", "delivered"),
        ),
        # A part that goes to a purpose in the present splits a whole still to be given: planned with it.
        (
            "Should the Board agree, a EUR 85 million loan for the port of Lome will be signed in June; EUR 25 "
            "million of it goes to dredging.",
            ("planned", "part_sent_to_purpose"),
        ),
    ],
)
def test_a_part_that_went_somewhere_is_at_the_stage_of_what_it_went_to(tmp_path, body, expected):
    assert statuses(tmp_path, body)[25e6] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # A budget a body received is an allotment decided for it.
        ("Last year the school programme in Togo received an approved budget of EUR 3 million.", "adopted"),
        # Money a body received otherwise was paid to it.
        ("Last year the school programme in Togo received EUR 3 million from the Fund.", "disbursed"),
        # "budget" naming another noun ("budget support") does not name the sum an allotment.
        ("The budget support balance of EUR 3 million was received by Togo in March.", "disbursed"),
    ],
)
def test_a_budget_received_is_decided_money_received_is_paid(tmp_path, body, expected):
    assert statuses(tmp_path, body)[3e6][0] == expected


@pytest.mark.parametrize("verb, stage", [("will give", "planned"), ("allocated", "adopted")])
def test_further_parts_a_later_clause_sends_on_respectively_are_at_the_first_part_s_stage(tmp_path, verb, stage):
    found = statuses(
        tmp_path,
        f"For the hill towns Chile {verb} CLP 9 billion, of which CLP 5 billion goes to landslide walls, whereas "
        "CLP 3 billion and CLP 1 billion, respectively, pay for bus shelters and a seed store.",
    )
    assert found[5e9][0] == stage
    assert found[3e9] == found[1e9] == (stage, "part_sent_to_purpose")


def test_an_estimated_whole_split_by_a_decided_part_stays_what_it_was(tmp_path):
    # Only a whole that is money given takes its decided part's stage; an estimate of a cost is not given.
    found = statuses(
        tmp_path,
        "The cost of the new ferry terminal in Togo is estimated at EUR 70 million, of which EUR 15 million has "
        "been approved.",
    )
    assert found[70e6] == ("planned", "estimated_cost")  # the estimate decides, not the split


def test_a_whole_whose_part_a_later_clause_of_it_says_was_paid_is_decided(tmp_path):
    body = "Our loan of EUR 30 million for rural roads in Peru runs to 2028, and EUR 8 million of it is already paid."
    assert statuses(tmp_path, body)[30e6] == ("adopted", "whole_of_decided_part")


def test_a_whole_named_after_its_paid_part_is_decided_not_paid(tmp_path):
    body = "By June, NZD 5 million of a grant of NZD 12 million to Samoa's schools had been paid."
    assert statuses(tmp_path, body)[12e6][0] == "adopted"
