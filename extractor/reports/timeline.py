"""A subject (country, programme, organisation, route) across stored letters in date order.

For each letter: how often the subject is mentioned, the amounts stated in the sentences that name
it, and the commitments about it with their status. Does not import spaCy or pdfplumber.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Iterable

from extractor.reference import countries
from extractor.reference.families import TIMELINE_FAMILIES
from models.diff import (
    MoneySum,
    Timeline,
    TimelineCommitment,
    TimelineCurrency,
    TimelinePoint,
)
from models.extraction import Extraction

# How money without a named currency is keyed while adding up (it stays None in the records).
NO_CURRENCY = ""
CHART_FORMATS = (".png", ".svg")
DEFAULT_CHART_SIZE = (9.0, 5.5)
DEFAULT_CHART_DPI = 120
CHART_MONEY_UNIT, CHART_MONEY_UNIT_NAME = 1e6, "millions"
# A mention bar is this share of the time the letters span wide, so that letters days apart stay apart.
CHART_BAR_SHARE = 0.01


def _key(name: str) -> str:
    text = re.sub(r"[^\w\s]", " ", (name or "").lower())
    return re.sub(r"^the\s+", "", " ".join(text.split()))


def resolve_country(value: str) -> tuple[str, str]:
    """ISO 3166 alpha-3 and name of a country given by code, name or demonym; ValueError if unknown."""
    code = countries.country_code(value)
    if code is None:
        raise ValueError(f"no country called {value!r} (give an ISO 3166 code such as TUN, or a name)")
    # A code outside ISO 3166 that the entity finder uses (Kosovo's XKX) keeps the name given.
    return code, countries.country_name(code) or re.sub(r"^the\s+", "", " ".join(value.split()), flags=re.IGNORECASE)


def _matches(kind: str, subject: str, norm: str) -> bool:
    if kind == "country":
        return norm.upper() == subject
    key, wanted = _key(norm), _key(subject)
    # A shorter name given by the user ("Pact") matches the fuller names that contain it.
    return key == wanted or f" {wanted} " in f" {key} "


def _about(kind: str, subject: str, commitment, sentences: set[int]) -> bool:
    if commitment.evidence.sentence in sentences:
        return True
    if kind == "country":
        return subject in commitment.beneficiaries
    if kind == "programme":
        return bool(commitment.programme) and _matches(kind, subject, commitment.programme)
    if kind == "organisation":
        return bool(commitment.actor) and _matches(kind, subject, commitment.actor)
    return any(_matches(kind, subject, region) for region in commitment.regions)


def timeline_point(extraction: Extraction, kind: str, subject: str) -> TimelinePoint:
    """One letter's mentions, amounts and commitments about the subject."""
    # The words as written count too: a user may type "World Food Programme" where the canonical
    # name is "WFP".
    hits = [
        m
        for m in extraction.mentions
        if m.type == kind
        and (_matches(kind, subject, m.norm) or (kind != "country" and _matches(kind, subject, m.text)))
    ]
    sentences = {m.grounding.sentence for m in hits}
    amounts = [
        m.amount
        for m in extraction.mentions
        if m.type == "amount" and m.amount is not None and m.grounding.sentence in sentences
    ]
    about = [c for c in extraction.commitments if _about(kind, subject, c, sentences)]
    commitments = [TimelineCommitment(id=c.id, status=c.status, amounts=c.amounts, deadline=c.deadline) for c in about]
    # A commitment's sum stated in a sentence that names the subject is already among the amounts.
    money = amounts + [a for c in about if c.evidence.sentence not in sentences for a in c.amounts]
    return TimelinePoint(
        letter_id=extraction.letter.id,
        date=extraction.letter.date,
        mentions=len(hits),
        amounts=amounts,
        commitments=commitments,
        money=add_money([money]),
    )


def add_money(groups: Iterable[list]) -> list[MoneySum]:
    """Money amounts added up per currency (largest sum first)."""
    sums: dict[str, list] = {}
    for group in groups:
        for amount in group:
            if amount.kind == "money":
                total = sums.setdefault(amount.currency or NO_CURRENCY, [0.0, 0])
                total[0] += amount.value
                total[1] += 1
    found = [MoneySum(currency=c or None, value=v, amounts=n) for c, (v, n) in sums.items()]
    return sorted(found, key=lambda m: (-m.value, m.currency or ""))


def currencies(points: list[TimelinePoint]) -> list[TimelineCurrency]:
    """Each currency across the points (in their order): letters, amounts, first, last and largest sum."""
    found: dict[str, list[MoneySum]] = {}
    for point in points:
        for money in point.money:
            found.setdefault(money.currency or NO_CURRENCY, []).append(money)
    summaries = [
        TimelineCurrency(
            currency=sums[0].currency,
            letters=len(sums),
            amounts=sum(m.amounts for m in sums),
            first=sums[0].value,
            last=sums[-1].value,
            largest=max(m.value for m in sums),
        )
        for sums in found.values()
    ]
    return sorted(summaries, key=lambda c: (-c.letters, -c.largest, c.currency or ""))


def with_days(points: list[TimelinePoint]) -> list[TimelinePoint]:
    """The points with their place on a true time axis: days after the first dated letter."""
    dates = [p.date for p in points if p.date is not None]
    first = min(dates) if dates else None
    return [p.model_copy(update={"days": (p.date - first).days if p.date and first else None}) for p in points]


def states_nothing(point: TimelinePoint) -> bool:
    """True when a letter neither names the subject nor states money, an amount or a commitment about it."""
    return not (point.mentions or point.money or point.amounts or point.commitments)


def build_timeline(extractions: Iterable[Extraction], kind: str, subject: str) -> Timeline:
    """The subject's timeline across the letters given (in the order given: the store's date order)."""
    if kind not in TIMELINE_FAMILIES:
        raise ValueError(f"unknown subject kind {kind!r}; one of {', '.join(TIMELINE_FAMILIES)}")
    label = subject
    if kind == "country":
        subject, label = resolve_country(subject)
    names: Counter = Counter()
    points = []
    for extraction in extractions:
        points.append(timeline_point(extraction, kind, subject))
        if kind != "country":
            names.update(
                m.norm
                for m in extraction.mentions
                if m.type == kind and (_matches(kind, subject, m.norm) or _matches(kind, subject, m.text))
            )
    if names:
        label = names.most_common(1)[0][0]
    points = with_days(points)
    return Timeline(kind=kind, subject=subject, label=label, points=points, currencies=currencies(points))


def money_by_currency(point: TimelinePoint) -> dict[str, float]:
    """The money of one point, per currency ("?" when none is named)."""
    return {m.currency or "?": m.value for m in point.money}


def write_chart(timeline: Timeline, out: str | Path) -> Path:
    """Draw the timeline's chart to a PNG or SVG (needs the `chart` extra)."""
    out = Path(out)
    if out.suffix.lower() not in CHART_FORMATS:
        raise ValueError(f"{out}: the chart must be .png or .svg")
    figure = draw_chart(timeline)
    import matplotlib.pyplot as plt

    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=DEFAULT_CHART_DPI)
    plt.close(figure)
    return out


def draw_chart(timeline: Timeline):
    """A matplotlib figure: money per currency and mentions on a true time axis (dates at their real spacing)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.dates as mdates
        import matplotlib.pyplot as plt
    except ImportError:
        raise ImportError("the chart needs matplotlib: pip install 'policy-letters[chart]'") from None
    dated = [p for p in timeline.points if p.date is not None]
    undated = len(timeline.points) - len(dated)
    figure, (top, bottom) = plt.subplots(2, 1, figsize=DEFAULT_CHART_SIZE, sharex=True)
    # Each currency is its own series, drawn only where a letter states it: no zero for a letter that is silent.
    for money in timeline.currencies:
        currency = money.currency or "?"
        stated = [(p.date, money_by_currency(p)[currency]) for p in dated if currency in money_by_currency(p)]
        if stated:
            # Stems, not a line: nothing is stated between two letters.
            dates, values = zip(*[(d, v / CHART_MONEY_UNIT) for d, v in stated])
            (marks,) = top.plot(dates, values, linestyle="none", marker="o", label=currency)
            top.vlines(dates, 0, values, color=marks.get_color())
    top.set_ylabel(f"money stated ({CHART_MONEY_UNIT_NAME})")
    top.set_ylim(bottom=0)
    if timeline.currencies:
        top.legend()
    else:
        top.text(0.5, 0.5, "no money stated", ha="center", va="center", transform=top.transAxes)
    named = [p for p in dated if p.mentions]
    if named:
        bottom.bar([p.date for p in named], [p.mentions for p in named], width=_bar_days(dated), color="#4c72b0")
    # A letter that does not name the subject is a mark on the axis, not a bar of height zero.
    silent = [p.date for p in dated if not p.mentions]
    if silent:
        bottom.plot(silent, [0] * len(silent), linestyle="none", marker="|", markersize=12, color="#999999")
    bottom.set_ylabel("mentions")
    bottom.set_ylim(bottom=0)
    locator = mdates.AutoDateLocator()
    bottom.xaxis.set_major_locator(locator)
    bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    title = f"{timeline.label} ({timeline.kind}) across {len(timeline.points)} letter(s)"
    if undated:
        title += f"; {undated} undated letter(s) not drawn"
    figure.suptitle(title)
    figure.tight_layout()
    return figure


def _bar_days(dated: list[TimelinePoint]) -> float:
    """A bar's width in days: a small share of the time the letters span, at least one day."""
    if len(dated) < 2:
        return 1.0
    span = (max(p.date for p in dated) - min(p.date for p in dated)).days
    return max(1.0, span * CHART_BAR_SHARE)
