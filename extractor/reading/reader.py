"""Read a letter (PDF, or plain text in the seed's format) into a `LetterText`.

The PDF path opens the file with pdfplumber, takes each page's chars once from its pdfminer
layout (closing each page after it, which keeps memory flat), builds lines (`pdf_lines`), drops running headers and footers and finds
paragraphs (`pdf_layout`), then finds the letter's parts and assembles the body
(`letter_parts`), shared with the plain-text path (`text_input`).
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import hashlib
from pathlib import Path
from typing import Optional, Union

from extractor.errors import CorruptPdf, LettersError, NotAPdf, NoTextLayer, NothingRead, WorkerCrashed
from extractor.reading.letter_parts import Block, assemble, assemble_body, split_letter, table_rows
from extractor.reading.library_warnings import reported
from extractor.reading.options import DEFAULT_READ_OPTIONS, ReadOptions, numba_mode
from extractor.reading.pdf_open import (
    DEFAULT_MAX_FILE_MB,
    DEFAULT_MAX_PAGES,
    check_file,
    is_pdf_head,
    one_line,
    open_pdf,
    sniff_kind,
)
from extractor.reading.text_input import TEXT_SUFFIXES, read_text_blocks
from models.letter import BBox, LetterText, PageInfo

DEFAULT_HASH_CHUNK = 1 << 20
DEFAULT_LOCATE_CACHE = 8  # letters whose line offsets locate() keeps: callers ground many mentions per letter

# id(letter.lines) -> (the list itself, its start offsets); the list is kept to tell a reused id apart.
_STARTS: dict[int, tuple[list, list[int]]] = {}

__all__ = ["read_letter", "read_body", "locate", "sha256_file", "DEFAULT_MAX_FILE_MB", "DEFAULT_MAX_PAGES"]


def sha256_file(path: Path) -> str:
    """The sha256 of a file's bytes, read in chunks (a letter's identity in the store)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(DEFAULT_HASH_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_letter(
    path: Union[str, Path],
    password: Optional[str] = None,
    *,
    max_file_mb: float = DEFAULT_MAX_FILE_MB,
    max_pages: int = DEFAULT_MAX_PAGES,
    options: Optional[ReadOptions] = None,
) -> LetterText:
    """Read a PDF or plain-text letter into its text, parts and layout; raise LettersError on bad input."""
    return _read(path, password, max_file_mb, max_pages, options, _letter)


def read_body(
    path: Union[str, Path],
    password: Optional[str] = None,
    *,
    max_file_mb: float = DEFAULT_MAX_FILE_MB,
    max_pages: int = DEFAULT_MAX_PAGES,
    options: Optional[ReadOptions] = None,
) -> str:
    """read_letter(...).body, the same text and errors, without the LetterText's line map, styles and paragraphs."""
    return _read(path, password, max_file_mb, max_pages, options, _body)


def _read(path, password, max_file_mb, max_pages, options, finish):
    """Read a letter's blocks and hand them to finish (_letter or _body); raise LettersError on bad input."""
    path = Path(path)
    options = options or DEFAULT_READ_OPTIONS
    head = check_file(path, max_file_mb)
    if is_pdf_head(head):
        with reported(path), _inflate_guard(path, options.engine), _collector_paused(options.engine == "pdfium"):
            return _read_pdf(path, password, max_pages, options, finish)
    if path.suffix.lower() in TEXT_SUFFIXES:
        return finish(path, "text", read_text_blocks(path), pages=[], producer=None)
    raise NotAPdf(path, kind=sniff_kind(head))


def _inflate_guard(path: Path, engine: str):
    """pdfminer's streams inflated under a limit (inflate.bounded_inflate), or nothing for pdfium, which inflates in C."""
    # pdfium never calls pdfminer, and importing pdfminer only to guard it cost ~15 ms of CPU a pdfium process.
    if engine == "pdfium":
        return contextlib.nullcontext()
    from extractor.reading.inflate import bounded_inflate

    return bounded_inflate(path)


@contextlib.contextmanager
def _collector_paused(pause: bool):
    """The cyclic garbage collector held off, for the whole process, while reading (pause), then let run again."""
    # Unless it was off already. A read makes ~half a million lists, tuples and dicts that live until the letter is
    # built, so the young generations' collections found nothing to free and cost ~8% of a read by the pdfium
    # engine; refcounting frees the rest as before. The pdfplumber engine keeps the collector: pdfminer's objects
    # hold cycles. gc.disable() is process-wide: a caller reading in threads has it off in all of them, and the
    # first read to end turns it on under the others.
    if not pause or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _letter(
    path: Path,
    fmt: str,
    blocks: list[Block],
    pages: list[PageInfo],
    producer: Optional[str],
    notes: list[Block] = (),
    ocr_words: list = (),
) -> LetterText:
    """The LetterText of a letter's blocks (ocr_words: the words OCR read, with their boxes)."""
    parts, body_blocks = _parts(blocks, notes)
    body, paragraphs, styles, lines = assemble(body_blocks)
    letter = LetterText(
        source=str(path),
        sha256=sha256_file(path),
        format=fmt,
        producer=producer,
        pages=pages,
        parts=parts,
        body=body,
        paragraphs=paragraphs,
        styles=styles,
        lines=lines,
    )
    if ocr_words:
        from extractor.reading.ocr import word_spans

        letter.ocr_words = word_spans(letter.lines, ocr_words)
    return letter


def _body(
    path: Path, fmt: str, blocks: list[Block], pages: list, producer: Optional[str], notes=(), ocr_words=()
) -> str:
    """The body alone of a letter's blocks, as _letter's LetterText holds it."""
    return assemble_body(_parts(blocks, notes)[1])


def _parts(blocks: list[Block], notes: list[Block]) -> tuple:
    """(the letter's parts, the body's blocks: its tables read row by row, then the footnotes)."""
    parts, body_blocks = split_letter(blocks)
    body_blocks = table_rows(body_blocks)
    body_blocks += list(notes)  # footnotes follow the body, out of the way of its paragraphs
    return parts, body_blocks


def _producer(pdf) -> Optional[str]:
    metadata = getattr(pdf, "metadata", None) or {}
    for key in ("Producer", "Creator"):
        value = metadata.get(key)
        if isinstance(value, bytes):
            value = value.decode("latin-1", errors="replace")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


@contextlib.contextmanager
def _open_pages(path: Path, password: Optional[str], max_pages: int, engine: str):
    """(producer, pages) of a PDF read by the engine: each page (width, height, chars, shapes, may_have_copies, columns),
    the last two what pdf_lines.page_lines may take from the engine (None: nothing)."""
    if engine == "pdfium":
        from extractor.reading.pdfium_chars import open_document

        with open_document(path, password, max_pages) as document:
            yield (
                document.producer,
                ((p.width, p.height, p.chars, p.shapes, p.may_have_copies, p.columns) for p in document.pages()),
            )
        return
    from extractor.reading.pdf_lines import plumber_page

    def pages(pdf):
        for page in pdf.pages:
            try:
                yield (*plumber_page(page), None, None)
            finally:
                page.close()  # frees pdfplumber's per-page caches: 44 MiB instead of 900 for 100 pages

    with open_pdf(path, password, max_pages) as pdf:
        try:
            producer = _producer(pdf)
        except Exception as error:  # noqa: BLE001 - a damaged info dictionary
            raise CorruptPdf(path, reason=one_line(error)) from None
        yield producer, pages(pdf)


def _read_pdf(path: Path, password: Optional[str], max_pages: int, options: ReadOptions, finish=_letter):
    """The letter read from a PDF's pages, made by finish (_letter: its LetterText; _body: its body)."""
    from extractor.reading.pdf_layout import PageLines, drop_running, paragraphs, take_footnotes
    from extractor.reading.pdf_lines import page_lines

    if options.engine == "pdfium":
        numba_mode()  # a wrong $LETTERS_NUMBA is the caller's ValueError, not this PDF's fault
    infos: list[PageInfo] = []
    pages: list[PageLines] = []
    chars = 0
    with _open_pages(path, password, max_pages, options.engine) as (producer, pdf_pages):
        try:
            for number, (width, height, page_chars, shapes, copies, columns) in enumerate(pdf_pages, start=1):
                lines, images, count, upright = page_lines(width, height, page_chars, shapes, number, copies, columns)
                infos.append(PageInfo(number=number, width=width, height=height, has_text=count > 0))
                chars += count
                pages.append(PageLines(number=number, lines=lines, images=images, height=upright))
        except LettersError:
            raise
        except Exception as error:  # noqa: BLE001 - pdfminer and pdfium fail on damaged files in many ways
            raise CorruptPdf(path, reason=one_line(error)) from None
    if chars == 0 and options.ocr == "never":
        raise NoTextLayer(path, pages=len(infos))
    words = _read_by_ocr(path, password, options, pages, infos)
    if not any(page.lines for page in pages):
        raise NothingRead(path, pages=len(infos))
    try:
        drop_running(pages)
        notes = take_footnotes(pages)
        return finish(path, "pdf", paragraphs(pages), pages=infos, producer=producer, notes=notes, ocr_words=words)
    except Exception as error:  # noqa: BLE001 - a bug of ours on an odd layout: one line, not a traceback
        raise WorkerCrashed(path, reason=one_line(error)) from error


def _read_by_ocr(path: Path, password: Optional[str], options: ReadOptions, pages: list, infos: list[PageInfo]) -> list:
    """Read by OCR the pages that need it (`ocr.ocr_reason`), in place; return the words read, with their boxes."""
    if options.ocr == "never":
        return []
    from extractor.reading.ocr import PageOcrReader, ocr_reason

    words = []
    judged: dict[str, bool] = {}  # the dictionary's answer for each word of the letter, asked once
    with PageOcrReader(path, password, options) as reader:
        for page, info in zip(pages, infos):
            why, share = ocr_reason(options.ocr, page.lines, info.has_text, judged)
            if why is None:
                continue
            read = reader.read(page.number, why, share)
            page.lines, page.images, page.height = read.lines, read.images, read.height
            info.ocr = read.info
            words.extend(read.words)
    return words


def locate(letter: LetterText, start: int, end: int) -> list[tuple[int, BBox]]:
    """Where body[start:end] stands in the PDF: one (page, box) per line it covers (empty for text input)."""
    lines = letter.lines
    if not lines or end <= start:
        return []
    cached = _STARTS.get(id(lines))
    if cached is None or cached[0] is not lines:
        if len(_STARTS) >= DEFAULT_LOCATE_CACHE:
            _STARTS.clear()
        cached = _STARTS[id(lines)] = (lines, [line.start for line in lines])
    starts = cached[1]
    index = max(0, bisect.bisect_right(starts, start) - 1)
    boxes = []
    for line in lines[index:]:
        if line.start >= end:
            break
        lo, hi = max(start, line.start), min(end, line.end)
        if hi <= lo:
            continue
        first, last = lo - line.start, hi - 1 - line.start
        if line.char_x0 and last < len(line.char_x1):
            x0, x1 = line.char_x0[first], line.char_x1[last]
        else:
            x0, x1 = line.bbox.x0, line.bbox.x1
        boxes.append((line.page, BBox(x0=x0, top=line.bbox.top, x1=x1, bottom=line.bbox.bottom)))
    return boxes
