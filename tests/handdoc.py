"""Build spaCy Docs with entity spans set by hand, for tests of the stages after the NLP."""

from __future__ import annotations

import re

import spacy
from spacy.tokens import Span

import extractor.nlp.extensions  # noqa: F401  (registers span attributes)
from models.letter import LetterText

_NLP = None


def blank_nlp():
    """A blank English pipeline with a sentencizer, as the project's pipeline starts."""
    global _NLP
    if _NLP is None:
        _NLP = spacy.blank("en")
        _NLP.add_pipe("sentencizer")
    return _NLP


def make_doc(text: str, spans: dict[str, list[tuple[str, str, dict | None]]]):
    """A Doc of ``text`` whose span groups hold every whole-word occurrence of each given phrase."""
    doc = blank_nlp()(text)
    for family, items in spans.items():
        group = []
        taken: set[int] = set()
        for phrase, norm, value in sorted(items, key=lambda item: -len(item[0])):
            for match in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text):
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is None or taken & set(range(span.start, span.end)):
                    continue
                taken.update(range(span.start, span.end))
                span = Span(doc, span.start, span.end, label=family)
                span._.norm = norm
                span._.value = value
                span._.rule = "test"
                group.append(span)
        doc.spans[family] = sorted(group, key=lambda s: s.start)
    return doc


def letter_of(body: str, **parts) -> LetterText:
    """A plain-text LetterText of ``body`` with the given letter parts."""
    return LetterText(source="test.txt", sha256="0" * 64, format="text", body=body, parts=parts)


def commitments_by_value(body: str) -> dict:
    """The commitments the whole pipeline finds in ``body``, by the value of their first sum."""
    from extractor.records.extract import extract_letter

    return {c.amounts[0].value: c for c in extract_letter(letter_of(body)).commitments if c.amounts}
