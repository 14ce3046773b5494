"""Negative cases a review of merge40 reproduced: each input is invented, in the shape the review's probe had."""

from __future__ import annotations

import datetime as dt

from extractor.nlp.amounts import find_amounts


def test_a_currency_word_that_ends_a_country_s_name_is_no_currency_before_a_figure():
    # "Leone" closes "Sierra Leone": a row of a list by country is a count, no sum in leones.
    text = "Shelter kits sent by district:\nTogo 3,100,250\nSierra Leone 2,740,000\nBenin 610,000\n"
    assert [f.value.get("kind") for f in find_amounts(text)] == ["count", "count", "count"]


def test_a_currency_named_before_a_figure_records_its_own_rule():
    found = find_amounts("The council set aside Leones 4,800,000 for the clinics.")
    assert [(f.norm, f.rule) for f in found] == [("SLE 4800000", "money_pre:named")]


def test_a_british_pound_given_to_a_body_named_for_ireland_stays_british():
    # A London letter of before the euro that names a fund for Ireland: the pound is still the writer's own.
    text = (
        "Whitehall, 21 February 1993\n\nDear Chairman,\n\nHer Majesty's Government is pleased to pledge £7.5 million "
        "over two years to the Ireland Peace Schools Trust.\n\nYours sincerely,\n\nMinister of State"
    )
    assert [f.value["currency"] for f in find_amounts(text, letter_date=dt.date(1993, 2, 21))] == ["GBP"]


def test_a_programme_named_for_its_grants_keeps_its_first_word():
    # One financing noun opening a name without "Proposed" is the name's own word ("Grants for ... Scheme").
    from extractor.nlp.programmes import find_programmes

    text = "Last year the Trust paid 40 schools through its Grants for Coastal Libraries Scheme in Fiji."
    assert [n.norm for n in find_programmes(text)] == ["Grants for Coastal Libraries Scheme in Fiji"]


def test_the_canadian_dollar_abbreviated_can_is_cad():
    found = find_amounts("Ottawa's share, Can$ 14.2 million, reaches the flood plains by June.")
    assert [f.norm for f in found] == ["CAD 14200000"]


def test_norad_under_its_english_name_of_the_1970s():
    from extractor.nlp.pipeline import get_nlp

    doc = get_nlp()("Two water engineers were seconded by the Norwegian Agency for International Development.")
    assert [span._.norm for span in doc.spans["organisation"]] == ["Norad"]
