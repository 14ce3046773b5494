"""The pages of `letters serve` through Datasette's own client, on a small store (no browser)."""

from __future__ import annotations

import asyncio
import csv
import io
import shutil
import sqlite3
import sys
import zlib
from html import escape

import pytest
from serve_helpers import file_digest
from store_samples import STORE_LETTERS, build

from extractor.errors import OldStore
from extractor.reference.money import format_money
from extractor.serve.app import make_datasette
from extractor.serve.plugin import DATASETTE_CSP, PAGE_CSP
from extractor.store.database import Store
from extractor.store.query import SQL_MAX_EXTRACTION_BYTES

HOSTILE = build(
    "evil",
    "2024-05-01",
    ["The European Commission will provide EUR 3 million to Tunisia <script>alert(1)</script> now."],
)
FORMULA = build("sheet", "2022-02-02", ['=HYPERLINK("x") The European Commission will provide EUR 4 million to Egypt.'])


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "letters.db"
    with Store(path) as store:
        for letter in [*STORE_LETTERS, HOSTILE, FORMULA]:
            store.save(letter)
    return path


@pytest.fixture(scope="module")
def get(store_path):
    ds = make_datasette(store_path)
    loop = asyncio.new_event_loop()
    loop.run_until_complete(ds.invoke_startup())

    def fetch(path: str, method: str = "get"):
        return loop.run_until_complete(getattr(ds.client, method)(path))

    yield fetch
    loop.close()


PAGES = [
    "/",
    "/?q=Tunisia",
    "/?country=TUN&year=2024",
    "/letters.json",
    "/letters/tn_2024",
    "/letters/tn_2024.json",
    "/letters/tn_2024/mentions/0",
    "/commitments",
    "/commitments?sort=-amount&currency=EUR",
    "/commitments.csv",
    "/commitments.json?country=TUN",
    "/diff/tn_2024/ma_2025",
    "/diff/tn_2024/ma_2025.json",
    "/graph",
    "/graph?country=TUN",
    "/graph.graphml",
    "/-/letters/graph.js",
    "/timeline",
    "/timeline?country=Tunisia",
    "/timeline.json?country=TUN",
    "/sql?sql=SELECT+1",
    "/sql.json?sql=SELECT+letter_id+FROM+letters",
    "/sql.json?sql=SELECT+x%27ff00%27+AS+blob",
    "/letters.json?q=Tunisia&country=TUN",
    "/store",
    "/store/letters",
]


@pytest.mark.parametrize("path", PAGES)
def test_each_page_answers_with_a_content_security_policy(get, path):
    response = get(path)
    assert response.status_code == 200, response.text[:500]
    expected = DATASETTE_CSP if path.startswith("/store") else PAGE_CSP
    assert response.headers["content-security-policy"] == expected
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    "path, status, words",
    [
        ("/letters/nobody", 404, "no stored letter"),
        ("/nowhere", 404, "404"),
        ("/store/nowhere", 404, "not found"),
        ("/letters/tn_2024/mentions/999", 404, "no mention 999"),
        ("/?country=Atlantis", 400, "Atlantis"),
        ("/?year=20x4", 400, "20x4"),
        ("/commitments?status=maybe", 400, "maybe"),
        ("/commitments?year=20x4", 400, "20x4"),
        ("/commitments.csv?year=abc", 400, "abc"),
        ("/commitments?sort=loudest", 400, "loudest"),
        ("/commitments?currency=XYZ", 400, "unknown currency &#39;XYZ&#39;"),
        ("/commitments.json?currency=XYZ", 400, "XYZ"),
        ("/timeline?country=Atlantis", 400, "Atlantis"),
        ("/timeline?country=TUN&programme=x", 400, "one subject"),
        ("/sql?sql=DELETE+FROM+letters", 400, "DELETE"),
        ("/sql?sql=ATTACH+DATABASE+%27x.db%27+AS+x", 400, "ATTACH"),
        ("/diff/tn_2024/nobody", 404, "nobody"),
    ],
)
def test_a_bad_request_is_one_line_with_its_status(get, path, status, words):
    response = get(path)
    assert response.status_code == status
    assert words in response.text
    assert "Traceback" not in response.text


def test_a_refused_inflation_bomb_is_a_bad_request_and_prints_no_traceback(store_path, tmp_path, monkeypatch):
    # A store from elsewhere whose records inflate past the cap: the SQL function refuses by raising,
    # and Datasette turns on the printing of such callbacks' tracebacks for the whole process.
    path = tmp_path / "bomb.db"
    shutil.copyfile(store_path, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE letters SET extraction_zlib = ?", (zlib.compress(b"\0" * (SQL_MAX_EXTRACTION_BYTES + 1)),))
    printed = []
    monkeypatch.setattr(sys, "unraisablehook", printed.append)
    ds = make_datasette(path)
    response = asyncio.run(ds.client.get("/sql?sql=SELECT+length(extraction_json(extraction_zlib))+FROM+letters"))
    assert response.status_code == 400 and "Traceback" not in response.text
    assert printed == []


def test_a_currency_filter_takes_the_forms_the_command_line_takes(get):
    by_code = get("/commitments.json?currency=EUR").json()
    assert by_code and {r["currency"] for r in by_code} == {"EUR"}
    assert get("/commitments.json?currency=eur").json() == by_code
    assert get("/commitments.json?currency=%E2%82%AC").json() == by_code


def test_search_finds_words_of_the_text_and_marks_them(get):
    found = get("/letters.json?q=Frontex%20Libya").json()["letters"]
    assert [r["id"] for r in found] == ["tn_2024"]
    assert "\ue000Frontex\ue001" in found[0]["snippet"]
    page = get("/?q=Frontex").text
    assert "<mark>Frontex</mark>" in page
    # FTS syntax in the words is only words: no error, no match of everything.
    assert get('/letters.json?q="NEAR(OR*').json()["letters"] == []


def test_facets_count_the_letters_listed(get):
    data = get("/letters.json").json()
    countries = {f["value"]: f["count"] for f in data["facets"]["country"]}
    assert countries["TUN"] == 3  # tn_2024, ma_2025, evil
    narrowed = get("/letters.json?country=TUN&year=2025").json()["letters"]
    assert [r["id"] for r in narrowed] == ["ma_2025"]
    assert {f["value"] for f in data["facets"]["year"]} == {"2022", "2023", "2024", "2025"}


def test_letters_are_listed_newest_first_with_their_counts(get):
    rows = get("/letters.json").json()["letters"]
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    tn = next(r for r in rows if r["id"] == "tn_2024")
    stored = [r for r in get("/commitments.json").json() if r["letter"] == "tn_2024"]
    assert tn["entities"]["country"] == 2 and tn["commitments"] == len(stored) > 0


def test_commitments_total_per_currency_never_across(get):
    rows = get("/commitments.json").json()
    page = get("/commitments").text
    eur = sum(r["value"] for r in rows if r["currency"] == "EUR")
    usd = sum(r["value"] for r in rows if r["currency"] == "USD")
    assert eur > 0 and usd > 0
    assert "USD 50 million" in page
    assert f"EUR {eur / 1e9:g} billion" in page or f"EUR {eur / 1e6:g} million" in page
    by_amount = [r["value"] for r in get("/commitments.json?sort=amount").json()]
    with_sum = [v for v in by_amount if v is not None]
    assert with_sum == sorted(with_sum) and by_amount[: len(with_sum)] == with_sum  # no sum: last


def test_commitments_csv_guards_formula_cells(get):
    rows = list(csv.DictReader(io.StringIO(get("/commitments.csv").text)))
    evidence = [r["evidence"] for r in rows if r["letter"] == "sheet"]
    assert evidence and evidence[0].startswith("'=")


def test_letter_text_is_escaped_on_every_page_that_shows_it(get):
    for path in (
        "/letters/evil",
        "/commitments",
        "/?q=alert",
        "/letters/evil/mentions/0",
        "/sql?sql=SELECT+body+FROM+letter_text",
    ):
        text = get(path).text
        assert "<script>alert" not in text and "<script><mark>" not in text, path
        assert "&lt;script&gt;" in text, path


def test_a_text_letter_says_why_it_has_no_page_image(get):
    page = get("/letters/tn_2024/mentions/0").text
    assert "No page image" in page
    assert get("/letters/tn_2024/mentions/0.png").status_code == 404


def test_the_letter_page_links_its_neighbours_and_its_diff(get):
    page = get("/letters/ma_2025").text
    assert 'href="/letters/evil"' in page  # the nearest earlier letter naming Tunisia
    # Ids are tilde-encoded in paths, as Datasette does ("@" is ~40).
    assert 'href="/diff/sheet/ma_2025~401"' in page  # Egypt, its first subject, was named last in sheet


def test_the_diff_shows_the_letter_parts_that_changed(get):
    parts = get("/diff/tn_2024/ma_2025.json").json()["parts"]
    assert parts  # the two letters differ in date at least
    listed = get("/diff/tn_2024/ma_2025").text.split('id="parts"')[1].split("</ul>")[0]
    assert listed.count("<li>") == len(parts)
    for change in parts:
        assert f"{change['part']} changed" in listed
        assert escape(change["after"] or "—") in listed and escape(change["before"] or "—") in listed
    # A letter beside itself: no part changed, and the page says so.
    assert "No change of letter part" in get("/diff/tn_2024/tn_2024").text


def test_timeline_sums_per_currency_without_zeros(get):
    data = get("/timeline.json?country=TUN").json()
    page = get("/timeline?country=TUN").text
    dated_money = [p for p in data["points"] if p["date"] and p["money"]]
    assert page.count("<circle") == len(dated_money) == 3
    # us_2023 names no Tunisia: no point, and no row, for it.
    assert "us_2023" not in page
    # Per currency, the letters' sums are compared (a later letter restates), never added.
    [eur] = data["currencies"]
    sums = [m["value"] for p in dated_money for m in p["money"]]
    assert eur["letters"] == 3 and eur["first"] == sums[0] and eur["last"] == sums[-1]
    row = page.split('id="totals"')[1].split("</table>")[0]
    assert "EUR 1.5 billion" in row and format_money(sum(sums), "EUR") not in row


def test_nothing_writes_and_the_store_is_unchanged(get, store_path):
    before = file_digest(store_path)
    for path in PAGES:
        get(path)
    for path in ("/store/letters/-/insert", "/store/-/create", "/store/letters/1/-/delete"):
        assert get(path, "post").status_code in (400, 403, 404, 405), path
    assert file_digest(store_path) == before
    assert not list(store_path.parent.glob("*-journal")) and not list(store_path.parent.glob("*-wal"))


def test_a_store_of_an_older_schema_is_refused_not_upgraded(tmp_path):
    import sqlite3

    from extractor.store.database import migrate

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=5)
    conn.execute(f"PRAGMA application_id = {0x4C545253}")
    conn.close()
    before = file_digest(path)
    with pytest.raises(OldStore):
        make_datasette(path)
    assert file_digest(path) == before


def test_a_long_list_shows_a_page_of_letters_and_says_so(get, monkeypatch):
    from extractor.serve import letter_pages

    monkeypatch.setattr(letter_pages, "PAGE_ROWS", 2)
    page = get("/?q=European").text
    assert page.count('<td class="date">') == 2
    assert "the first 2 shown" in page
    assert len(get("/letters.json?q=European").json()["letters"]) > 2
