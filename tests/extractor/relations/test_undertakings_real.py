"""The actions of a store of real letters (../shared/letters/us) as a reader sees them: no noise class left.

The checks read the stored rows (``letters query actions``'s), not the screen's rules: correspondence
is told by its own pattern here, so the test cannot pass by agreeing with the code it tests.
"""

from __future__ import annotations

import re

import pytest
from shared_paths import SHARED_DIR, require_shared

import extractor
from extractor.reference.countries import country_named_in

# "I have sent ...", "I am providing ...", "I will deliver ..." followed by a document the author hands over.
CORRESPONDENCE = re.compile(
    r"\b(?:I|we)\s+(?:\w+\s+){0,2}(?:send|sent|transmit\w*|provid\w+|submit\w*|deliver)\b[^.;]{0,80}?"
    r"\b(?:notice|report|address|message|letter|statement|amendments?|budget)\b",
    re.IGNORECASE,
)
# An actor that is a clause: it opens with a complementiser or holds a pronoun among other words.
CLAUSE = re.compile(r"^(?:that|which|who)\b|\b(?:you|we|they|i)\b", re.IGNORECASE)
# Adversary wording right before or after a country's name or demonym.
ADVERSARY = re.compile(r"\b(?:Russia(?:'s|’s)?|Russian)\s+(?:\w+\s+)?(?:aggression|atrocities|invasion|war)\b")


@pytest.fixture(scope="module")
def actions(tmp_path_factory):
    letters = require_shared(SHARED_DIR / "letters" / "us")
    db = tmp_path_factory.mktemp("actions") / "letters.db"
    store = extractor.Store(db, writable=True)
    report = store.ingest([letters], jobs=1)
    assert report.processed == len(list(letters.glob("*.txt")))
    return store.actions(limit=None).dicts()


@pytest.mark.slow
def test_no_correspondence_is_kept_as_an_action(actions):
    noisy = [a["evidence"] for a in actions if CORRESPONDENCE.search(a["evidence"])]
    assert noisy == []


@pytest.mark.slow
def test_every_actor_is_a_name_not_a_clause(actions):
    assert [a["actor"] for a in actions if a["actor"] and CLAUSE.search(a["actor"])] == []


@pytest.mark.slow
def test_no_action_is_for_its_actors_own_country(actions):
    own = [a for a in actions if a["actor"] and country_named_in(a["actor"].lower()) in a["beneficiaries"]]
    own += [a for a in actions if a["actor"] in a["beneficiaries"]]
    assert [(a["actor"], a["beneficiaries"], a["evidence"][:80]) for a in own] == []


@pytest.mark.slow
def test_no_adversary_is_a_beneficiary(actions):
    assert [
        a["evidence"][:80] for a in actions if "RUS" in a["beneficiaries"] and ADVERSARY.search(a["evidence"])
    ] == []


@pytest.mark.slow
def test_real_undertakings_and_calls_stay(actions):
    # The screen keeps what a reader wants: undertakings with a named actor, and calls on Congress.
    assert any(a["modality"] == "firm" and a["status"] == "planned" and a["beneficiaries"] for a in actions)
    assert any(a["modality"] == "call" and a["actor"] == "Congress" for a in actions)
    assert len(actions) >= 20
