"""Sentences kept once: extraction size linear in the text, capped contexts, older JSON still read."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from long_letters import one_sentence_letter

from extractor.records.extract import extract_letter
from extractor.records.sentences import DEFAULT_CONTEXT_CHARS, ELLIPSIS, clip, context_text, sentence_text
from extractor.store.database import Store
from models.extraction import Extraction
from models.letter import LetterParts, LetterText

# The generated one-sentence letter's size, and how many bytes of JSON each of its characters may
# cost at most (before sentences were kept once, it cost 650).
LONG_LETTER_CHARS = 20_000
MAX_JSON_PER_CHAR = 20
SHORT_BODY = (
    "On the Central Mediterranean route, flows are stable. Most boats leave from Libya.\n\n"
    "The European Union will provide EUR 20 million to Tunisia for border management."
)


def letter_of(body: str) -> LetterText:
    """A plain-text LetterText as the reader would build it."""
    return LetterText(
        source="made/long.txt", sha256="0" * 64, format="text", body=body, parts=LetterParts(date=dt.date(2025, 10, 21))
    )


@pytest.fixture(scope="module")
def long_extraction() -> Extraction:
    return extract_letter(letter_of(one_sentence_letter(LONG_LETTER_CHARS)))


@pytest.fixture(scope="module")
def short_extraction() -> Extraction:
    return extract_letter(letter_of(SHORT_BODY))


def old_format(extraction: Extraction) -> str:
    """The JSON an older release wrote: every grounding carries its sentence, and no sentence list."""
    data = json.loads(extraction.model_dump_json())
    del data["sentences"]
    groundings = [m["grounding"] for m in data["mentions"]]
    groundings += [r["evidence"] for key in ("commitments", "actions", "route_ties") for r in data[key]]
    for grounding in groundings:
        grounding["sentence_text"] = sentence_text(extraction, grounding_of(extraction, grounding))
    return json.dumps(data)


def grounding_of(extraction: Extraction, data: dict):
    """The Grounding model of a grounding dict."""
    return extraction.mentions[0].grounding.model_validate(data)


def test_a_long_sentence_is_kept_once(long_extraction):
    assert len(long_extraction.sentences) == 1
    assert len(long_extraction.mentions) > 100 and len(long_extraction.commitments) > 50
    size = len(long_extraction.model_dump_json())
    assert size < MAX_JSON_PER_CHAR * len(long_extraction.body), size
    assert all(m.grounding.sentence_text is None for m in long_extraction.mentions)


def test_sentences_are_the_body_without_surrounding_space(short_extraction):
    texts = [short_extraction.body[s.start : s.end] for s in short_extraction.sentences]
    assert texts == [
        "On the Central Mediterranean route, flows are stable.",
        "Most boats leave from Libya.",
        "The European Union will provide EUR 20 million to Tunisia for border management.",
    ]
    for mention in short_extraction.mentions:
        assert mention.text in sentence_text(short_extraction, mention.grounding)


def test_every_context_is_capped_and_holds_its_mention(long_extraction):
    for mention in long_extraction.mentions:
        shown = context_text(long_extraction, mention.grounding)
        assert len(shown) <= DEFAULT_CONTEXT_CHARS
        assert mention.text in shown
        assert shown.startswith(ELLIPSIS) or shown.endswith(ELLIPSIS)
    for commitment in long_extraction.commitments:
        assert len(context_text(long_extraction, commitment.evidence)) <= DEFAULT_CONTEXT_CHARS


def test_a_short_sentence_is_shown_whole(short_extraction):
    # Tunisia, funded in a later paragraph of a letter about the route, is tied too (its own sentence).
    (tie,) = [tie for tie in short_extraction.route_ties if tie.country == "LBY"]
    assert context_text(short_extraction, tie.evidence) == "Most boats leave from Libya."


@pytest.mark.parametrize("lo, hi", [(0, 3), (50, 55), (97, 100), (10, 90)])
def test_clip_keeps_the_span_or_its_start_and_marks_each_cut(lo, hi):
    text = "abcdefghij" * 10
    shown = clip(text, lo, hi, 20)
    assert len(shown) <= 20
    inner = shown.strip(ELLIPSIS)
    assert text[lo:hi] in inner or text[lo:hi].startswith(inner)
    assert shown.startswith(ELLIPSIS) == (lo > 0)
    assert shown.endswith(ELLIPSIS) == (hi < len(text))


def test_old_json_with_sentence_text_still_validates_and_reads_the_same(short_extraction):
    old = Extraction.model_validate_json(old_format(short_extraction))
    assert old.sentences == [] and old.mentions[0].grounding.sentence_text
    for new_m, old_m in zip(short_extraction.mentions, old.mentions):
        assert sentence_text(old, old_m.grounding) == sentence_text(short_extraction, new_m.grounding)
        assert context_text(old, old_m.grounding) == context_text(short_extraction, new_m.grounding)
    for new_c, old_c in zip(short_extraction.commitments, old.commitments):
        assert context_text(old, old_c.evidence) == context_text(short_extraction, new_c.evidence)


def test_a_stored_old_letter_still_reads(tmp_path, short_extraction):
    old = Extraction.model_validate_json(old_format(short_extraction))
    with Store(tmp_path / "l.db") as store:
        store.save(old)
        again = store.get_extraction(old.letter.id)
        contexts = [r[0] for r in store.conn.execute("SELECT context FROM mentions ORDER BY start")]
    assert again.mentions == old.mentions
    assert contexts == [context_text(short_extraction, m.grounding) for m in short_extraction.mentions]
