"""The commitment filters are answered from indexes: EXPLAIN QUERY PLAN of the SQL query.commitments runs.

Structural, not timed: a store of a few hundred letters, ANALYZEd as an ingest leaves it, and
the plan SQLite chooses for each filter must search commitments through that filter's index.
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
    (sql,) = [s for s in statements if "FROM commitments c" in s]
    return [r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql)]


def searches_commitments_by(lines: list[str], indexes: tuple[str, ...]) -> bool:
    return any(line.startswith(("SEARCH c ", "SEARCH c2 ")) and any(i in line for i in indexes) for line in lines)


def never_scans(lines: list[str], table: str) -> bool:
    return not any(line.startswith(f"SCAN {table}") for line in lines)


def test_a_country_is_found_through_the_beneficiary_and_mention_indexes(store):
    lines = plan(store, country="Tunisia")
    assert any("beneficiaries_by_country (country=?)" in line for line in lines), lines
    assert any("mentions_by_norm (norm=? AND type=?)" in line for line in lines), lines
    assert never_scans(lines, "c") and never_scans(lines, "m"), lines


def test_an_amount_range_is_found_through_a_value_index(store):
    lines = plan(store, min_amount="EUR 20M", max_amount="EUR 60M")
    assert searches_commitments_by(lines, ("commitments_by_top_value", "commitments_by_value")), lines
    assert never_scans(lines, "c"), lines


@pytest.mark.parametrize("since, until", [("2016-01", "2016-03"), ("2018", None), (None, "2015-06")])
def test_a_date_range_is_found_through_the_day_bounds(store, since, until):
    lines = plan(store, since=since, until=until)
    assert searches_commitments_by(lines, ("commitments_by_last_day", "commitments_by_first_day")), lines
    # One table: the letter date is folded into the commitment's day bounds (no OR across tables).
    assert never_scans(lines, "c") and never_scans(lines, "l"), lines
