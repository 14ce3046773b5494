"""Library warnings while a file is read: one summary line per file, the details with --verbose."""

from __future__ import annotations

import logging
import warnings

import pytest

from extractor.reading.library_warnings import reported, set_verbose
from extractor.reading.reader import read_letter

# A page whose content stream repeats an operator pdfminer cannot use ("/P0 g": a gray level that is
# a name), so that pdfminer logs one warning for each.
WARNINGS = 300


def _pdf(content: bytes) -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


@pytest.fixture()
def noisy_pdf(tmp_path):
    text = b"BT /F1 12 Tf 72 700 Td (The Commission will mobilise EUR 80 million for Tunisia.) Tj ET\n"
    path = tmp_path / "noisy.pdf"
    path.write_bytes(_pdf(text + b"/P0 g\n" * WARNINGS))
    return path


def test_a_noisy_pdf_gives_one_summary_line(noisy_pdf, capsys):
    set_verbose(False)
    letter = read_letter(noisy_pdf)
    assert "Tunisia" in letter.body
    lines = capsys.readouterr().err.splitlines()
    assert lines == [f"letters: warning: {noisy_pdf}: {WARNINGS} warnings from the PDF library; --verbose shows them"]


def test_verbose_prints_each_warning(noisy_pdf, capsys):
    set_verbose(True)
    try:
        read_letter(noisy_pdf)
    finally:
        set_verbose(False)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == WARNINGS and all(line.startswith(f"letters: warning: {noisy_pdf}: pdfminer") for line in lines)


def test_python_warnings_count_and_our_own_show_once(capsys):
    with reported("x.pdf"):
        warnings.warn("deprecated thing", DeprecationWarning)
        for _ in range(3):
            logging.getLogger("extractor.reference.numbers").warning("a number is out of range")
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "letters: warning: x.pdf: a number is out of range",
        "letters: warning: x.pdf: 1 warnings from the PDF library; --verbose shows them",
    ]
