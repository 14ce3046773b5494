"""Dates: calendar references resolved against the letter's own date to EDTF strings.

Like the amounts, dates are matched with character-level regexes over ``doc.text`` (the blank
tokenizer keeps "mid-2026" whole but splits "17-18 July" and "2025-2027") and mapped back to
tokens. The vocabulary (the words that make "May" a month, tense cues, seasons) is data in ``dates.jsonl``;
the months and weekdays are the calendar table's (``extractor/reference/calendar_words.tsv``).

Resolution, never against the clock (``doc.user_data["letter_date"]``):
- "28 October" takes the year that puts it nearest the letter date, unless the words nearest to
  it in its sentence say past ("adopted on") or future ("will take place on");
- a bare month ("In September") takes the letter's year, moved a year back (past) or forward
  (future) when its tense says so (a verb in -ed in its clause, "people landed in October", is a
  weak cue for the past, used only when no other cue is there); so do "in the third quarter" and
  "during the first half" written without a year;
- "from 1 October 2015 through 31 March 2016" (two dates of one precision after "from" or
  "between") is one interval; "18 and 19 December", "February 22 and 23" and "January and
  February" (joined by "and") are two dates each (DIGEST.md), "17-18 July" is one span;
- a clause set off by commas (", on which we reached agreement on 20 December,", ", adopted in
  May,") takes its tense from its own words, not from the main verb after it;
- without a letter date, the latest year written earlier in the letter stands in; with none,
  the year is left unspecified in EDTF ("XXXX-10-28") and the rule says ``year-unknown``.

Choices where usage is vague (documented here, tested in tests/extractor/nlp/test_dates.py):
"early 2026", "mid-2026", "late 2026" = 2026 (no part of a year is told: the year is the date),
"end of 2025" = 2025-12, "beginning of 2026" = 2026-01, "since the beginning of the year" = the
year, "by the end of the month" = the letter's month; "FY2024" / "fiscal year 2024" = the US federal fiscal year 2023-10/2024-09 (the digest lists
the year 2024 too: DIGEST.md), "FY2023-24" =
2023-04/2024-03; "2024/25" =
2024/2025; "the 1990s" = 199X; weeks are ISO weeks ("this week" = 2025-W43); "a year ago" = that
day a year back (an anniversary), "three years ago" and "nearly a year ago" = the year, "two months
ago" = the month, "two weeks ago" = the ISO week.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from extractor.nlp.amounts import (
    cardinal_words,
    head_countries,
    home_country,
    is_reference,
    most_named_country,
    set_spans,
)
from extractor.nlp.data_files import read_jsonl_by_kind
from extractor.nlp.extensions import (
    LETTER_DATE_KEY,
    LETTER_MONTH_KEY,
    SPAN_ASSIGNS,  # importing it registers the span attributes
    doc_text,
)
from extractor.nlp.phrases import AUTHOR_KEY
from extractor.reference.calendar_words import (
    ETHIOPIAN_ERA,
    ETHIOPIAN_MONTH_NUMBERS,
    ETHIOPIAN_MONTH_SPELLINGS,
    MONTH_SPELLINGS,
    ROMAN_MONTH_DATE,
    ROMAN_MONTH_NUMBERS,
    WEEKDAY_NAMES,
    calendar_spellings,
    ethiopian_month_span,
    ethiopian_to_gregorian,
)
from extractor.reference.countries import (
    country_code,
    country_names_in,
    listed_fiscal_year_start,
    split_fiscal_year_start,
)
from extractor.reference.edtf import (
    DAY,
    HALF_CODES,
    QUARTER_CODES,
    SUB_YEAR_MONTHS,
    calendar_day,
    date_text,
    fiscal_year_text,
    interval_text,
    month_end,
    sub_year_text,
    week_text,
)
from extractor.reference.marks import FOOTNOTE_DIGITS, POSSESSIVE_MARKS, QUOTED_HEADER
from extractor.reference.money import CURRENCY_SIGNS
from extractor.reference.numbers import YEAR
from extractor.reference.regexes import alternation, word_trie

FAMILY = "date"
# A possessor's ending ("Fund's", "States'"): before a year it is a determiner, as "the" is.
POSSESSIVE_ENDINGS = tuple(POSSESSIVE_MARKS)
DATA_PATH = Path(__file__).with_name("dates.jsonl")
# A day of the month as a date writes it, with or without its ordinal ending ("5", "05", "31st").
DAY_OF_MONTH = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# A year range wider than this is not a period ("2024/1348" is a regulation number).
MAX_RANGE_YEARS = 50
# A day-month this close to the letter date takes the nearest year whatever its tense says
# (tense cues are guesses; "our meeting on 6 and 7 July" in a 3 July letter is that July).
NEAR_DAYS = 31
# A letter dated by its month alone is read as written in the middle of that month.
MID_MONTH_DAY = 15
# The largest number the date rules read spelled out ("twelve months ago", "the first three days of May").
MAX_CARDINAL = 12
# "and" before an auxiliary joins a second predicate with its own tense ("was decided in March and will be
# paid through the AU"): a date's tense is its own predicate's.
CLAUSE_BREAK = re.compile(
    r";|:|,\s+(?:which|where|while|but|whereas|and)\b|\s+but\s+|\s+whereas\s+"
    r"|\s+and\s+(?=(?:will|shall|would|was|were|has|have|had)\b)"
)
# A lower-case word and a space right before a capitalised word: mid-sentence, so a name or a title's word.
TITLE_CASE_AFTER = re.compile(r"\b[a-z]+ $")
# "today and tomorrow", "yesterday, today and tomorrow": the present and future (or past), not days.
DAYS_AS_TIMES = re.compile(
    r"\b(?:yesterday|today|tomorrow)(?:\s*,\s*(?:yesterday|today|tomorrow))*,?\s+(?:and|or)\s+(?:yesterday|today|tomorrow)\b",
    re.IGNORECASE,
)
# "Every dollar invested today avoids far larger losses tomorrow": a present verb after "today", then "tomorrow"
# at the clause's end, sets the present against the future, as a saying does; neither is a day.
DAYS_CONTRASTED = re.compile(r"\btoday\s+(?:[a-z]+\s+)?[a-z]+s\b[^.;!?]*?\btomorrow\b(?=\s*[.;!?\"”])", re.IGNORECASE)
# "up 83% compared with a year ago": a comparison with the same season a year back, not that day.
COMPARED_WITH = re.compile(r"\b(?:compared\s+(?:with|to)|than|from|versus|vs\.?)\s+$", re.IGNORECASE)
# A past participle and the preposition after it that open a clause (", adopted by", ", co-hosted with").
_PARTICIPLE = r"(?:[a-z]+-)?[a-z]{3,}ed\s+(?:by|in|on|at|during|last|with|under|for)\b"
# A clause set off by a comma that opens with a relative word or a past participle: it ends at the next comma.
PARENTHETICAL = re.compile(
    r",\s+(?:(?:on|in|at|by|under|with|during|after|before|since)\s+which\b|which\b|who\b|when\b|where\b"
    rf"|{_PARTICIPLE})"
)
PARTICIPLE_CLAUSE = re.compile(rf",\s+{_PARTICIPLE}")
PARTICIPLE_OPENING = re.compile(r"\s*(?P<verb>[a-z]{3,}ed)\s+(?P<prep>by|in|on|at|during|last)\b")
# Search this far around a date for the tense word nearest to it.
TENSE_WINDOW = 80
# Vague parts of a year ("early 2024", "by mid-2026", "late next year") stand for the year itself;
# their first months only order them against the letter date.
YEAR_PARTS = {"early": 1, "mid": 6, "late": 9}
MONTHS_A_QUARTER = 3
THURSDAY = 3  # date.weekday() of the day that places an ISO week in its month and year
# A week told from the letter's own, in weeks from it ("Friday of next week", "Tuesday this week").
WEEK_SHIFTS = {"last": -1, "this": 0, "next": 1, "coming": 1}
# The end of a working day before a deadline's weekday ("by COB Friday", "by close of business on Monday").
DAY_END = r"(?:COB|EOB|EOD|close\s+of\s+business|end\s+of\s+(?:business|day))"
# An Ethiopian fiscal year begins on 1 Hamle, the Gregorian 8 July, of the Gregorian year this many after its number.
ETHIOPIAN_FISCAL_START = (7, 8)
ETHIOPIAN_YEAR_OFFSET = 7
# Nepal's Bikram Sambat year N begins in mid-April of the Gregorian year N-57, its fiscal year N/N+1 in the month
# fiscal_years.tsv gives Nepal, mid-July of that Gregorian year ("2079/80" is mid-July 2022 to mid-July 2023).
BIKRAM_SAMBAT_COUNTRY = "NPL"
BIKRAM_SAMBAT_AHEAD = 57
# How far after the letter's year a year written over two may lie and still be a Bikram Sambat year: its plans run
# some years back and forth around the current year, which is 56 or 57 ahead of the Gregorian one.
BIKRAM_SAMBAT_REACH = range(BIKRAM_SAMBAT_AHEAD - 8, BIKRAM_SAMBAT_AHEAD + 9)
# The US federal fiscal year YYYY runs from October YYYY-1; its quarters start in these months.
FISCAL_QUARTER_START = {1: (-1, 10), 2: (0, 1), 3: (0, 4), 4: (0, 7)}
# The country whose federal fiscal year a bare "fiscal year 2024" names unless the document is another's.
US_CODE = "USA"
US_NAME = "United States"


@functools.lru_cache(maxsize=1)
def load_data() -> dict[str, list[dict]]:
    """Read dates.jsonl into lists of records by kind, with the calendar table's months and weekdays and the amounts'
    number words up to MAX_CARDINAL."""
    data = read_jsonl_by_kind(DATA_PATH.name)
    data["month"] = [{"text": spelling, "number": number} for spelling, number in MONTH_SPELLINGS]
    data["weekday"] = [{"text": spelling, "number": number} for spelling, number in calendar_spellings("weekday")]
    data["cardinal"] = [{"text": word, "number": number} for word, number in cardinal_words(MAX_CARDINAL).items()]
    return data


@functools.lru_cache(maxsize=1)
def tables() -> dict:
    """Lookup tables from the data (lower-case keys)."""
    data = load_data()
    return {
        "month": {r["text"].lower(): r["number"] for r in data["month"]},
        "weekday": {r["text"].lower(): r["number"] for r in data["weekday"]},
        "ordinal": {r["text"].lower(): r["number"] for r in data["ordinal"]},
        "cardinal": {r["text"].lower(): r["number"] for r in data["cardinal"]},
        "season": {r["text"].lower(): r["edtf_code"] for r in data["season"]},
        "tense": {r["text"].lower(): r["tense"] for r in data["tense"]},
    }


@functools.lru_cache(maxsize=1)
def compiled() -> list[tuple[str, re.Pattern]]:
    """The date rules as (rule id, regex), built once from the data."""
    data = load_data()
    months = [r["text"] for r in data["month"]]
    # Month names are matched capitalised (or all caps); "May" is a month only beside a day or a
    # year, or after a date word ("in May"): MONTH_NM leaves it out for the bare-month rule.
    # Written as tries (the same words, the longest first): the month rules try them at nearly every position.
    month_all = word_trie(months + [m.upper() for m in months if len(m) > 3])
    month = f"(?-i:{month_all})"
    # Beside a year or after another month, "MAY" in capitals is the month ("JANUARY-MAY 2024", "MAY 2024").
    month_caps = f"(?-i:{word_trie(months + [m.upper() for m in months])})"
    # "OnSeptember 15, 2024": a space lost before a month's full name (in the source itself, so in
    # its PDFs too); a capital after a lower-case letter starts a new word when a day or year follows.
    longest = {}
    for r in data["month"]:
        longest[r["number"]] = max(longest.get(r["number"], ""), r["text"], key=len)
    full_months = word_trie(longest.values())
    opening = rf"(?:\b|(?-i:(?<=[a-z])(?=(?:{full_months})\s+\d)))"
    day = DAY_OF_MONTH
    year = rf"(?<!\d){YEAR}(?!\d)"
    sep = r"\s*(?:-|–|—|to|until|and|through)\s*"
    weekday = alternation(r["text"] for r in data["weekday"])
    context = alternation(r["text"] for r in data["month_context"])
    ordinal = alternation(r["text"] for r in data["ordinal"])
    cardinal = alternation([r["text"] for r in data["cardinal"]])
    season = alternation(r["text"] for r in data["season"])
    # "December last year", "the first nine months of this year": a year named relative to the letter.
    yearx = rf"(?:(?P<y>{year})|(?P<ry>this|last|next|the\s+current|the\s+next|the)\s+year\b)"
    # "since 1 January this year": a day's year named relative to the letter.
    day_year = rf"(?:(?P<y>{year})|(?P<ry>this|last|next)\s+year\b)"
    ethiopian_month = f"(?-i:{word_trie(list(ETHIOPIAN_MONTH_SPELLINGS))})"
    rules = [
        ("iso", rf"\b(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        ("roman_month", ROMAN_MONTH_DATE),
        # Not a file number that ends on a year and its series' letters ("No. 3/11/2031-FIN"): no date.
        ("numeric", rf"(?<![\d./])(?P<d>\d{{1,2}})(?P<s>[./])(?P<m>\d{{1,2}})(?P=s)(?P<y>{YEAR})(?![\d.]\d|-[A-Za-z])"),
        (
            "dmy_range_months",
            rf"\b(?P<d1>{day})(?:\s+of)?\s+(?P<m1>{month}){sep}(?P<d2>{day})(?:\s+of)?\s+(?P<m2>{month})(?:,?\s+(?P<y>{year}))?",
        ),
        ("dmy_range", rf"\b(?P<d1>{day}){sep}(?P<d2>{day})(?:\s+of)?\s+(?P<m>{month})(?:,?\s+(?P<y>{year}))?"),
        (
            "mdy_range",
            rf"{opening}(?P<m>{month})\s+(?P<d1>{day})\s*(?:-|–|—|to|and)\s*(?P<d2>{day})(?:,?\s+(?P<y>{year}))?(?!\d)",
        ),
        # "the 27th day of June 2012": an instrument's formal date names the day before its month.
        # "MINUTES OF 9 MAY 2030", a stamp's "REGISTERED 9 OCT 2019": a month's short name in capitals is the month
        # between a day and a year.
        (
            "dmy",
            rf"\b(?P<d>{day})(?:\s+(?:day\s+)?of)?\s+(?P<m>{month}|{month_caps}(?=,?\s+{YEAR}))(?:,?\s+{day_year})?",
        ),
        # "Order 88/2019 of 30 July": an instrument numbered in its year, dated by day and month alone.
        (
            "numbered_dmy",
            rf"(?<![\w./])\d{{1,4}}/(?P<y>{YEAR}),?\s+of\s+(?P<d>{day})(?:\s+of)?\s+(?P<m>{month})\b(?!,?\s+\d)",
        ),
        ("mdy", rf"{opening}(?P<m>{month})\s+(?P<d>{day})(?!\d|\s*(?:%|per\s?cent))(?:,?\s+{day_year})?"),
        (
            "month_range",
            rf"\b(?:(?:from|between)\s+)?(?P<m1>{month}){sep}(?P<m2>{month_caps})\b(?:,?\s+(?:of\s+)?{yearx})?",
        ),
        ("month_year", rf"{opening}(?P<m>{month_caps})(?:,?\s+(?:of\s+)?){yearx}"),
        (
            "week_of_month",
            rf"\b(?:the\s+)?(?P<o>{ordinal})\s+week\s+of\s+(?P<m>{month})\b(?:,?\s+(?:of\s+)?(?P<y>{year}))?",
        ),
        (
            "month_edge",
            rf"\b(?P<edge>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of|end(?=-)|start(?=-))[\s-]*(?P<m>{month})\b(?:,?\s+(?:of\s+)?{yearx})?",
        ),
        # Not a day named by its month ("on March Day", "since June Day"): that day's date follows it or nowhere.
        ("month_context", rf"\b(?P<ctx>{context})\s+(?P<m>{month})\b(?!\s*\d|\s+(?-i:Day)\b)"),
        # A month alone in brackets dates what it follows ("Floods in the north (February)", "fires (Aug.)").
        ("month_bracketed", rf"\((?P<m>{month})\)"),
        ("half", rf"\b(?:the\s+)?(?P<o>{ordinal})\s+half\s+of\s+(?:the\s+year\s+)?{yearx}"),
        ("half_code", rf"\b(?P<h>H[12])\s*(?P<y>{year})"),
        # "the third quarter of 2024", "second quarter 2017".
        ("quarter", rf"\b(?:the\s+)?(?P<o>{ordinal})\s+quarter\s+(?:of\s+(?:the\s+year\s+)?)?{yearx}"),
        # "peaking in the third quarter": a quarter or half of the year the clause speaks of.
        (
            "part_bare",
            r"\b(?:in|during|by|until|since|over|throughout|for)\s+the\s+(?P<o>first|second|third|fourth)\s+(?P<part>quarter|half)\b(?!\s+(?:of|century|decade)\b)",
        ),
        ("quarter_code", rf"\b(?:(?P<q>Q[1-4])\s*(?P<y>{year})|(?P<y2>{year})\s*(?P<q2>Q[1-4]))\b"),
        ("season", rf"\b(?P<season>{season})(?:\s+of)?\s+{yearx}"),
        (
            "season_relative",
            rf"\b(?P<rel>this|last|next|the\s+coming|the\s+past)\s+(?P<season>{season})\b(?!\s+(?:of\s+)?\d)",
        ),
        (
            "days_of",
            rf"\b(?:the\s+)?(?P<o>first|last|final)\s+(?P<n>\d{{1,2}}|{cardinal})\s+days\s+of\s+(?P<m>{month})\b(?:,?\s+(?P<y>{year}))?",
        ),
        # "the June conflict", "the March summit": a capitalised month naming an event (case is checked).
        (
            "month_attributive",
            rf"\bthe\s+(?P<m>{month})(?=\s+[a-z]{{3,}}\b)(?!\s+(?:of|to|and|or|in|on|at|for|with|from|this|that|last|next|until|by)\b)",
        ),
        (
            "fiscal_quarter",
            rf"\b(?:the\s+)?(?P<o>{ordinal})\s+quarter\s+of\s+(?:the\s+)?(?:FY|fiscal\s+year)\s*(?P<y>{YEAR})(?!\d)"
            rf"(?:[-–/](?P<y2>\d{{2}}|{YEAR})(?!\d))?",
        ),
        (
            "months_of",
            rf"\b(?:the\s+)?(?P<o>first|last|final)\s+(?P<n>\d{{1,2}}|{cardinal})\s+(?P<unit>months|quarters)\s+of\s+(?:the\s+year\s+)?{yearx}",
        ),
        (
            "year_edge",
            rf"\b(?P<edge>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of|year-end|end(?=-)|start(?=-))[\s-]*{yearx}",
        ),
        (
            "this_year_edge",
            r"\b(?P<since>since\s+)?(?:the\s+)?(?P<edge>end|beginning|start)\s+of\s+(?:the|this)\s+year\b",
        ),
        # "by the end of the month": the month the letter is written in (or the next or last one).
        (
            "this_month_edge",
            r"\b(?:the\s+)?(?P<edge>end|beginning|start|middle)\s+of\s+(?P<rel>the|this|next|last)\s+month\b",
        ),
        # "EFY 2016", "Ethiopian Fiscal Year (EFY) 2016", "EFY 2016-2018": years of the Ethiopian calendar's budget.
        (
            "ethiopian_fiscal",
            rf"\b(?:EFY|Ethiopian\s+(?:fiscal|financial)\s+year(?:\s*\(EFY\))?)\s*(?P<y>{YEAR})(?!\d)"
            rf"(?:\s*(?P<sep>[-–/])\s*(?:EFY\s*)?(?P<y2>{YEAR}|\d{{2}})(?!\d))?",
        ),
        # The Ethiopian calendar's own days and months ("Tir 10, 2014 E.C.", "from Meskerem 2014 to Ginbot 2014 E.C.",
        # "the month of Tikimt"): the Gregorian days they denote.
        (
            "ethiopian_month_range",
            rf"\b(?P<m>{ethiopian_month})\s+(?P<y>{year})\s*(?:-|–|to|until|through)\s*(?P<m2>{ethiopian_month})\s+"
            rf"(?P<y2>{year})\s*{ETHIOPIAN_ERA}",
        ),
        (
            "ethiopian_day",
            rf"\b(?:(?P<d>{day})\s+(?P<m>{ethiopian_month})|(?P<m2>{ethiopian_month})\s+(?P<d2>{day}),?)\s+(?P<y>{year})"
            rf"\s*{ETHIOPIAN_ERA}",
        ),
        ("ethiopian_month", rf"\b(?P<m>{ethiopian_month})\b(?:\s+(?P<y>{year})\s*{ETHIOPIAN_ERA})?"),
        (
            "fiscal",
            rf"\b{FISCAL_YEAR_WORDS}(?P<y>{YEAR}|\d{{2}})(?!\d)(?:[-–/](?P<fy2>FY\s?)?(?P<y2>\d{{2}}|{YEAR})(?!\d))?",
        ),
        ("decade", r"\b(?:the\s+)?(?P<dec>(?:19|20)\d)0s\b"),
        # A dash and a digit after the second year make it part of a code, unless a second span of
        # years follows ("2026/27–2028/29").
        (
            "year_range",
            rf"\b(?:(?P<between>between)\s+|from\s+)?(?P<y1>{year})\s*(?:-|–|—|/|to|until|through|(?(between)and|(?!)))\s*(?P<y2>{YEAR}|\d{{2}})(?![\d/]|[-–](?!{YEAR}[-–/]\d{{2}}(?!\d))\d)",
        ),
        ("relative", r"\b(?P<rel>this|current|the\s+current|last|next)\s+(?P<unit>year|month|week)\b"),
        # "for this fiscal year": the fiscal year the letter's date falls in, by the document's calendar of them.
        ("relative_fiscal", r"\b(?P<rel>this|current|the\s+current|last|next)\s+(?:fiscal|financial)\s+year\b"),
        # "In 2015 ... an increase of 19 per cent on the previous year": the year before the one its sentence names.
        ("previous_year", r"\bthe\s+(?:previous|preceding|prior)\s+year\b"),
        ("relative_day", r"\b(?P<rel>today|yesterday|tomorrow)\b(?!['’]s)"),
        # "One year ago": the letter's date moved back; "a year ago" is an anniversary (that day),
        # "three years ago" or "nearly a year ago" tells only the year, "two months ago" the month.
        (
            "ago",
            rf"\b(?:(?P<hedge>nearly|almost|about|around|some|over|more\s+than|roughly|approximately)\s+)?(?P<n>an?|\d{{1,2}}|{cardinal})\s+(?P<unit>year|month|week|day)s?\s+ago\b",
        ),
        (
            "weekday",
            rf"\b(?P<rel>on|last|next|this|since|by|until)\s+(?:{DAY_END}\s+(?:on\s+)?)?(?P<wd>{weekday})\b"
            rf"(?!,?\s+(?:the\s+)?\d|,?\s+{month})",
        ),
        # "the visit on Monday next week", "by Thursday of this week": a weekday of a week told from the letter's.
        (
            "weekday_of_week",
            rf"\b(?:(?:on|by|until)\s+)?(?P<wd>{weekday})\s+(?:of\s+)?(?P<rel>next|this|last|the\s+coming)\s+week\b",
        ),
        # "Sunday's announcement", "ahead of Thursday's vote": an event named by its day.
        ("weekday_possessive", rf"(?<![\w’'])(?P<wd>{weekday})['’]s\b"),
        # The typewriter era's days of a month named relative to the letter's: "your letter of the 17th ultimo"
        # (last month), "the 14th instant" (this month), "the 3rd proximo" (next month), "the 1st of this month".
        (
            "day_of_relative_month",
            rf"\b(?:the\s+)?(?P<d>{day})(?:\s+(?P<rel>ultimo|ult\.|instant|inst\.|proximo|prox\.)(?!\w)"
            r"|\s+of\s+(?P<rel_month>this|last|next|the\s+current|the\s+present)\s+month\b)",
        ),
        # Not a year: inside a reference number ("Ares(2025)1874512", "No 2025/123").
        # A footnote mark may follow the year ("confirmed in 2024¹"); a slash and letters make it part of a
        # reference code ("Of. 2021/DSC/0388").
        (
            "year",
            rf"(?<![\w./\-–{CURRENCY_SIGNS}])(?<!\w\()(?P<y>{YEAR})(?!(?![{FOOTNOTE_DIGITS}])[\w%]|[.,/\-–]\d|/[A-Za-z]|\)\d)",
        ),
    ]
    return [(rule, re.compile(pattern, re.IGNORECASE)) for rule, pattern in rules]


# The text before the year of an author-year citation: "Smith (", "(Smith, ", "et al., ".
CITATION = re.compile(
    r"(?:[A-Z][\w'’-]+(?:['’]s)?\s\(|et\sal\.?\s\("
    r"|[(;]\s*(?:see\s)?[A-Z][\w'’-]+(?:\s(?:and|&)\s[A-Z][\w'’-]+|\set\sal\.?)?,?\s)$"
)
# What a rule needs in the text to match at all: a digit, a month name, or a relative word.
RULE_NEEDS = {
    **{
        rule: {"digit"}
        for rule in (
            "iso",
            "numeric",
            "roman_month",
            "half_code",
            "quarter_code",
            "fiscal",
            "decade",
            "year_range",
            "year",
            "dmy_range",
            "mdy_range",
        )
    },
    **{
        rule: {"month"}
        for rule in (
            "dmy_range_months",
            "dmy",
            "numbered_dmy",
            "mdy",
            "month_range",
            "month_year",
            "week_of_month",
            "month_edge",
            "month_context",
            "month_bracketed",
            "days_of",
            "month_attributive",
        )
    },
    "day_of_relative_month": {"digit"},
    **{rule: {"digit", "relative"} for rule in ("half", "quarter", "months_of", "year_edge", "season")},
    **{
        rule: {"relative"}
        for rule in (
            "this_year_edge",
            "this_month_edge",
            "relative",
            "relative_fiscal",
            "previous_year",
            "relative_day",
            "weekday",
            "weekday_of_week",
            "weekday_possessive",
            "ago",
        )
    },
    "season_relative": {"season"},
}


# Lower-case words without which a rule cannot match (a substring test is far cheaper than a regex).
RULE_WORDS = {
    "half": ("half",),
    "part_bare": ("quarter", "half"),
    "half_code": ("h1", "h2"),
    "quarter": ("quarter",),
    "quarter_code": ("q1", "q2", "q3", "q4"),
    "months_of": ("months", "quarters"),
    "days_of": ("days",),
    "fiscal_quarter": ("fiscal", "fy"),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "season_relative": ("spring", "summer", "autumn", "fall", "winter"),
    "year_edge": ("early", "mid", "late", "end", "beginning", "start", "middle"),
    "month_edge": ("early", "mid", "late", "end", "beginning", "start", "middle"),
    "this_year_edge": ("year",),
    "this_month_edge": ("month",),
    "fiscal": ("fy", "fiscal", "financial"),
    "ethiopian_fiscal": ("efy", "ethiopian"),
    **dict.fromkeys(("ethiopian_month_range", "ethiopian_day", "ethiopian_month"), tuple(ETHIOPIAN_MONTH_NUMBERS)),
    "decade": ("0s",),
    "week_of_month": ("week",),
    "relative_day": ("today", "yesterday", "tomorrow"),
    "ago": ("ago",),
    "relative": ("year", "month", "week"),
    "relative_fiscal": ("fiscal", "financial"),
    "previous_year": ("previous", "preceding", "prior"),
    "weekday": tuple(name.lower() for name in WEEKDAY_NAMES),
    "weekday_possessive": tuple(name.lower() for name in WEEKDAY_NAMES),
    "weekday_of_week": ("week",),
    "day_of_relative_month": ("ult", "inst", "prox", "month"),
    "iso": ("-",),
    "numeric": (".", "/"),
    "roman_month": (".", "-", "/"),
    "numbered_dmy": ("/",),
}


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern]:
    months = "|".join(re.escape(r["text"]) for r in load_data()["month"])
    weekdays = "|".join(re.escape(r["text"]) for r in load_data()["weekday"])
    return {
        "digit": re.compile(r"\d"),
        "month": re.compile(rf"(?:{months})|(?:{months.upper()})"),
        "relative": re.compile(rf"(?i:year|month|week|today|yesterday|tomorrow|ago|{weekdays})"),
        "season": re.compile(r"(?i:spring|summer|autumn|fall|winter)"),
    }


class _Date:
    __slots__ = ("start", "end", "edtf", "relative", "rule")

    def __init__(self, start: int, end: int, edtf: str, relative: bool, rule: str) -> None:
        self.start, self.end, self.edtf, self.relative, self.rule = start, end, edtf, relative, rule


def _month_number(text: str) -> int:
    return tables()["month"][text.lower()]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))


def _months_from(day: dt.date, shift: int) -> tuple[int, int]:
    """The (year, month) shift months after (or before, when negative) the month of day."""
    index = day.year * 12 + day.month - 1 + shift
    return index // 12, index % 12 + 1


# A bare month placed in a period its year names just before it ("the 2020 school year in February", "the 2024
# planting season in March"): the month is that year's.
_YEAR_PERIOD_BEFORE = re.compile(
    r"(?<![\w/-])(?P<y>(?:19|20)\d\d)[ \t\n]+(?:[a-z]+[ \t\n]+){0,2}(?:year|season|term|semester|campaign)"
    r"(?:[ \t\n]+in)?[ \t\n]+\Z"
)
# How far before the month such a period may start (characters).
YEAR_PERIOD_REACH = 60


def _valid(year, month: int, day: int) -> bool:
    try:
        dt.date(year if isinstance(year, int) else 2024, month, day)  # 2024: 29 February exists
        return True
    except ValueError:
        return False


def _clause_window(text: str, start: int, end: int, sentence: tuple[int, int], window: int) -> tuple[int, int]:
    """The stretch around [start, end) that tense cues are looked for in: its own clause, near it."""
    lo, hi = max(sentence[0], start - window), min(sentence[1], end + window)
    # Stay in the date's clause: a semicolon or ", which/where/while/but" starts another one.
    for boundary in CLAUSE_BREAK.finditer(text, lo, start):
        lo = boundary.end()
    after = CLAUSE_BREAK.search(text, end, hi)
    if after:
        hi = after.start()
    # A clause set off by commas (", on which we reached agreement on 20 December," or ", adopted by
    # the co-legislators in May,") has its own verb: the main verb after it tells nothing of its dates.
    following = PARTICIPLE_CLAUSE.search(text, end, hi)
    if following:
        hi = following.start()  # "... for 10 June, co-hosted with the EU": the clause after is another one
    opener = None
    for opener in PARENTHETICAL.finditer(text, lo, start):
        pass
    if opener is not None and "," not in text[opener.end() : start]:
        close = text.find(",", end, hi)
        if close != -1:
            lo, hi = opener.start() + 1, close
    return lo, hi


def _opening_participle(text: str, lo: int, start: int) -> Optional[str]:
    """ "past" when the clause at ``lo`` opens with a past participle that is no plan (", adopted in May,"),
    unless the date is its deadline (", received by the end of April,")."""
    match = PARTICIPLE_OPENING.match(text, lo)
    if not match or match["verb"] in PLANNING_PARTICIPLES:
        return None
    if match["prep"] == "by" and re.fullmatch(r"\s*(?:the\s+)?", text[match.end() : start]):
        return None
    return "past"


# Finite verbs that can only be past ("it was", "they had"), unlike a participle ("received by").
# Also the preterites of strong verbs, which differ from their participles ("inflation fell to 2 percent by
# December", not "fallen").
FINITE_PAST = re.compile(
    r"\b(?:was|were|had|did|rose|fell|grew|began|became|went|came|took|gave|saw|wrote|spoke|chose|drove|knew|"
    r"ran|threw|shook|stood|fought)\b",
    re.IGNORECASE,
)
# A deadline's preposition right before a date: "by 30 April", "by the end of June".
DEADLINE_BEFORE = re.compile(r"\bby\s+(?:the\s+(?:end|beginning|middle|start)\s+of\s+)?$", re.IGNORECASE)


# A sentence's opening phrase before its main clause ("Given the damage caused by the cyclone in
# December, the Council intends ..."): a date in it takes the phrase's own tense cue when it has one.
OPENING_PHRASE = re.compile(
    r"\s*(?:Given|Following|After|Before|Since|Despite|Amid|Due\s+to|Owing\s+to|Because\s+of|"
    r"In\s+the\s+(?:aftermath|wake)\s+of|In\s+response\s+to|As\s+a\s+result\s+of|In\s+view\s+of)\b[^,;]*,"
)


def tense_near(text: str, start: int, end: int, sentence: tuple[int, int], window: int = TENSE_WINDOW) -> Optional[str]:
    """The tense ("past"/"future") of the cue word nearest to [start, end) in its sentence."""
    # A heading the sentence splitter ran into the sentence ("Further support\n\nGiven ..."): the phrase opens
    # on the date's own line.
    line_start = text.rfind("\n", sentence[0], start) + 1 or sentence[0]
    opening = OPENING_PHRASE.match(text, line_start, sentence[1])
    if opening and end < opening.end():
        own = _nearest_tense(text, start, end, _clause_window(text, start, end, (line_start, opening.end()), window))
        if own is not None:
            return own
    return _nearest_tense(text, start, end, _clause_window(text, start, end, sentence, window))


def _nearest_tense(text: str, start: int, end: int, window: tuple[int, int]) -> Optional[str]:
    """The tense of the cue word nearest to [start, end) within ``window``."""
    lo, hi = window
    table = tables()["tense"]
    best, best_distance = None, None
    for match in _tense_regex().finditer(text, lo, hi):
        if start <= match.start() < end:
            continue
        distance = start - match.end() if match.end() <= start else match.start() - end
        if best_distance is None or distance < best_distance:
            if match.group("modal"):
                tense = "future"
            elif match.group("cue"):
                cue = re.sub(r"\s+", " ", match.group("cue").lower())
                tense = _cue_tense(text, match.start(), cue, table[cue])
                if tense == "past" and cue.endswith("ed") and _participle_before_deadline(text, lo, hi, start):
                    tense = None
                if tense is None:
                    continue
            else:
                tense = "past"
            best, best_distance = tense, distance
    return best or _opening_participle(text, lo, start)


POSSESSIVE_REACH = 20  # characters before a fiscal year where its owner's possessive ("the Corporation's ") stands
# A country's name in the possessive ("Bangladesh's GDP grew ... in fiscal year 2022"): what follows is that country's.
COUNTRY_POSSESSIVE = re.compile(r"\b((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s\b")


def _others_fiscal_year(text: str, lo: int, start: int) -> bool:
    """Whether a fiscal year at ``start`` is another's, named in the possessive before it in its sentence (from
    ``lo``): a body's right before it ("the Bank's fiscal year 2031") or another country's."""
    if _body_possessive_before().search(text, max(lo, start - POSSESSIVE_REACH), start):
        return True
    for match in COUNTRY_POSSESSIVE.finditer(text, lo, start):
        code = country_code(match.group(1))
        if code is not None and code != US_CODE:
            return True
    return False


# The rules of a month without its year: after "each winter", "every year" they name months of every year.
RECURRING_RULES = frozenset({"month_context", "month_range"})
RECURRING_REACH = 40  # characters before the month where "each dry season from" may stand


@functools.lru_cache(maxsize=1)
def _recurring_before() -> re.Pattern:
    """ "each winter", "every year" right before a month ("every summer in July"): a period that recurs."""
    periods = alternation(r["text"] for r in load_data()["recurring_period"])
    return re.compile(rf"\b(?:each|every)\s+(?:{periods})\s+(?:from\s+|in\s+|between\s+)?$", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def other_calendar_eras() -> tuple[str, ...]:
    """The era marks another calendar counts its years in ("B.S.", "B.E.", "A.H."), from the data."""
    return tuple(r["text"] for r in load_data()["other_calendar_era"])


@functools.lru_cache(maxsize=1)
def _other_calendar_after() -> re.Pattern:
    """Another calendar's era mark right after a date or year ("14/03/2009 E.C.", "2071 B.S."): no Gregorian date."""
    return re.compile(rf"[ \t]*(?-i:{alternation(other_calendar_eras())})(?!\w)")


@functools.lru_cache(maxsize=1)
def _shared_year_after() -> re.Pattern:
    """Another month joined by "or"/"and" and its year after a bare month ("March and September 2004"): the year of both."""
    months = alternation(r["text"] for r in load_data()["month"])
    return re.compile(rf"\s+(?:or|and)\s+(?-i:{months})\.?\s+(?P<y>(?<!\d){YEAR})(?!\d)")


@functools.lru_cache(maxsize=1)
def _place_noun_after() -> re.Pattern:
    """A place's noun in title case right after a day and month ("... City", "... Street"): the date names it."""
    nouns = [r["text"] for r in load_data()["place_noun"]]
    return re.compile(rf"\s+(?:{alternation(nouns)})\b")


@functools.lru_cache(maxsize=1)
def _body_possessive_before() -> re.Pattern:
    """A body named in the possessive right before a fiscal year ("the Corporation's fiscal year 2031"): its year."""
    nouns = alternation(r["text"] for r in load_data()["fiscal_year_body"])
    return re.compile(rf"\b(?:{nouns})['’]s\s+$")


@functools.lru_cache(maxsize=1)
def _other_year_kind() -> tuple[re.Pattern, re.Pattern]:
    """A kind of year that is no financial one named right before or right after a year written over two ("the
    academic year 2027-28", "the 2027/28 marketing year"): the years' span as written."""
    kinds = alternation(r["text"] for r in load_data()["other_year_kind"])
    return re.compile(rf"\b(?:{kinds})s?(?:\s+of)?\s+$", re.I), re.compile(rf"\s+(?:{kinds})s?\b", re.I)


def _another_kind_of_year(text: str, start: int, end: int) -> bool:
    """Whether the year written over two at ``text[start:end]`` is named a kind of year that is no financial one."""
    before, after = _other_year_kind()
    return (
        before.search(text, max(0, start - OTHER_YEAR_KIND_REACH), start) is not None
        or after.match(text, end) is not None
    )


def _us_fiscal_year_at(r: _Resolver, start: int) -> bool:
    """Whether a bare fiscal year at ``start`` is the US federal one: the document's, and no other country's
    or body's named in the possessive before it in its sentence."""
    return r.us_fiscal_year and not _others_fiscal_year(r.text, r.sentence_of(start)[0], start)


def _fiscal_years_span(first: int, last: int, r: _Resolver, start: int) -> str:
    """A span of fiscal years ("FY24-FY26"): from the first's start to the last's end when they are US federal
    years, else the plain year span, as a year whose calendar is unknown (a bank's, a fund's) is read."""
    if not _us_fiscal_year_at(r, start):
        return interval_text(date_text(first), date_text(last))
    return interval_text(fiscal_year_text(first).split("/")[0], fiscal_year_text(last).split("/")[1])


def _split_fiscal_year(first: int, last: int, r: _Resolver) -> str:
    """A fiscal year written over two years ("FY 2010/11"), from the month the document's country begins it."""
    month = r.split_fiscal_start
    return interval_text(date_text(first, month), date_text(last, month - 1) if month > 1 else date_text(first, 12))


# The words before a fiscal year's number ("FY", "financial year", "fiscal year (FY)"), as the "fiscal" rule reads them.
FISCAL_YEAR_WORDS = r"(?:FY|FFY|fiscal\s+year|financial\s+year)\s*(?:\(FY\)\s*)?"
# How far from a financial year the text names ("financial year 2024/25") a year written over two may lie and be one
# of the same calendar; another calendar's ("fiscal year 2081/82 (2024/25)") lies decades away.
FISCAL_YEARS_NEAR = 10
OTHER_YEAR_KIND_REACH = 30  # characters before a year where the kind of year that names it ends ("academic year of ")
# A fiscal year written over two years after its words ("financial year 2024/25"): the year it begins in.
SPLIT_FISCAL_NAMED = re.compile(rf"\b{FISCAL_YEAR_WORDS}(?P<y>{YEAR})[-–/]", re.IGNORECASE)


def _participle_before_deadline(text: str, lo: int, hi: int, start: int) -> bool:
    """Whether a date at ``start`` is a deadline ("by 30 April") in a clause [lo, hi) with no finite past: there
    a participle ("a call for proposals published on the website by 30 April") is a reduced relative clause and
    tells no tense."""
    return bool(DEADLINE_BEFORE.search(text, max(lo, start - 30), start)) and not FINITE_PAST.search(text, lo, hi)


# A request's conditional before "were"/"was" or the participle after it ("we should be obliged if both copies
# were sent back by 3 May", "would appreciate it if"): the verb asks for what is to come, it tells nothing done.
REQUEST_CONDITIONAL_BEFORE = re.compile(
    r"\b(?:would|should)\s+(?:be\s+(?:most\s+|very\s+)?(?:grateful|obliged|thankful|pleased)|appreciate(?:\s+it)?)\s+if\s+"
    r"(?:[\w'’-]+\s+){1,6}?(?:(?:were|was)\s+)?$",
    re.IGNORECASE,
)
REQUEST_CONDITIONAL_REACH = 90  # characters before "were" where the request stands

# "Since" that gives a reason opens a clause told in the present ("Since the works season ends in June", "since
# it is the rainy season"): a few words, then a present verb, before any comma.
CAUSAL_SINCE = re.compile(
    r"since\s+(?:[\w'’-]+\s+){0,5}?(?:is|are|ends|begins|starts|lasts|remains|remain|runs|falls|depends|depend|"
    r"requires|require|needs|need)\b",
    re.IGNORECASE,
)


def _cue_tense(text: str, at: int, cue: str, tense: str) -> Optional[str]:
    """A tense cue's tense, read with the word before it: a past participle after "be" or "to" is passive
    or infinitive and tells no tense ("are expected to be signed in June"), a participle of planning after
    "is"/"are" looks ahead ("are expected to", "is scheduled for")."""
    if tense != "past":
        return tense
    if cue == "since" and CAUSAL_SINCE.match(text, at):
        return None  # "Since the season ends in June, ...": a reason, no time gone by
    if REQUEST_CONDITIONAL_BEFORE.search(text, max(0, at - REQUEST_CONDITIONAL_REACH), at):
        return "future"  # "I should be pleased if the draft was ready by noon": a request for what is to come
    before = re.search(r"(\w+)\s+$", text[max(0, at - 12) : at])
    word = before.group(1).lower() if before else ""
    if word not in NOT_BEFORE_GOVERNING:
        return tense
    return "future" if cue in PLANNING_PARTICIPLES and word in ("is", "are", "am") else None


@functools.lru_cache(maxsize=1)
def _weak_past_regex() -> re.Pattern:
    # A verb in -ed after any word but an article, a preposition or a form of "be" ("people
    # landed", "Turkey, affirmed", "the situation changed"): weaker than the cues, so it only
    # dates a bare month whose clause holds no other cue ("for unaccompanied minors" is no verb).
    return re.compile(
        r"(?P<prev>\b\w+,?)\s+(?!(?:hundred|based|related|concerned|dedicated|unprecedented)\b)"
        r"(?P<verb>[a-z]{2,}[^e\W]ed)\b(?=\s*(?P<next>[^\w\s]|\d|\w+ly\b|(?:"
        + "|".join(sorted(AFTER_VERB))
        + r")\b|$))"
    )


# Words after which an -ed word is a verb ("landed on", "closed its"), not an adjective before
# its noun ("unaccompanied minors").
AFTER_VERB = frozenset(
    "on in at to from into onto that its their the a an his her our with by for over after before "
    "since as when while up out down back off across through more some all both about again".split()
)
# Words after which an -ed word is an adjective or a participle, not a verb in the past.
NOT_BEFORE_VERB = frozenset(
    "the a an of for to by in on at with from be been being is are newly well all its their our his "
    "her and or this these those that which who now".split()
)


# "announced on 2 May", "we adopted in September": a past verb that governs the date itself.
GOVERNING_PAST = re.compile(r"(?:\b(?P<prev>[A-Za-z]+)\s+)?\b(?P<verb>[a-z]{3,}ed)\s+(?:on|in)\s+$")
# Before the verb, these make it passive or infinitive, which says nothing of the date's tense.
# "now" too: "the battalion now deployed at Saurimo" says where it is, not when it went.
NOT_BEFORE_GOVERNING = frozenset({"be", "being", "is", "are", "am", "to", "will", "shall", "now"})
# Participles of planning: "scheduled on 10 June" looks ahead, not back.
PLANNING_PARTICIPLES = frozenset(
    {"scheduled", "planned", "expected", "slated", "foreseen", "envisaged", "proposed", "intended"}
)
GOVERNING_WINDOW = 40


def governing_past(text: str, start: int, window: int = GOVERNING_WINDOW) -> Optional[str]:
    """ "past" when a past verb stands right before the date's preposition, else None."""
    match = GOVERNING_PAST.search(text[max(0, start - window) : start])
    if not match or match["verb"] in PLANNING_PARTICIPLES:
        return None
    if (match["prev"] or "").lower() in NOT_BEFORE_GOVERNING:
        return None
    return "past"


def weak_past_near(text: str, start: int, end: int, sentence: tuple[int, int], window: int = TENSE_WINDOW) -> bool:
    """Whether the clause of [start, end) holds a verb in -ed (a weak cue for the past)."""
    lo, hi = _clause_window(text, start, end, sentence, window)
    return any(
        not start <= m.start("verb") < end and m.group("prev").lower() not in NOT_BEFORE_VERB
        for m in _weak_past_regex().finditer(text, lo, hi)
    )


@functools.lru_cache(maxsize=1)
def _tense_regex() -> re.Pattern:
    # A modal with its verb ("should be agreed") is one future cue, so that its participle does
    # not count as past. Besides the listed cues, a verb in -ed right after a subject ("Member
    # States asked", "we presented") is past; an -ed word elsewhere is too often an adjective.
    return re.compile(
        # "may"/"might" only in lower case: "May" is also the month.
        r"(?P<modal>\b(?:will|shall|should|must|would|is\s+to|are\s+to|(?-i:may|might))\s+"
        r"(?:(?:not|be|been|have|also|then|soon|now|\w+ly)\s+){0,3}\w+"
        # "so that it can be presented on Wednesday": what can be done is ahead, though its participle alone
        # would read as past ("pressure can build" says nothing of when).
        r"|\bcan\s+be\s+\w+(?:ed|en|wn)\b)"
        rf"|(?P<cue>\b(?:{alternation(tables()['tense'])})\b)"
        # A dated document ("the report (A/78/123) of 5 August", "our joint communiqué with Albania of
        # December") lies in the past; the nouns are data (dated_document in dates.jsonl).
        rf"|(?P<docof>\b(?:{alternation(r['text'] for r in load_data()['dated_document'])})s?"
        r"(?:\s*\([^)]{0,30}\))?(?:\s+(?:with|between)\s+(?-i:[A-Z])[\w-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w-]*){0,3})?\s+of\b)"
        r"|(?P<ed>\b(?:we|he|she|it|they|(?-i:[A-Z])[\w-]*s)\s+\w{2,}ed\b)",
        re.IGNORECASE,
    )


def _sentence_is_past(text: str, sentence: tuple[int, int]) -> bool:
    """Whether every tense cue of a sentence says past (and there is one)."""
    table = tables()["tense"]
    kinds = set()
    for match in _tense_regex().finditer(text, *sentence):
        if match.group("modal"):
            kinds.add("future")
        elif match.group("cue"):
            kinds.add(table[re.sub(r"\s+", " ", match.group("cue").lower())])
        else:
            kinds.add("past")
    return kinds == {"past"}


def _told_in_past(text: str, clause: tuple[int, int]) -> bool:
    """Whether a clause is told in the past by a finite verb, with no modal ("By the end of March, it was
    only 6 per cent funded"): a deadline it names has gone by."""
    if not FINITE_PAST.search(text, *clause):
        return False
    return not any(m.group("modal") for m in _tense_regex().finditer(text, *clause))


def _slash_dates_month_first(text: str) -> bool:
    """Whether "12/3/2014" in this letter is month first: its slash dates or its prose say so."""
    pairs = [(int(a), int(b)) for a, b in re.findall(rf"(?<![\d/])(\d{{1,2}})/(\d{{1,2}})/{YEAR}(?!\d)", text)]
    if any(a > 12 for a, _b in pairs):
        return False
    if any(b > 12 for _a, b in pairs):
        return True
    # US prose ("February 25, 2011") goes with US numeric dates.
    months = "|".join(r["text"] for r in load_data()["month"] if len(r["text"]) > 3)
    return bool(re.search(rf"\b(?:{months})\s+\d{{1,2}},\s+{YEAR}", text))


# How far before a weekday a day named with its weekday may set the programme's week it falls in.
PROGRAMME_REACH = 1500
# The words that make a day named with its weekday a deadline ("by Friday, 6 March", "before ...").
DEADLINE_DAY_BEFORE = re.compile(r"\b(?:by|before|until|till|later\s+than|deadline\s+(?:of|is)?)\s*$", re.IGNORECASE)
DEADLINE_REACH = 25
DAYS_A_WEEK = 7
# Before a day's possessive, these look ahead: "ahead of Thursday's vote", "until Monday's meeting".
AHEAD_OF = re.compile(r"\b(?:ahead\s+of|before|until|till)\s+$", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _named_day_regex() -> re.Pattern:
    """A day named with its weekday: "Monday 21 October", "Friday, 25 October 2024", "Monday, October 21"."""
    data = load_data()
    weekday = alternation(r["text"] for r in data["weekday"])
    month = alternation(r["text"] for r in data["month"])
    day = DAY_OF_MONTH
    return re.compile(
        rf"\b(?P<wd>{weekday}),?\s+(?:(?:the\s+)?(?P<d>{day})(?:\s+of)?\s+(?P<m>{month})|(?P<m2>{month})\s+(?P<d2>{day}))"
        rf"(?:,?\s+(?P<y>{YEAR}))?(?!\d)"
    )


@dataclass(frozen=True)
class DateSettings:
    """The dates component's settings (its factory's ``default_config``)."""

    max_range_years: int = MAX_RANGE_YEARS
    near_days: int = NEAR_DAYS
    tense_window: int = TENSE_WINDOW
    governing_window: int = GOVERNING_WINDOW


DEFAULT_SETTINGS = DateSettings()


class _Resolver:
    """Resolve years for partial dates against the letter date (or the latest year written)."""

    def __init__(
        self,
        text: str,
        letter_date: Optional[dt.date],
        sentences: list[tuple[int, int]],
        settings: DateSettings,
        author: str = "",
        letter_month: Optional[str] = None,
    ):
        self.text, self.letter_date, self.sentences, self.settings = text, letter_date, sentences, settings
        self.author = author
        # A fact sheet dated "November 2026" places its day-months and bare months around that month's middle.
        found = re.fullmatch(r"(\d{4})-(\d{2})", letter_month or "")
        self.month_anchor = dt.date(int(found[1]), int(found[2]), MID_MONTH_DAY) if found else None
        self.years = [(m.start(), int(m.group(0))) for m in re.finditer(rf"(?<!\d){YEAR}(?!\d)", text)]
        self.month_first = _slash_dates_month_first(text)

    @functools.cached_property
    def home(self) -> Optional[str]:
        """The document's home country (amounts.home_country), read once for every fiscal year it writes."""
        return home_country(self.text, self.author)

    @functools.cached_property
    def head_named(self) -> set[str]:
        """The countries the document's author and head name (amounts.head_countries), read once."""
        return head_countries(self.text, self.author)

    @functools.cached_property
    def authored(self) -> set[str]:
        """The countries the document's author alone names (letterhead, signatory's title), read once."""
        return head_countries("", self.author) if self.author.strip() else set()

    @functools.cached_property
    def us_fiscal_year(self) -> bool:
        """Whether a bare "fiscal year 2024" is the US federal one: the document's home is the US, or it
        has none we can tell and its author and head name no country but the US ("THE WHITE HOUSE")."""
        if self.home is not None:
            return self.home == US_CODE
        # A letterhead of another country's government ("REPUBLIC OF ARMENIA") writes to a bank in Washington:
        # the address block's country is not the writer's.
        if self.authored and US_CODE not in self.authored:
            return False
        if self.head_named:
            return US_CODE in self.head_named
        # A head that names no country ("REPÚBLICA DEL PERÚ" in Spanish): the US only when no country is named
        # in the text as often as it ("from fiscal year 2009" in a letter that names Peru most is Peru's year).
        return home_country(self.text, US_NAME) == US_CODE

    @functools.cached_property
    def split_fiscal_years_named(self) -> frozenset[int]:
        """The years in which the fiscal years the text names over two years begin ("financial year 2024/25"), read once."""
        return frozenset(int(m["y"]) for m in SPLIT_FISCAL_NAMED.finditer(self.text))

    @functools.cached_property
    def fiscal_country(self) -> Optional[str]:
        """The country whose fiscal years the document writes of: its home country, or the one country its head
        names: a government writes of its own budget years."""
        named = self.head_named if self.home is None else {self.home}
        if self.home is None and len(self.authored) == 1:
            named = self.authored  # the writer's own country, not the addressee's that the address block names
        if not named:
            # A head that names no country (a union's, a city's): the one country the text names most.
            most = most_named_country(self.text)
            named = {most} if most else named
        return next(iter(named)) if len(named) == 1 else None

    @functools.cached_property
    def names_nepal(self) -> bool:
        """Whether the text names Nepal, whose years written over two may be Bikram Sambat ones, read once."""
        return any(code == BIKRAM_SAMBAT_COUNTRY for _start, _end, code in country_names_in(self.text.lower()))

    def bikram_sambat_year(self, year: int) -> bool:
        """Whether a year lies some 57 years after the letter's in a text that names Nepal: a Bikram Sambat year."""
        letter = self.letter_date
        return letter is not None and year - letter.year in BIKRAM_SAMBAT_REACH and self.names_nepal

    def bikram_sambat_fiscal_year(self, first: int, last: int) -> Optional[str]:
        """A year written over two ("2079/80") that lies some 57 years after the letter's in a text that names Nepal:
        the two Gregorian years the Bikram Sambat fiscal year falls in ("2079/80": 2022/2023); else None."""
        letter = self.letter_date
        if letter is None or last != first + 1 or not self.bikram_sambat_year(first):
            return None
        # Its days (1 Shrawan to the last of Ashadh, mid-July to mid-July) shift by a day from year to year, and its
        # months are no Gregorian ones: as DIGEST.md reads a fiscal year by its year, the Gregorian years it spans are
        # read, and an interval only where the letter gives it ("2079/80 (mid-July 2022 to mid-July 2023)").
        start = first - BIKRAM_SAMBAT_AHEAD
        return interval_text(date_text(start), date_text(start + 1))

    @functools.cached_property
    def split_fiscal_start(self) -> int:
        """The month a fiscal year written over two years begins in the document's country (fiscal_years.tsv)."""
        return split_fiscal_year_start(self.fiscal_country)

    def programme_week(self, start: int) -> Optional[dt.date]:
        """The last day named with its weekday before ``start`` ("Monday 21 October", "Friday, 25 October"), within
        PROGRAMME_REACH characters and a week or more after the letter's date: the week of a programme the letter
        sets out, whose other days it names by their weekdays alone; else None."""
        letter = self.letter_date
        if letter is None:
            return None
        found = None
        for match in _named_day_regex().finditer(self.text, max(0, start - PROGRAMME_REACH), start):
            if DEADLINE_DAY_BEFORE.search(self.text, max(0, match.start() - DEADLINE_REACH), match.start()):
                continue  # "send comments by Friday, 6 March": a deadline, no day of a programme
            month, day = _month_number(match["m"] or match["m2"]), _day(match["d"] or match["d2"])
            weekday = tables()["weekday"][match["wd"].lower()]
            years = [match["y"]] if match["y"] else (letter.year, letter.year + 1)
            for year in map(int, years):
                if _valid(year, month, day) and dt.date(year, month, day).weekday() == weekday:
                    found = dt.date(year, month, day)
                    break
        if found is None or (found - letter).days < DAYS_A_WEEK:
            return None
        return found

    def sentence_of(self, start: int) -> tuple[int, int]:
        """Character bounds of the sentence holding ``start`` (the whole text when none does)."""
        for lo, hi in self.sentences:
            if lo <= start < hi:
                return lo, hi
        return 0, len(self.text)

    @property
    def dated(self) -> bool:
        """Whether the letter's date or month is known."""
        return bool(self.letter_date or self.month_anchor)

    def anchor(self, start: int) -> Optional[dt.date]:
        """The letter date, or the middle of the letter's month, or without either 1 July of the latest year
        written before ``start`` (undated, only its year is used)."""
        if self.dated:
            return self.letter_date or self.month_anchor
        earlier = [year for pos, year in self.years if pos < start]
        return dt.date(earlier[-1], 7, 1) if earlier else None

    def year_for(
        self,
        month: int,
        day: Optional[int],
        start: int,
        end: int,
        tense: Optional[str] = None,
        last_month: Optional[int] = None,
    ):
        """The year of a day-month or a month written without one (an int, or "XXXX")."""
        period = _YEAR_PERIOD_BEFORE.search(self.text, max(0, start - YEAR_PERIOD_REACH), start) if not day else None
        if period:
            return int(period["y"])  # "the start of the 2020 school year in February": the period's year
        anchor = self.anchor(start)
        if anchor is None:
            return "XXXX"
        if not self.dated and _valid(anchor.year, month, day or 1):
            # Undated, the text is read in the latest year written before the day ("budget year 2016 ... released on
            # 3 February"): 1 July stands for that year, not a day that tense could put the date before or after.
            return anchor.year
        window = self.settings.tense_window
        tense = (
            tense
            or governing_past(self.text, start, self.settings.governing_window)
            or tense_near(self.text, start, end, self.sentence_of(start), window)
        )
        if tense is None and day is None and weak_past_near(self.text, start, end, self.sentence_of(start), window):
            tense = "past"
        if day is not None:
            near = [
                year
                for year in (anchor.year - 1, anchor.year, anchor.year + 1)
                if _valid(year, month, day)
                and abs((dt.date(year, month, day) - anchor).days) <= self.settings.near_days
            ]
            if near:
                return near[0]
        candidates = []
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            if day is not None and not _valid(year, month, day):
                continue
            first = dt.date(year, month, day or 1)
            last = dt.date(year, month, day) if day else month_end(year, last_month or month)
            if tense == "past" and first > anchor:
                continue
            if tense == "future" and last < anchor:
                continue
            if day is None and tense is None and year != anchor.year:
                continue  # a bare month without tense: the letter's year
            distance = 0 if first <= anchor <= last else min(abs((first - anchor).days), abs((last - anchor).days))
            candidates.append((distance, year != anchor.year, year))
        if not candidates:
            return anchor.year
        return min(candidates)[2]


# How many years, months or weeks from the letter's a relative word names ("the current year", "next month").
RELATIVE_SHIFT = {
    **dict.fromkeys(("this", "current", "same", "the"), 0),
    **dict.fromkeys(("last", "previous"), -1),
    **dict.fromkeys(("next", "coming", "following"), 1),
}


def _relative_shift(words: str) -> int:
    """The shift a relative word names, its last word deciding ("the current" -> 0, "next" -> 1)."""
    return RELATIVE_SHIFT[words.lower().split()[-1]]


def _resolve(rule: str, m: re.Match, r: _Resolver) -> Optional[tuple[str, bool]]:
    """The EDTF string of one match and whether it was resolved from the letter date."""
    g = dict(m.groupdict())
    letter = r.letter_date
    start, end = m.start(), m.end()
    relative_year = False
    if g.get("ry"):
        if letter is None:
            return None
        # "the first five months of the year": the letter's year.
        g["y"] = str(letter.year + _relative_shift(g["ry"]))
        relative_year = True
    if g.get("m") and not g.get("y") and _place_noun_after().match(r.text, end):
        return None  # "6th of October City", "July 26 Street": a month, or a day, that names a place, no date
    if rule == "numeric" and g["s"] == "/" and r.month_first:
        g["d"], g["m"] = g["m"], g["d"]
    if rule in ("iso", "numeric", "roman_month"):
        year, month, day = int(g["y"]), ROMAN_MONTH_NUMBERS.get(g["m"]) or int(g["m"]), int(g["d"])
        return (date_text(year, month, day), False) if _valid(year, month, day) else None
    if rule == "dmy_range_months":
        m1, m2 = _month_number(g["m1"]), _month_number(g["m2"])
        d1, d2 = _day(g["d1"]), _day(g["d2"])
        year = int(g["y"]) if g.get("y") else r.year_for(m1, d1, start, end)
        if not (_valid(year, m1, d1) and _valid(year, m2, d2)):
            return None
        y1 = year - 1 if isinstance(year, int) and m1 > m2 else year  # "28 December - 3 January 2026"
        return interval_text(date_text(y1, m1, d1), date_text(year, m2, d2)), not g.get("y")
    if rule in ("dmy_range", "mdy_range"):
        month, d1, d2 = _month_number(g["m"]), _day(g["d1"]), _day(g["d2"])
        if d2 <= d1:
            return None
        year = int(g["y"]) if g.get("y") else r.year_for(month, d1, start, end)
        if not (_valid(year, month, d1) and _valid(year, month, d2)):
            return None
        return interval_text(date_text(year, month, d1), date_text(year, month, d2)), not g.get("y")
    if rule in ("dmy", "mdy", "numbered_dmy"):
        month, day = _month_number(g["m"]), _day(g["d"])
        year = int(g["y"]) if g.get("y") else r.year_for(month, day, start, end)
        if not _valid(year, month, day):
            return None
        return date_text(year, month, day), relative_year or not g.get("y")
    if rule == "month_range":
        m1, m2 = _month_number(g["m1"]), _month_number(g["m2"])
        if m2 == m1:
            return None
        # "between November and January" runs into the next year; "November to January 2026" names the year it ends in.
        into_next = int(m2 < m1)
        year = int(g["y"]) - into_next if g.get("y") else r.year_for(m1, None, start, end)
        if into_next and not isinstance(year, int):
            return None
        end_year = year + 1 if into_next else year  # "XXXX" stays unknown within one year
        return interval_text(date_text(year, m1), date_text(end_year, m2)), relative_year or not g.get("y")
    if rule == "month_year":
        return date_text(int(g["y"]), _month_number(g["m"])), relative_year
    if rule == "week_of_month":
        month = _month_number(g["m"])
        year = int(g["y"]) if g.get("y") else r.year_for(month, None, start, end)
        if not isinstance(year, int):
            return None
        # An ISO week is the month's whose Thursday it holds: the first week holds the month's first Thursday,
        # the last its last one ("the last week of September 2025" is W39, not W40 that ends in October).
        n = tables()["ordinal"][g["o"].lower()]
        if n > 0:
            # "the fourth week of September": the n-th week from the one that holds the month's first Thursday.
            day = dt.date(year, month, 1 + (THURSDAY - dt.date(year, month, 1).weekday()) % 7 + 7 * (n - 1))
            if day.month != month:
                return None
        else:
            end_day = month_end(year, month)
            day = end_day - dt.timedelta(days=(end_day.weekday() - THURSDAY) % 7)
        return week_text(day), not g.get("y")
    if rule in ("month_edge", "month_context", "month_bracketed"):
        month = _month_number(g["m"])
        if g.get("y"):
            return date_text(int(g["y"]), month), relative_year  # "the end of March 2024"
        shared = _shared_year_after().match(r.text, end)
        if shared:
            return date_text(int(shared["y"]), month), False  # "in March and September 2004": the year both share
        ctx = (g.get("ctx") or "").lower()
        tense = {"since": "past", "last": "past", "next": "future", "until": "future", "by": "future"}.get(ctx)
        if tense is None and re.search(
            r"\b(?:by|until|till|before)\s+(?:the\s+)?$", r.text[max(0, start - 12) : start], re.I
        ):
            tense = "future"  # "deployed by the end of May": a deadline lies ahead
        clause = _clause_window(r.text, start, end, r.sentence_of(start), r.settings.tense_window)
        if tense == "future" and ctx != "next" and _told_in_past(r.text, clause):
            tense = "past"  # "By the end of March, it was only 6 per cent funded": a deadline gone by
        year = r.year_for(month, None, start, end, tense)
        anchor = r.anchor(start)
        if (
            ctx in ("last", "next")
            and isinstance(year, int)
            and anchor
            and (year, month) == (anchor.year, anchor.month)
        ):
            year += 1 if ctx == "next" else -1  # "approved last November" in a November letter: a year before
        return date_text(year, month), True
    if rule == "half":
        n = tables()["ordinal"][g["o"].lower()]
        n = 2 if n == -1 else n
        return (sub_year_text(g["y"], HALF_CODES[n]), False) if n in HALF_CODES else None
    if rule == "half_code":
        return sub_year_text(g["y"], HALF_CODES[int(g["h"][1])]), False
    if rule == "quarter":
        n = tables()["ordinal"][g["o"].lower()]
        n = 4 if n == -1 else n
        return (sub_year_text(g["y"], QUARTER_CODES[n]), False) if n in QUARTER_CODES else None
    if rule == "part_bare":
        n = tables()["ordinal"][g["o"].lower()]
        size = 3 if g["part"].lower() == "quarter" else 6
        if n * size > 12:
            return None
        ctx = m.group(0).split()[0].lower()
        tense = {"since": "past", "by": "future", "until": "future"}.get(ctx)
        year = r.year_for((n - 1) * size + 1, None, start, end, tense, last_month=n * size)
        if not isinstance(year, int):
            return None
        codes = QUARTER_CODES if size == 3 else HALF_CODES
        return sub_year_text(year, codes[n]), True
    if rule == "quarter_code":
        q, y = (g["q"], g["y"]) if g.get("q") else (g["q2"], g["y2"])
        return sub_year_text(y, QUARTER_CODES[int(q[1])]), False
    if rule == "season":
        return sub_year_text(g["y"], tables()["season"][g["season"].lower()]), False
    if rule == "season_relative":
        if letter is None:
            return None
        code = tables()["season"][g["season"].lower()]
        return sub_year_text(_season_year(code, g["rel"].split()[-1].lower(), letter), code), True
    if rule == "days_of":
        n = int(g["n"]) if g["n"].isdigit() else tables()["cardinal"][g["n"].lower()]
        month = _month_number(g["m"])
        year = int(g["y"]) if g.get("y") else r.year_for(month, None, start, end)
        if not isinstance(year, int) or not 1 <= n < month_end(year, month).day:
            return None
        last = month_end(year, month).day
        lo, hi = (1, n) if g["o"].lower() == "first" else (last - n + 1, last)
        return interval_text(date_text(year, month, lo), date_text(year, month, hi)), not g.get("y")
    if rule == "month_attributive":
        if not g["m"][:1].isupper() or g["m"].lower() == "may":
            return None  # "the march towards", "the May government": no month
        month = _month_number(g["m"])
        return date_text(r.year_for(month, None, start, end), month), True
    if rule == "fiscal_quarter":
        n = tables()["ordinal"][g["o"].lower()]
        n = 4 if n == -1 else n
        if n not in FISCAL_QUARTER_START:
            return None
        if g.get("y2"):
            if int(g["y2"][-2:]) != (int(g["y"]) + 1) % 100:
                return None  # "FY 2009-2012": a span of years has no one quarter
            # "the third quarter of FY 2027/28" in Pakistan: January to March, in its July-to-June year.
            month = int(g["y"]) * 12 + r.split_fiscal_start - 1 + MONTHS_A_QUARTER * (n - 1)
            last = month + MONTHS_A_QUARTER - 1
            return interval_text(date_text(month // 12, month % 12 + 1), date_text(last // 12, last % 12 + 1)), False
        shift, first = FISCAL_QUARTER_START[n]
        year = int(g["y"]) + shift
        return interval_text(date_text(year, first), date_text(year, first + 2)), False
    if rule == "months_of":
        n = int(g["n"]) if g["n"].isdigit() else tables()["cardinal"][g["n"].lower()]
        n *= MONTHS_A_QUARTER if g["unit"].lower() == "quarters" else 1  # "the last two quarters of 2016"
        if not 1 <= n <= 12:
            return None
        y = g["y"]
        if g["o"].lower() == "first":
            return interval_text(date_text(y, 1), date_text(y, n)), False
        return interval_text(date_text(y, 13 - n), date_text(y, 12)), False
    if rule == "year_edge":
        year = int(g["y"])
        if (
            (g.get("ry") or "").lower() == "the"
            and letter
            and _edge_month(g["edge"]) > letter.month
            and re.search(r"\b(?:at|in|towards?|around)\s+$", r.text[max(0, start - 12) : start], re.I)
            and _sentence_is_past(r.text, r.sentence_of(start))
        ):
            year -= 1  # "..., and, at the end of the year, from Morocco" told in January: the year gone by
        return _edge(g["edge"], year), relative_year
    if rule == "this_year_edge":
        if letter is None:
            return None
        if g.get("since"):
            return date_text(letter.year), True  # "since the beginning of the year": this year so far
        return _edge(g["edge"], letter.year), True
    if rule == "this_month_edge":
        if letter is None:
            return None
        shift = {"the": 0, "this": 0, "next": 1, "last": -1}[g["rel"].lower()]
        return date_text(*_months_from(letter, shift)), True
    if rule == "ethiopian_fiscal":
        first = int(g["y"])
        last = (int(g["y2"]) if len(g["y2"]) == 4 else (first // 100) * 100 + int(g["y2"])) if g.get("y2") else first
        if last < first:
            return None
        if g.get("sep") == "/" and last == first + 1:
            first = last  # "EFY 2015/16": the one budget year that runs over the two Ethiopian years
        # Its year N runs from 1 Hamle of N-1 to 30 Sene of N: Gregorian 8 July N+7 to 7 July N+8.
        month, day = ETHIOPIAN_FISCAL_START
        start_day = date_text(first + ETHIOPIAN_YEAR_OFFSET, month, day)
        return interval_text(start_day, date_text(last + ETHIOPIAN_YEAR_OFFSET + 1, month, day - 1)), False
    if rule.startswith("ethiopian_") and rule != "ethiopian_fiscal":
        return _ethiopian(rule, g, r, m.span())
    if rule == "fiscal":
        y = int(g["y"]) if len(g["y"]) == 4 else 2000 + int(g["y"])
        gregorian = _gregorian_after(r.text, end)
        if gregorian and int(gregorian["y"]) != y:
            return None  # "fiscal year 2076/77 (2019/20)": the first is another calendar's year
        if g.get("y2"):
            # "FY2023-24" (India, UK, Canada, Japan): April to March; "FY 2027/28" in Pakistan: July to June.
            y2 = int(g["y2"]) if len(g["y2"]) == 4 else (y // 100) * 100 + int(g["y2"])
            if y2 > y and (g.get("fy2") or y2 > y + 1):
                # "FY24-FY26", "FY2024-2026": a span of fiscal years, each of the calendar its writer keeps
                return _fiscal_years_span(y, y2, r, start), False
            if y2 != y + 1:
                return None
            return r.bikram_sambat_fiscal_year(y, y2) or _split_fiscal_year(y, y2, r), False
        if not _us_fiscal_year_at(r, start):
            return date_text(y), False  # another government's fiscal year: its months are not the US ones
        return fiscal_year_text(y), False
    if rule == "decade":
        return f"{g['dec']}X", False
    if rule == "year_range":
        y1 = int(g["y1"])
        y2 = int(g["y2"]) if len(g["y2"]) == 4 else (y1 // 100) * 100 + int(g["y2"])
        if not y1 < y2 <= y1 + r.settings.max_range_years or is_reference(r.text, start):
            return None
        gregorian = _gregorian_after(r.text, end)
        if gregorian and int(gregorian["y"]) != y1:
            return None  # "2076/77 (2019/20)": another calendar's years, then the Gregorian ones
        nepali = r.bikram_sambat_fiscal_year(y1, y2) if "/" in m.group(0) else None
        if nepali:
            return nepali, False
        if (
            y2 == y1 + 1
            and ("/" in m.group(0) or len(g["y2"]) == 2)
            and any(abs(named - y1) <= FISCAL_YEARS_NEAR for named in r.split_fiscal_years_named)
            and not _another_kind_of_year(r.text, start, end)  # "the academic year 2027-28": no financial year
        ):
            # "the budget for 2024/25" where the text names "financial year 2024/25": that fiscal year again; and
            # "in 2023/24", "for 2022-23" in a text that writes of its financial years so: one of them.
            return _split_fiscal_year(y1, y2, r), False
        return interval_text(date_text(y1), date_text(y2)), False
    if rule == "relative":
        if letter is None:
            return None
        shift = _relative_shift(g["rel"])
        unit = g["unit"].lower()
        if unit == "year":
            return date_text(letter.year + shift), True
        if unit == "month":
            return date_text(*_months_from(letter, shift)), True
        return week_text(letter + dt.timedelta(weeks=shift)), True
    if rule == "relative_fiscal":
        if letter is None:
            return None
        shift = _relative_shift(g["rel"])
        if _us_fiscal_year_at(r, start):
            return date_text(letter.year + (letter.month >= FISCAL_QUARTER_START[1][1]) + shift), True
        if r.split_fiscal_years_named or listed_fiscal_year_start(r.fiscal_country):
            # A text that writes its fiscal years over two ("FY 2027/28"), or a country whose fiscal year is not the
            # calendar's (Pakistan's runs from July): the one begun before the letter's date.
            first = letter.year - (letter.month < r.split_fiscal_start) + shift
            return _split_fiscal_year(first, first + 1, r), True
        # A country not listed keeps the calendar year or April's (the UK's, India's): which one, the list does not tell.
        return None
    if rule == "previous_year":
        lo = r.sentence_of(start)[0]
        named = [year for pos, year in r.years if lo <= pos < start]
        return (date_text(named[-1] - 1), False) if named else None
    if rule == "ago":
        if letter is None:
            return None
        n = (
            1
            if g["n"].lower() in ("a", "an")
            else int(g["n"])
            if g["n"].isdigit()
            else tables()["cardinal"][g["n"].lower()]
        )
        unit = g["unit"].lower()
        if unit == "week":
            return week_text(letter - dt.timedelta(weeks=n)), True
        if unit == "day":
            return (letter - dt.timedelta(days=n)).isoformat(), True
        year, month = _months_from(letter, -(12 * n if unit == "year" else n))
        if unit == "year" and n == 1 and COMPARED_WITH.search(r.text, max(0, start - 20), start):
            return date_text(year, month), True
        if unit == "year" and n == 1 and not g.get("hedge"):
            return date_text(year, month, min(letter.day, month_end(year, month).day)), True  # an anniversary
        return (date_text(year) if unit == "year" else date_text(year, month)), True
    if rule == "relative_day":
        if letter is None:
            return None
        if any(
            idiom.start() <= start < idiom.end()
            for idiom in DAYS_AS_TIMES.finditer(r.text, max(0, start - 30), end + 30)
        ):
            return None  # "the challenges of today and tomorrow": the present and the future, no days
        sentence = r.sentence_of(start)
        if any(
            start in (saying.start(), saying.end() - len("tomorrow"))
            for saying in DAYS_CONTRASTED.finditer(r.text, sentence[0], min(len(r.text), sentence[1] + 2))
        ):
            return None
        if g["rel"][0].isupper() and TITLE_CASE_AFTER.search(r.text, max(0, start - 30), start):
            return None  # "Financing Infrastructure for Tomorrow": a capital after a lower-case word is a name's
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[g["rel"].lower()]
        return (letter + dt.timedelta(days=shift)).isoformat(), True
    if rule == "day_of_relative_month":
        if letter is None:
            return None
        if not g["d"][-1:].isalpha() and not m.group(0).lower().startswith("the"):
            return None  # "fell by 3 last month", "2 instant noodles": a number, not a day
        rel = (g["rel"] or g["rel_month"]).lower().split()[0].rstrip(".")
        shift = {"ultimo": -1, "ult": -1, "last": -1, "proximo": 1, "prox": 1, "next": 1}.get(rel, 0)
        year, month = _months_from(letter, shift)
        day = _day(g["d"])
        return (date_text(year, month, day), True) if _valid(year, month, day) else None
    if rule == "weekday_possessive":
        if letter is None:
            return None
        target = tables()["weekday"][g["wd"].lower()]
        if AHEAD_OF.search(r.text, max(0, start - 20), start):
            return (letter + dt.timedelta(days=(target - letter.weekday()) % 7 or 7)).isoformat(), True
        return (letter - dt.timedelta(days=(letter.weekday() - target) % 7)).isoformat(), True  # the last one
    if rule == "weekday_of_week":
        if letter is None:
            return None
        weeks = WEEK_SHIFTS[g["rel"].split()[-1].lower()]
        monday = letter - dt.timedelta(days=letter.weekday())
        return (monday + dt.timedelta(weeks=weeks, days=tables()["weekday"][g["wd"].lower()])).isoformat(), True
    if rule == "weekday":
        if letter is None:
            return None
        target = tables()["weekday"][g["wd"].lower()]
        rel = g["rel"].lower()
        programme = r.programme_week(start) if rel in ("on", "by", "until") else None
        if programme is not None:
            # "from Monday 21 October ... on Wednesday": the week the letter's programme names, not the letter's own
            return (programme + dt.timedelta(days=(target - programme.weekday()) % 7)).isoformat(), True
        if rel == "last" or rel == "since":
            delta = (letter.weekday() - target) % 7 or 7
            day = letter - dt.timedelta(days=delta)
        elif rel == "next":
            delta = (target - letter.weekday()) % 7 or 7
            day = letter + dt.timedelta(days=delta)
        else:
            # "on Friday": the next one if the sentence speaks of the future ("I will travel to
            # Geneva on Monday"), the last one if of the past, else the one of the letter's week.
            tense = tense_near(r.text, start, end, r.sentence_of(start), r.settings.tense_window)
            # The letter's own weekday in the future is the one a week on (the day itself would be
            # "today"); in the past it is the day itself, as a release dated Thursday reports "the
            # Government decided on Thursday" (a week before would be "last Thursday").
            if tense == "future":
                day = letter + dt.timedelta(days=(target - letter.weekday()) % 7 or 7)
            elif tense == "past":
                day = letter - dt.timedelta(days=(letter.weekday() - target) % 7)
            else:
                day = letter + dt.timedelta(days=target - letter.weekday())
        return day.isoformat(), True
    if rule == "year":
        if is_reference(r.text, start):
            return None
        previous = re.search(r"([\w’'-]+)\s+$", r.text[max(0, start - 30) : start])
        possessor = previous is not None and previous.group(1).endswith(POSSESSIVE_ENDINGS)
        if (
            previous
            and previous.group(1)[:1].isupper()
            and previous.group(1).lower() not in _year_openers()
            and not possessor  # "the Fund's 2019 loan": a date
        ):
            return None  # "Agenda 2063", "Horizon 2020": part of a name, not a date
        if (
            CITATION.search(r.text[max(0, start - 60) : start])
            and re.match(r"[a-z]?[);,]", r.text[end : end + 2])
            and not _in_table_row(r.text, start, end)
        ):
            return None  # an author-year citation: "Smith (1991)", "(Smith and Jones, 1991)"
        determiner = possessor or re.search(r"\bthe\s+$", r.text[max(0, start - 5) : start], re.IGNORECASE)
        if determiner and re.match(r"\s+(?!(?:" + "|".join(tables()["month"]) + r")\b)[A-Z]", r.text[end : end + 20]):
            if not _event_of_year(r.text, end):
                return None  # "the 2030 Agenda", "the Bank's 2030 Strategy": a year that names something
        if NUMBERED_IN_YEAR.match(r.text, end):
            return None  # "resolutions 1267 (1999), 1989 (2011)": a document's number, dated by the year after it
        acronym = NAMED_BY_YEAR_ACRONYM.match(r.text, end)
        if acronym and acronym.group("yy") == g["y"][2:]:
            return None  # "coronavirus disease 2019 (COVID-19)": the year is part of a name its acronym spells
        if r.bikram_sambat_year(int(g["y"])):
            return None  # "a 2079 statute", "from Poush 2083" in a Nepali letter of 2026: no Gregorian year
        return g["y"], False
    return None


# A line set in columns: a wide space or a cell's bar between two of its words.
TABLE_ROW_GAP = re.compile(r"\S(?:[ \t]{3,}|[ \t]*\|[ \t]*)\S")


def _in_table_row(text: str, start: int, end: int) -> bool:
    """Whether a bracketed year stands in a line set in columns ("| Marsh Lane Bridge (2027) | 14 m span |",
    "Grain Store (2026)    re-roofed"): a list's or a table's year, where prose would cite an author."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return TABLE_ROW_GAP.search(text[line_start : line_end if line_end >= 0 else len(text)]) is not None


# A year in brackets right after a number: the number is a document's, that year its date ("1989 (2011)").
NUMBERED_IN_YEAR = re.compile(r"[ \t]\((?:19|20)\d{2}\)")
# A bracketed acronym after a year that ends in the year's last two digits ("2019 (COVID-19)").
NAMED_BY_YEAR_ACRONYM = re.compile(r"\s*\((?-i:[A-Z][A-Za-z]*)[- ]?(?P<yy>\d{2})\)")
# How many capitalised words after "the YEAR" may name the event it dates ("the 2022 U.S.-Africa Leaders Summit").
MAX_EVENT_NAME_WORDS = 6


# The words before a month named alone that make it a time ("in Megabit", "the month of Tikimt", "by the end of Ginbot").
_TIME_WORD_BEFORE = re.compile(
    r"\b(?:in|during|by|until|from|before|after|since|(?:month|end|beginning|start|middle)\s+of)\s+$", re.I
)


def _ethiopian(rule: str, g: dict, r: _Resolver, span: tuple[int, int]) -> Optional[tuple[str, bool]]:
    """An Ethiopian calendar day, month or span of months as the Gregorian days it denotes."""
    start, end = span
    month = ETHIOPIAN_MONTH_NUMBERS[(g["m"] or g["m2"]).lower()]
    if rule == "ethiopian_day":
        day = ethiopian_to_gregorian(int(g["y"]), month, int(g["d"] or g["d2"]))
        return (day.isoformat(), False) if day else None
    if rule == "ethiopian_month_range":
        first = ethiopian_month_span(int(g["y"]), month)
        last = ethiopian_month_span(int(g["y2"]), ETHIOPIAN_MONTH_NUMBERS[g["m2"].lower()])
        if not first or not last or last[1] < first[0]:
            return None
        return interval_text(first[0].isoformat(), last[1].isoformat()), False
    if g["y"]:
        span = ethiopian_month_span(int(g["y"]), month)
        relative = False
    else:
        # A month named alone ("the month of Tikimt") is read so only after a word of time and where the text counts
        # in Ethiopian years (its names are also people's);
        anchor = r.anchor(start)
        if anchor is None or not re.search(ETHIOPIAN_ERA, r.text) or not _TIME_WORD_BEFORE.search(r.text, 0, start):
            return None
        # the one of that name nearest the letter's date, on the side of it the sentence's tense tells
        tense = tense_near(r.text, start, end, r.sentence_of(start))
        year = anchor.year - ETHIOPIAN_YEAR_OFFSET - 1
        spans = [s for s in (ethiopian_month_span(y, month) for y in range(year - 1, year + 3)) if s]
        spans = [
            s for s in spans if not (tense == "past" and s[0] > anchor or tense == "future" and s[1] < anchor)
        ] or spans
        span = min(
            spans,
            key=lambda s: 0 if s[0] <= anchor <= s[1] else min(abs((s[0] - anchor).days), abs((s[1] - anchor).days)),
        )
        relative = True
    return (interval_text(span[0].isoformat(), span[1].isoformat()), relative) if span else None


def _event_of_year(text: str, end: int) -> bool:
    """Whether the capitalised name after "the YEAR" is an event or a budget of that year ("the 2022 G20
    Summit", "the 2027 General Budget"), whose year is a date, unlike a name ("the 2030 Agenda"); the
    event heads are data (event_head)."""
    # A name's small joining words go on with it ("the 2018 Farm and Livestock Census").
    name = re.match(
        r"(?:\s+(?:(?:and|of|for|on)\s+)?(?-i:[A-Z0-9])[\w.’'&-]*){1,%d}" % MAX_EVENT_NAME_WORDS, text[end : end + 120]
    )
    if not name:
        return False
    heads = {r["text"].lower() for r in load_data()["event_head"]}
    return any(word.lower().rstrip(".,;:") in heads for word in name.group(0).split())


@functools.lru_cache(maxsize=1)
def _year_openers() -> set[str]:
    """Capitalised words that may stand before a year that is a date ("In 2023", "May 2024")."""
    words = {r["text"].lower() for r in load_data()["month_context"]}
    words |= set(tables()["month"]) | set(tables()["season"])
    # "CY 2013": a calendar year, as budgets write it beside their fiscal years ("FY 2014").
    words |= {"fy", "cy", "year", "the", "and", "or", "to", "as", "at", "until", "spring", "summer"}
    return words


def _season_year(code: int, rel: str, letter: dt.date) -> int:
    """The year of "this/last/next summer" seen from the letter date (winter is named by the
    year it starts in)."""
    first_month = SUB_YEAR_MONTHS[code][0]
    start = dt.date(letter.year, first_month, 1)
    if code == 24 and letter.month < 3:
        start = dt.date(letter.year - 1, 12, 1)  # January's winter began last December
    if rel in ("last", "past"):
        return start.year if _season_end(code, start) < letter else start.year - 1
    if rel in ("next", "coming"):
        return start.year if start > letter else start.year + 1
    return start.year


def _season_end(code: int, start: dt.date) -> dt.date:
    return month_end(start.year + (start.month > 10), (start.month + 1) % 12 + 1)


def _edge_word(edge: str) -> str:
    return re.sub(r"\s+", " ", edge.lower()).replace("the ", "").replace(" of", "").replace("year-", "")


def _edge_month(edge: str) -> int:
    """The first month an edge of a year points at ("end of" = 12, "early" = 1)."""
    edge = _edge_word(edge)
    return YEAR_PARTS.get(edge, {"end": 12, "beginning": 1, "start": 1}.get(edge, 6))


def _edge(edge: str, year: int) -> str:
    edge = _edge_word(edge)
    if edge in YEAR_PARTS:
        return date_text(year)
    return {"end": date_text(year), "beginning": date_text(year, 1), "start": date_text(year, 1)}.get(
        edge,
        interval_text(date_text(year, 6), date_text(year, 7)),  # "the middle of 2026" reads as mid-2026
    )


def find_dates(
    text: str,
    letter_date: Optional[dt.date] = None,
    sentences: Optional[list[tuple[int, int]]] = None,
    taken: Optional[list[tuple[int, int]]] = None,
    settings: DateSettings = DEFAULT_SETTINGS,
    author: str = "",
    letter_month: Optional[str] = None,
) -> list[_Date]:
    """Every date in ``text`` (by ``author``: letterhead, signatory's title) resolved against ``letter_date``;
    ``taken`` spans (amounts) are skipped."""
    resolver = _Resolver(text, letter_date, sentences or [(0, len(text))], settings, author, letter_month)
    resolvers = _message_resolvers(text, resolver)
    candidates: list[_Date] = []
    coordinated: dict[int, list[_Date]] = {}  # a match of two dates joined by "and": its two dates
    present = {cue for cue, regex in _cues().items() if regex.search(text)}
    lower = text.lower()
    for rule, regex in compiled():
        if not RULE_NEEDS.get(rule, set()) & present and rule in RULE_NEEDS:
            continue  # most paragraphs hold no date at all: skip the rules that cannot match
        if rule in RULE_WORDS and not any(word in lower for word in RULE_WORDS[rule]):
            continue  # nor the words some rules are built on ("half", "quarter", "fiscal" ...)
        for match in regex.finditer(text):
            own = next((r for at, r in reversed(resolvers) if at <= match.start()), resolver)
            if (
                rule in RECURRING_RULES
                and not match.groupdict().get("y")
                and _recurring_before().search(text, max(0, match.start() - RECURRING_REACH), match.start())
            ):
                continue  # "closed every summer from June to August": months of every year, no date
            if _other_calendar_after().match(text, match.end()):
                continue  # the day in the writer's own calendar; the Gregorian one is usually given beside it
            if rule == "year" and _digits_group_before(text, match.start()):
                continue  # "Phone 44 918 2004": the last group of a number written in groups, no year
            resolved = _resolve(rule, match, own)
            if resolved is None:
                continue
            edtf, relative = resolved
            relative = relative or bool(match.groupdict().get("ry"))
            rule_id = rule + (":year-unknown" if "XXXX" in edtf else "")
            if rule == "year" and re.search(r"\bthe\s+$", text[max(0, match.start() - 5) : match.start()], re.I):
                rule_id += ":event"  # kept only as the year of an event it names ("the 2022 G20 Summit")
            if match.start() and text[match.start() - 1].isalpha():
                rule_id += ":glued"  # "OnSeptember 15": the month began a word of its own
            candidate = _Date(match.start(), match.end(), edtf, relative, rule_id)
            candidates.append(candidate)
            parts = _coordinated(rule, match, edtf, relative)
            if parts:
                coordinated[id(candidate)] = parts
    blocked = list(taken or [])
    chosen: list[_Date] = []
    # Longest first: "21 October 2025" beats "21 October" and "2025"; then the earlier rule.
    order = {rule: i for i, (rule, _r) in enumerate(compiled())}
    candidates.sort(key=lambda d: (-(d.end - d.start), order[d.rule.split(":")[0]], d.start))
    for candidate in candidates:
        spans = blocked + [(c.start, c.end) for c in chosen]
        if all(candidate.end <= lo or candidate.start >= hi for lo, hi in spans):
            chosen.append(candidate)
    chosen = [part for date in chosen for part in coordinated.get(id(date), [date])]
    return _join_ranges(text, sorted(chosen, key=lambda d: d.start))


# A group of digits a space before a four-figure number: "0 2281" before "1995" in a telephone number.
DIGITS_GROUP_BEFORE = re.compile(r"(?<![\w.,/-])(?P<group>\d+)[ \t]$")


def _digits_group_before(text: str, start: int) -> bool:
    """Whether a year's digits follow a group of digits that is no year itself, a space apart: one number in groups."""
    match = DIGITS_GROUP_BEFORE.search(text, max(0, start - 12), start)
    return match is not None and not re.fullmatch(YEAR, match.group("group"))


# The header of a message quoted in an e-mail chain: "From: ... Sent: Friday, 23 February 2018 11:18".
MESSAGE_SENT = re.compile(rf"(?:{QUOTED_HEADER}|\bSent:)[ \t]*(?:[A-Z][a-z]+day,?[ \t]+)?")


def _message_resolvers(text: str, resolver: _Resolver) -> list[tuple[int, _Resolver]]:
    """Where each message of an e-mail chain begins, with a resolver of its own date: what a quoted
    message calls "on Tuesday" or "yesterday" is told from the day it was sent, not from the top one's."""
    found = []
    for header in MESSAGE_SENT.finditer(text):
        sent = None
        for rule, regex in compiled():
            match = regex.match(text, header.end())
            if match and rule in ("dmy", "mdy"):
                resolved = _resolve(rule, match, resolver)
                sent = resolved[0] if resolved else None
                break
        if sent and DAY.fullmatch(sent) and dt.date.fromisoformat(sent) != resolver.letter_date:
            own = copy.copy(resolver)
            own.letter_date = dt.date.fromisoformat(sent)
            found.append((header.start(), own))
        elif sent:
            found.append((header.start(), resolver))
    return found


# Rules whose two ends may be joined by "and": (group the first date starts at, group it ends at,
# group the second one starts at).
COORDINATED_PARTS = {
    "dmy_range": ("d1", "d1", "d2"),
    "mdy_range": ("m", "d1", "d2"),
    "dmy_range_months": ("d1", "m1", "d2"),
    "month_range": ("m1", "m1", "m2"),
}
COORDINATOR = re.compile(r"\s*(?:and|&)\s*", re.IGNORECASE)
NOT_COORDINATED_AFTER = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _coordinated(rule: str, match: re.Match, edtf: str, relative: bool) -> Optional[list[_Date]]:
    """ "on 18 and 19 December", "February 22 and 23", "in January and February": two dates joined
    by "and" are two dates (DIGEST.md), not the span "18-19 December" or "between ... and ..." is."""
    if rule not in COORDINATED_PARTS or "/" not in edtf:
        return None
    first_from, first_to, second_from = COORDINATED_PARTS[rule]
    if not COORDINATOR.fullmatch(match.string, match.end(first_to), match.start(second_from)):
        return None
    if NOT_COORDINATED_AFTER.search(match.string, max(0, match.start(first_from) - 20), match.start(first_from)):
        return None
    first, second = edtf.split("/")
    rule_id = f"{rule}:coordinated"
    return [
        _Date(match.start(first_from), match.end(first_to), first, relative, rule_id),
        _Date(match.start(second_from), match.end(), second, relative, rule_id),
    ]


PLAIN_DATE = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])(?:-\d{2})?")
RANGE_OPENER = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
RANGE_JOINER = re.compile(r",?\s*(?:to|through|until|till|and|-|–|—)\s*", re.IGNORECASE)
# Without "from" or "between", two dates make one span only when a dash or "to" joins them ("(July 2024 -
# December 2024)"); "and" then lists two dates.
BARE_RANGE_JOINER = re.compile(r"\s*(?:to|through|until|till|-|–|—)\s*", re.IGNORECASE)
# Two spans of years joined, "(2031-32 to 2033-34)": one span from the first's start to the second's end; so are two
# fiscal years read in months (Nepal's "2078/79-2080/81": 2021-07/2024-07).
YEAR_SPAN = re.compile(r"(\d{4}(?:-\d{2})?)/(\d{4}(?:-\d{2})?)")
# A year in brackets right after a year: the same year in the Gregorian calendar, as Nepal and Ethiopia
# give it after their own ("2076/77 (2019/20)").
GREGORIAN_AFTER = re.compile(rf"\s*\(\s*(?P<y>{YEAR})(?:[-–/]\d{{2,4}})?\s*\)")


@functools.lru_cache(maxsize=1)
def _gregorian_months_after() -> re.Pattern:
    """The Gregorian months of another calendar's year in brackets right after it ("2071/72 (mid-July 2014 to
    mid-July 2015)"): the months the letter maps it to, read as their own dates."""
    months = alternation(r["text"] for r in load_data()["month"])
    return re.compile(rf"\s*\(\s*(?:(?:early|mid|late)[-\s]+)?(?:{months})\.?\s+(?P<y>{YEAR})\b", re.IGNORECASE)


def _gregorian_after(text: str, end: int) -> Optional[re.Match]:
    """The Gregorian year or months given in brackets right after another calendar's year at ``end``, or None."""
    return GREGORIAN_AFTER.match(text, end) or _gregorian_months_after().match(text, end)


# "over the three financial years 2024/25 to 2026/27", "over 2024-25 to 2026-27", "the period 2003/04 to
# 2008/09": a plural "years", "over" or "period" before the first span opens the range as "from" does.
YEAR_SPAN_OPENER = re.compile(r"(?:\b(?:from|between|years|over|period)\s+|\()$", re.IGNORECASE)
YEAR_SPAN_JOINER = re.compile(r"\s*(?:to|through|until|till|–|—)\s*", re.IGNORECASE)
# A dash set tight between two spans written with slashes, "2023/24-2025/26" (a medium-term framework's
# years, a plan's): one expression, a range without any word to open it.
TIGHT_SPAN_JOINER = re.compile(r"[-–—]")


# "the deadline was extended from 30 April 2026 to 31 October 2026", "postponed the vote from May to June": a date
# changed from one day to another names two days, no span between them. The word must govern the "from", itself
# or through its object ("the vote", "of the review of the first phase"): "the land change survey runs from ..." and
# "was extended and now runs from ..." are spans.
DATE_CHANGE_BEFORE = re.compile(
    r"\b(?:extend(?:s|ed|ing)?|extension|postpone[ds]?|postponing|postponement|defer(?:s|red|ring)?|delay(?:s|ed)?"
    r"|moved|moving|brought\s+forward|bring\s+forward|changed|changing|revised|revising|reschedul(?:e|es|ed|ing))"
    r"(?:\s+of)?(?:(?:\s+of)?\s+(?:the|its|their|this|that|our|his|her|a|an)(?:\s+[\w'’-]+){1,3}){0,2}\s+from\s+$",
    re.IGNORECASE,
)


def _join_ranges(text: str, dates: list[_Date]) -> list[_Date]:
    """ "from October 1, 2015, through March 31, 2016": two dates, one interval (of two precisions only after "from" or
    "between": "from May 2031 to 14 January 2032"); so are two spans of years ("2031-32 to 2033-34")."""
    joined: list[_Date] = []
    i = 0
    while i < len(dates):
        a = dates[i]
        b = dates[i + 1] if i + 1 < len(dates) else None
        if (
            b is not None
            and PLAIN_DATE.fullmatch(a.edtf)
            and PLAIN_DATE.fullmatch(b.edtf)
            and a.edtf < b.edtf
            and (
                # "from May 2031 to 14 January 2032": an opener and a joiner make a span also of two precisions
                RANGE_OPENER.search(text, max(0, a.start - 10), a.start)
                and RANGE_JOINER.fullmatch(text, a.end, b.start)
                or len(a.edtf) == len(b.edtf)
                and BARE_RANGE_JOINER.fullmatch(text, a.end, b.start)
            )
            and not DATE_CHANGE_BEFORE.search(text, max(0, a.start - 120), a.start)
        ):
            joined.append(_Date(a.start, b.end, interval_text(a.edtf, b.edtf), a.relative or b.relative, "date_range"))
            i += 2
            continue
        spans = (YEAR_SPAN.fullmatch(a.edtf), YEAR_SPAN.fullmatch(b.edtf)) if b is not None else (None, None)
        if (
            all(spans)
            and len(a.edtf) == len(b.edtf)
            and spans[0].group(2) <= spans[1].group(1)
            and (
                (
                    YEAR_SPAN_OPENER.search(text, max(0, a.start - 10), a.start)
                    or re.match(r"(?:from|between)\s", text[a.start : a.end], re.IGNORECASE)
                )
                and YEAR_SPAN_JOINER.fullmatch(text, a.end, b.start)
                or "/" in text[a.start : a.end]
                and "/" in text[b.start : b.end]
                and TIGHT_SPAN_JOINER.fullmatch(text, a.end, b.start)
            )
        ):
            edtf = interval_text(spans[0].group(1), spans[1].group(2))
            joined.append(_Date(a.start, b.end, edtf, a.relative or b.relative, "year_span_range"))
            i += 2
            continue
        joined.append(a)
        i += 1
    return joined


class DatesComponent:
    """spaCy component: dates into ``doc.spans["date"]`` with EDTF norms."""

    def __init__(self, nlp: Language, name: str, settings: DateSettings = DEFAULT_SETTINGS) -> None:
        self.settings = settings
        compiled()

    def __call__(self, doc: Doc) -> Doc:
        """Find and resolve the dates of one Doc."""
        letter_date = calendar_day(doc.user_data.get(LETTER_DATE_KEY))
        try:
            sentences = [(s.start_char, s.end_char) for s in doc.sents]
        except ValueError:  # no sentence boundaries set
            sentences = None
        taken = [(s.start_char, s.end_char) for s in doc.spans.get("amount", [])]
        author = str(doc.user_data.get(AUTHOR_KEY) or "")
        month = doc.user_data.get(LETTER_MONTH_KEY)
        found = find_dates(doc_text(doc), letter_date, sentences, taken, self.settings, author, month)
        set_spans(
            doc, FAMILY, ((d.start, d.end, d.edtf, {"edtf": d.edtf, "relative": d.relative}, d.rule) for d in found)
        )
        return doc


@Language.factory(
    "letters_dates",
    assigns=SPAN_ASSIGNS,
    requires=["token.is_sent_start"],
    default_config=asdict(DEFAULT_SETTINGS),  # the settings' defaults are the named constants
)
def make_dates(
    nlp: Language, name: str, max_range_years: int, near_days: int, tense_window: int, governing_window: int
) -> DatesComponent:
    """Build the dates component."""
    return DatesComponent(nlp, name, DateSettings(max_range_years, near_days, tense_window, governing_window))
