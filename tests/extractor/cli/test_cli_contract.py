"""Every command has help, is documented in the README, and the CLI starts without heavy imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from extractor.cli import main

README = Path(__file__).resolve().parents[3] / "README.md"
HEAVY_MODULES = ("spacy", "pdfplumber", "pdfminer", "matplotlib", "networkx")


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()):
    """Yield (path, command) for every command and subcommand under group."""
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        path = prefix + (name,)
        yield path, command
        if isinstance(command, click.Group):
            yield from all_commands(command, path)


COMMANDS = sorted(all_commands(main), key=lambda item: item[0])


def test_the_cli_has_commands():
    assert len(COMMANDS) >= 1


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=" ".join)
def test_command_has_help(path):
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    command = dict(COMMANDS)[path]
    assert (command.help or command.short_help or "").strip(), f"letters {' '.join(path)} has no help text"


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=" ".join)
def test_command_is_documented_in_readme(path):
    text = README.read_text(encoding="utf-8")
    assert f"letters {' '.join(path)}" in text, f"README does not document `letters {' '.join(path)}`"


def test_cli_start_imports_no_heavy_library():
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from extractor.cli import main\n"
        "CliRunner().invoke(main, ['--help'])\n"
        f"print(','.join(m for m in {HEAVY_MODULES!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"importing the CLI pulled in: {result.stdout.strip()}"
