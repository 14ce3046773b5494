"""Sentences end at a paragraph break: a blank line closes a sentence even without a full stop.

The sentencizer splits on punctuation only, so a letter's inside address ("... Washington, D.C.
20408") or a heading without a stop ran into the first sentence of the next paragraph, and every
record grounded there showed both. A blank line in the body is a paragraph break (the reader
joins paragraphs with one), so a sentence starts there, as the sentencizer starts one after a
stop: unless the paragraph before ends in a mark that leads into the next (":" before a list),
or in a lower-case word, or the next begins with one (a PDF line read as a paragraph of its own,
such as a superscript "th", breaks a sentence, not the text), unless the next opens a list item
(a heading without a stop, "Agreements signed today", over "1. ...") or the one before is a list item
and the next begins with a capital (an item without a stop over a heading). A table's row (the reader makes
each its own paragraph, its cells joined by a bar) is a sentence of its own whatever its ends.
"""

from __future__ import annotations

import bisect

import numpy
from spacy.language import Language

from extractor.nlp.extensions import doc_text
from extractor.nlp.phrases import indices_of
from extractor.reference.marks import CELL_MARK, ITEM_MARK

# Line ends in one whitespace token that make a blank line (a paragraph break) in a letter's body.
PARAGRAPH_NEWLINES = 2
# A paragraph that ends so introduces the next one (a list, a quotation): no break there.
LEAD_IN_MARKS = frozenset({":", ",", ";", "-", "–", "—"})


class ParagraphBreaks:
    """Start a sentence at each blank line the sentencizer ran through, as it starts one after a stop."""

    def __init__(self, paragraph_newlines: int) -> None:
        self.paragraph_newlines = paragraph_newlines

    def __call__(self, doc):
        # The space tokens found with numpy: a walk of every token made a Token object a word.
        spaces = numpy.nonzero(doc.to_array("IS_SPACE"))[0].tolist()
        breaks = [i for i in spaces if 0 < i < len(doc) - 1 and doc[i].text.count("\n") >= self.paragraph_newlines]
        rows = _row_breaks(doc, breaks)
        for i in breaks:
            token = doc[i]
            if token.is_sent_start:
                continue
            before, after = doc[token.i - 1], doc[token.i + 1]
            if i in rows:
                token.is_sent_start = True  # a table's row: the next row or text is never its sentence
                after.is_sent_start = False
                continue
            if before.text in LEAD_IN_MARKS:
                continue  # "... announcing the following:" runs into what it introduces
            if (
                (before.is_lower or after.is_lower)
                and not _opens_item(doc, token.i + 1)
                and not (after.is_title and _in_item(doc, token.i - 1))
            ):
                continue  # a paragraph broken inside a sentence ("to Investigate the" | "th" | "January 6")
            token.is_sent_start = True
            after.is_sent_start = False
        return doc


def _opens_item(doc, i: int) -> bool:
    """Whether token i opens a list item: a bullet, or a number or letter with its stop ("1.", "b)")."""
    return ITEM_MARK.match(doc_text(doc), doc[i].idx) is not None


def _in_item(doc, i: int) -> bool:
    """Whether token i is in a paragraph that opens a list item ("- Regional programmes: DKK 150 million"):
    an item ends at its blank line when a capital opens the next paragraph (a heading, a new paragraph)."""
    j = i
    while j > 0 and not (doc[j - 1].is_space and doc[j - 1].text.count("\n") >= PARAGRAPH_NEWLINES):
        j -= 1
    while j < i and doc[j].is_space:
        j += 1
    return _opens_item(doc, j)


def _row_breaks(doc, breaks: list[int]) -> set[int]:
    """The paragraph breaks before or after a paragraph that holds a cell separator (a table's row)."""
    found: set[int] = set()
    bounds = [0, *breaks, len(doc)]
    cells = indices_of(doc, (CELL_MARK,))  # found with numpy, not by a walk of every token
    for lo, hi in zip(bounds, bounds[1:]):
        first = bisect.bisect_left(cells, lo)
        if first < len(cells) and cells[first] < hi:
            found.update((lo, hi))
    return found & set(breaks)


@Language.factory(
    "letters_paragraph_breaks",
    assigns=["token.is_sent_start"],
    requires=["token.is_sent_start"],
    default_config={"paragraph_newlines": PARAGRAPH_NEWLINES},
)
def make_paragraph_breaks(nlp: Language, name: str, paragraph_newlines: int) -> ParagraphBreaks:
    """Factory of the paragraph-breaks component (after the sentencizer)."""
    return ParagraphBreaks(paragraph_newlines)
