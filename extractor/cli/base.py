"""The `letters` click group and the error handling every command shares.

Exit status, everywhere: 0 the command did its work; 1 some input or output failed (a file that
cannot be read, written or stored, a letter that failed); 2 the command line is wrong (an unknown
option, a value that cannot be right). Every failure is one line on stderr, never a traceback.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import os
import sqlite3
import sys

import click

from extractor import __version__

# numpy starts OpenBLAS's pool of a thread per core when imported (~0.04 s of CPU a process here), for linear
# algebra no command does: a `letters` process keeps it to one thread, unless the environment says otherwise.
BLAS_THREADS_ENV_VAR = "OPENBLAS_NUM_THREADS"
os.environ.setdefault(BLAS_THREADS_ENV_VAR, "1")

EXIT_FAILED = 1
EXIT_USAGE = 2
ERROR_PREFIX = "letters: "
# Command -> the module that defines it (its @main.command registers it when imported). Only the
# module of the command run is imported, so `letters query ...` never loads what `digest` needs;
# tests/extractor/cli/test_startup.py checks that this table names every command.
COMMAND_MODULES = {
    "text": "extractor.cli.text",
    "extract": "extractor.cli.extract",
    "digest": "extractor.cli.extract",
    "eval": "extractor.cli.extract",
    "show": "extractor.cli.extract",
    "diff": "extractor.cli.diff",
    "timeline": "extractor.cli.timeline",
    "graph": "extractor.cli.graph",
    "schema": "extractor.cli.schema",
    "ingest": "extractor.cli.store",
    "query": "extractor.cli.store",
    "sql": "extractor.cli.store",
    "export": "extractor.cli.store",
    "series": "extractor.cli.series",
    "serve": "extractor.cli.serve",
}


def fail(message: str, status: int = EXIT_FAILED) -> None:
    """Print one line on stderr (control characters made visible) and exit with ``status``."""
    from extractor.escape import one_line

    click.echo(ERROR_PREFIX + one_line(message), err=True)
    sys.exit(status)


class LettersGroup(click.Group):
    """A click group whose usage errors are one line, like every other error of the tool, and whose commands load lazily."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command, loaded or not, by name."""
        return sorted(set(self.commands) | set(COMMAND_MODULES))

    def get_command(self, ctx: click.Context, name: str):
        """The command called name, importing the module that defines it on first use."""
        if name not in self.commands and name in COMMAND_MODULES:
            importlib.import_module(COMMAND_MODULES[name])
        return self.commands.get(name)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """Run the command; a usage error prints one line and exits 2."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as error:
            where = error.ctx.command_path.partition(" ")[2] if error.ctx else ""
            hint = f" (see letters {where} --help)" if where else " (see letters --help)"
            fail(f"{where + ': ' if where else ''}{error.format_message()}{hint}", EXIT_USAGE)
        except click.ClickException as error:
            fail(error.format_message(), error.exit_code)
        except click.Abort:
            fail("aborted", EXIT_FAILED)
        sys.exit(result if isinstance(result, int) else 0)


@click.group(cls=LettersGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="letters")
@click.option("--verbose", "-v", is_flag=True, help="Show each warning of the PDF library, not one line per file.")
def main(verbose: bool) -> None:
    """policy-letters: turn policy letters (PDF) into facts you can query and compare."""
    from extractor.reading.library_warnings import set_verbose

    set_verbose(verbose)


def _not_utf8(ctx: click.Context, kwargs: dict) -> None:
    """Refuse an argument that is not UTF-8: a text or a file name the records could neither store nor print."""
    params = {param.name: param for param in ctx.command.params}
    for name, value in kwargs.items():
        for item in value if isinstance(value, (tuple, list)) else (value,):
            if isinstance(item, str) and any("\udc80" <= ch <= "\udcff" for ch in item):
                param = params.get(name)
                label = max(param.opts, key=len) if isinstance(param, click.Option) else name.upper()
                fail(f"{label}: {item}: not UTF-8 (give the text, or rename the file, in UTF-8)", EXIT_USAGE)


def _write_error(error: OSError) -> str:
    """One line for an OSError: the file it names (if any) and the system's reason."""
    name = error.filename if error.filename is not None else ""
    reason = error.strerror or str(error)
    return f"{name}: {reason}" if name else reason


@contextlib.contextmanager
def writing(path):
    """Name the file in any error of writing it (/dev/full, a read-only folder, a name too long)."""
    from extractor.errors import CannotWrite

    try:
        yield
    except OSError as error:
        raise CannotWrite(str(path), reason=error.strerror or str(error)) from None


def reports_errors(func):
    """Turn a LettersError or OSError into its one-line message on stderr: exit 2 for a bad argument, else 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from extractor.errors import BadArgument, LettersError, StoreBusy, StoreFailed

        _not_utf8(click.get_current_context(), kwargs)
        try:
            return func(*args, **kwargs)
        except BadArgument as error:
            fail(str(error), EXIT_USAGE)
        except LettersError as error:
            fail(str(error), EXIT_FAILED)
        except sqlite3.Error as error:
            # A store another process held locked past the busy timeout (an ingest upgrading it).
            db_path = kwargs.get("db_path") or "the store"
            if isinstance(error, sqlite3.OperationalError) and ("locked" in str(error) or "busy" in str(error)):
                fail(str(StoreBusy(db_path)), EXIT_FAILED)
            # The store's own errors are named where they arise; this is the net under them.
            fail(str(StoreFailed(db_path, error=error)), EXIT_FAILED)
        except BrokenPipeError:
            raise  # the reader of our output went away (| head): click ends quietly
        except OSError as error:
            # A file the system refused (name too long, disk full, no permission): the file and why.
            fail(_write_error(error), EXIT_FAILED)

    return wrapper
