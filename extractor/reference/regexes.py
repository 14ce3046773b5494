"""Regexes built from lists of words: one helper for the readers and the stages (kept free of spaCy)."""

from __future__ import annotations

import re
from typing import Iterable, Iterator


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so that the fullest form wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def word_trie(words: Iterable[str]) -> str:
    """``alternation(words)`` as a trie: the same words matched, the longest first, in a case-sensitive pattern."""
    # re tries an alternation's words one by one at every position of the text: with a thousand names
    # that is most of a letter's scan; a trie tries each next character once. Where several words match
    # at a place they are prefixes of each other, and each node tries its longer words before ending,
    # so the longest comes first, as in alternation's order. Under IGNORECASE two spellings of one word
    # would be two branches tried in the trie's order, not by length: keep alternation there.
    root: dict = {}
    for word in set(words):
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _trie_regex(root)


def _trie_regex(node: dict) -> str:
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    # The empty branch last: a word that ends here is tried after the longer ones through it.
    return "(?:" + "|".join(branches) + ("|" if "" in node else "") + ")"


# Zero-width edges of a whole word for literal_matches: no word character (or hyphen) before, none after.
NO_WORD_BEFORE = re.compile(r"(?<!\w)")
NO_WORD_AFTER = re.compile(r"(?!\w)")
NO_WORD_OR_HYPHEN_BEFORE = re.compile(r"(?<![\w-])")
NO_WORD_OR_HYPHEN_AFTER = re.compile(r"(?![\w-])")


def literal_matches(text: str, literal: str, before: re.Pattern, after: re.Pattern) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of ``before`` + ``literal`` + ``after`` in ``text``, left to right and not
    overlapping, as re.finditer finds them; ``before`` is zero-width (a lookbehind), ``literal`` not empty."""
    # Found with str.find and two patterns compiled once, not a pattern compiled per literal: a letter's own
    # names are more than re's cache holds, and compiling them evicted every rule's patterns.
    start = text.find(literal)
    while start >= 0:
        tail = after.match(text, start + len(literal)) if before.match(text, start) else None
        if tail is None:
            start = text.find(literal, start + 1)
        else:
            yield start, tail.end()
            start = text.find(literal, max(tail.end(), start + 1))
