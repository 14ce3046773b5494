"""Tables written as text, and rows of cells in PDFs, are read row by row: each row a paragraph of
its own, its cells joined by ' | ', no word lost."""

from __future__ import annotations

from test_nothing_dropped import words

from extractor.reading.letter_parts import Block, RawLine, table_rows
from extractor.reading.pdf_lines import _merge
from extractor.reading.reader import read_letter
from extractor.reading.text_input import aligned_rows, text_blocks

ALIGNED = """Financing approved in 2024

Country           Operation                                   Amount ($ million)   Source
Papua New Guinea  Sustainable Highlands Highway Program,             250.0          OCR loan
                  Tranche 3
Tonga             Disaster Resilience Policy-Based Grant              15.0          ADF grant

The Bank disbursed $468 million in 2024.
"""

RULED = """Table 1. Contributions approved in 2024 (EUR million)
Recipient                        | Purpose                   | Amount
Global Partnership for Education | education                 | 60
Moldova                          | energy security           | 15

The House will be informed.
"""


def body_of(tmp_path, text: str) -> str:
    path = tmp_path / "table.txt"
    path.write_text(text, encoding="utf-8")
    return read_letter(path).body


def test_a_table_aligned_by_spaces_is_read_row_by_row_with_its_wrapped_cell(tmp_path):
    body = body_of(tmp_path, ALIGNED)
    assert body.split("\n\n") == [
        "Financing approved in 2024",
        "Country | Operation | Amount ($ million) | Source",
        "Papua New Guinea | Sustainable Highlands Highway Program, Tranche 3 | 250.0 | OCR loan",
        "Tonga | Disaster Resilience Policy-Based Grant | 15.0 | ADF grant",
        "The Bank disbursed $468 million in 2024.",
    ]
    assert words(body) == words(ALIGNED)


def test_a_table_ruled_with_bars_gives_each_row_a_paragraph_under_its_caption(tmp_path):
    body = body_of(tmp_path, RULED)
    assert body.split("\n\n") == [
        "Table 1. Contributions approved in 2024 (EUR million)",
        "Recipient | Purpose | Amount",
        "Global Partnership for Education | education | 60",
        "Moldova | energy security | 15",
        "The House will be informed.",
    ]
    assert words(body) == words(RULED)


def test_prose_with_two_spaces_after_its_stops_is_no_table():
    lines = ["We met in Rome.  The talks went well and we", "agreed on a plan.  It starts in May and it"]
    assert aligned_rows(lines) == (lines, [False, False])


def test_a_single_line_with_a_bar_is_no_row():
    block = Block([RawLine("Home | News"), RawLine("We agree to fund the project.")])
    assert table_rows([block]) == [block]


def test_a_row_a_pdf_wrapped_after_a_bar_stays_one_row():
    lines = [
        RawLine("Table 1. Contributions (EUR million)"),
        RawLine("Recipient | Purpose | Amount"),
        RawLine("International Development Association (IDA) | IDA21 replenishment |"),
        RawLine("585"),
        RawLine("Moldova | energy security | 15"),
    ]
    blocks = table_rows([Block(lines)])
    assert [block.text for block in blocks] == [
        "Table 1. Contributions (EUR million)",
        "Recipient | Purpose | Amount",
        "International Development Association (IDA) | IDA21 replenishment | 585",
        "Moldova | energy security | 15",
    ]


def test_a_pdf_row_of_cells_is_joined_by_bars_with_a_position_for_each_char():
    cells = [
        RawLine("Tonga", bbox=(10, 0, 40, 10), char_x0=[10, 16, 22, 28, 34], char_x1=[16, 22, 28, 34, 40]),
        RawLine("15.0", bbox=(200, 0, 224, 10), char_x0=[200, 206, 212, 218], char_x1=[206, 212, 218, 224]),
    ]
    for cell in cells:
        cell.bold, cell.italic = [False] * len(cell.text), [False] * len(cell.text)
    row = _merge(cells)
    assert row.text == "Tonga | 15.0" and row.row
    assert len(row.char_x0) == len(row.char_x1) == len(row.bold) == len(row.text)


DRAWN = """Programme budget for Africa, 2025 (approved)

  Country            | Sector                      | KRW billion
  -------------------+-----------------------------+------------
  Ethiopia           | Agriculture                 |   38.5
  Ghana              | Water and sanitation        |   18.4
  -------------------+-----------------------------+------------
  Total                                            |   56.9*

  * Approximately USD 41 million.
"""


def test_rules_drawn_between_rows_are_text_of_their_own_and_a_total_row_closes_the_table(tmp_path):
    body = body_of(tmp_path, DRAWN)
    paragraphs = body.split("\n\n")
    assert paragraphs[1] == "Country | Sector | KRW billion"  # the rule below is not glued to the header
    assert paragraphs[2].startswith("-------------------+")  # the rule stays text
    assert "Total | 56.9*" in paragraphs  # the total row is a row, its note's mark kept
    assert words(body) == words(DRAWN)


def test_a_table_reads_through_its_rules_and_its_total_row_takes_the_last_column_s_unit():
    from extractor.nlp.amounts import find_amounts
    from extractor.nlp.tables import find_tables

    text = (
        "Programme budget (approved)\n\nCountry | Sector | KRW billion\n\n----+----+----\n\n"
        "Ethiopia | Agriculture | 38.5\n\nGhana | Water | 18.4\n\n----+----+----\n\nTotal | 56.9*"
    )
    (table,) = find_tables(text)
    assert [cell.text for cell in table.header] == ["Country", "Sector", "KRW billion"]
    assert [row[-1].text for row in table.rows] == ["38.5", "18.4", "56.9*"]
    sums = [(f.value["currency"], f.value["value"]) for f in find_amounts(text)]
    assert sums == [("KRW", 38.5e9), ("KRW", 18.4e9), ("KRW", 56.9e9)]


def test_a_spaced_table_keeps_its_rules_total_row_wrapped_labels_and_stub_head():
    lines = [
        "                              Year one    Year two",
        "  ------------------------------------------------",
        "  Spending on schools",
        "    (floor, in millions)          12.5        14.0",
        "  Debt (ceiling)                 310.0       320.0",
        "  ------------------------------------------------",
        "  Total                          322.5",
    ]
    rows, flags = aligned_rows(lines)
    assert rows == [
        " | Year one | Year two",
        "Spending on schools (floor, in millions) | 12.5 | 14.0",
        "Debt (ceiling) | 310.0 | 320.0",
        "Total | 322.5 | ",
    ]
    assert all(flags)


def test_an_abbreviation_before_a_wide_gap_is_a_head_not_a_sentence():
    rows, _flags = aligned_rows(
        ["Ref. No.    Item      Sum", "A-1         Roads     1,200", "A-2         Wells       800"]
    )
    assert rows[0] == "Ref. No. | Item | Sum"


def test_a_paragraph_after_a_table_s_last_row_is_no_row_of_it():
    # A paragraph opening in lower case would continue a paragraph of text; after a table's last row it is new.
    text = (
        "Dear Director,\n\n"
        "   Stage      Cost (USD)\n"
        "   First       3,400,000\n"
        "   Total       3,400,000\n\n"
        "the district adds USD 4.8 million (some EUR 4.4\n"
        "million). The rest comes in 2032.\n\n"
        "Kind regards,\n\nB. Author\n"
    )
    texts = [block.text for block in text_blocks(text)]
    assert texts[1] == "Stage | Cost (USD) First | 3,400,000 Total | 3,400,000"
    assert texts[2] == "the district adds USD 4.8 million (some EUR 4.4 million). The rest comes in 2032."


def test_a_long_label_run_onto_its_first_figure_and_an_indented_total_stay_rows_of_the_table():
    lines = [
        "   Item                          Plan        Covered",
        "   Roads                      2 400 000    1 100 000",
        "   Water points and latrines 1 600 000      250 000",
        "       Total                  4 000 000    1 350 000",
    ]
    rows, flags = aligned_rows(lines)
    assert rows == [
        "Item | Plan | Covered",
        "Roads | 2 400 000 | 1 100 000",
        "Water points and latrines | 1 600 000 | 250 000",
        "Total | 4 000 000 | 1 350 000",
    ]
    assert all(flags)


def test_an_indented_label_wrapped_onto_its_own_figures_is_a_row_not_the_end_of_the_row_above():
    lines = [
        "Works              Budget     Spent",
        "Bridges             2,500     1,800",
        "  Footpaths along the",
        "  eastern canal       700       650",
    ]
    rows, _ = aligned_rows(lines)
    assert rows[1:] == ["Bridges | 2,500 | 1,800", "Footpaths along the eastern canal | 700 | 650"]


TOTAL_UNDER_RULE = """Works financed in 2022

No  Project                          Region      Amount
1   Feeder roads and culverts        North        1,200
2   Primary school classrooms        South          800
    and latrines
    ----------------------------------------------------
    Total                                         2,000

The works start in May.
"""


def test_an_indented_row_under_a_rule_is_a_row_of_its_own_not_the_row_above_s_wrapped_cell(tmp_path):
    body = body_of(tmp_path, TOTAL_UNDER_RULE)
    assert body.split("\n\n")[-3:] == [
        "2 | Primary school classrooms and latrines | South | 800",
        "| Total | | 2,000",
        "The works start in May.",
    ]
    assert words(body) == words(TOTAL_UNDER_RULE)


WRAPPED_LABELS = """Loans signed in 2021, by borrower

Borrower                      Signed      Drawn
Northern Fisheries              45,000    12,500
  Development Company
Lakeside Water Supply           30,000    30,000
  Board of the
  Eastern Towns
Eastern Grain Mill              18,000     9,000

The rest is drawn in 2022.
"""


def test_a_label_s_words_indented_under_it_end_that_label_not_the_next_row_s(tmp_path):
    body = body_of(tmp_path, WRAPPED_LABELS)
    assert body.split("\n\n")[2:5] == [
        "Northern Fisheries Development Company | 45,000 | 12,500",
        "Lakeside Water Supply Board of the Eastern Towns | 30,000 | 30,000",
        "Eastern Grain Mill | 18,000 | 9,000",
    ]
    assert words(body) == words(WRAPPED_LABELS)


def test_a_line_between_two_labelled_fields_is_no_label_of_the_field_under_it():
    lines = [
        "File:         BX 7-311/31",
        "Lyon, 3 May 2031",
        "Prepared by:  Anne Morel, Budget Unit",
        "Copies:       Treasury",
    ]
    rows, flags = aligned_rows(lines)
    assert "Lyon, 3 May 2031" in rows
    assert flags[rows.index("Lyon, 3 May 2031")] is False


def test_a_wrapped_row_label_ending_in_a_colon_stays_in_the_table():
    lines = [
        "Component            2029       2030",
        "Teachers' training and",
        "school meals:        100,000    200,000",
    ]
    rows, flags = aligned_rows(lines)
    assert rows == ["Component | 2029 | 2030", "Teachers' training and school meals: | 100,000 | 200,000"]
    assert flags == [True, True]


def test_a_total_indented_under_a_wrapped_label_opens_a_row_of_its_own():
    rows, flags = aligned_rows(
        [
            " Ref.   Scheme                  Amount    Spent",
            " G-11   Rural clinics and        4,200    1,900",
            "        dispensaries",
            " G-12   Bridges                  3,100      700",
            "        Total                    7,300    2,600",
        ]
    )
    assert rows == [
        "Ref. | Scheme | Amount | Spent",
        "G-11 | Rural clinics and dispensaries | 4,200 | 1,900",
        "G-12 | Bridges | 3,100 | 700",
        " | Total | 7,300 | 2,600",
    ]
    assert all(flags)


def test_a_total_indented_under_figures_in_south_asian_grouping_opens_a_row_of_its_own():
    rows, flags = aligned_rows(
        [
            " Sl.  Budget line       2030-31     2031-32",
            " 1    Wells            12,40,000   13,10,500",
            " 2    Pumps             3,05,250    2,90,000",
            "      Total            15,45,250   16,00,500",
        ]
    )
    assert rows[-1] == " | Total | 15,45,250 | 16,00,500"
    assert all(flags)


def test_a_currency_sign_padded_off_its_figure_stays_in_the_figure_s_cell():
    sources = [
        "Partner                       Budget          Spent",
        "Ministry of Water          $    84,000    $    51,300",
        "Regional Water Board       $ 1,250,000    $   903,000",
    ]
    rows, is_row = aligned_rows(sources)
    assert rows[1:] == [
        "Ministry of Water | $ 84,000 | $ 51,300",
        "Regional Water Board | $ 1,250,000 | $ 903,000",
    ]
    assert all(is_row)


def test_a_column_of_currencies_keeps_its_cells():
    sources = [
        "Donor          Cur.      2031      2032",
        "Austria        EUR       12.0       8.0",
        "Iceland        ISK      150.0     150.0",
    ]
    rows, _ = aligned_rows(sources)
    assert rows[1:] == ["Austria | EUR | 12.0 | 8.0", "Iceland | ISK | 150.0 | 150.0"]


def test_a_first_cell_run_onto_the_next_column_by_one_space_is_split_at_that_column_s_edge():
    lines = [
        "   Ref        Item and supplier                     EUR",
        "   A1         Pumps from Delta Works             400,000",
        "   B-22-LARGE Pipes from the Northern Foundry    250,000",
        "   C3         Tanks from Hill Steel              125,000",
    ]
    rows, flags = aligned_rows(lines)
    assert rows[2] == "B-22-LARGE | Pipes from the Northern Foundry | 250,000"
    assert all(flags)


def test_a_row_wrapped_under_narrow_numbered_columns_and_a_total_under_a_rule_stay_in_the_table():
    lines = [
        " 1  Peru       Coastal water works          40,000",
        " 2  Chile      Port of the northern",
        "               district, stage two          25,500",
        " 3  Bolivia    Rural schools                12,000",
        "---------------------------------------------------",
        "    PAID OVER THE YEAR                      77,500",
    ]
    rows, flags = aligned_rows(lines)
    assert [row for row, flag in zip(rows, flags) if flag] == [
        "1 | Peru | Coastal water works | 40,000",
        "2 | Chile | Port of the northern district, stage two | 25,500",
        "3 | Bolivia | Rural schools | 12,000",
        "PAID OVER THE YEAR |  |  | 77,500",
    ]


def test_labels_run_to_their_figures_by_leader_dots_are_rows_not_sentences():
    lines = [
        "   Maize seed ..............  R120,000.00",
        "   Bean seed ...............    60,000.00",
        "   Transport ...............    20,000.00",
    ]
    rows, flags = aligned_rows(lines)
    assert rows == [
        "Maize seed .............. | R120,000.00",
        "Bean seed ............... | 60,000.00",
        "Transport ............... | 20,000.00",
    ]
    assert all(flags)


def test_a_label_wrapped_over_several_lines_above_its_figure_is_one_row():
    lines = [
        "   What it pays for                                NOK",
        "   Clean water for the coastal towns",
        "     and the upland valleys, with repairs to",
        "     the old pumping stations                 400,000",
        "   Rural schools                              250,000",
        "   Sum                                        650,000",
    ]
    rows, flags = aligned_rows(lines)
    assert rows == [
        "What it pays for | NOK",
        "Clean water for the coastal towns and the upland valleys, with repairs to the old pumping stations | 400,000",
        "Rural schools | 250,000",
        "Sum | 650,000",
    ]
    assert all(flags)


# A typed list of awards: heads over a dashed rule whose runs mark the columns (the head "Ref. Awardee" has one space
# between its first two heads), rows whose cells wrap within their columns, one row a character off the rule, a total
# under a short rule, and a second section with no heads of its own.
FIXED_WIDTH = """Ref. Awardee                 Region        Use                        Sum
---- ----------------------- ------------- -------------------------- ---------
 A1  Lakeside Growers        Highland      Seed stores and two          31'500
     Cooperative             district      drying floors
 A2  Northern Midwives       Coast         Birth kits, rural clinics    12'250
 A3  Valley Schools Trust   Plateau        Roofs for six classrooms      9'800
                                                                     ---------
     Total                                                              53'550

 B1  Harbour Fishers'
     League                  Islands       Cold store and ice           44'000
                                           plant repairs
 B2  River Basin Water       Lowlands      Pumps for four
     Committee                             irrigation blocks            27'900
"""


def test_a_fixed_width_table_whose_rows_wrap_is_read_by_its_columns(tmp_path):
    body = body_of(tmp_path, FIXED_WIDTH)
    assert body.split("\n\n") == [
        "Ref. | Awardee | Region | Use | Sum",
        "A1 | Lakeside Growers Cooperative | Highland district | Seed stores and two drying floors | 31'500",
        "A2 | Northern Midwives | Coast | Birth kits, rural clinics | 12'250",
        "A3 | Valley Schools Trust | Plateau | Roofs for six classrooms | 9'800",
        "| Total | | | 53'550",
        "B1 | Harbour Fishers' League | Islands | Cold store and ice plant repairs | 44'000",
        "B2 | River Basin Water Committee | Lowlands | Pumps for four irrigation blocks | 27'900",
    ]
    assert words(body) == words(FIXED_WIDTH)
