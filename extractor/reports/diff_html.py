"""A self-contained HTML report of a LetterDiff: the two letters side by side, changes linked.

No script at all: every piece of letter text goes through html.escape, and the links between the
list of changes and the two letters are plain anchors (``#a-p3``, ``#b-p5``) highlighted by CSS
``:target``.
"""

from __future__ import annotations

import re
from html import escape
from typing import Optional

from extractor.reference.money import amount_text
from models.diff import CommitmentChange, FactChange, LetterDiff, ParagraphChange, Place
from models.extraction import Extraction

STYLE = """
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222;line-height:1.45}
h1{font-size:1.3em}h2{font-size:1.1em;margin-top:1.5em}
table.side{width:100%;border-collapse:collapse;table-layout:fixed}
table.side td{vertical-align:top;padding:.4em .6em;border-top:1px solid #ddd;width:50%}
td.equal{color:#555}td.inserted{background:#e6ffec}td.deleted{background:#ffebe9}
td.moved{background:#fff8c5}td.changed{background:#f6f8fa}
del{background:#ffc0c0;text-decoration:line-through}ins{background:#b4f0b4;text-decoration:none}
.num{color:#888;font-size:.8em;margin-right:.4em}
:target{outline:3px solid #0969da}
ul.changes li{margin:.2em 0}.kind{font-weight:600}
mark.fact-added{background:#9be9a8}mark.fact-removed{background:#ffaba8}
.added{color:#116329}.removed{color:#a40e26}
"""


def _anchor(side: str, paragraph: Optional[int]) -> str:
    return f"{side}-p{paragraph}"


def _link(side: str, paragraph: Optional[int]) -> str:
    if paragraph is None:
        return ""
    label = "A" if side == "a" else "B"
    return f' <a href="#{_anchor(side, paragraph)}">{label} ¶{paragraph + 1}</a>'


def _paragraphs(places: list[Place]) -> list[int]:
    seen = []
    for place in places:
        if place.paragraph is not None and place.paragraph not in seen:
            seen.append(place.paragraph)
    return seen


def _fact_links(change: FactChange, a_to_b: dict, b_to_a: dict) -> str:
    """Links to where the value stands, or else to the paragraph aligned with where it stands."""
    in_a, in_b = _paragraphs(change.places_a), _paragraphs(change.places_b)
    links = "".join(_link("a", p) for p in in_a) + "".join(_link("b", p) for p in in_b)
    for side, places in (("A", change.places_a), ("B", change.places_b)):
        if any(place.paragraph is None and place.text for place in places):
            links += f' <a href="#{side.lower()}-date">{side} date line</a>'
    if not in_a and not in_b:
        return links
    if not in_a:
        links += "".join(_link("a", b_to_a[p]) for p in in_b if b_to_a.get(p) is not None)
    if not in_b:
        links += "".join(_link("b", a_to_b[p]) for p in in_a if a_to_b.get(p) is not None)
    return links


def _fact_value(change: FactChange) -> str:
    value = change.value
    if isinstance(value, str):
        return escape(value)
    return escape(f"{amount_text(value)} ({value.kind})")


def _commitment_label(change: CommitmentChange) -> str:
    commitment = change.b or change.a
    who = ", ".join(commitment.beneficiaries) or commitment.programme or commitment.purpose or commitment.id
    return escape(who)


def _facts_html(diff: LetterDiff) -> list[str]:
    from extractor.reports.diff import format_value

    a_to_b = {c.a: c.b for c in diff.paragraphs if c.a is not None}
    b_to_a = {c.b: c.a for c in diff.paragraphs if c.b is not None}
    out = ["<h2>Facts</h2>", '<ul class="changes">']
    count = 0
    for field_diff in diff.facts:
        for side, changes in (("added", field_diff.added), ("removed", field_diff.removed)):
            for change in changes:
                count += 1
                places = change.places_b if side == "added" else change.places_a
                relative = " (relative to the letter's date)" if places and all(p.relative for p in places) else ""
                out.append(
                    f'<li class="{side}"><span class="kind">{escape(field_diff.field)} {side}</span>: '
                    f"{_fact_value(change)}{relative}{_fact_links(change, a_to_b, b_to_a)}</li>"
                )
    for change in diff.commitments:
        count += 1
        details = "; ".join(
            f"{escape(c.attribute)}: {escape(format_value(c.before))} → {escape(format_value(c.after))}"
            for c in change.changes
        )
        links = _link("a", change.place_a.paragraph if change.place_a else None) + _link(
            "b", change.place_b.paragraph if change.place_b else None
        )
        out.append(
            f'<li><span class="kind">commitment {escape(change.kind)}</span>: {_commitment_label(change)}'
            f"{' — ' + details if details else ''}{links}</li>"
        )
    if not count:
        out.append("<li>No change of fact.</li>")
    out.append("</ul>")
    return out


def _parts_html(diff: LetterDiff) -> list[str]:
    """The letter parts (date, place, addressee, salutation, signatory) that differ, before and after."""
    out = ["<h2>Letter parts</h2>", '<ul class="changes" id="parts">']
    for change in diff.parts:
        out.append(
            f'<li><span class="kind">{escape(change.part)} changed</span>: '
            f'<span class="removed">{escape(change.before or "—")}</span> → '
            f'<span class="added">{escape(change.after or "—")}</span></li>'
        )
    if not diff.parts:
        out.append("<li>No change of letter part.</li>")
    out.append("</ul>")
    return out


def _fact_marks(diff: LetterDiff) -> dict[str, dict[int, set[str]]]:
    """Per side and paragraph, the words of the facts added (in B) or removed (from A) that stand there."""
    marks: dict[str, dict[int, set[str]]] = {"a": {}, "b": {}}
    for field_diff in diff.facts:
        for side, changes in (("b", field_diff.added), ("a", field_diff.removed)):
            for change in changes:
                for place in change.places_b if side == "b" else change.places_a:
                    if place.paragraph is not None and place.text and place.text.strip():
                        marks[side].setdefault(place.paragraph, set()).add(" ".join(place.text.split()))
    return marks


def _marker(texts: set[str], css: str):
    """Wrap the given words in <mark> inside an already escaped piece of text (one pass, no tags inside)."""
    if not texts:
        return lambda escaped: escaped
    pattern = re.compile("|".join(re.escape(escape(t)) for t in sorted(texts, key=len, reverse=True)))
    return lambda escaped: pattern.sub(lambda m: f'<mark class="{css}">{m.group(0)}</mark>', escaped)


def _words_html(change: ParagraphChange, side: str, mark) -> str:
    parts = []
    for op in change.words:
        text = op.a if side == "a" else op.b
        if not text:
            continue
        if op.op == "equal":
            parts.append(mark(escape(text)))
        elif side == "a":
            parts.append(f"<del>{mark(escape(text))}</del>")
        else:
            parts.append(f"<ins>{mark(escape(text))}</ins>")
    return " ".join(parts)


def _cell(side: str, change: ParagraphChange, paragraphs: list[str], marks: dict[int, set[str]]) -> str:
    index = change.a if side == "a" else change.b
    if index is None:
        return f'<td class="{change.op}"></td>'
    more = change.a_more if side == "a" else change.b_more
    texts = set().union(*(marks.get(k, set()) for k in [index, *more]))
    mark = _marker(texts, "fact-removed" if side == "a" else "fact-added")
    if change.words:
        body = _words_html(change, side, mark)
    else:
        body = " ".join(mark(escape(" ".join(paragraphs[k].split()))) for k in [index, *more])
    # Paragraphs a reader split or merged differently are shown together, each still a link target.
    body += "".join(f'<span id="{_anchor(side, k)}"></span>' for k in more)
    note = ""
    if change.op == "moved":
        other = change.b if side == "a" else change.a
        note = f" (moved; {'B' if side == 'a' else 'A'} ¶{other + 1})"
    return (
        f'<td class="{change.op}" id="{_anchor(side, index)}"><span class="num">{"A" if side == "a" else "B"} '
        f"¶{index + 1}{escape(note)}</span>{body}</td>"
    )


def _date_line(extraction: Extraction) -> str:
    parts = extraction.letter.parts
    date = parts.date or extraction.letter.date
    return parts.date_text or (date.isoformat() if date else "undated")


def render_diff_fragment(diff: LetterDiff, a: Extraction, b: Extraction) -> str:
    """The report without its page: summary, facts, text changes and the side-by-side table (styles in STYLE)."""
    from extractor.reports.diff import paragraphs_of

    paragraphs_a, paragraphs_b = paragraphs_of(a), paragraphs_of(b)
    out = [
        f'<p><span id="a-date">A: {escape(diff.a.id)} ({escape(_date_line(a))})</span> — '
        f'<span id="b-date">B: {escape(diff.b.id)} ({escape(_date_line(b))})</span></p>',
    ]
    facts = sum(len(f.added) + len(f.removed) for f in diff.facts)
    text = sum(1 for p in diff.paragraphs if p.op != "equal")
    out.append(
        f'<p class="summary">{len(diff.parts)} letter part(s) changed, {facts} fact(s) added or removed, '
        f"{len(diff.commitments)} commitment change(s), {text} paragraph change(s).</p>"
    )
    out += _parts_html(diff)
    out += _facts_html(diff)
    out.append("<h2>Text</h2>")
    text_changes = [c for c in diff.paragraphs if c.op != "equal"]
    out.append('<ul class="changes">')
    for change in text_changes:
        out.append(
            f'<li><span class="kind">paragraph {escape(change.op)}</span>'
            f"{_link('a', change.a)}{_link('b', change.b)}</li>"
        )
    if not text_changes:
        out.append("<li>No change of text.</li>")
    out.append("</ul>")
    out.append('<table class="side"><thead><tr><th>A</th><th>B</th></tr></thead><tbody>')
    marks = _fact_marks(diff)
    for change in diff.paragraphs:
        out.append(
            f"<tr>{_cell('a', change, paragraphs_a, marks['a'])}{_cell('b', change, paragraphs_b, marks['b'])}</tr>"
        )
    out.append("</tbody></table>")
    return "\n".join(out)


def render_diff_html(diff: LetterDiff, a: Extraction, b: Extraction) -> str:
    """The whole report as one HTML string (no external resources, no script)."""
    title = f"{diff.a.id} → {diff.b.id}"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        render_diff_fragment(diff, a, b),
        "</body></html>",
    ]
    return "\n".join(out)
