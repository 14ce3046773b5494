"""The body's tables: rows of bar-separated cells, the caption above them, the header, the notes below."""

from __future__ import annotations

import pytest

from extractor.nlp.tables import find_tables, is_figure
from extractor.reference.money import CURRENCY_SIGNS

BODY = (
    "Figures approved in 2024 (EUR million)\n\n"
    "Recipient | Purpose | Amount\n\n"
    "Moldova | energy security | 15\n\n"
    "Dutch Relief Alliance | | 63¹\n\n"
    "¹ Of which EUR 20 million for Gaza. * Provisional.\n\n"
    "The House will be informed."
)


def test_a_run_of_rows_is_a_table_with_its_caption_header_and_notes():
    (table,) = find_tables(BODY)
    assert table.caption.text == "Figures approved in 2024 (EUR million)"
    assert [cell.text for cell in table.header] == ["Recipient", "Purpose", "Amount"]
    assert [[cell.text for cell in row] for row in table.rows] == [
        ["Moldova", "energy security", "15"],
        ["Dutch Relief Alliance", "", "63¹"],  # the empty cell keeps the columns in place
    ]
    assert [(mark, note.text) for mark, note in table.notes] == [
        ("¹", "Of which EUR 20 million for Gaza."),
        ("*", "Provisional."),
    ]
    assert table.note_of(table.rows[1]).text == "Of which EUR 20 million for Gaza."
    assert table.note_of(table.rows[0]) is None
    cell = table.rows[0][2]
    assert BODY[cell.start : cell.end] == "15"


def test_one_line_with_bars_is_no_table():
    assert find_tables("Home | News | Contact\n\nWe agree.") == []


def test_a_figure_is_a_number_alone_never_a_year():
    assert [is_figure(text) for text in ("585", "2,005.6", "63¹", "2024", "IDA21", "energy")] == [
        True,
        True,
        True,
        False,
        False,
        False,
    ]


def test_a_first_row_holding_a_sum_of_money_is_a_row_not_a_header():
    body = "Committed as follows:\n\nGrants | EUR 70.0 million\n\n- Schools | EUR 40.0 million\n\nThe rest follows."
    (table,) = find_tables(body)
    assert table.header == ()
    assert [row[1].text for row in table.rows] == ["EUR 70.0 million", "EUR 40.0 million"]


@pytest.mark.parametrize("cell", ["Rs. 2,140.60 crore", "Rs. 96.5 lakh", "Kshs. 4,200,000", "NPR 18.3 million"])
def test_a_first_row_holding_a_lettered_sign_its_figure_and_scale_is_a_row(cell: str):
    """A sign of letters ("Rs.") or a code, then a figure and perhaps its scale ("crore"): a sum, no column's head."""
    body = f"The shares are:\n\nNational share | {cell}\n\nDistrict share | {cell}\n\nThe rest follows."
    (table,) = find_tables(body)
    assert table.header == ()
    assert [row[0].text for row in table.rows] == ["National share", "District share"]


@pytest.mark.parametrize("sign", list(CURRENCY_SIGNS))
def test_a_first_row_opening_on_a_currency_sign_is_a_row(sign: str):
    """Every sign of the money module's class opens a sum cell, touching its figure or a space before it."""
    body = f"Paid in two parts:\n\nFirst | {sign}12.5 million\n\nSecond | {sign} 3 million\n\nThe rest follows."
    (table,) = find_tables(body)
    assert table.header == ()
    assert [row[1].text for row in table.rows] == [f"{sign}12.5 million", f"{sign} 3 million"]


def test_a_head_whose_cells_are_a_sign_on_000_is_a_head_over_empty_first_cells():
    (table,) = find_tables(
        "Capital plan:\n\n| | £000 | £000\n\nP1 | Harbours | 2,400 | 2,520\n\nP2 | Libraries | 600 | 618"
    )
    assert [cell.text for cell in table.header] == ["", "", "£000", "£000"]
    assert len(table.rows) == 2


def test_a_section_head_between_rows_leaves_the_table_whole():
    body = "Outlays (EUR million)\n\nA | Roads | 12\n\nB | Schools | 9\n\nCAPITAL WORKS\n\nC | Bridges | 4\n\nD | Ports | 3"
    (table,) = find_tables(body)
    assert [row[1].text for row in table.rows] == ["Roads", "Schools", "Bridges", "Ports"]


def test_a_lettered_section_head_between_rows_leaves_the_table_whole():
    body = (
        "Awards (NOK)\n\nNo. | Holder | Sum\n\n1 | Oslo Choir | 9 000\n\n2 | Bergen Band | 7 500\n\n"
        "B. TRAVEL AND STUDY AWARDS\n\n3 | Tromsø Club | 4 000\n\n4 | Alta Guild | 2 500"
    )
    (table,) = find_tables(body)
    assert [cell.text for cell in table.header] == ["No.", "Holder", "Sum"]
    assert [row[1].text for row in table.rows] == ["Oslo Choir", "Bergen Band", "Tromsø Club", "Alta Guild"]


def test_a_caption_with_its_own_unit_between_two_tables_opens_the_second():
    body = (
        "Credits (GBP million)\n\nRecipient | Amount\n\nLaos | 7\n\nNepal | 5\n\n"
        "Guarantees (JPY million)\n\nRecipient | Amount\n\nFiji | 60\n\nTonga | 20"
    )
    first, second = find_tables(body)
    assert second.caption.text == "Guarantees (JPY million)"
    assert [cell.text for cell in second.header] == ["Recipient", "Amount"]
    assert [row[0].text for row in second.rows] == ["Fiji", "Tonga"]


def test_a_head_over_a_repeat_of_the_table_s_header_opens_a_new_table():
    body = (
        "Recipient | Amount\n\nLaos | 7\n\nNepal | 5\n\nSecond round\n\nRecipient | Amount\n\nFiji | 60\n\nTonga | 20"
    )
    assert [[row[0].text for row in table.rows] for table in find_tables(body)] == [
        ["Laos", "Nepal"],
        ["Fiji", "Tonga"],
    ]


def test_a_section_head_under_a_total_short_of_its_first_cell_leaves_the_table_whole():
    body = (
        "Outlays (EUR million)\n\nA | Roads | 12\n\nB | Schools | 9\n\nSubtotal | 21\n\nCAPITAL WORKS\n\n"
        "C | Bridges | 4\n\nD | Ports | 3"
    )
    (table,) = find_tables(body)
    assert [row[-1].text for row in table.rows] == ["12", "9", "21", "4", "3"]


def test_a_line_under_a_header_of_years_goes_on_with_the_column_heads():
    body = (
        "Funds by region (in NZD 1,000)\n\n| 2030 | 2031\n\nRegion | spent | planned\n\n"
        "Pacific | 4,100 | 4,600\n\nAsia | 2,200 | 2,500"
    )
    (table,) = find_tables(body)
    assert [cell.text for cell in table.header] == ["Region", "2030 spent", "2031 planned"]
    assert [row[0].text for row in table.rows] == ["Pacific", "Asia"]


def test_a_row_that_does_not_open_with_a_bar_closes_on_an_empty_last_cell():
    (table,) = find_tables("Item | Sum | Note\n\nRoads | 1,200 | paid\n\nTotal | 1,500 |\n\nAll figures are final.")
    assert [cell.text for cell in table.rows[1]] == ["Total", "1,500", ""]


def test_a_head_s_second_line_of_a_few_words_over_the_figures_goes_on_with_the_column_heads():
    body = (
        "No. | Province | Grant | 1st tranche\n\n"
        " | | 2030-31 | now paid\n\n"
        "1. | Northlands | 410.00 | 205.00\n\n"
        "2. | Southlands | 300.00 | 150.00"
    )
    (table,) = find_tables(body)
    assert [cell.text for cell in table.header] == ["No.", "Province", "Grant 2030-31", "1st tranche now paid"]
    assert [row[1].text for row in table.rows] == ["Northlands", "Southlands"]


def test_a_first_row_of_words_over_rows_of_words_stays_a_row():
    body = "Country | Sector | Stage\n\nKenya | water | approved\n\nGhana | roads | 1,200"
    (table,) = find_tables(body)
    assert [row[0].text for row in table.rows] == ["Kenya", "Ghana"]
