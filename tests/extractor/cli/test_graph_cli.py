"""`letters graph`: export from letters, and neighbors/path over the store."""

from __future__ import annotations

import json
import subprocess
import sys

import networkx as nx
from click.testing import CliRunner
from graph_samples import letter_a, letter_b

from extractor.cli import main
from extractor.store.database import Store

LETTER = """Brussels, 3 March 2025

Dear colleagues,

*We will provide EUR 12 million to Niger to support border management. Libya remains the main country of departure on the Central Mediterranean route.*

*Yours sincerely,*

*Jane Doe*
"""


def stored(tmp_path):
    db = tmp_path / "letters.db"
    store = Store(db)
    for extraction in (letter_a(), letter_b()):
        store.save(extraction)
    store.close()
    return db


def test_neighbors_json(tmp_path):
    db = stored(tmp_path)
    result = CliRunner().invoke(main, ["graph", "neighbors", "Libya", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["node"]["id"] == "LBY"
    linked = {item["node"]["id"] for item in payload["neighbors"]}
    assert {"letter:a", "letter:b", "a#c1", "route:central-mediterranean"} <= linked


def test_neighbors_text_and_unknown_node(tmp_path):
    db = stored(tmp_path)
    ok = CliRunner().invoke(main, ["graph", "neighbors", "LBY", "--db", str(db)])
    assert ok.exit_code == 0 and "Central Mediterranean [route" in ok.output
    bad = CliRunner().invoke(main, ["graph", "neighbors", "Atlantis", "--db", str(db)])
    assert bad.exit_code == 1
    assert "Atlantis" in bad.output and "Traceback" not in bad.output


def test_path_json(tmp_path):
    db = stored(tmp_path)
    result = CliRunner().invoke(main, ["graph", "path", "Central Mediterranean", "Tunisia", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["found"] is True
    assert payload["nodes"][0]["id"] == "route:central-mediterranean" and payload["nodes"][-1]["id"] == "TUN"


def test_missing_store_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["graph", "neighbors", "LBY", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1


def test_graph_files_route_to_export(tmp_path):
    letter = tmp_path / "niger.txt"
    letter.write_text(LETTER, encoding="utf-8")
    out = tmp_path / "g.graphml"
    result = CliRunner().invoke(main, ["graph", str(letter), "--format", "graphml", "-o", str(out), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["letters"] == 1
    graph = nx.read_graphml(out, force_multigraph=True)
    assert graph.nodes["letter:niger"]["type"] == "letter"
    benefits = [(s, t) for s, t, d in graph.edges(data=True) if d["type"] == "benefits"]
    assert ("niger#c1", "NER") in benefits


def test_query_path_does_not_import_spacy(tmp_path):
    db = stored(tmp_path)
    code = (
        "import sys; from extractor.cli import main; "
        f"sys.argv=['letters','graph','neighbors','LBY','--db',{str(db)!r},'--json']\n"
        "try:\n main()\nexcept SystemExit: pass\n"
        "assert 'spacy' not in sys.modules and 'pdfplumber' not in sys.modules, 'heavy import'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert '"LBY"' in result.stdout


def test_a_bad_file_is_reported_and_the_others_still_make_the_graph(tmp_path):
    letter = tmp_path / "niger.txt"
    letter.write_text(LETTER, encoding="utf-8")
    out = tmp_path / "g.json"
    result = CliRunner().invoke(
        main, ["graph", str(tmp_path / "missing.pdf"), str(letter), "--format", "json", "-o", str(out)]
    )
    assert result.exit_code == 1
    assert "missing.pdf: no such file" in result.output
    graph = nx.node_link_graph(json.loads(out.read_text()), edges="edges")
    assert "letter:niger" in graph
