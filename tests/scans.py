"""Scans made by code from text PDFs: each page rendered in grey, skewed, speckled and saved as JPEG in an image-only PDF.

A test helper (tests/ is on sys.path) and a script: ``python tests/scans.py PDF... --out DIR``
writes ``DIR/<stem>.scan.pdf`` for each PDF (``<stem>`` without a producer suffix such as
``.reportlab``), which ``letters eval GOLD_DIR --corpus DIR`` scores as letters of their own.
"""

from __future__ import annotations

import argparse
import io
import random
from pathlib import Path

SCAN_DPI = 200  # what an office scanner or fax machine produces
MAX_SKEW_DEGREES = 1.5  # a page fed a little crooked
SPECKLE_SHARE = 0.002  # share of pixels flipped to dark or light: dust, toner and fax noise
JPEG_QUALITY = 70
PRODUCERS = (".reportlab", ".chromium")


def scan_pages(pdf_path: Path, seed: int = 0, dpi: int = SCAN_DPI, skew: float | None = None) -> list:
    """The PDF's pages as scanned PIL images (grey, skewed by up to MAX_SKEW_DEGREES, speckled)."""
    import numpy as np
    import pypdfium2
    from PIL import Image

    rng = random.Random(f"{pdf_path.name}:{seed}")
    pages = []
    document = pypdfium2.PdfDocument(str(pdf_path))
    try:
        for page in document:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            angle = skew if skew is not None else rng.uniform(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES)
            image = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
            pixels = np.asarray(image).copy()
            noise = np.random.default_rng(rng.randrange(2**32))
            flip = noise.random(pixels.shape) < SPECKLE_SHARE
            pixels[flip] = noise.choice(np.array([0, 255], dtype=np.uint8), size=int(flip.sum()))
            pages.append(Image.fromarray(pixels, mode="L"))
    finally:
        document.close()
    return pages


def write_scan(pdf_path: Path, out: Path, seed: int = 0, skew: float | None = None) -> Path:
    """Write the scan of pdf_path as an image-only PDF of JPEG pages; return out."""
    from PIL import Image

    pages = []
    for image in scan_pages(pdf_path, seed=seed, skew=skew):
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=JPEG_QUALITY)
        pages.append(Image.open(io.BytesIO(buffer.getvalue())))  # the JPEG's own pixels, artefacts included
    pages[0].save(out, "PDF", resolution=SCAN_DPI, save_all=True, append_images=pages[1:])
    return out


def scan_stem(pdf_path: Path) -> str:
    """The letter's stem without a producer suffix: us_2021-01-20_x.reportlab.pdf -> us_2021-01-20_x."""
    stem = pdf_path.stem
    for suffix in PRODUCERS:
        if stem.endswith(suffix):
            return stem[: -len(suffix)]
    return stem


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for pdf in args.pdfs:
        out = write_scan(pdf, args.out / f"{scan_stem(pdf)}.scan.pdf", seed=args.seed)
        print(out)


if __name__ == "__main__":
    main()
