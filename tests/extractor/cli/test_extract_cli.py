"""The extract, digest, eval and show commands, on a fake extraction and then end to end."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main
from models.digest import Digest
from models.entities import AmountValue, Grounding, Mention
from models.evaluation import FIELDS, EvaluationReport
from models.extraction import Extraction
from models.letter import LetterParts

LETTERS = Path(__file__).resolve().parents[2] / "letters"
from shared_paths import SEED_GOLD_DIR as SEED_GOLD  # noqa: E402

BODY = "Support to Libya: EUR 80 million."


def fake_extraction(path, password=None, letter_id=None, options=None) -> Extraction:
    """What extract_path would return for a one-sentence letter."""
    from models.extraction import LetterSummary

    if not Path(path).exists():
        from extractor.errors import NotFound

        raise NotFound(path)

    def at(text):
        start = BODY.index(text)
        return Grounding(start=start, end=start + len(text), sentence=0, sentence_text=BODY)

    return Extraction(
        letter=LetterSummary(
            id=Path(path).stem,
            source=str(path),
            sha256="0",
            format="text",
            parts=LetterParts(place="Brussels", salutation="Dear all,"),
        ),
        body=BODY,
        mentions=[
            Mention(type="country", text="Libya", norm="LBY", grounding=at("Libya")),
            Mention(
                type="amount",
                text="EUR 80 million",
                norm="EUR 80 million",
                grounding=at("EUR 80 million"),
                amount=AmountValue(kind="money", value=80e6, currency="EUR"),
            ),
        ],
    )


@pytest.fixture
def fake(monkeypatch):
    module = types.ModuleType("extractor.records.extract")
    module.extract_path = fake_extraction
    monkeypatch.setitem(sys.modules, "extractor.records.extract", module)
    return module


@pytest.fixture
def letter(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(BODY, encoding="utf-8")
    return path


def test_extract_prints_the_extraction_json(fake, letter):
    result = CliRunner().invoke(main, ["extract", str(letter)])
    assert result.exit_code == 0, result.output
    extraction = Extraction.model_validate_json(result.output)
    assert extraction.mentions[0].grounding.start == BODY.index("Libya")


def test_digest_prints_exactly_the_digest_shape(fake, letter):
    result = CliRunner().invoke(main, ["digest", str(letter)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert list(data) == list(Digest.model_fields)
    assert data["countries"] == ["LBY"]
    assert data["amounts"] == [{"kind": "money", "value": 80000000, "currency": "EUR"}]
    assert data["letter"]["salutation"] == "Dear all"


def test_a_missing_file_is_one_line_and_exit_one(fake, tmp_path):
    result = CliRunner().invoke(main, ["digest", str(tmp_path / "nope.pdf")])
    assert result.exit_code == 1
    assert result.output.strip() == f"letters: {tmp_path / 'nope.pdf'}: no such file"


def test_eval_table_json_and_details(fake, tmp_path, letter):
    gold = {
        "letter": {"place": "Brussels"},
        "countries": ["LBY", "TUN"],
        "amounts": [{"kind": "money", "value": 80000000, "currency": "EUR"}],
    }
    (tmp_path / "one.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    runner = CliRunner()
    table = runner.invoke(main, ["eval", str(tmp_path), "--details"])
    assert table.exit_code == 0, table.output
    assert "micro" in table.output and "countries" in table.output
    assert "countries missed (1): TUN" in table.output
    assert "letter spurious (1): salutation: Dear all" in table.output
    report = EvaluationReport.model_validate_json(runner.invoke(main, ["eval", str(tmp_path), "--json"]).output)
    fields = {f.field: f for f in report.fields}
    assert [f.field for f in report.fields] == list(FIELDS)
    assert (fields["countries"].tp, fields["countries"].fn) == (1, 1)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (3, 1, 1)


def test_eval_fail_under(fake, tmp_path, letter):
    (tmp_path / "one.gold.json").write_text(json.dumps({"countries": ["LBY", "TUN"]}), encoding="utf-8")
    runner = CliRunner()
    # The fake finds LBY and an amount the gold lacks, and misses TUN: F1 0.5.
    below = runner.invoke(main, ["eval", str(tmp_path), "--fail-under", "0.99"])
    assert below.exit_code == 1 and "is below --fail-under 0.99" in below.output
    assert runner.invoke(main, ["eval", str(tmp_path), "--fail-under", "0.1"]).exit_code == 0


def test_eval_names_a_gold_without_letter_and_scores_the_rest(fake, tmp_path, letter):
    (tmp_path / "one.gold.json").write_text(json.dumps({"countries": ["LBY"]}), encoding="utf-8")
    (tmp_path / "two.gold.json").write_text(json.dumps({"countries": ["LBY"]}), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(tmp_path)])
    assert result.exit_code == 1
    assert "two.gold.json: no letter found for this gold digest" in result.output
    assert "one (" in result.output  # the letter found is still scored


def test_eval_of_several_letters_has_a_row_each_and_their_details(fake, tmp_path, letter):
    (tmp_path / "two.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "one.gold.json").write_text(json.dumps({"countries": ["LBY"]}), encoding="utf-8")
    (tmp_path / "two.gold.json").write_text(json.dumps({"countries": ["TUN"]}), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(tmp_path), "--details"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if "│" in line and line.lstrip().startswith(("one ", "two "))]
    assert len(rows) == 2 and "countries 0.00" in rows[1] and "countries" not in rows[0]
    assert "countries missed (1): TUN" in result.output and "all letters" in result.output


def test_show_writes_a_page(fake, letter, tmp_path):
    out = tmp_path / "page.html"
    result = CliRunner().invoke(main, ["show", str(letter), "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert 'title="country: LBY"' in page and 'title="amount: money EUR 80 million"' in page


# ------------------------------------------------------------------ end to end, the real pipeline

# The bar on the seed letter, and a guard against regressions on the test letters.
SEED_MICRO_F1 = 0.97
SEED_FIELD_F1 = 0.95
TEST_LETTERS_MICRO_F1 = 0.95


@pytest.mark.parametrize("gold", sorted(LETTERS.glob("*.gold.json")), ids=lambda p: p.name.split(".")[0])
def test_real_digest_of_each_test_letter_has_the_shape(gold):
    letter = gold.with_name(gold.name.replace(".gold.json", ".txt"))
    result = CliRunner().invoke(main, ["digest", str(letter)])
    assert result.exit_code == 0, result.output
    digest = Digest.model_validate_json(result.output)
    assert digest.letter.date and digest.countries, "a letter of the corpus names a date and countries"


def test_real_eval_of_the_seed_letter_meets_the_bar():
    from shared_paths import require_shared

    result = CliRunner().invoke(main, ["eval", str(require_shared(SEED_GOLD)), "--json"])
    assert result.exit_code == 0, result.output
    report = EvaluationReport.model_validate_json(result.output)
    assert report.letters[0].source.endswith("000_b14c71ca2748bd18.txt")
    low = {f.field: round(f.f1, 3) for f in report.fields if f.f1 < SEED_FIELD_F1}
    assert report.overall.f1 >= SEED_MICRO_F1 and not low, (report.overall.f1, low)


def test_real_eval_of_the_test_letters():
    report = EvaluationReport.model_validate_json(CliRunner().invoke(main, ["eval", str(LETTERS), "--json"]).output)
    assert not report.errors
    assert len(report.letters) == len(list(LETTERS.glob("*.gold.json")))
    assert report.overall.f1 >= TEST_LETTERS_MICRO_F1, [(l.letter_id, round(l.overall.f1, 3)) for l in report.letters]


def test_real_show_of_a_test_letter_highlights_its_mentions(tmp_path):
    from extractor.records.extract import extract_path

    letter = LETTERS / "uk_home_office_2023_small_boats.txt"
    out = tmp_path / "show.html"
    result = CliRunner().invoke(main, ["show", str(letter), "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    extraction = extract_path(letter)
    for mention in extraction.mentions:
        assert f"{mention.type}: " in page
    countries = {m.norm for m in extraction.mentions if m.type == "country"}
    assert countries and all(f"country: {code}" in page for code in countries)
