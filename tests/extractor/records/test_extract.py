"""The extraction driver: grounded mentions, values, batches, and entity scores against gold digests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from shared_paths import SEED_GOLD_DIR, SEED_TEXT, require_shared

from extractor.records.digest import make_digest
from extractor.records.extract import extract_letter, extract_path, extract_texts
from extractor.records.sentences import sentence_text
from extractor.reports.evaluate import load_gold, score_digest
from models.letter import LetterParts, LetterText

ROOT = Path(__file__).resolve().parents[3]
SEED = SEED_TEXT
SEED_GOLD = SEED_GOLD_DIR / "000_b14c71ca2748bd18.json"
LETTERS = ROOT / "tests" / "letters"
PDFS = ROOT / "tests" / "pdfs"
ENTITY_FIELDS = ("countries", "organisations", "routes")
# Each test letter's entity fields must score at least this F1 against its gold digest.
MIN_LETTER_F1 = 0.95
# Below this share of the file's characters, the reader missed the body.
MIN_BODY_SHARE = 0.5


def hand_letter(body: str, date: dt.date | None = dt.date(2025, 10, 21)) -> LetterText:
    """A LetterText built by hand, as the reader would for plain text."""
    return LetterText(
        source="hand/made_letter.txt", sha256="0" * 64, format="text", body=body, parts=LetterParts(date=date)
    )


@pytest.fixture(scope="module")
def seed_extraction():
    return extract_path(require_shared(SEED))


def test_mentions_are_grounded_in_the_body(seed_extraction):
    body = seed_extraction.body
    assert seed_extraction.mentions
    for mention in seed_extraction.mentions:
        g = mention.grounding
        assert body[g.start : g.end] == mention.text
        assert mention.text in sentence_text(seed_extraction, g)
        assert g.sentence_text is None  # sentences are kept once, in Extraction.sentences
        assert g.page is None and g.boxes == []  # text input has no pages


def test_mentions_are_ordered_and_ids_default_to_the_stem(seed_extraction):
    keys = [(m.grounding.start, m.type) for m in seed_extraction.mentions]
    assert keys == sorted(keys)
    assert seed_extraction.letter.id == SEED.stem
    assert seed_extraction.letter.date == dt.date(2025, 10, 21)


def test_sentence_indices_follow_the_text(seed_extraction):
    by_sentence = {}
    for m in seed_extraction.mentions:
        text = sentence_text(seed_extraction, m.grounding)
        by_sentence.setdefault(m.grounding.sentence, text)
        assert by_sentence[m.grounding.sentence] == text
    order = sorted(by_sentence)
    starts = [seed_extraction.body.find(by_sentence[i]) for i in order]
    assert starts == sorted(starts)


def test_values_become_amounts_and_dates(seed_extraction):
    amounts = [m for m in seed_extraction.mentions if m.type == "amount"]
    dates = [m for m in seed_extraction.mentions if m.type == "date"]
    assert amounts and dates
    assert all(m.amount is not None for m in amounts)
    assert any(m.amount.kind == "money" and m.amount.currency == "EUR" and m.amount.value == 675e6 for m in amounts)
    assert all(m.date is not None and m.date.edtf for m in dates)


def test_commitments_and_route_ties_are_linked(seed_extraction):
    assert seed_extraction.commitments
    assert any(t.route == "Central Mediterranean" and t.country == "LBY" for t in seed_extraction.route_ties)


def test_seed_entity_scores(seed_extraction):
    scores = {s.field: s for s in score_digest(load_gold(SEED_GOLD), make_digest(seed_extraction))}
    assert scores["countries"].f1 == 1.0, (scores["countries"].spurious, scores["countries"].missed)
    assert scores["routes"].f1 == 1.0, (scores["routes"].spurious, scores["routes"].missed)
    assert scores["organisations"].f1 >= 0.95, (scores["organisations"].spurious, scores["organisations"].missed)


def entity_letter(path: Path) -> LetterText:
    """The letter as the reader gives it; its whole text if the reader found no body in it.

    These tests score the entity rules, so a letter layout the reader does not handle yet
    (no salutation, say) must not hide what the rules find in the text.
    """
    from extractor.reading.reader import read_letter

    letter = read_letter(path)
    text = path.read_text(encoding="utf-8").replace("*", "")
    if len(letter.body) >= MIN_BODY_SHARE * len(text):
        return letter
    return letter.model_copy(update={"body": text})


@pytest.mark.parametrize("gold", sorted(LETTERS.glob("*.gold.json")), ids=lambda p: p.name.split(".")[0])
def test_test_letters_entity_scores(gold):
    text = gold.with_name(gold.name.replace(".gold.json", ".txt"))
    extraction = extract_letter(entity_letter(text), letter_id=text.stem)
    scores = {s.field: s for s in score_digest(load_gold(gold), make_digest(extraction))}
    for field in ENTITY_FIELDS:
        assert scores[field].f1 >= MIN_LETTER_F1, (field, scores[field].spurious, scores[field].missed)


def test_pdf_mentions_have_pages_and_boxes():
    pdfs = sorted(PDFS.glob("*.reportlab.pdf"))
    assert pdfs, f"no reportlab PDFs in {PDFS}"
    extraction = extract_path(pdfs[0])
    countries = [m for m in extraction.mentions if m.type == "country"]
    assert countries
    for m in countries:
        assert m.grounding.page is not None and m.grounding.page >= 1
        assert m.grounding.boxes and all(b.x1 > b.x0 and b.bottom > b.top for b in m.grounding.boxes)


def test_hand_built_letter_and_batches_agree():
    letters = [
        hand_letter("We support Libya and the Libyan Coast Guard on the Central Mediterranean route."),
        hand_letter("The Commission met UNHCR in Jordan.\n\nMr Jordan attended."),
    ]
    one_by_one = [extract_letter(letter) for letter in letters]
    batched = extract_texts(letters)
    assert [e.mentions for e in batched] == [e.mentions for e in one_by_one]
    first = {(m.type, m.norm) for m in one_by_one[0].mentions}
    assert {("country", "LBY"), ("route", "Central Mediterranean"), ("organisation", "Libyan Coast Guard")} <= first
    second = [(m.type, m.norm, m.grounding.sentence) for m in one_by_one[1].mentions]
    assert ("country", "JOR", 0) in second
    assert [x for x in second if x[2] == 1 and x[0] == "country"] == []
    assert one_by_one[0].letter.id == "made_letter"


def test_explicit_letter_id():
    assert extract_letter(hand_letter("Aid to Chad."), letter_id="abc").letter.id == "abc"


@pytest.mark.parametrize("body", ["", "   ", "\n\n", "(", "( )", "(AB", "Ministry of", "route", "Mr", "President von"])
def test_degenerate_bodies_give_no_mentions(body):
    assert extract_letter(hand_letter(body)).mentions == []
