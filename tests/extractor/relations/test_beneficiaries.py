"""Beneficiary rule table: each rule decides its example, and the commitment names the rule."""

from __future__ import annotations

import pytest
from handdoc import letter_of, make_doc

from extractor.records.extract import extract_path
from extractor.relations.beneficiaries import SUM_RULES, UNDERTAKING_RULES, BeneficiaryCase, Roles, decide_beneficiaries
from extractor.relations.commitments import find_actions, find_commitments
from extractor.relations.letter_doc import LetterDoc

COUNTRIES = [
    (name, code, None)
    for name, code in [
        ("Tunisia", "TUN"),
        ("Egypt", "EGY"),
        ("Libya", "LBY"),
        ("Italy", "ITA"),
        ("Mali", "MLI"),
        ("Niger", "NER"),
        ("Chad", "TCD"),
        ("Jordan", "JOR"),
        ("Morocco", "MAR"),
        ("Syrian", "SYR"),
        ("Lebanon", "LBN"),
    ]
]


def only_commitment(path, text: str):
    """The one commitment extracted from ``text`` written to ``path``."""
    path.write_text(text, encoding="utf-8")
    (c,) = extract_path(path).commitments
    return c


def commitments(body: str, sums: list[str], **spans):
    """The commitments of ``body``, each listed sum a EUR amount of its figure in millions."""
    amounts = [(s, s, {"kind": "money", "value": float(s.split()[1]) * 1e6, "currency": "EUR"}) for s in sums]
    doc = make_doc(body, {"country": COUNTRIES, "amount": amounts, **spans})
    return find_commitments(doc, [], letter_of(body))


def actions(body: str):
    """The actions (pledges without a sum) of ``body``."""
    doc = make_doc(body, {"country": COUNTRIES})
    return find_actions(doc, [], letter_of(body))


def money(found):
    return [c for c in found if c.amounts]


@pytest.mark.parametrize(
    "body, sums, spans, expected",
    [
        (
            "Compacts for Mali and Niger: The Bank signed a compact totaling EUR 40 million with Mali.",
            ["EUR 40"],
            {},
            (["MLI"], "named_below_heading"),
        ),
        (
            "Italy will provide EUR 10 million to Tunisia to curb departures from Libya.",
            ["EUR 10"],
            {},
            (["TUN"], "cued_in_clause"),
        ),
        (
            "The Commission adopted a EUR 10 million programme with Tunisia.",
            ["EUR 10"],
            {},
            (["TUN"], "named_in_clause"),
        ),
        (
            "Programmes will open in Egypt, and the Commission has adopted EUR 20 million.",
            ["EUR 20"],
            {},
            (["EGY"], "cued_in_sentence"),
        ),
        (
            "EUR 100 million will be mobilised for the Sahel. It will support Mali, Niger and Chad.",
            ["EUR 100"],
            {"region": [("Sahel", "Sahel", None)]},
            (["MLI", "NER", "TCD"], "region_next_sentence"),
        ),
        (
            "Our partnerships with Tunisia and Egypt have proven valuable.\n\n"
            "We have launched partnerships with Jordan and Morocco. "
            "We will provide EUR 12 million to these countries for reintegration.",
            ["EUR 12"],
            {},
            (["JOR", "MAR"], "back_reference"),
        ),
        (
            "The programmes in Mali, Niger and Chad are ending.\n\n"
            "We are concerned. The Commission has adopted EUR 45 million for the three countries.",
            ["EUR 45"],
            {},
            (["MLI", "NER", "TCD"], "counted_back_reference"),
        ),
        (
            "The Mali water project is co-financed by the Bank, which is providing EUR 25 million.",
            ["EUR 25"],
            {},
            (["MLI"], "project_country"),
        ),
        (
            "Italy signed agreements with Tunisia and Egypt. These agreements include EUR 15 million for climate adaptation.",
            ["EUR 15"],
            {},
            (["TUN", "EGY"], "named_again"),
        ),
        (
            "The Mali Humanitarian Fund has released EUR 8 million to local partners since March.",
            ["EUR 8"],
            {"programme": [("Mali Humanitarian Fund", "Mali Humanitarian Fund", None)]},
            (["MLI"], "cued_in_clause"),
        ),
        (
            "The Agency is investing EUR 35 million to expand seed supply. This includes grants to farmer "
            "cooperatives. Priority countries include Mali, Niger and Chad.",
            ["EUR 35"],
            {},
            (["MLI", "NER", "TCD"], "focal_countries"),
        ),
        (
            "Last month we approved EUR 20 million in fresh aid. These funds will pay for shelters in Chad and Niger.",
            ["EUR 20"],
            {},
            (["TCD", "NER"], "next_sentence"),
        ),
        (
            "In Chad, cholera has spread to every camp. Last week the Commission allocated EUR 6 million "
            "from its reserve to contain the outbreak.",
            ["EUR 6"],
            {},
            (["TCD"], "paragraph_context"),
        ),
        (
            "I write to explain how we intend to support Jordan this year.\n\n"
            "The needs are great. We have therefore decided that EUR 60 million will be mobilised for school meals.",
            ["EUR 60"],
            {},
            (["JOR"], "letter_beneficiary"),
        ),
        (
            "The Commission has adopted EUR 30 million, a sum stated as a fact.",
            ["EUR 30"],
            {},
            ([], None),
        ),
    ],
)
def test_each_sum_rule_decides_its_example(body, sums, spans, expected):
    (c,) = money(commitments(body, sums, **spans))
    assert (c.beneficiaries, c.because.beneficiaries) == expected


def test_a_recipient_before_the_verb_s_first_sum_receives_its_later_sums():
    body = (
        "The Bank would extend to Tunisia a loan of EUR 36 million, together with a grant of EUR 3 million for schools."
    )
    found = {
        c.amounts[0].value: (c.beneficiaries, c.because.beneficiaries)
        for c in money(commitments(body, ["EUR 36", "EUR 3"]))
    }
    assert found[3e6] == (["TUN"], "recipient_before_sums")


def test_a_recipient_after_the_first_sum_is_only_that_sum_s():
    body = "The Bank will provide EUR 36 million to Tunisia and EUR 3 million for schools."
    found = {c.amounts[0].value: c.because.beneficiaries for c in money(commitments(body, ["EUR 36", "EUR 3"]))}
    assert found[3e6] != "recipient_before_sums"


def test_a_section_heading_naming_countries_alone_gives_them_to_the_sums_below_it():
    body = (
        "The Bank approved new operations this year for the region.\n\n"
        "Mali and Niger: results of the first phase\n\n"
        "The first phase has so far disbursed EUR 50 million out of the funds mobilised with partners."
    )
    (c,) = money(commitments(body, ["EUR 50"]))
    assert (c.beneficiaries, c.because.beneficiaries) == (["MLI", "NER"], "section_heading")


def test_a_heading_that_names_more_than_countries_gives_none():
    body = (
        "The Bank approved new operations this year for the region.\n\n"
        "Water for Mali and Niger\n\n"
        "The first phase has so far disbursed EUR 50 million out of the funds mobilised with partners."
    )
    (c,) = money(commitments(body, ["EUR 50"]))
    assert c.because.beneficiaries != "section_heading"


def test_a_line_cut_short_above_is_no_section_heading():
    body = (
        "Subject: support to countries hosting\n\n"
        "Mali\n\n"
        "The first phase has so far disbursed EUR 50 million out of the funds mobilised with partners."
    )
    (c,) = money(commitments(body, ["EUR 50"]))
    assert c.because.beneficiaries != "section_heading"


def test_an_item_s_country_heading_outranks_a_place_only_named_in_its_clause():
    body = "The Bank announced:\n- Mali and Niger: EUR 18 million in aid, channelled through Italy's agencies."
    (c,) = money(commitments(body, ["EUR 18"]))
    assert (c.beneficiaries, c.because.beneficiaries) == (["MLI", "NER"], "item_heading")


def test_trade_among_countries_is_for_them():
    body = "The Bank approved a grant of EUR 4 million to strengthen trade among Mali, Niger and Chad."
    (c,) = money(commitments(body, ["EUR 4"]))
    assert c.beneficiaries == ["MLI", "NER", "TCD"]


@pytest.mark.parametrize(
    "body, expected",
    [
        # The heading adds no place the body does not name: the other rules decide.
        ("Power in Mali: EUR 40 million to support a plant in Mali.", (["MLI"], "cued_in_clause")),
        # The body names no place: the heading's places stand.
        ("Power in Mali: EUR 40 million to support a plant.", (["MLI"], "cued_in_clause")),
        # The body names only people's origins, no place of its own.
        ("Help for Chad: EUR 40 million for refugees from Syrian camps.", (["TCD"], "cued_in_clause")),
    ],
)
def test_a_run_in_heading_yields_only_to_a_body_that_names_places_of_its_own(body, expected):
    (c,) = money(commitments(body, ["EUR 40"]))
    assert (c.beneficiaries, c.because.beneficiaries) == expected


def test_a_counted_reference_that_is_no_recipient_of_the_sum_takes_no_countries():
    body = "Tunisia and Egypt met in Rome.\n\nThe two governments have agreed a package worth EUR 40 million."
    (c,) = money(commitments(body, ["EUR 40"]))
    assert c.because.beneficiaries != "counted_back_reference" and c.beneficiaries == []


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Italy announced EUR 80 million for Chad, bringing the total Italian aid committed to Chad "
            "to EUR 100 million this year.",
            (["TCD"], "running_total"),
        ),
        (
            "Italy announced EUR 80 million for Chad, bringing our total since 2011 to nearly EUR 100 million, "
            "much of which supports refugees hosted in Niger and Mali.",
            (["TCD", "NER", "MLI"], "running_total"),
        ),
        # No running total: "to" after a verb of giving names the receiver, the sum is the sum.
        ("Italy announced EUR 80 million for Chad, and EUR 100 million for Niger.", (["NER"], "cued_in_clause")),
    ],
)
def test_a_running_total_goes_where_the_sum_before_it_goes(body, expected):
    _, total = money(commitments(body, ["EUR 80", "EUR 100"]))
    assert (total.beneficiaries, total.because.beneficiaries) == expected


@pytest.mark.parametrize(
    "body",
    [
        "This spring the trust fund wired EUR 7 million to Tunisia and Morocco, a total of EUR 19 million since "
        "the fund opened.",
        "Over the summer our agency released EUR 7 million for water trucks in Tunisia and Morocco, for a total of "
        "about EUR 19 million since 2027.",
    ],
)
def test_a_total_set_after_a_comma_goes_where_the_sums_before_it_go(body):
    _, total = money(commitments(body, ["EUR 7", "EUR 19"]))
    assert (total.beneficiaries, total.because.beneficiaries) == (["TUN", "MAR"], "running_total")


def test_the_words_of_a_running_total_are_not_the_sum_befores():
    body = (
        "Italy announced EUR 80 million for refugees, which brings the total Italian aid to Egypt to EUR 100 million."
    )
    first, _ = money(commitments(body, ["EUR 80", "EUR 100"]))
    assert "EGY" not in first.beneficiaries


def test_a_further_sum_takes_the_sum_before_by_its_rule():
    body = "EUR 24 million has been paid to Niger so far, and a further EUR 5 million is expected in 2024."
    first, second = money(commitments(body, ["EUR 24", "EUR 5"]))
    assert (first.beneficiaries, first.because.beneficiaries) == (["NER"], "cued_in_clause")
    assert (second.beneficiaries, second.because.beneficiaries) == (["NER"], "further_or_part")


def test_totals_name_the_step_that_gave_them_their_parts_countries():
    within = (
        "EUR 50 million will be made available for border surveillance, of which EUR 17 million "
        "are earmarked for Mali and EUR 3 million for Niger."
    )
    total = money(commitments(within, ["EUR 50", "EUR 17", "EUR 3"]))[0]
    assert (total.beneficiaries, total.because.beneficiaries) == (["MLI", "NER"], "parts_in_sentence")
    after = (
        "This morning we approved EUR 40 million in new aid. Of this amount, EUR 25 million will go to "
        "clinics in Chad, and the rest will support families inside Mali."
    )
    total = money(commitments(after, ["EUR 40", "EUR 25"]))[0]
    assert (total.beneficiaries, total.because.beneficiaries) == (["TCD", "MLI"], "parts_in_next_sentence")


def test_an_undertaking_takes_the_countries_named_before_whoever_they_are():
    body = "We have launched partnerships with Tunisia and Egypt. We will help these countries to manage their borders."
    (c,) = [c for c in actions(body) if c.action == "help"]
    assert (c.beneficiaries, c.because.beneficiaries) == (["TUN", "EGY"], "back_reference_any")


def test_the_first_rule_that_finds_countries_decides():
    body = "Aid for Tunisia, and for Egypt."
    view = LetterDoc(make_doc(body, {"country": COUNTRIES}), letter_of(body))
    cued_and_named = Roles(pos=["TUN"], neutral=["EGY"])
    case = BeneficiaryCase(view, view.sents[0], 0, cued_and_named, None)
    assert decide_beneficiaries(SUM_RULES, case) == (["TUN"], "cued_in_clause")
    # Uncued countries, never the author's own state, and never one named as an origin.
    named = Roles(neutral=["EGY", "ITA", "SYR"], neg=["SYR"])
    case = BeneficiaryCase(view, view.sents[0], 0, named, "ITA")
    assert decide_beneficiaries(UNDERTAKING_RULES, case) == (["EGY"], "named_in_clause")
    assert decide_beneficiaries(UNDERTAKING_RULES, BeneficiaryCase(view, view.sents[0], 0, Roles(), None)) == ([], None)


US = [("U.S.", "USA", None), ("United States", "USA", None), ("American", "USA", None), ("Indonesia", "IDN", None)]


def us_commitments(body: str, sums: list[str], programmes=()):
    """The commitments of a White House ``body``: its author's country is the United States."""
    amounts = [(s, s, {"kind": "money", "value": float(s.split()[1]) * 1e6, "currency": "EUR"}) for s in sums]
    spans = {"country": US, "amount": amounts, "programme": [(p, p, None) for p in programmes]}
    return money(find_commitments(make_doc(body, spans), [], letter_of(body, letterhead="THE WHITE HOUSE")))


@pytest.mark.parametrize(
    "body, programmes, expected",
    [
        ("We provided EUR 5 million in the American Rescue Plan for vaccines.", ["American Rescue Plan"], []),
        ("It builds on EUR 5 million in annual U.S. assistance to the region.", [], []),
        ("We will invest EUR 5 million for U.S. pandemic readiness.", [], ["USA"]),
        ("We will invest EUR 5 million in research at U.S. universities.", [], []),
    ],
)
def test_the_spenders_own_country_is_helped_only_when_the_money_is_said_to_be_for_it(body, programmes, expected):
    (c,) = us_commitments(body, ["EUR 5"], programmes)
    assert c.beneficiaries == expected


def test_the_parts_of_a_total_go_where_the_total_goes():
    body = (
        "The United States and Indonesia have concluded a EUR 698 million compact for Indonesia, supported "
        "with EUR 649 million from the United States and EUR 49 million from Indonesia."
    )
    total, *parts = us_commitments(body, ["EUR 698", "EUR 649", "EUR 49"])
    assert total.actor == "USA" and total.beneficiaries == ["IDN"]
    assert [p.beneficiaries for p in parts] == [["IDN"]] * 2
    # The giver's own share, its giver aside, is for the letter's partner as well: either reading gives it IDN.
    assert parts[0].because.beneficiaries in ("parts_of_total", "letter_beneficiary")
    assert parts[1].because.beneficiaries == "parts_of_total"


def test_a_back_reference_takes_the_country_named_earlier_in_its_own_sentence():
    body = (
        "Egypt hosted the talks. The Bank closed a deal with a lender in Morocco to expand credit in the "
        "country's industrial zones, unlocking EUR 10 million in guarantees, mobilising EUR 20 million in "
        "loans, and catalysing EUR 40 million in private investment."
    )
    last = money(commitments(body, ["EUR 10", "EUR 20", "EUR 40"]))[-1]
    assert (last.beneficiaries, last.because.beneficiaries) == (["MAR"], "back_reference")


def test_a_relative_clause_on_a_noun_after_the_sum_is_not_the_sums_clause():
    # "which would increase demand for X" says what the allocation does: the sum's clause ends
    # before it (only the sentence-wide fallback may still take the country).
    body = "The Bank is working toward a EUR 10 million allocation of rights, which would increase demand for Italy."
    (sum_,) = money(commitments(body, ["EUR 10"]))
    assert sum_.because.beneficiaries != "cued_in_clause"
    # Named before the relative clause, the country is the sum's.
    body = "The Bank is working toward a EUR 10 million loan for Tunisia, which would increase demand for Italy."
    (sum_,) = money(commitments(body, ["EUR 10"]))
    assert (sum_.beneficiaries, sum_.because.beneficiaries) == (["TUN"], "cued_in_clause")


@pytest.mark.parametrize(
    "body, expected",
    [
        ("The Act provides EUR 60 million to respond to Russia’s full-scale invasion of Ukraine.", ["UKR"]),
        ("The Act provides EUR 60 million for Ukraine to deter further Russian aggression.", ["UKR"]),
        ("The Act provides EUR 60 million for Ukraine after attacks on Ukraine by Russia.", ["UKR"]),
        # Not a noun of harm: the possessor is the place helped.
        ("The Act provides EUR 60 million to respond to Russia’s needs.", ["RUS"]),
    ],
)
def test_the_aggressor_named_by_a_noun_of_harm_is_not_helped(body, expected):
    countries = [("Russia", "RUS", None), ("Russian", "RUS", None), ("Ukraine", "UKR", None)]
    amount = ("EUR 60 million", "EUR 60 million", {"kind": "money", "value": 6e7, "currency": "EUR"})
    doc = make_doc(body, {"country": countries, "amount": [amount]})
    (c,) = money(find_commitments(doc, [], letter_of(body)))
    assert c.beneficiaries == expected


RELEASE = """Development Bank
Press release

Cairo, 18 May 2023

The Bank today concluded its Annual Meeting and signed agreements worth more than EUR 1 billion.

New projects in Egypt

Agreements signed at the meeting included:
- a loan of up to EUR 100 million to a private developer for a wind farm; and
- a EUR 25 million credit line to a local bank for women-led businesses.

Recovery after the floods

The Bank confirmed that it will invest up to EUR 300 million in the areas of Libya affected by the floods.
"""


def test_a_heading_that_cues_a_country_as_helped_gives_it_to_the_list_below_it(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(RELEASE, encoding="utf-8")
    found = {c.amounts[0].value: (c.beneficiaries, c.because.beneficiaries) for c in extract_path(path).commitments}
    assert found[100e6] == (["EGY"], "section_heading")  # "New projects in Egypt" over "... included: - ..."
    assert found[25e6] == (["EGY"], "section_heading")
    assert found[300e6] == (["LBY"], "cued_in_clause")  # "in the areas of Libya": a part of the country


SUPPORT_LETTER = """Ministry of Foreign Affairs

Rome, 9 August 2023

Dear Minister,

Please allow me to inform you of the support that our Ministry will extend to the Republic of Tunisia this year.

Since January, the Ministry has financed the repair of 40 schools, for which EUR 9 million was paid out.

Yours sincerely,

The Minister
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (SUPPORT_LETTER, (["TUN"], "letter_beneficiary")),
        # Help said of a list, its cue said again before each ("to X and to Y"): both, as "to X and Y" gives.
        (
            SUPPORT_LETTER.replace("Republic of Tunisia", "Republic of Tunisia and to Egypt"),
            (["EGY", "TUN"], "letter_beneficiary"),
        ),
        # A country in another clause of the sentence of help ("..., and address the crises in Egypt").
        (
            SUPPORT_LETTER.replace("this year.", "this year, while we address the crisis in Egypt.", 1),
            (["TUN"], "letter_beneficiary"),
        ),
        # Help for a country and a region: a letter about several places.
        (SUPPORT_LETTER.replace("Republic of Tunisia", "Republic of Tunisia and the Sahel"), ([], None)),
        # A noun of help over "of" the country, with no verb of help: "the steps taken for the recovery of X".
        (
            SUPPORT_LETTER.replace(
                "of the support that our Ministry will extend to the Republic of Tunisia this year",
                "of the steps we have taken, with our partners, for the relief and recovery of the Republic of Tunisia",
            ),
            (["TUN"], "letter_beneficiary"),
        ),
        # A noun of help in another clause: "..., and the reconstruction of schools in Tunisia" is no help for it.
        (
            SUPPORT_LETTER.replace(
                "of the support that our Ministry will extend to the Republic of Tunisia this year",
                "of our reconstruction plans, and of our visit to the Republic of Tunisia this year",
            ),
            ([], None),
        ),
    ],
)
def test_the_country_a_letter_s_support_is_extended_to_takes_its_sums_that_name_no_place(tmp_path, text, expected):
    c = only_commitment(tmp_path / "letter.txt", text)
    assert (c.beneficiaries, c.because.beneficiaries) == expected


def test_a_sum_handed_to_the_forces_of_a_country_is_for_that_country(tmp_path):
    # The forces of a state are its body: money for them is for the state, as "for the Government of X" is.
    text = (
        "Dear Minister,\n\nOur embassy has handed over EUR 6 million in patrol boats to the forces of Ghana and"
        " Togo.\n\nYours sincerely,\n"
    )
    c = only_commitment(tmp_path / "letter.txt", text)
    assert (c.beneficiaries, c.because.beneficiaries) == (["GHA", "TGO"], "cued_in_clause")


def test_a_sum_in_brackets_after_a_country_is_that_country_s_share():
    body = "The Bank signed loans with Tunisia (EUR 60 million for a road) and Egypt (EUR 53 million for power lines)."
    found = {
        c.amounts[0].value: (c.beneficiaries, c.because.beneficiaries)
        for c in money(commitments(body, ["EUR 60", "EUR 53"], country=COUNTRIES))
    }
    assert found[60e6] == (["TUN"], "country_before_bracket")
    assert found[53e6] == (["EGY"], "country_before_bracket")


APPEAL = """GENEVA, 3 March 2026 - The Relief Agency today appealed for US$80 million for displaced families in the region.

Fighting has driven families into Kenya, Uganda and Rwanda since January.

The response plan requests:
1. US$50 million for camps inside Ethiopia;
2. US$30 million for the response in the three neighbouring countries.

Contributions received:

Donor | Amount | Purpose
Norway | NOK 40 million | water points near Kampala, Uganda
Ireland | EUR 2 million | health care for refugees crossing into Kenya
"""


def test_counted_references_givers_columns_and_arrivals(tmp_path):
    path = tmp_path / "appeal.txt"
    path.write_text(APPEAL, encoding="utf-8")
    found = {c.amounts[0].value: (c.beneficiaries, c.because.beneficiaries) for c in extract_path(path).commitments}
    # "the three neighbouring countries" points past the item naming one, to the sentence naming three.
    assert found[30e6] == (["KEN", "UGA", "RWA"], "counted_back_reference")
    # A "Donor" column names the giver, never the one helped, whichever rule reads the row.
    assert found[40e6][0] == ["UGA"]
    # Refugees crossing into a country are helped there.
    assert found[2e6][0] == ["KEN"]


def test_a_share_of_the_spender_s_gross_domestic_product_keeps_no_money_at_home(tmp_path):
    c = only_commitment(
        tmp_path / "release.txt",
        "Ministry of Foreign Affairs of Norway\n\nOslo, 3 March 2026\n\nSince 2022 Norway has provided Ethiopia "
        "with aid worth NOK 90 million, about 0.02% of Norway's gross domestic product.\n",
    )
    assert c.beneficiaries == ["ETH"]


def test_an_item_s_letter_is_no_word_of_its_country_heading(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(
        "Dear Minister,\n\nThe Agency has approved EUR 3 million for Egypt and Jordan, shared as follows:\n\n"
        "   (a) Egypt – EUR 2 million for schools;\n"
        "   (b) Jordan – EUR 1 million for the repair of clinics in the north.\n\nYours sincerely,\n\nAnna Berg\n",
        encoding="utf-8",
    )
    found = {c.amounts[0].value: c.beneficiaries for c in extract_path(path).commitments}
    assert found[1e6] == ["JOR"]


def test_a_country_closing_the_name_of_a_body_cued_as_helped_is_helped():
    body = "The Fund gave EUR 5 million to the Electoral Board of Jordan."
    board = [("Electoral Board of Jordan", "Electoral Board of Jordan", None)]
    (c,) = money(commitments(body, ["EUR 5"], organisation=board))
    assert c.beneficiaries == ["JOR"]


def test_the_country_people_were_deported_to_is_no_beneficiary():
    # Where people were taken is a journey's end, not the place the money helps.
    body = "Italy will give EUR 5 million to Tunisia for the care of workers back from deportation to Libya."
    (c,) = money(commitments(body, ["EUR 5"]))
    assert c.beneficiaries == ["TUN"]


ADDRESSED_LETTER = """NORDIC HEALTH FUND
Storgatan 4, 111 23 Stockholm

Stockholm, 2 March 2026

Ms Amina Diallo
Director of External Financing
Ministry of Finance of the Republic of Senegal
Dakar

Dear Director,

I am pleased to confirm that the Board has approved a grant of EUR 4 million for the regional hospital in Thiès.

This grant follows the EUR 10 million facility that the Fund extended to Senegal last year.

Yours sincerely,

Karin Lund
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        # The office the letter is addressed to is of the state its sums are for.
        (ADDRESSED_LETTER, (["SEN"], "letter_beneficiary")),
        # Named only in the address, a country is an agency's seat, not a partner.
        (ADDRESSED_LETTER.replace("extended to Senegal", "extended"), ([], None)),
        # The author's own state, which the letterhead names too ("SENEGAL HEALTH FUND").
        (ADDRESSED_LETTER.replace("NORDIC", "SENEGAL"), ([], None)),
        # Lines above the addressee's opening line are the author's own address.
        (
            ADDRESSED_LETTER.replace("Storgatan 4, 111 23 Stockholm", "Republic of Senegal").replace(
                "Ministry of Finance of the Republic of Senegal", "World Health Organization"
            ),
            ([], None),
        ),
    ],
)
def test_the_country_of_the_office_a_letter_is_addressed_to_takes_its_sums_that_name_no_place(tmp_path, text, expected):
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    found = {c.amounts[0].value: (c.beneficiaries, c.because.beneficiaries) for c in extract_path(path).commitments}
    assert found[4e6] == expected


@pytest.mark.parametrize(
    "opening, expected",
    [
        # A country's name before a noun of money names whom that money is for.
        ("Of the Tunisia allocation, EUR 3 million", (["TUN"], "project_country")),
        # Its adjective is as often the giver's ("the Tunisian contribution"): no beneficiary.
        ("Of the Tunisian contribution, EUR 3 million", ([], None)),
    ],
)
def test_a_country_naming_the_money_a_sum_is_part_of_is_its_beneficiary(tmp_path, opening, expected):
    text = f"Dear Minister,\n\n{opening} had been paid out by the end of June.\n\nYours sincerely,\n"
    c = only_commitment(tmp_path / "letter.txt", text)
    assert (c.beneficiaries, c.because.beneficiaries) == expected


def test_the_countries_signing_with_the_giver_are_the_partners_the_money_is_for():
    body = "The Bank and the Governments of Mali and Niger are signing compacts of EUR 40 million for irrigation."
    (c,) = money(commitments(body, ["EUR 40"]))
    assert c.beneficiaries == ["MLI", "NER"]


def test_a_country_signing_first_is_the_giver_not_the_partner():
    body = "Italy and the Bank signed an agreement of EUR 40 million for irrigation."
    (c,) = money(commitments(body, ["EUR 40"]))
    assert "ITA" not in c.beneficiaries


def test_countries_in_brackets_closing_an_item_s_title_take_its_sums(tmp_path):
    text = (
        "Dear Members,\n\n2.1 Rural roads programme (Mali and Niger). The Fund approved a loan of EUR 30 million "
        "to the National Roads Agency for feeder roads.\n\nYours sincerely,\n"
    )
    c = only_commitment(tmp_path / "letter.txt", text)
    assert (c.beneficiaries, c.because.beneficiaries) == (["MLI", "NER"], "bracketed_in_title")


HOST_STATEMENT = """MINISTRY OF FINANCE OF THE REPUBLIC OF MALAWI

Lilongwe, 4 May 2026 – The Minister of Finance today reported on the cyclone response.

By the end of April, only USD 40 million of the requirements had been received.

The Minister welcomed the grant agreement of EUR 25 million signed on 2 May with the Kingdom of Norway.

In addition, Japan has committed USD 6 million to rebuild health centres in the southern districts.
"""


def test_money_donors_give_a_host_government_is_for_its_own_country(tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text(HOST_STATEMENT, encoding="utf-8")
    found = {c.amounts[0].value: (c.beneficiaries, c.because.beneficiaries) for c in extract_path(path).commitments}
    assert found[25e6] == (["MWI"], "given_to_author")  # "signed ... with the Kingdom of Norway": the giver
    assert found[6e6] == (["MWI"], "given_to_author")  # "Japan has committed": a foreign subject gives


def test_sums_shared_among_a_list_after_their_total_go_one_each_to_its_countries():
    body = (
        "The Board approved EUR 9 million for school meals, to be shared among Mali, Niger and Chad in the amounts "
        "of EUR 4 million, EUR 3 million and EUR 2 million respectively."
    )
    found = {
        c.amounts[0].value: c.beneficiaries for c in money(commitments(body, ["EUR 9", "EUR 4", "EUR 3", "EUR 2"]))
    }
    assert (found[4e6], found[3e6], found[2e6]) == (["MLI"], ["NER"], ["TCD"])


def test_sums_before_respectively_go_one_each_to_as_many_places_listed_after_it():
    body = (
        "The Fund has set aside EUR 14 million for clean water this year. EUR 5 million and EUR 3 million will "
        "be allocated respectively to village wells in Chad and to the Amman pumping station."
    )
    found = {
        c.amounts[0].value: c.beneficiaries
        for c in money(commitments(body, ["EUR 14 million", "EUR 5 million", "EUR 3 million"]))
    }
    assert (found[5e6], found[3e6]) == (["TCD"], ["JOR"])  # a capital city names its state
    # Three places for two sums: no pairing, so the first sum is not given to the first place.
    body = "EUR 5 million and EUR 3 million will be allocated respectively to Mali, Niger and Chad."
    found = {c.amounts[0].value: c.beneficiaries for c in money(commitments(body, ["EUR 5 million", "EUR 3 million"]))}
    assert found[5e6] != ["MLI"] and found[3e6] != ["NER"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The Minister signed a USD 80 million loan from the International Development Association for rural roads.",
            ["ZMB"],
        ),
        ("The Minister signed a loan of EUR 30 million from the Federal Republic of Germany for water works.", ["ZMB"]),
        # Not a loan or grant the sum names, nor a foreign giver: nothing says the author's state receives it.
        ("The Minister announced a USD 80 million programme from the national budget for rural roads.", []),
    ],
)
def test_a_loan_or_grant_from_abroad_is_for_the_author_s_state_that_never_says_received(tmp_path, sentence, expected):
    c = only_commitment(
        tmp_path / "release.txt", f"MINISTRY OF FINANCE OF THE REPUBLIC OF ZAMBIA\n\nLusaka, 4 May 2026\n\n{sentence}\n"
    )
    assert c.beneficiaries == expected


HOST_BUDGET = """MINISTRY OF FINANCE OF THE REPUBLIC OF MALAWI

Lilongwe, 4 May 2026 – The Minister of Finance today reported on the flood response.

Since March the Government has received contributions of USD 40 million from its partners.

The national budget also sets aside MWK 9 billion for seed and fertiliser.
"""


def test_in_a_letter_of_a_state_that_received_a_sum_the_sums_naming_no_place_are_its_own(tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text(HOST_BUDGET.replace("the Government has", "we have"), encoding="utf-8")
    found = {c.amounts[0].value: (c.beneficiaries, c.because.beneficiaries) for c in extract_path(path).commitments}
    assert found[40e6] == (["MWI"], "received_by_author")
    assert found[9e9] == (["MWI"], "received_by_author")


def test_a_state_that_received_people_or_a_report_is_no_receiver_of_the_sums(tmp_path):
    path = tmp_path / "statement.txt"
    text = HOST_BUDGET.replace("the Government has received contributions of USD 40 million", "we have received")
    path.write_text(text.replace("from its partners", "40,000 refugees"), encoding="utf-8")
    (c,) = extract_path(path).commitments
    assert c.beneficiaries == []


def test_a_donor_reporting_its_own_agreements_keeps_its_partner_as_the_one_helped(tmp_path):
    c = only_commitment(
        tmp_path / "release.txt",
        "MINISTRY OF FOREIGN AFFAIRS OF NORWAY\n\nOslo, 4 May 2026\n\nWe are grateful for the cooperation of our "
        "partners.\n\nNorway and the Government of Malawi signed a grant agreement of NOK 90 million for schools.\n",
    )
    assert c.beneficiaries == ["MWI"]  # the signing party is a partner, not a giver to Norway


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Norway will send NOK 4 million in relief to the Haitian people.", ["HTI"]),
        ("Norway will provide NOK 4 million to support the Afghan people in Pakistan.", ["PAK"]),
    ],
)
def test_a_people_named_by_its_demonym_is_helped_in_its_country_unless_it_stays_elsewhere(tmp_path, sentence, expected):
    c = only_commitment(
        tmp_path / "release.txt", f"MINISTRY OF FOREIGN AFFAIRS OF NORWAY\n\nOslo, 4 May 2026\n\n{sentence}\n"
    )
    assert c.beneficiaries == expected


def test_a_journey_noun_closing_a_body_s_name_sets_no_destination_apart(tmp_path):
    c = only_commitment(
        tmp_path / "release.txt",
        "MINISTRY OF FOREIGN AFFAIRS OF NORWAY\n\nOslo, 4 May 2026\n\nNorway channelled NOK 18 million through the "
        "International Organization for Migration to Niger.\n",
    )
    assert c.beneficiaries == ["NER"]


def test_a_verb_form_after_a_people_s_adjective_is_no_verb(tmp_path):
    c = only_commitment(
        tmp_path / "release.txt",
        "MINISTRY OF FOREIGN AFFAIRS OF NORWAY\n\nOslo, 4 May 2026\n\nThe plan requests a total of NOK 12 million "
        "over two years to meet the needs of refugees and of the Lebanese host communities in health.\n",
    )
    assert c.action != "host"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # The recipient's country in brackets after its name: no subject of the verb after it.
        (
            "The Board noted that the loan of EUR 40 million to Kauno Energija AB (Lithuania), approved in May, "
            "had been signed in June.",
            ["LTU"],
        ),
        # A giver's country in brackets before the verb stays the giver's.
        ("The agency Danida (Denmark) will provide EUR 40 million for schools.", []),
    ],
)
def test_a_country_in_brackets_after_a_recipient_s_name_is_that_recipient_s(tmp_path, sentence, expected):
    c = only_commitment(
        tmp_path / "summary.txt", f"Board of Directors - Summary of decisions\n\nHelsinki, 4 May 2026\n\n{sentence}\n"
    )
    assert c.beneficiaries == expected


def test_the_sum_a_country_s_share_amounts_to_is_that_country_s(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(
        "MINISTRY OF FOREIGN AFFAIRS OF NORWAY\n\nOslo, 4 May 2026\n\nMalawi's share of the NOK 60 million "
        "envelope comes to NOK 18 million.\n",
        encoding="utf-8",
    )
    found = {c.amounts[0].value: (c.beneficiaries, c.because.beneficiaries) for c in extract_path(path).commitments}
    assert found[18e6] == (["MWI"], "country_share")


SENDING_STATE = """MINISTRY OF HEALTH OF THE REPUBLIC OF ZAMBIA

Lusaka, 3 June 2026

Dear Colleagues,

The Zambia Cholera Fund, administered by the regional secretariat, has received contributions of USD 30 million from
12 donors.

Zambia will provide USD 5 million to Malawi for cholera vaccines.

Yours sincerely,
"""


def test_the_authors_country_is_left_out_only_of_the_sums_its_state_gives(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(SENDING_STATE, encoding="utf-8")
    found = {c.amounts[0].value: c.beneficiaries for c in extract_path(path).commitments}
    assert found[30e6] == ["ZMB"]  # the Zambia fund receives it: third parties give to the author's state
    assert found[5e6] == ["MWI"]  # Zambia gives: its own country is no beneficiary


ASKING_STATE = """MINISTRY OF HEALTH OF THE REPUBLIC OF ZAMBIA

Lusaka, 3 June 2026

Dear Director,

The Government has set aside ZMW 90 million for the vaccination campaign in the eastern districts.

For the cold-chain equipment still missing, the Ministry now seeks USD 4 million from the Fund.

Yours sincerely,
"""


def test_a_state_that_asks_for_a_sum_keeps_its_own_budget_at_home(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(ASKING_STATE, encoding="utf-8")
    found = {c.amounts[0].value: c.beneficiaries for c in extract_path(path).commitments}
    assert found[90e6] == ["ZMB"]  # the asking state's own budget is spent at home
    assert found[4e6] == ["ZMB"]
    path.write_text(ASKING_STATE.replace("the Ministry now seeks", "the Fund has offered"), encoding="utf-8")
    found = {c.amounts[0].value: c.beneficiaries for c in extract_path(path).commitments}
    assert found[90e6] == []  # a state that asks for nothing only spends


@pytest.mark.parametrize(
    ("request_clause", "rule"),
    [
        # "an additional grant of USD 4 million" after the verb of asking: the sum asked for.
        ("the Government of Zambia now seeks an additional grant of USD 4 million", "received_by_author"),
        # Past "that", the party asked and its verb: "an additional grant of USD 4 million" is what the state asks for,
        # a reading of its own.
        (
            "the Ministry requests that the Fund's board release an additional grant of USD 4 million",
            "asked_party_to_give",
        ),
    ],
)
def test_a_state_asking_for_a_noun_of_money_that_holds_the_sum_asks_for_it(tmp_path, request_clause, rule):
    text = ASKING_STATE.replace("the Ministry now seeks USD 4 million from the Fund", request_clause)
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    found = {c.amounts[0].value: (c.beneficiaries, c.because.beneficiaries) for c in extract_path(path).commitments}
    # A state that asks for money receives it, so its own budget is for itself.
    assert found[90e6] == (["ZMB"], rule)
    assert found[4e6][0] == ["ZMB"]


def test_a_donor_asking_that_a_bank_approve_a_grant_does_not_receive_it(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(
        "Department of Foreign Affairs\nDublin\n\n2 October 2025\n\nDear Vice-President,\n\nIreland has watched the "
        "cholera outbreak with concern. The Government of Ireland kindly requests that the Bank approve a further grant of "
        "USD 15 million from its emergency facility for the cholera response, and Ireland is ready to add to it.\n\n"
        "Yours sincerely,\n\nAoife Byrne\nMinister of State\n",
        encoding="utf-8",
    )
    assert [c.beneficiaries for c in extract_path(path).commitments] == [[]]  # not IRL: a donor asks for others


def test_the_giver_a_request_names_is_not_the_country_the_letter_helps(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(
        "MINISTRY OF HEALTH OF THE REPUBLIC OF ZAMBIA\n\nLusaka, 3 June 2026\n\nDear Minister,\n\nRe: Request for a "
        "Japanese contribution to the Zambia Clinics Fund\n\nWe write to request the support of the Government of "
        "Japan for the clinics fund.\n\nThe fund has spent USD 12 million on rural clinics since 2020.\n\nWe "
        "respectfully request USD 3 million for its next phase.\n\nYours sincerely,\n",
        "utf-8",
    )
    found = {c.amounts[0].value: c.beneficiaries for c in extract_path(path).commitments}
    assert found[12e6] == ["ZMB"]  # not Japan: "a Japanese contribution", "the support of ... Japan" name the giver


def test_a_foreign_state_giving_to_the_authors_state_named_in_the_clause_gives_it_the_sum(tmp_path):
    path = tmp_path / "letter.txt"
    text = "MINISTRY OF HEALTH OF THE REPUBLIC OF ZAMBIA\n\nLusaka, 3 June 2026\n\nDear Minister,\n\n{}\n\nYours sincerely,\n"
    path.write_text(text.format("Under the new accord, Japan grants Zambia USD 8 million for rural clinics."), "utf-8")
    assert [c.beneficiaries for c in extract_path(path).commitments] == [["ZMB"]]
    path.write_text(
        text.format("Under the new accord, Japan provides USD 8 million in Zambian export credit."), "utf-8"
    )
    assert [c.beneficiaries for c in extract_path(path).commitments] == [[]]  # no place named: Zambia's own word


def test_a_donors_budget_within_its_own_country_is_for_that_country(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(
        "MINISTRY OF FOREIGN AFFAIRS OF MEXICO\n\nMexico City, 3 June 2026\n\nDear Minister,\n\nWithin Mexico, the "
        "seed programme has an annual budget of MXN 2 billion.\n\nWe will provide MXN 40 million to Honduras for "
        "seeds.\n\nYours sincerely,\n",
        "utf-8",
    )
    found = {c.amounts[0].value: c.beneficiaries for c in extract_path(path).commitments}
    assert found == {2e9: ["MEX"], 40e6: ["HND"]}


def test_a_receiving_state_writes_to_its_giver_not_for_the_addressees_country(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(
        "MINISTRY OF HEALTH OF THE REPUBLIC OF ZAMBIA\n\nLusaka, 3 June 2026\n\nH.E. Ms Anna Berg\nAmbassador\n"
        "Kingdom of Sweden\n\nDear Ambassador,\n\nThe first tranche of USD 2 million was paid in May.\n\nWe "
        "respectfully request USD 6 million from Sweden for clinics.\n\nYours sincerely,\n",
        "utf-8",
    )
    assert {c.amounts[0].value: c.beneficiaries for c in extract_path(path).commitments}[2e6] == ["ZMB"]


@pytest.mark.parametrize(
    "sentence",
    [
        # The author thanks in the first person for a sum a foreign state gave.
        "We warmly thank Norway for the grant of USD 5 million delivered by Norway in March.",
        # The author's state borrows a sum from a foreign lender.
        "The Minister tabled a request to borrow up to USD 60 million (about EUR 55 million) from the World Bank.",
        # A loan named as the sum's noun, from a lender whose name holds a state's ("the Kuwait Fund").
        "The Minister signed a loan of KWD 9 million (about USD 29 million) from the Kuwait Fund.",
        # A project financed with a sum from a foreign giver.
        "The new dam, financed with USD 40 million from the World Bank, opened in April.",
    ],
)
def test_a_state_that_thanks_for_or_borrows_a_sum_from_abroad_keeps_its_own_budget_at_home(tmp_path, sentence):
    path = tmp_path / "statement.txt"
    path.write_text(
        f"MINISTRY OF FINANCE OF THE REPUBLIC OF MALAWI\n\nLilongwe, 4 May 2026\n\n{sentence}\n\n"
        "The national budget also sets aside MWK 9 billion for seed and fertiliser.\n",
        encoding="utf-8",
    )
    found = {c.amounts[0].value: (c.beneficiaries, c.because.beneficiaries) for c in extract_path(path).commitments}
    assert found[9e9] == (["MWI"], "received_by_author")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Financed from a foreign giver: the author's state receives the sum.
        ("The road programme is financed with EUR 12 million from the World Bank.", ["MWI"]),
        # Financed from the author's own state: no receiving, no place.
        ("The road programme is financed with EUR 12 million from the national budget.", []),
    ],
)
def test_a_sum_a_state_says_is_financed_from_abroad_is_for_that_state(tmp_path, sentence, expected):
    path = tmp_path / "statement.txt"
    path.write_text(f"MINISTRY OF FINANCE OF THE REPUBLIC OF MALAWI\n\nLilongwe, 4 May 2026\n\n{sentence}\n", "utf-8")
    assert {c.amounts[0].value: c.beneficiaries for c in extract_path(path).commitments}[12e6] == expected


def test_a_state_that_asks_in_a_formula_of_courtesy_for_sums_listed_after_a_colon_receives_them(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(
        "MINISTRY OF FINANCE\nREPUBLIC OF MALAWI\n\nLilongwe, 4 May 2026\n\nDear Chair,\n\n"
        "I have the honour to request that the Board consider the following two grants:\n\n"
        "1. USD 12 million for rural clinics; and\n\n2. USD 7 million for teacher training.\n\n"
        "Yours sincerely,\n\nJohn Banda\nSecretary to the Treasury\n",
        encoding="utf-8",
    )
    found = {c.amounts[0].value: c.beneficiaries for c in extract_path(path).commitments}
    assert found == {12e6: ["MWI"], 7e6: ["MWI"]}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # The support "of" a state is its own help: the giver, not the one helped.
        ("Officials thanked the mission and noted the support of the Kingdom of Norway, USD 3 million for wells.", []),
        # "In support of" a state is help for it.
        ("The Council approved USD 3 million in support of the Republic of Chad for wells.", ["TCD"]),
    ],
)
def test_the_state_whose_support_it_is_gives_it(sentence, expected):
    (c,) = money(commitments(sentence, ["USD 3"]))
    assert c.beneficiaries == expected


def test_the_origin_of_people_a_subject_line_names_is_not_the_place_the_letter_helps(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(
        "MINISTRY OF HOME AFFAIRS\nREPUBLIC OF KENYA\n\nNairobi, 4 May 2026\n\nSubject: Reception of displaced "
        "Somali nationals\n\nDear Speaker,\n\nThe Ministry has spent KES 90 million on shelters, and we have received "
        "USD 4 million from partners.\n\nYours sincerely,\n",
        encoding="utf-8",
    )
    found = {c.amounts[0].value: c.beneficiaries for c in extract_path(path).commitments}
    assert found[90e6] == ["KEN"]


def test_money_a_country_releases_to_one_of_its_own_states_is_still_for_that_country(tmp_path):
    # A state's government writes: the Union's grant released to it is for the country, the giver's own.
    path = tmp_path / "letter.txt"
    path.write_text(
        "Government of Odisha\nFinance Department\nBhubaneswar\n\nBhubaneswar, 3 March 2021\n\nDear Secretary,\n\n"
        "The State is grateful for the grant of Rs 1,200 crore released by the Government of India for the repair of "
        "school buildings after the cyclone. We request Rs 300 crore more for the coastal embankments.\n\n"
        "Yours sincerely,\n\nAnita Rao\n",
        encoding="utf-8",
    )
    first = extract_path(path).commitments[0]
    assert (first.actor, first.beneficiaries, first.because.beneficiaries) == ("IND", ["IND"], "received_by_author")


def test_a_country_at_the_end_of_a_list_of_givers_gives(tmp_path):
    text = (
        "Ministry of Finance\nRepublic of Kenya\nNairobi, 3 March 2021\n\nDear Director,\n\nWe acknowledge a grant of "
        "USD 30 million by the World Bank, alongside the support of the African Development Bank (AfDB), UNICEF and "
        "the Government of Japan.\n\nYours sincerely,\n\nJames Mwangi\n"
    )
    assert "JPN" not in only_commitment(tmp_path / "letter.txt", text).beneficiaries


def test_a_country_set_off_after_a_lender_s_name_is_its_seat_not_the_place_helped(tmp_path):
    text = (
        "Ministry of Finance\nRepublic of Kenya\nNairobi, 3 March 2021\n\nDear Director,\n\nWe are grateful for the "
        "support received so far. Talks are under way with JICA, Japan, for a loan of USD 90 million for the Northern "
        "Corridor road.\n\nYours sincerely,\n\nJames Mwangi\n"
    )
    assert "JPN" not in only_commitment(tmp_path / "letter.txt", text).beneficiaries


def test_the_author_s_own_land_where_works_are_done_is_helped(tmp_path):
    text = (
        "Ministry of Foreign Affairs\nRepublic of Slovenia\nLjubljana, 3 March 2021\n\nDear Minister,\n\nSlovenia "
        "will provide EUR 4 million for repairs of the bridge and for works on the Slovenian side of the border "
        "crossing.\n\nYours sincerely,\n\nAna Novak\n"
    )
    c = only_commitment(tmp_path / "letter.txt", text)
    assert (c.beneficiaries, c.because.beneficiaries) == (["SVN"], "cued_in_clause")


def test_a_country_after_the_first_word_of_a_body_s_name_is_that_body_s_member_not_a_place(tmp_path):
    text = (
        "Oxfam International\nOxford\n\nDear donors,\n\nOxfam International thanks its partners. So far, USD 2 million "
        "has been received, including gifts from Oxfam Canada and Oxfam Italy.\n\nYours sincerely,\n\nJo Park\n"
    )
    c = only_commitment(tmp_path / "letter.txt", text)
    assert not {"CAN", "ITA"} & set(c.beneficiaries)


def test_a_title_naming_a_disaster_and_its_country_gives_the_letter_s_sums_that_country(tmp_path):
    text = (
        "Relief Alliance\nGeneva\n\nDear partners,\n\nPeru floods: appeal for USD 3 million\n\nHeavy rains have cut "
        "roads across the north. We ask for USD 3 million for shelter and clean water.\n\nYours sincerely,\n\nJo Park\n"
    )
    c = only_commitment(tmp_path / "letter.txt", text)
    assert (c.beneficiaries, c.because.beneficiaries) == (["PER"], "letter_beneficiary")


def test_a_sentence_opening_with_a_part_of_the_sum_before_takes_its_beneficiaries(tmp_path):
    text = (
        "Pacific Relief Office\nSuva\n\nDear members,\n\nDonors have pledged USD 4 million for Tonga after the storm. "
        "Of this sum, the Government of New Zealand has pledged NZD 2 million.\n\nYours sincerely,\n\nJo Park\n"
    )
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    second = [c for c in extract_path(path).commitments if c.amounts][1]
    assert (second.beneficiaries, second.because.beneficiaries) == (["TON"], "part_of_sum_before")


def test_a_paragraph_opening_with_a_qualified_total_takes_the_beneficiaries_of_the_sum_before(tmp_path):
    text = (
        "Pacific Relief Office\nSuva\n\nDear members,\n\nDonors have pledged USD 4 million for Tonga after the storm."
        "\n\nOf the annual total, the Government has spent USD 1 million.\n\nYours sincerely,\n\nJo Park\n"
    )
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    second = [c for c in extract_path(path).commitments if c.amounts][1]
    assert (second.beneficiaries, second.because.beneficiaries) == (["TON"], "part_of_sum_before")


def test_a_country_that_gives_a_sum_is_no_beneficiary_of_the_parts_its_sentence_names(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text(
        "RELIEF WIRE\nNews desk\n\nNairobi, 3 May 2027 - Donors met on Thursday on flood recovery in Mozambique.\n\n"
        "Norway pledged NOK 9 million, including NOK 4 million already paid through Norwegian non-governmental "
        "organisations.\n",
        encoding="utf-8",
    )
    found = {c.amounts[0].value: c.beneficiaries for c in extract_path(path).commitments}
    assert found == {9e6: [], 4e6: []}  # Norway gives both: "Norwegian" organisations are its channel, not a place


def test_a_letter_that_names_the_sum_sought_asks_for_it_and_keeps_its_own_sums_at_home(tmp_path):
    text = ASKING_STATE.replace(
        "For the cold-chain equipment still missing, the Ministry now seeks USD 4 million from the Fund.",
        "We submit a proposal for cold-chain equipment. The amount sought is USD 4 million.",
    )
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    found = {c.amounts[0].value: c.beneficiaries for c in extract_path(path).commitments}
    assert found == {90e6: ["ZMB"], 4e6: ["ZMB"]}  # the writer asks: its own budget is spent at home


@pytest.mark.parametrize(
    "sentence",
    [
        "Our partners rebuilt wells in the provinces of Sindh and Balochistan, for which EUR 2 million was paid out.",
        "Our partners rebuilt wells in Sindh and Balochistan provinces, for which EUR 2 million was paid out.",
    ],
)
def test_a_sum_spent_in_the_provinces_of_one_country_is_for_that_country(tmp_path, sentence):
    # Provinces are no countries (DIGEST.md), but those of one state the letter names place the money in it.
    text = f"Dear Minister,\n\nThe floods struck Pakistan last summer.\n\n{sentence}\n\nYours sincerely,\n"
    c = only_commitment(tmp_path / "letter.txt", text)
    assert c.beneficiaries == ["PAK"]
    # Without the country named, the provinces place the money in no state the letter speaks of.
    alone = only_commitment(tmp_path / "alone.txt", f"Dear Minister,\n\n{sentence}\n\nYours sincerely,\n")
    assert alone.beneficiaries == []


def test_a_place_before_a_where_clause_s_verb_is_no_subject_but_the_place_helped(tmp_path):
    letter = """Department of Foreign Affairs
Dublin

12 March 2031

Dear Director,

Our support for the coming season is now settled:

(a) UNICEF – EUR 4 million for classrooms for children who fled to northern Kenya, and for the teachers of \
Garissa and Wajir counties, where the number of children needing a school place has tripled since 2029.

Yours sincerely,

Director
"""
    path = tmp_path / "letter.txt"
    path.write_text(letter, encoding="utf-8")
    found = {c.amounts[0].value: c.beneficiaries for c in extract_path(path).commitments}
    assert found[4e6] == ["KEN"]
