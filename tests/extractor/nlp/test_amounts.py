"""Amounts: what must be found (money, percentages, counts) and what must not (years, references)."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from numbers_eval import letters_scores, seed_scores

from extractor.nlp.amounts import (
    NAMED_ENDS_COUNTRY,
    NAMED_PLAIN_NUMBER,
    dollar_rule,
    find_amounts,
    letter_dollar,
    parse_number,
    sums_passed_over,
)


def one(text: str) -> dict:
    """The single amount found in ``text``, with the text it covers."""
    found = find_amounts(text)
    assert len(found) == 1, [(text[f.start : f.end], f.norm) for f in found]
    return dict(found[0].value, text=text[found[0].start : found[0].end], norm=found[0].norm)


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("The package of EUR 675 million was adopted.", 675e6, "EUR"),
        ("Investments reached €1.2bn last year.", 1.2e9, "EUR"),
        ("a budget of € 1,5 million", 1.5e6, "EUR"),
        ("The United States provided $33.0 billion.", 33e9, "USD"),
        ("We add USD 5m for shelters.", 5e6, "USD"),
        ("a pledge of US$ 2 million", 2e6, "USD"),
        ("The scheme costs £450,000 a year.", 450000, "GBP"),
        ("GBP 3.5 million for the patrols", 3.5e6, "GBP"),
        ("UNHCR needs CHF 12 million now.", 12e6, "CHF"),
        ("They will receive 675 million euros.", 675e6, "EUR"),
        ("a grant of 5 million dollars", 5e6, "USD"),
        ("EUR 1\u2009250\u2009000 for training", 1.25e6, "EUR"),
        ("EUR 15\u202f750\u202f000 in total", 15.75e6, "EUR"),
        ("an allocation of 10.000 EUR", 10000, "EUR"),
        ("EUR 2.500.000 for the coast guard", 2.5e6, "EUR"),
        ("a loan of 2 billion Egyptian pounds", 2e9, "EGP"),
        ("Japan gave ¥500 million.", 5e8, "JPY"),
        ("a transfer of INR 40 crore", 4e8, "INR"),
        ("Rs. 5 lakh per family", 5e5, "INR"),
        ("a reserve of NPR 1.6 arba", 1.6e9, "NPR"),
        ("a further US$1.4 billion", 1.4e9, "USD"),
        ("allocated CHF 12'500'000 in aid", 12.5e6, "CHF"),
        ("and CHF 2’000’000 to UNHCR", 2e6, "CHF"),
        ("about 1.2 billion USD", 1.2e9, "USD"),
        ("€500m for surveillance", 5e8, "EUR"),
        ("a loan of EUR1.2bn", 1.2e9, "EUR"),
        ("obligated $1.2B in FY23", 1.2e9, "USD"),
        ("3 billion euro in loans", 3e9, "EUR"),
        # A footnote mark in superscript after the scale word or the currency word.
        ("a total of DKK 1.1 billion¹ in 2023", 1.1e9, "DKK"),
        ("they will receive 675 million euros² next year", 675e6, "EUR"),
        # Local abbreviations English-language texts of the Gulf, East Africa and Asia write.
        ("a concessional loan of KD 15 million to Egypt", 15e6, "KWD"),
        ("SR 3.75 billion for the Fund", 3.75e9, "SAR"),
        ("counterpart funds of KSh 1.1 billion", 1.1e9, "KES"),
        ("a grant of NIS 40 million", 40e6, "ILS"),
        ("grant aid of RMB 80 million for clinics", 80e6, "CNY"),
        # A number written in several words: "and" after "hundred", a hyphen between tens and units.
        ("a grant of one hundred and eighty million euros to", 180e6, "EUR"),
        ("twenty-five million United States dollars", 25e6, "USD"),
        ("two hundred million Danish kroner", 200e6, "DKK"),
        ("forty million kronor for the programme", 40e6, "SEK"),
    ],
)
def test_money_in_any_currency_form(text, value, currency):
    found = find_amounts(text)
    money = [f for f in found if f.value["kind"] == "money"]
    assert len(money) == 1
    assert money[0].value["value"] == pytest.approx(value)
    assert money[0].value["currency"] == currency


@pytest.mark.parametrize(
    "text, currency, covered",
    [
        ("Canada is investing $75 million Canadian dollars over six years.", "CAD", "$75 million Canadian dollars"),
        ("a further $3 million Australian dollars for Fiji", "AUD", "$3 million Australian dollars"),
        ("We give $5 million dollars to Chad.", "USD", "$5 million dollars"),
        ("The United States gives $20 million to Mali.", "USD", "$20 million"),
        ("Canada ($1.21 billion Canadian), all increased their pledges", "CAD", "$1.21 billion Canadian"),
        ("Australia gave $40 million Australian.", "AUD", "$40 million Australian"),
        # A noun after the adjective says whose the thing is, not which dollar.
        ("the $5 million Canadian contribution", "USD", "$5 million"),
        ("$5 million canadian", "USD", "$5 million"),
    ],
)
def test_the_dollar_named_after_a_bare_dollar_sign_decides_the_currency(text, currency, covered):
    found = one(text)
    assert (found["currency"], found["text"]) == (currency, covered)


def test_money_norm_is_code_and_units():
    assert one("EUR 675 million")["norm"] == "EUR 675000000"


@pytest.mark.parametrize(
    "text, value, upper",
    [
        ("EUR 10-15 million", 10e6, 15e6),
        ("between 5 and 7 million euros", 5e6, 7e6),
        ("$3 to $4 billion", 3e9, 4e9),
        ("EUR 10 million to EUR 15 million", 10e6, 15e6),
    ],
)
def test_money_ranges(text, value, upper):
    amount = one(text)
    assert (amount["value"], amount["upper"]) == (pytest.approx(value), pytest.approx(upper))


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("over EUR 5 million", "over"),
        ("more than 4,500 Albanians", "over"),
        ("around EUR 393 million", "around"),
        ("some 2000 migrants", "around"),
        ("up to 500 staff", "up to"),
        ("at least 3%", "at least"),
        ("nearly 3.6 million Syrians", "nearly"),
        ("another EUR 80 million", None),
    ],
)
def test_qualifiers_are_kept(text, qualifier):
    assert one(text)["qualifier"] == qualifier


@pytest.mark.parametrize(
    "text, value",
    [
        ("declined 23% this year", 23),
        ("a fall of 23 % in arrivals", 23),
        ("up 23 per cent", 23),
        ("up 23 percent", 23),
        ("47% less than last year", 47),
        ("a 37% drop", 37),
        ("rose by 2.5 percentage points", 2.5),
        ("from A to 48.4 per cent", 48.4),
        ("ten per cent of claims", 10),
        # A basis point is a hundredth of a percentage point.
        ("a bond priced at 21 basis points over mid-swaps", 0.21),
    ],
)
def test_percentages(text, value):
    amount = one(text)
    assert amount["kind"] == "percent" and amount["value"] == pytest.approx(value)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("over 7 000 migrants were returned", 7000, "migrants"),
        ("22 000 returns so far", 22000, "returns"),
        ("12,500 people crossed", 12500, "people"),
        ("3 million refugees", 3e6, "refugees"),
        ("1.5 million displaced persons", 1.5e6, "displaced persons"),
        ("two million refugees", 2e6, "refugees"),
        ("280 irregular crossings", 280, "irregular crossings"),
        ("over 4,500 Albanians have been returned", 4500, "Albanians"),
        ("helped 530 U.S. citizens leave", 530, "U.S. citizens"),
        ("up to 1 500 a day", 1500, "per day"),
        ("85.000 arrivals by sea", 85000, "arrivals"),
        ("to help 2 million Sudanese", 2e6, "Sudanese"),
        ("more than 40 current and former Guatemalan officials", 40, "current and former Guatemalan officials"),
        ("the 27 EU Member States", 27, "EU Member States"),
        # A number in several words is one number, not its first word counting the rest ("3 hundred thousand").
        ("three hundred thousand people were displaced", 3e5, "people"),
        ("two hundred and fifty thousand refugees", 2.5e5, "refugees"),
    ],
)
def test_counts_with_what_they_count(text, value, unit):
    amount = one(text)
    assert amount["kind"] == "count"
    assert amount["value"] == pytest.approx(value)
    assert amount["unit"] == unit


def test_capitalised_adjective_before_the_counted_noun():
    amount = one("Japan will accept up to 150 Syrian students.")
    assert (amount["value"], amount["unit"]) == (150, "Syrian students")


def test_percent_ignores_space_grouped_table_cells():
    assert [f.norm for f in find_amounts("242 100 %")] == ["100%"]


def test_grouped_number_without_known_noun_is_a_count():
    amount = one("more than 725,000 Rohingya have fled")
    assert (amount["kind"], amount["value"]) == ("count", 725000)


def test_scaled_number_with_its_people_further_on_stays_a_count():
    found = find_amounts("It seeks USD 10.2 billion to assist 122.6 million forcibly displaced and stateless people.")
    assert [(f.value["kind"], f.value["value"]) for f in found] == [("money", 10.2e9), ("count", 122.6e6)]


def test_people_after_money_are_counted_not_paid():
    found = find_amounts("EUR 10 million will help 2 million Sudanese.")
    assert [(f.value["kind"], f.value["unit"]) for f in found] == [("money", None), ("count", "Sudanese")]


@pytest.mark.parametrize(
    "text, values",
    [
        ("These August 15 attacks followed a series of attacks.", []),
        ("I directed the August 23 strikes.", []),
        ("In May 500 migrants arrived.", [500]),
        ("There were some 15 attacks.", [15]),
    ],
)
def test_a_day_after_its_month_counts_nothing(text, values):
    assert [f.value["value"] for f in find_amounts(text)] == values


@pytest.mark.parametrize("people", ["Latinos", "Latinas", "Hispanics", "Filipinos"])
def test_peoples_in_os_and_ics_after_money_are_counted_not_paid(people):
    found = find_amounts(f"Insulin is capped at $35 for enrollees, which includes five million {people}.")
    assert [(f.value["kind"], f.value["value"], f.value["unit"]) for f in found] == [
        ("money", 35, None),
        ("count", 5e6, people),
    ]


@pytest.mark.parametrize(
    "text, values",
    [
        ("Funding rose from $6.3 billion to $7.25 billion.", [6.3e9, 7.25e9]),
        ("The share fell from 23% to 17%.", [23, 17]),
        ("from EUR 5 million to EUR 7 million", [5e6, 7e6]),
        # A fall: the second sum is smaller, still two amounts.
        ("Stipends were cut from $40 to $25 per family each week.", [40, 25]),
        ("The grant shrank from GBP 8 million to GBP 3 million.", [8e6, 3e6]),
    ],
)
def test_a_change_from_one_amount_to_another_is_two_amounts(text, values):
    found = find_amounts(text)
    assert [f.value["value"] for f in found] == [pytest.approx(v) for v in values]
    assert all(f.value["upper"] is None for f in found)


def test_scaled_number_after_money_takes_its_currency():
    found = find_amounts("EUR 5 million for Niger and 3 million for Chad.")
    assert [(f.value["kind"], f.value["currency"], f.value["value"]) for f in found] == [
        ("money", "EUR", 5e6),
        ("money", "EUR", 3e6),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 the partnership was launched.",
        "since 2023 with Tunisia",
        "under Section 202 of the Act",
        "Article 5 of the Treaty",
        "Executive Order 13818 of 20 December 2017",
        "Resolution 2240 of the Security Council",
        "pursuant to 50 U.S.C. 1701",
        "Regulation (EU) 2024/1348 applies",
        "the 3rd meeting of the council",
        "for three years",
        "within 90 days of the notice",
        "for 6 months",
        "(i) people as driving forces",
        "the meeting starts at 10:30",
        "on 16 October we adopted",
        "the G7 Leaders' statement",
        "the COVID-19 crisis",
        "call +32 2 299 11 11",
        "paragraph 12 lists the measures",
        "the motion passed 9-4 in committee",
    ],
)
def test_not_amounts(text):
    assert find_amounts(text) == [], [(text[f.start : f.end]) for f in find_amounts(text)]


@pytest.mark.parametrize(
    "raw, scaled, value",
    [
        ("1,250", False, 1250),
        ("1,5", True, 1.5),
        ("1.250", True, 1.25),
        ("10.000", False, 10000),
        ("1.250.000", False, 1250000),
        ("1,250.50", False, 1250.5),
        ("1.250,50", False, 1250.5),
        ("7\u00a0000", False, 7000),
        ("33.0", True, 33.0),
    ],
)
def test_number_separators(raw, scaled, value):
    assert parse_number(raw, scaled) == pytest.approx(value)


def test_bare_dollar_follows_the_letter():
    assert letter_dollar("We give A$ 5 million and $3 million more.") == "AUD"
    assert letter_dollar("We give $3 million.") == "USD"
    assert letter_dollar("A$ 5 million and US$ 2 million and $1 million") == "USD"
    assert letter_dollar("Canada disbursed C$390 million, USD 5m for police and $75 million more.") == "CAD"
    assert letter_dollar("The U.S. gave $75 million; Canada gave C$ 10 million.") == "CAD"  # known limit


BODY = "Through the new programme, Canada will provide $150 million over five years to local organizations.\n"


@pytest.mark.parametrize(
    "text, author, expected",
    [
        # The document says which dollar it counts in, whatever else it names.
        (
            "Aid is $4 billion; the Facility seeks US$500 million.\nAll figures are in Australian dollars.",
            "",
            ("AUD", "dollar.stated"),
        ),
        # Its author (letterhead, signatory) names its country, and its text names that country most.
        (
            BODY + "Canada's aid grew.",
            "Minister of Development\nOttawa, Canada K1A 0G2",
            ("CAD", "dollar.home_country"),
        ),
        # A fact sheet without letter parts: its head lines before the first long line.
        (
            "Australian Government\nFact sheet\n\n" + BODY.replace("Canada", "Australia"),
            "",
            ("AUD", "dollar.home_country"),
        ),
        # A US letter to Canada: the author names the US, so no single home country; "$" stays USD.
        (
            BODY + "Canada and Canadians",
            "The Embassy of the United States of America\nOttawa, Canada",
            ("USD", "dollar.default"),
        ),
        # Named in the head but less in the text than another dollar country: no home country.
        (
            "Canada\n\n" + BODY.replace("Canada", "The United States") + " The United States helps.",
            "",
            ("USD", "dollar.default"),
        ),
        # An international organisation's document counts in US dollars, though it marks a co-financier's
        # sum "A$" (else the one other dollar it writes would be its own).
        (
            "ASIAN DEVELOPMENT BANK\nFACT SHEET\n\n"
            + BODY.replace("Canada", "the Bank")
            + "Australia adds A$20 million.",
            "",
            ("USD", "dollar.international_author"),
        ),
        (
            "FACT SHEET\n\n" + BODY.replace("Canada", "ADB") + "Australia adds A$20 million.",
            "",
            ("AUD", "dollar.only_other"),
        ),
        # A text that is all head (no body line) says nothing of its country.
        ("the $5 million Canadian contribution", "", ("USD", "dollar.default")),
        # A province's government is of its country, which it need not name; an international organisation
        # and a country named only in the addressee block are the reader's, not the author's.
        (
            "Government of Ontario\nToronto\n\nDr. Amina Diallo\nUnited Nations Development Programme\n"
            "Dakar, Senegal\n\n" + BODY.replace("Canada", "Ontario"),
            "",
            ("CAD", "dollar.home_country"),
        ),
    ],
)
def test_the_dollar_rules_in_order(text, author, expected):
    assert dollar_rule(text, author) == expected


def test_a_bare_dollar_word_is_the_documents_dollar():
    text = (
        "All figures are in Australian dollars. More than two billion dollars – $2.006 billion – goes to the Pacific."
    )
    assert [f.norm for f in find_amounts(text)] == ["AUD 2000000000", "AUD 2006000000"]


@pytest.mark.parametrize(
    "text, currency, value",
    [
        ("an arrangement of SDR 2.242 billion for Ghana", "XDR", 2.242e9),
        ("the LEAP budget rises to GH¢ 1.7 billion this year", "GHS", 1.7e9),
        ("the LEAP budget rises to GH₵ 1.7 billion this year", "GHS", 1.7e9),
        ("a Fund grant of UA 4.2 million for the feasibility studies", "XUA", 4.2e6),
    ],
)
def test_sdr_and_cedi_sums_are_money(text, currency, value):
    found = find_amounts(text)
    assert [(f.value["kind"], f.value["currency"], f.value["value"]) for f in found] == [("money", currency, value)]


def test_a_table_column_headed_by_a_currency_and_scale_holds_sums():
    text = (
        "Estimated aid, 2024-25\n\n"
        "  Partner / program          $ million\n"
        "  Papua New Guinea              637.4\n"
        "  Total Pacific               2,005.6\n\n"
        "In 2023, 12 projects ran."
    )
    found = [(f.rule, f.value["currency"], f.value["value"]) for f in find_amounts(text)]
    assert found[:2] == [("money_column", "USD", 637.4e6), ("money_column", "USD", 2005.6e6)]
    assert all(f.value["kind"] != "money" for f in find_amounts(text.replace("$ million", "Partners")))


def test_a_bare_dollars_sum_records_the_rule_that_chose_its_currency():
    text = (
        "Australian Government\n\n"
        + BODY.replace("Canada", "Australia")
        + " It adds $3 million and 2 million more, US$ 4 million, $5 to $6 million."
    )
    found = {f.norm: f.rule_id for f in find_amounts(text)}
    assert found["AUD 3000000"] == "money_pre+dollar.home_country"
    assert found["AUD 2000000"] == "money_elided+dollar.home_country"  # the currency of the sum before it
    assert found["USD 4000000"] == "money_pre"  # named: no dollar rule decided it
    assert found["AUD 5000000-6000000"] == "money_pre+dollar.home_country"
    column = find_amounts("Aid, 2024-25\n\n  Partner          $ million\n  Fiji     37.4\n\nDone.")
    assert [f.rule_id for f in column] == ["money_column+dollar.default"]


def test_component_writes_spans_with_values():
    import extractor.nlp.amounts  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("letters_amounts")
    doc = nlp("In 2025, IOM facilitated the return of over 7 000 migrants with EUR 80 million.")
    spans = list(doc.spans["amount"])
    assert [s.text for s in spans] == ["over 7 000 migrants", "EUR 80 million"]
    assert spans[0]._.value["kind"] == "count" and spans[0]._.value["qualifier"] == "over"
    assert spans[1]._.norm == "EUR 80000000" and spans[1]._.rule == "money_pre"


def test_seed_amounts_f1():
    scores = seed_scores()
    assert scores["amounts"].f1 >= 0.97, (scores["amounts"].missed, scores["amounts"].spurious)


def test_test_letters_amounts_f1():
    score = letters_scores()["amounts"]
    assert score.f1 >= 0.9, score.missed


@pytest.mark.parametrize(
    "text, value",
    [
        ("The vaccines saved six million lives.", 6e6),
        ("We will donate 500 million doses.", 500e6),
        ("About 1,400 personnel remain deployed.", 1400),
        ("Some 2,000 U.S. troops left.", 2000),
        ("The programme created 10,000 jobs.", 10000),
        ("Over 300,000 cases were reported.", 300000),
    ],
)
def test_counts_of_people_doses_lives_cases_and_jobs(text, value):
    found = one(text)
    assert (found["kind"], found["value"]) == ("count", value)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The storm injured four others in the camp.", 4, "others"),
        ("Seventeen aid workers were evacuated.", 17, "aid workers"),
        ("It hosted three Kenyan volunteers.", 3, "Kenyan volunteers"),
        ("The blast wounded two United Kingdom service members.", 2, "United Kingdom service members"),
    ],
)
def test_number_words_count_the_people_they_name(text, value, unit):
    amount = one(text)
    assert (amount["kind"], amount["value"], amount["unit"]) == ("count", value, unit)


@pytest.mark.parametrize(
    "text",
    ["The two countries signed.", "One of the partners left.", "Five reports were filed.", "the three institutions"],
)
def test_number_words_before_other_nouns_are_not_counts(text):
    assert find_amounts(text) == []


def test_a_country_name_modifies_the_counted_noun():
    amount = one("Roughly 240 United Arab Emirates naval personnel took part.")
    assert (amount["value"], amount["unit"]) == (240, "United Arab Emirates naval personnel")


def test_such_before_the_counted_noun():
    assert one("We hold 12 such prisoners today.")["value"] == 12


def test_a_decimal_without_a_scale_counts_nothing_whole():
    assert find_amounts("to deliver 2.5 vaccine doses") == []


@pytest.mark.parametrize(
    "text",
    [
        "as required by Public Law 95-223",
        "the 117th Congress",
        "section 1702 of the International Emergency Economic Powers Act",
        "Executive Order 14024 remains in effect",
        "consistent with United Nations Security Council Resolution 2231",
    ],
)
def test_statute_law_order_resolution_and_congress_numbers_are_not_amounts(text):
    assert find_amounts(text) == []


def test_a_sum_given_to_a_number_of_partners_is_no_range():
    found = find_amounts("The Fund has disbursed USD 45 million to 38 partners since January.")
    assert [(f.norm, f.rule) for f in found] == [("USD 45000000", "money_pre:to_count"), ("38 partners", "count")]
    found = find_amounts("USD 45 million to 380 partners")
    assert [f.norm for f in found] == ["USD 45000000", "380 partners"]
    assert one("USD 5 to 7 million")["upper"] == 7e6  # a range stays one


def test_a_weight_in_pounds_is_no_sum():
    found = find_amounts("the equivalent of burning 6.8 billion pounds of coal.")
    assert [(f.value["kind"], f.value["value"], f.value["unit"]) for f in found] == [("count", 6.8e9, None)]
    assert one("a grant of 5 million pounds to the city")["currency"] == "GBP"


def test_a_ratio_counts_nothing():
    assert find_amounts("Community Health Centers serve 1 in 5 people living in rural communities.") == []


def test_a_misspelt_scale_still_scales():
    assert one("committed to provide 1.2 billon vaccine doses")["value"] == 1.2e9


@pytest.mark.parametrize(
    "text, values",
    [
        ("To date, 35 people have departed and a further 47 have been approved.", [35, 47]),
        ("45,755 people crossed, up from 28,526 in 2021 and fewer than 300 in 2018.", [45755, 28526, 300]),
        ("Crossings fell from around 1 740 a day to an average of 47 in May.", [1740, 47]),
        # No count before it, or a noun after it: no elided count.
        ("The plan has a further 47 of them.", []),
        ("More than 500 people arrived over 3 days.", [500]),
        # A year after a word of comparison is the year compared with.
        ("Grants reached 3,400 households, an increase of 9 percent over 2019.", [3400]),
    ],
)
def test_a_number_whose_noun_is_left_out_counts_what_the_count_before_it_counted(text, values):
    found = [f for f in find_amounts(text) if f.value["kind"] == "count"]
    assert [f.value["value"] for f in found] == values
    if len(values) > 1 and len(found) == len(values):
        assert found[-1].rule == "count:elided"


def test_a_bodys_name_before_people_is_a_modifier():
    assert one("Since last June, 23 United Nations personnel have been detained.")["value"] == 23


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In Papua New Guinea, rice retails at more than K6 per kilogram in Port Moresby.", ["PGK 6"]),
        ("In Papua New Guinea the grant is K6 million.", ["PGK 6000000"]),
        # Two named countries write "K": which currency is unknown.
        ("In Papua New Guinea and Zambia, rice costs K6 per kilogram.", []),
        # No country that writes "K" is named.
        ("We paid K6 million.", []),
        # The rand's "R", with a decimal comma and space-grouped thousands as South Africa writes them.
        ("South Africa gave R12,5 million and then R8 000 000.", ["ZAR 12500000", "ZAR 8000000"]),
        ("Round R2 of the talks began.", []),
        # The pula's "P" where Botswana is named, and nowhere else ("the P5 members").
        ("Botswana will spend P2.4 billion on roads.", ["BWP 2400000000"]),
        ("The P5 members met in Geneva.", []),
        # A sign that ends in a stop stands a space before its figure: the ngultrum where Bhutan is named.
        ("Bhutan will add Nu. 45 million for rural schools.", ["BTN 45000000"]),
        ("Nepal will add Nu. 45 million for rural schools.", []),
    ],
)
def test_a_letter_sign_is_money_only_where_one_named_country_writes_it(text, expected):
    assert [f.norm for f in find_amounts(text) if f.value["kind"] == "money"] == expected


def test_a_column_headed_by_a_percent_sign_holds_percentages_whatever_the_caption_s_unit():
    table = (
        "Table 4: Grants paid, 2024 (USD)\n\n"
        "District | Paid | Change (%)\n\n"
        "North | 250 000 | -12.5\n\n"
        "South | 400 000 | +3.0\n\n"
        "Both rose."
    )
    found = [(f.rule_id, f.value["kind"], f.value["value"]) for f in find_amounts(table)]
    assert found == [
        ("money_table:caption", "money", 250000),
        ("percent_table:column_head", "percent", -12.5),
        ("money_table:caption", "money", 400000),
        ("percent_table:column_head", "percent", 3),
    ]


def test_a_column_headed_by_the_people_it_counts_holds_counts_of_them():
    table = (
        "Arrivals by province, 2023\n\n"
        "Province | Refugees registered | Camps\n\n"
        "East | 870 | 3\n\n"
        "West | 1,240 | 5\n\n"
        "All were registered."
    )
    found = [(f.value["kind"], f.value["value"], f.value["unit"]) for f in find_amounts(table)]
    assert found == [("count", 870, "refugees"), ("count", 1240, "refugees")]


def test_a_unit_given_once_for_a_table_makes_its_figures_sums():
    caption = (
        "Table 1. Contributions approved in 2024 (EUR million)\n\n"
        "Recipient | Purpose | Amount\n\n"
        "Moldova | energy security | 15\n\n"
        "Dutch Relief Alliance | 2025-2027 responses | 63¹\n\n"
        "In 2024, 12 projects ran."
    )
    found = [(f.rule_id, f.norm) for f in find_amounts(caption) if f.value["kind"] == "money"]
    assert found == [("money_table:caption", "EUR 15000000"), ("money_table:caption", "EUR 63000000")]
    head = "Aid\n\nCountry | Amount ($ million) | Staff\n\nFiji | 37.4 | 12\n\nTonga | 5 | 3\n\nDone."
    found = [(f.rule_id, f.value["value"]) for f in find_amounts(head) if f.value["kind"] == "money"]
    assert found == [
        ("money_table:column_head+dollar.default", 37.4e6),
        ("money_table:column_head+dollar.default", 5e6),
    ]
    words = "Aid in millions of euros\n\nCountry | Aid\n\nMali | 40\n\nChad | 25"
    assert [f.norm for f in find_amounts(words) if f.value["kind"] == "money"] == ["EUR 40000000", "EUR 25000000"]


def test_a_head_run_together_from_wrapped_cells_gives_its_last_unit_to_the_last_column_only():
    # A table whose two-line head the reader ran into one paragraph: each bracket is one column's unit.
    table = (
        "Province Schools Grant (no.) (ZMW)\n\n"
        "Central | 42 | 1 250 000\n\n"
        "Eastern | 37 | 980 500\n\n"
        "Grants are paid each term."
    )
    money = [(table[f.start : f.end], f.norm) for f in find_amounts(table) if f.value["kind"] == "money"]
    assert money == [("1 250 000", "ZMW 1250000"), ("980 500", "ZMW 980500")]


def test_a_caption_s_unit_followed_by_a_note_in_brackets_gives_its_unit_to_every_column():
    table = (
        "Grants by region (EUR million) (estimates)\n\n"
        "Region | 2027 | 2028\n\n"
        "Coast | 3.50 | 4.25\n\n"
        "Hills | 1.75 | 2.00\n\n"
        "Both rose."
    )
    money = [(table[f.start : f.end], f.norm) for f in find_amounts(table) if f.value["kind"] == "money"]
    assert [text for text, _ in money] == ["3.50", "4.25", "1.75", "2.00"]


def test_a_column_headed_by_what_it_counts_holds_no_sums_of_the_caption_s_unit():
    table = (
        "Grants approved by district (EUR million)\n\n"
        "District | Households | Projects | Amount\n\n"
        "North | 14 | 2 | 3.50\n\n"
        "South | 9 | 4 | 1.25\n\n"
        "Both rose."
    )
    money = [(table[f.start : f.end], f.norm) for f in find_amounts(table) if f.value["kind"] == "money"]
    assert money == [("3.50", "EUR 3500000"), ("1.25", "EUR 1250000")]


def test_a_column_that_names_only_the_currency_takes_each_cell_s_scale():
    table = (
        "Relief supplies sent\n\n"
        "Recipient | Value (NZD) | Status\n\n"
        "Tonga | 2.4 million | Delivered\n\n"
        "Samoa | 850,000 | Delivered\n\n"
        "Both arrived."
    )
    found = [(table[f.start : f.end], f.norm) for f in find_amounts(table)]
    assert found == [("2.4 million", "NZD 2400000"), ("850,000", "NZD 850000")]


def test_a_table_without_a_unit_holds_no_sums():
    text = "Table 2. Offices by country\n\nCountry | Offices\n\nMali | 40\n\nChad | 25"
    assert all(f.value["kind"] != "money" for f in find_amounts(text))


def test_a_list_under_a_caption_that_gives_the_unit_holds_sums_in_it():
    text = (
        "Approved financing (US$ million)\n\n"
        "• Uzbekistan – 305.5, for two projects:\n\n"
        "– 180.0 to rehabilitate the road, in 2021;\n\n"
        "• Bangladesh – 280.0 for the electrification programme, which will connect about 400,000 households.\n\n"
        "Co-financing\n\n"
        "• Senegal – 95.0 for the bridge."
    )
    found = [(text[f.start : f.end], f.norm, f.rule) for f in find_amounts(text)]
    assert found == [
        ("305.5", "USD 305500000", "money_list:caption"),
        ("180.0", "USD 180000000", "money_list:caption"),
        ("280.0", "USD 280000000", "money_list:caption"),
        ("about 400,000 households", "400000 households", "count"),  # a noun it counts: no sum
    ]  # under another caption, with no unit, "95.0" is no sum


def test_a_caption_that_states_a_sum_gives_its_items_no_unit():
    """A caption that states a sum ("up to 42.5 billion won in total") is no unit head: the figures of names in
    its items ("Section 2", "Stage 3") are no sums; the items state their own."""
    text = (
        "(1) Soft loans (up to 42.5 billion won in total)\n\n"
        "(a) Harbour Dredging Project (Section 2): up to 30.5 billion won\n\n"
        "(b) Coastal Road Project (Stage 3): up to 12 billion won"
    )
    found = [(text[f.start : f.end], f.rule) for f in find_amounts(text) if f.value["kind"] == "money"]
    assert [piece for piece, _ in found] == ["up to 42.5 billion won", "up to 30.5 billion won", "up to 12 billion won"]
    assert all(rule != "money_list:caption" for _, rule in found)


@pytest.mark.parametrize(
    "text", ["attacks destroyed around 9 gigawatts of generating capacity", "a 400 kV line", "300 MW of solar power"]
)
def test_a_measure_of_power_or_volume_is_no_count(text):
    """DIGEST.md counts people and things; a measure (gigawatts, kV) is neither."""
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The loan of EUR 60 million will pay for 2.3 billion cubic metres of gas.",
        "A grant of USD 4 million buys 1.2 million tonnes of maize.",
        "the Lower Valley dam (2,400 MW)",
    ],
)
def test_a_measure_after_a_scaled_or_grouped_number_is_neither_money_nor_a_count(text):
    """A measure after "2.3 billion" does not take an earlier sum's currency, nor is "(2,400 MW)" a count."""
    assert [f.norm for f in find_amounts(text) if f.value["kind"] != "money" or f.rule == "money_elided"] == []


@pytest.mark.parametrize(
    "text,norm",
    [
        ("school meals for 2.7 million schoolchildren", "2700000 schoolchildren"),
        ("a contingent of 480 servicemen", "480 servicemen"),
        ("a fund of thirty million soles", "PEN 30000000"),
    ],
)
def test_counted_people_and_the_sol(text, norm):
    """Schoolchildren and servicemen are people counted; "soles" is Peru's sol in the plural."""
    assert [f.norm for f in find_amounts(text)] == [norm]


@pytest.mark.parametrize(
    "text,value",
    [
        ("More than 8.3 million people need aid.", 8300000),  # 8.3 × 1e6 is 8300000.000000001 in floats
        ("The Bank approved USD 1.07 billion.", 1070000000),
        ("A$2.006 billion over four years.", 2006000000),
    ],
)
def test_scaled_values_are_exact(text, value):
    assert repr(one(text)["value"]) == repr(float(value))


@pytest.mark.parametrize(
    "text,author,currency",
    [
        ("Denmark intends to pledge two hundred million kroner to the Fund.", "", "DKK"),
        ("Norway gave NOK 5 million in May and will give 300 million kroner more.", "", "NOK"),
        ("Norway will give 300 million kroner to Norway's partners.", "Royal Norwegian Ministry\nOslo, Norway", "NOK"),
        ("It gives 30 million Norwegian kroner.", "", "NOK"),
        ("Four hundred million shillings went to county clinics.", "State House\nKampala, Uganda", "UGX"),
        ("The Fund paid 12 million Kenya shillings and 3 million shillings more.", "", "KES"),
        # The rupee's sign and name, as the document's own country writes them.
        ("Islamabad will borrow Rs 250 billion for dams.", "Ministry of Water\nIslamabad, Pakistan", "PKR"),
        ("Colombo spent 4 billion rupees on roads.", "Treasury\nColombo, Sri Lanka", "LKR"),
        ("The ministry spent Rs. 40 crore on clinics.", "", "INR"),
        # The leu's plural, Romania's or Moldova's.
        (
            "The Ministry will add 75 million lei to the fund.",
            "Ministry of Finance\nChisinau, Republic of Moldova",
            "MDL",
        ),
    ],
)
def test_kroner_are_the_documents_krone(text, author, currency):
    money = [f for f in find_amounts(text, author=author) if f.value["kind"] == "money"]
    assert [f.value["currency"] for f in money][-1] == currency
    assert not [f for f in find_amounts(text, author=author) if f.value["kind"] == "count"]


def test_a_capitals_letterhead_names_the_documents_dollar():
    text = "Canada will provide $40 million to Sudan and $25 million to Haiti, as Canada announced."
    assert dollar_rule(text, "HOUSE OF COMMONS\nCANADA\nStanding Committee on Foreign Affairs") == (
        "CAD",
        "dollar.home_country",
    )


def test_a_column_head_naming_its_currency_alone_makes_its_cells_money():
    text = (
        "Contributions confirmed in 2024\n\n"
        "Donor | Amount (USD) | Destination\n\nUnited States | 240,000,000 | Sudan\n\nGermany | 45,500,000 | Sudan\n"
    )
    money = [f.norm for f in find_amounts(text) if f.value["kind"] == "money"]
    assert money == ["USD 240000000", "USD 45500000"]


def test_a_currency_named_by_words_that_open_with_capitals():
    assert one("nine hundred and eighteen million UAE dirhams")["currency"] == "AED"


def test_a_sign_of_a_local_dollar():
    amount = one("In 2023 the Fund disbursed NT$1.18 billion across its portfolio.")
    assert (amount["value"], amount["currency"]) == (1_180_000_000, "TWD")


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("In 2023, thirty-eight million six hundred thousand baht was spent.", 38_600_000, "THB"),
        ("a grant of two million five hundred thousand dollars", 2_500_000, "USD"),
        ("a credit of three billion two hundred million Korean won", 3_200_000_000, "KRW"),
    ],
)
def test_a_number_in_words_over_two_scales_is_one_number(text, value, currency):
    amount = one(text)
    assert (amount["value"], amount["currency"]) == (value, currency)


def test_a_scale_after_thousands_and_hundreds_in_words_multiplies_the_whole_number():
    # "two thousand five hundred lakh" is 2,500 lakh, not 2,000 and 500 lakh.
    text = "a grant of Rs 2,500 lakh (Rupees Two Thousand Five Hundred Lakh only) for the district"
    assert [f.norm for f in find_amounts(text)] == ["INR 250000000", "INR 250000000"]


def test_a_number_in_words_after_a_sum_in_figures_is_one_sum_over_two_scales():
    # The words restate the figures: one sum of the figures' currency, not two ("KRW 3 billion", "KRW 200 million").
    text = "a credit of KRW 3,200,000,000 (three billion two hundred million won) for the clinic"
    assert [f.norm for f in find_amounts(text)] == ["KRW 3200000000", "KRW 3200000000"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A postal code before its city in an address line counts nothing.
        ("Press contact: Communications Unit, 55 avenue Kléber, 75116 Paris, France.", []),
        ("Secretariat: Rue de la Loi 200, 1049 Brussels", []),
        # A postal code after its city and a dash, ending the line, as India writes it.
        ("Director of Planning\nSector 10\nChandigarh – 160 017\n", []),
        # ... also with the address's full stop after it.
        ("The Joint Secretary\nNirman Bhawan\nJaipur - 302 005.\n", []),
        # ... and on a line of its own under the street's.
        ("The Registrar\n12 Harbour Street\n1211 Geneva\nSwitzerland\n\nSome 300 refugees arrived.", [300]),
        # A list of counts after a comma is no address.
        ("They hosted 1,500 Syrians, 3000 Iraqis, and more.", [1500, 3000]),
    ],
)
def test_a_postal_code_is_no_count(text, expected):
    assert [f.value["value"] for f in find_amounts(text)] == expected


def test_a_year_before_to_opens_no_range_of_percentages():
    found = [f.norm for f in find_amounts("Unemployment fell from 12.5% in 2015 to 7.5% in 2023.")]
    assert found == ["12.5%", "7.5%"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Water rose from 40 US cents to USD 3 a jerrycan.", ["USD 0.4", "USD 3"]),
        ("A loaf costs 95 pence.", ["GBP 0.95"]),
        # "cents" alone names no currency: no sum, and no count of cents either.
        ("A ration costs 45 cents.", []),
    ],
)
def test_sums_in_a_currencys_hundredths(text, expected):
    assert [f.norm for f in find_amounts(text)] == expected


def test_a_fraction_of_a_scale_in_words():
    assert [f.value["value"] for f in find_amounts("Nearly a quarter of a million people fled.")] == [250000]


def test_a_scottish_government_letter_is_british_for_the_fiscal_year_without_naming_the_country():
    from extractor.nlp.amounts import head_countries, home_country

    text = (
        "Scottish Government\nEdinburgh\n\n" + "Scotland will fund twelve water projects in Zambia and Scotland.\n" * 2
    )
    assert head_countries(text, author="Scottish Government") == {"GBR"}
    assert home_country(text, author="Scottish Government") == "GBR"


def test_a_home_country_named_only_by_the_author_line_is_home_unless_another_is_named():
    from extractor.nlp.amounts import home_country

    assert home_country("The Board approved three grants.", author="Secretariat, Nairobi, Kenya") == "KEN"
    assert home_country("The Board approved grants to Uganda and Uganda's schools.", author="Nairobi, Kenya") is None


def test_an_excluded_code_names_its_currency_only_before_a_scaled_or_grouped_sum():
    text = "The region added COP 85 million to a grant of COP 2,500,000 agreed before COP 29 in Baku."
    assert [(f.value["currency"], f.value["value"]) for f in find_amounts(text) if f.value["kind"] == "money"] == [
        ("COP", 85000000),
        ("COP", 2500000),
    ]


def test_a_sum_in_words_with_a_comma_after_its_scale_is_one_sum():
    text = "The Assembly voted two billion, four hundred and ten million rupees for schools."
    assert [(f.value["currency"], f.value["value"]) for f in find_amounts(text)] == [("INR", 2410000000)]


def test_an_exchange_rate_is_no_sum_but_a_sum_matched_per_unit_is():
    text = "At 1.09 dollars to the euro we matched USD 3 million per USD 1 raised."
    assert [(f.value["currency"], f.value["value"]) for f in find_amounts(text) if f.value["kind"] == "money"] == [
        ("USD", 3000000),
        ("USD", 1),
    ]


def test_a_count_written_as_a_compound_adjective():
    text = "A 45-member mission and a 1,200-strong battalion left; the 5-year plan and a 3-D model stay."
    assert [(f.value["value"], f.value["unit"]) for f in find_amounts(text)] == [(45, "members"), (1200, "people")]


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("The ministry spent HRK 7.4 million on the new shelters in 2019.", 7.4e6, "HRK"),
        ("Customs collected MRO 210 million in port fees that year.", 210e6, "MRO"),
        ("The municipality set aside ALL 35 million for the clinic.", 35e6, "ALL"),
    ],
)
def test_withdrawn_codes_and_a_word_code_before_a_scale_are_money(text, value, currency):
    found = one(text)
    assert (found["kind"], found["value"], found["currency"]) == ("money", value, currency)


def test_a_word_code_without_a_scale_is_no_money():
    assert all(f.value["kind"] != "money" for f in find_amounts("ALL 12 regions reported."))


def test_the_figures_of_a_percent_column_without_a_sign_are_not_negative():
    table = "Grants paid, 2023\n\nRegion | Pledged | Paid (%)\n\nNorth | USD 8 million | 100\n\nSouth | USD 4 million | 45\n\nDone."
    assert [f.value["value"] for f in find_amounts(table) if f.value["kind"] == "percent"] == [100, 45]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A letter sign stands a space before a scaled figure ("K 20 million"), and Malawi writes "MK".
        ("Papua New Guinea approved K 12 million for Bougainville.", ["PGK 12000000"]),
        ("Malawi has spent MK 3.4 billion on fertiliser.", ["MWK 3400000000"]),
        # A bare figure after a letter and a space is no sum.
        ("Malawi's Grade K 12 pupils.", []),
    ],
)
def test_a_letter_sign_may_stand_a_space_before_a_scaled_figure(text, expected):
    assert [f.norm for f in find_amounts(text) if f.value["kind"] == "money"] == expected


@pytest.mark.parametrize(
    "letter_date, currency",
    [(dt.date(2009, 6, 1), "ZMK"), (dt.date(2019, 6, 1), "ZMW"), (None, "ZMW")],
)
def test_a_sum_in_a_redenominated_currency_takes_the_code_of_the_letters_day(letter_date, currency):
    found = find_amounts("Zambia budgeted K 60 billion for rural clinics.", letter_date=letter_date)
    assert [f.value["currency"] for f in found] == [currency]


def test_a_written_code_of_the_new_currency_is_kept_in_an_older_letter():
    found = find_amounts("Zambia budgeted ZMW 60 million for clinics.", letter_date=dt.date(2009, 6, 1))
    assert [f.value["currency"] for f in found] == ["ZMW"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Haiti received HTG 90 million, while RD$ 2,300 million went to the border provinces.", "DOP 2300000000"),
        ("The Jamaican budget set aside J$4.5 billion for roads.", "JMD 4500000000"),
    ],
)
def test_a_dollar_sign_with_its_countrys_letters(text, expected):
    assert [f.norm for f in find_amounts(text) if f.value["kind"] == "money"][-1] == expected


def test_a_scaled_number_of_it_is_a_part_of_the_sum_named_before():
    text = "The Council promised GBP 25 million in March. Nineteen million of it is still unpaid."
    assert [f.norm for f in find_amounts(text)] == ["GBP 25000000", "GBP 19000000"]


def test_the_numbers_of_a_ratio_count_nothing():
    assert find_amounts("Both levels of government split the cost 70:30 across the provinces.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Codes and names of currencies withdrawn for the euro, in letters written before it.
        ("Helsinki granted FIM 2 500 000 to the water project.", ["FIM 2500000"]),
        ("The Hague will release NLG 12,000,000 (twelve million Dutch guilders) in May.", ["NLG 12000000"] * 2),
        ("Bonn pledged forty million Deutschmarks for the clinics.", ["DEM 40000000"]),
        ("Madrid paid 300 million pesetas into the fund.", ["ESP 300000000"]),
        ("Athens set aside GRD 2.1 billion for the islands.", ["GRD 2100000000"]),
    ],
)
def test_a_currency_withdrawn_for_the_euro_is_money_by_its_code_or_name(text, expected):
    assert [f.norm for f in find_amounts(text) if f.value["kind"] == "money"] == expected


@pytest.mark.parametrize(
    "letter_date, currency",
    [(dt.date(2001, 3, 1), "MZM"), (dt.date(2015, 3, 1), "MZN")],
)
def test_meticais_take_the_code_of_the_letters_day(letter_date, currency):
    found = find_amounts("Mozambique spent 900 million meticais on the roads.", letter_date=letter_date)
    assert [f.value["currency"] for f in found] == [currency]


def test_tonga_s_code_that_is_an_english_word_is_money_before_a_scaled_or_grouped_sum():
    text = "Tonga received TOP 1,250,000 and later TOP 3.4 million; the TOP 10 list ranks them."
    assert [f.norm for f in find_amounts(text) if f.value["kind"] == "money"] == ["TOP 1250000", "TOP 3400000"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Suriname will deposit Sf 1,200,000,000 into the fund.", ["SRG 1200000000"]),
        # A sign both Canada and Nicaragua write is Nicaragua's where it alone of them is named.
        ("Nicaragua will provide C$ 4 500 000 to the municipalities.", ["NIO 4500000"]),
        ("Ottawa will provide C$ 4 million to the municipalities.", ["CAD 4000000"]),
        # Chile writes thousands of pesos "M$".
        ("Chile's region received M$ 1.250.000 for roads.", ["CLP 1250000000"]),
        # A list's column may set a letter sign two spaces before its figure.
        ("Philippines. Item b) Relief for Loon ...... P  250,000.00 only.", ["PHP 250000"]),
    ],
)
def test_local_signs_by_the_country_named(text, expected):
    assert [f.norm for f in find_amounts(text) if f.value["kind"] == "money"] == expected


@pytest.mark.parametrize(
    "author, currency",
    [("Governor of the State of Jalisco, Mexico", "MXN"), ("Mayor of Valparaíso, Chile", "CLP"), ("", "USD")],
)
def test_a_bare_dollar_sign_is_the_peso_of_a_peso_country(author, currency):
    text = "Our State has spent $12,500,000.00 on shelters and roads."
    if author:
        text = text.replace("Our State", f"Our State ({author.split(', ')[1]})")
    found = find_amounts(text, author=author)
    assert [f.value["currency"] for f in found if f.value["kind"] == "money"] == [currency]


def test_a_peso_restated_in_words_is_the_same_sum():
    text = "Mexico: the State spent $3,400,000.00 (three million four hundred thousand pesos 00/100 M.N.) on food."
    found = [f.norm for f in find_amounts(text, author="Governor, Mexico") if f.value["kind"] == "money"]
    assert found == ["MXN 3400000", "MXN 3400000"]


@pytest.mark.parametrize(
    "caption, scale",
    [("($ in thousands)", 1e3), ("(USD in millions)", 1e6), ("(in thousands of dollars)", 1e3)],
)
def test_a_table_s_unit_with_its_scale_after_in(caption, scale):
    table = f"Project funding\n{caption}\n\nItem | FY2020 | FY2021\n\nDredging | 1,250 | 980\n\nDone."
    found = [f.value["value"] for f in find_amounts(table) if f.value["kind"] == "money"]
    assert found == [1250 * scale, 980 * scale]


def test_a_note_mark_alone_in_a_cell_is_no_sum():
    table = "Funding ($ in thousands)\n\nItem | FY2020 | FY2021\n\nDredging (1) | 1,250 | (2)\n\n(1) Enacted.\n(2) Not yet released."
    found = [f.value["value"] for f in find_amounts(table) if f.value["kind"] == "money"]
    assert found == [1250e3]


def test_an_all_caps_cable_s_unit():
    table = "PLEDGES, USD MILLION:\n\nDONOR A | 75.0\n\nDONOR B | 60.0\n\nEND."
    found = [f.value["value"] for f in find_amounts(table) if f.value["kind"] == "money"]
    assert found == [75e6, 60e6]


def test_a_cell_s_figure_before_an_aside_or_a_rule_is_the_column_s():
    table = "PLEDGES, USD MILLION:\n\nDONOR A | 12.0\n\nDONOR B | 31.5 (GBP 20 MILLION)\n\nOTHERS | 210.1 -----\n\nEND."
    found = sorted(f.norm for f in find_amounts(table) if f.value["kind"] == "money")
    assert found == ["GBP 20000000", "USD 12000000", "USD 210100000", "USD 31500000"]


def test_a_sign_the_reader_cut_from_its_figure_gives_the_next_cell_its_currency():
    table = "The Philippines. Aid:\n\nTown of Loon ...... P | 250,000.00\n\nTown of Baclayon .. P | 125,000.00\n\nDone."
    found = [f.norm for f in find_amounts(table) if f.value["kind"] == "money"]
    assert found == ["PHP 250000", "PHP 125000"]


def test_a_lone_dot_group_in_a_table_is_thousands_where_the_document_writes_thousands_with_dots():
    table = "Transfers (in thousands of Chilean pesos)\n\nRegion | 2010\n\nNorth | 2.400.000\n\nSouth | 760.250\n\nEnd."
    assert [f.value["value"] for f in find_amounts(table)] == [2400000e3, 760250e3]
    decimal = "Grants (EUR million)\n\nRegion | 2010\n\nNorth | 1,400,000\n\nSouth | 760.25\n\nEnd."
    assert [f.value["value"] for f in find_amounts(decimal)] == [1400000e6, 760.25e6]


def test_a_share_column_under_a_head_the_reader_could_not_split_holds_percentages():
    table = (
        "Funds (USD thousand)\n\nFund Received Spent % spent\n\n"
        "Roads | 2,000 | 1,500 | 75.0\n\nSchools | 800 | 200 | 25.0\n\nDone."
    )
    found = [(f.value["kind"], f.value["value"]) for f in find_amounts(table)]
    assert ("percent", 75.0) in found and ("percent", 25.0) in found
    assert all(kind != "money" or value >= 200e3 for kind, value in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bonn pledged DM 40 million to the fund.", "DEM 40000000"),
        ("The Hague added Dfl. 12,5 million for roads.", "NLG 12500000"),
        ("Madrid gave Ptas 300 million in 1996.", "ESP 300000000"),
    ],
)
def test_the_abbreviations_of_currencies_withdrawn_for_the_euro(text, expected):
    assert [f.norm for f in find_amounts(text) if f.value["kind"] == "money"] == [expected]


@pytest.mark.parametrize(
    "letter_date, currency",
    [(dt.date(1996, 5, 2), "FRF"), (dt.date(2012, 5, 2), "CHF")],
)
def test_francs_in_a_french_letter_are_french_francs_before_the_euro(letter_date, currency):
    text = "France will grant ninety million francs to the region, and 40 million CFA francs later. France agrees."
    found = find_amounts(text, author="Ministry of Foreign Affairs, Paris, France", letter_date=letter_date)
    assert [f.value["currency"] for f in found] == [currency, "XOF"]


def test_a_scaled_dot_group_is_thousands_where_the_document_writes_thousands_with_dots():
    dots = "The province spent ARS 12.400.000 and requests ARS 2.300 million more."
    assert [f.value["value"] for f in find_amounts(dots)] == [12400000, 2300e6]
    commas = "The province spent USD 12,400,000 and requests USD 2.300 million more."
    assert [f.value["value"] for f in find_amounts(commas)] == [12400000, 2.3e6]


def test_a_letter_at_a_cell_s_end_without_leader_dots_is_no_sign():
    table = "Malawi schools:\n\nGrade K | 1,200\n\nGrade 1 | 1,500\n\nDone."
    assert all(f.value["kind"] != "money" for f in find_amounts(table))


@pytest.mark.parametrize("caption", ["(USD '000)", "('000 euros)", "$'000"])
def test_a_table_in_thousands_written_with_an_apostrophe(caption):
    table = f"Grants {caption}\n\nItem | 2020\n\nRoads | 1,250\n\nSchools | 980\n\nDone."
    assert [f.value["value"] for f in find_amounts(table)] == [1250e3, 980e3]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Peru: the region received S/. 1,500,000 and S/ 2.5 million (see S/2024/123).",
            ["PEN 1500000", "PEN 2500000"],
        ),
        ("Bolivia: the department paid Bs. 12 million.", ["BOB 12000000"]),
        ("Panama will transfer B/. 3,000,000 to the province.", ["PAB 3000000"]),
    ],
)
def test_latin_american_local_signs(text, expected):
    assert [f.norm for f in find_amounts(text) if f.value["kind"] == "money"] == expected


def test_quality68_cardinal_words_are_whole_numbers_up_to_a_bound():
    from extractor.nlp.amounts import cardinal_words

    words = cardinal_words(12)
    assert words["three"] == 3 and words["twelve"] == 12 and len(words) == 12
    assert not {"a", "half a", "fifteen"} & set(words)


def test_a_long_title_run_onto_its_subtitle_gives_the_table_its_unit_in_brackets():
    # A PDF's reader joins a table's two title lines into one long paragraph; its head row stays a caption.
    text = (
        "Harbour works of the port authority over four years, dredging and breakwater repairs of the northern "
        "and southern basins taken together ($ in thousands)\n\nFY2021 FY2022\n\n"
        "Budget | 12,500 | 13,000\n\nEnacted | 14,000 | 15,250\n\nRequest | -- | 16,000\n"
    )
    money = [f.norm for f in find_amounts(text) if f.value["kind"] == "money"]
    assert money == ["USD 12500000", "USD 13000000", "USD 14000000", "USD 15250000", "USD 16000000"]


def test_a_head_split_over_two_lines_still_names_its_percent_column():
    # The title gives the unit; the head line under it names a percent column; its date line became the caption.
    text = (
        "The Region of Valparaíso, Chile, reports the funds below.\n\nTable 2. Funds received, 2021 (M$)\n\n"
        "Source Received Spent % spent\n\n31.12.2021\n\n"
        "Regional fund | 10.000.000 | 7.400.000 | 74,0\n\nUrban fund | 2.000.000 | 1.860.000 | 93,0\n\n"
        "TOTAL | 12.000.000 | 9.260.000 | 77,2\n"
    )
    found = [f.norm for f in find_amounts(text)]
    assert found == [
        "CLP 10000000000",
        "CLP 7400000000",
        "74%",
        "CLP 2000000000",
        "CLP 1860000000",
        "93%",
        "CLP 12000000000",
        "CLP 9260000000",
        "77.2%",
    ]


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("Senegal will spend 640 million francs CFA on wells.", 640e6, "XOF"),
        ("Mali gives 95 million francs C.F.A. to the cooperatives.", 95e6, "XOF"),
        ("Niger: dykes, 310 million F CFA.", 310e6, "XOF"),
        ("Togo: seeds, F CFA 45,000,000.", 45e6, "XOF"),
        ("The credit to Cameroon is 700 million francs CFA.", 700e6, "XAF"),
        ("Paris lent Chad NF 3 million.", 3e6, "FRF"),
        ("The Fund set aside ECU 7,500,000 for the dams.", 7.5e6, "XEU"),
        ("The Fund set aside ECU 7.5 million for the dams.", 7.5e6, "XEU"),
        ("The Community gave 12 million European Currency Units.", 12e6, "XEU"),
        ("Delhi released Rs. 3 crores for wells.", 3e7, "INR"),
        ("Delhi released Rs. 7.5 crores for wells.", 7.5e7, "INR"),
        ("The state gave Rs. 4 lakhs to each village.", 4e5, "INR"),
    ],
)
def test_sums_in_the_currencies_and_scales_of_their_time(text, value, currency):
    amount = one(text)
    assert (amount["kind"], amount["value"], amount["currency"]) == ("money", value, currency)


def test_a_cfa_franc_in_a_central_african_document_is_the_beac_s():
    text = (
        "Republic of Chad\nMinistry of Planning\n\nThe Government of Chad asks the Fund for 400 million francs CFA"
        " for the wells of the north and east of the country."
    )
    assert [f.value["currency"] for f in find_amounts(text)] == ["XAF"]


def test_a_cfa_franc_written_with_its_code_keeps_it():
    text = "Republic of Chad\n\nChad asks for XOF 400 million for the wells of Chad."
    assert [f.value["currency"] for f in find_amounts(text)] == ["XOF"]


def test_the_local_signs_of_swaziland_and_zaire():
    swazi = find_amounts("Swaziland will add E 1,300,000 to the roads programme of Swaziland.")
    assert [(f.value["value"], f.value["currency"]) for f in swazi] == [(1.3e6, "SZL")]
    zaire = "Zaire raised to Z 4 billion the health budget of Zaire."
    assert [f.value["currency"] for f in find_amounts(zaire, letter_date=dt.date(1988, 3, 1))] == ["ZRZ"]
    assert [f.value["currency"] for f in find_amounts(zaire, letter_date=dt.date(1995, 3, 1))] == ["ZRN"]
    assert find_amounts("Grade Z 4 billion") == [] or find_amounts("Grade Z 4 billion")[0].value["kind"] == "count"


def test_rupees_in_a_ceylonese_document_are_ceylon_s():
    text = (
        "HIGH COMMISSION IN CEYLON\nColombo\n\nThe Government of Ceylon will deposit Rs. 900,000 in a counterpart"
        " fund for the irrigation works of the dry zone."
    )
    assert [f.value["currency"] for f in find_amounts(text)] == ["LKR"]


def test_one_in_a_number_of_people_is_a_share_no_count():
    assert find_amounts("one in five young people has no job") == []


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The plan would raise the number of trainers in the country to some 250 in spring.", 250, "trainers"),
        ("The number of observers stood at 40.", 40, "observers"),
    ],
)
def test_a_number_after_the_number_of_counts_what_it_names(text, value, unit):
    amount = one(text)
    assert (amount["kind"], amount["value"], amount["unit"]) == ("count", value, unit)


@pytest.mark.parametrize(
    "letter_date, currency",
    [(dt.date(1966, 5, 1), "SUR"), (dt.date(1995, 5, 1), "RUR"), (dt.date(2005, 5, 1), "RUB"), (None, "RUB")],
)
def test_roubles_go_back_through_each_replacement_the_letter_predates(letter_date, currency):
    found = find_amounts("Moscow offered 40 million roubles for the steel works.", letter_date=letter_date)
    assert [f.value["currency"] for f in found] == [currency]


def test_a_french_heading_in_capitals_is_no_soviet_rouble():
    assert find_amounts("PRET SUR 5 ANS") == []


@pytest.mark.parametrize(
    "text, currency",
    [
        ("The Fund lends 900 million francs CFA to Gabon for the port.", "XAF"),
        ("The Fund lends 900 million francs CFA to Gabon and Senegal.", "XOF"),
        ("The Fund lends 900 million francs CFA for the port.", "XOF"),
    ],
)
def test_a_cfa_franc_takes_the_one_zone_of_the_countries_named(text, currency):
    assert [f.value["currency"] for f in find_amounts(text)] == [currency]


def test_a_dated_letter_s_sum_whose_sign_names_no_currency_yet_is_kept():
    found = find_amounts("Pay K 20 million to the fund.", letter_date=dt.date(2011, 1, 1))
    assert [(f.value["value"], f.value["currency"]) for f in found] == [(20e6, None)]


def test_ecuador_s_code_before_a_bare_number_is_no_ecu():
    assert [f.value["kind"] for f in find_amounts("Calls to the ECU 911 service rose.")] == []


def _sums(text: str, letter_date=None) -> list[tuple]:
    """(kind, value, currency) of each amount found in a text."""
    return [
        (f.value["kind"], f.value["value"], f.value["currency"]) for f in find_amounts(text, letter_date=letter_date)
    ]


def test_leone_and_lempira_signs_resolve_by_the_country_named():
    text = "Sierra Leone has set aside Le 2.5 billion for vaccines."
    assert _sums(text, dt.date(2020, 5, 1)) == [("money", 2.5e9, "SLL")]
    assert _sums(text, dt.date(2024, 5, 1)) == [("money", 2.5e9, "SLE")]
    assert _sums("Honduras will add L 80 million in kind.") == [("money", 8e7, "HNL")]


def test_a_length_in_millimetres_is_no_count():
    assert _sums("The new 1,520 mm track and 30 engineers.") == [("count", 30.0, None)]


def test_a_column_headed_by_a_currency_alone_holds_sums():
    text = "Payments:\n\nPart | Due | NOK\n\nFirst | 1 March 2030 | 400 000\n\nSecond | 1 March 2031 | 250 000"
    assert _sums(text) == [("money", 400000.0, "NOK"), ("money", 250000.0, "NOK")]


def test_a_caption_in_currency_words_and_a_row_label_with_its_own_unit():
    text = (
        "The balances were as follows (in euros):\n\nItem | Owed\n\nLoan A | 12,500\n\nLoan B | 7,300"
        "\n\nTable 2. Targets (in millions of Kenyan shillings, unless otherwise indicated)\n\n"
        "Revenue | 840\n\nReserves (in millions of U.S. dollars) | 95"
    )
    assert _sums(text) == [
        ("money", 12500.0, "EUR"),
        ("money", 7300.0, "EUR"),
        ("money", 840e6, "KES"),
        ("money", 95e6, "USD"),
    ]


def test_counts_after_two_modifiers_or_an_adjective_before_a_people():
    assert _sums("We will fund 12 joint research projects in Chile.") == [("count", 12.0, None)]
    assert _sums("Up to 25 young Ghanaians will train in Lyon.") == [("count", 25.0, None)]


def test_a_postal_code_after_a_letterhead_s_dash_is_no_count():
    assert _sums("12, avenue de la Paix - 69002 Lyon\n\nDear Minister,") == []


def test_a_column_head_gives_its_currency_then_its_scale_in_brackets():
    body = "Region | CFA francs | EUR (millions) | US$ (in millions)\n\nNorth | 650 | 1.5 | 1.7\n\nSouth | 1 300 | 3.0 | 3.4\n\nWe thank you."
    sums = sorted((f.value["currency"], f.value["value"]) for f in find_amounts(body) if f.value["kind"] == "money")
    assert ("EUR", 1.5e6) in sums and ("USD", 3.4e6) in sums
    assert not any(f.value["kind"] == "count" for f in find_amounts(body))


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("The ministry paid T$ 2.4 million for water tanks.", 2.4e6, "TOP"),
        ("A further TL 75 million is requested for roads.", 75e6, "TRY"),
        ("The fund held YTL 12 million at the end of 2006.", 12e6, "TRY"),
    ],
)
def test_signs_of_the_pa_anga_and_the_lira(text, value, currency):
    found = one(text)
    assert (found["value"], found["currency"]) == (value, currency)


def test_sucres_are_ecuador_s_old_currency():
    found = one("The deficit reached nine trillion sucres.")
    assert found["currency"] == "ECS"


def test_a_french_business_postal_code_is_no_count():
    assert find_amounts("Direction du Trésor, 12 quai de Seine - 75590 Paris Cedex 07\n\nWe agree.") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("The storm killed 23 of our volunteers last week.", 23),
        ("The clinic lost 9 of its medical staff to the outbreak.", 9),
    ],
)
def test_a_part_of_a_counted_group_counts_that_group(text, value):
    assert one(text)["value"] == value


def test_a_count_shared_among_places_counts_each_share():
    text = "The floods took 30 lives in the upper valley, 8 in Tarso and 2 in Lemba."
    assert [f.value["value"] for f in find_amounts(text)] == [30, 8, 2]


def test_a_bare_dollar_in_a_letter_from_tonga_is_the_pa_anga():
    text = (
        "Ministry of Finance\nNuku'alofa, Tonga\n\nDear Minister,\n\n"
        "The Government of Tonga has set aside $4.5 million for the wharf and the roads of the outer islands, "
        "as the Cabinet agreed last month.\n"
    )
    assert dollar_rule(text) == ("TOP", "dollar.home_country")
    assert one(text)["currency"] == "TOP"


def test_the_samoan_tala_sign():
    assert one("The council received WS$ 3 million for seawalls.")["currency"] == "WST"


@pytest.mark.parametrize(
    "text, currency",
    [
        ("The fund receives two hundred million Mauritian rupees a year.", "MUR"),
        ("The board approved 40 million Pakistani rupees for the canal.", "PKR"),
    ],
)
def test_a_country_s_adjective_before_its_currency_s_noun(text, currency):
    assert one(text)["currency"] == currency


def test_a_column_in_thousands_takes_each_row_s_currency_cell():
    table = (
        "Pledges received so far:\n\n"
        "Donor | Currency | Pledged ('000) | Paid, USD ('000)\n\n"
        "Austria | EUR | 4,000 | 2,100\n\n"
        "Sweden | SEK | 30,000 | 0\n\nDone."
    )
    assert _sums(table) == [
        ("money", 4e6, "EUR"),
        ("money", 2.1e6, "USD"),
        ("money", 3e7, "SEK"),
        ("money", 0.0, "USD"),
    ]


def test_a_column_in_thousands_without_a_currency_anywhere_holds_no_sums():
    table = "Visits:\n\nRegion | Visits ('000)\n\nNorth | 1,200\n\nSouth | 980\n\nDone."
    assert all(kind != "money" for kind, _value, _currency in _sums(table))


def test_a_code_cut_from_its_figure_under_a_head_that_spans_both():
    table = (
        "Gifts (USD thousands):\n\n"
        "Donor | Original sum | USD '000\n\n"
        "Austria | EUR 2,000,000 | 2,150\n\n"
        "Poland | PLN | 4,000,000 | 1,010\n\n"
        "Total | | | 3,160\n\nDone."
    )
    assert _sums(table) == [
        ("money", 2e6, "EUR"),
        ("money", 2.15e6, "USD"),
        ("money", 4e6, "PLN"),
        ("money", 1.01e6, "USD"),
        ("money", 3.16e6, "USD"),
    ]


def test_a_day_in_a_caption_of_a_table_in_a_currency_and_scale_is_no_sum():
    text = "Gifts (USD thousands, at the rates of 30 June 2019):\n\nDonor | USD '000\n\nAustria | 2,150\n\nDone."
    assert _sums(text) == [("money", 2.15e6, "USD")]


def test_a_currency_column_with_an_aside_in_brackets():
    table = "Receipts:\n\nYear | Received | R$ (at the rate of the day)\n\n2019 | 3 May 2019 | 12,500,000\n\nDone."
    assert ("money", 12.5e6, "BRL") in _sums(table)


def test_a_table_without_a_unit_that_repeats_a_sum_of_the_text_is_in_its_currency():
    text = (
        "Each member owes 150 000 000 F CFA this year.\n\n"
        "Member | Due | Paid\n\n"
        "Togo | 150 000 000 | 75 000 000\n\n"
        "Benin | 150 000 000 | 0\n\nDone."
    )
    assert _sums(text) == [
        ("money", 1.5e8, "XOF"),
        ("money", 1.5e8, "XOF"),
        ("money", 7.5e7, "XOF"),
        ("money", 1.5e8, "XOF"),
        ("money", 0.0, "XOF"),
    ]


def test_a_table_of_counts_beside_an_unrelated_sum_stays_counts():
    text = (
        "The fund gave EUR 2 million.\n\nRegion | Schools | Pupils\n\nNorth | 12 | 4,500\n\nSouth | 9 | 3,100\n\nDone."
    )
    assert all(kind != "money" or value == 2e6 for kind, value, _currency in _sums(text))


def test_one_table_figure_that_happens_to_equal_a_sum_of_the_text_makes_no_money():
    text = "Each school got USD 500 for books.\n\nRegion | Schools | Pupils\n\nNorth | 12 | 500\n\nSouth | 9 | 320\n\nDone."
    assert all(kind != "money" or value == 500 for kind, value, _currency in _sums(text))
    assert [s for s in _sums(text) if s[0] == "money"] == [("money", 500.0, "USD")]


def test_a_unitless_table_repeating_a_figure_the_text_gives_in_two_currencies_stays_unread():
    text = (
        "We give EUR 5 million and USD 5 million.\n\nPartner | Amount\n\nNorth | 5,000,000\n\n"
        "South | 5,000,000\n\nDone."
    )
    assert sorted(s for s in _sums(text) if s[0] == "money") == [("money", 5e6, "EUR"), ("money", 5e6, "USD")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We accept a company of 150 all ranks for the mission.", [(150.0, "all ranks")]),
        ("Mines injured 640 civilians, 21 of them in March alone.", [(640.0, "civilians"), (21.0, "civilians")]),
        ("In all 930 deminers were trained, 120 of them women.", [(930.0, "deminers"), (120.0, "women")]),
        (
            "The offers stand as follows: Kenya, 400 rangers; Uganda, 220; South Sudan, 90.",
            [(400.0, "rangers"), (220.0, "rangers"), (90.0, "rangers")],
        ),
    ],
)
def test_counts_of_people_a_part_of_them_and_shares_listed_after_them(text, expected):
    assert [(f.value["value"], f.value["unit"]) for f in find_amounts(text) if f.value["kind"] == "count"] == expected


def test_a_numbered_table_row_is_read_by_its_columns_not_as_a_list_item():
    table = (
        "Item | Qty | Value (EUR thousand)\n\n"
        "1. Generator, 20 kVA (G20) | 3 | 45\n\n"
        "2. Tent, 6 x 8 m | 1,200 | 310\n\nDone."
    )
    assert [(kind, value) for kind, value, _currency in _sums(table) if kind == "money"] == [
        ("money", 45e3),
        ("money", 310e3),
    ]


def test_a_list_s_bare_numbers_that_add_up_to_the_count_above_it_are_its_shares():
    text = (
        "So far 900 volunteers have enrolled, from three provinces:\n\n"
        "- the northern province: 500;\n\n- the coastal province: 250;\n\n- the capital district: 150.\n\nDone."
    )
    counts = [(f.value["value"], f.value["unit"]) for f in find_amounts(text) if f.value["kind"] == "count"]
    assert counts == [(900.0, "volunteers"), (500.0, "volunteers"), (250.0, "volunteers"), (150.0, "volunteers")]


def test_a_list_s_bare_numbers_that_do_not_add_up_are_no_counts():
    text = "So far 900 volunteers have enrolled, in three groups:\n\n- group A: 5;\n\n- group B: 12.\n\nDone."
    assert [f.value["value"] for f in find_amounts(text)] == [900.0]


def test_a_bare_number_moved_into_a_named_body_after_a_count():
    text = "Of the trainees, 1,200 were placed into the Police Service and 300 into the Border Guard."
    assert [f.value["value"] for f in find_amounts(text)] == [1200.0, 300.0]


def test_a_caption_that_says_its_amounts_are_in_a_currency_gives_the_table_its_unit():
    table = (
        "The costs are as follows (all figures in euros):\n\n"
        "Item | 2025 | 2026\n\n"
        "Staff | 120 000 | 95 500\n\n"
        "Travel | 14 000 | 9 000\n\n"
        "Both are capped."
    )
    found = [(f.rule_id, f.value["kind"], f.value["currency"], f.value["value"]) for f in find_amounts(table)]
    assert found[:2] == [
        ("money_table:caption", "money", "EUR", 120000),
        ("money_table:caption", "money", "EUR", 95500),
    ]
    plain = table.replace("(all figures in euros)", "(all figures in people)")
    assert all(f.value["kind"] != "money" for f in find_amounts(plain))


def test_a_column_headed_by_a_name_like_code_and_a_scale_holds_sums_in_that_currency():
    table = "Offers opened\n\nFirm | Offer (COP million) | Days\n\nAndes | 52,300 | 90\n\nCaribe | 18,750 | 120\n\nEnd."
    found = [(f.value["kind"], f.value["currency"], f.value["value"]) for f in find_amounts(table)]
    assert ("money", "COP", 52_300e6) in found and ("money", "COP", 18_750e6) in found


def test_the_african_development_bank_s_unit_of_account_is_money():
    assert _sums("The Fund approved a grant of UA 4.2 million in 2021.") == [("money", 4.2e6, "XUA")]


def test_a_column_headed_by_the_places_it_offers_holds_counts_down_to_a_total_row_that_ends_early():
    table = (
        "Awards offered\n\n"
        "Course | Places | Duration\n\n"
        "Nursing | 12 | 2 years\n\n"
        "Midwifery | 7 | 18 months\n\n"
        "Total | 19\n\n"
        "All are funded."
    )
    counts = [(f.value["value"], f.value["unit"]) for f in find_amounts(table) if f.rule == "count"]
    assert (12, "places") in counts and (7, "places") in counts and (19, "places") in counts


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Bank lends USD 4,250,300 (four million two hundred fifty thousand three hundred US dollars).",
            ["USD 4250300"],
        ),
        ("We ship 2,400 (two thousand four hundred) tonnes of maize.", ["2400"]),
        # ... also when the bracket opens on the next line.
        ("The camp hosts 1,200\n(one thousand two hundred) refugees.", ["1200"]),
        # Read whole, the words give the same sum again: kept, as one sum of the digest.
        ("The Bank lends USD 4,000,000 (four million US dollars).", ["USD 4000000", "USD 4000000"]),
        # Two parts in words are sums of their own, not the figure restated.
        (
            "It costs EUR 9 million (four million for roads and five million for clinics).",
            ["EUR 9000000", "EUR 4000000", "EUR 5000000"],
        ),
    ],
)
def test_a_number_in_words_in_brackets_after_a_figure_that_reads_as_another_restates_it(text, expected):
    assert [f.norm for f in find_amounts(text)] == expected


def test_a_column_of_prices_per_unit_holds_neither_sums_nor_counts():
    table = (
        "Prices paid\n\n"
        "Crop | Tonnes | EUR per tonne | Value (EUR)\n\n"
        "Maize | 2,000 | 215.00 | 430,000.00\n\n"
        "Sorghum | 800 | 1,310.50 | 1,048,400.00\n\n"
        "All paid."
    )
    found = {f.norm for f in find_amounts(table)}
    assert "215" not in found and "1310.5" not in found
    assert {"EUR 430000", "EUR 1048400"} <= found


def test_a_column_of_prices_per_unit_with_its_currency_in_brackets_holds_no_sums():
    table = (
        "Fuel bought\n\n"
        "Depot | Litres | Price (EUR/l) | Cost (EUR)\n\n"
        "North | 9,000 | 1.45 | 13,050.00\n\n"
        "South | 4,000 | 1,012.50 | 4,050,000.00\n\n"
        "All paid."
    )
    found = {f.norm for f in find_amounts(table)}
    assert "1.45" not in found and "1012.5" not in found
    assert {"EUR 13050", "EUR 4050000"} <= found


def test_a_letter_sign_before_a_price_per_head_is_money_where_its_country_writes_it():
    assert _sums("In Honduras the grant is L 180 per pupil a year.") == [("money", 180, "HNL")]
    assert [c for _k, _v, c in _sums("In Honduras, grade L 180 pupils sat the test.") if c == "HNL"] == []


def test_a_count_after_listed_adjectives_and_its_parts_after_of_which_or_of_whom():
    text = "The team inspected 52 old, cracked and leaking tanks, of which 14 replaced."
    assert [(f.value["value"], f.rule) for f in find_amounts(text)] == [(52, "count"), (14, "count:elided")]
    text = "Nine nurses fell ill, and 12 drivers were infected, of whom 3 have recovered."
    assert (3, "count:elided") in [(f.value["value"], f.rule) for f in find_amounts(text)]


def test_a_tanzanian_shillings_plural_sign_and_a_paraguayan_guarani_sign_are_money():
    assert _sums("A night guard is paid TShs. 4,500 a day.") == [("money", 4500, "TZS")]
    assert _sums("Gs. 640.000 went to each rural school.") == [("money", 640000, "PYG")]


def test_an_indian_grouped_sum_is_read_whole():
    assert _sums("Each family was granted Rs. 3,72,400 towards a new roof.") == [("money", 372400, "INR")]


def test_a_caption_in_thousands_of_a_currency_named_in_words_gives_its_table_the_unit():
    table = (
        "Costs by district (figures in thousands of CFA francs)\n\n"
        "District | Asked | Given\n\n"
        "North | 75 000 | 30 500\n\n"
        "Coast | 12 800 | 9 900\n\n"
        "No district got all it asked."
    )
    found = [(f.value["kind"], f.value["currency"], f.value["value"]) for f in find_amounts(table)]
    assert found == [("money", "XOF", v * 1e3) for v in (75_000, 30_500, 12_800, 9_900)]


def test_a_table_with_a_column_of_currency_codes_holds_sums_in_each_row_s_currency():
    table = (
        "Spending by partner\n\n"
        "Partner | Unit | Budget | Spent\n\n"
        "Sweden | SEK | 2,300,000 | -\n\n"
        "Korea | KRW | - | 610,000,000\n\n"
        "Figures are provisional."
    )
    found = [(f.value["kind"], f.value["currency"], f.value["value"]) for f in find_amounts(table)]
    assert found == [("money", "SEK", 2_300_000), ("money", "KRW", 610_000_000)]


def test_a_column_headed_by_the_people_it_counts_stays_counts_under_a_caption_in_a_currency():
    table = (
        "Grants by month (EUR)\n\n"
        "Month | Families helped | Amount paid\n\n"
        "May | 12,300 | 4,150,000\n\n"
        "June | 14,900 | 5,020,000\n\n"
        "End."
    )
    found = [(f.value["kind"], f.value["currency"], f.value["value"]) for f in find_amounts(table)]
    assert found == [
        ("count", None, 12300),
        ("money", "EUR", 4_150_000),
        ("count", None, 14900),
        ("money", "EUR", 5_020_000),
    ]


def test_meticais_written_mt_after_the_figure_are_money_only_where_mozambique_is_named():
    text = "Schools in Mozambique were owed 86.400,50 MT in fees, or 12,75 MT for each child."
    assert _sums(text) == [("money", 86_400.5, "MZN"), ("money", 12.75, "MZN")]
    assert all(code != "MZN" for _kind, _value, code in _sums("The barge carried 86.400,50 MT in sacks."))


def test_tonnes_written_mt_before_of_and_a_noun_stay_no_meticais_where_mozambique_is_named():
    text = "The port in Mozambique loaded 500 MT of maize and 200 MT of rice for the camps."
    assert all(code != "MZN" for _kind, _value, code in _sums(text))


def test_a_scaled_number_after_a_scaled_count_or_before_of_them_goes_on_with_the_count_not_the_sum():
    text = (
        "A fund of SEK 2 billion paid for the seed Farmers have since taken 4.7 million of them, "
        "0.5 million in the north."
    )
    assert _sums(text) == [("money", 2e9, "SEK"), ("count", 4.7e6, None), ("count", 0.5e6, None)]


def test_the_lira_sign_with_italian_scales_and_a_decimal_comma_reads_dots_as_thousands():
    text = "In Italy the new hospital wing cost Lit. 7,25 miliardi; the province paid Lit. 1.480 milioni of it."
    assert _sums(text) == [("money", 7.25e9, "ITL"), ("money", 1.48e9, "ITL")]


def test_a_shilling_sign_several_countries_write_is_the_one_of_the_country_the_author_names():
    text = "The ferry built in Kenya costs Shs 860 million a year to run for Tanzania."
    author = "UNITED REPUBLIC OF TANZANIA\nMinistry of Transport"
    assert [(f.value["value"], f.value["currency"]) for f in find_amounts(text, author=author)] == [(8.6e8, "TZS")]


def test_a_table_captioned_in_a_local_sign_and_a_scale_holds_sums():
    table = "Road fund by zone, Tanzania (Shs m)\n\nZone | 2029 | 2030\n\nLake | 45 | 52\n\nCoast | 31 | 29\n\nEnd."
    assert _sums(table) == [("money", v * 1e6, "TZS") for v in (45, 52, 31, 29)]


def test_new_ouguiyas_and_an_ecu_written_after_its_sum_are_money():
    assert _sums("Port fees reached 2 050 million new ouguiyas.") == [("money", 2.05e9, "MRU")]
    assert _sums("A loan of 12,8 million ECU was signed for the dam.") == [("money", 12.8e6, "XEU")]


def test_a_local_sign_the_reader_cut_from_its_scaled_figure_gives_the_next_cell_its_sum():
    table = "Works in Italy by site:\n\nSite | Cur. | Amount\n\nBridge | Lit. | 5.480 milioni\n\nRoad | Lit. | 850,5 milioni\n\nEnd."
    assert [v for _kind, v, code in _sums(table) if code == "ITL"] == [5.48e9, 8.505e8]


def test_a_figure_with_decimals_and_nothing_counted_is_no_count():
    table = "Price index by town:\n\nTown | Q1 | Q2\n\nAsh | 104.3 | 98.75\n\nElm | 3 115.2 | 2 987.6\n\nDone."
    assert _sums(table) == []


def test_a_part_left_out_after_of_which_may_say_what_it_is_for():
    text = "The council built 64 classrooms, of which 18 for science teaching."
    assert [(f.value["value"], f.rule) for f in find_amounts(text)] == [(64, "count"), (18, "count:elided")]


def test_people_counted_by_their_role_after_a_body_s_name_and_its_acronym_in_brackets():
    text = "The mission sent 25 International Labour Organization (ILO) inspectors."
    assert [(f.value["value"], f.value["unit"]) for f in find_amounts(text)] == [
        (25, "International Labour Organization inspectors")
    ]
    assert [f.value["value"] for f in find_amounts("Seven Fire Rescue Service officers joined the team.")] == [7]


def test_the_length_of_an_enclosed_report_is_no_count():
    assert find_amounts("Annex: the tender file of 3 volumes and 412 folios.") == []


@pytest.mark.parametrize("unit", ["(in NOK 1,000)", "(in 1 000 EUR)", "£000"])
def test_a_table_in_thousands_written_as_a_thousand_or_as_a_sign_on_000(unit):
    table = f"Grants to districts {unit}\n\nDistrict | 2021\n\nNorth | 1,250\n\nSouth | 980\n\nDone."
    assert [f.value["value"] for f in find_amounts(table)] == [1250e3, 980e3]


def test_a_column_head_in_thousands_of_a_sign_is_no_sum_of_nothing():
    table = "Outlays:\n\n| £000 | £000\n\nRoads | 1,250 | 1,300\n\nSchools | 980 | 990\n\nDone."
    assert [f.norm for f in find_amounts(table)] == ["GBP 1250000", "GBP 1300000", "GBP 980000", "GBP 990000"]


def test_the_numbers_of_a_table_s_rows_are_no_sums():
    table = (
        "Projects (in USD 1,000)\n\nNo | Project | Amount\n\n1 | Roads | 400\n\n2 | Schools | 250\n\n"
        "3 | Clinics | 120\n\nDone."
    )
    assert [f.norm for f in find_amounts(table)] == ["USD 400000", "USD 250000", "USD 120000"]


def test_a_column_headed_by_a_unit_of_measure_holds_no_sums():
    table = "Plants financed (EUR million)\n\nPlant | Capacity t | Cost\n\nNorth | 120.0 | 4.5\n\nSouth | 80.0 | 3.5\n\nDone."
    assert [f.norm for f in find_amounts(table)] == ["EUR 4500000", "EUR 3500000"]


def test_a_column_of_currencies_gives_each_row_its_own_under_a_caption_s_scale():
    table = (
        "Support by partner (USD million)\n\nPartner | Currency | Paid | In USD\n\nDenmark | DKK | 60.0 | 8.7\n\n"
        "Switzerland | CHF | 5.0 | 5.6\n\nCanada | USD | 2.0 | 2.0\n\nDone."
    )
    assert [f.norm for f in find_amounts(table)] == [
        "DKK 60000000",
        "USD 8700000",
        "CHF 5000000",
        "USD 5600000",
        "USD 2000000",
        "USD 2000000",
    ]


def test_nepal_s_rupee_sign():
    assert one("Nepal's budget allocates NRs 12 billion to schools.")["currency"] == "NPR"


def test_a_head_of_units_only_stands_over_the_last_columns():
    table = "Capital plan:\n\n£000 | £000 | %\n\nP1 | Harbours | 2,400 | 2,520 | +5\n\nP2 | Libraries | 600 | 618 | +3\n\nDone."
    assert [f.norm for f in find_amounts(table)] == [
        "GBP 2400000",
        "GBP 2520000",
        "5%",
        "GBP 600000",
        "GBP 618000",
        "3%",
    ]


def test_a_column_headed_by_a_dollar_sign_with_a_letter_holds_sums_not_tonnes():
    table = "Transfers:\n\nItem | T$\n\nRoads | 4,100,000\n\nPorts | 900,000\n\nTonga will report."
    assert [f.norm for f in find_amounts(table)] == ["TOP 4100000", "TOP 900000"]


def test_a_shared_sign_heading_a_tables_column_is_the_documents_own_currency():
    text = (
        "The Ministry of Finance of Sri Lanka sets out the transfers to the provinces.\n\n"
        "Province | Rs (million)\n\nNorthern | 420.0\n\nUva | 315.5\n"
    )
    money = [
        f for f in find_amounts(text, author="Ministry of Finance\nColombo, Sri Lanka") if f.value["kind"] == "money"
    ]
    assert [(f.norm, f.currency_rule) for f in money] == [
        ("LKR 420000000", "Rs.home_country"),
        ("LKR 315500000", "Rs.home_country"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Nigeria's Federal Executive Council approved N4.5 billion and N250,000 per ward.",
            ["NGN 4500000000", "NGN 250000"],
        ),
        # Where Nigeria is not named, "N" and a figure are no sum (a road, a grid square).
        ("Trucks leave the N4 at kilometre 12 for the depot.", []),
    ],
)
def test_the_nairas_letter_before_a_figure_is_money_where_nigeria_is_named(text, expected):
    assert [f.norm for f in find_amounts(text) if f.value["kind"] == "money"] == expected


@pytest.mark.parametrize(
    "text, currency, rule",
    [
        # Undated (a proclamation dated only in words): the latest year it names places it before the new metical.
        ("Mozambique releases 700 million meticais from the Budget for 2003.", "MZM", "old_currency.latest_year_named"),
        ("Mozambique releases 700 million meticais from the Budget for 2011.", "MZN", None),
    ],
)
def test_an_undated_documents_latest_year_decides_a_redenominated_currencys_code(text, currency, rule):
    money = [f for f in find_amounts(text) if f.value["kind"] == "money"]
    assert [(f.value["currency"], f.currency_rule) for f in money] == [(currency, rule)]


def test_a_redenomination_by_the_letters_date_records_its_rule():
    found = find_amounts("Zambia budgeted K 60 billion for rural clinics.", letter_date=dt.date(2009, 6, 1))
    assert [f.rule_id for f in found] == ["money_local+old_currency.letter_date"]


@pytest.mark.parametrize(
    "text, author, expected",
    [
        ("Sweden will give kr 40 million to the fund.", "", ["SEK 40000000"]),
        ("Norway paid kr. 2,500,000 and NKr 3 million more.", "", ["NOK 2500000", "NOK 3000000"]),
        (
            "Sweden and Norway each gave kr 5 million.",
            "Ministry for Foreign Affairs\nStockholm, Sweden",
            ["SEK 5000000"],
        ),
        ("Islamabad allots ₨ 12 billion to dams.", "Ministry of Water\nIslamabad, Pakistan", ["PKR 12000000000"]),
        ("A 5 kr coin is no grant.", "", []),
    ],
)
def test_the_signs_of_the_nordic_crowns_and_the_rupee_are_the_documents_own(text, author, expected):
    assert [f.norm for f in find_amounts(text, author=author) if f.value["kind"] == "money"] == expected


def test_a_sum_in_a_letter_sign_after_its_figure_keeps_its_qualifier():
    found = find_amounts("Mozambique, 2015: contracts of up to 2 500 000,00 MT may be awarded directly.")
    assert [(f.norm, f.value["qualifier"]) for f in found] == [("MZN 2500000", "up to")]


def test_a_sum_restated_in_words_in_a_tables_lead_in_gives_the_table_no_scale():
    # "(three million Danish kroner)" restates a sum: the words are no "million" unit for the figures below.
    text = (
        "The Ministry adds DKK 3 000 000 (three million Danish kroner), shared as follows:\n\n"
        "Region | Earlier | Now\n\nNorth | 2 000 000 | 3 000 000\n\nSouth | 1 000 000 | 3 000 000\n\nDone."
    )
    money = [f.norm for f in find_amounts(text) if f.value["kind"] == "money"]
    assert money[2:] == ["DKK 2000000", "DKK 3000000", "DKK 1000000", "DKK 3000000"]


def test_a_lead_in_ending_in_its_unit_and_a_colon_gives_a_two_line_head_s_table_its_unit():
    # The lead-in sentence ends "(EUR thousand):"; the head runs over two lines, the first one unsplit; the budget
    # lines' numbers rise before each row's label and are no sums; a change column is signed.
    text = (
        "The ceilings of the budget lines below are changed as set out in this table (EUR thousand):\n\n"
        "Line Earlier Change New\n\n| | ceiling | | ceiling\n\n"
        "4.2 | Rural roads | 1 500 | -200 | 1 300\n\n4.3 | Schools | 900 | +200 | 1 100\n\n"
        "4.7 | Clinics | 400 | +50 | 450\n\nDone."
    )
    assert [f.norm for f in find_amounts(text)] == [
        "EUR 1500000",
        "EUR 200000",
        "EUR 1300000",
        "EUR 900000",
        "EUR 200000",
        "EUR 1100000",
        "EUR 400000",
        "EUR 50000",
        "EUR 450000",
    ]


def test_a_day_written_with_dots_in_a_table_s_head_is_no_sum():
    text = (
        "Releases (in DM)\n\nLine | Pledged | Released\n\n| 1992 | 14.03.1993\n\nRoads | 1.000.000 | 500.000\n\nDone."
    )
    assert [f.norm for f in find_amounts(text)] == ["DEM 1000000", "DEM 500000"]


@pytest.mark.parametrize(
    "text",
    [
        "The corrected Table 2 reads as follows.",
        "Output 2 Water tanks for households on the atolls",
        "Component 2 Teacher training keeps its budget.",
    ],
)
def test_the_number_of_a_table_an_output_or_a_component_is_no_amount(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    "text, currency, value",
    [
        ("Indonesia has provided only Rp. 45.3 billion of counterpart funds.", "IDR", 45.3e9),
        ("In Ethiopia, the regions will meet costs estimated at Birr 4.2 million.", "ETB", 4.2e6),
    ],
)
def test_the_rupiah_with_a_stop_and_the_birr_before_a_sum_are_money(text, currency, value):
    found = find_amounts(text)
    assert [(f.value["currency"], f.value["value"]) for f in found] == [(currency, value)]


def test_the_cent_sign_before_a_sum_is_the_cedi_where_ghana_is_named():
    text = "The Government of Ghana has deposited ¢2,300 million in the project account."
    found = find_amounts(text, letter_date=dt.date(1995, 5, 2))
    assert [(f.value["currency"], f.value["value"]) for f in found] == [("GHC", 2.3e9)]
    assert [f.value["kind"] for f in find_amounts("A coffee costs ¢250 million in the story.")] == ["count"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a commitment fee of one-quarter of one per cent (0.25%) a year", ["0.25%"]),
        ("a loan not exceeding Twelve Billion Japanese Yen (¥12,000,000,000)", ["JPY 12000000000"]),
    ],
)
def test_a_figure_in_brackets_after_words_that_read_otherwise_is_the_amount(text, expected):
    assert [f.norm for f in find_amounts(text)] == expected


def test_the_author_s_own_letterhead_names_the_dollar_where_the_head_also_names_the_addressee_s_country():
    # The reader writes each line of the head as a paragraph: the addressee's block is not told from the author's.
    text = (
        "Agency for Overseas Aid\n\nDr. Rosa Lind\n\nRegional Health Office\n\nWashington, D.C.\n\nU.S.A.\n\n"
        "Subject: grant for Haiti\n\nCanada has paid $2 million to the Regional Health Office for the vaccination of "
        "children in Haiti, as the arrangement Canada signed in 2004 provides.\n\n" + BODY
    )
    assert dollar_rule(text, "Ottawa, Ontario") == ("CAD", "dollar.home_country")


@pytest.mark.parametrize(
    "text",
    [
        "The figure 3.5 million counts the pupils enrolled.",
        "The table 1,200 households answered is attached.",
    ],
)
def test_a_scaled_or_grouped_figure_after_a_reference_word_is_an_amount(text):
    # "Table 2" numbers a table; a figure with a scale or thousands' separator counts something.
    assert find_amounts(text) != []


@pytest.mark.parametrize(
    "table, expected",
    [
        # Sums that rise from row to row before each row's label are still sums.
        (
            "Allocations (EUR million)\n\nLine | Sector\n\n15 | Water\n\n35 | Energy\n\n60 | Transport\n\nDone.",
            ["EUR 15000000", "EUR 35000000", "EUR 60000000"],
        ),
        # Dotted codes before each row's label number the rows; the sums are the last column's.
        (
            "Allocations (EUR million)\n\nLine | Sector | Sum\n\n2.1 | Water | 15\n\n2.3 | Energy | 35\n\n"
            "2.6 | Transport | 60\n\nDone.",
            ["EUR 15000000", "EUR 35000000", "EUR 60000000"],
        ),
    ],
)
def test_rising_first_cells_are_row_numbers_only_when_code_shaped(table, expected):
    assert [f.norm for f in find_amounts(table)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Spanish and Portuguese millions, as English versions of those administrations' letters keep them.
        ("Peru asks the Bank for US$ 42,5 millones for bridges.", ["USD 42500000"]),
        ("The Agency will pay R$ 3,2 milhões to Angola.", ["BRL 3200000"]),
        # The lempira's sign with a stop, the taka's abbreviation (with lakh), the kip and the leu by their nouns.
        ("Honduras will put up L. 45.000.000,00 for the dykes.", ["HNL 45000000"]),
        ("The Board set aside Tk. 2,15,500.00 lakh for river dredging in Bangladesh.", ["BDT 21550000000"]),
        ("Laos will bear about 90,000,000 kip for the wells.", ["LAK 90000000"]),
        ("Romania proposes 320,5 million lei for the hospitals.", ["RON 320500000"]),
    ],
)
def test_sums_written_as_other_administrations_write_them(text, expected):
    assert [f.norm for f in find_amounts(text) if f.value["kind"] == "money"] == expected


def test_a_caption_naming_its_currency_in_words_then_in_scale_gives_the_table_its_unit():
    # "(Rupees in crore)": the currency's noun, then its scale; a row labelled a percentage holds percentages.
    text = (
        "Schools programme, first half of 2031 (Rupees in crore)\n\nSource | Centre | State | Both\n\n"
        "Released | 210.50 | 95.25 | 305.75\n\n% spent | 71.25 | 64.85 | 69.21\n\nThe works go on."
    )
    assert [f.norm for f in find_amounts(text)] == [
        "INR 2105000000",
        "INR 952500000",
        "INR 3057500000",
        "71.25%",
        "64.85%",
        "69.21%",
    ]


def test_a_column_of_money_paid_out_without_a_unit_is_in_the_tables_money_unit():
    text = (
        "The Fund's grants to three countries:\n\nCountry | Grant (EUR m) | Years | Disbursed by 31 March\n\n"
        "Chad | 40.0 | 2019-2021 | 12.5\n\nNiger | 25.0 | 2020-2022 | 7.0\n\nFurther grants follow."
    )
    assert [f.norm for f in find_amounts(text)] == ["EUR 40000000", "EUR 12500000", "EUR 25000000", "EUR 7000000"]


@pytest.mark.parametrize(
    "head, expected",
    [
        # A head with a bracketed unit of its own counts that unit, no money.
        ("Committed (schools) | Received (pupils)", ["USD 4000000"]),
        # Words that head counts as often as sums give no money unit.
        ("Paid | Spent", ["USD 4000000"]),
    ],
)
def test_a_column_whose_head_may_count_other_things_keeps_no_money_unit(head, expected):
    text = f"Grants by district\n\nDistrict | Budget (USD m) | {head}\n\nNorth | 4.0 | 3 | 2\n\nMore follows."
    assert [f.norm for f in find_amounts(text) if f.value["kind"] == "money"] == expected


@pytest.mark.parametrize(
    "label, rate", [("Support costs (7% of the items above)", "7%"), ("Equity (owners, 30%)", "30%")]
)
def test_a_row_label_that_names_a_rate_inside_it_holds_a_sum(label, rate):
    text = (
        "Costs of the programme (USD)\n\nComponent | Amount\n\nTeachers' training | 400,000\n\n"
        f"{label} | 28,000\n\nThe Fund pays them."
    )
    assert [f.norm for f in find_amounts(text)] == ["USD 400000", rate, "USD 28000"]


@pytest.mark.parametrize("label", ["Price contingency (ten per cent)", "Contingencies at ten percent"])
def test_a_row_label_that_names_a_rate_in_words_holds_a_sum(label):
    text = f"Costs of the works (USD)\n\nItem | Amount\n\nCivil works | 400,000\n\n{label} | 40,000\n\nEnd."
    assert [f.norm for f in find_amounts(text) if f.value["kind"] == "money"] == ["USD 400000", "USD 40000"]


@pytest.mark.parametrize("label", ["% of the grant", "Execution rate (%)", "Share, per cent"])
def test_a_row_label_whose_unit_is_a_percentage_holds_rates(label):
    text = f"Costs of the works (USD)\n\nItem | Amount\n\nCivil works | 400,000\n\n{label} | 40\n\nEnd."
    assert [f.norm for f in find_amounts(text)] == ["USD 400000", "40%"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ukraine granted 2 075 000 (two million seventy-five thousand) hryvnias to the schools.",
            ["UAH 2075000"],
        ),
        ("The sum of 1 000 000 (one million) US dollars was paid.", ["USD 1000000"]),
    ],
)
def test_a_sum_said_again_in_words_in_brackets_before_its_currency_is_one_sum(text, expected):
    assert [f.norm for f in find_amounts(text)] == expected


def test_millions_and_thousand_millions_abbreviated_with_a_stop():
    text = "Moldova will add 3,7 mil. MDL for bridges and 1,4 mld. MDL for the railway."
    assert [f.norm for f in find_amounts(text)] == ["MDL 3700000", "MDL 1400000000"]


@pytest.mark.parametrize(
    "text, expected",
    [("The city raised R$ 500 mil.", ["BRL 500"]), ("Each school received US$ 750 mil. The rest waits.", ["USD 750"])],
)
def test_a_sentence_final_iberian_thousand_is_no_million(text, expected):
    assert [f.norm for f in find_amounts(text)] == expected


def test_a_column_headed_by_an_abbreviated_scale_and_a_currency_holds_sums():
    text = (
        "Hungary: the works by county\n\nCounty | Sites (no.) | Cost (mil. HUF) | Cost (mil.EUR)\n\n"
        "Baranya | 7 | 3.480,0 | 9,6\n\nTolna | 2 | 905,5 | 2,5\n\nDone."
    )
    assert [f.norm for f in find_amounts(text) if f.value["kind"] == "money"] == [
        "HUF 3480000000",
        "EUR 9600000",
        "HUF 905500000",
        "EUR 2500000",
    ]


def _money_found(text: str) -> list[tuple]:
    """(currency, value) of each sum ``find_amounts`` reads in ``text``."""
    return [(f.value["currency"], f.value["value"]) for f in find_amounts(text) if f.value["kind"] == "money"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The credit of SDR9,450,000 carries a service charge.", [("XDR", 9_450_000)]),
        ("The district adds TJS40 million in cash.", [("TJS", 40e6)]),
    ],
)
def test_a_code_touching_a_scaled_or_grouped_figure_is_a_sum(text, expected):
    # "COP28" and "SDG16" are names with a number; a scale or thousands' groups make the figure a sum.
    assert _money_found(text) == expected


def test_the_yemeni_rial_s_abbreviation_is_a_currency():
    assert _money_found("The ministry pledged YR 900 million for the wells.") == [("YER", 900e6)]


@pytest.mark.parametrize(
    "text, currency",
    [
        ("Oman's ministry set aside 25 million rials for the shelters.", "OMR"),
        ("Jordan's budget holds 40 million dinars for the camps.", "JOD"),
        ("Saudi Arabia gave 300 million riyals to the clinics.", "SAR"),
    ],
)
def test_a_noun_several_currencies_share_is_the_currency_of_the_one_country_the_text_names(text, currency):
    assert [c for c, _value in _money_found(text)] == [currency]


@pytest.mark.parametrize(
    "caption, currency, scale",
    [
        ("Pledges and payments, in euro millions:", "EUR", 1e6),
        ("Figures shown in thousands of KD", "KWD", 1e3),
    ],
)
def test_a_table_s_unit_given_once_as_a_currency_and_a_plural_scale_or_a_sign_scales_its_figures(
    caption, currency, scale
):
    table = f"{caption}\n\nFund | Pledge | Paid\n\nWater Fund | 12.0 | 4.0\n\nSchools Fund | 30.0 | 10.0\n\nEnd."
    found = _money_found(table)
    assert (currency, 12 * scale) in found and (currency, 10 * scale) in found


def test_a_bare_dollar_is_the_dollar_of_the_government_a_release_opens_with():
    text = (
        "OFFICE OF THE FOREIGN MINISTER\n\nPRESS STATEMENT  FM/031\n\nNEW WHARVES FOR THE ATOLLS\n\n"
        "The New Zealand Government has agreed to grant $7 million for two wharves on the atolls, its Foreign "
        "Minister said in Wellington.\n\n" + BODY
    )
    assert dollar_rule(text) == ("NZD", "dollar.opening_government")


@pytest.mark.parametrize("author", ["Asian Development Bank", ""])
def test_an_international_organisation_s_release_that_opens_with_its_partner_government_counts_in_us_dollars(author):
    head = "" if author else "UNITED NATIONS DEVELOPMENT PROGRAMME\n\n"
    text = (
        f"{head}NEWS RELEASE\n\nSOLAR POWER FOR THE ATOLLS\n\n"
        "The Government of Tuvalu has joined the Bank in a $9 million grant for solar power on the outer "
        "atolls.\n\n" + BODY
    )
    assert dollar_rule(text, author) == ("USD", "dollar.international_author")


def test_a_sum_in_words_then_its_figure_in_brackets_before_the_currency_is_one_sum():
    text = "The Fund lends two million four hundred thousand (2,400,000) euros to the water board."
    assert [(f.value["kind"], f.value.get("currency"), f.value["value"]) for f in find_amounts(text)] == [
        ("money", "EUR", 2_400_000)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The county was allocated Kshs. 4.2 billion for clinics.", [("money", 4.2e9, "KES")]),
        ("A further KShs 750 million goes to feeder roads.", [("money", 7.5e8, "KES")]),
        ("Each district received Ushs. 900,000 for fuel.", [("money", 900000, "UGX")]),
    ],
)
def test_a_sign_of_letters_may_end_in_an_abbreviation_s_dot(text, expected):
    assert _sums(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The budget provides MECU 310.5 for the programme.", [("money", 310.5e6, "XEU")]),
        ("A further 15 MECU is set aside for Malta.", [("money", 15e6, "XEU")]),
        ("Sweden gave MSEK 40 to the fund.", [("money", 40e6, "SEK")]),
        ("Costs rose to TEUR 450 in the year.", [("money", 450e3, "EUR")]),
    ],
)
def test_a_code_that_holds_its_scale_is_a_sum_at_that_scale(text, expected):
    assert _sums(text) == expected


def test_a_table_in_a_code_that_holds_its_scale_holds_sums_at_that_scale():
    table = (
        "Payments by partner (MECU)\n\n"
        "Partner | First | Second\n\n"
        "Ghana | 3.5 | 2.0\n\n"
        "Peru | 1.5 | 4.0\n\n"
        "Further tranches follow."
    )
    found = [(f.value["kind"], f.value["currency"], f.value["value"]) for f in find_amounts(table)]
    assert found == [("money", "XEU", v * 1e6) for v in (3.5, 2.0, 1.5, 4.0)]


def test_a_caption_that_names_a_currency_then_its_code_kept_out_as_a_word_gives_the_table_its_unit():
    table = (
        "Road repairs by district (Albanian leks, ALL)\n\n"
        "District | Planned | Done\n\n"
        "North | 800,000 | 650,000\n\n"
        "South | 420,000 | 300,000\n\n"
        "All works end in autumn."
    )
    found = [(f.value["kind"], f.value["currency"], f.value["value"]) for f in find_amounts(table)]
    assert found == [("money", "ALL", v) for v in (800_000, 650_000, 420_000, 300_000)]


@pytest.mark.parametrize("caption", ["(Convention on the Rights of the Child, CRC)", "(Peru, PEN)", "(Bhutan, BTN)"])
def test_a_code_after_words_that_name_no_currency_gives_a_table_of_counts_no_currency(caption):
    table = f"Cases reviewed by region {caption}\n\nRegion | Opened | Closed\n\nNorth | 4 | 1\n\nSouth | 3 | 2\n\nMore soon."
    assert [f.value["kind"] for f in find_amounts(table) if f.value["kind"] == "money"] == []


def test_a_code_after_its_currency_s_name_gives_the_table_its_currency():
    table = "Grants by region (Omani rials, OMR)\n\nRegion | Granted | Paid\n\nDhofar | 4,000 | 1,500\n\nMore soon."
    found = [(f.value["kind"], f.value["currency"], f.value["value"]) for f in find_amounts(table)]
    assert found == [("money", "OMR", v) for v in (4_000, 1_500)]


def test_a_total_row_closed_by_a_bar_stands_in_the_columns_from_the_first():
    table = (
        "Grants per school\n\n"
        "School | GBP | Note\n\n"
        "Hill School | 8,000 | paid\n\n"
        "Lake School | 2,750 | pending\n\n"
        "Total | 10,750 |\n\n"
        "Next term starts soon."
    )
    found = [(f.value["kind"], f.value["currency"], f.value["value"]) for f in find_amounts(table)]
    assert found == [("money", "GBP", v) for v in (8_000, 2_750, 10_750)]


def test_a_cell_with_a_sum_per_year_holds_a_sum_in_the_table_s_unit():
    table = (
        "Grants by fund (GBP m)\n\n"
        "Fund | Size | Change\n\n"
        "Roads | 3.5 a year | +0.5\n\n"
        "Schools | 9.0 | +1.0\n\n"
        "Sizes are reviewed each spring."
    )
    found = [(f.value["kind"], f.value["currency"], f.value["value"]) for f in find_amounts(table)]
    assert ("money", "GBP", 3.5e6) in found
    assert ("count", None, 3.5) not in found


def test_the_number_of_a_parliamentary_paper_is_no_count():
    assert _sums("The House reviewed White Paper 7 205 last week.") == []


def test_a_sanction_s_sum_restated_in_words_after_its_currency_is_no_count():
    text = "An order sanctions Rs. 4,20,000/- (Rupees four lakh twenty thousand only) for the hostel."
    assert _sums(text) == [("money", 420_000, "INR")]


def test_a_sum_marked_in_whole_units_with_an_equals_sign_and_restated_in_words_is_one_sum():
    # "/=" is the whole-units mark as "/-" is: the bracket after it restates the figure, no count of its own.
    text = "The district board paid KES 37,500/= (thirty-seven thousand five hundred shillings) for the boat repairs."
    assert [f.norm for f in find_amounts(text)] == ["KES 37500"]


@pytest.mark.parametrize("head", ["Grant (60 %)", "Grant at 60 per cent", "Grant (60%)"])
def test_a_column_head_that_names_a_rate_with_its_number_holds_the_captions_sums(head):
    text = f"Costs and grants (EUR million)\n\nCompany | Cost | {head}\n\nNorth Grid | 300.0 | 180.0\n\nEnd."
    assert [f.norm for f in find_amounts(text)] == ["60%", "EUR 300000000", "EUR 180000000"]


@pytest.mark.parametrize("text", ["converted at EUR 1 = USD 1.085 (May rates)", "at 1 EUR = USD 1.085 throughout"])
def test_the_price_of_one_unit_in_an_exchange_rate_reads_its_dot_as_a_decimal(text):
    assert "USD 1.085" in [f.norm for f in find_amounts(text)]


def test_columns_adding_up_row_by_row_to_a_column_headed_by_a_currency_are_in_that_currency():
    text = (
        "How the towns pay in 2031:\n\nTown | Grants | Loans | Sum (NOK)\n\n"
        "Lakeview | 120,000 | 480,500 | 600,500\n\nRiverton | 75,250 | 300,000 | 375,250"
    )
    assert _sums(text) == [
        ("money", 120000.0, "NOK"),
        ("money", 480500.0, "NOK"),
        ("money", 600500.0, "NOK"),
        ("money", 75250.0, "NOK"),
        ("money", 300000.0, "NOK"),
        ("money", 375250.0, "NOK"),
    ]
    # Columns of other things beside a sum add up to nothing: they stay what they are.
    text = (
        "Clinics in 2031:\n\nDistrict | Clinics | Staff | Budget (NOK)\n\n"
        "North | 12 | 140 | 600,500\n\nSouth | 9 | 95 | 375,250"
    )
    assert _sums(text) == [
        ("count", 140.0, None),
        ("money", 600500.0, "NOK"),
        ("count", 95.0, None),
        ("money", 375250.0, "NOK"),
    ]


def test_a_title_ending_in_what_its_figures_are_in_gives_a_numbered_table_its_currency_across_rules():
    text = (
        "Table 2\n\nWhat the water board paid the towns on its list over the year Figures in NOK\n\n===========\n\n"
        "Line Town Works Paid\n\n===========\n\nCOASTAL TOWNS\n\n1 | Lakeview | Pumps | 40,000\n\n"
        "2 | Riverton | Pipes | 25,500\n\nHILL TOWNS 3 | Oakdale | Tanks | 12,000\n\n4 | Elmford | Wells | 9,000"
    )
    assert _sums(text) == [
        ("money", 40000.0, "NOK"),
        ("money", 25500.0, "NOK"),
        ("money", 12000.0, "NOK"),
        ("money", 9000.0, "NOK"),
    ]


def test_a_column_signed_on_its_first_line_and_total_only_holds_sums_in_that_currency():
    text = (
        "Our seed budget:\n\nMaize seed ........ | ₦120,000.00\n\n"
        "Bean seed ........ | 60,000.00\n\nTransport ........ | 20,000.00\n\nTOTAL ........ | ₦200,000.00\n\nEnd."
    )
    assert _sums(text) == [
        ("money", 120000.0, "NGN"),
        ("money", 60000.0, "NGN"),
        ("money", 20000.0, "NGN"),
        ("money", 200000.0, "NGN"),
    ]


def test_indonesian_scales_in_a_sentence_and_in_a_table_caption_with_decimal_commas():
    text = (
        "Roads took Rp 4,25 triliun last year.\n\nBiaya jalan (miliar Rupiah)\n\n"
        "Item | 2030 | 2031\n\nBridges | 812,50 | 790,25\n\nTunnels | 120,75 | 98,40"
    )
    assert _sums(text) == [
        ("money", 4.25e12, "IDR"),
        ("money", 812.5e9, "IDR"),
        ("money", 790.25e9, "IDR"),
        ("money", 120.75e9, "IDR"),
        ("money", 98.4e9, "IDR"),
    ]


def test_a_scaled_number_before_an_acronym_of_what_it_counts_takes_no_currency_from_the_sum_before_it():
    text = "Loans of Rp250.000 went out, and 3.5 million SMEs now bank online."
    assert _sums(text) == [("money", 250000.0, "IDR"), ("count", 3.5e6, None)]


def test_a_part_of_a_sum_given_to_a_body_named_by_its_acronym_keeps_the_sums_currency():
    text = "EUR 9 million (5 million FAO, 4 million ILO) went to the farms."
    assert _sums(text) == [("money", 9e6, "EUR"), ("money", 5e6, "EUR"), ("money", 4e6, "EUR")]
    # An acronym the data knows as no body's is what is counted, singular or plural.
    text = "Vouchers of Rp150.000 a month reach 2.1 million TRC holders."
    assert _sums(text) == [("money", 150000.0, "IDR"), ("count", 2.1e6, None)]


def test_a_table_with_a_head_and_no_rows_holds_no_signed_column():
    from extractor.nlp.amounts import _find_column_sign_money
    from extractor.nlp.tables import Cell, Table

    head = (Cell(0, 4, "Item"), Cell(7, 10, "EUR"))
    assert _find_column_sign_money([Table(caption=None, header=head, rows=())], []) == []


@pytest.mark.parametrize(
    "text, value, currency",
    [
        # A formal note writes the currency's name first, capitalised, then the figure and the figure in words.
        (
            "Row 4: seed stores, Ghana Cedis 615,000 (six hundred and fifteen thousand), paid in two parts",
            615000,
            "GHS",
        ),
        ("Of the Pula 92,500 pledged, half is spent.", 92500, "BWP"),
        ("Uganda Shillings 4.5 billion for feeder roads", 4.5e9, "UGX"),
    ],
)
def test_a_currency_named_before_its_figure_is_one_sum(text, value, currency):
    amount = one(text)
    assert (amount["value"], amount["currency"]) == (value, currency)


def test_a_currency_named_before_a_plain_number_is_no_sum():
    # "Euro 2028" names a tournament; a name before a bare four-digit number is no sum.
    assert [f.norm for f in find_amounts("The Dinar Cup and Euro 2028 drew crowds.")] == []


@pytest.mark.parametrize(
    "text, passed",
    [
        ("Tickets for Rand 2031, the harbour's new ferry, sell out.", [("Rand 2031", NAMED_PLAIN_NUMBER)]),
        # "Leone" closes the country's name on a list's row: the place's word, no currency
        ("Beds per district:\nBo 1,200\nSierra Leone 3,400\n", [("Leone 3,400", NAMED_ENDS_COUNTRY)]),
    ],
)
def test_a_currency_name_read_as_no_sum_records_the_rule_that_passed_it_over(text, passed):
    assert sums_passed_over(text) == passed
    assert all(f.value["kind"] != "money" for f in find_amounts(text))


def test_whole_shillings_mark_ends_a_sum():
    # East African accounts write "/-" or "/=" after a sum in whole shillings: the sum runs through its figure.
    text = "Costs borne in Uganda: tyres, Shs. 58,000/-; lodging and meals, Shs. 9,250/=."
    found = find_amounts(text)
    assert [f.norm for f in found] == ["UGX 58000", "UGX 9250"]
    # the mark's own rule, so a sum whose end it set says so
    assert [f.rule for f in found] == ["money_local:whole_units", "money_local:whole_units"]


@pytest.mark.parametrize(
    "text, day, currency",
    [
        ("Shelters in Ruritania get £740,000 from the Irish Government.", dt.date(1991, 5, 2), "IEP"),
        ("Shelters in Ruritania get £740,000 from the Irish Government.", dt.date(2004, 5, 2), "GBP"),
        # Northern Ireland is the United Kingdom's: its name does not make the pound Irish.
        ("The Government gives £2.6 million to Northern Ireland and to Ruritania.", dt.date(1991, 5, 2), "GBP"),
    ],
)
def test_the_pound_sign_is_ireland_s_before_the_euro_when_the_letter_is_irish(text, day, currency):
    assert [f.value["currency"] for f in find_amounts(text, letter_date=day)] == [currency]


def test_a_copy_line_in_a_heads_own_block_names_no_author():
    # A file minute whose blind-copy line names a UN office: a reader, not the author, so its bare "$" is the one
    # other dollar it names, not the UN's.
    text = (
        "MINUTE TO FILE\n\n"
        "bcc: desk officer, UNDP liaison office\n\n"
        "Re: harbour grant, second year\n\n"
        "The Treasury confirms that the harbour works will be paid $4.3M over two years, each payment booked in AUD "
        "as before.\n"
    )
    assert dollar_rule(text, "Finance Section\nHead of Section") == ("AUD", "dollar.only_other")


def test_a_column_headed_by_its_currency_alone_takes_each_cell_s_scale():
    # A table as the reader hands it on ("head | head", rows a blank line apart), each cell's scale touching its figure.
    text = (
        "Year | Outlay (NZD) | Share\n\n"
        "2026 | 0.85m | a third\n\n"
        "2027 | 1.2M | a half\n\n"
        "2028 | 0.45M | the rest\n\n"
        "Outlays fall in the last year as the clinics pass to the district health boards.\n"
    )
    assert [f.norm for f in find_amounts(text)] == ["NZD 850000", "NZD 1200000", "NZD 450000"]


@pytest.mark.parametrize(
    "text, norm",
    [
        ("Lorries and drivers: up to Can$450,000, says Ottawa.", "CAD 450000"),
    ],
)
def test_a_currency_s_other_written_forms(text, norm):
    assert [f.norm for f in find_amounts(text)] == [norm]


def test_a_unit_the_text_declares_equal_to_the_sdr_is_recorded_as_sdr():
    text = (
        "Credits voted at the March 1988 session: the Mopti river port, UA 2,600,000; the Segou grain stores, "
        "UA 900,000.\n\nEach sign (UA) above is equal to 1 XDR when drawn."
    )
    assert _sums(text) == [("money", 2.6e6, "XDR"), ("money", 0.9e6, "XDR")]
    assert _sums("Two ferries, UA 310,000 apiece (UA 1 = SDR 1), were ordered.")[0] == ("money", 310_000, "XDR")


def test_a_real_currency_converted_to_a_figure_of_sdr_keeps_its_own_code():
    # A conversion of one sum ("equivalent to SDR 8.5 million") declares no unit: the krone stays the krone.
    text = (
        "Denmark pledges DKK 75 million to the Catastrophe Containment Trust for 2031. Payment is in Danish "
        "kroner (DKK), equal to SDR 8.5 million at the day's rate."
    )
    assert _sums(text) == [("money", 75e6, "DKK"), ("money", 8.5e6, "XDR")]
    assert _sums("We give DKK 3 million (DKK 1 = SDR 1.4 then).")[0] == ("money", 3e6, "DKK")


def test_an_id_before_a_scale_is_a_dinar_only_where_the_text_names_the_islamic_dinar_or_its_bank():
    assert all(kind != "money" for kind, *_ in _sums("File (Ticket ID 7,815) was closed once Oslo paid."))
    assert all(cur != "XDR" for *_, cur in _sums("Staff ID 4 million strong, the census said."))
    bank = "Under the Islamic Development Bank's window, ID 2.2 million went to wells"
    assert _sums(bank + ".") == [("money", 2.2e6, "XDR")]
    assert [s for s in _sums(bank + " (pass ID 3,310).") if s[0] == "money"] == [("money", 2.2e6, "XDR")]


def test_an_id_head_of_a_table_is_a_dinar_where_the_document_names_the_bank():
    # The head alone ("ID million") names no bank: the gate reads the whole document.
    table = (
        "Instalment sales of the Islamic Development Bank, 1984\n\n"
        "Year Client Goods ID million USD million\n\n"
        "1984 | Dakar mill | wheat | 3.5 | 4.1\n\n"
        "1985 | Kano works | steel | 1.2 | 1.3\n\n"
        "All sums approved."
    )
    found = [(f.value["currency"], f.value["value"]) for f in find_amounts(table) if f.value["kind"] == "money"]
    assert found == [("XDR", 3.5e6), ("USD", 4.1e6), ("XDR", 1.2e6), ("USD", 1.3e6)]


def test_the_islamic_dinar_before_a_scaled_sum_is_sdr_but_an_identifier_is_no_sum():
    assert _sums("Of the ID 41 million lent to the Sennar pumps in 1979, the IsDB wrote off a third.") == [
        ("money", 41e6, "XDR")
    ]
    assert _sums("a credit of 3 million Islamic Dinars to Benin") == [("money", 3e6, "XDR")]
    assert all(kind != "money" for kind, *_ in _sums("Badge ID 2231 was issued to the visitor."))


def test_a_run_together_head_ending_in_two_units_gives_each_row_s_last_figures_theirs():
    table = (
        "Colombo Plan: equipment shipped, 1961-62\n\n"
        "Station Item LKR thousand GBP thousand\n\n"
        "Kandy | generators | 1,240 | 93\n\n"
        "Galle | cranes | 610 | 46\n\n"
        "Figures are provisional."
    )
    found = [(f.value["currency"], f.value["value"]) for f in find_amounts(table) if f.value["kind"] == "money"]
    assert found == [("LKR", 1_240_000), ("GBP", 93_000), ("LKR", 610_000), ("GBP", 46_000)]


def test_a_scale_word_of_a_decimal_comma_language_reads_a_dot_group_as_thousands():
    # English grouping for the letter's own figures ("7,400,000"); the Spanish scale word keeps its own convention.
    text = "In 1997 the aqueduct board drew CLP 48.250 millones; the donors' share was USD 7,400,000 in all."
    assert _sums(text)[0] == ("money", 48_250e6, "CLP")
    assert _sums("a grant of GBP 2.375 million")[0] == ("money", 2.375e6, "GBP")


@pytest.mark.parametrize(
    "text, value, rule",
    [
        # The scale word read the figure's marks: the sum records that rule, its sign's or its code's rule first.
        ("Para el puerto, el fondo aporta ARS 3.640 millones.", 3_640e6, "money_pre:decimal_comma_scale"),
        ("La obra del muelle costó 6.250 millones EUR en total.", 6_250e6, "money_post:decimal_comma_scale"),
        # No mark in the figure: the scale word read nothing, the plain rule stays.
        ("Para el puerto, el fondo aporta ARS 90 millones.", 90e6, "money_pre"),
    ],
)
def test_a_sum_read_by_a_decimal_comma_scale_word_records_that_rule(text, value, rule):
    found = [f for f in find_amounts(text) if f.value["kind"] == "money"]
    assert [(f.value["value"], f.rule) for f in found] == [(value, rule)]


def test_a_code_before_a_dollar_sign_names_the_currency():
    assert _sums("The province pledged MXN $ 18,400 to each clinic.") == [("money", 18_400, "MXN")]


def test_one_unit_said_worth_another_is_an_exchange_rate_price():
    # "$1 being equivalent to NOK 8.645": one unit's price in words, as "$1 = NOK 8.645" is, a decimal figure.
    text = "Farm loans: converted monthly, $1 being equivalent to NOK 8.645 throughout the audit."
    assert ("money", 8.645, "NOK") in _sums(text)
    assert ("money", 1.172, "EUR") in _sums("For the accounts, SDR 1 is equal to EUR 1.172 this quarter.")
    # A numbered item's price is no exchange rate: "Lot 1" is no currency's unit.
    assert ("money", 2500, "EUR") in _sums("At the auction, Lot 1 is worth EUR 2.500 and Lot 2 is EUR 1.800.")


def test_a_currency_named_by_its_country_before_its_noun():
    # "Tanzania shillings", "Nepal rupees": a country's name standing before the noun of its currency.
    assert _sums("Nepal rupees 6.3 million (the hill schools' roofs)") == [("money", 6.3e6, "NPR")]
    assert _sums("A further 7.5 billion Tanzania shillings was voted for the clinics.") == [("money", 7.5e9, "TZS")]


def test_a_currency_written_with_dot_thousands_keeps_them_in_its_table():
    # Under its table the note names the board's share once in Uruguayan words ("UYU 3.105 millones"): the board's
    # cells "UYU 1.725 M" are thousands of millions too, while the bank's euros stay English ("EUR 2.8 M").
    text = (
        "| Year | Bank      | Board       |\n"
        "|------|-----------|-------------|\n"
        "| 2029 | EUR 2.8 M | UYU 1.725 M |\n"
        "| 2030 | EUR 1.1 M | UYU 1.380 M |\n\n"
        "Note: the coastal road board pays UYU 3.105 millones from its own levy.\n"
    )
    sums = _sums(text)
    assert ("money", 1_725e6, "UYU") in sums and ("money", 1_380e6, "UYU") in sums
    assert ("money", 2.8e6, "EUR") in sums


def test_the_guilder_written_with_its_one_letter_sign_where_the_netherlands_is_named():
    # "f. 95 million", "fl. 3,400,000": the guilder's sign of the letters typed before the euro, read only where the
    # Netherlands is named; elsewhere "f. 12" is a folio or an item.
    text = "The Netherlands expects to provide f. 95 million in 1977 and fl. 3,400,000 for the survey."
    assert _sums(text, dt.date(1976, 11, 2)) == [("money", 95e6, "NLG"), ("money", 3.4e6, "NLG")]
    assert [s for s in _sums("Kenya: see the minutes, f. 12 million copies", dt.date(1976, 11, 2)) if s[2]] == []


def test_a_letterhead_that_names_only_its_capital_gives_the_dollar_of_that_state():
    # An office's letterhead gives its city alone; the other country is named in the body too.
    text = (
        "Tide gauges\n\nAustralia will pay $2.3 million for six tide gauges on the coast of Fiji. The gauges are "
        "Australia's gift; Australia's surveyors will train Fiji's harbour staff to read them.\n"
    )
    assert dollar_rule(text, "Bureau of Tides, Canberra") == ("AUD", "dollar.home_country")
    # A capital in the body (where the addressee's block is) does not make the author's state.
    assert dollar_rule(text.replace("The gauges", "From Canberra, the gauges"), "Tide Desk")[0] != "AUD"


def test_a_column_headed_by_the_canadian_dollar_s_abbreviation_holds_sums():
    text = (
        "School | Cdn $ | Term\n\nHill Road | 48,300 | autumn\n\nCreekside | 19,750 | spring\n\n"
        "The buses are paid apart, with CDN$ 12,000 from the parents' fund."
    )
    found = [(f.value["kind"], f.value.get("currency"), f.value["value"]) for f in find_amounts(text)]
    assert ("money", "CAD", 48300) in found and ("money", "CAD", 19750) in found
    assert ("money", "CAD", 12000) in found


def test_a_sum_written_as_an_adjective_joins_its_scale_with_a_hyphen():
    found = [
        (f.value["currency"], f.value["value"]) for f in find_amounts("Its €4.5-billion plan and a $70-million loan.")
    ]
    assert found == [("EUR", 4.5e9), ("USD", 70e6)]
    assert [f.value["value"] for f in find_amounts("It costs $3-4 million.")] == [3e6]  # a range keeps its dash


def test_the_franc_s_abbreviation_before_a_sum_is_the_document_s_franc():
    text = "The parish gave Fr. 12'500 to the school in Gitega, and SFr. 3,000 for books."
    assert [(f.value["currency"], f.value["value"]) for f in find_amounts(text)] == [("CHF", 12500), ("CHF", 3000)]
    french = "France will lend Fr. 40 million to the port of Dakar; France thanks Senegal and France pays the rest."
    found = find_amounts(french, author="Ministère de la Coopération, Paris, France", letter_date=dt.date(1988, 5, 3))
    assert [(f.value["currency"], f.value["value"]) for f in found] == [("FRF", 40e6)]
    # "Fr." before a name is a priest's title, no currency.
    assert all(f.value["kind"] != "money" for f in find_amounts("Fr. Tomas Lenz baptised 40 children."))
