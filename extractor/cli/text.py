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
    # The reading runs in a worker under the limits, so a hostile PDF cannot hang or exhaust this process.
    import dataclasses

    from extractor.api import read
    from extractor.escape import for_json, for_terminal

    letter = read(file, password, timeout, max_memory, **dataclasses.asdict(read_options))
    if as_json:
        click.echo(for_json(letter.model_dump_json(indent=2)))
    else:
        click.echo(for_terminal(letter.body))  # a letter's escape sequences never reach the terminal
