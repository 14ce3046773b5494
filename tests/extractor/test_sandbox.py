"""extractor.sandbox: one file's work in a worker under a time and memory limit, results as pydantic JSON."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from extractor.errors import EncryptedPdf, LettersError, OutOfMemory, TimedOut, WorkerCrashed
from extractor.sandbox import extract_bounded, read_bounded, run_bounded
from models.letter import PageInfo

REPO_DIR = Path(__file__).resolve().parents[2]
SEED_PDF = REPO_DIR / "corpus" / "000_b14c71ca2748bd18.pdf"


def page(number: int) -> PageInfo:
    return PageInfo(number=number, width=595.0, height=842.0, has_text=True)


def sleep_forever(path: str) -> PageInfo:
    while True:
        time.sleep(1)


def allocate(path: str, mebibytes: int) -> PageInfo:
    hoard = [bytearray(1 << 20) for _ in range(mebibytes)]
    return page(len(hoard))


def refuse(path: str) -> PageInfo:
    raise EncryptedPdf(path)


def fail(path: str) -> PageInfo:
    return {}["missing"]


def fail_in_a_component(path: str) -> PageInfo:
    try:
        {}["KEN"]
    except KeyError as error:
        raise ValueError(
            "[E109] Component 'letters_dates' could not be run. Did you forget to call `initialize()`?"
        ) from error
    return page(1)


def die(path: str) -> PageInfo:
    os.kill(os.getpid(), 9)


def test_the_result_comes_back_as_the_model():
    assert run_bounded(page, 3, path="x.pdf", returns=PageInfo) == page(3)


def page_text(path: str) -> str:
    return f"{path}: a page\n"


def test_a_text_result_comes_back_as_it_is():
    assert run_bounded(page_text, "x.pdf", path="x.pdf", returns=str) == "x.pdf: a page\n"


def test_a_hang_is_given_up_at_the_timeout():
    began = time.monotonic()
    with pytest.raises(TimedOut) as caught:
        run_bounded(sleep_forever, "x.pdf", path="x.pdf", returns=PageInfo, timeout=1)
    assert time.monotonic() - began < 5
    assert str(caught.value) == "x.pdf: gave up after 1 s (the --timeout)"


def test_memory_past_the_limit_is_out_of_memory():
    assert run_bounded(allocate, "x.pdf", 16, path="x.pdf", returns=PageInfo, max_memory_mb=128) == page(16)
    with pytest.raises(OutOfMemory, match="more than 128 MiB"):
        run_bounded(allocate, "x.pdf", 1024, path="x.pdf", returns=PageInfo, max_memory_mb=128)


def test_errors_keep_their_class_and_message_and_bugs_become_worker_crashed():
    with pytest.raises(EncryptedPdf) as caught:
        run_bounded(refuse, "x.pdf", path="x.pdf", returns=PageInfo)
    assert str(caught.value) == str(EncryptedPdf("x.pdf")) and caught.value.path == "x.pdf"
    with pytest.raises(WorkerCrashed, match=r"x.pdf: the reader crashed \(KeyError: 'missing'\)"):
        run_bounded(fail, "x.pdf", path="x.pdf", returns=PageInfo)
    # A pipeline step's bug is named with its step and its own exception, not spaCy's wrapper.
    with pytest.raises(
        WorkerCrashed, match=r"x.pdf: the reader crashed \(its letters_dates step failed: KeyError: 'KEN'\)"
    ):
        run_bounded(fail_in_a_component, "x.pdf", path="x.pdf", returns=PageInfo)
    with pytest.raises(WorkerCrashed, match="killed by SIGKILL"):
        run_bounded(die, "x.pdf", path="x.pdf", returns=PageInfo)


def test_bounded_reading_and_extraction_equal_the_unbounded_ones():
    from extractor.reading.reader import read_letter
    from extractor.records.extract import extract_path

    assert read_bounded(SEED_PDF).model_dump_json() == read_letter(SEED_PDF).model_dump_json()
    assert extract_bounded(SEED_PDF).model_dump_json() == extract_path(SEED_PDF).model_dump_json()


def test_a_reading_given_an_output_returns_what_it_made_of_the_letter_in_the_worker():
    from extractor.reading.reader import read_letter

    def output(letter) -> str:
        return f"{os.getpid()} {letter.model_dump_json()}"

    pid, _, made = read_bounded(SEED_PDF, output=output).partition(" ")
    assert made == read_letter(SEED_PDF).model_dump_json() and int(pid) != os.getpid()


def test_a_reading_of_the_body_only_returns_what_it_made_of_the_body_in_the_worker():
    from extractor.reading.reader import read_letter

    def output(body: str) -> str:
        return f"{os.getpid()} {body}"

    pid, _, made = read_bounded(SEED_PDF, output=output, body_only=True).partition(" ")
    assert made == read_letter(SEED_PDF).body and int(pid) != os.getpid()


def test_a_bad_file_is_refused_by_its_own_class(tmp_path):
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    for output, body_only in ((None, False), (str, False), (str, True)):
        with pytest.raises(LettersError) as caught:
            read_bounded(path, output=output, body_only=body_only)
        assert not isinstance(caught.value, WorkerCrashed)
        assert str(caught.value).startswith(f"{path}: ")


def test_a_worker_killed_by_sigsegv_under_a_memory_limit_says_it_was_probably_the_limit():
    from extractor.sandbox import crash

    assert str(crash("x.pdf", -signal.SIGSEGV, 512)) == (
        "x.pdf: the reader crashed (killed by SIGSEGV, probably at its memory limit of 512 MiB)"
    )
    assert str(crash("x.pdf", -signal.SIGSEGV, None)) == "x.pdf: the reader crashed (killed by SIGSEGV)"
    assert str(crash("x.pdf", -signal.SIGTERM, 512)) == "x.pdf: the reader crashed (killed by SIGTERM)"


def test_reading_one_pdf_warms_only_its_engine_and_a_second_the_rare_readers():
    """A fresh process reading by pdfium imports neither pdfplumber nor the rare readers (OCR, pypdf) before its
    worker; one that starts a second worker imports the rare ones (those installed) for it and the next."""
    import subprocess
    import sys

    pdf = SEED_PDF
    code = (
        "import sys, importlib.util; from extractor.sandbox import read_bounded, RARE_READER_MODULES; "
        "from extractor.reading.options import ReadOptions; "
        "loaded = lambda: [n for n in ('pdfplumber', *RARE_READER_MODULES) if n in sys.modules]; "
        f"first = read_bounded({str(pdf)!r}, options=ReadOptions(engine='pdfium')); print(bool(first.body), loaded()); "
        f"read_bounded({str(pdf)!r}, options=ReadOptions(engine='pdfium')); "
        "print(loaded() == [n for n in RARE_READER_MODULES if importlib.util.find_spec(n)])"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO_DIR, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True", "[]", "True"]
