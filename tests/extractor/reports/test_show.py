"""`letters show`: displaCy page with hover values; nothing in a letter can inject markup."""

from __future__ import annotations

import re

import pytest
from browser import dump_dom, require_chromium

from extractor.reports.show import TOKEN_MARKER, mention_value, render_html
from models.entities import AmountValue, DateValue, Grounding, Mention
from models.extraction import Extraction, LetterSummary
from models.letter import LetterParts

EVIL_SCRIPT = "<script>document.title='PWNED';document.body.appendChild(document.createElement('pwned'))</script>"
EVIL_IMG = "<img src=x onerror=\"document.body.appendChild(document.createElement('pwned'))\">"


def make(body: str, found: list[tuple[str, str, str]], **parts) -> Extraction:
    """An Extraction of ``body`` with a mention (type, text, norm) at the first place each text stands."""
    mentions = []
    for kind, text, norm in found:
        start = body.index(text)
        extra = {}
        if kind == "amount":
            extra["amount"] = AmountValue(kind="money", value=675e6, currency="EUR", qualifier="over")
        if kind == "date":
            extra["date"] = DateValue(edtf=norm, relative=True)
        grounding = Grounding(start=start, end=start + len(text), sentence=0, sentence_text=body)
        mentions.append(Mention(type=kind, text=text, norm=norm, grounding=grounding, **extra))
    return Extraction(
        letter=LetterSummary(
            id="letter<b>x</b>", source="x.txt", sha256="0", format="text", parts=LetterParts(**parts)
        ),
        body=body,
        mentions=mentions,
    )


BODY = (
    "Pressures differ, here. The EU-Turkey Statement helps Türkiye. EUR 675 million this year.\n\n"
    f"A second paragraph with {EVIL_SCRIPT} and {EVIL_IMG} near Libya."
)
FOUND = [
    ("programme", "EU-Turkey Statement", 'EU-Turkey Statement" onmouseover="alert(1)'),
    ("country", "Turkey", "TUR"),
    ("country", "Türkiye", "TUR"),
    ("amount", "EUR 675 million", "EUR 675 million"),
    ("date", "this year", "2025"),
    ("country", "Libya", "LBY<script>alert(2)</script>"),
]


def test_hover_titles_carry_every_value_of_overlapping_spans():
    page = render_html(make(BODY, FOUND))
    titles = re.findall(TOKEN_MARKER + r' title="([^"]*)"', page)
    # "EU-Turkey Statement" tokenises as EU - Turkey Statement: the Turkey token holds both values.
    assert any("programme:" in t and "country: TUR" in t for t in titles)
    assert "amount: over money EUR 675 million" in titles
    assert "date: 2025 (relative)" in titles
    assert len(titles) == page.count(TOKEN_MARKER)


def test_markup_and_quotes_in_letters_and_values_are_escaped():
    page = render_html(make(BODY, FOUND, salutation="Dear <i>friends</i>,", signatory='A "B" <C>'))
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert 'onmouseover="' not in page
    assert "&lt;script&gt;" in page and "&lt;img" in page.replace("&lt; img", "&lt;img")
    assert "Dear &lt;i&gt;friends&lt;/i&gt;," in page
    assert "letter&lt;b&gt;x&lt;/b&gt;" in page


def test_the_letters_own_spacing_is_kept():
    page = render_html(make(BODY, FOUND))
    assert "Pressures differ, here." in page  # displaCy would write "differ , here ." for spaCy tokens


def test_commitments_and_route_ties_are_listed_escaped():
    from models.commitment import Commitment, RouteTie

    extraction = make(BODY, FOUND)
    evidence = Grounding(start=0, end=5, sentence=0, sentence_text="We <b>will</b> give EUR 675 million.")
    extraction.commitments = [
        Commitment(
            id="c1",
            actor="European Commission",
            amounts=[AmountValue(kind="money", value=675e6, currency="EUR")],
            beneficiaries=["EGY", "TUN"],
            status="planned",
            modality="firm",
            evidence=evidence,
        )
    ]
    extraction.route_ties = [
        RouteTie(route="Central Mediterranean", country="LBY", role="departure", evidence=evidence)
    ]
    page = render_html(extraction)
    assert "<td>EUR 675 million</td><td>European Commission</td>" in page
    assert "<td>EGY, TUN</td><td>planned</td><td>firm</td>" in page
    assert "<td>Central Mediterranean</td><td>LBY</td><td>departure</td>" in page
    assert "We &lt;b&gt;will&lt;/b&gt; give" in page and "<b>will</b>" not in page
    assert "<h2>Commitments</h2>" not in render_html(make(BODY, FOUND))  # no empty table


def test_mention_value_reads_as_the_normalised_value():
    grounding = Grounding(start=0, end=1, sentence=0, sentence_text="x")
    count = Mention(
        type="amount",
        text="7 000",
        norm="7000",
        grounding=grounding,
        amount=AmountValue(kind="count", value=7000, unit="migrants"),
    )
    assert mention_value(count) == "amount: count 7,000 (migrants)"
    assert mention_value(Mention(type="route", text="x", norm="Central Mediterranean", grounding=grounding)) == (
        "route: Central Mediterranean"
    )


@pytest.mark.slow
def test_page_renders_in_chromium_and_injected_markup_stays_text(tmp_path):
    require_chromium()
    page = tmp_path / "letter.html"
    page.write_text(render_html(make(BODY, FOUND, salutation="Dear <i>friends</i>,")), encoding="utf-8")
    dom = dump_dom(page)
    # Neither the injected script nor the image's handler ran: no element, no title change.
    assert "<pwned" not in dom and "<title>PWNED" not in dom
    assert "<img" not in dom and "<i>friends" not in dom
    assert "<script" not in dom
    assert "document.title='PWNED'" in dom and "&lt;/script" in dom  # the letter's text is shown as text
    assert dom.count('class="letters-token"') >= 5
    assert 'title="country: TUR"' in dom
