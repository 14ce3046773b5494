"""The entity components' data files, read without spaCy: tables and the store's queries read them too."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from extractor.errors import LexiconError

DATA_DIR = Path(__file__).parent


def data_path(name: str) -> Path:
    """Path of a data file kept beside the entity components."""
    return DATA_DIR / name


def read_tsv(name: str) -> Iterator[list[str]]:
    """Rows of a tab-separated data file, without comments and blank lines."""
    with data_path(name).open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            yield [cell.strip() for cell in line.split("\t")]


def read_word_sets(name: str) -> dict[str, frozenset[str]]:
    """Word sets of a two-cell data file (kind, word), by kind; a malformed or repeated row is an error."""
    sets: dict[str, set[str]] = {}
    for row in read_tsv(name):
        if len(row) != 2 or not all(row):
            raise LexiconError(data_path(name), reason=f"row {row!r}: wants two cells, a kind and a word")
        kind, word = row
        if word in sets.setdefault(kind, set()):
            raise LexiconError(data_path(name), reason=f"{kind} {word!r} is listed twice")
        sets[kind].add(word)
    return {kind: frozenset(words) for kind, words in sets.items()}


def read_lines(name: str) -> Iterator[str]:
    """Non-comment, non-blank lines of a plain data file."""
    with data_path(name).open(encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line


def read_jsonl(name: str) -> Iterator[dict]:
    """Records of a JSON-lines data file."""
    with data_path(name).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def read_jsonl_by_kind(name: str) -> dict[str, list[dict]]:
    """Records of a JSON-lines data file, grouped in file order by their ``kind``."""
    data: dict[str, list[dict]] = {}
    for record in read_jsonl(name):
        data.setdefault(record["kind"], []).append(record)
    return data
