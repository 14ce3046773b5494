"""Custom attributes the rule components set on the spans they find.

Each component writes its spans into ``doc.spans[FAMILY]`` (FAMILY is one of
``extractor.reference.families.FAMILIES``) and sets on each span:

- ``span._.norm``: the canonical value (ISO 3166 alpha-3, canonical name, EDTF, ...);
- ``span._.value``: a dict of extra normalised fields (an AmountValue's or DateValue's fields),
  or None;
- ``span._.rule``: the id of the rule or pattern that found it.

The letter's own date, which relative dates resolve against, is ``doc.user_data["letter_date"]``
(a ``datetime.date`` or None). The Doc's text is read through ``doc_text(doc)``, joined once per Doc.
"""

from __future__ import annotations

from spacy.tokens import Span

LETTER_DATE_KEY = "letter_date"
# The month of a letter dated by its month alone ("Buenos Aires, November 2026"), as EDTF "2026-11".
LETTER_MONTH_KEY = "letter_month"
# The place of the letter's date line: a city an address repeats is no body.
LETTER_PLACE_KEY = "letter_place"
# doc.user_data key of the Doc's text, kept by doc_text.
TEXT_KEY = "letters_text"


SPAN_ATTRIBUTES = ("norm", "value", "rule")
# What every family component declares it assigns (spaCy's ``assigns``): its span group and these.
SPAN_ASSIGNS = ["doc.spans", *(f"span._.{name}" for name in SPAN_ATTRIBUTES)]


def _attribute(name: str):
    """Getter and setter that key a span's value by its label as well as its offsets.

    spaCy's own extension storage keys span values by character offsets alone, so two families
    that find the same stretch of text ("Jordan" a country, "Jordan" a person) would share one
    value; keying by label keeps each family's value its own.
    """

    def key(span: Span) -> tuple:
        return ("letters._.", name, span.label_, span.start_char, span.end_char)

    def getter(span: Span):
        return span.doc.user_data.get(key(span))

    def setter(span: Span, value) -> None:
        span.doc.user_data[key(span)] = value

    return getter, setter


def doc_text(doc) -> str:
    """The Doc's text, joined from its tokens once per Doc rather than on every ``doc.text``."""
    # spaCy's doc.text makes a Token object for every token on each call; the components and
    # relation stages ask for it per pattern and per sentence (quadratic in a long letter).
    text = doc.user_data.get(TEXT_KEY)
    # The length guards against user data copied onto another Doc (Span.as_doc(copy_user_data=True)).
    if text is None or (len(text) != (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0)):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def register_extensions() -> None:
    """Register the span attributes once per process."""
    for name in SPAN_ATTRIBUTES:
        if not Span.has_extension(name):
            getter, setter = _attribute(name)
            Span.set_extension(name, getter=getter, setter=setter)


register_extensions()
