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
from typing import Iterable, NamedTuple

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
# Markdown emphasis in a letter's text: **strong** first, then *em*; a delimiter touches its words.
EMPHASIS = (
    ("strong", re.compile(r"(?<![*\\])\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*(?!\*)", re.S)),
    ("em", re.compile(r"(?<![*\w\\])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])", re.S)),
)
EMPHASIS_BLANK = "\x00"
# Private-use characters that stand, inside displaCy's tokens, for what displaCy cannot write: the
# space (or none) after a token, and emphasis. A letter holding one is shown unrendered.
SPACE_AFTER, JOINED = "\uf8f0", "\uf8f1"
SENTINEL_OPEN = {"strong": "\uf8f2", "em": "\uf8f3", "mark": "\ue000"}
SENTINEL_CLOSE = {"strong": "\uf8f4", "em": "\uf8f5", "mark": "\ue001"}
# The reader's styles (a text letter's markdown emphasis, a PDF's fonts) as the page writes them;
# "doubtful" marks the words read by OCR with low confidence (the extraction's low_confidence).
STYLE_TAGS = {"italic": "em", "bold": "strong", "doubtful": "mark"}
# How each tag is opened on the page: a doubtful word says so on hover.
OPEN_TAGS = {
    "strong": "<strong>",
    "em": "<em>",
    "mark": '<mark class="letters-doubtful" title="read by OCR with low confidence">',
}
SENTINELS = (SPACE_AFTER, JOINED, *SENTINEL_OPEN.values(), *SENTINEL_CLOSE.values())
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")

# displaCy's span templates (spacy/displacy/templates.py) with our marker class on the token.
# The token's text comes last and nothing follows the closing tag, so that the space after a token
# is the letter's own (none before "." or ","), written by _spaced.
TEMPLATE_SPAN = (
    TOKEN_MARKER
    + """ style="font-weight: bold; display: inline-block; position: relative; height: {total_height}px;">"""
    + """{span_slices}{span_starts}{text}</span>"""
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


class DoubtfulWord(NamedTuple):
    """A body word read by OCR with low confidence, styled as the reader's spans are."""

    start: int
    end: int
    style: str = "doubtful"


# The page's styles, also used where the letter is shown inside another page (letters serve).
STYLE = """
body { font-family: -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
.letters-token { cursor: help; }
.letters-part { color: #444; margin: 0.2rem 0; }
.letters-legend span { display: inline-block; padding: 0.1rem 0.4rem; margin: 0.1rem; border-radius: 3px; font-size: 0.8em; }
.letters-paragraph { margin: 0 0 1.5rem 0; }
mark.letters-doubtful { background: none; text-decoration: underline wavy #d33; }
table.letters-table { border-collapse: collapse; font-size: 0.85em; margin-bottom: 2rem; }
table.letters-table th, table.letters-table td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<h1>{title}</h1>
{fragment}
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


def emphasis_runs(text: str, protected: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int, int, int, str]]:
    """Markdown emphasis in ``text``: (open start, open end, close start, close end, tag), strong before em.

    A run whose delimiter stands inside a protected range (a highlighted mention) is left as written.
    """
    protected = list(protected)

    def free(at: int, end: int) -> bool:
        return not any(start < end and at < stop for start, stop in protected)

    runs, blanked = [], text
    for tag, pattern in EMPHASIS:
        for found in pattern.finditer(blanked):
            opens, closes = (found.start(), found.start(1)), (found.end(1), found.end())
            inside = (opens[1], closes[0])
            # An em that crosses a strong's edge is not emphasis ("**a *b** c*").
            crossing = any((o0 < inside[0] < c1) != (o0 < inside[1] < c1) for o0, _, _, c1, _ in runs)
            if free(*opens) and free(*closes) and not crossing:
                runs.append((*opens, *closes, tag))
        for o0, o1, c0, c1, _ in runs:
            # Blank the strong delimiters so that the em pattern does not read them as two ems.
            blanked = (
                blanked[:o0] + EMPHASIS_BLANK * (o1 - o0) + blanked[o1:c0] + EMPHASIS_BLANK * (c1 - c0) + blanked[c1:]
            )
    return runs


def _pieces(text: str, cuts: set[int]) -> list[tuple[int, int]]:
    """Words of ``text`` (runs of non-space), cut where a span starts or ends inside one."""
    pieces = []
    for word in re.finditer(r"\S+", text):
        bounds = [word.start(), *sorted(c for c in cuts if word.start() < c < word.end()), word.end()]
        pieces += [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]
    return pieces


def _token_texts(text: str, pieces: list[tuple[int, int]], runs, styled=()) -> list[str]:
    """Each piece as it is written into the page, before escaping: emphasis marks and the space after it as sentinels.

    A delimiter of a run is written as nothing; a piece inside runs is wrapped in their sentinels
    (each piece on its own, so that no tag ever straddles a highlighted token's markup).
    """
    hidden = {(o0, o1) for o0, o1, _, _, _ in runs} | {(c0, c1) for _, _, c0, c1, _ in runs}
    tokens = []
    for start, end in pieces:
        spaced = SPACE_AFTER if end < len(text) and text[end].isspace() else JOINED
        if any(h0 <= start and end <= h1 for h0, h1 in hidden):
            tokens.append(spaced)
            continue
        tags = [tag for o0, o1, c0, c1, tag in runs if o1 <= start and end <= c0]
        tags += [tag for s0, s1, tag in styled if s0 <= start and end <= s1 and tag not in tags]
        opens = "".join(SENTINEL_OPEN[tag] for tag in tags)
        closes = "".join(SENTINEL_CLOSE[tag] for tag in reversed(tags))
        tokens.append(opens + text[start:end] + closes + spaced)
    return tokens


def _spaced(markup: str) -> str:
    """The page's markup with the sentinels made HTML: the letter's own spaces, emphasis as <em>/<strong>."""
    # A plain token is written by displaCy as its text and one space; a highlighted one ends its box.
    markup = markup.replace(SPACE_AFTER + " ", " ").replace(JOINED + " ", "")
    markup = markup.replace(SPACE_AFTER + "</span>", "</span> ").replace(JOINED + "</span>", "</span>")
    markup = markup.replace(SPACE_AFTER, " ").replace(JOINED, "")
    for tag in SENTINEL_OPEN:
        markup = markup.replace(SENTINEL_OPEN[tag], OPEN_TAGS[tag]).replace(SENTINEL_CLOSE[tag], f"</{tag}>")
    return markup


def _styled(styles, offset: int, length: int) -> list[tuple[int, int, str]]:
    """The letter's style spans within one paragraph, as (start, end, tag) relative to it."""
    return [
        (max(s.start - offset, 0), min(s.end - offset, length), STYLE_TAGS[s.style])
        for s in styles
        if s.start < offset + length and s.end > offset and s.style in STYLE_TAGS
    ]


def _plain_paragraph(text: str, styled=()) -> str:
    runs = emphasis_runs(text)
    cuts = {edge for run in runs for edge in run[:4]} | {edge for s0, s1, _ in styled for edge in (s0, s1)}
    tokens = _token_texts(text, _pieces(text, cuts), runs, styled)
    return f'<div class="letters-paragraph">{_spaced(html.escape("".join(tokens), quote=False))}</div>'


def _render_paragraph(text: str, offset: int, mentions: list[Mention], styles=()) -> str:
    from spacy import displacy

    styled = _styled(styles, offset, len(text))
    inside = [
        (m.grounding.start - offset, m.grounding.end - offset, m)
        for m in mentions
        if m.grounding.start >= offset and m.grounding.end <= offset + len(text)
    ]
    if any(ch in text for ch in SENTINELS):
        # The letter holds one of our private marks: show it as plain escaped text rather than guess.
        return f'<div class="letters-paragraph">{html.escape(text)}</div>'
    if not inside:
        return _plain_paragraph(text, styled)
    runs = emphasis_runs(text, [(start, end) for start, end, _ in inside])
    cuts = {edge for start, end, _ in inside for edge in (start, end)} | {edge for run in runs for edge in run[:4]}
    cuts |= {edge for s0, s1, _ in styled for edge in (s0, s1)}
    # displaCy's span style writes each token followed by one space; giving it words rather than
    # spaCy tokens, and the space after each as a sentinel, keeps the letter's own spacing
    # ("shifting." not "shifting .").
    pieces = _pieces(text, cuts)
    spans, hover = [], []
    for start, end, mention in inside:
        covered = [i for i, (a, b) in enumerate(pieces) if a >= start and b <= end]
        if covered:
            spans.append({"start_token": covered[0], "end_token": covered[-1] + 1, "label": mention.type.upper()})
            hover.append((covered[0], covered[-1] + 1, mention_value(mention)))
    parsed = {"text": text, "tokens": _token_texts(text, pieces, runs, styled), "spans": spans}
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
        return _plain_paragraph(text, styled)
    out = [parts[0]]
    for title, part in zip(titles, parts[1:]):
        out.append(f'{TOKEN_MARKER} title="{html.escape(title, quote=True)}"{part}')
    return f'<div class="letters-paragraph">{_spaced("".join(out))}</div>'


def with_emphasis(text: str) -> str:
    """Text escaped for HTML, then its markdown emphasis (*…*, **…**) as <em> and <strong>."""
    runs = emphasis_runs(text)
    out, at = [], 0
    edges = sorted(
        [(o0, o1, f"<{tag}>") for o0, o1, _, _, tag in runs] + [(c0, c1, f"</{tag}>") for _, _, c0, c1, tag in runs]
    )
    for start, end, tag in edges:
        out += [html.escape(text[at:start]), tag]
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def _parts(extraction: Extraction) -> str:
    from extractor.records.addressee import addressee

    parts = extraction.letter.parts
    lines = []
    date = parts.date_text or (parts.date.isoformat() if parts.date else None)
    for label, value in (
        ("From", parts.letterhead),
        ("Place", parts.place),
        ("Date", date),
        ("To", addressee(parts)),
        ("Salutation", parts.salutation),
        ("Closing", parts.closing),
        ("Signed", parts.signatory),
        ("Title", parts.signatory_title),
    ):
        if value:
            lines.append(f'<p class="letters-part"><b>{label}:</b> {with_emphasis(value)}</p>')
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


def render_fragment(extraction: Extraction) -> str:
    """The letter's parts, legend, highlighted paragraphs, commitments and route ties as HTML (no page around them)."""
    mentions = sorted(extraction.mentions, key=lambda m: (m.grounding.start, -m.grounding.end))
    doubtful = [DoubtfulWord(w.start, w.end) for w in extraction.low_confidence]
    paragraphs = [
        _render_paragraph(extraction.body[start:end], start, mentions, [*extraction.styles, *doubtful])
        for start, end in _paragraph_ranges(extraction.body)
        if extraction.body[start:end].strip()
    ]
    return "\n".join(
        [
            _parts(extraction),
            f'<p class="letters-legend">{_legend(bool(doubtful))}</p>',
            "\n".join(paragraphs),
            _commitments(extraction),
            _route_ties(extraction),
        ]
    )


def render_html(extraction: Extraction) -> str:
    """The letter as one HTML page, no external resources, every entity highlighted with its value on hover."""
    return PAGE.format(title=html.escape(extraction.letter.id), style=STYLE, fragment=render_fragment(extraction))
