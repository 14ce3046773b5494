"""Actors: the author from the letterhead or the body, the subject of a verb, the addressee of a call."""

from __future__ import annotations

from handdoc import letter_of, make_doc

from extractor.relations.actors import UNKNOWN_AUTHOR, actor_of, addressee_call, author_of
from extractor.relations.cues import load_cues, verb_groups
from extractor.relations.letter_doc import LetterDoc

COUNTRIES = [("Italy", "ITA", None), ("Egypt", "EGY", None)]
ORGANISATIONS = [("the Commission", "European Commission", None), ("Frontex", "Frontex", None)]


def view_of(body: str, **parts) -> LetterDoc:
    return LetterDoc(make_doc(body, {"country": COUNTRIES, "organisation": ORGANISATIONS}), letter_of(body, **parts))


def test_author_from_letterhead_keyword_country_or_body():
    body = "We thank the Commission. Ask the Commission. Frontex helps."
    assert author_of(letter_of(body, letterhead="EUROPEAN COMMISSION")) == ("European Commission", None)
    assert author_of(letter_of(body, letterhead="Ministry of the Interior of Italy")) == ("ITA", "ITA")
    view = view_of(body)
    assert author_of(view.letter, view) == ("European Commission", None)
    assert author_of(letter_of("No one.", signatory=" Jane Doe ")) == ("Jane Doe", None)


def test_actor_of_a_verb_group():
    body = "Italy will provide funds. We will provide funds. Funds were provided by Frontex."
    view = view_of(body)
    found = []
    for sent in view.sents:
        (group,) = verb_groups(view, sent, load_cues())
        found.append(actor_of(view, sent, group, None))
    assert found == ["ITA", UNKNOWN_AUTHOR, "Frontex"]


def test_addressee_of_a_call():
    body = "I urge Italy to provide funds."
    view = view_of(body)
    actor, verb = addressee_call(view, view.sents[0])
    assert (actor, view.doc[verb].text) == ("ITA", "provide")
