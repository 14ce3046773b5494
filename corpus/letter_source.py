"""Parse a letter written in the seed's text format into its parts, for the PDF builders.

The format (see ../shared/seed/): letterhead lines, a "Place, date" line, a blank line, the
salutation, body paragraphs separated by blank lines, the closing, a line describing the
signature image, the signatory's name and an optional title. ``*..*`` marks italic and
``**..**`` bold. Builders only; the project's own reader lives in extractor/reading/text_input.py.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

# "Brussels, 21 October 2025", "Washington, February 25, 2011", "Athens, 3rd of March 2023":
# a place, a comma, and something that ends in a four-digit year.
DATE_LINE = re.compile(r"^(?P<place>[^,\d][^,]*?),\s+(?P<date>.*\b(1[89]|20)\d\d)\s*$")
SALUTATION = re.compile(r"^\W*(Dear|To)\b", re.IGNORECASE)
DEAR = re.compile(r"^\W*Dear\b", re.IGNORECASE)
# The signature image is described in prose, e.g. "A handwritten signature in black ink, ...".
SIGNATURE_DESCRIPTION = re.compile(r"^\W*(An?|Two|Three)\b.*\bsignatures?\b", re.IGNORECASE)
MARKER = re.compile(r"\*\*|\*")


@dataclass
class LetterSource:
    """One letter's parts, with inline ``*``/``**`` markup kept in the text fields."""

    path: Path
    letterhead: list[str]
    place: str
    date_text: str
    salutation: str
    paragraphs: list[str]
    closing: str
    signature_description: str
    signatory: str
    signatory_title: str | None = None
    preamble: list[str] = field(default_factory=list)
    date_at_end: bool = False  # a notice or proclamation: no salutation, "PLACE,\nDate." after the signatory
    extra: dict = field(default_factory=dict)

    @property
    def signature_blocks(self) -> list[list[str]]:
        """The lines under the signature, one list per signatory (name first, then titles)."""
        blocks = self.extra.get("tail_blocks")
        if blocks:
            return [[line.strip() for line in b.split("\n") if line.strip()] for b in blocks]
        return [[self.signatory] + ([self.signatory_title] if self.signatory_title else [])]

    @property
    def date_line(self) -> str:
        """The "Place, date" line as written."""
        return f"{self.place}, {self.date_text}"


def strip_markup(text: str) -> str:
    """The text without its ``*``/``**`` emphasis markers."""
    return MARKER.sub("", text)


def runs(text: str) -> list[tuple[str, bool, bool]]:
    """Split marked-up text into (text, bold, italic) runs; ``**`` toggles bold, ``*`` italic."""
    bold = italic = False
    out: list[tuple[str, bool, bool]] = []
    pos = 0
    for match in MARKER.finditer(text):
        if match.start() > pos:
            out.append((text[pos : match.start()], bold, italic))
        if match.group(0) == "**":
            bold = not bold
        else:
            italic = not italic
        pos = match.end()
    if pos < len(text):
        out.append((text[pos:], bold, italic))
    return out


def to_markup(text: str, bold_tag: str = "b", italic_tag: str = "i") -> str:
    """Marked-up text as escaped HTML/reportlab inline markup with bold and italic tags."""
    parts = []
    for chunk, bold, italic in runs(text):
        piece = html.escape(chunk, quote=False)
        if italic:
            piece = f"<{italic_tag}>{piece}</{italic_tag}>"
        if bold:
            piece = f"<{bold_tag}>{piece}</{bold_tag}>"
        parts.append(piece)
    return "".join(parts)


def parse_letter(path: str | Path) -> LetterSource:
    """Read a letter in the seed's text format and split it into its parts."""
    path = Path(path)
    lines = path.read_text(encoding="utf-8").split("\n")
    notice = _parse_notice(path, lines)
    if notice is not None:
        return notice
    date_index = next((i for i, line in enumerate(lines) if DATE_LINE.match(strip_markup(line).strip())), None)
    if date_index is None:
        raise ValueError(f"{path}: no 'Place, date' line")
    letterhead = [line.strip() for line in lines[:date_index] if line.strip()]
    match = DATE_LINE.match(strip_markup(lines[date_index]).strip())
    blocks = _blocks(lines[date_index + 1 :])
    # An addressee block or a subject line may stand between the date line and the salutation.
    first = next((i for i, b in enumerate(blocks) if SALUTATION.match(strip_markup(b))), None)
    if first is None:
        raise ValueError(f"{path}: no salutation after the date line")
    preamble, blocks = blocks[:first], blocks[first:]
    salutation = blocks[0]
    sig_index = next((i for i in range(len(blocks) - 1, 0, -1) if SIGNATURE_DESCRIPTION.match(blocks[i])), None)
    if sig_index is None or sig_index < 2:
        raise ValueError(f"{path}: no signature description line")
    closing = blocks[sig_index - 1]
    tail = "\n".join(blocks[sig_index + 1 :]).split("\n")
    tail = [line.strip() for line in tail if line.strip()]
    if not tail:
        raise ValueError(f"{path}: no signatory after the signature")
    # Joint letters have one block per signatory (name, title); renderers set each block apart.
    tail_blocks = blocks[sig_index + 1 :]
    return LetterSource(
        path=path,
        letterhead=letterhead,
        place=match.group("place").strip(),
        date_text=match.group("date").strip(),
        salutation=salutation,
        paragraphs=blocks[1 : sig_index - 1],
        closing=closing,
        signature_description=blocks[sig_index],
        signatory=tail[0],
        signatory_title=" ".join(tail[1:]) or None,
        preamble=preamble,
        extra={"tail_blocks": tail_blocks},
    )


def _parse_notice(path: Path, lines: list[str]) -> LetterSource | None:
    """A notice (no salutation; title, body, signature, signatory, then "PLACE,\nDate."), else None."""
    blocks = _blocks(lines)
    if any(DEAR.match(strip_markup(b)) for b in blocks) or len(blocks) < 4:
        return None
    match = DATE_LINE.match(" ".join(strip_markup(blocks[-1]).split()).rstrip("."))
    sig_index = next((i for i, b in enumerate(blocks) if SIGNATURE_DESCRIPTION.match(b)), None)
    if match is None or sig_index is None or sig_index < 2 or sig_index + 2 >= len(blocks):
        return None
    tail = [line.strip() for b in blocks[sig_index + 1 : -1] for line in b.split("\n") if line.strip()]
    return LetterSource(
        path=path,
        letterhead=blocks[0].split("\n"),
        place=match.group("place").strip(),
        date_text=match.group("date").strip(),
        salutation="",
        paragraphs=blocks[1:sig_index],
        closing="",
        signature_description=blocks[sig_index],
        signatory=tail[0],
        signatory_title=" ".join(tail[1:]) or None,
        date_at_end=True,
        extra={"date_block": blocks[-1]},
    )


def list_items(block: str) -> list[str] | None:
    """The items of a bulleted block (every line starts with "- " or "• "), else None."""
    lines = block.split("\n")
    if all(re.match(r"^\s*[-•]\s+", line) for line in lines):
        return [re.sub(r"^\s*[-•]\s+", "", line) for line in lines]
    return None


def _blocks(lines: list[str]) -> list[str]:
    """Non-empty blocks of consecutive lines, separated by blank lines."""
    blocks: list[str] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks
