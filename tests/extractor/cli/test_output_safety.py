"""A letter full of markup, escape sequences and formulas, stored by a real ingest, shown by every command.

What the letter says stays visible; nothing of it acts: no rich markup parsed, no escape sequence
reaching the terminal, no cell a spreadsheet would run, no character that breaks XML.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ElementTree

import pytest
from click.testing import CliRunner

from extractor.cli import main

STEM = "memo[bold][sic]"
HOSTILE = (
    "EUROPEAN COMMISSION\n\nBrussels, 12 March 2024\n\nDear colleagues,\n\n"
    "The Commission will mobilise EUR 80 million [/bold] for Tunisia [sic] to support border management, "
    "see [link=https://x]y[/link] now.\n\n"
    "We have adopted a package of EUR 105 million for Jordan \x1b[31mred\x1b[0m and "
    "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ here \x01\x01 done.\n\n"
    '=HYPERLINK("https://evil.example","x") EUR 5 million for Morocco is planned.\n\n'
    "+1 Frontex will deploy EUR 7 million in Libya.\n\n"
    "-2 The Commission will provide EUR 9 million for Egypt.\n\n"
    "@x The Commission will provide EUR 11 million for Senegal.\n\n"
    "Yours sincerely,\n\nUrsula von der Leyen\n"
)
WIDE = {"COLUMNS": "400"}
FORMATS = ("--table", "--csv", "--json")


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], env=WIDE)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    letter = folder / f"{STEM}.txt"
    letter.write_text(HOSTILE, encoding="utf-8")
    db = folder / "letters.db"
    result = run("ingest", letter, "--db", db, "--jobs", "1", "--json")
    assert result.exit_code == 0, result.output
    return db, letter


def flat(output: str) -> str:
    """A table's text without spaces, line ends and borders, so that a folded cell reads whole."""
    return re.sub(r"[\s│┃]", "", output)


def assert_terminal_safe(output: str) -> None:
    assert "\x1b" not in output and "\x01" not in output and "\x9b" not in output


def test_table_shows_markup_as_written_and_escapes_as_symbols(store):
    db, _ = store
    result = run("query", "commitments", "--db", db)
    assert result.exit_code == 0, result.output
    shown = flat(result.output)
    for written in ("[/bold]", "[sic]", "[link=https://x]y[/link]", STEM):
        assert written in shown
    assert "␛[31mred␛[0m" in shown and "␛]8;;https://evil.example" in shown and "␁␁" in shown
    assert_terminal_safe(result.output)


def test_csv_cells_cannot_run_in_a_spreadsheet(store):
    db, _ = store
    result = run("query", "commitments", "--db", db, "--csv")
    assert result.exit_code == 0, result.output
    evidence = [row["evidence"] for row in csv.DictReader(io.StringIO(result.output))]
    starts = sorted(e[:3] for e in evidence if e.startswith("'"))
    assert starts == ["'+1", "'-2", "'=H", "'@x"]
    assert all(not e.startswith(("=", "+", "-", "@")) for e in evidence)
    assert_terminal_safe(result.output)


def test_json_keeps_the_letter_text_exactly(store):
    db, _ = store
    result = run("query", "commitments", "--db", db, "--json")
    rows = json.loads(result.output)
    evidence = " ".join(row["evidence"] for row in rows)
    assert "\x1b]8;;https://evil.example" in evidence and "[/bold]" in evidence and "\x01\x01" in evidence
    assert any(row["evidence"].startswith('=HYPERLINK("https://evil.example"') for row in rows)


@pytest.mark.parametrize("fmt", FORMATS)
def test_mentions_in_every_format(store, fmt):
    db, _ = store
    result = run("query", "mentions", "JOR", "--db", db, fmt)
    assert result.exit_code == 0, result.output
    assert "Jordan" in result.output
    if fmt == "--json":
        assert "\x1b[31m" in json.loads(result.output)[0]["context"]
    else:
        assert_terminal_safe(result.output)
        assert "␛[31m" in flat(result.output)


@pytest.mark.parametrize("fmt", FORMATS)
def test_letters_and_their_search_snippets_in_every_format(store, fmt):
    db, _ = store
    result = run("query", "letters", "--text", "Jordan", "--db", db, fmt)
    assert result.exit_code == 0, result.output
    if fmt == "--json":
        (row,) = json.loads(result.output)
        assert row["id"] == STEM and "\x1b[31m" in row["snippet"]
    else:
        assert_terminal_safe(result.output)
        assert STEM in flat(result.output) and "␛[31m" in flat(result.output)


@pytest.mark.parametrize("fmt", FORMATS)
def test_entities_in_every_format(store, fmt):
    db, _ = store
    result = run("query", "entities", "--db", db, fmt)
    assert result.exit_code == 0, result.output
    assert "TUN" in result.output
    assert_terminal_safe(result.output)


@pytest.mark.parametrize("fmt", FORMATS)
def test_sql_in_every_format(store, fmt):
    db, _ = store
    statement = (
        "SELECT letters.letter_id, sentence_text AS evidence FROM commitments"
        " JOIN letters ON letters.row_id = commitments.letter ORDER BY sentence_text"
    )
    result = run("sql", statement, "--db", db, fmt)
    assert result.exit_code == 0, result.output
    if fmt == "--json":
        rows = json.loads(result.output)
        assert rows[0]["evidence"].startswith("+1 Frontex") and rows[0]["letter_id"] == STEM
    elif fmt == "--csv":
        first = next(csv.DictReader(io.StringIO(result.output)))
        assert first["evidence"].startswith("'+1 Frontex") and first["letter_id"] == STEM
    else:
        assert "[/bold]" in flat(result.output) and "[sic]" in flat(result.output) and STEM in flat(result.output)
        assert_terminal_safe(result.output)


def test_sql_csv_guards_tab_and_cr_led_cells(store):
    db, _ = store
    statement = "SELECT char(9) || substr(sentence_text, 1, 5) AS tab, char(13) || sentence_text AS cr FROM commitments"
    result = run("sql", statement, "--db", db, "--csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows and all(row["tab"].startswith("'\t") and row["cr"].startswith("'␍") for row in rows)
    assert "\r" not in result.output


@pytest.mark.parametrize("fmt", ("", "--json"))
def test_timeline(store, fmt):
    db, _ = store
    result = run("timeline", "--country", "TUN", "--db", db, *([fmt] if fmt else []))
    assert result.exit_code == 0, result.output
    if fmt:
        assert json.loads(result.output)["points"][0]["letter_id"] == STEM
    else:
        assert STEM in flat(result.output)
        assert_terminal_safe(result.output)


@pytest.mark.parametrize("fmt", ("graphml", "gexf"))
def test_graph_xml_parses_and_keeps_the_text(store, tmp_path, fmt):
    _, letter = store
    out = tmp_path / f"graph.{fmt}"
    result = run("graph", "export", letter, "--format", fmt, "-o", out)
    assert result.exit_code == 0, result.output
    root = ElementTree.parse(out).getroot()  # a control character would make this raise
    texts = [e.text or "" for e in root.iter()] + [v for e in root.iter() for v in e.attrib.values()]
    joined = " ".join(texts)
    assert "[/bold]" in joined and "Jordan [31mred[0m and ]8;;https://evil.example" in joined
    assert "\x01" not in joined and "\x1b" not in joined


def test_graph_neighbors_prints_no_escape(store):
    db, _ = store
    result = run("graph", "neighbors", "JOR", "--db", db)
    assert result.exit_code == 0, result.output
    assert "␛[31m" in result.output
    assert_terminal_safe(result.output)


def test_text_prints_the_letter_with_symbols(store):
    _, letter = store
    result = run("text", letter)
    assert result.exit_code == 0 and "␛]8;;" in result.output and "[sic]" in result.output
    assert_terminal_safe(result.output)
