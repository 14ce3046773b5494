"""Lexicon files: the loader refuses bad rows, and every kind in a file is read by some code."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import extractor.relations as relations_package
from extractor.errors import LexiconError
from extractor.relations.wordlists import FAMILIES, VerbRow, load_lexicon, read_rows

HEADER = "kind\tentry\tvalue\tforms\n"
KINDS = {"people": "word", "call": "phrase", "verb": "verb", "author_keywords": "named"}


def rows_of(tmp_path: Path, text: str):
    path = tmp_path / "lexicon.tsv"
    path.write_text(text, encoding="utf-8")
    return read_rows(path, KINDS)


def test_a_good_file_reads_every_shape(tmp_path):
    path = tmp_path / "commitments.tsv"
    real = (Path(relations_package.__file__).parent / "lexicon" / "commitments.tsv").read_text(encoding="utf-8")
    path.write_text(real, encoding="utf-8")
    lexicon = load_lexicon("commitments", path)
    assert "refugees" in lexicon.people
    assert ("i", "urge") in lexicon.call
    assert VerbRow("pay", "disbursed", ("paid",)) in lexicon.verb
    assert next(iter(lexicon.author_keywords.items())) == (
        "council of the european union",
        "Council of the European Union",
    )
    assert "\n\n" in lexicon.subject_openers  # the escaped layout token


@pytest.mark.parametrize(
    "text, reason",
    [
        ("kind\tentry\tcolour\npeople\trefugees\n", "unknown or missing columns"),
        ("kind\nverb\n", "unknown or missing columns"),
        (HEADER + "peoples\trefugees\n", "unknown kind 'peoples'"),
        (HEADER + "people\trefugees\npeople\tmigrants\npeople\trefugees\n", "line 4: duplicate of line 2"),
        (HEADER + "people\tasylum seekers\n", "takes one word"),
        (HEADER + "people\trefugees\t\t\textra\n", "5 cells under 4 columns"),
        (HEADER + "verb\tpay\tpaid\n", "has no class"),
        (HEADER + "author_keywords\tfrontex\n", "needs a value"),
        (HEADER + "call\ti urge\tcall\n", "takes no value or forms"),
        (HEADER + "people\t\n", "empty entry"),
        ("# only a comment\n", "no header row"),
    ],
)
def test_a_bad_row_is_one_clear_error(tmp_path, text, reason):
    with pytest.raises(LexiconError) as error:
        rows_of(tmp_path, text)
    assert reason in str(error.value)
    assert str(error.value).startswith(str(tmp_path / "lexicon.tsv") + ": bad lexicon file:")


def test_a_kind_the_code_reads_may_not_be_missing(tmp_path):
    path = tmp_path / "route_ties.tsv"
    path.write_text(HEADER + "route_glue\tand\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="no rows of kind .*departure_words"):
        load_lexicon("route_ties", path)


def read_attributes() -> set[str]:
    """Every attribute name the relation modules read (``WORDS.people`` reads ``people``)."""
    names: set[str] = set()
    for module in Path(relations_package.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
                names.add(node.attr)
    return names


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_kind_in_a_lexicon_file_is_read_by_some_rule(family):
    kinds = load_lexicon(family).kinds_with_rows()
    unread = sorted(kinds - read_attributes())
    assert not unread, f"rows of {family}.tsv that no rule reads: {unread}"
