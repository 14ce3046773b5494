"""`letters ingest`, `letters query commitments|actions|mentions|entities` and `letters sql`.

The query commands import only the store and query modules (no spaCy, no pdfplumber), so they
start fast; `ingest` loads the pipeline inside its function.
"""

from __future__ import annotations

import math
import sys

import click

from extractor.cli.base import main, reports_errors, writing
from extractor.cli.options import (
    FiniteFloatRange,
    count_range,
    db_option,
    output_format,
    password_option,
    reading_options,
)
from extractor.cli.output import AMOUNT_FIELDS, Column, print_csv, print_json, print_table, rows_per_amount
from extractor.reference.families import FAMILIES
from extractor.reference.money import amount_text

# Evidence sentences are cut in tables (the full text is in --json and --csv).
TABLE_EVIDENCE_CHARS = 140
CONTEXT_CHARS = 70
# The entity families `query letters` counts in its table (all of them in its CSV and JSON).
TABLE_FAMILY_HEADERS = {
    "country": "countries",
    "organisation": "organisations",
    "programme": "programmes",
    "amount": "amounts",
}
# --json rows written at a time (streamed from SQLite, so memory does not grow with the answer).
JSON_CHUNK_ROWS = 1000


def _cut(text: str, limit: int = TABLE_EVIDENCE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _emit_json_rows(objects) -> None:
    """Print query rows (JSON objects as SQLite wrote them, no model built) as a JSON array, one row a line.

    Written JSON_CHUNK_ROWS at a time as they come: any number of rows takes the memory of a chunk.
    """
    from extractor.escape import for_json

    out = sys.stdout
    chunk: list[str] = []
    first = True
    for text in objects:
        chunk.append(text)
        if len(chunk) == JSON_CHUNK_ROWS:
            out.write(("[\n" if first else ",\n") + for_json(",\n".join(chunk)))
            chunk, first = [], False
    if chunk:
        out.write(("[\n" if first else ",\n") + for_json(",\n".join(chunk)))
        first = False
    out.write("[]\n" if first else "\n]\n")


def _emit_json_bytes(chunks) -> None:
    """Print query rows given as UTF-8 batches of JSON objects (see Store.commitment_json) as one JSON array.

    The bytes go to stdout's buffer as they are, with for_json's escapes: no str is made of them.
    """
    from extractor.escape import for_json_utf8

    sys.stdout.flush()
    out = sys.stdout.buffer
    first = True
    for chunk in chunks:
        out.write((b"[\n" if first else b",\n") + for_json_utf8(chunk))
        first = False
    out.write(b"[]\n" if first else b"\n]\n")
    out.flush()


def _listing(
    rows: list,
    fmt: str,
    columns: list[Column],
    fields: list[str],
    title: str,
    empty: str,
    table_rows=None,
    csv_rows=None,
) -> None:
    """Print a query's rows: pydantic rows as JSON, ``csv_rows`` (or the rows) under ``fields``, ``table_rows`` as a table."""
    if fmt == "json":
        print_json(rows)
    elif fmt == "csv":
        print_csv(fields, csv_rows if csv_rows is not None else [r.model_dump() for r in rows])
    else:
        print_table(columns, table_rows if table_rows is not None else [r.model_dump() for r in rows], title, empty)


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
    help="Also write each stored letter's records as a JSON file here (an export; the store keeps them).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (with --dask local: Dask workers) [default: usable CPU cores].",
)
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
@click.option(
    "--dask",
    "dask",
    metavar="ADDRESS|local",
    default=None,
    help="Run the files' work on a Dask cluster (scheduler address, or local: a LocalCluster of --jobs workers).",
)
@password_option
@reading_options
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@reports_errors
def ingest_command(paths, db_path, out_dir, jobs, timeout, max_memory, dask, password, as_json, read_options) -> None:
    """Store PATH... (files, folders, globs of .pdf/.txt/.md); skip letters already stored."""
    import dataclasses

    from extractor.api import Store
    from extractor.escape import one_line

    try:
        # The API's ingest: its defaults (jobs, limits) and reading options are the command's.
        with Store(db_path, writable=True, out_dir=out_dir) as store:
            report = store.ingest(
                paths,
                jobs=jobs,
                timeout=timeout,
                max_memory_mb=max_memory,
                password=password,
                progress=not as_json,
                dask=dask,
                **dataclasses.asdict(read_options),
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
        renditions = f"{report.renditions} other rendition(s), " if report.renditions else ""
        click.echo(
            f"{report.processed} processed, {report.skipped} skipped, {renditions}{report.failed} failed "
            f"in {report.seconds:.1f} s → {one_line(report.db)}"
        )
        for item in report.items:
            if item.outcome == "failed":
                click.echo(f"  failed: {one_line(item.reason)}")
            elif item.outcome == "rendition":
                # Said, not silent: the file is the same letter as a stored version, so no version 2.
                click.echo(f"  {one_line(item.path)}: {one_line(item.reason)}")
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
    from extractor.api import Store

    # The options are the API's keyword filters, name for name.
    with Store(db_path) as store:
        if fmt == "json":
            _emit_json_bytes(store.commitment_json(JSON_CHUNK_ROWS, **filters))
            return
        rows = store.commitments(**filters)
    # Tables and CSV are built from the rows as models; --json, streamed above, needs none.
    from models.store import CommitmentRow

    table_rows = [
        {
            "where": f"{r.letter}@{r.version} p.{r.page or '-'} {r.letter_date or ''}".strip(),
            "actor": r.actor,
            "sum": ", ".join(amount_text(a, compact=True) for a in r.amounts if a.kind == "money"),
            "for": ", ".join(r.beneficiaries),
            "status": r.status,
            "evidence": _cut(r.evidence),
        }
        for r in rows
    ]
    # CSV: one line per amount (value, currency, kind), the commitment's other cells repeated.
    fields = [f for f in CommitmentRow.model_fields if f not in ("value", "currency", "amounts")] + list(AMOUNT_FIELDS)
    csv_rows = [line for r in rows for line in rows_per_amount(r.model_dump(exclude={"amounts"}), r.amounts)]
    _listing(
        rows,
        fmt,
        [
            Column("where", "letter"),
            Column("actor", "actor"),
            Column("sum", "sum", "number"),
            Column("for", "for"),
            Column("status", "status"),
            Column("evidence", "evidence", "text"),
        ],
        fields,
        f"{len(rows)} commitment(s)",
        "no commitment matches",
        table_rows=table_rows,
        csv_rows=csv_rows,
    )


@query_group.command("letters")
@click.option("--text", help="Words of the letter's text (all of them, in any order; a phrase in quotes).")
@click.option("--country", help="A country it names: ISO code (TUN) or name (Tunisia).")
@click.option("--organisation", "--org", "organisation", help="An organisation it names (substring).")
@click.option("--programme", help="A programme it names (substring).")
@click.option("--year", help="The year of its date (YYYY).")
@click.option("--limit", type=count_range(), default=None, help="At most this many letters.")
@db_option
@output_format()
@reports_errors
def query_letters(text, country, organisation, programme, year, limit, db_path, fmt) -> None:
    """The stored letters (latest versions) matching every filter, newest first, with what each names."""
    from extractor.api import Store
    from models.store import LetterListRow

    with Store(db_path) as store:
        rows = store.find_letters(
            text=text, country=country, organisation=organisation, programme=programme, year=year, limit=limit
        )
    table_rows = [
        {
            **r.model_dump(),
            "letter": f"{r.id}@{r.version}",
            **{f"{f}_count": r.entities.get(f, 0) for f in FAMILIES},
            "snippet": _marked(r.snippet, "«", "»"),
        }
        for r in rows
    ]
    # CSV: one column per entity family ("country_count" ...), beside the letter's own "date".
    fields = [f for f in LetterListRow.model_fields if f != "entities"] + [f"{f}_count" for f in FAMILIES]
    csv_rows = [{**row, "snippet": _marked(r.snippet, "", "")} for r, row in zip(rows, table_rows)]
    columns = [
        Column("letter", "letter"),
        Column("date", "date"),
        Column("signatory", "signatory"),
        Column("pages", "pages", "number"),
        *(Column(f"{f}_count", header, "number") for f, header in TABLE_FAMILY_HEADERS.items()),
        Column("commitments", "commitments", "number"),
    ]
    if text:
        columns.append(Column("snippet", "where the words stand", "text"))
    _listing(
        rows,
        fmt,
        columns,
        fields,
        f"{len(rows)} letter(s)",
        "no letter matches",
        table_rows=table_rows,
        csv_rows=csv_rows,
    )


def _marked(snippet, before: str, after: str) -> str:
    """A search snippet with its match markers (SNIPPET_OPEN, SNIPPET_CLOSE) written as before/after."""
    from extractor.store.query import SNIPPET_CLOSE, SNIPPET_OPEN

    return (snippet or "").replace(SNIPPET_OPEN, before).replace(SNIPPET_CLOSE, after)


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
    from extractor.api import Store

    with Store(db_path) as store:
        rows = store.actions(organisation=organisation, status=status, letter=letter, limit=limit)
    if fmt == "json":
        _emit_json_rows(rows.objects())
        return
    from models.store import ActionRow  # the rows' fields: tables and CSV are built from models

    table_rows = [{**r.model_dump(), "for": ", ".join(r.beneficiaries), "evidence": _cut(r.evidence)} for r in rows]
    _listing(
        rows,
        fmt,
        [
            Column("letter", "letter"),
            Column("actor", "actor"),
            Column("action", "action"),
            Column("for", "for"),
            Column("status", "status"),
            Column("evidence", "evidence", "text"),
        ],
        list(ActionRow.model_fields),
        f"{len(rows)} action(s)",
        "no action matches",
        table_rows=table_rows,
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
    from extractor.api import Store
    from models.store import MentionRow

    with Store(db_path) as store:
        rows = store.mentions(ref, type=entity_type, letter=letter, limit=limit)
    table_rows = [
        {**r.model_dump(), "where": f"{r.letter}@{r.version} p.{r.page or '-'}", "context": _window(r.context, r.text)}
        for r in rows
    ]
    _listing(
        rows,
        fmt,
        [
            Column("where", "letter"),
            Column("letter_date", "date"),
            Column("type", "type"),
            Column("text", "text"),
            Column("norm", "norm"),
            Column("context", "context", "text"),
        ],
        list(MentionRow.model_fields),
        f"{len(rows)} mention(s) of {ref}",
        f"no mention of {ref}",
        table_rows=table_rows,
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
    from extractor.api import Store
    from models.store import EntityCount

    with Store(db_path) as store:
        rows = store.entities(type=entity_type, top=top)
    _listing(
        rows,
        fmt,
        [
            Column("type", "type"),
            Column("norm", "norm"),
            Column("name", "name"),
            Column("letters", "letters", "number"),
            Column("mentions", "mentions", "number"),
        ],
        list(EntityCount.model_fields),
        f"top {len(rows)} entities",
        "no entity stored" + (f" of type {entity_type}" if entity_type else ""),
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
@click.option("--max-rows", type=count_range(), default=None, help="Rows the statement may return [default: 100,000].")
@click.option(
    "--max-memory",
    "max_memory_mb",
    type=FiniteFloatRange(min=1),
    default=None,
    help="MB of memory the statement and its result may take [default: 512].",
)
@output_format()
@reports_errors
def sql_command(statement, db_path, timeout, max_rows, max_memory_mb, fmt) -> None:
    """Run one read-only SQL STATEMENT on the store (tables: letters, mentions, commitments, ...)."""
    from extractor.api import Store

    with Store(db_path) as store:
        found = store.sql(statement, timeout=timeout, max_rows=max_rows, max_memory_mb=max_memory_mb)
    columns, records = found.result, list(found)
    if fmt == "json":
        print_json(records)
    elif fmt == "csv":
        print_csv(list(columns), records)
    else:
        # Values of a statement's columns are of any kind: labels wrap between words, nothing is cut.
        print_table([Column(c, c) for c in columns], records, empty="no rows")


@main.command("export")
@click.argument("refs", nargs=-1)
@db_option
@click.option(
    "--out",
    "out_dir",
    default=None,
    type=click.Path(file_okay=False),
    help="Write one JSON file a letter into this folder [default: print the one letter REF].",
)
@click.option("--all-versions", is_flag=True, help="With --out and no REF: every stored version, not the latest.")
@reports_errors
def export_command(refs, db_path, out_dir, all_versions) -> None:
    """Print a stored letter's records (REF: id, id@version, sha256 prefix or date) as JSON, or write them with --out."""
    from extractor.api import Store
    from extractor.escape import for_json, one_line
    from extractor.store.export import export_letters, letter_json

    if out_dir is None and len(refs) != 1:
        raise click.UsageError("give one letter REF to print, or --out DIR to write files")
    if all_versions and (refs or out_dir is None):
        raise click.UsageError("--all-versions goes with --out and no REF")
    # The records only: any store since they were kept in it will do, read as it is (as the API reads it).
    with Store(db_path) as store:
        if out_dir is None:
            click.echo(for_json(letter_json(store.database, refs[0])))
            return
        with writing(out_dir):
            paths = export_letters(store.database, out_dir, refs, all_versions=all_versions)
    for path in paths:
        click.echo(one_line(str(path)))
