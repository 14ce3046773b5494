"""Render the letters of tests/letters/ to PDF with several producers; write tests/pdfs/manifest.json.

Run: ``.venv/bin/python tests/pdfs/build.py [--only NAME ...]``. Producers: reportlab (always),
LibreOffice (``soffice --headless --convert-to pdf`` of a generated flat ODT with its own page
styles: running header, "Page N of M" footer) and Chromium print-to-PDF (``--no-pdf-header-footer``
with CSS page-number footers, and once with the browser's own header and footer: date, title, file
URL). LibreOffice and Chromium are not installed in CI, so the PDFs are committed; this script
regenerates them (LibreOffice and Chromium stamp a creation date, so their bytes change on rebuild).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import json
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
LETTERS = REPO / "tests" / "letters"
sys.path.insert(0, str(REPO / "corpus"))

from letter_source import LetterSource, list_items, parse_letter, runs, strip_markup, to_markup  # noqa: E402
from render_reportlab import join_cut_paragraphs, render_pdf  # noqa: E402
from signature import draw_signature  # noqa: E402

MANIFEST = HERE / "manifest.json"
SOFFICE = "soffice"
CHROMIUM = "chromium"
CONVERT_TIMEOUT_S = 120
# Where Chromium reads the HTML from: its file URL is printed in the browser footer, so keep it stable.
HTML_DIR = Path(tempfile.gettempdir()) / "policy-letters-test-pdfs"
SIGNATURE_WIDTH_CM = 5.5
MIN_SOFT_HYPHEN_WORD = 9  # only long words get break points, as a hyphenating typesetter would
PAGE_SIZES = {"A4": ("21cm", "29.7cm"), "Letter": ("8.5in", "11in")}

# (source letter, producer, variant options). Every letter has at least one PDF; some have several.
PLAN = [
    ("ec_2019_border_management", "reportlab", {"page_size": "A4"}),
    (
        "us_state_2011_libya_sanctions",
        "reportlab",
        {"page_size": "Letter", "date_align": "left", "justify": False, "page_label": "- {n} -"},
    ),
    ("ec_2024_global_gateway", "reportlab", {"page_size": "A4"}),
    ("au_2022_sahel_development", "reportlab", {"page_size": "A4"}),
    ("gr_ministry_2023_eastern_med", "reportlab", {"page_size": "A4", "fonts": "dejavu"}),
    ("gr_ministry_2023_eastern_med", "libreoffice", {"page_size": "A4", "header": True}),
    ("it_ministry_2017_central_med", "libreoffice", {"page_size": "A4"}),
    ("us_president_2026_russia_emergency", "libreoffice", {"page_size": "Letter"}),
    ("unhcr_2024_sudan_appeal", "libreoffice", {"page_size": "A4", "header": True}),
    ("uk_home_office_2023_small_boats", "chromium", {"page_size": "A4", "hyphenate": True}),
    ("au_2022_sahel_development", "chromium", {"page_size": "A4", "hyphenate": True}),
    ("us_state_2018_burma_humanitarian", "chromium", {"page_size": "Letter", "browser_header_footer": True}),
    ("us_state_2011_libya_sanctions", "chromium", {"page_size": "Letter", "browser_header_footer": True}),
    ("ec_2019_border_management", "chromium", {"page_size": "A4"}),
    ("ca_ircc_2020_resettlement", "chromium", {"page_size": "Letter", "hyphenate": True}),
    ("ca_ircc_2020_resettlement", "libreoffice", {"page_size": "Letter"}),
    ("jp_mofa_2016_syria_iraq", "reportlab", {"page_size": "A4", "fonts": "dejavu"}),
    ("jp_mofa_2016_syria_iraq", "libreoffice", {"page_size": "A4", "header": True}),
    ("ec_2025_eastern_borders_return", "reportlab", {"page_size": "A4"}),
    ("ec_2025_eastern_borders_return", "libreoffice", {"page_size": "A4", "header": True}),
    ("us_dhs_2014_unaccompanied_children", "chromium", {"page_size": "Letter", "hyphenate": True}),
    (
        "us_dhs_2014_unaccompanied_children",
        "reportlab",
        {"page_size": "Letter", "date_align": "left", "justify": False},
    ),
    ("us_notice_2026_iran_emergency", "reportlab", {"page_size": "Letter", "justify": False}),
    ("us_notice_2026_iran_emergency", "chromium", {"page_size": "Letter", "browser_header_footer": True}),
    ("eucouncil_2023_invitation", "libreoffice", {"page_size": "A4"}),
    ("eucouncil_2023_invitation", "chromium", {"page_size": "A4", "hyphenate": True}),
    (
        "ec_2025_eastern_borders_return",
        "reportlab",
        {"page_size": "A4", "stamp": "Ref. Ares(2025)1874512 - 05/03/2025"},
    ),
    ("eucouncil_2023_invitation", "libreoffice", {"page_size": "A4", "stamp": "Ref. Ares(2023)7165432 - 20/10/2023"}),
    ("ch_fdfa_2021_horn_of_africa", "libreoffice", {"page_size": "A4"}),
    ("ch_fdfa_2021_horn_of_africa", "reportlab", {"page_size": "A4", "fonts": "dejavu"}),
    ("au_home_affairs_2019_regional_processing", "chromium", {"page_size": "A4", "hyphenate": True}),
    ("au_home_affairs_2019_regional_processing", "reportlab", {"page_size": "A4"}),
    ("nl_mfa_2022_oda_ukraine", "libreoffice", {"page_size": "A4", "header": True}),
    ("nl_mfa_2022_oda_ukraine", "chromium", {"page_size": "A4", "browser_header_footer": True}),
    ("eu_joint_2025_au_summit", "reportlab", {"page_size": "A4"}),
    ("eu_joint_2025_au_summit", "chromium", {"page_size": "A4", "hyphenate": True}),
]


def sha256(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_name(stem: str, producer: str, options: dict) -> str:
    """The PDF's file name: letter, producer, '-header' for the browser's header, '-stamped' for a stamp."""
    suffix = "-header" if options.get("browser_header_footer") else ""
    suffix += "-stamped" if options.get("stamp") else ""
    return f"{stem}.{producer}{suffix}.pdf"


def stamp_pdf(pdf: Path, text: str) -> None:
    """Overlay a registration stamp along the left margin of every page (as e-registries do), with pypdf."""
    import io

    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas as rl_canvas

    reader = PdfReader(str(pdf))
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        buffer = io.BytesIO()
        overlay = rl_canvas.Canvas(buffer, pagesize=(width, height), invariant=1)
        overlay.setFont("Helvetica", 7)
        overlay.setFillGray(0.45)
        overlay.translate(18, height / 2)
        overlay.rotate(90)  # reads bottom-to-top, like a stamp in the margin
        overlay.drawCentredString(0, 0, text)
        overlay.save()
        page.merge_page(PdfReader(buffer).pages[0])
    writer.add_metadata({"/Producer": f"{reader.metadata.get('/Producer', '')}; pypdf stamp"})
    with open(pdf, "wb") as handle:
        writer.write(handle)


def signature_for(letter: LetterSource, stem: str) -> Path:
    """The letter's signature PNG (drawn once, then reused so that the bytes stay put)."""
    png = HERE / f"{stem}.signature.png"
    if not png.exists():
        draw_signature(png, strip_markup(letter.signatory))
    return png


def png_size(path: Path) -> tuple[int, int]:
    """Width and height in pixels of a PNG, from its IHDR chunk."""
    data = path.read_bytes()[16:24]
    return struct.unpack(">II", data)


def soft_hyphenate(text: str, keep: dict | None = None, seen: dict | None = None) -> str:
    """Insert soft hyphens in long words at vowel-consonant|consonant-vowel joints.

    With ``keep`` ({(word, occurrence): split}) only those break points are kept; ``seen`` counts
    each word's occurrences across calls, so that paragraphs can be hyphenated one by one.
    """
    vowel, consonant = "aeiouy", "bcdfghjklmnpqrstvwxz"
    seen = {} if seen is None else seen

    def word(match: re.Match) -> str:
        """One word with its break points."""
        w = match.group(0)
        if len(w) < MIN_SOFT_HYPHEN_WORD:
            return w
        occurrence = seen.get(w, 0)
        seen[w] = occurrence + 1
        out = [w[0]]
        for i in range(1, len(w)):
            joint = (
                3 <= i <= len(w) - 3
                and w[i - 1].lower() in consonant
                and w[i].lower() in consonant
                and w[i - 2].lower() in vowel
                and w[i + 1].lower() in vowel
            )
            if joint and (keep is None or keep.get((w, occurrence)) == i):
                out.append("\u00ad")
            out.append(w[i])
        return "".join(out)

    # Only text outside tags: the markup is already escaped, so '<' starts a tag.
    return re.sub(r"<[^>]*>|[A-Za-z]+", lambda m: m.group(0) if m.group(0).startswith("<") else word(m), text)


def clean_pdf_text(pdf: Path) -> str:
    """The PDF's text without the zero-width spaces Chromium prints for soft hyphens."""
    import pdfplumber

    pages = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            chars = page.chars
            # A space that ends after the next character starts is the soft hyphen's ghost, not a gap.
            ghosts = {
                id(c)
                for c, nxt in zip(chars, chars[1:])
                if c["text"] == " " and abs(c["top"] - nxt["top"]) < 1 and nxt["x0"] < c["x1"] - 0.5
            }
            pages.append(page.filter(lambda o: id(o) not in ghosts).extract_text() or "")
    return "\n".join(pages)


def line_end_breaks(pdf: Path, after: str) -> dict:
    """{(word, occurrence): split} of the words Chromium broke at a soft hyphen at a line end."""
    text = clean_pdf_text(pdf)
    text = text[text.find(after) + len(after) :] if after in text else text
    breaks: dict = {}
    joined: list[str] = []
    pos = 0
    for match in re.finditer(r"([A-Za-z]+)\u2010\n([A-Za-z]+)", text):
        joined.append(text[pos : match.start()])
        whole = match.group(1) + match.group(2)
        before = "".join(joined)
        occurrence = len(re.findall(rf"(?<![A-Za-z]){whole}(?![A-Za-z])", before))
        breaks[(whole, occurrence)] = len(match.group(1))
        joined.append(whole)
        pos = match.end()
    return breaks


# --- reportlab ------------------------------------------------------------------------------


def build_reportlab(letter: LetterSource, stem: str, out: Path, options: dict) -> None:
    """Render with reportlab (the corpus renderer), in the page size and style asked."""
    render_pdf(
        letter,
        out,
        signature_png=signature_for(letter, stem),
        pagesize=options["page_size"],
        fonts=options.get("fonts", "vera"),
        title=stem,
        author=strip_markup(letter.signatory),
        date_align=options.get("date_align", "right"),
        justify=options.get("justify", True),
        page_label=options.get("page_label", "{n}"),
    )


# --- LibreOffice ----------------------------------------------------------------------------

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:orphans="2" fo:widows="2"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="11pt" fo:language="en" fo:country="GB"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:line-height="145%" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="Plain" style:family="paragraph"/>
 <style:style style:name="Item" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:line-height="145%" fo:margin-left="0.8cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.15cm">
   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.6cm"/></style:style>
 <style:style style:name="Centre" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Head1" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Head2" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="HeadLast" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="1cm" fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.2cm"/><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="BI" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="{width}" fo:page-height="{height}" fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
{header}  <style:footer><text:p text:style-name="Centre">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""
FODT_TAIL = "</office:text></office:body></office:document>\n"


def _odt_inline(text: str) -> str:
    """Marked-up text as ODF spans (B, I, BI text styles), XML-escaped."""
    out = []
    for chunk, bold, italic in runs(text):
        piece = html.escape(chunk, quote=False)
        style = ("B" if bold else "") + ("I" if italic else "")
        out.append(f'<text:span text:style-name="{style}">{piece}</text:span>' if style else piece)
    return "".join(out)


def make_fodt(letter: LetterSource, stem: str, options: dict) -> str:
    """A flat ODT document of the letter with LibreOffice page styles for header and footer."""
    width, height = PAGE_SIZES[options["page_size"]]
    header = ""
    if options.get("header"):
        # A running header on every page, as many ministries print: the sender's short name.
        running = " · ".join(strip_markup(x) for x in letter.letterhead[:2])
        header = f'  <style:header><text:p text:style-name="Centre">{html.escape(running)}</text:p></style:header>\n'
    parts = [FODT_HEAD.format(title=html.escape(stem), width=width, height=height, header=header)]
    for i, line in enumerate(letter.letterhead):
        style = "Head1" if i == 0 else ("HeadLast" if i == len(letter.letterhead) - 1 else "Head2")
        parts.append(f'<text:p text:style-name="{style}">{_odt_inline(line)}</text:p>\n')
    if not letter.date_at_end:
        parts.append(f'<text:p text:style-name="Right">{_odt_inline(letter.date_line)}</text:p>\n')
    for block in letter.preamble:
        lines = "<text:line-break/>".join(_odt_inline(x) for x in block.split("\n"))
        parts.append(f'<text:p text:style-name="Plain">{lines}</text:p>\n')
    if letter.salutation:
        parts.append(f'<text:p text:style-name="Plain">{_odt_inline(letter.salutation)}</text:p>\n')
    for para in join_cut_paragraphs(letter.paragraphs):
        items = list_items(para)
        if items:
            parts += [f'<text:p text:style-name="Item">\u2022<text:tab/>{_odt_inline(i)}</text:p>\n' for i in items]
        else:
            parts.append(f'<text:p text:style-name="Body">{_odt_inline(para)}</text:p>\n')
    if letter.closing:
        parts.append(f'<text:p text:style-name="Plain">{_odt_inline(letter.closing)}</text:p>\n')
    png = signature_for(letter, stem)
    w, h = png_size(png)
    data = base64.b64encode(png.read_bytes()).decode("ascii")
    parts.append(
        '<text:p text:style-name="Plain"><draw:frame draw:name="signature" text:anchor-type="as-char" '
        f'svg:width="{SIGNATURE_WIDTH_CM}cm" svg:height="{SIGNATURE_WIDTH_CM * h / w:.2f}cm">'
        f"<draw:image><office:binary-data>{data}</office:binary-data></draw:image></draw:frame></text:p>\n"
    )
    for i, block in enumerate(letter.signature_blocks):
        if i:
            parts.append('<text:p text:style-name="Plain"/>\n')
        parts += [f'<text:p text:style-name="Plain">{_odt_inline(line)}</text:p>\n' for line in block]
    if letter.date_at_end:
        block = letter.extra.get("date_block", letter.date_line)
        lines = "<text:line-break/>".join(_odt_inline(x) for x in block.split("\n"))
        parts.append(f'<text:p text:style-name="Plain"/><text:p text:style-name="Plain">{lines}</text:p>\n')
    parts.append(FODT_TAIL)
    return "".join(parts)


def build_libreoffice(letter: LetterSource, stem: str, out: Path, options: dict) -> None:
    """Write a flat ODT and convert it with headless LibreOffice."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / f"{stem}.fodt"
        src.write_text(make_fodt(letter, stem, options), encoding="utf-8")
        # A private profile, so a desktop LibreOffice (or another build) cannot lock ours.
        profile = f"-env:UserInstallation=file://{tmp}/profile"
        subprocess.run(
            [SOFFICE, profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True,
            capture_output=True,
            timeout=CONVERT_TIMEOUT_S,
        )
        shutil.copyfile(tmp / f"{stem}.pdf", out)


# --- Chromium -------------------------------------------------------------------------------

HTML_TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
@page {{ size: {page_size}; margin: 22mm 22mm 22mm 22mm; {page_footer} }}
body {{ font-family: 'DejaVu Serif', 'Liberation Serif', serif; font-size: 12pt; line-height: 1.5; margin: 0; }}
.letterhead {{ display: flex; justify-content: space-between; border-bottom: 0.5pt solid #000;
               padding-bottom: 3mm; margin-bottom: 10mm; font-size: 10pt; }}
.letterhead.single {{ display: block; text-align: center; }}
.letterhead .col-right {{ text-align: right; }}
.letterhead .first {{ font-weight: bold; font-size: 12pt; }}
p {{ margin: 0 0 0.7em 0; }}
ul.body {{ margin: 0 0 0.7em 0; padding-left: 8mm; text-align: justify; }}
p.body {{ text-align: justify; hyphens: {hyphens}; -webkit-hyphens: {hyphens}; }}
p.date {{ text-align: right; margin-bottom: 1.5em; }}
img.signature {{ width: {sig_width}cm; display: block; margin: 0.2em 0; }}
</style></head><body>
{letterhead}
{date}
{preamble}
{salutation}
{body}
<div style="break-inside: avoid">
{closing}
<img class="signature" src="{signature}" alt="">
{signatures}
{date_at_end}
</div>
</body></html>
"""


def make_html(letter: LetterSource, stem: str, options: dict, signature: str, keep: dict | None = None) -> str:
    """An HTML page of the letter for Chromium: one- or two-column letterhead, optional hyphenation."""
    hyphenate = options.get("hyphenate", False)
    seen: dict = {}

    def inline(text: str) -> str:
        """A body paragraph as HTML, hyphenated if asked."""
        markup = to_markup(text)
        return soft_hyphenate(markup, keep, seen) if hyphenate else markup

    if any(" | " in line for line in letter.letterhead):
        left = [line.split(" | ", 1)[0] for line in letter.letterhead]
        right = [line.split(" | ", 1)[1] if " | " in line else "" for line in letter.letterhead]
        col = lambda lines: "<br>".join(  # noqa: E731
            f'<span class="first">{to_markup(x)}</span>' if i == 0 else to_markup(x) for i, x in enumerate(lines)
        )
        head = f'<div class="letterhead"><div>{col(left)}</div><div class="col-right">{col(right)}</div></div>'
    else:
        head = (
            '<div class="letterhead single">'
            + "<br>".join(
                f'<span class="first">{to_markup(x)}</span>' if i == 0 else to_markup(x)
                for i, x in enumerate(letter.letterhead)
            )
            + "</div>"
        )
    body = []
    for para in join_cut_paragraphs(letter.paragraphs):
        items = list_items(para)
        if items:
            body.append('<ul class="body">' + "".join(f"<li>{inline(i)}</li>" for i in items) + "</ul>")
        else:
            body.append(f'<p class="body">{inline(para)}</p>')
    footer = (
        "" if options.get("browser_header_footer") else "@bottom-center { content: counter(page); font-size: 9pt; }"
    )
    return HTML_TEMPLATE.format(
        title=html.escape(stem),
        page_size=options["page_size"],
        page_footer=footer,
        hyphens="auto" if hyphenate else "manual",
        sig_width=SIGNATURE_WIDTH_CM,
        letterhead=head,
        date="" if letter.date_at_end else f'<p class="date">{to_markup(letter.date_line)}</p>',
        salutation=f"<p>{to_markup(letter.salutation)}</p>" if letter.salutation else "",
        date_at_end=(
            '<p style="margin-top: 1.5em">'
            + "<br>".join(to_markup(x) for x in letter.extra.get("date_block", "").split("\n"))
            + "</p>"
        )
        if letter.date_at_end
        else "",
        preamble="\n".join("<p>" + "<br>".join(to_markup(x) for x in b.split("\n")) + "</p>" for b in letter.preamble),
        body="\n".join(body),
        closing=f"<p>{to_markup(letter.closing)}</p>" if letter.closing else "",
        signature=html.escape(signature),
        signatures="\n".join(
            "<p>" + "<br>".join(to_markup(x) for x in block) + "</p>" for block in letter.signature_blocks
        ),
    )


def build_chromium(letter: LetterSource, stem: str, out: Path, options: dict) -> None:
    """Print an HTML rendering with headless Chromium (with or without the browser's header/footer)."""
    HTML_DIR.mkdir(parents=True, exist_ok=True)
    png = signature_for(letter, stem)
    shutil.copyfile(png, HTML_DIR / png.name)
    page = HTML_DIR / f"{stem}.html"
    keep = None
    if options.get("hyphenate"):
        # Two passes: break points everywhere, then only those that ended a line, since Chromium
        # prints a zero-width space for every soft hyphen and we want hyphens, not broken words.
        page.write_text(make_html(letter, stem, options, png.name), encoding="utf-8")
        _print(page, out, options)
        keep = line_end_breaks(out, after=strip_markup(letter.salutation))
    page.write_text(make_html(letter, stem, options, png.name, keep if keep is not None else None), encoding="utf-8")
    _print(page, out, options)


def _print(page: Path, out: Path, options: dict) -> None:
    """Run headless Chromium's print-to-PDF on one page."""
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out}"]
    if not options.get("browser_header_footer"):
        cmd.append("--no-pdf-header-footer")
    cmd.append(page.as_uri())
    subprocess.run(cmd, check=True, capture_output=True, timeout=CONVERT_TIMEOUT_S)


BUILDERS = {"reportlab": build_reportlab, "libreoffice": build_libreoffice, "chromium": build_chromium}


def describe(pdf: Path) -> dict:
    """Page count, size name and whether any line ends in a hyphen, read back with pdfplumber."""
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        first = doc.pages[0]
        size = "A4" if abs(first.width - 595) < 3 else ("Letter" if abs(first.width - 612) < 3 else "other")
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
        producer = doc.metadata.get("Producer", "")
        pages = len(doc.pages)
    return {
        "pages": pages,
        "page_size": size,
        "pdf_producer": producer,
        "hyphenated": bool(re.search(r"[a-z] ?[-\u2010]\n[a-z]", text)),
    }


def build_one(stem: str, producer: str, options: dict, out_dir: Path = HERE) -> Path:
    """Render one planned PDF into out_dir and return its path."""
    out = out_dir / pdf_name(stem, producer, options)
    BUILDERS[producer](parse_letter(LETTERS / f"{stem}.txt"), stem, out, options)
    if options.get("stamp"):
        stamp_pdf(out, options["stamp"])
    return out


def producer_version(producer: str) -> str | None:
    """The version of a library producer (reportlab), whose output is reproducible."""
    if producer == "reportlab":
        import reportlab

        return reportlab.Version
    return None


def main(argv: list[str] | None = None) -> int:
    """Build the planned PDFs (or --only some letters) and rewrite the manifest."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=None, help="letter stems or producers to rebuild")
    args = parser.parse_args(argv)
    old = {e["file"]: e for e in json.loads(MANIFEST.read_text())} if MANIFEST.exists() else {}
    entries = []
    for stem, producer, options in PLAN:
        name = pdf_name(stem, producer, options)
        out = HERE / name
        wanted = args.only is None or stem in args.only or producer in args.only
        if wanted:
            build_one(stem, producer, options)
        elif not out.exists():
            continue
        entry = {
            "file": name,
            "source_letter": f"{stem}.txt",
            "producer": producer,
            "sha256": sha256(out),
            "browser_header_footer": bool(options.get("browser_header_footer")),
            "options": options,
        }
        if wanted and producer_version(producer):
            entry["producer_version"] = producer_version(producer)
        elif name in old and "producer_version" in old[name]:
            entry["producer_version"] = old[name]["producer_version"]
        entry.update(describe(out))
        if wanted or name not in old:
            print(
                f"{name:<58} {entry['pages']}p {entry['page_size']:<6} "
                f"{'hyphens ' if entry['hyphenated'] else ''}{entry['pdf_producer']}"
            )
        entries.append(entry)
    MANIFEST.write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
