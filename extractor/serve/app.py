"""Build the Datasette app of `letters serve` over one store, and run it with uvicorn."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from extractor.errors import MissingExtra, PortInUse
from extractor.serve import DEFAULT_HOST, DEFAULT_PORT
from extractor.serve.reader import StoreReader

# Our templates and styles, beside this module.
TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
STATIC_MOUNT = "-/letters/static"
# Datasette's default error page, replaced by the plugin's (see plugin.handle_exception).
DATASETTE_ERROR_PLUGIN = "datasette.handle_exception"
# Datasette's own limits for its SQL pages (ours has the `letters sql` timeout).
DATASETTE_SETTINGS = {"sql_time_limit_ms": 3000, "allow_download": False, "max_returned_rows": 1000}


def make_datasette(db: str | Path):
    """A Datasette over the store (read-only, mode=ro) with the project's pages registered."""
    try:
        import datasette  # noqa: F401
    except ImportError:
        raise MissingExtra("letters serve", extra="serve") from None
    from datasette.app import Datasette
    from datasette.database import Database
    from datasette.plugins import pm

    from extractor.serve import plugin
    from extractor.serve.web import DATASETTE_DATABASE

    # Datasette turns on the printing of SQL functions' tracebacks for the whole process; ours refuse
    # by raising (extraction_json on a bomb), which the page already reports in one line.
    sqlite3.enable_callback_tracebacks(False)

    reader = StoreReader(db)
    if not pm.is_registered(plugin):
        pm.register(plugin, name="letters")
    default_errors = pm.get_plugin(DATASETTE_ERROR_PLUGIN)
    if default_errors is not None:
        pm.unregister(default_errors)
    ds = Datasette(
        [], settings=DATASETTE_SETTINGS, template_dir=str(TEMPLATES), static_mounts=[(STATIC_MOUNT, str(STATIC))]
    )
    # is_mutable: Datasette opens it with mode=ro (immutable=1 would let SQLite assume the file never
    # changes, wrong while an ingest writes); it never asks for a write connection without a write endpoint.
    ds.add_database(Database(ds, path=str(reader.path.resolve()), is_mutable=True), name=DATASETTE_DATABASE)
    ds.letters_reader = reader
    return ds


def serve(db: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Serve the store at http://host:port/ until interrupted."""
    import socket

    ds = make_datasette(db)
    import uvicorn  # a dependency of Datasette: there once make_datasette found it

    # Bound here first, so a port in use is one line, not uvicorn's log and exit.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        raise PortInUse(f"{host}:{port}", reason=error.strerror or str(error)) from None
    shown = f"[{host}]" if ":" in host else host
    print(f"letters serve: {db} at http://{shown}:{sock.getsockname()[1]}/ (read-only; Ctrl-C stops)", file=sys.stderr)
    config = uvicorn.Config(ds.app(), log_level="warning", lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])
