"""diff_extractions on hand-annotated letter series: every change once, as the right kind, nothing else."""

from __future__ import annotations

import functools
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

SERIES_DIR = Path(__file__).resolve().parents[2] / "letters" / "series"
sys.path.insert(0, str(SERIES_DIR))

from series_fixtures import load_extraction  # noqa: E402

from extractor.reports.diff import (  # noqa: E402
    align_paragraphs,
    commitment_similarity,
    diff_extractions,
    diff_parts,
    diff_rows,
    digest_fields,
    fact_values,
    normalise_text,
    paragraphs_of,
)
from models.diff import LetterDiff  # noqa: E402

EXPECTED = json.loads((SERIES_DIR / "expected.json").read_text(encoding="utf-8"))
FIELDS = ("countries", "organisations", "routes", "programmes", "dates", "amounts")


def _pair_id(pair):
    return f"{pair['a']}->{pair['b']}"


def _amount_key(value):
    return (value["kind"], float(value["value"]), value.get("currency"))


def _resolve(values, a, b):
    return [a.letter.date.isoformat() if v == "@a" else b.letter.date.isoformat() if v == "@b" else v for v in values]


@pytest.mark.parametrize("pair", EXPECTED["pairs"], ids=_pair_id)
def test_facts_changes_are_exactly_the_expected_ones(pair):
    a, b = load_extraction(pair["a"]), load_extraction(pair["b"])
    diff = diff_extractions(a, b)
    for field in FIELDS:
        want = pair["facts"].get(field, {"added": [], "removed": []})
        for side in ("added", "removed"):
            got = fact_values(diff, field, side)
            expected = _resolve(want[side], a, b)
            if field == "amounts":
                assert Counter(map(_amount_key, got)) == Counter(map(_amount_key, expected)), (field, side)
            else:
                assert sorted(got) == sorted(expected), (field, side)


@pytest.mark.parametrize("pair", EXPECTED["pairs"], ids=_pair_id)
def test_fact_changes_agree_with_the_two_digests(pair):
    a, b = load_extraction(pair["a"]), load_extraction(pair["b"])
    diff = diff_extractions(a, b)
    digest_a, digest_b = digest_fields(a), digest_fields(b)
    for field in FIELDS:
        if field == "amounts":
            count_a = Counter(map(_amount_key, digest_a[field]))
            count_b = Counter(map(_amount_key, digest_b[field]))
            assert Counter(map(_amount_key, fact_values(diff, field, "added"))) == count_b - count_a
            assert Counter(map(_amount_key, fact_values(diff, field, "removed"))) == count_a - count_b
        else:
            assert set(fact_values(diff, field, "added")) == set(digest_b[field]) - set(digest_a[field])
            assert set(fact_values(diff, field, "removed")) == set(digest_a[field]) - set(digest_b[field])


@pytest.mark.parametrize("pair", EXPECTED["pairs"], ids=_pair_id)
def test_commitment_changes_are_reported_once_as_the_right_kind(pair):
    a, b = load_extraction(pair["a"]), load_extraction(pair["b"])
    diff = diff_extractions(a, b)
    got = []
    for change in diff.commitments:
        about = (change.a or change.b).beneficiaries
        got.append((change.kind, tuple(sorted(about)), tuple(sorted(c.attribute for c in change.changes))))
    want = [(c["kind"], tuple(sorted(c["about"])), tuple(sorted(c.get("attributes", [])))) for c in pair["commitments"]]
    assert sorted(got) == sorted(want)


@pytest.mark.parametrize("pair", EXPECTED["pairs"], ids=_pair_id)
def test_paragraph_changes_are_reported_once_as_the_right_kind(pair):
    a, b = load_extraction(pair["a"]), load_extraction(pair["b"])
    diff = diff_extractions(a, b)
    paragraphs_a, paragraphs_b = paragraphs_of(a), paragraphs_of(b)
    got = []
    for change in diff.paragraphs:
        if change.op == "equal":
            continue
        text = " ".join(
            [
                paragraphs_a[change.a] if change.a is not None else "",
                paragraphs_b[change.b] if change.b is not None else "",
            ]
        )
        phrases = [p["phrase"] for p in pair["paragraphs"] if p["phrase"] in normalise_text(text)]
        assert len(phrases) == 1, (change.op, text[:80])
        got.append((change.op, phrases[0]))
    assert sorted(got) == sorted((p["op"], p["phrase"]) for p in pair["paragraphs"])


def test_amount_change_shows_in_the_words_of_the_paragraph():
    diff = diff_extractions(load_extraction("med_1"), load_extraction("med_2"))
    jordan = next(p for p in diff.paragraphs if p.op == "changed" and any("Jordan" in w.a for w in p.words))
    edits = [(w.op, w.a, w.b) for w in jordan.words if w.op != "equal"]
    assert edits == [("replace", "80", "120")]


@pytest.mark.parametrize("name", ["med_1", "med_2", "med_3", "notice_1", "notice_2", "notice_3"])
def test_a_letter_against_itself_reports_nothing(name):
    extraction = load_extraction(name)
    diff = diff_extractions(extraction, extraction)
    assert not diff.has_fact_changes()
    assert not diff.has_text_changes()
    assert len(diff.paragraphs) == len(paragraphs_of(extraction))


@pytest.mark.parametrize("names", EXPECTED["same_text"], ids="-".join)
def test_reflowed_copy_reports_no_change(names):
    diff = diff_extractions(load_extraction(names[0]), load_extraction(names[1]))
    assert not diff.has_fact_changes(), [f for f in diff.facts if f.added or f.removed] + diff.commitments
    assert not diff.has_text_changes(), [p for p in diff.paragraphs if p.op != "equal"]


def test_normalise_text_folds_what_producers_vary():
    assert (
        normalise_text("the \u201cPact\u201d \u2013 man-\nagement\u00a0of  \ufb01les")
        == 'the "Pact" - man-agement of files'
    )


def test_commitments_match_on_subject_not_amount():
    # Two commitments with the same sum but different beneficiaries and purpose are not one.
    med1 = load_extraction("med_1")
    jordan, tunisia = med1.commitments
    same_sum = tunisia.model_copy(update={"amounts": jordan.amounts})
    assert commitment_similarity(jordan, same_sum) < commitment_similarity(
        jordan, jordan.model_copy(update={"amounts": tunisia.amounts})
    )


def test_a_paragraph_rewritten_beyond_recognition_is_a_delete_and_an_insert():
    changes = align_paragraphs(
        ["The Commission will support Jordan with refugees.", "Closing words of the letter."],
        ["Frontex deploys border guards on the Western Balkans.", "Closing words of the letter."],
    )
    assert sorted(c.op for c in changes) == ["deleted", "equal", "inserted"]


def test_diff_json_round_trips():
    diff = diff_extractions(load_extraction("med_1"), load_extraction("med_2"))
    again = LetterDiff.model_validate_json(diff.model_dump_json())
    assert again == diff


# ------------------------------------------------------------ the same letters as PDFs, via the reader

PDF_DIR = SERIES_DIR / "pdfs"
PRODUCERS = ("reportlab", "chromium")
PRINTED = sorted({p.name.split(".")[0] for p in PDF_DIR.glob("*.pdf")})


@functools.lru_cache(maxsize=None)
def _printed(name, producer):
    from series_fixtures import read_extraction

    return read_extraction(PDF_DIR / f"{name}.{producer}.pdf")


@pytest.mark.parametrize("producer", PRODUCERS)
@pytest.mark.parametrize("name", PRINTED)
def test_same_text_from_a_pdf_producer_reports_no_change(name, producer):
    from series_fixtures import read_extraction

    diff = diff_extractions(read_extraction(SERIES_DIR / f"{name}.txt"), _printed(name, producer))
    assert not diff.has_fact_changes(), [f for f in diff.facts if f.added or f.removed] + diff.commitments
    assert not diff.has_text_changes(), [p for p in diff.paragraphs if p.op != "equal"]


@pytest.mark.parametrize("name", PRINTED)
def test_two_producers_of_one_letter_report_no_change(name):
    printed = {producer: _printed(name, producer) for producer in PRODUCERS}
    diff = diff_extractions(printed["reportlab"], printed["chromium"])
    assert not diff.has_fact_changes()
    assert not diff.has_text_changes()


def test_the_producers_break_pages_in_different_places():
    # The point of the pair: the same words on one page from Chromium, over two from reportlab.
    pages = {p: {m.grounding.page for m in _printed("med_2", p).mentions} for p in PRODUCERS}
    assert pages == {"reportlab": {1, 2}, "chromium": {1}}


@pytest.mark.parametrize(
    "pair", [p for p in EXPECTED["pairs"] if p["a"] in PRINTED and p["b"] in PRINTED], ids=_pair_id
)
def test_changes_across_producers_are_the_changes_of_the_text(pair):
    # Letter A printed by one producer, letter B by the other: the same changes as between the texts.
    from_text = diff_extractions(load_extraction(pair["a"]), load_extraction(pair["b"]))
    from_pdfs = diff_extractions(_printed(pair["a"], "reportlab"), _printed(pair["b"], "chromium"))
    for field in FIELDS:
        for side in ("added", "removed"):
            assert fact_values(from_pdfs, field, side) == fact_values(from_text, field, side), (field, side)

    def kinds(diff):
        return sorted((c.kind, tuple(x.attribute for x in c.changes)) for c in diff.commitments)

    assert kinds(from_pdfs) == kinds(from_text)

    def text_changes(diff):
        return sorted((p.op, p.a, p.b) for p in diff.paragraphs if p.op != "equal")

    assert text_changes(from_pdfs) == text_changes(from_text)
    # Every paragraph of either letter is accounted for exactly once (a reader's merge joins two).
    for side, extraction in (("a", _printed(pair["a"], "reportlab")), ("b", _printed(pair["b"], "chromium"))):
        seen = []
        for change in from_pdfs.paragraphs:
            if getattr(change, side) is not None:
                seen.append(getattr(change, side))
            seen.extend(getattr(change, f"{side}_more"))
        assert sorted(seen) == list(range(len(paragraphs_of(extraction))))


def test_a_paragraph_split_at_a_page_break_is_no_change():
    whole = "The Commission will mobilise EUR 80 million to support Jordan in hosting Syrian refugees, with a focus on education."
    # The reader's page break falls inside a word hyphenated across the pages.
    cut = whole.index("hosting") + 4
    first, second = whole[:cut] + "-", whole[cut:]
    assert first.endswith("host-") and second.startswith("ing")
    changes = align_paragraphs(
        ["Opening words here.", whole, "Closing words of the letter."],
        ["Opening words here.", first, second, "Closing words of the letter."],
    )
    assert [c.op for c in changes] == ["equal", "equal", "equal"]
    assert changes[1].b_more == [2]
    # ... and a real edit inside the split paragraph is still an edit.
    edited = align_paragraphs([whole], [first, second.replace("education", "health")])
    assert [(c.op, c.b_more) for c in edited] == [("changed", [1])]
    assert [(w.a, w.b) for w in edited[0].words if w.op != "equal"] == [("education.", "health.")]


# ------------------------------------------------------------ end to end through the real extractor


@functools.lru_cache(maxsize=None)
def _extracted(path: str):
    from extractor.records import extract

    return extract.extract_path(path)


def _series_file(name):
    return str(SERIES_DIR / f"{name}.txt")


@pytest.mark.parametrize(
    "name, other",
    [("med_2", "med_2_reflowed.txt")] + [(n, f"pdfs/{n}.{p}.pdf") for n in PRINTED for p in PRODUCERS],
)
def test_extracted_same_letter_reports_no_change(name, other):
    diff = diff_extractions(_extracted(_series_file(name)), _extracted(str(SERIES_DIR / other)))
    assert not diff.has_fact_changes(), [f for f in diff.facts if f.added or f.removed] + diff.commitments
    assert not diff.has_text_changes(), [p for p in diff.paragraphs if p.op != "equal"]


@pytest.mark.parametrize("pair", EXPECTED["pairs"], ids=_pair_id)
def test_extracted_series_reports_the_expected_changes(pair):
    # Relative dates ("next week") and money-less commitments are the extractor's to find, so
    # dates are checked for inclusion and only commitments with a sum are held to the list.
    a, b = _extracted(_series_file(pair["a"])), _extracted(_series_file(pair["b"]))
    diff = diff_extractions(a, b)
    for field in ("countries", "amounts", "routes", "organisations"):
        want = pair["facts"].get(field, {"added": [], "removed": []})
        for side in ("added", "removed"):
            got = fact_values(diff, field, side)
            if field == "amounts":
                assert Counter(map(_amount_key, got)) == Counter(map(_amount_key, want[side])), (field, side)
            else:
                assert sorted(got) == sorted(want[side]), (field, side)
    for side in ("added", "removed"):
        expected_dates = set(_resolve(pair["facts"].get("dates", {}).get(side, []), a, b))
        assert expected_dates <= set(fact_values(diff, "dates", side))
        # Any other date change is a relative date ("next week") that moved with the letter's date.
        others = [
            c for f in diff.facts if f.field == "dates" for c in getattr(f, side) if c.value not in expected_dates
        ]
        for change in others:
            places = change.places_b if side == "added" else change.places_a
            assert places and all(p.relative for p in places), change.value
        assert len(fact_values(diff, "programmes", side)) == len(pair["facts"].get("programmes", {}).get(side, []))
    got = sorted(
        (c.kind, tuple(sorted((c.a or c.b).beneficiaries)), tuple(sorted(x.attribute for x in c.changes)))
        for c in diff.commitments
        if (c.a or c.b).amounts
    )
    want = sorted(
        (c["kind"], tuple(sorted(c["about"])), tuple(sorted(c.get("attributes", [])))) for c in pair["commitments"]
    )
    assert got == want
    text = sorted((p.op, p.a, p.b) for p in diff.paragraphs if p.op != "equal")
    hand = diff_extractions(load_extraction(pair["a"]), load_extraction(pair["b"]))
    assert text == sorted((p.op, p.a, p.b) for p in hand.paragraphs if p.op != "equal")


def test_a_moved_and_edited_paragraph_is_one_move_with_its_word_changes():
    a = [
        "Opening words of the letter stay.",
        "We will mobilise EUR 80 million for Jordan and its refugees.",
        "A middle paragraph that does not change at all.",
        "Closing words of the letter.",
    ]
    b = [a[0], a[2], "We will mobilise EUR 95 million for Jordan and its refugees.", a[3]]
    changes = align_paragraphs(a, b)
    not_equal = [(c.op, c.a, c.b) for c in changes if c.op != "equal"]
    assert len(not_equal) == 1 and not_equal[0][0] == "moved"
    moved = next(c for c in changes if c.op == "moved")
    assert {(moved.a, moved.b)} <= {(1, 2), (2, 1)}
    assert [(w.a, w.b) for w in moved.words if w.op != "equal"] in ([("80", "95")], [("95", "80")])


def test_amount_and_status_of_one_commitment_change_together_once():
    med1 = load_extraction("med_1")
    jordan = med1.commitments[0]
    later = jordan.model_copy(
        update={
            "status": "adopted",
            "amounts": [jordan.amounts[0].model_copy(update={"value": 95e6})],
        }
    )
    b = med1.model_copy(update={"commitments": [later, med1.commitments[1]]})
    diff = diff_extractions(med1, b)
    assert [(c.kind, sorted(x.attribute for x in c.changes)) for c in diff.commitments] == [
        ("changed", ["amount", "status"])
    ]


def test_a_page_number_kept_by_one_reader_is_no_change():
    a = ["First paragraph of the letter.", "Second paragraph of the letter.", "Third one."]
    b = [a[0], "- 2 -", a[1], "3", a[2]]
    assert [c.op for c in align_paragraphs(a, b)] == ["equal", "equal", "equal"]
    # A paragraph of words that appears is still an insertion.
    assert "inserted" in [c.op for c in align_paragraphs(a, [*b, "A new paragraph."])]


def test_two_commitments_to_one_country_are_told_apart_by_purpose():
    med1 = load_extraction("med_1")
    refugees = med1.commitments[0]
    border = refugees.model_copy(
        update={
            "id": "c9",
            "purpose": "equip the border police with patrol boats and radar",
            "amounts": [refugees.amounts[0].model_copy(update={"value": 20e6})],
        }
    )
    a = med1.model_copy(update={"commitments": [refugees, border]})
    # In B the refugee sum grows to the border sum's old value and the border sum to the refugees' one:
    # matching by amount would swap them; matching by subject reports two amount changes.
    b = med1.model_copy(
        update={
            "commitments": [
                border.model_copy(update={"amounts": refugees.amounts}),
                refugees.model_copy(update={"amounts": border.amounts}),
            ]
        }
    )
    diff = diff_extractions(a, b)
    assert sorted((c.kind, c.a.purpose[:5], c.changes[0].attribute) for c in diff.commitments) == [
        ("changed", "equip", "amount"),
        ("changed", "suppo", "amount"),
    ]


def test_words_broken_or_bulleted_differently_by_a_producer_are_no_change():
    # Chromium's automatic hyphenation read back as "develop - ment"; LibreOffice's list bullets.
    a = ["Support for development and combination of measures.", "- first item of the list; - second item"]
    b = [
        "Support for develop - ment and com - bination of measures.",
        "\u2022 first item of the list; \u2022 second item",
    ]
    assert [c.op for c in align_paragraphs(a, b)] == ["equal", "equal"]
    changed = align_paragraphs(["Support for develop - ment of the region."], ["Support for development of the coast."])
    assert [(w.a, w.b) for w in changed[0].words if w.op != "equal"] == [("region.", "coast.")]


CORPUS_LETTERS = Path(__file__).resolve().parents[2] / "letters"
CORPUS_PDFS = Path(__file__).resolve().parents[2] / "pdfs"
PRINTED_CORPUS = sorted(
    p.name for p in CORPUS_PDFS.glob("*.pdf") if (CORPUS_LETTERS / f"{p.name.split('.')[0]}.txt").exists()
)


@pytest.mark.parametrize("pdf_name", PRINTED_CORPUS)
def test_corpus_letter_against_its_printed_copy_reports_no_change(pdf_name):
    # The test letters of other authors, printed by other producers (CORPUS's tests/pdfs).
    text = _extracted(str(CORPUS_LETTERS / f"{pdf_name.split('.')[0]}.txt"))
    diff = diff_extractions(text, _extracted(str(CORPUS_PDFS / pdf_name)))
    assert not diff.has_fact_changes(), [f for f in diff.facts if f.added or f.removed] + diff.commitments
    assert not diff.has_text_changes(), [p for p in diff.paragraphs if p.op != "equal"]


def test_long_texts_look_for_edited_paragraphs_near_their_place(monkeypatch):
    import extractor.reports.diff as diff_module

    monkeypatch.setattr(diff_module, "MAX_PAIR_CHECKS", 4)
    monkeypatch.setattr(diff_module, "MOVE_SEARCH_MARGIN", 1)
    a = [
        "Border management improved along the eastern frontier during the spring.",
        "Return policy needs faster procedures and better cooperation with partners.",
        "Legal pathways for workers open through talent partnerships soon.",
        "Refugee protection remains a shared duty under international law this year.",
        "Visa rules were tightened for countries that refuse readmission.",
        "Smuggling networks adapt quickly to every new enforcement measure.",
        "Asylum procedures at the border start in June next summer.",
        "Integration funding supports housing, language courses and schools.",
        "Labour migration helps sectors short of skilled workers.",
        "Search and rescue at sea is coordinated by the coastal states.",
        "Data protection safeguards apply to every biometric record.",
        "External partners receive support for capacity building in ports.",
    ]
    b = list(a)
    b[3] = b[3].replace("this year", "next year")  # edited in place: still found
    b[0], b[11] = a[11].replace("ports", "airports"), a[0].replace("spring", "autumn")
    ops = {(c.op, c.a, c.b) for c in align_paragraphs(a, b) if c.op != "equal"}
    assert ("changed", 3, 3) in ops
    # Edited and moved far away: beyond the search margin, a deletion and an insertion.
    assert {("deleted", 0, None), ("inserted", None, 11)} <= ops
    monkeypatch.setattr(diff_module, "MAX_PAIR_CHECKS", 10_000)
    ops = {(c.op, c.a, c.b) for c in align_paragraphs(a, b) if c.op != "equal"}
    assert ("moved", 0, 11) in ops or ("moved", 11, 0) in ops


def test_dates_compare_as_the_intervals_they_denote():
    from extractor.reports.diff import date_key

    assert date_key("2026-41") == date_key("2026-07/2026-12")
    assert date_key("2025-W43") != date_key("2025")
    assert date_key("2026-06") != date_key("2026-41")


def _with_parts(name: str, **parts):
    """A hand-annotated letter of the series whose letter parts are replaced by ``parts``."""
    extraction = load_extraction(name)
    extraction.letter.parts = extraction.letter.parts.model_copy(update=parts)
    return extraction


def test_a_change_of_speaker_is_a_changed_addressee_and_salutation():
    """Two yearly reports to Congress: the Speaker changed, the President signed both (issue 17)."""
    a = _with_parts("notice_1", salutation="Dear Madam Speaker:", signatory="Joseph R. Biden Jr.", place="Washington")
    b = _with_parts("notice_1", salutation="Dear Mr. Speaker:", signatory="Joseph R. Biden Jr.", place="Washington")
    changes = [(c.part, c.before, c.after) for c in diff_parts(a, b)]
    assert changes == [
        ("addressee", "Madam Speaker", "Mr. Speaker"),
        ("salutation", "Dear Madam Speaker", "Dear Mr. Speaker"),
    ]
    # In the flat rows (--table, --csv) the parts come first, before any fact.
    diff = diff_extractions(a, b)
    rows = diff_rows(diff, paragraphs_of(a), paragraphs_of(b))
    assert [(r.section, r.field, r.before, r.after) for r in rows[:2]] == [
        ("part", "addressee", "Madam Speaker", "Mr. Speaker"),
        ("part", "salutation", "Dear Madam Speaker", "Dear Mr. Speaker"),
    ]


def test_place_and_signatory_changes_are_letter_parts():
    a = _with_parts("notice_1", place="The Hague", signatory="Jane Roe", signatory_title="Minister")
    b = _with_parts("notice_1", place="Brussels", signatory="John Doe", signatory_title="Minister")
    assert [(c.part, c.before, c.after) for c in diff_parts(a, b)] == [
        ("place", "The Hague", "Brussels"),
        ("signatory", "Jane Roe, Minister", "John Doe, Minister"),
    ]


def test_spelling_case_and_a_wrapped_signature_block_are_no_change_of_a_part():
    a = _with_parts(
        "notice_1", salutation="Dear Mr Speaker,", signatory="Jane Roe", signatory_title="Minister for Trade"
    )
    # Another producer put a word of the title on the name's line, and wrote the salutation in capitals.
    b = _with_parts(
        "notice_1", salutation="DEAR MR. SPEAKER:", signatory="Jane Roe, Minister", signatory_title="for Trade"
    )
    assert diff_parts(a, b) == []
