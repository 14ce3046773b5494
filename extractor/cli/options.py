"""Option decorators shared by several commands, so that every command spells them alike."""
from __future__ import annotations

import click

DEFAULT_DB = "outputs/letters.db"
DB_ENV_VAR = "LETTERS_DB"


def output_format(default: str = "table"):
    """Add --table/--json/--csv, stored as ``fmt``."""

    def decorator(func):
        func = click.option("--csv", "fmt", flag_value="csv", default=default == "csv", help="Print CSV.")(func)
        func = click.option("--json", "fmt", flag_value="json", default=default == "json", help="Print JSON.")(func)
        func = click.option(
            "--table", "fmt", flag_value="table", default=default == "table", help="Print a table (default)."
        )(func)
        return func

    return decorator


def json_flag(func):
    """Add --json: print the machine form instead of the text a person reads."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(func)


def db_option(func):
    """Add --db PATH (or $LETTERS_DB), the SQLite store."""
    return click.option(
        "--db",
        "db_path",
        default=DEFAULT_DB,
        envvar=DB_ENV_VAR,
        show_default=True,
        type=click.Path(dir_okay=False),
        help=f"SQLite store (also ${DB_ENV_VAR}).",
    )(func)


def password_option(func):
    """Add --password for encrypted PDFs."""
    return click.option("--password", default=None, help="Password of an encrypted PDF.")(func)
