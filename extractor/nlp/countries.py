"""Countries: names, other names and demonyms, normalised to ISO 3166-1 alpha-3.

The name table is ``extractor.reference.countries.country_table()``: pycountry's names (name,
official_name, common_name), other names (Türkiye, Burma, "the U.S.", Kosovo as XKX ...) and
demonyms, adjectives and people forms ("Libyan authorities", "Afghans"). Matching is case-sensitive on token text with spaCy's
PhraseMatcher, so "turkey" the bird never matches. The blank tokenizer splits "EU-India" and
"Guinea-Bissau" at the hyphen, and patterns go through the same tokenizer, so countries inside
compound names are found and the longest match wins (Papua New Guinea over Guinea).
``country_blockers.tsv`` and the region names are matched too: a country inside a longer
blocker ("Indian Ocean", "Latin America", "New Mexico") is dropped. Context guards drop
false friends: a person ("Mr Jordan", "Michael Jordan", "Chad Smith") and Georgia the US state.
"""

from __future__ import annotations

import functools

import pycountry
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from extractor.nlp.amounts import currency_tables
from extractor.nlp.data_files import read_jsonl, read_lines, read_word_sets
from extractor.nlp.extensions import SPAN_ASSIGNS, doc_text  # importing it registers the span attributes
from extractor.nlp.organisations import NATIONAL_KIND, organisation_records
from extractor.nlp.phrases import (
    HONORIFICS,
    covered,
    longest_first,
    match_ignoring_spaces,
    phrase_docs,
    set_spans,
    variants,
)
from extractor.reference.addresses import STREET_WORDS
from extractor.reference.countries import country_table, subdivision_countries

FAMILY = "country"
# The word sets below, kept as data (kind <TAB> word); each constant reads its kind by name.
WORD_FILE = "country_words.tsv"
WORDS = read_word_sets(WORD_FILE)
BLOCKER_FILE = "country_blockers.tsv"
REGION_FILE = "regions.jsonl"
BLOCK = "BLOCK"
MAX_BREAK_HEAD_CHARS = 80  # how far back a longer name's first words are looked for across a paragraph break
KNOWN_ORG_RULES = frozenset({"organisation.name", "organisation.acronym"})


@functools.lru_cache(maxsize=1)
def national_bodies() -> frozenset[str]:
    """Canonical names of the data's bodies of one state ("Saudi Fund for Development", "Australian Border Force"):
    an adjective in such a name stands for that state, not for a region as in "Organization of American States"."""
    return frozenset(record["name"] for record in organisation_records() if record["kind"] == NATIONAL_KIND)


# Names that are also given names or surnames: checked for a person next to them.
PERSON_NAMES = frozenset({"Jordan", "Chad", "Georgia", "Israel", "India", "Kenya", "Holland", "Jersey"})
# Given names that stand before a surname ("Chad Smith", "Jordan Hale"); PLACE_WORDS keep
# "Jordan Compact" and "Chad Basin" countries.
GIVEN_NAMES = frozenset({"Chad", "Georgia", "India", "Kenya", "Israel", "Jordan"})
# Capitalised words that may stand before a country without being a given name.
GEO_MODIFIERS = WORDS["geo_modifiers"]
# Words after a given name that show it is not a person ("Chad Basin", "Georgia Strait").
PLACE_WORDS = WORDS["place_words"]
# A demonym next to these words names a language, not the country ("French-speaking").
LANGUAGE_WORDS = WORDS["language_words"]
# "available in French and English": a demonym after these, then a conjunction or punctuation.
LANGUAGE_PREPOSITIONS = frozenset({"in", "into"})
# "translation from Spanish", "translated from the French": "from" after these words opens a language too.
TRANSLATION_WORDS = WORDS["translation_words"]
# "those who speak Spanish": a demonym (or a list of them) right after these is a language, whatever follows.
SPEAKING_VERBS = frozenset({"speak", "speaks", "speaking", "spoke", "spoken"})
# "the cities of Armenia and Pereira": a country's name after these words and "of" is a city's, in the whole letter.
CITY_WORDS = WORDS["city_words"]
# "the Province of Niger" in a letter naming Nigeria: after these words and "of", a country's name that is also the
# name of a province (a pycountry subdivision) of another country the letter names is the province's, in the whole
# letter; not "the provinces of Türkiye", the country's own.
PROVINCE_WORDS = WORDS["province_words"]
REGION_WORDS = WORDS["region_words"]
PROVINCE_ADJECTIVES = WORDS["province_adjectives"]
PROVINCE_BODIES = WORDS["province_bodies"]
MAX_LISTED_PROVINCE_WORDS = 6  # words of a list of provinces' names between a name and their plural noun
LIST_GLUE = ("and", ",")  # what joins the names of a list ("X, Y and Z")
# Countries whose capital bears their name ("the city of Luxembourg"): only the name after "city of" is the city's.
CAPITAL_NAMESAKES = WORDS["capital_namesakes"]
# A sentence that names one of these speaks of the US state of Georgia, not the country.
US_STATE_CONTEXT = WORDS["us_state_context"]
# Words that show a letter speaks of the country Georgia, whatever else it says.
COUNTRY_GEORGIA_CUES = frozenset({"Georgian", "Georgians", "Tbilisi", "Caucasus", "Abkhazia", "Ossetia"})
# "other States", "50 states": words before "states" that count US states.
STATE_QUANTIFIERS = WORDS["state_quantifiers"]


@functools.lru_cache(maxsize=1)
def blocker_phrases() -> frozenset[str]:
    """Phrases that hide a country name but do not refer to the country."""
    phrases = set(read_lines(BLOCKER_FILE))
    for region in read_jsonl(REGION_FILE):
        phrases.add(region["name"])
        phrases.update(region.get("aliases", []))
    return frozenset(phrases)


@functools.lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """The names of languages (pycountry's, each of "Dutch; Flemish" apart, without a bracket): a demonym names a
    language only when it is one of them ("Afghan interpreters" are people of Afghanistan; "French" may be either)."""
    return frozenset(part.strip().split(" (")[0] for lang in pycountry.languages for part in lang.name.split(";"))


@functools.lru_cache(maxsize=1)
def us_state_names() -> frozenset[str]:
    """Names of the US states and territories (pycountry subdivisions), for the Georgia guard."""
    return frozenset(s.name for s in pycountry.subdivisions.get(country_code="US") or ())


class CountryMatcher:
    """spaCy component: country mentions into ``doc.spans["country"]``."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.table: dict[str, tuple[str, str]] = {}
        for phrase, (code, rule) in country_table().items():
            # Short acronyms in capitals ("US", "UK") stay as they are; others get variants.
            for variant in variants(phrase, caps=len(phrase) > 4):
                self.table.setdefault(variant, (code, rule if variant == phrase else rule + ".variant"))
        blockers = {v for phrase in blocker_phrases() for v in variants(phrase)}
        # Table phrases first so that a phrase listed both ways stays a country.
        self.blockers = blockers - set(self.table)
        # One key per phrase (the key is how a match finds its code); blockers share one key.
        phrases = list(self.table)
        for phrase, pattern in zip(phrases, phrase_docs(nlp, phrases)):
            self.matcher.add(phrase, [pattern])
        self.matcher.add(BLOCK, phrase_docs(nlp, sorted(self.blockers)))
        # The table's names that end with another of its names ("People's Republic of China" ends with Taiwan's
        # "Republic of China"), by that shorter name, longest first.
        self.longer_names: dict[str, list[str]] = {}
        for phrase in sorted(phrases, key=len, reverse=True):
            words = phrase.split()
            for i in range(1, len(words)):
                tail = " ".join(words[i:])
                if tail in self.table:
                    self.longer_names.setdefault(tail, []).append(phrase)

    def __call__(self, doc: Doc) -> Doc:
        candidates = [
            Span(doc, start, end, label=match_id) for match_id, start, end in match_ignoring_spaces(self.matcher, doc)
        ]
        # Only names the data knows ("Organization of American States") hide their adjective;
        # a pattern-found "Libyan Coast Guard" still speaks of Libya.
        organisations = (
            [s for s in doc.spans["organisation"] if s._.rule in KNOWN_ORG_RULES and s._.norm not in national_bodies()]
            if "organisation" in doc.spans
            else []
        )
        found = []
        us_georgia = self._letter_means_us_georgia(doc, candidates)
        named = [span for span in candidates if span.label_ != BLOCK]
        named_codes = {self.table[span.label_][0] for span in named}
        named_starts = {span.start for span in named}
        named_as_city = [span for span in named if self._named_as_city(doc, span, named_codes, named_starts)]
        cities = {span.text for span in named_as_city if span.text not in CAPITAL_NAMESAKES}
        for span in longest_first(candidates):
            if span.label_ == BLOCK:
                continue
            if us_georgia and self._is_georgia_name(span):
                continue
            if span.text in cities or span in named_as_city:
                continue  # "the city of Armenia" (Colombia): the letter's name of a city, each time it is written
            code, rule = self.table[self._name_across_break(doc, span) or span.label_]
            if rule.startswith("country.demonym") and covered(span, organisations):
                continue  # "Organization of American States": the adjective is part of a name
            if self._false_friend(doc, span):
                continue
            # Every family labels its spans with the family's name (the match key was the phrase).
            out = Span(doc, span.start, span.end, label=FAMILY)
            out._.norm = code
            out._.rule = rule
            found.append(out)
        set_spans(doc, FAMILY, found)
        return doc

    def _name_across_break(self, doc: Doc, span: Span) -> str | None:
        """The table's longer name that a match ends when its first words stand before a paragraph break, as a
        wrapped PDF line or a cc block leaves them ("the People's / Republic of China": China, not Taiwan)."""
        if self.table[span.label_][1].startswith("country.demonym"):
            return None  # "Support for the South / Sudanese refugees": an adjective opens its own paragraph
        longer_names = self.longer_names.get(span.label_, ())
        if not longer_names:
            return None
        before = doc_text(doc)[max(0, span.start_char - MAX_BREAK_HEAD_CHARS) : span.start_char].split()
        for longer in longer_names:
            head = longer[: -len(span.label_)].split()
            if before[-len(head) :] == head:
                # The longest name written wins ("People's Republic of / China" is not Taiwan's "Republic of China").
                return longer if self.table[longer][0] != self.table[span.label_][0] else None
        return None

    def _false_friend(self, doc: Doc, span: Span) -> bool:
        """Whether context shows the match is a person, a US state or an acronym in a heading."""
        text = span.text
        # Headings and signatures in capitals: "JORDAN T. MERCER" is checked as "Jordan".
        name = text.title() if text.isupper() and len(text) > 3 else text
        prev = doc[span.start - 1] if span.start > 0 else None
        nxt = doc[span.end] if span.end < len(doc) else None
        if prev is not None and prev.text in HONORIFICS:
            return True
        if nxt is not None and nxt.text in STREET_WORDS:
            return True  # "Sudan Street, Addis Ababa": an address's street named after a country
        if text in ("US", "U.S.") and self._shouting(doc, span):
            return True  # "CONTACT US" in a heading
        if text in ("US",) and nxt is not None and nxt.text.startswith("$"):
            return True  # "US$": a currency, the amount's business
        if nxt is not None and f"{text} {nxt.text}".lower() in currency_tables()[1]:
            return True  # "Canadian dollars", "Swiss francs": a currency, the amount's business
        if name in PERSON_NAMES and prev is not None and self._given_name(prev):
            return True  # "Michael Jordan"
        if name in GIVEN_NAMES and self._surname_after(doc, span):
            return True  # "Chad Smith"
        if self._initial_and_surname(doc, span):
            return True  # "announced British A. Robinson as the new coordinator": a person's given name
        if name == "Georgia" and self._us_context(span):
            return True
        if self.table[span.label_][1].startswith("country.demonym") and self._language(doc, span):
            return True
        return False

    @staticmethod
    def _language(doc: Doc, span: Span) -> bool:
        """Whether a demonym names a language ("French-speaking", "translated into Arabic")."""
        name = span.text.title() if span.text.isupper() else span.text
        if name not in language_names():
            return False
        following = [t.lower_ for t in doc[span.end : span.end + 2]]
        if following and (
            following[0] in LANGUAGE_WORDS or following[:2] == ["-", "speaking"] or following[:2] == ["-", "language"]
        ):
            return True

        def in_list(token) -> bool:
            return token.lower_ in ("and", "or", ",") or (token.is_title and token.is_alpha)

        i = span.start - 1
        while i >= 0 and in_list(doc[i]):
            i -= 1
        if i >= 0 and doc[i].lower_ in SPEAKING_VERBS:
            return True
        # After "in", the whole list of languages ("in Spanish, French and Portuguese") must end the
        # phrase: "in Syrian and Iraqi camps" is about countries.
        j = span.end
        while j < len(doc) and in_list(doc[j]):
            if doc[j].text == "," and not (j + 1 < len(doc) and in_list(doc[j + 1])):
                break  # "in English and Spanish, with local ads": the comma closes the list
            j += 1
        if j < len(doc) and not doc[j].is_punct:
            return False
        listed = [t.text for t in doc[i + 1 : j] if t.is_alpha and t.lower_ not in ("and", "or")]
        if 0 <= i and j < len(doc) and (doc[i].text, doc[j].text) == ("(", ")") and len(listed) > 1:
            # "a list of equipment (Spanish and Chinese)": a bracket that holds only languages gives a text's.
            return all(word in language_names() for word in listed)
        k = i - 1 if i >= 0 and doc[i].lower_ == "the" else i  # "translation from the Spanish"
        if k >= 1 and doc[k].lower_ == "from" and doc[k - 1].lower_ in TRANSLATION_WORDS:
            return True
        return i >= 0 and doc[i].lower_ in LANGUAGE_PREPOSITIONS

    @staticmethod
    def _initial_and_surname(doc: Doc, span: Span) -> bool:
        """Whether a middle initial and a capitalised surname follow the match ("British A. Robinson")."""
        if span.end + 1 >= len(doc):
            return False
        initial, surname = doc[span.end], doc[span.end + 1]
        is_initial = len(initial.text) == 2 and initial.text[0].isupper() and initial.text[1] == "."
        return is_initial and surname.is_title and surname.is_alpha

    def _surname_after(self, doc: Doc, span: Span) -> bool:
        """Whether a single capitalised word that ends a name follows ("Jordan Hale, the ...")."""
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and (prev.text in ("-", "\u2013", "/") or prev.lower_ == "the"):
            return False  # "EU-India Strategic Agenda", "the Jordan Compact"
        if span.end >= len(doc):
            return False
        nxt = doc[span.end]
        after = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if len(nxt.text) == 2 and nxt.text[0].isupper() and nxt.text[1] == ".":
            return True  # a middle initial: "Jordan T. Mercer", "JORDAN T. MERCER"
        if not (nxt.is_title and nxt.is_alpha) or nxt.is_sent_start:
            return False
        if nxt.text in PLACE_WORDS or nxt.text in self.table or nxt.lower_ in STOP_WORDS:
            return False
        # A surname ends the name; "India Strategic Agenda" goes on with another capitalised word.
        return after is None or not (after.is_title or after.is_upper)

    def _given_name(self, token) -> bool:
        """Whether a token before a name looks like a given name (capitalised, mid-sentence)."""
        return (
            token.is_title
            and token.is_alpha
            and not token.is_sent_start
            and token.lower_ not in STOP_WORDS
            and token.text not in GEO_MODIFIERS
            and token.text not in self.table
            and token.text not in self.blockers
        )

    def _named_as_city(self, doc: Doc, span: Span, named_codes: set[str], named_starts: set[int]) -> bool:
        """Whether a name follows "city of", "the cities of" ("the town of Jordan"), or "province of" and is the
        name of a province of another country the letter names: a city or province named like a country."""
        before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
        if self._listed_with_provinces(doc, span, named_codes):
            return True  # "Kano, Niger and Kwara" in a letter on Nigeria: its states, not the country
        if self._province_word_after(doc, span) or self._province_body_before(doc, span):
            # "in X and Y provinces", "Niger State", "the district authorities of X and Y".
            return self._province_of_named_country(span, named_codes)
        if len(before) < 2 or before[1] != "of":
            return False
        if before[0] in CITY_WORDS:
            # "the towns of X and Y" with countries alone in the list: the countries' own towns, as "the towns of X"
            # is (one city is no "towns"); "the cities of X and Pereira" names cities.
            return not (before[0].endswith("s") and self._country_list_goes_on(doc, span, named_starts))
        # "the districts of Niger" in a letter that names no Nigeria are the country's own districts.
        return before[0] in PROVINCE_WORDS and self._province_of_named_country(span, named_codes)

    def _province_of_named_country(self, span: Span, named_codes: set[str]) -> bool:
        """Whether a name is also a province's (a pycountry subdivision) of another country the letter names."""
        own = self.table[span.label_][0]
        holders = subdivision_countries().get(span.text, frozenset())
        return any(code != own and code in named_codes for code in holders)

    def _listed_with_provinces(self, doc: Doc, span: Span, named_codes: set[str]) -> bool:
        """Whether a name that is also a province's of another country the letter names stands in a list ("X, Y and
        Z") beside a name that is only a province's of that country, no country's: a list of one country's regions."""
        own = self.table[span.label_][0]
        provinces = subdivision_countries()
        holders = {code for code in provinces.get(span.text, frozenset()) if code != own and code in named_codes}
        if not holders:
            return False
        neighbours = []
        if span.start >= 2 and doc[span.start - 1].lower_ in LIST_GLUE:
            neighbours.append(doc[span.start - 2])
        if span.end + 1 < len(doc) and doc[span.end].lower_ in LIST_GLUE:
            neighbours.append(doc[span.end + 1])
        return any(
            t.is_title and t.text not in self.table and holders & provinces.get(t.text, frozenset()) for t in neighbours
        )

    @staticmethod
    def _province_body_before(doc: Doc, span: Span) -> bool:
        """Whether a province's body and "of" come just before a name ("the provincial government of Gaza")."""
        if span.start < 3:
            return False
        adjective, body, _ = (t.lower_ for t in doc[span.start - 3 : span.start])
        return adjective in PROVINCE_ADJECTIVES and body in PROVINCE_BODIES

    @staticmethod
    def _province_word_after(doc: Doc, span: Span) -> bool:
        """Whether a province's noun follows a name, at once ("Gaza Province") or past the other names of its list
        ("Gaza and Sofala provinces")."""
        k = span.end
        nouns = PROVINCE_WORDS | REGION_WORDS
        while k < len(doc) and k - span.end < MAX_LISTED_PROVINCE_WORDS and doc[k].lower_ not in nouns:
            if not (doc[k].lower_ in LIST_GLUE or (doc[k].is_title and doc[k].is_alpha)):
                return False
            k += 1
        return k < len(doc) and doc[k].lower_ in nouns and (k == span.end or doc[k].lower_.endswith("s"))

    @staticmethod
    def _country_list_goes_on(doc: Doc, span: Span, named_starts: set[int]) -> bool:
        """Whether a name ends its phrase or is joined ("and", ",") to another country's name, not to another name."""
        k = span.end + 1 if span.end < len(doc) and doc[span.end].lower_ in LIST_GLUE else span.end
        return k >= len(doc) or k in named_starts or not (doc[k].is_title or doc[k].is_upper)

    @staticmethod
    def _is_georgia_name(span: Span) -> bool:
        return span.text.title() == "Georgia"

    def _letter_means_us_georgia(self, doc: Doc, candidates: list[Span]) -> bool:
        """Whether the letter speaks of Georgia the US state: one sense for the whole letter.

        A letter to a governor mentions "the State of Georgia" once and plain "Georgia" later, far
        from any US word; the name keeps the sense the letter gave it. A letter that also speaks of
        the country's people or capital ("Georgian", "Tbilisi") keeps the per-sentence test.
        """
        names = [s for s in candidates if s.label_ != BLOCK and self._is_georgia_name(s)]
        if not names or any(t.text in COUNTRY_GEORGIA_CUES for t in doc):
            return False
        return any(self._state_of(span) or self._us_context(span) for span in names)

    @staticmethod
    def _state_of(span: Span) -> bool:
        """ "the State of Georgia", "Georgia State": the name of a US state."""
        doc = span.doc
        before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        return before == ["state", "of"] or after == "state"

    def _us_context(self, span: Span) -> bool:
        """Whether Georgia's sentence (or the next) speaks of US states (Atlanta, governors ...)."""
        sentence = span.sent
        doc = span.doc
        following = doc[sentence.end].sent if sentence.end < len(doc) else None
        for sent in (sentence, following):
            if sent is None:
                continue
            if {t.text for t in sent} & US_STATE_CONTEXT:
                return True
        words = list(sentence)
        for i, token in enumerate(words):
            # "Georgia and several other States": states counted as US states, not "United States".
            if token.lower_ in ("states", "state") and i > 0 and words[i - 1].lower_ in STATE_QUANTIFIERS:
                return True
        # pycountry's subdivisions take most of a second to load: only when Georgia is named.
        return any(state in sentence.text for state in us_state_names() if state != "Georgia")

    @staticmethod
    def _shouting(doc: Doc, span: Span) -> bool:
        """Whether the span's neighbours are words in capitals (a heading, not the country)."""
        neighbours = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
        return any(t.is_alpha and t.is_upper and len(t) > 1 for t in neighbours)


@Language.factory("letters_countries", assigns=SPAN_ASSIGNS, requires=["doc.spans", "token.is_sent_start"])
def make_countries(nlp: Language, name: str) -> CountryMatcher:
    """Factory of the countries component."""
    return CountryMatcher(nlp)
