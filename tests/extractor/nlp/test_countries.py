"""Countries: names, other names, demonyms, compounds, and the false friends that are not countries."""

from __future__ import annotations

import pytest

from extractor.nlp.pipeline import get_nlp


def codes(text: str) -> list[str]:
    """Country codes found in a text, in order."""
    doc = get_nlp()(text)
    return [span._.norm for span in doc.spans["country"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We work with Tunisia, Egypt and Jordan.", ["TUN", "EGY", "JOR"]),
        ("Support to the Libyan authorities continues.", ["LBY"]),
        ("We are working with the Turkish authorities.", ["TUR"]),
        ("The situation of Afghans remains difficult.", ["AFG"]),
        ("Syrian refugees in Lebanon need support.", ["SYR", "LBN"]),
        ("The EU-India Strategic Agenda was presented.", ["IND"]),
        ("The EU–Egypt Summit took place.", ["EGY"]),
        ("The United States and the U.S. Treasury acted.", ["USA", "USA"]),
        ("Dutch and British officials met.", ["NLD", "GBR"]),
        ("Türkiye and Turkey are one country.", ["TUR", "TUR"]),
        ("Aid reached Burma, also called Myanmar.", ["MMR", "MMR"]),
        ("Côte d'Ivoire and Côte d’Ivoire and Ivory Coast.", ["CIV", "CIV", "CIV"]),
        ("Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea.", ["PNG", "GNQ", "GNB", "GIN"]),
        ("Niger and Nigeria share a border.", ["NER", "NGA"]),
        ("South Sudan and Sudan.", ["SSD", "SDN"]),
        ("The Dominican Republic and Dominica.", ["DOM", "DMA"]),
        ("Kosovo and Czechia signed.", ["XKX", "CZE"]),
        ("Senegalese and Mauritanian border authorities.", ["SEN", "MRT"]),
        ("Filipino workers and Ivorian students.", ["PHL", "CIV"]),
        ("The Democratic Republic of the Congo and the DRC.", ["COD", "COD"]),
        ("UPDATE ON LIBYA", ["LBY"]),
        ("Georgia applied to join the EU; Tbilisi welcomed it.", ["GEO"]),
        ("Ukraine, Moldova and Georgia are candidate States.", ["UKR", "MDA", "GEO"]),
        ("The Jordan Compact supports refugees.", ["JOR"]),
        ("Talks on the U.S.-Mexico border.", ["USA", "MEX"]),
        ("The Hashemite Kingdom of Jordan and Libyan-led talks.", ["JOR", "LBY"]),
        ("Sudanese refugees in Chad.", ["SDN", "TCD"]),
        ("The United  States and Papua New\nGuinea.", ["USA", "PNG"]),
        ("The Democratic Republic of the\u00a0Congo.", ["COD"]),
        ("Support for the South\n\nSudanese refugees.", ["SDN"]),  # a paragraph break ends a name
        ("Refugees in French Guiana and in Spanish cities.", ["GUF", "ESP"]),
        ("Refugees in Syrian and Iraqi camps.", ["SYR", "IRQ"]),
    ],
)
def test_finds(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mr Jordan chaired the meeting.",
        "I met Michael Jordan yesterday.",
        "My colleague Jordan Hale will write to you.",
        "Our envoy Chad Miller will travel.",
        "Signed: JORDAN T. MERCER",
        "The governor of Georgia met officials in Atlanta.",
        "Flights from Atlanta, Georgia were delayed.",
        "Georgia and several other States offered shelters. I thank their Governors.",
        "We had turkey for dinner.",
        "In May we may act.",
        "Ships crossed the Indian Ocean.",
        "Migrants from Latin America and North America.",
        "An office for ties with Ibero-America hosted the Ibero-American forum.",
        "The Niger Delta and Lake Chad.",
        "Floods hit New Mexico and New Jersey.",
        "Gas fields in the South China Sea.",
        "The European Union and the EU support North Africa.",
        "CONTACT US TODAY",
        "We pledged US$1.4 billion.",
        "He thanked India Jones and President Chad Mahamat.",
        "Material in French-speaking countries, available in Spanish and Portuguese.",
        "The ad ran in English and Spanish, with local spots in 40 markets.",
        "We added Spanish text and chat services to the hotline.",
        "Services for people who speak Spanish or Arabic improve outcomes.",
        "Today the Administration named British A. Robinson its new coordinator.",
        "The Bank of America and the Norwegian Refugee Council.",
        "Arrivals via the Western Balkans.",
        "Vaccines reach Indian Country and urban Indian organizations.",
        "Ads for American Indian and Alaska Native audiences.",
        "The Indian Health Service will invest in Indian health programs of Indian tribes.",
        "It is investing $75 million Canadian dollars and 5 million Swiss francs.",
    ],
)
def test_does_not_find(text):
    assert codes(text) == []


def test_india_is_still_found_beside_the_native_american_phrases():
    # The blockers are phrases, not the word: India's own adjective keeps its sense.
    assert codes("An Indian decarbonization fund and Indian Country clinics.") == ["IND"]


def test_organisation_adjective_is_not_a_country():
    doc = get_nlp()("The Organization of American States met.")
    assert [s._.norm for s in doc.spans["country"]] == []


def test_adjective_in_a_pattern_found_body_is_a_country():
    doc = get_nlp()("We trained the Libyan Coast Guard and the Palestinian Authority.")
    assert [s._.norm for s in doc.spans["country"]] == ["LBY", "PSE"]


def test_offsets_point_at_the_text():
    text = "Aid to Egypt and to the Sudanese."
    doc = get_nlp()(text)
    assert [text[s.start_char : s.end_char] for s in doc.spans["country"]] == ["Egypt", "Sudanese"]


def test_a_letter_about_the_state_of_georgia_keeps_that_sense_throughout():
    from extractor.nlp.pipeline import get_nlp

    text = (
        "Thank you for your letter about the State of Georgia. Our agency has been in touch.\n\n"
        "Fewer than 14,000 people hold the status in Georgia today, and funding reached "
        "providers in Georgia last month."
    )
    doc = get_nlp()(text)
    assert [s._.norm for s in doc.spans["country"]] == []


def test_a_letter_about_the_country_georgia_is_not_mistaken_for_the_state():
    from extractor.nlp.pipeline import get_nlp

    text = (
        "We discussed returns with Georgia on Monday. Georgian authorities in Tbilisi agreed. "
        "The governor of the region also attended."
    )
    doc = get_nlp()(text)
    assert "GEO" in [s._.norm for s in doc.spans["country"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mission will visit Upper Volta and Mali next month.", ["BFA", "MLI"]),
        ("The Republic of Zaire asked for a rescheduling.", ["COD"]),
        ("Experts left Dahomey for Niger.", ["BEN", "NER"]),
        ("The tea estates of Ceylon need new machinery.", ["LKA"]),
        ("Maize from Southern Rhodesia reached Nyasaland.", ["ZWE", "MWI"]),
        ("Zairean officials met the Ceylonese delegation.", ["COD", "LKA"]),
        ("Grants went to Western Samoa and British Guiana.", ["WSM", "GUY"]),
    ],
)
def test_a_country_under_a_name_of_its_time_takes_today_s_code(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Food aid for the Soviet Union was agreed in Rome.", ["SUN"]),
        ("Trade figures for the CSFR differ from those for Yugoslavia.", ["CSK", "YUG"]),
        ("Czechoslovakia and the USSR signed the protocol.", ["CSK", "SUN"]),
        # Their formal names, as treaties and credits of their time name the parties.
        (
            "Credits from the Czechoslovak Socialist Republic and the Union of Soviet Socialist Republics rose.",
            ["CSK", "SUN"],
        ),
    ],
)
def test_a_state_that_broke_up_into_several_keeps_the_code_of_its_time(text, expected):
    # No one country of today is meant: ISO 3166-3 keeps the state's own alpha-3.
    assert codes(text) == expected


def test_a_state_absorbed_into_another_is_no_country_of_its_own():
    assert codes("Monks from Sikkim travelled to the capital.") == []


def test_a_lake_named_after_an_old_country_is_no_country():
    assert codes("Fishing on Lake Tanganyika has declined.") == []


def test_a_translation_from_a_language_names_no_country():
    assert codes("[Unofficial translation from Portuguese]\nWe thank Brazil.") == ["BRA"]


def test_adjective_in_a_known_national_body_is_its_country():
    # A state's own fund or agency names that state ("Kuwaiti Fund" is Kuwait's), unlike a region's body.
    doc = get_nlp()("The Saudi Fund for Development approved a parallel loan.")
    assert [s._.norm for s in doc.spans["country"]] == ["SAU"]


def test_the_original_of_a_translation_names_a_language():
    assert codes("Translated from the Spanish original. The Government of Peru agrees.") == ["PER"]


def test_pan_american_names_the_americas():
    assert codes("We work with the Pan American Health Organization and Brazil.") == ["BRA"]


def test_a_translation_from_the_language_names_no_country():
    assert codes("[Translation from the Portuguese]\nWe thank Angola.") == ["AGO"]


def test_saint_in_each_of_its_forms():
    assert codes("Relief reached St. Lucia, St Kitts and Nevis and Saint Vincent and the Grenadines.") == [
        "LCA",
        "KNA",
        "VCT",
    ]


def test_a_city_named_like_a_country_is_a_city_throughout_the_letter():
    text = "The quake struck the city of Jordan in Ecuador. Our team has worked in Jordan since Monday."
    assert codes(text) == ["ECU"]


def test_the_towns_of_countries_listed_alone_are_the_countries_own_towns():
    # One city is no "towns": "the towns of X" (alone, or with only countries beside it) are the country's.
    text = "Wells were dug in the towns of Jordan and Lebanon. We thank Jordan for its help."
    assert codes(text) == ["JOR", "LBN", "JOR"]
    assert codes("Clinics opened in the towns of Jordan. We thank Jordan.") == ["JOR", "JOR"]
    # A list running on to a city's name, or a single "town of", still names cities.
    assert codes("The quake struck the towns of Jordan and Quito. We thank Ecuador.") == ["ECU"]


def test_a_province_or_district_named_like_a_country_is_no_country():
    # States and provinces are not countries (DIGEST.md): a province that bears a country's name is the province's.
    text = "Nigeria has released relief for the Provinces of Niger and Kano; Niger's governor thanked the Government."
    assert codes(text) == ["NGA"]
    # The provinces of a country, not one named like it, stay that country's.
    assert codes("Relief reached the affected provinces of Türkiye and the Badghis province of Afghanistan.") == [
        "TUR",
        "AFG",
    ]


def test_a_country_s_own_districts_named_like_another_country_s_province_stay_the_country_s():
    # Niger is also a state of Nigeria, Georgia a US state: neither is named here, so each is the country.
    text = "Storms damaged the districts of Niger last week. We stand ready to help Niger rebuild."
    assert codes(text) == ["NER", "NER"]
    assert codes("Teachers in the provinces of Georgia met the Government of Georgia.") == ["GEO", "GEO"]


def test_a_capital_named_like_its_country_is_only_the_city_after_city_of():
    assert codes("The meeting in the city of Luxembourg thanked Luxembourg for its support.") == ["LUX"]


def test_an_island_named_like_a_territory_is_no_country():
    assert codes("Grenada (Carriacou and Petite Martinique) reported damage.") == ["GRD"]


def test_the_republic_of_china_is_taiwan():
    assert codes("The Republic of China (Taiwan) and the People's Republic of China both voted.") == [
        "TWN",
        "TWN",
        "CHN",
    ]


def test_a_language_s_acronym_names_no_country():
    assert codes("The board, known by its Portuguese acronym CNS, met in Maputo, Mozambique.") == ["MOZ"]


def test_a_street_named_after_a_country_is_no_country():
    assert codes("Ministry of Water, Kenya Road, Kampala, Uganda") == ["UGA"]


def test_a_demonym_that_is_no_language_s_name_is_the_country():
    assert codes("Afghan interpreters and Arabic interpreters joined the team.") == ["AFG"]


def test_languages_alone_in_brackets_name_no_country():
    assert codes("Annex: the list of supplies (Portuguese and Russian).") == []
    assert codes("The returnees (Syrian and Iraqi) arrived.") == ["SYR", "IRQ"]


def test_a_longer_name_wrapped_across_a_paragraph_break_keeps_its_country():
    # A cc line a PDF wraps, or a reader splits into paragraphs, leaves the longer name's tail alone.
    assert codes("cc: the Embassy of the People's\n\nRepublic of China in Lima") == ["CHN"]
    assert codes("cc: the Mission of the Democratic People's\n\nRepublic of Korea") == ["PRK"]
    assert codes("Trade with the\n\nRepublic of China (Taiwan) grew.") == ["TWN", "TWN"]
    assert codes("cc: the Embassy of the People's Republic of\n\nChina in Lima") == ["CHN"]


def test_a_name_before_a_province_s_noun_is_the_province_of_another_country_named():
    # Palestine's Gaza is also a province of Mozambique: before "provinces" in a letter on Mozambique, the province.
    text = "In Mozambique the grant repaired schools in Gaza and Sofala provinces and in Gaza Province itself."
    assert codes(text) == ["MOZ"]
    # Named alone, or with no country holding such a province named, the name stays the country's.
    assert codes("We fund the Gaza response in Palestine.") == ["PSE", "PSE"]


def test_a_name_after_a_province_s_government_is_the_province_of_another_country_named():
    # "the provincial government(s) of X": a body of a province, here Mozambique's Gaza, not Palestine.
    assert codes("Mozambique's cabinet paid the provincial government of Gaza and that of Tete.") == ["MOZ"]
    assert codes("In Mozambique the district authorities of Gaza hired nurses.") == ["MOZ"]
    # With no country holding such a province named, the name stays the country's.
    assert codes("Donors met the provincial authorities of Gaza in Palestine.") == ["PSE", "PSE"]


def test_a_name_listed_beside_a_province_of_another_country_named_is_that_country_s_province():
    # Niger is also a state of Nigeria, Gaza a province of Mozambique: beside their sister provinces in a list, in a
    # letter naming the country that holds them, they are provinces.
    assert codes("Nigeria's new clinics opened in Kwara and Niger first.") == ["NGA"]
    assert codes("Nigeria sent vaccines to Kano, Niger and Kwara by truck.") == ["NGA"]
    assert codes("Mozambique rebuilt bridges in Tete, Gaza and Sofala after the floods.") == ["MOZ"]
    # A region's noun after the name says so too; before "of" and a country, the region is that country's.
    assert codes("Mozambique lost its maize harvest in the Gaza region this year.") == ["MOZ"]
    assert codes("Nigeria and the Zinder region of Niger got seed; Niger paid.") == ["NGA", "NER", "NER"]
    # Beside a country's name or beside no province, the people and the country stay theirs.
    assert codes("Ethiopia shelters Somali and Eritrean families.") == ["ETH", "SOM", "ERI"]
    assert codes("Ethiopia hosts Somali families near Kenya.") == ["ETH", "SOM", "KEN"]


def test_a_disease_named_after_a_country_or_a_coast_is_no_country():
    text = "Chad's nurses treat Guinea worm, and Nepal vaccinates against Japanese encephalitis."
    assert codes(text) == ["TCD", "NPL"]
