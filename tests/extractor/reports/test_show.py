"""`letters show`: displaCy page with hover values; nothing in a letter can inject markup."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from browser import dump_dom, require_chromium

from extractor.reports.show import TOKEN_MARKER, emphasis_runs, mention_value, render_html, with_emphasis
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


class _VisibleText(HTMLParser):
    """The text a browser lays out in the page's body: absolutely placed span marks and the head left out."""

    def __init__(self):
        super().__init__()
        self.stack, self.parts, self.in_body = [], [], False

    def handle_starttag(self, tag, attrs):
        self.in_body = self.in_body or tag == "body"
        if tag not in ("br", "meta", "img"):
            self.stack.append("position: absolute" in (dict(attrs).get("style") or ""))

    def handle_endtag(self, tag):
        if self.stack and tag not in ("br", "meta", "img"):
            self.stack.pop()

    def handle_data(self, data):
        if self.in_body and not any(self.stack):
            self.parts.append(data)


def visible_text(page: str) -> str:
    parser = _VisibleText()
    parser.feed(page)
    # Browsers collapse runs of white space into one space.
    return " ".join("".join(parser.parts).split())


PUNCTUATED = "Libya, Tunisia and Egypt; the route shifted. Niger (and Chad) too: EUR 12 million!"
PUNCTUATED_FOUND = [
    ("country", "Libya", "LBY"),
    ("country", "Egypt", "EGY"),
    ("country", "Niger", "NER"),
    ("country", "Chad", "TCD"),
    ("amount", "EUR 12 million", "EUR 12 million"),
]


def test_no_space_before_punctuation_after_a_highlighted_entity():
    text = visible_text(render_html(make(PUNCTUATED, PUNCTUATED_FOUND)))
    assert PUNCTUATED in text
    assert not re.search(r"\s[,.;:!)]", text.split("Signed")[0])


def test_markdown_emphasis_is_rendered_and_its_content_escaped():
    body = "*We will give EUR 12 million to Niger.* This is **firm**, and *<b>bold</b>* stays text; 2*3*4 is not.\n\nA *plain* one."
    page = render_html(make(body, [("country", "Niger", "NER"), ("amount", "EUR 12 million", "x")]))
    assert "<strong>firm</strong>" in page and "<em>plain</em>" in page
    assert "<em>&lt;b&gt;bold&lt;/b&gt;</em>" in page and "<b>bold</b>" not in page
    text = visible_text(page)
    assert "We will give EUR 12 million to Niger. This is firm, and <b>bold</b> stays text; 2*3*4 is not." in text
    assert "*We" not in text and "firm**" not in text
    # Every word of the italic sentence is in an <em>, highlighted ones inside their highlight.
    assert re.search(r"<em>Niger</em></span><em>\.</em>", page)


def test_emphasis_is_left_as_written_when_its_delimiter_is_inside_a_mention():
    body = "The *EU-Turkey* Statement*."
    assert emphasis_runs(body, [(4, 14)]) == []


def test_emphasis_rules():
    assert with_emphasis("**a** *b* 2*3*4 a * b") == "<strong>a</strong> <em>b</em> 2*3*4 a * b"
    assert with_emphasis("*<i>x</i>*") == "<em>&lt;i&gt;x&lt;/i&gt;</em>"


def test_the_page_shows_the_letter_parts():
    page = render_html(
        make(
            PUNCTUATED,
            PUNCTUATED_FOUND,
            place="Washington",
            date_text="March 3, 2025",
            salutation="Dear Madam Speaker: (Dear Madam President:)",
            closing="*Sincerely,*",
            signatory="*JOSEPH R. BIDEN JR.*",
        )
    )
    text = visible_text(page)
    for shown in (
        "Place: Washington",
        "Date: March 3, 2025",
        "To: Madam Speaker; Madam President",
        "Salutation: Dear Madam Speaker: (Dear Madam President:)",
        "Signed: JOSEPH R. BIDEN JR.",
    ):
        assert shown in text
    assert "<b>Signed:</b> <em>JOSEPH R. BIDEN JR.</em>" in page


@pytest.mark.slow
def test_emphasis_and_spacing_in_chromium(tmp_path):
    require_chromium()
    page = tmp_path / "letter.html"
    body = "*Support to Libya, EUR 12 million.* And **Egypt**; *<img src=x onerror=alert(1)>*."
    page.write_text(
        render_html(make(body, [("country", "Libya", "LBY"), ("country", "Egypt", "EGY")])), encoding="utf-8"
    )
    dom = dump_dom(page)
    assert "<strong>Egypt</strong></span>;" in dom and "<em>Libya</em></span><em>,</em>" in dom
    assert "<img" not in dom
    assert "<em>&lt;img</em> <em>src=x</em> <em>onerror=alert(1)&gt;</em>." in dom
    assert "*Support" not in dom and "**Egypt" not in dom


MARKDOWN_LETTER = """Brussels, 3 March 2025

Dear Madam Speaker:

*We will provide EUR 12 million to Niger, as agreed.* This is **firm**.

*Yours sincerely,*

*Jane Doe*
"""


def test_the_readers_emphasis_of_a_markdown_letter_is_rendered(tmp_path):
    from extractor.reading.reader import read_letter

    path = tmp_path / "letter.md"
    path.write_text(MARKDOWN_LETTER, encoding="utf-8")
    letter = read_letter(path)
    assert "*" not in letter.body and letter.styles  # the reader keeps emphasis as styles, not asterisks
    extraction = Extraction(
        letter=LetterSummary(id="letter", source=str(path), sha256="0", format="text", parts=letter.parts),
        body=letter.body,
        styles=letter.styles,
    )
    page = render_html(extraction)
    assert "<em>We</em> <em>will</em>" in page and "<em>agreed.</em>" in page and "<strong>firm</strong>." in page
    text = visible_text(page)
    assert "We will provide EUR 12 million to Niger, as agreed. This is firm." in text and "*" not in text


@pytest.mark.slow
def test_show_of_a_markdown_letter_end_to_end(tmp_path):
    from click.testing import CliRunner

    from extractor.cli import main

    path, out = tmp_path / "letter.md", tmp_path / "letter.html"
    path.write_text(MARKDOWN_LETTER, encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(path), "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert re.search(r"<em>Niger</em></span><em>,</em>", page) and "<strong>firm</strong>." in page
    text = visible_text(page)
    assert "To: Madam Speaker" in text and "Signed: Jane Doe" in text and "*" not in text
