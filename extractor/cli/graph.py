"""`letters graph`: export the graph of letters, or explore the stored one.

``letters graph FILES...`` is ``letters graph export FILES...``: a group that sends an unknown
first argument to ``export``. ``neighbors`` and ``path`` read the store and never import spaCy.
"""

from __future__ import annotations

import click

from extractor.cli.base import main, reports_errors, writing
from extractor.cli.options import db_option, json_flag, limits_options, password_option, reading_options

GRAPH_FORMATS = ("graphml", "gexf", "json", "cypher", "html")
DEFAULT_FORMAT = "graphml"
# Edges listed per neighbour in text output (all of them are in --json).
TEXT_EDGES_PER_NEIGHBOUR = 3
TEXT_EVIDENCE_CHARS = 140


class ExportByDefault(click.Group):
    """A group whose unknown first argument (a file) means the `export` subcommand."""

    def resolve_command(self, ctx, args):
        """Route `letters graph FILE...` to `letters graph export FILE...`."""
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["export", *args]
        return super().resolve_command(ctx, args)

    def parse_args(self, ctx, args):
        """Let `letters graph --format x FILE` reach export too."""
        if args and args[0].startswith("-") and args[0] not in ("-h", "--help"):
            args = ["export", *args]
        return super().parse_args(ctx, args)


@main.group("graph", cls=ExportByDefault)
def graph_group() -> None:
    """The graph of letters, actors, countries, routes, programmes and commitments."""


@graph_group.command("export")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(GRAPH_FORMATS),
    default=DEFAULT_FORMAT,
    show_default=True,
    help="graphml/gexf (Gephi, yEd), json (networkx node-link), cypher (Neo4j), html (offline view).",
)
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False), help="File to write.")
@password_option
@json_flag
@limits_options
@reading_options
@reports_errors
def export_command(
    files, fmt: str, output: str, password, as_json: bool, timeout: float, max_memory: int, reading
) -> None:
    """Extract FILES (PDF or text letters) and write their graph to OUTPUT."""
    from extractor.errors import LettersError
    from extractor.escape import one_line
    from extractor.reports.graph import build_graph, write_graph
    from extractor.sandbox import extract_bounded
    from models.graph import GraphExport

    extractions, failed = [], 0
    for path in files:
        try:
            extractions.append(extract_bounded(path, password, timeout, max_memory, options=reading))
        except LettersError as error:
            # One bad letter should not cost the graph of the others: say so, go on, exit 1.
            click.echo(f"letters: {one_line(error)}", err=True)
            failed += 1
    if not extractions:
        raise SystemExit(1)
    graph = build_graph(extractions)
    with writing(output):
        write_graph(graph, output, fmt)
    summary = GraphExport(
        path=output, format=fmt, letters=len(extractions), nodes=graph.number_of_nodes(), edges=graph.number_of_edges()
    )
    if as_json:
        click.echo(summary.model_dump_json(indent=2))
    else:
        click.echo(f"wrote {output} ({fmt}): {summary.letters} letter(s), {summary.nodes} nodes, {summary.edges} edges")
    if failed:
        raise SystemExit(1)


def _stored_graph(db_path: str):
    """The graph of the latest version of every stored letter."""
    from pathlib import Path

    from extractor.errors import NoStore
    from extractor.reports.graph import build_graph
    from extractor.store.database import EXTRACTIONS_SCHEMA, Store

    if not Path(db_path).exists():
        raise NoStore(db_path)
    # The graph is built from each letter's records: an older store is read as it is.
    store = Store(db_path, readonly=True, min_schema=EXTRACTIONS_SCHEMA)
    try:
        return build_graph(store.iter_extractions())
    finally:
        store.close()


def _resolve(graph, name: str, db_path: str) -> str:
    from extractor.errors import NoSuchNode
    from extractor.reports.graph import resolve_node

    node = resolve_node(graph, name)
    if node is None:
        raise NoSuchNode(name, store=db_path)
    return node


def _say(line: str) -> None:
    """Print one line of the stored graph for a person: letter text there never acts on the terminal."""
    from extractor.escape import one_line

    click.echo(one_line(line))


def _edge_line(edge) -> str:
    where = f"{edge.letter} s{edge.sentence}" if edge.letter else ""
    extra = " ".join(f"{k}={v}" for k, v in edge.attrs.items() if k in ("role", "count", "via", "scope"))
    evidence = (edge.evidence or "")[:TEXT_EVIDENCE_CHARS]
    return f"    {edge.type} {extra} [{where}] {evidence}".rstrip()


@graph_group.command("neighbors")
@click.argument("node")
@db_option
@json_flag
@reports_errors
def neighbors_command(node: str, db_path: str, as_json: bool) -> None:
    """The nodes linked to NODE (an id, ISO code or name) in the stored graph, with evidence."""
    from extractor.escape import for_json
    from extractor.reports.graph import neighbors, node_record
    from models.graph import GraphNeighbors

    graph = _stored_graph(db_path)
    found = _resolve(graph, node, db_path)
    result = GraphNeighbors.model_validate({"node": node_record(graph, found), "neighbors": neighbors(graph, found)})
    if as_json:
        click.echo(for_json(result.model_dump_json(indent=2)))
        return
    _say(f"{result.node.label} [{result.node.type} {result.node.id}]: {len(result.neighbors)} neighbour(s)")
    for item in result.neighbors:
        _say(f"  {item.node.label} [{item.node.type} {item.node.id}]")
        for edge in item.edges[:TEXT_EDGES_PER_NEIGHBOUR]:
            _say(_edge_line(edge))
        if len(item.edges) > TEXT_EDGES_PER_NEIGHBOUR:
            _say(f"    ... {len(item.edges) - TEXT_EDGES_PER_NEIGHBOUR} more (--json lists all)")


@graph_group.command("path")
@click.argument("source")
@click.argument("target")
@db_option
@json_flag
@reports_errors
def path_command(source: str, target: str, db_path: str, as_json: bool) -> None:
    """The shortest chain linking SOURCE to TARGET in the stored graph (edges either way)."""
    from extractor.escape import for_json
    from extractor.reports.graph import shortest_path
    from models.graph import GraphPath

    graph = _stored_graph(db_path)
    a, b = _resolve(graph, source, db_path), _resolve(graph, target, db_path)
    found = shortest_path(graph, a, b)
    result = GraphPath.model_validate({"source": a, "target": b, "found": found is not None, **(found or {})})
    if as_json:
        click.echo(for_json(result.model_dump_json(indent=2)))
    elif not result.found:
        _say(f"no path between {a} and {b}")
    else:
        for i, node in enumerate(result.nodes):
            _say(f"{node.label} [{node.type} {node.id}]")
            if i < len(result.edges):
                _say(_edge_line(result.edges[i]))
    if not result.found:
        raise SystemExit(1)
