"""Print flat pydantic rows (diff rows, series rows) as a table, JSON or CSV whose header is the model's fields."""

from __future__ import annotations

from extractor.cli.output import Column, print_csv, print_json, print_table


def emit_model_rows(
    rows: list,
    model,
    fmt: str,
    title: str = "",
    long_columns: tuple[str, ...] = (),
    table_columns: tuple[str, ...] = (),
    empty: str = "no rows",
) -> None:
    """Print rows of one pydantic model through the shared printer; the header is the model's fields, also with no row.

    table_columns, if given, are the fields a terminal table shows (JSON and CSV have them all);
    long_columns are the letter's text (they wrap and take the room left), the others labels;
    empty is what the table says on stderr when there is no row.
    """
    fields = list(model.model_fields)
    if fmt == "json":
        print_json(rows)
        return
    records = [{name: getattr(row, name) for name in fields} for row in rows]
    if fmt == "csv":
        print_csv(fields, records)
        return
    columns = [Column(name, name, "text" if name in long_columns else "label") for name in table_columns or fields]
    print_table(columns, records, title, empty=empty)
