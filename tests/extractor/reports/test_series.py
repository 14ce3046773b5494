"""Series of letters: found by text similarity (TF-IDF), addressee and subject; in date order; their changes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[2]
SERIES_DIR = TESTS / "letters" / "series"
REAL_US = TESTS / "letters" / "real" / "us"
sys.path.insert(0, str(SERIES_DIR))

from series_fixtures import load_extraction  # noqa: E402

from extractor.reading.reader import read_letter  # noqa: E402
from extractor.records.addressee import addressee  # noqa: E402
from extractor.reports.series import addressee_role, find_series, series_change_rows, series_changes  # noqa: E402
from models.extraction import Extraction, LetterSummary  # noqa: E402
from models.letter import LetterParts  # noqa: E402

SERIES_LETTERS = ("med_1", "med_2", "med_3", "notice_1", "notice_2", "notice_3")
# Letters of other authors and subjects, read as text: none belongs to either series.
DISTRACTORS = sorted(p for p in (TESTS / "letters").glob("*.txt"))


def _read(path: Path) -> Extraction:
    """A letter's body and parts as the reader reads them (no entities: enough for text and addressee)."""
    letter = read_letter(path)
    return Extraction(
        letter=LetterSummary(
            id=path.stem,
            source=str(path),
            sha256=letter.sha256,
            format=letter.format,
            date=letter.parts.date,
            parts=letter.parts,
        ),
        body=letter.body,
    )


@pytest.fixture(scope="module")
def pool():
    return [load_extraction(name) for name in SERIES_LETTERS] + [_read(p) for p in DISTRACTORS]


def _ids(series) -> list[str]:
    return [letter.id for letter in series.letters]


def test_a_series_is_its_letters_in_date_order(pool):
    series = find_series(reversed(pool), "med_3")
    assert _ids(series) == ["med_1", "med_2", "med_3"]
    dates = [letter.date for letter in series.letters]
    assert dates == sorted(dates)
    seed = next(letter for letter in series.letters if letter.id == "med_3")
    assert seed.because is None and seed.linked_to is None
    for letter in series.letters:
        if letter.id != "med_3":
            assert letter.because and letter.linked_to in _ids(series) and 0 < letter.similarity <= 1
    assert _ids(find_series(pool, "notice_1")) == ["notice_1", "notice_2", "notice_3"]


def test_a_letter_of_no_series_is_alone(pool):
    lone = DISTRACTORS[0].stem
    assert _ids(find_series(pool, lone)) == [lone]


def test_changes_are_the_diffs_of_consecutive_letters(pool):
    by_id = {e.letter.id: e for e in pool}
    series = series_changes(find_series(pool, "notice_2"), by_id)
    assert [(d.a.id, d.b.id) for d in series.changes] == [("notice_1", "notice_2"), ("notice_2", "notice_3")]
    rows = series_change_rows(series, by_id)
    assert ("notice_1@1", "notice_2@1", "part", "date", "2023-05-05", "2024-04-09") in [
        (r.a, r.b, r.section, r.field, r.before, r.after) for r in rows
    ]
    assert any(r.section == "fact" and r.after == "SOM" for r in rows if r.a == "notice_1@1")


def test_addressee_and_its_role():
    parts = LetterParts(salutation="Dear Madam Speaker: (Dear Madam President:)")
    assert addressee(parts) == "Madam Speaker; Madam President"
    assert (
        addressee(LetterParts(salutation="TO THE CONGRESS OF THE UNITED STATES:"))
        == "THE CONGRESS OF THE UNITED STATES"
    )
    assert addressee(LetterParts()) is None
    speaker_a = Extraction(
        letter=LetterSummary(
            id="a", source="", sha256="", format="text", parts=LetterParts(salutation="Dear Mr. Speaker:")
        ),
        body="",
    )
    speaker_b = speaker_a.model_copy(deep=True)
    speaker_b.letter.parts.salutation = "Dear Madam Speaker,"
    assert addressee_role(speaker_a) == addressee_role(speaker_b) == frozenset({"speaker"})


def test_real_us_letters_group_as_a_person_would():
    """24 real letters: the two notices continuing the WMD emergency are one series, the two yearly pay
    plans another; the Qatar ally designation and the inaugural-day letter belong to none."""
    pool = [_read(p) for p in sorted(REAL_US.glob("*.txt"))]
    assert _ids(find_series(pool, "us_2022-11-08_0a717199")) == ["us_2021-11-10_1bd26c0e", "us_2022-11-08_0a717199"]
    assert _ids(find_series(pool, "us_2021-08-27_355fd781")) == ["us_2021-08-27_355fd781", "us_2022-08-31_420ac7d4"]
    assert _ids(find_series(pool, "us_2022-01-31_28b0d47b")) == ["us_2022-01-31_28b0d47b"]
    assert _ids(find_series(pool, "us_2021-01-20_157cfac3")) == ["us_2021-01-20_157cfac3"]
