"""Actors: the author from the letterhead or the body, the subject of a verb, the addressee of a call."""

from __future__ import annotations

import pytest
from handdoc import letter_of, make_doc

from extractor.relations.actors import (
    ACTOR_RULES,
    AUTHOR_RULES,
    UNKNOWN_AUTHOR,
    ActorCase,
    AuthorCase,
    actor_of,
    addressee_call,
    author_of,
    country_in_letterhead,
    decide_actor,
    institution_country,
    is_placeholder,
    seat_country,
    subject_countries,
)
from extractor.relations.cues import load_cues, verb_groups
from extractor.relations.letter_doc import LetterDoc
from extractor.relations.rules import decide

COUNTRIES = [("Italy", "ITA", None), ("Egypt", "EGY", None), ("Arab Republic of Egypt", "EGY", None)]
ORGANISATIONS = [
    ("the Commission", "European Commission", None),
    ("Frontex", "Frontex", None),
    ("European Border and Coast Guard Agency", "Frontex", None),
    ("Egypt Coast Guard", "Egypt Coast Guard", None),
    ("Swedish International Development Cooperation Agency", "Sida", None),
    ("Sida", "Sida", None),
    ("Federal Council", "Federal Council", None),
    ("United Nations", "United Nations", None),
]
COUNTRIES += [("Switzerland", "CHE", None), ("Ukraine", "UKR", None)]


def view_of(body: str, **parts) -> LetterDoc:
    return LetterDoc(make_doc(body, {"country": COUNTRIES, "organisation": ORGANISATIONS}), letter_of(body, **parts))


def test_a_country_the_letterhead_names_as_partner_or_place_helped_is_not_the_author():
    body = "We signed the loans."
    head = "Press Releases\nSigning of Japanese Loan Documents with the Arab Republic of Egypt"
    assert author_of(letter_of(body, letterhead=head)) == ("JPN", "JPN")
    wrapped = "Press Releases\nSigning of Japanese Loan Documents with the Arab\nRepublic of Egypt"
    assert author_of(letter_of(body, letterhead=wrapped)) == ("JPN", "JPN")
    assert author_of(letter_of(body, letterhead="Italy steps up support for Egypt")) == ("ITA", "ITA")
    assert author_of(letter_of(body, letterhead="Italy's funding in Egypt and the region")) == ("ITA", "ITA")
    # A short name in capitals the body names is the author, matched as written ("WHO", not the word "who").
    view = LetterDoc(make_doc("The IOM helps.", {"organisation": [("IOM", "IOM", None)]}), letter_of("The IOM helps."))
    assert author_of(letter_of("The IOM helps.", letterhead="IOM launches appeal for Egypt"), view)[0] == "IOM"
    # A country named before "crisis" in a release's title is the place in need, not the author's state.
    assert author_of(letter_of(body, letterhead="Relief Office seeks funds for families hit by the Egypt crisis")) == (
        None,
        None,
    )


def test_a_region_or_a_headline_in_the_head_names_no_state_of_the_author():
    body = "Partners pledged support."
    view = LetterDoc(make_doc(body, {}), letter_of(body))
    head = "PARTNERS' MEETING ON WATER IN THE LAKE CHAD BASIN\nSummary of the chairs"
    assert author_of(letter_of(body, letterhead=head), view) == (None, None)  # a lake, not Chad
    head = "THE HARBOUR COURIER\nWorld desk\n\nWhy the new port loan matters so much to Kenya\n\nBy Amina W. Otieno"
    assert author_of(letter_of(body, letterhead=head), view) == (None, None)  # the headline's subject, not the outlet's
    head = (
        "THE HARBOUR COURIER\nNairobi, Kenya\n\nWhy the new port loan matters so much to Uganda\n\nBy Amina W. Otieno"
    )
    assert author_of(letter_of(body, letterhead=head), view) == ("KEN", "KEN")


def test_a_national_body_named_in_the_letterhead_is_of_the_state_that_letterhead_names():
    body = "The Aid Office for Partnerships approved the grant."
    office = [("Aid Office for Partnerships", "Aid Office for Partnerships", None)]
    view = LetterDoc(make_doc(body, {"organisation": office}), letter_of(body))
    head = "AID OFFICE FOR PARTNERSHIPS\nVia Roma 1, Rome, Italy"
    assert author_of(letter_of(body, letterhead=head), view) == ("Aid Office for Partnerships", "ITA")


def test_the_addressee_block_under_a_letterhead_names_neither_the_author_nor_its_state():
    body = "The Aid Office for Partnerships approved the grant. The Ministry of Water of Egypt thanked it."
    names = [("Aid Office for Partnerships", "Aid Office for Partnerships", None)]
    names += [("Ministry of Water of Egypt", "Ministry of Water of Egypt", None)]
    view = LetterDoc(make_doc(body, {"organisation": names}), letter_of(body))
    head = "AID OFFICE FOR PARTNERSHIPS\nVia Roma 1, Rome, Italy\nH.E. Dr Amal Said\nMinistry of Water of Egypt\nCairo, Egypt"
    assert author_of(letter_of(body, letterhead=head), view) == ("Aid Office for Partnerships", "ITA")
    assert author_of(letter_of(body, letterhead="Mr Rossi\nMinistry of the Interior of Italy")) == ("ITA", "ITA")
    labelled = "AID OFFICE FOR PARTNERSHIPS\nVia Roma 1, Rome, Italy\nTo: Dr Amal Said\nMinistry of Water of Egypt\nCairo, Egypt"
    assert author_of(letter_of(body, letterhead=labelled), view) == ("Aid Office for Partnerships", "ITA")


def test_a_body_head_set_a_blank_line_apart_names_the_author_but_not_the_addressee():
    # A PDF's body sets each short line of a head without letterhead a blank line apart: the head is
    # as long in lines that hold text, and the addressee block under it is not the author's.
    head = ["AID OFFICE FOR PARTNERSHIPS", "Via Roma 1", "00100 Rome", "Italy", "Tel. +39 06 1234", "Ref. 12/2025"]
    head += ["Mr Karim Haddad", "Director", "Ministry of Water", "12 Nile Street", "Cairo", "Egypt", "Subject: Grant"]
    names = [("Aid Office for Partnerships", "Aid Office for Partnerships", None)]
    for separator in ("\n", "\n\n"):
        body = (
            separator.join(head)
            + separator
            + (
                "The Aid Office for Partnerships approved the grant for the water works of the three towns in the delta."
            )
        )
        view = LetterDoc(make_doc(body, {"organisation": names, "country": COUNTRIES}), letter_of(body))
        assert author_of(letter_of(body), view) == ("Aid Office for Partnerships", "ITA")


def test_author_from_letterhead_keyword_country_or_body():
    body = "We thank the Commission. Ask the Commission. Frontex helps."
    assert author_of(letter_of(body, letterhead="EUROPEAN COMMISSION")) == ("European Commission", None)
    assert author_of(letter_of(body, letterhead="Ministry of the Interior of Italy")) == ("ITA", "ITA")
    view = view_of(body)
    assert author_of(view.letter, view) == ("European Commission", None)
    assert author_of(letter_of("No one.", signatory=" Jane Doe ")) == ("Jane Doe", None)


def test_actor_of_a_verb_group():
    body = "Italy will provide funds. We will provide funds. Funds were provided by Frontex."
    view = view_of(body)
    found = []
    for sent in view.sents:
        (group,) = verb_groups(view, sent, load_cues())
        found.append(actor_of(view, sent, group, None))
    assert found == ["ITA", UNKNOWN_AUTHOR, "Frontex"]


def test_addressee_of_a_call():
    body = "I urge Italy to provide funds."
    view = view_of(body)
    actor, verb = addressee_call(view, view.sents[0])
    assert (actor, view.doc[verb].text) == ("ITA", "provide")


@pytest.mark.parametrize(
    "body, expected",
    [
        ("I urge Italy to provide funds.", ("ITA", "asked_addressee")),
        ("I urge you to provide funds.", (None, "asked_placeholder")),
        ("I urge [Name] to provide funds.", (None, "asked_placeholder")),
        ("The White House will provide funds.", ("USA", "seat_of_government")),
        ("Frontex and Italy will provide funds.", ("Frontex", "first_of_coordinated")),
        # A name's determiner stays in the chain; a demonym inside a body's name is no subject.
        ("Frontex and the Egypt Coast Guard will provide funds.", ("Frontex", "first_of_coordinated")),
        ("The Egypt Coast Guard and Frontex will provide funds.", ("Egypt Coast Guard", "first_of_coordinated")),
        # A name's bracketed acronym stays in the chain, however far back the chain starts.
        (
            "The European Border and Coast Guard Agency (Frontex) and the Governments of Italy and Egypt are signing it.",
            ("Frontex", "first_of_coordinated"),
        ),
        # A country's long phrase stays in the chain ("the Government of the ..."), beyond six words.
        (
            "Frontex and the Government of the Arab Republic of Egypt will provide funds to Egypt.",
            ("Frontex", "first_of_coordinated"),
        ),
        ("Frontex will provide funds.", ("Frontex", "named_subject")),
        ("We will provide funds.", ("USA", "we_the_author")),
        ("It will provide funds.", ("USA", "unresolved_pronoun")),
        ("Funds were provided by Frontex.", ("Frontex", "passive_agent")),
        # A participle after its noun, and a country's government as the agent.
        ("We welcome the grant of EUR 2 million disbursed by the Government of Italy.", ("ITA", "passive_agent")),
        # Other parties as the subject give the money themselves: not the author.
        ("Private sector partners (including foundations) have committed funds.", (None, "others_as_subject")),
        ("In Egypt, funds will be provided.", ("USA", "letter_author")),
        # A body after a preposition in an aside is no subject; the name before the aside is.
        ("Frontex, in cooperation with Italy, will provide funds.", ("Frontex", "named_subject")),
        ("Frontex, through the Commission, will provide funds.", ("Frontex", "named_subject")),
        # A capitalised name no list knows acts, before an aside or after an opening phrase.
        (
            "Lakeside Capital, which trades with farmers, will provide funds.",
            ("Lakeside Capital", "unlisted_name_subject"),
        ),
        ("So far, Agrivolt has provided funds.", ("Agrivolt", "unlisted_name_subject")),
        # Not so a common word, a titled person or the author's own administration.
        ("Funding will be provided.", ("USA", "letter_author")),
        ("The Vice President will provide funds.", ("USA", "letter_author")),
        ("The Smith-Jones Administration will provide funds.", ("USA", "letter_author")),
        ("Agrivolt-backed farms will provide funds.", ("USA", "letter_author")),
        ("In 2025, COVID-19 has provided funds.", ("USA", "letter_author")),
    ],
)
def test_each_actor_rule_decides_its_example(body, expected):
    organisations = ORGANISATIONS + [("The White House", "White House", None)]
    view = LetterDoc(make_doc(body, {"country": COUNTRIES, "organisation": organisations}), letter_of(body))
    sent = view.sents[0]
    call = addressee_call(view, sent)
    groups = verb_groups(view, sent, load_cues())
    group = next((g for g in groups if call is None or g.head == call[1]), None)
    assert decide_actor(ActorCase(view, sent, group, "USA", call=call)) == expected
    assert expected[1] in [rule.__name__ for rule in ACTOR_RULES]


@pytest.mark.parametrize(
    "body, expected",
    [
        # Italy's own letter: a sum paid to Italy was given by someone the sentence does not name.
        ("EUR 5 million has been disbursed to Italy.", (None, "paid_to_the_author")),
        ("EUR 5 million will be paid to the Government of Italy.", (None, "paid_to_the_author")),
        # Paid to another country, or with its giver named: the rules before decide as ever.
        ("EUR 5 million has been disbursed to Egypt.", ("ITA", "letter_author")),
        ("EUR 5 million was paid by Frontex to Italy.", ("Frontex", "passive_agent")),
        # Not a passive: the author spends at home.
        ("We will invest EUR 5 million in Italy.", ("ITA", "we_the_author")),
        # "to date" is a time, not whom the money went to.
        ("Beyond the EUR 5 million committed to date, Italy is also giving more.", ("ITA", "letter_author")),
    ],
)
def test_a_sum_paid_to_the_authors_country_was_not_given_by_the_author(body, expected):
    view = view_of(body)
    sent = view.sents[0]
    group = verb_groups(view, sent, load_cues())[0]
    assert decide_actor(ActorCase(view, sent, group, "ITA")) == expected


def test_no_verb_gives_the_author_and_an_undertaking_needs_a_named_actor():
    view = view_of("EUR 5 million for Egypt.")
    assert decide_actor(ActorCase(view, view.sents[0], None, "USA")) == ("USA", "no_verb")
    view = view_of("In Egypt, funds will be provided.")
    (group,) = verb_groups(view, view.sents[0], load_cues())
    assert decide_actor(ActorCase(view, view.sents[0], group, "USA", explicit=True)) == (None, "letter_author")


@pytest.mark.parametrize(
    "parts, expected",
    [
        ({"letterhead": "THE WHITE HOUSE"}, (("USA", "USA"), "seat_in_letterhead")),
        ({"letterhead": "EUROPEAN COMMISSION"}, (("European Commission", None), "named_in_letterhead")),
        ({"signatory_title": "High Representative"}, (("High Representative", None), "keyword_in_letterhead")),
        ({"letterhead": "Ministry of the Interior of Italy"}, (("ITA", "ITA"), "country_in_letterhead")),
        ({"letterhead": "Ministry of the Interior"}, (("ITA", "ITA"), "state_of_national_body")),
        ({}, (("European Commission", None), "body_institution")),
        ({"signatory": "Jane Doe"}, (("Jane Doe", None), "signatory_in_person")),
    ],
)
def test_each_author_rule_decides_its_example(parts, expected):
    body = "Italy has provided funds. We thank the Commission. Ask the Commission. Frontex helps."
    if parts.get("signatory"):
        body = "No one."
    view = view_of(body, **parts)
    head = " ".join(filter(None, [parts.get("letterhead"), parts.get("signatory_title")])).lower()
    found = decide(AUTHOR_RULES, AuthorCase(view.letter, view, head))
    assert found == expected


def test_an_acronym_that_is_a_whole_name_is_no_country_code():
    body = "The CAF approved the loan."
    view = LetterDoc(make_doc(body, {"organisation": [("CAF", "CAF", None)]}), letter_of(body))
    assert institution_country(view, "CAF") is None


def test_a_lower_case_word_in_an_institution_name_is_no_country_code():
    body = "The Office for Trade and Investment approved the grant."
    office = [("Office for Trade and Investment", "Office for Trade and Investment", None)]
    view = LetterDoc(make_doc(body, {"organisation": office}), letter_of(body))
    assert institution_country(view, "Office for Trade and Investment") is None


def test_a_small_word_of_an_institution_name_in_capitals_is_no_country_code():
    body = "THE BOARD OF PORTS AND HARBOURS approved the dredging."
    board = [("THE BOARD OF PORTS AND HARBOURS", "Board of Ports and Harbours", None)]
    view = LetterDoc(make_doc(body, {"organisation": board}), letter_of(body))
    assert institution_country(view, "Board of Ports and Harbours") is None


def test_a_placeholder_is_no_name():
    assert [is_placeholder(n) for n in ("you", "[Name]", "<<Title>>", None, "USAID")] == [True, True, True, True, False]
    assert seat_country("White House") == "USA" and seat_country("USAID") is None


@pytest.mark.parametrize(
    "body, nth, expected",
    [
        # The name right before the bracket gave the sum, not the list's subject.
        (
            "Donors, including Italy (EUR 10 million), and the Commission (EUR 5 million), all gave.",
            0,
            ("ITA", "named_before_bracket"),
        ),
        (
            "Donors, including Italy (EUR 10 million), and the Commission (EUR 5 million), all gave.",
            1,
            ("European Commission", "named_before_bracket"),
        ),
        # No name before the bracket: the other rules decide.
        ("Italy gave funds (EUR 10 million) and more (EUR 5 million).", 0, ("ITA", "named_subject")),
    ],
)
def test_a_listed_sum_in_brackets_is_given_by_the_name_before_it(body, nth, expected):
    view = view_of(body)
    sent = view.sents[0]
    doc = view.doc
    opening = [t.i for t in doc if t.text == "("][nth]
    close = next(t.i for t in doc[opening:] if t.text == ")")
    groups = verb_groups(view, sent, load_cues())
    case = ActorCase(view, sent, groups[-1], None, listed=doc[opening + 1 : close])
    assert decide_actor(case) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Later the Commission's support of EUR 5 million to Egypt will help.",
            ("European Commission", "possessor_of_sum"),
        ),
        ("Frontex’s (FX) initial contribution of EUR 5 million allowed training.", ("Frontex", "possessor_of_sum")),
        ("Of Italy's recent EUR 5 million pledge, Frontex will use half.", ("ITA", "possessor_of_sum")),
        # A possessive outside the sum's noun phrase gives nothing: the subject acts.
        ("Frontex will provide EUR 5 million to the Commission's programme.", ("Frontex", "named_subject")),
    ],
)
def test_the_possessor_of_a_sums_noun_phrase_gave_it(body, expected):
    amount = ("EUR 5 million", "EUR 5 million", {"kind": "money", "value": 5e6, "currency": "EUR"})
    doc = make_doc(body, {"country": COUNTRIES, "organisation": ORGANISATIONS, "amount": [amount]})
    view = LetterDoc(doc, letter_of(body))
    sent = view.sents[0]
    groups = [g for g in verb_groups(view, sent, load_cues()) if not g.purpose]
    (span,) = doc.spans["amount"]
    group = min(groups, key=lambda g: abs(g.head - span.start)) if groups else None
    assert decide_actor(ActorCase(view, sent, group, "USA", sum=span)) == expected


def test_an_authoring_institution_s_state_is_the_one_its_name_names():
    body = "The Swedish International Development Cooperation Agency (Sida) is allocating more. Sida will report."
    view = view_of(body, letterhead="Press release\nSida allocates additional funds")
    assert author_of(view.letter, view) == ("Sida", "SWE")
    assert institution_country(view_of("Frontex and the Commission act."), "Frontex") is None  # no state named


def test_a_press_release_without_letterhead_is_read_from_its_head_lines():
    body = (
        "The Federal Council\n\nPress release\n\n"
        "Bern, 30 April 2025 – At its meeting today, the Federal Council adopted the programme for Ukraine and more. "
        "Switzerland will provide CHF 1.5 billion. Switzerland has also approved four projects."
    )
    view = view_of(body)
    assert author_of(view.letter, view) == ("Federal Council", "CHE")  # a national body: its state from the body
    un = "UNITED NATIONS\nOffice for the Coordination of Humanitarian Affairs\n\n" + body.split("\n\n", 2)[2]
    view = view_of(un.replace("the Federal Council", "the United Nations"))
    assert author_of(view.letter, view) == ("United Nations", None)  # an international body has no state


def test_a_letterhead_spelling_out_an_agency_the_body_abbreviates_makes_the_agency_the_author():
    body = "Thank you for supporting USAID's work. The Agency has obligated funds."
    spans = {"organisation": [("USAID", "USAID", None)]}
    letter = letter_of(
        body,
        letterhead="U.S. AGENCY FOR INTERNATIONAL DEVELOPMENT\nTHE ADMINISTRATOR",
        signatory="Jane Doe",
        signatory_title="Administrator",
    )
    view = LetterDoc(make_doc(body, spans), letter)
    assert author_of(letter, view)[0] == "USAID"  # not the signatory in person


def test_a_national_body_whose_name_names_no_state_takes_the_state_the_data_gives():
    assert institution_country(view_of("The Fund approved the loans."), "Abu Dhabi Fund for Development") == "ARE"
    assert institution_country(view_of("The Seimas adopted the budget."), "Seimas") == "LTU"


def test_a_mission_abroad_writes_for_the_state_that_sends_it():
    head = "consulate general of the republic of moldova in the federal republic of germany\nfrankfurt"
    assert country_in_letterhead(AuthorCase(None, None, head)) == ("MDA", "MDA")
    assert country_in_letterhead(AuthorCase(None, None, "federal republic of germany\nberlin")) == ("DEU", "DEU")


def test_a_body_the_text_calls_only_by_its_office_takes_the_state_its_own_name_ends_on():
    view = view_of("The Ministry thanks the United States for the radios.")
    assert institution_country(view, "Ministry of Transport of Georgia") == "GEO"  # a state, not the US state
    assert institution_country(view, "Ministry of Transport and Communications") is None


def test_a_country_before_a_capitalised_word_of_a_title_is_no_subject():
    body = "Please write to Ms Ann Lee, Italy Programme Manager, with any questions. Egypt has provided funds."
    assert subject_countries(view_of(body)) == {"EGY": 1}


def test_as_many_subjects_as_sums_before_respectively_give_one_each():
    from extractor.records.extract import extract_letter

    body = "Frontex and Italy provided EUR 3 million and EUR 2 million to Egypt, respectively."
    commitments = extract_letter(letter_of(body)).commitments
    assert [(c.actor, c.because.actor) for c in commitments] == [
        ("Frontex", "respective_subjects"),
        ("ITA", "respective_subjects"),
    ]


def test_the_body_a_sum_comes_from_gave_it():
    from extractor.records.extract import extract_letter

    body = "The project will build on EUR 4 million from Frontex to train staff in Egypt."
    commitments = extract_letter(letter_of(body)).commitments
    assert [(c.actor, c.because.actor) for c in commitments] == [("Frontex", "giver_after_from")]
    # A country's word opening a longer name is not where the money comes from.
    body = "Frontex will invest EUR 4 million from the Italian Recovery Plan in Egypt."
    assert [c.actor for c in extract_letter(letter_of(body)).commitments] == ["Frontex"]


def test_a_short_form_of_a_body_named_in_full_acts_as_that_body():
    from extractor.records.extract import extract_letter

    body = "Lakeside Capital Partners committed $3 million to Egypt. To date, Lakeside has awarded $1 million to farms."
    # (a common word alone, "Lakeside", is that body's short form; a name of its own stays itself)
    actors = [c.actor for c in extract_letter(letter_of(body)).commitments]
    assert actors == ["Lakeside Capital Partners", "Lakeside Capital Partners"]


def test_a_name_that_received_the_money_did_not_give_it():
    from extractor.records.extract import extract_letter

    body = "Grants went to four firms in Egypt. Agrivolt received $2 million."
    actors = [c.actor for c in extract_letter(letter_of(body)).commitments]
    assert actors == [None]


def test_the_government_of_a_part_of_a_state_writes_for_that_state_s_money():
    head = "Finance Department\nGovernment of Ontario Queen's Park\nToronto"
    view = view_of("The Province has approved the plan.", letterhead=head)
    assert author_of(view.letter, view) == ("Government of Ontario", "CAN")
    # A place the letterhead names, not its government, is no author.
    view = view_of("The plan is approved.", letterhead="Ontario Trade Fair\nToronto")
    assert author_of(view.letter, view)[1] != "CAN"


def sum_actor(body: str, phrase: str, author: str = "USA", countries=COUNTRIES, verb=True) -> tuple[str, str]:
    """The actor of the sum ``phrase`` in ``body`` and its rule, with the verb group nearest before the sum
    (none when ``verb`` is false: a sum with no verb of its own)."""
    amount = (phrase, phrase, {"kind": "money", "value": 5e6, "currency": "EUR"})
    doc = make_doc(body, {"country": countries, "organisation": ORGANISATIONS, "amount": [amount]})
    view = LetterDoc(doc, letter_of(body))
    (span,) = doc.spans["amount"]
    sent = view.sents[view.sentence_of[span.start]]
    groups = [g for g in verb_groups(view, sent, load_cues()) if not g.purpose and g.head < span.start]
    group = max(groups, key=lambda g: g.head) if groups and verb else None
    return decide_actor(ActorCase(view, sent, group, author, sum=span))


@pytest.mark.parametrize(
    "body, expected",
    [
        # A verb joined by "and" to an earlier one shares its subject, also when the lexicon does not know the first.
        ("Sida funded two schools and committed EUR 5 million to clinics.", ("Sida", "coordinated_predicate")),
        (
            "Sida has opened two offices and also provided EUR 5 million for training.",
            ("Sida", "coordinated_predicate"),
        ),
        # A subject of its own still decides.
        ("Sida funded two schools and Frontex provided EUR 5 million for boats.", ("Frontex", "named_subject")),
    ],
)
def test_a_verb_joined_to_an_earlier_one_shares_its_subject(body, expected):
    assert sum_actor(body, "EUR 5 million") == expected


def test_a_possessive_pronoun_before_a_sum_without_a_verb_stands_for_its_sentences_subject():
    body = "Frontex will open a new office in Rome, adding to its earlier EUR 5 million grant for boats."
    assert sum_actor(body, "EUR 5 million", verb=False) == ("Frontex", "pronoun_possessor")
    # Without a possessive pronoun, a sum with no verb is the author's.
    body = "Frontex will open a new office in Rome, adding to an earlier EUR 5 million grant for boats."
    assert sum_actor(body, "EUR 5 million", verb=False) == ("USA", "no_verb")


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Sida has opened an office in Cairo. They have provided EUR 5 million to local clinics since then.",
            ("Sida", "pronoun_of_previous_sentence"),
        ),
        # A pronoun whose sentence before names no subject stays unresolved: the author by default.
        (
            "The work went on for a year. They have provided EUR 5 million to local clinics since then.",
            ("USA", "unresolved_pronoun"),
        ),
        # Across a paragraph break the pronoun is not resolved either.
        (
            "Sida has opened an office in Cairo.\n\nThey have provided EUR 5 million to local clinics since then.",
            ("USA", "unresolved_pronoun"),
        ),
        # A passive's pronoun is what is acted on: the clinics were given the sum, they gave nothing.
        (
            "Sida has opened ten clinics in Cairo. They were given EUR 5 million for staff since then.",
            ("USA", "unresolved_pronoun"),
        ),
    ],
)
def test_a_pronoun_subject_stands_for_the_subject_of_the_sentence_before(body, expected):
    assert sum_actor(body, "EUR 5 million") == expected


def test_bodies_in_an_aside_after_the_subject_are_not_the_subject():
    body = "Acme Holdings, along with its partners Frontex and Sida, provided EUR 5 million for training."
    assert sum_actor(body, "EUR 5 million") == ("Acme Holdings", "unlisted_name_subject")


@pytest.mark.parametrize(
    "body, expected",
    [
        ("The deal includes purchases of about EUR 5 million of Italian olive oil.", (None, "buys_the_authors_goods")),
        # Goods of another country: the rule does not apply.
        ("The deal includes purchases of about EUR 5 million of Egyptian cotton.", ("ITA", "no_verb")),
    ],
)
def test_purchases_of_the_authors_own_goods_are_not_the_authors(body, expected):
    countries = [*COUNTRIES, ("Italian", "ITA", None), ("Egyptian", "EGY", None)]
    assert sum_actor(body, "EUR 5 million", author="ITA", countries=countries) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Some forty firms and organizations have committed EUR 5 million to the clinics.",
            (None, "others_as_subject"),
        ),
        ("The appeal seeks EUR 5 million from donors to rebuild the schools.", (None, "giver_after_from")),
        ("The appeal seeks EUR 5 million from Sida to rebuild the schools.", ("Sida", "giver_after_from")),
    ],
)
def test_other_parties_unnamed_give_a_sum_that_is_not_the_authors(body, expected):
    assert sum_actor(body, "EUR 5 million") == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Sida announced EUR 5 million in new private sector commitments for clean water.",
            (None, "private_pledges"),
        ),
        ("Sida announced EUR 5 million in new grants for clean water.", ("Sida", "named_subject")),
    ],
)
def test_private_sector_pledges_a_body_announces_are_not_its_own(body, expected):
    assert sum_actor(body, "EUR 5 million") == expected


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # the sum's own participle names its givers by a common noun: others, never the author
        ("The delegation marked progress on the $2 billion in pledges made by donors and firms at the summit.", None),
        # "by" and a year is a deadline, no agent: the author still gives the sum
        ("The delegation will deliver the $2 billion in grants announced by 2027.", "USA"),
    ],
)
def test_a_common_agent_of_the_sums_participle_is_nobody(sentence, actor):
    from extractor.records.extract import extract_letter

    extraction = extract_letter(letter_of(sentence, letterhead="THE WHITE HOUSE\nWASHINGTON"))
    assert [c.actor for c in extraction.commitments] == [actor]


def test_a_quoted_earlier_message_gives_no_subjects_to_the_replys_author():
    body = (
        "Egypt has approved the loan.\n\n-----Original Message----- From: Ann Lee Sent: Friday, 3 May 2030\n\n"
        "Italy has provided funds. Italy has committed more."
    )
    assert subject_countries(view_of(body)) == {"EGY": 1}


@pytest.mark.parametrize(
    "head, expected",
    [
        ("STATE OF RIO GRANDE DO SUL\nSECRETARIAT OF PLANNING", ("Government of Rio Grande do Sul", "BRA")),
        ("Queensland Government\nMedia Statements", ("Government of Queensland", "AUS")),
        ("GOBIERNO DEL ESTADO DE OAXACA\nOffice of the Governor", ("Government of Oaxaca", "MEX")),
        ("Government of Kerala\nFinance Department", ("Government of Kerala", "IND")),
    ],
)
def test_a_province_s_or_a_federated_state_s_letterhead_writes_for_its_country(head, expected):
    assert author_of(letter_of("We write.", letterhead=head)) == expected


def test_a_head_naming_two_governments_as_parties_names_no_author():
    head = (
        "AGREED MINUTES\nthe Government of the Kingdom of Norway and the\nGovernment of the United Republic of Tanzania"
    )
    assert author_of(letter_of("Both sides agreed.", letterhead=head))[1] is None
    head = "Record of the Consultations between the Kingdom of Norway and the United Republic of Tanzania"
    assert author_of(letter_of("Both sides agreed.", letterhead=head))[1] is None


def test_neither_a_subject_line_nor_a_memorandum_s_addressee_writes_the_letter():
    head = "Global Affairs Canada\nMEMORANDUM FOR: The Minister of Finance of Nepal\nSUBJECT: NEPAL EARTHQUAKE"
    assert author_of(letter_of("We recommend.", letterhead=head)) == ("CAN", "CAN")
    head = "KURASHIKI CITY\nOkayama, Japan\nHis Worship the Mayor of Christchurch\nNew Zealand"
    assert author_of(letter_of("We send our sympathy.", letterhead=head)) == ("JPN", "JPN")


def test_an_e_mail_from_a_government_s_domain_is_written_for_its_state():
    body = "From: A. Tavita <at@mof.gov.ws>\nTo: J. Brown <jb@example.org>\n\nWe confirm receipt."
    view = LetterDoc(make_doc(body, {}), letter_of(body))
    assert author_of(letter_of(body), view) == ("WSM", "WSM")
    head = "From: A. Tavita <at@mof.gov.ws>"
    assert author_of(letter_of("We confirm receipt.", letterhead=head)) == ("WSM", "WSM")
    body = "From: A. Tavita <at@example.org>\n\nWe confirm receipt."
    assert author_of(letter_of(body), LetterDoc(make_doc(body, {}), letter_of(body)))[1] is None


@pytest.mark.parametrize(
    "body, expected",
    [
        # A verbless item whose sum is the value of a purchase names no buyer.
        ("- Procurement of farm machinery and spare parts of about EUR 5 million, including from Fiat.", (None,)),
        # The goods after the sum: whose goods they are tells the buyer (buys_the_authors_goods), not this rule.
        ("- Purchase of EUR 5 million of wheat.", ("ITA",)),
        # Not a purchase's value: the item's author acts.
        ("- Delivery of water pumps of about EUR 5 million to the villages.", ("ITA",)),
    ],
)
def test_a_verbless_purchase_names_no_buyer(body, expected):
    actor, _rule = sum_actor(body, "EUR 5 million", author="ITA", verb=False)
    assert (actor,) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Sida signed a grant of EUR 9 million, with Italy and Egypt contributing an additional EUR 5 million.",
            ("ITA", "participle_subject"),
        ),
        ("Sida signed a grant, with Frontex providing EUR 5 million for boats.", ("Frontex", "participle_subject")),
        # A place receiving is no giver.
        ("Sida signed a grant, with Italy receiving EUR 5 million for boats.", ("Sida", "named_subject")),
    ],
)
def test_the_subject_of_a_giving_participle_gave_the_sum(body, expected):
    assert sum_actor(body, "EUR 5 million", author="CHE") == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # An aside between coordinated subjects does not break the chain: the first of them acts.
        (
            "Sida, working with the United Nations, and Frontex plan to contribute EUR 5 million to the clinics.",
            ("Sida", "first_of_coordinated"),
        ),
        # A name inside an aside before the verb is the aside's, not a subject.
        (
            "Sida, along with its partners Frontex and the Commission, contributed EUR 5 million to the clinics.",
            ("Sida", "named_subject"),
        ),
    ],
)
def test_an_aside_between_coordinated_subjects_keeps_the_first(body, expected):
    assert sum_actor(body, "EUR 5 million", author="CHE") == expected


def test_a_letterhead_naming_its_state_by_a_name_of_its_time_or_an_other_name_is_that_state():
    body = "We submit the proposals."
    assert author_of(letter_of(body, letterhead="REPUBLIC OF UPPER VOLTA\nMinistry of Planning")) == ("BFA", "BFA")
    assert author_of(letter_of(body, letterhead="KINGDOM OF SWAZILAND\nTreasury Department")) == ("SWZ", "SWZ")
    assert author_of(letter_of(body, letterhead="REPUBLIQUE DU ZAIRE\nDepartement des Finances")) == ("COD", "COD")


def test_a_letterhead_naming_no_state_writes_from_the_state_of_its_postal_code():
    body = "We propose a further grant."
    head = "DEPARTMENT FOR AID\n12 High Road, Leeds LS1 4AB"
    assert author_of(letter_of(body, letterhead=head)) == ("GBR", "GBR")
    assert author_of(letter_of(body, letterhead="AID BRANCH\n200 Promenade, Gatineau QC K1A 0G4")) == ("CAN", "CAN")
    # A named state wins over the form of its postal code (a mission abroad).
    head = "Embassy of Kenya\n45 Portland Place, London W1B 1AS"
    assert author_of(letter_of(body, letterhead=head)) == ("KEN", "KEN")


def test_a_funds_letterhead_writes_for_no_state_its_address_names():
    body = "Contributors have pledged the equivalent of USD 410 million."
    head = "FUND FOR COASTAL RESILIENCE\nSecretariat\nBlock 4, Marine Drive, Suva, Fiji"
    # A fund of many states sits in Fiji; it does not write for Fiji.
    assert author_of(letter_of(body, letterhead=head))[1] is None
    # A national fund's letterhead names its state in its first line.
    assert author_of(letter_of(body, letterhead="FIJI FUND FOR DEVELOPMENT\nSuva, Fiji"))[1] == "FJI"


def test_a_funds_name_may_open_on_words_of_no_state():
    # "Global Fund ...", "International Fund ...": qualifiers of no state before the fund's head word.
    body = "The Board approved eleven grants worth USD 96 million at its ninth meeting."
    head = "THE GLOBAL FUND FOR WETLAND RECOVERY\nBoard Secretariat\n44 Rue du Lac, Geneva, Switzerland"
    assert author_of(letter_of(body, letterhead=head))[1] is None
    # A "special" fund is often a state's own, under its ministry: its address names its state.
    head = "SPECIAL FUND FOR RURAL BRIDGES\nMinistry of Public Works\nPO Box 310, Lilongwe, Malawi"
    assert author_of(letter_of(body, letterhead=head))[1] == "MWI"
    head = "International Fund for Coral Reefs\nHarbour Road 9, Mombasa, Kenya"
    assert author_of(letter_of(body, letterhead=head))[1] is None


def test_a_ministers_style_on_a_later_line_opens_the_addressee_block_not_the_senders():
    # A minister's style at the top, then another's further down over a second state: the lower one opens the
    # addressee's block, whose state is not the author's.
    body = "Following our call on Tuesday, I am pleased to set out the support for teacher training."
    head = "The Hon. Carla Brown\nMinister of Education\nGeorgetown, Guyana\n\n"
    head += "Hon. Peter Lewis\nMinister of Health\nBridgetown\nBarbados"
    assert author_of(letter_of(body, letterhead=head))[1] == "GUY"
    styled = head.replace("Hon. Peter Lewis", "The Right Honourable Peter Lewis")
    assert author_of(letter_of(body, letterhead=styled))[1] == "GUY"


def test_two_states_a_dash_joins_in_a_head_are_the_parties_not_the_author():
    # A joint commission of two states: its communiqué speaks for both, so neither is its author's state.
    body = "The delegations met in Livingstone. Zambia will provide ZMW 90 million for the border market."
    head = "COMMUNIQUÉ\nZambia-Zimbabwe Joint Commission on Cross-Border Trade, Third Session"
    assert country_in_letterhead(AuthorCase(letter_of(body), None, head.lower(), head)) is None
    # A single state's head keeps its state.
    single = "MINISTRY OF TRADE\nLusaka, Zambia"
    assert country_in_letterhead(AuthorCase(letter_of(body), None, single.lower(), single)) == ("ZMB", "ZMB")


def test_two_states_a_dash_joins_are_paired_whatever_their_codes_order():
    # The pair is read in the head's order: "Chile-Argentina" names CHL first though ARG sorts first.
    body = "The delegations met in Santiago. Chile will provide USD 4 million for the mountain pass."
    for head in ("JOINT STATEMENT\nChile-Argentina Binational Commission", "JOINT STATEMENT\nUruguay–Paraguay Summit"):
        assert country_in_letterhead(AuthorCase(letter_of(body), None, head.lower(), head)) is None, head


def test_a_senders_own_style_under_an_office_line_keeps_the_senders_state():
    # Only a second styled line opens the addressee's block: the first is the sender's own name under the office.
    body = "We are pleased to confirm the grant for the harbour works."
    head = "OFFICE OF THE MINISTER FOR TRADE\nHon. Ana Kolo\nGovernment Buildings\nNuku'alofa, Kingdom of Tonga"
    assert author_of(letter_of(body, letterhead=head))[1] == "TON"
    styled = "MINISTRY OF INFRASTRUCTURE\nThe Honourable Tomas Rai\nPort Vila\nRepublic of Vanuatu"
    assert author_of(letter_of(body, letterhead=styled))[1] == "VUT"


def test_a_mission_named_by_its_state_s_adjective_writes_for_that_state():
    # As "Embassy of X": the adjective names the state that sends the mission, not where it sits; a head naming a
    # state of its own ("Ministry ... of Peru" writing to "the Norwegian Embassy") is that one's.
    for letterhead, expected in [
        ("Royal Thai Embassy\nNairobi", "THA"),
        ("Brazilian Consulate\nCape Town", "BRA"),
        ("Ministry of External Relations of Chile\nTo: the Danish Embassy, Santiago", "CHL"),
    ]:
        view = view_of("We thank the Conference.", letterhead=letterhead)
        found, _ = decide(AUTHOR_RULES, AuthorCase(view.letter, view, letterhead.lower()))
        assert found == (expected, expected)


def test_a_mission_s_adjective_after_with_or_inside_a_hyphened_name_is_no_sender():
    for head in (
        "office of the president\nbrief for the meeting with the chinese delegation",
        "inter-american mission for electoral observation",
    ):
        assert country_in_letterhead(AuthorCase(None, None, head)) is None


DESK_LETTER = """FOREIGN MINISTRY
Southern Africa and Zambia Directorate
Oslo

Ref. 2029/114                                  12 September 2029

To the Secretary to the Treasury
Ministry of Finance
Lusaka
Zambia

Dear Secretary,

Our Ministry will provide NOK 25 million towards the maize storage programme in Zambia next year.

With best regards,

Kari Lunde
Head, Southern Africa and Zambia Directorate
"""


def test_a_state_a_ministry_s_desk_deals_with_is_not_the_author_s(tmp_path):
    # "... and Zambia Directorate" is a desk of the writing ministry: its state is the one helped, not the author's.
    from extractor.records.extract import extract_path

    path = tmp_path / "letter.txt"
    path.write_text(DESK_LETTER, encoding="utf-8")
    (commitment,) = extract_path(path).commitments
    assert commitment.beneficiaries == ["ZMB"]


@pytest.mark.parametrize(
    "head, expected",
    [
        ("malawi bureau of statistics\nlilongwe, malawi", "MWI"),  # a bureau of the state's own
        ("republic of zambia\nzambia bureau of standards", "ZMB"),
        ("government of namibia\nnamibia division of water affairs", "NAM"),
        ("republic of zambia\nzambia desk", "ZMB"),  # the state named as such: its own ministry's desk
        (
            "ministry of foreign affairs\nzambia directorate of fisheries\nlusaka",
            "ZMB",
        ),  # "of" after: a body of its own
    ],
)
def test_a_state_s_own_bureau_division_or_titled_name_leaves_it_the_author_s_state(head, expected):
    assert country_in_letterhead(AuthorCase(None, None, head)) == (expected, expected)


def test_a_state_named_after_a_national_body_in_the_head_is_its_office_s_seat_not_the_author_s_state():
    head = "swedish embassy\nbox 40, maputo\nhead of cooperation, sida mozambique"
    assert country_in_letterhead(AuthorCase(None, None, head)) == ("SWE", "SWE")


def test_a_head_listing_several_states_as_joint_authors_names_no_one_author_state():
    body = "Together we ask for your support."
    head = "Statement of the Agriculture Ministers of Peru, the Republic of Chile and Bolivia"
    assert author_of(letter_of(body, letterhead=head)) == (None, None)
    # A title listing the places an appeal is for names no joint authors: its first state stays the head's.
    title = "Drought Response Plan - Namibia, Angola, Zambia\nWindhoek"
    assert author_of(letter_of(body, letterhead=title))[1] is not None
    # One state named with its capital is still that state's letter.
    assert author_of(letter_of(body, letterhead="Ministry of Agriculture\nRepublic of Chile\nSantiago, Chile")) == (
        "CHL",
        "CHL",
    )
