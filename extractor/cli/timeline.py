"""`letters timeline`: a subject across the stored letters, on a true time axis, with money per currency."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import click

from extractor.cli.base import main, reports_errors, writing
from extractor.cli.options import db_option, output_format
from extractor.cli.output import AMOUNT_FIELDS, Column, amount_cells, print_csv, print_json, print_table
from extractor.reference.money import amount_text, format_money

# The time axis drawn above the table: at most this wide, and this far in from the terminal's edges.
AXIS_MAX_WIDTH = 60
AXIS_MARGIN = 26
# On the axis: a letter naming the subject, one that does not, several letters in one cell.
MARK_NAMED, MARK_SILENT = "●", "○"
AXIS_LINE = "─"
CSV_FIELDS = ["letter_id", "date", "days", "mentions", "commitments", "statuses", *AMOUNT_FIELDS]
TABLE_COLUMNS = [
    Column("letter", "date, letter"),
    Column("after", "+days", "number"),
    Column("mentions", "mentions", "number"),
    Column("money", "money", "number"),
    Column("other", "other"),
    Column("commitments", "commitments", "text"),
]


def axis_line(points, width: int) -> str:
    """The dated letters placed by their real spacing on one line ``width`` characters wide."""
    from extractor.reports.timeline import states_nothing

    dated = [p for p in points if p.days is not None]
    span = max((p.days for p in dated), default=0)
    cells = [AXIS_LINE] * width
    for point in dated:
        at = round(point.days / span * (width - 1)) if span else 0
        # A cell holding several letters shows whether any of them names the subject.
        if not states_nothing(point) or cells[at] != MARK_NAMED:
            cells[at] = MARK_SILENT if states_nothing(point) else MARK_NAMED
    return "".join(cells)


def _money_cell(point) -> str:
    # One sum a line: a number column never wraps inside a sum.
    return "\n".join(format_money(m.value, m.currency, compact=True) for m in point.money)


def _table_rows(timeline) -> list[dict]:
    from extractor.reports.timeline import states_nothing

    rows, previous = [], None
    for point in timeline.points:
        if states_nothing(point):
            continue  # on the axis as a mark, not a row of blanks and zeros
        after = "" if point.days is None or previous is None else f"+{point.days - previous}"
        previous = point.days if point.days is not None else previous
        commitments = "; ".join(
            f"{c.status} {', '.join(amount_text(a, compact=True) for a in c.amounts)}".strip()
            + (f" by {c.deadline}" if c.deadline else "")
            for c in point.commitments
        )
        rows.append(
            {
                "letter": f"{point.date or 'undated'} {point.letter_id}",
                "after": after,
                "mentions": str(point.mentions),
                "money": _money_cell(point),
                "other": ", ".join(amount_text(a, compact=True) for a in point.amounts if a.kind != "money"),
                "commitments": commitments,
            }
        )
    return rows


def currencies_lines(timeline) -> list[str]:
    """Money per currency across the letters, one line each, or that none is stated (never both)."""
    if not timeline.currencies:
        return [f"no money stated about {timeline.label} in {len(timeline.points)} letter(s)"]
    lines = [f"money stated about {timeline.label}, per currency (a sum restated in a later letter is not added):"]
    for c in timeline.currencies:
        first, last, largest = (format_money(v, c.currency, compact=True) for v in (c.first, c.last, c.largest))
        change = first if c.letters == 1 else f"{first} → {last}"
        lines.append(f"  {change} in {c.letters} letter(s); at most {largest} in one letter")
    return lines


def nothing_named(timeline) -> Optional[str]:
    """What a timeline with nothing to list says instead (no letter stored, or none naming the subject), else None."""
    from extractor.escape import for_terminal
    from extractor.reports.timeline import states_nothing

    if not timeline.points:
        return "no letter stored"
    if all(states_nothing(p) for p in timeline.points):
        return for_terminal(f"no stored letter names {timeline.label} ({len(timeline.points)} letter(s) read)")
    return None


def print_timeline(timeline, console) -> None:
    """Print a Timeline for a person: the time axis, one row per letter, the money per currency."""
    from rich.text import Text

    from extractor.escape import terminal_text
    from extractor.reports.timeline import states_nothing

    said = nothing_named(timeline)
    if said:
        click.echo(said, err=True)
        return
    console.print(terminal_text(f"{timeline.label} ({timeline.kind} {timeline.subject})", style="bold"))
    dated = [p for p in timeline.points if p.date is not None]
    if len(dated) > 1:
        width = max(10, min(AXIS_MAX_WIDTH, console.width - AXIS_MARGIN))
        line = Text(f"{dated[0].date} ")
        line.append(axis_line(timeline.points, width))
        line.append(f" {dated[-1].date}")
        console.print(line)
        console.print(
            Text(
                f"{MARK_NAMED} a letter naming it  {MARK_SILENT} only letters that do not  (dates at their real spacing)"
            ),
            style="dim",
        )
    print_table(TABLE_COLUMNS, _table_rows(timeline), console=console)
    silent = sum(1 for p in timeline.points if states_nothing(p))
    if silent:
        console.print(
            terminal_text(
                f"{silent} letter(s) that do not name {timeline.label}: {MARK_SILENT} on the axis, not listed"
            ),
            style="dim",
        )
    undated = len(timeline.points) - len(dated)
    if undated:
        click.echo(f"{undated} undated letter(s): listed, not on the time axis", err=True)
    for line in currencies_lines(timeline):
        console.print(terminal_text(line))


def csv_rows(timeline) -> list[dict]:
    """One line per currency (the letter's money summed) and per other amount, for each letter that names the subject."""
    from extractor.reports.timeline import states_nothing

    rows = []
    for point in timeline.points:
        if states_nothing(point):
            continue  # as in the table: a letter that does not name the subject is no row of zeros
        base = {
            "letter_id": point.letter_id,
            "date": point.date,
            "days": point.days,
            "mentions": point.mentions,
            "commitments": len(point.commitments),
            "statuses": [c.status for c in point.commitments],
        }
        amounts = [{"value": m.value, "currency": m.currency, "kind": "money"} for m in point.money]
        amounts += [a for a in point.amounts if a.kind != "money"]
        rows += [{**base, **amount_cells(a)} for a in amounts] or [{**base, **amount_cells(None)}]
    return rows


@main.command("timeline")
@click.option("--country", default=None, help="ISO 3166 code (TUN) or country name.")
@click.option("--programme", default=None, help="Programme name (or a word of it).")
@click.option("--organisation", default=None, help="Organisation name.")
@click.option("--route", default=None, help="Migration route name.")
@click.option(
    "--chart", "chart_out", type=click.Path(dir_okay=False), default=None, help="Write a chart (.png or .svg)."
)
@output_format()
@db_option
@reports_errors
def timeline_command(country, programme, organisation, route, chart_out, fmt, db_path) -> None:
    """A subject across all stored letters on a true time axis: mentions, money per currency, commitments."""
    from extractor.api import Store
    from extractor.errors import BadValue
    from extractor.reports.timeline import write_chart

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
    with Store(db_path) as store:
        try:
            timeline = store.timeline(**{kind: subject}).result
        except BadValue as error:
            raise click.BadParameter(error.details["reason"], param_hint=f"--{kind}") from None
    if chart_out:
        try:
            with writing(chart_out):
                write_chart(timeline, chart_out)
        except ImportError as error:
            click.echo(f"letters: {error}", err=True)
            sys.exit(1)
    if fmt == "json":
        # The JSON keeps every letter as a point: the axis a chart is drawn on, silent letters included.
        print_json(timeline)
    elif fmt == "csv":
        print_csv(CSV_FIELDS, csv_rows(timeline))
    else:
        from rich.console import Console

        print_timeline(timeline, Console(highlight=False))
    # The table says it itself; the machine forms say it on stderr, as every empty listing does.
    said = nothing_named(timeline) if fmt != "table" else None
    if said:
        click.echo(said, err=True)
    if chart_out:
        click.echo(f"chart: {chart_out}", err=True)
