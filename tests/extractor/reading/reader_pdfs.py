"""Letters drawn with reportlab for the reader's tests and benchmark, with a record of where each word went.

A small typesetter on a reportlab canvas (not platypus) so that the test knows exactly which words
end a line, which paragraph runs across a page break, and each word's box on the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

PAGE_W, PAGE_H = 595.27, 841.89  # A4 in points
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 72, 72, 90, 80
BODY_SIZE, LEADING, PARA_SPACE = 11, 14.5, 9

LETTERHEAD = ["Ministry of Imaginary Affairs", "Directorate for Examples and Tests", "Rue de la Loi 200, 1049 Brussels"]
PLACE_DATE = "Brussels, 21 October 2025"
SALUTATION = "Dear Minister,"
CLOSING = "Yours sincerely,"
SIGNATORY = "Jane Q. Example"
SIGNATORY_TITLE = "Minister for Imaginary Affairs"
RUNNING_HEADER = "Ministry of Imaginary Affairs – Ref. ARES(2025)4711"

# "|" marks where a word may be hyphenated at a line end; the marker is not part of the text.
PARAGRAPHS = [
    "Migration patterns keep shifting, and the **Pact on Migration and Asylum** enters into application in June 2026. "
    "We must make sure that all of its building blocks are in place on time, and that support to Member States under "
    "pressure goes hand-in-hand with responsibility-related measures agreed by all of us.",
    "The strategic and comprehensive partnerships launched with **Tunisia**, **Egypt** and **Jordan** have proven "
    "valuable. A package of **EUR 675 million for North Africa** will be adopted soon to support effective "
    "migration management for 2025-2027, with a strong focus on border management, protection and "
    "voluntary return, and on the legal pathways that make irregular departures less attractive for everyone.",
    "On the Eastern Mediterranean route we remain committed to the full and effective imple|mentation of the "
    "EU-Turkey Statement and of the readmission agreement towards all Member States. In recent years around "
    "EUR 393 million have been invested to support border management at the eastern borders of the region, and "
    "we will continue to work with the authorities on counter-smuggling operations and on information exchange.",
    "The smuggling of migrants remains a grave concern, with criminal networks linked to money laundering, "
    "corruption and trafficking in drugs. Law enforcement authorities need the powers, the information and the "
    "tools to clamp down on illicit financial flows, and we welcome the agreement reached on the proposal to "
    "strengthen **Europol**, which will give it the resources to step up prevention, detection and investigation.",
    "Smuggling operations are increasingly run online. We need to intensify work with digital platforms and "
    "tech providers to put an end to the online advertisement of smuggling services, and we will build the "
    "capacities of national authorities in this field. We can work together with international partners in key "
    "regions to implement a global drive against the online dimension of migrant smuggling, and we should "
    "explore how financial intelligence and information sharing can identify the criminal actors behind it.",
    "To tackle the challenges posed by smuggling and illegal migration in a credible way, it is important to "
    "provide **legal alternatives**, including through the development of Talent Partnerships. Work has already "
    "intensified under the Union of Skills and, while respecting national competences, we should make it a "
    "priority to ensure that students, researchers and highly qualified professionals have fast and effective "
    "pathways. The negotiations on the Talent Pool are progressing well and an agreement should be reached soon.",
    "Finally, I welcome the launch of the **Entry/Exit System**, which started operating on 12 October. The system "
    "is being introduced gradually at the external borders, with full implementation expected by 10 April 2026.",
    "Looking forward to our discussions this week.",
]


@dataclass
class DrawnWord:
    """A word as drawn: its text, page and box in pdfplumber's coordinates (top-left origin)."""

    text: str
    page: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class DrawnLetter:
    """What the generator drew: the body's source text and where every body word went."""

    path: Path
    body: str
    words: list[DrawnWord] = field(default_factory=list)
    line_ends: list[str] = field(default_factory=list)  # the last token of every body line
    pages: int = 0
    page_break_paragraphs: int = 0  # paragraphs that run across a page break


def _runs(paragraph: str) -> list[tuple[str, bool]]:
    """Words of a paragraph with their bold flag, from **markers**."""
    words = []
    bold = False
    for part in re.split(r"(\*\*)", paragraph):
        if part == "**":
            bold = not bold
            continue
        for word in part.split():
            words.append((word, bold))
    # A marker next to punctuation leaves the punctuation as its own "word": glue it back.
    merged: list[tuple[str, bool]] = []
    for word, b in words:
        if merged and re.fullmatch(r"[.,;:!?)]+", word):
            merged[-1] = (merged[-1][0] + word, merged[-1][1])
        else:
            merged.append((word, b))
    return merged


def plain(paragraph: str) -> str:
    """A source paragraph without its markers: the text the reader must give back."""
    return paragraph.replace("**", "").replace("|", "")


def build_letter(
    path: Path,
    paragraphs: list[str] = PARAGRAPHS,
    *,
    repeat: int = 1,
    font: str = "Helvetica",
    bold_font: str = "Helvetica-Bold",
    signature_png: Path | None = None,
    force_breaks: tuple[str, ...] = ("imple|", "EU-", "hand-in-"),
    page_break_in: int = 4,
) -> DrawnLetter:
    """Draw an A4 letter (letterhead, date, salutation, body, closing, signature, signatory) to path."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    body_paragraphs = [p for _ in range(repeat) for p in paragraphs]
    drawn = DrawnLetter(path=Path(path), body="\n\n".join(plain(p) for p in body_paragraphs))
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    c.setTitle("A test letter")
    width = PAGE_W - MARGIN_L - MARGIN_R
    page = 1
    y = PAGE_H - MARGIN_T

    def y_top(baseline: float, size: float) -> tuple[float, float]:
        # pdfplumber's char box spans the font's ascent/descent around the baseline.
        return PAGE_H - baseline - size * 0.9, PAGE_H - baseline + size * 0.25

    def new_page() -> None:
        nonlocal page, y
        c.showPage()
        page += 1
        y = PAGE_H - MARGIN_T

    # Letterhead, date, salutation.
    c.setFont(bold_font, 15)
    c.drawString(MARGIN_L, y, LETTERHEAD[0])
    y -= 18
    c.setFont(font, 9)
    for line in LETTERHEAD[1:]:
        c.drawString(MARGIN_L, y, line)
        y -= 12
    y -= 24
    c.setFont(font, BODY_SIZE)
    c.drawRightString(PAGE_W - MARGIN_R, y, PLACE_DATE)
    y -= 2 * LEADING
    c.drawString(MARGIN_L, y, SALUTATION)
    y -= LEADING + PARA_SPACE

    for index, paragraph in enumerate(body_paragraphs):
        words = _runs(paragraph)
        used_pages: set[int] = set()
        drawn_lines: list = []
        line: list[tuple[str, bool]] = []
        pending = list(words)

        def flush(tokens: list[tuple[str, bool]]) -> None:
            nonlocal y
            if y < MARGIN_B:
                new_page()
            used_pages.add(page)
            x = MARGIN_L
            for k, (token, bold) in enumerate(tokens):
                name = bold_font if bold else font
                c.setFont(name, BODY_SIZE)
                c.drawString(x, y, token)
                w = stringWidth(token, name, BODY_SIZE)
                top, bottom = y_top(y, BODY_SIZE)
                drawn.words.append(DrawnWord(token, page, x, top, x + w, bottom))
                x += w
                glue = not token.endswith("-") or k == len(tokens) - 1
                if glue:
                    x += stringWidth(" ", name, BODY_SIZE)
            drawn.line_ends.append(tokens[-1][0])
            y -= LEADING
            if index == page_break_in and len(drawn_lines) == 1:
                new_page()  # a page break inside this paragraph, after its second line
            drawn_lines.append(tokens)

        while pending:
            word, bold = pending.pop(0)
            candidate = line + [(word.replace("|", ""), bold)]
            text_width = sum(stringWidth(t, bold_font if b else font, BODY_SIZE) for t, b in candidate)
            text_width += stringWidth(" ", font, BODY_SIZE) * (len(candidate) - 1)
            forced = next((f for f in force_breaks if f in word), None)
            if forced and line:
                # Break inside this word at the marked point: "imple-" ends the line, "mentation" starts the next.
                head, tail = word.split(forced, 1)
                head = head + forced.replace("|", "-") if forced.endswith("|") else head + forced
                flush(line + [(head.replace("|", ""), bold)])
                line = []
                pending.insert(0, (tail, bold))
                continue
            if text_width > width and line:
                flush(line)
                line = []
                pending.insert(0, (word, bold))
                continue
            line = candidate
        if line:
            flush(line)
        if len(used_pages) > 1:
            drawn.page_break_paragraphs += 1
        y -= PARA_SPACE

    if y < MARGIN_B + 120:
        new_page()
    c.setFont(font, BODY_SIZE)
    c.drawString(MARGIN_L, y, CLOSING)
    y -= 10
    if signature_png is not None:
        c.drawImage(str(signature_png), MARGIN_L, y - 40, width=120, height=40)
    y -= 40 + LEADING
    c.drawString(MARGIN_L, y, SIGNATORY)
    y -= LEADING
    c.drawString(MARGIN_L, y, SIGNATORY_TITLE)
    c.showPage()
    c.save()
    drawn.pages = page
    _stamp_running(path, page)
    return drawn


def _stamp_running(path: Path, pages: int) -> None:
    """Add a running header and a 'Page N of M' footer to every page (a second pass, as many producers do)."""
    import io

    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas

    writer = PdfWriter(clone_from=str(path))
    for number, page in enumerate(writer.pages, start=1):
        buffer = io.BytesIO()
        c = canvas.Canvas(buffer, pagesize=(PAGE_W, PAGE_H))
        c.setFont("Helvetica", 8)
        c.drawString(MARGIN_L, PAGE_H - 40, RUNNING_HEADER)
        c.drawCentredString(PAGE_W / 2, 36, f"Page {number} of {pages}")
        c.save()
        buffer.seek(0)
        page.merge_page(PdfReader(buffer).pages[0])
    with open(path, "wb") as handle:
        writer.write(handle)


def signature_image(path: Path) -> Path:
    """A small PNG of a scribble, standing for a scanned signature."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 80), "white")
    draw = ImageDraw.Draw(image)
    draw.line([(10, 60), (40, 20), (70, 60), (100, 15), (140, 55), (200, 25), (230, 50)], fill="black", width=3)
    image.save(path)
    return path


def word_sequence_ratio(expected: str, actual: str) -> float:
    """Word-for-word sequence match ratio (difflib over word lists), the issue's 99.5% measure."""
    import difflib

    return difflib.SequenceMatcher(None, expected.split(), actual.split(), autojunk=False).ratio()
