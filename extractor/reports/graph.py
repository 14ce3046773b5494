"""The graph of letters, actors, countries, routes, programmes and commitments (networkx).

One ``MultiDiGraph`` for a set of letters. Node ids are stable across letters, so the same
entity named in two letters is one node: a country is its ISO 3166 alpha-3 code, other entities
``<type>:<slug of the canonical name>``, a letter ``letter:<id>``, a commitment ``<letter>#c1``.
Every edge carries its type and its provenance (letter, sentence, span, evidence sentence).
Attribute values are str/int/float/bool only, so GraphML and GEXF writers take them as they are.

This module must not import spaCy or pdfplumber: `letters graph neighbors/path` build the graph
from the store.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Optional, Union

import networkx as nx

from extractor.escape import for_xml
from extractor.records.sentences import DEFAULT_CONTEXT_CHARS, context_text
from extractor.reference import countries
from extractor.reference.families import NAMED_FAMILIES
from extractor.reference.money import format_money
from extractor.relations.actors import UNKNOWN_AUTHOR
from models.commitment import Commitment
from models.entities import Grounding
from models.extraction import Extraction

FORMATS = ("graphml", "gexf", "json", "cypher", "html")
NODE_TYPES = ("letter", *NAMED_FAMILIES, "commitment")
LIST_SEPARATOR = ";"
# Provenance of facts from outside the body (the signature): no sentence, no span.
NO_POSITION = -1
# Evidence on an edge or node: the capped context window every report shows.
EVIDENCE_MAX_CHARS = DEFAULT_CONTEXT_CHARS
# Actors that are institutions of the EU or its members rather than a named organisation.
ACTOR_TYPE = "organisation"


def slug(text: str) -> str:
    """A stable, ASCII, lower-case id fragment of a name ("EU-Türkiye Statement" -> eu-turkiye-statement)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "x"


def country_label(code: str) -> str:
    """The common English name of a country code (the code itself when unknown)."""
    return countries.country_name(code) or code


def node_id(entity_type: str, norm: str) -> str:
    """The graph id of an entity: its ISO code for a country, ``type:slug`` otherwise."""
    if entity_type == "country":
        return norm
    return f"{entity_type}:{slug(norm)}"


def letter_node(letter_id: str) -> str:
    """The graph id of a letter."""
    return f"letter:{letter_id}"


def commitment_node(letter_id: str, commitment_id: str) -> str:
    """The graph id of a commitment: ``<letter>#c1``."""
    return f"{letter_id}#{commitment_id}"


def _clean(attrs: dict) -> dict:
    """Drop None, join lists, keep str/int/float/bool: what GraphML and GEXF accept."""
    out = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple, set)):
            value = LIST_SEPARATOR.join(str(v) for v in value)
        elif not isinstance(value, (str, int, float, bool)):
            value = str(value)
        out[key] = value
    return out


def _provenance(extraction: Extraction, grounding: Optional[Grounding]) -> dict:
    letter_id = extraction.letter.id
    if grounding is None:
        return {"letter": letter_id, "sentence": NO_POSITION, "start": NO_POSITION, "end": NO_POSITION, "evidence": ""}
    return {
        "letter": letter_id,
        "sentence": grounding.sentence,
        "start": grounding.start,
        "end": grounding.end,
        "evidence": context_text(extraction, grounding, EVIDENCE_MAX_CHARS),
    }


def _add_node(graph: nx.MultiDiGraph, node: str, node_type: str, label: str, **attrs) -> None:
    """Add a node or merge attributes into it (the first label wins)."""
    if node_type not in NODE_TYPES:
        raise ValueError(f"unknown node type {node_type!r}")
    if node in graph:
        data = graph.nodes[node]
        for key, value in _clean(attrs).items():
            data.setdefault(key, value)
        return
    graph.add_node(node, **_clean({"type": node_type, "label": label, **attrs}))


def _add_edge(graph: nx.MultiDiGraph, source: str, target: str, edge_type: str, **attrs) -> None:
    key = f"{edge_type}:{graph.number_of_edges(source, target)}"
    graph.add_edge(source, target, key=key, **_clean({"type": edge_type, **attrs}))


def _actor_node(graph: nx.MultiDiGraph, actor: str, signatory: Optional[str] = None) -> str:
    """The node of a commitment's actor: a country by its code, the signatory, else an organisation."""
    if signatory and actor == signatory:
        node = node_id("person", actor)
        _add_node(graph, node, "person", actor)
        return node
    if countries.is_iso_code(actor):
        _add_node(graph, actor, "country", country_label(actor))
        return actor
    node = node_id(ACTOR_TYPE, actor)
    _add_node(graph, node, ACTOR_TYPE, actor)
    return node


def _money_label(commitment: Commitment) -> str:
    parts = []
    for amount in commitment.amounts:
        if amount.kind == "money":
            parts.append(format_money(amount.value, amount.currency, compact=True))
    head = " + ".join(parts) or (commitment.action or "commitment")
    tail = ", ".join(commitment.beneficiaries or commitment.regions)
    return f"{head} → {tail}" if tail else head


def _add_commitment(
    graph: nx.MultiDiGraph, extraction: Extraction, commitment: Commitment, signatory: Optional[str] = None
) -> None:
    letter_id = extraction.letter.id
    node = commitment_node(letter_id, commitment.id)
    money = [a for a in commitment.amounts if a.kind == "money"]
    _add_node(
        graph,
        node,
        "commitment",
        _money_label(commitment),
        letter=letter_id,
        status=commitment.status,
        modality=commitment.modality,
        actor=commitment.actor,
        action=commitment.action,
        amount=float(sum(a.value for a in money)) if money else None,
        currency=money[0].currency if money else None,
        beneficiaries=commitment.beneficiaries,
        regions=commitment.regions,
        programme=commitment.programme,
        purpose=commitment.purpose,
        period=commitment.period,
        deadline=commitment.deadline,
        evidence=context_text(extraction, commitment.evidence, EVIDENCE_MAX_CHARS),
    )
    prov = _provenance(extraction, commitment.evidence)
    _add_edge(graph, letter_node(letter_id), node, "states", **prov)
    if commitment.actor and commitment.actor != UNKNOWN_AUTHOR:
        _add_edge(graph, _actor_node(graph, commitment.actor, signatory), node, "makes", **prov)
    for code in commitment.beneficiaries:
        _add_node(graph, code, "country", country_label(code))
        _add_edge(graph, node, code, "benefits", **prov)
    for region in commitment.regions:
        target = node_id("region", region)
        _add_node(graph, target, "region", region)
        _add_edge(graph, node, target, "benefits", scope="region", **prov)
    if commitment.programme:
        target = node_id("programme", commitment.programme)
        _add_node(graph, target, "programme", commitment.programme)
        _add_edge(graph, node, target, "through", **prov)
    # The period and deadline stay attributes of the commitment node (period, deadline): EDTF
    # values, not entities that several letters would share.


def _author(extraction: Extraction) -> Optional[str]:
    """The actor the letter's "we" stands for: its commitments' most common actor."""
    counts: dict[str, int] = defaultdict(int)
    for commitment in extraction.commitments:
        if commitment.actor:
            counts[commitment.actor] += 1
    if counts:
        return max(counts.items(), key=lambda item: (item[1], item[0]))[0]
    from extractor.relations.actors import author_of

    return author_of(extraction.letter)[0]  # type: ignore[arg-type]  (only .parts is read)


def add_extraction(graph: nx.MultiDiGraph, extraction: Extraction) -> None:
    """Add one letter, its entities, commitments, route ties and partnerships to the graph."""
    summary = extraction.letter
    letter_id = summary.id
    lnode = letter_node(letter_id)
    _add_node(
        graph,
        lnode,
        "letter",
        f"{letter_id} ({summary.date.isoformat()})" if summary.date else letter_id,
        date=summary.date.isoformat() if summary.date else None,
        source=summary.source,
        sha256=summary.sha256,
        pages=summary.pages,
    )
    first: dict[str, tuple] = {}
    counts: dict[str, int] = defaultdict(int)
    for mention in sorted(extraction.mentions, key=lambda m: m.grounding.start):
        if mention.type not in NAMED_FAMILIES or not mention.norm:
            continue
        node = node_id(mention.type, mention.norm)
        label = country_label(mention.norm) if mention.type == "country" else mention.norm
        _add_node(graph, node, mention.type, label)
        counts[node] += 1
        first.setdefault(node, (mention,))
    for node, (mention,) in first.items():
        _add_edge(graph, lnode, node, "mentions", count=counts[node], **_provenance(extraction, mention.grounding))
    signatory = summary.parts.signatory
    if signatory:
        person = node_id("person", signatory)
        _add_node(graph, person, "person", signatory, title=summary.parts.signatory_title)
        _add_edge(graph, person, lnode, "signs", **_provenance(extraction, None))
    for commitment in extraction.commitments:
        _add_commitment(graph, extraction, commitment, signatory)
    for tie in extraction.route_ties:
        _add_node(graph, tie.country, "country", country_label(tie.country))
        route = node_id("route", tie.route)
        _add_node(graph, route, "route", tie.route)
        _add_edge(graph, tie.country, route, "on_route", role=tie.role, **_provenance(extraction, tie.evidence))
    _add_partnerships(graph, extraction)


def _add_partnerships(graph: nx.MultiDiGraph, extraction: Extraction) -> None:
    """actor -partnership-> country where a programme's own name holds the country."""
    author = _author(extraction)
    if not author or author == UNKNOWN_AUTHOR:
        return
    countries = [m for m in extraction.mentions if m.type == "country"]
    for programme in (m for m in extraction.mentions if m.type == "programme"):
        g = programme.grounding
        for country in countries:
            c = country.grounding
            if g.start <= c.start and c.end <= g.end and country.norm != author:
                source = _actor_node(graph, author, extraction.letter.parts.signatory)
                _add_node(graph, country.norm, "country", country_label(country.norm))
                _add_edge(
                    graph,
                    source,
                    country.norm,
                    "partnership",
                    via=programme.norm,
                    **_provenance(extraction, g),
                )


def build_graph(extractions: Iterable[Extraction]) -> nx.MultiDiGraph:
    """One graph of all the letters: shared entities are shared nodes."""
    graph = nx.MultiDiGraph()
    for extraction in extractions:
        add_extraction(graph, extraction)
    return graph


# ---------------------------------------------------------------------------------------------
# Exporters
# ---------------------------------------------------------------------------------------------


def _cypher_string(value: str) -> str:
    """A Cypher string literal: backslash, quotes and control characters escaped."""
    escaped = (
        value.replace("\\", "\\\\")
        .replace("'", "\\'")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    escaped = re.sub(r"[\x00-\x1f\x7f]", lambda m: "\\u%04x" % ord(m.group()), escaped)
    return f"'{escaped}'"


def _cypher_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return _cypher_string(str(value))


def _cypher_map(attrs: dict) -> str:
    items = ", ".join(f"`{key.replace('`', '')}`: {_cypher_value(value)}" for key, value in sorted(attrs.items()))
    return "{" + items + "}"


def _cypher_label(text: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", text) if part) or "Node"


def to_cypher(graph: nx.MultiDiGraph) -> str:
    """Neo4j statements: MERGE each node by id, then CREATE each edge between the merged nodes."""
    lines = [
        "// policy-letters graph: run in cypher-shell or Neo4j Browser",
        "CREATE INDEX letters_node_id IF NOT EXISTS FOR (n:Entity) ON (n.id);",
    ]
    for node, data in graph.nodes(data=True):
        label = _cypher_label(str(data.get("type", "node")))
        props = {k: v for k, v in data.items() if k != "id"}
        lines.append(f"MERGE (n:Entity:{label} {{id: {_cypher_string(str(node))}}}) SET n += {_cypher_map(props)};")
    for source, target, data in graph.edges(data=True):
        rel = _cypher_label(str(data.get("type", "related"))).upper()
        lines.append(
            f"MATCH (a:Entity {{id: {_cypher_string(str(source))}}}), (b:Entity {{id: {_cypher_string(str(target))}}}) "
            f"CREATE (a)-[:{rel} {_cypher_map(data)}]->(b);"
        )
    return "\n".join(lines) + "\n"


def to_json(graph: nx.MultiDiGraph) -> dict:
    """The node-link form networkx reads back with ``node_link_graph``."""
    return nx.node_link_data(graph, edges="edges")


def xml_safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose ids and attributes XML 1.0 can hold (a letter's control characters would make GraphML/GEXF malformed)."""
    safe = nx.MultiDiGraph(**{key: for_xml(value) for key, value in graph.graph.items()})
    for node, data in graph.nodes(data=True):
        safe.add_node(for_xml(node), **{key: for_xml(value) for key, value in data.items()})
    for source, target, key, data in graph.edges(keys=True, data=True):
        safe.add_edge(
            for_xml(source), for_xml(target), key=for_xml(key), **{name: for_xml(value) for name, value in data.items()}
        )
    return safe


def write_graph(graph: nx.MultiDiGraph, path: Union[str, Path], fmt: str) -> Path:
    """Write the graph as graphml, gexf, json, cypher or html."""
    path = Path(path)
    if fmt not in FORMATS:
        raise ValueError(f"unknown graph format {fmt!r}; one of {', '.join(FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        nx.write_graphml(xml_safe(graph), path)
    elif fmt == "gexf":
        nx.write_gexf(xml_safe(graph), path)
    elif fmt == "json":
        path.write_text(json.dumps(to_json(graph), ensure_ascii=False, indent=1), encoding="utf-8")
    elif fmt == "cypher":
        path.write_text(to_cypher(graph), encoding="utf-8")
    else:
        from extractor.reports.graph_html import render_html

        path.write_text(render_html(graph), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------
# Exploring: resolve a name to a node, neighbours, paths
# ---------------------------------------------------------------------------------------------


def resolve_node(graph: nx.MultiDiGraph, name: str) -> Optional[str]:
    """The node a person means by ``name``: an id, an ISO code, a label, a country name, a slug."""
    if name in graph:
        return name
    kind, _, rest = name.partition(":")
    if kind == "country" and rest.upper() in graph:
        return rest.upper()  # the store's spelling of a country node, "country:TUN"
    if name.upper() in graph and countries.is_iso_code(name.upper()):
        return name.upper()
    if f"letter:{name}" in graph:
        return f"letter:{name}"
    wanted = name.strip().lower()
    for node, data in graph.nodes(data=True):
        if str(data.get("label", "")).lower() == wanted:
            return node
    code = countries.country_code(name)
    if code in graph:
        return code
    wanted_slug = slug(name)
    matches = [node for node in graph if str(node).split(":", 1)[-1] == wanted_slug]
    return matches[0] if len(matches) == 1 else None


def node_record(graph: nx.MultiDiGraph, node: str) -> dict:
    """A node as a plain dict: id, type, label and its other attributes."""
    data = dict(graph.nodes[node])
    return {"id": node, "type": data.pop("type", ""), "label": data.pop("label", node), "attrs": data}


def edge_record(source: str, target: str, data: dict) -> dict:
    """An edge as a plain dict with its provenance."""
    data = dict(data)
    record = {"source": source, "target": target, "type": data.pop("type", "")}
    for key in ("letter", "sentence", "start", "end", "evidence"):
        if key in data:
            record[key] = data.pop(key)
    record["attrs"] = data
    return record


def neighbors(graph: nx.MultiDiGraph, node: str) -> list[dict]:
    """Each node linked to ``node`` (either direction) with the edges between them."""
    grouped: dict[str, list[dict]] = defaultdict(list)
    for _, target, data in graph.out_edges(node, data=True):
        grouped[target].append(edge_record(node, target, data))
    for source, _, data in graph.in_edges(node, data=True):
        grouped[source].append(edge_record(source, node, data))
    return [
        {"node": node_record(graph, other), "edges": edges}
        for other, edges in sorted(
            grouped.items(), key=lambda item: (graph.nodes[item[0]].get("type", ""), str(item[0]))
        )
    ]


def shortest_path(graph: nx.MultiDiGraph, source: str, target: str) -> Optional[dict]:
    """The shortest chain of nodes from ``source`` to ``target`` (edges in either direction)."""
    undirected = graph.to_undirected(as_view=True)
    try:
        nodes = nx.shortest_path(undirected, source, target)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return None
    edges = []
    for a, b in zip(nodes, nodes[1:]):
        if graph.has_edge(a, b):
            data = next(iter(graph.get_edge_data(a, b).values()))
            edges.append(edge_record(a, b, data))
        else:
            data = next(iter(graph.get_edge_data(b, a).values()))
            edges.append(edge_record(b, a, data))
    return {"nodes": [node_record(graph, n) for n in nodes], "edges": edges}
