"""The hostile corpus: PDFs made by code to hang, exhaust or confuse a reader, each with what it should get.

Run `python tests/hostile/build.py OUT_DIR` to write them; the tests call `build_corpus(folder)`.
Every case is a `Case(name, data, expect)`: `expect` is "read" (exit 0) or the fragment of the
one-line error it must end in. A case that exhausts time or memory may be stopped by either
limit first ("limit").
"""

from __future__ import annotations

import io
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

# Sizes: big enough to defeat an unbounded reader, small on disk (every case is < 2 MB).
BOMB_MIB = 1024  # a Flate stream inflating to 1 GiB of zeros
ENDLESS_OPERATORS = 3_000_000  # drawing operators in one content stream
GLYPHS = 4_000_000  # characters shown by one content stream
NESTING = 200_000  # levels of nested arrays
CLAIMED_PAGES = 1_000_000_000  # what the page tree's /Count says
PAGE_REFS = 30_000  # kids of one page tree, all the same page
FORM_DEPTH = 50  # forms drawing each other, each twice: 2**50 draws of one glyph

LIMIT = "limit"  # the case ends at the time or the memory limit, whichever comes first
READ = "read"  # the case is read (exit 0)


@dataclass(frozen=True)
class Case:
    """One hostile file: its name, bytes and expected outcome."""

    name: str
    data: bytes
    expect: str


def pdf(objects: list[bytes], root: int = 1, xref: bool = True) -> bytes:
    """A PDF of the given objects (numbered from 1), with a correct xref table unless told otherwise."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    start = out.tell()
    if xref:
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, start))
    return out.getvalue()


def stream(data: bytes, extra: bytes = b"") -> bytes:
    """A stream object's body."""
    return b"<< " + extra + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def page_pdf(content: bytes, extra: bytes = b"/Filter /FlateDecode", resources: bytes = b"") -> bytes:
    """A one-page PDF whose page draws `content` with Helvetica as /F1 (and any extra resources)."""
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> " + resources + b">> >>",
            stream(content, extra),
            FONT,
        ]
    )


def flate_bomb(mebibytes: int = BOMB_MIB, prefix: bytes = b"") -> bytes:
    """A zlib stream of prefix + `mebibytes` MiB of zeros, ~1/1000 of that on disk, built without compressing it all."""
    chunk = b"\0" * (1 << 20)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    # Every block after the first sees a window of zeros only, so one block repeats validly.
    first = packer.compress(prefix + chunk) + packer.flush(zlib.Z_SYNC_FLUSH)
    middle = packer.compress(chunk) + packer.flush(zlib.Z_SYNC_FLUSH)
    last = packer.flush(zlib.Z_FINISH)
    adler = zlib.adler32(prefix)
    for _ in range(mebibytes):
        adler = zlib.adler32(chunk, adler)
    return b"\x78\xda" + first + middle * (mebibytes - 1) + last + adler.to_bytes(4, "big")


def good_letter() -> bytes:
    """A small, well-formed letter (the control: every command reads it)."""
    text = [
        b"Brussels, 3 February 2025",
        b"Dear Minister,",
        b"The European Commission will provide EUR 10 million to Tunisia this year.",
        b"Yours sincerely,",
        b"Ana Marques",
    ]
    ops = b"BT /F1 11 Tf 72 760 Td 16 TL " + b" ".join(b"(" + line + b") Tj T*" for line in text) + b" ET"
    return page_pdf(zlib.compress(ops))


def endless_content() -> bytes:
    """Millions of drawing operators in one content stream: slow to interpret, small on disk."""
    return page_pdf(zlib.compress(b"1 0 0 1 0 0 cm 0 0 m 1 1 l S\n" * ENDLESS_OPERATORS, 9))


def glyph_bomb() -> bytes:
    """One content stream showing millions of characters: a reader keeps an object per character."""
    line = b"(" + b"A" * 1000 + b") Tj\n"
    return page_pdf(zlib.compress(b"BT /F1 1 Tf 0 0 Td\n" + line * (GLYPHS // 1000) + b"ET", 9))


def bomb_in_content() -> bytes:
    """A 1 GiB Flate bomb as the page's content stream."""
    return page_pdf(flate_bomb())


def bomb_in_object_stream() -> bytes:
    """The catalog and page tree in a compressed object stream (PDF 1.5) that inflates to 1 GiB."""
    catalog, pages = b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"
    header = b"1 0 2 %d " % (len(catalog) + 1)
    body = header + catalog + b" " + pages + b" "
    packed = flate_bomb(prefix=body)
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    objstm = out.tell()
    out.write(b"3 0 obj\n" + stream(packed, b"/Type /ObjStm /N 2 /First %d /Filter /FlateDecode" % len(header)))
    out.write(b"\nendobj\n")
    xref = out.tell()
    # Cross-reference stream rows (W [1 4 2]): 0 free; 1 and 2 inside object 3; 3 and 4 at offsets.
    rows = b"".join(
        bytes([kind]) + field.to_bytes(4, "big") + index.to_bytes(2, "big")
        for kind, field, index in ((0, 0, 65535), (2, 3, 0), (2, 3, 1), (1, objstm, 0), (1, xref, 0))
    )
    out.write(b"4 0 obj\n" + stream(rows, b"/Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R") + b"\nendobj\n")
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def double_flate_bomb() -> bytes:
    """A bomb deflated twice ([/FlateDecode /FlateDecode]): each layer alone looks modest."""
    return page_pdf(zlib.compress(flate_bomb(), 9), extra=b"/Filter [/FlateDecode /FlateDecode]")


def deep_nesting() -> bytes:
    """A page whose annotation array nests hundreds of thousands of levels deep."""
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots " + b"[" * NESTING + b"]" * NESTING + b" >>",
        ]
    )


def claimed_pages() -> bytes:
    """A page tree whose /Count claims a billion pages."""
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % CLAIMED_PAGES,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ]
    )


def many_pages() -> bytes:
    """A page tree of tens of thousands of kids, all one page (read once: a page is not visited twice)."""
    kids = b" ".join(b"3 0 R" for _ in range(PAGE_REFS))
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ]
    )


def page_tree_loop() -> bytes:
    """A page tree whose Pages node lists itself as its own kid."""
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R 2 0 R] /Count 2 >>"])


def form_recursion() -> bytes:
    """Forms that each draw the next one twice: an exponential number of draws from a few objects."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >> >>",
        stream(b"/X Do"),
        FONT,
    ]
    for depth in range(FORM_DEPTH):
        number = 6 + depth
        if depth + 1 < FORM_DEPTH:
            body, resources = b"/X Do /X Do", b"/XObject << /X %d 0 R >>" % (number + 1)
        else:
            body, resources = b"BT /F1 1 Tf (A) Tj ET", b""
        objects.append(
            stream(
                body,
                b"/Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /Font << /F1 5 0 R >> "
                + resources
                + b" >>",
            )
        )
    return pdf(objects)


def self_drawing_form() -> bytes:
    """A form that draws itself."""
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /XObject << /X 5 0 R >> >> >>",
            stream(b"/X Do"),
            stream(b"/X Do", b"/Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << /X 5 0 R >> >>"),
        ]
    )


def broken_xref() -> bytes:
    """A good letter whose xref offsets all point to the wrong place."""
    data = good_letter()
    head, tail = data.split(b"xref\n", 1)
    rows = tail.split(b"\n")
    rows = [b"%010d 00000 n " % (7 + i * 13) if row.endswith(b" n ") else row for i, row in enumerate(rows)]
    return head + b"xref\n" + b"\n".join(rows)


def huge_length() -> bytes:
    """A content stream whose /Length claims a terabyte."""
    return good_letter().replace(b"/Length ", b"/Length 1000000000000 %% ", 1)


def truncated() -> bytes:
    """A good letter cut in half: no xref, no trailer."""
    data = good_letter()
    return data[: len(data) // 2]


def cases() -> list[Case]:
    """Every hostile case, with what it should get."""
    return [
        Case("good.pdf", good_letter(), READ),
        Case("endless_content.pdf", endless_content(), "gave up after"),
        Case("glyph_bomb.pdf", glyph_bomb(), LIMIT),
        Case("flate_bomb.pdf", bomb_in_content(), "decompression bomb"),
        Case("object_stream_bomb.pdf", bomb_in_object_stream(), "decompression bomb"),
        Case("double_flate_bomb.pdf", double_flate_bomb(), "decompression bomb"),
        Case("deep_nesting.pdf", deep_nesting(), "no text layer"),
        Case("claimed_pages.pdf", claimed_pages(), "too large to read"),
        Case("many_pages.pdf", many_pages(), "no text layer"),
        Case("page_tree_loop.pdf", page_tree_loop(), "has no pages"),
        Case("form_recursion.pdf", form_recursion(), LIMIT),
        Case("self_drawing_form.pdf", self_drawing_form(), "no text layer"),
        Case("broken_xref.pdf", broken_xref(), "has no pages"),
        Case("huge_length.pdf", huge_length(), "no text layer"),
        Case("truncated.pdf", truncated(), "corrupt or truncated"),
        Case("empty.pdf", b"", "not a PDF"),
        Case("zip_named_pdf.pdf", b"PK\x03\x04" + b"\0" * 64, "not a PDF"),
    ]


def build_corpus(folder: Path) -> list[tuple[Path, Case]]:
    """Write every case into folder; return (path, case) pairs."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for case in cases():
        path = folder / case.name
        path.write_bytes(case.data)
        written.append((path, case))
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/hostile/build.py OUT_DIR")
    for path, case in build_corpus(Path(sys.argv[1])):
        print(f"{path}  {len(case.data):>9} bytes  expect: {case.expect}")
