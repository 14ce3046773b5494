"""Extraction driver: `LetterText` → spaCy Doc → grounded Mentions, commitments, route ties.

One Doc per letter, made from the body so that span offsets are body offsets; the letter's own
date goes into ``doc.user_data["letter_date"]`` for relative dates. Every span of every family
becomes a `Mention` grounded by its characters, its sentence and, for PDFs, its page and boxes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional, Union

from extractor.nlp.extensions import LETTER_DATE_KEY, LETTER_MONTH_KEY, LETTER_PLACE_KEY
from extractor.nlp.phrases import AUTHOR_KEY
from extractor.reading.ocr import low_confidence, span_confidence
from extractor.reading.options import ReadOptions
from extractor.records.sentences import sentences_of
from extractor.reference.families import FAMILIES
from extractor.relations.commitments import find_commitments_and_actions
from extractor.relations.route_ties import find_route_ties
from models.entities import AmountValue, DateValue, Grounding, Mention
from models.extraction import Extraction, LetterSummary
from models.letter import LetterText

if TYPE_CHECKING:
    from extractor.reading.options import ReadOptions

# Letters per nlp.pipe batch in extract_texts.
DEFAULT_BATCH_SIZE = 16


def _locate(letter: LetterText, start: int, end: int) -> list:
    """(page, box) pairs of a body span, via the reader (empty for plain-text input)."""
    if not letter.lines:
        return []
    from extractor.reading.reader import locate

    return locate(letter, start, end)


def make_doc(letter: LetterText):
    """The letter's body as a tokenized Doc carrying the letter's date (no components run yet)."""
    from extractor.nlp.pipeline import get_nlp

    doc = get_nlp().make_doc(letter.body)
    doc.user_data[LETTER_DATE_KEY] = letter.parts.date
    doc.user_data[LETTER_MONTH_KEY] = letter.parts.month
    doc.user_data[LETTER_PLACE_KEY] = letter.parts.place
    # Who writes: "the Commission" in a letter from the African Union Commission is that one.
    author = [letter.parts.letterhead, letter.parts.signatory_title]
    doc.user_data[AUTHOR_KEY] = "\n".join(part for part in author if part)
    return doc


def mentions_of(doc, letter: LetterText) -> list[Mention]:
    """Every span of every family in the Doc as a grounded Mention, ordered by start then type."""
    sentence_of = {}
    for index, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            sentence_of[i] = index
    mentions = []
    for family in FAMILIES:
        if family not in doc.spans:
            continue
        for span in doc.spans[family]:
            if span._.norm is None:
                continue
            index = sentence_of.get(span.start, 0)
            located = _locate(letter, span.start_char, span.end_char)
            grounding = Grounding(
                start=span.start_char,
                end=span.end_char,
                sentence=index,
                page=located[0][0] if located else None,
                boxes=[box for _page, box in located],
            )
            value = span._.value if isinstance(span._.value, dict) else None
            confidence = span_confidence(letter.ocr_words, span.start_char, span.end_char) if letter.ocr_words else None
            mentions.append(
                Mention(
                    type=family,
                    text=span.text,
                    norm=str(span._.norm),
                    amount=_model(AmountValue, value) if family == "amount" else None,
                    date=_model(DateValue, value) if family == "date" else None,
                    rule=span._.rule,
                    grounding=grounding,
                    confidence=confidence,
                )
            )
    mentions.sort(key=lambda m: (m.grounding.start, m.type, m.grounding.end, m.norm))
    return mentions


def _model(model, value: Optional[dict]):
    """A pydantic value record from a span's value dict (only the fields the model knows)."""
    if not value:
        return None
    return model.model_validate({k: v for k, v in value.items() if k in model.model_fields})


def _summary(letter: LetterText, letter_id: Optional[str]) -> LetterSummary:
    """Identity and parts of the letter."""
    return LetterSummary(
        id=letter_id or Path(letter.source).stem,
        source=letter.source,
        sha256=letter.sha256,
        format=letter.format,
        date=letter.parts.date,
        pages=len(letter.pages),
        parts=letter.parts,
        ocr_pages=[page.number for page in letter.pages if page.ocr is not None],
        ocr_confidence=_mean_confidence(letter),
    )


def _mean_confidence(letter: LetterText) -> Optional[float]:
    """The mean confidence of the body's words read by OCR (None when no page was read by OCR)."""
    words = letter.ocr_words
    return round(sum(word.confidence for word in words) / len(words), 3) if words else None


def extraction_of(doc, letter: LetterText, letter_id: Optional[str] = None) -> Extraction:
    """The Extraction of a letter from its processed Doc: mentions, commitments, actions, route ties."""
    mentions = mentions_of(doc, letter)
    commitments, actions, dropped_actions = find_commitments_and_actions(doc, mentions, letter)
    return Extraction(
        letter=_summary(letter, letter_id),
        body=letter.body,
        sentences=sentences_of(doc),
        mentions=mentions,
        commitments=commitments,
        actions=actions,
        dropped_actions=dropped_actions,
        route_ties=list(find_route_ties(doc, mentions, letter)),
        styles=letter.styles,
        low_confidence=low_confidence(letter.ocr_words),
    )


def extract_letter(letter: LetterText, letter_id: Optional[str] = None) -> Extraction:
    """Extract one letter: its mentions, commitments and route ties."""
    from extractor.nlp.pipeline import get_nlp

    doc = get_nlp()(make_doc(letter))
    return extraction_of(doc, letter, letter_id)


def extract_path(
    path: Union[str, Path],
    password: Optional[str] = None,
    letter_id: Optional[str] = None,
    options: Optional[ReadOptions] = None,
) -> Extraction:
    """Read a PDF or text letter and extract it (the letter id is the file stem by default)."""
    from extractor.reading.library_warnings import reported
    from extractor.reading.reader import read_letter

    # Warnings of the amounts rules (a number out of range) are this file's too, not only the reader's.
    with reported(path):
        letter = read_letter(path, password=password, options=options)
        return extract_letter(letter, letter_id or Path(path).stem)


def extract_texts(letters: Iterable[LetterText], batch_size: int = DEFAULT_BATCH_SIZE) -> list[Extraction]:
    """Extract many letters with nlp.pipe (one Doc per letter, in the order given)."""
    from extractor.nlp.pipeline import get_nlp

    letters = list(letters)
    docs = get_nlp().pipe((make_doc(letter) for letter in letters), batch_size=batch_size)
    return [extraction_of(doc, letter) for doc, letter in zip(docs, letters)]


__all__ = ["extract_letter", "extract_path", "extract_texts", "mentions_of", "make_doc"]
