"""The graph: shared nodes across letters, typed edges with provenance, and every exporter."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from graph_samples import letter_a, letter_b

from extractor.reports.graph import build_graph, neighbors, resolve_node, shortest_path, to_cypher, write_graph


@pytest.fixture
def graph():
    return build_graph([letter_a(), letter_b()])


def edges_of(graph, kind):
    return [(s, t, d) for s, t, d in graph.edges(data=True) if d["type"] == kind]


def test_same_entity_in_two_letters_is_one_node(graph):
    assert graph.nodes["LBY"]["type"] == "country"
    assert graph.nodes["LBY"]["label"] == "Libya"
    mentions = {(s, t) for s, t, _ in edges_of(graph, "mentions")}
    assert ("letter:a", "LBY") in mentions and ("letter:b", "LBY") in mentions
    assert [n for n in graph if str(n).upper() == "LBY"] == ["LBY"]


def test_typed_edges_with_provenance(graph):
    (benefit,) = [e for e in edges_of(graph, "benefits") if e[1] == "LBY"]
    assert benefit[0] == "a#c1"
    assert benefit[2]["letter"] == "a" and benefit[2]["sentence"] == 0
    assert benefit[2]["evidence"].startswith("We will provide")
    assert ("organisation:european-commission", "a#c1") in {(s, t) for s, t, _ in edges_of(graph, "makes")}
    assert ("a#c1", "programme:migration-partnership-with-tunisia") in {
        (s, t) for s, t, _ in edges_of(graph, "through")
    }
    assert ("person:jane-doe", "letter:a") in {(s, t) for s, t, _ in edges_of(graph, "signs")}
    (tie,) = edges_of(graph, "on_route")
    assert (tie[0], tie[1], tie[2]["role"]) == ("LBY", "route:central-mediterranean", "departure")
    (partner,) = edges_of(graph, "partnership")
    assert (partner[0], partner[1]) == ("organisation:european-commission", "TUN")
    assert partner[2]["via"] == "Migration Partnership with Tunisia"
    assert graph.nodes["a#c1"]["period"] == "2025/2027"
    assert graph.nodes["a#c1"]["regions"] == "North Africa"
    mention_counts = {(s, t): d["count"] for s, t, d in edges_of(graph, "mentions")}
    assert mention_counts[("letter:a", "LBY")] == 1


def test_attributes_are_graphml_safe(graph):
    for _, data in graph.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values()), data
    for _, _, data in graph.edges(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values()), data


def test_graphml_round_trips_every_attribute(graph, tmp_path):
    path = write_graph(graph, tmp_path / "g.graphml", "graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    assert set(back.nodes) == set(graph.nodes)
    for node, data in graph.nodes(data=True):
        assert back.nodes[node] == data
    ours = sorted(json.dumps(d, sort_keys=True) for _, _, d in graph.edges(data=True))
    theirs = sorted(json.dumps(d, sort_keys=True) for _, _, d in back.edges(data=True))
    assert ours == theirs


def test_gexf_loads(graph, tmp_path):
    path = write_graph(graph, tmp_path / "g.gexf", "gexf")
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes["a#c1"]["status"] == "planned"


def test_json_round_trips(graph, tmp_path):
    path = write_graph(graph, tmp_path / "g.json", "json")
    back = nx.node_link_graph(json.loads(path.read_text()), edges="edges")
    assert back.is_multigraph() and back.is_directed()
    assert dict(back.nodes["LBY"]) == dict(graph.nodes["LBY"])
    assert back.number_of_edges() == graph.number_of_edges()


def test_cypher_escapes_strings(graph):
    text = to_cypher(graph)
    statements = text.strip().splitlines()
    assert all(line.endswith(";") or line.startswith("//") for line in statements)
    assert 'It\\\'s a \\\\ \\"quoted\\"' in text
    assert "\\nline" in text
    merges = [line for line in statements if line.startswith("MERGE")]
    assert len(merges) == graph.number_of_nodes()
    assert sum(line.startswith("MATCH") for line in statements) == graph.number_of_edges()


def test_resolve_neighbors_and_path(graph):
    assert resolve_node(graph, "libya") == "LBY"
    assert resolve_node(graph, "lby") == "LBY"
    assert resolve_node(graph, "country:LBY") == "LBY"
    assert resolve_node(graph, "Central Mediterranean") == "route:central-mediterranean"
    assert resolve_node(graph, "nowhere at all") is None
    linked = {item["node"]["id"] for item in neighbors(graph, "LBY")}
    assert {"letter:a", "letter:b", "a#c1", "route:central-mediterranean"} <= linked
    path = shortest_path(graph, "route:central-mediterranean", "TUN")
    ids = [n["id"] for n in path["nodes"]]
    assert ids[0] == "route:central-mediterranean" and ids[-1] == "TUN"
    assert len(path["edges"]) == len(ids) - 1
    assert all(e["evidence"] is not None for e in path["edges"])


def test_unknown_format_is_refused(graph, tmp_path):
    with pytest.raises(ValueError):
        write_graph(graph, tmp_path / "g.xyz", "xyz")


def test_unknown_authors_do_not_merge_and_a_signatory_actor_is_the_person():
    first, second = letter_a(), letter_b()
    first.commitments[0].actor = "the author"
    second.commitments = [first.commitments[0].model_copy(update={"actor": "Jane Doe"})]
    second.letter.parts.signatory = "Jane Doe"
    graph = build_graph([first, second])
    assert "organisation:the-author" not in graph
    makes = [(s, t) for s, t, d in graph.edges(data=True) if d["type"] == "makes"]
    assert makes == [("person:jane-doe", "b#c1")]


def test_the_graph_of_the_test_letters_loads_in_gexf_and_round_trips_graphml(tmp_path):
    from pathlib import Path

    from extractor.records.extract import extract_path

    letters = sorted(Path(__file__).resolve().parents[2].joinpath("letters").glob("*.txt"))
    assert len(letters) >= 2, "tests/letters holds the test letters"
    graph = build_graph(extract_path(path) for path in letters)
    types = {d["type"] for _, d in graph.nodes(data=True)}
    assert {"letter", "country", "commitment", "route", "programme", "organisation"} <= types
    gexf = nx.read_gexf(write_graph(graph, tmp_path / "corpus.gexf", "gexf"))
    assert (gexf.number_of_nodes(), gexf.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    back = nx.read_graphml(write_graph(graph, tmp_path / "corpus.graphml", "graphml"), force_multigraph=True)
    assert all(back.nodes[n] == d for n, d in graph.nodes(data=True))
    assert sorted(map(repr, (sorted(d.items()) for _, _, d in back.edges(data=True)))) == sorted(
        map(repr, (sorted(d.items()) for _, _, d in graph.edges(data=True)))
    )
