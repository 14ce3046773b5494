"""The timeline's chart as inline SVG: money stated per currency on a true time axis.

Each letter stands at its date (the gap between two letters is the time between them, not one
step), each currency is its own line on its own scale, and a letter that states no sum of a
currency has no point on that line (no zeros where nothing was stated).
"""

from __future__ import annotations

import datetime as dt
from html import escape

from extractor.reference.money import format_money
from extractor.reports.timeline import money_by_currency
from models.diff import Timeline

WIDTH, HEIGHT = 900, 300
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 70, 20, 20, 40
# One colour per currency, in order of first appearance.
SERIES_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b")
POINT_RADIUS = 4


def money_series(timeline: Timeline) -> dict[str, list[tuple[dt.date, str, float]]]:
    """Per currency, the (date, letter, sum) of each dated letter that states money in that currency."""
    series: dict[str, list[tuple[dt.date, str, float]]] = {}
    for point in timeline.points:
        # point.money, as the table below the chart: a commitment's sum stated outside the sentences
        # that name the subject is money about it too (point.amounts alone left those letters off).
        if point.date is None:
            continue
        for currency, total in money_by_currency(point).items():
            series.setdefault(currency, []).append((point.date, point.letter_id, total))
    return series


def _x(day: dt.date, first: dt.date, last: dt.date) -> float:
    span = (last - first).days or 1
    return PAD_LEFT + (day - first).days / span * (WIDTH - PAD_LEFT - PAD_RIGHT)


def timeline_svg(timeline: Timeline) -> str:
    """The chart as an <svg> element (all text escaped), or an empty string when no letter states a sum."""
    series = money_series(timeline)
    # The axis spans the letters that say something about the subject, not every letter stored.
    days = [p.date for p in timeline.points if p.date is not None and (p.mentions or p.amounts or p.commitments)]
    if not series or not days:
        return ""
    first, last = min(days), max(days)
    if first == last:
        first, last = first - dt.timedelta(days=1), last + dt.timedelta(days=1)
    plot_height = HEIGHT - PAD_TOP - PAD_BOTTOM
    out = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(timeline.label)}: money stated per currency over time</title>",
        f'<line x1="{PAD_LEFT}" y1="{HEIGHT - PAD_BOTTOM}" x2="{WIDTH - PAD_RIGHT}" y2="{HEIGHT - PAD_BOTTOM}" stroke="#888"/>',
    ]
    for year in range(first.year, last.year + 2):
        tick = dt.date(year, 1, 1)
        if first <= tick <= last:
            x = _x(tick, first, last)
            out.append(f'<line x1="{x:.1f}" y1="{PAD_TOP}" x2="{x:.1f}" y2="{HEIGHT - PAD_BOTTOM}" stroke="#eee"/>')
            out.append(f'<text x="{x:.1f}" y="{HEIGHT - PAD_BOTTOM + 16}" text-anchor="middle">{year}</text>')
    for index, (currency, points) in enumerate(sorted(series.items(), key=lambda item: -len(item[1]))):
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        top = max(total for _, _, total in points) or 1.0
        coords = []
        for day, letter, total in points:
            x = _x(day, first, last)
            y = PAD_TOP + plot_height * (1 - total / top)
            coords.append((x, y))
            label = f"{letter} {day.isoformat()}: {format_money(total, currency)}"
            out.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{POINT_RADIUS}" fill="{colour}"><title>{escape(label)}</title></circle>'
            )
        if len(coords) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
            out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="1.5"/>')
        legend = f"{currency} (max {format_money(top, currency)})"
        out.append(f'<text x="{PAD_LEFT + 8}" y="{PAD_TOP + 14 + 16 * index}" fill="{colour}">{escape(legend)}</text>')
    out.append("</svg>")
    return "\n".join(out)
