"""The tables: commitments (faceted, sortable, totals per currency, CSV and JSON) and read-only SQL."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter

from datasette import Response

from extractor.errors import NotADate, StoreError, UnknownCurrency
from extractor.escape import for_csv
from extractor.reference.money import format_money
from extractor.serve.web import (
    PAGE_ROWS,
    PageError,
    filters_of,
    handles_errors,
    letter_url,
    model_json,
    query_string,
    reader_of,
    render_page,
    with_filter,
)
from extractor.store import query
from models.store import CommitmentRow, SqlResult

# Rows the SQL page shows at most (its .json gives them all).
SQL_PAGE_ROWS = 1000
COMMITMENT_FACETS = ("country", "status", "programme", "currency", "year")
COMMITMENT_SORTS = {"amount": False, "-amount": True}


# --------------------------------------------------------------------------------------- commitments

COMMITMENT_FILTERS = ("country", "status", "programme", "currency", "year", "sort")


def _facet_values(row: CommitmentRow, facet: str) -> list[str]:
    if facet == "country":
        return list(row.beneficiaries)
    if facet == "year":
        return [row.letter_date[:4]] if row.letter_date else []
    value = getattr(row, facet)
    return [value] if value else []


def commitment_rows(store, country, status, programme, currency, year, sort) -> list[CommitmentRow]:
    """The stored commitments matching the filters (the store's query, then currency and letter year), sorted."""
    if sort and sort not in COMMITMENT_SORTS:
        raise PageError(400, f"sort: {sort}: not one of {', '.join(COMMITMENT_SORTS)}")
    rows = query.commitments(store, country=country, programme=programme, status=status)
    if currency:
        # An unknown code is a bad filter (400), as on the command line, not an empty table.
        code = query.currency_code(currency)
        if code is None:
            raise UnknownCurrency("currency", currency=currency)
        rows = [r for r in rows if (r.currency or "") == code]
    if year:
        # Refused as the letter list refuses it (a year that matches nothing is no error).
        if not re.fullmatch(r"\d{4}", year):
            raise NotADate(year)
        rows = [r for r in rows if (r.letter_date or "")[:4] == year]
    if sort:
        # Commitments without a sum go last either way.
        with_sum = sorted(
            (r for r in rows if r.value is not None), key=lambda r: r.value, reverse=COMMITMENT_SORTS[sort]
        )
        rows = with_sum + [r for r in rows if r.value is None]
    return rows


def totals_by_currency(rows: list[CommitmentRow]) -> dict[str, float]:
    """The sum of the commitments' main amounts, per currency (never across currencies)."""
    totals: dict[str, float] = {}
    for row in rows:
        if row.value is not None:
            totals[row.currency or "?"] = totals.get(row.currency or "?", 0.0) + row.value
    return dict(sorted(totals.items()))


def _commitments_csv(rows: list[CommitmentRow]) -> str:
    buffer = io.StringIO()
    fields = list(CommitmentRow.model_fields)
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(fields)
    for row in rows:
        data = row.model_dump(mode="json")
        cells = []
        for field in fields:
            value = data[field]
            if isinstance(value, list):
                value = ";".join(json.dumps(v, sort_keys=True) if isinstance(v, dict) else str(v) for v in value)
            cells.append(for_csv("" if value is None else value))
        writer.writerow(cells)
    return buffer.getvalue()


@handles_errors
async def commitments(datasette, request):
    """/commitments (.csv, .json): a faceted table of commitments, sortable by amount, with totals per currency."""
    filters = filters_of(request, COMMITMENT_FILTERS)
    rows = await reader_of(datasette).run(commitment_rows, *filters.values())
    fmt = request.url_vars.get("format")
    if fmt == "json":
        return Response(
            "[" + ",".join(r.model_dump_json() for r in rows) + "]", content_type="application/json; charset=utf-8"
        )
    if fmt == "csv":
        return Response(
            _commitments_csv(rows),
            content_type="text/csv; charset=utf-8",
            headers={"content-disposition": 'attachment; filename="commitments.csv"'},
        )
    facets = {
        facet: Counter(v for r in rows for v in _facet_values(r, facet)).most_common() for facet in COMMITMENT_FACETS
    }
    return await render_page(
        datasette,
        request,
        "letters_commitments.html",
        {
            "filters": filters,
            "rows": [
                {
                    "row": r,
                    "url": letter_url(f"{r.letter}@{r.version}"),
                    "sum": format_money(r.value, r.currency) if r.value is not None else "",
                }
                for r in rows[:PAGE_ROWS]
            ],
            "count": len(rows),
            "page_rows": PAGE_ROWS,
            "facets": {
                facet: [{"value": v, "count": n, "url": with_filter(filters, facet, v)} for v, n in values]
                for facet, values in facets.items()
            },
            "active": [(k, v) for k, v in filters.items() if v],
            "sort_up": with_filter(filters, "sort", "amount") or "?",
            "sort_down": with_filter(filters, "sort", "-amount"),
            "csv_url": "/commitments.csv" + query_string(filters),
            "json_url": "/commitments.json" + query_string(filters),
            "totals": [
                (currency, format_money(total, None if currency == "?" else currency))
                for currency, total in totals_by_currency(rows).items()
            ],
        },
    )


# --------------------------------------------------------------------------------------- sql


def _sql(store, sql: str):
    columns, rows = query.run_sql(store.path, sql)
    # A BLOB is shown as its bytes in hex (JSON and a page hold text).
    return columns, [[cell.hex() if isinstance(cell, bytes) else cell for cell in row] for row in rows]


@handles_errors
async def sql_page(datasette, request):
    """/sql?sql=…: one read-only statement on the store (the authorizer and time limit of `letters sql`)."""
    statement = request.args.get("sql") or ""
    columns, rows, error = [], [], None
    if statement.strip():
        try:
            columns, rows = await reader_of(datasette).run(_sql, statement)
        except StoreError as refused:
            error = str(refused)
    if request.url_vars.get("format") == "json":
        if error:
            return Response.json({"error": error}, status=400)
        return model_json(SqlResult(columns=columns, rows=[list(r) for r in rows]))
    return await render_page(
        datasette,
        request,
        "letters_sql.html",
        {
            "sql": statement,
            "columns": columns,
            "rows": rows[:SQL_PAGE_ROWS],
            "count": len(rows),
            "page_rows": SQL_PAGE_ROWS,
            "error": error,
            "tables": [
                "letters",
                "mentions",
                "entities",
                "amounts",
                "dates",
                "programmes",
                "commitments",
                "commitment_beneficiaries",
                "actions",
                "route_ties",
                "graph_edges",
                "letter_text",
            ],
        },
        status=400 if error else 200,
    )
