"""A subject (country, programme, organisation, route) across stored letters in date order.

For each letter: how often the subject is mentioned, the amounts stated in the sentences that name
it, and the commitments about it with their status. Does not import spaCy or pdfplumber.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Iterable, get_args

from extractor.reference import countries
from models.diff import Timeline, TimelineCommitment, TimelinePoint, TimelineSubjectKind
from models.extraction import Extraction

SUBJECT_KINDS = get_args(TimelineSubjectKind)
CHART_FORMATS = (".png", ".svg")
DEFAULT_CHART_SIZE = (9.0, 5.5)
DEFAULT_CHART_DPI = 120


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
    commitments = [
        TimelineCommitment(id=c.id, status=c.status, amounts=c.amounts, deadline=c.deadline)
        for c in extraction.commitments
        if _about(kind, subject, c, sentences)
    ]
    return TimelinePoint(
        letter_id=extraction.letter.id,
        date=extraction.letter.date,
        mentions=len(hits),
        amounts=amounts,
        commitments=commitments,
    )


def build_timeline(extractions: Iterable[Extraction], kind: str, subject: str) -> Timeline:
    """The subject's timeline across the letters given (in the order given: the store's date order)."""
    if kind not in SUBJECT_KINDS:
        raise ValueError(f"unknown subject kind {kind!r}; one of {', '.join(SUBJECT_KINDS)}")
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
    return Timeline(kind=kind, subject=subject, label=label, points=points)


def money_by_currency(point: TimelinePoint) -> dict[str, float]:
    """Sum of the money amounts of one point, per currency."""
    sums: dict[str, float] = {}
    for amount in point.amounts:
        if amount.kind == "money":
            sums[amount.currency or "?"] = sums.get(amount.currency or "?", 0.0) + amount.value
    return sums


def write_chart(timeline: Timeline, out: str | Path) -> Path:
    """Draw money stated and mention counts over time to a PNG or SVG (needs the `chart` extra)."""
    out = Path(out)
    if out.suffix.lower() not in CHART_FORMATS:
        raise ValueError(f"{out}: the chart must be .png or .svg")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise ImportError("the chart needs matplotlib: pip install 'policy-letters[chart]'") from None
    labels = [str(p.date) if p.date else p.letter_id for p in timeline.points]
    positions = list(range(len(timeline.points)))
    figure, (top, bottom) = plt.subplots(2, 1, figsize=DEFAULT_CHART_SIZE, sharex=True)
    currencies = sorted({c for p in timeline.points for c in money_by_currency(p)})
    for currency in currencies:
        values = [money_by_currency(p).get(currency, 0.0) / 1e6 for p in timeline.points]
        top.plot(positions, values, marker="o", label=currency)
    top.set_ylabel("money stated (millions)")
    if currencies:
        top.legend()
    else:
        top.text(0.5, 0.5, "no money stated", ha="center", va="center", transform=top.transAxes)
    bottom.bar(positions, [p.mentions for p in timeline.points], color="#4c72b0")
    bottom.set_ylabel("mentions")
    bottom.set_xticks(positions)
    bottom.set_xticklabels(labels, rotation=30, ha="right")
    figure.suptitle(f"{timeline.label} ({timeline.kind}) across {len(positions)} letter(s)")
    figure.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=DEFAULT_CHART_DPI)
    plt.close(figure)
    return out
