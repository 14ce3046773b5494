"""Dates: resolution against the letter date, EDTF forms, and what is not a date."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from numbers_eval import letters_scores, seed_scores

from extractor.nlp.dates import find_dates

OCT_2025 = dt.date(2025, 10, 21)  # a Tuesday
DEC_2025 = dt.date(2025, 12, 21)
JAN_2026 = dt.date(2026, 1, 5)


def edtfs(text: str, letter_date=OCT_2025) -> list[str]:
    """The EDTF values of the dates found in ``text``."""
    return [d.edtf for d in find_dates(text, letter_date)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Brussels, 21 October 2025", ["2025-10-21"]),
        ("Washington, February 25, 2011", ["2011-02-25"]),
        ("on the 21st of October 2025", ["2025-10-21"]),
        ("Rome, 3rd of March 2023", ["2023-03-03"]),
        ("Signed on 2025-10-21.", ["2025-10-21"]),
        ("the decision of 21.10.2025", ["2025-10-21"]),
        ("from June 2026", ["2026-06"]),
        ("adopted in March 2024", ["2024-03"]),
        ("in 2023", ["2023"]),
        ("the agreement (signed in 2016) holds", ["2016"]),
        ("since 2023", ["2023"]),
        ("for 2025-2027", ["2025/2027"]),
        ("for 2025–2027", ["2025/2027"]),
        ("the 2024/25 season", ["2024/2025"]),
        ("between 2015 and 2016", ["2015/2016"]),
        ("in 2025 and 2026", ["2025", "2026"]),
        ("the second half of 2026", ["2026-41"]),
        ("the first half of 2024", ["2024-40"]),
        ("in Q3 2025", ["2025-35"]),
        ("the third quarter of 2025", ["2025-35"]),
        ("the first nine months of 2024", ["2024-01/2024-09"]),
        ("by the end of 2025", ["2025"]),
        # A vague part of a year is the year.
        ("in early 2026", ["2026"]),
        ("by mid-2026", ["2026"]),
        ("not before late 2027, if at all", ["2027"]),
        # Days and fiscal quarters.
        ("in the last ten days of March 2023 the camp filled", ["2023-03-22/2023-03-31"]),
        ("obligated in the third quarter of fiscal year 2019", ["2019-04/2019-06"]),
        ("to be spent in the first quarter of FY2027", ["2026-10/2026-12"]),
        ("in spring 2026", ["2026-21"]),
        ("in FY2024", ["2023-10/2024-09"]),
        ("fiscal year 2018 funds", ["2017-10/2018-09"]),
        ("allocated for FY2023-24", ["2023-04/2024-03"]),
        ("during the 1990s", ["199X"]),
        ("from March to June 2024", ["2024-03/2024-06"]),
        ("by end-2025", ["2025"]),
        ("at year-end 2025", ["2025"]),
        ("due Sept. 30, 2024", ["2024-09-30"]),
        ("on July 1-3, 2025", ["2025-07-01/2025-07-03"]),
        ("in H2 2025", ["2025-41"]),
        ("the summer of 2025", ["2025-22"]),
    ],
)
def test_explicit_dates(text, expected):
    assert edtfs(text) == expected


@pytest.mark.parametrize(
    "text, letter_date, expected",
    [
        ("An Association Council will take place on 28 October.", OCT_2025, "2025-10-28"),
        ("The summit on 28 October adopted conclusions.", DEC_2025, "2025-10-28"),
        ("The summit held on 28 October adopted conclusions.", JAN_2026, "2025-10-28"),
        ("The next summit will be held on 28 October.", JAN_2026, "2026-10-28"),
        ("The Commission adopted it on 16 October.", OCT_2025, "2025-10-16"),
        ("We will meet on 10 December.", OCT_2025, "2025-12-10"),
        ("We met on 10 December.", OCT_2025, "2024-12-10"),
        ("the meeting on 17-18 July", DEC_2025, "2025-07-17/2025-07-18"),
        ("on July 17-18", DEC_2025, "2025-07-17/2025-07-18"),
        ("we presented on 17 September", OCT_2025, "2025-09-17"),
        ("Our meeting on 6-7 July, which we drafted together,", dt.date(2017, 7, 3), "2017-07-06/2017-07-07"),
    ],
)
def test_partial_dates_take_the_right_year(text, letter_date, expected):
    assert edtfs(text, letter_date) == [expected]


@pytest.mark.parametrize(
    "text, letter_date, expected",
    [
        ("In February, the Commission carried out a mission.", OCT_2025, "2025-02"),
        ("In September, we adopted a special measure.", OCT_2025, "2025-09"),
        ("Since June, the programme is available.", OCT_2025, "2025-06"),
        ("Since June, the programme is available.", dt.date(2023, 3, 3), "2022-06"),
        ("The regulation should be agreed before the elections in May.", dt.date(2019, 3, 4), "2019-05"),
        ("We agreed this at the summit in Sofia last May.", dt.date(2019, 3, 4), "2018-05"),
        ("In March, we will present the strategy.", OCT_2025, "2026-03"),
        ("December last year", dt.date(2023, 12, 12), "2022-12"),
        ("to see it deployed by the end of May", dt.date(2024, 3, 12), "2024-05"),
        ("the rainy season from June to September", dt.date(2024, 4, 15), "2024-06/2024-09"),
        # "last" or "next" and the letter's own month: that month a year before or after.
        ("The plan was endorsed last March by the board.", dt.date(2024, 3, 20), "2023-03"),
        ("The review will close next March.", dt.date(2024, 3, 20), "2025-03"),
        # A month alone in brackets, as a table's cell dates an event.
        ("| Peru | Mudslides in Cusco (Jan.) | Tents |", dt.date(2024, 3, 20), "2024-01"),
    ],
)
def test_bare_months(text, letter_date, expected):
    assert edtfs(text, letter_date) == [expected]


@pytest.mark.parametrize(
    "text, letter_date, expected",
    [
        # A capitalised month before a noun names an event of that month.
        ("Prices rose steeply after the August floods.", dt.date(2024, 3, 1), "2023-08"),
        ("We will prepare the October summit together.", dt.date(2024, 3, 1), "2024-10"),
        ("In the first three days of November, 900 people landed.", dt.date(2022, 12, 2), "2022-11-01/2022-11-03"),
    ],
)
def test_a_month_told_by_its_event_or_its_days(text, letter_date, expected):
    assert edtfs(text, letter_date) == [expected]


@pytest.mark.parametrize(
    "text, letter_date, expected",
    [
        # A verb in -ed in the clause is the only cue: the month already gone by.
        ("In August, more than 3 000 fishermen returned to the coast.", dt.date(2025, 4, 2), "2024-08"),
        ("In December, the ministers of Ghana, affirmed the roadmap.", dt.date(2019, 2, 7), "2018-12"),
        ("The situation worsened sharply in July, as patrols thinned.", dt.date(2022, 3, 1), "2021-07"),
        # No verb, or an -ed adjective: the letter's year.
        ("The review in August covers unaccompanied minors.", dt.date(2025, 4, 2), "2025-08"),
        ("In August, the network of dedicated centres opens.", dt.date(2025, 4, 2), "2025-08"),
        ("In August, a hundred observers join the mission.", dt.date(2025, 4, 2), "2025-08"),
        # A modal still wins over an -ed word.
        ("In August, the newly elected council will decide.", dt.date(2025, 4, 2), "2025-08"),
    ],
)
def test_a_past_verb_moves_a_bare_month_back(text, letter_date, expected):
    assert edtfs(text, letter_date) == [expected]


@pytest.mark.parametrize(
    "text, letter_date, expected",
    [
        ("Arrivals doubled in the fourth quarter, when the weather allowed it.", dt.date(2021, 2, 1), ["2020-36"]),
        ("We will publish the review in the second quarter.", dt.date(2021, 2, 1), ["2021-34"]),
        ("Returns rose during the first half, then fell.", dt.date(2019, 9, 30), ["2019-40"]),
        ("Deliveries are to start by the second half.", dt.date(2019, 3, 30), ["2019-41"]),
    ],
)
def test_a_quarter_or_half_without_a_year(text, letter_date, expected):
    assert edtfs(text, letter_date) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She scored in the second half of the match.",
        "the first quarter of the century",
        "the third quarter century of the alliance",
        "a quarter of the budget",
    ],
)
def test_a_quarter_or_half_that_is_no_date(text):
    assert edtfs(text, dt.date(2021, 2, 1)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The audit spans the period from 1 April 2018 to 30 September 2019.", ["2018-04-01/2019-09-30"]),
        ("between January 5, 2020, and February 3, 2020", ["2020-01-05/2020-02-03"]),
        ("the mandate ran from March 2017 through June 2018", ["2017-03/2018-06"]),
        # A dash or "to" between two dates of one precision is a span without "from".
        ("Funding situation (July 2024 - December 2024)", ["2024-07/2024-12"]),
        ("the period 1 July 2024 to 31 December 2024", ["2024-07-01/2024-12-31"]),
        # After "from", ends of two precisions make a span too.
        ("from 1 April 2018 to June 2019", ["2018-04-01/2019-06"]),
    ],
)
def test_from_one_date_to_another_is_an_interval(text, expected):
    assert edtfs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # No "from"/"between": two dates.
        ("The meetings of 1 April 2018 and 30 September 2019 were decisive.", ["2018-04-01", "2019-09-30"]),
        # A later date first is no interval.
        ("from 30 September 2019 to 1 April 2018", ["2019-09-30", "2018-04-01"]),
        # Different precisions without "from" or "between" are no interval.
        ("1 April 2018 - June 2019", ["2018-04-01", "2019-06"]),
    ],
)
def test_two_dates_that_are_no_interval(text, expected):
    assert edtfs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("this year", "2025"),
        ("last year", "2024"),
        ("next year", "2026"),
        ("this week", "2025-W43"),
        ("last week's mission", "2025-W42"),
        ("this month", "2025-10"),
        ("last month", "2025-09"),
        ("today", "2025-10-21"),
        ("yesterday", "2025-10-20"),
        ("tomorrow", "2025-10-22"),
        ("on Friday", "2025-10-24"),
        ("last Friday", "2025-10-17"),
        ("the first nine months of this year", "2025-01/2025-09"),
        ("since the beginning of the year", "2025"),
        ("the first five months of the year", "2025-01/2025-05"),
        ("by the end of the year", "2025"),
        ("One year ago, the war began", "2024-10-21"),
        ("three months ago", "2025-07"),
        ("the figures we saw three years ago", "2022"),
        ("two weeks ago", "2025-W41"),
        ("10 days ago", "2025-10-11"),
        ("nearly two years ago", "2023"),
        ("about a month ago", "2025-09"),
    ],
)
def test_relative_dates(text, expected):
    found = find_dates(text, OCT_2025)
    assert [d.edtf for d in found] == [expected]
    assert found[0].relative


def test_a_dated_document_lies_in_the_past():
    assert edtfs("The report (A/78/123) of 5 August notes the rise.", dt.date(2024, 5, 20)) == ["2023-08-05"]


def test_tense_stays_in_the_date_clause():
    march = dt.date(2023, 3, 3)
    text = "The Council of 8 and 9 December gave a signal; the talks should be completed by February 2024."
    assert edtfs(text, march)[:2] == ["2022-12-08", "2022-12-09"]
    assert edtfs("Before the Council meets in November, let me set out our plans.", dt.date(2024, 7, 2)) == ["2024-11"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Polling on 12/3/2014. Signed March 5, 2014.", "2014-12-03"),
        ("Meeting on 12/3/2014 and 25/3/2014.", "2014-03-12"),
        ("Meeting on 12/3/2014 and 3/25/2014.", "2014-12-03"),
        ("Meeting on 12.3.2014.", "2014-03-12"),
        # The month in Roman numerals between the day and the year.
        ("Meeting on 12.III.2014.", "2014-03-12"),
        ("Signed at Valdoria on 5. XI. 1989 by both sides.", "1989-11-05"),
    ],
)
def test_numeric_dates_follow_the_letter_order(text, expected):
    assert edtfs(text)[0] == expected


def test_weekday_before_a_date_is_the_date():
    assert edtfs("the meeting in Warsaw on Friday 28 March", dt.date(2025, 3, 5)) == ["2025-03-28"]
    assert edtfs("on Friday, March 28, 2025") == ["2025-03-28"]


@pytest.mark.parametrize(
    "text, letter_date, expected",
    [
        ("the centre could not cope this summer", dt.date(2022, 11, 8), "2022-22"),
        ("paid this autumn", dt.date(2022, 11, 8), "2022-23"),
        ("last winter was hard", dt.date(2022, 11, 8), "2021-24"),
        ("last winter was hard", dt.date(2023, 1, 15), "2021-24"),
        ("this winter", dt.date(2023, 1, 15), "2022-24"),
        ("by next spring", dt.date(2022, 11, 8), "2023-21"),
        ("in the spring of next year", dt.date(2024, 11, 14), "2025-21"),
    ],
)
def test_relative_seasons(text, letter_date, expected):
    assert edtfs(text, letter_date) == [expected]


def test_weekday_follows_the_tense():
    friday = dt.date(2011, 2, 25)
    assert edtfs("I will travel to Geneva on Monday.", friday) == ["2011-02-28"]
    assert edtfs("He arrived on Monday.", friday) == ["2011-02-21"]
    # Written on a Friday, "on Friday" in the future is the Friday a week on.
    assert edtfs("On Friday morning, we will have a discussion.", dt.date(2023, 10, 20)) == ["2023-10-27"]
    # In the past it is the day itself: a release dated Thursday reports what was decided on Thursday.
    thursday = dt.date(2024, 5, 16)
    assert edtfs("The cabinet decided on Thursday to allocate the funds.", thursday) == ["2024-05-16"]


def test_weekday_of_a_week_told_from_the_letters():
    wednesday = dt.date(2030, 5, 8)
    # A weekday with its week: the Friday of the week after the letter's, whatever the letter's weekday.
    assert edtfs("The council votes on the grant at its session of Friday next week.", wednesday) == ["2030-05-17"]
    assert edtfs("We propose to sign the agreement on Monday of next week.", wednesday) == ["2030-05-13"]
    assert edtfs("The figures were sent on Tuesday of this week.", wednesday) == ["2030-05-07"]


def test_an_opening_phrase_dates_by_its_own_verb():
    march = dt.date(2025, 3, 3)
    # The opening phrase's "caused" dates its December, not the main clause's "intends".
    assert edtfs("Given the damage caused by the storm in December, the Council intends to act.", march) == ["2024-12"]
    # Also under a heading that the sentence splitter runs into the sentence.
    text = "Further steps\n\nGiven the losses caused along the northern coast by the cyclone in December, the city will act."
    assert edtfs(text, march) == ["2024-12"]
    # Without a verb of its own, the main clause's tense holds ("deployed" is past).
    assert edtfs("Following the floods of 6 February, the army deployed engineers.", dt.date(2023, 10, 16)) == [
        "2023-02-06"
    ]
    # A sum's verb of aid dates the month after it.
    assert edtfs("The agency released USD 5 million from its reserve in December.", dt.date(2024, 2, 7)) == ["2023-12"]


@pytest.mark.parametrize(
    "text",
    [
        "May we count on your support?",
        "Member States may wish to contribute.",
        "in the coming months",
        "in recent years",
        "over the past three years",
        "over the years",
        "Regulation (EU) 2024/1348",
        "under Section 2025 of the code",
        "the review of Agenda 2063",
        "EUR 2025 million",
        "for the coming year",
        "AD 2018–23–51 applies",
        "Ref. Ares(2025)1874512",
        "up 20% on the previous year",
        "as Smith (1991) showed",
        "shift work harms sleep (Jones and Brown, 1998).",
        "Knauth et al. (1985) found",
        "The 2030 Agenda for Sustainable Development guides us.",
        "the march towards the border",
        "under the May government",
        "the first forty days of the mission",
        # A day and month that name a place: a city, a street.
        "the campus in 10th of Ramadan City opened",
        "the office on July 26 Street is closed",
    ],
)
def test_not_dates(text):
    found = find_dates(text, OCT_2025, taken=[(0, 16)] if text.startswith("EUR") else None)
    assert found == [], [(text[d.start : d.end], d.edtf) for d in found]


def test_may_the_month_beside_may_the_verb():
    assert edtfs("In May, partners agreed; ministers may wish to follow.", dt.date(2024, 7, 2)) == ["2024-05"]
    assert edtfs("on 5 May 2024") == ["2024-05-05"]


def test_without_letter_date_the_latest_written_year_stands_in():
    assert edtfs("In 2017 arrivals rose. On 2 February, Italy signed.", None) == ["2017", "2017-02-02"]


def test_a_letter_dated_by_its_month_places_day_months_in_that_month():
    found = find_dates("Figures as at 30 April: the fund was 60 per cent spent.", None, letter_month="2024-05")
    assert [d.edtf for d in found] == ["2024-04-30"]


def test_a_years_budget_dates_the_year():
    assert edtfs("It will be funded in the 2027 National Budget.") == ["2027"]


def test_without_any_year_the_year_stays_unknown():
    found = find_dates("The council met on 28 October.", None)
    assert [(d.edtf, d.rule) for d in found] == [("XXXX-10-28", "dmy:year-unknown")]
    assert find_dates("this year", None) == []


def test_component_reads_letter_date_from_the_doc():
    import extractor.nlp.dates  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("letters_dates")
    doc = nlp.make_doc("The Summit will take place on 22 October. It was agreed last year.")
    doc.user_data["letter_date"] = OCT_2025
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    spans = list(doc.spans["date"])
    assert [(s.text, s._.norm) for s in spans] == [("22 October", "2025-10-22"), ("last year", "2024")]
    assert spans[1]._.value == {"edtf": "2024", "relative": True}


def test_seed_dates_f1():
    scores = seed_scores()
    assert scores["dates"].f1 >= 0.97, (scores["dates"].missed, scores["dates"].spurious)


def test_test_letters_dates_f1():
    score = letters_scores()["dates"]
    assert score.f1 >= 0.9, score.missed


@pytest.mark.parametrize(
    "text, expected",
    [
        # Told in a past sentence early in the year, "the end of the year" is the year gone by.
        ("Arrivals fell in spring; the numbers were low, and, at the end of the year, rose again.", ["2023"]),
        # A deadline ahead, or a sentence that is not all past, stays in the letter's year.
        ("We agreed to finish before the end of the year.", ["2024"]),
        ("The numbers were low, but at the end of the year we will know more.", ["2024"]),
    ],
)
def test_the_end_of_the_year_in_a_past_sentence(text, expected):
    assert edtfs(text, dt.date(2024, 1, 26)) == expected


@pytest.mark.parametrize(
    "sentence, letter_date, expected",
    [
        # A past verb right before the date's preposition governs it, whatever the main clause says.
        ("The package that I announced on 2 May will be made available soon.", dt.date(2024, 6, 17), "2024-05-02"),
        ("The funds we pledged in May will reach the camps next year.", dt.date(2024, 3, 17), "2023-05"),
        # Not when the verb is passive after "be", or a participle of planning.
        ("The package will be adopted on 2 May.", dt.date(2024, 6, 17), "2025-05-02"),
        ("The vote is scheduled on 2 May.", dt.date(2024, 6, 17), "2025-05-02"),
    ],
)
def test_a_past_verb_governing_the_date_sets_its_year(sentence, letter_date, expected):
    from extractor.nlp.pipeline import get_nlp

    nlp = get_nlp()
    doc = nlp.make_doc(sentence)
    doc.user_data["letter_date"] = letter_date
    doc = nlp(doc)
    assert expected in [span._.norm for span in doc.spans["date"]]


@pytest.mark.parametrize(
    "text, letter_date, expected",
    [
        # DIGEST.md: "18 and 19 December 2014" is two dates; so are coordinated months.
        ("the meeting on 18 and 19 December 2014", OCT_2025, ["2014-12-18", "2014-12-19"]),
        ("the ministers will meet on February 22 and 23.", dt.date(2023, 2, 10), ["2023-02-22", "2023-02-23"]),
        ("Arrivals in January and February were lower.", dt.date(2023, 3, 14), ["2023-01", "2023-02"]),
        ("from 30 November and 1 December 2025", OCT_2025, ["2025-11-30/2025-12-01"]),
        # A span stays one: a dash, or "between ... and ...".
        ("the meeting on 17-18 July 2025", OCT_2025, ["2025-07-17/2025-07-18"]),
        ("Between January and June 2019, arrivals fell.", OCT_2025, ["2019-01/2019-06"]),
    ],
)
def test_dates_joined_by_and_are_each_a_date(text, letter_date, expected):
    assert edtfs(text, letter_date) == expected


def test_each_coordinated_date_covers_its_own_words_and_records_its_rule():
    text = "on February 22 and 23, 2023"
    found = find_dates(text, OCT_2025)
    assert [(text[d.start : d.end], d.edtf, d.rule) for d in found] == [
        ("February 22", "2023-02-22", "mdy_range:coordinated"),
        ("23, 2023", "2023-02-23", "mdy_range:coordinated"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lake Chad Basin. OnSeptember 15, 2024, at the request of", ["2024-09-15"]),
        ("the report issued inJanuary 2024 says", ["2024-01"]),
        # Only a full month's name, and only before a day or a year.
        ("the OnMarch campaign", []),
        ("ReDec 5", []),
    ],
)
def test_a_month_run_into_the_word_before_it(text, expected):
    assert edtfs(text) == expected


def test_a_month_run_into_a_word_records_the_rule():
    (found,) = find_dates("OnSeptember 15, 2024, we left.", OCT_2025)
    assert found.rule == "mdy:glued"


@pytest.mark.parametrize(
    "text, letter_date, expected",
    [
        ("From January 2023 through the end of March 2024, more people came.", OCT_2025, ["2023-01/2024-03"]),
        ("by early May 2026", OCT_2025, ["2026-05"]),
        ("2 boats have been intercepted since 1 January this year.", dt.date(2023, 7, 5), ["2023-01-01"]),
        ("on March 5 last year", dt.date(2023, 7, 5), ["2022-03-05"]),
        ("staff be deployed to Lampedusa by the end of the month.", dt.date(2023, 9, 18), ["2023-09"]),
        ("at the beginning of next month", dt.date(2023, 12, 18), ["2024-01"]),
    ],
)
def test_a_day_or_month_edge_with_its_year_named(text, letter_date, expected):
    assert edtfs(text, letter_date) == expected


@pytest.mark.parametrize(
    "text, letter_date, expected",
    [
        # A deadline told in the past has gone by (a finite past verb in its clause, no modal).
        ("By the end of March, it was only 6 per cent funded.", dt.date(2025, 4, 2), ["2025-03"]),
        ("to see it deployed by the end of May", dt.date(2024, 3, 12), ["2024-05"]),
        ("Some 436 have been resettled, and I expect 250 departures by June.", dt.date(2019, 2, 14), ["2019-06"]),
        # A clause set off by commas has its own tense, whatever the main verb after it says.
        (
            "The Pact, on which we reached political agreement on 20 December, must now be adopted.",
            dt.date(2024, 2, 2),
            ["2023-12-20"],
        ),
        (
            "The Facility, adopted by the co-legislators in May, will anchor the region.",
            dt.date(2024, 2, 2),
            ["2023-05"],
        ),
        ("Even a quarter, received by the end of April, would help.", dt.date(2026, 2, 24), ["2026-04"]),
        # A participle clause after the date is not its clause.
        ("the event planned in Brussels for 10 June, co-hosted with Sweden,", dt.date(2025, 4, 2), ["2025-06-10"]),
        ("Our joint communiqué with Albania of December is delivering.", dt.date(2023, 3, 14), ["2022-12"]),
    ],
)
def test_the_tense_of_the_clause_a_date_stands_in(text, letter_date, expected):
    assert edtfs(text, letter_date) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("to meet our Nation's challenges today and tomorrow.", []),
        ("the world of yesterday, today and tomorrow", []),
        ("I met him yesterday and will see her tomorrow.", ["2025-10-20", "2025-10-22"]),
    ],
)
def test_today_and_tomorrow_together_name_no_day(text, expected):
    assert edtfs(text) == expected


@pytest.mark.parametrize(
    "text, letter_date, expected",
    [
        # Weekdays resolve by tense (issue 11): "will meet on Friday" is the next Friday.
        ("We will meet on Friday.", dt.date(2025, 10, 22), ["2025-10-24"]),
        ("We met on Friday.", dt.date(2025, 10, 22), ["2025-10-17"]),
        ("I will travel to Geneva on Wednesday.", dt.date(2025, 10, 22), ["2025-10-29"]),
        # "look forward to" looks ahead: a Thursday before the letter's Friday is next week's.
        ("I look forward to our discussion on Thursday.", dt.date(2025, 10, 24), ["2025-10-30"]),
        # "can" with a participle looks ahead, though the participle alone would read as past.
        (
            "Your reply is needed so that the plan can be submitted to the board on Tuesday.",
            dt.date(2025, 10, 24),
            ["2025-10-28"],
        ),
        # "can" with a verb of its own is no time ("how quickly pressure can build").
        ("The queue on Monday showed how quickly pressure can build.", dt.date(2025, 10, 22), ["2025-10-20"]),
        # What one knows from an occasion lies behind: a Monday letter's "Thursday" is the last one.
        (
            "As you know from your tour of the port on Thursday, the damage is heavy.",
            dt.date(2025, 10, 20),
            ["2025-10-16"],
        ),
    ],
)
def test_weekdays_resolve_by_tense(text, letter_date, expected):
    assert edtfs(text, letter_date) == expected


@pytest.mark.parametrize(
    "text, expected, rule",
    [
        # The year of an event a name after "the YEAR" calls (its head is data: event_head) is a date ...
        ("Following the 2022 U.S.-Africa Leaders Summit, deals were closed.", ["2022"], "year:event"),
        ("at the 2021 UN Climate Change Conference", ["2021"], "year:event"),
        ("On the occasion of the 2024 Spring Meetings of the Fund", ["2024"], "year:event"),
        # ... the year of any other name is not, nor a year an acronym in brackets spells.
        ("the 2030 Agenda for Sustainable Development", [], None),
        ("the coronavirus disease 2019 (COVID-19) pandemic", [], None),
        # A possessor before the year is a determiner, as "the" is: its year dates a thing, or names one.
        ("completing the Fund's 2019 loan to Sudan", ["2019"], "year"),
        ("under the Bank’s 2030 Strategy for Africa", [], None),
    ],
)
def test_a_year_in_a_name(text, expected, rule):
    found = find_dates(text, OCT_2025)
    assert [d.edtf for d in found] == expected
    assert [d.rule for d in found] == ([rule] if rule else [])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("$650 million over three years (2017-18 to 2019-20) to health", ["2017/2020"]),
        ("from 2017-18 to 2019-20 we gave", ["2017/2020"]),
        # After a plural "years" or "over", and with slashes or a dash between the spans.
        ("NOK 30 million over the two budget years 2025/26 to 2026/27 for schools", ["2025/2027"]),
        ("a loan disbursed over 2027/28–2029/30 to the utility", ["2027/2030"]),
        # A dash set tight between two spans with slashes: one range, with no word to open it.
        ("ceilings in the Budget Framework 2024/25-2026/27 for ports", ["2024/2027"]),
        # Joined by "and" they stay two spans.
        ("in 2017-18 and 2019-20 we gave", ["2017/2018", "2019/2020"]),
    ],
)
def test_two_spans_of_years_joined_are_one_span(text, expected):
    assert edtfs(text) == expected


@pytest.mark.parametrize(
    "text, author, expected",
    [
        # Another government's document: its fiscal year is not the US federal one.
        (
            "Press release\n\nJapan and Bangladesh sign loans\n\nBangladesh achieved average growth of about 6% "
            "over the past decade, and its GDP per capita reached a new high in fiscal year 2024.",
            "",
            ["2024"],
        ),
        ("Its GDP grew in fiscal year 2024.", "Australian Government", ["2024"]),
        # A country named in the possessive before it: that country's fiscal year, even in a document with no home.
        ("Bangladesh's GDP grew by 7.1 percent in fiscal year 2022.", "", ["2022"]),
        ("The United States' deficit grew in fiscal year 2022.", "", ["2021-10/2022-09"]),
        # A US head, or none that names a country: the US federal year.
        ("THE WHITE HOUSE\n\nFunds for fiscal year 2024 were appropriated.", "", ["2023-10/2024-09"]),
        (
            "Aid to the United States and Mexico in fiscal year 2024.",
            "United States Department of State",
            ["2023-10/2024-09"],
        ),
        # A head that names no country it can read, over a text that names another country most: that country's year.
        (
            "Chile will open a reserve for floods in fiscal year 2026; the Chilean budget law adds a second one, "
            "and Chile asks the United States for advice.",
            "MINISTERIO DE HACIENDA",
            ["2026"],
        ),
    ],
)
def test_a_fiscal_year_is_the_us_one_only_in_a_us_document(text, author, expected):
    assert [d.edtf for d in find_dates(text, dt.date(2025, 1, 1), author=author)] == expected


@pytest.mark.parametrize(
    "text, author, expected",
    [
        # A government writing to a bank in Washington: the address names the US, the letterhead its own country;
        # a span of the bank's fiscal years, whose calendar the text does not give, is the plain year span.
        (
            "The President\nInternational Bank\nWashington, D.C.\nUnited States of America\n\n"
            "We support the series of operations for FY25-FY27.",
            "REPUBLIC OF GEORGIA\nMINISTRY OF FINANCE",
            ["2025/2027"],
        ),
        ("Funds for FY2024-FY2026 were appropriated.", "THE WHITE HOUSE", ["2023-10/2026-09"]),
        ("The plan covers FY2025-2028 for roads.", "MINISTRY OF FINANCE, REPUBLIC OF PERU", ["2025/2028"]),
    ],
)
def test_a_span_of_fiscal_years(text, author, expected):
    assert [d.edtf for d in find_dates(text, dt.date(2024, 5, 1), author=author)] == expected


def test_a_split_fiscal_year_is_the_writer_s_not_the_addressee_s():
    text = "Federal Ministry of Finance\nBerlin\nGermany\n\nSince fiscal year 2021/22 the budget has funded the scheme."
    found = find_dates(text, dt.date(2024, 5, 1), author="REPUBLIC OF UGANDA\nMinistry of Water")
    assert [d.edtf for d in found] == ["2021-07/2022-06"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Since" that gives a reason tells no past; "since" of time does.
        ("Since the dry season ends in October, the drilling must start soon.", ["2019-10"]),
        ("Since the storms in October, the council has rebuilt roads.", ["2018-10"]),
    ],
)
def test_since_of_reason_and_since_of_time(text, expected):
    assert edtfs(text, dt.date(2019, 2, 12)) == expected


def test_a_strong_past_verb_moves_a_deadline_month_back():
    text = "Exports rose by 4 percent, and inflation fell to 3 percent by December."
    assert edtfs(text, dt.date(2024, 3, 12)) == ["2023-12"]


@pytest.mark.parametrize(
    "author, expected",
    [
        # Kenya's fiscal year runs July to June (fiscal_years.tsv); a head naming no listed country: April to March.
        ("REPUBLIC OF KENYA\nThe National Treasury", ["2024-07/2025-06"]),
        ("MINISTRY OF FINANCE", ["2024-04/2025-03"]),
        ("REPUBLIC OF RWANDA\nMinistry of Finance and Economic Planning", ["2024-07/2025-06"]),
    ],
)
def test_a_fiscal_year_over_two_years_begins_in_the_month_of_the_document_s_country(author, expected):
    text = "The budget for FY 2024/25 adds a road fund."
    assert [d.edtf for d in find_dates(text, dt.date(2025, 1, 1), author=author)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A participle after "be" or "to" is passive or infinitive: no past ("to be signed"); a participle of
        # planning after "are" looks ahead.
        ("The first contracts are expected to be signed in June.", ["2026-06"]),
        ("The meeting is scheduled for June.", ["2026-06"]),
        # A finite past still dates back.
        ("The agreement was signed in June.", ["2025-06"]),
    ],
)
def test_a_participle_after_be_or_to_tells_no_past(text, expected):
    assert edtfs(text, OCT_2025) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # A participle after a noun before a deadline is a reduced relative clause: no past.
        (
            "Projects will be selected through a call for proposals published on the website by 30 April.",
            ["2026-04-30"],
        ),
        # A finite past in the clause still dates the deadline back.
        ("The call for proposals was published on the website by 30 April.", ["2025-04-30"]),
        ("We published the call for proposals by 30 April.", ["2025-04-30"]),
    ],
)
def test_a_participle_before_a_deadline_tells_no_past(text, expected):
    assert edtfs(text, OCT_2025) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("RESULTS JANUARY-MAY 2024", ["2024-01/2024-05"]),
        ("HELD IN MAY 2024", ["2024-05"]),
        ("WE MAY BE LATE", []),  # "MAY" in capitals alone is no month
    ],
)
def test_may_in_capitals_beside_a_year_or_a_month_is_the_month(text, expected):
    assert edtfs(text, OCT_2025) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A footnote mark glued to a year leaves it a year.
        ("Contributions confirmed in 2024\u00b9", ["2024"]),
        # A year joined by a slash to letters is part of a reference code.
        ("Our ref.: Of. 2021/DSC/0388", []),
    ],
)
def test_a_year_beside_marks_and_codes(text, expected):
    assert edtfs(text) == expected


def test_a_capitalised_day_word_after_a_lower_case_word_is_a_name():
    text = "Its mission is Financing Infrastructure for Tomorrow in Asia. Today we approved the loan."
    assert edtfs(text, dt.date(2022, 12, 8)) == ["2022-12-08"]


def test_and_before_an_auxiliary_starts_another_predicate_with_its_own_tense():
    text = "This contribution was decided by the Turkish Government in March and will be paid through the AU."
    assert edtfs(text, dt.date(2018, 5, 21)) == ["2018-03"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # An ISO week is the month's that holds its Thursday: September 2025 ends on a Tuesday, in W40 (mostly October).
        ("in the last week of September 2025", ["2025-W39"]),
        # 1 March 2026 is a Sunday: its week is February's; the first week of March holds 5 March.
        ("in the first week of March 2026", ["2026-W10"]),
        ("in the final week of January 2026", ["2026-W05"]),
    ],
)
def test_a_week_of_a_month_is_the_iso_week_of_its_thursday(text, expected):
    assert edtfs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Harvests in 2019 fell by a tenth on the previous year.", ["2019", "2018"]),
        ("Exports rose in 2022, as in the preceding year.", ["2022", "2021"]),
        # With no year before it in its sentence, "the previous year" tells none.
        ("Sales grew on the previous year.", []),
    ],
)
def test_the_previous_year_is_the_one_before_the_year_its_sentence_names(text, expected):
    assert edtfs(text) == expected


def test_an_instruments_formal_date_names_the_day_of_the_month():
    assert edtfs("Signed at Lomé on this 3rd day of May 2021.") == ["2021-05-03"]


def test_a_period_of_two_split_years_is_one_span():
    assert edtfs("the plan covers the period 2011/12 to 2015/16, when the works end") == ["2011/2016"]


def test_a_fiscal_year_of_another_calendar_before_the_gregorian_one_is_no_date():
    assert edtfs("allocated in the budget for fiscal year 2081/82 (2024/25).", dt.date(2024, 9, 1)) == ["2024/2025"]


def test_broke_out_moves_a_bare_month_back():
    assert edtfs("The fund let us act fast when the fighting broke out in April.", dt.date(2025, 2, 3)) == ["2024-04"]


def test_today_against_tomorrow_in_a_saying_names_no_day():
    assert edtfs('"Each euro spent on dykes today spares ten in repairs tomorrow."', OCT_2025) == []
    assert edtfs("The minister arrives tomorrow.", OCT_2025) == ["2025-10-22"]


def test_compared_with_a_year_ago_is_the_month_a_year_back():
    assert edtfs("Bread costs rose 40% compared with a year ago.", dt.date(2025, 3, 10)) == ["2024-03"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "CY 2013": a budget's calendar year.
        ("The balance of the fund for CY 2024 is small.", ["2024"]),
        # A lower-case "may" is a modal: the date it governs lies ahead, whatever was requested before.
        ("We ask for the sum requested for housing, so that the works may begin in November.", ["2025-11"]),
    ],
)
def test_calendar_year_and_may_as_a_modal(text, expected):
    assert edtfs(text) == expected


def test_a_quoted_message_tells_its_days_from_its_own_sent_date():
    text = (
        "Thanks, we will reply on Wednesday.\n\n-----Original Message----- From: Ann Lee Sent: Friday, "
        "23 February 2018 11:18 To: Bo\n\nFollowing up on Tuesday's call, here is where we stand. We met yesterday."
    )
    assert edtfs(text, dt.date(2018, 2, 26)) == ["2018-02-28", "2018-02-23", "2018-02-20", "2018-02-22"]


def test_a_quoted_message_reckons_its_weekdays_from_its_own_date():
    text = (
        "We will reply by Friday.\n\nFrom: Ana Lopez [mailto:ana@example.org] Sent: Tuesday, 4 June 2030 9:10 a.m. "
        "To: Ben Okoro\n\nAs agreed on Monday, the grant will be paid."
    )
    # The reply is dated Monday 10 June 2030; the message it quotes was sent on Tuesday 4 June.
    found = edtfs(text, dt.date(2030, 6, 10))
    assert "2030-06-14" in found and "2030-06-03" in found and "2030-06-10" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We acknowledge your letter of the 9th ultimo.", ["2031-04-09"]),
        ("We refer to your letter of the 3rd ult. on the grant.", ["2031-04-03"]),
        ("Thank you for your note of the 2nd instant.", ["2031-05-02"]),
        ("The mission will arrive on the 20th proximo.", ["2031-06-20"]),
        ("The works began on the 1st of this month.", ["2031-05-01"]),
        ("The board met on the 28th of last month.", ["2031-04-28"]),
        # a number before "last month" or "instant" is no day
        ("Prices fell by 3 last month.", ["2031-04"]),
        ("They sold 2 instant meals.", []),
    ],
)
def test_days_of_a_month_named_relative_to_the_letters(text, expected):
    assert edtfs(text, dt.date(2031, 5, 14)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter of Wednesday 14 May 2031
        ("I write after Sunday's announcement by the company.", ["2031-05-11"]),
        ("The rate at Monday's close was higher.", ["2031-05-12"]),
        ("We hope to agree ahead of Friday's vote.", ["2031-05-16"]),
    ],
)
def test_a_day_named_in_the_possessive(text, expected):
    assert edtfs(text, dt.date(2031, 5, 14)) == expected


def test_weekdays_fall_in_the_week_of_a_programme_the_letter_sets_out():
    text = (
        "The forums will meet from Monday 16 June. Ministers will meet on Tuesday, and the leaders will "
        "gather on Thursday evening. The summit closes on Friday 20 June. On Saturday the leaders will visit "
        "the islands."
    )
    assert edtfs(text, dt.date(2031, 5, 14)) == ["2031-06-16", "2031-06-17", "2031-06-19", "2031-06-20", "2031-06-21"]


def test_weekdays_near_a_programme_in_the_letters_own_week_keep_the_letters_week():
    # the programme's first day is within a week of the letter: its weekdays are told from the letter
    text = "The talks open on Friday 16 May. We spoke on Monday."
    assert edtfs(text, dt.date(2031, 5, 14)) == ["2031-05-16", "2031-05-12"]


def test_a_sum_that_fell_due_lies_in_the_past_though_due_looks_ahead():
    text = "The Bank will refinance a loan that fell due in June, for a further two years."
    assert edtfs(text, dt.date(2031, 7, 14)) == ["2031-06"]


def test_a_number_dated_by_a_year_in_brackets_is_a_document_s_number():
    text = "Under resolutions 1325 (2000), 1960 (2010) and 2467 (2019), the mission reports yearly."
    assert edtfs(text) == ["2000", "2010", "2019"]


def test_a_participle_after_now_says_where_not_when():
    text = "The team will replace the unit now stationed at the port, whose tour ends in June."
    assert edtfs(text, dt.date(2024, 3, 1)) == ["2024-06"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Issued at Bahir Dar on 05/07/2011 E.C. (14 March 2019).", ["2019-03-14"]),
        ("The notice of 02/04/2019 B.S. follows.", []),
        ("The decree of 12/05/2020 A.H. applies.", []),
        ("The decree of 12/05/2021 applies.", ["2021-05-12"]),
    ],
)
def test_a_date_in_another_calendar_s_era_is_no_gregorian_date(text, expected):
    assert edtfs(text) == expected


def test_undated_a_day_takes_the_latest_year_written_before_it_whatever_its_tense():
    text = "The budget for 2019 is tight. The transfer was authorised on 10 September."
    assert edtfs(text, None) == ["2019", "2019-09-10"]


def test_a_bare_month_joined_to_a_month_and_its_year_shares_that_year():
    text = "Trainees will start in March or September 2031 as their course allows."
    assert edtfs(text, dt.date(2030, 2, 1)) == ["2031-03", "2031-09"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ferries stop each dry season from October to December.", []),
        ("Every year in August the clinics close.", []),
        ("The clinics close in August.", ["2025-08"]),
        ("Each year from June to August 2026 the camp runs.", ["2026-06/2026-08"]),
    ],
)
def test_a_month_after_each_or_every_period_recurs_and_names_no_date(text, expected):
    assert edtfs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Books will arrive before the start of the 2022 school year in March.", ["2022", "2022-03"]),
        ("Seed is bought for the 2024 planting season in October.", ["2024", "2024-10"]),
    ],
)
def test_a_bare_month_in_a_period_named_by_its_year(text, expected):
    """A bare month placed in a period its year names just before it is that year's month."""
    assert sorted(edtfs(text, dt.date(2021, 6, 1))) == sorted(expected)


@pytest.mark.parametrize(
    "text, letter_date, expected",
    [
        # An instrument numbered in its year and dated by day and month alone takes that year.
        ("fees set by Order 88/2019 of 30 July for water use", OCT_2025, ["2019-07-30"]),
        # A quarter with its year and no "of".
        ("Repairs were done by the second quarter 2017.", OCT_2025, ["2017-34"]),
        ("Output fell over the first two quarters of 2016.", OCT_2025, ["2016-01/2016-06"]),
        # A census is an event of its year, its name joined by "and".
        ("herds tallied in the 2018 Farm and Livestock Census", OCT_2025, ["2018"]),
        # The last group of a telephone number is no year.
        ("Phone +31 70 448 2004", OCT_2025, []),
        # A day named by its month is no month of the letter's year.
        ("The choir sang on June Day, as it does each year.", OCT_2025, []),
    ],
)
def test_numbered_instruments_quarters_events_and_what_is_no_date(text, letter_date, expected):
    assert edtfs(text, letter_date) == expected


def test_a_weekday_after_a_deadline_named_with_its_weekday_is_in_the_letter_s_week():
    text = "Comments are due by Friday, 12 December 2025. Our board sits again on Thursday afternoon."
    assert edtfs(text, OCT_2025) == ["2025-12-12", "2025-10-23"]


def test_a_split_year_in_a_text_that_names_that_financial_year_is_the_fiscal_year_of_its_country():
    text = (
        "NURSES' ASSOCIATION\n\nTo the Minister\n\nThe 2011/12 plan is too thin. Uganda's nurses seek better pay "
        "in the financial year 2011/12, as Uganda pledged."
    )
    assert edtfs(text, dt.date(2011, 4, 9)) == ["2011-07/2012-06", "2011-07/2012-06"]


def test_a_split_year_after_financial_year_fy_in_brackets_is_that_fiscal_year_too():
    text = "Uganda's roads plan for 2015/16 is short. The financial year (FY) 2015/16 budget cuts it, as Uganda said."
    assert edtfs(text, dt.date(2015, 4, 9)) == ["2015-07/2016-06", "2015-07/2016-06"]


def test_a_quarter_of_a_fiscal_year_written_over_two_years_follows_the_country_s_fiscal_calendar():
    text = "In the third quarter of FY 2027/28 the mills exported less."
    found = find_dates(text, dt.date(2028, 6, 1), author="Ministry of Commerce\nISLAMIC REPUBLIC OF PAKISTAN")
    assert [d.edtf for d in found] == ["2028-01/2028-03"]


def test_a_range_of_months_may_run_into_the_next_year():
    assert edtfs("Pickers were hired between October and January.", dt.date(2027, 2, 15)) == ["2026-10/2027-01"]
    assert edtfs("Repairs lasted from November to April 2027.", dt.date(2027, 6, 1)) == ["2026-11/2027-04"]


def test_a_span_from_a_month_to_a_day_is_one_interval():
    assert edtfs("The ministry ran the rebuilding from May 2029 to 15 August 2030.", dt.date(2030, 9, 1)) == [
        "2029-05/2030-08-15"
    ]
    # Without "from" or "between", a month and a day joined by a dash stay two dates.
    assert edtfs("Deliveries (May 2029 - 15 August 2030) were late.", dt.date(2030, 9, 1)) == ["2029-05", "2030-08-15"]


def test_the_year_before_a_tournament_s_name_is_a_date():
    assert edtfs("Tickets for the 2031 Asian Cup went on sale.") == ["2031"]


def test_a_date_moved_from_one_day_to_another_is_two_days_not_a_span():
    text = "We ask for the deadline to be extended from 30 April 2026 to 31 October 2026."
    assert edtfs(text) == ["2026-04-30", "2026-10-31"]
    text = "They agreed to the postponement of the review of its second phase from 3 May 2027 to 14 June 2027."
    assert edtfs(text) == ["2027-05-03", "2027-06-14"]
    assert edtfs("The works ran from 30 April 2026 to 31 October 2026.") == ["2026-04-30/2026-10-31"]
    assert edtfs("The board postponed the vote from 3 March 2029 to 17 March 2029.") == ["2029-03-03", "2029-03-17"]
    assert edtfs("The survey ran from 3 March 2029 to 17 March 2029.") == ["2029-03-03/2029-03-17"]


@pytest.mark.parametrize(
    "text",
    [
        "The land change survey runs from 1 March 2027 to 28 February 2029.",
        "The scheme, revised by the board, runs from 1 March 2027 to 28 February 2029.",
        "The grant was extended and now runs from 1 March 2027 to 28 February 2029.",
        "The team moved to the new site and worked there from 1 March 2027 to 28 February 2029.",
    ],
)
def test_a_change_word_that_does_not_govern_from_leaves_the_span_whole(text):
    assert edtfs(text) == ["2027-03-01/2029-02-28"]


def test_may_in_capitals_between_a_day_and_a_year_is_the_month():
    assert edtfs("NOTICE ISSUED ON 9 MAY 2030 BY THE BOARD") == ["2030-05-09"]


def test_a_short_month_in_capitals_between_a_day_and_a_year_is_the_month():
    # An inward stamp or a fax line dates by the month's short name in capitals.
    assert edtfs("[stamp: ENTERED 3 FEB 2031]  [fax line: 11 OCT 2030 14:02]") == ["2031-02-03", "2030-10-11"]


def test_the_nth_week_of_a_month_is_its_iso_week():
    assert edtfs("Vaccination starts in the second week of August 2028.") == ["2028-W32"]


def test_this_fiscal_year_is_the_year_of_the_fiscal_year_the_letter_falls_in():
    assert edtfs("The grant covers this fiscal year only.", dt.date(2025, 3, 1)) == ["2025"]
    # A country whose fiscal year runs from July (fiscal_years.tsv): the one begun before the letter's date.
    found = find_dates("Hiring is frozen for the current fiscal year.", dt.date(2029, 2, 10), author="KENYA")
    assert [d.edtf for d in found] == ["2028-07/2029-06"]


def test_an_ethiopian_fiscal_year_runs_from_hamle_in_the_gregorian_calendar():
    text = "The plan for EFY 2017, the budget for the Ethiopian financial year 2019 and the grant over EFY 2017-2019."
    assert edtfs(text, dt.date(2024, 9, 20)) == [
        "2024-07-08/2025-07-07",
        "2026-07-08/2027-07-07",
        "2024-07-08/2027-07-07",
    ]


def test_nepal_s_bikram_sambat_fiscal_years_are_their_gregorian_years():
    text = (
        "Pokhara's clinic in Nepal opened in 2083/84 and gets its second grant in 2084/85; the district "
        "strategy 2083/84-2086/87 covers it."
    )
    assert edtfs(text, dt.date(2026, 12, 1)) == ["2026/2027", "2027/2028", "2026/2030"]
    # The months only where the letter maps the year to them: those months, read as the letter gives them.
    text = "Nepal books the grant in its fiscal year 2084/85 (mid-July 2027 to mid-July 2028)."
    assert edtfs(text, dt.date(2026, 12, 1)) == ["2027-07/2028-07"]
    # A Gregorian year written over two in the same text keeps Nepal's July start; a text that names no Nepal keeps
    # the year as written.
    assert edtfs("Nepal's budget for fiscal year 2026/27.", dt.date(2026, 12, 1)) == ["2026-07/2027-06"]
    assert edtfs("Spending in fiscal year 2083/84 rises.", dt.date(2026, 12, 1)) == ["2083-04/2084-03"]


def test_a_year_written_over_two_in_a_text_that_names_its_financial_years_so_is_one():
    text = "Audit of 2029-30 accounts: clean. Loans repaid, 2030/31. Financial year 2031/32 allocation: GBP 4m."
    assert edtfs(text, dt.date(2031, 6, 1)) == ["2029-04/2030-03", "2030-04/2031-03", "2031-04/2032-03"]
    # A text that names no financial year so keeps a span of two years.
    assert edtfs("Loans repaid, 2030/31.", dt.date(2031, 6, 1)) == ["2030/2031"]


def test_a_school_s_or_a_harvest_s_year_over_two_is_no_financial_year():
    text = "The academic year 2027-28 opens in September. Our financial year 2029/30 budget is set."
    assert edtfs(text, dt.date(2029, 6, 1)) == ["2027/2028", "2029-09", "2029-04/2030-03"]
    text = "Our financial year 2029/30 budget is set; the 2027-28 harvest was poor, unlike the crop of 2026-27."
    assert edtfs(text, dt.date(2029, 6, 1)) == ["2029-04/2030-03", "2027/2028", "2026-04/2027-03"]


def test_a_bikram_sambat_year_alone_is_no_gregorian_year():
    text = "Nepal: clinics built under a 2079 statute get funds from Poush 2083 (December 2026) on."
    assert edtfs(text, dt.date(2026, 12, 1)) == ["2026-12"]
    # A text that names no Nepal keeps the year as written.
    assert edtfs("The plan runs until 2083.", dt.date(2026, 12, 1)) == ["2083"]


def test_a_body_s_own_fiscal_year_in_a_us_document_is_no_us_federal_year():
    text = "The charge is waived for the Bank's fiscal year 2031; funds for fiscal year 2031 were appropriated."
    assert [d.edtf for d in find_dates(text, dt.date(2030, 9, 12), author="THE WHITE HOUSE")] == [
        "2031",
        "2030-10/2031-09",
    ]


def test_a_weekday_asked_for_in_a_request_s_conditional_lies_ahead():
    # Written on a Wednesday: "were" after "should be obliged if" asks for the coming Friday.
    wednesday = dt.date(2031, 3, 5)
    assert edtfs("We should be obliged if both copies were sent back by Friday.", wednesday) == ["2031-03-07"]
    assert edtfs("We would appreciate it if the figures were sent to us on Monday.", wednesday) == ["2031-03-10"]
    # Told as done, the day is the one before the letter.
    assert edtfs("The signed forms were returned on Monday.", wednesday) == ["2031-03-03"]


def test_a_weekday_deadline_at_the_end_of_its_working_day():
    # Written on a Tuesday: the days of that week.
    assert edtfs("Please send the figures by COB Thursday.", dt.date(2031, 3, 4)) == ["2031-03-06"]
    assert edtfs("Please send the figures by close of business on Friday.", dt.date(2031, 3, 4)) == ["2031-03-07"]


def test_a_year_after_a_reference_word_is_a_date():
    # "Schedule 2" numbers a schedule; a year after the word dates the schedule.
    assert edtfs("Payments follow the repayment schedule 2021-2024 agreed with the bank.") == ["2021/2024"]


def test_ethiopian_calendar_days_months_and_spans_are_their_gregorian_days():
    text = (
        "The budget was approved on Tir 10, 2014 E.C. for the period from Meskerem 2014 to Ginbot 2014 E.C. "
        "The review mission will come in the month of Pagume. Mr. Tir and Sene Bekele attended."
    )
    assert edtfs(text, dt.date(2022, 1, 18)) == [
        "2022-01-18",
        "2021-09-11/2022-06-07",
        "2022-09-06/2022-09-10",
    ]
    # Where the text counts no Ethiopian years, a month's name alone is no date.
    assert edtfs("The review mission will come in Tir.", dt.date(2022, 1, 18)) == []


def test_a_file_number_that_ends_on_a_year_and_its_series_letters_is_no_date():
    text = "Land deed 4/6/2030-LND moved to the registry on 2.5.2032, with its maps."
    assert edtfs(text, dt.date(2032, 6, 1)) == ["2032-05-02"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a year in brackets after a name in a row set in columns: the item's year, no author's citation
        ("| Marsh Lane Bridge (2027) | 14 m span | rebuilt |\n", ["2027"]),
        ("Grain Store (2026)    re-roofed      Mill Yard (2028)    fenced\n", ["2026", "2028"]),
        # in prose the same shape still cites an author
        ("as Lindqvist (2004) showed, the clinics matter", []),
    ],
)
def test_a_bracketed_year_in_a_row_set_in_columns_is_a_date(text, expected):
    assert edtfs(text) == expected
