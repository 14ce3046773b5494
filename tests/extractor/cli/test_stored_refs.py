"""`show`, `digest`, `extract`, `diff` and `graph export` on stored ids: the store's records, never the file again."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

SERIES_DIR = Path(__file__).resolve().parents[2] / "letters" / "series"
sys.path.insert(0, str(SERIES_DIR))

from series_fixtures import load_extraction  # noqa: E402

from extractor.cli import main  # noqa: E402
from extractor.records.digest import make_digest  # noqa: E402
from extractor.store.database import Store  # noqa: E402
from models.diff import DiffRow, LetterDiff  # noqa: E402
from models.extraction import Extraction  # noqa: E402
from models.graph import GraphExport  # noqa: E402

LETTERS = ("notice_1", "notice_2", "med_1")


@pytest.fixture
def db(tmp_path):
    """A store of hand-annotated letters whose source files do not exist: only the records can answer."""
    path = tmp_path / "letters.db"
    store = Store(path)
    for name in LETTERS:
        extraction = load_extraction(name)
        extraction.letter.source = str(tmp_path / "gone" / f"{name}.txt")
        store.save(extraction)
    store.close()
    return str(path)


@pytest.fixture
def no_reading(monkeypatch):
    """Make reading or extracting any file fail the test: a stored id must never get there."""
    import extractor.sandbox

    def refuse(*args, **kwargs):
        raise AssertionError(f"a file was read again: {args[:1]}")

    monkeypatch.setattr(extractor.sandbox, "extract_bounded", refuse)
    monkeypatch.setattr(extractor.sandbox, "read_bounded", refuse, raising=False)


def _run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_extract_and_digest_of_a_stored_id_are_its_records(db, no_reading):
    stored = Store(db, readonly=True).get_extraction("notice_2")
    result = _run("extract", "notice_2", "--db", db)
    assert result.exit_code == 0, result.output
    assert Extraction.model_validate_json(result.output) == stored
    result = _run("digest", "notice_2@1", "--db", db)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == make_digest(stored).to_json_dict()
    assert json.loads(result.output)["letter"]["date"] == "2024-04-09"


def test_show_of_a_stored_id_writes_its_page(db, no_reading, tmp_path):
    page = tmp_path / "notice.html"
    result = _run("show", "notice_1", "--db", db, "--html", str(page))
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "Horn of Africa" in html and "UNHCR" in html


def test_diff_of_stored_ids_reports_the_changed_date(db, no_reading):
    result = _run("diff", "notice_1", "notice_2@1", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    diff = LetterDiff.model_validate_json(result.output)
    assert [(p.part, p.before, p.after) for p in diff.parts] == [("date", "2023-05-05", "2024-04-09")]


def test_an_unknown_id_is_one_line_and_exit_1(db):
    for command in (["digest"], ["extract"], ["show", "--html", "x.html"]):
        result = CliRunner().invoke(main, [*command, "notice_9", "--db", db])
        assert result.exit_code == 1
        assert result.output.count("\n") == 1 and "notice_9" in result.output and "Traceback" not in result.output


def test_a_stored_id_without_a_store_says_so(tmp_path):
    result = CliRunner().invoke(main, ["digest", "notice_1", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no store here yet" in result.output
    assert not (tmp_path / "none.db").exists()


def test_graph_export_of_the_whole_store(db, no_reading, tmp_path):
    out = tmp_path / "all.graphml"
    result = _run("graph", "export", "--db", db, "-o", str(out), "--json")
    assert result.exit_code == 0, result.output
    assert GraphExport.model_validate_json(result.output).letters == len(LETTERS)
    graph = nx.read_graphml(out)
    assert {n for n, d in graph.nodes(data=True) if d.get("type") == "letter"} == {f"letter:{n}" for n in LETTERS}


def test_graph_export_of_stored_ids_and_filters(db, no_reading, tmp_path):
    out = tmp_path / "one.json"
    result = _run("graph", "export", "notice_1", "med_1@1", "--db", db, "--format", "json", "-o", str(out), "--json")
    assert result.exit_code == 0, result.output
    assert GraphExport.model_validate_json(result.output).letters == 2
    # The notices name Niger; the Mediterranean letter does not.
    result = _run("graph", "export", "--db", db, "--country", "Niger", "--format", "json", "-o", str(out), "--json")
    assert GraphExport.model_validate_json(result.output).letters == 2
    letters = {n["id"] for n in json.loads(out.read_text())["nodes"] if n.get("type") == "letter"}
    assert letters == {"letter:notice_1", "letter:notice_2"}
    result = _run("graph", "export", "--db", db, "--since", "2024", "-o", str(out), "--json")
    expected = sum(1 for n in LETTERS if load_extraction(n).letter.date.year >= 2024)
    assert 0 < expected < len(LETTERS)
    assert GraphExport.model_validate_json(result.output).letters == expected


def test_graph_export_filters_that_match_nothing_write_an_empty_graph(db, tmp_path):
    out = tmp_path / "none.graphml"
    result = CliRunner().invoke(main, ["graph", "export", "--db", db, "--since", "2099", "-o", str(out)])
    assert result.exit_code == 0
    assert "no letter matches" in result.output
    assert nx.read_graphml(out).number_of_nodes() == 0


def test_graph_export_refuses_a_bad_filter_in_one_line(db, tmp_path):
    for option, value in (("--country", "Atlantis"), ("--since", "someday")):
        result = CliRunner().invoke(main, ["graph", "export", "--db", db, option, value, "-o", str(tmp_path / "x")])
        assert result.exit_code == 2, result.output
        assert value in result.output and "Traceback" not in result.output


def test_diff_table_and_csv_have_stable_headers(db):
    header = ",".join(DiffRow.model_fields)
    result = _run("diff", "notice_1", "notice_2", "--db", db, "--csv")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == header
    assert "part,changed,date,2023-05-05,2024-04-09,," in lines
    assert any(line.startswith("fact,added,countries,SOM") or ",SOM," in line for line in lines), lines
    # Two identical letters: no change, the same header.
    same = _run("diff", "notice_1", "notice_1", "--db", db, "--csv")
    assert same.exit_code == 0 and same.output.splitlines() == [header]
    table = _run("diff", "notice_1", "notice_2", "--db", db, "--table")
    assert table.exit_code == 0 and "2024-04-09" in table.output and "section" in table.output
    # No change: the table says so on stderr, in words, and prints nothing; exit 0.
    same_table = _run("diff", "notice_1", "notice_1", "--db", db, "--table")
    assert same_table.exit_code == 0 and same_table.stdout == ""
    assert same_table.stderr.startswith("no change: A notice_1 (2023-05-05) → B notice_1 (2023-05-05)")


@pytest.mark.slow
def test_ingested_letters_answer_after_their_files_are_deleted(tmp_path):
    """A real ingest, the files then deleted: every command still answers from the store."""
    folder = tmp_path / "letters"
    folder.mkdir()
    for name in ("notice_1", "notice_2"):
        shutil.copy(SERIES_DIR / f"{name}.txt", folder / f"{name}.txt")
    db = str(tmp_path / "letters.db")
    assert _run("ingest", str(folder), "--db", db, "--jobs", "1").exit_code == 0
    digest_before = json.loads(_run("digest", str(folder / "notice_2.txt")).output)
    shutil.rmtree(folder)
    result = _run("digest", "notice_2", "--db", db)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == digest_before
    assert _run("show", "notice_1", "--db", db, "--html", str(tmp_path / "n.html")).exit_code == 0
    diff = LetterDiff.model_validate_json(_run("diff", "notice_1", "notice_2", "--db", db, "--json").output)
    assert ("date", "2023-05-05", "2024-04-09") in [(p.part, p.before, p.after) for p in diff.parts]
    summary = _run("graph", "export", "--db", db, "-o", str(tmp_path / "g.gexf"), "--json")
    assert GraphExport.model_validate_json(summary.output).letters == 2


@pytest.mark.slow
def test_graph_export_of_a_folder(tmp_path):
    folder = tmp_path / "letters"
    folder.mkdir()
    for name in ("notice_1", "med_1"):
        shutil.copy(SERIES_DIR / f"{name}.txt", folder / f"{name}.txt")
    out = tmp_path / "g.graphml"
    result = _run("graph", "export", str(folder), "-o", str(out), "--json")
    assert result.exit_code == 0, result.output
    assert GraphExport.model_validate_json(result.output).letters == 2
    assert {"letter:notice_1", "letter:med_1"} <= set(nx.read_graphml(out).nodes)
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(main, ["graph", "export", str(empty), "-o", str(out)])
    assert result.exit_code == 1 and "no letter files" in result.output


@pytest.fixture
def versions_db(tmp_path):
    """One id stored twice: version 1 is the 2023 notice, version 2 (the latest) the 2024 one."""
    path = tmp_path / "versions.db"
    with Store(path) as store:
        for name, sha in (("notice_1", "a" * 64), ("notice_2", "b" * 64)):
            extraction = load_extraction(name)
            extraction.letter.id, extraction.letter.sha256 = "notice", sha
            extraction.letter.source = str(tmp_path / "gone" / f"{name}.txt")
            assert store.save_letter(extraction).outcome == "stored"
    return str(path)


def test_every_command_takes_id_at_version(versions_db, no_reading, tmp_path):
    """extract, digest, show, diff and graph export: ``id@version`` is that version, a bare id the latest."""
    db = versions_db
    assert Extraction.model_validate_json(_run("extract", "notice@1", "--db", db).output).letter.sha256 == "a" * 64
    assert Extraction.model_validate_json(_run("extract", "notice", "--db", db).output).letter.sha256 == "b" * 64
    assert json.loads(_run("digest", "notice@1", "--db", db).output)["letter"]["date"] == "2023-05-05"
    assert json.loads(_run("digest", "notice@2", "--db", db).output)["letter"]["date"] == "2024-04-09"
    page = tmp_path / "v1.html"
    assert _run("show", "notice@1", "--db", db, "--html", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "5 May 2023" in html and "9 April 2024" not in html
    diff = LetterDiff.model_validate_json(_run("diff", "notice@1", "notice@2", "--db", db, "--json").output)
    assert [(p.part, p.before, p.after) for p in diff.parts] == [("date", "2023-05-05", "2024-04-09")]
    out = tmp_path / "v1.json"
    result = _run("graph", "export", "notice@1", "--db", db, "--format", "json", "-o", str(out), "--json")
    assert GraphExport.model_validate_json(result.output).letters == 1
    # Somalia is named from the 2024 notice on: version 1's graph has no node for it.
    nodes = {n["id"] for n in json.loads(out.read_text())["nodes"]}
    assert "ETH" in nodes and "SOM" not in nodes
    missing = CliRunner().invoke(main, ["digest", "notice@3", "--db", db])
    assert missing.exit_code == 1 and missing.output.count("\n") == 1 and "notice@3" in missing.output
