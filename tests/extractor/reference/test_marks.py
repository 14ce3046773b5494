"""reference.marks: the list item's opening mark, defined once for the readers and the stages."""

import pytest

from extractor.reference.marks import (
    BULLETS,
    CELL_SEPARATOR,
    ITEM_MARK,
    QUOTE_SEPARATOR_LINE,
    QUOTE_SEPARATOR_WORDS,
    QUOTED_MESSAGE,
    QUOTED_MESSAGE_MARK,
    QUOTED_TEXT_NOUNS,
    enumerator_values,
    row_marks,
)


@pytest.mark.parametrize(
    "line",
    [
        "- Provide",
        "• Donate",
        "▸ Uzbekistan – 305.5",
        "1. Budget",
        "(1) The",
        "(a) NZ$12",
        "iv) Health",
        "B. Grants",
        "  ◦ nested",
    ],
)
def test_item_mark_opens_an_item(line):
    assert ITEM_MARK.match(line)


@pytest.mark.parametrize("line", ["Mr. Smith", "2024. The year", "-5 per cent", "U.S. aid", "e.g. this"])
def test_item_mark_is_no_item(line):
    assert not ITEM_MARK.match(line)


def test_every_layer_reads_the_same_marks():
    """The reader's line test, the sentence breaks and the stages took four differing patterns ("(1)" was
    an item for the stages only, "▸" for the reader only)."""
    import spacy

    from extractor.nlp.paragraph_breaks import _opens_item
    from extractor.reading.letter_parts import starts_list_item

    nlp = spacy.blank("en")
    for line in ["(1) The", "▸ Uzbekistan", "B. Grants"]:
        assert starts_list_item(line, "")
        assert _opens_item(nlp(line), 0)
    assert "▸" in BULLETS


@pytest.mark.parametrize(
    "line",
    [
        "-----Original Message-----",
        "---- Forwarded message ----",
        "--- Original note ---",
        "On Tue, 4 June 2024, P. Quill wrote:",
    ],
)
def test_every_quoted_message_mark_is_one_the_line_readers_know(line):
    """The marks looked for between two sums and the separator lines the readers cut at are one table."""
    assert QUOTE_SEPARATOR_LINE.match(line)
    assert QUOTED_MESSAGE_MARK.search(line)


@pytest.mark.parametrize("noun", QUOTED_TEXT_NOUNS)
@pytest.mark.parametrize("word", QUOTE_SEPARATOR_WORDS)
def test_each_separator_word_opens_a_quoted_message(word, noun):
    assert QUOTED_MESSAGE.search(f"Thanks.\n----- {word.title()} {noun.title()} -----\nDear colleague")
    assert QUOTE_SEPARATOR_LINE.match(f"--- {word} {noun} ---")


def test_a_separator_s_words_in_prose_do_not_mark_a_quoted_message():
    assert not QUOTED_MESSAGE_MARK.search("the schools, as the original note promised, and nzd 2 million")


def test_enumerator_values_read_numbers_letters_and_roman_numerals():
    assert enumerator_values("2. Wells") == {("", ".", "number", 2)}
    assert enumerator_values("(b) Wells") == {("(", ")", "letter-lower", 2)}
    assert enumerator_values("i) Wells") == {("", ")", "letter-lower", 9), ("", ")", "roman-lower", 1)}
    assert enumerator_values("IV. Wells") == {("", ".", "roman-upper", 4)}
    assert enumerator_values("Wells and roads") == set()


@pytest.mark.parametrize(
    "cells",
    [["", "", "Subtotal", "72"], ["Lamu", "", "40"], ["Kisii", "15", "", ""], ["Embu", "9"], ["", "Tana", "", "6", ""]],
)
def test_row_marks_write_a_row_as_the_text_reader_closes_up_its_joined_cells(cells):
    """The marks the PDF reader sets around a row's written cells give the text the text reader makes of the same
    cells joined by CELL_SEPARATOR, its runs of spaces closed up: every empty column keeps its mark."""
    before, between, after = row_marks([bool(cell) for cell in cells])
    written = [cell for cell in cells if cell]
    text = before + written[0] + "".join(mark + cell for mark, cell in zip(between, written[1:])) + after
    assert text == " ".join(CELL_SEPARATOR.join(cells).split())
