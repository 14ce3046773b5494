"""Each kind of bad input gets its own one-line error naming the file (and the CLI exits 1), with either engine."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from reader_pdfs import build_letter

from extractor import errors
from extractor.cli import main
from extractor.reading.options import ENGINE_ENV_VAR, ENGINES, ReadOptions
from extractor.reading.reader import read_letter


@pytest.fixture(autouse=True, params=ENGINES)
def engine(request, monkeypatch) -> str:
    """Every test here runs once per PDF engine (the default options read_letter takes, and the CLI's)."""
    monkeypatch.setattr("extractor.reading.reader.DEFAULT_READ_OPTIONS", ReadOptions(engine=request.param))
    monkeypatch.setenv(ENGINE_ENV_VAR, request.param)
    return request.param


@pytest.fixture(scope="module")
def good_pdf(tmp_path_factory) -> Path:
    """A readable three-page letter to damage in various ways."""
    return build_letter(tmp_path_factory.mktemp("good") / "good.pdf", repeat=2).path


def _raises(path: Path, kind: type, *words: str, **kwargs) -> str:
    with pytest.raises(kind) as caught:
        read_letter(path, **kwargs)
    message = str(caught.value)
    assert str(path) in message and "\n" not in message
    for word in words:
        assert word in message
    return message


def test_not_found(tmp_path):
    _raises(tmp_path / "missing.pdf", errors.NotFound, "no such file")


def test_directory(tmp_path):
    _raises(tmp_path, errors.NotAFile, "not a file")


@pytest.mark.parametrize(
    "name,data,kind",
    [
        ("empty.pdf", b"", "an empty file"),
        ("page.pdf", b"<!DOCTYPE html><html><body>Login</body></html>", "HTML"),
        ("image.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG"),
        ("letter.pdf", b"Dear colleagues,\nthis is not a PDF.\n", "plain text"),
        ("blob.pdf", bytes(range(256)) * 4, "binary data"),
    ],
)
def test_not_a_pdf_says_what_it_looks_like(tmp_path, name, data, kind):
    path = tmp_path / name
    path.write_bytes(data)
    _raises(path, errors.NotAPdf, "not a PDF", kind)


def test_zip_such_as_a_docx(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    path = tmp_path / "letter.docx"
    path.write_bytes(buffer.getvalue())
    _raises(path, errors.NotAPdf, "ZIP")


def test_truncated_pdf(tmp_path, good_pdf):
    data = good_pdf.read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[:3000])
    _raises(path, errors.CorruptPdf, "corrupt or truncated")


def test_header_then_garbage(tmp_path):
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"this is not an object graph\n" * 50)
    _raises(path, errors.CorruptPdf, "corrupt or truncated")


def test_truncated_tail_still_reads_when_pdfminer_can_recover(tmp_path, good_pdf):
    """A PDF cut just before its xref table is rebuilt by pdfminer: read it rather than refuse it."""
    data = good_pdf.read_bytes()
    path = tmp_path / "no-xref.pdf"
    path.write_bytes(data[: data.rindex(b"\nxref")])  # no xref table, no trailer
    letter = read_letter(path)
    assert "Migration patterns" in letter.body


@pytest.fixture(scope="module")
def encrypted(tmp_path_factory, good_pdf) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(str(good_pdf)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="s3cret", owner_password="owner", algorithm="AES-128")
    path = tmp_path_factory.mktemp("enc") / "locked.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def test_encrypted_without_password(encrypted):
    _raises(encrypted, errors.EncryptedPdf, "--password")


def test_encrypted_with_wrong_password(encrypted):
    _raises(encrypted, errors.WrongPassword, "does not open", password="wrong")


def test_encrypted_with_password_reads(encrypted):
    assert read_letter(encrypted, password="s3cret").body.startswith("Migration patterns")


def test_zero_pages(tmp_path):
    from pypdf import PdfWriter

    path = tmp_path / "zero.pdf"
    with open(path, "wb") as handle:
        PdfWriter().write(handle)
    _raises(path, errors.EmptyPdf, "no pages")


def test_image_only_pages_with_ocr_off_name_ocr(tmp_path):
    from PIL import Image
    from reportlab.pdfgen import canvas

    from extractor.reading.options import ReadOptions

    png = tmp_path / "scan.png"
    Image.new("RGB", (200, 280), "white").save(png)
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    for _ in range(2):
        c.drawImage(str(png), 50, 50, width=400, height=560)
        c.showPage()
    c.save()
    # With OCR on (the default) such pages are read by Tesseract: tests/extractor/reading/test_ocr.py.
    _raises(path, errors.NoTextLayer, "no text layer", "2 page(s)", "--ocr auto", options=ReadOptions(ocr="never"))


def test_oversized_file_refused_before_parsing(good_pdf):
    _raises(good_pdf, errors.TooLarge, "the file", "limit", max_file_mb=0.001)


def test_too_many_pages(good_pdf):
    _raises(good_pdf, errors.TooLarge, "page count", max_pages=2)


def test_cli_prints_one_line_and_exits_1(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    result = CliRunner().invoke(main, ["text", str(path)])
    assert result.exit_code == 1
    assert (
        result.output.strip()
        == f"letters: {path}: not a PDF (the file does not start with %PDF-; it looks like an empty file)"
    )


def test_cli_text_and_json(good_pdf):
    import json

    plain = CliRunner().invoke(main, ["text", str(good_pdf)])
    assert plain.exit_code == 0 and plain.output.startswith("Migration patterns")
    as_json = CliRunner().invoke(main, ["text", "--json", str(good_pdf)])
    record = json.loads(as_json.output)
    assert record["parts"]["salutation"] == "Dear Minister" and record["body"] + "\n" == plain.output
