"""The shared --table/--json/--csv flags give the command one format, the default when none is given."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from extractor.cli.options import output_format, reading_options


@click.command()
@output_format()
def echo_format(fmt):
    """Print the chosen format."""
    click.echo(fmt)


@pytest.mark.parametrize(
    "args, expected", [([], "table"), (["--json"], "json"), (["--csv"], "csv"), (["--table"], "table")]
)
def test_each_flag_chooses_its_format(args, expected):
    result = CliRunner().invoke(echo_format, args)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == expected


def test_two_formats_at_once_are_refused():
    result = CliRunner().invoke(echo_format, ["--json", "--csv"])
    assert result.exit_code == 2
    assert "--json" in result.output and "--csv" in result.output


# Every command that reads a PDF takes the engine; `graph export` is a subcommand.
READING_COMMANDS = [["text"], ["digest"], ["extract"], ["show"], ["diff"], ["graph", "export"], ["eval"], ["ingest"]]


@pytest.mark.parametrize("command", READING_COMMANDS, ids=[" ".join(c) for c in READING_COMMANDS])
def test_every_reading_command_takes_the_engine(command):
    from extractor.cli import main

    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "--engine [pdfplumber|pdfium]" in result.output and "LETTERS_ENGINE" in result.output


@click.command()
@reading_options
def echo_reading(read_options):
    """Print the reading options chosen."""
    click.echo(read_options.engine)


@pytest.mark.parametrize(
    "args, env, expected",
    [
        ([], {}, "pdfplumber"),
        (["--engine", "pdfium"], {}, "pdfium"),
        ([], {"LETTERS_ENGINE": "pdfium"}, "pdfium"),
        (["--engine", "pdfplumber"], {"LETTERS_ENGINE": "pdfium"}, "pdfplumber"),
    ],
)
def test_the_engine_from_the_option_or_the_environment(args, env, expected):
    result = CliRunner().invoke(echo_reading, args, env=env)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == expected


@pytest.mark.parametrize("args, env", [(["--engine", "pymupdf"], {}), ([], {"LETTERS_ENGINE": "poppler"})])
def test_an_unknown_engine_is_a_usage_error(args, env):
    result = CliRunner().invoke(echo_reading, args, env=env)
    assert result.exit_code == 2 and "pdfplumber" in result.output


@pytest.mark.parametrize("command", [["text"], ["ingest", "--db", "x.db"]], ids=["text", "ingest"])
def test_an_unknown_numba_mode_is_one_line_and_exit_2(command, tmp_path):
    """LETTERS_NUMBA=fast names the variable and its values, before any file is read, with no traceback."""
    from extractor.cli import main

    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Sir,\n\nA line.\n\nYours sincerely,\n")
    result = CliRunner().invoke(main, [*command, str(letter)], env={"LETTERS_NUMBA": "fast"})
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "LETTERS_NUMBA" in lines[0] and "auto, always, never" in lines[0], result.output
    assert "Traceback" not in result.output and not (tmp_path / "x.db").exists()
