"""How SQLite answers each commitment filter: EXPLAIN QUERY PLAN of the SQL query.commitments runs.

Structural, not timed: a store of a few hundred letters, ANALYZEd as an ingest leaves it. The date
and sum filters are tested on commitment_rows as its key order gives them (schema 9: the listing's
order, so no sort and no other table); the other filters find their commitments through indexes.
"""

from __future__ import annotations

import datetime as dt

import pytest
from store_samples import build

from extractor.store import query
from extractor.store.database import Store

LETTERS = 300
COUNTRIES = ("Tunisia", "Morocco", "Egypt", "Libya", "Niger", "Chad", "Mali", "Senegal", "Ghana", "Kenya")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("plans") / "l.db"
    with Store(path) as writer, writer.batch():
        for i in range(LETTERS):
            day = dt.date(2015, 1, 1) + dt.timedelta(days=9 * i)
            country = COUNTRIES[i % len(COUNTRIES)]
            sentences = [
                f"The European Commission will provide EUR {5 + i % 90} million to {country} for {day.year}-{day.year + 2}.",
                f"Frontex will provide EUR {1 + i % 7} billion to {COUNTRIES[(i + 3) % len(COUNTRIES)]}.",
                "We met in Brussels.",
            ]
            writer.save(build(f"letter_{i:03d}", day.isoformat(), sentences))
    # Closing the writer ANALYZEd the store, as the end of an ingest does.
    with Store(path, readonly=True) as reader:
        assert reader.conn.execute("SELECT COUNT(*) FROM sqlite_stat1").fetchone()[0] > 0
        yield reader


def plan(store: Store, **filters) -> list[str]:
    """The EXPLAIN QUERY PLAN lines of the statement query.commitments(store, **filters) runs."""
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        rows = query.commitments(store, **filters)
    finally:
        store.conn.set_trace_callback(None)
    assert len(rows) > 0, "the filter found nothing: the plan of an empty answer proves little"
    (sql,) = [s for s in statements if "FROM commitment_rows r" in s]
    return [r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql)]


def never_scans(lines: list[str], table: str) -> bool:
    return not any(line.startswith(f"SCAN {table}") for line in lines)


def reads_rows_in_order_alone(lines: list[str]) -> bool:
    """The listing's rows read front to back by their key: no sort, no other table, no JSON built."""
    return lines == ["SEARCH r USING PRIMARY KEY (latest=?)"]


def test_a_country_is_found_through_the_beneficiary_and_mention_indexes(store):
    lines = plan(store, country="Tunisia")
    assert any("beneficiaries_by_country (country=?)" in line for line in lines), lines
    assert any("mentions_by_norm (norm=? AND type=?)" in line for line in lines), lines
    assert never_scans(lines, "c") and never_scans(lines, "m") and never_scans(lines, "r"), lines


def test_an_amount_range_is_tested_on_the_rows_read_in_listing_order(store):
    lines = plan(store, min_amount="EUR 20M", max_amount="EUR 60M")
    assert reads_rows_in_order_alone(lines), lines


@pytest.mark.parametrize("since, until", [("2016-01", "2016-03"), ("2018", None), (None, "2015-06")])
def test_a_date_range_is_tested_on_the_rows_read_in_listing_order(store, since, until):
    lines = plan(store, since=since, until=until)
    # One table: the letter date is folded into the commitment's day bounds (no OR across tables, no join).
    assert reads_rows_in_order_alone(lines), lines


@pytest.mark.parametrize("filters", [{"since": "2016-01", "until": "2016-03"}, {"min_amount": "EUR 20M"}, {}])
def test_the_json_bytes_join_each_months_rows_as_read_in_key_order(store, filters):
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        assert b"".join(query.iter_commitment_json(store, 1000, **filters))
    finally:
        store.conn.set_trace_callback(None)
    (sql,) = [s for s in statements if "GROUP BY r.latest, r.letter_month" in s]
    lines = [r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql)]
    # The month leads commitment_rows' key (schema 10): its rows are grouped as read, with no sort.
    assert lines == ["SEARCH r USING PRIMARY KEY (latest=?)"], lines


def test_one_letter_is_found_through_its_commitments(store):
    lines = plan(store, letter="letter_007")
    assert any(line.startswith("SEARCH commitments") and "(letter=?)" in line for line in lines), lines
    assert any("commitment_rows_by_commitment (commitment=?)" in line for line in lines), lines
    assert never_scans(lines, "r"), lines
