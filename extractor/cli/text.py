"""`letters text FILE`: the reconstructed body of a letter (or, with --json, the whole LetterText)."""

from __future__ import annotations

import click

from extractor.cli.base import main, reports_errors
from extractor.cli.options import json_flag, limits_options, password_option, reading_options


@main.command("text")
@click.argument("file", type=click.Path(dir_okay=True))
@password_option
@reading_options
@json_flag
@limits_options
@reports_errors
def text_command(file: str, password: str | None, as_json: bool, timeout: float, max_memory: int, read_options) -> None:
    """Print the body of the letter FILE (PDF, .txt or .md); --json prints text, parts and layout."""
    # The reading runs in a worker under the limits, so a hostile PDF cannot hang or exhaust this process; the
    # worker makes the text printed, so the letter's model is not sent as JSON and parsed again here.
    from extractor.sandbox import read_bounded

    if as_json:
        click.echo(read_bounded(file, password, timeout, max_memory, read_options, output=_json))
    else:
        # The body alone is read: the line map, styles and paragraphs that only --json prints are not made.
        click.echo(read_bounded(file, password, timeout, max_memory, read_options, output=_body, body_only=True))


def _json(letter) -> str:
    """The whole LetterText as JSON, C1 controls escaped."""
    from extractor.escape import for_json

    return for_json(letter.model_dump_json(indent=2))


def _body(body: str) -> str:
    """The letter's body with its control characters made visible: a letter's escape sequences never reach the terminal."""
    from extractor.escape import for_terminal

    return for_terminal(body)
