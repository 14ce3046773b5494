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


def _letter(letter_id: str, date: str, salutation: str, body: str, countries: dict[str, str]) -> Extraction:
    """A letter with its country mentions found where their names stand in the body."""
    import datetime as dt
    import re

    from models.entities import Grounding, Mention

    mentions = [
        Mention(type="country", text=name, norm=code, grounding=Grounding(start=m.start(), end=m.end(), sentence=0))
        for name, code in countries.items()
        for m in re.finditer(name, body)
    ]
    parts = LetterParts(salutation=salutation, date=dt.date.fromisoformat(date))
    summary = LetterSummary(id=letter_id, source="", sha256=letter_id, format="text", date=parts.date, parts=parts)
    return Extraction(letter=summary, body=body, mentions=mentions)


NOTICE = (
    "The national emergency with respect to Belarus declared in Executive Order 14038 is to continue in effect beyond"
    " June 16. The actions of the Government of Belarus to undermine democratic processes continue to pose a threat to"
    " the foreign policy of the United States."
)
WIDENING = (
    "I have issued an Executive Order that takes additional steps with respect to the national emergency declared in"
    " Executive Order 14038 with respect to Belarus. The order blocks the property of persons operating in the defence"
    " and energy sectors of Belarus who contribute to the actions of its Government that undermine democratic"
    " processes."
)
ELSEWHERE = (
    "I have issued an Executive Order that takes additional steps with respect to the national emergency with respect"
    " to Burundi. The order blocks the property of persons who threaten the peace, security and stability of Burundi."
)
INFORM = (
    "I write to inform you that the national emergency with respect to Belarus declared in Executive Order 14038"
    " continues, following the repression of democratic processes."
)


def test_letters_to_the_same_leaders_on_one_subject_are_a_series_without_sharing_their_text():
    """The rule after near-duplicates: related text, the same addressee role and the same countries."""
    notice = _letter("notice", "2021-06-08", "Dear Madam Speaker:", NOTICE, {"Belarus": "BLR"})
    widening = _letter("widening", "2021-08-09", "Dear Mr. Speaker:", WIDENING, {"Belarus": "BLR"})
    elsewhere = _letter("elsewhere", "2021-09-01", "Dear Madam Speaker:", ELSEWHERE, {"Burundi": "BDI"})
    inform = _letter("inform", "2021-10-01", "Dear Secretary-General:", INFORM, {"Belarus": "BLR"})
    series = find_series([notice, widening, elsewhere, inform], "notice")
    assert _ids(series) == ["notice", "widening"]
    assert series.letters[1].because == "same addressee and subject, related text"
    assert 0.2 <= series.letters[1].similarity < 0.6
    # The controls: the same letter to the Speaker would be in the series, and so would the Burundi
    # letter if it were about Belarus; it is the addressee and the subject that keep them out.
    inform.letter.parts.salutation = "Dear Mr. Speaker:"
    assert "inform" in _ids(find_series([notice, widening, elsewhere, inform], "notice"))
    inform.letter.parts.salutation = "Dear Secretary-General:"
    about_belarus = _letter(
        "elsewhere", "2021-09-01", "Dear Madam Speaker:", ELSEWHERE.replace("Burundi", "Belarus"), {"Belarus": "BLR"}
    )
    assert "elsewhere" in _ids(find_series([notice, widening, about_belarus, inform], "notice"))


def test_letters_without_words_to_compare_leave_the_seed_alone():
    pool = [_letter("a", "2024-01-01", "Dear Sir,", "Yes.", {}), _letter("b", "2024-02-01", "Dear Sir,", "", {})]
    assert _ids(find_series(pool, "a")) == ["a"]
