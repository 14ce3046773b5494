"""The shared listing printer: tables that never cut a number, stable CSV headers, amounts as columns."""

from __future__ import annotations

import csv
import io
import re

import pytest
from rich.console import Console

from extractor.cli.output import AMOUNT_FIELDS, Column, column_widths, csv_text, print_table, rows_per_amount
from extractor.reference.money import amount_text
from models.entities import AmountValue

SUMS = [
    AmountValue(kind="money", value=675e6, currency="EUR"),
    AmountValue(kind="money", value=1.6e9, currency="USD"),
    AmountValue(kind="money", value=33e9, currency="USD"),
    AmountValue(kind="money", value=7_500, currency="GBP"),
]
# Rows as `letters query commitments` prints them: a long letter id, an organisation, a long sentence.
ROWS = [
    {
        "where": f"us_202{i}-09-30_4cef151{i}@2 p.{i + 3} 202{i}-09-30",
        "actor": "European Commission" if i % 2 else "Bureau of Population, Refugees, and Migration",
        "sum": amount_text(amount, compact=True),
        "for": "TUN, MAR, EGY, LBY, NER" if i % 2 else "",
        "status": ("planned", "adopted", "disbursed", "planned")[i],
        "evidence": "The Commission intends to mobilise a further " + amount_text(amount) + " over the period "
        "2021-2027 under the Neighbourhood, Development and International Cooperation Instrument.",
    }
    for i, amount in enumerate(SUMS)
]
COLUMNS = [
    Column("where", "letter"),
    Column("actor", "actor"),
    Column("sum", "sum", "number"),
    Column("for", "for"),
    Column("status", "status"),
    Column("evidence", "evidence", "text"),
]


def rendered(width: int, rows=ROWS) -> str:
    console = Console(width=width, record=True, file=io.StringIO())
    print_table(COLUMNS, rows, "4 commitment(s)", console=console)
    return console.export_text()


def test_sums_are_written_compactly_through_the_money_module():
    assert [row["sum"] for row in ROWS] == ["EUR 675M", "USD 1.6bn", "USD 33bn", "GBP 7.5k"]


@pytest.mark.parametrize("width", [80, 60, 40, 200])
def test_no_number_is_ever_cut(width):
    text = rendered(width)
    assert all(len(line) <= width for line in text.splitlines())
    for row in ROWS:
        assert row["sum"] in text, f"{row['sum']} cut at width {width}"
    # The symptom: "EUR 675 million" shown as "EUR 67".
    assert not re.search(r"EUR 67(?!5)", text)


@pytest.mark.parametrize("width", [80, 120])
def test_label_words_wrap_between_words_never_inside_one(width):
    text = rendered(width)
    assert column_widths(COLUMNS, ROWS, width) is not None, "an 80-column terminal gets a table"
    cells = [cell.strip() for line in text.splitlines() for cell in line.split("│")]
    words = {word for cell in cells for word in cell.split()}
    for status in ("planned", "adopted", "disbursed"):
        assert status in words
    assert not words & {"planne", "disburse", "Commissio", "Bureau of"}


def test_a_long_word_in_a_text_column_is_ellipsised_not_folded():
    rows = [dict(ROWS[0], evidence="see " + "x" * 200)]
    text = rendered(80, rows)
    assert "…" in text and "x" * 200 not in text


def test_too_narrow_for_a_table_prints_one_block_per_row_with_every_number_whole():
    assert column_widths(COLUMNS, ROWS, 40) is None
    text = rendered(40)
    assert "1 of 4" in text and "4 of 4" in text
    for row in ROWS:
        assert row["sum"] in text and row["status"] in text


def test_an_empty_table_says_so_on_stderr(capsys):
    print_table(COLUMNS, [], "0 commitment(s)", empty="no commitment matches", console=Console(file=io.StringIO()))
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.strip() == "no commitment matches"


def test_csv_header_is_the_same_with_and_without_rows():
    fields = ["letter", "evidence", *AMOUNT_FIELDS]
    empty = csv_text(fields, [])
    full = csv_text(fields, rows_per_amount({"letter": "a", "evidence": "x"}, SUMS[:2]))
    assert empty.splitlines()[0] == full.splitlines()[0] == "letter,evidence,value,currency,kind"
    assert empty.splitlines() == ["letter,evidence,value,currency,kind"]


def test_amounts_are_columns_one_line_each():
    text = csv_text(["letter", *AMOUNT_FIELDS], rows_per_amount({"letter": "a"}, SUMS[:2]))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows == [
        {"letter": "a", "value": "675000000", "currency": "EUR", "kind": "money"},
        {"letter": "a", "value": "1600000000", "currency": "USD", "kind": "money"},
    ]
    # A record without an amount keeps its line, with empty amount cells.
    assert list(
        csv.DictReader(io.StringIO(csv_text(["letter", *AMOUNT_FIELDS], rows_per_amount({"letter": "b"}, []))))
    )[0] == {"letter": "b", "value": "", "currency": "", "kind": ""}


def test_formula_cells_are_still_neutralised():
    text = csv_text(["letter", "evidence"], [{"letter": "=HYPERLINK(1)", "evidence": "@SUM(A1)"}])
    row = next(csv.DictReader(io.StringIO(text)))
    assert row == {"letter": "'=HYPERLINK(1)", "evidence": "'@SUM(A1)"}


def test_list_cells_are_joined_not_json():
    text = csv_text(["beneficiaries"], [{"beneficiaries": ["TUN", "MAR"]}])
    assert text.splitlines()[1] == "TUN;MAR"
