"""The pages of `letters serve`: each a Datasette route that reads the store and renders a template.

Data comes from the store's queries (store.query) and the reports (show, diff, graph, timeline);
this module only picks the filters from the request and hands the results to a template. Letter
text reaches a page through Jinja's autoescaping, or as HTML the reports made with every piece of
letter text escaped (show.render_fragment, diff_html.render_diff_fragment).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import Optional
from urllib.parse import urlencode

from datasette import Response
from datasette.utils import tilde_decode, tilde_encode
from markupsafe import Markup

from extractor.errors import BadArgument, BadPageImage, LettersError, NoSuchLetter, StoreError
from extractor.escape import for_csv
from extractor.records.sentences import context_text
from extractor.reference.money import format_money
from extractor.reports import diff_html, graph_html, show, timeline
from extractor.reports.diff import diff_extractions
from extractor.reports.graph import build_graph, xml_safe
from extractor.serve import images
from extractor.serve.chart import timeline_svg
from extractor.serve.reader import StoreReader
from extractor.store import query
from models.store import CommitmentRow, LetterList, SqlResult

# Rows a page shows at most; the .csv and .json forms give them all.
PAGE_ROWS = 500
SQL_PAGE_ROWS = 1000
# Commitment facets: name -> how a row's values are read.
COMMITMENT_FACETS = ("country", "status", "programme", "currency", "year")
COMMITMENT_SORTS = {"amount": False, "-amount": True}
TIMELINE_KINDS = ("country", "programme", "organisation", "route")
ENTITY_SUGGESTIONS = 15
# Where Datasette's own pages (tables, facets, SQL) show the store.
DATASETTE_DATABASE = "store"


class PageError(Exception):
    """A request that cannot be answered: its status and a one-line message."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def letter_url(letter_id: str) -> str:
    """The page of a letter (ids are tilde-encoded, as Datasette does, so any id makes one path segment)."""
    return f"/letters/{tilde_encode(letter_id)}"


def diff_url(a: str, b: str) -> str:
    """The page of the diff between two letters."""
    return f"/diff/{tilde_encode(a)}/{tilde_encode(b)}"


def _reader(datasette) -> StoreReader:
    return datasette.letters_reader


def _arg(request, name: str) -> Optional[str]:
    value = request.args.get(name)
    return value.strip() if value and value.strip() else None


async def _page(datasette, request, template: str, context: dict, status: int = 200) -> Response:
    context = {"nav": request.path, "datasette_database": DATASETTE_DATABASE, **context}
    return Response.html(await datasette.render_template(template, context, request=request), status=status)


async def error_page(datasette, request, status: int, message: str) -> Response:
    """A page that says in one line what went wrong."""
    return await _page(datasette, request, "letters_error.html", {"status": status, "message": message}, status)


def _status_of(error: Exception) -> int:
    if isinstance(error, PageError):
        return error.status
    if isinstance(error, NoSuchLetter):
        return 404
    if isinstance(error, (BadArgument, ValueError)):
        return 400
    return 500


def handles_errors(view):
    """Answer a known error with its status and one line (a bad filter 400, an unknown letter 404), never a traceback."""

    async def wrapped(datasette, request):
        try:
            return await view(datasette, request)
        except (LettersError, PageError, ValueError) as error:
            return await error_page(datasette, request, _status_of(error), str(error))

    wrapped.__name__ = view.__name__
    return wrapped


def _model_json(model) -> Response:
    return Response(model.model_dump_json(), content_type="application/json; charset=utf-8")


def _filters(request, names) -> dict[str, Optional[str]]:
    return {name: _arg(request, name) for name in names}


def _query(filters: dict[str, Optional[str]]) -> str:
    given = {k: v for k, v in filters.items() if v}
    return "?" + urlencode(given) if given else ""


def _with(filters: dict[str, Optional[str]], name: str, value: str) -> str:
    """The query string of the same page with one more filter."""
    return _query({**filters, name: value})


# --------------------------------------------------------------------------------------- index

LETTER_FILTERS = ("q", "country", "organisation", "programme", "year")


def _letters_data(store, q, country, organisation, programme, year):
    rows = query.letter_list(store, q, country, organisation, programme, year)
    facets = query.letter_facets(store, q, country, organisation, programme, year)
    return rows, facets


def _snippet_html(snippet: Optional[str]) -> Markup:
    if not snippet:
        return Markup("")
    escaped = str(Markup.escape(snippet))
    return Markup(escaped.replace(query.SNIPPET_OPEN, "<mark>").replace(query.SNIPPET_CLOSE, "</mark>"))


@handles_errors
async def index(datasette, request):
    """/ (and /letters.json): the letters, newest first, with search and facets."""
    filters = _filters(request, LETTER_FILTERS)
    rows, facets = await _reader(datasette).cached(_letters_data, *filters.values())
    if request.url_vars.get("format") == "json":
        return _model_json(LetterList(letters=rows, facets=facets))
    return await _page(
        datasette,
        request,
        "letters_index.html",
        {
            "filters": filters,
            "rows": [
                {"row": r, "url": letter_url(r.id), "snippet": _snippet_html(r.snippet)} for r in rows[:PAGE_ROWS]
            ],
            "count": len(rows),
            "page_rows": PAGE_ROWS,
            "facets": {
                facet: [{"v": v, "url": _with(filters, facet, v.value)} for v in values]
                for facet, values in facets.items()
            },
            "families": ("country", "organisation", "programme", "amount", "date"),
            "json_url": "/letters.json" + _query(filters),
            "active": [(k, v) for k, v in filters.items() if v],
        },
    )


# --------------------------------------------------------------------------------------- a letter


def _letter_data(store, ref: str):
    extraction = store.get_extraction(ref)
    row = store.conn.execute(
        "SELECT letter_id, version, latest FROM letters WHERE row_id = ?", (store.resolve(ref),)
    ).fetchone()
    versions = [
        r[0]
        for r in store.conn.execute(
            "SELECT version FROM letters WHERE letter_id = ? ORDER BY version", (row["letter_id"],)
        ).fetchall()
    ]
    neighbours = query.letter_neighbours(store, ref)
    # The highlighted letter is the costly part of the page (displaCy): made once, with the rest.
    return extraction, dict(row), versions, neighbours, show.render_fragment(extraction)


def _ref(request) -> str:
    return tilde_decode(request.url_vars["ref"])


@handles_errors
async def letter(datasette, request):
    """/letters/<id>: the letter highlighted, its parts, commitments, mentions and neighbours."""
    ref = _ref(request)
    extraction, row, versions, neighbours, fragment = await _reader(datasette).cached(_letter_data, ref)
    if request.url_vars.get("format") == "json":
        return Response(extraction.model_dump_json(), content_type="application/json; charset=utf-8")
    letter_id = extraction.letter.id
    this = f"{letter_id}@{row['version']}"
    earlier = [n for n in neighbours if n.previous]
    previous_letter = earlier[0].previous if earlier else None
    mentions = [
        {"index": i, "mention": m, "value": show.mention_value(m), "url": f"{letter_url(this)}/mentions/{i}"}
        for i, m in enumerate(extraction.mentions)
    ]
    return await _page(
        datasette,
        request,
        "letters_letter.html",
        {
            "extraction": extraction,
            "this": this,
            "version": row["version"],
            "versions": [{"version": v, "url": letter_url(f"{letter_id}@{v}")} for v in versions],
            "fragment": Markup(fragment),
            "show_style": Markup(show.STYLE.replace("body {", ".letters-shown {")),
            "neighbours": [
                {
                    "n": n,
                    "previous_url": letter_url(n.previous) if n.previous else None,
                    "next_url": letter_url(n.next) if n.next else None,
                    "timeline_url": "/timeline?" + urlencode({n.type: n.norm}) if n.type in TIMELINE_KINDS else None,
                }
                for n in neighbours
            ],
            "previous_version_diff": diff_url(f"{letter_id}@{row['version'] - 1}", this)
            if row["version"] > 1
            else None,
            "previous_letter": previous_letter,
            "previous_letter_diff": diff_url(previous_letter, this) if previous_letter else None,
            "mentions": mentions,
            "json_url": letter_url(this) + ".json",
        },
    )


def _mention_data(store, ref: str, index: int):
    extraction = store.get_extraction(ref)
    if not 0 <= index < len(extraction.mentions):
        raise PageError(404, f"{ref}: no mention {index} (it has {len(extraction.mentions)})")
    sha = store.conn.execute("SELECT sha256 FROM letters WHERE row_id = ?", (store.resolve(ref),)).fetchone()[0]
    mention = extraction.mentions[index]
    pdf = images.find_pdf(extraction.letter.source, sha, store.path.parent)
    return extraction, mention, pdf


@handles_errors
async def mention(datasette, request):
    """/letters/<id>/mentions/<n>: one mention, its value and sentence, and its box on the page image."""
    ref, index = _ref(request), int(request.url_vars["index"])
    extraction, found, pdf = await _reader(datasette).cached(_mention_data, ref, index)
    grounding = found.grounding
    if pdf is None:
        why = (
            "a text letter has no pages"
            if not extraction.letter.source.lower().endswith(".pdf")
            else f"the PDF ({extraction.letter.source}) is not at hand with the bytes that were read"
        )
    elif grounding.page is None or not grounding.boxes:
        why = "the mention has no position on a page"
    else:
        why = None
    base = letter_url(f"{extraction.letter.id}@{_version_of(ref)}") if "@" in ref else letter_url(ref)
    return await _page(
        datasette,
        request,
        "letters_mention.html",
        {
            "extraction": extraction,
            "mention": found,
            "value": show.mention_value(found),
            "context": context_text(extraction, grounding),
            "letter_url": base,
            "image_url": f"{base}/mentions/{index}.png" if why is None else None,
            "no_image": why,
            "index": index,
        },
    )


def _version_of(ref: str) -> str:
    return ref.rpartition("@")[2]


def _mention_png(store, ref: str, index: int) -> bytes:
    extraction, found, pdf = _mention_data(store, ref, index)
    grounding = found.grounding
    if pdf is None or grounding.page is None or not grounding.boxes:
        raise PageError(404, str(BadPageImage(extraction.letter.source, reason="no PDF at hand or no box")))
    return images.page_png(pdf, grounding.page, grounding.boxes)


@handles_errors
async def mention_image(datasette, request):
    """/letters/<id>/mentions/<n>.png: the page the mention stands on, its box drawn."""
    png = await _reader(datasette).run(_mention_png, _ref(request), int(request.url_vars["index"]))
    return Response(png, content_type="image/png")


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
        rows = [r for r in rows if (r.currency or "") == currency.upper()]
    if year:
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
    filters = _filters(request, COMMITMENT_FILTERS)
    rows = await _reader(datasette).run(commitment_rows, *filters.values())
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
    return await _page(
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
                facet: [{"value": v, "count": n, "url": _with(filters, facet, v)} for v, n in values]
                for facet, values in facets.items()
            },
            "active": [(k, v) for k, v in filters.items() if v],
            "sort_up": _with(filters, "sort", "amount") or "?",
            "sort_down": _with(filters, "sort", "-amount"),
            "csv_url": "/commitments.csv" + _query(filters),
            "json_url": "/commitments.json" + _query(filters),
            "totals": [
                (currency, format_money(total, None if currency == "?" else currency))
                for currency, total in totals_by_currency(rows).items()
            ],
        },
    )


# --------------------------------------------------------------------------------------- diff


def _diff_data(store, a: str, b: str):
    first, second = store.get_extraction(a), store.get_extraction(b)
    return diff_extractions(first, second), first, second


@handles_errors
async def diff(datasette, request):
    """/diff/<a>/<b>: facts added and removed, commitments changed, the two texts aligned by paragraph."""
    a, b = tilde_decode(request.url_vars["a"]), tilde_decode(request.url_vars["b"])
    result, first, second = await _reader(datasette).cached(_diff_data, a, b)
    if request.url_vars.get("format") == "json":
        return Response(result.model_dump_json(), content_type="application/json; charset=utf-8")
    return await _page(
        datasette,
        request,
        "letters_diff.html",
        {
            "a": first,
            "b": second,
            "a_url": letter_url(a),
            "b_url": letter_url(b),
            "fragment": Markup(diff_html.render_diff_fragment(result, first, second)),
            "diff_style": Markup(diff_html.STYLE.replace("body{", ".diff-report{")),
            "json_url": diff_url(a, b) + ".json",
        },
    )


# --------------------------------------------------------------------------------------- graph

GRAPH_FILTERS = ("country", "programme")


def graph_of(store, country: Optional[str], programme: Optional[str]):
    """The graph of the letters that name the country and programme given (all letters without a filter)."""
    if country or programme:
        ids = [r.id for r in query.letter_list(store, country=country, programme=programme)]
        extractions = [store.get_extraction(i) for i in ids]
    else:
        extractions = list(store.iter_extractions())
    return build_graph(extractions)


def _graph_json(store, country, programme) -> str:
    return graph_html.script_json(graph_html.graph_payload(graph_of(store, country, programme)))


def _graphml(store, country, programme) -> str:
    import networkx as nx

    return "\n".join(nx.generate_graphml(xml_safe(graph_of(store, country, programme))))


@handles_errors
async def graph(datasette, request):
    """/graph (.graphml): the interactive graph of the letters, filterable by country and programme."""
    filters = _filters(request, GRAPH_FILTERS)
    reader = _reader(datasette)
    if request.url_vars.get("format") == "graphml":
        text = await reader.cached(_graphml, *filters.values())
        return Response(
            text,
            content_type="application/graphml+xml; charset=utf-8",
            headers={"content-disposition": 'attachment; filename="letters.graphml"'},
        )
    data = await reader.cached(_graph_json, *filters.values())
    choices = await reader.cached(_graph_choices)
    return await _page(
        datasette,
        request,
        "letters_graph.html",
        {
            "filters": filters,
            "graph_data": Markup(data),
            "graph_body": Markup(graph_html.render_body("Graph")),
            "graph_style": Markup(graph_html.STYLE.replace("body {", ".graph-page {")),
            "choices": choices,
            "graphml_url": "/graph.graphml" + (f"?{request.query_string}" if request.query_string else ""),
        },
    )


def _graph_choices(store) -> dict[str, list]:
    return {
        family: [(e.norm, e.name) for e in query.entities(store, entity_type=family, top=None)]
        for family in GRAPH_FILTERS
    }


async def graph_script(datasette, request):
    """/-/letters/graph.js: the graph's drawing script (the report's own), served so the page runs no inline script."""
    return Response(graph_html.SCRIPT, content_type="text/javascript; charset=utf-8")


# --------------------------------------------------------------------------------------- timeline


def _timeline_data(store, kind: str, subject: str):
    return timeline.build_timeline(store.iter_extractions(), kind, subject)


def _suggestions(store) -> dict[str, list]:
    return {
        family: [(e.norm, e.name) for e in query.entities(store, entity_type=family, top=ENTITY_SUGGESTIONS)]
        for family in TIMELINE_KINDS
    }


@handles_errors
async def timeline_page(datasette, request):
    """/timeline?country=… (programme=, organisation=, route=): one subject across the letters, chart and table."""
    given = [(kind, _arg(request, kind)) for kind in TIMELINE_KINDS if _arg(request, kind)]
    reader = _reader(datasette)
    if len(given) > 1:
        raise PageError(400, "give one subject: country=, programme=, organisation= or route=")
    if not given:
        if request.url_vars.get("format") == "json":
            raise PageError(400, "give one subject: country=, programme=, organisation= or route=")
        suggestions = await reader.cached(_suggestions)
        return await _page(datasette, request, "letters_timeline.html", {"timeline": None, "suggestions": suggestions})
    kind, subject = given[0]
    result = await reader.cached(_timeline_data, kind, subject)
    if request.url_vars.get("format") == "json":
        return Response(result.model_dump_json(), content_type="application/json; charset=utf-8")
    points = [
        {
            "point": p,
            "url": letter_url(p.letter_id),
            "money": [(c, format_money(v, None if c == "?" else c)) for c, v in timeline.money_by_currency(p).items()],
        }
        for p in result.points
        if p.mentions or p.amounts or p.commitments
    ]
    totals: dict[str, float] = {}
    for p in result.points:
        for currency, value in timeline.money_by_currency(p).items():
            totals[currency] = totals.get(currency, 0.0) + value
    return await _page(
        datasette,
        request,
        "letters_timeline.html",
        {
            "timeline": result,
            "points": points,
            "chart": Markup(timeline_svg(result)),
            "totals": [(c, format_money(v, None if c == "?" else c)) for c, v in sorted(totals.items())],
            "json_url": f"/timeline.json?{request.query_string}",
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
            columns, rows = await _reader(datasette).run(_sql, statement)
        except StoreError as refused:
            error = str(refused)
    if request.url_vars.get("format") == "json":
        if error:
            return Response.json({"error": error}, status=400)
        return _model_json(SqlResult(columns=columns, rows=[list(r) for r in rows]))
    return await _page(
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


# --------------------------------------------------------------------------------------- routes

ID = r"(?P<ref>[^/]+?)"
ROUTES = [
    (r"^/$", index),
    (r"^/letters\.(?P<format>json)$", index),
    (rf"^/letters/{ID}\.(?P<format>json)$", letter),
    (rf"^/letters/{ID}/mentions/(?P<index>\d+)\.png$", mention_image),
    (rf"^/letters/{ID}/mentions/(?P<index>\d+)$", mention),
    (rf"^/letters/{ID}$", letter),
    (r"^/commitments(\.(?P<format>csv|json))?$", commitments),
    (r"^/diff/(?P<a>[^/]+)/(?P<b>[^/]+?)(\.(?P<format>json))?$", diff),
    (r"^/graph(\.(?P<format>graphml))?$", graph),
    (r"^/-/letters/graph\.js$", graph_script),
    (r"^/timeline(\.(?P<format>json))?$", timeline_page),
    (r"^/sql(\.(?P<format>json))?$", sql_page),
]
