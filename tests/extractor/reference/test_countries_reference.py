"""Countries defined once: codes from names, other names and demonyms; names from codes; the data rows."""

from __future__ import annotations

import pycountry
import pytest

from extractor.reference import countries


@pytest.mark.parametrize(
    "given, code",
    [
        ("TUN", "TUN"),
        ("tun", "TUN"),
        ("TN", "TUN"),
        ("Tunisia", "TUN"),
        ("  tunisia ", "TUN"),
        ("the Netherlands", "NLD"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("Ivory Coast", "CIV"),
        ("Burma", "MMR"),
        ("U.S.", "USA"),
        ("Kosovo", "XKX"),
        ("XKX", "XKX"),
        ("Libyan", "LBY"),
        ("afghans", "AFG"),
        ("Kosovars", "XKX"),
    ],
)
def test_a_country_by_code_name_other_name_or_demonym(given, code):
    assert countries.country_code(given) == code


@pytest.mark.parametrize("given", ["Narnia", "", "the", "North Africa", "EU", "ZZZ"])
def test_what_is_no_country_has_no_code(given):
    assert countries.country_code(given) is None


def test_names_of_codes():
    assert countries.country_name("TUN") == "Tunisia"
    # pycountry's common name where it has one, else its short name.
    assert countries.country_name("TWN") == "Taiwan"
    assert countries.country_name("TUR") == "Türkiye"
    assert countries.country_name("XKX") is None
    assert countries.country_name("") is None


def test_codes_as_records_write_them():
    assert countries.is_country_code("XKX") and countries.is_country_code("LBY")
    assert not countries.is_country_code("EUR")
    assert countries.is_iso_code("LBY")
    assert not countries.is_iso_code("XKX") and not countries.is_iso_code("lby") and not countries.is_iso_code("")


def test_demonyms_by_kind():
    people, adjectives = countries.demonyms("people"), countries.demonyms("adjective")
    assert people["Afghans"] == "AFG" and "Afghan" not in people
    assert adjectives["Afghan"] == "AFG" and "Afghans" not in adjectives
    assert adjectives["Syrian"] == "SYR" and people["Syrians"] == "SYR"
    assert set(countries.demonyms()) == set(adjectives) | set(people)


def test_the_phrase_table_keeps_case_and_says_where_a_phrase_comes_from():
    table = countries.country_table()
    assert table["Egypt"] == ("EGY", countries.NAME_RULE)
    assert table["Turkey"] == ("TUR", countries.ALIAS_RULE)
    assert table["Libyan"] == ("LBY", countries.DEMONYM_RULE)
    assert table["Arab Republic of Egypt"] == ("EGY", countries.OFFICIAL_RULE)
    # Inverted names are no phrase a letter writes; lower-case words ("turkey" the bird) are none.
    assert "Korea, Republic of" not in table and "turkey" not in table


def test_every_code_is_valid():
    table = countries.country_table()
    assert [(phrase, code) for phrase, (code, _rule) in table.items() if not countries.is_country_code(code)] == []


def test_demonym_rows_are_valid_and_cover_sovereign_states():
    rows = countries.demonym_rows()
    assert all(countries.is_country_code(code) and kind in countries.DEMONYM_KINDS for code, _form, kind in rows)
    assert len({(code, form) for code, form, _kind in rows}) == len(rows), "a demonym row stands twice"
    covered = {code for code, _form, _kind in rows}
    # Every state with a seat at the UN (pycountry has no flag for it: use official names as the
    # sign of a state) has a demonym; dependent territories may lack one.
    states = {c.alpha_3 for c in pycountry.countries if hasattr(c, "official_name")}
    # Territories without a demonym in use, and Dominica, whose "Dominican" is the Dominican
    # Republic's in practice.
    exempt = {"BES", "CUW", "HKG", "MAC", "MNP", "SXM", "VGB", "VIR", "DMA"}
    missing = sorted(states - covered - exempt)
    assert missing == [], missing


def test_the_eu_grouping_is_its_27_member_states():
    members = countries.grouping_members("EU")
    assert len(members) == 27 and {"ITA", "MLT", "HRV"} <= members
    assert all(countries.is_iso_code(code) for code in members)
    assert countries.grouping_members("no such grouping") == frozenset()


def test_a_letterhead_names_its_country_by_the_longest_name():
    assert countries.country_named_in("ministry of the interior of italy") == "ITA"
    assert countries.country_named_in("government of papua new guinea") == "PNG"
    assert countries.country_named_in("the council of the european union") is None


def test_a_country_name_counts_only_as_whole_words():
    assert countries.country_names_in("by nadia kirani\nembassy of iran") == [(27, 31, "IRN")]  # not "kirani"
    assert countries.country_named_in("the womanhood trust") is None  # "oman" inside "womanhood"


def test_places_whose_names_hold_a_genitive_come_from_iso_3166_2():
    from extractor.reference.countries import genitive_places

    found = [m.group(0) for m in genitive_places().finditer("Cox's Bazar, Hawke’s Bay and Canada's north")]
    assert found == ["Cox's Bazar", "Hawke’s Bay"]


def test_self_governing_subdivisions_name_their_country_but_not_a_country_name_or_a_shared_one():
    table = countries.subdivision_table()
    assert table["Québec"] == table["Ontario"] == "CAN"
    assert table["Wales"] == table["Scotland"] == "GBR"
    assert table["Bavaria"] == "DEU" and table["Flanders"] == "BEL"
    assert "Georgia" not in table  # a country's name (and a US state's) names the country
    assert "Punjab" not in table  # a state of India and a province of Pakistan


def test_a_country_named_in_its_own_language_is_that_country():
    assert countries.country_code("República Oriental del Uruguay") == "URY"
    assert countries.country_code("MAGYARORSZÁG") == "HUN"  # any case, accents kept
    assert countries.country_table()["Sénégal"][0] == "SEN"
    assert {code for _s, _e, code in countries.country_names_in("royaume du maroc\nrabat")} == {"MAR"}


def test_each_native_name_row_has_a_known_code_and_no_english_twin():
    english = {name for name, (_code, _rule) in countries.iso_names().items()}
    for code, name in countries._rows_of(countries.NATIVE_NAMES_FILE):
        assert countries.is_country_code(code), code
        assert name not in english, name


def test_subdivision_names_hold_every_kind_of_top_level_subdivision():
    names = countries.subdivision_names()
    assert {"Okayama", "Bayern", "Ontario"} <= names  # a prefecture, a state, a province
    assert "Kurashiki" not in names  # a city is none


def test_historic_names_take_the_code_of_the_country_that_took_their_place():
    from extractor.reference.countries import country_code, historic_names

    names = dict((name, code) for code, name in historic_names())
    assert names["Upper Volta"] == "BFA" and names["Republic of Zaire"] == "COD" and names["Dahomey"] == "BEN"
    assert "Sikkim" not in names and "USSR" not in names  # absorbed as a subdivision; broke up
    assert country_code("upper volta") == "BFA" and country_code("Ceylon") == "LKA"


def test_a_state_that_joined_another_of_its_time_keeps_its_own_historic_code():
    from extractor.reference.countries import country_code

    # Not DEU: the Federal Republic it joined stood beside it, another country of its time.
    assert country_code("German Democratic Republic") == "DDR" and country_code("East Germany") == "DDR"
    assert country_code("West Germany") == "DEU"


def test_country_names_in_finds_other_names_and_names_of_their_time_as_whole_words():
    from extractor.reference.countries import country_names_in

    assert [code for *_, code in country_names_in("kingdom of swaziland")] == ["SWZ"]
    assert [code for *_, code in country_names_in("republic of dahomey, ministry of finance")] == ["BEN"]
    assert country_names_in("the american embassy") == []


def test_postal_code_country_reads_the_forms_only_one_country_writes():
    from extractor.reference.addresses import postal_code_country

    assert postal_code_country("1 Victoria Street, London SW1H 0ET") == "GBR"
    assert postal_code_country("Ottawa, Ontario K1A 0G9") == "CAN"
    assert postal_code_country("3003 Bern") is None
    assert postal_code_country("CO2 and A4 paper") is None


def _named_by_regex(text: str):
    """country_named_in as it was written with a pattern a name: the reference for the str.find scan."""
    import re

    best = None
    for length, name, code in countries._pycountry_names():
        if (best is None or length > best[0]) and any(
            not (m.start() > 0 and text[m.start() - 1].isalnum()) for m in re.finditer(re.escape(name), text)
        ):
            best = (length, code)
    return best[1] if best else None


@pytest.mark.parametrize(
    "text",
    [
        "ministry of the interior of italy",
        "embassy of the republic of korea in kirani",
        "kirani and iran",
        "the niger delta and nigeria",
        "guineaguinea-bissau",
        "dominica, the dominican republic",
        "",
    ],
)
def test_the_longest_country_name_found_as_a_pattern_a_name_would(text):
    assert countries.country_named_in(text) == _named_by_regex(text)


def test_occurrences_do_not_overlap_as_a_patterns_matches():
    assert list(countries._occurrences("aaaa", "aa")) == [0, 2]
    assert list(countries._occurrences("xaax", "aa")) == [1]
    assert list(countries._occurrences("xx", "aa")) == []


@pytest.mark.parametrize("code, valid", [("CSK", True), ("SUN", True), ("TUN", True), ("XKX", True), ("QQQ", False)])
def test_a_former_states_iso_3166_3_code_is_a_country_code(code, valid):
    assert countries.is_country_code(code) is valid


def test_a_state_named_with_its_style_before_a_short_name_the_table_holds():
    # "Republic of Rwanda" is no ISO name ("Rwandese Republic" is); its style, then "Rwanda", is the state's.
    assert "Republic of Rwanda" not in countries.country_table()
    assert countries.is_state_name("the Republic of Rwanda")
    assert countries.is_state_name("Japan") and countries.is_state_name("the Kingdom of Lesotho")
    assert not countries.is_state_name("the Republic of Elbonia")
