"""pdf_lines: the quick test that lets dedupe skip a page never skips one that holds a copy."""

from __future__ import annotations

import copy
import importlib.util
import random
from pathlib import Path

import pytest

from extractor.reading import pdf_lines

REAL_BUILD = Path(__file__).resolve().parents[2] / "letters" / "real" / "build.py"


def _real_builders() -> dict:
    """The builders of the real and blind sets' PDFs (tests/letters/real/build.py)."""
    spec = importlib.util.spec_from_file_location("real_letters_build", REAL_BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.BUILDERS


def _search(chars: list[dict]) -> int:
    """How many copies dedupe's char-by-char search drops (the quick test bypassed)."""
    chars = copy.deepcopy(chars)
    kept = []
    for char in chars:
        if not any(
            other["text"] == char["text"]
            and other["fontname"] == char["fontname"]
            and round(other["size"], 1) == round(char["size"], 1)
            and abs(other["x0"] - char["x0"]) <= pdf_lines.DEFAULT_DEDUPE_TOLERANCE
            and abs(other["top"] - char["top"]) <= pdf_lines.DEFAULT_DEDUPE_TOLERANCE
            for other in kept
        ):
            kept.append(char)
    return len(chars) - len(kept)


def test_the_quick_test_never_misses_a_copy():
    rng = random.Random(7)
    with_copies = 0
    for _ in range(2000):
        chars = [
            {
                "text": rng.choice("ab"),
                "fontname": rng.choice(["F1", "F2"]),
                "size": 10.0,
                "x0": rng.uniform(0, 12),
                "top": rng.uniform(0, 12),
            }
            for _ in range(rng.randint(2, 12))
        ]
        copies = _search(chars)
        with_copies += copies > 0
        if copies:
            assert pdf_lines._may_have_copies(chars, pdf_lines.DEFAULT_DEDUPE_TOLERANCE)
        assert len(pdf_lines.dedupe(copy.deepcopy(chars))) == len(chars) - copies
    assert with_copies > 100  # the random pages do hold copies, so the assertion above is exercised


def test_copies_possible_says_whether_two_chars_of_a_glyph_stand_within_tolerance():
    import numpy as np

    rng = random.Random(11)
    tolerance = pdf_lines.DEFAULT_DEDUPE_TOLERANCE
    seen = set()
    for _ in range(2000):
        n = rng.randint(0, 14)
        glyphs = np.array([rng.randint(0, 2) for _ in range(n)], dtype=np.int64)
        x0 = np.array([rng.choice([rng.uniform(0, 20), 3.0, 4.0]) for _ in range(n)])  # some exactly 1 pt apart
        top = np.array([rng.choice([rng.uniform(0, 20), 5.0]) for _ in range(n)])
        close = any(
            glyphs[i] == glyphs[j] and abs(x0[i] - x0[j]) <= tolerance and abs(top[i] - top[j]) <= tolerance
            for i in range(n)
            for j in range(i + 1, n)
        )
        assert pdf_lines.copies_possible(glyphs, x0, top) == close
        seen.add(close)
    assert seen == {True, False}


def test_copies_possible_leaves_a_tall_stack_of_one_glyph_to_the_search():
    import numpy as np

    steps = pdf_lines.DEFAULT_COPY_STEPS + 5
    glyphs = np.zeros(steps, dtype=np.int64)
    x0 = np.zeros(steps)  # one glyph in one column, a line apart: no copies, but too many to compare
    top = 12.0 * np.arange(steps)
    assert pdf_lines.copies_possible(glyphs, x0, top)
    assert not pdf_lines.copies_possible(glyphs[:10], x0[:10], top[:10])


def test_copies_possible_falls_back_to_the_grid_test_on_a_box_that_is_no_number():
    import numpy as np

    glyphs = np.array([1, 1], dtype=np.int64)
    assert not pdf_lines.copies_possible(glyphs, np.array([0.0, np.nan]), np.array([0.0, 50.0]))


def test_a_page_without_copies_is_returned_as_it_is():
    chars = [{"text": ch, "fontname": "F", "size": 10.0, "x0": 6.0 * k, "top": 0.0} for k, ch in enumerate("letter")]
    assert pdf_lines.dedupe(chars) is chars
    copies = [*chars, dict(chars[0])]
    assert pdf_lines.dedupe(copies, may_have_copies=False) is copies  # the engine's own test is taken at its word
    assert len(pdf_lines.dedupe(copies)) == len(chars)


def _char(text: str, x0: float, colour=(0,), fontname: str = "Times-Roman", size: float = 10.0, top: float = 100.0):
    return {
        "text": text,
        "fontname": fontname,
        "size": size,
        "x0": x0,
        "x1": x0 + 0.5 * size,
        "top": top,
        "bottom": top + size,
        "matrix": (1.0, 0.0, 0.0, 1.0, x0, 700.0),
        "non_stroking_color": colour,
        "ncs": "DeviceGray",
    }


def test_visibility_is_read_once_per_colour_even_one_that_cannot_hash():
    chars = [
        _char("a", 10.0),
        _char("b", 15.0, colour=(1,)),  # white: hidden
        _char("c", 20.0, colour=(1.0,)),  # equal to (1,): hidden too
        _char("d", 25.0, colour=([0.2], "P0")),  # a pattern colour with a list in it: no hash, still read
        _char("e", 30.0, colour=(0.5,)),
    ]
    lines, _images, count, _height = pdf_lines.page_lines(612.0, 792.0, chars, [], 1)
    assert [line.text for line in lines] == ["a de"]
    assert count == 3


def test_a_line_spaces_styles_and_boxes_its_chars():
    chars = [
        _char("A", 10.0, fontname="ABCDEF+Arial-BoldMT"),
        _char("b", 15.0),
        _char("\u00ad", 20.0),  # a soft hyphen inside the line: dropped (the space after it starts where it ends)
        _char("\ufb01", 30.0),  # a ligature: two letters sharing its box
        _char("x", 40.0),
        _char("\u00ad", 45.0),  # a soft hyphen that ends the line: kept
    ]
    chars[1][pdf_lines.FAKE_BOLD_KEY] = True
    group = [(c["x0"], c["x1"], c["top"], c["bottom"], c) for c in chars]
    line = pdf_lines.build_line(list(reversed(group)), 3)
    assert line.text == "Ab fi x\u00ad"
    assert line.page == 3
    assert line.char_x0 == [10.0, 15.0, 25.0, 30.0, 32.5, 35.0, 40.0, 45.0]
    assert line.char_x1 == [15.0, 20.0, 30.0, 32.5, 35.0, 40.0, 45.0, 50.0]
    assert line.bold == [True, True, False, False, False, False, False, False]
    assert line.bbox == (10.0, 100.0, 50.0, 110.0) == line.frame
    assert line.size == 10.0


def test_each_line_groups_size_is_measured_once(monkeypatch):
    # Every group is asked about three times (as a possible script, and as both neighbours' line):
    # its size, a max over its chars, is taken once.
    measured = []
    group_size = pdf_lines._group_size
    monkeypatch.setattr(pdf_lines, "_group_size", lambda group: measured.append(1) or group_size(group))
    chars = [_char(c, 10.0 + 6 * k, size=11.0, top=100.0 + 20 * row) for row in range(5) for k, c in enumerate("line")]
    lines, _images, _count, _height = pdf_lines.page_lines(612.0, 792.0, chars, [], 1)
    assert [line.text for line in lines] == ["line"] * 5
    assert len(measured) == 5


def test_a_superscript_raised_out_of_its_line_stays_in_it():
    # reportlab draws "15<sup>th</sup>" with the "th" 2 pt smaller and raised by 4 pt: its middle lies
    # further from the line's than the line tolerance, yet it is set in the line, not one of its own.
    chars = [_char(c, 10.0 + 6 * k, size=11.0, top=679.5) for k, c in enumerate("its 15")]
    chars += [_char(c, 46.0 + 4.5 * k, size=9.0, top=675.5) for k, c in enumerate("th")]
    chars += [_char(c, 60.0 + 6 * k, size=11.0, top=679.5) for k, c in enumerate("largest")]
    lines, _images, _count, _height = pdf_lines.page_lines(612.0, 792.0, chars, [], 1)
    assert [line.text for line in lines] == ["its 15th largest"]


def test_a_line_of_smaller_print_below_a_line_stays_its_own():
    # A footnote line just under the body overlaps it by less than half its height.
    chars = [_char(c, 10.0 + 6 * k, size=11.0, top=100.0) for k, c in enumerate("body")]
    chars += [_char(c, 10.0 + 4 * k, size=8.0, top=108.0) for k, c in enumerate("note")]
    lines, _images, _count, _height = pdf_lines.page_lines(612.0, 792.0, chars, [], 1)
    assert [line.text for line in lines] == ["body", "note"]


def test_attaching_a_script_leaves_the_callers_groups_as_they_were():
    script = [(46.0 + 4.5 * k, 50.5 + 4.5 * k, 675.5, 684.5, {"size": 9.0}) for k in range(2)]
    line = [(10.0 + 6 * k, 16.0 + 6 * k, 679.5, 690.5, {"size": 11.0}) for k in range(12)]
    groups = [script, line]
    assert pdf_lines._attach_scripts(groups) == [line + script]
    assert groups == [script, line]


def test_a_cell_gap_is_measured_from_the_last_inked_char_not_a_space_glyph():
    from extractor.reading.pdf_lines import _cells

    def char(text, x0, x1):
        return (x0, x1, 0.0, 10.0, {"text": text, "size": 10.0, "x0": x0, "x1": x1})

    # pdfminer gives the space its advance (5 to 10), pdfium none (5 to 5): the gap to "b" is 28 either way.
    for space in (char(" ", 5.0, 10.0), char(" ", 5.0, 5.0)):
        cells = _cells([char("a", 0.0, 5.0), space, char("b", 33.0, 38.0)])
        assert [[item[4]["text"] for item in cell] for cell in cells] == [["a", " "], ["b"]]


def test_a_kerned_word_gap_without_a_space_char_is_a_space():
    # pdfium gives no space char between "FOREIGN" and "AFFAIRS" of a Chromium letterhead: the kerned
    # gap (2.24 pt at 11.5 pt, 0.195 of the size) is all that parts the words; pdfminer keeps the char.
    chars = [_char("N", 100.0, size=11.5), _char("A", 100.0 + 0.5 * 11.5 + 2.24, size=11.5)]
    group = [(c["x0"], c["x1"], c["top"], c["bottom"], c) for c in chars]
    assert pdf_lines.build_line(group, 1).text == "N A"


@pytest.mark.slow
def test_a_bullet_drawn_as_a_disc_opens_its_list_item(tmp_path):
    """Chromium draws an HTML list's discs as paths, which no engine reads as text: the items ran together
    into one paragraph (a fact sheet's key figures, "... 11 projects People expected to benefit: 71 million")."""
    from browser import require_chromium

    from extractor.reading.options import ENGINES, ReadOptions
    from extractor.reading.reader import read_letter

    require_chromium()
    source = tmp_path / "figures.txt"
    source.write_text(
        "Key figures\n\n- Funding approved: USD 1.0 billion for 11 projects\n- People expected to benefit: 71 million\n",
        encoding="utf-8",
    )
    _real_builders()["chromium"](source, tmp_path / "figures.pdf")
    for engine in ENGINES:
        body = read_letter(tmp_path / "figures.pdf", options=ReadOptions(engine=engine)).body
        assert "• Funding approved: USD 1.0 billion for 11 projects\n\n• People expected to benefit" in body, (
            engine,
            body,
        )


def test_a_text_table_set_by_reportlab_breaks_no_word_and_reads_as_rows(tmp_path):
    # The test PDFs' builder sets a text table as a word processor autofits one: a column is never narrower
    # than its longest word (it had cut "25,000,000" as "25,000,00" / "0", which the reader then read as 25,000).
    from extractor.reading.reader import read_letter

    source = tmp_path / "grants.txt"
    source.write_text(
        "NEW GRANTS APPROVED (first half of 2025)\n\n"
        "  Country / region        Window   Amount (USD)   Focus\n"
        "  Sudan                   MYRP     25,000,000     learning spaces for displaced children in Darfur and Kordofan\n"
        "  Afghanistan             FER      12,000,000     community-based education for girls\n"
        "  Central Sahel*          MYRP      8,000,000     cross-border programme in Burkina Faso, Mali and Niger\n",
        encoding="utf-8",
    )
    _real_builders()["reportlab"](source, tmp_path / "grants.pdf")
    body = read_letter(tmp_path / "grants.pdf").body
    assert "Sudan | MYRP | 25,000,000 | learning spaces" in body, body
    assert "Country / region | Window | Amount (USD) | Focus" in body, body


def test_a_browser_table_whose_cells_wrap_without_padding_reads_a_row_a_line(tmp_path):
    # A browser sets a table's wrapped cells only 1 px closer than its rows, and a row's other columns may
    # show only as gaps down its lines: "Republic of / Moldova" and "EUR 14 / million" had been read a line a
    # row, and a table with two cells on a line none at all.
    from extractor.reading.options import ENGINES, ReadOptions
    from extractor.reading.reader import read_letter

    source = tmp_path / "grants.txt"
    source.write_text(
        "Grants signed this quarter:\n\n"
        "| Partner | Sum | Use |\n"
        "|---|---|---|\n"
        "| Republic of Moldova | EUR 14 million | district heating and insulation of public buildings in Bălți |\n"
        "| Kenya | EUR 3 million | drought response in Turkana |\n"
        "| Islamic Republic of Mauritania | EUR 9 million | solar pumping stations for rural water supply |\n",
        encoding="utf-8",
    )
    _real_builders()["chromium"](source, tmp_path / "grants.pdf")
    for engine in ENGINES:
        body = read_letter(tmp_path / "grants.pdf", options=ReadOptions(engine=engine)).body
        assert "Republic of Moldova | EUR 14 million | district heating" in body, (engine, body)
        assert "Kenya | EUR 3 million | drought response in Turkana" in body, (engine, body)
        assert "Islamic Republic of Mauritania | EUR 9 million | solar pumping" in body, (engine, body)


def test_side_by_side_blocks_keep_their_columns_where_a_line_nearly_meets_the_next(tmp_path):
    """Two signature blocks side by side: a row whose left text runs up to a space short of the right block
    ("Agency for Harbour Works" twice) had been read as one line across, interleaving the two blocks."""
    from reportlab.pdfgen import canvas

    from extractor.reading.options import ENGINES, ReadOptions
    from extractor.reading.reader import read_letter

    path = tmp_path / "signatures.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "The works will start in the spring, as agreed at our meeting in March.")
    rows = [
        ("Aino Harbourmaster", "Pekka Quayside"),
        ("Director General", "Head, Department of Ports"),
        ("Northland Agency for Harbour", "Northland Agency for Harbour"),
        ("Works and Inland Waterways", "Works and Inland Waterways"),
    ]
    right = 72 + c.stringWidth(rows[2][0] + " ", "Helvetica", 11)  # one space after the left block's widest line
    for k, (left, other) in enumerate(rows):
        c.drawString(72, 720 - 21 * k, left)
        c.drawString(right, 720 - 21 * k, other)
    c.showPage()
    c.save()
    for engine in ENGINES:
        letter = read_letter(path, options=ReadOptions(engine=engine, ocr="never"))
        lines = [letter.body[line.start : line.end] for line in letter.lines]
        assert lines[1:] == [*(row[0] for row in rows), *(row[1] for row in rows)], (engine, lines)


def _word(x0: float, width: float, top: float) -> tuple:
    """One word as the layout's chars see it: (x0, x1, top, bottom, char), set in 12-point type."""
    return (x0, x0 + width, top, top + 12.0, {"text": "w", "size": 12.0})


def test_a_table_packed_tight_finds_its_columns_where_most_gaps_are_column_gaps():
    # A browser packs a wide table's columns a few points apart, and cells wrapped to a word or two a line
    # leave more column gaps (9 pt here) than spaces (3 pt) between a table's words: the median gap, taken
    # for the table's space, had been a column gap, so no column was found and the table read as prose.
    starts = [60.0, 160.0, 260.0, 360.0, 460.0]
    block = []
    for k in range(8):
        top = 100.0 + 18.0 * k
        words = [_word(x, 40.0, top) for x in starts[:2]] + [_word(x + 43.0, 48.0, top) for x in starts[:2]]
        words += [_word(x, 91.0, top) for x in starts[2:]]  # two cells of two words, three of one
        line = pdf_lines.RawLine(text="w", page=0, bbox=(60.0, top, 551.0, top + 12.0), size=12.0)
        block.append((sorted(words, key=lambda w: w[0]), [line]))
    assert len(pdf_lines._columns(block)) == len(starts) - 1


def _words_at(text: str, x0: float, top: float, size: float = 11.0) -> list[dict]:
    """A line's chars from x0, each char half the size wide."""
    return [_char(c, x0 + 0.5 * size * k, size=size, top=top) for k, c in enumerate(text) if c != " "]


def test_a_memorandums_labels_in_a_column_are_read_with_their_values():
    # A memorandum sets its fields as a column of labels left of a column of values, a value wrapped under itself:
    # each field reads across as its label and its whole value, never the labels apart, column by column.
    chars = _words_at("TO:", 72.0, 200.0) + _words_at("The Director of Parks and Gardens", 140.0, 200.0)
    chars += _words_at("DATE:", 72.0, 220.0) + _words_at("3 May 2011", 140.0, 220.0)
    chars += _words_at("SUBJECT:", 72.0, 240.0) + _words_at("Repairs to the fountains of the", 126.0, 240.0)
    chars += _words_at("old town square, season 2011", 126.0, 255.0)
    chars += _words_at("1. The works began in April.", 72.0, 280.0)
    lines, _images, _count, _height = pdf_lines.page_lines(612.0, 792.0, chars, [], 1)
    assert [line.text for line in lines] == [
        "TO: | The Director of Parks and Gardens",
        "DATE: | 3 May 2011",
        "SUBJECT: | Repairs to the fountains of the old town square, season 2011",
        "1. The works began in April.",
    ]


def test_side_by_side_blocks_that_are_no_memo_fields_are_still_read_column_by_column():
    chars = _words_at("For the Town:", 72.0, 200.0) + _words_at("For the Bank:", 320.0, 200.0)
    chars += _words_at("A. Smith", 72.0, 215.0) + _words_at("B. Jones", 320.0, 215.0)
    lines, _images, _count, _height = pdf_lines.page_lines(612.0, 792.0, chars, [], 1)
    assert [line.text for line in lines] == ["For the Town:", "A. Smith", "For the Bank:", "B. Jones"]


def test_a_sum_with_its_currency_after_it_is_a_figure_cell():
    # "1.250.000,00 MT" beside its label makes a table row, read across, not two columns of text read down.
    chars = []
    for k, (label, sum_) in enumerate(
        [("Rent - March 2015 share", "1.250.000,00 MT"), ("Water - first term", "340.500,00 MT")]
    ):
        chars += _words_at(label, 72.0, 200.0 + 20 * k) + _words_at(sum_, 380.0, 200.0 + 20 * k)
    lines, _images, _count, _height = pdf_lines.page_lines(612.0, 792.0, chars, [], 1)
    assert [line.text for line in lines] == [
        "Rent - March 2015 share | 1.250.000,00 MT",
        "Water - first term | 340.500,00 MT",
    ]
    assert pdf_lines._FIGURE_CELL.fullmatch("45 000 EUR") and not pdf_lines._FIGURE_CELL.fullmatch("12 apples")


def test_rows_atop_a_page_take_the_columns_of_the_table_at_the_foot_of_the_page_before():
    from extractor.reading.pdf_layout import PageLines, split_tables

    def page(rows: list[list[tuple[str, float]]], top: float) -> list:
        chars = [c for k, row in enumerate(rows) for text, x0 in row for c in _words_at(text, x0, top + 20 * k)]
        return pdf_lines.page_lines(612.0, 792.0, chars, [], 1)[0]

    # Above the break, a header parts the share from the sum; atop the next page the two stand a space apart.
    columns = (72.0, 170.0, 214.0, 350.0)
    foot = page(
        [
            list(zip(["Town", "Share", "Pledge (EUR)", "Paid (EUR)"], columns)),
            list(zip(["Alpha", "20%", "1,100,000", "500,000"], columns)),
            list(zip(["Beta", "30%", "1,650,000", "0"], columns)),
        ],
        600.0,
    )
    head = page(
        [list(zip(["Gamma", "10%", "5,500", "5,500"], columns)), list(zip(["Delta", "40%", "22,000", "0"], columns))],
        80.0,
    )
    assert [line.text for line in head] == ["Gamma | 10% 5,500 | 5,500", "Delta | 40% 22,000 | 0"]
    pages = [PageLines(1, foot, [], 792.0), PageLines(2, head, [], 792.0)]
    split_tables(pages)
    assert [line.text for line in pages[1].lines] == ["Gamma | 10% | 5,500 | 5,500", "Delta | 40% | 22,000 | 0"]
