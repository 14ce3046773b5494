"""A PDF table's columns are found over its lines: cells closer than DEFAULT_COLUMN_GAP are parted by the
gap that runs empty down the table, and a row whose cells wrap onto further lines is read as one row,
alike by both engines."""

from __future__ import annotations

import pytest

from extractor.reading import pdf_lines
from extractor.reading.letter_parts import RawLine
from extractor.reading.options import ENGINES, ReadOptions
from extractor.reading.reader import read_letter

BEFORE = "Major approvals included the following operations of the Bank in the Pacific region in 2024:"
AFTER = "The Bank disbursed $468 million in the Pacific in 2024, including contingent disaster financing."
# Each cell as written; the column widths below make the long ones wrap.
ROWS = [
    ["Country", "Operation", "Amount ($ million)", "Source"],
    ["Papua New Guinea", "Sustainable Highlands Highway Investment Program, Tranche 3", "250.0", "OCR loan"],
    ["Tonga", "Disaster Resilience Policy-Based Grant", "15.0", "ADF grant"],
    ["Vanuatu", "Port Vila Roads", "38.0", "ADF grant"],
]
WIDTHS = [70, 180, 60, 50]  # points: cells of 11-point text parted by reportlab's 6-point padding


def _table_pdf(path, rows=ROWS, widths=WIDTHS):
    """A reportlab page: a paragraph, a table of wrapped cells (tops aligned, no left padding), a paragraph."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=15, spaceAfter=9)
    cell = ParagraphStyle("cell", parent=body, spaceAfter=0)
    style = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    table = Table([[Paragraph(text, cell) for text in row] for row in rows], colWidths=widths, style=style)
    table.hAlign = "LEFT"
    SimpleDocTemplate(str(path), pagesize=LETTER).build([Paragraph(BEFORE, body), table, Paragraph(AFTER, body)])
    return path


def _lines(path, engine: str) -> list[str]:
    letter = read_letter(path, options=ReadOptions(engine=engine, ocr="never"))
    return [letter.body[line.start : line.end] for line in letter.lines]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_row_whose_cells_wrap_is_one_row_and_narrow_gaps_part_its_cells(tmp_path, engine):
    """ADB's fact sheet (blind7 k05) as both producers set it: "Papua New" over "Guinea" and "Sustainable
    Highlands Highway" over "Investment Program, ..." had been read as two rows, and cells a padding apart
    ran together ("Amount ($ Source", "Investment 250.0")."""
    lines = _lines(_table_pdf(tmp_path / "table.pdf"), engine)
    rows = [line for line in lines if " | " in line]
    assert rows == [" | ".join(row) for row in ROWS]


@pytest.mark.parametrize("engine", ENGINES)
def test_prose_next_to_a_table_stays_out_of_its_rows(tmp_path, engine):
    """The paragraphs just above and below a table run across its columns: they are no rows of it."""
    text = "\n".join(_lines(_table_pdf(tmp_path / "table.pdf"), engine))
    assert BEFORE in text.replace("\n", " ") and AFTER in text.replace("\n", " ")
    assert not any(" | " in line and ("Major" in line or "disbursed" in line) for line in text.split("\n"))


@pytest.mark.parametrize("engine", ENGINES)
def test_a_row_with_an_empty_cell_is_a_row_of_its_own_not_a_wrapped_line(tmp_path, engine):
    """A total row with text in only some columns stands a row's padding below the row above: not its wrap; its
    empty column keeps its mark, as the text reader writes the row ("Total | | 808.7")."""
    rows = [
        ["Partner", "Sector", "Amount"],
        ["Papua New Guinea", "Roads and bridges in the highlands provinces", "637.4"],
        ["Solomon Islands", "Water", "171.3"],
        ["Total", "", "808.7"],
    ]
    lines = _lines(_table_pdf(tmp_path / "total.pdf", rows, [110, 150, 60]), engine)
    assert [line for line in lines if " | " in line][-2:] == ["Solomon Islands | Water | 171.3", "Total | | 808.7"]


def _cell(text: str, x0: float) -> RawLine:
    line = RawLine(text, bbox=(x0, 0, x0 + 5 * len(text), 10), size=10.0)
    line.char_x0 = [x0 + 5 * k for k in range(len(text))]
    line.char_x1 = [x0 + 5 * (k + 1) for k in range(len(text))]
    line.bold, line.italic = [False] * len(text), [False] * len(text)
    return line


def test_a_cell_wrapped_after_a_hyphen_is_joined_without_a_space():
    """Chromium breaks "2025-2027" after its hyphen (blind7 k02): the wrapped cell reads as written."""
    cell = pdf_lines._wrapped_cell([_cell("replenishment, 2025-", 10.0), _cell("2027", 10.0)])
    assert cell.text == "replenishment, 2025-2027"
    assert len(cell.char_x0) == len(cell.char_x1) == len(cell.bold) == len(cell.text)
    assert pdf_lines._wrapped_cell([_cell("Papua New", 10.0), _cell("Guinea", 10.0)]).text == "Papua New Guinea"


def test_row_cells_give_an_empty_column_an_empty_cell():
    """A row line read with its empty columns' marks ("| | Subtotal | 72") is cut into as many cells as columns."""
    line = _cell("| | Subtotal | 72 |", 10.0)
    assert [line.text[a:b] for a, b in pdf_lines.row_cells(line)] == ["", "", "Subtotal", "72", ""]
    plain = _cell("Lamu | 40", 10.0)
    assert [plain.text[a:b] for a, b in pdf_lines.row_cells(plain)] == ["Lamu", "40"]


def test_a_drawn_bullet_finds_a_tall_first_char_that_starts_far_above_it():
    """_drawn_bullets bisects chars by top: a char taller than its neighbours still counts for its line."""
    chars = [
        {"text": "x", "x0": 40.0 + 6 * k, "x1": 46.0 + 6 * k, "top": 100.0 + 30 * k, "bottom": 110.0 + 30 * k}
        for k in range(20)
    ]
    tall = {"text": "T", "x0": 30.0, "x1": 40.0, "top": 380.0, "bottom": 430.0, "size": 40.0}
    bullet = {"x0": 20.0, "x1": 25.0, "top": 420.0, "bottom": 425.0}
    (made,) = pdf_lines._drawn_bullets([bullet], [*chars, tall])
    assert made["text"] == pdf_lines.DRAWN_BULLET and made["top"] == 380.0


@pytest.mark.parametrize("engine", ENGINES)
def test_a_label_and_its_figure_make_a_table_row(tmp_path, engine):
    """A two-column table of labels and figures under a unit's head ("Category | EUR million"): two cells whose
    last is a figure alone are a table's row, not two paragraphs (blind14 r06 had lost its four sums)."""
    rows = [
        ["Category", "EUR million"],
        ["Humanitarian assistance", "4.5"],
        ["Bilateral development projects", "2.8"],
        ["Voluntary contributions to international organisations", "11.0"],
        ["Total", "18.3"],
    ]
    lines = _lines(_table_pdf(tmp_path / "two.pdf", rows, [380, 80]), engine)
    assert [line for line in lines if " | " in line] == [" | ".join(row) for row in rows]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_name_and_its_sum_with_currency_and_scale_make_a_table_row(tmp_path, engine):
    """Contributions set as a name and a sum with its currency code and scale ("UNICEF | NOK 85 million") are
    a table's rows, read across, not a column of names and then a column of sums."""
    rows = [
        ["Recipient", "Planned 2026"],
        ["Children's Fund", "NOK 85 million"],
        ["Refugee Agency", "NOK 60 million"],
        ["Food Agency", "NOK 1.1 billion"],
    ]
    lines = _lines(_table_pdf(tmp_path / "sums.pdf", rows, [280, 120]), engine)
    assert [line for line in lines if " | " in line] == [" | ".join(row) for row in rows]


# A table whose header row is left alone at the foot of a page, its rows opening the next: each header cell
# wraps to a second line and the gaps between the header's short words are narrower than a column's gap.
SPLIT_HEADER = ["District / province", "Track", "Amount (EUR)", "Purpose"]
SPLIT_ROWS = [
    ["Upper Valley", "CORE", "4,500,000", "water points for returning families"],
    ["Lakeshore", "FAST", "1,250,000", "school meals for the lean season"],
    ["Eastern Hills", "CORE", "900,000", "seed fairs in three districts"],
]


def _split_table_pdf(path):
    """A reportlab letter whose table header ends page 1 and whose rows open page 2, in the same columns."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=12, leading=15, spaceAfter=9)
    head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", spaceAfter=0)
    cell = ParagraphStyle("cell", parent=body, spaceAfter=0)
    style = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    widths = [95, 80, 65, 200]

    def table(rows, style_of):
        made = Table([[Paragraph(text, style_of) for text in row] for row in rows], colWidths=widths, style=style)
        made.hAlign = "LEFT"
        return made

    story = [Paragraph(BEFORE, body), table([SPLIT_HEADER], head), PageBreak(), table(SPLIT_ROWS, cell)]
    SimpleDocTemplate(str(path), pagesize=LETTER).build([*story, Paragraph(AFTER, body)])
    return path


@pytest.mark.parametrize("engine", ENGINES)
def test_a_header_alone_at_a_page_foot_takes_the_columns_of_the_rows_on_the_next_page(tmp_path, engine):
    """A header row left at a page's foot (blind14 r03 as Chromium sets it) had been read alone: its wrapped cells
    as two rows and two short cells as one ("District / | Track | Amount Purpose", "province | (EUR)"), so the
    sums under it lost their currency. The rows that open the next page show the table's columns."""
    lines = _lines(_split_table_pdf(tmp_path / "split.pdf"), engine)
    rows = [line for line in lines if " | " in line]
    assert rows == [" | ".join(row) for row in [SPLIT_HEADER, *SPLIT_ROWS]]


# A typed letter whose table leaves its label columns empty on each subtotal's row and on the total's: both
# producers' PDFs of it (tests/letters/real/build.py) must read as the text does, every column in its place.
EMPTY_LABELS_LETTER = """Dear Director,

The grants below were paid out of the coastal works facility this spring.

Item     Province    Works                          Paid (EUR)
A1       Northmere   Quay wall repairs                410,000
A2       Northmere   Slipway renewal                  125,500
                     Subtotal                         535,500
B1       Fenwold     Dredging of the inner basin      980,000
                     Subtotal                         980,000
Total                                               1,515,500

Yours faithfully,

Ines Varga
"""


def _real_builders():
    """tests/letters/real/build.py's producers, loaded under a name of their own (tests/pdfs has a build.py too)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "letters" / "real" / "build.py"
    spec = importlib.util.spec_from_file_location("real_letters_build", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.BUILDERS


def _table_paragraphs(path) -> list[str]:
    body = read_letter(path, options=ReadOptions(ocr="never")).body
    return [paragraph for paragraph in body.split("\n\n") if " | " in paragraph or paragraph.startswith("| ")]


@pytest.mark.parametrize("producer", ["reportlab", pytest.param("chromium", marks=pytest.mark.slow)])
def test_a_pdf_table_keeps_the_empty_columns_of_its_total_rows_as_the_text_does(tmp_path, producer):
    """A subtotal's row under empty label columns reads "| | Subtotal | 535,500" from the PDF as from the text:
    dropping its empty cells had put its sum in the first column's place, no longer under the paid figures."""
    if producer == "chromium":
        from browser import require_chromium

        require_chromium()
    source = tmp_path / "grants.txt"
    source.write_text(EMPTY_LABELS_LETTER, encoding="utf-8")
    _real_builders()[producer](source, tmp_path / "grants.pdf")
    expected = _table_paragraphs(source)
    assert "| | Subtotal | 535,500" in expected and "Total | | | 1,515,500" in expected
    assert _table_paragraphs(tmp_path / "grants.pdf") == expected


@pytest.mark.parametrize("engine", ENGINES)
def test_narrow_columns_of_figures_are_found_where_most_gaps_are_theirs(tmp_path, engine):
    """A table of short figures set a few points apart, beside few cells of two words: most of its narrow gaps are
    its columns', so the space it is measured by is the narrowest gap that recurs, not a quantile of them all (which
    had been a column's gap, and every narrow column had run into the next: "KRW 12.5 40.0 -")."""
    rows = [
        ["Province", "Unit", "2031", "2032", "2033", "Sum"],
        ["Upper Vale", "KRW", "12.5", "40.0", "-", "52.5"],
        ["Ostmark", "XAF", "80.0", "-", "-", "80.0"],
        ["Port Anselm", "KRW", "7.5", "7.5", "9.0", "24.0"],
        ["Dunmere", "XAF", "-", "11.0", "33.0", "44.0"],
        ["Lisk", "KRW", "66.0", "-", "4.0", "70.0"],
    ]
    lines = _lines(_table_pdf(tmp_path / "years.pdf", rows, [90, 34, 36, 36, 36, 40]), engine)
    assert [line for line in lines if " | " in line] == [" | ".join(row) for row in rows]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_figure_cut_by_a_column_too_narrow_for_it_reads_whole(tmp_path, engine):
    """reportlab (as a word processor) breaks a word wider than its cell anywhere: "3,604,2" over "50" is one figure,
    joined without a space, and so is a bracket left alone below its figure."""
    rows = [
        ["Scheme", "Grant", "Match"],
        ["Harbour dredging, west basin", "3,604,250", "(118,375)"],
        ["Ferry ramps at two landings", "2,917,600", "(96,040)"],
        ["Total", "6,521,850", "(214,415)"],
    ]
    lines = _lines(_table_pdf(tmp_path / "narrow.pdf", rows, [170, 44, 44]), engine)
    assert [line for line in lines if " | " in line] == [" | ".join(row) for row in rows]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_table_s_space_is_the_width_of_the_space_chars_its_pdf_writes(tmp_path, engine):
    """Figures set a padding apart in a table with one cell of two words: the gaps that
    recur are its columns', so the space is read from the PDF's own space chars, and the narrow columns stay apart
    ("Kerrow | 1,240,000 | 880,000", not "Kerrow 1,240,000 880,000")."""
    rows = [
        ["District", "Homes reached", "Target", "Budget", "Spent"],
        ["Kerrow", "1,240,000", "880,000", "61.5", "12.0"],
        ["Port Amsel", "410,000", "95,000", "8.5", "2.5"],
        ["Total", "1,650,000", "975,000", "70.0", "14.5"],
    ]
    lines = _lines(_table_pdf(tmp_path / "homes.pdf", rows, [80, 56, 50, 44, 40]), engine)
    assert [line for line in lines if " | " in line] == [" | ".join(row) for row in rows]
