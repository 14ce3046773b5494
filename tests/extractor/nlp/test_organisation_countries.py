"""The state the reference data gives a national body whose name names none."""

from __future__ import annotations

from extractor.nlp.organisations import record_countries


def test_a_donor_agency_whose_name_names_no_state_has_its_state_in_the_data():
    countries = record_countries()
    assert countries["Department for International Development"] == "GBR"
    assert countries["KfW"] == "DEU"
