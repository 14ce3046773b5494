"""Sentences end at a paragraph break: a blank line closes a sentence even without a full stop.

The sentencizer splits on punctuation only, so a letter's inside address ("... Washington, D.C.
20408") or a heading without a stop ran into the first sentence of the next paragraph, and every
record grounded there showed both. A blank line in the body is a paragraph break (the reader
joins paragraphs with one), so the first word after it starts a sentence, unless the paragraph
before ends in a mark that leads into the next (":" before a list, "," after a salutation is
kept as the sentencizer had it).
"""

from __future__ import annotations

from spacy.language import Language

# Line ends in one whitespace token that make a blank line (a paragraph break) in a letter's body.
PARAGRAPH_NEWLINES = 2
# A paragraph that ends so introduces the next one (a list, a quotation): no break there.
LEAD_IN_MARKS = frozenset({":", ",", ";", "-", "–", "—"})


@Language.component("letters_paragraph_breaks")
def paragraph_breaks(doc):
    """Start a sentence at the first word after each blank line; the blank line closes the one before."""
    for token in doc[1:-1]:
        if token.is_space and token.text.count("\n") >= PARAGRAPH_NEWLINES:
            if doc[token.i - 1].text in LEAD_IN_MARKS:
                continue  # "... announcing the following:" runs into what it introduces, as before
            token.is_sent_start = False  # layout belongs to the sentence it ends, never one of its own
            if not doc[token.i + 1].is_space:
                doc[token.i + 1].is_sent_start = True
    return doc
