"""What every page of `letters serve` shares: links, the request's filters, rendering, errors.

Letter text reaches a page through Jinja's autoescaping, or as HTML the reports made with every
piece of letter text escaped (show.render_fragment, diff_html.render_diff_fragment).
"""

from __future__ import annotations

from typing import Optional
from urllib.parse import urlencode

from datasette import Response
from datasette.utils import tilde_encode

from extractor.errors import BadArgument, LettersError, NoSuchLetter
from extractor.serve.reader import StoreReader

# Rows a page shows at most; the .csv and .json forms give them all.
PAGE_ROWS = 500
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


def reader_of(datasette) -> StoreReader:
    return datasette.letters_reader


def arg(request, name: str) -> Optional[str]:
    value = request.args.get(name)
    return value.strip() if value and value.strip() else None


async def render_page(datasette, request, template: str, context: dict, status: int = 200) -> Response:
    context = {"nav": request.path, "datasette_database": DATASETTE_DATABASE, **context}
    return Response.html(await datasette.render_template(template, context, request=request), status=status)


async def error_page(datasette, request, status: int, message: str) -> Response:
    """A page that says in one line what went wrong."""
    return await render_page(datasette, request, "letters_error.html", {"status": status, "message": message}, status)


def status_of(error: Exception) -> int:
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
            return await error_page(datasette, request, status_of(error), str(error))

    wrapped.__name__ = view.__name__
    return wrapped


def model_json(model) -> Response:
    return Response(model.model_dump_json(), content_type="application/json; charset=utf-8")


def filters_of(request, names) -> dict[str, Optional[str]]:
    return {name: arg(request, name) for name in names}


def query_string(filters: dict[str, Optional[str]]) -> str:
    given = {k: v for k, v in filters.items() if v}
    return "?" + urlencode(given) if given else ""


def with_filter(filters: dict[str, Optional[str]], name: str, value: str) -> str:
    """The query string of the same page with one more filter."""
    return query_string({**filters, name: value})
