"""extractor.reading.inflate: Flate streams inflate as zlib does, up to a limit; past it, a DecompressionBomb."""

from __future__ import annotations

import zlib

import pytest
from hostile.build import bomb_in_content, page_pdf

from extractor.errors import DecompressionBomb
from extractor.reading.inflate import BoundedZlib, bounded_inflate
from extractor.reading.reader import read_letter


def test_inflates_as_zlib_below_the_limit_and_refuses_past_it():
    guard = BoundedZlib("x.pdf", limit_mb=1)
    data = b"policy letter " * 50_000
    assert guard.decompress(zlib.compress(data)) == data
    with pytest.raises(zlib.error):  # as zlib.decompress, so that pdfminer's own recovery runs
        guard.decompress(zlib.compress(data)[:-20])
    with pytest.raises(DecompressionBomb, match="x.pdf: a decompression bomb .* past 1 MiB"):
        guard.decompress(zlib.compress(b"\0" * (2 << 20)))
    inflater = guard.decompressobj()
    with pytest.raises(DecompressionBomb):
        for byte in zlib.compress(b"\0" * (2 << 20)):
            inflater.decompress(bytes([byte]))


def test_the_reader_names_a_flate_bomb(tmp_path):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(bomb_in_content())
    with pytest.raises(DecompressionBomb, match=f"{path}: a decompression bomb"):
        read_letter(path)


def test_the_guard_is_lifted_after_the_read(tmp_path):
    import pdfminer.pdftypes as pdftypes

    path = tmp_path / "letter.pdf"
    path.write_bytes(page_pdf(zlib.compress(b"BT /F1 12 Tf 72 720 Td (Dear Minister,) Tj ET")))
    with bounded_inflate(path):
        assert isinstance(pdftypes.zlib, BoundedZlib)
    assert pdftypes.zlib is zlib


def test_a_read_by_pdfium_which_inflates_in_c_imports_no_pdfminer_to_guard():
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[3]
    code = (
        "import sys; from extractor.reading.reader import read_letter; from extractor.reading.options import ReadOptions; "
        "letter = read_letter('corpus/000_b14c71ca2748bd18.pdf', options=ReadOptions(engine='pdfium')); "
        "print(len(letter.body) > 1000, 'pdfminer' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True", "False"]
