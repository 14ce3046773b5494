"""`letters diff A B` and `letters timeline`: what changed between letters, and a subject over time."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from extractor.cli.base import main, reports_errors, writing
from extractor.cli.options import db_option, json_flag, limits_options, password_option, reading_options
from extractor.reference.money import amount_text, format_money

# A reference with one of these suffixes names a file, never a stored letter.
FILE_SUFFIXES = (".pdf", ".txt", ".md")
# Changed runs longer than this many words are cut in the terminal (the HTML shows all).
TERMINAL_CONTEXT_WORDS = 8
# Unchanged words shown either side of a change in the terminal.
CONTEXT_WORDS = 3


def _load(ref: str, db_path: str, password: str | None, timeout: float, max_memory: int, reading=None):
    """An Extraction from a file (extracted now, in a bounded worker) or from the store (id, id@version, date, sha prefix)."""
    path = Path(ref)
    if path.is_file():
        from extractor.sandbox import extract_bounded

        return extract_bounded(ref, password, timeout, max_memory, options=reading)
    if path.suffix.lower() in FILE_SUFFIXES or "/" in ref or "\\" in ref:
        # It names a file, not a stored letter: say so rather than search the store for it.
        from extractor.errors import NotFound

        raise NotFound(ref)
    from extractor.store.database import EXTRACTIONS_SCHEMA, Store

    store = Store(db_path, readonly=True, min_schema=EXTRACTIONS_SCHEMA)
    try:
        return store.get_extraction(ref)
    finally:
        store.close()


def _fact_text(value) -> str:
    return value if isinstance(value, str) else f"{amount_text(value)} ({value.kind})"


def _where(places) -> str:
    paragraphs = sorted({p.paragraph + 1 for p in places if p.paragraph is not None})
    pages = sorted({p.page for p in places if p.page is not None})
    bits = []
    if paragraphs:
        bits.append("¶" + ",".join(map(str, paragraphs)))
    if pages:
        bits.append("p." + ",".join(map(str, pages)))
    if any(p.paragraph is None and p.text for p in places):
        bits.insert(0, "date line")
    return " ".join(bits)


def _clip(words: str) -> str:
    parts = words.split()
    if len(parts) <= TERMINAL_CONTEXT_WORDS:
        return words
    return " ".join(parts[:TERMINAL_CONTEXT_WORDS]) + " …"


def print_diff(diff, console, paragraphs_a: list[str] | None = None, paragraphs_b: list[str] | None = None) -> None:
    """Print a LetterDiff for a person: facts, commitments, then the text (letter text never parsed as markup)."""
    from rich.text import Text

    from extractor.escape import safe_text
    from extractor.reports.diff import format_value

    console.print(
        safe_text(
            Text(
                f"A {diff.a.id} ({diff.a.date or 'undated'})  →  B {diff.b.id} ({diff.b.date or 'undated'})",
                style="bold",
            )
        )
    )
    console.print(Text("Facts", style="bold underline"))
    any_fact = False
    for field_diff in diff.facts:
        for sign, style, changes, side in (
            ("+", "green", field_diff.added, "b"),
            ("-", "red", field_diff.removed, "a"),
        ):
            for change in changes:
                any_fact = True
                where = _where(change.places_b if side == "b" else change.places_a)
                line = Text(f"  {sign} {field_diff.field:<13} ", style=style)
                line.append(_fact_text(change.value), style=f"bold {style}")
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
        about = ", ".join(commitment.beneficiaries) or commitment.programme or commitment.purpose or commitment.id
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
        where = [f"{side} {_where([place])}" for side, place in (("A", change.place_a), ("B", change.place_b)) if place]
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
@json_flag
@click.option(
    "--html", "html_out", type=click.Path(dir_okay=False), default=None, help="Write a side-by-side HTML report."
)
@db_option
@password_option
@limits_options
@reading_options
@reports_errors
def diff_command(
    a: str,
    b: str,
    as_json: bool,
    html_out: str | None,
    db_path: str,
    password: str | None,
    timeout: float,
    max_memory: int,
    reading,
) -> None:
    """What changed from letter A to letter B (files, stored ids, id@version or dates)."""
    from extractor.reports.diff import diff_extractions

    extraction_a = _load(a, db_path, password, timeout, max_memory, reading)
    extraction_b = _load(b, db_path, password, timeout, max_memory, reading)
    diff = diff_extractions(extraction_a, extraction_b)
    if html_out:
        from extractor.reports.diff_html import render_diff_html

        with writing(html_out):
            Path(html_out).parent.mkdir(parents=True, exist_ok=True)
            Path(html_out).write_text(render_diff_html(diff, extraction_a, extraction_b), encoding="utf-8")
    if as_json:
        click.echo(diff.model_dump_json(indent=2))
        return
    from rich.console import Console

    from extractor.reports.diff import paragraphs_of

    print_diff(diff, Console(highlight=False), paragraphs_of(extraction_a), paragraphs_of(extraction_b))
    if html_out:
        click.echo(f"HTML report: {html_out}", err=True)


def print_timeline(timeline, console) -> None:
    """Print a Timeline as a rich table."""
    from rich.table import Table

    from extractor.escape import terminal_text
    from extractor.reports.timeline import money_by_currency

    # Text cells: a stored letter's id or a subject's name is never parsed as rich markup.
    table = Table(title=terminal_text(f"{timeline.label} ({timeline.kind} {timeline.subject})"))
    for column in ("letter", "date", "mentions", "money stated", "other amounts", "commitments"):
        table.add_column(column, overflow="fold")
    for point in timeline.points:
        money = ", ".join(format_money(v, c) for c, v in money_by_currency(point).items())
        other = ", ".join(amount_text(a) for a in point.amounts if a.kind != "money")
        commitments = "; ".join(
            f"{c.status} {', '.join(amount_text(a) for a in c.amounts)}".strip()
            + (f" by {c.deadline}" if c.deadline else "")
            for c in point.commitments
        )
        cells = (point.letter_id, point.date or "", point.mentions, money, other, commitments)
        table.add_row(*(terminal_text(cell) for cell in cells))
    console.print(table)


@main.command("timeline")
@click.option("--country", default=None, help="ISO 3166 code (TUN) or country name.")
@click.option("--programme", default=None, help="Programme name (or a word of it).")
@click.option("--organisation", default=None, help="Organisation name.")
@click.option("--route", default=None, help="Migration route name.")
@click.option(
    "--chart", "chart_out", type=click.Path(dir_okay=False), default=None, help="Write a chart (.png or .svg)."
)
@json_flag
@db_option
@reports_errors
def timeline_command(country, programme, organisation, route, chart_out, as_json, db_path) -> None:
    """A subject across all stored letters in date order: mentions, amounts, commitment statuses."""
    from extractor.escape import for_json
    from extractor.reports.timeline import build_timeline, write_chart
    from extractor.store.database import EXTRACTIONS_SCHEMA, Store

    given = {
        k: v
        for k, v in {"country": country, "programme": programme, "organisation": organisation, "route": route}.items()
        if v
    }
    if len(given) != 1:
        raise click.UsageError("give exactly one of --country, --programme, --organisation, --route")
    ((kind, subject),) = given.items()
    if chart_out and Path(chart_out).suffix.lower() not in (".png", ".svg"):
        raise click.BadParameter("the chart must be a .png or .svg file", param_hint="--chart")
    store = Store(db_path, readonly=True, min_schema=EXTRACTIONS_SCHEMA)
    try:
        timeline = build_timeline(store.iter_extractions(), kind, subject)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint=f"--{kind}") from None
    finally:
        store.close()
    if chart_out:
        try:
            with writing(chart_out):
                write_chart(timeline, chart_out)
        except ImportError as error:
            click.echo(f"letters: {error}", err=True)
            sys.exit(1)
    if as_json:
        click.echo(for_json(timeline.model_dump_json(indent=2)))
        return
    from rich.console import Console

    print_timeline(timeline, Console(highlight=False))
    if chart_out:
        click.echo(f"chart: {chart_out}", err=True)
