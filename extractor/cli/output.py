"""Printing a listing in the three forms every listing has: a table for a person, JSON and CSV.

A table never cuts a number: number columns keep their full width, label columns (status, type,
an id) wrap only between words, and text columns (evidence, context) wrap and ellipsise a word too
long for them. When even that does not fit the terminal, each row is printed as a block of
"header  value" lines instead. CSV headers are fixed by the command (the same when nothing
matched); amounts are columns (value, currency, kind), never a JSON blob.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any, Iterable, Literal, Optional

import click

ColumnKind = Literal["number", "label", "text"]
# A label's words are kept whole up to this length; a longer token (a long letter id, a URL) is
# folded at the column's edge rather than forcing every other column narrow.
LABEL_WHOLE_WORD = 14
# Text columns together get this share of the width before any label must wrap.
TEXT_SHARE = 0.4
# A text column is never narrower than this (its longer words are ellipsised).
TEXT_MIN_WIDTH = 12
# The table is drawn without its outer edge: one space of padding each side of a cell, one rule between columns.
CELL_PADDING = 2
RULE_BETWEEN_COLUMNS = 1
# A table longer than this is not read by a person; --json/--csv print every row.
TABLE_MAX_ROWS = 500
# How a list of plain values is written in one CSV cell or table cell.
LIST_SEPARATOR = ";"
# The CSV columns of one amount, in this order.
AMOUNT_FIELDS = ("value", "currency", "kind")


@dataclass(frozen=True)
class Column:
    """One column of a table: the row key, its header, and how it may be narrowed."""

    key: str
    header: str
    kind: ColumnKind = "label"


def cell_text(value: Any) -> str:
    """A value as one table or CSV cell: a list joined with ';', nothing for None."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(cell_text(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _longest_word(texts: Iterable[str]) -> int:
    return max((len(word) for text in texts for word in text.split()), default=0)


def _needed_width(column: Column, cells: list[str]) -> int:
    """The narrowest a column may be: each line of a number whole, a label's longest word, a text TEXT_MIN_WIDTH."""
    if column.kind == "number":
        # A cell of several sums puts one on each line: the column is as wide as the widest line.
        return max([len(column.header), *(len(line) for cell in cells for line in cell.splitlines())])
    header = _longest_word([column.header])
    if column.kind == "label":
        return max(header, min(_longest_word(cells), LABEL_WHOLE_WORD))
    return max(header, TEXT_MIN_WIDTH)


def _natural_width(column: Column, cells: list[str]) -> int:
    """The widest a column needs to be: its header or its longest cell on one line."""
    return max([len(column.header), *(len(line) for cell in cells for line in cell.splitlines())])


def column_widths(columns: list[Column], rows: list[dict], width: int) -> Optional[list[int]]:
    """Each column's width in a table ``width`` wide, or None when the table cannot fit without cutting."""
    cells = {c.key: [cell_text(row.get(c.key)) for row in rows] for c in columns}
    available = width - len(columns) * CELL_PADDING - (len(columns) - 1) * RULE_BETWEEN_COLUMNS
    least = [_needed_width(c, cells[c.key]) for c in columns]
    most = [max(n, _natural_width(c, cells[c.key])) for c, n in zip(columns, least)]
    if sum(least) > available:
        return None
    # Texts first get a fair share of the width, numbers and labels start whole. Then labels give way,
    # the widest first, down to their longest word (wrapping between words); then texts down to their
    # least; then labels fold long tokens.
    texts = [i for i, c in enumerate(columns) if c.kind == "text"]
    share = int(available * TEXT_SHARE / len(texts)) if texts else 0
    widths = [min(most[i], max(least[i], share)) if c.kind == "text" else most[i] for i, c in enumerate(columns)]
    words = [max(least[i], _longest_word(cells[c.key])) for i, c in enumerate(columns)]
    for kind, floor in (("label", words), ("text", least), ("label", least)):
        while sum(widths) > available:
            shrinkable = [i for i, c in enumerate(columns) if c.kind == kind and widths[i] > floor[i]]
            if not shrinkable:
                break
            widths[max(shrinkable, key=lambda i: widths[i])] -= 1
    # What is left goes to the texts, one character at a time in turn, up to what they can use.
    growing = [i for i, c in enumerate(columns) if c.kind == "text"]
    spare = available - sum(widths)
    while spare > 0 and growing:
        for i in list(growing):
            if spare and widths[i] < most[i]:
                widths[i] += 1
                spare -= 1
            else:
                growing.remove(i)
    return widths


def _table(columns: list[Column], rows: list[dict], widths: list[int], title: str):
    from rich.table import Table

    from extractor.escape import terminal_text

    # Every cell and title is a Text: letter text is never parsed as rich markup, its controls are shown.
    table = Table(title=terminal_text(title) if title else None, show_edge=False)
    for column, width in zip(columns, widths):
        # A label wraps between its words (each fits); a text ellipsises a word longer than its column.
        overflow = "ellipsis" if column.kind == "text" else "fold"
        justify = "right" if column.kind == "number" else "left"
        table.add_column(terminal_text(column.header), width=width, overflow=overflow, justify=justify)
    for row in rows:
        table.add_row(*_row_cells(columns, row))
    return table


def _row_cells(columns: list[Column], row: dict):
    from extractor.escape import terminal_text

    return [terminal_text(cell_text(row.get(c.key))) for c in columns]


def _blocks(columns: list[Column], rows: list[dict], title: str):
    """Each row as a block of 'header  value' lines: the form for a terminal too narrow for the table."""
    from rich.console import Group
    from rich.rule import Rule
    from rich.table import Table

    from extractor.escape import terminal_text

    parts = [terminal_text(title, style="bold")] if title else []
    for index, row in enumerate(rows, 1):
        parts.append(Rule(f"{index} of {len(rows)}", align="left", style="dim"))
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for column, value in zip(columns, _row_cells(columns, row)):
            grid.add_row(terminal_text(column.header), value)
        parts.append(grid)
    return Group(*parts)


def print_table(columns: list[Column], rows: list[dict], title: str = "", empty: str = "no rows", console=None) -> None:
    """Print rows for a person; an empty result is one line on stderr (``empty``)."""
    from rich.console import Console

    if not rows:
        click.echo(empty, err=True)
        return
    console = console or Console()
    shown = rows[:TABLE_MAX_ROWS]
    widths = column_widths(columns, shown, console.width)
    if widths is not None:
        console.print(_table(columns, shown, widths, title))
    else:
        console.print(_blocks(columns, shown, title))
    if len(rows) > len(shown):
        click.echo(f"{len(rows) - len(shown)} more rows not shown; narrow the query, or use --json/--csv", err=True)


def json_text(payload: Any) -> str:
    """JSON of a pydantic model or a list of models/dicts, C1 controls escaped."""
    from extractor.escape import for_json

    # Models are known by their method, so that printing plain rows (sql) never imports pydantic.
    if hasattr(payload, "model_dump_json"):
        return for_json(payload.model_dump_json(indent=2))
    items = [item.model_dump(mode="json") if hasattr(item, "model_dump") else item for item in payload]
    return for_json(json.dumps(items, indent=2, ensure_ascii=False, default=str))


def print_json(payload: Any) -> None:
    """Print JSON of a model or a list (an empty result is ``[]``)."""
    click.echo(json_text(payload))


def csv_text(fields: list[str], rows: Iterable[dict]) -> str:
    """CSV with exactly ``fields`` as header (also when there is no row); cells a spreadsheet cannot run."""
    from extractor.escape import for_csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([for_csv(field) for field in fields])
    for row in rows:
        # A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is written as text.
        writer.writerow([for_csv(cell_text(row.get(field))) for field in fields])
    return buffer.getvalue()


def print_csv(fields: list[str], rows: Iterable[dict]) -> None:
    """Print CSV with a fixed header."""
    click.echo(csv_text(fields, rows), nl=False)


def amount_cells(amount: Optional[Any]) -> dict:
    """The CSV columns of one amount (value, currency, kind); empty cells for no amount."""
    if amount is None:
        return dict.fromkeys(AMOUNT_FIELDS, "")
    value = amount.value if not isinstance(amount, dict) else amount["value"]
    get = (lambda key: amount.get(key)) if isinstance(amount, dict) else (lambda key: getattr(amount, key, None))
    from extractor.reference.money import exact_number

    return {"value": exact_number(value, grouped=False), "currency": get("currency") or "", "kind": get("kind") or ""}


def rows_per_amount(row: dict, amounts: list) -> list[dict]:
    """One CSV row per amount of a record (its other cells repeated); one row with empty amount cells if none."""
    return [{**row, **amount_cells(amount)} for amount in amounts] or [{**row, **amount_cells(None)}]
