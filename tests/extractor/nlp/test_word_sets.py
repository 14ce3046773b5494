"""Components' word-set files: the loader refuses bad rows, and every kind in a file is read by its component."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import extractor.nlp as nlp_package
from extractor.errors import LexiconError
from extractor.nlp import data_files
from extractor.nlp.data_files import read_word_sets

NLP_DIR = Path(nlp_package.__file__).parent
# Each word-set file and the component module that reads it.
WORD_FILES = {
    "country_words.tsv": "countries.py",
    "organisation_words.tsv": "organisations.py",
    "person_words.tsv": "persons.py",
}


def kinds_read(module: str) -> set[str]:
    """The kinds a module reads as ``WORDS["kind"]``."""
    tree = ast.parse((NLP_DIR / module).read_text(encoding="utf-8"))
    return {
        node.slice.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and node.value.id == "WORDS"
        and isinstance(node.slice, ast.Constant)
    }


@pytest.mark.parametrize("word_file, module", sorted(WORD_FILES.items()))
def test_every_kind_in_a_word_file_is_read_by_its_component(word_file, module):
    kinds = set(read_word_sets(word_file))
    assert kinds, f"{word_file} has no rows"
    assert kinds == kinds_read(module), f"kinds of {word_file} unread (or missing): {kinds ^ kinds_read(module)}"


def test_every_word_file_beside_the_components_is_listed():
    assert sorted(path.name for path in NLP_DIR.glob("*_words.tsv")) == sorted(WORD_FILES)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("place_words\tBasin\nplace_words\tBasin\n", "listed twice"),
        ("place_words\n", "wants two cells"),
        ("place_words\tBasin\textra\n", "wants two cells"),
    ],
)
def test_a_bad_row_is_one_clear_error(tmp_path, monkeypatch, text, reason):
    (tmp_path / "bad_words.tsv").write_text("# kind\tword\n" + text, encoding="utf-8")
    monkeypatch.setattr(data_files, "DATA_DIR", tmp_path)
    with pytest.raises(LexiconError, match=reason):
        read_word_sets("bad_words.tsv")
