"""Queries across the store: combinable commitment filters, mentions, entity counts, SQL, sums."""

from __future__ import annotations

import zlib

import pytest
from store_samples import STORE_LETTERS, build  # noqa: F401

from extractor.errors import StoreError
from extractor.store import query
from extractor.store.database import SCHEMA_VERSION, Store

LETTERS = STORE_LETTERS


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "l.db") as writer:
        for letter in LETTERS:
            writer.save(letter)
    with Store(tmp_path / "l.db", readonly=True) as reader:
        yield reader


def keys(rows):
    return [(r.letter, r.id) for r in rows]


def test_commitments_newest_letter_first_with_evidence_and_page(store):
    rows = query.commitments(store)
    assert keys(rows) == [("ma_2025", "c1"), ("ma_2025", "c2"), ("tn_2024", "c1"), ("tn_2024", "c2"), ("us_2023", "c1")]
    frontex = rows[3]
    assert frontex.evidence.startswith("Frontex will support Libya") and frontex.page == 2
    assert rows[0].beneficiaries == ["MAR", "TUN"] and rows[0].value == 1.5e9 and rows[0].currency == "EUR"


def test_country_accepts_a_code_a_name_or_alpha_2(store):
    for spelling in ("TUN", "Tunisia", "tn", "tunisia"):
        assert keys(query.commitments(store, country=spelling)) == [("ma_2025", "c1"), ("tn_2024", "c1")]
    with pytest.raises(StoreError, match="not a country"):
        query.commitments(store, country="Atlantis")


def test_filters_combine(store):
    assert keys(query.commitments(store, country="TUN", min_amount="100M")) == [("ma_2025", "c1")]
    assert keys(query.commitments(store, country="TUN", max_amount="EUR 100M")) == [("tn_2024", "c1")]
    assert keys(query.commitments(store, min_amount="€100M", max_amount="€1bn")) == [("ma_2025", "c2")]
    # A currency filters out sums in other currencies.
    assert keys(query.commitments(store, min_amount="EUR 1M", max_amount="EUR 100M")) == [("tn_2024", "c1")]
    assert keys(query.commitments(store, min_amount="1M", max_amount="100M")) == [("tn_2024", "c1"), ("us_2023", "c1")]
    assert keys(query.commitments(store, status="disbursed")) == [("ma_2025", "c2")]
    assert keys(query.commitments(store, organisation="investment bank")) == [("ma_2025", "c2")]
    assert keys(query.commitments(store, organisation="European Commission", country="Morocco")) == [("ma_2025", "c1")]
    assert keys(query.commitments(store, programme="Border")) == [("tn_2024", "c1")]
    assert keys(query.commitments(store, letter="tn_2024", organisation="Frontex")) == [("tn_2024", "c2")]
    assert query.commitments(store, country="EGY", status="planned") == []


def test_since_and_until_look_at_the_letter_date_or_the_commitment_period(store):
    # tn_2024's first commitment runs to 2026, so it is still current in 2026; its Frontex one is not.
    assert keys(query.commitments(store, since="2026")) == [("ma_2025", "c1"), ("tn_2024", "c1")]
    assert keys(query.commitments(store, until="2023-12")) == [("us_2023", "c1")]
    assert keys(query.commitments(store, since="2024-01-01", until="2024-12-31")) == [
        ("tn_2024", "c1"),
        ("tn_2024", "c2"),
        ("us_2023", "c1"),
    ]
    with pytest.raises(StoreError, match="not a date"):
        query.commitments(store, since="last spring")


def test_since_and_until_take_a_week_as_its_seven_days(store):
    # --since 2025-W25 starts on Monday 16 June 2025 (not 1 January): ma_2025's undated c2 of 10 June is out.
    assert keys(query.commitments(store, since="2025-W25")) == [("ma_2025", "c1"), ("tn_2024", "c1")]
    # --until 2025-W01 ends on Sunday 5 January 2025 (not 31 December): nothing of ma_2025 is in.
    assert keys(query.commitments(store, until="2025-W01")) == [("tn_2024", "c1"), ("tn_2024", "c2"), ("us_2023", "c1")]


def test_mentions_by_code_or_text_newest_first_with_context(store):
    rows = query.mentions(store, "Tunisia")
    assert [(r.letter, r.norm) for r in rows] == [("ma_2025", "TUN"), ("tn_2024", "TUN")]
    assert rows[1].context.startswith("The European Commission will provide EUR 10 million to Tunisia")
    assert rows[1].page == 1 and rows[1].end - rows[1].start == len("Tunisia")
    assert [r.letter for r in query.mentions(store, "TUN")] == ["ma_2025", "tn_2024"]
    assert [r.letter for r in query.mentions(store, "frontex")] == ["tn_2024"]
    assert query.mentions(store, "Narnia") == []


def test_entities_count_letters_then_mentions(store):
    top = query.entities(store, entity_type="country", top=2)
    assert [(e.norm, e.name, e.letters) for e in top] == [("TUN", "Tunisia", 2), ("EGY", "Egypt", 1)]
    every = query.entities(store, top=None)
    assert {e.type for e in every} == {"country", "organisation", "programme", "route"}
    assert {e.norm for e in query.entities(store, entity_type="amount", top=None)} >= {"1e+07 EUR", "1.5e+09 EUR"}


def test_queries_see_the_latest_version_only(tmp_path):
    with Store(tmp_path / "l.db") as writer:
        writer.save(LETTERS[0])
        writer.save(build("tn_2024", "2024-03-02", ["The European Commission will provide EUR 30 million to Tunisia."]))
        rows = query.commitments(writer, country="TUN")
        assert [(r.version, r.value) for r in rows] == [(2, 3e7)]
        assert [r.value for r in query.commitments(writer, letter="tn_2024@1", country="TUN")] == [1e7]
        # Version 1 named Libya and Frontex; version 2 does not, so they no longer count.
        counts = {(e.norm, e.letters, e.mentions) for e in query.entities(writer, top=None)}
        assert counts == {("TUN", 1, 1), ("European Commission", 1, 1)}
        writer.save(build("other", "2024-05-01", ["Tunisia and Libya met Frontex."]))
        counts = {(e.norm, e.letters) for e in query.entities(writer, entity_type="country", top=None)}
        assert counts == {("TUN", 2), ("LBY", 1)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("10M", (1e7, None)),
        ("1.5bn", (1.5e9, None)),
        ("EUR 10M", (1e7, "EUR")),
        ("€1.5bn", (1.5e9, "EUR")),
        ("EUR10m", (1e7, "EUR")),
        ("2 million euros", (2e6, "EUR")),
        ("USD 3 billion", (3e9, "USD")),
        ("£250k", (2.5e5, "GBP")),
        ("1,500,000", (1.5e6, None)),
        ("1,5 Mio", (1.5e6, None)),
        ("1.234,5", (1234.5, None)),
        ("10 CHF", (10.0, "CHF")),
        # The signs the extraction reads (reference/currency_signs.tsv), before or after the number.
        ("A$ 40M", (4e7, "AUD")),
        ("₹2 billion", (2e9, "INR")),
        ("Rs 300 million", (3e8, "INR")),
        ("12M NZ$", (1.2e7, "NZD")),
    ],
)
def test_parse_amount(text, expected):
    value, currency = query.parse_amount(text)
    assert value == pytest.approx(expected[0]) and currency == expected[1]


@pytest.mark.parametrize("text", ["lots", "10 gazillion", "XYZ 10M", "EUR 10 USD", ""])
def test_parse_amount_refuses_what_is_not_a_sum(text):
    with pytest.raises(StoreError):
        query.parse_amount(text)


def test_a_filter_reads_every_currency_sign_the_extraction_reads():
    """One sign table for letters and filters: a sum the store holds in a sign's currency can be asked for by it."""
    from extractor.reference.money import currency_signs

    for sign, code in currency_signs().items():
        assert query.parse_amount(f"{sign}5 million") == (5e6, code), sign
        assert query.currency_code(sign) == code


def test_sql_stops_at_its_row_limit_with_a_message(store):
    statement = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n"
    with pytest.raises(StoreError, match="more than 1,000 rows"):
        query.run_sql(store.path, statement, max_rows=1000)
    assert len(query.run_sql(store.path, statement + " LIMIT 1000", max_rows=1000)[1]) == 1000


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT randomblob(300 * 1024 * 1024)",  # one value larger than SQLite may allocate
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 5000) SELECT randomblob(100000) FROM n",
    ],
)
def test_sql_stops_at_its_memory_limit(store, statement):
    with pytest.raises(StoreError, match="more than 64 MB of memory"):
        query.run_sql(store.path, statement, max_memory_mb=64)
    assert query.run_sql(store.path, "SELECT length(randomblob(1000))", max_memory_mb=64)[1] == [(1000,)]


def test_sql_is_read_only(store):
    columns, rows = query.run_sql(store.path, "SELECT letter_id, version FROM letters ORDER BY letter_id")
    assert columns == ["letter_id", "version"] and rows == [("ma_2025", 1), ("tn_2024", 1), ("us_2023", 1)]
    for statement in (
        "DELETE FROM letters",
        "DROP TABLE mentions",
        "UPDATE letters SET date = NULL",
        "CREATE TABLE x (a)",
        "PRAGMA user_version = 9",
    ):
        with pytest.raises(StoreError, match="SQL refused"):
            query.run_sql(store.path, statement)
    assert query.run_sql(store.path, "SELECT COUNT(*) FROM letters")[1] == [(3,)]
    assert query.run_sql(store.path, "PRAGMA user_version")[1] == [(SCHEMA_VERSION,)]


def test_sql_reads_the_compressed_records_through_extraction_json(store):
    columns, rows = query.run_sql(
        store.path,
        "SELECT letter_id, json_extract(extraction_json(extraction_zlib), '$.letter.id') FROM letters ORDER BY 1",
    )
    assert rows == [("ma_2025", "ma_2025"), ("tn_2024", "tn_2024"), ("us_2023", "us_2023")]
    # A value no save wrote, inflating past the cap, is a one-line SQL error, not a memory blow-up.
    bomb = zlib.compress(b"\0" * (query.SQL_MAX_EXTRACTION_BYTES + 1)).hex()
    with pytest.raises(StoreError, match="SQL error: user-defined function raised exception"):
        query.run_sql(store.path, f"SELECT length(extraction_json(x'{bomb}'))")
    assert query.run_sql(store.path, "SELECT extraction_json(NULL), extraction_json(42)")[1] == [(None, None)]
