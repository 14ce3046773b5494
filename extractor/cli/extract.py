"""`letters extract`, `letters digest`, `letters eval` and `letters show`: one letter's facts and their quality."""

from __future__ import annotations

import json
from pathlib import Path

import click

from extractor.cli.base import EXIT_FAILED, main, reports_errors, writing
from extractor.cli.options import db_option, limits_options, output_format, password_option, reading_options
from extractor.cli.refs import load_extraction

JSON_INDENT = 2
SCORE_DIGITS = 3
WEAK_FIELD_F1 = 0.95  # the bar for every field
DETAIL_LIMIT = 40
SCORE_KEYS = (
    "tp",
    "fp",
    "fn",
    "precision",
    "recall",
    "f1",
)  # items listed per field and kind with --details; the JSON has them all


# A letter the commands below name: a file, or a stored id, id@version, sha256 prefix or date.
LETTER_ARGUMENT_HELP = "FILE is a letter file, or with --db a stored id, id@version, sha256 prefix or date."


@main.command("extract", epilog=LETTER_ARGUMENT_HELP)
@click.argument("file", type=click.Path(dir_okay=False))
@db_option
@password_option
@reading_options
@limits_options
@reports_errors
def extract_command(
    file: str, db_path: str, password: str | None, timeout: float, max_memory: int, read_options
) -> None:
    """Print every record found in FILE (mentions, commitments, route ties) with its grounding, as JSON."""
    from extractor.escape import for_json

    extraction = load_extraction(file, db_path, password, timeout, max_memory, read_options)
    click.echo(for_json(extraction.model_dump_json(indent=JSON_INDENT)))


@main.command("digest", epilog=LETTER_ARGUMENT_HELP)
@click.argument("file", type=click.Path(dir_okay=False))
@db_option
@password_option
@reading_options
@limits_options
@reports_errors
def digest_command(
    file: str, db_path: str, password: str | None, timeout: float, max_memory: int, read_options
) -> None:
    """Print the digest of FILE (DIGEST.md: normalised facts, no offsets) as JSON."""
    from extractor.escape import for_json
    from extractor.records.digest import make_digest

    digest = make_digest(load_extraction(file, db_path, password, timeout, max_memory, read_options))
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


def _print_letters_table(letters, console) -> None:
    """One row per scored letter, through the shared printer: an id is folded, never cut to "…"."""
    from extractor.cli.output import Column, print_table

    weak_column = f"fields with F1 < {WEAK_FIELD_F1}"
    columns = [Column("letter", "letter")]
    columns += [Column(key, key if key != "f1" else "F1", "number") for key in SCORE_KEYS]
    columns.append(Column("weak", weak_column))
    rows = []
    for letter in letters:
        score = letter.overall
        row = {"letter": letter.letter_id, "tp": str(score.tp), "fp": str(score.fp), "fn": str(score.fn)}
        row |= {key: f"{getattr(score, key):.{SCORE_DIGITS}f}" for key in ("precision", "recall", "f1")}
        row["weak"] = ", ".join(f"{f.field} {f.f1:.2f}" for f in letter.fields if f.f1 < WEAK_FIELD_F1)
        rows.append(row)
    print_table(columns, rows, "per letter (micro over its fields)", console=console)


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


EVAL_CSV_FIELDS = ["scope", "letter_id", "source", "field", "tp", "fp", "fn", "precision", "recall", "f1"]


def _eval_csv_rows(report) -> list[dict]:
    """One line per letter and field (and its micro line), then the fields over all letters."""
    rows = []

    def add(scope, letter_id, source, field, score):
        counts = score.model_dump(include={"tp", "fp", "fn", "precision", "recall", "f1"})
        rows.append({"scope": scope, "letter_id": letter_id, "source": source, "field": field, **counts})

    for letter in report.letters:
        if letter.error is None:
            for field in letter.fields:
                add("letter", letter.letter_id, letter.source, field.field, field)
            add("letter", letter.letter_id, letter.source, "micro", letter.overall)
    for field in report.fields:
        add("all", "", "", field.field, field)
    add("all", "", "", "micro", report.overall)
    return rows


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True))
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(exists=True, file_okay=False),
    help='Directory of the letters (<stem>.pdf/.txt/.md); default: beside each gold or its "source".',
)
@output_format()
@click.option("--details", is_flag=True, help="List the missed and spurious items of each field (table).")
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 1),
    default=None,
    help="Exit with status 1 when the micro F1 over all letters is below this.",
)
@reading_options
@limits_options
@reports_errors
def eval_command(
    gold_dir: str,
    corpus_dir: str | None,
    fmt: str,
    details: bool,
    fail_under: float | None,
    timeout: float,
    max_memory: int,
    read_options,
) -> None:
    """Score the extraction of each letter against its gold digest in GOLD_DIR: precision, recall, F1."""
    import dataclasses
    import sys

    from rich.console import Console

    from extractor.api import evaluate
    from extractor.cli.output import print_csv, print_json
    from extractor.errors import NothingScored
    from extractor.escape import one_line, terminal_text

    report = evaluate(
        gold_dir, corpus_dir, timeout=timeout, max_memory_mb=max_memory, **dataclasses.asdict(read_options)
    ).result
    scored = [letter for letter in report.letters if letter.error is None]
    for line in report.errors:
        click.echo(f"letters: {one_line(line)}", err=True)
    if not scored:
        # Nothing scored is no score, never a table of 1.000.
        raise NothingScored(gold_dir, count=len(report.letters))
    if fmt == "json":
        print_json(report)
    elif fmt == "csv":
        print_csv(EVAL_CSV_FIELDS, _eval_csv_rows(report))
    else:
        console = Console(soft_wrap=True)
        if len(scored) > 1:
            _print_letters_table(scored, console)
            if details:
                for letter in scored:
                    console.print(one_line(f"{letter.letter_id} ({letter.source})"), markup=False, highlight=False)
                    _details(console, letter.fields)
        title = "all letters" if len(scored) > 1 else f"{scored[0].letter_id} ({scored[0].source})"
        console.print(_score_table(terminal_text(title), report.fields, report.overall))
        if details and len(scored) == 1:
            _details(console, report.fields)
    if report.errors:
        sys.exit(1)
    if fail_under is not None and report.overall.f1 < fail_under:
        click.echo(f"letters: micro F1 {report.overall.f1:.3f} is below --fail-under {fail_under}", err=True)
        sys.exit(EXIT_FAILED)


@main.command("show", epilog=LETTER_ARGUMENT_HELP)
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--html", "html_path", required=True, type=click.Path(dir_okay=False), help="Write the page to this file."
)
@db_option
@password_option
@reading_options
@limits_options
@reports_errors
def show_command(
    file: str, html_path: str, db_path: str, password: str | None, timeout: float, max_memory: int, read_options
) -> None:
    """Write FILE as a self-contained web page with every entity highlighted, its value on hover."""
    from extractor.reports.show import render_html

    page = render_html(load_extraction(file, db_path, password, timeout, max_memory, read_options))
    with writing(html_path):
        Path(html_path).write_text(page, encoding="utf-8")
    click.echo(html_path)
