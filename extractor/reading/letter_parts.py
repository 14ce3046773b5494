"""A letter's parts and body from its lines: shared by the PDF reader and the plain-text reader.

Both readers turn their input into `Block`s (paragraphs) of `RawLine`s; this module finds the
letterhead, the place and date line, the salutation, the closing and the signatory among those
lines, and assembles the body text with its paragraphs, styles and line map.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from typing import Optional

from extractor.reading.rounding import DOUBLE, RoundedLater, round_hundredths
from extractor.reference.addresses import (
    BUILDING_WORDS,
    POSTAL_CODE_AFTER_CITY,
    POSTAL_CODE_BEFORE_CITY,
    STREET_WORDS,
    post_box_words,
)
from extractor.reference.calendar_words import (
    BUDDHIST_ERA,
    BUDDHIST_ERA_OFFSET,
    ETHIOPIAN_ERA,
    ETHIOPIAN_MONTH_NUMBERS,
    ETHIOPIAN_MONTH_SPELLINGS,
    MONTH_NAMES,
    MONTH_NUMBERS,
    ROMAN_MONTH_DATE,
    ROMAN_MONTH_NUMBERS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
    ethiopian_to_gregorian,
)
from extractor.reference.casing import TITLE_SMALL_WORDS, natural_case, title_case_counts
from extractor.reference.countries import (
    city_subdivision_names,
    country_code,
    subdivision_names,
    subdivision_table,
)
from extractor.reference.edtf import date_text as edtf_date
from extractor.reference.english import english_words
from extractor.reference.marks import (
    BULLETS,
    CELL_MARK,
    CLOSING_LABEL,
    CONTACT_WORDS,
    COPY_LABELS,
    ENCLOSURE_NOUNS,
    ITEM_MARK,
    LEADER_DOTS,
    QUOTE_FROM_LINE,
    QUOTE_SENT_LINE,
    QUOTE_SEPARATOR_LINE,
    RULE_LINE,
    SUBJECT_LABEL,
    enumerator_values,
)
from extractor.reference.numbers import YEAR, YEAR_MAX, YEAR_MIN
from extractor.reference.regexes import alternation
from models.letter import LetterParts, Paragraph, StyleSpan, TextLine

DEFAULT_SALUTATION_SEARCH_LINES = 60  # a salutation comes before this many lines of a letter
DEFAULT_DATE_SEARCH_LINES = 40  # where to look for the date line when there is no salutation
DEFAULT_CLOSING_SEARCH_LINES = 30  # a closing comes within this many lines of the end
DEFAULT_MAX_SALUTATION_WORDS = 12
DEFAULT_MAX_CLOSING_WORDS = 6
DEFAULT_MAX_DATE_LINE_WORDS = 12
DEFAULT_MAX_PLACE_WORDS = 5
DEFAULT_MAX_SIGNATORY_WORDS = 8
MIN_OPENING_LETTERHEAD_LINES = 2  # a letterhead over a note dated at its foot: its state's or body's name and more
DEFAULT_MAX_NAME_WORDS = 6  # a signatory found without a closing is kept only when it is this short a name
DEFAULT_MAX_LETTERHEAD_WORDS = 80  # a date line comes after at most a letterhead and an address
DEFAULT_TAIL_DATE_LINES = 4  # a date at the foot of a notice is within its last lines
DEFAULT_MIN_BODY_WORDS = 20  # a signature without a closing ends a body only after this much text
DEFAULT_SIGNATURE_SEARCH_LINES = 6  # without a closing, a signature this close to the end ends the body
DEFAULT_MAX_LINK_NOTE_LINES = 4  # a link after the signature ("To view ..., visit: <url>") wraps over this many lines
TITLE_WORD_REACH = 3  # a title above a name names the office in its first words ("The Minister for ...")
SIDE_BY_SIDE_GAP = 4  # a space this many times the narrowest one of a signer's line parts two signers' columns
DEFAULT_MAX_TITLE_LINES = 3  # a name without a closing may have this many lines of title under it (title, unit, body)
# A line ending in an abbreviation's full stop ends no sentence: "Mr. Michael Levitt, M.P.", "Washington, D.C.".
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.){2,}$|\b(?:Jr|Sr|Esq|Hon)\.$")
DEFAULT_MAX_ADDRESS_LINE_WORDS = 10  # an addressee block's line names a person, an office, a body or a street
MAX_ADDRESS_BLOCK_LINES = 10  # an addressee's lines and a subject between a name and the salutation
MIN_ADDRESS_LINES = 2  # an addressee block has a name and an office or address at least
MIN_STACKED_LINES = 3  # a block of short lines away from a salutation names bodies a line (unit, body, street)
DEFAULT_MAX_SUBJECT_LINE_WORDS = 16  # a subject's line (its title, then its sub-title) is this short
MAX_SUBJECT_LINES = 3  # a subject set on more lines than this is a paragraph
DEFAULT_MAX_LETTERHEAD_PLACE_WORDS = 3  # "WASHINGTON", "The Hague": a letterhead's city line is this short

# Month words -> number: English, then French, German, Spanish, Italian, Dutch (letters to EU bodies use them all).
_MONTHS = MONTH_NUMBERS
_MONTH = alternation(_MONTHS)
_ORD = r"(?:st|nd|rd|th|er|\.)?"
# The era a second calendar counts its years in, written after (or before) the year: Hijri, Bikram Sambat, Ethiopian,
# Buddhist, Solar Hijri, Persian ("24 Sha'aban 1427 H", "28 November B.E. 2559").
_OTHER_ERA = r"(?:A\.?\s?H|H|B\.?\s?S|E\.?\s?C|B\.?\s?E|S\.?\s?H|A\.?\s?P)\.?"
_DATE_PATTERNS = [
    # A Gregorian month with another era's year, the Gregorian year in brackets after it, as Thai letters date
    # themselves ("21 January 2561 B.E. (2018)"): the bracketed year is the date's.
    re.compile(
        rf"\b(?P<d>\d{{1,2}}){_ORD}\s+(?P<m>{_MONTH})\.?,?\s+(?:{_OTHER_ERA}\s*\d{{3,4}}|\d{{3,4}}\s*{_OTHER_ERA})"
        rf"\s*\((?P<y>\d{{4}})\)",
        re.I,
    ),
    # A Gregorian month with a Buddhist Era year alone, as a Thai note is dated ("Chiang Mai, 9 June B.E. 2566"):
    # the Thai solar calendar's days and months are the Gregorian ones, its year BUDDHIST_ERA_OFFSET ahead.
    re.compile(
        rf"\b(?P<d>\d{{1,2}}){_ORD}\s+(?P<m>{_MONTH})\.?,?\s+(?:{BUDDHIST_ERA}\s*(?P<be>\d{{4}})|(?P<be2>\d{{4}})\s*{BUDDHIST_ERA})"
        r"(?!\s*\(\d)",
        re.I,
    ),
    re.compile(
        rf"\b(?P<d>\d{{1,2}}){_ORD}\s*(?:(?:day\s+)?of\s+|de\s+)?(?P<m>{_MONTH})\.?,?\s+(?:de\s+)?(?P<y>\d{{4}})\b",
        re.I,
    ),
    re.compile(rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}})\b", re.I),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    # Not inside a reference number: "No.: S.812/MIN/PPI.2/9/2022" has no date "2/9/2022" (a protocol number
    # may end on its date after a slash: "Prot. No.: 2871/16.10.2023"; but not on a slashed one, "No. 31/7/3/2081",
    # whose figures are the reference's own).
    re.compile(r"(?:(?<![\w./-])|(?<=/)(?!\d{1,2}/))(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})\b"),
    # East Asian order, year first with a full stop after each part ("2026. 3. 10.", "2026.03.10"), as Korean,
    # Chinese and Japanese letters date their dispatch.
    re.compile(r"(?<![\w./-])(?P<y>\d{4})\.\s?(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\b\.?"),
    # The month in Roman numerals ("Valdoria, 3.IV.2002").
    re.compile(ROMAN_MONTH_DATE),
]
_ETHIOPIAN_MONTH = alternation(ETHIOPIAN_MONTH_SPELLINGS)
_ETHIOPIAN_DATE = re.compile(
    rf"\b(?:(?P<d>\d{{1,2}}){_ORD}\s+(?P<m>{_ETHIOPIAN_MONTH})|(?P<m2>{_ETHIOPIAN_MONTH})\s+(?P<d2>\d{{1,2}}){_ORD},?)"
    rf",?\s+(?P<y>{YEAR})\s*{ETHIOPIAN_ERA}"
)
# A date line that names its month and no day, as fact sheets are dated ("Helsinki, February 2024").
_MONTH_LINE = re.compile(rf"^(?:(?P<place>[^\d,]+),\s*)?(?P<date>(?P<m>{_MONTH})\s+(?P<y>\d{{4}}))\.?$", re.I)
# A weekday before a date line's date, named in full or short ("Monday, ", "Tue., "): the calendar table's words.
# Longest first, whole words, ending the field: a place that begins like a weekday keeps its name ("Monrovia", "Sunday Island").
_WEEKDAY_WORDS = alternation(word.lower() for word in WEEKDAY_NAMES + WEEKDAY_ABBREVIATIONS)
_WEEKDAY = re.compile("^(" + _WEEKDAY_WORDS + r")\b\.?(?:,\s*|\s*$)", re.I)
# A weekday after the place ("Paris, Thursday 5 June 2024"): the day's, not the place's.
_TRAILING_WEEKDAY = re.compile(r"[,\s]+(" + _WEEKDAY_WORDS + r")\.?,?$", re.I)
# "Bruxelles, le 21 octobre 2025", "Madrid, a 15 de marzo de 2026", "Roma, lì 3 marzo 2026".
# An Indian D.O. letter's "Thiruvananthapuram, dated 12.02.2019": the word before the date is no place's.
_PLACE_TAIL = re.compile(r"[,\s]+(le|den|am|el|il|on|the|this|a|lì|li|dated)$", re.I)
# A phrase that leads into the date, in any case ("Delivered to the National Assembly on 5th February",
# "FOR THE YEAR ENDED 31 MARCH 2012"): a preposition first or a participle last is no place's.
_DATE_PHRASE = re.compile(
    r"^(for|to|by|as|from|until|since|delivered|presented|tabled|submitted|adopted|answered|replied)\b"
    r"|\b(ended|ending|to)$",
    re.I,
)
# A parliamentary written answer's date line ("Replied on 4 August 2033", "Date of answer: ..."), under the question
# and the day it was put: the answer is the document, so its date dates it, and the minister named right under it,
# over their office ("Deputy Minister, Ministry of Water"), signs it.
_ANSWERED_ON = re.compile(r"^(?:answered|replied|answer\s+given)\s+on\b|^date\s+of\s+(?:the\s+)?answer\b", re.I)
# A date that ends the period a report or account covers, in its title: "for the year ended 31 March 2012".
_PERIOD_END = re.compile(r"\b(?:ended|ending)\s*$", re.I)
# "Published: 15 April 2024" on a press release dates it and names no place; an agreement's closing
# formula ("Done at Brussels, on 24 September 2026", "Signed in Kigali") names its place after the verb.
_DATE_PREFIX = re.compile(
    r"^(date(?:\s*(?:/|and|&)\s*(?:place|venue))?|dated|le|den|on|published|issued|released|updated|posted|"
    r"(?:done|signed)\s+(?:at|in))\b(\s+on\b|(?<=dated)\s+the\b)?\s*:?\s*",
    re.I,
)
# The kind of document set on the date line's left ("NEWS RELEASE          Tallinn, 4 February 2027", "Press
# release, 2 May 2020"), its gap lost in the text: a label, not the place.
_DOCUMENT_KIND_LABEL = re.compile(
    r"^(?:(?:press|news|media)\s+(?:release|statement|advisory|note)|communiqu[ée](?:\s+de\s+presse)?|"
    r"memorandum|note\s+verbale|"
    # a brief's or a fact sheet's kind ("Country brief — Lakeview, 12 May 2033", "FACT SHEET")
    r"(?:project|policy|country|programme|program|press)\s+brief|briefing(?:\s+note)?|fact\s*sheet|"
    r"information\s+note)(?:\s+(?=\S)|[\s,;:]*$)",
    re.I,
)
# An instrument's signing formula under its last article ("Done at Victoria, Mahé, on this 27th day of June 2012,
# in two originals ...", "Signed in duplicate at Kigali on 3 May 2024"): its place and date, in a sentence that
# stays in the text.
_SIGNING_FORMULA = re.compile(
    r"^(?i:done|signed|made)\s+(?:(?i:in)\s+(?i:duplicate|triplicate)\s+)?(?i:at|in)\s+"
    r"(?P<place>[A-Z][^\W\d]*(?:[\s-][A-Z][^\W\d]*){0,2})(?:,\s*[A-Z][^\W\d,]*(?:\s[A-Z][^\W\d,]*)*)?"
    r",?\s+(?:(?i:on)\s+)?(?:(?i:this|the)\s+)?(?=\d)"
)
# A press release's dateline before its first sentence: "LONDON, 15 April 2024 –", "WASHINGTON, DC – May 17, 2023:".
# The city may be in capitals or in title case ("Bern, 30 April 2025 –"), and the dateline in brackets, as
# the UN writes it ("(New York, 26 February 2024) –"). A release from two offices names both cities
# ("Geneva/Kuala Lumpur, 14 October 2026 –"): the first is its place. Some agencies set a bar after the
# city ("GENEVA | 14 July 2026 –").
_DATELINE_WORDS = r"[A-Z](?:[^\W\d_]|['’.\-])+(?:\s[A-Z](?:[^\W\d_]|['’.\-])+){0,2}"
_DATELINE = re.compile(
    rf"^\(?(?P<city>{_DATELINE_WORDS})(?:\s?/\s?{_DATELINE_WORDS})?"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][a-z]+){0,2}))?"
    r"(?:\s*\([A-Z][A-Za-z]{1,11}\))?"
    r"\s*[,–—|-]\s*"
)
# A span of days in a date line ("8–9 October 2025", "8 and 9 October", "October 8-9, 2025"): a meeting's dates.
# Two letters' dates in an exchange's title ("Paramaribo/The Hague, 14 June/3 July 1995") are a span too.
_DAY_RANGE = re.compile(
    r"\b\d{1,2}\s*(?:[–—-]|and|to)\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\b|\b[A-Z][a-z]+\s+\d{1,2}\s*[–—-]\s*\d{1,2},"
    r"|\b\d{1,2}\s+[A-Z][a-z]+\.?\s*[/–—-]\s*\d{1,2}\s+[A-Z][a-z]+\b"
)
# After the date: the agency's acronym in brackets ("Amman, 15 September 2026 (MoPIC) – ..."), then a dash;
# or a full stop and the first sentence ("Geneva (ICRC) – 24 November 2026. The International ...").
# A typewriter sets its dash as two hyphens ("Lome, 3 May 1981 -- The ...")
_DATELINE_END = re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,11}\))?\)?\s*(?:--|[–—:-])\s|\.\s+[A-Z]")
# After an undated dateline's city (and region): a dash, then a sentence's first words.
_UNDATED_DATELINE_TAIL = re.compile(r"(?:,\s*[A-Z][A-Za-z.]{1,12})?\s+[–—-]\s+[A-Z][a-z’']*(?:\s+\S+){4}")
# Capitalised words that open a sentence with a date, not a dateline's city ("On Monday, 5 May 2024 – ...").
_NOT_DATELINE_CITY = frozenset(
    {"on", "today", "yesterday", "tomorrow", "since", "until", "as", "at", "in", "last", "next", "this", "that"}
    | {day.lower() for day in WEEKDAY_NAMES}
    | {month.lower() for month in MONTH_NAMES}
)
# A date in a second calendar: a day, a month of that calendar, a year and its era ("24 Sha'aban 1427 H"), or
# the month first, as English prints the Ethiopian one ("Tir 4, 2016 E.C.").
_OTHER_CALENDAR_DATE = (
    rf"(?:\d{{1,2}}\s+[^\W\d][\w'’ -]*?|[^\W\d][\w'’-]*\s+\d{{1,2}},?)\s+\d{{3,4}}\s*{_OTHER_ERA}(?!\w)"
)
# A date line in a second calendar beside the Gregorian one ("Jeddah, 24 Sha'aban 1427 H", "Kathmandu, 5 Shrawan
# 2081 B.S.", "Addis Ababa, 12 Tir 2016 E.C.").
_OTHER_CALENDAR_LINE = re.compile(rf"^(?P<place>[^\W\d][^\d,]*(?:,\s*[^\W\d][^\d,]*)?),\s*{_OTHER_CALENDAR_DATE}$")
# What joins a second calendar's date to the Gregorian one after it ("..., corresponding to", " / ").
_CORRESPONDING = r"(?:(?i:corresponding|equivalent)\s+to\s*:?|/)"
# A date in a second calendar before the Gregorian one it corresponds to ("12 Rajab 1445 H, corresponding to 24 January
# 2024", "... 1445 H / 24 January 2024"), as an Arab government's instrument is dated: the Gregorian date follows.
_OTHER_CALENDAR_FIRST = re.compile(rf"{_OTHER_CALENDAR_DATE}[,\s]*(?:(?:{_CORRESPONDING}|\()\s*)?")
# The same, ending the text before the Gregorian date: the place stands before it ("Done at Amman on ...").
_OTHER_CALENDAR_BEFORE = re.compile(rf"[,\s]*(?i:on\s+)?{_OTHER_CALENDAR_DATE}[,\s]*{_CORRESPONDING}\s*$")
# The same date in digits before the Gregorian one in brackets ("Hawassa, 14/03/2011 E.C. (23 November 2018)"): the
# place stands before it.
_OTHER_CALENDAR_BEFORE_BRACKET = re.compile(
    rf"[,\s]*(?:\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}\s*{_OTHER_ERA}|{_OTHER_CALENDAR_DATE})\s*\(\s*$"
)
# The same date in brackets after the Gregorian one ("Friday, 3 May 2024 (24 Syawal 1445H)"): a note, no text.
_OTHER_CALENDAR_AFTER = re.compile(rf"^[,\s]*\(\s*{_OTHER_CALENDAR_DATE}\s*\)\.?\s*$")
# The hour a situation report or a statement was issued, after its date ("Jakarta, 16 September 2024, 1800 hrs (UTC+7)",
# "..., 10:30 a.m. EST"): a clock time, no text after the date line's date.
_CLOCK_TAIL = re.compile(
    r"^[,\s]*(?:at\s+)?(?:\d{4}\s*(?:hrs|hours|h)\b|\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?\s*(?:hrs|h|[ap]\.?\s?m\.?)?)"
    r"(?:\s*\(?(?:UTC|GMT)(?:\s*[+−-]\s*\d{1,2}(?::\d{2})?)?\)?|\s+[A-Z]{2,4}\b)?[\s.]*$",
    re.I,
)
# Minutes dated in their heading name the hour and then the room after the date ("Lusaka, 4 May 2021, 10:00 a.m.,
# Conference Room B, Ministry of Health"): a clock time (with its colon or its a.m./p.m.), then a venue of a few
# words and no sentence; the venue is no part of the date line.
_CLOCK_THEN_VENUE = re.compile(
    r"(?P<clock>,\s*(?:at\s+)?\d{1,2}(?::\d{2}(?:\s*[-–]\s*\d{1,2}:\d{2})?\s*(?:hrs|h|[ap]\.?\s?m\.?)?"
    r"|[.]\d{2}\s*(?:hrs|h|[ap]\.?\s?m\.?)))"
    r"\s*[,;–—-]\s*(?P<venue>[A-Z][^.!?:;]*?(?:\s+\S+){0,11})\s*$"
)
# A metropolitan area after an address's postal code ("1550 Metro Manila", "Greater Accra"), not a city itself; and
# the address's part that names itself a city ("Riverton City").
_METRO_AREA = re.compile(r"^(?:metro|greater|metropolitan)\s", re.I)
_NAMED_CITY = re.compile(r"\s(?i:city)$")
# A header grid's label over its date cell ("Date", "Datum", "Our date").
_GRID_DATE_LABEL = re.compile(r"(?:(?:our|your)\s+)?(?:date|dated|datum|fecha|data)\.?:?", re.I)
# A venue's last part naming its room ("..., Graz, room 2.117"): the city comes before it.
_ROOM_PART = re.compile(r",\s*(?:room|hall|floor|salle|raum|sala)\b[^,]*$", re.I)
# A record's line announcing its next meeting ("Following session: 3.11.2031"): a later day, not the record's date.
_NEXT_MEETING = re.compile(r"^\W*(?:date\s+of\s+(?:the\s+)?)?next\s+(?:meeting|session|sitting)\b", re.I)
# A meeting record's own title line ("MINUTES No. 07-2019 - ORDINARY SESSION", "Minutes of the 3rd meeting").
_RECORD_TITLE = re.compile(r"^\s*(?:(?:summary|draft|approved)\s+)?minutes\b", re.I)
# A footnote under a letter opens with its mark ("* Of which ...", "† Includes ...").
_FOOTNOTE = re.compile(r"\s*[*†‡]")
# A postal code after a letterhead's city: Canadian "K1A 0G2", British "SW1A 2AH", Irish "D02 VY53" (Eircode).
_POSTAL_CODE = re.compile(
    r",?\s+(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d{2}\s?[A-Z\d]{4})$"
)
# A city's postal district after its name: "Dublin 2", "Dublin 6W"; a three-digit postal code ("Antananarivo 101").
_POSTAL_DISTRICT = re.compile(r"(?<=[a-z])\s+\d{1,3}[A-Z]?$")
# A number of four to six digits after a letterhead's city: US "Washington, D.C. 20523", "Wellington 6160", "Almaty 050010"
# (a year is not a postal code; "Postbus 20018" is no place, by _NOT_A_PLACE).
# Japan's "710-8565" is one too; South Asia joins the code to the city by a hyphen ("Dhaka-1212", "Kathmandu-44600").
_TRAILING_POSTAL_NUMBER = re.compile(r"(?:\s+|(?<=[A-Za-z])-)(?P<code>\d{4,6}|\d{3}(?=-\d{4}$))(?:-\d{4})?$")
# An address line's last field, a city and its postal number ("..., Dhaka-1212", "..., Amman 11814").
_CITY_THEN_POSTAL_NUMBER = re.compile(r",\s*[A-Z][^\W\d_][\w'’ .]*?(?:\s+|-)(?!(?:1[89]|20)\d\d\b)\d{4,6}$")
# A building's name, then its city ("Harbour House, Port Mathurin", "Lotus Bhawan, Riverton").
_PREMISES_THEN_CITY = re.compile(rf"^[^,]*\b(?:{alternation(BUILDING_WORDS)}),\s*[^,\d]+$")
# A street's number and name, then a comma and the city: "6 Harbour Avenue, Riverton City".
_STREET_THEN_CITY = re.compile(
    r"^\d+[A-Za-z]?\s+[^,]*\b(?:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|lane|drive|highway|square)"
    r",\s*[^,\d]+$",
    re.I,
)
# A street's number and name, then the city without a comma, as a typed letterhead spaces them ("12 Quay Road  Lakeview").
_STREET_THEN_BARE_CITY = re.compile(
    rf"^\d+[A-Za-z]?\s+[^,]*\b(?i:{alternation(STREET_WORDS)})\s+(?P<city>[A-Z][^\d,]*)$"
)
# A US address's state code between its city and ZIP code ("Seattle, WA 98109", "Washington, DC 20004"): the
# letterhead's city is the place, as DIGEST.md's "THE WHITE HOUSE / WASHINGTON" -> "Washington".
_US_STATE_CODE = re.compile(r",\s*(?:[A-Z]{2}|D\.\s?C\.)$")
# A person's name with an initial in it ("MARY K. DOE"), as a governor's letterhead prints its officers' names.
_NAME_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.\s+[A-Z][^\W\d_]+")
# A region's or district's dotted abbreviation after a country or a city ("Barbados W.I.", the West Indies;
# "Asunción, D.C.", the Capital District; "México, D.F."): no part of the country's or the place's name.
_DOTTED_REGION = re.compile(r",?\s+(?:[A-Z]\.){2,}$")
# An address ending in its district, a slash and its province's city ("Sok. 9, 35220 Alsancak / IZMIR").
_DISTRICT_THEN_CITY = re.compile(r",\s*(?:\d{4,6}\s+)?[^\W\d][^,/\d]*?\s/\s*(?P<city>[^\W\d][^,/\d]*)$")
# A post office box (in any language of reference/post_boxes.tsv: "Caixa Postal 1406, Maputo") and its city, as much of Africa and Asia addresses a ministry ("P.O. Box 40668-00100, Nairobi"),
# the comma left out before a city in capitals ("P.O. Box 512 LILONGWE"); a street may come first where a
# letterhead's column runs its lines together ("Kings Road P.O. Box 77 MBABANE").
_PO_BOX_CITY = re.compile(
    rf"(?:^|(?<=\s))(?:{post_box_words()})\s+[A-Z]?[\d\s–-]+?(?:,\s*|\s+(?-i:(?=[A-Z]{{3,}}[A-Z ]*$)))"
    r"(?P<city>[A-Z][^\d,]*?)(?:,\s*\d{3,5})?$",
    re.I,
)
# A line of an address: a post office box, a private bag or a street ("P.O. Box 12", "Private Bag 7", "Postfach 40",
# "Quay Road").
_ADDRESS_LINE = re.compile(rf"(?<!\w)(?:{post_box_words()}|(?:{alternation(STREET_WORDS)}))(?!\w)", re.I)
# A country's name after a city's postal district, without a comma ("Riverton 4 EXAMPLIA").
_DISTRICT_THEN_COUNTRY = re.compile(r"(?<=[a-z])\s+\d{1,3}(?P<country>\s+[^\W\d][^\d,]*?)\s*$")
# A country after an address's city and a dash ("P.O. Box 58, Kigali 250 - Rwanda"), as a comma sets it elsewhere.
_DASHED_COUNTRY = re.compile(r"\s+[-–—]\s+(?P<country>[^\W\d][^\d,|–—-]*?)\s*$")
# A letterhead's contact field set on its address line's right, its gap lost in the text ("Washington, D.C. 20433
# Cable Address: INDEVAS", "Rue de la Loi 200 Tel.: +32 2 ..."): no part of the address.
# A dash may set the field off ("4410 Lakeview - Tel. 123").
_CONTACT_FIELD = re.compile(rf"\s+(?:[-–—]\s+)?(?i:(?:{CONTACT_WORDS}|cable(?:\s+address)?)\s?[.:]).*$")
# A brand's name that capitalises a later letter, as an office line may open with it ("eLankidetza", "iGov").
_CAMEL_CASE = re.compile(r"^[a-z]{1,2}[A-Z]")
# India's PIN printed in two groups of three right after a letterhead's city, with no dash ("Hillnagar 560 104").
_SPACED_PIN_AFTER_CITY = re.compile(r"(?<=[A-Za-z])\s+\d{3}\s\d{3}\.?$")
# A postal code before the city, as most of Europe writes it: "Rijnstraat 8, 2515 XP The Hague", "3003 Bern".
_POSTAL_CODE_CITY = re.compile(rf"(?:^|,\s*){POSTAL_CODE_BEFORE_CITY}$")
# An address that opens with its postal code, then its city, then its street ("443010, Ozerny, 5 Birch St."), as
# the former Soviet states write one; and a cell of its own holding a city, its state and a ZIP code ("Duluth,
# Minnesota 55802"), as American letterheads set the address's parts side by side.
_POSTAL_CODE_FIRST = re.compile(r"^\d{5,6},\s*(?P<city>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?),")
_CITY_STATE_ZIP = re.compile(
    r"^(?P<city>[A-Z][^\W\d_.]*\.?(?:[ -][A-Z][^\W\d_]+){0,2}),[ \t]+"
    r"(?P<state>[A-Z][^\W\d_]+(?:[ \t](?:of[ \t])?[A-Z][^\W\d_]+){0,2})[ \t]+\d{5}(?:-\d{4})?$"
)
# A dateline's region this short is an abbreviation kept in capitals ("DC", "D.C.", "NSW").
MAX_REGION_ABBREVIATION = 4

# Greetings in other languages that open a letter written in English: Samoan and Tuvaluan, Māori, Fijian, Tongan,
# Cook Islands Māori, Hawaiian, Arabic, Swahili, Hindi.
_LANGUAGE_GREETINGS = r"talofa|bula|aloha|salaa?m|jambo|namaste"
# The same, phrases of two words or more, which open no name or title: a letter may set them without a comma ("tēnā
# koe" is the Māori formal greeting to one person, "Tēnā kōrua" to two, "tēnā koutou" to many).
_LANGUAGE_GREETING_PHRASES = (
    r"talofa\s+lava|kia\s+ora|bula\s+vinaka|m[aā]l[oō]\s+e\s+lelei|kia\s+orana|t[eē]n[aā]\s+k(?:oe|[oō]rua|outou)"
)
_SALUTATION = re.compile(
    r"^(dear|my dear|dearest|to whom it may concern|your excellenc(y|ies)|excellenc(y|ies)|"
    r"ladies and gentlemen|dear sir or madam|sirs?|madam|hello|hi|greetings|"
    r"(mr\.?|madam|madame) (president|chair|chairman|chairwoman|chairperson|speaker|secretary)|"
    r"monsieur|madame|mesdames|sehr geehrte|"
    # "Distinguished Minister:", "Esteemed Colleagues,": the address of a role, as letters translated write it
    r"(distinguished|esteemed|respected)\s+(minister|ministers|colleagues?|ambassadors?|secretary|director|members?|sirs?|madam)|"
    # "Honourable Ministers,": the address of a role, not a name ("The Honourable Jane Roe" is a recipient)
    # "Hon'ble Madam Speaker," as South Asian parliaments abbreviate it
    r"(honou?rable|hon['’]ble)\s+((madam|mr\.?|sir)\s+)?(ministers?|members?|colleagues|delegates|chair(man|woman|person)?|speaker|president)|"
    # "Honourable Deputy Commissioner,": an office alone, closed by its comma or colon (a line that goes on names the
    # addressee: "Honourable Secretary of State" over its department)
    r"(honou?rable|hon['’]ble)\s+((under|deputy|vice|state)[\s-]+)?(secretary|governor|commissioner|mayor|ambassador)"
    r"(?=\s*[,:]\s*$)|"
    # "Colleagues,", "All,": a covering note's or an e-mail's address to its readers alone, closed by its comma
    r"(colleagues|friends|all|team)(?=\s*[,:]\s*$)|"
    # "My fellow Americans,", "Fellow citizens:": an address to the nation, closed by its comma, colon or "!"
    r"(my\s+)?(dear\s+)?fellow\s+[^\W\d_]+(\s+and\s+[^\W\d_]+)?(?=\s*[,:!]\s*$)|"
    # A greeting in the addressee's language before the name, closed by its comma ("Kia ora Aroha,", "Bula
    # Minister,", "Salaam Director,"), as a letter in English opens to a Pacific, Arab or East African reader; at most
    # four words after it, as a longer line that opens with the word names something ("Aloha ... and ... Lines,")
    rf"({_LANGUAGE_GREETING_PHRASES})(?=(?:\s+[^\W\d_][\w.'’-]*){{0,4}}\s*[,:!]?\s*$)|"
    rf"({_LANGUAGE_GREETINGS})(?=(?:\s+[^\W\d_][\w.'’-]*){{0,4}}\s*[,:!]\s*$))\b",
    re.I,
)
# "Minister,", "Prime Minister:": a role alone, closed by its comma or colon, as letters translated from French
# ("Monsieur le Ministre,") and Spanish ("Señor Ministro:") address the recipient.
# "Mr. Minister,", "Madam State Secretary:": the role after a form of address, as French ("Monsieur le Ministre")
# and German ("Herr Staatssekretär") letters translate it.
_ROLE_SALUTATION = re.compile(
    r"(?:(?:mr\.?|mister|madam|madame)\s+(?:(?:state|deputy|vice|high|under)[\s-]+)?"
    # "Mr. Commissioner General:", "Madam Representative,": the office a Spanish letter names ("Señora Comisionada
    # General"), with the "general" or "adjunct" that grades it after
    r"(?:minister|secretary|ambassador|commissioner|governor|director|mayor|coordinator|representative|administrator)"
    r"(?:[\s-]+(?:general|adjunct))?\s*[,:]|"
    r"(?:(?:prime\s+)?minister|ambassador|president|commissioner|governor|secretary-general|director-general)\s*[,:])",
    re.I,
)
_CLOSING = re.compile(
    r"^(yours (sincerely|faithfully|truly|respectfully|ever|cordially)|"
    r"(very |most )?(sincerely|truly|respectfully|cordially|faithfully) yours|"
    r"sincerely|respectfully|cordially|"
    r"(with )?((my|our) )?(very )?(kind|kindest|best|warm|warmest|warm personal|sincere|cordial) regards|regards|"
    r"(with )?((my|our) )?(very )?(best|kind|warm|warmest|all good) wishes|best wishes|all the best|yours|"
    r"(with )?(my )?(highest|warmest|deepest) (consideration|respect|esteem)|"
    # "With respect and gratitude,", "With deep appreciation,": a close of thanks
    r"with ((my|our) )?(deep |great |sincere |warm )?(respect|gratitude|appreciation|thanks)"
    r"( and (respect|gratitude|appreciation|thanks|(best |warm )?(regards|wishes)))?|"
    r"(with|in) (warm |sincere |great |deep |lasting |personal )?friendship|"
    # "Nāku noa, nā" ("yours sincerely"), as New Zealand's government closes letters in Māori
    r"n[āa]ku\s+(iti\s+)?noa,?\s+n[āa]|"
    # "Wassalamu Alaikum" ("and peace be upon you"), as letters from the Muslim world close, with its blessings after
    r"wa\s?s?salam(?:u)?(?:\s+['’]?alaikum(?:\s+wa\s?rahmatullahi(?:\s+wa\s?barakatuh)?)?)?|"
    r"veuillez agréer.*|mit freundlichen grüßen|((très|bien)\s+)?amicalement|cordialement|"
    r"bien à (vous|toi)|atentamente|distinti saluti)$",
    re.I,
)
# An e-mail's close, with its comma ("Cheers,", "Many thanks,"): without it, a line of thanks closes a paragraph.
_EMAIL_CLOSING = re.compile(r"^(?:cheers|best|(?:many\s+)?thanks(?:\s+again)?|thank\s+you(?:\s+again)?),$", re.I)
# A transcriber's note before a line written by hand: "[handwritten:]", "(in manuscript)", "[manuscript]".
_HAND_NOTE = re.compile(
    r"^[\[(]\s*(?:hand-?written|in\s+(?:hand|manuscript)|manuscript|autograph)\b[^\])]*[\])]\s*:?\s*", re.I
)
# A line that describes a signature instead of being text: "[signature]", "A handwritten signature ...".
_SIGNATURE_DESCRIPTION = re.compile(
    r"^\W*(\[.*signature.*\]|\(.*signature.*\)|.*\b(signatures?|signed|unsigned)\b.*)$", re.I
)
# A description in prose opens with the signature it describes ("Two handwritten signatures side by side"),
# unlike a sentence of the text that mentions an agreement signed.
_SIGNATURE_PROSE = re.compile(r"^\W*((a|an|one|two|three|the)\s+)?([\w-]+\s+){0,2}signatures?\b", re.I)
# A salutation that addresses a body: "TO THE CONGRESS OF THE UNITED STATES:", "To the Members of the Council:".
# "To view the letter, visit:" is an instruction: after "To (the)" comes a capital, and no comma before the colon.
_LINK = re.compile(r"https?://|\bwww\.", re.I)
# A transcriber's note that a signer's place was left blank ("[not signed]", "(unsigned copy)").
_NOT_SIGNED = re.compile(r"^\W*[\[(].*\b(?:not\s+signed|unsigned)\b", re.I)
# A memorandum's addressee field ("TO: The Chairman ..."), the line over its "FROM:" field.
_MEMO_TO_LINE = re.compile(r"^to\s*:", re.I)
MAX_TO_FIELD_LINES = 4  # a memo's or a fax's "TO:" field: the addressee's office, body, city and fax number
# The heading of a text that is spoken, naming its speaker after "by": "KEYNOTE ADDRESS BY THE GOVERNOR",
# "Opening remarks by H.E. Mr. Jan Roe", "Intervention delivered by the Minister". A presentation's is no speech
# signed: minutes list who presented what.
_SPEECH_HEADING = re.compile(
    r"^(?:(?:special|opening|closing|keynote|welcome|welcoming)\s+)?"
    r"(?:statement|speech|address|remarks|intervention)\s+(?:delivered\s+|made\s+)?by\b\s*(?P<rest>.*)$",
    re.I,
)
_DELIVERED_BY = re.compile(r"^(?:as\s+)?delivered\s+by\s+(?P<rest>\S.*)$", re.I)
# A minister's honorific before the name heading a release ("THE HON. JANE ROE MP", "Senator the Hon. Jo Roe").
_ISSUER_HONORIFIC = re.compile(r"^\s*(?:senator\s+)?(?:the\s+)?(?:rt\.?\s+)?(?:hon\.|honou?rable)\s+\S", re.I)
SPEAKER_LINES = 2  # the speaker's name is in the heading or on one of the lines right under it (office, then name)
# A memorandum's fields: its date's, and its parties' ("TO:", "FROM:", "THROUGH:").
_MEMO_DATE_FIELD = re.compile(r"^date\s*:", re.I)
_MEMO_PARTY_FIELD = re.compile(r"^(?:to|from|through|via|attn|attention)\s*:", re.I)
# A memorandum's "FROM:" field and its last word, which signs it when it is a signature mark (signature_mark's:
# "FROM: Director, Jane Roe /s/").
# The mark may carry the signer's initials after it ("FROM: Head of Unit C3, Lena Ortiz /s/ LO").
_MEMO_FROM_TAIL = re.compile(r"^from\s*:\s*(?P<value>.+?)\s+(?P<mark>\S+)(?:\s+(?-i:[A-Z]{2,4}))?$", re.I)
_MEMO_FROM = re.compile(r"^from\s*:\s*(?P<value>.+)$", re.I)
# A memorandum's field label alone, as a PDF sets it in a column of labels left of their values ("SUBJECT:", "To:").
_MEMO_FIELD_LABEL = re.compile(rf"(?:(?:to|from|through|via|attn|attention|date|cc)\s*:|{SUBJECT_LABEL})", re.I)
_ADDRESSED_TO = re.compile(r"^(?i:to)\s+((?i:the)\s+)?[A-Z][^,:]*:$")
# A long diplomatic close: "Kindly receive, Honourable Minister, the renewed expression of my regard.", its
# praise doubled in Spanish and Portuguese usage ("the sentiments of our deepest and most distinguished esteem").
_FORMAL_CLOSING_START = re.compile(
    r"^((please\s+)?(accept|receive)\b|(i|we)\s+(avail|take|remain|renew)\b|(the|this)\b[^.;:]{1,80}?\b(avails|takes)\s+(itself|this)\b)",
    re.I,
)
_FORMAL_CLOSING_END = re.compile(
    r"\b(assurances?|expression|sentiments?)\s+of\s+(my|our|its|his|her|their)\s+(very\s+)?"
    r"(?:(?:very\s+|most\s+)?(?:highest|high|distinguished|deepest|profound)(?:,?\s+and\s+|\s+))+"
    r"(consideration|esteem|respect)$",
    re.I,
)
DEFAULT_MAX_FORMAL_CLOSING_WORDS = 40
# The full stop of a title or an initial ends no sentence: "Please accept, Mr. Roe, the assurances of ...".
_ABBREVIATION_STOP = re.compile(r"\b(?i:Mr|Mrs|Ms|Dr|Prof|Amb|Hon|Sr|Jr|St)\.|\b(?:[A-Z]\.)+")
# A mark that stands for a signature and may precede the name: "(Signed)", "/s/ Jane Roe", "Signed: J. Roe",
# "p.p. Jane Roe" (signed for another: the name written is the signer's), and the marks of French, Spanish and
# German copies: "(sé) Jean Roe", "(signé)", "Fdo.: Juan Roe", "gez. Hans Roe", and a transcriber's mark in the
# copy's language ("[firmado]", "[assinado]", "[Unterschrift]").
_SIGNED_MARK = re.compile(
    # "[signature] Jane ROE": a transcriber's mark for the signature, then the typed name on the same line
    r"^(\(\s*(signed|sgd\.?|s[ée]|sign[ée]e?|fdo\.?|firmad[oa]|firma|assinad[oa]|assinatura|gez\.?|sd/-|sd\.)\s*\)|"
    r"\[\s*(signed|sgd\.?|signature|sign[ée]e?|firmad[oa]|firma|assinad[oa]|assinatura|gez\.?|unterschrift)\s*\]|/s/|"
    r"(signed(\s+by)?|sgd\.?|sign[ée]e?|fdo\.?)\s*[:,]|(signed|sgd\.?)(?=\s*$)|gez\.(?=\s+\S)|"
    # "Sd/-", also in brackets ("(Sd/-)"): a South Asian office copy's mark in place of the signature, the typed
    # name after it or under it
    r"p\.\s?p\.(?=\s+\S)|sd/-)\s*",
    re.I,
)
# Leading honorifics and titles of a signatory: "H.E. Mr", "The Rt Hon", "Amb.", "Dr.", "Baroness", also
# in brackets after another ("HON. (DR.) JANE DOE").
_HONORIFIC = re.compile(
    r"^\(?((the\s+)?(right\s+honou?rable|rt\.?\s+hon\.?|most\s+honou?rable|honou?rable|hon)|"
    r"(?-i:H\.\s?E\.|HE|S\.\s?E\.)|(his|her)\s+(excellency|majesty|royal\s+highness)|excellency|"
    r"mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|baroness|baron|viscount|earl|"
    r"amb|ambassador|senator|sen|rep|representative|congressman|congresswoman|"
    r"mme|madame|monsieur|herr|frau|dott|dott\.ssa|sra|sig|rev|reverend|gen|col|"
    # an engineer's degree as Indonesia and the Netherlands write it before the name ("Dr. Ir. Jane Doe"),
    # and the Indian courtesy titles ("Shri", "Smt."); the professional titles Latin America and the Philippines
    # set before a signer's name ("Lic.", "Licda.", "Ing.", "Arq.", "Atty.")
    # and Italy's ("Avv." an advocate, "Geom." a surveyor, "Rag." an accountant), and the engineer's "Eng." that
    # English letters of the Arab states and Latin America write, only with its stop ("Eng Hock" is a given name)
    # and Malaysia's and Brunei's federal and state titles and the pilgrim's ("Tan Sri Dato' Haji Jane Roe")
    r"ir|shri|smt|lic|licda|ing|arq|atty|avv|geom|rag|eng(?=\.)|"
    r"tan\s+sri|puan\s+sri|datuk\s+seri|dato['’]?\s+seri|dato['’]?\s+sri|dato['’]?|datuk|datin|haji|hajah)\.?\)?\s+(?=\S)",
    re.I,
)
# Post-nominal letters after a name: "P.C.", "M.P.", "QC", "OBE", "PhD" (not "Jr." or "III", part of a name).
_POST_NOMINAL = re.compile(
    r"^((?:[A-Z]\.){1,5}|[A-Z]{2,6}|Ph\.?\s?D\.?|D\.?Phil\.?|M\.?(?:Sc|Eng|Phil|Ed|Econ|Com)\.?|LL\.?[MB]\.?|MBA|Hon\.?)$"
)
_NOT_POST_NOMINAL = re.compile(r"^([IVX]+|Jr\.?|Sr\.?)$", re.I)
_POST_NOMINAL_BARE = {  # after a name without a comma: "Keir Starmer KCB KC MP"
    "MP",
    "MEP",
    "MSP",
    "MLA",
    "QC",
    "KC",
    "PC",
    "KCB",
    "KCMG",
    "GCMG",
    "CMG",
    "OBE",
    "CBE",
    "MBE",
    "KBE",
    "DBE",
    "GBE",
    "PhD",
    "IAS",  # the Indian Administrative Service an officer belongs to: "Jane Doe IAS"
    "IFS",
    "IPS",
}
# A line between the close and the name that says for whom one signs: "For and on behalf of the Government",
# or for which officer ("for Director General of the Agency", "For Minister", as a deputy signs), or "By delegation,".
_ON_BEHALF = re.compile(
    r"^(for\s+and\s+on\s+behalf\s+of|on\s+behalf\s+of|for\s+the|pour\s+le|pour\s+la|im\s+auftrag|by\s+delegation|"
    r"for\s+(?:acting\s+)?(?:director|minister|secretary|president|ambassador|head|commissioner|governor)|"
    # a body named after a lower-case "for" ("for Harbour Trust Bank Ltd"), as banks and firms sign
    r"(?-i:for\s+(?=[A-Z])))\b",
    re.I,
)
_BRACKETED = re.compile(r"^\(([^()]+)\)$")
# A word of three letters or more in capitals in a name otherwise in mixed case: a surname so written.
_SURNAME_IN_CAPITALS = re.compile(r"(?<![\w'’-])(?-i:[A-Z][A-Z'’-]+[A-Z])(?![\w'’.-])")
_TRAILING_HONORIFIC = re.compile(r"\s*\((mr|mrs|ms|miss|mx|dr)\.?\)$", re.I)  # "Jane Roe (Ms)"
_TRAILING_POST_NOMINAL = re.compile(r"\s*\((?P<letters>[A-Z][A-Za-z.]{1,5})\)$")  # "Hon. Jane Roe (MP)"
# A name of initials and a surname closing a line ("... Board E. Roe", "... A.B. Roe-Doe").
_INITIALLED_NAME_END = re.compile(r"\s(?P<name>(?:[A-Z]\.\s?){1,2}[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)$")
_TITLE_WORDS = re.compile(
    r"\b(director|minister|secretary|chair|chairman|chairwoman|chairperson|president|commissioner|ambassador|"
    r"head|officer|manager|coordinator|co-ordinator|representative|envoy|governor|mayor|deputy|chief|counsel|"
    r"adviser|advisor|advisors?|under-secretary|general|member)\b",
    re.I,
)
_OFFICE_OF = re.compile(r"\s(?:of|for)\s")  # "Minister of Energy", "Commissioner for Trade": an office's domain
# A title's prefix before the office's own word ("Vice-Minister", "Vice President"): the title goes on after it.
_VICE_PREFIX = re.compile(r"^vice[-\s]", re.I)
# A list's last item after "and" ("..., Forests and Fisheries"): the end of a body's name, never a city.
_CLOSES_LIST = re.compile(r"\s(?:and|&)\s", re.I)
# Words that make a line next to the date an address, a letterhead or a recipient, not a place.
# A field's label, an inward stamp's word or a record's kind beside a date ("Dated: 2 March 2011", "REGISTERED 9 OCT
# 2019", "Minutes"): no place.
_LABEL_WORDS = r"date|dated|pages?|received|registered|registry|minutes"
_LABEL = re.compile(_LABEL_WORDS, re.I)
_NOT_A_PLACE = re.compile(
    r"\b(ministry|ministère|ministerium|department|office|directorate|commission|council|embassy|agency|secretariat|"
    r"committee|government|republic|kingdom|union|house|street|avenue|road|rue|floor|tel|fax|e-?mail|www|ref|"
    r"reference|subject|re|minister|secretary|president|commissioner|chair(?:man|woman|person)?|director|ambassador|excellency|representative|"
    # an office under a name ("Premier of Queensland", "Mayor of Kurashiki"), never a city
    r"premier|governor|mayor|honou?rable|senator|congress(?:wo)?man|councill?or|deputy|speaker|chancellor|"
    r"mr|mrs|ms|dr|dear|to|from|urgent|confidential|by|sheet|factsheet|release|statement|news|media|press|"
    r"backgrounder|bulletin|administrator|postbus|postfach|box|suite|buildings?|level|room|"
    # a fact sheet's subject under its title ("Korea–Africa Development Cooperation"), never a city
    r"co-?operation|development|partnerships?|relations|programmes?|programs?|assistance|initiatives?|strategy|"
    r"overview|summary|report|update|facility|fund|treasury|brief|briefing|"
    # a library's or a parliament's name in a bilingual letterhead's second language ("BIBLIOTECA DEL SENADO",
    # "LANDTAGSBIBLIOTHEK")
    r"library|biblioth[eè]que|bibliothek|biblioteca|parliament|parlement|parlament|parlamento|"
    # a section's heading under the date ("KEY FIGURES", "Highlights")
    r"figures|facts|highlights|background|contents|introduction|results|key\s+messages|at\s+a\s+glance|"
    r"context|purpose|objectives?|rationale|outcomes?|conclusions?|recommendations?|"
    # a label in capitals before a dash ("NOTE – ..."), not wire copy's city
    r"note|correction|editors?|advisory|embargo(ed)?|breaking|"
    # a parliament's or an account's label with its number ("PARLIAMENTARY QUESTION 21847"), never a city
    r"parliamentary|questions?|answers?|sitting|legislature|speech|budget|financial|year|ended|ending|"
    # the kind of a typed document over its text ("MINUTE", "MEMORANDUM", "TELEGRAM", "Translation"), never a city
    # a field's label, an inward stamp's word or a record's kind beside a date, never a city
    rf"{_LABEL_WORDS}|"
    r"minute|memorandum|memo|telegram|telefax|facsimile|message|cable|despatch|circular|aide-m[ée]moire|translation|letter)\b|[@/\\|:;!?()\[\]]|(?<![A-Z])\.|\d",
    re.I,
)
NAME_PARTICLES = {
    "von",
    "van",
    "der",
    "den",
    "de",
    "del",
    "della",
    "di",
    "da",
    "du",
    "la",
    "le",
    "bin",
    "ibn",
    "al",
    "el",
    "y",
    "e",
    "zu",
    "ten",
    "ter",
}
# A line that opens with one of these goes on the line above it (a wrapped name's end), and is no place.
_WRAP_OPENERS = {"and", "&", "of", "for", "to", "with", "et", "und", "y"}
# "Ain es Nour", "Santa Cruz do Sul", "Mogi das Cruzes": the small words of places' names.
_PLACE_PARTICLES = {
    *("de", "del", "di", "da", "du", "la", "le", "am", "an", "upon", "on", "sur", "en", "im", "of", "the"),
    *("es", "do", "dos", "das"),
}
# The small words between an office's capitalised ones ("Minister of Environment and Forestry").
_OFFICE_SMALL_WORDS = _WRAP_OPENERS | {"the"}
# The small words a body's or a place's capitalised name may hold ("Agency for Trade and Investment").
_NAME_SMALL_WORDS = _PLACE_PARTICLES | {"and", "for"}
# Words that make a short capitalised line a heading or a phrase, not a person's name.
_NOT_NAME_WORDS = {
    "the",
    "a",
    "an",
    "and",
    "or",
    "of",
    "for",
    "in",
    "to",
    "on",
    "at",
    "with",
    "by",
    "from",
    "our",
    "your",
}
# A line that ends in a unit's head noun names the office that issues a text ("Press Service Department"), no person.
_UNIT_NOUNS = (
    r"department|ministry|office|directorate|division|unit|section|service|bureau|secretariat|agency|"
    r"commission|committee|council|embassy|mission|centre|center|"
    # a meeting's or a body's own name over the place and date of its outcomes ("Regional Water Ministers Summit")
    r"meeting|conference|summit|assembly|forum|parliament"
)
_UNIT_NAME = re.compile(rf"\b(?:{_UNIT_NOUNS})$", re.I)
# A body named by its unit's noun and its remit ("Ministry of Fisheries,", "The Embassy of Examplia"): the body that
# issues a note verbale, set over its foot's place and date, is no person who signs.
_BODY_NAME = re.compile(rf"^(?:the\s+)?(?:{_UNIT_NOUNS})\s+(?:of|for)\s", re.I)
# A qualifier in brackets after a title ("Executive Secretary (a.i.)", "Director (Acting)") ends no sentence.
_TITLE_QUALIFIER = re.compile(r"\s*\([^()]{1,12}\)$")
_NOT_A_TITLE = CLOSING_LABEL
# An addressee's line for attention ("Attn.: Ms Jane Roe", "Attention: Director"): the block it is in is the addressee's.
_FOR_ATTENTION = re.compile(r"^(?:attn|attention)\b\.?", re.I)
# The label over a sender's address set at the foot of the page ("Postal address | Visiting address | Phone").
_FOOT_ADDRESS_LABEL = re.compile(r"^(?:postal|office|visiting|street|mailing)\s+address\b", re.I)
# The label of a list of copies or enclosures under a letter: a line of its own, though in lower case; "Copy to"
# may head its list alone on its line, as Nordic government decisions set it; a circular's "Distribution:" lists
# the offices it goes to. Typed letters mark copies with dots and no colon ("c.c.  Chief Engineer", "cc. Audit"):
# in lower case, or set apart by a tab or two spaces; "C.C. Mbeki" with one space is a signer's initials.
_COPY_LINE = re.compile(
    rf"(?:{COPY_LABELS}|encl(?:osures?)?\.?|copy to|distribution(?:\s+list)?)\s*:"
    r"|(?-i:c\.c\.|cc\.)\s|(?:c\.c\.|cc\.)(?:\t| {2})|(?:copy|copies)\s+to\s*$",
    re.I,
)
# The heading over a document a letter carries below its signature, alone on its line ("(Enclosure)", "ANNEX 2",
# "Attachment A", perhaps with a bracketed note beside it: "[Translation]").
_ENCLOSED_HEADING = re.compile(
    rf"^[(\[]?(?:{ENCLOSURE_NOUNS})"
    r"(?:\s+(?:no\.?\s*)?[0-9A-Z]{1,4})?[)\]]?"
    r"(?:\s+[(\[][^()\[\]]{1,30}[)\]])?$",
    re.I,
)
# An enclosed letter greets its reader within this many lines of the heading over it.
ENCLOSED_GREETING_REACH = 12
# A line that cites another document by its reference ("REF.:", "Your ref.", "Ant.:"), and the word that dates
# that document ("... of SUBDERE, dated 14.09.2010"): the date is that document's.
_REFERENCE_LABEL = re.compile(r"^(?:(?:your|our)\s+)?(?:ref(?:erence)?|re|ant|antecedentes?)\.?\s*(?:no\.?\s*)?:", re.I)
# A reference field on a date line's left: its label and a code with a digit or a slash ("Our ref.: 22/4731-3",
# "N° 0512/CAB/89", "Ref: OPM/24/117"); what follows it is the place. Portuguese abbreviates with a raised letter
# ("Ref.ª N.º 305/DNA/2018"). A registry names its number by the kind of record before "No." ("Expediente N° 12",
# "Processo n.º 7/19", as Spanish- and Portuguese-speaking offices file their letters).
_REFERENCE_FIELD = re.compile(
    r"^\s*(?:(?:our|your|my)\s+|(?-i:[A-Z][^\W\d_]+)\s+(?=no\.|n\.?\s?[°º]))?"
    r"(?:ref(?:erence)?\.?ª?|n\.?\s?[°º]|no\.|file)\s*(?:(?:no\.?|n\.?\s?[°º])\s*)?:?\s*"
    r"(?=\S*[\d/])\S+\s+(?P<rest>\S.*)$",
    re.I,
)
# The title of a letter or note circulated as a document ("Letter dated 12 March 2011 from ... addressed to ...",
# "Identical letters dated ...", "Note verbale dated ..."), as the UN sets it over the text; and the sender after it.
_TRANSMITTAL_TITLE = re.compile(r"^(?:identical\s+)?(?:letters?|notes?\s+verbales?|notes?)\s+dated\s+", re.I)
_TRANSMITTAL_SENDER = re.compile(r"^[\s,]*(?:from|addressed)\b", re.I)
# Three spaces or more set apart two fields of a typed line ("Our ref.: 22/417          Oslo, 14 May 2022").
# A reference number after a date line's date, as Baltic and Nordic ministries set it on the same line
# ("Tallinn, 24.01.2017 No 2-4/17-0093", "Riga, 3.05.2018 Nr. 01-5/112"): the sender's file code, no text.
# A code has a slash or a dash, unlike a house number after a comma ("Str. 31 August 1989, nr. 80").
_TRAILING_REFERENCE = re.compile(
    r"^\s+(?:(?:our|your)\s+)?(?:ref(?:erence)?\.?|n[°º]|no\.?|nr\.?)\s*:?\s*"
    # the code may hold a bracketed part ("Ref. 15(B)-07/2", as some registries number letters)
    r"(?=(?:\([^()]{1,20}\)|[\w.])*\d[\w.()]*[/-])(?:\([^()]{1,20}\)|[\w./-])+\s*$",
    re.I,
)
_WIDE_GAP = re.compile(r"\s{3,}")
_SUBJECT_LINE = re.compile(rf"{SUBJECT_LABEL}\s*\S", re.I)
# A sender's file code on a date line's left with no label ("OFI18-00052917 / JMSC 110200 Bogotá D.C.,", as a
# typed line loses its gap in print): codes that hold digits, then the place's words, which hold none.
# A registry's code may open with letter groups in capitals, alone or joined by "-" or "_" ("SEC-X PROT 2031/118
# Lakeview,").
_CODE_THEN_PLACE = re.compile(
    r"^(?:(?:[A-Z]+(?:[-_][A-Z]+)+|[A-Z]{2,})\s+)*(?:\S*\d\S*\s+(?:[/|]\s+)?(?:[A-Z]{2,}\s+)?)+(?P<place>[^\d\s/|][^\d/|]*)$"
)
_CITED_DATE = re.compile(r"\b(?:dated|of|from|de\s+fecha|del|du|vom)\s*$", re.I)
# A short note in brackets after a date line's date: another era's year ("(Heisei 23)"), a weekday ("(Monday)").
_BRACKETED_NOTE = re.compile(r"^\s*\((?:[^\W\d][\w.'’-]*)(?:\s+[\w.'’-]+){0,3}\)\.?\s*$")
# A line that breaks off inside a phrase, after a small word: the line under it wraps the same sentence or name.
_ENDS_MID_PHRASE = re.compile(r"\b(?i:the|of|and|by|for|to|in|at|on|a|an|with|from|de|del|la|le|et|y|und|der|des)$")
# A seal, a stamp or initials standing for a signature: "[seal]", "(Round seal: ...", "(initialled) J.K.".
# "By:" (or "By (signed)", "By /s/", "By ____") under the body's name: a body signs through its officer, whose name
# follows; the line above is the body signed for, not the signer.
_SIGNED_BY = re.compile(r"^By(?:\s*:\s*|\s*$|\s+(?=[(\[/_]))")
_SEAL_MARK = re.compile(r"^\W*[\[(]\s*(?:[\w-]+\s+){0,2}(?:seal|stamp|initiall?ed|initials)\b", re.I)
# An official motto closing a letter, two short sentences in capitals ("SUFRAGIO EFECTIVO. NO REELECCIÓN.").
# Each sentence of two words or more, no comma: "Dr. Ir. Jane Roe, M.Sc." is none.
_MOTTO = re.compile(r"^(?:[^\W\d_][^.!?\d,]*?\s[^.!?\d,]+[.!]\s+){1,3}[^\W\d_][^.!?\d,]*?\s[^.!?\d,]+[.!]$")
# A telegram's date-time group: its precedence, day, hour and minute in UTC ("Z"), month and two-digit year
# ("R 081432Z MAY 00"); and its sender's line ("FM AMEMBASSY MAPUTO", "FM SECSTATE WASHDC").
_DATE_TIME_GROUP = re.compile(r"^(?:[ROPZ]|OO|ZZ)\s+(?P<dtg>(?P<d>\d{2})\d{4}Z\s+(?P<m>[A-Z]{3})\s+(?P<y>\d{2}))$")
_CABLE_FROM = re.compile(r"^FM\s+(?:(?P<mission>AMEMBASSY|AMCONSUL|AMCONSULATE|AMEMB)\s+)?(?P<post>[A-Z][A-Z ]+)$")
CABLE_CENTURY_PIVOT = 50  # a telegram's two-digit year at or above this is of the 1900s
CABLE_POSTS = {"WASHDC": "Washington"}  # a post's cable name that is not its city's
# A security marking heading and closing a telegram's pages.
_CLASSIFICATION = re.compile(
    r"^(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE|SENSITIVE BUT UNCLASSIFIED|NNNN)$"
)
# The marks an e-mail client sets over the message a reply quotes.
MIN_TABLE_ROWS = 2  # a table written as text has at least a header and a row, or two rows
_TERMINAL = re.compile(r"[.!?:;]['\"’”»)\]]*\s*$")


class PagePlaces:
    """The places the compiled reader wrote a page's lines in, a row a place, as arrays: the boxes (rounded when the
    line map first asks) and the bold and italic flags (bool); each line written in them holds where its own start."""

    __slots__ = ("boxes", "bold", "italic")

    def __init__(self, boxes: RoundedLater, bold, italic) -> None:
        self.boxes, self.bold, self.italic = boxes, bold, italic


@dataclass
class RawLine:
    """One line of text (or an image) as read, with what the body assembly needs to map it back."""

    text: str
    page: int = 0
    bbox: Optional[tuple[float, float, float, float]] = None  # x0, top, x1, bottom
    char_x0: list[float] = field(default_factory=list)
    char_x1: list[float] = field(default_factory=list)
    bold: list[bool] = field(default_factory=list)
    italic: list[bool] = field(default_factory=list)
    size: float = 0.0
    is_image: bool = False
    frame: Optional[tuple[float, float, float, float]] = None  # bbox turned upright, for rotated text
    row: bool = False  # a table row whose cells the reader joined by CELL_SEPARATOR
    wraps: bool = False  # the next line goes on this one: it was wrapped at the text's right margin
    pieces: list["RawLine"] = field(default_factory=list)  # the printed lines a wrapped line was joined from
    piece_chars: list[int] = field(default_factory=list)  # how many chars of text each piece gives (char_boxes)
    # (page, first): the line's places are its page's from [first] on (char_x0 and char_x1 rounded to the hundredth
    # in page.boxes.byte_views(), the bold and italic flags in page.bold and page.italic), where the reader writes a
    # page's places at once (char_columns); None: assemble takes the lists and rounds them. Never copied to a new line.
    places: Optional[tuple[PagePlaces, int]] = field(default=None, compare=False, repr=False)

    @property
    def box(self) -> tuple[float, float, float, float]:
        """The line's box in reading order coordinates (x0, top, x1, bottom)."""
        return self.frame or self.bbox or (0.0, 0.0, 0.0, 0.0)


@dataclass
class Block:
    """A paragraph (or an image): consecutive lines that belong together."""

    lines: list[RawLine]

    @property
    def is_image(self) -> bool:
        """True for a block that stands for an image."""
        return all(line.is_image for line in self.lines)

    @property
    def text(self) -> str:
        """The block's lines joined by spaces (no hyphen handling: for tests of structure)."""
        return " ".join(line.text for line in self.lines if not line.is_image)


def parse_date(text: str) -> Optional[tuple[dt.date, int, int]]:
    """Find a full calendar date in text: (date, start, end) of the first one, or None."""
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = groups["m"]
            month_number = (
                int(month)
                if month.isdigit()
                else ROMAN_MONTH_NUMBERS.get(month) or _MONTHS.get(month.lower().rstrip("."))
            )
            buddhist = groups.get("be") or groups.get("be2")
            day = int(groups["d"])
            year = int(buddhist) - BUDDHIST_ERA_OFFSET if buddhist else int(groups["y"])
            if month_number and month.isdigit() and month_number > 12 and day <= 12:
                day, month_number = month_number, day  # 10/21/2025: month first
            if not month_number or not YEAR_MIN <= year <= YEAR_MAX:
                continue
            try:
                return dt.date(year, month_number, day), match.start(), match.end()
            except ValueError:
                continue
    # A date in the Ethiopian calendar alone ("Date: Tir 10, 2014 E.C."): its Gregorian day.
    for match in _ETHIOPIAN_DATE.finditer(text):
        month = ETHIOPIAN_MONTH_NUMBERS[(match["m"] or match["m2"]).lower()]
        day = ethiopian_to_gregorian(int(match["y"]), month, int(match["d"] or match["d2"]))
        if day and YEAR_MIN <= day.year <= YEAR_MAX:
            return day, match.start(), match.end()
    return None


def parse_date_line(text: str) -> Optional[tuple[Optional[str], dt.date, str]]:
    """Read a place-and-date line ("Brussels, 21 October 2025"): (place, date, date text) or None."""
    text = text.strip()
    if _NEXT_MEETING.match(text):
        return None
    venue = _CLOCK_THEN_VENUE.search(text)
    venue_city = None
    if venue and parse_date(text[: venue.start()]):
        # "..., 12 May 2021, 9:00 a.m., Room 4": the date line ends at the hour; a city in the venue is its place
        venue_city = _venue_city(_ROOM_PART.sub("", venue["venue"]))
        text = text[: venue.end("clock")]
    if not text or len(text.split()) > DEFAULT_MAX_DATE_LINE_WORDS:
        return None
    found = parse_date(text)
    if not found:
        return None
    date, start, end = found
    # "Status as of 30 September 2014 | Issued: Thimphu, 10 October 2014": the field that issues the text dates it.
    fields = text.split("|")
    if len(fields) > 1 and len(text[end:].strip(" .,;")) > 0 and _DATE_PREFIX.match(fields[-1].strip()):
        return parse_date_line(fields[-1])
    if _cites_dated_document(text):
        return None  # "REF.: Note No. 33 of the Ministry, dated 14.09.2010": the answered document's date
    # "Date of publication: 2076/04/02 (18 July 2019)": the Gregorian date, in brackets after another calendar's, ends it;
    # "28 February 2011 (Heisei 23)": a short note in brackets after the date (the year in another era) is no text.
    bracketed = (text[:start].rstrip().endswith("(") and text[end:].strip(" .,;") == ")") or bool(
        _BRACKETED_NOTE.match(text[end:]) or _OTHER_CALENDAR_AFTER.match(text[end:])
    )
    tail = text[end:]
    before = text[:start]
    other_calendar = (_OTHER_CALENDAR_BEFORE_BRACKET if bracketed else _OTHER_CALENDAR_BEFORE).search(before)
    before = before[: other_calendar.start()] if other_calendar else before
    if tail.strip(" .,;") and not bracketed and not _CLOCK_TAIL.match(tail) and not _TRAILING_REFERENCE.match(tail):
        return None
    # A pipe separates a line's fields ("FACT SHEET | Updated 30 June 2025"): only the date's own field may hold its place.
    # A label before a colon ("Laid on the Table: Wednesday, 25th November, 2026") is no place: one follows it.
    place = _DATE_PREFIX.sub("", _date_field(before).split("|")[-1].split(":")[-1].strip())
    place = _DOCUMENT_KIND_LABEL.sub("", place)
    # "(12 October 2031)" under another calendar's date: the bracket is no place
    place = _TRAILING_WEEKDAY.sub("", _WEEKDAY.sub("", place)).strip(" ,;:-–—(")
    place = _PLACE_TAIL.sub("", place).strip(" ,;:-–—") or _place_field(before)
    coded = _CODE_THEN_PLACE.match(place)
    if coded and _is_place(coded["place"]) and _words(coded["place"]) <= DEFAULT_MAX_LETTERHEAD_PLACE_WORDS:
        place = coded["place"]  # "OFI18-00052917 / JMSC 110200 Bogotá": a file code without its label, then the place
    if not place or any(ch.isdigit() for ch in place) or len(place.split()) > DEFAULT_MAX_PLACE_WORDS:
        place = None
    elif _reads_as_text(place) or _DATE_PHRASE.search(place) or _LABEL.fullmatch(place):
        place = None  # "Sudan - situation as of 31 May 2024": a phrase before the date, no place
    else:
        # "Suva, Fiji – 4 October 2019", "Asunción, D.C., ...": the city; the country or district is no place
        # (a US state's or D.C.'s code stays, as the US writes its places: "Washington, D.C.")
        place = without_country(place if _US_STATE_CODE.search(place) else _DOTTED_REGION.sub("", place))
    place = place or venue_city
    date_text = text[start:end]
    # Keep a leading weekday with the date it names ("Monday, 3 March 2025").
    weekday = _WEEKDAY.match(text[:start].split(",")[-1].strip() + " ") if start else None
    if weekday and place is None and text[:start].strip(" ,"):
        date_text = text[:end].strip()
    return place, date, date_text


def _date_under_label(label_row: str, row: str) -> Optional[tuple[Optional[str], dt.date, str]]:
    """A header grid's date: the cell under a "Date" label in the row above ("Date | Ref. no." over "2017-03-02 |
    2000-002871", as Nordic and German letters set their reference fields), with no place; else None."""
    labels, cells = label_row.split(CELL_MARK), row.split(CELL_MARK)
    if len(labels) < 2 or len(labels) != len(cells):
        return None
    for label, cell in zip(labels, cells):
        if _GRID_DATE_LABEL.fullmatch(label.strip()):
            found = parse_date_line(cell)
            return (None, *found[1:]) if found and not found[0] else None
    return None


def _date_field(head: str) -> str:
    """The text before a date line's date, without a field set apart from it on the same line: a wide space
    ("Our ref.: 22/417          Oslo,") or a reference number ("N° 0512/CAB/89 Kinshasa, le", as a typed
    line loses its gap in print) sets off the place from the sender's reference on its left."""
    fields = _WIDE_GAP.split(head.rstrip())
    head = fields[-1] if len(fields) > 1 else head
    reference = _REFERENCE_FIELD.match(head)
    return reference["rest"] if reference else head


def _cites_dated_document(text: str) -> bool:
    """Whether a line cites another document by its reference and date ("REF.: Ord. No. 12, dated 14.09.2010")."""
    found = _REFERENCE_LABEL.match(text) and parse_date(text)
    return bool(found) and bool(_CITED_DATE.search(text[: found[1]]))


def _place_field(head: str) -> str:
    """The place a bar sets before a date's own field, when the line has only those two ("Islamabad | Friday,"
    as a newspaper dates an issue); else ""."""
    fields = head.split("|")
    if len(fields) != 2 or _WEEKDAY.sub("", fields[1].strip()).strip(" ,;:-–—"):
        return ""
    place = fields[0].strip()
    return place if _is_place(place) and _words(place) <= DEFAULT_MAX_LETTERHEAD_PLACE_WORDS else ""


def parse_month_line(text: str) -> Optional[tuple[Optional[str], str, str]]:
    """Read a place-and-month line ("Helsinki, February 2024"): (place, EDTF month, date text) or None.

    A bar separates a line's fields ("Policy Brief 21/06 | August 2021"): the month's own field is read.
    """
    fields = text.split("|")
    match = _MONTH_LINE.match(fields[-1].strip() if len(fields) == 2 and fields[0].strip() else text.strip())
    if not match or not YEAR_MIN <= int(match["y"]) <= YEAR_MAX:
        return None
    place = (match["place"] or "").strip() or None
    if place and (len(place.split()) > DEFAULT_MAX_PLACE_WORDS or _reads_as_text(place)):
        return None
    return place, edtf_date(int(match["y"]), _MONTHS[match["m"].lower()]), match["date"]


def _words(text: str) -> int:
    return len(text.split())


def _folded(text: str) -> str:
    """A name's words casefolded without punctuation ("PORT ELBA." and "Port Elba" are one)."""
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _bare(text: str) -> str:
    return text.strip().strip("*_").strip()


def is_salutation(text: str) -> bool:
    """True for a salutation line such as "Dear colleagues,", "Excellency," or "TO THE CONGRESS OF THE UNITED STATES:"."""
    text = _bare(text)
    if not text or _words(text) > DEFAULT_MAX_SALUTATION_WORDS:
        return False
    if _ADDRESSED_TO.match(text):
        return True
    return (bool(_SALUTATION.match(text)) and not text.endswith(".")) or bool(_ROLE_SALUTATION.fullmatch(text))


def is_closing(text: str) -> bool:
    """True for a complimentary close such as "Yours sincerely," or "With best regards"."""
    # "[handwritten:] Best wishes,": a transcriber's note on how the close was written is no part of it
    text = _HAND_NOTE.sub("", _bare(text)).strip()
    if _EMAIL_CLOSING.match(text):
        return True
    text = text.rstrip(",.!;:").strip()
    if not text:
        return False
    if _words(text) <= DEFAULT_MAX_CLOSING_WORDS and _CLOSING.match(text):
        return True
    # One sentence that opens as a formal close and ends in "the assurances of my highest consideration".
    # The anchored opening first: it fails on the first words of nearly every line, before the costlier tests.
    return (
        bool(_FORMAL_CLOSING_START.match(text))
        and _words(text) <= DEFAULT_MAX_FORMAL_CLOSING_WORDS
        and not re.search(r"[.!?;]\s", _ABBREVIATION_STOP.sub("", text))
        and bool(_FORMAL_CLOSING_END.search(text))
    )


def is_signature_description(text: str) -> bool:
    """True for a line that stands for a signature image in a text rendering."""
    text = _bare(text)
    return bool(_SIGNATURE_DESCRIPTION.match(text)) and (
        text.startswith(("[", "("))
        or (_words(text) > DEFAULT_MAX_SIGNATORY_WORDS and bool(_SIGNATURE_PROSE.match(text)))
    )


def signature_mark(text: str) -> Optional[str]:
    """The name after a signature mark ("/s/ Jane Roe" -> "Jane Roe", "(Signed)" -> ""), or None without a mark."""
    text = _bare(text)
    match = _SIGNED_MARK.match(text)
    if not match:
        return None
    rest = _bare(text[match.end() :])
    while _SIGNED_MARK.match(rest) and not _bare(rest[_SIGNED_MARK.match(rest).end() :]):
        rest = ""  # "/s/        /s/": a mark over each of two signers' columns, no name
    if _SEAL_MARK.match(rest):
        rest = ""  # "(signed) (official stamp)": the stamp beside the signature, no name
    return rest if _words(rest) <= DEFAULT_MAX_SIGNATORY_WORDS and not ends_sentence(rest) else None


def person_name(text: str) -> str:
    """A signatory line as the person's name: leading honorifics and trailing post-nominals dropped."""
    name = _TRAILING_HONORIFIC.sub("", " ".join(text.split()))
    bracketed = _TRAILING_POST_NOMINAL.search(name)
    if bracketed and bracketed["letters"].replace(".", "") in _POST_NOMINAL_BARE:
        name = name[: bracketed.start()]
    # "(Rafiqul Alam Bhuiyan)": a name in brackets under the signature, as South Asian offices set it
    name = _BRACKETED.sub(r"\1", name)
    while True:
        match = _HONORIFIC.match(name)
        if not match or not name[match.end() :].strip():
            break
        name = name[match.end() :]
    segments = [segment.strip() for segment in name.split(",")]
    while (
        len(segments) > 1
        and segments[-1]
        and all(_POST_NOMINAL.match(token) and not _NOT_POST_NOMINAL.match(token) for token in segments[-1].split())
    ):
        segments.pop()
    name = ", ".join(segment for segment in segments if segment)
    tokens = name.split()
    while len(tokens) > 1 and tokens[-1].rstrip(",") in _POST_NOMINAL_BARE:
        tokens.pop()
    return " ".join(tokens).rstrip(",").strip() or text.strip()


def starts_list_item(text: str, previous: str) -> bool:
    """True when a line opens a list item: a bullet, or a number after a finished line ("1. ", "(a) ")."""
    text = text.lstrip()
    if not ITEM_MARK.match(text):
        return False
    return text[0] in BULLETS or not previous or ends_sentence(previous) or previous.rstrip().endswith(",")


# Words that end an item's line when one sentence goes on into the next item ("(a) the wells; and").
_ITEM_JOINING_WORDS = frozenset({"and", "or", "nor"})


def follows_list_item(text: str, item: str, previous: str) -> bool:
    """True when a line opens the list item after the one item opens, numbered the same way ("2." under
    "1. ...", "(b)" under "(a) ...", "ii)" under "i) ..."): a new item, even where the line above it
    ends on a figure and no stop, as a list of sums sets it. Not after a line ending on "and" or "or":
    one sentence runs through those items ("(a) ...; and" / "(b) ..."), and is read as one."""
    words = previous.split()
    if words and words[-1].lower() in _ITEM_JOINING_WORDS:
        return False
    following = {(*form, value - 1) for *form, value in enumerator_values(text)}
    return bool(following & enumerator_values(item))


def cell_count(text: str) -> int:
    """How many cells a table row holds (its cells joined by CELL_SEPARATOR, by the reader or the
    writer of a plain-text table); 1 for a line that is no row."""
    if CELL_MARK not in text:
        return 1
    return len(text.strip().strip(CELL_MARK).split(CELL_MARK))


def _wrapped_rows(lines: list[RawLine]) -> list[tuple[int, int, int]]:
    """(first, end, cells) of each row of lines, a row wrapped over lines taken whole: a line that
    ends in a bar ("... 2025-2027 |" over "585"), or holds fewer cells than the row above it,
    goes on in the next line while the cells do not outnumber the row above's."""
    found: list[tuple[int, int, int]] = []
    i = 0
    while i < len(lines):
        text = "" if lines[i].is_image else lines[i].text
        above = found[-1][2] if found and found[-1][2] > 1 else 0
        j = i + 1
        while j < len(lines) and not lines[j].is_image and not lines[j].row:
            joined = f"{text} {lines[j].text}"
            opens_bar = text.lstrip().startswith(CELL_MARK)
            if (text.rstrip().endswith(CELL_MARK) and not opens_bar) or (
                1 < cell_count(text) < above and cell_count(joined) <= above
            ):
                text, j = joined, j + 1
            else:
                break
        found.append((i, j, cell_count(text)))
        i = j
    return found


def table_rows(blocks: list[Block]) -> list[Block]:
    """Blocks with each row of a table made a paragraph of its own, so that no row runs into the
    next: a row is a line the reader joined from cells, or a run of at least MIN_TABLE_ROWS rows
    (wrapped over lines or not) with the same number (at least two) of bar-separated cells; the
    lines around a run keep their blocks (a caption above it, the text after it)."""
    out: list[Block] = []
    for block in blocks:
        groups = _wrapped_rows(block.lines)
        rules = [
            b - a == 1 and not block.lines[a].is_image and bool(RULE_LINE.match(block.lines[a].text))
            for a, b, _n in groups
        ]
        rows = [False] * len(groups)
        k = 0
        while k < len(groups):
            if rules[k]:
                k += 1
                continue
            end, members = k + 1, [k]
            while end < len(groups) and (rules[end] or groups[end][2] == groups[k][2]):
                if not rules[end]:
                    members.append(end)
                end += 1
            if groups[k][2] > 1 and len(members) >= MIN_TABLE_ROWS:
                for m in members:
                    rows[m] = True
                # A closing row with cells run together ("Total | 122.1*" under three columns) is the table's.
                after = next((n for n in range(members[-1] + 1, len(groups)) if not rules[n]), None)
                if (
                    after is not None
                    and 1 < groups[after][2] < groups[k][2]
                    and groups[after][1] - groups[after][0] == 1
                ):
                    rows[after] = True
                    end = after + 1
            k = end
        rows = [is_row or any(line.row for line in block.lines[a:b]) for is_row, (a, b, _n) in zip(rows, groups)]
        if not any(rows):
            out.append(block)
            continue
        current: list[RawLine] = []
        for (a, b, _n), is_row, is_rule in zip(groups, rows, rules):
            if is_rule and any(rows):
                if current:
                    out.append(Block(current))
                out.append(Block(block.lines[a:b]))  # a rule is text of its own, kept apart from the rows
                current = []
            elif is_row:
                if current:
                    out.append(Block(current))
                out.append(Block(block.lines[a:b]))
                current = []
            else:
                current.extend(block.lines[a:b])
        if current:
            out.append(Block(current))
    return out


def ends_sentence(text: str) -> bool:
    """True when text ends with terminal punctuation (possibly followed by quotes or brackets)."""
    return bool(_TERMINAL.search(text))


def is_memo_field_label(text: str) -> bool:
    """Whether text is a memorandum's field label and nothing else ("SUBJECT:", "TO:", "Date:")."""
    return _MEMO_FIELD_LABEL.fullmatch(text.strip()) is not None


def memo_field_value_start(text: str) -> Optional[int]:
    """Where the value of a line opening with a memorandum's field label starts ("SUBJECT:  Audit of ..."), or None."""
    match = _MEMO_FIELD_LABEL.match(text)
    if match is None or not text[match.end() : match.end() + 1].isspace():
        return None
    start = len(text) - len(text[match.end() :].lstrip())
    return start if start < len(text) else None


def is_copy_line(text: str) -> bool:
    """True when text opens a copy list ("cc: ...", "Copy to:")."""
    return bool(_COPY_LINE.match(text))


# Capitalised, these open a sentence: a paragraph that starts with one is no page break's run-on, unless the text
# before stops on a small word ("... was signed by" / "The Hague ...").
_SENTENCE_OPENERS = frozenset({"the", "a", "an", "this", "these", "those", "we", "it", "our", "its", "their", "they"})


def continues(previous: str, following: str, min_words: int) -> bool:
    """True when a paragraph cut at a page break goes on in the next one."""
    previous, following = previous.rstrip(), following.lstrip()
    if not previous or not following or ends_sentence(previous):
        return False
    dated = parse_date_line(following)
    if _COPY_LINE.match(following) or (dated and dated[0]):
        return False  # "cc: ..." and "Washington, July 14, 2025" under a signature open lines of their own
    first = following.lstrip("*_\"'“‘(")[:1]
    if first.islower():
        return True
    opener = following.split(maxsplit=1)[0]
    if opener.lower() in _SENTENCE_OPENERS and previous.split()[-1].lower() not in TITLE_SMALL_WORDS:
        return False  # "... in the Pacific and the Caribbean" / "The Board of Directors ...": a title, then a sentence
    return (
        _words(previous) >= min_words
        and not is_closing(following)
        and not is_salutation(previous)
        and not is_headline(previous)
        and dateline(following) is None  # "(New York, 26 February 2024) – ..." opens a press release's text
    )


HEADLINE_MIN_WORDS = 4  # a shorter Title Case line is a name or a label, not a headline


def is_headline(text: str) -> bool:
    """A Title Case headline ("FACT SHEET: Biden Administration Announces ..."): every word but the
    small ones capitalised, so a paragraph of its own, not one a page break cut."""
    counts = title_case_counts(text)
    return counts is not None and counts[0] >= HEADLINE_MIN_WORDS


# Small words a letterhead's name or address writes in lower case, in the languages letters come in.
_HEAD_PARTICLES = (
    NAME_PARTICLES
    | _PLACE_PARTICLES
    | TITLE_SMALL_WORDS
    | {"et", "des", "und", "für", "para", "dei", "degli", "delle", "der", "die"}
)
MIN_HEADLINE_WORD = 3  # a lower-case word this long is a content word: a title's, not a letterhead's
# A letterhead's contact or reference line: lower case there says nothing of a title.
_CONTACT_LINE = re.compile(r"@|\bwww\.|https?:|\b(?:tel|fax|phone|email|e-mail|ref|our ref|your ref)\b", re.IGNORECASE)


def _reads_as_text(text: str) -> bool:
    """Whether a line over the date reads as a title or a sentence ("IDB support to Haiti, 2025"), not as a
    letterhead's name or address line, which capitalise their words ("Ministry of Foreign Affairs")."""
    if _CONTACT_LINE.search(text) or _POSTAL_CODE.search(text) or _POSTAL_CODE_CITY.search(text.strip()):
        return False
    if _CITY_THEN_POSTAL_NUMBER.search(without_country(text.strip().rstrip("."))):
        return False  # "Concord Tower (9th floor), 17 Mohakhali C/A, Dhaka-1212, Bangladesh": an address line
    # A word goes on after an apostrophe inside it ("Nuku'alofa", "Pa'anga"): its lower case is no sentence's.
    words = re.findall(r"(?<![\w@./’'-])[a-z][a-z’'-]*(?![\w@/])", text)
    return any(len(word) >= MIN_HEADLINE_WORD and word not in _HEAD_PARTICLES for word in words)


def split_letter(blocks: list[Block]) -> tuple[LetterParts, list[Block]]:
    """Find the parts of a letter among its blocks; return them with the body's blocks.

    Every line is either in a part (and then in ``parts.source_lines``) or in the body: what is not
    recognised as a letterhead, date line, salutation, closing or signature block is body text.
    A line wrapped at the margin is read with the line that goes on it, and given back to the body as printed.
    """
    _text_words.cache_clear()  # a letter's words are kept from its parts (here) to its body's assembly, not past it
    parts, body = _split_letter(joined_wraps(blocks))
    return parts, [Block([piece for line in block.lines for piece in line.pieces or [line]]) for block in body]


def joined_wraps(blocks: list[Block]) -> list[Block]:
    """The blocks with each run of lines wrapped at the margin read as one line (its printed lines in pieces)."""
    if not any(line.wraps for block in blocks for line in block.lines):
        return blocks
    known = document_words(blocks)
    out: list[Block] = []
    for block in blocks:
        lines: list[RawLine] = []
        run: list[RawLine] = []
        for line in block.lines:
            run.append(line)
            if not line.wraps:
                lines.append(_joined(run, known) if len(run) > 1 else run[0])
                run = []
        if run:
            lines.append(_joined(run, known) if len(run) > 1 else run[0])
        out.append(Block(lines))
    return out


def _joined(run: list[RawLine], known: tuple[set[str], set[str]]) -> RawLine:
    """Printed lines as the one line they were wrapped from, joined as the body joins them.

    Its chars' boxes are joined when asked (char_boxes: a signer's line is split at its widest space), not its
    bold and italic flags: the letter's parts are read from its text, and the body from the printed lines (its pieces).
    """
    texts = []
    for k, line in enumerate(run):
        piece = line.text
        if k + 1 < len(run):
            action = hyphen_join(piece, run[k + 1].text, known)
            piece = piece.rstrip()
            if action == "join":
                piece = piece[:-1]
            piece += "" if action else " "
        texts.append(piece)
    boxes = [line.bbox for line in run if line.bbox is not None]
    frames = [line.frame for line in run if line.frame is not None]
    return RawLine(
        text="".join(texts),
        page=run[0].page,
        bbox=_union(boxes),
        size=run[0].size,
        frame=_union(frames),
        pieces=run,
        piece_chars=[len(piece) for piece in texts],
    )


def char_boxes(line: RawLine) -> tuple[list[float], list[float]]:
    """A line's chars' boxes (char_x0, char_x1); a wrapped run's (_joined) from its printed lines', joined as its
    text joins them: each piece's chars, padded with its box's right edge where the joined text has more."""
    if not line.piece_chars:
        return line.char_x0, line.char_x1
    x0s: list[float] = []
    x1s: list[float] = []
    for piece, length in zip(line.pieces, line.piece_chars):
        pad = length - min(len(piece.text), length)
        # (chars + [edge] * pad)[:length], without the joined copies.
        x0, x1 = piece.char_x0, piece.char_x1
        x0s += x0[:length]
        x1s += x1[:length]
        if min(len(x0), len(x1)) < length:
            edge = piece.box[2]
            x0s += [edge] * min(length - len(x0), pad)
            x1s += [edge] * min(length - len(x1), pad)
    return x0s, x1s


def _union(boxes: list[tuple[float, float, float, float]]) -> Optional[tuple[float, float, float, float]]:
    if not boxes:
        return None
    x0s, tops, x1s, bottoms = zip(*boxes)  # each edge's values at once: min() and max() of tuples, no generator a box
    return (min(x0s), min(tops), max(x1s), max(bottoms))


def _split_letter(blocks: list[Block]) -> tuple[LetterParts, list[Block]]:
    """split_letter on blocks whose wrapped lines are joined."""
    flat = [(b, i) for b, block in enumerate(blocks) for i in range(len(block.lines))]
    lines = [blocks[b].lines[i] for b, i in flat]
    texts = ["" if line.is_image else _bare(line.text) for line in lines]
    roles: dict[int, str] = {}
    parts = LetterParts()
    # An e-mail reply quotes the message it answers below it: the letter's parts are the reply's own.
    # A covering letter carries another below its close: the parts are the covering letter's (`enclosed_letter`).
    count = _quoted_message_at(texts, flat) or _enclosed_letter_at(texts) or len(lines)

    closing_at, closing_name = None, None
    closing_from, closing_text = None, None  # a formal close printed over two lines: its first line and its text
    for k in range(count - 1, max(-1, count - 1 - DEFAULT_CLOSING_SEARCH_LINES), -1):
        if is_closing(texts[k]):
            closing_at = k
            break
        joined = closing_with_name(texts[k])
        if joined:
            closing_at, closing_name = k, joined[1]
            break
        wrapped = f"{texts[k - 1]} {texts[k]}" if k > 0 and flat[k][1] > 0 else ""
        if wrapped and _FORMAL_CLOSING_END.search(wrapped.rstrip(",.!;:").strip()) and is_closing(wrapped):
            # "Please accept, Madam ..., the assurances of my high" over "consideration.": a break the
            # margin made, where the text's own line held the close whole.
            closing_at, closing_from, closing_text = k, k - 1, wrapped
            break
    if closing_at is None:
        # A letter with a long enclosure after its signature ("Yours sincerely" over "Jane Roe", then "Enc." and a
        # memorandum of many paragraphs): a closing higher up, when a signer's name stands right under it.
        closing_at = next(
            (
                k
                for k in range(max(-1, count - 1 - DEFAULT_CLOSING_SEARCH_LINES), -1, -1)
                if is_closing(texts[k]) and k + 1 < count and _is_signature_name(texts[k + 1])
            ),
            None,
        )
    before_close = closing_from if closing_from is not None else closing_at if closing_at is not None else count

    salutation_at = None
    for k in range(min(before_close, DEFAULT_SALUTATION_SEARCH_LINES)):
        if not is_salutation(texts[k]) or _office_over_its_state(texts, k):
            continue
        if salutation_at is None:
            salutation_at = k
            if texts[k].endswith((",", ":", ";", "!")):
                break
        elif texts[k].endswith((",", ":", "!")) and _only_address_between(texts, salutation_at, k):
            # "Monsieur le Président du Club de Paris" over the addressee's street, then "Mr. Chairman,": the
            # first line names the addressee, the second greets.
            salutation_at = k
            break
        else:
            break

    date_at, date_found = None, None
    month_at, month_found = None, None  # a date line naming no day, taken when no line names one
    limit = salutation_at if salutation_at is not None else min(before_close, DEFAULT_DATE_SEARCH_LINES)
    words_before = 0
    ranged = None  # the first date line that names a span of days
    for k in range(limit):
        if lines[k].is_image:
            continue
        found = parse_date_line(texts[k]) or (_date_under_label(texts[k - 1], texts[k]) if k else None)
        if found and _PERIOD_END.search(texts[k][: texts[k].find(found[2])]):
            found = None  # "FOR THE FINANCIAL YEAR ENDED 31 MARCH 2012": the period a report covers, not its date
        if found and flat[k][1] > 0 and _ENDS_MID_PHRASE.search(texts[k - 1]):
            found = (
                None  # "SUBJ.: Reports the funds executed by the" over "Regional Government as at 31.12.2010.": a wrap
            )
        if found and ranged is None and _DAY_RANGE.search(texts[k]):
            ranged = (k, found)  # "Bonn, Germany, 8–9 October 2025": a meeting's days; the issue date may follow
            continue
        if found:
            date_at, date_found = k, found
            break
        month = parse_month_line(texts[k]) if month_at is None else None
        if month:
            month_at, month_found = k, month
        words_before += _words(texts[k])
        if words_before > DEFAULT_MAX_LETTERHEAD_WORDS:
            break  # past a letterhead and an address: this is text, and a date in it is not the letter's

    answer = _written_answer(texts[: min(before_close, DEFAULT_DATE_SEARCH_LINES)])
    if answer is not None:
        date_at, date_found = answer[0], answer[1]
    cable = None if date_found is not None or ranged is not None else _cable_heading(texts[:limit])
    if cable is not None:
        # A telegram's date-time group and its sending post ("R 081432Z MAY 00" over "FM AMEMBASSY MAPUTO").
        date_at, date_found, place_at = cable
        roles[place_at] = "place"
    if ranged is not None and date_found is None:
        date_at, date_found = ranged
    if ranged is not None and date_found[0] is None:
        # The meeting's place heads its days: the document's place ("Bonn, Germany, 8–9 October 2025" -> Bonn),
        # also when its last day dates the document ("Shanghai, 18–19 September 2026" alone).
        place = without_country(texts[ranged[0]][: _DAY_RANGE.search(texts[ranged[0]]).start()].strip(" ,;:-–—"))
        date_found = ((place if _is_place(place) else None), *date_found[1:])
    # A date at the foot ("THE WHITE HOUSE, / March 11, 2026.") as notices and decisions carry it:
    # only below everything the head of the letter holds and below the closing.
    head_last = max(k for k in (-1, salutation_at, date_at, closing_at) if k is not None)
    tail_date_at, tail_found, tail_lines = None, None, []
    for k in range(count - 1, max(head_last, count - 1 - DEFAULT_TAIL_DATE_LINES), -1):
        # An enclosure's or a copy's line ("Encl.: Cost Estimate (May 13, 2011)") dates what it lists, not the letter.
        found = None if lines[k].is_image or _COPY_LINE.match(texts[k]) else parse_date_line(texts[k])
        # A date line stands on its own: the last line of a wrapped paragraph ("... beyond\nNovember 14, 2021.") is not one.
        after_place = k > 0 and flat[k][1] > 0 and texts[k - 1].endswith(",") and flat[k - 1][1] == 0
        # Under a closing the lines are the signer's, never a wrapped paragraph: a place and a date right
        # under the title ("... Development / Berlin, 3 December 2026") date the letter.
        under_signer = closing_at is not None and found is not None and found[0] is not None
        # Under the issuer's short lines, ending their block ("Issued by the Office of the Secretary General /
        # Thessaloniki, 17 December 2007", "MFA SINGAPORE / 17 AUGUST 2021"): a sign-off, where a wrapped
        # sentence would break after a lower-case word.
        under_issuer = (
            found is not None
            and flat[k][1] > 0
            and (k + 1 == count or flat[k + 1][1] == 0)
            and all(
                _words(texts[j]) <= DEFAULT_MAX_SIGNATORY_WORDS and not texts[j].split()[-1][:1].islower()
                for j in range(k - flat[k][1], k)
                if texts[j]
            )
        )
        # Under the issuer's address that ends its block ("Ministry of Finance, 4 Harbour Road, Valletta" over
        # "2 May 2031"), as a document laid or issued is dated at its foot: the address's city is the place.
        address_place = (
            _letterhead_place(["", texts[k - 1]])
            if found is not None
            and found[0] is None
            and flat[k][1] > 0
            and (k + 1 == count or flat[k + 1][1] == 0)
            and "," in texts[k - 1]
            and not ends_sentence(texts[k - 1])
            else None
        )
        if found and address_place:
            found = (address_place, found[1], found[2])
        if found and (flat[k][1] == 0 or after_place or under_signer or under_issuer or address_place):
            tail_date_at, tail_found, tail_lines = k, found, [k]
            # A statement with neither salutation nor closing ends with its place over its date ("Valletta" /
            # "14 October 2031"), a place its text names as one ("met in Valletta"); a signer's name or
            # initials ("C.R.P."), or its issuer ("MFA SINGAPORE"), is never where something is held.
            unaddressed_place = (
                salutation_at is None
                and closing_at is None
                and flat[k][1] > 0
                and _is_place(texts[k - 1])
                and _named_as_place(texts[k - 1], texts[: k - 1])
            )
            if found[0] is None and k - 1 > head_last and (texts[k - 1].endswith(",") or unaddressed_place):
                place = texts[k - 1].rstrip(",").strip()
                if 0 < _words(place) <= DEFAULT_MAX_PLACE_WORDS:
                    tail_date_at, tail_found, tail_lines = k - 1, (place, found[1], found[2]), [k - 1, k]
            break
    if tail_found is None and (date_found is None or date_found[0] is None):
        # A note verbale or a negotiation record is dated at its foot above its seals, signers, addressee or
        # copy list ("Managua, 23 March 1999"): a place-and-date line standing alone, under the text's end.
        foot = _foot_date_line(lines, flat, texts, max(head_last, count - 1 - DEFAULT_CLOSING_SEARCH_LINES), count)
        if foot is not None and (date_found is None or foot[1][1] == date_found[1]):
            tail_date_at, tail_found, tail_lines = foot[0], foot[1], foot[2]
            if date_found is not None:
                date_found = (foot[1][0], *date_found[1:])  # the head's date, the foot's place
                tail_date_at, tail_found, tail_lines = None, None, []
    end = tail_date_at if tail_date_at is not None else count
    if tail_found is None and date_found is None and closing_at is not None:
        # Dated at the foot above the closing ("Lakeview, 2 May 2031" over "Yours sincerely,"), as Nordic letters may
        # be: a place-and-date paragraph of its own right over the closing, under the salutation; the signer's lines
        # stay under the closing.
        foot = _foot_date_line(lines, flat, texts, closing_at - 2, closing_at)
        if foot is not None and foot[0] > (-1 if salutation_at is None else salutation_at):
            tail_found, tail_lines = foot[1], foot[2]

    if closing_at is not None:
        roles[closing_at] = "closing"
        if closing_from is not None:
            roles[closing_from] = "closing"
        parts.closing = (
            (closing_text or texts[closing_at]).rstrip(",:;").strip()
            if closing_name is None
            else texts[closing_at][: -len(closing_name)].strip().rstrip(",:;").strip()
        )
        if closing_name is not None:
            _named(parts, closing_name)
        # A copy list ("cc: ...") closes the signer's lines: the names under it are recipients.
        signed_end = next((k for k in range(closing_at + 1, end) if _COPY_LINE.match(texts[k])), end)
        roles.update(_signatory(list(range(closing_at + 1, signed_end)), lines, texts, parts))
        if parts.signatory is None and tail_lines and closing_at < tail_lines[0]:
            # A notice that closes, then states where and when it was done, then is signed ("Done at Lomé, this
            # 3rd day of May 2001" over the signer's name): the signer's lines are under the date line.
            after_date = tail_lines[-1] + 1
            # The addressees' and the copies' lines under the seal ("To: All Ministries ...") are no signer's.
            listed = (
                k for k in range(after_date, count) if _COPY_LINE.match(texts[k]) or _MEMO_PARTY_FIELD.match(texts[k])
            )
            signed_end = next(listed, count)
            probe = LetterParts()
            signer_roles = _signatory(list(range(after_date, signed_end)), lines, texts, probe)
            if probe.signatory and _looks_like_name(probe.signatory):  # not a seal over the addressees ("To: ...")
                parts.signatory, parts.signatory_title = probe.signatory, probe.signatory_title
                parts.has_signature_image = probe.has_signature_image
                roles.update(signer_roles)
    else:
        signer_at = _cable_signer(texts[:end]) if cable is not None else None
        answerer_at = answer[2] if answer is not None else None
        if answerer_at is not None:
            # a written answer's minister, named under its date over their office; the office's line stays in the
            # text (no title of the signer's: "Deputy Minister (Ministry of State Lands)" would read as a state's)
            roles[answerer_at] = "signatory"
            parts.signatory = natural_case(person_name(texts[answerer_at].strip()), particles=NAME_PARTICLES)
        elif signer_at is not None:
            roles[signer_at] = "signatory"
            parts.signatory = natural_case(texts[signer_at], particles=NAME_PARTICLES)
        else:
            roles.update(_unclosed_signature(lines, texts, max(head_last, -1) + 1, end, parts))
        if parts.signatory is None and tail_lines and tail_lines[-1] < count - 1:
            # A report signed under its place and date ("WINDHOEK, 21 March 2013" over "HELENA N. SHIKONGO /
            # AUDITOR-GENERAL"): the name is sought past the date line, which is no text above it.
            undated = [("" if k in tail_lines else text) for k, text in enumerate(texts)]
            probe = LetterParts()
            signer_roles = _unclosed_signature(lines, undated, max(head_last, -1) + 1, count, probe)
            # A note verbale's addressee under its place and date ("Embassy of Examplia," over "LAKESIDE."): a
            # name that is the date's own place is where the addressee sits, no signer.
            if probe.signatory and _folded(probe.signatory) != _folded(tail_found[0] or ""):
                parts.signatory, parts.signatory_title = probe.signatory, probe.signatory_title
                parts.has_signature_image = probe.has_signature_image
                roles.update(signer_roles)
        if parts.signatory is None:
            roles.update(_first_signed_name(lines, texts, max(head_last, -1) + 1, end, parts))
        if parts.signatory is None:
            parts.signatory = _memo_signer(texts[: min(count, DEFAULT_DATE_SEARCH_LINES)])
        if parts.signatory is None:
            parts.signatory = _speaker(texts[: min(count, DEFAULT_DATE_SEARCH_LINES)])
        if parts.signatory is None:
            parts.signatory = _issuer(texts)

    if not date_found and month_found:
        date_at, date_found = month_at, (month_found[0], None, month_found[2])
        parts.month = month_found[1]
    if date_found:
        parts.place, parts.date, parts.date_text = date_found
        roles[date_at] = "date"
        head_end = date_at
        gridded = (
            date_at > 0
            and parse_date_line(texts[date_at]) is None
            and _date_under_label(texts[date_at - 1], texts[date_at]) is not None
        )
        # a header grid's lines beside its date are its fields' and the sender's, no place
        if parts.place is None and not _labelled(texts[date_at]) and not gridded:
            place_at = _place_beside(lines, flat, date_at, limit)
            if place_at is not None:
                # "Songdo, Incheon, Republic of Korea" over the date: the city; the country is no place.
                beside = _other_calendar_place(texts[place_at]) or texts[place_at]
                venue = _venue_city(beside) if place_at > date_at else None  # a venue sits under its date
                parts.place = without_premises(without_country(venue or beside.rstrip(",").strip()))
                roles[place_at] = "place"
                head_end = min(head_end, place_at)
        head = _head_over(head_end, lines, texts, roles, parts)
        if parts.place is None:
            parts.place = _letterhead_place([texts[k] for k in _sender_lines(head, flat, texts)])
        if parts.place is None and date_found[1] is not None:
            # A printed e-mail dated by its "Sent:" field that carries a letter ("Suva, 2 February 2026" under
            # the e-mail's own lines): the letter's place-and-date line of the same day places both.
            carried = _foot_date_line(lines, flat, texts, date_at, before_close, date_found[1])
            parts.place = carried[1][0] if carried else None
        _repeated_letterhead(blocks, flat, texts, {texts[k].lower() for k in head}, date_at, roles)
    elif tail_found is not None:
        parts.place, parts.date, parts.date_text = tail_found
        # A note dated at its foot (a note verbale) opens with its letterhead all the same: the short lines up to
        # its text's first paragraph ("REPUBLIC OF X / MINISTRY OF FOREIGN AFFAIRS" over it), in any language. One
        # line alone is a mark or a title ("CONFIDENTIAL", "NON-PAPER"), a line ending in a colon an addressee or a
        # salutation ("TO THE CONGRESS:"), a bracketed one a translator's note: no letterhead.
        opening_block = list(itertools.takewhile(lambda k: flat[k][0] == flat[0][0], range(count)))
        if (
            len(opening_block) >= MIN_OPENING_LETTERHEAD_LINES
            and opening_block[-1] + 1 < count
            and all(_words(texts[k]) <= DEFAULT_MAX_SIGNATORY_WORDS for k in opening_block)
            and not any(texts[k].rstrip().endswith(":") or texts[k].startswith("[") for k in opening_block)
        ):
            _head_over(opening_block[-1] + 1, lines, texts, roles, parts)
        if parts.place is None:
            # Dated at its foot without a place ("APPROVED: October 22, 2013"): the letterhead's city, from
            # the short lines that open the document.
            opening = list(itertools.takewhile(lambda text: _words(text) <= DEFAULT_MAX_SIGNATORY_WORDS, texts[:count]))
            parts.place = _letterhead_place([text for text in opening if text])
    if tail_found is not None:
        roles.update({k: "date" for k in tail_lines})
    if parts.place is None or parts.date is None:
        dated_at = _take_dateline(lines, flat, texts, roles, parts)
        # A press release dated in its first sentence ("Rome, 14 March 2024 – ..."): the short lines over it
        # are its letterhead and title, as over a date line.
        if (
            date_at is None
            and dated_at is not None
            and sum(_words(texts[k]) for k in range(dated_at)) <= DEFAULT_MAX_LETTERHEAD_WORDS
        ):
            _head_over(dated_at, lines, texts, roles, parts)
    if parts.date is None and parts.month is None:
        _take_signing_formula(texts[max(0, count - DEFAULT_CLOSING_SEARCH_LINES) :], parts)
    titled = _transmittal_title_date(texts[: min(count, DEFAULT_DATE_SEARCH_LINES)])
    if titled is not None:
        # "Letter dated 12 March 2011 from ... addressed to ...": a UN document's title dates the letter it
        # circulates; the date in its header is the day it was distributed.
        parts.date, parts.date_text = titled
    if parts.place is None and parts.date is not None:
        parts.place = _signer_address_place(texts, roles) or _foot_address_place(flat, texts)
    if parts.place and parts.place.isupper():
        parts.place = natural_case(parts.place, particles=_PLACE_PARTICLES)
    if salutation_at is not None:
        roles[salutation_at] = "salutation"
        parts.salutation = first_salutation(texts[salutation_at])

    for k, role in sorted(roles.items()):
        if lines[k].text.strip():
            parts.source_lines.setdefault(role, []).append(texts[k] or lines[k].text.strip())
    body: list[Block] = []
    current_block, current = None, None
    address = _address_lines(blocks, flat, texts, salutation_at) | _copy_lines(flat, texts)
    address |= _subject_lines(flat, texts, salutation_at)
    # "Subject: ..." under the addressee's lines in one block opens a part of its own, not their last line's words.
    address |= {k for k, text in enumerate(texts) if flat[k][1] > 0 and _SUBJECT_LINE.match(text)}
    address |= {count} if count < len(lines) else set()  # the quoted message opens a paragraph of its own
    for k in range(len(lines)):
        b, _ = flat[k]
        if lines[k].is_image or k in roles:
            current_block = None
            continue
        if b != current_block or k in address:
            current_block, current = b, Block([])
            body.append(current)
        current.lines.append(lines[k])
    return parts, [block for block in body if block.lines]


def _sender_lines(head: list[int], flat: list[tuple[int, int]], texts: list[str]) -> list[int]:
    """The head's lines without an addressee's block under the letterhead's ("World Food Programme" over "Attn.: Ms
    Jane Roe" and its street and city): a block after the first that names a person by a title or for attention."""
    addressed = {
        flat[k][0]
        for k in head
        if flat[k][0] != flat[head[0]][0] and (_FOR_ATTENTION.match(texts[k]) or _HONORIFIC.match(texts[k]))
    }
    # A memo's or a fax's "TO:" field and the addressee's lines under it
    span = range(min(head), max(head) + 1) if head else range(0)
    addressee = {k for at in span if _MEMO_TO_LINE.match(texts[at]) for k in range(at, _to_field_end(texts, flat, at))}
    return [k for k in head if flat[k][0] not in addressed and k not in addressee]


def _to_field_end(texts: list[str], flat: list[tuple[int, int]], at: int) -> int:
    """Where a memo's or a fax's "TO:" field on ``texts[at]`` ends: the addressee's lines under it (office, body,
    city and fax number) up to a blank line, the next field ("FROM:") or MAX_TO_FIELD_LINES lines in all."""
    end = at + 1
    while (
        end < len(texts)
        and end - at < MAX_TO_FIELD_LINES
        and flat[end][0] == flat[at][0]
        and not _MEMO_FIELD_LABEL.match(texts[end])
    ):
        end += 1
    return end


def _foot_address_place(flat: list[tuple[int, int]], texts: list[str]) -> Optional[str]:
    """The city of the sender's address printed in the letter's last block under its labels ("Postal address |
    Visiting address | Phone" over "P.O. Box 12 Centre | ..." over "DK-1448 Copenhagen | ..."), as Nordic ministries
    set their letterhead at the foot; else None."""
    last = [k for k in range(len(texts)) if flat[k][0] == flat[-1][0]] if flat else []
    if not any(_FOOT_ADDRESS_LABEL.match(texts[k]) for k in last):
        return None
    return _letterhead_place(["", *(texts[k] for k in last)])


def _signer_address_place(texts: list[str], roles: dict) -> Optional[str]:
    """The city of the address under the signer's name and title ("Level 3, 12 Harbour Road, Valletta"), as an
    e-mail's signature block gives it where no letterhead does; else None."""
    signed = [k for k, role in roles.items() if role == "signatory"]
    if not signed:
        return None
    end = min(len(texts), max(signed) + 2 + DEFAULT_MAX_TITLE_LINES)
    for k in range(max(signed) + 1, end):
        if _COPY_LINE.match(texts[k]):
            break
        if "," in texts[k] and re.search(r"\d", texts[k]) and roles.get(k) is None:
            # The address's lines under its first ("Flat 4, 18 Mill Row" over "Riverton, Examplia"): the
            # city is on its last line; a phone's line or a security marking ("OFFICIAL") is no part of it.
            address = [texts[k]]
            for j in range(k + 1, min(len(texts), k + 1 + DEFAULT_MAX_TITLE_LINES)):
                if "," not in texts[j] or _COPY_LINE.match(texts[j]) or roles.get(j) is not None:
                    break
                address.append(texts[j])
            place = _letterhead_place(["", *address])
            if place:
                return place
    return None


def _memo_signer(texts: list[str]) -> Optional[str]:
    """The name a memorandum's "FROM:" field signs with its mark ("FROM: Regional Director, Jane Roe /s/"), or, in a
    memorandum with a "TO:" field and no signature, the person its "FROM:" field names ("FROM: Jane Q. Roe"); or None."""
    for text in texts:
        match = _MEMO_FROM_TAIL.match(text.strip())
        if match and signature_mark(match["mark"]) == "":
            name = person_name(match["value"].split(",")[-1].strip())
            if not _is_signature_name(name):
                return None
            return natural_case(name, particles=NAME_PARTICLES) if name.isupper() else name
    if not any(_MEMO_TO_LINE.match(text.strip()) for text in texts):
        return None
    for text in texts:
        match = _MEMO_FROM.match(text.strip())
        if match:
            written = match["value"].split(",")[-1].strip()
            name = person_name(written)
            # a name as written, with no office or unit before it ("FROM: Director, Jane Roe" names its office)
            if name != written or "," in match["value"] or not _is_signature_name(name):
                return None
            return natural_case(name, particles=NAME_PARTICLES) if name.isupper() else name
    return None


def _issuer(texts: list[str]) -> Optional[str]:
    """The minister a media release is headed by ("THE HON. JANE ROE MP" over "MINISTER FOR TRADE"), as a
    minister's office issues it: the name with its honorific on the first line, the office on the next; else None."""
    heading = [text for text in texts[: SPEAKER_LINES + 1] if text.strip()][:2]
    if len(heading) < 2 or not _ISSUER_HONORIFIC.match(heading[0]) or not _TITLE_WORDS.match(heading[1].strip()):
        return None
    name = person_name(_bare(heading[0]))
    if not _is_signature_name(name):
        return None
    # "JANE R. McROE": set in capitals but for a prefix's small letters
    capitals = any(word.isupper() and len(word) > 2 for word in re.sub(r"\bMc", "", name).split())
    return natural_case(name, particles=NAME_PARTICLES) if capitals else name


def _speaker(texts: list[str]) -> Optional[str]:
    """The speaker a statement's or a speech's heading names ("KEYNOTE ADDRESS BY THE GOVERNOR" over
    "Dr. Ana Roe"; "Address by H.E. Ms Ana Roe, Minister of ..."): the signatory of a text that is spoken; else None.
    Only a name with its honorific counts, as a heading's other lines (a subject, an office) have none. The heading
    is the text's first line or a line in capitals: an item of minutes' agenda ("Remarks by Mr. Roe") is neither."""
    first = next((at for at, text in enumerate(texts) if text.strip()), None)
    for at, text in enumerate(texts[1:], 1):
        # "Statement by Elbonia" over "delivered by Ann Author, Deputy Minister": who delivers a statement made in a
        # state's or a body's name speaks, named without an honorific, wherever the heading stands.
        delivered = _DELIVERED_BY.match(text.strip())
        if delivered and _SPEECH_HEADING.match(texts[at - 1].strip()):
            name = person_name(_bare(delivered["rest"].split(",")[0]))
            if _is_signature_name(name):
                return natural_case(name, particles=NAME_PARTICLES) if name.isupper() else name
    for at, text in enumerate(texts):
        heading = _SPEECH_HEADING.match(text.strip())
        if not heading or not (at == first or text.isupper()):
            continue
        for line in (heading["rest"], *texts[at + 1 : at + 1 + SPEAKER_LINES]):
            written = _bare(line.split(",")[0])
            name = person_name(written)
            if name != written and _is_signature_name(name):
                return natural_case(name, particles=NAME_PARTICLES) if name.isupper() else name
        return None
    return None


def _transmittal_title_date(texts: list[str]) -> Optional[tuple[dt.date, str]]:
    """The date of a circulated letter's title ("Letter dated 12 March 2011 from the Permanent Representative ...
    addressed to the Secretary-General", "Note verbale dated ..."), read with the line it wraps onto; else None."""
    for k, text in enumerate(texts):
        title = _TRANSMITTAL_TITLE.match(text)
        found = parse_date(text[title.end() :]) if title else None
        if not found or found[1] != 0:
            continue
        after = " ".join([text[title.end() + found[2] :], *texts[k + 1 : k + 2]])
        if _TRANSMITTAL_SENDER.match(after):
            return found[0], text[title.end() : title.end() + found[2]]
    return None


def _first_signed_name(lines: list[RawLine], texts: list[str], start: int, end: int, parts: LetterParts) -> dict:
    """Roles of the first signature mark with a name ("(Signed) Jane Roe") after the letter's text, when no closing
    and no signature at the foot were found: a circulated letter signs above its annexes, far from the end."""
    words = 0
    for k in range(start, end):
        named = None if lines[k].is_image else signature_mark(texts[k])
        if named and words >= DEFAULT_MIN_BODY_WORDS and _is_signature_name(named):
            return _signatory(list(range(k, end)), lines, texts, parts)
        words += _words(texts[k])
    return {}


def _only_address_between(texts: list[str], first: int, later: int) -> bool:
    """Whether only an address and a subject, no sentence, stand between a line that reads as a salutation without
    its comma and a later salutation: then the first names the addressee ("Monsieur le Président du Club de Paris"
    over "Direction du Trésor")."""
    between = [text for text in texts[first + 1 : later] if text]
    return len(between) <= MAX_ADDRESS_BLOCK_LINES and not any(
        ends_sentence(text) and not _ABBREVIATION_END.search(text) for text in between
    )


def _cable_heading(texts: list[str]) -> Optional[tuple[int, tuple[Optional[str], dt.date, str], int]]:
    """A telegram's date-time group and the post it comes from, on the line under it: (its line, (place, date,
    date text), the post's line), or None."""
    for k, text in enumerate(texts[:-1]):
        group = _DATE_TIME_GROUP.match(text)
        sender = next((_CABLE_FROM.match(t) for t in texts[k + 1 : k + 3] if _CABLE_FROM.match(t)), None)
        if not group or not sender:
            continue
        month = _MONTHS.get(group["m"].lower())
        year = int(group["y"])
        year += 1900 if year >= CABLE_CENTURY_PIVOT else 2000
        try:
            date = dt.date(year, month, int(group["d"])) if month else None
        except ValueError:
            date = None
        if date is None:
            return None
        post = sender["post"].strip()
        place = CABLE_POSTS.get(post.split()[-1], post if sender["mission"] else None)
        place = natural_case(place, particles=_PLACE_PARTICLES) if place and _is_place(place) else None
        return k, (place, date, group["dtg"]), k + 1 + texts[k + 1 : k + 3].index(sender.string)
    return None


def _written_answer(texts: list[str]) -> Optional[tuple[int, tuple, Optional[int]]]:
    """A parliamentary written answer's date line ("Replied on 4 August 2033"): its index, its parsed date and the
    index of the answering minister's name right under it when an office's line follows the name; else None."""
    for at, text in enumerate(texts):
        found = parse_date_line(text) if _ANSWERED_ON.match(text.strip()) else None
        if found is None:
            continue
        following = [k for k in range(at + 1, len(texts)) if texts[k].strip()][:2]
        named = (
            len(following) == 2
            and following[1] == following[0] + 1
            and _is_signature_name(texts[following[0]].strip())
            and _is_title_line(texts[following[1]].strip())
        )
        return at, found, following[0] if named else None
    return None


def _cable_signer(texts: list[str]) -> Optional[int]:
    """The line of a telegram's signature: the sender's surname in capitals, its last line above the
    classification marking that closes it ("HALVORSEN" over "UNCLASSIFIED")."""
    for k in range(len(texts) - 1, -1, -1):
        text = texts[k].strip()
        if not text or _CLASSIFICATION.match(text):
            continue
        words = text.split()
        signed = len(words) <= 2 and text.isupper() and all(word.isalpha() for word in words)
        return k if signed else None
    return None


def _foot_date_line(
    lines: list[RawLine],
    flat: list[tuple[int, int]],
    texts: list[str],
    after: int,
    count: int,
    date: Optional[dt.date] = None,
) -> Optional[tuple[int, tuple[Optional[str], dt.date, str], list[int]]]:
    """The last place-and-date line that is a paragraph of its own between line ``after`` and line ``count``
    (naming ``date`` when given), with its reading and its lines, or None.

    The place may stand on a line of its own over the date in that paragraph ("LAKESIDE," over "9 October 2030"),
    as a typed note verbale sets them."""
    for k in range(count - 1, after, -1):
        # A seal's line may stand under the date in its paragraph ("Turku, 11 May 2031" over "[stamp]").
        under = k + 2 if k + 1 < len(flat) and flat[k + 1][1] and _SEAL_MARK.match(texts[k + 1]) else k + 1
        ends = under == len(flat) or flat[under][1] == 0
        alone = flat[k][1] == 0 and ends
        placed_over = ends and flat[k][1] <= 1 and k - 1 > after and flat[k - 1][1] == 0 and texts[k - 1].endswith(",")
        if lines[k].is_image or not (alone or placed_over) or _COPY_LINE.match(texts[k]):
            continue
        found = parse_date_line(texts[k])
        if found and placed_over and found[0] is None:
            place = texts[k - 1].rstrip(",").strip()
            if _is_place(place) and date in (None, found[1]):
                return k - 1, (place, found[1], found[2]), [k - 1, k]
        elif found and alone and found[0] and _is_place(found[0]) and date in (None, found[1]):
            return k, found, [k]
    return None


def _enclosed_letter_at(texts: list[str]) -> Optional[int]:
    """The line where a letter carried under the covering letter's close starts ("(Enclosure)" over the enclosed
    letter's "Dear ...,"): the covering letter, closed above it, is the document's; else None."""
    # The heading first: most letters have none, and their lines are then never asked whether they close it. The
    # lines above a heading are asked only once each (asked: how many of them were), up to the first close.
    closed, asked = False, 0
    for k, text in enumerate(texts):
        if not _ENCLOSED_HEADING.match(text):
            continue
        while not closed and asked < k:
            closed, asked = is_closing(texts[asked]), asked + 1
        if closed and any(_greets(t) for t in texts[k + 1 : k + 1 + ENCLOSED_GREETING_REACH]):
            return k
    return None


def _quoted_message_at(texts: list[str], flat: list[tuple[int, int]]) -> Optional[int]:
    """The line where an earlier message quoted under a reply starts ("-----Original Message-----", a "From:"
    over "Sent:" header, "On ... wrote:"), after some text of the reply's own; else None."""
    words = 0
    for k, text in enumerate(texts):
        if words >= DEFAULT_MIN_BODY_WORDS and (
            QUOTE_SEPARATOR_LINE.match(text)
            or (
                QUOTE_FROM_LINE.match(text)
                and any(QUOTE_SENT_LINE.match(t) for t in texts[k + 1 : k + 3])
                # "TO: ..." over "FROM: ..." over "DATE: ...": a memorandum's or a fax's own heading, no message
                # quoted; its "TO:" field may run over the addressee's lines
                and not any(
                    _MEMO_TO_LINE.match(texts[at]) and _to_field_end(texts, flat, at) == k
                    for at in range(max(0, k - MAX_TO_FIELD_LINES), k)
                )
            )
        ):
            return k
        words += _words(text)
    return None


def _address_lines(blocks: list[Block], flat: list[tuple[int, int]], texts: list[str], salutation_at) -> set[int]:
    """The lines of the letter's address blocks, each a part of its own in the body, so that no name runs on into
    the next line's office or city: above a salutation (the letter's own, or a forwarded letter's "Dear ...," further
    down), a block of short lines that end no sentence ("Clerk, Select Committee on Roads / Parliament Buildings /
    Hill Street") names one thing a line, not one sentence; elsewhere (a sender's block at the foot, "Aid Office /
    Ministry of External Affairs / Quay House, Portbury") such a block must also have
    MIN_STACKED_LINES lines, each opening with a capital or a figure."""
    greetings = {k for k in range(len(texts)) if k == salutation_at or (k and _greets(texts[k]))}
    found: set[int] = set()
    k = 0
    while k < len(texts):
        b = flat[k][0]
        # A greeting ends a block: the reader may give the address, the greeting and the text under it one block.
        block = [k, *itertools.takewhile(lambda j: flat[j][0] == b and j not in greetings, range(k + 1, len(texts)))]
        k = block[-1] + 1
        short = len(block) >= MIN_ADDRESS_LINES and all(
            texts[j]
            and CELL_MARK not in texts[j]
            and not LEADER_DOTS.search(texts[j])  # a table's row ("Mali ...... 40,500") is no address line
            and _printed_words(blocks[flat[j][0]].lines[flat[j][1]], texts[j]) <= DEFAULT_MAX_ADDRESS_LINE_WORDS
            and (not ends_sentence(texts[j]) or _ABBREVIATION_END.search(texts[j]))
            for j in block
        )
        if not short:
            continue
        before_greeting = any(g >= k and _only_address_between(texts, block[-1], g) for g in greetings)
        if (salutation_at is not None and k <= salutation_at) or before_greeting:
            # A line that opens in lower case goes on the one above ("... Fund for Children / in Coastal Areas").
            found.update(j for j in block if j == block[0] or not texts[j][:1].islower())
        elif (
            block[0] > 0  # the letter's first block is its letterhead, which the author's name is read from whole
            and len(block) >= MIN_STACKED_LINES
            and all(texts[j][:1].isupper() or texts[j][:1].isdigit() for j in block)
        ):
            found.update(block)
    return found


def _office_over_its_state(texts: list[str], k: int) -> bool:
    """Whether line ``k`` is an office over its state's name ("PRESIDENT, / FEDERAL REPUBLIC OF ...", as a letterhead
    and a signer's title set it): the office's title, no role greeted, though it reads as "President,"."""
    return (
        k + 1 < len(texts)
        and bool(_ROLE_SALUTATION.fullmatch(_bare(texts[k])))
        and country_code(_bare(texts[k + 1]).strip(" ,.")) is not None
    )


def _greets(text: str) -> bool:
    """Whether a line is a salutation that closes with its comma or colon ("Dear Director General,"), as a forwarded
    or enclosed letter's greeting does."""
    return text.rstrip().endswith((",", ":")) and is_salutation(text)  # the ending first: most lines fail it


def _subject_lines(flat: list[tuple[int, int]], texts: list[str], salutation_at) -> set[int]:
    """The lines of a subject set over the salutation as a title and a sub-title ("Financial Cooperation
    with Ruritania – Rural Roads Programme, Phase II / Loan and Grant Agreements"), each a part of its own
    in the body: a short line that ends on a capitalised word or a number, over one that opens with a
    capital, is a title's end, not a wrapped sentence's."""
    if salutation_at is None or salutation_at == 0:
        return set()
    b = flat[salutation_at - 1][0]
    block = [j for j in range(salutation_at) if flat[j][0] == b]
    if not 2 <= len(block) <= MAX_SUBJECT_LINES:
        return set()
    for j in block:
        if not texts[j] or ends_sentence(texts[j]) or _words(texts[j]) > DEFAULT_MAX_SUBJECT_LINE_WORDS:
            return set()
    for upper, lower in zip(block, block[1:]):
        last = texts[upper].split()[-1]
        if not (last[:1].isupper() or last[:1].isdigit()) or not texts[lower][:1].isupper():
            return set()
    return set(block)


def _copy_lines(flat: list[tuple[int, int]], texts: list[str]) -> set[int]:
    """A "cc:" line and the lines under it in its block, each a part of its own in the body: a copy list names one
    recipient a line ("cc: Office of the Prime Minister / Ministry of Finance"); a line that opens in lower case
    goes on the one above."""
    found: set[int] = set()
    listed = None  # the block a copy line opened a list in
    for k, text in enumerate(texts):
        b = flat[k][0]
        if _COPY_LINE.match(text):
            listed = b
            found.add(k)
        elif b == listed and text and not text[0].islower():
            found.add(k)
    return found


def _printed_words(line: RawLine, text: str) -> int:
    """Words on the longest printed line of a line (a wrapped office's name is a short line, printed twice)."""
    return max((_words(piece.text) for piece in line.pieces), default=_words(text))


def dateline(text: str) -> Optional[tuple[str, Optional[dt.date], str]]:
    """Read a press release's dateline at the start of its first paragraph ("LONDON, 15 April 2024 – One
    year on ...", or without its date "WASHINGTON – The ..."): (place, date or None, date text) or None."""
    match = _DATELINE.match(text)
    # A region of several words after the city is a country's name ("Noumea, New Caledonia, 12 February 2026 –").
    if match and " " in (match.group("region") or "") and not country_code(match.group("region")):
        return None
    if match and (
        _NOT_DATELINE_CITY & set(match.group("city").lower().split()) or _NOT_A_PLACE.search(match.group("city"))
    ):
        return None
    found = parse_date(text[match.end() :]) if match else None
    if not found or found[1] != 0 or not _DATELINE_END.match(text, match.end() + found[2]):
        return (_dateline_place(match), None, "") if match and _undated_dateline(text, match) else None
    return _dateline_place(match), found[0], text[match.end() : match.end() + found[2]]


def _undated_dateline(text: str, match: re.Match) -> bool:
    """Whether a dateline gives a city without a date, as wire copy writes it ("WASHINGTON – The President's
    Budget ..."): the city in capitals, a dash, then a sentence; a country in capitals heads a section."""
    city = match.group("city")
    # A city in title case ("Brasília – The Agency ..."), as many agencies write it, needs a dash of
    # print (en or em), not a hyphen, and at most two words: a longer phrase before a dash is a heading.
    titled = city.istitle() and len(city.split()) <= 2 and bool(re.match(r"\s+[–—]\s", text[match.end("city") :]))
    return (
        (city.isupper() or titled)
        and not country_code(city)
        and bool(_UNDATED_DATELINE_TAIL.match(text, match.start("city") + len(city)))
    )


def _dateline_place(match: re.Match) -> str:
    """A dateline's city, with its region ("Washington, DC"), in natural case; a country after the city
    is no region ("BRIDGETOWN, Barbados" -> "Bridgetown"), as a letterhead's place drops it."""
    place = natural_case(match.group("city"), particles=_PLACE_PARTICLES)
    region = match.group("region")
    if region and not country_code(region):
        place += ", " + (region if _is_region_code(region) else natural_case(region, particles=_PLACE_PARTICLES))
    return place


def _head_over(end: int, lines: list[RawLine], texts: list[str], roles: dict, parts: LetterParts) -> list[int]:
    """Mark the lines before line ``end`` that are no other part as letterhead, but those that read as a title
    or lede ("IDB support to Haiti, 2025"), which are text (``parts.heading``); return the letterhead's."""
    above = [k for k in range(end) if not lines[k].is_image and texts[k] and k not in roles]
    # A reference to the document answered, with its date ("REF.: Note No. 12 of the Ministry, dated 3.9.2010"),
    # is text too: that date is one the letter names.
    # A letterhead sets its columns side by side ("Office hours 9 to 5 | 12 Quay Road, Lakeview"): such a line
    # is text only when each of its cells reads as text.
    heading = [
        k
        for k in above
        if all(_reads_as_text(cell) for cell in texts[k].split(CELL_MARK)) or _cites_dated_document(texts[k])
    ]
    # Minutes headed by their meeting's bodies ("MINISTRY OF HEALTH / DONOR ROUNDTABLE / MINUTES No. 4"): those
    # lines title the record, as text does, and no author's letterhead is over it.
    if any(_RECORD_TITLE.match(texts[k]) for k in above):
        heading = list(above)
    # A memorandum dated in its "DATE:" field: its "TO:" and "FROM:" fields above name bodies, as text does.
    if end < len(texts) and _MEMO_DATE_FIELD.match(texts[end]):
        heading += [k for k in above if _MEMO_PARTY_FIELD.match(texts[k]) and k not in heading]
        heading.sort()
    head = [k for k in above if k not in heading]
    parts.heading = "\n".join(texts[k] for k in heading) or None
    roles.update({k: "letterhead" for k in head})
    parts.letterhead = "\n".join(texts[k] for k in head) or None
    return head


def _take_dateline(
    lines: list[RawLine], flat: list[tuple[int, int]], texts: list[str], roles: dict, parts: LetterParts
) -> Optional[int]:
    """Fill a letter's missing place or date from the dateline of its first paragraphs, when it agrees with
    the date found; return the line the date was taken from."""
    taken = None
    for k in range(min(len(lines), DEFAULT_DATE_SEARCH_LINES)):
        if k in roles or lines[k].is_image:
            continue
        found = dateline(texts[k])
        # A dateline opens its paragraph; a page's columns flattened into one run it on under the lines beside it
        # (a bulletin's contents), and then only its city in capitals with its date marks it.
        if flat[k][1] != 0 and not (found and found[1] and _DATELINE.match(texts[k])["city"].isupper()):
            continue
        if found and found[1] is None:
            parts.place = parts.place or found[0]
            continue
        if found and parts.date in (None, found[1]):
            if parts.date is None:
                parts.date, parts.date_text = found[1], found[2]
                taken = k
            parts.place = parts.place or found[0]
            return taken
    return None


def _named_as_place(name: str, texts: list[str]) -> bool:
    """Whether the texts name ``name`` as where something is or happens ("... the talks met in Valletta")."""
    where = re.compile(rf"\b(?:in|at)\s+{re.escape(name)}\b")
    return any(where.search(text) for text in texts)


def _take_signing_formula(texts: list[str], parts: LetterParts) -> None:
    """Fill an undated instrument's date, and its place if missing, from the last signing formula among texts."""
    for text in reversed(texts):
        match = _SIGNING_FORMULA.match(text)
        start = match.end() if match else 0
        second = _OTHER_CALENDAR_FIRST.match(text, start) if match else None
        start = second.end() if second else start
        found = parse_date(text[start:]) if match else None
        if found and found[1] == 0:
            parts.date, parts.date_text = found[0], text[start + found[1] : start + found[2]]
            parts.place = parts.place or match["place"]
            return


def first_salutation(text: str) -> str:
    """A salutation line as the salutation: the first one, without its alternate in brackets or its colon."""
    text = _bare(text)
    alternate = re.search(r"[,:;]?\s*[(\[][^()\[\]]*[)\]]\s*$", text)
    if alternate and alternate.start() > 0:
        text = text[: alternate.start()]  # "Dear Mr. Speaker: (Dear Madam President:)"
    return text.rstrip(",:;!").strip()


def closing_with_name(text: str) -> Optional[tuple[str, str]]:
    """A closing and a name on one line ("Sincerely, JOSEPH R. BIDEN JR."): (closing, name), or None."""
    for match in re.finditer(r",\s+", text):
        head, name = text[: match.start()], text[match.end() :].strip()
        if is_closing(head) and _looks_like_name(name) and _words(name) >= 2:
            return head, name
    return None


def _named(parts: LetterParts, text: str) -> None:
    """Set the signatory from a name line, in natural case when it is set in capitals."""
    name = person_name(text)
    if name.isupper():
        name = natural_case(name, particles=NAME_PARTICLES)
    elif _SURNAME_IN_CAPITALS.search(name):
        # "Lamine SAWADOGO", "MBUYI KALALA Tshimanga": the surname in capitals, as French usage writes it
        name = _SURNAME_IN_CAPITALS.sub(lambda m: natural_case(m.group(0), particles=NAME_PARTICLES), name)
    parts.signatory = name


def _unclosed_signature(lines: list[RawLine], texts: list[str], start: int, end: int, parts: LetterParts) -> dict:
    """Roles of a signature block that no closing formula introduces, near the end of the letter.

    A signature image (or its description, or a "/s/" mark) above a name, or a name alone (with up
    to two title lines under it) after the letter's text ends the body.
    """
    # A circular's lists of the offices it goes to and of its copies, under the signer after its last paragraph,
    # however long: the signer is sought above them (a memo's "cc:" field in its head is no such list; an
    # enclosure's line may stand over the signer, as South Asian memos set it).
    last_text = max((k for k in range(start, end) if _words(texts[k]) > 2 * DEFAULT_MAX_SIGNATORY_WORDS), default=start)
    listed = (
        k for k in range(last_text, end) if _COPY_LINE.match(texts[k]) and not texts[k].lower().startswith("encl")
    )
    end = next(listed, end)
    # Two signers' blocks one after the other (a PDF sets side-by-side columns so) take twice the lines.
    first = max(start, end - 2 * DEFAULT_SIGNATURE_SEARCH_LINES)
    for k in range(end - 1, first - 1, -1):
        if lines[k].is_image or _is_signature_line(lines[k], texts[k]):
            words_before = sum(_words(texts[j]) for j in range(k))
            probe = LetterParts()
            roles = _signatory(list(range(k, end)), lines, texts, probe)
            signer_at = _first_signed_row(lines, texts, first, k)
            if signer_at != k:
                # The signer of the first row names the letter's signatory; the blocks under it stay the signers'.
                signer = LetterParts()
                signer_roles = _signatory(list(range(signer_at, end)), lines, texts, signer)
                if signer.signatory:
                    probe, roles = signer, {**signer_roles, **roles}
            # Only a signature after some text and above a name ends the body (not a logo).
            if words_before >= DEFAULT_MIN_BODY_WORDS and probe.signatory:
                if not _looks_like_name(probe.signatory):
                    return {}  # a form's labels under a drawing, not a name
                parts.signatory, parts.signatory_title = probe.signatory, probe.signatory_title
                parts.has_signature_image = probe.has_signature_image or lines[k].is_image
                if is_signature_description(texts[k]):
                    parts.has_signature_image = True
                return roles
            break
    # A name alone: "JOSEPH R. BIDEN JR." under the last paragraph, perhaps with its title lines, and
    # perhaps a note with a link after it ("To view a signed copy ..., visit: <https://...>"), which
    # stays body and may wrap over lines in a PDF.
    tail = [k for k in range(first, end) if texts[k]]
    tail = tail[: len(tail) - _trailing_link_note([texts[k] for k in tail])]
    # A copy list under the signer ("cc: Embassy of ...") is body, not title lines under the name; an enclosure's
    # line over the signer ("Enclosure: Annual Report" over "(Jane Roe)", as South Asian memos set it) is above it.
    copied = next(
        (
            at
            for at, k in enumerate(tail)
            if _COPY_LINE.match(texts[k])
            and not (
                texts[k].lower().startswith("encl")
                and at + 1 < len(tail)
                and _is_signature_name(_first_cell(texts[tail[at + 1]]))
            )
        ),
        None,
    )
    tail = tail if copied is None else tail[:copied]
    # A footnote under the signers ("* This designation is without prejudice ...") is body, as a copy list is.
    noted = next((at for at, k in enumerate(tail) if at and _FOOTNOTE.match(lines[k].text)), None)
    tail = tail if noted is None else tail[:noted]
    for at, k in enumerate(tail):
        # Signers side by side ("Jane Roe | John Doe" over their titles): the first column's lines decide;
        # a PDF may set the second signer's block under the first's: the first signs.
        rest = _own_title_lines([_first_cell(texts[j]) for j in tail[at + 1 :]])
        if rest is None and _BRACKETED.match(texts[k].strip()):
            rest = 0  # "(Jane Roe)" signs as South Asian offices do, over the addressee's block set at the foot
        if rest is None or not _is_signature_name(_first_cell(texts[k])):
            continue
        rest = tail[at + 1 : at + 1 + rest]
        # A co-chairs' summary signs without a closing, each name under the body it signs for ("For the
        # ... Commission" over "Jane Roe"): that line stays in the text and the text ends above it.
        behalf = [tail[at - 1]] if at and _ON_BEHALF.match(texts[tail[at - 1]]) else []
        before = [j for j in range(start, behalf[0] if behalf else k) if texts[j]]
        if sum(_words(texts[j]) for j in before) < DEFAULT_MIN_BODY_WORDS or not before:
            continue
        if not ends_sentence(texts[before[-1]]) and not texts[before[-1]].endswith(","):
            continue  # a name-like line in running text, or a heading
        return _signatory([*behalf, k, *rest], lines, texts, parts)
    return {}


def _first_signed_row(lines: list[RawLine], texts: list[str], first: int, k: int) -> int:
    """The line of the signature mark that names the signatory, the last one being at ``k``.

    Above a note that a place was left blank ("(unsigned: the deputy minister signs on her return)"), the mark
    before it; among rows of signers side by side ("[signed] | [signed]", a pair of parties a row), the first row.
    """
    if _NOT_SIGNED.search(texts[k]):
        signed = [j for j in range(first, k) if _is_signature_line(lines[j], texts[j])]
        if not signed or _NOT_SIGNED.search(texts[signed[-1]]):
            return k
        k = signed[-1]
    if _is_marked_row(lines[k], texts[k]):
        return min((j for j in range(first, k) if _is_marked_row(lines[j], texts[j])), default=k)
    return k


def _is_signature_line(line: RawLine, text: str) -> bool:
    """Whether a line (not an image) is a signature mark ("/s/", "[signed] Jane Roe") or a signature's description."""
    return not line.is_image and (signature_mark(text) is not None or is_signature_description(text))


def _is_marked_row(line: RawLine, text: str) -> bool:
    """Whether a line sets signature marks side by side ("[signed] | [signed]"), each over a signer's name."""
    cells = [cell.strip() for cell in text.split(CELL_MARK)]
    return len(cells) > 1 and all(_is_signature_line(line, cell) for cell in cells) and not _NOT_SIGNED.search(text)


def _own_title_lines(texts: list[str]) -> Optional[int]:
    """How many of the lines under a signer's name are its title block, when they are one, or one followed
    by a second signer's name and title block; else None."""
    if not texts:
        return 0
    for cut in range(min(len(texts), DEFAULT_MAX_TITLE_LINES), 0, -1):
        own, other = texts[:cut], texts[cut:]
        if not _is_title_block(own):
            continue
        if not other:
            return cut
        if len(other) > 1 and _ON_BEHALF.match(other[0]):
            other = other[1:]  # the second signer's block opens with the body it signs for ("For the ...")
        if _is_signature_name(other[0]) and len(other) - 1 <= DEFAULT_MAX_TITLE_LINES and _is_title_block(other[1:]):
            return cut
    if _is_signature_name(texts[0]) and len(texts) - 1 <= DEFAULT_MAX_TITLE_LINES and _is_title_block(texts[1:]):
        return 0  # a second signer's name right under the first's, the first untitled (a minister over her official)
    return None


def _is_row_of_names(text: str) -> bool:
    """Whether a line sets names with initials side by side ("MARY K. DOE | PAUL R. ROE"): no cell has an
    address's comma or number ("9 T. G. Masaryk Street, Bratislava" is a street named after a person)."""
    cells = [cell.strip() for cell in text.split(CELL_MARK)]
    return len(cells) > 1 and all(_NAME_INITIAL.search(cell) and not re.search(r"[,\d]", cell) for cell in cells)


def _first_cell(text: str) -> str:
    """The first column of a line that sets columns side by side ("Jane Roe | John Doe" -> "Jane Roe")."""
    return text.split(CELL_MARK)[0].strip() if CELL_MARK in text else text


def _trailing_link_note(texts: list[str]) -> int:
    """How many of the last lines are a note holding a link: the line where the link starts, the pieces
    of the link wrapped under it (no space inside) and a line ending in ":" that introduces it."""
    count = 0
    for text in reversed(texts[-DEFAULT_MAX_LINK_NOTE_LINES:]):
        count += 1
        if _LINK.search(text):
            # "To view a signed copy ..., visit:" on a line of its own introduces the link.
            return count + 1 if count < len(texts) and texts[-count - 1].rstrip().endswith(":") else count
        if " " in text.strip():
            return 0
    return 0


def _is_signature_name(text: str) -> bool:
    """True for a line that can stand alone as a signer's name: two to six capitalised words, no sentence."""
    name = person_name(text)
    words = name.replace(",", " ").split()
    if len(words) < 2 or not _looks_like_name(name) or name.endswith((":", ";")):
        return False
    if without_country(name) != name:
        return False  # "Port Elara, Malta" under a communique: a city and its country, where it was issued
    # An initial without its full stop after the first ("J A Osei", as British letters type it) is no article "a".
    if any(word.lower() in _NOT_NAME_WORDS and not (at and word == "A") for at, word in enumerate(words)):
        return False
    if _UNIT_NAME.search(name):
        return False
    return not _TITLE_WORDS.search(name) or _TITLE_WORDS.search(name).start() > 0


def _is_title_block(texts: list[str]) -> bool:
    """True for the lines under a name: title lines, or a title over the unit and body it serves."""
    if all(_is_title_line(text) for text in texts):
        return True
    # "Executive Director / Economic Development Cooperation Fund Group / The Export-Import Bank of Korea"
    return _is_title_line(texts[0]) and all(_is_office_line(text) for text in texts[1:])


def _is_office_line(text: str) -> bool:
    """True for a short line of capitalised words that names a unit or a body, not a sentence."""
    words = text.replace(",", " ").split()
    if not words or len(words) > 2 * DEFAULT_MAX_SIGNATORY_WORDS or ends_sentence(text.rstrip(".")):
        return False
    # A body's acronym in brackets after its name ("... Development Cooperation (RoAid)") is a capitalised word too,
    # and so is a brand's name that capitalises a later letter ("eLankidetza – Basque Agency ..."); a dash is no word.
    return all(
        word.lstrip("(")[:1].isupper()
        or word.lower() in _NAME_SMALL_WORDS
        or _CAMEL_CASE.match(word)
        or not any(ch.isalnum() for ch in word)
        for word in words
    )


def _is_title_line(text: str) -> bool:
    """True for a short line under a name that says the signer's office ("President of the European Council")."""
    return (
        0 < _words(text) <= 2 * DEFAULT_MAX_SIGNATORY_WORDS
        and not ends_sentence(_TITLE_QUALIFIER.sub("", text).rstrip("."))
        and bool(_TITLE_WORDS.search(text))
        and not _NOT_A_TITLE.match(text)
    )


def _letterhead_place(head: list[str]) -> Optional[str]:
    """The letterhead's city ("THE WHITE HOUSE / WASHINGTON" -> "Washington"): a later line that is only a place."""
    below = ""  # the line under this one
    for at, text in reversed(list(enumerate(head))[1:]):
        if _ENDS_MID_PHRASE.search(head[at - 1]):
            below = text
            continue  # "MEMORANDUM FOR: The Minister of Development and La" over "Francophonie": a wrapped line
        over_country, below = bool(country_code(_POSTAL_CODE.sub("", below).strip(" ,"))), text
        # A bilingual letterhead sets its two languages side by side ("Foreign Affairs, Trade and | Affaires
        # étrangères, Commerce"): the first column is read, as one language's letterhead.
        if _is_row_of_names(text):
            continue  # "MARY K. DOE | PAUL R. ROE" under the city line: the officers' names
        # An address's line may end in the comma that runs it on to the next ("Riverton - 400 123,").
        text = _CONTACT_FIELD.sub("", _first_cell(text)).rstrip().rstrip(",")
        text = _DASHED_COUNTRY.sub(lambda m: "" if country_code(m["country"]) else m[0], text)
        district_country = _DISTRICT_THEN_COUNTRY.search(text)
        if district_country and country_code(district_country["country"]):
            # "Riverton 4 EXAMPLIA": a column's district line and its country's line, run together
            text, over_country = text[: district_country.start("country")], True
        district = _DISTRICT_THEN_CITY.search(text)
        text = district["city"].strip() if district else text
        # "..., Amman 11814, Jordan": the country after an address's postal code is no part of its city.
        text = without_country(text) if "," in text and not country_code(text.strip()) else text
        coded = _POSTAL_CODE.search(text) is not None
        text = _POSTAL_CODE.sub("", text)
        dashed = POSTAL_CODE_AFTER_CITY.search(text) or _SPACED_PIN_AFTER_CITY.search(text)
        if dashed:
            text, coded = (
                text[: dashed.start()],
                True,
            )  # "Planning Department, Nagpur - 440 001": India's PIN after its city
        boxed = _PO_BOX_CITY.match(text)
        if boxed:
            text = boxed.group("city").strip()  # "P.O. Box 602, MBABANE": the city of the post office box
        number = _TRAILING_POSTAL_NUMBER.search(text)
        glued = False  # the code joined to the city by a hyphen ("Station Road, Rangpur-5400"): the city's own
        if number and not YEAR_MIN <= int(number.group("code")) <= YEAR_MAX:
            glued = number.group(0).startswith("-")
            text, coded = _US_STATE_CODE.sub("", text[: number.start()]), True
        elif ("," in text or over_country) and _POSTAL_DISTRICT.search(text):
            # "163, Kirulapana Avenue, Colombo 05": an address ending in its city's postal district;
            # or the district alone over the country's line ("Lilongwe 3" over "MALAWI")
            text, coded = _POSTAL_DISTRICT.sub("", text), True
        if glued:
            text = text.rpartition(",")[2].strip()  # a city that is also a province's name, as Bangladesh's are
        elif coded and (not _is_place(text) or _quarter_then_city(text)):
            text = _address_city(text)  # "Harbour House, Port Elara - 400 123": a building's name, then the city
        elif _quarter_then_city(text):
            # "Lazimpat, Kathmandu, Nepal": a quarter, its city, the country; "Seri Perdana, Putrajaya": a seat's
            # building or quarter, then its city
            text = text.rpartition(",")[2].strip()
        elif _PREMISES_THEN_CITY.match(text):
            text = without_premises(text)
        elif text.count(",") >= 2:
            # "Project Directorate (ADB), Babarmahal, Kathmandu": an office, its quarter and its city, no postal
            # code; but "Ministry of Water, Forests and Fisheries" closes a list of a body's remits.
            last = text.rpartition(",")[2].strip()
            text = "" if _CLOSES_LIST.search(last) else last
        elif _STREET_THEN_CITY.match(text):
            # "6 Harbour Avenue, Riverton City": a street's number and name, then its city
            text = text.rpartition(",")[2].strip()
        if _is_place(text) and _words(text) <= DEFAULT_MAX_LETTERHEAD_PLACE_WORDS:
            place = text.rstrip(",").strip()
            if country_code(place):
                continue  # "New Zealand" under the address: the letterhead's country, not its place
            # "Ottawa, Canada": the city; the country is the letterhead's country, not its place; and so is
            # a province or state after it ("Winnipeg, Manitoba").
            place = _without_subdivision(without_country(place))
            return natural_case(place, particles=_PLACE_PARTICLES) if place.isupper() else place
    # Else the first address with its postal code before the city: the sender's, above any addressee's,
    # under the sender's name (an address alone may be anyone's).
    # A letterhead may set its address beside its contacts ("Tel: ... | 20145 LUSAKA."): every column counts.
    cells = (
        [cell for text in head[1:] for cell in text.split(CELL_MARK)] if head and not re.search(r"\d", head[0]) else []
    )
    for text in cells:
        # "4410 Lakeview, Malta"; "Quay Road 7, AB-20314 Lakeview, tel. +99 ...": the contacts after the city go
        text = without_country(_CONTACT_FIELD.sub("", text).strip().rstrip(".,").strip())
        found = _POSTAL_CODE_CITY.search(text) or _PO_BOX_CITY.search(text)
        if (
            found
            and _is_place(found.group("city"))
            and _words(found.group("city")) <= DEFAULT_MAX_LETTERHEAD_PLACE_WORDS
        ):
            place = found.group("city").strip()
            if _METRO_AREA.match(place):
                # "..., Riverton City, 2210 Metro Harbour": the city the address names within its metropolitan area
                named = [part.strip() for part in text[: found.start("city")].split(",")]
                place = next((part for part in named if _NAMED_CITY.search(part) and _is_place(part)), place)
            return natural_case(place, particles=_PLACE_PARTICLES) if place.isupper() else place
    # A letterhead that sets its address in a column right of its contacts ("Tel.: ... | P.O. Box 12" over "Fax: ... |
    # LAKEVIEW"): that column's lines, read as a letterhead of their own when one of them is a box's or a street's.
    right_column = [text.split(CELL_MARK)[-1].strip() for text in head[1:] if CELL_MARK in text]
    if len(right_column) >= MIN_ADDRESS_LINES and any(_ADDRESS_LINE.search(text) for text in right_column):
        return _letterhead_place(["", *right_column])
    for text in (cell.strip() for line in head[1:] for cell in line.split(CELL_MARK)):
        found = _POSTAL_CODE_FIRST.match(text) or _CITY_STATE_ZIP.match(text)
        if found and _is_place(found["city"]) and not country_code(found["city"]):
            if (
                "state" in found.groupdict()
                and _without_subdivision(f"{found['city']}, {found['state']}") != found["city"]
            ):
                continue  # "Suite 9, Lake Street 55802": no state after the city, no city of this shape
            return found["city"]
    return None


def _quarter_then_city(text: str) -> bool:
    """Whether a letterhead's address line is a building's or a quarter's name, then its city ("Seri Perdana,
    Putrajaya"): one comma, and no country, province or state after it ("Ottawa, Canada", "Regina, Saskatchewan")."""
    return text.count(",") == 1 and not _is_region(text) and without_country(text) == text


def without_premises(place: str) -> str:
    """A place without the building named before it ("Udyog Bhawan, New Delhi" -> "New Delhi"); else the place."""
    return place.rpartition(",")[2].strip() if _PREMISES_THEN_CITY.match(place) else place


def _is_region(place: str) -> bool:
    """Whether a place closes on a province, a state or its short code ("Winnipeg, Manitoba", "Austin, TX")."""
    region = place.rpartition(",")[2].strip()
    return _is_region_code(region) or _is_subdivision(region)


def _is_region_code(region: str) -> bool:
    """Whether a place's part is a region's short code in capitals ("TX", "D.C.")."""
    return region.isupper() and len(region.replace(".", "")) <= MAX_REGION_ABBREVIATION


def _is_subdivision(region: str) -> bool:
    """Whether a place's part names a country's province or state ("Manitoba")."""
    return natural_case(region) in subdivision_table()


def _without_subdivision(place: str) -> str:
    """A city without the province or state that closes it ("Winnipeg, Manitoba" -> "Winnipeg"); else the place."""
    city, _comma, region = place.rpartition(", ")
    return city if city and _is_subdivision(region) else place


def _address_city(text: str) -> str:
    """The city that ends an address line whose postal code is gone ("Iveagh House, 80 St Stephen's Green,
    Dublin 2" -> "Dublin"; "1600 Pennsylvania Avenue NW, Washington, DC" -> "Washington, DC")."""
    segments = [segment.strip() for segment in text.split(",")]
    last = segments[-1]
    street = _STREET_THEN_BARE_CITY.match(last)
    if street and _is_place(street["city"]):
        return street["city"]  # "12 Quay Road Lakeview" (its postal code gone): the city after the street
    if len(segments) > 2 and _is_region_code(last):
        return f"{segments[-2]}, {last}"
    if (
        len(segments) > 2
        and last in subdivision_names()
        and last not in city_subdivision_names()  # "..., Vake District, Tbilisi 0179": a capital city
        and _is_place(segments[-2])
        and not _is_region_code(segments[-2])  # "12 K Street, N.W., Washington": a city's quarter, then the city
    ):
        return segments[-2]  # "640 Nishi, Kurashiki, Okayama" (710-8565): the city before its prefecture
    return _POSTAL_DISTRICT.sub("", last)


def _repeated_letterhead(
    blocks: list[Block], flat: list[tuple[int, int]], texts: list[str], head: set[str], after: int, roles: dict
) -> None:
    """Mark a later paragraph that only repeats letterhead lines (a second page's letterhead) as letterhead."""
    if not head:
        return
    by_block: dict[int, list[int]] = {}
    for k in range(after + 1, len(flat)):
        by_block.setdefault(flat[k][0], []).append(k)
    for indices in by_block.values():
        if any(k in roles for k in indices):
            continue
        if all(texts[k].lower() in head for k in indices if texts[k]) and any(texts[k] for k in indices):
            roles.update({k: "letterhead" for k in indices if texts[k]})


def _signatory(indices: list[int], lines: list[RawLine], texts: list[str], parts: LetterParts) -> dict:
    """Fill the signatory, its title and the signature image from the lines after the closing; return their roles."""
    roles: dict[int, str] = {}
    describing = False  # the line above describes the signature and its sentence goes on
    behalf = False  # the line above names the body signed for, and may wrap
    sealing = False  # the line above opens a seal's description in brackets that it does not close
    for k in indices:
        line, text = lines[k], texts[k]
        if parts.signatory is None and _SIGNED_BY.match(text):
            # "By (signed)" under the body's name: the formula, then the signature or the signer's name
            text = _bare(text[_SIGNED_BY.match(text).end() :])
            if not text:
                roles[k] = "signature"
                continue
        if sealing or (parts.signatory is None and _SEAL_MARK.match(text)):
            # "[seal]", "[Round seal: EMBASSY OF ... / ... MANAGUA]", "(initialled)": a seal or initials, no name
            roles[k] = "signature"
            sealing = text.lstrip().startswith(("[", "(")) and not text.rstrip().endswith(("]", ")"))
            sealing = sealing or (roles.get(k - 1) == "signature" and not text.rstrip().endswith(("]", ")")))
            continue
        if parts.signatory is None and _MOTTO.match(_ABBREVIATION_STOP.sub("", text).strip()):
            # "EFFECTIVE SUFFRAGE. NO RE-ELECTION.": an official motto under the closing, two sentences, no name
            roles[k] = "closing"
            continue
        if describing and _bare(text)[:1].islower():
            # "... a rapid looping 'AB' with a long" over "stroke underneath.": the description wrapped, no name.
            roles[k] = "signature"
            describing = not ends_sentence(text)
            continue
        describing = False
        if parts.signatory is None and not line.is_image:
            named = signature_mark(_first_cell(text))  # "/s/ | /s/": a mark over each signer's column
            if named is not None:
                # "(Signed)", "/s/" or "Signed," stand for the signature; a name may follow on the line.
                if is_signature_description(text):
                    parts.has_signature_image = True
                if not named:
                    roles[k] = "signature"
                    continue
                text = named
        if line.is_image or (parts.signatory is None and is_signature_description(text)):
            if parts.signatory is None:
                parts.has_signature_image = True
            if not line.is_image:
                roles[k] = "signature"
                describing = not ends_sentence(text)
            continue
        if not re.search(r"[^\W_]", line.text):
            if line.text.strip():
                roles[k] = "signature"  # a rule to sign on: "______"
            continue
        if CELL_MARK in text and (parts.signatory is None or roles.get(k - 1) == "signatory"):
            # Signers side by side ("Patricia M. Hollins | Robert J. Castellano" over "Chair | Vice Chair"):
            # the first column's signer signs first; the others' lines stay in the text.
            text = text.split(CELL_MARK)[0].strip()
        elif parts.signatory is None:
            text = _first_column(line, text)
        if parts.signatory is None and roles.get(k - 1) == "title" and _wraps_title(text):
            parts.signatory_title = f"{parts.signatory_title} {text.rstrip(',').strip()}"
            roles[k] = "title"
            continue
        if parts.signatory is None:
            if _ON_BEHALF.match(text) or (behalf and _bare(text)[:1].islower()):
                # the body signed for, not the person who signs: it stays in the text, with its wrapped
                # remainder ("For the Ministry of Foreign Affairs" over "and Trade of Hungary")
                behalf = True
                continue
            behalf = False
            if _words(text) > DEFAULT_MAX_SIGNATORY_WORDS and not _title_over_signed_name(
                text, k, indices, lines, texts
            ):
                return roles  # a sentence, not the signer's lines; a long office over the name is the title
            beside = _title_beside_name(line, text)
            if beside is not None:
                roles[k] = "signatory"
                _named(parts, person_name(beside[1]))
                parts.signatory_title = beside[0]
                return roles
            following = next((texts[j] for j in indices if j > k and texts[j]), "")
            if _BODY_NAME.match(text):
                # The body's name stays in the text: over its signer's name ("Ministry of Fisheries" over "Jane
                # Roe"), or alone, as a note verbale's issuer or its addressee ("The Embassy of Examplia,").
                if _is_signature_name(following.split(CELL_MARK)[0].strip()):
                    continue
                return roles
            if _is_sender_line(text, texts[:k], following.split(CELL_MARK)[0].strip()):
                continue  # "KfW" over "Dr Henrik Vossberg": the body that signs stays in the text, as above
            if _SIGNED_BY.match(following):
                continue  # "ACME BANK" over "By: /s/ ...": the body that signs through its officer stays in the text
            if _is_title_before_name(text, following) or _title_over_signed_name(text, k, indices, lines, texts):
                # "The Minister for Foreign Trade and Development," above "Hanneke van der Werf"
                parts.signatory_title = text.rstrip(",").strip()
                roles[k] = "title"
                continue
            roles[k] = "signatory"
            name = person_name(text)
            head, _, tail = name.partition(", ")
            if not tail:
                head, tail = _name_then_title(name)
            if tail and _TITLE_WORDS.search(tail) and _words(head) >= 2:
                # "Jane Roe, Executive Director": the name, then its title.
                _named(parts, head)
                parts.signatory_title = tail
                return roles
            _named(parts, name)
        else:
            typed = person_name(text)
            # An e-mail signs off with a first name ("Mele") over its signature block's full name ("Mele Roe"); a
            # German paraph gives the surname ("(gez.) Roe") over the typed "Dr Mele Roe".
            typed_words = typed.lower().split()
            one_name_over = (
                parts.signatory
                and " " not in parts.signatory
                and typed_words
                and parts.signatory.lower() in (typed_words[0], typed_words[-1])
                and _is_signature_name(typed)
            )
            # A name in its own script ("伊原 節子") over its romanised form: the reader's script is kept.
            native_over = not re.search(r"[A-Za-z]", parts.signatory) and _is_signature_name(typed)
            if _same_person(parts.signatory, typed) or one_name_over or native_over:
                # A signature set in type ("S. Ould Tah", a script font) above the typed name: the
                # typed name is the fuller one.
                if len(typed) >= len(parts.signatory) or native_over:
                    _named(parts, typed)
                roles[k] = "signatory"
                continue
            if re.search(r"www\.|https?://|@", text):
                return roles  # a letterhead's footer (address, web site), not the signer's title
            if _FOOTNOTE.match(line.text):
                return roles  # "* Of which $30 million is for ...": the body's footnote, kept as text
            if _words(text) <= 2 * DEFAULT_MAX_SIGNATORY_WORDS and not _NOT_A_TITLE.match(text):
                parts.signatory_title = text
                roles[k] = "title"
            return roles
    return roles


def _wide_gap_halves(line: RawLine) -> Optional[tuple[str, str]]:
    """The two sides of a printed line's widest space when it is at least SIDE_BY_SIDE_GAP times the narrowest one
    (two things set side by side, as a PDF keeps their positions); None for any other line or one without positions."""
    x0s, x1s = char_boxes(line)
    spaces = [i for i, ch in enumerate(line.text) if ch == " " and i < min(len(x0s), len(x1s))]
    widths = [x1s[i] - x0s[i] for i in spaces]
    if len(widths) < 2 or min(widths) <= 0:
        return None
    widest = max(range(len(widths)), key=widths.__getitem__)
    if widths[widest] < SIDE_BY_SIDE_GAP * min(widths):
        return None
    return line.text[: spaces[widest]].strip(), line.text[spaces[widest] :].strip()


def _title_beside_name(line: RawLine, text: str) -> Optional[tuple[str, str]]:
    """The title and the name of a signer's line that sets them side by side ("Deputy Governor        E. Roe",
    as Russian-style letters sign): split at the line's widest space where it has positions, else before a name
    of initials and a surname that ends it; None for any other line."""
    if char_boxes(line)[0]:
        halves = _wide_gap_halves(line)
        if halves is None:
            return None
        title, name = _bare(halves[0]), _bare(halves[1])
    else:
        initialled = _INITIALLED_NAME_END.search(text)
        if initialled is None:
            return _title_before_foreign_name(text)
        title, name = _bare(text[: initialled.start()]), initialled["name"]
    if _TITLE_WORDS.match(_VICE_PREFIX.sub("", title)) and _is_signature_name(name) and not _TITLE_WORDS.search(name):
        return title, name
    return None


def _title_before_foreign_name(text: str) -> Optional[tuple[str, str]]:
    """A text line's title and the name after it, their wide space lost ("Vice-Minister of Fisheries Ilmar Tamm"):
    the name is the last words that are no English words (an office's are), two to four of them; None when the
    words do not so part (a surname that is an English word leaves the line whole)."""
    words = english_words()
    parts = _bare(text).split()
    if words is None or not _TITLE_WORDS.match(_VICE_PREFIX.sub("", parts[0] if parts else "")):
        return None
    named = len(list(itertools.takewhile(lambda word: word.strip(",.").lower() not in words, reversed(parts))))
    if not 2 <= named <= DEFAULT_MAX_NAME_WORDS - 2 or len(parts) - named < 2:
        return None  # "Ambassador Jane Roe": a one-word title is the name's honorific, read with the name
    title, name = " ".join(parts[:-named]), " ".join(parts[-named:])
    if not _OFFICE_OF.search(title):
        return None  # "Ambassador Jane Mary Roe": no office named "of" or "for" something, the words may all be a name
    return (title, name) if _is_signature_name(name) and not _TITLE_WORDS.search(name) else None


def _first_column(line: RawLine, text: str) -> str:
    """The first signer of a printed line that sets two side by side with only a wide space between them
    ("Jane Roe      John Doe", as a browser prints two columns): the text before the wide space, when both
    sides read as names; else the text."""
    halves = _wide_gap_halves(line)
    if halves is not None and _is_signature_name(halves[0]) and _is_signature_name(halves[1]):
        return _bare(halves[0])
    return text


def _is_sender_line(text: str, texts: list[str], following: str) -> bool:
    """Whether a line after the closing is the sending body's name that the letter's first line opens with,
    or that a line of its letterhead repeats whole; texts are the lines above it."""
    first = next((t for t in texts if t), "").lower()
    name = text.strip().rstrip(",").lower()
    # "KfW" under "Kind regards," and over the signer, in a letter whose letterhead reads "KfW Development Bank".
    opens = bool(name) and first.startswith(name) and not first[len(name) : len(name) + 1].isalnum()
    # A printed e-mail opens with its account holder's name ("Jane Q. Roe" over "From: ..."): a name with an initial
    # in it is a person's, who signs, not a body's.
    opens = opens and not _NAME_INITIAL.search(text)
    # "Federal Office for the Environment FOEN", the letterhead's third line, over "Dr. Jane Roe".
    repeated = (
        bool(name)
        and not _is_signature_name(text)
        and name in {t.strip().rstrip(",").lower() for t in texts[:DEFAULT_DATE_SEARCH_LINES]}
    )
    return (opens or repeated) and _is_signature_name(following)


def _is_title_before_name(text: str, following: str) -> bool:
    """Whether a line after the closing is the signer's title set above the name ("The Minister for ...,")."""
    return (
        text.endswith(",")
        and bool(_TITLE_WORDS.search(" ".join(text.split()[:TITLE_WORD_REACH])))
        and _looks_like_name(following)
        and not _TITLE_WORDS.search(following)
        and _words(following) <= DEFAULT_MAX_NAME_WORDS
    )


def _title_over_signed_name(text: str, at: int, indices: list[int], lines: list[RawLine], texts: list[str]) -> bool:
    """Whether a line after the closing is only the signer's office ("The Secretary General", "Director General")
    with the signer's name under it, perhaps below the signature or its mark ("[signed and sealed]")."""
    office = re.sub(r"^(?:the|acting)\s+", "", text.rstrip(",").strip(), flags=re.I)
    # The office may open with a word of its own ("THE CONSTITUTIONAL GOVERNOR OF THE STATE").
    # An office names its field with small words between capitalised ones ("Minister of Environment and Forestry").
    # Its length is that of its capitalised words: "Deputy Minister of Economy, Environment and Agriculture of Ukraine".
    words = [word.rstrip(",") for word in office.split() if word.lower() not in _OFFICE_SMALL_WORDS]
    if (
        not _TITLE_WORDS.search(" ".join(office.split()[:TITLE_WORD_REACH]))
        or len(words) > DEFAULT_MAX_NAME_WORDS
        or not _looks_like_name(" ".join(words))
    ):
        return False
    for k in (j for j in indices if j > at):
        if lines[k].is_image or not texts[k]:
            continue
        signed = signature_mark(texts[k])  # "[signature]   Jane ROE": the name after the mark
        if signed:
            return _is_signature_name(signed)
        if is_signature_description(texts[k]) or signed == "" or _wraps_title(texts[k]):
            continue  # "The Minister of Health," over "and Social Affairs": the office wrapped
        return _is_signature_name(texts[k])
    return False


def _wraps_title(text: str) -> bool:
    """Whether a line goes on with the office above it ("and Social Affairs" under "The Minister of Health,")."""
    first = _bare(text).split()[:1]
    return bool(first) and first[0].lower() in _WRAP_OPENERS


def _name_then_title(text: str) -> tuple[str, str]:
    """A name followed by its title without a comma ("Dana A. Remus Counsel to the President"), or (text, "")."""
    match = _TITLE_WORDS.search(text)
    if not match or match.start() == 0 or not text[match.start()].isupper():
        return text, ""
    head = text[: match.start()].strip()
    words = head.split()
    # The title may open with words of its own ("Executive Director"): keep a name of two to four words.
    if 2 <= len(words) <= 4 and _looks_like_name(head) and not any(w.lower() in _NOT_NAME_WORDS for w in words):
        return head, text[match.start() :].strip()
    return text, ""


def _looks_like_name(text: str) -> bool:
    """True for a short run of capitalised words without digits: a name under a signature, not a form's labels."""
    words = text.replace(",", " ").split()
    if not words or len(words) > DEFAULT_MAX_NAME_WORDS or any(ch.isdigit() for ch in text):
        return False
    if re.search(r"\b(signature|signed|date|name|pen|tool)\b", text, re.I):
        return False
    return all(word[:1].isupper() or word.lower() in NAME_PARTICLES for word in words)


def _is_place(text: str) -> bool:
    """True for a line that can be a place on its own ("Brussels", "The Hague,", "Frankfurt am Main")."""
    text = _bare(text).rstrip(",").strip()
    words = text.split()
    if not words or len(words) > DEFAULT_MAX_PLACE_WORDS - 1 or _NOT_A_PLACE.search(text):
        return False
    if is_salutation(text) or is_closing(text) or not words[0][:1].isupper():
        return False
    if words[0].lower() in _WRAP_OPENERS:
        return False  # "AND STATISTICS" under "DEPARTMENT OF ECONOMIC PLANNING": a name's wrapped end
    return all(word[:1].isupper() or word.lower() in _PLACE_PARTICLES for word in words)


def without_country(place: str) -> str:
    """A place without the country that closes it ("Ottawa, Canada" -> "Ottawa"); a country alone stays."""
    city, _comma, country = place.rpartition(", ")
    if city and _DOTTED_REGION.fullmatch(f" {country}") and without_country(city) != city:
        return without_country(city)  # "Bridgetown, Barbados, W.I.": the West Indies after the country
    return city if city and country_code(_DOTTED_REGION.sub("", country)) else place


def _labelled(text: str) -> bool:
    """Whether a date line opens with a label in a field of its own ("Policy Brief 21/06 | August 2021"): a
    publication's issue line, where a place would stand in that field, so the line over it (the publisher) is none."""
    fields = text.split("|")
    return len(fields) > 1 and bool(fields[0].strip()) and not _is_place(fields[0])


def _place_beside(lines: list[RawLine], flat: list[tuple[int, int]], date_at: int, limit: int) -> Optional[int]:
    """The line of a place on its own next to a date line without one, or None.

    A place is taken from the line just before the date line when it ends in a comma or sits in the
    date's paragraph, else from the line just after it in the date's paragraph.
    """
    before, after = date_at - 1, date_at + 1
    for k in (before, after):
        # "Jeddah, 24 Sha'aban 1427 H" over "17 September 2006": the date in a second calendar names the place.
        if (
            0 <= k < min(limit, len(lines))
            and not lines[k].is_image
            and _is_place(_other_calendar_place(_bare(lines[k].text)) or "")
        ):
            return k
    candidates = []
    if before >= 0 and not lines[before].is_image and _is_place(without_country(lines[before].text)):
        if _bare(lines[before].text).endswith(","):
            return before
        if flat[before][0] == flat[date_at][0]:
            candidates.append(before)
    if after < min(limit, len(lines)) and not lines[after].is_image and flat[after][0] == flat[date_at][0]:
        placed = _is_place(lines[after].text) or _venue_city(lines[after].text)
        if placed and not _bare(lines[after].text).endswith(","):
            return after
    return candidates[0] if candidates else None


def _other_calendar_place(text: str) -> Optional[str]:
    """The place of a date line in a second calendar ("Jeddah, 24 Sha'aban 1427 H"), also after the reference field it
    shares a typed line with ("Ref.: AB/12/0034   Jeddah, ..."); else None."""
    reference = _REFERENCE_FIELD.match(text)
    other = _OTHER_CALENDAR_LINE.match(reference["rest"] if reference else text)
    return other["place"] if other else None


def _venue_city(text: str) -> Optional[str]:
    """The city that ends a meeting's venue ("Hall B, Civic Centre, Lautoka" -> "Lautoka"), or None."""
    # A venue names a room or a building first, then the city: three parts, or two with a room's number.
    segments = [segment.strip() for segment in without_country(_bare(text).rstrip(".")).split(",")]
    if len(segments) < 3 and not (len(segments) == 2 and re.search(r"\d", segments[0])):
        return None
    city = segments[-1]
    fits = _is_place(city) and _words(city) <= DEFAULT_MAX_LETTERHEAD_PLACE_WORDS and not country_code(city)
    return city if fits and not _CLOSES_LIST.search(city) else None


def _same_person(signed: str, typed: str) -> bool:
    """True when ``typed`` names the signer of ``signed``: same surname, first names alike or initials of them."""
    a, b = signed.replace(",", " ").split(), typed.replace(",", " ").split()
    if len(a) < 2 or len(b) < 2 or len(b) > DEFAULT_MAX_NAME_WORDS or not _looks_like_name(typed):
        return False
    if a[-1].lower() != b[-1].lower():
        return False
    first_a, first_b = a[0].rstrip(".").lower(), b[0].rstrip(".").lower()
    return (
        first_a == first_b
        or (a[0].endswith(".") and first_b.startswith(first_a))
        or (b[0].endswith(".") and first_a.startswith(first_b))
        # "J.-P. Lambertin" over "Jean-Pierre Lambertin": a compound first name's initials
        or ("." in a[0] + b[0] and _first_name_initials(a[0]) == _first_name_initials(b[0]))
    )


def _first_name_initials(first_name: str) -> str:
    """The initials of a person's first name, a compound one's each, in any case ("Jean-Pierre", "J.-P." -> "jp");
    unlike ``casing.capital_initials`` every part counts, as a signer's typed and written names are compared."""
    return "".join(part[0] for part in re.split(r"[-.\s]+", first_name.lower()) if part)


_KEEP_AFTER = {  # second halves that make a compound with the hyphen kept: "rights-based"
    "based",
    "related",
    "led",
    "driven",
    "wide",
    "term",
    "level",
    "scale",
    "oriented",
    "specific",
    "making",
    "building",
    "owned",
    "funded",
    "run",
    "free",
    "like",
    "friendly",
    "sensitive",
    "sponsored",
    "bound",
    "centred",
    "centered",
    "focused",
    "speaking",
    "born",
    "style",
    "type",
}
_KEEP_BEFORE = {"self", "ex", "non", "co", "cross", "all", "well", "half", "quasi", "vice", "anti", "post", "pre"}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# _WORD's words in a text none of whose chars past ASCII is one of its letters: its letters there are A-Z and a-z,
# which re tests by a table, not by the char's Unicode category (~40% sooner over a long letter's text).
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_LETTER_PAST_ASCII = re.compile(r"[^\x00-\x7f\W\d_]")  # a char of _WORD's letters past ASCII
DEFAULT_WORDS_CACHE = 4096  # block texts whose words document_words keeps (a long letter has ~300 blocks)
_SUSPENDED_BEFORE = {"and", "or", "nor", "to"}  # "low- and middle-income", "short- to medium-term"


def document_words(blocks: list[Block]) -> tuple[set[str], set[str]]:
    """The words a document uses whole and the hyphenated compounds it uses, lowercased."""
    # A block's words are found once for its text (_text_words' cache, emptied by split_letter): a letter's blocks
    # are asked twice, as the parts' (joined_wraps) and as the body's (assemble), most body blocks the same lines.
    words: set[str] = set()
    for block in blocks:
        whole = []  # lines whose last word is one: searched all at once, a line end between any two
        for line in block.lines:
            text = line.text
            if text.rstrip().endswith("-"):
                words |= _text_words(text, True)  # a line ending in a hyphen: its last fragment is no word
            else:
                whole.append(text)
        if whole:
            words |= _text_words("\n".join(whole), False)  # no word goes over a line end: it is no letter or hyphen
    hyphenated = {word for word in words if "-" in word}
    return words - hyphenated, hyphenated


@functools.lru_cache(maxsize=DEFAULT_WORDS_CACHE)
def _text_words(text: str, cut: bool) -> frozenset[str]:
    """_WORD's words of a text, lowercased (cut: but its last, the fragment before a line-end hyphen)."""
    pattern = _WORD if _LETTER_PAST_ASCII.search(text) else _ASCII_WORD
    found = pattern.findall(text)
    if cut and found:
        found.pop()
    # Each distinct token lowered once (lower() keeps a token's hyphens, and adds none).
    return frozenset(map(str.lower, set(found)))


def hyphen_join(line: str, following: str, known: tuple[set[str], set[str]]) -> Optional[str]:
    """How to join a line that ends in a hyphen to the next: "join" (drop it), "keep", or None."""
    stripped = line.rstrip()
    if stripped.endswith("\u00ad"):
        return "join"
    if not stripped.endswith(("-", "\u2010")) or len(stripped) < 2 or not stripped[-2].isalnum():
        return None
    token = stripped.split()[-1][:-1]
    nxt = re.match(r"[^\W\d_]+", following.lstrip())
    fragment = re.search(r"[^\W\d_]+$", token)
    if not nxt or not fragment or "-" in token:
        return "keep"  # digits ("2025-2027") or a compound of several parts ("hand-in-hand")
    head, tail = fragment.group(0), nxt.group(0)
    if tail.lower() in _SUSPENDED_BEFORE and following.lstrip()[len(tail) : len(tail) + 1] == " ":
        return None  # a suspended hyphen: "low- and middle-income" keeps its hyphen and its space ("door-to-door" not)
    if tail[0].isupper() or any(ch.isupper() for ch in head[1:]):
        return "keep"  # "EU-Turkey", "non-EU", "UNHCR-led"
    joined, compound = (head + tail).lower(), f"{head}-{tail}".lower()
    plain, hyphenated = known
    if compound in hyphenated:
        return "keep"
    if joined in plain:
        return "join"
    if tail.lower() in _KEEP_AFTER or head.lower() in _KEEP_BEFORE:
        return "keep"
    words = english_words()
    if words is not None:
        if joined in words:
            return "join"
        if head.lower() in words and tail.lower() in words and len(head) > 1:
            return "keep"
    return "join"


def assemble(blocks: list[Block]) -> tuple[str, list[Paragraph], list[StyleSpan], list[TextLine]]:
    """Join body blocks into the body text with its paragraphs, bold/italic spans and line map."""
    return _assembled(blocks, layout=True)


def assemble_body(blocks: list[Block]) -> str:
    """The body text alone, joined as assemble joins it (the same decisions), without its paragraphs, styles and
    line map: what `letters text` prints."""
    return _assembled(blocks, layout=False)[0]


def _assembled(blocks: list[Block], layout: bool) -> tuple[str, list[Paragraph], list[StyleSpan], list[TextLine]]:
    """assemble's work; without layout only the body (the paragraphs, styles and line map empty): the per-char
    flags and boxes, rounded and made into models, were ~40% of it on a 150-page letter and decide nothing."""
    known = document_words(blocks)
    out: list[str] = []
    # The body's flags in order, but for the lines whose page's arrays hold theirs (paged), set from those at the end
    bold: list[bool] = []
    italic: list[bool] = []
    paged: list[tuple[int, PagePlaces, int, int]] = []  # (body offset, page, first place, chars) of each such line
    paragraphs: list[Paragraph] = []
    # (start, end, page, bbox, char x0s, x1s) of each line with a box: its rounded boxes (its page's), or how
    # many of all_x0 and all_x1 are its own
    placed: list[tuple] = []
    all_x0: list[float] = []  # the char boxes of every placed line not rounded yet, rounded at once below
    all_x1: list[float] = []
    length = 0
    for block in blocks:
        lines = [line for line in block.lines if not line.is_image and line.text.strip()]
        if not lines:
            continue
        if out:  # a paragraph before this one (each puts at least its first line's text in out, if empty)
            out.append("\n\n")
            if layout:
                bold += [False, False]
                italic += [False, False]
            length += 2
        start = length
        for i, line in enumerate(lines):
            text = line.text
            joiner = None
            if i + 1 < len(lines):
                action = hyphen_join(text, lines[i + 1].text, known)
                text = text.rstrip()
                if action == "join":
                    text = text[:-1]  # the hyphen (or soft hyphen) that only broke the word
                joiner = "" if action else " "
            else:
                text = text.rstrip()
            n = len(text)
            if layout:
                if line.places is not None:  # its text is its places': n of them, flags and boxes
                    page, first = line.places
                    paged.append((length, page, first, n))
                    x0s, x1s = page.boxes.byte_views()
                    cut = slice(DOUBLE * first, DOUBLE * (first + n))
                    placed.append((length, length + n, line.page, line.bbox, x0s[cut], x1s[cut]))
                else:
                    bold += _fitted(line.bold, n)
                    italic += _fitted(line.italic, n)
                    if line.bbox is not None:
                        n0, n1 = min(n, len(line.char_x0)), min(n, len(line.char_x1))
                        placed.append((length, length + n, line.page, line.bbox, n0, n1))
                        all_x0 += line.char_x0[:n]
                        all_x1 += line.char_x1[:n]
            out.append(text)
            length += n
            if joiner:
                out.append(joiner)
                length += 1
                if layout:
                    following = lines[i + 1]
                    bold.append(_last(line.bold, n) and bool(following.bold[:1] and following.bold[0]))
                    italic.append(_last(line.italic, n) and bool(following.italic[:1] and following.italic[0]))
        if layout:
            pages = sorted({line.page for line in lines if line.page})
            paragraphs.append(Paragraph(start=start, end=length, pages=pages))
    body = "".join(out)
    if not layout:
        return body, [], [], []
    if paged:
        bold, italic = _paged_flags(length, bold, italic, paged)
    styles = _runs(body, bold, "bold") + _runs(body, italic, "italic")
    styles.sort(key=lambda span: (span.start, span.style))
    return body, paragraphs, styles, _text_lines(placed, round_hundredths(all_x0), round_hundredths(all_x1))


def _fitted(flags: list[bool], n: int) -> list[bool]:
    """flags cut to n, or padded with False to n (flags itself where it has n: most lines' have)."""
    return flags if len(flags) == n else (flags + [False] * n)[:n]


def _last(flags: list[bool], n: int) -> bool:
    """The last of _fitted(flags, n), False where it has none."""
    return 0 < n <= len(flags) and bool(flags[n - 1])


def _paged_flags(length: int, bold: list[bool], italic: list[bool], paged: list[tuple]) -> tuple:
    """The body's bold and italic flags as bool arrays: each paged line's (body offset, page, first place, chars) from
    its page's arrays, the rest (bold, italic) in order between them; a few steps for the letter, not a line at a time."""
    import numpy as np

    pages: dict[int, int] = {}  # id(page) -> where its places start in the pages' places put end to end
    page_list: list[PagePlaces] = []
    sources, end = [], 0
    for _, page, first, _ in paged:
        at = pages.get(id(page))
        if at is None:
            at = pages[id(page)] = end
            end += len(page.bold)
            page_list.append(page)
        sources.append(at + first)
    starts = np.fromiter((line[0] for line in paged), dtype=np.int64, count=len(paged))
    counts = np.fromiter((line[3] for line in paged), dtype=np.int64, count=len(paged))
    sources_at = np.array(sources, dtype=np.int64)
    # Each paged char's place in the body and in the pages' places: its line's start, then one a char
    steps = np.arange(int(counts.sum()), dtype=np.int64)
    run_starts = np.repeat(np.cumsum(counts) - counts, counts)
    into = np.repeat(starts, counts) + steps - run_starts
    taken = np.repeat(sources_at, counts) + steps - run_starts
    rest = np.ones(length, dtype=bool)
    rest[into] = False
    made = []
    for listed, name in ((bold, "bold"), (italic, "italic")):
        flags = np.zeros(length, dtype=bool)
        flags[rest] = np.array(listed, dtype=bool)
        flags[into] = np.concatenate([getattr(page, name) for page in page_list])[taken]
        made.append(flags)
    return made[0], made[1]


def _text_lines(placed: list[tuple], x0s: list[float], x1s: list[float]) -> list[TextLine]:
    """The line map: a TextLine of each placed line (start, end, page, bbox, char x0s, x1s).

    A line's char boxes are a slice of its page's rounded boxes (memoryviews of float64 arrays' bytes), or (given as counts)
    taken in turn from x0s and x1s (the other lines', in order, rounded to the hundredth); the TextLine holds each
    as an array('d'), the same doubles without a float object a value.
    """
    text_lines = []
    at0 = at1 = 0
    for start, end, page, bbox, line_x0, line_x1 in placed:
        if line_x0.__class__ is int:
            line_x0, line_x1, at0, at1 = (
                array("d", x0s[at0 : at0 + line_x0]),
                array("d", x1s[at1 : at1 + line_x1]),
                at0 + line_x0,
                at1 + line_x1,
            )
        else:
            line_x0, line_x1 = _doubles(line_x0), _doubles(line_x1)
        text_lines.append(
            TextLine(
                start=start,
                end=end,
                page=page,
                # A dict, which pydantic makes the BBox of in its validation, sooner than a BBox made first.
                bbox={"x0": bbox[0], "top": bbox[1], "x1": bbox[2], "bottom": bbox[3]},
                char_x0=line_x0,
                char_x1=line_x1,
            )
        )
    return text_lines


def _doubles(view: memoryview) -> array:
    """An array('d') of the float64 values whose bytes view holds (one copy of them)."""
    doubles = array("d")
    doubles.frombytes(view)
    return doubles


def _runs(body: str, flags, style: str) -> list[StyleSpan]:
    """Maximal runs of flagged characters (flags: bools, a list or a bool array), trimmed of white space at both ends."""
    spans = []
    for start, end in _flag_runs(flags):
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append(StyleSpan(start=start, end=end, style=style))
    return spans


def _flag_runs(flags) -> list[tuple[int, int]]:
    """(start, end) of each maximal run of True: by the array's edges, or for a list by list.index in C, not a step a
    flag (assemble builds the list of bools)."""
    if not isinstance(flags, list):
        import numpy as np

        edges = np.flatnonzero(np.diff(flags, prepend=False, append=False)).tolist()
        return list(zip(edges[::2], edges[1::2]))
    runs = []
    i, n = 0, len(flags)
    while i < n:
        try:
            i = flags.index(True, i)
        except ValueError:
            break
        try:
            j = flags.index(False, i)
        except ValueError:
            j = n
        runs.append((i, j))
        i = j
    return runs


_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


def normalise_char(ch: str) -> str:
    """One character made plain where that is safe: spaces, ligatures, odd hyphens, zero-widths.

    Curly quotes, dashes and symbols stay as they are; a soft hyphen stays so that the line
    joiner can tell a hyphenation point (callers drop it inside a line).
    """
    if len(ch) != 1:
        return "".join(normalise_char(c) for c in ch)
    if ch.isascii():
        return " " if ch in "\t\r\n\f\v" else ch
    if ch == "\u00ad":
        return ch
    if ch in _DROP:
        return ""
    if ch in "\u2010\u2011":
        return "-"
    category = unicodedata.category(ch)
    if category == "Zs":
        return " "  # NBSP, thin and other fixed-width spaces: all one plain space
    if category in ("Cc", "Cf", "Co", "Cs"):
        return ""
    code = ord(ch)
    if 0xFB00 <= code <= 0xFB4F or 0xFF00 <= code <= 0xFFEF:
        return unicodedata.normalize("NFKC", ch)  # ligatures, full-width forms
    return ch
