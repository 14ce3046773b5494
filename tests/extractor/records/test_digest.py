"""make_digest on a hand-built Extraction: the DIGEST.md shape, order, uniqueness and JSON form."""

from __future__ import annotations

import datetime as dt
import json

from extractor.records.digest import make_digest
from models.commitment import Commitment, RouteTie
from models.digest import Digest
from models.entities import AmountValue, DateValue, Grounding, Mention
from models.extraction import Extraction, LetterSummary
from models.letter import LetterParts

BODY = "x" * 400


def at(start: int) -> Grounding:
    return Grounding(start=start, end=start + 5, sentence=0, sentence_text="...")


def mention(kind, norm, start, **extra) -> Mention:
    return Mention(type=kind, text=norm, norm=norm, grounding=at(start), **extra)


def money(value, currency="EUR") -> AmountValue:
    return AmountValue(kind="money", value=value, currency=currency)


def extraction() -> Extraction:
    mentions = [
        mention("country", "TUN", 50),
        mention("country", "LBY", 10),  # first in the text, though listed second
        mention("country", "TUN", 90),
        mention("region", "North Africa", 95),
        mention("organisation", "European Commission", 20),
        mention("organisation", "European Commission", 120),
        mention("route", "Central Mediterranean", 30),
        mention("amount", "EUR 80 million", 40, amount=money(80e6)),
        mention("amount", "EUR 80 million", 140, amount=money(80e6)),
        mention("amount", "23%", 60, amount=AmountValue(kind="percent", value=23, currency="EUR")),
        mention("amount", "7 000", 70, amount=AmountValue(kind="count", value=7000, unit="migrants")),
        mention("date", "June 2026", 80, date=DateValue(edtf="2026-06")),
        mention("date", "this year", 85, date=DateValue(edtf="2025", relative=True)),
        mention("date", "June 2026", 150, date=DateValue(edtf="2026-06")),
        mention("programme", "Pact on Migration and Asylum", 100),
        mention("person", "Ursula von der Leyen", 110),
    ]
    commitments = [
        Commitment(
            id="c1",
            amounts=[money(80e6), AmountValue(kind="percent", value=5)],
            beneficiaries=["LBN", "LBN"],
            status="planned",
            modality="firm",
            evidence=at(40),
        ),
        Commitment(id="c2", amounts=[], beneficiaries=["JOR"], status="adopted", modality="firm", evidence=at(140)),
    ]
    ties = [
        RouteTie(route="Central Mediterranean", country="LBY", role="departure", evidence=at(30)),
        RouteTie(route="Eastern Mediterranean", country="LBY", evidence=at(30)),
        RouteTie(route="Central Mediterranean", country="LBY", evidence=at(130)),
        RouteTie(route="Central Mediterranean", country="TUN", evidence=at(130)),
    ]
    parts = LetterParts(
        place="Brussels",
        date=dt.date(2025, 10, 21),
        date_text="21 October 2025",
        salutation="Dear colleagues,",
        signatory="Ursula von der Leyen",
    )
    return Extraction(
        letter=LetterSummary(id="t", source="t.txt", sha256="0", format="text", parts=parts),
        body=BODY,
        mentions=mentions,
        commitments=commitments,
        route_ties=ties,
    )


def test_digest_fields_from_mentions():
    digest = make_digest(extraction())
    assert digest.letter.model_dump() == {
        "date": "2025-10-21",
        "place": "Brussels",
        "salutation": "Dear colleagues",
        "signatory": "Ursula von der Leyen",
    }
    assert digest.countries == ["LBY", "TUN"]
    assert digest.organisations == ["European Commission"]
    assert digest.routes == ["Central Mediterranean"]
    assert digest.programmes == ["Pact on Migration and Asylum"]
    # Amounts are a list in text order: both EUR 80 million stay.
    assert [(a.kind, a.value, a.currency) for a in digest.amounts] == [
        ("money", 80e6, "EUR"),
        ("percent", 23, None),
        ("count", 7000, None),
        ("money", 80e6, "EUR"),
    ]
    # Dates are a set; the letter's own date comes first.
    assert digest.dates == ["2025-10-21", "2026-06", "2025"]


def test_digest_commitments_and_route_countries():
    digest = make_digest(extraction())
    assert [c.model_dump() for c in digest.commitments] == [
        {"amount": {"value": 80e6, "currency": "EUR"}, "beneficiaries": ["LBN"], "status": "planned"}
    ]
    assert digest.route_countries == {"Central Mediterranean": ["LBY", "TUN"], "Eastern Mediterranean": ["LBY"]}


def test_digest_json_is_exactly_the_digest_md_shape():
    data = json.loads(json.dumps(make_digest(extraction()).to_json_dict()))
    assert list(data) == [
        "letter",
        "countries",
        "organisations",
        "routes",
        "amounts",
        "dates",
        "programmes",
        "commitments",
        "route_countries",
    ]
    assert list(data["letter"]) == ["date", "place", "salutation", "signatory"]
    assert data["amounts"][0] == {"kind": "money", "value": 80000000, "currency": "EUR"}
    assert data["amounts"][1] == {"kind": "percent", "value": 23}  # no currency key off money
    assert isinstance(data["amounts"][0]["value"], int)
    assert Digest.model_validate(data) == make_digest(extraction())


def test_digest_of_an_empty_extraction():
    empty = Extraction(letter=LetterSummary(id="e", source="e.txt", sha256="0", format="text"), body="")
    digest = make_digest(empty)
    assert digest.letter.date is None and digest.dates == [] and digest.countries == []
    assert digest.to_json_dict()["route_countries"] == {}


def test_a_range_lists_both_of_its_numbers_as_amounts():
    # "between USD 5 and 7 million" states two quantities; DIGEST.md lists every quantity stated
    # with a number, so the digest has both ends, lower first, in the span's place in the list.
    base = extraction()
    ranged = base.model_copy(
        update={
            "mentions": base.mentions
            + [
                mention(
                    "amount",
                    "between USD 5 and 7 million",
                    65,
                    amount=AmountValue(kind="money", value=5e6, upper=7e6, currency="USD"),
                ),
                mention("amount", "10-15%", 75, amount=AmountValue(kind="percent", value=10, upper=15)),
                mention("amount", "2,000 to 2,000", 76, amount=AmountValue(kind="count", value=2000, upper=2000)),
            ]
        }
    )
    assert [(a.kind, a.value, a.currency) for a in make_digest(ranged).amounts] == [
        ("money", 80e6, "EUR"),
        ("percent", 23, None),
        ("money", 5e6, "USD"),
        ("money", 7e6, "USD"),
        ("count", 7000, None),
        ("percent", 10, None),
        ("percent", 15, None),
        ("count", 2000, None),
        ("money", 80e6, "EUR"),
    ]
    # A range is still one sum for the commitments that hold it.
    assert len(make_digest(ranged).commitments) == 1


def test_a_fiscal_year_is_listed_with_the_year_that_names_it():
    # DIGEST.md: "A fiscal year is the year and, optionally, its interval".
    fiscal = mention("date", "FY 2024", 10, date=DateValue(edtf="2023-10/2024-09"), rule="fiscal")
    span = mention(
        "date", "October 2023 to September 2024", 40, date=DateValue(edtf="2023-10/2024-09"), rule="date_range"
    )
    letter = LetterSummary(id="l", source="l.txt", sha256="0", format="text")
    digest = make_digest(Extraction(letter=letter, body=BODY, mentions=[fiscal]))
    assert digest.dates == ["2024", "2023-10/2024-09"]
    assert make_digest(Extraction(letter=letter, body=BODY, mentions=[span])).dates == ["2023-10/2024-09"]
    # A year written over two read as a financial year ("in 2023/24") is listed with the years that name it too.
    split = mention("date", "2023/24", 60, date=DateValue(edtf="2023-04/2024-03"), rule="year_range")
    assert make_digest(Extraction(letter=letter, body=BODY, mentions=[split])).dates == ["2023/2024", "2023-04/2024-03"]


def test_the_fiscal_rule_the_digest_knows_is_the_one_the_dates_component_gives():
    from extractor.nlp.pipeline import get_nlp
    from extractor.records.digest import FISCAL_YEAR_RULES

    doc = get_nlp()("Congress appropriated the funds in fiscal year 2022 and spent them in 2023/24.")
    assert {span._.rule for span in doc.spans["date"]} == FISCAL_YEAR_RULES


def test_a_sum_said_again_in_brackets_is_one_amount():
    # A lender's "GBP 12,000,000 (twelve million pounds)" states one quantity twice; two sums of
    # the same value said apart, or a different sum in brackets, are each an amount.
    body = "A loan of GBP 12,000,000 (twelve million pounds) and GBP 12,000,000 (about USD 15 million) followed."
    letter = LetterSummary(id="l", source="l.txt", sha256="0", format="text")

    def amount_at(text, value, currency):
        start = body.index(text, amount_at.after)
        amount_at.after = start + len(text)
        grounding = Grounding(start=start, end=start + len(text), sentence=0)
        return Mention(type="amount", text=text, norm=text, grounding=grounding, amount=money(value, currency))

    amount_at.after = 0
    mentions = [
        amount_at("GBP 12,000,000", 12e6, "GBP"),
        amount_at("twelve million pounds", 12e6, "GBP"),
        amount_at("GBP 12,000,000", 12e6, "GBP"),
        amount_at("USD 15 million", 15e6, "USD"),
    ]
    digest = make_digest(Extraction(letter=letter, body=body, mentions=mentions))
    assert [(a.value, a.currency) for a in digest.amounts] == [(12e6, "GBP"), (12e6, "GBP"), (15e6, "USD")]


def test_each_day_of_a_meetings_date_line_is_a_date_of_the_letter():
    parts = LetterParts(
        place="Tarrow",
        date=dt.date(2031, 5, 13),
        date_text="12–13 May 2031",
        source_lines={"date": ["Tarrow, 12–13 May 2031"]},
    )
    letter = LetterSummary(id="m", source="m.txt", sha256="0", format="text", parts=parts)
    assert make_digest(Extraction(letter=letter, body=BODY, mentions=[])).dates == ["2031-05-13", "2031-05-12"]
