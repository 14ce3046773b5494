"""LetterDoc: sorted spans, lists of countries, the cue before a country, paragraphs, grounding."""

from __future__ import annotations

import pytest
from handdoc import letter_of, make_doc

from extractor.relations.letter_doc import LetterDoc, phrase_at

COUNTRIES = [("Egypt", "EGY", None), ("Tunisia", "TUN", None), ("Libya", "LBY", None), ("Jordan", "JOR", None)]


def view_of(body: str) -> LetterDoc:
    return LetterDoc(make_doc(body, {"country": COUNTRIES}), letter_of(body))


def test_spans_in_a_token_range():
    view = view_of("Egypt and Tunisia met. Libya did not.")
    first = view.sents[0]
    assert [s._.norm for s in view.spans_in("country", first.start, first.end)] == ["EGY", "TUN"]
    assert view.spans("organisation") == []


def test_a_clause_ends_at_a_clause_break_or_a_colon_and_at_any_comma_only_when_asked():
    view = view_of("Egypt paid, Tunisia agreed; Libya asked: Jordan, and then Egypt.")
    ends = {t.text + str(t.i) for t in view.doc if view.breaks_clause(t.i)}
    with_commas = {t.text + str(t.i) for t in view.doc if view.breaks_clause(t.i, comma=True)}
    assert ends == {";5", ":8", ",10"}  # ", and" opens another clause; a bare comma does not
    assert with_commas == ends | {",2"}


def test_a_country_named_by_its_side_stays_in_the_list():
    view = view_of("Wells in Tunisia and southern Libya.")
    lists = view.country_lists(view.spans("country"))
    assert [[s._.norm for s in members] for members in lists] == [["TUN", "LBY"]]


def test_a_state_s_style_before_its_name_stays_in_the_list():
    view = view_of("Loans to Tunisia and the Republic of Egypt.")
    lists = view.country_lists(view.spans("country"))
    assert [[s._.norm for s in members] for members in lists] == [["TUN", "EGY"]]


def test_country_lists_split_at_a_new_clause():
    view = view_of("We help Egypt, Tunisia and Libya, and we thank Jordan.")
    lists = view.country_lists(view.spans("country"))
    assert [[s._.norm for s in members] for members in lists] == [["EGY", "TUN", "LBY"], ["JOR"]]


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("Money for the Government of Egypt.", "pos"),
        ("Departures from Egypt.", "neg"),
        ("The route to Egypt.", "neg"),
        # People who flee arrive where they are helped, unlike a route's goal.
        ("Aid for returnees crossing into Egypt.", "pos"),
        ("Migration to Egypt.", "neg"),
        # The goal of a visit is no place helped; a country rebuilt is.
        ("A study tour to Egypt.", "neg"),
        ("Funds for the reconstruction of Egypt.", "pos"),
        ("The border between Egypt and Libya.", None),
        # Money shared out between countries goes to them; talks between them help neither.
        ("The grant is divided evenly between Egypt and Libya.", "pos"),
        ("Talks between Egypt and Libya.", "neg"),
        ("Egypt acts.", None),
        # Where people were deported to is not helped.
        ("Care for children back from deportation to Egypt.", "neg"),
        # A compound modifier before the areas of a country hides no cue.
        ("Shelter kits went to the flood-hit regions of Egypt.", "pos"),
    ],
)
def test_the_cue_before_a_country(sentence, cue):
    view = view_of(sentence)
    span = view.spans("country")[0]
    assert view.cue_before(view.sents[0].start, span.start) == cue


def test_paragraphs_and_grounding():
    body = "Egypt first. Tunisia next.\n\nLibya later."
    view = view_of(body)
    assert view.next_in_paragraph(0) and not view.next_in_paragraph(1)
    grounding = view.grounding(2)
    assert body[grounding.start : grounding.end] == "Libya later."
    assert view.paragraph_of(body.index("Libya")) == (body.index("Libya"), len(body))


def test_phrase_at_finds_the_first_phrase_that_occurs():
    assert phrase_at(["of", "which", "this"], [("of", "this"), ("of", "which")]) == ("of", "which")
    assert phrase_at(["of"], [("of", "this")]) is None


def test_sentence_bounds_read_the_body_given_without_the_blanks_around():
    import spacy

    from extractor.relations.letter_doc import sentence_bounds

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    body = "  Egypt first.   \n\nTunisia next. "
    doc = nlp(body)
    assert [body[a:b] for a, b in (sentence_bounds(sent, body) for sent in doc.sents)] == [
        "Egypt first.",
        "Tunisia next.",
    ]


def test_phrase_at_does_not_scan_for_phrases_whose_first_word_is_absent():
    class Sliced(list):
        slices = 0

        def __getitem__(self, index):
            if isinstance(index, slice):
                Sliced.slices += 1
            return super().__getitem__(index)

    words = Sliced(["the", "funds", "were", "disbursed"])
    assert phrase_at(words, [("in", "addition"), ("on", "top", "of")]) is None
    assert Sliced.slices == 0
    assert phrase_at(words, [("in", "addition"), ("were", "disbursed")]) == ("were", "disbursed")


def test_the_first_prose_paragraph_is_past_a_letterhead_in_capitals_ending_in_a_stop():
    from extractor.relations.letter_doc import first_prose_end

    text = "CAMÕES - INSTITUTO DA COOPERAÇÃO E DA LÍNGUA, I.P.\n\nDear Minister,\n\nWe set out the framework.\n\nMore."
    assert text[: first_prose_end(text)].endswith("We set out the framework.")


def test_the_first_prose_paragraph_is_past_a_letterhead_note_on_quoting_its_reference():
    from extractor.relations.letter_doc import first_prose_end

    # A letterhead's note asking replies to quote its reference ends in a stop but says nothing of the letter.
    text = "Harbour Board\n\nWhen replying please quote our file number.\n\nTo the Treasurer,\n\n"
    text += "The new quay is finished and paid for.\n\nMore."
    assert text[: first_prose_end(text)].endswith("The new quay is finished and paid for.")


def test_a_body_s_name_before_of_passes_the_cue_to_its_state():
    body = "Funds to the Electoral Board of Jordan."
    board = ("Electoral Board", "Electoral Board", None)
    view = LetterDoc(make_doc(body, {"country": COUNTRIES, "organisation": [board]}), letter_of(body))
    span = view.spans("country")[0]
    assert view.cue_before(view.sents[0].start, span.start) == "pos"


def test_the_letters_lower_case_words_and_spaces_are_read_once_as_the_tokens_say():
    view = view_of("We THANK Egypt.\n\nTunisia  met.")
    assert view.lowers == [t.lower_ for t in view.doc]
    assert view.spaces == [t.is_space for t in view.doc]
    assert view.lowers[:3] == ["we", "thank", "egypt"]


def test_the_letters_token_texts_are_read_once_as_the_tokens_say():
    view = view_of("We THANK Egypt:\n\n- Tunisia  met.")
    assert view.texts == [t.text for t in view.doc]
    assert view.texts[:4] == ["We", "THANK", "Egypt", ":"]


def test_a_subject_line_ending_in_a_stop_is_a_label_not_the_first_prose_paragraph():
    from extractor.relations.letter_doc import first_prose_end, is_prose

    text = "Dear Director,\n\nSubject: grants for the island clinics.\n\nWe write about the clinics.\n\nMore."
    assert text[: first_prose_end(text)].endswith("We write about the clinics.")
    assert not is_prose("MINISTRY OF HEALTH, REGIONAL OFFICE, DISTRICT 4.")
