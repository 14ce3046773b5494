"""The letters: the list with search and facets, one letter, one mention and its page image."""

from __future__ import annotations

from typing import Optional
from urllib.parse import urlencode

from datasette import Response
from datasette.utils import tilde_decode
from markupsafe import Markup

from extractor.errors import BadPageImage
from extractor.records.sentences import context_text
from extractor.reference.families import TIMELINE_FAMILIES
from extractor.reports import show
from extractor.serve import images
from extractor.serve.web import (
    PAGE_ROWS,
    PageError,
    diff_url,
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
from models.store import LetterList

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
    filters = filters_of(request, LETTER_FILTERS)
    rows, facets = await reader_of(datasette).cached(_letters_data, *filters.values())
    if request.url_vars.get("format") == "json":
        return model_json(LetterList(letters=rows, facets=facets))
    return await render_page(
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
                facet: [{"v": v, "url": with_filter(filters, facet, v.value)} for v in values]
                for facet, values in facets.items()
            },
            "families": ("country", "organisation", "programme", "amount", "date"),
            "json_url": "/letters.json" + query_string(filters),
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
    extraction, row, versions, neighbours, fragment = await reader_of(datasette).cached(_letter_data, ref)
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
    return await render_page(
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
                    "timeline_url": "/timeline?" + urlencode({n.type: n.norm}) if n.type in TIMELINE_FAMILIES else None,
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
    extraction, found, pdf = await reader_of(datasette).cached(_mention_data, ref, index)
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
    return await render_page(
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
    png = await reader_of(datasette).run(_mention_png, _ref(request), int(request.url_vars["index"]))
    return Response(png, content_type="image/png")
