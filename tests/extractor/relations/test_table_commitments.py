"""A table's rows read as commitments: the row's sum, the country its row names alone (or its note
names), the stage its caption's verb gives; a programme's name ends at its cell."""

from __future__ import annotations

from extractor.records.extract import extract_path

LETTER = """Ministry of Foreign Affairs

Date: 14 November 2024
Subject: Contributions

Dear Madam President,

I inform the House of the contributions decided this year.

Table 1. Contributions approved in 2024 (EUR million)
Recipient                 | Operation                                  | Amount
Moldova                   | Energy Security Program                    | 15
Regional                  | Sahel Resilience Program                   | 30¹
World Food Programme      | school meals                               | 12
Total                     |                                            | 57

¹ Covers Mali and Chad.

Yours sincerely,

The Minister
"""


def test_each_row_of_a_table_is_a_commitment_at_its_caption_s_stage(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    extraction = extract_path(path)
    rows = {
        c.amounts[0].value: (c.beneficiaries, c.because.beneficiaries, c.status, c.because.status)
        for c in extraction.commitments
    }
    assert rows[15e6] == (["MDA"], "row_country", "adopted", "list_lead")
    assert rows[30e6] == (["MLI", "TCD"], "row_note", "adopted", "list_lead")
    assert rows[12e6][2:] == ("adopted", "list_lead")
    assert rows[57e6][2] == "adopted"  # a total and its parts are each a commitment
    assert rows[57e6][:2] == (["MDA", "MLI", "TCD"], "table_total")  # for its rows' countries
    programmes = {m.norm for m in extraction.mentions if m.type == "programme"}
    assert {"Energy Security Program", "Sahel Resilience Program"} <= programmes
    assert not any("Moldova" in name or "Regional" in name for name in programmes)


def test_a_total_row_labelled_with_more_words_is_for_its_rows_countries(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(LETTER.replace("Total                     |", "Total contributions       |"), encoding="utf-8")
    rows = {c.amounts[0].value: c for c in extract_path(path).commitments}
    assert (rows[57e6].beneficiaries, rows[57e6].because.beneficiaries) == (["MDA", "MLI", "TCD"], "table_total")


def test_a_row_of_figures_alone_is_no_commitment(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(LETTER.replace("Total                     |", "                          |"), encoding="utf-8")
    assert 57e6 not in {c.amounts[0].value for c in extract_path(path).commitments}


COLUMNS = """Ministry of Foreign Affairs

Date: 14 November 2024
Subject: Budget

Dear Madam President,

The Government proposes the following lines.

Development cooperation (EUR million)
                          2024 approved     2025 proposed
Country programmes        | 118.4           | 104.0
Humanitarian assistance   | 70.0            | 65.0

Yours sincerely,

The Minister
"""


def test_a_table_s_stage_columns_give_each_figure_its_column_s_stage(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(COLUMNS, encoding="utf-8")
    status = {c.amounts[0].value: c.status for c in extract_path(path).commitments}
    assert status == {118.4e6: "adopted", 104e6: "planned", 70e6: "adopted", 65e6: "planned"}


SUMMED_UP = """Ministry of Foreign Affairs

Date: 14 November 2024
Subject: Operations

Dear Madam President,

The Board approved a EUR 21 million loan to Moldova for energy security and a EUR 9 million grant to Tunisia for water.

Financing at a glance (EUR million)
Operation                 | Approved amount
Energy security (Moldova) | 21.0
Water supply (Tunisia)    | 9.0

Yours sincerely,

The Minister
"""


def test_a_table_row_summing_up_a_sum_the_text_stated_is_no_new_commitment(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(SUMMED_UP, encoding="utf-8")
    found = extract_path(path).commitments
    assert sorted(c.amounts[0].value for c in found) == [9e6, 21e6]
    assert {c.because.restated for c in found} == {"summed_up_in_table"}


def test_the_text_stating_a_table_s_total_again_is_no_new_commitment(tmp_path):
    """A total row (57) and "In total, the three countries will receive EUR 57 million" below it: one sum."""
    path = tmp_path / "letter.txt"
    path.write_text(
        LETTER.replace(
            "Yours sincerely,", "In total, the recipients will receive EUR 57 million this year.\n\nYours sincerely,"
        ),
        encoding="utf-8",
    )
    found = [c for c in extract_path(path).commitments if c.amounts[0].value == 57e6]
    assert [(c.beneficiaries, c.because.restated) for c in found] == [(["MDA", "MLI", "TCD"], "summed_up_in_table")]


NEEDS = """Relief Agency
Funding update
Situation as of 31 May 2024

The appeal for this year is one fifth funded.

Funding requirements and funds received, Chad (US$ million)

Sector                        Required   Received*
Nutrition                         210         58
Health                            185         41
Total                             395         99

* Including carry-over.

Contact: the Relief Agency
"""


def test_a_needs_table_s_rows_are_for_its_caption_s_country_at_their_column_s_stage(tmp_path):
    path = tmp_path / "factsheet.txt"
    path.write_text(NEEDS, encoding="utf-8")
    rows = {
        c.amounts[0].value: (c.beneficiaries, c.because.beneficiaries, c.status) for c in extract_path(path).commitments
    }
    assert rows[210e6] == (["TCD"], "caption_country", "planned")  # "Required": still to be found
    assert rows[58e6] == (["TCD"], "caption_country", "disbursed")  # "Received": money that arrived
    assert rows[395e6][2] == "planned"
    assert rows[99e6][2] == "disbursed"  # a column's total is at its column's stage, not a running total's


STATUS_COLUMN = """Regional Investment Fund

Date: 3 February 2027
Subject: Portfolio update

Dear Board members,

Our operations in the last quarter are shown below.

| Country | Project              | Amount         | Status                       |
|---------|----------------------|----------------|------------------------------|
| Ghana   | Port access road     | USD 12 million | Signed 9 January 2027        |
| Togo    | Solar mini-grids     | USD 7 million  | Disbursed (December 2026)    |
| Benin   | Rural water supply   | USD 4 million  | Approved, awaiting signature |
| Niger   | Grain storage        | USD 3 million  | Under preparation            |

Yours sincerely,

The Managing Director
"""


def test_a_status_column_gives_each_row_the_stage_its_first_stage_word_names(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(STATUS_COLUMN, encoding="utf-8")
    status = {c.amounts[0].value: c.status for c in extract_path(path).commitments}
    assert status == {12e6: "adopted", 7e6: "disbursed", 4e6: "adopted", 3e6: "planned"}


GRANT_DECISIONS = """Coastal Wetlands Trust
Grants Committee

Date: 14 October 2027
Subject: Autumn round

Dear Trustees,

The grants the Committee considered are listed below (EUR).

Region    | Scheme                 | Grant allocated | Stage
Portugal  | Dune restoration       | 720,000         | allocated
Greece    | Salt marsh survey      | 380,000         | deferred
Croatia   | Lagoon clean-up        | 510,000         | proposed

With kind regards,

M. Rossi, Chair
"""


def test_a_row_s_own_status_cell_decides_over_the_stage_its_column_s_head_names(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(GRANT_DECISIONS, encoding="utf-8")
    status = {c.amounts[0].value: c.status for c in extract_path(path).commitments}
    # "Grant allocated" heads every row, but a deferred scheme and a proposed one were not decided.
    assert status == {7.2e5: "adopted", 3.8e5: "planned", 5.1e5: "planned"}


GRANT_SUBTOTAL = """COASTAL WETLANDS TRUST
Grants Committee
Lisbon, Portugal

Date: 14 October 2027
Subject: Decisions of the autumn round

(a) The Committee took the decisions below (in euros).

Region    | Scheme                 | Grant           | Decision
Greece    | Dune restoration       | 720,000         | allocated
Croatia   | Salt marsh survey      | 380,000         | deferred
Malta     | Lagoon clean-up        | 510,000         | allocated
Sub-total of grants allocated |    | 1,230,000       |

(b) Applications for the spring round close on 30 March 2028.

M. Rossi, Chair
"""


def test_a_subtotal_row_is_for_the_countries_of_the_rows_at_the_stage_its_label_names(tmp_path):
    path = tmp_path / "memo.txt"
    path.write_text(GRANT_SUBTOTAL, encoding="utf-8")
    rows = {c.amounts[0].value: (c.beneficiaries, c.because.beneficiaries) for c in extract_path(path).commitments}
    # Not Portugal, where the Trust sits, and not Croatia, whose grant was deferred, not allocated.
    assert rows[1.23e6] == (["GRC", "MLT"], "table_total")
    path.write_text(GRANT_SUBTOTAL.replace("Sub-total of grants allocated", "Total"), encoding="utf-8")
    rows = {c.amounts[0].value: c.beneficiaries for c in extract_path(path).commitments}
    assert rows[1.23e6] == ["GRC", "HRV", "MLT"]  # a plain total adds up every row


RESPONSE_TABLE = """Cyclone Response Office

Date: 9 November 2027
Subject: Where the cyclone response stands

Dear colleagues,

Table 2. Contributions received to date (EUR)

Sector                  | Received   | Requirements
Shelter in Mozambique   | 3,100,000  | 7,500,000
Water in Madagascar     | 1,200,000  | 4,400,000

Best regards,

P. Sitoe
"""


def test_a_requirements_column_is_planned_whatever_stage_its_caption_names(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(RESPONSE_TABLE, encoding="utf-8")
    status = {c.amounts[0].value: c.status for c in extract_path(path).commitments}
    # What a response requires is asked for, not yet received, though the caption speaks of contributions received.
    assert status == {3.1e6: "disbursed", 7.5e6: "planned", 1.2e6: "disbursed", 4.4e6: "planned"}


BUDGET_OUTTURN = """Ministry of Works

Date: 3 February 2027
Subject: Road fund for 2026

Dear Auditor,

Table 1 sets out the road fund for 2026 (EUR).

Programme            | Budget     | Outturn
Rural feeder roads   | 6,000,000  | 5,400,000
Bridge maintenance   | 2,500,000  | 2,650,000

Yours sincerely,

The Permanent Secretary
"""


def test_a_budget_s_outturn_column_is_what_was_spent(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(BUDGET_OUTTURN, encoding="utf-8")
    status = {c.amounts[0].value: c.status for c in extract_path(path).commitments}
    assert status == {6e6: "planned", 5.4e6: "disbursed", 2.5e6: "planned", 2.65e6: "disbursed"}


AUDIT = """Office of the Auditor-General

Date: 3 April 2025
Subject: Accounts of the Roads Fund

Dear Madam Speaker,

The Fund's budget and spending are set out below.

Table 2: Budget and spending, 2023/24 (EUR)
Line                      | Approved budget | Actual payments | Variance (%)
Feeder roads              | 4 000 000       | 3 600 000       | -10.0
Bridges                   | 2 000 000       | 2 100 000       | +5.0

Yours faithfully,

The Auditor-General
"""


def test_a_column_headed_by_a_stage_noun_gives_its_figures_that_stage(tmp_path):
    path = tmp_path / "audit.txt"
    path.write_text(AUDIT, encoding="utf-8")
    status = {c.amounts[0].value: c.status for c in extract_path(path).commitments}
    # The "Variance (%)" column holds no money: no commitment of EUR 10 or EUR 5.
    assert status == {4e6: "adopted", 3.6e6: "disbursed", 2e6: "adopted", 2.1e6: "disbursed"}


INSTALMENTS_DUE = """Development Cooperation Office

Date: 14 October 2027
Subject: Replenishment instalments

Dear Chair,

The instalments we pledged to the two trust funds stand as below, in millions of euros:

Trust fund              | Pledge | Transferred | Balance due
Cholera Response Fund   | 7.0    | 2.0         | 5.0
Soil Research Trust     | 3.0    | 0.8         | 2.2

With best regards,

The Minister
"""


def test_a_column_headed_by_a_word_of_what_is_owed_is_still_to_be_paid(tmp_path):
    path = tmp_path / "instalments.txt"
    path.write_text(INSTALMENTS_DUE, encoding="utf-8")
    status = {c.amounts[0].value: c.status for c in extract_path(path).commitments}
    assert status == {
        7e6: "adopted",
        2e6: "disbursed",
        5e6: "planned",
        3e6: "adopted",
        8e5: "disbursed",
        2.2e6: "planned",
    }


def test_a_column_head_naming_a_stage_beside_a_word_of_what_is_owed_keeps_that_stage(tmp_path):
    # "Disbursed outstanding": paid out and not yet repaid; the stage the head names decides, not the owed word.
    path = tmp_path / "instalments.txt"
    path.write_text(INSTALMENTS_DUE.replace("Balance due", "Disbursed outstanding"), encoding="utf-8")
    status = {c.amounts[0].value: c.status for c in extract_path(path).commitments}
    assert (status[5e6], status[2.2e6]) == ("disbursed", "disbursed")


def test_a_caption_naming_spending_puts_its_rows_at_disbursed(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(
        LETTER.replace("Contributions approved in 2024", "Spending by operation, year ended 31 December 2024"),
        encoding="utf-8",
    )
    rows = {c.amounts[0].value: c for c in extract_path(path).commitments}
    assert rows[15e6].status == "disbursed"  # "spending" names money paid out, as "expenditure" does


GIVERS_CAPTION = """MINISTRY OF FOREIGN AFFAIRS OF GHANA

Accra, 2 March 2027

Dear Minister,

Our support after the floods is set out below.

Yours sincerely,

Ama Mensah
Minister for Foreign Affairs


ANNEX
Ghana's assistance to Togo after the floods (GHS)

| Component                  | Amount (GHS) | Status      |
|----------------------------|--------------|-------------|
| Emergency shelter          |    3,000,000 | Transferred |
| Water and sanitation       |    2,000,000 | Approved    |
"""


def test_a_caption_naming_the_giver_and_one_other_country_is_for_the_other(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(GIVERS_CAPTION, encoding="utf-8")
    rows = {c.amounts[0].value: (c.beneficiaries, c.because.beneficiaries) for c in extract_path(path).commitments}
    assert rows[3e6] == (["TGO"], "caption_country")  # the author's own state, which gives, is no second country
    assert rows[2e6] == (["TGO"], "caption_country")


GIVERS_TABLE = """FLOOD FUNDING MONITOR
Brief 4 | May 2027

At the March meeting, donors pledged USD 90 million for flood recovery in Mozambique.

Pledges and payments by donor

| Donor       | Pledged        | Paid           |
|-------------|----------------|----------------|
| Netherlands | USD 12 million | USD 9 million  |
| Canada      | USD 8 million  | USD 2 million  |

Most of what was paid went to shelter.
"""


def test_a_givers_table_with_no_place_of_its_own_shares_out_the_sum_the_text_above_it_places(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(GIVERS_TABLE, encoding="utf-8")
    rows = {c.amounts[0].value: (c.beneficiaries, c.because.beneficiaries) for c in extract_path(path).commitments}
    assert rows[90e6] == (["MOZ"], "cued_in_clause")
    assert rows[12e6] == (["MOZ"], "giver_table_above")  # the Netherlands gives: never a beneficiary
    assert rows[2e6] == (["MOZ"], "giver_table_above")
    path.write_text(
        GIVERS_TABLE.replace("\n\nPledges and payments", "\n\nPrices of seed doubled.\n\nPledges and payments"), "utf-8"
    )
    rows = {c.amounts[0].value: c.because.beneficiaries for c in extract_path(path).commitments}
    assert rows[12e6] != "giver_table_above"  # a paragraph between: the table is no share of that sum


STAGED_ROWS = """Office of the Governor

Date: 3 March 2022
Subject: Harbour maintenance

Dear Director,

As the table below shows, the State has asked for more than the Ministry has granted.

Harbour maintenance, northern ports
($ in thousands)

                          2020        2021        2022
Allocated                 12,400      13,100        --
State request                 --          --      18,500

We ask you to reconsider the amount for 2022.

Yours sincerely,

The Governor
"""


def test_a_rows_label_names_the_stage_of_its_figures_where_no_column_does(tmp_path):
    path = tmp_path / "rows.txt"
    path.write_text(STAGED_ROWS, encoding="utf-8")
    found = {c.amounts[0].value: c.status for c in extract_path(path).commitments}
    assert found[12.4e6] == "adopted"  # "Allocated"
    assert found[18.5e6] == "planned"  # "State request"


RECEIVED_TABLE = """Regional Government

Date: 10 January 2011
Subject: Report on reconstruction funds

Dear Undersecretary,

1. During 2010 the Region received the following transfers for reconstruction:

Table 1. Reconstruction resources received, 2010 (USD million)

Source                                  Received       Spent at    % spent
                                                       31.12.2010
Housing provision, Ministry of Housing    12.0            9.0      75,0
Schools provision, Ministry of Education   4.0            3.5      87,5
TOTAL                                     16.0           12.5      78,1

Yours sincerely,

The Intendant
"""


def test_a_tables_total_row_is_at_the_stage_of_the_rows_it_sums(tmp_path):
    path = tmp_path / "received.txt"
    path.write_text(RECEIVED_TABLE, encoding="utf-8")
    found = {c.amounts[0].value: (c.status, c.because.status) for c in extract_path(path).commitments}
    assert found[12.5e6][0] == "disbursed"  # a column's total, not a running total of support
    assert found[16e6][0] == "disbursed"


LIMITS_AND_DEBTS = """Ministry of Finance

Date: 3 March 2025

Dear Managing Director,

The programme's quantitative targets are as follows.

Table 2. Targets (in billions of Kenyan shillings)
Indicator                          | End-June 2025 | End-Dec. 2025
Public debt (ceiling)              | 900           | 950
Tax revenue (floor)                | 120           | 250

The debts still owed at 31 January 2025 were as follows (in euros):
Loan                      | Principal    | Interest
Port road                 | 400,000      | 35,000
Water supply              | 250,000      | 20,000

We will also receive EUR 5 million for schools.

Yours sincerely,

The Minister
"""


def test_rows_of_limits_or_overdue_debts_are_no_commitments(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(LIMITS_AND_DEBTS.replace("still owed", "overdue"), encoding="utf-8")
    extraction = extract_path(path)
    assert [c.amounts[0].value for c in extraction.commitments] == [5e6]


def test_a_caption_sizing_the_whole_by_a_ceiling_leaves_its_rows_commitments(tmp_path):
    # "a ceiling of EUR 9 million, divided as follows" is the size of what the rows share, not a bound on them.
    path = tmp_path / "letter.txt"
    path.write_text(
        "Dear Director,\n\nThe Board has approved a ceiling of EUR 9 million, divided as follows:\n\n"
        "    Component          Amount (EUR)\n    Clinics            6,000,000\n    Training           3,000,000\n\n"
        "Yours sincerely,\n\nThe Minister\n",
        encoding="utf-8",
    )
    values = sorted(c.amounts[0].value for c in extract_path(path).commitments)
    assert 6e6 in values and 3e6 in values


PLEDGES_IN_THOUSANDS = """Secretariat of the Water Fund

Geneva, 3 May 2027

Dear members of the Council,

The pledges received so far for the wells are set out below.

Donor          | Currency | Pledged ('000) | Paid in, USD ('000)
Austria        | EUR      | 4,000          | 2,100
Chile          | USD      | 1,500          | 0

Yours sincerely,

The Secretariat
"""


def test_a_column_s_stage_stands_before_its_unit_in_brackets_and_a_zero_paid_is_no_commitment(tmp_path):
    path = tmp_path / "pledges.txt"
    path.write_text(PLEDGES_IN_THOUSANDS, encoding="utf-8")
    rows = {(c.amounts[0].value, c.amounts[0].currency): c.status for c in extract_path(path).commitments}
    assert rows[(2.1e6, "USD")] == "disbursed"  # "Paid in, USD ('000)": paid, whatever the brackets say
    assert (0.0, "USD") not in rows  # nothing paid in yet


GIFTS_WITH_CODES_CUT = """Secretariat of the Water Fund

Geneva, 3 May 2027

Dear members of the Council,

The gifts received so far for the wells are set out below.

Donor          | Original sum       | USD '000  | Status
Austria        | EUR 2,000,000      | 2,150     | Received
Poland         | PLN | 4,000,000    | 1,010     | Received

Yours sincerely,

The Secretariat
"""


def test_a_status_column_still_stands_over_the_last_cell_of_a_row_one_cell_longer(tmp_path):
    path = tmp_path / "gifts.txt"
    path.write_text(GIFTS_WITH_CODES_CUT, encoding="utf-8")
    rows = {(c.amounts[0].value, c.amounts[0].currency): c.status for c in extract_path(path).commitments}
    assert rows[(4e6, "PLN")] == "disbursed"


PLEDGE_TABLE = """Trust Fund Secretariat

Date: 2 March 2026
Subject: Pledges

Dear Members,

Twelve donors have pledged so far. Their pledges are listed below; amounts are in thousands, in the currency of
the pledge.

Donor        | Currency | Pledged ('000) | USD equivalent ('000) | Year
Canada       | USD      | 40,000         | 40,000                | 2026
Sweden       | SEK      | 90,000         | 8,500                 | 2026
Chile        | USD      | 5,000          | 5,000                 | 2026

Yours sincerely,

The Head of the Secretariat
"""


def test_a_column_of_equivalents_repeating_a_sum_already_in_its_currency_is_the_same_money(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(PLEDGE_TABLE, encoding="utf-8")
    sums = [(c.amounts[0].value, c.amounts[0].currency) for c in extract_path(path).commitments]
    assert sums.count((40e6, "USD")) == 1
    assert sums.count((5e6, "USD")) == 1
    assert (8.5e6, "USD") in sums  # a sum in another currency's equivalent is left as it was read


def test_the_same_sum_twice_in_a_row_under_other_headers_stays_two_sums(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(PLEDGE_TABLE.replace("USD equivalent ('000)", "Paid in ('000)      "), encoding="utf-8")
    sums = [(c.amounts[0].value, c.amounts[0].currency) for c in extract_path(path).commitments]
    assert sums.count((40e6, "USD")) == 2


ROW_TOTALS = """Ministry of Foreign Affairs

Date: 14 November 2024
Subject: Grants and loans

Dear Madam President,

The Agency approved the following operations this year (EUR million):

Country                   | Grants        | Loans        | Total
Moldova                   | 15            | 5            | 20
Armenia                   | 8             | -            | 8

Yours sincerely,

The Minister
"""


def test_a_row_s_total_column_repeating_its_only_sum_is_the_same_money(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(ROW_TOTALS, encoding="utf-8")
    sums = sorted(c.amounts[0].value for c in extract_path(path).commitments)
    # Moldova's total sums two parts, a commitment of its own; Armenia's repeats its one grant.
    assert sums == [5e6, 8e6, 15e6, 20e6]


TWO_COLUMNS = """Ministry of Foreign Affairs

Date: 14 November 2024
Subject: Grants and loans

Dear Madam President,

The Agency approved the following operations this year (EUR million):

Country                   | Grants        | Loans
Moldova                   | 15            | 0
Armenia                   | 8             | 20
Georgia                   | 0             | 12
Total                     | 23            | 32

Yours sincerely,

The Minister
"""


def test_a_total_row_is_for_the_countries_of_its_own_column_only(tmp_path):
    """Georgia had no grant and Moldova no loan: each column's total is for the rows with a sum in it."""
    path = tmp_path / "letter.txt"
    path.write_text(TWO_COLUMNS, encoding="utf-8")
    rows = {c.amounts[0].value: c for c in extract_path(path).commitments}
    assert (rows[23e6].beneficiaries, rows[23e6].because.beneficiaries) == (["MDA", "ARM"], "table_total")
    assert (rows[32e6].beneficiaries, rows[32e6].because.beneficiaries) == (["ARM", "GEO"], "table_total")


SUPPLIES = """District Health Office, Northern Region

To the Programme Manager

Supplies bought with the grant up to 30 June 2025 are set out below.

   Item                 Price per unit (USD)    Units     Paid (USD)
   Mosquito nets              4                 20,000       80,000
   Water filters             25                  1,200       30,000

Regards,
Procurement Officer
"""


def test_a_column_of_rates_per_unit_holds_no_commitment_but_the_column_of_sums_paid_does(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(SUPPLIES, encoding="utf-8")
    found = {c.amounts[0].value for c in extract_path(path).commitments}
    assert {80e3, 30e3} <= found
    assert not {4, 25} & found


SHARES_PER_STATE = """Ministry of Development Cooperation

Date: 9 May 2023
Subject: Regional allocations

Dear Chair,

The Board approved the following allocations for the river basin programme:

   State          Allocation per state (EUR)
   Lesotho        4 000 000
   Eswatini       6 000 000

Yours sincerely,

The Minister
"""


def test_a_column_of_sums_per_recipient_holds_commitments_only_units_of_measure_make_rates(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(SHARES_PER_STATE, encoding="utf-8")
    found = {c.amounts[0].value: c.status for c in extract_path(path).commitments}
    assert found == {4e6: "adopted", 6e6: "adopted"}


YEARS_OVER_STAGES = """Ministry of Foreign Affairs

Date: 3 May 2031
Subject: Funds by region

Dear Colleagues,

Our funds by region are set out below.

Table 1 - Funds by region (in NZD 1,000)

                      2030          2031
Region          allocation    indicative
Pacific              4,100         4,600
Asia                 2,200         2,500

Yours sincerely,

The Minister
"""


def test_column_heads_over_two_lines_give_each_year_the_stage_named_under_it(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(YEARS_OVER_STAGES, encoding="utf-8")
    status = {c.amounts[0].value: c.status for c in extract_path(path).commitments}
    assert status == {4.1e6: "adopted", 2.2e6: "adopted", 4.6e6: "planned", 2.5e6: "planned"}


def test_a_verb_whose_subject_is_the_table_itself_gives_its_rows_no_stage(tmp_path):
    # "The table below sets out ..." tells what the table shows: its "Budget" column stays planned, as with no verb.
    path = tmp_path / "letter.txt"
    path.write_text(BUDGET_OUTTURN.replace("Table 1 sets out", "The table below sets out"), encoding="utf-8")
    status = {c.amounts[0].value: c.status for c in extract_path(path).commitments}
    assert status == {6e6: "planned", 5.4e6: "disbursed", 2.5e6: "planned", 2.65e6: "disbursed"}


SPLIT_TABLE = """Development Cooperation Office
Wellington

Memo 31/2031: storm recovery grants

The grants below were approved at the April meeting.

Annex. Storm recovery grants, NZD thousand

Country                        Approved
------------------------------------------
Fiji                              4,200
Tonga                             2,900

Page 2 of 3

Annex, cont'd: storm recovery grants, NZD thousand

Country                        Approved
------------------------------------------
Samoa                             1,600
Total                             8,700

Payments follow in June.
"""


def test_a_total_under_a_table_continued_past_a_page_break_is_for_both_parts_rows(tmp_path):
    path = tmp_path / "memo.txt"
    path.write_text(SPLIT_TABLE, encoding="utf-8")
    rows = {c.amounts[0].value: c for c in extract_path(path).commitments}
    # The header repeated under "(continued)" goes on with the same table: its total adds up the rows above the break.
    assert (rows[8.7e6].beneficiaries, rows[8.7e6].because.beneficiaries) == (["FJI", "TON", "WSM"], "table_total")


TWO_TABLES = """Development Cooperation Office
Wellington

Memo 32/2031: storm and school grants

The grants below were approved at the April meeting.

Storm recovery grants, NZD thousand

Country                        Approved
------------------------------------------
Fiji                              4,200
Tonga                             2,900

School grants, NZD thousand

Country                        Approved
------------------------------------------
Samoa                             1,600
Vanuatu                           1,100
Total                             2,700

Payments follow in June.
"""


def test_a_table_with_the_same_header_but_no_continued_caption_keeps_its_total_to_itself(tmp_path):
    path = tmp_path / "memo.txt"
    path.write_text(TWO_TABLES, encoding="utf-8")
    rows = {c.amounts[0].value: c for c in extract_path(path).commitments}
    assert (rows[2.7e6].beneficiaries, rows[2.7e6].because.beneficiaries) == (["WSM", "VUT"], "table_total")


BULLETIN = """REEF WATCH                                    Coral Reef Trust | No. 12 | Autumn 2030
CONTENTS                          TRUST FUNDS
Reef surveys ........... 2        REEF SCHOOLS
Grants round ........... 3        IN FIJI
SUVA, 8 March 2030 - The Coral Reef Trust paid the Republic of Fiji a grant of
NZD 1.6 mn on 2 March for five reef schools on the northern coast.
The schools open in 2031.
COMING UP
Reef Day
14-15 August 2030 | Lautoka, Fiji
Members meet in Lautoka for two days.
"""


def test_a_paragraph_the_reader_took_in_a_table_cell_keeps_its_own_verb(tmp_path):
    path = tmp_path / "bulletin.txt"
    path.write_text(BULLETIN, encoding="utf-8")
    (commitment,) = extract_path(path).commitments
    assert (commitment.status, commitment.because.status) == ("disbursed", "delivered")


def test_a_further_sum_of_a_table_row_s_value_is_a_commitment_of_its_own(tmp_path):
    """A row of 12 and "a further EUR 12 million for training" below the table: two sums, not one restated."""
    path = tmp_path / "letter.txt"
    further = "A further EUR 12 million for staff training was granted by the Council in 2025.\n\n"
    path.write_text(LETTER.replace("Yours sincerely,", further + "Yours sincerely,"), encoding="utf-8")
    found = [c for c in extract_path(path).commitments if c.amounts[0].value == 12e6]
    assert len(found) == 2


def test_a_figure_written_with_its_sign_is_a_change_no_sum_given(tmp_path):
    path = tmp_path / "estimates.txt"
    path.write_text(
        "Ministry of Overseas Aid\n\nDate: 3 March 2031\n\nDear Chair,\n\n"
        "The estimates for 2031 are set out below.\n\n"
        "                                    2030        2031      Change\n"
        "                                    €000        €000        €000\n"
        "Water and sanitation              14,200      15,050        +850\n"
        "Rural roads                        9,400       8,100      -1,300\n"
        "Flood recovery                         -           -        +640\n\n"
        "Yours sincerely,\n\nThe Minister\n",
        encoding="utf-8",
    )
    values = {c.amounts[0].value for c in extract_path(path).commitments if c.amounts}
    assert {15.05e6, 8.1e6, 640e3} <= values  # a row's only figure, signed, is the money added
    assert not values & {850e3, 1.3e6}


OPERATORS = """Regional Power Pool Secretariat

Date: 3 March 2031
Subject: Interconnector grants

Dear Director,

The grants approved for the interconnector stand as follows.

Grants approved (USD million)
Operator                  | Eligible cost | Grant
Northgrid Ltd (GH)        | 40.0          | 30.0
Volta Power SA (TG)       | 20.0          | 15.0
Coastal Transmission (CT) | 8.0           | 6.0
Total                     | 68.0          | 51.0

Yours sincerely,

The Director
"""


def test_a_row_labelled_by_a_body_and_its_country_s_code_in_brackets_is_for_that_country(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(OPERATORS, encoding="utf-8")
    rows = {c.amounts[0].value: c.beneficiaries for c in extract_path(path).commitments}
    assert (rows[30e6], rows[15e6]) == (["GHA"], ["TGO"])
    assert rows[6e6] == []  # "(CT)": the initials of the label's own words, no country's code
    assert rows[51e6] == ["GHA", "TGO"]  # the total, for its rows' countries


def test_the_author_s_own_state_in_a_column_headed_as_the_ones_given_to_is_a_beneficiary(tmp_path):
    path = tmp_path / "letter.txt"
    letter = OPERATORS.replace("Regional Power Pool Secretariat", "Ministry of Energy of the Republic of Ghana\nAccra")
    path.write_text(letter.replace("Operator                  |", "Beneficiary               |"), encoding="utf-8")
    rows = {c.amounts[0].value: c.beneficiaries for c in extract_path(path).commitments}
    assert (rows[30e6], rows[15e6], rows[51e6]) == (["GHA"], ["TGO"], ["GHA", "TGO"])


YEAR_COLUMNS = """Ministry of Water

Date: 9 March 2028
Subject: Irrigation fund by year

Dear Director,

Below are the irrigation fund's figures you asked for (in EUR).

  Scheme                   2026         2027
                           actual       outlook
  Canal lining             4,100,000    3,900,000
  Pump stations            1,700,000    2,250,000

Yours sincerely,

The Budget Officer
"""


def test_a_year_s_actual_column_is_spent_and_its_outlook_decided(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(YEAR_COLUMNS, encoding="utf-8")
    status = {c.amounts[0].value: c.status for c in extract_path(path).commitments}
    assert status == {4.1e6: "disbursed", 3.9e6: "adopted", 1.7e6: "disbursed", 2.25e6: "adopted"}


def test_a_column_head_in_the_table_s_own_language_names_its_stage(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(YEAR_COLUMNS.replace("actual      ", "realizado   "), encoding="utf-8")
    status = {c.amounts[0].value: c.status for c in extract_path(path).commitments}
    assert (status[4.1e6], status[1.7e6]) == ("disbursed", "disbursed")


SOURCED_ANNEX = """Ministry of Foreign Affairs
Suva

12 August 2031

Dear Chair,

I enclose the figures the Committee asked for at its hearing of 30 July.

Yours sincerely,

Mele Tupou
Secretary

Annex
Cyclone relief: allocations by the Ministry, 1 March - 30 June 2031
(Note supplied by the Aid Coordination Unit, 5 July 2031)

  Date      Partner                       Purpose              FJD
  4 Mar     Red Cross Society             Shelter kits          90,000
  19 Apr    Save the Children             Schools, Lau group    45,000
  2 Jun     Habitat for Humanity          Roofing               60,000
"""


def test_a_bracketed_note_of_where_a_caption_s_figures_come_from_names_no_stage(tmp_path):
    # "supplied" is the note's verb, not the money's: the rows are the allocations the caption names.
    path = tmp_path / "letter.txt"
    path.write_text(SOURCED_ANNEX, encoding="utf-8")
    status = {c.amounts[0].value: c.status for c in extract_path(path).commitments}
    assert status == {90e3: "adopted", 45e3: "adopted", 60e3: "adopted"}


LEAD_IN_OVER_TABLE = """NORDIC WATER TRUST
Oslo, 9 March 2023

Dear Board members,

Over the past year the Trust has committed grants to seven countries amounting to EUR 64 million. The biggest
are:

Recipient      Grant (EUR m)     Signed      Paid so far (EUR m)
Bolivia            {first}          2022             3.5
Laos               17.0          2023             1.0
Benin              12.5          2022             6.0

The remaining grants are smaller and are listed in the annex.

Yours faithfully,

Ingrid Lund
Director
"""


def test_a_total_leading_in_a_table_of_its_largest_parts_is_for_their_countries(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(LEAD_IN_OVER_TABLE.format(first="21.0"), encoding="utf-8")
    found = {c.amounts[0].value: c for c in extract_path(path).commitments}
    assert found[64e6].beneficiaries == ["BOL", "LAO", "BEN"]
    assert found[64e6].because.beneficiaries == "parts_tabled_below_lead_in"
    # Rows that add up to more than the sum above them are no parts of it.
    path.write_text(LEAD_IN_OVER_TABLE.format(first="41.0"), encoding="utf-8")
    found = {c.amounts[0].value: c for c in extract_path(path).commitments}
    assert found[64e6].beneficiaries == []
