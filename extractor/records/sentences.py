"""Sentences kept once per Extraction, and the capped context every reader shows around a grounding.

An extraction stores each sentence once (``Extraction.sentences``, offsets into the body) and a
grounding points to it by index. Older extractions carried the text in ``Grounding.sentence_text``
instead; these helpers read both, so every consumer asks here and never slices the body itself.
"""

from __future__ import annotations

from typing import Optional

from extractor.relations.letter_doc import sentence_bounds
from models.entities import Grounding
from models.extraction import Extraction, Sentence

# Most characters of letter text any context or evidence window holds, the ellipses included.
DEFAULT_CONTEXT_CHARS = 300
ELLIPSIS = "…"


def sentences_of(doc) -> list[Sentence]:
    """The Doc's sentences as body offsets of their text without surrounding whitespace."""
    from extractor.nlp.extensions import doc_text  # the nlp package imports spaCy: the query path must not

    body = doc_text(doc)  # joined once per Doc (the relation stages joined it already)
    return [Sentence(start=start, end=end) for start, end in (sentence_bounds(sent, body) for sent in doc.sents)]


def sentence_range(extraction: Extraction, grounding: Grounding) -> Optional[tuple[int, int]]:
    """Body offsets of a grounding's sentence, or None when the extraction keeps no sentences."""
    if 0 <= grounding.sentence < len(extraction.sentences):
        sentence = extraction.sentences[grounding.sentence]
        return sentence.start, sentence.end
    return None


def sentence_text(extraction: Extraction, grounding: Grounding) -> str:
    """The whole text of a grounding's sentence (older extractions: the text they carried)."""
    bounds = sentence_range(extraction, grounding)
    if bounds is not None:
        return extraction.body[bounds[0] : bounds[1]]
    if grounding.sentence_text is not None:
        return grounding.sentence_text.strip()
    return extraction.body[grounding.start : grounding.end]


def clip(text: str, lo: int, hi: int, width: int = DEFAULT_CONTEXT_CHARS) -> str:
    """At most ``width`` characters of ``text`` around [lo, hi), each cut end marked with an ellipsis."""
    if len(text) <= width:
        return text
    room = max(1, width - 2 * len(ELLIPSIS))
    lo = max(0, min(lo, len(text)))
    hi = max(lo, min(hi, len(text)))
    # Centre the span; a span wider than the window keeps its beginning.
    start = max(0, min(lo - max(0, room - (hi - lo)) // 2, len(text) - room))
    end = start + room
    return (ELLIPSIS if start else "") + text[start:end].strip() + (ELLIPSIS if end < len(text) else "")


def context_text(extraction: Extraction, grounding: Grounding, width: int = DEFAULT_CONTEXT_CHARS) -> str:
    """A grounding's sentence cut to at most ``width`` characters around the grounding's span."""
    bounds = sentence_range(extraction, grounding)
    if bounds is not None:
        start, end = bounds
        # Slice only the window, never the whole sentence: this runs once per mention. A window
        # cut inside the sentence is longer than ``width`` on that side, so clip marks the cut.
        window_start = max(start, min(grounding.start, end) - width)
        window_end = min(end, max(grounding.end, start) + width)
        piece = extraction.body[window_start:window_end]
        return clip(piece, grounding.start - window_start, grounding.end - window_start, width)
    text = sentence_text(extraction, grounding)
    span = extraction.body[grounding.start : grounding.end]
    at = text.find(span) if span else -1
    return clip(text, max(at, 0), max(at, 0) + len(span), width)


__all__ = [
    "DEFAULT_CONTEXT_CHARS",
    "ELLIPSIS",
    "clip",
    "context_text",
    "sentence_range",
    "sentence_text",
    "sentences_of",
]
