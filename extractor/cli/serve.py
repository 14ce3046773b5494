"""`letters serve`: browse the store in a local, read-only web app."""

from __future__ import annotations

import click

from extractor.cli.base import main, reports_errors
from extractor.cli.options import db_option
from extractor.serve import DEFAULT_HOST, DEFAULT_PORT


@main.command()
@db_option
@click.option(
    "--host", default=DEFAULT_HOST, show_default=True, help="Address to listen on (only this machine by default)."
)
@click.option(
    "--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one)."
)
@reports_errors
def serve(db_path: str, host: str, port: int) -> None:
    """Browse the letters, commitments, graph, diffs and timelines in a local web app (read-only)."""
    from extractor.serve.app import serve as run

    run(db_path, host=host, port=port)
