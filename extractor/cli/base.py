"""The `letters` click group and the error handling every command shares."""

from __future__ import annotations

import functools
import sqlite3
import sys

import click

from extractor import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="letters")
def main() -> None:
    """policy-letters: turn policy letters (PDF) into facts you can query and compare."""


def reports_errors(func):
    """Turn a LettersError into its one-line message on stderr and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from extractor.errors import LettersError, StoreBusy

        try:
            return func(*args, **kwargs)
        except LettersError as error:
            click.echo(f"letters: {error}", err=True)
            sys.exit(1)
        except sqlite3.OperationalError as error:
            # A store another process held locked past the busy timeout (an ingest upgrading it).
            if "locked" not in str(error) and "busy" not in str(error):
                raise
            db_path = click.get_current_context().params.get("db_path") or "the store"
            click.echo(f"letters: {StoreBusy(db_path)}", err=True)
            sys.exit(1)

    return wrapper
