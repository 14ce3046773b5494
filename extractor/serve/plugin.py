"""The Datasette plugin of `letters serve`: the project's pages as routes, a CSP on every response, no writes.

Registered by extractor.serve.app, with the templates and styles beside this module (not through
an entry point: installed so, it would take over the paths of any database called "letters" in a
plain `datasette`).
"""

from __future__ import annotations

import sys

from datasette import hookimpl

from extractor.serve.pages import ROUTES
from extractor.serve.web import DATASETTE_DATABASE

# Our pages run no inline script (the graph's script is a file of its own), so script-src is 'self'.
# Styles may be inline: the highlighted letter and the diff carry them (style cannot run code).
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
    " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
# Datasette's own pages (its tables, facets and SQL under /store, and /-/) use small inline scripts.
DATASETTE_CSP = PAGE_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
DATASETTE_PREFIXES = (f"/{DATASETTE_DATABASE}", "/-/")
OUR_PREFIXES = ("/-/letters/",)
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
# Whatever a plugin or a later Datasette might offer that writes is refused.
WRITE_ACTIONS = frozenset(
    {"insert-row", "delete-row", "update-row", "create-table", "alter-table", "drop-table", "execute-write"}
)


def csp_for(path: str) -> str:
    """The Content-Security-Policy of a path: ours, or Datasette's for its own pages."""
    if path.startswith(DATASETTE_PREFIXES) and not path.startswith(OUR_PREFIXES):
        return DATASETTE_CSP
    return PAGE_CSP


@hookimpl
def register_routes(datasette):
    """The project's pages, before Datasette's own routes (so / is the letters)."""
    return ROUTES


@hookimpl
def permission_allowed(datasette, actor, action, resource):
    """Refuse every action that writes."""
    if action in WRITE_ACTIONS:
        return False
    return None


def error_status(exception: Exception) -> int:
    """The HTTP status an exception stands for: a 4xx Datasette raised, else 500."""
    from datasette.utils.asgi import Base400
    from datasette.views.base import DatasetteError

    if isinstance(exception, (Base400, DatasetteError)):
        return exception.status
    return 500


@hookimpl
def handle_exception(datasette, request, exception):
    """Every error as our one-line page with its status (Datasette's own handler is unregistered: it
    prints a traceback for a plain 404, and fails doing so when rich is installed)."""

    async def inner():
        from datasette import Response

        status = error_status(exception)
        message = str(exception.args[0]) if status < 500 and exception.args else "internal error"
        if status >= 500:
            print(f"letters serve: {request.path}: {exception!r}", file=sys.stderr)
        page = await datasette.render_template(
            "letters_error.html",
            {"status": status, "message": message, "nav": request.path, "datasette_database": DATASETTE_DATABASE},
        )
        return Response.html(page, status=status)

    return inner


@hookimpl
def asgi_wrapper(datasette):
    """Add the Content-Security-Policy and the other security headers to every response."""

    def wrap(app):
        async def with_headers(scope, receive, send):
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            policy = csp_for(scope.get("path", "")).encode()

            async def send_with_headers(event):
                if event["type"] == "http.response.start":
                    headers = [(k, v) for k, v in event.get("headers", []) if k.lower() != b"content-security-policy"]
                    event = {**event, "headers": [*headers, (b"content-security-policy", policy), *SECURITY_HEADERS]}
                await send(event)

            await app(scope, receive, send_with_headers)

        return with_headers

    return wrap
