"""Print the series letters as PDFs from two producers (reportlab and headless Chromium).

The two producers break lines and pages in different places, with different fonts, so a diff of
the same letter printed by both must report no change. Run from the repository root:
``.venv/bin/python tests/letters/series/make_pdfs.py`` (needs reportlab and /usr/bin/chromium);
the PDFs are committed because they are small and CI may lack a producer.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SERIES_DIR = Path(__file__).resolve().parent
OUT_DIR = SERIES_DIR / "pdfs"
LETTERS = ("med_1", "med_2", "med_3", "notice_1", "notice_2")
# A large font makes reportlab's copy break pages mid-paragraph, where Chromium's copy has none.
REPORTLAB_FONT_SIZE = 22
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer")


def _blocks(text: str) -> list[str]:
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]


def _inline_html(block: str) -> str:
    escaped = html.escape(block)
    escaped = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escaped)
    return re.sub(r"\*(.+?)\*", r"<i>\1</i>", escaped)


def reportlab_pdf(source: Path, out: Path) -> None:
    """Print a letter with reportlab's platypus (A4, large Helvetica)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    style = ParagraphStyle(
        "body", fontName="Helvetica", fontSize=REPORTLAB_FONT_SIZE, leading=REPORTLAB_FONT_SIZE * 1.3
    )
    story = []
    for block in _blocks(source.read_text(encoding="utf-8")):
        story += [Paragraph(_inline_html(block), style), Spacer(1, REPORTLAB_FONT_SIZE * 0.8)]
    SimpleDocTemplate(str(out), pagesize=A4, title=source.stem, author="policy-letters tests").build(story)


def chromium_pdf(source: Path, out: Path) -> None:
    """Print a letter's HTML rendering with headless Chromium (Letter size, serif)."""
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        raise SystemExit("chromium is not installed")
    paragraphs = "\n".join(f"<p>{_inline_html(b)}</p>" for b in _blocks(source.read_text(encoding="utf-8")))
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
        "@page{size:Letter;margin:2.2cm}body{font-family:serif;font-size:11.5pt;line-height:1.35}"
        f"</style><title>{source.stem}</title></head><body>{paragraphs}</body></html>"
    )
    with tempfile.TemporaryDirectory() as tmp:
        page_file = Path(tmp) / f"{source.stem}.html"
        page_file.write_text(page, encoding="utf-8")
        subprocess.run(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}", page_file.as_uri()],
            check=True,
            capture_output=True,
            timeout=120,
        )


def main(names: list[str]) -> None:
    """Write <name>.reportlab.pdf and <name>.chromium.pdf for each letter."""
    OUT_DIR.mkdir(exist_ok=True)
    for name in names or LETTERS:
        source = SERIES_DIR / f"{name}.txt"
        reportlab_pdf(source, OUT_DIR / f"{name}.reportlab.pdf")
        chromium_pdf(source, OUT_DIR / f"{name}.chromium.pdf")
        print(name)


if __name__ == "__main__":
    main(sys.argv[1:])
