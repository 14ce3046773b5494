"""No word of any letter the project has is dropped by the reader (issue 11).

Every letter (corpus/, tests/letters/**, tests/pdfs/, and the shared seed, US letters and fact
sheets) is read as `letters text` reads it; every word of its source must come back in the body
or in a line the reader recognised as a letter part (``parts.source_lines``: letterhead, date
line, salutation, closing, signature block). Words compare as a multiset, case-insensitively,
with hyphens ignored (a line-end hyphen joined or kept is the same word). A PDF is compared with
the text it was made from, read by the default engine and (a slow test) by every other one. A line that describes a signature image in a text source is drawn as
an image in its PDFs, so it is left out of the source's words.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from shared_paths import SHARED_DIR, require_shared

from extractor.reading.letter_parts import is_signature_description
from extractor.reading.options import DEFAULT_ENGINE, ENGINES, ReadOptions
from extractor.reading.reader import read_letter
from extractor.reading.text_input import TEXT_SUFFIXES, decode

ROOT = Path(__file__).resolve().parents[3]
OWN_DIRS = [ROOT / "corpus", ROOT / "tests" / "letters", ROOT / "tests" / "pdfs"]
SHARED_DIRS = [SHARED_DIR / "seed", SHARED_DIR / "letters" / "us", SHARED_DIR / "documents" / "us-factsheets"]
NOT_LETTERS = {"README.md"}
MISSING_SHOWN = 40  # words listed when a letter loses some

_WORD = re.compile(r"[^\W_]+")
_HYPHEN_BREAK = re.compile(r"(?<=\w)[-\u00ad\u2010\u2011]\s*\n\s*(?=\w)")
_HYPHEN = re.compile(r"(?<=\w)[-\u00ad\u2010\u2011](?=\w)")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")  # zero-width marks the reader drops
# HTML left in the real sources (text saved from web pages): its tags and their attributes are no words;
# a superscript's text runs on with the word before it ("15<sup>th</sup>" is "15th").
_GLUED_TAG = re.compile(r"</?(?:sup|sub)>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")


def words(text: str) -> Counter:
    """The words of a text as a multiset: lowercased, hyphens ignored."""
    text = _HYPHEN.sub("", _HYPHEN_BREAK.sub("", _INVISIBLE.sub("", text)))
    return Counter(word.lower() for word in _WORD.findall(text))


def source_words(source: Path) -> Counter:
    """The words of a text source, without its signature descriptions and HTML tags."""
    lines = decode(source.read_bytes()).splitlines()
    kept = [line for line in lines if not is_signature_description(line.strip().strip("*_").strip())]
    return words(_TAG.sub(" ", _GLUED_TAG.sub("", "\n".join(kept))))


def read_words(path: Path, options: ReadOptions | None = None) -> Counter:
    """The words the reader gives back: the body and every line taken as a letter part."""
    letter = read_letter(path, options=options)
    part_lines = [line for found in letter.parts.source_lines.values() for line in found]
    return words("\n".join([letter.body, *part_lines]))


def text_source(pdf: Path) -> Path | None:
    """The text a PDF was made from: its stem (up to the first dot) beside it, one folder up, or in tests/letters."""
    stem = pdf.name.split(".")[0]
    for folder in (pdf.parent, pdf.parent.parent, ROOT / "tests" / "letters", ROOT / "corpus"):
        candidate = folder / f"{stem}.txt"
        if candidate.is_file():
            return candidate
    return None


def letters_in(folders: list[Path]) -> list[tuple[Path, Path | None]]:
    """(letter, its text source) for every text and PDF letter under the folders."""
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() in TEXT_SUFFIXES and path.name not in NOT_LETTERS:
                found.append((path, path))
            elif path.suffix.lower() == ".pdf":
                found.append((path, text_source(path)))
    return found


OWN = letters_in(OWN_DIRS)


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def _joined(missing: Counter, extra: Counter) -> Counter:
    """The missing words less those that came back joined to their neighbour or cut in two at a line
    end: a superscript set against its base ("15<sup>th</sup>" printed as "15th"), or a link longer
    than the line cut at the margin, loses no word."""
    missing, extra = Counter(missing), Counter(extra)
    for word in list(missing.elements()):
        for cut in range(1, len(word)):
            head, tail = word[:cut], word[cut:]
            if extra[head] and extra[tail] and (head != tail or extra[head] > 1):
                extra[head] -= 1
                extra[tail] -= 1
                missing[word] -= 1
                break
    for word in list(extra.elements()):
        for cut in range(1, len(word)):
            head, tail = word[:cut], word[cut:]
            if missing[head] and missing[tail] and (head != tail or missing[head] > 1):
                missing[head] -= 1
                missing[tail] -= 1
                break
    return +missing


def assert_nothing_dropped(path: Path, source: Path, options: ReadOptions | None = None) -> None:
    """Fail with the missing words when the reader loses any word of the source."""
    expected, found = source_words(source), read_words(path, options)
    missing = _joined(expected - found, found - expected)
    lost = sorted(missing.elements())
    assert not lost, f"{path}: {len(lost)} words of {source.name} dropped: {' '.join(lost[:MISSING_SHOWN])}"


def test_the_project_has_letters_of_both_kinds():
    # An empty list would make the parametrised test below pass without reading a thing.
    assert sum(path.suffix == ".pdf" for path, _ in OWN) >= 50 and len(OWN) >= 150, len(OWN)


def test_every_pdf_has_its_text_source():
    assert [path for path, source in OWN if source is None] == []


@pytest.mark.parametrize("path,source", [pair for pair in OWN if pair[1]], ids=[_id(p) for p, s in OWN if s])
def test_own_letters_lose_no_word(path, source):
    assert_nothing_dropped(path, source)


OWN_PDFS = [pair for pair in OWN if pair[1] and pair[0].suffix.lower() == ".pdf"]


@pytest.mark.slow
@pytest.mark.parametrize("engine", [engine for engine in ENGINES if engine != DEFAULT_ENGINE])
def test_own_pdfs_lose_no_word_with_every_engine(engine):
    # `letters text --engine pdfium` reads the same PDFs with the other engine: it must lose nothing either.
    assert len(OWN_PDFS) >= 50
    failures = []
    for path, source in OWN_PDFS:
        try:
            assert_nothing_dropped(path, source, ReadOptions(engine=engine))
        except AssertionError as error:
            failures.append(str(error))
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("folder", SHARED_DIRS, ids=[f.name for f in SHARED_DIRS])
def test_shared_letters_lose_no_word(folder):
    pairs = letters_in([require_shared(folder)])
    assert pairs, folder
    failures = []
    for path, source in pairs:
        try:
            assert_nothing_dropped(path, source)
        except AssertionError as error:
            failures.append(str(error))
    assert not failures, "\n".join(failures)


def test_a_short_letter_without_salutation_or_closing_keeps_every_word(tmp_path):
    # The case: the whole text was taken for letter parts and 4 of 140 words were left.
    text = (
        "THE WHITE HOUSE\n\nWASHINGTON\n\nMarch 3, 2025\n\n"
        "The Government of Examplestan has asked for help after the floods, and we will send a team of "
        "engineers to Tunisia and Jordan next month to assess the damage to the water network.\n\n"
        "JANE Q. EXAMPLE"
    )
    path = tmp_path / "short.txt"
    path.write_text(text, encoding="utf-8")
    letter = read_letter(path)
    assert "Tunisia and Jordan" in letter.body and letter.body.startswith("The Government of Examplestan")
    assert (letter.parts.date.isoformat(), letter.parts.signatory) == ("2025-03-03", "Jane Q. Example")
    assert_nothing_dropped(path, path)


def test_a_missing_word_is_reported(tmp_path):
    # The check itself: a source word the reader cannot have gives a failure that names it.
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Colleague,\n\nWe will meet in Tunis.\n\nSincerely,\n\nJane Roe", encoding="utf-8")
    source = tmp_path / "source.txt"
    source.write_text("Dear Colleague,\n\nWe will meet in Tunis and Amman.\n\nSincerely,\n\nJane Roe", encoding="utf-8")
    with pytest.raises(AssertionError, match="2 words of source.txt dropped: amman and"):
        assert_nothing_dropped(letter, source)
