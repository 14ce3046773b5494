"""Print flat pydantic rows (diff rows, series rows) as a table, JSON or CSV whose header is the model's fields."""

from __future__ import annotations

import csv
import io
import json

import click

# A text column folds, but never narrower than this: a squeezed column would show nothing.
MIN_TEXT_WIDTH = 8
# Text of the letter (before, after) gets the room that is left, at least this; labels at most LABEL_MAX_WIDTH.
LONG_MIN_WIDTH = 16
LABEL_MAX_WIDTH = 24


def _cell(value) -> str:
    if isinstance(value, list):
        return ";".join(map(str, value))
    return "" if value is None else str(value)


def emit_model_rows(
    rows: list,
    model,
    fmt: str,
    title: str = "",
    long_columns: tuple[str, ...] = (),
    short_columns: tuple[str, ...] = (),
    table_columns: tuple[str, ...] = (),
) -> None:
    """Print rows of one pydantic model; the header is the model's fields, the same when there is no row.

    table_columns, if given, are the fields a terminal table shows (JSON and CSV have them all).
    """
    from extractor.escape import for_csv, for_json, terminal_text

    fields = list(model.model_fields)
    if fmt == "json":
        click.echo(for_json(json.dumps([row.model_dump(mode="json") for row in rows], indent=2, ensure_ascii=False)))
        return
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(fields)
        for row in rows:
            # A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is written as text.
            writer.writerow([for_csv(_cell(getattr(row, name))) for name in fields])
        click.echo(buffer.getvalue(), nl=False)
        return
    from rich.console import Console
    from rich.table import Table

    # Every cell and title is a Text: letter text is never parsed as rich markup, its controls are shown.
    table = Table(title=terminal_text(title) if title else None, expand=True)
    fields = list(table_columns) or fields
    for name in fields:
        # Short labels stay on one line; long text takes the width and folds.
        table.add_column(
            terminal_text(name),
            overflow="fold",
            no_wrap=name in short_columns,
            min_width=LONG_MIN_WIDTH if name in long_columns else (None if name in short_columns else MIN_TEXT_WIDTH),
            max_width=None if name in long_columns or name in short_columns else LABEL_MAX_WIDTH,
            ratio=1 if name in long_columns else None,
        )
    for row in rows:
        table.add_row(*[terminal_text(_cell(getattr(row, name))) for name in fields])
    Console().print(table)
    if not rows:
        click.echo("no rows", err=True)
