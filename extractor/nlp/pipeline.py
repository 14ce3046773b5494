"""Build the spaCy pipeline once per process: ``spacy.blank("en")``, sentences, our rule components."""

from __future__ import annotations

import functools
import importlib

from extractor.reference.marks import FOOTNOTE_DIGITS

# An extra tokenizer infix: split a hyphen or slash after an abbreviation's final dot, so that
# "U.S.-Mexico" is "U.S." "-" "Mexico" as "EU-India" already is "EU" "-" "India".
ABBREVIATION_HYPHEN_INFIX = r"(?<=[A-Za-z]\.)[-\u2013\u2014/](?=[A-Za-z])"
# An extra tokenizer suffix: a footnote mark in superscript digits after a word ("DKK 1.1 billion¹") is a
# token of its own, so that the word it is glued to still reads ("billion", not "billion¹").
BRACKETS = frozenset("()[]")
FOOTNOTE_MARK_SUFFIX = rf"(?<=[A-Za-z])[{FOOTNOTE_DIGITS}]+"
# Abbreviations of "number" that a figure follows, written with a stop that ends no sentence.
NUMBER_ABBREVIATIONS = ("No.", "Nos.")

# Component order matters: numbers (amounts, dates) first, then the longest names (routes,
# programmes, organisations) before the countries and regions that may stand inside them.
# Each entry is (module that registers the factory, factory name).
COMPONENTS = (
    ("extractor.nlp.amounts", "letters_amounts"),
    ("extractor.nlp.dates", "letters_dates"),
    ("extractor.nlp.routes", "letters_routes"),
    ("extractor.nlp.regions", "letters_regions"),
    ("extractor.nlp.organisations", "letters_organisations"),
    ("extractor.nlp.programmes", "letters_programmes"),
    ("extractor.nlp.countries", "letters_countries"),
    ("extractor.nlp.persons", "letters_persons"),
)


@functools.lru_cache(maxsize=1)
def get_nlp():
    """Return the process-wide pipeline (built on first use)."""
    import spacy
    from spacy.util import compile_infix_regex, compile_suffix_regex

    import extractor.nlp.extensions  # noqa: F401  (registers span attributes)

    nlp = spacy.blank("en")
    infixes = list(nlp.Defaults.infixes) + [ABBREVIATION_HYPHEN_INFIX]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # spaCy keeps emoticons whole ("):", "8)", ":("); in a letter they are brackets and punctuation:
    # "(IDA):" is "(" "IDA" ")" ":", so that the acronym's bracket closes.
    nlp.tokenizer.rules = {text: rule for text, rule in nlp.tokenizer.rules.items() if not set(text) & BRACKETS}
    suffixes = [FOOTNOTE_MARK_SUFFIX, *nlp.Defaults.suffixes]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # A currency sign that ends in a full stop ("Rs. 5,483 crore", "Sfr. 12 million", a country's own
    # "Nu. 120 million") is one token: its stop ends no sentence (the sentencizer had cut "allocates Rs."
    # off its sum, leaving the sum without the verb that makes it a commitment).
    from spacy.symbols import ORTH

    from extractor.nlp.amounts import currency_tables, local_signs

    signs, words, _ = currency_tables()
    currency_nouns = {word.split()[-1] for word in words}  # "birr" of "ethiopian birr"
    for sign in [*signs, *local_signs()]:
        if sign.endswith(".") and sign[:-1].isalpha():
            nlp.tokenizer.add_special_case(sign, [{ORTH: sign}])
        elif len(sign) > 1 and sign.isalpha() and not sign.isupper() and sign.lower() not in currency_nouns:
            # "Kshs. 1.2 billion": a sign abbreviated in mixed case keeps the stop amounts read with it (dotted
            # signs); a code in capitals ("in SDR.") or a currency's own noun ("500 Birr.") may end a sentence.
            nlp.tokenizer.add_special_case(f"{sign}.", [{ORTH: f"{sign}."}])
    # "(No. 2TAJ-0084)", "Loan Nos. 12 and 13": a number's abbreviation ends no sentence (the sentencizer had cut a
    # list item in two at it, leaving the item's sum without its list's lead-in).
    for abbreviation in NUMBER_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    # "Rossi Impianti S.p.A. (Italy)": a firm's dotted legal form is one token and ends no sentence.
    from extractor.nlp.organisations import DOTTED_LEGAL_FORMS

    for form in DOTTED_LEGAL_FORMS:
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("sentencizer")
    importlib.import_module("extractor.nlp.paragraph_breaks")
    nlp.add_pipe("letters_paragraph_breaks")  # a blank line ends a sentence too
    for module_name, factory in COMPONENTS:
        try:
            importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue  # a family not built yet
        nlp.add_pipe(factory)
    return nlp
