"""Build the spaCy pipeline once per process: ``spacy.blank("en")``, sentences, our rule components."""
from __future__ import annotations

import functools
import importlib

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
)


@functools.lru_cache(maxsize=1)
def get_nlp():
    """Return the process-wide pipeline (built on first use)."""
    import spacy

    import extractor.nlp.extensions  # noqa: F401  (registers span attributes)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for module_name, factory in COMPONENTS:
        try:
            importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue  # a family not built yet
        nlp.add_pipe(factory)
    return nlp
