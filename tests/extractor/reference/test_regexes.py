"""reference.regexes: a literal's whole-word matches found without compiling a pattern per literal."""

import re

import pytest

from extractor.reference.regexes import (
    NO_WORD_AFTER,
    NO_WORD_BEFORE,
    NO_WORD_OR_HYPHEN_AFTER,
    NO_WORD_OR_HYPHEN_BEFORE,
    alternation,
    literal_matches,
    word_trie,
)

LINE_END = re.compile(r"[ \t.;,]*(?:\n|\Z)")


@pytest.mark.parametrize(
    ("text", "literal", "before", "after", "pattern"),
    [
        # Inside a longer word, after a hyphen, and as a word of its own.
        (
            "the Water Fund, Water Fundraiser and pre-Water Fund",
            "Water Fund",
            NO_WORD_OR_HYPHEN_BEFORE,
            NO_WORD_OR_HYPHEN_AFTER,
            r"(?<![\w-])Water\ Fund(?![\w-])",
        ),
        ("WFP-led and WFP's help from wfp and WFPs", "WFP", NO_WORD_BEFORE, NO_WORD_AFTER, r"(?<!\w)WFP(?!\w)"),
        # A literal that overlaps itself: a failed candidate does not hide the next one.
        ("xaa aaa aa", "aa", NO_WORD_BEFORE, NO_WORD_AFTER, r"(?<!\w)aa(?!\w)"),
        # An `after` that consumes: the stops and spaces up to the line's end, then the next match after them.
        (
            "Director, Harbour Board.\nHarbour Board staff\nHarbour Board",
            "Harbour Board",
            NO_WORD_OR_HYPHEN_BEFORE,
            LINE_END,
            r"(?<![\w-])Harbour\ Board[ \t.;,]*(?:\n|\Z)",
        ),
    ],
)
def test_literal_matches_are_what_finditer_finds(text, literal, before, after, pattern):
    assert list(literal_matches(text, literal, before, after)) == [m.span() for m in re.finditer(pattern, text)]


def test_literal_matches_spans():
    text = "Aid to the Harbour Board.\nThe Harbour Boards met; Harbour Board"
    assert list(literal_matches(text, "Harbour Board", NO_WORD_OR_HYPHEN_BEFORE, LINE_END)) == [(11, 26), (50, 63)]


@pytest.mark.parametrize(
    ("text", "tail", "expected"),
    [
        (
            "New Town, New Townsend and Newtown; Upper New Town",
            r"(?!\w)",
            ["New Town", "New Townsend", "New Town"],
        ),
        (
            "Port St. Louis or Port St Louis, Port, Portland",
            r"(?!\w)",
            ["Port St. Louis", "Port St Louis", "Port", "Portland"],
        ),
        ("Newton Newt New", r"\b", ["Newt", "New"]),
    ],
)
def test_word_trie_matches_what_alternation_matches(text, tail, expected):
    # Names that are prefixes of each other: the longest that fits wins, as in alternation's order.
    words = ["New", "New Town", "New Townsend", "Newt", "Port", "Port St. Louis", "Port St Louis", "Portland"]
    by_trie = [m.group(0) for m in re.finditer(rf"(?<![\w.])(?:{word_trie(words)}){tail}", text)]
    by_alternation = [m.group(0) for m in re.finditer(rf"(?<![\w.])(?:{alternation(words)}){tail}", text)]
    assert by_trie == by_alternation == expected
