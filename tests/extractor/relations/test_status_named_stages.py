"""Status named by words around the sum rather than by its verb: an appeal put forward, a column head over sums
written with their currency, a tentative noun, an appeal's "Requirements" column, a commitment column, a sum made
available, a signed contribution to be paid, and rows drawn on an allocation a caption names."""

from __future__ import annotations

from commitment_rows import statuses_of

APPEAL_TABLE = """Disaster Management Office

Port Alba, 11 October 2031

Our updated cyclone appeal is now launched to partners for EUR 4.5 million. By cluster:

  Cluster      Requirements (EUR)   Pledges confirmed (EUR)
  Food                  2,000,000                   800,000
  Health                1,600,000                   200,000

Partners wishing to help may contact the Office.
"""


def test_an_appeal_put_forward_for_a_sum_and_its_requirements_column_are_planned(tmp_path):
    found = statuses_of(tmp_path, APPEAL_TABLE)
    assert found[4.5e6] == ("planned", "asked_for")
    assert found[2e6][0] == found[1.6e6][0] == "planned"
    assert found[0.8e6][0] == found[0.2e6][0] == "adopted"
    # A decision on an appeal is no appeal put forward.
    decided = "Port Alba, 9 May 2031\n\nThe Council endorsed the cyclone appeal with a grant of CHF 4 million.\n"
    assert statuses_of(tmp_path, decided)[4e6][0] == "adopted"


def test_contributions_received_in_answer_to_an_appeal_are_paid(tmp_path):
    # The appeal is only what the items answer: "received" decides them.
    text = (
        "Port Alba, 2 April 2031\n\nIn answer to our flood appeal, these gifts have been received so far:\n\n"
        "  - CHF 3 million from Switzerland;\n  - CHF 1 million from Liechtenstein.\n"
    )
    found = statuses_of(tmp_path, text)
    assert found[3e6][0] == found[1e6][0] == "disbursed"


COMMITTED_AND_PLANNED = """EU Office in Lesotho

Maseru, 2 July 2030

Your Excellency,

Following the signature of the Financing Agreement, the Commission commits $7,500,000 to the two components below.

                              Committed        Planned
                              now              in all
  Water supply               $4,500,000      $30,000,000
  Vocational training        $3,000,000      $22,000,000

Yours faithfully,

Head of Delegation
"""


def test_column_heads_over_sums_written_with_their_currency_give_each_column_its_stage(tmp_path):
    found = statuses_of(tmp_path, COMMITTED_AND_PLANNED)
    assert found[4.5e6][0] == found[3e6][0] == "adopted"
    assert found[30e6][0] == found[22e6][0] == "planned"


TENTATIVE_ENVELOPE = """Embassy of Sweden

Windhoek, 8 August 2029

For the years 2030-2032 we foresee a tentative Swedish envelope of SEK 75 million, to be shared by sector:

  Sector              SEK million
  Renewable energy           45.0
  Land reform                30.0

Of this, the first provisional payment is SEK 15 million, due in 2030.
"""


def test_a_sum_its_noun_calls_tentative_and_the_rows_that_share_it_out_are_planned(tmp_path):
    found = statuses_of(tmp_path, TENTATIVE_ENVELOPE)
    assert found[75e6] == ("planned", "named_tentative")
    assert found[15e6] == ("planned", "named_tentative")
    assert found[45e6][0] == found[30e6][0] == "planned"
    # A past decision has overtaken the tentative name.
    endorsed = "Stockholm, 5 May 2029\n\nThe provisional envelope of SEK 75 million was endorsed by the Riksdag.\n"
    assert statuses_of(tmp_path, endorsed)[75e6][0] == "adopted"


UNDER_REVIEW = """Ministry of Foreign Trade

4 April 2031

Programmes under review (NOK million)

Programme                 Original commitment      Decision
Harbour dredging          55.0                     withdrawn
Teacher colleges          18.0                     halved

Partners will hear from us in May.
"""


def test_an_original_commitment_column_gives_its_figures_as_decided(tmp_path):
    found = statuses_of(tmp_path, UNDER_REVIEW)
    assert found[55e6][0] == found[18e6][0] == "adopted"


def test_a_sum_made_available_by_a_giver_has_gone_out(tmp_path):
    text = (
        "Nuku'alofa, 6 June 2031\n\nWe thank our partners for the support that has reached us:\n\n"
        "  - JPY 300 million made available by Japan via UNICEF for water tanks;\n"
        "  - a field hospital sent by Korea.\n"
    )
    assert statuses_of(tmp_path, text)[300e6] == ("disbursed", "made_available_in_past")


def test_a_signed_contribution_that_will_be_paid_is_decided(tmp_path):
    text = (
        "Copenhagen, 8 January 2031\n\nOur contribution of DKK 400 million to the African Development Fund, "
        "signed last November, will be paid on schedule.\n"
    )
    assert statuses_of(tmp_path, text)[400e6] == ("adopted", "stated_as_decided")


FUNDED_UNDER_BUDGET = """Development Cooperation Office

Vaduz, 3 February 2031

Schemes funded under the 2030 allocation (EUR thousand)

Scheme                     Partner country       Amount
Solar pumps                Chad                   1,800
Rural clinics              Niger                    900
"""


def test_rows_of_schemes_funded_under_an_allocation_are_at_its_stage(tmp_path):
    found = statuses_of(tmp_path, FUNDED_UNDER_BUDGET)
    assert found[1.8e6][0] == found[0.9e6][0] == "adopted"
    # A caption's participle of paying out names the rows' payment itself, whatever money it came from.
    paid = FUNDED_UNDER_BUDGET.replace("Schemes funded under", "Amounts disbursed under")
    assert statuses_of(tmp_path, paid)[1.8e6][0] == "disbursed"
    # So does a finite verb that pays out a stated sum from an allocation.
    stated = FUNDED_UNDER_BUDGET.replace(
        "Schemes funded under the 2030 allocation (EUR thousand)",
        "The Office disbursed EUR 2.7 million under the 2030 allocation, as follows (EUR thousand):",
    )
    assert statuses_of(tmp_path, stated)[1.8e6][0] == "disbursed"
