"""`letters graph`: export the graph of letters, or explore the stored one.

``letters graph FILES...`` is ``letters graph export FILES...``: a group that sends an unknown
first argument to ``export``. ``neighbors`` and ``path`` read the store and never import spaCy.
"""

from __future__ import annotations

import click

from extractor.cli.base import main, reports_errors, writing
from extractor.cli.options import db_option, json_flag, limits_options, output_format, password_option, reading_options
from extractor.cli.output import Column, print_csv, print_json, print_table

GRAPH_FORMATS = ("graphml", "gexf", "json", "cypher", "html")
DEFAULT_FORMAT = "graphml"
# Edges listed per neighbour in text output (all of them are in --json).
TEXT_EDGES_PER_NEIGHBOUR = 3
TEXT_EVIDENCE_CHARS = 140
# Edge attributes a table shows beside the edge's type (all are in --json and --csv).
EDGE_ATTRS_SHOWN = ("role", "count", "via", "scope")


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


def _letters_to_graph(refs, db_path: str, password, timeout: float, max_memory: int, read_options=None):
    """The Extractions REFS name (files, folders, stored ids), or with no REFS every stored letter; and the failures."""
    from pathlib import Path

    from extractor.errors import LettersError

    if not refs:
        from extractor.api import Store

        # The store's records, never the letters' files: nothing is read or extracted again.
        with Store(db_path) as store:
            return list(store.extractions()), []
    # Imported only here: an export of the store needs neither the file finder nor the reader.
    from extractor.cli.refs import load_extraction
    from extractor.store.ingest import expand_paths

    extractions, failures = [], []
    for ref in refs:
        try:
            if Path(ref).is_dir():
                files, missing = expand_paths([ref])
                failures.extend(item.reason for item in missing)
                for path, letter_id in files:
                    try:
                        extraction = load_extraction(str(path), db_path, password, timeout, max_memory, read_options)
                    except LettersError as error:
                        failures.append(str(error))
                        continue
                    extraction.letter.id = letter_id
                    extractions.append(extraction)
                if not files and not missing:
                    failures.append(f"{ref}: no letter files (.pdf, .txt, .md) in this folder")
            else:
                extractions.append(load_extraction(ref, db_path, password, timeout, max_memory, read_options))
        except LettersError as error:
            # One bad letter should not cost the graph of the others: say so, go on, exit 1.
            failures.append(str(error))
    return extractions, failures


@graph_group.command("export")
@click.argument("refs", nargs=-1, metavar="[FILE|FOLDER|ID]...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(GRAPH_FORMATS),
    default=DEFAULT_FORMAT,
    show_default=True,
    help="graphml/gexf (Gephi, yEd), json (networkx node-link), cypher (Neo4j), html (offline view).",
)
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option("--country", default=None, help="Only letters naming this country (ISO code or name).")
@click.option("--since", default=None, help="Only letters dated on/after this (YYYY[-MM[-DD]]).")
@click.option("--until", default=None, help="Only letters dated on/before this (YYYY[-MM[-DD]]).")
@db_option
@password_option
@reading_options
@json_flag
@limits_options
@reports_errors
def export_command(
    refs,
    fmt: str,
    output: str,
    country,
    since,
    until,
    db_path: str,
    password,
    as_json: bool,
    timeout,
    max_memory,
    read_options,
) -> None:
    """Write the graph of letters to OUTPUT: files, folders or stored ids; with none, every stored letter."""
    from extractor.escape import one_line
    from extractor.reports.graph import build_graph, write_graph
    from extractor.reports.selection import select
    from models.graph import GraphExport

    extractions, failures = _letters_to_graph(refs, db_path, password, timeout, max_memory, read_options)
    extractions = list(select(extractions, country=country, since=since, until=until))
    for failure in failures:
        click.echo(f"letters: {one_line(failure)}", err=True)
    if not extractions and failures:
        raise SystemExit(1)
    if not extractions:
        # An empty result is an answer, not a failure: the file is written, and the reason said.
        click.echo("letters: no letter matches the filters given; the graph is empty", err=True)
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
    if failures:
        raise SystemExit(1)


def _attrs_text(edge) -> str:
    return " ".join(f"{k}={v}" for k, v in edge.attrs.items() if k in EDGE_ATTRS_SHOWN)


def _edge_cells(edge) -> dict:
    """An edge's table cells: its type (with its role, count, via or scope), where it is stated, the sentence."""
    return {
        "edge": f"{edge.type} {_attrs_text(edge)}".strip(),
        "where": f"{edge.letter} s{edge.sentence}" if edge.letter else "",
        "evidence": _cut(edge.evidence or ""),
    }


def _cut(text: str) -> str:
    return text if len(text) <= TEXT_EVIDENCE_CHARS else text[: TEXT_EVIDENCE_CHARS - 1] + "…"


def _edge_csv(edge) -> dict:
    """An edge's CSV cells: every field, its attributes as k=v;k=v (never a JSON blob)."""
    cells = edge.model_dump(exclude={"attrs"})
    cells["attrs"] = ";".join(f"{k}={v}" for k, v in edge.attrs.items())
    return cells


def _node_text(node) -> str:
    return f"{node.label} [{node.type} {node.id}]"


NEIGHBOR_COLUMNS = [
    Column("neighbour", "neighbour"),
    Column("edge", "edge"),
    Column("where", "letter"),
    Column("evidence", "evidence", "text"),
]
EDGE_CSV_FIELDS = ["source", "target", "type", "letter", "sentence", "start", "end", "evidence", "attrs"]
NEIGHBOR_CSV_FIELDS = ["node", "neighbor", "neighbor_type", "neighbor_label", *EDGE_CSV_FIELDS]
PATH_COLUMNS = [
    Column("step", "step", "number"),
    Column("node", "node"),
    Column("edge", "edge to next"),
    Column("where", "letter"),
    Column("evidence", "evidence", "text"),
]
PATH_CSV_FIELDS = ["step", "node", "node_type", "node_label", *EDGE_CSV_FIELDS]


def _neighbor_rows(result) -> list[dict]:
    rows = []
    for item in result.neighbors:
        for index, edge in enumerate(item.edges[:TEXT_EDGES_PER_NEIGHBOUR]):
            rows.append({"neighbour": _node_text(item.node) if index == 0 else "", **_edge_cells(edge)})
        if len(item.edges) > TEXT_EDGES_PER_NEIGHBOUR:
            more = len(item.edges) - TEXT_EDGES_PER_NEIGHBOUR
            rows.append({"neighbour": "", "edge": f"… {more} more (--json/--csv list all)"})
    return rows


@graph_group.command("neighbors")
@click.argument("node")
@db_option
@output_format()
@reports_errors
def neighbors_command(node: str, db_path: str, fmt: str) -> None:
    """The nodes linked to NODE (an id, ISO code or name) in the stored graph, with evidence."""
    from rich.console import Console

    from extractor.api import Store

    with Store(db_path) as store:
        result = store.neighbors(node).result
    if fmt == "json":
        print_json(result)
    elif fmt == "csv":
        rows = [
            {
                "node": result.node.id,
                "neighbor": item.node.id,
                "neighbor_type": item.node.type,
                "neighbor_label": item.node.label,
                **_edge_csv(edge),
            }
            for item in result.neighbors
            for edge in item.edges
        ]
        print_csv(NEIGHBOR_CSV_FIELDS, rows)
    else:
        title = f"{_node_text(result.node)}: {len(result.neighbors)} neighbour(s)"
        empty = f"{_node_text(result.node)} has no neighbour"
        print_table(NEIGHBOR_COLUMNS, _neighbor_rows(result), title, empty, console=Console(highlight=False))


@graph_group.command("path")
@click.argument("source")
@click.argument("target")
@db_option
@output_format()
@reports_errors
def path_command(source: str, target: str, db_path: str, fmt: str) -> None:
    """The shortest chain linking SOURCE to TARGET in the stored graph (edges either way)."""
    from rich.console import Console

    from extractor.api import Store

    with Store(db_path) as store:
        result = store.shortest_path(source, target).result
    a, b = result.source, result.target
    # No path is an empty result: said on stderr (or an empty CSV, or "found": false), exit 0.
    if fmt == "json":
        print_json(result)
        return
    steps = []
    for index, step in enumerate(result.nodes):
        edge = result.edges[index] if index < len(result.edges) else None
        steps.append((index + 1, step, edge))
    if fmt == "csv":
        rows = [
            {
                "step": n,
                "node": step.id,
                "node_type": step.type,
                "node_label": step.label,
                **(_edge_csv(e) if e else {}),
            }
            for n, step, e in steps
        ]
        print_csv(PATH_CSV_FIELDS, rows)
        return
    rows = [{"step": str(n), "node": _node_text(step), **(_edge_cells(e) if e else {})} for n, step, e in steps]
    print_table(
        PATH_COLUMNS,
        rows,
        f"{a} → {b}: {max(len(steps) - 1, 0)} step(s)",
        f"no path between {a} and {b}",
        console=Console(highlight=False),
    )
