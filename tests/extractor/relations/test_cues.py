"""Verb groups: found once per stretch of a letter, each caller with its own list."""

from __future__ import annotations

from handdoc import letter_of, make_doc

from extractor.relations.cues import Cues, load_cues, verb_groups
from extractor.relations.letter_doc import LetterDoc

SENTENCE = "The Agency will provide EUR 10 million and has approved a loan."


def view_of(body: str) -> LetterDoc:
    return LetterDoc(make_doc(body, {}), letter_of(body))


def test_a_sentences_groups_are_found_once_and_each_caller_gets_its_own_list():
    view = view_of(SENTENCE)
    sent = view.sents[0]
    first = verb_groups(view, sent, load_cues())
    first.clear()  # a caller's list is its own
    again = verb_groups(view, sent, load_cues())
    assert [(g.lemma, g.time) for g in again] == [("provide", "future"), ("approve", "past")]
    assert again[0] is verb_groups(view, sent, load_cues())[0]  # remembered, not found anew


def test_a_part_of_a_sentence_has_its_own_groups():
    view = view_of(SENTENCE)
    sent = view.sents[0]
    part = view.doc[sent.start : sent.start + 6]
    assert [g.lemma for g in verb_groups(view, part, load_cues())] == ["provide"]
    assert [g.lemma for g in verb_groups(view, sent, load_cues())] == ["provide", "approve"]


def test_other_cues_are_not_remembered():
    view = view_of(SENTENCE)
    assert verb_groups(view, view.sents[0], Cues()) == []
    assert len(verb_groups(view, view.sents[0], load_cues())) == 2


def test_a_participle_after_a_determiner_and_adverbs_or_after_following_is_an_adjective_not_a_verb():
    view = view_of("In May the Council endorsed the following approved budgets and the jointly financed wells.")
    assert [g.lemma for g in verb_groups(view, view.sents[0], load_cues())] == ["endorse"]


def test_a_noun_in_ly_or_a_relative_that_before_a_participle_and_its_object_leaves_the_participle_a_verb():
    lemmas = []
    for sentence in (
        "The assembly approved EUR 4 million for the ferries.",
        "Every family received USD 150.",
        "The loan that formerly financed the bridges was closed.",
    ):
        view = view_of(sentence)
        lemmas.append([g.lemma for g in verb_groups(view, view.sents[0], load_cues())][:1])
    assert lemmas == [["approve"], ["receive"], ["finance"]]


def test_a_name_that_ends_in_its_number_is_the_subject_of_the_verb_after_it():
    # "Budget 2027 provides a total of ...": the year ended the subject, so the verb had no time and was dropped.
    view = view_of("Budget 2027 provides a total of EUR 900 million for development aid.")
    assert [(g.lemma, g.time) for g in verb_groups(view, view.sents[0], load_cues())] == [("provide", "present")]


def test_a_verb_after_an_adverb_without_tense_keeps_its_plain_tense_when_the_sum_follows():
    # "already" was read as an auxiliary, so a verb after an aside had no time and was dropped.
    body = "The offer, tabled in May, already provides EUR 40 million for clinics."
    view = LetterDoc(make_doc(body, {"amount": [("EUR 40 million", "EUR 40000000", None)]}), letter_of(body))
    assert [(g.lemma, g.time) for g in verb_groups(view, view.sents[0], load_cues())] == [
        ("table", "past"),
        ("provide", "present"),
    ]


def test_a_plural_noun_of_plans_or_money_before_a_colon_labels_a_list_and_a_verb_there_leads_one():
    # "plans:" was read as the verb "plans" leading its item in, so the item's sum was only planned.
    label = view_of("The funding of district health plans: EUR 3 million for 2026.")
    lead = view_of("The winter package comprises: EUR 3 million for fuel.")
    assert [g.lemma for g in verb_groups(label, label.sents[0], load_cues())] == []
    assert [(g.lemma, g.time) for g in verb_groups(lead, lead.sents[0], load_cues())] == [("comprise", "present")]
