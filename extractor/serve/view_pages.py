"""The views across letters: the diff of two, the graph, a subject's timeline."""

from __future__ import annotations

from typing import Optional

from datasette import Response
from datasette.utils import tilde_decode
from markupsafe import Markup

from extractor.reference.families import TIMELINE_FAMILIES
from extractor.reference.money import format_money
from extractor.reports import diff_html, graph_html, timeline
from extractor.reports.diff import diff_extractions
from extractor.reports.graph import build_graph, xml_safe
from extractor.serve.chart import timeline_svg
from extractor.serve.web import (
    PageError,
    arg,
    diff_url,
    filters_of,
    handles_errors,
    letter_url,
    reader_of,
    render_page,
)
from extractor.store import query

# How many of each family the timeline page offers to pick from.
ENTITY_SUGGESTIONS = 15


# --------------------------------------------------------------------------------------- diff


def _diff_data(store, a: str, b: str):
    first, second = store.get_extraction(a), store.get_extraction(b)
    return diff_extractions(first, second), first, second


@handles_errors
async def diff(datasette, request):
    """/diff/<a>/<b>: facts added and removed, commitments changed, the two texts aligned by paragraph."""
    a, b = tilde_decode(request.url_vars["a"]), tilde_decode(request.url_vars["b"])
    result, first, second = await reader_of(datasette).cached(_diff_data, a, b)
    if request.url_vars.get("format") == "json":
        return Response(result.model_dump_json(), content_type="application/json; charset=utf-8")
    return await render_page(
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
    filters = filters_of(request, GRAPH_FILTERS)
    reader = reader_of(datasette)
    if request.url_vars.get("format") == "graphml":
        text = await reader.cached(_graphml, *filters.values())
        return Response(
            text,
            content_type="application/graphml+xml; charset=utf-8",
            headers={"content-disposition": 'attachment; filename="letters.graphml"'},
        )
    data = await reader.cached(_graph_json, *filters.values())
    choices = await reader.cached(_graph_choices)
    return await render_page(
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
        for family in TIMELINE_FAMILIES
    }


@handles_errors
async def timeline_page(datasette, request):
    """/timeline?country=… (programme=, organisation=, route=): one subject across the letters, chart and table."""
    given = [(kind, arg(request, kind)) for kind in TIMELINE_FAMILIES if arg(request, kind)]
    reader = reader_of(datasette)
    if len(given) > 1:
        raise PageError(400, "give one subject: country=, programme=, organisation= or route=")
    if not given:
        if request.url_vars.get("format") == "json":
            raise PageError(400, "give one subject: country=, programme=, organisation= or route=")
        suggestions = await reader.cached(_suggestions)
        return await render_page(
            datasette, request, "letters_timeline.html", {"timeline": None, "suggestions": suggestions}
        )
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
        if not timeline.states_nothing(p)  # as `letters timeline` lists them
    ]
    return await render_page(
        datasette,
        request,
        "letters_timeline.html",
        {
            "timeline": result,
            "points": points,
            "chart": Markup(timeline_svg(result)),
            # Per currency as `letters timeline` gives it: a later letter often restates an earlier
            # sum, so the letters' sums are compared (first, last, largest), never added.
            "currencies": [
                {
                    "currency": c.currency or "?",
                    "letters": c.letters,
                    "first": format_money(c.first, c.currency),
                    "last": format_money(c.last, c.currency),
                    "largest": format_money(c.largest, c.currency),
                }
                for c in result.currencies
            ],
            "json_url": f"/timeline.json?{request.query_string}",
        },
    )
