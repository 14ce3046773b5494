"""Verbs: the verb lexicon and the verb groups (a main verb with its auxiliaries) of a sentence.

The rule pipeline leaves a blank English model with a sentencizer (no tagger or parser), so verbs
are recognised from the lexicon's policy verbs (``lexicon/commitments.tsv``, kind ``verb``) with
their regular inflections, and their time from the auxiliaries before them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional, Sequence

from extractor.reference.marks import BULLETS
from extractor.relations.letter_doc import PREPOSITIONS
from extractor.relations.wordlists import load_lexicon

if TYPE_CHECKING:
    from extractor.relations.letter_doc import LetterDoc

WORDS = load_lexicon("commitments")
# How far (in tokens) to look back from a verb for its auxiliaries.
DEFAULT_AUX_WINDOW = 5
# Most words of the noun phrase between "with" and its participle in an absolute phrase ("with particular emphasis").
MAX_ABSOLUTE_NOUN_WORDS = 3
# Most words of an aside between commas after a subject, before its verb ("$2 billion, also from Budget 2024, funds").
MAX_ASIDE_WORDS = 8
VOWELS = "aeiou"
# Most words between a sum and the noun it qualifies ("$6 billion three - year Seventh Replenishment pledge").
SUM_MODIFIER_WINDOW = 7
# Plural nouns of plans and money that read as a verb's third person ("plans", "grants", "loans").
LIST_LABEL_NOUNS = WORDS.plan_nouns | WORDS.money_nouns | WORDS.funds | WORDS.pledge_nouns
# The verb forms that can only be a verb, not a noun: past and third person ("provided", "supports").
FINITE_TENSES = ("past", "3sg")
# Endings that take "-es" in the third person ("finances", "pushes").
ES_ENDINGS = ("s", "sh", "ch", "x", "z", "o")
# The verb classes of giving money (not one of receiving, nor a generic action such as "launching").
GIVING_CLASSES = frozenset({"disbursed", "adopted"})
# The letter's memo of verb groups found, by the token range of the sentence or clause they were asked of.
VERB_GROUPS_MEMO = "verb_groups"
# Most words after a verb of asking in which its word of release stands ("requests the release of", "we ask the Fund to
# pay out the last instalment").
RELEASE_REACH = 8
# Most words from a verb back to the "that" opening its clause, and from there to an earlier "that" the clause is
# coordinated with ("we urge that the levy be waived and that the Board meet").
MAX_THAT_CLAUSE_WORDS = 8
MAX_COORDINATED_THAT_WORDS = 25


@dataclass
class Cues:
    """The verb lexicon: each form with its lemma, status class and tense."""

    forms: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # form -> lemma, class, tense
    # Irregular forms the lexicon lists, some of them also the base ("set": "has set aside" is a perfect).
    irregular: set[str] = field(default_factory=set)


def inflect(lemma: str) -> dict[str, str]:
    """Regular English forms of a verb: base, third person, past, -ing."""
    # "supply": the y of a consonant stem turns to i before -es and -ed.
    consonant_y = lemma.endswith("y") and lemma[-2:-1] not in VOWELS
    stem = lemma[:-1] + "i" if consonant_y else lemma
    third = stem + "es" if consonant_y or lemma.endswith(ES_ENDINGS) else lemma + "s"
    past = lemma + "d" if lemma.endswith("e") else stem + "ed"
    if lemma.endswith("ie"):
        ing = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith("ee"):
        ing = lemma[:-1] + "ing"
    else:
        ing = lemma + "ing"
    return {lemma: "base", third: "3sg", past: "past", ing: "ing"}


@functools.lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The verb forms of the lexicon (the first verb to claim a form keeps it)."""
    cues = Cues()
    for verb in WORDS.verb:
        for form, tense in inflect(verb.lemma).items():
            cues.forms.setdefault(form, (verb.lemma, verb.cls, tense))
        for form in verb.forms:
            tense = "ing" if form.endswith("ing") else "past"
            cues.forms.setdefault(form, (verb.lemma, verb.cls, tense))
            cues.irregular.add(form)
    return cues


@dataclass
class VerbGroup:
    """A main verb with its auxiliaries, as found in one sentence. The per-letter memo hands the same groups to
    every stage: never change one (its ``aux`` list included); build a new one with ``dataclasses.replace``."""

    head: int  # token index of the main verb
    start: int  # token index of the first auxiliary (or the head)
    lemma: str
    cls: str
    tense: str
    aux: list[str]
    purpose: bool = False  # a "to VERB" purpose clause, not a main verb
    time: Optional[str] = None  # future, past, progressive, present
    to_follows: bool = False  # "committed to", "decided to": the verb governs another one
    governor: str = ""  # the word before "to VERB" ("agreed to provide")

    def is_passive(self) -> bool:
        """A past participle after a form of "be", or with no auxiliary at all."""
        return self.tense == "past" and bool(
            set(self.aux) & WORDS.be_have - {"has", "have", "had", "'ve"} or not self.aux
        )


def release_asked_at(view: LetterDoc, group: VerbGroup, end: int) -> Optional[int]:
    """The token index of a word of release a few words after a verb of asking, before ``end`` ("requests the release
    of", "we ask the Fund to pay out"); None when the verb asks for no release."""
    if group.lemma not in WORDS.request_lemmas:
        return None
    doc = view.doc
    reach = range(group.head + 1, min(end, group.head + 1 + RELEASE_REACH))
    return next((i for i in reach if doc[i].lower_ in WORDS.asked_release_words), None)


CONDITION_CONJUNCTION_REACH = 4  # words after "that" within which a condition's verb stands ("that funding is")


def condition_conjunction(view: LetterDoc, sent, i: int) -> bool:
    """Rule ``condition_conjunction``: whether the condition opener at ``i`` ("provided", "providing") is a
    conjunction, "that" opening a clause ("provided that the reforms are in force", "provided that funding is
    available"), and not a verb of giving whose object "that" determines ("provided that support in full, NOK 4
    million"): a clause starts with a determiner, a pronoun or a name, or has its finite verb a few words on, before
    any punctuation."""
    doc = view.doc
    if i + 2 >= sent.end or doc[i + 1].lower_ != "that":
        return False
    after = doc[i + 2]
    if after.lower_ in WORDS.determiners | WORDS.subject_pronouns or (after.is_title and after.is_alpha):
        return True
    finite = WORDS.be_forms | WORDS.auxiliaries | WORDS.future_aux
    for j in range(i + 3, min(sent.end, i + 3 + CONDITION_CONJUNCTION_REACH)):
        if doc[j].is_punct:
            return False
        if doc[j].lower_ in finite:
            return True
    return False


def verb_groups(view: LetterDoc, sent, cues: Cues) -> list[VerbGroup]:
    """Main verbs of a sentence with their auxiliaries and their time (future, past ...)."""
    # Many stages and each sum ask it of the same sentence: found once per stretch of the letter (the groups are
    # never changed after; each caller gets its own list).
    if cues is not load_cues():
        return _verb_groups(view, sent, cues)
    found = view.memo.setdefault(VERB_GROUPS_MEMO, {})
    key = (sent.start, sent.end)
    if key not in found:
        found[key] = tuple(_verb_groups(view, sent, cues))
    return list(found[key])


def _verb_groups(view: LetterDoc, sent, cues: Cues) -> list[VerbGroup]:
    """`verb_groups`, found anew."""
    doc = view.doc
    covered = view.covered
    lowers = view.lowers  # read once for the letter: a Token object only for the words that may be verbs
    groups = []
    for i in range(sent.start, sent.end):
        entry = cues.forms.get(lowers[i])
        if entry is None or i in covered:
            continue
        token = doc[i]
        lemma, cls, tense = entry
        if (
            token.is_title
            and not token.is_sent_start
            and token.i > sent.start
            and not opens_bullet(doc, token.i)
            and not (tense == "past" and _label(doc, token.i))
        ):
            continue  # a heading or a name ("Proposed Rules"), not a verb
        if tense == "past" and token.i > sent.start and _after_determiner(doc, sent, token.i):
            continue  # an adjective: "the proposed Directive", "for assisted voluntary returns"
        if (
            tense == "base"
            and token.i > sent.start
            and doc[token.i - 1].lower_ in WORDS.possession_verbs
            and token.lower_ not in cues.irregular
        ):
            continue  # a noun: "CAISI has access to the capacity" (the perfect would read "has accessed")
        if tense == "past" and _in_absolute_phrase(doc, sent, token.i):
            continue  # "a budget of GBP 24 million, with priority given to X": the participle is the noun's
        if tense != "past" and token.i > sent.start and _after_demonym(view, token.i):
            continue  # a noun's modifier: "the Jordanian host communities"
        if tense != "past" and token.i + 1 < sent.end and doc[token.i + 1].lower_ == "of":
            continue  # a noun: "a Digital Invest grant of $500,000 will leverage ..."
        if (
            tense != "past"
            and sent.start < token.i < sent.end - 1
            and doc[token.i + 1].lower_ in WORDS.future_aux | WORDS.be_forms
            and (
                doc[token.i - 1].lower_ in WORDS.determiners
                or token.i - 1 in covered
                or (doc[token.i - 1].is_title and not doc[token.i - 1].is_sent_start)
            )
        ):
            # a noun, the subject of the verb after it: "The Bangladesh programme will be co-financed", "the
            # Electoral Support grant was paid" (a name's last word before it)
            continue
        if token.i > sent.start and doc[token.i - 1].like_num and token.lower_ in WORDS.currency_homographs:
            continue  # a currency after its figure, not a verb: "KRW 3 billion won for the clinics"
        if is_money_noun(doc, token, sent):
            continue  # "$20 million of American Rescue Plan Act funds that USAID plans to use"
        if lemma in WORDS.reporting_lemmas and token.i + 1 < sent.end and doc[token.i + 1].lower_ == "that":
            continue  # "I would add that expenditure reached $5 million": a verb of saying, the clause after it has the news
        if token.lower_ in WORDS.condition_openers and condition_conjunction(view, sent, token.i):
            continue  # "..., provided that the reforms are in place": a conjunction opening a condition, no verb of giving
        if tense == "base" and names_sum(view, sent, token.i):
            continue  # a noun the sum qualifies: "a total $6 billion three-year Seventh Replenishment pledge"
        aux: list[str] = []
        j = token.i - 1
        if (
            j - 2 >= sent.start
            and doc[j].text == "-"
            and doc[j - 1].lower_ in WORDS.joint_prefixes
            and doc[j - 2].lower_ in WORDS.auxiliaries
        ):
            j -= 2  # "will be co-financed": the auxiliaries stand before the prefix
        while j >= sent.start and token.i - j <= DEFAULT_AUX_WINDOW:
            word = doc[j].lower_
            # "-ly" adverbs ("swiftly"), but not names that end so ("Italy") or entity tokens; a name is no
            # auxiliary either ("The Plan allocates": a programme, not "plan to").
            if (word in WORDS.auxiliaries and j not in covered) or (
                word.endswith("ly") and doc[j].is_lower and j not in covered
            ):
                aux.insert(0, word)
                j -= 1
                continue
            break
        start = j + 1
        group = VerbGroup(head=token.i, start=start, lemma=lemma, cls=cls, tense=tense, aux=aux)
        if aux and aux[-1] == "to" or "to" in aux[-2:]:
            before_to = doc[start - 1].lower_ if start - 1 >= sent.start else ""
            governors = set(aux[: aux.index("to")]) | {before_to}
            within = aux[: aux.index("to")]
            group.governor = within[-1] if within else before_to
            if not governors & WORDS.to_governors:
                group.purpose = True
        group.to_follows = (
            token.lower_ in WORDS.dispositions
            and token.i + 2 < sent.end
            and doc[token.i + 1].lower_ == "to"
            and doc[token.i + 2].is_lower
            and doc[token.i + 2].lower_ not in WORDS.cue_skip
            and token.i + 2 not in covered
        )
        group.time = time_of(view, group, sent)
        if group.time is None:
            continue  # a noun reading ("EU support focuses ...")
        groups.append(group)
    return groups


def _after_determiner(doc, sent, i: int) -> bool:
    """Whether a determiner or a preposition stands before the word at ``i``, past adverbs in -ly ("the proposed
    Directive", "the jointly financed wells", "for newly assisted returns"): an adjective."""
    j = i - 1
    while j > sent.start and doc[j].is_lower and doc[j].lower_.endswith("ly"):
        j -= 1
    if doc[j].lower_ not in WORDS.determiners | WORDS.adjective_after:
        return False
    # Past a word in -ly, only before its noun: a noun in -ly ("the assembly approved EUR 5 million") or a relative
    # "that" ("that formerly financed the clinics") leaves the participle a verb with its object.
    return j == i - 1 or _before_noun(doc, sent, i)


def _before_noun(doc, sent, i: int) -> bool:
    """Whether a lower-case word other than a determiner follows token ``i`` (the noun an adjective qualifies)."""
    after = i + 1
    return (
        after < sent.end and doc[after].is_alpha and doc[after].is_lower and doc[after].lower_ not in WORDS.determiners
    )


def _in_absolute_phrase(doc, sent, i: int) -> bool:
    """Whether the past participle at ``i`` closes an absolute phrase: "with" and a short noun phrase of lower-case
    words right before it ("with priority given to", "with particular emphasis placed on"), no auxiliary, pronoun
    or figure between (", with which we funded", "with EUR 5 million provided by X" keep their verbs)."""
    lo = max(sent.start, i - 1 - MAX_ABSOLUTE_NOUN_WORDS)
    for j in range(i - 1, lo - 1, -1):
        word = doc[j].lower_
        if word in WORDS.absolute_openers:
            # Set off by a comma after the main clause: "Together with the first tranche paid in 2024, X has ..." opens
            # the sentence with a phrase whose participle may be the sum's verb.
            return j < i - 1 and j > sent.start and doc[j - 1].text == ","
        closed = WORDS.auxiliaries | WORDS.subject_pronouns | WORDS.relative_subjects
        if not (doc[j].is_alpha and doc[j].is_lower) or word in closed:
            return False
    return False


def _after_demonym(view: LetterDoc, i: int) -> bool:
    """Whether token ``i`` stands between a people's adjective and a plural noun ("the Jordanian host
    communities"): it modifies that noun, no verb ("Latvian support to the region" may still be one)."""
    from extractor.reference.countries import DEMONYM_RULE

    doc = view.doc
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is None or not (after.is_alpha and after.is_lower and after.text.endswith("s")):
        return False
    if after.lower_ in WORDS.auxiliaries | WORDS.be_forms or after.lower_ in WORDS.cue_skip:
        return False  # "Kenyan support has grown": the verb after a noun
    return any(
        c.end == i and c._.rule == DEMONYM_RULE and c.text[:1].isupper() for c in view.spans_in("country", i - 3, i)
    )


def is_money_noun(doc, token, sent) -> bool:
    """Whether a verb form that is also a noun of money ("funds", "grants") is the noun: a relative
    pronoun, "from" or an auxiliary follows it, as none follows a verb of giving."""
    if token.lower_ not in WORDS.money_nouns or token.i + 1 >= sent.end:
        return False
    return doc[token.i + 1].lower_ in WORDS.money_noun_followers


def names_sum(view: LetterDoc, sent, index: int) -> bool:
    """Whether a sum stands right before position ``index`` with only its modifiers between (numbers,
    hyphenated and capitalised words: "$6 billion three-year Seventh Replenishment"), so that a base form
    there is the noun the sum qualifies, not a verb with a name for its subject."""
    doc = view.doc
    j = index - 1
    while j >= sent.start and index - j <= SUM_MODIFIER_WINDOW:
        if any(a.end == j + 1 for a in view.spans_in("amount", sent.start, j + 1)):
            return j < index - 1  # a base form right after the sum ("$5 million support ...") may be a verb
        t = doc[j]
        hyphenated = "-" in t.text or doc[j - 1].text == "-"  # "three-year", tokenised "three - year"
        if not (t.like_num or t.text == "-" or hyphenated or (t.is_alpha and t.is_title)):
            return False
        j -= 1
    return False


def giving_participle(view: LetterDoc, sent, span) -> Optional[int]:
    """The position of a giving verb's -ing form whose object is the sum ("contributing an additional $15
    million"), with only determiners and qualifiers between; None when the sum stands after no such form."""
    doc = view.doc
    i = span.start - 1
    while i > sent.start and (
        doc[i].lower_ in WORDS.amount_qualifiers
        or doc[i].lower_ in WORDS.determiners
        or doc[i].lower_ in WORDS.further_words
    ):
        i -= 1
    form = load_cues().forms.get(doc[i].lower_) if i >= sent.start else None
    return i if form is not None and form[2] == "ing" and form[1] in GIVING_CLASSES else None


def participle_givers(view: LetterDoc, sent, span) -> list[str]:
    """ "with Benin and Niger contributing an additional $15 million each": the countries standing right before
    the giving -ing form whose object is the sum are its subjects, the givers, never the places it helps."""
    at = giving_participle(view, sent, span)
    if at is None:
        return []
    lists = view.country_lists(view.spans_in("country", sent.start, at))
    if not lists or lists[-1][-1].end != at:
        return []
    return [c._.norm for c in lists[-1] if c._.norm]


def opens_bullet(doc, index: int) -> bool:
    """Whether the word at ``index`` opens a bulleted item ("- Provide ...", "• Donate and deliver ...")."""
    if index < 1 or doc[index - 1].text not in BULLETS:
        return False
    before = doc[index - 2] if index >= 2 else None
    # "...; and\n - provide ...": the last item of a list joined to the one before it by "; and".
    if before is not None and before.lower_ in ("and", "or") and index >= 3 and doc[index - 3].text in (";", ","):
        return True
    return before is None or before.text in (".", ":", ";") or "\n" in before.whitespace_ or before.is_space


def asked_that(view: LetterDoc, sent, start: int) -> bool:
    """Whether the clause of a verb starting at ``start`` is a "that" clause a verb of asking opens ("the union urges
    that the Fund cover"), perhaps coordinated with an earlier one ("requests that X be dropped and that Y pay")."""
    lowers = view.lowers
    that = next(
        (i for i in range(start - 1, max(sent.start, start - MAX_THAT_CLAUSE_WORDS) - 1, -1) if lowers[i] == "that"),
        None,
    )
    while that is not None and that > sent.start:
        if lowers[that - 1] in WORDS.giver_asking_words:
            return True
        if lowers[that - 1] not in ("and", "or"):
            return False
        lo = max(sent.start, that - MAX_COORDINATED_THAT_WORDS)
        that = next((i for i in range(that - 2, lo - 1, -1) if lowers[i] == "that"), None)
    return False


def has_subject_before(view: LetterDoc, sent, index: int) -> bool:
    """Whether a pronoun, a name or a noun stands right before position ``index`` (a finite verb)."""
    if index <= sent.start:
        return False
    prev = view.doc[index - 1]
    acronym = view.doc[index - 2] if index - 3 > sent.start else None
    # "Law Enforcement (INCLE) funds delivered to ...": a noun of money after the acronym is the name's, no verb.
    money = WORDS.funds | WORDS.money_nouns | WORDS.plural_money_nouns
    if prev.text == ")" and acronym is not None and acronym.is_upper and view.doc[index - 3].text == "(":
        if view.doc[index].lower_ in money:
            return False
        return has_subject_before(view, sent, index - 3)  # "the People's Bank (PB) agrees": a name's acronym between
    period = next((d for d in view.spans_in("date", sent.start, index) if d.end == index), None)
    if period is not None and period.start - 1 > sent.start and view.lowers[period.start - 1] == "for":
        return has_subject_before(view, sent, period.start - 1)  # "the levy for 2031 funds": the noun's period
    return (
        prev.lower_ in WORDS.subject_pronouns
        or prev.lower_ in {"they", "it", "states", "eu", "union"}
        or prev.lower_ in WORDS.relative_subjects
        or (
            prev.is_alpha
            and (prev.is_title or prev.is_upper and len(prev) > 1)
            and index - 1 > sent.start
            and not _item_opening_modifier(view.doc, index - 1)
        )
        or (
            prev.is_alpha
            and prev.lower_.endswith("s")
            and index - 2 >= sent.start
            and view.doc[index - 2].lower_ in WORDS.possessives
        )  # "Our countries provide ...": a possessive and a plural noun
        or (
            index - 1 == sent.start
            and prev.is_alpha
            and prev.lower_.endswith("s")
            and prev.lower_ not in load_cues().forms
            and load_cues().forms.get(view.doc[index].lower_, ("", "", ""))[2] == "base"
        )  # "Investments include $15 million": a plural noun opening the sentence, a verb agreeing with it
        or (
            prev.like_num
            and index - 2 >= sent.start
            and view.doc[index - 2].is_alpha
            and view.doc[index - 2].is_title
            and view.doc[index - 2].lower_ not in PREPOSITIONS
        )  # "Budget 2027 provides", "Article 9 allows": a name that ends in its number
        or _sum_before(view, sent, index)
    )  # a name or an acronym ("the UK already contributes")


def _sum_before(view: LetterDoc, sent, index: int) -> bool:
    """Whether a sum ends right before the third-person verb at ``index`` or before an aside between commas that does
    ("The Strategy's $2 billion, also from Budget 2024, funds compute"): the sum is the verb's subject (a base form
    there is the noun the sum qualifies: "a EUR 25 million programme")."""
    doc, end = view.doc, index
    if load_cues().forms.get(doc[index].lower_, ("", "", ""))[2] != "3sg":
        return False
    if doc[index - 1].text == ",":
        lo = max(sent.start, index - 2 - MAX_ASIDE_WORDS)
        end = next((k for k in range(index - 2, lo - 1, -1) if doc[k].text == ","), sent.start)
    return end > sent.start and any(a.end == end for a in view.spans_in("amount", sent.start, end))


def _label(doc, index: int) -> bool:
    """Whether a colon follows the word at ``index`` ("Approved: EUR 18 million loan to ..."): a capitalised
    participle that labels what follows it is the verb of its sum, no heading's word."""
    return index + 1 < len(doc) and doc[index + 1].text == ":"


def _item_opening_modifier(doc, index: int) -> bool:
    """Whether the capitalised word at ``index`` opens a list's item or a heading after its dash and is no plural
    ("(iii) Institutional support and project management: USD 15.5 million", "Romania – Leasing finance for"): it
    modifies the noun after it, which a base form could not take for its subject."""
    before = doc[index - 1]
    opens = before.text in (")", "–", "—", ":") or before.text in BULLETS or "\n" in before.whitespace_
    return opens and doc[index].is_title and not doc[index].lower_.endswith("s")


def shares_subject(view: LetterDoc, sent, group: VerbGroup) -> bool:
    """Whether a verb in the third person, not a noun of money, follows "and"/"but" after a finite
    verb of its sentence and so shares that verb's subject ("has closed two deals and expects to
    close four more")."""
    doc = view.doc
    if group.tense != "3sg" or group.aux or group.start <= sent.start or doc[group.head].lower_ in WORDS.money_nouns:
        return False
    if doc[group.start - 1].lower_ not in WORDS.coordinators:
        return False
    return any(is_finite_form(t.lower_) or t.lower_ in WORDS.be_have for t in doc[sent.start : group.start - 1])


def is_finite_form(word: str) -> bool:
    """Whether a word is the past or third-person form of a verb of the lexicon ("provided",
    "supports"), unlike its base, which may be a noun ("support")."""
    return load_cues().forms.get(word, ("", "", ""))[2] in FINITE_TENSES


def tenseless(aux: Sequence[str]) -> bool:
    """Whether a verb's auxiliaries are only adverbs that carry no tense ("already provides")."""
    return all(a in WORDS.tenseless_adverbs for a in aux)


def time_of(view: LetterDoc, group: VerbGroup, sent) -> Optional[str]:
    """Future, past, progressive or present, from the auxiliaries and the verb's form."""
    aux = set(group.aux)
    if group.governor in ("continue", "continues", "continued", "keep", "keeps") and not aux & WORDS.future_aux:
        return "present"  # "Iran continues to expand": ongoing, not a new undertaking
    if group.governor in ("stand", "stands"):
        return "future"  # "the World Bank stands to generate $180 million": expected, not done
    if aux & WORDS.future_aux or {"going"} <= aux or ({"is", "are", "was", "were"} & aux and "to" in aux):
        return "future"
    if group.tense == "past" and group.aux[-2:] == ["to", "be"]:
        return "future"  # "to be given as follows:", "to be released in two tranches": a passive still to come
    if group.tense == "past" and [a for a in group.aux if not a.endswith("ly")] == ["be"]:
        return "future"  # "we request that the payments be deferred": a bare "be" is a subjunctive, still asked for
    if group.tense == "past":
        return "past"
    if group.tense == "base" and group.aux and group.aux[-1] in WORDS.be_have and group.aux[-1] != "be":
        return "past"  # "has been set aside", "have put": a participle that looks like the base
    if group.tense == "ing":
        if aux & WORDS.be_have:
            return "progressive"
        before = view.doc[group.start - 1].lower_ if group.start > sent.start else ""
        if before in WORDS.aspect_past:
            return "past"  # "the United States began disbursing $9.9 billion"
        return "present" if before in WORDS.aspect_present else None
    if aux & (WORDS.open_modals | {"to"}):
        return "future"
    if group.tense == "base" and not aux and asked_that(view, sent, group.start):
        return "future"  # "urges that the Fund cover": a subjunctive, still asked for
    if has_subject_before(view, sent, group.start):
        return "present"
    if group.tense == "3sg" and not group.aux and group.head + 1 < sent.end and view.doc[group.head + 1].text == ":":
        # "The winter package comprises: 1. ...": the verb leading a list in; a plural noun of plans or money there
        # is the label of what follows ("support to the districts' water plans: SEK 14 million").
        return None if view.lowers[group.head] in LIST_LABEL_NOUNS else "present"
    if shares_subject(view, sent, group):
        return "present"  # "CrossBoundary has closed two deals and expects to close four more"
    if group.tense == "base" and not group.aux and (group.head == sent.start or opens_bullet(view.doc, group.head)):
        return "future"  # "- Provide $2 billion for oxygen": an imperative opening a bullet is a target or an ask
    if (
        group.tense == "3sg"
        and tenseless(group.aux)
        and any(a.start == group.head + 1 for a in view.spans_in("amount", group.head + 1, sent.end))
    ):
        return "present"  # "The Plan, launched in May, seeks USD 934.5 million": a verb taking the sum
    return None
