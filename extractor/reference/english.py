"""The English word list (pyspellchecker's), loaded once per process and only when a rule needs it.

pyspellchecker loads its list as a gzipped JSON of ~160,000 words and their counts, lower-cased one by one: ~0.16 s
of CPU a process, a tenth of `letters text` on a 150-page PDF. The rules only ask whether words are in the list, so
the first process writes the words as one text file to a cache folder (named by the list's own bytes, so that
another release of the list is never answered by an old file) and the next ones read that file (~0.03 s).
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Optional

LIST_PACKAGE, LIST_RESOURCE = "spellchecker", "resources/en.json.gz"
# Bumped when the cached file's layout changes: the file's name carries it.
CACHE_FORMAT = 1
CACHE_FOLDER_NAME = "policy-letters"
CACHE_PREFIX = "english_words"
HASH_CHARS = 16
CACHE_FILE_MODE = 0o644  # readable by every user of an installed package, as its .pyc files are


class EnglishWords:
    """The English word list: `word in words` and `words.known(...)` answer as pyspellchecker's SpellChecker does."""

    __slots__ = ("words", "checked")

    def __init__(self, words: frozenset[str], unchecked: frozenset[str] = frozenset()) -> None:
        self.words = words  # lower case, as SpellChecker keeps them
        # The words SpellChecker.known() never gives back (numbers, single punctuation marks), if the list has any.
        self.checked = words - unchecked if unchecked else words

    def __contains__(self, word: str) -> bool:
        """Whether the word, lower-cased, is in the list (SpellChecker's `in`)."""
        return word.lower() in self.words

    def known(self, words: Iterable[str]) -> set[str]:
        """The given words, lower-cased, that the list holds (SpellChecker.known)."""
        return {word for word in map(str.lower, words) if word in self.checked}

    def text(self) -> str:
        """The cache file's text: the unchecked words, a blank line, then every word, a line each."""
        return "\n".join(sorted(self.words - self.checked)) + "\n\n" + "\n".join(sorted(self.words))

    @classmethod
    def from_text(cls, text: str) -> EnglishWords:
        """The list as `text()` wrote it."""
        unchecked, _, words = text.partition("\n\n")
        return cls(frozenset(words.split("\n")), frozenset(unchecked.split("\n")) if unchecked else frozenset())


@functools.lru_cache(maxsize=1)
def english_words() -> Optional[EnglishWords]:
    """The English word list: line-end hyphens, the OCR's garbage test, a capitalised word that is no name."""
    import pkgutil

    try:
        data = pkgutil.get_data(LIST_PACKAGE, LIST_RESOURCE)
    except (ImportError, OSError):  # pragma: no cover - a declared dependency; degrade to the other signals
        return None
    if data is None:  # pragma: no cover - a package without its list
        return None
    name = f"{CACHE_PREFIX}.{CACHE_FORMAT}.{hashlib.sha256(data).hexdigest()[:HASH_CHARS]}.txt"
    folders = cache_folders()
    for folder in folders:
        try:
            return EnglishWords.from_text((folder / name).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
    words = _from_spellchecker()
    if words is not None:
        _write_cache(words, name, folders)
    return words


def cache_folders() -> list[Path]:
    """Where the cached list may be: beside this module (as Python's own caches are), then the user's cache folder."""
    user_cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return [Path(__file__).resolve().parent / "__pycache__", Path(user_cache) / CACHE_FOLDER_NAME]


def _from_spellchecker() -> Optional[EnglishWords]:
    """The list as pyspellchecker loads it, with the words its known() leaves out."""
    try:
        from spellchecker import SpellChecker
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    checker = SpellChecker()
    words = frozenset(checker.word_frequency.dictionary)
    return EnglishWords(words, words - frozenset(checker.known(words)))


def _write_cache(words: EnglishWords, name: str, folders: list[Path]) -> None:
    """Write the list to the first folder that takes it (atomically: another process may read it meanwhile)."""
    if any("\n" in word for word in words.words) or "" in words.words:
        return  # a word the file's lines could not hold: this list is loaded from pyspellchecker each time
    import tempfile

    text = words.text()
    for folder in folders:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.write(text)
                os.chmod(temporary, CACHE_FILE_MODE)
                os.replace(temporary, folder / name)
            except BaseException:
                os.unlink(temporary)
                raise
            return
        except OSError:
            continue
