"""Organisations: institutions, agencies, international organisations and groupings.

Known organisations, their aliases and acronyms are data (``organisations.jsonl``): canonical
English names, as analysts write them (European Commission, Frontex, UNHCR, G7). General patterns
add the rest: a capitalised name defined with an acronym in brackets whose head is an
organisation word ("the Global Alliance to Counter Migrant Smuggling (GACMS)") links the acronym
to the name for the rest of the letter; "Ministry of X", "Department of X", "Office of X" and
"Interior Ministry" are national institutions. Guards: "the Commission" and a bare "Council" are
the EU's only in a letter that speaks of the EU, and "Council" after another capitalised word
("Association Council") is not the Council of the EU.
"""
from __future__ import annotations

import functools

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

import extractor.nlp.extensions  # noqa: F401  (registers span attributes)
from extractor.nlp.countries import country_table
from extractor.nlp.phrases import (
    AUTHOR_KEY, indices_of, is_eu_context, match_ignoring_spaces, read_jsonl, set_spans,
    variants,
)

FAMILY = "organisation"
DATA_FILE = "organisations.jsonl"
# Head nouns that make a bracket-defined name an organisation (not a programme or a system).
ORG_HEADS = frozenset({
    "Agency", "Organisation", "Organization", "Office", "Alliance", "Council", "Commission",
    "Committee", "Union", "Association", "Authority", "Service", "Centre", "Center", "Institute",
    "Bank", "Court", "Parliament", "Assembly", "Secretariat", "Ministry", "Department", "Bureau",
    "Directorate", "Foundation", "Federation", "League", "Coalition", "Police", "Guard", "Force",
    "Corps", "Board", "Tribunal", "Observatory", "Network", "Mission", "Group", "Community",
})
# Connectors inside a name; those that end its head ("Alliance to Counter ...") are HEAD_ENDERS.
NAME_CONNECTORS = frozenset({"of", "for", "the", "and", "on", "to", "in", "&", "-", "against"})
HEAD_ENDERS = frozenset({"of", "for", "on", "to", "in", "against"})
INSTITUTION_WORDS = frozenset({"Ministry", "Department", "Office", "Directorate", "Secretariat"})
# Heads of a capitalised name after a determiner that make it a body acting in the letter:
# "the Libyan Coast Guard", "the Home Affairs Committee", "our Asylum Service". "Office",
# "Network", "Alliance" and "Union" are left out: they head programmes too ("Legal Gateway
# Office", "Union of Skills").
NAMED_BODY_HEADS = frozenset({
    "Service", "Committee", "Guard", "Agency", "Authority", "Police", "Commission", "Council",
    "Court", "Parliament", "Assembly", "Bank", "Organisation", "Organization", "Federation",
    "League", "Directorate", "Secretariat", "Gendarmerie", "Navy", "Ministry", "Tribunal",
    "Inspectorate", "Ombudsman",
})
DETERMINERS = frozenset({"the", "its", "our", "their", "his", "her", "my", "your", "'s", "’s"})
# How many words a defined name or an institution's name may have.
MAX_NAME_TOKENS = 12
MIN_ACRONYM_LENGTH = 2
# An acronym in brackets spans at most this many tokens ("AUDA", "-", "NEPAD").
MAX_ACRONYM_TOKENS = 3
EU_COMMISSION = "European Commission"
# (start token, end token, canonical name, rule id)
Candidate = tuple[int, int, str, str]
EU_COUNCIL = "Council of the European Union"
# A known name starting with one of these generic words, right after another capitalised word,
# is the tail of a longer name we do not know ("Georgia General Assembly", "World Congress").
GENERIC_FIRST_WORDS = frozenset({
    "Congress", "Commission", "Council", "General", "Security", "Human", "Court", "Foreign",
    "Border", "Home", "Treasury", "Department", "Ministry", "Office", "National", "Federal",
    "State", "Global", "Member", "Asylum", "Committee", "Justice", "Citizenship", "Customs",
})
# Capitalised words that may stand before a known name without making it another one.
QUALIFIERS = frozenset({"The", "EU", "UN", "U.N.", "US", "U.S.", "UK", "AU", "European", "United"})
# A named body's name may go on with a tail: "Agency for Development and Cooperation".
TAIL_STARTERS = frozenset({"for", "on", "of"})
TAIL_JOINERS = frozenset({"and", "&", "of", "for", "on"})
# Names that a bracketed acronym may define but that the digest does not count as organisations:
# "the EU" is the letters' own polity, as the gold digests treat it.
NOT_ORGANISATIONS = frozenset({"European Union"})
# Councils that a later bare "the Council" does not refer back to.
NOT_ANTECEDENT_COUNCILS = frozenset({EU_COUNCIL, "European Council"})


@functools.lru_cache(maxsize=1)
def organisation_records() -> list[dict]:
    """The organisation records of the data file."""
    return list(read_jsonl(DATA_FILE))


@functools.lru_cache(maxsize=1)
def canonical_index() -> dict[str, str]:
    """Lower-cased name, alias or acronym -> canonical name (for defined acronyms)."""
    index: dict[str, str] = {}
    for record in organisation_records():
        for phrase in [record["name"], *record.get("aliases", []), *record.get("acronyms", [])]:
            index.setdefault(phrase.lower(), record["name"])
    return index


def _skips_one(initials: list[str], letters: list[str]) -> bool:
    """Whether an acronym spells the initials but one inner word's ("SDC": Swiss Agency for D. C.)."""
    if len(letters) < MIN_ACRONYM_LENGTH or len(initials) != len(letters) + 1:
        return False
    if initials[0] != letters[0] or initials[-1] != letters[-1]:
        return False
    return any(initials[:i] + initials[i + 1:] == letters for i in range(1, len(initials) - 1))


def _name_tail(doc: Doc, i: int) -> int:
    """End of a name's tail: "for Development and Cooperation" after "Swiss Agency".

    The tail starts with "for", "on" or "of" and goes on over capitalised words joined by
    "and"/"of"; "and the" starts another name, and a tail that is only a country ("of Greece")
    is the country's, not the name's.
    """
    if i >= len(doc) or doc[i].lower_ not in TAIL_STARTERS:
        return i
    end = i
    j = i + 1
    if j < len(doc) and doc[j].lower_ == "the":
        if doc[i].lower_ == "on":
            return i  # "Coast Guard on the Central Mediterranean": a place, not the name
        j += 1
    while j < len(doc) and j - i < MAX_NAME_TOKENS:
        token = doc[j]
        if token.is_title and token.is_alpha:
            end = j + 1
        elif not (token.lower_ in TAIL_JOINERS and j + 1 < len(doc) and doc[j + 1].is_title):
            break
        j += 1
    if end > i and doc[i + 1:end].text.removeprefix("the ") in country_table():
        return i
    places = [s for family in ("route", "region") if family in doc.spans for s in doc.spans[family]]
    if any(p.start < end and i < p.end for p in places):
        return i
    return end


class OrganisationMatcher:
    """spaCy component: organisations into ``doc.spans["organisation"]``."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.keys: dict[str, tuple[dict, str]] = {}
        for record in organisation_records():
            phrases = [(p, "organisation.name") for p in [record["name"], *record.get("aliases", [])]]
            phrases += [(a, "organisation.acronym") for a in record.get("acronyms", [])]
            for phrase, rule in phrases:
                # Acronyms ("WHO", "ICE") only as written; names also in their variants.
                forms = {phrase} if phrase.isupper() or rule.endswith("acronym") else variants(phrase)
                for form in forms:
                    key = f"{record['name']}|{form}|{int(bool(record.get('context')))}"
                    self.keys[key] = (record, rule)
                    self.matcher.add(key, [nlp.make_doc(form)])
        self.index = canonical_index()
        self.acronym_set = frozenset(k.split("|")[1] for k in self.keys if k.split("|")[1].isupper())

    def __call__(self, doc: Doc) -> Doc:
        # Candidates are (start, end, canonical, rule) tuples, not Spans: spaCy keys a span's
        # extension values by its character offsets alone, so two candidate Spans over the same
        # tokens would share one norm.
        candidates: list[tuple[int, int, str, str]] = []
        for match_id, start, end in match_ignoring_spaces(self.matcher, doc):
            span = Span(doc, start, end, label=match_id)
            record, rule = self.keys[span.label_]
            if self._keep(doc, span, record, rule):
                rule = "organisation.context" if record.get("context") else rule
                candidates.append((start, end, record["name"], rule))
        candidates = self._resolve_bare(candidates, str(doc.user_data.get(AUTHOR_KEY) or ""))
        candidates = self._resolve_council(doc, candidates)
        for span, name in self._defined_acronyms(doc):
            candidates.append((span.start, span.end, name, "organisation.defined"))
        known = [c for c in candidates if c[3] != "organisation.defined"]
        for span in self._institutions(doc) + self._named_bodies(doc):
            inside = [c for c in known if span.start <= c[0] and c[1] <= span.end]
            first = inside[0] if len(inside) == 1 and inside[0][0] == span.start else None
            if first and first[1] - first[0] == 1 and doc[first[0]].is_upper \
                    and span.end - first[1] >= 2 and doc[span.end - 1].text in NAMED_BODY_HEADS:
                # "the OECD Development Assistance Committee": the known OECD, then the body.
                span = doc[first[1]:span.end]
            elif first and first[1] - first[0] > 1:
                pass  # "African Union Development Agency": a body of its own, named after another
            elif inside:
                continue  # "Office of the UN High Commissioner for Refugees" is the known UNHCR
            candidates.append((span.start, span.end, self.index.get(span.text.lower(), span.text),
                               "organisation.institution"))
        chosen = self._select(candidates)
        set_spans(doc, FAMILY, [self._org(doc, *c) for c in chosen])
        if "region" in doc.spans:
            # "Gulf Cooperation Council", "Union for the Mediterranean": the region word is part
            # of a known organisation's name, not a region the letter speaks of.
            known_spans = [c for c in chosen if c[3] in ("organisation.name", "organisation.acronym")]
            doc.spans["region"] = [r for r in doc.spans["region"]
                                   if not any(c[0] <= r.start and r.end <= c[1] for c in known_spans)]
        return doc

    def _resolve_bare(self, candidates: list[tuple[int, int, str, str]],
                      author: str) -> list[tuple[int, int, str, str]]:
        """A bare "the Commission" is the other Commission the letter names or writes from."""
        others = {c[2] for c in candidates if c[3] != "organisation.context"
                  and c[2].endswith(" Commission") and c[2] != EU_COMMISSION}
        if not others and author:
            lowered = " ".join(author.lower().split())
            others = {name for phrase, name in self.index.items()
                      if name.endswith(" Commission") and name != EU_COMMISSION and phrase in lowered
                      and " " in phrase}
        if len(others) != 1:
            return candidates
        other = others.pop()
        return [(c[0], c[1], other, c[3]) if c[3] == "organisation.context" and c[2] == EU_COMMISSION
                else c for c in candidates]

    @staticmethod
    def _resolve_council(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """A bare "the Council" after "the UN Security Council" is that Council, not the EU's."""
        named = sorted((c for c in candidates if c[3] != "organisation.context"
                        and c[2].endswith(" Council") and c[2] not in NOT_ANTECEDENT_COUNCILS),
                       key=lambda c: c[1])
        if not named:
            return candidates
        out = []
        for c in candidates:
            if c[3] == "organisation.context" and c[2] == EU_COUNCIL and c[1] - c[0] == 1:
                words = [t.lower_ for t in doc[max(0, c[0] - 3):c[0]]]
                before = [n for n in named if n[1] <= c[0]]
                if before and "parliament" not in words:  # "Parliament and the Council" is the EU's
                    c = (c[0], c[1], before[-1][2], c[3])
            out.append(c)
        return out

    @staticmethod
    def _select(candidates: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """Longest match wins; among equal spans the data's name beats a pattern's."""
        order = {"organisation.name": 0, "organisation.acronym": 0, "organisation.context": 0,
                 "organisation.defined": 1,
                 "organisation.institution": 2}
        unique: dict[tuple[int, int], tuple[int, int, str, str]] = {}
        for candidate in sorted(candidates, key=lambda c: order.get(c[3], 3)):
            unique.setdefault((candidate[0], candidate[1]), candidate)
        ordered = sorted(unique.values(), key=lambda c: (-(c[1] - c[0]), c[0]))
        taken, used = [], set()
        for candidate in ordered:
            tokens = set(range(candidate[0], candidate[1]))
            if not tokens & used:
                taken.append(candidate)
                used |= tokens
        return sorted(taken)

    def _keep(self, doc: Doc, span: Span, record: dict, rule: str) -> bool:
        """Whether the context allows this data match (EU context, bare "Council", headings)."""
        if record.get("requires") and record["requires"] not in doc.text:
            return False  # "the Parliament" is the European one only where the letter names it
        if record.get("context") == "eu":
            if not is_eu_context(doc):
                return False
            prev = doc[span.start - 1] if span.start > 0 else None
            if prev is not None and not prev.is_sent_start and (prev.is_title or prev.is_upper) \
                    and prev.is_alpha and prev.text not in ("The",):
                return False  # "Association Council", "Federal Trade Commission"
            if prev is not None and prev.text in ("-", "–"):
                return False  # "EU-Egypt Association Council" split at the hyphen
        prev = doc[span.start - 1] if span.start > 0 else None
        if (rule == "organisation.name" and span[0].text in GENERIC_FIRST_WORDS and prev is not None
                and prev.is_alpha and (prev.is_title or prev.is_upper) and not prev.is_sent_start
                and prev.text not in QUALIFIERS):
            return False  # "Georgia General Assembly", "World Congress": a longer unknown name
        nxt = doc[span.end] if span.end < len(doc) else None
        if (record.get("modifier_guard") and nxt is not None and nxt.is_alpha and nxt.is_lower
                and nxt.lower_ not in STOP_WORDS):
            return False  # "the UN agencies": a modifier, not the organisation acting
        if rule == "organisation.acronym" or span.text.isupper():
            neighbours = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
            if any(t.is_alpha and t.is_upper and len(t) > 1 and t.text not in self.acronym_set
                   for t in neighbours):
                return False  # a word in a heading written in capitals
        return True

    def _defined_acronyms(self, doc: Doc) -> list[tuple[Span, str]]:
        """Names defined with an acronym in brackets, and later uses of the acronym."""
        found: list[tuple[Span, str]] = []
        acronyms: dict[tuple[str, ...], str] = {}
        for i in indices_of(doc, ("(",)):
            inner = self._bracketed_acronym(doc, i)
            if inner is None:
                continue
            acronym = inner.text
            # "AUDA-NEPAD": the letters before the hyphen spell the name.
            for part in dict.fromkeys((acronym, acronym.split("-")[0], acronym.split("/")[0])):
                letters = [c for c in part if c.isupper()]
                if len(letters) < MIN_ACRONYM_LENGTH:
                    continue
                name = self._name_before(doc, i, letters)
                if name is not None:
                    break
            else:
                continue
            canonical = self.index.get(name.text.lower()) or self.index.get(acronym.lower()) or name.text
            if canonical in NOT_ORGANISATIONS:
                continue
            found.append((name, canonical))
            acronyms[tuple(t.text for t in inner)] = canonical
        for words, canonical in acronyms.items():
            for i in indices_of(doc, (words[0],)):
                if tuple(t.text for t in doc[i:i + len(words)]) == words:
                    found.append((doc[i:i + len(words)], canonical))
        return found

    @staticmethod
    def _bracketed_acronym(doc: Doc, open_i: int) -> Span | None:
        """The acronym between "(" at open_i and its ")", written as one word ("EUAA", "AUDA-NEPAD")."""
        for close in range(open_i + 2, min(open_i + 2 + MAX_ACRONYM_TOKENS, len(doc))):
            if doc[close].text == ")":
                inner = doc[open_i + 1:close]
                glued = all(not t.whitespace_ for t in inner[:-1])
                if glued and inner.text[:1].isupper() and " " not in inner.text:
                    return inner
                return None
        return None

    @staticmethod
    def _name_before(doc: Doc, paren_i: int, letters: list[str]) -> Span | None:
        """The capitalised name before a bracket whose initials spell the acronym, if an org."""
        start = paren_i
        while start > 0 and paren_i - start < MAX_NAME_TOKENS:
            prev = doc[start - 1]
            in_name = prev.is_title or prev.is_upper or prev.lower_ in NAME_CONNECTORS
            if not in_name or (prev.is_punct and prev.text != "-"):
                break
            start -= 1
        # Try the longest run first, dropping words from the left until the initials match; an
        # acronym that skips one inner word ("SDC") only if none spells the initials exactly.
        for matches in (lambda i: i == letters, lambda i: _skips_one(i, letters)):
            for first in range(start, paren_i):
                if doc[first].lower_ in NAME_CONNECTORS:
                    continue
                pairs = zip(doc[first:paren_i - 1], doc[first + 1:paren_i])
                if any(a.lower_ == "and" and b.lower_ == "the" for a, b in pairs):
                    continue  # "Afreximbank and the African Union ...": two names
                words = [t for t in doc[first:paren_i] if t.is_title or t.is_upper]
                initials = [t.text[0] for t in words]
                capitals = [c for t in words for c in t.text if c.isupper()]
                if matches(initials) or capitals == letters:
                    head = None
                    for t in doc[first:paren_i]:
                        if t.lower_ in HEAD_ENDERS:
                            break
                        if t.is_title:
                            head = t.text
                    return doc[first:paren_i] if head in ORG_HEADS else None
        return None

    @staticmethod
    def _institutions(doc: Doc) -> list[Span]:
        """"Ministry of the Interior", "Department of State", "Interior Ministry" by pattern."""
        found = []
        for i in indices_of(doc, INSTITUTION_WORDS):
            token = doc[i]
            end = token.i + 1
            if end < len(doc) and doc[end].lower_ in ("of", "for"):
                j = end + 1
                last = None
                while j < len(doc) and j - token.i < MAX_NAME_TOKENS:
                    t = doc[j]
                    if t.text in INSTITUTION_WORDS:
                        break  # "Department of State and the Department of Commerce": two
                    if t.is_title or t.is_upper:
                        last = j
                    elif t.lower_ not in ("the", "and", "&", "of", "for", ","):
                        break
                    j += 1
                if last is not None:
                    found.append(doc[token.i:last + 1])
            elif token.text == "Ministry" and token.i > 0 and doc[token.i - 1].is_title \
                    and not doc[token.i - 1].is_sent_start:
                found.append(doc[token.i - 1:token.i + 1])
        return found

    @staticmethod
    def _named_bodies(doc: Doc) -> list[Span]:
        """Capitalised names after a determiner headed by a body word ("the Asylum Service")."""
        found = []
        for i in indices_of(doc, NAMED_BODY_HEADS):
            token = doc[i]
            start = token.i
            while start > 0 and token.i - start < MAX_NAME_TOKENS:
                prev = doc[start - 1]
                if not ((prev.is_title or prev.is_upper) and prev.is_alpha) or prev.is_sent_start:
                    break
                start -= 1
            if token.i - start < 1 or start == 0 or doc[start - 1].lower_ not in DETERMINERS:
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].is_title:
                continue  # the name goes on ("Service Provider")
            end = _name_tail(doc, token.i + 1)  # "Swiss Agency for Development and Cooperation"
            span = doc[start:end]
            if span.text in country_table():
                continue  # "the Russian Federation" is a country
            found.append(span)
        return found

    @staticmethod
    def _org(doc: Doc, start: int, end: int, name: str, rule: str) -> Span:
        """A span labelled as an organisation with its canonical name and rule."""
        out = Span(doc, start, end, label=FAMILY)
        out._.norm = " ".join(name.split())
        out._.rule = rule
        return out


@Language.factory("letters_organisations")
def make_organisations(nlp: Language, name: str) -> OrganisationMatcher:
    """Factory of the organisations component."""
    return OrganisationMatcher(nlp)
