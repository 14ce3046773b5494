"""`letters extract`, `letters digest`, `letters eval` and `letters show`: one letter's facts and their quality."""

from __future__ import annotations

import json
from pathlib import Path

import click

from extractor.cli.base import EXIT_FAILED, main, reports_errors, writing
from extractor.cli.options import limits_options, password_option, reading_options

JSON_INDENT = 2
SCORE_DIGITS = 3
WEAK_FIELD_F1 = 0.95  # the bar for every field
DETAIL_LIMIT = 40  # items listed per field and kind with --details; the JSON has them all


def _extract(path: str, password: str | None, timeout: float, max_memory: int, reading=None):
    # Reading and extraction run in a worker under the limits: a hostile PDF costs only its own process.
    from extractor.sandbox import extract_bounded

    return extract_bounded(path, password, timeout, max_memory, options=reading)


@main.command("extract")
@click.argument("file", type=click.Path(dir_okay=False))
@password_option
@limits_options
@reading_options
@reports_errors
def extract_command(file: str, password: str | None, timeout: float, max_memory: int, reading) -> None:
    """Print every record found in FILE (mentions, commitments, route ties) with its grounding, as JSON."""
    from extractor.escape import for_json

    click.echo(for_json(_extract(file, password, timeout, max_memory, reading).model_dump_json(indent=JSON_INDENT)))


@main.command("digest")
@click.argument("file", type=click.Path(dir_okay=False))
@password_option
@limits_options
@reading_options
@reports_errors
def digest_command(file: str, password: str | None, timeout: float, max_memory: int, reading) -> None:
    """Print the digest of FILE (DIGEST.md: normalised facts, no offsets) as JSON."""
    from extractor.escape import for_json
    from extractor.records.digest import make_digest

    digest = make_digest(_extract(file, password, timeout, max_memory, reading))
    click.echo(for_json(json.dumps(digest.to_json_dict(), indent=JSON_INDENT, ensure_ascii=False)))


def _row(name: str, score) -> list:
    from extractor.escape import terminal_text

    return [
        terminal_text(name),  # a letter's id is a file name: never rich markup
        str(score.tp),
        str(score.fp),
        str(score.fn),
        f"{score.precision:.{SCORE_DIGITS}f}",
        f"{score.recall:.{SCORE_DIGITS}f}",
        f"{score.f1:.{SCORE_DIGITS}f}",
    ]


def _score_table(title: str, fields, overall):
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for column in ("field", "tp", "fp", "fn", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for field in fields:
        table.add_row(*_row(field.field, field))
    table.add_section()
    table.add_row(*_row("micro", overall), style="bold")
    return table


def _letters_table(letters):
    from rich.table import Table

    from extractor.escape import terminal_text

    table = Table(title="per letter (micro over its fields)", title_justify="left")
    weak_column = f"fields with F1 < {WEAK_FIELD_F1}"
    for column in ("letter", "tp", "fp", "fn", "precision", "recall", "F1", weak_column):
        table.add_column(column, justify="left" if column in ("letter", weak_column) else "right")
    for letter in letters:
        weak = ", ".join(f"{f.field} {f.f1:.2f}" for f in letter.fields if f.f1 < WEAK_FIELD_F1)
        table.add_row(*_row(letter.letter_id, letter.overall), terminal_text(weak))
    return table


def _details(console, fields) -> None:
    from extractor.escape import for_terminal

    for field in fields:
        for kind in ("missed", "spurious"):
            items = getattr(field, kind)
            if not items:
                continue
            shown = ", ".join(items[:DETAIL_LIMIT])
            more = f" … and {len(items) - DETAIL_LIMIT} more" if len(items) > DETAIL_LIMIT else ""
            console.print(
                for_terminal(f"  {field.field} {kind} ({len(items)}): {shown}{more}"), markup=False, highlight=False
            )


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True))
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(exists=True, file_okay=False),
    help='Directory of the letters (<stem>.pdf/.txt/.md); default: beside each gold or its "source".',
)
@click.option("--json", "as_json", is_flag=True, help="Print the EvaluationReport as JSON.")
@click.option("--details", is_flag=True, help="List the missed and spurious items of each field.")
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 1),
    default=None,
    help="Exit with status 1 when the micro F1 over all letters is below this.",
)
@limits_options
@reading_options
@reports_errors
def eval_command(
    gold_dir: str,
    corpus_dir: str | None,
    as_json: bool,
    details: bool,
    fail_under: float | None,
    timeout: float,
    max_memory: int,
    reading,
) -> None:
    """Score the extraction of each letter against its gold digest in GOLD_DIR: precision, recall, F1."""
    import sys

    from rich.console import Console

    from extractor.escape import one_line, terminal_text
    from extractor.reports.evaluate import evaluate

    report = evaluate(gold_dir, corpus_dir, extract=lambda path: _extract(path, None, timeout, max_memory, reading))
    if as_json:
        click.echo(report.model_dump_json(indent=JSON_INDENT))
    else:
        console = Console(soft_wrap=True)
        scored = [letter for letter in report.letters if letter.error is None]
        if len(scored) > 1:
            console.print(_letters_table(scored))
            if details:
                for letter in scored:
                    console.print(one_line(f"{letter.letter_id} ({letter.source})"), markup=False, highlight=False)
                    _details(console, letter.fields)
        title = (
            "all letters"
            if len(scored) > 1
            else (f"{scored[0].letter_id} ({scored[0].source})" if scored else "no letter scored")
        )
        console.print(_score_table(terminal_text(title), report.fields, report.overall))
        if details and len(scored) == 1:
            _details(console, report.fields)
    for line in report.errors:
        click.echo(f"letters: {one_line(line)}", err=True)
    if report.errors:
        sys.exit(1)
    if fail_under is not None and report.overall.f1 < fail_under:
        click.echo(f"letters: micro F1 {report.overall.f1:.3f} is below --fail-under {fail_under}", err=True)
        sys.exit(EXIT_FAILED)


@main.command("show")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--html", "html_path", required=True, type=click.Path(dir_okay=False), help="Write the page to this file."
)
@password_option
@limits_options
@reading_options
@reports_errors
def show_command(file: str, html_path: str, password: str | None, timeout: float, max_memory: int, reading) -> None:
    """Write FILE as a self-contained web page with every entity highlighted, its value on hover."""
    from extractor.reports.show import render_html

    page = render_html(_extract(file, password, timeout, max_memory, reading))
    with writing(html_path):
        Path(html_path).write_text(page, encoding="utf-8")
    click.echo(html_path)
