"""Build the corpus PDFs from their text sources and write corpus/manifest.json.

Run: ``python corpus/build.py`` (``make corpus``). The seed letter is rendered with reportlab
(deterministic: same source, same bytes). Letters taken from tests/letters are rendered by other
PDF producers (LibreOffice, Chromium) by ``tests/pdfs/build.py``; this script copies those PDFs
here, since the producers are not installed everywhere.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from letter_source import parse_letter  # noqa: E402
from render_reportlab import render_pdf  # noqa: E402
from signature import draw_signature  # noqa: E402

MANIFEST = HERE / "manifest.json"
TEST_PDFS = REPO / "tests" / "pdfs"
TEST_LETTERS = REPO / "tests" / "letters"
ID_HASH_CHARS = 16

# The corpus: the seed, rendered here, and test letters rendered by other producers.
SEED = {
    "id": "000_b14c71ca2748bd18",
    "source": "000_b14c71ca2748bd18.txt",
    "author": "Ursula von der Leyen, President of the European Commission",
    "letterhead": ["EUROPEAN COMMISSION", "The President"],
    "title": "Letter from President von der Leyen to EU leaders on migration",
}
FROM_TESTS = [
    # (number, tests/letters source, tests/pdfs file, author)
    (
        1,
        "gr_ministry_2023_eastern_med.txt",
        "gr_ministry_2023_eastern_med.libreoffice.pdf",
        "Minister of Migration and Asylum, Hellenic Republic (fictional letter)",
    ),
    (
        2,
        "uk_home_office_2023_small_boats.txt",
        "uk_home_office_2023_small_boats.chromium.pdf",
        "Home Secretary, United Kingdom (fictional letter)",
    ),
    (
        3,
        "ec_2024_global_gateway.txt",
        "ec_2024_global_gateway.reportlab.pdf",
        "Commissioner for International Partnerships, European Commission (fictional letter)",
    ),
]


def sha256(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def letter_id(number: int, source: Path) -> str:
    """A corpus id like the seed's: a running number and a prefix of the source text's sha256."""
    return f"{number:03d}_{sha256(source)[:ID_HASH_CHARS]}"


def iso_date(letter) -> str | None:
    """The letter's date line as ISO 8601, if it parses (day-month or month-day order)."""
    import datetime as dt
    import re

    text = re.sub(r"(\d+)(st|nd|rd|th)( of)?", r"\1", letter.date_text).replace(",", "")
    for fmt in ("%d %B %Y", "%B %d %Y", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def reportlab_version() -> str:
    """The reportlab version that wrote the PDF (another version writes other bytes)."""
    import reportlab

    return reportlab.Version


def build_seed(out_dir: Path, regenerate_signature: bool = False) -> dict:
    """Render the seed letter with reportlab into out_dir; return its manifest entry."""
    source = HERE / SEED["source"]
    letter = parse_letter(source)
    signature = HERE / f"{SEED['id']}.signature.png"
    if regenerate_signature or not signature.exists():
        draw_signature(signature, letter.signatory)
    pdf = out_dir / f"{SEED['id']}.pdf"
    render_pdf(
        letter,
        pdf,
        signature_png=signature,
        pagesize="A4",
        fonts="vera",
        letterhead=SEED["letterhead"],
        title=SEED["title"],
        author=SEED["author"],
    )
    return {
        "id": SEED["id"],
        "file": pdf.name,
        "date": iso_date(letter),
        "author": SEED["author"],
        "source": SEED["source"],
        "sha256": sha256(pdf),
        "producer": "reportlab",
        "producer_version": reportlab_version(),
    }


def copy_from_tests(out_dir: Path) -> list[dict]:
    """Copy the test letters' PDFs from other producers (and their sources) into out_dir."""
    manifest = TEST_PDFS / "manifest.json"
    if not manifest.exists():
        print(f"warning: {manifest} missing; run tests/pdfs/build.py first", file=sys.stderr)
        return []
    pdf_manifest = {e["file"]: e for e in json.loads(manifest.read_text())}
    entries = []
    for number, source_name, pdf_name, author in FROM_TESTS:
        source = TEST_LETTERS / source_name
        ident = letter_id(number, source)
        shutil.copyfile(source, out_dir / f"{ident}.txt")
        shutil.copyfile(TEST_PDFS / pdf_name, out_dir / f"{ident}.pdf")
        entries.append(
            {
                "id": ident,
                "file": f"{ident}.pdf",
                "date": iso_date(parse_letter(source)),
                "author": author,
                "source": f"{ident}.txt",
                "sha256": sha256(out_dir / f"{ident}.pdf"),
                "producer": pdf_manifest[pdf_name]["producer"],
            }
        )
    return entries


def build(out_dir: Path = HERE, regenerate_signature: bool = False, with_tests: bool = True) -> list[dict]:
    """Build every corpus PDF into out_dir and return the manifest entries."""
    out_dir.mkdir(parents=True, exist_ok=True)
    entries = [build_seed(out_dir, regenerate_signature)]
    if with_tests:
        entries += copy_from_tests(out_dir)
    return entries


def main(argv: list[str] | None = None) -> int:
    """Command line: build into corpus/ (or --out) and write the manifest."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write the PDFs to")
    parser.add_argument("--signatures", action="store_true", help="redraw the signature images")
    args = parser.parse_args(argv)
    entries = build(args.out, args.signatures)
    if args.out.resolve() == HERE:
        MANIFEST.write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for entry in entries:
        print(f"{entry['file']}  {entry['producer']:<12} {entry['sha256'][:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
