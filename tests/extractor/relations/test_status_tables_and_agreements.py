"""Status of a table's verbless rows from the text around the table, of a column of sums still payable, and of a
sum in a sentence that opens by citing the signed agreement it carries out."""

from __future__ import annotations

from commitment_rows import statuses_of

STATED_TOTAL = """Ministry of Energy

Press release, 3 March 2025

The auction of the northern oil blocks closed today and raised EUR 90 million.

Buyers and prices

   Buyer            Blocks        Price (EUR million)
   Alpha Energy        2                 50
   Beta Petroleum      1                 40
   Total               3                 90
"""


def test_the_verbless_rows_of_a_table_whose_total_the_text_states_take_that_sum_s_status(tmp_path):
    found = statuses_of(tmp_path, STATED_TOTAL)
    assert found[90e6][0] == "adopted"
    assert found[50e6] == found[40e6] == ("adopted", "row_of_total_stated_in_text")


RATE_BESIDE_SHARE = """Ministry of Health

12 May 2024

Dear Director,

The co-financing for this year is as follows:

   Vaccine        Doses        Unit price (USD)        Share (USD)
   Measles       100,000              0.50                50,000
   Polio         200,000              0.25                50,000
   Total         300,000                                 100,000

The full amount of USD 100,000 has been appropriated in the budget for this year.

Yours faithfully,

The Minister
"""


def test_a_rate_in_another_column_of_a_row_does_not_take_the_stated_total_s_status(tmp_path):
    found = statuses_of(tmp_path, RATE_BESIDE_SHARE)
    assert found[100e3][0] == "adopted"
    assert found[50e3] == ("adopted", "row_of_total_stated_in_text")
    assert found[0.5] == found[0.25] == ("planned", "no_verb")


DISBURSABLE = """Minutes of the donor meeting, Lusaka, 4 April 2023

The grant of USD 3 million to Zambia was approved in 2021. Its results-based part is shown below.

   Target                      Allocation (USD)    Disbursable (USD)
   Schools built                    400,000            400,000
   Teachers trained                 600,000            450,000
   Total                          1,000,000            850,000
"""


def test_a_disbursable_column_holds_money_not_yet_paid(tmp_path):
    found = statuses_of(tmp_path, DISBURSABLE)
    assert found[450e3][0] == "planned"
    assert found[600e3][0] == "adopted"
    assert found[850e3][0] == "planned"


IN_ACCORDANCE = """Ministry of Transport

Bishkek, 2 June 2005

Dear Director,

In accordance with the Financing Agreement signed on 4 March 2005, the works will be financed from the proceeds \
of the Credit of USD 12 million.

Yours faithfully,

The Minister
"""


def test_a_future_sum_in_a_sentence_opening_on_a_signed_agreement_it_carries_out_is_adopted(tmp_path):
    assert statuses_of(tmp_path, IN_ACCORDANCE)[12e6] == ("adopted", "stated_as_decided")


VALUED_AFTER_DECISION = """Ministry of Agriculture

Lima, 9 May 2019

Madam Director,

I have the honour to inform you that the Government has approved the donation of seed from its reserves for \
farmers in Bolivia.

2. The seed is valued as follows:

   Crop        Tonnes        Value (PEN)
   Maize          100         200,000.00
   Quinoa          50         150,000.00
   Total          150         350,000.00

Yours faithfully,

The Minister
"""


def test_a_verbless_caption_naming_again_what_the_sentence_before_decided_gives_its_rows_that_stage(tmp_path):
    found = statuses_of(tmp_path, VALUED_AFTER_DECISION)
    assert found[200e3][0] == "adopted"
    assert found[350e3][0] == "adopted"


LOAN_POSITION = """Pacific Infrastructure Fund

Suva, 2 July 2030

Dear Secretary,

Below is where each of our credits to your Ministry stood on 30 June 2030, in NZD thousand:

   Credit     Use                  Date approved    Amount    Paid out    Undisbursed
   C-21       Jetty repairs         11.02.2026       3,000      1,200            1,800
   C-29       School roofs          06.08.2028       5,000        400            4,600

Kind regards,

The Director
"""


def test_a_statement_of_loans_gives_its_amounts_and_undisbursed_balances_the_stage_of_their_approval(tmp_path):
    found = statuses_of(tmp_path, LOAN_POSITION)
    assert found[3e6][0] == found[5e6][0] == "adopted"  # the approved amount, dated in its row
    assert found[1.8e6][0] == found[4.6e6][0] == "adopted"  # decided, not yet paid out
    assert found[1.2e6][0] == found[4e5][0] == "disbursed"


CREDIT_POSITION = """Wellington, 2 April 2030

Dear Minister,

Our loans to Tonga stood as follows at the end of March 2030 (in NZD thousand):

   Loan no.   Purpose            Value      Paid out
   L-7        Harbour wall        2,500        900
   L-9        Water tanks         6,000      2,100

With best wishes,

The Director
"""


def test_an_amount_column_beside_a_disbursed_column_is_the_sum_decided_that_payments_come_from(tmp_path):
    found = statuses_of(tmp_path, CREDIT_POSITION)
    assert found[2.5e6][0] == found[6e6][0] == "adopted"
    assert found[9e5][0] == found[2.1e6][0] == "disbursed"


HEADS_UNDER_PROSE = """Harbour Arts Trust

9 March 2029

Dear trustees,

Yesterday the panel approved the spring round of theatre grants. The figures for each town follow.

Town and venue (EUR thousand)
Tarrow        Old Mill stage                      140
Dunmore       Quay playhouse                       85
Kessingham    school hall lighting                 60

Kind regards,

Mara Lind
Grants officer
"""


def test_rows_under_a_line_of_column_heads_take_the_stage_of_the_prose_that_leads_the_table_in(tmp_path):
    found = statuses_of(tmp_path, HEADS_UNDER_PROSE)
    assert found[140e3][0] == found[85e3][0] == found[60e3][0] == "adopted"
    planned = HEADS_UNDER_PROSE.replace("Yesterday the panel approved", "Next week the panel will consider")
    found = statuses_of(tmp_path, planned)
    assert found[140e3][0] == found[60e3][0] == "planned"
