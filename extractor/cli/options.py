"""Option decorators shared by several commands, so that every command spells them alike."""

from __future__ import annotations

import functools
import math

import click

DEFAULT_DB = "outputs/letters.db"
DB_ENV_VAR = "LETTERS_DB"
# SQLite's integers are 64-bit: a larger --limit cannot be bound to a query.
SQLITE_MAX_INT = 2**63 - 1


class FiniteFloatRange(click.FloatRange):
    """A FloatRange that refuses nan and infinity (nan passes every comparison, so FloatRange lets it in)."""

    name = "finite float range"

    def convert(self, value, param, ctx):
        """The number, or a usage error when it is not finite or not in range."""
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number", param, ctx)
        return number


def count_range(minimum: int = 1) -> click.IntRange:
    """A whole-number option (--limit, --top) that SQLite can take: minimum..2**63-1."""
    return click.IntRange(min=minimum, max=SQLITE_MAX_INT)


OUTPUT_FORMATS = (("table", "Print a table (default)."), ("json", "Print JSON."), ("csv", "Print CSV."))


def output_format(default: str = "table"):
    """Add --table/--json/--csv; the command receives the one chosen as ``fmt``."""

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            chosen = [name for name, _ in OUTPUT_FORMATS if kwargs.pop(f"fmt_{name}")]
            if len(chosen) > 1:
                raise click.UsageError("give at most one of " + ", ".join(f"--{c}" for c in chosen))
            return func(*args, fmt=chosen[0] if chosen else default, **kwargs)

        # Separate boolean flags: click's shared-destination flag_value options lose their default.
        for name, help_text in reversed(OUTPUT_FORMATS):
            wrapper = click.option(f"--{name}", f"fmt_{name}", is_flag=True, help=help_text)(wrapper)
        return wrapper

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


def _reading(ctx, param, value):
    """--ocr-lang: Tesseract language codes joined by "+" (eng, fra, deu, ...), nothing else."""
    import re

    if value is not None and not re.fullmatch(r"[a-z]{3}(_[a-z]+)?(\+[a-z]{3}(_[a-z]+)?)*", value):
        raise click.BadParameter(
            "must be Tesseract language codes joined by '+', e.g. eng or eng+fra", ctx=ctx, param=param
        )
    return value


def reading_options(func):
    """Add --engine (or $LETTERS_ENGINE), --ocr and --ocr-lang; the command receives them as one `read_options`."""
    import functools

    from extractor.reading.options import (
        DEFAULT_ENGINE,
        DEFAULT_OCR,
        DEFAULT_OCR_LANGUAGES,
        ENGINE_ENV_VAR,
        ENGINES,
        OCR_MODES,
        ReadOptions,
        numba_mode,
    )

    @functools.wraps(func)
    def wrapper(*args, engine: str, ocr: str, ocr_lang: str, **kwargs):
        try:
            numba_mode()  # refused here, before any file is read, rather than as every PDF's failure
        except ValueError as error:
            raise click.UsageError(str(error)) from None
        return func(*args, read_options=ReadOptions(engine=engine, ocr=ocr, ocr_languages=ocr_lang), **kwargs)

    wrapper = click.option(
        "--ocr-lang",
        "ocr_lang",
        default=DEFAULT_OCR_LANGUAGES,
        show_default=True,
        callback=_reading,
        help="Languages OCR reads, as Tesseract codes joined by '+' (eng+fra+deu: each one more costs time).",
    )(wrapper)
    wrapper = click.option(
        "--ocr",
        type=click.Choice(OCR_MODES),
        default=DEFAULT_OCR,
        show_default=True,
        help="Read pages by OCR: auto = pages without a text layer or with a garbage one; always; never.",
    )(wrapper)
    return click.option(
        "--engine",
        type=click.Choice(ENGINES),
        default=DEFAULT_ENGINE,
        envvar=ENGINE_ENV_VAR,
        show_default=True,
        help=f"PDF engine: pdfplumber (pdfminer) or pdfium, which reads alike and faster (also ${ENGINE_ENV_VAR}).",
    )(wrapper)


def _finite(ctx, param, value):
    """Refuse nan and infinity, which every comparison with a deadline or a size gets wrong."""
    import math

    if value is not None and not math.isfinite(value):
        raise click.BadParameter("must be a finite number", ctx=ctx, param=param)
    return value


def limits_options(func):
    """Add --timeout and --max-memory: the limits of the worker process that reads and extracts each file."""
    from extractor.sandbox import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_S

    func = click.option(
        "--max-memory",
        "max_memory",
        type=click.IntRange(min=16),
        default=DEFAULT_MAX_MEMORY_MB,
        show_default=True,
        help="MiB reading one file may use beyond the loaded pipeline.",
    )(func)
    return click.option(
        "--timeout",
        type=click.FloatRange(min=0.1),
        default=DEFAULT_TIMEOUT_S,
        show_default=True,
        callback=_finite,
        help="Seconds reading one file may take before it is given up.",
    )(func)
