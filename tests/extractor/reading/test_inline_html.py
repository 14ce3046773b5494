"""HTML left in a plain-text letter is read as layout, never as words (extractor.reading.inline_html)."""

from __future__ import annotations

from extractor.reading.inline_html import has_html, unwrap
from extractor.reading.text_input import text_blocks
from extractor.reference.marks import CELL_SEPARATOR


def _body(text: str) -> str:
    return "\n".join(" ".join(line.text for line in block.lines) for block in text_blocks(text))


def test_inline_tags_go_and_their_text_stays_in_place():
    text = 'The Fund will give <span style="letter-spacing: 0.2px">$12 million</span> to the 3<sup>rd</sup> window.'
    assert unwrap(text) == "The Fund will give $12 million to the 3rd window."


def test_a_table_is_one_line_a_row_with_its_cells_apart():
    text = (
        "Funds by region: <table><tbody><tr><td><strong>Region</strong></td><td>Sum</td></tr>"
        '<tr class="odd"><td>North </td><td>$4,100,250</td></tr><tr><td>South</td><td>$870,000</td></tr>'
        "</tbody></table> Figures are provisional."
    )
    body = _body(text)
    assert f"North{CELL_SEPARATOR}$4,100,250" in body
    assert f"South{CELL_SEPARATOR}$870,000" in body
    assert "<" not in body and "class" not in body and "odd" not in body


def test_emphasis_tags_become_style_not_stars():
    (block,) = text_blocks("<strong>Health </strong>The clinics open in May, <em>subject to funding</em>.")
    (line,) = block.lines
    assert line.text == "Health The clinics open in May, subject to funding."
    assert all(line.bold[: len("Health")]) and not any(line.bold[len("Health ") :])
    start = line.text.index("subject")
    assert all(line.italic[start : start + len("subject to funding")]) and not line.italic[0]


def test_text_that_only_looks_like_markup_is_left_alone():
    text = "Stunting fell to <5% in the districts; see <https://example.org/report>."
    assert not has_html("Stunting fell to <5% in the districts; see <https://example.org/report>.")
    assert unwrap("Stunting fell to <5% in the districts.") == "Stunting fell to <5% in the districts."
    assert "<https://example.org/report>" in unwrap(text)


def test_entities_are_read_once_tags_are_there():
    assert unwrap("<u>Water &amp; Sanitation</u>: &quot;phase&nbsp;2&quot;") == '*Water & Sanitation*: "phase\u00a02"'
    # Without a tag the text is returned as written: "&amp;" in a plain letter may be meant.
    assert unwrap("Water &amp; Sanitation") == "Water &amp; Sanitation"


def test_a_table_left_open_is_read_as_text_after_the_closed_ones():
    text = "<table><tr><td>North</td><td>$4,100</td></tr></table> Then <table><tr><td>South</td><td>$870"
    body = unwrap(text)
    assert f"North{CELL_SEPARATOR}$4,100" in body
    # No end tag follows: its tags go as any others do, its words stay.
    assert f"South{CELL_SEPARATOR}" not in body and "South" in body and "$870" in body and "<" not in body
