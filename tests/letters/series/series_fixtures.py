"""Hand-annotated Extractions of the letter series, for testing the diff without the extractor.

Each series has ``<series>.facts.json``: a lexicon of surface strings (type and normal form, found
wherever they stand in a letter, across line breaks and hyphenation) and, per letter, its
commitments (a template of what it is about, plus the letter's own amount, status, deadline).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

from models.commitment import Commitment
from models.entities import AmountValue, DateValue, Grounding, Mention
from models.extraction import Extraction, LetterSummary
from models.letter import LetterParts

SERIES_DIR = Path(__file__).resolve().parent
MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
_DATE_LINE = re.compile(r"^(?P<place>[A-Z][\w .'-]+), (?P<day>\d{1,2}) (?P<month>[A-Za-z]+) (?P<year>\d{4})$")
_CLOSING = re.compile(r"^\*?(Yours|Kind regards|Best regards|Sincerely)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def series_path(name: str) -> Path:
    """Path of a series letter's text by its stem."""
    return SERIES_DIR / f"{name}.txt"


def parse_letter(path: Path) -> tuple[LetterParts, str]:
    """Split a letter in the seed's text format into its parts and its body (paragraphs, blank-line separated)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    parts = LetterParts()
    index = 0
    head = []
    while index < len(lines):
        match = _DATE_LINE.match(lines[index].strip())
        if match:
            parts.place = match["place"]
            parts.date = dt.date(int(match["year"]), MONTHS[match["month"].lower()], int(match["day"]))
            parts.date_text = lines[index].strip()
            index += 1
            break
        if lines[index].strip():
            head.append(lines[index].strip())
        index += 1
    parts.letterhead = "\n".join(head) or None
    while index < len(lines) and not lines[index].strip().startswith("Dear"):
        index += 1
    parts.salutation = lines[index].strip().rstrip(",")
    index += 1
    body_lines = []
    while index < len(lines) and not _CLOSING.match(lines[index].strip()):
        body_lines.append(lines[index].replace("*", ""))
        index += 1
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(body_lines).strip())
    tail = [line.strip().strip("*") for line in lines[index:] if line.strip()]
    if tail:
        parts.closing = tail[0].rstrip(",")
        parts.signatory = tail[-1]
    return parts, body


def _pattern(text: str) -> re.Pattern:
    # Allow a line break (with a hyphen) between any two characters, as a re-flow may put one.
    pieces = []
    for char in text:
        pieces.append(r"\s+" if char == " " else re.escape(char) + r"(?:-\n)?")
    return re.compile(r"(?<!\w)" + "".join(pieces) + r"(?!\w)")


def _sentences(body: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(body):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(body)))
    return spans


def _grounding(body: str, start: int, end: int, sentences) -> Grounding:
    number = next(i for i, (s, e) in enumerate(sentences) if start < e or i == len(sentences) - 1)
    s, e = sentences[number]
    return Grounding(start=start, end=end, sentence=number, sentence_text=body[s:e])


def annotate(
    name: str,
    body: str,
    parts: LetterParts,
    source: str,
    sha256: str,
    fmt: str = "text",
    lines=(),
    series: str | None = None,
    letter_id: str | None = None,
) -> Extraction:
    """An Extraction of one series letter's body, annotated from its series' facts file."""
    series = series or name.split("_")[0]
    facts = json.loads((SERIES_DIR / f"{series}.facts.json").read_text(encoding="utf-8"))
    sentences = _sentences(body)

    def ground(start: int, end: int) -> Grounding:
        grounding = _grounding(body, start, end, sentences)
        grounding.page = next((line.page for line in lines if line.start <= start < line.end), None)
        return grounding

    mentions = []
    taken: list[tuple[int, int]] = []
    # Longest strings first, so that "the end of 2024" is not also read as something shorter.
    for text, (kind, norm) in sorted(facts["lexicon"].items(), key=lambda item: -len(item[0])):
        for match in _pattern(text).finditer(body):
            if any(match.start() < e and s < match.end() for s, e in taken if kind == "amount"):
                continue
            taken.append((match.start(), match.end()))
            grounding = ground(match.start(), match.end())
            if kind == "amount":
                amount = AmountValue(**norm)
                mentions.append(
                    Mention(
                        type="amount", text=match.group(), norm=str(amount.value), amount=amount, grounding=grounding
                    )
                )
            elif kind == "date":
                mentions.append(
                    Mention(type="date", text=match.group(), norm=norm, date=DateValue(edtf=norm), grounding=grounding)
                )
            else:
                mentions.append(Mention(type=kind, text=match.group(), norm=norm, grounding=grounding))
    mentions.sort(key=lambda m: m.grounding.start)
    commitments = []
    stem = name.split(".")[0]
    for number, spec in enumerate(facts["commitments"].get(stem, []), 1):
        spec = dict(spec)
        fields = dict(facts["commitment_templates"][spec.pop("template")])
        anchor = spec.pop("anchor")
        fields.update(spec)
        match = _pattern(anchor).search(body)
        assert match, f"{name}: anchor {anchor!r} not in the letter"
        amount = AmountValue(**facts["lexicon"][anchor][1])
        commitments.append(
            Commitment(id=f"c{number}", amounts=[amount], evidence=ground(match.start(), match.end()), **fields)
        )
    summary = LetterSummary(
        id=letter_id or name, source=source, sha256=sha256, format=fmt, date=parts.date, parts=parts
    )
    return Extraction(letter=summary, body=body, mentions=mentions, commitments=commitments)


def load_extraction(name: str, series: str | None = None, letter_id: str | None = None) -> Extraction:
    """The hand-annotated Extraction of one series letter's text (parsed here, not by the reader)."""
    path = series_path(name)
    parts, body = parse_letter(path)
    return annotate(
        name, body, parts, str(path), hashlib.sha256(path.read_bytes()).hexdigest(), series=series, letter_id=letter_id
    )


def read_extraction(path: Path, name: str | None = None) -> Extraction:
    """The hand-annotated Extraction of a series letter as the project's reader reads it (PDF or text)."""
    from extractor.reading.reader import read_letter

    letter = read_letter(path)
    name = name or Path(path).name.split(".")[0]
    return annotate(
        name,
        letter.body,
        letter.parts,
        letter.source,
        letter.sha256,
        fmt=letter.format,
        lines=letter.lines,
        letter_id=Path(path).name,
    )
