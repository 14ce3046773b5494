"""Batch ingest: incremental, versioned, contained (time/memory/crash), and safe against kill -9."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from store_samples import fake_extract, write_letter

from extractor.errors import CorruptPdf, EmptyPdf, EncryptedPdf, NoTextLayer
from extractor.store.database import Store, decompress_extraction
from extractor.store.ingest import expand_paths, ingest

TESTS_DIR = Path(__file__).resolve().parents[2]
REPO = TESTS_DIR.parent
COUNTRIES = [
    "Tunisia",
    "Morocco",
    "Egypt",
    "Libya",
    "Niger",
    "Chad",
    "Mali",
    "Senegal",
    "Jordan",
    "Lebanon",
    "Turkey",
    "Serbia",
    "Albania",
    "Ghana",
]


def make_letters(folder: Path, count: int) -> list[Path]:
    """Write count distinct letters (different countries, sums, dates)."""
    folder.mkdir(parents=True, exist_ok=True)
    return [
        write_letter(
            folder,
            f"letter_{i:03d}",
            f"20{20 + i % 6}-0{1 + i % 9}-1{i % 10}",
            [
                f"The European Commission will provide EUR {5 + i} million to {COUNTRIES[i % len(COUNTRIES)]}.",
                f"Frontex will support {COUNTRIES[(i + 3) % len(COUNTRIES)]} on the Central Mediterranean route.",
                "We look forward to our meeting.",
            ],
        )
        for i in range(count)
    ]


def outcomes(report) -> dict[str, str]:
    return {Path(item.path).name: item.outcome for item in report.items}


def test_ingesting_twice_processes_once_and_a_changed_file_only_is_redone(tmp_path):
    letters = make_letters(tmp_path / "in", 5)
    db = tmp_path / "out" / "l.db"
    first = ingest([tmp_path / "in"], db, jobs=2, extract=fake_extract)
    assert (first.processed, first.skipped, first.failed) == (5, 0, 0)
    second = ingest([tmp_path / "in"], db, jobs=2, extract=fake_extract)
    assert (second.processed, second.skipped, second.failed) == (0, 5, 0)

    letters[2].write_text(letters[2].read_text().replace("will provide", "has decided to provide"))
    third = ingest([tmp_path / "in"], db, jobs=2, extract=fake_extract)
    assert (third.processed, third.skipped) == (1, 4)
    assert outcomes(third)["letter_002.txt"] == "stored"
    conn = sqlite3.connect(db)
    versions = conn.execute(
        "SELECT version, latest FROM letters WHERE letter_id = 'letter_002' ORDER BY version"
    ).fetchall()
    assert versions == [(1, 0), (2, 1)]
    assert conn.execute("SELECT COUNT(*) FROM letters").fetchone()[0] == 6
    conn.close()
    # The store alone keeps the records (no JSON files beside it); each version reads back.
    assert not list(db.parent.glob("*.json"))
    with Store(db, readonly=True) as store:
        assert store.get_extraction("letter_002@2").letter.sha256 != store.get_extraction("letter_002@1").letter.sha256
        assert store.get_extraction("letter_000").letter.id == "letter_000"


def test_expand_paths_takes_files_folders_and_globs_and_reports_misses(tmp_path):
    make_letters(tmp_path / "a" / "deep", 2)
    make_letters(tmp_path / "b", 1)
    (tmp_path / "a" / "notes.docx").write_text("not a letter")
    (tmp_path / "a" / ".hidden.txt").write_text("editor backup")
    files, missing = expand_paths(
        [
            tmp_path / "a",
            str(tmp_path / "b" / "*.txt"),
            tmp_path / "b" / "letter_000.txt",
            tmp_path / "nothing_here.pdf",
        ]
    )
    assert sorted((p.parent.name, p.name, i) for p, i in files) == [
        ("b", "letter_000.txt", "letter_000"),
        ("deep", "letter_000.txt", "letter_000"),
        ("deep", "letter_001.txt", "letter_001"),
    ]
    assert len(missing) == 1 and "no such file" in missing[0].reason


def test_a_manifest_names_the_files_and_their_ids_and_a_pdf_hides_its_text_twin(tmp_path):
    corpus = tmp_path / "corpus"
    make_letters(corpus, 3)
    (corpus / "letter_000.pdf").write_bytes(b"%PDF-1.4 stand-in")
    (corpus / "manifest.json").write_text(
        json.dumps(
            [
                {"id": "first", "file": "letter_000.pdf", "source": "letter_000.txt"},
                {"id": "second", "file": "letter_001.txt"},
                {"id": "gone", "file": "letter_009.pdf"},
            ]
        )
    )
    files, missing = expand_paths([corpus])
    assert sorted((p.name, i) for p, i in files) == [("letter_000.pdf", "first"), ("letter_001.txt", "second")]
    assert [Path(m.path).name for m in missing] == ["letter_009.pdf"]
    (corpus / "manifest.json").unlink()
    files, _ = expand_paths([corpus])
    assert sorted(p.name for p, _ in files) == ["letter_000.pdf", "letter_001.txt", "letter_002.txt"]


def _crash(path, password=None, letter_id=None):
    os.kill(os.getpid(), signal.SIGSEGV)


def _hang(path, password=None, letter_id=None):
    time.sleep(60)


def _greedy(path, password=None, letter_id=None):
    hog = [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GiB
    return hog


def _by_name(path, password=None, letter_id=None):
    name = Path(path).stem
    if name.startswith("crash"):
        return _crash(path)
    if name.startswith("hang"):
        return _hang(path)
    if name.startswith("greedy"):
        return _greedy(path)
    return fake_extract(path, password, letter_id)


@pytest.mark.slow
def test_a_crash_a_hang_and_a_memory_hog_fail_alone_while_the_rest_is_stored(tmp_path):
    make_letters(tmp_path, 3)
    for bad in ("crash", "hang", "greedy"):
        write_letter(tmp_path, bad, "2025-01-01", [f"Nothing to see in {bad}."])
    began = time.monotonic()
    report = ingest([tmp_path], tmp_path / "l.db", jobs=2, timeout=3, max_memory_mb=256, extract=_by_name)
    assert time.monotonic() - began < 30
    reasons = {Path(i.path).stem: i.reason for i in report.items if i.outcome == "failed"}
    assert set(reasons) == {"crash", "hang", "greedy"}
    assert "SIGSEGV" in reasons["crash"]
    assert "gave up after 3 s" in reasons["hang"]
    assert "more than 256 MiB" in reasons["greedy"]
    assert report.processed == 3
    conn = sqlite3.connect(tmp_path / "l.db")
    assert conn.execute("SELECT COUNT(*) FROM failures").fetchone()[0] == 3
    # A failed file is not stored, so the next run tries it again.
    again = ingest([tmp_path], tmp_path / "l.db", jobs=2, timeout=3, max_memory_mb=256, extract=_by_name)
    assert (again.processed, again.skipped, again.failed) == (0, 3, 3)


# --- hostile PDFs, made here ------------------------------------------------------------------


def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF file of the given objects (numbered from 1) with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    return out.getvalue()


def _page_with_stream(stream_dict: bytes, data: bytes) -> bytes:
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< " + stream_dict + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream",
        ]
    )


def decompression_bomb(mebibytes: int = 1024) -> bytes:
    """A ~1 MB FlateDecode content stream that inflates to 1 GiB of zeros."""
    chunk = b"\0" * (1 << 20)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    # Every block after the first sees a window of zeros only, so one block repeats validly;
    # compressing the whole GiB instead takes ~15 s here.
    first = packer.compress(chunk) + packer.flush(zlib.Z_SYNC_FLUSH)
    middle = packer.compress(chunk) + packer.flush(zlib.Z_SYNC_FLUSH)
    last = packer.flush(zlib.Z_FINISH)
    size = mebibytes << 20
    adler32 = ((size % 65521) << 16) | 1  # Adler-32 of `size` zero bytes
    data = b"\x78\xda" + first + middle * (mebibytes - 1) + last + adler32.to_bytes(4, "big")
    return _page_with_stream(b"/Filter /FlateDecode", data)


def test_the_decompression_bomb_is_one():
    data = decompression_bomb(16)
    stream = data[data.index(b"stream\n") + 7 : data.rindex(b"\nendstream")]
    assert zlib.decompress(stream) == b"\0" * (16 << 20)


def endless_content() -> bytes:
    """A content stream of millions of drawing operators: slow to interpret, small on disk."""
    data = zlib.compress(b"1 0 0 1 0 0 cm 0 0 m 1 1 l S\n" * 3_000_000, 9)
    return _page_with_stream(b"/Filter /FlateDecode", data)


def deep_nesting() -> bytes:
    """A page whose annotation array nests 200,000 levels deep."""
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots " + b"[" * 200_000 + b"]" * 200_000 + b" >>",
        ]
    )


def self_referencing_pages() -> bytes:
    """A page tree whose Pages node lists itself as its own kid."""
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R 2 0 R] /Count 2 >>"])


def good_pdf(path: Path, country: str, amount: int) -> None:
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    lines = [
        "Brussels, 3 February 2025",
        "",
        "Dear Minister,",
        "",
        f"The European Commission will provide EUR {amount} million to {country} this year.",
        "",
        "Yours sincerely,",
        "",
        "Ana Marques",
    ]
    for index, line in enumerate(lines):
        page.drawString(72, 760 - 16 * index, line)
    page.save()


def encrypted_pdf(source: Path, target: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password="secret", owner_password="owner")
    with open(target, "wb") as handle:
        writer.write(handle)


def plumber_extract(path, password=None, letter_id=None):
    """Read a PDF with pdfplumber (exposed to every hostile file), then extract as the fake does."""
    import hashlib

    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from store_samples import build

    raw = Path(path).read_bytes()
    try:
        pdf = pdfplumber.open(path, password=password or "")
    except PDFPasswordIncorrect:
        raise EncryptedPdf(str(path)) from None
    except Exception as error:
        raise CorruptPdf(str(path), reason=type(error).__name__) from None
    with pdf:
        if not pdf.pages:
            raise EmptyPdf(str(path))
        lines = [line for page in pdf.pages for line in (page.extract_text() or "").splitlines() if line.strip()]
        if not lines:
            raise NoTextLayer(str(path), pages=len(pdf.pages))
    return build(
        letter_id or Path(path).stem, None, lines, sha256=hashlib.sha256(raw).hexdigest(), source=str(path), pages=1
    )


@pytest.mark.slow
@pytest.mark.parametrize("reader", ["pdfplumber", "pipeline"])
def test_a_batch_of_good_broken_encrypted_empty_and_hostile_pdfs(tmp_path, reader):
    folder = tmp_path / "pdfs"
    folder.mkdir()
    good_pdf(folder / "good_tunisia.pdf", "Tunisia", 10)
    good_pdf(folder / "good_morocco.pdf", "Morocco", 20)
    encrypted_pdf(folder / "good_tunisia.pdf", folder / "encrypted.pdf")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "truncated.pdf").write_bytes((folder / "good_morocco.pdf").read_bytes()[:300])
    (folder / "not_a_pdf.pdf").write_bytes(b"PK\x03\x04 this is a zip file")
    (folder / "bomb.pdf").write_bytes(decompression_bomb())
    (folder / "endless.pdf").write_bytes(endless_content())
    (folder / "nested.pdf").write_bytes(deep_nesting())
    (folder / "loop.pdf").write_bytes(self_referencing_pages())
    assert (folder / "bomb.pdf").stat().st_size < 2_000_000

    began = time.monotonic()
    # "pipeline" is the real thing (extractor.records.extract.extract_path); "pdfplumber" is the bare library,
    # so containment is tested whatever the reader does about hostile files.
    extract = plumber_extract if reader == "pdfplumber" else None
    report = ingest([folder], tmp_path / "l.db", jobs=2, timeout=8, max_memory_mb=400, extract=extract)
    assert time.monotonic() - began < 90
    result = outcomes(report)
    assert result.pop("good_tunisia.pdf") == "stored" and result.pop("good_morocco.pdf") == "stored"
    assert set(result.values()) == {"failed"}, result
    for item in report.items:
        if item.outcome == "failed":
            assert item.reason and "\n" not in item.reason and Path(item.path).name in item.reason
    reasons = {Path(i.path).name: i.reason for i in report.items}
    # The bare library runs out of memory; the pipeline's reader stops inflating at its limit and says why.
    bomb = "more than 400 MiB" if reader == "pdfplumber" else "a decompression bomb"
    assert bomb in reasons["bomb.pdf"]
    assert "gave up after 8 s" in reasons["endless.pdf"]
    conn = sqlite3.connect(tmp_path / "l.db")
    stored = {r[0] for r in conn.execute("SELECT norm FROM mentions WHERE type = 'country'")}
    assert stored == {"TUN", "MAR"}
    assert conn.execute("SELECT COUNT(*) FROM failures").fetchone()[0] == 8


KILL_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
import extractor.store.ingest as ingest_module
import store_samples as test_store
ingest_module.default_extract = lambda: test_store.slow_fake_extract
from extractor.cli import main
main(["ingest", {folder!r}, "--db", {db!r}, "--jobs", "1"])
"""


@pytest.mark.slow
def test_kill_9_mid_batch_loses_nothing_and_the_next_run_finishes(tmp_path):
    total = 15
    make_letters(tmp_path / "in", total)
    db = tmp_path / "out" / "l.db"
    script = KILL_SCRIPT.format(tests=str(TESTS_DIR), folder=str(tmp_path / "in"), db=str(db))
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        stored = 0
        while time.monotonic() < deadline and stored < 2:
            time.sleep(0.05)
            if db.exists():
                try:
                    reader = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
                    stored = reader.execute("SELECT COUNT(*) FROM letters").fetchone()[0]
                    reader.close()
                except sqlite3.OperationalError:  # the schema is still being created
                    stored = 0
        if stored < 2 and process.poll() is not None:
            pytest.fail(f"the ingest ended early: {process.stderr.read().decode()[-2000:]}")
        assert stored >= 2, "the ingest never stored a letter"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = conn.execute("SELECT row_id, letter_id, extraction_zlib FROM letters").fetchall()
    assert 2 <= len(rows) < total, "the kill came after the batch ended; nothing was tested"

    for row_id, letter_id, blob in rows:
        record = json.loads(decompress_extraction(blob))
        assert conn.execute("SELECT COUNT(*) FROM mentions WHERE letter = ?", (row_id,)).fetchone()[0] == len(
            record["mentions"]
        )
        assert conn.execute("SELECT COUNT(*) FROM commitments WHERE letter = ?", (row_id,)).fetchone()[0] == len(
            record["commitments"]
        )
    conn.close()

    again = ingest([tmp_path / "in"], db, jobs=2, extract=fake_extract)
    assert (again.processed, again.skipped, again.failed) == (total - len(rows), len(rows), 0)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(DISTINCT letter_id) FROM letters").fetchone()[0] == total
    assert conn.execute("SELECT COUNT(*) FROM letters WHERE version > 1").fetchone()[0] == 0


def test_the_real_pipeline_stores_the_test_letters_and_their_records(tmp_path):
    letters = sorted((TESTS_DIR / "letters").glob("*.txt"))
    assert len(letters) >= 5
    db = tmp_path / "l.db"
    report = ingest([str(TESTS_DIR / "letters" / "*.txt")], db, jobs=2)
    assert (report.processed, report.failed) == (len(letters), 0), [i.reason for i in report.items]
    conn = sqlite3.connect(db)
    per_letter = dict(
        conn.execute(
            "SELECT l.letter_id, COUNT(m.id) FROM letters l LEFT JOIN mentions m ON m.letter = l.row_id GROUP BY l.row_id"
        )
    )
    assert set(per_letter) == {p.stem for p in letters}
    assert all(count > 0 for count in per_letter.values()), per_letter
    assert conn.execute("SELECT COUNT(*) FROM mentions WHERE type = 'country'").fetchone()[0] > len(letters)
    assert conn.execute("SELECT COUNT(*) FROM letters WHERE date IS NULL").fetchone()[0] == 0
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.slow
def test_the_ingest_parent_imports_the_chosen_engine_and_no_rare_reader(tmp_path):
    # The parent's imports are a fixed cost of every run: OCR (pytesseract, which imports pandas),
    # pypdf's repair of damaged files and the engine not chosen are left to a worker that needs them.
    letter = tmp_path / "a.txt"
    letter.write_text("Rome, 3 March 2025\n\nThe Commission will provide EUR 5 million to Tunisia.\n", encoding="utf-8")
    script = (
        "import sys\n"
        "from extractor.reading.options import ReadOptions\n"
        "from extractor.store.ingest import ingest\n"
        "report = ingest([sys.argv[1]], sys.argv[2], jobs=1, options={'options': ReadOptions(engine='pdfium')})\n"
        "print(report.processed, *sorted(m for m in ('pandas', 'pytesseract', 'pypdf', 'pdfplumber',"
        " 'pypdfium2', 'spacy') if m in sys.modules))\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script, str(letter), str(tmp_path / "l.db")],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[3],
    ).stdout.split()
    assert shown == ["1", "pypdfium2", "spacy"]
