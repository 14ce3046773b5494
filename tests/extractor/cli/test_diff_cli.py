"""`letters diff` and `letters timeline` end to end on a store of the hand-annotated series; the HTML in Chromium."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

SERIES_DIR = Path(__file__).resolve().parents[2] / "letters" / "series"
sys.path.insert(0, str(SERIES_DIR))

from browser import dump_dom  # noqa: E402
from series_fixtures import load_extraction  # noqa: E402

from extractor.cli import main  # noqa: E402
from extractor.reports.diff import diff_extractions, digest_fields  # noqa: E402
from extractor.reports.diff_html import render_diff_html  # noqa: E402
from models.diff import LetterDiff, Timeline  # noqa: E402
from models.entities import Grounding, Mention  # noqa: E402

SERIES = ("med_1", "med_2", "med_3", "notice_1", "notice_2", "notice_3")
HOSTILE = (
    'The Commission will mobilise EUR 80 million for Jordan <script>document.body.setAttribute("data-pwned","1")'
    "</script> and <img src=x onerror=\"document.body.setAttribute('data-pwned','2')\"> \"quoted\" & more."
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from extractor.store.database import Store

    path = tmp_path_factory.mktemp("diffstore") / "letters.db"
    store = Store(path)
    for name in SERIES:
        store.save(load_extraction(name))
    store.close()
    return str(path)


def _run(*args):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result


def test_diff_json_by_id_matches_the_digests(db):
    result = _run("diff", "med_1", "med_2", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    diff = LetterDiff.model_validate_json(result.output)
    a, b = load_extraction("med_1"), load_extraction("med_2")
    fields_a, fields_b = digest_fields(a), digest_fields(b)
    for field_diff in diff.facts:
        if field_diff.field == "amounts":
            continue
        assert {c.value for c in field_diff.added} == set(fields_b[field_diff.field]) - set(fields_a[field_diff.field])
        assert {c.value for c in field_diff.removed} == set(fields_a[field_diff.field]) - set(
            fields_b[field_diff.field]
        )
    assert Counter(c.kind for c in diff.commitments) == Counter({"changed": 2, "new": 1})


def test_diff_by_date_and_version_finds_the_stored_letters(db):
    result = _run("diff", "2024-06-20", "med_3@1", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    diff = LetterDiff.model_validate_json(result.output)
    assert (diff.a.id, diff.b.id) == ("med_2", "med_3")
    changed = [c for c in diff.commitments if c.kind == "changed"]
    assert [(c.b.beneficiaries, [x.attribute for x in c.changes]) for c in changed] == [(["EGY"], ["deadline"])]


def test_diff_terminal_output_puts_facts_before_text(db):
    result = _run("diff", "med_1", "med_2", "--db", db)
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.index("Facts") < out.index("Commitments") < out.index("Text")
    assert "EUR 80 million → EUR 120 million" in out
    assert "status: adopted → disbursed" in out
    assert "mobilise EUR [-80]{+120} million" in out
    assert re.search(r"¶A4 moved to ¶B6", out)


def test_diff_of_an_unknown_reference_is_one_line_error(db):
    result = _run("diff", "no_such_letter", "med_1", "--db", db)
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "no_such_letter" in result.output


def test_diff_of_a_missing_file_names_the_file(db, tmp_path):
    missing = tmp_path / "nowhere" / "letter.pdf"
    result = _run("diff", str(missing), "med_1", "--db", db)
    assert result.exit_code == 1
    assert result.output.strip() == f"letters: {missing}: no such file"


@pytest.mark.slow
def test_html_report_renders_with_every_link_resolving(db, tmp_path):
    out = tmp_path / "report.html"
    result = _run("diff", "med_1", "med_3", "--db", db, "--html", str(out))
    assert result.exit_code == 0, result.output
    dom = dump_dom(out)
    ids = set(re.findall(r'id="([^"]+)"', dom))
    targets = re.findall(r'href="#([^"]+)"', dom)
    assert targets and set(targets) <= ids
    # Every change in the list links somewhere; the moved, changed and deleted paragraphs are side by side.
    assert dom.count("<del>") >= 2 and dom.count("<ins>") >= 2
    assert "a-p3" in ids  # the deleted Mauritania paragraph of med_1 still stands on A's side
    assert '<mark class="fact-added">Egypt</mark>' in dom and '<mark class="fact-removed">Mauritania</mark>' in dom


@pytest.mark.slow
def test_html_report_escapes_letter_text(tmp_path):
    a = load_extraction("med_1")
    hostile_body = a.body.replace(a.body.split("\n\n")[1], HOSTILE)
    b_body = hostile_body + "\n\n" + HOSTILE.replace("80", "90")
    # A fact whose words are the markup itself, so that the highlighting of facts is tested too.
    start = b_body.rindex("<img")
    end = b_body.index(">", start) + 1
    hostile_fact = Mention(
        type="country",
        text=b_body[start:end],
        norm="ISL",
        grounding=Grounding(start=start, end=end, sentence=0, sentence_text=b_body[start:end]),
    )
    b = a.model_copy(update={"body": b_body, "mentions": [*a.mentions, hostile_fact]})
    page = tmp_path / "hostile.html"
    page.write_text(render_diff_html(diff_extractions(a, b), a, b), encoding="utf-8")
    dom = dump_dom(page)
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "<script" not in dom.lower() and "<img" not in dom.lower()
    assert "&lt;script&gt;" in dom and "&lt;img src=x onerror=" in dom
    assert '<mark class="fact-added">&lt;img src=x onerror=' in dom


def test_timeline_json_follows_a_country_by_name(db):
    result = _run("timeline", "--country", "Jordan", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    timeline = Timeline.model_validate_json(result.output)
    assert timeline.subject == "JOR"
    jordan = [
        (p.letter_id, p.mentions, [a.value for a in p.amounts if a.kind == "money"], [c.status for c in p.commitments])
        for p in timeline.points
        if p.mentions
    ]
    assert jordan == [
        ("med_1", 1, [80e6], ["planned"]),
        ("med_2", 1, [120e6], ["planned"]),
        ("med_3", 1, [120e6], ["planned"]),
    ]
    dates = [p.date for p in timeline.points]
    assert dates == sorted(dates)


@pytest.mark.slow
def test_timeline_table_and_svg_chart(db, tmp_path):
    chart = tmp_path / "tun.svg"
    result = _run("timeline", "--country", "TUN", "--db", db, "--chart", str(chart))
    assert result.exit_code == 0, result.output
    assert "Tunisia" in result.output and "disbursed" in result.output
    assert chart.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_timeline_needs_exactly_one_subject(db):
    assert _run("timeline", "--db", db).exit_code == 2
    assert _run("timeline", "--country", "TUN", "--route", "Central Mediterranean", "--db", db).exit_code == 2
    bad = _run("timeline", "--country", "Atlantis", "--db", db)
    assert bad.exit_code == 2 and "Atlantis" in bad.output


@pytest.fixture(scope="module")
def extracted_db(tmp_path_factory):
    from extractor.records import extract
    from extractor.store.database import Store

    path = tmp_path_factory.mktemp("extractedstore") / "letters.db"
    store = Store(path)
    for name in ("notice_1", "notice_2", "notice_3"):
        store.save(extract.extract_path(SERIES_DIR / f"{name}.txt"))
    store.close()
    return str(path)


@pytest.mark.slow
def test_diff_of_two_files_extracts_them(tmp_path):
    result = _run(
        "diff",
        str(SERIES_DIR / "notice_2.txt"),
        str(SERIES_DIR / "notice_3.txt"),
        "--json",
        "--db",
        str(tmp_path / "none.db"),
    )
    assert result.exit_code == 0, result.output
    diff = LetterDiff.model_validate_json(result.output)
    assert [(c.kind, sorted(x.attribute for x in c.changes)) for c in diff.commitments] == [
        ("changed", ["beneficiaries", "modality", "status"])
    ]
    assert [c.value for f in diff.facts if f.field == "countries" for c in f.added] == ["TCD"]


def test_timeline_of_extracted_letters(extracted_db):
    result = _run("timeline", "--country", "Somalia", "--db", extracted_db, "--json")
    assert result.exit_code == 0, result.output
    timeline = Timeline.model_validate_json(result.output)
    assert [p.mentions for p in timeline.points] == [0, 1, 1]
    assert [[c.status for c in p.commitments] for p in timeline.points] == [[], ["adopted"], ["adopted"]]
    food = Timeline.model_validate_json(
        _run("timeline", "--organisation", "World Food Programme", "--db", extracted_db, "--json").output
    )
    assert [[c.status for c in p.commitments] for p in food.points] == [["planned"], ["planned"], ["disbursed"]]


def test_bad_inputs_are_one_line_errors(tmp_path):
    missing_db = str(tmp_path / "none.db")
    for args in (("timeline", "--country", "TUN", "--db", missing_db), ("diff", "x", "y", "--db", missing_db)):
        result = _run(*args)
        assert result.exit_code == 1 and result.output.count("\n") == 1 and "none.db" in result.output
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a pdf at all", encoding="utf-8")
    result = _run("diff", str(fake), str(SERIES_DIR / "med_1.txt"), "--db", missing_db)
    assert result.exit_code == 1 and result.output.startswith(f"letters: {fake}: not a PDF")
