"""`letters graph neighbors` and `letters graph path` in --table, --json and --csv, and their empty results."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner
from graph_samples import letter_a, letter_b

from extractor.cli import main
from extractor.cli.graph import NEIGHBOR_CSV_FIELDS, PATH_CSV_FIELDS
from extractor.store.database import Store
from models.graph import GraphNeighbors, GraphPath


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("graph") / "letters.db"
    with Store(path) as store:
        for extraction in (letter_a(), letter_b()):
            store.save(extraction)
    return str(path)


def run(*args, columns=80):
    return CliRunner().invoke(main, list(args), env={"COLUMNS": str(columns)}, catch_exceptions=False)


def test_neighbors_csv_has_one_line_per_edge_and_agrees_with_json(db):
    payload = GraphNeighbors.model_validate_json(run("graph", "neighbors", "LBY", "--db", db, "--json").stdout)
    rows = list(csv.DictReader(io.StringIO(run("graph", "neighbors", "LBY", "--db", db, "--csv").stdout)))
    assert list(rows[0]) == NEIGHBOR_CSV_FIELDS
    assert len(rows) == sum(len(item.edges) for item in payload.neighbors)
    assert {r["neighbor"] for r in rows} == {item.node.id for item in payload.neighbors}
    assert all(r["node"] == "LBY" and not r["attrs"].startswith("{") for r in rows)


def test_neighbors_table_fits_80_columns(db):
    result = run("graph", "neighbors", "LBY", "--db", db, "--table")
    assert result.exit_code == 0
    assert "neighbour(s)" in result.stdout and all(len(line) <= 80 for line in result.stdout.splitlines())


def test_path_in_three_forms(db):
    path = GraphPath.model_validate_json(
        run("graph", "path", "Central Mediterranean", "Tunisia", "--db", db, "--json").stdout
    )
    assert path.found
    rows = list(
        csv.DictReader(io.StringIO(run("graph", "path", "Central Mediterranean", "TUN", "--db", db, "--csv").stdout))
    )
    assert list(rows[0]) == PATH_CSV_FIELDS
    assert [r["node"] for r in rows] == [n.id for n in path.nodes]
    # The last node has no edge onward: its edge cells are empty, not missing.
    assert rows[-1]["type"] == "" and rows[0]["type"] == path.edges[0].type
    table = run("graph", "path", "Central Mediterranean", "TUN", "--db", db).stdout
    assert "step(s)" in table and "Tunisia [country TUN]" in table


@pytest.fixture(scope="module")
def apart(tmp_path_factory):
    """A store where two countries are in letters that share nothing."""
    from store_samples import build

    path = tmp_path_factory.mktemp("apart") / "letters.db"
    with Store(path) as store:
        store.save(build("x", "2024-01-01", ["Chile is far away."]))
        store.save(build("y", "2024-02-01", ["Norway is elsewhere."]))
    return str(path)


def test_no_path_is_an_empty_result_in_every_form(apart):
    table = run("graph", "path", "CHL", "NOR", "--db", apart)
    assert table.exit_code == 0 and table.stdout == "" and table.stderr.strip() == "no path between CHL and NOR"
    as_json = GraphPath.model_validate_json(run("graph", "path", "CHL", "NOR", "--db", apart, "--json").stdout)
    assert not as_json.found and as_json.nodes == []
    as_csv = run("graph", "path", "CHL", "NOR", "--db", apart, "--csv")
    assert as_csv.exit_code == 0 and as_csv.stdout.splitlines() == [",".join(PATH_CSV_FIELDS)]
