"""`letters series ID`: the letters of a letter's series in date order, and with --changes what changed each time."""

from __future__ import annotations

import click

from extractor.cli.base import main, reports_errors
from extractor.cli.diff import DIFF_TABLE_COLUMNS
from extractor.cli.options import db_option, output_format

# What the terminal table shows (CSV and JSON have every field).
SERIES_TABLE_COLUMNS = ("id", "date", "similarity", "because", "addressee", "countries")


@main.command("series")
@click.argument("ref", metavar="ID")
@click.option("--changes", is_flag=True, help="Also the diff of each letter from the one before it.")
@db_option
@output_format()
@reports_errors
def series_command(ref: str, changes: bool, db_path: str, fmt: str) -> None:
    """The stored letters of ID's series in date order: the yearly notice, or letters to the same leaders on one subject.

    ID is a stored id, id@version, sha256 prefix or date. Letters are linked by text similarity
    (TF-IDF), addressee and subject; each row says which rule and which letter linked it.
    """
    from extractor.api import Store
    from extractor.cli.model_rows import emit_model_rows
    from extractor.escape import for_json
    from extractor.reports.series import series_rows
    from models.series import SeriesChangeRow, SeriesRow

    with Store(db_path) as store:
        listing = store.series(ref, changes=changes)
    series, seed = listing.result, listing.result.seed
    if fmt == "json":
        click.echo(for_json(series.model_dump_json(indent=2)))
        return
    title = f"series of {seed}: {len(series.letters)} letter(s)"
    if not changes:
        emit_model_rows(
            series_rows(series),
            SeriesRow,
            fmt,
            title=title,
            table_columns=SERIES_TABLE_COLUMNS,
        )
        return
    rows = listing.change_rows
    if fmt == "csv":
        emit_model_rows(rows, SeriesChangeRow, fmt)
        return
    # In the terminal, one table per pair of letters, titled by the pair.
    from extractor.escape import for_terminal

    click.echo(for_terminal(title))
    if not series.changes:
        click.echo("one letter: no pair to compare", err=True)
    for diff in series.changes:
        pair = [row for row in rows if row.a.startswith(f"{diff.a.id}@") and row.b.startswith(f"{diff.b.id}@")]
        emit_model_rows(
            pair,
            SeriesChangeRow,
            fmt,
            title=f"{diff.a.id} ({diff.a.date or 'undated'}) → {diff.b.id} ({diff.b.date or 'undated'})",
            long_columns=("before", "after"),
            table_columns=DIFF_TABLE_COLUMNS,
            empty="no change",
        )
