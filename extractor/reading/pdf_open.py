"""Opening a PDF safely: sniffing what a file is, refusing what cannot be read, one error each."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Iterator, Optional

from extractor.errors import (
    CannotRead,
    CorruptPdf,
    EmptyPdf,
    EncryptedPdf,
    LettersError,
    NotAFile,
    NotFound,
    TooLarge,
    WrongPassword,
)

DEFAULT_MAX_FILE_MB = 200  # a letter is rarely above a few MB; past this it is not a letter
DEFAULT_MAX_PAGES = 2000  # ~20 s a hundred pages with pdfplumber: refuse what would take an hour
DEFAULT_SNIFF_BYTES = 1024  # the PDF spec lets "%PDF-" start anywhere in the first 1024 bytes
DEFAULT_REASON_CHARS = 160  # an exception's text is cut to this many characters in the one-line error

# Magic numbers of the files people most often mistake for a PDF, checked in order.
_MAGIC = [
    (b"PK\x03\x04", "a ZIP archive (a .docx, .xlsx or .zip?)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%!PS", "a PostScript file"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc, .xls)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
]


def sniff_kind(head: bytes) -> str:
    """Say in a few words what a file that is not a PDF looks like, from its first bytes."""
    if not head:
        return "an empty file"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html")) or b"<html" in stripped[:512]:
        return "HTML (a web page saved instead of the PDF?)"
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<svg"):
        return "XML"
    if stripped.startswith((b"{", b"[")):
        return "JSON or other text"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut by the sniff window is still text.
        if error.start < len(head) - 4:
            return "binary data"
    return "plain text"


def is_pdf_head(head: bytes) -> bool:
    """True when the bytes start like a PDF (the header may follow some junk, as the spec allows)."""
    return b"%PDF-" in head[:DEFAULT_SNIFF_BYTES]


def check_file(path: Path, max_file_mb: float = DEFAULT_MAX_FILE_MB) -> bytes:
    """Refuse a missing, non-regular, unreadable or oversized file before parsing; return its first bytes."""
    try:
        if not path.exists():
            raise NotFound(path)
        if not path.is_file():
            raise NotAFile(path)
        size = path.stat().st_size
        if size > max_file_mb * 1024 * 1024:
            raise TooLarge(path, what="the file", size=f"{size / 1024 / 1024:.0f} MB", limit=f"{max_file_mb:g} MB")
        with open(path, "rb") as handle:
            return handle.read(DEFAULT_SNIFF_BYTES)
    except OSError as error:
        # A name too long, no permission, an I/O error: the system's reason, not a crash.
        raise CannotRead(path, reason=error.strerror or str(error)) from None


def one_line(error: BaseException) -> str:
    """An exception as 'ClassName: first line of its text', short enough for a one-line error."""
    if error.args and isinstance(error.args[0], BaseException):
        error = error.args[0]  # pdfplumber's PdfminerException only wraps the real one
    text = " ".join(str(error).split())
    name = type(error).__name__
    reason = f"{name}: {text}" if text else name
    if len(reason) > DEFAULT_REASON_CHARS:
        reason = reason[: DEFAULT_REASON_CHARS - 1] + "…"
    return reason


def _page_count(pdf) -> Optional[int]:
    """The /Count of the page tree, read without building the pages (None when it is unreadable)."""
    try:
        from pdfminer.pdftypes import resolve1

        pages = resolve1(pdf.doc.catalog.get("Pages"))
        count = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
        return int(count) if isinstance(count, (int, float)) else None
    except Exception:  # noqa: BLE001 - a broken tree is found again when the pages are read
        return None


_CATALOG = re.compile(rb"(\d+)\s+(\d+)\s+obj\s*<<(?:(?!endobj).){0,400}?/Type\s*/Catalog", re.S)


def with_trailer(data: bytes) -> Optional[bytes]:
    """A file cut before its trailer, given one that points at its last /Catalog (None if it has none)."""
    found = list(_CATALOG.finditer(data))
    if not found:
        return None
    number, generation = found[-1].group(1, 2)
    return data + b"\ntrailer\n<< /Root %s %s R >>\nstartxref\n0\n%%%%EOF\n" % (number, generation)


def rebuilt(path: Path) -> tuple[Optional[bytes], bool]:
    """A second chance for a damaged file: (its bytes as pypdf's lenient parser rebuilds them, or None;
    whether pypdf read it and found no pages). An encrypted file is not ours to rebuild."""
    import io
    import logging

    try:
        from pypdf import PdfReader, PdfWriter
    except ImportError:  # pragma: no cover - a declared dependency
        return None, False
    data = path.read_bytes()
    patched = with_trailer(data)
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair warnings are not the user's business
    empty = False
    for blob in [data] + ([patched] if patched else []):
        try:
            reader = PdfReader(io.BytesIO(blob), strict=False)
            if reader.is_encrypted:
                return None, False
            writer = PdfWriter()
            for page in reader.pages:
                writer.add_page(page)
            if not writer.pages:
                empty = True
                continue
            buffer = io.BytesIO()
            writer.write(buffer)
            return buffer.getvalue(), False
        except Exception:  # noqa: BLE001 - the caller reports the first parser's reason
            continue
    return None, empty


def _repaired(path: Path, password: Optional[str]):
    """The damaged file rebuilt by pypdf and opened with pdfplumber (None if it cannot be)."""
    import io

    import pdfplumber

    data, _ = rebuilt(path)
    if data is None:
        return None
    try:
        return pdfplumber.open(io.BytesIO(data), password=password or "")
    except Exception:  # noqa: BLE001 - the caller reports the first parser's reason
        return None


@contextlib.contextmanager
def open_pdf(path: Path, password: Optional[str] = None, max_pages: int = DEFAULT_MAX_PAGES) -> Iterator[object]:
    """Open a PDF with pdfplumber, turning every way it can fail into a LettersError."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(path, password=password or "")
    except LettersError:
        raise
    except Exception as error:  # noqa: BLE001 - pdfminer raises many unrelated classes on bad files
        # pdfplumber wraps pdfminer's exception in its own PdfminerException: look inside.
        inner = error.args[0] if error.args and isinstance(error.args[0], BaseException) else error
        if isinstance(inner, PDFPasswordIncorrect) or "encrypt" in type(inner).__name__.lower():
            raise (WrongPassword(path) if password else EncryptedPdf(path)) from None
        pdf = _repaired(path, password)
        if pdf is None:
            raise CorruptPdf(path, reason=one_line(inner)) from None
    try:
        count = _page_count(pdf)
        if count is not None and count > max_pages:
            raise TooLarge(path, what="the page count", size=count, limit=max_pages)
        try:
            pages = pdf.pages
        except Exception as error:  # noqa: BLE001
            raise CorruptPdf(path, reason=one_line(error)) from None
        if not pages:
            raise EmptyPdf(path)
        if len(pages) > max_pages:
            raise TooLarge(path, what="the page count", size=len(pages), limit=max_pages)
        yield pdf
    finally:
        with contextlib.suppress(Exception):
            pdf.close()
