"""Render the real letters and fact sheets of tests/letters/real to PDF with reportlab and Chromium.

Run: ``.venv/bin/python tests/letters/real/build.py [--only STEM_OR_PRODUCER ...]``. Each source
``<set>/<stem>.txt`` becomes ``<set>/<stem>.reportlab.pdf`` and ``<set>/<stem>.chromium.pdf``, which
`letters eval` scores as letters of their own. The texts are real letters as released (not the
seed's format), so they are set as written: one paragraph per blank-line block, the lines of a block
kept apart, the short capitalised lines at the top centred as a letterhead, bullets as lists, the
few HTML tags of the sources (<u>, <sup>) as styling and everything else literally (links and "###"
included), so that every word of the source is on the page. A table written as text (cells aligned
by spaces, or ruled with bars) is set as a table, one cell a column, as a word processor or a web
page would print it; its rule lines are drawing, not words. Chromium is printed without the
browser's header and footer, with a CSS page number; reportlab draws page numbers in the footer.
Chromium stamps a creation date, so its bytes change on rebuild; reportlab's do not.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from extractor.reading.text_input import aligned_rows  # noqa: E402  (the text reader's own table test)
from extractor.reference.marks import CELL_MARK, RULE_LINE  # noqa: E402

SETS = (
    "us",
    "factsheets",
    "us-heldout",
    "factsheets-heldout",
    "us-heldout2",
    "factsheets-heldout2",
    "us-heldout3",
    "factsheets-heldout3",
    "us-heldout4",
    "factsheets-heldout4",
    "us-heldout5",
    "us-heldout6",
)
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CONVERT_TIMEOUT_S = 120
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
]
MAX_HEAD_WORDS = 5  # a letterhead line at the top is short and in capitals ("THE WHITE HOUSE")
CELL_PADDING_PT = 7.0  # a reportlab table cell's right padding (6 pt by default) and a point to spare
BODY_SIZE, LEADING, MARGIN_MM = 11, 15, 25

_TAG = re.compile(r"</?(u|sup|sub)>", re.I)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_BULLET = re.compile(r"^\s*[-•]\s+")


def blocks(text: str) -> list[list[str]]:
    """The source's blank-line blocks, each a list of its non-empty lines."""
    return [[line.strip() for line in block] for block in raw_blocks(text)]


def raw_blocks(text: str) -> list[list[str]]:
    """The source's blank-line blocks, each a list of its non-empty lines as written (indents kept)."""
    out: list[list[str]] = []
    for chunk in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")):
        lines = [line.rstrip() for line in chunk.split("\n") if line.strip()]
        if lines:
            out.append(lines)
    return out


def segments(block: list[str]) -> list[tuple[str, list]]:
    """A block cut into runs of text lines ("text", [line, ...]) and tables ("table", [[cell, ...], ...]):
    rows aligned by spaces (the text reader's own test) or ruled with bars, rule lines left out."""
    lines, aligned = aligned_rows(block)
    out: list[tuple[str, list]] = []
    for line, is_row in zip(lines, aligned):
        ruled = line.count(CELL_MARK) >= 2 or RULE_LINE.match(line) is not None
        kind = "table" if is_row or ruled else "text"
        if RULE_LINE.match(line):
            item = None
        elif kind == "table":
            cells = [cell.strip() for cell in line.split(CELL_MARK)]
            # A row aligned by spaces keeps its empty first and last cells ("| | Sub-total | 90": the label
            # columns a total leaves empty); bars at the ends of a row ruled with bars are its border.
            item = cells[1:] if line.strip().startswith(CELL_MARK) and not is_row else cells
            item = item[:-1] if line.strip().endswith(CELL_MARK) and not is_row else item
        else:
            item = line.strip()
        if not out or out[-1][0] != kind:
            out.append((kind, []))
        if item is not None:
            out[-1][1].append(item)
    return [(kind, items) for kind, items in out if items]


def column_widths(rows: list[list[str]], width: float, text_width=None) -> list[float]:
    """Each column's width on the page, as a word processor's or a browser's autofit sets it: a column's
    longest cell on one line when the page has room, else at least its longest word (no word is ever cut:
    "25,000,000" as "25,000,00" / "0" is no table anyone prints) and the rest shared by what each column
    would take more. ``text_width`` measures a text in points; without it, shares by characters."""
    columns = max(len(row) for row in rows)
    if text_width is None:
        longest = [max((len(row[n]) for row in rows if n < len(row)), default=1) + 2 for n in range(columns)]
        return [width * n / sum(longest) for n in longest]
    cells = [[row[n] for row in rows if n < len(row)] for n in range(columns)]
    most = [max((text_width(cell) for cell in column), default=0.0) + CELL_PADDING_PT for column in cells]
    least = [
        max((text_width(word) for cell in column for word in cell.split()), default=0.0) + CELL_PADDING_PT
        for column in cells
    ]
    if sum(most) <= width:
        return [width * m / sum(most) for m in most]
    if sum(least) >= width:
        return [width * lo / sum(least) for lo in least]
    spare, wanted = width - sum(least), sum(m - lo for m, lo in zip(most, least))
    return [lo + spare * (m - lo) / wanted for m, lo in zip(most, least)]


def head_count(parts: list[list[str]]) -> int:
    """How many leading blocks form a letterhead: one-line, short, in capitals."""
    count = 0
    for block in parts:
        line = block[0].strip()
        if len(block) > 1 or len(line.split()) > MAX_HEAD_WORDS or line != line.upper() or not line[:1].isalpha():
            break
        count += 1
    return count


def inline(text: str) -> str:
    """A source line as markup: the HTML tags the sources use kept, zero-width marks left out, the rest escaped."""
    text = _INVISIBLE.sub("", text)  # a browser draws nothing for them; reportlab would draw a box
    pieces, pos = [], 0
    for match in _TAG.finditer(text):
        pieces.append(html.escape(text[pos : match.start()], quote=False))
        pieces.append(match.group(0).lower())
        pos = match.end()
    pieces.append(html.escape(text[pos:], quote=False))
    return "".join(pieces)


def make_html(parts: list[list[str]], title: str) -> str:
    """The HTML page Chromium prints."""
    head = head_count(parts)
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title><style>",
        "@page { size: Letter; margin: 22mm; @bottom-center { content: counter(page); font-size: 9pt; } }",
        "body { font-family: 'DejaVu Serif', 'Liberation Serif', serif; font-size: 12pt; line-height: 1.45; }",
        "p { margin: 0 0 0.8em 0; } p.head { text-align: center; font-weight: bold; margin: 0 0 0.3em 0; }",
        "ul { margin: 0 0 0.8em 0; padding-left: 8mm; }",
        "table { border-collapse: collapse; width: 100%; margin: 0 0 0.8em 0; } td { padding: 1pt 8pt 1pt 0; vertical-align: top; }",
        "</style></head><body>",
    ]
    for k, raw in enumerate(parts):
        block = [line.strip() for line in raw]
        if k < head:
            out.append(f"<p class='head'>{inline(block[0])}</p>")
        elif all(_BULLET.match(line) for line in block):
            out.append("<ul>" + "".join(f"<li>{inline(_BULLET.sub('', line))}</li>" for line in block) + "</ul>")
        else:
            for kind, items in segments(raw):
                if kind == "table":
                    rows = ("<tr>" + "".join(f"<td>{inline(cell)}</td>" for cell in row) + "</tr>" for row in items)
                    out.append("<table>" + "".join(rows) + "</table>")
                else:
                    out.append("<p>" + "<br>".join(inline(line) for line in items) + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


def build_chromium(source: Path, out: Path) -> None:
    """Print the letter's HTML with headless Chromium, in a fresh profile."""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / f"{source.stem}.html"
        page.write_text(make_html(raw_blocks(source.read_text(encoding="utf-8")), source.stem), encoding="utf-8")
        cmd = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}", page.as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=CONVERT_TIMEOUT_S)


def build_reportlab(source: Path, out: Path) -> None:
    """Set the letter with reportlab's platypus: letterhead centred, page numbers in the footer."""
    from reportlab import rl_config
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Table, TableStyle

    rl_config.invariant = 1  # same source, same bytes
    sys.path.insert(0, str(HERE.parents[2] / "corpus"))
    from render_reportlab import register_fonts

    font = register_fonts("dejavu")
    # splitLongWords on: a link longer than the line is cut at the margin, as a browser wraps it;
    # left whole it ran past the page's edge, where no reader shows it.
    body = ParagraphStyle(
        "body", fontName=font, fontSize=BODY_SIZE, leading=LEADING, alignment=TA_LEFT, spaceAfter=9, splitLongWords=1
    )
    head_style = ParagraphStyle("head", parent=body, fontName=font + "Bd", alignment=TA_CENTER, spaceAfter=3)
    cell_style = ParagraphStyle("cell", parent=body, spaceAfter=0)
    padding = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    parts = raw_blocks(source.read_text(encoding="utf-8"))
    head = head_count(parts)
    story = []
    for k, raw in enumerate(parts):
        block = [line.strip() for line in raw]
        if k < head:
            story.append(Paragraph(inline(block[0]), head_style))
        elif all(_BULLET.match(line) for line in block):
            items = [ListItem(Paragraph(inline(_BULLET.sub("", line)), body)) for line in block]
            story.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=14))
        else:
            for kind, items in segments(raw):
                if kind == "table":
                    rows = [[Paragraph(inline(cell), cell_style) for cell in row] for row in items]
                    story.append(
                        Table(
                            rows,
                            colWidths=column_widths(
                                items,
                                LETTER[0] - 2 * MARGIN_MM * mm,
                                lambda text: stringWidth(text, font, BODY_SIZE),
                            ),
                            style=padding,
                            hAlign="LEFT",
                            spaceAfter=9,
                        )
                    )
                else:
                    story.append(Paragraph("<br/>".join(inline(line) for line in items), body))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(LETTER[0] / 2, 12 * mm, str(doc.page))
        canvas.restoreState()

    margin = MARGIN_MM * mm
    doc = SimpleDocTemplate(
        str(out), pagesize=LETTER, leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin
    )
    doc.title, doc.author = source.stem, ""
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


BUILDERS = {"reportlab": build_reportlab, "chromium": build_chromium}


def main(argv: list[str] | None = None) -> int:
    """Build every set's PDFs (or --only some stems or producers)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=None, help="letter stems or producers to rebuild")
    args = parser.parse_args(argv)
    for name in SETS:
        for source in sorted((HERE / name).glob("*.txt")):
            for producer, build in BUILDERS.items():
                if args.only is None or source.stem in args.only or producer in args.only:
                    out = source.with_name(f"{source.stem}.{producer}.pdf")
                    build(source, out)
                    print(out.relative_to(HERE))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
