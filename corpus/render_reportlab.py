"""Render a parsed letter to PDF with reportlab, laid out as an official letter."""

from __future__ import annotations

import os
import re
from pathlib import Path

from letter_source import LetterSource, list_items, strip_markup, to_markup

DEFAULT_MARGIN_MM = 25
DEFAULT_BODY_SIZE = 11
DEFAULT_LEADING = 15
LETTERHEAD_BAND_MM = 32  # height of the top band the letterhead sits in, page 1 only
FOOTER_Y_MM = 12
SIGNATURE_WIDTH_MM = 55
# Sentence-final characters: a source paragraph ending otherwise was cut by the original's page break.
PARAGRAPH_END = re.compile(r"[.!?:;)\"'”’]\s*$")
DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")


def join_cut_paragraphs(paragraphs: list[str]) -> list[str]:
    """Rejoin paragraphs the source split mid-sentence (a page break of the original PDF)."""
    out: list[str] = []
    for para in paragraphs:
        if out and not PARAGRAPH_END.search(strip_markup(out[-1])) and not list_items(out[-1]) and not list_items(para):
            out[-1] = out[-1] + " " + para
        else:
            out.append(para)
    return out


def register_fonts(family: str = "vera") -> str:
    """Register a TTF family (reportlab's bundled Vera, or system DejaVu Serif); return its name."""
    import reportlab
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if family == "dejavu":
        files = {
            "": "DejaVuSerif.ttf",
            "Bd": "DejaVuSerif-Bold.ttf",
            "It": "DejaVuSerif-Italic.ttf",
            "BI": "DejaVuSerif-BoldItalic.ttf",
        }
        folder, name = DEJAVU_DIR, "DejaVuSerif"
        if not all((folder / f).exists() for f in files.values()):
            family = "vera"
    if family == "vera":
        # Bundled with reportlab, so the corpus builds byte-identically on any machine.
        files = {"": "Vera.ttf", "Bd": "VeraBd.ttf", "It": "VeraIt.ttf", "BI": "VeraBI.ttf"}
        folder, name = Path(os.path.dirname(reportlab.__file__)) / "fonts", "Vera"
    for suffix, filename in files.items():
        pdfmetrics.registerFont(TTFont(name + suffix, str(folder / filename)))
    addMapping(name, 0, 0, name)
    addMapping(name, 1, 0, name + "Bd")
    addMapping(name, 0, 1, name + "It")
    addMapping(name, 1, 1, name + "BI")
    return name


def render_pdf(
    letter: LetterSource,
    out: str | Path,
    *,
    signature_png: str | Path | None = None,
    pagesize: str = "A4",
    fonts: str = "vera",
    letterhead: list[str] | None = None,
    title: str = "",
    author: str = "",
    date_align: str = "right",
    justify: bool = True,
    page_label: str = "{n}",
) -> Path:
    """Write ``letter`` as a PDF: letterhead band, date line, salutation, body across pages, signature, page numbers."""
    from reportlab import rl_config
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer

    rl_config.invariant = 1  # no creation date or random document id: same input, same bytes
    font = register_fonts(fonts)
    size = A4 if pagesize.upper() == "A4" else LETTER
    heading = letterhead if letterhead is not None else letter.letterhead
    title_lines: list[str] = []
    if letter.date_at_end:
        # A notice's first block is its title: set in the text, where a long line can wrap.
        title_lines, heading = heading, []
    margin = DEFAULT_MARGIN_MM * mm

    base = ParagraphStyle(
        "body",
        fontName=font,
        fontSize=DEFAULT_BODY_SIZE,
        leading=DEFAULT_LEADING,
        alignment=TA_JUSTIFY if justify else TA_LEFT,
        spaceAfter=8,
    )
    plain = ParagraphStyle("plain", parent=base, alignment=TA_LEFT)
    dated = ParagraphStyle("date", parent=plain, alignment=TA_RIGHT if date_align == "right" else TA_LEFT)

    def first_page(canvas, doc):
        """Page 1: the letterhead band, then the footer."""
        canvas.saveState()
        width, height = size
        top = height - 14 * mm
        for i, line in enumerate(heading):
            bold = i == 0
            canvas.setFont(font + ("Bd" if bold else ""), 13 if bold else 10)
            line = strip_markup(line)
            if " | " in line:
                # A two-column letterhead (e.g. two languages): one part flush left, one flush right.
                left, right = line.split(" | ", 1)
                canvas.setFont(font + ("Bd" if bold else ""), 10 if bold else 8)
                canvas.drawString(margin, top - i * 14, left)
                canvas.drawRightString(width - margin, top - i * 14, right)
            else:
                canvas.drawCentredString(width / 2, top - i * 14, line)
        if heading:
            canvas.setLineWidth(0.6)
            canvas.line(
                margin,
                height - LETTERHEAD_BAND_MM * mm + 4 * mm,
                width - margin,
                height - LETTERHEAD_BAND_MM * mm + 4 * mm,
            )
        canvas.restoreState()
        later_pages(canvas, doc)

    def later_pages(canvas, doc):
        """Every page: the page number in the footer."""
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(size[0] / 2, FOOTER_Y_MM * mm, page_label.format(n=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(out),
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=LETTERHEAD_BAND_MM * mm,
        bottomMargin=22 * mm,
        title=title,
        author=author,
        creator="policy-letters corpus/build.py",
        invariant=1,
    )
    story = []
    if title_lines:
        title_style = ParagraphStyle(
            "title", parent=plain, alignment=1, fontName=font + "Bd", fontSize=13, leading=17, spaceAfter=14
        )
        story += [Paragraph(to_markup(x), title_style) for x in title_lines]
    else:
        story += [Paragraph(to_markup(letter.date_line), dated), Spacer(1, 6 * mm)]
    for block in letter.preamble:
        story.append(Paragraph("<br/>".join(to_markup(x) for x in block.split("\n")), plain))
    if letter.salutation:
        story.append(Paragraph(to_markup(letter.salutation), plain))
    bullet = ParagraphStyle("bullet", parent=base, leftIndent=8 * mm, bulletIndent=3 * mm, spaceAfter=4)
    for para in join_cut_paragraphs(letter.paragraphs):
        items = list_items(para)
        if items:
            story += [Paragraph(to_markup(item), bullet, bulletText="\u2022") for item in items]
        else:
            story.append(Paragraph(to_markup(para), base))
    ending = [Spacer(1, 2 * mm)]
    if letter.closing:
        ending.append(Paragraph(to_markup(letter.closing), plain))
    if signature_png:
        img = Image(str(signature_png))
        ratio = img.imageHeight / img.imageWidth
        ending.append(
            Image(
                str(signature_png), width=SIGNATURE_WIDTH_MM * mm, height=SIGNATURE_WIDTH_MM * mm * ratio, hAlign="LEFT"
            )
        )
    for i, block in enumerate(letter.signature_blocks):
        if i:
            ending.append(Spacer(1, 3 * mm))
        ending += [Paragraph(to_markup(line), plain) for line in block]
    if letter.date_at_end:
        block = letter.extra.get("date_block", letter.date_line)
        ending += [Spacer(1, 6 * mm), Paragraph("<br/>".join(to_markup(x) for x in block.split("\n")), plain)]
    story.append(KeepTogether(ending))
    doc.build(story, onFirstPage=first_page, onLaterPages=later_pages)
    return Path(out)
