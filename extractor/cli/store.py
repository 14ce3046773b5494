"""`letters ingest`, `letters query commitments|actions|mentions|entities` and `letters sql`.

The query commands import only the store and query modules (no spaCy, no pdfplumber), so they
start fast; `ingest` loads the pipeline inside its function.
"""

from __future__ import annotations

import csv
import io
import json
import math
import sys

import click

from extractor.cli.base import main, reports_errors
from extractor.cli.options import (
    FiniteFloatRange,
    count_range,
    db_option,
    output_format,
    password_option,
    reading_options,
)
from extractor.reference.families import FAMILIES
from extractor.reference.money import format_money

# Evidence sentences are cut in tables (the full text is in --json and --csv).
TABLE_EVIDENCE_CHARS = 140
CONTEXT_CHARS = 70
# A table longer than this is not read by a person; --json/--csv print every row.
TABLE_MAX_ROWS = 500
SHORT_COLUMNS = {"letter_date", "sum", "norm", "type"}
LONG_COLUMNS = {"evidence", "context"}
LONG_COLUMN_RATIO = 4


def _flat(value):
    if isinstance(value, list):
        return ";".join(json.dumps(v, sort_keys=True) if isinstance(v, dict) else str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True)
    return "" if value is None else value


def _emit(rows: list[dict], fmt: str, columns: list[tuple[str, str]], title: str = "") -> None:
    """Print rows (dicts) as JSON, CSV or a rich table with the (key, header) columns given."""
    from extractor.escape import for_csv, for_json, terminal_text

    if fmt == "json":
        click.echo(for_json(json.dumps(rows, indent=2, ensure_ascii=False, default=str)))
        return
    if fmt == "csv":
        buffer = io.StringIO()
        keys = list(rows[0].keys()) if rows else [key for key, _ in columns]
        writer = csv.DictWriter(buffer, fieldnames=[for_csv(k) for k in keys], lineterminator="\n")
        writer.writeheader()
        for row in rows:
            # A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is written as text.
            writer.writerow({for_csv(k): for_csv(_flat(v)) for k, v in row.items()})
        click.echo(buffer.getvalue(), nl=False)
        return
    from rich.console import Console
    from rich.table import Table

    # Every cell and title is a Text: letter text is never parsed as rich markup, its controls are shown.
    table = Table(title=terminal_text(title) if title else None, show_lines=False, expand=True)
    for key, header in columns:
        # Short identifying columns stay on one line; long text (evidence, context) takes the width.
        table.add_column(
            terminal_text(header),
            overflow="fold",
            no_wrap=key in SHORT_COLUMNS,
            ratio=LONG_COLUMN_RATIO if key in LONG_COLUMNS else 1,
        )
    for row in rows[:TABLE_MAX_ROWS]:
        table.add_row(*[terminal_text(_flat(row.get(key))) for key, _ in columns])
    Console().print(table)
    if not rows:
        click.echo("no rows", err=True)
    elif len(rows) > TABLE_MAX_ROWS:
        click.echo(f"{len(rows) - TABLE_MAX_ROWS} more rows not shown; narrow the query, or use --json/--csv", err=True)


def _window(sentence: str, text: str, width: int = CONTEXT_CHARS) -> str:
    """The part of a sentence around a mention, so a table row stays a few lines long."""
    at = sentence.find(text)
    if at < 0 or len(sentence) <= 2 * width + len(text):
        return sentence
    start, end = max(0, at - width), min(len(sentence), at + len(text) + width)
    return ("…" if start else "") + sentence[start:end] + ("…" if end < len(sentence) else "")


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option(
    "--out",
    "out_dir",
    default=None,
    type=click.Path(file_okay=False),
    help="Folder for each letter's JSON records [default: the store's folder].",
)
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes [default: CPU cores].")
@click.option(
    "--timeout",
    type=FiniteFloatRange(min=0.1),
    default=None,
    show_default=False,
    help="Seconds one file may take before its worker is killed [default: 300].",
)
@click.option(
    "--max-memory",
    "max_memory",
    type=click.IntRange(min=16),
    default=None,
    help="MiB one file may use beyond the loaded pipeline [default: 2048].",
)
@password_option
@reading_options
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@reports_errors
def ingest_command(paths, db_path, out_dir, jobs, timeout, max_memory, password, reading, as_json) -> None:
    """Store PATH... (files, folders, globs of .pdf/.txt/.md); skip letters already stored."""
    from extractor.escape import one_line
    from extractor.store import ingest as ingest_module

    try:
        report = ingest_module.ingest(
            paths,
            db_path,
            jobs=jobs or ingest_module.DEFAULT_JOBS,
            timeout=timeout or ingest_module.DEFAULT_TIMEOUT_S,
            max_memory_mb=max_memory or ingest_module.DEFAULT_MAX_MEMORY_MB,
            password=password,
            progress=not as_json,
            out_dir=out_dir,
            options=reading,
        )
    except KeyboardInterrupt:
        # Every letter stored so far is whole; the next run skips them and does the rest.
        click.echo(
            f"letters: interrupted; the letters stored so far are kept in {db_path}; run again to finish", err=True
        )
        sys.exit(130)
    if as_json:
        click.echo(report.model_dump_json(indent=2))
    else:
        click.echo(
            f"{report.processed} processed, {report.skipped} skipped, {report.failed} failed "
            f"in {report.seconds:.1f} s → {one_line(report.db)}"
        )
        for item in report.items:
            if item.outcome == "failed":
                click.echo(f"  failed: {one_line(item.reason)}")
    if report.failed:
        sys.exit(1)


@main.group("query")
def query_group() -> None:
    """Ask questions across every stored letter (no PDF reading: starts fast)."""


@query_group.command("commitments")
@click.option("--country", help="Beneficiary country: ISO code (TUN) or name (Tunisia).")
@click.option("--organisation", "--org", "organisation", help="Actor or organisation named with it (substring).")
@click.option("--programme", help="Programme (substring of its name).")
@click.option("--status", type=click.Choice(["planned", "adopted", "disbursed"]))
@click.option("--min-amount", help='Smallest sum: 10M, 1.5bn, "EUR 10M", €1.5bn.')
@click.option("--max-amount", help="Largest sum, written the same way.")
@click.option("--since", help="Letter date or commitment period on/after (YYYY[-MM[-DD]]).")
@click.option("--until", help="Letter date or commitment period on/before (YYYY[-MM[-DD]]).")
@click.option("--letter", help="Only this letter: id, id@version, sha256 prefix or date.")
@click.option("--limit", type=count_range(), default=None, help="At most this many rows.")
@db_option
@output_format()
@reports_errors
def query_commitments(db_path, fmt, **filters) -> None:
    """Commitments matching every filter given, with their evidence sentence, letter and page."""
    from extractor.store import query
    from extractor.store.database import Store

    # The options are query.commitments' keyword filters, name for name.
    with Store(db_path, readonly=True) as store:
        rows = query.commitments(store, **filters)
    dumped = [r.model_dump() for r in rows]
    for row in dumped:
        row["where"] = f"{row['letter']}@{row['version']} p.{row['page'] or '-'} {row['letter_date'] or ''}".strip()
        row["sum"] = "" if row["value"] is None else format_money(row["value"], row["currency"], compact=True)
        if fmt == "table" and len(row["evidence"]) > TABLE_EVIDENCE_CHARS:
            row["evidence"] = row["evidence"][: TABLE_EVIDENCE_CHARS - 1] + "…"
    if fmt != "table":
        for row in dumped:
            row.pop("where"), row.pop("sum")
    _emit(
        dumped,
        fmt,
        [
            ("where", "letter"),
            ("actor", "actor"),
            ("sum", "sum"),
            ("beneficiaries", "for"),
            ("status", "status"),
            ("evidence", "evidence"),
        ],
        title=f"{len(rows)} commitment(s)",
    )


@query_group.command("actions")
@click.option("--organisation", "--org", "organisation", help="Actor (substring).")
@click.option("--status", type=click.Choice(["planned", "adopted", "disbursed"]))
@click.option("--letter", help="Only this letter: id, id@version, sha256 prefix or date.")
@click.option("--limit", type=count_range(), default=None, help="At most this many rows.")
@db_option
@output_format()
@reports_errors
def query_actions(organisation, status, letter, limit, db_path, fmt) -> None:
    """Actions (undertakings and calls without a sum of money), with their evidence sentence."""
    from extractor.store import query
    from extractor.store.database import Store

    with Store(db_path, readonly=True) as store:
        rows = query.actions(store, organisation=organisation, status=status, letter=letter, limit=limit)
    dumped = [r.model_dump() for r in rows]
    for row in dumped:
        if fmt == "table" and len(row["evidence"]) > TABLE_EVIDENCE_CHARS:
            row["evidence"] = row["evidence"][: TABLE_EVIDENCE_CHARS - 1] + "…"
    _emit(
        dumped,
        fmt,
        [
            ("letter", "letter"),
            ("actor", "actor"),
            ("action", "action"),
            ("beneficiaries", "for"),
            ("status", "status"),
            ("evidence", "evidence"),
        ],
        title=f"{len(rows)} action(s)",
    )


@query_group.command("mentions")
@click.argument("ref")
@click.option(
    "--type",
    "entity_type",
    type=click.Choice(FAMILIES),
)
@click.option("--letter", help="Only this letter: id, id@version, sha256 prefix or date.")
@click.option("--limit", type=count_range(), default=1000, show_default=True)
@db_option
@output_format()
@reports_errors
def query_mentions(ref, entity_type, letter, limit, db_path, fmt) -> None:
    """Every mention of REF (a norm such as TUN, or a text such as Tunisia) with its sentence and page."""
    from extractor.store import query
    from extractor.store.database import Store

    with Store(db_path, readonly=True) as store:
        rows = query.mentions(store, ref, entity_type=entity_type, letter=letter, limit=limit)
    dumped = [r.model_dump() for r in rows]
    if fmt == "table":
        for row in dumped:
            row["where"] = f"{row['letter']}@{row['version']} p.{row['page'] or '-'}"
            row["context"] = _window(row["context"], row["text"])
    _emit(
        dumped,
        fmt,
        [
            ("where", "letter"),
            ("letter_date", "date"),
            ("type", "type"),
            ("text", "text"),
            ("norm", "norm"),
            ("context", "context"),
        ],
        title=f"{len(rows)} mention(s) of {ref}",
    )


@query_group.command("entities")
@click.option(
    "--type",
    "entity_type",
    type=click.Choice(FAMILIES),
)
@click.option("--top", type=count_range(), default=20, show_default=True)
@db_option
@output_format()
@reports_errors
def query_entities(entity_type, top, db_path, fmt) -> None:
    """The most named entities across the stored letters (by letters, then mentions; --type amount|date for values)."""
    from extractor.store import query
    from extractor.store.database import Store

    with Store(db_path, readonly=True) as store:
        rows = query.entities(store, entity_type=entity_type, top=top)
    _emit(
        [r.model_dump() for r in rows],
        fmt,
        [("type", "type"), ("norm", "norm"), ("name", "name"), ("letters", "letters"), ("mentions", "mentions")],
        title=f"top {len(rows)} entities",
    )


def _finite_seconds(ctx, param, value):
    """Refuse nan and infinity, which every range check lets through."""
    if value is not None and not math.isfinite(value):
        raise click.BadParameter("give a number of seconds", ctx=ctx, param=param)
    return value


@main.command("sql")
@click.argument("statement")
@db_option
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.001),
    default=None,
    callback=_finite_seconds,
    help="Seconds the statement may run [default: 10].",
)
@output_format()
@reports_errors
def sql_command(statement, db_path, timeout, fmt) -> None:
    """Run one read-only SQL STATEMENT on the store (tables: letters, mentions, commitments, ...)."""
    from extractor.store.query import DEFAULT_SQL_TIMEOUT_S, run_sql

    columns, rows = run_sql(db_path, statement, timeout=timeout or DEFAULT_SQL_TIMEOUT_S)
    _emit([dict(zip(columns, row)) for row in rows], fmt, [(c, c) for c in columns])
