"""Status named by words around the sum rather than by its verb: an appeal put forward, a column head over sums
written with their currency, a tentative noun, an appeal's "Requirement" column, a commitment column, a sum made
available, and a signed contribution to be paid."""

from __future__ import annotations

from commitment_rows import statuses_of

APPEAL_TABLE = """Ministry of Interior

Note, 2 June 2031

A revised appeal, covering relief and early recovery after the landslides from June to December 2031, is hereby
presented for a total of USD 4 200 000, broken down as follows:

  Sector                          Requirement     Confirmed
                                        (USD)   pledges (USD)
  Shelter                          2 500 000       1 100 000
  Water and sanitation             1 700 000         300 000
  TOTAL                            4 200 000       1 400 000

Contributions may be paid into the relief account of the Ministry.
"""


def test_an_appeal_put_forward_for_a_sum_and_its_requirement_column_are_planned(tmp_path):
    found = statuses_of(tmp_path, APPEAL_TABLE)
    assert found[4.2e6] == ("planned", "asked_for")
    assert found[2.5e6][0] == found[1.7e6][0] == "planned"
    assert found[1.1e6][0] == found[0.3e6][0] == "adopted"
    # A decision on an appeal is no appeal put forward.
    decided = "Apia, 3 May 2031\n\nThe appeal of the Red Cross was approved by the Board for EUR 2 million.\n"
    assert statuses_of(tmp_path, decided)[2e6][0] == "adopted"


OBLIGATED_AND_ESTIMATED = """Embassy of the United States

Dili, 14 March 2030

Dear Minister,

With the signature of the Agreement, the Agency has obligated $9,000,000, distributed as follows:

                                              Obligated      Total estimated
                                              this action    contribution
  Area 1  Health services                     $5,000,000     $40,000,000
  Area 2  Basic education                     $4,000,000     $35,000,000

Sincerely,

Jane Roe
"""


def test_column_heads_over_sums_written_with_their_currency_give_each_column_its_stage(tmp_path):
    found = statuses_of(tmp_path, OBLIGATED_AND_ESTIMATED)
    assert found[5e6][0] == found[4e6][0] == "adopted"
    assert found[40e6][0] == found[35e6][0] == "planned"


INDICATIVE_SPLIT = """Embassy of Norway

Honiara, 5 September 2029

The new programme provides for an indicative Norwegian contribution of NOK 90 million over 2030 to 2033, allocated as
follows:

  Area                              NOK million
  Fisheries management                     60.0
  Coastal schools                          30.0

For 2030, the planned Norwegian disbursement is NOK 20 million.
"""


def test_a_sum_its_noun_calls_tentative_and_the_rows_that_share_it_out_are_planned(tmp_path):
    found = statuses_of(tmp_path, INDICATIVE_SPLIT)
    assert found[90e6] == ("planned", "named_tentative")
    assert found[20e6] == ("planned", "named_tentative")
    assert found[60e6][0] == found[30e6][0] == "planned"
    # A past decision has overtaken the tentative name.
    approved = (
        "Oslo, 5 May 2029\n\nThe indicative contribution of NOK 90 million was approved by Parliament in April.\n"
    )
    assert statuses_of(tmp_path, approved)[90e6][0] == "adopted"


MEASURES = """Ministry of Development

12 March 2031

Overview of the measures (EUR million)

Measure                                  Original        Status
                                         commitment
Rural roads in the south                 40.0            reduced
Coastal clinics                          25.0            cut in half

The reductions will be communicated to the partners this month.
"""


def test_an_original_commitment_column_gives_its_figures_as_decided(tmp_path):
    found = statuses_of(tmp_path, MEASURES)
    assert found[40e6][0] == found[25e6][0] == "adopted"


def test_a_sum_made_available_by_a_giver_has_gone_out(tmp_path):
    text = (
        "Suva, 2 March 2031\n\nThe Ministry records its gratitude for the assistance already received, in particular:\n\n"
        "  - AUD 3 million made available by Australia through the Red Cross for shelter;\n"
        "  - food and tents provided by New Zealand.\n"
    )
    assert statuses_of(tmp_path, text)[3e6] == ("disbursed", "made_available_in_past")


def test_a_signed_contribution_that_will_be_paid_is_decided(tmp_path):
    text = (
        "The Hague, 3 March 2031\n\nFor the Asian Development Fund, the Dutch contribution to the fourteenth "
        "replenishment of EUR 90 million, signed in May 2030, will be paid in full.\n"
    )
    assert statuses_of(tmp_path, text)[90e6] == ("adopted", "stated_as_decided")


FINANCED_FROM_ALLOCATION = """Agency for Cooperation

Bern, 3 February 2031

Table 3 - Projects financed from the 2031 allocation (in CHF 1,000)

No  Project                       Country       Partner             2031
1   Mountain schools              Nepal         Helvetas            2,400
2   Valley water supply           Bhutan        Caritas             1,300
"""


def test_rows_of_projects_financed_from_an_allocation_are_at_the_allocation_s_stage(tmp_path):
    found = statuses_of(tmp_path, FINANCED_FROM_ALLOCATION)
    assert found[2.4e6][0] == found[1.3e6][0] == "adopted"
    # A finite verb that pays out a stated sum from an allocation still pays out its rows.
    paid = FINANCED_FROM_ALLOCATION.replace(
        "Table 3 - Projects financed from the 2031 allocation (in CHF 1,000)",
        "The Agency disbursed CHF 3.7 million from the 2031 allocation, as follows (in CHF 1,000):",
    )
    assert statuses_of(tmp_path, paid)[2.4e6][0] == "disbursed"
