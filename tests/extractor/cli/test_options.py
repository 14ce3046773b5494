"""The shared --table/--json/--csv flags give the command one format, the default when none is given."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from extractor.cli.options import output_format


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
