"""A blank line ends a sentence, unless the paragraph before leads into the next one."""

from __future__ import annotations

from extractor.nlp.pipeline import get_nlp


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in get_nlp()(text).sents]


def test_an_address_block_without_a_stop_ends_at_the_blank_line():
    text = "12 High Street\nSpringfield 40512\n\nI write in response to your letter. We agree."
    assert sentences(text) == ["12 High Street\nSpringfield 40512", "I write in response to your letter.", "We agree."]


def test_a_heading_without_a_stop_is_a_sentence_of_its_own():
    text = "FORCES IN EUROPE\n\nSome 5,000 troops are deployed to Poland."
    assert sentences(text) == ["FORCES IN EUROPE", "Some 5,000 troops are deployed to Poland."]


def test_a_lead_in_runs_into_what_it_introduces():
    text = "We announce the following:\n\n- a new office in Accra."
    assert sentences(text) == ["We announce the following:\n\n- a new office in Accra."]


def test_a_heading_ending_in_a_lower_case_word_is_a_sentence_before_a_list_item():
    for item in ("1. Drinking water for the capital.", "- Drinking water for the capital."):
        assert sentences(f"Agreements signed today\n\n{item}")[0] == "Agreements signed today"


def test_a_paragraph_broken_inside_a_sentence_is_no_break():
    # A PDF's superscript read as a paragraph of its own: "the 6th" as "the" | "th" | "6".
    text = "The committee to investigate the\n\nth\n\nJune 6 events has asked for them."
    assert len(sentences(text)) == 1


def test_the_sentencizer_s_own_breaks_stay_as_they_were():
    doc = get_nlp()("First paragraph.\n\nSecond paragraph.")
    assert [t.is_sent_start for t in doc] == [True, False, False, True, False, False, False]


def test_it_is_a_factory_that_declares_the_sentence_starts_it_reads_and_sets():
    meta = get_nlp().get_pipe_meta("letters_paragraph_breaks")
    assert meta.assigns == ["token.is_sent_start"] and meta.requires == ["token.is_sent_start"]


def test_the_blank_lines_that_make_a_break_are_a_setting():
    import spacy

    import extractor.nlp.paragraph_breaks  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("letters_paragraph_breaks", config={"paragraph_newlines": 3})
    text = "12 High Street\nSpringfield 40512\n\nI write in response to your letter."
    assert len(list(nlp(text).sents)) == 1  # two line ends are not a break at three


def test_a_table_row_is_a_sentence_of_its_own_whatever_its_ends():
    # "OCR loan" ends in a lower-case word, which otherwise joins a paragraph to the next.
    text = "Tonga | Disaster Grant | 15.0 | OCR loan\n\nVanuatu | Roads Project | 38.0 | ADF grant\n\nWe agree."
    assert sentences(text) == [
        "Tonga | Disaster Grant | 15.0 | OCR loan",
        "Vanuatu | Roads Project | 38.0 | ADF grant",
        "We agree.",
    ]


def test_a_list_item_without_a_stop_ends_before_a_capitalised_paragraph():
    # The last item ends in a lower-case word; the heading and paragraph after it are not its text.
    text = (
        "- Niger: DKK 210 million\n\n- Regional programmes in the Sahel: DKK 150 million\n\nThe situation\n\nWe agree."
    )
    assert sentences(text) == [
        "- Niger: DKK 210 million",
        "- Regional programmes in the Sahel: DKK 150 million",
        "The situation\n\nWe agree.",
    ]


def test_a_list_item_broken_before_a_lower_case_word_runs_on():
    text = "- Support for the\n\nvillages of the north.\n\nWe agree."
    assert sentences(text)[0] == "- Support for the\n\nvillages of the north."
