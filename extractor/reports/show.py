"""A letter as a self-contained web page: every entity highlighted (displaCy spans), its value on hover.

displaCy's span style draws overlapping spans ("EU-Turkey Statement" is a programme holding a
country) and escapes the token text, but it cannot carry hover text, and it puts span labels
and titles into the markup unescaped. So: labels are our own constants, nothing of the letter
goes into a title or label, and the hover text is added afterwards as an escaped ``title``
attribute on each highlighted token, found by a marker class our template alone can produce
(token text is escaped, so a letter cannot contain the marker's ``<``).
"""

from __future__ import annotations

import html
import re
from typing import Iterable

from extractor.records.sentences import context_text
from extractor.reference.money import amount_text, format_amount
from models.entities import Mention
from models.extraction import Extraction

SPANS_KEY = "letters"
# One colour per family, readable under black text.
FAMILY_COLOURS = {
    "COUNTRY": "#7aecec",
    "REGION": "#bfeeb7",
    "ORGANISATION": "#feca74",
    "PERSON": "#aa9cfc",
    "ROUTE": "#ff9561",
    "AMOUNT": "#e4e7d2",
    "DATE": "#bfe1d9",
    "PROGRAMME": "#f0d0ff",
}
DEFAULT_COLOUR = "#dddddd"
TOKEN_MARKER = '<span class="letters-token"'
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Words read by OCR with low confidence are wrapped in these private-use characters on their way
# through displaCy (which escapes token text but keeps them), then turned into <mark> elements.
# The letter's own copies of them are replaced first, so only ours ever become markup.
DOUBT_OPEN, DOUBT_CLOSE = "\ue000", "\ue001"
DOUBT_MARK = '<mark class="letters-doubtful" title="{title}">'
_DOUBT = re.compile(f"[{DOUBT_OPEN}{DOUBT_CLOSE}]")

# displaCy's span templates (spacy/displacy/templates.py) with our marker class on the token.
TEMPLATE_SPAN = (
    TOKEN_MARKER
    + """ style="font-weight: bold; display: inline-block; position: relative; height: {total_height}px;">
    {text}
    {span_slices}
    {span_starts}
</span>
"""
)
TEMPLATE_SLICE = """
<span style="background: {bg}; top: {top_offset}px; height: 4px; left: -1px; width: calc(100% + 2px); position: absolute;">
</span>
"""
TEMPLATE_START = """
<span style="background: {bg}; top: {top_offset}px; height: 4px; border-top-left-radius: 3px; border-bottom-left-radius: 3px; left: -1px; width: calc(100% + 2px); position: absolute;">
    <span style="background: {bg}; z-index: 10; color: #000; top: -0.5em; padding: 2px 3px; position: absolute; font-size: 0.6em; font-weight: bold; line-height: 1; border-radius: 3px">
        {label}{kb_link}
    </span>
</span>
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title>
<style>
body {{ font-family: -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }}
.letters-token {{ cursor: help; }}
.letters-part {{ color: #444; margin: 0.2rem 0; }}
.letters-legend span {{ display: inline-block; padding: 0.1rem 0.4rem; margin: 0.1rem; border-radius: 3px; font-size: 0.8em; }}
.letters-paragraph {{ margin: 0 0 1.5rem 0; }}
mark.letters-doubtful {{ background: none; text-decoration: underline wavy #d33; }}
table.letters-table {{ border-collapse: collapse; font-size: 0.85em; margin-bottom: 2rem; }}
table.letters-table th, table.letters-table td {{ border: 1px solid #ccc; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }}
</style>
</head>
<body>
<h1>{title}</h1>
{parts}
<p class="letters-legend">{legend}</p>
{paragraphs}
{commitments}
{route_ties}
</body>
</html>
"""


def mention_value(mention: Mention) -> str:
    """The normalised value a person sees on hover: "country: LBY", "amount: money EUR 675 million"."""
    if mention.amount is not None:
        amount = mention.amount
        value = f"{amount.kind} {amount_text(amount)}"
        if amount.upper is not None:
            value += f"–{format_amount(amount.kind, amount.upper, amount.currency)}"
        if amount.qualifier:
            value = f"{amount.qualifier} {value}"
        if amount.unit:
            value += f" ({amount.unit})"
    elif mention.date is not None:
        value = mention.date.edtf + (" (relative)" if mention.date.relative else "")
    else:
        value = mention.norm
    return f"{mention.type}: {value}"


def _paragraph_ranges(body: str) -> Iterable[tuple[int, int]]:
    start = 0
    for found in PARAGRAPH_BREAK.finditer(body):
        yield start, found.start()
        start = found.end()
    yield start, len(body)


def _pieces(text: str, cuts: set[int]) -> list[tuple[int, int]]:
    """Words of ``text`` (runs of non-space), cut where a span starts or ends inside one."""
    pieces = []
    for word in re.finditer(r"\S+", text):
        bounds = [word.start(), *sorted(c for c in cuts if word.start() < c < word.end()), word.end()]
        pieces += [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]
    return pieces


def _doubt_title(confidence: float) -> str:
    return f"read by OCR with confidence {confidence:.2f}"


def _plain_with_marks(text: str, doubtful: list[tuple[int, int, float]]) -> str:
    """A paragraph without entities: escaped text, its doubtful words in <mark>."""
    out, position = [], 0
    for start, end, confidence in doubtful:
        if start < position:
            continue
        out.append(html.escape(text[position:start]))
        title = html.escape(_doubt_title(confidence), quote=True)
        out.append(DOUBT_MARK.format(title=title) + html.escape(text[start:end]) + "</mark>")
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)


def _unsentinel(markup: str, titles: list[str]) -> str:
    """Our private-use sentinels in displaCy's markup turned into <mark> elements, titles in order."""
    pending = iter(titles)

    def mark(found: re.Match) -> str:
        if found.group(0) == DOUBT_CLOSE:
            return "</mark>"
        return DOUBT_MARK.format(title=html.escape(next(pending, ""), quote=True))

    return _DOUBT.sub(mark, markup)


def _render_paragraph(text: str, offset: int, mentions: list[Mention], doubtful=()) -> str:
    from spacy import displacy

    text = _DOUBT.sub("\ufffd", text)  # the letter's own sentinel characters never become markup
    doubts = [
        (max(start - offset, 0), min(end - offset, len(text)), confidence)
        for start, end, confidence in doubtful
        if start < offset + len(text) and end > offset
    ]
    inside = [
        (m.grounding.start - offset, m.grounding.end - offset, m)
        for m in mentions
        if m.grounding.start >= offset and m.grounding.end <= offset + len(text)
    ]
    if not inside:
        return f'<div class="letters-paragraph">{_plain_with_marks(text, doubts)}</div>'
    # displaCy's span style writes each token followed by one space; giving it words rather than
    # spaCy tokens keeps the letter's own spacing ("shifting." not "shifting .").
    cuts = {edge for start, end, _ in inside for edge in (start, end)}
    pieces = _pieces(text, cuts | {edge for start, end, _ in doubts for edge in (start, end)})
    doubt_of = {}
    for index, (a, b) in enumerate(pieces):
        doubt_of[index] = next((c for start, end, c in doubts if a >= start and b <= end), None)
    spans, hover = [], []
    for start, end, mention in inside:
        covered = [i for i, (a, b) in enumerate(pieces) if a >= start and b <= end]
        if covered:
            spans.append({"start_token": covered[0], "end_token": covered[-1] + 1, "label": mention.type.upper()})
            hover.append((covered[0], covered[-1] + 1, mention_value(mention)))
    tokens = [
        text[a:b] if doubt_of[i] is None else DOUBT_OPEN + text[a:b] + DOUBT_CLOSE for i, (a, b) in enumerate(pieces)
    ]
    doubt_titles = [_doubt_title(doubt_of[i]) for i in range(len(pieces)) if doubt_of[i] is not None]
    parsed = {"text": text, "tokens": tokens, "spans": spans}
    options = {
        "colors": FAMILY_COLOURS,
        "template": {"span": TEMPLATE_SPAN, "slice": TEMPLATE_SLICE, "start": TEMPLATE_START},
    }
    markup = displacy.render(parsed, style="span", options=options, page=False, jupyter=False, manual=True)
    # displaCy marks exactly the tokens that some span covers, in order.
    titles = []
    for index in range(len(pieces)):
        values = [value for first, last, value in hover if first <= index < last]
        if values:
            titles.append("\n".join(dict.fromkeys(values)))
    parts = markup.split(TOKEN_MARKER)
    if len(parts) - 1 != len(titles):
        # Should displaCy ever mark tokens otherwise, a plain paragraph beats misplaced hover values.
        return f'<div class="letters-paragraph">{_plain_with_marks(text, doubts)}</div>'
    out = [parts[0]]
    for title, part in zip(titles, parts[1:]):
        out.append(f'{TOKEN_MARKER} title="{html.escape(title, quote=True)}"{part}')
    return f'<div class="letters-paragraph">{_unsentinel("".join(out), doubt_titles)}</div>'


def _parts(extraction: Extraction) -> str:
    parts = extraction.letter.parts
    lines = []
    date = parts.date_text or (parts.date.isoformat() if parts.date else None)
    for label, value in (
        ("From", parts.letterhead),
        ("Place", parts.place),
        ("Date", date),
        ("Salutation", parts.salutation),
        ("Signed", parts.signatory),
        ("Title", parts.signatory_title),
    ):
        if value:
            lines.append(f'<p class="letters-part"><b>{label}:</b> {html.escape(value)}</p>')
    return "\n".join(lines)


def _legend(doubtful: bool = False) -> str:
    families = " ".join(
        f'<span style="background: {colour}">{family.lower()}</span>' for family, colour in FAMILY_COLOURS.items()
    )
    return families + (' <mark class="letters-doubtful">read by OCR with low confidence</mark>' if doubtful else "")


def _table(title: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{html.escape(cell)}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<h2>{html.escape(title)}</h2>\n<table class="letters-table"><tr>{head}</tr>{body}</table>'


def _commitments(extraction: Extraction) -> str:
    rows = []
    for commitment in extraction.commitments:
        amounts = "; ".join(
            amount_text(a) if a.kind == "money" else f"{a.kind} {amount_text(a)}" for a in commitment.amounts
        )
        rows.append(
            (
                amounts,
                commitment.actor or "",
                commitment.action or "",
                ", ".join(commitment.beneficiaries),
                commitment.status,
                commitment.modality,
                commitment.programme or "",
                commitment.deadline or "",
                context_text(extraction, commitment.evidence),
            )
        )
    header = ("amount", "actor", "action", "beneficiaries", "status", "modality", "programme", "deadline", "sentence")
    return _table("Commitments", header, rows)


def _route_ties(extraction: Extraction) -> str:
    rows = [(tie.route, tie.country, tie.role, context_text(extraction, tie.evidence)) for tie in extraction.route_ties]
    return _table("Countries tied to routes", ("route", "country", "role", "sentence"), rows)


def render_html(extraction: Extraction) -> str:
    """The letter as one HTML page, no external resources, every entity highlighted with its value on hover."""
    mentions = sorted(extraction.mentions, key=lambda m: (m.grounding.start, -m.grounding.end))
    doubtful = [(word.start, word.end, word.confidence) for word in extraction.low_confidence]
    paragraphs = [
        _render_paragraph(extraction.body[start:end], start, mentions, doubtful)
        for start, end in _paragraph_ranges(extraction.body)
        if extraction.body[start:end].strip()
    ]
    return PAGE.format(
        title=html.escape(extraction.letter.id),
        parts=_parts(extraction),
        legend=_legend(bool(doubtful)),
        paragraphs="\n".join(paragraphs),
        commitments=_commitments(extraction),
        route_ties=_route_ties(extraction),
    )
