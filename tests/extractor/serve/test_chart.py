"""The timeline's chart: each letter at its date on a true time axis, a point only where a sum is stated."""

from __future__ import annotations

import datetime as dt
import re

from extractor.serve.chart import PAD_LEFT, PAD_RIGHT, WIDTH, money_series, timeline_svg
from models.diff import MoneySum, Timeline, TimelinePoint
from models.entities import AmountValue


def point(letter: str, day: str, money: dict[str, float], in_sentence: bool = True) -> TimelinePoint:
    """A letter naming the subject once; its money stated in the subject's sentences, or only by a commitment."""
    sums = [MoneySum(currency=c, value=v, amounts=1) for c, v in money.items()]
    amounts = [AmountValue(kind="money", value=v, currency=c) for c, v in money.items()] if in_sentence else []
    return TimelinePoint(letter_id=letter, date=dt.date.fromisoformat(day), mentions=1, amounts=amounts, money=sums)


def circles(svg: str) -> list[tuple[float, str]]:
    """(x, title) of each point drawn."""
    return [(float(x), title) for x, title in re.findall(r'<circle cx="([\d.]+)"[^>]*><title>([^<]*)</title>', svg)]


TIMELINE = Timeline(
    kind="country",
    subject="TUN",
    label="Tunisia",
    points=[
        point("a", "2020-01-01", {"EUR": 10e6}),
        # Ten days later, then almost two years: evenly spaced points would hide that.
        point("b", "2020-01-11", {"EUR": 20e6, "USD": 5e6}),
        point("c", "2021-12-31", {"USD": 7e6}, in_sentence=False),
        # Names the subject, states no sum: no point, on any line.
        point("d", "2022-06-30", {}),
    ],
)


def test_each_letter_stands_at_its_date():
    svg = timeline_svg(TIMELINE)
    xs = {title.split()[0]: x for x, title in circles(svg)}
    first, last = dt.date(2020, 1, 1), dt.date(2022, 6, 30)
    span = WIDTH - PAD_LEFT - PAD_RIGHT
    for letter, day in (("a", "2020-01-01"), ("b", "2020-01-11"), ("c", "2021-12-31")):
        expected = PAD_LEFT + (dt.date.fromisoformat(day) - first).days / (last - first).days * span
        assert abs(xs[letter] - expected) < 0.1, letter
    # The gaps are as the days between the letters, not one step each.
    assert (xs["c"] - xs["b"]) > 50 * (xs["b"] - xs["a"])


def test_a_point_only_where_a_letter_states_a_sum_in_that_currency():
    svg = timeline_svg(TIMELINE)
    drawn = sorted(title.split(":")[0] for _, title in circles(svg))
    # a: EUR; b: EUR and USD; c: USD (a commitment's sum stated outside the subject's sentences); d: none.
    assert drawn == ["a 2020-01-01", "b 2020-01-11", "b 2020-01-11", "c 2021-12-31"]
    series = money_series(TIMELINE)
    assert {c: [letter for _, letter, _ in points] for c, points in series.items()} == {
        "EUR": ["a", "b"],
        "USD": ["b", "c"],
    }
    assert all(value > 0 for points in series.values() for _, _, value in points)


def test_no_chart_when_no_letter_states_a_sum():
    quiet = TIMELINE.model_copy(update={"points": [point("d", "2022-06-30", {})]})
    assert timeline_svg(quiet) == ""


def test_letter_text_in_the_chart_is_escaped():
    hostile = TIMELINE.model_copy(update={"label": "<script>x</script>"})
    svg = timeline_svg(hostile)
    assert "<script>" not in svg and "&lt;script&gt;" in svg
