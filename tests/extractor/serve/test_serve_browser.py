"""`letters serve` in a real browser (Playwright driving Debian's Chromium) on a store of real letters.

Every page renders with no console error; search and filters work; a crawl of every link from /
finds no 4xx or 5xx; script payloads in a letter's text stay inert. The run writes a screenshot of
each page to a temporary folder, or to the folder LETTERS_SERVE_SCREENSHOTS names
(`LETTERS_SERVE_SCREENSHOTS=docs/screenshots` remakes the README's), so a test run never rewrites
tracked files.
"""

from __future__ import annotations

import json
import os
import re
import urllib.request

import pytest
from browser import CHROMIUM_FLAGS, require_chromium
from serve_helpers import CRAWL_TIMEOUT_S, HOSTILE_STEM, REPO_DIR, build_test_store, crawl, running_server

pytestmark = pytest.mark.slow

VIEWPORT = {"width": 1280, "height": 900}
SEED = "000_b14c71ca2748bd18"


@pytest.fixture(scope="session")
def served(tmp_path_factory):
    db = build_test_store(tmp_path_factory.mktemp("serve"))
    with running_server(db) as base:
        yield base, db


@pytest.fixture(scope="module")
def browser():
    executable = require_chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        message = "Playwright is missing: pip install 'policy-letters[test]' (make test installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=list(CHROMIUM_FLAGS))
        yield launched
        launched.close()


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=CRAWL_TIMEOUT_S) as response:
        return json.load(response)


class Visit:
    """A page opened in the browser, with the console errors, page errors and dialogs it caused."""

    def __init__(self, browser, url: str):
        self.context = browser.new_context(viewport=VIEWPORT)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.response = self.page.goto(url, wait_until="load")

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def visit(browser):
    opened: list[Visit] = []

    def open_page(url: str) -> Visit:
        opened.append(Visit(browser, url))
        return opened[-1]

    yield open_page
    for item in opened:
        item.close()


def page_paths(base: str) -> dict[str, str]:
    """One path of each kind of page, found from the store's own JSON."""
    letters = get_json(base + "/letters.json")["letters"]
    text_letter = next(r["id"] for r in letters if r["id"].startswith("us_"))
    seed = get_json(f"{base}/letters/{SEED}.json")
    boxed = next(i for i, m in enumerate(seed["mentions"]) if m["grounding"].get("boxes") and m["type"] == "country")
    return {
        "letters": "/",
        "search": "/?q=migration",
        "letter": f"/letters/{SEED}",
        "letter-text": f"/letters/{text_letter}",
        "mention": f"/letters/{SEED}/mentions/{boxed}",
        "mention-text": f"/letters/{text_letter}/mentions/0",
        "commitments": "/commitments?sort=-amount",
        "diff": f"/diff/001_4b8c8b6ac021f3d7/{SEED}",
        "graph": "/graph",
        "graph-filtered": "/graph?country=TUN",
        "timeline-choose": "/timeline",
        "timeline": "/timeline?country=TUN",
        "sql": "/sql?sql=SELECT+letter_id%2C+date%2C+signatory+FROM+letters+ORDER+BY+date+DESC",
        "datasette": "/store/letters",
    }


SCREENSHOT_PAGES = ("letters", "search", "letter", "mention", "commitments", "diff", "graph", "timeline", "sql")


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory):
    """The folder the page screenshots go to: LETTERS_SERVE_SCREENSHOTS, or a temporary one."""
    chosen = os.environ.get("LETTERS_SERVE_SCREENSHOTS")
    folder = (REPO_DIR / chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_every_page_renders_with_no_console_error(served, visit, screenshots):
    base, _ = served
    for name, path in page_paths(base).items():
        seen = visit(base + path)
        assert seen.response.status == 200, f"{path}: {seen.response.status}"
        assert "content-security-policy" in seen.response.headers, path
        assert seen.page.locator("h1").first.is_visible(), path
        if name.startswith("graph"):
            seen.page.wait_for_selector("body[data-rendered=true]")
            assert seen.page.locator("#nodes g").count() > 0, path
        if name == "mention":
            image = seen.page.locator("#page-image")
            image.wait_for()
            assert seen.page.evaluate("document.getElementById('page-image').naturalWidth") > 0
        seen.page.wait_for_load_state("networkidle")
        assert seen.errors == [], f"{path}: {seen.errors}"
        if name in SCREENSHOT_PAGES:
            seen.page.screenshot(path=str(screenshots / f"{name}.png"))
            assert (screenshots / f"{name}.png").stat().st_size > 0, name


def rows_of(page, table: str) -> int:
    return page.locator(f"#{table} tbody tr").count()


def test_search_and_facets_narrow_the_letters(served, visit):
    base, _ = served
    seen = visit(base + "/")
    everything = rows_of(seen.page, "letters")
    seen.page.fill("input[name=q]", "Ukraine")
    seen.page.click("form.search button")
    seen.page.wait_for_url(re.compile(r"q=Ukraine"))
    found = rows_of(seen.page, "letters")
    assert 0 < found < everything
    marks = seen.page.locator("#letters .snippet mark").all_inner_texts()
    assert marks and all(m.lower() == "ukraine" for m in marks)
    # A country facet: the count beside it is the number of letters listed after the click.
    seen.page.goto(base + "/")
    facet = seen.page.locator("section.facet[data-facet=country] li a").first
    expected = int(facet.locator("xpath=following-sibling::span").inner_text())
    value = facet.get_attribute("data-value")
    facet.click()
    seen.page.wait_for_url(re.compile(rf"country={value}"))
    assert rows_of(seen.page, "letters") == expected
    assert seen.errors == []


def test_commitment_filters_sort_and_totals(served, visit):
    base, _ = served
    seen = visit(base + "/commitments")
    everything = rows_of(seen.page, "commitments")
    facet = seen.page.locator("section.facet[data-facet=status] li a").first
    status = facet.get_attribute("data-value")
    expected = int(facet.locator("xpath=following-sibling::span").inner_text())
    facet.click()
    seen.page.wait_for_url(re.compile(rf"status={status}"))
    statuses = seen.page.locator("#commitments tbody tr td:nth-child(7)").all_inner_texts()
    assert statuses and set(statuses) == {status} and len(statuses) == expected <= everything
    seen.page.click("#sort-down")
    seen.page.wait_for_url(re.compile(r"sort=-amount"))
    rows = get_json(base + f"/commitments.json?status={status}&sort=-amount")
    values = [r["value"] for r in rows if r["value"] is not None]
    assert values == sorted(values, reverse=True)
    shown = seen.page.locator("#commitments tbody tr td:nth-child(1)").all_inner_texts()
    assert shown == [r["letter"] for r in rows]
    # Totals: one row per currency, each the sum of that currency's rows.
    totals = dict(zip(*[seen.page.locator(f"#totals tbody td:nth-child({i})").all_inner_texts() for i in (1, 2)]))
    assert set(totals) == {r["currency"] or "?" for r in rows if r["value"] is not None}
    csv_text = urllib.request.urlopen(base + f"/commitments.csv?status={status}").read().decode()
    assert len(csv_text.strip().splitlines()) == len(rows) + 1
    assert seen.errors == []


def test_graph_and_timeline_filters(served, visit):
    base, _ = served
    seen = visit(base + "/graph")
    seen.page.wait_for_selector("body[data-rendered=true]")
    whole = seen.page.locator("#nodes g").count()
    seen.page.select_option("select[name=country]", "TUN")
    seen.page.click("#graph-filters button")
    seen.page.wait_for_url(re.compile(r"country=TUN"))
    seen.page.wait_for_selector("body[data-rendered=true]")
    part = seen.page.locator("#nodes g").count()
    assert 0 < part < whole
    graphml = urllib.request.urlopen(base + "/graph.graphml?country=TUN").read().decode()
    assert graphml.count("<node ") == part
    seen.page.goto(base + "/timeline")
    # The first country offered whose letters state money about it (which depends on the store's letters).
    offered = seen.page.locator("section.suggest[data-kind=country] a")
    for index in range(offered.count()):
        href = offered.nth(index).get_attribute("href")
        timeline = get_json(base + href.replace("/timeline?", "/timeline.json?"))
        # One point per letter and currency it states money in (the table's money column, point.money).
        with_money = sum(len(p["money"]) for p in timeline["points"] if p["date"])
        if with_money:
            break
    offered.nth(index).click()
    seen.page.wait_for_url(re.compile(re.escape(href) + "$"))
    assert seen.page.locator("#chart circle").count() == with_money > 0
    assert seen.errors == []


def test_a_crawl_of_every_link_from_the_index_finds_no_error(served):
    base, _ = served
    seen, failures, followed = crawl(base)
    assert failures == []
    print(f"crawled {len(seen)} URLs ({followed[0]} of Datasette's pages, {followed[1]} with combined filters)")
    # Each kind of our page was reached by following links.
    for pattern in (
        r"^/letters/[^/]+$",
        r"/mentions/\d+$",
        r"/mentions/\d+\.png$",
        r"^/diff/",
        r"^/commitments\.csv",
        r"^/graph\.graphml",
        r"^/timeline\?",
        r"^/sql",
        r"^/store",
    ):
        assert any(re.search(pattern, p) for p in seen), pattern


def test_script_payloads_in_letter_text_stay_inert(served, visit):
    base, _ = served
    from datasette.utils import tilde_encode

    hostile = tilde_encode(HOSTILE_STEM)
    letter = get_json(f"{base}/letters/{hostile}.json")
    assert "<script>" in letter["body"]  # the payloads were stored as written
    pages = [
        f"/letters/{hostile}",
        f"/letters/{hostile}/mentions/0",
        "/?q=pwned",
        "/?q=script",
        "/commitments?country=TUN",
        "/timeline?country=TUN",
        "/graph?country=TUN",
        f"/diff/{hostile}/{SEED}",
        "/sql?sql=SELECT+signatory%2C+extraction_json(extraction_zlib)+FROM+letters",
        "/store/letters",
        "/store/mentions?_search=script",
        "/store/letter_text?_search=pwned",
    ]
    for path in pages:
        seen = visit(base + path)
        assert seen.response.status == 200, path
        seen.page.wait_for_load_state("networkidle")
        assert seen.page.evaluate("window.__pwned") is None, path
        assert seen.dialogs == [], path
        # The payloads are on the page as text, and no element they describe exists.
        assert seen.page.locator("img[src=x], svg[onload]").count() == 0, path
        scripts = seen.page.evaluate(
            "Array.from(document.scripts).filter(s => !s.src && s.type !== 'application/json').map(s => s.textContent)"
        )
        assert not any("__pwned" in s for s in scripts), path
        assert seen.errors == [], f"{path}: {seen.errors}"
    seen = visit(f"{base}/letters/{hostile}")
    assert "window.__pwned = 'script';" in seen.page.locator("#letter").inner_text()
