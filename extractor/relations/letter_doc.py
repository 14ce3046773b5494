"""One letter as every relation stage reads it: the spaCy Doc and the LetterText side by side.

A ``LetterDoc`` holds the Doc's sentences, the spans of each entity family sorted once, the
paragraphs of the letter text, and the helpers the stages share: lists of countries, the noun
phrase a country heads, the role the words before a country give it, and sentence grounding.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Iterator, Optional

from extractor.nlp.tables import Cell, Table, find_tables, row_of, table_of
from extractor.reference.families import FAMILIES
from extractor.reference.marks import BULLETS, ITEM_MARK, LEADER_DOTS
from extractor.relations.wordlists import load_lexicon
from models.entities import AmountValue, Grounding
from models.letter import BBox, LetterText

WORDS = load_lexicon("commitments")
# Every preposition the lexicon knows: a country right after one is no subject.
PREPOSITIONS = WORDS.beneficiary_cues | WORDS.non_beneficiary_cues | WORDS.other_prepositions
# The last words of debtor_cues' pairs ("debt of", "claims ... on"): only these can name a debtor after them.
DEBTOR_PREPOSITIONS = frozenset(pair[-1] for pair in WORDS.debtor_cues)
# How far (in tokens) to look back from a country for the preposition that gives its role.
DEFAULT_CUE_WINDOW = 5
MAX_COUNTRY_WORDS = 4
# Most words between a word of what is owed and the "to" of its creditor ("the stock of debt of Cabo Verde to").
MAX_OWED_WORDS = 4
# Prepositions that may stand between a word of what is owed and the "to" of its creditor: its holder ("the debt of Y
# to") and its payer ("sums paid back by Y to").
DEBT_CHAIN_PREPOSITIONS = frozenset({"of", "by"})
# Most words between claims and the "on" of their debtor, their holders between ("claims of the committee's members on").
MAX_HOLDER_WORDS = 7
# Most words of the origins between a journey and its destination ("migration from El Salvador,
# Guatemala and Honduras to").
MAX_JOURNEY_ORIGIN_WORDS = 12
# A row's label before its leader dots ("First-phase budget approved by the Council (12 months)").
MAX_ROW_LABEL_WORDS = 12


def _aside_dropped(between: list[str]) -> list[str]:
    """The words between two countries of a list without a hedge set off by commas ("and, to a lesser extent,")."""
    if len(between) < 3 or between[-1] != ",":
        return between
    for i, phrase in phrase_places(between, WORDS.list_asides):
        if i > 0 and between[i - 1] == "," and i + len(phrase) == len(between) - 1:
            return between[: i - 1]
    return between


def phrase_at(words: list[str], phrases) -> Optional[tuple[str, ...]]:
    """The first phrase that occurs anywhere in the word list."""
    return next((phrase for _, phrase in phrase_places(words, phrases)), None)


def phrase_places(words: list[str], phrases) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(index in the word list, phrase) of each place a phrase occurs, phrase by phrase."""
    # Most phrases' first word is nowhere in the words: one set lookup instead of a scan of them all.
    present = set(words)
    for phrase in phrases:
        n = len(phrase)
        if n and phrase[0] not in present:
            continue
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == phrase:
                yield i, phrase


# Fewest letters of a word in lower case that shows a paragraph is prose, not a name or an address ("of", "the").
MIN_PROSE_WORD = 4


def first_prose_end(text: str) -> int:
    """Where a text's first paragraph of prose (one ending in a full stop, past letterhead, address and
    salutation lines) ends: where a letter says what it writes about."""
    start = 0
    while start < len(text):
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        if is_prose(text[start:end]):
            return end
        start = end + 2
    return len(text)


def is_prose(paragraph: str) -> bool:
    """Whether a paragraph is prose: it ends a sentence, is no line in capitals, label ("Subject: ...") or
    letterhead's note, and has words in lower case beyond short ones."""
    paragraph = paragraph.strip()
    # A letterhead in capitals may end in an abbreviation's stop ("INSTITUTO DA COOPERAÇÃO, I.P."), and an
    # addressee's block in its postal district's ("The Permanent Secretary, Ministry of Finance, COLOMBO 1."):
    # no prose, which has words in lower case beyond short ones ("of", "the").
    lower = any(len(word) >= MIN_PROSE_WORD and word.islower() for word in re.findall(r"[^\W\d_]+", paragraph))
    # The letterhead's note asking that a reply quote this letter's number: no prose.
    note = phrase_at(re.findall(r"[a-z]+", paragraph.lower()), WORDS.reply_reference_phrases) is not None
    # A subject line or title that ends in a stop ("Re: Aid to X, Y and Z.") is a label, not a sentence.
    label = re.match(r"\w+\s*:", paragraph) is not None
    return paragraph[-1:] in (".", "!", "?") and not paragraph.isupper() and lower and not note and not label


def text_start(sent) -> int:
    """Offset of a sentence's first non-space character (spaCy keeps blank lines in sentences)."""
    for token in sent:
        if not token.is_space:
            return token.idx
    return sent.end_char


def text_end(sent) -> int:
    """Offset of a sentence's last non-space character."""
    for token in reversed(sent):
        if not token.is_space:
            return token.idx + len(token) - 1
    return sent.start_char


def first_word(sent) -> int:
    """The index of a sentence's first word (past layout whitespace and marks)."""
    for t in sent:
        if t.is_alpha or t.like_num:
            return t.i
    return sent.start


def opens_line(doc, i: int) -> bool:
    """Whether token ``i`` starts a line of the text."""
    if i == 0:
        return False
    before = doc[i - 1]
    return "\n" in before.text if before.is_space else before.text_with_ws.endswith("\n")


def is_bullet(doc, i: int) -> bool:
    """Whether token ``i`` is a bullet opening a line ("- £24 million ..."), not a hyphen ("2024-2027")."""
    return doc[i].text in BULLETS and opens_line(doc, i)


def opens_list_item(doc, text: str, i: int) -> bool:
    """Whether token ``i`` opens an item of a list: a bullet, or a number or letter that opens a line
    (``text`` is the Doc's text, which spaCy would join anew at each call)."""
    if is_bullet(doc, i):
        return True
    return opens_line(doc, i) and ITEM_MARK.match(text, doc[i].idx) is not None


def after_item_mark(text: str, idx: int) -> bool:
    """Whether the character at ``idx`` begins the first word of a list item: only a bullet or a number
    opens its line before it ("2. Education and skills: ...", where the sentencizer cut after "2.")."""
    mark = ITEM_MARK.match(text, text.rfind("\n", 0, idx) + 1)
    return mark is not None and mark.end() == idx


def item_starts(doc, lo: int, hi: int) -> list[int]:
    """Where the items of a list in tokens [lo, hi) start: after their bullets, or, where a PDF's reading
    dropped the bullets, at each new line."""
    bullets = [i + 1 for i in range(lo, hi) if is_bullet(doc, i)]
    return bullets or [i for i in range(lo, hi) if opens_line(doc, i) and not doc[i].is_space]


def amount_value(span) -> Optional[AmountValue]:
    """The sum of money an amount span holds, or None (a percentage, a malformed value)."""
    value = span._.value if isinstance(span._.value, dict) else None
    if not value or value.get("kind") != "money":
        return None
    try:
        return AmountValue(**value)
    except Exception:  # noqa: BLE001 - a malformed value from a component is not a commitment
        return None


def _page_and_boxes(letter: LetterText, start: int, end: int) -> tuple[Optional[int], list[BBox]]:
    """The page of a character range and one box per line it covers (PDF input only)."""
    page = None
    boxes: list[BBox] = []
    for line in letter.lines:
        if line.end <= start or line.start >= end:
            continue
        page = page or line.page
        a, b = max(start, line.start) - line.start, min(end, line.end) - line.start - 1
        x0 = line.char_x0[a] if a < len(line.char_x0) else line.bbox.x0
        x1 = line.char_x1[b] if 0 <= b < len(line.char_x1) else line.bbox.x1
        boxes.append(BBox(x0=x0, top=line.bbox.top, x1=x1, bottom=line.bbox.bottom))
    return page, boxes


def sentence_bounds(sent, body: str) -> tuple[int, int]:
    """Body offsets of a sentence's text without the whitespace around it (body: the Doc's text)."""
    # The body is passed in: spaCy's doc.text joins every token anew, once per sentence otherwise.
    start, end = sent.start_char, sent.end_char
    # Strip by offsets, not by copying the sentence: a letter may be one long sentence.
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def sentence_grounding(letter: LetterText, sent, index: int, body: str) -> Grounding:
    """Grounding of a whole sentence (the evidence of a commitment or a route tie); body: the Doc's text."""
    start, end = sentence_bounds(sent, body)
    page, boxes = _page_and_boxes(letter, start, end)
    return Grounding(start=start, end=end, sentence=index, page=page, boxes=boxes)


class LetterDoc:
    """The spaCy Doc of a letter's body with its LetterText: what the relation stages read."""

    def __init__(self, doc, letter: LetterText) -> None:
        self.doc = doc
        self.letter = letter
        self.sents = list(doc.sents)
        from extractor.nlp.extensions import doc_text  # the nlp package imports spaCy: the query path must not

        # Joined once per Doc: spaCy's doc.text makes a Token object per token on each call.
        self.text = doc_text(doc)
        self._sorted: dict[str, tuple[list, list[int]]] = {}
        self.memo: dict[str, object] = {}  # per-letter results a stage computes once
        self._per_sentence: dict[tuple[str, int], object] = {}

    def once_per_sentence(self, name: str, sent, compute):
        """``compute(sent)``, run once per sentence: a sentence holds many sums, each asking the same."""
        # Asking per sum would scan a sentence once per sum in it: quadratic in one long sentence.
        key = (name, sent.start)
        if key not in self._per_sentence:
            self._per_sentence[key] = compute(sent)
        return self._per_sentence[key]

    def spans(self, family: str) -> list:
        """The spans of one family, sorted by position (empty when the family is absent)."""
        # Sorted once per letter and family: the stages ask for them sentence by sentence.
        if family not in self._sorted:
            group = self.doc.spans.get(family) if hasattr(self.doc.spans, "get") else None
            ordered = sorted(group or [], key=lambda s: (s.start, s.end))
            self._sorted[family] = (ordered, [s.start for s in ordered])
        return self._sorted[family][0]

    def spans_in(self, family: str, lo: int, hi: int) -> list:
        """The spans of one family lying wholly within tokens [lo, hi)."""
        ordered = self.spans(family)
        starts = self._sorted[family][1]
        first = bisect.bisect_left(starts, lo)
        last = bisect.bisect_left(starts, hi)
        return [s for s in ordered[first:last] if s.end <= hi]

    def sums_in(self, lo: int, hi: int) -> list:
        """The amount spans within tokens [lo, hi) that hold a sum of money (not a count or a percentage)."""
        return [s for s in self.spans_in("amount", lo, hi) if amount_value(s) is not None]

    @functools.cached_property
    def covered(self) -> set[int]:
        """Token indices inside any entity span: those are names, never verbs."""
        covered: set[int] = set()
        for family in FAMILIES:  # every family's tokens are names
            for span in self.spans(family):
                covered.update(range(span.start, span.end))
        return covered

    @functools.cached_property
    def lowers(self) -> list[str]:
        """Each token's lower-case form (``token.lower_``), read once for the letter as an array: the stages that
        read a sentence's words would otherwise make a Token object a word each time."""
        strings = self.doc.vocab.strings
        return [strings[value] for value in self.doc.to_array("LOWER").tolist()]

    @functools.cached_property
    def texts(self) -> list[str]:
        """Each token's text (``token.text``), read once for the letter as an array, as ``lowers``."""
        strings = self.doc.vocab.strings
        return [strings[value] for value in self.doc.to_array("ORTH").tolist()]

    @functools.cached_property
    def spaces(self) -> list[bool]:
        """Whether each token is whitespace (``token.is_space``), read once for the letter as an array."""
        return [bool(value) for value in self.doc.to_array("IS_SPACE").tolist()]

    @functools.cached_property
    def programme_tokens(self) -> set[int]:
        """Token indices inside a programme's name."""
        return {i for s in self.spans("programme") for i in range(s.start, s.end)}

    @functools.cached_property
    def sentence_of(self) -> dict[int, int]:
        """Token index → index of its sentence."""
        return {i: index for index, sent in enumerate(self.sents) for i in range(sent.start, sent.end)}

    @functools.cached_property
    def tables(self) -> list[Table]:
        """The tables of the body (rows the reader wrote as paragraphs of bar-separated cells)."""
        return find_tables(self.text)

    def table_row(self, char: int) -> Optional[tuple[Table, tuple[Cell, ...]]]:
        """The table and the row (its cells) that hold the character at ``char``, or None."""
        table = table_of(self.tables, char)
        row = row_of(table, char) if table is not None else None
        return None if row is None else (table, row)

    def table_noted(self, char: int) -> Optional[Table]:
        """The table one of whose notes holds the character at ``char``, or None."""
        return next(
            (table for table in self.tables if any(note.start <= char < note.end for _mark, note in table.notes)), None
        )

    def grounding(self, index: int) -> Grounding:
        """Grounding of the sentence at ``index``."""
        return sentence_grounding(self.letter, self.sents[index], index, self.text)

    def paragraph_of(self, char: int) -> tuple[int, int]:
        """Character range of the paragraph holding ``char`` (blank-line split when none is given)."""
        for para in self.letter.paragraphs:
            if para.start <= char < para.end:
                return para.start, para.end
        body = self.letter.body
        start = body.rfind("\n\n", 0, char)
        end = body.find("\n\n", char)
        return (0 if start < 0 else start + 2), (len(body) if end < 0 else end)

    def next_in_paragraph(self, index: int) -> bool:
        """Whether a sentence follows the one at ``index`` in the same paragraph."""
        if index + 1 >= len(self.sents):
            return False
        # The paragraph the sentence ends in: a heading without a stop ("Women, Peace, and Security")
        # joins the first sentence of the paragraph under it.
        _, para_end = self.paragraph_of(text_end(self.sents[index]))
        return text_start(self.sents[index + 1]) < para_end

    def opens_item(self, sent) -> bool:
        """Whether a sentence opens a bulleted item: its first mark is a bullet, or the sentence before
        ends on one ("... customers. - KKR announced ...", as flattened fact sheets write lists)."""
        first = next((t for t in sent if not t.is_space), None)  # not a list of the whole sentence's tokens
        if first is not None and (first.text in BULLETS or after_item_mark(self.text, first.idx)):
            return True
        before = [i for i in range(max(0, sent.start - 3), sent.start) if not self.spaces[i]]
        return bool(before) and self.texts[before[-1]] in BULLETS

    def clause_break(self, i: int) -> bool:
        """Whether token ``i`` ends a clause: ";" or ", and/but/while ..."."""
        text = self.texts[i]
        if text == ";":
            return True
        return text == "," and i + 1 < len(self.lowers) and self.lowers[i + 1] in WORDS.clause_conjunctions

    def breaks_clause(self, i: int, comma: bool = False) -> bool:
        """Whether token ``i`` ends the clause a phrase runs in: a clause break, a colon, or with ``comma`` any comma."""
        return self.clause_break(i) or self.texts[i] in ((",", ";", ":") if comma else (";", ":"))

    def country_lists(self, spans: list) -> list[list]:
        """Group country spans standing in one list ("Egypt, Tunisia and Libya", "Sudan and eastern Chad")."""
        from extractor.nlp.routes import DIRECTIONS as directions

        lists: list[list] = []
        for span in spans:
            if lists:
                last = lists[-1][-1]
                between = self.lowers[last.end : span.start]
                if between[-2:-1] and between[-1] == "of" and between[-2] in WORDS.of_heads:
                    # "Tanzania and the Republic of Rwanda": a state's style before its name is no break in the list.
                    between = between[:-2]
                between = _aside_dropped(between)
                # ", and" starts a new clause unless the list already has two members ("Tunisia,
                # Egypt, and Jordan"); "Ukraine, and U.S. institutions" is two clauses.
                new_clause = "," in between and ("and" in between or "or" in between) and len(lists[-1]) < 2
                between = self._repeated_cue_dropped(lists[-1][0], between)
                glued = all(w in WORDS.list_glue or w in directions for w in between) and len(between) <= 3
                if last.end <= span.start and glued and not new_clause:
                    lists[-1].append(span)
                    continue
            lists.append([span])
        return lists

    def _repeated_cue_dropped(self, first, between: list[str]) -> list[str]:
        """The words between two countries without the cue the list's first member has before it, said again before
        the next ("in Malawi and in Zambia", "to the X and to the Y"): one list, its preposition repeated."""
        words = [w for w in between if w not in WORDS.determiners]
        lead = first.start - 1
        while lead >= 0 and self.lowers[lead] in WORDS.determiners:
            lead -= 1
        if len(words) < 2 or lead < 0 or words[-1] != self.lowers[lead] or words[-1] not in WORDS.beneficiary_cues:
            return between
        return words[:-1]

    def lists_holding(self, sent, span) -> list[list]:
        """The country lists of a sentence that hold ``span`` (in sentence order)."""
        # Grouped once per sentence and looked up by position: grouping the sentence again for
        # each country in it is quadratic in a long sentence.
        by_position = self.once_per_sentence("country_lists", sent, self._lists_by_position)
        return [members for members in by_position.get((span.start, span.end), []) if span in members]

    def _lists_by_position(self, sent) -> dict[tuple[int, int], list[list]]:
        """Every country list of a sentence, under the position of each of its members."""
        by_position: dict[tuple[int, int], list[list]] = {}
        for members in self.country_lists(self.spans_in("country", sent.start, sent.end)):
            for member in members:
                by_position.setdefault((member.start, member.end), []).append(members)
        return by_position

    def leader_label(self, sent, span) -> Optional[tuple[int, int]]:
        """The tokens of the row's label that leader dots join to a sum ("Paid into the Fund ...... USD 112 million"):
        from the sum, colon or semicolon before it (or the sentence's start) to the dots; None without dots, or with
        no label of at most MAX_ROW_LABEL_WORDS words."""
        doc = self.doc
        i = span.start - 1
        while i > sent.start and doc[i].lower_ in WORDS.amount_qualifiers:
            i -= 1
        if i <= sent.start or not LEADER_DOTS.fullmatch(doc[i].text):
            return None
        while i > sent.start and LEADER_DOTS.fullmatch(doc[i - 1].text):
            i -= 1
        # The row above ends at its figure, a count's ("Schools damaged ...... 310") as a sum's.
        before = [a.end for a in self.spans_in("amount", sent.start, i) if a.end <= i]
        lo = max(before, default=sent.start)
        # "The funding stands as follows: Budget approved ...": the lead-in's colon ends before the first row's label.
        lo = max([lo, *(t.i + 1 for t in doc[lo:i] if t.text in (":", ";"))])
        words = [t for t in doc[lo:i] if t.is_alpha]
        return (lo, i) if 0 < len(words) <= MAX_ROW_LABEL_WORDS else None

    def names_opened_by(self, sent, span) -> list:
        """The bodies' and programmes' names of a sentence that a span opens ("Chilean" in "the Chilean Harbour Fund")."""
        return [
            n
            for family in ("organisation", "programme")
            for n in self.spans_in(family, sent.start, sent.end)
            if n.start == span.start and n.end > span.end
        ]

    def phrase_start(self, sent, span) -> int:
        """Where the noun phrase of a country starts: "the Government of Italy" starts at "the"."""
        doc = self.doc
        start = span.start
        if (
            start - 3 >= sent.start
            and doc[start - 1].lower_ == "the"
            and doc[start - 2].lower_ == "of"
            and doc[start - 3].lower_ in WORDS.of_heads
        ):
            start -= 1  # "the Government of the United Republic of Tanzania"
        if start - 2 >= sent.start and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in WORDS.of_heads:
            start -= 2
            while start - 1 >= sent.start and doc[start - 1].lower_ in WORDS.determiners:
                start -= 1
        return start

    def cue_before(self, sent_start: int, index: int) -> Optional[str]:
        """'pos', 'neg' or None: the role the words before position ``index`` give a country."""
        doc = self.doc
        j = index - 1
        steps = 0
        while j >= sent_start and steps < DEFAULT_CUE_WINDOW:
            word = doc[j].lower_
            if word == "of" and j - 1 >= sent_start and doc[j - 1].lower_ in WORDS.of_heads:
                j -= 2
                steps += 2
                while j >= sent_start and doc[j].is_title and doc[j].is_alpha and not doc[j].is_sent_start:
                    j -= 1  # "in the Kurdistan Region of X": the region's name
                while j - 2 >= sent_start and doc[j - 1].text == "-" and doc[j].is_lower:
                    j -= 3  # "to the earthquake-affected areas of X": a compound modifier of the noun
                continue
            named = self._body_named_with(j, index) if word == "of" else None
            if named is not None:
                j, steps = named.start - 1, steps + 2  # "with the Ministry of Agriculture of X": the body's own state
                continue
            body = self._body_ending(sent_start, j) if word == "of" else None
            if body is not None:
                j, steps = body.start - 1, steps + 2  # "to the Independent Electoral Commission of X": the body's state
                continue
            if word == "of" and self.names_state_body(index):
                while j >= sent_start and doc[j].lower_ == "of" and j - 1 >= sent_start and doc[j - 1].is_lower:
                    j -= 2  # "for the repair of vessels of the X coast guard": the possessor's side
                    while j >= sent_start and doc[j].lower_ in ("the", "a", "an"):
                        j -= 1
                if j >= sent_start and doc[j].lower_ in WORDS.beneficiary_cues:
                    return "pos"
                return None
            if word == "from" and any(t.lower_ in WORDS.return_nouns for t in doc[max(sent_start, j - 4) : j]):
                return "pos"  # "assisted voluntary returns (of migrants) from X": help for those stranded in X
            if word == "with" and j - 1 >= sent_start and doc[j - 1].lower_ in ("together", "jointly"):
                return "neg"  # "together with X, we will provide ...": a fellow spender
            if word == "of" and j - 1 >= sent_start and doc[j - 1].lower_ in WORDS.benefit_of:
                return "pos"  # "for the benefit of X", "in favour of X"
            if word == "between" and j - 1 >= sent_start and doc[j - 1].lower_ in WORDS.border_nouns:
                return None  # "the border between X and Y": places on it, not parties set apart
            if word in ("between", "among") and j - 1 >= sent_start and doc[j - 1].lower_ in WORDS.sharing_words:
                return "pos"  # "split equally between X and Y", "shared among X, Y and Z": those it is shared out to
            if word == "to" and j - 1 >= sent_start and doc[j - 1].lower_ in WORDS.source_words:
                return None  # "according to the Italian Agency ...": the source of a figure, no recipient
            if word == "of" and self._asker_after(sent_start, j):
                return "pos"  # "the request of the Government of X for USD 75 million": the one who asks
            if self._debtor_after(sent_start, j):
                return "pos"  # "the treatment of the debt of X", "claims on X": the debtor a treatment helps
            if word == "to" and self._owed_before(sent_start, j):
                return "neg"  # "our debt to the Portuguese Republic": the creditor, not one given money
            if word == "to" and j - 1 >= sent_start and doc[j - 1].lower_ in WORDS.set_aside_words:
                return "neg"  # "would pay the amounts not to X but into a fund": the place set aside
            if word in WORDS.non_beneficiary_cues:
                return "neg"
            if word in WORDS.beneficiary_cues:
                if phrase_at([t.lower_ for t in doc[max(sent_start, j - 2) : j]], WORDS.contrast_phrases) is not None:
                    return "neg"  # "added in Africa rather than in China": the place set aside
                if word in WORDS.direction_cues and self._after_journey(sent_start, j):
                    return "neg"  # "the Eastern Route to Yemen": a destination, not a beneficiary
                return "pos"
            if word in WORDS.cue_skip:
                j -= 1
                steps += 1
                continue
            return None
        return None

    def owed_to(self, sent_start: int, index: int) -> bool:
        """Whether the country at token ``index`` is named as the creditor of what is owed ("our debt to the
        Portuguese Republic", "arrears owed to X"): its "to", past the words of its name, follows a word of debt."""
        doc = self.doc
        j = index - 1
        while j >= sent_start and index - j <= DEFAULT_CUE_WINDOW and doc[j].lower_ in WORDS.cue_skip:
            j -= 1
        return j >= sent_start and doc[j].lower_ == "to" and self._owed_before(sent_start, j)

    def _asker_after(self, sent_start: int, j: int) -> bool:
        """Whether the "of" at ``j`` follows a noun of asking ("the request of"), not in "at the request of"."""
        doc = self.doc
        if j - 1 < sent_start or doc[j - 1].lower_ not in WORDS.request_of_nouns:
            return False
        before = [t.lower_ for t in doc[max(sent_start, j - 3) : j - 1]]
        return not (
            before and before[-1] in WORDS.determiners and len(before) > 1 and before[-2] in WORDS.behest_prepositions
        )

    def _debtor_after(self, sent_start: int, j: int) -> bool:
        """Whether the preposition at ``j`` names a debtor: right after a word of debt ("the debt of", "arrears
        of"), or a few words after claims, their holders between ("claims of the creditors on")."""
        doc, word = self.doc, self.doc[j].lower_
        if word not in DEBTOR_PREPOSITIONS:
            return False  # asked at every step back from a country: most words end no pair of debtor_cues
        if j - 1 >= sent_start and (doc[j - 1].lower_, word) in WORDS.debtor_cues:
            return True
        if word == "of":
            return False  # "debt relief of the Club": only a word of debt right before "of" names its debtor
        for k in range(j - 2, max(sent_start, j - 1 - MAX_HOLDER_WORDS) - 1, -1):
            if (doc[k].lower_, word) in WORDS.debtor_cues:
                return True
            if doc[k].is_punct or (doc[k].lower_ in PREPOSITIONS and doc[k].lower_ != "of"):
                return False
        return False

    def _owed_before(self, sent_start: int, j: int) -> bool:
        """Whether a word of what is owed stands in the few words before the "to" at ``j``, no other preposition than
        "of" or "by" between ("the debt of Y to", "arrears owed to", "sums paid back by Y to"): what follows "to" is
        the creditor."""
        for k in range(j - 1, max(sent_start, j - 1 - MAX_OWED_WORDS) - 1, -1):
            token = self.doc[k]
            if token.lower_ in WORDS.debt_to_words:
                return True
            if token.is_punct or (token.lower_ in PREPOSITIONS and token.lower_ not in DEBT_CHAIN_PREPOSITIONS):
                return False  # "arrears on loans to X": the loans' borrower, not the arrears' creditor
        return False

    def _body_named_with(self, j: int, index: int):
        """The organisation whose name holds both the "of" at ``j`` and the country at ``index`` after it ("the
        Ministry of Agriculture of X"), or None."""
        return next((o for o in self.spans("organisation") if o.start < j < index < o.end), None)

    def _body_ending(self, sent_start: int, j: int):
        """The organisation whose name ends right before token ``j`` in its sentence, or None."""
        return next((o for o in self.spans_in("organisation", sent_start, j) if o.end == j), None)

    def _after_journey(self, sent_start: int, j: int) -> bool:
        """Whether the direction word at ``j`` follows a noun of a journey, at once ("the Eastern Route to")
        or past the states it sets out from ("migration from El Salvador, Guatemala and Honduras to")."""
        doc = self.doc
        if j - 1 >= sent_start and doc[j - 1].lower_ in WORDS.journey_nouns:
            if any(o.end == j for o in self.spans_in("organisation", sent_start, j)):
                return False  # "through the International Organization for Migration to Libya": a body's name
            # "refugees crossing into X": people who flee arrive where they are helped, unlike a route's goal.
            return not (j - 2 >= sent_start and doc[j - 2].lower_ in WORDS.arriving_people)
        k = j - 1
        crossed = False
        while k >= sent_start and j - k <= MAX_JOURNEY_ORIGIN_WORDS:
            token = doc[k]
            if token.lower_ == "from":
                crossed = True
            elif not (token.is_title or token.text == "," or token.lower_ in ("and", "the")):
                break
            k -= 1
        if k < sent_start:
            return False
        # Past states only ("migration from Agadez towards Libya": a town, the way goes on through Libya).
        origins = self.spans_in("country", k, j)
        return crossed and bool(origins) and doc[k].lower_ in WORDS.journey_nouns

    def names_state_body(self, index: int) -> bool:
        """Whether the country at ``index`` is a demonym before a state body ("Tunisian coast guard")."""
        doc = self.doc
        k = index
        while k < len(doc) and k - index < MAX_COUNTRY_WORDS and doc[k].is_title:
            k += 1
        return k < len(doc) and doc[k].lower_ in WORDS.state_body_nouns

    def is_origin(self, span) -> bool:
        """A demonym before a people noun ("Syrian refugees"): an origin, not a beneficiary."""
        if span.end >= len(self.doc):
            return False
        return self.doc[span.end].lower_ in WORDS.people or self.names_descent(span)

    def names_descent(self, span) -> bool:
        """A demonym of people's descent ("Indian-origin communities", "of Indian origin"): where they come
        from, not where the money goes, even when the country is the spender's own."""
        after = [t.lower_ for t in self.doc[span.end : span.end + 2]]
        if after[:1] == ["-"]:
            after = after[1:]  # "Indian-origin"
        return bool(after) and after[0] in WORDS.descent_nouns
