"""A PDF page as a PNG with a mention's boxes drawn on it (pypdfium2 renders, Pillow draws).

The store records each letter's source path and sha256: the page is drawn only from the file the
letter was read from (same bytes), so a box never lands on another version of the PDF.
"""

from __future__ import annotations

import functools
import hashlib
import io
from pathlib import Path
from typing import Iterable, Optional

from extractor.errors import MissingExtra
from models.letter import BBox

# Pixels per PDF point (72 per inch): 1.5 is 108 dpi, readable at screen width.
DEFAULT_SCALE = 1.5
BOX_COLOUR = (220, 20, 60)
BOX_WIDTH = 3
# Space around a box, in points, so the line does not cover the words.
BOX_MARGIN = 2.0
HASH_CHUNK = 1 << 20


@functools.lru_cache(maxsize=256)
def _sha256_of(path: str, _size: int, _mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(HASH_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def find_pdf(source: str, sha256: str, store_dir: Path) -> Optional[Path]:
    """The PDF a letter was read from, if it is at hand with the same bytes: as stored, or beside the store."""
    if not source.lower().endswith(".pdf"):
        return None
    given = Path(source)
    for candidate in (given, store_dir / given, store_dir / given.name):
        try:
            info = candidate.stat()
        except OSError:
            continue
        if candidate.is_file() and _sha256_of(str(candidate.resolve()), info.st_size, info.st_mtime_ns) == sha256:
            return candidate
    return None


def page_png(pdf: Path, page_number: int, boxes: Iterable[BBox], scale: float = DEFAULT_SCALE) -> bytes:
    """Page page_number (1-based) of pdf as PNG bytes, with each box outlined."""
    try:
        import pypdfium2
        from PIL import ImageDraw
    except ImportError:
        raise MissingExtra("page images", extra="serve") from None
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        page = document[page_number - 1]
        image = page.render(scale=scale).to_pil().convert("RGB")
        page.close()
    finally:
        document.close()
    draw = ImageDraw.Draw(image)
    for box in boxes:
        # Boxes are in points from the top-left corner, as pdfplumber reads them; pdfium renders the same way up.
        draw.rectangle(
            [
                (box.x0 - BOX_MARGIN) * scale,
                (box.top - BOX_MARGIN) * scale,
                (box.x1 + BOX_MARGIN) * scale,
                (box.bottom + BOX_MARGIN) * scale,
            ],
            outline=BOX_COLOUR,
            width=BOX_WIDTH,
        )
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
