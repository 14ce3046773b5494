"""`letters diff A B`: what changed between two letters."""

from __future__ import annotations

from pathlib import Path

import click

from extractor.cli.base import main, reports_errors, writing
from extractor.cli.options import db_option, limits_options, output_format, password_option, reading_options
from extractor.cli.refs import load_extraction
from extractor.reference.money import amount_text

# Changed runs longer than this many words are cut in the terminal (the HTML shows all).
TERMINAL_CONTEXT_WORDS = 8
# Unchanged words shown either side of a change in the terminal.
CONTEXT_WORDS = 3
# What --table shows in a terminal; --csv and --json also say where each change stands (where_a, where_b).
DIFF_TABLE_COLUMNS = ("section", "change", "field", "before", "after")


def _clip(words: str) -> str:
    parts = words.split()
    if len(parts) <= TERMINAL_CONTEXT_WORDS:
        return words
    return " ".join(parts[:TERMINAL_CONTEXT_WORDS]) + " …"


def print_diff(diff, console, paragraphs_a: list[str] | None = None, paragraphs_b: list[str] | None = None) -> None:
    """Print a LetterDiff for a person: facts, commitments, then the text (letter text never parsed as markup)."""
    from rich.text import Text

    from extractor.escape import safe_text
    from extractor.reports.diff import commitment_subject, fact_text, format_value, places_text

    console.print(
        safe_text(
            Text(
                f"A {diff.a.id} ({diff.a.date or 'undated'})  →  B {diff.b.id} ({diff.b.date or 'undated'})",
                style="bold",
            )
        )
    )
    console.print(Text("Letter parts", style="bold underline"))
    if not diff.parts:
        console.print(Text("  no change of letter part", style="dim"))
    for part in diff.parts:
        line = Text(f"  changed  {part.part:<11} ", style="yellow")
        line.append(f"{part.before or '—'} → {part.after or '—'}", style="bold yellow")
        console.print(safe_text(line))
    console.print(Text("Facts", style="bold underline"))
    any_fact = False
    for field_diff in diff.facts:
        for sign, style, changes, side in (
            ("+", "green", field_diff.added, "b"),
            ("-", "red", field_diff.removed, "a"),
        ):
            for change in changes:
                any_fact = True
                where = places_text(change.places_b if side == "b" else change.places_a)
                line = Text(f"  {sign} {field_diff.field:<13} ", style=style)
                line.append(fact_text(change.value), style=f"bold {style}")
                if where:
                    line.append(f"  {side.upper()} {where}", style="dim")
                places = change.places_b if side == "b" else change.places_a
                if places and all(p.relative for p in places):
                    line.append("  (relative to the letter's date)", style="dim")
                console.print(safe_text(line))
    if not any_fact:
        console.print(Text("  no change of digest fact", style="dim"))
    console.print(Text("Commitments", style="bold underline"))
    if not diff.commitments:
        console.print(Text("  no change of commitment", style="dim"))
    for change in diff.commitments:
        commitment = change.b or change.a
        about = commitment_subject(commitment)
        style = {"new": "green", "dropped": "red", "changed": "yellow"}[change.kind]
        line = Text(f"  {change.kind:<8} ", style=style)
        line.append(about, style="bold")
        amounts = ", ".join(amount_text(a) for a in commitment.amounts)
        if change.kind != "changed":
            line.append(f"  {amounts} {commitment.status}", style=style)
        for attribute in change.changes:
            line.append(
                f"  {attribute.attribute}: {format_value(attribute.before)} → {format_value(attribute.after)}",
                style=style,
            )
        where = [
            f"{side} {places_text([place])}" for side, place in (("A", change.place_a), ("B", change.place_b)) if place
        ]
        if where:
            line.append("  " + " ".join(where), style="dim")
        console.print(safe_text(line))
    console.print(Text("Text", style="bold underline"))
    changed = [p for p in diff.paragraphs if p.op != "equal"]
    if not changed:
        console.print(Text("  no change of text", style="dim"))
    for change in changed:
        label = {
            "changed": f"  ¶A{change.a + 1 if change.a is not None else ''} → ¶B{change.b + 1 if change.b is not None else ''} changed",
            "moved": f"  ¶A{(change.a or 0) + 1} moved to ¶B{(change.b or 0) + 1}",
            "inserted": f"  ¶B{(change.b or 0) + 1} inserted",
            "deleted": f"  ¶A{(change.a or 0) + 1} deleted",
        }[change.op]
        line = Text(label, style="bold")
        if change.op == "inserted" and paragraphs_b:
            line.append(f"\n     +{_clip(paragraphs_b[change.b])}", style="green")
        if change.op == "deleted" and paragraphs_a:
            line.append(f"\n     -{_clip(paragraphs_a[change.a])}", style="red")
        for index, op in enumerate(change.words):
            if op.op == "equal":
                continue
            # A few words either side, so that "80 → 120" reads as "EUR 80 → 120 million".
            before = change.words[index - 1].b.split()[-CONTEXT_WORDS:] if index else []
            after = change.words[index + 1].b.split()[:CONTEXT_WORDS] if index + 1 < len(change.words) else []
            line.append("\n     " + ("… " if before else "") + " ".join(before) + (" " if before else ""), style="dim")
            if op.a:
                line.append(f"[-{_clip(op.a)}]", style="bold red")
            if op.b:
                line.append(f"{{+{_clip(op.b)}}}", style="bold green")
            line.append((" " if after else "") + " ".join(after) + (" …" if after else ""), style="dim")
        console.print(safe_text(line))


@main.command("diff")
@click.argument("a")
@click.argument("b")
@output_format(default="text")
@click.option(
    "--html", "html_out", type=click.Path(dir_okay=False), default=None, help="Write a side-by-side HTML report."
)
@db_option
@password_option
@reading_options
@limits_options
@reports_errors
def diff_command(
    a: str,
    b: str,
    fmt: str,
    html_out: str | None,
    db_path: str,
    password: str | None,
    timeout: float,
    max_memory: int,
    read_options,
) -> None:
    """What changed from letter A to letter B (files, stored ids, id@version or dates).

    Without a format option, the changes as a person reads them; --table and --csv one row per change
    (section, change, field, before, after, where_a, where_b), --json the whole LetterDiff.
    """
    from extractor.api import compare

    extraction_a = load_extraction(a, db_path, password, timeout, max_memory, read_options)
    extraction_b = load_extraction(b, db_path, password, timeout, max_memory, read_options)
    compared = compare(extraction_a, extraction_b)
    diff = compared.result
    if html_out:
        from extractor.reports.diff_html import render_diff_html

        with writing(html_out):
            Path(html_out).parent.mkdir(parents=True, exist_ok=True)
            Path(html_out).write_text(render_diff_html(diff, extraction_a, extraction_b), encoding="utf-8")
    from extractor.reports.diff import paragraphs_of

    if fmt == "json":
        from extractor.escape import for_json

        click.echo(for_json(diff.model_dump_json(indent=2)))
    elif fmt in ("table", "csv"):
        from extractor.cli.model_rows import emit_model_rows
        from extractor.escape import for_terminal
        from models.diff import DiffRow

        rows = compared
        title = f"A {diff.a.id} ({diff.a.date or 'undated'}) → B {diff.b.id} ({diff.b.date or 'undated'})"
        emit_model_rows(
            rows,
            DiffRow,
            fmt,
            title=title,
            long_columns=("before", "after"),
            table_columns=DIFF_TABLE_COLUMNS,
            empty=for_terminal(f"no change: {title}"),
        )
    else:
        from rich.console import Console

        print_diff(diff, Console(highlight=False), paragraphs_of(extraction_a), paragraphs_of(extraction_b))
    if html_out:
        click.echo(f"HTML report: {html_out}", err=True)
