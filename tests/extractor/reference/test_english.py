"""The English word list: pyspellchecker's answers, loaded from a cached text file after the first process."""

from __future__ import annotations

import stat

import pytest
from spellchecker import SpellChecker

from extractor.reference import english
from extractor.reference.english import EnglishWords

# Words, names, numbers and marks in several cases: the list must answer each as SpellChecker does.
ASKED = ["The", "committee", "COMMITTEE", "colour", "Xyzzyq", "Tunisia", "12", "3.5", "nan", "-", "a", "I", "Fund"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """The cache folders moved to a temporary folder; the list loaded afresh."""
    folders = [tmp_path / "beside", tmp_path / "user"]
    monkeypatch.setattr(english, "cache_folders", lambda: folders)
    english.english_words.cache_clear()
    yield folders
    english.english_words.cache_clear()


def test_the_list_answers_as_the_spellchecker_does(cache):
    checker, words = SpellChecker(), english.english_words()
    assert isinstance(words, EnglishWords)
    assert [word in words for word in ASKED] == [word in checker for word in ASKED]
    assert words.known(ASKED) == checker.known(ASKED)
    assert words.words == frozenset(checker.word_frequency.dictionary)


def test_the_words_known_leaves_out_survive_the_cache_file():
    words = EnglishWords(frozenset({"road", "7", "."}), unchecked=frozenset({"7", "."}))
    again = EnglishWords.from_text(words.text())
    assert again.words == words.words and again.checked == frozenset({"road"})
    assert "7" in again and again.known(["7", "Road", "."]) == {"road"}


def test_a_second_process_reads_the_cached_file_not_the_spellchecker(cache, monkeypatch):
    first = english.english_words()
    (written,) = cache[0].iterdir()
    assert written.name.startswith("english_words.") and stat.S_IMODE(written.stat().st_mode) == 0o644
    english.english_words.cache_clear()
    monkeypatch.setattr(english, "_from_spellchecker", lambda: pytest.fail("the cached file was not read"))
    assert english.english_words().words == first.words


def test_a_folder_that_cannot_be_written_leaves_the_cache_to_the_next(cache):
    cache[0].write_text("a file where the folder would be")
    assert english.english_words() is not None
    assert [path.name.startswith("english_words.") for path in cache[1].iterdir()] == [True]
