"""Scoring per DIGEST.md: names, aliases, optional items, date intervals, amounts, commitments."""

from __future__ import annotations

import json

import pytest

from extractor.errors import GoldMismatch, Unsupported
from extractor.reports.evaluate import (
    evaluate,
    find_letter,
    load_gold,
    name_key,
    score_digest,
)
from models.digest import Digest, GoldDigest
from models.evaluation import FIELDS


def scores(gold: dict, predicted: dict) -> dict:
    """Score plain dicts; return {field: FieldScore}."""
    result = score_digest(GoldDigest.model_validate(gold), Digest.model_validate(predicted))
    return {score.field: score for score in result}


def counts(score) -> tuple[int, int, int]:
    return score.tp, score.fp, score.fn


# ------------------------------------------------------------------ names


def test_name_key_ignores_case_punctuation_spacing_and_leading_the():
    assert name_key("The European Commission") == name_key("european commission ")
    assert name_key("Entry/Exit System") == name_key("Entry Exit System")
    assert name_key("EU-Turkey Statement") == name_key("EU Turkey statement")
    assert name_key("U.S.") == name_key("US")
    assert name_key("the") == "the"  # a lone "the" is not stripped to nothing
    assert name_key("Theodore Fund") != name_key("odore Fund")


def test_names_match_through_aliases_and_leading_the():
    gold = {"organisations": [{"name": "European Commission", "aliases": ["Commission"]}, "Frontex", "UNHCR"]}
    got = scores(gold, {"organisations": ["the Commission", "FRONTEX", "IOM"]})["organisations"]
    assert counts(got) == (2, 1, 1)
    assert got.missed == ["UNHCR"] and got.spurious == ["IOM"]
    assert got.precision == pytest.approx(2 / 3) and got.recall == pytest.approx(2 / 3)


def test_two_predicted_spellings_of_one_gold_name_count_one_spurious():
    gold = {"organisations": [{"name": "European Commission", "aliases": ["Commission"]}]}
    got = scores(gold, {"organisations": ["European Commission", "Commission"]})["organisations"]
    assert counts(got) == (1, 1, 0)
    assert got.matched[0].predicted == "European Commission"  # the exact spelling wins the pair


def test_optional_items_count_neither_way():
    gold = {"countries": ["LBY", {"value": "BEL", "optional": True}, {"value": "SYR", "optional": True}]}
    got = scores(gold, {"countries": ["LBY", "BEL"]})["countries"]
    assert counts(got) == (1, 0, 0)
    assert [m.gold for m in got.optional] == ["BEL"]


def test_a_predicted_item_prefers_a_required_gold_item_to_an_optional_one():
    gold = {"routes": [{"name": "Western African", "aliases": ["Atlantic"], "optional": True}, {"name": "Atlantic"}]}
    got = scores(gold, {"routes": ["Atlantic"]})["routes"]
    assert counts(got) == (1, 0, 0)


# ------------------------------------------------------------------ dates


def test_dates_compare_as_intervals():
    gold = {"dates": ["2026-41", "2024-01/2024-09", "2025", {"value": "2025-W43", "optional": True}]}
    predicted = {"dates": ["2026-07/2026-12", "2024-01/2024-09", "2025-01-01/2025-12-31", "2025-W43", "2026"]}
    got = scores(gold, predicted)["dates"]
    assert counts(got) == (3, 1, 0)
    assert got.spurious == ["2026"]


def test_a_month_is_not_its_year():
    got = scores({"dates": ["2025-06"]}, {"dates": ["2025"]})["dates"]
    assert counts(got) == (0, 1, 1)


# ------------------------------------------------------------------ amounts


def test_amounts_match_on_kind_currency_and_value_within_half_a_percent():
    gold = {
        "amounts": [
            {"kind": "money", "value": 675000000, "currency": "EUR"},
            {"kind": "percent", "value": 23},
            {"kind": "count", "value": 7000},
        ]
    }
    predicted = {
        "amounts": [
            {"kind": "money", "value": 677000000, "currency": "EUR"},  # 0.3 % off
            {"kind": "count", "value": 23},  # wrong kind
            {"kind": "count", "value": 7100},
        ]
    }  # 1.4 % off
    got = scores(gold, predicted)["amounts"]
    assert counts(got) == (1, 2, 2)


def test_amounts_need_the_right_currency():
    gold = {"amounts": [{"kind": "money", "value": 5, "currency": "USD"}]}
    got = scores(gold, {"amounts": [{"kind": "money", "value": 5, "currency": "EUR"}]})["amounts"]
    assert counts(got) == (0, 1, 1)


def test_amounts_are_a_multiset():
    money = {"kind": "money", "value": 80000000, "currency": "EUR"}
    twice = scores({"amounts": [money, money]}, {"amounts": [money]})["amounts"]
    assert counts(twice) == (1, 0, 1)
    thrice = scores({"amounts": [money]}, {"amounts": [money, money, money]})["amounts"]
    assert counts(thrice) == (1, 2, 0)


# ------------------------------------------------------------------ commitments


def commitment(value, beneficiaries, status, currency="EUR"):
    return {"amount": {"value": value, "currency": currency}, "beneficiaries": beneficiaries, "status": status}


def test_commitments_three_sub_scores():
    gold = {
        "commitments": [
            commitment(80e6, ["LBN", {"value": "SYR", "optional": True}], "planned"),
            commitment(80e6, ["JOR"], "adopted"),
            commitment(22.5e6, [], "planned"),
        ]
    }
    predicted = {
        "commitments": [
            commitment(80e6, ["JOR", "SYR"], "adopted"),
            commitment(80e6, ["LBN", "SYR"], "disbursed"),
            commitment(10e6, ["TUR"], "planned"),
        ]
    }
    got = scores(gold, predicted)
    # Both 80 M match by amount, paired by their beneficiaries; 22.5 M missed, 10 M spurious.
    assert counts(got["commitments"]) == (2, 1, 1)
    # LBN ✓, SYR optional; JOR ✓, SYR spurious for Jordan's measure.
    assert counts(got["commitment_beneficiaries"]) == (2, 1, 0)
    assert got["commitment_beneficiaries"].spurious == ["EUR 80 million: SYR"]
    # adopted ✓; planned predicted as disbursed = one fp and one fn.
    assert counts(got["commitment_status"]) == (1, 1, 1)


def test_commitment_amounts_need_the_currency():
    got = scores(
        {"commitments": [commitment(5e6, [], "planned", "USD")]},
        {"commitments": [commitment(5e6, [], "planned", "EUR")]},
    )
    assert counts(got["commitments"]) == (0, 1, 1)
    assert counts(got["commitment_status"]) == (0, 0, 0)


# ------------------------------------------------------------------ route countries and letter


def test_route_countries_score_pairs_through_route_aliases():
    gold = {
        "routes": [{"name": "Western African", "aliases": ["Atlantic"]}],
        "route_countries": {
            "Western African": ["SEN", {"value": "MAR", "optional": True}],
            "Central Mediterranean": ["LBY"],
        },
    }
    predicted = {"route_countries": {"Atlantic": ["SEN", "MAR", "ESP"], "Central Mediterranean": ["TUN"]}}
    got = scores(gold, predicted)["route_countries"]
    assert counts(got) == (1, 2, 1)
    assert sorted(got.spurious) == ["Atlantic: ESP", "Central Mediterranean: TUN"]
    assert got.missed == ["Central Mediterranean: LBY"]


def test_letter_parts_are_one_item_each():
    gold = {
        "letter": {
            "date": "2025-10-21",
            "place": "Brussels",
            "salutation": "Dear colleagues",
            "signatory": {"name": "Ursula von der Leyen", "aliases": ["U. von der Leyen"]},
        }
    }
    predicted = {
        "letter": {
            "date": "2025-10-21",
            "place": "Strasbourg",
            "salutation": "Dear colleagues,",
            "signatory": "U. von der Leyen",
        }
    }
    got = scores(gold, predicted)["letter"]
    assert counts(got) == (3, 1, 1)  # the wrong place is one fp and one fn
    assert got.missed == ["place: Brussels"]


def test_every_field_is_scored_and_a_perfect_digest_scores_one():
    perfect = {
        "letter": {"date": "2025-10-21", "place": "Brussels", "salutation": "Dear colleagues", "signatory": "A B"},
        "countries": ["LBY"],
        "organisations": ["Frontex"],
        "routes": ["Central Mediterranean"],
        "amounts": [{"kind": "percent", "value": 3}],
        "dates": ["2025"],
        "programmes": ["Pact"],
        "commitments": [commitment(1e6, ["LBY"], "planned")],
        "route_countries": {"Central Mediterranean": ["LBY"]},
    }
    got = scores(perfect, perfect)
    assert tuple(got) == FIELDS
    assert all(score.f1 == 1.0 and score.tp > 0 and score.fp == score.fn == 0 for score in got.values())


# ------------------------------------------------------------------ files


def write_gold(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_find_letter_prefers_a_pdf_in_the_corpus_then_the_source(tmp_path):
    gold_dir, corpus = tmp_path / "gold", tmp_path / "corpus"
    gold_dir.mkdir(), corpus.mkdir()
    gold_path = write_gold(gold_dir / "a.json", {"source": "../elsewhere/a.txt"})
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "a.txt").write_text("x")
    gold = load_gold(gold_path)
    assert find_letter(gold_path, gold, corpus) == (tmp_path / "elsewhere" / "a.txt").resolve()
    (corpus / "a.txt").write_text("x")
    (corpus / "a.pdf").write_bytes(b"%PDF-1.4")
    assert find_letter(gold_path, gold, corpus) == corpus / "a.pdf"


def test_a_gold_without_its_letter_is_an_error_line_and_the_others_are_scored(tmp_path):
    write_gold(tmp_path / "lost.gold.json", {"countries": ["LBY"]})
    write_gold(tmp_path / "found.gold.json", {"countries": ["LBY", "TUN"]})
    (tmp_path / "found.txt").write_text("letter")
    seen = []

    def fake_extract(path):
        from models.entities import Grounding, Mention
        from models.extraction import Extraction, LetterSummary

        seen.append(path)
        grounding = Grounding(start=0, end=5, sentence=0, sentence_text="Libya")
        mention = Mention(type="country", text="Libya", norm="LBY", grounding=grounding)
        return Extraction(
            letter=LetterSummary(id="found", source=str(path), sha256="0", format="text"),
            body="Libya",
            mentions=[mention],
        )

    report = evaluate(tmp_path, extract=fake_extract)
    assert seen == [tmp_path / "found.txt"]
    assert [letter.letter_id for letter in report.letters] == ["found", "lost"]
    assert len(report.errors) == 1 and "lost.gold.json" in report.errors[0]
    assert "no letter found" in report.errors[0]
    countries = {f.field: f for f in report.fields}["countries"]
    assert counts(countries) == (1, 0, 1)
    assert 0 < report.overall.f1 < 1


def test_a_malformed_gold_names_the_file(tmp_path):
    bad = write_gold(tmp_path / "bad.json", {"countries": [7]})
    with pytest.raises(Unsupported, match="bad.json: .*countries"):
        load_gold(bad)
    (tmp_path / "broken.json").write_text("{not json")
    with pytest.raises(Unsupported, match="broken.json"):
        load_gold(tmp_path / "broken.json")
    orphan = write_gold(tmp_path / "orphan.json", {"source": "gone.txt"})
    with pytest.raises(GoldMismatch, match=r"orphan\.json: .*gone\.txt does not exist"):
        find_letter(orphan, load_gold(orphan))


def test_a_gold_may_carry_keys_beyond_digest_md(tmp_path):
    gold = load_gold(
        write_gold(
            tmp_path / "g.json",
            {
                "note": "by hand",
                "countries": [{"value": "LBY", "comment": "Libyan authorities"}],
                "commitments": [{"amount": {"kind": "money", "value": 1, "currency": "EUR"}, "status": "planned"}],
            },
        )
    )
    assert gold.countries[0].value == "LBY" and gold.commitments[0].amount.value == 1


def test_the_seed_gold_digest_validates():
    from shared_paths import SEED_GOLD_DIR, require_shared

    gold = load_gold(require_shared(SEED_GOLD_DIR / "000_b14c71ca2748bd18.json"))
    assert gold.source and len(gold.commitments) == 5


def test_each_producer_variant_of_a_letter_is_scored(tmp_path):
    gold_dir, pdfs = tmp_path / "letters", tmp_path / "pdfs"
    gold_dir.mkdir(), pdfs.mkdir()
    write_gold(gold_dir / "a.gold.json", {"countries": ["LBY"]})
    (gold_dir / "a.txt").write_text("x")
    (gold_dir / "ab.txt").write_text("x")
    for name in ("a.chromium.pdf", "a.reportlab.pdf", "ab.chromium.pdf"):
        (pdfs / name).write_bytes(b"%PDF-1.4")
    seen = []

    def fake_extract(path):
        from models.extraction import Extraction, LetterSummary

        seen.append(path.name)
        return Extraction(letter=LetterSummary(id=path.stem, source=str(path), sha256="0", format="pdf"), body="")

    report = evaluate(gold_dir, pdfs, extract=fake_extract)
    assert seen == ["a.chromium.pdf", "a.reportlab.pdf"]  # not ab's, though it starts alike
    assert [letter.letter_id for letter in report.letters] == ["a.chromium", "a.reportlab"]
    assert {f.field: f for f in report.fields}["countries"].fn == 2
    # Without the corpus the text beside the gold is the letter.
    assert [letter.source for letter in evaluate(gold_dir, extract=fake_extract).letters] == [str(gold_dir / "a.txt")]


def test_a_crash_in_one_letter_is_its_error_line(tmp_path):
    write_gold(tmp_path / "a.gold.json", {"countries": ["LBY"]})
    (tmp_path / "a.txt").write_text("x")

    def broken(path):
        raise ValueError("boom")

    report = evaluate(tmp_path, extract=broken)
    assert report.errors == [f"{tmp_path / 'a.txt'}: extraction failed (ValueError: boom)"]
    # The letter found nothing: its gold's country is missed, not left out of the totals.
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (0, 0, 1)
