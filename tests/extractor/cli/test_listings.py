"""Every listing prints --table, --json and --csv; an empty result says so and exits 0; CSV headers are fixed."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner
from store_samples import STORE_LETTERS, build

from extractor.cli import main
from extractor.store.database import Store
from models.action import Action

# Every command that lists rows.
LISTINGS = [
    ("diff",),
    ("series",),
    ("query", "commitments"),
    ("query", "letters"),
    ("query", "actions"),
    ("query", "mentions"),
    ("query", "entities"),
    ("sql",),
    ("timeline",),
    ("eval",),
    ("graph", "neighbors"),
    ("graph", "path"),
]
# (arguments that find rows, the same command finding none)
QUERIES = {
    "commitments": (["query", "commitments"], ["query", "commitments", "--organisation", "Nobody at all"]),
    "actions": (["query", "actions"], ["query", "actions", "--organisation", "Nobody at all"]),
    "letters": (["query", "letters"], ["query", "letters", "--organisation", "Nobody at all"]),
    "mentions": (["query", "mentions", "TUN"], ["query", "mentions", "Atlantis"]),
    "entities": (["query", "entities"], ["query", "entities", "--type", "person"]),
    "sql": (
        ["sql", "SELECT letter_id, version FROM letters"],
        ["sql", "SELECT letter_id, version FROM letters WHERE 0"],
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("listings") / "letters.db"
    with Store(path) as store:
        for letter in STORE_LETTERS:
            store.save(letter)
        store.save(with_action(build("act", "2024-05-02", ["The Council will deploy a planned mission to Niger."])))
    return str(path)


def with_action(letter):
    """A letter whose one 'will' sentence is an action (no sum) rather than a commitment."""
    sentence = letter.commitments[0].evidence
    action = Action(id="a1", actor="Council", action="deploy", status="planned", modality="firm", evidence=sentence)
    return letter.model_copy(update={"commitments": [], "actions": [action]})


def run(args, db, *extra):
    return CliRunner().invoke(main, [*args, "--db", db, *extra], env={"COLUMNS": "80"}, catch_exceptions=False)


@pytest.mark.parametrize("path", LISTINGS, ids=" ".join)
def test_every_listing_has_the_three_formats(path):
    command = main
    for name in path:
        # get_command: the group loads a command's module on first use (lazy start-up).
        command = command.get_command(click.Context(command), name)
    flags = {opt for param in command.params for opt in param.opts}
    assert {"--table", "--json", "--csv"} <= flags


@pytest.mark.parametrize("name", QUERIES)
def test_an_empty_result_says_so_and_exits_0(db, name):
    found, none = QUERIES[name]
    table = run(none, db)
    assert table.exit_code == 0, table.output
    assert table.stdout == "" and len(table.stderr.strip().splitlines()) == 1
    assert json.loads(run(none, db, "--json").stdout) == []
    header = run(found, db, "--csv").stdout.splitlines()[0]
    empty = run(none, db, "--csv")
    assert empty.exit_code == 0 and empty.stdout.splitlines() == [header]


@pytest.mark.parametrize("name", QUERIES)
def test_tables_fit_80_columns(db, name):
    found, _ = QUERIES[name]
    result = run(found, db)
    assert result.exit_code == 0 and result.stdout
    assert all(len(line) <= 80 for line in result.stdout.splitlines())


def test_commitment_sums_are_compact_and_whole_in_80_columns(db):
    out = run(QUERIES["commitments"][0], db).stdout
    assert "EUR 1.5bn" in out and "EUR 200M" in out and "USD 50M" in out


def test_query_letters_counts_what_each_letter_names_in_every_format(db):
    rows = json.loads(run(["query", "letters"], db, "--json").stdout)
    assert rows and {"id", "date", "entities", "commitments"} <= set(rows[0])
    dates = [r["date"] for r in rows if r["date"]]
    assert dates == sorted(dates, reverse=True)  # newest first
    csv_lines = run(["query", "letters"], db, "--csv").stdout.splitlines()
    header = csv_lines[0].split(",")
    assert header.count("date") == 1 and {"country_count", "programme_count"} <= set(header)
    first = dict(zip(header, csv_lines[1].split(",")))
    assert first["id"] == rows[0]["id"] and first["date"] == rows[0]["date"]
    assert int(first["country_count"]) == rows[0]["entities"].get("country", 0)
    table = run(["query", "letters"], db).stdout
    assert "countries" in table and rows[0]["id"][:8] in table


def test_query_letters_shows_where_the_words_stand_without_markup(db):
    found = run(["query", "letters", "--text", "Tunisia"], db)
    assert found.exit_code == 0 and "«Tunisia»" in found.stdout
    csv_text = run(["query", "letters", "--text", "Tunisia"], db, "--csv").stdout
    assert "Tunisia" in csv_text and "\ue000" not in csv_text and "«" not in csv_text
